# Builds responses/ and gen/labels_comments.toml (the [[comment]] entries pasted into labels.toml)
# from letters.py (QA49). Run: python gen/make_responses.py  (in a venv with weasyprint, reportlab, fpdf2,
# python-docx: WeasyPrint prints the 'pdf_wp' letters)
import os, re, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(HERE, 'letters.py')).read())
OUT = os.path.join(HERE, '..', 'responses'); os.makedirs(OUT, exist_ok=True)
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from email.message import EmailMessage
from fpdf import FPDF
import docx
from xml.sax.saxutils import escape

def rl_text(t): return escape(t).replace('\n', '<br/>')

def pdf_rl(path, blocks):
    st = ParagraphStyle('b', fontName='Helvetica', fontSize=10.5, leading=14, spaceAfter=9)
    hd = ParagraphStyle('h', fontName='Helvetica-Bold', fontSize=11, leading=14, spaceBefore=4, spaceAfter=3)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5*cm, rightMargin=2.5*cm, invariant=1)
    flow = []
    for b in blocks:
        m = re.match(r'^(\d+\.\s+[^\n]+)\n(.*)$', b[1], re.S)
        if b[0] == 'pt' and m:  # a numbered headed point: the head in bold, the text below
            flow += [Paragraph(rl_text(m.group(1)), hd), Paragraph(rl_text(m.group(2)), st)]
        else:
            flow.append(Paragraph(rl_text(b[1]), hd if b[0] == 'h' else st))
    doc.build(flow)

def pdf_fpdf(path, blocks):
    pdf = FPDF(format='A4'); pdf.set_margins(25, 20, 25); pdf.add_page()
    pdf.set_creation_date(datetime.datetime(2026, 10, 15, tzinfo=datetime.timezone.utc))
    for b in blocks:
        if b[0] == 'sp':  # the next point starts b[1] mm above the page's break line, so it runs on
            pdf.set_y(pdf.h - pdf.b_margin - b[1]); continue
        text = b[1]
        m = re.match(r'^(\d+\.\s+[^\n]+)\n(.*)$', text, re.S)
        if b[0] == 'h':
            pdf.set_font('Helvetica', 'B', 11); pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif b[0] == 'pt' and m:
            pdf.set_font('Helvetica', 'B', 11); pdf.multi_cell(0, 6, m.group(1), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font('Helvetica', '', 11); pdf.multi_cell(0, 6, m.group(2), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font('Helvetica', '', 11); pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(path)

def pdf_table(path, blocks):
    """A reactieformulier: furniture above and below, the points as the rows of a table
    'Nr | Paragraaf/pagina | Opmerking' with a header row repeated on each page."""
    st = ParagraphStyle('b', fontName='Helvetica', fontSize=10, leading=13)
    hd = ParagraphStyle('h', fontName='Helvetica-Bold', fontSize=10, leading=13)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2*cm, rightMargin=2*cm, invariant=1)
    flow, rows = [], [[Paragraph('Nr', hd), Paragraph('Paragraaf/pagina', hd), Paragraph('Opmerking', hd)]]
    for b in blocks:
        if b[0] == 'row': rows.append([Paragraph(b[1], st), Paragraph(rl_text(b[2]), st), Paragraph(rl_text(b[3]), st)])
    furniture = [b for b in blocks if b[0] == 'f']
    for b in furniture[:-1]: flow += [Paragraph(rl_text(b[1]), st), Spacer(1, 10)]
    t = Table(rows, colWidths=[1.2*cm, 3.3*cm, 12.5*cm], repeatRows=1)
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.lightgrey)]))
    flow += [t, Spacer(1, 14), Paragraph(rl_text(furniture[-1][1]), st)]
    doc.build(flow)

