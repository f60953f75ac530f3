# Generates the 16 response files and labels.toml. A paragraph opening with @[..] is a labelled point.
import re, os
from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.units import cm
import glob
R = '/tmp/qa35a/set/responses'
fonts = glob.glob('/usr/share/fonts/**/DejaVuSans.ttf', recursive=True)
FONT = 'Helvetica'
if fonts:
    pdfmetrics.registerFont(TTFont('DejaVu', fonts[0])); FONT = 'DejaVu'
    b = fonts[0].replace('DejaVuSans.ttf', 'DejaVuSans-Bold.ttf')
    if os.path.exists(b): pdfmetrics.registerFont(TTFont('DejaVuB', b))

LETTERS = []
def letter(fname, text):
    LETTERS.append((fname, text.strip('\n')))

letter('01-zienswijze-gemeenteraad-kortendijk.pdf', '''
Gemeenteraad van Kortendijk
Postbus 120, 4130 AC Kortendijk

Aan de werkgroep Regionale Mobiliteitsvisie Lek en Giessen
p/a Postbus 45
4140 AA Alblasmeer

Kortendijk, 3 april 2027
Onderwerp: zienswijze Regionale Mobiliteitsvisie Lek en Giessen 2027-2035

Geachte werkgroep,

De gemeenteraad van Kortendijk heeft in zijn vergadering van 29 maart 2027 de inspraakversie van de Regionale Mobiliteitsvisie besproken. De raad geeft hierbij de volgende zienswijze.

@[4.1] 1. De raad steunt de aanleg van de snelfietsroute tussen Kortendijk en Alblasmeer van harte. Het opleveren van deze route in 2029 vindt de raad echter te laat: de nieuwe wijk Lekoever wordt in 2027 en 2028 opgeleverd en de nieuwe bewoners moeten vanaf het begin een goed alternatief voor de auto hebben. De raad verzoekt de route uiterlijk in 2028 gereed te hebben.

@[4.2] 2. De uitbreiding van de fietsenstalling bij het station met 1.200 plekken is onvoldoende. Op de wachtlijst voor een abonnement in de bewaakte stalling staan nu al bijna 900 mensen, en er staan dagelijks honderden fietsen buiten de rekken. De raad vraagt om een uitbreiding met ten minste 2.000 plekken.

@[6.1,8.1] 3. De raad vraagt de verbreding van de aansluiting Kortendijk-Oost niet alleen te onderzoeken, maar als concreet project op te nemen in het eerste uitvoeringsprogramma, met een bedrag en een planning. De files bij deze aansluiting zorgen nu al voor sluipverkeer door de wijk Hoogveld.

@[8.1] 4. De raad maakt zich zorgen over de verdeling van de kosten naar rato van het aantal inwoners. Kortendijk betaalt daardoor ruim een kwart van de regionale reservering, terwijl een groot deel van de projecten buiten Kortendijk ligt. De raad verzoekt een verdeelsleutel die ook rekening houdt met waar de projecten liggen en wie er baat bij heeft.

@[6.2.1,6.2] 5. De raad stemt in met 30 km/u als norm binnen de bebouwde kom, maar vraagt de Burgemeester Bosweg en de Lekstraat als 50 km/u-wegen te handhaven. Over deze wegen rijden de bussen van en naar het station, en een lagere snelheid maakt de busverbinding trager.

@[8.2] 6. De raad wil de voortgang van de visie goed kunnen volgen. De raad verzoekt de werkgroep de gemeenteraden elk jaar, en niet eens per twee jaar, over de voortgang te informeren.

Aldus vastgesteld in de openbare vergadering van de raad van 29 maart 2027.

De griffier,                De voorzitter,
mr. J.A. Hoogendoorn        drs. E. van Rijn
''')

