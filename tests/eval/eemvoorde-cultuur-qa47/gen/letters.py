# The responses of QA47 (fictional). Blocks: ('f', text) letter furniture (letterhead, salutation,
# signature, opening without a view), ('h', text) a heading that is no point by itself, ('sp', mm) (fpdf2
# only) the next point starts mm above the foot of the page, so that it runs on to the next page,
# ('pt', text, sections[, start]) a labelled point (start: the first words of the point's own text after
# its number, letter or bullet, unless given; a topic written in front of the point's first sentence is
# part of the point's text), ('row', nr, place, text, sections) a row of a comment table.
# Consultation: ter inzage 5 oktober t/m 16 november 2026 (deadline 2026-11-16). The draft is a 20-page
# PDF printed by Chromium from the region's web page; the page numbers ('N/20' in Chromium's footer) are
# the PDF's own page numbers; page references are labelled by the content the writer means on that page.
LETTERS = []
def L(file, fmt, blocks, **kw):
    LETTERS.append(dict(file=file, fmt=fmt, blocks=blocks, **kw))

L('01-zienswijze-raad-oudenhaven.pdf', 'pdf_rl', [
 ('f', 'Gemeenteraad Oudenhaven\nPostbus 12\n3840 AA Oudenhaven'),
 ('f', 'Aan het Portefeuillehoudersoverleg Cultuur Eemvoorde\nPostbus 500\n3820 AA Eemvoorde'),
 ('f', 'Oudenhaven, 5 november 2026\nOnderwerp: zienswijze ontwerp Regionale Cultuurvisie en Erfgoedagenda Eemvoorde'),
 ('f', 'Geacht overleg,'),
 ('f', 'De gemeenteraad van Oudenhaven heeft de ontwerpvisie op 3 november 2026 besproken. Onze gemeente heeft met de historische binnenstad en de vestingwallen een bijzondere verantwoordelijkheid voor het erfgoed in de regio. Hieronder volgt de zienswijze van de raad.'),
 ('pt', '1. Op pagina 10 staat dat de regionale monumentensubsidie maximaal 25 procent van de restauratiekosten gaat vergoeden. Voor de eigenaren in onze binnenstad is dat minder dan de 30 procent die zij nu krijgen. De raad vraagt om de bijdrage voor panden in een beschermd stadsgezicht op 30 procent te houden.', ['4.1']),
 ('pt', '2. De raad steunt een regionale erfgoedcommissie, maar wil dat er altijd een lid in zit met kennis van vestingsteden. De commissie moet ook in Oudenhaven vergaderen als het om panden binnen de wallen gaat.', ['4.1']),
 ('pt', '3. Het Vestingmuseum heeft geen lift en is daardoor voor veel bezoekers niet bereikbaar. De raad vraagt om het Vestingmuseum voorrang te geven bij het toegankelijkheidsplan en daarvoor een regionale bijdrage te reserveren.', ['8.2', '3.1']),
 ('pt', '4. De archeologische beleidskaart (§ 4.2) moet rekening houden met de vestingwerken onder de grond. Een vrijstelling voor kleine aanbouwen mag in de binnenstad van Oudenhaven niet gelden.', ['4.2']),
 ('pt', '5. Tot slot vraagt de raad aandacht voor de parkeerdruk in de binnenstad tijdens de zomermaanden, nu het aantal toeristen ieder jaar toeneemt.', [], 'Tot slot vraagt de raad aandacht voor de parkeerdruk'),
 ('f', 'Hoogachtend,\nde raad van de gemeente Oudenhaven,\n\nde griffier,                    de voorzitter,\ndrs. L.M. Hendriks              J.P. Visser'),
])

