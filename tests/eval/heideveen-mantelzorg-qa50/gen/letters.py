# The responses of QA50 (fictional). Blocks: ('f', text) letter furniture (letterhead, salutation,
# signature, an opening without a view), ('h', text) a topic heading that is no point by itself, ('sp', mm)
# (fpdf2 only) the next point starts mm above the foot of the page, so that it runs on to the next page,
# ('row', nr, reference, text, sections) a row of a letter's table of points, ('q', text) a passage the
# writer copied from the draft (10: the reply written inline under the draft's own words), ('pt', text,
# sections[, start]) a labelled point (start: the first words of the point's own text after its number,
# letter or bullet, unless given; a topic line above the point is not part of it).
# Consultation: ter inzage 14 september t/m 26 oktober 2026 (deadline 2026-10-26). The draft is a 20-page
# PDF typeset by Typst; the cover has no number, Inhoud and Voorwoord are pages i and ii, and the count
# starts again at 1 on chapter 1, so the printed page is the PDF page minus 3 ('Pagina 6 van 17' is the
# PDF's 9th page). Printed pages: 1 hfst 1 (1.1 with footnote 1, 1.2, 1.3); 2 hfst 2, 2.1 (Figuur 1,
# footnote 2), 2.2 (kader 'Een mantelzorger aan het woord'); 3 2.2 (end: the 7 procent), 2.3 (footnote 3);
# 4 hfst 3, 3.1, 3.2, 3.3; 5 3.3 (end), 3.4; 6 hfst 4, 4.1, Tabel 1 (rows Dagbesteding .. Logeren voor
# kinderen); 7 Tabel 1 (header repeated; Weekendopvang jongeren, Respijtbudget), footnote 4, 4.2, 4.3;
# 8 4.3 (end); 9 hfst 5 in two columns (5.1, 5.2, 5.3); 10 hfst 6, 6.1, 6.2, 6.3; 11 6.3 (end); 12 hfst
# 7, 7.1 (footnote 5), 7.2; 13 hfst 8, 8.1, 8.2; 14 hfst 9, 9.1 (Tabel 2), 9.2; 15 9.2 (end); 16
# Bijlage 1: Begrippenlijst; 17 Bijlage 2: Locaties steunpunt mantelzorg.
LETTERS = []
def L(file, fmt, blocks, **kw):
    LETTERS.append(dict(file=file, fmt=fmt, blocks=blocks, **kw))

L('01-zienswijze-raad-heideveen.pdf', 'pdf_typst', [
 ('f', 'Gemeenteraad van Heideveen\nStationsplein 1\n7801 AA Heideveen'),
 ('f', 'Aan het Portefeuillehoudersoverleg Sociaal Domein Regio Heideveen\nPostbus 200\n7800 AE Heideveen'),
 ('f', 'Heideveen, 20 oktober 2026\nOnderwerp: zienswijze op de ontwerp-Regiovisie Mantelzorg en Respijtzorg 2027-2030\nKenmerk: RG-2026-188'),
 ('f', 'Geacht overleg,'),
 ('f', 'De gemeenteraad van Heideveen heeft in zijn vergadering van 15 oktober 2026 de ontwerp-regiovisie „Samen zorgen, samen dragen” besproken. De raad geeft de volgende zienswijze.'),
 ('pt', 'De raad steunt de uitbreiding van het steunpunt tot 8 fte (pag. 4), maar vindt 2028 te laat. De wachttijd voor een mantelzorggesprek is nu al drie weken. De raad vraagt om de uitbreiding in 2027 te laten ingaan en de extra uren eerst in te zetten voor outreachend werken in de wijken van Heideveen met veel ouderen.', ['3.1']),
 ('pt', 'De raad kan instemmen met de concentratie van de logeeropvang op één locatie in Heideveen, maar wil dat de regio eerst met de bewoners van Brakelo en Hoogloon in gesprek gaat over het vervoer van deur tot deur. Zonder goed vervoer zal de logeeropvang voor hen in de praktijk niet bereikbaar zijn.', ['4.2']),
 ('pt', 'De visie spreekt van „tot twintig dagdelen per jaar respijtzorg” zonder aanvraag bij de gemeente. De raad vraagt om de proef niet alleen in Oldenmark en Westerzijl te houden, maar ook in een wijk van Heideveen, zodat ook de ervaringen in een stedelijke omgeving worden meegenomen.', ['4.3']),
 ('pt', 'Heideveen betaalt als centrumgemeente de huisvesting van het steunpunt. De raad vraagt om die kosten in de meerjarenbegroting zichtbaar te maken en ze vanaf 2028 ook naar rato van het aantal volwassen inwoners over de vijf gemeenten te verdelen.', ['9.1']),
 ('pt', 'De raad ontvangt de regionale rapportage graag, maar wil naast de cijfers ook de ervaringen van mantelzorgers zelf terugzien. Wij vragen om in de rapportage ook een paar verhalen van mantelzorgers op te nemen en de resultaten van de tafelgesprekken te delen.', ['9.2']),
 ('f', 'Hoogachtend,\nde raad van de gemeente Heideveen,\n\nde griffier, mr. S.E. Bakker\nde voorzitter, drs. R.J. Timmerman'),
])

