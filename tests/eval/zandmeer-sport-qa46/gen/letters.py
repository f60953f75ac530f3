# The responses of QA46 (fictional). Blocks: ('f', text) letter furniture (letterhead, salutation,
# signature, opening without a view), ('h', text) a heading that is no point by itself, ('sp', mm) (fpdf2
# only) the next point starts mm above the foot of the page, so that it runs on to the next page,
# ('pt', text, sections[, start]) a labelled point (start: the first words of the point's own text after
# its number, letter or bullet, unless given; a topic written in front of the point's first sentence is
# part of the point's text).
# Consultation: ter inzage 21 september t/m 2 november 2026 (deadline 2026-11-02). The draft is a 22-page
# PDF (LibreOffice export of a Word file) whose printed page numbers ('pagina N' in the footer) are the
# PDF's own page numbers; page references are labelled by the content the writer means on that page.
LETTERS = []
def L(file, fmt, blocks, **kw):
    LETTERS.append(dict(file=file, fmt=fmt, blocks=blocks, **kw))

L('01-zienswijze-raad-beekhuizen.pdf', 'pdf_rl', [
 ('f', 'Gemeenteraad Beekhuizen\nPostbus 20\n7260 AA Beekhuizen'),
 ('f', 'Aan het Regionaal Overleg Sport Zandmeer\np/a gemeente Zandmeer\nPostbus 1000\n7250 AA Zandmeer'),
 ('f', 'Beekhuizen, 27 oktober 2026\nOnderwerp: zienswijze ontwerp Regionale Sport- en Beweegvisie Zandmeer 2027-2030'),
 ('f', 'Geacht overleg,'),
 ('f', 'De raad van Beekhuizen heeft de ontwerpvisie besproken in zijn vergadering van 22 oktober 2026. Hieronder leest u de zienswijze van de raad.'),
 ('pt', '1. Op pagina 10 staat dat Het Beekbad aan het einde van zijn levensduur is en dat een regionaal zwembadenplan moet uitwijzen of elke gemeente een eigen bad houdt. De raad wil dat Beekhuizen een zwembad houdt. Het Beekbad is het enige bad in het oosten van de regio en wordt door vrijwilligers gedragen.', ['3.2']),
 ('pt', '2. De norm van twintig minuten reistijd naar een binnenbad is voor de raad geen goede maat. Voor kinderen die naar zwemles fietsen en voor ouderen zonder auto is twintig minuten rijden iets heel anders dan twintig minuten fietsen.', ['3.2']),
 ('pt', '3. De raad steunt de hogere bijdrage uit het jeugdfonds (blz. 15). De raad vraagt om de regeling ook actief onder de aandacht te brengen via de scholen, want veel ouders kennen het fonds niet.', ['5.3']),
 ('pt', '4. De verdeling van de extra kosten naar inwonertal (§ 9.1) is voor een kleine gemeente met een eigen zwembad ongunstig. De raad vraagt om de lasten van de zwembaden apart te verdelen naar het gebruik.', ['9.1']),
 ('pt', '5. Tot slot vraagt de raad om de busverbinding tussen Beekhuizen en Zandmeer in de avond te verbeteren. Jongeren kunnen nu na negen uur niet meer naar huis.', [], 'Tot slot vraagt de raad om de busverbinding'),
 ('f', 'Hoogachtend,\nde raad van de gemeente Beekhuizen,\n\nde griffier,                    de voorzitter,\nmr. T. Bosman                   H.A. van Dijk'),
])

