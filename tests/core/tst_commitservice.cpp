// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "p256testkey.h"
#include "testca.h"
#include "testdata.h"

#include "core/commitclient.h"
#include "core/commitservice.h"
#include "core/httpserver.h"
#include "core/jsonparser.h"
#include "core/proofverifier.h"
#include "core/stubsigner.h"
#include "core/trustprofile.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Occ;
using namespace Qt::StringLiterals;

namespace {

// Runs an asynchronous client call to completion on this thread's event loop.
template<typename T, typename Call>
Result<T> await(Call call)
{
    std::optional<Result<T>> out;
    call([&](Result<T> r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30'000))
        return makeError(ErrorCode::Internal, u"no answer within 30 s"_s);
    return std::move(*out);
}

QByteArray digestOf(const QByteArray &bytes)
{
    return Crypto::Sha256::hash(bytes);
}

CommitRequest requestFor(const QList<QByteArray> &contents)
{
    CommitRequest r;
    for (const QByteArray &c : contents)
        r.digests.append(digestOf(c));
    return r;
}

struct RawReply
{
    int status = 0;
    QByteArray body;
};

// A plain request, for what the client never sends (oversized or malformed bodies).
RawReply rawPost(quint16 port,
                 const QByteArray &path,
                 const QByteArray &body,
                 const QByteArray &contentType = "application/json")
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(QString::fromLatin1(path))));
    req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = nam.post(req, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30'000))
        return {};
    RawReply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    delete reply;
    return r;
}

} // namespace

class tst_CommitService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void singleAndChainAcrossRequests();
    void batchWithAttribution();
    void agencyWithChallenge();
    void apiKey();
    void serverErrors();
    void verifyEndpoint();
    void concurrentClientsNeverShareACounter();
    void commitsArrivingTogetherAreOneGroup();
    void malformedRequestAfterPipelinedCommits();
    void misbehavingServer_data();
    void misbehavingServer();
    void timeoutAndDroppedConnection();
    void cancellation();
    void getRetriesUntilTheServiceIsUp();
    void refusedAndUnresolvable();
    void https();
    void measurementPinRefusesOtherSigners();

private:
    CommitClientConfig config(const QString &apiKey = {}) const;
    QTemporaryDir m_dir;
    std::unique_ptr<CommitService> m_service;
    std::unique_ptr<HttpServer> m_server;
    QStringList m_apiKeys;
    QList<int> m_batchSizes;
};

void tst_CommitService::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_CommitService::init()
{
    auto signer = StubSigner::open(
        m_dir.filePath(u"state-%1.json"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    QVERIFY_RESULT(signer);
    m_service = std::make_unique<CommitService>(*signer, m_apiKeys);
    m_batchSizes.clear();
    // As `occ serve`: requests that arrive together are answered as one group.
    m_server = std::make_unique<HttpServer>(
        HttpServer::BatchHandler([this](const QList<HttpRequest> &r) {
            m_batchSizes.append(int(r.size()));
            return m_service->handleAll(r);
        }));
    QVERIFY_RESULT(m_server->listen(QHostAddress::LocalHost, 0));
}

void tst_CommitService::cleanup()
{
    m_server.reset();
    m_service.reset();
    m_apiKeys.clear();
}

CommitClientConfig tst_CommitService::config(const QString &apiKey) const
{
    CommitClientConfig c;
    c.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port()));
    c.apiKey = apiKey;
    c.timeoutMs = 10'000;
    return c;
}

void tst_CommitService::singleAndChainAcrossRequests()
{
    CommitClient client(config());
    QVERIFY_RESULT(await<void>([&](auto done) { client.health(this, done); }));
    auto key = await<JsonValue>([&](auto done) { client.key(this, done); });
    QVERIFY_RESULT(key);
    QCOMPARE(*key->stringMember(u"enforcement"), u"stub"_s);

    const CommitRequest first = requestFor({"first"});
    auto a = await<QList<JsonValue>>([&](auto done) { client.commit(first, this, done); });
    QVERIFY_RESULT(a);
    QCOMPARE(a->size(), 1);
    // The unsigned proofHash is kept, and it is the next proof's chain link.
    const QString proofHash = *a->first().stringMember(u"proofHash");
    const CommitRequest second = requestFor({"second"});
    auto b = await<QList<JsonValue>>([&](auto done) { client.commit(second, this, done); });
    QVERIFY_RESULT(b);
    QCOMPARE(*b->first().member(u"commit")->stringMember(u"prevB64"), proofHash);
    QCOMPARE(*b->first().member(u"signer")->stringMember(u"publicKeyB64"),
             *key->stringMember(u"publicKeyB64"));
}

