// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commitrequest.h"
#include "jsonvalue.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Occ {

/**
 * A Model Context Protocol server (JSON-RPC 2.0; protocol versions 2025-06-18, 2025-03-26 and
 * 2024-11-05) with four tools: commit_text, commit_file, verify_proof and inspect_proof. It is
 * transport-free: feed it one JSON-RPC message (or batch) and send back what it returns; the
 * stdio and Streamable HTTP transports live in the `occ` tool.
 *
 * Tool failures are tool results with isError: true and a message; protocol errors are JSON-RPC
 * errors. Nothing a client sends can crash it.
 */
class McpServer
{
public:
    /** Commits digests on the configured backend (the stub, or a commit service). */
    using CommitFn = std::function<Result<QList<JsonValue>>(const CommitRequest &)>;

    explicit McpServer(CommitFn commit, QString backendDescription);

    /**
     * Handles one message (a JSON text). Returns the response text, or an empty array when the
     * message needs no answer (notifications, responses).
     */
    QByteArray handle(const QByteArray &message);

    /** Protocol versions this server speaks, newest first. */
    static QStringList supportedVersions();

    /** True once an initialize request succeeded. */
    bool initialized() const { return m_initialized; }

private:
    JsonValue dispatch(const JsonValue &message, bool *respond);
    JsonValue callTool(const QString &name, const JsonObject &arguments, QString *protocolError);
    JsonValue commitText(const JsonObject &args);
    JsonValue commitFile(const JsonObject &args);
    JsonValue verifyProof(const JsonObject &args);
    JsonValue inspectProof(const JsonObject &args);

    CommitFn m_commit;
    QString m_backend;
    bool m_initialized = false;
};

} // namespace Occ
