#!/usr/bin/env python3
"""Provenance for the hg-pdf evaluation set: writes the eight PDF response
letters in responses/ (the two e-mails are plain .txt files written by hand).

The letters are fictional responses to the concept Regiovisie Aanpak huiselijk
geweld Haaglanden 2019-2022. They were written and labelled blind, from the
draft alone. Nothing runs this script in CI; it needs `pip install reportlab`
and uses only the standard PDF fonts (Helvetica, Times), so accented letters
(é, ë, ï) come out as real text.

    python3 tests/eval/hg-pdf/make_pdfs.py
"""

import os

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "responses")
W, H = A4


def styles(font="Helvetica", size=10.5, leading=None):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
            "Times-Italic": "Times-BoldItalic"}[font]
    leading = leading or size * 1.35
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=leading,
                          spaceAfter=size * 0.8, alignment=TA_LEFT)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, spaceAfter=0),
        "addr": ParagraphStyle("addr", parent=body, spaceAfter=0),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT, spaceAfter=0),
        "head": ParagraphStyle("head", parent=body, fontName=bold, spaceAfter=2,
                               spaceBefore=size * 0.4, keepWithNext=True),
        "num": ParagraphStyle("num", parent=body, leftIndent=7 * mm, firstLineIndent=-7 * mm),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=6 * mm, firstLineIndent=-4 * mm,
                                 spaceAfter=size * 0.3),
        "big": ParagraphStyle("big", parent=body, fontName=bold, fontSize=20, leading=24, spaceAfter=0),
        "bigr": ParagraphStyle("bigr", parent=body, fontName=bold, fontSize=18, leading=22,
                               alignment=TA_RIGHT, spaceAfter=0),
        "smallr": ParagraphStyle("smallr", parent=body, fontSize=8, leading=10, alignment=TA_RIGHT,
                                 spaceAfter=0),
        "bold": bold,
        "font": font,
    }


def build(name, story_fn, decorate, margins=(25 * mm, 25 * mm, 25 * mm, 22 * mm)):
    """Two passes: the first counts pages, so footers can say 'Pagina x van y'."""
    left, right, top, bottom = margins
    path = os.path.join(OUT, name)
    total = [0]

    def one_pass(total_pages):
        doc = BaseDocTemplate(path, pagesize=A4, leftMargin=left, rightMargin=right,
                              topMargin=top, bottomMargin=bottom, title=name[:-4],
                              author="hg-pdf evaluation set")
        frame = Frame(left, bottom, W - left - right, H - top - bottom, id="f")

        def on_page(canvas, doc_):
            canvas.saveState()
            decorate(canvas, doc_.page, total_pages)
            canvas.restoreState()
            total[0] = doc_.page

        doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
        doc.build(story_fn())

    one_pass(0)
    one_pass(total[0])
    print(f"{name}: {total[0]} page(s)")


