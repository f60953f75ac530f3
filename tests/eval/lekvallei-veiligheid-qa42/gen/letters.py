# The 16 responses of QA42 (fictional). Blocks: ('f', text) letter furniture (letterhead, salutation,
# signature, opening without a view), ('h', text) a heading that is no point by itself,
# ('pt', text, sections[, start]) a labelled point (start: the first words after its own number
# or bullet unless given), ('nb', text) a note for the label file only.
# Consultation: ter inzage 14 september t/m 26 oktober 2026.
LETTERS = []
def L(file, fmt, blocks, **kw):
    LETTERS.append(dict(file=file, fmt=fmt, blocks=blocks, **kw))

L('01-zienswijze-gemeenteraad-lekstede.pdf', 'pdf_rl', [
 ('f', 'Gemeenteraad van Lekstede\nPostbus 100\n3401 AA Lekstede'),
 ('f', 'Aan het Regionaal Veiligheidsoverleg Lekvallei\nt.a.v. de werkgroep RIVP\nPostbus 100\n3401 AA Lekstede'),
 ('f', 'Lekstede, 20 oktober 2026\nOnderwerp: zienswijze ontwerp Regionaal Integraal Veiligheidsplan Lekvallei 2027-2030'),
 ('f', 'Geacht Regionaal Veiligheidsoverleg,'),
 ('f', 'In zijn vergadering van 15 oktober 2026 heeft de raad van Lekstede het ontwerp van het Regionaal Integraal Veiligheidsplan besproken. Hierbij geeft de raad zijn zienswijze.'),
 ('pt', '1. De raad onderschrijft de keuze om ondermijning als eerste prioriteit te benoemen, maar vindt de aanpak in §§ 3.1 en 3.2 te vrijblijvend. De raad vraagt om een concreet doel voor het aantal bestuurlijke interventies per jaar, zoals sluitingen van panden en weigeringen van vergunningen.', ['3.1', '3.2']),
 ('pt', '2. In H4 staat dat er geen subsidie komt voor hang- en sluitwerk. De raad vraagt u dit te heroverwegen voor huishoudens met een laag inkomen, die goed hang- en sluitwerk niet kunnen betalen.', ['4.1']),
 ('pt', '3. De raad is verheugd dat "een samenscholingsverbod in de APV" niet wordt opgenomen. Jongeren hebben recht op een plek in de openbare ruimte; de raad vraagt om in hoofdstuk 5 ook te benoemen dat er voldoende ontmoetingsplekken voor jongeren moeten zijn.', ['5.1', '5'], 'De raad is verheugd dat'),
 ('pt', '4. Het regionale Bibob-team komt bij de gemeente Lekstede te werken (par. 3.2.1). De raad wil dat de andere gemeenten de kosten van dit team naar rato meebetalen en dat dit in een dienstverleningsovereenkomst wordt vastgelegd.', ['3.2.1']),
 ('pt', '5. De raad mist een heldere definitie van een noodsteunpunt. Wie beheert het, wat ligt er klaar en hoe weten inwoners waar het is? Bijlage 2 noemt het begrip niet.', ['8.1', 'Bijlage 2']),
 ('pt', '6. Tot slot verzoekt de raad het college om de openingstijden van het gemeentelijk zwembad in de zomer te verruimen, zodat jongeren in de vakantie een plek hebben.', []),
 ('f', 'Hoogachtend,\nde raad van de gemeente Lekstede,\n\nde griffier,                    de voorzitter,\nmr. A.P. Verbeek               drs. H. van Rijn'),
])

