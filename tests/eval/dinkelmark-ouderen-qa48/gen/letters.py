# The responses of QA48 (fictional). Blocks: ('f', text) letter furniture (letterhead, salutation,
# signature, opening without a view), ('h', text) a heading that is no point by itself, ('sp', mm) (fpdf2
# only) the next point starts mm above the foot of the page, so that it runs on to the next page,
# ('fn', text) (fpdf2 only) a footnote of the letter, printed at the foot of its first page,
# ('pt', text, sections[, start]) a labelled point (start: the first words of the point's own text after
# its number, letter or bullet, unless given; a topic written in front of the point's first sentence is
# part of the point's text).
# Consultation: ter inzage 14 september t/m 26 oktober 2026 (deadline 2026-10-26). The draft is a 21-page
# PDF typeset with LaTeX: title page, Voorwoord (i), Inhoudsopgave (ii-iii), then the body numbered from 1
# (PDF page 5 prints 1): a page reference 'pag. N' means the page that PRINTS N (PDF page N + 4), unless
# the writer says 'van de pdf'. Printed pages: 1 Samenvatting; 2-3 hfst 1 (1.1, 1.2); 4 hfst 2, 2.1 (table);
# 5 2.2; 6 hfst 3, 3.1, 3.2; 7 3.3, 3.4; 8 hfst 4, 4.1, 4.2; 9 4.3, 4.4; 10-11 hfst 5 (5.1, 5.2);
# 12 hfst 6, 6.1, 6.2; 13 6.3, 6.4; 14 hfst 7 (7.1, 7.2); 15 hfst 8, 8.1, 8.2; 16 8.3 (table 2), 8.4;
# 17 Bijlage 1. Footnotes: 1 (1.1, WOZO), 2 (2.1, dementie), 3 (3.3, Knarrenhof), 4 (5.2, spoedsituatie),
# 5 (6.2, CROW), 6 (8.4, evaluatie).
LETTERS = []
def L(file, fmt, blocks, **kw):
    LETTERS.append(dict(file=file, fmt=fmt, blocks=blocks, **kw))

L('01-zienswijze-raad-dinkelmark.pdf', 'pdf_rl', [
 ('f', 'Gemeenteraad van Dinkelmark\nRaadhuisplein 1\n7480 AA Dinkelmark'),
 ('f', 'Aan het Portefeuillehoudersoverleg Sociaal Domein Dinkelmark\nPostbus 200\n7480 AE Dinkelmark'),
 ('f', 'Dinkelmark, 15 oktober 2026\nOnderwerp: zienswijze ontwerp-Regiovisie Wonen, Welzijn en Zorg voor Ouderen'),
 ('f', 'Geacht overleg,'),
 ('f', 'De gemeenteraad van Dinkelmark heeft de ontwerp-ouderenagenda in zijn vergadering van 13 oktober 2026 besproken. De raad waardeert de gesprekken die met ouderen zijn gevoerd. De raad geeft de volgende punten mee.'),
 ('pt', '1) In de visie staat dat „ten minste dertig procent van de nieuwbouw” levensloopbestendig moet worden. De raad vindt dat voor de stad Dinkelmark te weinig, omdat hier het grootste tekort is. De raad vraagt om voor Dinkelmark veertig procent als doel op te nemen.', ['3.2'], 'In de visie staat dat „ten minste dertig procent'),
 ('pt', '2) De raad steunt de Blijverslening, maar vraagt zich af of een maximum van 25.000 euro genoeg is voor een traplift en een nieuwe badkamer samen. Wij vragen het college om het maximum te onderbouwen.', ['3.1']),
 ('pt', '3) Op pag. 12 wordt voorgesteld om de praktijkondersteuners ouderen in de kleine kernen mede te financieren. De raad wil weten waarom dit alleen voor de kleine kernen geldt; ook in de wijken van Dinkelmark zijn praktijken die geen ondersteuner kunnen betalen.', ['6.1']),
 ('pt', '4) De raad is blij met het regionale meldpunt voor tijdelijk verblijf. Het aantal van vierentwintig bedden in 2029 is volgens de raad te laag, gezien de groei van het aantal 85-plussers.', ['6.4']),
 ('pt', '5) Tot slot vraagt de raad om de kosten van de visie niet naar het aantal inwoners van 75 jaar en ouder te verdelen, maar naar het totale aantal inwoners. Dinkelmark betaalt nu een onevenredig groot deel.', ['8.3']),
 ('f', 'Hoogachtend,\nde raad van de gemeente Dinkelmark,\n\nde griffier,                    de voorzitter,\nmr. C.J. Brouwer                A.M. Hofstede'),
])

