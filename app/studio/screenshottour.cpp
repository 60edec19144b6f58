// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "screenshottour.h"

#include "ui/mainwindow.h"
#include "ui/stampfilemodel.h"
#include "ui/stampview.h"
#include "ui/verifyview.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace Qt::StringLiterals;

ScreenshotTour::ScreenshotTour(Occ::Ui::MainWindow *window, QString dir, QStringList files)
    : QObject(window)
    , m_window(window)
    , m_dir(std::move(dir))
    , m_files(std::move(files))
{}

void ScreenshotTour::save(const QString &name)
{
    QApplication::processEvents();
    const QString path = QDir(m_dir).filePath(name);
    if (!m_window->grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_dir);
    auto *stamp = m_window->stampView();
    stamp->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Ada Lovelace"_s);
    stamp->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"Notes on the Analytical Engine"_s);
    stamp->findChild<QPlainTextEdit *>(u"messageEdit"_s)
        ->setPlainText(u"First draft, as sent to Babbage."_s);
    stamp->addFiles(m_files);
    connect(stamp, &Occ::Ui::StampView::stampFinished, this, [this, stamp] {
        save(u"stamp.png"_s);
        QString bundle;
        for (int r = 0; r < stamp->model()->rowCount() && bundle.isEmpty(); ++r)
            bundle = stamp->model()->result(r).bundlePath;
        auto *verify = m_window->verifyView();
        connect(verify, &Occ::Ui::VerifyView::loaded, this, [this, verify] {
            m_window->showPage(Occ::Ui::MainWindow::VerifyPage);
            save(u"verify.png"_s);
            auto *tabs = verify->findChild<QTabWidget *>(u"verifyTabs"_s);
            tabs->setCurrentIndex(1);
            auto *tree = verify->findChild<QTreeView *>(u"proofTree"_s);
            tree->expandAll();
            save(u"tree.png"_s);
            QTimer::singleShot(0, qApp, &QApplication::quit);
        });
        verify->open({bundle}, {});
    });
    QTimer::singleShot(200, stamp, &Occ::Ui::StampView::stamp);
}
