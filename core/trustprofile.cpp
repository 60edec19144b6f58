// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "trustprofile.h"

#include "canonicaljson.h"
#include "encoding.h"
#include "jsonparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Occ {
namespace {

Error policyError(const QString &message)
{
    return makeError(ErrorCode::InvalidPolicy, message);
}

Result<QStringList> stringList(const JsonValue &v, const QString &name)
{
    const JsonArray *a = v.asArray();
    if (!a)
        return policyError(
            QCoreApplication::translate("Occ::TrustProfile", "\"%1\" must be an array of strings")
                .arg(name));
    QStringList out;
    for (const JsonValue &e : *a) {
        const QString *s = e.asString();
        if (!s || s->isEmpty())
            return policyError(
                QCoreApplication::translate("Occ::TrustProfile",
                                            "\"%1\" must contain only non-empty strings")
                    .arg(name));
        out.append(*s);
    }
    return out;
}

Result<bool> boolean(const JsonValue &v, const QString &name)
{
    if (auto b = v.asBool())
        return *b;
    return policyError(
        QCoreApplication::translate("Occ::TrustProfile", "\"%1\" must be true or false").arg(name));
}

Result<QString> counter(const JsonValue &v, const QString &name)
{
    const QString *s = v.asString();
    if (!s || !Encoding::isCanonicalDecimal(*s)) {
        return policyError(
            QCoreApplication::translate("Occ::TrustProfile",
                                        "\"%1\" must be a decimal string (digits only, no sign or "
                                        "leading zeros), e.g. \"42\"")
                .arg(name));
    }
    return *s;
}

Result<double> time(const JsonValue &v, const QString &name)
{
    const auto d = v.asNumber();
    if (!d || !std::isfinite(*d) || *d < 0)
        return policyError(
            QCoreApplication::translate("Occ::TrustProfile",
                                        "\"%1\" must be a non-negative number of Unix milliseconds")
                .arg(name));
    return *d;
}

/** The certificates in pem re-encoded as bare PEM (text around them, as `openssl x509`
 *  prints, is dropped), or empty when pem holds none. */
QByteArray normalizedPem(const QByteArray &pem)
{
    BIO *in = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    BIO *mem = BIO_new(BIO_s_mem());
    QByteArray out;
    int count = 0;
    while (in && mem) {
        X509 *cert = PEM_read_bio_X509(in, nullptr, nullptr, nullptr);
        if (!cert)
            break;
        count += PEM_write_bio_X509(mem, cert) == 1 ? 1 : 0;
        X509_free(cert);
    }
    ERR_clear_error(); // the end of the input is reported as an error
    if (count > 0) {
        char *data = nullptr;
        const long n = BIO_get_mem_data(mem, &data);
        out = QByteArray(data, int(n));
    }
    BIO_free(mem);
    BIO_free(in);
    return out;
}

Result<QList<QByteArray>> certificates(const JsonValue &v,
                                       const QString &name,
                                       const QString &baseDir)
{
    auto list = stringList(v, name);
    if (!list)
        return list.error();
    QList<QByteArray> out;
    for (const QString &entry : *list) {
        QByteArray pem;
        if (entry.contains(u"-----BEGIN")) {
            pem = entry.toUtf8();
        } else {
            const QString path = QDir(baseDir.isEmpty() ? QDir::currentPath() : baseDir)
                                     .absoluteFilePath(entry);
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return policyError(
                    QCoreApplication::translate("Occ::TrustProfile", "\"%1\": cannot read %2: %3")
                        .arg(name, path, f.errorString()));
            pem = f.read(1 << 20);
        }
        const QByteArray normalized = normalizedPem(pem);
        if (normalized.isEmpty())
            return policyError(
                QCoreApplication::translate("Occ::TrustProfile",
                                            "\"%1\": \"%2\" is not a PEM certificate")
                    .arg(name, entry.left(60)));
        out.append(normalized);
    }
    return out;
}

} // namespace

Result<TrustProfile> TrustProfile::fromJson(QByteArrayView utf8, const QString &baseDir)
{
    const JsonParser::Options options = JsonParser::strictOptions(16);
    auto parsed = JsonParser::parse(utf8, options);
    if (!parsed)
        return policyError(QCoreApplication::translate("Occ::TrustProfile",
                                                       "The trust profile is not valid JSON: %1")
                               .arg(parsed.error().message));
    return fromValue(*parsed, baseDir);
}

Result<TrustProfile> TrustProfile::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Occ::TrustProfile", "Cannot read %1: %2")
                             .arg(path, f.errorString()));
    if (f.size() > (1 << 20))
        return policyError(QCoreApplication::translate("Occ::TrustProfile",
                                                       "%1 is too large to be a trust profile")
                               .arg(path));
    auto profile = fromJson(f.readAll(), QFileInfo(path).absolutePath());
    if (!profile)
        return makeError(profile.error().code, u"%1: %2"_s.arg(path, profile.error().message));
    return profile;
}

