#pragma once

// What every Qt Test suite here may share.
#include <QtTest>

// Stops the calling test at a helper's first failed QVERIFY/QCOMPARE (helpers report through
// them but cannot return from the test function themselves).
#define CHECK(call)                                                                                                    \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)
