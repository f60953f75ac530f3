# The 17 responses of QA45 (fictional). Blocks: ('f', text) letter furniture (letterhead, salutation,
# signature, opening without a view), ('h', text) a heading that is no point by itself, ('sp', mm) (fpdf2
# only) the next point starts mm above the foot of the page, so that it runs on to the next page,
# ('pt', text, sections[, start]) a labelled point (start: the first words of the point's own text after
# its number, letter or bullet, unless given; a topic written in front of the point's first sentence, as in
# 06, is part of the point's text).
# Consultation: ter inzage 5 oktober t/m 16 november 2026 (deadline 2026-11-16). The draft is a 26-page PDF
# whose printed page numbers are the PDF's own page numbers (footer 'Regiovisie Jeugdhulp Vlietmond
# 2027-2031 | N'); page references are labelled by the content the writer means on that page.
LETTERS = []
def L(file, fmt, blocks, **kw):
    LETTERS.append(dict(file=file, fmt=fmt, blocks=blocks, **kw))

L('01-zienswijze-gemeenteraad-vlietmond.pdf', 'pdf_rl', [
 ('f', 'Gemeenteraad Vlietmond\nPostbus 500\n3340 AA Vlietmond'),
 ('f', 'Aan het Portefeuillehoudersoverleg Jeugd Vlietmond\np/a gemeente Vlietmond\nPostbus 500\n3340 AA Vlietmond'),
 ('f', 'Vlietmond, 12 november 2026\nOnderwerp: zienswijze ontwerp-Regiovisie Jeugdhulp Vlietmond 2027-2031'),
 ('f', 'Geacht overleg,'),
 ('f', 'De raad van Vlietmond heeft de ontwerp-regiovisie jeugdhulp besproken in zijn vergadering van 10 november 2026. Hieronder treft u de zienswijze van de raad aan.'),
 ('pt', '1. De raad onderschrijft het doel dat in 2029 geen kind langer dan acht weken wacht op specialistische jeugdhulp (pag. 11). De raad wil elk halfjaar horen hoe lang kinderen in Vlietmond wachten, per soort hulp.', ['3.2', '9.3']),
 ('pt', '2. Op pagina 12 staat dat aanbieders die meedoen aan het regionale wachtlijstbeheer een bonus krijgen. De raad vindt dat vreemd: meewerken aan een eerlijke wachtlijst hoort bij een goed contract en verdient geen extra geld.', ['3.2.2']),
 ('pt', '3. De raad steunt de keuze voor een vaste basis voor alle lokale teams. Het onderzoek naar een gezamenlijke organisatie van de teams (p. 16) ziet de raad met zorg tegemoet: de wijkteams in Vlietmond zijn juist sterk omdat zij de wijk kennen.', ['5.1']),
 ('pt', '4. In de visie staat dat de gemeenten een eigen bijdrage voor lichte hulp overwegen. De raad is daar tegen. Een eigen bijdrage houdt juist de gezinnen met weinig geld weg bij de hulp die erger voorkomt.', ['9.2']),
 ('pt', '5. De raad vraagt om de verdeling van de kosten naar het aantal jeugdigen per gemeente te herzien. Vlietmond heeft relatief veel kinderen met zware problemen en betaalt daardoor minder dan het gebruik, maar de kleinere gemeenten betalen mee voor Vlietmond. De raad wil dat dit eerlijk en open wordt besproken.', ['9.2']),
 ('pt', '6. Tot slot vraagt de raad aandacht voor de kinderopvang in de wijk Vlietmond-Zuid, waar ouders maanden op een plek wachten. Werkende ouders raken hierdoor in de knel.', [], 'Tot slot vraagt de raad aandacht voor de kinderopvang'),
 ('f', 'Hoogachtend,\nde raad van de gemeente Vlietmond,\n\nde griffier,                    de voorzitter,\nmr. E.J. Brandsma               drs. K. Oosterhuis'),
])

