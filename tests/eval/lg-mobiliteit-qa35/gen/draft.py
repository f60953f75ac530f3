# Generates the blind draft: Regionale Mobiliteitsvisie Lek en Giessen 2027-2035 (fictional)
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

D = Document()
st = D.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
st.paragraph_format.line_spacing = 1.4
st.paragraph_format.space_after = Pt(8)

def pagebreak():
    D.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

def footer_page():
    sec = D.sections[0]
    p = sec.footer.paragraphs[0]
    p.text = 'Regionale Mobiliteitsvisie Lek en Giessen – inspraakversie – pagina '
    r = p.add_run()
    b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin'); r._r.append(b)
    r2 = p.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE '; r2._r.append(it)
    r3 = p.add_run(); s = OxmlElement('w:fldChar'); s.set(qn('w:fldCharType'), 'separate'); r3._r.append(s)
    r4 = p.add_run('1')
    r5 = p.add_run(); e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end'); r5._r.append(e)

footer_page()
D.add_paragraph('Regionale Mobiliteitsvisie Lek en Giessen 2027-2035', style='Title')
D.add_paragraph('Bereikbaar, veilig en duurzaam onderweg in acht gemeenten')
D.add_paragraph('Inspraakversie, 1 maart 2027')
D.add_paragraph('Gemeenten Alblasmeer, Giessenveld, Kortendijk, Lekkerbrug, Meerhoven, Oosterlek, Wijngaerde en Zandveen')
pagebreak()

def H(text, lvl): D.add_heading(text, level=lvl)
def P(text): D.add_paragraph(text)
def B(items):
    for i in items: D.add_paragraph(i, style='List Bullet')

H('Samenvatting', 1)
P('De acht gemeenten van de regio Lek en Giessen willen dat iedere inwoner in 2035 binnen een half uur een werkplek, een middelbare school, een ziekenhuis of een winkelcentrum kan bereiken, ook zonder eigen auto. Deze mobiliteitsvisie beschrijft hoe we dat samen willen bereiken. We kiezen voor de fiets als ruggengraat van het verkeer op korte en middellange afstand, voor een betrouwbaar busnet op de hoofdassen met vraagafhankelijk vervoer in de kleine kernen, en voor veilige, leefbare dorpskernen waar de auto te gast is.')
P('De belangrijkste keuzes zijn: vier regionale snelfietsroutes tussen de kernen en de stations, een regionale inzet op verkeersveiligheid rond scholen, het uitbreiden van het aantal publieke laadpunten tot 2.400 in 2030, zes mobiliteitshubs bij de belangrijkste knooppunten en het verplaatsen van het doorgaande vrachtverkeer naar de N-wegen. De regio reserveert hiervoor in de periode 2027-2035 in totaal € 38,6 miljoen, aangevuld met bijdragen van provincie en Rijk.')
P('Deze inspraakversie ligt van 1 maart tot en met 12 april 2027 ter inzage. Iedereen kan een reactie geven. De werkgroep verwerkt de reacties in een nota van beantwoording en legt de definitieve visie in het najaar van 2027 aan de acht gemeenteraden voor.')

H('Leeswijzer', 1)
P('Hoofdstuk 1 beschrijft de aanleiding en hoe deze visie tot stand kwam. Hoofdstuk 2 schetst de regio in cijfers. In hoofdstuk 3 staan onze ambitie en de uitgangspunten. De hoofdstukken 4 tot en met 7 werken de ambitie uit per thema: fiets en lopen, openbaar vervoer en deelmobiliteit, de auto en verkeersveiligheid, en schone mobiliteit. Hoofdstuk 8 gaat over de uitvoering, de financiën en de monitoring. In bijlage 1 vindt u een begrippenlijst met de vaktermen die in deze visie worden gebruikt.')
pagebreak()