L('02-reactieformulier-raad-kraaiendonk.pdf', 'pdf_table', [
 ('f', 'Gemeenteraad Kraaiendonk'),
 ('f', 'Reactieformulier ontwerp Regionale Cultuurvisie en Erfgoedagenda Eemvoorde 2027-2031\nIndiener: gemeenteraad van Kraaiendonk\nDatum: 10 november 2026'),
 ('row', '1', '3.2 / p. 8', 'Het bibliotheekpunt in Kraaiendonk is nu maar negen uur per week open. Als de openingstijden worden aangepast aan het gebruik, vreest de raad dat het punt nog verder wordt ingeperkt. De raad vraagt om een volwaardige vestiging in Kraaiendonk, zoals elke andere gemeente die krijgt.', ['3.2']),
 ('row', '2', '4.2', 'Kraaiendonk ligt grotendeels in archeologisch waardevol gebied. De raad steunt één regionale beleidskaart, maar vraagt om de kosten van verplicht bodemonderzoek voor agrariërs niet volledig bij de boeren te leggen.', ['4.2']),
 ('row', '3', 'blz. 12', 'Het vervoersbudget voor scholen is een goede stap. 35.000 euro voor de hele regio is echter te weinig: de scholen in onze dorpen moeten voor elk museumbezoek een bus huren.', ['5.1']),
 ('row', '4', '8.1', 'De raad is blij dat het Cultuurfonds ook voor inwoners van Kraaiendonk gaat gelden. Wij vragen om ook de contributie van de dorpsharmonie en de toneelvereniging onder de vergoeding te laten vallen, niet alleen lesgeld.', ['8.1']),
 ('row', '5', 'algemeen', 'De raad vraagt de regio om haast te maken met de glasvezelaansluiting van de buitengebieden. Veel inwoners zitten nog zonder snel internet.', []),
 ('f', 'Namens de raad,\nB. Kuijpers, griffier'),
])

L('03-zienswijze-raad-rietveen.pdf', 'pdf_fpdf', [
 ('f', 'Gemeenteraad van Rietveen\nMarkt 1\n3830 BC Rietveen'),
 ('f', 'Rietveen, 12 november 2026\nBetreft: zienswijze ontwerp-cultuurvisie en erfgoedagenda\nKenmerk: GR-2026-0412'),
 ('f', 'Geacht Portefeuillehoudersoverleg,'),
 ('f', 'In zijn vergadering van 10 november 2026 heeft de gemeenteraad van Rietveen de ontwerpvisie besproken. De raad brengt de volgende zienswijze naar voren, per onderwerp.'),
 ('h', '1. Bibliotheken en archief'),
 ('pt', 'a. De raad staat positief tegenover een fusie van de twee bibliotheekorganisaties, maar wil dat de vestiging in Rietveen-Noord niet verdwijnt. De raad vraagt om in het fusieplan vast te leggen dat het aantal vestigingen gelijk blijft.', ['3.2']),
 ('pt', 'b. De raad is tegen het sluiten van de studiezaal van het Regionaal Archief op maandag en vrijdag (p. 9). Veel onderzoekers zijn vrijwilligers die juist op vrijdag tijd hebben.', ['3.3']),
 ('h', '2. Cultuureducatie'),
 ('pt', 'a. De raad steunt de hogere bijdrage per leerling voor cultuureducatie. De raad vraagt wel hoe scholen die het eigen deel niet kunnen betalen toch mee kunnen doen.', ['5.1']),
 ('pt', 'b. Klinkende Klas is een mooi initiatief. De raad vraagt om ook de muziekvereniging Excelsior uit Rietveen bij de uitvoering te betrekken.', ['5.2']),
 ('sp', 26),
 ('h', '3. Financiën'),
 ('pt', 'a. De verdeling van de kosten naar inwonertal, zoals die in paragraaf 10.2 staat, vindt de raad niet eerlijk voor Rietveen. Onze inwoners maken minder gebruik van de regionale voorzieningen in Eemvoorde, zoals de Schouwburg en het poppodium, dan de inwoners van Eemvoorde zelf. Toch betalen wij voor het steunpunt, het festivalfonds en de makersregeling een bedrag dat alleen op het aantal inwoners is gebaseerd. De raad vraagt om voor alle onderdelen met een regionaal karakter, net als bij de Schouwburg, naar het gebruik per gemeente te verdelen.', ['10.2']),
 ('pt', 'b. De overgangsperiode van twee jaar voor verenigingen die onder de nieuwe subsidieregels minder subsidie krijgen, is te kort. De raad vraagt om een overgangsperiode van vier jaar.', ['10.1']),
 ('f', 'Met vriendelijke groet,\nDe gemeenteraad van Rietveen,\nA. de Boer, griffier'),
])