L('02-zienswijze-raad-oudewaarde.pdf', 'pdf_fpdf', [
 ('f', 'De gemeenteraad van Oudewaarde\nMarkt 1\n3350 KB Oudewaarde'),
 ('f', 'Oudewaarde, 9 november 2026\nBetreft: zienswijze op de ontwerp-regiovisie jeugdhulp\nKenmerk: RG/2026/231'),
 ('f', 'Geachte leden van het Portefeuillehoudersoverleg Jeugd,'),
 ('f', 'De gemeenteraad van Oudewaarde heeft in zijn vergadering van 5 november 2026 gesproken over de ontwerp-regiovisie. Wij brengen de volgende zienswijze naar voren.'),
 ('pt', 'a) De knelpunten op p. 9-10 herkent de raad volledig. Ouders in Oudewaarde vertellen dat zij niet weten waar zij terecht kunnen en daardoor te laat hulp vragen. De raad vraagt om in elke kern een vast inlooppunt van het sociaal team.', ['2.2']),
 ('pt', 'b) De raad steunt de inzet op opvoedondersteuning en het voorliggend veld. De groei van het budget voor preventie naar 8 procent mag volgens de raad sneller: al in 2029 in plaats van in 2031.', ['4.1']),
 ('pt', 'c) Op blz. 20 wordt een thuiszitterspact aangekondigd. De raad vraagt om daarin ook de kinderen met een vrijstelling van de leerplicht mee te tellen, want zij verdwijnen nu uit beeld.', ['7.2']),
 ('sp', 13),
 ('pt', 'd) In hoofdstuk 8 staat dat jongeren vanaf hun zestiende een toekomstplan krijgen en dat de jeugdhulp waar nodig tot 21 jaar wordt verlengd. De raad vindt dat een goede stap, maar mist hoe de gemeenten dit gaan betalen. Verlenging van de hulp kost geld, en de visie zegt tegelijk dat de uitgaven niet sneller mogen stijgen dan de rijksbijdrage. De raad vraagt om in de uitvoeringsagenda een apart budget voor de overgang naar volwassenheid op te nemen, zodat deze jongeren niet de eerste zijn bij wie wordt bezuinigd.', ['8.1', '9.2']),
 ('pt', 'e) De raad vraagt het college om het leerlingenvervoer naar het speciaal onderwijs in de regio gezamenlijk aan te besteden, zodat kinderen niet meer dan een uur in de taxi zitten.', []),
 ('f', 'Met vriendelijke groet,\nDe gemeenteraad van Oudewaarde,\nA. Dijkstra, griffier'),
])

L('03-reactie-college-ravensloot.docx', 'docx', [
 ('f', 'Gemeente Ravensloot\nCollege van burgemeester en wethouders'),
 ('f', 'Aan: Portefeuillehoudersoverleg Jeugd Vlietmond\nDatum: 2 november 2026\nOnderwerp: reactie op de ontwerp-regiovisie jeugdhulp'),
 ('f', 'Geacht overleg,'),
 ('f', 'Ons college heeft de ontwerp-regiovisie besproken met het sociaal team en de leerplichtambtenaar van Ravensloot. Wij reageren per onderwerp.'),
 ('pt', 'Lokale teams\nIn paragraaf 5.1 staat een maximale caseload van 25 gezinnen per jeugd- en gezinswerker. Ons sociaal team werkt nu met gemiddeld 31 gezinnen. Wij steunen de norm, maar vragen om een overgangstermijn tot 2029 en om regionale afspraken over de werving van personeel.', ['5.1'], 'In paragraaf 5.1 staat een maximale caseload'),
 ('pt', 'Inkoop met hoofdaannemers\nWij zien de voordelen van minder contracten. Wel vrezen wij dat kleine aanbieders uit Ravensloot, zoals de zorgboerderij De Hoeve, verdwijnen als zij onderaannemer moeten worden. Wij vragen om hun positie in de aanbesteding te beschermen.', ['9.1'], 'Wij zien de voordelen van minder contracten'),
 ('pt', 'Kostenverdeling\nIn § 9.2 staat dat de kosten solidair worden verdeeld naar het aantal jeugdigen. Wij steunen dat uitdrukkelijk. Ravensloot is te klein om een paar dure plaatsingen zelf op te vangen.', ['9.2'], 'In § 9.2 staat dat de kosten solidair'),
 ('pt', 'Jongvolwassenen\nEr zijn in Ravensloot bijna geen kleine huurwoningen. Jongeren die uit een pleeggezin komen, moeten nu naar Vlietmond verhuizen. Wij vragen de regio om afspraken met de corporaties ook voor de kleine gemeenten te laten gelden.', ['8.2'], 'Er zijn in Ravensloot bijna geen kleine huurwoningen'),
 ('f', 'Hoogachtend,\nburgemeester en wethouders van Ravensloot,\nde secretaris,          de burgemeester,\nH. Visser               L.M. de Boer'),
])