def ref_table(rows, st, widths=(32 * mm, 110 * mm)):
    lab = ParagraphStyle("lab", parent=st["small"], fontSize=8)
    val = ParagraphStyle("val", parent=st["body"], spaceAfter=0, fontSize=9.5, leading=12)
    t = Table([[Paragraph(a, lab), Paragraph(b, val)] for a, b in rows], colWidths=widths,
              hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                           ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    return t


def paras(texts, style):
    return [Paragraph(t, style) for t in texts]


# ---------------------------------------------------------------------------
# 01 Zienswijze gemeenteraad Delft: numbered points, explicit references,
#    point 4 runs over the page break.
# ---------------------------------------------------------------------------

def letter01():
    st = styles("Times-Roman", 11)
    name = "01-zienswijze-gemeenteraad-delft.pdf"

    def story():
        s = [
            Paragraph("Gemeenteraad Delft", st["big"]),
            Paragraph("Griffie &middot; Stadhuis, Markt 87 &middot; Postbus 78, 2600 ME Delft "
                      "&middot; griffie@delft.nl &middot; 14 015", st["small"]),
            Spacer(1, 14 * mm),
            *paras(["Werkgroep Regiovisie Aanpak huiselijk geweld Haaglanden",
                    "t.a.v. de centrumgemeenten Den Haag en Delft",
                    "Postbus 12600", "2500 DJ&nbsp;&nbsp;DEN HAAG"], st["addr"]),
            Spacer(1, 10 * mm),
            ref_table([("Datum", "11 april 2019"),
                       ("Ons kenmerk", "RG/2019/0412"),
                       ("Onderwerp", "Zienswijze concept-regiovisie Aanpak huiselijk geweld "
                                     "Haaglanden 2019-2022")], st),
            Spacer(1, 8 * mm),
            Paragraph("Geachte leden van de werkgroep,", st["body"]),
            Paragraph("In zijn vergadering van 9 april 2019 heeft de gemeenteraad van Delft de "
                      "concept-regiovisie Aanpak huiselijk geweld Haaglanden 2019-2022 besproken. "
                      "De raad is in de gelegenheid gesteld een zienswijze in te dienen. Hieronder "
                      "treft u de punten aan die de raad bij meerderheid van stemmen heeft "
                      "vastgesteld.", st["body"]),
        ]
        points = [
            "De raad steunt de ambitie om huiselijk geweld zoveel mogelijk te voorkomen en sneller "
            "te herkennen, zoals verwoord in hoofdstuk 2. De raad mist echter concrete en meetbare "
            "doelen: hoeveel minder herhaald geweld wil de regio in 2022 hebben bereikt, en binnen "
            "welke termijn moet een eerste melding zijn opgepakt? Wij verzoeken u de doelstelling "
            "in het uitvoeringsprogramma te vertalen naar toetsbare indicatoren, zodat de raad de "
            "voortgang kan volgen.",

            "Paragraaf A (preventie) noemt kinderen die betrokken zijn bij een vechtscheiding als "
            "belangrijke risicogroep. De raad vraagt deze groep in het uitvoeringsprogramma een "
            "eigen plek te geven, bijvoorbeeld door ouders die uit elkaar gaan standaard te wijzen "
            "op het ouderschapsspreekuur van het CJG en op de cursus ‘Kinderen uit de knel’.",

            "De raad maakt zich ernstig zorgen over de wachtlijsten bij Veilig Thuis Haaglanden "
            "(bijlage 1, pag. 22). Nu de aangescherpte meldcode naar verwachting tot nog meer "
            "meldingen leidt, zullen de wachttijden verder oplopen. De raad verzoekt de "
            "centrumgemeenten de raden van alle regiogemeenten ieder kwartaal te informeren over "
            "de wachttijden, in lijn met de afspraak in paragraaf F dat Veilig Thuis de "
            "ketenpartners tijdig over wachtlijsten informeert.",

            "In de financiële paragraaf van hoofdstuk 4 wordt uitgegaan van een bijdrage van "
            "€ 0,30 per inwoner van iedere regiogemeente. De raad kan hiermee instemmen voor de "
            "looptijd van de regiovisie, maar hecht eraan dat deze bijdrage niet stilzwijgend "
            "structureel wordt. Daarnaast valt op dat de begroting voor de jaren 2019 tot en met "
            "2022 vrijwel gelijk blijft, terwijl het aantal meldingen elk jaar toeneemt. De raad "
            "verzoekt om in het uitvoeringsprogramma aan te geven welke keuzes worden gemaakt "
            "wanneer de middelen ontoereikend blijken, en om de raden vooraf te betrekken bij een "
            "eventuele herijking, zoals die voor de pilot MDA++ over twee jaar is voorzien. Een "
            "verhoging van de inwonerbijdrage zonder voorafgaand besluit van de gemeenteraden "
            "acht de raad niet aanvaardbaar. De raad wijst er in dit verband op dat de gemeente "
            "Delft als centrumgemeente al een aanzienlijk deel van de DUVO-middelen beheert en "
            "dat de verdeling tussen beide subregio’s voor de raad niet in alle opzichten "
            "navolgbaar is.",

            "Volgens bijlage 3 zijn in de Delftse regio slechts vier bedden voor crisisopvang "
            "beschikbaar. De raad betwijfelt of dit voldoende is nu de opvang landelijk en "
            "regionaal onder druk staat, en vraagt het college om samen met de regiogemeenten te "
            "onderzoeken of uitbreiding nodig is.",

            "Tot slot hecht de raad aan de bestuurlijke borging van de regiovisie. De raad stelt "
            "voor dat het nieuw in te richten regionale platform jaarlijks een openbare "
            "voortgangsrapportage uitbrengt, die ook aan de gemeenteraden wordt aangeboden.",
        ]
        for i, p in enumerate(points, 1):
            s.append(Paragraph(f"{i}.&nbsp;&nbsp;{p}", st["num"]))
        s += [
            Paragraph("Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.", st["body"]),
            Paragraph("Met vriendelijke groet,", st["body"]),
            Paragraph("De gemeenteraad van Delft,", st["addr"]),
            Spacer(1, 10 * mm),
            Table([[Paragraph("mr. P.J. Haasnoot", st["addr"]),
                    Paragraph("drs. H.C. de Wolff-Rijnders", st["addr"])],
                   [Paragraph("griffier", st["addr"]), Paragraph("voorzitter", st["addr"])]],
                  colWidths=(75 * mm, 80 * mm), hAlign="LEFT",
                  style=[("LEFTPADDING", (0, 0), (-1, -1), 0)]),
            Spacer(1, 8 * mm),
            Paragraph("Bijlage: raadsbesluit 2019/112 d.d. 9 april 2019", st["small"]),
        ]
        return s

    def deco(c, page, total):
        c.setFont("Times-Roman", 8)
        if page > 1:
            c.drawString(25 * mm, H - 15 * mm, "Gemeenteraad Delft – zienswijze concept-regiovisie "
                                               "huiselijk geweld")
            c.drawRightString(W - 25 * mm, H - 15 * mm, "RG/2019/0412")
        c.drawCentredString(W / 2, 12 * mm, f"- {page} -")

    build(name, story, deco, margins=(25 * mm, 25 * mm, 22 * mm, 55 * mm))


# ---------------------------------------------------------------------------
# 02 College van B&W Rijswijk: prose, kenmerk block, 'Pagina 1 van 2'.
# ---------------------------------------------------------------------------

def letter02():
    st = styles("Helvetica", 10)
    name = "02-brief-college-rijswijk.pdf"

    def story():
        return [
            Spacer(1, 22 * mm),
            *paras(["Aan de centrumgemeenten Den Haag en Delft",
                    "t.a.v. de werkgroep Regiovisie huiselijk geweld",
                    "Postbus 12600", "2500 DJ&nbsp;&nbsp;DEN HAAG"], st["addr"]),
            Spacer(1, 12 * mm),
            ref_table([("Ons kenmerk", "2019-0047812"),
                       ("Uw kenmerk", "OCW/2019.118"),
                       ("Datum", "9 april 2019"),
                       ("Onderwerp", "Reactie op de concept-regiovisie Aanpak huiselijk geweld "
                                     "Haaglanden 2019-2022"),
                       ("Behandeld door", "mw. S. el Amrani"),
                       ("Doorkiesnummer", "070 - 326 14 52")], st),
            Spacer(1, 10 * mm),
            Paragraph("Geachte leden van de werkgroep,", st["body"]),
            Paragraph("Op 14 maart jongstleden ontvingen wij de concept-regiovisie Aanpak huiselijk "
                      "geweld Haaglanden 2019-2022, met het verzoek daarop te reageren. Met deze brief "
                      "geven wij, het college van burgemeester en wethouders van Rijswijk, onze "
                      "reactie.", st["body"]),
            Paragraph("Wij onderschrijven de keuze om de regie op de multidisciplinaire en "
                      "systeemgerichte aanpak bij de lokale teams te leggen. Tegelijk constateren wij "
                      "dat ons sociaal wijkteam op dit moment niet beschikt over de specialistische "
                      "kennis die de regiovisie daarvoor vraagt, en dat het team zelf met wachttijden "
                      "kampt. Zonder aanvullende scholing en formatie dreigt de regierol een papieren "
                      "werkelijkheid te worden. Wij vragen u in het uitvoeringsprogramma op te nemen "
                      "hoe de lokale teams in deze rol worden ondersteund.", st["body"]),
            Paragraph("Met de voorgestelde bijdrage van € 0,30 per inwoner kunnen wij instemmen. Wel "
                      "vinden wij het van belang dat de besteding van deze middelen jaarlijks "
                      "zichtbaar wordt verantwoord, uitgesplitst naar de ontwikkelopgaven, zodat ook "
                      "de kleinere gemeenten kunnen zien wat hun bijdrage oplevert.", st["body"]),
            Paragraph("De herijking van de pilot MDA++ na twee jaar juichen wij toe. Wij verzoeken u "
                      "daarbij niet alleen naar de kosten te kijken, maar ook naar het aantal "
                      "casussen uit de regiogemeenten dat daadwerkelijk door het kernteam is "
                      "behandeld. Wij hebben de indruk dat de aanpak tot nu toe vooral ten goede komt "
                      "aan casussen uit Den Haag, terwijl alle gemeenten eraan bijdragen.", st["body"]),
            Paragraph("Circa driekwart van de meldingen bij Veilig Thuis Haaglanden is afkomstig van "
                      "de politie. Wij zouden graag zien dat de afspraken die politie en Veilig Thuis "
                      "nu maken over de kwaliteit van meldingen ook voorzien in een directe lijn naar "
                      "het lokale team, zodat lichtere casussen sneller lokaal kunnen worden "
                      "opgepakt. In Rijswijk doen wij sinds 2018 goede ervaringen op met een vast "
                      "wekelijks overleg tussen de wijkagenten en het sociaal wijkteam.", st["body"]),
            Paragraph("Ten slotte vragen wij aandacht voor ouderenmishandeling. Rijswijk kent een "
                      "relatief groot aandeel inwoners boven de 75 jaar, van wie velen afhankelijk "
                      "zijn van mantelzorg. In de regiovisie wordt deze groep wel als risicogroep "
                      "genoemd, maar zij krijgt weinig uitwerking. Wij pleiten voor een herkenbaar "
                      "regionaal aanbod om ouderenmishandeling te signaleren, bijvoorbeeld via de "
                      "wijkverpleging, de thuiszorg en de huisartsen.", st["body"]),
            Paragraph("Wij zien het uitvoeringsprogramma met belangstelling tegemoet en zijn graag "
                      "bereid daaraan een bijdrage te leveren.", st["body"]),
            Paragraph("Met vriendelijke groet,", st["body"]),
            Paragraph("burgemeester en wethouders van Rijswijk,", st["addr"]),
            Spacer(1, 12 * mm),
            Table([[Paragraph("de secretaris,", st["addr"]), Paragraph("de burgemeester,", st["addr"])],
                   [Paragraph("drs. W.F. Kloosterman", st["addr"]), Paragraph("mr. L.C. van Ooijen", st["addr"])]],
                  colWidths=(75 * mm, 75 * mm), hAlign="LEFT",
                  style=[("LEFTPADDING", (0, 0), (-1, -1), 0)]),
        ]

    def deco(c, page, total):
        if page == 1:
            c.setFont("Helvetica-Bold", 20)
            c.drawRightString(W - 22 * mm, H - 22 * mm, "Gemeente Rijswijk")
            c.setFont("Helvetica", 7.5)
            c.drawRightString(W - 22 * mm, H - 28 * mm, "Bezoekadres Bogaardplein 15 · Postbus 5305 · "
                                                        "2280 HH Rijswijk")
            c.drawRightString(W - 22 * mm, H - 32 * mm, "T 14 070 · www.rijswijk.nl")
        else:
            c.setFont("Helvetica", 7.5)
            c.drawString(25 * mm, H - 15 * mm, "Gemeente Rijswijk · ons kenmerk 2019-0047812")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 25 * mm, 12 * mm, f"Pagina {page} van {total}")

    build(name, story, deco, margins=(25 * mm, 25 * mm, 30 * mm, 22 * mm))