L('04-reactie-college-hoogbrugge.docx', 'docx', [
 ('f', 'Gemeente Hoogbrugge\nCollege van burgemeester en wethouders'),
 ('f', 'Aan: Portefeuillehoudersoverleg Cultuur Eemvoorde\nDatum: 28 oktober 2026\nOnderwerp: reactie op de ontwerp-cultuurvisie en erfgoedagenda'),
 ('f', 'Geacht overleg,'),
 ('f', 'Ons college heeft de ontwerpvisie besproken met de culturele instellingen en verenigingen in Hoogbrugge. Wij reageren per onderwerp.'),
 ('pt', 'Monumentensubsidie\nIn Hoogbrugge krijgen eigenaren van een gemeentelijk monument nu maximaal 5.000 euro. Een regionale bijdrage van 25 procent van de restauratiekosten betekent voor onze begroting een forse stijging. Wij vragen om een plafond per monument, zodat de kosten beheersbaar blijven.', ['4.1'], 'In Hoogbrugge krijgen eigenaren van een gemeentelijk monument'),
 ('pt', 'Paardenmarkt\nDe paardenmarkt van Hoogbrugge wordt in de visie genoemd als immaterieel erfgoed. Wij zijn daar trots op. Wij vragen om tradities op de inventaris niet alleen een kleine bijdrage te geven, maar ook hulp bij de vergunningen en de veiligheid.', ['4.3', '7.2'], 'De paardenmarkt van Hoogbrugge wordt in de visie genoemd'),
 ('pt', 'Podia\nIn hoofdstuk 7 staat dat de kleinere podia een lokale taak blijven. Zalencentrum Het Anker trekt ook veel bezoekers uit Rietveen en Kraaiendonk. Wij vragen om ook voor Het Anker een regionale bijdrage mogelijk te maken.', ['7.1'], 'In hoofdstuk 7 staat dat de kleinere podia'),
 ('pt', 'Evenementenvergunningen\nWij steunen het voorstel om de regels en leges voor culturele evenementen gelijk te trekken (p. 15). Een termijn van vier weken voor kleine evenementen is voor onze afdeling vergunningen wel krap; wij stellen zes weken voor.', ['7.2'], 'Wij steunen het voorstel om de regels en leges'),
 ('f', 'Hoogachtend,\nburgemeester en wethouders van Hoogbrugge,\nde secretaris,          de burgemeester,\nR. Dijkman               E.C. van Rooij-Smit'),
])

L('05-advies-adviesraad-sociaal-domein-eemvoorde.pdf', 'pdf_rl', [
 ('f', 'Adviesraad Sociaal Domein Eemvoorde\np/a Stadhuisplein 1\n3820 AB Eemvoorde'),
 ('f', 'Aan het college van burgemeester en wethouders van Eemvoorde\nEemvoorde, 2 november 2026\nOns kenmerk: ASD-2026-047\nOnderwerp: advies ontwerp Regionale Cultuurvisie en Erfgoedagenda'),
 ('f', 'Geacht college,'),
 ('f', 'De Adviesraad Sociaal Domein Eemvoorde heeft de ontwerpvisie besproken met inwoners die rond moeten komen van een laag inkomen, met het Jeugdfonds en met mensen met een beperking. Wij geven u de volgende adviezen.'),
 ('pt', 'Advies 1 – De inkomensgrens van het Cultuurfonds is 120 procent van het sociaal minimum (blz. 16). De andere minimaregelingen in Eemvoorde gebruiken een grens van 130 procent. Wij adviseren om dezelfde grens te hanteren, zodat inwoners niet voor elke regeling opnieuw hoeven te rekenen.', ['8.1'], 'De inkomensgrens van het Cultuurfonds is 120 procent'),
 ('pt', 'Advies 2 – Aanvragen via een intermediair werken goed voor gezinnen met kinderen. Volwassenen zonder kinderen hebben vaak geen leerkracht of wijkcoach. Wij adviseren om volwassenen ook zelf een aanvraag te laten doen.', ['8.1'], 'Aanvragen via een intermediair werken goed'),
 ('pt', 'Advies 3 – Zorg dat de cultuurpas ook bij voorstellingen in De Ploeg, Het Anker en het Vestingtheater geldt, en niet alleen in de Schouwburg.', ['8.1', '7.1'], 'Zorg dat de cultuurpas ook bij voorstellingen'),
 ('pt', 'Advies 4 – Uit de cijfers blijkt dat inwoners met een laag inkomen veel minder vaak een museum of voorstelling bezoeken. Stel ook een doel voor de deelname van deze groep vast, en laat de Cultuurmonitor die deelname apart meten.', ['2.2'], 'Uit de cijfers blijkt dat inwoners met een laag inkomen'),
 ('pt', 'Advies 5 – Betrek ervaringsdeskundigen bij het opstellen van de toegankelijkheidsplannen van de instellingen, en geef informatie over het Cultuurfonds ook in eenvoudige taal.', ['8.2', '8.1'], 'Betrek ervaringsdeskundigen bij het opstellen'),
 ('f', 'Met vriendelijke groet,\n\nH. Yilmaz-de Graaf\nvoorzitter Adviesraad Sociaal Domein Eemvoorde'),
])

