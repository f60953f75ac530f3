# Builds gen/ontwerp-sportvisie-zandmeer.docx (python-docx: Heading 1/2/3 styles, a contents list with dot
# leaders, a footer with a PAGE field, tables, bullets; no footnote: python-docx cannot write one) and converts it with LibreOffice (tagged PDF, embedded subset fonts) to
# drafts/01-ontwerp-sport-en-beweegvisie-zandmeer.pdf. Two passes: the first PDF tells on which page each
# heading lands, the second writes those numbers in the contents list. Run: python3 gen/make_draft.py
import os, sys, subprocess, re, shutil
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from draft_content import *
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

DOCX = os.path.join(HERE, 'ontwerp-sportvisie-zandmeer.docx')
PDF = os.path.join(HERE, '..', 'drafts', '01-ontwerp-sport-en-beweegvisie-zandmeer.pdf')

def head_text(num, title): return f'{num} {title}' if num else title

def page_field(par):
    r = par.add_run()
    for kind, text in (('begin', None), (None, 'PAGE'), ('separate', None), (None, None), ('end', None)):
        if kind:
            f = OxmlElement('w:fldChar'); f.set(qn('w:fldCharType'), kind); r._r.append(f)
        elif text:
            t = OxmlElement('w:instrText'); t.set(qn('xml:space'), 'preserve'); t.text = text; r._r.append(t)
        else:
            t = OxmlElement('w:t'); t.text = '1'; r._r.append(t)

def build(pages):
    d = docx.Document()
    d.core_properties.title = TITLE; d.core_properties.author = 'Regionaal Overleg Sport Zandmeer'
    st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(8); st.paragraph_format.line_spacing = 1.4
    for lvl, size in ((1, 18), (2, 14), (3, 12)):
        h = d.styles[f'Heading {lvl}']; h.font.size = Pt(size); h.font.color.rgb = RGBColor(0x1F, 0x5C, 0x3A)
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2.8); sec.top_margin = Cm(2.5)
    sec.different_first_page_header_footer = True
    fp = sec.footer.paragraphs[0]; fp.add_run(RUNNING + '  |  pagina ')
    page_field(fp)
    hp = sec.header.paragraphs[0]; hp.add_run('Ontwerp voor inspraak, september 2026').font.size = Pt(8)
    # cover
    for _ in range(8): d.add_paragraph()
    t = d.add_paragraph(); r = t.add_run(TITLE); r.bold = True; r.font.size = Pt(26); r.font.color.rgb = RGBColor(0x1F, 0x5C, 0x3A)
    d.add_paragraph('Samen sporten en bewegen in ' + GEMEENTEN).runs[0].font.size = Pt(13)
    d.add_paragraph('Ontwerp voor inspraak, september 2026')
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # contents
    c = d.add_paragraph(); r = c.add_run('Inhoud'); r.bold = True; r.font.size = Pt(18)
    for lvl, num, title, _ in SECTIONS:
        p = d.add_paragraph(); p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.left_indent = Cm(0.6 * (lvl - 1))
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        txt = head_text(num, title)
        p.add_run(f'{txt}\t{pages.get(txt, 0)}').bold = (lvl == 1)
    for lvl, num, title, paras in SECTIONS:
        h = d.add_heading(head_text(num, title), level=lvl)
        if lvl == 1: h.paragraph_format.page_break_before = True
        for para in paras:
            if isinstance(para, tuple) and para[0] == 'TABLE':
                rows = para[1]; tb = d.add_table(rows=len(rows), cols=len(rows[0])); tb.style = 'Light Grid Accent 1'
                for i, row in enumerate(rows):
                    for j, cell in enumerate(row): tb.cell(i, j).text = cell
                d.add_paragraph()
            elif para.startswith('* '): d.add_paragraph(para[2:], style='List Bullet')
            elif para == 'Wat gaan we doen?': d.add_paragraph().add_run(para).bold = True
            else: d.add_paragraph(para)
    d.save(DOCX)
    out = os.path.join(HERE, 'lo_out'); os.makedirs(out, exist_ok=True)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}', '--outdir', out, DOCX], check=True, capture_output=True)
    return os.path.join(out, 'ontwerp-sportvisie-zandmeer.pdf')

def heading_pages(pdf):
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout).group(1))
    found = {}
    for pg in range(3, n + 1):
        text = subprocess.run(['pdftotext', '-f', str(pg), '-l', str(pg), '-layout', pdf, '-'], capture_output=True, text=True).stdout
        lines = [l.strip() for l in text.splitlines()]
        for lvl, num, title, _ in SECTIONS:
            h = head_text(num, title)
            if h not in found and h in lines: found[h] = pg
    return found, n

pages = {}
for _ in range(3):
    pdf = build(pages); new, n = heading_pages(pdf)
    if new == pages: break
    pages = new
missing = [head_text(s[1], s[2]) for s in SECTIONS if head_text(s[1], s[2]) not in pages]
assert not missing, missing
shutil.copy(pdf, PDF); shutil.rmtree(os.path.join(HERE, 'lo_out'))
print(n, 'pages;', pages)
