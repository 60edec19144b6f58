// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "testdata.h"

#include "core/attestation.h"
#include "core/encoding.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Occ;
using namespace Qt::StringLiterals;

class tst_Attestation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void realDocumentVerifies();
    void otherRootIsRefused();
    void hostileDocuments();

private:
    QByteArray m_document;
    QString m_measurement;
};

void tst_Attestation::initTestCase()
{
    const JsonValue doc = OccTest::readJsonData(u"real-proofs/production-test-proofs.json"_s);
    const JsonValue &proof = *doc.asArray()->front().member(u"proof");
    m_document = *Encoding::fromBase64Strict(
        *proof.member(u"environment")->member(u"attestation")->stringMember(u"reportB64"));
    m_measurement = *proof.member(u"environment")->stringMember(u"measurement");
}

void tst_Attestation::realDocumentVerifies()
{
    auto doc = Attestation::verifyNitro(m_document, {Attestation::awsNitroRootG1Pem()});
    QVERIFY_RESULT(doc);
    QCOMPARE(doc->pcr0Hex(), m_measurement);
    QVERIFY(doc->moduleId.startsWith(u"i-"));
    QVERIFY(doc->rootSubject.contains(u"aws.nitro-enclaves"));
    QCOMPARE(doc->userData.size(), 32);
    QVERIFY(!doc->debugMode);
    QCOMPARE(doc->timestamp.date(), QDate(2026, 3, 21));
    // The shipped root is the one AWS publishes.
    QFile pem(
        QStringLiteral(OCC_TEST_DATA_DIR "/../../resources/certs/aws-nitro-enclaves-root-g1.pem"));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    QCOMPARE(Attestation::awsNitroRootG1Pem().trimmed(), pem.readAll().trimmed());
}

void tst_Attestation::otherRootIsRefused()
{
    QFile freetsa(QStringLiteral(OCC_TEST_DATA_DIR "/../../resources/certs/freetsa-root-ca.pem"));
    QVERIFY(freetsa.open(QIODevice::ReadOnly));
    auto doc = Attestation::verifyNitro(m_document, {freetsa.readAll()});
    QVERIFY(!doc);
    QVERIFY2(doc.error().message.contains(u"certificate chain does not verify"),
             qPrintable(doc.error().message));
    auto none = Attestation::verifyNitro(m_document, {});
    QVERIFY(!none);
    QVERIFY(none.error().message.contains(u"no attestation root"));
}

void tst_Attestation::hostileDocuments()
{
    QVERIFY(!Attestation::decodeNitro(QByteArray()));
    QVERIFY(!Attestation::decodeNitro("not cbor at all"));
    // Truncations and bit flips anywhere: always an error or a refused signature, never a crash.
    QRandomGenerator rng(42);
    int refused = 0;
    for (int i = 0; i < 400; ++i) {
        QByteArray d = m_document;
        if (i % 2)
            d.truncate(qsizetype(rng.bounded(quint32(d.size()))));
        else
            d[qsizetype(rng.bounded(quint32(d.size())))] ^= char(1 + rng.bounded(255));
        refused += !Attestation::verifyNitro(d, {Attestation::awsNitroRootG1Pem()});
    }
    QCOMPARE(refused, 400);
}

QTEST_GUILESS_MAIN(tst_Attestation)
#include "tst_attestation.moc"
