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
    // "OCC1", then the paths in UTF-8 separated by NUL (which no path can contain): a format
    // simple enough that the receiver never has to trust a length or a count inside it.
    QByteArray message = QByteArrayLiteral("OCC1");
    for (const QString &p : absolute)
        message += p.toUtf8() + '\0';
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
                const QByteArray message = socket->read(size);
                if (!message.startsWith("OCC1") || (message.size() > 4 && !message.endsWith('\0'))) {
                    socket->abort();
                    return;
                }
                QStringList paths;
                for (const QByteArray &p : message.mid(4).split('\0')) {
                    if (!p.isEmpty())
                        paths.append(QString::fromUtf8(p));
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
