#!/usr/bin/env python3
"""report.py RAW.tsv — the benchmark's table (Markdown) from bench/run.sh's measurements.

RAW.tsv rows: DOC TOOL wall user sys maxrss_kb (TOOL frisk, fop, floor; one row per run),
DOC warm median_wall median_cpu 0 0 (the warm JVM's own medians), and DOC pages frisk fop floor.
Medians over the runs."""
import statistics
import sys
from collections import defaultdict

LABELS = {"memo": "memo (status-2018-02.fo)", "memo-x4": "memo ×4",
          "memo60": "memo60.fo (synthetic)", "memo60-x4": "memo60.fo ×4"}


def main():
    runs = defaultdict(list)
    pages, docs = {}, []
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            doc, tool, *v = line.rstrip("\n").split("\t")
            if doc not in docs:
                docs.append(doc)
            if tool == "pages":
                pages[doc] = [int(x) if x.isdigit() else None for x in v[:3]]
            else:
                runs[doc, tool].append((float(v[0]), float(v[1]) + float(v[2]), int(v[3])))

    def med(doc, tool, i):
        xs = [r[i] for r in runs.get((doc, tool), [])]
        return statistics.median(xs) if xs else None

    rows = {}
    print("| document | pages frisk / FOP / floor | frisk s | frisk MB | FOP CLI s | FOP CLI MB "
          "| warm FOP s | floor s | FOP CLI ÷ frisk | warm FOP ÷ frisk | frisk ÷ floor "
          "| memory FOP ÷ frisk | frisk ms/page |")
    print("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    for doc in docs:
        fr, fo, fl = med(doc, "frisk", 0), med(doc, "fop", 0), med(doc, "floor", 0)
        frm, fom = med(doc, "frisk", 2) / 1024, med(doc, "fop", 2) / 1024
        w = med(doc, "warm", 0)
        p = pages.get(doc, [None] * 3)
        r = rows[doc] = dict(frisk=fr, fop=fo, warm=w, floor=fl, frisk_mb=frm, fop_mb=fom,
                             pages=p[0], fop_pages=p[1])
        r["ms_page"] = 1000 * fr / p[0] if p[0] else None
        print(f"| {LABELS.get(doc, doc)} | {p[0]} / {p[1]} / {p[2]} | {fr:.3f} | {frm:.0f} | {fo:.2f} "
              f"| {fom:.0f} | {w:.3f} | {fl:.3f} | {fo / fr:.1f}× | {w / fr:.2f}× | {fr / fl:.2f}× "
              f"| {fom / frm:.1f}× | {r['ms_page']:.2f} |")

    print()
    print("CPU seconds (user + system, all threads; medians) — the JVM spreads its JIT and garbage "
          "collector over both cores, frisk and the floor use one:")
    print()
    print("| document | frisk | FOP CLI | warm FOP | floor | FOP CLI ÷ frisk | warm FOP ÷ frisk | frisk ÷ floor |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|")
    for doc in docs:
        fr, fo, w, fl = (med(doc, t, 1) for t in ("frisk", "fop", "warm", "floor"))
        print(f"| {LABELS.get(doc, doc)} | {fr:.3f} | {fo:.2f} | {w:.3f} | {fl:.3f} | {fo / fr:.1f}× "
              f"| {w / fr:.2f}× | {fr / fl:.2f}× |")

    growth = [(d[:-3], d) for d in docs if d.endswith("-x4") and d[:-3] in rows]
    if growth:
        print()
        print("| growth 1× → 4× | pages | frisk time | frisk ms/page | FOP CLI time | warm FOP time | floor time |")
        print("|---|--:|--:|--:|--:|--:|--:|")
        for a, b in growth:
            ra, rb = rows[a], rows[b]
            print(f"| {LABELS.get(a, a)} | {rb['pages'] / ra['pages']:.2f}× | {rb['frisk'] / ra['frisk']:.2f}× "
                  f"| {ra['ms_page']:.2f} → {rb['ms_page']:.2f} | {rb['fop'] / ra['fop']:.2f}× "
                  f"| {rb['warm'] / ra['warm']:.2f}× | {rb['floor'] / ra['floor']:.2f}× |")

    print()
    print("Targets (issue 4), per document:")
    for doc in docs:
        r = rows[doc]
        checks = [
            ("≥15× faster than FOP's CLI", r["fop"] / r["frisk"] >= 15, f"{r['fop'] / r['frisk']:.1f}×"),
            ("faster than a warm FOP", r["warm"] > r["frisk"], f"{r['warm'] / r['frisk']:.2f}×"),
            ("≤1.5× the floor", r["frisk"] <= 1.5 * r["floor"], f"{r['frisk'] / r['floor']:.2f}×"),
            ("≤1/10 of FOP's memory", r["fop_mb"] >= 10 * r["frisk_mb"], f"1/{r['fop_mb'] / r['frisk_mb']:.1f}"),
        ]
        print(f"  {LABELS.get(doc, doc)}: " + "; ".join(
            f"{name} {'met' if ok else 'MISSED'} ({val})" for name, ok, val in checks))
    for a, b in growth:
        ra, rb = rows[a], rows[b]
        t, p = rb["frisk"] / ra["frisk"], rb["pages"] / ra["pages"]
        # 5% slack: medians of a few runs on a shared machine
        print(f"  {LABELS.get(a, a)} 1×→4×: time grows no faster than pages "
              f"{'met' if t <= 1.05 * p else 'MISSED'} (time {t:.2f}×, pages {p:.2f}×)")


if __name__ == "__main__":
    main()
