#pragma once

#include <QByteArray>
#include <QString>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

using CURLM = void;

namespace wfs::remote {

// One HTTP exchange. The body comes from `body` or from a range of the file `bodyFd`, read as it
// is sent; a successful response goes to `sinkFd` when set, else into `response`. An error
// response (status >= 300) is kept, bounded, in `response` for its S3 error code.
struct CurlCall
{
    QByteArray method = "GET";
    QByteArray url;
    std::vector<QByteArray> headers; // "Name: value"
    QByteArray body;
    int bodyFd = -1;
    qint64 bodyOffset = 0;
    qint64 bodyLength = 0;
    int sinkFd = -1;

    // Runs just before the call starts (signing, hashing a file part), so that queued calls hold
    // no data; throws to fail the batch.
    std::function<void(CurlCall &)> prepare;
    // Runs when the call finished, successful or not; may add more calls; throws to fail the batch.
    std::function<void(CurlCall &)> done;

    long status = 0;
    QString transportError; // set when no HTTP answer came
    QByteArray response;
    QByteArray etag;

    // Engine bookkeeping.
    int attempt = 0;     // retries so far (5xx answers and connections that failed)
    qint64 readyAtMs = 0; // a retry waits until then
    qint64 sent = 0;
    int sinkError = 0; // errno of a failed write into sinkFd
    void *easy = nullptr;
    void *headerList = nullptr;
};

// Runs calls on one libcurl multi handle: up to `parallel` at once, connections kept alive
// between calls, bodies streamed in both directions. A call that got a 5xx answer or no answer
// is tried again up to `maxRetries` times, after 0.2, 0.4, 0.8 s (and a little jitter, so that
// clients do not come back in step); the others go on meanwhile.
class CurlEngine
{
public:
    explicit CurlEngine(int parallel);
    ~CurlEngine();
    CurlEngine(const CurlEngine &) = delete;
    CurlEngine &operator=(const CurlEngine &) = delete;

    static constexpr int maxRetries = 3;

    void add(std::unique_ptr<CurlCall> call);
    // Until every call (and those their callbacks added) finished. The first exception thrown by
    // a callback stops the rest and is rethrown here.
    void run();

private:
    void start(std::unique_ptr<CurlCall> call);
    void finish(CurlCall *call, int curlCode);
    void abortAll();
    bool retry(std::unique_ptr<CurlCall> &call, int curlCode);

    CURLM *m_multi = nullptr;
    int m_parallel;
    std::deque<std::unique_ptr<CurlCall>> m_queue;
    std::vector<std::unique_ptr<CurlCall>> m_running;
    std::vector<std::unique_ptr<CurlCall>> m_waiting; // retries, until their time
};

} // namespace wfs::remote
