# The responses of QA49 (fictional). Blocks: ('f', text) letter furniture (letterhead, salutation,
# signature, opening without a view), ('h', text) a heading that is no point by itself, ('sp', mm) (fpdf2
# only) the next point starts mm above the foot of the page, so that it runs on to the next page,
# ('row', paragraph, text, sections) (docx_table only) a row of the letter's own table 'Paragraaf |
# Reactie', ('pt', text, sections[, start]) a labelled point (start: the first words of the point's own
# text after its number, letter or bullet, unless given; a topic line above the point is not part of it).
# Consultation: ter inzage 7 september t/m 19 oktober 2026 (deadline 2026-10-19). The draft is a 20-page
# PDF printed by WeasyPrint; its footer 'Pagina N van 20' counts from the cover, so the printed page is
# the PDF page. Pages: 1 cover; 2-3 Inhoud; 4 Samenvatting; 5 hfst 1 (1.1, 1.2); 6 hfst 2, 2.1 (kader
# Kerncijfers), 2.2; 7 2.3; 8 hfst 3, 3.1 (numbered steps), 3.2; 9 3.2 (end), 3.3 (kader 'Wat is de
# Z-route?'), 3.4; 10 3.5, 3.6; 11 hfst 4, 4.1, tabel 1 (rows Vennebroek .. Heerdingen 2024-2); 12 tabel 1
# (header repeated; Heerdingen 2025-1 .. Regio totaal), 4.2, 4.3; 13 4.3 (end), hfst 5, 5.1 (kader with a
# newcomer's quote), 5.2; 14 5.3; 15-16 hfst 6 (6.1, 6.2, 6.3); 17 hfst 7 (7.1, 7.2); 18-19 hfst 8 (8.1,
# 8.2, 8.3); 20 Bijlage 1. Footnotes: 1 (1.1, Wet inburgering 2021), 2 (3.1, leerbaarheidstoets), 3 (4.1,
# taakstelling), 4 (6.1, tolken in de huisartsenzorg), 5 (7.1, bekostiging nieuwkomers).
LETTERS = []
def L(file, fmt, blocks, **kw):
    LETTERS.append(dict(file=file, fmt=fmt, blocks=blocks, **kw))

L('01-zienswijze-raad-vennebroek.pdf', 'pdf_rl', [
 ('f', 'Gemeenteraad van Vennebroek\nMarkt 1\n5371 AB Vennebroek'),
 ('f', 'Aan het Portefeuillehoudersoverleg Sociaal Domein Regio Vennebroek\nt.a.v. team Inburgering\nPostbus 1000\n5370 BA Vennebroek'),
 ('f', 'Vennebroek, 14 oktober 2026\nOnderwerp: zienswijze ontwerp-Regiovisie Inburgering en Integratie 2027-2030\nOns kenmerk: RV-2026-0412'),
 ('f', 'Geacht overleg,'),
 ('f', 'In zijn vergadering van 12 oktober 2026 heeft de gemeenteraad van Vennebroek het ontwerp van de regiovisie besproken. De raad onderschrijft de ambitie dat iedere nieuwkomer zich snel thuis moet voelen, en geeft de volgende zienswijze.'),
 ('pt', 'a. De visie belooft een brede intake „uiterlijk tien weken na de koppeling”. De raad vindt dat te lang: in die weken zit de nieuwkomer vaak nog in het azc en gebeurt er niets. De raad vraagt om de kennismaking en de brede intake binnen zes weken af te ronden.', ['3.1'], 'De visie belooft een brede intake'),
 ('pt', 'b. Op blz. 11 staat dat de corporaties ten hoogste 20 procent van de vrijkomende sociale huurwoningen aan statushouders toewijzen. De raad steunt dit plafond, maar wil dat de gemeenten die de taakstelling niet halen, dan ook geen regionaal geld meer krijgen voor extra woonvormen.', ['4.1'], 'Op blz. 11 staat dat de corporaties'),
 ('pt', 'c. De raad is blij met de verlenging van het ontzorgen tot twaalf maanden. Wij vragen om dit niet alleen te doen „voor wie dat nodig heeft”, maar voor iedere statushouder, omdat het moment waarop het misgaat vaak pas na een half jaar zichtbaar wordt.', ['4.3'], 'De raad is blij met de verlenging'),
 ('pt', 'd. Vennebroek beheert als centrumgemeente het regionale budget. De raad wil niet dat de stad de tekorten van de regio moet dragen. Wij vragen om in de visie op te nemen dat tekorten naar rato van het aantal inburgeraars over de vijf gemeenten worden verdeeld.', ['8.2'], 'Vennebroek beheert als centrumgemeente het regionale budget'),
 ('pt', 'e. Tot slot wil de raad niet alleen via het dashboard van het portefeuillehoudersoverleg op de hoogte blijven. Wij vragen om een jaarlijkse rapportage aan de gemeenteraden, met de cijfers per gemeente.', ['8.3'], 'Tot slot wil de raad niet alleen'),
 ('f', 'Hoogachtend,\nde raad van de gemeente Vennebroek,\n\nde griffier,                    de voorzitter,\ndrs. M.A. Verbeek                J.H. van Rossum'),
])