def eml_html(path, l):
    """An e-mail whose body is HTML only (text/html, quoted-printable), as Outlook-like clients send:
    paragraphs as <p class=MsoNormal>, the points as an ordered list, the signature with <br>."""
    body = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
            '<body lang="NL" style="font-family:Calibri,sans-serif;font-size:11pt"><div class="WordSection1">']
    items = []
    def flush():
        if items: body.append('<ol style="margin-top:0cm">' + ''.join(f'<li class="MsoListParagraph">{escape(t)}</li>' for t in items) + '</ol>'); items.clear()
    for b in l['blocks']:
        if b[0] == 'pt': items.append(b[1]); continue
        flush()
        body.append('<p class="MsoNormal">' + escape(b[1]).replace('\n', '<br>\n') + '<o:p></o:p></p>')
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    flush(); body.append('</div></body></html>')
    m = EmailMessage()
    meta = l['meta']
    for k, h in (('frm', 'From'), ('to', 'To'), ('date', 'Date'), ('subject', 'Subject')): m[h] = meta[k]
    m.set_content('\n'.join(body), subtype='html', cte='quoted-printable')
    m['Message-ID'] = '<' + os.path.basename(path) + '@mail.regiovennebroek.nl>'
    m['X-Mailer'] = 'Microsoft Outlook 16.0'
    open(path, 'w').write(m.as_string())

def make_docx(path, blocks):
    d = docx.Document(); d.core_properties.author = ''
    for b in blocks:
        if b[0] == 'f':
            for line in b[1].split('\n'): d.add_paragraph(line)
        elif b[0] == 'h': d.add_paragraph().add_run(b[1]).bold = True
        elif '\n' in b[1]:
            head, body = b[1].split('\n', 1)
            d.add_paragraph().add_run(head).bold = True
            d.add_paragraph(body)
        else: d.add_paragraph(b[1])
    d.save(path)


def pdf_wp(path, blocks):
    """A letter printed by WeasyPrint from a word processor's HTML export: letterhead, paragraphs, the
    points as paragraphs of their own (numbers and letters written in the text)."""
    from weasyprint import HTML
    css = ('@page { size: A4; margin: 2.5cm 2.4cm; } body { font-family: "DejaVu Serif", serif; font-size: 10.5pt;'
           ' line-height: 1.45; } p { margin: 0 0 0.8em 0; } p.kop { font-weight: bold; font-size: 11.5pt; }')
    html = ['<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><style>' + css + '</style></head><body>']
    for i, b in enumerate(blocks):
        cls = ' class="kop"' if i == 0 else ''
        html.append(f'<p{cls}>' + escape(b[1]).replace('\n', '<br>') + '</p>')
    html.append('</body></html>')
    HTML(string=''.join(html)).write_pdf(path)

def docx_table(path, blocks):
    """A letter with a table of its own: furniture above and below, the points as the rows of a
    two-column table 'Paragraaf | Reactie' (the first row a header)."""
    d = docx.Document(); d.core_properties.author = ''
    rows = [b for b in blocks if b[0] == 'row']
    first = next(i for i, b in enumerate(blocks) if b[0] == 'row')
    for b in blocks[:first]:
        for line in b[1].split('\n'): d.add_paragraph(line)
    t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'
    t.rows[0].cells[0].paragraphs[0].add_run('Paragraaf').bold = True
    t.rows[0].cells[1].paragraphs[0].add_run('Reactie').bold = True
    for r in rows:
        cells = t.add_row().cells; cells[0].text = r[1]; cells[1].text = r[2]
    for b in blocks[first + len(rows):]:
        for line in b[1].split('\n'): d.add_paragraph(line)
    d.save(path)


