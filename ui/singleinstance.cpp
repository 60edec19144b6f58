// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace Occ::Ui {

namespace {
constexpr quint32 kMagic = 0x4f434331; // "OCC1": refuse anything else on the socket
constexpr qint64 kMaxMessage = 1 << 20;
} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_name(
          u"occ-proof-studio-"_s
          + QString::fromLatin1(
              QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(24)))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultKey(const QString &settingsFile)
{
    return qEnvironmentVariable("USER") + u':' + settingsFile;
}

bool SingleInstance::forward(const QStringList &paths, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QStringList absolute;
    for (const QString &p : paths)
        absolute.append(QFileInfo(p).absoluteFilePath());
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << absolute;
    QByteArray framed;
    QDataStream frame(&framed, QIODevice::WriteOnly);
    frame << quint32(message.size());
    framed += message;
    socket.write(framed);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance answers one byte once it has taken the paths.
    return socket.waitForReadyRead(timeoutMs) && socket.read(1) == "1";
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // this user only
    if (!m_server->listen(m_name)) {
        // Another instance that started at the same moment owns it: never steal a live socket.
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(500))
            return false;
        // A stale socket left by a crashed instance.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                if (socket->bytesAvailable() < 4)
                    return;
                QDataStream peek(socket->peek(4));
                quint32 size = 0;
                peek >> size;
                if (size > kMaxMessage) {
                    socket->abort();
                    return;
                }
                if (socket->bytesAvailable() < 4 + qint64(size))
                    return;
                socket->read(4);
                QDataStream in(socket->read(size));
                in.setVersion(QDataStream::Qt_6_4);
                quint32 magic = 0;
                QStringList paths;
                in >> magic >> paths;
                if (magic != kMagic || in.status() != QDataStream::Ok) {
                    socket->abort();
                    return;
                }
                socket->write("1");
                socket->flush();
                emit pathsReceived(paths);
            });
        }
    });
    return true;
}

} // namespace Occ::Ui
