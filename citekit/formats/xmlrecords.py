"""XML export files (PubMed XML, EndNote XML) read a record at a time.

Each record is found in the text and parsed on its own by lxml (libxml2), six times faster than
ElementTree on PubMed's records, with what makes XML dangerous switched off: no DTD is loaded, no
entity is resolved, nothing is fetched from the network, and a record that declares a DTD or an
entity (which no export has any use for) is refused. The record's text is what the library keeps
as written. (The small answers of NCBI's services go through defusedxml; see enrich/ncbi.py.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from citekit.formats.reading import BrokenFile

Element = Any  # an lxml element: find, findall, iter, get, itertext, as in ElementTree
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True, remove_pis=True, huge_tree=False
)
_DECLARATION = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def xml_records(
    text: str, tags: tuple[str, ...], root: str, label: str, first_line: int = 1, skip: str | None = None
) -> Iterator[tuple[int, str, Element]]:
    """(line, text, element) of each record element named in ``tags``, in file order. A record
    that is not well-formed XML, or a file cut off inside one, stops the import: nothing in a
    broken file can be trusted. Elements named ``skip`` are left out of the parsed tree (not out
    of the text): PubMed's ReferenceList is most of a record's bytes and none of its fields."""
    opening = re.compile("<(" + "|".join(re.escape(tag) for tag in tags) + r")[\s>]")
    skipped = re.compile(rf"<{skip}[\s>].*?</{skip}>", re.DOTALL) if skip else None
    line, position = first_line, 0
    start = opening.search(text)
    while start is not None:
        line += text.count("\n", position, start.start())
        closing = f"</{start.group(1)}>"
        end = text.find(closing, start.end())
        following = opening.search(text, start.end())
        if end < 0 or (following is not None and following.start() < end):
            where = "the file ends inside a record" if end < 0 else "a record is never closed"
            raise BrokenFile(label, line, f"not well-formed XML ({where})")
        end += len(closing)
        written = text[start.start() : end]
        parsed = skipped.sub("", written) if skipped is not None and f"<{skip}" in written else written
        yield line, written, parse_record(parsed, label, line)
        line += written.count("\n")
        position, start = end, following
    if position and root and f"</{root}>" not in text[position:]:
        rest = text[position:]
        raise BrokenFile(label, line + rest.count("\n"), f"not well-formed XML (the file ends before </{root}>)")


def parse_record(record: str, label: str = "<input>", line: int = 1) -> Element:
    """One record's XML → its element tree; BrokenFile (with the line) when it is not XML."""
    if _DECLARATION.search(record):
        raise BrokenFile(label, line, "refused: a record declares a DTD or entities")
    try:
        return etree.fromstring(record.encode("utf-8"), _PARSER)
    except etree.XMLSyntaxError as error:
        row = error.position[0] if error.position else 1
        reason = (error.msg or "syntax error").split(",")[0]
        raise BrokenFile(label, line + max(row, 1) - 1, f"not well-formed XML ({reason})") from None


def text_of(element: Element | None) -> str | None:
    """The text of an element and everything inside it (<i>, <sup>…), whitespace collapsed."""
    if element is None:
        return None
    raw = element.text if len(element) == 0 else "".join(element.itertext())
    text = " ".join(raw.split()) if raw else ""
    return text or None


def leaves(element: Element, whole: frozenset[str] = frozenset(), path: str = "") -> Iterator[tuple[str, str]]:
    """(path, text) for every element that holds text: a record as written, field by field, for
    showing what the model does not take. A leaf's attributes are part of its name
    ('ArticleId[@IdType=doi]'); an inner element's attributes are a field of their own. Elements
    in ``whole`` are read as one value, with the text of their markup (a title with <i>)."""
    for child in element:
        name = f"{path}/{child.tag}" if path else child.tag
        attributes = "[" + " ".join(f"@{k}={v}" for k, v in sorted(child.attrib.items())) + "]" if child.attrib else ""
        if child.tag in whole or len(child) == 0:
            text = text_of(child)
            if text is not None or attributes:
                yield name + attributes, text or ""
            continue
        if attributes:
            yield name + attributes, ""
        own = (child.text or "").strip()
        if own:
            yield name, own
        yield from leaves(child, whole, name)
