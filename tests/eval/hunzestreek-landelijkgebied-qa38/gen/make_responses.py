import sys, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(HERE, 'letters.py')).read())
OUT = os.path.join(HERE, '..', 'responses')
os.makedirs(OUT, exist_ok=True)
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Flowable
import docx
from xml.sax.saxutils import escape

def label_start(b):
    t = b[2] if b[0] == 'h' else b[1]
    m = re.match(r'^(\d+\.|-|[a-z]\))\s+', t)
    if m:
        t = t[m.end():]
        if m.group(1)[0].isdigit() and '\n' in t: t = t.split('\n', 1)[1]
    return ' '.join(t.split()[:8])

class Fill(Flowable):
    """Takes all but three lines of what is left of the page, so that the next paragraph runs over the page break."""
    def wrap(self, aw, ah): return (0, max(0, ah - 3*14 - 9))
    def draw(self): pass

split_pages = {}
st = ParagraphStyle('b', fontName='Helvetica', fontSize=10.5, leading=14, spaceAfter=9)
hs = ParagraphStyle('h', fontName='Helvetica-Bold', fontSize=10.5, leading=14, spaceAfter=2)

def pdf(path, l):
    class Doc(SimpleDocTemplate):
        def afterFlowable(self, f):
            if isinstance(f, Paragraph):
                split_pages.setdefault((l['file'], f.getPlainText()[:30]), set()).add(self.page)
    doc = Doc(path, pagesize=A4, leftMargin=2.5*cm, rightMargin=2.5*cm, bottomMargin=2.5*cm)
    story = []
    def P(text, style=st): story.append(Paragraph(escape(text).replace('\n', '<br/>').replace('  ', '&nbsp; '), style))
    for b in l['blocks']:
        if b[0] == 'fill': story.append(Fill()); continue
        if b[0] == 't':
            t = Table(b[1], colWidths=[7.5*cm, 6*cm])
            t.setStyle(TableStyle([('FONT', (0,0), (-1,0), 'Helvetica-Bold', 10), ('FONT', (0,1), (-1,-1), 'Helvetica', 10),
                ('GRID', (0,0), (-1,-1), 0.5, colors.grey), ('BOTTOMPADDING', (0,0), (-1,-1), 4)]))
            story.append(t); story.append(Paragraph('', st)); continue
        if b[0] == 'h': P(b[1], hs); P(b[2]); continue
        m = re.match(r'^(\d+\.\s+[^\n]+)\n(.*)$', b[1], re.S)
        if b[0] == 'p' and m: P(m.group(1), hs); P(m.group(2))
        else: P(b[1])
    footer = l.get('footer')
    def onpage(c, d):
        c.saveState(); c.setFont('Helvetica', 8)
        if footer: c.drawString(2.5*cm, 1.4*cm, footer)
        c.drawRightString(A4[0]-2.5*cm, 1.4*cm, f"pagina {c.getPageNumber()}")
        c.restoreState()
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)

def make_docx(path, blocks):
    d = docx.Document()
    for b in blocks:
        if b[0] == 'f':
            for line in b[1].split('\n'): d.add_paragraph(line)
        elif b[0] == 'h':
            d.add_paragraph().add_run(b[1]).bold = True; d.add_paragraph(b[2])
        else:
            d.add_paragraph(b[1])
    d.core_properties.author = 'Gebruiker'
    d.save(path)

def txt_body(blocks):
    out = []
    for b in blocks:
        if b[0] == 'h': out.append(b[1] + '\n' + b[2])
        elif b[0] in ('f', 'p', 'c', 'q'): out.append(b[1])
    return '\n\n'.join(out) + '\n'

labels = []
for l in L:
    path = os.path.join(OUT, l['file'])
    fmt = l['fmt']; blocks = l['blocks']
    if fmt == 'pdf': pdf(path, l)
    elif fmt == 'docx': make_docx(path, blocks)
    elif fmt == 'txt': open(path, 'w').write(txt_body(blocks))
    elif fmt == 'eml':
        hdr = f"From: {l['frm']}\nTo: gebiedsagenda@hunzestreek.example.nl\nDate: {l['date']}\nSubject: {l['subject']}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        open(path, 'w').write(hdr + txt_body(blocks))
    for b in blocks:
        if b[0] in ('p', 'h'):
            secs = ', '.join(f'"{s}"' for s in b[-1])
            labels += ['[[comment]]', f'file = "{l["file"]}"', 'start = "' + label_start(b).replace('"', '\\"') + '"', f'sections = [{secs}]', '']
open(os.path.join(HERE, 'labels.generated.toml'), 'w').write('\n'.join(labels))
for k, v in split_pages.items():
    if len(v) > 1: print('runs over a page break:', k, sorted(v))
print(len([x for x in labels if x == '[[comment]]']), 'points')
