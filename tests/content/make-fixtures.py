#!/usr/bin/env python3
"""TEST FIXTURE generator (tests/content): writes into INPUT (a copy of input/) a memo and an
application that use every construct of the content vocabulary (schema/README.md, "Content"),
and the PNG their figure shows. The text is neutral placeholder text: it exercises structure
only and says nothing about any trial, network or person. Usage: make-fixtures.py INPUT"""
import os
import struct
import sys
import zlib

INPUT = sys.argv[1]


def png(path, width, height):
    """A plain two-tone PNG (a test pattern, no content), width x height pixels."""
    rows = b''
    for y in range(height):
        shade = 200 if (y // 40) % 2 else 230
        rows += b'\x00' + bytes([shade, shade, 245]) * width
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0))
                + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b''))


FILLER = ('Dette er neutral testtekst, som kun skal fylde linjer, så opsætningens regler kan '
          'prøves på siderne. Den handler ikke om noget forsøg, netværk eller menneske. ')


def filler(n):
    return ' '.join([FILLER] * n)


def long_rows(n):
    return '\n'.join(f'<row><cell>Testrække {i}</cell><cell>{i * 137 % 1000}</cell>'
                     f'<cell>{i * 29 % 100},5</cell></row>' for i in range(1, n + 1))


def lead_in_pairs(n):
    """Lead-in paragraphs ending in ":" with the list they introduce, at many page positions."""
    out = []
    for i in range(1, n + 1):
        out.append(f'<p>{filler(1 + i % 3)}</p>')
        out.append(f'<p>Testindledning {i} til listen herunder:</p>')
        out.append(f'<list><item>Testpunkt {i}a</item><item>Testpunkt {i}b</item></list>')
    return '\n'.join(out)


def body(prefix):
    """The blocks and sections both documents share; prefix keeps ids unique per document."""
    return f'''
  <p>Testafsnit med <em>fremhævning</em>, <strong>fed</strong>, <q>citat i linjen</q>, en
    fodnote<footnote>Testfodnote med en <link href="https://example.org/fodnote">henvisning</link>.</footnote>,
    en ekstern henvisning til <link href="https://www.retsinformation.dk/">Retsinformation</link>,
    en lov fra lovlisten (<law-ref law="SEL" paragraph="83"/>), en lov, dokumentet selv
    erklærer (<law-ref law="VEJL"/>), og interne henvisninger: se <xref ref="{prefix}-maalgrupper"/>,
    <xref ref="{prefix}-tabel"/> og <xref ref="{prefix}-figur"/>.</p>
  <p>Testindledning til den punktopstillede liste:</p>
  <list>
    <item>Første testpunkt</item>
    <item>Andet testpunkt med en underliste
      <list type="numbered"><item>Underpunkt et</item><item>Underpunkt to</item></list>
    </item>
  </list>
  <list type="numbered"><item>Nummereret et</item><item>Nummereret to</item></list>
  <quote><p>Testcitat som blok, sat ud fra teksten.</p><attribution>Testkilde</attribution></quote>
  <pull-quote>Testfremhævet citat</pull-quote>
  <p>Testindledning til tabellen:</p>
  <table id="{prefix}-tabel">
    <caption>Testtabel med spænd og sum</caption>
    <column width="3"/><column align="right" width="1"/><column align="right" width="1"/>
    <header>
      <row><cell rows="2">Testgruppe</cell><cell cols="2" align="center">Testtal</cell></row>
      <row><cell align="right">Antal</cell><cell align="right">Andel</cell></row>
    </header>
    <row><cell>Testgruppe A</cell><cell>1.234</cell><cell>12,5</cell></row>
    <row><cell rows="2">Testgruppe B</cell><cell>56</cell><cell>3,0</cell></row>
    <row><cell>7</cell><cell>0,4</cell></row>
    <footer><row><cell>I alt (test)</cell><cell>1.297</cell><cell>15,9</cell></row></footer>
  </table>
  <image id="{prefix}-figur" src="testfigur.png" alt="Testmønster af vandrette striber i to nuancer af blågrå">
    <caption>Testfigur, skaleret til spalten</caption>
    <figure-source>Testkilde til figuren</figure-source>
    <figure-note>Testnote til figuren</figure-note>
  </image>
  {lead_in_pairs(14)}
  <table id="{prefix}-lang">
    <caption>Lang testtabel over flere sider</caption>
    <column width="3"/><column align="right"/><column align="right"/>
    <header><row><cell>Testrække</cell><cell>Tal</cell><cell>Andel</cell></row></header>
    {long_rows(90)}
    <footer><row><cell>I alt (test)</cell><cell>45.045</cell><cell>100,0</cell></row></footer>
  </table>
'''


