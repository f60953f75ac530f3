# The 17 responses of QA44 (fictional). Blocks: ('f', text) letter furniture (letterhead, salutation,
# signature, opening without a view, a forwarded message that states no view), ('h', text) a heading
# that is no point by itself, ('sp', mm) (fpdf2 only) the next point starts mm above the foot of the
# page, so that it runs on to the next page, ('pt', text, sections[, start]) a labelled point
# (start: the first words of the point's own text after its number, letter or bullet, unless given).
# Consultation: ter inzage 28 september t/m 9 november 2026 (deadline 2026-11-09). The draft is a
# Word file without printed page numbers; a 'PDF version' page reference is labelled by content.
LETTERS = []
def L(file, fmt, blocks, **kw):
    LETTERS.append(dict(file=file, fmt=fmt, blocks=blocks, **kw))

L('01-zienswijze-gemeenteraad-aamerveen.pdf', 'pdf_rl', [
 ('f', 'Gemeenteraad Aamerveen\nPostbus 100\n7901 AB Aamerveen'),
 ('f', 'Aan de werkgroep Armoede en Schulden Aamerland\np/a gemeente Aamerveen\nPostbus 100\n7901 AB Aamerveen'),
 ('f', 'Aamerveen, 5 november 2026\nOnderwerp: zienswijze ontwerp Regionale Visie Armoede en Schulden Aamerland 2027-2030'),
 ('f', 'Geachte werkgroep,'),
 ('f', 'De raad van Aamerveen heeft het ontwerp van de regionale visie op armoede en schulden besproken in zijn vergadering van 2 november 2026. Hieronder treft u de zienswijze van de raad aan.'),
 ('pt', '1. De raad steunt de harmonisatie van de regelingen en de inkomensgrens van 130 procent in paragraaf 4.1. De raad wil wel dat geen enkele inwoner van Aamerveen er door de harmonisatie op achteruitgaat, ook niet bij de collectieve zorgverzekering.', ['4.1']),
 ('pt', '2. In § 3.2 staat dat een signaal "binnen vijf werkdagen met een huisbezoek wordt opgevolgd". Bij een dreigende afsluiting van gas of water is dat te laat. De raad vraagt om in die gevallen dezelfde dag contact op te nemen.', ['3.2']),
 ('pt', '3. De raad is blij met het regionale kindpakket in hoofdstuk 5. De raad vraagt om de fiets niet pas bij de overgang naar het voortgezet onderwijs te geven, maar al in groep 7, zodat kinderen kunnen oefenen.', ['5.1']),
 ('pt', '4. De armoedemonitor moet ook laten zien hoeveel inwoners een regeling niet aanvragen terwijl zij er wel recht op hebben. Alleen zo kan de raad zien of de maatregelen tegen niet-gebruik werken.', ['9.1', '4.3']),
 ('pt', '5. De verdeling van de kosten naar het aantal huishoudens met een laag inkomen betekent dat Aamerveen ruim de helft betaalt. De raad vraagt om een deel van de kosten naar inwonertal te verdelen.', ['9.2']),
 ('pt', '6. Tot slot vraagt de raad aandacht voor schulden door online gokken. Steeds meer jonge mannen raken hierdoor in de problemen. De raad wil dat de gemeenten een campagne starten samen met de verslavingszorg.', [], 'Tot slot vraagt de raad aandacht voor schulden door online gokken'),
 ('f', 'Hoogachtend,\nde raad van de gemeente Aamerveen,\n\nde griffier,                    de voorzitter,\nmr. T.A. Koning                 drs. H. de Wilde'),
])