L('02-zienswijze-raad-brummelerbroek.pdf', 'pdf_fpdf', [
 ('f', 'Gemeenteraad Brummelerbroek\nDorpsstraat 20\n7490 BC Brummelerbroek'),
 ('f', 'Brummelerbroek, 20 oktober 2026\nBetreft: zienswijze ontwerp-ouderenagenda Dinkelmark\nKenmerk: GR-2026-118'),
 ('f', 'Geacht Portefeuillehoudersoverleg,'),
 ('f', 'De raad van Brummelerbroek heeft de ontwerp-regiovisie op 19 oktober 2026 besproken. Onze gemeente vergrijst het snelst van de regio. Hieronder volgt de zienswijze van de raad.'),
 ('pt', '1. Woonzorgvormen\nDe raad is blij dat elke gemeente ten minste een woonzorgvorm krijgt. In Brummelerbroek is al jaren een groep ouderen bezig met een knarrenhofje op het oude schoolterrein. De raad vraagt om dit initiatief als eerste te steunen met de regionale procesbegeleider.', ['3.3'], 'De raad is blij dat elke gemeente'),
 ('pt', '2. Ouderenbus\nDe regionale ouderenbus moet niet alleen naar het ziekenhuis in Dinkelmark rijden, maar ook naar de markt in Oosterveld en naar de huisartsenpost. De raad vraagt om de dienstregeling met de seniorenraad op te stellen.', ['7.2'], 'De regionale ouderenbus moet niet alleen'),
 ('pt', '3. Wmo-vervoer\nDe raad steunt een regionale regeling voor het Wmo-vervoer. Een budget van 1.500 kilometer per jaar is voor inwoners van de buitengebieden te weinig; zij rijden voor elke afspraak al snel dertig kilometer.', ['7.1'], 'De raad steunt een regionale regeling voor het Wmo-vervoer'),
 ('sp', 24),
 ('pt', '4. Huisartsen\nIn Brummelerbroek gaat de enige huisarts over twee jaar met pensioen, en er is nog geen opvolger gevonden. De visie belooft een huisarts binnen vijftien minuten reistijd, maar zegt niet wat de gemeenten doen als een praktijk sluit. De raad vraagt om afspraken met de huisartsencoöperatie over hulp bij het vinden van een opvolger, bijvoorbeeld met een praktijkruimte in het dorpshuis tegen een lage huur en met hulp bij het vinden van een woning voor een nieuwe huisarts en zijn gezin.', ['6.1'], 'In Brummelerbroek gaat de enige huisarts'),
 ('pt', '5. Afval\nOuderen in het buitengebied kunnen de zware containers vaak niet meer naar de weg brengen. De raad vraagt om een ophaalservice aan huis voor ouderen.', [], 'Ouderen in het buitengebied kunnen de zware containers'),
 ('f', 'Met vriendelijke groet,\nDe gemeenteraad van Brummelerbroek,\nH. Nijland, griffier'),
])

L('03-reactie-college-oosterveld.docx', 'docx', [
 ('f', 'Gemeente Oosterveld\nCollege van burgemeester en wethouders'),
 ('f', 'Aan: Portefeuillehoudersoverleg Sociaal Domein Dinkelmark\nDatum: 8 oktober 2026\nOnderwerp: reactie op de ontwerp-regiovisie Wonen, Welzijn en Zorg voor Ouderen'),
 ('f', 'Geacht overleg,'),
 ('f', 'Ons college heeft de ontwerpvisie besproken met onze seniorenraad en met de zorg- en welzijnspartners in Oosterveld. Wij reageren per onderwerp.'),
 ('pt', 'Welzijn op recept\nDe proef met welzijn op recept in Oosterveld loopt goed: huisartsen verwijzen steeds vaker door. Wij steunen de uitbreiding naar de hele regio, maar één coach per 10.000 inwoners is voor onze gemeente te weinig. Wij vragen om de norm te baseren op het aantal ouderen.', ['4.2'], 'De proef met welzijn op recept in Oosterveld'),
 ('pt', 'Verhuisbegeleiding\nDat ouderen hun huurprijs mogen meenemen, vinden wij een goede afspraak. De leeftijdsgrens van 70 jaar is echter willekeurig. Wij stellen voor om de regeling open te stellen voor alle huurders van 65 jaar en ouder.', ['3.4'], 'Dat ouderen hun huurprijs mogen meenemen'),
 ('pt', 'Mantelzorgwaardering\nWij zijn het niet eens met een gelijke mantelzorgwaardering in de hele regio. In Oosterveld krijgen mantelzorgers nu 150 euro. Wij willen de ruimte houden om meer te geven dan het regionale bedrag.', ['5.1'], 'Wij zijn het niet eens met een gelijke mantelzorgwaardering'),
 ('pt', 'Convenant\nWij steunen een regionaal convenant Wonen, Welzijn en Zorg. Wij vragen om de zorgverzekeraar niet alleen in de regiegroep te laten deelnemen, maar ook financieel te laten bijdragen aan de wijkteams ouderen.', ['8.2', '6.1'], 'Wij steunen een regionaal convenant Wonen, Welzijn en Zorg'),
 ('f', 'Hoogachtend,\nburgemeester en wethouders van Oosterveld,\nde secretaris,          de burgemeester,\nJ. Postma                W.H. Scholten-Kok'),
])

