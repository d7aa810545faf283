# The frisk column of docs/fop-compliance.md, checked: each line of compliance-probes.txt is
# "ok|error<TAB>SLOT<TAB>text", a small FO (the template below with text put in at SLOT) that
# `frisk render` must typeset (ok: the table says yes, partial or accepted) or refuse with a
# located error (error). Prints one TAP line per probe. Run by tests/fo/checks/compliance.sh:
#   python3 tests/fo/compliance-probe.py FRISK PROBES WORKDIR
import os, re, shutil, subprocess, sys

TEMPLATE = '''<?xml version="1.0" encoding="UTF-8"?>
<fo:root xml:lang="en" xmlns:fo="http://www.w3.org/1999/XSL/Format">
<fo:layout-master-set>
<fo:simple-page-master master-name="p" page-width="210mm" page-height="297mm" margin="20mm" {SPM}>
<fo:region-body {RB}/><fo:region-before extent="10mm" {RBF}/>
</fo:simple-page-master>
</fo:layout-master-set>
{EXTRA0}
<fo:page-sequence master-reference="p" {PS}>{PSTOP}
<fo:static-content flow-name="xsl-region-before"><fo:block>Head</fo:block></fo:static-content>
<fo:flow flow-name="xsl-region-body">
<fo:block {BLOCK}>Some text <fo:inline {INLINE}>inline</fo:inline> <fo:page-number {PN}/> and <fo:leader {LEADER}/> end.</fo:block>
<fo:block-container {BC}><fo:block>In a container</fo:block></fo:block-container>
<fo:list-block {LB}><fo:list-item><fo:list-item-label end-indent="label-end()"><fo:block>1.</fo:block></fo:list-item-label><fo:list-item-body start-indent="body-start()"><fo:block>Item</fo:block></fo:list-item-body></fo:list-item></fo:list-block>
<fo:table {TABLE}><fo:table-column column-width="50mm"/><fo:table-column column-width="50mm"/>
<fo:table-body {TBODY}><fo:table-row {ROW}><fo:table-cell {CELL}><fo:block>A</fo:block></fo:table-cell><fo:table-cell><fo:block>B</fo:block></fo:table-cell></fo:table-row></fo:table-body></fo:table>
<fo:block><fo:external-graphic src="url('values-square.png')" {EG}/></fo:block>
<fo:block><fo:basic-link internal-destination="x" {LINK}>link</fo:basic-link></fo:block>
{EXTRA}
<fo:block id="x">end</fo:block>
</fo:flow></fo:page-sequence></fo:root>
'''
SLOTS = re.findall(r'\{([A-Z0-9]+)\}', TEMPLATE)

frisk, probes, work = sys.argv[1:4]
# the graphic sits beside the probes, where frisk may read it
shutil.copyfile(os.path.join(os.path.dirname(os.path.abspath(probes)), 'values-square.png'),
                os.path.join(work, 'values-square.png'))
for n, line in enumerate(open(probes, encoding='utf-8'), 1):
    line = line.rstrip('\n')
    if not line or line.startswith('#'):
        continue
    expect, slot, text = line.split('\t')
    fo = TEMPLATE
    for s in SLOTS:
        fo = fo.replace('{%s}' % s, text if s == slot else '')
    path = os.path.join(work, 'compliance-probe-%d.fo' % n)
    pdf = os.path.join(work, 'compliance-probe-%d.pdf' % n)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(fo)
    r = subprocess.run([frisk, 'render', path, '-o', pdf], capture_output=True, text=True)
    located = re.search(r'\.fo:\d+:\d+: error: ', r.stderr) is not None
    what = '%s %s' % (slot, text[:90])
    if expect == 'ok' and r.returncode == 0:
        print('ok - compliance: frisk takes %s' % what)
    elif expect == 'error' and r.returncode == 1 and located and not os.path.exists(pdf):
        print('ok - compliance: frisk refuses %s, located' % what)
    else:
        err = r.stderr.strip().splitlines()
        print('not ok - compliance: %s: expected %s, got status %d: %s'
              % (what, expect, r.returncode, err[0] if err else ''))