L('02-zienswijze-raad-graswijk.pdf', 'pdf_fpdf', [
 ('f', 'De gemeenteraad van Graswijk\nDorpsstraat 1\n7280 KB Graswijk'),
 ('f', 'Graswijk, 29 oktober 2026\nBetreft: zienswijze op de ontwerp-sport- en beweegvisie\nKenmerk: RG/2026/118'),
 ('f', 'Geachte leden van het Regionaal Overleg Sport,'),
 ('f', 'De gemeenteraad van Graswijk heeft in zijn vergadering van 26 oktober 2026 gesproken over de ontwerpvisie. Wij brengen de volgende zienswijze naar voren.'),
 ('pt', 'a) De tabel op p. 8-9 laat zien dat in Graswijk maar 49 procent van de inwoners genoeg beweegt. Graswijk heeft als enige gemeente geen zwembad. De raad vraagt om in het zwembadenplan vast te leggen dat inwoners van Graswijk tegen hetzelfde tarief in een bad in een buurgemeente kunnen zwemmen.', ['2.1', '3.2']),
 ('pt', 'b) De raad is blij met de regionale kijk op de sporthallen. Onze hal staat overdag en in het weekend vaak leeg. De raad stelt voor om verenigingen uit Zandmeer een korting te geven als zij in Graswijk komen trainen.', ['3.1']),
 ('pt', 'c) In hoofdstuk 6 staat dat elke basisschool in 2030 een vakleerkracht bewegingsonderwijs heeft. De kleine scholen in onze dorpen kunnen de helft van de kosten niet opbrengen. De raad vraagt om voor scholen met minder dan honderd leerlingen de volledige kosten te dragen.', ['6.1']),
 ('sp', 13),
 ('pt', 'd) Het nieuwe regionale tarievenstelsel voor sporthallen en velden betekent voor de verenigingen in Graswijk een forse stijging: een uur in de sporthal gaat van 28 euro naar het regionale tarief. Veel van onze verenigingen hebben vooral volwassen leden, zoals de volleybalclub en de badmintonvereniging, en zullen er dus op achteruitgaan. Een overgangsregeling van twee jaar is te kort. De raad vraagt om een overgangsperiode van vier jaar en om het tarief voor een kleine kern lager vast te stellen dan voor de stad.', ['9.2']),
 ('pt', 'e) De raad vraagt het overleg om ook aandacht te besteden aan de straatverlichting op het fietspad tussen Graswijk en Eikenrode, waar scholieren in het donker fietsen.', []),
 ('f', 'Met vriendelijke groet,\nDe gemeenteraad van Graswijk,\nR. Meijer, griffier'),
])

L('03-reactie-college-molenveld.docx', 'docx', [
 ('f', 'Gemeente Molenveld\nCollege van burgemeester en wethouders'),
 ('f', 'Aan: Regionaal Overleg Sport Zandmeer\nDatum: 19 oktober 2026\nOnderwerp: reactie op de ontwerp-sport- en beweegvisie'),
 ('f', 'Geacht overleg,'),
 ('f', 'Ons college heeft de ontwerpvisie besproken met de sportraad en de buurtsportcoaches van Molenveld. Wij reageren per onderwerp.'),
 ('pt', 'Zwembad De Molenkolk\nDe Molenkolk is in 1979 gebouwd en staat in de visie genoemd als zwembad aan het einde van zijn levensduur. Ons college is bereid om mee te denken over een regionaal binnenbad, mits de locatie goed bereikbaar is voor de inwoners van Molenveld. Wij vragen om het zwembadenplan uiterlijk eind 2027 af te ronden, zodat wij niet nog jaren in een verouderd bad moeten investeren.', ['3.2', 'Bijlage 2'], 'De Molenkolk is in 1979 gebouwd'),
 ('pt', 'Buurtsportcoaches\nIn Molenveld werken vier buurtsportcoaches. Wij steunen de wens om in elke kern een vaste buurtsportcoach te hebben. De rijksbijdrage is echter alleen tot en met 2028 zeker. Wij vragen om in de visie op te nemen wat de gemeenten doen als die bijdrage daarna vervalt.', ['7.1'], 'In Molenveld werken vier buurtsportcoaches'),
 ('pt', 'Verduurzaming\nEnergielabel A voor alle sportaccommodaties in 2030 is voor Molenveld niet haalbaar. Onze sporthal De Wieken is pas in 2034 aan renovatie toe. Wij stellen voor om de verduurzaming te laten meelopen met het gewone onderhoud.', ['3.3'], 'Energielabel A voor alle sportaccommodaties'),
 ('pt', 'Evenementen\nHet regionale evenementenfonds juichen wij toe. Wel vragen wij om ook kleine evenementen, zoals de dorpsloop en de avondvierdaagse, te laten meedingen en niet alleen de grote evenementen.', ['8'], 'Het regionale evenementenfonds juichen wij toe'),
 ('f', 'Hoogachtend,\nburgemeester en wethouders van Molenveld,\nde secretaris,          de burgemeester,\nK. Smits                 M.J. de Lange'),
])