L('04-advies-adviesraad-sociaal-domein-hesselo.pdf', 'pdf_fn', [
 ('f', 'Adviesraad Sociaal Domein Hesselo\np/a Marktplein 2\n7470 CD Hesselo'),
 ('f', 'Aan het college van burgemeester en wethouders van Hesselo\nHesselo, 19 oktober 2026\nOns kenmerk: ASD-H 2026-31\nOnderwerp: advies ontwerp-regiovisie ouderen'),
 ('f', 'Geacht college,'),
 ('f', 'De Adviesraad Sociaal Domein Hesselo heeft de ontwerp-regiovisie besproken in zijn vergadering van 14 oktober 2026.¹ Wij geven u graag het volgende advies.'),
 ('pt', 'Advies 1. Digitale inclusie. Het Informatiepunt Digitale Overheid in de bibliotheek is alleen bruikbaar voor ouderen die naar de bibliotheek kunnen komen. Wij adviseren om ook digitale hulp aan huis aan te bieden, door vrijwilligers van de cursus Klik & Tik.²', ['4.3'], 'Digitale inclusie. Het Informatiepunt Digitale Overheid'),
 ('pt', 'Advies 2. Logeerbedden. De tien logeerbedden voor respijtzorg liggen allemaal bij Zorggroep Dinkeldal in Dinkelmark. Voor mantelzorgers in Hesselo is dat ver weg. Wij adviseren om ten minste twee logeerbedden in Hesselo te plaatsen.', ['5.2'], 'Logeerbedden. De tien logeerbedden voor respijtzorg liggen'),
 ('pt', 'Advies 3. Eigen bijdrage. De eigen bijdrage van drie euro per dagdeel voor algemene dagbesteding is voor ouderen met een klein pensioen een drempel.³ Wij adviseren om ouderen met een inkomen tot 120 procent van het sociaal minimum vrij te stellen.', ['4.4'], 'Eigen bijdrage. De eigen bijdrage van drie euro'),
 ('pt', 'Advies 4. Adviesraad in het platform. In Hesselo is geen seniorenraad; de adviesraad adviseert ook over ouderen. Wij adviseren om de adviesraden een vaste plaats te geven in het regionale ouderenplatform, met dezelfde rechten als de seniorenraden.', ['8.1'], 'Adviesraad in het platform. In Hesselo is geen'),
 ('fn', '¹ Aan de vergadering namen ook twee leden van de Vrouwenraad Hesselo en een ouderenadviseur deel.'),
 ('fn', '² De cursus wordt nu alleen in buurthuizen gegeven, zie paragraaf 4.3 van de ontwerpvisie.'),
 ('fn', '³ Volgens het Nibud houden alleenstaande AOW-ers met een klein aanvullend pensioen per maand minder dan 100 euro vrij te besteden over.'),
 ('f', 'Met vriendelijke groet,\n\nG.A. Kamphuis-Ter Horst\nvoorzitter Adviesraad Sociaal Domein Hesselo'),
])

