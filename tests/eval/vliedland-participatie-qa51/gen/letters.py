# The responses of QA51 (fictional). Blocks: ('f', text) letter furniture (letterhead, salutation,
# signature, an opening without a view), ('h', text) a topic heading that is no point by itself,
# ('box', text) a 'Samenvatting van onze reactie' box at the top of a letter that repeats the points
# (no point by itself: the points are those in the body), ('motion', text) a council's motion text,
# ('sp', mm) (fpdf2 only) the next point starts mm above the foot of the page, so that it runs on to
# the next page, ('pt', text, sections[, start]) a labelled point (start: the first words of the point's
# own text after its number, letter or bullet, unless given; a topic line above the point is not part
# of it).
# Consultation: ter inzage 7 september t/m 19 oktober 2026 (deadline 2026-10-19). The draft is an
# 18-page PDF typeset by groff -ms (gropdf) whose printed page numbers ('Pagina N', footer centre) are
# the PDF's page numbers (the cover has no footer). Printed pages: 1 cover; 2 Voorwoord; 3 Samenvatting;
# 4 hfst 1, 1.1 (footnote 1), 1.2, 1.3 (Vraag 1-4); 5 1.3 (end: Vraag 5); 6 hfst 2, 2.1 (Tabel 1), 2.2
# (footnote 2); 7 2.2 (end), 2.3; 8 hfst 3, 3.1, 3.2, 3.3; 9 3.3 (end: proefplaatsing, loonkosten-
# subsidie, footnote 3), 3.4; 10 hfst 4, 4.1, 4.2, 4.3; 11 4.3 (end: the 64 medewerkers, footnote 4,
# vervoer); 12 hfst 5 in two columns (5.1, 5.2, 5.3); 13 hfst 6 (6.1, 6.2, 6.3); 14 hfst 7 (7.1 with
# footnote 5, 7.2, 7.3); 15 hfst 8 (8.1 with Tabel 2, 8.2, 8.3); 16 Bijlage 1: Begrippenlijst; 17
# Bijlage 2: Overzicht locaties en partners; 18 Inhoudsopgave (groff prints the contents at the end).
LETTERS = []
def L(file, fmt, blocks, **kw):
    LETTERS.append(dict(file=file, fmt=fmt, blocks=blocks, **kw))

L('01-zienswijze-raad-vliedhoven.pdf', 'pdf_groff', [
 ('f', 'Gemeenteraad van Vliedhoven\nStadhuisplein 1\n8101 AA Vliedhoven'),
 ('f', 'Aan het Portefeuillehoudersoverleg Werk en Inkomen Vliedland\nPostbus 100\n8100 AC Vliedhoven'),
 ('f', 'Vliedhoven, 14 oktober 2026\nOnderwerp: zienswijze ontwerp-Regiovisie Werk en Participatie 2027-2030\nKenmerk: RV-2026-0412'),
 ('f', 'Geacht overleg,'),
 ('f', 'In zijn vergadering van 8 oktober 2026 heeft de gemeenteraad van Vliedhoven de ontwerp-regiovisie „Iedereen aan de slag, niemand aan de kant” besproken. De raad heeft daarbij de onderstaande motie aangenomen, die wij als onze zienswijze aan u zenden.'),
 ('motion', 'Motie 2026-31 „Werk dat blijft”\nDe raad van de gemeente Vliedhoven, in vergadering bijeen op 8 oktober 2026,'),
 ('pt', 'overwegende dat\n- de ontwerp-regiovisie de jobcoaching wil laten duren „zo lang als nodig is, met een maximum van drie jaar”;\n- veel werknemers met een arbeidsbeperking juist na drie jaar hun baan verliezen als de begeleiding stopt;\n- een werkgever zonder jobcoach eerder afhaakt;\nverzoekt het college\n- in de regio te bepleiten dat de jobcoaching geen vast maximum krijgt;\n- de gemeenteraad jaarlijks te informeren over het aantal mensen dat na afloop van de jobcoaching nog aan het werk is,', ['3.2', '8.3'], 'overwegende dat'),
 ('f', 'en gaat over tot de orde van de dag.'),
 ('f', 'Daarnaast geeft de raad u de volgende punten mee.'),
 ('pt', '1. De raad steunt de brede intake binnen vier weken (pag. 8). Vliedhoven heeft nu een wachttijd van ruim twee maanden. De raad vraagt om in het uitvoeringsprogramma aan te geven hoeveel extra consulenten daarvoor in Vliedhoven nodig zijn, en om te beginnen met de wijken met de meeste uitkeringen.', ['3.1'], 'De raad steunt de brede intake binnen vier weken'),
 ('pt', '2. De gemeenten moeten als werkgever het goede voorbeeld geven. De raad vindt twee banen per 100 medewerkers te weinig en vraagt de regio om voor de eigen organisaties drie banen per 100 medewerkers af te spreken (paragraaf 5.2).', ['5.2'], 'De gemeenten moeten als werkgever het goede voorbeeld'),
 ('pt', '3. De kosten worden volgens de visie verdeeld naar het aantal bijstandsuitkeringen. Omdat Vliedhoven als centrumgemeente de meeste uitkeringen heeft, betaalt Vliedhoven ruim de helft van de extra middelen. De raad vraagt om een verdeelsleutel die ook rekening houdt met het aantal inwoners.', ['8.1'], 'De kosten worden volgens de visie verdeeld'),
 ('f', 'Hoogachtend,\nde gemeenteraad van Vliedhoven,\n\nde griffier, mr. T.A. Rietveld\nde voorzitter, J.C. van Ommeren'),
])

