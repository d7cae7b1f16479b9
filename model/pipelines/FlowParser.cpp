#include "pipelines/FlowParser.h"