L('06-bibliotheek-eemvoorde-rietveen.eml', 'eml_html', [
 ('f', 'Geacht Portefeuillehoudersoverleg,'),
 ('f', 'Namens Bibliotheek Eemvoorde-Rietveen sturen wij u onze reactie op de ontwerp-cultuurvisie. Wij zijn blij dat de visie de bibliotheek ziet als meer dan een uitleenpunt.'),
 ('pt', 'Een fusie met Bibliotheek Oudenhaven moet een keuze zijn van de twee besturen zelf. Wij zijn bereid een plan op te stellen, maar vragen de gemeenten om de kosten van de fusie, zoals de harmonisatie van de automatisering, voor hun rekening te nemen.', ['3.2']),
 ('pt', 'Meer uren op zaterdag is een goed idee. Minder uren op rustige ochtenden raakt wel de ouderen en de taalcafés, die juist dan komen. Wij willen de openingstijden samen met de gebruikers bepalen.', ['3.2']),
 ('pt', 'Voor de uitbreiding van de bibliotheek op school naar alle 67 basisscholen zijn zes extra leesconsulenten nodig. In het financieel kader staat daarvoor geen bedrag.', ['3.2', '10.2']),
 ('pt', 'Het Informatiepunt Digitale Overheid wordt steeds drukker. Wij vragen de gemeenten om ook de hulp bij belastingaangiften en toeslagen structureel te financieren.', ['3.2']),
 ('f', 'Met vriendelijke groet,\n\ndrs. K.A. Mulder\ndirecteur-bestuurder Bibliotheek Eemvoorde-Rietveen\nStationsweg 14, 3821 EK Eemvoorde'),
], meta=dict(frm='"Mulder, Karin" <k.mulder@bibliotheekeemvoorde.nl>', to='inspraak@regio-eemvoorde.nl',
             date='Tue, 3 Nov 2026 16:42:08 +0100', subject='Reactie Bibliotheek Eemvoorde-Rietveen op ontwerp-cultuurvisie'))

L('07-eemlandmuseum.pdf', 'pdf_fpdf', [
 ('f', 'Eemlandmuseum\nKerkstraat 22\n3821 AC Eemvoorde'),
 ('f', 'Aan het Portefeuillehoudersoverleg Cultuur Eemvoorde\nEemvoorde, 9 november 2026\nBetreft: reactie op de ontwerp-cultuurvisie'),
 ('f', 'Geachte leden van het overleg,'),
 ('f', 'Het Eemlandmuseum is het grootste museum van de regio en ontvangt jaarlijks 48.000 bezoekers, van wie 9.000 leerlingen. Wij reageren graag op de ontwerpvisie.'),
 ('pt', 'Regionaal steunpunt. Wij zijn vereerd dat de visie het Eemlandmuseum vraagt om steunpunt voor de kleine musea te worden (pag. 7). Met 60.000 euro per jaar kunnen wij echter maar één conservator voor drie dagen in dienst nemen. Voor vijf musea is dat te weinig.', ['3.1']),
 ('pt', 'Collectiedepot. Een gezamenlijk collectiedepot is hard nodig: ons eigen depot is vol en de kleine musea bewaren hun stukken op zolders. Wij vragen om het onderzoek naar een depot in 2027 af te ronden en er een bedrag voor op te nemen.', ['3.1']),
 ('pt', 'Museumbezoek door scholen. Twee museumbezoeken per leerling betekent voor ons 4.000 extra leerlingen per jaar. Wij vragen om de vervoerskosten en de extra museumdocenten samen met de scholen te regelen.', ['3.1', '5.1']),
 ('pt', 'Gratis toegang met de cultuurpas. Wij steunen gratis toegang voor inwoners met een laag inkomen, maar de gemiste entreegelden moeten dan wel worden gecompenseerd.', ['8.1']),
 ('f', 'Met vriendelijke groet,\n\ndr. S. Ramdin\ndirecteur Eemlandmuseum'),
])