L('04-advies-adviesraad-sociaal-domein-zwanenkerk.pdf', 'pdf_rl', [
 ('f', 'Adviesraad Sociaal Domein Zwanenkerk\np/a Kerkplein 4\n3360 BC Zwanenkerk'),
 ('f', 'Aan het college van burgemeester en wethouders van Zwanenkerk\nZwanenkerk, 6 november 2026\nOns kenmerk: ASDZ-2026-019\nOnderwerp: advies ontwerp-regiovisie jeugdhulp'),
 ('f', 'Geacht college,'),
 ('f', 'De Adviesraad Sociaal Domein Zwanenkerk heeft de ontwerp-regiovisie besproken met ouders en met twee jongeren uit de jongerenraad. Wij geven u graag de volgende adviezen.'),
 ('pt', 'Advies 1 – In de samenvatting (pag. 6) staat dat kinderen die niet thuis kunnen wonen zo thuis mogelijk moeten wonen. Wij adviseren om daaraan toe te voegen dat broers en zussen zoveel mogelijk samen worden geplaatst, in een gezinshuis of pleeggezin.', ['5.3.1', 'Samenvatting'], 'In de samenvatting (pag. 6) staat dat kinderen'),
 ('pt', 'Advies 2 – Een vaste contactpersoon tijdens het wachten is goed, maar alleen als die persoon ook echt bereikbaar is. Wij adviseren om in de visie vast te leggen dat een wachtend gezin binnen twee werkdagen wordt teruggebeld.', ['3.2.1'], 'Een vaste contactpersoon tijdens het wachten is goed'),
 ('pt', 'Advies 3 – Het gezinsplan met een regisseur (een gezin, een plan) werkt alleen als ouders het plan zelf in handen hebben. Wij adviseren om ouders een eigen digitaal inzage te geven in het plan en in alle verslagen.', ['5.1'], 'Het gezinsplan met een regisseur'),
 ('pt', 'Advies 4 – Het dashboard jeugd moet ook de ervaringen van ouders en jongeren laten zien, en niet alleen de cijfers over wachttijden en kosten. Betrek de adviesraden bij de tussenevaluatie in 2029.', ['9.3'], 'Het dashboard jeugd moet ook de ervaringen'),
 ('pt', 'Advies 5 – Kinderen die getuige zijn van huiselijk geweld hebben recht op eigen hulp, zoals de visie zegt. Zorg dat deze hulp er ook is voor kinderen in de kleine kernen, waar het aanbod nu ontbreekt.', ['6.2'], 'Kinderen die getuige zijn van huiselijk geweld'),
 ('f', 'Met vriendelijke groet,\n\nF. Wagenaar-Kok\nvoorzitter Adviesraad Sociaal Domein Zwanenkerk'),
])

L('05-jeugdhulpaanbieder-de-vlietkring.docx', 'docx', [
 ('f', 'Stichting De Vlietkring\njeugd- en opvoedhulp\nHavenweg 18\n3341 GH Vlietmond'),
 ('f', 'Aan: Portefeuillehoudersoverleg Jeugd Vlietmond\nVlietmond, 13 november 2026\nBetreft: reactie De Vlietkring op de ontwerp-regiovisie jeugdhulp'),
 ('f', 'Geachte leden van het overleg,'),
 ('f', 'De Vlietkring biedt ambulante jeugdhulp, dagbehandeling en verblijf aan ruim 900 kinderen in de regio. Wij hebben de ontwerp-regiovisie met belangstelling gelezen en reageren graag.'),
 ('pt', '1. Wij onderschrijven de keuze voor hoofdaannemers per segment op blz. 23. Een contractduur van zeven jaar geeft ons de zekerheid om te investeren in personeel. Wij vragen wel om de segmenten niet te strikt te scheiden: veel kinderen hebben zowel ambulante hulp als dagbehandeling nodig.', ['9.1']),
 ('pt', '2. Het doel om trajecten in beginsel niet langer dan een jaar te laten duren, past niet bij kinderen met een verstandelijke beperking of een hechtingsstoornis. Voor hen is langdurige, voorspelbare hulp juist nodig. Wij vragen om een uitzondering voor deze groep.', ['5.2']),
 ('pt', '3. De afbouw van het aantal kinderen in een instelling steunen wij. Maar de gezinshuizen en pleeggezinnen om deze kinderen op te vangen zijn er nog niet. Bouw de instellingen pas af als de gezinshuizen er zijn, anders komen kinderen op straat of ver weg terecht.', ['5.3', '5.3.1']),
 ('pt', '4. Op pagina 12 wordt de regionale wachtlijst beschreven. Wij doen graag mee, maar dan moeten alle aanbieders dezelfde definitie van wachttijd gebruiken. Nu telt de ene aanbieder vanaf de aanmelding en de andere vanaf het intakegesprek.', ['3.2.2']),
 ('pt', '5. De tarieven zijn sinds 2022 niet meer geindexeerd. Scherpere tarieven, zoals de visie noemt, betekenen voor ons dat wij nog minder gekwalificeerde medewerkers kunnen betalen. Wij vragen om een reeel tarief dat de loonstijging in de cao volgt.', ['9.2']),
 ('f', 'Met vriendelijke groet,\n\ndrs. M. Hoekstra\nbestuurder Stichting De Vlietkring'),
])

