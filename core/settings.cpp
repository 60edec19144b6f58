// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "settings.h"

#include "commitclient.h"
#include "passkey.h"
#include "stubsigner.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Occ {

namespace {
// Every key in one place.
constexpr auto kBackend = "signer/backend";
constexpr auto kEndpoint = "signer/endpoint";
constexpr auto kExtraCa = "signer/extraCaFile";
constexpr auto kStubState = "signer/stubStatePath";
constexpr auto kDestination = "stamp/destinationDir";
constexpr auto kTsaUrl = "stamp/tsaUrl";
constexpr auto kRequireTimestamps = "stamp/requireTimestamps";
constexpr auto kLanguage = "ui/language";
constexpr auto kActiveProfile = "verify/activeProfile";
constexpr auto kPasskeyRpId = "passkeys/rpId";

QString key(const char *k)
{
    return QString::fromLatin1(k);
}
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat,
                                             QSettings::UserScope,
                                             u"occ-proof-studio"_s,
                                             u"studio"_s))
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                         + u"/occ-proof-studio"_s;
    m_profilesDir = data + u"/profiles"_s;
    m_libraryPath = data + u"/library.sqlite"_s;
    m_passkeysPath = qEnvironmentVariable("OCC_PASSKEYS", data + u"/passkeys.json"_s);
}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
    , m_profilesDir(QFileInfo(iniPath).absolutePath() + u"/profiles"_s)
    , m_libraryPath(QFileInfo(iniPath).absolutePath() + u"/library.sqlite"_s)
    , m_passkeysPath(QFileInfo(iniPath).absolutePath() + u"/passkeys.json"_s)
{}

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_settings->fileName();
}

Settings::Backend Settings::backend() const
{
    return m_settings->value(key(kBackend)).toString() == u"endpoint" ? Backend::Endpoint
                                                                      : Backend::Stub;
}

void Settings::setBackend(Backend backend)
{
    m_settings->setValue(key(kBackend), backend == Backend::Endpoint ? u"endpoint"_s : u"stub"_s);
}

QUrl Settings::endpoint() const
{
    return QUrl(
        m_settings
            ->value(key(kEndpoint), QString::fromUtf16(CommitClientConfig::kProductionEndpoint))
            .toString());
}

void Settings::setEndpoint(const QUrl &url)
{
    m_settings->setValue(key(kEndpoint), url.toString());
}

QString Settings::extraCaFile() const
{
    return m_settings->value(key(kExtraCa)).toString();
}

void Settings::setExtraCaFile(const QString &path)
{
    m_settings->setValue(key(kExtraCa), path);
}

QString Settings::stubStatePath() const
{
    const QString path = m_settings->value(key(kStubState)).toString();
    return path.isEmpty() ? StubSigner::defaultStatePath() : path;
}

void Settings::setStubStatePath(const QString &path)
{
    if (path.isEmpty() || path == StubSigner::defaultStatePath())
        m_settings->remove(key(kStubState));
    else
        m_settings->setValue(key(kStubState), path);
}

QString Settings::destinationDir() const
{
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                             + u"/OCC Proofs"_s;
    const QString dir = m_settings->value(key(kDestination)).toString();
    return dir.isEmpty() ? QDir::cleanPath(fallback) : dir;
}

void Settings::setDestinationDir(const QString &dir)
{
    m_settings->setValue(key(kDestination), dir);
}

QString Settings::language() const
{
    return m_settings->value(key(kLanguage)).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(key(kLanguage), language);
}

QString Settings::activeProfile() const
{
    return m_settings->value(key(kActiveProfile)).toString();
}

void Settings::setActiveProfile(const QString &id)
{
    m_settings->setValue(key(kActiveProfile), id);
}

QString Settings::profilesDir() const
{
    return m_profilesDir;
}

QString Settings::libraryPath() const
{
    return m_libraryPath;
}

QUrl Settings::tsaUrl() const
{
    return QUrl(m_settings->value(key(kTsaUrl)).toString());
}

void Settings::setTsaUrl(const QUrl &url)
{
    m_settings->setValue(key(kTsaUrl), url.toString());
}

bool Settings::requireTimestamps() const
{
    return m_settings->value(key(kRequireTimestamps), false).toBool();
}

void Settings::setRequireTimestamps(bool on)
{
    m_settings->setValue(key(kRequireTimestamps), on);
}

QString Settings::passkeysPath() const
{
    return m_passkeysPath;
}

QString Settings::passkeyRpId() const
{
    const QString id = m_settings->value(key(kPasskeyRpId)).toString().trimmed();
    return id.isEmpty() ? QString::fromUtf16(Passkeys::kDefaultRpId) : id;
}

void Settings::setPasskeyRpId(const QString &rpId)
{
    m_settings->setValue(key(kPasskeyRpId), rpId.trimmed());
}

QVariant Settings::uiValue(const QString &k, const QVariant &fallback) const
{
    return m_settings->value(u"window/"_s + k, fallback);
}

void Settings::setUiValue(const QString &k, const QVariant &value)
{
    m_settings->setValue(u"window/"_s + k, value);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace Occ