L('02-zienswijze-raad-kolhorst.pdf', 'pdf_fpdf', [
 ('f', 'De gemeenteraad van Kolhorst\nRaadhuisplein 1\n7940 KA Kolhorst'),
 ('f', 'Kolhorst, 3 november 2026\nBetreft: zienswijze op de ontwerpvisie armoede en schulden\nKenmerk: GR/2026/118'),
 ('f', 'Geachte leden van de werkgroep,'),
 ('f', 'De gemeenteraad van Kolhorst heeft in zijn vergadering van 29 oktober 2026 gesproken over de ontwerpvisie. Wij brengen de volgende zienswijze naar voren.'),
 ('pt', 'a) In het derde hoofdstuk staat dat de Kredietbank Aamerland de schuldhulpverlening voor de hele regio uitvoert. Voor inwoners van Kolhorst is het kantoor in Aamerveen ver weg. De raad vraagt om een vast spreekuur van de Kredietbank in Kolhorst.', ['3.1']),
 ('pt', 'b) De raad steunt het onderzoek naar een regionaal bewindvoeringsbureau. De raad vraagt om de uitkomst van dat onderzoek voor 1 juli 2027 aan de raden voor te leggen.', ['3.3.1', '3.3']),
 ('pt', 'c) Bij energiearmoede denkt het ontwerp vooral aan huurders. In Kolhorst wonen veel oudere eigenaar-bewoners met een klein pensioen in een oud huis. De raad vraagt om de isolatieregeling voor hen ook open te stellen voor inwoners met een inkomen tot 150 procent.', ['6.1']),
 ('sp', 13),
 ('pt', 'd) De voedselbank in Kolhorst zit in een tijdelijk pand van de gemeente dat in 2027 wordt gesloopt. In het ontwerp staat dat de gemeenten de vrijwilligersorganisaties steunen met subsidie en met huisvesting. De raad vraagt om nu al een nieuwe plek voor de voedselbank te zoeken, zodat de uitgifte van voedselpakketten niet wordt onderbroken. Ook vraagt de raad om de subsidie voor de voedselbank voor vier jaar vast te leggen, zodat de vrijwilligers niet elk jaar opnieuw hoeven te vragen of zij door kunnen gaan.', ['7.1']),
 ('pt', 'e) De raad vraagt de werkgroep om een gratis buspas voor inwoners met een laag inkomen, zodat zij naar hun werk, de dokter of de markt in Aamerveen kunnen reizen.', []),
 ('f', 'Met vriendelijke groet,\nDe gemeenteraad van Kolhorst,\nS. Jansma, griffier'),
])

L('03-reactie-college-ter-wijde.docx', 'docx', [
 ('f', 'Gemeente Ter Wijde\nCollege van burgemeester en wethouders'),
 ('f', 'Aan: werkgroep Armoede en Schulden Aamerland\nDatum: 27 oktober 2026\nOnderwerp: reactie op de ontwerpvisie armoede en schulden'),
 ('f', 'Geachte werkgroep,'),
 ('f', 'Ons college heeft de ontwerpvisie besproken met de medewerkers van het Geldloket en het wijkteam in Ter Wijde. Wij reageren per onderwerp.'),
 ('pt', 'Harmonisatie van de regelingen\nVoor Ter Wijde betekent de harmonisatie dat de inkomensgrens van 110 naar 130 procent gaat. Wij steunen dat, maar de extra kosten zijn voor onze gemeente ongeveer 180.000 euro per jaar. Wij vragen om een overgangsperiode van twee jaar.', ['4.1', '9.2'], 'Voor Ter Wijde betekent de harmonisatie dat'),
 ('pt', 'Automatisch toekennen\nHet automatisch toekennen van regelingen is een goede stap. Wel moet eerst worden uitgezocht welke gegevens de gemeente daarvoor mag gebruiken. Wij vragen om een privacytoets voordat hiermee wordt gestart.', ['4.3'], 'Het automatisch toekennen van regelingen is een goede stap'),
 ('pt', 'Werkende armen\nIn Ter Wijde werken veel inwoners in de land- en tuinbouw met een seizoenscontract. Wij willen de werkgevers in de tuinbouw actief benaderen, zoals het ontwerp voorstelt, en vragen de regio om daarvoor een folder in meerdere talen te maken.', ['2.2'], 'In Ter Wijde werken veel inwoners in de land'),
 ('pt', 'Huisuitzettingen\nWij onderschrijven het doel dat niemand meer uit huis wordt gezet vanwege een huurschuld. Het tweede kans-contract moet dan wel bij alle corporaties in de regio mogelijk zijn, niet alleen bij de grootste.', ['6.2'], 'Wij onderschrijven het doel dat niemand meer uit huis'),
 ('f', 'Hoogachtend,\nburgemeester en wethouders van Ter Wijde,\nde secretaris,          de burgemeester,\nR. Veenstra             M.C. Drenth'),
])

