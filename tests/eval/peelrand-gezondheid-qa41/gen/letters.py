# Each letter: file, fmt, blocks (+ eml headers). Block kinds:
#  ('f', text)                    furniture (no comment)
#  ('h', text)                    a heading above a point or group of points (no comment of its own)
#  ('p', text, [sections], start) a point, with the start text of its label
# Printed page numbers of the draft ('pagina N' = PDF page N+6): pagina N holds chapter N for N = 1..10;
# pagina 11 Bijlage A; pagina 12 Bijlage B. PDF pages 1-6: cover, colofon, inhoud (2), voorwoord, samenvatting.
L = []
L.append(dict(file="01-zienswijze-gemeenteraad-deurnsel.pdf", fmt="pdf_rl", blocks=[
('f', "Gemeenteraad van Deurnsel"),
('f', "Aan het Portefeuillehoudersoverleg Sociaal Domein Peelrand\nt.a.v. de werkgroep Regionaal Gezondheidsbeleid\nPostbus 120\n5750 AC Deurnsel"),
('f', "Deurnsel, 14 oktober 2026"),
('f', "Onderwerp: zienswijze op de ontwerp Regionale Nota Gezondheidsbeleid Peelrand 2027-2030"),
('f', "Geacht Portefeuillehoudersoverleg,"),
('f', "De raad van Deurnsel heeft de ontwerpnota op 13 oktober 2026 besproken en geeft u de volgende zienswijze mee."),
('p', "1. De raad steunt de keuze voor proportioneel universalisme (p. 2). De raad vraagt om de Stationsbuurt als eerste van de vier aandachtswijken een wijkgezondheidsplan te geven, en om de bewoners daarbij vanaf het begin een eigen budget te geven.", ["2.2"], "De raad steunt de keuze voor proportioneel universalisme"),
('p', "2. De inloopplekken voor jongeren zonder verwijzing (p. 3) zijn wat de raad betreft hard nodig. De raad vraagt om de inloopplek in Deurnsel ook op zaterdag en in de avonduren open te stellen, omdat jongeren overdag op school zitten.", ["3.1"], "De inloopplekken voor jongeren zonder verwijzing"),
('p', "3. De raad vraagt om het keetbeleid uit § 5.1 niet pas in 2028, maar al in 2027 in te voeren, en om de keetbesturen en de ouders daarbij te betrekken.", ["5.1"], "De raad vraagt om het keetbeleid uit"),
('p', "4. Het rookvrij maken van speeltuinen en kinderboerderijen (p. 5) kan de raad steunen. De raad vraagt om ook de ingang van het zwembad De Wetering en de bushaltes bij scholen rookvrij te maken.", ["5.2.1"], "Het rookvrij maken van speeltuinen en kinderboerderijen"),
('p', "5. De raad maakt zich zorgen over de financiering na 2028 (p. 9-10). Als de rijksbijdrage wegvalt, mag dat volgens de raad niet betekenen dat de aandachtswijken hun extra deel verliezen.", ["9.2"], "De raad maakt zich zorgen over de financiering"),
('p', "6. Tot slot vraagt de raad om de bibliotheek in Deurnsel-West weer vijf dagen per week te openen, zodat inwoners daar terecht kunnen met vragen over formulieren.", [], "Tot slot vraagt de raad om de bibliotheek"),
('f', "Namens de gemeenteraad van Deurnsel,\n\nde griffier,                          de voorzitter,\nmr. A.C. Bosmans                  H.J. Verberne"),
]))
L.append(dict(file="02-zienswijze-raad-asterveld.pdf", fmt="pdf_rl", blocks=[
('f', "GEMEENTERAAD ASTERVELD"),
('f', "Asterveld, 16 oktober 2026"),
('f', "Betreft: zienswijze gemeenteraad Asterveld op de Nota Gezondheidsbeleid Peelrand"),
('f', "Geacht college van de gemeente Deurnsel, als secretaris van het Portefeuillehoudersoverleg,"),
('f', "In zijn vergadering van 15 oktober 2026 heeft de raad van Asterveld met 17 tegen 4 stemmen de onderstaande zienswijze vastgesteld."),
('h', "I. Mentale gezondheid"),
('p', "a. De wachtlijsten in de jeugd-ggz van acht maanden zijn onaanvaardbaar. De raad vraagt de regio om met de zorgverzekeraar en de jeugdhulpaanbieders een overbruggingsaanbod te regelen voor jongeren die op de wachtlijst staan.", ["3.1"], "De wachtlijsten in de jeugd-ggz van acht maanden"),
('p', "b. De raad vraagt om de training in het herkennen van signalen van suïcide ook aan te bieden aan trainers van sportverenigingen en aan vrijwilligers van kerken en moskeeën.", ["3.2"], "De raad vraagt om de training in het herkennen"),
('h', "II. Leefstijl"),
('p', "a. Lachgas wordt in Asterveld nog steeds verkocht via bezorgdiensten. De raad vraagt om handhaving hierop in de regionale aanpak op te nemen.", ["5.1"], "Lachgas wordt in Asterveld nog steeds verkocht"),
('p', "b. De raad steunt het beperken van het aantal verkooppunten van tabak en vapes en vraagt om in 2027 al een regionaal maximum vast te stellen.", ["5.2"], "De raad steunt het beperken van het aantal verkooppunten"),
('p', "c. De raad is er geen voorstander van om sportverenigingen te verplichten tot een alcoholbeleid met opgeleide barvrijwilligers. Kleine verenigingen draaien op een handvol vrijwilligers en kunnen deze eis niet dragen.", ["5.3"], "De raad is er geen voorstander van om sportverenigingen"),
('h', "III. Leefomgeving"),
('p', "a. Een beperking van fastfoodzaken rond scholen steunt de raad, maar dan moet de afstand voor de hele regio gelijk zijn.", ["7.3"], "Een beperking van fastfoodzaken rond scholen steunt de raad"),
('p', "b. Het geluid van de vliegbasis De Peel is voor veel inwoners van Asterveld de grootste bron van overlast. De raad vraagt de regio om bij het ministerie van Defensie aan te dringen op een nachtvliegverbod.", ["7.2"], "Het geluid van de vliegbasis De Peel is"),
('f', "Hoogachtend,\nde raad van de gemeente Asterveld,\nde griffier, W. Smulders\nde voorzitter, drs. F.E. van Lierop"),
]))
L.append(dict(file="03-reactie-college-helmhout.docx", fmt="docx", blocks=[
('f', "College van burgemeester en wethouders van Helmhout"),
('f', "Aan: Portefeuillehoudersoverleg Sociaal Domein Peelrand\nDatum: 9 oktober 2026\nOns kenmerk: 2026/GZ/0412\nOnderwerp: reactie op de ontwerp Nota Gezondheidsbeleid"),
('f', "Geachte collega's,"),
('f', "Ons college heeft met belangstelling kennisgenomen van de ontwerpnota. Wij zijn positief over de gezamenlijke koers en maken graag de volgende opmerkingen."),
('h', "Bestaanszekerheid en aandachtswijken"),
('p', "Het college onderschrijft dat gezondheid en bestaanszekerheid bij elkaar horen (§§ 2.1 en 2.2). Helmhout-Noord kampt met de grootste achterstand van de regio. Wij vragen om het doel om de kloof in gezonde levensverwachting met een jaar te verkleinen concreet per wijk uit te werken.", ["2.1", "2.2"], "Het college onderschrijft dat gezondheid en bestaanszekerheid"),
('h', "Huisartsen en wijkteams"),
('p', "Een vaste contactpersoon in het wijkteam voor elke huisartsenpraktijk (par. 9.1) hebben wij in Helmhout al. Wij raden aan om de ervaringen van Helmhout te gebruiken bij de invoering in de andere gemeenten.", ["9.1"], "Een vaste contactpersoon in het wijkteam voor elke"),
('h', "Verdeling van het preventiebudget"),
('p', "Wij kunnen instemmen met de bijdrage van 2,50 euro per inwoner. Wij vragen wel om het extra deel voor de aandachtswijken vooraf in een vast percentage vast te leggen.", ["9.2"], "Wij kunnen instemmen met de bijdrage van 2,50"),
('h', "Vaccinatiegraad"),
('p', "In twee kernen van Helmhout ligt de vaccinatiegraad onder de 80 procent. Wij vragen de GGD om daar in 2027 met voorrang huisbezoeken af te leggen en de inloopspreekuren te starten.", ["8.1"], "In twee kernen van Helmhout ligt de vaccinatiegraad"),
('h', "Monitoring"),
('p', "De cijfers in hoofdstuk 10 en Bijlage A zijn per gemeente beschikbaar, maar voor ons beleid hebben wij cijfers per wijk nodig. Wij vragen de GGD om de steekproef van de Gezondheidsmonitor in de aandachtswijken te vergroten.", ["10.1", "Bijlage A"], "De cijfers in hoofdstuk 10 en Bijlage A"),
('f', "Met vriendelijke groet,\nburgemeester en wethouders van Helmhout,\nde secretaris, ing. R. Kuijpers\nde burgemeester, mr. L.M. Aarts"),
]))
L.append(dict(file="04-advies-jongerenraad-peelrand.pdf", fmt="pdf_rl", blocks=[
('f', "Jongerenraad Peelrand"),
('f', "p/a Jongerenwerk Deurnsel, Markt 4, 5751 BJ Deurnsel"),
('f', "10 oktober 2026"),
('f', "Advies van de Jongerenraad over de Nota Gezondheidsbeleid"),
('f', "Beste leden van de werkgroep,"),
('f', "Wij zijn met twaalf jongeren tussen 14 en 23 jaar uit alle vijf gemeenten. Wij hebben de nota in drie avonden gelezen. Hieronder citeren we steeds een zin uit de nota en geven we onze reactie."),
('p', "\"Wij vragen scholen om de toetsdruk te verminderen.\" (pagina 4) - Dat is te vrijblijvend. Vraag scholen om samen met leerlingen een plan te maken, en laat de leerlingenraad dat plan goedkeuren.", ["3.1"], "Wij vragen scholen om de toetsdruk te verminderen."),
('p', "\"In de dorpen spelen keten en zuipketen een grote rol bij het drinken op jonge leeftijd.\" - Dat beeld klopt maar half. Veel jongeren drinken juist thuis of in de stad. Praat met jongeren uit de keten voordat u regels maakt.", ["5.1"], "In de dorpen spelen keten en zuipketen een grote"),
('p', "\"een vaste jongerenwerker per middelbare school\" - Heel goed, maar zorg dat het dezelfde persoon blijft. Jongeren vertellen hun verhaal niet aan iemand die elk half jaar wisselt.", ["3.1"], "een vaste jongerenwerker per middelbare school"),
('p', "\"Jonge mantelzorgers krijgen een aanspreekpunt bij het jongerenwerk.\" - Veel jonge mantelzorgers weten niet eens dat ze mantelzorger zijn. Zorg dat leraren hen herkennen en laat het aanspreekpunt ook via school bereikbaar zijn.", ["4.2"], "Jonge mantelzorgers krijgen een aanspreekpunt bij het jongerenwerk."),
('p', "\"veilige fiets- en wandelroutes naar scholen\" - De fietsroute van Meerbeek naar het Peelland College in Deurnsel is in de winter donker en gevaarlijk. Zet daar eerst verlichting neer.", ["6.3"], "veilige fiets- en wandelroutes naar scholen"),
('p', "\"Scholen krijgen ondersteuning voor water drinken in plaats van frisdrank.\" - Dan moeten er wel watertappunten op school en in het centrum komen, en die zijn er nu bijna nergens.", ["6.1"], "Scholen krijgen ondersteuning voor water drinken in plaats"),
('f', "Wij komen graag langs om ons advies toe te lichten.\nNamens de Jongerenraad Peelrand,\nSanne (voorzitter) en Youssef (secretaris)"),
]))
L.append(dict(file="05-advies-adviesraad-sociaal-domein-meerbeek.docx", fmt="docx", blocks=[
('f', "Adviesraad Sociaal Domein Meerbeek"),
('f', "Aan het college van burgemeester en wethouders van Meerbeek"),
('f', "Meerbeek, 6 oktober 2026"),
('f', "Onderwerp: gevraagd advies over de ontwerp Regionale Nota Gezondheidsbeleid Peelrand 2027-2030"),
('f', "Geacht college,"),
('f', "U heeft de adviesraad op 8 september 2026 gevraagd om advies over de ontwerpnota. De adviesraad heeft de nota in zijn vergadering van 1 oktober besproken en adviseert als volgt."),
('p', "In het hoofdstuk over eenzaamheid staat dat vrijwilligers alle 80-jarigen bezoeken. De adviesraad adviseert om dit huisbezoek al bij 75 jaar aan te bieden, omdat eenzaamheid dan vaak al begint, bijvoorbeeld na het overlijden van een partner.", ["4.1"], "In het hoofdstuk over eenzaamheid staat dat vrijwilligers"),
('p', "Bij het onderdeel over mantelzorgers mist de adviesraad de mantelzorgers van mensen met dementie. Zij hebben meer nodig dan een dagdeel respijtzorg per week; de adviesraad adviseert om ook logeeropvang in de regio te regelen.", ["4.2"], "Bij het onderdeel over mantelzorgers mist de adviesraad"),
('p', "De adviesraad is blij met de keuze voor positieve gezondheid als uitgangspunt, maar waarschuwt dat het spinnenweb voor sommige inwoners te ingewikkeld is. Gebruik eenvoudige taal en plaatjes.", ["1.2"], "De adviesraad is blij met de keuze voor positieve"),
('p', "Waar de nota de verschillen tussen wijken en dorpen beschrijft, wordt de afstand tot voorzieningen in de kleine kernen genoemd, maar er staat geen maatregel bij. De adviesraad adviseert om vervoer naar de huisarts en het gezondheidscentrum voor ouderen in de kernen te regelen.", ["2.2"], "Waar de nota de verschillen tussen wijken en dorpen"),
('p', "In het stuk over sport en bewegen voor iedereen worden mensen met een beperking genoemd. De adviesraad adviseert om aangepast sporten ook financieel te steunen, omdat aangepaste sportrolstoelen en begeleiding duur zijn.", ["6.2"], "In het stuk over sport en bewegen voor iedereen"),
('p', "Los van de nota adviseert de adviesraad het college om de bushalte bij de Sint-Annakerk in Meerbeek-Dorp, die in 2025 is opgeheven, terug te brengen.", [], "Los van de nota adviseert de adviesraad het college"),
('f', "Met vriendelijke groet,\nAdviesraad Sociaal Domein Meerbeek\nG. Hendriks-van Dijk, voorzitter"),
]))
L.append(dict(file="06-huisartsenkring-de-peel.eml", fmt="eml_html", frm="Huisartsenkring De Peel <secretariaat@hakdepeel.example.nl>",
  date="Sat, 17 Oct 2026 09:12:40 +0200", subject="Reactie Huisartsenkring De Peel op nota gezondheidsbeleid", blocks=[
('f', "Geachte werkgroep,"),
('f', "Namens het bestuur van Huisartsenkring De Peel, waarin 64 huisartsen in de vijf gemeenten samenwerken, reageren wij op de ontwerpnota. Wij herkennen ons in de koers en hebben de volgende punten."),
('p', "1. Welzijn op Recept werkt alleen als er genoeg welzijnscoaches zijn. Nu is de wachttijd voor een welzijnscoach in Helmhout zes weken. Wij vragen om een vaste formatie welzijnscoaches per 10.000 inwoners.", ["9.1"], "Welzijn op Recept werkt alleen als er genoeg"),
('p', "2. De afspraken over praktijkondersteuners ggz moeten ook gaan over de consultatie van een psychiater, want de POH-ggz ziet steeds zwaardere problematiek bij volwassenen.", ["3.2"], "De afspraken over praktijkondersteuners ggz moeten ook gaan"),
('p', "3. Huisartsen willen graag meer rokers naar een stoppen-met-rokenprogramma verwijzen. Zorg dat er in elke gemeente een programma in groepsverband beschikbaar is.", ["5.2"], "Huisartsen willen graag meer rokers naar een stoppen-met-rokenprogramma"),
('p', "4. Wij bieden aan om in de huisartsenpraktijken de inhaalvaccinatie BMR te geven aan jongvolwassenen die als kind niet zijn gevaccineerd.", ["8.1"], "Wij bieden aan om in de huisartsenpraktijken de inhaalvaccinatie"),
('p', "5. Neem de huisartsenpraktijken op in de voorraad beschermingsmiddelen. In de coronatijd waren wij de laatste die mondkapjes kregen.", ["8.2"], "Neem de huisartsenpraktijken op in de voorraad beschermingsmiddelen"),
('f', "Met collegiale groet,\n\ndr. E.W. Jansen, huisarts, voorzitter Huisartsenkring De Peel"),
]))
L.append(dict(file="07-sportservice-peelrand.txt", fmt="txt", blocks=[
('f', "Sportservice Peelrand\nSportlaan 2\n5761 PK Meerbeek"),
('f', "Meerbeek, 12 oktober 2026"),
('f', "Aan de werkgroep Regionaal Gezondheidsbeleid Peelrand"),
('f', "Betreft: reactie Sportservice Peelrand op de nota gezondheidsbeleid"),
('f', "Beste werkgroep,\n\nSportservice Peelrand ondersteunt 140 sportverenigingen in de regio en levert de buurtsportcoaches. Onze reactie in het kort:"),
('p', "- De buurtsportcoaches zijn nu voor 60 procent gefinancierd met een tijdelijke rijksbijdrage. Als u ze een vaste rol geeft bij sport en bewegen, zorg dan ook voor een vaste financiering.", ["6.2"], "De buurtsportcoaches zijn nu voor 60 procent gefinancierd"),
('p', "- Rookvrije sportparken in 2028 is haalbaar voor de meeste verenigingen, maar niet voor verenigingen met een eigen terrein zonder huurovereenkomst. Geef die verenigingen tot 2030.", ["5.2.1"], "Rookvrije sportparken in 2028 is haalbaar"),
('p', "- Wij bieden de instructie verantwoord alcoholgebruik gratis online aan voor barvrijwilligers. Verwijs verenigingen daarnaar in plaats van een nieuwe cursus te laten ontwikkelen.", ["5.3"], "Wij bieden de instructie verantwoord alcoholgebruik gratis online"),
('p', "- Beweegtuinen voor ouderen worden alleen gebruikt als er een beweegbegeleider bij is. Plan bij elke beweegtuin ook begeleiding.", ["6.3"], "Beweegtuinen voor ouderen worden alleen gebruikt"),
('p', "- De JOGG-aanpak draait in Asterveld en Meerbeek al. Laat de regiocoördinator JOGG bij Sportservice blijven, zodat de kennis niet verloren gaat.", ["6.1"], "De JOGG-aanpak draait in Asterveld en Meerbeek al"),
('p', "- Los van de nota: de btw-compensatie voor de bouw van sportaccommodaties is per 2026 verlaagd. Wij vragen de gemeenten om bij het Rijk aan te dringen op herstel.", [], "Los van de nota: de btw-compensatie voor"),
('f', "Met sportieve groet,\n\nT. Willems\ndirecteur Sportservice Peelrand"),
]))
L.append(dict(file="08-zorgverzekeraar-zuidpeil.pdf", fmt="pdf_rl", blocks=[
('f', "Zorgverzekeraar Zuidpeil\nAfdeling Zorginkoop en Preventie\nPostbus 900, 5600 AX Eindhoven"),
('f', "Eindhoven, 18 oktober 2026"),
('f', "Onderwerp: reactie op de ontwerp Nota Gezondheidsbeleid Peelrand"),
('f', "Geachte heer, mevrouw,"),
('f', "Als grootste zorgverzekeraar in de regio, met 62 procent van de inwoners als verzekerde, reageren wij graag op de ontwerpnota."),
('p', "Op pagina 9 schrijft u dat u met de zorgverzekeraar afspraken maakt over gezamenlijke financiering van preventie. Wij stellen voor om die afspraken in een convenant voor vier jaar vast te leggen, met een gezamenlijke regiotafel die ook over de inkoop van de praktijkondersteuner jeugd beslist.", ["9.1"], "Op pagina 9 schrijft u dat u met de"),
('p', "Onze bijdrage aan het regionale preventiebudget kunnen wij na 2028 alleen voortzetten als de gemeenten hun bijdrage van 2,50 euro per inwoner ook handhaven.", ["9.2"], "Onze bijdrage aan het regionale preventiebudget kunnen wij"),
('p', "De combinatieleefstijlinterventie voor kinderen wordt nog weinig gebruikt, omdat er in de regio maar twee centrale zorgverleners zijn. Wij vragen de gemeenten om samen met ons de opleiding van meer centrale zorgverleners te betalen.", ["6.1"], "De combinatieleefstijlinterventie voor kinderen wordt nog weinig"),
('p', "In H4 over eenzaamheid ontbreekt valpreventie. Ouderen die bang zijn om te vallen, gaan minder de deur uit en raken zo geïsoleerd. Wij financieren het programma In Balans en vragen u het in de nota op te nemen.", ["4.1"], "In H4 over eenzaamheid ontbreekt valpreventie"),
('p', "In de begrippenlijst (Bijlage B) ontbreken de gecombineerde leefstijlinterventie (GLI) en de praktijkondersteuner jeugd. Voeg deze toe, want zij komen in de tekst wel voor.", ["Bijlage B"], "In de begrippenlijst (Bijlage B) ontbreken de gecombineerde"),
('f', "Met vriendelijke groet,\n\ndrs. K.A. de Bruijn\nmanager Zorginkoop en Preventie, Zorgverzekeraar Zuidpeil"),
]))
L.append(dict(file="09-welzijn-de-kern.docx", fmt="docx", blocks=[
('f', "Stichting Welzijn De Kern"),
('f', "Helmhout, 15 oktober 2026"),
('f', "Aan: werkgroep Regionaal Gezondheidsbeleid Peelrand\nBetreft: reactie op de Nota Gezondheidsbeleid"),
('f', "Geachte leden van de werkgroep,"),
('f', "Welzijn De Kern levert in Helmhout en Sint-Joriszand het opbouwwerk, het jongerenwerk en de welzijnscoaches. Wij reageren op de volgende onderdelen."),
('p', "1. De lokale coalities tegen eenzaamheid (H4) draaien nu op de inzet van onze medewerkers zonder dat daar uren voor staan. Wij vragen om per coalitie een vaste coördinator van acht uur per week.", ["4.1"], "De lokale coalities tegen eenzaamheid (H4) draaien nu"),
('p', "2. Onze welzijnscoaches krijgen via Welzijn op Recept steeds meer verwijzingen van huisartsen. Wij vragen om de verwijzingen en de terugkoppeling aan de huisarts digitaal te regelen.", ["9.1"], "Onze welzijnscoaches krijgen via Welzijn op Recept steeds"),
('p', "3. Vroegsignalering van geldzorgen werkt het best als de schuldhulpverlening op vaste momenten in het buurthuis zit. Wij vragen om een wekelijks spreekuur geldzaken in elke aandachtswijk.", ["2.1"], "Vroegsignalering van geldzorgen werkt het best als"),
('p', "4. In hoofdstuk 5 worden ouderavonden op school genoemd. Die worden slecht bezocht door de ouders die het meest nodig zijn. Organiseer ze liever in het buurthuis of bij de sportclub, samen met het jongerenwerk.", ["5.1"], "In hoofdstuk 5 worden ouderavonden op school genoemd"),
('p', "5. De gezonde kookcursussen in het buurthuis die in de nota worden genoemd, geven wij al. Wij vragen om deze ook voor mannen en voor jongeren aan te bieden, en om de kosten voor deelnemers met een laag inkomen te vergoeden.", ["7.3"], "De gezonde kookcursussen in het buurthuis die in"),
('p', "6. Het jongerenwerk wil graag de inloopplekken voor jongeren draaien, samen met de jeugd-ggz. Zo kan een jongere die meer nodig heeft, direct worden doorverwezen.", ["3.1"], "Het jongerenwerk wil graag de inloopplekken voor jongeren"),
('f', "Met vriendelijke groet,\nStichting Welzijn De Kern\nmevr. I. Swinkels, directeur-bestuurder"),
]))
L.append(dict(file="10-email-bewoner-doorgestuurd.eml", fmt="eml_fwd", frm="Henk van der Heijden <h.vdheijden62@mail.example.nl>",
  date="Mon, 19 Oct 2026 22:47:05 +0200", subject="FW: houtstook en herrie - reactie op de nota gezondheid",
  pre="", blocks=[
('f', "Geachte werkgroep,\n\nIk stuur u hieronder het antwoord dat ik van de gemeente kreeg. Men zei me dat ik mijn reactie op de nota naar dit adres moest sturen, dus dat doe ik nu. Het is een lang verhaal, excuus daarvoor."),
('f', "Ik woon sinds 1989 aan de rand van Sint-Joriszand, en de laatste jaren is het wonen hier steeds minder gezond geworden. Ik heb de nota gezondheidsbeleid gelezen en wil op een paar dingen reageren."),
('p', "Het eerste is de houtstook. Drie buren hebben een houtkachel en in de winter kan ik op windstille avonden mijn ramen niet open zetten. Mijn vrouw heeft COPD en moet dan binnen blijven met de deur dicht. In de nota staat dat een verbod op houtstook niet wordt overwogen. Dat vind ik onbegrijpelijk. Andere gemeenten verbieden houtstook wel bij een stookalert. Ik vraag u om dat hier ook te doen, en om geen subsidie meer te geven voor pelletkachels.", ["7.1"], "Het eerste is de houtstook. Drie buren hebben"),
('p', "Het tweede is het geluid van de evenementen op het festivalterrein De Heuvel. Elk weekend van mei tot september dreunen de bassen tot middernacht door. Een regionale geluidsnorm voor evenementen is goed, maar dan moet er ook gemeten en gehandhaafd worden, ook op zondag. Nu krijg ik bij het klachtennummer niemand te spreken.", ["7.2"], "Het tweede is het geluid van de evenementen"),
('p', "Ten derde: mijn kleinkinderen zijn niet gevaccineerd omdat mijn schoondochter twijfelt. Ik ben blij dat de GGD met twijfelende ouders in gesprek gaat, maar doe dat niet belerend. Luister eerst naar hun zorgen, dan bereikt u meer.", ["8.1"], "Ten derde: mijn kleinkinderen zijn niet gevaccineerd"),
('f', "Met vriendelijke groet,\nHenk van der Heijden\nKloosterweg 14, 5763 AB Sint-Joriszand\ntel. 06-12345678"),
('f', "-------- Doorgestuurd bericht --------\nVan: Klantcontactcentrum gemeente Sint-Joriszand <info@sintjoriszand.example.nl>\nDatum: 12 oktober 2026 10:03\nAan: h.vdheijden62@mail.example.nl\nOnderwerp: RE: klacht houtstook buren\n\nGeachte heer Van der Heijden,\n\nDank voor uw bericht van 8 oktober over de houtstook van uw buren. Wij begrijpen dat dit vervelend is.\n\nEen melding over overlast door houtstook kunt u doen via het meldpunt van de omgevingsdienst. Wilt u reageren op het gezondheidsbeleid van de regio, dan kunt u tot en met 19 oktober een reactie sturen naar gezondheid@peelrand.example.nl.\n\n1. Ga naar www.sintjoriszand.example.nl/melden\n2. Kies 'Overlast' en daarna 'Houtstook'\n3. Vul het formulier in en voeg eventueel foto's toe\n\nMet vriendelijke groet,\nKlantcontactcentrum gemeente Sint-Joriszand"),
]))
L.append(dict(file="11-brief-bewoner-sint-joriszand.txt", fmt="txt", blocks=[
('f', "Aan de werkgroep gezondheidsbeleid\n\nSint-Joriszand, 2 oktober 2026"),
('f', "Beste mensen,\n\nMet belangstelling heb ik de nota gelezen. Ik ben 78 en woon alleen in de kern Sint-Joriszand."),
('p', "Ik loop met een rollator, en de stoepen in ons dorp zijn smal en scheef, met overal paaltjes en geparkeerde auto's. Als u wilt dat ouderen bewegen, begin dan met goede stoepen waar je met een rollator over kunt.", ["6.3"], "Ik loop met een rollator, en de stoepen"),
('p', "Sinds het dorpshuis De Linde vorig jaar dicht is, heb ik hier geen plek meer om anderen te ontmoeten. U schrijft dat u ontmoetingsplekken in de dorpen open wilt houden. Ik vraag u: open De Linde weer, al is het maar twee ochtenden in de week.", ["4.1"], "Sinds het dorpshuis De Linde vorig jaar dicht"),
('p', "Ik maak mij ook zorgen over de nieuwe 5G-mast naast de kerk. Ik krijg er hoofdpijn van en wil dat de gemeente die mast weghaalt.", [], "Ik maak mij ook zorgen over de nieuwe 5G-mast"),
('f', "Met vriendelijke groet,\nmevrouw T. Janssen-Coolen\nDorpsstraat 31, Sint-Joriszand"),
]))
camp = [
("12-campagnebrief-schone-lucht-bewoner-1.txt", "txt", "Deurnsel, 15 oktober 2026", "Ik woon met mijn gezin op 300 meter van een varkenshouderij.", "Met vriendelijke groet,\nP. Verhagen\nHeidelaan 8, Deurnsel", None),
("13-campagnebrief-schone-lucht-bewoner-2.eml", "eml", None, "Onze zoon heeft astma en moet op slechte dagen binnen blijven.", "Groeten,\nLinda Roefs\nBeekstraat 22, Asterveld", ("Linda Roefs <linda.roefs@mail.example.nl>", "Thu, 15 Oct 2026 20:14:00 +0200")),
("14-campagnebrief-schone-lucht-bewoner-3.docx", "docx", "Helmhout, 16 oktober 2026", "", "Hoogachtend,\nM. en J. Peeters-Aarts\nVeldweg 3, Helmhout", None),
("15-campagnebrief-schone-lucht-bewoner-4.pdf", "pdf_fpdf_plain", "Meerbeek, 17 oktober 2026", "Als longarts in ruste weet ik wat fijnstof met longen doet.", "Met vriendelijke groet,\ndr. W. Coenen\nKerkplein 5, Meerbeek", None),
]
for i, (fn, fmt, dt, personal, sig, eml) in enumerate(camp):
    bl = []
    if dt: bl.append(('f', dt))
    bl += [('f', "Aan de werkgroep Regionaal Gezondheidsbeleid Peelrand"),
           ('f', "Onderwerp: zienswijze Schone Lucht Peelrand"),
           ('f', ("Geachte werkgroep," if i != 1 else "Beste werkgroep,") + "\n\nIk steun de oproep van het bewonersinitiatief Schone Lucht Peelrand en geef u de volgende zienswijze." + (" " + personal if personal else "")),
           ('p', "1. Voer een stookverbod in op dagen met een stookalert, zoals andere gemeenten al doen. Voorlichting alleen is niet genoeg" + (", dat zien wij elke winter." if i % 2 == 0 else ".") , ["7.1"], "Voer een stookverbod in op dagen met een stookalert"),
           ('p', "2. Sta geen uitbreiding van veehouderijen meer toe binnen 500 meter van woningen, scholen en zorginstellingen, zolang de gezondheidsrisico's van fijnstof en endotoxinen niet bekend zijn.", ["7.1"], "Sta geen uitbreiding van veehouderijen meer toe binnen"),
           ('p', "3. Meet de luchtkwaliteit in elke kern met sensoren en publiceer de metingen " + ("op het dashboard Gezondheid in Beeld." if i != 2 else "openbaar op het dashboard Gezondheid in Beeld van de GGD."), ["7.1", "10.1"], "Meet de luchtkwaliteit in elke kern met sensoren")]
    bl.append(('f', sig))
    d = dict(file=fn, fmt=fmt, blocks=bl)
    if eml: d.update(frm=eml[0], date=eml[1], subject="Zienswijze Schone Lucht Peelrand")
    L.append(d)
