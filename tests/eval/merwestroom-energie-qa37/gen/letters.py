# Each letter: file, format, meta (for eml), blocks. Block kinds:
#  ('f', text)             furniture (no comment)
#  ('p', text, [sections]) a point; a number or bullet prefix ('1. ', '- ') and a short heading
#                          line of its own are left out of the label's start
L = []
L.append(dict(file="01-zienswijze-gemeenteraad-giessenburcht.pdf", fmt="pdf_rl", blocks=[
('f', "Gemeenteraad van Giessenburcht"),
('f', "Postbus 15, 4230 AA Giessenburcht"),
('f', "Aan de Stuurgroep Energie Merwestroom\nt.a.v. het regionale programmabureau\nPostbus 200\n4200 AE Arkelstein"),
('f', "Giessenburcht, 2 oktober 2026"),
('f', "Onderwerp: zienswijze op de Regionale Energie- en Warmteagenda Merwestroom 2027-2032"),
('f', "Geachte leden van de stuurgroep,"),
('f', "De gemeenteraad van Giessenburcht heeft in zijn vergadering van 30 september 2026 de inspraakversie van de energie- en warmteagenda besproken. Wij geven u de volgende zienswijze."),
('p', "1. De raad steunt de keuze om zonnepanelen eerst op daken te leggen. Wij vragen u de zonneladder in paragraaf 3.3.1 niet alleen als voorkeursvolgorde te hanteren, maar als harde voorwaarde: geen vergunning voor een zonnepark op landbouwgrond zolang er in dezelfde gemeente nog grote daken onbenut zijn.", ["3.3.1", "3.2"]),
('p', "2. Het aantal van 35 hectare zonneparken dat in Bijlage 2 aan Giessenburcht is toegedeeld, is het hoogste van de regio, terwijl onze gemeente geen windturbines krijgt. De raad vraagt om een evenwichtiger verdeling van de lasten tussen de gemeenten.", ["Bijlage 2", "3.3"]),
('p', "3. De raad maakt zich zorgen over de betaalbaarheid van de warmtetransitie voor huishoudens met een laag inkomen. Het regionale noodfonds energie moet ook openstaan voor huurders van particuliere verhuurders.", ["4.3.1"]),
('p', "4. Wij vragen u de raden een formele rol te geven bij de keuze van de wijken die als eerste van het aardgas gaan. Een informatiebrief twee keer per jaar is daarvoor onvoldoende.", ["4.3", "7.1"]),
('p', "5. Netcongestie staat de bouw van 400 woningen in Giessenburcht-Zuid in de weg. De raad vraagt de regio om bij de netbeheerder aan te dringen op voorrang voor woningbouw bij nieuwe aansluitingen.", ["6.1", "2.2"]),
('p', "6. Ten slotte vraagt de raad om de regionale energiemonitor per gemeente uit te splitsen, zodat elke raad de voortgang in de eigen gemeente kan volgen.", ["7.3"]),
('f', "Wij verzoeken u deze zienswijze te betrekken bij de vaststelling van de agenda."),
('f', "Namens de raad,\n\nde griffier,                          de voorzitter,\nmr. H.A. Verbeek               drs. M.L. Terpstra"),
]))
L.append(dict(file="02-zienswijze-raad-arkelstein.pdf", fmt="pdf_rl_headed", blocks=[
('f', "Zienswijze van de gemeenteraad van Arkelstein op de Regionale Energie- en Warmteagenda Merwestroom 2027-2032"),
('f', "Arkelstein, 7 oktober 2026"),
('f', "Geachte stuurgroep,"),
('f', "In zijn vergadering van 6 oktober 2026 heeft de gemeenteraad van Arkelstein de volgende zienswijze vastgesteld."),
('p', "1. Windturbines langs de A15\nDe raad gaat niet akkoord met vijf windturbines in het zoekgebied langs de A15. De kern Arkelstein-Noord ligt op minder dan 700 meter van dit gebied. Wij vragen de afstand tot woningen te verhogen naar ten minste 1.000 meter, zoals in andere regio's gebruikelijk is.", ["3.1"]),
('p', "2. Omgevingsbijdrage\nEen omgevingsbijdrage van 0,50 euro per MWh is te laag om de overlast te compenseren. De raad vraagt ten minste 1 euro per MWh en een gebiedsfonds waarover de dorpsraad mee beslist.", ["3.1"]),
('p', "3. Lokaal eigendom\nDe raad onderschrijft de ambitie van 50 procent lokaal eigendom, maar vraagt dit een voorwaarde te maken in plaats van een streven. Zonder lokaal eigendom geen vergunning.", ["3.4"]),
('p', "4. Biomassa\nDe raad is blij dat grote biomassacentrales voor warmtenetten worden uitgesloten. Wij vragen ook de kleinschalige installaties op reststromen uit te sluiten, vanwege de uitstoot van fijnstof in de kernen.", ["4.2"]),
('p', "5. Financiering\nDe bijdrage van 1,8 miljoen euro per jaar naar rato van het aantal inwoners drukt zwaar op de kleinere gemeenten. Wij stellen een verdeling voor die ook rekening houdt met de opgave per gemeente.", ["7.2"]),
('f', "Namens de raad,\nde griffier, de voorzitter,\nS. Bulut       A.J. de Groot"),
]))
L.append(dict(file="03-college-hardinxdam.docx", fmt="docx", blocks=[
('f', "Gemeente Hardinxdam"),
('f', "Aan de Stuurgroep Energie Merwestroom"),
('f', "Datum: 9 oktober 2026\nOns kenmerk: 2026/DUU/0312\nOnderwerp: reactie college op de Regionale Energie- en Warmteagenda"),
('f', "Geachte stuurgroep,"),
('f', "Het college van burgemeester en wethouders van Hardinxdam heeft kennisgenomen van de inspraakversie van de agenda. Graag geven wij u onze reactie."),
('p', "Wij steunen de energiehub op het bedrijventerrein De Hoge Waard. De bedrijven op het terrein hebben zich al verenigd in een parkmanagementorganisatie. Wij vragen de regio de hub als pilot aan te wijzen en er de eerste middelen van het programmabureau aan te besteden.", ["6.1", "5.2"]),
('p', "De restwarmte van de papierfabriek in Hardinxdam wil het college in de eerste plaats inzetten voor de wijken Oosterwaard en De Kade. Wij vinden het niet vanzelfsprekend dat deze bron ook naar andere gemeenten gaat voordat onze eigen wijken zijn aangesloten.", ["4.1", "4.2"]),
('p', "Het college twijfelt aan de haalbaarheid van een regionaal warmtebedrijf. Wij vragen eerst een onderzoek naar de kosten en risico's, en de raden daarover te laten besluiten voordat er een warmtebedrijf wordt opgericht.", ["4.2"]),
('p', "De termijn van acht jaar tussen het besluit over een wijk en het afsluiten van het gasnet is langer dan de wet vraagt. Wij stellen voor deze termijn aan de gemeenten zelf over te laten.", ["4.3"]),
('p', "Voor de controles op de energiebesparingsplicht is extra capaciteit bij de omgevingsdienst nodig; 300 controles per jaar is met de huidige bezetting niet haalbaar.", ["5.2"]),
('f', "Met vriendelijke groet,\nBurgemeester en wethouders van Hardinxdam,\nde secretaris,                de burgemeester,\nR. Vos MBA               mr. drs. C.J. Lambrechts"),
]))
L.append(dict(file="04-adviesraad-sociaal-domein-molenwaard-noord.docx", fmt="docx", blocks=[
('f', "Adviesraad Sociaal Domein Molenwaard-Noord"),
('f', "Molenwaard-Noord, 5 oktober 2026"),
('f', "Onderwerp: ongevraagd advies Regionale Energie- en Warmteagenda"),
('f', "Geachte leden van de stuurgroep,"),
('f', "De Adviesraad Sociaal Domein Molenwaard-Noord geeft u hierbij ongevraagd advies over de energie- en warmteagenda. Wij kijken vooral naar de gevolgen voor inwoners met een kleine portemonnee."),
('p', "1. De adviesraad is blij met de aandacht voor energiearmoede. Wel missen wij een definitie: wie telt als energiearm, en hoe meet de regio of het aandeel in 2032 is gehalveerd? Wij adviseren dit in de energiemonitor op te nemen.", ["4.3.1", "7.3"]),
('p', "2. Het Regionaal Energieloket is vooral digitaal bereikbaar. Ouderen en mensen die de taal niet goed beheersen hebben behoefte aan een fysiek spreekuur in elke kern en aan energiecoaches die aan huis komen.", ["5.1", "4.3.1"]),
('p', "3. Huurders hebben geen invloed op de verduurzaming van hun woning. Wij adviseren in de prestatieafspraken met de corporaties vast te leggen dat huurders na isolatie geen hogere woonlasten krijgen.", ["4.3.1", "4.3"]),
('p', "4. De klankbordgroep bestaat uit inwoners, cooperaties en bedrijven. Wij adviseren ook een vertegenwoordiger van de adviesraden sociaal domein in de klankbordgroep op te nemen.", ["7.1"]),
('f', "Met vriendelijke groet,\nnamens de Adviesraad Sociaal Domein Molenwaard-Noord,\n\nJ.W. Scholten, voorzitter"),
]))
L.append(dict(file="05-rivierland-netwerken.eml", fmt="eml", frm="Rivierland Netwerken <omgevingsmanagement@rivierlandnetwerken.example.nl>",
  date="Mon, 12 Oct 2026 16:05:11 +0200", subject="Reactie Rivierland Netwerken op de Energie- en Warmteagenda Merwestroom", blocks=[
('f', "Geachte leden van de stuurgroep,"),
('f', "Als netbeheerder in de regio Merwestroom reageren wij graag op de inspraakversie. Wij waarderen de aandacht voor netcongestie en hebben de volgende opmerkingen."),
('p', "In paragraaf 2.2 staat dat de congestie op het 50 kV-net na 2030 is opgelost. Dat is te stellig: de nieuwe stations bij Arkelstein en Hardinxdam zijn voorzien voor 2030 en 2031, mits de vergunningen tijdig worden verleend. Wij stellen voor te schrijven: naar verwachting vanaf 2031.", ["2.2"]),
('p', "U vraagt ons woningbouw, scholen en zorginstellingen voorrang te geven in de wachtrij (pag. 11). Het prioriteringskader van de ACM bepaalt welke partijen voorrang krijgen; gemeenten kunnen projecten daarvoor aanmelden. Wij gaan graag met u in gesprek over welke projecten u aanmeldt.", ["6.1"]),
('p', "Wij steunen de regels voor buurtbatterijen in de omgevingsplannen. Graag denken wij mee over de eisen aan brandveiligheid en over locaties waar een batterij het net het meest ontlast.", ["6.2"]),
('p', "Nieuwe zonneparken kunnen de komende jaren vaak niet worden aangesloten. Wij adviseren nieuwe zonneparken alleen toe te staan met een afspraak over cable pooling of met opslag, zodat zij het net niet verder belasten.", ["3.3", "6.2"]),
('f', "Met vriendelijke groet,\n\nir. B. Koster\nomgevingsmanager regio Merwestroom\nRivierland Netwerken"),
]))
L.append(dict(file="06-waterschap-merwe-en-linge.pdf", fmt="pdf_rl_headed", blocks=[
('f', "Waterschap Merwe en Linge"),
('f', "Aan de Stuurgroep Energie Merwestroom\nPostbus 200\n4200 AE Arkelstein"),
('f', "Datum: 30 september 2026\nOnderwerp: reactie op de Regionale Energie- en Warmteagenda Merwestroom"),
('f', "Geachte stuurgroep,"),
('f', "Het waterschap heeft als partner meegewerkt aan de agenda en onderschrijft de hoofdlijnen. Vanuit onze taken voor waterveiligheid en waterkwaliteit maken wij de volgende opmerkingen."),
('p', "Aquathermie\nHet waterschap onderschrijft de kansen voor aquathermie die in paragraaf 4.2 worden genoemd. Wij wijzen er wel op dat het onttrekken van warmte aan het boezemwater de waterkwaliteit in de zomer kan beinvloeden. Per locatie is een watervergunning nodig.", ["4.2"]),
('p', "Zonneparken en waterkeringen\nIn paragraaf 3.3.1 staat dat zonneparken een zichtbare afstand tot de dijken houden. Wij vragen dit te vervangen door een harde eis: geen zonnepanelen in de beschermingszone van primaire en regionale waterkeringen.", ["3.3.1"]),
('p', "Rioolwaterzuivering Alblaswijk\nOp het terrein van de rioolwaterzuivering Alblaswijk is ruimte voor een zonneveld van 3 hectare en voor warmtewinning uit effluent. Wij bieden aan deze locatie als pilot in te brengen.", ["4.2", "3.3.1", "3.2"]),
('f', "Met vriendelijke groet,\nHet dagelijks bestuur van Waterschap Merwe en Linge,\n\nde secretaris-directeur,            de dijkgraaf,\nir. P.J. de Bruijn                   drs. K. Hoekstra"),
]))
L.append(dict(file="07-agrarisch-collectief.txt", fmt="txt", blocks=[
('f', "Agrarisch Collectief Merwestroom\nSecretariaat: Zouwendijk 8, Ottoland-Oost"),
('f', "Ottoland-Oost, 11 oktober 2026"),
('f', "Aan: Stuurgroep Energie Merwestroom\nBetreft: zienswijze Regionale Energie- en Warmteagenda"),
('f', "Geachte stuurgroep,"),
('f', "Het Agrarisch Collectief Merwestroom vertegenwoordigt ruim 180 agrarische ondernemers in de regio. Wij reageren graag op de agenda."),
('p', "Zonneparken op landbouwgrond\nWij zijn blij dat de agenda zonneparken op landbouwgrond van hoge kwaliteit uitsluit. Maar ook op minder goede grond verdwijnt landbouwgrond die nodig is voor extensivering. Wij vragen zonneparken alleen toe te staan als de boer zelf eigenaar of mede-eigenaar is.", ["3.3", "3.4"]),
('p', "Zon op stallen\nVeel stallen hebben nog asbestdaken. Een boer die zijn dak wil saneren en er zonnepanelen op wil leggen, loopt aan tegen de kosten en tegen netcongestie. Wij vragen de dakenregeling uit te breiden met een bijdrage voor asbestsanering.", ["3.2"]),
('p', "Glastuinbouw\nDe tuinders in Molenwaard-Noord en Leerbroek willen hun restwarmte leveren, maar dan moet er zekerheid zijn over de afname en de prijs. Wij vragen de gemeenten langjarige contracten met de tuinders mogelijk te maken.", ["4.1", "4.2"]),
('p', "Stikstof\nDe stikstofregels maken het voor veel van onze leden onmogelijk om te investeren. Wij vragen de gemeenten om bij de provincie te pleiten voor een snelle vergunningverlening voor boeren die hun bedrijf willen omvormen.", []),
('f', "Met vriendelijke groet,\n\nHet bestuur van Agrarisch Collectief Merwestroom\nG. van der Wal, secretaris"),
]))
L.append(dict(file="08-energiecooperatie-merwestroom-energie.eml", fmt="eml", frm="Theo Brouwer <voorzitter@merwestroomenergie.example.nl>",
  date="Tue, 13 Oct 2026 21:40:02 +0200", subject="Zienswijze Merwestroom Energie op de energieagenda", blocks=[
('f', "Geachte stuurgroep,"),
('f', "Namens energiecooperatie Merwestroom Energie U.A., met 1.150 leden in de zeven gemeenten, reageren wij graag op de agenda. Wij hebben vier punten:"),
('p', "- Het ontwikkelfonds van 2 miljoen euro is een goede stap, maar voor een windproject is de ontwikkelfase al snel 1 miljoen euro. Wij vragen het fonds te verhogen naar 5 miljoen euro en ook open te stellen voor zonnedaken.", ["3.4"]),
('p', "- Het participatieplan moet niet alleen door de gemeenteraad worden beoordeeld. Wij vragen dat de energiecooperatie in de gemeente er vooraf bij wordt betrokken.", ["3.4"]),
('p', "- Wij willen graag een buurtbatterij beheren in de wijk waar onze leden zonnepanelen hebben. De regels in paragraaf 6.2 mogen dat niet onmogelijk maken.", ["6.2"]),
('p', "- De klankbordgroep moet meer zijn dan een praatgroep. Geef de klankbordgroep het recht om gevraagd en ongevraagd advies te geven aan de stuurgroep.", ["7.1"]),
('f', "Met duurzame groet,\n\nTheo Brouwer\nvoorzitter Merwestroom Energie U.A."),
]))
L.append(dict(file="09-stichting-landschap-en-natuur.docx", fmt="docx", blocks=[
('f', "Stichting Landschap en Natuur Merwestroom"),
('f', "Alblaswijk, 8 oktober 2026"),
('f', "Betreft: reactie op de Regionale Energie- en Warmteagenda Merwestroom 2027-2032"),
('f', "Geachte stuurgroep,"),
('f', "Onze stichting zet zich in voor het landschap en de natuur in de regio. Wij steunen de energietransitie, maar niet ten koste van de natuur."),
('p', "1. In hoofdstuk 3 ontbreekt een ecologische toets voor windturbines. Het zoekgebied in de polder ten oosten van Ottoland-Oost is een foerageergebied voor ganzen en de kleine zwaan. Wij vragen dit zoekgebied te schrappen.", ["3.1"]),
('p', "2. De agenda spreekt van \u201eruimte voor biodiversiteit tussen en onder de panelen\u201d, maar maakt niet concreet wat dat betekent. Wij vragen een minimale afstand tussen de panelenrijen en een bodemonderzoek voor en na de looptijd.", ["3.3.1"]),
('p', "3. Wij steunen de uitsluiting van biomassacentrales. Houtige biomassa uit het landschapsonderhoud kan beter worden gebruikt voor houtwallen en bodemverbetering.", ["4.2"]),
('f', "Met vriendelijke groet,\nStichting Landschap en Natuur Merwestroom\n\ndrs. E.M. Kuiper, directeur"),
]))
L.append(dict(file="10-woonstichting-lingehof.txt", fmt="txt", blocks=[
('f', "Woonstichting Lingehof\nStationsweg 40\n4231 BK Giessenburcht"),
('f', "Giessenburcht, 10 oktober 2026"),
('f', "Aan de Stuurgroep Energie Merwestroom\nOnderwerp: reactie op de Energie- en Warmteagenda"),
('f', "Geachte stuurgroep,"),
('f', "Woonstichting Lingehof verhuurt ruim 7.000 woningen in vier gemeenten van de regio. Wij reageren graag op de inspraakversie."),
('p', "In paragraaf 4.3 staat dat tot 2032 6.000 huurwoningen van de corporaties aardgasvrij of aardgasvrij-ready worden. Wij hebben in onze portefeuilleplanning 2.100 woningen in de regio gepland; samen met de andere corporaties komen wij op ongeveer 4.500. Wij vragen het getal aan te passen.", ["4.3"]),
('p', "Voor huurders in een wijk die op een warmtenet wordt aangesloten, mag het tarief niet hoger zijn dan de kosten bij gas. Wij vragen de gemeenten om in het regionale warmtebedrijf een tariefplafond voor huurders af te spreken.", ["4.3.1", "4.2"]),
('p', "Wij missen in de agenda de woningbouwopgave. Nieuwbouw wordt al aardgasvrij gebouwd, maar door netcongestie kunnen 300 nieuwe huurwoningen van Lingehof pas in 2029 worden opgeleverd.", ["2.2", "6.1"]),
('f', "Met vriendelijke groet,\n\nWoonstichting Lingehof\nir. J. Smit, directeur-bestuurder"),
]))
L.append(dict(file="11-mail-inwoner-bakker.eml", fmt="eml", frm="Sandra Bakker <sandra.bakker78@example.com>",
  date="Tue, 6 Oct 2026 22:17:45 +0200", subject="windmolens Ottoland", blocks=[
('f', "Beste mensen van de stuurgroep,"),
('f', "Ik woon met mijn gezin aan de Polderweg in Ottoland-Oost, op ongeveer 600 meter van het zoekgebied voor windturbines."),
('p', "Ik maak me grote zorgen over de slagschaduw en het geluid van de windturbines. Onze slaapkamer kijkt uit op de polder. 500 meter afstand is echt te weinig, zeker voor turbines van 250 meter hoog.", ["3.1"]),
('p', "Ook snap ik niet waarom wij als omwonenden pas mee mogen praten als het plan al klaar is. Op de energieavond in april werd gezegd dat de dorpen mee mogen beslissen, maar in de agenda lees ik daar niets over.", ["3.4", "1.2"]),
('p', "En dan nog iets anders: de bus naar Giessenburcht rijdt sinds de zomer maar een keer per uur. Voor mijn dochter die naar school moet is dat echt een probleem.", []),
('f', "Groetjes,\nSandra Bakker"),
]))
L.append(dict(file="12-inwoner-van-den-berg.pdf", fmt="pdf_rl", blocks=[
('f', "W. van den Berg\nKerkweg 12\n4145 KL Leerbroek"),
('f', "Aan de Stuurgroep Energie Merwestroom\nPostbus 200\n4200 AE Arkelstein"),
('f', "Leerbroek, 3 oktober 2026"),
('f', "Betreft: inspraakreactie energieagenda"),
('f', "Geachte heer, mevrouw,"),
('f', "Naar aanleiding van de inspraakversie wil ik het volgende opmerken."),
('p', "Ik heb in 2024 mijn woning laten isoleren en een hybride warmtepomp laten plaatsen. Het Regionaal Energieloket gaf toen goed advies, maar de subsidie duurde acht maanden. Zorg dat de aanvragen sneller worden afgehandeld.", ["5.1"]),
('p', "Op pagina 8 lees ik dat de dorpen en het buitengebied aangewezen zijn op individuele oplossingen. Betekent dit dat wij in Leerbroek nooit een warmtenet krijgen, ook niet als de kassen van de tuinders restwarmte over hebben?", ["4.1"]),
('f', "Hoogachtend,\n\nW. van den Berg"),
]))
L.append(dict(file="13-inwoner-ouali.docx", fmt="docx", blocks=[
('f', "Alblaswijk, 11 oktober 2026"),
('f', "Aan de stuurgroep energie,"),
('p', "In de agenda staat: \u201eGeen enkele bewoner wordt verplicht om van het aardgas af te gaan voordat er een betaalbaar alternatief beschikbaar is.\u201d Wat is betaalbaar? Voor mij als alleenstaande moeder met een parttime baan is een warmtepomp van 12.000 euro niet betaalbaar, ook niet met subsidie.", ["4.3", "4.3.1"]),
('p', "Ik woon in een appartement met een VvE. Wij praten al drie jaar over isolatie en er gebeurt niets. Een begeleider voor VvE's is een goed idee, maar kom dan ook echt langs.", ["5.1"]),
('p', "Verder wil ik melden dat de straatverlichting in de Populierenlaan al maanden kapot is.", []),
('f', "Met vriendelijke groet,\nFatima Ouali"),
]))
L.append(dict(file="14-inwoner-hendriks.txt", fmt="txt", blocks=[
('f', "Aan de Stuurgroep Energie Merwestroom"),
('f', "Arkelstein, 14 oktober 2026"),
('p', "Ik lees in hoofdstuk 6 dat waterstof niet bedoeld is om woningen te verwarmen. Onze oude boerderij is niet goed te isoleren. Waarom wordt waterstof voor woningen zoals de mijne zo snel afgeschreven?", ["6.2", "4.1"]),
('p', "De stuurgroep bestaat alleen uit bestuurders. Waarom zit er geen inwoner in? Nu beslissen wethouders over windturbines in onze achtertuin.", ["7.1"]),
('f', "K. Hendriks\nArkelstein"),
]))
CAMPAIGN_HEAD = [
('f', "Aan de Stuurgroep Energie Merwestroom\nPostbus 200\n4200 AE Arkelstein"),
('f', "Betreft: zienswijze zoekgebied windenergie polder Ottoland-Oost"),
('f', "Geachte stuurgroep,"),
('f', "Ik ben inwoner van Ottoland-Oost en maak bezwaar tegen de Regionale Energie- en Warmteagenda Merwestroom, voor zover het gaat om het zoekgebied voor windturbines in de polder ten oosten van ons dorp."),
]
def campaign(p2_extra='', p4=None):
    pts = [
    ('p', "1. Vier windturbines in de polder ten oosten van Ottoland-Oost tasten het open landschap en het zicht op de dijk onherstelbaar aan. Ik vraag u dit zoekgebied uit de agenda en uit Bijlage 2 te schrappen.", ["3.1", "Bijlage 2"]),
    ('p', "2. De afstand van 500 meter tot woningen is onvoldoende om gezondheidsschade door geluid en slagschaduw te voorkomen." + p2_extra + " Ik vraag een minimale afstand van 1.500 meter.", ["3.1"]),
    ('p', "3. De omwonenden zijn niet betrokken bij de keuze van de zoekgebieden. Ik vraag u eerst een dorpsgesprek te organiseren voordat er verder wordt gesproken over windturbines in onze polder.", ["3.4", "1.2"]),
    ]
    if p4: pts.append(p4)
    return pts
