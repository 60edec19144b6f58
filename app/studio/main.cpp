// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/settings.h"
#include "core/version.h"
#include "screenshottour.h"
#include "ui/mainwindow.h"
#include "ui/singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileOpenEvent>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"occ-proof-studio"_s);
    QApplication::setApplicationDisplayName(u"OCC Proof Studio"_s);
    QApplication::setApplicationVersion(QStringLiteral(OCC_VERSION_STRING));
    QApplication::setDesktopFileName(u"com.occproof.Studio"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/occ-proof-studio.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Make and check OCC (occ/1) proofs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"files"_s,
        QApplication::translate("main",
                                "Bundles or proofs to verify, or files to stamp (routed by "
                                "content)."),
        u"[FILE...]"_s);
    QCommandLineOption screenshots(
        u"screenshots"_s,
        QApplication::translate("main",
                                "Stamp FILEs, verify the first bundle, save the pages as PNG "
                                "files in DIR, and quit (used to make the README's pictures)."),
        u"DIR"_s);
    parser.addOption(screenshots);
    parser.process(app);

    Occ::Settings settings;
    // One studio per session: hand the files to a running one, which comes to the front.
    Occ::Ui::SingleInstance instance(Occ::Ui::SingleInstance::defaultKey(settings.fileName()));
    const bool touring = parser.isSet(u"screenshots"_s);
    if (!touring && instance.forward(parser.positionalArguments()))
        return 0;

    // The studio's strings and Qt's own (dialog buttons), in the chosen or the system language.
    const QString language = settings.language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator studioTranslator;
    if (studioTranslator.load(locale, u"occ"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&studioTranslator);

    Occ::Ui::MainWindow window(&settings);
    window.show();
    if (!touring) {
        instance.listen();
        QObject::connect(&instance,
                         &Occ::Ui::SingleInstance::pathsReceived,
                         &window,
                         [&window](const QStringList &paths) {
                             window.openPaths(paths);
                             window.setWindowState((window.windowState() & ~Qt::WindowMinimized)
                                                   | Qt::WindowActive);
                             window.raise();
                             window.activateWindow();
                         });
    }
    // macOS delivers double-clicked documents as QFileOpenEvent, not as arguments.
    class OpenFilter final : public QObject
    {
    public:
        explicit OpenFilter(Occ::Ui::MainWindow *w)
            : m_window(w)
        {}
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::FileOpen) {
                m_window->openPaths({static_cast<QFileOpenEvent *>(event)->file()});
                return true;
            }
            return QObject::eventFilter(watched, event);
        }

    private:
        Occ::Ui::MainWindow *m_window;
    } openFilter(&window);
    app.installEventFilter(&openFilter);
    if (touring) {
        window.resize(1100, 720);
        auto *tour = new ScreenshotTour(&window,
                                        parser.value(screenshots),
                                        parser.positionalArguments());
        tour->start();
    } else {
        window.openPaths(parser.positionalArguments());
    }
    return QApplication::exec();
}
