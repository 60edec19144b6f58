// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>
#include <variant>
#include <vector>

namespace Occ {

class JsonValue;
using JsonArray = std::vector<JsonValue>;

/**
 * A JSON object that keeps its members in insertion order, as a JavaScript object built by
 * JSON.parse does (array-index-like keys aside, which the writers order themselves).
 * Keys are UTF-16 strings and may hold lone surrogates, as JavaScript strings can.
 */
class JsonObject
{
public:
    qsizetype size() const { return qsizetype(m_keys.size()); }
    bool isEmpty() const { return m_keys.empty(); }
    bool contains(QStringView key) const { return indexOf(key) >= 0; }
    qsizetype indexOf(QStringView key) const;

    /** The member's value, or nullptr when absent (a JSON null is present, not absent). */
    const JsonValue *value(QStringView key) const;
    JsonValue *valueRef(QStringView key);

    /** Replaces an existing member in place (JS assignment semantics) or appends a new one. */
    void insert(const QString &key, JsonValue value);
    /** Appends without looking for an existing member; the caller guarantees uniqueness. */
    void append(QString key, JsonValue value);
    bool remove(QStringView key);

    const QString &keyAt(qsizetype i) const { return m_keys[size_t(i)]; }
    const JsonValue &valueAt(qsizetype i) const;
    JsonValue &valueAt(qsizetype i);

    bool operator==(const JsonObject &other) const;

private:
    std::vector<QString> m_keys;
    std::vector<JsonValue> m_values;
};

/**
 * A parsed JSON value with JavaScript fidelity: numbers are IEEE-754 doubles (as JSON.parse
 * produces them) and strings are UTF-16 (lone surrogates survive).
 */
class JsonValue
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    JsonValue() = default;
    JsonValue(std::nullptr_t) {}
    JsonValue(bool b)
        : m_data(b)
    {}
    JsonValue(double d)
        : m_data(d)
    {}
    JsonValue(int i)
        : m_data(double(i))
    {}
    JsonValue(qint64 i)
        : m_data(double(i))
    {}
    JsonValue(QString s)
        : m_data(std::move(s))
    {}
    JsonValue(JsonArray a)
        : m_data(std::move(a))
    {}
    JsonValue(JsonObject o)
        : m_data(std::move(o))
    {}

    Type type() const { return Type(m_data.index()); }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isNumber() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    /** Typed views: nullptr / nullopt when the value has another type. */
    const QString *asString() const { return std::get_if<QString>(&m_data); }
    const JsonObject *asObject() const { return std::get_if<JsonObject>(&m_data); }
    JsonObject *asObject() { return std::get_if<JsonObject>(&m_data); }
    const JsonArray *asArray() const { return std::get_if<JsonArray>(&m_data); }
    JsonArray *asArray() { return std::get_if<JsonArray>(&m_data); }
    std::optional<double> asNumber() const;
    std::optional<bool> asBool() const;

    /** Convenience: the member of an object, or nullptr (also when this is not an object). */
    const JsonValue *member(QStringView key) const;
    /** A string member of an object, or nullptr. */
    const QString *stringMember(QStringView key) const;

    /** Name of the type as JavaScript's typeof-like wording, for messages. */
    QString typeName() const;

    bool operator==(const JsonValue &other) const { return m_data == other.m_data; }

private:
    std::variant<std::monostate, bool, double, QString, JsonArray, JsonObject> m_data;
};

} // namespace Occ
