// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "testdata.h"

#include "core/canonicaljson.h"
#include "core/commitclient.h"
#include "core/settings.h"
#include "core/stubsigner.h"
#include "core/trustprofile.h"
#include "core/trustprofilestore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Occ;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Occ::TrustProfile)

namespace {

QString certPath(const QString &name)
{
    return QStringLiteral(OCC_TEST_DATA_DIR "/../../resources/certs/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A PEM without its whitespace, to compare certificates whatever the line endings.
QByteArray pemBody(QByteArray pem)
{
    pem.replace('\r', QByteArray()).replace('\n', QByteArray()).replace(' ', QByteArray());
    return pem;
}

TrustProfile everyOption()
{
    TrustProfile p;
    p.name = u"Every option"_s;
    p.requireEnforcement = u"measured-tee"_s;
    p.allowedMeasurements = {u"pcr0:aaaa"_s, u"pcr0:bbbb"_s};
    p.allowedPublicKeys = {u"11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="_s,
                           u"A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg="_s};
    p.requireAttestation = true;
    p.requireAttestationFormat = {u"aws-nitro"_s};
    p.minCounter = u"10"_s;
    p.maxCounter = u"99999999999999999999999"_s;
    p.minTime = 1'700'000'000'000.0;
    p.maxTime = 1'900'000'000'000.5;
    p.requireEpochId = true;
    p.requireActor = true;
    p.allowedActorKeyIds = {u"key-1"_s, u"key-2"_s};
    p.allowedActorProviders = {u"passkey"_s};
    p.requireSlot = true;
    p.allowedRpIds = {u"occproof.com"_s, u"example.org"_s};
    p.tsaTrustAnchors = {readAll(certPath(u"freetsa-root-ca.pem"_s))};
    p.attestationRoots = {readAll(certPath(u"aws-nitro-enclaves-root-g1.pem"_s)),
                          readAll(certPath(u"freetsa-root-ca.pem"_s))};
    return p;
}

} // namespace

class tst_TrustProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void shippedExampleRoundTrips();
    void saveDerivesIdFromName_data();
    void saveDerivesIdFromName();
    void saveWithIdReplacesThatProfile();
    void badIdsAreRefused_data();
    void badIdsAreRefused();
    void listSortedByNameWithProblems();
    void importKeepsCertificatesInline_data();
    void importKeepsCertificatesInline();
    void importWithoutName();
    void importRefusesInvalidProfiles_data();
    void importRefusesInvalidProfiles();
    void exportRefusesToOverwrite();
    void remove();
    void settingsDefaults();
    void settingsPersist();
};

void tst_TrustProfileStore::initTestCase()
{
    // Defaults that name user folders must not point at the real ones.
    QStandardPaths::setTestModeEnabled(true);
}

void tst_TrustProfileStore::roundTrip_data()
{
    QTest::addColumn<TrustProfile>("profile");
    QTest::addColumn<QStringList>("members");

    QTest::newRow("empty") << TrustProfile() << QStringList();
    TrustProfile named;
    named.name = u"Just a name"_s;
    QTest::newRow("name only") << named << QStringList{u"name"_s};
    const TrustProfile all = everyOption();
    QTest::newRow("every option") << all
                                  << QStringList{u"name"_s,
                                                 u"requireEnforcement"_s,
                                                 u"allowedMeasurements"_s,
                                                 u"allowedPublicKeys"_s,
                                                 u"requireAttestation"_s,
                                                 u"requireAttestationFormat"_s,
                                                 u"minCounter"_s,
                                                 u"maxCounter"_s,
                                                 u"minTime"_s,
                                                 u"maxTime"_s,
                                                 u"requireEpochId"_s,
                                                 u"requireActor"_s,
                                                 u"allowedActorKeyIds"_s,
                                                 u"allowedActorProviders"_s,
                                                 u"requireSlot"_s,
                                                 u"allowedRpIds"_s,
                                                 u"tsaTrustAnchors"_s,
                                                 u"attestationRoots"_s};
    for (const QString &tier : {u"stub"_s, u"hw-key"_s}) {
        TrustProfile p;
        p.requireEnforcement = tier;
        p.allowedPublicKeys = {u"11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="_s};
        QTest::addRow("enforcement %s", qPrintable(tier))
            << p << QStringList{u"requireEnforcement"_s, u"allowedPublicKeys"_s};
    }
    TrustProfile flags;
    flags.requireAttestation = true;
    flags.requireEpochId = true;
    flags.requireActor = true;
    flags.requireSlot = true;
    QTest::newRow("flags only") << flags
                                << QStringList{u"requireAttestation"_s,
                                               u"requireEpochId"_s,
                                               u"requireActor"_s,
                                               u"requireSlot"_s};
    TrustProfile edges;
    edges.name = u"quote \" backslash \\ newline \n tab \t control \u0001 é ✓ 🔐"_s;
    edges.minCounter = u"0"_s;
    edges.maxCounter = u"0"_s;
    edges.minTime = 0.30000000000000004;
    edges.maxTime = 8.64e15;
    QTest::newRow("awkward name, counters and times at the edges")
        << edges
        << QStringList{u"name"_s, u"minCounter"_s, u"maxCounter"_s, u"minTime"_s, u"maxTime"_s};
    TrustProfile certsOnly;
    certsOnly.tsaTrustAnchors = {readAll(certPath(u"freetsa-root-ca.pem"_s))};
    QTest::newRow("one certificate") << certsOnly << QStringList{u"tsaTrustAnchors"_s};
}

void tst_TrustProfileStore::roundTrip()
{
    QFETCH(TrustProfile, profile);
    QFETCH(QStringList, members);

    const JsonValue value = profile.toValue();
    QVERIFY(value.isObject());
    QStringList keys;
    for (qsizetype i = 0; i < value.asObject()->size(); ++i)
        keys.append(value.asObject()->keyAt(i));
    QCOMPARE(keys, members); // only what is set, in a fixed order

    auto fromValue = TrustProfile::fromValue(value);
    QVERIFY_RESULT(fromValue);
    QVERIFY(*fromValue == profile);

    const QByteArray json = profile.toJson();
    QVERIFY(json.endsWith("}\n"));
    QCOMPARE(json, QByteArray(Json::toPrettyJson(value) + '\n'));
    auto fromJson = TrustProfile::fromJson(json);
    QVERIFY_RESULT(fromJson);
    QVERIFY(*fromJson == profile);
    QCOMPARE(fromJson->toJson(), json); // a fixed point
    // Certificates are written inline, never as paths.
    for (const QByteArray &pem : profile.tsaTrustAnchors + profile.attestationRoots)
        QVERIFY(json.contains(Json::toPrettyJson(JsonValue(QString::fromUtf8(pem)))));

    // Through the store: the file is exactly toJson().
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TrustProfileStore store(dir.filePath(u"profiles"_s));
    auto saved = store.save(profile, u"row"_s);
    QVERIFY_RESULT(saved);
    QCOMPARE(saved->path, dir.filePath(u"profiles/row.json"_s));
    QCOMPARE(readAll(saved->path), json);
    auto loaded = store.load(u"row"_s);
    QVERIFY_RESULT(loaded);
    QCOMPARE(loaded->id, u"row"_s);
    QVERIFY(loaded->profile == profile);

    // And a profile that differs in any option does not compare equal.
    TrustProfile changed = profile;
    changed.requireSlot = !changed.requireSlot;
    QVERIFY(!(changed == profile));
}

void tst_TrustProfileStore::shippedExampleRoundTrips()
{
    auto example = TrustProfile::fromFile(
        QStringLiteral(OCC_TEST_DATA_DIR "/../../examples/hello-trust-profile.json"));
    QVERIFY_RESULT(example);
    QCOMPARE(example->requireEnforcement, std::optional<QString>(u"stub"_s));
    QCOMPARE(example->minCounter, std::optional<QString>(u"1"_s));
    QCOMPARE(example->allowedPublicKeys.size(), 1);
    auto again = TrustProfile::fromJson(example->toJson());
    QVERIFY_RESULT(again);
    QVERIFY(*again == *example);
}

void tst_TrustProfileStore::saveDerivesIdFromName_data()
{
    QTest::addColumn<QStringList>("names"); // saved in order, with an empty id
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("clashes get numbers")
        << QStringList{u"My Trust Profile!"_s, u"My Trust Profile!"_s, u"my trust profile"_s}
        << QStringList{u"my-trust-profile"_s, u"my-trust-profile-2"_s, u"my-trust-profile-3"_s};
    QTest::newRow("no usable characters")
        << QStringList{QString(), u"!!!"_s, u"日本語"_s}
        << QStringList{u"profile"_s, u"profile-2"_s, u"profile-3"_s};
    QTest::newRow("dashes trimmed") << QStringList{u"  --Leading, and trailing--  "_s}
                                    << QStringList{u"leading-and-trailing"_s};
    QTest::newRow("long names cut to 40")
        << QStringList{QString(100, u'a'), QString(39, u'b') + u" c"_s}
        << QStringList{QString(40, u'a'), QString(39, u'b')};
    QTest::newRow("dots and slashes do not escape") << QStringList{u"../../etc/passwd"_s, u"..."_s}
                                                    << QStringList{u"etc-passwd"_s, u"profile"_s};
}

void tst_TrustProfileStore::saveDerivesIdFromName()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, ids);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TrustProfileStore store(dir.filePath(u"store"_s));
    QList<TrustProfile> saved;
    for (qsizetype i = 0; i < names.size(); ++i) {
        TrustProfile p;
        p.name = names[i];
        p.minCounter = QString::number(i); // tells the profiles apart
        auto s = store.save(p);
        QVERIFY_RESULT(s);
        QCOMPARE(s->id, ids[i]);
        QCOMPARE(s->path, dir.filePath(u"store/"_s + ids[i] + u".json"_s));
        saved.append(p);
    }
    // No save replaced an earlier one, and nothing was written outside the store.
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto loaded = store.load(ids[i]);
        QVERIFY_RESULT(loaded);
        QVERIFY(loaded->profile == saved[i]);
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{u"store"_s});
    QCOMPARE(store.list().size(), ids.size());
}