L('06-samenwerkingsverband-passend-onderwijs.pdf', 'pdf_fpdf', [
 ('f', 'Samenwerkingsverband Passend Onderwijs Vlietmond VO\nScholenlaan 2\n3342 KL Vlietmond'),
 ('f', 'Vlietmond, 11 november 2026\nAan: Portefeuillehoudersoverleg Jeugd Vlietmond\nBetreft: reactie ontwerp-regiovisie jeugdhulp'),
 ('f', 'Geachte heer Terpstra,'),
 ('f', 'Het samenwerkingsverband voor het voortgezet onderwijs in de regio Vlietmond heeft de ontwerp-regiovisie besproken in het directeurenoverleg. Wij zijn blij dat onderwijs en jeugdhulp een eigen hoofdstuk hebben gekregen.'),
 ('pt', 'Onderwijs-zorgarrangementen. Wij willen graag met de gemeenten onderwijs-zorgarrangementen afspreken. Dan moeten wel eerst de afspraken over de verdeling van de kosten helder zijn, voordat de eerste arrangementen starten. Wij stellen voor om die kosten in de eerste twee jaar gelijk te delen.', ['7.1'], 'Onderwijs-zorgarrangementen. Wij willen graag met de gemeenten'),
 ('pt', 'Jeugdhulp in de klas. Op pagina 20 staat dat er alleen op scholen voor speciaal onderwijs een jeugdhulpverlener in de klas komt. Juist in het regulier voortgezet onderwijs zien wij veel leerlingen met angst en somberheid. Wij vragen om ook daar een jeugdhulpverlener op school.', ['7.1'], 'Jeugdhulp in de klas. Op pagina 20 staat dat'),
 ('sp', 14),
 ('pt', 'Thuiszitters. Het samenwerkingsverband is bereid om het thuiszitterspact te ondertekenen. Wij hebben wel bezwaar tegen een onafhankelijke doorzettingsmacht die besluiten neemt over de plek van een leerling op een school. Volgens de Wet passend onderwijs ligt de zorgplicht bij het schoolbestuur, en een besluit van een derde kan daar niet zomaar voor in de plaats komen. Wij stellen voor dat de doorzettingsmacht alleen over de inzet van jeugdhulp beslist, en dat het samenwerkingsverband zelf beslist over de onderwijsplek.', ['7.2'], 'Thuiszitters. Het samenwerkingsverband is bereid om'),
 ('pt', 'Overgang naar het mbo. Veel jongeren met jeugdhulp stoppen in het eerste jaar van het mbo. Wij vragen om het toekomstplan vanaf zestien jaar ook met de mentor op school te bespreken.', ['8.1'], 'Overgang naar het mbo. Veel jongeren met jeugdhulp stoppen'),
 ('f', 'Met vriendelijke groet,\n\nC. van Rijn\ndirecteur-bestuurder Samenwerkingsverband Passend Onderwijs Vlietmond VO'),
])