letter('02-zienswijze-raad-giessenveld.docx', '''
Zienswijze van de gemeenteraad van Giessenveld op de Regionale Mobiliteitsvisie Lek en Giessen

Giessenveld, 5 april 2027

Geachte leden van de werkgroep,

De gemeenteraad van Giessenveld heeft op 1 april 2027 de inspraakversie van de mobiliteitsvisie besproken. De raad heeft de volgende opmerkingen.

@[6.1,6.3] 1. In paragraaf 6.1 staat: "Een nieuwe rondweg om Giessenveld is in deze visie niet opgenomen, omdat de kosten (circa € 45 miljoen) niet opwegen tegen de baten." De raad is het hier niet mee eens. Het vrachtverkeer naar De Giessenwaard rijdt nu dwars door het centrum van ons dorp, langs twee basisscholen. De raad vraagt de rondweg alsnog op te nemen, of ten minste een onderzoek naar een goedkopere variant.

@[5.1,5.2] 2. Lijn 147 gaat volgens de visie niet meer door de kern Giessen-Oudkerk. Daarmee verliezen ongeveer 2.300 inwoners hun directe busverbinding met Kortendijk. De raad verzoekt de werkgroep dit voorstel te schrappen.

@[5.2] 3. Als er toch vraagafhankelijk vervoer komt, vraagt de raad om een maximale wachttijd van een kwartier af te spreken en ervoor te zorgen dat reizigers ook zonder smartphone gewoon telefonisch een rit kunnen bestellen.

@[5.3,4.2] 4. De hub bij het busknooppunt Giessenveld-Noord moet ook een overdekte fietsenstalling, een toilet en een verwarmde wachtruimte krijgen, zodat reizigers daar in de winter op een fatsoenlijke manier kunnen overstappen.

@[8.3] 5. De raad vindt dat de dorpsraden en wijkplatforms een vaste plek moeten krijgen in de regionale klankbordgroep mobiliteit. Zij weten als geen ander waar de knelpunten in de kleine kernen zitten.

Wij verzoeken u deze zienswijze te betrekken bij de definitieve vaststelling van de visie.

Namens de raad,
de griffier,
mr. P. van Dam
''')

letter('03-college-oosterlek.pdf', '''
Gemeente Oosterlek
Burgemeester en wethouders

Werkgroep Regionale Mobiliteitsvisie Lek en Giessen
Postbus 45
4140 AA Alblasmeer

Oosterlek, 8 april 2027
Ons kenmerk: 2027-0412
Onderwerp: reactie college op de mobiliteitsvisie

Geachte werkgroep,

Met belangstelling hebben wij de inspraakversie van de Regionale Mobiliteitsvisie gelezen. Hieronder vindt u onze reactie per onderwerp.

Mobiliteitshub De Waarden
@[5.3] Wij zijn blij dat er een mobiliteitshub komt in de nieuwe wijk De Waarden. Wel vragen wij de hub al bij de eerste fase van de wijk in 2028 aan te leggen. Als de hub pas aan het eind van de bouw komt, hebben de nieuwe bewoners al een tweede auto gekocht.

Laadpalen
@[7.1] De termijn van zes maanden voor het plaatsen van een laadpaal op aanvraag is in Oosterlek niet haalbaar. Door de volle stroomnetten moeten wij bij de netbeheerder vaak een jaar of langer wachten. Wij stellen voor de termijn op twaalf maanden te zetten en eerlijk te zijn over de wachttijden.

Vrachtverkeer op de Lekdijk
@[6.3] Wij steunen het verbod op vrachtauto’s zwaarder dan 7,5 ton op de Lekdijk. Wel vragen wij om een ontheffing voor de fruittelers langs de dijk, die in de oogsttijd met vrachtwagens hun fruit moeten afvoeren en geen andere route hebben.

Parkeernormen
@[5.3,3.2] Het verlagen van de parkeernormen als een ontwikkelaar deelauto’s aanbiedt, vinden wij een goede gedachte. De regio moet die normen echter niet voorschrijven. Het vaststellen van parkeernormen is een bevoegdheid van iedere gemeenteraad afzonderlijk.

Financiën
@[8.1] Ons college kan op dit moment niet instemmen met de regionale reservering van € 38,6 miljoen. Onze meerjarenbegroting laat geen ruimte voor nieuwe structurele lasten. Wij vragen u de bijdrage per gemeente te faseren en pas vast te leggen na de nieuwe gemeentefondsramingen.

Wij gaan graag met u in gesprek over deze punten.

Met vriendelijke groet,
burgemeester en wethouders van Oosterlek,

de secretaris,          de burgemeester,
ing. R. Kuipers         mw. A.M. de Lange
''')

