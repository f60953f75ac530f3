# Builds drafts/01-ontwerp-rivp-lekvallei-2027-2030.docx from draft_content.py (QA42).
# Heading 1/2/3 carry AUTOMATIC multilevel numbering (numbering.xml abstractNum linked to the
# heading styles via w:pStyle in each level and w:numPr in each style); the heading texts carry
# no number. Voorwoord, Samenvatting and the typed 'Bijlage N' headings use Heading 1 with a
# paragraph-level numPr numId 0 (numbering off). A TOC field (with a cached result as Word
# writes it), real footnotes (word/footnotes.xml) and tables. Run: python3 gen/make_draft.py
import os, re, zipfile, shutil, copy
HERE = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(HERE, 'draft_content.py')).read())
import docx
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Pt
from lxml import etree

OUT = os.path.join(HERE, '..', 'drafts', '01-ontwerp-rivp-lekvallei-2027-2030.docx')
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

d = docx.Document()
d.core_properties.author = 'Regionaal Veiligheidsoverleg Lekvallei'
d.core_properties.title = TITLE

# --- numbering: one abstractNum, levels linked to Heading 1..3
numbering = d.part.numbering_part.element
absid = 90
an = etree.SubElement(numbering, qn('w:abstractNum')); an.set(qn('w:abstractNumId'), str(absid))
mlt = etree.SubElement(an, qn('w:multiLevelType')); mlt.set(qn('w:val'), 'multilevel')
fmt = ['%1', '%1.%2', '%1.%2.%3']
for i in range(3):
    lvl = etree.SubElement(an, qn('w:lvl')); lvl.set(qn('w:ilvl'), str(i))
    e = etree.SubElement(lvl, qn('w:start')); e.set(qn('w:val'), '1')
    e = etree.SubElement(lvl, qn('w:numFmt')); e.set(qn('w:val'), 'decimal')
    e = etree.SubElement(lvl, qn('w:pStyle')); e.set(qn('w:val'), 'Heading%d' % (i + 1))
    e = etree.SubElement(lvl, qn('w:lvlText')); e.set(qn('w:val'), fmt[i])
    e = etree.SubElement(lvl, qn('w:lvlJc')); e.set(qn('w:val'), 'left')
    ppr = etree.SubElement(lvl, qn('w:pPr'))
    ind = etree.SubElement(ppr, qn('w:ind')); ind.set(qn('w:left'), str(432 + 144 * i)); ind.set(qn('w:hanging'), str(432 + 144 * i))
# abstractNum elements must come before num elements
firstnum = numbering.find(qn('w:num'))
if firstnum is not None:
    numbering.remove(an); firstnum.addprevious(an)
num = etree.SubElement(numbering, qn('w:num')); num.set(qn('w:numId'), '90')
e = etree.SubElement(num, qn('w:abstractNumId')); e.set(qn('w:val'), str(absid))

for i in range(3):
    st = d.styles['Heading %d' % (i + 1)]
    ppr = st.element.get_or_add_pPr()
    numpr = OxmlElement('w:numPr')
    il = OxmlElement('w:ilvl'); il.set(qn('w:val'), str(i)); numpr.append(il)
    ni = OxmlElement('w:numId'); ni.set(qn('w:val'), '90'); numpr.append(ni)
    # schema order: keepNext, keepLines, pageBreakBefore, framePr, widowControl, numPr, ...
    after = [c for c in ppr if c.tag in (qn('w:pStyle'), qn('w:keepNext'), qn('w:keepLines'), qn('w:pageBreakBefore'), qn('w:framePr'), qn('w:widowControl'))]
    if after: after[-1].addnext(numpr)
    else: ppr.insert(0, numpr)

def numbering_off(p):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement('w:numPr')
    il = OxmlElement('w:ilvl'); il.set(qn('w:val'), '0'); numpr.append(il)
    ni = OxmlElement('w:numId'); ni.set(qn('w:val'), '0'); numpr.append(ni)
    ppr.append(numpr)