L('08-historische-vereniging-oudenhaven.md', 'md', [
 ('f', '# Reactie Historische Vereniging Oud-Oudenhaven op de ontwerp-cultuurvisie en erfgoedagenda'),
 ('f', 'Oudenhaven, 30 oktober 2026'),
 ('f', 'Aan het Portefeuillehoudersoverleg Cultuur Eemvoorde,'),
 ('f', 'De Historische Vereniging Oud-Oudenhaven telt 640 leden. Wij houden ons bezig met de geschiedenis van de vestingstad en de dorpen eromheen. Onze leden doen veel onderzoek in het Regionaal Archief.'),
 ('h', '## Regionaal Archief'),
 ('pt', '- Wij zijn blij met de digitalisering van de bevolkingsregisters en bouwtekeningen. Wij bieden aan om met vrijwilligers van onze vereniging te helpen bij het beschrijven van de scans.', ['3.3']),
 ('pt', '- Minder openingsdagen van de studiezaal is voor onze leden een verslechtering. Werken op afspraak buiten de openingstijden lost dat maar half op.', ['3.3']),
 ('h', '## Erfgoed'),
 ('pt', '- Een kerkenvisie per gemeente is nodig, maar 2028 is laat. De Lambertuskerk in Oudenhaven wordt al in 2027 aan de eredienst onttrokken.', ['4.1']),
 ('pt', '- Wij willen graag meewerken aan de inventaris van tradities, zoals het vestingfeest en het Oudenhavens dialect. Historische verenigingen moeten dan wel een vaste plek krijgen in de werkgroep die de inventaris maakt.', ['4.3']),
 ('pt', '- Vondsten uit de vestingwerken horen in Oudenhaven te worden getoond, in het Vestingmuseum, en niet alleen in Kraaiendonk.', ['4.2', '3.1']),
 ('f', 'Met vriendelijke groet,\n\nHet bestuur van de Historische Vereniging Oud-Oudenhaven\nG.W. Brouwer, secretaris'),
])

L('09-harmonie-sint-caecilia-hoogbrugge.txt', 'txt', [
 ('f', 'Harmonie Sint Caecilia Hoogbrugge\nSecretariaat: Dorpsstraat 8, 3835 AK Hoogbrugge'),
 ('f', 'Hoogbrugge, 8 november 2026\n\nAan: Portefeuillehoudersoverleg Cultuur Eemvoorde\nOnderwerp: reactie op de ontwerp-cultuurvisie'),
 ('f', 'Geacht overleg,'),
 ('f', 'Harmonie Sint Caecilia bestaat 112 jaar en heeft 58 muzikanten en een jeugdorkest. Wij hebben de visie in het bestuur besproken en willen het volgende kwijt.'),
 ('pt', '1. Klinkende Klas is voor ons een kans om nieuwe leerlingen te vinden. Wij willen graag meedoen, maar onze instructeurs zijn vrijwilligers. Wij vragen om een vergoeding voor de instructeurs van de harmonieën en fanfares die lesgeven op scholen.', ['5.2']),
 ('pt', '2. Wij repeteren al veertig jaar in de zaal van café De Zwaan. Het café sluit volgend jaar. Een gymzaal is voor een harmonie met slagwerk geen oplossing, want de akoestiek is slecht en de instrumenten kunnen er niet blijven staan.', ['6.2']),
 ('pt', '3. Een vast bedrag per vereniging en een bedrag per jeugdlid is een goede regeling. Houd er wel rekening mee dat een harmonie veel hogere kosten heeft dan een koor, zoals voor instrumenten, uniformen en een dirigent.', ['6.1']),
 ('pt', '4. Onze jaarlijkse taptoe op het marktplein wordt ieder jaar duurder door de eisen voor beveiliging en verkeersregelaars. Wij hopen dat ook kleine evenementen een bijdrage kunnen krijgen.', ['7.2']),
 ('f', 'Met muzikale groet,\n\nnamens het bestuur,\nT. van der Linden, voorzitter'),
])