L('04-advies-adviesraad-sociaal-domein.pdf', 'pdf_rl', [
 ('f', 'Adviesraad Sociaal Domein Aamerland\np/a Stationsweg 12\n7901 CD Aamerveen'),
 ('f', 'Aan het Portefeuillehoudersoverleg Sociaal Domein Aamerland\nAamerveen, 30 oktober 2026\nOns kenmerk: ASD-2026-031\nOnderwerp: advies ontwerpvisie armoede en schulden'),
 ('f', 'Geachte portefeuillehouders,'),
 ('f', 'De Adviesraad Sociaal Domein Aamerland heeft de ontwerpvisie besproken met een groep ervaringsdeskundigen. Wij geven u graag de volgende adviezen.'),
 ('pt', 'Advies 1 – In de samenvatting staat dat een inwoner alle regelingen aanvraagt met een enkel formulier. Dat is een grote verbetering. Wij adviseren om inwoners bij het invullen te laten helpen door een vrijwilliger of een medewerker van het Geldloket, want ook een enkel formulier blijft voor veel mensen moeilijk.', ['4.3', 'Samenvatting'], 'In de samenvatting staat dat een inwoner alle regelingen'),
 ('pt', 'Advies 2 – Paragraaf 4.2 noemt een onderzoek om de termijn voor de individuele inkomenstoeslag te verkorten. Wij adviseren om de termijn niet naar twee jaar maar naar een jaar te brengen. Wie een jaar van een laag inkomen leeft, heeft al zijn reserves opgebruikt.', ['4.2'], 'Paragraaf 4.2 noemt een onderzoek om de termijn'),
 ('pt', 'Advies 3 – Het jongerenloket is een goed idee. Zorg dat jongeren het loket ook via WhatsApp en Instagram kunnen bereiken, en dat de vaste begeleider ook na het afbetalen van de schulden beschikbaar blijft.', ['5.2'], 'Het jongerenloket is een goed idee'),
 ('pt', 'Advies 4 – Betrek ervaringsdeskundigen bij de tussenevaluatie na twee jaar. De armoedemonitor geeft cijfers, maar niet hoe inwoners de hulp hebben ervaren.', ['9.1'], 'Betrek ervaringsdeskundigen bij de tussenevaluatie na twee jaar'),
 ('pt', 'Advies 5 – Armoede maakt ziek, en ziekte maakt arm. Wij adviseren om bij de samenwerking met de GGD en de huisartsen ook de tandarts te betrekken: veel inwoners met een laag inkomen mijden de tandarts vanwege de kosten.', ['8.2'], 'Armoede maakt ziek, en ziekte maakt arm'),
 ('f', 'Met vriendelijke groet,\n\nG. Hofstede-Lammers\nvoorzitter Adviesraad Sociaal Domein Aamerland'),
])

