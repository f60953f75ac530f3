#!/usr/bin/env python3
"""Builds drafts/01-inspraakversie-regiovisie-bw-mo.pdf: a concept regiovisie
Beschermd Wonen en Maatschappelijke Opvang Hollands Midden 2027-2031 (fictional).
Cover + table of contents (unnumbered), then pages printed 1..N.
usage: python3 make_draft.py OUT.pdf"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                PageBreak, Table, TableStyle, NextPageTemplate)
from reportlab.platypus.tableofcontents import TableOfContents
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

body = ParagraphStyle("body", fontName="DV", fontSize=12, leading=19, spaceAfter=9)
bullet = ParagraphStyle("bul", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="DVB", fontSize=16, leading=20, spaceBefore=6, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName="DVB", fontSize=13, leading=17, spaceBefore=10, spaceAfter=6)
h3 = ParagraphStyle("h3", fontName="DVB", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
cover_t = ParagraphStyle("ct", fontName="DVB", fontSize=24, leading=30, spaceAfter=14)
cover_s = ParagraphStyle("cs", fontName="DV", fontSize=13, leading=18, spaceAfter=8)
toc_t = ParagraphStyle("tt", fontName="DVB", fontSize=16, leading=20, spaceAfter=12)

class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Paragraph) and f.style.name in ("h1", "h2", "h3"):
            lvl = {"h1": 0, "h2": 1, "h3": 2}[f.style.name]
            self.notify("TOCEntry", (lvl, f.getPlainText(), self.page - 2))

def content_page(c, d):
    c.saveState()
    c.setFont("DV", 8.5)
    c.drawString(2.5 * cm, A4[1] - 1.5 * cm,
                 "Regiovisie Beschermd Wonen en Maatschappelijke Opvang Hollands Midden 2027-2031 | inspraakversie")
    c.drawCentredString(A4[0] / 2, 1.5 * cm, "%d" % (d.page - 2))
    c.restoreState()

def plain_page(c, d):
    pass

S = []
def P(t): S.append(Paragraph(t, body))
def B(*items):
    for t in items:
        S.append(Paragraph(t, bullet, bulletText="•"))
def H1(t, brk=True):
    if brk:
        S.append(PageBreak())
    S.append(Paragraph(t, h1))
def H2(t): S.append(Paragraph(t, h2))
def H3(t): S.append(Paragraph(t, h3))

# ---------------- cover ----------------
S.append(Spacer(1, 5 * cm))
S.append(Paragraph("Regiovisie Beschermd Wonen en Maatschappelijke Opvang Hollands Midden 2027-2031", cover_t))
S.append(Paragraph("Een thuis voor iedereen", cover_s))
S.append(Paragraph("Inspraakversie, 1 september 2026", cover_s))
S.append(Paragraph("Centrumgemeente Leiden namens de gemeenten Alphen aan den Rijn, Kaag en Braassem, Katwijk, "
                   "Leiden, Leiderdorp, Lisse, Nieuwkoop, Noordwijk, Oegstgeest, Teylingen, Voorschoten, "
                   "Zoeterwoude, Gouda, Bodegraven-Reeuwijk, Krimpenerwaard, Waddinxveen en Zuidplas", cover_s))
S.append(NextPageTemplate("plain"))
S.append(PageBreak())
S.append(Paragraph("Inhoudsopgave", toc_t))
toc = TableOfContents()
toc.levelStyles = [
    ParagraphStyle("t1", fontName="DVB", fontSize=10, leading=13, leftIndent=0),
    ParagraphStyle("t2", fontName="DV", fontSize=9.5, leading=12, leftIndent=14),
    ParagraphStyle("t3", fontName="DV", fontSize=9, leading=11.5, leftIndent=28),
]
S.append(toc)
S.append(NextPageTemplate("content"))

# ---------------- samenvatting ----------------
H1("Samenvatting")
P("In deze regiovisie beschrijven de zeventien gemeenten van Hollands Midden hoe zij de komende vijf jaar "
  "beschermd wonen en maatschappelijke opvang willen inrichten. De kern is dat mensen met psychische of "
  "psychosociale problemen zo veel mogelijk in een gewone wijk wonen, met de begeleiding die zij nodig hebben. "
  "Een intramurale plek is er voor wie dat echt nodig heeft, zo kort als mogelijk.")
P("De visie kent vier bewegingen. Ten eerste gaan we van beschermd wonen naar beschermd thuis: meer "
  "ambulante begeleiding, met bereikbaarheid van hulp op elk moment van de dag. Ten tweede willen we "
  "dakloosheid voorkomen in plaats van opvangen, door vroegsignalering van huurachterstanden en schulden. "
  "Ten derde zorgen we samen met woningcorporaties voor voldoende betaalbare woningen voor uitstromers. "
  "Ten vierde maken we de toegang eenvoudiger: één loket per gemeente en één regionale toegang voor "
  "beschermd wonen en opvang.")
P("De gemeenten verwachten dat het aantal intramurale plekken tussen 2027 en 2031 daalt van 640 naar "
  "ongeveer 480, terwijl het aantal mensen met ambulante begeleiding stijgt. De financiële middelen worden "
  "vanaf 2028 volgens het objectieve verdeelmodel over de gemeenten verdeeld. Een regionaal "
  "solidariteitsfonds vangt de eerste jaren de verschillen op.")

# ---------------- 1 ----------------
H1("1 Inleiding")
P("Deze regiovisie is de opvolger van het Regionaal Kompas Hollands Midden 2020-2026. Zij is opgesteld "
  "door de centrumgemeente Leiden samen met de regiogemeenten, en in gesprek met aanbieders, "
  "woningcorporaties, cliëntenraden, ervaringsdeskundigen en de zorgverzekeraar.")
H2("1.1 Aanleiding")
P("Per 1 januari 2028 worden de middelen voor beschermd wonen niet langer alleen aan de centrumgemeente "
  "verstrekt, maar volgens een objectief verdeelmodel aan alle gemeenten. Dit heet de doordecentralisatie. "
  "Daarmee worden alle gemeenten zelf verantwoordelijk voor het beschermd wonen van hun inwoners. Tegelijk "
  "blijven veel voorzieningen regionaal georganiseerd, omdat niet elke gemeente een eigen aanbod kan "
  "bekostigen. De maatschappelijke opvang blijft een taak van de centrumgemeenten.")
P("Daarnaast vraagt de krapte op de woningmarkt om nieuwe afspraken. Mensen die klaar zijn om zelfstandig "
  "te wonen, blijven nu gemiddeld veertien maanden langer in een instelling omdat er geen woning is. Dat "
  "is slecht voor hen en kost plekken die anderen nodig hebben.")
H2("1.2 Totstandkoming en inspraak")
P("Tussen november 2025 en mei 2026 zijn zes regionale bijeenkomsten gehouden. Er zijn ruim 140 mensen "
  "gesproken, onder wie veertig inwoners met eigen ervaring in beschermd wonen of de opvang. Hun verhalen "
  "staan in paragraaf 2.3. Deze inspraakversie ligt van 1 september tot en met 13 oktober 2026 ter inzage. "
  "Iedereen kan een zienswijze indienen. De gemeenteraden kunnen hun wensen en bedenkingen kenbaar maken "
  "voordat de colleges de visie vaststellen.")
H2("1.3 Leeswijzer")
P("Hoofdstuk 2 schetst de context en de opgave. Hoofdstuk 3 gaat over wonen met ondersteuning, hoofdstuk 4 "
  "over maatschappelijke opvang en dakloosheid. Hoofdstuk 5 beschrijft de toegang en de samenwerking met de "
  "GGZ en de verslavingszorg. Hoofdstuk 6 gaat over werk, inkomen en dagbesteding, hoofdstuk 7 over "
  "financiën en sturing, en hoofdstuk 8 over de uitvoering. Bijlage 1 bevat een begrippenlijst, bijlage 2 de "
  "belangrijkste cijfers.")

# ---------------- 2 ----------------
H1("2 Context en opgave")
P("In dit hoofdstuk beschrijven we de landelijke ontwikkelingen, de cijfers in onze regio en wat "
  "inwoners ons hebben verteld.")
H2("2.1 Landelijke ontwikkelingen")
P("Het rapport van de commissie Dannenberg (2015) legde de basis voor de beweging van beschermd wonen naar "
  "beschermd thuis. Het Rijk heeft daarna gekozen voor een geleidelijke doordecentralisatie met een "
  "ingroeipad van tien jaar. Ook de Wet verplichte ggz en de Wet zorg en dwang hebben gevolgen voor de "
  "keten. Sinds 2021 kunnen mensen met een blijvende behoefte aan toezicht zorg krijgen vanuit de Wet "
  "langdurige zorg (Wlz). Een deel van de bewoners van beschermd wonen is overgegaan naar de Wlz.")
P("Het Nationaal Actieplan Dakloosheid 'Eerst een Thuis' (2022) vraagt gemeenten om daklozen zo snel "
  "mogelijk een woning met begeleiding te bieden (Housing First) in plaats van hen lang in de opvang te "
  "laten verblijven. Het Rijk wil de dakloosheid in 2030 hebben beëindigd.")
H2("2.2 Cijfers en trends in de regio")
P("Op 1 januari 2026 woonden 640 mensen in een intramurale voorziening voor beschermd wonen in Hollands "
  "Midden. Ruim 1.100 mensen kregen beschermd wonen in de vorm van ambulante begeleiding in hun eigen "
  "woning. De gemiddelde verblijfsduur in een instelling is 3,4 jaar. De wachtlijst voor een "
  "intramurale plek telt 85 mensen; de gemiddelde wachttijd is zeven maanden.")
P("In 2025 telde de regio naar schatting 720 dak- en thuisloze mensen, van wie 190 jongeren tussen 18 en 27 "
  "jaar. Het aantal mensen dat bij de nachtopvang aanklopt, steeg sinds 2022 met 30 procent. Opvallend is de "
  "groei van het aantal mensen dat na een scheiding of een huisuitzetting zonder woning komt te zitten. "
  "Ook het aantal meldingen van mensen met verward gedrag nam toe. De cijfers staan in bijlage 2.")
S.append(PageBreak()); H2("2.3 Wat inwoners ons vertelden")
P("In de gesprekken vertelden mensen vooral over onzekerheid. Wie uit een instelling vertrekt, weet vaak "
  "niet waar hij gaat wonen en wie hem dan nog helpt. Veel mensen zeiden dat ze steeds opnieuw hun verhaal "
  "moeten vertellen. Ook werd het verlies van contact met lotgenoten genoemd. Sommige mensen zijn bang om "
  "eenzaam te worden in een gewone wijk.")
P("Buurtbewoners vertelden dat zij zich soms onvoldoende betrokken voelen als er een woonvoorziening in hun "
  "straat komt. Zij willen weten wie ze kunnen bellen als er overlast is. Ervaringsdeskundigen gaven aan "
  "dat hun inzet te vaak vrijwillig en onbetaald is.")

# ---------------- 3 ----------------
H1("3 Wonen met ondersteuning")
P("Wonen is de basis voor herstel. In dit hoofdstuk beschrijven we hoe we mensen helpen om zo zelfstandig "
  "mogelijk te wonen, in een gewone woning in een gewone wijk, met de ondersteuning die zij nodig hebben.")
H2("3.1 Van beschermd wonen naar beschermd thuis")
P("We bouwen het aantal intramurale plekken geleidelijk af, van 640 in 2026 naar ongeveer 480 in 2031. De "
  "vrijkomende middelen zetten we in voor begeleiding in de eigen woning. Niemand wordt gedwongen te "
  "verhuizen: de afbouw gaat via natuurlijk verloop en alleen als er een passende woning met begeleiding is.")
H3("3.1.1 Ambulante begeleiding thuis")
P("Ambulante begeleiding wordt geboden door vaste begeleiders uit een regionaal gecontracteerd team. De "
  "begeleiding is flexibel: meer uren als het slecht gaat, minder als het goed gaat, zonder nieuwe "
  "beschikking. We noemen dit op- en afschalen. De cliënt houdt zo veel mogelijk dezelfde begeleider, ook "
  "als hij verhuist naar een andere gemeente binnen de regio.")
P("Bij de start van de begeleiding maakt de cliënt samen met de begeleider een herstelplan. Het plan gaat "
  "over wonen, geld, werk of dagbesteding, gezondheid en sociale contacten. Naasten worden betrokken als "
  "de cliënt dat wil.")
H3("3.1.2 Bereikbaarheid van hulp op elk moment")
P("Wie thuis woont met begeleiding, moet ook 's avonds, 's nachts en in het weekend hulp kunnen krijgen. We "
  "richten daarom per subregio een 24-uursbereikbaarheidsdienst in, die telefonisch en via beeldbellen te "
  "bereiken is. Als het nodig is, komt er binnen een uur iemand langs. De dienst werkt samen met de "
  "crisisdienst van de GGZ en met de wijkteams.")
P("Daarnaast kunnen cliënten gebruikmaken van domotica, zoals een alarmknop of een app waarmee zij contact "
  "kunnen opnemen met hun begeleider. Het gebruik hiervan is altijd vrijwillig.")
S.append(PageBreak()); H2("3.2 Huisvesting en woningcorporaties")
P("Zonder betaalbare woningen lukt de beweging naar beschermd thuis niet. De gemeenten maken daarom "
  "prestatieafspraken met de woningcorporaties over het aantal woningen voor mensen die uitstromen uit "
  "beschermd wonen en de opvang. Ook particuliere verhuurders worden gevraagd om mee te doen.")
H3("3.2.1 Urgentie en uitstroomcontingent")
P("Elke gemeente reserveert jaarlijks een uitstroomcontingent: een vast aantal sociale huurwoningen voor "
  "mensen uit beschermd wonen en de maatschappelijke opvang. Het contingent is samen 150 woningen per jaar, "
  "naar rato van het aantal inwoners verdeeld. Wie in aanmerking komt, krijgt een urgentieverklaring. De "
  "urgentieregels worden regionaal gelijkgetrokken, zodat het niet uitmaakt in welke gemeente iemand "
  "woonde voordat hij in de instelling kwam.")
P("Een woning wordt eerst voor een jaar op naam van de zorgaanbieder gehuurd (een zogenoemd "
  "omklapcontract). Als het goed gaat, gaat het huurcontract over op naam van de bewoner.")
H3("3.2.2 Spreiding en draagvlak in de wijk")
P("We willen voorkomen dat kwetsbare bewoners in enkele wijken worden geconcentreerd. Daarom spreken we met "
  "de corporaties af dat niet meer dan één op de tien vrijkomende woningen in een complex naar uitstromers "
  "gaat. Bij de komst van een nieuwe woonvoorziening informeren we omwonenden vroeg. Er komt per "
  "voorziening een vast aanspreekpunt voor de buurt en een klankbordgroep van omwonenden.")
H2("3.3 Bijzondere woonvormen")
P("Voor mensen die niet in een gewone woning kunnen of willen wonen, bijvoorbeeld door ernstige "
  "verslaving of gedrag dat veel overlast geeft, komen er bijzondere woonvormen zoals Skaeve Huse: kleine, "
  "vrijstaande woningen op een rustige plek met toezicht op afstand. We willen in 2031 in de regio ten "
  "minste twintig van deze woningen hebben. Ook onderzoeken we woonvormen waar mensen met en zonder "
  "zorgvraag samen wonen, zoals Skaeve Huse en gemengd wonen met studenten.")

# ---------------- 4 ----------------
H1("4 Maatschappelijke opvang en dakloosheid")
P("Dakloosheid is voor een groot deel te voorkomen. Daar willen we op inzetten. Wie toch dakloos raakt, "
  "moet snel een veilige plek en daarna een eigen woning krijgen.")
H2("4.1 Voorkomen van dakloosheid")
P("De meeste dakloosheid begint met geldproblemen. Corporaties, energieleveranciers en zorgverzekeraars "
  "melden betalingsachterstanden al na één maand bij de gemeente (vroegsignalering). Een schuldhulpverlener "
  "neemt dan binnen vijf werkdagen contact op. Een huisuitzetting wegens huurachterstand willen we in 2031 "
  "niet meer laten voorkomen zonder dat er eerst hulp is aangeboden.")
P("Ook na een scheiding, ontslag uit detentie of vertrek uit een jeugdhulpinstelling dreigt dakloosheid. "
  "Voor deze overgangsmomenten maken we sluitende afspraken met de reclassering, de justitiële "
  "instellingen en de jeugdhulp, zodat niemand op straat komt te staan.")
H2("4.2 Nachtopvang en dagopvang")
P("De nachtopvang in Leiden en Gouda blijft bestaan, maar verandert van karakter. Slaapzalen maken "
  "plaats voor kleine units met een eigen kamer. De opvang is 24 uur per dag open, zodat mensen overdag "
  "niet meer op straat hoeven. Elke gast krijgt binnen drie dagen een persoonlijk begeleider en binnen "
  "drie maanden een plan voor wonen.")
P("De dagopvang biedt een warme maaltijd, een douche, een postadres en hulp bij het regelen van "
  "inkomen en zorgverzekering. Mensen zonder regiobinding worden niet weggestuurd: zij krijgen eerst "
  "opvang, daarna wordt gekeken waar zij het best terechtkunnen.")
S.append(PageBreak()); H2("4.3 Jongeren zonder thuis")
P("Dak- en thuisloze jongeren horen niet in de opvang voor volwassenen. We ontwikkelen per subregio een "
  "jongerenhuis met kamers en begeleiding, gericht op school, werk en een eigen plek. Jongeren die "
  "bij vrienden op de bank slapen (bankslapers) zijn vaak onzichtbaar. Via scholen, jongerenwerk en "
  "sociale media willen we hen eerder bereiken.")
H2("4.4 Opvang bij extreme kou")
P("Bij vorst of extreme weersomstandigheden geldt de winterregeling. De nachtopvang neemt dan iedereen op, "
  "ook mensen zonder regiobinding of zonder verblijfsvergunning. Straatteams zoeken actief naar mensen "
  "die buiten slapen.")

# ---------------- 5 ----------------
H1("5 Toegang en samenwerking")
P("Mensen moeten weten waar zij terechtkunnen en niet van het kastje naar de muur gestuurd worden.")
H2("5.1 Eén regionale toegang")
P("Er komt één regionale toegang voor beschermd wonen en maatschappelijke opvang, met een lokaal loket in "
  "elke gemeente (meestal het wijkteam of sociaal team). De lokale professional doet het gesprek en de "
  "regionale toegang neemt het besluit binnen vier weken. Een inwoner hoeft zijn verhaal maar één keer "
  "te vertellen. De toegang werkt met één gezamenlijk afwegingskader, zodat in elke gemeente dezelfde "
  "criteria gelden.")
S.append(PageBreak()); H2("5.2 Samenwerking met GGZ en verslavingszorg")
P("Veel cliënten hebben zowel een psychische aandoening als een verslaving. Beschermd wonen, GGZ-behandeling "
  "en verslavingszorg moeten daarom naadloos op elkaar aansluiten. We maken met de zorgverzekeraar en de "
  "GGZ-aanbieders afspraken over gezamenlijke casuïstiekbesprekingen en over een vaste GGZ-consulent per "
  "wijkteam.")
H3("5.2.1 Personen met verward gedrag")
P("Het aantal meldingen van mensen met verward gedrag groeit. We zetten het regionale meldpunt niet-acute "
  "zorg voort, waar politie, buren en familie terechtkunnen. Binnen 24 uur gaat een team van een "
  "sociaal psychiatrisch verpleegkundige en een wijkteammedewerker op huisbezoek. Voor acute situaties "
  "blijft de crisisdienst van de GGZ verantwoordelijk. Er komt een regionaal vervoer voor mensen in crisis, "
  "zodat zij niet meer in een politieauto worden vervoerd.")
H3("5.2.2 Verslavingszorg en middelengebruik")
P("Voor mensen met een ernstige alcohol- of drugsverslaving zijn er gebruiksruimten en woonvormen waar "
  "gebruik wordt toegestaan onder voorwaarden. We investeren in vroegsignalering van problematisch "
  "middelengebruik en in samenwerking met de verslavingsarts. Harm reduction, het beperken van de schade "
  "van gebruik, is het uitgangspunt.")
H2("5.3 Ervaringsdeskundigheid en cliëntparticipatie")
P("Ervaringsdeskundigen zijn onmisbaar. Zij herkennen wat cliënten doormaken en geven hoop. We willen "
  "dat in elk team een ervaringsdeskundige werkt, met een passende opleiding en een betaalde functie. "
  "Cliëntenraden en de regionale cliëntvertegenwoordiging worden betrokken bij inkoop, monitoring en "
  "evaluatie van deze visie.")

# ---------------- 6 ----------------
H1("6 Werk, inkomen en dagbesteding")
P("Een zinvolle daginvulling en een stabiel inkomen dragen bij aan herstel.")
H2("6.1 Schulden en bestaanszekerheid")
P("Veel cliënten hebben problematische schulden. Bij de start van de begeleiding wordt de financiële "
  "situatie in kaart gebracht. Waar nodig wordt beschermingsbewind of budgetbeheer ingezet. Gemeenten "
  "spannen zich in om inkomensondersteuning en toeslagen snel te regelen en de kostendelersnorm niet toe "
  "te passen op mensen die uitstromen naar een gedeelde woning.")
H2("6.2 Dagbesteding en werk")
P("Iedere cliënt heeft recht op een vorm van dagbesteding die past bij zijn mogelijkheden, van "
  "inloopvoorziening tot betaald werk. We werken met de werkbedrijven aan begeleide werkplekken en "
  "leerwerktrajecten. Vervoer naar de dagbesteding mag geen belemmering zijn.")

# ---------------- 7 ----------------
H1("7 Financiën en sturing")
P("De gemeenten willen de middelen zo inzetten dat de beweging naar beschermd thuis lukt zonder dat "
  "gemeenten in financiële problemen komen.")
H2("7.1 Verdeelmodel en solidariteit")
P("Vanaf 2028 ontvangt elke gemeente haar deel van de middelen volgens het objectieve verdeelmodel. In de "
  "eerste vijf jaar brengen de gemeenten hun middelen in een regionaal solidariteitsfonds. Uit dat fonds "
  "worden de regionale voorzieningen betaald. Gemeenten die meer cliënten hebben dan het verdeelmodel "
  "verwacht, worden niet onevenredig getroffen. Na vijf jaar wordt de verdeling geëvalueerd.")
P("Het totale budget bedraagt in 2027 naar verwachting € 96,4 miljoen. Door de afbouw van intramurale "
  "plekken verwachten wij in 2031 een besparing van € 6 miljoen, die volledig wordt ingezet voor "
  "ambulante begeleiding en preventie.")
S.append(PageBreak()); H2("7.2 Monitoring en sturing")
P("Jaarlijks verschijnt een regionale monitor met de resultaten: het aantal plekken, de wachttijden, de "
  "uitstroom naar een woning, het aantal huisuitzettingen en de ervaren kwaliteit van leven van "
  "cliënten. De colleges bespreken de monitor met de gemeenteraden. In 2029 volgt een tussentijdse "
  "evaluatie.")

# ---------------- 8 ----------------
H1("8 Uitvoering en planning")
P("De visie wordt uitgewerkt in een regionaal uitvoeringsprogramma. Daarin staan per jaar de acties, wie "
  "ze uitvoert en wat ze kosten. Het programma wordt in het voorjaar van 2027 vastgesteld.")
P("De belangrijkste mijlpalen zijn: in 2027 de start van de regionale toegang; in 2028 de overgang naar het "
  "verdeelmodel; in 2029 de eerste twee jongerenhuizen en de tussentijdse evaluatie; in 2031 de afbouw "
  "naar 480 intramurale plekken en twintig bijzondere woningen.")

# ---------------- bijlagen ----------------
H1("Bijlage 1: Begrippenlijst")
for term, uitleg in [
    ("Ambulante begeleiding", "Begeleiding van een cliënt in zijn eigen woning."),
    ("Beschermd wonen", "Wonen in een accommodatie met toezicht en begeleiding, voor mensen met psychische of psychosociale problemen die niet zelfstandig kunnen wonen."),
    ("Doordecentralisatie", "De overgang waarbij alle gemeenten zelf verantwoordelijk worden voor beschermd wonen en middelen krijgen volgens een objectief verdeelmodel."),
    ("Housing First", "Aanpak waarbij dakloze mensen direct een eigen woning krijgen met intensieve begeleiding."),
    ("Maatschappelijke opvang", "Tijdelijke opvang voor mensen die dakloos zijn, zoals nachtopvang en dagopvang."),
    ("Omklapcontract", "Huurcontract dat na een periode overgaat van de zorgaanbieder naar de bewoner."),
    ("Regiobinding", "De voorwaarde dat iemand een band heeft met de regio voordat hij opvang krijgt."),
    ("Skaeve Huse", "Kleine vrijstaande woningen voor mensen die in een gewone wijk niet kunnen wonen."),
    ("Uitstroomcontingent", "Het aantal sociale huurwoningen dat jaarlijks wordt gereserveerd voor mensen die uitstromen uit een instelling."),
]:
    P("<b>%s</b>: %s" % (term, uitleg))

H1("Bijlage 2: Cijfers Hollands Midden")
P("Tabel 1. Kerncijfers beschermd wonen en maatschappelijke opvang (bron: regionale monitor 2025).")
rows = [["Indicator", "2022", "2023", "2024", "2025"],
        ["Intramurale plekken beschermd wonen", "690", "672", "655", "640"],
        ["Cliënten ambulante begeleiding", "820", "910", "1.020", "1.105"],
        ["Wachtlijst intramuraal", "52", "61", "74", "85"],
        ["Dak- en thuisloze mensen (schatting)", "560", "610", "680", "720"],
        ["Gebruik nachtopvang (personen)", "410", "450", "500", "533"],
        ["Huisuitzettingen", "96", "88", "91", "79"],
        ["Meldingen verward gedrag", "2.310", "2.560", "2.880", "3.120"]]
t = Table(rows, colWidths=[7.2 * cm, 2 * cm, 2 * cm, 2 * cm, 2 * cm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 9), ("FONT", (0, 0), (-1, 0), "DVB", 9),
                       ("GRID", (0, 0), (-1, -1), 0.4, "#888888")]))
S.append(t)
S.append(Spacer(1, 10))
P("Tabel 2. Verdeling uitstroomcontingent per subregio (woningen per jaar).")
rows2 = [["Subregio", "Woningen per jaar"], ["Leidse regio", "62"], ["Duin- en Bollenstreek", "38"],
         ["Rijnstreek", "22"], ["Midden-Holland", "28"]]
t2 = Table(rows2, colWidths=[7.2 * cm, 4 * cm])
t2.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 9), ("FONT", (0, 0), (-1, 0), "DVB", 9),
                        ("GRID", (0, 0), (-1, -1), 0.4, "#888888")]))
S.append(t2)

out = sys.argv[1] if len(sys.argv) > 1 else "draft.pdf"
doc = Doc(out, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.5 * cm,
          bottomMargin=2.5 * cm, title="Regiovisie Beschermd Wonen en MO Hollands Midden 2027-2031")
fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
doc.addPageTemplates([PageTemplate("cover", [fr], onPage=plain_page),
                      PageTemplate("plain", [fr], onPage=plain_page),
                      PageTemplate("content", [fr], onPage=content_page)])
doc.multiBuild(S)