L('10-makerscollectief-eemland.docx', 'docx', [
 ('f', 'Makerscollectief Eemland\nHavenkade 31\n3821 GH Eemvoorde'),
 ('f', 'Aan: Portefeuillehoudersoverleg Cultuur Eemvoorde\nEemvoorde, 13 november 2026\nBetreft: reactie op de ontwerp-cultuurvisie en erfgoedagenda'),
 ('f', 'Beste bestuurders,'),
 ('f', 'Makerscollectief Eemland is een vereniging van 85 beeldend kunstenaars, muzikanten, ontwerpers en theatermakers uit de regio. Wij reageren graag.'),
 ('pt', '1. De zuivelfabriek aan de Havenkade als broedplaats is een goed idee, maar tijdelijk is te onzeker. Makers investeren in een werkplaats en moeten daar minstens tien jaar kunnen blijven.', ['9']),
 ('pt', '2. Een werkbijdrage van 7.500 euro voor tien makers per jaar is een begin. Wij vragen om de makersregeling open te stellen voor makers die korter dan twee jaar in de regio wonen, zodat ook jong talent dat terugkeert kan meedoen.', ['9']),
 ('pt', '3. De eis dat instellingen met meer dan 50.000 euro subsidie 20 procent eigen inkomsten halen, leidt ertoe dat zij makers minder gaan betalen. Dat past niet bij de Fair Practice Code waar de visie zelf om vraagt.', ['10.1', '9']),
 ('pt', '4. Het makersnetwerk moet door de makers zelf worden bestuurd. Wij vragen om de bijdrage voor de coördinator rechtstreeks aan het netwerk te geven en niet via het Cultuurhuis.', ['9']),
 ('f', 'Met vriendelijke groet,\n\nnamens het bestuur van Makerscollectief Eemland,\nL. Okafor en M. de Ruiter'),
])

L('11-email-inwoner-rietveen.eml', 'eml_blocks', [
 ('f', ''), ('f', ''),
 ('f', 'Geachte heer, mevrouw,'),
 ('f', 'Ik ben 74 jaar en woon in Rietveen. Ik ga graag naar de Schouwburg in Eemvoorde, maar dat wordt steeds lastiger.'),
 ('pt', 'Op pagina 17 staat dat u onderzoekt of de regiotaxi ook \'s avonds naar culturele activiteiten kan rijden. Dat onderzoek is niet nodig: doe het gewoon. Na een voorstelling is er geen bus meer naar Rietveen, en een gewone taxi kost mij 38 euro.', ['8.2'], "Op pagina 17 staat dat u onderzoekt"),
 ('pt', 'Verder zou ik graag zien dat er ook middagvoorstellingen komen in De Ploeg, zodat ouderen niet in het donker naar huis hoeven.', ['7.1'], 'Verder zou ik graag zien dat er ook middagvoorstellingen'),
 ('pt', 'Ook wil ik vragen of de gemeente iets kan doen aan de losliggende stoeptegels in de Kerklaan. Ik ben daar vorige maand bijna gevallen.', [], 'Ook wil ik vragen of de gemeente iets kan doen'),
 ('f', 'Met vriendelijke groet,\n\nGeertruida Smulders-Pauw\nKerklaan 17\n3831 CD Rietveen\ntel. 0343-512 884'),
], meta=dict(frm='Trudy Smulders <trudy.smulders@kpnmail.nl>', to='inspraak@regio-eemvoorde.nl',
             date='Mon, 19 Oct 2026 10:15:33 +0200', subject='reactie cultuurvisie'))