L('02-zienswijze-raad-lindewaard.pdf', 'pdf_fpdf', [
 ('f', 'Gemeenteraad Lindewaard\nRaadhuisstraat 5\n5381 CD Lindewaard'),
 ('f', 'Lindewaard, 15 oktober 2026\nBetreft: zienswijze ontwerp-regiovisie Inburgering en Integratie\nKenmerk: GR-LW-2026-77'),
 ('f', 'Geacht Portefeuillehoudersoverleg,'),
 ('f', 'De raad van Lindewaard heeft de ontwerp-regiovisie op 13 oktober 2026 besproken. Hieronder volgt de zienswijze van de raad, per onderwerp.'),
 ('pt', '1. Flexwoningen (par. 4.2)\nDe raad staat open voor tijdelijke en gemengde woonvormen. Wel vraagt de raad om omwonenden niet alleen vroeg te betrekken, maar hun ook echt invloed te geven op de plek en de grootte van een complex. Een termijn van vijftien jaar is voor omwonenden geen tijdelijke oplossing meer.', ['4.2'], 'De raad staat open voor tijdelijke en gemengde woonvormen'),
 ('pt', '2. Nieuwkomersklas (par. 7.1)\nLindewaard heeft een van de drie nieuwkomersklassen. De raad wil dat de regio meebetaalt aan het leerlingenvervoer voor kinderen uit andere gemeenten, want die kosten komen nu op de begroting van Lindewaard.', ['7.1'], 'Lindewaard heeft een van de drie nieuwkomersklassen'),
 ('sp', 26),
 ('pt', '3. Werk (par. 5.1)\nDe raad steunt de keuze voor de duale route. In Lindewaard werken veel statushouders via uitzendbureaus in de distributiecentra langs de snelweg, vaak in nachtdiensten en met contracten van een paar weken. Dat is slecht te combineren met taalles overdag. De raad vraagt om met de grote werkgevers en uitzendbureaus afspraken te maken over vaste werktijden voor inburgeraars, en om loonkostensubsidie alleen in te zetten bij werkgevers die een contract van ten minste een jaar bieden. Zo wordt werk echt een weg naar een eigen bestaan.', ['5.1'], 'De raad steunt de keuze voor de duale route'),
 ('pt', '4. Oekraïense ontheemden (par. 2.2)\nDe opvanglocatie in de voormalige Sint-Jozefschool is tot de zomer van 2027 gehuurd. De raad vraagt de regio om nu al een plan te maken voor de periode daarna, zodat de ongeveer negentig bewoners niet opnieuw hoeven te verhuizen binnen korte tijd.', ['2.2'], 'De opvanglocatie in de voormalige Sint-Jozefschool'),
 ('pt', '5. Fietspad Lindeweg\nHet fietspad langs de Lindeweg is al jaren in slechte staat. Veel inwoners, ook nieuwkomers, fietsen hier naar hun werk. De raad vraagt om herstel van het fietspad nog in 2027.', [], 'Het fietspad langs de Lindeweg'),
 ('f', 'Met vriendelijke groet,\nDe gemeenteraad van Lindewaard,\nE. de Graaf, griffier'),
])

L('03-reactie-college-ossekamp.docx', 'docx_table', [
 ('f', 'Gemeente Ossekamp\nCollege van burgemeester en wethouders'),
 ('f', 'Aan: Portefeuillehoudersoverleg Sociaal Domein Regio Vennebroek\nDatum: 9 oktober 2026\nOnderwerp: reactie college op ontwerp-regiovisie Inburgering en Integratie'),
 ('f', 'Geacht overleg,'),
 ('f', 'Ons college heeft de ontwerp-regiovisie besproken met de klantregisseurs en met de partners in Ossekamp. In de tabel hieronder geven wij per paragraaf onze reactie.'),
 ('row', '1.2', 'Wij waarderen de groepsgesprekken met 46 nieuwkomers. Wij vragen om nieuwkomers ook bij het uitvoeringsprogramma te betrekken, en niet pas achteraf via de klankbordgroep.', ['1.2', '8.1']),
 ('row', '3.2', 'De lessen van de B1-route moeten zoveel mogelijk in Ossekamp zelf worden gegeven. De grens van vijf kilometer voor de reiskostenvergoeding is voor onze kernen onredelijk: de bus naar Vennebroek rijdt maar één keer per uur.', ['3.2']),
 ('row', '3.6', 'Wij houden de bijeenkomst voor de participatieverklaring graag in ons eigen gemeentehuis, met onze eigen burgemeester. Wij vragen om dat in de visie uitdrukkelijk aan de gemeenten te laten.', ['3.6']),
 ('row', '8.2', 'Wij steunen een regionaal budget voor de inkoop, maar willen de middelen voor de klantregie zelf blijven ontvangen. Een verdeling alleen naar het aantal inburgeraars houdt geen rekening met de vaste kosten van een kleine gemeente.', ['8.2']),
 ('f', 'Hoogachtend,\nburgemeester en wethouders van Ossekamp,\nde secretaris,          de burgemeester,\nA. Hendriks              P.J. Claessens'),
])