L('02-zienswijze-raad-vreeswijde.pdf', 'pdf_fpdf', [
 ('f', 'GEMEENTERAAD VREESWIJDE'),
 ('f', 'Vreeswijde, 22 oktober 2026\nBetreft: zienswijze RIVP Lekvallei 2027-2030\nOns kenmerk: RG-2026-118'),
 ('f', 'Geachte leden van het Regionaal Veiligheidsoverleg,'),
 ('f', 'De raad van Vreeswijde heeft met belangstelling kennisgenomen van het ontwerp. Onze zienswijze is per thema ingedeeld; de nummering hieronder is die van deze brief.'),
 ('h', '1 Ondermijning'),
 ('pt', '1.1 Boeren in het buitengebied van Vreeswijde worden steeds vaker benaderd om een schuur te verhuren. De raad vraagt om naast voorlichting een vertrouwelijk meldpunt voor agrariers, zodat zij een benadering kunnen melden zonder angst voor represailles.', ['3.1']),
 ('pt', '1.2 De raad steunt het voorschieten van de opruimkosten van drugsafval, maar wil weten wie de kosten uiteindelijk draagt als de dader niet wordt gevonden.', ['3.1']),
 ('h', '2 Jeugd'),
 ('pt', '2.1 De raad vraagt om de voorlichting over ronselen ook te geven in groep 8 van de basisschool, omdat kinderen volgens de politie al vanaf 12 jaar worden benaderd.', ['3.3']),
 ('pt', '2.2 De uitbreiding van het jongerenwerk in de avonden en weekenden wordt gesteund. De raad vraagt wel hoe deze uitbreiding wordt betaald; de tabel met de verdeling van het budget geeft alleen een regionaal deel.', ['5.1', '11.2']),
 ('h', '3 Toezicht'),
 ('pt', '3.1 De raad is geen voorstander van flexibele cameras in woonwijken. Als er cameras komen, dan alleen na een besluit van de burgemeester per locatie, met een vooraf vastgestelde einddatum.', ['10.1']),
 ('pt', '3.2 De raad vraagt om de boa\'s in Vreeswijde ook op zondag in te zetten, omdat de overlast bij de jachthaven juist dan het grootst is.', ['10.2']),
 ('f', 'Met vriendelijke groet,\nnamens de raad van Vreeswijde,\nJ. Smits, griffier'),
])

L('03-reactie-college-everdam.docx', 'docx', [
 ('f', 'Gemeente Everdam\nCollege van burgemeester en wethouders'),
 ('f', 'Aan: Regionaal Veiligheidsoverleg Lekvallei\nDatum: 13 oktober 2026\nOnderwerp: reactie op het ontwerp-RIVP'),
 ('f', 'Geachte voorzitter,'),
 ('f', 'Ons college heeft het ontwerp besproken met de wijkagenten en de boa\'s van Everdam. Hieronder onze reactie, per punt.'),
 ('pt', 'Ad 1 Drugsafval in het buitengebied\nEverdam heeft het grootste buitengebied van de regio. De afspraak dat meldingen binnen twee weken worden opgevolgd, vinden wij te ruim: een dumping moet binnen 48 uur worden opgeruimd, omdat het afval de bodem en het water verontreinigt.', ['3.1'], 'Everdam heeft het grootste buitengebied'),
 ('pt', 'Ad 2 Skatebaan\nDe overlast bij de skatebaan in Everdam is in 2026 afgenomen sinds de jongerenwerkers er op vrijdagavond staan. Wij vragen u deze werkwijze als voorbeeld op te nemen in de groepsaanpak.', ['5.1'], 'De overlast bij de skatebaan'),
 ('pt', 'Ad 3 Verdeling van de kosten\nDe verdeling van de 1,2 miljoen euro naar inwonertal benadeelt de kleine gemeenten met een groot buitengebied, waar de ondermijning juist het grootst is. Wij stellen een verdeling voor die mede rekening houdt met de oppervlakte.', ['11.2'], 'De verdeling van de 1,2 miljoen'),
 ('pt', 'Ad 4 Noodsteunpunten\nIn Everdam zijn al twee noodsteunpunten ingericht, in het dorpshuis en in de brandweerkazerne. Wij vragen u de ervaringen daarmee te gebruiken bij de uitwerking voor de regio.', ['8.1'], 'In Everdam zijn al twee noodsteunpunten'),
 ('f', 'Hoogachtend,\nburgemeester en wethouders van Everdam,\nde secretaris,          de burgemeester,\nR. de Graaf             M.J. Koster'),
])