H('1 Inleiding', 1)
H('1.1 Aanleiding', 2)
P('De regio Lek en Giessen telt ongeveer 212.000 inwoners, verdeeld over acht gemeenten en 34 kernen. De regio groeit: tot 2035 worden circa 11.500 woningen gebouwd, vooral aan de randen van Kortendijk, Alblasmeer en Oosterlek. Tegelijk vergrijst de bevolking in de kleine kernen snel en verdwijnen daar voorzieningen zoals de huisarts, de bank en de supermarkt. Daardoor worden inwoners steeds afhankelijker van vervoer om mee te kunnen doen.')
P('De vorige regionale verkeers- en vervoersvisie dateert uit 2012 en is verouderd. Sindsdien zijn de elektrische fiets, deelauto’s en de energietransitie opgekomen, en de provincie heeft in 2025 een nieuw Provinciaal Mobiliteitsprogramma vastgesteld. De provincie vraagt de regio om haar opgaven te bundelen, zodat investeringen in wegen, fietspaden en openbaar vervoer beter op elkaar aansluiten. Daarnaast loopt de busconcessie Lek en Giessen af in december 2029; de provincie start in 2027 met de voorbereiding van de nieuwe aanbesteding. Deze visie is de inbreng van de regio daarvoor.')
H('1.2 Totstandkoming en proces', 2)
P('Deze visie is opgesteld door een ambtelijke werkgroep van de acht gemeenten, begeleid door een stuurgroep van de wethouders verkeer. In 2026 zijn vier regionale bijeenkomsten gehouden met inwoners, ondernemers, scholen en maatschappelijke organisaties. Daarnaast hebben 1.860 inwoners een online enquête over hun verplaatsingen ingevuld. De uitkomsten zijn verwerkt in deze inspraakversie.')
P('Na de inspraakperiode stelt de werkgroep een nota van beantwoording op. Daarin staat per reactie hoe deze is gewogen en of de visie daarop is aangepast. De gemeenteraden kunnen daarna een zienswijze geven op de definitieve versie, voordat de colleges de visie vaststellen. We streven ernaar dat alle raden uiterlijk in december 2027 hebben besloten.')
pagebreak()

H('2 De regio in beeld', 1)
H('2.1 Bevolking en ruimtelijke ontwikkeling', 2)
P('De regio bestaat uit twee middelgrote kernen, Kortendijk (58.000 inwoners) en Alblasmeer (41.000 inwoners), en een groot aantal dorpen en buurtschappen langs de Lek en de Giessen. Het aandeel 75-plussers stijgt tussen 2025 en 2035 van 9 naar 14 procent. In de kleinste kernen is dat aandeel nu al meer dan 16 procent. Jongeren trekken na hun opleiding vaak weg naar de steden.')
P('De nieuwe woonwijken komen voor het grootste deel aan de randen van de grote kernen. Bij de keuze van deze locaties speelt de bereikbaarheid per fiets en openbaar vervoer een belangrijke rol. De bedrijventerreinen Lekhaven en De Giessenwaard groeien met circa 40 hectare, vooral voor logistiek. Dat leidt tot meer vrachtverkeer, ook op wegen die daar niet voor zijn ingericht.')
pagebreak(); H('2.2 Mobiliteit in cijfers', 2)
P('Uit de enquête van 2026 en de landelijke cijfers van het CBS blijkt dat inwoners van de regio vaker de auto gebruiken dan gemiddeld in Nederland. De tabel hieronder geeft de verdeling van de verplaatsingen naar vervoerwijze.')
t = D.add_table(rows=1, cols=3); t.style = 'Table Grid'
hdr = t.rows[0].cells; hdr[0].text = 'Vervoerwijze'; hdr[1].text = 'Regio Lek en Giessen'; hdr[2].text = 'Nederland'
for row in [('Auto (bestuurder en passagier)', '54%', '47%'), ('Fiets en e-bike', '27%', '28%'), ('Lopen', '12%', '17%'), ('Bus en trein', '4%', '5%'), ('Overig', '3%', '3%')]:
    c = t.add_row().cells
    for i, v in enumerate(row): c[i].text = v
P('Opvallend is dat de helft van alle autoritten korter is dan 7,5 kilometer. Dat zijn afstanden die met een (elektrische) fiets goed te overbruggen zijn. Het aandeel van de bus is laag; buiten de hoofdassen rijdt de bus vaak maar eens per uur en ’s avonds en in het weekend nauwelijks. In de periode 2021-2025 vielen in de regio gemiddeld 9 verkeersdoden en 112 ernstig gewonden per jaar, vooral onder fietsers van 65 jaar en ouder.')
pagebreak()

