#include "pipelines/BakeStore.h"