L('05-seniorenraad-ter-haar.md', 'md', [
 ('f', '# Reactie Seniorenraad Ter Haar op de ontwerp-ouderenagenda Dinkelmark'),
 ('f', 'Ter Haar, 22 oktober 2026\n\nAan: Portefeuillehoudersoverleg Sociaal Domein Dinkelmark'),
 ('f', 'De Seniorenraad Ter Haar heeft de ontwerp-regiovisie gelezen en besproken met zijn achterban. Wij hebben de volgende opmerkingen.'),
 ('h', '## Seniorenraad in Ter Haar'),
 ('pt', 'In hoofdstuk 8 staat dat in Ter Haar geen seniorenraad actief is. Dat klopt niet: onze raad bestaat sinds 2021 en is door de gemeente erkend. Wij vragen om dit te verbeteren en ons uit te nodigen voor het ouderenplatform.', ['8.1'], 'In hoofdstuk 8 staat dat in Ter Haar'),
 ('h', '## Eenzaamheid'),
 ('pt', '- Het huisbezoek aan 75-jarigen is een goed plan. Laat het bezoek doen door vrijwilligers uit het eigen dorp, die mensen kennen.', ['4.1'], 'Het huisbezoek aan 75-jarigen is een goed plan.'),
 ('pt', '- Voor ouderen die een partner hebben verloren is een rouwgroep in Dinkelmark te ver weg. Organiseer die groep ook in Ter Haar zelf.', ['4.1'], 'Voor ouderen die een partner hebben verloren'),
 ('h', '## Valpreventie en openbare ruimte'),
 ('pt', '- De stoepen in het centrum van Ter Haar zijn slecht. Wij vragen om een schouw met ouderen met een rollator, voordat de gemeente de straten opnieuw inricht.', ['6.2'], 'De stoepen in het centrum van Ter Haar'),
 ('pt', '- Er zijn in Ter Haar te weinig openbare toiletten. Ouderen blijven daardoor thuis.', [], 'Er zijn in Ter Haar te weinig openbare toiletten.'),
 ('f', 'Namens de Seniorenraad Ter Haar,\nA. Wolters, secretaris'),
])

L('06-welzijn-dinkelmark-doorgestuurd.eml', 'eml_fwd', [
 ('f', 'Geachte heer, mevrouw,\n\nHieronder stuur ik u de reactie van Welzijn Dinkelmark door. Wij hebben hem op 16 oktober per abuis naar het algemene adres van de gemeente Dinkelmark gestuurd.\n\nMet vriendelijke groet,\nSanne Eilers\nsecretariaat Welzijn Dinkelmark'),
 ('f', '-------- Doorgestuurd bericht --------\nOnderwerp: Reactie ontwerp-regiovisie ouderen\nDatum: Fri, 16 Oct 2026 11:02:17 +0200\nVan: Directie Welzijn Dinkelmark <directie@welzijndinkelmark.nl>\nAan: info@dinkelmark.nl'),
 ('f', 'Geacht Portefeuillehoudersoverleg,'),
 ('f', 'Welzijn Dinkelmark is blij met de grote rol die de ontwerp-regiovisie aan het welzijnswerk geeft. Wij hebben wel een aantal kanttekeningen.'),
 ('pt', '1. De huisbezoeken aan alle 75-jarigen vragen veel vrijwilligers. Wij hebben nu ongeveer veertig bezoekers; voor de hele regio zijn er ten minste honderd nodig. Wij vragen om budget voor de werving en scholing van vrijwilligers.', ['4.1'], 'De huisbezoeken aan alle 75-jarigen vragen'),
 ('pt', '2. Het vaste aanspreekpunt voor mantelzorgers leggen wij graag bij ons neer. De visie noemt echter geen uren. Met minder dan 16 uur per week per gemeente kunnen wij jonge en werkende mantelzorgers niet bereiken.', ['5.1']),
 ('pt', '3. De dagelijkse coördinatie in de wijken staat in de visie bij ons, maar in de begroting zien wij daarvoor alleen de post platform, monitor en coördinatie van 150.000 euro. Wij vragen om duidelijkheid over het deel dat voor de coördinatie in de wijken bedoeld is.', ['8.2', '8.3']),
 ('pt', '4. Wij missen in de visie de jongerenwerkers: zij zijn nodig om jonge mantelzorgers te vinden, en hun subsidie wordt volgend jaar gekort.', ['5.1'], 'Wij missen in de visie de jongerenwerkers'),
 ('f', 'Met vriendelijke groet,\n\nR.J. Mulder\ndirecteur-bestuurder Welzijn Dinkelmark\nHavenstraat 12, 7481 BK Dinkelmark'),
], meta=dict(frm='Secretariaat Welzijn Dinkelmark <secretariaat@welzijndinkelmark.nl>', to='inspraak@regiodinkelmark.nl',
             date='Tue, 20 Oct 2026 09:14:05 +0200', subject='Fwd: Reactie ontwerp-regiovisie ouderen'))