L('07-huisartsenkring-vlietmond.eml', 'eml', [
 ('pt', 'De POH-jeugd werkt. In onze praktijken met een POH-jeugd verwijzen wij veel minder kinderen door naar de jeugd-ggz. Wij willen graag dat alle praktijken er een krijgen, maar de financiering moet dan structureel zijn en niet per jaar worden bekeken.', ['4.2']),
 ('pt', 'Op blz. 13-14 staat dat de huisarts nu ruim de helft van de kinderen naar jeugdhulp verwijst. Dat komt ook doordat ouders met een verwijzing van de huisarts sneller geholpen worden dan via het wijkteam. Los dat op, dan verwijzen wij vanzelf minder.', ['4.2']),
 ('pt', 'Wij missen in de visie hoe de huisarts te horen krijgt wat er met een verwezen kind gebeurt. Nu horen wij vaak maanden niets van de aanbieder of het wijkteam, ook niet als het kind op een wachtlijst staat.', ['3.2.1', '4.2']),
], meta=dict(frm='Secretariaat Huisartsenkring Vlietmond <secretariaat@hkvlietmond.nl>', to='regiovisiejeugd@vlietmond.example.nl',
             date='Fri, 13 Nov 2026 16:05:12 +0100', subject='Fwd: reactie huisartsen op regiovisie jeugdhulp'),
  head='Geachte heer, mevrouw,\n\nHieronder stuur ik u namens het bestuur de reactie van de Huisartsenkring Vlietmond door, zoals opgesteld door onze voorzitter.\n\nMet vriendelijke groet,\nI. Bakker\nsecretariaat Huisartsenkring Vlietmond\n\n'
       '---------- Doorgestuurd bericht ----------\nVan: R. Mulder <r.mulder@hkvlietmond.nl>\nDatum: do 12 nov 2026 om 21:40\nOnderwerp: reactie huisartsen op regiovisie jeugdhulp\nAan: Secretariaat Huisartsenkring Vlietmond <secretariaat@hkvlietmond.nl>\n\n'
       'Ingrid, wil jij dit namens het bestuur naar de regio sturen?\n\nReactie van de Huisartsenkring Vlietmond op de ontwerp-regiovisie jeugdhulp:\n\n',
  glue='\n\n',
  tail='\n\nNamens het bestuur,\nR. Mulder, huisarts, voorzitter Huisartsenkring Vlietmond\n')

L('08-raad-voor-de-kinderbescherming.pdf', 'pdf_rl', [
 ('f', 'Raad voor de Kinderbescherming\nRegio Midden-West, locatie Vlietmond\nStationsplein 9\n3340 CE Vlietmond'),
 ('f', 'Aan het Portefeuillehoudersoverleg Jeugd Vlietmond\nDatum: 10 november 2026\nOnderwerp: reactie op de ontwerp-regiovisie jeugdhulp Vlietmond'),
 ('f', 'Geacht overleg,'),
 ('f', 'De Raad voor de Kinderbescherming waardeert het dat hij bij de totstandkoming van de regiovisie is betrokken. Wij maken graag de volgende opmerkingen.'),
 ('pt', 'De visie noemt op pagina 18 een caseload van 15 kinderen per jeugdbeschermer als norm. Wij steunen dat. Een lagere caseload alleen is niet genoeg: de gecertificeerde instellingen moeten ook sneller een jeugdbeschermer kunnen toewijzen nadat de kinderrechter een maatregel heeft uitgesproken. Nu duurt dat soms zes weken.', ['6.1'], 'De visie noemt op pagina 18 een caseload'),
 ('pt', 'Wij zien in ons onderzoek vaak dat een gezin al jaren vrijwillige hulp krijgt voordat er een verzoek tot onderzoek komt. Wij adviseren om in de lokale teams eerder een consultatie bij de Raad te vragen, zodat een maatregel soms kan worden voorkomen.', ['5.1', '6.1'], 'Wij zien in ons onderzoek vaak dat een gezin'),
 ('pt', 'Voor jongeren met een jeugdbeschermingsmaatregel stopt die maatregel op hun achttiende. Het toekomstplan vanaf zestien jaar moet voor hen ook gelden, en de gecertificeerde instelling moet daarbij betrokken zijn.', ['8.1'], 'Voor jongeren met een jeugdbeschermingsmaatregel'),
 ('pt', 'Wij missen in de visie aandacht voor kinderen in complexe scheidingen. Bij een groot deel van onze onderzoeken gaat het om een strijd tussen ouders over het gezag of de omgang. Wij vragen om een regionale aanpak voor deze gezinnen.', [], 'Wij missen in de visie aandacht voor kinderen in complexe scheidingen'),
 ('f', 'Hoogachtend,\n\nmr. S. de Groot\nregiomanager Raad voor de Kinderbescherming, regio Midden-West'),
])

