"""Labelled reference strings for training and evaluating the sequence labeller.

Three sources, all turned into (text, per-token labels): AnyStyle's core set (Wapiti XML), GROBID's
citation corpus (TEI), and references rendered by citeproc-py from known records in real CSL styles,
where private-use sentinels around each field give exact labels for free. Used by
scripts/train_parser.py and benchmarks/parse_eval.py; nothing here runs when citekit parses.
"""

from __future__ import annotations

import random
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from citekit.model import Author, Reference
from citekit.parsing.tokens import tokenize

LABELS = (
    "author",
    "title",
    "container",
    "date",
    "volume",
    "issue",
    "pages",
    "doi",
    "url",
    "editor",
    "publisher",
    "location",
    "number",
    "other",
)
ANYSTYLE_LABELS = {
    "author": "author",
    "date": "date",
    "title": "title",
    "journal": "container",
    "container-title": "container",
    "volume": "volume",
    "pages": "pages",
    "editor": "editor",
    "publisher": "publisher",
    "location": "location",
    "citation-number": "number",
    "doi": "doi",
    "url": "url",
}
TEI = "{http://www.tei-c.org/ns/1.0}"
_EDITOR_WORDS = {"ed", "eds", "edd", "editor", "editors", "edited", "by", "hrsg", "hg", "dir", "editedby"}


@dataclass(slots=True)
class Example:
    text: str
    labels: list[str]  # one per token of tokenize(text)
    source: str  # anystyle | grobid | rendered:<style>


def _from_segments(segments: list[tuple[str, str | None]], source: str) -> Example | None:
    """Segments of (text, label or None); unlabelled punctuation joins the segment before it,
    unlabelled words the one after it ('Vol.' belongs to the volume)."""
    text = ""
    char_labels: list[str | None] = []
    for segment, label in segments:
        if text and not text[-1].isspace() and segment and not segment[0].isspace() and label is not None:
            text += " "
            char_labels.append(None)
        text += segment
        char_labels.extend([label] * len(segment))
    return _example(text, char_labels, source)


def _example(text: str, char_labels: list[str | None], source: str) -> Example | None:
    """Token labels from character labels. Unlabelled words ('Vol.', 'no.', 'pp.', 'In') belong to
    the field they introduce; unlabelled punctuation closes the field before it."""
    stripped = text.strip()
    if not stripped:
        return None
    offset = text.index(stripped[0])
    tokens = tokenize(stripped)
    if not tokens:
        return None
    labels: list[str | None] = [char_labels[t.start + offset] for t in tokens]
    for index, token in enumerate(tokens):
        # '(eds.)', 'editors', 'edited by', 'hrsg.' go with the editors they follow or precede.
        if labels[index] is None and token.text.lower() in _EDITOR_WORDS:
            around = (_before(labels, index), _after(labels, index))
            labels[index] = "editor" if "editor" in around else "other"
    for index in range(len(tokens) - 1, -1, -1):
        if labels[index] is None and tokens[index].text[0].isalnum():
            labels[index] = _after(labels, index)
    for index in range(len(tokens)):
        if labels[index] is None:
            labels[index] = _before(labels, index)
    return Example(stripped, [label or "other" for label in labels], source)


def _before(labels: list[str | None], index: int) -> str | None:
    """The nearest label before index."""
    return next((labels[j] for j in range(index - 1, -1, -1) if labels[j]), None)


def _after(labels: list[str | None], index: int) -> str | None:
    """The nearest label after index."""
    return next((labels[j] for j in range(index + 1, len(labels)) if labels[j]), None)


def read_anystyle(path: Path) -> Iterator[Example]:
    return anystyle_examples(ElementTree.parse(path).getroot())


def anystyle_examples(root: ElementTree.Element) -> Iterator[Example]:
    """The labelled references of AnyStyle's XML (a dataset of sequences), parsed already."""
    for sequence in root.iter("sequence"):
        segments = [
            (" ".join((child.text or "").split()), ANYSTYLE_LABELS.get(child.tag, "other")) for child in sequence
        ]
        example = _from_segments(segments, "anystyle")
        if example is not None:
            yield example