void tst_CommitService::batchWithAttribution()
{
    CommitClient client(config());
    CommitRequest request = requestFor({"a", "b", "c"});
    JsonObject attribution;
    attribution.append(u"name"_s, u"Grace"_s);
    request.attribution = attribution;
    request.chainId = u"occ:test"_s;
    JsonObject metadata;
    metadata.append(u"source"_s, u"tst"_s);
    request.metadata = metadata;
    // Only digests travel.
    const QByteArray body = CommitClient::commitBody(request);
    QVERIFY(!body.contains("\"a\""));
    QVERIFY(body.contains(Encoding::toBase64(digestOf("a")).toUtf8()));

    auto proofs = await<QList<JsonValue>>([&](auto done) { client.commit(request, this, done); });
    QVERIFY_RESULT(proofs);
    QCOMPARE(proofs->size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        const JsonValue &p = (*proofs)[i];
        QCOMPARE(*p.member(u"artifact")->stringMember(u"digestB64"),
                 Encoding::toBase64(request.digests[i]));
        QCOMPARE(*p.member(u"attribution")->stringMember(u"name"), u"Grace"_s);
        QCOMPARE(*p.member(u"commit")->stringMember(u"chainId"), u"occ:test"_s);
        QCOMPARE(*p.member(u"metadata")->stringMember(u"source"), u"tst"_s);
    }
}

void tst_CommitService::agencyWithChallenge()
{
    CommitClient client(config());
    OccTest::P256TestKey key;
    auto challenge = await<QString>([&](auto done) { client.challenge(this, done); });
    QVERIFY_RESULT(challenge);
    CommitRequest request = requestFor({"signed by a person"});
    request.agency = key.webauthnEnvelope(Encoding::toBase64(request.digests.first()),
                                          *challenge,
                                          double(QDateTime::currentMSecsSinceEpoch()),
                                          u"studio.test"_s);
    auto proofs = await<QList<JsonValue>>([&](auto done) { client.commit(request, this, done); });
    QVERIFY_RESULT(proofs);
    QCOMPARE(*proofs->first().member(u"agency")->member(u"actor")->stringMember(u"keyId"),
             key.keyId());
    // Replaying the same authorization is refused by the service with its reason.
    auto replay = await<QList<JsonValue>>([&](auto done) { client.commit(request, this, done); });
    QVERIFY(!replay);
    QVERIFY2(replay.error().message.contains(u"HTTP 400: Agency: challenge not found or expired"),
             qPrintable(replay.error().message));
}

void tst_CommitService::apiKey()
{
    m_apiKeys = {u"k1-secret-value"_s, u"k2-other"_s};
    init(); // restart with keys
    const CommitRequest request = requestFor({"guarded"});
    {
        CommitClient none(config());
        auto r = await<QList<JsonValue>>([&](auto done) { none.commit(request, this, done); });
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(u"API key missing or rejected"));
    }
    {
        CommitClient wrong(config(u"k1-secret-valuX"_s));
        auto r = await<QList<JsonValue>>([&](auto done) { wrong.commit(request, this, done); });
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(u"HTTP 401"));
        QVERIFY(!r.error().message.contains(u"k1-secret"));
    }
    {
        CommitClient right(config(u"k2-other"_s));
        QVERIFY_RESULT(
            await<QList<JsonValue>>([&](auto done) { right.commit(request, this, done); }));
        // Reads stay open.
        QVERIFY_RESULT(await<void>([&](auto done) { right.health(this, done); }));
    }
}