L('05-voedselbank-aamerveen.eml', 'eml', [
 ('pt', 'Wij zijn blij dat de visie de voedselbank niet als eindpunt ziet. Het gesprek met een consulent voor iedere nieuwe klant moet wel vrijwillig blijven. Veel klanten komen juist bij ons omdat zij geen vertrouwen hebben in de gemeente.', ['7.1']),
 ('pt', 'Onze vrijwilligers halen elke week voedsel op bij supermarkten in de hele regio. De subsidie van de gemeenten dekt de huur van ons pand, maar niet de kosten van de bus en de koelcel. Wij vragen om ook die kosten mee te nemen in de jaarlijkse subsidie.', ['7.1', '9.2']),
 ('pt', 'Bij het kindpakket wordt een verjaardagsbox genoemd. De voedselbank geeft al verjaardagsboxen aan kinderen van onze klanten. Wij willen graag met de gemeenten afstemmen, zodat een kind niet twee boxen krijgt en een ander kind geen.', ['5.1']),
], meta=dict(frm='Voedselbank Aamerveen <bestuur@voedselbank-aamerveen.nl>', to='armoedevisie@aamerland.nl',
             date='Fri, 6 Nov 2026 11:24:51 +0100', subject='Reactie Voedselbank Aamerveen op ontwerpvisie armoede'),
  head='Geachte werkgroep,\n\nHierbij de reactie van het bestuur van de Voedselbank Aamerveen op de ontwerpvisie. Onderaan vindt u het bericht waarmee wij werden uitgenodigd.\n\n',
  glue='\n\n',
  tail='\n\nMet vriendelijke groet,\n\nW. van Dalen\nsecretaris Voedselbank Aamerveen\nIndustrieweg 40, 7903 RT Aamerveen\n\n'
       '---------- Doorgestuurd bericht ----------\nVan: Werkgroep Armoede en Schulden <armoedevisie@aamerland.nl>\n'
       'Datum: ma 28 sep 2026 om 09:02\nOnderwerp: Inspraak ontwerpvisie armoede en schulden\nAan: partners sociaal domein\n\n'
       'Beste partners,\n\nVandaag is de ontwerp Regionale Visie Armoede en Schulden Aamerland 2027-2030 ter inzage gelegd. '
       'U vindt het document als Word-bestand en als pdf op de website van uw gemeente. Reacties kunt u tot en met 9 november 2026 '
       'sturen naar dit adres.\n\nMet vriendelijke groet,\nWerkgroep Armoede en Schulden Aamerland\n')

L('06-schuldhulpmaatje-aamerland.md', 'md', [
 ('f', '# Reactie SchuldHulpMaatje Aamerland op de ontwerpvisie armoede en schulden'),
 ('f', 'Middelbroek, 8 november 2026'),
 ('f', 'SchuldHulpMaatje Aamerland traint en begeleidt 64 vrijwillige maatjes in de vijf gemeenten. Hieronder onze punten.'),
 ('h', '## Verdubbeling van het aantal maatjes'),
 ('pt', '- Wij willen graag groeien, maar een verdubbeling lukt alleen als de coordinatie meegroeit. Een coordinator kan hooguit 35 maatjes begeleiden.', ['7.2']),
 ('pt', '- Onze maatjes rijden met hun eigen auto naar inwoners in de kleine kernen. Vraag: vergoed ook hun reiskosten.', ['7.2']),
 ('h', '## Nazorg'),
 ('pt', '- Een jaar nazorg na een schuldregeling is te kort. Veel mensen vallen in het tweede jaar terug. Een maatje kan langer blijven als de gemeente dat mogelijk maakt.', ['3.1']),
 ('h', '## Vroegsignalering'),
 ('pt', '- Laat bij het huisbezoek na een signaal ook een maatje meegaan. Een vrijwilliger wordt vaak sneller vertrouwd dan iemand van de gemeente.', ['3.2']),
 ('h', '## Bewind'),
 ('pt', '- Wij zien inwoners die onder bewind staan terwijl zij met hulp van een maatje hun geld zelf kunnen beheren. Wij werken graag mee aan afspraken over uitstroom uit bewind.', ['3.3.1', '3.3']),
 ('f', 'Met vriendelijke groet,\n\nA. Kuipers, coordinator SchuldHulpMaatje Aamerland'),
])

