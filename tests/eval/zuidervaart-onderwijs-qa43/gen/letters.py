# The 16 responses of QA43 (fictional). Blocks: ('f', text) letter furniture (letterhead, salutation,
# signature, opening without a view), ('h', text) a heading that is no point by itself,
# ('pt', text, sections[, start]) a labelled point (start: the first words of the point's own text,
# after its number, letter or bullet, unless given), ('row', nr, ref, text, sections) a row of a
# reaction form (a labelled point whose start is the first words of its text).
# Consultation: ter inzage 5 oktober t/m 16 november 2026. Printed page numbers of the draft:
# 1.x p.5, 2.x p.6, 3.1-3.3 p.7 (3.3 runs on to p.8), 4.1-4.3 p.9, 4.4 p.10, 5.x p.11, 6.x p.12,
# 7.x p.13, 8.x p.14, 9.x p.15, 10.x p.16, 11.x p.17, Bijlage 1 p.18, Bijlage 2 p.19.
LETTERS = []
def L(file, fmt, blocks, **kw):
    LETTERS.append(dict(file=file, fmt=fmt, blocks=blocks, **kw))

L('01-zienswijze-gemeenteraad-zuidervaart.pdf', 'pdf_rl', [
 ('f', 'Gemeenteraad van Zuidervaart\nPostbus 2000\n4801 AA Zuidervaart'),
 ('f', 'Aan de werkgroep Regionale Educatieve Agenda\np/a gemeente Zuidervaart\nPostbus 2000\n4801 AA Zuidervaart'),
 ('f', 'Zuidervaart, 10 november 2026\nOnderwerp: zienswijze ontwerp Regionale Educatieve Agenda Zuidervaart 2027-2031'),
 ('f', 'Geachte werkgroep,'),
 ('f', 'In de vergadering van 5 november 2026 heeft de raad van Zuidervaart het ontwerp van de Regionale Educatieve Agenda besproken. De raad geeft hierbij zijn zienswijze.'),
 ('pt', '1. De raad steunt het doel om het bereik van de voorschoolse educatie te verhogen naar 90 procent. De raad vraagt om ook een tussendoel voor 2029 op te nemen, zodat de raad tijdig kan bijsturen als het bereik achterblijft (pag. 7).', ['3.2', 'Bijlage 1']),
 ('pt', '2. In paragraaf 4.2 staat dat geen kind langer dan drie maanden thuis mag zitten. De raad vindt dit te weinig ambitieus en vraagt om binnen zes weken een passend aanbod voor ieder kind dat thuis zit.', ['4.2']),
 ('pt', '3. De raad vraagt het college om bij de nieuwe verordening op blz. 13 de afstandsgrens voor het speciaal onderwijs niet gelijk te stellen aan die voor het basisonderwijs. Voor leerlingen in het speciaal onderwijs moet een lagere grens gelden.', ['7.1']),
 ('pt', '4. De raad is blij dat bij nieuwbouw "een integraal kindcentrum het vertrekpunt" is. De raad vraagt om in hoofdstuk 9 ook op te nemen dat de buitenschoolse opvang en de peuteropvang in het gebouw een plek krijgen tegen een betaalbare huur.', ['9.1', '8.2'], 'De raad is blij dat bij nieuwbouw'),
 ('pt', '5. De monitor moet ook het aantal leerlingen tonen dat naar een school buiten de regio gaat. Alleen zo is te zien of het onderwijsaanbod in de regio dekkend is.', ['11.1']),
 ('pt', '6. Tot slot vraagt de raad aandacht voor het schoolzwemmen. Veel kinderen in Zuidervaart verlaten de basisschool zonder zwemdiploma. De raad vraagt het college om schoolzwemmen weer in te voeren voor groep 5.', [], 'Tot slot vraagt de raad aandacht voor het schoolzwemmen'),
 ('f', 'Hoogachtend,\nde raad van de gemeente Zuidervaart,\n\nde griffier,                    de voorzitter,\nmr. E.J. Visscher               drs. P. Hoogendoorn'),
])

