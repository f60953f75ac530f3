# Content of the fictional draft "Regionale Economische Agenda Lingedal 2027-2030" (QA39, written blind)
TITLE = "Regionale Economische Agenda Lingedal 2027-2030"
SUBTITLE = "Werken aan een sterke, duurzame en inclusieve regionale economie"
MUNIS = "Gemeenten Lingestein, Asperwaard, Leerdijk, Arkelhoven, Vuurenbroek en Spijkerhaven"
SAMENVATTING = [
"De zes gemeenten in de regio Lingedal - Lingestein, Asperwaard, Leerdijk, Arkelhoven, Vuurenbroek en Spijkerhaven - willen samen zorgen voor een economie die werk biedt aan iedereen, die ruimte geeft aan ondernemers en die past bij het rivierenlandschap waarin wij wonen. Deze Regionale Economische Agenda beschrijft de gezamenlijke keuzes voor de periode 2027-2030 en vervangt het Regionaal Economisch Actieprogramma 2020-2024.",
"De agenda kent vijf opgaven: voldoende en toekomstbestendige werklocaties, vitale binnensteden en kernen, een arbeidsmarkt waarin vraag en aanbod beter op elkaar aansluiten, een sterke vrijetijdseconomie en meer innovatie in de maakindustrie en de agrofood. Voor de uitvoering richten de gemeenten een Regionaal Investeringsfonds Lingedal op van 12 miljoen euro, gevoed door de gemeenten, de provincie en private partners. Het uitvoeringsprogramma staat in Bijlage 1.",
]
KADER = ("\u201eWe hebben orders genoeg, maar geen mensen en geen stroom. Als dat zo blijft, breiden we uit in Brabant en niet hier.\u201d",
         "- directeur van een metaalbedrijf in Arkelhoven tijdens de ondernemerstafel van 14 april 2026")