L('04-advies-adviesraad-sociaal-domein-heerdingen.pdf', 'pdf_wp', [
 ('f', 'Adviesraad Sociaal Domein Heerdingen\np/a Dorpsstraat 12\n5391 EF Heerdingen'),
 ('f', 'Aan het college van burgemeester en wethouders van Heerdingen\nen het Portefeuillehoudersoverleg Sociaal Domein Regio Vennebroek'),
 ('f', 'Heerdingen, 12 oktober 2026\nBetreft: gevraagd advies regiovisie Inburgering en Integratie'),
 ('f', 'Geacht college,'),
 ('f', 'Op 3 september vroeg u ons om advies over de ontwerp-regiovisie. De adviesraad heeft de visie besproken in zijn vergadering van 8 oktober, waarvoor wij ook twee statushouders uit Heerdingen hadden uitgenodigd. Ons advies luidt als volgt.'),
 ('pt', 'Advies 1. In § 3.3 staat dat de Z-route ‘soms te snel wordt gekozen’. Dat herkennen wij. Een nieuwe beoordeling na een jaar is goed, maar voor jonge mensen met trauma is een jaar lang. Wij adviseren om al na zes maanden te kijken of een overstap naar de B1-route mogelijk is.', ['3.3'], 'Advies 1. In § 3.3 staat dat'),
 ('pt', 'Advies 2. Volgens § 6.1 dragen de gemeenten bij aan „de kosten van tolken in de huisartsenzorg”. Wij adviseren om tolken ook te vergoeden in gesprekken met het wijkteam en de GGZ, waar de drempel om hulp te vragen het hoogst is.', ['6.1'], 'Advies 2. Volgens § 6.1 dragen de gemeenten'),
 ('pt', 'Advies 3. Gezinsmigranten krijgen volgens de visie geen maatschappelijke begeleiding. Uit onze gesprekken blijkt dat vooral vrouwen die bij hun partner komen wonen, geïsoleerd raken. Wij adviseren om ook hun een lichte vorm van begeleiding aan te bieden, bijvoorbeeld een half jaar.', ['2.3', '6.2'], 'Advies 3. Gezinsmigranten krijgen volgens de visie'),
 ('pt', 'Advies 4. Het dashboard meet vooral tijden en percentages. Wij adviseren om ook te meten hoe tevreden nieuwkomers zelf zijn over hun inburgering, elk jaar en niet alleen bij de evaluatie halverwege.', ['8.3'], 'Advies 4. Het dashboard meet vooral tijden'),
 ('pt', 'Advies 5. De visie noemt terecht de schulden die nieuwkomers onder de oude wet opliepen bij DUO. Wij adviseren om nieuwkomers die nog een DUO-lening aflossen actief te wijzen op schuldhulpverlening en op de mogelijkheden voor kwijtschelding.', ['1.1'], 'Advies 5. De visie noemt terecht de schulden'),
 ('f', 'Met vriendelijke groet,\nAdviesraad Sociaal Domein Heerdingen\n\nT. Wolters, voorzitter\nS. El Idrissi, secretaris'),
])

L('05-vluchtelingenwerk-team-vennebroek.md', 'md', [
 ('f', '# Reactie VluchtelingenWerk, team Regio Vennebroek'),
 ('f', 'Aan: Portefeuillehoudersoverleg Sociaal Domein Regio Vennebroek  \nDatum: 16 oktober 2026  \nBetreft: ontwerp-regiovisie Inburgering en Integratie 2027-2030'),
 ('f', 'VluchtelingenWerk begeleidt in de vijf gemeenten ruim 600 huishoudens, met 18 beroepskrachten en 210 vrijwilligers. Wij reageren graag op de onderdelen die ons werk raken.'),
 ('h', '## Maatschappelijke begeleiding'),
 ('pt', '- Een beroepskracht met 40 huishoudens heeft te weinig tijd voor gezinnen met veel problemen. Wij vragen om een norm van 30 huishoudens per beroepskracht.', ['6.2'], 'Een beroepskracht met 40 huishoudens heeft'),
 ('pt', '- Verlenging met zes maanden alleen voor kwetsbare gezinnen is te beperkt. Ook alleenstaanden hebben na een jaar vaak nog hulp nodig bij brieven en toeslagen. Wij vragen om achttien maanden begeleiding voor iedereen die dat nodig heeft.', ['6.2'], 'Verlenging met zes maanden alleen voor kwetsbare'),
 ('h', '## Hospitahuisvesting'),
 ('pt', '- Wij willen de hospita\'s graag begeleiden. De belofte dat een gastgezin geen gevolgen voor toeslagen of uitkering ondervindt, kunnen de gemeenten niet alleen waarmaken: daar is een afspraak met de Belastingdienst voor nodig. Regel die afspraak voordat de eerste hospita begint.', ['4.2'], 'Wij willen de hospita\'s graag begeleiden'),
 ('h', '## Vrijwilligers'),
 ('pt', '- Wij zijn blij met het regionale vrijwilligersfonds. Vrijwilligers die nieuwkomers begeleiden, hebben een goede training en intervisie nodig; wij vragen om daarvoor een vast deel van het fonds te reserveren.', ['8.1'], 'Wij zijn blij met het regionale vrijwilligersfonds'),
 ('h', '## Gezinshereniging'),
 ('pt', '- Nareizigers komen nu vaak aan terwijl er nog geen grotere woning is. Wij vragen de gemeenten om al te zoeken zodra de aanvraag voor gezinshereniging is toegewezen, en niet pas als het gezin op Schiphol staat.', ['6.3'], 'Nareizigers komen nu vaak aan terwijl'),
 ('f', 'Met vriendelijke groet,\n\nNamens VluchtelingenWerk, team Regio Vennebroek,  \nL. Sanders, teamleider'),
])

