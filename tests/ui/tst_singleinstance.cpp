// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/singleinstance.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Occ::Ui;
using namespace Qt::StringLiterals;

class tst_SingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void secondInstanceHandsOverItsPaths();
    void nobodyListeningMeansStartHere();
    void garbageOnTheSocketIsRefused();
    void realStudioForwardsToTheRunningOne();
};

void tst_SingleInstance::secondInstanceHandsOverItsPaths()
{
    const QString key = QUuid::createUuid().toString();
    SingleInstance first(key);
    QVERIFY(first.listen());
    QSignalSpy received(&first, &SingleInstance::pathsReceived);
    SingleInstance second(key);
    bool forwarded = false;
    // forward() blocks on its socket; the listener needs the event loop meanwhile.
    QTimer::singleShot(0, this, [&] {
        forwarded = second.forward({u"a.proof.zip"_s, u"/tmp/b.txt"_s});
    });
    QTRY_VERIFY(received.count() == 1 || forwarded);
    QTRY_COMPARE(received.count(), 1);
    const QStringList paths = received.first().first().toStringList();
    QCOMPARE(paths.size(), 2);
    QVERIFY(QFileInfo(paths[0]).isAbsolute()); // made absolute for the other process
    QCOMPARE(paths[1], u"/tmp/b.txt"_s);
}

void tst_SingleInstance::nobodyListeningMeansStartHere()
{
    SingleInstance alone(QUuid::createUuid().toString());
    QVERIFY(!alone.forward({u"x"_s}, 300));
}

void tst_SingleInstance::garbageOnTheSocketIsRefused()
{
    const QString key = QUuid::createUuid().toString();
    SingleInstance first(key);
    QVERIFY(first.listen());
    QSignalSpy received(&first, &SingleInstance::pathsReceived);
    // Find the server name the same way: connect through a forwarder-shaped client.
    QLocalSocket socket;
    const QString name
        = u"occ-proof-studio-"_s
          + QString::fromLatin1(
              QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
    socket.connectToServer(name);
    QVERIFY(socket.waitForConnected(2000));
    socket.write(QByteArray("\x00\x00\x00\x08garbage!", 12));
    socket.flush();
    QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(received.count(), 0);
}

void tst_SingleInstance::realStudioForwardsToTheRunningOne()
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"OCC_STATE_PATH"_s, home.filePath(u"state.json"_s));
    QProcess first;
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(OCC_STUDIO_PATH), {});
    QVERIFY(first.waitForStarted());
    // Wait until the first instance listens on its socket.
    const QString key = SingleInstance::defaultKey(
        home.filePath(u"config/occ-proof-studio/studio.ini"_s));
    const QString name
        = u"occ-proof-studio-"_s
          + QString::fromLatin1(
              QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 QLocalSocket probe;
                                 probe.connectToServer(name);
                                 return probe.waitForConnected(200);
                             }()),
                             20'000);
    QProcess second;
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(OCC_STUDIO_PATH), {home.filePath(u"nothing.txt"_s)});
    // It hands the file over and exits at once instead of opening a second window.
    QVERIFY(second.waitForFinished(20'000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(first.state(), QProcess::Running); // still the one window
    first.terminate();
    if (!first.waitForFinished(10'000))
        first.kill();
}

QTEST_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