L('07-woonstichting-aamerhof.txt', 'txt', [
 ('f', 'Woonstichting Aamerhof\nMarktstraat 3\n7901 EF Aamerveen'),
 ('f', 'Aamerveen, 4 november 2026\n\nAan de werkgroep Armoede en Schulden Aamerland\n\nBetreft: reactie ontwerpvisie armoede en schulden'),
 ('f', 'Geachte werkgroep,'),
 ('f', 'Woonstichting Aamerhof verhuurt ruim 9.000 woningen in Aamerveen, Middelbroek en Sluisdijk. Wij reageren graag op de ontwerpvisie.'),
 ('pt', '- De visie gaat ervan uit dat corporaties een huurachterstand na een maand melden. Wij melden al na twee weken, met toestemming van de huurder. Wij stellen voor dat alle corporaties in de regio dat gaan doen.', ['6.2', '3.2']),
 ('pt', '- Wij zijn bereid om de woningen met label E, F en G versneld te isoleren, maar dat lukt niet voor 2030 zonder extra geld van het Rijk. Wij vragen de gemeenten om samen met ons een aanvraag te doen.', ['6.1']),
 ('pt', '- Het is goed dat ook particuliere verhuurders signalen gaan geven. Juist bij hen is de huurder vaak slechter beschermd.', ['3.2']),
 ('pt', '- Tot slot: er zijn in de regio veel te weinig sociale huurwoningen. Wij vragen de gemeenten om meer bouwlocaties beschikbaar te stellen.', [], 'Tot slot: er zijn in de regio veel te weinig'),
 ('f', 'Met vriendelijke groet,\n\nir. D. Smeets\ndirecteur-bestuurder Woonstichting Aamerhof'),
])

L('08-energiecooperatie-aamerstroom.docx', 'docx', [
 ('f', 'Energiecoöperatie AamerStroom U.A.\nZonneweg 7\n7945 PL Kolhorst'),
 ('f', 'Kolhorst, 2 november 2026'),
 ('f', 'Aan de werkgroep Armoede en Schulden Aamerland'),
 ('f', 'Geachte werkgroep,'),
 ('f', 'AamerStroom is een coöperatie van 1.100 leden die samen zonne-energie opwekken. Wij reageren op het deel over energiearmoede.'),
 ('pt', '1. Onze vrijwillige energiecoaches hebben vorig jaar 420 huishoudens bezocht. Wij willen dit werk graag uitbreiden, maar de coaches krijgen nu geen vergoeding en de materialen betalen wij zelf. Wij vragen om een vaste vergoeding per huisbezoek.', ['6.1']),
 ('pt', '2. In de voetnoot bij het energiequote wordt de definitie van TNO gebruikt. Die definitie laat huishoudens met een middeninkomen en een zeer slecht huis buiten beeld. Wij vragen om ook die huishoudens mee te tellen.', ['6.1']),
 ('pt', '3. Wij willen zonnepanelen leggen op de daken van scholen en sporthallen en de opbrengst ten goede laten komen aan huishoudens met een laag inkomen. Wij zoeken hiervoor een gemeente die wil meedoen.', []),
 ('pt', '4. Een half miljoen euro per jaar voor energiearmoede voor de hele regio is te weinig. Alleen al het isoleren van de woningen van eigenaar-bewoners kost meer.', ['9.2', '6.1']),
 ('f', 'Met vriendelijke groet,\nnamens het bestuur van AamerStroom,\nL. Wijnands, voorzitter'),
])