def _tei_label(element: ElementTree.Element, has_article_title: bool = False) -> str:
    tag = element.tag.replace(TEI, "")
    if tag == "title":
        # A monograph title is the work itself, unless the entry also has an article title:
        # then it is the book or proceedings the article appeared in.
        book = "container" if has_article_title else "title"
        return {"a": "title", "j": "container", "m": book, "s": "container"}.get(element.get("level", ""), "title")
    if tag == "biblScope":
        kind = element.get("unit") or element.get("type") or ""
        return {"volume": "volume", "vol": "volume", "issue": "issue", "page": "pages", "pp": "pages"}.get(
            kind, "other"
        )
    if tag == "idno":
        return "doi" if (element.get("type") or "").lower() == "doi" else "other"
    if tag == "ptr":
        return "url"
    return {
        "author": "author",
        "date": "date",
        "publisher": "publisher",
        "pubPlace": "location",
        "editor": "editor",
    }.get(tag, "other")


def _tei_segments(bibl: ElementTree.Element) -> list[tuple[str, str | None]]:
    segments: list[tuple[str, str | None]] = [(" ".join((bibl.text or "").split()), None)]
    has_article_title = any(c.tag == f"{TEI}title" and c.get("level") == "a" for c in bibl)
    for child in bibl:
        if child.tag.replace(TEI, "") == "lb":
            segments.append((" ".join((child.tail or "").split()), None))
            continue
        inner = " ".join("".join(child.itertext()).split())
        segments.append((inner, _tei_label(child, has_article_title)))
        segments.append((" ".join((child.tail or "").split()), None))
    return [(text, label) for text, label in segments if text]


def read_grobid(folder: Path) -> Iterator[Example]:
    for path in sorted(folder.glob("*.xml")):
        try:
            root = ElementTree.parse(path).getroot()
        except ElementTree.ParseError:
            continue
        for bibl in root.iter(f"{TEI}bibl"):
            example = _from_segments(_tei_segments(bibl), "grobid")
            if example is not None and len(example.labels) >= 4:
                yield example


# ----------------------------------------------------------------------------- rendered references

STYLES = (
    "springer-basic-author-date",
    "vancouver",
    "apa",
    "nature",
    "harvard-cite-them-right",
    "ieee",
    "cell",
    "chicago-author-date",
)
# Styles for the books, chapters and edited volumes of the social sciences and humanities, in
# German, French and English conventions ('In: … (Hrsg.): …. Ort : Verlag, S. 9–49').
BOOK_STYLES = (
    "din-1505-2",
    "chicago-author-date-de",
    "deutsche-gesellschaft-fur-psychologie",
    "chicago-author-date-fr",
    "apa",
    "harvard-cite-them-right",
    "american-sociological-association",
)
# German social-science and humanities house styles: 'Müller, Hans/Weber, Eva (2005):',
# 'S. 9–49 in: … (Hg.)', 'in: …, hg. von …, Opladen 1995, S. 9–49', 'Name, Vorname: Titel.' (chosen
# on the development splits among eight: these four scored best there, 400 references each)
GERMAN_STYLES = (
    "soziologie",
    "soziale-welt",
    "sozialwissenschaften-heilmann",
    "kit-karlsruher-institut-fur-technologie-germanistik-ndl-neuere-deutsche-literaturwissenschaft",
)
STYLE_FOLDER = Path("/usr/share/citation-style-language/styles")
# The label in any case: a style that prints names in capitals (ABNT) capitalises the mark too.
_MARK = re.compile("\ue002([a-z]+)\ue003(.*?)\ue004", re.DOTALL | re.IGNORECASE)
_NUMBER = re.compile(r"^\s*(?:\[\d+\]|\d{1,3}\.)\s*")  # '[12]', '12.'; never a year ('2012.')


def _marked(value: str, label: str) -> str:
    return f"\ue002{label}\ue003{value}\ue004"


def to_csl(reference: Reference, key: str) -> dict[str, object]:
    item: dict[str, object] = {"id": key, "type": reference.type or "article-journal"}
    item["author"] = [{"family": a.family, "given": a.given or ""} for a in reference.authors]
    if reference.editors:
        # Each editor marked whole, as the literal name printed ('Christoph Egle' or 'Egle, C.').
        item["editor"] = [{"literal": _marked(_editor_name(a), "editor")} for a in reference.editors]
    for variable, label in (("publisher", "publisher"), ("publisher-place", "location")):
        if reference.variables.get(variable):
            item[variable] = _marked(str(reference.variables[variable]), label)
    if reference.year:
        item["issued"] = {"date-parts": [[reference.year]]}
    if reference.title:
        item["title"] = _marked(reference.title, "title")
    if reference.container_title:
        item["container-title"] = _marked(reference.container_title, "container")
    if reference.volume:
        item["volume"] = _marked(reference.volume, "volume")
    if reference.issue:
        item["issue"] = _marked(reference.issue, "issue")
    if reference.pages:
        item["page"] = reference.pages.replace("–", "-")
    if reference.doi:
        item["DOI"] = reference.doi
    return item