H('3 Ambities en uitgangspunten', 1)
H('3.1 Ambitie 2035', 2)
P('Onze ambitie is dat in 2035 iedere inwoner van de regio binnen 30 minuten een basisvoorziening kan bereiken: een werkplek, een middelbare school, een ziekenhuis of een winkelcentrum, ook zonder eigen auto. We willen dat het aandeel van de fiets in de verplaatsingen tot 5 kilometer stijgt van 35 naar 45 procent, dat het aantal verkeersslachtoffers met de helft daalt, en dat de CO2-uitstoot van het verkeer in 2035 met 40 procent is gedaald ten opzichte van 2019.')
P('We kiezen daarbij voor een regio van nabijheid: voorzieningen dichtbij, wonen en werken bij elkaar, en voor de langere afstand goede verbindingen tussen de kernen en de stations van Kortendijk en Alblasmeer.')
H('3.2 Uitgangspunten', 2)
P('Bij alle keuzes in deze visie hanteren we het STOMP-principe: eerst de Stappers (voetgangers), dan de Trappers (fietsers), dan het Openbaar vervoer, dan de Mobiliteitsdiensten zoals deelauto’s en taxi, en pas daarna de Personenauto. Dit betekent niet dat de auto niet meer welkom is, maar wel dat bij de inrichting van de openbare ruimte eerst wordt gekeken naar de ruimte voor lopen en fietsen.')
P('Daarnaast gelden drie uitgangspunten. Ten eerste werken we als acht gemeenten samen waar dat meerwaarde heeft, en houden we lokaal maatwerk waar dat kan. Ten tweede betrekken we inwoners en ondernemers vroegtijdig bij projecten. Ten derde investeren we eerst in het verbeteren en beter benutten van wat er al is, voordat we nieuwe infrastructuur aanleggen.')
pagebreak()

H('4 Fiets en lopen', 1)
P('In dit hoofdstuk beschrijven we hoe we fietsen en lopen aantrekkelijker en veiliger maken.')
H('4.1 Regionale snelfietsroutes', 2)
P('We leggen vier regionale snelfietsroutes aan: Kortendijk – Alblasmeer (F16), Oosterlek – Kortendijk (F18), Zandveen – Giessenveld – Alblasmeer (F21) en de Lekdijkroute van Meerhoven naar Kortendijk. Een snelfietsroute is minimaal 4 meter breed, heeft rood asfalt, zo weinig mogelijk kruisingen en voorrang op kruisingen met lokale wegen. Waar de route over een dijk loopt, bekijken we samen met het waterschap hoe de route veilig kan worden ingepast.')
P('De eerste route, Kortendijk – Alblasmeer, moet in 2029 klaar zijn. De andere routes volgen tot 2035. Voor de Lekdijkroute onderzoeken we nog of een vrijliggend fietspad langs de dijk mogelijk is, omdat de dijk zelf te smal is voor auto’s en fietsers samen.')
pagebreak(); H('4.2 Fietsparkeren bij stations en voorzieningen', 2)
P('Bij de stations van Kortendijk en Alblasmeer zijn de fietsenstallingen structureel overvol. We breiden de stalling bij station Kortendijk uit met 1.200 plekken en die bij Alblasmeer met 800 plekken, waarvan een deel bewaakt en met oplaadpunten voor e-bikes. Ook bij scholen, winkelcentra en sportparken komen meer en betere fietsenrekken, ook voor bakfietsen en driewielers.')
P('Fietsdiefstal is voor veel inwoners een reden om de dure e-bike niet naar het station te nemen. Daarom zijn de eerste 24 uur in de bewaakte stallingen gratis.')
pagebreak(); H('4.3 Voetganger en toegankelijkheid van de openbare ruimte', 2)
P('Lopen is de meest gezonde en duurzame manier van verplaatsen, maar krijgt in het beleid vaak te weinig aandacht. We willen dat stoepen in de kernen minimaal 1,80 meter vrij begaanbaar zijn, zonder fietsen, reclameborden of afvalcontainers op de looproute. Oversteekplaatsen bij voorzieningen voor ouderen en bij scholen krijgen verlaagde stoepranden en een geleidelijn voor blinden en slechtzienden.')
P('Bij de herinrichting van straten toetsen we het ontwerp met inwoners met een beperking. We maken een regionale lijst van knelpunten voor rollators en rolstoelen, samen met de lokale adviesraden.')
pagebreak()

