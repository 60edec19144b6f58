// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>
#include <QStringList>

namespace Occ::Ui {
class MainWindow;
}

/**
 * `occ-studio --screenshots DIR FILE...`: stamps the files, opens the first bundle, and saves
 * the stamp, verify and proof-tree pages as PNG files in DIR, then quits. It drives the real
 * window, so scripts/screenshots can produce the README's pictures under Xvfb.
 */
class ScreenshotTour final : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(Occ::Ui::MainWindow *window, QString dir, QStringList files);
    void start();

private:
    void save(const QString &name);

    Occ::Ui::MainWindow *m_window;
    QString m_dir;
    QStringList m_files;
};