L('06-roc-vennedal.txt', 'txt', [
 ('f', 'ROC VENNEDAL\nCollege van Bestuur\nOnderwijsboulevard 40\n5372 GH Vennebroek'),
 ('f', 'Aan het Portefeuillehoudersoverleg Sociaal Domein Regio Vennebroek\n\nVennebroek, 13 oktober 2026\nOnderwerp: reactie op de ontwerp-regiovisie Inburgering en Integratie'),
 ('f', 'Geachte leden van het Portefeuillehoudersoverleg,'),
 ('f', 'ROC Vennedal verzorgt het schakeltraject van de onderwijsroute en is taalaanbieder voor de B1-route en de Z-route. Wij hebben de visie met belangstelling gelezen en reageren als volgt.'),
 ('pt', '1. Over de onderwijsroute schrijft u dat ‘bijna een op de drie jongeren’ in het eerste jaar stopt. Volgens onze eigen cijfers was dat in het schooljaar 2025-2026 22 procent. Wij zijn het eens met een vaste mentor voor iedere student, maar dat kost ons ongeveer twee fte extra; wij vragen de gemeenten dat mee te financieren.', ['3.4'], 'Over de onderwijsroute schrijft u dat'),
 ('pt', '2. In het kader over de Z-route op pagina 9 staat dat er geen examen is en dat de gemeente de voortgang beoordeelt. Onze docenten zien de deelnemers elke week. Wij stellen voor dat de gemeente de voortgang samen met de docent beoordeelt.', ['3.3'], 'In het kader over de Z-route op pagina 9'),
 ('pt', '3. Voor de praktijkverklaringen en EVC-trajecten die in de visie worden genoemd, kunnen wij direct starten. Dan moeten nieuwkomers wel op elk moment van het jaar kunnen instromen, en niet alleen in september en februari.', ['5.2'], 'Voor de praktijkverklaringen en EVC-trajecten die'),
 ('pt', '4. De aansluiting tussen de internationale schakelklas en de onderwijsroute verloopt nu moeizaam. Jongeren die achttien worden, wachten soms maanden op een brede intake en verliezen zo hun plek. Wij vragen om deze jongeren al een half jaar voor hun achttiende verjaardag aan te melden.', ['7.2', '3.4'], 'De aansluiting tussen de internationale schakelklas'),
 ('f', 'Met vriendelijke groet,\n\nnamens het College van Bestuur,\n\ndrs. H.P. Mulder\nvoorzitter'),
])

L('07-woonstichting-de-vennen.pdf', 'pdf_rl', [
 ('f', 'Woonstichting De Vennen\nStationsplein 8\n5371 KL Vennebroek'),
 ('f', 'Aan het Portefeuillehoudersoverleg Sociaal Domein Regio Vennebroek\nPostbus 1000\n5370 BA Vennebroek'),
 ('f', 'Vennebroek, 16 oktober 2026\nBetreft: reactie ontwerp-regiovisie Inburgering en Integratie'),
 ('f', 'Geachte leden van het overleg,'),
 ('f', 'Woonstichting De Vennen verhuurt ruim 14.000 woningen in Vennebroek, Heerdingen en Mariënweert. Wij werken graag mee aan de huisvesting van statushouders en geven de volgende reactie.'),
 ('pt', '1. In tabel 1 staat in de rij van Heerdingen voor het tweede halfjaar van 2025 dat er 12 statushouders zijn gehuisvest. Volgens onze administratie waren dat er 15. De achterstand van 18 is daardoor te hoog. Wij vragen om de cijfers in de tabel met de corporaties af te stemmen voordat de visie wordt vastgesteld.', ['4.1'], 'In tabel 1 staat in de rij van Heerdingen'),
 ('pt', '2. Het plafond van 20 procent van de vrijkomende woningen steunen wij. Wij vragen wel om het als richtgetal te gebruiken en niet als harde grens: in een jaar met weinig verhuizingen halen wij anders de taakstelling niet.', ['4.1'], 'Het plafond van 20 procent van de'),
 ('pt', '3. Met gemengd wonen hebben wij goede ervaringen in het complex aan de Havenkade. Een beheerder is daarbij onmisbaar, maar de kosten daarvan kunnen wij niet in de huur doorberekenen. Wij vragen de gemeenten om de kosten van de beheerder te delen.', ['4.2'], 'Met gemengd wonen hebben wij goede ervaringen'),
 ('pt', '4. Grote woningen voor herenigde gezinnen zijn in onze voorraad zeldzaam. Wij stellen voor om in die gevallen ook twee naast elkaar gelegen kleinere woningen aan te bieden.', ['6.3'], 'Grote woningen voor herenigde gezinnen zijn in'),
 ('pt', '5. Als het ontzorgen stopt, ontstaan bij ons vaak de eerste huurachterstanden. Wij vragen om een seintje van de gemeente twee maanden voordat het ontzorgen voor een huurder afloopt, zodat onze woonconsulent langs kan gaan.', ['4.3'], 'Als het ontzorgen stopt, ontstaan bij ons'),
 ('f', 'Met vriendelijke groet,\n\nWoonstichting De Vennen\n\nir. K.L. Bosman\ndirecteur-bestuurder'),
])

