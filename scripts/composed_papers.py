"""Whole papers as a paste out of a PDF gives them, composed for training the reference segmenter.

The real whole-document training data (AnyStyle's finder documents) is fifteen English papers, so
the segmenter had seen little body text and no German: on German papers pasted whole it took body
paragraphs, footnotes and captions for references. A composed paper has a title and authors,
numbered sections of real prose (Universal Dependencies sentences, scripts/data/prose/) wrapped at
a column width and hyphenated as a PDF breaks words, in-text citations of the paper's own
references, footnotes (some citing a reference in full: a footnote is not the list), figure and
table captions with table rows, running heads and page numbers, then a heading and the reference
list rendered by citeproc-py in one of the parser's styles (plain, numbered or with bullets), and
sometimes an appendix or a note on the authors after it. Every line but the list's is labelled O.
"""

from __future__ import annotations

import random
import re
import textwrap
from pathlib import Path

from citekit.model import Reference
from citekit.parsing.segmenter import Line

PROSE = Path(__file__).resolve().parent / "data" / "prose"
Document = tuple[str, list[Line], list[str]]

HEADINGS = {
    "de": ("Literatur", "Literaturverzeichnis", "Literatur:", "LITERATUR", "Quellen", "Bibliographie"),
    "en": ("References", "Bibliography", "Works Cited", "REFERENCES", "References:", "Literature Cited"),
}
SECTION_WORDS = {
    "de": ("Einleitung", "Fazit", "Methode", "Ergebnisse", "Diskussion", "Ausblick", "Schluss", "Daten"),
    "en": ("Introduction", "Conclusion", "Method", "Results", "Discussion", "Data", "Background"),
}
CAPTIONS = {"de": ("Abbildung", "Tabelle", "Abb.", "Tab.", "Grafik"), "en": ("Figure", "Table", "Fig.")}
CITE_LEAD = {"de": ("vgl. ", "siehe ", "dazu ", ""), "en": ("see ", "cf. ", "e.g. ", "")}
FOOTNOTE_LEAD = {
    "de": ("Vgl. ", "Siehe ", "So ", "Vgl. hierzu ", "Dazu ausführlich ", "Zit. nach "),
    "en": ("See ", "Cf. ", "See also ", "For a discussion, see ", "Quoted in "),
}
AFTER_LIST = {
    "de": ("Anhang", "Anmerkungen", "Anschrift der Autorin:", "Zu den Autoren", "Kontakt:"),
    "en": ("Appendix", "Notes", "About the authors", "Author's address:", "Acknowledgements"),
}
NUMBERS = ("{} ", "{} ", "{}. ", "[{}] ", "({}) ")
BULLETS = ("• ", "► ", "▪ ")
# Parts of one reference list: the references after such a heading are still the list's.
LIST_PARTS = {
    "de": ("Primärliteratur", "Sekundärliteratur", "Quellen", "Internetquellen", "Gesetze und Urteile"),
    "en": ("Primary sources", "Secondary sources", "Online sources", "Archival sources", "Legal documents"),
}
# The series' other titles, as working papers list them on their last pages: not the paper's list.
SERIES = {
    "de": ("Bisher erschienen:", "In dieser Reihe sind erschienen", "Zuletzt erschienen", "Arbeitspapiere"),
    "en": ("Previous issues", "Recent working papers", "Discussion Papers", "Also in this series"),
}
INSTITUTES = ("Soziologie", "Politikwissenschaft", "Sozialforschung", "Erziehungswissenschaft", "Geschichte")
QUESTION = {
    "de": ("Frage {}", "(01) Ja (02) Nein (08) Weiß nicht", "(09) *** Nicht vorlesen: Keine Angabe"),
    "en": ("Question {}", "(1) Yes (2) No (8) Don't know", "(9) *** Do not read out: No answer"),
}