L('02-zienswijze-raad-brakelo.pdf', 'pdf_fpdf', [
 ('f', 'GEMEENTERAAD BRAKELO\nKerkstraat 1, 7812 AB Brakelo'),
 ('f', 'Aan: Portefeuillehoudersoverleg Sociaal Domein Regio Heideveen\nBrakelo, 22 oktober 2026\nBetreft: zienswijze ontwerp-regiovisie mantelzorg'),
 ('f', 'Geacht overleg,'),
 ('f', 'De raad van Brakelo heeft op 21 oktober 2026 over de ontwerp-regiovisie gesproken. Wij ordenen onze zienswijze naar drie onderwerpen.'),
 ('h', 'A. Logeerhuis De Boei'),
 ('pt', '1. De raad is tegen het sluiten van logeerhuis De Boei. De Boei is in Brakelo een begrip; veel inwoners hebben er een partner of ouder laten logeren, vaak bij vrijwilligers die zij kennen. Een verbouwing van 1,2 miljoen euro is veel geld, maar het verlies van een vertrouwde plek in het dorp weegt voor de raad zwaarder. De raad vraagt om ook een variant uit te werken waarin De Boei blijft, eventueel met minder bedden.', ['4.2'], 'De raad is tegen het sluiten van logeerhuis De Boei'),
 ('pt', '2. Als De Boei toch sluit, moet het vervoer van deur tot deur gratis zijn en door de regio worden geregeld. De raad wil niet dat het vervoer een nieuwe drempel wordt voor mantelzorgers in Brakelo.', ['4.2'], 'Als De Boei toch sluit, moet het vervoer'),
 ('h', 'B. Waardering en jonge mantelzorgers'),
 ('pt', '1. De raad steunt één regionale mantelzorgwaardering van 75 euro, een verbetering voor onze inwoners. De verplichte registratie bij het steunpunt mag echter geen drempel zijn: veel mantelzorgers in Brakelo kennen het steunpunt niet. Laat de aanvraag ook via het dorpshuis kunnen.', ['6.2'], 'De raad steunt één regionale mantelzorgwaardering'),
 ('pt', '2. Figuur 1 op pagina 2 laat zien dat 15 procent van de volwassenen in Brakelo mantelzorger is. De raad mist cijfers over de jonge mantelzorgers per gemeente en vraagt die in de monitor op te nemen.', ['2.1', '5.1'], 'Figuur 1 op pagina 2 laat zien'),
 ('h', 'C. Financiën'),
 ('sp', 22),
 ('pt', '1. In de tabel op pagina 14 staat dat de kosten van de logeeropvang stijgen van 610.000 euro in 2027 tot 710.000 euro in 2030, terwijl in de tekst staat dat een deel van de uitbreiding wordt gedekt doordat De Boei sluit. Voor de raad is niet duidelijk hoeveel de sluiting van De Boei oplevert en waar dat geld naartoe gaat. De raad vraagt om een aparte financiële onderbouwing van de nieuwe logeeropvang in Heideveen, met de kosten van het vervoer erbij, voordat de besluitvorming over De Boei plaatsvindt.', ['9.1', '4.2'], 'In de tabel op pagina 14 staat'),
 ('pt', '2. De verdeling van de kosten naar het aantal volwassen inwoners vindt de raad redelijk.', ['9.1'], 'De verdeling van de kosten naar het aantal'),
 ('f', 'Met vriendelijke groet,\nnamens de gemeenteraad van Brakelo,\n\nH. Scholten, griffier\nA.M. de Wit-Lammers, voorzitter'),
])

L('03-reactie-college-oldenmark.docx', 'docx_sub', [
 ('f', 'Gemeente Oldenmark\nCollege van burgemeester en wethouders\nMarktplein 1\n7830 AC Oldenmark'),
 ('f', 'Portefeuillehoudersoverleg Sociaal Domein Regio Heideveen\nt.a.v. de projectleider mantelzorg'),
 ('f', 'Datum: 16 oktober 2026\nOns kenmerk: 2026/SD/0917\nOnderwerp: reactie op de ontwerp-Regiovisie Mantelzorg en Respijtzorg'),
 ('f', 'Geachte leden van het portefeuillehoudersoverleg,'),
 ('f', 'Ons college heeft met belangstelling kennisgenomen van de ontwerp-regiovisie. Hieronder geven wij onze reactie.'),
 ('pt', '1. Wij zijn blij dat de proef met het respijtbudget in Oldenmark van start gaat (paragraaf 4.3). Voor een goede proef vragen wij:\na. een vaste startdatum, uiterlijk 1 april 2027;\nb. dat onze eigen Wmo-consulenten bij de keuze van de deelnemers worden betrokken;\nc. dat de criteria voor de evaluatie vooraf worden vastgesteld, zodat na een jaar echt kan worden besloten.', ['4.3'], 'Wij zijn blij dat de proef met het respijtbudget'),
 ('pt', '2. Het regionale gespreksmodel voor het mantelzorggesprek ondersteunen wij. Onze consulenten werken nu met een eigen vragenlijst. Wij vragen om een overgangsperiode van een half jaar en om een gezamenlijke training van de consulenten van de vijf gemeenten en het steunpunt.', ['3.2'], 'Het regionale gespreksmodel voor het mantelzorggesprek'),
 ('pt', '3. Het inloopspreekuur van het steunpunt in Oldenmark is nu alleen op woensdagmiddag in de bibliotheek. Dat is te weinig voor een gemeente met elf kernen. Wij vragen om:\na. een tweede dagdeel, bij voorkeur in de avond;\nb. een mobiel spreekuur dat de kernen afgaat.', ['Bijlage 2', '3.1'], 'Het inloopspreekuur van het steunpunt in Oldenmark'),
 ('pt', '4. In voetnoot 3 staat dat de beleidsregels over gebruikelijke zorg in 2027 op elkaar worden afgestemd. Wij gaan ervan uit dat dit niet leidt tot een strengere toepassing in Oldenmark dan nu.', ['2.3']),
 ('pt', '5. Wij zijn blij dat het Alzheimer Café ook naar Oldenmark komt en bieden daarvoor ruimte aan in het nieuwe kulturhus.', ['8.2']),
 ('f', 'Met vriendelijke groet,\nburgemeester en wethouders van Oldenmark,\nde secretaris, J. Pruim\nde burgemeester, W.F. Hogenkamp'),
])