void tst_TrustProfileStore::saveWithIdReplacesThatProfile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TrustProfileStore store(dir.path());
    TrustProfile p;
    p.name = u"Work"_s;
    QVERIFY_RESULT(store.save(p, u"work"_s));
    p.minCounter = u"5"_s;
    auto again = store.save(p, u"work"_s);
    QVERIFY_RESULT(again);
    QCOMPARE(again->id, u"work"_s);
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(store.load(u"work"_s)->profile.minCounter, std::optional<QString>(u"5"_s));
    // Deriving from the same name now avoids the explicit id.
    auto derived = store.save(p);
    QVERIFY_RESULT(derived);
    QCOMPARE(derived->id, u"work-2"_s);
}

void tst_TrustProfileStore::badIdsAreRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("parent") << u"../x"_s;
    QTest::newRow("dot dot") << u".."_s;
    QTest::newRow("dots inside") << u"a..b"_s;
    QTest::newRow("subfolder") << u"sub/x"_s;
    QTest::newRow("absolute") << u"/tmp/x"_s;
    QTest::newRow("backslash") << u"..\\x"_s;
    QTest::newRow("hidden") << u".x"_s;
    QTest::newRow("leading dash") << u"-x"_s;
    QTest::newRow("space") << u"a b"_s;
    QTest::newRow("65 characters") << QString(65, u'a');
    QTest::newRow("newline") << u"x\n"_s;
}

