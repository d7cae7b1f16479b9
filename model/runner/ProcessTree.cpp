#include "model/runner/ProcessTree.h"

#include <QByteArray>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <unordered_map>

namespace wfs::proctree {

namespace {

struct Stat
{
    pid_t pid = 0;
    pid_t ppid = 0;
    pid_t pgrp = 0;
    QByteArray start;
};

QByteArray readSmall(const char *path)
{
    char buffer[1024];
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    ::close(fd);
    return n > 0 ? QByteArray(buffer, qsizetype(n)) : QByteArray();
}

// /proc/PID/stat: "PID (COMM) STATE PPID PGRP ... STARTTIME(22) ..."; COMM may hold anything,
// so the fields are counted from its last ')'. Plain reads: a runner scans /proc after every task.
bool readStat(pid_t pid, Stat *out)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/stat", int(pid));
    const QByteArray text = readSmall(path);
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return false;
    const char *p = text.constData() + close + 1;
    const char *end = text.constData() + text.size();
    QByteArrayView fields[20];
    int count = 0;
    while (p < end && count < 20) {
        while (p < end && *p == ' ')
            ++p;
        const char *start = p;
        while (p < end && *p != ' ')
            ++p;
        if (p > start)
            fields[count++] = QByteArrayView(start, p - start);
    }
    if (count < 20)
        return false;
    out->pid = pid;
    out->ppid = pid_t(fields[1].toInt());
    out->pgrp = pid_t(fields[2].toInt());
    out->start = fields[19].toByteArray();
    return true;
}

std::vector<Stat> allProcesses()
{
    std::vector<Stat> out;
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return out;
    while (dirent *entry = ::readdir(proc)) {
        char *end = nullptr;
        const long pid = std::strtol(entry->d_name, &end, 10);
        Stat s;
        if (pid > 0 && *end == '\0' && readStat(pid_t(pid), &s))
            out.push_back(s);
    }
    ::closedir(proc);
    return out;
}

QByteArray bootId()
{
    static const QByteArray id = readSmall("/proc/sys/kernel/random/boot_id").trimmed();
    return id;
}

} // namespace

QString identity(pid_t pid)
{
    Stat s;
    if (pid <= 0 || !readStat(pid, &s))
        return {};
    return QString::fromLatin1(bootId() + ':' + s.start);
}

Saved check(pid_t leader, const QString &savedIdentity)
{
    const qsizetype colon = savedIdentity.indexOf(u':');
    if (leader <= 1 || colon <= 0 || savedIdentity.left(colon).toLatin1() != bootId())
        return Saved::Gone; // unknown, or from before a reboot: nothing of it can be running
    const QString now = identity(leader);
    if (!now.isEmpty())
        return now == savedIdentity ? Saved::Ours : Saved::Gone;
    return ::kill(-leader, 0) == 0 || errno == EPERM ? Saved::Ours : Saved::Gone;
}

std::vector<pid_t> descendants(pid_t root)
{
    std::unordered_multimap<pid_t, pid_t> children;
    for (const Stat &s : allProcesses())
        children.emplace(s.ppid, s.pid);
    std::vector<pid_t> out;
    std::vector<pid_t> todo{root};
    while (!todo.empty() && out.size() < 100000) {
        const pid_t p = todo.back();
        todo.pop_back();
        const auto [from, to] = children.equal_range(p);
        for (auto it = from; it != to; ++it) {
            out.push_back(it->second);
            todo.push_back(it->second);
        }
    }
    return out;
}

void becomeSubreaper()
{
    ::prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
}

int killAdoptedOrphans(const std::vector<pid_t> &keep)
{
    const pid_t self = ::getpid();
    int killed = 0;
    for (const Stat &s : allProcesses()) {
        if (s.ppid != self || std::find(keep.begin(), keep.end(), s.pid) != keep.end())
            continue;
        for (pid_t below : descendants(s.pid))
            ::kill(below, SIGKILL);
        ::kill(s.pid, SIGKILL);
        ::waitpid(s.pid, nullptr, 0);
        ++killed;
    }
    return killed;
}

} // namespace wfs::proctree
