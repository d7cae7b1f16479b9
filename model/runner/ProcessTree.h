#pragma once

#include <QString>
#include <sys/types.h>
#include <vector>

// What /proc says about processes: who descends from whom, and who a saved id still names.
namespace wfs::proctree {

// "BOOTID:STARTTIME" of a running process: the same text for the same process, different for
// any other that later gets its pid, and different after a reboot. Empty when there is no such process.
QString identity(pid_t pid);

// A process (or process group) saved earlier is still the one we started when its identity is
// unchanged. When the leader is gone but its group lives on (its leftovers), the group is ours as
// long as the machine has not rebooted: Linux gives no new process the id of a living group.
enum class Saved { Ours, Gone };
Saved check(pid_t leader, const QString &savedIdentity);

// Every process below `root` (children, their children, ...), deepest last; not `root` itself.
std::vector<pid_t> descendants(pid_t root);

// Makes this process the one that adopts orphans of what it starts (PR_SET_CHILD_SUBREAPER), so
// that a task's descendants that leave its process group (setsid) can still be found and stopped.
void becomeSubreaper();

// Kills and reaps this process's children that are not in `keep` (and all below them): the
// orphans a finished task left behind, adopted because this process is their subreaper.
int killAdoptedOrphans(const std::vector<pid_t> &keep);

} // namespace wfs::proctree
