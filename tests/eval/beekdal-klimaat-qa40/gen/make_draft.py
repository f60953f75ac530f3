# Builds drafts/01-inspraakversie-adaptatiestrategie.pdf (reportlab). Run: python3 gen/make_draft.py
import os, sys, re
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from draft_content import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, PageBreak, Table, TableStyle, Flowable)
from reportlab.platypus.tableofcontents import TableOfContents

W, H = A4
OFFSET = 3
body = ParagraphStyle('body', fontName='Times-Roman', fontSize=11.5, leading=19, spaceAfter=10)
h1 = ParagraphStyle('h1', fontName='Helvetica-Bold', fontSize=16, leading=20, spaceBefore=6, spaceAfter=10)
h2 = ParagraphStyle('h2', fontName='Helvetica-Bold', fontSize=13, leading=17, spaceBefore=10, spaceAfter=6)
h3 = ParagraphStyle('h3', fontName='Helvetica-Bold', fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
quote = ParagraphStyle('q', fontName='Times-Italic', fontSize=11, leading=15)
qsrc = ParagraphStyle('qs', fontName='Helvetica', fontSize=9, leading=12)
fn = ParagraphStyle('fn', fontName='Times-Roman', fontSize=8.5, leading=10)
small = ParagraphStyle('sm', fontName='Helvetica', fontSize=9.5, leading=12)
footnotes_on_page = {}

class FootMark(Flowable):
    def __init__(self, text): super().__init__(); self.text = text; self.width = self.height = 0
    def wrap(self, aw, ah): return (0, 0)
    def draw(self): footnotes_on_page.setdefault(self.canv.getPageNumber(), []).append(self.text)

class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Paragraph) and hasattr(f, '_toc'):
            self.notify('TOCEntry', (f._toc[0], f._toc[1], self.page - OFFSET))

def header_footer(c, doc):
    pn = c.getPageNumber()
    c.saveState()
    if pn > 1:
        c.setFont('Helvetica', 8.5); c.setFillColor(colors.grey)
        c.drawString(2.5*cm, H-1.5*cm, TITLE)
        c.drawRightString(W-2.5*cm, H-1.5*cm, 'Inspraakversie, september 2026')
        c.line(2.5*cm, H-1.65*cm, W-2.5*cm, H-1.65*cm)
        c.setFont('Helvetica', 9); c.drawString(2.5*cm, 1.3*cm, 'Regio Beekdal')
        if pn > OFFSET: c.drawRightString(W-2.5*cm, 1.3*cm, f'blz. {pn - OFFSET}')
    c.restoreState()
    notes = footnotes_on_page.pop(pn, [])
    if notes:
        y = 2.3*cm + 11*len(notes)
        c.line(2.5*cm, y+6, 7*cm, y+6)
        for t in notes:
            p = Paragraph(t, fn); w, h = p.wrap(W-5*cm, 100); p.drawOn(c, 2.5*cm, y-h+8); y -= h+1

OUTF = os.path.join(HERE, '..', 'drafts', '01-inspraakversie-adaptatiestrategie.pdf')
frame = Frame(2.5*cm, 3.6*cm, W-5*cm, H-5.6*cm, id='f')
doc = Doc(OUTF, pagesize=A4, title=TITLE, author='Ambtelijke werkgroep Klimaatadaptatie Beekdal', invariant=1)
doc.addPageTemplates([PageTemplate('p', [frame], onPageEnd=header_footer)])

def heading(num, title, style, level):
    txt = f"{num}  {title}" if num else title
    p = Paragraph(txt, style); p._toc = (level, txt); return p

story = [Spacer(1, 5*cm), Paragraph(TITLE.replace(' Beekdal', '<br/>Beekdal'), ParagraphStyle('t', fontName='Helvetica-Bold', fontSize=26, leading=32)),
         Spacer(1, 1*cm), Paragraph(SUBTITLE, ParagraphStyle('st', fontName='Helvetica', fontSize=14, leading=18)),
         Spacer(1, 3*cm), Paragraph('Inspraakversie, september 2026', body), Paragraph(MUNIS, body), PageBreak()]
toc = TableOfContents()
toc.levelStyles = [ParagraphStyle('t1', fontName='Helvetica-Bold', fontSize=10.5, leading=15),
                   ParagraphStyle('t2', fontName='Helvetica', fontSize=10, leading=14, leftIndent=14),
                   ParagraphStyle('t3', fontName='Helvetica', fontSize=10, leading=14, leftIndent=28)]
story += [Paragraph('Inhoudsopgave', h1), toc, PageBreak()]
story.append(Paragraph('Samenvatting', h1))
for s in SAMENVATTING: story.append(Paragraph(s, body))
for level, num, title, paras, notes in SECTIONS:
    if level == 1 or num in ('3.2.1', '6.2', '7.3'): story.append(PageBreak())
    story.append(heading(num, title, {1: h1, 2: h2, 3: h3}[level], level-1))
    for p in paras:
        if isinstance(p, tuple):
            box = Table([[Paragraph(p[0], quote)], [Paragraph(p[1], qsrc)]], colWidths=[W-6*cm])
            box.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 1, colors.darkgreen), ('BACKGROUND', (0,0), (-1,-1), colors.HexColor('#eaf4ea')),
                ('LEFTPADDING', (0,0), (-1,-1), 10), ('TOPPADDING', (0,0), (0,0), 8)]))
            story += [box, Spacer(1, 10)]; continue
        marks = re.findall(r'\[(\d)\]', p)
        story.append(Paragraph(re.sub(r'\[(\d)\]', r'<super>\1</super>', p), body))
        for m in marks:
            for n in notes:
                if n.startswith(f'[{m}]'): story.append(FootMark(n.replace(f'[{m}] ', f'<super>{m}</super> ')))
story.append(PageBreak())
story.append(heading('Bijlage 1', 'Uitvoeringsprogramma 2027-2032', h1, 0))
story.append(Paragraph('In deze bijlage staan de belangrijkste acties uit de strategie, met de gemeente of partij die de actie trekt en het jaar waarin de actie gereed is.', body))
t = Table([[Paragraph(c, small) for c in r] for r in TABLE], colWidths=[3*cm, 6.5*cm, 4*cm, 2*cm])
t.setStyle(TableStyle([('GRID', (0,0), (-1,-1), 0.5, colors.grey), ('BACKGROUND', (0,0), (-1,0), colors.lightgrey)]))
story.append(t)
story.append(PageBreak())
story.append(heading('Bijlage 2', 'Begrippenlijst', h1, 0))
for term, uitleg in BEGRIPPEN:
    story.append(Paragraph(f'<b>{term}</b> - {uitleg}', body))
doc.multiBuild(story)
print(OUTF)
for e in toc._lastEntries: print('blz.', e[2], '(pdf', e[2] + OFFSET, ')', e[1])
