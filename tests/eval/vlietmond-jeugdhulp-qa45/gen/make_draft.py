# Builds drafts/01-ontwerp-regiovisie-jeugdhulp-vlietmond.pdf (reportlab). Run: python3 gen/make_draft.py
# Page 1 cover (no number); from page 2 on the footer prints 'Regiovisie Jeugdhulp Vlietmond 2027-2031 | N',
# N = the PDF page, and the contents list (dotted leaders) gives the same numbers. Chapters 'Hoofdstuk N Titel'
# each start on a new page; paragraphs 'N.M Titel', sub-paragraphs 'N.M.K Titel'.
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
body = ParagraphStyle('body', fontName='Helvetica', fontSize=11.5, leading=21, spaceAfter=13)
bullet = ParagraphStyle('bul', parent=body, leftIndent=18, bulletIndent=6, spaceAfter=5)
h1 = ParagraphStyle('h1', fontName='Helvetica-Bold', fontSize=18, leading=23, spaceBefore=6, spaceAfter=14, textColor=colors.HexColor('#1f4e79'))
h2 = ParagraphStyle('h2', fontName='Helvetica-Bold', fontSize=13, leading=17, spaceBefore=12, spaceAfter=7, textColor=colors.HexColor('#1f4e79'))
h3 = ParagraphStyle('h3', fontName='Helvetica-BoldOblique', fontSize=11.5, leading=15, spaceBefore=9, spaceAfter=5)
small = ParagraphStyle('sm', fontName='Helvetica', fontSize=9.5, leading=12.5)
smallb = ParagraphStyle('smb', parent=small, fontName='Helvetica-Bold')

class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Paragraph) and hasattr(f, '_toc'):
            self.notify('TOCEntry', (f._toc[0], f._toc[1], self.page))

def footer(c, doc):
    pn = c.getPageNumber()
    if pn == 1: return
    c.saveState(); c.setFont('Helvetica', 8.5); c.setFillColor(colors.grey)
    c.drawString(3*cm, 1.4*cm, 'Ontwerp voor inspraak, oktober 2026')
    c.drawRightString(W-3*cm, 1.4*cm, f'{RUNNING} | {pn}')
    c.restoreState()

OUTF = os.path.join(HERE, '..', 'drafts', '01-ontwerp-regiovisie-jeugdhulp-vlietmond.pdf')
frame = Frame(3*cm, 2.5*cm, W-6*cm, H-5*cm, id='f')
doc = Doc(OUTF, pagesize=A4, title=TITLE, author='Jeugdregio Vlietmond', invariant=1)
doc.addPageTemplates([PageTemplate('p', [frame], onPageEnd=footer)])

def heading(num, title, level):
    txt = {1: f'Hoofdstuk {num} {title}', 2: f'{num} {title}', 3: f'{num} {title}'}[level] if num else title
    p = Paragraph(txt, {1: h1, 2: h2, 3: h3}[level]); p._toc = (level-1, txt); return p

def table(rows, widths=None):
    t = Table([[Paragraph(c, smallb if i == 0 else small) for c in r] for i, r in enumerate(rows)], colWidths=widths, hAlign='LEFT')
    t.setStyle(TableStyle([('GRID', (0,0), (-1,-1), 0.5, colors.grey), ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#dbe5f1'))]))
    return t

def flow(p):
    if isinstance(p, tuple) and p[0] == 'TABLE': return [table(p[1]), Spacer(1, 12)]
    if isinstance(p, tuple) and p[0] == 'BOX':
        t = Table([[Paragraph(p[1], smallb)]] + [[Paragraph(l, small)] for l in p[2]], colWidths=[W-6*cm-1*cm], hAlign='LEFT')
        t.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 1, colors.HexColor('#1f4e79')), ('BACKGROUND', (0,0), (-1,-1), colors.HexColor('#eef3f8'))]))
        return [t, Spacer(1, 12)]
    if p.startswith('* '): return [Paragraph(p[2:], bullet, bulletText='•')]
    return [Paragraph(p, body)]

story = [Spacer(1, 6*cm), Paragraph(TITLE.replace(' 2027', '<br/>2027'), ParagraphStyle('t', fontName='Helvetica-Bold', fontSize=28, leading=34, textColor=colors.HexColor('#1f4e79'))),
         Spacer(1, 1*cm), Paragraph(SUBTITLE, ParagraphStyle('st', fontName='Helvetica', fontSize=15, leading=19)),
         Spacer(1, 4*cm), Paragraph('Ontwerp voor inspraak, oktober 2026', body), Paragraph(MUNIS, body), PageBreak()]
story += [Spacer(1, 14*cm)] + [Paragraph(c, small) for c in COLOFON] + [PageBreak()]
toc = TableOfContents(dotsMinLevel=0)
toc.levelStyles = [ParagraphStyle('t1', fontName='Helvetica-Bold', fontSize=10.5, leading=16, spaceBefore=4),
                   ParagraphStyle('t2', fontName='Helvetica', fontSize=10, leading=14, leftIndent=16),
                   ParagraphStyle('t3', fontName='Helvetica', fontSize=10, leading=14, leftIndent=32)]
story += [Paragraph('Inhoud', h1), toc, PageBreak()]
story.append(heading(None, 'Voorwoord', 1))
for s in VOORWOORD: story += flow(s)
story.append(PageBreak())
story.append(heading(None, 'Samenvatting', 1))
for s in SAMENVATTING: story += flow(s)
for i, (level, num, title, paras) in enumerate(SECTIONS):
    if level == 1: story.append(PageBreak())
    story.append(heading(num, title, level))
    for p in paras: story += flow(p)
    chapter = num.split('.')[0]
    if level == 1 and chapter in STEMMEN: story += flow(('BOX',) + STEMMEN[chapter])
    last = i + 1 == len(SECTIONS) or SECTIONS[i + 1][0] == 1
    if last and chapter in ACTIES:
        story.append(Paragraph('Wat gaan we doen?', h3))
        for a in ACTIES[chapter]: story += flow('* ' + a)
story.append(PageBreak())
story.append(heading(None, 'Bijlage 1: Begrippenlijst', 1))
for term, uitleg in BEGRIPPEN: story.append(Paragraph(f'<b>{term}</b>: {uitleg}', body))
story.append(PageBreak())
story.append(heading(None, 'Bijlage 2: Kerncijfers en doelen', 1))
story.append(Paragraph('De tabel geeft de belangrijkste indicatoren van het regionale dashboard jeugd, met de waarde in 2025 en het doel voor 2031.', body))
story.append(table(KERNCIJFERS, [7*cm, 3.5*cm, 4*cm]))
doc.multiBuild(story)
print(OUTF)
for e in toc._lastEntries: print('p.', e[2], e[1])
