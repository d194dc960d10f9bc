"""The learned segmenter on documents held out of its training (tests/data/segmenter/, see the
README there): reference lists as PDFs print them and in the other layouts people paste, a whole
document with its bibliography, and the model file's checks.

The thresholds are the held-out scores measured when the model was trained, less a margin: they
catch a model or a feature change that makes splitting worse, not a particular boundary."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from citekit.cli import main
from citekit.parsing import parse_references
from citekit.parsing.segmenter import after_labelling, features, is_reference_heading, lines_of, segment, shipped_model

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from train_segmenter import SHIPPED, model_path, read_finder, read_grobid, spans, variants  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "segmenter"
ROOT = Path(__file__).resolve().parents[1]
LISTS = read_grobid(DATA)
(DOCUMENT,) = read_finder(DATA)


def _relabelled(text: str, labels: list[str]) -> list[str]:
    """The lines' labels (as the model gave them) after the rules that read the whole document."""
    labels = list(labels)
    after_labelling(lines_of(text), labels)
    return labels


def _boundaries(documents: list) -> float:  # noqa: ANN001
    """F1 of the lines references start on, over the documents."""
    right = found = wanted = 0
    model = shipped_model()
    for _, lines, labels in documents:
        got = model.decode(features(lines))
        want = {i for i, label in enumerate(labels) if label == "B"}
        have = {i for i, label in enumerate(got) if label == "B"}
        right, found, wanted = right + len(want & have), found + len(have), wanted + len(want)
    precision, recall = right / found, right / wanted
    return 2 * precision * recall / (precision + recall)


def _layout(kind: str) -> list:  # noqa: ANN001
    return [variant for document in LISTS for variant in variants(document) if variant[0].endswith("#" + kind)]


@pytest.mark.parametrize(
    ("layout", "floor"),
    [
        ("as printed", 0.75),  # wrapped at the column, no indent, no blank lines (measured 0.77)
        ("line", 0.95),  # one reference a line
        ("paragraph", 0.80),  # one a paragraph
        ("numbered", 0.85),  # [1] / 1. / (1) / 1) then wrapped lines
        ("numbered-line", 0.95),
        ("some-numbered", 0.95),  # only some lines look numbered
    ],
)
def test_references_are_split_in_every_layout(layout, floor):
    documents = LISTS if layout == "as printed" else _layout(layout)
    assert len(documents) == 3
    assert _boundaries(documents) >= floor


def test_a_whole_document_gives_its_bibliography_and_not_its_body():
    _, lines, labels = DOCUMENT
    got = shipped_model().decode(features(lines))
    in_list = [label != "O" for label in labels]
    found = [label != "O" for label in got]
    true_positive = sum(a and b for a, b in zip(in_list, found, strict=True))
    precision = true_positive / sum(found)
    recall = true_positive / sum(in_list)
    assert precision >= 0.9 and recall >= 0.95  # body text, tables and running heads stay out
    assert len(spans(got)) >= 0.8 * len(spans(labels))


def test_a_pasted_paper_with_a_german_heading(tmp_path):
    """Body text, then 'Literaturverzeichnis' and a numbered list: only the list is read."""
    _, lines, labels = LISTS[0]
    body = [line.text for line, label in zip(DOCUMENT[1], DOCUMENT[2], strict=True) if label == "O"][200:260]
    references = [line.text for line, label in zip(lines, labels, strict=True) if label != "O"]
    text = "\n".join([*body, "", "Literaturverzeichnis", "", *references])
    found = parse_references(text).references
    gold = len([label for label in labels if label == "B"])
    assert abs(len(found) - gold) <= gold * 0.1
    first = found[0].raw
    assert first.startswith(references[0][:20])
    assert all(not reference.raw.startswith(body[0][:30]) for reference in found)


def test_reference_headings_in_the_common_languages():
    for heading in (
        "References",
        "REFERENCES",
        "Bibliography",
        "Literature Cited",
        "Works Cited",
        "Literatur",
        "Literaturverzeichnis",
        "Références",
        "Bibliographie",
        "Referencias",
        "Bibliografía",
        "Referências",
        "Riferimenti bibliografici",
        "7. References",
        "Literatur:",
        "Riferimenti",
        "Quellen",
        "Notes and references",
        "Referencias bibliográficas",
        "1.3 References",  # a chapter's own list
        "Weiterführende Literatur",
        "Ausgewählte Literatur:",
        "Literatur- und Quellenverzeichnis",
        "Bibliographie / Bibliography",
        "Selected bibliography",
        "Further reading",
        "\uf06e Literatur",  # a symbol font's bullet before it
        "• References",
        "L i t e r a t u r",
    ):
        assert is_reference_heading(heading), heading
    for other in (
        "References to earlier work are discussed below.",
        "BIBLIOGRAPHY 171",  # the list's running head, page after page: no new section
        "Bibliography.............. 87",  # a table of contents
        "Literature 34 (1996), 42-71.",
        "Literatur und Gesellschaft",
        "Literature review",
    ):
        assert not is_reference_heading(other), other


def test_lines_numbered_with_gaps_and_dashes_for_the_previous_author():
    text = "\n".join(
        [
            "[3] Smith J, Jones K. A first study of things. J Stuff. 2019;12:1-10.",
            "[4] Brown A. Another study that wraps over",
            "two lines of the page. Nature. 2020;580:1-5.",
            "[7] Green B. A third one. Cell. 2021;184:99-110.",
        ]
    )
    assert [s.text[:4] for s in segment(text)] == ["[3] ", "[4] ", "[7] "]