letter('04-advies-adviesraad-sociaal-domein-alblasmeer.docx', '''
Adviesraad Sociaal Domein Alblasmeer

Aan het college van burgemeester en wethouders van Alblasmeer en de werkgroep Regionale Mobiliteitsvisie

Alblasmeer, 10 april 2027
Betreft: ongevraagd advies Regionale Mobiliteitsvisie Lek en Giessen

Geacht college, geachte werkgroep,

De Adviesraad Sociaal Domein Alblasmeer geeft hierbij ongevraagd advies over de Regionale Mobiliteitsvisie. Wij hebben de visie besproken in onze vergadering van 4 april en met een aantal inwoners met een beperking.

Advies 1 – Ontwerp voor iedereen
@[4.3,8.3] De visie zegt dat ontwerpen bij de herinrichting van straten worden getoetst met inwoners met een beperking. Wij adviseren dit bij ieder project te doen, ook bij haltes, hubs en fietsroutes, en al in de schetsfase en niet pas als het ontwerp klaar is.

Advies 2 – Houd het Wmo-vervoer apart
@[5.2] Wij adviseren het vraagafhankelijk vervoer en de regiotaxi niet zonder meer samen te voegen. Reizigers die nu met de regiotaxi reizen, hebben vaak hulp nodig bij het in- en uitstappen en een vaste chauffeur. Die zekerheid mag niet verloren gaan.

Advies 3 – Reisinformatie voor iedereen
@[5.1] Zorg dat de reisinformatie bij haltes ook op papier en telefonisch beschikbaar blijft. Veel ouderen en mensen met een verstandelijke beperking kunnen niet uit de voeten met een app of een scherm met actuele tijden.

Advies 4 – Bereikbaarheid van het ziekenhuis
@[3.1] In de visie staat dat iedere inwoner "binnen 30 minuten een basisvoorziening kan bereiken". Het Beatrixziekenhuis ligt buiten de regio, in Gorinchem, en is vanuit Zandveen en Meerhoven nu al anderhalf uur reizen met het openbaar vervoer. Wij adviseren hier een concreet doel en concrete maatregelen voor op te nemen.

Advies 5 – Eenvoudige taal
@[0] Het stuk is voor veel inwoners te moeilijk. Ook de samenvatting staat vol met woorden als hub, STOMP-principe en concessie. Wij adviseren een versie in eenvoudige taal (taalniveau B1) uit te brengen, zodat iedereen kan meepraten.

De adviesraad is graag bereid dit advies toe te lichten.

Met vriendelijke groet,

namens de Adviesraad Sociaal Domein Alblasmeer,
G. Bouwman, voorzitter
''')

letter('05-fietsersbond-lek-en-giessen.eml', '''
From: Fietsersbond afdeling Lek en Giessen <lekengiessen@fietsersbond-voorbeeld.nl>
To: mobiliteitsvisie@lekengiessen-voorbeeld.nl
Subject: Reactie Fietsersbond op Regionale Mobiliteitsvisie
Date: Fri, 9 Apr 2027 16:42:10 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste werkgroep,

Namens de Fietsersbond afdeling Lek en Giessen sturen wij onze reactie op de mobiliteitsvisie. Wij zijn blij met de keuze voor de fiets als ruggengraat, maar hebben de volgende punten:

@[4.1] - De breedte van 4 meter voor snelfietsroutes is prima, maar wij vrezen dat op de dijktrajecten toch een smaller profiel wordt gekozen. Een snelfietsroute mag nergens smaller worden dan 3,5 meter, anders is inhalen met een bakfiets of e-bike onveilig.

@[6.2,4.1] - Regel de voorrang voor fietsers op rotondes in de hele regio op dezelfde manier. Nu hebben fietsers in Kortendijk wel voorrang en in Alblasmeer op sommige rotondes niet. Dat leidt tot ongelukken, vooral met oudere fietsers.

@[4.2] - Gratis stallen gedurende de eerste 24 uur is een mooie stap. Zorg er ook voor dat er genoeg plekken zijn voor bakfietsen en fietsen met een kinderzitje, want die passen niet in de gewone rekken.

@[6.3,4.1] - Fietsroutes en landbouwroutes moeten overal gescheiden worden en niet alleen "waar mogelijk". Een trekker met een brede maaibalk en een groep scholieren op hetzelfde smalle weggetje gaat een keer mis.

@[6.2,3.1] - Wij missen een doel voor het aantal kinderen dat op de fiets naar school gaat. Stel een concreet doel, bijvoorbeeld 80 procent van de scholieren binnen 15 kilometer.

Met vriendelijke groet,

Hanneke Vos
secretaris Fietsersbond afdeling Lek en Giessen
''')