L('04-advies-seniorenraad-nieuwhorst.pdf', 'pdf_rl', [
 ('f', 'Seniorenraad Nieuwhorst\nsecretariaat: p/a Dorpsstraat 2, 3405 BC Nieuwhorst'),
 ('f', 'Nieuwhorst, 8 oktober 2026'),
 ('f', 'Aan de werkgroep Regionaal Integraal Veiligheidsplan Lekvallei'),
 ('f', 'Onderwerp: advies van de Seniorenraad over het ontwerp-RIVP'),
 ('f', 'Geachte werkgroep,'),
 ('f', 'De Seniorenraad Nieuwhorst behartigt de belangen van de ouderen in onze gemeente. Wij hebben het ontwerp met belangstelling gelezen en geven u graag ons advies.'),
 ('h', 'Online fraude'),
 ('pt', 'U schrijft dat "de schade per slachtoffer bij ouderen\ngemiddeld hoger is dan bij jongere slachtoffers". Dat herkennen wij. Het streven om 5.000 ouderen te bereiken vinden wij echter te weinig ambitieus; de meest kwetsbare ouderen komen niet naar een workshop in de bibliotheek. Wij adviseren om ook aan huis voorlichting te geven, via de ouderenadviseurs.', ['6.1'], 'U schrijft dat'),
 ('pt', 'Veel ouderen hebben geen smartphone en worden gebeld door zogenaamde bankmedewerkers. Wij adviseren om de voorlichting niet alleen over internet te laten gaan, maar ook over telefonische oplichting.', ['6.1']),
 ('h', 'Babbeltrucs'),
 ('pt', 'Wij zijn blij dat de aanpak van de babbeltruc aan het programma Digitaal Weerbaar wordt gekoppeld. Vraag wel de energiebedrijven en de thuiszorg om hun medewerkers altijd een herkenbaar pasje te laten dragen.', ['6.1', '4.1']),
 ('h', 'Brandveiligheid'),
 ('pt', 'Oudere bewoners van koopwoningen vallen buiten de afspraken met de woningcorporaties. Wij adviseren om ook aan hen rookmelders aan te bieden, bijvoorbeeld via de wijkteams.', ['8.2']),
 ('h', 'Verkeersveiligheid'),
 ('pt', 'Tot slot: veel ouderen voelen zich onveilig door fietsers en scooters op de stoep in het centrum van Nieuwhorst. Dit onderwerp ontbreekt in het plan.', []),
 ('f', 'Met vriendelijke groet,\nSeniorenraad Nieuwhorst\nG. Hendriks, voorzitter'),
])

L('05-advies-adviesraad-sociaal-domein-benschoten.docx', 'docx', [
 ('f', 'Adviesraad Sociaal Domein Benschoten'),
 ('f', 'Benschoten, 16 oktober 2026\nAan: het college van burgemeester en wethouders van Benschoten en het Regionaal Veiligheidsoverleg Lekvallei\nBetreft: gevraagd advies ontwerp-RIVP Lekvallei'),
 ('f', 'Geacht college,'),
 ('f', 'U heeft de Adviesraad Sociaal Domein om advies gevraagd over het ontwerp-Regionaal Integraal Veiligheidsplan. De adviesraad richt zich in dit advies op de raakvlakken tussen zorg en veiligheid.'),
 ('pt', 'Personen met verward gedrag. De adviesraad steunt het regionale meldpunt niet-acute zorg uit onderdeel 7.1. Wij adviseren wel om ervaringsdeskundigen te betrekken bij de inrichting en om het meldpunt ook in de avonduren bereikbaar te maken.', ['7.1']),
 ('pt', 'Jongeren als drugsrunner. In punt 3.3 van de nota wordt een uitstapprogramma aangekondigd. De adviesraad vraagt om daarbij ook schuldhulpverlening aan te bieden, omdat jongeren vaak door schulden in de greep van criminelen blijven.', ['3.3']),
 ('pt', 'Jeugdgroepen. In het vijfde hoofdstuk staat dat de ouders na de eerste politiecontacten thuis worden bezocht. De adviesraad vraagt om die gesprekken te laten voeren door het wijkteam en niet door de politie, zodat ouders zich niet aangevallen voelen.', ['5.1', '5']),
 ('pt', 'Nazorg ex-gedetineerden. Het doel dat iedere gedetineerde bij vrijlating een identiteitsbewijs, inkomen, woonplek en zorg heeft, onderschrijven wij. Benschoten heeft echter nauwelijks woningen voor deze groep; wij vragen om regionale afspraken met de corporaties over een verdeling.', ['7.2']),
 ('pt', 'Privacy. De adviesraad vraagt om in het plan op te nemen hoe inwoners worden geinformeerd als hun gegevens in het Zorg- en Veiligheidshuis worden besproken, en bij wie zij bezwaar kunnen maken.', ['7.2', '11.1']),
 ('f', 'Met vriendelijke groet,\nnamens de Adviesraad Sociaal Domein Benschoten,\nmw. drs. E. Bakker, voorzitter'),
])