L('04-advies-adviesraad-sociaal-domein-westerzijl.pdf', 'pdf_typst_cols', [
 ('f', 'Adviesraad Sociaal Domein Westerzijl'),
 ('f', 'Aan het college van burgemeester en wethouders van Westerzijl en het Portefeuillehoudersoverleg Sociaal Domein Regio Heideveen\nWesterzijl, 19 oktober 2026\nBetreft: gevraagd advies ontwerp-regiovisie Mantelzorg en Respijtzorg 2027-2030'),
 ('f', 'Geacht college, geacht overleg,'),
 ('f', 'De Adviesraad Sociaal Domein Westerzijl heeft de ontwerp-regiovisie besproken in zijn vergadering van 12 oktober 2026. Hij geeft u graag het volgende advies.'),
 ('pt', 'Advies 1. De ambitie om het aandeel zwaar belaste mantelzorgers in 2030 onder de 7 procent te brengen, vindt de adviesraad weinig ambitieus. Het gaat nu om 9 procent. Bovendien is niet duidelijk hoe dit wordt gemeten. Wij adviseren een ambitie van 5 procent en een nulmeting in 2027.', ['2.2', '9.2'], 'Advies 1. De ambitie om het aandeel'),
 ('pt', 'Advies 2. De cursussen voor mantelzorgers moeten toegankelijk zijn voor laaggeletterden en anderstaligen. De visie noemt alleen de samenwerking met migrantenorganisaties. Wij adviseren om ook het taalhuis en de bibliotheek erbij te betrekken en de cursussen in eenvoudige taal aan te bieden.', ['3.4'], 'Advies 2. De cursussen voor mantelzorgers moeten'),
 ('pt', 'Advies 3. De adviesraad mist de mantelzorgers van mensen met psychische problemen of een verslaving. Deze groep herkent zich niet in het woord mantelzorger en heeft andere vragen, bijvoorbeeld over omgaan met crisis en over privacy in de behandeling. Wij adviseren hier een eigen paragraaf aan te wijden.', [], 'Advies 3. De adviesraad mist de mantelzorgers'),
 ('pt', "Advies 4. Het steunpunt zet het respijtbudget volgens de visie 'actief in bij mantelzorgers die het zwaarst belast zijn'. De adviesraad steunt dat, maar vraagt hoe het steunpunt deze mantelzorgers vindt als zij zich niet melden. Wij adviseren de huisartsen en de wijkverpleging bij de proef te betrekken.", ['4.3'], 'Advies 4. Het steunpunt zet het respijtbudget'),
 ('pt', 'Advies 5. Een aanspreekpunt voor jonge mantelzorgers op iedere school in 2028 is te laat; de adviesraad adviseert 2027. Ook op de basisscholen is een aanspreekpunt nodig, niet alleen een lespakket.', ['5.2'], 'Advies 5. Een aanspreekpunt voor jonge mantelzorgers'),
 ('f', 'Met vriendelijke groet,\nAdviesraad Sociaal Domein Westerzijl\n\nG. Mulder, voorzitter\nT. Yilmaz, secretaris'),
])

L('05-steunpunt-mantelzorg-regio-heideveen.md', 'md', [
 ('f', '# Reactie Steunpunt Mantelzorg Regio Heideveen op de ontwerp-regiovisie'),
 ('f', 'Heideveen, 23 oktober 2026'),
 ('f', 'Wij hebben de ontwerp-regiovisie met veel waardering gelezen. Hieronder onze opmerkingen per onderwerp.'),
 ('h', '## Het steunpunt mantelzorg'),
 ('pt', '- De uitbreiding naar 8 fte is een goede stap. Wij vragen wel om de uitbreiding in twee stappen te doen, 2027 en 2028, zodat wij nieuwe consulenten goed kunnen inwerken.', ['3.1'], 'De uitbreiding naar 8 fte is een goede'),
 ('pt', '- Outreachend werken vraagt meer dan extra uren. Onze consulenten hebben toegang nodig tot de signalen van de huisartsen en de wijkteams, anders weten wij niet bij wie wij moeten aanbellen.', ['3.1', '3.2'], 'Outreachend werken vraagt meer dan extra uren'),
 ('h', '## Het mantelzorggesprek en de toegang'),
 ('pt', '- Binnen vijf werkdagen terugbellen na een bericht van de huisarts kunnen wij waarmaken. Maar de praktijken moeten dan wel een vaste manier van verwijzen gebruiken; nu komen de berichten per fax, per mail en via de patiënt zelf.', ['3.2'], 'Binnen vijf werkdagen terugbellen na een bericht'),
 ('h', '## Mantelzorgmakelaar'),
 ('pt', '- Tien uur per jaar is voor de meeste mantelzorgers genoeg. Voor mantelzorgers die een bezwaarprocedure of een Wlz-aanvraag doorlopen, is het te weinig. Wij stellen voor dat het steunpunt dan zonder overleg met de gemeente tot twintig uur mag toekennen.', ['3.3'], 'Tien uur per jaar is voor de meeste'),
 ('h', '## Mantelzorgwaardering'),
 ('pt', '- De registratie en uitgifte van de waardering kosten ons veel tijd, zeker rond 10 november. Wij vragen om daar in de subsidie rekening mee te houden, zodat de consulenten niet in die weken alleen bonnen versturen.', ['6.2'], 'De registratie en uitgifte van de waardering'),
 ('h', '## Jonge mantelzorgers'),
 ('pt', '- De JMZ-club naar vijf gemeenten brengen kan alleen met een jongerenwerker per gemeente. Het bedrag van 180.000 euro in 2027 is daarvoor te krap.', ['5.3', '9.1'], 'De JMZ-club naar vijf gemeenten brengen'),
 ('f', 'Met vriendelijke groet,\n\nNamens Steunpunt Mantelzorg Regio Heideveen,\nDorien Smeets, directeur'),
])

