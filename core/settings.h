// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QUrl>
#include <QVariant>

#include <memory>

class QSettings;

namespace Occ {

/**
 * The studio's settings, in one typed facade over an INI file: every key and its default lives
 * here, nowhere else. Nothing secret is stored: the API key goes to the OS keychain
 * (ApiKeyStore). UI-only state (window geometry...) goes through uiValue()/setUiValue().
 */
class Settings
{
public:
    enum class Backend { Stub, Endpoint };

    /** The user's settings (`~/.config/occ-proof-studio/studio.ini` on Linux). */
    Settings();
    /** Settings in this INI file, with trust profiles in `profiles/` beside it (tests). */
    explicit Settings(const QString &iniPath);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QString fileName() const;

    Backend backend() const;
    void setBackend(Backend backend);
    QUrl endpoint() const; ///< default: the production Nitro commit service
    void setEndpoint(const QUrl &url);
    QString extraCaFile() const; ///< PEM bundle trusted for the endpoint besides the system's
    void setExtraCaFile(const QString &path);
    QString stubStatePath() const; ///< default: StubSigner::defaultStatePath()
    void setStubStatePath(const QString &path);
    QString destinationDir() const; ///< default: Documents/OCC Proofs
    void setDestinationDir(const QString &dir);
    QString language() const; ///< empty: follow the system
    void setLanguage(const QString &language);
    QString activeProfile() const; ///< a TrustProfileStore id; empty: verify without pinning
    void setActiveProfile(const QString &id);
    QString profilesDir() const;
    QString libraryPath() const; ///< the proof library's SQLite file
    QUrl tsaUrl() const;         ///< empty: no RFC 3161 timestamps on commit
    void setTsaUrl(const QUrl &url);
    bool requireTimestamps() const;
    void setRequireTimestamps(bool on);
    /** The registered passkeys (PasskeyStore); $OCC_PASSKEYS overrides the default. */
    QString passkeysPath() const;
    /** The relying-party id new passkeys are registered under. */
    QString passkeyRpId() const;
    void setPasskeyRpId(const QString &rpId);

    QVariant uiValue(const QString &key, const QVariant &fallback = {}) const;
    void setUiValue(const QString &key, const QVariant &value);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
    QString m_profilesDir;
    QString m_libraryPath;
    QString m_passkeysPath;
};

} // namespace Occ
