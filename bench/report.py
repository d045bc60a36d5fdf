#!/usr/bin/env python3
"""Tables and chart of a bench/run: results.md and build-time.svg from results.tsv.

    python3 bench/report.py RESULTS.tsv MACHINE.txt NOTES.txt "COMMAND" OUTDIR

Only the standard library: the chart is SVG written by hand (log-log axes, one line per tool,
a dashed guide of slope 1 — cost proportional to N — through raudtrad's smallest N, and the
issue's targets as marks).
"""
import csv
import math
import sys
from collections import defaultdict

TARGETS = {10000: (2.0, 300), 100000: (20.0, None)}  # N -> (seconds, MB)
COLOURS = {"raudtrad": "#b3261e", "hugo": "#1d5fa8", "zola": "#1e6b34"}
MARKS = {"raudtrad": "circle", "hugo": "square", "zola": "diamond"}


def load(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for r in rows:
        for k in ("assignments", "pages_internal", "pages_open", "pages_written", "runs"):
            r[k] = int(r[k])
        for k in ("min_s", "median_s", "max_s", "ms_per_page", "peak_rss_mb", "cpu_s", "content_mb"):
            r[k] = float(r[k])
    return rows


def fmt_n(n):
    return f"{n:,}".replace(",", " ")


def table(rows):
    out = ["| tool | N assignments | pages internal | pages open | pages written | runs | min s | median s | max s "
           "| ms/page written | peak RSS MB | CPU s (user+sys) | Markdown MB |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        out.append(f"| {r['tool']} | {fmt_n(r['assignments'])} | {fmt_n(r['pages_internal'])} | "
                   f"{fmt_n(r['pages_open']) if r['tool'] == 'raudtrad' else '–'} | {fmt_n(r['pages_written'])} | "
                   f"{r['runs']} | {r['min_s']:.2f} | {r['median_s']:.2f} | {r['max_s']:.2f} | "
                   f"{r['ms_per_page']:.3f} | {r['peak_rss_mb']:.0f} | {r['cpu_s']:.2f} | {r['content_mb']:.1f} |")
    return "\n".join(out)


def ratios(rows):
    by = {(r["tool"], r["assignments"]): r for r in rows}
    out = ["| N assignments | against | its pages written | raudtrad ÷ it, wall time | raudtrad ÷ it, ms per page "
           "| raudtrad ÷ it, CPU s |",
           "| ---: | --- | ---: | ---: | ---: | ---: |"]
    for (tool, n), r in sorted(by.items(), key=lambda x: (x[0][1], x[0][0])):
        if tool == "raudtrad" or ("raudtrad", n) not in by:
            continue
        me = by[("raudtrad", n)]
        out.append(f"| {fmt_n(n)} | {tool} | {fmt_n(r['pages_written'])} | {me['median_s'] / r['median_s']:.2f} | "
                   f"{me['ms_per_page'] / r['ms_per_page']:.2f} | {me['cpu_s'] / r['cpu_s']:.2f} |")
    return "\n".join(out) if len(out) > 2 else "No Hugo or Zola figures in this run."


def targets(rows):
    mine = {r["assignments"]: r for r in rows if r["tool"] == "raudtrad"}
    hugo = {r["assignments"]: r for r in rows if r["tool"] == "hugo"}
    out = ["| target (issue 9) | measured | met |", "| --- | --- | --- |"]
    for n, (secs, mb) in TARGETS.items():
        r = mine.get(n)
        got = f"{r['median_s']:.2f} s" if r else "not run"
        out.append(f"| N = {fmt_n(n)}: full build ≤ {secs:g} s | {got} | {yes(r and r['median_s'] <= secs, r)} |")
        if mb:
            got = f"{r['peak_rss_mb']:.0f} MB" if r else "not run"
            out.append(f"| N = {fmt_n(n)}: peak memory ≤ {mb} MB | {got} | {yes(r and r['peak_rss_mb'] <= mb, r)} |")
    n = 10000
    if n in mine and n in hugo:
        a, b = mine[n]["ms_per_page"], hugo[n]["ms_per_page"]
        out.append(f"| N = {fmt_n(n)}: at least as fast per page as Hugo (aim: 3× faster) | "
                   f"{a:.3f} vs {b:.3f} ms/page ({b / a:.2f}× Hugo's speed) | {yes(a <= b)} |")
    else:
        out.append(f"| N = {fmt_n(n)}: at least as fast per page as Hugo | not run | – |")
    ns = sorted(mine)
    if len(ns) >= 2:
        lo, hi = mine[ns[0]], mine[ns[-1]]
        growth = hi["ms_per_page"] / lo["ms_per_page"]
        out.append(f"| cost linear in N | ms per page {lo['ms_per_page']:.3f} at N = {fmt_n(ns[0])}, "
                   f"{hi['ms_per_page']:.3f} at N = {fmt_n(ns[-1])} (×{growth:.1f}) | {yes(growth <= 1.5)} |")
    out.append("| one-file rebuild ≤ 100 ms at N = 10 000 | not measured yet | – |")
    return "\n".join(out)


def yes(ok, measured=True):
    if not measured:
        return "–"
    return "yes" if ok else "**no**"


def svg(rows, path):
    series = defaultdict(list)
    for r in rows:
        series[r["tool"]].append((r["assignments"], r["median_s"]))
    pts = [p for s in series.values() for p in s]
    if not pts:
        return
    W, H, L, R, T, B = 720, 460, 80, 170, 50, 60
    xs = [n for n, _ in pts] + [n for n in TARGETS if n <= max(n for n, _ in pts)]
    ys = [t for _, t in pts] + [TARGETS[n][0] for n in TARGETS if n <= max(xs)]
    x0, x1 = math.floor(math.log10(min(xs))), math.ceil(math.log10(max(xs)))
    y0, y1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))
    x1, y1 = max(x1, x0 + 1), max(y1, y0 + 1)

    def px(n):
        return L + (math.log10(n) - x0) / (x1 - x0) * (W - L - R)

    def py(t):
        return H - B - (math.log10(t) - y0) / (y1 - y0) * (H - T - B)

    o = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" '
         'role="img" aria-labelledby="t d" font-family="sans-serif" font-size="13">',
         '<title id="t">Full build time against the number of assignments</title>',
         '<desc id="d">Median wall time in seconds, logarithmic axes. ' +
         "; ".join(f"{tool}: " + ", ".join(f"N={n} {t:.2f} s" for n, t in sorted(s)) for tool, s in series.items()) +
         '. The dashed line is cost proportional to N through raudtrad\'s smallest N.</desc>',
         f'<rect width="{W}" height="{H}" fill="#fff"/>']
    for e in range(x0, x1 + 1):
        x = px(10 ** e)
        o.append(f'<line x1="{x:.1f}" y1="{T}" x2="{x:.1f}" y2="{H - B}" stroke="#ddd"/>')
        o.append(f'<text x="{x:.1f}" y="{H - B + 20}" text-anchor="middle">{fmt_n(10 ** e)}</text>')
    for e in range(y0, y1 + 1):
        y = py(10 ** e)
        label = f"{10 ** e:g}"
        o.append(f'<line x1="{L}" y1="{y:.1f}" x2="{W - R}" y2="{y:.1f}" stroke="#ddd"/>')
        o.append(f'<text x="{L - 8}" y="{y + 4:.1f}" text-anchor="end">{label}</text>')
    o.append(f'<text x="{(L + W - R) / 2}" y="{H - 15}" text-anchor="middle">assignments (N), log scale</text>')
    o.append(f'<text transform="translate(20 {(T + H - B) / 2}) rotate(-90)" text-anchor="middle">'
             'full build, median seconds, log scale</text>')
    o.append(f'<rect x="{L}" y="{T}" width="{W - L - R}" height="{H - T - B}" fill="none" stroke="#444"/>')

    if series.get("raudtrad"):
        n0, t0 = min(series["raudtrad"])
        a, b = 10 ** x0, 10 ** x1
        o.append(f'<line x1="{px(a):.1f}" y1="{py(max(t0 * a / n0, 10 ** y0)):.1f}" '
                 f'x2="{px(min(b, n0 * 10 ** y1 / t0)):.1f}" y2="{py(min(t0 * b / n0, 10 ** y1)):.1f}" '
                 'stroke="#b3261e" stroke-dasharray="6 5" stroke-opacity="0.6"/>')
    for n, (secs, _) in TARGETS.items():
        if 10 ** x0 <= n <= 10 ** x1 and 10 ** y0 <= secs <= 10 ** y1:
            x, y = px(n), py(secs)
            o.append(f'<path d="M{x - 7:.1f} {y:.1f}h14M{x:.1f} {y - 7:.1f}v14" stroke="#000" stroke-width="2"/>')
            o.append(f'<text x="{x + 9:.1f}" y="{y - 6:.1f}">target {secs:g} s</text>')

    for tool, s in series.items():
        s.sort()
        c = COLOURS.get(tool, "#555")
        o.append('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>' %
                 (c, " ".join(f"{px(n):.1f},{py(t):.1f}" for n, t in s)))
        for n, t in s:
            x, y = px(n), py(t)
            m = MARKS.get(tool, "circle")
            if m == "circle":
                o.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{c}"/>')
            elif m == "square":
                o.append(f'<rect x="{x - 5:.1f}" y="{y - 5:.1f}" width="10" height="10" fill="{c}"/>')
            else:
                o.append(f'<path d="M{x:.1f} {y - 6:.1f}l6 6l-6 6l-6 -6z" fill="{c}"/>')
            o.append(f'<text x="{x + 8:.1f}" y="{y + 16:.1f}" font-size="11" fill="{c}">{t:.2f} s</text>')

    ly = T + 10
    for tool in series:
        c = COLOURS.get(tool, "#555")
        o.append(f'<line x1="{W - R + 15}" y1="{ly}" x2="{W - R + 40}" y2="{ly}" stroke="{c}" stroke-width="2"/>')
        o.append(f'<text x="{W - R + 46}" y="{ly + 4}">{tool}</text>')
        ly += 22
    o.append(f'<line x1="{W - R + 15}" y1="{ly}" x2="{W - R + 40}" y2="{ly}" stroke="#b3261e" '
             'stroke-dasharray="6 5" stroke-opacity="0.6"/>')
    o.append(f'<text x="{W - R + 46}" y="{ly + 4}">linear in N</text>')
    o.append("</svg>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(o) + "\n")


def main():
    results, machine, notes, command, outdir = sys.argv[1:6]
    rows = load(results)
    with open(machine, encoding="utf-8") as f:
        machine_text = f.read().strip()
    with open(notes, encoding="utf-8") as f:
        notes_text = f.read().strip()
    svg(rows, f"{outdir}/build-time.svg")
    md = [
        "## Full builds",
        "",
        "Wall time from start to exit, median of the counted runs; peak RSS of the process (GNU time `%M`); "
        "CPU = user + system seconds, median. raudtrad writes two trees (internal and open); Hugo and Zola "
        "build one plain site with as many content pages as raudtrad's internal tree, and write their own "
        "list, pager and taxonomy pages besides. ms/page = median wall time ÷ HTML pages written.",
        "",
        table(rows),
        "",
        "## raudtrad against Hugo and Zola (below 1: raudtrad is faster)",
        "",
        ratios(rows),
        "",
        "## The issue's targets",
        "",
        targets(rows),
        "",
        "![Full build time against N, log-log](build-time.svg)",
        "",
        "## Not measured in this run",
        "",
        "\n".join(f"- {line.removeprefix('note: ')}" for line in notes_text.splitlines()) or "- nothing",
        "",
        "## Machine",
        "",
        "\n".join(f"- {line}" for line in machine_text.splitlines()),
        "",
        "## Command",
        "",
        f"```\n{command}\n```",
        "",
    ]
    with open(f"{outdir}/results.md", "w", encoding="utf-8") as f:
        f.write("\n".join(md))


if __name__ == "__main__":
    main()