def sentences(language: str) -> list[str]:
    """The treebank's sentences, with its ``quotes'' printed as the language prints them."""
    opening, closing = ("„", "“") if language == "de" else ("“", "”")
    text = (PROSE / f"{language}.txt").read_text(encoding="utf-8")
    return text.replace("``", opening).replace("''", closing).splitlines()


def _hyphenated(rows: list[str], generator: random.Random, width: int) -> list[str]:
    """Rows with some long words broken across the line end, as PDFs of justified text break them."""
    made = list(rows)
    for index in range(len(made) - 1):
        words = made[index + 1].split(" ", 1)
        word = words[0]
        if len(word) >= 8 and word.isalpha() and generator.random() < 0.35:
            cut = generator.randint(3, len(word) - 4)
            if len(made[index]) + cut + 2 <= width + 6:
                made[index] += f" {word[:cut]}-"
                made[index + 1] = word[cut:] + (" " + words[1] if len(words) > 1 else "")
    return made


def _surnames(reference: str) -> str:
    """The first author's surname as an in-text citation gives it (the reference's first word)."""
    first = re.split(r"[\s,;:(/]", reference.strip(), maxsplit=1)[0]
    return first.strip(".") or "Müller"


def _year(reference: str, generator: random.Random) -> str:
    found = re.search(r"(?:1[5-9]|20)\d\d", reference)
    return found.group(0) if found else str(generator.randint(1960, 2020))


def _series_item(record: Reference, generator: random.Random) -> str:
    """'Felix Rauner, Eva Weber: Titel. Bremen, 2003, ISSN 1610-0875', sometimes numbered."""
    names = ", ".join(f"{author.given} {author.family}" for author in record.authors)
    place = record.variables.get("publisher-place", "Bremen")
    tail = generator.choice(
        (f", ISSN {generator.randint(1000, 9999)}-{generator.randint(1000, 9999)}", ", 3,– €", f", {record.year}", "")
    )
    item = f"{names}: {record.title}. {place}, {record.year}{tail}"
    return f"Nr. {generator.randint(1, 120)} {item}" if generator.random() < 0.3 else item


def _contact(record: Reference, generator: random.Random) -> list[str]:
    """An author's address block, as a paper prints it after its list: one line a row."""
    author = record.authors[0]
    place = record.variables.get("publisher-place", "Bremen").split()[0].strip(",")
    rows = [
        f"{author.given} {author.family}",
        f"Universität {place}, Institut für {generator.choice(INSTITUTES)}",
        f"{generator.choice(('Hauptstraße', 'Universitätsallee', 'Am Markt'))} {generator.randint(1, 90)}, "
        f"D-{generator.randint(10000, 99999)} {place}",
        f"E-Mail: {author.family.lower()}@uni-{place.lower()}.de",
        f"Tel.: +49 {generator.randint(30, 999)} {generator.randint(10000, 9999999)}",
    ]
    return rows[: generator.randint(3, 5)]