def sub_sections(prefix):
    return f'''
  <section id="{prefix}-maalgrupper"><title>Testmålgrupper</title>
    <p>{filler(2)}</p>
    <section numbered="false" id="{prefix}-maalgruppe-1"><title>Testmålgruppe 1: unumereret</title>
      <p>{filler(3)}</p>
      <section><title>Testunderafsnit i tredje niveau</title><p>{filler(2)}</p></section>
    </section>
    <section numbered="false"><title>Testmålgruppe 2: unumereret</title><p>{filler(2)}</p></section>
  </section>
  <section><title>Testafsnit efter målgrupperne</title><p>{filler(4)}</p></section>
'''


OWN_LAWS = '''<laws>
    <law id="VEJL" kind="act"><title>Lov om vejledning om uddannelse og erhverv</title><short-name>vejledningsloven</short-name></law>
  </laws>'''

memo = f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- TEST FIXTURE (tests/content/make-fixtures.py): every construct of the content vocabulary in a
     memo. Neutral placeholder text; not a real memo. -->
<memo id="indhold-test" status="draft" xmlns:xi="http://www.w3.org/2001/XInclude">
  <xi:include href="../programme.xml"/>
  {OWN_LAWS}
  <title>Testnotat med alle indholdselementer</title>
  <authors><author>Testforfatter</author></authors>
  <publisher>Testudgiver</publisher>
  <date value="2018-02"/>
  <foreword><p>Testforord:</p><list><item>Testpunkt i forordet</item></list></foreword>
  <overview><title>Testoverblik</title><p>{filler(1)}</p>
    <section><title>Testoverbliksafsnit</title><p>{filler(1)}</p>
      <section><title>Testunderafsnit i overblikket</title><p>{filler(1)}</p></section>
    </section>
  </overview>
  <chapter network="akut"><title>Testkapitel</title>
    <intro><p>{filler(1)}</p></intro>
    <section><title>Testindhold</title>{body('m')}
{sub_sections('m')}
    </section>
  </chapter>
</memo>
'''

application = f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- TEST FIXTURE (tests/content/make-fixtures.py): every construct of the content vocabulary in
     an application. Neutral placeholder text; not a real application. -->
<application id="indhold-test" network="boern" status="draft" xmlns:xi="http://www.w3.org/2001/XInclude">
  <xi:include href="../programme.xml"/>
  <date value="2016-05-01"/>
  {OWN_LAWS}
  <title>Testansøgning med alle indholdselementer</title>
  <theme>Testtema</theme>
  <letter><p>Testfølgebrev:</p><list><item>Testpunkt i følgebrevet</item></list></letter>
  <signatories/>
  <section number="1" kind="theme"><title>Testindhold</title>{body('a')}
{sub_sections('a')}
  </section>
  <section number="2" kind="network"><title>Testnetværk</title><p>{filler(1)}</p></section>
  <section number="3" kind="trials"><title>Testforsøg</title><p>{filler(1)}</p></section>
  <section number="4" kind="effects"><title>Testeffekter</title><p>{filler(1)}</p></section>
</application>
'''

os.makedirs(os.path.join(INPUT, 'memos'), exist_ok=True)
os.makedirs(os.path.join(INPUT, 'applications'), exist_ok=True)
for folder in ('memos', 'applications'):
    png(os.path.join(INPUT, folder, 'testfigur.png'), 1400, 500)
with open(os.path.join(INPUT, 'memos', 'indhold-test.xml'), 'w', encoding='utf-8') as f:
    f.write(memo)
with open(os.path.join(INPUT, 'applications', 'indhold-test.xml'), 'w', encoding='utf-8') as f:
    f.write(application)