# ---------------------------------------------------------------------------
# 03 Adviesraad Sociaal Domein Zoetermeer: 'Advies 1 –' headed points.
# ---------------------------------------------------------------------------

def letter03():
    st = styles("Helvetica", 10)
    name = "03-advies-adviesraad-zoetermeer.pdf"

    def story():
        s = [
            Paragraph("Adviesraad Sociaal Domein Zoetermeer", st["bigr"]),
            Paragraph("Stadhuisplein 1, 2711 EC Zoetermeer &middot; secretariaat@asd-zoetermeer.nl",
                      st["smallr"]),
            Spacer(1, 14 * mm),
            *paras(["Aan het college van burgemeester en wethouders van Zoetermeer",
                    "en de werkgroep Regiovisie Aanpak huiselijk geweld Haaglanden",
                    "Postbus 15", "2700 AA&nbsp;&nbsp;ZOETERMEER"], st["addr"]),
            Spacer(1, 10 * mm),
            ref_table([("Datum", "3 april 2019"), ("Ons kenmerk", "ASD 2019-07"),
                       ("Betreft", "Advies over de concept-regiovisie Aanpak huiselijk geweld "
                                   "Haaglanden 2019-2022")], st),
            Spacer(1, 8 * mm),
            Paragraph("Geacht college, geachte leden van de werkgroep,", st["body"]),
            Paragraph("De Adviesraad Sociaal Domein Zoetermeer heeft de concept-regiovisie besproken "
                      "in zijn vergadering van 27 maart 2019. Ter voorbereiding heeft een werkgroep "
                      "van de adviesraad gesproken met medewerkers van het sociaal team en met twee "
                      "ervaringsdeskundigen. Hieronder leest u ons advies.", st["body"]),
        ]
        advies = [
            ("Zet ervaringsdeskundigen structureel en betaald in",
             "De regiovisie noemt ervaringsdeskundigen op veel plaatsen, onder meer bij preventie en "
             "bij het lerend netwerk. In de praktijk worden zij vaak op het laatste moment en als "
             "onbetaalde vrijwilliger gevraagd. De adviesraad adviseert een regionale pool van "
             "getrainde ervaringsdeskundigen op te zetten, met een passende vergoeding en "
             "begeleiding, zodat hun inzet niet afhangt van goede wil."),
            ("Maak voorlichting begrijpelijk voor alle inwoners",
             "Een groot deel van de inwoners van Zoetermeer is laaggeletterd of spreekt onvoldoende "
             "Nederlands. Informatie over wat huiselijk geweld is en waar je terecht kunt, moet "
             "daarom in eenvoudige taal en in meerdere talen beschikbaar zijn, ook in beeld en via "
             "sleutelpersonen in de wijk. Test het materiaal vooraf met inwoners zelf."),
            ("Meet ook wat inwoners zelf ervaren",
             "De ontwikkelopgave monitoring richt zich vooral op cijfers en systemen van "
             "organisaties. Wij adviseren slachtoffers, plegers en kinderen zelf te vragen of zij "
             "zich veiliger voelen, bijvoorbeeld een half jaar en een jaar na het afsluiten van de "
             "hulp, en die uitkomsten zwaar te laten wegen."),
            ("Ga zorgvuldig om met privacy bij het delen van gegevens",
             "Wij begrijpen dat professionals de privacyregels als belemmering ervaren. Toch "
             "waarschuwt de adviesraad ervoor de regels in de praktijk op te rekken. Inwoners "
             "moeten weten welke gegevens over hen worden gedeeld en met wie. Leg dit vast in een "
             "regionaal convenant dat ook in begrijpelijke taal beschikbaar is."),
            ("Geef de adviesraden een vaste rol bij de uitvoering",
             "In hoofdstuk 5 staat dat leden van adviesraden graag meer ruimte willen om elkaar en "
             "de professionals te spreken. Wij adviseren de adviesraden van de negen gemeenten een "
             "formele rol te geven bij het opstellen en evalueren van het uitvoeringsprogramma, en "
             "hen jaarlijks om advies te vragen over de voortgang."),
        ]
        for i, (title, text) in enumerate(advies, 1):
            s.append(Paragraph(f"Advies {i} – {title}", st["head"]))
            s.append(Paragraph(text, st["body"]))
        s += [
            Paragraph("Wij zijn graag bereid ons advies mondeling toe te lichten.", st["body"]),
            Paragraph("Met vriendelijke groet,", st["body"]),
            Spacer(1, 10 * mm),
            Table([[Paragraph("J. (Joke) Verhoeven-Dijkstra", st["addr"]),
                    Paragraph("E. Öztürk", st["addr"])],
                   [Paragraph("voorzitter", st["addr"]), Paragraph("secretaris", st["addr"])]],
                  colWidths=(75 * mm, 75 * mm), hAlign="LEFT",
                  style=[("LEFTPADDING", (0, 0), (-1, -1), 0)]),
            Spacer(1, 8 * mm),
            Paragraph("Bijlage: verslag van het gesprek met ervaringsdeskundigen, 20 maart 2019",
                      st["small"]),
        ]
        return s

    def deco(c, page, total):
        c.setFont("Helvetica", 7.5)
        c.drawString(25 * mm, 12 * mm, "Adviesraad Sociaal Domein Zoetermeer · ASD 2019-07")
        c.drawRightString(W - 25 * mm, 12 * mm, f"{page}/{total}")

    build(name, story, deco)


