#!/usr/bin/env python3
"""Copies src/ to responses/, turning 01 into a PDF letter and 04 into a .docx."""
import os, shutil, sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import docx
here = os.path.dirname(os.path.abspath(__file__))
src, out = os.path.join(here, "src"), os.path.join(here, "responses")
os.makedirs(out, exist_ok=True)
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
st = ParagraphStyle("b", fontName="DV", fontSize=11, leading=15, spaceAfter=8)
def paras(t):
    return [p.replace("\n", "<br/>") for p in t.strip().split("\n\n")]
for f in sorted(os.listdir(src)):
    t = open(os.path.join(src, f), encoding="utf-8").read()
    base, ext = os.path.splitext(f)
    if f.startswith("01-"):
        SimpleDocTemplate(os.path.join(out, base + ".pdf"), pagesize=A4, leftMargin=2.5*cm,
                          rightMargin=2.5*cm).build([Paragraph(p, st) for p in paras(t)])
    elif f.startswith("04-"):
        d = docx.Document()
        for p in t.strip().split("\n\n"):
            d.add_paragraph(p.replace("\n", "\n"))
        d.save(os.path.join(out, base + ".docx"))
    else:
        shutil.copy(os.path.join(src, f), os.path.join(out, f))