L('06-politie-basisteam-lekvallei.eml', 'eml', [
 ('pt', 'Het basisteam Lekvallei steunt het meldpunt niet-acute zorg van harte; het scheelt onze agenten veel uren die nu naar verward gedrag gaan.', ['7.1'], 'Het basisteam Lekvallei steunt het meldpunt'),
 ('pt', 'Wel vinden wij de norm van een wijkagent op 5.000 inwoners in dit plan niet realistisch zolang de vacatures niet zijn ingevuld; beloof inwoners niet meer dan wij kunnen waarmaken.', ['11.1'], 'Wel vinden wij de norm van een wijkagent'),
], meta=dict(frm='"Basisteam Lekvallei - Politie" <teamleiding.lekvallei@politie.example>', to='rivp@lekvallei.example', date='Mon, 19 Oct 2026 16:42:10 +0200', subject='Reactie basisteam op ontwerp RIVP'),
 head='Beste werkgroep,\n\nNamens het basisteam een korte reactie.\n\n', glue='\n\n',
 tail='\n\nMet vriendelijke groet,\n\nP. de Wit\nTeamchef basisteam Lekvallei\nPolitie Eenheid Midden-Nederland\n\nDit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde bent of dit bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te melden en het bericht te verwijderen. De politie aanvaardt geen aansprakelijkheid voor schade, van welke aard ook, die verband houdt met risico\'s verbonden aan het elektronisch verzenden van berichten.\n')

L('07-veiligheidsregio-utrecht-zuid.pdf', 'pdf_rl', [
 ('f', 'Veiligheidsregio Utrecht-Zuid\nBrandweer - Risicobeheersing'),
 ('f', 'Aan het Regionaal Veiligheidsoverleg Lekvallei\nDatum: 23 oktober 2026\nKenmerk: VRUZ/RB/2026/0412\nOnderwerp: reactie ontwerp-RIVP Lekvallei'),
 ('f', 'Geachte heer, mevrouw,'),
 ('f', 'De Veiligheidsregio Utrecht-Zuid dankt u voor de gelegenheid om te reageren. Wij reageren op de onderdelen die de brandweer en de crisisbeheersing raken.'),
 ('h', 'Accubranden'),
 ('pt', 'In de kerncijfers zien wij dat het aantal branden door accu\'s van e-bikes en scooters is gestegen van 4 naar 17, maar het plan doet daar verder niets mee. Wij adviseren een doel op te nemen en voorlichting te geven over het opladen van accu\'s, vooral in de bergingen en fietsenstallingen van appartementengebouwen.', ['Bijlage 1'], 'In de kerncijfers zien wij'),
 ('h', 'Rookmelders'),
 ('pt', 'De wettelijke plicht voor rookmelders, waarnaar u in een voetnoot verwijst, geldt voor alle woningen. Controle bij huurwoningen door de corporaties is goed, maar wij adviseren de gemeenten om bij huisbezoeken van de wijkteams ook naar de rookmelder te vragen.', ['8.2']),
 ('h', 'Noodsteunpunten'),
 ('pt', 'De veiligheidsregio ondersteunt de noodsteunpunten uit par. 8.1. Zorg wel voor een noodstroomvoorziening en een portofoon op elk punt; zonder stroom en verbinding heeft een steunpunt weinig waarde.', ['8.1']),
 ('h', 'Drugsafval'),
 ('pt', 'Bij het opruimen van drugsafval moet de brandweer altijd eerst worden gewaarschuwd: de vaten kunnen explosief zijn. Neem dit op in de regionale werkwijze die u in § 3.1 aankondigt.', ['3.1']),
 ('f', 'Hoogachtend,\nVeiligheidsregio Utrecht-Zuid\nnamens deze,\ning. K. Mulder\nhoofd Risicobeheersing'),
])

