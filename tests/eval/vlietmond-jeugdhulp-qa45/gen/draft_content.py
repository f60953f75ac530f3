# Content of the fictional draft (QA45): Regiovisie Jeugdhulp Vlietmond 2027-2031.
# Six municipalities: Vlietmond, Oudewaarde, Ravensloot, Zwanenkerk, Berkelaar, Hoogsluis.
TITLE = 'Regiovisie Jeugdhulp Vlietmond 2027-2031'
RUNNING = 'Regiovisie Jeugdhulp Vlietmond 2027-2031'
SUBTITLE = 'Gewoon opgroeien, passende hulp dichtbij'
MUNIS = 'Gemeenten Berkelaar, Hoogsluis, Oudewaarde, Ravensloot, Vlietmond en Zwanenkerk'
COLOFON = ['Colofon', 'Uitgave: Jeugdregio Vlietmond, ambtelijke werkgroep Regiovisie Jeugdhulp, in opdracht van het Portefeuillehoudersoverleg Jeugd.',
 'Inspraak: de ontwerp-regiovisie ligt ter inzage van 5 oktober tot en met 16 november 2026. Reacties kunt u sturen naar regiovisiejeugd@vlietmond.example.nl of naar Postbus 500, 3340 AA Vlietmond.',
 'Vormgeving: afdeling Communicatie gemeente Vlietmond.']