L('02-zienswijze-raad-zuidvelde.pdf', 'pdf_fpdf', [
 ('f', 'GEMEENTERAAD ZUIDVELDE\nRaadhuisstraat 4, 8142 CD Zuidvelde'),
 ('f', 'Aan: Portefeuillehoudersoverleg Werk en Inkomen Vliedland\nZuidvelde, 16 oktober 2026\nBetreft: zienswijze op de ontwerp-regiovisie Werk en Participatie'),
 ('f', 'Geacht overleg,'),
 ('f', 'In paragraaf 1.3 van de ontwerp-visie legt u vijf vragen voor. De gemeenteraad van Zuidvelde heeft op 13 oktober 2026 over de visie gesproken en beantwoordt hieronder die vragen. Daarna volgen nog twee andere punten.'),
 ('pt', 'Vraag 1: Herkent u zich in de beschrijving van de arbeidsmarkt in hoofdstuk 2?\nGrotendeels wel. Wij missen wel dat veel inwoners van Zuidvelde werken in de tuinbouw en de voedselverwerking over de grens met de buurregio. In Tabel 1 staat Zuidvelde met 171 Wsw-medewerkers, naar verhouding de meeste van de regio. Dat laat zien hoe belangrijk Vliedwerk voor ons dorp is.', ['2.1', '2'], 'Vraag 1: Herkent u zich in de beschrijving'),
 ('pt', 'Vraag 2: Wat vindt u van één regionale route naar werk met een brede intake binnen vier weken?\nDe raad steunt dit, op voorwaarde dat de intake in Zuidvelde zelf plaatsvindt en niet alleen op het Werkplein in Vliedhoven. Voor inwoners zonder auto is de reis naar Vliedhoven met het openbaar vervoer lang.', ['3.1'], 'Vraag 2: Wat vindt u van één regionale route'),
 ('pt', 'Vraag 3: Hoe kijkt u aan tegen de sluiting van de productielocatie van Vliedwerk in Zuidvelde?\nDe raad is hier tegen. De locatie aan de Kanaalstraat biedt werk aan 64 inwoners, van wie velen al tientallen jaren bij Vliedwerk werken. Voor hen betekent een reis naar Stapelmeer of Vliedhoven elke dag een uur extra in een busje. De raad vraagt om de renovatie opnieuw te bekijken en ook een kleinere, goedkopere verbouwing te laten doorrekenen.', ['4.3'], 'Vraag 3: Hoe kijkt u aan tegen de sluiting'),
 ('pt', 'Vraag 4: Wat hebben werkgevers nodig om meer mensen uit de doelgroep van de banenafspraak in dienst te nemen?\nVolgens de ondernemers in Zuidvelde vooral één persoon die zij kunnen bellen en die ook na de plaatsing bereikbaar blijft. Het WSP zit nu alleen in Vliedhoven; de raad vraagt om een vaste accountmanager voor Zuidvelde.', ['5.1', '5.2'], 'Vraag 4: Wat hebben werkgevers nodig'),
 ('pt', 'Vraag 5: Welke maatregelen tegen de armoedeval vindt u het belangrijkst?\nDe snelle hervatting van de uitkering binnen twee weken. Inwoners durven nu geen tijdelijk werk aan te nemen uit angst dat zij daarna zonder geld komen te zitten.', ['7.1'], 'Vraag 5: Welke maatregelen tegen de armoedeval'),
 ('h', 'Overige punten'),
 ('sp', 24),
 ('pt', 'A. In de tabel op pagina 15 staat dat de sluiting van de locatie in Zuidvelde vanaf 2028 ongeveer 350.000 euro per jaar oplevert. Die besparing is volgens de raad te rooskleurig: de kosten van het extra vervoer naar Stapelmeer en Vliedhoven zijn er niet van afgetrokken, en ook de huur van het gebouw aan de Kanaalstraat loopt nog door tot 2030. De raad vraagt om een nieuwe berekening waarin de kosten van het vervoer en de huur wel zijn meegenomen, voordat over de sluiting wordt besloten.', ['8.1', '4.3'], 'In de tabel op pagina 15 staat dat de sluiting'),
 ('pt', 'B. De raad vraagt om in het gebouw aan de Kanaalstraat in ieder geval de dagbesteding te behouden, zoals in voetnoot 4 wordt genoemd, en het onderzoek daarnaar niet pas in 2027 af te ronden maar vóór de besluitvorming over de visie.', ['4.3'], 'De raad vraagt om in het gebouw aan de Kanaalstraat'),
 ('f', 'Met vriendelijke groet,\nnamens de gemeenteraad van Zuidvelde,\n\nR. Hoekstra, griffier\nP.J. Bosma, voorzitter'),
])

