#!/usr/bin/env python3
"""Plants hostile strings in every free-text field of a copy of an input folder (issue 8).

usage: plant.py SRC DST

Every non-blank text node gets PAYLOAD around its text, so the markup, quote-breaking and
event-handler strings reach every title, name, description and law title; text nodes whose
element the schema types (a date, a number) are kept when the schema rejects the change
(--skip ELEMENT, repeatable, found by the test from `frisk check`). Every free-text attribute
(string or token in schema/frisk.rng: source, label, unit, org, chapter) gets the payload too,
every href becomes a javascript: URL
(every law gets one, without the number and date that would make an ELI link instead), and every text cell starts with "=" so the CSV export
has formulas to neutralise. ids are slugs ([a-z0-9-]) in the schema: nothing hostile fits.
"""
import os
import shutil
import sys
import xml.dom.minidom as minidom

PAYLOAD = ('<script>alert(1)</script>" onmouseover="alert(2)" x=\' onfocus=\'alert(3)\' '
           '</style><img src=x onerror=alert(4)></title><svg onload=alert(5)>')
TEXT_ATTRS = {'source', 'label', 'unit', 'org', 'chapter'}
HREF = 'javascript:alert(6)'


def plant(node, skip):
    for child in list(node.childNodes):
        if child.nodeType == child.ELEMENT_NODE:
            name = child.tagName
            for attr in list(child.attributes.keys()):
                if attr in TEXT_ATTRS and attr != 'chapter':
                    child.setAttribute(attr, child.getAttribute(attr) + PAYLOAD)
                elif attr == 'href' and not name.endswith('include'):
                    child.setAttribute(attr, HREF)
            if name == 'law':
                # The law pages link @href only when there is no ELI (number and date).
                for attr in ('number', 'date'):
                    if child.hasAttribute(attr):
                        child.removeAttribute(attr)
                child.setAttribute('href', HREF)
            if name not in skip:
                plant(child, skip)
        elif child.nodeType == child.TEXT_NODE and child.data.strip():
            if node.tagName not in skip:
                child.data = '=1+1' + PAYLOAD + child.data + PAYLOAD


def main():
    src, dst = sys.argv[1], sys.argv[2]
    skip = set()
    args = sys.argv[3:]
    while args:
        if args[0] == '--skip':
            skip.add(args[1])
            args = args[2:]
        else:
            sys.exit('unknown argument ' + args[0])
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst)
    for folder, _, files in os.walk(dst):
        for f in files:
            if not f.endswith('.xml'):
                continue
            path = os.path.join(folder, f)
            doc = minidom.parse(path)
            plant(doc, skip)
            with open(path, 'w', encoding='utf-8') as out:
                out.write(doc.toxml())


if __name__ == '__main__':
    main()