L.append(dict(file="15-campagne-windvrij-visser.txt", fmt="txt", blocks=[('f', "Ottoland-Oost, 8 oktober 2026")] + CAMPAIGN_HEAD +
  campaign(" Mijn man heeft nu al last van migraine door het geluid van de A15.") +
  [('f', "Met vriendelijke groet,\n\nM. Visser-de Graaf\nDijkweg 3, Ottoland-Oost")]))
L.append(dict(file="16-campagne-windvrij-meijer.eml", fmt="eml", frm="Ruud Meijer <r.meijer@example.net>",
  date="Fri, 9 Oct 2026 08:12:30 +0200", subject="Zienswijze windturbines polder Ottoland-Oost", blocks=CAMPAIGN_HEAD[1:] +
  campaign('', ('p', "4. Daarnaast vraag ik aandacht voor de slechte staat van het fietspad langs de Zouwendijk, waar mijn kinderen elke dag over naar school fietsen.", [])) +
  [('f', "Met vriendelijke groet,\nRuud Meijer\nZouwendijk 21\nOttoland-Oost")]))
L.append(dict(file="17-campagne-windvrij-yilmaz.txt", fmt="txt", blocks=[('f', "Ottoland-Oost, 12 oktober 2026")] + CAMPAIGN_HEAD +
  campaign(" Wij wonen met vier kinderen op nog geen 700 meter van de polder.") +
  [('f', "Met vriendelijke groet,\nE. Yilmaz")]))