VOORWOORD = [
 'Bijna elk kind in onze regio groeit gezond en veilig op. Toch krijgt inmiddels een op de acht kinderen en jongeren in de regio Vlietmond een vorm van jeugdhulp. Dat is meer dan ooit, en de kosten van de jeugdhulp zijn de afgelopen vijf jaar met ruim veertig procent gestegen. Tegelijk wachten kinderen met zware problemen soms maanden op de hulp die zij nodig hebben.',
 'Met deze regiovisie kiezen de zes gemeenten voor een gezamenlijke koers: normaliseren waar het kan, snel de juiste hulp waar het moet. De visie is tot stand gekomen met jongeren, ouders, aanbieders, scholen en huisartsen. Wij horen graag wat u ervan vindt. Uw reactie helpt ons de visie te verbeteren voordat de gemeenteraden haar in het voorjaar van 2027 vaststellen.',
 'Namens het Portefeuillehoudersoverleg Jeugd Vlietmond, J. (Joost) Terpstra, voorzitter.',
]
SAMENVATTING = [
 'De regiovisie kent vijf ambities: kinderen groeien zoveel mogelijk gewoon op in hun eigen gezin, op school en in de buurt; hulp is dichtbij en snel beschikbaar; kinderen die niet thuis kunnen wonen, wonen zo thuis mogelijk; geen enkel kind zit thuis zonder onderwijs; en jongeren vallen op hun achttiende niet tussen wal en schip.',
 'Om dat te bereiken versterken wij het voorliggend veld en de lokale teams, brengen wij de wachttijden voor specialistische jeugdhulp terug tot hooguit acht weken, bouwen wij de residentiële jeugdhulp af ten gunste van gezinshuizen en pleegzorg, en kopen wij vanaf 2028 in met een beperkt aantal hoofdaannemers per segment. De uitgaven aan jeugdhulp mogen in deze periode niet sneller stijgen dan de rijksbijdrage.',
]
# (level, number, title, paragraphs); a paragraph starting with '* ' is a bullet; ('TABLE', rows) a table;
# ('BOX', title, lines) a framed text box.
SECTIONS = [
(1, '1', 'Inleiding', ['Sinds 2015 zijn de gemeenten verantwoordelijk voor de jeugdhulp. De zes gemeenten van de regio Vlietmond werken daarbij samen in de Jeugdregio Vlietmond. Deze regiovisie beschrijft hoe wij de jeugdhulp de komende vijf jaar willen inrichten.']),
(2, '1.1', 'Aanleiding', [
 'De huidige regiovisie liep tot en met 2026. Sindsdien is er veel veranderd. De Hervormingsagenda Jeugd van het Rijk, de gemeenten en de aanbieders vraagt om scherpere keuzes: minder jeugdhulp waar gewone steun volstaat, en betere hulp voor de kinderen met de zwaarste problemen. Ook de Norm voor Opdrachtgeverschap vraagt de regio om afspraken over de inkoop van specialistische jeugdhulp.',
 'Daarnaast laten de cijfers zien dat het huidige stelsel onder druk staat. Het aantal kinderen met jeugdhulp groeit, de wachttijden lopen op en de aanbieders hebben moeite om personeel te vinden. De gemeenten lopen tegen de grenzen van hun begroting aan.',
]),
(2, '1.2', 'Totstandkoming en inspraak', [
 'Deze visie is geschreven door een ambtelijke werkgroep van de zes gemeenten. In het voorjaar van 2026 organiseerden wij zes werksessies met jongeren, ouders, jeugdhulpaanbieders, het samenwerkingsverband passend onderwijs, de huisartsen, de GGD en de Raad voor de Kinderbescherming. Ook de jongerenraad van Vlietmond en de adviesraden sociaal domein hebben meegedacht.',
 'De ontwerp-regiovisie ligt ter inzage van 5 oktober tot en met 16 november 2026. Iedereen kan in die periode een reactie geven. De werkgroep verwerkt de reacties in een nota van beantwoording. Daarna besluiten de zes gemeenteraden in maart 2027 over de definitieve visie.',
]),
(1, '2', 'De jeugdhulp in Vlietmond nu', ['In dit hoofdstuk beschrijven wij hoe de jeugdhulp in de regio er nu voor staat: hoeveel kinderen hulp krijgen, welke hulp, en waar het knelt.']),
(2, '2.1', 'Cijfers en ontwikkelingen', [
 'In de regio Vlietmond wonen ruim 61.000 kinderen en jongeren tot 18 jaar. In 2025 kregen 7.640 van hen jeugdhulp, 12,5 procent. Landelijk is dat 11,2 procent. Het aandeel verschilt sterk per gemeente, zoals de tabel hieronder laat zien.',
 ('TABLE', [['Gemeente', 'Jeugdigen 0-17', 'Met jeugdhulp', 'Aandeel', 'Uitgaven 2025'],
            ['Vlietmond', '24.300', '3.290', '13,5%', '€ 41,2 mln'],
            ['Oudewaarde', '11.800', '1.380', '11,7%', '€ 16,9 mln'],
            ['Ravensloot', '8.900', '1.020', '11,5%', '€ 12,4 mln'],
            ['Zwanenkerk', '6.700', '850', '12,7%', '€ 10,1 mln'],
            ['Berkelaar', '5.100', '580', '11,4%', '€ 6,8 mln'],
            ['Hoogsluis', '4.400', '520', '11,8%', '€ 6,3 mln'],
            ['Regio', '61.200', '7.640', '12,5%', '€ 93,7 mln']]),
 'Het grootste deel van de kinderen krijgt lichte ambulante hulp, bijvoorbeeld enkele gesprekken met een jeugdhulpverlener of begeleiding bij dyslexie. Een kleine groep van ongeveer 400 kinderen krijgt verblijf, in een pleeggezin, een gezinshuis of een instelling. Die groep is verantwoordelijk voor bijna de helft van de uitgaven.',
]),
(2, '2.2', 'Knelpunten', [
 'In de werksessies noemden jongeren, ouders en professionals steeds dezelfde knelpunten:',
 '* ouders weten niet waar zij met een vraag terechtkunnen en komen te snel bij specialistische hulp terecht;',
 '* de wachttijden voor jeugd-ggz en voor verblijf zijn te lang;',
 '* kinderen met complexe problemen worden van de ene naar de andere aanbieder doorverwezen;',
 '* jongeren verliezen op hun achttiende hun hulp, terwijl de volwassenenzorg nog niet klaarstaat;',
 '* er zijn te veel aanbieders en te veel contracten, waardoor de gemeenten geen zicht hebben op kwaliteit.',
 'Deze knelpunten vormen de basis voor de keuzes in de volgende hoofdstukken.',
]),
(1, '3', 'Wat we willen bereiken', ['Wij willen dat kinderen en jongeren in de regio Vlietmond veilig en gezond opgroeien, hun talenten ontwikkelen en mee kunnen doen. Ouders staan daarbij aan het roer; de gemeenten en hun partners ondersteunen waar dat nodig is.']),
(2, '3.1', 'Onze ambities', [
 'Voor de periode 2027-2031 stellen wij vijf ambities:',
 '* Gewoon opgroeien: kinderen groeien zoveel mogelijk op in het eigen gezin, op school en in de buurt, met steun van het eigen netwerk.',
 '* Hulp dichtbij: de lokale teams zijn het vaste aanspreekpunt voor ouders en kinderen.',
 '* Zo thuis mogelijk: kinderen die niet thuis kunnen wonen, wonen in een gezinsvorm.',
 '* Iedereen naar school: geen enkel kind zit langer dan drie maanden thuis zonder passend onderwijs.',
 '* Een goede start als volwassene: jongeren hebben op hun achttiende een plan voor wonen, werk en inkomen.',
 'Bij elke ambitie hoort een meetbaar doel. Die doelen staan in hoofdstuk 9 bij monitoring.',
]),
(2, '3.2', 'Wachttijden terugdringen', [
 'Te veel kinderen wachten te lang op hulp. De gemiddelde wachttijd voor specialistische jeugd-ggz is nu veertien weken, voor een plek in een gezinshuis zelfs zes maanden. Wachten is schadelijk: problemen worden groter en ouders raken uitgeput. Ons doel is dat in 2029 geen kind langer dan acht weken wacht op specialistische jeugdhulp.',
 ('BOX', 'Kader: gemiddelde wachttijd in weken (peildatum 1 juni 2026)', [
   'Jeugd-ggz, diagnostiek en behandeling: 14 weken',
   'Ambulante gezinsbegeleiding: 6 weken',
   'Dagbehandeling: 11 weken',
   'Gezinshuis of pleegzorg: 26 weken',
   'Dyslexiezorg: 5 weken']),
 'De wachttijden ontstaan niet alleen door te weinig plekken. Kinderen staan soms bij meerdere aanbieders op de lijst, en aanbieders geven een kind met complexe problemen niet altijd voorrang. Daarom pakken wij het wachten op twee manieren aan.',
]),
(3, '3.2.1', 'Overbruggingshulp tijdens het wachten', [
 'Een gezin dat wacht, wordt niet aan zijn lot overgelaten. Het lokale team blijft betrokken en biedt overbruggingshulp: een vaste contactpersoon, gesprekken met een praktijkondersteuner, of tijdelijke ambulante begeleiding. Aanbieders melden het lokale team wanneer een kind langer dan vier weken wacht.',
]),
(3, '3.2.2', 'Regionaal wachtlijstbeheer', [
 'Wij richten in 2027 een regionaal overzicht in van alle kinderen die op hulp wachten, bij welke aanbieder en hoe lang. Een regionaal expertteam bekijkt elke twee weken de kinderen die het langst wachten of de meest complexe vraag hebben, en zoekt met de aanbieders een plek. Aanbieders die meedoen, krijgen een bonus in het contract.',
]),
(1, '4', 'Preventie en het voorliggend veld', ['Veel vragen van ouders en kinderen horen niet bij de jeugdhulp thuis, maar bij gewone steun: een goed gesprek, een opvoedcursus, een sportclub of een maatje. Wij noemen dat het voorliggend veld.']),
(2, '4.1', 'Opvoedondersteuning en het voorliggend veld', [
 'Wij investeren in laagdrempelige opvoedondersteuning in elke gemeente: opvoedspreekuren op het consultatiebureau en op school, oudercursussen zoals Samen Starten en Opvoeden in de Buurt, en ontmoetingsplekken voor ouders. Het jongerenwerk, de buurtsportcoaches en vrijwilligersorganisaties zoals Home-Start krijgen een vaste plek in de aanpak.',
 'Zorgen over opvoeden zijn normaal. Wij willen dat ouders die zorgen eerst in hun eigen omgeving bespreken, en dat professionals niet te snel een probleem van een vraag maken. Dat noemen wij normaliseren. Het voorliggend veld krijgt daarvoor meer geld: in 2031 gaat 8 procent van het jeugdbudget naar preventie, nu is dat 3 procent.',
]),
(2, '4.2', 'Jeugdgezondheidszorg en huisartsen', [
 'De jeugdgezondheidszorg van de GGD ziet vrijwel alle kinderen van 0 tot 18 jaar. Zij signaleert vroeg of een kind of gezin extra steun nodig heeft. Wij willen dat de jeugdverpleegkundige en de jeugdarts daarbij nauw samenwerken met de lokale teams.',
 'De huisarts verwijst nu ruim de helft van de kinderen naar jeugdhulp, vaak direct naar de jeugd-ggz. Wij bieden alle huisartsenpraktijken in de regio een praktijkondersteuner jeugd (POH-jeugd) aan, die kinderen en ouders eerst zelf een aantal gesprekken biedt. In de praktijken waar al een POH-jeugd werkt, daalde het aantal verwijzingen met een kwart.',
]),
(1, '5', 'Lokale teams en specialistische jeugdhulp', ['De lokale teams vormen de spil van de jeugdhulp in elke gemeente. Voor zwaardere vragen is er specialistische jeugdhulp, die de regio gezamenlijk inkoopt.']),
(2, '5.1', 'De lokale teams', [
 'Elke gemeente heeft een of meer lokale teams. In Vlietmond en Oudewaarde heten zij wijkteams, in de andere gemeenten sociale teams of jeugd- en gezinsteams. De teams verschillen nu sterk in samenstelling, bevoegdheden en werkwijze. Wij willen dat elk lokaal team aan dezelfde basis voldoet, zodat een gezin in Hoogsluis dezelfde hulp krijgt als een gezin in Vlietmond.',
 'De basis van een lokaal team is als volgt. Het team heeft jeugd- en gezinswerkers met een SKJ-registratie, een gedragswetenschapper die de teams ondersteunt bij complexe vragen, en een vaste contactpersoon voor de scholen in de wijk. Het team kan zelf lichte en middelzware hulp bieden, zoals opvoedondersteuning, gezinscoaching en kortdurende begeleiding van jongeren. Voor specialistische hulp geeft het team een beschikking af, na overleg met het gezin.',
 'Het lokale team werkt volgens het principe een gezin, een plan, een regisseur. Dat betekent dat er per gezin een plan is waarin alle hulp staat, ook de hulp uit de volwassenenzorg, zoals schuldhulp of verslavingszorg voor een ouder. Een medewerker van het team houdt de regie en is het aanspreekpunt voor het gezin, ook als er specialistische hulp is ingezet. Zo voorkomen wij dat ouders hun verhaal steeds opnieuw moeten vertellen.',
 'Wij vragen veel van de lokale teams. Daarom investeren wij in hun deskundigheid, met een regionaal opleidingsprogramma en intervisie, en in hun bemensing. De caseload van een jeugd- en gezinswerker mag niet hoger zijn dan 25 gezinnen. De teams worden in elke gemeente gefinancierd met een vast budget, niet per traject, zodat zij kunnen investeren in het voorliggend veld en in samenwerking met de scholen.',
 'Wij onderzoeken in 2027 of de zes gemeenten hun lokale teams op termijn in een gezamenlijke organisatie onderbrengen, met behoud van de lokale herkenbaarheid. De uitkomst van dat onderzoek leggen wij aan de raden voor.',
]),
(2, '5.2', 'Specialistische jeugdhulp', [
 'Specialistische jeugdhulp is hulp voor kinderen met ernstige psychische problemen, een verstandelijke beperking, ernstige gedragsproblemen of een onveilige thuissituatie. Het gaat om behandeling in de jeugd-ggz, dagbehandeling, intensieve ambulante hulp aan huis en verblijf.',
 'Wij willen dat deze hulp sneller en beter aansluit bij wat een kind nodig heeft. Daarom maken wij afspraken met de aanbieders over de duur van trajecten: een traject duurt in beginsel niet langer dan een jaar, en na zes maanden wordt met het gezin geëvalueerd of de hulp werkt. Wij vragen aanbieders om de resultaten van hun hulp te meten met dezelfde vragenlijsten.',
]),
(2, '5.3', 'Residentiële jeugdhulp en gezinsgerichte opvang', [
 'Ongeveer 180 kinderen uit de regio wonen in een instelling, soms ver buiten de regio. Uit onderzoek blijkt dat kinderen zich beter ontwikkelen in een gezinsvorm. Wij volgen daarom de landelijke afspraak om de gesloten jeugdhulp in 2030 af te bouwen en het aantal kinderen in een instelling te halveren.',
 'De plekken die overblijven, zijn kleinschalig: groepen van hooguit zes kinderen, in een gewoon huis in een gewone wijk. Wij willen dat elke instelling samenwerkt met de ouders, zodat een kind zo snel mogelijk terug naar huis kan.',
]),
(3, '5.3.1', 'Gezinshuizen en pleegzorg', [
 'In de regio zijn nu 14 gezinshuizen en 260 pleeggezinnen. Dat is te weinig. Wij willen in 2031 25 gezinshuizen en 320 pleeggezinnen hebben. Wij werven pleegouders met een regionale campagne en bieden hun betere ondersteuning, zoals respijtzorg en een vaste pleegzorgbegeleider. Gezinshuisouders krijgen een meerjarig contract, zodat zij zekerheid hebben.',
]),
(1, '6', 'Jeugdbescherming en veiligheid', ['Als een kind niet veilig is, moeten de gemeenten, Veilig Thuis, de Raad voor de Kinderbescherming en de gecertificeerde instellingen snel en goed samenwerken.']),
(2, '6.1', 'Samenwerking met de gecertificeerde instellingen', [
 'In de regio voeren twee gecertificeerde instellingen de kinderbeschermingsmaatregelen uit: Jeugdbescherming Vlietmond en het Leger des Heils. Zij hebben te maken met hoge caseloads en een groot personeelsverloop. Een jeugdbeschermer begeleidt nu gemiddeld 18 kinderen; de norm is 15.',
 'Wij maken met de gecertificeerde instellingen afspraken over een lagere caseload en een vaste jeugdbeschermer per kind. Wij willen dat de jeugdbeschermer en het lokale team samen met het gezin een plan maken, zodat de hulp na afloop van de maatregel doorloopt. Ook verkennen wij met de Raad voor de Kinderbescherming de landelijke toekomstscenario\'s voor de kinderbeschermingsketen.',
]),
(2, '6.2', 'Huiselijk geweld en Veilig Thuis', [
 'Veilig Thuis Vlietmond ontving in 2025 ruim 3.100 meldingen van huiselijk geweld en kindermishandeling. Bij een op de drie meldingen gaat het om kinderen die getuige zijn van geweld tussen hun ouders. Wij willen dat deze kinderen altijd zelf hulp krijgen, en dat het lokale team binnen vijf werkdagen na een overdracht van Veilig Thuis contact opneemt met het gezin.',
]),
(1, '7', 'Onderwijs en jeugdhulp', ['Kinderen brengen een groot deel van hun tijd op school door. School is daarom een belangrijke plek om zorgen vroeg te zien en hulp te bieden.']),
(2, '7.1', 'Onderwijs-zorgarrangementen', [
 'Sommige kinderen hebben op school zowel extra onderwijsondersteuning als jeugdhulp nodig. Nu regelen school en gemeente die hulp apart, met verschillende loketten en verschillende potjes. Wij willen met de samenwerkingsverbanden passend onderwijs onderwijs-zorgarrangementen afspreken, waarin onderwijs en jeugdhulp samen worden georganiseerd en betaald.',
 'Op elke school voor speciaal onderwijs komt een jeugdhulpverlener die in de klas meekijkt. In het regulier onderwijs heeft elke school een vaste contactpersoon in het lokale team. Wij spreken met de samenwerkingsverbanden een verdeling van de kosten af.',
]),
(2, '7.2', 'Thuiszitters', [
 'In het schooljaar 2025-2026 zaten in de regio 94 kinderen langer dan vier weken thuis zonder onderwijs. Daarnaast hadden 61 kinderen een vrijstelling van de leerplicht, vaak omdat er geen passende plek was. Dat is niet acceptabel.',
 'Wij sluiten met de samenwerkingsverbanden, de leerplichtambtenaren en de jeugdhulpaanbieders een regionaal thuiszitterspact. Binnen drie maanden heeft elk thuiszittend kind een passend aanbod, desnoods in de vorm van deeltijdonderwijs met jeugdhulp. Een onafhankelijke doorzettingsmacht kan knopen doorhakken als partijen het niet eens worden.',
]),
(1, '8', 'Van 18- naar 18+', ['Op hun achttiende worden jongeren volwassen volgens de wet. Maar veel jongeren met jeugdhulp zijn dan nog niet klaar om zelfstandig te leven.']),
(2, '8.1', 'Overgang naar volwassenheid', [
 'Bij het bereiken van de leeftijd van 18 jaar stopt de jeugdhulp in de meeste gevallen. De hulp moet dan verder vanuit de Wmo, de Zorgverzekeringswet of de Wet langdurige zorg, met andere regels, andere loketten en vaak een wachttijd. Jongeren noemen dit de harde knip.',
 'Wij willen dat de lokale teams vanaf het zestiende jaar met elke jongere met jeugdhulp een toekomstplan maken voor wonen, werk of school, inkomen en hulp. Waar nodig verlengen wij de jeugdhulp tot 21 jaar, wat de wet toestaat. Een vaste coach begeleidt de jongere tot zijn 23ste, ook als de formele hulp is gestopt.',
]),
(2, '8.2', 'Wonen en inkomen voor jongvolwassenen', [
 'Jongeren die uit een instelling of pleeggezin komen, vinden moeilijk een woning. Wij maken met de woningcorporaties afspraken over een jaarlijks aantal woningen voor deze jongeren, met begeleiding. Ook helpen de gemeenten jongeren om vanaf hun achttiende zorgtoeslag, een uitkering of studiefinanciering aan te vragen, zodat zij niet direct met schulden beginnen.',
]),
(1, '9', 'Inkoop, financiën en monitoring', ['De jeugdhulp is een grote uitgave voor de gemeenten. Wij willen de hulp betaalbaar houden zonder dat kinderen de dupe worden.']),
(2, '9.1', 'Inkoop en contractering', [
 'De regio heeft nu contracten met 186 aanbieders. Dat maakt het moeilijk om afspraken te maken over kwaliteit en wachttijden. Vanaf 1 januari 2028 kopen wij de specialistische jeugdhulp in via een beperkt aantal hoofdaannemers per segment, met contracten van zeven jaar. Wij onderscheiden drie segmenten:',
 '* ambulante specialistische jeugdhulp en jeugd-ggz;',
 '* dagbehandeling en intensieve ambulante hulp;',
 '* verblijf, gezinshuizen en pleegzorg.',
 'Kleine aanbieders kunnen als onderaannemer van een hoofdaannemer blijven werken. Dyslexiezorg en hulp die alleen landelijk wordt geboden, kopen wij apart in. De administratieve lasten voor aanbieders beperken wij door gebruik te maken van de landelijke standaarden.',
]),
(2, '9.2', 'Financiën en kostenbeheersing', [
 'De regio gaf in 2025 93,7 miljoen euro uit aan jeugdhulp, terwijl de rijksbijdrage voor jeugd 81,5 miljoen euro was. De gemeenten vullen het tekort aan uit hun algemene middelen. Dat is niet vol te houden.',
 'Wij willen dat de uitgaven vanaf 2028 niet sneller stijgen dan de rijksbijdrage. Daarvoor zetten wij in op meer preventie, op kortere trajecten, op een eigen bijdrage voor lichte hulp waar de wet dat toestaat, en op scherpere tarieven in de nieuwe contracten. De gemeenten blijven de kosten van de specialistische jeugdhulp solidair verdelen naar het aantal jeugdigen per gemeente.',
]),
(2, '9.3', 'Monitoring en verantwoording', [
 'Wij volgen de uitvoering van deze visie met een regionaal dashboard jeugd, dat elk halfjaar verschijnt. Daarin staan onder meer het aantal kinderen met jeugdhulp, de wachttijden per segment, het aantal thuiszitters, de uitgaven per gemeente en de ervaringen van ouders en jongeren. In 2029 laten wij een tussenevaluatie uitvoeren. De gemeenteraden krijgen het dashboard ter informatie.',
]),
]
BEGRIPPEN = [
 ('Voorliggend veld', 'voorzieningen die zonder beschikking toegankelijk zijn, zoals jongerenwerk, opvoedspreekuren en sportclubs.'),
 ('Lokaal team', 'het team van de gemeente dat ouders en kinderen ondersteunt en verwijst; ook wijkteam of sociaal team genoemd.'),
 ('Gecertificeerde instelling (GI)', 'een organisatie die een kinderbeschermingsmaatregel of jeugdreclassering uitvoert.'),
 ('Gezinshuis', 'een gezin waarin gezinshuisouders beroepsmatig kinderen opvangen die niet thuis kunnen wonen.'),
 ('Hoofdaannemer', 'een aanbieder die voor een segment verantwoordelijk is voor de hulp en daarvoor onderaannemers kan inschakelen.'),
 ('Thuiszitter', 'een leerplichtig kind dat langer dan vier weken zonder geldige reden niet naar school gaat.'),
 ('Doorzettingsmacht', 'de bevoegdheid om bij een vastgelopen situatie een besluit te nemen over de hulp aan een kind.'),
 ('POH-jeugd', 'praktijkondersteuner jeugd in de huisartsenpraktijk.'),
]
KERNCIJFERS = [['Indicator', '2025', 'Doel 2031'],
 ['Aandeel jeugdigen met jeugdhulp', '12,5%', '10%'],
 ['Wachttijd specialistische jeugdhulp', '14 weken', 'max. 8 weken'],
 ['Kinderen in een instelling', '180', '90'],
 ['Gezinshuizen / pleeggezinnen', '14 / 260', '25 / 320'],
 ['Thuiszitters langer dan 3 maanden', '38', '0'],
 ['Aandeel preventie in jeugdbudget', '3%', '8%'],
 ['Uitgaven jeugdhulp', '€ 93,7 mln', 'gelijk aan rijksbijdrage']]