# ---------------------------------------------------------------------------
# 04 Opvangorganisatie Den Haag: sub-headings with bullet lists.
# ---------------------------------------------------------------------------

def letter04():
    st = styles("Helvetica", 10)
    name = "04-reactie-vrouwenopvang-den-haag.pdf"

    def bullets(items):
        return [Paragraph(f"•&nbsp;&nbsp;{t}", st["bullet"]) for t in items]

    def story():
        return [
            Spacer(1, 8 * mm),
            *paras(["Gemeente Den Haag, dienst OCW",
                    "t.a.v. de werkgroep Regiovisie Aanpak huiselijk geweld Haaglanden",
                    "Postbus 12600", "2500 DJ&nbsp;&nbsp;Den Haag"], st["addr"]),
            Spacer(1, 8 * mm),
            Paragraph("Den Haag, 10 april 2019", st["addr"]),
            Paragraph("Kenmerk: VH/dir/2019-031", st["addr"]),
            Paragraph("Onderwerp: reactie op de concept-regiovisie huiselijk geweld", st["addr"]),
            Spacer(1, 8 * mm),
            Paragraph("Geachte leden van de werkgroep,", st["body"]),
            Paragraph("Stichting Veilige Haven Haaglanden biedt opvang en ambulante hulp aan vrouwen, "
                      "mannen en kinderen die te maken hebben met geweld in huiselijke kring. Wij "
                      "hebben de concept-regiovisie met belangstelling gelezen en hebben ook "
                      "deelgenomen aan de bijeenkomsten waarin zij is voorbereid. Graag geven wij u "
                      "onze reactie, geordend naar een aantal thema’s uit onze dagelijkse praktijk.",
                      st["body"]),
            Paragraph("Doorstroom uit de opvang naar een eigen woning", st["head"]),
            *bullets([
                "Vrouwen die klaar zijn om de opvang te verlaten, blijven gemiddeld vier tot zes "
                "maanden langer dan nodig, omdat er geen betaalbare woning beschikbaar is.",
                "Daardoor is een opvangduur van maximaal zes maanden in de praktijk niet haalbaar "
                "en ontstaan wachtlijsten voor nieuwe slachtoffers die acuut een veilige plek nodig "
                "hebben.",
                "Wij vragen de gemeenten met de woningcorporaties afspraken te maken over een vast "
                "aantal woningen per jaar voor mensen die uit de opvang doorstromen.",
            ]),
            Spacer(1, 3 * mm),
            Paragraph("Zorg zo lang als nodig, ook na de opvang", st["head"]),
            *bullets([
                "Ambulante trajecten van zes weken zijn voor de meeste gezinnen te kort. Juist in de "
                "maanden na vertrek uit de opvang zien wij dat het contact met de ex-partner weer "
                "wordt opgepakt en het geweld terugkomt.",
                "Wij pleiten voor een vorm van nazorg van minimaal een jaar na vertrek uit de "
                "opvang, met één vaste contactpersoon die laagdrempelig bereikbaar blijft, en voor "
                "een financiering die dat mogelijk maakt.",
            ]),
            Spacer(1, 3 * mm),
            Paragraph("Kinderen in de opvang verdienen eigen hulp", st["head"]),
            *bullets([
                "Jaarlijks verblijven ruim honderdtwintig kinderen in onze opvang. Zij zijn getuige "
                "of zelf slachtoffer geweest, maar krijgen lang niet altijd een eigen hulpverlener.",
                "Wij vragen om voor ieder kind in de opvang binnen vier weken een traumascreening te "
                "doen en om snelle toegang tot behandeling, zonder dat daarvoor eerst een aparte "
                "beschikking jeugdhulp moet worden aangevraagd.",
            ]),
            Spacer(1, 3 * mm),
            Paragraph("Samenwerking in de keten", st["head"]),
            Paragraph("Over de samenwerking hebben wij twee verzoeken:", st["body"]),
            *bullets([
                "Wij worden graag tijdig geïnformeerd wanneer Veilig Thuis Haaglanden met "
                "wachtlijsten te maken heeft. Nu merken wij dat pas wanneer cliënten ons bellen "
                "omdat niemand contact met hen opneemt.",
                "Wij vragen een plaats aan tafel in het regionale platform dat volgens de "
                "regiovisie wordt ingericht. De opvang ontbreekt nu in het bestuurlijk overleg, "
                "terwijl wij een groot deel van de uitvoering verzorgen.",
            ]),
            Spacer(1, 3 * mm),
            Paragraph("Wij hopen dat u onze reactie meeneemt in de definitieve regiovisie. Voor een "
                      "toelichting kunt u contact opnemen met Priya Ramdin, beleidsadviseur, "
                      "via 070 - 205 33 10.", st["body"]),
            Paragraph("Met vriendelijke groet,", st["body"]),
            Spacer(1, 10 * mm),
            Paragraph("drs. M. (Marleen) Hoogendoorn", st["addr"]),
            Paragraph("directeur-bestuurder Stichting Veilige Haven Haaglanden", st["addr"]),
        ]

    def deco(c, page, total):
        c.setFillColorRGB(0.55, 0.1, 0.35)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(25 * mm, H - 17 * mm, "Stichting Veilige Haven Haaglanden")
        c.setFont("Helvetica", 7.5)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawString(25 * mm, H - 22 * mm, "Opvang en ambulante hulp bij huiselijk geweld · Postbus "
                                          "45210 · 2504 AE Den Haag · info@veiligehaven-hgl.nl")
        c.setFont("Helvetica", 7.5)
        c.drawString(25 * mm, 12 * mm, "Reactie regiovisie huiselijk geweld · 10 april 2019")
        c.drawRightString(W - 25 * mm, 12 * mm, f"pagina {page}")

    build(name, story, deco, margins=(25 * mm, 25 * mm, 32 * mm, 22 * mm))


