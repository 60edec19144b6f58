// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "httpserver.h"

#include "canonicaljson.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Occ {
namespace {

constexpr qsizetype kMaxHeaderBlock = 16 * 1024;
constexpr qint64 kMaxDrain = qint64(64) << 20; // larger refused uploads are cut off

} // namespace

QByteArray httpStatusText(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

HttpResponse HttpResponse::json(int status, const JsonValue &value)
{
    HttpResponse r;
    r.status = status;
    r.body = Json::toPrettyJson(value, 0);
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &message)
{
    JsonObject o;
    o.append(u"error"_s, message);
    return json(status, JsonValue(std::move(o)));
}

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{}

HttpServer::HttpServer(BatchHandler handler, QObject *parent)
    : QObject(parent)
    , m_batchHandler(std::move(handler))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setTimerType(Qt::PreciseTimer);
    m_flushTimer.setInterval(kGroupWaitMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &HttpServer::flush);
}

HttpServer::~HttpServer()
{
    close();
}

Result<void> HttpServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    if (m_ssl) {
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(*m_ssl);
        m_server = ssl;
        // Connections are handed out after the handshake succeeded.
        connect(ssl, &QSslServer::pendingConnectionAvailable, this, &HttpServer::onNewConnection);
    } else {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
    }
    if (!m_server->listen(address, port)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return makeError(ErrorCode::Network,
                         u"Cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(why));
    }
    return {};
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HttpServer::close()
{
    if (!m_server)
        return;
    m_server->close();
    for (QTcpSocket *s : m_buffers.keys())
        s->abort();
    for (QTcpSocket *s : m_discard.keys())
        s->abort();
    m_buffers.clear();
    m_discard.clear();
    m_pending.clear();
    m_pendingRequests.clear();
    m_pendingSockets.clear();
    m_flushTimer.stop();
    delete m_server;
    m_open.clear(); // after the sockets (children of m_server) are gone
    m_server = nullptr;
}

void HttpServer::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        // An answer is one write, and a client waits for it: never hold it back for an ACK.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_buffers.insert(socket, QByteArray());
        m_open.insert(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_open.remove(socket);
            m_buffers.remove(socket);
            m_discard.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable())
            onReadyRead(socket);
    }
}

void HttpServer::onReadyRead(QTcpSocket *socket)
{
    if (auto d = m_discard.find(socket); d != m_discard.end()) {
        // After a 413: read the rest of the refused body and drop it, so the client (still
        // uploading) gets to read the answer; then hang up.
        *d -= socket->skip(*d);
        if (*d <= 0) {
            m_discard.erase(d);
            socket->disconnectFromHost();
        }
        return;
    }
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it->append(socket->readAll());
    // Several pipelined requests may be waiting; answer them in order.
    for (;;) {
        QByteArray &buffer = m_buffers[socket];
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (buffer.size() > kMaxHeaderBlock)
                refuse(socket, HttpResponse::error(431, u"request headers too large"_s), false);
            return;
        }
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            refuse(socket, HttpResponse::error(400, u"malformed request line"_s), false);
            return;
        }
        HttpRequest request;
        request.method = requestLine[0];
        const QByteArray target = requestLine[1];
        const qsizetype q = target.indexOf('?');
        request.path = q < 0 ? target : target.left(q);
        request.query = q < 0 ? QByteArray() : target.mid(q + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
        }
        const bool http10 = requestLine[2] == "HTTP/1.0";
        const QByteArray connection = request.header("connection").toLower();
        const bool keepAlive = http10 ? connection == "keep-alive" : connection != "close";
        if (request.header("transfer-encoding").size()) {
            refuse(socket,
                   HttpResponse::error(411, u"send the body with a Content-Length"_s),
                   false);
            return;
        }
        bool ok = true;
        const QByteArray lengthHeader = request.header("content-length");
        const qint64 length = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&ok);
        if (!ok || length < 0) {
            refuse(socket, HttpResponse::error(400, u"invalid Content-Length"_s), false);
            return;
        }
        if (length > m_maxBody) {
            const qint64 pending = length - (buffer.size() - headerEnd - 4);
            refuse(socket,
                   HttpResponse::error(413, u"request body larger than %1 bytes"_s.arg(m_maxBody)),
                   false,
                   pending <= kMaxDrain ? pending : 0);
            return;
        }
        if (buffer.size() < headerEnd + 4 + length)
            return; // wait for the rest of the body
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        dispatch(socket, std::move(request), keepAlive);
        if (!keepAlive || !m_buffers.contains(socket))
            return;
    }
}

void HttpServer::refuse(QTcpSocket *socket,
                        const HttpResponse &response,
                        bool keepAlive,
                        qint64 drainBytes)
{
    // Requests of this connection still waiting for the batch handler are answered first, so
    // a malformed request pipelined after good ones never costs their answers.
    if (!m_pending.isEmpty())
        flush();
    respond(socket, response, keepAlive, drainBytes);
}

void HttpServer::dispatch(QTcpSocket *socket, HttpRequest request, bool keepAlive)
{
    if (!m_batchHandler) {
        respond(socket, m_handler(request), keepAlive);
        return;
    }
    if (!keepAlive)
        m_buffers.remove(socket); // nothing after a "Connection: close" request is read
    m_pending.append({socket, keepAlive});
    m_pendingRequests.append(std::move(request));
    m_pendingSockets.insert(socket);
    if (m_pendingSockets.size() >= m_open.size()) {
        // Every open connection is waiting for an answer: nobody else can join the group.
        if (!m_flushScheduled) {
            m_flushScheduled = true;
            m_flushTimer.stop();
            QMetaObject::invokeMethod(this, &HttpServer::flush, Qt::QueuedConnection);
        }
    } else if (!m_flushScheduled && !m_flushTimer.isActive()) {
        // Other clients are likely to send within a moment (each waits for its previous
        // answer): a short wait lets their requests share this group's fsync.
        m_flushTimer.start();
    }
}

void HttpServer::flush()
{
    m_flushScheduled = false;
    m_flushTimer.stop();
    m_pendingSockets.clear();
    if (m_pending.isEmpty())
        return;
    const QList<Pending> pending = std::exchange(m_pending, {});
    const QList<HttpRequest> requests = std::exchange(m_pendingRequests, {});
    const QList<HttpResponse> responses = m_batchHandler(requests);
    for (qsizetype i = 0; i < pending.size(); ++i) {
        QTcpSocket *socket = pending[i].socket.data();
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            continue; // the client left; its request was still handled
        respond(socket,
                i < responses.size() ? responses[i] : HttpResponse::error(500, u"no response"_s),
                pending[i].keepAlive);
    }
}

void HttpServer::respond(QTcpSocket *socket,
                         const HttpResponse &response,
                         bool keepAlive,
                         qint64 drainBytes)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                     + httpStatusText(response.status) + "\r\n";
    if (response.status != 204) {
        out += "Content-Type: " + response.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    if (response.status != 204)
        out += response.body;
    socket->write(out);
    if (!keepAlive) {
        m_buffers.remove(socket);
        if (drainBytes > 0)
            m_discard.insert(socket, drainBytes);
        else
            socket->disconnectFromHost();
    }
}

} // namespace Occ