L('02-zienswijze-raad-bremhorst.pdf', 'pdf_fpdf', [
 ('f', 'GEMEENTERAAD BREMHORST'),
 ('f', 'Bremhorst, 12 november 2026\nBetreft: zienswijze ontwerp-REA Zuidervaart 2027-2031\nKenmerk: RB/2026/0412'),
 ('f', 'Geachte leden van de werkgroep REA,'),
 ('f', 'De gemeenteraad van Bremhorst heeft het ontwerp van de Regionale Educatieve Agenda besproken in zijn vergadering van 9 november 2026. Wij hebben de volgende opmerkingen.'),
 ('pt', 'a) De raad onderschrijft dat de OAB-middelen gerichter worden ingezet, maar vreest dat scholen in Bremhorst net onder de grens van 20 procent vallen en dan niets krijgen. De raad vraagt om een glijdende schaal in plaats van een harde grens.', ['3.1']),
 ('pt', 'b) Het regionaal bureau leerplicht mag er niet toe leiden dat de leerplichtambtenaar verder van de scholen af komt te staan. De raad wil dat elke gemeente een eigen vaste leerplichtambtenaar houdt.', ['4.4']),
 ('pt', 'c) De raad mist in hoofdstuk 6 aandacht voor jongeren die na het praktijkonderwijs geen werk vinden. Zij vallen nu buiten beeld zodra zij 18 worden. De begeleiding door het RMC moet langer doorlopen.', ['6.2']),
 ('pt', 'd) Over de kosten: de verdeling naar inwonertal van het bureau leerplicht en de Taalhuizen vindt de raad redelijk, maar het fonds voor het binnenklimaat moet naar het aantal verouderde gebouwen worden verdeeld, niet naar leerlingental.', ['11.2', '9.2']),
 ('pt', 'e) De raad vraagt de werkgroep om in de agenda een regionale aanpak van pesten op te nemen, met een meldpunt voor ouders.', []),
 ('f', 'Met vriendelijke groet,\nnamens de raad van Bremhorst,\nK. Dijkman, griffier'),
])

L('03-reactie-college-kleidijk.docx', 'docx', [
 ('f', 'Gemeente Kleidijk\nCollege van burgemeester en wethouders'),
 ('f', 'Aan: werkgroep Regionale Educatieve Agenda Zuidervaart\nDatum: 30 oktober 2026\nOnderwerp: reactie op het ontwerp van de REA'),
 ('f', 'Geachte werkgroep,'),
 ('f', 'Ons college heeft het ontwerp besproken met de directeuren van de basisscholen in Kleidijk. Wij reageren per onderwerp.'),
 ('pt', 'Kleine scholen\nKleidijk heeft vier basisscholen met minder dan 70 leerlingen. Het ontwerp spreekt over samenvoegen als het aantal leerlingen verder daalt. Ons college wil dat eerst wordt onderzocht of een school kan blijven bestaan als IKC met een andere school als partner, voordat samenvoegen aan de orde is.', ['9.1', '2.1'], 'Kleidijk heeft vier basisscholen met minder'),
 ('pt', 'Taalpunt\nWij zijn blij met het voornemen om ook in Kleidijk een Taalpunt te openen. Het dorpshuis De Wiel is daarvoor de beste plek, omdat het op de dinsdag en donderdag al open is.', ['5.1'], 'Wij zijn blij met het voornemen om ook in Kleidijk'),
 ('pt', 'Gymzalen\nDe gymzaal in Kleidijk-Noord is in 1968 gebouwd en voldoet niet meer. Er is geen sporthal op loopafstand. Wij vragen om deze gymzaal met voorrang op te nemen in het plan voor de gymzalen.', ['9.3'], 'De gymzaal in Kleidijk-Noord is in 1968'),
 ('pt', 'Leerlingenvervoer\nVeel leerlingen uit Kleidijk reizen naar het speciaal onderwijs in de stad. Wij steunen de reistraining, maar vragen om de maximale reistijd van een uur per rit ook te laten gelden voor de leerlingen die met het openbaar vervoer reizen.', ['7.1'], 'Veel leerlingen uit Kleidijk reizen naar het speciaal'),
 ('f', 'Hoogachtend,\nburgemeester en wethouders van Kleidijk,\nde secretaris,          de burgemeester,\nA. van Leeuwen          J.W. Brink'),
])