L('09-email-bewoner-sluisdijk.eml', 'eml', [
 ('pt', 'Ik ben zzp-er in de schoonmaak en mijn inkomen is elke maand anders. Vorig jaar moest ik 2.300 euro huurtoeslag terugbetalen. Daardoor kwam ik in de schulden. Ik lees in de visie dat u werkgevers gaat vragen hun mensen te wijzen op het Geldloket, maar ik heb geen werkgever. Hoe bereikt u mensen zoals ik?', ['2.2']),
 ('pt', 'Ik heb in maart bijzondere bijstand aangevraagd voor een nieuwe wasmachine. Het duurde acht weken voordat ik antwoord kreeg. Zo lang kan een gezin niet zonder wasmachine.', ['4.2']),
 ('pt', 'Het Geldloket is alleen overdag open. Als je werkt, kun je daar niet naartoe. Kan er een avondspreekuur komen?', ['3.1', '4.3']),
], meta=dict(frm='Naima El Amrani <naima.elamrani@kpnmail.nl>', to='armoedevisie@aamerland.nl',
             date='Sun, 1 Nov 2026 22:37:05 +0100', subject='mijn reactie op de armoedevisie'),
  head='Goedenavond,\n\n',
  glue='\n\n',
  tail='\n\nMet vriendelijke groet,\nNaima El Amrani\nKanaalstraat 88\n7951 GH Sluisdijk\n06-28471930\n')

L('10-brief-bewoner-middelbroek.pdf', 'pdf_fpdf', [
 ('f', 'H.J. van der Meulen\nKerkpad 14\n7960 BB Middelbroek\nTelefoon 0571-442819'),
 ('f', 'Aan de werkgroep Armoede en Schulden Aamerland\nPostbus 100\n7901 AB Aamerveen'),
 ('f', 'Middelbroek, 31 oktober 2026\nBetreft: reactie op de visie armoede en schulden'),
 ('f', 'Geachte heer, mevrouw,'),
 ('pt', 'Op pagina 11 van de pdf-versie staat wat er in het kindpakket komt. Mijn kleindochter woont bij mij. Zwemles staat erin, maar de zwemles in Middelbroek is alleen op zaterdag in Aamerveen, en ik heb geen auto. Zorg dat de zwemles ook dicht bij huis kan.', ['5.1'], 'Op pagina 11 van de pdf-versie staat'),
 ('pt', 'Ik heb alleen AOW en een klein pensioen. Voor de collectieve zorgverzekering betaal ik nog steeds het eigen risico van 385 euro. Ik vraag u om het eigen risico in de gemeentepolis mee te verzekeren.', ['4.1']),
 ('pt', 'Ook wil ik zeggen dat de bushalte bij ons op het Kerkpad is opgeheven. Nu moet ik een kilometer lopen.', [], 'Ook wil ik zeggen dat de bushalte'),
 ('f', 'Hoogachtend,\n\nH.J. van der Meulen'),
])

L('11-brief-familie-brouwer-ter-wijde.docx', 'docx', [
 ('f', 'Familie Brouwer\nDijkweg 31\n7972 AC Ter Wijde\ntel. 06-51330972'),
 ('f', 'Ter Wijde, 7 november 2026'),
 ('f', 'Aan de werkgroep Armoede en Schulden Aamerland'),
 ('f', 'Beste werkgroep,'),
 ('f', 'Wij zijn een gezin met drie kinderen en leven van een bijstandsuitkering. Wij willen het volgende meegeven.'),
 ('pt', '• Onze huurwoning heeft energielabel F. In de winter betalen wij bijna 300 euro per maand aan energie. Een energiecoach heeft tochtstrips geplakt, maar het huis blijft koud. Isoleer deze huizen eerst.', ['6.1']),
 ('pt', '• Met 250 euro per kind per jaar kunnen wij de contributie van de voetbal betalen, maar geen schoenen en geen kleding. Verhoog het bedrag voor sport en cultuur voor kinderen.', ['4.1', '5.1']),
 ('pt', '• Wij hebben twee jaar geen regeling aangevraagd omdat wij ons schaamden. Pas toen de juf van onze dochter ons erop wees, hebben wij dat gedaan. Zorg dat scholen ouders hierover vertellen.', ['4.3']),
 ('f', 'Met vriendelijke groet,\n\nFamilie Brouwer'),
])