# ---------------------------------------------------------------------------
# 05 Huisartsenkring Westland: quotes the draft, some quotes slightly wrong.
# ---------------------------------------------------------------------------

def letter05():
    st = styles("Helvetica", 10, leading=12.8)
    name = "05-reactie-huisartsen-westland.pdf"

    def story():
        return [
            Paragraph("Huisartsenkring Westland", st["big"]),
            Paragraph("Secretariaat: Verdilaan 7, 2671 VW Naaldwijk &middot; "
                      "secretariaat@hakwestland.nl", st["small"]),
            Spacer(1, 12 * mm),
            *paras(["Werkgroep Regiovisie Aanpak huiselijk geweld Haaglanden",
                    "Postbus 12600", "2500 DJ&nbsp;&nbsp;Den Haag"], st["addr"]),
            Spacer(1, 8 * mm),
            Paragraph("Naaldwijk, 8 april 2019", st["addr"]),
            Paragraph("Betreft: reactie concept-regiovisie huiselijk geweld", st["addr"]),
            Spacer(1, 8 * mm),
            Paragraph("Geachte leden van de werkgroep,", st["body"]),
            Paragraph("Namens de Huisartsenkring Westland, waarin 42 huisartsen in de gemeente "
                      "Westland samenwerken, reageren wij op de concept-regiovisie. Wij beperken ons "
                      "tot de passages die de huisartsenpraktijk raken.", st["body"]),
            Paragraph("Op pagina 13 staat dat ook “de notaris, de tandarts en de kapper” betrokken "
                      "moeten worden bij vroegsignalering. Dat is sympathiek, maar de huisarts staat "
                      "daarmee in hetzelfde rijtje als de kapper. Huisartsen zien slachtoffers vaak "
                      "als eerste, met klachten die pas achteraf in verband worden gebracht met "
                      "geweld. Wij vragen de huisarts een herkenbare rol te geven in de regionale "
                      "aanpak en de nascholing over signalering voor huisartsen en praktijkondersteuners "
                      "regionaal te organiseren.", st["body"]),
            Paragraph("De regiovisie stelt: “Vanaf 1 januari 2019 werkt iedereen met de aangescherpte "
                      "meldcode.” In de huisartsenpraktijk is het afwegingskader inmiddels bekend, "
                      "maar een zorgvuldige afweging kost tijd die nergens wordt vergoed. Bovendien "
                      "krijgen wij Veilig Thuis voor overleg niet altijd snel aan de lijn. Wij "
                      "verzoeken om een vast aanspreekpunt bij Veilig Thuis Haaglanden waar huisartsen "
                      "binnen een werkdag advies kunnen vragen.", st["body"]),
            Paragraph("Het principe “één gezin, één regisseur, één plan” spreekt ons aan. In de "
                      "praktijk weten wij echter vaak niet wie die regisseur is. Wanneer wij een "
                      "patiënt naar het sociaal team verwijzen, horen wij daarna zelden nog iets. Wij "
                      "vragen om vaste afspraken over terugkoppeling aan de huisarts, met toestemming "
                      "van de patiënt.", st["body"]),
            Paragraph("In de visie staat dat voor volwassenen “de zorg via de zorgverzekering loopt”. "
                      "Dat klopt, maar de wachttijd voor traumabehandeling in de GGZ bedraagt in onze "
                      "regio op dit moment veertien weken of meer. Een traumascreening heeft weinig "
                      "zin als de behandeling daarna zo lang op zich laat wachten. Wij pleiten voor "
                      "regionale afspraken met zorgverzekeraars en GGZ-aanbieders over voorrang voor "
                      "slachtoffers van huiselijk geweld.", st["body"]),
            Paragraph("Los van de regiovisie maken wij van de gelegenheid gebruik om u te wijzen op de "
                      "slechte bereikbaarheid van de huisartsenpost in Naaldwijk sinds de "
                      "wegwerkzaamheden aan de N213. Patiënten staan ’s avonds lang in de file en "
                      "het parkeerterrein is beperkt; wij vragen de gemeente om betere "
                      "bewegwijzering en een tijdelijke omleiding.", st["body"]),
            Paragraph("Met collegiale groet,", st["body"]),
            Paragraph("namens het bestuur van de Huisartsenkring Westland,", st["addr"]),
            Spacer(1, 10 * mm),
            Paragraph("dr. J.P. van der Kooij, huisarts", st["addr"]),
            Paragraph("voorzitter", st["addr"]),
        ]

    def deco(c, page, total):
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(W / 2, 12 * mm, "Huisartsenkring Westland · KvK 27312345 · "
                                            "IBAN NL12 RABO 0123 4567 89")

    build(name, story, deco)