L.append(dict(file="16-brief-moeder-helmhout.pdf", fmt="pdf_fpdf_plain", blocks=[
('f', "A.M. (Anja) de Wit\nPastoor van Arsstraat 17\n5701 KL Helmhout\ntel. 0492-556677"),
('f', "Helmhout, 21 oktober 2026"),
('f', "Aan de werkgroep Regionaal Gezondheidsbeleid\nPostbus 120\n5750 AC Deurnsel"),
('f', "Betreft: nota gezondheidsbeleid, reactie van een moeder"),
('f', "Geachte werkgroep,\n\nIk weet dat de termijn voorbij is, maar ik wil toch reageren, als moeder van drie tieners."),
('p', "Mijn dochter van vijftien wacht al zeven maanden op hulp van de jeugd-ggz. De school doet zijn best, maar de mentor heeft er geen tijd voor. Een inloopplek waar ze zonder verwijzing terecht kan, had haar veel eerder kunnen helpen. Ik vraag u om die inloopplekken snel te openen, en niet pas aan het eind van de periode.", ["3.1"], "Mijn dochter van vijftien wacht al zeven maanden"),
('p', "In het park achter het Carolus College liggen elk weekend lachgaspatronen. Mijn zoon vertelt dat leerlingen het in de pauze kopen bij een bezorger. Ik vraag de gemeente om daar te controleren, en om ouders te vertellen waar ze op moeten letten.", ["5.1"], "In het park achter het Carolus College liggen"),
('p', "Direct naast de school zit een snackbar met een scholierenmenu voor 3 euro. Ik steun het plan om geen nieuwe fastfoodzaken bij scholen toe te laten, maar wat gebeurt er met de zaken die er al zitten?", ["7.3"], "Direct naast de school zit een snackbar met"),
('f', "Met vriendelijke groet,\n\nAnja de Wit"),
]))