# Per chapter: a box with what young people and parents said in the werksessies (printed below the chapter's
# introduction), and the actions (a bulleted list at the end of the chapter's last paragraph).
STEMMEN = {
 '2': ('Wat ouders zeggen', ['"Ik heb drie keer mijn verhaal verteld voordat iemand echt luisterde." (moeder, Oudewaarde)', '"Pas toen het echt mis ging, kwam er hulp. Een jaar eerder had het ons veel verdriet bespaard." (vader, Berkelaar)']),
 '3': ('Wat jongeren zeggen', ['"Wachten op hulp voelt alsof niemand je ziet." (jongere, 16 jaar)', '"Zorg dat er iemand is die je gewoon kunt appen." (jongerenraad Vlietmond)']),
 '4': ('Wat ouders zeggen', ['"Ik wist niet dat je met opvoedvragen ook gewoon bij het consultatiebureau kon binnenlopen." (moeder, Ravensloot)']),
 '5': ('Wat jongeren zeggen', ['"Ik heb in vier jaar zeven verschillende hulpverleners gehad." (jongere, 17 jaar)', '"In de groep was het nooit rustig. In het gezinshuis kon ik eindelijk slapen." (jongere, 15 jaar)']),
 '6': ('Wat ouders zeggen', ['"Onze jeugdbeschermer werd drie keer vervangen in een jaar. Iedere keer begonnen we opnieuw." (ouder, Vlietmond)']),
 '7': ('Wat ouders zeggen', ['"Mijn zoon zat acht maanden thuis. School wees naar de gemeente, de gemeente naar school." (moeder, Zwanenkerk)']),
 '8': ('Wat jongeren zeggen', ['"Op mijn verjaardag kreeg ik een brief dat mijn begeleiding stopte. Mooi cadeau." (jongere, 18 jaar)']),
 '9': ('Wat aanbieders zeggen', ['"Wij besteden een op de vijf uren aan administratie voor zes verschillende gemeenten." (jeugdhulpaanbieder)']),
}
ACTIES = {
 '1': ['De zes gemeenteraden stellen de regiovisie in maart 2027 vast.', 'Het Portefeuillehoudersoverleg Jeugd stelt jaarlijks een uitvoeringsagenda op.'],
 '2': ['Wij maken de cijfers per gemeente elk halfjaar openbaar.', 'Wij bespreken de knelpunten jaarlijks met jongeren en ouders.'],
 '3': ['In 2027 start het regionale overzicht van wachtende kinderen.', 'Aanbieders melden een wachttijd van meer dan vier weken bij het lokale team.', 'In 2029 wacht geen kind langer dan acht weken op specialistische jeugdhulp.'],
 '4': ['In 2028 heeft elke huisartsenpraktijk een POH-jeugd.', 'Het budget voor preventie groeit stap voor stap naar 8 procent in 2031.'],
 '5': ['In 2027 voldoen alle lokale teams aan dezelfde basis.', 'Wij onderzoeken een gezamenlijke organisatie voor de lokale teams.', 'In 2031 zijn er 25 gezinshuizen en 320 pleeggezinnen.'],
 '6': ['Afspraken met de gecertificeerde instellingen over een caseload van 15 kinderen per jeugdbeschermer.', 'Kinderen die getuige zijn van huiselijk geweld krijgen altijd eigen hulp.'],
 '7': ['In 2027 sluiten wij het regionale thuiszitterspact.', 'Op elke school voor speciaal onderwijs werkt een jeugdhulpverlener.'],
 '8': ['Vanaf 16 jaar een toekomstplan voor elke jongere met jeugdhulp.', 'Afspraken met de woningcorporaties over woningen voor jongvolwassenen.'],
 '9': ['Vanaf 1 januari 2028 nieuwe contracten met hoofdaannemers per segment.', 'Elk halfjaar een regionaal dashboard jeugd; in 2029 een tussenevaluatie.'],
}
