# Builds responses/ and the [[comment]] entries (gen/labels_comments.toml, pasted into labels.toml)
# from letters.py (QA41). Run: python3 gen/make_responses.py
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(HERE, 'letters.py')).read())
OUT = os.path.join(HERE, '..', 'responses'); os.makedirs(OUT, exist_ok=True)
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, HRFlowable, Table, TableStyle
from reportlab.lib import colors
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
        elif b[0] == 'row': story.append(b[1])
        elif b[0] == 'n': story += [Spacer(1, 30), HRFlowable(width='30%', hAlign='LEFT'), Paragraph(rl_text(b[1]), nt)]
        else: story.append(Paragraph(rl_text(b[1]), st))
    doc.build(story)

def pdf_fpdf(path, blocks, headed=True):
    pdf = FPDF(format='A4'); pdf.set_margins(25, 20, 25); pdf.add_page()
    pdf.set_creation_date(__import__('datetime').datetime(2026, 10, 21, tzinfo=__import__('datetime').timezone.utc))
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
        elif b[0] == 'h': d.add_paragraph().add_run(b[1]).bold = True
        else: d.add_paragraph(b[1])
    d.save(path)

def make_docx_table(path, header, blocks):
    d = docx.Document(); d.core_properties.author = ''
    rows = [b for b in blocks if b[0] == 'row']
    for b in blocks:
        if b[0] == 'f':
            for line in b[1].split('\n'): d.add_paragraph(line)
    t = d.add_table(rows=1, cols=len(header)); t.style = 'Table Grid'
    for i, h in enumerate(header): t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, c in enumerate(r[1]): cells[i].text = c
    d.add_paragraph('Hartelijk dank voor uw reactie.')
    d.save(path)

def make_pdf_table(path, header, blocks):
    st = ParagraphStyle('b', fontName='Helvetica', fontSize=10.5, leading=14, spaceAfter=9)
    cs = ParagraphStyle('c', fontName='Helvetica', fontSize=9.5, leading=12)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2*cm, rightMargin=2*cm, invariant=1)
    story = [Paragraph(rl_text(b[1]), st) for b in blocks if b[0] == 'f'][:2]
    data = [[Paragraph('<b>%s</b>' % h, cs) for h in header]] + [[Paragraph(rl_text(c), cs) for c in b[1]] for b in blocks if b[0] == 'row']
    t = Table(data, colWidths=[2.2*cm, 8*cm, 6.8*cm], repeatRows=1)
    t.setStyle(TableStyle([('GRID', (0,0), (-1,-1), 0.5, colors.grey), ('VALIGN', (0,0), (-1,-1), 'TOP'), ('BACKGROUND', (0,0), (-1,0), colors.lightgrey)]))
    story += [t, Spacer(1, 12)] + [Paragraph(rl_text(b[1]), st) for b in blocks if b[0] == 'f'][2:]
    doc.build(story)

def txt_body(blocks): return '\n\n'.join(b[1] for b in blocks) + '\n'

def html_body(blocks):
    # HTML only (no text/plain part): furniture as <p>, points as <p> with the number kept in the text
    out = ['<html><head><meta charset="utf-8"></head><body style="font-family:Arial">']
    for b in blocks:
        out.append('<p>' + escape(b[1]).replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out) + '\n</body></html>\n'

def eml_head(l):
    return (f"From: {l['frm']}\nTo: gezondheid@peelrand.example.nl\nDate: {l['date']}\nSubject: {l['subject']}\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n")

labels = []
for l in L:
    path = os.path.join(OUT, l['file']); fmt = l['fmt']; blocks = l['blocks']
    if fmt in ('pdf_rl', 'pdf_rl_headed'): pdf_rl(path, blocks)
    elif fmt == 'pdf_fpdf': pdf_fpdf(path, blocks)
    elif fmt == 'pdf_fpdf_plain': pdf_fpdf(path, blocks, headed=False)
    elif fmt == 'docx': make_docx(path, blocks)
    elif fmt == 'docx_table': make_docx_table(path, l['header'], blocks)
    elif fmt == 'pdf_table': make_pdf_table(path, l['header'], blocks)
    elif fmt == 'eml_reply': open(path, 'w').write(eml_head(l) + txt_body(blocks) + '\n' + l['quoted'])
    elif fmt == 'txt': open(path, 'w').write(txt_body(blocks))
    elif fmt == 'eml': open(path, 'w').write(eml_head(l) + txt_body(blocks))
    elif fmt == 'eml_html': open(path, 'w').write(eml_head(l).replace('text/plain', 'text/html') + html_body(blocks))
    elif fmt == 'eml_fwd': open(path, 'w').write(eml_head(l) + txt_body(blocks))
    for b in blocks:
        if b[0] in ('p', 'row'):
            assert b[3] in (b[1] if b[0] == 'p' else ' '.join(b[1])), (l['file'], b[3])
            secs = ', '.join(f'"{s}"' for s in b[2])
            labels += ['[[comment]]', f'file = "{l["file"]}"', f'start = "{b[3]}"', f'sections = [{secs}]', '']
print('\n'.join(labels))  # the [[comment]] entries of labels.toml
print(len([x for x in labels if x.startswith('[[')]), 'points')  # the [[comment]] entries of labels.toml
print('ok', len(L))
