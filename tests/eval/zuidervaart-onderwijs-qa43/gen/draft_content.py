# Content of the fictional draft "Regionale Educatieve Agenda Zuidervaart 2027-2031" (QA43).
# SECTIONS: (number, title, [blocks]); a block is a paragraph string, ('table', rows) or
# ('bullets', [items]). TWO_COLUMN: the numbers whose text is set in two columns.
# Sections share words on purpose: thuiszitters (4.2, 4.3, 10.1), vervoer (4.3, 7.1, 7.2),
# ouders (3.2, 5.2, 8.1), IKC (8.2, 9.1), ventilatie / binnenklimaat (9.2, 10.2),
# stages (6.1, 6.2), lerarentekort (3.1, 6.3), monitor (4.2, 11.1).
TITLE = 'Regionale Educatieve Agenda Zuidervaart 2027-2031'
SUBTITLE = 'Samen werken aan kansen voor ieder kind'
STATUS = 'Ontwerp voor inspraak - september 2026'
HEADER = 'Ontwerp Regionale Educatieve Agenda Zuidervaart 2027-2031'

VOORWOORD = [
    'Voor u ligt het ontwerp van de Regionale Educatieve Agenda (REA) van de regio Zuidervaart. De vijf gemeenten Zuidervaart, Bremhorst, Oosterlaag, Kleidijk en Heeswaarde hebben deze agenda opgesteld samen met de schoolbesturen, de samenwerkingsverbanden passend onderwijs, de kinderopvang, het mbo en de GGD.',
    'Het ontwerp ligt van 5 oktober tot en met 16 november 2026 ter inzage. Iedereen kan in die periode een reactie geven. De werkgroep REA weegt alle reacties en legt haar antwoorden vast in een nota van beantwoording.',
    'Namens het Lokaal Educatief Overleg Zuidervaart,\nM. Hendriksen-Bos, voorzitter',
]

