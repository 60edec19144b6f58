// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Occ::Ui {

/**
 * One studio per user session: the first instance listens on a local socket; a later
 * `occ-studio FILE...` hands its paths to it and exits, and the running window comes to the
 * front with the files (what a double-click on a bundle does while the studio is open).
 */
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    /** key: distinguishes sessions (default: the user and the settings file). */
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    /**
     * Sends the paths (made absolute) to a running instance. True when one took them; false
     * when none answered, in which case this instance should start and listen().
     */
    bool forward(const QStringList &paths, int timeoutMs = 2000);
    /** Becomes the running instance. False if the socket cannot be created. */
    bool listen();

    static QString defaultKey(const QString &settingsFile);

signals:
    void pathsReceived(const QStringList &paths);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace Occ::Ui
