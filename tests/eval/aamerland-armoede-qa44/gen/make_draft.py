# Builds drafts/01-ontwerp-visie-armoede-schulden-aamerland.docx from draft_content.py (QA44).
# Heading 1/2/3 styles with the number TYPED in the heading text ('3.2 Vroegsignalering'), no
# automatic numbering; Voorwoord, Samenvatting and 'Bijlage N: ...' are Heading 1 without a number.
# Title page in the Title style, a table in 4.1 and in Bijlage 2, a bulleted list (List Bullet)
# in 4.3 and one real footnote (word/footnotes.xml) in 6.1. Run: python3 gen/make_draft.py
import os, re, zipfile, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(HERE, 'draft_content.py')).read())
import docx
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(HERE, '..', 'drafts', '01-ontwerp-visie-armoede-schulden-aamerland.docx')
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
d = docx.Document()
d.core_properties.author = 'Werkgroep Armoede en Schulden Aamerland'
d.core_properties.title = TITLE
d.add_paragraph(TITLE, style='Title')
d.add_paragraph(SUBTITLE, style='Subtitle')
for line in INTRO: d.add_paragraph(line)
d.add_page_break()

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

first_chapter = True
for kind, title, paras in SECTIONS:
    level = 1 if kind == 'b' else kind
    if level == 1 and re.match(r'\d', title) and not first_chapter or kind == 'b':
        d.add_page_break()
    if level == 1 and re.match(r'\d', title): first_chapter = False
    d.add_heading(title, level=level)
    for par in paras:
        if isinstance(par, tuple) and par[0] == 'TABLE':
            header, rows = par[1], par[2:]
            t = d.add_table(rows=1, cols=len(header)); t.style = 'Table Grid'
            for i, hcell in enumerate(header): t.rows[0].cells[i].text = hcell
            for row in rows:
                cells = t.add_row().cells
                for i, c in enumerate(row): cells[i].text = c
            d.add_paragraph('')
        elif isinstance(par, tuple) and par[0] == 'BULLETS':
            for item in par[1]: d.add_paragraph(item, style='List Bullet')
        else:
            add_text_par(par)
d.save(OUT)

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
words = sum(len(p.split()) if isinstance(p, str) else 0 for _, _, ps in SECTIONS for p in ps)
print('headings', len(SECTIONS), 'words (plain paragraphs)', words, 'footnotes', len(FN))