L('12-brief-inwoner-kraaiendonk.pdf', 'pdf_rl', [
 ('f', 'J.H. Wiersma\nTerpweg 4\n3850 RT Kraaiendonk\nTel. 06-41 87 22 05'),
 ('f', 'Aan het Portefeuillehoudersoverleg Cultuur Eemvoorde\nPostbus 500\n3820 AA Eemvoorde'),
 ('f', 'Kraaiendonk, 14 oktober 2026\nBetreft: ontwerp cultuurvisie'),
 ('f', 'Geachte dames en heren,'),
 ('f', 'Ik woon al mijn hele leven in Kraaiendonk en ben lid van de archeologische werkgemeenschap. Ik heb de ontwerpvisie met belangstelling gelezen.'),
 ('pt', 'Op p. 10-11 leest u dat een particulier voor een kleine aanbouw geen onderzoek meer hoeft te laten doen. Juist bij kleine aanbouwen op de terpen worden vaak vondsten gedaan. Ik vraag u om de vrijstelling niet te laten gelden op de terpen.', ['4.2'], 'Op p. 10-11 leest u dat een particulier'),
 ('pt', 'Het Streekmuseum Kraaiendonk draait volledig op vrijwilligers. Wij kunnen de vondsten van de opgravingen alleen tonen als er vitrines en beveiliging komen. Daar is geld voor nodig.', ['4.2', '3.1'], 'Het Streekmuseum Kraaiendonk draait volledig op vrijwilligers'),
 ('pt', 'Ten slotte wil ik opmerken dat de windturbines die bij Kraaiendonk gepland zijn het uitzicht over de terpen bederven.', [], 'Ten slotte wil ik opmerken dat de windturbines'),
 ('f', 'Met vriendelijke groet,\n\nJ.H. Wiersma'),
])

CAMPAIGN = [
 ('pt', 'De Kelder moet het pand in 2029 verlaten. Wij vragen u om nog in 2027 een nieuwe locatie aan te wijzen, zodat het podium niet een paar jaar dicht moet.', ['7.1'], 'De Kelder moet het pand in 2029 verlaten'),
 ('pt', 'Neem in het nieuwe poppodium ook oefenruimtes voor bands op. Jonge muzikanten in de regio kunnen nergens repeteren zonder overlast voor de buren.', ['7.1', '6.2'], 'Neem in het nieuwe poppodium ook oefenruimtes'),
 ('pt', 'Neem het nieuwe poppodium op in het financieel kader. Zonder bedrag in de begroting is de belofte niets waard.', ['10.2', '7.1'], 'Neem het nieuwe poppodium op in het financieel kader'),
]
L('13-campagnebrief-kelder-1.txt', 'txt', [
 ('f', 'Aan het Portefeuillehoudersoverleg Cultuur Eemvoorde\nPostbus 500\n3820 AA Eemvoorde'),
 ('f', 'Eemvoorde, 26 oktober 2026\nBetreft: De Kelder moet blijven!'),
 ('f', 'Geacht overleg,'),
 ('f', 'Wij zijn bezoekers van poppodium De Kelder en steunen de actie De Kelder moet blijven!'),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nD. en S. Jansen-Verbeek\nLindelaan 42\n3822 BB Eemvoorde'),
])
L('14-campagnebrief-kelder-2.eml', 'eml_blocks', [
 ('f', ''), ('f', ''),
 ('f', 'Geacht overleg,'),
 ('f', 'Wij zijn bezoekers van poppodium De Kelder en steunen de actie De Kelder moet blijven! Zelf heb ik op mijn zestiende in De Kelder mijn eerste optreden gegeven, en mijn dochter speelt er nu met haar band.'),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nRoel Vermaat\nGasthuisstraat 9\n3824 KL Eemvoorde\n06-28 33 19 70'),
], meta=dict(frm='Roel Vermaat <roelvermaat@ziggo.nl>', to='inspraak@regio-eemvoorde.nl',
             date='Tue, 27 Oct 2026 21:03:11 +0100', subject='De Kelder moet blijven!'))
L('15-campagnebrief-kelder-3.pdf', 'pdf_rl', [
 ('f', 'Aan het Portefeuillehoudersoverleg Cultuur Eemvoorde\nPostbus 500\n3820 AA Eemvoorde'),
 ('f', 'Hoogbrugge, 28 oktober 2026\nBetreft: De Kelder moet blijven!'),
 ('f', 'Geacht overleg,'),
 ('f', 'Wij zijn bezoekers van poppodium De Kelder en steunen de actie De Kelder moet blijven!'),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nA. Boukhari\nBrugstraat 3\n3835 AB Hoogbrugge'),
])