L('07-zorggroep-dinkeldal.docx', 'docx', [
 ('f', 'Zorggroep Dinkeldal\nWijkverpleging, thuiszorg en verpleeghuiszorg\nBeukenlaan 3, 7482 EP Dinkelmark'),
 ('f', 'Aan het Portefeuillehoudersoverleg Sociaal Domein Dinkelmark\nDinkelmark, 21 oktober 2026\nBetreft: reactie ontwerp-regiovisie ouderen'),
 ('f', 'Geacht overleg,'),
 ('f', 'Zorggroep Dinkeldal levert in de hele regio wijkverpleging en thuiszorg, en beheert de verpleeghuizen in Dinkelmark en Oosterveld. Wij reageren graag op de ontwerpvisie.'),
 ('pt', 'Wijkteams ouderen\nWij steunen de wijkteams ouderen. De wijkverpleegkundigen hebben echter nu al te weinig tijd; een maandelijks overleg in elke kern kost ons ongeveer 1.200 uur per jaar. Wij vragen om die uren te vergoeden.', ['6.1'], 'Wij steunen de wijkteams ouderen.'),
 ('pt', 'Logeerbedden\nDe tien logeerbedden voor respijtzorg kunnen wij alleen leveren als de gemeenten een leegstandsvergoeding betalen. Een logeerbed staat gemiddeld een derde van het jaar leeg.', ['5.2'], 'De tien logeerbedden voor respijtzorg kunnen wij'),
 ('pt', 'Casemanagement dementie\nDe wachttijd voor casemanagement dementie ligt niet aan onwil, maar aan het tekort aan casemanagers. Een afspraak met de zorgverzekeraar over vier weken helpt alleen als er ook geld is om meer casemanagers op te leiden.', ['6.3'], 'De wachttijd voor casemanagement dementie ligt niet'),
 ('pt', 'Arbeidsmarkt\nDe visie zegt weinig over het tekort aan personeel, terwijl dat het grootste risico voor de uitvoering is. Wij vragen om een regionale aanpak met de zorgopleidingen en om betaalbare woningen voor zorgmedewerkers.', ['1.1'], 'De visie zegt weinig over het tekort aan personeel'),
 ('f', 'Met vriendelijke groet,\n\ndrs. P.M. van Eck\nvoorzitter raad van bestuur Zorggroep Dinkeldal'),
])

L('08-dinkelwonen.pdf', 'pdf_rl', [
 ('f', 'Dinkelwonen\nWoningcorporatie voor Dinkelmark, Oosterveld en Ter Haar\nStationsweg 40\n7481 AB Dinkelmark'),
 ('f', 'Portefeuillehoudersoverleg Sociaal Domein Dinkelmark\nPostbus 200\n7480 AE Dinkelmark'),
 ('f', 'Dinkelmark, 23 oktober 2026\nOnderwerp: reactie op de ontwerp-regiovisie Wonen, Welzijn en Zorg voor Ouderen'),
 ('f', 'Geacht overleg,'),
 ('f', 'Dinkelwonen herkent zich in de ambities van de regiovisie. Wij maken graag de volgende opmerkingen.'),
 ('pt', '1. Wij kunnen niet beloven dat dertig procent van onze nieuwbouw levensloopbestendig wordt. Gelijkvloerse woningen vragen meer grond, en de gemeenten leveren die grond nu niet. Wij vragen om de grondprijs voor deze woningen te verlagen.', ['3.2']),
 ('pt', '2. Het aanpassen van woningen bij mutatie kost gemiddeld 9.000 euro per woning. Dat past niet in onze begroting zonder bijdrage van de gemeenten. Wij stellen voor om de kosten te delen.', ['3.1']),
 ('pt', '3. Met het meenemen van de huurprijs bij een verhuizing naar een kleinere woning hebben wij ingestemd. Wij vragen de gemeenten om de verhuiscoach ook voor onze huurders beschikbaar te stellen, en niet alleen voor eigenaar-bewoners.', ['3.4']),
 ('pt', '4. Bij de woonzorgvormen willen wij graag bouwen, maar de zorg moet dan wel geregeld zijn. Wij vragen om in het convenant vast te leggen dat een zorgaanbieder zich aan elk project verbindt voordat wij gaan bouwen.', ['3.3', '8.2']),
 ('f', 'Met vriendelijke groet,\n\nDinkelwonen\n\nir. T. de Vries\ndirecteur-bestuurder'),
])

