#!/usr/bin/env python3
"""Tables and chart of a bench/run: results.md and build-time.svg from results.tsv.

    python3 bench/report.py RESULTS.tsv MACHINE.txt NOTES.txt "COMMAND" OUTDIR [SERVE.txt]

Only the standard library: the chart is SVG written by hand (log-log axes; per tool the median
wall time, solid, and the CPU time, dotted; a dashed guide of slope 1 — cost proportional to N —
through raudtrad's CPU time at the smallest N; the issue's targets as marks).
"""
import csv
import math
import sys
from collections import defaultdict

TARGETS = {10000: (2.0, 300), 100000: (20.0, 2048)}  # N -> (seconds, MB): issue 15
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


def cpu_ms(r):
    """CPU milliseconds per page written: what the engine costs, whatever else the machine runs."""
    return r["cpu_s"] * 1000 / r["pages_written"]


def table(rows):
    out = ["| tool | N assignments | pages internal | pages open | pages written | runs | min s | median s | max s "
           "| ms/page written | peak RSS MB | CPU s (user+sys) | CPU ms/page | Markdown MB |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        out.append(f"| {r['tool']} | {fmt_n(r['assignments'])} | {fmt_n(r['pages_internal'])} | "
                   f"{fmt_n(r['pages_open']) if r['tool'] == 'raudtrad' else '–'} | {fmt_n(r['pages_written'])} | "
                   f"{r['runs']} | {r['min_s']:.2f} | {r['median_s']:.2f} | {r['max_s']:.2f} | "
                   f"{r['ms_per_page']:.3f} | {r['peak_rss_mb']:.0f} | {r['cpu_s']:.2f} | {cpu_ms(r):.3f} | "
                   f"{r['content_mb']:.1f} |")
    return "\n".join(out)


def ratios(rows):
    by = {(r["tool"], r["assignments"]): r for r in rows}
    out = ["| N assignments | against | its pages written | raudtrad ÷ it, wall time | raudtrad ÷ it, ms per page "
           "| raudtrad ÷ it, CPU s | raudtrad ÷ it, CPU ms per page |",
           "| ---: | --- | ---: | ---: | ---: | ---: | ---: |"]
    for (tool, n), r in sorted(by.items(), key=lambda x: (x[0][1], x[0][0])):
        if tool == "raudtrad" or ("raudtrad", n) not in by:
            continue
        me = by[("raudtrad", n)]
        out.append(f"| {fmt_n(n)} | {tool} | {fmt_n(r['pages_written'])} | {me['median_s'] / r['median_s']:.2f} | "
                   f"{me['ms_per_page'] / r['ms_per_page']:.2f} | {me['cpu_s'] / r['cpu_s']:.2f} | "
                   f"{cpu_ms(me) / cpu_ms(r):.2f} |")
    return "\n".join(out) if len(out) > 2 else "No Hugo or Zola figures in this run."


def targets(rows, serve, search="", queries=""):
    mine = {r["assignments"]: r for r in rows if r["tool"] == "raudtrad"}
    hugo = {r["assignments"]: r for r in rows if r["tool"] == "hugo"}
    out = ["| target (issue 15) | measured | met |", "| --- | --- | --- |"]
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
        ca, cb = cpu_ms(mine[n]), cpu_ms(hugo[n])
        out.append(f"| N = {fmt_n(n)}: at least 3× Hugo's speed per page written, in the same run | "
                   f"wall {a:.3f} vs {b:.3f} ms/page ({b / a:.2f}× Hugo's speed); CPU {ca:.3f} vs {cb:.3f} ms/page "
                   f"({cb / ca:.2f}×) | {yes(b / a >= 3 and cb / ca >= 3)} |")
    else:
        out.append(f"| N = {fmt_n(n)}: at least as fast per page as Hugo | not run | – |")
    ns = sorted(mine)
    if len(ns) >= 2:
        # Linear: the CPU cost of a page is the same at every N, within half (the spread of the
        # largest over the smallest across all N, not step by step, so drift cannot hide).
        per_page = ", ".join(f"{cpu_ms(mine[n]):.3f} at N = {fmt_n(n)}" for n in ns)
        costs = [cpu_ms(mine[n]) for n in ns]
        spread = max(costs) / min(costs)
        out.append(f"| CPU per page within 1.5× from the smallest N to the largest | "
                   f"{per_page} (spread ×{spread:.2f}) | {yes(spread <= 1.5)} |")
    out.append(serve_target(serve))
    out.extend(search_targets(search, queries))
    return "\n".join(out)


