# Typesets the draft (QA51): gen/regiovisie-werk-participatie-vliedland.ms, set by groff with the ms
# macros and tbl, straight to PDF by gropdf (groff -t -ms -Kutf8 -Tpdf; Debian's `groff` package, not
# `groff-base`). groff features used as a real document would: numbered headings (.NH 1 / .NH 2 print
# '1.' and '1.1.' with a trailing dot), contents entries (.XS/.XE) printed by .TC at the END of the
# document (groff -ms cannot print them in front in one pass) under the title 'Inhoudsopgave' with
# leader dots, a running header (.ds LH / .ds RH) and footer 'Pagina %' (.ds CF; none on the cover),
# footnotes (\** with .FS/.FE), tables with tbl (Tabel 1 in 2.1, Tabel 2 in 8.1, the locations in
# Bijlage 2), chapter 5 in two columns (.2C / .1C), an unnumbered Voorwoord and Samenvatting (.SH),
# and 'Bijlage 1: Begrippenlijst' (.IP terms) and 'Bijlage 2' (.SH). groff hyphenates with its default
# (English) patterns, as a document that sets no language does: 'onders-teuning', 'aanmeld-ing'.
# Run: python3 gen/make_draft.py
import os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'drafts', '01-ontwerp-regiovisie-werk-en-participatie-vliedland.pdf')
os.makedirs(os.path.dirname(OUT), exist_ok=True)
src = os.path.join(HERE, 'regiovisie-werk-participatie-vliedland.ms')
pdf = subprocess.run(['groff', '-t', '-ms', '-Kutf8', '-Tpdf', src], capture_output=True, check=True,
                     env=dict(os.environ, SOURCE_DATE_EPOCH='1788220800')).stdout  # 2026-09-01
open(OUT, 'wb').write(pdf)
print('wrote', OUT)
