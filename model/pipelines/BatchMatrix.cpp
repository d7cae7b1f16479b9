#include "model/pipelines/BatchMatrix.h"

#include "model/pipelines/Expr.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>

// Expanding a task's strategy.matrix into its instances, as Apolo does (context.py,
// setup_matrix): the product of the axes, less what exclude matches, plus the includes.

namespace wfs::pipelines::batchmatrix {

namespace {

constexpr int kMaxInstances = 256;
// Above this a product is refused before it is built, whatever exclude would remove.
constexpr double kMaxProduct = 65536;

bool sameScalar(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

bool matches(const QJsonObject &combination, const QJsonObject &partial)
{
    for (auto it = partial.begin(); it != partial.end(); ++it) {
        if (!combination.contains(it.key()) || !sameScalar(combination.value(it.key()), it.value()))
            return false;
    }
    return true;
}

bool sameCombination(const QJsonObject &a, const QJsonObject &b)
{
    return a.size() == b.size() && matches(a, b);
}

// The matrix's combinations in their final order, without ORDINAL: the product of the axes
// (the first axis varying slowest), less what exclude matches, plus the includes.
std::vector<QJsonObject> combinations(const MatrixSpec &matrix)
{
    auto fail = [&](const QString &what) { throw FlowError(matrix.mark, QStringLiteral("strategy.matrix"), what); };
    QStringList axisNames;
    double product = 1;
    for (const auto &[name, values] : matrix.axes) {
        axisNames << name;
        product *= double(values.size());
    }
    if (product > kMaxProduct)
        fail(QStringLiteral("expands to %1 combinations; at most %2 are allowed")
                 .arg(QString::number(product, 'f', 0))
                 .arg(kMaxInstances));
    std::vector<QJsonObject> out;
    if (!matrix.axes.empty())
        out.emplace_back();
    for (const auto &[name, values] : matrix.axes) {
        std::vector<QJsonObject> next;
        for (const QJsonObject &partial : out) {
            for (const QJsonValue &value : values) {
                QJsonObject combination = partial;
                combination.insert(name, value);
                next.push_back(combination);
            }
        }
        out = std::move(next);
    }
    auto checkKeys = [&](const QJsonObject &entry, const QString &what) {
        for (const QString &key : entry.keys()) {
            if (!axisNames.contains(key))
                fail(QStringLiteral("%1 names '%2', which is not an axis of the matrix (axes: %3)")
                         .arg(what, key, axisNames.join(u", ")));
        }
    };
    for (const QJsonObject &exclude : matrix.exclude) {
        checkKeys(exclude, QStringLiteral("an exclude"));
        std::erase_if(out, [&](const QJsonObject &c) { return matches(c, exclude); });
    }
    for (const QJsonObject &include : matrix.include) {
        if (!axisNames.isEmpty()) {
            checkKeys(include, QStringLiteral("an include"));
            for (const QString &axis : std::as_const(axisNames)) {
                if (!include.contains(axis))
                    fail(QStringLiteral("an include must give every axis (%1); this one lacks '%2'")
                             .arg(axisNames.join(u", "), axis));
            }
        }
        if (std::none_of(out.begin(), out.end(), [&](const QJsonObject &c) { return sameCombination(c, include); }))
            out.push_back(include);
    }
    if (out.size() > size_t(kMaxInstances))
        fail(QStringLiteral("expands to %1 combinations; at most %2 are allowed").arg(out.size()).arg(kMaxInstances));
    if (out.empty())
        fail(QStringLiteral("leaves no combination to run"));
    return out;
}

// The matrix with its computed axes evaluated against the params.
MatrixSpec resolved(const MatrixSpec &matrix, const QJsonObject &params)
{
    MatrixSpec out = matrix;
    for (const auto &[name, scalar] : matrix.computed) {
        const QString key = QStringLiteral("strategy.matrix.") + name;
        QJsonValue value;
        try {
            value = expr::evaluate(scalar.text, {{QStringLiteral("params"), params}});
        } catch (const expr::ExprError &e) {
            throw FlowError(scalar.mark, key, e.message());
        }
        if (!value.isArray())
            throw FlowError(scalar.mark, key,
                            QStringLiteral("the expression gives %1, not a list of values").arg(expr::toText(value)));
        for (auto &[axis, values] : out.axes) {
            if (axis != name)
                continue;
            for (const QJsonValue &v : value.toArray()) {
                if (v.isArray() || v.isObject())
                    throw FlowError(scalar.mark, key, QStringLiteral("matrix values are single values, not %1")
                                                          .arg(expr::toText(v)));
                values.push_back(v);
            }
        }
    }
    return out;
}

} // namespace

std::vector<QJsonObject> instances(const MatrixSpec &matrix, const QJsonObject &params)
{
    std::vector<QJsonObject> out = combinations(resolved(matrix, params));
    for (size_t ordinal = 0; ordinal < out.size(); ++ordinal)
        out[ordinal].insert(QStringLiteral("ORDINAL"), qint64(ordinal));
    return out;
}

} // namespace wfs::pipelines::batchmatrix