Result<TrustProfile> TrustProfile::fromValue(const JsonValue &value, const QString &baseDir)
{
    const JsonObject *o = value.asObject();
    if (!o)
        return policyError(QCoreApplication::translate("Occ::TrustProfile",
                                                       "A trust profile must be a JSON object"));
    TrustProfile p;
    for (qsizetype i = 0; i < o->size(); ++i) {
        const QString &key = o->keyAt(i);
        const JsonValue &v = o->valueAt(i);
        Error err;
        bool failed = false;
        auto take = [&](auto result, auto &target) {
            if (!result) {
                err = result.error();
                failed = true;
            } else {
                target = *result;
            }
        };
        if (key == u"name") {
            const QString *s = v.asString();
            if (!s)
                return policyError(
                    QCoreApplication::translate("Occ::TrustProfile", "\"name\" must be a string"));
            p.name = *s;
        } else if (key == u"requireEnforcement") {
            const QString *s = v.asString();
            if (!s || (*s != u"stub" && *s != u"hw-key" && *s != u"measured-tee"))
                return policyError(
                    QCoreApplication::translate("Occ::TrustProfile",
                                                "\"requireEnforcement\" must be one of \"stub\", "
                                                "\"hw-key\", \"measured-tee\""));
            p.requireEnforcement = *s;
        } else if (key == u"allowedMeasurements") {
            take(stringList(v, key), p.allowedMeasurements);
        } else if (key == u"allowedPublicKeys") {
            take(stringList(v, key), p.allowedPublicKeys);
        } else if (key == u"requireAttestation") {
            take(boolean(v, key), p.requireAttestation);
        } else if (key == u"requireAttestationFormat") {
            take(stringList(v, key), p.requireAttestationFormat);
        } else if (key == u"minCounter") {
            take(counter(v, key), p.minCounter);
        } else if (key == u"maxCounter") {
            take(counter(v, key), p.maxCounter);
        } else if (key == u"minTime") {
            take(time(v, key), p.minTime);
        } else if (key == u"maxTime") {
            take(time(v, key), p.maxTime);
        } else if (key == u"requireEpochId") {
            take(boolean(v, key), p.requireEpochId);
        } else if (key == u"requireActor") {
            take(boolean(v, key), p.requireActor);
        } else if (key == u"allowedActorKeyIds") {
            take(stringList(v, key), p.allowedActorKeyIds);
        } else if (key == u"allowedActorProviders") {
            take(stringList(v, key), p.allowedActorProviders);
        } else if (key == u"requireSlot") {
            take(boolean(v, key), p.requireSlot);
        } else if (key == u"allowedRpIds") {
            take(stringList(v, key), p.allowedRpIds);
        } else if (key == u"tsaTrustAnchors") {
            take(certificates(v, key, baseDir), p.tsaTrustAnchors);
        } else if (key == u"attestationRoots") {
            take(certificates(v, key, baseDir), p.attestationRoots);
        } else {
            return policyError(QCoreApplication::translate("Occ::TrustProfile",
                                                           "Unknown trust profile option \"%1\"")
                                   .arg(key));
        }
        if (failed)
            return err;
    }
    if (p.minCounter && p.maxCounter && Encoding::compareDecimal(*p.minCounter, *p.maxCounter) > 0)
        return policyError(QCoreApplication::translate(
            "Occ::TrustProfile",
            "\"minCounter\" is greater than \"maxCounter\": no proof could match"));
    if (p.minTime && p.maxTime && *p.minTime > *p.maxTime)
        return policyError(
            QCoreApplication::translate("Occ::TrustProfile",
                                        "\"minTime\" is after \"maxTime\": no proof could match"));
    return p;
}

JsonValue TrustProfile::toValue() const
{
    auto list = [](const QStringList &l) {
        JsonArray a;
        for (const QString &s : l)
            a.emplace_back(s);
        return JsonValue(std::move(a));
    };
    auto pems = [](const QList<QByteArray> &l) {
        JsonArray a;
        for (const QByteArray &pem : l)
            a.emplace_back(QString::fromUtf8(pem));
        return JsonValue(std::move(a));
    };
    JsonObject o;
    if (!name.isEmpty())
        o.append(u"name"_s, name);
    if (requireEnforcement)
        o.append(u"requireEnforcement"_s, *requireEnforcement);
    if (!allowedMeasurements.isEmpty())
        o.append(u"allowedMeasurements"_s, list(allowedMeasurements));
    if (!allowedPublicKeys.isEmpty())
        o.append(u"allowedPublicKeys"_s, list(allowedPublicKeys));
    if (requireAttestation)
        o.append(u"requireAttestation"_s, true);
    if (!requireAttestationFormat.isEmpty())
        o.append(u"requireAttestationFormat"_s, list(requireAttestationFormat));
    if (minCounter)
        o.append(u"minCounter"_s, *minCounter);
    if (maxCounter)
        o.append(u"maxCounter"_s, *maxCounter);
    if (minTime)
        o.append(u"minTime"_s, *minTime);
    if (maxTime)
        o.append(u"maxTime"_s, *maxTime);
    if (requireEpochId)
        o.append(u"requireEpochId"_s, true);
    if (requireActor)
        o.append(u"requireActor"_s, true);
    if (!allowedActorKeyIds.isEmpty())
        o.append(u"allowedActorKeyIds"_s, list(allowedActorKeyIds));
    if (!allowedActorProviders.isEmpty())
        o.append(u"allowedActorProviders"_s, list(allowedActorProviders));
    if (requireSlot)
        o.append(u"requireSlot"_s, true);
    if (!allowedRpIds.isEmpty())
        o.append(u"allowedRpIds"_s, list(allowedRpIds));
    if (!tsaTrustAnchors.isEmpty())
        o.append(u"tsaTrustAnchors"_s, pems(tsaTrustAnchors));
    if (!attestationRoots.isEmpty())
        o.append(u"attestationRoots"_s, pems(attestationRoots));
    return JsonValue(std::move(o));
}

QByteArray TrustProfile::toJson() const
{
    return Json::toPrettyJson(toValue()) + '\n';
}

} // namespace Occ
