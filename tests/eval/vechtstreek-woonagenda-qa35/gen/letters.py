# Each letter: file, format, meta (for eml), blocks. Block kinds:
#  ('f', text)            furniture (no comment)
#  ('p', text, [sections]) a point; number prefix like '1. ' is stripped for the label start
#  ('c', text)            continuation paragraph belonging to the previous point
L = []
L.append(dict(file="01-zienswijze-gemeenteraad-kockenwaard.pdf", fmt="pdf_rl", blocks=[
('f', "Gemeenteraad van Kockenwaard"),
('f', "Postbus 40, 3628 ZG Kockenwaard"),
('f', "Aan het portefeuillehoudersoverleg Wonen Vechtstreek-Oost\nt.a.v. de ambtelijke werkgroep Woonagenda\nPostbus 12\n3620 AA Breukeloord"),
('f', "Kockenwaard, 2 oktober 2026"),
('f', "Onderwerp: zienswijze op de concept Regionale Woonagenda Vechtstreek-Oost 2027-2031"),
('f', "Geachte leden van het portefeuillehoudersoverleg,"),
('f', "De gemeenteraad van Kockenwaard heeft in zijn vergadering van 29 september 2026 de concept-woonagenda besproken. Wij geven u de volgende zienswijze."),
('p', "1. De raad onderschrijft de ambitie om twee derde van de nieuwbouw betaalbaar te maken, maar mist een afspraak over wat er gebeurt als een gemeente haar aandeel niet haalt. Wij vragen u in paragraaf 3.1 op te nemen hoe gemeenten elkaar aanspreken en hoe een tekort wordt gecompenseerd.", ["3.1"]),
('p', "2. Het aantal van 650 woningen dat in Bijlage 2 aan Kockenwaard is toegedeeld, is voor onze gemeente niet haalbaar zonder bouwen in het open polderlandschap. Wij verzoeken het aantal te verlagen naar 500 en de verdeling opnieuw met de raden te bespreken.", ["Bijlage 2", "3.1"]),
('p', "3. Jongeren uit onze dorpen moeten in hun eigen dorp kunnen blijven wonen. De raad wil dat de voorrang voor starters met binding aan de kern niet een mogelijkheid blijft, maar een regionale afspraak wordt die elke gemeente toepast.", ["3.2", "6.2"]),
('p', "4. Een op de vijf inwoners van Kockenwaard is straks ouder dan 75 jaar. De raad vraagt om in de agenda vast te leggen dat er in Kockenwaard voor 2030 een geclusterde woonvorm voor ouderen met een ontmoetingsruimte komt.", ["4.1", "2.1"]),
('p', "5. De raad heeft grote zorgen over de plaatsing van flexwoningen. Omwonenden worden nu vaak pas geinformeerd als de locatie al vaststaat. Wij vragen u de raden een rol te geven bij de keuze van de locaties van flexwoningen.", ["4.4"]),
('p', "6. Wij vragen u de jaarlijkse woonmonitor niet alleen ter informatie te sturen, maar de raden de gelegenheid te geven er wensen en bedenkingen bij in te dienen.", ["6.3"]),
('f', "Wij verzoeken u deze zienswijze te betrekken bij de vaststelling van de woonagenda."),
('f', "Namens de raad,\n\nde griffier,                          de voorzitter,\nmr. A.C. Hoogendoorn            J.P. van Wijk"),
]))
L.append(dict(file="02-zienswijze-raad-maarsveld.pdf", fmt="pdf_fpdf", blocks=[
('f', "De gemeenteraad van Maarsveld"),
('f', "Maarsveld, 8 oktober 2026"),
('f', "Betreft: zienswijze gemeenteraad Maarsveld op de Regionale Woonagenda 2027-2031"),
('f', "Geacht portefeuillehoudersoverleg,"),
('f', "Hierbij ontvangt u de zienswijze van de gemeenteraad van Maarsveld, vastgesteld in de raadsvergadering van 6 oktober 2026."),
('p', "1. Arbeidsmigranten\nDe raad vindt 800 logiesplekken in 2029 te weinig voor 2.500 arbeidsmigranten. Bovendien mogen werkgevers niet alleen verantwoordelijk zijn; de gemeenten moeten locaties aanwijzen. Wij vragen een hogere ambitie en een regionale locatiekeuze.", ["4.3"]),
('p', "2. Woningsplitsing\nIn de wijk Zuilenhof leidt het splitsen van woningen nu al tot parkeeroverlast en vervuiling. Wij vragen de grens van 120 m2 te verhogen naar 150 m2 en de regel van twee gesplitste woningen per straat strikt te handhaven.", ["5.1"]),
('p', "3. Verduurzaming\nDe raad steunt het versneld verduurzamen van huurwoningen, maar wil dat ook particuliere huurders worden beschermd tegen huurverhoging na isolatie. Neem op dat de gemeenten particuliere verhuurders daarop aanspreken.", ["5.2"]),
('p', "4. Middeninkomens\nHuishoudens met een middeninkomen vallen tussen wal en schip: te veel inkomen voor sociale huur en te weinig om te kopen. De raad mist een concreet aantal middenhuurwoningen per jaar en vraagt dat toe te voegen.", ["2.2", "3.1", "6.1"]),
('p', "5. Monitoring\nGeef in de woonmonitor per gemeente aan hoeveel woningen daadwerkelijk aan starters en ouderen uit de eigen kern zijn toegewezen.", ["6.3"]),
('f', "Met vriendelijke groet,\n\nDe raad van de gemeente Maarsveld,\nde griffier, de voorzitter,\nL. Bos R. Dekker"),
]))
L.append(dict(file="03-college-breukeloord.docx", fmt="docx", blocks=[
('f', "Gemeente Breukeloord"),
('f', "Aan de ambtelijke werkgroep Woonagenda Vechtstreek-Oost"),
('f', "Datum: 10 oktober 2026\nOns kenmerk: 2026/WON/0441\nOnderwerp: reactie college op concept-woonagenda"),
('f', "Geachte werkgroep,"),
('f', "Het college van burgemeester en wethouders van Breukeloord heeft met belangstelling kennisgenomen van de concept-woonagenda. Graag geven wij u onze reactie."),
('p', "Wij zijn positief over de regionale flexpool van planologen en juristen. Wel vragen wij om de kosten van de flexpool naar rato van het aantal te bouwen woningen over de gemeenten te verdelen, en niet naar inwonertal.", ["3.1"]),
('p', "De doelstelling van een inschrijfduur van hoogstens vijf jaar in 2031 vinden wij niet realistisch. Met de huidige bouwproductie en het aantal verhuizingen is zes jaar haalbaar. Wij stellen voor het doel daarop aan te passen, zodat de woonagenda geloofwaardig blijft.", ["3.3"]),
('p', "Het college onderschrijft het uitgangspunt om statushouders over alle kernen te spreiden. Breukeloord huisvest nu al naar verhouding veel vergunninghouders. Wij vragen om een regionale verdeelsleutel die rekening houdt met de inspanningen van de afgelopen jaren.", ["4.2"]),
('p', "Het plan om verkoop van sociale huurwoningen te verbieden in kernen met minder dan 25 procent sociale huur beperkt de corporaties in het vernieuwen van hun bezit. Wij vragen ruimte voor verkoop wanneer de opbrengst binnen dezelfde kern in nieuwbouw wordt geinvesteerd.", ["3.3"]),
('p', "Ten slotte vragen wij aandacht voor netcongestie. Op meerdere bouwlocaties in Breukeloord kan Stedin pas na 2029 een aansluiting leveren. Wij vragen de regio om samen met de provincie bij de netbeheerder aan te dringen op voorrang voor woningbouw.", ["3.1"]),
('f', "Met vriendelijke groet,\nBurgemeester en wethouders van Breukeloord,\nde secretaris,                de burgemeester,\ndrs. P. Mulder               mr. E. de Ruiter"),
]))
L.append(dict(file="04-adviesraad-sociaal-domein-loenderdijk.docx", fmt="docx", blocks=[
('f', "Adviesraad Sociaal Domein Loenderdijk"),
('f', "Loenderdijk, 5 oktober 2026"),
('f', "Onderwerp: gevraagd advies Regionale Woonagenda 2027-2031"),
('f', "Geachte leden van de werkgroep,"),
('f', "De Adviesraad Sociaal Domein Loenderdijk geeft hierbij gevraagd advies over de concept-woonagenda."),
('p', "1. De adviesraad mist in de agenda aandacht voor mensen met een beperking. Zij wonen vaak in een woning die niet aangepast is en wachten jaren op een rolstoelwoning. Wij adviseren een apart doel voor rolstoeltoegankelijke en aangepaste woningen op te nemen.", ["4.1", "4.1.1"]),
('p', "2. Mensen die uitstromen uit beschermd wonen of de maatschappelijke opvang hebben een woning nodig om verder te kunnen. De agenda noemt hen bij de spoedzoekers, maar een flexwoning voor vijftien jaar is geen oplossing voor wie begeleiding nodig heeft. Wij adviseren een vast aantal reguliere woningen per jaar voor uitstroom.", ["4.4", "6.2"]),
('p', "3. De woonlasten stijgen sneller dan de inkomens. Wij adviseren de energiecoaches niet alleen op verzoek in te zetten, maar actief huishoudens met betalingsachterstanden bij energie of huur te benaderen.", ["5.2"]),
('p', "4. Het maximum van 40 procent voorrang voor bijzondere doelgroepen leidt in kleine kernen tot spanning met reguliere woningzoekenden. De adviesraad adviseert dit percentage per kern te bekijken en hierover met dorpsraden in gesprek te gaan.", ["3.3", "5.3"]),
('p', "5. Betrek de adviesraden bij het opstellen van de nieuwe huisvestingsverordening, in het bijzonder bij de urgentieregeling.", ["6.2"]),
('p', "6. De taal van de woonagenda is voor veel inwoners te moeilijk. Woorden als doorstroommakelaar, nultredenwoning en erfpacht worden niet uitgelegd. Wij adviseren een publieksversie in eenvoudige taal te maken.", ["Bijlage 1"]),
('f', "De adviesraad is graag bereid dit advies toe te lichten."),
('f', "Met vriendelijke groet,\n\nAdviesraad Sociaal Domein Loenderdijk\nT. Verhoef, voorzitter"),
]))
L.append(dict(file="05-vechtwonen-corporatie.eml", fmt="eml", frm="Secretariaat VechtWonen <secretariaat@vechtwonen.example.nl>", date="Fri, 9 Oct 2026 14:12:03 +0200", subject="Reactie VechtWonen op concept Woonagenda", blocks=[
('f', "Geachte werkgroep,"),
('f', "Namens VechtWonen sturen wij u onze reactie op de concept-woonagenda."),
('p', "Wij herkennen ons in de opgave, maar de bouw van 470 sociale huurwoningen per jaar is voor de corporaties samen alleen haalbaar als gemeenten grond tegen een sociale grondprijs beschikbaar stellen. Wij vragen u een vaste grondprijs voor sociale huur in de prestatieafspraken op te nemen.", ["3.3", "6.1"]),
('p', "De verduurzaming van alle woningen met label E, F en G voor 2028 staat onder druk door de stijgende bouwkosten. VechtWonen haalt dit voor 2029. Wij vragen u het jaartal in de woonagenda aan te passen of ruimte te bieden voor een fasering.", ["5.2"]),
('p', "Wij zijn voorstander van een doorstroommakelaar, maar vragen de gemeenten om deze te financieren. De verhuiskostenvergoeding van 3.000 euro kunnen wij niet alleen dragen.", ["4.1.1"]),
('p', "Het delen van een woning door twee alleenstaande statushouders werkt alleen met goede begeleiding. In de praktijk ontstaan anders conflicten die wij als verhuurder niet kunnen oplossen. Wij vragen dat de gemeente begeleiding voor ten minste een jaar garandeert.", ["4.2"]),
('p', "Het lotingsdeel van 10 procent is onder jonge woningzoekenden zeer populair. Wij stellen voor dit te verhogen naar 15 procent.", ["3.3"]),
('f', "Met vriendelijke groet,\n\nVechtWonen\nir. M. de Graaf, directeur-bestuurder"),
]))
L.append(dict(file="06-huurdersvereniging-de-vecht.txt", fmt="txt", blocks=[
('f', "Huurdersvereniging De Vecht\nMolenweg 3\n3621 BK Breukeloord"),
('f', "Breukeloord, 11 oktober 2026"),
('f', "Aan: werkgroep Woonagenda Vechtstreek-Oost\nBetreft: zienswijze op de woonagenda"),
('f', "Geachte heer, mevrouw,"),
('f', "Namens onze 1.800 leden geeft het bestuur van Huurdersvereniging De Vecht de volgende zienswijze."),
('p', "1. In paragraaf 5.2 staat dat verduurzaming niet mag leiden tot een hogere woonlastenquote. Dat is goed, maar leg dan ook vast dat de huur na renovatie niet meer stijgt dan de besparing op de energierekening.", ["5.2"]),
('p', "2. Huurders hebben veel last van schimmel en vocht, ook in woningen met een goed label. Wij vragen dat de gemeenten de corporaties aanspreken op het onderhoud en daar in de prestatieafspraken afspraken over maken.", ["6.1", "5.2"]),
('p', "3. Wij willen als huurdersorganisatie volwaardig meepraten over de prestatieafspraken, met eigen ondersteuning en budget, en niet alleen achteraf tekenen.", ["6.1"]),
('p', "4. De wachttijd is voor veel van onze leden die willen verhuizen naar een kleinere woning een probleem. Ouderen die een grote woning achterlaten, moeten voorrang krijgen op een gelijkvloerse woning in hun eigen buurt.", ["4.1.1", "3.3"]),
('p', "5. Verkoop van huurwoningen moet in alle kernen stoppen, niet alleen waar minder dan 25 procent sociale huur is.", ["3.3"]),
('f', "Met vriendelijke groet,\n\nBestuur Huurdersvereniging De Vecht\nG. Smit, secretaris"),
]))
L.append(dict(file="07-kbo-vechtstreek.pdf", fmt="pdf_fpdf", blocks=[
('f', "KBO Vechtstreek - Seniorenvereniging"),
('f', "Nigtevecht, 30 september 2026"),
('f', "Aan de werkgroep Woonagenda\nOnderwerp: reactie op de woonagenda"),
('f', "Geachte werkgroep,"),
('p', "Wij zijn blij dat de woonagenda ruimte maakt voor hofjes en knarrenhoven. Veel van onze leden willen graag samen met leeftijdgenoten wonen, met een gezamenlijke tuin en een plek om koffie te drinken. Maar 400 woningen in vijf jaar is voor acht gemeenten echt te weinig. Wij vragen u dit aantal te verdubbelen.", ["4.1"]),
('p', "Onze leden die willen verhuizen lopen vast op de huurprijs. Wie al dertig jaar in een eengezinswoning woont, betaalt vaak minder dan voor een nieuw appartement. Zorg ervoor dat een oudere die verhuist er in huur niet op achteruitgaat, ook als de nieuwe woning van een andere corporatie is.", ["4.1.1"]),
('p', "Veel ouderen met een koophuis weten niet dat de Blijverslening bestaat. Wij vragen de gemeenten om samen met de KBO voorlichtingsbijeenkomsten te organiseren in de dorpshuizen.", ["4.1.1"]),
('p', "Tot slot: in Nigtevecht is de bus naar het ziekenhuis in 2025 geschrapt. Wonen met zorg kan alleen als ouderen ook bij de huisarts en het ziekenhuis kunnen komen. Wij vragen de gemeenten het openbaar vervoer in de kleine kernen te verbeteren.", ["5.3", "4.1"]),
('f', "Met vriendelijke groet,\n\nKBO Vechtstreek\nH. van der Linden, voorzitter"),
]))
L.append(dict(file="08-vluchtelingenwerk.eml", fmt="eml", frm="Bakker, Marja | VluchtelingenWerk Midden-Nederland <m.bakker@vluchtelingenwerk.example.nl>", date="Mon, 12 Oct 2026 09:40:11 +0200", subject="Zienswijze Woonagenda Vechtstreek-Oost", blocks=[
('f', "Beste werkgroep,"),
('f', "Namens VluchtelingenWerk Midden-Nederland, team Vechtstreek, reageren wij op de conceptwoonagenda."),
('p', "Wij waarderen dat de agenda de huisvesting van statushouders expliciet benoemt. Wel zien wij dat statushouders nu gemiddeld negen maanden langer in het azc verblijven dan nodig, omdat er in de regio geen woning is. Wij vragen de gemeenten om de taakstelling van 2027 tijdig en volledig te halen en daarover halfjaarlijks te rapporteren.", ["4.2", "6.3"]),
('p', "Het delen van woningen door alleenstaande statushouders kan goed werken, maar alleen als mensen zelf kunnen kiezen met wie ze samenwonen en als ieder een eigen huurcontract krijgt. Anders verliest iemand bij een conflict direct zijn woning.", ["4.2", "5.1"]),
('p', "Gezinshereniging wordt in de agenda niet genoemd. Als het gezin van een statushouder naar Nederland komt, is de eerst toegewezen woning vaak te klein. Wij vragen de regio hiervoor een voorrangsregeling op te nemen.", ["4.2", "6.2"]),
('p', "Wij zien dat inburgering en werk pas echt op gang komen als mensen in een kern wonen met goede verbindingen naar werk en taalles. Houd bij de spreiding over de kernen daar rekening mee.", ["4.2"]),
('f', "Met vriendelijke groet,\n\nMarja Bakker\nregiomanager VluchtelingenWerk Midden-Nederland"),
]))
L.append(dict(file="09-bouwbedrijf-van-rijn.docx", fmt="docx", blocks=[
('f', "Van Rijn Bouw & Ontwikkeling B.V.\nIndustrieweg 22, 3627 AB Maarsveld"),
('f', "Maarsveld, 13 oktober 2026"),
('f', "Betreft: reactie op de Regionale Woonagenda 2027-2031"),
('f', "Geachte leden van de werkgroep,"),
('p', "Als ontwikkelaar in de regio steunen wij het doel om meer betaalbaar te bouwen. Een vaste verdeling van een derde sociale huur, een derde middenhuur en betaalbare koop en een derde vrije sector maakt veel projecten echter financieel onhaalbaar. Wij vragen om per project te kunnen afwijken, als het regionale totaal maar wordt gehaald.", ["6.1", "3.1"]),
('p', "De zelfbewoningsplicht en het opkoopverbod maken het voor beleggers onaantrekkelijk om middenhuurwoningen te kopen. Wij vragen u deze instrumenten niet toe te passen op woningen die voor middenhuur worden gebouwd.", ["3.2"]),
('p', "Vergunningprocedures duren in de regio gemiddeld twee jaar. Een gemeentelijke projectregisseur per groot project zou veel tijd schelen.", ["3.1"]),
('f', "Hoogachtend,\n\nVan Rijn Bouw & Ontwikkeling B.V.\nK. van Rijn, directeur"),
]))
# residents
L.append(dict(file="10-reactie-familie-jansen.txt", fmt="txt", blocks=[
('f', "Geachte heer/mevrouw,"),
('p', "Ik ben Petra Jansen en woon met mijn man al 38 jaar in een rijtjeshuis in Ter Aa. Onze kinderen zijn lang het huis uit en de trap wordt voor mijn man steeds moeilijker sinds zijn heupoperatie. We zouden graag naar een kleiner huis gelijkvloers gaan, hier in het dorp, maar zoiets is er gewoon niet. Alles wat er gebouwd wordt zijn dure twee-onder-een-kappers. Ik lees dat er hofjes komen, maar ik zie nergens staan dat dat ook in Ter Aa gebeurt. Wij willen niet naar Maarsveld, al onze vrienden en de kerk zijn hier.", ["4.1", "4.1.1"]),
('p', "Wat ik ook niet snap is dat onze kleinzoon van 24, die hier bij de bakker werkt, al zes jaar ingeschreven staat en nog steeds bij zijn ouders woont. Ieder jaar reageert hij op alles wat vrijkomt. Volgens mij moeten jongeren die hier werken gewoon voorrang krijgen op mensen van buiten.", ["6.2", "3.3", "4.5"]),
('p', "En dan nog iets anders. Sinds de gemeente de groenbakken maar eens in de drie weken leegt, stinkt het in de zomer verschrikkelijk in onze straat. Daar moet echt iets aan gebeuren.", []),
('f', "Met vriendelijke groet,\nPetra Jansen\nDorpsstraat 17, Ter Aa"),
]))
L.append(dict(file="11-mail-inwoner-el-amrani.eml", fmt="eml", frm="Yasmina el Amrani <yasmina.elamrani@example.nl>", date="Sun, 4 Oct 2026 22:15:40 +0200", subject="mijn reactie op de woonagenda", blocks=[
('f', "Hallo,"),
('p', "Ik ben 29 jaar, werk als verpleegkundige in het ziekenhuis en woon noodgedwongen nog op een kamer bij een hospita in Loenderdijk. Een huis kopen is met mijn salaris onmogelijk, voor een huurhuis moet ik nog jaren wachten en in de vrije sector betaal ik de helft van mijn inkomen. Ik heb gelezen dat mensen in de zorg voorrang kunnen krijgen, maar niemand bij de gemeente kon me vertellen hoe dat werkt en vanaf wanneer. Zorg er alsjeblieft voor dat die voorrang er echt komt en snel.", ["6.2"]),
('p', "Ik heb ook gekeken naar die starterslening, maar die is alleen voor een koophuis en dan nog kom ik niet aan een huis onder de vier ton in deze regio. Waarom zijn er geen huurwoningen speciaal voor starters zoals ik, die net iets te veel verdienen voor sociale huur?", ["3.2", "2.2"]),
('p', "Als er flexwoningen komen, zou ik daar meteen in willen. Maar dan wel met een eerlijke kans en niet alleen voor mensen met urgentie.", ["4.4"]),
('f', "Groetjes,\nYasmina"),
]))
L.append(dict(file="12-inwoner-de-haan.pdf", fmt="pdf_rl", blocks=[
('f', "R. de Haan\nKerkpad 8\n3629 HL Vreeland-Oost"),
('f', "Vreeland-Oost, 9 oktober 2026"),
('f', "Aan de werkgroep Woonagenda Vechtstreek-Oost"),
('f', "Geachte werkgroep,"),
('p', "In mijn straat zijn de afgelopen twee jaar drie woningen opgekocht door een verhuurder die er telkens vijf of zes arbeidsmigranten in stopt. Er staan busjes op de stoep, er wordt 's nachts geschreeuwd en de vuilniszakken liggen op straat. Ik heb dit meerdere keren gemeld maar er gebeurt niets. De woonagenda zegt dat de gemeenten handhaven op overbewoning; ik merk daar helemaal niets van.", ["4.3", "5.1"]),
('p', "Ik ben er niet tegen dat deze mensen hier wonen, ze doen belangrijk werk. Maar geef ze dan een fatsoenlijke plek, bijvoorbeeld op het bedrijventerrein bij de kassen, en niet midden in een woonstraat.", ["4.3"]),
('p', "Verder wil ik opmerken dat de windmolens die bij Vreeland-Oost gepland zijn veel te dicht bij de huizen komen. Ik hoop dat u dat tegenhoudt.", []),
('f', "Hoogachtend,\n\nR. de Haan"),
]))
L.append(dict(file="13-inwoner-vermeulen.docx", fmt="docx", blocks=[
('f', "Van: Johan Vermeulen, Abcoude-Polder\nDatum: 12 oktober 2026"),
('f', "Geachte leden van de werkgroep,"),
('p', "Ik heb een groot huis van bijna 200 vierkante meter aan de Dorpsweg. Mijn vrouw en ik zouden het graag willen opsplitsen in twee woningen, zodat onze dochter met haar gezin boven kan wonen. Volgens de woonagenda kan dat straks, maar er mogen maar twee gesplitste woningen per twintig woningen in een straat komen. In onze straat staan maar twaalf huizen, dus hoe werkt dat dan? Ik vraag u deze regel voor kleine straten en voor familie duidelijker en soepeler te maken.", ["5.1"]),
('p', "Ook lees ik op pagina 10 dat flexwoningen vijftien jaar mogen blijven staan. Dat is geen tijdelijke woning meer, dat is gewoon een permanente wijk zonder de kwaliteit van een normale wijk. Maak die termijn korter of bouw meteen gewone woningen.", ["4.4"]),
('p', "Tot slot vind ik het jammer dat de informatieavond in Abcoude-Polder niet is doorgegaan. Ik heb nu alles zelf moeten uitzoeken.", ["1.2"]),
('f', "Met vriendelijke groet,\n\nJohan Vermeulen"),
]))
L.append(dict(file="14-inwoner-kok.txt", fmt="txt", blocks=[
('f', "Beste mensen van de gemeente,"),
('p', "Ik woon sinds mijn scheiding vorig jaar met mijn twee kinderen bij mijn moeder in een flat van drie kamers. Ik heb me ingeschreven als woningzoekende en urgentie aangevraagd, maar die werd afgewezen omdat ik 'onderdak' heb. Mijn kinderen slapen samen op een kamer en ik op de bank. Dit kan toch niet de bedoeling zijn? De urgentieregeling moet ook gelden voor ouders met kinderen die na een scheiding nergens terechtkunnen.", ["6.2", "4.4"]),
('p', "Ik las in de krant dat de gemeente geld uitgeeft aan een nieuw gemeentehuis. Daar ben ik het helemaal niet mee eens zolang gezinnen geen huis hebben.", []),
('p', "Ook de parkeervergunning in het centrum is veel te duur geworden, 180 euro per jaar voor een tweede auto.", []),
('f', "Groet,\nDaan Kok"),
]))
CAMPAIGN = [
('f', "Geachte leden van het portefeuillehoudersoverleg Wonen,"),
('p', "Wij maken ons grote zorgen over de toekomst van onze dorpen. Als er niet snel betaalbare woningen komen voor jongeren en jonge gezinnen, sluiten straks de basisschool, de voetbalclub en de supermarkt. Bouw daarom in elk dorp, ook in de kleine kernen, minstens twintig betaalbare woningen per jaar.", ["5.3", "3.1"]),
('p', "Wij vinden dat woningen in ons dorp eerst moeten worden aangeboden aan mensen die hier geboren zijn, werken of familie hebben. Vijftig procent voorrang voor mensen met binding is te weinig, maak er minstens 70 procent van.", ["6.2", "3.2"]),
('p', "Laat de dorpsraden meebeslissen over waar en wat er gebouwd wordt, en niet alleen achteraf informeren.", ["5.3"]),
('f', "Wonen in je eigen dorp!"),
]
for i, (fn, name, fmt) in enumerate([("15-campagne-dorpen-visser.txt", "Anouk Visser", "txt"),
                                        ("16-campagne-dorpen-meijer.eml", "Bram Meijer", "eml"),
                                        ("17-campagne-dorpen-yilmaz.txt", "Elif Yilmaz", "txt")]):
    blocks = list(CAMPAIGN) + [('f', f"Met vriendelijke groet,\n{name}\nKockenwaard")]
    d = dict(file=fn, fmt=fmt, blocks=blocks)
    if fmt == "eml":
        d.update(frm=f"{name} <b.meijer@example.nl>", date="Tue, 13 Oct 2026 19:02:00 +0200", subject="Wonen in je eigen dorp")
    else:
        blocks.insert(0, ('f', "Kockenwaard, 12 oktober 2026"))
    L.append(d)
