# Each letter: file, format, meta (for eml), blocks. Block kinds:
#  ('f', text)             furniture (no comment)
#  ('p', text, [sections]) a point; a number prefix '1. ' (and a heading line after it) is stripped for the label start
#  ('h', heading, text, [sections]) a point under a heading of its own (no number); label start from text
#  ('c', text)             continuation paragraph belonging to the previous point
#  ('t', rows)             a two-column table belonging to the previous point (PDF only)
#  ('fill',)               push the next point to the foot of the page so that it runs over the page break (PDF only)
#  ('q', text)             quoted earlier mail (eml only; no comment)
L = []
L.append(dict(file="01-zienswijze-gemeenteraad-hunzeloo.pdf", fmt="pdf", footer="Zienswijze gemeenteraad Hunzeloo - Gebiedsagenda Landelijk Gebied", blocks=[
('f', "Gemeenteraad van Hunzeloo"),
('f', "Postbus 25, 9530 AA Hunzeloo"),
('f', "Aan het Gebiedsteam Hunzestreek\nt.a.v. de onafhankelijk voorzitter\nPostbus 80\n9520 AB Borgerdiep"),
('f', "Hunzeloo, 15 oktober 2026"),
('f', "Onderwerp: zienswijze op de Gebiedsagenda Landelijk Gebied Hunzestreek 2027-2035"),
('f', "Geacht gebiedsteam,"),
('f', "De gemeenteraad van Hunzeloo heeft de inspraakversie van de gebiedsagenda besproken in zijn vergadering van 13 oktober 2026. De raad waardeert de zorgvuldige totstandkoming met de keukentafelgesprekken. Wij geven u hierbij onze zienswijze."),
('p', "1. De raad steunt het doel van 40 procent minder ammoniakuitstoot in 2035, maar vindt de zone van 2 kilometer rond de Natura 2000-gebieden willekeurig. Een bedrijf op 2,1 kilometer met een hoge depositie valt erbuiten, een klein bedrijf op 1,9 kilometer valt erbinnen. Wij vragen u de zone te baseren op de berekende depositie per bedrijf.", ["3.2"]),
('p', "2. De raad wijst het inzetten van onteigening bij piekbelasters, zoals genoemd op pagina 9, af. Het vertrouwen van boeren in de overheid is al laag; de dreiging van onteigening maakt de vrijwillige gesprekken bij voorbaat onmogelijk. Wij vragen u deze zin te schrappen.", ["3.2.2"]),
('p', "3. De raad is blij met het gebiedsfonds, maar mist in paragraaf 8.2 een verdeling van de 85 miljoen euro over de thema's. Nu is niet duidelijk hoeveel geld er naar de omschakeling van boeren gaat en hoeveel naar natuur. Wij vragen een indicatieve verdeling op te nemen.", ["8.2", "3.1"]),
('fill',),
('p', "4. In Hunzeloo liggen drie vakantieparken die grotendeels permanent worden bewoond. Een deel van de bewoners heeft nergens anders een plek. Als de agenda vasthoudt aan het verbod op permanente bewoning, zonder dat er passende woonruimte is, ontstaat er een sociaal probleem dat bij de gemeente terechtkomt. De raad vraagt om bij het toekomstplan per park altijd eerst te onderzoeken of transformatie naar wonen mogelijk is, en om bewoners die er al lang wonen een persoonsgebonden gedoogbeschikking te geven.", ["6.2"]),
('p', "5. De buurtbus in ons buitengebied draait op een steeds kleiner groepje vrijwilligers. De raad vraagt de regio om de werving van chauffeurs te ondersteunen en een vergoeding voor de vrijwilligers mogelijk te maken.", ["7.3"]),
('p', "6. Ten slotte vraagt de raad om de gemeenteraden een rol te geven bij de tussentijdse evaluatie in 2030, en niet alleen de colleges.", ["8.2"]),
('f', "Wij verzoeken u deze zienswijze te betrekken bij de vaststelling van de gebiedsagenda."),
('f', "Namens de raad van de gemeente Hunzeloo,\n\nde griffier,                          de voorzitter,\nmr. H.J. Oosterhuis            drs. W. Lanting"),
]))
L.append(dict(file="02-zienswijze-raad-borgerdiep.pdf", fmt="pdf", blocks=[
('f', "De gemeenteraad van Borgerdiep"),
('f', "Borgerdiep, 21 oktober 2026"),
('f', "Betreft: zienswijze gemeenteraad Borgerdiep op de concept-gebiedsagenda landelijk gebied"),
('f', "Geacht gebiedsteam,"),
('f', "Hierbij ontvangt u de zienswijze van de gemeenteraad van Borgerdiep, vastgesteld in de raadsvergadering van 20 oktober 2026."),
('p', "1. Korte ketens\nDe raad ondersteunt het coöperatieve distributiepunt in Borgerdiep en biedt aan hiervoor gemeentelijke grond bij het bedrijventerrein De Zuidwijk beschikbaar te stellen. Wel vraagt de raad om de norm van 20 procent streekproducten niet verplicht te maken voor kleine zorginstellingen.", ["3.3"]),
('p', "2. Drinkwater\nDe raad maakt zich zorgen over de waterwinning Gasselterhorn. In de tekst op pag. 13 staat dat in de intrekgebieden vanaf 2030 alleen extensieve landbouw of natuur mag voorkomen. Voor de ongeveer twaalf akkerbouwers in het intrekgebied betekent dit het einde van hun bedrijf. De raad vraagt een ruimere overgangstermijn tot 2035 en een volwaardige schadevergoeding.", ["5.3"]),
('p', "3. Vrijkomende agrarische bebouwing\nDe sloopeis van de helft van de overtollige bebouwing is voor veel stoppende boeren financieel niet op te brengen, zeker als er asbest in de daken zit. De raad vraagt om een regionale subsidie voor asbestsanering en om de sloopeis te verlagen naar een derde.", ["7.4"]),
('p', "4. Fietsveiligheid\nDe raad vraagt om de N374 tussen Borgerdiep en Drouwenermond met voorrang op te nemen in de aanpak van veilige fietsroutes. Scholieren fietsen daar dagelijks tussen trekkers en vrachtwagens.", ["7.3"]),
('p', "5. Gebiedscommissies\nDe raad vindt dat de dorpen in de gebiedscommissies zelf hun vertegenwoordigers moeten kunnen kiezen, via de verenigingen van dorpsbelangen.", ["8.1"]),
('f', "Met vriendelijke groet,\n\nDe raad van de gemeente Borgerdiep,\nde griffier, de voorzitter,\nA. Bosscher J. Kuipers"),
]))
L.append(dict(file="03-college-eexterveld.docx", fmt="docx", blocks=[
('f', "Gemeente Eexterveld"),
('f', "Aan het Gebiedsteam Hunzestreek"),
('f', "Datum: 19 oktober 2026\nOns kenmerk: 2026/RO/1187\nOnderwerp: reactie college op concept-gebiedsagenda landelijk gebied"),
('f', "Geacht gebiedsteam,"),
('f', "Het college van burgemeester en wethouders van Eexterveld heeft kennisgenomen van de inspraakversie van de gebiedsagenda. Wij onderschrijven de hoofdlijnen en hebben de volgende opmerkingen."),
('p', "- Wij vragen om de ecologische verbindingszone tussen het Drouwenerzand en het Hunzedal niet door de landbouwenclave Eexterveen te leggen, maar langs de bestaande bosrand. Een zone van 50 meter dwars door huiskavels maakt de bedrijfsvoering van vier melkveehouders onmogelijk.", ["4.1"]),
('p', "- De faunapassage onder de N34 is een provinciale verantwoordelijkheid. Wij vragen om in de agenda op te nemen dat de provincie de kosten daarvan volledig draagt.", ["4.1", "8.2"]),
('p', "- Het college steunt het herstel van 120 kilometer houtwal, maar wijst erop dat de vergoeding voor het onderhoud nu te laag is om de kosten te dekken. Zonder hogere vergoeding zullen eigenaren geen nieuwe houtwallen willen aanleggen.", ["4.2"]),
('p', "- Wij vragen om in paragraaf 7.2 ook ruimte te bieden voor woningen in het buitengebied bij de splitsing van karakteristieke boerderijen, en niet alleen op erven in de kernen.", ["7.2", "7.4"]),
('p', "- Het leefbaarheidsbudget van 10 euro per inwoner is voor dorpshuizen in kleine kernen te weinig. Een dorp van 300 inwoners krijgt dan 3.000 euro per jaar, terwijl de energierekening alleen al hoger is.", ["7.1"]),
('f', "Wij gaan graag met u in gesprek over deze punten.\n\nMet vriendelijke groet,\nBurgemeester en wethouders van Eexterveld,\nde secretaris,                de burgemeester,\ndrs. K. Wiersma               mr. T. Hofstee"),
]))
L.append(dict(file="04-adviesraad-sociaal-domein-drouwenermond.docx", fmt="docx", blocks=[
('f', "Adviesraad Sociaal Domein Drouwenermond"),
('f', "Drouwenermond, 12 oktober 2026"),
('f', "Onderwerp: ongevraagd advies over de Gebiedsagenda Landelijk Gebied Hunzestreek"),
('f', "Geachte leden van het gebiedsteam,"),
('f', "De Adviesraad Sociaal Domein Drouwenermond geeft u hierbij ongevraagd advies over de gebiedsagenda. Wij beperken ons tot de onderdelen die raken aan de leefbaarheid en het welzijn van inwoners."),
('p', "1. De agenda besteedt veel aandacht aan boeren en natuur, maar weinig aan de mensen achter de boerderij. Het stoppen van een bedrijf gaat vaak gepaard met financiële zorgen, spanningen in het gezin en eenzaamheid. De adviesraad adviseert om naast het bedrijfsadvies ook een erfcoach of sociaal werker beschikbaar te stellen.", ["3.1", "2.2"]),
('p', "2. Vervoer op afroep is voor ouderen zonder smartphone moeilijk te gebruiken. Wij adviseren dat ritten ook telefonisch en zonder lange vooraf-boektijd kunnen worden aangevraagd.", ["7.3"]),
('p', "3. Wij adviseren bij de toekomstplannen voor vakantieparken de bewoners zelf te spreken voordat er besluiten vallen. Op de parken wonen veel kwetsbare mensen die niet naar een inspraakavond komen.", ["6.2"]),
('p', "4. In het kindcentrum dat in paragraaf 7.1 wordt genoemd, zouden ook het consultatiebureau en de wijkverpleging een plek kunnen krijgen. Zo blijft zorg dichtbij.", ["7.1"]),
('p', "5. De adviesraad heeft in juni gevraagd om de vergaderstukken van de adviesraden voortaan digitaal te ontvangen. Wij hebben daarop nog steeds geen antwoord gekregen van de gemeente.", []),
('f', "Met vriendelijke groet,\nnamens de Adviesraad Sociaal Domein Drouwenermond,\n\nGerda Brouwer-Smit, voorzitter"),
]))
L.append(dict(file="05-waterschap-hunzedal.pdf", fmt="pdf", blocks=[
('f', "Waterschap Hunzedal\nPostbus 195\n9640 AD Veendam-Noord"),
('f', "Aan het Gebiedsteam Hunzestreek\nPostbus 80\n9520 AB Borgerdiep"),
('f', "Datum: 23 oktober 2026\nKenmerk: WH/2026/08812\nOnderwerp: reactie Waterschap Hunzedal op de Gebiedsagenda Landelijk Gebied"),
('f', "Geacht gebiedsteam,"),
('f', "Het dagelijks bestuur van het Waterschap Hunzedal is als partner betrokken geweest bij het opstellen van de gebiedsagenda. Wij onderschrijven de agenda op hoofdlijnen. Op een aantal punten vragen wij om een aanscherping of correctie."),
('h', "Bufferstroken", "Het waterschap vindt een uniforme bufferstrook van vijf meter langs alle KRW-waterlopen niet doelmatig. Op sommige trajecten is een bredere strook nodig, elders volstaat minder. Wij stellen voor de breedte af te stemmen op de kwetsbaarheid van de waterloop, zoals in de onderstaande tabel.", ["5.1"]),
('t', [["Type waterloop", "Voorgestelde breedte bufferstrook"], ["Beek in het Hunzedal (KRW)", "10 meter"], ["Gekanaliseerde wijk in de veenkoloniën", "3 meter"], ["Overige KRW-waterloop", "5 meter"], ["Overige watergang", "1 meter"]]),
('c', "Wij werken deze differentiatie graag samen met LTO Noord uit in het gebiedsproces."),
('h', "Peilverhoging", "De tekst in paragraaf 5.2 wekt de indruk dat het peil in de hele veenkoloniale ondergrond omhoog gaat. Dat is niet zo: het waterschap verhoogt het peil alleen in peilvakken waar dit na een gebiedsgerichte afweging mogelijk is. Wij vragen u de tekst hierop aan te passen, zodat grondeigenaren niet onnodig ongerust worden.", ["5.2"]),
('h', "Beregening", "Het beperken van grondwateronttrekkingen in droge perioden vraagt een goede registratie van alle beregeningsputten. Wij vragen de gemeenten om bij vergunningverlening voor nieuwe putten het waterschap te betrekken.", ["5.2"]),
('h', "Financiering", "De bijdrage van het waterschap aan de 40 miljoen euro die gemeenten en waterschap samen opbrengen, is nog niet bestuurlijk vastgesteld. Wij vragen om in de tabel van Bijlage 2 bij de maatregelen van het waterschap de opmerking 'onder voorbehoud van financiering' op te nemen.", ["8.2", "Bijlage 2"]),
('f', "Hoogachtend,\n\nhet dagelijks bestuur van het Waterschap Hunzedal,\n\nir. B. Hazenberg, dijkgraaf\nmr. S. Veenstra, secretaris-directeur"),
]))
L.append(dict(file="06-lto-noord-hunzestreek.eml", fmt="eml", frm="LTO Noord afdeling Hunzestreek <hunzestreek@ltonoord.example.nl>", date="Mon, 26 Oct 2026 16:48:22 +0100", subject="Zienswijze LTO Noord afdeling Hunzestreek op gebiedsagenda", blocks=[
('f', "Geacht gebiedsteam,"),
('f', "Namens de ruim 450 leden van LTO Noord afdeling Hunzestreek geven wij onze zienswijze op de inspraakversie van de Gebiedsagenda Landelijk Gebied."),
('p', "1. Wij missen een perspectief voor de blijvers. De agenda gaat uitgebreid in op opkoop, extensivering en stoppen, maar zegt weinig over boeren die door willen. Zij hebben zekerheid nodig over hun vergunningen en investeringsruimte. Neem in hoofdstuk 3 een paragraaf op over het perspectief voor blijvende bedrijven.", ["3.1", "3"]),
('p', "2. Het streven om opgekochte stikstofruimte voor ten minste 60 procent in te zetten voor natuurherstel, betekent dat er niets overblijft voor de eigen ontwikkeling van agrarische bedrijven. Wij vragen een deel van de ruimte te reserveren voor jonge boeren en voor PAS-melders, die al jaren zonder geldige vergunning zitten.", ["3.2.1"]),
('p', "3. Een bufferstrook van vijf meter kost een gemiddeld akkerbouwbedrijf in de veenkoloniën een paar hectare. De vergoeding per strekkende meter moet daarom marktconform zijn en jaarlijks worden geïndexeerd.", ["5.1"]),
('p', "4. Peilverhoging in de veenkoloniën maakt de teelt van zetmeelaardappelen op lage percelen onmogelijk. Wij vragen dat er geen peil wordt verhoogd zonder instemming van de betrokken grondgebruikers.", ["5.2"]),
('p', "5. Klompenpaden over boerenland zijn alleen acceptabel als de boer zelf beslist en aansprakelijkheid voor ongevallen is uitgesloten. Ook overlast van loslopende honden bij het vee moet worden aangepakt.", ["6.1"]),
('p', "6. De gebiedsregisseur moet kennis hebben van de landbouw en het vertrouwen genieten van de boeren. Wij vragen om LTO te betrekken bij de selectie.", ["8.1"]),
('f', "Wij zijn graag bereid onze zienswijze toe te lichten.\n\nMet vriendelijke groet,\n\nJan-Willem Dijkhuis\nvoorzitter LTO Noord afdeling Hunzestreek"),
]))
L.append(dict(file="07-stichting-landschapsbeheer-hunzestreek.txt", fmt="txt", blocks=[
('f', "Stichting Landschapsbeheer Hunzestreek\nDorpsstraat 14\n9531 BK Annerwolde"),
('f', "Annerwolde, 22 oktober 2026"),
('f', "Aan: Gebiedsteam Hunzestreek\nBetreft: reactie op de Gebiedsagenda Landelijk Gebied Hunzestreek 2027-2035"),
('f', "Geacht gebiedsteam,"),
('f', "Met veel belangstelling hebben wij de inspraakversie gelezen. De Stichting Landschapsbeheer Hunzestreek begeleidt al dertig jaar vrijwilligers en grondeigenaren bij het onderhoud van het kleinschalige landschap. Hieronder onze reactie per onderwerp."),
('h', "Houtwallen en singels", "De ambitie van 120 kilometer houtwal is mooi, maar zonder vrijwilligers en een blijvende beheerorganisatie verdwijnen nieuwe houtwallen binnen tien jaar weer. Wij vragen om naast de aanleg ook het beheer voor ten minste dertig jaar te financieren.", ["4.2"]),
('h', "Weidevogels", "Later maaien helpt alleen als er ook genoeg water in de percelen staat. In de Gasselter Made is het plas-drasgebied de laatste twee voorjaren te vroeg drooggevallen. Wij vragen het waterschap in de weidevogelkerngebieden het peil tot half juni hoog te houden.", ["4.3", "5.2"]),
('h', "Erfbeplanting bij vrijkomende erven", "Bij de herbestemming van vrijkomende agrarische bebouwing zou een goed erfbeplantingsplan verplicht moeten zijn. Zo past de nieuwe functie weer in het landschap.", ["7.4", "4.2"]),
('h', "Essen en cultuurhistorie", "In paragraaf 2.1 worden de essen genoemd, maar verderop in de agenda komt hun bescherming niet meer terug. Wij missen een maatregel tegen het egaliseren van essen en het verwijderen van steilranden.", ["2.1", "4.2"]),
('h', "Snoeihout", "Wij ondersteunen het benutten van snoeihout in de streek en bieden aan een houtbank op te zetten waar vrijwilligers en eigenaren het hout kunnen afzetten.", ["4.2"]),
('f', "Met vriendelijke groet,\n\nStichting Landschapsbeheer Hunzestreek\nR. Kremer, directeur"),
]))
L.append(dict(file="08-recreatieondernemers-hunzedal.docx", fmt="docx", blocks=[
('f', "Vereniging Recreatieondernemers Hunzedal"),
('f', "Gasselterhorn, 16 oktober 2026"),
('f', "Onderwerp: zienswijze op de Gebiedsagenda Landelijk Gebied"),
('f', "Geachte heer, mevrouw,"),
('f', "De Vereniging Recreatieondernemers Hunzedal vertegenwoordigt 64 campings, vakantieparken, bed and breakfasts en horecabedrijven in het gebied. Wij reageren als volgt op de gebiedsagenda."),
('p', "Wij zijn blij dat de vrijetijdseconomie een eigen hoofdstuk heeft gekregen. Wel missen wij een concreet doel. Stel een doel voor het aantal overnachtingen en de werkgelegenheid in de sector, zodat de voortgang in de gebiedsmonitor kan worden gevolgd.", ["6", "8.2"]),
('p', "Het verbod op permanente bewoning moet worden gehandhaafd. Parken waar mensen permanent wonen, trekken geen toeristen meer en verpauperen. Wij vragen de gemeenten om daar eindelijk actief te handhaven in plaats van een toekomstplan per park af te wachten.", ["6.2"]),
('p', "Kamperen bij de boer tot 25 plaatsen is oneerlijke concurrentie voor reguliere campings, die aan veel strengere eisen moeten voldoen. Wij vragen dezelfde regels voor brandveiligheid en sanitair te laten gelden.", ["6.2"]),
('p', "Voor de toeristische overstappunten vragen wij ook aandacht voor oplaadpunten voor elektrische auto's en campers, niet alleen voor e-bikes.", ["6.1"]),
('p', "De toeristenbelasting is in de zes gemeenten verschillend. Wij vragen de gemeenten één regionaal tarief af te spreken.", []),
('f', "Met vriendelijke groet,\n\nbestuur Vereniging Recreatieondernemers Hunzedal\nM. Smeenge, voorzitter"),
]))
L.append(dict(file="09-waterbedrijf-drenthe-noord.eml", fmt="eml", frm="Team Bronbescherming <bronbescherming@wbdn.example.nl>", date="Thu, 22 Oct 2026 11:05:47 +0200", subject="Reactie Waterbedrijf Drenthe-Noord - gebiedsagenda Hunzestreek", blocks=[
('f', "Geacht gebiedsteam,"),
('f', "Waterbedrijf Drenthe-Noord levert drinkwater aan ruim 90.000 huishoudens in het gebied, voor een groot deel uit de winningen Annerwolde en Gasselterhorn. Wij reageren graag op de gebiedsagenda."),
('p', "1. Wij steunen het doel om in de intrekgebieden vanaf 2030 alleen nog extensieve landbouw of natuur toe te staan. Zonder deze maatregel moeten wij binnen tien jaar een nieuwe zuiveringsstap bouwen, met hogere kosten voor alle klanten.", ["5.3"]),
('p', "2. In de tekst staat \"rond de waterwinningen Annerwolde en Gasselterhorn\". Ook de kleinere winning Eexterveen ligt in het gebied en heeft te maken met stijgende nitraatwaarden. Wij vragen ook die winning op te nemen.", ["5.3"]),
('p', "3. Wij zijn bereid financieel bij te dragen aan de gebiedsovereenkomst, bijvoorbeeld met een vergoeding voor boeren die in het intrekgebied overschakelen op biologische teelt. Wij vragen om deze bijdrage in de financieringstabel van hoofdstuk 8 te vermelden.", ["5.3", "8.2"]),
('f', "Met vriendelijke groet,\n\nir. Anneke Boersma\nmanager Bronbescherming\nWaterbedrijf Drenthe-Noord"),
]))
L.append(dict(file="10-dorpsbelangen-annerwolde.txt", fmt="txt", blocks=[
('f', "Vereniging Dorpsbelangen Annerwolde"),
('f', "Annerwolde, 30 september 2026"),
('f', "Aan het Gebiedsteam Hunzestreek"),
('f', "Onderwerp: reactie op de gebiedsagenda"),
('f', "Beste mensen van het gebiedsteam,"),
('f', "Op onze ledenvergadering van 24 september hebben we de gebiedsagenda besproken. Er waren ruim zestig dorpsgenoten. Dit zijn de punten die zij ons hebben meegegeven:"),
('p', "a) Het ontbrekende fietspad tussen Annerwolde en de Gasselter Made staat al twintig jaar op de wensenlijst. Wij zijn blij dat het in de agenda staat, maar 2030 is te laat. Kinderen fietsen nu over een smalle weg zonder verlichting.", ["6.1", "Bijlage 2", "7.3"]),
('p', "b) Onze basisschool heeft nog 31 leerlingen. Wij willen graag met de gemeente aan de slag met een kindcentrum zoals in hoofdstuk 7 staat, en vragen om daar nu al geld voor te reserveren.", ["7.1"]),
('p', "c) Er zijn in Annerwolde al tien jaar geen nieuwe woningen gebouwd. Jonge gezinnen vertrekken. Wij willen dat de gemeente de grond achter het dorpshuis beschikbaar stelt voor een CPO-project voor starters.", ["7.2"]),
('p', "d) De Annerwoldse Broeken worden weidevogelkerngebied. Veel dorpsgenoten wandelen daar met de hond. Wij vragen om duidelijke afspraken over wanneer en waar wandelen nog mag, zonder het gebied helemaal af te sluiten.", ["4.3"]),
('p', "e) Bij de waterwinning Annerwolde rijden steeds meer vrachtwagens door de Dorpsstraat. Kan de aanvoerroute worden verlegd?", []),
('f', "Met vriendelijke groet,\nhet bestuur van Vereniging Dorpsbelangen Annerwolde\nHenk Mulder (secretaris)"),
]))
L.append(dict(file="11-mail-inwoner-scholten.eml", fmt="eml", frm="Pieter Scholten <p.scholten62@example.nl>", date="Sat, 24 Oct 2026 09:31:15 +0200", subject="Re: Uw reactie op de gebiedsagenda Hunzestreek", blocks=[
('f', "Goedemorgen,"),
('f', "Dank voor uw snelle antwoord. Hieronder zoals gevraagd mijn punten wat duidelijker op een rij."),
('p', "Ten eerste het peilbesluit. Ons huis in Gasselterhorn-Veenwijk staat op houten palen. Als het waterschap het peil verhoogt, is dat goed voor de palen, maar ik heb nu al water in de kruipruimte. Wie betaalt de schade als mijn kelder vaker onder water staat? Dat staat nergens in paragraaf 5.2.", ["5.2"]),
('p', "Ten tweede de buurtbus. Sinds de dienstregeling in augustus is ingekort rijdt er na zes uur 's avonds niets meer. Voor mij als iemand zonder rijbewijs betekent dat dat ik 's avonds nergens naartoe kan.", ["7.3"]),
('p', "En ten derde: ik mis in de hele agenda iets over de glasvezel. In ons buitengebied is nog steeds geen snel internet, terwijl dat voor thuiswerken en voor de boeren onmisbaar is.", []),
('f', "Met vriendelijke groet,\nPieter Scholten"),
('q', "Op 20 okt. 2026 om 14:02 schreef Gebiedsteam Hunzestreek <gebiedsagenda@hunzestreek.example.nl>:\n> Geachte heer Scholten,\n>\n> Dank voor uw telefonische reactie van vorige week op de Gebiedsagenda Landelijk Gebied.\n> Om uw zienswijze goed te kunnen verwerken, vragen wij u uw punten per e-mail aan ons te\n> sturen, bij voorkeur met een verwijzing naar de paragraaf waar zij over gaan.\n> De inspraaktermijn loopt tot en met 26 oktober 2026.\n>\n> Met vriendelijke groet,\n> Gebiedsteam Hunzestreek"),
]))
L.append(dict(file="12-reactie-maatschap-van-der-veen.docx", fmt="docx", blocks=[
('f', "Maatschap Van der Veen\nMelkveehouderij De Hunzehoeve\nBroekweg 7\n9534 PK Drouwenermond"),
('f', "Drouwenermond, 18 oktober 2026"),
('f', "Aan het Gebiedsteam Hunzestreek"),
('f', "Betreft: zienswijze gebiedsagenda"),
('f', "Geacht gebiedsteam,"),
('f', "Wij zijn een familiebedrijf met 140 melkkoeien op 1,6 kilometer van het Drouwenerzand. Onze zoon wil het bedrijf over vijf jaar overnemen. De gebiedsagenda raakt ons dus direct."),
('p', "Op pagina 7 staat dat boeren in de zone rond de Natura 2000-gebieden \"vrijwillig\" kunnen deelnemen. Maar als daarna in paragraaf 3.2.2 onteigening niet wordt uitgesloten, is er van vrijwilligheid geen sprake meer. Wij vragen een duidelijke garantie dat bedrijven die zelf hun uitstoot verminderen niet gedwongen worden te stoppen.", ["3.2.1", "3.2.2"]),
('p', "Wij hebben in 2024 een emissiearme stal gebouwd en onze koeien lopen 200 dagen per jaar buiten. Die investeringen moeten meetellen. Wij vragen dat boeren die al hebben geïnvesteerd in emissiereductie dat kunnen laten meewegen in de gebiedsgerichte verdeling van de reductieopgave.", ["3.2"]),
('p', "Het gratis bedrijfsadvies van een onafhankelijk erfbetreder is een goed idee. Maar het advies moet vertrouwelijk blijven en niet worden gedeeld met de provincie zonder onze toestemming.", ["3.1"]),
('p', "Tot slot: de keukentafelgesprekken waren prettig, maar wij hebben na afloop nooit meer iets gehoord over wat er met onze inbreng is gedaan.", ["1.2"]),
('f', "Met vriendelijke groet,\n\nGeert en Marieke van der Veen"),
]))
L.append(dict(file="13-inwoner-de-boer.pdf", fmt="pdf", blocks=[
('f', "A. de Boer\nKanaal Noord 112\n9536 TE Gasselterhorn"),
('f', "Gasselterhorn, 8 oktober 2026"),
('f', "Aan het Gebiedsteam Hunzestreek\nPostbus 80\n9520 AB Borgerdiep"),
('f', "Betreft: reactie op de gebiedsagenda"),
('f', "Geachte heer/mevrouw,"),
('f', "Ik woon sinds 1987 aan het kanaal en heb de volgende opmerkingen over de gebiedsagenda."),
('p', "1. Het kanaal achter mijn huis wordt in de agenda genoemd als ruggengraat voor kanoroutes. Ik ben niet tegen kanoërs, maar er is nu al 's zomers veel overlast van lawaai en afval op de steigers. Ik vraag om toezicht en afvalbakken als de routes worden aangelegd.", ["6.1"]),
('p', "2. Ik lees in hoofdstuk 5 dat de waterkwaliteit slecht is. Het water in ons kanaal is in augustus groen van de blauwalg. Ik zou graag zien dat ook de kanalen in de veenkoloniën worden aangepakt, niet alleen de beken.", ["5.1"]),
('p', "3. De houtwal langs de Kanaal Noord is vorig jaar door de gemeente gekapt en niet herplant. Ik stel voor om daar met de aanplant van de 120 kilometer te beginnen.", ["4.2"]),
('f', "Met vriendelijke groet,\n\nA. de Boer"),
]))
L.append(dict(file="14-inwoner-hendriks.txt", fmt="txt", blocks=[
('f', "Van: Lotte Hendriks, Hondsrugweg 3, Eexterveld"),
('f', "Eexterveld, 25 oktober 2026"),
('f', "Aan het gebiedsteam,"),
('p', "Ik ben blij met de plannen voor natuur en houtwallen. Ik ben moeder van twee jonge kinderen en we wandelen veel in het Drouwenerzand. Wel zou ik willen vragen om bij de verbindingszone ook een wandelpad aan te leggen, zodat je van het ene gebied naar het andere kunt lopen.", ["4.1", "6.1"]),
('p', "Verder vind ik dat er te veel wordt gespoten op de lelievelden bij ons in de buurt. Op pag. 12 gaat het over bufferstroken langs water, maar hoe zit het met de afstand tot huizen en speelplaatsen? Daar moet ook een regel voor komen.", ["5.1"]),
('p', "Ook zou ik graag zien dat de gemeente de speeltuin in onze straat opknapt, die is al jaren verwaarloosd.", []),
('f', "Groeten,\nLotte Hendriks"),
]))

