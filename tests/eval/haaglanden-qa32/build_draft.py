import re, sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from xml.sax.saxutils import escape
import os
src = open(os.environ.get('SEED','/work/shared/seeds/004_a00e795147b9f4d2.txt'), encoding='utf-8').read().split('\n')
L = lambda n: src[n-1]
# (start line, heading, level) ; body from start+1 to next start-1
secs = [
 (7,'Samenvatting',1),
 (190,'1 Inleiding',1),
 (344,'2 Doelstelling van de regiovisie',1),
 (451,'3 Ontwikkelopgaven en resultaten in 2019-2022',1),
 (465,'3.1 Ontwikkelopgaven preventie',2),
 (517,'3.2 Ontwikkelopgaven vroegsignalering',2),
 (605,'3.3 Ontwikkelopgaven advies en melding',2),
 (665,'3.4 Ontwikkelopgaven interventies',2),
 (769,'3.5 Ontwikkelopgaven monitoring',2),
 (820,'3.6 Ontwikkelopgaven ketensamenwerking',2),
 (876,'4 Leidende principes bij de uitvoering van de regiovisie',1),
 (883,'4.1 Iedereen aan zet',2),
 (891,'4.2 Versterken netwerk',2),
 (900,"4.3 Veiligheid en de vraag ‘wat is nodig’ zijn leidend in de samenwerking",2),
 (915,'4.4 Partnerschap in multidisciplinair en systeemgericht werken',2),
 (925,'4.5 Continuïteit in zorg en ondersteuning door ketensamenwerking',2),
 (940,'4.6 Lerend netwerk',2),
 (953,'4.7 De regiovisie en de aanpak wordt bestuurlijk gedragen',2),
 (967,"4.8 Inzet landelijk programma ‘Geweld hoort nergens thuis’",2),
 (975,'4.9 Financiën',2),
 (1094,'5 Tot slot',1),
 (1114,'Bijlage 1 Stand van zaken en gewenste verbeteringen',1),
 (1305,'Bijlage 2 Betrokken organisaties',1),
 (1370,'Bijlage 3 Cijfers huiselijk geweld',1),
 (1517,None,0)]
results = [(472,484),(528,543),(624,641),(702,717),(775,784),(832,846)]
def inres(n): return any(a<=n<=b for a,b in results)
sub_heads = {'Wat is preventie?','Resultaten in 2022','Aandachtspunten','Wat is vroegsignalering?','Wanneer advies en wanneer melding?','Wat zijn interventies?','Wat is het?','Resultaten 2022','Extra inzet bij aanpak huiselijk geweld is hard nodig','De huidige aanpak werkt niet goed genoeg','Doelstelling nieuwe regiovisie','De ontwikkelopgaven','Wat is hiervoor nodig?','Hoe nu verder?','Beperkt financieel kader','Wat is huiselijk geweld?','Omvang','Integrale aanpak blijft noodzakelijk','Totstandkoming regiovisie','Opbouw regiovisie','Veiligheid voorop','Meer en gerichter inzetten op preventie','Gerichter inzetten op aanpak oorzaken van geweld','Partnerschap in samenwerking','Ontwikkelopgaven','Organisatie van de uitvoering','Stand van zaken','Gewenste verbeteringen','Risicofactoren beter in beeld','Specifieke risicogroepen','Werken aan duurzame veiligheid','Dwang en drang','Aandacht voor dwang en drang','Schattingen over prevalentie','Meldingen bij Veilig Thuis','Ambulante hulp en vrouwen/mannenopvang','Huisverboden','Monitoring','Subregio DWO','Subregio Den Haag','Lokaal team als regisseur','Meer aandacht en inzet voor preventie noodzakelijk'}
out=[]  # list of (kind,text)
for i in range(len(secs)-1):
    s,h,lv = secs[i]; e = secs[i+1][0]
    out.append(('h%d'%lv,h))
    para=[]; infn=False
    def flush():
        global para
        if para:
            t=' '.join(x.strip() for x in para)
            t=re.sub(r'\s+',' ',t).strip()
            if t: out.append(('p',t))
        para=[]
    for n in range(s+1,e):
        line=L(n).rstrip()
        st=line.strip()
        if 'def concept' in st or 'http' in st: continue
        if re.fullmatch(r'\d{1,2}',st): infn=True; continue
        if not st:
            infn=False; flush(); continue
        if infn: continue
        m=re.match(r'^(\d{1,2})\s+\S',st)
        if m and not inres(n):
            infn=True; flush(); continue
        if m and inres(n):
            flush(); para.append(st); continue
        st2=re.sub(r'^\d\s+','',st) if n>1370 else st
        if st2.rstrip(' .') in sub_heads or st2 in sub_heads:
            flush(); out.append(('sh',st2.rstrip())); continue
        if st[:1] in ('\uf0b7','•','\uf0a7','\uf02d'):
            flush(); para.append('• '+st.lstrip('\uf0b7• ').strip()); continue
        if re.fullmatch(r'Stoppen\s+en\s+duurzaam\s+oplossen',st): continue
        para.append(st)
    flush()
# remove footnote refs numbers stuck to words like 'regiovisie:16' left as-is (realistic)
doc=SimpleDocTemplate(sys.argv[1],pagesize=A4,leftMargin=2.5*cm,rightMargin=2.5*cm,topMargin=2.2*cm,bottomMargin=2.2*cm,title='Regiovisie Aanpak huiselijk geweld Haaglanden 2019-2022')
body=ParagraphStyle('b',fontName='Helvetica',fontSize=10,leading=14,spaceAfter=6)
h1=ParagraphStyle('h1',fontName='Helvetica-Bold',fontSize=16,leading=20,spaceBefore=6,spaceAfter=10)
h2=ParagraphStyle('h2',fontName='Helvetica-Bold',fontSize=12.5,leading=16,spaceBefore=8,spaceAfter=6)
sh=ParagraphStyle('sh',fontName='Helvetica-Bold',fontSize=10,leading=14,spaceBefore=4,spaceAfter=2)
tt=ParagraphStyle('t',fontName='Helvetica-Bold',fontSize=22,leading=28,spaceAfter=14)
story=[Paragraph('Geweldscirkel doorbreken met nieuwe aanpak huiselijk geweld',tt),Paragraph('Regiovisie Aanpak huiselijk geweld Haaglanden 2019-2022',h2),Paragraph('Concept, maart 2019',body),PageBreak()]
for k,t in out:
    if k=='h1':
        if story and not isinstance(story[-1],PageBreak): story.append(PageBreak())
        story.append(Paragraph(escape(t),h1))
    elif k=='h2': story.append(Paragraph(escape(t),h2))
    elif k=='sh': story.append(Paragraph(escape(t),sh))
    else: story.append(Paragraph(escape(t),body))
def footer(c,d):
    c.setFont('Helvetica',8); c.drawString(2.5*cm,1.2*cm,'Concept regiovisie Aanpak huiselijk geweld Haaglanden 2019-2022'); c.drawRightString(A4[0]-2.5*cm,1.2*cm,str(d.page))
doc.build(story,onFirstPage=lambda c,d:None,onLaterPages=footer)
