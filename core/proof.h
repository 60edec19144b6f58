// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonvalue.h"
#include "result.h"

#include <QByteArray>

namespace Occ {

/**
 * An occ/1 proof as read from JSON. The JSON tree is the model: every member is kept as it was
 * parsed, unknown ones included (they are signed inside `commit` and count in the chain hash),
 * and a JSON null stays distinct from an absent member. The proof is not verified by reading
 * it; see ProofVerifier.
 */
class Proof
{
public:
    /** Largest proof text accepted (a proof is a few KiB; attestation reports are ~5 KiB). */
    static constexpr qsizetype kMaxTextSize = 1 << 20;

    Proof() = default;

    /**
     * Parses proof text: valid UTF-8 JSON whose top level is an object, with no duplicate member
     * names and no "__proto__" member anywhere ("ambiguous JSON"), nesting at most 64 deep.
     */
    static Result<Proof> fromJson(QByteArrayView utf8);
    /** Wraps an already parsed value; fails unless it is an object. */
    static Result<Proof> fromValue(JsonValue value);

    const JsonValue &value() const { return m_root; }
    /** Moves the JSON tree out (a caller that keeps it spares a deep copy). */
    JsonValue takeValue() && { return std::move(m_root); }
    const JsonObject &root() const { return *m_root.asObject(); }
    bool isNull() const { return !m_root.isObject(); }

    /** The proof file form: JSON.stringify(proof, null, 2), UTF-8, member order kept. */
    QByteArray toPrettyJson() const;

    /** Convenience accessors; empty when absent or not a string. */
    QString stringAt(QStringView path) const;

private:
    explicit Proof(JsonValue root)
        : m_root(std::move(root))
    {}
    JsonValue m_root;
};

/** Looks a value up by a dotted path ("commit.counter"); nullptr when any step is missing. */
const JsonValue *valueAtPath(const JsonValue &root, QStringView dottedPath);

} // namespace Occ
