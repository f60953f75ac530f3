# Content of the fictional draft (QA42): Regionaal Integraal Veiligheidsplan Lekvallei 2027-2030.
# Each entry: (kind, title, [paragraphs]). kind: 'u' unnumbered heading (Heading 1, numbering off),
# 1 / 2 / 3 heading level with AUTOMATIC numbering (numbers come from numbering.xml, not the text),
# 'b' appendix heading with its number typed ('Bijlage 1 ...', Heading 1, numbering off).
# In a paragraph, [[FN:text]] becomes a real Word footnote; a paragraph that is a list
# ['TABLE', header, rows...] becomes a table.
TITLE = 'Regionaal Integraal Veiligheidsplan Lekvallei 2027-2030'
SUBTITLE = 'Samen veilig in de Lekvallei - ontwerp voor inspraak'
INTRO = ['Gemeenten Lekstede, Vreeswijde, Everdam, Nieuwhorst en Benschoten',
         'Ontwerp, vastgesteld voor inspraak door de colleges op 1 september 2026',
         'Ter inzage van 14 september tot en met 26 oktober 2026']

SECTIONS = [
('u', 'Voorwoord', [
 'Veiligheid is geen vanzelfsprekendheid. Inwoners van de Lekvallei voelen zich over het algemeen veilig in hun eigen buurt, maar dat gevoel staat onder druk. Drugscriminaliteit verplaatst zich van de steden naar het buitengebied, oplichters zoeken hun slachtoffers steeds vaker via de telefoon en het internet, en in een aantal kernen ervaren bewoners overlast van groepen jongeren. Tegelijk zien we dat inwoners, ondernemers en organisaties zelf veel doen: buurtpreventieteams lopen rondes, winkeliers werken samen in het Keurmerk Veilig Ondernemen en vrijwilligers helpen ouderen om zich te wapenen tegen fraude.',
 'Met dit Regionaal Integraal Veiligheidsplan leggen de vijf gemeenten van de Lekvallei voor vier jaar vast waar zij samen op inzetten. Het plan is integraal: het gaat niet alleen over politie en handhaving, maar ook over zorg, jeugd, wonen en ondernemen. Veiligheid maken we met elkaar. Daarom leggen wij dit ontwerp voor aan de gemeenteraden, aan onze partners en aan alle inwoners. Wij zijn benieuwd naar uw reactie.',
 'Namens de burgemeesters van de Lekvallei, de voorzitter van het Regionaal Veiligheidsoverleg.']),
('u', 'Samenvatting', [
 'Het Regionaal Integraal Veiligheidsplan (RIVP) Lekvallei 2027-2030 benoemt zes prioriteiten: ondermijning en drugscriminaliteit, high impact crimes (woninginbraak en fietsendiefstal), jeugdoverlast en jeugdgroepen, cybercriminaliteit en online fraude, zorg en veiligheid, en crisisbeheersing en brandveiligheid. Daarnaast zet het plan in op inwoners en ondernemers als partner en op toezicht en handhaving als middel.',
 'Bij ondermijning ligt de nadruk op het buitengebied, waar drugslabs en dumpingen van drugsafval toenemen, op vastgoed en malafide ondernemingen en op jongeren die als drugsrunner worden geronseld. Bij de high impact crimes wil de regio het aantal woninginbraken met 15 procent verminderen en de fietsendiefstal bij de stations halveren. Bij jeugdgroepen kiest de regio voor een persoonsgerichte aanpak met jongerenwerk, politie en ouders samen. Voor online fraude bij ouderen komt er een regionaal programma digitale weerbaarheid.',
 'De samenwerking met de politie, het Openbaar Ministerie en het Zorg- en Veiligheidshuis Lekvallei wordt versterkt. De regio trekt jaarlijks 1,2 miljoen euro uit voor de uitvoering. De voortgang wordt gevolgd met een jaarlijkse veiligheidsmonitor.']),
(1, 'Inleiding', [
 'Dit is het eerste gezamenlijke integrale veiligheidsplan van de gemeenten Lekstede, Vreeswijde, Everdam, Nieuwhorst en Benschoten. Tot nu toe had elke gemeente een eigen integraal veiligheidsplan, met eigen prioriteiten en een eigen looptijd. Veel veiligheidsproblemen houden echter niet op bij de gemeentegrens. Criminelen die drugsafval dumpen in het buitengebied van Everdam, wonen vaak in een andere gemeente; jongeren die in Nieuwhorst overlast geven, gaan naar school in Lekstede. Daarom kiezen de vijf gemeenten voor een gezamenlijk plan.',
 'Het plan is opgesteld op grond van artikel 38b van de Politiewet 2012. De gemeenteraden stellen ten minste eens in de vier jaar de doelen vast die de gemeente op het gebied van de openbare orde en veiligheid wil bereiken. Het plan sluit aan bij het Beleidsplan Eenheid Midden-Nederland van de politie en bij het Regionaal Beleidsplan van de Veiligheidsregio.',
 'Het ontwerp is tot stand gekomen in overleg met de politie, het Openbaar Ministerie, de brandweer, het Zorg- en Veiligheidshuis, de woningcorporaties, de ondernemersverenigingen en een aantal inwonersgroepen. In het voorjaar van 2026 zijn in elke gemeente twee veiligheidstafels gehouden, waar ruim 180 inwoners en ondernemers aan deelnamen. Hun inbreng staat in hoofdstuk 2. Het plan loopt van 1 januari 2027 tot en met 31 december 2030. Na twee jaar volgt een tussenevaluatie.',
 'Hoofdstuk 2 schetst het veiligheidsbeeld. De hoofdstukken 3 tot en met 8 behandelen de zes prioriteiten. Hoofdstuk 9 en 10 gaan over de inzet van inwoners en ondernemers en over toezicht en handhaving. Hoofdstuk 11 beschrijft de samenwerking en de financiering, hoofdstuk 12 de monitoring. Bijlage 1 bevat de kerncijfers, bijlage 2 een begrippenlijst.']),
(1, 'Veiligheidsbeeld van de regio', [
 'De Lekvallei telt ruim 142.000 inwoners. Het totale aantal geregistreerde misdrijven is tussen 2021 en 2025 licht gedaald, van 7.950 naar 7.430 per jaar. Achter die daling gaan verschillende ontwikkelingen schuil. Het aantal woninginbraken daalde sterk, maar het aantal meldingen van online fraude verdubbelde bijna. Het aantal aangetroffen drugslabs en dumpingen van drugsafval steeg van 6 naar 19. De politie registreerde in 2025 ruim 2.100 meldingen van jeugdoverlast en 1.350 meldingen over personen met verward gedrag.',
 'Uit de veiligheidsmonitor 2025 blijkt dat 82 procent van de inwoners zich meestal veilig voelt in de eigen buurt. Dat is iets lager dan het landelijke gemiddelde. Inwoners noemen vooral te hard rijden, rommel op straat, jongeren die op straat rondhangen en fietsendiefstal als problemen in hun buurt. Ouderen maken zich vooral zorgen over oplichting aan de deur en via de telefoon. Ondernemers in de winkelcentra ervaren overlast en winkeldiefstal.',
 'Tijdens de veiligheidstafels kwamen drie punten steeds terug: inwoners willen de wijkagent en de boa vaker zien, zij willen weten wat er met hun meldingen gebeurt, en zij vragen aandacht voor de veiligheid van het buitengebied, waar de politie ver weg is. Ook werd gevraagd om betere verlichting van fietspaden, maar dat valt buiten dit plan en wordt meegenomen in het mobiliteitsbeleid van de gemeenten.']),
(1, 'Ondermijning en drugscriminaliteit', [
 'Ondermijnende criminaliteit is criminaliteit waarbij de onderwereld en de bovenwereld met elkaar verweven raken. Criminelen maken gebruik van legale bedrijven, vastgoed en diensten om hun activiteiten te verbergen en hun geld wit te wassen. Dat tast het vertrouwen in de overheid en de rechtsstaat aan. De Lekvallei ligt centraal, tussen grote steden en met veel agrarisch gebied en bedrijventerreinen; dat maakt de regio aantrekkelijk voor criminelen.',
 'De regio werkt samen met het Regionaal Informatie- en Expertise Centrum (RIEC) Midden-Nederland. In 2025 stelde het RIEC een ondermijningsbeeld van de Lekvallei op. Daaruit komen drie aandachtspunten naar voren, die in de paragrafen hierna aan bod komen.']),
(2, 'Drugslabs en dumpingen in het buitengebied', [
 'In het buitengebied van Everdam, Benschoten en Vreeswijde zijn de afgelopen jaren meerdere drugslabs opgerold, vaak in leegstaande stallen en schuren. Criminelen benaderen boeren met het aanbod om een schuur te huren voor een hoog bedrag en contant geld. Het afval van de productie wordt gedumpt in bermen, sloten en natuurgebieden. Dat drugsafval is giftig en brandgevaarlijk; de opruimkosten komen voor rekening van de grondeigenaar of de gemeente.',
 'De regio zet in op het weerbaar maken van het buitengebied. Samen met LTO en de politie worden voorlichtingsavonden georganiseerd voor agrariers, en er komt een regionale werkwijze voor het opruimen van dumpingen, waarbij de gemeente de kosten voor de grondeigenaar voorschiet. Het project Buitengebied in Beeld wordt voortgezet: gemeentelijke toezichthouders, politie en het waterschap controleren samen leegstaande agrarische gebouwen. Wij streven ernaar dat meldingen van verdachte situaties in het buitengebied binnen twee weken worden opgevolgd.[[FN:De kosten van het opruimen van een dumping lopen uiteen van 5.000 tot meer dan 100.000 euro. Sinds 2024 bestaat een landelijke regeling waaruit provincies een deel van deze kosten vergoeden.]]']),
(2, 'Vastgoed en malafide ondernemingen', [
 'Criminelen investeren in vastgoed en in bedrijven met veel contant geld, zoals horeca, kapperszaken, autohandels en nagelstudio\'s. In een aantal winkelstraten in de regio zien we een opvallende concentratie van zulke ondernemingen. Ook komt het voor dat woningen worden gebruikt voor hennepteelt, als opslagplaats of voor illegale prostitutie.',
 'Gemeenten gaan de informatie die zij al hebben beter benutten. Signalen van toezichthouders, de afdeling vergunningen, de woningcorporaties en de belastingdienst worden bij elkaar gebracht in een regionaal signalenoverleg. Bij een woning die wordt gebruikt voor drugshandel of -opslag kan de burgemeester op grond van artikel 13b van de Opiumwet de woning tijdelijk sluiten. De regio stelt een gezamenlijke beleidsregel op voor de toepassing van deze bevoegdheid, met aandacht voor de gevolgen voor kinderen en andere bewoners die niet bij de handel betrokken zijn.']),
(3, 'Bibob en integriteitstoetsing', [
 'Met de Wet Bibob kunnen gemeenten een vergunning weigeren of intrekken als er een ernstig gevaar bestaat dat de vergunning wordt gebruikt om criminele activiteiten te plegen of criminele winsten te benutten. Op dit moment passen de vijf gemeenten de wet op verschillende manieren toe. Lekstede toetst bijvoorbeeld alle horecavergunningen, Nieuwhorst alleen de aanvragen waarover twijfel bestaat.',
 'De regio stelt in 2027 een gezamenlijk Bibob-beleid vast, met dezelfde reikwijdte in alle vijf gemeenten. Het beleid gaat gelden voor horeca, coffeeshops, seksinrichtingen, speelautomatenhallen, evenementen en de verkoop en verhuur van gemeentelijk vastgoed. Er komt een regionaal Bibob-team bij de gemeente Lekstede, dat de toetsen voor alle gemeenten uitvoert. Zo voorkomen we dat criminelen uitwijken naar de gemeente met de minste controle.']),
(2, 'Jongeren als drugsrunner', [
 'Criminelen ronselen steeds jongere kinderen voor klussen in de drugshandel: als koerier, als uitkijk of om een bankrekening beschikbaar te stellen. Zij benaderen jongeren via sociale media en beloven snel geld. Jongeren die eenmaal meedoen, komen moeilijk los; zij worden bedreigd of raken in de schulden. De politie ziet in de Lekvallei jongeren vanaf 12 jaar die als drugsrunner actief zijn.',
 'De regio zet het preventieprogramma Perspectief voort, waarin jongerenwerkers, scholen en politie samen jongeren weerbaar maken tegen de verleiding van snel geld. Op alle scholen voor voortgezet onderwijs in de regio komen voorlichtingslessen over ronselen en geldezels. Voor jongeren die al betrokken zijn, komt een uitstapprogramma met begeleiding naar school of werk. Ouders krijgen informatie over de signalen waaraan zij kunnen zien dat hun kind wordt benaderd.']),
(1, 'Woninginbraak en fietsendiefstal', [
 'Woninginbraak, straatroof en overvallen heten high impact crimes, omdat ze een grote impact hebben op het slachtoffer en zijn omgeving. Het aantal woninginbraken in de regio is in tien jaar meer dan gehalveerd. Toch blijft woninginbraak een prioriteit, omdat de gevolgen voor slachtoffers groot zijn. Fietsendiefstal is geen high impact crime, maar wel een van de delicten waar inwoners zich het meest aan ergeren.']),
(2, 'Woninginbraak', [
 'In 2025 werden in de regio 312 woninginbraken gepleegd, tegen 690 in 2016. De meeste inbraken vinden plaats in de donkere maanden, tussen vier uur en negen uur in de avond. Inbrekers zoeken woningen die makkelijk bereikbaar zijn vanaf een achterpad en waarvan de ramen en deuren niet goed zijn beveiligd. Een deel van de inbraken wordt gepleegd door rondtrekkende dadergroepen.',
 'De regio wil het aantal woninginbraken in 2030 met 15 procent verminderen ten opzichte van 2025. Daarvoor worden de bewezen maatregelen voortgezet: de Donkere Dagen Offensief-acties in het najaar, inbraakpreventieadvies aan huis door vrijwilligers, het Politiekeurmerk Veilig Wonen bij nieuwbouw en renovatie, en buurtpreventie (zie hoofdstuk 9). Na elke inbraak krijgen de buren een brief met tips, de zogenoemde waarschuwingsbrief. Er komt geen subsidie voor het aanschaffen van hang- en sluitwerk; de regio vindt dat de verantwoordelijkheid van de eigenaar.',
 'Een bijzondere vorm van woninginbraak is de babbeltruc, waarbij de dader zich voordoet als monteur, medewerker van de gemeente of agent om binnen te komen. Vooral ouderen zijn hiervan slachtoffer. De aanpak daarvan is opgenomen in hoofdstuk 6.']),
(2, 'Fietsendiefstal bij stations', [
 'Bij de stations van Lekstede en Vreeswijde worden jaarlijks meer dan 400 fietsen gestolen; het werkelijke aantal ligt hoger, omdat veel inwoners geen aangifte doen. Sinds de opkomst van de elektrische fiets is fietsendiefstal lucratiever geworden. Gestolen e-bikes worden vaak binnen een dag doorverkocht via online marktplaatsen.',
 'De regio wil de fietsendiefstal bij de stations in 2030 halveren. Daarvoor worden de fietsenstallingen bij de stations van Lekstede en Vreeswijde bewaakt tijdens de openingsuren en komen er meer aanbindbeugels. Verlaten fietsen (weesfietsen) worden sneller verwijderd, zodat er minder plaats is voor dieven om ongezien hun gang te gaan. De politie zet lokfietsen in en werkt samen met online marktplaatsen om heling tegen te gaan. Inwoners worden gestimuleerd hun fiets te registreren en altijd aangifte te doen, ook online.']),
(1, 'Jeugdoverlast en jeugdgroepen', [
 'De meeste jongeren in de Lekvallei groeien veilig op. Een kleine groep zorgt voor overlast of raakt betrokken bij criminaliteit. Op plekken als het Stationsplein in Lekstede, het Julianapark in Nieuwhorst en de skatebaan in Everdam komen regelmatig groepen jongeren samen. Meestal gaat het om hinderlijk gedrag: lawaai, rommel, intimiderend gedrag naar voorbijgangers. Soms gaat het verder, met vernielingen, drugsgebruik en -handel, en incidenteel geweld.']),
(2, 'Aanpak jeugdgroepen', [
 'De regio werkt met de shortlistmethodiek van de politie: jeugdgroepen worden in beeld gebracht en ingedeeld als hinderlijk, overlastgevend of crimineel. Voor elke overlastgevende of criminele groep stelt de gemeente samen met politie, jongerenwerk en leerplicht een groepsaanpak op. Daarbij kijken we niet alleen naar de groep, maar ook naar de individuele jongeren: wat speelt er thuis, op school, in de vrije tijd?',
 'Het jongerenwerk wordt in de avonden en in het weekend uitgebreid, zodat jongerenwerkers aanwezig zijn op de momenten dat de overlast zich voordoet. Ouders worden vroeg betrokken: na de eerste politiecontacten volgt een gesprek met de ouders thuis. Waar nodig zet de burgemeester bestuurlijke middelen in, zoals een gebiedsverbod of cameratoezicht (zie hoofdstuk 10). Een samenscholingsverbod in de APV vinden wij een te zwaar middel; dat nemen wij niet op.',
 'Bewoners die overlast ervaren, kunnen dit melden bij de gemeente of de politie. Zij krijgen binnen vijf werkdagen een reactie over wat er met hun melding gebeurt. Twee keer per jaar organiseert de gemeente een buurtgesprek in de wijken waar de overlast het grootst is.']),
(2, 'Voorkomen van jeugdcriminaliteit en wapenbezit', [
 'Landelijk neemt het wapenbezit onder jongeren toe. Ook in de Lekvallei zijn bij controles messen aangetroffen bij jongeren. Jongeren zeggen vaak een mes bij zich te hebben voor hun eigen veiligheid. Wij willen dat jongeren begrijpen dat een wapen het risico juist vergroot.',
 'Op de scholen worden voorlichtingsbijeenkomsten over wapenbezit georganiseerd, samen met ervaringsdeskundigen. De politie houdt preventief fouilleren mogelijk in aangewezen veiligheidsrisicogebieden rond evenementen. Voor jongeren die voor het eerst met de politie in aanraking komen, wordt Halt ingezet. De regio ondersteunt de Top600-achtige persoonsgerichte aanpak voor de kleine groep jongeren met een stapeling van problemen en delicten.']),
(1, 'Cybercriminaliteit en online fraude', [
 'Criminaliteit verplaatst zich naar de digitale wereld. Het aantal meldingen van online fraude in de Lekvallei steeg tussen 2021 en 2025 van 610 naar 1.180. Het gaat om phishing, WhatsApp-fraude (de vriend-in-noodfraude), bankhelpdeskfraude, webwinkelfraude en beleggingsfraude. Veel slachtoffers doen geen aangifte uit schaamte, zodat het werkelijke aantal veel hoger ligt. Ook bedrijven en gemeenten zelf zijn doelwit van digitale aanvallen.']),
(2, 'Online fraude bij ouderen', [
 'Ouderen zijn vaker slachtoffer van bankhelpdeskfraude en van de vriend-in-noodfraude, waarbij de oplichter zich via WhatsApp voordoet als een kind of kleinkind dat dringend geld nodig heeft. De schade per slachtoffer is bij ouderen gemiddeld hoger dan bij jongere slachtoffers. Naast het geldverlies leidt fraude vaak tot schaamte, angst en een verlies van vertrouwen.',
 'De regio start het programma Digitaal Weerbaar Lekvallei. Vrijwilligers van de bibliotheek en van de ouderenbonden geven workshops over veilig internetten en bankieren. Samen met de banken worden informatiebijeenkomsten gehouden. In de wijkcentra komen spreekuren waar ouderen met een vraag over een verdacht bericht terechtkunnen. Wij willen dat in 2030 ten minste 5.000 ouderen aan een van deze activiteiten hebben deelgenomen.',
 'De aanpak van de babbeltruc aan de deur wordt aan dit programma gekoppeld: dezelfde vrijwilligers geven ook tips over het veilig opendoen van de deur.[[FN:Een legitieme medewerker van de gemeente, de politie of een energiebedrijf maakt altijd vooraf een afspraak en kan zich legitimeren; bij twijfel belt u zelf het algemene nummer van de organisatie.]]']),
(2, 'Digitale weerbaarheid van ondernemers', [
 'Kleine ondernemers zijn vaak slecht beschermd tegen ransomware, CEO-fraude en valse facturen. Een geslaagde aanval kan een klein bedrijf zijn voortbestaan kosten. De regio biedt ondernemers samen met het Digital Trust Center een gratis cyberscan aan en organiseert bijeenkomsten met de ondernemersverenigingen.',
 'Ook de gemeenten zelf nemen maatregelen. Zij voldoen aan de Baseline Informatiebeveiliging Overheid, oefenen jaarlijks met een cyberincident en trainen hun medewerkers in het herkennen van phishing.']),
(1, 'Zorg en veiligheid', [
 'Steeds vaker hebben veiligheidsproblemen een achtergrond van psychische problemen, verslaving, schulden of een licht verstandelijke beperking. Politie en handhaving kunnen deze problemen niet alleen oplossen. Zorg en veiligheid moeten samenwerken, met respect voor de privacy van de betrokkenen.']),
(2, 'Personen met verward gedrag', [
 'Het aantal meldingen over personen met verward gedrag is in de Lekvallei gestegen tot 1.350 in 2025. Achter die meldingen zitten uiteenlopende situaties: iemand die in de war over straat loopt, een buurman die dreigt, een oudere met dementie die de weg kwijt is. Lang niet altijd is er sprake van gevaar, maar de politie is vaak wel de eerste die wordt gebeld.',
 'De regio zet in op een sluitende aanpak. Er komt een regionaal meldpunt niet-acute zorg, waar inwoners en professionals terechtkunnen met zorgen over iemand die niet direct gevaarlijk is. Een team van een sociaal-psychiatrisch verpleegkundige en een wijkagent gaat binnen 24 uur op huisbezoek. Voor crisissituaties is er het vervoer door de ambulancezorg in plaats van de politieauto. Gemeenten, ggz-instellingen en woningcorporaties maken afspraken over het voorkomen van huisuitzetting bij personen met verward gedrag.',
 'Bij de uitvoering van de Wet verplichte ggz en de Wet zorg en dwang zorgen de gemeenten ervoor dat de verkenning binnen de wettelijke termijn wordt afgerond en dat de hoorplicht van de burgemeester zorgvuldig wordt uitgevoerd.']),
(2, 'Het Zorg- en Veiligheidshuis', [
 'Het Zorg- en Veiligheidshuis Lekvallei in Lekstede brengt partners uit de zorg en de strafrechtketen bij elkaar voor de aanpak van complexe casuistiek. Het gaat om personen met meervoudige problemen, van wie de problemen niet door een enkele organisatie kunnen worden opgelost: veelplegers, ex-gedetineerden, personen met verward gedrag die ook strafbare feiten plegen, en complexe zaken van huiselijk geweld.',
 'De regio versterkt het Zorg- en Veiligheidshuis met een procesregisseur voor jeugd en een casusregisseur nazorg ex-gedetineerden. De nazorg voor ex-gedetineerden wordt verbeterd: iedere gedetineerde die terugkeert naar de regio heeft bij vrijlating een identiteitsbewijs, een inkomen, een woonplek en toegang tot zorg.',
 'De aanpak van huiselijk geweld en kindermishandeling is vastgelegd in de Regiovisie Huiselijk Geweld en Kindermishandeling en valt buiten dit plan. Het Zorg- en Veiligheidshuis blijft wel de plek waar de complexe zaken van huiselijk geweld worden besproken, en het tijdelijk huisverbod wordt door de burgemeesters opgelegd.']),
(1, 'Crisisbeheersing en brandveiligheid', [
 'Crises en rampen zijn zeldzaam, maar als ze gebeuren, is een goede voorbereiding essentieel. De Lekvallei kent specifieke risico\'s: de rivier met de dijken, de transportroutes voor gevaarlijke stoffen over de weg en het spoor, en de bedrijventerreinen. Ook nieuwe risico\'s vragen aandacht, zoals langdurige uitval van stroom of internet en extreem weer.']),
(2, 'Samenwerking met de veiligheidsregio', [
 'De gemeenten zijn verenigd in de Veiligheidsregio Utrecht-Zuid, die de brandweerzorg, de geneeskundige hulpverlening en de crisisbeheersing organiseert. De gemeentelijke crisisorganisatie wordt regionaal georganiseerd in een gezamenlijke pool van crisisfunctionarissen. Elke gemeente oefent ten minste eenmaal per jaar.',
 'Inwoners worden beter voorbereid op een crisis. De regio sluit aan bij de landelijke campagne Denk Vooruit, en in elke kern komt een noodsteunpunt: een herkenbare plek waar inwoners bij een langdurige uitval van stroom en communicatie terechtkunnen voor informatie en het melden van een noodsituatie.']),
(2, 'Brandveiligheid in kwetsbare woonvormen', [
 'Steeds meer ouderen en mensen met een beperking wonen langer zelfstandig thuis, in gewone woningen of in geclusterde woonvormen. Deze bewoners zijn bij brand minder zelfredzaam. Bij woningbranden vallen onder ouderen relatief de meeste slachtoffers. Samen met de brandweer en de woningcorporaties voeren we brandveiligheidscontroles uit in woongebouwen met veel oudere bewoners.',
 'De brandweer geeft voorlichting aan huis aan kwetsbare inwoners, via de wijkteams en de thuiszorg. Woningcorporaties zorgen dat in al hun woningen rookmelders hangen.[[FN:Sinds 1 juli 2022 moet op iedere verdieping van een woning een rookmelder hangen; voor huurwoningen is de verhuurder verantwoordelijk voor het plaatsen.]] Bij de bouw van nieuwe woonvormen voor ouderen adviseert de brandweer vroeg in het ontwerp.']),
(1, 'Inwoners en ondernemers als partner', [
 'Inwoners en ondernemers zijn de ogen en oren van de buurt. Zij zien als eerste wat er niet klopt. De regio wil hen meer betrekken bij de veiligheid, zonder de verantwoordelijkheid bij hen neer te leggen die bij de overheid hoort.']),
(2, 'Buurtpreventie en WhatsApp-buurtpreventiegroepen', [
 'In de Lekvallei zijn ongeveer 140 WhatsApp-buurtpreventiegroepen actief en 11 buurtpreventieteams die rondes lopen. Deze groepen dragen aantoonbaar bij aan het voorkomen van woninginbraak. Tegelijk zijn er risico\'s: verkeerde verdenkingen, het delen van foto\'s van personen en het zelf optreden tegen vermeende daders.',
 'De gemeenten ondersteunen de groepen met een handreiking, met de SAAR-werkwijze (Signaleer, Alarmeer 112, App, Reageer) en met een vaste contactpersoon bij de gemeente. Buurtpreventieteams krijgen een vergoeding voor hesjes, zaklampen en een jaarlijkse training. De wijkagent bezoekt de teams ten minste twee keer per jaar. Wij willen dat elke buurtpreventiegroep bij de gemeente is aangemeld, zodat wij de beheerders kunnen informeren over inbraken en oplichting in hun buurt.']),
(2, 'Keurmerk Veilig Ondernemen', [
 'In de winkelcentra van Lekstede, Vreeswijde en Everdam en op twee bedrijventerreinen werken ondernemers, gemeente, politie en brandweer samen in het Keurmerk Veilig Ondernemen (KVO). Zij maken afspraken over schoon, heel en veilig, over collectieve beveiliging en over het melden van incidenten.',
 'De regio wil het KVO uitbreiden naar de winkelcentra van Nieuwhorst en Benschoten en naar het bedrijventerrein De Lekweide. De gemeenten dragen bij aan de kosten van de procesbegeleiding. Winkeldiefstal blijft een probleem; ondernemers worden gestimuleerd om altijd aangifte te doen, wat met het digitale aangifteformulier eenvoudiger is geworden.']),
(1, 'Toezicht en handhaving', [
 'Toezicht en handhaving zijn geen doel op zichzelf, maar een middel om de prioriteiten van dit plan te bereiken. De regio kiest voor zichtbaar toezicht op de plekken en momenten waar dat het meest nodig is.']),
(2, 'Cameratoezicht', [
 'Cameratoezicht op grond van artikel 151c van de Gemeentewet is in de regio ingezet op het Stationsplein in Lekstede, in het uitgaansgebied van Vreeswijde en, tijdelijk, in het Julianapark in Nieuwhorst. Cameratoezicht is een ingrijpend middel, dat de privacy van voorbijgangers raakt. Het wordt daarom alleen ingezet als andere middelen onvoldoende helpen en voor een beperkte duur.',
 'De regio gaat ook werken met flexibele cameras, die tijdelijk op een plek met overlast of dumpingen kunnen worden geplaatst. De beelden worden live uitgekeken in de meldkamer van de politie tijdens de uren met de meeste incidenten. Elk cameragebied wordt na twee jaar geevalueerd; de resultaten worden openbaar gemaakt. Particuliere cameras van inwoners en ondernemers kunnen worden aangemeld bij Camera in Beeld, zodat de politie weet waar beelden beschikbaar zijn.']),
(2, "Boa's en handhaving in de openbare ruimte", [
 "De gemeenten hebben samen 34 buitengewoon opsporingsambtenaren (boa's) in dienst. Zij handhaven op afval, parkeren, honden, overlast en de regels van de APV. Steeds vaker treden zij ook op bij overlast van jongeren en bij verward gedrag, situaties waarvoor zij niet zijn opgeleid en waarbij zij zelf met agressie te maken krijgen.",
 "De regio breidt het aantal boa's uit met zes fte, vooral voor inzet in de avonden en de weekenden. De boa's krijgen een training in de omgang met jongeren en personen met verward gedrag. De gemeenten kiezen er niet voor de boa's uit te rusten met een wapenstok; zij volgen daarin het landelijke beleid. Boa's en wijkagenten stemmen hun inzet wekelijks af, zodat de boa het eerste aanspreekpunt wordt voor de lichte overlast en de politie zich kan richten op de zwaardere zaken."]),
(1, 'Samenwerking en financiering', [
 'Dit plan vraagt om samenwerking tussen de vijf gemeenten en met de partners, en om een gezamenlijke financiering van de regionale activiteiten.']),
(2, 'Samenwerking met politie en Openbaar Ministerie', [
 'De burgemeesters, de officier van justitie en de teamchef van het basisteam Lekvallei vormen samen het Regionaal Veiligheidsoverleg (RVO). Het RVO stelt jaarlijks een uitvoeringsprogramma vast op basis van dit plan. In de lokale driehoeken worden de lokale prioriteiten besproken.',
 'De politie heeft in de Lekvallei minder capaciteit dan waarop de regio volgens het verdeelmodel recht heeft; vacatures bij het basisteam staan lang open. De burgemeesters zetten zich in bij de politie-eenheid en het ministerie voor de volledige bezetting van het basisteam en van de wijkagenten, met het landelijke uitgangspunt van een wijkagent op 5.000 inwoners. Informatiedeling tussen partners gebeurt op grond van het convenant Zorg- en Veiligheidshuizen en het RIEC-convenant.']),
(2, 'Financiering', [
 'Voor de uitvoering van dit plan brengen de vijf gemeenten jaarlijks samen 1,2 miljoen euro bijeen, verdeeld naar inwonertal. Daarnaast zetten de gemeenten hun eigen formatie in, zoals de boa\'s en de beleidsadviseurs openbare orde en veiligheid. De uitbreiding van het aantal boa\'s wordt door elke gemeente zelf betaald.',
 ['TABLE', ['Onderdeel', 'Bedrag per jaar (euro)'],
  ['Ondermijning (RIEC-bijdrage, Bibob-team, Buitengebied in Beeld)', '430.000'],
  ['Jeugd (Perspectief, uitbreiding jongerenwerk regionaal deel)', '260.000'],
  ['Digitaal Weerbaar Lekvallei', '120.000'],
  ['Zorg- en Veiligheidshuis (regiodeel)', '240.000'],
  ['Buurtpreventie en KVO', '90.000'],
  ['Monitoring en onvoorzien', '60.000'],
  ['Totaal', '1.200.000']],
 'Waar mogelijk maakt de regio gebruik van middelen van het Rijk, zoals de regeling Preventie met Gezag en de middelen voor de versterking van de aanpak van ondermijning.']),
(1, 'Monitoring en evaluatie', [
 'De voortgang van het plan wordt gevolgd met een jaarlijkse regionale veiligheidsmonitor, die bestaat uit de politiecijfers, de meldingen bij de gemeenten en een enquete onder inwoners die om het jaar wordt gehouden. De gemeenteraden ontvangen elk voorjaar een voortgangsrapportage. In 2028 volgt een tussenevaluatie, waarin ook inwoners en partners worden gehoord; in 2030 een eindevaluatie als basis voor het volgende plan.',
 'De doelen en indicatoren staan in bijlage 1. Voor een aantal prioriteiten, zoals ondermijning en online fraude, zijn de cijfers van de politie geen goede maat, omdat veel niet wordt ontdekt of gemeld. Voor die onderwerpen rapporteren wij ook over de uitgevoerde activiteiten.']),
('b', 'Bijlage 1 Kerncijfers en doelen', [
 'De tabel geeft de kerncijfers van de Lekvallei voor 2021 en 2025 en de doelen voor 2030.',
 ['TABLE', ['Indicator', '2021', '2025', 'Doel 2030'],
  ['Geregistreerde misdrijven totaal', '7.950', '7.430', 'daling'],
  ['Woninginbraken', '420', '312', '265'],
  ['Fietsendiefstallen bij de stations (aangiften)', '380', '410', '205'],
  ['Meldingen online fraude', '610', '1.180', 'stijging aangiftebereidheid'],
  ['Aangetroffen drugslabs en dumpingen', '6', '19', 'meldingen binnen 2 weken opgevolgd'],
  ['Meldingen jeugdoverlast', '2.480', '2.100', '1.800'],
  ['Meldingen verward gedrag', '1.020', '1.350', 'meldpunt operationeel'],
  ['Branden door accu\'s van e-bikes en scooters', '4', '17', 'niet vastgesteld'],
  ['Inwoners die zich meestal veilig voelen in de buurt', '84%', '82%', '85%']],
 'Bron: politie Eenheid Midden-Nederland, Veiligheidsregio Utrecht-Zuid, veiligheidsmonitor Lekvallei 2025.']),
('b', 'Bijlage 2 Begrippenlijst', [
 'Boa: buitengewoon opsporingsambtenaar, een medewerker van de gemeente met beperkte opsporingsbevoegdheden, bijvoorbeeld voor overlast en afval.',
 'Bibob: de Wet bevordering integriteitsbeoordelingen door het openbaar bestuur.',
 'Driehoek: het overleg tussen burgemeester, officier van justitie en politie.',
 'High impact crimes: delicten met een grote impact op het slachtoffer, zoals woninginbraak, straatroof en overvallen.',
 'Ondermijning: criminaliteit waarbij de onder- en bovenwereld met elkaar verweven raken.',
 'RIEC: Regionaal Informatie- en Expertise Centrum, het samenwerkingsverband tegen ondermijning.',
 'SAAR: de werkwijze voor WhatsApp-buurtpreventie: Signaleer, Alarmeer 112, App, Reageer.',
 'Shortlistmethodiek: de methode van de politie om jeugdgroepen in beeld te brengen.',
 'Zorg- en Veiligheidshuis: het samenwerkingsverband van zorg- en strafrechtpartners voor complexe casuistiek.']),
]

