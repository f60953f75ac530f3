# Content of the fictional draft "Gebiedsagenda Landelijk Gebied Hunzestreek 2027-2035"
TITLE = "Gebiedsagenda Landelijk Gebied Hunzestreek 2027-2035"
SAMENVATTING = [
"De zes gemeenten in de Hunzestreek - Hunzeloo, Eexterveld, Borgerdiep, Gasselterhorn, Annerwolde en Drouwenermond - werken samen met de provincie Drenthe en het Waterschap Hunzedal aan een vitaal landelijk gebied. Deze gebiedsagenda beschrijft de opgaven voor landbouw, natuur, water, stikstof, recreatie en de leefbaarheid van de kernen voor de periode 2027-2035, en de manier waarop wij die opgaven samen met boeren, bewoners en ondernemers oppakken.",
"De belangrijkste keuzes zijn: een stikstofreductie van 40 procent rond de Natura 2000-gebieden Drouwenerzand en Hunzedal-Zuid in 2035, het afronden van het Natuurnetwerk Nederland, bufferstroken van vijf meter langs alle KRW-waterlopen, een hoger grondwaterpeil in de veenkoloniale ondergrond, een netwerk van recreatieve routes langs de Hunze en het behoud van voorzieningen in de kleine kernen. Voor boeren die willen omschakelen komt een gebiedsfonds met een omvang van 85 miljoen euro.",
]
KADER = ("\u201eMijn opa heeft deze grond ontgonnen, mijn vader heeft er de ruilverkaveling meegemaakt. Ik wil dat mijn dochter hier ook nog kan boeren, maar dan moet ik wel weten waar ik over tien jaar aan toe ben.\u201d",
         "- melkveehouder uit Annerwolde tijdens de keukentafelgesprekken, maart 2026")