void tst_CommitService::serverErrors()
{
    const quint16 port = m_server->port();
    RawReply r = rawPost(port, "/commit", QByteArray(2 << 20, 'x'));
    QCOMPARE(r.status, 413);
    r = rawPost(port, "/commit", "{not json");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body, QByteArray(R"({"error":"Invalid JSON body"})"));
    r = rawPost(port, "/commit", "{}", "text/plain");
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("requires Content-Type: application/json"));
    r = rawPost(port, "/commit", R"({"digests":[{"digestB64":"abc","hashAlg":"sha256"}]})");
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("canonical base64 of 32 bytes"));
    r = rawPost(
        port,
        "/commit",
        R"({"digests":[{"digestB64":"jYl9NHJP0VcRVh6OMEIU5VAGva6cu5kdrnPrlNr/RnU=","hashAlg":"md5"}]})");
    QCOMPARE(r.status, 400);
    r = rawPost(
        port,
        "/commit",
        R"({"digests":[{"digestB64":"jYl9NHJP0VcRVh6OMEIU5VAGva6cu5kdrnPrlNr/RnU=","hashAlg":"sha256"}],"chainId":""})");
    QCOMPARE(r.status, 400);
    r = rawPost(port, "/nowhere", "{}");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, QByteArray(R"({"error":"POST /nowhere not found"})"));
    // A failed request burns nothing: the next commit starts at counter 2.
    CommitClient client(config());
    auto ok = await<QList<JsonValue>>(
        [&](auto done) { client.commit(requestFor({"x"}), this, done); });
    QVERIFY_RESULT(ok);
    QCOMPARE(*ok->first().member(u"commit")->stringMember(u"counter"), u"2"_s);
}

void tst_CommitService::verifyEndpoint()
{
    CommitClient client(config());
    auto proofs = await<QList<JsonValue>>(
        [&](auto done) { client.commit(requestFor({"v"}), this, done); });
    QVERIFY_RESULT(proofs);
    JsonObject body;
    body.append(u"proof"_s, proofs->first());
    body.append(u"bytesB64"_s, Encoding::toBase64("v"));
    RawReply r = rawPost(m_server->port(), "/verify", Json::toPrettyJson(JsonValue(body), 0));
    QCOMPARE(r.status, 200);
    auto report = JsonParser::parse(r.body);
    QVERIFY_RESULT(report);
    QCOMPARE(*report->stringMember(u"verdict"), u"valid"_s);
    QCOMPARE(report->member(u"valid")->asBool(), true);
    body.insert(u"bytesB64"_s, Encoding::toBase64("w"));
    r = rawPost(m_server->port(), "/verify", Json::toPrettyJson(JsonValue(body), 0));
    report = JsonParser::parse(r.body);
    QCOMPARE(*report->stringMember(u"verdict"), u"invalid"_s);
    body.remove(u"bytesB64");
    r = rawPost(m_server->port(), "/verify", Json::toPrettyJson(JsonValue(body), 0));
    report = JsonParser::parse(r.body);
    QCOMPARE(report->member(u"proofOnly")->asBool(), true);
}

void tst_CommitService::concurrentClientsNeverShareACounter()
{
    QList<std::shared_ptr<CommitClient>> clients;
    for (int i = 0; i < 8; ++i)
        clients.append(std::make_shared<CommitClient>(config()));
    QSet<QString> counters;
    int answered = 0;
    for (int round = 0; round < 5; ++round) {
        for (int i = 0; i < clients.size(); ++i) {
            clients[i]->commit(requestFor({QByteArray::number(round * 100 + i)}),
                               this,
                               [&](Result<QList<JsonValue>> r) {
                                   ++answered;
                                   if (r)
                                       counters.insert(
                                           *r->first().member(u"commit")->stringMember(u"counter"));
                               });
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 40, 30'000);
    QCOMPARE(counters.size(), 40);
}

namespace {

QByteArray commitRequestText(const QByteArray &digestB64)
{
    const QByteArray body = R"({"digests":[{"digestB64":")" + digestB64
                            + R"(","hashAlg":"sha256"}]})";
    return "POST /commit HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
           "Content-Length: "
           + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Splits what a keep-alive connection received into (status, body) answers.