# Further paragraphs per section (appended after the paragraphs above, before a section's table
# where it has one), to give the draft the length of a real plan.
MORE = {
'Inleiding': [
 'Een integraal veiligheidsplan is geen plan van de gemeente alleen. Het beschrijft wat de gemeenten samen met hun partners willen bereiken en welke rol ieder daarbij heeft. De gemeente heeft de regie op de lokale veiligheid en is verantwoordelijk voor de handhaving van de openbare orde; de politie en het Openbaar Ministerie zijn verantwoordelijk voor de opsporing en de vervolging van strafbare feiten; zorgpartners, scholen, woningcorporaties en ondernemers dragen vanuit hun eigen taak bij. Het plan maakt die rollen zichtbaar en legt vast waar de partners elkaar nodig hebben.',
 'In de keuze van de prioriteiten hebben wij ons laten leiden door drie vragen: hoe vaak komt een probleem voor, hoe groot is de schade voor slachtoffers en voor de samenleving, en kunnen de gemeenten samen met hun partners het verschil maken? Onderwerpen die belangrijk zijn maar al in ander beleid zijn belegd, zoals verkeersveiligheid, de aanpak van huiselijk geweld en het drugs- en alcoholpreventiebeleid, zijn niet als prioriteit opgenomen. Waar die onderwerpen raken aan dit plan, verwijzen wij ernaar.'],
'Veiligheidsbeeld van de regio': [
 'Er zijn duidelijke verschillen tussen de gemeenten. In Lekstede, de grootste gemeente met het station en het uitgaansgebied, worden relatief de meeste misdrijven geregistreerd, vooral fietsendiefstal, winkeldiefstal en geweld in het weekend. In de kleinere gemeenten Everdam en Benschoten zijn de aantallen laag, maar daar zien we de meeste signalen van ondermijning in het buitengebied. Nieuwhorst en Vreeswijde nemen een middenpositie in, met in Nieuwhorst een opvallende stijging van de meldingen van jeugdoverlast in 2025.',
 'De cijfers van de politie geven niet het hele beeld. Veel delicten worden niet gemeld, zoals online fraude, winkeldiefstal en vernielingen. Andersom leidt meer aandacht voor een onderwerp vaak tot meer meldingen, zonder dat het probleem zelf groter is geworden. Wij gebruiken de cijfers daarom altijd in combinatie met de ervaringen van inwoners, ondernemers en professionals.'],
'Ondermijning en drugscriminaliteit': [
 'Bij de aanpak van ondermijning werken de gemeenten volgens het principe van de barrieremodellen: in elk criminaal proces zijn momenten waarop de overheid een drempel kan opwerpen, bijvoorbeeld bij het verkrijgen van een vergunning, het huren van een pand of het openen van een bedrijf. Door op die momenten scherp te zijn, maken wij het criminelen moeilijker om in de Lekvallei hun gang te gaan. Ook bestuurlijke rapportages van het RIEC en de signalen van eigen medewerkers spelen daarbij een rol. Medewerkers van de gemeente worden getraind in het herkennen van signalen van ondermijning.'],
'Drugslabs en dumpingen in het buitengebied': [
 'Agrariers die worden benaderd, staan vaak onder druk. Sommigen zitten financieel krap, anderen worden bedreigd. Het is belangrijk dat zij weten waar zij terechtkunnen. Daarom wordt de campagne Kijk uit je doppen in het buitengebied voortgezet, met informatie over de signalen van een drugslab, zoals een chemische geur, afgeplakte ramen, veel verkeer op vreemde tijden en een hoog energieverbruik. Meldingen kunnen ook anoniem worden gedaan bij Meld Misdaad Anoniem.'],
'Vastgoed en malafide ondernemingen': [
 'Ook de verhuur van bedrijfspanden op bedrijventerreinen vraagt aandacht. Loodsen worden verhuurd aan partijen die er geen echte bedrijfsactiviteiten uitvoeren, maar ze gebruiken voor de opslag van gestolen goederen, drugs of precursoren. Samen met de parkmanagementorganisaties en de eigenaren van bedrijventerreinen worden controles uitgevoerd, en bij de uitgifte van gemeentelijke grond wordt een integriteitstoets gedaan.'],
'Bibob en integriteitstoetsing': [
 'Een Bibob-onderzoek is een zwaar middel. Het vraagt tijd van de aanvrager en van de gemeente, en een weigering moet goed worden onderbouwd. Het gezamenlijke beleid bevat daarom ook afspraken over termijnen en over de manier waarop aanvragers worden geinformeerd over het onderzoek. Bij twijfel kan het Landelijk Bureau Bibob om advies worden gevraagd.'],
'Jongeren als drugsrunner': [
 'De aanpak sluit aan bij het landelijke programma Preventie met Gezag, waarvoor Lekstede en Vreeswijde rijksmiddelen ontvangen. Daarmee worden onder meer een extra jongerenwerker en een mentorprogramma voor kwetsbare jongeren betaald. De andere gemeenten kunnen van de opgedane kennis gebruikmaken.'],
'Woninginbraak en fietsendiefstal': [
 'Ook straatroof en overvallen op winkels komen in de regio voor, maar in kleine aantallen. De aanpak daarvan bestaat uit de gebruikelijke samenwerking van politie en ondernemers en wordt niet verder in dit plan uitgewerkt.'],
'Woninginbraak': [
 'De politie onderzoekt iedere woninginbraak en zet bij een reeks inbraken in een buurt extra surveillance in. Als er een patroon zichtbaar wordt, worden de beheerders van de buurtpreventiegroepen in die buurt via de gemeente geinformeerd. Woningcorporaties worden gevraagd bij groot onderhoud het hang- en sluitwerk te verbeteren tot het niveau van het Politiekeurmerk.'],
'Fietsendiefstal bij stations': [
 'Naast de stations zijn ook de centra van Lekstede en Nieuwhorst en de sportparken plaatsen waar veel fietsen worden gestolen. Daar worden de fietsenrekken vervangen door rekken waaraan een fiets met het frame kan worden vastgezet. De gemeenten overleggen met ProRail en NS over de uitbreiding van de stallingen bij de stations.'],
'Jeugdoverlast en jeugdgroepen': [
 'De aanpak van jeugdoverlast is niet alleen een zaak van de politie. Scholen, sportverenigingen, jongerenwerk, leerplicht en de wijkteams kennen de jongeren vaak beter. Wij willen dat zij elkaar weten te vinden en samen optrekken.'],
'Aanpak jeugdgroepen': [
 'Voor jongeren die zelf de wens hebben om een plek in de wijk te krijgen, werkt het jongerenwerk samen met hen aan een eigen ontmoetingsplek. Het uitgangspunt is dat jongeren zich welkom voelen in de openbare ruimte, zolang zij anderen geen overlast bezorgen.'],
'Voorkomen van jeugdcriminaliteit en wapenbezit': [
 'Ouders spelen een belangrijke rol. Zij weten vaak niet dat hun kind een mes bij zich draagt. Samen met de scholen worden ouderavonden georganiseerd over wapenbezit, sociale media en de verleiding van snel geld. Sportverenigingen worden betrokken als plek waar jongeren positieve rolmodellen ontmoeten.'],
'Cybercriminaliteit en online fraude': [
 'De aanpak van cybercriminaliteit vraagt een lange adem. De daders zitten vaak in het buitenland en zijn moeilijk op te sporen. De nadruk ligt daarom op preventie: het weerbaar maken van inwoners en ondernemers, zodat zij oplichting herkennen en weten wat zij moeten doen als het toch misgaat. Daarnaast moedigen wij slachtoffers aan om altijd aangifte te doen, zodat de politie zicht krijgt op de omvang van het probleem.'],
'Online fraude bij ouderen': [
 'Ook jongeren worden steeds vaker slachtoffer van online fraude, bijvoorbeeld bij de verkoop van spullen via online marktplaatsen of via nepwebwinkels. De voorlichting op scholen over ronselen en geldezels (zie hoofdstuk 3) wordt daarom aangevuld met informatie over online oplichting.'],
'Digitale weerbaarheid van ondernemers': [
 'De regio stimuleert ondernemers om zich aan te sluiten bij het Digital Trust Center en om hun medewerkers te trainen. Voor het melden van een digitaal incident kunnen ondernemers terecht bij de politie en bij het Digital Trust Center; de gemeente zorgt dat de weg daarheen bekend is via de ondernemersloketten.'],
'Zorg en veiligheid': [
 'De gemeenten zijn verantwoordelijk voor de Wet maatschappelijke ondersteuning, de Jeugdwet en de openbare orde. Daarmee hebben zij een sleutelrol in het verbinden van zorg en veiligheid. De wijkteams en de lokale teams van de gemeenten zijn daarbij de eerste schakel.'],
'Personen met verward gedrag': [
 'Wij willen voorkomen dat personen met verward gedrag onnodig in een politiecel belanden. Daarvoor is er een afspraak met de ggz-crisisdienst over de beoordeling op een geschikte plek. Ook de nazorg na een crisis krijgt aandacht: wie na een opname terugkeert in de wijk, krijgt begeleiding van het wijkteam.'],
'Het Zorg- en Veiligheidshuis': [
 'Het Zorg- en Veiligheidshuis werkt volgens het landelijke kwaliteitskader. De privacy van de betrokkenen is geborgd in een privacyconvenant dat alle partners hebben ondertekend. Per casus wordt vastgelegd welke informatie wordt gedeeld en met welk doel.'],
'Crisisbeheersing en brandveiligheid': [
 'De burgemeester heeft bij een crisis of ramp het opperbevel. Bij een crisis die meer gemeenten raakt, neemt de voorzitter van de veiligheidsregio de leiding. De gemeenten zorgen voor de bevolkingszorg: de opvang en verzorging van inwoners, de informatie aan inwoners en de nazorg.'],
'Samenwerking met de veiligheidsregio': [
 'De risico\'s van de rivier en de dijken worden samen met het waterschap in kaart gebracht. Het waterschap is verantwoordelijk voor de dijken, de veiligheidsregio voor de voorbereiding op een eventuele evacuatie. De gemeenten zorgen dat de evacuatieplannen bekend zijn bij de instellingen in hun gemeente, zoals verpleeghuizen en scholen.'],
'Brandveiligheid in kwetsbare woonvormen': [
 'Bij de toetsing van nieuwe bouwplannen let de brandweer op de vluchtwegen, de bereikbaarheid voor de brandweerauto en de mogelijkheden voor een snelle ontruiming. In bestaande gebouwen met veel kwetsbare bewoners worden ontruimingsoefeningen gehouden, samen met de beheerder en de zorgaanbieder.'],
'Inwoners en ondernemers als partner': [
 'Inwoners die een melding doen, moeten weten wat ermee gebeurt. De gemeenten verbeteren daarom de terugkoppeling op meldingen in de openbare ruimte, via de app Fixi en via de wijkagent.'],
'Buurtpreventie en WhatsApp-buurtpreventiegroepen': [
 'De gemeenten organiseren jaarlijks een bijeenkomst voor de beheerders van de groepen, waar de politie vertelt over de actuele ontwikkelingen en de beheerders ervaringen kunnen uitwisselen. Nieuwe groepen krijgen een startpakket met borden voor in de straat.'],
'Keurmerk Veilig Ondernemen': [
 'In het KVO worden ook afspraken gemaakt over het weren van personen die herhaaldelijk winkeldiefstal plegen, met een collectief winkelverbod. De politie en de gemeente ondersteunen de ondernemers bij het juridisch goed vormgeven daarvan.'],
'Toezicht en handhaving': [
 'Handhaving gebeurt volgens het regionale handhavingsbeleid, dat uitgaat van een stapsgewijze aanpak: eerst aanspreken, dan waarschuwen en pas daarna een boete of een bestuurlijke maatregel.'],
'Cameratoezicht': [
 'Aan de inzet van cameratoezicht gaat een zorgvuldige afweging vooraf, die de burgemeester vastlegt in een besluit. Daarin staat welk gebied het betreft, voor welke duur en waarom andere middelen onvoldoende zijn. De gemeenteraad wordt vooraf geinformeerd.'],
"Boa's en handhaving in de openbare ruimte": [
 "De boa's zijn herkenbaar aan hun uniform en werken in tweetallen. Zij zijn via een algemeen telefoonnummer van de gemeente bereikbaar tijdens hun diensten. In de jaarlijkse voortgangsrapportage wordt gerapporteerd over het aantal inzetten, de aard van de meldingen en de incidenten met agressie tegen boa's."],
'Samenwerking en financiering': [
 'De regionale samenwerking is licht georganiseerd: er komt geen nieuwe organisatie. Lekstede voert als centrumgemeente het secretariaat van het Regionaal Veiligheidsoverleg en beheert het regionale budget.'],
'Samenwerking met politie en Openbaar Ministerie': [
 'Het Openbaar Ministerie zet in op snelrecht bij geweld tegen hulpverleners en boa\'s en op het afpakken van crimineel vermogen. De gemeenten en het OM stemmen af bij de inzet van strafrechtelijke en bestuurlijke middelen in dezelfde zaak.'],
'Financiering': [
 'De bedragen in de tabel zijn richtinggevend. Het Regionaal Veiligheidsoverleg kan binnen het totaal schuiven tussen de onderdelen, als de uitvoering daar aanleiding toe geeft.'],
'Monitoring en evaluatie': [
 'De veiligheidsmonitor wordt openbaar gemaakt op de websites van de gemeenten, met de cijfers per gemeente en waar mogelijk per wijk. Zo kunnen inwoners zelf zien hoe het met de veiligheid in hun buurt gaat.'],
}
for i, (k, t, ps) in enumerate(SECTIONS):
    if t in MORE:
        tab = [j for j, p in enumerate(ps) if isinstance(p, list)]
        at = tab[0] if tab else len(ps)
        SECTIONS[i] = (k, t, ps[:at] + MORE[t] + ps[at:])