L('04-advies-adviesraad-sociaal-domein-eikenrode.pdf', 'pdf_rl', [
 ('f', 'Adviesraad Sociaal Domein Eikenrode\np/a Raadhuisplein 1\n7270 AB Eikenrode'),
 ('f', 'Aan het college van burgemeester en wethouders van Eikenrode\nEikenrode, 23 oktober 2026\nOns kenmerk: ASDE-2026-031\nOnderwerp: advies ontwerp Regionale Sport- en Beweegvisie'),
 ('f', 'Geacht college,'),
 ('f', 'De Adviesraad Sociaal Domein Eikenrode heeft de ontwerpvisie besproken met ouderen, met mensen met een beperking en met de Voedselbank. Wij geven u graag de volgende adviezen.'),
 ('pt', 'Advies 1 – In het voorwoord (pag. 4) staat dat iedereen moet kunnen sporten, ongeacht de dikte van de portemonnee. Wij adviseren om de inkomensgrens van de sportregeling voor volwassenen niet op 130 maar op 150 procent van het sociaal minimum te leggen, zoals bij de andere minimaregelingen in Eikenrode.', ['5.3', 'Voorwoord'], 'In het voorwoord (pag. 4) staat dat iedereen'),
 ('pt', 'Advies 2 – De beweegmaatjes voor ouderen zijn een succes. Zorg dat er ook maatjes zijn die een andere taal spreken dan Nederlands, zodat ook oudere migranten meedoen.', ['5.1'], 'De beweegmaatjes voor ouderen zijn een succes'),
 ('pt', 'Advies 3 – Het sportloket is voor veel mensen met een beperking onbekend. Wij adviseren om het loket via de wijkteams, de huisartsen en de Wmo-consulenten bekend te maken.', ['5.2'], 'Het sportloket is voor veel mensen met een beperking onbekend'),
 ('pt', 'Advies 4 – Betrek ervaringsdeskundigen niet alleen bij de toegankelijkheidsscan, maar ook bij de plannen voor nieuwbouw van sporthallen en het regionale zwembad.', ['5.2.1', '3.2'], 'Betrek ervaringsdeskundigen niet alleen bij de toegankelijkheidsscan'),
 ('pt', 'Advies 5 – De sportmonitor moet ook laten zien hoeveel ouderen, mensen met een beperking en inwoners met een laag inkomen sporten. Alleen een gemiddelde voor alle inwoners zegt te weinig.', ['9.3'], 'De sportmonitor moet ook laten zien'),
 ('f', 'Met vriendelijke groet,\n\nA.M. Verhoef-Bakker\nvoorzitter Adviesraad Sociaal Domein Eikenrode'),
])

L('05-sportraad-zandmeer.docx', 'docx', [
 ('f', 'Sportraad Zandmeer\nSportlaan 40\n7251 CD Zandmeer'),
 ('f', 'Aan: Regionaal Overleg Sport Zandmeer\nZandmeer, 30 oktober 2026\nBetreft: reactie Sportraad Zandmeer op de ontwerp-sport- en beweegvisie'),
 ('f', 'Geachte leden van het overleg,'),
 ('f', 'De Sportraad Zandmeer vertegenwoordigt 96 sportverenigingen in de gemeente Zandmeer. Wij hebben de ontwerpvisie besproken met onze leden en reageren graag.'),
 ('pt', '1. Eén regionale verenigingsondersteuner voor 249 verenigingen is te weinig. Wij vragen om ten minste één ondersteuner per twee gemeenten, zodat verenigingen een vast gezicht hebben.', ['4.1']),
 ('pt', '2. Op blz. 12 wordt de vrijwilligerspas aangekondigd. Een kortingspas is sympathiek, maar lost het tekort aan vrijwilligers niet op. Verenigingen hebben meer aan hulp bij het werven en bij het opleiden van scheidsrechters en trainers.', ['4.2']),
 ('pt', '3. Wij steunen de keuze voor kunstgras met een natuurlijke vulling. Wel vragen wij om de gemeenten ook de vervanging van bestaande velden met rubberkorrels te laten betalen, en niet de verenigingen.', ['3.1']),
 ('pt', '4. Het voorstel om verenigingen die herhaaldelijk incidenten niet aanpakken hun subsidie af te nemen, vinden wij te hard. Juist die verenigingen hebben hulp nodig. Bied eerst begeleiding aan voordat er sancties komen.', ['4.3']),
 ('pt', '5. In paragraaf 9.2 staat een jeugdtarief, een tarief voor volwassenen en een commercieel tarief. Wij vragen om ook een apart tarief voor aangepast sporten, zodat G-teams niet meer betalen omdat zij met weinig spelers een hele hal nodig hebben.', ['9.2', '5.2.1']),
 ('f', 'Met sportieve groet,\n\nP. van der Wal\nvoorzitter Sportraad Zandmeer'),
])

