#include "model/pipelines/BatchMatrix.h"

#include "model/core/Text.h"
#include "model/pipelines/Expr.h"

#include <QCborArray>
#include <QStringList>

#include <algorithm>

// Expanding a task's strategy.matrix into its instances, as Apolo does (context.py,
// setup_matrix): the product of the axes, less what exclude matches, plus the includes.

namespace wfs::pipelines::batchmatrix {

namespace {

constexpr int kMaxInstances = 256;
// Above this a product is refused before it is built, whatever exclude would remove.
constexpr double kMaxProduct = 65536;

// Python's ==: 1 and 1.0 are the same value.
bool sameScalar(const QCborValue &a, const QCborValue &b)
{
    const bool numbers = (a.isInteger() || a.isDouble()) && (b.isInteger() || b.isDouble());
    if (numbers && a.isInteger() && b.isInteger())
        return a.toInteger() == b.toInteger();
    if (numbers)
        return a.toDouble() == b.toDouble();
    return a == b;
}

bool matches(const QCborMap &combination, const QCborMap &partial)
{
    for (auto it = partial.cbegin(); it != partial.cend(); ++it) {
        if (!combination.contains(it.key()) || !sameScalar(combination.value(it.key()), it.value()))
            return false;
    }
    return true;
}

bool sameCombination(const QCborMap &a, const QCborMap &b)
{
    return a.size() == b.size() && matches(a, b);
}

// The matrix's combinations in their final order, without ORDINAL: the product of the axes
// (the first axis varying slowest), less what exclude matches, plus the includes.
std::vector<QCborMap> combinations(const MatrixSpec &matrix)
{
    auto fail = [&](const QString &what) { throw FlowError(matrix.mark, QStringLiteral("strategy.matrix"), what); };
    QStringList axisNames;
    double product = 1;
    for (const auto &[name, values] : matrix.axes) {
        axisNames << name;
        product *= double(values.size());
    }
    if (product > kMaxProduct)
        fail(Text::tr("expands to %1 combinations; at most %2 are allowed")
                 .arg(QString::number(product, 'f', 0))
                 .arg(kMaxInstances));
    std::vector<QCborMap> out;
    if (!matrix.axes.empty())
        out.emplace_back();
    for (const auto &[name, values] : matrix.axes) {
        std::vector<QCborMap> next;
        for (const QCborMap &partial : out) {
            for (const QCborValue &value : values) {
                QCborMap combination = partial;
                combination.insert(name, value);
                next.push_back(combination);
            }
        }
        out = std::move(next);
    }
    auto checkKeys = [&](const QCborMap &entry, const QString &what) {
        for (auto it = entry.cbegin(); it != entry.cend(); ++it) {
            const QString key = it.key().toString();
            if (!axisNames.contains(key))
                fail(Text::tr("%1 names '%2', which is not an axis of the matrix (axes: %3)")
                         .arg(what, key, axisNames.join(u", ")));
        }
    };
    for (const QCborMap &exclude : matrix.exclude) {
        checkKeys(exclude, Text::tr("an exclude"));
        std::erase_if(out, [&](const QCborMap &c) { return matches(c, exclude); });
    }
    for (const QCborMap &include : matrix.include) {
        if (!axisNames.isEmpty()) {
            checkKeys(include, Text::tr("an include"));
            for (const QString &axis : std::as_const(axisNames)) {
                if (!include.contains(axis))
                    fail(Text::tr("an include must give every axis (%1); this one lacks '%2'")
                             .arg(axisNames.join(u", "), axis));
            }
        }
        if (std::none_of(out.begin(), out.end(), [&](const QCborMap &c) { return sameCombination(c, include); }))
            out.push_back(include);
    }
    if (out.size() > size_t(kMaxInstances))
        fail(Text::tr("expands to %1 combinations; at most %2 are allowed").arg(out.size()).arg(kMaxInstances));
    if (out.empty())
        fail(Text::tr("leaves no combination to run"));
    return out;
}

// The matrix with its computed axes evaluated against the params (and an action's inputs).
MatrixSpec resolved(const MatrixSpec &matrix, const QCborMap &contexts)
{
    MatrixSpec out = matrix;
    for (const auto &[name, scalar] : matrix.computed) {
        const QString key = QStringLiteral("strategy.matrix.") + name;
        QCborValue value;
        try {
            value = expr::evaluateValue(scalar.text, contexts);
        } catch (const expr::ExprError &e) {
            throw FlowError(scalar.mark, key, e.message());
        }
        if (!value.isArray())
            throw FlowError(scalar.mark, key,
                            Text::tr("the expression gives %1, not a list of values").arg(expr::toText(value)));
        for (auto &[axis, values] : out.axes) {
            if (axis != name)
                continue;
            for (const QCborValue &v : value.toArray()) {
                if (v.isArray() || v.isMap())
                    throw FlowError(scalar.mark, key, Text::tr("matrix values are single values, not %1")
                                                          .arg(expr::toText(v)));
                values.push_back(v);
            }
        }
    }
    return out;
}

} // namespace

std::vector<QCborMap> instances(const MatrixSpec &matrix, const QCborMap &contexts)
{
    std::vector<QCborMap> out = combinations(resolved(matrix, contexts));
    for (size_t ordinal = 0; ordinal < out.size(); ++ordinal)
        out[ordinal].insert(QStringLiteral("ORDINAL"), qint64(ordinal));
    return out;
}

} // namespace wfs::pipelines::batchmatrix
