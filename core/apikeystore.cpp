// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "apikeystore.h"

#include <QCoreApplication>
#include <QObject>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Occ::ApiKeyStore {
namespace {

// The keychain service name: never translated, or keys saved in one language vanish in another.
const QString kService = u"OCC Proof Studio"_s;

Error keychainError(const QKeychain::Job &job)
{
    // Without a session bus no Secret Service or KWallet can answer, whatever the job reports.
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    const bool noSessionBus = qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    const bool noSessionBus = false;
#endif
    if (job.error() == QKeychain::NoBackendAvailable || noSessionBus) {
        return makeError(
            ErrorCode::Unsupported,
            QCoreApplication::translate(
                "Occ::ApiKeyStore",
                "No keychain service is running (Secret Service or KWallet), so the API "
                "key was not stored; it is never written in plain text. Pass it with "
                "--api-key or OCC_API_KEY instead."));
    }
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("Occ::ApiKeyStore", "The keychain refused: %1")
                         .arg(job.errorString()));
}

template<typename JobT>
JobT *makeJob(const QUrl &endpoint, QObject *context)
{
    auto *job = new JobT(kService, context);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(accountFor(endpoint));
    return job;
}

} // namespace

QString accountFor(const QUrl &endpoint)
{
    return endpoint
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo
                  | QUrl::StripTrailingSlash)
        .toString();
}

void read(const QUrl &endpoint, QObject *context, std::function<void(Result<QString>)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(endpoint, context);
    QObject::connect(job,
                     &QKeychain::Job::finished,
                     context ? context : job,
                     [done = std::move(done)](QKeychain::Job *j) {
                         if (j->error() == QKeychain::NoError)
                             return done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
                         if (j->error() == QKeychain::EntryNotFound
                             || j->error() == QKeychain::NoBackendAvailable)
                             return done(QString());
                         done(keychainError(*j));
                     });
    job->start();
}

void save(const QUrl &endpoint,
          const QString &key,
          QObject *context,
          std::function<void(Result<void>)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(endpoint, context);
    job->setTextData(key);
    QObject::connect(job,
                     &QKeychain::Job::finished,
                     context ? context : job,
                     [done = std::move(done)](QKeychain::Job *j) {
                         if (j->error() == QKeychain::NoError)
                             return done({});
                         done(keychainError(*j));
                     });
    job->start();
}

void forget(const QUrl &endpoint, QObject *context, std::function<void(Result<void>)> done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(endpoint, context);
    QObject::connect(job,
                     &QKeychain::Job::finished,
                     context ? context : job,
                     [done = std::move(done)](QKeychain::Job *j) {
                         if (j->error() == QKeychain::NoError
                             || j->error() == QKeychain::EntryNotFound)
                             return done({});
                         done(keychainError(*j));
                     });
    job->start();
}

} // namespace Occ::ApiKeyStore