L('06-zwemsportbedrijf-aquazand.pdf', 'pdf_fpdf', [
 ('f', 'Zwemsportbedrijf Aquazand B.V.\nBadweg 5\n7252 EF Zandmeer'),
 ('f', 'Zandmeer, 28 oktober 2026\nAan: Regionaal Overleg Sport Zandmeer\nBetreft: reactie op de ontwerp-sport- en beweegvisie'),
 ('f', 'Geachte heer Kloosterman,'),
 ('f', 'Aquazand exploiteert sinds 2012 de zwembaden De Zandput en de Eikenhal. Wij ontvangen jaarlijks ruim 480.000 bezoekers, van zwemlessers tot wedstrijdzwemmers.'),
 ('pt', 'Zwembadenplan. Wij werken graag mee aan het regionale zwembadenplan. Wij vragen om daarin ook de capaciteit voor zwemles mee te nemen: in de Zandput staan nu ruim 300 kinderen op de wachtlijst voor zwemles, omdat wij te weinig water en te weinig instructeurs hebben.', ['3.2'], 'Zwembadenplan. Wij werken graag mee aan het regionale'),
 ('pt', 'Zwemvangnet. Op pagina 16 staat dat kinderen die op hun negende geen A-diploma hebben, zwemles op kosten van de gemeente krijgen. Wij denken dat negen jaar te laat is. Veel van deze kinderen schamen zich dan al om met kleine kinderen in het bad te staan. Wij stellen zeven jaar voor.', ['6.2'], 'Zwemvangnet. Op pagina 16 staat dat kinderen'),
 ('sp', 14),
 ('pt', 'Gelijke tarieven. De gemeenten willen de tarieven voor zwemles en banenzwemmen vanaf 2029 regionaal gelijk trekken. Wij begrijpen die wens, maar onze tarieven liggen nu onder de kostprijs, omdat de gemeente Zandmeer het verschil bijlegt in de exploitatiesubsidie. Als het regionale tarief lager wordt dan ons huidige tarief, moet ook de subsidie omhoog. Wij vragen om de tarieven pas vast te stellen na een gezamenlijke berekening van de kostprijs per bad, en om de exploitanten daarbij te betrekken.', ['9.2', '3.2'], 'Gelijke tarieven. De gemeenten willen de tarieven'),
 ('pt', 'Energie. De energiekosten van onze baden zijn sinds 2022 verdubbeld. Wij vragen de gemeenten om samen met ons te investeren in warmtepompen en zonnepanelen op het dak van De Zandput.', ['3.3'], 'Energie. De energiekosten van onze baden'),
 ('f', 'Met vriendelijke groet,\n\nir. L. Prins\ndirecteur Zwemsportbedrijf Aquazand B.V.'),
])