L('04-reactieformulier-stichting-openbaar-onderwijs.docx', 'form', [
 ('f', 'Reactieformulier ontwerp Regionale Educatieve Agenda Zuidervaart 2027-2031'),
 ('f', 'Naam organisatie: Stichting Openbaar Onderwijs Zuidervaart (SOOZ)\nContactpersoon: drs. L. Kramer, bestuurder\nAdres: Havenkade 14, 4801 BK Zuidervaart\nDatum: 6 november 2026'),
 ('f', 'De Stichting Openbaar Onderwijs Zuidervaart is het bestuur van 19 openbare basisscholen en 2 scholen voor speciaal basisonderwijs in de regio.'),
 ('row', '1', 'par. 3.1, pag. 7', 'Wij vragen om de verantwoording van de OAB-middelen aan te sluiten bij het jaarverslag van het schoolbestuur, zodat scholen geen aparte rapportage hoeven te schrijven.', ['3.1']),
 ('row', '2', 'par. 6.3', 'De woonruimte voor startende leraren is een goed plan. Wij vragen de gemeenten om daarvoor een vast aantal sociale huurwoningen per jaar te reserveren.', ['6.3']),
 ('row', '3', 'pag. 15', 'Het IHP moet ook de kosten van tijdelijke huisvesting bij nieuwbouw dekken. Nu betalen schoolbesturen de noodlokalen zelf.', ['9.1']),
 ('row', '4', 'par. 9.2', 'De norm Frisse Scholen klasse B is bij renovatie van oude gebouwen vaak niet haalbaar. Wij stellen voor om bij renovatie klasse C als ondergrens te nemen.', ['9.2']),
 ('row', '5', 'algemeen', 'Wij missen een plan voor de digitale geletterdheid van leerlingen: mediawijsheid en programmeren horen in een educatieve agenda thuis.', []),
])

L('05-kinderopvang-het-speelhuis.eml', 'eml', [
 ('pt', '- De wachtlijsten in Zuidervaart zijn groot: wij hebben op dit moment 140 kinderen op de wachtlijst. Het plan om de wachtlijsten in beeld te brengen is goed, maar er is vooral ruimte nodig. Wij vragen de gemeente om snel te beslissen over onze aanvraag voor een nieuwe locatie in De Waarden.', ['8.1']),
 ('pt', '- Voor de voorschoolse educatie vragen wij om de warme overdracht ook te betalen. Een gesprek met ouders en leerkracht kost onze pedagogisch medewerkers een uur per peuter, en die uren worden nu niet vergoed.', ['3.2']),
 ('pt', '- Wij werken graag mee aan de IKC\'s, maar de huur die de schoolbesturen voor de ruimte in de school vragen, is voor de kinderopvang vaak te hoog.', ['8.2']),
 ('pt', '- Het voorstel om ouders die een oudercursus Nederlands volgen voorrang te geven bij de kinderopvang steunen wij van harte.', ['5.2']),
], meta=dict(frm='Kinderopvang Het Speelhuis <directie@hetspeelhuis-kinderopvang.nl>', to='rea@zuidervaart.nl',
             date='Fri, 13 Nov 2026 16:42:08 +0100', subject='Reactie Kinderopvang Het Speelhuis op ontwerp REA'),
  head='Geachte werkgroep REA,\n\nNamens Kinderopvang Het Speelhuis (11 locaties in Zuidervaart en Bremhorst) geef ik graag een reactie op het ontwerp van de Regionale Educatieve Agenda. Wij hebben vier punten:\n\n',
  glue='\n\n',
  tail='\n\nMet vriendelijke groet,\n\nSandra Wijnberg\ndirecteur Kinderopvang Het Speelhuis\nMarktstraat 3, 4801 CD Zuidervaart\n\nDit bericht is uitsluitend bestemd voor de geadresseerde.\n')