letter('06-reizigersoverleg-lek-en-giessen.txt', '''
Reactie Reizigersoverleg Lek en Giessen op de Regionale Mobiliteitsvisie

Alblasmeer, 9 april 2027

Aan de werkgroep Regionale Mobiliteitsvisie

Het Reizigersoverleg Lek en Giessen behartigt de belangen van de reizigers in het openbaar vervoer in onze regio. Wij reageren graag op de visie.

@[5.1] Wij steunen de keuze voor een hoofdnet met hoge frequenties. Dat de bussen op de hoofdlijnen tot 23.00 uur rijden, is echter te vroeg. De late dienst op bedrijventerrein Lekhaven eindigt om 23.30 uur en ook wie ’s avonds uit Utrecht of Rotterdam terugkomt, staat nu op het station in Kortendijk zonder aansluiting. Laat de bussen tot ten minste 0.30 uur rijden.

@[5.1] Op pagina 10 staat dat de haltes op de hoofdlijnen toegankelijk worden gemaakt. Veel reizigers met een rolstoel of rollator stappen juist in de kleine kernen in of uit. Maak daarom alle haltes toegankelijk, niet alleen die op de hoofdlijnen.

@[5.2] Als reizigers met het vraagafhankelijk vervoer naar een halte van een hoofdlijn worden gebracht, moeten ze voor de hele reis één keer betalen. Anders betaalt iemand uit Zandveen straks twee keer het instaptarief voor dezelfde reis.

@[5.1] Wij vragen de regio om bij de provincie aan te dringen op een vervoerbewijs dat in de hele regio in alle bussen en het vraagafhankelijk vervoer geldig is, ook voor wie geen bankpas of smartphone gebruikt. Contant betalen moet mogelijk blijven.

Met vriendelijke groet,

Reizigersoverleg Lek en Giessen
K. Brouwer, voorzitter
''')

letter('07-agrarisch-collectief-lek-en-giessen.pdf', '''
Agrarisch Collectief Lek en Giessen
Polderweg 8, 4145 PK Zandveen

Aan de werkgroep Regionale Mobiliteitsvisie Lek en Giessen

Zandveen, 11 april 2027
Betreft: reactie op de inspraakversie van de mobiliteitsvisie

Geachte werkgroep,

Het Agrarisch Collectief Lek en Giessen vertegenwoordigt 190 agrarische ondernemers in de regio. Wij hebben de volgende opmerkingen.

@[6.3] 1. Wij willen graag meedenken over het aanwijzen van de routes voor landbouwverkeer. Passeerhavens moeten lang genoeg zijn voor een trekker met aanhanger, dat is minimaal 25 meter, en ze moeten ook in de winter begaanbaar zijn.

@[4.1,6.3] 2. De snelfietsroute van Zandveen naar Giessenveld loopt volgens de kaart over de Achterweg. Dat is juist een van de belangrijkste wegen voor onze leden, die er dagelijks met grote machines overheen moeten. Kies voor die route een ander tracé.

@[6.2.1] 3. Versmallingen, plateaus en drempels in dorpen waar 30 km/u gaat gelden, zijn voor brede landbouwvoertuigen vaak niet te passeren. Houd bij het ontwerp rekening met voertuigen tot 3,5 meter breed en overleg met ons.

@[7.1] 4. Veel boeren hebben zonnepanelen op hun schuren, maar kunnen hun stroom door het volle net niet kwijt. Laat boeren die stroom gebruiken om op hun erf laadpunten voor de buurt te plaatsen. Dat helpt het buitengebied en ontlast het net.

Met vriendelijke groet,

Agrarisch Collectief Lek en Giessen
ir. B. van der Heijden, voorzitter
''')

