# Builds responses/ and the [[comment]] entries (gen/labels_comments.toml, pasted into labels.toml)
# from letters.py. Run: python3 gen/make_responses.py
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(HERE, 'letters.py')).read())
OUT = os.path.join(HERE, '..', 'responses'); os.makedirs(OUT, exist_ok=True)
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, HRFlowable
from fpdf import FPDF
import docx
from xml.sax.saxutils import escape

def rl_text(t): return escape(t).replace('\n', '<br/>').replace('  ', '&nbsp; ')

def pdf_rl(path, blocks):
    st = ParagraphStyle('b', fontName='Helvetica', fontSize=10.5, leading=14, spaceAfter=9)
    hd = ParagraphStyle('h', fontName='Helvetica-Bold', fontSize=11, leading=14, spaceBefore=4, spaceAfter=3)
    nt = ParagraphStyle('n', fontName='Helvetica', fontSize=8, leading=10)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5*cm, rightMargin=2.5*cm, invariant=1)
    story = []
    for b in blocks:
        if b[0] == 'h': story.append(Paragraph(rl_text(b[1]), hd))
        elif b[0] == 'n': story += [Spacer(1, 30), HRFlowable(width='30%', hAlign='LEFT'), Paragraph(rl_text(b[1]), nt)]
        else: story.append(Paragraph(rl_text(b[1]), st))
    doc.build(story)

def pdf_fpdf(path, blocks, headed=True):
    pdf = FPDF(format='A4'); pdf.set_margins(25, 20, 25); pdf.add_page()
    pdf.set_creation_date(__import__('datetime').datetime(2026, 10, 15, tzinfo=__import__('datetime').timezone.utc))
    for b in blocks:
        text = b[1]
        m = re.match(r'^(\d+\.\s+[^\n]+)\n(.*)$', text, re.S)
        if headed and b[0] == 'p' and m:
            pdf.set_font('Helvetica', 'B', 11); pdf.multi_cell(0, 6, m.group(1), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font('Helvetica', '', 11); pdf.multi_cell(0, 6, m.group(2), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font('Helvetica', '', 11); pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.output(path)

def make_docx(path, blocks):
    d = docx.Document()
    d.core_properties.author = ''
    for b in blocks:
        if b[0] == 'f':
            for line in b[1].split('\n'): d.add_paragraph(line)
        else: d.add_paragraph(b[1])
    d.save(path)

def txt_body(blocks): return '\n\n'.join(b[1] for b in blocks) + '\n'

def eml_head(l):
    return (f"From: {l['frm']}\nTo: economischeagenda@regiolingedal.example.nl\nDate: {l['date']}\nSubject: {l['subject']}\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n")

labels = []
for l in L:
    path = os.path.join(OUT, l['file']); fmt = l['fmt']; blocks = l['blocks']
    if fmt in ('pdf_rl', 'pdf_rl_headed'): pdf_rl(path, blocks)
    elif fmt == 'pdf_fpdf': pdf_fpdf(path, blocks)
    elif fmt == 'pdf_fpdf_plain': pdf_fpdf(path, blocks, headed=False)
    elif fmt == 'docx': make_docx(path, blocks)
    elif fmt == 'txt': open(path, 'w').write(txt_body(blocks))
    elif fmt == 'eml': open(path, 'w').write(eml_head(l) + txt_body(blocks))
    elif fmt == 'eml_fwd': open(path, 'w').write(eml_head(l) + l['pre'] + '\n' + l['fwdhdr'] + '\n' + txt_body(blocks))
    for b in blocks:
        if b[0] == 'p':
            assert b[3] in b[1], (l['file'], b[3])
            secs = ', '.join(f'"{s}"' for s in b[2])
            labels += ['[[comment]]', f'file = "{l["file"]}"', f'start = "{b[3]}"', f'sections = [{secs}]', '']
print('\n'.join(labels))  # the [[comment]] entries of labels.toml
print('ok', len(L))