L('06-zorggroep-de-lindehof.pdf', 'pdf_annex', [
 ('f', 'Zorggroep De Lindehof\nLindelaan 20\n7803 KP Heideveen'),
 ('f', 'Portefeuillehoudersoverleg Sociaal Domein Regio Heideveen\nPostbus 200\n7800 AE Heideveen'),
 ('f', 'Heideveen, 21 oktober 2026\nBetreft: reactie op ontwerp-regiovisie mantelzorg en respijtzorg'),
 ('f', 'Geachte dames en heren,'),
 ('f', 'Zorggroep De Lindehof biedt in de regio dagbesteding, dagopvang op zaterdag, het ontmoetingscentrum in Heideveen en casemanagement dementie. Wij reageren graag op de ontwerp-regiovisie. Eerst twee hoofdpunten; onze overige opmerkingen staan in de bijlage bij deze brief.'),
 ('pt', 'Wij zijn bereid de nieuwe logeeropvang naast ons ontmoetingscentrum te huisvesten. Twaalf bedden is volgens onze berekening echter te weinig: in de zomer en rond de feestdagen is de vraag nu al groter dan het aanbod van De Boei en Het Baken samen. Wij adviseren zestien bedden, waarvan twee voor noodopvang.', ['4.2'], 'Wij zijn bereid de nieuwe logeeropvang'),
 ('pt', 'De dagopvang op zaterdag bieden wij nu alleen in Heideveen aan. Wij willen dat graag uitbreiden naar Westerzijl en Oldenmark, maar dat kan alleen als de gemeenten dit als maatwerkvoorziening blijven inkopen tegen een tarief dat de weekendtoeslagen dekt.', ['4.1'], 'De dagopvang op zaterdag bieden wij nu'),
 ('f', 'Wij gaan graag met u in gesprek over de uitwerking.\n\nMet vriendelijke groet,\nZorggroep De Lindehof\n\ndrs. P.A. Verhagen, bestuurder'),
 ('h', 'Bijlage: overige opmerkingen'),
 ('row', '1', 'pag. 13', 'Een wachttijd van ten hoogste twee weken voor casemanagement is haalbaar als de zorgverzekeraar meer casemanagers financiert. Wij vragen de gemeenten om dat in het overleg met de zorgverzekeraar gezamenlijk te bepleiten.', ['8.1']),
 ('row', '2', '8.2', 'Een ontmoetingscentrum in elke gemeente vraagt om geschikte ruimtes. Wij vragen de gemeenten om ruimte in dorpshuizen of scholen beschikbaar te stellen tegen een maatschappelijke huur.', ['8.2']),
 ('row', '3', 'pag. 7, voetnoot 4', 'De vergoeding voor kost en inwoning in de logeeropvang is niet overal gelijk. Het bedrag van € 18 per etmaal in de tabel geldt alleen voor De Boei. Wij adviseren één regionaal tarief.', ['4.1']),
 ('row', '4', 'Dementie op jonge leeftijd', 'Wij hebben ervaring met dagbesteding op een zorgboerderij voor mensen met jongdementie en denken graag mee over een regionale voorziening.', ['8.1']),
 ('row', '5', 'Algemeen', 'Door het tekort aan personeel zijn wij steeds meer afhankelijk van vrijwilligers in het ontmoetingscentrum. Wij vragen om de vrijwilligers in de dementiezorg ook mee te nemen in de regionale vrijwilligersbijeenkomst en de scholing.', ['8.2', '6.3']),
])