def compose(
    name: str,
    language: str,
    prose: list[str],
    references: list[str],
    furniture: list[str],
    series: list[Reference],
) -> Document:
    generator = random.Random(name)
    width = generator.randint(60, 100)
    paragraphs_blank = generator.random() < 0.4  # pdftotext leaves blank lines between paragraphs
    rows: list[tuple[str, str, bool]] = []  # (text, label, blank line before)
    position = generator.randrange(len(prose))

    def take(count: int) -> list[str]:
        nonlocal position
        taken = [prose[(position + i) % len(prose)] for i in range(count)]
        position = (position + count) % len(prose)
        return taken

    def cite() -> str:
        reference = generator.choice(references)
        lead = generator.choice(CITE_LEAD[language])
        page = f", S. {generator.randint(3, 300)}" if language == "de" else f", p. {generator.randint(3, 300)}"
        return f"({lead}{_surnames(reference)} {_year(reference, generator)}{page if generator.random() < 0.4 else ''})"

    blank_after_headings = generator.random() < 0.5
    headed = False  # the row before was a heading

    def add(text: str, label: str = "O", blank: bool = False, heading: bool = False) -> None:
        nonlocal headed
        rows.append((text, label, blank or (headed and blank_after_headings)))
        headed = heading

    def paragraph() -> None:
        parts = []
        for sentence in take(generator.randint(2, 7)):
            if generator.random() < 0.3 and sentence.endswith("."):
                sentence = f"{sentence[:-1]} {cite()}."
            parts.append(sentence)
        wrapped = textwrap.wrap(" ".join(parts), width, break_on_hyphens=False)
        for index, row in enumerate(_hyphenated(wrapped, generator, width)):
            add(row, blank=paragraphs_blank and index == 0)

    def footnotes(number: int) -> int:
        for _ in range(generator.randint(1, 3)):
            number += 1
            roll = generator.random()
            if roll < 0.3:
                text = generator.choice(references)
                if language == "de":
                    text = f"{text.rstrip('.')}, S. {generator.randint(3, 300)}."
            elif roll < 0.7:
                reference = generator.choice(references)
                lead = generator.choice(FOOTNOTE_LEAD[language])
                text = f"{lead}{_surnames(reference)} ({_year(reference, generator)})"
                text += "." if generator.random() < 0.5 else f", {generator.randint(3, 99)}."
            else:
                text = " ".join(take(generator.randint(1, 2)))
            for row in textwrap.wrap(f"{number} {text}", width, break_on_hyphens=False):
                add(row)
        return number

    title = take(1)[0].rstrip(".")
    for row in textwrap.wrap(title, min(width, 70)):
        add(row)
    authors = [_surnames(reference) for reference in generator.sample(references, min(3, len(references)))]
    add((" und " if language == "de" else " and ").join(authors))
    if generator.random() < 0.5:
        add("Zusammenfassung" if language == "de" else "Abstract", blank=True, heading=True)
        paragraph()
    note = 0
    for section in range(1, generator.randint(3, 7)):
        heading = generator.choice(SECTION_WORDS[language]) if generator.random() < 0.5 else take(1)[0][:50]
        add(f"{section}{'.' if generator.random() < 0.5 else ''} {heading.rstrip('.')}", blank=True, heading=True)
        for _ in range(generator.randint(1, 4)):
            paragraph()
            if generator.random() < 0.25:
                caption = f"{generator.choice(CAPTIONS[language])} {generator.randint(1, 9)}: {take(1)[0][:60]}"
                add(caption, blank=paragraphs_blank)
                for _ in range(generator.randint(0, 4)):
                    cells = [f"{generator.uniform(0, 100):.1f}".replace(".", "," if language == "de" else ".")]
                    cells += [str(generator.randint(1, 999)) for _ in range(generator.randint(2, 5))]
                    add(f"{take(1)[0].split(' ')[0]} " + " ".join(cells))
            if generator.random() < 0.4:
                note = footnotes(note)
    number = generator.randint(0, 3)
    # Some lists (15 %) begin on a new page: the heading right after the page's furniture.
    list_heading = len(rows) if generator.random() < 0.15 else None
    add(
        f"{str(number + 7) + ' ' if number == 3 else ''}{generator.choice(HEADINGS[language])}",
        blank=True,
        heading=True,
    )
    parts = generator.sample(LIST_PARTS[language], 2) if generator.random() < 0.25 else []
    cut = generator.randint(3, len(references) - 3)
    # A quarter of the lists are numbered, some with a bare number as the footnotes have it: what
    # tells them apart is where they stand, not how they begin.
    marker = generator.choice(NUMBERS) if generator.random() < 0.25 else ""
    if not marker and generator.random() < 0.1:
        marker = generator.choice(BULLETS)  # '• Adloff, Frank (2005): …', as some German papers print them
    for number, reference in enumerate(references):
        if parts and number in (0, cut):
            add(parts[number != 0], blank=paragraphs_blank, heading=True)
        numbered = marker.format(number + 1) + reference
        for index, row in enumerate(textwrap.wrap(numbered, width, break_on_hyphens=False)):
            add(row, "B" if index == 0 else "I")
    roll = generator.random()
    if roll < 0.2:
        add(generator.choice(AFTER_LIST[language]), blank=True, heading=True)
        paragraph()
    elif roll < 0.3:
        for index, row in enumerate(_contact(generator.choice(series), generator)):
            add(row, blank=index == 0)
    elif roll < 0.4:
        for number in range(generator.randint(2, 6)):
            question = take(1)[0]
            add(f"{QUESTION[language][0].format(generator.choice('ABCF'))}{number + 1} {question}")
            add(QUESTION[language][1])
            if generator.random() < 0.5:
                add(QUESTION[language][2])
    elif roll < 0.55:
        add(generator.choice(SERIES[language]), blank=True, heading=True)
        for record in generator.sample(series, generator.randint(4, 15)):
            for row in textwrap.wrap(_series_item(record, generator), width, break_on_hyphens=False):
                add(row)
    # Running heads and page numbers every page (every 35–55 lines).
    # The head is another document's, the paper's title, or its authors and short title as German
    # journals print them ('BECKER/ROTH: ARBEITSMARKT UND FAMILIE'); the page number on a line of
    # its own or on the head's line.
    roll = generator.random()
    if roll < 0.35:
        head = furniture[generator.randrange(len(furniture))]
    elif roll < 0.6:
        head = title[:60]
    else:
        head = f"{'/'.join(authors[:2])}: {' '.join(title.split()[:4])}"
        head = head.upper() if generator.random() < 0.5 else head
    joined = generator.random() < 0.5
    every = generator.randint(35, 55)
    page = generator.randint(1, 300)
    lines: list[Line] = []
    labels: list[str] = []
    for index, (text, label, blank) in enumerate(rows):
        if index and (index % every == 0 or index == list_heading):
            page += 1
            if joined:
                furniture_rows: tuple[str, ...] = (f"{head} {page}" if page % 2 else f"{page} {head}",)
            else:
                furniture_rows = (head, str(page)) if page % 2 else (str(page), head)
            for furniture_row in furniture_rows:
                lines.append(Line(len(lines), furniture_row, False, False))
                labels.append("O")
        lines.append(Line(len(lines), text, blank, False))
        labels.append(label)
    for index in range(len(lines) - 1):
        lines[index].blank_after = lines[index + 1].blank_before
    return (name, lines, labels)