L('03-reactie-college-harlinghem.docx', 'docx_sub', [
 ('f', 'Gemeente Harlinghem\nCollege van burgemeester en wethouders\nPostbus 20\n8130 AA Harlinghem'),
 ('f', 'Portefeuillehoudersoverleg Werk en Inkomen Vliedland\nt.a.v. de regionaal projectleider'),
 ('f', 'Datum: 12 oktober 2026\nOns kenmerk: 2026/WI/0388\nOnderwerp: reactie op de ontwerp-Regiovisie Werk en Participatie'),
 ('f', 'Geachte leden van het portefeuillehoudersoverleg,'),
 ('f', 'Ons college heeft met instemming kennisgenomen van de ontwerp-regiovisie. Wij geven u graag de volgende reactie mee.'),
 ('pt', '1. Wij steunen de keuze om alle werkgeversdienstverlening via het WSP te laten lopen (paragraaf 5.1). Wel vragen wij:\na. dat onze eigen accountmanager, die de ondernemers in Harlinghem goed kent, vanuit het WSP voor Harlinghem blijft werken;\nb. dat het werkgeversportaal ook voor kleine werkgevers eenvoudig te gebruiken is;\nc. dat de gemeenten inzicht houden in welke werkgevers in hun gemeente worden bezocht.', ['5.1'], 'Wij steunen de keuze om alle werkgeversdienstverlening'),
 ('pt', '2. Harlinghem heeft de laagste bijstandsdichtheid van de regio, maar wel een relatief grote groep vijftigplussers die lang werkloos is. Wij vinden de aanpak voor vijftigplussers in de visie te mager. Wij vragen om:\na. een scholingsbudget per werkzoekende boven de vijftig;\nb. afspraken met werkgevers over proefplaatsingen voor deze groep.', ['6.3'], 'Harlinghem heeft de laagste bijstandsdichtheid van de regio'),
 ('pt', '3. De regionale regeling voor social return ondersteunen wij. De grens van 100.000 euro is voor een kleine gemeente als de onze echter hoog; bij die grens valt bijna geen enkele opdracht van Harlinghem onder de regeling. Wij stellen een grens van 50.000 euro voor.', ['5.3'], 'De regionale regeling voor social return ondersteunen wij'),
 ('pt', '4. Over de loonwaardebepaling: een jaarlijkse herbeoordeling vinden wij voor werknemers met een stabiele loonwaarde overbodig. Wij stellen voor om de mogelijkheid uit voetnoot 3 regionaal de regel te maken.', ['3.3']),
 ('pt', '5. Wij missen in de visie aandacht voor het vervoer van werkzoekenden in de kleine kernen naar werk. Veel banen op het bedrijventerrein bij Stapelmeer beginnen om zes uur, als er nog geen bus rijdt. Wij vragen de regio om samen met de provincie naar een oplossing te zoeken, zoals een werkbus of een deelfietsregeling.', [], 'Wij missen in de visie aandacht voor het vervoer'),
 ('f', 'Met vriendelijke groet,\nburgemeester en wethouders van Harlinghem,\nde secretaris, drs. K. Veldman\nde burgemeester, A.H. Smit-de Boer'),
])

L('04-advies-adviesraad-sociaal-domein-stapelmeer.pdf', 'pdf_box', [
 ('f', 'Adviesraad Sociaal Domein Stapelmeer\nSecretariaat: Havenkade 1, 8120 AB Stapelmeer'),
 ('f', 'Aan het college van burgemeester en wethouders van Stapelmeer\nen het Portefeuillehoudersoverleg Werk en Inkomen Vliedland\n\nStapelmeer, 15 oktober 2026\nBetreft: advies ontwerp-regiovisie Werk en Participatie 2027-2030'),
 ('box', 'Samenvatting van onze reactie\n• Maak de brede intake echt breed: betrek schuldhulp en zorg.\n• Laaggeletterdheid vraagt meer dan herkenning.\n• Beschut werk moet ook bij gewone werkgevers kwaliteit bieden.\n• De cliëntenraad en de adviesraden horen vaker dan twee keer per jaar aan tafel.\n• Maak de tegenprestatie overal vrijwillig.'),
 ('f', 'Geacht college, geacht overleg,'),
 ('f', 'De Adviesraad Sociaal Domein Stapelmeer heeft de ontwerp-regiovisie besproken in zijn vergadering van 6 oktober 2026 en geeft u hierbij gevraagd en ongevraagd advies. De adviesraad waardeert dat de werkzoekende in de visie centraal staat.'),
 ('h', '1. De brede intake'),
 ('pt', 'De visie belooft een „brede intake” binnen vier weken, maar de intake wordt gedaan door de consulent werk. Mensen met schulden of psychische problemen hebben eerst andere hulp nodig. De adviesraad adviseert om bij de intake standaard de schuldhulpverlening en het sociaal wijkteam te betrekken, zodat het werkplan ook over die problemen gaat.', ['3.1'], 'De visie belooft een „brede intake” binnen vier weken'),
 ('h', '2. Laaggeletterdheid'),
 ('pt', "De adviesraad is blij met de aandacht voor laaggeletterdheid. Herkennen alleen is echter niet genoeg. Volgens de visie is in de bijstand 'bijna een derde' laaggeletterd. Wij adviseren om iedere werkzoekende die laaggeletterd is een taaltraject aan te bieden, ook als hij of zij nog niet aan het werk kan, en om niet alleen de brieven maar ook de websites en formulieren in eenvoudige taal te maken.", ['3.4', '2.3'], 'De adviesraad is blij met de aandacht voor laaggeletterdheid'),
 ('h', '3. Beschut werk bij gewone werkgevers'),
 ('pt', 'Het is goed dat beschut werk ook bij gewone werkgevers mogelijk wordt. De begeleiding die iemand bij Vliedwerk krijgt, moet dan wel meegaan naar de nieuwe werkplek. De adviesraad adviseert om vast te leggen dat een medewerker met beschut werk bij een gewone werkgever dezelfde begeleiding houdt en terug kan naar Vliedwerk als het niet lukt.', ['4.2'], 'Het is goed dat beschut werk ook bij gewone werkgevers'),
 ('h', '4. Betrokkenheid'),
 ('pt', 'Twee keer per jaar betrokken worden bij de voortgang is te weinig. De adviesraad wil ook bij het opstellen van het jaarlijkse uitvoeringsprogramma en bij de opzet van de monitor worden betrokken, en adviseert de tevredenheid van werkzoekenden niet alleen met een enquête te meten maar ook in gesprekken.', ['8.2', '8.3'], 'Twee keer per jaar betrokken worden bij de voortgang'),
 ('h', '5. Tegenprestatie'),
 ('pt', 'De adviesraad steunt de keuze om de tegenprestatie niet verplicht op te leggen en adviseert dit ook in de verordeningen van alle vijf gemeenten vast te leggen.', ['7.3'], 'De adviesraad steunt de keuze om de tegenprestatie'),
 ('f', 'Met vriendelijke groet,\nAdviesraad Sociaal Domein Stapelmeer\n\nmw. drs. L. Groenewoud, voorzitter\nB. El Amrani, secretaris'),
])

