# Content of the fictional draft "Regionale Adaptatiestrategie Beekdal 2027-2032" (QA40, written blind)
TITLE = "Regionale Adaptatiestrategie Beekdal 2027-2032"
SUBTITLE = "Samen werken aan een klimaatbestendige en waterrobuuste regio"
MUNIS = "Gemeenten Beekvliet, Heerewaarde, Molenbroek, Dalsum en Oosterzand, met Waterschap Maas en Beek"
SAMENVATTING = [
"Het klimaat in Beekdal verandert merkbaar. De buien worden heviger, de zomers heter en droger, en de Maas voert in de winter meer water af. De vijf gemeenten in de regio Beekdal - Beekvliet, Heerewaarde, Molenbroek, Dalsum en Oosterzand - en Waterschap Maas en Beek willen de regio uiterlijk in 2050 klimaatbestendig en waterrobuust ingericht hebben, zoals afgesproken in het Deltaprogramma Ruimtelijke Adaptatie.",
"Deze Regionale Adaptatiestrategie beschrijft de gezamenlijke keuzes voor de periode 2027-2032 op vijf thema's: wateroverlast, hitte, droogte en bodemdaling, waterveiligheid en een groen-blauwe inrichting van de openbare ruimte. Daarnaast gaat de strategie over de risicodialoog met inwoners, bedrijven en maatschappelijke partners, en over de financiering en monitoring. Het uitvoeringsprogramma staat in Bijlage 1; de gebruikte begrippen staan in Bijlage 2.",
"De belangrijkste nieuwe afspraken zijn: een regionale norm voor het opvangen van 70 millimeter regen op eigen terrein bij nieuwbouw, een hitteplan in elke gemeente, vergroening van alle schoolpleinen voor 2032, een regionaal Klimaatfonds van 9 miljoen euro en een jaarlijkse Klimaatmonitor.",
]
KADER = ("\u201eIn juli 2025 stond het water in onze straat tot aan de drempel. Binnen een kwartier. Je staat er machteloos bij.\u201d",
         "- bewoner van de wijk Kersenhof in Beekvliet tijdens de risicodialoog van 12 maart 2026")