void tst_TrustProfileStore::badIdsAreRefused()
{
    QFETCH(QString, id);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Real profiles where a bad id would lead, so a refusal cannot be a mere "not found".
    TrustProfile outside;
    outside.name = u"Outside the store"_s;
    QVERIFY(writeAll(dir.filePath(u"x.json"_s), outside.toJson()));
    QVERIFY(writeAll(dir.filePath(u"store/sub/x.json"_s), outside.toJson()));
    QVERIFY(writeAll(dir.filePath(u"store/a b.json"_s), outside.toJson()));
    TrustProfileStore store(dir.filePath(u"store"_s));

    auto loaded = store.load(id);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::InvalidArgument);

    TrustProfile p;
    p.name = u"Attempt"_s;
    auto saved = store.save(p, id);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::InvalidArgument);
    auto removed = store.remove(id);
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, ErrorCode::InvalidArgument);

    QCOMPARE(TrustProfile::fromFile(dir.filePath(u"x.json"_s))->name, outside.name);
    QCOMPARE(TrustProfile::fromFile(dir.filePath(u"store/sub/x.json"_s))->name, outside.name);
    QCOMPARE(TrustProfile::fromFile(dir.filePath(u"store/a b.json"_s))->name, outside.name);
    // A good id still works: the refusal is about the id alone.
    QVERIFY_RESULT(store.save(p, u"good-id_1.0"_s));
}