# (level, number, title, paragraphs, footnotes); footnote marks written as [1] in text
SECTIONS = [
(1,"1","Inleiding",["In dit hoofdstuk beschrijven we waarom de gemeenten een nieuwe economische agenda opstellen en hoe deze tot stand is gekomen."],[]),
(2,"1.1","Aanleiding en doel",[
"De economie van Lingedal heeft zich na de coronajaren goed hersteld. De werkloosheid is laag, het aantal bedrijven groeit en de regio trekt nieuwe inwoners. Tegelijk lopen ondernemers tegen grenzen aan: er zijn te weinig vakmensen, het elektriciteitsnet zit vol, bedrijventerreinen zijn verouderd en de winkelstraten in de kernen hebben te kampen met leegstand.",
"Met deze agenda maken de zes gemeenten afspraken over wat zij regionaal samen oppakken en wat elke gemeente lokaal doet. De agenda is het kader voor de regionale programmering van werklocaties, voor de inzet van het Regionaal Investeringsfonds en voor de samenwerking met onderwijs, ondernemers en de provincie Gelderland in de Economic Board Lingedal."],[]),
(2,"1.2","Totstandkoming en inspraak",[
"De agenda is opgesteld door een ambtelijke werkgroep van de zes gemeenten in opdracht van het portefeuillehoudersoverleg Economie. In het voorjaar van 2026 zijn drie ondernemerstafels, een onderwijstafel en twee bijeenkomsten voor inwoners gehouden, met in totaal ruim 250 deelnemers.",
"Deze inspraakversie ligt van 7 september tot en met 19 oktober 2026 ter inzage. Iedereen kan een reactie indienen. De reacties worden verwerkt in een reactienota, waarna de gemeenteraden de definitieve agenda in februari 2027 vaststellen."],[]),
(1,"2","De economie van Lingedal",["Dit hoofdstuk geeft een beeld van de regionale economie, haar sterktes en de opgaven voor de komende jaren."],[]),
(2,"2.1","Economische structuur en werkgelegenheid",[
"Lingedal telt ongeveer 168.000 inwoners en 81.000 banen. De belangrijkste sectoren zijn de maakindustrie (metaal, machinebouw en kunststof), de logistiek langs de A15 en de Waal, de agrofood met de fruitteelt rondom Leerdijk en Asperwaard, de zorg en de detailhandel. Ruim 40 procent van de banen zit in het midden- en kleinbedrijf met minder dan 50 werknemers[1].",
"De arbeidsproductiviteit ligt onder het Gelderse gemiddelde, vooral doordat relatief veel banen in laagproductieve logistiek en distributie zitten. De regio heeft een sterke ondernemersmentaliteit en een hoge arbeidsparticipatie, maar ook een laag aandeel hoger opgeleiden: veel jongeren die gaan studeren, keren niet terug.",
KADER],
["[1] Bron: Provinciaal Arbeidsplaatsenregister Gelderland 2025 en CBS Regionale kerncijfers."]),
(1,"3","Werklocaties en bedrijventerreinen",["Ondernemers hebben ruimte nodig om te groeien. Tegelijk is de ruimte in Lingedal schaars en moeten keuzes worden gemaakt tussen wonen, werken, landbouw en natuur."],[]),
(2,"3.1","Vraag en aanbod van bedrijventerreinen",[
"Volgens de Regionale Bedrijventerreinenstrategie is tot 2035 een uitbreidingsvraag van circa 95 hectare netto bedrijventerrein, waarvan ongeveer 60 hectare voor lokale en regionale bedrijven in de milieucategorieen 2 tot en met 4. Het beschikbare aanbod bedraagt 48 hectare, grotendeels op de locaties Hoge Dijk II in Arkelhoven en Spijkerhaven-Oost.",
"De gemeenten programmeren nieuwe terreinen regionaal: er komt geen nieuw terrein zonder afstemming in het portefeuillehoudersoverleg. Bij uitgifte krijgen bedrijven met veel werkgelegenheid per hectare, een bijdrage aan de regionale maakindustrie of een duurzame bedrijfsvoering voorrang. Kleinere kernen houden ruimte voor lokale bedrijven op kleinschalige terreinen tot 5 hectare."],[]),
(2,"3.2","Herstructurering en verduurzaming van bestaande terreinen",[
"Ruim een derde van de bestaande bedrijventerreinen in Lingedal is verouderd. Het gaat onder meer om De Kamp in Lingestein, Rivierweg in Vuurenbroek en Broekstraat in Leerdijk. Wij willen tot 2030 ten minste 120 hectare bestaand terrein herstructureren, met aandacht voor intensiever ruimtegebruik, vergroening en klimaatadaptatie.",
"Op bestaande terreinen ontmoedigen de gemeenten de vestiging van functies die er niet thuishoren, zoals wonen en grootschalige detailhandel. Transformatie van verouderde terreinen aan de rand van de kernen naar woningbouw is alleen mogelijk als de bedrijven elders in de regio een plek krijgen."],[]),
(3,"3.2.1","Parkmanagement en collectieve voorzieningen",[
"Op elk bedrijventerrein groter dan 20 hectare streven wij naar parkmanagement, waarin ondernemers samen zorgen voor beveiliging, onderhoud van groen, collectieve inkoop van energie en afvalinzameling. De gemeenten ondersteunen de oprichting met een startsubsidie van maximaal 25.000 euro per terrein.",
"Waar een meerderheid van de ondernemers het wil, kunnen gemeenten een bedrijveninvesteringszone (BIZ) instellen, zodat alle ondernemers meebetalen aan de gezamenlijke voorzieningen."],[]),
(2,"3.3","Logistiek en grootschalige bedrijvigheid",[
"De ligging aan de A15, de Betuweroute en de Waal maakt Lingedal aantrekkelijk voor logistieke bedrijven. De regio kiest er bewust voor geen nieuwe grootschalige distributiecentra groter dan 5 hectare (XXL-verdozing) toe te staan buiten de bestaande logistieke locatie Spijkerhaven-Oost. Nieuwe logistiek moet bijdragen aan werkgelegenheid voor inwoners, aan de regionale maakindustrie of aan het vervoer over water en spoor.",
"Voor de Vuurense polder, waar een initiatiefnemer een distributiecentrum van 18 hectare wil bouwen, volgen de gemeenten het provinciale beleid. Een besluit daarover valt buiten deze agenda, maar de criteria uit deze paragraaf zijn leidend bij de beoordeling."],[]),
(2,"3.4","Netcongestie en energie op bedrijventerreinen",[
"Het elektriciteitsnet in Lingedal is overbelast. Nieuwe bedrijven en bedrijven die willen uitbreiden of elektrificeren, krijgen vaak geen of pas na jaren een aansluiting. Wij zetten in op energiehubs op bedrijventerreinen, waarin bedrijven samen energie opwekken, opslaan en uitwisselen, en op het beter benutten van het bestaande net met flexibele contracten.",
"De gemeenten vragen de netbeheerder en de provincie om bij de prioritering van aansluitingen rekening te houden met de maatschappelijke waarde van bedrijven. Op daken van bedrijfsgebouwen groter dan 1.000 m2 stimuleren wij zonnepanelen, mits het net dit toelaat."],[]),
(1,"4","Binnensteden, kernen en detailhandel",["Levendige binnensteden en dorpskernen zijn belangrijk voor de leefbaarheid en de aantrekkelijkheid van de regio voor inwoners, bezoekers en bedrijven."],[]),
(2,"4.1","Vitale binnensteden",[
"De binnensteden van Lingestein en Asperwaard en de centra van de andere kernen veranderen snel. Winkelen verschuift naar internet, terwijl horeca, dienstverlening, cultuur en wonen belangrijker worden. Wij willen compacte centra met een aantrekkelijke openbare ruimte, waar het prettig verblijven is.",
"Elke gemeente stelt voor 2028 een centrumvisie op met een duidelijk kernwinkelgebied. De gemeenten ondersteunen centrummanagement en ondernemersfondsen, en zorgen samen voor goede bereikbaarheid, met voldoende fietsparkeerplaatsen en parkeren aan de rand van het centrum."],[]),
(2,"4.2","Detailhandelsstructuur en perifere detailhandel",[
"Nieuwe winkels horen in de bestaande centra. Perifere detailhandel, zoals bouwmarkten, tuincentra en woonwinkels, blijft geconcentreerd op de woonboulevard in Lingestein-Noord. Op bedrijventerreinen staan de gemeenten geen detailhandel toe, met uitzondering van ondergeschikte verkoop bij productie, reparatie en groothandel.",
"Supermarkten zijn trekkers voor de centra. Nieuwe supermarkten of uitbreidingen van meer dan 200 m2 worden regionaal afgestemd, om te voorkomen dat een nieuwe vestiging aan de rand van een kern de winkels in het centrum uit de markt drukt."],[]),
(2,"4.3","Leegstand en transformatie",[
"De winkelleegstand in de regio bedraagt 9 procent en is in de aanloopstraten van Lingestein en Vuurenbroek opgelopen tot boven de 15 procent. Buiten het kernwinkelgebied stimuleren wij de transformatie van winkelpanden naar wonen, ambacht of maatschappelijke functies, met een regionaal transformatiefonds.",
"Gemeenten kunnen bij langdurige leegstand in gesprek gaan met eigenaren en, als dat niet helpt, gebruikmaken van de Leegstandswet. Wonen boven winkels stimuleren wij met een subsidie voor een eigen opgang."],[]),
(1,"5","Arbeidsmarkt en onderwijs",["De krapte op de arbeidsmarkt is voor veel ondernemers de grootste belemmering om te groeien. Tegelijk staan nog te veel mensen langs de kant."],[]),
(2,"5.1","Krapte op de arbeidsmarkt",[
"In 2026 stonden in Lingedal ruim 6.200 vacatures open, vooral in de techniek, de zorg, het onderwijs, de bouw en de logistiek. Tot 2030 gaan ongeveer 9.000 werknemers met pensioen. Zonder extra inspanning neemt het tekort aan vakmensen verder toe.",
"De gemeenten willen samen met het Werkgeversservicepunt Lingedal, het UWV en de onderwijsinstellingen de krapte aanpakken met een regionaal arbeidsmarktprogramma. Daarin staan het behoud van jongeren, het aantrekken van vakmensen, het benutten van het onbenutte arbeidspotentieel en het stimuleren van arbeidsbesparende technologie centraal."],[]),
(2,"5.2","Aansluiting onderwijs en arbeidsmarkt",[
"Het ROC Rivierstroom, het voortgezet onderwijs en het bedrijfsleven werken samen in het Techniekpact Lingedal. Wij willen het aantal leerlingen in het techniekonderwijs tot 2030 met 25 procent laten stijgen, onder meer door meer leerwerkplekken bij bedrijven, gastlessen en bedrijfsbezoeken in het basisonderwijs.",
"Voor de zorg en het onderwijs zelf ondersteunen de gemeenten zij-instroomtrajecten en de opleiding van praktijkbegeleiders. In de beroepsbegeleidende leerweg (bbl) willen wij per jaar 400 extra leerbanen."],[]),
(3,"5.2.1","Leven lang ontwikkelen",[
"Werknemers moeten zich gedurende hun hele loopbaan kunnen blijven ontwikkelen, zeker nu technologie banen snel verandert. De gemeenten richten samen met het ROC en de werkgevers een regionaal Leerwerkloket in, waar werkenden en werkzoekenden advies krijgen over scholing en over regelingen zoals het STAP-vervolgbudget[2].",
"Bijzondere aandacht gaat naar laaggeletterdheid: naar schatting 14.000 inwoners van Lingedal hebben moeite met lezen, schrijven of rekenen. Werkgevers kunnen taaltrajecten op de werkvloer aanvragen."],
["[2] De landelijke regeling is in 2024 gewijzigd; de regio volgt de opvolger van het STAP-budget."]),
(2,"5.3","Werk voor iedereen",[
"Ruim 5.000 inwoners van Lingedal met een bijstandsuitkering of een arbeidsbeperking kunnen met de juiste ondersteuning aan het werk. Wij willen tot 2030 ten minste 1.000 van hen aan een baan helpen, met baancreatie, jobcoaching en de inzet van het Participatiebedrijf Lingedal.",
"Gemeenten geven het goede voorbeeld door bij inkoop en aanbesteding social return toe te passen: bij opdrachten boven 100.000 euro besteedt de opdrachtnemer ten minste 5 procent van de opdrachtwaarde aan werk voor mensen met een afstand tot de arbeidsmarkt."],[]),
(2,"5.4","Arbeidsmigratie",[
"In de logistiek, de fruitteelt en de maakindustrie werken naar schatting 7.500 arbeidsmigranten. Zij zijn onmisbaar voor de regionale economie. De gemeenten willen dat arbeidsmigranten goed gehuisvest zijn, hun rechten kennen en de weg vinden naar taallessen en voorzieningen.",
"Bij de vestiging van nieuwe bedrijven die sterk afhankelijk zijn van arbeidsmigranten weegt de gemeente mee of de werkgever goede huisvesting kan bieden. Huisvesting van arbeidsmigranten regelen de gemeenten in de regionale woonagenda."],[]),
(1,"6","Vrijetijdseconomie",["Toerisme, recreatie, cultuur en evenementen zorgen voor banen en maken de regio aantrekkelijk om te wonen en te werken."],[]),
(2,"6.1","Toerisme en recreatie",[
"Het rivierenlandschap met de Linge, de Waal, de uiterwaarden, de forten van de Nieuwe Hollandse Waterlinie en de fruitboomgaarden trekt jaarlijks ruim 1,8 miljoen bezoekers. Wij willen de bestedingen van bezoekers tot 2030 met 20 procent laten stijgen, vooral door meerdaagse verblijven en een spreiding over het jaar, zoals de bloesemtijd en het oogstseizoen.",
"Samen met het Regionaal Bureau voor Toerisme Lingedal werken wij aan een regionaal fietsknooppuntennetwerk, vaarroutes over de Linge en betere bewegwijzering. Nieuwe verblijfsrecreatie moet kwalitatief hoogwaardig zijn; permanente bewoning van recreatiewoningen gaan wij tegen."],[]),
(2,"6.2","Evenementen en cultuur",[
"Evenementen als de Fruitcorso in Leerdijk en het Linge Muziekfestival trekken bezoekers uit het hele land. De gemeenten stemmen de evenementenkalender regionaal af en werken aan een gezamenlijk evenementenbeleid met eenduidige vergunningvoorwaarden.",
"Cultureel erfgoed, zoals de forten, molens en historische stadskernen, zetten wij in als drager van de regionale identiteit en de vrijetijdseconomie. Herbestemming van erfgoed voor horeca en verblijf is mogelijk als het karakter van het monument behouden blijft."],[]),
(1,"7","Innovatie en ondernemerschap",["Innovatie is nodig om de productiviteit te verhogen, de krapte op de arbeidsmarkt op te vangen en de economie te verduurzamen."],[]),
(2,"7.1","Innovatie in de maakindustrie en agrofood",[
"De maakindustrie in Lingedal is sterk in metaalbewerking en machinebouw, maar investeert weinig in automatisering en robotisering. Wij ondersteunen een Smart Industry-hub bij het ROC Rivierstroom, waar mkb-bedrijven nieuwe technieken kunnen testen en personeel kunnen opleiden.",
"In de agrofood richten wij ons op de fruitketen: minder gebruik van gewasbeschermingsmiddelen, precisieteelt en de verwerking van reststromen tot nieuwe producten. Samen met Wageningen University & Research en het Fruitconsortium Lingedal ontwikkelen wij een proeftuin voor de fruitteelt van de toekomst."],[]),
(2,"7.2","Startende ondernemers en ondernemersdienstverlening",[
"Lingedal kent per jaar ruim 1.400 startende ondernemers. Wij willen dat zij makkelijker kunnen groeien, met een regionaal starterscentrum, mentoring door ervaren ondernemers en microkredieten via het Regionaal Investeringsfonds.",
"Elke gemeente heeft een bedrijvencontactfunctionaris als eerste aanspreekpunt. Vergunningen voor ondernemers worden binnen acht weken verleend; de gemeenten werken toe naar een regionaal Ondernemersloket waar ondernemers met al hun vragen terechtkunnen."],[]),
(1,"8","Uitvoering, financiering en monitoring",["Deze agenda is alleen waardevol als zij wordt uitgevoerd. In dit hoofdstuk staat hoe wij dat organiseren."],[]),
(2,"8.1","Organisatie en Regionaal Investeringsfonds",[
"Het portefeuillehoudersoverleg Economie is verantwoordelijk voor de uitvoering van de agenda. De Economic Board Lingedal, met vertegenwoordigers van ondernemers, onderwijs en overheid, adviseert over de prioriteiten en over de besteding van het Regionaal Investeringsfonds.",
"Het fonds heeft een omvang van 12 miljoen euro voor de periode 2027-2030. De gemeenten dragen samen 4 euro per inwoner per jaar bij; de provincie en private partners vullen het fonds aan. Het fonds verstrekt vooral leningen en garanties, zodat het geld terugvloeit en opnieuw kan worden ingezet."],[]),
(2,"8.2","Monitoring en evaluatie",[
"Jaarlijks verschijnt een Economische Monitor Lingedal met cijfers over werkgelegenheid, vacatures, leegstand, uitgifte van bedrijventerreinen en bezoekers. De monitor gaat naar de gemeenteraden.",
"In 2029 evalueren de gemeenten de agenda met een onafhankelijke partij. De uitkomsten zijn de basis voor een herziening of een nieuwe agenda vanaf 2031."],[]),
]
# Bijlage 1 table (uitvoeringsprogramma) and Bijlage 2 Begrippenlijst
TABLE = [
["Opgave", "Actie", "Trekker", "Gereed"],
["Werklocaties", "Regionale programmering bedrijventerreinen", "Arkelhoven", "2027"],
["Werklocaties", "Herstructurering De Kamp en Rivierweg", "Lingestein, Vuurenbroek", "2030"],
["Werklocaties", "Energiehub Hoge Dijk", "Arkelhoven", "2028"],
["Binnensteden", "Centrumvisies alle gemeenten", "elke gemeente", "2028"],
["Binnensteden", "Regionaal transformatiefonds", "Lingestein", "2027"],
["Arbeidsmarkt", "Regionaal Leerwerkloket", "Asperwaard", "2027"],
["Arbeidsmarkt", "400 extra bbl-leerbanen per jaar", "ROC Rivierstroom", "2029"],
["Vrijetijd", "Fietsknooppuntennetwerk en vaarroutes", "Leerdijk", "2029"],
["Innovatie", "Smart Industry-hub", "Spijkerhaven", "2028"],
]
BEGRIPPEN = [
("Bedrijveninvesteringszone (BIZ)", "Gebied waarin ondernemers samen een heffing betalen voor gezamenlijke investeringen."),
("Energiehub", "Samenwerking van bedrijven die samen energie opwekken, opslaan en uitwisselen."),
("Netcongestie", "Situatie waarin het elektriciteitsnet de gevraagde capaciteit niet meer kan leveren."),
("Perifere detailhandel", "Winkels buiten de centra, vaak in volumineuze goederen."),
("Social return", "Voorwaarde bij aanbesteding om werk te bieden aan mensen met een afstand tot de arbeidsmarkt."),
("XXL-verdozing", "De bouw van zeer grote distributiecentra in het landschap."),
]