# ---------------------------------------------------------------------------
# 08 Grootmoeder uit Wassenaar: long, unnumbered, splits by paragraph.
# ---------------------------------------------------------------------------

def letter08():
    st = styles("Times-Roman", 11.5)
    name = "08-inspraakreactie-grootmoeder-wassenaar.pdf"

    def story():
        body = [
            "Ik ben 68 jaar, moeder van twee dochters en oma van drie kleinkinderen. In de Wassenaarse "
            "krant las ik dat u reacties vraagt op de plannen tegen geweld in gezinnen. Ik wil u "
            "vertellen wat onze familie de afgelopen jaren heeft meegemaakt.",

            "Mijn jongste dochter woonde zes jaar samen met een man die haar langzaam van iedereen "
            "afsneed. Hij bepaalde wie ze zag, las haar telefoon na en gaf haar leefgeld alsof ze "
            "een kind was. Wij zagen dat ze stiller werd, maar we hadden geen idee dat dit ook "
            "geweld is. Ik denk dat veel mensen dat niet weten. Er wordt alleen over slaan gepraat, "
            "terwijl het bij ons begon met controle en geld. Dat zou veel vaker gezegd moeten "
            "worden, in de krant, op televisie en bij de huisarts.",

            "Toen het eindelijk misging en de politie erbij kwam, kreeg mijn dochter hulp van het "
            "wijkteam. Maar in anderhalf jaar heeft ze vier verschillende mensen gehad. Elke keer "
            "moest ze haar verhaal opnieuw doen, en elke keer was ze daarna dagen van slag. Als u "
            "iets wilt verbeteren: zorg dat iemand één vaste persoon houdt die het hele verhaal kent.",

            "Over de kinderen is bijna niet gesproken. Mijn kleinzoon was toen zeven. Hij heeft alles "
            "gehoord en heeft nu, drie jaar later, nog steeds nachtmerries. Niemand heeft hem ooit "
            "gevraagd hoe het met hem ging. Pas toen de juf aan de bel trok, kwam er een psycholoog. "
            "Kinderen moeten vanaf het begin hun eigen hulp krijgen, niet pas als het op school "
            "misgaat.",

            "Mijn dochter wilde op een gegeven moment weg, maar er was nergens plek. Ze heeft met de "
            "kinderen zeven weken bij ons op de bank en op een luchtbed geslapen, in ons kleine "
            "appartement. Ik ben blij dat we dat konden doen, maar niet iedereen heeft ouders die "
            "dat kunnen. Zorg dat er gewoon een plek is als iemand weg moet.",

            "Wat mij het meest heeft verbaasd, is dat wij als familie nergens bij betrokken werden. "
            "Wij waren er elke dag, wij brachten de kinderen naar school en wij zagen wanneer het "
            "weer slechter ging. Toch heeft niemand van de hulpverlening ons ooit gebeld of "
            "uitgenodigd voor een gesprek. Betrek de familie erbij, want die is er nog als de "
            "hulpverleners allang weg zijn.",

            "Na ruim een jaar werd het dossier gesloten, omdat het ‘rustig’ was. Maar die man woont "
            "nog steeds twee straten verderop en stuurt af en toe berichten die mijn dochter weer "
            "aan het twijfelen brengen. Hulp mag niet stoppen alleen omdat het een tijdje goed gaat. "
            "Er moet iemand een oogje in het zeil blijven houden.",

            "Tot slot nog iets heel anders. Sinds de nieuwe dienstregeling rijdt de bus van Wassenaar "
            "naar Den Haag Centraal ’s avonds nog maar één keer per uur. Voor mensen zonder auto, "
            "zoals wij, is dat een groot probleem. Ik hoop dat de gemeente daar eens naar kijkt.",

            "Ik hoop dat mijn verhaal u helpt. Als u vragen heeft, mag u mij altijd bellen.",
        ]
        return [
            *paras(["G.H. (Gerda) Noordam-Verkerk", "Rijksstraatweg 212", "2241 BZ&nbsp;&nbsp;Wassenaar",
                    "tel. 06 - 41 22 87 03"], st["addr"]),
            Spacer(1, 10 * mm),
            *paras(["Aan de werkgroep Regiovisie huiselijk geweld", "Postbus 12600",
                    "2500 DJ&nbsp;&nbsp;Den Haag"], st["addr"]),
            Spacer(1, 8 * mm),
            Paragraph("Wassenaar, 6 april 2019", st["right"]),
            Spacer(1, 6 * mm),
            Paragraph("Betreft: inspraakreactie regiovisie huiselijk geweld", st["addr"]),
            Spacer(1, 6 * mm),
            Paragraph("Geachte leden van de werkgroep,", st["body"]),
            *paras(body, st["body"]),
            Paragraph("Met vriendelijke groet,", st["body"]),
            Spacer(1, 8 * mm),
            Paragraph("Gerda Noordam-Verkerk", st["addr"]),
        ]

    def deco(c, page, total):
        c.setFont("Times-Roman", 9)
        c.drawRightString(W - 25 * mm, 12 * mm, f"blad {page} van {total}")

    build(name, story, deco)


