# Each letter: file, fmt, blocks (+ eml headers). Block kinds:
#  ('f', text)                    furniture (no comment)
#  ('h', text)                    a heading above a point (no comment of its own)
#  ('p', text, [sections], start) a point, with the start text of its label
#  ('c', text)                    continuation paragraph of the previous point
#  ('row', [cells], [sections], start) a table row that is one point (table formats)
# Printed page numbers of the draft (blz. N = PDF page N+3): 1 H1; 2 H2; 3 3-3.2; 4 3.2.1; 5 H4; 6 H5;
# 7 6/6.1; 8 6.2; 9 7/7.1/7.2; 10 7.3; 11 H8; 12 H9; 13 Bijlage 1; 14 Bijlage 2.
L = []
L.append(dict(file="01-zienswijze-gemeenteraad-beekvliet.pdf", fmt="pdf_rl", blocks=[
('f', "Gemeenteraad van Beekvliet"),
('f', "Postbus 40, 5480 AA Beekvliet"),
('f', "Aan het Bestuurlijk Overleg Water Beekdal\nt.a.v. de ambtelijke werkgroep Klimaatadaptatie\nPostbus 95\n5460 AB Molenbroek"),
('f', "Beekvliet, 15 oktober 2026"),
('f', "Onderwerp: zienswijze op de ontwerp Regionale Adaptatiestrategie Beekdal 2027-2032"),
('f', "Geachte leden van het Bestuurlijk Overleg,"),
('f', "De gemeenteraad van Beekvliet heeft de ontwerpstrategie besproken in de commissie Leefomgeving van 29 september en in de raadsvergadering van 13 oktober 2026. De raad geeft u de volgende zienswijze mee."),
('p', "1. De raad onderschrijft de regionale norm dat een bui van 70 millimeter in een uur niet tot schade aan woningen mag leiden. De raad vraagt wel om in de strategie aan te geven wat de regio doet bij buien die zwaarder zijn dan de norm, zoals in juli 2025 in de wijk Kersenhof.", ["3.1"], "De raad onderschrijft de regionale norm dat een bui"),
('p', "2. De wijken Kersenhof en Stationskwartier komen in de stresstest als kwetsbaarst naar voren. De raad vraagt om de vergroening van deze wijken niet pas in 2031 af te ronden, zoals in het uitvoeringsprogramma staat, maar al in 2029.", ["4.1", "Bijlage 1"], "De wijken Kersenhof en Stationskwartier komen in de"),
('p', "3. De subsidie van maximaal 1.500 euro per adres (blz. 4) is voor huurders niet bruikbaar, omdat zij de regenpijp niet zelf mogen afkoppelen. De raad vraagt de regio om met de woningcorporaties afspraken te maken zodat ook huurders kunnen meedoen.", ["3.2.1"], "De subsidie van maximaal 1.500 euro per adres"),
('p', "4. De raad steunt de ambitie om alle schoolpleinen voor 2032 te vergroenen. De raad vraagt om de bijdrage van 40.000 euro per school te verhogen voor scholen in wijken met veel hittestress.", ["7.2"], "De raad steunt de ambitie om alle schoolpleinen"),
('p', "5. De bijdrage van 3 euro per inwoner per jaar aan het Klimaatfonds kan de raad dragen. De raad vraagt wel dat het fonds vooral wordt ingezet in de wijken waar de risico's het grootst zijn, en niet gelijk over de gemeenten wordt verdeeld.", ["9.1"], "De bijdrage van 3 euro per inwoner per"),
('p', "6. De raad wil de Klimaatmonitor niet alleen ontvangen, maar ook jaarlijks in een gezamenlijke bijeenkomst van de vijf raden en het algemeen bestuur van het waterschap bespreken.", ["9.2"], "De raad wil de Klimaatmonitor niet alleen ontvangen"),
('f', "Wij verzoeken u deze zienswijze te betrekken bij de vaststelling van de strategie."),
('f', "Namens de gemeenteraad van Beekvliet,\n\nde griffier,                          de voorzitter,\nmr. P.J. Hermans                  drs. E.M. Claassen"),
]))
L.append(dict(file="02-zienswijze-raad-dalsum.pdf", fmt="pdf_fpdf", blocks=[
('f', "De gemeenteraad van Dalsum"),
('f', "Dalsum, 20 oktober 2026"),
('f', "Betreft: zienswijze gemeenteraad Dalsum op de Regionale Adaptatiestrategie Beekdal"),
('f', "Geacht Bestuurlijk Overleg,"),
('f', "Hierbij ontvangt u de zienswijze van de gemeenteraad van Dalsum, vastgesteld in de raadsvergadering van 19 oktober 2026 met algemene stemmen."),
('p', "1. Dijkversterking\nDe versterking van de Maasdijk tussen Heerewaarde en Dalsum heeft grote gevolgen voor de bewoners langs de dijk. De raad vraagt het waterschap om de bewoners al bij het ontwerp te betrekken en om in § 6.1 vast te leggen dat woningen aan de dijk alleen worden gesloopt als er geen andere oplossing is.", ["6.1"], "De versterking van de Maasdijk tussen Heerewaarde en"),
('p', "2. Funderingen\nIn de oude kern van Dalsum staan honderden woningen op houten palen. Een loket voor advies is goed, maar veel eigenaren kunnen het herstel niet betalen. De raad vraagt de regio om zelf een lening of garantieregeling voor funderingsherstel op te zetten, naast het landelijke fonds.", ["5.2"], "In de oude kern van Dalsum staan honderden"),
('p', "3. Evacuatie\nDe raad vindt het onbegrijpelijk dat de evacuatieplannen pas in 2027 worden geactualiseerd. De raad vraagt de Veiligheidsregio om nog dit jaar een oefening te houden in Dalsum, met de inwoners.", ["6.2"], "De raad vindt het onbegrijpelijk dat de evacuatieplannen"),
('p', "4. Rioolheffing\nDe raad is het eens met het besluit om de rioolheffing niet te harmoniseren. Dalsum heeft de afgelopen jaren fors in het riool geinvesteerd en wil de eigen tarieven houden.", ["9.1"], "De raad is het eens met het besluit"),
('p', "5. Windturbines\nDe raad vraagt de regio tot slot om de plaatsing van windturbines langs de A2 niet verder te onderzoeken zolang de bewoners van Dalsum daar geen zeggenschap over hebben.", [], "De raad vraagt de regio tot slot om"),
('f', "Met vriendelijke groet,\n\nDe raad van de gemeente Dalsum,\nde griffier, de voorzitter,\nJ. van Rooij T.H. Maas"),
]))
L.append(dict(file="03-reactie-college-molenbroek.docx", fmt="docx", blocks=[
('f', "Gemeente Molenbroek"),
('f', "Aan de ambtelijke werkgroep Klimaatadaptatie Beekdal"),
('f', "Datum: 8 oktober 2026\nOns kenmerk: 2026/RO/0871\nOnderwerp: reactie college op ontwerp Regionale Adaptatiestrategie"),
('f', "Geachte werkgroep,"),
('f', "Het college van burgemeester en wethouders van Molenbroek heeft de ontwerpstrategie met waardering gelezen. Wij geven u per paragraaf onze reactie."),
('h', "Paragraaf 3.2 Regenwater op eigen terrein"),
('p', "De eis om 70 millimeter op eigen terrein op te vangen is voor Molenbroek, met veel hoge zandgronden en goed doorlatende bodem, eenvoudig haalbaar. Voor de lage delen van de regio met klei is de eis nauwelijks uitvoerbaar. Wij stellen voor de norm per bodemtype te differentieren.", ["3.2"], "De eis om 70 millimeter op eigen terrein"),
('h', "Paragraaf 4.2 Hitteplan"),
('p', "Molenbroek heeft sinds 2024 een hitteplan. Wij bieden aan dit plan als voorbeeld te gebruiken voor de andere gemeenten, zodat niet elke gemeente het wiel opnieuw hoeft uit te vinden.", ["4.2"], "Molenbroek heeft sinds 2024 een hitteplan"),
('h', "Paragraaf 5.1 Droogte en grondwater"),
('p', "Wij steunen de oproep aan de provincie om de grondwateronttrekkingen in de beekdalen te beperken. Wij vragen het waterschap om ook de onttrekking door de bierbrouwerij aan de Aa mee te nemen in het gesprek met de provincie.", ["5.1"], "Wij steunen de oproep aan de provincie om"),
('h', "Paragraaf 7.2 Groene schoolpleinen"),
('p', "Molenbroek is trekker van de groene schoolpleinen. Wij vragen de andere gemeenten om de bijdrage van 50 procent in hun begroting vast te leggen, zodat scholen zekerheid hebben.", ["7.2", "Bijlage 1"], "Molenbroek is trekker van de groene schoolpleinen"),
('h', "Bijlage 2 Begrippenlijst"),
('p', "In de begrippenlijst ontbreken de termen klimaatadaptatie, waterrobuust en gevoelstemperatuur, die veel in de tekst voorkomen. Wij vragen deze toe te voegen.", ["Bijlage 2"], "In de begrippenlijst ontbreken de termen klimaatadaptatie"),
('f', "Met vriendelijke groet,\nBurgemeester en wethouders van Molenbroek,\nde secretaris,                de burgemeester,\nR.A. Jansen                 mr. L. van den Heuvel"),
]))
L.append(dict(file="04-advies-adviesraad-sociaal-domein-heerewaarde.docx", fmt="docx", blocks=[
('f', "Adviesraad Sociaal Domein Heerewaarde"),
('f', "Heerewaarde, 2 oktober 2026"),
('f', "Onderwerp: advies over de Regionale Adaptatiestrategie Beekdal"),
('f', "Geachte leden van de werkgroep,"),
('f', "De Adviesraad Sociaal Domein Heerewaarde adviseert het college gevraagd en ongevraagd over zorg, welzijn en inkomen. Hitte en wateroverlast raken juist de kwetsbare inwoners voor wie wij opkomen. Daarom geven wij u dit ongevraagde advies."),
('p', "1. Het hitteplan moet niet alleen gaan over waarschuwen, maar ook over wie er langsgaat. Veel alleenstaande ouderen hebben geen mantelzorger in de buurt. Wij adviseren in elk hitteplan vast te leggen dat de wijkverpleging en de vrijwilligers van de ouderenbonden een belronde doen bij een hittegolf.", ["4.2"], "Het hitteplan moet niet alleen gaan over waarschuwen"),
('p', "2. Mensen met een laag inkomen wonen vaker in warme huurwoningen zonder zonwering en kunnen geen airco betalen. Wij adviseren een regeling voor zonwering voor minima, naast de subsidie voor regenwater.", ["4.2", "3.2.1"], "Mensen met een laag inkomen wonen vaker in"),
('p', "3. De risicodialoog bereikt vooral de mondige inwoners. Wij adviseren om de wijkbijeenkomsten ook te organiseren in buurthuizen en moskeeen, en informatie in eenvoudige taal en in andere talen beschikbaar te maken.", ["8.1"], "De risicodialoog bereikt vooral de mondige inwoners"),
('p', "4. Bij een evacuatie moeten ook mensen die niet zelfstandig weg kunnen, zoals bewoners van zorginstellingen en mensen met een rolstoel, op tijd geholpen worden. Wij adviseren de Veiligheidsregio om hiervoor een apart register bij te houden, met toestemming van de betrokkenen.", ["6.2"], "Bij een evacuatie moeten ook mensen die niet"),
('p', "5. Wij vragen de gemeente Heerewaarde om het Wmo-vervoer in de zomer beter te regelen. De busjes hebben vaak geen werkende airco.", [], "Wij vragen de gemeente Heerewaarde om het Wmo-vervoer"),
('f', "Wij lichten dit advies graag mondeling toe.\n\nMet vriendelijke groet,\n\nAdviesraad Sociaal Domein Heerewaarde\nA. Bakker, voorzitter\nF. el Idrissi, secretaris"),
]))
L.append(dict(file="05-waterschap-maas-en-beek.pdf", fmt="pdf_rl", blocks=[
('f', "Waterschap Maas en Beek\nPostbus 2100\n5400 AC Beekvliet"),
('f', "Aan het Bestuurlijk Overleg Water Beekdal"),
('f', "Beekvliet, 22 oktober 2026\nKenmerk: WMB/2026/4412\nBetreft: reactie dagelijks bestuur op de ontwerp Regionale Adaptatiestrategie"),
('f', "Geachte leden van het Bestuurlijk Overleg,"),
('f', "Het dagelijks bestuur van Waterschap Maas en Beek heeft als mede-opsteller van de strategie aan de werkgroep meegewerkt. Toch hebben wij na bespreking in het algemeen bestuur nog enkele opmerkingen."),
('p', "1. Stresstest en klimaatatlas\nDe stresstest uit 2025 is gebaseerd op een bui van 70 millimeter in een uur. Wij stellen voor om in hoofdstuk 2 ook de uitkomsten van een langdurige bui van 140 millimeter in twee dagen op te nemen, omdat die voor het watersysteem en de beken maatgevend is.", ["2.2"], "De stresstest uit 2025 is gebaseerd op een"),
('p', "2. Afkoppelen\nHet waterschap steunt het afkoppelen, maar het afgekoppelde water mag in droge tijden niet te snel worden afgevoerd. Wij vragen om in par. 3.1 op te nemen dat afgekoppeld water bij voorkeur in de bodem wordt geinfiltreerd en niet rechtstreeks op de beken wordt geloosd.", ["3.1"], "Het waterschap steunt het afkoppelen, maar het afgekoppelde"),
('p', "3. Beekherstel\nHet herstel van het beekdal van de Aa staat in Bijlage 1 met 2030 als einddatum. Dat is alleen haalbaar als de gemeenten de benodigde gronden tijdig verwerven. Wij vragen om dit als gezamenlijke opgave in de strategie te noemen.", ["5.1", "Bijlage 1"], "Het herstel van het beekdal van de Aa"),
('p', "4. Bomen op de dijk\nIn de tekst over de dijkversterking (blz. 7) staat dat het waterschap gekapte bomen in de directe omgeving compenseert. Dat is niet altijd mogelijk, omdat er binnen de beschermingszone van de dijk geen nieuwe bomen mogen staan. Wij stellen voor te schrijven: \u201ein de omgeving van de dijk, zo dicht mogelijk bij de oorspronkelijke plek\u201d.", ["6.1"], "In de tekst over de dijkversterking"),
('p', "5. Monitoring\nHet waterschap is trekker van de Klimaatmonitor, maar heeft geen toegang tot de gegevens van de gemeenten over meldingen van wateroverlast. Wij vragen de gemeenten om deze gegevens jaarlijks aan te leveren in een vast format.", ["9.2"], "Het waterschap is trekker van de Klimaatmonitor, maar"),
('f', "Met vriendelijke groet,\n\nHet dagelijks bestuur van Waterschap Maas en Beek,\n\nde secretaris-directeur,          de dijkgraaf,\nir. M.G. Peeters                  drs. J.W. Schouten"),
]))
L.append(dict(file="06-reactieformulier-woonstichting-oosterzand.docx", fmt="docx_table", header=["Nr", "Paragraaf / pagina", "Opmerking"], blocks=[
('f', "Reactieformulier Regionale Adaptatiestrategie Beekdal"),
('f', "Naam organisatie: Woonstichting Oosterzand\nContactpersoon: S. de Graaf, manager vastgoed\nDatum: 21 oktober 2026"),
('f', "Vul per opmerking een regel in de tabel in. Vermeld de paragraaf of pagina waarop uw opmerking betrekking heeft."),
('row', ["1", "3.2.1 / blz. 4", "Als verhuurder van 4.200 woningen willen wij graag afkoppelen, maar de subsidie van maximaal 15.000 euro per VvE of bedrijf is voor een corporatie met honderden woningen per complex veel te laag. Wij vragen een aparte regeling voor corporaties."], ["3.2.1"], "Als verhuurder van 4.200 woningen willen wij graag"),
('row', ["2", "4.2", "Zonwering en natuurlijke ventilatie nemen wij al mee bij renovatie. Wij vragen de gemeenten om dit in de prestatieafspraken niet als extra eis op te nemen zonder dat daar financiering tegenover staat."], ["4.2"], "Zonwering en natuurlijke ventilatie nemen wij al mee"),
('row', ["3", "5.2 / blz. 6", "Ongeveer 300 van onze woningen staan in Dalsum op houten palen. Wij willen graag deelnemen aan het Funderingsloket en vragen om ook corporaties toegang te geven tot het advies."], ["5.2"], "Ongeveer 300 van onze woningen staan in Dalsum"),
('row', ["4", "7.1", "Bij de herinrichting van straten verdwijnen parkeerplaatsen. Onze huurders hebben vaak geen eigen oprit. Wij vragen de gemeenten om bewoners vooraf te betrekken bij de keuze welke parkeerplaatsen verdwijnen."], ["7.1"], "Bij de herinrichting van straten verdwijnen parkeerplaatsen"),
('row', ["5", "algemeen", "Wij vragen de regio om de woningcorporaties een vaste plek te geven in het Bestuurlijk Overleg Water, in elk geval als toehoorder."], ["1.2"], "Wij vragen de regio om de woningcorporaties een"),
]))
L.append(dict(file="07-stichting-groen-beekdal.txt", fmt="txt", blocks=[
('f', "Stichting Groen Beekdal\nLindelaan 3\n5470 KB Heerewaarde"),
('f', "Heerewaarde, 19 oktober 2026"),
('f', "Aan: ambtelijke werkgroep Klimaatadaptatie Beekdal\nBetreft: reactie op de ontwerp Regionale Adaptatiestrategie"),
('f', "Geachte heer, mevrouw,"),
('f', "Stichting Groen Beekdal zet zich sinds 1987 in voor natuur en landschap in de regio. Wij hebben de ontwerpstrategie gelezen en geven u de volgende reactie:"),
('p', "- Een kroonbedekking van 20 procent in 2040 is te weinig ambitieus. Steden als Utrecht en Amsterdam streven naar 30 procent. Wij vragen om 30 procent als doel en een tussendoel voor 2032.", ["7.3"], "Een kroonbedekking van 20 procent in 2040 is"),
('p', "- De herplantplicht in dezelfde wijk moet ook gelden voor bomen die bij de dijkversterking worden gekapt. Een jonge boom vervangt een oude eik niet; wij vragen om per gekapte boom drie nieuwe te planten.", ["7.3", "6.1"], "De herplantplicht in dezelfde wijk moet ook gelden"),
('p', "- Het herstel van de beekdalen van de Dommel en de Aa juichen wij toe. Neem in hoofdstuk 5 op dat bij beekherstel ook de natuurlijke overstromingsvlakten terugkomen.", ["5.1"], "Het herstel van de beekdalen van de Dommel"),
('p', "- Ecologisch bermbeheer is prima, maar in de praktijk maaien aannemers nog steeds alles tegelijk. Leg vast dat steeds een deel van de berm blijft staan.", ["7.3"], "Ecologisch bermbeheer is prima, maar in de praktijk"),
('p', "- Wij missen in de strategie de verlichting van fietspaden door het buitengebied, die veel vleermuizen stoort.", [], "Wij missen in de strategie de verlichting van"),
('f', "Met vriendelijke groet,\n\nStichting Groen Beekdal\nH. Verhoeven, secretaris"),
]))
L.append(dict(file="08-antwoord-buurtvereniging-de-akkers.eml", fmt="eml_reply", frm="Buurtvereniging De Akkers <bestuur@deakkers-beekvliet.example.nl>", date="Mon, 12 Oct 2026 20:41:09 +0200", subject="Re: Uitnodiging: geef uw reactie op de Regionale Adaptatiestrategie Beekdal",
 quoted="Op 14 sep. 2026 om 09:00 schreef Werkgroep Klimaatadaptatie Beekdal <klimaat@regiobeekdal.example.nl>:\n> Beste bewoners,\n>\n> Van 14 september tot en met 26 oktober 2026 ligt de ontwerp Regionale\n> Adaptatiestrategie Beekdal ter inzage. U kunt uw reactie sturen naar\n> klimaat@regiobeekdal.example.nl.\n>\n> 1. Lees de strategie op www.regiobeekdal.example.nl/klimaat.\n> 2. Geef per onderwerp aan wat u ervan vindt.\n> 3. Noem zo mogelijk de paragraaf of pagina.\n>\n> Met vriendelijke groet,\n> Werkgroep Klimaatadaptatie Beekdal\n",
 blocks=[
('f', "Beste werkgroep,"),
('f', "Dank voor de uitnodiging. Namens het bestuur van Buurtvereniging De Akkers in Beekvliet reageren wij hieronder."),
('p', "1. Bij de bui van juli 2025 liep de tunnel onder het spoor bij de Akkerweg vol en was onze wijk een halve dag niet bereikbaar voor de ambulance. Wij vragen om deze tunnel in de strategie te noemen als knelpunt voor vitale infrastructuur.", ["6.2"], "Bij de bui van juli 2025 liep de"),
('p', "2. Veel bewoners willen tegels wippen, maar weten niet waar ze met de tegels heen moeten. Wij vragen om bij het NK Tegelwippen in elke wijk een container neer te zetten en de tegels gratis op te halen.", ["8.2"], "Veel bewoners willen tegels wippen, maar weten niet"),
('p', "3. Het buurtbudget van maximaal 5.000 euro is mooi, maar de aanvraag is ingewikkeld. Maak een eenvoudig formulier van een A4.", ["8.2"], "Het buurtbudget van maximaal 5.000 euro is mooi"),
('f', "Met vriendelijke groet,\nnamens het bestuur,\nM. Kok, secretaris Buurtvereniging De Akkers"),
]))
L.append(dict(file="09-reactieformulier-veiligheidsregio.pdf", fmt="pdf_table", header=["Hoofdstuk", "Reactie", "Voorstel"], blocks=[
('f', "Veiligheidsregio Beekdal"),
('f', "Reactieformulier ontwerp Regionale Adaptatiestrategie Beekdal\nIngediend door: Veiligheidsregio Beekdal, afdeling Risico- en Crisisbeheersing\nDatum: 23 oktober 2026"),
('row', ["H6", "De evacuatieplannen worden in 2027 geactualiseerd. Dat is al gepland, maar de regio gaat er ten onrechte van uit dat alle inwoners kunnen evacueren. Bij een dijkdoorbraak is verticaal evacueren vaak veiliger.", "In paragraaf 6.2 opnemen dat ook schuilen op hoger gelegen verdiepingen een volwaardige strategie is."], ["6.2"], "De evacuatieplannen worden in 2027 geactualiseerd"),
('row', ["H6", "De klimaattoets voor vitale voorzieningen is vrijblijvend geformuleerd.", "De gemeenten vragen om de uitkomsten van de klimaattoets met de veiligheidsregio te delen voor 2029."], ["6.2"], "De klimaattoets voor vitale voorzieningen is vrijblijvend"),
('row', ["H4", "Bij een hittegolf neemt het aantal natuurbranden in de bossen rond Oosterzand toe. Dit ontbreekt in het hoofdstuk over hitte.", "Natuurbrandrisico opnemen bij hitte en droogte en de brandweer betrekken bij de hitteplannen."], ["4.2", "5.1"], "Bij een hittegolf neemt het aantal natuurbranden"),
('row', ["H8", "De veiligheidsregio doet graag mee aan de risicodialoog, maar wordt nu niet genoemd.", "De veiligheidsregio als partner noemen in de risicodialoog."], ["8.1"], "De veiligheidsregio doet graag mee aan de risicodialoog"),
('f', "Contact: mevr. ing. K. Lammers, adviseur risicobeheersing"),
]))
L.append(dict(file="10-brief-van-der-linden.pdf", fmt="pdf_fpdf_plain", blocks=[
('f', "J.H. van der Linden\nKersenhofstraat 27\n5481 GT Beekvliet\ntel. 06-41982270"),
('f', "Aan de werkgroep Klimaatadaptatie Beekdal\nPostbus 95\n5460 AB Molenbroek"),
('f', "Beekvliet, 24 september 2026"),
('f', "Betreft: mijn reactie op de klimaatstrategie"),
('f', "Geachte dames en heren,"),
('f', "Ik woon sinds 1983 in de wijk Kersenhof, dus ik heb heel wat zien veranderen. Graag wil ik van de gelegenheid gebruikmaken om te reageren op uw plannen, want het gaat over onze straat."),
('p', "In juli vorig jaar stond bij mij het water in de kelder tot aan mijn knieen. Het riool in onze straat is in 1962 aangelegd en kan zulke buien niet aan. In uw plan lees ik dat het riool pas wordt afgekoppeld als het toch vervangen moet worden. Maar bij ons is het riool volgens de gemeente nog goed tot 2040. Moeten wij dan nog vijftien jaar wachten met natte voeten? Ik vraag u om in wijken waar het water al in de huizen heeft gestaan niet te wachten op de normale vervanging, maar eerder in te grijpen.", ["3.1"], "In juli vorig jaar stond bij mij het water"),
('p', "Dan de hitte. U schrijft dat iedereen binnen 300 meter een koele plek moet kunnen vinden. In Kersenhof is dat nu het parkeerterrein van de supermarkt, waar geen boom staat. Het pleintje aan de Morellenstraat was vroeger groen, maar is tien jaar geleden betegeld. Ik stel voor dat u daar begint en er weer bomen plant, met bankjes in de schaduw voor de ouderen in de buurt. Veel van mijn buren zijn boven de tachtig en komen in de zomer de deur niet meer uit.", ["4.1"], "Dan de hitte. U schrijft dat iedereen binnen"),
('p', "Wat mij ook dwarszit is de manier waarop de gemeente met de bomen in onze wijk omgaat. Vorig jaar zijn aan de Kersenhofstraat vier grote lindes gekapt omdat de wortels de stoep omhoog drukten. Er zijn kleine boompjes voor teruggekomen die nu al half dood zijn, omdat niemand ze water geeft. Als u echt meer bomen wilt, zorg dan ook dat de jonge bomen de eerste jaren water krijgen, en kap niet zomaar gezonde bomen.", ["7.3"], "Wat mij ook dwarszit is de manier waarop"),
('p', "Over de subsidie voor regentonnen en groene daken: ik ben 78 en kan zelf geen regenton aansluiten. Ik heb begrepen dat er een loket komt dat advies aan huis geeft. Dat is goed, maar het zou nog beter zijn als het loket ook iemand stuurt die het werk kan doen, bijvoorbeeld via een klussendienst, voor ouderen die het niet zelf kunnen.", ["3.2.1"], "Over de subsidie voor regentonnen en groene daken"),
('p', "Ten slotte de bijeenkomst van maart. Ik was erbij, maar er was geen microfoon en de helft van de zaal kon de sprekers niet verstaan. De plaatjes op het scherm waren te klein. Als u de bewoners echt wilt laten meepraten, zorg dan voor een goede zaal, een microfoon en gewoon papier met de plannen om mee naar huis te nemen.", ["8.1"], "Ten slotte de bijeenkomst van maart. Ik was"),
('f', "Ik hoop dat u iets met mijn reactie doet en hoor graag van u.\n\nMet vriendelijke groet,\n\nJ.H. van der Linden"),
]))
L.append(dict(file="11-mail-ozturk.eml", fmt="eml", frm="Emre Oztürk <emre.ozturk84@example.com>", date="Sat, 3 Oct 2026 22:17:51 +0200", subject="reactie klimaatplan", blocks=[
('f', "Hallo,"),
('p', "Ik woon in het Stationskwartier in Dalsum en het is hier in de zomer niet te harden. Mijn kinderen slapen slecht omdat het in de slaapkamer 30 graden is. Ik lees in paragraaf 4.1 dat de wijk groener wordt, maar wanneer? Ik wil graag een datum.", ["4.1"], "Ik woon in het Stationskwartier in Dalsum en"),
('p', "Ook vind ik het raar dat het schoolplein van de Regenboogschool nog steeds helemaal van steen is. Als de gemeente 50% betaalt, waarom gebeurt het dan niet? (blz. 9)", ["7.2"], "Ook vind ik het raar dat het schoolplein"),
('p', "En kan de gemeente iets doen aan de hondenpoep op het speelveldje achter de flat?", [], "En kan de gemeente iets doen aan de"),
('f', "Groet,\nEmre Oztürk"),
]))
L.append(dict(file="12-reactie-boer-hendrickx.txt", fmt="txt", blocks=[
('f', "Reactie op de Regionale Adaptatiestrategie Beekdal\nvan: Maatschap Hendrickx, melkveehouderij, Oosterzand\ndatum: 25 oktober 2026"),
('f', "Geachte werkgroep,"),
('f', "Wij boeren al vier generaties op de zandgrond bij Oosterzand. Droogte raakt ons direct. Hieronder onze punten."),
('p', "1) Het beregeningsverbod van het waterschap (hoofdstuk 5) treft boeren hard, terwijl bedrijven en de drinkwaterwinning gewoon door mogen pompen. Wij vragen dat bij extreme droogte alle grote onttrekkers hun deel doen, niet alleen de landbouw.", ["5.1"], "Het beregeningsverbod van het waterschap"),
('p', "2) Stuwen in sloten helpen om water vast te houden, maar op onze percelen zorgen ze in het voorjaar voor natte grond, zodat we niet op tijd het land op kunnen. Wij vragen het waterschap om stuwen alleen in overleg met de grondgebruiker te plaatsen en om schade te vergoeden.", ["5.1"], "Stuwen in sloten helpen om water vast te"),
('p', "3) Op blz. 13 staat het herstel van het beekdal van de Aa gepland. Daarvoor is landbouwgrond nodig. Wij willen weten of grond vrijwillig wordt aangekocht of dat onteigening mogelijk is.", ["Bijlage 1", "5.1"], "Op blz. 13 staat het herstel van het beekdal"),
('p', "4) De mestregels maken het voor jonge boeren bijna onmogelijk om het bedrijf over te nemen. Daar moet de regio zich in Den Haag hard voor maken.", [], "De mestregels maken het voor jonge boeren bijna"),
('f', "Met vriendelijke groet,\nMaatschap Hendrickx\nG. en W. Hendrickx"),
]))
L.append(dict(file="13-spo-beekdal-na-termijn.docx", fmt="docx", blocks=[
('f', "Stichting Primair Onderwijs Beekdal (SPO Beekdal)\nBestuursbureau, Schoolstraat 1, 5461 AR Molenbroek"),
('f', "Molenbroek, 30 oktober 2026"),
('f', "Onderwerp: reactie op de Regionale Adaptatiestrategie, met excuses voor de late toezending"),
('f', "Geachte werkgroep,"),
('f', "Onze reactie komt na de termijn, omdat wij eerst de medezeggenschapsraden wilden horen. Wij hopen dat u de reactie toch wilt meenemen."),
('p', "Groene schoolpleinen: SPO Beekdal beheert 24 basisscholen, waarvan er 19 een stenen plein hebben. Wij steunen de ambitie van harte, maar de eigen bijdrage van 50 procent kunnen wij niet voor al deze scholen opbrengen. Wij vragen om een hogere bijdrage, of om een spreiding van de vergroening tot 2035.", ["7.2"], "Groene schoolpleinen: SPO Beekdal beheert 24 basisscholen"),
('p', "Openstelling na schooltijd: de voorwaarde dat groene pleinen na schooltijd open zijn voor de buurt, leidt op enkele scholen tot vernieling en zwerfafval. Wij vragen dat de gemeente dan ook het toezicht en de schoonmaak na schooltijd regelt.", ["7.2"], "Openstelling na schooltijd: de voorwaarde dat groene"),
('p', "Hitte in de klas: veel van onze schoolgebouwen uit de jaren zeventig worden in juni al te warm om les te geven. Wij vragen om scholen op te nemen als kwetsbare gebouwen in de hitteplannen, en om bij te dragen aan zonwering.", ["4.2"], "Hitte in de klas: veel van onze schoolgebouwen"),
('f', "Met vriendelijke groet,\n\ndrs. I. Wouters\nvoorzitter College van Bestuur SPO Beekdal"),
]))
CAMPAIGN_POINTS = [
("Wij maken ons grote zorgen over de kap van de ruim 400 bomen op de Maasdijk bij Heerewaarde voor de dijkversterking. Deze populieren en eiken bepalen het gezicht van ons dorp.", ["6.1"], "Wij maken ons grote zorgen over de kap"),
("Wij vragen het waterschap om eerst te onderzoeken of de dijk kan worden versterkt met een damwand of een verbreding aan de binnenkant, zodat de bomen kunnen blijven staan.", ["6.1"], "Wij vragen het waterschap om eerst te onderzoeken"),
("Als er toch bomen moeten worden gekapt, wil ik dat de nieuwe bomen in Heerewaarde zelf worden geplant, en niet ergens anders in de regio.", ["6.1", "7.3"], "Als er toch bomen moeten worden gekapt"),
]
def campaign(file, fmt, frm, date, name, street_line, extra, extra_start, extra_secs, opening, dateline=None):
    blocks = ([('f', dateline)] if dateline else []) + [('f', "Geachte werkgroep,"), ('f', opening)]
    for t, s, st in CAMPAIGN_POINTS: blocks.append(('p', t, s, st))
    if extra: blocks.append(('p', extra, extra_secs, extra_start))
    blocks.append(('f', "Met vriendelijke groet,\n" + name + ("\n" + street_line if street_line else "")))
    d = dict(file=file, fmt=fmt, blocks=blocks)
    if fmt == 'eml': d.update(frm=frm, date=date, subject="Red de bomen op de Maasdijk")
    return d
