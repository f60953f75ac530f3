# Content of the fictional draft "Regionale Woonagenda Vechtstreek-Oost 2027-2031"
TITLE = "Regionale Woonagenda Vechtstreek-Oost 2027-2031"
SAMENVATTING = [
"De acht gemeenten in de Vechtstreek-Oost - Breukeloord, Loenderdijk, Maarsveld, Kockenwaard, Nigtevecht, Vreeland-Oost, Abcoude-Polder en Ter Aa - werken samen aan een woningmarkt waarin iedere inwoner een passende en betaalbare woning kan vinden. Deze woonagenda beschrijft de gezamenlijke opgave voor de periode 2027-2031 en de afspraken die wij daarover maken met woningcorporaties, huurdersorganisaties en marktpartijen.",
"De kern van de agenda is een bouwopgave van 7.800 woningen, waarvan ten minste twee derde in het betaalbare segment. Daarnaast zetten wij in op doorstroming van senioren, op het huisvesten van statushouders zonder verdringing, op flexwonen voor spoedzoekers en op een zorgvuldig beleid voor woningsplitsing. De bestaande voorraad verduurzamen wij samen met de corporaties, met bijzondere aandacht voor de kleine kernen.",
]
KADER = ("\u201eWij wonen al veertig jaar in dit dorp en willen hier oud worden. Maar er is geen gelijkvloerse woning te vinden, en onze kinderen kunnen hier niets kopen. Dan moeten we allemaal weg.\u201d",
         "- inwoner van Kockenwaard tijdens de woonavond van 12 maart 2026")
