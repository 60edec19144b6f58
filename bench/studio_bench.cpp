// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

// Whole-studio measurements for scripts/bench (the real main window, offscreen):
//   studio_bench --show-only              shows the window and exits (start-up is timed outside)
//   studio_bench --files N                stamps N small files; prints the longest GUI stall
//   studio_bench --big FILE               stamps FILE, then verifies its bundle; prints peak RSS
// Prints "key value" lines.

#include "core/settings.h"
#include "ui/mainwindow.h"
#include "ui/stampview.h"
#include "ui/verifyview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

double peakRssMib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

/** Runs the event loop until signal fires, measuring the longest gap between 5 ms ticks. */
template<typename Sender, typename Signal>
qint64 longestStallUntil(Sender *sender, Signal signal, const std::function<void()> &start)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(5);
    const bool verbose = qEnvironmentVariableIsSet("OCC_BENCH_STALLS");
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        if (verbose && now - last > 50) // where the GUI thread was busy, for finding causes
            std::fprintf(stderr, "stall %lld ms ending at %lld ms\n", now - last, now);
        longest = std::max(longest, now - last);
        last = now;
    });
    clock.start();
    tick.start();
    QTimer::singleShot(0, start);
    loop.exec();
    return std::max(longest, clock.elapsed() - last);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    QTemporaryDir dir;
    Occ::Settings settings(dir.filePath(u"studio.ini"_s));
    settings.setStubStatePath(dir.filePath(u"stub-state.json"_s));
    settings.setDestinationDir(dir.filePath(u"out"_s));
    Occ::Ui::MainWindow window(&settings);
    window.show();
    QApplication::processEvents();
    if (args.contains(u"--show-only"_s))
        return 0;

    if (const qsizetype i = args.indexOf(u"--files"_s); i > 0 && i + 1 < args.size()) {
        const int n = args[i + 1].toInt();
        QDir().mkpath(dir.filePath(u"in"_s));
        QStringList files;
        for (int k = 0; k < n; ++k) {
            QFile f(dir.filePath(u"in/file-%1.txt"_s.arg(k)));
            if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::number(k) + " small\n") < 0)
                return 1;
            files.append(f.fileName());
        }
        QElapsedTimer total;
        total.start();
        qint64 addMs = 0;
        qint64 startMs = 0;
        const qint64 stall = longestStallUntil(window.stampView(),
                                               &Occ::Ui::StampView::stampFinished,
                                               [&] {
                                                   QElapsedTimer part;
                                                   part.start();
                                                   window.stampView()->addFiles(files);
                                                   addMs = part.restart();
                                                   window.stampView()->stamp();
                                                   startMs = part.elapsed();
                                               });
        // The two calls are part of the stall figure: they run on the GUI thread.
        std::printf("files %d\nstamp_ms %lld\nlongest_stall_ms %lld\nadd_files_ms %lld\n"
                    "start_stamp_ms %lld\n",
                    n,
                    total.elapsed(),
                    stall,
                    addMs,
                    startMs);
    }
    if (const qsizetype i = args.indexOf(u"--big"_s); i > 0 && i + 1 < args.size()) {
        const QString big = args[i + 1];
        // Without the file nothing would be stamped, and the wait below would never end.
        if (!QFileInfo(big).isFile()) {
            std::fprintf(stderr, "studio_bench: %s is not a file\n", qPrintable(big));
            return 2;
        }
        const qint64 stampStall = longestStallUntil(window.stampView(),
                                                    &Occ::Ui::StampView::stampFinished,
                                                    [&] {
                                                        window.stampView()->addFiles({big});
                                                        window.stampView()->stamp();
                                                    });
        const QString bundle = dir.filePath(u"out/"_s + QFileInfo(big).fileName() + u".proof.zip"_s);
        if (!QFileInfo(bundle).isFile()) {
            std::fprintf(stderr, "studio_bench: stamping %s wrote no bundle\n", qPrintable(big));
            return 1;
        }
        const qint64 verifyStall = longestStallUntil(window.verifyView(),
                                                     &Occ::Ui::VerifyView::loaded,
                                                     [&] { window.openPaths({bundle}); });
        std::printf(
            "big_stamp_stall_ms %lld\nbig_verify_stall_ms %lld\nverdict %s\npeak_rss_mib %.1f\n",
            stampStall,
            verifyStall,
            qPrintable(window.verifyView()->verdictText()),
            peakRssMib());
    }
    return 0;
}