L('08-werkgeversservicepunt-vennebroek.eml', 'eml', [
 ('pt', '- Taal op de werkvloer werkt, dat zien wij bij de werkgevers in de techniek. Maar werkgevers willen dan wel dat de docent in de eigen werktijden op locatie komt, en dat de lessen over hun eigen vakwoorden gaan. Neem dat op in de inkoop bij de taalaanbieders.', ['3.2', '5.1'], 'Taal op de werkvloer werkt, dat zien'),
 ('pt', '- Het doel van 45 procent aan het werk na drie jaar is ambitieus. Wij halen dat alleen als er in ieder geval één jobcoach per 25 geplaatste nieuwkomers is, ook na het eerste half jaar.', ['5.1'], 'Het doel van 45 procent aan het werk'),
 ('pt', '- Over arbeidsmigranten staat dat de gemeenten met werkgevers en uitzendbureaus afspraken maken over taallessen. Veel werkgevers willen dat wel, maar niet betalen voor iemand die na een seizoen vertrekt. Een regionale cofinanciering zou helpen.', ['2.3'], 'Over arbeidsmigranten staat dat de gemeenten'),
 ('pt', '- De wachttijd bij de Internationale Diplomawaardering is nu vaak drie maanden. Werkgevers haken dan af. Kunnen de gemeenten een snelle route afspreken voor nieuwkomers die een baan in het vooruitzicht hebben?', ['5.2'], 'De wachttijd bij de Internationale Diplomawaardering is'),
], head='Beste Sanne,\n\nDank voor je mail en voor de ontwerp-regiovisie. Hieronder onze reactie namens het Werkgeversservicepunt Vennebroek, in een paar punten:\n\n',
 glue='\n\n', tail=('\n\nWe denken graag mee over de uitwerking in het uitvoeringsprogramma.\n\nMet vriendelijke groet,\n\nRuud Kleinjan\naccountmanager werkgevers\nWerkgeversservicepunt Vennebroek\nwww.wspvennebroek.nl\n\n'
 'Op ma 28 sep 2026 om 09:14 schreef Team Inburgering Regio Vennebroek <inburgering@regiovennebroek.nl>:\n'
 '> Beste partners,\n>\n> Zoals aangekondigd in het netwerkoverleg ligt de ontwerp-regiovisie Inburgering en\n> Integratie 2027-2030 tot en met 19 oktober ter inzage. In de bijlage vindt u het ontwerp.\n'
 '> Wij horen graag uw reactie, in het bijzonder op hoofdstuk 5 over werk en meedoen.\n> De werkgevers in de regio hebben daarin een grote rol.\n>\n> Reacties kunnen per mail naar dit adres.\n>\n> Met vriendelijke groet,\n>\n> Sanne de Boer\n> projectleider regiovisie, Team Inburgering Regio Vennebroek\n'),
 meta=dict(frm='Ruud Kleinjan <r.kleinjan@wspvennebroek.nl>', to='Team Inburgering Regio Vennebroek <inburgering@regiovennebroek.nl>',
           date='Fri, 16 Oct 2026 15:22:40 +0200', subject='RE: Ontwerp-regiovisie Inburgering ter inzage - graag uw reactie'))

L('09-ggd-vennebroek.docx', 'docx', [
 ('f', 'GGD Regio Vennebroek\nAfdeling Publieke Gezondheid'),
 ('f', 'Aan: Portefeuillehoudersoverleg Sociaal Domein Regio Vennebroek\nDatum: 15 oktober 2026\nOnderwerp: reactie GGD op de ontwerp-regiovisie Inburgering en Integratie'),
 ('f', 'Geachte leden van het Portefeuillehoudersoverleg,'),
 ('f', 'De GGD Regio Vennebroek is blij dat gezondheid in de regiovisie een eigen plek heeft. Wij geven graag de volgende reactie.'),
 ('pt', 'Gezondheidsgesprek\nWij bieden het gezondheidsgesprek graag aan iedere statushouder aan, maar met onze huidige capaciteit lukt dat alleen binnen zes maanden na de vestiging. Voor een gesprek in de eerste drie maanden is een extra verpleegkundige nodig.', ['6.1'], 'Wij bieden het gezondheidsgesprek graag aan iedere'),
 ('pt', 'Tolken\nIn voetnoot 4 staat dat de regio tot 2030 bijdraagt aan tolken in de huisartsenzorg. Wij vragen om die bijdrage ook te laten gelden voor de jeugdgezondheidszorg en de tbc-bestrijding van de GGD.', ['6.1'], 'In voetnoot 4 staat dat de regio'),
 ('pt', 'Kinderen in de nieuwkomersklas\nKinderen die in een nieuwkomersklas beginnen, zien nu pas na maanden een jeugdarts. Wij stellen voor dat de jeugdgezondheidszorg in de eerste zes weken een gezondheidsonderzoek op school doet, met aandacht voor vaccinaties.', ['7.1'], 'Kinderen die in een nieuwkomersklas beginnen, zien'),
 ('pt', 'Trauma herkennen\nDe visie wil dat taalcoaches signalen van trauma leren herkennen. De GGD kan de training voor taalcoaches en klantregisseurs verzorgen, in samenwerking met de bibliotheek.', ['6.1', '3.5'], 'De visie wil dat taalcoaches signalen van'),
 ('f', 'Met vriendelijke groet,\n\nnamens de directie,\ndrs. A.C. Veenstra, arts M&G\nhoofd Publieke Gezondheid'),
])