L('08-woningcorporatie-lekwonen.txt', 'txt', [
 ('f', 'Lekwonen\nWoningcorporatie voor de Lekvallei\nHavenstraat 12\n3401 CD Lekstede'),
 ('f', 'Lekstede, 21 oktober 2026'),
 ('f', 'Aan: werkgroep RIVP Lekvallei\nBetreft: reactie Lekwonen op het ontwerp-veiligheidsplan'),
 ('f', 'Beste werkgroep,'),
 ('f', 'Lekwonen verhuurt ruim 9.000 woningen in de regio. Onze reactie in het kort:'),
 ('pt', '- Wij steunen een gezamenlijke beleidsregel voor woningsluitingen, maar vragen om de corporatie altijd vooraf te informeren. Na een sluiting blijft een gezin met kinderen vaak zonder woning achter; daarover willen wij vooraf afspraken maken.', ['3.2']),
 ('pt', '- Hennepkwekerijen in huurwoningen ontdekken wij vaak pas na een brand of wateroverlast. Wij willen graag deelnemen aan het regionale signalenoverleg.', ['3.2']),
 ('pt', '- Bij personen met verward gedrag die overlast geven in een portiekflat, voelen onze huismeesters zich vaak alleen staan. Wij vragen om de huismeesters te laten aansluiten bij het meldpunt niet-acute zorg.', ['7.1']),
 ('pt', '- De rookmelders hangen in al onze woningen sinds 2022.', ['8.2']),
 ('pt', '- Wij zouden graag zien dat de gemeenten de buurtbemiddeling uitbreiden; burenruzies vormen het grootste deel van de overlastmeldingen die bij ons binnenkomen.', []),
 ('f', 'Met vriendelijke groet,\n\nLekwonen\nF. Jansen\nmanager Wonen'),
])

L('09-ondernemersvereniging-lekstede-centrum.md', 'md', [
 ('f', '# Reactie Ondernemersvereniging Lekstede Centrum op het ontwerp-RIVP Lekvallei 2027-2030'),
 ('f', 'Lekstede, 24 oktober 2026'),
 ('f', 'De Ondernemersvereniging Lekstede Centrum (OLC) vertegenwoordigt 160 winkeliers en horecaondernemers in de binnenstad. Hieronder onze punten per onderwerp.'),
 ('h', '## Keurmerk Veilig Ondernemen'),
 ('pt', '- Het KVO in het centrum werkt goed. Wij vragen de gemeente de bijdrage aan de procesbegeleiding ook na 2028 te garanderen.', ['9.2']),
 ('pt', '- Winkeldiefstal wordt door de politie nauwelijks opgevolgd, ook niet na een digitale aangifte. Ondernemers haken daardoor af.', ['9.2']),
 ('h', '## Cybercrime'),
 ('pt', '- Een gratis cyberscan is mooi, maar kleine winkeliers hebben vooral behoefte aan een vast aanspreekpunt als het misgaat, bijvoorbeeld bij een valse factuur of een gehackt kassasysteem.', ['6.2']),
 ('h', '## Cameratoezicht'),
 ('pt', '- Wij vragen om het cameratoezicht op het Stationsplein uit te breiden naar de Hoogstraat, waar de meeste winkeldiefstallen en inbraken in winkels plaatsvinden.', ['10.1']),
 ('pt', '- Veel ondernemers hebben eigen cameras. Meld die graag actief aan bij Camera in Beeld; wij helpen onze leden daarbij.', ['10.1']),
 ('h', '## Parkeren'),
 ('pt', '- De parkeertarieven in het centrum zijn in 2026 fors gestegen, wat klanten wegjaagt. Wij vragen de gemeente om een gratis koopzondag-parkeren.', []),
 ('f', 'Namens het bestuur van de OLC,\nM. Yilmaz, voorzitter'),
])

