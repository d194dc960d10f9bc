"""XML export files (PubMed XML, EndNote XML) read a record at a time with defusedxml, which
refuses the entity tricks (billion laughs, external entities) that a hostile file could hold."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from citekit.formats.reading import BrokenFile


def xml_records(text: str, tags: tuple[str, ...], label: str, first_line: int = 1) -> Iterator[tuple[int, Element]]:
    """(line, element) for each element named in ``tags`` (not nested in another), in file order.
    A file that is not well-formed XML stops the import: its records cannot be trusted."""
    starts = _start_lines(text, tags, first_line)
    depth = 0
    index = 0
    data = io.BytesIO(text.encode("utf-8"))
    try:
        for event, element in iterparse(data, events=("start", "end"), forbid_dtd=False):
            if element.tag not in tags:
                continue
            if event == "start":
                depth += 1
                continue
            depth -= 1
            if depth:
                continue
            line = starts[index] if index < len(starts) else first_line
            index += 1
            yield line, element
            element.clear()
    except ParseError as error:
        line, _column = getattr(error, "position", (None, None))
        reason = str(error).split(":")[0]
        raise BrokenFile(
            label, (line or 0) + first_line - 1 if line else None, f"not well-formed XML ({reason})"
        ) from None
    except DefusedXmlException as error:
        raise BrokenFile(label, None, f"refused: the XML declares entities ({type(error).__name__})") from None


def _start_lines(text: str, tags: tuple[str, ...], first_line: int) -> list[int]:
    pattern = re.compile("<(?:" + "|".join(re.escape(tag) for tag in tags) + r")[\s>/]")
    lines = []
    line, position = first_line, 0
    for match in pattern.finditer(text):
        line += text.count("\n", position, match.start())
        position = match.start()
        lines.append(line)
    return lines


def text_of(element: Element | None) -> str | None:
    """The text of an element and everything inside it (<i>, <sup>…), whitespace collapsed."""
    if element is None:
        return None
    text = " ".join("".join(element.itertext()).split())
    return text or None


def leaves(element: Element, whole: frozenset[str] = frozenset(), path: str = "") -> Iterator[tuple[str, str]]:
    """(path, text) for every element that holds text: the record as written, field by field, for
    what the model does not take. A leaf's attributes are part of its name ('ArticleId[@IdType=doi]');
    an inner element's attributes are a field of their own ('Article[@PubModel=Print]', empty).
    Elements in ``whole`` are read as one value, with the text of their markup (a title with <i>)."""
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