QList<RawReply> parseAnswers(QByteArray data)
{
    QList<RawReply> out;
    for (;;) {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            return out;
        const QByteArray head = data.left(end);
        const qsizetype at = head.toLower().indexOf("content-length:");
        const qsizetype length
            = at < 0 ? 0
                     : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        if (data.size() < end + 4 + length)
            return out;
        out.append({head.mid(9, 3).toInt(), data.mid(end + 4, length)});
        data.remove(0, end + 4 + length);
    }
}

} // namespace

void tst_CommitService::commitsArrivingTogetherAreOneGroup()
{
    // Five connections write before the server's event loop runs again: one of them pipelines
    // two commits and a malformed digest. Everything arrives together and is answered as one
    // group (one durable state write), each answer on its own connection and in order.
    const QByteArray good = Crypto::Sha256::hash("x").toBase64();
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 5; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket->waitForConnected(10'000));
        sockets.push_back(std::move(socket));
    }
    for (size_t i = 0; i < sockets.size(); ++i) {
        QByteArray text = commitRequestText(good);
        if (i == 0)
            text += commitRequestText("not-base64") + commitRequestText(good);
        sockets[i]->write(text);
        QVERIFY(sockets[i]->waitForBytesWritten(10'000));
    }
    QList<QByteArray> received(int(sockets.size()));
    auto answers = [&](size_t i) { return parseAnswers(received[int(i)]); };
    auto allAnswered = [&] {
        for (size_t i = 0; i < sockets.size(); ++i) {
            received[int(i)] += sockets[i]->readAll();
            if (answers(i).size() < (i == 0 ? 3 : 1))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allAnswered(), 30'000);

    int total = 0;
    for (int n : std::as_const(m_batchSizes))
        total += n;
    QCOMPARE(total, 7);
    QVERIFY2(*std::max_element(m_batchSizes.cbegin(), m_batchSizes.cend()) > 1,
             "requests that arrived together were answered one by one");

    // The malformed one is refused alone; the six others got six distinct counters 2..12.
    const QList<RawReply> first = answers(0);
    QCOMPARE(first[0].status, 200);
    QCOMPARE(first[1].status, 400);
    QVERIFY(first[1].body.contains("digestB64"));
    QCOMPARE(first[2].status, 200);
    QList<JsonValue> proofs;
    for (size_t i = 0; i < sockets.size(); ++i) {
        for (const RawReply &r : answers(i)) {
            if (r.status != 200)
                continue;
            auto parsed = JsonParser::parse(r.body);
            QVERIFY_RESULT(parsed);
            QVERIFY(parsed->isArray());
            proofs.append(parsed->asArray()->front());
        }
    }
    QCOMPARE(proofs.size(), 6);
    QSet<quint64> counters;
    for (const JsonValue &p : std::as_const(proofs)) {
        counters.insert(p.member(u"commit")->stringMember(u"counter")->toULongLong());
        VerifyOptions options;
        options.artifactDigest = Crypto::Sha256::hash("x");
        QCOMPARE(ProofVerifier::verify(p, options).verdict, Verdict::Valid);
    }
    QCOMPARE(counters, QSet<quint64>({2, 4, 6, 8, 10, 12}));
    // On one connection, answers keep the order of the requests.
    auto counterOf = [](const RawReply &r) {
        return JsonParser::parse(r.body)
            ->asArray()
            ->front()
            .member(u"commit")
            ->stringMember(u"counter")
            ->toULongLong();
    };
    QVERIFY(counterOf(first[0]) < counterOf(first[2]));
}

void tst_CommitService::malformedRequestAfterPipelinedCommits()
{
    // Two commits and then garbage in one write: the commits are made, so their answers must
    // arrive before the refusal closes the connection.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(10'000));
    const QByteArray good = Crypto::Sha256::hash("x").toBase64();
    socket.write(commitRequestText(good) + commitRequestText(good) + "NONSENSE\r\n\r\n");
    QVERIFY(socket.waitForBytesWritten(10'000));
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll(), parseAnswers(received).size() == 3),
                             30'000);
    const QList<RawReply> answers = parseAnswers(received);
    QCOMPARE(answers[0].status, 200);
    QCOMPARE(answers[1].status, 200);
    QCOMPARE(answers[2].status, 400);
}

void tst_CommitService::misbehavingServer_data()
{
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<QString>("reason");
    // clang-format off
    QTest::newRow("wrong digest")   << u"wrong digest"_s << u"is for other bytes"_s;
    QTest::newRow("swapped order")  << u"swapped"_s << u"is for other bytes"_s;
    QTest::newRow("short array")    << u"short"_s << u"returned 1 proofs for 2 digests"_s;
    QTest::newRow("not an array")   << u"object"_s << u"instead of a list of proofs"_s;
    QTest::newRow("bad signature")  << u"tampered"_s << u"does not verify (signature verification failed"_s;
    QTest::newRow("malformed JSON") << u"malformed"_s << u"malformed JSON"_s;
    QTest::newRow("server error")   << u"500"_s << u"HTTP 500: enclave exploded"_s;
    // clang-format on
}

void tst_CommitService::misbehavingServer()
{
    QFETCH(QString, behaviour);
    QFETCH(QString, reason);
    // A service that answers with real proofs from a real stub, then mangles them.
    auto signer = StubSigner::open(m_dir.filePath(u"evil-%1.json"_s.arg(behaviour)));
    QVERIFY_RESULT(signer);
    CommitService honest(*signer, {});
    HttpServer evil([&](const HttpRequest &request) {
        if (behaviour == u"500")
            return HttpResponse::error(500, u"enclave exploded"_s);
        if (behaviour == u"malformed") {
            HttpResponse r;
            r.body = "[{\"version\":";
            return r;
        }
        HttpRequest forwarded = request;
        if (behaviour == u"wrong digest") {
            forwarded.body.replace(Encoding::toBase64(digestOf("one")).toUtf8(),
                                   Encoding::toBase64(digestOf("evil")).toUtf8());
        }
        HttpResponse r = honest.handle(forwarded);
        JsonValue proofs = *JsonParser::parse(r.body);
        JsonArray &list = *proofs.asArray();
        if (behaviour == u"swapped")
            std::swap(list[0], list[1]);
        else if (behaviour == u"short")
            list.pop_back();
        else if (behaviour == u"object")
            proofs = list[0];
        else if (behaviour == u"tampered")
            list[1].asObject()->valueRef(u"commit")->asObject()->insert(u"counter"_s, u"999"_s);
        r.body = Json::toPrettyJson(proofs, 0);
        return r;
    });
    QVERIFY_RESULT(evil.listen(QHostAddress::LocalHost, 0));
    CommitClientConfig c;
    c.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(evil.port()));
    CommitClient client(c);
    auto r = await<QList<JsonValue>>([&](auto done) {
        client.commit(requestFor({"one", "two"}), this, done);
    });
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
}

void tst_CommitService::timeoutAndDroppedConnection()
{
    // A server that accepts and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    CommitClientConfig c;
    c.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
    c.timeoutMs = 400;
    {
        CommitClient client(c);
        auto r = await<QList<JsonValue>>(
            [&](auto done) { client.commit(requestFor({"t"}), this, done); });
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"did not answer within 0.4 s"),
                 qPrintable(r.error().message));
    }
    // A server that promises a body and hangs up half way.
    QTcpServer dropper;
    QVERIFY(dropper.listen(QHostAddress::LocalHost, 0));
    connect(&dropper, &QTcpServer::newConnection, this, [&dropper] {
        QTcpSocket *s = dropper.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s] {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                     "1000\r\n\r\n[{\"version\"");
            s->flush();
            s->disconnectFromHost();
        });
    });
    c.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(dropper.serverPort()));
    c.timeoutMs = 5'000;
    CommitClient client(c);
    auto r = await<QList<JsonValue>>(
        [&](auto done) { client.commit(requestFor({"d"}), this, done); });
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"closed the connection"), qPrintable(r.error().message));
}