L('10-slachtofferhulp-lekvallei.pdf', 'pdf_fpdf', [
 ('f', 'Slachtofferhulp Nederland\nregio Midden-Nederland, team Lekvallei'),
 ('f', 'Datum: 12 oktober 2026\nAan: Regionaal Veiligheidsoverleg Lekvallei\nOnderwerp: reactie op ontwerp-RIVP'),
 ('f', 'Geachte leden van het Regionaal Veiligheidsoverleg,'),
 ('f', 'Slachtofferhulp Nederland biedt gratis hulp aan slachtoffers van misdrijven, verkeersongevallen en calamiteiten. Wij reageren graag op het ontwerp vanuit het perspectief van slachtoffers.'),
 ('pt', '1. Slachtoffers van online fraude\nHet plan richt zich op preventie, maar slachtoffers van fraude hebben ook na de fraude hulp nodig: bij het doen van aangifte, bij de bank en met de emotionele gevolgen. Wij vragen om in het programma Digitaal Weerbaar Lekvallei een doorverwijzing naar Slachtofferhulp op te nemen.', ['6.1'], 'Het plan richt zich op preventie, maar slachtoffers'),
 ('pt', '2. Woninginbraak\nNa een woninginbraak krijgen de buren een waarschuwingsbrief, maar het slachtoffer zelf krijgt van de gemeente niets. Wij stellen voor dat de gemeente het slachtoffer met toestemming aanmeldt bij Slachtofferhulp.', ['4.1'], 'Na een woninginbraak krijgen de buren een waarschuwingsbrief'),
 ('pt', '3. Huiselijk geweld\nHet is begrijpelijk dat huiselijk geweld in een aparte regiovisie staat. Zorg er wel voor dat slachtoffers van huiselijk geweld in het Zorg- en Veiligheidshuis een eigen stem hebben in de bespreking van hun zaak.', ['7.2'], 'Het is begrijpelijk dat huiselijk geweld'),
 ('pt', '4. Schadevergoeding\nTot slot pleiten wij voor een landelijke voorschotregeling voor alle slachtoffers van geweld, ook als de dader niet bekend is. Dat is een taak voor het Rijk, maar wij vragen de burgemeesters dit in Den Haag aan te kaarten.', [], 'Tot slot pleiten wij voor een landelijke voorschotregeling'),
 ('f', 'Met vriendelijke groet,\nSlachtofferhulp Nederland, team Lekvallei\nA. Peters, teamleider'),
])

L('11-email-bewoner-vreeswijde.eml', 'eml', [
 ('pt', 'Ik ben beheerder van de WhatsApp-buurtpreventiegroep in onze straat. Het idee dat elke groep zich bij de gemeente moet aanmelden, staat mij tegen. Wij zijn een groep buren en geen verlengstuk van de overheid; aanmelden moet vrijwillig blijven.', ['9.1'], 'Ik ben beheerder van de WhatsApp-buurtpreventiegroep'),
 ('pt', 'Daarnaast: bij het station van Vreeswijde is mijn e-bike in twee jaar twee keer gestolen. De bewaakte stalling is alleen open tot 20.00 uur, terwijl ik pas om 21.30 uur terugkom. Graag ruimere openingstijden.', ['4.2'], 'Daarnaast: bij het station van Vreeswijde'),
], meta=dict(frm='Wim van Dongen <w.vandongen@mailbox.example>', to='rivp@lekvallei.example', date='Sun, 25 Oct 2026 21:03:44 +0100', subject='Inspraak veiligheidsplan'),
 head='Geachte heer/mevrouw,\n\n', glue='\n\n',
 tail='\n\nMet vriendelijke groet,\nWim van Dongen\nMeidoornlaan 14\n3402 EF Vreeswijde\n06-12345678\n')

