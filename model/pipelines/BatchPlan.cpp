#include "pipelines/BatchPlan.h"