L('07-jonge-mantelzorgers-heideveen.eml', 'eml_html', [
 ('f', 'Beste medewerkers van de regio,'),
 ('f', 'Namens Stichting JMZ Heideveen, de vereniging voor en door jonge mantelzorgers in de regio, sturen wij onze reactie op de ontwerp-regiovisie. Wij hebben de visie besproken met twaalf jongeren uit onze groep.'),
 ('pt', 'Het getal van 2.800 jonge mantelzorgers is volgens ons te laag. Veel jongeren zorgen voor een broer of zus met autisme of voor een ouder met psychische problemen en komen in geen enkele telling voor.', ['5.1'], 'Het getal van 2.800 jonge mantelzorgers is'),
 ('pt', 'Een aanspreekpunt op school werkt alleen als de jongeren hem kennen en vertrouwen. Laat de jongeren zelf meepraten over wie dat op hun school wordt, en zorg dat het niet automatisch de zorgcoördinator is.', ['5.2'], 'Een aanspreekpunt op school werkt alleen'),
 ('pt', 'Aangepaste roosters en uitstel van deadlines op het mbo en de hogeschool zijn heel belangrijk. Vraag dit niet alleen, maar maak er afspraken over met de onderwijsinstellingen.', ['5.3'], 'Aangepaste roosters en uitstel van deadlines'),
 ('pt', 'De waardering als bon voor een activiteit vinden de jongeren leuk, maar ze willen ook zelf kunnen kiezen voor een bon die ze in een winkel kunnen gebruiken, net als volwassenen.', ['6.2', '5.3'], 'De waardering als bon voor een activiteit'),
 ('pt', 'In de monitor staat het aantal bekende jonge mantelzorgers als indicator. Dat zegt weinig. Meet ook hoeveel jongeren zich gesteund voelen, bijvoorbeeld met een korte vragenlijst via de scholen.', ['9.2'], 'In de monitor staat het aantal bekende jonge'),
 ('f', 'Hartelijke groet,\n\nLotte van Asperen\ncoördinator Stichting JMZ Heideveen\nwww.jmzheideveen.nl'),
], meta=dict(frm='Lotte van Asperen <lotte@jmzheideveen.nl>', to='Regio Heideveen mantelzorg <mantelzorg@regioheideveen.nl>',
             date='Fri, 23 Oct 2026 16:42:10 +0200', subject='Reactie Stichting JMZ Heideveen op regiovisie mantelzorg'))

L('08-van-dorsten-installatietechniek.txt', 'txt', [
 ('f', 'Van Dorsten Installatietechniek B.V.\nIndustrieweg 14\n7805 RT Heideveen\nT 0521 - 44 87 00'),
 ('f', 'Aan: Regio Heideveen, team mantelzorg\nHeideveen, 19 oktober 2026\nOnderwerp: reactie regiovisie mantelzorg, hoofdstuk mantelzorg en werk'),
 ('f', 'Geachte heer, mevrouw,'),
 ('f', 'Wij zijn een installatiebedrijf met 85 medewerkers. Via het Werkgeversservicepunt kregen wij de ontwerp-regiovisie toegestuurd. Wij reageren als werkgever op een paar punten.'),
 ('pt', '- Het keurmerk Mantelzorgvriendelijke Werkgever spreekt ons aan, maar de eisen (een mantelzorgbeleid, getrainde leidinggevenden) zijn voor een mkb-bedrijf zwaar. Maak een lichtere variant voor bedrijven onder de honderd medewerkers.', ['7.2'], 'Het keurmerk Mantelzorgvriendelijke Werkgever spreekt ons aan'),
 ('pt', '- Onze monteurs werken in ploegen en op locatie. Een avondspreekuur van het steunpunt helpt hen niet. Een telefonisch spreekuur vroeg in de ochtend of een app zou beter werken.', ['7.1'], 'Onze monteurs werken in ploegen en op locatie'),
 ('pt', '- Wij zouden een handreiking voor kleine werkgevers graag zien, met een voorbeeldtekst voor een gesprek met een werknemer die mantelzorger is.', ['7.2'], 'Wij zouden een handreiking voor kleine werkgevers'),
 ('pt', '- Veel van onze onderaannemers zijn zzp\'er. Voor hen is het respijtbudget belangrijker dan wat dan ook, omdat zij geen zorgverlof hebben. Start dat budget dus zo snel mogelijk in de hele regio.', ['7.2', '4.3'], 'Veel van onze onderaannemers zijn zzp\'er'),
 ('pt', '- Los van de visie: het bedrijventerrein Heideveen-Oost is met de bus slecht bereikbaar. Na 18.00 uur rijdt er geen bus meer, terwijl onze magazijnmedewerkers tot 19.00 uur werken.', [], 'Los van de visie: het bedrijventerrein'),
 ('f', 'Met vriendelijke groet,\n\nMarieke Hulshof\nHR-manager\nVan Dorsten Installatietechniek B.V.'),
])

L('09-email-mantelzorger-westerzijl.eml', 'eml_plain', [
 ('f', 'Geachte heer/mevrouw,'),
 ('f', 'Ik zorg al vijf jaar voor mijn vrouw, die de ziekte van Alzheimer heeft. Ik heb uw visie gelezen en wil graag een paar dingen zeggen.'),
 ('pt', 'Toen mijn vrouw de diagnose kreeg, hebben wij acht weken gewacht op een casemanager. In die weken wisten wij van niets. Twee weken, zoals u wilt, is goed, maar zorg dan ook dat je in de tussentijd iemand kunt bellen.', ['8.1'], 'Toen mijn vrouw de diagnose kreeg'),
 ('pt', 'Ik ben blij dat u de logeeropvang vooraf wilt laten plannen. Nu hoor ik pas een week van tevoren of er een bed is, en dan kan ik niets meer regelen voor mezelf.', ['4.2'], 'Ik ben blij dat u de logeeropvang vooraf'),
 ('pt', 'Verder wil ik aandacht vragen voor het parkeren bij het ziekenhuis in Heideveen. Voor elke controle betaal ik vier of vijf euro, en wij moeten er bijna elke week heen.', [], 'Verder wil ik aandacht vragen voor het parkeren'),
 ('f', 'Met vriendelijke groet,\n\nGerrit Oosterveld\nHavenweg 31\n7842 GH Westerzijl\ntel. 0523-612904'),
], meta=dict(frm='G. Oosterveld <g.oosterveld1951@kpnmail.nl>', to='mantelzorg@regioheideveen.nl',
             date='Sat, 10 Oct 2026 11:05:44 +0200', subject='visie mantelzorg'))

