#!/usr/bin/env python3
"""An independent count of the facts, for tests/facts/test.sh.

Reads a composed document (xmllint --xinclude output) and an as-of date, and prints one line
"NAME NETWORK VALUE" per fact ('-' for all networks), computed here with ElementTree from the
definitions written in stylesheets/common/facts.xsl -- not from that stylesheet or from
src/compiler/check.c -- so the test catches a slip in either.
"""
import calendar
import sys
import xml.etree.ElementTree as ET


def end_key(date):
    """The last day of a (partial) date as YYYYMMDD; '' is the far future."""
    if not date:
        return 99991231
    y = int(date[:4])
    if len(date) == 4:
        return y * 10000 + 1231
    m = int(date[5:7])
    if len(date) == 7:
        return y * 10000 + m * 100 + calendar.monthrange(y, m)[1]
    return int(date[:10].replace('-', ''))


def current(item, as_of):
    known = [s for s in item.findall('status-history/status')
             if s.get('date') is None or end_key(s.get('date')) <= end_key(as_of)]
    return known[-1].get('kind') if known else None


def outcome(item, as_of):
    if item.tag == 'rejection':
        return current(item, as_of)
    kinds = [current(e, as_of) for e in item.findall('element')]
    kinds = [k for k in kinds if k]
    if any(k in ('approved', 'partially-approved') for k in kinds):
        return 'approved'
    for k in ('expected', 'rejected'):
        if k in kinds:
            return k
    return kinds[0] if kinds else None


def main():
    doc, as_of = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else '')
    root = ET.parse(doc).getroot()
    prog = root if root.tag == 'programme' else root.find('programme')
    nets = prog.findall('networks/network')
    out = []

    def facts(scope, label):
        trials = [t for n in scope for t in n.findall('trials/trial')]
        # the memo counts one trial per table row: per element
        rows = [e for t in trials for e in t.findall('element')]
        rejections = [r for n in scope for r in n.findall('rejections/rejection') if r.get('part-of') is None]
        oc = [{'partially-approved': 'approved'}.get(current(e, as_of), current(e, as_of)) for e in rows]
        ro = [outcome(r, as_of) for r in rejections]
        members = [m.get('ref') for n in scope for m in n.findall('members/member')]
        out.append(('networks', label, len(scope)))
        out.append(('municipalities', label, len(set(members))))
        out.append(('trials-applied', label, sum(1 for o in oc + ro if o)))
        out.append(('trials-granted', label, sum(1 for o in oc if o in ('approved', 'expected'))))
        out.append(('trials-approved', label, oc.count('approved')))
        out.append(('trials-expected', label, oc.count('expected')))
        out.append(('trials-rejected', label, oc.count('rejected') + ro.count('rejected')))
        out.append(('external-evaluations', label,
                    sum(1 for n in scope for e in n.iter('evaluation') if e.get('external') in ('true', '1'))))
        elements = [current(e, as_of) for t in trials for e in t.findall('element')]
        out.append(('elements-applied', label, sum(1 for k in elements if k)))
        for kind in ('clarification', 'approved', 'partially-approved', 'expected',
                     'rejected', 'no-exemption-needed', 'general-law-change', 'withdrawn'):
            out.append(('elements-' + kind, label, elements.count(kind)))
        if label != '-':
            n = scope[0]
            left = {l.get('ref') for l in n.findall('left') if end_key(l.get('date')) <= end_key(as_of)}
            out.append(('trials-in-network', label, sum(1 for o in oc if o in ('approved', 'expected'))))
            out.append(('members-in-network', label, sum(1 for m in members if m not in left)))
            out.append(('members-left', label, sum(1 for m in members if m in left)))
        else:
            active = sum(1 for n in nets
                         if any(current(e, as_of) in ('approved', 'partially-approved', 'expected')
                                for e in n.findall('trials/trial/element')))
            out.append(('networks-active', label, active))

    facts(nets, '-')
    for n in nets:
        facts([n], n.get('id'))
    for name, net, value in out:
        print(name, net, value)


main()