L('10-spo-de-vennen.pdf', 'pdf_wp', [
 ('f', 'Stichting Primair Onderwijs De Vennen\nBestuursbureau\nKastanjelaan 2\n5373 MN Vennebroek'),
 ('f', 'Aan het Portefeuillehoudersoverleg Sociaal Domein Regio Vennebroek'),
 ('f', 'Vennebroek, 14 oktober 2026\nKenmerk: SPO/2026/231\nBetreft: reactie ontwerp-regiovisie Inburgering en Integratie'),
 ('f', 'Geachte leden van het overleg,'),
 ('f', 'Stichting Primair Onderwijs De Vennen heeft 24 basisscholen in de regio, waaronder de nieuwkomersklassen in Vennebroek en Ossekamp. Graag geven wij onze reactie.'),
 ('pt', '1. Op pagina 17 spreken de gemeenten af dat ieder kind binnen vier weken na aankomst naar school gaat. Dat willen wij ook. Maar onze nieuwkomersklassen zitten nu vol; zonder een extra lokaal en een extra leerkracht kunnen wij die belofte niet waarmaken.', ['7.1'], 'Op pagina 17 spreken de gemeenten af'),
 ('pt', '2. De regionale flexibele pool van leerkrachten is een goed idee. Wij vragen om de gemeenten het eerste jaar de loonkosten te laten dragen, omdat de aanvullende bekostiging van het Rijk pas later komt.', ['7.1'], 'De regionale flexibele pool van leerkrachten'),
 ('pt', '3. Kinderen van vier en vijf jaar uit Heerdingen en Mariënweert zitten nu elke dag meer dan anderhalf uur in het leerlingenvervoer. Voor de jongste kinderen vragen wij om een nieuwkomersgroep dichter bij huis, bijvoorbeeld op een school in Heerdingen.', ['7.1'], 'Kinderen van vier en vijf jaar uit'),
 ('pt', '4. Veel ouders van onze leerlingen leren zelf Nederlands. Het taalhuis zou ook op scholen spreekuren en taalcafés voor ouders kunnen houden, bijvoorbeeld na het brengen van de kinderen.', ['3.5'], 'Veel ouders van onze leerlingen leren zelf'),
 ('f', 'Met vriendelijke groet,\n\nCollege van Bestuur SPO De Vennen\n\nmr. F. Dijkman\nvoorzitter'),
])

L('11-moskee-al-fajr-lindewaard.txt', 'txt', [
 ('f', 'Stichting Moskee Al-Fajr Lindewaard\nIndustrieweg 17\n5382 PR Lindewaard\ninfo@alfajr-lindewaard.nl'),
 ('f', 'Lindewaard, 17 oktober 2026\n\nAan het Portefeuillehoudersoverleg Sociaal Domein Regio Vennebroek\nOnderwerp: reactie regiovisie inburgering'),
 ('f', 'Geachte heer, mevrouw,'),
 ('f', 'Het bestuur van Stichting Moskee Al-Fajr heeft de regiovisie gelezen. Elke week komen nieuwkomers naar onze moskee, vaak met vragen over brieven, werk en school. Wij willen het volgende meegeven:'),
 ('pt', '- Onze vrijwilligers geven al drie jaar taalles in de moskee, op zaterdag. Wij bieden de gemeente onze ruimte aan voor een taalcafé en vragen om ook moskeeën met name te noemen als partner in het regionale netwerk.', ['8.1'], 'Onze vrijwilligers geven al drie jaar taalles'),
 ('pt', '- Over psychische klachten wordt in onze gemeenschap weinig gesproken. Onze imam en vrijwilligers willen samen met de GGD voorlichting geven, in het Arabisch en het Turks.', ['6.1'], 'Over psychische klachten wordt in onze gemeenschap'),
 ('pt', '- Wij vinden het mooi dat de ondertekening van de participatieverklaring een feestelijk moment wordt. Wij willen graag helpen, bijvoorbeeld met eten of muziek.', ['3.6'], 'Wij vinden het mooi dat de ondertekening'),
 ('pt', '- Op vrijdag is er bij de moskee te weinig parkeerplaats. Bezoekers parkeren dan in de wijk, wat tot klachten leidt. Wij vragen de gemeente om extra parkeerplaatsen aan de Industrieweg.', [], 'Op vrijdag is er bij de moskee'),
 ('f', 'Met vriendelijke groet,\n\nnamens het bestuur,\nM. Yilmaz, secretaris'),
])

L('12-email-taalcoach-heerdingen.eml', 'eml', [
 ('pt', 'Ik ben sinds twee jaar taalcoach via het taalhuis. De training was goed, maar de coördinator is maar één ochtend per week bereikbaar, en als er iets is met mijn taalmaatje moet ik soms een week wachten. Er is meer tijd nodig voor de coördinatie, zeker als er 250 taalcoaches komen.', ['3.5'], 'Ik ben sinds twee jaar taalcoach via'),
 ('pt', 'Mijn taalmaatje volgt de Z-route. In de visie staat dat de groepen niet groter zijn dan acht mensen, maar in haar groep zitten er twaalf. Zij komt bijna niet aan het woord.', ['3.3'], 'Mijn taalmaatje volgt de Z-route.'),
 ('pt', 'Sinds de zomer stopt de bus niet meer bij de halte Molenstraat, vlak bij het taalhuis. Voor mensen die slecht ter been zijn is dat een probleem.', [], 'Sinds de zomer stopt de bus niet'),
], head='Geachte mensen van de regio,\n\nIk heb de regiovisie inburgering gelezen en wil graag als vrijwilliger reageren.\n\n',
 glue='\n\n', tail='\n\nMet vriendelijke groet,\n\nAnnelies Verhoef-Dam\nKerkstraat 14\n5391 GJ Heerdingen\ntel. 0413-482 190\n',
 meta=dict(frm='Annelies Verhoef <a.verhoef.dam@hetnet.nl>', to='inburgering@regiovennebroek.nl',
           date='Sun, 11 Oct 2026 20:05:31 +0200', subject='Reactie regiovisie inburgering'))