# ---------------------------------------------------------------------------
# 09 Buurvrouw uit Leidschendam-Voorburg: short, hand-written style.
# ---------------------------------------------------------------------------

def letter09():
    st = styles("Times-Italic", 13.5, leading=21)
    name = "09-inspraakreactie-buurvrouw-leidschendam-voorburg.pdf"

    def story():
        return [
            Paragraph("Voorburg, 2 april", st["right"]),
            Spacer(1, 10 * mm),
            Paragraph("Aan de mensen van de regiovisie,", st["body"]),
            Paragraph("Ik woon in een flat en hoor bijna elke week ruzie bij de buren. De vrouw huilt "
                      "en er wordt met spullen gegooid. Ik weet nooit of het erg genoeg is om iets te "
                      "doen. Er zou een telefoonnummer in de hal moeten hangen waar je kan vragen wat "
                      "je moet doen.", st["body"]),
            Paragraph("Ik ben ook bang. Als ik iets meld en de buurman komt erachter dan heb ik het "
                      "zelf moeilijk. Je moet echt kunnen melden zonder dat je naam genoemd wordt.",
                      st["body"]),
            Spacer(1, 4 * mm),
            Paragraph("Groetjes,", st["addr"]),
            Paragraph("mevr. T. Bakker", st["addr"]),
            Paragraph("(naam en adres bekend, liever niet doorgeven)", st["addr"]),
        ]

    def deco(c, page, total):
        pass

    build(name, story, deco, margins=(30 * mm, 30 * mm, 30 * mm, 30 * mm))