letter('08-kbo-zandveen.docx', '''
KBO Zandveen
Seniorenvereniging voor Zandveen en omstreken

Zandveen, 2 april 2027

Aan de werkgroep mobiliteitsvisie

Geachte dames en heren,

Namens onze 640 leden reageren wij op de Regionale Mobiliteitsvisie.

@[6.2] 1. In de visie staat dat de regio fietscursussen voor oudere fietsers gaat organiseren samen met de ouderenbonden. Wij geven deze cursussen al jaren, met vrijwilligers en zonder subsidie. Wij vragen om een vaste bijdrage, zodat we de cursussen ook in de andere kernen kunnen aanbieden.

@[4.3] 2. Stoepen van 1,80 meter breed zijn in de oude dorpskernen vaak niet mogelijk, omdat de huizen direct aan de straat staan. Geef daarom voorrang aan de looproutes naar de huisarts, de apotheek en de supermarkt.

@[4.3] 3. Oudere mensen moeten onderweg kunnen uitrusten. Plaats langs de belangrijkste looproutes en bij alle bushaltes een bankje, bij voorkeur om de 200 meter.

@[5.2] 4. Veel van onze leden kunnen niet met een app overweg. Het bestellen van het vraagafhankelijk vervoer moet ook gewoon telefonisch kunnen, met een mens aan de lijn en niet met een keuzemenu.

Met vriendelijke groet,

Het bestuur van KBO Zandveen
A. Verhoef-Smits, secretaris
''')

letter('09-inwoner-jansen.txt', '''
Meerhoven, 28 maart 2027

Geachte werkgroep,

Mijn naam is Wim Jansen en ik woon al veertig jaar aan de Lekdijk in Meerhoven.

@[6.3] Elke ochtend tussen zeven en half negen denderen er vrachtwagens over de dijk, vaak veel te hard. Ons huis trilt ervan en de scheuren in de muur worden elk jaar groter. Ik lees dat er een verbod komt voor vrachtwagens boven de 7,5 ton, en dat is goed nieuws, maar wie gaat dat controleren? Er staat nooit politie en de borden die er nu staan worden ook al genegeerd. Zonder camera's verandert er niets, dus zet die er dan ook meteen bij.

@[4.1] Ik fiets zelf nog elke dag naar de bakker en naar mijn kleinkinderen in Kortendijk. Als op de dijk straks ook nog een snelle fietsroute komt, ben ik bang dat het te druk wordt met wielrenners en mensen op e-bikes die met veertig kilometer per uur voorbij razen. Ik hoop dat de route naast de dijk komt en niet erbovenop, zodat er op de dijk zelf nog rustig gefietst en gewandeld kan worden.

@[] Verder wil ik kwijt dat het gras langs de dijk veel te laat gemaaid wordt en dat de vuilnisbakken bij de veerpont elk weekend overvol zitten. Dat is geen gezicht voor de toeristen.

Met vriendelijke groet,

Wim Jansen
''')

letter('10-inwoner-el-amrani.eml', '''
From: Yasmina el Amrani <y.elamrani@mail-voorbeeld.nl>
To: mobiliteitsvisie@lekengiessen-voorbeeld.nl
Subject: reactie op mobiliteitsvisie
Date: Sun, 4 Apr 2027 21:17:33 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste mensen van de werkgroep,

@[6.2] Ik ben moeder van twee kinderen op basisschool De Regenboog in Kortendijk. Elke ochtend is het bij de school een chaos van auto's die dubbel parkeren en keren op de stoep, terwijl de kinderen ertussendoor moeten. Vorige maand is een klasgenootje van mijn dochter bijna aangereden. Die schoolzone waar u over schrijft moet er echt komen, en liefst nog dit jaar, niet pas over een paar jaar.

@[6.2,4.1,6.1] Mijn oudste zoon gaat na de zomer naar het Lekcollege in Alblasmeer. Hij moet dan elke dag met de fiets de grote rotonde bij de N216 over, waar auto's met hoge snelheid afkomen. Ik durf hem daar eigenlijk niet alleen te laten fietsen. Kan er een tunnel of een brug voor fietsers komen?

@[5.3,4.3] Bij ons in de buurt liggen ook steeds vaker deelscooters en deelfietsen midden op de stoep. Met een kinderwagen moet ik dan de straat op. Spreek met die bedrijven af dat ze boetes krijgen als het niet goed gaat.

@[] Ik hoop ook dat de gemeente eindelijk iets doet aan de overlast van de hangjongeren bij het winkelcentrum in de avond.

Groetjes,
Yasmina
''')