L('06-advies-ggd-zuidwaarden.pdf', 'pdf_rl', [
 ('f', 'GGD Zuidwaarden\nAfdeling Jeugdgezondheidszorg\nPostbus 500\n4800 DA Zuidervaart'),
 ('f', 'Aan de werkgroep Regionale Educatieve Agenda Zuidervaart\nZuidervaart, 4 november 2026\nOns kenmerk: JGZ/2026/8812\nOnderwerp: advies GGD op het ontwerp-REA'),
 ('f', 'Geachte werkgroep,'),
 ('f', 'De GGD Zuidwaarden dankt u voor de gelegenheid om te reageren. Wij beperken ons tot de onderwerpen waar de GGD een taak heeft.'),
 ('pt', '1. Toezicht kinderopvang\nHet ontwerp stelt dat elke locatie minimaal een keer per jaar wordt geinspecteerd. Dat is de wettelijke norm, maar het budget van de gemeenten dekt op dit moment maar 85 procent van de inspecties. Wij vragen om het budget voor het toezicht daarop aan te passen.', ['8.1'], 'Het ontwerp stelt dat elke locatie minimaal'),
 ('pt', '2. Jeugdarts bij verzuim\nDe GGD steunt dat de jeugdarts eerder wordt betrokken bij verzuim door psychische klachten. Daarvoor is wel meer formatie nodig: een jeugdarts kan nu gemiddeld 4 uur per school per jaar besteden.', ['10.1', '4.4'], 'De GGD steunt dat de jeugdarts eerder'),
 ('pt', '3. Binnenklimaat\nDe cijfers over de CO2-waarde in de lokalen (blz. 15) komen uit onze metingen. Wij adviseren om bij de ventilatie ook de temperatuur in de zomer mee te nemen: in veel lokalen wordt het boven de 28 graden.', ['9.2'], 'De cijfers over de CO2-waarde in de lokalen'),
 ('pt', '4. Vaccinaties\nDe vaccinatiegraad onder kinderen in de regio daalt. Wij vragen de gemeenten om scholen te laten meewerken aan voorlichting over het Rijksvaccinatieprogramma.', [], 'De vaccinatiegraad onder kinderen in de regio daalt'),
 ('f', 'Met vriendelijke groet,\n\ndr. F. Oosterhuis\ndirecteur Publieke Gezondheid, GGD Zuidwaarden'),
])

L('07-ouderplatform-passend-onderwijs.md', 'md', [
 ('f', '# Reactie Ouderplatform Passend Onderwijs Zuidervaart'),
 ('f', 'Zuidervaart, 15 november 2026\n\nAan de werkgroep REA\n\nHet Ouderplatform Passend Onderwijs Zuidervaart is een vereniging van ruim 300 ouders van kinderen die extra ondersteuning nodig hebben. Wij hebben het ontwerp met onze leden besproken.'),
 ('h', '## Thuiszitters'),
 ('pt', '- Ouders worden in het overleg over hun kind te vaak pas aan het eind betrokken. Wij vragen om in paragraaf 4.2 op te nemen dat ouders bij elk overleg aanwezig zijn en vooraf de stukken krijgen.', ['4.2']),
 ('pt', '- De vrijstellingen halveren klinkt goed, maar voor sommige kinderen is een vrijstelling de enige oplossing. Wij willen niet dat ouders onder druk worden gezet.', ['4.2']),
 ('h', '## Zorg en onderwijs'),
 ('pt', '- Vier extra onderwijs-zorgarrangementen is te weinig. Op de wachtlijst van De Regenboog staan nu al 11 kinderen.', ['4.3']),
 ('h', '## Vervoer'),
 ('pt', '- Vaste chauffeurs zijn voor onze kinderen essentieel. Wij vragen om in de aanbesteding op te nemen dat een kind maximaal twee verschillende chauffeurs per week heeft.', ['7.2']),
 ('h', '## Welzijn'),
 ('pt', '- Een schoolmaatschappelijk werker op elke school voor voortgezet onderwijs is goed, maar in het speciaal onderwijs is die hulp net zo hard nodig.', ['10.1']),
 ('f', 'Namens het bestuur,\n\nN. Tahiri, voorzitter Ouderplatform Passend Onderwijs Zuidervaart'),
])

