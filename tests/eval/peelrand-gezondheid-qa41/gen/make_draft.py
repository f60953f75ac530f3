# Builds drafts/01-ontwerp-nota-gezondheidsbeleid-peelrand.pdf (reportlab). Run: python3 gen/make_draft.py
# Pages: 1 cover, 2 colofon, 3-4 inhoud, 5 voorwoord, 6 samenvatting (no printed number); printed 'pagina N' starts
# at 1 on chapter 1, so printed page N is PDF page N+6. The contents list printed numbers.
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from draft_content import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, PageBreak, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

W, H = A4
OFFSET = 6
body = ParagraphStyle('body', fontName='Times-Roman', fontSize=11.5, leading=18, spaceAfter=10)
h1 = ParagraphStyle('h1', fontName='Helvetica-Bold', fontSize=16, leading=20, spaceBefore=6, spaceAfter=10)
h2 = ParagraphStyle('h2', fontName='Helvetica-Bold', fontSize=13, leading=17, spaceBefore=10, spaceAfter=6)
h3 = ParagraphStyle('h3', fontName='Helvetica-BoldOblique', fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle('sm', fontName='Helvetica', fontSize=9.5, leading=12)

class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Paragraph) and hasattr(f, '_toc'):
            self.notify('TOCEntry', (f._toc[0], f._toc[1], self.page - OFFSET))

def header_footer(c, doc):
    pn = c.getPageNumber()
    c.saveState()
    if pn > 1:
        c.setFont('Helvetica', 8.5); c.setFillColor(colors.grey)
        c.drawString(2.5*cm, H-1.5*cm, 'Nota Gezondheidsbeleid Peelrand 2027-2030')
        c.drawRightString(W-2.5*cm, H-1.5*cm, 'Ontwerp voor inspraak')
        c.line(2.5*cm, H-1.65*cm, W-2.5*cm, H-1.65*cm)
        c.setFont('Helvetica', 9); c.drawString(2.5*cm, 1.3*cm, 'GGD Peelrand en gemeenten')
        if pn > OFFSET: c.drawRightString(W-2.5*cm, 1.3*cm, f'pagina {pn - OFFSET}')
    c.restoreState()

OUTF = os.path.join(HERE, '..', 'drafts', '01-ontwerp-nota-gezondheidsbeleid-peelrand.pdf')
frame = Frame(2.5*cm, 2.4*cm, W-5*cm, H-4.4*cm, id='f')
doc = Doc(OUTF, pagesize=A4, title=TITLE, author='Werkgroep Regionaal Gezondheidsbeleid Peelrand', invariant=1)
doc.addPageTemplates([PageTemplate('p', [frame], onPageEnd=header_footer)])

def heading(num, title, style, level):
    txt = f"{num}  {title}" if num else title
    p = Paragraph(txt, style); p._toc = (level, txt); return p

story = [Spacer(1, 5*cm), Paragraph('Regionale Nota Gezondheidsbeleid<br/>Peelrand 2027-2030', ParagraphStyle('t', fontName='Helvetica-Bold', fontSize=26, leading=32)),
         Spacer(1, 1*cm), Paragraph(SUBTITLE, ParagraphStyle('st', fontName='Helvetica', fontSize=14, leading=18)),
         Spacer(1, 3*cm), Paragraph('Ontwerp voor inspraak, september 2026', body), Paragraph(MUNIS, body), PageBreak()]
story.append(Paragraph('Colofon', h2))
for s in COLOFON: story.append(Paragraph(s, small)); story.append(Spacer(1, 6))
story.append(PageBreak())
toc = TableOfContents()
toc.levelStyles = [ParagraphStyle('t1', fontName='Helvetica-Bold', fontSize=10.5, leading=15),
                   ParagraphStyle('t2', fontName='Helvetica', fontSize=10, leading=14, leftIndent=14),
                   ParagraphStyle('t3', fontName='Helvetica', fontSize=10, leading=14, leftIndent=28)]
story += [Paragraph('Inhoud', h1), toc, PageBreak()]
story.append(Paragraph('Voorwoord', h1))
for s in VOORWOORD: story.append(Paragraph(s, body))
story.append(PageBreak())
story.append(Paragraph('Samenvatting', h1))
for s in SAMENVATTING: story.append(Paragraph(s, body))
for level, num, title, paras in SECTIONS:
    if level == 1: story.append(PageBreak())
    story.append(heading(num, title, {1: h1, 2: h2, 3: h3}[level], level-1))
    for p in paras: story.append(Paragraph(p, body))
story.append(PageBreak())
story.append(heading('Bijlage A', 'Indicatoren en streefwaarden', h1, 0))
story.append(Paragraph('De tabel geeft per speerpunt de indicator uit de Gezondheidsmonitor, de huidige waarde en de streefwaarde voor 2030.', body))
t = Table([[Paragraph(c, small) for c in r] for r in INDICATOREN], colWidths=[7.5*cm, 4.5*cm, 3.5*cm])
t.setStyle(TableStyle([('GRID', (0,0), (-1,-1), 0.5, colors.grey), ('BACKGROUND', (0,0), (-1,0), colors.lightgrey)]))
story.append(t)
story.append(PageBreak())
story.append(heading('Bijlage B', 'Begrippenlijst', h1, 0))
for term, uitleg in BEGRIPPEN: story.append(Paragraph(f'<b>{term}</b> - {uitleg}', body))
doc.multiBuild(story)
print(OUTF)
for e in toc._lastEntries: print('pagina', e[2], '(pdf', e[2] + OFFSET, ')', e[1])
