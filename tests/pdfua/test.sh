# PDF/UA-1 and PDF/A-2a (issue 19): every PDF frisk writes — the memo, the applications, the
# round applications and `frisk render` of the FO fixtures — checked as a reader would, over
# the object tree qpdf reads (conformance.py), with poppler and pdf.js. Run by tests/run.sh.
. tests/lib.sh
OUT=$(suite_out pdfua)

conform() { # conform FILE.pdf [conformance.py options]: a TAP line per condition
    f=$1; shift
    python3 tests/pdfua/conformance.py "$@" "$f"
}

# ---- the documents of a build ---------------------------------------------------------------
if $FRISK build -q -o "$OUT/build" > "$OUT/build.log" 2>&1; then ok "the build succeeds"
else not_ok "the build succeeds" "$(tail -n 3 "$OUT/build.log")"; fi
n=0
for pdf in "$OUT"/build/memos/*.pdf "$OUT"/build/applications/*.pdf; do
    [ -f "$pdf" ] || continue
    n=$((n + 1))
    # what each document holds must be in its tree (a condition over no element proves nothing)
    case $pdf in
    *status-*) expect=H1,H2,H3,TOC,TOCI,Note,Figure,Caption,L,LI,Lbl,LBody,Table,THead,TBody,TH,TD,Link ;;
    *runde-*) expect=H1,H2,H3,Caption,L,LI,Table,THead,TBody,TH,TD,Link ;;
    *) expect=H1,L,LI,Table,TBody,TD,Link ;;
    esac
    conform "$pdf" --lang da-DK --expect "$expect"
    check_eq "$(basename "$pdf"): pdfinfo says Tagged: yes" \
        "$(pdfinfo "$pdf" | awk '/^Tagged:/ { print $2 }')" yes
done
check_eq "four PDFs built (memo, application, two round applications)" "$n" 4

# ---- same input, same bytes: the /ID comes from the content, not the clock ------------------
$FRISK build -q -o "$OUT/again" > /dev/null 2>&1
for pdf in memos/status-2018-02.pdf applications/boern-2016.pdf; do
    check "$pdf: two builds give identical bytes" cmp -s "$OUT/build/$pdf" "$OUT/again/$pdf"
done
id1=$(qpdf --show-object=trailer "$OUT/build/memos/status-2018-02.pdf" | grep -o '/ID \[ <[0-9a-f]*>')
id2=$(qpdf --show-object=trailer "$OUT/build/applications/boern-2016.pdf" | grep -o '/ID \[ <[0-9a-f]*>')
if [ -n "$id1" ] && [ "$id1" != "$id2" ]; then ok "documents of different content get different /IDs"
else not_ok "documents of different content get different /IDs" "'$id1' and '$id2'"; fi

# ---- frisk render of the FO fixtures ------------------------------------------------------
for f in basic table300 footnotes toc graphic hyphen lists rows figures lines inline splitnote; do
    if $FRISK render "tests/typeset/$f.fo" -o "$OUT/$f.pdf" 2> "$OUT/$f.err"; then
        conform "$OUT/$f.pdf"
    else
        not_ok "$f renders" "$(head -n 3 "$OUT/$f.err")"
    fi
done

# ---- the language comes from the FO: xml:lang on fo:root, language + country ---------------
cat > "$OUT/lang.fo" <<'FO'
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" xml:lang="en-GB">
  <fo:layout-master-set><fo:simple-page-master master-name="p" page-width="200pt" page-height="200pt">
    <fo:region-body margin="20pt"/></fo:simple-page-master></fo:layout-master-set>
  <fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body">
    <fo:block>English text.</fo:block></fo:flow></fo:page-sequence>
</fo:root>
FO
sed -e 's/ xml:lang="en-GB"//' -e 's/master-reference="p"/master-reference="p" language="de" country="AT"/' \
    "$OUT/lang.fo" > "$OUT/lang2.fo"
$FRISK render "$OUT/lang.fo" -o "$OUT/lang.pdf" 2> "$OUT/lang.err"
$FRISK render "$OUT/lang2.fo" -o "$OUT/lang2.pdf" 2>> "$OUT/lang.err"
conform "$OUT/lang.pdf" --lang en-GB | grep ': Lang'
conform "$OUT/lang2.pdf" --lang de-AT | grep ': Lang'
