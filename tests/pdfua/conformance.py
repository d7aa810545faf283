#!/usr/bin/env python3
"""The machine-checkable conditions of PDF/UA-1 (the Matterhorn Protocol's) and PDF/A-2a that
issue 19 names, checked over the object tree as qpdf reads it (`qpdf --json`), not over our own
bytes: a reader's view of the file.

usage: conformance.py [--lang da-DK] [--expect TYPE,TYPE...] [--only NAME,NAME...]
                      [--except NAME,NAME...] FILE.pdf...
--expect: these structure types must be in the tree (a vacuous pass proves nothing)
--except: leave these conditions out (the caller checks that frisk warned about the input)
conformance.py --dump FILE.pdf prints the structure tree, a line per element.
Prints one TAP line per condition ("ok - FILE: NAME" / "not ok - FILE: NAME: why"); exit 0.
"""
import base64
import json
import re
import subprocess
import sys

STANDARD = set("""Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private
P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference
BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form""".split())
PAINT_OPS = {"Tj", "TJ", "'", '"', "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "sh", "EI"}


def load(path):
    out = subprocess.run(["qpdf", "--json", "--json-stream-data=inline", "--decode-level=generalized",
                          path], capture_output=True, check=False)
    if out.returncode not in (0, 3):
        raise SystemExit(f"qpdf cannot read {path}: {out.stderr.decode()}")
    return json.loads(out.stdout)


class Pdf:
    def __init__(self, path):
        self.doc = load(path)
        self.objs = self.doc["qpdf"][1]
        self.trailer = self.objs["trailer"]["value"]

    def get(self, v):
        """Resolves an indirect reference ("12 0 R") to its value (a stream to its dict)."""
        while isinstance(v, str) and re.fullmatch(r"\d+ \d+ R", v):
            o = self.objs.get("obj:" + v, {})
            if "stream" in o:
                return o["stream"]["dict"]
            v = o.get("value")
        return v

    def stream(self, ref):
        o = self.objs.get("obj:" + ref, {})
        data = o.get("stream", {}).get("data")
        return base64.b64decode(data) if data else b""

    @property
    def root(self):
        return self.get(self.trailer["/Root"])


def text_of(v):
    """A JSON string of qpdf (u: unicode, b: hex bytes) as text."""
    if isinstance(v, str) and v.startswith("u:"):
        return v[2:]
    if isinstance(v, str) and v.startswith("b:"):
        return bytes.fromhex(v[2:]).decode("latin-1")
    return v


# ---- content streams -------------------------------------------------------------------------

TOKEN = re.compile(rb"""\s*(?:(%[^\r\n]*)|(\()|(<<|>>|\[|\]|\{|\})|(<[0-9A-Fa-f\s]*>)|(/[^\s/\[\]()<>{}%]*)|([^\s/\[\]()<>{}%]+))""")


def tokens(data):
    """Operands and operators of a content stream (strings skipped with their nesting)."""
    i, n = 0, len(data)
    while i < n:
        m = TOKEN.match(data, i)
        if not m:
            break
        if m.end() == i:
            break
        i = m.end()
        if m.group(1):
            continue
        if m.group(2):  # literal string: balanced parentheses, backslash escapes
            depth = 1
            while i < n and depth:
                c = data[i:i + 1]
                if c == b"\\":
                    i += 2
                    continue
                depth += {b"(": 1, b")": -1}.get(c, 0)
                i += 1
            yield ("str", None)
        elif m.group(3):
            yield ("punct", m.group(3))
        elif m.group(4):
            yield ("str", None)
        elif m.group(5):
            yield ("name", m.group(5).decode("latin-1"))
        else:
            word = m.group(6)
            if re.fullmatch(rb"[+-]?(\d+\.?\d*|\.\d+)", word) or word in (b"true", b"false", b"null"):
                yield ("num", word)
            else:
                op = word.decode("latin-1")
                yield ("op", op)
                if op == "ID":  # inline image data up to EI
                    j = data.find(b"EI", i)
                    i = n if j < 0 else j


def marked_paint(data):
    """For each painting operator: the stack of marked-content tags around it, and each MCID."""
    stack, operands, found = [], [], []
    for kind, v in tokens(data):
        if kind != "op":
            operands.append((kind, v))
            continue
        if v in ("BDC", "BMC"):
            tag = next((o[1] for o in operands if o[0] == "name"), None)
            mcid = None
            for a, b in zip(operands, operands[1:]):
                if a == ("name", "/MCID") and b[0] == "num":
                    mcid = int(b[1])
            stack.append((tag, mcid))
        elif v == "EMC":
            if stack:
                stack.pop()
        elif v in PAINT_OPS:
            found.append((v, list(stack)))
        operands = []
    return found


# ---- the structure tree ----------------------------------------------------------------------

def struct_elements(pdf):
    """(element dict, parent dict, depth) of the structure tree, in document order."""
    root = pdf.get(pdf.root.get("/StructTreeRoot"))
    if not isinstance(root, dict):
        return []
    out = []

    def walk(k, parent, depth):
        k = pdf.get(k) if isinstance(k, str) else k
        if isinstance(k, list):
            for c in k:
                walk(c, parent, depth)
        elif isinstance(k, dict) and "/S" in k:
            out.append((k, parent, depth))
            walk(k.get("/K"), k, depth + 1)

    walk(root.get("/K"), root, 0)
    return out


def element_refs(pdf):
    """(object reference, element dict) of each indirect structure element, in document order."""
    root = pdf.get(pdf.root.get("/StructTreeRoot"))
    out = []

    def walk(k):
        if isinstance(k, str) and re.fullmatch(r"\d+ \d+ R", k):
            v = pdf.get(k)
            if isinstance(v, dict) and "/S" in v:
                out.append((k, v))
                walk(v.get("/K"))
            elif isinstance(v, list):
                walk(v)
        elif isinstance(k, list):
            for c in k:
                walk(c)
        elif isinstance(k, dict) and "/S" in k:
            walk(k.get("/K"))

    if isinstance(root, dict):
        walk(root.get("/K"))
    return out


def name_tree(pdf, node):
    """The (key, value) pairs of a name tree."""
    node = pdf.get(node) or {}
    pairs = []
    names = pdf.get(node.get("/Names")) or []
    for i in range(0, len(names) - 1, 2):
        pairs.append((text_of(names[i]), names[i + 1]))
    for kid in pdf.get(node.get("/Kids")) or []:
        pairs += name_tree(pdf, kid)
    return pairs


def std_role(pdf, s):
    rolemap = pdf.get(pdf.get(pdf.root.get("/StructTreeRoot", {})).get("/RoleMap")) or {}
    seen = set()
    while s not in STANDARD and "/" + s in rolemap and s not in seen:
        seen.add(s)
        s = rolemap["/" + s].lstrip("/")
    return s


def role(pdf, el):
    return std_role(pdf, el["/S"].lstrip("/")).lstrip("/")


def attrs(pdf, el):
    a = pdf.get(el.get("/A"))
    items = a if isinstance(a, list) else [a]
    merged = {}
    for i in items:
        i = pdf.get(i)
        if isinstance(i, dict):
            merged.update(i)
    return merged


# ---- the conditions --------------------------------------------------------------------------

def conditions(pdf, want_lang, expect=()):
    root, els = pdf.root, None
    info = pdf.get(pdf.trailer.get("/Info")) or {}
    meta_ref = root.get("/Metadata")
    xmp = pdf.stream(meta_ref).decode("utf-8", "replace") if meta_ref else ""
    pages = [pdf.get(p["object"]) for p in pdf.doc["pages"]]
    page_refs = [p["object"] for p in pdf.doc["pages"]]

    def elements():
        nonlocal els
        if els is None:
            els = struct_elements(pdf)
        return els

    def c_marked():
        m = pdf.get(root.get("/MarkInfo")) or {}
        return m.get("/Marked") is True, f"MarkInfo {m}"

    def c_lang():
        lang = text_of(root.get("/Lang"))
        ok = bool(lang) and re.fullmatch(r"[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*", lang or "")
        return bool(ok) and (not want_lang or lang == want_lang), f"/Lang {lang!r}"

    def c_display_title():
        vp = pdf.get(root.get("/ViewerPreferences")) or {}
        title = text_of(info.get("/Title"))
        return vp.get("/DisplayDocTitle") is True and bool(title), f"{vp}, title {title!r}"

    def c_xmp_title():
        m = re.search(r"<dc:title>.*?<rdf:li[^>]*>(.*?)</rdf:li>", xmp, re.S)
        t = m.group(1).replace("&amp;", "&").replace("&lt;", "<") if m else None
        return bool(t) and t == text_of(info.get("/Title")), f"dc:title {t!r}"

    def c_pdfaid():
        ok = re.search(r"<pdfaid:part>2</pdfaid:part>", xmp) and \
            re.search(r"<pdfaid:conformance>A</pdfaid:conformance>", xmp)
        return bool(ok), "pdfaid part 2 conformance A"

    def c_pdfuaid():
        return bool(re.search(r"<pdfuaid:part>1</pdfuaid:part>", xmp)) and "pdfaExtension:schemas" in xmp, \
            "pdfuaid part 1 with its extension schema"

    def c_output_intent():
        for oi in pdf.get(root.get("/OutputIntents")) or []:
            oi = pdf.get(oi)
            prof = oi.get("/DestOutputProfile")
            if oi.get("/S") == "/GTS_PDFA1" and prof and pdf.get(prof).get("/N") == 3 and \
                    pdf.stream(prof)[36:40] == b"acsp":
                return True, "sRGB"
        return False, "no GTS_PDFA1 output intent with an RGB ICC profile"

    def c_id():
        i = pdf.trailer.get("/ID")
        return isinstance(i, list) and len(i) == 2 and all(i), f"/ID {i}"

    def c_no_encryption():
        return "/Encrypt" not in pdf.trailer, "encrypted"

    def c_fonts():
        bad = []
        for k, o in pdf.objs.items():
            v = o.get("value")
            if isinstance(v, dict) and v.get("/Type") == "/Font" and v.get("/Subtype") != "/Type0":
                fd = pdf.get(v.get("/FontDescriptor"))
                if v.get("/Subtype") == "/Type3":
                    bad.append(k + " Type3")
                elif not fd or not any(f in fd for f in ("/FontFile", "/FontFile2", "/FontFile3")):
                    bad.append(k + " not embedded")
                if "/ToUnicode" not in v and not v.get("/Subtype", "").startswith("/CIDFontType"):
                    bad.append(k + " no ToUnicode")
            if isinstance(v, dict) and v.get("/Subtype") == "/Type0" and "/ToUnicode" not in v:
                bad.append(k + " no ToUnicode")
        return not bad, ", ".join(bad[:5])

    def c_content_marked():
        outside, n = [], 0
        for i, p in enumerate(pages):
            refs = p.get("/Contents")
            refs = refs if isinstance(refs, list) else [refs]
            data = b"\n".join(pdf.stream(r) for r in refs)
            for op, stack in marked_paint(data):
                n += 1
                if not stack:
                    outside.append(f"page {i + 1}: {op}")
        return not outside, f"{len(outside)} of {n} painting operators outside marked content: {outside[:3]}"

    def c_artifacts_real():
        """Every MCID on a page is the content of a structure element (ParentTree) and no
        artifact is inside tagged content."""
        tree = pdf.get(root.get("/StructTreeRoot")) or {}
        ptree = pdf.get(tree.get("/ParentTree")) or {}
        nums = {}

        def collect(node):
            node = pdf.get(node)
            for j in range(0, len(node.get("/Nums", [])), 2):
                nums[node["/Nums"][j]] = node["/Nums"][j + 1]
            for kid in node.get("/Kids", []):
                collect(kid)
        collect(ptree)
        bad = []
        for i, p in enumerate(pages):
            refs = p.get("/Contents")
            refs = refs if isinstance(refs, list) else [refs]
            data = b"\n".join(pdf.stream(r) for r in refs)
            arr = pdf.get(nums.get(p.get("/StructParents"))) or []
            for op, stack in marked_paint(data):
                tags = [t for t, _ in stack]
                if "/Artifact" in tags and any(m is not None for _, m in stack):
                    bad.append(f"page {i + 1}: artifact inside tagged content")
                for t, m in stack:
                    if m is not None and (m >= len(arr) or not isinstance(pdf.get(arr[m]), dict)):
                        bad.append(f"page {i + 1}: MCID {m} has no structure element")
        return not bad, "; ".join(sorted(set(bad))[:3])

    def c_roles():
        bad = sorted({e["/S"] for e, _, _ in elements() if role(pdf, e) not in STANDARD})
        return bool(elements()) and not bad, f"non-standard types without a RoleMap: {bad}" if bad else "no structure tree"

    def c_headings():
        levels = [int(role(pdf, e)[1]) for e, _, _ in elements() if re.fullmatch(r"H[1-6]", role(pdf, e))]
        if not levels:  # a document without headings is fine, unless it has an outline
            return not pdf.doc.get("outlines"), "an outline but no H1-H6 heading"
        bad = [f"H{a} then H{b}" for a, b in zip([0] + levels, levels) if b > a + 1]
        return not bad, f"skipped levels: {bad[:3]}"

    def c_lists():
        bad = []
        for e, parent, _ in elements():
            r, pr = role(pdf, e), role(pdf, parent) if "/S" in parent else "the root"
            if r == "LI" and pr != "L":
                bad.append(f"LI in {pr}")
            if r in ("Lbl", "LBody") and pr != "LI":
                bad.append(f"{r} in {pr}")
            if r == "L" and not any(role(pdf, pdf.get(k)) == "LI" for k in kids(pdf, e)):
                bad.append("L without LI")
        return not bad, f"{len(bad)}: {sorted(set(bad))[:3]}"

    def c_tables():
        bad = []
        for e, parent, _ in elements():
            r, pr = role(pdf, e), role(pdf, parent) if "/S" in parent else "the root"
            if r == "TR" and pr not in ("THead", "TBody", "TFoot", "Table"):
                bad.append(f"TR in {pr}")
            if r in ("THead", "TBody", "TFoot") and pr != "Table":
                bad.append(f"{r} in {pr}")
            if r in ("TH", "TD") and pr != "TR":
                bad.append(f"{r} in {pr}")
            if r == "TH" and attrs(pdf, e).get("/Scope") not in ("/Row", "/Column", "/Both"):
                bad.append("TH without /Scope")
        has_tables = any(role(pdf, e) == "Table" for e, _, _ in elements())
        return not bad, f"{len(bad)}: {sorted(set(bad))[:3]}" if has_tables else "no table"

    def c_table_sections():
        bad = []
        for e, _, _ in elements():
            if role(pdf, e) == "Table":
                rs = [role(pdf, pdf.get(k)) for k in kids(pdf, e)]
                if not rs or any(r not in ("THead", "TBody", "TFoot", "Caption") for r in rs):
                    bad.append(f"Table of {sorted(set(rs))}")
        return not bad, "; ".join(bad[:3])

    def c_notes():
        notes = [e for e, _, _ in elements() if role(pdf, e) == "Note"]
        ids = [text_of(e.get("/ID")) for e in notes]
        return all(ids) and len(set(ids)) == len(ids), f"{len(notes)} notes, ids {ids[:3]}"

    def c_references():
        """Every Note is referenced by one Reference (the footnote call: /Ref names the Note),
        which comes before it and holds the call's content."""
        refs = element_refs(pdf)
        order = {r: i for i, (r, _) in enumerate(refs)}
        notes = [r for r, e in refs if role(pdf, e) == "Note"]
        callers = {}
        bad = []
        for r, e in refs:
            if role(pdf, e) != "Reference":
                continue
            if not e.get("/K"):
                bad.append(f"Reference {r} holds nothing")
            for target in pdf.get(e.get("/Ref")) or []:
                callers.setdefault(target, []).append(r)
        for n in notes:
            c = callers.get(n, [])
            if len(c) != 1:
                bad.append(f"Note {n} referenced by {len(c)} References")
            elif order[c[0]] > order[n]:
                bad.append(f"Note {n} comes before its Reference")
        return not bad, f"{len(notes)} notes: {bad[:3]}"

    def c_id_tree():
        """Each element /ID is in the IDTree, leading to that element."""
        tree = pdf.get(root.get("/StructTreeRoot")) or {}
        ids = dict(name_tree(pdf, tree.get("/IDTree"))) if tree.get("/IDTree") else {}
        bad = [text_of(e["/ID"]) for r, e in element_refs(pdf) if "/ID" in e and ids.get(text_of(e["/ID"])) != r]
        return not bad, f"/IDs not in the IDTree: {bad[:3]}"

    def c_link_text():
        """Every Link element holds the link's visible text (marked content with text) or a
        figure: a screen reader reads what the link says."""
        with_text = set()
        for i, (p, ref) in enumerate(zip(pages, page_refs)):
            refs = p.get("/Contents")
            refs = refs if isinstance(refs, list) else [refs]
            data = b"\n".join(pdf.stream(r) for r in refs)
            for op, stack in marked_paint(data):
                if op in ("Tj", "TJ", "'", '"'):
                    for _, m in stack:
                        if m is not None:
                            with_text.add((ref, m))

        def holds_text(e, pg):
            pg = e.get("/Pg", pg)
            for k in kids(pdf, e):
                kd = pdf.get(k) if isinstance(k, str) else k
                if isinstance(k, int) and (pg, k) in with_text:
                    return True
                if isinstance(kd, dict) and kd.get("/Type") == "/MCR" and (kd.get("/Pg", pg), kd.get("/MCID")) in with_text:
                    return True
                if isinstance(kd, dict) and "/S" in kd and (role(pdf, kd) == "Figure" or holds_text(kd, pg)):
                    return True
            return False
        links = [e for e, _, _ in elements() if role(pdf, e) == "Link"]
        bad = [i for i, e in enumerate(links) if not holds_text(e, None)]
        return not bad, f"{len(bad)} of {len(links)} Link elements hold no text"

    def c_lang_tags():
        bad = [text_of(e["/Lang"]) for e, _, _ in elements() if "/Lang" in e and
               not re.fullmatch(r"[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*", text_of(e["/Lang"]) or "")]
        return not bad, f"malformed /Lang: {bad[:3]}"

    def c_toc():
        bad = [role(pdf, p) for e, p, _ in elements() if role(pdf, e) == "TOCI" and role(pdf, p) != "TOC"]
        return not bad, f"TOCI in {bad[:3]}"

    def c_figures():
        bad = [e.get("/S") for e, _, _ in elements() if role(pdf, e) == "Figure" and not text_of(e.get("/Alt"))]
        return not bad, f"{len(bad)} figures without /Alt"

    def c_images_in_figures():
        """Every image XObject drawn sits in marked content of a Figure or an artifact."""
        bad = []
        for i, p in enumerate(pages):
            refs = p.get("/Contents")
            refs = refs if isinstance(refs, list) else [refs]
            data = b"\n".join(pdf.stream(r) for r in refs)
            for op, stack in marked_paint(data):
                if op == "Do" and not any(t in ("/Figure", "/Artifact") for t, _ in stack):
                    bad.append(f"page {i + 1}")
        return not bad, f"images outside Figure: {bad[:3]}"

    def c_links():
        objr = set()
        for e, _, _ in elements():
            for k in kids(pdf, e):
                k = pdf.get(k)
                if isinstance(k, dict) and k.get("/Type") == "/OBJR" and role(pdf, e) == "Link":
                    objr.add(k["/Obj"])
        bad = []
        for i, (p, ref) in enumerate(zip(pages, page_refs)):
            for a in pdf.get(p.get("/Annots")) or []:
                ad = pdf.get(a)
                if ad.get("/Subtype") != "/Link":
                    continue
                if not text_of(ad.get("/Contents")):
                    bad.append(f"page {i + 1}: no /Contents")
                if a not in objr:
                    bad.append(f"page {i + 1}: not in a Link element")
                if "/StructParent" not in ad:
                    bad.append(f"page {i + 1}: no /StructParent")
                if not (ad.get("/F", 0) & 4):
                    bad.append(f"page {i + 1}: not printable (/F)")
        return not bad, f"{len(bad)}: {bad[:3]}"

    def c_tabs():
        bad = [i + 1 for i, p in enumerate(pages) if pdf.get(p.get("/Annots")) and p.get("/Tabs") != "/S"]
        return not bad, f"pages with annotations without /Tabs /S: {bad[:5]}"

    def c_captions():
        bad = []
        for e, parent, _ in elements():
            if role(pdf, e) == "Caption" and role(pdf, parent) not in ("Table", "Figure", "L", "Div", "Sect"):
                bad.append(role(pdf, parent))
        return not bad, f"Caption in {bad[:3]}"

    return [
        ("MarkInfo Marked true", c_marked), ("Lang", c_lang), ("DisplayDocTitle", c_display_title),
        ("XMP dc:title", c_xmp_title), ("XMP pdfaid part 2 conformance A", c_pdfaid),
        ("XMP pdfuaid part 1", c_pdfuaid), ("sRGB output intent", c_output_intent),
        ("trailer ID", c_id), ("no encryption", c_no_encryption),
        ("fonts embedded with ToUnicode", c_fonts),
        ("every painting operator in marked content", c_content_marked),
        ("marked content belongs to the tree or is an artifact", c_artifacts_real),
        ("standard structure types or RoleMap", c_roles), ("headings H1-H6 without skipped levels", c_headings),
        ("L > LI > Lbl + LBody", c_lists), ("Table > TR > TH/TD, TH with Scope", c_tables),
        ("Table > THead/TBody/TFoot", c_table_sections), ("Note with ID", c_notes),
        ("Note referenced by a Reference", c_references), ("IDTree holds every /ID", c_id_tree),
        ("Link elements hold their text", c_link_text), ("element /Lang well formed", c_lang_tags),
        ("TOC > TOCI", c_toc), ("Figure with Alt", c_figures), ("images inside Figure", c_images_in_figures),
        ("Link annotations: OBJR, Contents, StructParent, printable", c_links),
        ("Tabs /S on pages with annotations", c_tabs), ("Caption inside Table or Figure", c_captions),
    ] + [(f"has {t}", lambda t=t: (any(role(pdf, e) == t for e, _, _ in elements()), f"no {t} element"))
         for t in expect]


def kids(pdf, e):
    k = e.get("/K")
    k = pdf.get(k) if isinstance(k, str) and k.endswith(" R") and "/S" not in (pdf.get(k) or {}) and \
        isinstance(pdf.get(k), list) else k
    return k if isinstance(k, list) else [k]


def dump(pdf):
    """The structure tree as a reader sees it: a line per element, indented by depth, with its
    type (and the standard type a RoleMap gives it), /Alt, /Lang, /ID and /Scope."""
    for e, _, depth in struct_elements(pdf):
        s = e["/S"].lstrip("/")
        line = "  " * depth + s
        if role(pdf, e) != s:
            line += f" (RoleMap: {role(pdf, e)})"
        for key in ("/Alt", "/Lang", "/ID"):
            if key in e:
                line += f" {key[1:]}={text_of(e[key])!r}"
        scope = attrs(pdf, e).get("/Scope")
        if scope:
            line += f" Scope={scope.lstrip('/')}"
        print(line)
        for k in kids(pdf, e):
            k = pdf.get(k)
            if isinstance(k, dict) and k.get("/Type") == "/OBJR":
                annot = pdf.get(k["/Obj"])
                print("  " * (depth + 1) + f"OBJR {annot.get('/Subtype', '').lstrip('/')} "
                      f"Contents={text_of(annot.get('/Contents'))!r}")


def main(argv):
    want_lang, only, expect, files, leave_out = None, None, [], [], set()
    it = iter(argv)
    for a in it:
        if a == "--lang":
            want_lang = next(it)
        elif a == "--dump":
            for f in it:
                dump(Pdf(f))
            return 0
        elif a == "--expect":
            expect = next(it).split(",")
        elif a == "--only":
            only = set(next(it).split(","))
        elif a == "--except":
            leave_out = set(next(it).split(","))
        else:
            files.append(a)
    for f in files:
        pdf = Pdf(f)
        for name, fn in conditions(pdf, want_lang, expect):
            if (only is not None and name not in only) or name in leave_out:
                continue
            try:
                ok, why = fn()
            except Exception as e:  # a malformed tree is a failure, not a crash
                ok, why = False, f"{type(e).__name__}: {e}"
            print(f"ok - {f}: {name}" if ok else f"not ok - {f}: {name}: {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
