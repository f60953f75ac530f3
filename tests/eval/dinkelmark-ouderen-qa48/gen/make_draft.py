# Typesets the draft (QA48): gen/regiovisie-ouderen-dinkelmark.tex with pdflatex (report class, Dutch
# babel hyphenation, T1/lmodern so that fi/fl/ff are ligatures, footnotes numbered through the document,
# \tableofcontents with dot leaders, running headers 'HOOFDSTUK N. TITEL' from \pagestyle{headings},
# front matter numbered i-iii and the body from 1, an unnumbered Samenvatting and Bijlage 1).
# Needs texlive-latex-base, texlive-latex-recommended, texlive-lang-european and lmodern.
# Run: python3 gen/make_draft.py
import os, shutil, subprocess, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
TEX = 'regiovisie-ouderen-dinkelmark.tex'
OUT = os.path.join(HERE, '..', 'drafts', '01-ontwerp-regiovisie-ouderen-dinkelmark.pdf')
work = tempfile.mkdtemp()
shutil.copy(os.path.join(HERE, TEX), work)
env = dict(os.environ, SOURCE_DATE_EPOCH='1789891200', FORCE_SOURCE_DATE='1')
for _ in range(2):  # twice: the second run writes the contents list from the first run's .toc
    subprocess.run(['pdflatex', '-interaction=nonstopmode', '-halt-on-error', TEX], cwd=work, env=env,
                   check=True, stdout=subprocess.DEVNULL)
os.makedirs(os.path.dirname(OUT), exist_ok=True)
shutil.copy(os.path.join(work, TEX.replace('.tex', '.pdf')), OUT)
shutil.rmtree(work)
print('wrote', OUT)