# (level, number, title, paragraphs, footnotes) ; footnote marks written as [1] in text
SECTIONS = [
(1,"1","Inleiding",["In dit hoofdstuk beschrijven we de aanleiding voor deze woonagenda en de manier waarop zij tot stand is gekomen."],[]),
(2,"1.1","Aanleiding en doel",[
"De woningmarkt in de Vechtstreek-Oost staat onder grote druk. De gemiddelde verkoopprijs van een woning is sinds 2020 met ruim 40 procent gestegen en de wachttijd voor een sociale huurwoning is in alle acht gemeenten langer dan acht jaar. Jonge mensen vertrekken uit de kleine kernen omdat zij geen woning kunnen vinden, terwijl ouderen in te grote woningen blijven wonen omdat een passend alternatief ontbreekt.",
"Met deze woonagenda leggen de gemeenten vast welke regionale opgave zij samen oppakken en welke keuzes zij lokaal maken. De agenda is het kader voor de prestatieafspraken met de woningcorporaties en voor de regionale huisvestingsverordening. Zij vervangt de Regionale Woonvisie 2019-2025."],[]),
(2,"1.2","Totstandkoming en proces",[
"De woonagenda is opgesteld door een ambtelijke werkgroep van de acht gemeenten onder regie van het portefeuillehoudersoverleg Wonen. In het voorjaar van 2026 zijn vier woonavonden georganiseerd, in Breukeloord, Kockenwaard, Nigtevecht en Maarsveld, met in totaal ruim 300 deelnemers. Daarnaast zijn de woningcorporaties, de huurdersverenigingen, de adviesraden sociaal domein en een aantal ontwikkelaars bevraagd.",
"Deze inspraakversie ligt van 1 september tot en met 13 oktober 2026 ter inzage. Iedereen kan een zienswijze indienen. De reacties worden verwerkt in een nota van beantwoording, waarna de gemeenteraden de definitieve woonagenda in het voorjaar van 2027 vaststellen."],[]),
(1,"2","De woningmarkt in de regio",["Dit hoofdstuk schetst de huidige situatie op de woningmarkt en de verwachte ontwikkeling tot 2031."],[]),
(2,"2.1","Bevolkingsontwikkeling en huishoudens",[
"De regio telt in 2026 ongeveer 142.000 inwoners in 63.500 huishoudens. Volgens de provinciale prognose groeit het aantal huishoudens tot 2031 met circa 5.900[1]. Die groei komt vrijwel geheel voor rekening van een- en tweepersoonshuishoudens. Het aantal 75-plussers neemt in dezelfde periode toe met 28 procent; in Kockenwaard en Ter Aa is straks een op de vijf inwoners ouder dan 75 jaar.",
"Tegelijk vertrekken jongeren tussen 18 en 30 jaar per saldo naar Utrecht en Amsterdam. Uit de woonavonden blijkt dat een groot deel van hen wel in de regio zou willen blijven wonen als er een betaalbare woning beschikbaar zou zijn."],
["[1] Provincie Utrecht, Bevolkings- en woningbehoefteprognose 2025, middenvariant."]),
(2,"2.2","Woningvoorraad en betaalbaarheid",[
"De woningvoorraad bestaat voor 61 procent uit koopwoningen, voor 29 procent uit sociale huurwoningen en voor 10 procent uit particuliere huur. Het aandeel eengezinswoningen is met 72 procent hoog. Kleine, gelijkvloerse en betaalbare woningen zijn schaars.",
"Voor een huishouden met een modaal inkomen is een gemiddelde koopwoning in de regio niet meer bereikbaar. De middenhuur is beperkt beschikbaar en de huurprijzen in de vrije sector liggen gemiddeld boven de 1.250 euro per maand. Daardoor zijn starters, alleenstaanden en mensen met een middeninkomen aangewezen op een sociale huurwoning, waar zij niet voor in aanmerking komen of jaren op moeten wachten."],[]),
(1,"3","Opgave en ambities",["In dit hoofdstuk vertalen we de woningbehoefte naar een bouwopgave en naar ambities per segment."],[]),
(2,"3.1","Bouwopgave 2027-2031",[
"De gemeenten spreken af om in de periode 2027-2031 samen 7.800 woningen toe te voegen. Ten minste 30 procent daarvan is sociale huur en ten minste 35 procent betaalbare koop of middenhuur, zodat twee derde van de nieuwbouw betaalbaar is. De verdeling van de opgave per gemeente staat in Bijlage 2.",
"Om de bouw te versnellen stellen de gemeenten een regionale flexpool van planologen en juristen in en pakken zij netcongestie en stikstof gezamenlijk op met de provincie. Binnenstedelijke locaties en inbreiding in de kernen gaan voor uitleg in het open landschap[2]."],
["[2] Conform de Omgevingsvisie provincie Utrecht en de Ladder voor duurzame verstedelijking."]),
(2,"3.2","Betaalbare koop voor starters",[
"Starters hebben het moeilijkst op de woningmarkt. Wij willen dat jaarlijks ten minste 300 koopwoningen onder de NHG-grens beschikbaar komen voor starters. Daarvoor zetten de gemeenten de zelfbewoningsplicht en het opkoopverbod in en maken zij gebruik van de starterslening van het Stimuleringsfonds Volkshuisvesting.",
"Gemeenten kunnen bij nieuwbouw een voorrangsregeling hanteren voor starters met een economische of maatschappelijke binding met de kern. Ook verkennen wij constructies als koopgarant en erfpacht, waarbij de grondwaarde niet in de prijs van de woning zit, zodat de maandlasten lager zijn."],[]),
(2,"3.3","Sociale huur en wachttijden",[
"De wachttijd voor een sociale huurwoning moet omlaag. Wij streven naar een gemiddelde inschrijfduur bij toewijzing van hoogstens vijf jaar in 2031. Daartoe bouwen de corporaties jaarlijks 470 sociale huurwoningen en worden huurwoningen niet verkocht in kernen met minder dan 25 procent sociale huur.",
"De woningtoewijzing verloopt via het regionale woonruimteverdeelsysteem. Maximaal 40 procent van de vrijkomende woningen wordt toegewezen met urgentie of voorrang voor bijzondere doelgroepen. Het lotingsdeel, waarmee woningzoekenden zonder lange inschrijfduur een kans krijgen, blijft 10 procent."],[]),
(1,"4","Doelgroepen",["Sommige groepen hebben extra aandacht nodig om een passende woning te vinden. In dit hoofdstuk beschrijven we per doelgroep wat wij willen bereiken."],[]),
(2,"4.1","Senioren en wonen met zorg",[
KADER,
"Het aantal ouderen dat zelfstandig thuis woont met een zorgvraag neemt sterk toe. Wij bouwen tot 2031 ten minste 1.200 nultredenwoningen en 400 geclusterde woonvormen voor ouderen, zoals hofjes en knarrenhoven, dicht bij voorzieningen. In elke kern met meer dan 3.000 inwoners komt ten minste een woonzorgcentrum of een geclusterde woonvorm met een ontmoetingsruimte.",
"Gemeenten, zorgaanbieders en corporaties maken per kern afspraken over wonen met zorg. Daarbij gaat het ook om domotica, mantelzorgwoningen op eigen erf en de inzet van de wijkverpleging."],[]),
(3,"4.1.1","Levensloopbestendige woningen en doorstroming",[
"Veel ouderen wonen in een eengezinswoning die te groot is geworden. Wij stimuleren verhuizing naar een passende woning met een doorstroommakelaar in elke gemeente, een verhuiskostenvergoeding van maximaal 3.000 euro en het behoud van de huurprijs per vierkante meter bij verhuizing binnen dezelfde corporatie.",
"Ouderen die in hun koopwoning willen blijven, kunnen gebruikmaken van de Blijverslening om hun woning levensloopbestendig te maken, bijvoorbeeld met een traplift of een slaapkamer en badkamer op de begane grond."],[]),
(2,"4.2","Statushouders en huisvesting van vergunninghouders",[
"De gemeenten hebben de wettelijke taak om vergunninghouders te huisvesten. De taakstelling voor de regio bedraagt in 2027 naar verwachting 420 personen. Om verdringing van andere woningzoekenden te beperken, zetten wij naast reguliere sociale huurwoningen in op tijdelijke woonvormen en op het delen van woningen door alleenstaande statushouders.",
"Begeleiding bij inburgering, taal en werk begint direct na de huisvesting. De gemeenten stemmen de spreiding over de kernen af, zodat de opvang niet eenzijdig in de grotere kernen terechtkomt[3]."],
["[3] Zie ook de Wet versterking regie volkshuisvesting en de Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen."]),
(2,"4.3","Arbeidsmigranten",[
"In de glastuinbouw en de logistiek werken naar schatting 2.500 arbeidsmigranten die in of nabij de regio wonen. Een deel van hen woont in slechte omstandigheden in overbewoonde woningen in de kernen. Wij willen dat uiterlijk 2029 ten minste 800 goede logiesplekken beschikbaar zijn op daarvoor geschikte locaties, gecertificeerd volgens de SNF-norm.",
"Werkgevers zijn primair verantwoordelijk voor de huisvesting van hun werknemers. Gemeenten handhaven op overbewoning en maken afspraken met uitzendbureaus over registratie in de Basisregistratie Personen."],[]),
(2,"4.4","Flexwonen en tijdelijke woningen",[
"Voor spoedzoekers - mensen die na een scheiding, een uitzetting of het verlaten van een instelling snel een woning nodig hebben - is de wachttijd in de sociale huur veel te lang. Wij realiseren tot 2029 ten minste 500 flexwoningen, verplaatsbare woningen met een tijdelijke vergunning van ten hoogste vijftien jaar.",
"Flexwoningen worden gemengd toegewezen: ongeveer een derde aan statushouders, een derde aan spoedzoekers en een derde aan jongeren en starters uit de eigen kern. Bij de plaatsing van flexwoningen betrekken wij omwonenden vroegtijdig, met een participatieplan per locatie."],[]),
(2,"4.5","Jongeren en studenten",[
"Jongeren vinden in de regio nauwelijks een woning. Wij willen kleine, betaalbare huurwoningen voor jongeren tot 28 jaar toevoegen, met jongerencontracten van vijf jaar, zodat de woning daarna weer beschikbaar komt voor een volgende jongere.",
"Voor studenten uit de regio die in Utrecht of Amsterdam studeren is een kamer in de eigen kern vaak een goed alternatief. Hospitaverhuur bij ouderen stimuleren wij met voorlichting en een modelcontract."],[]),
(1,"5","Bestaande voorraad",["Het grootste deel van de woningen waarin inwoners in 2031 wonen, staat er nu al. Daarom is de bestaande voorraad even belangrijk als de nieuwbouw."],[]),
(2,"5.1","Woningsplitsing en woningdelen",[
"Het splitsen van grote woningen in kleinere appartementen en het delen van woningen kunnen snel extra woonruimte opleveren. Tegelijk kan ongecontroleerde splitsing leiden tot parkeerdruk, geluidsoverlast en verloedering van straten. Wij stellen daarom een regionaal afwegingskader woningsplitsing op.",
"Splitsing is mogelijk bij woningen met een gebruiksoppervlakte van ten minste 120 m2, waarbij elke nieuwe woning ten minste 40 m2 groot is en er niet meer dan twee gesplitste woningen per straat van twintig woningen komen. Een parkeernorm en een toets op de leefbaarheid maken deel uit van de omgevingsvergunning. Kamerverhuur aan meer dan drie personen vraagt altijd een vergunning."],[]),
(2,"5.2","Verduurzaming van huurwoningen",[
"Ongeveer 18 procent van de sociale huurwoningen heeft nog energielabel E, F of G. De corporaties verduurzamen deze woningen uiterlijk in 2028. Voor particuliere verhuurders geldt het verbod op het verhuren van woningen met label E, F of G vanaf 2030; de gemeenten informeren verhuurders en huurders hierover actief.",
"Energiearmoede willen wij voorkomen. Huurders met een laag inkomen in slecht geisoleerde woningen krijgen voorrang bij isolatieprojecten, en de energiecoaches van de gemeenten komen op verzoek aan huis. Verduurzaming mag niet leiden tot een hogere woonlastenquote."],[]),
(2,"5.3","Leefbaarheid in kernen en wijken",[
"Een goede woning vraagt een leefbare omgeving. In de kleine kernen staan voorzieningen als de basisschool, de supermarkt en het dorpshuis onder druk. Wij koppelen woningbouw in de kernen aan het behoud van voorzieningen en betrekken dorpsraden bij de keuze van locaties.",
"In de wijken waar veel kwetsbare huishoudens wonen, werken corporaties, wijkteams en politie samen in een wijkaanpak. Het aandeel kwetsbare huishoudens dat in een complex wordt gehuisvest, houden wij beperkt."],[]),
(1,"6","Uitvoering en monitoring",["Dit hoofdstuk beschrijft hoe de gemeenten de woonagenda samen uitvoeren en volgen."],[]),
(2,"6.1","Samenwerking met corporaties en marktpartijen",[
"De gemeenten sluiten in 2027 regionale prestatieafspraken met de vier woningcorporaties en de huurdersorganisaties, met daarin de nieuwbouw, de verduurzaming en de betaalbaarheid. Met ontwikkelaars en beleggers sluiten wij een regionaal convenant over het betaalbare segment, met een vaste verdeling tussen sociale huur, middenhuur en koop.",
"Gemeentelijke grond wordt met voorrang ingezet voor betaalbare woningbouw. Waar de gemeente geen grond heeft, maken wij gebruik van het omgevingsplan om betaalbare woningen af te dwingen."],[]),
(2,"6.2","Regionale afspraken en huisvestingsverordening",[
"De regionale huisvestingsverordening wordt in 2027 herzien. Daarin regelen wij de urgentieregeling, de lokale binding (ten hoogste 50 procent van de vrijkomende woningen in een kern voor woningzoekenden met binding) en de voorrang voor mantelzorgers, mensen die uitstromen uit een instelling en medewerkers in zorg en onderwijs.",
"Daarnaast maken wij een regionaal volkshuisvestingsprogramma zoals de Wet versterking regie volkshuisvesting dat vraagt. De woonagenda is daarvan de basis."],[]),
(2,"6.3","Monitoring en evaluatie",[
"Wij volgen de voortgang jaarlijks met een regionale woonmonitor, met de bouwproductie per gemeente, de wachttijden, de doorstroming en de betaalbaarheid. De monitor wordt jaarlijks besproken in het portefeuillehoudersoverleg en ter informatie aan de gemeenteraden gestuurd.",
"In 2029 volgt een tussentijdse evaluatie, waarin wij bekijken of de doelen nog passen bij de woningbehoefte. Inwoners en huurdersorganisaties worden bij de evaluatie betrokken."],[]),
(1,"Bijlage 1","Begrippenlijst",[
"Betaalbare koop: een koopwoning met een prijs onder de NHG-grens (2026: 450.000 euro).",
"Flexwoning: een verplaatsbare woning die voor een beperkte periode op een locatie staat.",
"Middenhuur: een huurwoning met een huurprijs tussen de sociale huurgrens en 1.185 euro per maand (prijspeil 2026).",
"Spoedzoeker: een woningzoekende die door omstandigheden op korte termijn een woning nodig heeft.",
"Statushouder (vergunninghouder): een asielzoeker met een verblijfsvergunning die door een gemeente gehuisvest moet worden.",
"Nultredenwoning: een woning waarin de belangrijkste ruimten zonder traplopen bereikbaar zijn."],[]),
(1,"Bijlage 2","Overzicht woningbouwopgave per gemeente",["TABLE"],[]),
]
TABLE = [["Gemeente","Totaal 2027-2031","Sociale huur","Betaalbare koop / middenhuur"],
["Breukeloord","1.650","500","580"],["Loenderdijk","900","270","315"],["Maarsveld","1.800","540","630"],
["Kockenwaard","650","195","230"],["Nigtevecht","500","150","175"],["Vreeland-Oost","700","210","245"],
["Abcoude-Polder","1.000","300","350"],["Ter Aa","600","180","210"],["Regio","7.800","2.345","2.735"]]
