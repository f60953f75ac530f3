# Writes ../responses/* and ../labels.toml (the labels' body; the header comment is added by hand)
import sys, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(HERE, 'letters.py')).read())
OUT = os.path.join(HERE, '..', 'responses')
os.makedirs(OUT, exist_ok=True)
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
import docx
from xml.sax.saxutils import escape

def split_heading(text):
    """'1. Heading\\nBody' or 'Heading\\nBody' -> (heading, body); else (None, text)"""
    if '\n' in text:
        first, rest = text.split('\n', 1)
        if len(first) < 70 and not first.rstrip().endswith(('.', '?', '!', ':')):
            return first, rest
    return None, text

def label_start(text):
    head, t = split_heading(text)
    if head is None:
        t = re.sub(r'^(\d+\.|-|\u2022)\s+', '', t)
    return ' '.join(t.split()[:8])

def pdf_rl(path, blocks, headed=False):
    st = ParagraphStyle('b', fontName='Helvetica', fontSize=10.5, leading=14, spaceAfter=9)
    hd = ParagraphStyle('h', fontName='Helvetica-Bold', fontSize=10.5, leading=14, spaceAfter=2)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5*cm, rightMargin=2.5*cm)
    story = []
    for b in blocks:
        if headed and b[0] == 'p':
            head, body = split_heading(b[1])
            if head:
                story.append(Paragraph(escape(head), hd))
                story.append(Paragraph(escape(body), st))
                continue
        story.append(Paragraph(escape(b[1]).replace('\n', '<br/>').replace('  ', '&nbsp; '), st))
    doc.build(story)

def make_docx(path, blocks):
    d = docx.Document()
    for b in blocks:
        if b[0] == 'f':
            for line in b[1].split('\n'): d.add_paragraph(line)
        else:
            d.add_paragraph(b[1])
    d.core_properties.author = ''
    d.save(path)

def txt_body(blocks):
    return '\n\n'.join(b[1] for b in blocks) + '\n'

labels = ['draft = "tests/eval/merwestroom-energie-qa37/drafts/01-inspraakversie-energieagenda.pdf"',
          'responses = "tests/eval/merwestroom-energie-qa37/responses"', '']
for l in L:
    path = os.path.join(OUT, l['file'])
    fmt = l['fmt']; blocks = l['blocks']
    if fmt == 'pdf_rl': pdf_rl(path, blocks)
    elif fmt == 'pdf_rl_headed': pdf_rl(path, blocks, headed=True)
    elif fmt == 'docx': make_docx(path, blocks)
    elif fmt == 'txt': open(path, 'w').write(txt_body(blocks))
    elif fmt == 'eml':
        hdr = f"From: {l['frm']}\nTo: energieagenda@merwestroom.example.nl\nDate: {l['date']}\nSubject: {l['subject']}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        open(path, 'w').write(hdr + txt_body(blocks))
    for b in blocks:
        if b[0] == 'p':
            secs = ', '.join(f'"{s}"' for s in b[2])
            labels += ['[[comment]]', f'file = "{l["file"]}"', f'start = "{label_start(b[1])}"', f'sections = [{secs}]', '']
# the header comment of labels.toml was then prepended by hand
open(os.path.join(HERE, '..', 'labels.body.toml'), 'w').write('\n'.join(labels))
print('ok')