L('09-ouderplatform-jeugd-vlietmond.md', 'md', [
 ('f', '# Reactie Ouderplatform Jeugd Vlietmond op de ontwerp-regiovisie jeugdhulp'),
 ('f', 'Zwanenkerk, 14 november 2026'),
 ('f', 'Het Ouderplatform Jeugd Vlietmond is een netwerk van ruim 200 ouders van kinderen met jeugdhulp. Wij hebben de visie besproken op twee ouderavonden.'),
 ('h', '## Wachten'),
 ('pt', '- Ouders die wachten, willen weten waar zij op de lijst staan. Maak het regionale wachtoverzicht ook voor ouders zelf inzichtelijk.', ['3.2.2']),
 ('pt', '- De wachttijd voor een gezinshuis of pleegzorg van 26 weken (pag. 12) is voor een kind in nood onverteerbaar.', ['3.2', '5.3.1']),
 ('h', '## Wisselende hulpverleners'),
 ('pt', '- Veel ouders hebben in een paar jaar vijf of meer hulpverleners gehad. Leg in de contracten vast dat een kind dezelfde hulpverlener houdt.', ['5.2', '9.1']),
 ('h', '## Normaliseren'),
 ('pt', '- Wij begrijpen dat niet elk probleem jeugdhulp nodig heeft. Maar ouders van een kind met autisme of ADHD horen nu te vaak dat het wel meevalt. Normaliseren mag geen reden worden om hulp te weigeren.', ['4.1']),
 ('h', '## Speelruimte'),
 ('pt', '- In veel wijken zijn de speeltuinen verouderd of verdwenen. Kinderen moeten buiten kunnen spelen.', []),
 ('f', 'Namens het Ouderplatform Jeugd Vlietmond,\n\nM. Sanders en J. Ait Ouali'),
])

L('10-ggd-vlietmond-rijnzoom.txt', 'txt', [
 ('f', 'GGD Vlietmond-Rijnzoom\nJeugdgezondheidszorg\nPostbus 80\n3340 AB Vlietmond'),
 ('f', 'Vlietmond, 4 november 2026\n\nAan het Portefeuillehoudersoverleg Jeugd Vlietmond\n\nBetreft: reactie GGD op de ontwerp-regiovisie jeugdhulp'),
 ('f', 'Geachte leden van het overleg,'),
 ('f', 'De jeugdgezondheidszorg (JGZ) van de GGD Vlietmond-Rijnzoom ziet jaarlijks ruim 40.000 kinderen. Onze reactie in het kort:'),
 ('pt', '- Wij zijn blij met de rol die paragraaf 4.2 aan de JGZ geeft. Om vroeg te signaleren hebben onze jeugdverpleegkundigen wel tijd nodig voor huisbezoeken bij gezinnen met zorgen. Wij vragen om extra uren in het basispakket JGZ.', ['4.2']),
 ('pt', '- Laat de JGZ bij een overdracht van Veilig Thuis aanschuiven. Wij kennen het gezin vaak al vanaf de geboorte.', ['6.2']),
 ('pt', '- Het dashboard jeugd kan gebruik maken van de gegevens uit de Jeugdmonitor van de GGD, zodat scholen en gemeenten niet twee keer gegevens hoeven te verzamelen.', ['9.3']),
 ('pt', '- Wij bieden aan om de oudercursussen Samen Starten in alle zes gemeenten te geven vanuit het consultatiebureau.', ['4.1']),
 ('f', 'Met vriendelijke groet,\n\nH. Lammers, jeugdarts KNMG\nmanager Jeugdgezondheidszorg GGD Vlietmond-Rijnzoom'),
])

L('11-email-ouder-berkelaar.eml', 'eml', [
 ('pt', 'Onze dochter van 14 staat al vijf maanden op de wachtlijst voor de jeugd-ggz. Op blz. 12 lees ik dat een gezin dat wacht niet aan zijn lot wordt overgelaten. Wij hebben in die vijf maanden niemand gesproken. Wie belt ons?', ['3.2.1']),
 ('pt', 'Ik ben blij dat de visie wil dat ouders hun verhaal niet steeds opnieuw hoeven te vertellen. Wij hebben dat zes keer moeten doen.', ['5.1']),
 ('pt', 'Verder ergert het mij dat je bij het consultatiebureau in Berkelaar nooit kunt parkeren. Met een zieke baby in de regen lopen is geen pretje.', []),
], meta=dict(frm='Sanne Vermeer <sannevermeer83@gmail.com>', to='regiovisiejeugd@vlietmond.example.nl',
             date='Sun, 8 Nov 2026 22:14:03 +0100', subject='reactie regiovisie jeugd'),
  head='Beste mensen,\n\nIk wil graag reageren op de regiovisie jeugdhulp als moeder.\n\n',
  glue='\n\n',
  tail='\n\nGroet,\nSanne Vermeer\nLijsterbeslaan 27\n3371 PW Berkelaar\n06-41873320\n')