L('13-brief-statushouder-ossekamp.pdf', 'pdf_rl', [
 ('f', 'Yonas Tesfamariam\nBeukenlaan 7\n5386 TR Ossekamp\ntel 06-38 27 91 04'),
 ('f', 'Aan de gemeente\nRegio Vennebroek'),
 ('f', 'Ossekamp, 10 oktober 2026\nOver: de plan van inburgering'),
 ('f', 'Beste meneer, mevrouw,'),
 ('f', 'Mijn naam is Yonas. Ik kom uit Eritrea en ik woon twee jaar in Ossekamp. Mijn taalcoach heeft mij geholpen met deze brief. Ik wil graag iets zeggen over de plan.'),
 ('pt', 'Mijn vrouw en twee kinderen komen volgend jaar naar Nederland met de gezinshereniging. Ik woon nu in een kamer met een keuken. Dat is te klein voor vier personen. Ik heb gevraagd bij de woning maar zij zeggen ik moet wachten tot mijn familie is hier. Kunnen jullie eerder een huis zoeken?', ['6.3'], 'Mijn vrouw en twee kinderen komen volgend'),
 ('pt', 'Mijn taalles is in Vennebroek, vier dagen in de week. De bus kost veel geld en het is vier kilometer, dus ik krijg geen vergoeding. In de winter is fietsen moeilijk. Ik vind de regel van vijf kilometer niet eerlijk.', ['3.2'], 'Mijn taalles is in Vennebroek, vier dagen'),
 ('pt', 'In Eritrea ik was lasser, acht jaar. Hier ik heb geen diploma papier. Ik wil laten zien wat ik kan, met een test in de werkplaats. Dan kan ik sneller werk vinden.', ['5.2'], 'In Eritrea ik was lasser, acht jaar.'),
 ('pt', 'Na zes maanden de gemeente stopt met betalen van de rekeningen. Ik wist niet dat ik zelf de water moest betalen. Nu heb ik een schuld van 240 euro. Het is beter als iemand het goed uitlegt voordat het stopt.', ['4.3'], 'Na zes maanden de gemeente stopt met'),
 ('f', 'Dank u wel voor het lezen.\n\nGroeten,\n\nYonas Tesfamariam'),
])

CAMPAIGN = [
 ('pt', '1. Het taalhuis in de bibliotheek van Heerdingen is een plek waar iedereen welkom is. De bibliotheek verhuist in 2027 naar de rand van het dorp. In de visie staat dat het taalhuis ook in een buurthuis kan komen. Wij vragen u om het taalhuis in het centrum van Heerdingen te houden, goed bereikbaar te voet.', ['3.5'], 'Het taalhuis in de bibliotheek van Heerdingen'),
 ('pt', '2. Veel moeders kunnen niet naar de taalles, omdat er geen opvang is voor hun kinderen. Dat de gemeenten „waar mogelijk” kinderopvang regelen, is te vrijblijvend. Wij vragen om kinderopvang tijdens de lessen voor iedere ouder die dat nodig heeft.', ['3.2'], 'Veel moeders kunnen niet naar de taalles'),
 ('pt', '3. De vrijwilligers van het taalcafé doen veel werk zonder vergoeding. Wij vragen om uit het regionale vrijwilligersfonds ook het taalcafé en de taalcoaches in Heerdingen te steunen.', ['8.1', '3.5'], 'De vrijwilligers van het taalcafé doen veel'),
]
L('14-campagnebrief-taalhuis-heerdingen-1.txt', 'txt', [
 ('f', 'Fam. Van Dalen\nPastoor Smitsstraat 22\n5391 KB Heerdingen'),
 ('f', 'Heerdingen, 8 oktober 2026\n\nAan het Portefeuillehoudersoverleg Sociaal Domein Regio Vennebroek\nBetreft: Taalhuis Heerdingen blijft!'),
 ('f', 'Geacht overleg,'),
 ('f', 'Wij steunen de actie Taalhuis Heerdingen blijft! Wij vragen u bij de regiovisie inburgering om het volgende.'),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nfam. Van Dalen'),
])
L('15-campagnebrief-taalhuis-heerdingen-2.eml', 'eml', list(CAMPAIGN),
 head='Geacht overleg,\n\nWij steunen de actie Taalhuis Heerdingen blijft! Zelf ben ik twintig jaar geleden uit Bosnië naar Heerdingen gekomen, en in de bibliotheek heb ik mijn eerste Nederlandse woorden geleerd. Wij vragen u bij de regiovisie inburgering om het volgende.\n\n',
 glue='\n\n', tail='\n\nMet vriendelijke groet,\n\nMirela Kovačević\nVeldstraat 9\n5391 LT Heerdingen\n06-14 72 30 88\n',
 meta=dict(frm='Mirela Kovacevic <mirela.kovacevic@gmail.com>', to='inburgering@regiovennebroek.nl',
           date='Fri, 9 Oct 2026 11:48:02 +0200', subject='Taalhuis Heerdingen blijft!'))