L('09-huisartsencooperatie-dinkelmark.txt', 'txt', [
 ('f', 'HUISARTSENCOÖPERATIE DINKELMARK U.A.\nNijverheidsweg 7\n7482 CT Dinkelmark\ninfo@hadinkelmark.nl'),
 ('f', 'Aan het Portefeuillehoudersoverleg Sociaal Domein Dinkelmark\n\nDinkelmark, 24 oktober 2026\nBetreft: reactie op de ontwerp-ouderenagenda'),
 ('f', 'Geacht overleg,'),
 ('f', 'De Huisartsencoöperatie Dinkelmark vertegenwoordigt alle 38 huisartsen in de regio. Wij hebben de ontwerpvisie in onze ledenvergadering besproken.'),
 ('pt', '1. Welzijn op recept werkt alleen als de huisarts snel iemand kan bereiken. Wij vragen om één telefoonnummer per gemeente voor de welzijnscoach, en een terugkoppeling aan de huisarts na het eerste gesprek.', ['4.2']),
 ('pt', '2. De belofte van "een huisarts binnen vijftien minuten reistijd" kunnen wij niet waarmaken zonder hulp. Wij vragen de gemeenten om praktijkruimte in de kleine kernen en om voorrang voor huisartsen bij de toewijzing van woningen.', ['6.1'], 'De belofte van "een huisarts binnen vijftien minuten'),
 ('pt', '3. Voor tijdelijk verblijf bellen onze huisartsen nu soms een uur rond. Een regionaal meldpunt is hard nodig; wij vragen om het meldpunt ook in het weekend en \'s nachts bereikbaar te maken.', ['6.4'], 'Voor tijdelijk verblijf bellen onze huisartsen nu'),
 ('pt', '4. De cursus In Balans is goed, maar de fysiotherapie wordt voor veel ouderen niet vergoed. Wij vragen om de cursus gratis aan te bieden en op de plekken waar ouderen toch al komen.', ['6.2'], 'De cursus In Balans is goed'),
 ('f', 'Met collegiale groet,\n\nnamens het bestuur,\nM.E. Haverkamp, huisarts en voorzitter'),
])

L('10-email-mantelzorger-hesselo.eml', 'eml', [
 ('pt', 'Op pagina 14 van de pdf lees ik dat er respijtzorg aan huis komt in elke gemeente. Dat is hard nodig, maar het moet dan wel ook een hele dag kunnen en niet alleen een paar uur.', ['5.2'], 'Op pagina 14 van de pdf lees ik'),
 ('pt', 'In voetnoot 4 staat dat het bij een spoedsituatie gaat om uitval van de mantelzorger. Maar wat als mijn man zelf plotseling slechter wordt en ik het niet meer aankan? Dat zou ook onder spoed moeten vallen.', ['5.2'], 'In voetnoot 4 staat dat het bij'),
 ('pt', 'Het aanvraagformulier voor de Wmo was voor mij te ingewikkeld. Ik ben blij dat het ook op papier blijft, maar maak het dan ook korter en begrijpelijker.', ['4.3'], 'Het aanvraagformulier voor de Wmo was voor mij'),
], head='Geachte mensen van de gemeente,\n\nIk zorg al zes jaar voor mijn man, die dementie heeft. Ik heb de ontwerp-ouderenagenda gelezen en wil een paar dingen zeggen.\n\n',
 glue='\n\n', tail='\n\nMet vriendelijke groet,\n\nHendrika Lammers-Bosch\nKerkstraat 31\n7471 AN Hesselo\ntel. 0548-612 734\n',
 meta=dict(frm='Riek Lammers <riek.lammers@kpnmail.nl>', to='inspraak@regiodinkelmark.nl',
           date='Sat, 10 Oct 2026 16:41:08 +0200', subject='Reactie ouderenagenda'))

L('11-brief-inwoner-oosterveld.pdf', 'pdf_rl', [
 ('f', 'W.F. Zandbergen\nVeldweg 112\n7475 PL Oosterveld\nTel. 06-41 87 22 05'),
 ('f', 'Aan het Portefeuillehoudersoverleg Sociaal Domein Dinkelmark\nPostbus 200\n7480 AE Dinkelmark'),
 ('f', 'Oosterveld, 12 oktober 2026\nBetreft: de ontwerp-ouderenagenda'),
 ('f', 'Geachte dames en heren,'),
 ('f', 'Ik ben 81 jaar en woon met mijn vrouw in een eengezinswoning met de slaapkamer boven. Ik wil graag op een paar punten reageren.'),
 ('pt', 'U schrijft over de ‘Blijverslening’ alsof iedereen die kan terugbetalen. Op mijn leeftijd krijg ik bij de bank geen lening meer. Kan de lening ook worden verrekend bij de verkoop van het huis?', ['3.1'], 'U schrijft over de ‘Blijverslening’ alsof'),
 ('pt', 'Wij willen wel naar een kleinere woning in Oosterveld, maar er zijn hier geen koopwoningen gelijkvloers. Het kleinschalige project dat op pag. 7 wordt genoemd, moet er dan ook echt komen, en niet alleen huurwoningen.', ['3.2', '3.4'], 'Wij willen wel naar een kleinere woning'),
 ('pt', 'De bushalte bij ons in de straat is vorig jaar opgeheven door de provincie. Sindsdien moet ik een kilometer lopen naar de bus. Ik vraag de gemeente om bij de provincie aan te dringen op een nieuwe halte.', [], 'De bushalte bij ons in de straat'),
 ('f', 'Met vriendelijke groet,\n\nW.F. Zandbergen'),
])

