#pragma once

#include <QString>

namespace wfs {

// PROJECT_VERSION of the top-level CMakeLists.txt (Version.cpp is generated from it).
QString applicationVersion();

} // namespace wfs