def search_targets(search, queries):
    """The search index at N = 10 000: a few hundred files a tree (at most 500 here), and the
    first query over HTTP fetching at most 150 KB: counted strictly (page, script and index
    together, typed key by key or pasted) and as the index one query fetches (pasted)."""
    out = []
    text = read_or_empty(search) if search else ""
    row = next((l.split("\t") for l in text.splitlines()[1:] if l.split("\t")[0] == "10000"), None)
    if row:
        files = max(int(row[4]), int(row[6]))
        out.append(f"| search index at N = 10 000: a few hundred files a tree (≤ 500) | internal {fmt_n(int(row[4]))}, "
                   f"open {fmt_n(int(row[6]))} files | {yes(files <= 500)} |")
    else:
        out.append("| search index at N = 10 000: a few hundred files a tree | not measured | – |")
    rows_q = [c for c in (l.split("|") for l in queries.splitlines()
                          if l.startswith("| http | typed") or l.startswith("| http | pasted")) if len(c) > 8]
    if rows_q:
        totals = [float(c[7]) for c in rows_q]
        out.append(f"| search at N = 10 000: the first query fetches ≤ 150 KB, counting the page, its CSS and script and every keystroke's files (over HTTP, typed or pasted) | "
                   f"{min(totals):.0f}–{max(totals):.0f} KB | {yes(max(totals) <= 150)} |")
        # One query, as a paste is: what the search itself fetches (entry, shards, records),
        # the page being there already.
        pasted = [float(c[6]) for c in rows_q if c[2].strip() == "pasted"]
        if pasted:
            out.append(f"| search at N = 10 000: one query (pasted) fetches ≤ 150 KB of index | "
                       f"{min(pasted):.0f}–{max(pasted):.0f} KB | {yes(max(pasted) <= 150)} |")
    else:
        out.append("| search at N = 10 000: the first query fetches ≤ 150 KB | not measured | – |")
    return out


def served(serve):
    """The N rebuild_bench ran at, and per edit (its heading: "a line added to the body",
    "the title changed (front matter)") the median and p90 of "save → page served"."""
    if not serve:
        return None, []
    lines = serve.splitlines()
    n = int(lines[0].split()[2])
    out, edit = [], None
    for line in lines:
        if "content files," in line:
            # Before rebuild_bench had --edit it only added a line to the body, and said so
            # nowhere: "N content files, R rounds (median / p90 / max, ms)".
            head = line.split(" (median")[0].split(", ", 2)
            edit = head[2] if len(head) > 2 else "a line added to the body"
        elif "page served" in line:
            median, p90 = line.split("served", 1)[1].split()[:2]
            out.append((edit, float(median), float(p90)))
    return n, out


def serve_target(serve):
    n, edits = served(serve)
    target = "`serve`: save → changed page served ≤ 100 ms (p90) at N = 10 000"
    if not edits:
        return f"| {target} | not measured | – |"
    where = f"N = {fmt_n(n)}" + ("" if n == 10000 else " (not 10 000)")
    return "\n".join(
        f"| {target}; {edit} | p90 {p90:.0f} ms (median {median:.0f} ms) at {where} "
        f"| {yes(p90 <= 100, n == 10000)} |"
        for edit, median, p90 in edits)


def yes(ok, measured=True):
    if not measured:
        return "–"
    return "yes" if ok else "**no**"