L('07-vv-hofstede-boys.eml', 'eml', [
 ('pt', 'De energierekening van ons clubhuis is in twee jaar van 9.000 naar 21.000 euro gestegen. De subsidie van 30 procent voor zonnepanelen is welkom, maar wij moeten de andere 70 procent zelf voorschieten. Dat kan een vereniging als de onze niet. Wij vragen om een renteloze lening voor het deel dat niet gesubsidieerd wordt.', ['3.3']),
 ('pt', 'Wij hebben elk seizoen moeite om genoeg jeugdtrainers te vinden. Ouders willen best een team trainen, maar zijn bang dat ze het niet goed doen. Een gratis trainerscursus voor ouders zou ons enorm helpen.', ['4.2']),
 ('pt', 'Met de buurtsportcoach van Hofstede hebben wij goede ervaringen. Hij heeft vorig jaar een meidenteam opgezet dat nu twintig leden heeft. Houd de buurtsportcoach in elk dorp, ook na 2028.', ['7.1']),
 ('pt', 'Het parkeerterrein bij sportpark De Hoge Weide staat op zaterdag vol en auto\'s staan dan in de berm. De gemeente zou daar een extra parkeerplaats moeten aanleggen.', []),
], meta=dict(frm='Secretariaat vv Hofstede Boys <secretaris@hofstedeboys.nl>', to='sportvisie@zandmeer.example.nl',
             date='Fri, 30 Oct 2026 22:14:09 +0100', subject='Fwd: reactie vv Hofstede Boys op sportvisie'),
  head='Geachte heer, mevrouw,\n\nHieronder stuur ik u de reactie van het bestuur van voetbalvereniging Hofstede Boys door, zoals opgesteld door onze voorzitter.\n\nMet vriendelijke groet,\nW. Hermans\nsecretaris vv Hofstede Boys\n\n'
       '-------- Doorgestuurd bericht --------\nVan: G. Brouwer <voorzitter@hofstedeboys.nl>\nDatum: wo 28 okt 2026 om 20:31\nOnderwerp: reactie vv Hofstede Boys op sportvisie\nAan: Secretariaat vv Hofstede Boys <secretaris@hofstedeboys.nl>\n\n'
       'Wim, kun jij dit voor vrijdag naar de regio sturen? Het bestuur is akkoord.\n\nReactie van voetbalvereniging Hofstede Boys (420 leden, waarvan 260 jeugdleden) op de ontwerp-sport- en beweegvisie:\n\n',
  glue='\n\n',
  tail='\n\nNamens het bestuur,\nG. Brouwer, voorzitter vv Hofstede Boys\n')

L('08-stichting-onbeperkt-sporten.md', 'md', [
 ('f', '# Reactie Stichting Onbeperkt Sporten Zandmeer op de ontwerp-sport- en beweegvisie'),
 ('f', 'Eikenrode, 31 oktober 2026'),
 ('f', 'Stichting Onbeperkt Sporten Zandmeer zet zich in voor sport en bewegen door mensen met een lichamelijke, verstandelijke of psychische beperking. Wij hebben de visie besproken met onze achterban.'),
 ('h', '## Vervoer'),
 ('pt', '- Het grootste probleem voor onze sporters is vervoer. Het Wmo-vervoer rijdt niet op zaterdag vroeg en niet naar een wedstrijd in een andere gemeente. Een gedeeltelijke vergoeding van het vervoer (p. 15) is een begin, maar vraag ook de vervoerders om ritten naar sport voorrang te geven.', ['5.2.1']),
 ('h', '## Toegankelijkheid'),
 ('pt', '- De tillift in het zwembad is er vaak wel, maar het personeel weet niet hoe die werkt. Neem in de afspraken met de exploitanten op dat het personeel daarin getraind wordt.', ['5.2.1', '3.2']),
 ('pt', '- Bij de beweegplekken in de openbare ruimte denkt men aan kinderen en ouderen. Zorg dat een calisthenicspark of beweegtuin ook met een rolstoel bereikbaar en bruikbaar is.', ['7.2']),
 ('h', '## Buurtsportcoaches'),
 ('pt', '- Wij vragen om ten minste één buurtsportcoach in de regio die gespecialiseerd is in aangepast sporten.', ['7.1', '5.2']),
 ('f', 'Namens Stichting Onbeperkt Sporten Zandmeer,\n\nK. Demir en L. Jansma'),
])