def _editor_name(author: Author) -> str:
    given = author.given or ""
    if given.replace(".", "").replace("-", "").isupper():  # initials: 'Egle, C.', not 'Uwe'
        return f"{author.family}, {' '.join(ch + '.' for ch in given if ch.isalpha())}".rstrip(", ")
    return f"{given} {author.family}"


def render(references: list[Reference], style: str) -> list[Example]:
    """Each record printed in a real CSL style, labelled exactly."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    items = [to_csl(reference, f"r{index}") for index, reference in enumerate(references)]
    csl = CitationStylesStyle(str(STYLE_FOLDER / f"{style}.csl"), validate=False)
    examples = []
    for item, reference in zip(items, references, strict=True):
        bibliography = CitationStylesBibliography(csl, CiteProcJSON([item]), formatter.plain)
        bibliography.register(Citation([CitationItem(item["id"])]))
        printed = str(bibliography.bibliography()[0])
        example = _label_rendered(printed, reference, f"rendered:{style}")
        if example is not None:
            examples.append(example)
    return examples


def _label_rendered(printed: str, reference: Reference, source: str) -> Example | None:
    number = _NUMBER.match(printed.replace("\ue002", "").replace("\ue003", "").replace("\ue004", ""))
    segments: list[tuple[str, str | None]] = []
    position = 0
    for match in _MARK.finditer(printed):
        segments.append((printed[position : match.start()], None))
        segments.append((match.group(2), match.group(1).lower()))
        position = match.end()
    segments.append((printed[position:], None))
    # Unmarked stretches: number, authors (before the first marked field), year, pages, DOI/URL.
    labelled: list[tuple[str, str | None]] = []
    seen_field = False
    for text, label in segments:
        if label is not None:
            labelled.append((text, label))
            seen_field = True
            continue
        labelled.extend(_split_unmarked(text, reference, before_fields=not seen_field, numbered=bool(number)))
    example = _join_exact(labelled, source)
    return example


_PAGES = re.compile(r"\d+[–‑-]\d+|\b[eS]?\d{3,}\b")  # ‑ (U+2011): French styles' non-breaking hyphen
_DOI_OR_URL = re.compile(r"(https?://\S+|doi:\s*\S+|10\.\d{4,9}/\S+)")


def _split_unmarked(
    text: str, reference: Reference, before_fields: bool, numbered: bool
) -> list[tuple[str, str | None]]:
    pieces: list[tuple[str, str | None]] = []
    if before_fields:
        if numbered:
            match = _NUMBER.match(text)
            if match:
                pieces.append((match.group(), "number"))
                text = text[match.end() :]
        year = re.search(rf"\(?{reference.year}[a-z]?\)?", text) if reference.year else None
        if year:
            pieces.append((text[: year.start()], "author"))
            pieces.append((year.group(), "date"))
            pieces.append((text[year.end() :], None))
        else:
            pieces.append((text, "author"))
        return pieces
    spans = []
    for regex, label in ((_DOI_OR_URL, "doi"), (re.compile(rf"\b{reference.year}[a-z]?\b"), "date"), (_PAGES, "pages")):
        for match in regex.finditer(text):
            if not any(s < match.end() and match.start() < e for s, e, _ in spans):
                spans.append((match.start(), match.end(), label))
    spans.sort()
    position = 0
    for start, end, label in spans:
        pieces.append((text[position:start], None))
        pieces.append((text[start:end], label))
        position = end
    pieces.append((text[position:], None))
    return pieces


def _join_exact(segments: list[tuple[str, str | None]], source: str) -> Example | None:
    """Like _from_segments, but keeps the text exactly as printed (no spaces added)."""
    char_labels: list[str | None] = []
    for segment, label in segments:
        char_labels.extend([label] * len(segment))
    return _example("".join(segment for segment, _ in segments), char_labels, source)


def split(examples: list[Example], held_out: float, seed: int) -> tuple[list[Example], list[Example]]:
    """A reproducible train/held-out split."""
    shuffled = list(examples)
    random.Random(seed).shuffle(shuffled)
    cut = int(len(shuffled) * held_out)
    return shuffled[cut:], shuffled[:cut]