L('08-samenwerkingsverband-po-zuidervaart.pdf', 'pdf_fpdf', [
 ('f', 'Samenwerkingsverband Passend Primair Onderwijs Zuidervaart\nStationsweg 40\n4801 EF Zuidervaart'),
 ('f', 'Zuidervaart, 9 november 2026\nAan: werkgroep REA Zuidervaart\nOnderwerp: reactie op het ontwerp van de Regionale Educatieve Agenda'),
 ('f', 'Geachte leden van de werkgroep,'),
 ('f', 'Het samenwerkingsverband onderschrijft de ambities van de agenda. Wij hebben de volgende opmerkingen.'),
 ('pt', '1. Op blz. 9 staat dat het OOGO twee keer per jaar plaatsvindt. Wij stellen voor om dit te verbinden met een gezamenlijke jaarplanning, zodat de ondersteuningsplannen en de REA op elkaar aansluiten.', ['4.1']),
 ('pt', '2. Wij zijn het eens met de aanpak in paragraaf 4.3, maar vragen de gemeenten om de jeugdhulp in een onderwijs-zorgarrangement uit een budget te betalen, zonder een aparte beschikking per kind.', ['4.3']),
 ('pt', '3. De thuiszittersmonitor wordt al door ons bijgehouden. Wij stellen voor dat de regionale monitor (hoofdstuk 11) deze gegevens overneemt, zodat scholen niet twee keer hoeven te rapporteren.', ['11.1', '4.2']),
 ('pt', '4. Een vast contactpersoon van het jeugdteam voor elke school is een goed plan. Een dagdeel per week is voor grote scholen echter te weinig.', ['4.1']),
 ('f', 'Met vriendelijke groet,\n\ndrs. W. Boersma\ndirecteur-bestuurder'),
])

L('09-zuidervaart-college-mbo.txt', 'txt', [
 ('f', 'Zuidervaart College - mbo\nCollege van Bestuur\nLaan van de Techniek 2\n4802 GH Zuidervaart'),
 ('f', 'Zuidervaart, 11 november 2026\n\nAan: werkgroep Regionale Educatieve Agenda\nBetreft: reactie ontwerp REA'),
 ('f', 'Geachte werkgroep,\n\nHet Zuidervaart College reageert graag op de paragrafen over de aansluiting van onderwijs en arbeidsmarkt.'),
 ('pt', '* Het stagepunt moet ook open staan voor mbo-studenten, niet alleen voor vmbo-leerlingen. Wij bieden aan om het stagepunt in ons gebouw te huisvesten.', ['6.1']),
 ('pt', '* In de strijd tegen stagediscriminatie vragen wij de gemeenten om zelf het goede voorbeeld te geven en jaarlijks 50 stageplaatsen bij de gemeenten aan te bieden.', ['6.1']),
 ('pt', '* Bij de zij-instromers vergeet de agenda het mbo: ook wij hebben een tekort aan docenten in de techniek en de zorg.', ['6.3']),
 ('f', 'Met vriendelijke groet,\n\nir. T. Ramdin\nvoorzitter College van Bestuur'),
])

L('10-bibliotheek-zuidervaart.docx', 'docx', [
 ('f', 'Bibliotheek Zuidervaart\nMarkt 1\n4801 AB Zuidervaart'),
 ('f', 'Aan: de werkgroep REA\nDatum: 2 november 2026\nOnderwerp: reactie Bibliotheek Zuidervaart'),
 ('f', 'Geachte werkgroep,'),
 ('pt', 'Wij zijn verheugd dat de agenda een structurele subsidie voor de Taalhuizen noemt. Voor 200 taalmaatjes is wel een extra coordinator nodig; het bedrag in de tabel is daarvoor niet genoeg.', ['5.1', '11.2']),
 ('pt', 'Het voorlezen in de gezinsaanpak werkt het best als de bibliotheek op school een vaste plek krijgt. Wij vragen om de Bibliotheek op school in alle basisscholen met veel taalachterstand in te voeren.', ['5.2']),
 ('pt', 'Tot slot: de bibliotheek in Heeswaarde sluit in 2027 door het wegvallen van de huur. Wij vragen de gemeente Heeswaarde om een nieuwe plek te zoeken.', []),
 ('f', 'Met vriendelijke groet,\n\nC. de Wit\ndirecteur-bestuurder Bibliotheek Zuidervaart'),
])