L.append(campaign("14-campagne-dijkbomen-smits.txt", "txt", None, None, "Anja Smits", "Dijkstraat 8, Heerewaarde", None, None, None,
  "Met deze brief reageer ik op de ontwerp Regionale Adaptatiestrategie Beekdal, paragraaf 6.1.", "Heerewaarde, 16 oktober 2026"))
L.append(campaign("15-campagne-dijkbomen-de-vries.eml", "eml", "Pieter de Vries <p.devries@example.nl>", "Sun, 18 Oct 2026 14:03:12 +0200", "Pieter de Vries", None,
  "Ik loop elke dag met mijn hond over de dijk. Zonder bomen is er in de zomer geen schaduw meer op het fietspad naar Dalsum, terwijl u in hoofdstuk 4 juist schaduw wilt.", "Ik loop elke dag met mijn hond over de dijk", ["6.1", "4.1"],
  "Met deze brief reageer ik op de ontwerp Regionale Adaptatiestrategie Beekdal, paragraaf 6.1."))
L.append(campaign("16-campagne-dijkbomen-yildiz.docx", "docx", None, None, "Fatma Yildiz", "Heerewaarde", None, None, None,
  "Hierbij reageer ik op de Regionale Adaptatiestrategie, en dan vooral op de dijkversterking.", "17 oktober 2026"))
L.append(dict(file="17-mail-janssen-vraag.eml", fmt="eml", frm="R. Janssen <rjanssen@example.org>", date="Thu, 22 Oct 2026 08:12:40 +0200", subject="Vraag en opmerking adaptatiestrategie H9", blocks=[
('f', "Geachte werkgroep,"),
('p', "In H9 staat dat de rijksregeling een eigen bijdrage van 67 procent vraagt. Klopt dat wel? Volgens mij is het andersom en betaalt het Rijk een derde. Dan is het Klimaatfonds veel kleiner dan 9 miljoen. Graag een correcte berekening in de definitieve versie.", ["9.1"], "In H9 staat dat de rijksregeling een eigen"),
('p', "Verder zou ik in de monitoring ook het aantal gevallen van hittegerelateerde ziekenhuisopnames willen zien, dat zegt meer dan het aantal vierkante meters groen.", ["9.2"], "Verder zou ik in de monitoring ook het"),
('f', "Vriendelijke groet,\nRob Janssen"),
]))
