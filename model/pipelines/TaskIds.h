#pragma once

#include <QCborMap>
#include <QString>

// Task ids as Apolo Flow forms them. An id the user writes is a Python identifier (letters,
// digits and '_', not starting with a digit) that is not all uppercase (Apolo keeps those for
// itself). Ids built for matrix instances join parts with '-', which a written id cannot hold,
// so a built id never clashes with a written one; what a value brings that an id cannot hold
// becomes '_', so a built id is never refused.
namespace wfs::pipelines::taskids {

// Ids name log files: longer written ones are refused, longer built ones shortened.
constexpr int kMaxLength = 128;

// Why `written` (an id as written, possibly with `${{ }}` parts, whose values are not checked
// here) is not a valid id, ending with the id to write instead; empty when it is valid.
QString problem(const QString &written);

// `text` with each character an id cannot hold replaced by '_' ('-' is kept: built ids use it).
QString sanitized(const QString &text);

// A built id no longer than kMaxLength: a longer one keeps its start and ends in a hash of
// the whole, so that different long ids stay different.
QString bounded(const QString &id);

// The id Apolo gives the `number`th task (1-based) when it has no id:
// "task-N-VALUE..." with the values of the matrix's lowercase keys, sorted by key, as Python
// prints them (0.1, 1.0, True, None); sanitized and bounded.
QString generated(int number, const QCborMap &matrix);

} // namespace wfs::pipelines::taskids