L('09-schoolbestuur-de-zandloper.txt', 'txt', [
 ('f', 'Stichting Primair Onderwijs De Zandloper\nPostbus 310\n7250 AH Zandmeer'),
 ('f', 'Zandmeer, 26 oktober 2026\n\nAan het Regionaal Overleg Sport Zandmeer\n\nBetreft: reactie op de ontwerp-sport- en beweegvisie'),
 ('f', 'Geachte leden van het overleg,'),
 ('f', 'Stichting De Zandloper is het bestuur van 18 basisscholen in Zandmeer, Eikenrode en Graswijk. Onze reactie in het kort:'),
 ('pt', '- Wij onderschrijven het doel van een vakleerkracht bewegingsonderwijs op elke school. Maar de voorwaarde dat het schoolbestuur na drie jaar de volledige kosten overneemt, kunnen wij niet waarmaken zonder te bezuinigen op de klassen. Wij vragen om een blijvende bijdrage van de gemeenten.', ['6.1']),
 ('pt', '- De reistijd naar de gymzaal is voor drie van onze scholen meer dan een kwartier lopen. Daardoor gaat een kwart van de gymles verloren. Wij vragen om bij deze scholen een gymzaal dichterbij te bouwen of een bus in te zetten.', ['6.1', '3.1']),
 ('pt', '- Het naschoolse sportaanbod van de buurtsportcoaches op onze scholen werkt goed. Wij bieden aan om onze schoolpleinen na schooltijd open te stellen als beweegplek voor de buurt.', ['6.3', '7.2']),
 ('pt', '- Wij hebben grote zorgen over de tekorten aan leerkrachten in het basisonderwijs in de regio. Dat is het grootste probleem voor onze scholen.', []),
 ('f', 'Met vriendelijke groet,\n\ndrs. E. Wolters\nvoorzitter college van bestuur Stichting Primair Onderwijs De Zandloper'),
])

L('10-email-ouder-eikenrode.eml', 'eml', [
 ('pt', 'Mijn zoon van 8 zit op voetbal en op judo. Dankzij het jeugdfonds kan dat, want wij moeten elke euro omdraaien. Maar de aanvraag moet elk jaar opnieuw via de intermediair van school, en dit jaar duurde het drie maanden voordat de contributie betaald was. De club dreigde hem al van de lijst te halen. Kan de aanvraag niet voor meerdere jaren tegelijk?', ['5.3']),
 ('pt', 'Verder lees ik op pagina 16 over het vangnet voor zwemles vanaf negen jaar. Mijn dochter is zes en ik kan de zwemles van 180 euro per kwartaal niet betalen. Moet ik echt wachten tot ze negen is?', ['6.2']),
], meta=dict(frm='Naima El Idrissi <naima.elidrissi@gmail.com>', to='sportvisie@zandmeer.example.nl',
             date='Sun, 18 Oct 2026 21:03:44 +0200', subject='reactie sportvisie jeugdfonds'),
  head='Beste mensen van de gemeente,\n\nIk wil graag reageren op de sportvisie, als moeder van twee kinderen.\n\n',
  glue='\n\n',
  tail='\n\nMet vriendelijke groet,\nNaima El Idrissi\nLindelaan 14\n7271 BK Eikenrode\n06-41827365\n')

L('11-brief-zwemmer-molenveld.pdf', 'pdf_fpdf', [
 ('f', 'H.J. Veenstra\nKolkweg 27\n7291 GP Molenveld\nTel. 0573-451276'),
 ('f', 'Molenveld, 14 oktober 2026\n\nAan het Regionaal Overleg Sport Zandmeer\nPostbus 1000\n7250 AA Zandmeer'),
 ('f', 'Geachte heer, mevrouw,'),
 ('f', 'Ik ben 78 jaar en zwem al veertig jaar drie ochtenden per week in De Molenkolk. Na mijn nieuwe heup is zwemmen de enige sport die ik nog kan doen.'),
 ('pt', 'In de visie lees ik dat De Molenkolk misschien verdwijnt voor een regionaal binnenbad. Voor ons ouderen is een bad op twintig minuten rijden onbereikbaar. Wij hebben geen auto meer en de bus gaat eens per uur.', ['3.2'], 'In de visie lees ik dat De Molenkolk misschien verdwijnt'),
 ('pt', 'Het is goed dat er vaste uren voor ouderen blijven met warm water van minimaal 30 graden. Houd die uren wel in de ochtend. In de middag is het bad vol met schoolkinderen.', ['5.1'], 'Het is goed dat er vaste uren voor ouderen blijven'),
 ('pt', 'Ook vind ik dat de prijs van een ouderenabonnement omlaag moet. Met alleen AOW is 32 euro per maand veel geld.', ['9.2', '5.3'], 'Ook vind ik dat de prijs van een ouderenabonnement omlaag moet'),
 ('f', 'Met vriendelijke groet,\n\nH.J. Veenstra'),
])