CAMPAIGN_POINTS = [
 ('Al maanden is er in het Julianapark in Nieuwhorst \'s avonds overlast van een groep jongeren: harde muziek, lachgas, vernielingen. De groepsaanpak uit het plan moet hier nu worden toegepast, niet pas in 2027.', ['5.1'], 'Al maanden is er in het Julianapark'),
 ('De boa\'s moeten ook na 22.00 uur in het park aanwezig zijn. Nu zien wij ze alleen overdag.', ['10.2'], 'De boa\'s moeten ook na 22.00 uur'),
 ('De tijdelijke cameras in het Julianapark moeten blijven tot de overlast echt voorbij is.', ['10.1'], 'De tijdelijke cameras in het Julianapark'),
 ('Het park moet beter verlicht worden; de lantaarnpalen bij de vijver zijn al een jaar kapot.', [], 'Het park moet beter verlicht worden'),
]
def campaign(personal, name, addr, date_line, closing):
    blocks = [('f', name + '\n' + addr), ('f', date_line),
              ('f', 'Aan de werkgroep Regionaal Integraal Veiligheidsplan Lekvallei'),
              ('f', 'Betreft: inspraakreactie - Julianapark veilig!'),
              ('f', 'Geachte werkgroep,')]
    opening = 'Als bewoner van de wijk rond het Julianapark reageer ik op het ontwerp-veiligheidsplan.'
    if personal: opening += ' ' + personal
    blocks.append(('f', opening))
    for i, (t, s, st) in enumerate(CAMPAIGN_POINTS, 1):
        blocks.append(('pt', '%d. %s' % (i, t), s, st))
    blocks.append(('f', closing + '\n' + name))
    return blocks
L('12-campagnebrief-julianapark-bewoner-1.txt', 'txt', campaign('', 'H. de Boer', 'Parklaan 3, 3405 AB Nieuwhorst', 'Nieuwhorst, 18 oktober 2026', 'Met vriendelijke groet,'))
L('13-campagnebrief-julianapark-bewoner-2.eml', 'eml_blocks', campaign('Mijn dochter durft \'s avonds niet meer door het park te fietsen.', 'Fatima el Amrani', 'Vijverstraat 21, 3405 AD Nieuwhorst', 'Nieuwhorst, 19 oktober 2026', 'Vriendelijke groet,'),
  meta=dict(frm='Fatima el Amrani <f.elamrani@webpost.example>', to='rivp@lekvallei.example', date='Mon, 19 Oct 2026 08:15:00 +0200', subject='Inspraakreactie Julianapark veilig!'))
L('14-campagnebrief-julianapark-bewoner-3.docx', 'docx', campaign('', 'J. en M. Vos', 'Parklaan 40, 3405 AB Nieuwhorst', 'Nieuwhorst, 20 oktober 2026', 'Met vriendelijke groet,'))
L('15-campagnebrief-julianapark-bewoner-4.pdf', 'pdf_rl', campaign('Ik woon al veertig jaar aan het park en heb het nog nooit zo erg meegemaakt.', 'G. Pauwels', 'Julianastraat 7, 3405 AC Nieuwhorst', 'Nieuwhorst, 21 oktober 2026', 'Hoogachtend,'))

L('16-brief-bewoner-benschoten.docx', 'docx', [
 ('f', 'R. Hoekstra\nKerkweg 88\n3406 GH Benschoten\ntel. 0347-123456'),
 ('f', 'Benschoten, 2 november 2026'),
 ('f', 'Aan de werkgroep veiligheidsplan Lekvallei'),
 ('f', 'Geachte dames en heren,'),
 ('f', 'Ik weet dat de termijn voorbij is, maar ik wil toch graag reageren.'),
 ('pt', 'Mijn buurman is al jaren in de war en bedreigt mij regelmatig. Ik heb tientallen keren de politie gebeld, maar er gebeurt niets. Op pag. 12 van het plan las ik dat er binnen 24 uur een verpleegkundige en een wijkagent op huisbezoek komen. Dat zou ik graag zien, maar ik geloof het pas als het gebeurt.', ['7.1'], 'Mijn buurman is al jaren in de war'),
 ('pt', 'Ook vraag ik mij af waarom de meldingen over mijn buurman nooit een terugkoppeling krijgen. In het plan staat dat melders van jeugdoverlast binnen vijf werkdagen horen wat er met hun melding gebeurt; waarom geldt dat niet voor alle meldingen?', ['7.1', '5.1', '9'], 'Ook vraag ik mij af waarom de meldingen'),
 ('pt', 'Tenslotte: de lantaarnpaal voor mijn huis brandt al maanden niet. Dat helpt ook niet voor het gevoel van veiligheid.', [], 'Tenslotte: de lantaarnpaal voor mijn huis'),
 ('f', 'Met vriendelijke groet,\nR. Hoekstra'),
])
