# Builds responses/ and gen/labels_comments.toml (the [[comment]] entries pasted into labels.toml)
# from letters.py (QA50). Run: python gen/make_responses.py  (in a venv with typst, reportlab, fpdf2 and
# python-docx: Typst sets the 'pdf_typst' and 'pdf_typst_cols' letters)
import os, re, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(HERE, 'letters.py')).read())
OUT = os.path.join(HERE, '..', 'responses'); os.makedirs(OUT, exist_ok=True)
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.lib import colors
from email.message import EmailMessage
from fpdf import FPDF
import docx, typst
from xml.sax.saxutils import escape

def rl_text(t): return escape(t).replace('\n', '<br/>')

def typ_text(t):
    t = re.sub(r'([\\#$*_@<>\[\]`~])', r'\\\1', t)
    return t.replace('\n', ' \\\n')

def pdf_typst(path, blocks, columns=False):
    """A letter set in Typst: the furniture as paragraphs, the points as an enumeration (`+ ...`,
    numbered by Typst) or, for the adviesraad, as paragraphs in two columns under the letter's head."""
    src = ['#set page(paper: "a4", margin: (x: 2.4cm, y: 2.5cm))',
           '#set text(lang: "nl", font: "DejaVu Sans", size: 10pt)',
           '#set par(justify: false, leading: 0.6em, spacing: 1em)']
    pts = [b for b in blocks if b[0] == 'pt']
    first_pt = blocks.index(pts[0]); last_pt = blocks.index(pts[-1])
    for b in blocks[:first_pt]:
        src.append(typ_text(b[1]) + '\n')
    if columns:
        src.append('#columns(2, gutter: 0.9cm)[')
        for b in pts:
            m = re.match(r'^(Advies \d+\.)\s+(.*)$', b[1], re.S)
            src.append(f'*{typ_text(m.group(1))}* {typ_text(m.group(2))}\n')
        src.append(']')
    else:
        for b in pts:
            src.append('+ ' + typ_text(b[1]))
        src.append('')
    for b in blocks[last_pt + 1:]:
        src.append(typ_text(b[1]) + '\n')
    tmp = path + '.typ'
    open(tmp, 'w').write('\n'.join(src))
    typst.compile(tmp, output=path, timestamp=1760000000)
    os.remove(tmp)

