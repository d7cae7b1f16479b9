#include "model/remote/CurlEngine.h"

#include "model/versions/FileIo.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QThread>
#include <curl/curl.h>

#include <algorithm>
#include <cerrno>
#include <mutex>
#include <unistd.h>

namespace wfs::remote {

namespace {

constexpr qsizetype maxErrorBody = 64 * 1024;

size_t readBody(char *buffer, size_t size, size_t count, void *user)
{
    auto *call = static_cast<CurlCall *>(user);
    const qint64 total = call->bodyFd >= 0 ? call->bodyLength : call->body.size();
    const qint64 n = std::min<qint64>(qint64(size * count), total - call->sent);
    if (n <= 0)
        return 0;
    if (call->bodyFd < 0) {
        std::copy_n(call->body.constData() + call->sent, n, buffer);
    } else {
        ssize_t got;
        do
            got = ::pread(call->bodyFd, buffer, std::size_t(n), call->bodyOffset + call->sent);
        while (got < 0 && errno == EINTR);
        if (got <= 0)
            return CURL_READFUNC_ABORT;
        call->sent += got;
        return size_t(got);
    }
    call->sent += n;
    return size_t(n);
}

size_t writeResponse(char *data, size_t size, size_t count, void *user)
{
    auto *call = static_cast<CurlCall *>(user);
    const size_t n = size * count;
    long status = 0;
    curl_easy_getinfo(static_cast<CURL *>(call->easy), CURLINFO_RESPONSE_CODE, &status);
    if (status >= 300 || call->sinkFd < 0) {
        if (status >= 300 && call->response.size() > maxErrorBody)
            return n;
        call->response.append(data, qsizetype(n));
        return n;
    }
    size_t done = 0;
    while (done < n) {
        const ssize_t w = ::write(call->sinkFd, data + done, n - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            call->sinkError = w < 0 ? errno : ENOSPC;
            return 0;
        }
        done += size_t(w);
    }
    return n;
}

size_t readHeader(char *data, size_t size, size_t count, void *user)
{
    auto *call = static_cast<CurlCall *>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.toLower().startsWith("etag:"))
        call->etag = line.mid(5).trimmed();
    return size * count;
}

} // namespace

CurlEngine::CurlEngine(int parallel) : m_parallel(std::max(1, parallel))
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, long(m_parallel));
}

CurlEngine::~CurlEngine()
{
    abortAll();
    curl_multi_cleanup(m_multi);
}

void CurlEngine::add(std::unique_ptr<CurlCall> call)
{
    m_queue.push_back(std::move(call));
}

void CurlEngine::start(std::unique_ptr<CurlCall> call)
{
    if (call->prepare)
        call->prepare(*call);
    CURL *easy = curl_easy_init();
    call->easy = easy;
    curl_easy_setopt(easy, CURLOPT_URL, call->url.constData());
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT, 20L);
    // A stalled transfer fails instead of hanging: under 1 KB/s for a minute.
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_LIMIT, 1024L);
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_TIME, 60L);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, writeResponse);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, call.get());
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, readHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, call.get());
    curl_easy_setopt(easy, CURLOPT_PRIVATE, call.get());
    const qint64 length = call->bodyFd >= 0 ? call->bodyLength : call->body.size();
    if (call->method == "PUT") {
        curl_easy_setopt(easy, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(easy, CURLOPT_INFILESIZE_LARGE, curl_off_t(length));
    } else if (call->method == "POST") {
        curl_easy_setopt(easy, CURLOPT_POST, 1L);
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(length));
    } else if (call->method == "HEAD") {
        curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    } else if (call->method != "GET") {
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, call->method.constData());
    }
    curl_easy_setopt(easy, CURLOPT_READFUNCTION, readBody);
    curl_easy_setopt(easy, CURLOPT_READDATA, call.get());
    curl_slist *list = nullptr;
    for (const QByteArray &h : call->headers)
        list = curl_slist_append(list, h.constData());
    // No "Expect: 100-continue" round trip, and no form content type curl would add to a POST.
    list = curl_slist_append(list, "Expect:");
    if (call->method == "POST")
        list = curl_slist_append(list, "Content-Type: application/xml");
    call->headerList = list;
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, list);
    curl_multi_add_handle(m_multi, easy);
    m_running.push_back(std::move(call));
}

