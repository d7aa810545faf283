#!/usr/bin/env python3
"""splitrows.py FO PDF: prints one line for every table row of FO whose cells do not all begin on
the same page of PDF (a row split at a page foot must show the beginning of every cell that has
content in its first part), and nothing when there is none.

A cell begins on the page that holds the first words of its text (up to three, white space
collapsed) in `pdftotext -raw` text (content-stream order keeps a cell's lines together; soft
hyphens at line ends are joined). Words found on one page only place a row; a cell whose words
repeat elsewhere (a status such as "Godkendt til opstart") must be found on that page too, so the
check may miss a bad row but does not report a good one.
"""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

FO = "{http://www.w3.org/1999/XSL/Format}"


def norm(s):
    s = re.sub("\u00ad\\s*", "", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def squeeze(s):
    """Without white space, so that a line broken at a hyphen ("Lyngby-/Taarbæk") still matches."""
    return re.sub(r"\s+", "", norm(s))


def page_texts(pdf):
    n = 0
    for line in subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout.splitlines():
        if line.startswith("Pages:"):
            n = int(line.split()[1])
    return [squeeze(subprocess.run(["pdftotext", "-raw", "-f", str(p), "-l", str(p), pdf, "-"],
                                capture_output=True, text=True, check=True).stdout)
            for p in range(1, n + 1)]


def main():
    fo, pdf = sys.argv[1], sys.argv[2]
    pages = page_texts(pdf)
    for body in ET.parse(fo).iter(FO + "table-body"):
        for i, row in enumerate(body.iter(FO + "table-row"), 1):
            keys = []
            for cell in row.iter(FO + "table-cell"):
                key = " ".join(norm("".join(cell.itertext())).split(" ")[:3])
                if key:
                    keys.append((key, [p for p in range(len(pages)) if squeeze(key) in pages[p]]))
            sure = [on[0] for _, on in keys if len(on) == 1]
            if not sure:
                continue
            first = min(sure)
            if any(first not in on for _, on in keys):
                print("row %d: " % i + "; ".join("'%s' on page %s" % (k, ",".join(str(p + 1) for p in on) or "?")
                                                 for k, on in keys))


if __name__ == "__main__":
    main()
