#!/usr/bin/env python3
"""Fidelity of a generated document to its seed.

usage: fidelity.py SEED EXPECTED LABEL=TEXTFILE...
       fidelity.py --normalise FILE      (prints FILE normalised, for other tests)

EXPECTED lists one phrase a line (headings, captions, trial titles, …; '#' starts a comment).
Each phrase must occur in the seed — so the list can only hold what the real document says —
and in every generated text. Texts are compared normalised: soft hyphens dropped, line-end
hyphenation joined ("fravi-\\ngelse" → "fravigelse"), quotes unified, white space collapsed.
Prints one TAP line per phrase and output, and the coverage per output.
"""
import re
import sys
import unicodedata


def normalise(text):
    text = unicodedata.normalize("NFC", text)
    # A soft hyphen at a line end is where the typesetter hyphenated: join the word.
    text = re.sub(r"\u00ad\s*\n\s*", "", text)
    text = text.replace("\u00ad", "")
    # A hyphen at a line end followed by a lower-case letter is hyphenation, not a hyphen.
    text = re.sub(r"(\w)-\s*\n\s*(?=[a-zæøå])", r"\1", text)
    text = re.sub(r"[”“„\"]", '"', text)
    text = re.sub(r"[’‘]", "'", text)
    text = text.replace("–", "-").replace("—", "-")
    text = re.sub(r"\s+", " ", text)
    return text.strip()


def main(argv):
    if len(argv) == 3 and argv[1] == "--normalise":
        print(normalise(open(argv[2], encoding="utf-8").read()))
        return 0
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    seed = normalise(open(argv[1], encoding="utf-8").read())
    phrases = []
    for line in open(argv[2], encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            phrases.append(line)
    outputs = []
    for arg in argv[3:]:
        label, _, path = arg.partition("=")
        outputs.append((label, normalise(open(path, encoding="utf-8").read())))
    failures = 0
    for phrase in phrases:
        wanted = normalise(phrase)
        if wanted not in seed:
            print(f"not ok - expected phrase is not in the seed: {phrase}")
            failures += 1
    found = {label: 0 for label, _ in outputs}
    for label, text in outputs:
        missing = []
        for phrase in phrases:
            if normalise(phrase) in text:
                found[label] += 1
            else:
                missing.append(phrase)
        if missing:
            for phrase in missing:
                print(f"not ok - {label} lacks: {phrase}")
            failures += len(missing)
        else:
            print(f"ok - {label} holds all {len(phrases)} phrases of the seed")
    for label, _ in outputs:
        print(f"# coverage {label}: {found[label]}/{len(phrases)} "
              f"({100.0 * found[label] / max(1, len(phrases)):.1f} %)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