MORE2 = {
'Voorwoord': [
 'Dit ontwerp is het resultaat van een jaar werk. Wij danken iedereen die heeft meegedacht: de deelnemers aan de veiligheidstafels, de medewerkers van de politie, het Openbaar Ministerie, de brandweer en de zorgpartners, en de ambtenaren van de vijf gemeenten. Na de inspraak wordt het plan, aangepast waar uw reacties daartoe aanleiding geven, ter vaststelling voorgelegd aan de vijf gemeenteraden. Iedereen die heeft gereageerd, ontvangt een nota van beantwoording waarin staat wat met de reactie is gedaan.'],
'Samenvatting': [
 'Het plan kiest nadrukkelijk voor samenwerking boven nieuwe regels. Er komen geen nieuwe verboden in de APV; wel worden de bestaande bevoegdheden in de vijf gemeenten op dezelfde manier toegepast, zoals de sluiting van drugspanden en de Bibob-toetsing. Voor de inwoners betekent het plan vooral meer zichtbaar toezicht in de avonden en weekenden, betere terugkoppeling op meldingen en meer ondersteuning voor buurtpreventie.'],
'Veiligheidsbeeld van de regio': [
 'Het veiligheidsgevoel verschilt per groep. Vrouwen en ouderen voelen zich vaker onveilig op straat in het donker dan mannen en jongeren. Inwoners met een migratieachtergrond geven vaker aan zich gediscrimineerd te voelen bij contacten met handhavers. Deze verschillen nemen wij mee bij de uitvoering, bijvoorbeeld bij de training van boa\'s en bij de keuze van de plekken waar zichtbaar toezicht nodig is.',
 'Nieuwe ontwikkelingen vragen ook aandacht. De inzet van drones door criminelen, het gebruik van versleutelde communicatie en de handel via sociale media maken het werk van de politie moeilijker. Tegelijk bieden nieuwe technieken ook kansen, zoals het slimmer gebruiken van data om te voorspellen waar inbraken worden gepleegd. Bij het gebruik van zulke technieken houden wij rekening met de privacy van inwoners en met het risico van vooringenomenheid.'],
'Drugslabs en dumpingen in het buitengebied': [
 'De gemeenten nemen in hun omgevingsplannen regels op die het makkelijker maken om leegstaande agrarische gebouwen te slopen of een nieuwe bestemming te geven. Met de provincie wordt overlegd over de regeling voor de sloop van stallen bij bedrijfsbeeindiging. Een stal die leeg staat, is een risico; een stal die is gesloopt of een nieuwe functie heeft, niet meer.'],
'Vastgoed en malafide ondernemingen': [
 'Bij de beleidsregel voor woningsluitingen wordt ook vastgelegd hoe lang een sluiting duurt en onder welke voorwaarden een woning weer wordt geopend. Een eerste overtreding met een kleine hoeveelheid drugs leidt in beginsel tot een waarschuwing; bij een handelshoeveelheid of een herhaalde overtreding volgt een sluiting van drie tot twaalf maanden.'],
'Jongeren als drugsrunner': [
 'Signalen dat een jongere wordt geronseld, zijn bijvoorbeeld nieuwe dure kleding of een nieuwe telefoon zonder duidelijke herkomst, spijbelen, nieuwe vrienden die ouder zijn en het vaak en laat van huis zijn. Leerkrachten, jongerenwerkers en sportcoaches worden getraind om deze signalen te herkennen en te bespreken met de jongere en zijn ouders.'],
'Woninginbraak': [
 'Vrijwilligers van de buurtpreventieteams en de wijkagent doen in het najaar inbraakpreventiechecks in wijken waar veel wordt ingebroken. Zij kijken aan de buitenkant van de woning of de ramen en deuren goed zijn afgesloten en laten een kaartje achter met tips. Bewoners kunnen ook zelf een gratis inbraakpreventieadvies aanvragen bij de gemeente.'],
'Aanpak jeugdgroepen': [
 'Het jongerenwerk heeft een vaste plek in de groepsaanpak. Jongerenwerkers leggen contact met de jongeren op straat, bouwen vertrouwen op en bieden activiteiten en ondersteuning aan, bijvoorbeeld bij het vinden van een stage of een bijbaan. Zij zijn geen verlengstuk van de politie; hun onafhankelijke positie is juist een voorwaarde voor het contact met de jongeren.'],
'Online fraude bij ouderen': [
 'De gemeenten zelf kunnen ook bijdragen aan het voorkomen van fraude. In de communicatie van de gemeenten wordt altijd vermeld dat de gemeente nooit via WhatsApp of sms om betalingen of inloggegevens vraagt. De klantcontactcentra van de gemeenten worden getraind om inwoners met een vraag over een verdacht bericht te helpen of door te verwijzen.'],
'Personen met verward gedrag': [
 'De wijkagenten, de boa\'s en de medewerkers van de klantcontactcentra van de gemeenten krijgen een training in het herkennen van verward gedrag en in de-escalerend optreden. Het meldpunt niet-acute zorg wordt ook voor hen het vaste aanspreekpunt. Na elke melding krijgt de melder, waar de privacy dat toelaat, een terugkoppeling over de vervolgstappen.'],
'Samenwerking met de veiligheidsregio': [
 'Bij evenementen adviseert de veiligheidsregio de burgemeester over de veiligheid. De vijf gemeenten gaan werken met een regionaal evenementenbeleid en een gezamenlijke evenementenkalender, zodat de inzet van de hulpdiensten beter kan worden gepland.'],
'Buurtpreventie en WhatsApp-buurtpreventiegroepen': [
 'De aanmelding van een groep bij de gemeente vraagt weinig: de naam van de groep, het gebied en een contactpersoon. De gemeente gebruikt die gegevens alleen om de beheerders te informeren en om hen uit te nodigen voor bijeenkomsten. De groepen blijven zelfstandig; de gemeente leest niet mee in de groepsgesprekken.'],
'Cameratoezicht': [
 'De flexibele cameras worden ook ingezet bij dumpingen van drugsafval en van huishoudelijk afval in het buitengebied. Daarbij werken de gemeenten samen met het waterschap en de terreinbeheerders. De beelden worden na 28 dagen vernietigd, tenzij ze nodig zijn voor de opsporing van een strafbaar feit.'],
'Financiering': [
 'Jaarlijks stelt het Regionaal Veiligheidsoverleg met het uitvoeringsprogramma ook de begroting vast. De gemeenteraden worden daarover via de voortgangsrapportage geinformeerd. Als blijkt dat het budget niet toereikend is voor de uitvoering van dit plan, legt het Regionaal Veiligheidsoverleg een voorstel voor een aanvullende bijdrage voor aan de colleges en de raden.'],
'Monitoring en evaluatie': [
 'De tussenevaluatie in 2028 gaat in het bijzonder na of de nieuwe onderdelen van het plan werken: het meldpunt niet-acute zorg, het programma Digitaal Weerbaar Lekvallei, het regionale Bibob-team en de uitbreiding van het aantal boa\'s. Op basis van de tussenevaluatie kan het Regionaal Veiligheidsoverleg de prioriteiten voor de tweede helft van de looptijd bijstellen.'],
}
for i, (k, t, ps) in enumerate(SECTIONS):
    if t in MORE2:
        tab = [j for j, p in enumerate(ps) if isinstance(p, list)]
        at = tab[0] if tab else len(ps)
        if t == 'Voorwoord': at = len(ps) - 1   # before the signing line
        SECTIONS[i] = (k, t, ps[:at] + MORE2[t] + ps[at:])
