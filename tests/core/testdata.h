// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Helpers shared by the core tests: reading the shipped test data.

#include "core/jsonparser.h"

#include <QFile>
#include <QString>
#include <QTest>

namespace OccTest {

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(OCC_TEST_DATA_DIR "/") + relative;
}

inline QByteArray readData(const QString &relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(f.fileName()));
    return f.readAll();
}

inline Occ::JsonValue readJsonData(const QString &relative)
{
    auto v = Occ::JsonParser::parse(readData(relative));
    if (!v)
        qFatal("cannot parse test data %s: %s", qPrintable(relative), qPrintable(v.error().message));
    return std::move(v).value();
}

} // namespace OccTest

#define QVERIFY_RESULT(expr) \
    do { \
        const auto &occResult_ = (expr); \
        if (!occResult_) \
            QFAIL(qPrintable(QStringLiteral("%1 failed: %2") \
                                 .arg(QStringLiteral(#expr), occResult_.error().message))); \
    } while (false)