L('05-werkgeversservicepunt-vliedland.eml', 'eml_plain', [
 ('f', 'Geachte leden van het portefeuillehoudersoverleg,'),
 ('f', 'Namens het Werkgeversservicepunt Vliedland (WSP) reageer ik op de ontwerp-regiovisie. Het managementteam van het WSP heeft de visie besproken met onze accountmanagers. Wij zijn blij met de keuze voor één loket voor werkgevers en hebben de volgende opmerkingen:'),
 ('pt', '- De overgang van de accountmanagers van de gemeenten naar het WSP vraagt tijd. Wij stellen voor om dit gefaseerd te doen in 2027 en 2028, en eerst samen met de gemeenten een gezamenlijk klantvolgsysteem in te richten.', ['5.1']),
 ('pt', '- Het doel van 650 extra banen in 2030 is haalbaar, maar alleen als de loonkostensubsidie snel wordt toegekend. Werkgevers wachten nu soms drie maanden op een beschikking. Wij vragen om in de visie een termijn van vier weken voor de loonkostensubsidie op te nemen.', ['5.2', '3.3']),
 ('pt', '- Bij social return vragen wij om ook ruimte voor „social return op maat”: een werkgever die een leerwerkplek biedt of een statushouder begeleidt, moet dat kunnen laten meetellen.', ['5.3']),
 ('pt', '- De werkgeverspeiling in 2.2 laat zien dat werkgevers wel willen maar niet durven. Wij willen daarom graag een no-riskpolis die voor alle werkzoekenden uit de doelgroep geldt, niet alleen voor mensen met een indicatie banenafspraak.', ['2.2', '3.3']),
 ('pt', '- Het WSP heeft voor de banenmarkten een vast budget nodig; dat ontbreekt in de tabel met de extra middelen.', ['8.1', '5.1']),
 ('f', 'Wij denken graag verder mee over het uitvoeringsprogramma.'),
 ('f', 'Met vriendelijke groet,\n\nEsther Kooistra\nManager Werkgeversservicepunt Vliedland\nStationsplein 5 | 8101 BE Vliedhoven\nwww.wspvliedland.nl'),
], meta=dict(frm='Esther Kooistra <e.kooistra@wspvliedland.nl>', to='inspraak@werkvliedland.nl', date='Fri, 16 Oct 2026 11:42:07 +0200', subject='Reactie WSP Vliedland op ontwerp-regiovisie Werk en Participatie'))

L('06-vliedwerk-reactie.md', 'md', [
 ('f', '# Reactie Vliedwerk op de ontwerp-regiovisie Werk en Participatie'),
 ('f', 'Vliedwerk, sociaal ontwikkelbedrijf voor de regio Vliedland  \nIndustrieweg 12, 8102 DK Vliedhoven  \nVliedhoven, 13 oktober 2026'),
 ('f', 'Aan het Portefeuillehoudersoverleg Werk en Inkomen Vliedland'),
 ('f', 'De directie en de ondernemingsraad van Vliedwerk hebben de ontwerp-regiovisie met veel interesse gelezen. Wij onderschrijven de richting. Hieronder onze reactie, geordend naar de onderwerpen van de visie.'),
 ('h', '## Van SW-bedrijf naar sociaal ontwikkelbedrijf'),
 ('pt', '- Vliedwerk is klaar voor de rol van ontwikkelbedrijf. Wel vragen wij om een meerjarige opdracht (ten minste vier jaar) met een vaste prijs per traject, zodat wij kunnen investeren in leermeesters en opleidingen.', ['4.1']),
 ('pt', '- De nieuwe doelgroep uit de bijstand heeft vaak andere problemen dan onze Wsw-medewerkers. Wij vragen om budget voor de scholing van onze werkleiders tot begeleiders van leerwerktrajecten.', ['4.1']),
 ('h', '## Beschut werk'),
 ('pt', '- De groei naar 140 plekken is nodig: er staan nu 38 mensen op de wachtlijst. Wij stellen voor de groei naar voren te halen, zodat er in 2028 al 120 plekken zijn.', ['4.2']),
 ('h', '## Locaties en vervoer'),
 ('pt', '- De ondernemingsraad maakt zich zorgen over de sluiting van de locatie in Zuidvelde. Voor een deel van de 64 medewerkers is de reis naar Stapelmeer een grote belasting. De OR vraagt om met iedere medewerker een persoonlijk gesprek te voeren en niemand te verplichten te verhuizen naar een andere locatie als een detacheringsplek in Zuidvelde mogelijk is.', ['4.3']),
 ('h', '## Het werkgeversservicepunt'),
 ('pt', '- Vliedwerk is partner in het WSP. Wij vragen om de groepsdetacheringen van Vliedwerk een vaste plek in het aanbod van het WSP te geven.', ['5.1', '4.1']),
 ('f', 'Met vriendelijke groet,  \nnamens Vliedwerk,  \nir. H.M. Kuipers, algemeen directeur  \nS. de Graaf, voorzitter ondernemingsraad'),
])