L('12-brief-jongere-hoogsluis.pdf', 'pdf_fpdf', [
 ('f', 'Daan Kuipers\nDijkweg 113\n3380 RT Hoogsluis\nTel. 06-28814077'),
 ('f', 'Aan de werkgroep Regiovisie Jeugdhulp\nPostbus 500\n3340 AA Vlietmond'),
 ('f', 'Hoogsluis, 7 november 2026\nOnderwerp: mijn reactie op de regiovisie (18+)'),
 ('f', 'Beste werkgroep,'),
 ('f', 'Ik ben 19 jaar en heb vanaf mijn twaalfde jeugdhulp gehad, de laatste drie jaar in een gezinshuis. Ik wil reageren op het hoofdstuk over 18- naar 18+, omdat ik zelf heb meegemaakt hoe dat gaat.'),
 ('pt', 'Op pagina 22 staat dat jongeren het de harde knip noemen. Dat klopt. Op mijn achttiende moest ik binnen twee maanden uit het gezinshuis, terwijl ik nog op school zat. Verlengen tot 21 jaar moet geen uitzondering zijn maar de regel.', ['8.1'], 'Op pagina 22 staat dat jongeren het de harde knip noemen'),
 ('pt', 'Een coach tot je 23ste is een goed idee. Maar laat jongeren die coach zelf kiezen. Ik heb liever iemand die ik al ken dan weer een nieuw gezicht.', ['8.1'], 'Een coach tot je 23ste is een goed idee'),
 ('pt', 'Ik kreeg op mijn achttiende meteen rekeningen voor de zorgverzekering en een boete omdat ik geen zorgtoeslag had aangevraagd. Niemand had mij verteld dat dat moest. Help jongeren daar echt bij, liefst al voor hun verjaardag.', ['8.2'], 'Ik kreeg op mijn achttiende meteen rekeningen'),
 ('pt', 'Ik woon nu in een kamer van 12 vierkante meter en sta al twee jaar ingeschreven voor een woning. De afspraken met de woningcorporaties moeten er snel komen.', ['8.2'], 'Ik woon nu in een kamer van 12 vierkante meter'),
 ('f', 'Groetjes,\n\nDaan Kuipers'),
])

CAMP_INTRO = 'Met deze brief vraag ik u om de dagbehandeling De Wilgenhoeve in Zwanenkerk open te houden.'
CAMPAIGN = [
 ('pt', 'In de regiovisie staat dat de regio de jeugdhulp met verblijf en behandeling wil afbouwen en minder aanbieders wil contracteren. De Wilgenhoeve is de enige dagbehandeling voor jonge kinderen in het oosten van de regio. Als zij verdwijnt, moeten kinderen van vier of vijf jaar elke dag een uur naar Vlietmond.', ['9.1', '5.2'], 'In de regiovisie staat dat de regio de jeugdhulp met verblijf'),
 ('pt', 'Dagbehandeling voorkomt juist dat kinderen uit huis worden geplaatst. Afbouwen kost op de lange duur meer geld.', ['5.3', '9.2'], 'Dagbehandeling voorkomt juist dat kinderen uit huis worden geplaatst'),
 ('pt', 'Ook vraag ik u om de buslijn 14 naar het terrein van De Wilgenhoeve te behouden.', [], 'Ook vraag ik u om de buslijn 14'),
]
L('13-campagnebrief-wilgenhoeve-1.txt', 'txt', [
 ('f', 'Aan het Portefeuillehoudersoverleg Jeugd Vlietmond\n\nZwanenkerk, 5 november 2026\n\nOnderwerp: Houd De Wilgenhoeve open!'),
 ('f', 'Geachte leden van het overleg,\n\n' + CAMP_INTRO),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nB. en E. Hendriks-Smit\nMolenweg 3\n3361 AK Zwanenkerk\n0345-712209'),
])
L('14-campagnebrief-wilgenhoeve-2.eml', 'eml_blocks', [
 ('f', ''), ('f', ''),
 ('f', 'Geachte leden van het overleg,\n\n' + CAMP_INTRO + ' Onze tweeling van vijf gaat er drie dagen per week naartoe en praat sinds dit jaar eindelijk in zinnen.'),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nFatima Benali\nIepenlaan 58\n3362 BD Zwanenkerk\n06-55120983'),
], meta=dict(frm='Fatima Benali <f.benali@kpnmail.nl>', to='regiovisiejeugd@vlietmond.example.nl',
             date='Fri, 6 Nov 2026 09:47:22 +0100', subject='Houd De Wilgenhoeve open!'))