L('12-kbo-pcob-oosterveld.txt', 'txt', [
 ('f', 'KBO-PCOB afdeling Oosterveld\nSecretariaat: Kastanjelaan 9, 7475 RS Oosterveld'),
 ('f', 'Oosterveld, 24 oktober 2026\n\nAan het Portefeuillehoudersoverleg Sociaal Domein Dinkelmark\n\nOnderwerp: zienswijze op de ontwerp-regiovisie ouderen'),
 ('f', 'Geacht overleg,'),
 ('f', 'Namens onze 640 leden geven wij onze reactie op de ontwerp-ouderenagenda.'),
 ('pt', '1) Wij zijn blij met de aandacht voor eenzaamheid. Wij missen wel de rol van de ouderenbonden: onze vrijwillige ouderenadviseurs komen al jaren bij mensen thuis. Betrek hen bij de huisbezoeken aan 75-jarigen.', ['4.1']),
 ('pt', '2) Ouderen met een laag inkomen laten de dagbesteding schieten vanwege de eigen bijdrage. Schaf die eigen bijdrage af voor de algemene dagbesteding.', ['4.4']),
 ('pt', '3) Het Alzheimer Café moet ook in Oosterveld op een vaste avond in de maand komen. Wij bieden aan om de vrijwilligers te leveren.', ['6.3']),
 ('pt', '4) Bij de monitor ontbreekt de vraag of ouderen zich veilig voelen in hun wijk, bijvoorbeeld tegen babbeltrucs en oplichting aan de deur. Neem dat op in de monitor.', ['8.4']),
 ('f', 'Met vriendelijke groet,\nnamens het bestuur van KBO-PCOB afdeling Oosterveld,\n\nJ.A. Smeenk, secretaris'),
])

CAMPAIGN = [
 ('pt', '1. Logeren dichtbij. De logeerbedden en de bedden voor tijdelijk verblijf liggen allemaal in Dinkelmark. Voor ouderen uit Ter Haar betekent dat een uur reizen voor de partner die op bezoek wil. Wij vragen om ook in Ter Haar een paar bedden te plaatsen, bijvoorbeeld in De Lindehof.', ['6.4', '5.2'], 'Logeren dichtbij. De logeerbedden en de bedden'),
 ('pt', '2. De ouderenbus. Rijd met de ouderenbus ook op zaterdag, zodat wij naar familie en naar de markt kunnen.', ['7.2'], 'De ouderenbus. Rijd met de ouderenbus'),
 ('pt', '3. Geen huisarts op afstand. Zorg dat de huisartsenpraktijk in Ter Haar open blijft, ook als die te klein wordt voor een eigen praktijkondersteuner.', ['6.1'], 'Geen huisarts op afstand. Zorg dat de huisartsenpraktijk'),
]
CAMPAIGN_HEAD = 'Geacht Portefeuillehoudersoverleg,\n\nWij wonen in Ter Haar en willen dat wij hier oud kunnen worden. Daarom steunen wij de actie Zorg dichtbij in Ter Haar en vragen wij u het volgende.'

L('13-campagnebrief-zorg-dichtbij-1.txt', 'txt', [
 ('f', 'J. en M. Hulshof-Koning\nDe Esch 14\n7495 KL Ter Haar'),
 ('f', 'Ter Haar, 11 oktober 2026\n\nBetreft: Zorg dichtbij in Ter Haar'),
 ('f', CAMPAIGN_HEAD),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nJ. en M. Hulshof-Koning'),
])

L('14-campagnebrief-zorg-dichtbij-2.eml', 'eml', list(CAMPAIGN),
 head='Geacht Portefeuillehoudersoverleg,\n\nWij wonen in Ter Haar en willen dat wij hier oud kunnen worden. Mijn moeder moest vorige winter drie weken in Dinkelmark logeren na een val, en ik kon haar maar twee keer bezoeken. Daarom steunen wij de actie Zorg dichtbij in Ter Haar en vragen wij u het volgende.\n\n',
 glue='\n\n', tail='\n\nMet vriendelijke groet,\n\nGerrit Brinkhuis\nMolenweg 3a\n7495 KM Ter Haar\n06-23 55 81 40\n',
 meta=dict(frm='Gerrit Brinkhuis <g.brinkhuis@ziggo.nl>', to='inspraak@regiodinkelmark.nl',
           date='Mon, 12 Oct 2026 20:03:51 +0200', subject='Zorg dichtbij in Ter Haar'))

