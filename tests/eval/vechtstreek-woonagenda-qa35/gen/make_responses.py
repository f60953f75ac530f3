import sys, re, os
sys.path.insert(0, '/tmp/qa35c/set/gen')
exec(open('/tmp/qa35c/set/gen/letters.py').read())
OUT = '/tmp/qa35c/set/responses'
os.makedirs(OUT, exist_ok=True)
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from fpdf import FPDF
import docx
from xml.sax.saxutils import escape

def label_start(text):
    t = text
    m = re.match(r'^\d+\.\s+', t)
    if m:
        t = t[m.end():]
        if '\n' in t: t = t.split('\n', 1)[1]
    return ' '.join(t.split()[:8])

def pdf_rl(path, blocks):
    st = ParagraphStyle('b', fontName='Helvetica', fontSize=10.5, leading=14, spaceAfter=9)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5*cm, rightMargin=2.5*cm)
    story = []
    for b in blocks:
        story.append(Paragraph(escape(b[1]).replace('\n', '<br/>').replace('  ', '&nbsp; '), st))
    doc.build(story)

def pdf_fpdf(path, blocks):
    pdf = FPDF(format='A4'); pdf.set_margins(25, 20, 25); pdf.add_page()
    for b in blocks:
        text = b[1]
        m = re.match(r'^(\d+\.\s+[^\n]+)\n(.*)$', text, re.S)
        if b[0] == 'p' and m:
            pdf.set_font('Helvetica', 'B', 11); pdf.multi_cell(0, 6, m.group(1), new_x="LMARGIN", new_y="NEXT"); 
            pdf.set_font('Helvetica', '', 11); pdf.multi_cell(0, 6, m.group(2), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font('Helvetica', '', 11); pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.output(path)

def make_docx(path, blocks):
    d = docx.Document()
    for b in blocks:
        if b[0] == 'f':
            for line in b[1].split('\n'): d.add_paragraph(line)
        else:
            d.add_paragraph(b[1])
    d.save(path)

def txt_body(blocks):
    return '\n\n'.join(b[1] for b in blocks) + '\n'

labels = ['draft = "drafts/01-inspraakversie-woonagenda.pdf"', 'responses = "responses"', '']
for l in L:
    path = os.path.join(OUT, l['file'])
    fmt = l['fmt']; blocks = l['blocks']
    if fmt == 'pdf_rl': pdf_rl(path, blocks)
    elif fmt == 'pdf_fpdf': pdf_fpdf(path, blocks)
    elif fmt == 'docx': make_docx(path, blocks)
    elif fmt == 'txt': open(path, 'w').write(txt_body(blocks))
    elif fmt == 'eml':
        hdr = f"From: {l['frm']}\nTo: woonagenda@vechtstreek-oost.example.nl\nDate: {l['date']}\nSubject: {l['subject']}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        open(path, 'w').write(hdr + txt_body(blocks))
    for b in blocks:
        if b[0] == 'p':
            secs = ', '.join(f'"{s}"' for s in b[2])
            labels += ['[[comment]]', f'file = "{l["file"]}"', f'start = "{label_start(b[1])}"', f'sections = [{secs}]', '']
open('/tmp/qa35c/set/labels.toml', 'w').write('\n'.join(labels))
print('ok')