L('07-clientenraad-werk-en-inkomen.txt', 'txt', [
 ('f', 'CLIËNTENRAAD WERK EN INKOMEN VLIEDLAND\np/a Werkplein Vliedhoven, Stationsplein 5, 8101 BE Vliedhoven\nclientenraad@werkvliedland.nl'),
 ('f', 'Aan het Portefeuillehoudersoverleg Werk en Inkomen\nPostbus 100\n8100 AC Vliedhoven'),
 ('f', 'Vliedhoven, 17 oktober 2026\nBetreft: reactie op de ontwerp-regiovisie Werk en Participatie'),
 ('f', 'Geachte heer, mevrouw,'),
 ('f', 'De Cliëntenraad Werk en Inkomen Vliedland komt op voor de belangen van alle inwoners met een uitkering op grond van de Participatiewet. Wij hebben de visie besproken met onze achterban in drie bijeenkomsten. Hieronder leest u wat zij ons hebben meegegeven.'),
 ('pt', "1) Wij zijn blij met de zin 'Wij gaan uit van vertrouwen'. Maar in de praktijk voelen mensen in de bijstand zich vaak gecontroleerd en gewantrouwd. Wij vragen om de consulenten te trainen in een respectvolle bejegening en om een onafhankelijke klachtenregeling voor de hele regio.", ['7.3']),
 ('pt', '2) Eén vaste begeleider is precies wat onze achterban vraagt. Mensen raken nu de draad kwijt omdat hun consulent steeds wisselt. Wij vragen om dit ook op te nemen als meetpunt in de monitor: hoeveel werkzoekenden hebben in een jaar dezelfde begeleider gehad?', ['3.2', '8.3']),
 ('pt', '3) De vrijlatingsregeling is een goede stap, maar voor veel mensen is het probleem de terugvordering. Als inkomsten uit werk te laat worden doorgegeven, moet geld worden terugbetaald en ontstaan nieuwe schulden. Wij vragen om een regionale werkwijze waarbij kleine bedragen niet worden teruggevorderd.', ['7.1']),
 ('pt', '4) In voetnoot 5 staat dat de grenzen van de minimaregelingen tussen 120 en 130 procent liggen. Wij vragen om in de hele regio dezelfde grens van 130 procent te hanteren, zodat het niet uitmaakt in welke gemeente je woont.', ['7.1']),
 ('pt', '5) De reiskosten naar een werkervaringsplek of een proefplaatsing worden niet in alle gemeenten vergoed. Dat moet overal gebeuren.', ['3.3']),
 ('pt', '6) Wij willen als cliëntenraad meer dan twee keer per jaar betrokken worden. Wij vragen om een vaste plek in de werkgroep die het uitvoeringsprogramma schrijft.', ['8.2']),
 ('f', 'Met vriendelijke groet,\nnamens de Cliëntenraad Werk en Inkomen Vliedland,\n\nJ. Wouters, voorzitter'),
])

L('08-groenrijk-hoveniers.docx', 'docx', [
 ('f', 'Groenrijk Hoveniers B.V.\nDijkweg 88\n8131 EP Harlinghem\nT 0513 - 44 21 90'),
 ('f', 'Aan: Portefeuillehoudersoverleg Werk en Inkomen Vliedland'),
 ('f', 'Harlinghem, 9 oktober 2026'),
 ('f', 'Betreft: inspraakreactie regiovisie werk'),
 ('f', 'Geachte heer, mevrouw,'),
 ('f', 'Groenrijk Hoveniers is een familiebedrijf met 34 medewerkers, van wie zes via de banenafspraak bij ons werken. Wij hebben goede ervaringen met deze collega’s. Graag reageren wij op de visie.'),
 ('pt', 'Eén loket\nWij hebben de afgelopen jaren met drie gemeenten en het UWV te maken gehad, elk met eigen formulieren. Eén aanspreekpunt bij het WSP is voor ons een grote verbetering, als die persoon ook echt bereikbaar is en niet elk jaar wisselt.', ['5.1'], 'Wij hebben de afgelopen jaren met drie gemeenten'),
 ('pt', 'Jobcoaching\nDe jobcoach van onze medewerker werd na zes maanden stopgezet, terwijl het daarna misging. Wij zijn het er erg mee eens dat de jobcoaching langer mag duren. Graag ook een jobcoach die in het groen thuis is en zelf weet hoe het werk gaat.', ['3.2'], 'De jobcoach van onze medewerker werd'),
 ('pt', 'Loonwaarde\nDe loonwaarde van onze medewerkers wordt elk jaar opnieuw gemeten, met een dag iemand erbij op de werkplek. Voor onze mensen is dat stressvol. Eens in de drie jaar is genoeg.', ['3.3'], 'De loonwaarde van onze medewerkers wordt elk jaar'),
 ('pt', 'Bestemmingsplan\nOns bedrijf wil uitbreiden met een kas voor het kweken van vaste planten, waar wij ook beschut werk zouden kunnen bieden. De gemeente Harlinghem staat dit niet toe omdat het bestemmingsplan het niet toelaat. Wij vragen u om hierover met de gemeente in gesprek te gaan.', ['4.2'], 'Ons bedrijf wil uitbreiden met een kas'),
 ('f', 'Met vriendelijke groet,\n\nGroenrijk Hoveniers B.V.\nMarco Dijkstra, directeur'),
])

