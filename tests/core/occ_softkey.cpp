// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

// The `occ` command line with the software authenticator of tests/support as the only FIDO2
// device, so that tests can run `occ passkey` and `occ commit --passkey` as real processes.
// Its credentials live in $OCC_SOFTKEY_STATE (shared between runs); $OCC_SOFTKEY_PIN gives the
// key a PIN and no built-in verification; $OCC_SOFTKEY_SWITCHES takes omitUv, omitUp,
// denyTouch (comma-separated).

#include "occcli.h"

#include "core/passkey.h"
#include "support/softfido2.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"occ"_s);
    OccTest::SoftFido2 soft(qEnvironmentVariable("OCC_SOFTKEY_STATE"));
    const QByteArray pin = qgetenv("OCC_SOFTKEY_PIN");
    if (!pin.isEmpty()) {
        soft.options().builtInUv = false;
        soft.options().pin = pin;
    }
    const QStringList switches = qEnvironmentVariable("OCC_SOFTKEY_SWITCHES").split(u',');
    soft.options().omitUv = switches.contains(u"omitUv"_s);
    soft.options().omitUp = switches.contains(u"omitUp"_s);
    soft.options().denyTouch = switches.contains(u"denyTouch"_s);
    Occ::Fido2Authenticator::setDeviceHooks(Occ::Fido2Authenticator::DeviceHooks{
        [&soft] {
            return QList<Occ::AuthenticatorDevice>{{soft.path(), u"Soft Key"_s, u"OCC tests"_s}};
        },
        [&soft](fido_dev_t *dev, const QString &) { soft.attachHid(dev); }});
    const int rc = Occ::Cli::run(app.arguments());
    Occ::Fido2Authenticator::setDeviceHooks(std::nullopt);
    return rc;
}
