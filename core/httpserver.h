// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonvalue.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <optional>

class QTcpServer;

namespace Occ {

struct HttpRequest
{
    QByteArray method;
    QByteArray path; ///< without the query
    QByteArray query;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    /** A JSON body (compact JSON.stringify form). */
    static HttpResponse json(int status, const JsonValue &value);
    /** {"error": message}, as the OCC services answer errors. */
    static HttpResponse error(int status, const QString &message);
};

/**
 * A small HTTP/1.1 server for loopback services and tests: request bodies with Content-Length
 * only (chunked uploads get 411), bodies over the cap get 413 before they are read, header
 * blocks over 16 KiB get 431, keep-alive connections. Handlers run on the server's thread, one
 * request at a time, so a handler's side effects are complete before its response is written.
 *
 * With a BatchHandler, requests are answered in groups: a group is handed over as soon as every
 * open connection has a request in it, or 1 ms after its first request, and the answers are
 * written when the handler returns. A commit service can then make a whole group durable with
 * one fsync. Answers on one connection keep the order of its requests.
 */
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    /** One response per request, in the same order. */
    using BatchHandler = std::function<QList<HttpResponse>(const QList<HttpRequest> &)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    explicit HttpServer(BatchHandler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    void setMaxBodySize(qint64 bytes) { m_maxBody = bytes; }
    /** Serve HTTPS with this configuration (certificate and key) instead of plain HTTP. */
    void setSslConfiguration(const QSslConfiguration &config) { m_ssl = config; }

    Result<void> listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    void close();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void dispatch(QTcpSocket *socket, HttpRequest request, bool keepAlive);
    void refuse(QTcpSocket *socket,
                const HttpResponse &response,
                bool keepAlive,
                qint64 drainBytes = 0);
    void flush();
    void respond(QTcpSocket *socket,
                 const HttpResponse &response,
                 bool keepAlive,
                 qint64 drainBytes = 0);

    struct Pending
    {
        QPointer<QTcpSocket> socket;
        bool keepAlive = true;
    };

    Handler m_handler;
    BatchHandler m_batchHandler;
    QList<HttpRequest> m_pendingRequests;
    QList<Pending> m_pending;
    QSet<QTcpSocket *> m_pendingSockets;
    QSet<QTcpSocket *> m_open; ///< connected sockets, to know when a group is complete
    QTimer m_flushTimer;
    bool m_flushScheduled = false;
    static constexpr int kGroupWaitMs = 1;
    qint64 m_maxBody = 1 << 20;
    std::optional<QSslConfiguration> m_ssl;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, qint64> m_discard; ///< body bytes still to swallow after a 413
};

QByteArray httpStatusText(int status);

} // namespace Occ