CAMP_INTRO = 'Wij maken ons zorgen over de Sluisdijker Kinderpas.'
CAMPAIGN = [
 ('pt', '1. Met de Kinderpas kunnen kinderen in Sluisdijk gratis naar het zwembad, de bibliotheek en de kinderboerderij. In de visie staat dat de regelingen in de regio worden geharmoniseerd en dat er een regionaal kindpakket komt. Wij vragen u om de Kinderpas te laten bestaan naast het kindpakket.', ['5.1', '4.1']),
 ('pt', '2. Het schoolpakket moet op de pas worden gezet als tegoed, zodat ouders zelf bij een winkel in Sluisdijk kunnen kiezen wat hun kind nodig heeft.', ['5.1']),
 ('pt', '3. Houd ook de speeltuin De Klaproos open. Daar spelen alle kinderen uit de wijk, of hun ouders nu geld hebben of niet.', []),
]
L('12-campagnebrief-kinderpas-1.txt', 'txt', [
 ('f', 'Aan de werkgroep Armoede en Schulden Aamerland\n\nSluisdijk, 4 november 2026\n\nOnderwerp: Behoud de Sluisdijker Kinderpas!'),
 ('f', 'Geachte werkgroep,\n\n' + CAMP_INTRO),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nR. en S. Kramer-Bos\nBloemstraat 9\n7951 KL Sluisdijk\n0570-628114'),
])
L('13-campagnebrief-kinderpas-2.eml', 'eml_blocks', [
 ('f', ''), ('f', ''),
 ('f', 'Geachte werkgroep,\n\n' + CAMP_INTRO + ' Onze zoon gaat elke woensdag met de Kinderpas naar het zwembad en heeft zo zijn diploma gehaald.'),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nDewi Pattiasina\nSchoolstraat 41\n7951 AT Sluisdijk\n06-39220418'),
], meta=dict(frm='Dewi Pattiasina <dewi.pattiasina@ziggo.nl>', to='armoedevisie@aamerland.nl',
             date='Thu, 5 Nov 2026 20:11:37 +0100', subject='Behoud de Sluisdijker Kinderpas!'))
L('14-campagnebrief-kinderpas-3.pdf', 'pdf_rl', [
 ('f', 'T. Yilmaz\nWaterlelie 6\n7952 PR Sluisdijk'),
 ('f', 'Aan de werkgroep Armoede en Schulden Aamerland\nSluisdijk, 6 november 2026\nOnderwerp: Behoud de Sluisdijker Kinderpas!'),
 ('f', 'Geachte werkgroep,'),
 ('f', CAMP_INTRO),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nT. Yilmaz'),
])

L('15-brief-bewoner-aamerveen-laat.docx', 'docx', [
 ('f', 'P. Wouters-Hendriks\nLindelaan 102\n7904 LM Aamerveen\nTel. 0570-615502'),
 ('f', 'Aamerveen, 19 november 2026'),
 ('f', 'Aan de werkgroep Armoede en Schulden Aamerland'),
 ('f', 'Geachte werkgroep,'),
 ('f', 'Ik weet dat de inspraaktermijn voorbij is, maar ik was ziek en hoop dat u mijn brief toch wilt lezen.'),
 ('pt', 'Ik sta al vier jaar onder bewind. Mijn schulden zijn afbetaald, maar de bewindvoerder zegt dat ik het bewind beter kan houden. Ik betaal er elke maand voor. Er moet een regel komen dat bewind stopt als het niet meer nodig is.', ['3.3.1', '3.3']),
 ('pt', 'In de visie staat dat werk voor veel mensen de beste weg uit armoede is. Toen ik ging werken, stopte mijn kwijtschelding en de meedoenregeling meteen, terwijl mijn loon pas een maand later kwam. Zorg dat regelingen pas stoppen als het eerste loon binnen is.', ['8.1']),
 ('pt', 'Mijn schuldregeling duurde achttien maanden voordat alle schuldeisers akkoord waren. Dat moet sneller.', ['3.1']),
 ('f', 'Met vriendelijke groet,\n\nP. Wouters-Hendriks'),
])