letter('11-inwoner-de-groot.pdf', '''
R. de Groot
Kerkstraat 14
4147 BB Giessen-Oudkerk

Aan de werkgroep van de mobiliteitsvisie

Giessen-Oudkerk, 20 maart 2027

Geachte mensen,

@[5.1,5.2] Ik lees in de krant dat lijn 147 niet meer door ons dorp gaat rijden. Ik ben 78 jaar en heb nooit een rijbewijs gehad. Ik neem de bus naar de huisarts en de apotheek in Giessenveld en eens in de week naar mijn zuster in Kortendijk. Als de bus niet meer door het dorp komt, zit ik straks thuis. Ik vraag u om de bus gewoon door het dorp te laten rijden, ook al is het wat langzamer.

@[5.2] Dat belbusje is niets voor mij. Ik heb geen smartphone en ik weet vaak een uur van tevoren nog niet precies hoe laat ik bij de dokter klaar ben. En dan moet ik ook nog overstappen in de kou.

@[4.3,5.1] Bovendien kun je de halte langs de N214 vanuit ons dorp niet veilig bereiken. Er is geen stoep en geen verlichting langs die weg en de auto's rijden er tachtig. Met mijn rollator kom ik daar echt niet.

@[] En nu ik toch schrijf: waarom zijn de ozb en de afvalstoffenheffing dit jaar weer zo omhoog gegaan? Dat kunnen wij ouderen met alleen AOW bijna niet meer betalen.

Met vriendelijke groet,

Ria de Groot
''')

letter('12-inwoner-bakker.docx', '''
Alblasmeer, 6 april 2027

Aan de werkgroep Regionale Mobiliteitsvisie

Beste werkgroep,

@[7.1] In paragraaf 7.1 staat dat iedereen zonder eigen oprit binnen zes maanden een laadpaal krijgt. Ik heb er in oktober 2025 een aangevraagd en wacht nog steeds. Ik rij daardoor elke avond naar de snellader bij de supermarkt. Schrijf geen beloftes op die u niet kunt waarmaken.

@[4.2] Op pag. 8 lees ik dat de eerste 24 uur stallen gratis is. Waarom niet helemaal gratis, zoals bij veel stations in het land? Ik betaal nu ruim 100 euro per jaar om mijn fiets bij station Alblasmeer te stallen, en dan is het ook nog vaak vol.

@[5.1,3.1] Ik mis in de visie de trein. Alblasmeer en Kortendijk hebben maar twee treinen per uur naar Utrecht. Zet u daar als regio voor in bij NS en het Rijk, want anders helpt die mooie hub bij het station ook niet.

@[] Tot slot iets heel anders: de wachttijd voor een afspraak bij het loket voor paspoorten in het gemeentehuis is nu zes weken. Dat is toch niet normaal?

Groet,
Tom Bakker
''')

letter('13-inwoner-kaya.txt', '''
hallo,

@[6.2.1] ik vind het echt belachelijk dat er overal 30 km/u moet komen, ook in onze straat in zandveen. niemand houdt zich er nu al aan en het kost alleen maar bakken met geld aan drempels en bloembakken. steek dat geld liever in betere bussen.

@[] ook wil ik melden dat er al weken hondenpoep ligt op het veldje achter sporthal de zandkuil, wordt daar nog eens op gehandhaafd?

gr Emre Kaya
''')