L('11-email-bewoner-oosterlaag.eml', 'eml', [
 ('pt', 'Mijn zoon van 9 gaat met het aangepast vervoer naar De Regenboog in Zuidervaart. Hij zit elke ochtend bijna anderhalf uur in het busje omdat eerst alle andere kinderen worden opgehaald. Het plan zegt dat een rit maximaal een uur mag duren, maar dat staat er nu ook al en het gebeurt niet.', ['7.1']),
 ('pt', 'Ook heeft hij elke week een andere chauffeur. Dat is voor een kind met autisme heel moeilijk.', ['7.2']),
 ('pt', 'Verder wil ik zeggen dat klachten nergens heen gaan. Ik heb drie keer gebeld met de vervoerder en nooit antwoord gekregen. Een klachtenpunt is dus hard nodig.', ['7.2']),
], meta=dict(frm='Marloes Verhagen <m.verhagen78@mailbox.nl>', to='rea@zuidervaart.nl',
             date='Sun, 8 Nov 2026 21:15:44 +0100', subject='leerlingenvervoer'),
  head='Beste mensen,\n\n',
  glue='\n\n',
  tail='\n\nGroeten,\nMarloes Verhagen\nPastoor van Arsstraat 17\n4811 KL Oosterlaag\ntel. 06-41825530\n')

L('12-brief-bewoner-heeswaarde.pdf', 'pdf_rl', [
 ('f', 'J.H. Mulder\nDijkweg 82\n4851 RT Heeswaarde\nTel. 0162-451239'),
 ('f', 'Aan de werkgroep Regionale Educatieve Agenda\nPostbus 2000\n4801 AA Zuidervaart'),
 ('f', 'Heeswaarde, 3 november 2026'),
 ('f', 'Betreft: reactie op de Regionale Educatieve Agenda'),
 ('f', 'Geachte heer, mevrouw,'),
 ('f', 'Als grootvader van drie kleinkinderen op de basisschool in Heeswaarde wil ik graag reageren op de agenda.'),
 ('pt', 'Op pagina 15 staat dat verouderde gymzalen niet worden vervangen als er een sporthal op loopafstand is. In Heeswaarde is de sporthal 1,4 kilometer van de school, langs de provinciale weg. Dat is voor kinderen van 6 jaar geen loopafstand.', ['9.3']),
 ('pt', 'De zomerschool is een mooi initiatief. Ik vind wel dat het vervoer ernaartoe vergoed moet worden, anders kunnen de kinderen uit de dorpen niet meedoen.', ['3.3']),
 ('pt', 'Ook zou ik graag zien dat het schoolplein van De Klimop na schooltijd open is, zoals in het plan staat. Nu gaat het hek om half vier op slot.', ['10.2']),
 ('f', 'Met vriendelijke groet,\n\nJ.H. Mulder'),
])

CAMPAIGN = [
 ('pt', '1. Dorpsschool De Klimop in Ooldijk heeft 46 leerlingen en is het hart van ons dorp. Wij maken ons grote zorgen over de zin in de agenda dat een school met minder dan 50 leerlingen kan worden samengevoegd met een school in een andere kern.', ['9.1', '2.1']),
 ('pt', '2. Wij vragen u om van De Klimop een IKC te maken, met peuteropvang en buitenschoolse opvang, zodat jonge gezinnen in Ooldijk blijven wonen.', ['8.2', '9.1']),
 ('pt', '3. Ook vragen wij om een veilige oversteekplaats bij de Kerkstraat. Nu steken de kinderen over tussen de tractoren.', []),
]
CAMP_HEAD = 'Aan de werkgroep Regionale Educatieve Agenda Zuidervaart\n\nOnderwerp: De Klimop moet blijven!\n\nGeachte werkgroep,\n\n'
CAMP_OPEN = 'Wij zijn ouders en inwoners van Ooldijk (gemeente Heeswaarde). Met deze brief reageren wij op de Regionale Educatieve Agenda.'

L('13-campagnebrief-de-klimop-1.txt', 'txt', [
 ('f', 'M. en P. van der Linden\nKerkstraat 9\n4853 AB Ooldijk\n\nOoldijk, 7 november 2026'),
 ('f', CAMP_HEAD + CAMP_OPEN),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nM. en P. van der Linden'),
])