H('5 Openbaar vervoer en deelmobiliteit', 1)
H('5.1 Busnet en concessie', 2)
P('De provincie is verantwoordelijk voor het openbaar vervoer. De regio wil in de nieuwe concessie vanaf december 2029 een busnet met een duidelijke hoofdstructuur: snelle, frequente lijnen tussen de kernen en de stations, minimaal vier keer per uur in de spits en twee keer per uur daarbuiten, ook ’s avonds tot 23.00 uur. Om die frequentie te kunnen betalen, stellen we voor om lijnen die nu door de kleine kernen slingeren te strekken. Lijn 147 (Zandveen – Giessenveld – Kortendijk) gaat daardoor niet meer door de kern van Giessen-Oudkerk maar over de N214.')
P('Haltes op de hoofdlijnen worden toegankelijk gemaakt, met een verhoogd perron, een abri, een bank en actuele reisinformatie. De regio vraagt de provincie om in de concessie ook afspraken te maken over het meenemen van fietsen en rolstoelen in de bus.')
pagebreak(); H('5.2 Vraagafhankelijk vervoer en buurtbus', 2)
P('In de kleine kernen, waar een vaste buslijn te weinig reizigers heeft, komt vraagafhankelijk vervoer: een kleine bus die u een uur van tevoren via een app of telefoon bestelt, en die u naar de dichtstbijzijnde halte van een hoofdlijn brengt. Het tarief is gelijk aan dat van de gewone bus. De bestaande buurtbussen, die door vrijwilligers worden gereden, blijven bestaan zolang er genoeg vrijwilligers zijn. We onderzoeken of het vraagafhankelijk vervoer en het Wmo-vervoer (regiotaxi) kunnen worden gecombineerd in één systeem.')
H('5.3 Mobiliteitshubs en deelmobiliteit', 2)
P('We ontwikkelen zes mobiliteitshubs: bij de stations Kortendijk en Alblasmeer, bij het busknooppunt Giessenveld-Noord, bij de N214 bij Zandveen, bij het bedrijventerrein Lekhaven en in de nieuwe wijk De Waarden in Oosterlek. Een hub is een plek waar u makkelijk overstapt van de ene vervoerwijze op de andere: van fiets of auto op bus, of op een deelauto of deelfiets. Er zijn goede fietsenstallingen, een wachtruimte en laadpunten.')
P('Deelauto’s en deelfietsen stimuleren we vooral in de nieuwe wijken, waar we lagere parkeernormen hanteren als een ontwikkelaar deelauto’s aanbiedt. We maken regionale afspraken met aanbieders van deelmobiliteit over de plaatsing van deelvoertuigen en over het opruimen van fietsen die op de stoep zijn achtergelaten.')
pagebreak()

H('6 Auto, verkeersveiligheid en leefbaarheid', 1)
H('6.1 Regionale wegen en doorstroming', 2)
P('De N214 en de N216 zijn de belangrijkste wegen van de regio. Op beide wegen staat in de spits regelmatig file bij de aansluitingen op de A15 en de A27. Samen met de provincie onderzoeken we hoe de doorstroming kan verbeteren, bijvoorbeeld met slimme verkeerslichten en het verbreden van de aansluiting Kortendijk-Oost. Een nieuwe rondweg om Giessenveld is in deze visie niet opgenomen, omdat de kosten (circa € 45 miljoen) niet opwegen tegen de baten.')
P('We willen het doorgaande autoverkeer op de hoofdwegen houden, zodat de dorpskernen rustiger worden. Sluiproutes door de kernen pakken we aan met inrichtingsmaatregelen.')
pagebreak(); H('6.2 Verkeersveiligheid en schoolomgevingen', 2)
P('We werken volgens de landelijke aanpak Veilig op weg (risicogestuurd verkeersveiligheidsbeleid). Elk jaar brengen we de risico’s in kaart en pakken we de gevaarlijkste kruisingen en wegvakken eerst aan. Bijzondere aandacht gaat naar oudere fietsers, voor wie we samen met de ouderenbonden fietscursussen organiseren, en naar kinderen.')
P('Rond alle basisscholen richten we een schoolzone in: een herkenbare inrichting met lage snelheid, een veilige oversteek en een kiss-and-ride-strook op enige afstand van de school. We willen dat meer kinderen lopend of fietsend naar school gaan.')
H('6.2.1 Snelheid binnen de bebouwde kom', 3)
P('Binnen de bebouwde kom wordt 30 km/u de norm, behalve op de wegen die een verbindende functie hebben, zoals de hoofdwegen door Kortendijk en Alblasmeer, waar 50 km/u blijft. Waar 30 km/u wordt ingevoerd, passen we de weg aan met versmallingen, plateaus en ander materiaal, zodat de lage snelheid vanzelf spreekt. De gemeenten voeren dit gefaseerd in tot 2033.')
pagebreak(); H('6.3 Vrachtverkeer en landbouwverkeer', 2)
P('Het vrachtverkeer naar de bedrijventerreinen moet over de N-wegen rijden en niet door de dorpskernen en over de dijken. We stellen een regionale vrachtroutekaart op met verplichte routes en passen de bewegwijzering aan. Op de Lekdijk komt een verbod voor vrachtauto’s boven de 7,5 ton, met uitzondering van bestemmingsverkeer.')
P('Landbouwverkeer is onmisbaar in het buitengebied maar zorgt op smalle wegen voor gevaarlijke situaties met fietsers. We wijzen samen met de agrarische sector routes voor landbouwverkeer aan en leggen op drukke plekken passeerhavens aan. De snelfietsroutes worden waar mogelijk gescheiden van landbouwroutes.')
pagebreak()