void tst_TrustProfileStore::listSortedByNameWithProblems()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TrustProfileStore store(dir.filePath(u"store"_s));
    QCOMPARE(store.list().size(), 0); // no folder yet: empty, no problem
    const QList<std::pair<QString, QString>> profiles = {
        {u"a"_s, u"Mid"_s},
        {u"b"_s, u"Zeta"_s},
        {u"c"_s, u"Alpha"_s},
    };
    for (const auto &[id, name] : profiles) {
        TrustProfile p;
        p.name = name;
        QVERIFY_RESULT(store.save(p, id));
    }
    QVERIFY(writeAll(dir.filePath(u"store/broken.json"_s), "{"));
    QVERIFY(writeAll(dir.filePath(u"store/typo.json"_s), R"({"allowedPublicKey": []})"));
    QVERIFY(writeAll(dir.filePath(u"store/notes.txt"_s), "not a profile"));
    QVERIFY(QDir().mkpath(dir.filePath(u"store/folder.json"_s)));

    QStringList problems;
    const QList<StoredProfile> list = store.list(&problems);
    QStringList names, ids;
    for (const StoredProfile &s : list) {
        names.append(s.profile.name);
        ids.append(s.id);
        QCOMPARE(s.path, QDir(dir.filePath(u"store"_s)).absoluteFilePath(s.id + u".json"_s));
    }
    QCOMPARE(names, (QStringList{u"Alpha"_s, u"Mid"_s, u"Zeta"_s}));
    QCOMPARE(ids, (QStringList{u"c"_s, u"a"_s, u"b"_s}));
    QCOMPARE(problems.size(), 2);
    problems.sort();
    QVERIFY2(problems[0].contains(u"broken.json"), qPrintable(problems[0]));
    QVERIFY2(problems[1].contains(u"typo.json"), qPrintable(problems[1]));
    QVERIFY2(problems[1].contains(u"allowedPublicKey"), qPrintable(problems[1]));
    // Without a list for problems, the good profiles still come back.
    QCOMPARE(store.list().size(), 3);
}

void tst_TrustProfileStore::importKeepsCertificatesInline_data()
{
    // How the PEM file beside the profile is written; OpenSSL reads every one of them.
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<bool>("crlf");
    QTest::newRow("plain PEM") << QByteArray() << false;
    QTest::newRow("CRLF line endings") << QByteArray() << true;
    QTest::newRow("text before the PEM (openssl x509 -subject)")
        << QByteArray("subject=O = Free TSA, OU = Root CA, CN = www.freetsa.org\n") << false;
}

void tst_TrustProfileStore::importKeepsCertificatesInline()
{
    QFETCH(QByteArray, prefix);
    QFETCH(bool, crlf);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray freetsa = prefix + readAll(certPath(u"freetsa-root-ca.pem"_s));
    if (crlf)
        freetsa.replace("\n", "\r\n");
    const QByteArray nitro = readAll(certPath(u"aws-nitro-enclaves-root-g1.pem"_s));
    QVERIFY(writeAll(dir.filePath(u"src/freetsa-root-ca.pem"_s), freetsa));
    QVERIFY(writeAll(dir.filePath(u"src/roots/nitro.pem"_s), nitro));
    const QString source = dir.filePath(u"src/partner.json"_s);
    QVERIFY(writeAll(source, R"({
  "name": "Partner TSA",
  "requireEnforcement": "measured-tee",
  "tsaTrustAnchors": ["freetsa-root-ca.pem"],
  "attestationRoots": ["roots/nitro.pem"]
})"));

    // Relative paths are resolved against the profile's folder, not the current one.
    const QString savedCwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    TrustProfileStore store(dir.filePath(u"store"_s));
    auto imported = store.importFile(source);
    QVERIFY(QDir::setCurrent(savedCwd));
    QVERIFY_RESULT(imported);
    QCOMPARE(imported->id, u"partner-tsa"_s);
    QCOMPARE(imported->profile.tsaTrustAnchors.size(), 1);
    // The same certificate (line endings and text around it may be normalized).
    QVERIFY(imported->profile.tsaTrustAnchors.first().startsWith("-----BEGIN CERTIFICATE-----"));
    QCOMPARE(pemBody(imported->profile.tsaTrustAnchors.first()),
             pemBody(freetsa.mid(prefix.size())));
    QCOMPARE(imported->profile.attestationRoots, QList<QByteArray>{nitro});

    // The copy no longer needs the source folder: the certificates are inline.
    QVERIFY(QDir(dir.filePath(u"src"_s)).removeRecursively());
    const QByteArray stored = readAll(imported->path);
    QVERIFY(stored.contains("-----BEGIN CERTIFICATE-----"));
    QVERIFY(!stored.contains("freetsa-root-ca.pem"));
    QVERIFY(!stored.contains("nitro.pem"));
    auto loaded = store.load(imported->id);
    QVERIFY_RESULT(loaded);
    QCOMPARE(loaded->profile.name, u"Partner TSA"_s);
    // The stored copy reads back as the very profile that was imported.
    QVERIFY(loaded->profile == imported->profile);
    QCOMPARE(loaded->profile.attestationRoots, QList<QByteArray>{nitro});

    // Importing the same profile again keeps both.
    QVERIFY(writeAll(source, loaded->profile.toJson()));
    auto twice = store.importFile(source);
    QVERIFY_RESULT(twice);
    QCOMPARE(twice->id, u"partner-tsa-2"_s);
    QCOMPARE(store.list().size(), 2);
}