void tst_CommitService::cancellation()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    CommitClientConfig c;
    c.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
    CommitClient client(c);
    QTimer::singleShot(100, &client, [&client] { client.cancelAll(); });
    QElapsedTimer timer;
    timer.start();
    auto r = await<QList<JsonValue>>(
        [&](auto done) { client.commit(requestFor({"c"}), this, done); });
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QVERIFY(timer.elapsed() < 5'000);
}

void tst_CommitService::getRetriesUntilTheServiceIsUp()
{
    const quint16 port = m_server->port();
    m_server->close();
    CommitClientConfig c;
    c.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    CommitClient client(c);
    // Comes back between the first and the second attempt.
    QTimer::singleShot(100, this, [&] {
        QVERIFY_RESULT(m_server->listen(QHostAddress::LocalHost, port));
    });
    QVERIFY_RESULT(await<void>([&](auto done) { client.health(this, done); }));
    // POST /commit is never retried: against a closed port it fails at once.
    m_server->close();
    bool back = false;
    QTimer::singleShot(100, this, [&] {
        back = true;
        QVERIFY_RESULT(m_server->listen(QHostAddress::LocalHost, port));
    });
    auto r = await<QList<JsonValue>>(
        [&](auto done) { client.commit(requestFor({"r"}), this, done); });
    // The timer refers to this frame: let it fire before the frame can be left.
    QTRY_VERIFY(back);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(u"connection refused"));
}