L('12-brief-familie-hofstede.docx', 'docx', [
 ('f', 'Familie Van den Berg\nZuiderweg 112\n7295 LM Hofstede\ntel. 0573-882190'),
 ('f', 'Hofstede, 1 november 2026'),
 ('f', 'Aan het Regionaal Overleg Sport Zandmeer'),
 ('f', 'Beste mensen,'),
 ('f', 'Wij zijn een gezin met drie kinderen van 6, 10 en 13 jaar en wonen sinds vijf jaar aan de rand van Hofstede. Wij sporten allemaal graag en reageren daarom samen.'),
 ('f', 'Wat ons opvalt aan de visie:'),
 ('pt', '• Het Openluchtbad Hofstede is in de zomer het hart van het dorp. In bijlage 2 staat dat het uit 1965 is. Wij hopen dat het zwembadenplan het buitenbad niet vergeet, ook al is het geen binnenbad.', ['Bijlage 2', '3.2'], 'Het Openluchtbad Hofstede is in de zomer het hart van het dorp'),
 ('pt', '• In onze nieuwe wijk De Akkers is geen enkele speelplek. De norm van drie procent voor spelen en bewegen moet ook gelden voor wijken die al gebouwd zijn maar nog geen speelplek hebben.', ['7.2'], 'In onze nieuwe wijk De Akkers is geen enkele speelplek'),
 ('pt', '• Onze oudste is op zijn dertiende gestopt met hockey, net als de meeste van zijn vrienden. Een sportaanbod op de middelbare school na schooltijd zou helpen.', ['6.3'], 'Onze oudste is op zijn dertiende gestopt met hockey'),
 ('pt', '• De Hofstede Triathlon is een prachtig evenement, maar de wegen in ons dorp zijn dan een hele dag afgesloten. Betrek bewoners bij de vergunning.', ['8'], 'De Hofstede Triathlon is een prachtig evenement'),
 ('f', 'Met vriendelijke groet,\n\nMarco en Evelien van den Berg, met Sem, Lotte en Daan'),
])

CAMP_INTRO = 'Met deze brief vraag ik u om Het Beekbad in Beekhuizen open te houden.'
CAMPAIGN = [
 ('pt', 'Volgens de visie is Het Beekbad aan het einde van zijn levensduur en moet een zwembadenplan bepalen of het blijft. Het Beekbad is het enige zwembad in Beekhuizen. Honderden kinderen leren er elke zomer zwemmen en ouderen zwemmen er elke ochtend hun baantjes.', ['3.2'], 'Volgens de visie is Het Beekbad aan het einde'),
 ('pt', 'Het bad wordt al vijftig jaar gedragen door vrijwilligers. Zij verdienen steun van de gemeente in plaats van onzekerheid.', ['4.2', '3.2'], 'Het bad wordt al vijftig jaar gedragen door vrijwilligers'),
 ('pt', 'Ook vraag ik u om de ijsbaan op het terrein naast het Beekbad in de winter weer open te stellen.', [], 'Ook vraag ik u om de ijsbaan'),
]
L('13-campagnebrief-beekbad-1.txt', 'txt', [
 ('f', 'Aan het Regionaal Overleg Sport Zandmeer\n\nBeekhuizen, 20 oktober 2026\n\nOnderwerp: Red Het Beekbad!'),
 ('f', 'Geachte leden van het overleg,\n\n' + CAMP_INTRO),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nR. en J. Mulder-Koster\nBeekstraat 19\n7261 AC Beekhuizen\n0573-310944'),
])
L('14-campagnebrief-beekbad-2.eml', 'eml_blocks', [
 ('f', ''), ('f', ''),
 ('f', 'Geachte leden van het overleg,\n\n' + CAMP_INTRO + ' Mijn dochter heeft er vorige zomer haar A- en B-diploma gehaald en wil er volgend jaar graag voor haar C-diploma zwemmen.'),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nSandra Hoekman\nWeidelaan 7\n7262 BD Beekhuizen\n06-28193746'),
], meta=dict(frm='Sandra Hoekman <sandra.hoekman@ziggo.nl>', to='sportvisie@zandmeer.example.nl',
             date='Wed, 21 Oct 2026 08:12:51 +0200', subject='Red Het Beekbad!'))