L('10-reactie-inwoner-hoogloon.docx', 'docx_inline', [
 ('f', 'R. Wessels-Bos\nEsdoornlaan 17\n7851 RT Hoogloon\n06-41873320'),
 ('f', 'Hoogloon, 18 oktober 2026'),
 ('f', 'Aan de regio Heideveen,'),
 ('f', 'Ik ben moeder van een zoon met een meervoudige beperking en zorg daarnaast voor mijn vader. Hieronder heb ik de stukken uit de visie overgenomen waar ik iets over wil zeggen, met mijn reactie eronder.'),
 ('q', '„Voor Hoogloon betekent dit een lagere waardering; daar staat een betere bereikbaarheid van de respijtzorg tegenover.”'),
 ('pt', 'Mijn reactie: in Hoogloon gaan wij van 150 naar 75 euro. Die betere bereikbaarheid zie ik niet: het logeerhuis gaat juist verder weg, naar Heideveen. Ik vind dat Hoogloon de 150 euro moet houden tot de respijtzorg echt beter is.', ['6.2'], 'Mijn reactie: in Hoogloon gaan wij van 150'),
 ('q', '„kan via het steunpunt tot tien uur per jaar een mantelzorgmakelaar inzetten”'),
 ('pt', 'Mijn reactie: een mantelzorgmakelaar had mij jaren gescheeld. Maar tien uur is voor een kind met een Wlz-indicatie niet genoeg; alleen al de aanvraag voor het persoonsgebonden budget kostte mij maanden.', ['3.3'], 'Mijn reactie: een mantelzorgmakelaar had mij'),
 ('q', '„Ouders van een kind met een beperking zijn ook mantelzorger, al noemen zij zichzelf zelden zo.”'),
 ('pt', 'Mijn reactie: dat klopt. Maar in de rest van de visie gaat het bijna alleen over ouderen. Het kindlogeerhuis in Oldenmark heeft een wachtlijst van een half jaar, en daar staat in de tabel niets over.', ['4.1', '2.1'], 'Mijn reactie: dat klopt. Maar in de'),
 ('q', '„Een klankbordgroep van acht mantelzorgers las mee met de eerste versies van deze tekst.”'),
 ('pt', 'Mijn reactie: ik wil graag in de klankbordgroep voor het uitvoeringsprogramma. Er zat volgens mij niemand uit Hoogloon in.', ['1.2'], 'Mijn reactie: ik wil graag in de klankbordgroep'),
 ('f', 'Met vriendelijke groet,\nRia Wessels-Bos'),
])

L('11-alzheimer-nederland-afdeling-heideveen.txt', 'txt', [
 ('f', 'ALZHEIMER NEDERLAND\nafdeling Heideveen e.o.\nsecretariaat: Postbus 77, 7800 AB Heideveen'),
 ('f', 'Heideveen, 24 oktober 2026\n\nAan het Portefeuillehoudersoverleg Sociaal Domein Regio Heideveen\n\nBetreft: inspraakreactie ontwerp-regiovisie mantelzorg en respijtzorg'),
 ('f', 'Geacht overleg,'),
 ('f', 'Alzheimer Nederland, afdeling Heideveen e.o., organiseert het Alzheimer Café en geeft voorlichting in de regio. Wij zijn blij dat dementie een eigen hoofdstuk heeft gekregen. Wij hebben de volgende opmerkingen.'),
 ('pt', '1) Op pagina 13 noemt u 2.600 mensen met dementie. Dat zijn de mensen met een diagnose. Volgens onze schatting heeft een derde van de mensen met dementie geen diagnose, en hun mantelzorgers krijgen dus ook geen casemanager.', ['8.1'], 'Op pagina 13 noemt u 2.600 mensen'),
 ('pt', '2) Wij zijn blij dat het Alzheimer Café naar Oldenmark en Hoogloon gaat. Wij kunnen dat met onze vrijwilligers doen, maar hebben een vergoeding nodig voor zaalhuur en koffie. Ook Westerzijl en Brakelo vragen erom.', ['8.2'], 'Wij zijn blij dat het Alzheimer Café'),
 ('pt', '3) Dementievriendelijk worden betekent ook dat de buschauffeurs en de medewerkers van de regiotaxi worden getraind. Zij zien mensen met dementie vaak als eersten verdwalen.', ['8.2'], 'Dementievriendelijk worden betekent ook dat de buschauffeurs'),
 ('pt', '4) Het sluiten van De Boei raakt vooral partners van mensen met dementie in Brakelo en Hoogloon. Een langere reis naar een onbekende plek maakt mensen met dementie onrustig. Zorg voor een vaste begeleider in het vervoer.', ['4.2'], 'Het sluiten van De Boei raakt vooral partners'),
 ('pt', '5) In de begrippenlijst staat dat de casemanager de persoon met dementie „vanaf de diagnose begeleidt”. Voeg toe dat dat ook na een opname in het verpleeghuis doorloopt, in ieder geval voor de mantelzorger.', ['Bijlage 1', '8.1'], 'In de begrippenlijst staat dat de casemanager'),
 ('f', 'Met vriendelijke groet,\n\nnamens het bestuur van Alzheimer Nederland, afdeling Heideveen e.o.\nB. Kamphuis, voorzitter'),
])