void tst_CommitService::refusedAndUnresolvable()
{
    CommitClientConfig c;
    c.endpoint = QUrl(u"http://does-not-exist.invalid"_s);
    c.getRetries = 0;
    CommitClient client(c);
    auto r = await<void>([&](auto done) { client.health(this, done); });
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"does-not-exist.invalid"), qPrintable(r.error().message));
}

void tst_CommitService::https()
{
    const OccTest::TestCa ca = OccTest::TestCa::make("localhost");
    const QString caFile = m_dir.filePath(u"ca.pem"_s);
    {
        QFile f(caFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ca.caCertPem);
    }
    auto signer = StubSigner::open(m_dir.filePath(u"tls-state.json"_s));
    QVERIFY_RESULT(signer);
    CommitService service(*signer, {});
    HttpServer server([&service](const HttpRequest &r) { return service.handle(r); });
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(QSslCertificate(ca.serverCertPem, QSsl::Pem));
    ssl.setPrivateKey(QSslKey(ca.serverKeyPem, QSsl::Ec, QSsl::Pem));
    server.setSslConfiguration(ssl);
    QVERIFY_RESULT(server.listen(QHostAddress::LocalHost, 0));

    CommitClientConfig c;
    c.endpoint = QUrl(u"https://localhost:%1"_s.arg(server.port()));
    c.getRetries = 0;
    c.timeoutMs = 10'000;
    {
        // Unknown CA: refused.
        CommitClient client(c);
        auto r = await<void>([&](auto done) { client.health(this, done); });
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"TLS failure"), qPrintable(r.error().message));
    }
    c.extraCaFile = caFile;
    {
        CommitClient client(c);
        QVERIFY_RESULT(await<void>([&](auto done) { client.health(this, done); }));
        QVERIFY_RESULT(await<QList<JsonValue>>(
            [&](auto done) { client.commit(requestFor({"tls"}), this, done); }));
    }
    {
        // Right CA, wrong name: the certificate is for localhost, not 127.0.0.1.
        c.endpoint = QUrl(u"https://127.0.0.1:%1"_s.arg(server.port()));
        CommitClient client(c);
        auto r = await<void>([&](auto done) { client.health(this, done); });
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"TLS failure"), qPrintable(r.error().message));
    }
}

void tst_CommitService::measurementPinRefusesOtherSigners()
{
    TrustProfile profile;
    profile.allowedMeasurements = {
        u"66ad1bb2d201f9d2f57072864e344dd5d7fed65c26c9e14692cad2bb1132bdd03f1584033d692286047fd7b55edd7c9b"_s};
    CommitClientConfig c = config();
    c.profile = &profile;
    CommitClient client(c);
    auto r = await<QList<JsonValue>>(
        [&](auto done) { client.commit(requestFor({"pin"}), this, done); });
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"is not in the allowed set"),
             qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(tst_CommitService)
#include "tst_commitservice.moc"