H('7 Schone mobiliteit', 1)
H('7.1 Laadinfrastructuur', 2)
P('Het aantal elektrische auto’s in de regio verdubbelt naar verwachting elke drie jaar. We breiden het aantal publieke laadpunten uit van 620 nu naar 2.400 in 2030. Inwoners zonder eigen oprit kunnen een laadpunt aanvragen; dat wordt binnen 6 maanden geplaatst, binnen 250 meter van hun woning. Laadpalen plaatsen we zo dat ze de stoep niet blokkeren. In de nieuwe wijken en bij de mobiliteitshubs komen snelladers en laadpleinen.')
P('We maken ook ruimte voor laadpunten voor elektrische bestelbussen en vrachtauto’s op de bedrijventerreinen, samen met de netbeheerder. Netcongestie is daarbij een groot risico: het stroomnet is in delen van de regio vol.')
H('7.2 Zero-emissie doelgroepenvervoer en eigen wagenpark', 2)
P('De gemeenten geven zelf het goede voorbeeld. Vanaf 2028 kopen we alleen nog emissievrije dienstauto’s, en vanaf de nieuwe aanbesteding in 2029 moet het doelgroepenvervoer (leerlingenvervoer en Wmo-vervoer) emissievrij zijn. We vragen de provincie om ook in de busconcessie vanaf 2029 alleen nog emissievrije bussen toe te staan.')
pagebreak()

H('8 Uitvoering, financiën en monitoring', 1)
H('8.1 Uitvoeringsprogramma en financiering', 2)
P('Deze visie wordt uitgewerkt in een regionaal uitvoeringsprogramma voor telkens vier jaar. Het eerste programma loopt van 2027 tot en met 2030. De regio reserveert in totaal € 38,6 miljoen voor de periode 2027-2035; de verdeling over de gemeenten is naar rato van het aantal inwoners. Voor de snelfietsroutes rekenen we op een bijdrage van de provincie van 50 procent en voor de schoolzones op de rijksregeling voor verkeersveiligheid. Projecten die in één gemeente liggen, betaalt die gemeente zelf.')
pagebreak(); H('8.2 Monitoring en evaluatie', 2)
P('Elke twee jaar meten we de voortgang met een regionale mobiliteitsmonitor: het gebruik van fiets, bus en auto, het aantal verkeersslachtoffers, de CO2-uitstoot en de tevredenheid van inwoners. De resultaten worden gedeeld met de gemeenteraden. In 2031 evalueren we de visie als geheel.')
H('8.3 Participatie in de uitvoering', 2)
P('Bij ieder project in het uitvoeringsprogramma betrekken we inwoners, ondernemers en belangenorganisaties vanaf het begin. We richten een regionale klankbordgroep mobiliteit op, waarin onder andere de Fietsersbond, de reizigersvereniging, de ouderenbonden, de adviesraden sociaal domein en de agrarische sector zitting hebben.')
pagebreak()

H('Bijlage 1 Begrippenlijst', 1)
for term, d in [('Abri', 'Wachthuisje bij een bushalte.'), ('Concessie', 'Het recht van een vervoerder om voor een bepaalde periode alleen het openbaar vervoer in een gebied te verzorgen.'), ('Deelmobiliteit', 'Vervoermiddelen die door meerdere gebruikers worden gedeeld, zoals deelauto’s en deelfietsen.'), ('Mobiliteitshub', 'Knooppunt waar verschillende vervoerwijzen samenkomen en reizigers overstappen.'), ('Netcongestie', 'Situatie waarin het elektriciteitsnet te vol is om nieuwe aansluitingen toe te laten.'), ('Snelfietsroute', 'Brede, doorgaande fietsroute voor de middellange afstand met zo min mogelijk oponthoud.'), ('STOMP-principe', 'Volgorde van Stappers, Trappers, Openbaar vervoer, Mobiliteitsdiensten en Personenauto bij het inrichten van de openbare ruimte.'), ('Vraagafhankelijk vervoer', 'Vervoer dat alleen rijdt als een reiziger er vooraf om vraagt.')]:
    p = D.add_paragraph(); r = p.add_run(term + ': '); r.bold = True; p.add_run(d)
D.save('/tmp/qa35a/set/drafts/01-inspraakversie-mobiliteitsvisie.docx')