def pdf_fpdf(path, blocks):
    pdf = FPDF(format='A4'); pdf.set_margins(25, 20, 25); pdf.add_page()
    pdf.set_creation_date(datetime.datetime(2026, 10, 22, tzinfo=datetime.timezone.utc))
    pdf.add_font('DejaVu', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
    pdf.add_font('DejaVu', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
    for b in blocks:
        if b[0] == 'sp':  # the next point starts b[1] mm above the page's break line, so it runs on
            pdf.set_y(pdf.h - pdf.b_margin - b[1]); continue
        pdf.set_font('DejaVu', 'B' if b[0] == 'h' else '', 10.5)
        pdf.multi_cell(0, 5.6, b[1], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.output(path)

def pdf_annex(path, blocks):
    """A letter (reportlab) with its further points in an annex on a page of its own: a table
    'Nr | Pagina/paragraaf | Opmerking' under the heading 'Bijlage: overige opmerkingen'."""
    st = ParagraphStyle('b', fontName='Helvetica', fontSize=10.5, leading=14, spaceAfter=9)
    cell = ParagraphStyle('c', fontName='Helvetica', fontSize=9.5, leading=12)
    hd = ParagraphStyle('h', fontName='Helvetica-Bold', fontSize=12, leading=15, spaceAfter=8)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5*cm, rightMargin=2.5*cm, invariant=1)
    flow, rows = [], [[Paragraph('<b>Nr</b>', cell), Paragraph('<b>Pagina/paragraaf</b>', cell), Paragraph('<b>Opmerking</b>', cell)]]
    for b in blocks:
        if b[0] == 'h': flow += [PageBreak(), Paragraph(rl_text(b[1]), hd)]
        elif b[0] == 'row': rows.append([Paragraph(b[1], cell), Paragraph(rl_text(b[2]), cell), Paragraph(rl_text(b[3]), cell)])
        else: flow.append(Paragraph(rl_text(b[1]), st))
    t = Table(rows, colWidths=[1.1*cm, 3.4*cm, 11.5*cm], repeatRows=1)
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dde8ee'))]))
    flow.append(t)
    doc.build(flow)

def eml_head(m, ctype='text/plain; charset=utf-8'):
    return (f"From: {m['frm']}\nTo: {m['to']}\nDate: {m['date']}\nSubject: {m['subject']}\n"
            f"MIME-Version: 1.0\nContent-Type: {ctype}\nContent-Transfer-Encoding: 8bit\n\n")

def eml_html(path, l):
    """An e-mail whose body is HTML only (text/html, quoted-printable), as Outlook sends: paragraphs as
    <p class=MsoNormal>, the points as an ordered list, the signature with <br>."""
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
    m['Message-ID'] = '<' + os.path.basename(path) + '@jmzheideveen.nl>'
    m['X-Mailer'] = 'Microsoft Outlook 16.0'
    open(path, 'w').write(m.as_string())

def txt_body(blocks): return '\n\n'.join(b[1] for b in blocks) + '\n'

def md_body(blocks):
    text = ''
    for i, b in enumerate(blocks):  # bullets under one heading directly below each other
        sep = '\n' if i and b[0] == 'pt' and blocks[i - 1][0] == 'pt' else '\n\n'
        text += (sep if i else '') + b[1]
    return text + '\n'

def make_docx(path, blocks):
    """Bold topic lines with the point's text in the next paragraph (the 'docx' letters), or numbered
    points whose lettered sub-points are paragraphs of their own, indented ('docx_sub')."""
    d = docx.Document(); d.core_properties.author = ''
    for b in blocks:
        if b[0] == 'f':
            for line in b[1].split('\n'): d.add_paragraph(line)
        elif b[0] == 'h': d.add_paragraph().add_run(b[1]).bold = True
        elif fmt == 'docx_sub':
            lines = b[1].split('\n')
            d.add_paragraph(lines[0])
            for sub in lines[1:]:
                p = d.add_paragraph(sub); p.paragraph_format.left_indent = docx.shared.Cm(1)
        elif '\n' in b[1]:
            head, body = b[1].split('\n', 1)
            d.add_paragraph().add_run(head).bold = True
            d.add_paragraph(body)
        else: d.add_paragraph(b[1])
    d.save(path)

def docx_inline(path, blocks):
    """A resident's reply written inline: passages copied from the draft in italics, indented, each
    followed by the writer's own 'Mijn reactie: ...'."""
    d = docx.Document(); d.core_properties.author = ''
    for b in blocks:
        if b[0] == 'f':
            for line in b[1].split('\n'): d.add_paragraph(line)
        elif b[0] == 'q':
            p = d.add_paragraph(); p.paragraph_format.left_indent = docx.shared.Cm(1)
            p.add_run(b[1]).italic = True
        else: d.add_paragraph(b[1])
    d.save(path)

def toml_str(s): return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def start_of(b):
    if len(b) > 3: return b[3]
    t = re.sub(r'^(\d+(\.\d+)*[.)]?|-|\*|•|[a-z][).])\s+', '', b[1])
    return ' '.join(t.split()[:7])

labels = []
for l in LETTERS:
    path = os.path.join(OUT, l['file']); fmt = l['fmt']; blocks = l['blocks']
    if fmt == 'pdf_typst': pdf_typst(path, blocks)
    elif fmt == 'pdf_typst_cols': pdf_typst(path, blocks, columns=True)
    elif fmt == 'pdf_fpdf': pdf_fpdf(path, blocks)
    elif fmt == 'pdf_annex': pdf_annex(path, blocks)
    elif fmt == 'eml_html': eml_html(path, l)
    elif fmt in ('docx', 'docx_sub'): make_docx(path, blocks)
    elif fmt == 'docx_inline': docx_inline(path, blocks)
    elif fmt == 'txt': open(path, 'w').write(txt_body(blocks))
    elif fmt == 'md': open(path, 'w').write(md_body(blocks))
    elif fmt == 'eml_plain': open(path, 'w').write(eml_head(l['meta']) + txt_body(blocks))
    else: raise SystemExit('unknown format ' + fmt)
    for b in blocks:
        if b[0] == 'row':  # a row of the letter's annex table: the point is the Opmerking cell
            b = ('pt', b[3], b[4], ' '.join(b[3].split()[:7]))
        if b[0] == 'pt':
            st = start_of(b)
            assert st in b[1].replace('\n', ' ') or st in b[1], (l['file'], st)
            assert '\n' not in st
            secs = ', '.join(f'"{s}"' for s in b[2])
            labels += ['[[comment]]', f'file = "{l["file"]}"', f'start = {toml_str(st)}', f'sections = [{secs}]', '']
open(os.path.join(HERE, 'labels_comments.toml'), 'w').write('\n'.join(labels))
print(len([x for x in labels if x.startswith('[[')]), 'points,', sum(1 for x in labels if x == 'sections = []'), 'about nothing;', len(LETTERS), 'files')