void tst_TrustProfileStore::importWithoutName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(u"From Bob.v2.json"_s);
    QVERIFY(writeAll(source, R"({"requireSlot": true})"));
    TrustProfileStore store(dir.filePath(u"store"_s));
    auto imported = store.importFile(source);
    QVERIFY_RESULT(imported);
    QCOMPARE(imported->profile.name, u"From Bob.v2"_s);
    QCOMPARE(imported->id, u"from-bob-v2"_s);
    QVERIFY(imported->profile.requireSlot);
    QCOMPARE(store.load(u"from-bob-v2"_s)->profile.name, u"From Bob.v2"_s);
}

void tst_TrustProfileStore::importRefusesInvalidProfiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << QByteArray("name: x") << u"JSON"_s;
    QTest::newRow("unknown option")
        << QByteArray(R"({"name": "x", "allowedPubKeys": []})") << u"allowedPubKeys"_s;
    QTest::newRow("wrong type") << QByteArray(R"({"requireSlot": "yes"})") << u"requireSlot"_s;
    QTest::newRow("missing certificate")
        << QByteArray(R"({"tsaTrustAnchors": ["nowhere.pem"]})") << u"nowhere.pem"_s;
    QTest::newRow("not a certificate") << QByteArray(
        R"({"attestationRoots": ["-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"]})")
                                       << u"attestationRoots"_s;
    QTest::newRow("min over max") << QByteArray(R"({"minCounter": "10", "maxCounter": "9"})")
                                  << u"minCounter"_s;
    QTest::newRow("bad tier") << QByteArray(R"({"requireEnforcement": "tee"})")
                              << u"requireEnforcement"_s;
}

void tst_TrustProfileStore::importRefusesInvalidProfiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(u"bad.json"_s);
    QVERIFY(writeAll(source, content));
    TrustProfileStore store(dir.filePath(u"store"_s));
    auto imported = store.importFile(source);
    QVERIFY(!imported);
    QVERIFY2(imported.error().message.contains(mentions), qPrintable(imported.error().message));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"store"_s)) || store.list().isEmpty());
}

void tst_TrustProfileStore::exportRefusesToOverwrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const TrustProfile profile = everyOption();
    const QString target = dir.filePath(u"exported.json"_s);
    QVERIFY_RESULT(TrustProfileStore::exportFile(profile, target));
    QCOMPARE(readAll(target), profile.toJson());
    auto back = TrustProfile::fromFile(target);
    QVERIFY_RESULT(back);
    QVERIFY(*back == profile);

    TrustProfile other;
    other.name = u"Other"_s;
    auto refused = TrustProfileStore::exportFile(other, target);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"exists"), qPrintable(refused.error().message));
    QCOMPARE(readAll(target), profile.toJson());

    QVERIFY_RESULT(TrustProfileStore::exportFile(other, target, true));
    QCOMPARE(readAll(target), other.toJson());

    QVERIFY(!TrustProfileStore::exportFile(other, dir.filePath(u"no/such/folder/x.json"_s)));
}

