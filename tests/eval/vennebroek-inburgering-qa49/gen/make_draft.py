# Typesets the draft (QA49): gen/regiovisie-inburgering-vennebroek.html with its stylesheet, printed by
# WeasyPrint with CSS paged media: @page margin boxes (a running header carrying the chapter title via
# string-set, a footer 'Pagina N van M' from counter(page)/counter(pages)), a cover without them
# (@page :first), headings numbered by CSS counters (generated content), a contents list with
# leader('.') and target-counter(), footnotes with float: footnote, coloured 'kader' boxes (two floating
# to the right), a table over a page break with its header row repeated, an unnumbered Samenvatting and
# 'Bijlage 1: Begrippenlijst'. Needs weasyprint (pip) and pango.
# Run: python gen/make_draft.py   (in a venv with weasyprint)
import os
from weasyprint import HTML
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'drafts', '01-ontwerp-regiovisie-inburgering-vennebroek.pdf')
os.makedirs(os.path.dirname(OUT), exist_ok=True)
HTML(os.path.join(HERE, 'regiovisie-inburgering-vennebroek.html')).write_pdf(OUT)
print('wrote', OUT)
