#!/usr/bin/env python3
"""report.py RAW.tsv — the benchmark's table (Markdown) from bench/run.sh's measurements.

RAW.tsv rows: DOC TOOL wall user sys maxrss_kb (TOOL frisk, fop, floor, typst; one row per run),
DOC warm median_wall median_cpu 0 0 (the warm JVM's own medians), DOC pages frisk fop floor typst,
DOC bytes frisk fop typst (the PDFs' sizes), and DOC typo ENGINE "lines=N hyphenated=N …" (the
typography count of an engine's PDF, tests/typeset/typography.py). Medians over the runs. Documents that Typst
set too (the mail merge, lettersN) get a table of their own, with issue 17's targets."""
import re
import statistics
import sys
from collections import defaultdict

LABELS = {"memo": "memo (status-2018-02.fo)", "memo-x4": "memo ×4",
          "memo60": "memo60.fo (synthetic)", "memo60-x4": "memo60.fo ×4"}


ENGINES = {"frisk": "frisk", "fop": "FOP", "typst": "Typst"}


def label(doc):
    m = re.fullmatch(r"letters(\d+)", doc)
    return f"mail merge, {m.group(1)} letters" if m else LABELS.get(doc, doc)


def main():
    runs = defaultdict(list)
    pages, sizes, docs = {}, {}, []
    typo = defaultdict(dict)
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            doc, tool, *v = line.rstrip("\n").split("\t")
            if doc not in docs:
                docs.append(doc)
            if tool == "pages":
                pages[doc] = [int(x) if x.isdigit() else None for x in v[:4]]
            elif tool == "bytes":
                sizes[doc] = [int(x) if x.isdigit() else None for x in v[:3]]
            elif tool == "typo":
                typo[doc][v[0]] = {k: float(x) for k, x in (kv.split("=") for kv in v[1].split())}
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
    typst_docs = [d for d in docs if (d, "typst") in runs]
    for doc in docs:
        fr, fo, fl = med(doc, "frisk", 0), med(doc, "fop", 0), med(doc, "floor", 0)
        frm, fom = med(doc, "frisk", 2) / 1024, med(doc, "fop", 2) / 1024
        w = med(doc, "warm", 0)
        p = pages.get(doc, [None] * 3)
        r = rows[doc] = dict(frisk=fr, fop=fo, warm=w, floor=fl, frisk_mb=frm, fop_mb=fom,
                             pages=p[0], fop_pages=p[1])
        r["ms_page"] = 1000 * fr / p[0] if p[0] else None
        print(f"| {label(doc)} | {p[0]} / {p[1]} / {p[2]} | {fr:.3f} | {frm:.0f} | {fo:.2f} "
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
        print(f"| {label(doc)} | {fr:.3f} | {fo:.2f} | {w:.3f} | {fl:.3f} | {fo / fr:.1f}× "
              f"| {w / fr:.2f}× | {fr / fl:.2f}× |")

    growth = [(d[:-3], d) for d in docs if d.endswith("-x4") and d[:-3] in rows]
    if growth:
        print()
        print("| growth 1× → 4× | pages | frisk time | frisk ms/page | FOP CLI time | warm FOP time | floor time |")
        print("|---|--:|--:|--:|--:|--:|--:|")
        for a, b in growth:
            ra, rb = rows[a], rows[b]
            print(f"| {label(a)} | {rb['pages'] / ra['pages']:.2f}× | {rb['frisk'] / ra['frisk']:.2f}× "
                  f"| {ra['ms_page']:.2f} → {rb['ms_page']:.2f} | {rb['fop'] / ra['fop']:.2f}× "
                  f"| {rb['warm'] / ra['warm']:.2f}× | {rb['floor'] / ra['floor']:.2f}× |")

    if typst_docs:
        print()
        print("The mail merge (one logo, sender, address, date and a justified, hyphenated paragraph per "
              "letter; one page-sequence per letter; Typst sets the same letter from its own markup):")
        print()
        print("| document | pages frisk / Typst / FOP | frisk s | frisk MB | frisk PDF MB | Typst s | Typst MB "
              "| Typst PDF MB | FOP CLI s | FOP CLI MB | FOP PDF MB | frisk ÷ Typst time | frisk ÷ Typst PDF "
              "| FOP CLI ÷ frisk |")
        print("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
        for doc in typst_docs:
            r = rows[doc]
            r["typst"], r["typst_mb"] = med(doc, "typst", 0), med(doc, "typst", 2) / 1024
            b = sizes.get(doc, [None] * 3)
            r["bytes"], r["typst_bytes"] = b[0], b[2]
            p = pages.get(doc, [None] * 4)
            mb = lambda x: f"{x / 1e6:.2f}" if x else "–"
            print(f"| {label(doc)} | {p[0]} / {p[3]} / {p[1]} | {r['frisk']:.3f} | {r['frisk_mb']:.0f} "
                  f"| {mb(b[0])} | {r['typst']:.3f} | {r['typst_mb']:.0f} | {mb(b[2])} | {r['fop']:.2f} "
                  f"| {r['fop_mb']:.0f} | {mb(b[1])} | {r['frisk'] / r['typst']:.2f}× "
                  f"| {b[0] / b[2]:.2f}× | {r['fop'] / r['frisk']:.1f}× |")

    if typo:
        print()
        print("Typography of each engine's PDF (tests/typeset/typography.py; a hyphen ladder is three or "
              "more hyphenated line ends in a row, an orphan or widow a paragraph's single line alone at "
              "a page foot or head, a hyphen break a word divided across pages):")
        print()
        print("| document | engine | lines | hyphenated line ends | per 100 lines | ladders | orphans "
              "| widows | hyphen breaks |")
        print("|---|---|--:|--:|--:|--:|--:|--:|--:|")
        for doc in docs:
            for engine, c in typo.get(doc, {}).items():
                print(f"| {label(doc)} | {ENGINES.get(engine, engine)} | {c['lines']:.0f} "
                      f"| {c['hyphenated']:.0f} | {c['per100']:.1f} | {c['ladders']:.0f} "
                      f"| {c['orphans']:.0f} | {c['widows']:.0f} | {c['hyphenbreak']:.0f} |")

    print()
    print("Targets (issue 17), per document:")
    for doc in docs:
        r = rows[doc]
        if doc in typst_docs:
            checks = [
                ("≤3/4 of Typst's time", r["frisk"] <= 0.75 * r["typst"], f"{r['frisk'] / r['typst']:.2f}×"),
                ("under 150 MB", r["frisk_mb"] < 150, f"{r['frisk_mb']:.0f} MB"),
                ("PDF ≤2× Typst's", r["bytes"] <= 2 * r["typst_bytes"], f"{r['bytes'] / r['typst_bytes']:.2f}×"),
                ("faster than FOP's CLI", r["fop"] > r["frisk"], f"{r['fop'] / r['frisk']:.1f}×"),
            ]
        elif doc.endswith("-x4"):
            # The issue sets the FOP ratio for the memo as it is: in a run four times as long,
            # FOP's JVM start (about 2 s) is a smaller share, so the ratio is shown, not judged.
            checks = [
                ("FOP's CLI ÷ frisk", None, f"{r['fop'] / r['frisk']:.1f}×, no target: the 15× is the memo's as it is"),
                ("≤1.5× the floor", r["frisk"] <= 1.5 * r["floor"], f"{r['frisk'] / r['floor']:.2f}×"),
            ]
        else:
            checks = [
                ("≥15× faster than FOP's CLI", r["fop"] / r["frisk"] >= 15, f"{r['fop'] / r['frisk']:.1f}×"),
                ("≤1.5× the floor", r["frisk"] <= 1.5 * r["floor"], f"{r['frisk'] / r['floor']:.2f}×"),
            ]
        c, f = typo.get(doc, {}).get("frisk"), typo.get(doc, {}).get("fop")
        if c and f:
            checks.append(("fewer hyphenated line ends than FOP", c["hyphenated"] < f["hyphenated"],
                           f"{c['hyphenated']:.0f} against {f['hyphenated']:.0f}"))
        if c:
            left = sum(c[k] for k in ("ladders", "orphans", "widows", "hyphenbreak"))
            checks.append(("no ladder, orphan, widow or hyphen break", left == 0, f"{left:.0f} left"))
        print(f"  {label(doc)}: " + "; ".join(
            f"{name} {'' if ok is None else 'met ' if ok else 'MISSED '}({val})" for name, ok, val in checks))
    for a, b in growth:
        ra, rb = rows[a], rows[b]
        t, p = rb["frisk"] / ra["frisk"], rb["pages"] / ra["pages"]
        # 5% slack: medians of a few runs on a shared machine
        print(f"  {label(a)} 1×→4×: time grows no faster than pages "
              f"{'met' if t <= 1.05 * p else 'MISSED'} (time {t:.2f}×, pages {p:.2f}×)")
    by_n = sorted((int(d[7:]), d) for d in typst_docs)
    for (na, a), (nb, b) in zip(by_n, by_n[1:]):
        ra, rb = rows[a], rows[b]
        t, p = rb["frisk"] / ra["frisk"], rb["pages"] / ra["pages"]
        print(f"  mail merge {na}→{nb} letters: time ≤1.1× the growth in pages "
              f"{'met' if t <= 1.1 * p else 'MISSED'} (time {t:.2f}×, pages {p:.2f}×)")


if __name__ == "__main__":
    main()