void tst_TrustProfileStore::remove()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TrustProfileStore store(dir.path());
    TrustProfile p;
    p.name = u"Gone soon"_s;
    auto saved = store.save(p);
    QVERIFY_RESULT(saved);
    QVERIFY(QFileInfo::exists(saved->path));
    QVERIFY_RESULT(store.remove(saved->id));
    QVERIFY(!QFileInfo::exists(saved->path));
    QVERIFY(!store.load(saved->id));
    auto again = store.remove(saved->id);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Io);
}

void tst_TrustProfileStore::settingsDefaults()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(u"conf/studio.ini"_s);
    Settings s(ini);
    QCOMPARE(s.fileName(), ini);
    QCOMPARE(s.backend(), Settings::Backend::Stub);
    QCOMPARE(s.endpoint(), QUrl(u"https://nitro.occproof.com"_s));
    QCOMPARE(s.endpoint(), QUrl(QString::fromUtf16(CommitClientConfig::kProductionEndpoint)));
    QCOMPARE(s.requireTimestamps(), false);
    QVERIFY(s.tsaUrl().isEmpty());
    QVERIFY(s.extraCaFile().isEmpty());
    QVERIFY(s.language().isEmpty());
    QVERIFY(s.activeProfile().isEmpty());
    QCOMPARE(s.stubStatePath(), StubSigner::defaultStatePath());
    QCOMPARE(s.profilesDir(), dir.filePath(u"conf/profiles"_s));
    QVERIFY(s.destinationDir().endsWith(u"/OCC Proofs"));
    QCOMPARE(s.uiValue(u"splitter"_s, 42).toInt(), 42);
}

void tst_TrustProfileStore::settingsPersist()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(u"studio.ini"_s);
    const QString state = dir.filePath(u"my-state.json"_s);
    {
        Settings s(ini);
        s.setBackend(Settings::Backend::Endpoint);
        s.setEndpoint(QUrl(u"http://127.0.0.1:8787"_s));
        s.setExtraCaFile(dir.filePath(u"ca.pem"_s));
        s.setStubStatePath(state);
        s.setDestinationDir(dir.filePath(u"proofs"_s));
        s.setLanguage(u"de"_s);
        s.setActiveProfile(u"partner"_s);
        s.setTsaUrl(QUrl(u"https://freetsa.org/tsr"_s));
        s.setRequireTimestamps(true);
        s.setUiValue(u"geometry"_s, QByteArray("\x01\x02\x03"));
        s.sync();
        TrustProfile p;
        p.name = u"Partner"_s;
        QVERIFY_RESULT(TrustProfileStore(s.profilesDir()).save(p, s.activeProfile()));
    }
    QVERIFY(QFileInfo::exists(ini));
    {
        Settings s(ini);
        QCOMPARE(s.backend(), Settings::Backend::Endpoint);
        QCOMPARE(s.endpoint(), QUrl(u"http://127.0.0.1:8787"_s));
        QCOMPARE(s.extraCaFile(), dir.filePath(u"ca.pem"_s));
        QCOMPARE(s.stubStatePath(), state);
        QCOMPARE(s.destinationDir(), dir.filePath(u"proofs"_s));
        QCOMPARE(s.language(), u"de"_s);
        QCOMPARE(s.activeProfile(), u"partner"_s);
        QCOMPARE(s.tsaUrl(), QUrl(u"https://freetsa.org/tsr"_s));
        QCOMPARE(s.requireTimestamps(), true);
        QCOMPARE(s.uiValue(u"geometry"_s).toByteArray(), QByteArray("\x01\x02\x03"));
        auto active = TrustProfileStore(s.profilesDir()).load(s.activeProfile());
        QVERIFY_RESULT(active);
        QCOMPARE(active->profile.name, u"Partner"_s);

        // Back to the defaults.
        s.setBackend(Settings::Backend::Stub);
        s.setStubStatePath(QString());
        s.setRequireTimestamps(false);
        s.sync();
    }
    Settings s(ini);
    QCOMPARE(s.backend(), Settings::Backend::Stub);
    QCOMPARE(s.stubStatePath(), StubSigner::defaultStatePath());
    QCOMPARE(s.requireTimestamps(), false);
    QCOMPARE(s.endpoint(), QUrl(u"http://127.0.0.1:8787"_s)); // untouched
}

QTEST_GUILESS_MAIN(tst_TrustProfileStore)
#include "tst_trustprofilestore.moc"