L('09-email-inwoner-bredeloo.eml', 'eml_plain', [
 ('f', 'Geachte mensen van de gemeente,'),
 ('f', 'Ik heb de regiovisie gelezen en wil graag reageren. Ik zit sinds drie jaar in de bijstand, na een burn-out en een scheiding. Ik heb twee kinderen van 9 en 12.'),
 ('pt', 'Ik heb vorig jaar twee maanden via een uitzendbureau gewerkt. Daarna duurde het zeven weken voordat mijn uitkering weer liep. Ik heb toen geld moeten lenen van mijn moeder. Dat u de uitkering binnen twee weken wilt hervatten is heel goed, maar zorg dan ook dat het echt gebeurt en dat mensen een voorschot kunnen krijgen.', ['7.1'], 'Ik heb vorig jaar twee maanden via een uitzendbureau'),
 ('pt', 'Ik zou graag parttime werken, maar de kinderopvang in Bredeloo heeft een wachtlijst van een half jaar. Daar staat in de visie niets over. Zonder opvang kan ik niet werken.', [], 'Ik zou graag parttime werken, maar de kinderopvang'),
 ('pt', 'Ik doe nu vrijwilligerswerk in de kringloopwinkel. Mijn consulent vond dat goed, maar niemand heeft ooit gevraagd of ik daar iets kan leren wat mij helpt bij een baan. Het stuk over vrijwilligerswerk als opstap is dus mooi, maar dan moet er ook iemand zijn die dat met je bespreekt.', ['7.2'], 'Ik doe nu vrijwilligerswerk in de kringloopwinkel'),
 ('f', 'Met vriendelijke groet,\n\nDemi Hartman\nBeukenlaan 17\n8153 KR Bredeloo\ntel. 06-41 87 22 93'),
], meta=dict(frm='Demi Hartman <demi.hartman88@hotmail.com>', to='inspraak@werkvliedland.nl', date='Sun, 11 Oct 2026 21:16:40 +0200', subject='reactie regiovisie'))

L('10-brief-inwoner-zuidvelde-scan.pdf', 'pdf_scan', [
 ('f', 'A. Meijering-Dekker\nSchoolstraat 6\n8142 BH Zuidvelde\nTel. 0516 - 38 14 07'),
 ('f', 'Aan het Portefeuillehoudersoverleg\nWerk en Inkomen Vliedland\nPostbus 100\n8100 AC Vliedhoven'),
 ('f', 'Zuidvelde, 5 oktober 2026'),
 ('f', 'Betreft: de regiovisie werk en de sluiting van Vliedwerk Zuidvelde'),
 ('f', 'Geachte leden van het overleg,'),
 ('f', 'Mijn zoon Bart werkt al 22 jaar bij Vliedwerk aan de Kanaalstraat. Hij heeft een verstandelijke beperking en woont bij ons thuis. Ik schrijf u omdat ik mij grote zorgen maak.'),
 ('pt', 'Op bladzijde 10 lees ik dat de locatie in Zuidvelde in 2028 dicht gaat. Bart kan niet alleen met de bus. Hij fietst nu elke dag tien minuten naar zijn werk. Als hij naar Stapelmeer moet, zit hij elke dag twee keer drie kwartier in een taxibusje. Dat houdt hij niet vol. Ik vraag u de locatie open te houden.', ['4.3'], 'Op bladzijde 10 lees ik dat de locatie'),
 ('pt', 'U schrijft dat de medewerkers ook op een detacheringsplek in Zuidvelde zelf kunnen werken. Welke plekken zijn dat dan? In ons dorp zijn maar weinig bedrijven. Ik wil dat eerst zeker is dat Bart in Zuidvelde kan blijven werken voordat er iets wordt gesloten.', ['4.3'], 'U schrijft dat de medewerkers ook op een detacheringsplek'),
 ('pt', 'Ook het vervoer naar de dagbesteding in Vliedhoven, waar Bart op woensdag heen gaat, is nu al slecht geregeld. Het busje komt vaak een half uur te laat.', [], 'Ook het vervoer naar de dagbesteding in Vliedhoven'),
 ('f', 'Ik hoop dat u rekening houdt met mensen zoals Bart.'),
 ('f', 'Met vriendelijke groet,\n\nA. Meijering-Dekker'),
])

L('11-doorgestuurd-reactie-taalhuis.eml', 'eml_forward', [
 ('f', 'Beste mensen,'),
 ('f', 'Hieronder stuur ik u de reactie van het Taalhuis door. Die was per abuis alleen naar de wethouder van Bredeloo gestuurd. Wilt u hem meenemen in de inspraak?'),
 ('f', 'Met vriendelijke groet,\nPetra Veenstra\nBeleidsmedewerker Bibliotheek Vliedland'),
 ('fwd', '---------- Doorgestuurd bericht ----------\nVan: Taalhuis Vliedland <taalhuis@bibliotheekvliedland.nl>\nDatum: do 15 okt. 2026 om 16:02\nOnderwerp: Reactie Taalhuis op regiovisie Werk en Participatie\nAan: wethouder Bredeloo <wethouder.dijkman@bredeloo.nl>'),
 ('f', 'Geachte mevrouw Dijkman,'),
 ('f', 'Het Taalhuis Vliedland, onderdeel van Bibliotheek Vliedland, heeft met belangstelling de ontwerp-regiovisie gelezen. Wij geven graag de volgende reactie.'),
 ('pt', 'Het is goed dat hoofdstuk 3 aandacht heeft voor laaggeletterdheid. Wij zien in onze taalhuizen dat veel mensen pas komen als iemand die zij vertrouwen hen persoonlijk doorverwijst. Wij bieden aan om de consulenten te trainen in het herkennen van laaggeletterdheid, zoals de visie in 3.4 voorstelt.', ['3.4'], 'Het is goed dat hoofdstuk 3 aandacht heeft'),
 ('pt', 'Digitale vaardigheden worden steeds belangrijker, ook bij het solliciteren en bij het werkgeversportaal van het WSP. Wij vragen om digitale vaardigheden een vaste plaats te geven in de taaltrajecten en in de scholing van vijftigplussers.', ['3.4', '6.3', '2.2'], 'Digitale vaardigheden worden steeds belangrijker'),
 ('pt', 'In Bijlage 2 staat alleen het Taalhuis in Bredeloo. Er zijn ook taalhuizen in Vliedhoven, Stapelmeer en Zuidvelde. Wilt u die toevoegen?', ['Bijlage 2'], 'In Bijlage 2 staat alleen het Taalhuis in Bredeloo'),
 ('f', 'Met vriendelijke groet,\n\nIneke Brouwer\nCoördinator Taalhuis Vliedland\nBibliotheek Vliedland'),
], meta=dict(frm='Petra Veenstra <p.veenstra@bibliotheekvliedland.nl>', to='inspraak@werkvliedland.nl', date='Mon, 19 Oct 2026 09:12:55 +0200', subject='Fwd: Reactie Taalhuis op regiovisie Werk en Participatie'))