L('16-reactie-muziekschool-laat.docx', 'docx', [
 ('f', 'Muziekschool De Eemklank\nMuziekplein 2\n3821 MA Eemvoorde'),
 ('f', 'Aan: Portefeuillehoudersoverleg Cultuur Eemvoorde\nEemvoorde, 20 november 2026\nBetreft: reactie op de ontwerp-cultuurvisie'),
 ('f', 'Geacht overleg,'),
 ('f', 'Excuses dat onze reactie later komt dan de termijn; ons bestuur kon pas op 18 november vergaderen.'),
 ('pt', '1. Wij zijn blij met Klinkende Klas. Om elk kind in groep 5 een jaar les te geven, hebben wij wel 400 extra instrumenten nodig. Het bedrag van 180.000 euro per jaar in de tabel op blz. 19 is daarvoor niet genoeg.', ['5.2', '10.2']),
 ('pt', '2. Eén regionale subsidie op basis van het aantal leerlingen jonger dan 21 jaar steunen wij. Wij vragen wel om ook volwassen leerlingen met een laag inkomen mee te tellen.', ['5.2']),
 ('pt', '3. Lesgeld voor kinderen die na Klinkende Klas verder willen, kan via het Cultuurfonds. Het maximum van 450 euro per jaar dekt echter maar de helft van een jaar individuele les.', ['8.1', '5.2']),
 ('pt', '4. De lerarentekorten in het basisonderwijs maken het voor scholen moeilijk om een cultuurcoördinator vrij te roosteren. Wij bieden aan om die rol voor kleine scholen over te nemen.', ['5.1']),
 ('f', 'Met vriendelijke groet,\n\nE. Hoekstra\ndirecteur Muziekschool De Eemklank'),
])

L('17-zienswijze-raad-eemvoorde.txt', 'txt', [
 ('f', 'GEMEENTERAAD VAN EEMVOORDE\nStadhuisplein 1\n3820 AB Eemvoorde'),
 ('f', 'Eemvoorde, 16 november 2026\n\nAan het Portefeuillehoudersoverleg Cultuur Eemvoorde\nOnderwerp: zienswijze ontwerp Regionale Cultuurvisie en Erfgoedagenda'),
 ('f', 'Geacht overleg,'),
 ('f', 'De gemeenteraad van Eemvoorde heeft de ontwerpvisie besproken in zijn vergadering van 12 november 2026 en geeft de volgende zienswijze.'),
 ('pt', '1. De raad steunt het voorstel dat de andere gemeenten naar het aantal bezoekers bijdragen aan Schouwburg De Eemhof. De raad vraagt om die bijdrage al in 2027 in te laten gaan en niet pas bij de nieuwe subsidieverordening.', ['7.1', '10.2']),
 ('pt', '2. In de visie staat dat "festivals met een regionale uitstraling een bijdrage tot 15.000 euro kunnen krijgen". De raad vraagt om helder te maken wat een regionale uitstraling is, zodat ook kleinere festivals in de wijken kans maken.', ['7.2'], 'In de visie staat dat'),
 ('pt', '3. Het doel om in 2031 65 procent van de inwoners jaarlijks een culturele activiteit te laten bezoeken (pag. 6) vindt de raad te weinig ambitieus. De raad vraagt om 70 procent.', ['2.2']),
 ('pt', '4. Bij de keuze van een broedplaats moet ook worden gekeken naar de leegstaande Sint-Janskerk. De raad vraagt om de kerkenvisie en de zoektocht naar broedplaatsen met elkaar te verbinden (hoofdstuk 9).', ['9', '4.1']),
 ('pt', '5. De raad vraagt tot slot om de subsidieaanvragen vóór 1 oktober in plaats van vóór 1 april te laten indienen, zodat verenigingen hun plannen voor het volgende jaar beter kennen.', ['10.1']),
 ('f', 'Hoogachtend,\n\nde raad van de gemeente Eemvoorde,\nde griffier,            de voorzitter,\nP. Verhoeven            A.B. Kramer'),
])
