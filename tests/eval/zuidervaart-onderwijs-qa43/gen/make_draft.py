# Builds drafts/01-ontwerp-rea-zuidervaart-2027-2031.pdf from draft_content.py (QA43, reportlab):
# title page, Voorwoord, a table of contents with dot leaders and printed page numbers, one
# chapter per page, running header and page-number footer on every page but the title page,
# chapter 2 and Bijlage 2 in two columns, tables in 11.2 and Bijlage 1. Also writes
# gen/section_pages.txt (section -> printed page) to write the letters' page references.
# Run: python3 gen/make_draft.py
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, PageBreak,
                                NextPageTemplate, Table, TableStyle, FrameBreak)
from reportlab.platypus.tableofcontents import TableOfContents
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(HERE, 'draft_content.py')).read())
OUT = os.path.join(HERE, '..', 'drafts', '01-ontwerp-rea-zuidervaart-2027-2031.pdf')

W, H = A4
LM = RM = 2.5 * cm
TM, BM = 2.8 * cm, 2.5 * cm
body = ParagraphStyle('body', fontName='Helvetica', fontSize=11, leading=17.5, spaceAfter=10)
h1 = ParagraphStyle('h1', fontName='Helvetica-Bold', fontSize=16, leading=20, spaceBefore=6, spaceAfter=12)
h2 = ParagraphStyle('h2', fontName='Helvetica-Bold', fontSize=12, leading=15, spaceBefore=10, spaceAfter=6)
title = ParagraphStyle('title', fontName='Helvetica-Bold', fontSize=24, leading=30, spaceAfter=18)
sub = ParagraphStyle('sub', fontName='Helvetica', fontSize=14, leading=18, spaceAfter=10)
cell = ParagraphStyle('cell', fontName='Helvetica', fontSize=9.5, leading=12)

PAGES = {}

class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Paragraph) and hasattr(f, 'toc_level'):
            self.notify('TOCEntry', (f.toc_level, f.toc_text, self.page))
            PAGES[f.toc_number] = self.page

def decorate(canvas, doc):
    canvas.saveState()
    canvas.setFont('Helvetica', 8.5)
    canvas.drawString(LM, H - 1.6 * cm, HEADER)
    canvas.drawRightString(W - RM, H - 1.6 * cm, 'Inspraakversie')
    canvas.line(LM, H - 1.75 * cm, W - RM, H - 1.75 * cm)
    canvas.drawCentredString(W / 2, 1.4 * cm, f'- {doc.page} -')
    canvas.restoreState()

doc = Doc(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
          title=TITLE, author='Werkgroep REA Zuidervaart', invariant=1)
fw, fh = W - LM - RM, H - TM - BM
gap = 0.8 * cm
one = Frame(LM, BM, fw, fh, id='one')
left = Frame(LM, BM, (fw - gap) / 2, fh, id='left')
right = Frame(LM + (fw + gap) / 2, BM, (fw - gap) / 2, fh, id='right')
doc.addPageTemplates([
    PageTemplate(id='title', frames=[one]),
    PageTemplate(id='one', frames=[one], onPage=decorate),
    PageTemplate(id='two', frames=[left, right], onPage=decorate),
])

def heading(number, text, style, level):
    label = f'{number} {text}' if not number.startswith('Bijlage') else f'{number} {text}'
    p = Paragraph(escape(label), style)
    p.toc_level, p.toc_text, p.toc_number = level, escape(label), number
    return p

story = [Spacer(1, 5 * cm), Paragraph(escape(TITLE), title), Paragraph(escape(SUBTITLE), sub),
         Spacer(1, 1 * cm), Paragraph(escape(STATUS), sub),
         Spacer(1, 8 * cm), Paragraph('Gemeenten Zuidervaart, Bremhorst, Oosterlaag, Kleidijk en Heeswaarde', body),
         NextPageTemplate('one'), PageBreak()]
story.append(Paragraph('Voorwoord', h1))
for p in VOORWOORD:
    story.append(Paragraph(escape(p).replace('\n', '<br/>'), body))
story.append(PageBreak())
story.append(Paragraph('Inhoudsopgave', h1))
toc = TableOfContents(dotsMinLevel=0)
toc.levelStyles = [ParagraphStyle('t0', fontName='Helvetica-Bold', fontSize=10.5, leading=15, leftIndent=0, firstLineIndent=0, spaceBefore=4),
                   ParagraphStyle('t1', fontName='Helvetica', fontSize=10, leading=13.5, leftIndent=18, firstLineIndent=0)]
story.append(toc)

def table(rows):
    t = Table([[Paragraph(escape(c), cell) for c in r] for r in rows], colWidths=[7 * cm, 3.2 * cm, 5.6 * cm])
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dde6f0')),
                           ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    return t

for number, text, blocks in SECTIONS:
    chapter = '.' not in number
    if chapter:
        tmpl = 'two' if number in TWO_COLUMN else 'one'
        story += [NextPageTemplate(tmpl), PageBreak()]
    story.append(heading(number, text, h1 if chapter else h2, 0 if chapter else 1))
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'table':
            story += [table(b[1]), Spacer(1, 8)]
        else:
            story.append(Paragraph(escape(b), body))

doc.multiBuild(story)
with open(os.path.join(HERE, 'section_pages.txt'), 'w') as f:
    for n, p in PAGES.items():
        f.write(f'{n}\t{p}\n')
print(OUT, doc.page, 'pages')
