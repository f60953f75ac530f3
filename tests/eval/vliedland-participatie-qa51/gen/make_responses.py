# Builds responses/ and gen/labels_comments.toml (the [[comment]] entries pasted into labels.toml)
# from letters.py (QA51). Run: python gen/make_responses.py  (in a venv with reportlab, fpdf2,
# python-docx and Pillow; groff (gropdf) sets 01, tesseract-ocr with its nld data makes the text
# layer of the scanned letter 10)
import os, re, datetime, random, subprocess, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(HERE, 'letters.py')).read())
OUT = os.path.join(HERE, '..', 'responses'); os.makedirs(OUT, exist_ok=True)
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import docx
from xml.sax.saxutils import escape

def rl_text(t): return escape(t).replace('\n', '<br/>')

def groff_text(t):
    out = []
    for line in t.split('\n'):
        line = line.replace('\\', '\\e')
        if line.startswith(('.', "'")): line = '\\&' + line
        out.append(line)
    return out

def pdf_groff(path, blocks):
    """A council's letter set with groff -ms: the furniture as paragraphs, the motion's title in bold
    with its 'overwegende dat' / 'verzoekt het college' lists as indented bullets, the further points
    as .IP items numbered by hand."""
    src = ['.nr PS 11', '.nr VS 14', '.nr PD 0.6v', '.nr PI 0n', '.ds CF', '.ds CH', '.LP']
    for b in blocks:
        kind, text = b[0], b[1]
        if kind == 'motion':
            title, rest = text.split('\n', 1)
            src += ['.sp', '.LP', '\\fB' + title + '\\fP', '.LP'] + groff_text(rest)
        elif kind == 'pt' and text.startswith('overwegende'):
            for line in text.split('\n'):
                if line.startswith('- '):
                    src += ['.IP \\(bu 3n'] + groff_text(line[2:])
                else:
                    src += ['.LP'] + groff_text(line)
        elif kind == 'pt':
            m = re.match(r'^(\d+\.)\s+(.*)$', text, re.S)
            src += ['.IP "' + m.group(1) + '" 4n'] + groff_text(m.group(2))
        else:
            src += ['.LP'] + groff_text(text)
            if '\n' in text: src[-len(text.split('\n')):] = [l + '\n.br' if i < len(text.split('\n')) - 1 else l for i, l in enumerate(src[-len(text.split('\n')):])]
    ms = '\n'.join(src) + '\n'
    pdf = subprocess.run(['groff', '-ms', '-Kutf8', '-Tpdf'], input=ms.encode(), capture_output=True, check=True,
                         env=dict(os.environ, SOURCE_DATE_EPOCH='1791936000')).stdout
    open(path, 'wb').write(pdf)