L('15-campagnebrief-wilgenhoeve-3.pdf', 'pdf_rl', [
 ('f', 'G. Willemsen\nKastanjehof 12\n3362 CL Zwanenkerk'),
 ('f', 'Aan het Portefeuillehoudersoverleg Jeugd Vlietmond\nZwanenkerk, 9 november 2026\nOnderwerp: Houd De Wilgenhoeve open!'),
 ('f', 'Geachte leden van het overleg,'),
 ('f', CAMP_INTRO),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nG. Willemsen'),
])

L('16-brief-pleegouders-laat.docx', 'docx', [
 ('f', 'J. en A. Verbeek-de Jong\nBeukenlaan 7\n3352 MN Oudewaarde\nTel. 0345-688410'),
 ('f', 'Oudewaarde, 24 november 2026'),
 ('f', 'Aan de werkgroep Regiovisie Jeugdhulp Vlietmond'),
 ('f', 'Geachte werkgroep,'),
 ('f', 'Wij zijn al elf jaar pleegouders en hebben in die tijd zeven kinderen in huis gehad. Wij weten dat de termijn voor reacties voorbij is, maar hopen dat u onze reactie toch wilt lezen.'),
 ('pt', 'De regio wil in 2031 320 pleeggezinnen hebben. Dat lukt alleen als pleegouders beter worden ondersteund. Wij hebben in elf jaar vier verschillende pleegzorgbegeleiders gehad en wachtten een keer acht maanden op respijtzorg.', ['5.3.1']),
 ('pt', 'Bij een crisisplaatsing krijgen wij vaak binnen een uur een kind, zonder dat wij iets weten van de voorgeschiedenis. De jeugdbeschermer is dan vaak onbereikbaar. Zorg dat er bij elke plaatsing binnen een dag een overdracht is.', ['6.1']),
 ('pt', 'Onze pleegzoon wordt volgend jaar achttien. Wij willen dat hij tot zijn 21ste bij ons kan blijven wonen met behoud van de pleegzorgvergoeding, zoals de wet mogelijk maakt.', ['8.1']),
 ('f', 'Met vriendelijke groet,\n\nJ. en A. Verbeek-de Jong'),
])

L('17-zienswijze-raad-hoogsluis.txt', 'txt', [
 ('f', 'GEMEENTERAAD HOOGSLUIS\nRaadhuisstraat 2\n3380 AA Hoogsluis'),
 ('f', 'Hoogsluis, 16 november 2026\n\nAan: Portefeuillehoudersoverleg Jeugd Vlietmond\nOnderwerp: zienswijze ontwerp-regiovisie jeugdhulp 2027-2031'),
 ('f', 'Geacht overleg,'),
 ('f', 'De gemeenteraad van Hoogsluis heeft de ontwerp-regiovisie op 16 november 2026 besproken. De raad geeft de volgende zienswijze.'),
 ('pt', '1. In § 3.2 wordt een wachttijd van hooguit acht weken als doel gesteld. Voor de raad is dat te ruim voor kinderen met zware problemen. Voor hen moet een wachttijd van hooguit vier weken gelden.', ['3.2']),
 ('pt', '2. De tabel op blz. 9 laat zien dat Hoogsluis 11,8 procent jeugdigen met jeugdhulp heeft. Het doel van 10 procent in bijlage 2 vindt de raad alleen haalbaar als het voorliggend veld in de kleine kernen wordt versterkt.', ['2.1', 'Bijlage 2', '4.1']),
 ('pt', '3. De raad vraagt om het regionale dashboard jeugd (blz. 24) niet alleen ter informatie aan de raden te sturen, maar ook jaarlijks in elke raad te bespreken.', ['9.3']),
 ('pt', '4. Volgens de visie werkt Veilig Thuis met een termijn van vijf werkdagen voor het contact na een overdracht. Bij kinderen die getuige zijn van geweld moet dat sneller.', ['6.2']),
 ('pt', '5. De raad wil dat de regio een jongerenwerker aanstelt die wekelijks in de dorpshuizen van Hoogsluis aanwezig is. Jongeren in de kleine kernen vervelen zich.', ['4.1']),
 ('f', 'Hoogachtend,\n\nDE GEMEENTERAAD VAN HOOGSLUIS,\nde griffier, P. Schouten\nde voorzitter, W.F. Timmermans'),
])