L('12-vrijwilligerspunt-westerzijl.docx', 'docx', [
 ('f', 'Vrijwilligerspunt Westerzijl\nHavenweg 8\n7841 AB Westerzijl'),
 ('f', 'Westerzijl, 14 oktober 2026\nAan: Regio Heideveen, projectteam regiovisie mantelzorg\nBetreft: reactie op de ontwerp-regiovisie'),
 ('f', 'Beste projectteam,'),
 ('f', 'Als vrijwilligerscentrale van Westerzijl brengen wij elk jaar zo\'n tachtig vrijwilligers in contact met mantelzorgers. Graag reageren wij op de visie.'),
 ('pt', 'Eén regionaal platform\nWij hebben in Westerzijl al een goed werkende vacaturebank, waar ook mantelzorgers hun vraag kunnen plaatsen. Bouw geen nieuw platform, maar koppel de vier bestaande vacaturebanken aan elkaar.', ['6.1'], 'Wij hebben in Westerzijl al een goed werkende'),
 ('pt', 'Maatschappelijke diensttijd\nJongeren via de maatschappelijke diensttijd inzetten kan, maar zij blijven meestal kort. Voor een vaste maatjesrelatie met een mantelzorger is dat lastig. Zet hen vooral in bij activiteiten, zoals de Dag van de Mantelzorg.', ['6.1'], 'Jongeren via de maatschappelijke diensttijd inzetten kan'),
 ('pt', 'Ondersteuning van vrijwilligers\nIn het stuk over de ondersteuning van vrijwilligers staat dat de gemeenten een collectieve verzekering afsluiten. Westerzijl heeft die al. Belangrijker is dat de begeleiding van vrijwilligers die zware situaties meemaken, ook na 17.00 uur bereikbaar is.', ['6.3'], 'In het stuk over de ondersteuning van vrijwilligers'),
 ('pt', 'Respijt aan huis\nIn de tabel met het aanbod staat dat vrijwillige respijtzorg aan huis er is voor iedere mantelzorger. In Westerzijl is de wachtlijst daarvoor nu drie maanden, omdat wij te weinig vrijwilligers hebben.', ['4.1'], 'In de tabel met het aanbod staat'),
 ('f', 'Met vriendelijke groet,\n\nVrijwilligerspunt Westerzijl\nAnke Dijkstra, coördinator'),
])

CAMPAIGN = [
 ('pt', '1. Sluit logeerhuis De Boei in Brakelo niet. Mantelzorgers uit Brakelo en Hoogloon moeten hun naaste dan naar Heideveen brengen. Dat is voor mensen met dementie een grote en verwarrende stap.', ['4.2'], 'Sluit logeerhuis De Boei in Brakelo niet'),
 ('pt', '2. Laat de proef met het respijtbudget ook in Brakelo beginnen. Juist hier wonen veel mantelzorgers die nooit hulp vragen.', ['4.3'], 'Laat de proef met het respijtbudget ook'),
 ('pt', '3. Betrek de vrijwilligers van De Boei bij de plannen. Zij kennen de logés en hun mantelzorgers al jaren.', ['4.2', '6.1'], 'Betrek de vrijwilligers van De Boei'),
]
CAMPAIGN_OPEN = 'Wij steunen de actie „De Boei moet blijven!”. Over de ontwerp-regiovisie mantelzorg hebben wij drie verzoeken:'

L('13-campagnebrief-de-boei-1.txt', 'txt', [
 ('f', 'Fam. Jansen-Hofman\nBeukenlaan 3\n7812 CD Brakelo\ntel. 0522-451178'),
 ('f', 'Brakelo, 12 oktober 2026'),
 ('f', 'Aan het Portefeuillehoudersoverleg Sociaal Domein Regio Heideveen'),
 ('f', 'Geachte leden van het overleg,'),
 ('f', CAMPAIGN_OPEN),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nfam. Jansen-Hofman'),
])

L('14-campagnebrief-de-boei-2.eml', 'eml_plain', [
 ('f', 'Geachte leden van het overleg,'),
 ('f', CAMPAIGN_OPEN.replace('drie verzoeken:', 'drie verzoeken. Mijn moeder logeert al twee jaar eens per maand in De Boei en voelt zich daar thuis.')),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nAnouk de Leeuw\nMolenweg 58\n7813 EE Brakelo\n06-29384756'),
], meta=dict(frm='Anouk de Leeuw <anoukdeleeuw@ziggo.nl>', to='mantelzorg@regioheideveen.nl',
             date='Wed, 14 Oct 2026 21:17:03 +0200', subject='De Boei moet blijven!'))

L('15-campagnebrief-de-boei-3.pdf', 'pdf_fpdf', [
 ('f', 'H.J. en W. Brinkman-Zwart\nDe Schans 9\n7812 HL Brakelo'),
 ('f', 'Brakelo, 15 oktober 2026\nBetreft: De Boei moet blijven!'),
 ('f', 'Geachte leden van het overleg,'),
 ('f', CAMPAIGN_OPEN),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nH.J. Brinkman en W. Brinkman-Zwart'),
])