# (level, number, title, paragraphs, footnotes); footnote marks written as [1] in text
SECTIONS = [
(1,"1","Inleiding",["In dit hoofdstuk beschrijven we waarom de gemeenten en het waterschap een regionale adaptatiestrategie opstellen en hoe deze tot stand is gekomen."],[]),
(2,"1.1","Aanleiding en doel",[
"Na de hevige buien van juli 2025, waarbij in Beekvliet en Dalsum honderden kelders en woningen onder water liepen, en de droge zomers van 2022 en 2023 is het belang van klimaatadaptatie voor iedereen in de regio zichtbaar geworden. Het Rijk vraagt gemeenten en waterschappen om een stresstest uit te voeren, een risicodialoog te voeren en een uitvoeringsagenda op te stellen.",
"Met deze strategie maken de vijf gemeenten en het waterschap afspraken over wat zij regionaal samen oppakken en wat elke partij zelf doet. De strategie is het kader voor de gemeentelijke rioleringsplannen, voor het waterbeheerprogramma van het waterschap en voor de inzet van het regionale Klimaatfonds. De strategie vervangt de Regionale Werkagenda Klimaatadaptatie 2021-2024."],[]),
(2,"1.2","Totstandkoming en inspraak",[
"De strategie is opgesteld door een ambtelijke werkgroep van de vijf gemeenten en het waterschap, in opdracht van het Bestuurlijk Overleg Water Beekdal. In het voorjaar van 2026 zijn in elke gemeente risicodialogen gehouden met inwoners, ondernemers, woningcorporaties, scholen en zorginstellingen.",
"Deze inspraakversie ligt van 14 september tot en met 26 oktober 2026 ter inzage. Iedereen kan een reactie indienen bij de werkgroep. De reacties worden verwerkt in een reactienota, waarna de gemeenteraden en het algemeen bestuur van het waterschap de strategie in maart 2027 vaststellen."],[]),
(1,"2","Klimaat en kwetsbaarheid van Beekdal",["Dit hoofdstuk beschrijft hoe het klimaat in Beekdal verandert en waar de regio het meest kwetsbaar is."],[]),
(2,"2.1","Klimaatverandering in de regio",[
"Volgens de KNMI-klimaatscenario's van 2023 neemt de hoeveelheid neerslag bij een zware bui in Zuid-Nederland tot 2050 met 10 tot 25 procent toe. Het aantal tropische dagen met een temperatuur boven 30 graden verdubbelt, en in droge jaren zakt de grondwaterstand op de hoge zandgronden rond Molenbroek en Oosterzand verder weg[1].",
"Beekdal bestaat uit twee verschillende landschappen: de hoge zandgronden met beekdalen in het oosten en de lage rivierklei en het veen langs de Maas in het westen. Op de zandgronden is droogte de grootste opgave, in de lage delen zijn het wateroverlast, bodemdaling en de veiligheid van de dijken.",
KADER],
["[1] KNMI'23-klimaatscenario's voor Nederland, De Bilt, oktober 2023."]),
(2,"2.2","Uitkomsten van de stresstest",[
"In 2025 is voor de hele regio een klimaatstresstest uitgevoerd. Daaruit blijkt dat bij een bui van 70 millimeter in een uur in ruim 2.300 straten water op straat blijft staan en dat ongeveer 1.100 woningen kans hebben op water in huis. De oude centra van Beekvliet en Dalsum en de naoorlogse wijken met veel verharding zijn het kwetsbaarst.",
"Uit de hittekaart blijkt dat de gevoelstemperatuur in de versteende wijken Kersenhof, Stationskwartier en De Vaart op een warme dag tot 8 graden hoger ligt dan in het buitengebied. In deze wijken wonen relatief veel ouderen en mensen met een laag inkomen. De resultaten van de stresstest zijn te vinden op de regionale klimaatatlas."],[]),
(1,"3","Wateroverlast",["Hevige buien zorgen steeds vaker voor water op straat en in huizen. Het riool kan niet al het water van een extreme bui verwerken; daarom is ook ruimte op straat, in het groen en op eigen terrein nodig."],[]),
(2,"3.1","Hevige buien en riolering",[
"De gemeenten hanteren een regionale voorkeursvolgorde: regenwater eerst vasthouden, dan bergen en pas daarna afvoeren. Bij vervanging van het riool wordt het regenwater zoveel mogelijk afgekoppeld van het vuilwaterriool. Wij streven naar 25 procent afgekoppeld verhard oppervlak in 2032.",
"Voor de openbare ruimte geldt de regionale norm dat een bui van 70 millimeter in een uur niet tot schade aan woningen en vitale voorzieningen mag leiden. Water op straat tot 10 centimeter is bij zo'n bui aanvaardbaar, mits hulpdiensten de woningen kunnen bereiken."],[]),
(2,"3.2","Regenwater op eigen terrein",[
"Ongeveer de helft van het verharde oppervlak in de regio is particulier terrein. Zonder de inzet van inwoners en bedrijven lukt het niet. Bij nieuwbouw en grote verbouwingen moet de eigenaar voortaan 70 millimeter regen op eigen terrein kunnen opvangen, in de bodem, in een regenton, een groen dak of een infiltratiekrat.",
"De gemeenten nemen deze eis op in hun omgevingsplan. Bestaande woningen en bedrijven worden niet verplicht om af te koppelen, maar wel gestimuleerd met voorlichting en subsidie."],[]),
(3,"3.2.1","Subsidieregeling Regenwater",[
"Inwoners, verenigingen van eigenaars en ondernemers kunnen subsidie krijgen voor het afkoppelen van regenpijpen, het aanleggen van een groen dak, het vervangen van tegels door groen en het plaatsen van een regenton. De subsidie bedraagt 50 procent van de kosten, met een maximum van 1.500 euro per adres en 15.000 euro per bedrijf of VvE.",
"De regeling wordt regionaal opgezet en lokaal uitgevoerd. Het regionale loket Klimaatklaar Beekdal geeft advies aan huis en helpt bij de aanvraag."],[]),
(1,"4","Hitte",["Hitte is een onzichtbaar maar groot gezondheidsrisico. Bij langdurige hitte overlijden meer mensen, vooral ouderen en mensen met een chronische ziekte."],[]),
(2,"4.1","Hittestress in wijken",[
"Wij willen dat iedere inwoner binnen 300 meter van zijn woning een koele plek kan vinden: een park, een schaduwrijk plein of een koel gebouw. In de wijken met de hoogste gevoelstemperatuur, zoals Kersenhof en Stationskwartier, gaan de gemeenten tot 2032 ten minste 30 procent van de verharding vervangen door groen.",
"Bij de inrichting van nieuwe wijken en bij de herinrichting van straten houden de gemeenten rekening met schaduw, wind en lichte materialen. Voor bedrijventerreinen geldt een minimum van 15 procent groen op de kavel."],[]),
(2,"4.2","Hitteplan en kwetsbare inwoners",[
"Elke gemeente stelt voor de zomer van 2028 een lokaal hitteplan op, samen met de GGD, de thuiszorg en de welzijnsorganisaties. Daarin staat hoe kwetsbare inwoners bij een hittegolf worden gewaarschuwd en bezocht, en welke gebouwen als koelplek open zijn.",
"De woningcorporaties zijn gevraagd om bij renovatie van woningen zonwering en natuurlijke ventilatie mee te nemen. De gemeenten maken daarover afspraken in de prestatieafspraken."],[]),
(1,"5","Droogte, grondwater en bodemdaling",["Droogte en bodemdaling ontwikkelen zich langzaam, maar de schade is groot en vaak onomkeerbaar."],[]),
(2,"5.1","Droogte en grondwater",[
"Op de hoge zandgronden daalt de grondwaterstand in droge zomers zo ver dat beken droogvallen, natuur verdroogt en boeren niet meer mogen beregenen. Het waterschap wil het water langer vasthouden in de haarvaten van het watersysteem, met stuwen in sloten, het verondiepen van greppels en het herstel van beekdalen.",
"Voor grote grondwateronttrekkingen door bedrijven en landbouw stelt de provincie nieuwe regels op. De regio vraagt de provincie om de onttrekkingen in de kwetsbare beekdalen van de Dommel en de Aa te beperken. Het waterschap kan bij extreme droogte een beregeningsverbod instellen."],[]),
(2,"5.2","Bodemdaling en funderingen",[
"In het westen van de regio, rond Heerewaarde en Dalsum, daalt de bodem door de oxidatie van veen en klink van klei met enkele millimeters per jaar. Dit leidt tot verzakte wegen, kapotte leidingen en schade aan funderingen van oudere woningen.",
"Naar schatting 2.600 woningen in de regio staan op houten palen of op staal en lopen risico op funderingsschade. De gemeenten richten een regionaal Funderingsloket in, waar eigenaren advies krijgen over onderzoek en herstel. Voor het herstel zelf verwijzen wij naar het landelijke Fonds Duurzaam Funderingsherstel."],[]),
(1,"6","Waterveiligheid",["De Maas en de dijken langs de rivier bepalen de veiligheid van een groot deel van de regio. De kans op een overstroming is klein, maar de gevolgen kunnen groot zijn."],[]),
(2,"6.1","Dijken en overstromingsrisico",[
"Op grond van de Waterwet moeten alle primaire keringen in 2050 aan de nieuwe normen voldoen. Het waterschap versterkt in de periode 2027-2032 de Maasdijk tussen Heerewaarde en Dalsum over een lengte van 11 kilometer, binnen het Hoogwaterbeschermingsprogramma.",
"Waar mogelijk combineert het waterschap de dijkversterking met ruimte voor de rivier, natuur en recreatie. Bomen op en langs de dijk moeten in sommige gevallen worden gekapt omdat wortels de stabiliteit van de dijk aantasten; het waterschap compenseert gekapte bomen in de directe omgeving."],[]),
(2,"6.2","Evacuatie en vitale infrastructuur",[
"Bij een dreigende overstroming moeten inwoners op tijd weg kunnen of veilig kunnen schuilen op een hoger gelegen plek. De Veiligheidsregio Beekdal actualiseert in 2027 de evacuatieplannen en oefent deze met de gemeenten.",
"Vitale en kwetsbare voorzieningen, zoals het ziekenhuis in Beekvliet, de rioolwaterzuivering, elektriciteitsstations en de drinkwaterwinning, moeten bij een overstroming of extreme bui zo lang mogelijk blijven werken. De gemeenten vragen de beheerders van deze voorzieningen om voor 2029 een eigen klimaattoets uit te voeren."],[]),
(1,"7","Groen-blauwe inrichting",["Een groene en waterrijke inrichting van de openbare ruimte helpt tegelijk tegen wateroverlast, hitte en droogte, en maakt wijken prettiger en gezonder."],[]),
(2,"7.1","Openbare ruimte en straten",[
"Bij elke herinrichting of rioolvervanging maken de gemeenten de straat klimaatbestendig: minder verharding, wadi's en groenstroken die regenwater opvangen, en waterdoorlatende bestrating op parkeerplaatsen. Wij noemen dit het principe werk-met-werk.",
"Parkeerplaatsen die bij vergroening verdwijnen, worden waar mogelijk gecompenseerd, maar vergroening gaat voor. De regio stelt in 2027 een gezamenlijk Handboek Klimaatbestendige Openbare Ruimte op."],[]),
(2,"7.2","Groene schoolpleinen",[
"Schoolpleinen zijn vaak volledig betegeld en worden op warme dagen heet. Wij willen dat alle schoolpleinen in de regio voor 2032 groen en klimaatbestendig zijn ingericht, met bomen voor schaduw, planten, water om mee te spelen en ruimte om regenwater op te vangen.",
"De gemeenten dragen 50 procent bij aan de kosten van vergroening, met een maximum van 40.000 euro per school. Buiten schooltijd zijn de groene schoolpleinen open voor kinderen uit de buurt."],[]),
(2,"7.3","Bomen en natuur in de wijk",[
"Bomen geven schaduw, houden water vast en zijn belangrijk voor de biodiversiteit. De gemeenten streven naar een kroonbedekking van ten minste 20 procent in elke wijk in 2040. Bij kap van een gezonde boom geldt een herplantplicht in dezelfde wijk.",
"Daarnaast leggen de gemeenten ecologische verbindingen aan tussen de wijken en het buitengebied, en beheren zij bermen en plantsoenen ecologisch, zodat insecten en vogels er voedsel en een schuilplaats vinden."],[]),
(1,"8","Samen met inwoners en partners",["Klimaatadaptatie lukt alleen als overheid, inwoners, bedrijven en maatschappelijke organisaties samenwerken."],[]),
(2,"8.1","Risicodialoog",[
"De risicodialoog is het gesprek met inwoners en partners over de risico's van klimaatverandering en over wie wat doet. De gemeenten zetten de risicodialoog voort met jaarlijkse wijkbijeenkomsten in de kwetsbaarste wijken, klimaatambassadeurs en informatie op de regionale klimaatatlas.",
"Wij willen dat inwoners weten wat zij zelf kunnen doen, zoals het plaatsen van drempels bij de voordeur, het ophangen van zonwering en het vergroenen van de tuin. Het loket Klimaatklaar Beekdal geeft hierover advies."],[]),
(2,"8.2","Inwonersinitiatieven",[
"Steeds meer inwoners nemen zelf initiatief, zoals tegelwippen, geveltuinen en buurtmoestuinen. De gemeenten ondersteunen deze initiatieven met een buurtbudget van maximaal 5.000 euro per initiatief en met hulp bij vergunningen.",
"Jaarlijks organiseert de regio een Week van het NK Tegelwippen, waarin gemeenten, scholen en bewoners zoveel mogelijk tegels vervangen door groen."],[]),
(1,"9","Financiering, uitvoering en monitoring",["Dit hoofdstuk beschrijft hoe de uitvoering wordt georganiseerd en betaald, en hoe de voortgang wordt gevolgd."],[]),
(2,"9.1","Financiering",[
"Voor de uitvoering richten de gemeenten en het waterschap een regionaal Klimaatfonds op van 9 miljoen euro voor de periode 2027-2032. De gemeenten dragen 3 euro per inwoner per jaar bij, het waterschap 2 miljoen euro en de rest komt uit de rijksregeling Impulsregeling Klimaatadaptatie, waarvoor een eigen bijdrage van 67 procent nodig is.",
"Maatregelen in het riool worden betaald uit de rioolheffing. De gemeenten harmoniseren de rioolheffing niet, maar stemmen de tarieven wel af. Kosten van maatregelen op eigen terrein zijn voor de eigenaar, met de subsidie uit paragraaf 3.2.1."],[]),
(2,"9.2","Monitoring en evaluatie",[
"De voortgang wordt jaarlijks gevolgd in een regionale Klimaatmonitor, met onder meer het aantal afgekoppelde vierkante meters, het aandeel groene schoolpleinen, de kroonbedekking per wijk en het aantal meldingen van wateroverlast. De monitor wordt aan de gemeenteraden en het algemeen bestuur van het waterschap gestuurd.",
"In 2030 volgt een tussentijdse evaluatie, waarna de strategie zo nodig wordt bijgesteld. De stresstest wordt elke zes jaar herhaald."],[]),
]
# Bijlage 1 table (uitvoeringsprogramma) and Bijlage 2 Begrippenlijst
TABLE = [
["Thema", "Actie", "Trekker", "Gereed"],
["Wateroverlast", "Regionale norm 70 mm op eigen terrein in omgevingsplannen", "alle gemeenten", "2028"],
["Wateroverlast", "Subsidieregeling Regenwater en loket Klimaatklaar", "Beekvliet", "2027"],
["Hitte", "Lokale hitteplannen", "elke gemeente, GGD", "2028"],
["Hitte", "Vergroening Kersenhof en Stationskwartier", "Beekvliet, Dalsum", "2031"],
["Droogte", "Stuwen en herstel beekdal Aa", "Waterschap", "2030"],
["Bodemdaling", "Regionaal Funderingsloket", "Heerewaarde", "2028"],
["Waterveiligheid", "Dijkversterking Heerewaarde-Dalsum", "Waterschap", "2032"],
["Groen-blauw", "Groene schoolpleinen", "Molenbroek", "2032"],
["Groen-blauw", "Handboek Klimaatbestendige Openbare Ruimte", "Oosterzand", "2027"],
["Monitoring", "Jaarlijkse Klimaatmonitor", "Waterschap", "jaarlijks"],
]
BEGRIPPEN = [
("Afkoppelen", "Het regenwater van daken en verharding niet langer naar het riool laten stromen, maar in de bodem of in oppervlaktewater."),
("Kroonbedekking", "Het deel van een gebied dat van bovenaf gezien door boomkronen wordt bedekt."),
("Risicodialoog", "Het gesprek tussen overheid, inwoners en partners over klimaatrisico's en over wie welke maatregelen neemt."),
("Stresstest", "Een analyse van de kwetsbaarheid van een gebied voor wateroverlast, hitte, droogte en overstromingen."),
("Wadi", "Een verlaagd grasveld waarin regenwater wordt opgevangen en langzaam in de bodem zakt."),
("Werk-met-werk", "Het combineren van klimaatmaatregelen met onderhoud of vervanging die toch al gepland is."),
]
