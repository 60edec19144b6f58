// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "fielddecoder.h"

#include "core/crypto.h"
#include "core/encoding.h"
#include "core/jsonvalue.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Occ::Ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Occ::Ui::FieldDecoder", text);
}
} // namespace

QString FieldDecoder::fingerprint(const QString &base64Key)
{
    const auto bytes = Encoding::fromBase64Strict(base64Key);
    if (!bytes || bytes->isEmpty())
        return {};
    const QString hex = Encoding::toHex(Crypto::Sha256::hash(*bytes)).left(32);
    QString grouped;
    for (int i = 0; i < hex.size(); i += 4)
        grouped += (i ? u" "_s : QString()) + hex.mid(i, 4);
    return u"SHA256:"_s + grouped;
}

QString FieldDecoder::enforcementText(const QString &tier)
{
    if (tier == u"stub")
        return tr("stub: a key on a computer, no hardware protection");
    if (tier == u"hw-key")
        return tr("hardware key: the signing key is held in hardware");
    if (tier == u"measured-tee")
        return tr("measured TEE: the signer runs in an attested enclave (AWS Nitro)");
    return tr("unknown tier");
}

QString FieldDecoder::timeText(double unixMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(unixMs), Qt::UTC).toLocalTime();
    return t.toString(u"yyyy-MM-dd HH:mm:ss.zzz t"_s);
}

QString FieldDecoder::decode(const QStringList &segments, const JsonValue &value)
{
    const QString path = segments.join(u'.');
    const auto number = value.asNumber();
    const QString text = value.asString() ? *value.asString() : QString();

    if (path == u"commit.time" && number)
        return tr("%1 — the signer's own clock (signed, not third-party)").arg(timeText(*number));
    if (segments.size() == 3 && segments[0] == u"timestamps" && segments[2] == u"time" && number)
        return tr("%1 — copied from the TSA token, unsigned; the token itself is checked")
            .arg(timeText(*number));
    if ((path == u"agency.authorization.timestamp" || path == u"attribution.timestamp") && number)
        return tr("%1 — the actor's device clock").arg(timeText(*number));
    if (path == u"environment.enforcement")
        return enforcementText(text);
    if ((path == u"signer.publicKeyB64" || path == u"slotAllocation.publicKeyB64"
         || path == u"agency.actor.publicKeyB64")
        && !text.isEmpty())
        return tr("fingerprint %1").arg(fingerprint(text));
    if (path == u"artifact.digestB64" || path == u"commit.prevB64"
        || path == u"commit.slotHashB64") {
        if (auto bytes = Encoding::fromBase64Strict(text); bytes && bytes->size() == 32)
            return tr("hex %1").arg(Encoding::toHex(*bytes));
    }
    if (path == u"agency.authorization.authenticatorDataB64") {
        const QByteArray data = Encoding::fromBase64Lenient(text);
        if (data.size() >= 37) {
            const quint8 flags = quint8(data[32]);
            QStringList set;
            set << ((flags & 0x01) ? tr("user present (UP)") : tr("user NOT present"));
            set << ((flags & 0x04) ? tr("user verified (UV)") : tr("user NOT verified"));
            if (flags & 0x08)
                set << tr("backup eligible");
            if (flags & 0x10)
                set << tr("backed up");
            const quint32 count = (quint32(quint8(data[33])) << 24)
                                  | (quint32(quint8(data[34])) << 16)
                                  | (quint32(quint8(data[35])) << 8) | quint32(quint8(data[36]));
            return tr("flags: %1; signature counter %2").arg(set.join(u", "_s)).arg(count);
        }
    }
    return {};
}

} // namespace Occ::Ui
