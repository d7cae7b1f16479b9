// The S3 client tries a request again when the server answered 5xx or did not answer, with
// growing pauses, and gives up after a few tries with the last status; a 4xx is not retried.
// The server here is a real HTTP server on 127.0.0.1 (a thread of this test) that fails the
// first N requests as told.

#include "model/remote/CurlEngine.h"
#include "model/remote/S3Store.h"

#include <QElapsedTimer>
#include <QtTest>

#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace wfs::remote;
using namespace Qt::StringLiterals;

namespace {

// Answers each request on its own connection: `failures` times with `failStatus` (or by closing
// the connection without a word when failStatus is 0), then 200 with "hello".
class FlakyServer
{
public:
    FlakyServer(int failures, int failStatus) : m_failures(failures), m_failStatus(failStatus)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 && ::listen(m_fd, 16) == 0
            && ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
            m_port = ntohs(addr.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~FlakyServer()
    {
        m_stop = true;
        ::shutdown(m_fd, SHUT_RDWR);
        ::close(m_fd);
        m_thread.join();
    }
    QString endpoint() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }
    int requests() const { return m_requests; }

private:
    void serve()
    {
        while (!m_stop) {
            const int c = ::accept(m_fd, nullptr, nullptr);
            if (c < 0)
                return;
            QByteArray request;
            char buf[4096];
            while (!request.contains("\r\n\r\n")) {
                const ssize_t n = ::read(c, buf, sizeof buf);
                if (n <= 0)
                    break;
                request.append(buf, n);
            }
            const int n = ++m_requests;
            QByteArray reply;
            if (n > m_failures)
                reply = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello";
            else if (m_failStatus != 0)
                reply = "HTTP/1.1 " + QByteArray::number(m_failStatus)
                        + " Failing\r\nContent-Type: application/xml\r\nContent-Length: 61\r\nConnection: close\r\n\r\n"
                          "<Error><Code>SlowDown</Code><Message>busy</Message></Error>\n\n";
            if (!reply.isEmpty() && ::write(c, reply.constData(), size_t(reply.size())) < 0)
                qWarning("write failed");
            ::close(c);
        }
    }

    int m_failures;
    int m_failStatus;
    int m_fd = -1;
    int m_port = 0;
    std::atomic<int> m_requests{0};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

S3Store storeAt(const QString &endpoint)
{
    return S3Store(RemoteSpec{u"team"_s, u"s3://bkt"_s, endpoint, {}, true}, Access{{"KEY", "SECRET", {}}, "us-east-1"});
}

QString errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const RemoteError &e) {
        return e.message() + u" [%1]"_s.arg(e.httpStatus());
    }
    return u"no error"_s;
}

} // namespace

class TestS3Retry : public QObject
{
    Q_OBJECT

private slots:
    void serverErrorsAreRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("503") << 503;
        QTest::newRow("500") << 500;
        QTest::newRow("connection dropped") << 0;
    }
    void serverErrorsAreRetried()
    {
        QFETCH(int, status);
        FlakyServer server(2, status);
        S3Store store = storeAt(server.endpoint());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(store.get(u"a.txt"_s), QByteArray("hello"));
        QCOMPARE(server.requests(), 3);
        QVERIFY(timer.elapsed() >= 200 + 400); // backed off before each retry
    }

    void givesUpWithTheLastStatus()
    {
        FlakyServer server(1000, 503);
        S3Store store = storeAt(server.endpoint());
        const QString error = errorOf([&] { store.get(u"a.txt"_s); });
        QCOMPARE(error, u"remote team: GET a.txt: HTTP 503 SlowDown [503]"_s);
        QCOMPARE(server.requests(), 1 + CurlEngine::maxRetries);
    }

    void clientErrorsAreNot()
    {
        FlakyServer server(1000, 403);
        S3Store store = storeAt(server.endpoint());
        const QString error = errorOf([&] { store.get(u"a.txt"_s); });
        QVERIFY2(error.endsWith(u"HTTP 403 SlowDown [403]"_s), qPrintable(error));
        QCOMPARE(server.requests(), 1);
    }
};

QTEST_GUILESS_MAIN(TestS3Retry)
#include "tst_s3retry.moc"
