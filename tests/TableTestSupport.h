#pragma once

// What the table-driven suites (tst_exprlang, tst_flowfidelity, tst_apoloflows) share: a row's
// result compared with what its table expects, where an Error thrown on the way fails the row
// with the error's own message rather than aborting the suite.

#include "model/core/Error.h"

#include <QtTest>

namespace tabletest {

// Compares `compute()` with `expected`; the row's data tag says which row failed.
template<typename Compute, typename Expected>
void compareRow(const Compute &compute, const Expected &expected)
{
    try {
        QCOMPARE(compute(), expected);
    } catch (const wfs::Error &e) {
        QFAIL(qPrintable(e.message()));
    }
}

} // namespace tabletest
