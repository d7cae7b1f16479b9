// Signature V4 against AWS's published worked examples (S3 API reference, "Examples: Signature
// Calculations in AWS Signature Version 4", header-based authentication): the expected values
// below are AWS's, not ours. The remaining cases check the canonical form's rules (encoding of
// odd characters in keys, sorting of the query, header values, temporary credentials).

#include "model/remote/SigV4.h"

#include <QtTest>

using namespace wfs::remote;

namespace {

const Credentials example{"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", {}};
const QDateTime exampleTime(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC);
const QByteArray host = "examplebucket.s3.amazonaws.com";

HttpRequest request(const QByteArray &method, const QByteArray &path, Pairs query = {}, Pairs headers = {},
                    const QByteArray &body = {})
{
    HttpRequest r;
    r.method = method;
    r.path = path;
    r.query = std::move(query);
    r.headers = {{"Host", host}};
    r.headers.insert(r.headers.end(), headers.begin(), headers.end());
    r.payloadSha256 = sigv4::sha256Hex(body);
    return r;
}

QByteArray signature(const HttpRequest &signedRequest)
{
    const QByteArray auth = signedRequest.header("authorization");
    return auth.mid(auth.indexOf("Signature=") + 10);
}

} // namespace

class TestSigV4 : public QObject
{
    Q_OBJECT

private slots:
    void getObjectWithRange()
    {
        HttpRequest r = request("GET", "/test.txt", {}, {{"Range", "bytes=0-9"}});
        QCOMPARE(r.payloadSha256, sigv4::emptySha256);
        sigv4::sign(r, example, "us-east-1", exampleTime);
        // Step by step as the documentation shows it.
        QCOMPARE(sigv4::canonicalRequest(r), QByteArray("GET\n/test.txt\n\n"
                                                        "host:examplebucket.s3.amazonaws.com\n"
                                                        "range:bytes=0-9\n"
                                                        "x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                                                        "x-amz-date:20130524T000000Z\n\n"
                                                        "host;range;x-amz-content-sha256;x-amz-date\n"
                                                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sigv4::stringToSign(sigv4::canonicalRequest(r), "20130524T000000Z", "us-east-1"),
                 QByteArray("AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n"
                            "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972"));
        QCOMPARE(r.header("authorization"),
                 QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                            "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
                            "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    }

    void putObjectWithBodyAndDollarInKey()
    {
        HttpRequest r = request("PUT", "/test$file.text", {},
                                {{"Date", "Fri, 24 May 2013 00:00:00 GMT"}, {"x-amz-storage-class", "REDUCED_REDUNDANCY"}},
                                "Welcome to Amazon S3.");
        QCOMPARE(r.payloadSha256, QByteArray("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072"));
        sigv4::sign(r, example, "us-east-1", exampleTime);
        QVERIFY(sigv4::canonicalRequest(r).startsWith("PUT\n/test%24file.text\n\n"));
        QCOMPARE(sigv4::stringToSign(sigv4::canonicalRequest(r), "20130524T000000Z", "us-east-1").right(64),
                 QByteArray("9e0e90d9c76de8fa5b200d8c849cd5b8dc7a3be3951ddb7f6a76b4158342019d"));
        QCOMPARE(r.header("authorization"),
                 QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                            "SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,"
                            "Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd"));
        QCOMPARE(sigv4::encodedTarget(r), QByteArray("/test%24file.text"));
    }

    void getBucketLifecycleQueryWithoutValue()
    {
        HttpRequest r = request("GET", "/", {{"lifecycle", ""}});
        sigv4::sign(r, example, "us-east-1", exampleTime);
        QCOMPARE(sigv4::canonicalQuery(r.query), QByteArray("lifecycle="));
        QCOMPARE(sigv4::stringToSign(sigv4::canonicalRequest(r), "20130524T000000Z", "us-east-1").right(64),
                 QByteArray("9766c798316ff2757b517bc739a67f6213b4ab36dd5da2f94eaebf79c77395ca"));
        QCOMPARE(signature(r), QByteArray("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543"));
    }

    void listObjectsQuerySorted()
    {
        // Given out of order: the signer sorts.
        HttpRequest r = request("GET", "/", {{"prefix", "J"}, {"max-keys", "2"}});
        sigv4::sign(r, example, "us-east-1", exampleTime);
        QCOMPARE(sigv4::encodedTarget(r), QByteArray("/?max-keys=2&prefix=J"));
        QCOMPARE(signature(r), QByteArray("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7"));
    }

    void oddCharactersInKeys_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("inPath");
        QTest::addColumn<QByteArray>("inQuery");
        QTest::newRow("unreserved") << QByteArray("AZaz09-_.~") << QByteArray("AZaz09-_.~") << QByteArray("AZaz09-_.~");
        QTest::newRow("space is %20, never +") << QByteArray("a b") << QByteArray("a%20b") << QByteArray("a%20b");
        QTest::newRow("plus") << QByteArray("a+b") << QByteArray("a%2Bb") << QByteArray("a%2Bb");
        QTest::newRow("slash kept in a path only") << QByteArray("a/b") << QByteArray("a/b") << QByteArray("a%2Fb");
        QTest::newRow("percent") << QByteArray("100%") << QByteArray("100%25") << QByteArray("100%25");
        QTest::newRow("sub-delims") << QByteArray("!'()*$&=,;:@") << QByteArray("%21%27%28%29%2A%24%26%3D%2C%3B%3A%40")
                                    << QByteArray("%21%27%28%29%2A%24%26%3D%2C%3B%3A%40");
        QTest::newRow("utf-8 bytes, upper-case hex") << QByteArray("ключ é") << QByteArray("%D0%BA%D0%BB%D1%8E%D1%87%20%C3%A9")
                                                     << QByteArray("%D0%BA%D0%BB%D1%8E%D1%87%20%C3%A9");
        QTest::newRow("control and high bytes") << QByteArray("\x01\x7f\xff", 3) << QByteArray("%01%7F%FF")
                                                << QByteArray("%01%7F%FF");
    }

    void oddCharactersInKeys()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, inPath);
        QFETCH(QByteArray, inQuery);
        QCOMPARE(sigv4::uriEncode(raw, false), inPath);
        QCOMPARE(sigv4::uriEncode(raw, true), inQuery);
        // The key is signed and sent in the same encoded form.
        HttpRequest r = request("GET", "/bucket/" + raw);
        sigv4::sign(r, example, "us-east-1", exampleTime);
        QCOMPARE(sigv4::canonicalRequest(r).split('\n').at(1), "/bucket/" + inPath);
        QCOMPARE(sigv4::encodedTarget(r), "/bucket/" + inPath);
    }

    void querySortsByEncodedNameThenValue()
    {
        const Pairs query{{"uploadId", "a/b+c=="}, {"partNumber", "2"}, {"list-type", "2"}, {"prefix", "x y"},
                          {"b", "2"}, {"b", "1"}, {"uploads", ""}, {"continuation-token", "1/+="}};
        QCOMPARE(sigv4::canonicalQuery(query),
                 QByteArray("b=1&b=2&continuation-token=1%2F%2B%3D&list-type=2&partNumber=2&prefix=x%20y"
                            "&uploadId=a%2Fb%2Bc%3D%3D&uploads="));
        // Upper-case letters sort before lower-case ones (byte order), as the canonical form asks.
        QCOMPARE(sigv4::canonicalQuery({{"a", "1"}, {"B", "2"}, {"A", "3"}}), QByteArray("A=3&B=2&a=1"));
    }

    void headerValuesTrimmedAndNamesLowered()
    {
        HttpRequest r = request("GET", "/k", {}, {{"X-Amz-Meta-Note", "  two   spaces  "}, {"x-amz-meta-note", "b"}});
        sigv4::sign(r, example, "us-east-1", exampleTime);
        const QByteArray canonical = sigv4::canonicalRequest(r);
        QVERIFY2(canonical.contains("\nx-amz-meta-note:two spaces,b\n"), canonical.constData());
        QVERIFY(r.header("authorization").contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-meta-note,"));
    }

    void sessionTokenIsSentAndSigned()
    {
        Credentials temporary = example;
        temporary.sessionToken = "token/with+chars=";
        HttpRequest plain = request("GET", "/k");
        HttpRequest withToken = request("GET", "/k");
        sigv4::sign(plain, example, "us-east-1", exampleTime);
        sigv4::sign(withToken, temporary, "us-east-1", exampleTime);
        QCOMPARE(withToken.header("x-amz-security-token"), temporary.sessionToken);
        QVERIFY(withToken.header("authorization").contains(";x-amz-security-token,"));
        QVERIFY(signature(plain) != signature(withToken));
    }

    void signatureDependsOnRegionBodyAndTime()
    {
        auto sig = [](const QByteArray &region, const QByteArray &body, const QDateTime &t) {
            HttpRequest r = request("PUT", "/k", {}, {}, body);
            sigv4::sign(r, example, region, t);
            return signature(r);
        };
        const QByteArray base = sig("us-east-1", "x", exampleTime);
        QCOMPARE(base.size(), 64);
        QVERIFY(base != sig("eu-west-1", "x", exampleTime));
        QVERIFY(base != sig("us-east-1", "y", exampleTime));
        QVERIFY(base != sig("us-east-1", "x", exampleTime.addSecs(1)));
        QCOMPARE(sig("us-east-1", "x", exampleTime), base);
    }

    void secretNeverInHeaders()
    {
        HttpRequest r = request("GET", "/k");
        sigv4::sign(r, example, "us-east-1", exampleTime);
        for (const auto &[name, value] : r.headers)
            QVERIFY2(!value.contains(example.secretAccessKey), name.constData());
    }
};

QTEST_APPLESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
