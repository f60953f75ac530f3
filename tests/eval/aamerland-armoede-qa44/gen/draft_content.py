# Content of the draft (QA44, fictional): Ontwerp Regionale Visie Armoede en Schulden Aamerland
# 2027-2030. SECTIONS: (level, heading text as typed, paragraphs). level 1/2/3 = Heading 1/2/3;
# the number is typed in the heading text. A paragraph is a string ('[[FN:...]]' marks a footnote),
# ('BULLETS', [items]) a bulleted list, or ('TABLE', header, rows...) a table.
TITLE = 'Ontwerp Regionale Visie Armoede en Schulden Aamerland 2027-2030'
SUBTITLE = 'Samen sterker tegen armoede en schulden - inspraakversie'
INTRO = ['Gemeenten Aamerveen, Kolhorst, Ter Wijde, Middelbroek en Sluisdijk',
         'Ter inzage van 28 september tot en met 9 november 2026',
         'Vastgesteld voor inspraak door het Portefeuillehoudersoverleg Sociaal Domein Aamerland, 15 september 2026']
SECTIONS = [
 (1, 'Voorwoord', [
  'Armoede en schulden zijn geen randverschijnsel. In Aamerland leeft ongeveer een op de tien huishoudens van een laag inkomen, en het aantal huishoudens met problematische schulden is de afgelopen jaren niet gedaald. Achter die cijfers gaan mensen schuil die elke maand moeten kiezen tussen de huur, de energierekening en de boodschappen.',
  'Met deze visie kiezen de vijf gemeenten voor een gezamenlijke koers. Wij willen dat inwoners eerder hulp krijgen, dat regelingen eenvoudiger worden en dat kinderen niet de dupe worden van geldzorgen van hun ouders. Wij danken de vrijwilligers, de voedselbanken en de maatschappelijke partners die aan deze visie hebben bijgedragen.',
  'Namens het Portefeuillehoudersoverleg Sociaal Domein, wethouder I. Bakhuis, voorzitter']),
 (1, 'Samenvatting', [
  'Deze visie beschrijft hoe de gemeenten in Aamerland de komende vier jaar armoede en schulden willen voorkomen en bestrijden. De visie rust op vier pijlers: schulden voorkomen en vroeg signaleren, een toegankelijke inkomensondersteuning, kansen voor kinderen en een sterke samenwerking met vrijwilligers en partners.',
  'De belangrijkste voornemens zijn: de inkomensgrens van de minimaregelingen gaat in alle vijf gemeenten naar 130 procent van het sociaal minimum; de vroegsignalering van betalingsachterstanden wordt uitgebreid naar zorgverzekeraars en energieleveranciers; er komt een regionaal kindpakket; en een inwoner vraagt alle regelingen aan met een enkel formulier. De gemeenten trekken hiervoor jaarlijks 2,4 miljoen euro extra uit.']),
 (1, '1 Inleiding', []),
 (2, '1.1 Aanleiding', [
  'De vorige armoedenota\'s van de vijf gemeenten liepen af in 2026. De gemeenten werken in het sociaal domein al samen in de regio Aamerland en kiezen er nu voor om ook het armoedebeleid samen vorm te geven. Inwoners verhuizen binnen de regio, en verschillen in regelingen tussen gemeenten zijn voor hen lastig te begrijpen.',
  'Ook landelijk is er aanleiding. De Wet gemeentelijke schuldhulpverlening is aangepast, het kabinet streeft naar een halvering van het aantal mensen in armoede en de stijging van de vaste lasten heeft laten zien hoe kwetsbaar huishoudens met een laag inkomen zijn.']),
 (2, '1.2 Totstandkoming en inspraak', [
  'De visie is opgesteld door een ambtelijke werkgroep met inbreng van de adviesraden sociaal domein, de voedselbanken, de schuldhulporganisaties en een klankbordgroep van ervaringsdeskundigen. Tijdens de inspraakperiode kan iedereen een reactie geven. De werkgroep verwerkt de reacties in een nota van beantwoording, waarna de gemeenteraden de visie vaststellen.']),
 (1, '2 Armoede en schulden in Aamerland', []),
 (2, '2.1 Cijfers en ontwikkelingen', [
  'In Aamerland wonen ruim 182.000 inwoners. Ongeveer 8.300 huishoudens hebben een inkomen tot 130 procent van het sociaal minimum. Ruim 3.100 huishoudens hebben problematische schulden; de gemiddelde schuld bij aanmelding is 38.000 euro. In Aamerveen en Sluisdijk ligt het aandeel huishoudens met een laag inkomen hoger dan in de andere gemeenten.',
  'Opvallend is dat het aantal gezinnen met kinderen dat rond moet komen van een laag inkomen is gestegen. Ook ouderen met alleen AOW en een klein pensioen melden zich vaker bij het Geldloket. De kerncijfers staan in bijlage 2.']),
 (2, '2.2 Werkende armen', [
  'Ruim een derde van de huishoudens met een laag inkomen heeft werk. Het gaat vaak om zzp\'ers, om mensen met een flexibel contract of een kleine deeltijdbaan en om alleenstaande ouders. Hun inkomen schommelt van maand tot maand, waardoor zij toeslagen moeten terugbetalen en in de schulden raken.',
  'Werkende armen maken weinig gebruik van gemeentelijke regelingen, omdat zij denken dat die alleen voor mensen met een uitkering zijn. De gemeenten gaan werkgevers in de regio vragen om hun medewerkers te wijzen op het Geldloket en op de regelingen voor inwoners met een laag inkomen.']),
 (1, '3 Schulden voorkomen en oplossen', []),
 (2, '3.1 Schuldhulpverlening', [
  'De schuldhulpverlening wordt in heel Aamerland uitgevoerd door de Kredietbank Aamerland. Inwoners kunnen zich melden bij het Geldloket in hun eigen gemeente. Binnen drie werkdagen vindt een eerste gesprek plaats; bij een dreigende huisuitzetting of afsluiting van energie of water binnen drie dagen na de melding.',
  'Wij willen dat meer inwoners een schuldregeling krijgen en dat de doorlooptijd korter wordt. De gemeenten maken gebruik van saneringskredieten, zodat alle schuldeisers in een keer worden afbetaald en de inwoner nog maar een schuldeiser heeft. Na afloop van een schuldregeling blijft nazorg beschikbaar gedurende een jaar.']),
 (2, '3.2 Vroegsignalering', [
  'Sinds 2021 ontvangen de gemeenten signalen van woningcorporaties, energieleveranciers, drinkwaterbedrijven en zorgverzekeraars over betalingsachterstanden. Een medewerker van het Geldloket neemt dan contact op met de inwoner, belt aan of stuurt een brief. Ongeveer de helft van de inwoners die zo worden benaderd, neemt het hulpaanbod aan.',
  'Wij breiden de vroegsignalering uit met signalen van particuliere verhuurders en van de gemeentelijke belastingen. Ook willen wij afspraken maken met de Belastingdienst over het terugvorderen van toeslagen. Een signaal wordt binnen vijf werkdagen opgevolgd met een huisbezoek.']),
 (2, '3.3 Bewindvoering', [
  'Steeds meer inwoners met schulden komen onder beschermingsbewind. De kosten van bewind worden vaak betaald uit de bijzondere bijstand en zijn de afgelopen jaren sterk gestegen. Bewind is soms nodig, maar het maakt inwoners ook afhankelijk.']),
 (3, '3.3.1 Kosten en kwaliteit van bewind', [
  'De gemeenten gaan samen met de kantonrechter en de bewindvoerders afspraken maken over de kwaliteit van bewind en over uitstroom uit bewind. Waar het kan, kiezen wij voor een lichtere vorm, zoals budgetbeheer bij de Kredietbank. Wij onderzoeken of een regionaal bewindvoeringsbureau kan leiden tot lagere kosten.']),
 (1, '4 Inkomensondersteuning', []),
 (2, '4.1 Minimaregelingen', [
  'Inwoners met een laag inkomen kunnen gebruikmaken van de minimaregelingen. Tot nu toe verschillen de regelingen en de inkomensgrenzen per gemeente. Wij harmoniseren de regelingen en leggen de inkomensgrens in alle gemeenten op 130 procent van het sociaal minimum. Voor de collectieve zorgverzekering blijft de grens 150 procent.',
  ('TABLE', ['Regeling', 'Inkomensgrens', 'Bedrag of vergoeding'],
   ['Meedoenregeling (sport, cultuur, vereniging)', '130%', '250 euro per persoon per jaar'],
   ['Collectieve zorgverzekering', '150%', 'korting en aanvullend pakket'],
   ['Individuele inkomenstoeslag', '100%', '450 euro per jaar na drie jaar laag inkomen'],
   ['Kwijtschelding gemeentelijke belastingen', '100%', 'volgens landelijke normen'],
   ['Kindpakket', '130%', 'zie paragraaf 5.1']),
  'De harmonisatie betekent voor inwoners van Kolhorst en Ter Wijde een verruiming. In Aamerveen lag de grens voor de meedoenregeling al op 130 procent.']),
 (2, '4.2 Bijzondere bijstand en individuele inkomenstoeslag', [
  'Bijzondere bijstand is bedoeld voor noodzakelijke kosten die een inwoner niet zelf kan betalen, zoals een wasmachine of de eigen bijdrage van een bewindvoerder. Wij kiezen voor maatwerk: een consulent mag afwijken van de regels als de situatie daarom vraagt.',
  'De individuele inkomenstoeslag is voor inwoners die drie jaar of langer van een laag inkomen leven en geen uitzicht hebben op verbetering. Wij onderzoeken of de termijn van drie jaar kan worden verkort naar twee jaar.']),
 (2, '4.3 Toegankelijkheid en niet-gebruik', [
  'Veel inwoners die recht hebben op een regeling, maken er geen gebruik van. Zij weten niet dat de regeling bestaat, vinden de aanvraag te ingewikkeld of schamen zich. Schattingen wijzen erop dat een derde van de rechthebbenden de regelingen niet gebruikt.',
  'Om het niet-gebruik terug te dringen, nemen wij de volgende maatregelen:',
  ('BULLETS', ['een enkel aanvraagformulier voor alle regelingen, op papier en digitaal;',
               'brieven en websites in eenvoudige taal, getest met inwoners;',
               'het automatisch toekennen van regelingen als het inkomen al bij de gemeente bekend is;',
               'spreekuren van het Geldloket in buurthuizen, bibliotheken en op scholen.']),
  'Daarnaast maken wij de regelingen bekend via huisartsen, wijkteams en vrijwilligersorganisaties.']),
 (1, '5 Kinderen in armoede', []),
 (2, '5.1 Kindpakket', [
  'Ongeveer 4.200 kinderen in Aamerland groeien op in een gezin met een laag inkomen. Wij vinden dat ieder kind moet kunnen meedoen. Daarom komt er een regionaal kindpakket met vaste onderdelen: een schoolpakket aan het begin van het schooljaar, een bijdrage voor sport en cultuur, een verjaardagsbox, zwemles en een fiets voor kinderen die naar het voortgezet onderwijs gaan.',
  'Ouders vragen het kindpakket aan met hetzelfde formulier als de andere regelingen. Voor kinderen in gezinnen met schulden werken wij samen met Stichting Leergeld en het Jeugdfonds Sport en Cultuur.']),
 (2, '5.2 Jongeren en schulden', [
  'Jongeren tussen 18 en 27 jaar vormen een kwetsbare groep. Zij krijgen vaak schulden door abonnementen, kopen op afbetaling en zorgkosten. Wij bieden op scholen voor voortgezet onderwijs en mbo lessen in omgaan met geld en richten een jongerenloket in bij het Geldloket. Een jongere met schulden krijgt een vaste begeleider en, waar het kan, een saneringskrediet met een werk- of leeraanbod.']),
 (1, '6 Energiearmoede en wonen', []),
 (2, '6.1 Energiearmoede', [
  'Energiearmoede komt voor bij huishoudens met een laag inkomen die in een slecht geisoleerde woning wonen. In Aamerland gaat het om ongeveer 5.500 huishoudens.[[FN:Bron: Monitor Energiearmoede, TNO, 2025. Een huishouden is energiearm als het een hoog energiequote heeft, of een laag inkomen en een woning met een laag energielabel.]] Een groot deel woont in een huurwoning met energielabel E, F of G.',
  'Wij zetten energiecoaches in die bij inwoners thuis komen, advies geven en kleine maatregelen zoals tochtstrips en radiatorfolie aanbrengen. Met de woningcorporaties maken wij afspraken over het versneld isoleren van de woningen met de slechtste labels. Voor eigenaar-bewoners met een laag inkomen komt er een regeling voor isolatie zonder eigen bijdrage.']),
 (2, '6.2 Huurachterstanden en huisuitzetting', [
  'Een huisuitzetting vanwege huurschuld moet in Aamerland tot het verleden behoren. Woningcorporaties melden een huurachterstand na een maand. Het Geldloket neemt binnen vijf werkdagen contact op. Als een huisuitzetting dreigt, zoeken de gemeente, de corporatie en de inwoner samen naar een oplossing, zoals een betalingsregeling of een tweede kans-contract.']),
 (1, '7 Samenwerking', []),
 (2, '7.1 Vrijwilligersorganisaties en voedselbank', [
  'Vrijwilligersorganisaties zijn onmisbaar. De voedselbanken in Aamerveen, Kolhorst en Sluisdijk helpen samen ruim 1.400 huishoudens per week. Kledingbanken, kerken en sociale supermarkten bieden daarnaast praktische hulp. De gemeenten ondersteunen deze organisaties met een jaarlijkse subsidie en met huisvesting.',
  'Wij willen dat de voedselbank niet het eindpunt is. Daarom maken wij afspraken over het doorverwijzen van klanten naar het Geldloket en naar schuldhulpverlening. Iedere nieuwe klant van de voedselbank krijgt een gesprek aangeboden met een consulent.']),
 (2, '7.2 Schuldhulpmaatjes en maatschappelijke partners', [
  'Getrainde vrijwilligers van SchuldHulpMaatje en Humanitas helpen inwoners met het ordenen van hun administratie, voor, tijdens en na de schuldhulpverlening. De gemeenten betalen de training en de coordinatie van deze vrijwilligers. Wij willen het aantal maatjes de komende vier jaar verdubbelen.',
  'Ook de wijkteams, het maatschappelijk werk en de huisartsen zijn belangrijke partners. Zij zien geldzorgen vaak als eerste en verwijzen door naar het Geldloket.']),
 (1, '8 Werk en meedoen', []),
 (2, '8.1 Van uitkering naar werk', [
  'Werk is voor veel inwoners de beste weg uit armoede, maar niet voor iedereen. Inwoners met een bijstandsuitkering die gaan werken, houden tijdelijk een deel van hun inkomsten naast de uitkering. Wij zorgen dat een inwoner er bij de overgang naar werk niet op achteruitgaat, bijvoorbeeld doordat regelingen direct stoppen of toeslagen later worden aangepast.']),
 (2, '8.2 Meedoen in de samenleving', [
  'Armoede is meer dan geldgebrek. Inwoners met een laag inkomen hebben vaker een slechtere gezondheid en voelen zich vaker eenzaam. Met de meedoenregeling kunnen volwassenen lid worden van een vereniging, een cursus volgen of naar het theater. Wij werken samen met de GGD en de huisartsen om gezondheidsproblemen door armoede eerder te zien.']),
 (1, '9 Uitvoering, monitoring en financiering', []),
 (2, '9.1 Monitoring', [
  'Wij volgen de voortgang met een jaarlijkse armoedemonitor. Daarin staan onder meer het aantal huishoudens met een laag inkomen, het aantal meldingen bij het Geldloket, het bereik van de minimaregelingen en het kindpakket, en het aantal huisuitzettingen. De monitor wordt elk jaar in het voorjaar aan de gemeenteraden gestuurd. Na twee jaar volgt een tussenevaluatie.']),
 (2, '9.2 Financiering', [
  'De uitvoering van deze visie kost jaarlijks 2,4 miljoen euro meer dan de huidige budgetten. De kosten worden verdeeld naar het aantal huishoudens met een laag inkomen in elke gemeente. Van het extra budget gaat 0,9 miljoen euro naar het kindpakket, 0,6 miljoen euro naar schuldhulpverlening en vroegsignalering, 0,5 miljoen euro naar energiearmoede en 0,4 miljoen euro naar de ondersteuning van vrijwilligersorganisaties.']),
 ('b', 'Bijlage 1: Begrippenlijst', [
  'Sociaal minimum: de bijstandsnorm die voor een huishouden geldt.',
  'Geldloket: het loket in elke gemeente waar inwoners terechtkunnen met vragen over geld en schulden.',
  'Saneringskrediet: een lening van de Kredietbank waarmee alle schulden in een keer worden afgelost.',
  'Beschermingsbewind: een maatregel van de kantonrechter waarbij een bewindvoerder de financien van een inwoner beheert.',
  'Niet-gebruik: het niet aanvragen van een regeling waarop een inwoner recht heeft.']),
 ('b', 'Bijlage 2: Kerncijfers', [
  ('TABLE', ['Gemeente', 'Inwoners', 'Huishoudens tot 130%', 'Huishoudens met problematische schulden'],
   ['Aamerveen', '78.400', '4.100', '1.520'], ['Kolhorst', '31.200', '1.250', '470'],
   ['Ter Wijde', '24.800', '880', '340'], ['Middelbroek', '19.600', '640', '260'],
   ['Sluisdijk', '28.100', '1.430', '510'])]),
]