L('16-zienswijze-raad-sluisdijk.txt', 'txt', [
 ('f', 'GEMEENTERAAD SLUISDIJK\nPostbus 30, 7950 AA Sluisdijk'),
 ('f', 'Sluisdijk, 9 november 2026\n\nAan de werkgroep Armoede en Schulden Aamerland\n\nOnderwerp: zienswijze ontwerp Regionale Visie Armoede en Schulden'),
 ('f', 'Geachte werkgroep,'),
 ('f', 'De raad van Sluisdijk heeft op 5 november 2026 de volgende zienswijze vastgesteld.'),
 ('pt', '1. De raad steunt het automatisch toekennen van regelingen uit § 4.3. De raad vraagt om hiermee te beginnen bij de kwijtschelding van de gemeentelijke belastingen en de collectieve zorgverzekering.', ['4.3']),
 ('pt', '2. In hoofdstuk 7 wordt de rol van de vrijwilligers terecht geroemd. De raad wil dat de subsidies aan vrijwilligersorganisaties voortaan voor vier jaar worden verleend in plaats van voor een jaar.', ['7.1', '7.2']),
 ('pt', '3. De cijfers voor Sluisdijk in bijlage 2 zijn die van 2023. De raad vraagt om actuele cijfers, want het aantal huishoudens met problematische schulden in Sluisdijk is sindsdien gestegen.', ['Bijlage 2', '2.1']),
 ('pt', '4. Het ontwerp zegt dat een huisuitzetting door huurschuld tot het verleden moet behoren. Dat moet ook gelden voor huurders van particuliere verhuurders en van kamers. De raad vraagt om ook met deze verhuurders afspraken te maken.', ['6.2']),
 ('f', 'Met vriendelijke groet,\nde raad van de gemeente Sluisdijk,\nde griffier, J. Mol\nde voorzitter, A.F. Smit'),
])

L('17-stichting-leergeld-aamerland.pdf', 'pdf_rl', [
 ('f', 'Stichting Leergeld Aamerland\nPostbus 412\n7900 AK Aamerveen'),
 ('f', 'Aan de werkgroep Armoede en Schulden Aamerland\nAamerveen, 28 oktober 2026\nOnderwerp: reactie op de ontwerpvisie'),
 ('f', 'Geachte werkgroep,'),
 ('f', 'Stichting Leergeld helpt kinderen uit gezinnen met een laag inkomen om mee te doen op school en in hun vrije tijd. Graag geven wij onze reactie.'),
 ('pt', '1. Uitvoering kindpakket\nWij bieden aan om de uitvoering van het kindpakket voor de hele regio op ons te nemen. Onze intermediairs komen bij de gezinnen thuis en zien wat een kind echt nodig heeft.', ['5.1'], 'Wij bieden aan om de uitvoering van het kindpakket'),
 ('pt', '2. Laptops\nVoor kinderen in het voortgezet onderwijs is een laptop onmisbaar. Wij missen de laptop in het kindpakket en vragen om die toe te voegen naast de fiets.', ['5.1'], 'Voor kinderen in het voortgezet onderwijs is een laptop'),
 ('pt', '3. Bereik meten\nMeet in de armoedemonitor het bereik van het kindpakket per school en per wijk. Dan zien wij samen waar kinderen nog worden gemist.', ['9.1', '5.1'], 'Meet in de armoedemonitor het bereik van het kindpakket'),
 ('f', 'Met vriendelijke groet,\n\nmr. K. Bosman-Tjon\ncoordinator Stichting Leergeld Aamerland'),
])