# ---------------------------------------------------------------------------
# 10 Slachtoffer uit Midden-Delfland: everyday words, one page.
# ---------------------------------------------------------------------------

def letter10():
    st = styles("Times-Roman", 11)
    name = "10-inspraakreactie-bewoner-midden-delfland.pdf"

    def story():
        return [
            Paragraph("Maasland, 9 april 2019", st["right"]),
            Spacer(1, 8 * mm),
            *paras(["Aan: werkgroep Regiovisie Aanpak huiselijk geweld Haaglanden",
                    "Van: een inwoner van Midden-Delfland (naam bij de gemeente bekend)",
                    "Onderwerp: mijn reactie op de regiovisie"], st["addr"]),
            Spacer(1, 8 * mm),
            Paragraph("Geachte leden van de werkgroep,", st["body"]),
            Paragraph("Ik ben een vrouw van 41 en woon in Maasland. Ik heb twaalf jaar in een relatie "
                      "geleefd waarin ik werd geslagen en uitgescholden. Omdat ik nog steeds bang ben "
                      "dat hij dit leest, reageer ik zonder naam.", st["body"]),
            Paragraph("In al die jaren ben ik minstens tien keer bij de huisarts geweest met blauwe "
                      "plekken, hoofdpijn en slaapproblemen. Niemand heeft ooit gevraagd hoe het thuis "
                      "ging. Ik had het verteld als iemand het had gevraagd. Dokters en andere mensen "
                      "die je regelmatig zien moeten leren om die vraag gewoon te stellen.", st["body"]),
            Paragraph("Toen ik eindelijk ben weggegaan, moest ik mijn verhaal vertellen aan de politie, "
                      "aan het sociaal team, aan de opvang, aan de advocaat en aan de mensen van de "
                      "kinderbescherming. Iedereen wilde alles opnieuw horen. Kunnen die instanties "
                      "niet met elkaar praten, zodat je het maar één keer hoeft te vertellen?",
                      st["body"]),
            Paragraph("Hij heeft leningen op mijn naam afgesloten. Ik zit nu in de schuldhulp en mag de "
                      "komende jaren bijna niets uitgeven. Die schulden maken het moeilijk om opnieuw "
                      "te beginnen en houden je aan hem vast. Help vrouwen zoals ik ook met de "
                      "schulden die zijn overgebleven.", st["body"]),
            Paragraph("Wat mij het meest heeft geholpen, is de praatgroep in Delft. Daar zaten vrouwen "
                      "die precies begrepen wat ik bedoelde. Zo’n groep zou er ook in Midden-Delfland "
                      "of het Westland moeten zijn. Ik zou ook graag mijn verhaal op scholen "
                      "vertellen, zodat meisjes eerder zien wat niet normaal is.", st["body"]),
            Paragraph("Dank u wel voor het lezen.", st["body"]),
            Paragraph("Met vriendelijke groet,", st["body"]),
            Paragraph("een inwoner van Maasland", st["addr"]),
        ]

    def deco(c, page, total):
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 12 * mm, f"{page}")

    build(name, story, deco)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for f in (letter01, letter02, letter03, letter04, letter05, letter08, letter09, letter10):
        f()
