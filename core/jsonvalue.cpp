// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "jsonvalue.h"

using namespace Qt::StringLiterals;

namespace Occ {

qsizetype JsonObject::indexOf(QStringView key) const
{
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == key)
            return qsizetype(i);
    }
    return -1;
}

const JsonValue *JsonObject::value(QStringView key) const
{
    const qsizetype i = indexOf(key);
    return i < 0 ? nullptr : &m_values[size_t(i)];
}

JsonValue *JsonObject::valueRef(QStringView key)
{
    const qsizetype i = indexOf(key);
    return i < 0 ? nullptr : &m_values[size_t(i)];
}

void JsonObject::insert(const QString &key, JsonValue value)
{
    const qsizetype i = indexOf(key);
    if (i >= 0) {
        m_values[size_t(i)] = std::move(value);
        return;
    }
    append(key, std::move(value));
}

void JsonObject::append(QString key, JsonValue value)
{
    m_keys.push_back(std::move(key));
    m_values.push_back(std::move(value));
}

bool JsonObject::remove(QStringView key)
{
    const qsizetype i = indexOf(key);
    if (i < 0)
        return false;
    m_keys.erase(m_keys.begin() + i);
    m_values.erase(m_values.begin() + i);
    return true;
}

const JsonValue &JsonObject::valueAt(qsizetype i) const
{
    return m_values[size_t(i)];
}

JsonValue &JsonObject::valueAt(qsizetype i)
{
    return m_values[size_t(i)];
}

bool JsonObject::operator==(const JsonObject &other) const
{
    // Order-insensitive, as objects are in JavaScript.
    if (size() != other.size())
        return false;
    for (size_t i = 0; i < m_keys.size(); ++i) {
        const JsonValue *v = other.value(m_keys[i]);
        if (!v || !(*v == m_values[i]))
            return false;
    }
    return true;
}

std::optional<double> JsonValue::asNumber() const
{
    if (const double *d = std::get_if<double>(&m_data))
        return *d;
    return std::nullopt;
}

std::optional<bool> JsonValue::asBool() const
{
    if (const bool *b = std::get_if<bool>(&m_data))
        return *b;
    return std::nullopt;
}

const JsonValue *JsonValue::member(QStringView key) const
{
    const JsonObject *o = asObject();
    return o ? o->value(key) : nullptr;
}

const QString *JsonValue::stringMember(QStringView key) const
{
    const JsonValue *v = member(key);
    return v ? v->asString() : nullptr;
}

QString JsonValue::typeName() const
{
    switch (type()) {
    case Type::Null:
        return u"null"_s;
    case Type::Bool:
        return u"boolean"_s;
    case Type::Number:
        return u"number"_s;
    case Type::String:
        return u"string"_s;
    case Type::Array:
        return u"array"_s;
    case Type::Object:
        return u"object"_s;
    }
    return {};
}

} // namespace Occ