CAMPAIGN = '''
Betreft: reactie op de Regionale Mobiliteitsvisie – behoud lijn 147

Geachte leden van de werkgroep,

@[5.1] Ik maak bezwaar tegen het plan om lijn 147 niet meer door Giessen-Oudkerk te laten rijden. Voor veel dorpsgenoten is deze bus de enige manier om bij de huisarts, de supermarkt en de middelbare school in Kortendijk te komen. Wie geen auto heeft, raakt zo afgesneden van de rest van de regio.

@[5.2] Een belbus is geen volwaardig alternatief. Je moet een uur van tevoren bestellen, je weet niet hoe laat je wordt opgehaald en je moet alsnog overstappen op de N214.

{extra}@[5.1] Ik vraag u daarom om in de nieuwe concessie vast te leggen dat elke kern met meer dan 1.500 inwoners minstens elk uur een rechtstreekse bus heeft.

Samen houden we Giessen-Oudkerk bereikbaar!

Met vriendelijke groet,

{name}
{addr}
'''
letter('14-campagne-verbeek.txt', 'Giessen-Oudkerk, 30 maart 2027\n' + CAMPAIGN.format(extra='', name='Marloes Verbeek', addr='Dorpsstraat 3, Giessen-Oudkerk'))
letter('15-campagne-de-wit.eml', '''From: Johan de Wit <johandewit@mail-voorbeeld.nl>
To: mobiliteitsvisie@lekengiessen-voorbeeld.nl
Subject: Behoud lijn 147
Date: Thu, 1 Apr 2027 08:05:40 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
''' + CAMPAIGN.format(extra='@[5.1] Mijn dochter van veertien gaat elke dag met lijn 147 naar het Lekcollege. Zonder die bus moet ik haar met de auto brengen, terwijl ik om zeven uur al op mijn werk moet zijn.\n\n', name='Johan de Wit', addr='Molenweg 22, Giessen-Oudkerk'))
letter('16-campagne-hoekstra.pdf', 'Giessen-Oudkerk, 14 april 2027\n' + CAMPAIGN.format(extra='', name='Sandra Hoekstra', addr='Waalstraat 9, Giessen-Oudkerk'))

labels = ['draft = "drafts/01-inspraakversie-mobiliteitsvisie.docx"', 'responses = "responses"', '']
for fname, text in LETTERS:
    paras = text.split('\n\n')
    clean = []
    for p in paras:
        m = re.match(r'@\[([^\]]*)\] ?', p) or re.search(r'\n@\[([^\]]*)\] ?', p)
        if m:
            secs = [s for s in m.group(1).split(',') if s]
            body = p[m.end():] if m.start() == 0 else p[m.end():]
            words = body.split()
            start = ' '.join(words[:8])
            labels += ['[[comment]]', f'file = "{fname}"', 'start = "%s"' % start.replace('"', '\\"'),
                       'sections = [%s]' % ', '.join('"%s"' % s for s in secs), '']
            p = re.sub(r'@\[[^\]]*\] ?', '', p)
        clean.append(p)
    out = os.path.join(R, fname)
    if fname.endswith('.txt') or fname.endswith('.eml'):
        t = '\n\n'.join(clean) + '\n'
        if fname.endswith('.eml'):
            t = t.replace('\n', '\r\n')
        open(out, 'w', encoding='utf-8').write(t)
    elif fname.endswith('.docx'):
        d = Document()
        for p in clean:
            lines = p.split('\n')
            if fname.startswith('04') and p.startswith('Advies ') and '–' in lines[0]:
                d.add_paragraph(lines[0]).runs[0].bold = True
                d.add_paragraph('\n'.join(lines[1:]))
            else:
                para = d.add_paragraph()
                for i, ln in enumerate(lines):
                    if i: para.add_run().add_break()
                    para.add_run(ln)
        d.save(out)
    else:
        ss = getSampleStyleSheet(); st = ss['Normal']; st.fontName = FONT; st.fontSize = 10.5; st.leading = 14
        from reportlab.lib.styles import ParagraphStyle
        bst = ParagraphStyle('b', parent=st, fontName='DejaVuB' if FONT == 'DejaVu' else 'Helvetica-Bold')
        flow = []
        for p in clean:
            lines = p.split('\n')
            # a short heading line above a paragraph (college letter) set bold on its own
            if fname.startswith('03') and len(lines) == 2 and len(lines[0]) < 40:
                flow.append(Paragraph(lines[0], bst)); flow.append(Paragraph(lines[1], st))
            else:
                esc = [l.replace('&', '&amp;').replace('<', '&lt;').replace('  ', '&nbsp; ') for l in lines]
                flow.append(Paragraph('<br/>'.join(esc), st))
            flow.append(Spacer(1, 8))
        SimpleDocTemplate(out, pagesize=A4, leftMargin=2.5*cm, rightMargin=2.5*cm, topMargin=2.5*cm, bottomMargin=2.5*cm).build(flow)
open('/tmp/qa35a/set/labels.toml', 'w').write('\n'.join(labels))
print(len([l for l in labels if l == '[[comment]]']), 'points labelled')
