// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "occcli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("occ"));
    QCoreApplication::setOrganizationName(QStringLiteral("OCC Proof Studio"));
    return Occ::Cli::run(QCoreApplication::arguments());
}