L('16-kbo-pcob-hoogloon-laat.docx', 'docx', [
 ('f', 'KBO-PCOB afdeling Hoogloon\nsecretariaat: Lindestraat 4, 7851 AC Hoogloon'),
 ('f', 'Hoogloon, 3 november 2026\nAan: Portefeuillehoudersoverleg Sociaal Domein Regio Heideveen\nBetreft: reactie ontwerp-regiovisie mantelzorg'),
 ('f', 'Geachte leden van het overleg,'),
 ('f', 'Excuses dat onze reactie later komt dan de termijn; onze ledenvergadering was pas op 30 oktober. Wij hopen dat u onze punten toch wilt meenemen.'),
 ('pt', 'Mantelzorgwaardering\nOnze leden zijn boos dat de waardering in Hoogloon van 150 naar 75 euro gaat. Veel mantelzorgers in Hoogloon zijn zelf al op leeftijd en hebben een klein pensioen. Voor hen is 150 euro echt een steun.', ['6.2'], 'Onze leden zijn boos dat de waardering'),
 ('pt', 'Ontmoetingscentrum\nMaak van het ontmoetingscentrum in Hoogloon een prioriteit. Nu moeten onze leden met hun partner naar Heideveen of Brakelo, en dat doen zij niet.', ['8.2'], 'Maak van het ontmoetingscentrum in Hoogloon'),
 ('pt', 'Vervoer\nVervoer van deur tot deur naar de logeeropvang moet er zijn vóórdat De Boei dichtgaat, en niet pas onderzocht worden.', ['4.2'], 'Vervoer van deur tot deur naar de logeeropvang'),
 ('pt', 'Informatie op papier\nDe cijfers en de rapportage alleen op de website zetten, sluit onze leden uit. Zorg ook voor een samenvatting op papier in het gemeentehuis en in de huis-aan-huiskrant.', ['9.2'], 'De cijfers en de rapportage alleen op de website'),
 ('f', 'Met vriendelijke groet,\n\nnamens het bestuur van KBO-PCOB Hoogloon,\nJ.W. Kruizinga, voorzitter'),
])

L('17-zienswijze-raad-hoogloon.txt', 'txt', [
 ('f', 'GEMEENTERAAD HOOGLOON\nBrinkweg 1\n7851 AA Hoogloon'),
 ('f', 'Aan: Portefeuillehoudersoverleg Sociaal Domein Regio Heideveen\n\nHoogloon, 26 oktober 2026\n\nOnderwerp: zienswijze ontwerp-Regiovisie Mantelzorg en Respijtzorg 2027-2030'),
 ('f', 'Geacht overleg,'),
 ('f', 'De raad van Hoogloon heeft de ontwerp-regiovisie op 22 oktober 2026 besproken en geeft de volgende zienswijze.'),
 ('pt', '1. De raad onderschrijft de zin uit het voorwoord: „Ik wil het graag blijven doen, maar ik moet af en toe even niet hoeven.” De raad vraagt om de visie straks ook te toetsen aan die zin: weten mantelzorgers waar zij terechtkunnen als zij even niet kunnen?', ['Voorwoord'], 'De raad onderschrijft de zin uit het voorwoord'),
 ('pt', '2. In de kleine kernen van Hoogloon is in 2030 meer dan een op de drie inwoners ouder dan 67 jaar. De raad vraagt om in de visie per gemeente de vergrijzing te laten zien, zodat de inzet op de kernen met de meeste ouderen kan worden gericht.', ['1.1'], 'In de kleine kernen van Hoogloon is in 2030'),
 ('pt', '3. Hoogloon gaat er in de mantelzorgwaardering op achteruit. De raad wil daarom dat Hoogloon de lagere waardering pas invoert als de proef met het respijtbudget ook in Hoogloon is gestart.', ['6.2', '4.3'], 'Hoogloon gaat er in de mantelzorgwaardering op achteruit'),
 ('pt', '4. Het spreekuur van het steunpunt in Hoogloon (bijlage 2) is maar twee uur per week. De raad vraagt om het spreekuur uit te breiden en om een huisbezoek voor mantelzorgers die niet naar het gemeentehuis kunnen komen.', ['Bijlage 2', '3.1'], 'Het spreekuur van het steunpunt in Hoogloon'),
 ('f', 'Hoogachtend,\n\nDe raad van de gemeente Hoogloon,\nde griffier, K. Veenstra\nde voorzitter, E. Nijboer'),
])

L('18-email-jonge-mantelzorger.eml', 'eml_plain', [
 ('f', 'Hoi,'),
 ('f', 'Mijn mentor zei dat we op de visie mochten reageren, dus bij deze. Ik ben 16 en zorg samen met mijn vader voor mijn moeder, zij heeft MS.'),
 ('pt', 'Op mijn school weet bijna niemand dat ik mantelzorger ben. Ik ga echt niet naar de zorgcoördinator om dat te vertellen. Het zou beter zijn als er iemand is die je zelf kan kiezen, of een jongere die het ook heeft meegemaakt.', ['5.2'], 'Op mijn school weet bijna niemand'),
 ('pt', 'De JMZ-club is leuk, ik ben er twee keer geweest. Maar het is altijd in Heideveen en dan moet mijn vader mij brengen, en dat kan meestal niet.', ['5.3'], 'De JMZ-club is leuk, ik ben er'),
 ('pt', 'En kan de bus van Westerzijl naar Heideveen in het weekend vaker rijden? Nu gaat er maar een per twee uur.', [], 'En kan de bus van Westerzijl naar Heideveen'),
 ('f', 'Groetjes,\nSanne Brouwer\n06-18273645'),
], meta=dict(frm='Sanne Brouwer <sannebrouwer2010@gmail.com>', to='mantelzorg@regioheideveen.nl',
             date='Thu, 22 Oct 2026 20:31:12 +0200', subject='reactie op de visie'))