def test_a_short_paste_with_a_sentence_before_the_heading_gives_only_the_references(tmp_path):
    """Two lines of body text, 'Literaturverzeichnis', two references: the heading and the
    sentence before it (which cites a year) are not references, however little there is to go on."""
    paste = tmp_path / "paper.txt"
    paste.write_text(
        "Einleitung\n"
        "Die Demokratie ist in der Krise (Merkel 2015).\n\n"
        "Literaturverzeichnis\n\n"
        "Merkel, W. (Hrsg.) (2015): Demokratie und Krise. Zum schwierigen Verhältnis von Theorie und "
        "Empirie. Wiesbaden: Springer VS.\n"
        "Schmidt, M. G./Ostheim, T. (2007): Die Sozialpolitik der Regierung Schröder. In: Egle, C./"
        "Zohlnhöfer, R. (Hrsg.): Ende des rot-grünen Projektes. Wiesbaden: VS Verlag, S. 9-49.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["parse", str(paste), "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert [r["raw"][:12] for r in records] == ["Merkel, W. (", "Schmidt, M. "]
    assert records[0]["type"] == "book" and records[0]["publisher"] == "Springer VS"
    assert records[1]["publisher-place"] == "Wiesbaden" and records[1]["pages"] == "9-49"


# Physics references print no title (GROBID's citation corpus, CC-BY 4.0: GROBID contributors).
NO_TITLE = [
    "V. Aynutdinov et al. Astropart. Phys. 25( 2006) 140.",
    "M. Ambrosio et al. Phys. Rev. D 60( 1999) 082002.",
    "F. Stecker and M. Salamon Space Sci. Rev. 75( 1996) 341.",
    "E. Waxman and J. Bahcall Phys. Rev. D 59( 1999) 023002.",
    "D. Semikoz and G. Sigl, arXiv.org:hep-ph/0309328.",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_a_long_list_where_a_few_references_begin_with_a_number_gives_every_reference(tmp_path, separator):
    """One reference a paragraph (or a line), a few of them starting with '17.' or '[8]' as if
    numbered, and some with no title: one record each, none lost and none merged."""
    chapter = [r.raw for r in parse_references((ROOT / "data" / "chapter.txt").read_text()).references]
    strings = [*chapter, *NO_TITLE]
    strings = [("17. " if i % 40 == 7 else "[8] " if i % 40 == 23 else "") + s for i, s in enumerate(strings)]
    paste = tmp_path / "list.txt"
    paste.write_text(separator.join(strings), encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(paste), "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert len(records) == len(strings) == 167
    assert [r["raw"] for r in records[-5:]] == strings[-5:]
    assert [r["journal"] for r in records[-5:-3]] == ["Astropart. Phys", "Phys. Rev. D"]


PAPER_WITH_BULLETS = """Frühe Bildung im Vergleich
Eine Untersuchung in drei Bundesländern
1 Einleitung
Die Debatte über frühe Bildung hat in den letzten Jahren an Bedeutung gewonnen. Befragt wurden
• 12 Erzieherinnen aus kommunalen Einrichtungen,
• 9 Leiterinnen von Einrichtungen freier Träger,
• 14 Eltern von Kindern im Alter von drei bis sechs Jahren.
Die Gespräche dauerten zwischen 40 und 90 Minuten und wurden vollständig transkribiert. Sie
zeigen, dass die Erwartungen an die Einrichtungen deutlich gestiegen sind (vgl. Becker 2009).
2 Ergebnisse
Die Befragten beschreiben ihre Arbeit überwiegend als belastend. Auf die Frage nach der
Zufriedenheit antworteten sie auf einer Skala von 1 bis 5. Dabei zeigt sich ein deutlicher
Unterschied zwischen den Einrichtungen der kommunalen und der freien Träger, der sich auch
nach der Kontrolle der Größe der Einrichtung und der Zusammensetzung der Gruppen hält. Die
Leiterinnen berichten häufiger von Personalmangel, die Erzieherinnen von fehlender Zeit für
die Beobachtung und Dokumentation der Entwicklung einzelner Kinder. Die Eltern schließlich
erwarten von den Einrichtungen vor allem eine gezielte Förderung der sprachlichen Fähigkeiten
ihrer Kinder, wie sie auch in den Bildungsplänen der Länder vorgesehen ist (Roßbach 2005).
3 Fazit
Die Ergebnisse legen nahe, dass die Qualität der frühen Bildung weniger von der Trägerschaft
als von den Arbeitsbedingungen des Personals abhängt. Weitere Untersuchungen mit größeren
Stichproben sind nötig, um diesen Befund zu prüfen und die Wirkungen auf die Kinder zu messen.
Literatur
Becker, Rolf (2009): Bildungsungleichheit im Lebensverlauf. In: Zeitschrift für Soziologie
38, 2, S. 101-120.
Fried, Lilian/Roux, Susanna (Hrsg.) (2006): Pädagogik der frühen Kindheit. Handbuch und
Nachschlagewerk. Weinheim: Beltz.
Kaiser, Tanja (2011): Familie und Erwerbsarbeit. Soziale Welt 62, 3, S. 211-230.
Liegle, Ludwig: Bildung und Erziehung in früher Kindheit. Stuttgart: Kohlhammer.
Roßbach, Hans-Günther (2005): Effekte qualitativ guter Betreuung, Bildung und Erziehung im
frühen Kindesalter auf Kinder und ihre Familien. In: Sachverständigenkommission Zwölfter
Kinder- und Jugendbericht (Hrsg.): Bildung, Betreuung und Erziehung von Kindern unter sechs
Jahren. München: Verlag Deutsches Jugendinstitut, S. 55-174.
Tietze, Wolfgang (Hrsg.) (1998): Wie gut sind unsere Kindergärten? Neuwied: Luchterhand.
Anhang: Fragebogen
Wie zufrieden sind Sie mit Ihrer Arbeit?
(01) sehr zufrieden
(02) eher zufrieden
(03) eher unzufrieden
(04) sehr unzufrieden
"""


PAPER_WITH_A_BULLETED_LIST = """Bürgergesellschaft als Leitbild der Parteien
Eine Analyse der Grundsatzprogramme von CDU und SPD
1 Einleitung
Seit den neunziger Jahren ist die Bürgergesellschaft zu einem Leitbild geworden, auf das sich
Parteien, Verbände und Stiftungen gleichermaßen berufen. Der Begriff verspricht eine Antwort
auf die Krise des Sozialstaats ebenso wie auf die wachsende Distanz zwischen Bürgern und
Politik. Was genau unter einer aktiven Bürgergesellschaft zu verstehen ist, bleibt dabei oft
unklar. Die einen betonen die Eigenverantwortung des Einzelnen, die anderen die Solidarität in
kleinen Gemeinschaften, wieder andere die Beteiligung an politischen Entscheidungen.
Dieser Beitrag fragt, wie die beiden großen Volksparteien den Begriff in ihren Programmen
gebrauchen und welche Rolle sie dem Staat darin zuweisen. Untersucht werden die
Grundsatzprogramme seit 1978 sowie die Veröffentlichungen der parteinahen Stiftungen.
2 Begriff und Forschungsstand
In der Forschung wird die Bürgergesellschaft meist als Sphäre zwischen Staat, Markt und
Familie beschrieben (Adloff 2005). Sie umfasst Vereine, Initiativen und Stiftungen, aber auch
informelle Formen des Engagements. Umstritten ist, ob sie den Staat entlasten oder ihn
ergänzen soll. Während liberale Ansätze die Selbstorganisation der Bürger hervorheben, sehen
republikanische Ansätze in ihr vor allem einen Ort politischer Bildung und Beteiligung. Die
empirische Forschung hat gezeigt, dass das Engagement in Deutschland hoch ist, aber ungleich
verteilt: Wer besser gebildet ist und ein höheres Einkommen hat, engagiert sich häufiger.
3 Die Programme im Vergleich
Die Programme beider Parteien greifen den Begriff erst spät auf. Im Grundsatzprogramm der CDU
von 1978 ist noch von Subsidiarität und Eigenverantwortung die Rede, nicht aber von einer
Bürgergesellschaft. Erst in den neunziger Jahren wird der Begriff zu einem festen Bestandteil
der programmatischen Sprache. Die SPD verbindet ihn mit dem Gedanken eines vorsorgenden
Sozialstaats, die CDU mit dem Prinzip der Subsidiarität. Beide Parteien betonen die Bedeutung
des Ehrenamts und fordern bessere Rahmenbedingungen für das Engagement. Unterschiede zeigen
sich vor allem in der Frage, welche Aufgaben der Staat abgeben soll und welche nicht. Während
die CDU auf die Kräfte der Familie und der kleinen Gemeinschaften setzt, sieht die SPD den
Staat in der Pflicht, Teilhabe für alle zu ermöglichen.
4 Fazit
Die Analyse zeigt, dass der Begriff der Bürgergesellschaft in beiden Parteien an Bedeutung
gewonnen hat, aber unterschiedlich gefüllt wird. Gemeinsam ist ihnen die Hoffnung, dass das
Engagement der Bürger die Demokratie stärkt und den Sozialstaat entlastet. Ob diese Hoffnung
berechtigt ist, bleibt eine offene Frage, die weitere Forschung beantworten muss. Dabei
sollte auch untersucht werden, wie sich die Programme in der politischen Praxis auswirken und
welche Folgen sie für die Ungleichheit des Engagements haben.
Literatur
• Adloff, Frank (2005): Zivilgesellschaft. Theorie und politische Praxis. Frankfurt, New
York: Campus Verlag.
• Croissant, Aurel/Hans-Joachim Lauth/Wolfgang Merkel (2000): Zivilgesellschaft und
Transformation. In: Wolfgang Merkel (Hrsg.): Systemwechsel 5. Zivilgesellschaft und
Transformation. Opladen: Leske + Budrich, S. 9-49.
• Meyer, Thomas (2005): Theorie der Sozialen Demokratie. Wiesbaden: VS-Verlag.
• Thiery, Peter (2008): Zivilgesellschaft. In: Dieter Nohlen/Florian Grotz (Hrsg.): Kleines
Lexikon der Politik. Bonn: Bundeszentrale für politische Bildung.
• Wollmann, Hellmut (2008): Politikberatung.
In: Dieter Nohlen, Florian Grotz (Hrsg.): Kleines Lexikon der Politik. Bonn: Bundeszentrale
für politische Bildung.
"""


PAPER_WITH_FOOTNOTES = """Arbeitsmarkt und Familie
Hans Becker und Eva Roth
1 Einleitung
Die Vereinbarkeit von Familie und Beruf ist seit den neunziger Jahren ein zentrales Thema der
Sozialpolitik geworden. Gleichwohl unterscheiden sich die Wege, auf denen Betriebe, Kommunen
und Länder sie fördern, erheblich voneinander (vgl. Esping-Andersen 1990, S. 21). Besonders
deutlich wird dies bei der Betreuung von Kindern unter drei Jahren, deren Ausbau erst spät
begonnen hat und bis heute ungleich verläuft.1
1 Vgl. Esping-Andersen 1990, S. 26.
2 Daten und Methode
Grundlage der Untersuchung ist eine Befragung von 412 Betrieben in Nordrhein-Westfalen, die im
Frühjahr 2010 telefonisch durchgeführt wurde. Gefragt wurde nach betrieblichen Angeboten, nach
deren Nutzung und nach den Gründen, aus denen Betriebe auf solche Angebote verzichten.2
2 Leitner, Sigrid (2003): Varieties of familialism. In: European Societies 5, 4, S. 353-375.
3 Ergebnisse
Etwa ein Drittel der Betriebe bietet eine Form der Unterstützung bei der Kinderbetreuung an. Am
häufigsten sind flexible Arbeitszeiten, seltener Belegplätze in Kindertageseinrichtungen oder
eigene Betriebskindergärten, die vor allem größere Betriebe unterhalten.
Literatur
Esping-Andersen, Gøsta (1990): The Three Worlds of Welfare Capitalism. Cambridge: Polity
Press.
Leitner, Sigrid (2003): Varieties of familialism. The caring function of the family in
comparative perspective. In: European Societies 5, 4, S. 353-375.
BECKER/ROTH: ARBEITSMARKT UND FAMILIE 23
Lewis, Jane (1992): Gender and the Development of Welfare Regimes. In: Journal of European
Social Policy 2, 3, S. 159-173.
Pfau-Effinger, Birgit (2000): Kultur und Frauenerwerbstätigkeit in Europa. Theorie und
Empirie des internationalen Vergleichs. Opladen: Leske + Budrich.
Rüling, Anneli (2007): Jenseits der Traditionalisierungsfallen. Wie Eltern sich Familien- und
Erwerbsarbeit teilen. Frankfurt a. M.: Campus.
Schmid, Günther (2002): Wege in eine neue Vollbeschäftigung. Übergangsarbeitsmärkte und
aktivierende Arbeitsmarktpolitik. Frankfurt a. M.: Campus.
Internetquellen
Statistisches Bundesamt (2011): Kindertagesbetreuung regional 2011. Wiesbaden. Online unter:
www.destatis.de (Zugriff: 12.03.2012).
BECKER/ROTH: ARBEITSMARKT UND FAMILIE 24
Anschrift der Autoren:
Dr. Hans Becker
Universität Bremen, Institut für Soziologie
Hauptstraße 12, D-28359 Bremen
E-Mail: becker@uni-bremen.de
"""


def test_a_whole_german_paper_gives_its_list_not_its_footnotes_running_heads_or_address(tmp_path):
    """Footnotes (one of them a whole reference), a running head inside the list, a part of the
    list under its own heading ('Internetquellen') and the authors' address after it: the records
    are the list's seven references, each whole."""
    paste = tmp_path / "paper.txt"
    paste.write_text(PAPER_WITH_FOOTNOTES, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(paste), "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert [r["raw"].split(" (")[0] for r in records] == [
        "Esping-Andersen, Gøsta",
        "Leitner, Sigrid",
        "Lewis, Jane",
        "Pfau-Effinger, Birgit",
        "Rüling, Anneli",
        "Schmid, Günther",
        "Statistisches Bundesamt",
    ]
    assert records[1]["raw"].endswith("S. 353-375.") and "BECKER/ROTH" not in records[1]["raw"]
    assert records[2]["raw"].endswith("S. 159-173.") and records[-1]["raw"].endswith("(Zugriff: 12.03.2012).")


def test_a_whole_paper_with_bullet_points_and_a_questionnaire_gives_its_references(tmp_path):
    """A few bullet points in a paper's text do not make it a web page to be read by its bullets
    (that read the three bullet points as the list), and the numbered answers of a questionnaire
    after the list are not references."""
    paste = tmp_path / "paper.txt"
    paste.write_text(PAPER_WITH_BULLETS, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(paste), "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    starts = [r["raw"].split(" (")[0].split(":")[0] for r in records]
    assert starts[:3] == ["Becker, Rolf", "Fried, Lilian/Roux, Susanna", "Kaiser, Tanja"]
    assert "Tietze, Wolfgang" in starts
    assert not any(r["raw"].startswith(("•", "(0")) or "Erzieherinnen aus" in r["raw"] for r in records)
    assert (records[0]["volume"], records[0]["issue"], records[0]["pages"]) == ("38", "2", "101-120")


def test_a_page_number_or_running_head_in_spaced_out_letters_stays_out_of_the_references():
    """Some PDFs give a page number or a running head in spaced capitals as single characters
    ('1 7 1 7', 'W A L G E N B A C H'); such a line is never part of a reference."""
    text = (
        "Literatur\n"
        "Kühl, Stefan (2004), Arbeits- und Industriesoziologie, Bielefeld.\n"
        "Lamont, Michèle (1992), Money, Morals, and Manners. The Culture of the French\n"
        "and the American Upper-Middle Class, Chicago.\n"
        "Mayring, Phillip (1993), Qualitative Inhaltsanalyse. Grundlagen und Techniken,\n"
        "Weinheim.\n"
        "1 7 1 7\n"
        "Meuser, Michael (1998), Geschlecht und Männlichkeit. Soziologische Theorie und\n"
        "kulturelle Deutungsmuster, Opladen.\n"
        "Nagel, Ulrike (1997), Engagierte Rollendistanz. Professionalität in biographischer\n"
        "Perspektive, Opladen.\n"
    )
    raws = [reference.raw for reference in parse_references(text).references]
    assert len(raws) == 5
    assert raws[2] == "Mayring, Phillip (1993), Qualitative Inhaltsanalyse. Grundlagen und Techniken, Weinheim."
    assert all("1 7" not in raw and "W A L" not in raw for raw in raws)
    from citekit.parsing.segmenter import spaced_out

    assert spaced_out("W A L G E N B A C H : W E I ß E I D E N T I T Ä T")
    assert not spaced_out("Smith, J. A. B. C. D. E. F. G. H. I. (2001) A B C D E F G H")
    assert not spaced_out("2 3")  # two digits alone may be a reference's pages or issue


def test_a_list_pasted_alone_keeps_the_references_before_its_own_running_head():
    """A list copied from its second page on, whose running head is the list's heading
    ('LITERATURVERZEICHNIS' beside the page number): the references before that head are the
    list's own, not body text before a heading."""
    text = (
        "Anthony, D. ; Smith, S. W. ; Williamson, T.: Explaining quality in Internet collective\n"
        "goods: Zealots and good Samaritans in the case of Wikipedia. Hanover: Dartmouth\n"
        "College, 2005\n"
        "Braun-Thürmann, Holger: Künstliche Interaktion. In: Rammert, Werner (Hrsg.): Tech-\n"
        "nik - Handeln - Wissen. Wiesbaden : VS Verlag für Sozialwissenschaften, 2007, S. 221–243\n"
        "Fink, Robin D. ; Weyer, Johannes: Autonome technische Systeme als Herausforderung\n"
        "der soziologischen Handlungstheorie. In: Zeitschrift für Soziologie 40 (2011), Nr. 2\n"
        "Keen, Andrew: The Cult of the Amateur. How Today's Internet is Killing Our Culture.\n"
        "New York : Doubleday, 2007\n"
        "Latour, Bruno: Über technische Vermittlung. Philosophie. Soziologie, Genealogie. In:\n"
        "Rammert, Werner (Hrsg.): Technik und Sozialtheorie. Frankfurt/M. : Campus, 1998, S. 29–81\n"
        "LITERATURVERZEICHNIS\n"
        "32\n"
        "Ortega, Felipe ; Gonzalez Barahona, Jesus M.: Quantitative analysis of the wikipedia\n"
        "community of users. In: Proceedings of the 2007 international symposium on Wikis.\n"
        "Montreal : ACM, 2007, S. 75–86\n"
        "Rammert, Werner ; Schulz-Schaeffer, Ingo (Hrsg.): Können Maschinen handeln? Soziolo-\n"
        "gische Beiträge zum Verhältnis von Mensch und Technik. Frankfurt/M. : Campus, 2002\n"
        "Voss, Jakob: Measuring Wikipedia. In: Proceedings of the ISSI 2005. Stockholm, 2005, S. 221–231\n"
    )
    raws = [reference.raw for reference in parse_references(text).references]
    assert [raw.split(",")[0] for raw in raws[:3]] == ["Anthony", "Braun-Thürmann", "Fink"]
    assert raws[0].endswith("Dartmouth College, 2005") and raws[1].endswith("2007, S. 221–243")
    assert [raw.split(",")[0] for raw in raws[-3:]] == ["Ortega", "Rammert", "Voss"]
    assert not any("LITERATURVERZEICHNIS" in raw for raw in raws)


def test_din_labels_over_references_begin_them_and_are_not_their_fields():
    """natdin (DIN 1505) prints a label line, 'Name Year', over each reference: the label begins the
    reference, and neither the title nor the authors take its words."""
    text = (
        "Literaturverzeichnis\n"
        "Beck u. a. 1994\n"
        "Beck, Ulrich ; Giddens, Anthony ; Lash, Scott: Reflexive Modernisierung. Eine Kontroverse.\n"
        "Frankfurt/M. : Suhrkamp, 1996\n"
        "Luhmann 1997\n"
        "Luhmann, Niklas: Die Gesellschaft der Gesellschaft. Frankfurt/M. : Suhrkamp, 1997\n"
        "Rammert u. Schulz-Schaeffer 2002\n"
        "Rammert, Werner ; Schulz-Schaeffer, Ingo: Technik und Handeln. In: Rammert, Werner (Hrsg.) ; Schulz-\n"
        "Schaeffer, Ingo (Hrsg.): Können Maschinen handeln? Frankfurt/M. : Campus, 2002, S. 11–64\n"
        "Weber 1922\n"
        "Weber, Max: Wirtschaft und Gesellschaft. Tübingen : Mohr, 1922\n"
    )
    references = parse_references(text).references
    assert [reference.raw.split(" ")[0] for reference in references] == ["Beck", "Luhmann", "Rammert", "Weber"]
    assert references[1].raw.startswith("Luhmann 1997 Luhmann, Niklas")
    assert [a.family for a in references[0].authors] == ["Beck", "Giddens", "Lash"]
    assert references[1].title == "Die Gesellschaft der Gesellschaft"
    assert [a.family for a in references[2].authors] == ["Rammert", "Schulz-Schaeffer"]
    assert references[2].title == "Technik und Handeln" and references[3].year == 1922


def test_a_din_labelled_list_pasted_alone_is_read_label_by_label():
    """The same labels with no heading above the list (the model, which saw no DIN list in training,
    read every line as no reference), and a reference's last line that looks as if it began one
    ('Montreal, Quebec, Canada : ACM, 2007, …'): each reference begins at its label, and only there."""
    text = (
        "Anthony u. a. 2005\n"
        "Anthony, D. ; Smith, S. W. ; Williamson, T.: Explaining quality in Internet collective\n"
        "goods: Zealots and good Samaritans in the case of Wikipedia. In: Hanover: Dartmouth\n"
        "College (2005)\n"
        "Beck u. a. 1994\n"
        "Beck, Ulrich ; Giddens, Anthony ; Lash, Scott: Reflexive Modernisierung. Eine Kontroverse.\n"
        "Frankfurt/M. : Suhrkamp, 1996\n"
        "Luhmann 1997\n"
        "Luhmann, Niklas: Die Gesellschaft der Gesellschaft. Frankfurt/M. : Suhrkamp, 1997\n"
        "Ortega u. Gonzalez Barahona 2007\n"
        "Ortega, Felipe ; Gonzalez Barahona, Jesus M.: Quantitative analysis of the wikipe-\n"
        "dia community of users. In: Proceedings of the 2007 international symposium on Wikis.\n"
        "Montreal, Quebec, Canada : ACM, 2007, S. 75–86\n"
        "Weber 1922\n"
        "Weber, Max: Wirtschaft und Gesellschaft. Tübingen : Mohr, 1922\n"
    )
    raws = [reference.raw for reference in parse_references(text).references]
    assert [raw.split(" ")[0] for raw in raws] == ["Anthony", "Beck", "Luhmann", "Ortega", "Weber"]
    assert raws[0].endswith("Dartmouth College (2005)") and raws[3].endswith("ACM, 2007, S. 75–86")


def test_a_head_on_a_line_of_its_own_that_recurs_page_after_page_is_left_out():
    """A journal's head without a page number on its line ('FQS 8(1), Art. 17, …') recurs on every
    page: furniture, never a reference or part of one."""
    head = "FQS 8(1), Art. 17, Anna Berg: Clinics and Laboratories in Victorian Medicine"
    references = [
        f"{family}, {given} ({1950 + number}). {title}. "
        f"Journal of Medical History, {number}, {100 + number}-{120 + number}."
        for number, (family, given, title) in enumerate(
            [
                ("Andrewes", "Frederick", "The beginnings of bacteriology at the hospital"),
                ("Bourne", "Geoffrey", "We met at the hospital: the autobiography of a physician"),
                ("Cranefield", "Paul F.", "The organic physics of 1847 and the biophysics of today"),
                ("Daston", "Lorraine", "Scientific personae and their histories"),
                ("Ferris", "Paul", "The doctors and their patients"),
                ("Geison", "Gerald L.", "Michael Foster and the Cambridge School of Physiology"),
                ("Goffman", "Erving", "The presentation of self in everyday life"),
                ("Hammonds", "Evelynn", "The campaign to control diphtheria in New York City"),
                ("Horder", "Thomas", "Individuality in medicine"),
                ("Howell", "Joel D.", "Machines and meanings: the use of medical technology"),
                ("Jacyna", "L. S.", "The laboratory and the clinic in the Glasgow Western Infirmary"),
                ("Lawrence", "Christopher", "Incommunicable knowledge: science and the clinical art"),
                ("Maulitz", "Russell C.", "Physician versus bacteriologist: the ideology of science"),
                ("Peterson", "M. Jeanne", "The medical profession in mid-Victorian London"),
                ("Porter", "Roy", "Disease and death and doctors in Britain"),
                ("Waddington", "Keir", "Medical education at the hospital"),
            ]
        )
    ]
    lines = ["References"]
    for number, reference in enumerate(references):
        cut = reference.index(". Journal")
        lines.append(reference[: cut + 1])
        if number % 4 == 0:  # the page turns inside a reference
            lines.append(head)
        lines.append(reference[cut + 2 :])
    found = parse_references("\n".join(lines)).references
    assert [reference.raw for reference in found] == references


def test_a_lists_furniture_that_recurs_only_once_more_is_left_out_by_where_it_stands():
    """Copied over two or three pages, a list shows its head and footer only once or twice more:
    three lines that recur together ('© 2007 FQS http://…' / 'FQS 8(1), Art. 17, …' / the title),
    or a line beside each page's number ('no 01/2009' over '- 37 -'), are furniture. Two lines
    that end two references of the same series, and the list's own heading over its page's number,
    are not."""
    from citekit.parsing.segmenter import running_heads

    footer = [
        "© 2007 FQS http://www.qualitative-research.net/fqs/",
        "FQS 8(1), Art. 17, Rosemary Wall: Natural and Normal: Discourse and Practice",
        "at St. Bartholomew's Hospital, London, 1880-1920",
    ]
    body = [f"Author{n}, A. ({1990 + n}). Title number {n}. Journal, {n}, 1-9." for n in range(24)]
    series = [
        "Vertovec, Steven (1999). Conceiving and researching transnationalism. Working Paper 4,",
        "Research Programme on Transnational Communi-",
        "ties. Oxford.",
    ]
    text = [
        *body[:5],
        "no 01/2009",
        "- 37 -",
        *footer,
        *series,
        *body[5:14],
        "Literatur",
        "38",
        *[line.replace("1999", "2001").replace("4,", "9,") for line in series],
        *body[14:20],
        "no 01/2009",
        "- 39 -",
        *footer,
        *body[20:],
    ]
    lines = lines_of("\n".join(text))
    heads = {lines[index].text for index in running_heads(lines)}
    assert heads == {"no 01/2009", *footer}
    raws = [reference.raw for reference in parse_references("\n".join(text)).references]
    assert raws[:5] == body[:5] and raws[-4:] == body[20:]
    assert not any("FQS" in raw or "01/2009" in raw for raw in raws)
    assert sum(raw.endswith("Research Programme on Transnational Communities. Oxford.") for raw in raws) == 2


def test_a_running_head_with_numbers_of_its_own_beside_the_page_number_is_left_out():
    """'HSR 41 (2016) 4 │ 235': a journal's volume, year and issue stay, the page's number goes up
    page after page. A reference's place and year counting up ('Frankfurt am Main 1995', '… 1996')
    is no page."""
    from citekit.parsing.segmenter import running_heads

    body = [f"Author{n}, A. ({1990 + n}). Title number {n}. Journal, {n}, 1-9." for n in range(30)]
    text = [
        *body[:9],
        "HSR 41 (2016) 4 │ 235",
        "Frankfurt am Main 1995",
        *body[9:19],
        "236 │ HSR 41 (2016) 4",
        *body[19:21],
        "Frankfurt am Main 1996",
        *body[21:],
        "HSR 41 (2016) 4 │ 237",
    ]
    lines = lines_of("\n".join(text))
    assert sorted(lines[index].text for index in running_heads(lines)) == [
        "HSR 41 (2016) 4 │ 235",
        "HSR 41 (2016) 4 │ 237",
    ]


def test_ders_and_dies_begin_the_same_authors_next_work():
    """'Ders.:' and 'Dies.:' (the same author) at the start of a line begin a reference and take the
    authors of the one before; 'In:' at the end of the line before makes it the book's author."""
    text = (
        "Literatur\n"
        "Goffman, Erving: Behavior in public places, New York 1963.\n"
        "Ders.: Strategic interaction, Philadelphia 1970.\n"
        "Ders.: The presentation of self in everyday life, Harmondsworth 1971.\n"
        "Ders. (Hg.): Frame analysis, New York 1974.\n"
        "Thomas, Jenny: The language of power. Towards a dynamic pragmatics, in: JoP 9, 1985, S. 765-783.\n"
        "Dies.: Meaning in interaction, London 1996.\n"
        "Luhmann, Niklas: Die Form der Schrift. In:\n"
        "Ders.: Soziologische Aufklärung 6, Opladen 1995, S. 127-140.\n"
        "Weber, Max: Wirtschaft und Gesellschaft, Tübingen 1922.\n"
    )
    references = parse_references(text).references
    assert [reference.raw.split(":")[0] for reference in references] == [
        "Goffman, Erving",
        "Ders.",
        "Ders.",
        "Ders. (Hg.)",
        "Thomas, Jenny",
        "Dies.",
        "Luhmann, Niklas",
        "Weber, Max",
    ]
    assert [a.family for a in references[2].authors] == ["Goffman"]


PARTICLE_NAMES = [
    "Bourdieu, Pierre (1982): Die feinen Unterschiede. Kritik der gesellschaftlichen Urteilskraft.",
    "Frankfurt a. M.: Suhrkamp.",
    "de Certeau, Michel (1988): Kunst des Handelns. Berlin: Merve.",
    "van Dijk, Teun A. (1993): Elite Discourse and Racism. Newbury Park: Sage.",
    "Elias, Norbert (1976): Über den Prozeß der Zivilisation. Soziogenetische und psychogenetische",
    "Untersuchungen. 2 Bände. Frankfurt a. M.: Suhrkamp.",
    "von Trotha, Trutz (1997): Zur Soziologie der Gewalt. In: ders. (Hrsg.): Soziologie der Gewalt.",
    "Opladen: Westdeutscher Verlag, S. 9-56.",
    "da Agra, Cândido (1999): Drogue et Crime. L’expérience portugaise. Psychotropes 5/3: 25-41.",
    "van den Berg, Hans (2004): Migration und Integration. Münster: Waxmann.",
    "Weber, Max (1972): Wirtschaft und Gesellschaft. 5. Aufl. Tübingen: Mohr.",
]
ORGANISATIONS = [
    "Cantillon, Bea / Marx, Ive (2008): Auf der Suche nach einem Weg aus der Wohlfahrt ohne Arbeit. In:",
    "Schubert, Klaus / Hegelich, Simon / Bazant, Ursula (Hrsg.): Europäische Wohlfahrtsstaaten. Ein",
    "Handbuch. Wiesbaden. S. 71-88.",
    "Columbia University (2004): Belgium Country Summary.",
    "European Commission (2008): Demography Report 2008: Meeting Social Needs in an Ageing Society.",
    "Brussels.",
    "Hecking, Claus (2003): Das politische System Belgiens. Opladen: Leske und Budrich.",
    "Robert Koch-Institut (2004a): Neue Empfehlungen der Ständigen Impfkommission. Berlin.",
    "Robert Koch-Institut (2004b): Empfehlungen der Ständigen Impfkommission zur Influenza. Berlin.",
    "RWTH Aachen (2007): Proposal for the Establishment and Funding of the Cluster of Excellence.",
    "Aachen.",
    "Weber, Max (1972): Wirtschaft und Gesellschaft. 5. Aufl. Tübingen: Mohr.",
]


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (
            PARTICLE_NAMES,
            ["Bourdieu, Pierre", "de Certeau, Michel", "van Dijk, Teun A.", "Elias, Norbert", "von Trotha, Trutz"]
            + ["da Agra, Cândido", "van den Berg, Hans", "Weber, Max"],
        ),
        (
            ORGANISATIONS,
            ["Cantillon, Bea / Marx, Ive", "Columbia University", "European Commission", "Hecking, Claus"]
            + ["Robert Koch-Institut", "Robert Koch-Institut", "RWTH Aachen", "Weber, Max"],
        ),
    ],
    ids=["a family name opening with its particle", "an organisation or a single name, then the date"],
)
def test_a_reference_begins_where_its_names_begin_whatever_their_shape(lines, names):
    """'von Trotha, Trutz', 'da Agra, Cândido' (a line beginning in lower case usually goes on the
    reference before it); 'Robert Koch-Institut (2004a): …', 'Columbia University (2004): …' (no
    'Surname, Given' start, but a name and then the work's date): each begins a reference, and a
    wrapped reference's next line goes on it."""
    references = parse_references("Literatur\n" + "\n".join(lines) + "\n").references
    assert [reference.raw.split(" (")[0] for reference in references] == names


def test_a_bulleted_reference_list_inside_a_whole_paper():
    """Some German papers print their list with a bullet before each reference: a bullet begins a
    reference as a list number does, a wrapped line beginning 'In:' goes on the one before, and
    the bullet is no part of the record."""
    records = parse_references(PAPER_WITH_A_BULLETED_LIST).references
    assert [r.raw.split(" (")[0] for r in records] == [
        "Adloff, Frank",
        "Croissant, Aurel/Hans-Joachim Lauth/Wolfgang Merkel",
        "Meyer, Thomas",
        "Thiery, Peter",
        "Wollmann, Hellmut",
    ]
    assert records[-1].raw.endswith("Bonn: Bundeszentrale für politische Bildung.")
    assert (records[-1].title, records[-1].container_title) == ("Politikberatung", "Kleines Lexikon der Politik")


def test_a_series_list_far_after_the_papers_own_list_is_not_its_references():
    """After the paper's list, an appendix (a questionnaire) and then the series' other titles on the
    last pages: references far after the list, with no heading of their own, are not the paper's."""
    questions = "\n".join(
        f"Frage {n}: Wie zufrieden sind Sie mit der Regelung Ihrer Arbeitszeit im Bereich {n}?\n"
        "(01) sehr zufrieden (02) eher zufrieden (03) eher unzufrieden (04) sehr unzufrieden"
        for n in range(1, 36)
    )
    text = (
        "Arbeitszeit und Familie\n1 Einleitung\n"
        "Die Vereinbarkeit von Familie und Beruf ist ein zentrales Thema der Arbeitsforschung. In den\n"
        "letzten Jahren haben viele Betriebe Modelle flexibler Arbeitszeit eingeführt, die den Beschäftigten\n"
        "mehr Spielraum geben sollen (Becker 2009). Ob diese Modelle halten, was sie versprechen, ist offen.\n"
        "Literatur\n"
        "Becker, Rolf (2009): Bildungsungleichheit im Lebensverlauf. In: Zeitschrift für Soziologie\n"
        "38, 2, S. 101-120.\n"
        "Fried, Lilian/Roux, Susanna (Hrsg.) (2006): Pädagogik der frühen Kindheit. Handbuch und\n"
        "Nachschlagewerk. Weinheim: Beltz.\n"
        "Kaiser, Tanja (2011): Familie und Erwerbsarbeit. Soziale Welt 62, 3, S. 211-230.\n"
        f"Anhang: Fragebogen\n{questions}\n"
        "In dieser Reihe sind bisher erschienen:\n"
        "Weller, Ingo (2001): Fluktuationsneigung und Commitment. Eine empirische Betrachtung bei F&E-\n"
        "Mitarbeitern. Berlin.\n"
        "Martin, Albert/Purwin, Jana (2001): Soziale Fähigkeiten in Arbeitsgruppen. Eine empirische Studie\n"
        "zur Ermittlung der Kooperationsfähigkeit. Berlin.\n"
        "Jütte, Wolfgang/Matiaske, Wenzel (2002): Regionale Weiterbildungsnetzwerke. Eine exemplarische\n"
        "Analyse. Berlin.\n"
    )
    records = parse_references(text).references
    assert [r.raw.split(" (")[0] for r in records] == ["Becker, Rolf", "Fried, Lilian/Roux, Susanna", "Kaiser, Tanja"]
    # A second chapter's list, as far after the first, under its own heading, stays.
    second = text.split("In dieser Reihe")[0] + (
        "Literatur\n"
        "Weller, Ingo (2001): Fluktuationsneigung und Commitment. Eine empirische Betrachtung bei F&E-\n"
        "Mitarbeitern. Berlin.\n"
        "Jütte, Wolfgang/Matiaske, Wenzel (2002): Regionale Weiterbildungsnetzwerke. Eine exemplarische\n"
        "Analyse. Berlin.\n"
    )
    starts = [r.raw.split(" (")[0] for r in parse_references(second).references]
    assert starts[:3] == ["Becker, Rolf", "Fried, Lilian/Roux, Susanna", "Kaiser, Tanja"]
    assert starts[-2:] == ["Weller, Ingo", "Jütte, Wolfgang/Matiaske, Wenzel"]


def test_a_run_read_as_no_reference_inside_a_list_is_taken_back_where_its_lines_begin_references():
    """A page break in the middle of a list ('Bauer: Drogen in Europa' / '117') can make the labeller
    read the references after it as no reference until it finds its feet. Lines in such a run that
    begin as references do, names then a year, begin references again; the line before them goes on
    the reference before ('.pdf].'); the page number stays out. A run that begins as a name without a
    year ('Helma Lutz, Ewa Palenga-Möllenbeck', a running head) is left alone."""
    text = (
        "EMCDDA (European Monitoring Centre for Drugs and Drug Addiction), 2001b: Annual Report on\n"
        "Version): [http://www.emcdda.europa.eu/attachements.cfm/att_37276_ DE_ar01_de\n"
        ".pdf].\n"
        "EMCDDA(European Monitoring Centre for Drugs and Drug Addiction), 2002: Annual Report on\n"
        "the State of the Drugs Problem in the European Union and Norway 2002. Lissabon.\n"
        "117\n"
        "Ferreira, José Medeiros, 1994: Portugal em Transe. Lissabon: Editorial Estampa.\n"
        "Garapon, Antoine, 1991: Le toxicomane et la justice. Paris: Éditions Esprit.\n"
    )
    labels = _relabelled(text, ["B", "I", "O", "O", "O", "O", "O", "B"])
    assert labels == ["B", "I", "I", "B", "I", "O", "B", "B"]
    head = "Jurczyk, Karin (2009). Entgrenzte Arbeit.\nGENDER 1 | 2011\n26\nHelma Lutz, Ewa Palenga-Möllenbeck\n"
    labels = _relabelled(head + "Kałwa, Dobrochna. (2007). So wie zu Hause.\n", ["B", "O", "O", "O", "B"])
    assert labels == ["B", "O", "O", "O", "B"]
    # A body with its editors' mark, then the year in brackets, begins a reference as names do; the
    # list's own running head ('Literatur' over the page's number) stays out with the number.
    bodies = (
        "Britschgi, S. (2006). Krankheit und betriebliches Eingliederungsmanagement,\n"
        "Frankfurt am Main.\n"
        "Bundesministerium für Familie, Senioren, Frauen und Jugend (Hrsg.) (2003).\n"
        "Betriebswirtschaftliche Effekte familienfreundlicher Maßnahmen.\n"
        "Deutscher Bundestag (Hrsg.) (2007). Bericht der Bundesregierung über\n"
        "die Wirkung der Instrumente zur Sicherung von Beschäftigung.\n"
        "Literatur\n"
        "180\n"
        "Evers, M., Schaeffer Huber, D. (2000). Case Management in Theorie und Praxis.\n"
    )
    labels = _relabelled(bodies, ["B", "I", "O", "O", "O", "O", "O", "O", "B"])
    assert labels == ["B", "I", "B", "I", "B", "I", "O", "O", "B"]
    # The same at the top of a list copied from its second page: the first reference, read as no
    # reference before the page's number and head, is the list's.
    top = (
        "ARL (Hrsg.) (1970): Beiträge zur Frage der räumlichen Bevölkerungsbewegung. Forschungs- und Sit-\n"
        "zungsberichte der ARL, Band 55. Hannover.\n"
        "116\n"
        "Baumgartner, Ch. (2006): Auswirkungen des demographischen Wandels auf Tourismus. Hannover.\n"
    )
    labels = _relabelled(top, ["O", "O", "O", "B"])
    assert labels == ["B", "I", "O", "B"]
    body = "Die Arbeit untersucht den Wandel (seit 1970) der Bevölkerung.\nSie stützt sich auf Daten.\n"
    labels = _relabelled(body + top.split("\n", 3)[3], ["O", "O", "B"])
    assert labels == ["O", "O", "B"]


def test_a_list_divided_by_subheadings_leaves_them_out_of_the_references():
    """'Ergebnisse', 'Informationen zur Ziehung der VASMA-Stichprobe': a subheading between a
    reference that ended and the next one's first line is no part of either. A reference's own
    last line that looks like one stays: a publisher ('London: Jonathan Cape'), a place alone
    ('Weinheim'), a web page's link labels ('CrossRef Medline')."""
    text = (
        "Statistisches Bundesamt (1978b): Volkszählung vom 27. Mai 1970. Untersuchungen zur Methode und\n"
        "Genauigkeit der Volkszählung 1970. Fachserie 1 Heft 26. Stuttgart/Mainz: Kohlhammer.\n"
        "Ergebnisse\n"
        "Statistisches Bundesamt (1974): Ausländer. Fachserie A: Bevölkerung und Kultur. Volkszählung vom 27. Mai\n"
        "1970, Heft 23.\n"
        "Informationen zur Ziehung der VASMA-Stichprobe\n"
        "Bach, Walter (1979): Ziehung einer Stichprobe aus den Mikrodaten der Berufszählung 1970. Mannheim:\n"
        "VASMA-Arbeitspapier 9.\n"
    )
    labels = _relabelled(text, ["B", "I", "I", "B", "I", "I", "B", "I"])
    assert labels == ["B", "I", "O", "B", "I", "O", "B", "I"]
    endings = (
        "Ehrenreich, Barbara (2002). Global Woman. Nannies, Maids and Sex Workers.\n"
        "London: Jonathan Cape\n"
        "Malik, Fredmund (2004): Führen, Leisten, Leben. Wirksames Management für eine neue Zeit.\n"
        "Weinheim\n"
        "Meyer H (1957) The ninhydrin reaction and its analytical applications. Biochem J 67:333-340.\n"
        "CrossRef Medline\n"
        "Paxinos G, Franklin K (2012) The mouse brain in stereotaxic coordinates. Academic Press.\n"
    )
    labels = _relabelled(endings, ["B", "I", "B", "I", "B", "I", "B"])
    assert labels == ["B", "I", "B", "I", "B", "I", "B"]


def test_a_line_that_begins_with_a_body_and_its_year_after_a_link_begins_a_reference():
    """A list one reference a line, only some numbered (public repositories' reference lists): a reference that
    ended with its link ('… Retrieved from https://…/db219.pdf') was followed by the NICHD's report as its
    continuation, two references read as one. A link at a line's end ends a reference as a full stop does."""
    before = (
        "Ogden, C.L., Carroll, M.D., Fryar, C.D., Flegal, K.M. (2015). Prevalence of obesity among adults and "
        "youth: United States, 2011–2014. NCHS data brief, no 219. Hyattsville, MD: National Center for Health "
        "Statistics. Retrieved from https://www.cdc.gov/nchs/data/databriefs/db219.pdf\n"
        "National Institute of Child Health and Human Development. (2000). Report of the National Reading Panel: "
        "Teaching children to read (NIH Publication No. 00-4769). U.S. Government Printing Office.\n"
    )
    assert _relabelled(before, ["B", "I"]) == ["B", "B"]
    broken = "Smith, J. (2001). A title. Retrieved from https://www.example.org/a/\nb/c.pdf\n"
    assert _relabelled(broken, ["B", "I"]) == ["B", "I"]  # a link's rest on the next line goes on


def test_a_line_read_as_none_goes_on_a_reference_that_stopped_mid_phrase_or_mid_word():
    """Whole papers (EXCITE) pasted with their body text: the last line of a page or of the list was read
    as no reference after a line that stops where no reference ends (a comma, an open bracket, 'Journal of') or
    breaks a word with a hyphen; it goes on that reference. A page's number after it stays out, and a line that
    begins as a reference does ('Schucher, Günter (2007, im Erscheinen): …') begins one of its own."""
    comma = (
        "Wolf, S. (2008). Die Mitwirkungspflicht des Arbeitnehmers bei Maßnahmen\n"
        "des Betrieblichen Eingliederungsmanagements nach § 84 Absatz 2 SGB IX,\n"
        "abrufbar unter http://www.iqpr.de/iqpr/download/foren/B_12008.pdf.\n"
        "13\n"
    )
    assert _relabelled(comma, ["B", "I", "O", "O"]) == ["B", "I", "I", "O"]
    of = (
        "Vonk, R. (2002). Self-serving interpretations of\n"
        "ﬂattery: Why ingratiation works. Journal of\n"
        "Personality and Social Psychology, 82, 515–526.\n"
        "243\n"
        "03 Elder (bc-s)\n"
    )
    assert _relabelled(of, ["B", "I", "O", "O", "O"]) == ["B", "I", "I", "O", "O"]
    bracket = (
        "Wildt, Andreas (2002). Sterben lernen in Philosophie und Psychotherapie. In E-\n"
        "mil Angehrn, Christian Iber & Georg Lohmann (Hrsg.), Der Sinn der Zeit (S.\n"
        "161-180). Frankfurt am Main: Fischer.\n"
        "38\n"
        "P&G 2/3/08\n"
    )
    assert _relabelled(bracket, ["B", "I", "O", "O", "O"]) == ["B", "I", "I", "O", "O"]
    word = (
        "Vitols, Katrin: Steuerung und Regulierung der beruflichen Bildung in Großbanken.\n"
        "Ein deutsch-japanischer Vergleich. – Diplomarbeit an der Freien Universität Ber-\n"
        "lin, Fachbereich Politik- und Sozialwissenschaften, 2000\n"
        "24\n"
    )
    assert _relabelled(word, ["B", "I", "O", "O"]) == ["B", "I", "I", "O"]
    own = (
        "Holbig, Heike (2006): Ideologische Gratwanderung. Die Jahrestagung des Nationalen Volkskongresses,\n"
        "Schucher, Günter (2007, im Erscheinen): Chinas Streben nach Harmonie. Wunsch und\n"
    )
    assert _relabelled(own, ["B", "O"]) == ["B", "B"]


def test_a_subheading_after_the_list_is_no_part_of_its_last_reference():
    """Two papers (EXCITE) end their list with 'Danksagung' and 'Zur Person', or
    'Korrespondenzadresse', then the thanks or the address: the heading was read as the last
    reference's last line. It heads what follows; the last reference ends with its full stop."""
    thanks = (
        "Verloo, Mieke & Lombardo, Emanuela. (2007). Contested Gender Equality and Policy Variety in\n"
        "Europe. In Mieke Verloo (Hrsg.), Multiple Meanings of Gender Equality. A Critical Frame\n"
        "Analysis of Gender Policies in Europe (S. 21–51). Budapest: CEU Press.\n"
        "Danksagung\n"
        "Zur Person\n"
        "Ich bedanke mich bei Christiana Jasper, Gisela Klett und Vera Rabelt für alle Diskussio-\n"
        "nen und ihr fundiertes Feedback. Ohne sie wäre dieser Artikel nicht möglich gewesen.\n"
    )
    address = (
        "Von der Heyde, C. (1999). Techniken und Möglichkeiten der Realisierung von Random-\n"
        "Stichproben. In: ADM Arbeitskreis Deutscher Markt- und Sozialforschungsinistitute\n"
        "e.V./AG.MA Arbeitsgemeinschaft Media-Analyse e.V. (Eds.), Stichproben-Verfahren in der\n"
        "Umfrageforschung, Eine Darstellung für die Praxis (pp. 35-60). Opladen: Leske + Budrich.\n"
        "Korrespondenzadresse\n"
    )
    assert _relabelled(thanks, ["B", "I", "I", "I", "O", "O", "O"]) == ["B", "I", "I", "O", "O", "O", "O"]
    assert _relabelled(address, ["B", "I", "I", "I", "I"]) == ["B", "I", "I", "I", "O"]
    found = parse_references(address).references
    assert [reference.raw.endswith("Opladen: Leske + Budrich.") for reference in found] == [True]


def test_an_authors_address_after_a_reference_is_no_part_of_it():
    """Three EXCITE dev papers end their list with the author's address: 'Kontakt: …@…' after the
    last reference's full stop, 'Der Autor' + 'E-Mail: …', or a name, an institute, a telephone
    number and the address over five lines. None of it is a reference or part of the last one."""
    pastes = (
        "Zipf, George Kingsley (1946) The P1 * P2 / D Hypo-\n"
        "thesis. In: American Sociological Review, Vol. 11,\n"
        "October, 677-686.\n"
        "Kontakt: heinz.fassmann@univie.ac.at\n"
        "www.sws-rundschau.at\n",
        "Tibauijka, Anna Kajumulo (2005): Report of the Fact-Finding Mission to Zimbabwe to Assess the Scope and "
        "Impact\n"
        "of Operation Murambatsvina, United Nations.\n"
        "\uf06e Der Autor\n"
        "E-Mail: s.stuebig@freenet.de.\n",
        "Van Oorschot, Wim, Meuleman, Bart, 2012:\n"
        "Welfare Performance and Welfare Sup-\n"
        "port. In S. Svallfors (Hrsg.), Contested\n"
        "Welfare States, 25-57. Stanford, CA.\n"
        "Jürgen Kohl, Max-Weber-Institut für\n"
        "Soziologie\n"
        "Ruprecht-Karls-Universität Heidelberg\n"
        "Tel.: 06221-542980\n"
        "juergen.kohl@soziologie.uni-\n"
        "heidelberg.de\n"
        "Unemployment was shown to have a nega-\n",
    )
    found = [[reference.raw for reference in parse_references(paste).references] for paste in pastes]
    assert [len(references) for references in found] == [1, 1, 1]
    ends = ("October, 677-686.", "Murambatsvina, United Nations.", "Stanford, CA.")
    assert all(references[0].endswith(end) for references, end in zip(found, ends, strict=True))


def test_a_body_dated_after_a_reference_with_no_year_of_its_own_begins_one():
    """EXCITE dev, a whole paper: 'Statistisches Bundesamt (2004): …' after a reference dated
    '(div. Jahrgänge)' (various years) was read on as that reference's last line: a body and its
    year begin a reference after one that showed its year, and 'div. Jahrgänge', 'o. J.', 'n.d.' say
    the year as much as a year does."""
    text = (
        "Reinberg, A., & Hummel, M. (2002): Zur langfristigen Entwicklung des qualifikationsspezifischen "
        "Arbeitskräfteangebots und -bedarfs in\n"
        "Deutschland. Empirische Befunde und aktuelle Projektionsergebnisse. In: MittAB, 35. Jg., Heft 4, S. 580-600.\n"
        "Statistisches Bundesamt (div. Jahrgänge): Fachserie 1: Bevölkerung und Erwerbstätigkeit. Reihe 3: "
        "Haushalte und Familien, Stuttgart.\n"
        "Statistisches Bundesamt (2004): Statistiken der Kinder- und Jugendhilfe.Tageseinrichtungen für Kinder am "
        "31.12.2002. Wiesbaden.\n"
    )
    assert _relabelled(text, ["B", "I", "B", "I"]) == ["B", "I", "B", "B"]
    undated = text.replace("(div. Jahrgänge)", "(o. J.)")
    assert _relabelled(undated, ["B", "I", "B", "I"]) == ["B", "I", "B", "B"]


def test_a_page_number_between_references_and_the_running_head_under_it_stay_out():
    """A list copied across a page break keeps the page's number ('28', '- 37 -') and, on the next
    page, the number with its running head ('178' + 'Gerd Bender: Dezentral …'): none of them is a
    reference's last line or a reference. A number a reference goes on to ('S. 196-' + '204',
    'Februar' + '2003') stays its own."""
    text = (
        "Mielke, Gerd (2007): Auf verlorenem Posten? Parteien in der Bürgergesellschaft. In:\n"
        "Forschungsjournal NSB, Jg. 20, Heft 4, S. 63-71.\n"
        "28\n"
        "Rath, Christian (2009): Freiheit ist ansteckend. In: Die Tageszeitung, 23.09.2009, S. 4.\n"
        "Gehrke, J. (1996): Bieten und unterbieten. In: Die Mitbestimmung, 4: 25-28.\n"
        "178\n"
        "Gerd Bender: Dezentral und entstandardisiert – Neue Formen der Entgeltdifferenzierung\n"
        "Hack, L. (1993): Zeitökonomische und organisatorische Rationalisierung. Frankfurt: Campus.\n"
        "Seel, Martin (2004): Adornos Philosophie der Kontemplation. Frankfurt am Main: Suhrkamp.\n"
        "- 38 -\n"
    )
    labels = _relabelled(text, ["B", "I", "I", "B", "B", "B", "I", "B", "B", "I"])
    assert labels == ["B", "I", "O", "B", "B", "O", "O", "B", "B", "O"]
    going_on = (
        "Kohl, Helmut (1995): Interview mit dem Spiegel vom 30.10.1995, S. 196-\n"
        "204\n"
        "DIHK (2003): Umfrage bei den Industrie- und Handelskammern, Februar\n"
        "2003\n"
        "Braun, Otto (1998): Krise der Arbeit. Frankfurt: Campus.\n"
    )
    labels = _relabelled(going_on, ["B", "I", "B", "I", "B"])
    assert labels == ["B", "I", "B", "I", "B"]
    # Under the page's number, a reference read as the number's continuation begins anew.
    under = "OECD, 2000. Guidelines on tourism satellite account. Paris: OECD.\n227\n"
    under += "OECD, 2002. Housing finance in transition economies. Paris: OECD.\nOtt, K. (2000). Javne financije.\n"
    labels = _relabelled(under, ["B", "B", "I", "B"])
    assert labels == ["B", "O", "B", "B"]
    # A letter alone after a reference's end is a margin's vertical text; after 'Series' it is the series.
    margin = (
        "Davison, A. (2003). Bootstrap Methods. Cambridge University Press, Cambridge.\nr\n"
        "Fan, J. (1998). Local likelihood. Journal of the Royal Statistical Society, Series\nB\n"
        "Judge, G. (1988). Econometrics. Wiley, New York.\n"
    )
    labels = _relabelled(margin, ["B", "I", "B", "I", "B"])
    assert labels == ["B", "O", "B", "I", "B"]
    pasted = "\n".join(line for line in text.splitlines() if "Bender" not in line and line != "178")
    raws = [reference.raw for reference in parse_references("Literatur\n" + pasted).references]
    assert raws[:2] == [
        "Mielke, Gerd (2007): Auf verlorenem Posten? Parteien in der Bürgergesellschaft. In: "
        "Forschungsjournal NSB, Jg. 20, Heft 4, S. 63-71.",
        "Rath, Christian (2009): Freiheit ist ansteckend. In: Die Tageszeitung, 23.09.2009, S. 4.",
    ]
    assert len(raws) == 5 and raws[-1].endswith("Suhrkamp.")


class _Labelled:
    """A stand-in for the model that labels each line as told, to test what segment() builds."""

    def __init__(self, labels: list[str]) -> None:
        self.labels = labels

    def decode(self, feature_lists: list[list[str]], furniture: tuple[int, ...] = ()) -> list[str]:
        return list(self.labels)


def test_a_page_break_inside_a_reference_does_not_cut_it_in_two():
    """A reference that runs over a page break, its page's number and running head read as no
    reference, goes on after them when its line before stops mid-phrase ('… Krise der'); after a
    line that ends as a reference may, the next page begins anew."""
    text = (
        "Zapf, Wolfgang (1983): Entwicklungsdilemmas in modernen Gesellschaften. In: Matthes,\n"
        "Joachim (Hg.): Krise der\n"
        "60\n"
        "Soziologie heute\n"
        "Arbeitsgesellschaft. Frankfurt/New York: Campus, 293-308.\n"
        "Beck, Ulrich (1986): Risikogesellschaft. Frankfurt am Main: Suhrkamp.\n"
        "61\n"
        "Weiss, Johannes (1992): Max Webers Grundlegung der Soziologie. München: Saur.\n"
    )
    found = segment(text, _Labelled(["B", "I", "O", "O", "I", "B", "O", "I"]))
    assert [reference.text for reference in found] == [
        "Zapf, Wolfgang (1983): Entwicklungsdilemmas in modernen Gesellschaften. In: Matthes, Joachim (Hg.): "
        "Krise der Arbeitsgesellschaft. Frankfurt/New York: Campus, 293-308.",
        "Beck, Ulrich (1986): Risikogesellschaft. Frankfurt am Main: Suhrkamp.",
        "Weiss, Johannes (1992): Max Webers Grundlegung der Soziologie. München: Saur.",
    ]
    assert [reference.lines for reference in found] == [[0, 1, 4], [5], [7]]


def test_a_long_run_of_continuation_lines_with_no_first_line_is_body_text():
    """A narrow column's short, hyphenated lines of body text can read as a wrapped reference's
    lines; a run of them with no reference's first line, longer than references run, is left out.
    A short run stays: it may be a reference whose first line was missed."""
    column = [
        "Die Einstellungen in der Bevölkerung zur öf-",
        "fentlichen Sicherheit sind eng mit kriminalitäts-",
        "bezogenen Problemwahrnehmungen und Be-",
        "wertungen verknüpft. Nachfolgend wird zwi-",
        "schen dem Gefühl der persönlichen Bedroht-",
        "heit und der Wahrnehmung von Kriminalität als",
        "gesellschaftliches Problem unterschieden. Un-",
        "ter persönlicher Bedrohtheit subsumieren sich",
        "Fragen darüber, inwieweit sich der einzelne",
    ]
    text = "\n".join(["2 Datenbasis", *column, "Literatur", "Ferraro, K. F. (1995): Fear of Crime. Albany: SUNY."])
    labels = _relabelled(text, ["O", *["I"] * len(column), "O", "B"])
    assert labels == ["O", *["O"] * len(column), "O", "B"]
    short = "\n".join(["Literatur", "Fear of Crime. Interpreting Victimization Risk.", "Albany: SUNY Press, 1995."])
    labels = _relabelled(short, ["O", "I", "I"])
    assert labels == ["O", "I", "I"]


def test_a_line_that_begins_with_names_and_a_year_after_a_finished_reference_begins_the_next():
    """A body, a single name or a name with its particle, then the year ('Statistisches Bundesamt
    (2002): …', 'Platon (2007). …', 'da Agra, Cândido, 1999: …'), begins a reference after a line
    that ended one with its full stop, once that one has shown its year: the labeller, which has
    seen few such first lines, read them on. After 'In:', or before the reference's own year, the
    line goes on."""
    text = (
        "Meyer, Hans (2001): Krankheit im Lebensprozess. München: Piper.\n"
        "Platon (2007). Phaidon. Stuttgart: Reclam.\n"
        "Statistisches Bundesamt (2002): Bevölkerung und Erwerbstätigkeit. Wiesbaden.\n"
        "da Agra, Cândido, 1999: Drogue et crime. L'expérience portugaise. Psychotropes 5: 25-41.\n"
        "Schmidt, Karl (1995): Die Stadt im Wandel. In:\n"
        "Müller, Hans (Hrsg.) (1994): Städte. Berlin: Springer.\n"
        "Groves, Robert, and Roger Tourangeau.\n"
        "Couper (2009). Survey Methodology. New York: Wiley.\n"
    )
    labels = _relabelled(text, ["B", "I", "I", "I", "B", "I", "B", "I"])
    assert labels == ["B", "B", "B", "B", "B", "I", "B", "I"]
    # After a closing bracket too: a date of access, a link's bracket.
    bracket = (
        "Eurostat (2004): Statistiken kompakt (Stand: 10.10.2009)\n"
        "OECD, 1995: Historical Statistics 1960-1993. Paris: OECD.\n"
        "Southern Christian Leadership Conference. (n.d.). The philosophy of nonviolence and the\n"
        "Statistisches Bundesamt (o. J.): Mikrozensus. Wiesbaden.\n"
    )
    labels = _relabelled(bracket, ["B", "I", "I", "I"])
    assert labels == ["B", "B", "B", "I"]  # 'no date' is a date; not after a line that ended no reference
    # After a place and its publisher with no full stop, as German lists end a book, when the
    # names have their year at once; not the publisher's own last word, nor a title's next line.
    imprint = (
        "Hurrelmann, Klaus (1998): Einführung in die Sozialisationstheorie. Weinheim: Beltz\n"
        "Rosenthal, Gabriele (1995): Erlebte und erzählte Lebensgeschichte. Frankfurt a.M.: Campus\n"
        "Anthony, Denise (2005): Explaining quality in Internet collective goods. Hanover: Dartmouth\n"
        "College (2005)\n"
        "Glück, Alois (2004): Für ein leistungsfähiges Deutschland. In: KAS (Hrsg.): Die Politische\n"
        "Meinung, Nr. 414, Mai 2004, S. 11-14.\n"
        "Grass, Günter (2006): Beim Häuten der Zwiebel. Göttingen\n"
        "Regierungspräsidium Darmstadt (2004): Regionalplan Südhessen. Darmstadt.\n"
        "Bieback-Diel, L. (1987): Heimerziehung. 2. überarbeitete Aufl. – Frankfurt a. M.\n"
        "BMAS (Hrsg.) (2005): Lebenslagen in Deutschland. – Berlin.\n"
        "SOPEMI (1999): Trends in International Migration. Annual Report. New York: OECD\n"
        "SOPEMI (2003): Trends in International Migration. Annual Report. New York: OECD\n"
    )
    labels = _relabelled(imprint, ["B", "I", "B", "I", "B", "I", "B", "I", "B", "I", "B", "I"])
    # The place alone after the title's full stop ends a book too, whatever colon the names have;
    # a body's short name in capitals is names enough.
    assert labels == ["B", "B", "B", "I", "B", "I", "B", "B", "B", "B", "B", "B"]
    # Harvard's body, a comma and the year with a full stop; a place and a year are an imprint.
    harvard = (
        "World Bank, 2004. Doing Business in 2005. Available from: [http://www.doingbusiness.org].\n"
        "Government of Spain, 1988. Ley 22/1988, de 28 de julio, de Costas. Madrid: BOE.\n"
        "Mihaljek, D., 2005. Free movement of capital. 2nd ed.\n"
        "Berlin, 2006. Springer.\n"
        'MURAKAMI Thomas, 1995, "Introducing Teamwork", Economic and Industrial Democracy, 16: 293-316.\n'
        "Opladen, 1996, 345 S.\n"
    )
    labels = _relabelled(harvard, ["B", "I", "B", "I", "I", "I"])
    assert labels == ["B", "B", "B", "I", "B", "I"]


def test_a_line_that_names_a_chapters_book_goes_on_the_chapter():
    """'In E. T. Higgins, M. P. Zanna, & C. P. Herman' begins with names as a reference does, but a
    chapter's book never begins one (none of the 110 such lines in the training corpora does)."""
    text = (
        "Higgins, E. T. (1981). The ‘communication game’: Implications for social cognition and persuasion.\n"
        "In E. T. Higgins, M. P. Zanna, & C. P. Herman (Eds.), Social cognition (pp. 343–392).\n"
        "Jann, Werner (2005): Governance als Reformstrategie.\n"
        "In: Schuppert, Gunnar F. (Hrsg.): Governance-Forschung. Baden-Baden: Nomos, S. 21-43.\n"
        "In: Flick, U./Kardorff, E. v./Steinke, I. (Hg.): Qualitative Forschung. Reinbek: Rowohlt.\n"
    )
    labels = _relabelled(text, ["B", "B", "B", "B", "O"])
    assert labels == ["B", "I", "B", "I", "O"]  # after no reference, the line is left as it was read


def test_a_line_after_one_that_stops_where_no_reference_ends_goes_on():
    """After a comma, an open range, '&', 'und' or 'In:', or inside a bracket, the reference goes on, though
    the next line begins with names and a year as a reference does (in the training corpora 2,051
    reference lines end so and 13 end a reference); a list's number still begins one. A line that
    begins with a year goes on after a line that ended no reference (no such line in the corpora
    begins one)."""

    text = (
        "Apitzsch, Ursula (2003), »Biographieforschung«, in: Orth, Barbara/Schwietring, Thomas/Weiss,\n"
        "Johannes (Hg.), Soziologische Forschung: Stand und Perspektiven, Opladen, S. 95–110.\n"
        "Walgenbach, Katharina (2004), »Rassenpolitik und Geschlecht in Deutsch-Südwestafrika (1907–\n"
        "1914)«, in: Becker, Frank (Hg.), Rassenmischehen. Stuttgart.\n"
        "Meyer, M.M., Meinhold, P., Otey, C.R., MacMillan, D. and\n"
        "Arnold, F.H. (2005) Curr. Opin. Struct. Biol., 15, 447–452.\n"
        "12. Smith, J. (2001). A title, in: Jones, A. (Ed.), A book,\n"
        "13. Brown, C. (2002). Another title. London.\n"
        "- 38 -\n"
        "Walz, Steffen P. (2004): Extreme Game Design. Münster: LIT.\n"
        "Plasser, Fritz u. a. (2003): Kampagnedynamik, Mediahypes und Einfluss der TV-Konfrontationen\n"
        "2002. In: Plasser, Fritz; Ulram, Peter A. (Hrsg.): Wahlverhalten in Bewegung. Wien: WUV.\n"
        "1906. New Noctuidae from British New Guinea. Novit. Zool. 13: 191-287.\n"
        "Berg, Detlef (1979): Ergebnisse des Modellversuchs in Aurich. In:\n"
        "Raschert, Jürgen (Hrsg.) (1979): Sozialisation, Qualifikation und Statusverteilung. Stuttgart.\n"
    )
    labels = _relabelled(text, ["B"] * 15)
    assert labels[:8] == ["B", "I", "B", "I", "B", "I", "B", "B"]
    assert labels[9] == "B"  # a page's number '- 38 -' is no open range
    # A year first after no reference's end goes on the title; after a reference's full stop it
    # begins the same authors' next work.
    assert labels[10:13] == ["B", "I", "B"]
    assert labels[13:] == ["B", "I"]


def test_a_line_after_names_that_break_off_at_an_initial_goes_on():
    """Editors' or authors' names broken off after an initial ('In: K.' + 'Boers, G. Gutsche, …', '…, L.'
    + 'Christiansen-Ruffman, …', 'u.' + 'S. Kabisch (2009)') go on, though the next line begins with a
    family name and initials as a reference does: of 223 such lines in the training corpora one ends a
    reference. Cyrillic initials too. A place that ends a reference ('Frankfurt a. M.', 'Washington, D.C.')
    does not."""

    text = (
        "Sessar, Klaus (1997): Kriminalitätseinstellungen im Spiegel deutsch-deutscher Kooperation. In: K.\n"
        "Boers, G. Gutsche, K. Sessar (Hrsg.), Sozialer Umbruch und Kriminalität. Opladen, S. 255-292.\n"
        "Cassin, M. and Morgan, J. G. (1992) 'The Professoriate and the Market-Driven University', in W. Carroll, L.\n"
        "Christiansen-Ruffman, R. Currie and D. Harrison (eds) Fragile Truths. Ottawa: Carleton, pp. 247-60.\n"
        "Steinführer, A., A. Bierzyński, K. Grossmann, A. Haase, P. Klusáček u.\n"
        "S. Kabisch (2009): Population decline in Polish and Czech cities? In: Urban Studies 46.\n"
        "Habermas, J. (1996): Die Einbeziehung des Anderen. Frankfurt a. M.\n"
        "Harpes, J. P./Kuhlmann, W. (1997) (Hrsg.): Zur Relevanz der Diskursethik. Münster-Hamburg.\n"
        "Federal Emergency Management Agency (2009). Quantification of seismic performance. Washington, D.C.\n"
        "Filiatrault, A., and Folz, B. (2002). Performance-based seismic design. J. Struct. Eng. 128: 39-47.\n"
        "Топузовска Латвиќ, М., Забијакин Чатлевска, В. Бабунски, К.\n"
        "(2014). Младински трендови во Република Македонија. Скопје: ФООМ.\n"
    )
    labels = _relabelled(text, ["B"] * 12)
    assert labels == ["B", "I", "B", "I", "B", "I", "B", "B", "B", "B", "B", "I"]


def test_a_line_after_one_that_stops_at_an_article_or_a_preposition_goes_on():
    """'… Psychosocial effects of the' + '2001 UK foot and mouth disease …': a line that stops at an article
    or a preposition has not ended its reference, in English, German, French, Spanish or Portuguese (of
    981 such lines in the training corpora, none ends one). A name's particle ('… Ludwig van') is no
    such word, nor is a word in capitals."""
    text = (
        "Mort, M., Convery, I., Baxter, J. & Bailey, C. (2005) Psychosocial effects of the\n"
        "2001 UK foot and mouth disease epidemic in a rural population. BMJ, 331, 1234.\n"
        "Müller, Hans (1999): Studien zur\n"
        "Geschichte der Arbeiterbewegung. Berlin: Dietz.\n"
        "Dubet, François (1994): Sociologie de l'expérience. Paris: Seuil. Voir aussi les travaux sur\n"
        "Touraine, Alain (1965): Sociologie de l'action. Paris: Seuil.\n"
        "Beethoven, Ludwig van\n"
        "Mozart, Wolfgang A. (1791): Die Zauberflöte. Wien.\n"
        "Smith, John (2001). Living in The\n"
        "Jones, Mary (2003). Another book. London.\n"
    )
    labels = _relabelled(text, ["B", "B", "B", "B", "B", "B", "B", "B", "B", "B"])
    assert labels == ["B", "I", "B", "I", "B", "I", "B", "B", "B", "B"]


def test_a_books_imprint_on_a_line_of_its_own_goes_on():
    """'Woodbridge, Suffolk: The Boydell Press.' after a line that ended with the title's full stop: a place
    (and its state or country), a colon and a publisher begin no reference (none of the 12 such lines in
    the training corpora does). A name whose family name is a place ('Berlin, Isaiah: …') still begins one."""

    text = (
        "Waddington, Keir (2003). Medical education at St. Bartholomew's Hospital 1123-1995.\n"
        "Woodbridge, Suffolk: The Boydell Press.\n"
        "Thelen, Kathleen (2004). How Institutions Evolve.\n"
        "Cambridge, MA: Cambridge University Press, 2004.\n"
        "Berlin, Isaiah: Four Essays on Liberty. Oxford: Oxford University Press 1969.\n"
        "Paris, Roland: At War's End. Cambridge: Cambridge University Press 2004.\n"
    )
    labels = _relabelled(text, ["B"] * 6)
    assert labels == ["B", "I", "B", "I", "B", "B"]


def test_names_and_a_colon_after_a_line_that_could_end_a_reference_begin_one():
    """German lists that print the year last end a reference without a full stop ('…, Basel'); the next
    reference's names and colon ('Bertrand, Olivier; Noyelle, Thierry: …'), read on by the model, begin it.
    Not after 'In:' or a comma, not a place read as a given name ('Theorieentwicklung, Berlin: Ed. Sigma')."""
    text = (
        "Bank for International Settlements: Statistics on Payment Systems in the Group of\n"
        "Ten Countries. - Committee on Payment and Settlement Systems, Basel\n"
        "Bertrand, Olivier; Noyelle, Thierry: Human Resources and Corporate Strategy. – OECD, Paris, 1988\n"
        "Backhaus, Jürgen: Weiterbildung in der Sparkassenorganisation. - In:\n"
        "Meier, Harald; Schindler, Ulrich [Hrsg.]: Human Resources Management in Banken. - Gabler, 1996\n"
        "Pfau-Effinger, Birgit (1998): Arbeitsmarkt- und Familiendynamik. Der Beitrag der Frauenforschung.\n"
        "Theorieentwicklung, Berlin: Ed. Sigma, 177-194.\n"
        "Habermas, J.: Theorie des kommunikativen Handelns. Frankfurt a.M., 1981\n"
    )
    labels = _relabelled(text, ["B", "I", "I", "B", "I", "B", "I", "I"])
    assert labels == ["B", "I", "B", "B", "I", "B", "I", "B"]


def test_a_line_after_names_and_their_year_alone_goes_on():
    """A line of names and the year in brackets, and nothing more ('Reicher, S. D., & Levine, M. (1994a).',
    'Yeates, Nicola. (2009).'), is no whole reference: the title follows on the next line, though it begins
    with a capitalised word and a comma as names do. A year printed last, after the publisher, ends one."""
    text = (
        "Reicher, S. D., & Levine, M. (1994a).\n"
        "Deindividuation, power relations between groups and the expression of social identity. British\n"
        "Journal of Social Psychology, 33, 145-163.\n"
        "Yeates, Nicola. (2009).\n"
        "Globalizing Care Economies and Migrant Workers. Basingstoke: Palgrave Macmillan.\n"
        "Ruelle, D.: Statistical Mechanics: Rigorous Results. Benjamin, New York (1969)\n"
        "Davies, P.C.W.: J. Phys. A 8, 609 (1975)\n"
    )
    labels = _relabelled(text, ["B", "B", "I", "B", "B", "B", "B"])
    assert labels == ["B", "I", "I", "B", "I", "B", "B"]


def test_a_handful_of_references_one_a_line_gives_one_record_each(tmp_path):
    """The few references a manuscript needs, pasted one a line from a web page or a word processor:
    too few lines to show a layout, with short ones that end on a place ('Cambridge, MA..',
    'Frankfurt/New York 1991'). The labeller, trained on whole lists wrapped as PDFs print them, read
    such lines on into the next; it has now seen a few references at a time, one a line and wrapped."""
    lines = [
        "Rumelt, R. (1974): Strategy, Structure, and Economic Performance. Cambridge, MA..",
        "Nordhaus/Tobin (1972): Is growth obsolete? Moss (ed.): The Measurement of Economic and Social "
        "Performance. Columbia University Press, S. 509–532.",
        "Milkman, Ruth (2002): New Workers, New Labor, and the New Los Angeles. In: Nissen (ed.) (2002): 103-129.",
        "Bell, Daniel: Die kulturellen Widersprüche des Kapitalismus, Frankfurt/New York 1991",
        "Währungsrechner unter: http://www.economist.com/markets/Currency/Index.cfm (Stand Januar 2004)",
        "Roth, Wolff-Michael & Breuer, Franz (2003). Reflexivity and subjectivity: A possible road map for "
        "reading the special issues. Forum Qualitative Sozialforschung / Forum: Qualitative Social Research, "
        "4(2), Art. 24, http://nbn-resolving.de/urn:nbn:de:0114-fqs0302242 [Accessed: September 24, 2012].",
    ]
    pasted = tmp_path / "few.txt"
    pasted.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", "--format", "json", str(pasted)])
    assert result.exit_code == 0, result.output
    assert [record["raw"] for record in json.loads(result.stdout)] == lines


def test_footnotes_citing_works_before_the_lists_heading_are_no_references():
    """A page's block of footnotes that cite works in full ('5 Köstlin, Konrad (1991): …', '6 …', '8 …'),
    read as references amid the body text, is left out when the list has its heading further on; the
    list under the heading stays. A numbered list under its heading keeps its numbers."""
    text = (
        "die von Migranten mit der einheimischen Bevölkerung geschaffen werden.9 Dieser Perspektive folgend\n"
        "5 Köstlin, Konrad (1991): Heimat geht durch den Magen. Oder: Das Maultaschensyndrom – Soul food\n"
        "in der Moderne. In: Beiträge zur Volkskunde in Baden-Württemberg, S. 147–164.\n"
        "6 Ahtakar, Salman (2007): Imagination und Identität. Gießen: Psychosozial-Verlag, S. 105.\n"
        "8 Möhring, Maren (2012): Fremdes Essen. München: Oldenbourg Verlag.\n"
        "lassen sich am Beispiel ausländischer Restaurants all diese Prozesse untersuchen.\n"
        "Literatur\n"
        "1 Hobsbawm, Eric (1992): The Invention of Tradition. Cambridge: Cambridge University Press.\n"
        "2 Möhring, Maren (2012): Fremdes Essen. München: Oldenbourg Verlag.\n"
    )
    labels = _relabelled(text, ["O", "B", "I", "B", "B", "O", "O", "B", "B"])
    assert labels == ["O", "O", "O", "O", "O", "O", "O", "B", "B"]


def test_a_development_run_of_the_trainer_never_overwrites_the_shipped_model(tmp_path):
    """`train_segmenter.py --dev` trains without the development split: its model is no model to ship."""
    assert model_path(dev=True, out=None) != SHIPPED
    assert model_path(dev=False, out=None) == SHIPPED == ROOT / "citekit" / "data" / "reference-segmenter.npz"
    assert model_path(dev=True, out=tmp_path / "m.npz") == tmp_path / "m.npz"


def test_the_segmenters_labelling_is_the_best_path_under_its_scores_and_transitions():
    """decode's Viterbi is written out in plain floats: on a short real document, its labels are the path of
    highest score among every one of the 3^8 labellings, headings barred from references as decode bars them."""
    import itertools

    import numpy as np

    chapter = [line for line in (ROOT / "data" / "chapter.txt").read_text().splitlines() if line.strip()]
    heading = chapter.index("References")
    lines = lines_of("\n".join(chapter[heading - 2 : heading + 6]))  # body, the heading, references
    names = features(lines)
    model = shipped_model()
    scores = model.scores(names)
    scores = scores - np.logaddexp.reduce(scores, axis=1, keepdims=True)
    scores[[number for number, found in enumerate(names) if "ref-heading" in found], :2] = -1e9
    labels = ("B", "I", "O")

    def total(path: tuple[int, ...]) -> float:
        return float(
            model.start[path[0]]
            + sum(scores[step, label] for step, label in enumerate(path))
            + sum(model.transitions[a, b] for a, b in itertools.pairwise(path))
        )

    best = max(itertools.product(range(3), repeat=len(lines)), key=total)
    assert model.decode(names) == [labels[label] for label in best]
    assert len(set(model.decode(names))) > 1  # a path with more than one label: the test tells paths apart


def test_a_line_in_lower_case_after_a_page_break_goes_on_a_reference_only_with_its_year_near():
    """Under a page's number and running head, a line in lower case after a reference's line that stopped on a word
    goes on that reference (a thesis's NLM list: '… splicing in both' + '46' + 'Capítulo 7' + 'normal and cancer
    tissues. Mol Cell Biol [Internet]. 2013 Jan 15 …'); a paper's body after a page's number does not, though the
    line above was read as a reference's (a paragraph of an AnyStyle document: '… we inclined the floor to 30 degrees
    in' + '44' + 'the coronal plane such that …', taken into a list's last reference when GROBID's lists were set
    inside documents)."""
    nlm = (
        "Venables JP, Brosseau JP, Gadea G, Klinck R, Prinos P, Beaulieu JF, et al.\n"
        "RBFOX2 is an important regulator of mesenchymal tissue-specific splicing in both\n"
        "46\n"
        "Capítulo 7\n"
        "normal and cancer tissues. Mol Cell Biol [Internet]. 2013 Jan 15 [cited 2022 Jun\n"
        "1];33(2):396–405. Available from: https://pubmed.ncbi.nlm.nih.gov/23149937/\n"
    )
    assert _relabelled(nlm, ["B", "I", "O", "O", "O", "O"]) == ["B", "I", "O", "O", "I", "I"]
    body = (
        "set to 0 degrees and 0 degrees/second. Secondly, we inclined the floor to 30 degrees in\n"
        "44\n"
        "the coronal plane such that the medial aspect of the landing foot impacted first, inducing\n"
        "a moment about the subtalar joint that rapidly inverted the ankle. This simulation scenario\n"
    )
    assert _relabelled(body, ["I", "O", "O", "O"]) == ["I", "O", "O", "O"]
