#pragma once

#include <QCoreApplication>

// The translation context of code that is not a QObject (free functions, value classes, the
// command line): code in namespace wfs::X writes Text::tr("...") and finds wfs::X::Text, or
// wfs::Text outside these namespaces. One context per namespace keeps the .ts files readable
// and lets lupdate see every string without a local copy of this idiom in each file.
namespace wfs {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs)
};
} // namespace wfs

namespace wfs::cli {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::cli)
};
} // namespace wfs::cli

namespace wfs::pipelines {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::pipelines)
};
} // namespace wfs::pipelines

namespace wfs::remote {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::remote)
};
} // namespace wfs::remote

namespace wfs::eval {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::eval)
};
} // namespace wfs::eval

namespace wfs::evalui {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::evalui)
};
} // namespace wfs::evalui