# --- numbers as Word shows them
counters = [0, 0, 0]
shown = []
for kind, title, paras in SECTIONS:
    if kind in (1, 2, 3):
        counters[kind - 1] += 1
        for j in range(kind, 3): counters[j] = 0
        shown.append(('.'.join(str(c) for c in counters[:kind]), title, kind))
    else:
        shown.append(('', title, 1))

# --- title page
p = d.add_paragraph(); r = p.add_run(TITLE); r.bold = True; r.font.size = Pt(22)
p = d.add_paragraph(); r = p.add_run(SUBTITLE); r.font.size = Pt(14)
for line in INTRO: d.add_paragraph(line)
d.add_page_break()

# --- TOC field with a cached result
p = d.add_paragraph(); p.add_run('Inhoud').bold = True
def fld(p, typ):
    r = p.add_run(); fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), typ); r._r.append(fc)
tocp = d.add_paragraph()
fld(tocp, 'begin')
r = tocp.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' TOC \\o "1-3" \\h \\z \\u '; r._r.append(it)
fld(tocp, 'separate')
page = 3
first = True
for numtxt, title, lev in shown:
    q = tocp if first else d.add_paragraph()
    first = False
    try: q.style = d.styles['TOC %d' % lev]
    except KeyError: pass
    q.add_run((numtxt + '\t' if numtxt else '') + title + '\t' + str(page))
    page += 1 if lev == 1 else 0
last = d.paragraphs[-1]
fld(last, 'end')
d.add_page_break()

# --- body
FN = []
def add_text_par(text, style=None):
    parts = re.split(r'\[\[FN:(.*?)\]\]', text)
    p = d.add_paragraph(style=style)
    for i, part in enumerate(parts):
        if i % 2 == 0:
            if part: p.add_run(part)
        else:
            FN.append(part)
            r = p.add_run()
            rpr = OxmlElement('w:rPr'); rs = OxmlElement('w:rStyle'); rs.set(qn('w:val'), 'FootnoteReference'); rpr.append(rs)
            va = OxmlElement('w:vertAlign'); va.set(qn('w:val'), 'superscript'); rpr.append(va)
            r._r.append(rpr)
            fr = OxmlElement('w:footnoteReference'); fr.set(qn('w:id'), str(len(FN))); r._r.append(fr)
    return p

for kind, title, paras in SECTIONS:
    if kind in ('u', 'b'):
        h = d.add_heading(title, level=1); numbering_off(h)
    else:
        d.add_heading(title, level=kind)
    for par in paras:
        if isinstance(par, list) and par[0] == 'TABLE':
            header, rows = par[1], par[2:]
            t = d.add_table(rows=1, cols=len(header)); t.style = 'Table Grid'
            for i, hcell in enumerate(header): t.rows[0].cells[i].text = hcell
            for row in rows:
                cells = t.add_row().cells
                for i, c in enumerate(row): cells[i].text = c
            d.add_paragraph('')
        else:
            add_text_par(par)
d.save(OUT)

# --- footnotes part
fx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
      '<w:footnotes xmlns:w="%s">' % W,
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
      '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
for i, t in enumerate(FN, 1):
    fx.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (i, t.replace('&', '&amp;').replace('<', '&lt;')))
fx.append('</w:footnotes>')
tmp = OUT + '.tmp'
with zipfile.ZipFile(OUT) as zin, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == '[Content_Types].xml':
            data = data.replace(b'</Types>', b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
        if item.filename == 'word/_rels/document.xml.rels':
            data = data.replace(b'</Relationships>', b'<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
        zout.writestr(item, data)
    zout.writestr('word/footnotes.xml', '\n'.join(fx).encode('utf-8'))
shutil.move(tmp, OUT)
words = sum(len(re.sub(r'\[\[FN:.*?\]\]', '', p).split()) if isinstance(p, str) else sum(len(' '.join(r).split()) for r in p[1:]) for _, _, ps in SECTIONS for p in ps)
print('sections', len(SECTIONS), 'words', words, 'footnotes', len(FN))
for n, t, l in shown: print('  ' * (l - 1) + (n + ' ' if n else '') + t)
