# Typesets the draft (QA50): gen/regiovisie-mantelzorg-heideveen.typ, compiled by Typst (the Python
# bindings, pip install typst). Typst features used as a real document would: numbered headings
# (#set heading(numbering: "1.1")), a contents list by #outline() with its fill dots, a running header
# made with `context` that shows the current chapter, a footer 'Pagina N van M' whose count starts again
# at the first chapter (the cover has no number, Inhoud and Voorwoord are numbered i, ii, ...), footnotes,
# a figure (a bar chart drawn with boxes) with its caption, tables with a repeated header row (Tabel 1
# runs over a page break), chapter 5 set in two columns (#columns(2)), an unnumbered Voorwoord and
# 'Bijlage 1: Begrippenlijst' (a term list) and 'Bijlage 2' (a table).
# Run: python gen/make_draft.py   (in a venv with typst)
import os
import typst
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'drafts', '01-ontwerp-regiovisie-mantelzorg-heideveen.pdf')
os.makedirs(os.path.dirname(OUT), exist_ok=True)
typst.compile(os.path.join(HERE, 'regiovisie-mantelzorg-heideveen.typ'), output=OUT,
              timestamp=1757318400)  # 2025-09-08: a fixed date, so the PDF is the same on every run
print('wrote', OUT)
