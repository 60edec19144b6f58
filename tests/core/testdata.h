// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Helpers shared by the core tests: reading the shipped test data.

#include "core/jsonparser.h"

#include <QFile>
#include <QString>
#include <QStringList>
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

/**
 * A copy of root with the leaf at segments (as ProofField::segments: member names, array
 * elements as "[n]") replaced, or removed when `remove` is set (members only).
 */
inline Occ::JsonValue withLeaf(const Occ::JsonValue &root,
                               const QStringList &segments,
                               const Occ::JsonValue &replacement,
                               bool remove = false)
{
    auto index = [](const QString &seg) { return size_t(seg.mid(1, seg.size() - 2).toLongLong()); };
    Occ::JsonValue copy = root;
    Occ::JsonValue *cur = &copy;
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        const QString &seg = segments[i];
        cur = seg.startsWith(u'[') ? &(*cur->asArray())[index(seg)]
                                   : cur->asObject()->valueRef(seg);
    }
    const QString &last = segments.last();
    if (last.startsWith(u'['))
        (*cur->asArray())[index(last)] = replacement;
    else if (remove)
        cur->asObject()->remove(last);
    else
        cur->asObject()->insert(last, replacement);
    return copy;
}

/**
 * Everything the stub signer keeps at statePath (its state file, then its journal), to check
 * that an operation spent no counter.
 */
inline QByteArray stubStateBytes(const QString &statePath)
{
    QByteArray bytes;
    for (const QString &path : {statePath, QString(statePath + QStringLiteral(".journal"))}) {
        QFile f(path);
        bytes += f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
    }
    return bytes;
}

} // namespace OccTest

#define QVERIFY_RESULT(expr) \
    do { \
        const auto &occResult_ = (expr); \
        if (!occResult_) \
            QFAIL(qPrintable(QStringLiteral("%1 failed: %2") \
                                 .arg(QStringLiteral(#expr), occResult_.error().message))); \
    } while (false)