L('12-vrijwilligerscentrale-stapelmeer.docx', 'docx_plain', [
 ('f', 'Vrijwilligerscentrale Stapelmeer\nHavenkade 20\n8121 AC Stapelmeer'),
 ('f', 'Stapelmeer, 8 oktober 2026'),
 ('f', 'Aan het Portefeuillehoudersoverleg Werk en Inkomen Vliedland'),
 ('f', 'Onderwerp: reactie ontwerp-regiovisie'),
 ('f', 'Geachte leden van het overleg,'),
 ('pt', 'In het stuk over vrijwilligerswerk als opstap vraagt u de vrijwilligerscentrales om werkzoekenden te begeleiden bij het vinden van passend vrijwilligerswerk. Dat doen wij graag, maar onze centrale draait op één betaalde kracht van 24 uur en veertig vrijwilligers. Zonder extra middelen kunnen wij deze taak niet op ons nemen. Wij vragen om een bijdrage per begeleide werkzoekende.', ['7.2'], 'In het stuk over vrijwilligerswerk als opstap'),
 ('pt', 'Het uitgangspunt dat vrijwilligerswerk geen betaald werk mag verdringen, onderschrijven wij. Wij merken wel dat sommige organisaties werkzoekenden als gratis kracht zien. Wij stellen een regionale toets voor, zodat voor iedereen duidelijk is wat wel en niet mag.', ['7.2'], 'Het uitgangspunt dat vrijwilligerswerk geen betaald werk'),
 ('pt', 'Bij de statushouders ziet u vrijwilligerswerk niet als mogelijkheid, terwijl veel statushouders via vrijwilligerswerk juist de taal oefenen en mensen leren kennen. Wij vragen om vrijwilligerswerk ook in het werkfit-traject op te nemen.', ['6.1', '7.2'], 'Bij de statushouders ziet u vrijwilligerswerk niet'),
 ('f', 'Met vriendelijke groet,\n\nVrijwilligerscentrale Stapelmeer\nFatma Yildiz, coördinator'),
])

CAMPAIGN = [
 ('pt', '1. Houd Vliedwerk in Zuidvelde open. De werkplaats aan de Kanaalstraat is voor de medewerkers meer dan werk: het is hun tweede thuis, dichtbij en vertrouwd.', ['4.3'], 'Houd Vliedwerk in Zuidvelde open'),
 ('pt', '2. Reken de besparing eerlijk uit. Het vervoer naar Stapelmeer en Vliedhoven kost ook geld, en dat staat niet in de begroting van de visie.', ['8.1', '4.3'], 'Reken de besparing eerlijk uit'),
 ('pt', '3. Praat eerst met de medewerkers en hun ouders, en neem pas daarna een besluit.', ['4.3'], 'Praat eerst met de medewerkers en hun ouders'),
]
L('13-campagnebrief-vliedwerk-zuidvelde-1.txt', 'txt', [
 ('f', 'Familie Van der Veen\nMolenweg 31\n8142 GJ Zuidvelde\ntel. 0516-381122'),
 ('f', 'Zuidvelde, 10 oktober 2026'),
 ('f', 'Aan het Portefeuillehoudersoverleg Werk en Inkomen Vliedland'),
 ('f', 'Betreft: Vliedwerk Zuidvelde moet open blijven!'),
 ('f', 'Geachte leden van het overleg,'),
 ('f', 'Met deze brief reageren wij op de ontwerp-regiovisie Werk en Participatie. Wij vragen u het volgende:'),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nFam. Van der Veen'),
])
L('14-campagnebrief-vliedwerk-zuidvelde-2.eml', 'eml_plain', [
 ('f', 'Geachte leden van het overleg,'),
 ('f', 'Met deze brief reageren wij op de ontwerp-regiovisie Werk en Participatie. Mijn broer werkt al vijftien jaar bij Vliedwerk in Zuidvelde. Wij vragen u het volgende:'),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nKevin Postma\nDe Wieken 9\n8143 LM Zuidvelde\n06-28 33 91 45'),
], meta=dict(frm='Kevin Postma <kevinpostma@ziggo.nl>', to='inspraak@werkvliedland.nl', date='Tue, 13 Oct 2026 19:05:12 +0200', subject='Vliedwerk Zuidvelde moet open blijven!'))
L('15-campagnebrief-vliedwerk-zuidvelde-3.pdf', 'pdf_fpdf', [
 ('f', 'J. de Boer en T. de Boer-Wiersma\nKerkpad 2\n8142 AB Zuidvelde'),
 ('f', 'Zuidvelde, 14 oktober 2026'),
 ('f', 'Aan het Portefeuillehoudersoverleg Werk en Inkomen Vliedland'),
 ('f', 'Betreft: Vliedwerk Zuidvelde moet open blijven!'),
 ('f', 'Geachte leden van het overleg,'),
 ('f', 'Met deze brief reageren wij op de ontwerp-regiovisie Werk en Participatie. Wij vragen u het volgende:'),
] + CAMPAIGN + [
 ('f', 'Met vriendelijke groet,\n\nJ. de Boer en T. de Boer-Wiersma'),
])