# One campaign letter ("Boer zoekt toekomst", Platform Boer en Buiten) sent by three residents,
# each with small personal variations.
def campaign(file, fmt, name, place, date, intro_extra, extra_point=None, wording=0):
    p1 = ["Ik vind dat de opkoop van boerenbedrijven echt vrijwillig moet blijven. Schrap daarom de mogelijkheid van onteigening uit hoofdstuk 3.",
          "Ik vind dat de opkoop van boerenbedrijven echt vrijwillig moet blijven. Haal de mogelijkheid van onteigening van piekbelasters uit hoofdstuk 3."][wording]
    blocks = [
        ('f', f"{place}, {date}"),
        ('f', "Aan het Gebiedsteam Hunzestreek"),
        ('f', "Onderwerp: Boer zoekt toekomst - mijn zienswijze op de gebiedsagenda"),
        ('f', "Geacht gebiedsteam,"),
        ('f', "Met deze brief reageer ik op de Gebiedsagenda Landelijk Gebied Hunzestreek, via de actie Boer zoekt toekomst van het Platform Boer en Buiten." + intro_extra),
        ('p', "1. " + p1, ["3.2.2", "3.2.1"]),
        ('p', "2. Landbouwgrond die vrijkomt, moet eerst worden aangeboden aan jonge boeren uit de streek, voordat er natuur van wordt gemaakt.", ["3.2.1", "4.1"]),
        ('p', "3. Het gebiedsfonds moet voor minstens de helft naar boeren gaan die willen blijven boeren, en niet alleen naar stoppers.", ["8.2", "3.1"]),
    ]
    if extra_point:
        blocks.append(('p', "4. " + extra_point[0], extra_point[1]))
    blocks.append(('f', f"Met vriendelijke groet,\n\n{name}"))
    d = dict(file=file, fmt=fmt, blocks=blocks)
    return d

L.append(campaign("15-boer-zoekt-toekomst-visser.txt", "txt", "Ilse Visser", "Drouwenermond", "17 oktober 2026",
                  " Ik ben zelf de dochter van een akkerbouwer en zie hoe onzeker mijn ouders zijn over de toekomst."))
d = campaign("16-boer-zoekt-toekomst-jonker.eml", "eml", "Roelof Jonker", "Borgerdiep", "19 oktober 2026", "",
             extra_point=("Daarnaast wil ik kwijt dat de windmolens langs het kanaal 's nachts veel te veel herrie maken.", []))
d.update(frm="Roelof Jonker <roelof.jonker@example.nl>", date="Mon, 19 Oct 2026 21:14:09 +0200", subject="Boer zoekt toekomst")
L.append(d)
L.append(campaign("17-boer-zoekt-toekomst-postma.docx", "docx", "Sietske Postma", "Annerwolde", "20 oktober 2026",
                  " Wij wonen al drie generaties op een boerderij aan de Broekweg.", wording=1))