L('14-campagnebrief-de-klimop-2.eml', 'eml_blocks', [
 ('f', ''), ('f', ''),
 ('f', 'Geachte werkgroep,\n\n' + CAMP_OPEN + ' Onze dochter zit in groep 3 van De Klimop en fietst nu elke dag zelf naar school.'),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nSaskia Bleeker\nMolenpad 2\n4853 AD Ooldijk\n06-28193347'),
], meta=dict(frm='Saskia Bleeker <saskiableeker@webpost.nl>', to='rea@zuidervaart.nl',
             date='Mon, 9 Nov 2026 08:03:12 +0100', subject='De Klimop moet blijven!'))

L('15-campagnebrief-de-klimop-3.docx', 'docx', [
 ('f', 'Familie Aydin\nKerkstraat 21\n4853 AB Ooldijk'),
 ('f', 'Ooldijk, 10 november 2026'),
 ('f', CAMP_HEAD.rstrip('\n') ),
 ('f', CAMP_OPEN),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nfamilie Aydin'),
])

L('16-brief-bewoner-bremhorst-laat.docx', 'docx', [
 ('f', 'R. de Groot-Smit\nBeukenlaan 44\n4821 NP Bremhorst\ntelefoon 0162-338104'),
 ('f', 'Bremhorst, 24 november 2026'),
 ('f', 'Aan de werkgroep REA Zuidervaart'),
 ('f', 'Betreft: reactie Regionale Educatieve Agenda (helaas iets te laat)'),
 ('f', 'Geachte werkgroep,'),
 ('f', 'Ik besef dat de termijn voorbij is, maar ik hoop dat u mijn reactie toch wilt meenemen. Ik ben leerkracht in groep 1-2 in Bremhorst.'),
 ('pt', 'In de tabel met kerncijfers staat dat er in 2031 nog maar 10 vacatures mogen zijn. Dat is niet realistisch zolang het salaris en de werkdruk niet veranderen. Ik vraag om een eerlijker doel.', ['Bijlage 1', '6.3']),
 ('pt', 'In de klas merk ik dat de overdracht vanuit de peuteropvang vaak alleen op papier gaat. Het gesprek met de ouders erbij, dat in het plan staat, zou een grote verbetering zijn.', ['3.2']),
 ('pt', 'Het lokaal waarin ik lesgeef heeft geen ventilatie en in de zomer wordt het er 30 graden. Het fonds van 2 miljoen komt voor onze school te laat als het pas in vijf jaar is opgebouwd.', ['9.2', '11.2']),
 ('f', 'Met vriendelijke groet,\n\nR. de Groot-Smit'),
])

L('17-zienswijze-raad-oosterlaag.txt', 'txt', [
 ('f', 'Gemeenteraad Oosterlaag\nRaadhuisplein 1\n4811 AA Oosterlaag'),
 ('f', 'Oosterlaag, 16 november 2026\n\nAan: de werkgroep Regionale Educatieve Agenda Zuidervaart\nOnderwerp: zienswijze van de raad van Oosterlaag op het ontwerp-REA'),
 ('f', 'Geachte werkgroep,\n\nDe raad van Oosterlaag heeft in zijn vergadering van 12 november 2026 besloten de volgende zienswijze in te dienen.'),
 ('pt', '1. Hoofdstuk 3 legt de nadruk op de stad. Ook in Oosterlaag wonen kinderen met een risico op achterstand, maar verspreid over de wijken. De raad vraagt om de zomerschool ook in Oosterlaag te organiseren, met vervoer voor de kinderen uit de buitenwijken.', ['3.3', '3.1']),
 ('pt', '2. Bij § 5.2 vraagt de raad om de oudercursus Nederlands niet alleen op vijf scholen te starten, maar ook in de buurthuizen, zodat ook ouders van kinderen op andere scholen kunnen meedoen.', ['5.2']),
 ('pt', '3. De raad onderschrijft de passage dat "schoolverzuim door psychische klachten vaak het begin is van langdurig thuiszitten" (§ 10.1). De raad vraagt om ook de huisartsen bij de aanpak te betrekken.', ['10.1', '4.2'], 'De raad onderschrijft de passage dat'),
 ('pt', '4. Het LEO moet zijn vergaderingen openbaar maken, zodat raadsleden en ouders de besluiten kunnen volgen.', ['11.3']),
 ('f', 'Met vriendelijke groet,\n\nnamens de raad van Oosterlaag,\nS. Yilmaz, griffier'),
])
