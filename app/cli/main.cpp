// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "occcli.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("occ"));
    QCoreApplication::setOrganizationName(QStringLiteral("OCC Proof Studio"));
    // Messages for people follow the system language (LANG, LC_MESSAGES); `--json` output is a
    // contract for scripts and stays in English.
    QTranslator translator;
    const QStringList args = QCoreApplication::arguments();
    if (!args.contains(QStringLiteral("--json"))
        && translator.load(QLocale::system(),
                           QStringLiteral("occ"),
                           QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    return Occ::Cli::run(args);
}
