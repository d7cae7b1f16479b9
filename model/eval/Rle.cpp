#include "model/eval/Rle.h"

#include <climits>
#include <cmath>
#include <cstdlib>

namespace wfs::eval {

uint64_t Rle::area() const
{
    uint64_t a = 0;
    for (size_t j = 1; j < counts.size(); j += 2)
        a += counts[j];
    return a;
}

void Rle::box(double out[4]) const
{
    const size_t m = counts.size() / 2 * 2;
    if (m == 0 || h == 0) {
        out[0] = out[1] = out[2] = out[3] = 0;
        return;
    }
    uint32_t xs = w, ys = h, xe = 0, ye = 0, xp = 0;
    uint32_t cc = 0;
    for (size_t j = 0; j < m; ++j) {
        cc += counts[j];
        const uint32_t t = cc - uint32_t(j % 2);
        const uint32_t y = t % h;
        const uint32_t x = (t - y) / h;
        // A run that wraps into a later column covers the full height in COCO's box.
        if (j % 2 == 0)
            xp = x;
        else if (xp < x) {
            ys = 0;
            ye = h - 1;
        }
        xs = std::min(xs, x);
        xe = std::max(xe, x);
        ys = std::min(ys, y);
        ye = std::max(ye, y);
    }
    out[0] = xs;
    out[1] = ys;
    out[2] = double(xe) - xs + 1;
    out[3] = double(ye) - ys + 1;
}

std::pair<uint32_t, uint32_t> Rle::columns() const
{
    if (counts.size() < 2 || h == 0)
        return {1, 0};
    uint64_t first = UINT64_MAX, last = 0, pos = 0;
    for (size_t j = 0; j < counts.size(); ++j) {
        if (j % 2 == 1 && counts[j] > 0) {
            first = std::min(first, pos);
            last = pos + counts[j] - 1;
        }
        pos += counts[j];
    }
    if (first == UINT64_MAX)
        return {1, 0};
    return {uint32_t(first / h), uint32_t(last / h)};
}

std::string Rle::toString() const
{
    std::string s;
    for (size_t i = 0; i < counts.size(); ++i) {
        int64_t x = counts[i];
        if (i > 2)
            x -= int64_t(counts[i - 2]);
        bool more = true;
        while (more) {
            char c = char(x & 0x1f);
            x >>= 5;
            more = (c & 0x10) ? x != -1 : x != 0;
            if (more)
                c |= 0x20;
            s.push_back(char(c + 48));
        }
    }
    return s;
}

std::string Rle::fromString(const char *text, size_t size, uint32_t h, uint32_t w, Rle &out)
{
    out = Rle{h, w, {}};
    size_t p = 0;
    while (p < size) {
        int64_t x = 0;
        int k = 0;
        bool more = true;
        while (more) {
            if (p >= size)
                return "counts string ends inside a number";
            const int c = int(uint8_t(text[p])) - 48;
            if (c < 0 || c > 63)
                return "counts string has a character outside '0'..'o'";
            if (k >= 7)
                return "counts string has a number longer than 7 characters";
            x |= int64_t(c & 0x1f) << (5 * k);
            more = c & 0x20;
            ++p;
            ++k;
            if (!more && (c & 0x10))
                x |= int64_t(-1) * (int64_t(1) << (5 * k)); // sign-extend the last group
        }
        if (out.counts.size() > 2)
            x += out.counts[out.counts.size() - 2];
        if (x < 0 || x > int64_t(UINT32_MAX))
            return "counts string decodes to a negative run";
        out.counts.push_back(uint32_t(x));
    }
    return {};
}

Rle Rle::fromPolygon(std::span<const double> xy, uint32_t h, uint32_t w)
{
    // Upsampled 5x, the outline is walked point by point; where it crosses a pixel column centre
    // it marks where that column's run starts or ends. Casts truncate like COCO's C code.
    constexpr double scale = 5;
    const size_t k = xy.size() / 2;
    std::vector<int> x(k + 1), y(k + 1);
    for (size_t j = 0; j < k; ++j) {
        x[j] = int(scale * xy[2 * j] + .5);
        y[j] = int(scale * xy[2 * j + 1] + .5);
    }
    x[k] = x[0];
    y[k] = y[0];
    std::vector<int> u, v;
    for (size_t j = 0; j < k; ++j) {
        int xs = x[j], xe = x[j + 1], ys = y[j], ye = y[j + 1];
        const int dx = std::abs(xe - xs), dy = std::abs(ys - ye);
        const bool flip = (dx >= dy && xs > xe) || (dx < dy && ys > ye);
        if (flip) {
            std::swap(xs, xe);
            std::swap(ys, ye);
        }
        if (dx >= dy) {
            // A repeated vertex (dx = dy = 0) gives COCO a NaN slope; its point never marks a
            // crossing because its column equals its neighbours', so any y does.
            const double s = dx == 0 ? 0 : double(ye - ys) / dx;
            for (int d = 0; d <= dx; ++d) {
                const int t = flip ? dx - d : d;
                u.push_back(t + xs);
                v.push_back(int(ys + s * t + .5));
            }
        } else {
            const double s = double(xe - xs) / dy;
            for (int d = 0; d <= dy; ++d) {
                const int t = flip ? dy - d : d;
                v.push_back(t + ys);
                u.push_back(int(xs + s * t + .5));
            }
        }
    }
    std::vector<uint32_t> a;
    for (size_t j = 1; j < u.size(); ++j) {
        if (u[j] == u[j - 1])
            continue;
        double xd = u[j] < u[j - 1] ? u[j] : u[j] - 1;
        xd = (xd + .5) / scale - .5;
        if (std::floor(xd) != xd || xd < 0 || xd > double(w) - 1)
            continue;
        double yd = std::min(v[j], v[j - 1]);
        yd = (yd + .5) / scale - .5;
        yd = std::ceil(std::clamp(yd, 0.0, double(h)));
        a.push_back(uint32_t(int(xd) * int(h) + int(yd)));
    }
    a.push_back(h * w);
    std::sort(a.begin(), a.end());
    uint32_t prev = 0;
    for (uint32_t &t : a) {
        const uint32_t here = t;
        t -= prev;
        prev = here;
    }
    // Zero-length runs fold the run after them into the one before.
    Rle r{h, w, {}};
    size_t j = 0;
    r.counts.push_back(a[j++]);
    while (j < a.size()) {
        if (a[j] > 0) {
            r.counts.push_back(a[j++]);
        } else {
            ++j;
            if (j < a.size())
                r.counts.back() += a[j++];
        }
    }
    return r;
}

Rle Rle::fromBox(const double box[4], uint32_t h, uint32_t w)
{
    const double xs = box[0], xe = xs + box[2], ys = box[1], ye = ys + box[3];
    const double xy[8] = {xs, ys, xs, ye, xe, ye, xe, ys};
    return fromPolygon(xy, h, w);
}

namespace {

// Walks two run-length codes in step, calling f(length, inA, inB) for each common stretch.
template<typename F>
void walk(const Rle &A, const Rle &B, F f)
{
    if (A.counts.empty() || B.counts.empty())
        return;
    uint32_t ca = A.counts[0], cb = B.counts[0];
    size_t a = 1, b = 1;
    bool va = false, vb = false;
    uint64_t rest = 1;
    while (rest > 0) {
        const uint32_t c = std::min(ca, cb);
        f(c, va, vb);
        rest = 0;
        ca -= c;
        if (!ca && a < A.counts.size()) {
            ca = A.counts[a++];
            va = !va;
        }
        rest += ca;
        cb -= c;
        if (!cb && b < B.counts.size()) {
            cb = B.counts[b++];
            vb = !vb;
        }
        rest += cb;
    }
}

} // namespace

Rle Rle::merge(std::span<const Rle> parts)
{
    if (parts.empty())
        return {};
    Rle acc = parts[0];
    for (size_t i = 1; i < parts.size(); ++i) {
        if (parts[i].h != acc.h || parts[i].w != acc.w)
            return Rle{};
        Rle next{acc.h, acc.w, {}};
        bool on = false;
        uint32_t run = 0;
        walk(acc, parts[i], [&](uint32_t c, bool va, bool vb) {
            if ((va || vb) != on) {
                next.counts.push_back(run);
                run = 0;
                on = !on;
            }
            run += c;
        });
        next.counts.push_back(run);
        acc = std::move(next);
    }
    return acc;
}

double maskIou(const Rle &dt, const Rle &gt, bool crowd)
{
    if (dt.h != gt.h || dt.w != gt.w)
        return -1;
    uint64_t inter = 0, uni = 0;
    walk(dt, gt, [&](uint32_t c, bool va, bool vb) {
        if (va || vb) {
            uni += c;
            if (va && vb)
                inter += c;
        }
    });
    if (inter == 0)
        return 0;
    if (crowd)
        uni = dt.area();
    return double(inter) / double(uni);
}

} // namespace wfs::eval
