# Content of the fictional draft "Regionale Energie- en Warmteagenda Merwestroom 2027-2032"
TITLE = "Regionale Energie- en Warmteagenda Merwestroom 2027-2032"
SAMENVATTING = [
"De zeven gemeenten in de regio Merwestroom - Giessenburcht, Arkelstein, Hardinxdam, Molenwaard-Noord, Ottoland-Oost, Leerbroek en Alblaswijk - werken samen aan een betrouwbare, betaalbare en duurzame energievoorziening. Deze agenda is de opvolger van de Regionale Energiestrategie 2.0 en bundelt voor het eerst de opgave voor duurzame elektriciteit en de warmtetransitie in een document.",
"De regio wil in 2032 jaarlijks 1,4 TWh duurzame elektriciteit opwekken met wind en zon, waarvan ten minste 50 procent in lokaal eigendom. Zonnepanelen komen eerst op daken en restgronden, pas daarna in het landelijk gebied. Voor de warmte kiezen wij per wijk de best passende oplossing: warmtenetten waar bronnen als restwarmte en aquathermie beschikbaar zijn, en all-electric of hybride oplossingen in de dorpen en het buitengebied. Netcongestie is de grootste belemmering; daarom werken wij met de netbeheerder aan energiehubs en slimme netten.",
]
KADER = ("\u201eWe willen best meedoen, maar dan moet de opbrengst ook in ons dorp blijven en niet bij een projectontwikkelaar uit de Randstad.\u201d",
         "- inwoner van Ottoland-Oost tijdens de energieavond van 14 april 2026")
