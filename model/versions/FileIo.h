#pragma once

#include "model/versions/Hash.h"

#include <QByteArray>
#include <QtGlobal>
#include <optional>
#include <string>

// Plain POSIX file I/O for the store: raw byte paths (file names need not be UTF-8), errors
// as wfs::Error naming the file, ENOSPC said as "the disk is full".
namespace wfs::fileio {

// Replaces `path` with `data` so that a crash leaves the old or the new content, never a mix:
// a temporary file beside it, fsync, rename, fsync of the folder.
void writeAtomic(const std::string &path, const void *data, std::size_t size);
// Removes a file or a folder with everything in it, without following links, whatever bytes
// its names hold; counts the files and bytes freed. False when something could not be removed.
bool removeTree(const std::string &path, qint64 *files = nullptr, qint64 *bytes = nullptr);
// Reads a whole file; false when it cannot be opened or read.
bool readAll(const std::string &path, QByteArray *out);
// Copies `from` into a new file `to`, hashing the bytes as they pass.
Hash copyHashing(const std::string &from, const std::string &to);
// Clones `from` into a new file `to` where the file system shares blocks (FICLONE), else
// copies; returns the hash of what `to` holds.
Hash cloneOrCopyHashing(const std::string &from, const std::string &to);
// Mode and modification time to give a written file, through its open descriptor.
struct FileAttributes
{
    std::uint32_t mode = 0644;
    std::int64_t mtimeNs = -1; // -1: leave as written
};

// Creates `path` (must not exist) holding `data`, with `attributes` when given.
void writeNew(const std::string &path, const void *data, std::size_t size,
              std::optional<FileAttributes> attributes = std::nullopt);

// Both of the above; `clone` says whether to try FICLONE first.
Hash cloneOrCopy(const std::string &from, const std::string &to, bool clone,
                 std::optional<FileAttributes> attributes = std::nullopt);
std::optional<Hash> hashFile(const std::string &path);
// "the disk is full" for ENOSPC, strerror otherwise.
QString describe(int error);

} // namespace wfs::fileio
