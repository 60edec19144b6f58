// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "jsutil.h"

#include "canonicaljson.h"

#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Occ::Js {

QString toString(const JsonValue *v)
{
    if (!v)
        return u"undefined"_s;
    switch (v->type()) {
    case JsonValue::Type::Null:
        return u"null"_s;
    case JsonValue::Type::Bool:
        return *v->asBool() ? u"true"_s : u"false"_s;
    case JsonValue::Type::Number:
        return QString::fromLatin1(Json::jsNumberToString(*v->asNumber()));
    case JsonValue::Type::String:
        return *v->asString();
    case JsonValue::Type::Array: {
        QStringList parts;
        for (const JsonValue &e : *v->asArray())
            parts.append(e.isNull() ? QString() : toString(&e));
        return parts.join(u',');
    }
    case JsonValue::Type::Object:
        return u"[object Object]"_s;
    }
    return {};
}

bool isNonEmptyString(const JsonValue *v)
{
    const QString *s = v ? v->asString() : nullptr;
    return s && !s->isEmpty();
}

bool isTruthy(const JsonValue *v)
{
    if (!v)
        return false;
    switch (v->type()) {
    case JsonValue::Type::Null:
        return false;
    case JsonValue::Type::Bool:
        return *v->asBool();
    case JsonValue::Type::Number: {
        const double d = *v->asNumber();
        return d != 0 && !std::isnan(d);
    }
    case JsonValue::Type::String:
        return !v->asString()->isEmpty();
    default:
        return true;
    }
}

QString str(const JsonValue *v)
{
    const QString *s = v ? v->asString() : nullptr;
    return s ? *s : QString();
}

} // namespace Occ::Js