def svg(rows, path):
    wall, cpu = defaultdict(list), defaultdict(list)
    for r in rows:
        wall[r["tool"]].append((r["assignments"], r["median_s"]))
        cpu[r["tool"]].append((r["assignments"], r["cpu_s"]))
    pts = [p for s in list(wall.values()) + list(cpu.values()) for p in s]
    if not pts:
        return
    W, H, L, R, T, B = 760, 480, 80, 200, 30, 60
    xs = [n for n, _ in pts]
    ys = [t for _, t in pts] + [TARGETS[n][0] for n in TARGETS if min(xs) <= n <= max(xs)]
    x0, x1 = math.floor(math.log10(min(xs))), math.ceil(math.log10(max(xs)))
    y0, y1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))
    x1, y1 = max(x1, x0 + 1), max(y1, y0 + 1)

    def px(n):
        return L + (math.log10(n) - x0) / (x1 - x0) * (W - L - R)

    def py(t):
        return H - B - (math.log10(t) - y0) / (y1 - y0) * (H - T - B)

    def describe(series, what):
        return "; ".join(f"{tool} {what}: " + ", ".join(f"N={n} {t:.2f} s" for n, t in sorted(s))
                         for tool, s in series.items())

    o = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" '
         'role="img" aria-labelledby="t d" font-family="sans-serif" font-size="13">',
         '<title id="t">Full build time against the number of assignments</title>',
         f'<desc id="d">Logarithmic axes. Solid lines: median wall time ({describe(wall, "wall")}). '
         f'Dotted lines: CPU time, user plus system ({describe(cpu, "CPU")}). The dashed line is cost '
         'proportional to N through raudtrad\'s CPU time at the smallest N.</desc>',
         f'<rect width="{W}" height="{H}" fill="#fff"/>']
    for e in range(x0, x1 + 1):
        x = px(10 ** e)
        o.append(f'<line x1="{x:.1f}" y1="{T}" x2="{x:.1f}" y2="{H - B}" stroke="#ddd"/>')
        o.append(f'<text x="{x:.1f}" y="{H - B + 20}" text-anchor="middle">{fmt_n(10 ** e)}</text>')
    for e in range(y0, y1 + 1):
        y = py(10 ** e)
        o.append(f'<line x1="{L}" y1="{y:.1f}" x2="{W - R}" y2="{y:.1f}" stroke="#ddd"/>')
        o.append(f'<text x="{L - 8}" y="{y + 4:.1f}" text-anchor="end">{10 ** e:g}</text>')
    o.append(f'<text x="{(L + W - R) / 2}" y="{H - 15}" text-anchor="middle">assignments (N), log scale</text>')
    o.append(f'<text transform="translate(20 {(T + H - B) / 2}) rotate(-90)" text-anchor="middle">'
             'seconds, log scale</text>')
    o.append(f'<rect x="{L}" y="{T}" width="{W - L - R}" height="{H - T - B}" fill="none" stroke="#444"/>')

    if cpu.get("raudtrad"):
        n0, t0 = min(cpu["raudtrad"])
        lo, hi = 10 ** x0, 10 ** x1
        a = max(lo, n0 * 10 ** y0 / t0)
        b = min(hi, n0 * 10 ** y1 / t0)
        o.append(f'<line x1="{px(a):.1f}" y1="{py(t0 * a / n0):.1f}" x2="{px(b):.1f}" y2="{py(t0 * b / n0):.1f}" '
                 'stroke="#b3261e" stroke-dasharray="8 6" stroke-opacity="0.55"/>')
    for n, (secs, _) in TARGETS.items():
        if 10 ** x0 <= n <= 10 ** x1 and 10 ** y0 <= secs <= 10 ** y1:
            x, y = px(n), py(secs)
            o.append(f'<path d="M{x - 7:.1f} {y:.1f}h14M{x:.1f} {y - 7:.1f}v14" stroke="#000" stroke-width="2"/>')
            o.append(f'<text x="{x + 9:.1f}" y="{y - 6:.1f}">target {secs:g} s</text>')

    used = defaultdict(list)  # x -> label y positions already taken, so labels do not overlap
    for tool in wall:
        c = COLOURS.get(tool, "#555")
        for series, dash in ((cpu, ' stroke-dasharray="2 4"'), (wall, "")):
            s = sorted(series[tool])
            o.append('<polyline fill="none" stroke="%s" stroke-width="2"%s points="%s"/>' %
                     (c, dash, " ".join(f"{px(n):.1f},{py(t):.1f}" for n, t in s)))
        for n, t in sorted(wall[tool]):
            x, y = px(n), py(t)
            m = MARKS.get(tool, "circle")
            if m == "circle":
                o.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{c}"/>')
            elif m == "square":
                o.append(f'<rect x="{x - 5:.1f}" y="{y - 5:.1f}" width="10" height="10" fill="{c}"/>')
            else:
                o.append(f'<path d="M{x:.1f} {y - 6:.1f}l6 6l-6 6l-6 -6z" fill="{c}"/>')
            ly = y + 16
            while any(abs(ly - u) < 13 for u in used[round(x)]):
                ly += 13
            used[round(x)].append(ly)
            right_edge = x > W - R - 70
            anchor, lx = ("end", x - 8) if right_edge else ("start", x + 8)
            o.append(f'<text x="{lx:.1f}" y="{ly:.1f}" font-size="11" fill="{c}" stroke="#fff" stroke-width="3" paint-order="stroke" text-anchor="{anchor}">{t:.2f} s</text>')

    lx, ly = W - R + 15, T + 10
    for tool in wall:
        c = COLOURS.get(tool, "#555")
        o.append(f'<line x1="{lx}" y1="{ly}" x2="{lx + 25}" y2="{ly}" stroke="{c}" stroke-width="2"/>')
        o.append(f'<text x="{lx + 31}" y="{ly + 4}">{tool}</text>')
        ly += 22
    ly += 8
    for label, dash in (("wall time, median", ""), ("CPU time (user+sys)", ' stroke-dasharray="2 4"')):
        o.append(f'<line x1="{lx}" y1="{ly}" x2="{lx + 25}" y2="{ly}" stroke="#444" stroke-width="2"{dash}/>')
        o.append(f'<text x="{lx + 31}" y="{ly + 4}">{label}</text>')
        ly += 22
    o.append(f'<line x1="{lx}" y1="{ly}" x2="{lx + 25}" y2="{ly}" stroke="#b3261e" '
             'stroke-dasharray="8 6" stroke-opacity="0.55"/>')
    o.append(f'<text x="{lx + 31}" y="{ly + 4}">linear in N</text>')
    o.append(f'<text x="{lx + 31}" y="{ly + 20}" font-size="11">(from raudtrad\'s CPU</text>')
    o.append(f'<text x="{lx + 31}" y="{ly + 34}" font-size="11">at the smallest N)</text>')
    o.append("</svg>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(o) + "\n")


def read_or_empty(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read().strip()
    except OSError:
        return ""


def search_table(path):
    """The search index per N: its build stage and its files per tree."""
    text = read_or_empty(path)
    lines = text.splitlines()[1:] if text else []
    if not lines:
        return "Not measured in this run."
    out = ["| N assignments | index build s | share of the build | internal MB | internal files | open MB | open files |",
           "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for line in lines:
        n, search_s, whole_s, imb, ifl, omb, ofl = line.split("\t")
        share = float(search_s) / float(whole_s) * 100 if float(whole_s) else 0
        out.append(f"| {fmt_n(int(n))} | {search_s} | {share:.0f} % | {imb} | {fmt_n(int(ifl))} | {omb} | {fmt_n(int(ofl))} |")
    return "\n".join(out)


def main():
    results, machine, notes, command, outdir = sys.argv[1:6]
    serve = read_or_empty(sys.argv[6]) if len(sys.argv) > 6 else ""
    search = sys.argv[7] if len(sys.argv) > 7 else ""
    queries = read_or_empty(sys.argv[8]) if len(sys.argv) > 8 else ""
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
        "CPU = user + system seconds, median; CPU ms/page is that over the pages written, the figure least "
        "disturbed by whatever else runs on the machine. raudtrad writes two trees (internal and open); Hugo and Zola "
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
        targets(rows, serve, search, queries),
        "",
        "![Full build time against N, log-log: wall time (solid) and CPU time (dotted) of raudtrad, Hugo "
        "and Zola, a dashed line of cost proportional to N, and the targets](build-time.svg)",
        "",
        "## One-file rebuild (`raudtrad serve`, examples/rebuild_bench; median / p90 / max, ms)",
        "",
        f"```\n{serve}\n```" if serve else "Not measured in this run.",
        "",
        "## Search index (the build's own stage, from `raudtrad build --verbose`; N below BIG)",
        "",
        search_table(search),
        "",
        "What a browser fetches before the first results, and how fast they come, on the open tree "
        "(`scripts/bench-search.mjs`, headless Chromium over HTTP):",
        "",
        queries or "Not measured in this run.",
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