L('16-stichting-werkwijzer-laat.docx', 'docx', [
 ('f', 'Stichting Werkwijzer Vliedland\nJobcoaching en re-integratie\nNieuwe Markt 14\n8101 GH Vliedhoven'),
 ('f', 'Vliedhoven, 28 oktober 2026'),
 ('f', 'Aan het Portefeuillehoudersoverleg Werk en Inkomen Vliedland'),
 ('f', 'Betreft: reactie op de ontwerp-regiovisie Werk en Participatie'),
 ('f', 'Geacht overleg,'),
 ('f', 'Excuses dat onze reactie later komt dan de termijn; wij hopen dat u haar toch wilt meenemen. Stichting Werkwijzer begeleidt jaarlijks ongeveer 180 mensen met een arbeidsbeperking op hun werkplek.'),
 ('pt', 'Gezamenlijke inkoop\nDe gemeenten willen de jobcoaching inkopen bij „een beperkt aantal aanbieders”. Wij vrezen dat kleine, gespecialiseerde aanbieders daardoor verdwijnen. Voor mensen met autisme of niet-aangeboren hersenletsel is specifieke kennis nodig. Wij vragen om bij de inkoop ruimte te laten voor specialisatie.', ['3.2'], 'De gemeenten willen de jobcoaching inkopen'),
 ('pt', 'Werkplan\nWij vinden het werkplan een goed idee. Wij vragen om de jobcoach in het werkplan te noemen, zodat hij of zij vanaf het begin betrokken is.', ['3.1', '3.2'], 'Wij vinden het werkplan een goed idee'),
 ('pt', 'Begrippenlijst\nIn de begrippenlijst staat bij jobcoaching alleen „begeleiding op de werkplek”. Jobcoaching is ook het leren van de werkgever en de collega’s om met de beperking om te gaan. Wij stellen voor dit toe te voegen.', ['Bijlage 1'], 'In de begrippenlijst staat bij jobcoaching'),
 ('f', 'Met vriendelijke groet,\n\nStichting Werkwijzer Vliedland\ndrs. R. Mulder, directeur'),
])

L('17-zienswijze-raad-stapelmeer.txt', 'txt', [
 ('f', 'GEMEENTERAAD STAPELMEER\nHavenkade 1\n8120 AB Stapelmeer'),
 ('f', 'Aan het Portefeuillehoudersoverleg Werk en Inkomen Vliedland\nPostbus 100\n8100 AC Vliedhoven'),
 ('f', 'Stapelmeer, 19 oktober 2026\nOns kenmerk: GR-2026-77\nOnderwerp: zienswijze ontwerp-regiovisie Werk en Participatie'),
 ('f', 'Geacht overleg,'),
 ('f', 'De raad van Stapelmeer heeft de ontwerp-regiovisie in zijn vergadering van 15 oktober 2026 besproken en geeft de volgende zienswijze.'),
 ('pt', '1. De raad onderschrijft de kern uit de samenvatting, dat „iedereen die kan werken, ook werkt, en dat wie (nog) niet kan werken op een andere manier meedoet”. De raad vraagt wel om in de visie ook een ambitie te noemen voor de uitstroom naar werk, bijvoorbeeld een daling van het aantal bijstandsuitkeringen met tien procent in 2030.', ['Samenvatting', '8.3']),
 ('pt', '2. Het distributiecentrum bij Stapelmeer zoekt veel personeel. De raad vraagt het WSP en Vliedwerk om samen met het distributiecentrum een opleiding tot orderpicker op te zetten voor werkzoekenden uit de regio.', ['2.2', '5.1']),
 ('pt', '3. De raad maakt zich zorgen over de warme overdracht van schoolverlaters uit het praktijkonderwijs. Stapelmeer heeft de enige school voor voortgezet speciaal onderwijs in de regio. De raad vraagt om het convenant al in 2027 te sluiten en de school erbij te betrekken als trekker.', ['6.2']),
 ('pt', '4. Statushouders moeten zo snel mogelijk aan het werk. De raad steunt het werkfit-traject binnen drie maanden, maar vraagt ook om kinderopvang te regelen voor statushouders met jonge kinderen, zodat ook de vrouwen kunnen deelnemen.', ['6.1']),
 ('pt', '5. Vliedwerk Stapelmeer krijgt door de sluiting in Zuidvelde meer medewerkers. De raad vraagt om op tijd te onderzoeken of het gebouw aan de Havenkade daarvoor groot genoeg is en wat het vervoer betekent voor de verkeersdrukte op de Havenkade.', ['4.3']),
 ('f', 'Met vriendelijke groet,\n\nde raad van de gemeente Stapelmeer,\nde griffier, M. Bakker\nde voorzitter, H.W. de Vries'),
])

L('18-email-statushouder-vliedhoven.eml', 'eml_plain', [
 ('f', 'Goedendag,'),
 ('f', 'Mijn naam is Yonas Tesfay. Ik kom uit Eritrea en woon sinds 2023 in Vliedhoven. Mijn taalcoach heeft mij geholpen met deze mail.'),
 ('pt', 'In Eritrea was ik elektricien. Hier mag ik niet als elektricien werken omdat mijn diploma niet geldt. Ik werk nu in een magazijn. U schrijft dat diploma’s uit het buitenland sneller gewaardeerd worden. Dat is goed. Kan ik dan ook een korte opleiding doen om mijn diploma hier te halen?', ['6.1'], 'In Eritrea was ik elektricien'),
 ('pt', 'De Nederlandse les is op dinsdag en donderdag overdag. Dan moet ik werken. Ik wil graag les in de avond of op zaterdag.', ['6.1', '3.4'], 'De Nederlandse les is op dinsdag en donderdag'),
 ('f', 'Dank u wel.\n\nYonas Tesfay\nZonnebloemstraat 41\n8104 TP Vliedhoven\n06 19 55 72 08'),
], meta=dict(frm='Yonas Tesfay <yonas.tesfay1990@gmail.com>', to='inspraak@werkvliedland.nl', date='Sat, 17 Oct 2026 14:28:03 +0200', subject='Mijn mening over werk'))