def composed_papers(furniture: list[str], german: int = 40, english: int = 20) -> list[Document]:
    """German and English papers, each with 15–45 references rendered in a style of its language."""
    from parser_corpus import BOOK_STYLES, GERMAN_STYLES, STYLES, render
    from train_parser import SEED, generated_book_records

    records = generated_book_records(600, SEED + 3)
    styles = {
        "de": GERMAN_STYLES + BOOK_STYLES[:3],
        "en": ("apa", "harvard-cite-them-right", "american-sociological-association", "chicago-author-date"),
    }
    assert set(styles["en"]) <= set(STYLES + BOOK_STYLES)
    rendered = {
        style: [example.text for example in render(records[number::7][:80], style)]
        for number, style in enumerate(dict.fromkeys(styles["de"] + styles["en"]))
    }
    authored = [record for record in records if record.authors]
    documents = []
    for language, count in (("de", german), ("en", english)):
        prose = sentences(language)
        for number in range(count):
            name = f"composed:{language}:{number}"
            generator = random.Random(name)
            style = styles[language][number % len(styles[language])]
            printed = [text for text in rendered[style] if text[:1].isalpha()]  # not ', 1980: …'
            references = sorted(generator.sample(printed, generator.randint(15, 45)))
            documents.append(compose(name, language, prose, references, furniture, authored))
    return documents
