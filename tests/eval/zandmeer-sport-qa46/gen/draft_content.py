# Content of the Ontwerp Regionale Sport- en Beweegvisie Zandmeer 2027-2030 (QA46, fictional).
# SECTIONS: (level, number or '', title, [paragraphs]); a paragraph is text, '* ' a bullet,
# ('TABLE', rows) a table, ('NOTE', text, footnote) a paragraph with a footnote.
TITLE = 'Regionale Sport- en Beweegvisie Zandmeer 2027-2030'
RUNNING = 'Sport- en Beweegvisie Zandmeer 2027-2030'
GEMEENTEN = 'Zandmeer, Eikenrode, Beekhuizen, Molenveld, Graswijk en Hofstede'
SECTIONS = [
(1, '', 'Voorwoord', [
 'Sport en bewegen horen bij een gezond en prettig leven. Op het sportveld, in het zwembad en in de buurt ontmoeten inwoners elkaar. Toch beweegt bijna de helft van de inwoners van de regio Zandmeer te weinig, en dat aandeel groeit. Tegelijk staan de sportverenigingen onder druk: vrijwilligers zijn moeilijk te vinden, de energierekening van de accommodaties is gestegen en verschillende zwembaden zijn aan het einde van hun levensduur.',
 'De zes gemeenten ' + GEMEENTEN + ' hebben daarom samen met de sportraden, de verenigingen, het onderwijs en de zorg deze regionale sport- en beweegvisie opgesteld. De visie bouwt voort op het regionale sportakkoord uit 2023 en geeft richting tot en met 2030. Wij willen dat elke inwoner, jong of oud, met of zonder beperking en ongeacht de dikte van de portemonnee, in de eigen omgeving kan sporten en bewegen.',
 'Deze visie is een ontwerp. Wij horen graag wat u ervan vindt. Uw reactie helpt ons om de visie te verbeteren voordat de gemeenteraden haar vaststellen.',
 'Namens het Regionaal Overleg Sport Zandmeer,',
 'J.W. Kloosterman, voorzitter',
]),
(1, '', 'Samenvatting', [
 'De regio Zandmeer wil dat in 2030 ten minste 60 procent van de inwoners voldoet aan de beweegrichtlijnen. Nu is dat 53 procent. Om dat doel te halen kiezen de zes gemeenten voor vijf opgaven.',
 '* Toekomstbestendige sportaccommodaties en zwembaden: één regionaal zwembadenplan en verduurzaming van alle gemeentelijke sporthallen voor 2030.',
 '* Vitale verenigingen en vrijwilligers: een regionale verenigingsondersteuner en een vrijwilligerspas.',
 '* Bewegen voor iedereen: meer beweegaanbod voor ouderen en mensen met een beperking en een sterker jeugdfonds sport en cultuur.',
 '* Jeugd en onderwijs: een vakleerkracht bewegingsonderwijs op elke basisschool en zwemles voor ieder kind.',
 '* Een beweegvriendelijke openbare ruimte met buurtsportcoaches in elke kern.',
 'De visie kost de gemeenten samen jaarlijks ongeveer 2,4 miljoen euro extra. Een deel daarvan komt uit de rijksregeling voor het sportakkoord. De tarieven voor de verhuur van sportaccommodaties worden regionaal op elkaar afgestemd.',
]),
(1, '1', 'Inleiding', [
 'In dit hoofdstuk leest u waarom de gemeenten een regionale sport- en beweegvisie opstellen, hoe de visie tot stand is gekomen en hoe u de visie kunt lezen.',
]),
(2, '1.1', 'Aanleiding en het sportakkoord', [
 'In 2023 sloten de zes gemeenten, de sportverenigingen, de scholen en de zorgverzekeraar het Regionaal Sportakkoord Zandmeer. Het akkoord liep tot eind 2026 en richtte zich op inclusief sporten, vaardig in bewegen en vitale sportaanbieders. Veel activiteiten uit het akkoord zijn succesvol gebleken, zoals de beweegmaatjes voor ouderen en de gezamenlijke inkoop van ledverlichting voor sportvelden.',
 'Het Rijk vraagt gemeenten om vanaf 2027 een lokaal of regionaal sport- en beweegakkoord te hebben om in aanmerking te komen voor de specifieke uitkering sport. De gemeenten kiezen ervoor om het nieuwe akkoord in te bedden in deze bredere visie. Sport en bewegen raken aan gezondheid, onderwijs, armoede, ruimtelijke ordening en de economie, en vragen dus om samenhang.',
]),
(2, '1.2', 'Hoe de visie tot stand kwam', [
 'In het voorjaar van 2026 hebben wij zes sportcafés gehouden, in elke gemeente één. Daar kwamen ruim 350 mensen op af: bestuurders van verenigingen, vrijwilligers, leerkrachten, fysiotherapeuten en inwoners. Daarnaast hielden wij een online enquête onder 2.100 inwoners en spraken wij met de sportraden, de adviesraden sociaal domein en de exploitanten van de zwembaden.',
 'De opbrengst van deze gesprekken is verwerkt in de hoofdstukken 3 tot en met 7. Na de inspraakperiode verwerken wij de reacties in een nota van beantwoording. De gemeenteraden stellen de visie naar verwachting in het voorjaar van 2027 vast.',
]),
(2, '1.3', 'Leeswijzer', [
 'Hoofdstuk 2 beschrijft de stand van sport en bewegen in de regio. De hoofdstukken 3 tot en met 8 bevatten de opgaven en wat de gemeenten gaan doen. Hoofdstuk 9 gaat over financiering, tarieven en monitoring. In bijlage 1 staat een lijst met begrippen en in bijlage 2 een overzicht van de zwembaden in de regio.',
]),
(1, '2', 'Sport en bewegen in de regio', [
 'De regio Zandmeer telt ruim 186.000 inwoners, verspreid over zes gemeenten en 23 kernen. De regio vergrijst sneller dan het landelijk gemiddelde: in 2030 is naar verwachting een kwart van de inwoners 65 jaar of ouder.',
]),
(2, '2.1', 'Kerncijfers per gemeente', [
 'De tabel hieronder geeft voor elke gemeente het aantal inwoners, het aandeel inwoners dat voldoet aan de beweegrichtlijnen en het aantal sportverenigingen. De cijfers komen uit de Gezondheidsmonitor 2024 van de GGD en de verenigingsregistratie van de gemeenten.',
 ('TABLE', [['Gemeente', 'Inwoners', 'Voldoet aan beweegrichtlijnen', 'Sportverenigingen', 'Zwembad'],
  ['Zandmeer', '71.400', '55%', '96', 'De Zandput (binnen en buiten)'],
  ['Eikenrode', '32.100', '54%', '41', 'Eikenhal (binnen)'],
  ['Beekhuizen', '27.800', '50%', '38', 'Het Beekbad (buiten)'],
  ['Molenveld', '24.300', '52%', '33', 'De Molenkolk (binnen)'],
  ['Graswijk', '17.200', '49%', '22', 'geen'],
  ['Hofstede', '13.500', '51%', '19', 'Openluchtbad Hofstede'],
  ['Regio', '186.300', '53%', '249', '5 zwembaden']]),
 'Opvallend is dat de kleinere gemeenten Graswijk en Beekhuizen achterblijven. Daar zijn minder voorzieningen in de buurt en wonen relatief veel ouderen en inwoners met een laag inkomen.',
]),
(2, '2.2', 'Trends en knelpunten', [
 'Inwoners sporten steeds vaker ongebonden: ze wandelen, fietsen of hardlopen op een zelfgekozen moment. Het aantal leden van sportverenigingen daalt licht, behalve bij padel en korfbal. Tegelijk vragen inwoners meer flexibel aanbod, zoals een los strippenkaartje in plaats van een jaarlidmaatschap.',
 'In de sportcafés kwamen steeds dezelfde knelpunten naar voren:',
 '* verenigingen vinden te weinig vrijwilligers, vooral voor bestuursfuncties en als scheidsrechter;',
 '* de energiekosten van kantines en sporthallen zijn sinds 2022 ruim verdubbeld;',
 '* kinderen uit gezinnen met weinig geld sporten minder vaak lid van een vereniging;',
 '* de motorische vaardigheid van kinderen gaat achteruit, en steeds meer kinderen verlaten de basisschool zonder zwemdiploma;',
 '* in veel nieuwe wijken is weinig ruimte om te spelen en te bewegen.',
]),
(1, '3', 'Sportaccommodaties en zwembaden', [
 'Goede sportaccommodaties zijn de basis voor sport en bewegen. De gemeenten bezitten samen 14 sporthallen, 31 gymzalen, 62 sportvelden en vijf zwembaden. Een groot deel daarvan is gebouwd in de jaren zeventig en tachtig en moet de komende jaren worden vervangen of verduurzaamd.',
]),
(2, '3.1', 'Binnen- en buitensportaccommodaties', [
 'De bezettingsgraad van de sporthallen verschilt sterk. In Zandmeer en Eikenrode zijn de hallen op doordeweekse avonden vol en moeten verenigingen uitwijken naar gymzalen. In Graswijk en Hofstede staan hallen juist een groot deel van de tijd leeg. De gemeenten willen de capaciteit daarom regionaal bekijken: een vereniging uit Zandmeer kan trainen in een hal in een buurgemeente als daar ruimte is.',
 'Bij de sportvelden zien wij een verschuiving van natuurgras naar kunstgras. Kunstgras kan intensiever worden gebruikt, maar is duurder in aanleg en roept vragen op over rubberkorrels en hitte. De gemeenten kiezen bij vervanging voor kunstgras met een natuurlijke vulling, zoals kurk, en alleen waar de bespeling dat nodig maakt.',
 'Wat gaan we doen?',
 '* Een regionaal accommodatieplan opstellen met de staat en de bezetting van alle gemeentelijke sportaccommodaties (2027).',
 '* Eén regionaal reserveringssysteem voor sporthallen en gymzalen invoeren.',
 '* Gymzalen die niet meer nodig zijn voor het onderwijs openstellen voor buurtsport.',
]),
(2, '3.2', 'Zwembaden', [
 'De regio heeft vijf zwembaden. Twee daarvan, Het Beekbad in Beekhuizen en De Molenkolk in Molenveld, zijn aan het einde van hun technische levensduur. Een nieuw binnenbad kost ongeveer 14 miljoen euro, en de exploitatie van een zwembad is nooit kostendekkend. Daarom stellen de gemeenten samen een regionaal zwembadenplan op. Uitgangspunt is dat elke inwoner binnen twintig minuten fietsen of rijden een binnenzwembad kan bereiken.',
 'Het zwembadenplan kijkt naar de spreiding, het aanbod van zwemles en banenzwemmen, de behoefte van zwemverenigingen en therapeutisch zwemmen. Een mogelijke uitkomst is dat niet elke gemeente een eigen binnenbad houdt, maar dat er een regionaal binnenbad komt met lokale buitenbaden. Over de locatie is nog niets besloten.',
 'De zwembaden worden geëxploiteerd door verschillende partijen: De Zandput en de Eikenhal door Zwemsportbedrijf Aquazand, De Molenkolk door een stichting en de buitenbaden door vrijwilligersverenigingen. De gemeenten willen de exploitatie vanaf 2029 zoveel mogelijk op elkaar afstemmen, met gelijke openingstijden voor doelgroepen en gelijke tarieven voor zwemles.',
]),
(2, '3.3', 'Duurzaam en betaalbaar beheer', [
 'Sportaccommodaties gebruiken veel energie, vooral zwembaden en sporthallen. De gemeenten willen dat alle gemeentelijke sportaccommodaties in 2030 energielabel A hebben. Verenigingen met een eigen kantine of kleedruimte kunnen een subsidie van 30 procent krijgen voor zonnepanelen, isolatie en ledverlichting, aanvullend op de rijksregeling BOSA.',
 'Een deel van de verenigingen beheert de eigen accommodatie. Dat houdt de kosten voor de gemeente laag, maar legt een grote last op vrijwilligers. De gemeenten bieden deze verenigingen een onderhoudsscan aan en een meerjarenonderhoudsplan.',
]),
(1, '4', 'Verenigingen en vrijwilligers', [
 'De regio telt 249 sportverenigingen. Zij zijn de ruggengraat van de sport, maar ook plekken waar mensen elkaar ontmoeten en samen iets doen. Verenigingen willen wij sterker maken, zodat zij ook in 2030 open staan voor iedereen.',
]),
(2, '4.1', 'Vitale verenigingen', [
 'Veel verenigingen draaien op een klein groepje mensen. Als de voorzitter of penningmeester stopt, komt de vereniging in de problemen. Een vitale vereniging heeft een bestuur dat vooruitkijkt, een gezonde financiële basis en een aanbod dat aansluit bij wat leden en de buurt vragen.',
 'De gemeenten stellen een regionale verenigingsondersteuner aan. Die helpt verenigingen bij bestuurlijke vragen, bij het aanboren van nieuwe doelgroepen en bij samenwerking met scholen en zorg. Verenigingen die hun accommodatie delen met andere verenigingen of met een school, krijgen voorrang bij subsidies.',
 'Wat gaan we doen?',
 '* Een verenigingsondersteuner voor de hele regio (1 fte, vanaf 2027).',
 '* Een jaarlijkse bestuurdersacademie met cursussen over financiën, werving en wet- en regelgeving.',
 '* Stimuleren dat kleine verenigingen samengaan of een omnivereniging vormen.',
]),
(2, '4.2', 'Vrijwilligers', [
 'Zonder vrijwilligers geen sport. Toch vinden verenigingen steeds moeilijker trainers, scheidsrechters en bestuurders. Jongeren willen zich wel inzetten, maar liever voor een korte klus dan voor een vaste functie. De gemeenten introduceren daarom een regionale vrijwilligerspas. Vrijwilligers in de sport krijgen met de pas korting bij lokale ondernemers en gratis toegang tot cursussen.',
 'Daarnaast vergoeden de gemeenten de kosten van de verklaring omtrent het gedrag (VOG) voor vrijwilligers die met kinderen werken. Maatschappelijke stages en vrijwilligerswerk door statushouders en mensen met een uitkering willen wij stimuleren via het vrijwilligerspunt in elke gemeente.',
]),
(2, '4.3', 'Een veilig sportklimaat', [
 'Sport moet voor iedereen veilig en plezierig zijn. Toch horen wij van verenigingen over geweld tegen scheidsrechters, discriminatie langs de lijn en grensoverschrijdend gedrag. De gemeenten vragen alle verenigingen die subsidie ontvangen om een vertrouwenscontactpersoon aan te stellen en een gedragscode vast te stellen. Verenigingen krijgen daarbij hulp van de sportbond en van de verenigingsondersteuner.',
 'Bij wedstrijden met een hoog risico op incidenten kan de gemeente de vereniging ondersteunen met extra begeleiding. Een vereniging die herhaaldelijk ernstige incidenten niet aanpakt, kan haar subsidie verliezen.',
]),
(1, '5', 'Bewegen voor iedereen', [
 'Niet iedereen kan even makkelijk meedoen aan sport en bewegen. Ouderen, mensen met een beperking en inwoners met een laag inkomen bewegen gemiddeld minder. De gemeenten willen de drempels voor deze groepen verlagen.',
]),
(2, '5.1', 'Ouderen in beweging', [
 'Bewegen helpt ouderen om langer zelfstandig en gezond te blijven en voorkomt valincidenten. In de regio vallen jaarlijks ruim 4.000 ouderen zo ernstig dat zij naar de huisarts of de spoedeisende hulp moeten. Valpreventie krijgt daarom een vaste plek in het beweegaanbod. De gemeenten breiden de valpreventiecursus In Balans uit naar alle kernen.',
 'Daarnaast zetten de gemeenten de beweegmaatjes voort: vrijwilligers die samen met een oudere wandelen, fietsen of naar een beweegles gaan. Voor ouderen in een zorginstelling komt een beweegprogramma samen met de fysiotherapeuten. In de zwembaden blijven er vaste uren voor ouderen- en therapeutisch zwemmen, met water van minimaal 30 graden.',
]),
(2, '5.2', 'Sporten met een beperking', [
 'Ruim 12 procent van de inwoners heeft een lichamelijke, verstandelijke of psychische beperking. Zij sporten half zo vaak als andere inwoners. Het aanbod is versnipperd en vaak onbekend. Het regionale sportloket, dat in 2024 is gestart, wordt uitgebreid zodat inwoners met een beperking en hun begeleiders één plek hebben om aangepast sportaanbod te vinden.',
]),
(3, '5.2.1', 'Aangepast sporten en toegankelijke accommodaties', [
 'Sportaccommodaties moeten toegankelijk zijn voor mensen met een beperking: een invalidenparkeerplaats bij de ingang, een drempelloze toegang, een aangepaste kleedruimte en een tillift in het zwembad. Bij nieuwbouw en grote renovaties is dat de norm. Voor de bestaande accommodaties maken de gemeenten een toegankelijkheidsscan, samen met ervaringsdeskundigen.',
 'Voor aangepaste sporten zoals rolstoelbasketbal, G-voetbal en zitvolleybal is vaak speciaal materiaal nodig, zoals een sportrolstoel. De gemeenten richten een regionale uitleenpool voor sporthulpmiddelen in. Daarnaast vergoeden zij een deel van het vervoer naar aangepast sportaanbod in een andere gemeente.',
]),
(2, '5.3', 'Sport en armoede', [
 'Ongeveer een op de negen kinderen in de regio groeit op in een gezin met een laag inkomen. Voor deze kinderen is het lidmaatschap van een vereniging, de sportkleding of het zwemdiploma vaak onbetaalbaar. Via het Jeugdfonds Sport & Cultuur kunnen ouders tot 18 jaar een bijdrage aanvragen voor contributie en attributen. De gemeenten verhogen de bijdrage van het jeugdfonds per kind van 225 naar 300 euro per jaar.',
 'Ook volwassenen met een laag inkomen kunnen gebruikmaken van de sportregeling van hun gemeente. Die regelingen verschillen nu per gemeente. De gemeenten maken ze gelijk: een vergoeding tot 150 euro per jaar voor inwoners met een inkomen tot 130 procent van het sociaal minimum.',
]),
(1, '6', 'Jeugd en onderwijs', [
 'Kinderen die goed leren bewegen, blijven meestal hun leven lang actief. De school is de plek waar wij alle kinderen bereiken. Daarom investeren de gemeenten samen met de schoolbesturen in bewegingsonderwijs, zwemvaardigheid en sport na schooltijd.',
]),
(2, '6.1', 'Bewegingsonderwijs en de vakleerkracht', [
 'Sinds 2023 hebben alle leerlingen in het basisonderwijs recht op twee uur bewegingsonderwijs per week. In de regio haalt nog niet elke school dat, vooral omdat er te weinig gymzalen in de buurt zijn of omdat de reistijd naar de gymzaal te lang is. Ongeveer 60 procent van de basisscholen heeft een vakleerkracht bewegingsonderwijs.',
 'De gemeenten streven ernaar dat in 2030 elke basisschool een vakleerkracht heeft. Zij dragen de eerste drie jaar de helft van de kosten van een vakleerkracht, mits het schoolbestuur de andere helft betaalt en na drie jaar de volledige kosten overneemt. Ook zorgen de gemeenten voor voldoende gymzalen binnen een redelijke afstand van de school.',
]),
(2, '6.2', 'Zwemvaardigheid', [
 'Bijna elk jaar verdrinken er in Nederland kinderen, en de regio Zandmeer heeft veel open water. Toch heeft ongeveer 8 procent van de kinderen bij het verlaten van de basisschool geen zwemdiploma. Dat zijn vooral kinderen uit gezinnen met een laag inkomen of met een migratieachtergrond.',
 'De gemeenten voeren het schoolzwemmen niet opnieuw in voor alle kinderen, maar bieden een gratis vangnet: kinderen die op hun negende nog geen A-diploma hebben, krijgen zwemles op kosten van de gemeente. Scholen en de jeugdgezondheidszorg helpen om deze kinderen te vinden.',
]),
(2, '6.3', 'Sport na schooltijd', [
 'Op veel scholen is er na schooltijd een sport- en spelaanbod van de buurtsportcoaches, vaak samen met de plaatselijke verenigingen. Kinderen maken zo kennis met verschillende sporten. De gemeenten willen dit aanbod uitbreiden naar de middelbare scholen, waar jongeren vanaf 14 jaar vaak stoppen met sporten.',
]),
(1, '7', 'Buurtsportcoaches en de openbare ruimte', [
 'Sport en bewegen gebeuren voor een groot deel buiten de vereniging: op straat, in het park en op het fietspad. Buurtsportcoaches en een uitnodigende openbare ruimte helpen inwoners om in hun eigen buurt te bewegen.',
]),
(2, '7.1', 'Buurtsportcoaches', [
 'In de regio werken nu 34 buurtsportcoaches, samen 26 fte. Zij organiseren sport- en beweegactiviteiten in de wijk, op scholen en bij verenigingen, en leiden inwoners naar passend aanbod. De gemeenten willen dat er in elke kern een vaste buurtsportcoach is die de buurt kent.',
 'De buurtsportcoaches richten zich in de komende jaren vooral op kinderen in wijken met een lage sportdeelname, op ouderen en op mensen met een beperking. Zij werken nauw samen met de wijkteams, de huisartsen en de fysiotherapeuten, zodat een huisarts een patiënt kan doorverwijzen naar een beweegprogramma.',
 'De rijksbijdrage voor buurtsportcoaches is tot en met 2028 toegezegd. De gemeenten betalen zelf 60 procent van de kosten.',
]),
(2, '7.2', 'Een openbare ruimte die uitnodigt tot bewegen', [
 'De inrichting van de openbare ruimte bepaalt voor een groot deel hoeveel mensen bewegen. Brede stoepen, veilige fietspaden, bankjes om even uit te rusten en groene plekken om te spelen maken bewegen vanzelfsprekend. De gemeenten nemen de beweegvriendelijke inrichting op in hun omgevingsplannen.',
 'Bij nieuwe woonwijken geldt de norm dat drie procent van de oppervlakte bestemd is voor spelen en bewegen. Bestaande speelplekken die verouderd zijn, worden vervangen door beweegplekken voor alle leeftijden, zoals een pannaveld, een calisthenicspark of een beweegtuin voor ouderen. Daarnaast leggen de gemeenten samen een regionaal netwerk van wandel- en hardlooproutes aan.',
]),
(1, '8', 'Sportieve evenementen', [
 'Sportieve evenementen brengen inwoners in beweging, trekken bezoekers naar de regio en maken de regio bekend. Jaarlijks vinden in de regio ruim 80 sportevenementen plaats, van de Zandmeerloop tot de Hofstede Triathlon en het regionale jeugdvoetbaltoernooi.',
 'De gemeenten stellen een regionaal evenementenfonds in van 150.000 euro per jaar. Evenementen die breed toegankelijk zijn, de eigen inwoners laten meedoen en duurzaam zijn georganiseerd, krijgen voorrang. Topsportevenementen steunen de gemeenten alleen als er ook een aanbod is voor de breedtesport, zoals een clinic voor scholen.',
 'De vergunningverlening voor evenementen wordt regionaal op elkaar afgestemd. Organisatoren krijgen één aanspreekpunt en kunnen een meerjarige vergunning aanvragen voor een terugkerend evenement.',
]),
(1, '9', 'Financiering en uitvoering', [
 'De ambities in deze visie vragen om geld, menskracht en een goede samenwerking. In dit hoofdstuk staat hoe de gemeenten de visie financieren, hoe de tarieven worden vastgesteld en hoe de voortgang wordt gevolgd.',
]),
(2, '9.1', 'Financiering', [
 'De uitvoering van deze visie kost de zes gemeenten samen jaarlijks ongeveer 2,4 miljoen euro extra bovenop de huidige sportbegroting van 21 miljoen euro. De kosten worden verdeeld naar inwonertal. Een deel wordt gedekt uit de specifieke uitkering sport en de rijksbijdrage voor buurtsportcoaches. Voor het zwembadenplan en de verduurzaming van accommodaties is een aparte investering nodig, waarover de gemeenteraden afzonderlijk besluiten.',
 ('TABLE', [['Onderdeel', 'Extra per jaar (euro)'],
  ['Verenigingsondersteuner en bestuurdersacademie', '180.000'],
  ['Vrijwilligerspas en VOG-vergoeding', '120.000'],
  ['Jeugdfonds en sportregeling volwassenen', '410.000'],
  ['Vakleerkrachten bewegingsonderwijs', '850.000'],
  ['Zwemvangnet', '140.000'],
  ['Buurtsportcoaches (uitbreiding)', '550.000'],
  ['Evenementenfonds', '150.000'],
  ['Totaal', '2.400.000']]),
]),
(2, '9.2', 'Tarieven en huur', [
 'De tarieven voor het huren van sporthallen, gymzalen en velden verschillen nu sterk tussen de gemeenten. Een uur in een sporthal kost in Graswijk 28 euro en in Zandmeer 41 euro. De gemeenten gaan naar één regionaal tarievenstelsel met drie tarieven: een tarief voor jeugd, een tarief voor volwassenen en een commercieel tarief. De tarieven stijgen jaarlijks met de inflatie.',
 'Verenigingen met veel jeugdleden gaan er naar verwachting op vooruit, verenigingen met vooral volwassen leden betalen wat meer. Het nieuwe stelsel gaat in op 1 januari 2028, met een overgangsregeling van twee jaar voor verenigingen die er meer dan 20 procent op achteruitgaan. Ook de tarieven voor zwemles en het banenzwemmen worden regionaal afgestemd.',
]),
(2, '9.3', 'Monitoring en evaluatie', [
 'De gemeenten volgen de voortgang met een regionale sportmonitor. Daarin staan jaarlijks de sportdeelname, het aandeel inwoners dat voldoet aan de beweegrichtlijnen, de bezetting van de accommodaties en het gebruik van het jeugdfonds. De sportmonitor wordt elk jaar besproken met de sportraden en aan de gemeenteraden gestuurd.',
 'In 2029 volgt een tussenevaluatie, waarin ook verenigingen en inwoners worden gevraagd naar hun ervaringen. Op basis daarvan kunnen de gemeenten de visie bijstellen.',
]),
(1, '', 'Bijlage 1: Begrippenlijst', [
 'Beweegrichtlijnen: de adviezen van de Gezondheidsraad over hoeveel een mens moet bewegen, voor volwassenen ten minste 150 minuten matig intensief per week.',
 'Buurtsportcoach: een professional die in de wijk, op school en bij verenigingen sport en bewegen organiseert, deels betaald door het Rijk.',
 'BOSA: Regeling Bouw en Onderhoud Sportaccommodaties, een rijksregeling voor verenigingen.',
 'G-sport: sport voor mensen met een beperking.',
 'Jeugdfonds Sport & Cultuur: een fonds dat de contributie en attributen betaalt voor kinderen uit gezinnen met weinig geld.',
 'Vakleerkracht bewegingsonderwijs: een leerkracht met een ALO-opleiding die de gymlessen geeft.',
 'VOG: verklaring omtrent het gedrag.',
]),
(1, '', 'Bijlage 2: Overzicht zwembaden', [
 ('TABLE', [['Zwembad', 'Gemeente', 'Soort', 'Bouwjaar', 'Exploitant'],
  ['De Zandput', 'Zandmeer', 'binnen en buiten', '1998', 'Aquazand'],
  ['Eikenhal', 'Eikenrode', 'binnen', '2011', 'Aquazand'],
  ['Het Beekbad', 'Beekhuizen', 'buiten', '1972', 'Vereniging Beekbad'],
  ['De Molenkolk', 'Molenveld', 'binnen', '1979', 'Stichting De Molenkolk'],
  ['Openluchtbad Hofstede', 'Hofstede', 'buiten', '1965', 'Vereniging Openluchtbad']]),
]),
]
