# Each letter: file, fmt, blocks (+ eml headers). Block kinds:
#  ('f', text)                    furniture (no comment)
#  ('p', text, [sections], start) a point, with the start text of its label
#  ('c', text)                    continuation paragraph of the previous point
L = []
L.append(dict(file="01-zienswijze-gemeenteraad-lingestein.pdf", fmt="pdf_rl", blocks=[
('f', "Gemeenteraad van Lingestein"),
('f', "Postbus 100, 4150 AC Lingestein"),
('f', "Aan het portefeuillehoudersoverleg Economie regio Lingedal\nt.a.v. de ambtelijke werkgroep Economische Agenda\nPostbus 250\n4140 AG Leerdijk"),
('f', "Lingestein, 8 oktober 2026"),
('f', "Onderwerp: zienswijze op de concept Regionale Economische Agenda Lingedal 2027-2030"),
('f', "Geachte leden van het portefeuillehoudersoverleg,"),
('f', "De gemeenteraad van Lingestein heeft de concept-agenda besproken in de commissie Ruimte en Economie van 22 september en in de raadsvergadering van 6 oktober 2026. De raad geeft u de volgende zienswijze mee."),
('p', "1. De raad onderschrijft de keuze om nieuwe bedrijventerreinen regionaal te programmeren. Wel wil de raad dat de voorrang voor bedrijven met veel werkgelegenheid per hectare niet ten koste gaat van kleine lokale ondernemers die in hun eigen kern willen blijven.", ["3.1"], "De raad onderschrijft de keuze om nieuwe bedrijventerreinen"),
('p', "2. De herstructurering van bedrijventerrein De Kamp duurt al te lang. In het uitvoeringsprogramma staat 2030 als jaar van oplevering; de raad vraagt de regio om de aanpak van De Kamp naar voren te halen en al in 2027 te beginnen met de openbare ruimte en de vergroening (pag. 7).", ["3.2", "Bijlage 1"], "De herstructurering van bedrijventerrein De Kamp duurt"),
('p', "3. Over de binnenstad van Lingestein vraagt de raad het volgende:\n   a. dat de centrumvisie niet in 2028 maar uiterlijk eind 2027 gereed is;\n   b. dat parkeren aan de rand van het centrum de eerste twee uur gratis blijft;\n   c. dat de regio meebetaalt aan het centrummanagement in de twee grootste binnensteden.", ["4.1"], "Over de binnenstad van Lingestein vraagt de raad"),
('p', "4. De raad steunt het doel van 400 extra leerbanen in de beroepsbegeleidende leerweg per jaar. De raad vraagt om in de agenda op te nemen hoeveel van die leerbanen bij de gemeenten zelf komen, zodat de overheid als werkgever het goede voorbeeld geeft.", ["5.2"], "De raad steunt het doel van 400 extra"),
('p', "5. De norm voor social return van 5 procent bij opdrachten boven 100.000 euro is te laag. De raad vraagt de norm te verhogen naar 10 procent en deze al toe te passen bij opdrachten vanaf 50.000 euro.", ["5.3"], "De norm voor social return van 5 procent"),
('p', "6. De raad wil de jaarlijkse Economische Monitor niet alleen ter kennisname ontvangen, maar daarover ook met de andere raden van gedachten wisselen in een regionale raadsbijeenkomst.", ["8.2"], "De raad wil de jaarlijkse Economische Monitor niet"),
('f', "Wij verzoeken u deze zienswijze te betrekken bij de vaststelling van de agenda."),
('f', "Namens de gemeenteraad van Lingestein,\n\nde griffier,                          de voorzitter,\nmr. H.A. Brouwer                  drs. W.J. van Leeuwen"),
]))
L.append(dict(file="02-zienswijze-raad-vuurenbroek.pdf", fmt="pdf_fpdf", blocks=[
('f', "De gemeenteraad van Vuurenbroek"),
('f', "Vuurenbroek, 14 oktober 2026"),
('f', "Betreft: zienswijze gemeenteraad Vuurenbroek Regionale Economische Agenda 2027-2030"),
('f', "Geacht portefeuillehoudersoverleg,"),
('f', "Hierbij ontvangt u de zienswijze van de gemeenteraad van Vuurenbroek, vastgesteld in de raadsvergadering van 13 oktober 2026 met algemene stemmen."),
('p', "1. Logistiek\nDe raad is tegen de komst van een distributiecentrum van 18 hectare in de Vuurense polder. De agenda laat dit besluit aan de provincie, maar de raad vraagt in paragraaf 3.3 vast te leggen dat de regio een dergelijk distributiecentrum buiten Spijkerhaven-Oost niet wil.", ["3.3"], "De raad is tegen de komst van een"),
('p', "2. Leegstand\nIn de aanloopstraten van Vuurenbroek staat inmiddels een op de zes winkelpanden leeg. De raad vraagt om het regionale transformatiefonds niet alleen in Lingestein in te zetten, maar ook in de kleinere centra, en om een bijdrage per gemeente vast te leggen.", ["4.3"], "In de aanloopstraten van Vuurenbroek staat inmiddels"),
('p', "3. Netcongestie\nBedrijven op de Rivierweg wachten soms drie jaar op een zwaardere aansluiting. De raad vraagt de regio om voor de Rivierweg, net als voor de Hoge Dijk, een energiehub op te zetten en dit in het uitvoeringsprogramma op te nemen.", ["3.4", "Bijlage 1"], "Bedrijven op de Rivierweg wachten soms drie"),
('p', "4. Arbeidsmigratie\nDe raad vindt dat goede huisvesting van arbeidsmigranten niet alleen moet worden meegewogen, maar een harde voorwaarde moet zijn voor de vestiging van nieuwe bedrijven die sterk op arbeidsmigranten leunen.", ["5.4"], "De raad vindt dat goede huisvesting van"),
('p', "5. Financiering\nEen bijdrage van 4 euro per inwoner per jaar aan het Regionaal Investeringsfonds is voor Vuurenbroek, met een sluitende begroting als opgave, te hoog. De raad vraagt om een bijdrage naar draagkracht of naar de mate waarin een gemeente profiteert van het fonds.", ["8.1"], "Een bijdrage van 4 euro per inwoner per"),
('f', "Met vriendelijke groet,\n\nDe raad van de gemeente Vuurenbroek,\nde griffier, de voorzitter,\nS. Peters A.M. Kuijpers"),
]))
L.append(dict(file="03-reactie-college-leerdijk.docx", fmt="docx", blocks=[
('f', "Gemeente Leerdijk"),
('f', "Aan de ambtelijke werkgroep Economische Agenda Lingedal"),
('f', "Datum: 9 oktober 2026\nOns kenmerk: 2026/EZ/1187\nOnderwerp: reactie college op concept Regionale Economische Agenda"),
('f', "Geachte werkgroep,"),
('f', "Het college van burgemeester en wethouders van Leerdijk heeft met belangstelling kennisgenomen van de concept-agenda. Graag geven wij u onze reactie."),
('p', "Wij zijn verheugd over de aandacht voor de fruitteelt. De proeftuin voor de fruitteelt van de toekomst hoort wat ons betreft in Leerdijk thuis, het hart van de fruitteelt in de regio. Wij bieden aan daarvoor grond beschikbaar te stellen aan de Broekstraat.", ["7.1"], "Wij zijn verheugd over de aandacht voor de"),
('p', "In de agenda staat dat de gemeenten \u201ede evenementenkalender regionaal afstemmen\u201d (pag. 12). Het Fruitcorso is een evenement met een eigen, eeuwenoude datum. Wij vragen om in het regionale evenementenbeleid ruimte te laten voor zulke traditionele evenementen en de vergunningvoorwaarden niet voor alle evenementen gelijk te maken.", ["6.2"], "In de agenda staat dat de gemeenten"),
('p', "De regionale afstemming van elke uitbreiding van een supermarkt met meer dan 200 m2 is voor de kleine kernen te knellend. In de kern Hoef wil de enige supermarkt uitbreiden om te kunnen blijven bestaan. Wij stellen voor de grens voor kernen met minder dan 5.000 inwoners op 500 m2 te leggen.", ["4.2"], "De regionale afstemming van elke uitbreiding van"),
('p', "Het college vraagt daarnaast om de grens van 5 hectare voor kleinschalige lokale terreinen niet als maximum te hanteren. Voor de uitbreiding van Broekstraat is 7 hectare nodig, uitsluitend voor bedrijven uit Leerdijk zelf.", ["3.1"], "Het college vraagt daarnaast om de grens van"),
('p', "Tot slot: Leerdijk heeft al een bedrijvencontactfunctionaris en verleent vergunningen doorgaans binnen zes weken. Een regionaal Ondernemersloket mag geen extra laag worden tussen de ondernemer en de gemeente.", ["7.2"], "Tot slot: Leerdijk heeft al een bedrijvencontactfunctionaris"),
('f', "Met vriendelijke groet,\nBurgemeester en wethouders van Leerdijk,\nde secretaris,                de burgemeester,\nir. K. Smits                 M.C. de Bruijn-Aarts"),
]))
L.append(dict(file="04-advies-participatieraad-asperwaard.docx", fmt="docx", blocks=[
('f', "Participatieraad Asperwaard"),
('f', "Asperwaard, 5 oktober 2026"),
('f', "Onderwerp: ongevraagd advies over de Regionale Economische Agenda Lingedal"),
('f', "Geachte leden van de werkgroep,"),
('f', "De Participatieraad Asperwaard adviseert het college over het sociaal domein. Omdat de economische agenda ook gaat over werk voor mensen met een afstand tot de arbeidsmarkt, geven wij u ongevraagd advies."),
('p', "1. De participatieraad mist in de agenda mensen met een psychische kwetsbaarheid. Zij willen vaak graag werken, maar hebben een werkgever nodig die rekening houdt met een wisselende belastbaarheid. Wij adviseren om in de paragraaf over werk voor iedereen een aparte aanpak voor deze groep op te nemen, samen met de GGZ.", ["5.3"], "De participatieraad mist in de agenda mensen"),
('p', "2. Het doel om 1.000 inwoners aan een baan te helpen is goed, maar zegt weinig als mensen na een half jaar weer uitvallen. Wij adviseren te meten hoeveel mensen na een jaar nog aan het werk zijn, en dit in de Economische Monitor op te nemen.", ["5.3", "8.2"], "Het doel om 1.000 inwoners aan een baan"),
('p', "3. Laaggeletterdheid pak je niet alleen op de werkvloer aan. Veel laaggeletterden hebben geen werk. Wij adviseren de bibliotheek en de taalhuizen een vaste plek te geven in de aanpak.", ["5.2.1"], "Laaggeletterdheid pak je niet alleen op de werkvloer"),
('p', "4. Zorg dat het Leerwerkloket ook bereikbaar is voor mensen zonder digitale vaardigheden, met een fysiek spreekuur in elke gemeente en niet alleen een website.", ["5.2.1"], "Zorg dat het Leerwerkloket ook bereikbaar is"),
('p', "5. De Economic Board bestaat uit ondernemers, onderwijs en overheid. Wij adviseren ook een vertegenwoordiger van de cliëntenraden en participatieraden een plaats te geven, zodat de stem van werkzoekenden wordt gehoord.", ["8.1"], "De Economic Board bestaat uit ondernemers, onderwijs"),
('p', "6. De agenda is voor veel inwoners moeilijk leesbaar. De begrippenlijst helpt, maar woorden als social return, energiehub en perifere detailhandel worden in de tekst zelf niet uitgelegd. Wij adviseren een samenvatting in eenvoudige taal.", ["Bijlage 2"], "De agenda is voor veel inwoners moeilijk leesbaar"),
('f', "Wij zijn graag bereid dit advies mondeling toe te lichten."),
('f', "Met vriendelijke groet,\n\nParticipatieraad Asperwaard\nG. Hoekstra, voorzitter\nN. Amrani, secretaris"),
]))
L.append(dict(file="05-ondernemersvereniging-arkelhoven.eml", fmt="eml", frm="Secretariaat OVA <secretariaat@ov-arkelhoven.example.nl>", date="Fri, 16 Oct 2026 11:02:44 +0200", subject="Reactie Ondernemersvereniging Arkelhoven op Economische Agenda", blocks=[
('f', "Geachte werkgroep,"),
('f', "Namens het bestuur van de Ondernemersvereniging Arkelhoven (OVA), die ruim 180 bedrijven vertegenwoordigt, sturen wij u onze reactie op de concept-agenda."),
('p', "Wij steunen de energiehub op de Hoge Dijk van harte, maar 2028 is voor onze leden te laat. Verschillende bedrijven staan nu al op de wachtlijst van de netbeheerder. Wij vragen de gemeenten om de energiehub als pilot al in 2027 te starten en de vergunningen voor batterijopslag met voorrang te behandelen.", ["3.4", "Bijlage 1"], "Wij steunen de energiehub op de Hoge Dijk"),
('p', "De startsubsidie van maximaal 25.000 euro voor parkmanagement is voor een terrein als de Hoge Dijk, met meer dan 200 bedrijven, te weinig om een parkmanager voor meer dan een paar maanden te betalen. Wij vragen een bijdrage voor ten minste drie jaar.", ["3.2.1"], "De startsubsidie van maximaal 25.000 euro voor"),
('p', "Een bedrijveninvesteringszone moet alleen worden ingesteld als een duidelijke meerderheid van de ondernemers voor is. Wij vragen u vast te leggen dat daarvoor ten minste twee derde van de stemmen nodig is, en niet een gewone meerderheid.", ["3.2.1"], "Een bedrijveninvesteringszone moet alleen worden ingesteld als"),
('p', "Vergunningen binnen acht weken verlenen is geen ambitie, dat is de wettelijke termijn. Wij vragen een echte ambitie: een omgevingsvergunning voor een uitbreiding binnen vier weken.", ["7.2"], "Vergunningen binnen acht weken verlenen is geen"),
('p', "Tot slot vragen wij om een vaste zetel voor het mkb uit de kleinere gemeenten in de Economic Board. Nu zijn het vooral de grote bedrijven die aan tafel zitten.", ["8.1"], "Tot slot vragen wij om een vaste zetel"),
('f', "Met vriendelijke groet,\n\nOndernemersvereniging Arkelhoven\nB. Kramer, voorzitter"),
]))
L.append(dict(file="06-werkgeversvereniging-lingedal.txt", fmt="txt", blocks=[
('f', "Werkgeversvereniging Lingedal\nIndustrieweg 22\n4191 PM Arkelhoven"),
('f', "Arkelhoven, 12 oktober 2026"),
('f', "Aan: ambtelijke werkgroep Economische Agenda Lingedal\nBetreft: reactie op de concept Regionale Economische Agenda"),
('f', "Geachte heer, mevrouw,"),
('f', "De Werkgeversvereniging Lingedal behartigt de belangen van 140 werkgevers in de regio. Wij hebben de agenda met onze leden besproken en geven u graag de volgende punten mee:"),
('p', "- De krapte op de arbeidsmarkt is voor onze leden het grootste probleem. Wij missen in de agenda concrete afspraken om vakmensen van buiten de regio aan te trekken, bijvoorbeeld met voorrang bij woningtoewijzing voor leraren, verpleegkundigen en technici.", ["5.1"], "De krapte op de arbeidsmarkt is voor onze"),
('p', "- In het Techniekpact zijn gastlessen en bedrijfsbezoeken goed, maar het probleem zit bij de stageplekken: veel bedrijven hebben geen gecertificeerde leermeester. Wij vragen de regio om de opleiding van leermeesters te betalen.", ["5.2"], "In het Techniekpact zijn gastlessen en bedrijfsbezoeken"),
('p', "- Onze leden zijn onmisbaar afhankelijk van arbeidsmigranten. Wij vragen de gemeenten om zelf locaties voor huisvesting aan te wijzen, in plaats van de verantwoordelijkheid alleen bij de werkgever te leggen.", ["5.4"], "Onze leden zijn onmisbaar afhankelijk van arbeidsmigranten"),
('p', "- Het criterium van veel werkgelegenheid per hectare bij de uitgifte van grond benadeelt juist de bedrijven die investeren in automatisering en daardoor met minder mensen meer produceren. Wij vragen om ook de toegevoegde waarde per hectare mee te wegen.", ["3.1"], "Het criterium van veel werkgelegenheid per hectare"),
('f', "Wij gaan graag met u in gesprek over de uitwerking.\n\nMet vriendelijke groet,\n\nWerkgeversvereniging Lingedal\nmr. D. Vos, directeur"),
]))
L.append(dict(file="07-roc-rivierstroom.pdf", fmt="pdf_rl_headed", blocks=[
('f', "ROC Rivierstroom\nCollege van Bestuur\nPostbus 300\n4140 AK Leerdijk"),
('f', "Aan het portefeuillehoudersoverleg Economie Lingedal"),
('f', "Leerdijk, 15 oktober 2026\nKenmerk: CvB/2026/233\nBetreft: reactie ROC Rivierstroom op de Regionale Economische Agenda"),
('f', "Geachte leden van het portefeuillehoudersoverleg,"),
('f', "Met belangstelling hebben wij de concept-agenda gelezen. Het ROC Rivierstroom is een belangrijke partner in de uitvoering van hoofdstuk 5 en wij reageren graag op de volgende onderdelen."),
('h', "Techniekonderwijs"),
('p', "Wij delen het doel om het aantal leerlingen in het techniekonderwijs met 25 procent te laten stijgen. Dat lukt alleen als het vmbo in de regio zijn techniekafdelingen open kan houden. Wij vragen de gemeenten om samen met de scholen een regionaal plan voor het vmbo-techniek te maken.", ["5.2"], "Wij delen het doel om het aantal leerlingen"),
('h', "Smart Industry-hub"),
('p', "Wij zijn er trots op dat de Smart Industry-hub bij ons ROC komt. In het uitvoeringsprogramma is Spijkerhaven als trekker genoemd; wij stellen voor dat het ROC samen met de Werkgeversvereniging de hub trekt, en dat de gemeente Spijkerhaven de huisvesting regelt.", ["7.1", "Bijlage 1"], "Wij zijn er trots op dat de Smart"),
('h', "Leven lang ontwikkelen"),
('p', "Het Leerwerkloket sluit aan bij wat wij al doen in ons Leerwerkcentrum. Wij vragen om geen nieuw loket te bouwen, maar het bestaande Leerwerkcentrum uit te breiden tot regionaal loket\u00b9. Zo voorkomen wij dat werkzoekenden langs twee loketten moeten.", ["5.2.1"], "Het Leerwerkloket sluit aan bij wat wij"),
('h', "Zij-instroom in zorg en onderwijs"),
('p', "Voor zij-instromers in de zorg en het onderwijs is de combinatie van werken en leren zwaar. Wij vragen de gemeenten om naast de opleiding van praktijkbegeleiders ook kinderopvang en reiskosten voor zij-instromers te vergoeden\u00b2.", ["5.2"], "Voor zij-instromers in de zorg en het"),
('f', "Wij zien uit naar de verdere samenwerking.\n\nMet vriendelijke groet,\n\ndrs. L.M. Verbeek\nvoorzitter College van Bestuur"),
('n', "\u00b9 Zie het Regionaal Investeringsplan Leven Lang Ontwikkelen Rivierenland 2025, p. 14.\n\u00b2 In 2025 stopten 38 procent van de zij-instromers in de zorg binnen een jaar (eigen cijfers ROC Rivierstroom)."),
]))
L.append(dict(file="08-doorgestuurd-winkeliersvereniging.eml", fmt="eml_fwd", frm="Jeroen de Bruin <centrummanager@lingestein-centrum.example.nl>", date="Wed, 14 Oct 2026 09:15:10 +0200", subject="Fwd: Reactie Economische Agenda", 
 pre="Beste werkgroep,\n\nDe reactie hieronder is per abuis naar mij gestuurd in plaats van naar het inspraakadres. Ik stuur hem u hierbij door.\n\nGroet,\nJeroen de Bruin\nCentrummanager Lingestein\n",
 fwdhdr="---------- Doorgestuurd bericht ----------\nVan: Winkeliersvereniging Binnenstad Lingestein <info@binnenstad-lingestein.example.nl>\nDate: di 13 okt 2026 om 16:40\nSubject: Reactie Economische Agenda\nTo: Jeroen de Bruin <centrummanager@lingestein-centrum.example.nl>\n",
 blocks=[
('f', "Geachte werkgroep,"),
('f', "Namens de Winkeliersvereniging Binnenstad Lingestein reageren wij op de concept Regionale Economische Agenda."),
('p', "1. Wij zijn blij dat elke gemeente een centrumvisie met een duidelijk kernwinkelgebied opstelt. Betrek de winkeliers daar vanaf het begin bij, en niet pas als de visie klaar is.", ["4.1"], "Wij zijn blij dat elke gemeente een centrumvisie"),
('p', "2. De woonboulevard in Lingestein-Noord mag geen achterdeur worden voor gewone winkels. Wij horen dat er plannen zijn voor een outletcentrum aan de rand van de stad. Sluit in de agenda uit dat perifere locaties worden gebruikt voor mode en schoenen.", ["4.2"], "De woonboulevard in Lingestein-Noord mag geen achterdeur"),
('p', "3. De subsidie voor een eigen opgang bij wonen boven winkels is een goed idee. Maak deze ook beschikbaar voor panden in het kernwinkelgebied, niet alleen daarbuiten.", ["4.3"], "De subsidie voor een eigen opgang bij wonen"),
('p', "4. Er zijn in de binnenstad te weinig fietsparkeerplaatsen, vooral op zaterdag. Wij vragen een overdekte fietsenstalling bij de Markt.", ["4.1"], "Er zijn in de binnenstad te weinig fietsparkeerplaatsen"),
('f', "Met vriendelijke groet,\n\nWinkeliersvereniging Binnenstad Lingestein\nC. Willems, voorzitter"),
]))
L.append(dict(file="09-stichting-natuur-en-landschap.docx", fmt="docx", blocks=[
('f', "Stichting Natuur en Landschap Lingedal"),
('f', "Postbus 17\n4145 ZG Asperwaard"),
('f', "Asperwaard, 16 oktober 2026"),
('f', "Betreft: zienswijze Regionale Economische Agenda Lingedal 2027-2030"),
('f', "Geachte leden van het portefeuillehoudersoverleg,"),
('f', "Stichting Natuur en Landschap Lingedal zet zich in voor het rivierenlandschap. Wij reageren op de onderdelen van de agenda die het landschap raken."),
('p', "Wij zijn blij met de keuze om geen nieuwe distributiecentra groter dan 5 hectare toe te staan. Maar de uitzondering voor Spijkerhaven-Oost mag geen vrijbrief worden om die locatie verder in de uiterwaarden uit te breiden. Wij vragen de huidige grens van Spijkerhaven-Oost als harde grens vast te leggen.", ["3.3"], "Wij zijn blij met de keuze om geen"),
('p', "De uitbreidingsvraag van 95 hectare bedrijventerrein is gebaseerd op groeicijfers uit het verleden. Wij betwijfelen of die vraag reeel is, en vragen eerst de 120 hectare herstructurering en intensiever ruimtegebruik te benutten voordat er nieuwe hectares in het landschap bij komen.", ["3.1", "3.2"], "De uitbreidingsvraag van 95 hectare bedrijventerrein is"),
('p', "Zonnepanelen op grote bedrijfsdaken zouden verplicht moeten zijn in plaats van gestimuleerd, zodat er geen zonneweides in het buitengebied nodig zijn.", ["3.4"], "Zonnepanelen op grote bedrijfsdaken zouden verplicht moeten"),
('p', "Meer bezoekers in de uiterwaarden en langs de Linge kan de natuur onder druk zetten. Wij vragen om bij nieuwe fietsroutes en vaarroutes rekening te houden met rustgebieden voor vogels in het broedseizoen.", ["6.1"], "Meer bezoekers in de uiterwaarden en langs"),
('p', "Wij steunen de proeftuin voor de fruitteelt. Maak het verminderen van gewasbeschermingsmiddelen daarin een meetbaar doel, met een halvering in 2030.", ["7.1"], "Wij steunen de proeftuin voor de fruitteelt"),
('f', "Met vriendelijke groet,\n\nStichting Natuur en Landschap Lingedal\nir. F. Jacobs, voorzitter"),
]))
L.append(dict(file="10-brief-van-dongen.txt", fmt="txt", blocks=[
('f', "R.J. van Dongen\nDijkstraat 14\n4151 AB Lingestein\ntel. 06-41 27 88 19\nrj.vandongen@example.nl"),
('f', "Lingestein, 10 oktober 2026"),
('f', "Aan de werkgroep Economische Agenda Lingedal"),
('f', "Onderwerp: reactie op de economische agenda"),
('f', "Geachte werkgroep,"),
('p', "Ik woon aan de Dijkstraat, direct naast bedrijventerrein De Kamp. Ik lees in de agenda dat De Kamp wordt geherstructureerd en dat er intensiever gebruik van de ruimte komt. Voor ons betekent dat meer vrachtverkeer door een smalle woonstraat. Ik vraag u om bij de herstructurering een eigen ontsluiting voor vrachtverkeer aan de kant van de N830 aan te leggen.", ["3.2"], "Ik woon aan de Dijkstraat, direct naast"),
('p', "Verder lees ik dat verouderde terreinen aan de rand van de kern naar woningbouw kunnen worden omgezet. Het zuidelijke deel van De Kamp, bij de Dijkstraat, is daar heel geschikt voor. Ik zou graag zien dat de gemeente dit onderzoekt.", ["3.2"], "Verder lees ik dat verouderde terreinen aan"),
('p', "Los daarvan wil ik melden dat de straatverlichting in de Dijkstraat al maanden kapot is en dat het 's avonds aardedonker is. Ik heb dit al twee keer gemeld.", [], "Los daarvan wil ik melden dat de straatverlichting"),
('f', "Met vriendelijke groet,\n\nRob van Dongen"),
]))
L.append(dict(file="11-mail-bouzid.eml", fmt="eml", frm="Fatima Bouzid <f.bouzid@example.nl>", date="Mon, 12 Oct 2026 21:47:05 +0200", subject="Mijn reactie op de economische agenda", blocks=[
('f', "Beste mensen van de gemeente,"),
('f', "Ik heb de economische agenda gelezen en wil een paar dingen kwijt."),
('p', "Ik ben vorig jaar als zzp'er begonnen met een schoonmaakbedrijf. Het starterscentrum en de microkredieten uit het fonds klinken goed, maar ik kon nergens terecht toen ik begon. Zorg dat starters ook in Asperwaard en de kleine kernen hulp krijgen en niet alleen in Lingestein.", ["7.2"], "Ik ben vorig jaar als zzp'er begonnen"),
('p', "Mijn zoon zit in het mbo en zoekt al maanden een bbl-plek als elektromonteur. Hij wordt steeds afgewezen. Als de regio 400 extra leerbanen wil, moet er ook iemand zijn die jongeren helpt een plek te vinden.", ["5.2"], "Mijn zoon zit in het mbo en zoekt"),
('p', "En nog iets anders: in het buitengebied van Arkelhoven, waar mijn ouders wonen, is nog steeds geen snel internet. Wanneer komt daar glasvezel?", [], "En nog iets anders: in het buitengebied van"),
('f', "Groetjes,\nFatima Bouzid"),
]))
L.append(dict(file="12-reactie-hendriks.pdf", fmt="pdf_fpdf_plain", blocks=[
('f', "P. Hendriks\nLingedijk 61\nVuurenbroek"),
('f', "Vuurenbroek, 15 oktober 2026"),
('f', "Aan: regio Lingedal, werkgroep Economische Agenda"),
('f', "Geachte dames en heren,"),
('p', "In mijn straat wonen in drie huizen samen meer dan twintig arbeidsmigranten. Er is overlast door auto's en afval. In de agenda staat dat de gemeente meeweegt of een werkgever goede huisvesting kan bieden, maar hoe gaat u handhaven bij de bedrijven die er al zijn?", ["5.4"], "In mijn straat wonen in drie huizen"),
('p', "Ik fiets veel langs de Linge. De bewegwijzering is slecht en bij Asperwaard houdt het fietspad langs het water gewoon op. Ik ben blij dat er een fietsknooppuntennetwerk komt, maar maak het fietspad langs de Linge eerst af.", ["6.1"], "Ik fiets veel langs de Linge. De"),
('p', "Dat permanente bewoning van recreatiewoningen wordt tegengegaan vind ik onterecht. Ik woon zelf sinds mijn scheiding in een chalet op een park, omdat er geen huurwoning te krijgen is. Waar moeten mensen zoals ik heen?", ["6.1"], "Dat permanente bewoning van recreatiewoningen wordt tegengegaan"),
('p', "Ten slotte ben ik tegen de windmolens die bij Spijkerhaven gepland zijn. Ze zijn veel te hoog en te dicht bij de huizen.", [], "Ten slotte ben ik tegen de windmolens"),
('f', "Met vriendelijke groet,\n\nP. Hendriks"),
]))
L.append(dict(file="13-reactie-de-wit-na-termijn.docx", fmt="docx", blocks=[
('f', "J. en M. de Wit\nFortlaan 3\n4147 BB Asperwaard"),
('f', "Asperwaard, 27 oktober 2026"),
('f', "Betreft: reactie Economische Agenda Lingedal"),
('f', "Geachte werkgroep,"),
('f', "Wij zijn helaas te laat met onze reactie, omdat wij pas via de krant van de agenda hoorden. Wij hopen dat u onze punten toch wilt meenemen."),
('p', "Het Linge Muziekfestival wordt elk jaar groter. Wij wonen op 400 meter van het terrein en hebben drie dagen lang tot na middernacht last van de bassen. Als de gemeenten een regionaal evenementenbeleid maken, vragen wij om geluidsnormen die ook in de nacht gelden en om een eindtijd van 23.00 uur.", ["6.2"], "Het Linge Muziekfestival wordt elk jaar groter"),
('p', "Er wordt gesproken over horeca en verblijf in de forten. Het fort bij ons in de buurt is nu een rustige plek om te wandelen. Een hotel of restaurant daar brengt verkeer en drukte. Wij vragen om omwonenden te betrekken voordat een fort wordt herbestemd.", ["6.2"], "Er wordt gesproken over horeca en verblijf"),
('f', "Met vriendelijke groet,\n\nJan en Marieke de Wit"),
]))
L.append(dict(file="14-rbt-lingedal.txt", fmt="txt", blocks=[
('f', "Regionaal Bureau voor Toerisme Lingedal\nMarkt 5, 4151 AL Lingestein"),
('f', "Lingestein, 19 oktober 2026"),
('f', "Aan de werkgroep Economische Agenda\nOnderwerp: reactie RBT Lingedal op hoofdstuk 6 van de agenda"),
('f', "Geachte werkgroep,"),
('f', "Het RBT Lingedal is blij dat de vrijetijdseconomie een eigen hoofdstuk in de agenda heeft. Wij geven u de volgende reactie."),
('p', "1. Ambitie\nDe ambitie om de bestedingen met 20 procent te laten stijgen is goed, maar er is geen budget voor regiomarketing aan gekoppeld. Zonder promotie komen er geen extra meerdaagse bezoekers. Wij vragen een vast jaarbudget voor regiomarketing.", ["6.1"], "De ambitie om de bestedingen met 20 procent"),
('p', "2. Vaarroutes\nVaarroutes over de Linge zijn alleen mogelijk als de sluizen bij Asperwaard en Arkelhoven in het weekend worden bediend. Neem de sluisbediening op in de uitwerking.", ["6.1"], "Vaarroutes over de Linge zijn alleen mogelijk als"),
('p', "3. Erfgoed\nDe forten van de Nieuwe Hollandse Waterlinie zijn Unesco-werelderfgoed. Wij vragen ze niet alleen als decor te zien, maar samen met de eigenaren een programma voor openstelling en beleving te maken.", ["6.2"], "De forten van de Nieuwe Hollandse Waterlinie zijn"),
('p', "4. Verblijfsrecreatie\nEr is een tekort aan hotels en groepsaccommodaties in de regio. Geef in de agenda aan op welke plekken nieuwe verblijfsrecreatie welkom is.", ["6.1"], "Er is een tekort aan hotels en groepsaccommodaties"),
('p', "5. Financiering\nWij stellen voor een deel van de toeristenbelasting regionaal te bundelen en via het Regionaal Investeringsfonds in te zetten voor de vrijetijdseconomie.", ["8.1"], "Wij stellen voor een deel van de toeristenbelasting"),
('f', "Met vriendelijke groet,\n\nRegionaal Bureau voor Toerisme Lingedal\nS. van Dam, directeur"),
]))
CAMPAIGN_1 = "Ik maak bezwaar tegen de plannen voor een distributiecentrum van 18 hectare in de Vuurense polder. In paragraaf 3.3 staat dat de regio geen XXL-distributiecentra wil buiten Spijkerhaven-Oost, maar het besluit over de Vuurense polder wordt aan de provincie overgelaten. Ik vraag de gemeenten dit distributiecentrum duidelijk af te wijzen."
CAMPAIGN_2 = "Een distributiecentrum levert vooral laagbetaalde banen op die worden ingevuld door arbeidsmigranten, niet door inwoners van de regio. Dat past niet bij de eigen criteria van de agenda."
CAMPAIGN_3 = "Ik vraag u de Vuurense polder te beschermen als open landschap, waar inwoners en bezoekers fietsen en wandelen."
L.append(dict(file="15-campagne-polder-visser.txt", fmt="txt", blocks=[
('f', "Aan de werkgroep Economische Agenda Lingedal"),
('f', "Vuurenbroek, 11 oktober 2026"),
('f', "Onderwerp: Nee tegen het distributiecentrum in de Vuurense polder"),
('f', "Geachte werkgroep,"),
('p', CAMPAIGN_1, ["3.3"], "Ik maak bezwaar tegen de plannen voor een"),
('p', CAMPAIGN_2 + " Ik woon zelf op 300 meter van de polder en zie nu al de vrachtwagens van Spijkerhaven-Oost voorbijkomen.", ["3.3", "5.4"], "Een distributiecentrum levert vooral laagbetaalde banen op"),
('p', CAMPAIGN_3, ["3.3", "6.1"], "Ik vraag u de Vuurense polder te beschermen"),
('f', "Met vriendelijke groet,\n\nA. Visser\nPolderweg 8, Vuurenbroek"),
]))
L.append(dict(file="16-campagne-polder-meijer.eml", fmt="eml", frm="Kees Meijer <kmeijer@example.nl>", date="Tue, 13 Oct 2026 08:12:40 +0200", subject="Nee tegen het distributiecentrum in de Vuurense polder", blocks=[
('f', "Geachte werkgroep,"),
('p', CAMPAIGN_1, ["3.3"], "Ik maak bezwaar tegen de plannen voor een"),
('p', CAMPAIGN_2, ["3.3", "5.4"], "Een distributiecentrum levert vooral laagbetaalde banen op"),
('p', CAMPAIGN_3 + " Mijn kinderen leren er elk jaar de weidevogels kennen.", ["3.3", "6.1"], "Ik vraag u de Vuurense polder te beschermen"),
('f', "Met vriendelijke groet,\nKees Meijer"),
]))
L.append(dict(file="17-campagne-polder-yilmaz.docx", fmt="docx", blocks=[
('f', "Aan de werkgroep Economische Agenda Lingedal"),
('f', "Vuurenbroek, 14 oktober 2026"),
('f', "Onderwerp: Nee tegen het distributiecentrum in de Vuurense polder"),
('f', "Geachte werkgroep,"),
('p', CAMPAIGN_1, ["3.3"], "Ik maak bezwaar tegen de plannen voor een"),
('p', CAMPAIGN_2, ["3.3", "5.4"], "Een distributiecentrum levert vooral laagbetaalde banen op"),
('p', CAMPAIGN_3, ["3.3", "6.1"], "Ik vraag u de Vuurense polder te beschermen"),
('p', "Daarnaast wil ik kwijt dat de bus van Vuurenbroek naar Lingestein op zondag niet meer rijdt. Dat moet echt anders.", [], "Daarnaast wil ik kwijt dat de bus"),
('f', "Met vriendelijke groet,\n\nE. Yilmaz"),
]))
