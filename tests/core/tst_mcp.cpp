// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "testdata.h"

#include "core/bundle.h"
#include "core/canonicaljson.h"
#include "core/jsonparser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Occ;
using namespace Qt::StringLiterals;

namespace {

// A line-oriented MCP client over a child process's stdio.
class StdioSession
{
public:
    explicit StdioSession(const QStringList &args)
    {
        m_process.start(QString::fromUtf8(OCC_CLI_PATH), QStringList{u"mcp"_s} + args);
    }
    ~StdioSession()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10'000))
            m_process.kill();
    }
    bool started() { return m_process.waitForStarted(10'000); }

    /** Sends a raw line; returns the next response line parsed (or null on timeout). */
    JsonValue exchange(const QByteArray &line)
    {
        m_process.write(line + '\n');
        return readResponse();
    }
    void send(const QByteArray &line) { m_process.write(line + '\n'); }
    JsonValue readResponse()
    {
        while (!m_buffer.contains('\n')) {
            if (!m_process.waitForReadyRead(30'000))
                return JsonValue();
            m_buffer += m_process.readAllStandardOutput();
        }
        const qsizetype nl = m_buffer.indexOf('\n');
        const QByteArray line = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        auto v = JsonParser::parse(line);
        return v ? *v : JsonValue(u"<not JSON: "_s + QString::fromUtf8(line) + u">"_s);
    }
    QByteArray pendingStdout()
    {
        m_process.waitForReadyRead(300);
        return m_buffer + m_process.readAllStandardOutput();
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_buffer;
};

QByteArray request(int id, const QString &method, const JsonValue &params = JsonValue())
{
    JsonObject o;
    o.append(u"jsonrpc"_s, u"2.0"_s);
    o.append(u"id"_s, id);
    o.append(u"method"_s, method);
    if (!params.isNull())
        o.append(u"params"_s, params);
    return Json::toPrettyJson(JsonValue(o), 0);
}

JsonValue callParams(const QString &tool, const JsonObject &arguments)
{
    JsonObject p;
    p.append(u"name"_s, tool);
    p.append(u"arguments"_s, JsonValue(arguments));
    return JsonValue(p);
}

JsonValue initializeParams(const QString &version)
{
    JsonObject info;
    info.append(u"name"_s, u"tst_mcp"_s);
    info.append(u"version"_s, u"1"_s);
    JsonObject p;
    p.append(u"protocolVersion"_s, version);
    p.append(u"capabilities"_s, JsonValue(JsonObject()));
    p.append(u"clientInfo"_s, JsonValue(info));
    return JsonValue(p);
}

int errorCode(const JsonValue &response)
{
    const JsonValue *e = response.member(u"error");
    return e && e->member(u"code") ? int(*e->member(u"code")->asNumber()) : 0;
}

} // namespace

class tst_Mcp : public QObject
{
    Q_OBJECT

private slots:
    void stdioSession();
    void protocolErrors();
    void versionNegotiation_data();
    void versionNegotiation();
    void httpTransport();
    void demo();
};

void tst_Mcp::stdioSession()
{
    QTemporaryDir dir;
    StdioSession s({u"--state"_s, dir.filePath(u"state.json"_s)});
    QVERIFY(s.started());
    JsonValue r = s.exchange(request(1, u"initialize"_s, initializeParams(u"2025-06-18"_s)));
    QCOMPARE(*r.member(u"result")->stringMember(u"protocolVersion"), u"2025-06-18"_s);
    QVERIFY(r.member(u"result")->member(u"capabilities")->member(u"tools"));
    s.send(R"({"jsonrpc":"2.0","method":"notifications/initialized"})");
    r = s.exchange(request(2, u"ping"_s));
    QCOMPARE(*r.member(u"id")->asNumber(), 2.0); // the notification got no answer
    QVERIFY(r.member(u"result")->isObject());

    r = s.exchange(request(3, u"tools/list"_s));
    QStringList names;
    for (const JsonValue &t : *r.member(u"result")->member(u"tools")->asArray()) {
        names.append(*t.stringMember(u"name"));
        QCOMPARE(*t.member(u"inputSchema")->stringMember(u"type"), u"object"_s);
    }
    QCOMPARE(names,
             (QStringList{u"commit_text"_s,
                          u"commit_file"_s,
                          u"verify_proof"_s,
                          u"inspect_proof"_s}));

    // commit_text, with a bundle.
    JsonObject args;
    args.append(u"text"_s, u"an agent wrote this"_s);
    args.append(u"name"_s, u"Claude"_s);
    args.append(u"outputDir"_s, dir.filePath(u"out"_s));
    r = s.exchange(request(4, u"tools/call"_s, callParams(u"commit_text"_s, args)));
    const JsonValue *result = r.member(u"result");
    QVERIFY2(result && result->member(u"isError")->asBool() == false,
             Json::canonicalize(r).constData());
    const JsonValue proof = *result->member(u"structuredContent")->member(u"proof");
    QCOMPARE(*proof.member(u"attribution")->stringMember(u"name"), u"Claude"_s);
    const QString bundle = *result->member(u"structuredContent")->stringMember(u"bundlePath");
    QVERIFY(bundle.startsWith(dir.filePath(u"out"_s)));
    QVERIFY_RESULT(Bundle::read(bundle));

    // verify_proof: the same verdicts as occ verify.
    JsonObject verify;
    verify.append(u"proof"_s, proof);
    verify.append(u"text"_s, u"an agent wrote this"_s);
    r = s.exchange(request(5, u"tools/call"_s, callParams(u"verify_proof"_s, verify)));
    QCOMPARE(*r.member(u"result")->member(u"structuredContent")->stringMember(u"verdict"),
             u"valid"_s);
    verify.insert(u"text"_s, u"an agent wrote THIS"_s);
    r = s.exchange(request(6, u"tools/call"_s, callParams(u"verify_proof"_s, verify)));
    QCOMPARE(*r.member(u"result")->member(u"structuredContent")->stringMember(u"verdict"),
             u"invalid"_s);
    QCOMPARE(*r.member(u"result")->member(u"structuredContent")->stringMember(u"reason"),
             u"artifact digest mismatch: the provided bytes do not match the committed digest"_s);
    // As JSON text, with a trust profile pinning the signer: trusted.
    JsonObject pinned;
    pinned.append(u"proof"_s, QString::fromUtf8(Json::toPrettyJson(proof)));
    pinned.append(u"text"_s, u"an agent wrote this"_s);
    JsonObject policy;
    policy.append(u"allowedPublicKeys"_s,
                  JsonValue(JsonArray{*proof.member(u"signer")->member(u"publicKeyB64")}));
    pinned.append(u"policy"_s, JsonValue(policy));
    r = s.exchange(request(7, u"tools/call"_s, callParams(u"verify_proof"_s, pinned)));
    QCOMPARE(*r.member(u"result")->member(u"structuredContent")->stringMember(u"verdict"),
             u"trusted"_s);
    // A bundle.
    JsonObject byBundle;
    byBundle.append(u"bundlePath"_s, bundle);
    r = s.exchange(request(8, u"tools/call"_s, callParams(u"verify_proof"_s, byBundle)));
    QCOMPARE(*r.member(u"result")->member(u"structuredContent")->stringMember(u"verdict"),
             u"valid"_s);

    // commit_file writes <file>.proof.zip in the folder asked for.
    const QString file = dir.filePath(u"report.csv"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b\n1,2\n");
    }
    JsonObject cf;
    cf.append(u"path"_s, file);
    cf.append(u"outputDir"_s, dir.filePath(u"bundles"_s));
    r = s.exchange(request(9, u"tools/call"_s, callParams(u"commit_file"_s, cf)));
    QCOMPARE(*r.member(u"result")->member(u"structuredContent")->stringMember(u"bundlePath"),
             dir.filePath(u"bundles/report.csv.proof.zip"_s));

    // inspect_proof.
    JsonObject inspect;
    inspect.append(u"proof"_s, proof);
    r = s.exchange(request(10, u"tools/call"_s, callParams(u"inspect_proof"_s, inspect)));
    bool sawSignature = false;
    for (const JsonValue &f :
         *r.member(u"result")->member(u"structuredContent")->member(u"fields")->asArray()) {
        if (*f.stringMember(u"path") == u"signer.signatureB64")
            sawSignature = *f.stringMember(u"tier") == u"self-authenticating";
    }
    QVERIFY(sawSignature);

    // Tool errors are results, not crashes.
    JsonObject missing;
    missing.append(u"path"_s, dir.filePath(u"nope.txt"_s));
    r = s.exchange(request(11, u"tools/call"_s, callParams(u"commit_file"_s, missing)));
    QCOMPARE(r.member(u"result")->member(u"isError")->asBool(), true);
    JsonObject extra;
    extra.append(u"text"_s, u"x"_s);
    extra.append(u"colour"_s, u"blue"_s);
    r = s.exchange(request(12, u"tools/call"_s, callParams(u"commit_text"_s, extra)));
    QCOMPARE(r.member(u"result")->member(u"isError")->asBool(), true);
    JsonObject badProof;
    badProof.append(u"proof"_s, u"{\"a\":1,\"a\":2}"_s);
    r = s.exchange(request(13, u"tools/call"_s, callParams(u"inspect_proof"_s, badProof)));
    QCOMPARE(r.member(u"result")->member(u"isError")->asBool(), true);

    // Nothing but protocol messages on stdout: every line parsed as JSON above.
    QVERIFY(s.pendingStdout().isEmpty());
}

void tst_Mcp::protocolErrors()
{
    QTemporaryDir dir;
    StdioSession s({u"--state"_s, dir.filePath(u"state.json"_s)});
    QVERIFY(s.started());
    QCOMPARE(errorCode(s.exchange("{not json")), -32700);
    QCOMPARE(errorCode(s.exchange(R"({"jsonrpc":"1.0","id":1,"method":"ping"})")), -32600);
    QCOMPARE(errorCode(s.exchange(R"({"jsonrpc":"2.0","id":2})")), -32600);
    QCOMPARE(errorCode(s.exchange(R"({"jsonrpc":"2.0","id":3,"method":"resources/list"})")), -32601);
    QCOMPARE(errorCode(s.exchange(
                 R"({"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"rm_rf"}})")),
             -32602);
    QCOMPARE(
        errorCode(s.exchange(
            R"({"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"commit_text","arguments":[1]}})")),
        -32602);
    QCOMPARE(errorCode(s.exchange(R"({"jsonrpc":"2.0","id":6,"method":"tools/call","params":[]})")),
             -32602);
    // A batch (2025-03-26) gets an array back, in order.
    const JsonValue batch = s.exchange(
        R"([{"jsonrpc":"2.0","id":7,"method":"ping"},{"jsonrpc":"2.0","id":8,"method":"nope"}])");
    QVERIFY(batch.isArray());
    QCOMPARE(batch.asArray()->size(), size_t(2));
    QCOMPARE(errorCode((*batch.asArray())[1]), -32601);
    // Still alive.
    QVERIFY(s.exchange(request(9, u"ping"_s)).member(u"result"));
}

void tst_Mcp::versionNegotiation_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("answered");
    QTest::newRow("2025-06-18") << u"2025-06-18"_s << u"2025-06-18"_s;
    QTest::newRow("2025-03-26") << u"2025-03-26"_s << u"2025-03-26"_s;
    QTest::newRow("2024-11-05") << u"2024-11-05"_s << u"2024-11-05"_s;
    QTest::newRow("future") << u"2099-01-01"_s << u"2025-06-18"_s;
}

void tst_Mcp::versionNegotiation()
{
    QFETCH(QString, asked);
    QFETCH(QString, answered);
    QTemporaryDir dir;
    StdioSession s({u"--state"_s, dir.filePath(u"state.json"_s)});
    QVERIFY(s.started());
    const JsonValue r = s.exchange(request(1, u"initialize"_s, initializeParams(asked)));
    QCOMPARE(*r.member(u"result")->stringMember(u"protocolVersion"), answered);
}

void tst_Mcp::httpTransport()
{
    QTemporaryDir dir;
    QProcess server;
    server.start(QString::fromUtf8(OCC_CLI_PATH),
                 {u"mcp"_s,
                  u"--http"_s,
                  u"--port"_s,
                  u"0"_s,
                  u"--state"_s,
                  dir.filePath(u"state.json"_s)});
    QVERIFY(server.waitForStarted());
    QByteArray banner;
    QVERIFY(QTest::qWaitFor(
        [&] {
            server.waitForReadyRead(100);
            banner += server.readAllStandardError();
            return banner.contains("/mcp");
        },
        20'000));
    const qsizetype at = banner.indexOf("http://");
    const QUrl url(QString::fromLatin1(banner.mid(at).split(' ').first()));
    QNetworkAccessManager nam;
    auto post = [&](const QByteArray &body,
                    const QByteArray &session,
                    int *status,
                    QByteArray *sessionOut = nullptr) {
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Accept", "application/json, text/event-stream");
        if (!session.isEmpty())
            req.setRawHeader("Mcp-Session-Id", session);
        QNetworkReply *reply = nam.post(req, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30'000))
            reply->abort();
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (sessionOut)
            *sessionOut = reply->rawHeader("Mcp-Session-Id");
        const QByteArray data = reply->readAll();
        reply->deleteLater();
        auto v = JsonParser::parse(data);
        return v ? *v : JsonValue();
    };
    int status = 0;
    QByteArray session;
    JsonValue r = post(request(1, u"initialize"_s, initializeParams(u"2025-03-26"_s)),
                       {},
                       &status,
                       &session);
    QCOMPARE(status, 200);
    QVERIFY(!session.isEmpty());
    QCOMPARE(*r.member(u"result")->stringMember(u"protocolVersion"), u"2025-03-26"_s);
    post(R"({"jsonrpc":"2.0","method":"notifications/initialized"})", session, &status);
    QCOMPARE(status, 202);
    JsonObject args;
    args.append(u"text"_s, u"over http"_s);
    r = post(request(2, u"tools/call"_s, callParams(u"commit_text"_s, args)), session, &status);
    QCOMPARE(status, 200);
    QCOMPARE(r.member(u"result")->member(u"isError")->asBool(), false);
    // Without the session: refused.
    post(request(3, u"tools/list"_s), {}, &status);
    QCOMPARE(status, 400);
    post(request(4, u"tools/list"_s), "not-a-session", &status);
    QCOMPARE(status, 400);
    server.terminate();
    QVERIFY(server.waitForFinished(10'000));
}

void tst_Mcp::demo()
{
    QProcess p;
    p.start(QString::fromUtf8(OCC_CLI_PATH), {u"demo"_s});
    QVERIFY(p.waitForFinished(60'000));
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(p.exitCode() == 0, QByteArray(out + p.readAllStandardError()).constData());
    for (const char *expected : {"Started the commit service",
                                 "GET /health",
                                 "POST /commit",
                                 "Verified the original bytes: VALID",
                                 "Changed one byte of the sample: verification fails",
                                 "Edited the proof's counter: verification fails",
                                 "Done: 8 steps passed."})
        QVERIFY2(out.contains(expected), expected);
    QCOMPARE(out.count("✓"), 8);
}

QTEST_GUILESS_MAIN(tst_Mcp)
#include "tst_mcp.moc"