void CurlEngine::finish(CurlCall *call, int curlCode)
{
    auto it = std::find_if(m_running.begin(), m_running.end(), [call](const auto &c) { return c.get() == call; });
    std::unique_ptr<CurlCall> owned = std::move(*it);
    m_running.erase(it);
    CURL *easy = static_cast<CURL *>(owned->easy);
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &owned->status);
    if (curlCode != CURLE_OK) {
        owned->status = 0;
        owned->transportError = owned->sinkError != 0 ? fileio::describe(owned->sinkError)
                                                      : QString::fromUtf8(curl_easy_strerror(CURLcode(curlCode)));
    }
    curl_multi_remove_handle(m_multi, easy);
    curl_easy_cleanup(easy);
    curl_slist_free_all(static_cast<curl_slist *>(owned->headerList));
    owned->easy = nullptr;
    owned->headerList = nullptr;
    if (retry(owned, curlCode))
        return;
    if (owned->done)
        owned->done(*owned);
}

bool CurlEngine::retry(std::unique_ptr<CurlCall> &call, int curlCode)
{
    // A full disk here is not the server's doing; a 4xx answer will not change by asking again.
    const bool transient = (curlCode != CURLE_OK && call->sinkError == 0) || call->status >= 500;
    if (!transient || call->attempt >= maxRetries)
        return false;
    if (call->sinkFd >= 0 && (::ftruncate(call->sinkFd, 0) != 0 || ::lseek(call->sinkFd, 0, SEEK_SET) != 0))
        return false; // cannot start the download afresh
    ++call->attempt;
    const qint64 backoff = 100LL << call->attempt;
    call->readyAtMs = QDateTime::currentMSecsSinceEpoch() + backoff + QRandomGenerator::global()->bounded(backoff / 2);
    call->status = 0;
    call->sent = 0;
    call->transportError.clear();
    call->response.clear();
    call->etag.clear();
    m_waiting.push_back(std::move(call));
    return true;
}

void CurlEngine::abortAll()
{
    for (auto &call : m_running) {
        curl_multi_remove_handle(m_multi, call->easy);
        curl_easy_cleanup(static_cast<CURL *>(call->easy));
        curl_slist_free_all(static_cast<curl_slist *>(call->headerList));
    }
    m_running.clear();
    m_queue.clear();
    m_waiting.clear();
}

void CurlEngine::run()
{
    try {
        while (!m_queue.empty() || !m_running.empty() || !m_waiting.empty()) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            qint64 nextRetry = -1;
            for (auto it = m_waiting.begin(); it != m_waiting.end();) {
                if ((*it)->readyAtMs <= now) {
                    m_queue.push_back(std::move(*it));
                    it = m_waiting.erase(it);
                } else {
                    nextRetry = nextRetry < 0 ? (*it)->readyAtMs : std::min(nextRetry, (*it)->readyAtMs);
                    ++it;
                }
            }
            if (m_queue.empty() && m_running.empty()) {
                QThread::msleep(unsigned(std::max<qint64>(1, nextRetry - now)));
                continue;
            }
            while (!m_queue.empty() && int(m_running.size()) < m_parallel) {
                std::unique_ptr<CurlCall> next = std::move(m_queue.front());
                m_queue.pop_front();
                start(std::move(next));
            }
            int active = 0;
            curl_multi_perform(m_multi, &active);
            int left = 0;
            while (CURLMsg *msg = curl_multi_info_read(m_multi, &left)) {
                if (msg->msg != CURLMSG_DONE)
                    continue;
                CurlCall *call = nullptr;
                curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &call);
                finish(call, msg->data.result);
            }
            if (!m_running.empty() && (m_queue.empty() || int(m_running.size()) >= m_parallel)) {
                const qint64 wait = nextRetry < 0 ? 200 : std::clamp<qint64>(nextRetry - now, 1, 200);
                curl_multi_poll(m_multi, nullptr, 0, int(wait), nullptr);
            }
        }
    } catch (...) {
        abortAll();
        throw;
    }
}

} // namespace wfs::remote