def pdf_fn(path, blocks):
    """A letter with footnotes of its own, as a word processor prints them: superscript markers in the
    text, a short rule and the notes in a smaller font at the foot of the first page."""
    notes = [b[1] for b in blocks if b[0] == 'fn']
    class P(FPDF):
        def footer(self):
            if self.page_no() != 1: return
            self.set_y(-20 - 5 * len(notes)); self.line(25, self.get_y(), 75, self.get_y()); self.ln(1.5)
            self.set_font('Helvetica', '', 8.5)
            for n in notes: self.multi_cell(0, 4.2, n, new_x="LMARGIN", new_y="NEXT")
    pdf = P(format='A4'); pdf.set_margins(25, 20, 25); pdf.set_auto_page_break(True, 45); pdf.add_page()
    pdf.set_creation_date(datetime.datetime(2026, 10, 19, tzinfo=datetime.timezone.utc))
    for b in blocks:
        if b[0] == 'fn': continue
        pdf.set_font('Helvetica', '', 10.5); pdf.multi_cell(0, 5.5, b[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(2.5)
    assert pdf.page_no() == 1, path
    pdf.output(path)

def eml_fwd(path, l):
    """A plain-text e-mail that forwards an earlier one: a covering note, then the forwarded mail below a
    '-------- Doorgestuurd bericht --------' line with its own Onderwerp/Datum/Van/Aan lines."""
    open(path, 'w').write(eml_head(l['meta']) + txt_body(l['blocks']))

def toml_str(s): return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def txt_body(blocks): return '\n\n'.join(b[1] for b in blocks) + '\n'

def md_body(blocks):
    out = []
    for b in blocks:
        out.append(b[1])
    # bullets under one heading directly below each other, as Markdown writers do
    text = ''
    for i, b in enumerate(blocks):
        sep = '\n' if i and b[0] == 'pt' and blocks[i - 1][0] == 'pt' else '\n\n'
        text += (sep if i else '') + b[1]
    return text + '\n'

def eml_head(m):
    return (f"From: {m['frm']}\nTo: {m['to']}\nDate: {m['date']}\nSubject: {m['subject']}\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n")

def start_of(b):
    if len(b) > 3: return b[3]
    t = re.sub(r'^(\d+(\.\d+)*[.)]?|-|\*|•|[a-z][).])\s+', '', b[1])
    return ' '.join(t.split()[:7])

labels = []
for l in LETTERS:
    path = os.path.join(OUT, l['file']); fmt = l['fmt']; blocks = l['blocks']
    if fmt == 'pdf_rl': pdf_rl(path, blocks)
    elif fmt == 'pdf_fpdf': pdf_fpdf(path, blocks)
    elif fmt == 'pdf_table': pdf_table(path, blocks)
    elif fmt == 'pdf_fn': pdf_fn(path, blocks)
    elif fmt == 'eml_fwd': eml_fwd(path, l)
    elif fmt == 'eml_html': eml_html(path, l)
    elif fmt == 'docx': make_docx(path, blocks)
    elif fmt == 'pdf_wp': pdf_wp(path, blocks)
    elif fmt == 'docx_table': docx_table(path, blocks)
    elif fmt == 'txt': open(path, 'w').write(txt_body(blocks))
    elif fmt == 'md': open(path, 'w').write(md_body(blocks))
    elif fmt == 'eml': open(path, 'w').write(eml_head(l['meta']) + l['head'] + l['glue'].join(b[1] for b in blocks) + l['tail'])
    elif fmt == 'eml_blocks': open(path, 'w').write(eml_head(l['meta']) + txt_body(blocks[2:]))
    for b in blocks:
        if b[0] == 'row':  # a row of the letter's table: the point is the Reactie cell
            b = ('pt', b[2], b[3], ' '.join(b[2].split()[:7]))
        if b[0] == 'pt':
            st = start_of(b)
            assert st in b[1].replace('\n', ' ') or st in b[1], (l['file'], st)
            assert '\n' not in st
            secs = ', '.join(f'"{s}"' for s in b[2])
            labels += ['[[comment]]', f'file = "{l["file"]}"', f'start = {toml_str(st)}', f'sections = [{secs}]', '']
open(os.path.join(HERE, 'labels_comments.toml'), 'w').write('\n'.join(labels))
print(len([x for x in labels if x.startswith('[[')]), 'points,', sum(1 for x in labels if x == 'sections = []'), 'about nothing;', len(LETTERS), 'files')