SECTIONS = [
 ('1', 'Inleiding', [
    'De Regionale Educatieve Agenda beschrijft wat de gemeenten en hun partners in de periode 2027-2031 samen willen bereiken in onderwijs en jeugd. De agenda volgt op de Lokale Educatieve Agenda 2022-2026 van Zuidervaart en breidt die uit naar de hele regio.',
 ]),
 ('1.1', 'Aanleiding en doel', [
    'De verschillen in schoolsucces tussen kinderen in de regio nemen toe. Kinderen van ouders met weinig opleiding of een laag inkomen krijgen vaker een lager schooladvies, verlaten vaker zonder diploma de school en vinden moeilijker werk. Tegelijk hebben scholen te maken met een groot lerarentekort, verouderde gebouwen en meer leerlingen die extra ondersteuning nodig hebben.',
    'Het doel van deze agenda is dat ieder kind in de regio Zuidervaart zich kan ontwikkelen naar zijn mogelijkheden, ongeacht de buurt waar het opgroeit. Daarvoor maken gemeenten en partners afspraken over zes thema\'s, die in de hoofdstukken 3 tot en met 10 worden uitgewerkt.',
 ]),
 ('1.2', 'Totstandkoming en inspraak', [
    'Deze agenda is in het voorjaar van 2026 opgesteld in vier werksessies met schoolbesturen, kinderopvang, jeugdhulp en de GGD. Ook zijn twee bijeenkomsten gehouden met ouders en een met leerlingen van het voortgezet onderwijs. Hun inbreng is verwerkt in de hoofdstukken over passend onderwijs en over welzijn op school.',
    'Na de inspraakperiode stelt de werkgroep REA een nota van beantwoording op. Daarna besluiten de vijf gemeenteraden in het voorjaar van 2027 over de definitieve agenda.',
 ]),
 ('1.3', 'Leeswijzer', [
    'Hoofdstuk 2 geeft een beeld van de regio. De hoofdstukken 3 tot en met 10 beschrijven per thema de ambitie, de huidige situatie en de afspraken. Hoofdstuk 11 gaat over monitoring, financiering en de bestuurlijke samenwerking. In de bijlagen staan de kerncijfers en een lijst van begrippen.',
 ]),
 ('2', 'De regio in beeld', [
    'De regio Zuidervaart telt ongeveer 142.000 inwoners, van wie 31.000 jonger dan 18 jaar. De stad Zuidervaart is de centrumgemeente; Bremhorst en Oosterlaag zijn middelgrote gemeenten, Kleidijk en Heeswaarde zijn plattelandsgemeenten met veel kleine kernen.',
 ]),
 ('2.1', 'Leerlingen en scholen', [
    'In de regio staan 58 basisscholen, 4 scholen voor speciaal (basis)onderwijs, 9 scholen voor voortgezet onderwijs en een vestiging van het Zuidervaart College voor mbo. Samen hebben zij ruim 24.000 leerlingen. Het aantal leerlingen in het basisonderwijs daalt in de kleine kernen, terwijl het in de stad Zuidervaart stijgt door nieuwbouwwijken.',
    'Zeven basisscholen in Kleidijk en Heeswaarde hebben minder dan 70 leerlingen. Voor deze kleine scholen is het moeilijk om voldoende leraren te vinden en de kwaliteit op peil te houden. Schoolbesturen en gemeenten onderzoeken samen hoe het onderwijs in de kernen behouden kan blijven, bijvoorbeeld door samenwerking of een integraal kindcentrum.',
    'Het speciaal onderwijs is geconcentreerd in de stad Zuidervaart. Leerlingen uit de kleine kernen reizen daardoor vaak lang, soms meer dan een uur per dag.',
 ]),
 ('2.2', 'Trends en ontwikkelingen', [
    'Vier ontwikkelingen bepalen de komende jaren het onderwijs in de regio. Ten eerste het lerarentekort: op 1 oktober 2025 stonden er in de regio 46 vacatures open, vooral in de stad en in het speciaal onderwijs. Ten tweede de krimp van het aantal leerlingen in de kernen, waardoor schoolgebouwen leeg komen te staan.',
    'Ten derde de groei van het aantal kinderen met een ondersteuningsbehoefte. Meer kinderen hebben last van somberheid of faalangst, en het aantal thuiszitters is sinds 2022 niet gedaald. Ten vierde de druk op de bestaanszekerheid van gezinnen: meer kinderen groeien op in armoede, wat hun kansen op school verkleint.',
    'Ook de landelijke wetgeving verandert. De Wet kwaliteit kinderopvang en de plannen voor een (bijna) gratis kinderopvang hebben gevolgen voor de vroegschoolse educatie. Het Rijk verlangt verder dat gemeenten en samenwerkingsverbanden een sluitende aanpak van verzuim hebben.',
 ]),
 ('3', 'Kansengelijkheid en onderwijsachterstanden', [
    'Ieder kind verdient een goede start. De gemeenten zetten het onderwijsachterstandenbudget van het Rijk in voor kinderen met een risico op een achterstand, in de voorschoolse periode en op de basisschool.',
 ]),
 ('3.1', 'Onderwijsachterstandenbeleid', [
    'De regio ontvangt jaarlijks ongeveer 6,4 miljoen euro aan specifieke uitkering onderwijsachterstandenbeleid (OAB). Het grootste deel gaat naar Zuidervaart en Bremhorst, waar de meeste kinderen met een hoge achterstandsscore wonen. De gemeenten besteden het budget aan voorschoolse educatie, schakelklassen en extra taalondersteuning op scholen.',
    'De gemeenten willen de middelen vanaf 2027 gerichter inzetten. Scholen met meer dan 20 procent leerlingen met een risico op achterstand krijgen een vast bedrag per leerling voor extra taal- en rekenondersteuning. Scholen verantwoorden de besteding in een korte jaarlijkse rapportage.',
    'Door het lerarentekort is het voor scholen moeilijk om de extra ondersteuning zelf te geven. Daarom mogen scholen het budget ook gebruiken voor onderwijsassistenten en voor samenwerking met de bibliotheek.',
 ]),
 ('3.2', 'Vroegschoolse educatie', [
    'Peuters met een risico op een taalachterstand krijgen 16 uur per week voorschoolse educatie (VVE) op een kinderdagverblijf of peuteropvang. Het consultatiebureau geeft de indicatie. Nu neemt ongeveer 78 procent van de geindiceerde peuters deel; het doel is 90 procent in 2031.',
    'Om meer ouders te bereiken, gaan consultatiebureau en kinderopvang samen huisbezoeken afleggen bij gezinnen die hun kind niet aanmelden. De ouderbijdrage voor VVE wordt voor gezinnen met een inkomen tot 130 procent van het sociaal minimum volledig vergoed.',
    'De overdracht van de voorschoolse voorziening naar de basisschool moet beter. De warme overdracht, een gesprek tussen pedagogisch medewerker, ouders en leerkracht, wordt de standaard voor alle peuters met een VVE-indicatie.',
 ]),
 ('3.3', 'Zomerscholen en verlengde leertijd', [
    'In 2025 en 2026 hebben drie scholen in Zuidervaart een zomerschool gehouden voor leerlingen van groep 7 en 8. De resultaten zijn goed: de deelnemers gingen met een betere woordenschat naar het voortgezet onderwijs. De gemeenten willen de zomerschool uitbreiden naar alle gemeenten in de regio, ook in de kleine kernen.',
    'Daarnaast krijgen scholen ruimte voor een verlengde schooldag met sport, cultuur en huiswerkbegeleiding. Dit sluit aan bij het programma School en Omgeving. Het vervoer naar de zomerschool wordt niet vergoed.',
 ]),
 ('4', 'Passend onderwijs en thuiszitters', [
    'Ieder kind heeft recht op onderwijs dat bij hem past. De samenwerkingsverbanden passend onderwijs zijn verantwoordelijk voor een dekkend aanbod; de gemeenten zorgen voor jeugdhulp, leerplicht en leerlingenvervoer. Alleen samen kunnen zij voorkomen dat kinderen thuis komen te zitten.',
 ]),
 ('4.1', 'Samenwerking met de samenwerkingsverbanden', [
    'De gemeenten en de samenwerkingsverbanden Zuidervaart PO en VO Zuidervaart voeren twee keer per jaar op overeenstemming gericht overleg (OOGO) over de ondersteuningsplannen. De agenda voor deze overleggen wordt gekoppeld aan de REA, zodat afspraken over jeugdhulp in de school en over thuiszitters op een plek samenkomen.',
    'Voor elke school komt er een vaste contactpersoon van het jeugdteam. Het jeugdteam is minimaal een dagdeel per week op school aanwezig.',
 ]),
 ('4.2', 'Thuiszitters', [
    'In het schooljaar 2025-2026 waren er in de regio 87 thuiszitters: leerplichtige kinderen die langer dan vier weken zonder geldige reden niet naar school gaan. Daarnaast hadden 64 kinderen een vrijstelling van de leerplicht. Het doel is dat geen kind langer dan drie maanden thuis zit.',
    'Voor elk kind dat thuis zit, komt binnen twee weken een overleg van school, ouders, leerplicht en jeugdhulp. Als er geen oplossing komt, escaleert de leerplichtambtenaar naar het thuiszittersoverleg van de regio. De samenwerkingsverbanden houden een thuiszittersmonitor bij, die elk kwartaal met de gemeenten wordt besproken.',
    'Vrijstellingen worden alleen nog verleend na een advies van een onafhankelijke arts. De gemeenten willen het aantal vrijstellingen in vijf jaar halveren.',
 ]),
 ('4.3', 'Onderwijs-zorgarrangementen', [
    'Sommige kinderen hebben zowel onderwijs als zorg nodig, bijvoorbeeld kinderen met een ernstige meervoudige beperking. Voor hen kan een onderwijs-zorgarrangement worden gemaakt, waarin onderwijs en jeugdhulp op een locatie samenkomen. In Zuidervaart zijn er nu twee zulke plekken bij De Regenboog.',
    'De regio wil tot 2031 vier extra onderwijs-zorgarrangementen realiseren, waarvan minimaal een in de kleine kernen. Zo hoeven kinderen minder lang te reizen en wordt voorkomen dat zij thuiszitters worden. Het vervoer naar een onderwijs-zorgarrangement valt onder de regeling leerlingenvervoer.',
 ]),
 ('4.4', 'Leerplicht en verzuim', [
    'De leerplichtambtenaren van de vijf gemeenten werken vanaf 2027 samen in een regionaal bureau leerplicht. Zo kunnen zij elkaar vervangen en kennis delen. Scholen melden verzuim binnen vijf dagen via het verzuimregister.',
    'Bij luxe verzuim, zoals vakanties buiten de schoolvakanties, treedt leerplicht strenger op. Bij zorgelijk verzuim staat het gesprek met ouders en kind voorop.',
 ]),
 ('5', 'Laaggeletterdheid en basisvaardigheden', [
    'In de regio zijn naar schatting 14.000 volwassenen laaggeletterd. Laaggeletterdheid gaat van generatie op generatie over: kinderen van laaggeletterde ouders lopen meer risico op een taalachterstand.',
 ]),
 ('5.1', 'Taalhuizen en bibliotheek', [
    'De Bibliotheek Zuidervaart heeft Taalhuizen in Zuidervaart, Bremhorst en Oosterlaag. Vrijwilligers helpen volwassenen er met lezen, schrijven, rekenen en digitale vaardigheden. De gemeenten willen ook in Kleidijk en Heeswaarde een Taalpunt openen, in het dorpshuis of in de school.',
    'Het aantal vrijwillige taalmaatjes moet groeien van 120 naar 200. De bibliotheek krijgt daarvoor een structurele subsidie. De gemeenten verwijzen inwoners die laaggeletterd zijn actiever door, bijvoorbeeld via de schuldhulp en het werkplein.',
 ]),
 ('5.2', 'Laaggeletterdheid bij ouders', [
    'Met de gezinsaanpak werken school, bibliotheek en consultatiebureau samen om ouders en kinderen tegelijk te bereiken. Ouders die zelf moeite hebben met taal, leren in de school of de bibliotheek voorlezen aan hun kind. Zo worden de ouders betrokken bij de taalontwikkeling.',
    'Op vijf scholen start in 2027 een oudercursus Nederlands. De gemeenten onderzoeken of ouders die deze cursus volgen, voorrang kunnen krijgen bij de kinderopvang.',
 ]),
 ('6', 'Aansluiting onderwijs en arbeidsmarkt', [
    'Jongeren moeten een opleiding kiezen die bij hen past en die kansen geeft op werk. De regio heeft tekorten in techniek, zorg en onderwijs, terwijl een deel van de jongeren zonder startkwalificatie de school verlaat.',
 ]),
 ('6.1', 'Loopbaanorientatie en stages', [
    'Scholen voor voortgezet onderwijs en het mbo werken met bedrijven samen aan loopbaanorientatie. Elke leerling van het vmbo loopt in de bovenbouw een snuffelstage bij een bedrijf in de regio. Het Zuidervaart College en de ondernemersverenigingen richten een stagepunt in dat bedrijven en leerlingen koppelt.',
    'Leerlingen met een migratieachtergrond vinden moeilijker een stage. De regio vraagt bedrijven om anoniem te selecteren en ondersteunt een campagne tegen stagediscriminatie.',
 ]),
 ('6.2', 'Voortijdig schoolverlaten en RMC', [
    'Het Regionaal Meld- en Coordinatiepunt (RMC) volgt jongeren tot 23 jaar die zonder startkwalificatie de school verlaten. In 2025 waren dat er 312. De RMC-consulenten zoeken deze jongeren op en begeleiden hen naar school of werk.',
    'Voor jongeren in een kwetsbare positie, zoals leerlingen uit het praktijkonderwijs, blijft de begeleiding doorlopen tot een jaar na de overstap naar werk of vervolgonderwijs. Als een jongere de stage afbreekt, neemt de school binnen een week contact op met het RMC.',
 ]),
 ('6.3', 'Lerarentekort', [
    'Het lerarentekort raakt vooral de scholen met veel leerlingen met een risico op achterstand. De gemeenten helpen schoolbesturen met woonruimte voor startende leraren en met een regionale campagne om zij-instromers te werven.',
    'Gemeenten onderzoeken of zij een deel van de kosten van een opleiding voor zij-instromers kunnen dragen. Schoolbesturen maken afspraken om elkaar geen leraren af te werven met extra toelagen.',
 ]),
 ('7', 'Leerlingenvervoer', [
    'Gemeenten zijn verantwoordelijk voor het vervoer van leerlingen die door een beperking of door de afstand niet zelfstandig naar school kunnen. In de regio maken ongeveer 1.100 leerlingen gebruik van leerlingenvervoer; de kosten zijn 7,8 miljoen euro per jaar.',
 ]),
 ('7.1', 'Verordening en criteria', [
    'De vijf gemeenten stellen in 2027 een gelijke verordening leerlingenvervoer vast. De afstandsgrens wordt voor het basisonderwijs 6 kilometer en voor het speciaal onderwijs 6 kilometer. Ouders betalen een eigen bijdrage als hun inkomen hoger is dan een vastgestelde grens.',
    'Het uitgangspunt is zelfstandigheid: waar het kan, reist een leerling met het openbaar vervoer of de fiets, eventueel na een reistraining. Het aangepast vervoer met taxibusjes is alleen bedoeld voor leerlingen die niet zelfstandig kunnen reizen. De reistijd in het aangepast vervoer mag niet meer zijn dan een uur per rit.',
 ]),
 ('7.2', 'Aanbesteding en kwaliteit van het vervoer', [
    'Het leerlingenvervoer wordt in 2028 opnieuw aanbesteed. De gemeenten stellen eisen aan vaste chauffeurs, aan de bereikbaarheid van de vervoerder voor ouders en aan de opleiding van chauffeurs in de omgang met kinderen met autisme of gedragsproblemen.',
    'Klachten over het vervoer komen nu bij vijf verschillende loketten binnen. Er komt een regionaal klachtenpunt en de vervoerder rapporteert elk kwartaal over stiptheid en klachten.',
 ]),
 ('8', 'Kinderopvang en integrale kindcentra', [
    'Kinderopvang is een belangrijke plek voor de ontwikkeling van jonge kinderen. Goede opvang maakt het voor ouders mogelijk om te werken en helpt kinderen met een goede start.',
 ]),
 ('8.1', 'Kinderopvang en toezicht', [
    'De GGD Zuidwaarden houdt namens de gemeenten toezicht op de kwaliteit van de kinderopvang. Elke locatie wordt minimaal een keer per jaar geinspecteerd. Bij tekortkomingen treedt de gemeente op met een aanwijzing of een boete.',
    'Door het tekort aan pedagogisch medewerkers hebben aanbieders wachtlijsten. Vooral in Zuidervaart moeten ouders soms maanden wachten op een plek. De gemeenten willen samen met de aanbieders de wachtlijsten in beeld brengen en meer ruimte bieden voor nieuwe locaties.',
 ]),
 ('8.2', 'Integrale kindcentra en brede scholen', [
    'In een integraal kindcentrum (IKC) werken onderwijs en kinderopvang samen onder een dak, met een doorlopende leerlijn van 0 tot 13 jaar. In de regio zijn nu zes IKC\'s. De gemeenten willen dat in 2031 in elke kern een brede school of IKC is, met ruimte voor peuteropvang, buitenschoolse opvang en het consultatiebureau.',
    'In een brede school werken scholen samen met sport, cultuur en welzijn. De combinatiefunctionarissen blijven in dienst van de gemeenten en organiseren na schooltijd activiteiten op het schoolplein en in de gymzaal.',
 ]),
 ('9', 'Onderwijshuisvesting', [
    'Gemeenten zijn verantwoordelijk voor nieuwbouw en uitbreiding van schoolgebouwen; schoolbesturen voor het onderhoud. Veel schoolgebouwen in de regio zijn oud en voldoen niet aan de huidige eisen voor energie en binnenklimaat.',
 ]),
 ('9.1', 'Integraal Huisvestingsplan', [
    'De gemeenten en de schoolbesturen stellen per gemeente een Integraal Huisvestingsplan (IHP) op voor de periode 2028-2043. Het IHP bepaalt welke scholen worden vernieuwd, uitgebreid of samengevoegd. Bij nieuwbouw is een IKC het uitgangspunt.',
    'In de kleine kernen staan scholen met minder dan 50 leerlingen. Als het aantal leerlingen verder daalt, kan een school worden samengevoegd met een school in een andere kern. Een besluit daarover neemt het schoolbestuur, na overleg met ouders en gemeente.',
    'Leegstaande schoolgebouwen krijgen bij voorkeur een maatschappelijke bestemming, bijvoorbeeld als dorpshuis of woningen voor starters.',
 ]),
 ('9.2', 'Duurzaamheid en binnenklimaat', [
    'Uit metingen blijkt dat in 60 procent van de lokalen de CO2-waarde op een schooldag te hoog is. Een slechte ventilatie beinvloedt de concentratie van leerlingen en leraren. Bij renovatie en nieuwbouw geldt de norm Frisse Scholen klasse B.',
    'De gemeenten stellen een regionaal fonds in van 2 miljoen euro waaruit schoolbesturen de helft van de kosten van ventilatie en zonnepanelen kunnen betalen. Gebouwen moeten in 2050 energieneutraal zijn.',
 ]),
 ('9.3', 'Gymzalen en bewegingsonderwijs', [
    'Leerlingen in het basisonderwijs krijgen wettelijk minimaal twee lesuren bewegingsonderwijs per week. Niet elke school heeft een gymzaal in de buurt. In Kleidijk en Heeswaarde lopen of fietsen leerlingen soms meer dan een kilometer naar de gymzaal.',
    'Het IHP bevat een plan voor de gymzalen. Verouderde gymzalen worden niet vervangen als een sporthal op loopafstand ligt.',
 ]),
 ('10', 'Welzijn en gezondheid op school', [
    'Een kind dat zich goed voelt, leert beter. Scholen, GGD en jeugdhulp werken samen aan het welzijn van leerlingen.',
 ]),
 ('10.1', 'Mentale gezondheid en schoolmaatschappelijk werk', [
    'Steeds meer jongeren hebben last van stress, somberheid of angst. Op alle scholen voor voortgezet onderwijs komt een schoolmaatschappelijk werker, die leerlingen en ouders snel kan helpen en zo nodig doorverwijst. Ook in het basisonderwijs komt er een vast aanspreekpunt voor jeugdhulp.',
    'Schoolverzuim door psychische klachten is vaak het begin van langdurig thuiszitten. Daarom wordt de jeugdarts van de GGD eerder betrokken bij verzuim.',
 ]),
 ('10.2', 'Gezonde school', [
    'Meer scholen krijgen het vignet Gezonde School. De GGD ondersteunt scholen bij thema\'s als voeding, bewegen, roken en middelengebruik. Een gezond binnenklimaat en voldoende ventilatie horen daar ook bij.',
    'Op scholen met veel kinderen uit gezinnen met een laag inkomen start een schoolontbijt. De gemeenten vragen scholen om de schoolpleinen rookvrij te houden en na schooltijd open te stellen als speelplek.',
 ]),
 ('11', 'Monitoring, financiering en samenwerking', [
    'De uitvoering van deze agenda vraagt om heldere afspraken over wie wat doet en betaalt, en om een goede monitoring van de resultaten.',
 ]),
 ('11.1', 'Monitoring en indicatoren', [
    'De regio volgt de voortgang met een jaarlijkse monitor. Daarin staan onder meer het bereik van VVE, het aantal thuiszitters en vrijstellingen, het aantal voortijdig schoolverlaters, de schooladviezen en de doorstroom naar het vervolgonderwijs. De monitor wordt jaarlijks besproken in de gemeenteraden.',
    'Waar mogelijk worden de cijfers per gemeente en per wijk getoond. Zo kunnen de gemeenten zien of de verschillen tussen buurten kleiner worden. In 2029 volgt een tussentijdse evaluatie.',
 ]),
 ('11.2', 'Financiering', [
    'De agenda wordt betaald uit de OAB-middelen, de middelen van het Rijk voor leerlingenvervoer en onderwijshuisvesting en uit de eigen begrotingen van de gemeenten. Onderstaande tabel geeft de regionale middelen per jaar.',
    ('table', [
        ['Onderdeel', 'Bedrag per jaar', 'Betaald door'],
        ['Vroegschoolse educatie en OAB', 'EUR 6.400.000', 'Rijk (specifieke uitkering)'],
        ['Zomerscholen', 'EUR 350.000', 'gemeenten naar leerlingental'],
        ['Regionaal bureau leerplicht', 'EUR 480.000', 'gemeenten naar inwonertal'],
        ['Taalhuizen en Taalpunten', 'EUR 260.000', 'gemeenten naar inwonertal'],
        ['Stagepunt', 'EUR 90.000', 'gemeenten en mbo'],
        ['Fonds binnenklimaat', 'EUR 400.000', 'gemeenten naar leerlingental'],
    ]),
    'Het regionale fonds voor binnenklimaat wordt in vijf jaar opgebouwd. Niet bestede middelen vloeien terug naar de gemeenten.',
 ]),
 ('11.3', 'Bestuurlijke samenwerking', [
    'Het Lokaal Educatief Overleg Zuidervaart (LEO) is het bestuurlijk overleg van de vijf wethouders onderwijs, de schoolbesturen, de samenwerkingsverbanden en de kinderopvang. Het LEO komt vier keer per jaar bijeen en stelt elk jaar een uitvoeringsprogramma vast.',
    'De werkgroep REA bereidt de besluiten voor. Ouders en leerlingen worden via een jaarlijkse bijeenkomst betrokken. Zuidervaart is als centrumgemeente secretaris van het LEO.',
 ]),
 ('Bijlage 1', 'Kerncijfers', [
    ('table', [
        ['Indicator', '2025', 'Doel 2031'],
        ['Bereik VVE (geindiceerde peuters)', '78%', '90%'],
        ['Thuiszitters (langer dan 4 weken)', '87', '40'],
        ['Vrijstellingen leerplicht (art. 5a)', '64', '32'],
        ['Voortijdig schoolverlaters', '312', '250'],
        ['Leerlingen in leerlingenvervoer', '1.100', '1.000'],
        ['Lokalen met te hoge CO2-waarde', '60%', '20%'],
        ['Vacatures leraren primair onderwijs', '46', '10'],
    ]),
    'Bron: monitor onderwijs en jeugd regio Zuidervaart, peildatum 1 oktober 2025.',
 ]),
 ('Bijlage 2', 'Begrippenlijst', [
    'IKC: integraal kindcentrum, een voorziening voor kinderen van 0 tot 13 jaar waarin onderwijs en opvang samenwerken.',
    'OAB: onderwijsachterstandenbeleid, de middelen van het Rijk voor kinderen met een risico op een achterstand.',
    'OOGO: op overeenstemming gericht overleg tussen gemeente en samenwerkingsverband.',
    'RMC: Regionaal Meld- en Coordinatiepunt voortijdig schoolverlaten.',
    'Thuiszitter: een leerplichtige jongere die langer dan vier weken zonder geldige reden niet naar school gaat.',
    'VVE: voor- en vroegschoolse educatie voor peuters en kleuters met een risico op een achterstand.',
    'Zij-instromer: iemand die vanuit een ander beroep leraar wordt en de opleiding naast het werk volgt.',
 ]),
]
TWO_COLUMN = {'2', '2.1', '2.2', 'Bijlage 2'}
