// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "proof.h"

#include "canonicaljson.h"
#include "jsonparser.h"

#include <QCoreApplication>
#include <QList>

using namespace Qt::StringLiterals;

namespace Occ {

Result<Proof> Proof::fromJson(QByteArrayView utf8)
{
    if (utf8.size() > kMaxTextSize) {
        return makeError(ErrorCode::InvalidProof,
                         QCoreApplication::translate(
                             "Occ::Proof",
                             "The proof is %1 bytes; proofs larger than %2 bytes are not accepted")
                             .arg(utf8.size())
                             .arg(kMaxTextSize));
    }
    const JsonParser::Options options = JsonParser::strictOptions(64);
    auto parsed = JsonParser::parse(utf8, options);
    if (!parsed)
        return parsed.error();
    return fromValue(std::move(parsed).value());
}

Result<Proof> Proof::fromValue(JsonValue value)
{
    if (!value.isObject()) {
        return makeError(ErrorCode::InvalidProof,
                         QCoreApplication::translate("Occ::Proof",
                                                     "A proof must be a JSON object, not %1")
                             .arg(value.typeName()));
    }
    return Proof(std::move(value));
}

QByteArray Proof::toPrettyJson() const
{
    return Json::toPrettyJson(m_root, 2);
}

QString Proof::stringAt(QStringView path) const
{
    const JsonValue *v = valueAtPath(m_root, path);
    const QString *s = v ? v->asString() : nullptr;
    return s ? *s : QString();
}

const JsonValue *valueAtPath(const JsonValue &root, QStringView dottedPath)
{
    const JsonValue *cur = &root;
    for (QStringView part : dottedPath.split(u'.')) {
        cur = cur->member(part);
        if (!cur)
            return nullptr;
    }
    return cur;
}

} // namespace Occ
