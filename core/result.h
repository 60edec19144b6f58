// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Occ {

/** Broad error categories, so callers can branch without parsing messages. */
enum class ErrorCode {
    InvalidArgument, ///< the caller passed something malformed
    InvalidJson,     ///< text is not JSON, or is ambiguous JSON (duplicates, __proto__)
    InvalidProof,    ///< JSON, but not a usable occ/1 proof
    InvalidPolicy,   ///< trust profile is malformed
    Crypto,          ///< a cryptographic primitive failed or rejected its input
    Io,              ///< file system or stream error
    Network,         ///< transport-level failure
    Cancelled,       ///< the user or the caller cancelled
    Unsupported,     ///< valid input that this build cannot handle
    Internal,        ///< a bug: should never reach a user
};

/** An error value: a category and a message fit to show a person. */
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

/**
 * Either a value or an Error. Errors are values: nothing in the core API throws.
 * Modelled on std::expected (C++23) with only what we need.
 */
template<typename T = void>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace Occ