L('15-campagnebrief-zorg-dichtbij-3.pdf', 'pdf_rl', [
 ('f', 'S. Mertens\nHoofdstraat 58\n7495 KA Ter Haar'),
 ('f', 'Ter Haar, 13 oktober 2026\nBetreft: Zorg dichtbij in Ter Haar'),
 ('f', CAMPAIGN_HEAD),
] + list(CAMPAIGN) + [
 ('f', 'Met vriendelijke groet,\n\nS. Mertens'),
])

L('16-reactie-ouderenbus-hesselo-laat.docx', 'docx', [
 ('f', 'Stichting Ouderenbus Hesselo\nBrink 5\n7471 AB Hesselo'),
 ('f', 'Aan: Portefeuillehoudersoverleg Sociaal Domein Dinkelmark\nDatum: 3 november 2026\nOnderwerp: reactie ontwerp-regiovisie ouderen'),
 ('f', 'Geacht overleg,'),
 ('f', 'Excuus dat onze reactie wat later komt; ons bestuur vergaderde pas op 2 november. Wij rijden sinds 2009 met vrijwilligers ouderen rond in Hesselo.'),
 ('pt', 'Vrijwillige chauffeurs\nWij zijn blij dat de gemeenten de bussen en de verzekering gaan betalen. Een onkostenvergoeding per rit maakt het vrijwilligerswerk wel ingewikkeld voor chauffeurs met een uitkering; wij vragen om een vaste vrijwilligersvergoeding per jaar.', ['7.2'], 'Wij zijn blij dat de gemeenten de bussen'),
 ('pt', 'Samen met het Wmo-vervoer\nOuderen bellen ons nu vaak als de regiotaxi te laat is. Wij vragen om de ouderenbus en het Wmo-vervoer één telefoonnummer te geven, zodat ritten kunnen worden overgenomen.', ['7.1', '7.2'], 'Ouderen bellen ons nu vaak als de regiotaxi'),
 ('pt', 'Rijbewijskeuring\nVeel van onze chauffeurs zijn zelf boven de 75 en moeten elk jaar naar de keuring. Die keuring kost meer dan 100 euro. Wij vragen de gemeenten om die kosten te vergoeden.', ['7.2'], 'Veel van onze chauffeurs zijn zelf boven de 75'),
 ('f', 'Met vriendelijke groet,\n\nStichting Ouderenbus Hesselo\nB. ter Weele, voorzitter'),
])

L('17-zienswijze-raad-ter-haar.txt', 'txt', [
 ('f', 'GEMEENTERAAD TER HAAR\nPostbus 15\n7495 ZG Ter Haar'),
 ('f', 'Aan het Portefeuillehoudersoverleg Sociaal Domein Dinkelmark\n\nTer Haar, 26 oktober 2026\nOnderwerp: zienswijze ontwerp-regiovisie Wonen, Welzijn en Zorg voor Ouderen'),
 ('f', 'Geacht overleg,'),
 ('f', 'De gemeenteraad van Ter Haar heeft op 22 oktober 2026 over de ontwerp-regiovisie gesproken en stelt de volgende zienswijze vast.'),
 ('pt', '1) Volgens tabel 1 (pag. 4) stijgt het aantal 75-plussers in Ter Haar van 1.300 naar 2.200. In verhouding is dat de grootste groei van de regio. De raad vraagt om bij de verdeling van de woonzorgvormen en de bedden rekening te houden met deze groei.', ['2.1', '3.3'], 'Volgens tabel 1 (pag. 4) stijgt'),
 ('pt', '2) De raad steunt het doel om in 2029 een dementievriendelijke gemeenschap te zijn. Hij vraagt om ook de sportverenigingen en de kerken bij de trainingen te betrekken.', ['6.3']),
 ('pt', '3) De visie noemt de ouderen die "zich ernstig eenzaam voelen" als belangrijk onderwerp van de monitor. De raad vraagt om de uitkomsten ook per kern te laten zien, en niet alleen per gemeente.', ['8.4'], 'De visie noemt de ouderen die "zich ernstig'),
 ('pt', '4) De raad vraagt om de verdeelsleutel van de kosten (zie pag. 16) eerst met de raden te bespreken voordat het convenant wordt gesloten.', ['8.3'], 'De raad vraagt om de verdeelsleutel van de kosten'),
 ('f', 'Hoogachtend,\nde gemeenteraad van Ter Haar,\nde griffier, L. Koster\nde voorzitter, H.J. Veldkamp'),
])
