// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QString>
#include <QUrl>

#include <functional>

class QObject;

namespace Occ::ApiKeyStore {

/**
 * API keys for commit services, kept in the operating system's keychain (Secret Service or
 * KWallet on Linux, Keychain on macOS, Credential Manager on Windows) through QtKeychain, one
 * per service origin. Never written in plain text: without a keychain service, saving fails
 * with a message that says so.
 */

/** The keychain account name for an endpoint: its origin, e.g. "https://nitro.occproof.com". */
QString accountFor(const QUrl &endpoint);

/** The saved key, or an empty string when none is saved or no keychain can be reached. */
void read(const QUrl &endpoint, QObject *context, std::function<void(Result<QString>)> done);
void save(const QUrl &endpoint,
          const QString &key,
          QObject *context,
          std::function<void(Result<void>)> done);
void forget(const QUrl &endpoint, QObject *context, std::function<void(Result<void>)> done);

} // namespace Occ::ApiKeyStore