# (level, number, title, paragraphs, footnotes) ; footnote marks written as [1] in text
SECTIONS = [
(1,"1","Inleiding",["In dit hoofdstuk beschrijven we waarom deze agenda nodig is, hoe zij zich verhoudt tot de eerdere energiestrategieen en hoe zij tot stand is gekomen."],[]),
(2,"1.1","Aanleiding en doel",[
"In het Klimaatakkoord hebben Rijk, provincies, gemeenten en waterschappen afgesproken dat de 30 energieregio's elk een Regionale Energiestrategie opstellen. De regio Merwestroom heeft in 2021 de RES 1.0 en in 2023 de RES 2.0 vastgesteld. Sindsdien is de opgave veranderd: het elektriciteitsnet raakt vol, de Wet collectieve warmte is aangenomen en gemeenten moeten uiterlijk in 2026 een warmteprogramma vaststellen.",
"Met deze agenda leggen de gemeenten vast welke opgave zij samen oppakken en welke keuzes zij lokaal maken. De agenda is het kader voor de omgevingsplannen, voor de gemeentelijke warmteprogramma's en voor de afspraken met de netbeheerder, het waterschap en de woningcorporaties."],[]),
(2,"1.2","Totstandkoming en proces",[
"De agenda is opgesteld door een ambtelijke werkgroep van de zeven gemeenten, het Waterschap Merwe en Linge en de provincie, onder regie van de Stuurgroep Energie Merwestroom. In het voorjaar van 2026 zijn vijf energieavonden gehouden, in Giessenburcht, Arkelstein, Ottoland-Oost, Leerbroek en Alblaswijk, met in totaal ruim 450 deelnemers. Ook de energiecooperaties, de agrarische sector, natuurorganisaties en de netbeheerder zijn bevraagd.",
"Deze inspraakversie ligt van 1 september tot en met 15 oktober 2026 ter inzage. Iedereen kan een zienswijze indienen. De reacties worden verwerkt in een nota van beantwoording, waarna de gemeenteraden en het algemeen bestuur van het waterschap de definitieve agenda in het voorjaar van 2027 vaststellen."],[]),
(1,"2","De energiesituatie in de regio",["Dit hoofdstuk schetst het huidige energiegebruik, de uitstoot en de toestand van het elektriciteitsnet."],[]),
(2,"2.1","Energiegebruik en uitstoot",[
"De regio gebruikt jaarlijks ongeveer 11 PJ aan energie, waarvan 45 procent voor warmte in woningen en gebouwen, 30 procent voor mobiliteit en 25 procent voor bedrijven en landbouw[1]. De CO2-uitstoot is sinds 1990 met 21 procent gedaald, minder dan het landelijk gemiddelde. Vooral de gebouwde omgeving blijft achter: van de 58.000 woningen heeft nog 41 procent een energielabel D of slechter.",
"De glastuinbouw rond Molenwaard-Noord en Leerbroek is een grote gebruiker van aardgas, maar ook een mogelijke leverancier van restwarmte. In het buitengebied staan veel vrijstaande boerderijen en oudere woningen die lastig te verduurzamen zijn."],
["[1] Klimaatmonitor, cijfers 2024; bewerking Stuurgroep Energie Merwestroom."]),
(2,"2.2","Netcongestie",[
"Het elektriciteitsnet in de regio is op veel plaatsen vol. Sinds 2024 geldt in het hele gebied ten zuiden van de Lek een wachtrij voor nieuwe grootverbruikers en voor teruglevering door zonneparken. Volgens de netbeheerder is de congestie op het 50 kV-net pas na 2030 opgelost, wanneer de nieuwe hoogspanningsstations bij Arkelstein en Hardinxdam in gebruik zijn.",
"Netcongestie remt niet alleen de opwek van duurzame energie, maar ook de bouw van woningen, de elektrificatie van bedrijven en de aanleg van laadpleinen. Wij zien het oplossen van netcongestie daarom als een gezamenlijke opgave van netbeheerder, overheden en gebruikers."],[]),
(1,"3","Duurzame opwek van elektriciteit",["In dit hoofdstuk beschrijven we hoe wij tot 2032 de opwek van duurzame elektriciteit uitbreiden en welke spelregels daarbij gelden."],[]),
(2,"3.1","Windenergie",[
"De regio heeft nu 14 windturbines met een gezamenlijke opwek van 0,35 TWh. Wij willen tot 2032 ruimte bieden aan ten minste 12 nieuwe windturbines in drie zoekgebieden: langs de A15 bij Arkelstein, op het bedrijventerrein De Hoge Waard en in de polder ten oosten van Ottoland-Oost. De zoekgebieden staan op de kaart in Bijlage 2.",
"Voor nieuwe windturbines houden wij een afstand van ten minste 500 meter tot woningen aan, in afwachting van de nieuwe landelijke milieunormen. Omwonenden binnen 1.000 meter ontvangen een omgevingsbijdrage van ten minste 0,50 euro per opgewekte MWh, die via een gebiedsfonds wordt besteed."],[]),
(2,"3.2","Zon op daken",[
"Grote daken van bedrijven, kassen, stallen en maatschappelijk vastgoed bieden veel ruimte voor zonnepanelen. In de regio is nu ongeveer 15 procent van het geschikte grote dakoppervlak benut. Wij willen dat in 2032 ten minste de helft van de daken groter dan 1.000 m2 met zonnepanelen is belegd.",
"Gemeenten stellen een regionale dakenregeling in met een gratis dakscan, een aanjager voor bedrijventerreinen en hulp bij constructieve versterking van oudere daken. Waar het net vol is, stimuleren wij eigen gebruik en opslag achter de meter."],[]),
(2,"3.3","Zonneparken in het landelijk gebied",[
"Om de doelstelling te halen zijn naast daken ook zonneparken nodig. Wij gaan uit van ten hoogste 180 hectare zonneparken tot 2032, verdeeld over de gemeenten volgens Bijlage 2. Zonneparken op landbouwgrond van hoge kwaliteit en in weidevogelgebieden staan wij niet toe.",
"Een zonnepark krijgt een tijdelijke vergunning van ten hoogste 25 jaar. Na afloop wordt de grond in oorspronkelijke staat teruggebracht; de initiatiefnemer stelt daarvoor een financiele zekerheid."],[]),
(3,"3.3.1","Zonneladder en landschappelijke inpassing",[
"Bij de keuze van locaties volgen wij de zonneladder: eerst daken en gevels, dan onbenutte terreinen in bebouwd gebied zoals parkeerplaatsen en geluidswallen, dan restgronden langs infrastructuur en pas als laatste landbouwgrond. Een initiatiefnemer moet aantonen dat een hogere trede niet beschikbaar is.",
"Een zonnepark wordt landschappelijk ingepast met een haag of houtwal van ten minste vijf meter breed, een zichtbare afstand tot de dijken en ruimte voor biodiversiteit tussen en onder de panelen. Het regionaal beeldkwaliteitsplan uit de RES 2.0 blijft van kracht."],[]),
(2,"3.4","Lokaal eigendom en participatie",[
KADER,
"Wij streven ernaar dat ten minste 50 procent van de nieuwe opwek in eigendom is van de lokale omgeving: inwoners, bedrijven en energiecooperaties. Initiatiefnemers van wind- en zonneprojecten bieden de omgeving daarom vanaf de start van de planvorming de mogelijkheid om mede-eigenaar te worden.",
"Gemeenten ondersteunen energiecooperaties met een regionaal ontwikkelfonds van 2 miljoen euro, dat risicodragende voorfinanciering verstrekt in de ontwikkelfase. Bij elk project wordt een participatieplan opgesteld, dat de gemeenteraad beoordeelt voordat een vergunning wordt verleend."],[]),
(1,"4","Warmtetransitie",["Het aardgasvrij maken van woningen en gebouwen is de grootste verbouwing van Nederland. In dit hoofdstuk beschrijven we hoe wij de warmtetransitie in de regio aanpakken."],[]),
(2,"4.1","Regionale Structuur Warmte",[
"De Regionale Structuur Warmte brengt vraag en aanbod van warmte in beeld. Ongeveer 35 procent van de gebouwde omgeving ligt dicht genoeg bij een warmtebron om aan te sluiten op een collectief warmtenet; de overige 65 procent, vooral de dorpen en het buitengebied, is aangewezen op individuele oplossingen zoals een warmtepomp.",
"De gemeenten maken afspraken over bronnen die grensoverschrijdend zijn, zoals de restwarmte van de papierfabriek in Hardinxdam en de glastuinbouw in Molenwaard-Noord. Een bron wordt eerst ingezet voor de dichtstbijzijnde wijken."],[]),
(2,"4.2","Warmtenetten en bronnen",[
"Voor warmtenetten kiezen wij bij voorkeur voor duurzame bronnen: restwarmte, aquathermie uit de rivier en het boezemwater, en op termijn geothermie. Biomassacentrales voor warmtenetten sluiten wij uit, behalve kleinschalige installaties op reststromen uit de eigen regio.",
"Wij willen dat warmtenetten een publiek meerderheidsbelang krijgen, zoals de Wet collectieve warmte voorschrijft. De gemeenten onderzoeken met de provincie de oprichting van een regionaal warmtebedrijf. Het Waterschap Merwe en Linge verkent met de gemeenten waar aquathermie uit rioolwater en oppervlaktewater mogelijk is[2]."],
["[2] Zie de verkenning Aquathermie Merwe en Linge, 2025."]),
(2,"4.3","Wijkaanpak en tempo",[
"Iedere gemeente stelt een warmteprogramma op met een wijkindeling en een indicatieve volgorde. Tot 2032 worden in de regio ten minste 9.000 woningen aardgasvrij of aardgasvrij-ready gemaakt, waarvan 6.000 huurwoningen van de corporaties. Per wijk wordt een wijkuitvoeringsplan gemaakt samen met de bewoners.",
"Geen enkele bewoner wordt verplicht om van het aardgas af te gaan voordat er een betaalbaar alternatief beschikbaar is. Gemeenten geven bewoners ten minste acht jaar voor het afsluiten van het gasnet een besluit over de wijk."],[]),
(3,"4.3.1","Betaalbaarheid en energiearmoede",[
"De woonlasten mogen door de warmtetransitie niet stijgen. Het uitgangspunt is woonlastenneutraliteit: de energiebesparing weegt op tegen de kosten van de maatregelen. Voor huishoudens met een laag inkomen is dit niet altijd haalbaar zonder steun.",
"Gemeenten zetten energiecoaches in, een regionaal noodfonds energie voor huishoudens met betalingsachterstanden en een gratis klushulp voor kleine isolatiemaatregelen. Ongeveer 7 procent van de huishoudens in de regio leeft in energiearmoede; wij willen dat aandeel in 2032 halveren."],[]),
(1,"5","Energiebesparing in de gebouwde omgeving",["De goedkoopste energie is energie die niet wordt gebruikt. Daarom is besparing de eerste stap, voordat nieuwe bronnen worden ingezet."],[]),
(2,"5.1","Woningen van particuliere eigenaren",[
"Ongeveer 64 procent van de woningen in de regio is eigendom van particulieren. Via het Regionaal Energieloket Merwestroom krijgen zij onafhankelijk advies, een gratis maatwerkadvies voor woningen met label D of slechter en hulp bij het aanvragen van subsidies en de Warmtefondslening.",
"Voor verenigingen van eigenaren komt er een aparte begeleider, omdat besluitvorming in een VvE veel tijd kost. Wij stimuleren collectieve inkoopacties voor isolatie, zonnepanelen en warmtepompen per straat of dorp."],[]),
(2,"5.2","Maatschappelijk vastgoed en bedrijven",[
"Gemeenten geven het goede voorbeeld: alle gemeentelijke gebouwen hebben in 2030 ten minste label A. Scholen, sporthallen en dorpshuizen krijgen een verduurzamingsplan en kunnen voor de uitvoering gebruikmaken van een regionale revolverende lening.",
"Bedrijven met een groot energieverbruik worden gecontroleerd op de energiebesparingsplicht. De omgevingsdienst voert daarvoor jaarlijks ten minste 300 controles uit. Bedrijventerreinen worden gestimuleerd een parkmanagementorganisatie op te richten die energie gezamenlijk inkoopt en deelt."],[]),
(1,"6","Infrastructuur en opslag",["Een duurzaam energiesysteem vraagt om een ander elektriciteitsnet, om opslag en om nieuwe energiedragers."],[]),
(2,"6.1","Netuitbreiding en energiehubs",[
"De netbeheerder investeert tot 2032 ruim 400 miljoen euro in het net in de regio. Gemeenten versnellen de vergunningverlening voor nieuwe transformatorstations en reserveren daarvoor ruimte in de omgevingsplannen. Wij vragen de netbeheerder om woningbouw, scholen en zorginstellingen voorrang te geven in de wachtrij.",
"Op de bedrijventerreinen De Hoge Waard en Giessenburcht-Oost zetten wij energiehubs op: bedrijven delen een netaansluiting, stemmen hun verbruik op elkaar af en slaan energie gezamenlijk op. Zo past meer gebruik op hetzelfde net."],[]),
(2,"6.2","Opslag en waterstof",[
"Batterijen bij zonneparken, op bedrijventerreinen en in wijken helpen pieken op het net op te vangen. Wij nemen in de omgevingsplannen regels op voor de veilige plaatsing van buurtbatterijen en grote batterijsystemen, met aandacht voor brandveiligheid en geluid.",
"Waterstof zien wij vooral als een oplossing voor de zware industrie en de binnenvaart, niet voor het verwarmen van woningen. De regio sluit aan bij de provinciale waterstofroute langs de Merwede."],[]),
(1,"7","Uitvoering en monitoring",["Dit hoofdstuk beschrijft hoe wij de agenda uitvoeren, wat dat kost en hoe wij de voortgang volgen."],[]),
(2,"7.1","Organisatie en samenwerking",[
"De Stuurgroep Energie Merwestroom, met een wethouder van elke gemeente, een lid van het dagelijks bestuur van het waterschap en een gedeputeerde, stuurt op de uitvoering. Een regionaal programmabureau met zes fte ondersteunt de gemeenten en voert regionale projecten uit.",
"De gemeenteraden worden twee keer per jaar geinformeerd en kunnen via een regionale radenwerkgroep meedenken. Inwoners, cooperaties en bedrijven zijn vertegenwoordigd in een klankbordgroep die ten minste vier keer per jaar bijeenkomt."],[]),
(2,"7.2","Financien",[
"De gemeenten dragen samen 1,8 miljoen euro per jaar bij aan het programmabureau en de regionale regelingen, naar rato van het aantal inwoners. Daarnaast zetten wij de rijksbijdrage voor de uitvoeringskosten van het Klimaatakkoord in. Deze bijdrage loopt in de huidige vorm tot 2030.",
"Zonder structurele financiering van het Rijk na 2030 kunnen de gemeenten de agenda niet volledig uitvoeren. Samen met de andere energieregio's pleiten wij voor een structurele bijdrage via het Gemeentefonds."],[]),
(2,"7.3","Monitoring en bijsturing",[
"De voortgang wordt jaarlijks gemeten in een regionale energiemonitor, met indicatoren voor opwek, besparing, aardgasvrije woningen, energiearmoede en lokaal eigendom. De monitor wordt openbaar gepubliceerd.",
"Elke twee jaar beoordelen wij of de agenda moet worden bijgesteld. In 2029 vindt een tussentijdse evaluatie plaats, waarin ook de ervaringen van inwoners en de klankbordgroep worden meegenomen."],[]),
(1,"Bijlage 1","Begrippenlijst",[
"Aquathermie: het winnen van warmte uit oppervlaktewater, afvalwater of drinkwater met een warmtepomp.",
"Energiehub: een samenwerking van bedrijven die een netaansluiting, opslag en energie met elkaar delen.",
"Netcongestie: de situatie waarin het elektriciteitsnet op een bepaalde plek niet meer vraag of aanbod kan transporteren.",
"TWh (terawattuur): een miljard kilowattuur; een gemiddeld huishouden gebruikt ongeveer 2.500 kWh per jaar.",
"Zonneladder: de voorkeursvolgorde voor de plaatsing van zonnepanelen, van daken naar landbouwgrond."],[]),
(1,"Bijlage 2","Zoekgebieden en verdeling per gemeente",["De tabel geeft de zoekgebieden voor windenergie en de maximale oppervlakte zonneparken per gemeente tot 2032.", "TABLE"],[]),
]
TABLE = [["Gemeente", "Windturbines", "Zonneparken (ha)", "Zoekgebied wind"],
["Giessenburcht", "0", "35", "-"],
["Arkelstein", "5", "30", "langs de A15"],
["Hardinxdam", "3", "20", "De Hoge Waard"],
["Molenwaard-Noord", "0", "25", "-"],
["Ottoland-Oost", "4", "40", "polder Ottoland-Oost"],
["Leerbroek", "0", "20", "-"],
["Alblaswijk", "0", "10", "-"],
["Totaal", "12", "180", ""]]