L('15-campagnebrief-beekbad-3.pdf', 'pdf_rl', [
 ('f', 'T. Scholten\nBrinkweg 4\n7261 CE Beekhuizen'),
 ('f', 'Aan het Regionaal Overleg Sport Zandmeer\nBeekhuizen, 22 oktober 2026\nOnderwerp: Red Het Beekbad!'),
 ('f', 'Geachte leden van het overleg,'),
 ('f', CAMP_INTRO),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nT. Scholten'),
])

L('16-reactie-atletiekvereniging-laat.docx', 'docx', [
 ('f', 'Atletiekvereniging De Zandhazen\nBaanweg 2\n7253 GH Zandmeer'),
 ('f', 'Zandmeer, 9 november 2026'),
 ('f', 'Aan het Regionaal Overleg Sport Zandmeer'),
 ('f', 'Geacht overleg,'),
 ('f', 'Wij weten dat de inspraaktermijn is verstreken, maar ons bestuur kon pas op 5 november vergaderen. Wij hopen dat u onze reactie toch wilt meenemen.'),
 ('pt', '1. Op blz. 17 staat dat de gemeenten een regionaal netwerk van wandel- en hardlooproutes aanleggen. Wij bieden aan om mee te denken over de routes en om er loopgroepen op te laten trainen. Verlichting van de routes in de winter is voor hardlopers essentieel.', ['7.2']),
 ('pt', '2. De Zandmeerloop wordt elk jaar door onze vereniging georganiseerd met ruim 120 vrijwilligers. Voor het evenementenfonds vragen wij om een meerjarige toezegging, zodat wij sponsors voor langere tijd kunnen binden.', ['8']),
 ('pt', '3. De atletiekbaan is in 2005 aangelegd en aan vervanging toe. Wij vragen om de baan op te nemen in het regionale accommodatieplan, omdat wij atleten uit de hele regio trainen.', ['3.1']),
 ('f', 'Met sportieve groet,\n\nD. Kok, voorzitter\nAtletiekvereniging De Zandhazen'),
])

L('17-zienswijze-raad-zandmeer.txt', 'txt', [
 ('f', 'GEMEENTERAAD ZANDMEER\nMarkt 1\n7250 AA Zandmeer'),
 ('f', 'Zandmeer, 2 november 2026\n\nAan: Regionaal Overleg Sport Zandmeer\nOnderwerp: zienswijze ontwerp Regionale Sport- en Beweegvisie 2027-2030'),
 ('f', 'Geacht overleg,'),
 ('f', 'De gemeenteraad van Zandmeer heeft de ontwerpvisie op 2 november 2026 besproken. De raad geeft de volgende zienswijze.'),
 ('pt', '1. In de visie staat dat de gemeenten "streven naar 60 procent van de inwoners die aan de beweegrichtlijnen voldoet" in 2030. De raad vindt dat doel te vrijblijvend. De raad wil per gemeente een eigen tussendoel voor 2028.', ['Samenvatting', '9.3']),
 ('pt', '2. Het nieuwe tarievenstelsel (pag. 20) leidt in Zandmeer tot lagere tarieven voor de jeugd. De raad steunt dat, maar wil weten wat dit de gemeente Zandmeer per jaar kost.', ['9.2']),
 ('pt', '3. De raad vraagt om bij het aanwijzen van een locatie voor een regionaal binnenbad de bestaande Zandput als mogelijke locatie te onderzoeken, omdat daar al een buitenbad en parkeerruimte zijn.', ['3.2']),
 ('pt', '4. De raad steunt het voorstel om gymzalen die niet meer nodig zijn voor het onderwijs open te stellen voor buurtsport, zoals beschreven in hoofdstuk 3.', ['3.1']),
 ('pt', '5. De raad vraagt aandacht voor de gevolgen van de nieuwe Omgevingswet voor de bouwleges van sportverenigingen.', []),
 ('f', 'Hoogachtend,\n\nDE GEMEENTERAAD VAN ZANDMEER,\nde griffier, J. Post\nde voorzitter, A.C. Vermeulen'),
])
