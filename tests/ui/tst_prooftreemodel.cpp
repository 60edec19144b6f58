// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "../core/testdata.h"

#include "core/fieldtiers.h"
#include "ui/prooftreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Occ;
using namespace Occ::Ui;
using namespace Qt::StringLiterals;

namespace {

const JsonValue &vectors()
{
    static const JsonValue doc = OccTest::readJsonData(u"vectors/proofs.json"_s);
    return doc;
}

void collectLeaves(const QAbstractItemModel &model,
                   const QModelIndex &parent,
                   QHash<QString, QString> &out)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (model.rowCount(i) == 0)
            out.insert(i.data(ProofTreeModel::PathRole).toString(),
                       i.data(ProofTreeModel::TierRole).toString());
        collectLeaves(model, i, out);
    }
}

} // namespace

class tst_ProofTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void sameTiersAsTheCoreTable_data();
    void sameTiersAsTheCoreTable();
    void coverageColumnInWords_data();
    void coverageColumnInWords();
    void unknownMembersShownWithTheirTier();
    void decodedValuesBesideTheRawValue();
    void modelIsConsistent();
};

void tst_ProofTreeModel::sameTiersAsTheCoreTable_data()
{
    QTest::addColumn<int>("caseIndex");
    const JsonArray &cases = *vectors().member(u"cases")->asArray();
    for (int i = 0; i < int(cases.size()); ++i) {
        const JsonValue *proof = cases[size_t(i)].member(u"proof");
        if (proof && proof->isObject())
            QTest::newRow(qPrintable(*cases[size_t(i)].stringMember(u"name"))) << i;
    }
}

void tst_ProofTreeModel::sameTiersAsTheCoreTable()
{
    // The tree must show exactly what the one tier table says, leaf by leaf.
    QFETCH(int, caseIndex);
    const JsonValue &proof = *(*vectors().member(u"cases")->asArray())[size_t(caseIndex)].member(
        u"proof");
    ProofTreeModel model;
    model.setProof(proof);
    QHash<QString, QString> shown;
    collectLeaves(model, {}, shown);
    const auto fields = FieldTiers::fields(proof);
    QCOMPARE(shown.size(), qsizetype(fields.size()));
    for (const ProofField &f : fields) {
        QVERIFY2(shown.contains(f.path), qPrintable(f.path));
        QCOMPARE(shown.value(f.path), fieldTierId(f.tier));
    }
}

void tst_ProofTreeModel::coverageColumnInWords_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("words");
    // clang-format off
    QTest::newRow("counter")   << u"commit.counter"_s        << u"Signed"_s;
    QTest::newRow("digest")    << u"artifact.digestB64"_s    << u"Signed"_s;
    QTest::newRow("signature") << u"signer.signatureB64"_s   << u"Self-authenticating"_s;
    QTest::newRow("signer")    << u"signer"_s                << u"Mixed"_s;
    QTest::newRow("metadata")  << u"metadata.filename"_s     << u"Advisory (unsigned)"_s;
    // clang-format on
}

void tst_ProofTreeModel::coverageColumnInWords()
{
    QFETCH(QString, path);
    QFETCH(QString, words);
    JsonValue proof = OccTest::readJsonData(u"real-proofs/production-test-proofs.json"_s);
    proof = *proof.asArray()->front().member(u"proof"); // the first real production proof
    JsonObject meta;
    meta.append(u"filename"_s, u"x.txt"_s);
    proof.asObject()->insert(u"metadata"_s, JsonValue(meta));
    ProofTreeModel model;
    model.setProof(proof);
    const QModelIndex i = model.indexForPath(path);
    QVERIFY2(i.isValid(), qPrintable(path));
    QCOMPARE(i.siblingAtColumn(ProofTreeModel::CoverageColumn).data().toString(), words);
    // Never colour alone: an icon and the words for screen readers too.
    QVERIFY(!i.siblingAtColumn(ProofTreeModel::CoverageColumn).data(Qt::DecorationRole).isNull());
    QVERIFY(i.data(Qt::AccessibleTextRole).toString().contains(words));
}

void tst_ProofTreeModel::unknownMembersShownWithTheirTier()
{
    JsonValue proof = *(*vectors().member(u"cases")->asArray())[0].member(u"proof");
    proof.asObject()->insert(u"sneaky"_s, JsonValue(u"trust me"_s));
    proof.asObject()->valueRef(u"commit")->asObject()->insert(u"extra"_s, JsonValue(1));
    ProofTreeModel model;
    model.setProof(proof);
    const QModelIndex top = model.indexForPath(u"sneaky"_s);
    QVERIFY(top.isValid());
    QCOMPARE(top.data(ProofTreeModel::TierRole).toString(), u"advisory"_s);
    QVERIFY(top.data(Qt::ToolTipRole).toString().contains(u"anyone could have changed it"_s));
    const QModelIndex inner = model.indexForPath(u"commit.extra"_s);
    QVERIFY(inner.isValid());
    QCOMPARE(inner.data(ProofTreeModel::TierRole).toString(),
             fieldTierId(FieldTiers::tierOf(proof, u"commit.extra")));
}

void tst_ProofTreeModel::decodedValuesBesideTheRawValue()
{
    JsonValue proof = OccTest::readJsonData(u"real-proofs/production-test-proofs.json"_s);
    proof = *proof.asArray()->front().member(u"proof"); // the first real production proof
    ProofTreeModel model;
    model.setProof(proof);
    const QModelIndex tier = model.indexForPath(u"environment.enforcement"_s);
    QVERIFY(tier.isValid());
    const QString raw = tier.data(ProofTreeModel::RawValueRole).toString();
    const QString shown = tier.siblingAtColumn(ProofTreeModel::ValueColumn).data().toString();
    QVERIFY(shown.startsWith(raw)); // the raw value first, the reading beside it
    QVERIFY(!tier.data(ProofTreeModel::DecodedRole).toString().isEmpty());
    const QModelIndex key = model.indexForPath(u"signer.publicKeyB64"_s);
    QVERIFY(key.data(ProofTreeModel::DecodedRole).toString().contains(u"SHA256:"_s));
    if (const QModelIndex time = model.indexForPath(u"commit.time"_s); time.isValid())
        QVERIFY(time.data(ProofTreeModel::DecodedRole).toString().contains(u"signer's own clock"_s));
}

void tst_ProofTreeModel::modelIsConsistent()
{
    ProofTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const JsonValue &c : *vectors().member(u"cases")->asArray()) {
        if (const JsonValue *proof = c.member(u"proof"))
            model.setProof(*proof);
    }
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_ProofTreeModel)
#include "tst_prooftreemodel.moc"
