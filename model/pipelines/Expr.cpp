#include "pipelines/Expr.h"