# (level, number, title, paragraphs, footnotes); footnote marks written as [1] in text
SECTIONS = [
(1,"1","Inleiding",["In dit hoofdstuk beschrijven we waarom de gemeenten, de provincie en het waterschap deze gebiedsagenda opstellen en hoe zij tot stand is gekomen."],[]),
(2,"1.1","Aanleiding en doel",[
"Het landelijk gebied van de Hunzestreek staat voor grote veranderingen. De stikstofdepositie op de Natura 2000-gebieden is te hoog, de waterkwaliteit voldoet op veel plaatsen niet aan de Kaderrichtlijn Water en de zomers worden droger. Tegelijk staan de voorzieningen in de kleine kernen onder druk en stoppen elk jaar tientallen agrarische bedrijven zonder opvolger.",
"Met deze gebiedsagenda leggen de gemeenten, de provincie Drenthe en het Waterschap Hunzedal vast welke opgaven zij samen oppakken. De agenda is de regionale uitwerking van het provinciale programma landelijk gebied en vormt het kader voor de gebiedsprocessen die vanaf 2027 starten. Zij vervangt de Plattelandsvisie Hunzestreek 2018."],[]),
(2,"1.2","Totstandkoming en proces",[
"De agenda is opgesteld door een gebiedsteam van de zes gemeenten, de provincie en het waterschap, onder leiding van een onafhankelijk voorzitter. In het voorjaar van 2026 zijn ruim 140 keukentafelgesprekken gevoerd met agrariërs en zijn in vijf dorpen gebiedsavonden gehouden. Ook LTO Noord, de terreinbeheerders, de recreatiesector en de vereniging van dorpsbelangen zijn bevraagd.",
"Deze inspraakversie ligt van 14 september tot en met 26 oktober 2026 ter inzage. Iedereen kan een zienswijze indienen. De reacties worden verwerkt in een nota van beantwoording. Daarna stellen de gemeenteraden, Provinciale Staten en het algemeen bestuur van het waterschap de gebiedsagenda in het voorjaar van 2027 vast."],[]),
(1,"2","De Hunzestreek in beeld",["Dit hoofdstuk schetst het landschap, de landbouw en de kernen van het gebied zoals zij er nu voor staan."],[]),
(2,"2.1","Landschap en bodem",[
"De Hunzestreek bestaat uit drie landschappen: het beekdal van de Hunze met zijn natte graslanden, de zandgronden van de Hondsrug met essen en houtwallen, en de veenkoloniale ontginningen met lange, rechte wijken en kanalen. Onder een groot deel van de veenkoloniën ligt nog een dunne laag veen die bij lage waterstanden verder inklinkt.",
"De bodem in het beekdal is nat en kwetsbaar, de zandgronden drogen in de zomer snel uit. Het landschap heeft een hoge cultuurhistorische waarde; de essen en de wijkenstructuur zijn in de provinciale omgevingsverordening beschermd[1]."],
["[1] Omgevingsverordening Drenthe, afdeling Landschap en cultuurhistorie."]),
(2,"2.2","Landbouw in cijfers",[
"In de Hunzestreek zijn ongeveer 780 agrarische bedrijven gevestigd: 310 melkveehouderijen, 190 akkerbouwbedrijven (vooral zetmeelaardappelen en suikerbieten), 95 intensieve veehouderijen en een groeiend aantal gemengde en biologische bedrijven. De landbouw beslaat 71 procent van het grondgebied.",
"Ruim een derde van de ondernemers is ouder dan 60 jaar en heeft geen opvolger. Naar verwachting stoppen tot 2035 ongeveer 250 bedrijven. Daardoor komen veel grond en gebouwen vrij, wat kansen biedt voor extensivering, natuur en nieuwe functies, maar ook risico's op verrommeling en leegstand."],[]),
(2,"2.3","Kernen en bevolking",[
"Het gebied telt 38 kernen, van dorpen met 6.000 inwoners tot buurtschappen van enkele tientallen huizen. De bevolking krimpt licht en vergrijst: in 2035 is naar verwachting een op de drie inwoners ouder dan 65 jaar. Jongeren vertrekken voor studie en werk naar Groningen en Assen.",
"Het verenigingsleven is sterk. Bijna elk dorp heeft een eigen vereniging van dorpsbelangen en veel voorzieningen, zoals dorpshuizen en ijsbanen, draaien op vrijwilligers."],[]),
(1,"3","Landbouw en stikstof",["De landbouw is en blijft de belangrijkste gebruiker van het landelijk gebied. In dit hoofdstuk beschrijven we hoe wij boeren ondersteunen bij de omschakeling en hoe wij de stikstofdepositie verlagen."],[]),
(2,"3.1","Toekomstbestendige landbouw",[
KADER,
"Wij willen dat de landbouw in de Hunzestreek in 2035 economisch gezond is en binnen de grenzen van bodem, water en natuur werkt. Wij stimuleren kringlooplandbouw, natuurinclusieve landbouw en nieuwe teelten zoals hennep en vezelgewassen. Elke boer kan tot 2029 een gratis bedrijfsadvies krijgen van een onafhankelijk erfbetreder.",
"Boeren die willen omschakelen, kunnen een beroep doen op het gebiedsfonds voor investeringen en voor de vergoeding van inkomensverlies in de eerste jaren. Ook werken wij aan langjarige afspraken over landschapsbeheer, waarbij boeren een vergoeding krijgen voor maatschappelijke diensten."],[]),
(2,"3.2","Stikstofreductie rond Natura 2000",[
"De stikstofdepositie op de Natura 2000-gebieden Drouwenerzand en Hunzedal-Zuid ligt ruim boven de kritische depositiewaarde. Wij streven naar een reductie van de uitstoot van ammoniak van 40 procent in 2035 ten opzichte van 2019, met een tussendoel van 25 procent in 2030.",
"De reductie wordt gebiedsgericht verdeeld: in een zone van 2 kilometer rond de Natura 2000-gebieden is de opgave het grootst. Daarbuiten zetten wij vooral in op emissiearme stallen, voer- en managementmaatregelen en beweiden."],[]),
(3,"3.2.1","Vrijwillige opkoop en extensivering",[
"Boeren in de zone rond de Natura 2000-gebieden kunnen vrijwillig deelnemen aan een opkoopregeling of hun bedrijf extensiveren. Bij extensivering daalt het aantal dieren per hectare en ontvangt de boer een vergoeding voor de waardedaling van de grond. Vrijgekomen grond wordt bij voorkeur gebruikt voor extensieve landbouw of natuur.",
"Opgekochte stikstofruimte wordt voor ten minste 60 procent ingezet voor natuurherstel. De rest kan worden gebruikt voor maatschappelijke projecten, zoals woningbouw en infrastructuur, maar niet voor uitbreiding van andere veehouderijen."],[]),
(3,"3.2.2","Piekbelasters",[
"Ongeveer twintig bedrijven dragen samen voor bijna de helft bij aan de depositie op het Drouwenerzand. Met deze piekbelasters gaan wij als eerste in gesprek over verplaatsing, omschakeling of beeindiging. Wij bieden hun een vergoeding die boven de marktwaarde ligt.",
"Als de vrijwillige aanpak in 2028 onvoldoende oplevert, sluiten de provincie en het Rijk verdergaande instrumenten zoals onteigening niet uit. Wij vinden het van groot belang dat het eerst echt op vrijwillige basis wordt geprobeerd."],[]),
(2,"3.3","Korte ketens en streekproducten",[
"Wij willen dat meer voedsel uit de Hunzestreek in de streek wordt verkocht en gegeten. Daarom ondersteunen wij boerderijwinkels, een regionaal streekmerk en een coöperatief distributiepunt in Borgerdiep. Scholen, zorginstellingen en gemeentelijke kantines kopen vanaf 2028 voor ten minste 20 procent streekproducten in.",
"Een hogere prijs voor duurzaam geproduceerd voedsel is een voorwaarde voor een gezond verdienmodel. Wij gaan met supermarkten en zuivelverwerkers in gesprek over een meerprijs voor producten met het streekmerk."],[]),
(1,"4","Natuur en landschap",["De natuur in de Hunzestreek is van internationale betekenis. In dit hoofdstuk beschrijven we hoe wij het natuurnetwerk afronden en het landschap versterken."],[]),
(2,"4.1","Natuurnetwerk en verbindingszones",[
"In de Hunzestreek moet nog ongeveer 1.150 hectare Natuurnetwerk Nederland worden ingericht, vooral in het beekdal van de Hunze. Wij ronden dit uiterlijk in 2030 af, bij voorkeur door vrijwillige verwerving en functieverandering. Boeren die hun grond als natuur willen beheren, kunnen dat zelf blijven doen.",
"Tussen het Drouwenerzand en het Hunzedal leggen wij een ecologische verbindingszone aan van ten minste 50 meter breed, met een faunapassage onder de N34. Zo kunnen dieren als de das, de boommarter en de ringslang zich tussen de gebieden verplaatsen."],[]),
(2,"4.2","Landschapselementen en houtwallen",[
"Houtwallen, singels, poelen en lanen bepalen het karakter van de zandgronden. Sinds 1990 is ruim een kwart van de houtwallen verdwenen. Wij willen tot 2035 ten minste 120 kilometer houtwal en singel herstellen of nieuw aanleggen, samen met grondeigenaren en agrarische natuurverenigingen.",
"Voor het onderhoud van landschapselementen ontvangen eigenaren een vergoeding via het agrarisch natuur- en landschapsbeheer. Het snoeihout wordt zoveel mogelijk in de streek benut."],[]),
(2,"4.3","Weidevogels en boerenlandnatuur",[
"De Hunzestreek is een van de laatste gebieden in Drenthe met grotere aantallen grutto's en kieviten. Wij wijzen drie weidevogelkerngebieden aan: de Annerwoldse Broeken, de Gasselter Made en de polder Drouwenermond-Noord. Daar stimuleren wij later maaien, plas-drasgebieden en kruidenrijk grasland.",
"Predatie door vossen en kraaien is een groeiend probleem. In de kerngebieden wordt het beheer van predatoren afgestemd met de wildbeheereenheden."],[]),
(1,"5","Water en bodem",["Water en bodem zijn sturend bij de inrichting van het landelijk gebied. In dit hoofdstuk beschrijven we de opgaven voor waterkwaliteit, droogte en drinkwater."],[]),
(2,"5.1","Waterkwaliteit en bufferstroken",[
"Van de 23 waterlichamen in de Hunzestreek voldoen er nu 4 aan de doelen van de Kaderrichtlijn Water. De belangrijkste oorzaken zijn de uit- en afspoeling van meststoffen en gewasbeschermingsmiddelen en de rechtgetrokken loop van beken. Wij willen dat in 2027 alle maatregelen zijn genomen die nodig zijn om de doelen te halen.",
"Langs alle KRW-waterlopen komt een bufferstrook van vijf meter waarin niet wordt bemest en gespoten. Langs de overige watergangen geldt een bufferstrook van drie meter. Agrariërs krijgen voor het beheer van de bufferstroken een vergoeding per strekkende meter."],[]),
(2,"5.2","Droogte en peilbeheer",[
"Door droge zomers daalt de grondwaterstand en klinkt het veen in. Het waterschap verhoogt daarom het peil in de veenkoloniale gebieden waar dat mogelijk is met 20 tot 30 centimeter en houdt in het voorjaar meer water vast in sloten en beken. Onttrekkingen van grondwater voor beregening worden in droge perioden beperkt.",
"Op lagere delen van de veenkoloniën kan een hoger peil betekenen dat de grond minder geschikt wordt voor akkerbouw. Voor boeren die daardoor schade lijden, komt een regeling voor compensatie en functieverandering."],[]),
(2,"5.3","Drinkwaterbronnen",[
"Rond de waterwinningen Annerwolde en Gasselterhorn liggen grondwaterbeschermingsgebieden. De concentraties nitraat en resten van gewasbeschermingsmiddelen in het opgepompte water nemen toe. Wij willen dat in de intrekgebieden vanaf 2030 alleen nog extensieve landbouw of natuur voorkomt.",
"Met het drinkwaterbedrijf sluiten wij een gebiedsovereenkomst over de bescherming van de bronnen en de ondersteuning van boeren die daarvoor hun bedrijfsvoering aanpassen."],[]),
(1,"6","Vrijetijdseconomie",["Recreatie en toerisme zijn een belangrijke bron van inkomsten en werk in het gebied. In dit hoofdstuk beschrijven we hoe wij die sector versterken zonder het landschap aan te tasten."],[]),
(2,"6.1","Recreatieve routes",[
"Wij ontwikkelen een samenhangend netwerk van fiets-, wandel- en kanoroutes langs de Hunze, met de oude veenkoloniale kanalen als ruggengraat. Ontbrekende schakels, zoals het fietspad tussen Annerwolde en de Gasselter Made, worden tot 2030 aangelegd. Klompenpaden over boerenland worden samen met de eigenaren ingericht.",
"Op drie plaatsen komen toeristische overstappunten met parkeergelegenheid, oplaadpunten voor e-bikes en informatie over het gebied. De routes worden beheerd door het Recreatieschap Hunzestreek."],[]),
(2,"6.2","Verblijfsrecreatie en vakantieparken",[
"Een aantal vakantieparken in het gebied is verouderd en wordt deels permanent bewoond door arbeidsmigranten en mensen zonder andere woonruimte. Wij maken per park een toekomstplan: vitaliseren, transformeren naar een woonwijk of terugbrengen naar natuur. Permanente bewoning van recreatiewoningen blijft in beginsel niet toegestaan.",
"Nieuwe verblijfsrecreatie is mogelijk bij boerderijen (kamperen bij de boer, tot 25 plaatsen) en in de vorm van kleinschalige landgoedontwikkeling, mits die bijdraagt aan natuur en landschap."],[]),
(1,"7","Leefbaarheid van kernen",["Een vitaal landelijk gebied vraagt om levendige dorpen. In dit hoofdstuk beschrijven we hoe wij de voorzieningen, het wonen en de bereikbaarheid van de kernen op peil houden."],[]),
(2,"7.1","Voorzieningen en dorpshuizen",[
"In veel kleine kernen zijn de winkel, de bank en de school verdwenen. Het dorpshuis is vaak de laatste plek waar inwoners elkaar ontmoeten. Wij ondersteunen dorpshuizen met een leefbaarheidsbudget van 10 euro per inwoner per jaar en helpen bij de verduurzaming van de gebouwen.",
"Een basisschool met minder dan 23 leerlingen kan in stand blijven als zij samenwerkt in een kindcentrum met kinderopvang en voorzieningen voor ouderen. Dorpen kunnen zelf initiatieven nemen via het right to challenge."],[]),
(2,"7.2","Wonen in kleine kernen",[
"Om jongeren en ouderen in hun dorp te houden, staan wij in elke kern kleinschalige woningbouw toe die past bij de lokale behoefte, ook als de kern krimpt. Wij ondersteunen collectief particulier opdrachtgeverschap en tiny houses op tijdelijke locaties.",
"Erven van gestopte boeren kunnen worden benut voor woningen, bijvoorbeeld door een boerderij op te splitsen in twee of drie woningen. Daarvoor gelden de regels voor vrijkomende agrarische bebouwing in paragraaf 7.4."],[]),
(2,"7.3","Bereikbaarheid en buurtbus",[
"Het openbaar vervoer in het gebied is beperkt tot een paar hoofdlijnen. De buurtbus, gereden door vrijwilligers, verbindt de kleinere kernen met de knooppunten Borgerdiep en Hunzeloo. Wij willen de buurtbus behouden en uitbreiden met vervoer op afroep.",
"Veilige fietsroutes naar school en werk krijgen voorrang, met name langs de drukke provinciale wegen. Op landbouwwegen scheiden wij waar mogelijk het landbouwverkeer van fietsers."],[]),
(2,"7.4","Vrijkomende agrarische bebouwing",[
"Tot 2035 komt naar schatting 400.000 m2 aan agrarische bebouwing vrij. Leegstaande stallen verrommelen het landschap en kunnen asbest bevatten. Wij staan nieuwe functies toe, zoals wonen, kleinschalige bedrijvigheid en zorg, op voorwaarde dat ten minste de helft van de overtollige bebouwing wordt gesloopt (de regeling rood-voor-rood).",
"Vestiging van nieuwe intensieve veehouderij op vrijkomende erven is niet toegestaan. Opslag en stalling zijn mogelijk, mits het verkeer dat daarbij hoort niet door de kernen rijdt."],[]),
(1,"8","Uitvoering en financiering",["Dit hoofdstuk beschrijft hoe wij de gebiedsagenda uitvoeren, financieren en volgen."],[]),
(2,"8.1","Gebiedsprocessen en gebiedsregisseur",[
"De agenda wordt uitgevoerd in vier deelgebieden, elk met een eigen gebiedsproces: Hunzedal, Drouwenerzand, Veenkoloniën-West en Hondsrug-Oost. Per deelgebied komt een gebiedsregisseur die boeren, bewoners en organisaties bij elkaar brengt en voor iedere deelnemer het eerste aanspreekpunt is.",
"In elk gebiedsproces werken wij met een gebiedscommissie met vertegenwoordigers van de landbouw, natuur- en landschapsorganisaties, het waterschap en de dorpen. De gebiedscommissies adviseren over de inzet van middelen."],[]),
(2,"8.2","Financiering en monitoring",[
"Voor de uitvoering is tot 2035 ongeveer 210 miljoen euro nodig. Daarvan komt 85 miljoen uit het gebiedsfonds, gevuld door het Rijk en de provincie; de gemeenten en het waterschap dragen samen 40 miljoen bij en de rest komt uit Europese middelen en private bijdragen. De middelen worden verdeeld over de deelgebieden op basis van de opgave.",
"Wij volgen de voortgang met een jaarlijkse gebiedsmonitor over stikstofdepositie, waterkwaliteit, hectares natuur en de leefbaarheid van de kernen. In 2030 volgt een tussentijdse evaluatie, waarbij de doelen zo nodig worden bijgesteld."],[]),
(1,"Bijlage 1","Begrippenlijst",[
"Bufferstrook: een strook langs een waterloop waarop niet wordt bemest en geen gewasbeschermingsmiddelen worden gebruikt.",
"Extensivering: het verlagen van het aantal dieren per hectare of de intensiteit van het grondgebruik.",
"KRW: de Europese Kaderrichtlijn Water, die doelen stelt voor de chemische en ecologische kwaliteit van oppervlakte- en grondwater.",
"Piekbelaster: een bedrijf met een hoge stikstofdepositie op een nabijgelegen Natura 2000-gebied.",
"VAB: vrijkomende agrarische bebouwing, de gebouwen op een erf waar de agrarische activiteit is beeindigd."],[]),
(1,"Bijlage 2","Maatregelen en planning",["De tabel geeft per thema de belangrijkste maatregelen, de trekker en het jaar waarin de maatregel gereed is.","TABLE"],[]),
]
TABLE = [["Thema", "Maatregel", "Trekker", "Gereed"],
["Stikstof", "Gesprekken piekbelasters", "Provincie", "2027"],
["Stikstof", "Opkoopregeling zone 2 km", "Provincie", "2028"],
["Natuur", "Afronding NNN Hunzedal", "Provincie", "2030"],
["Natuur", "120 km houtwal en singel", "Gemeenten", "2035"],
["Water", "Bufferstroken KRW-waterlopen", "Waterschap", "2027"],
["Water", "Peilverhoging veenkoloniën", "Waterschap", "2029"],
["Recreatie", "Fietspad Annerwolde - Gasselter Made", "Gemeenten", "2030"],
["Kernen", "Leefbaarheidsbudget dorpshuizen", "Gemeenten", "2027"],
["Uitvoering", "Gebiedsregisseurs aangesteld", "Gebiedsteam", "2027"]]