def pdf_fpdf(path, blocks):
    pdf = FPDF(format='A4'); pdf.set_margins(25, 20, 25); pdf.add_page()
    pdf.set_creation_date(datetime.datetime(2026, 10, 16, tzinfo=datetime.timezone.utc))
    pdf.add_font('DejaVu', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
    pdf.add_font('DejaVu', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
    for b in blocks:
        if b[0] == 'sp':  # the next point starts b[1] mm above the page's break line, so it runs on
            pdf.set_y(pdf.h - pdf.b_margin - b[1]); continue
        pdf.set_font('DejaVu', 'B' if b[0] == 'h' else '', 10.5)
        pdf.multi_cell(0, 5.6, b[1], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.output(path)

def pdf_box(path, blocks):
    """An advice (reportlab) with a framed 'Samenvatting van onze reactie' box under the letterhead that
    repeats the points in a few words; the points themselves follow under bold numbered headings."""
    st = ParagraphStyle('b', fontName='Helvetica', fontSize=10.5, leading=14, spaceAfter=9)
    hd = ParagraphStyle('h', fontName='Helvetica-Bold', fontSize=10.5, leading=14, spaceAfter=4)
    bx = ParagraphStyle('x', fontName='Helvetica', fontSize=9.5, leading=13)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5*cm, rightMargin=2.5*cm, invariant=1)
    flow = []
    for b in blocks:
        if b[0] == 'box':
            lines = b[1].split('\n')
            cell = [Paragraph('<b>' + escape(lines[0]) + '</b>', bx)] + [Paragraph(escape(l), bx) for l in lines[1:]]
            t = Table([[cell]], colWidths=[16*cm])
            t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.HexColor('#2d6a4f')),
                                   ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#e9f5ee')),
                                   ('LEFTPADDING', (0, 0), (-1, -1), 8), ('TOPPADDING', (0, 0), (-1, -1), 6),
                                   ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
            flow += [t, Spacer(1, 12)]
        elif b[0] == 'h': flow.append(Paragraph(rl_text(b[1]), hd))
        else: flow.append(Paragraph(rl_text(b[1]), st))
    doc.build(flow)

def wrap(draw, text, font, width):
    lines = []
    for para in text.split('\n'):
        words, cur = para.split(), ''
        if not words: lines.append(''); continue
        for w in words:
            t = (cur + ' ' + w).strip()
            if draw.textlength(t, font=font) > width and cur: lines.append(cur); cur = w
            else: cur = t
        lines.append(cur)
    return lines

def pdf_scan(path, blocks):
    """A resident's typed letter, printed, scanned (200 dpi, slightly turned, grey, specks) and given a
    text layer by tesseract (nld), as a municipality's post room makes them: the text layer has OCR
    errors; the labels say what the writer wrote."""
    random.seed(51)
    W, H, M = 1654, 2339, 190
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 27)
    pages, img = [], None
    def new_page():
        im = Image.new('L', (W, H), 250); return im, ImageDraw.Draw(im), M + 40
    img, d, y = new_page()
    for b in blocks:
        for line in wrap(d, b[1], font, W - 2 * M):
            if y > H - M - 60:
                pages.append(img); img, d, y = new_page()
            d.text((M, y), line, font=font, fill=25); y += 44
        y += 26
    pages.append(img)
    tmp = tempfile.mkdtemp()
    names = []
    for i, im in enumerate(pages):
        im = im.rotate(0.8 if i == 0 else -0.5, resample=Image.BICUBIC, fillcolor=235)
        px = im.load()
        for _ in range(9000):
            x, yy = random.randrange(W), random.randrange(H); px[x, yy] = random.randrange(60, 180)
        im = im.filter(ImageFilter.GaussianBlur(1.1))
        n = os.path.join(tmp, f'p{i}.png'); im.save(n, dpi=(200, 200)); names.append(n)
    lst = os.path.join(tmp, 'list.txt'); open(lst, 'w').write('\n'.join(names) + '\n')
    subprocess.run(['tesseract', lst, path[:-4], '-l', 'nld', 'pdf'], check=True, capture_output=True)

def eml_head(m):
    return (f"From: {m['frm']}\nTo: {m['to']}\nDate: {m['date']}\nSubject: {m['subject']}\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n")

def txt_body(blocks): return '\n\n'.join(b[1] for b in blocks if b[0] != 'sp') + '\n'

def eml_forward_body(blocks):  # the forwarded header block directly above the forwarded letter
    return '\n\n'.join(b[1] for b in blocks) + '\n'

def md_body(blocks):
    text = ''
    for i, b in enumerate(blocks):
        sep = '\n' if i and b[0] == 'pt' and blocks[i - 1][0] == 'pt' else '\n\n'
        text += (sep if i else '') + b[1]
    return text + '\n'

def make_docx(path, blocks, fmt):
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
        elif fmt == 'docx' and '\n' in b[1]:  # a bold topic line, the point's text in the next paragraph
            head, body = b[1].split('\n', 1)
            d.add_paragraph().add_run(head).bold = True
            d.add_paragraph(body)
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
    if fmt == 'pdf_groff': pdf_groff(path, blocks)
    elif fmt == 'pdf_fpdf': pdf_fpdf(path, blocks)
    elif fmt == 'pdf_box': pdf_box(path, blocks)
    elif fmt == 'pdf_scan': pdf_scan(path, blocks)
    elif fmt in ('docx', 'docx_sub', 'docx_plain'): make_docx(path, blocks, fmt)
    elif fmt == 'txt': open(path, 'w').write(txt_body(blocks))
    elif fmt == 'md': open(path, 'w').write(md_body(blocks))
    elif fmt == 'eml_plain': open(path, 'w').write(eml_head(l['meta']) + txt_body(blocks))
    elif fmt == 'eml_forward': open(path, 'w').write(eml_head(l['meta']) + eml_forward_body(blocks))
    else: raise SystemExit('unknown format ' + fmt)
    for b in blocks:
        if b[0] == 'pt':
            st = start_of(b)
            assert st in b[1].replace('\n', ' ') or st in b[1], (l['file'], st)
            assert '\n' not in st
            secs = ', '.join(f'"{s}"' for s in b[2])
            labels += ['[[comment]]', f'file = "{l["file"]}"', f'start = {toml_str(st)}', f'sections = [{secs}]', '']
open(os.path.join(HERE, 'labels_comments.toml'), 'w').write('\n'.join(labels))
print(len([x for x in labels if x.startswith('[[')]), 'points,', sum(1 for x in labels if x == 'sections = []'), 'about nothing;', len(LETTERS), 'files')