L('16-campagnebrief-taalhuis-heerdingen-3.pdf', 'pdf_wp', [
 ('f', 'P. en J. Smulders-van Beek\nHoofdstraat 71\n5391 AC Heerdingen'),
 ('f', 'Heerdingen, 12 oktober 2026\n\nAan het Portefeuillehoudersoverleg Sociaal Domein Regio Vennebroek\nBetreft: Taalhuis Heerdingen blijft!'),
 ('f', 'Geacht overleg,'),
 ('f', 'Wij steunen de actie Taalhuis Heerdingen blijft! Wij vragen u bij de regiovisie inburgering om het volgende.'),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nP. en J. Smulders-van Beek'),
])

L('17-oekraiense-vereniging-laat.docx', 'docx', [
 ('f', 'Vereniging Oekraïners in Vennebroek\nSecretariaat: Lindelaan 3, 5371 RS Vennebroek'),
 ('f', 'Aan: Portefeuillehoudersoverleg Sociaal Domein Regio Vennebroek\nDatum: 28 oktober 2026\nOnderwerp: reactie op de regiovisie Inburgering en Integratie'),
 ('f', 'Geachte leden van het overleg,'),
 ('f', 'Onze vereniging heeft pas na de vakantie van de visie gehoord. Wij hopen dat u onze reactie toch wilt lezen.'),
 ('pt', 'Opvang na 2027\nIn de visie staat dat de opvanglocaties tot de zomer van 2027 open blijven. Voor veel gezinnen is die onzekerheid zwaar: kinderen weten niet of zij op hun school kunnen blijven. Wij vragen om nog dit jaar duidelijkheid over de periode daarna.', ['2.2'], 'In de visie staat dat de opvanglocaties'),
 ('pt', 'Taallessen\nOekraïners krijgen taalles „zolang er plek is”. In de praktijk staan veel van ons maanden op een wachtlijst. Wij vragen om een eigen budget voor taallessen voor ontheemden, zodat zij niet achteraan hoeven te sluiten.', ['2.2'], 'Oekraïners krijgen taalles „zolang er plek is”.'),
 ('pt', 'Diploma\'s\nOnder ons zijn veel leraren, artsen en ingenieurs die nu in de kassen of de schoonmaak werken. Wij vragen om de snelle waardering van diploma\'s en de trajecten voor beroepen met een registratie ook voor Oekraïners open te stellen.', ['5.2'], 'Onder ons zijn veel leraren, artsen en'),
 ('f', 'Met vriendelijke groet,\n\nnamens het bestuur,\nO. Kovalenko, voorzitter'),
])

L('18-zienswijze-raad-marienweert.txt', 'txt', [
 ('f', 'GEMEENTERAAD MARIËNWEERT\nRaadhuisplein 2\n5395 VW Mariënweert'),
 ('f', 'Aan het Portefeuillehoudersoverleg Sociaal Domein Regio Vennebroek\nPostbus 1000\n5370 BA Vennebroek'),
 ('f', 'Mariënweert, 19 oktober 2026\nOnderwerp: zienswijze gemeenteraad Mariënweert op de ontwerp-regiovisie Inburgering en Integratie'),
 ('f', 'Geacht overleg,'),
 ('f', 'De gemeenteraad van Mariënweert heeft in zijn vergadering van 15 oktober 2026 de volgende zienswijze vastgesteld.'),
 ('pt', '1) Op pagina 12 staat dat in Mariënweert aan de Stationsweg 60 flexwoningen komen. De raad heeft daarover nog geen besluit genomen. De raad vraagt om in de visie te schrijven dat de locatie en het aantal woningen nog in overleg met de raad en de omwonenden worden bepaald.', ['4.2'], 'Op pagina 12 staat dat in Mariënweert'),
 ('pt', '2) Kinderen uit Mariënweert moeten naar een nieuwkomersklas in een andere gemeente. De raad vraagt de regio om de reistijd voor deze kinderen te beperken tot ten hoogste een half uur per rit.', ['7.1'], 'Kinderen uit Mariënweert moeten naar een nieuwkomersklas'),
 ('pt', '3) In de samenvatting belooft de regio dat „de gemeenten statushouders op tijd huisvesten”. Voor een kleine gemeente met weinig sociale huurwoningen is dat een belofte die de raad niet kan waarmaken zonder nieuwbouw. De raad vraagt om een realistischer formulering.', ['Samenvatting', '4.1'], 'In de samenvatting belooft de regio dat'),
 ('pt', '4) In het kader met kerncijfers op pagina 6 staat dat het gemiddeld 23 weken duurt van koppeling tot sleutel. In Mariënweert is dat elf weken. De raad vraagt om deze cijfers per gemeente te geven, zodat goede voorbeelden zichtbaar worden.', ['2.1', '4.1'], 'In het kader met kerncijfers op pagina 6'),
 ('f', 'Hoogachtend,\n\nde raad van de gemeente Mariënweert,\nde griffier, R.M. Peeters\nde voorzitter, C. van den Heuvel'),
])
