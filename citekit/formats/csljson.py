"""CSL-JSON: the input of citeproc processors (Pandoc, Zotero, citeproc-js, citeproc-py).

citekit's model uses CSL's own vocabulary, so writing is mostly a copy; what CSL has no variable
for (MeSH headings, file links, the printed text) goes under "custom", as the CSL-JSON schema
allows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from citekit.formats import values
from citekit.formats.reading import BadRecord, BrokenFile, RecordReader
from citekit.identifiers import clean_doi, clean_pmcid, clean_pmid, clean_url
from citekit.model import (
    ATTRIBUTES,
    CSL_TYPES,
    NAME_ROLES,
    VARIABLES,
    Author,
    Original,
    Reference,
    Relation,
    dotted_initials,
)

FORMAT = "csljson"
TITLE_VARIABLES = ("title", "container-title", "collection-title", "title-short", "original-title", "volume-title")
_WORD = re.compile(r"(\S+)")
_EDGE = "()[]{}“”‘’\"'«».,;:?!"
_GREEK = re.compile(r"[\u0370-\u03ff]")


def _name(author: Author) -> dict[str, str]:
    if author.given is None:
        return {"literal": author.family}
    name = {"family": author.family, "given": dotted_initials(author.given)}
    if author.suffix:
        name["suffix"] = author.suffix
    return name


def _escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _case_matters(word: str, first: bool) -> bool:
    """A word a title-case style must not touch: acronyms, genes (TGF-β1, miR-21), mixed case."""
    core = word.strip(_EDGE)
    letters = [ch for ch in core if ch.isalpha()]
    if not letters:
        return False
    inner_capitals = any(ch.isupper() for ch in core[1:])
    lower_start_with_more = core[:1].islower() and any(ch.isupper() or ch.isdigit() for ch in core)
    return (
        inner_capitals
        or lower_start_with_more
        or bool(_GREEK.search(core))
        or (first and core.isupper() and len(core) > 1)
    )


def nocase(title: str) -> str:
    """'TGF-β1 and miR-21 in cancer' → '<span class="nocase">TGF-β1</span> and <span
    class="nocase">miR-21</span> in cancer' (CSL-JSON's rich text: the rest is HTML-escaped)."""
    pieces = []
    for index, token in enumerate(_WORD.split(title)):
        if not token or token.isspace() or not _WORD.fullmatch(token):
            pieces.append(_escape_html(token))
            continue
        if _case_matters(token, first=index == 1):
            lead = token[: len(token) - len(token.lstrip(_EDGE))]
            trail = token[len(token.rstrip(_EDGE)) :]
            core = token[len(lead) : len(token) - len(trail)]
            pieces.append(f'{_escape_html(lead)}<span class="nocase">{_escape_html(core)}</span>{_escape_html(trail)}')
        else:
            pieces.append(_escape_html(token))
    return "".join(pieces)


def _date_parts(iso: str) -> list[int] | None:
    """'2012-05-03' → [2012, 5, 3]; '-0043-03-15' → [-43, 3, 15] (a year BC, as EDTF writes it)."""
    negative = iso.startswith("-")
    parts = []
    for piece in iso.lstrip("-").split("-")[:3]:
        if not piece.isdigit():
            break
        parts.append(int(piece))
    if parts and negative:
        parts[0] = -parts[0]
    return parts or None


def _issued(reference: Reference) -> dict[str, Any] | None:
    if reference.year is None:
        return {"literal": reference.date_literal} if reference.date_literal else None
    start = [reference.year]
    if reference.month:
        start.append(reference.month)
        if reference.day:
            start.append(reference.day)
    parts = [start]
    end = _date_parts(reference.date_end) if reference.date_end else None
    if end:
        parts.append(end)
    issued: dict[str, Any] = {"date-parts": parts}
    if reference.date_literal:
        issued["raw"] = reference.date_literal
    return issued


def reference_to_csl(reference: Reference, tags: list[str] | None = None) -> dict[str, object]:
    item: dict[str, object] = {"id": reference.key or "", "type": reference.type or "document"}
    for role in NAME_ROLES:
        people = reference.role(role)
        if people:
            item[role] = [_name(person) for person in people]
    issued = _issued(reference)
    if issued:
        item["issued"] = issued
    if reference.accessed:
        parts = _date_parts(reference.accessed)
        item["accessed"] = {"date-parts": [parts]} if parts else {"literal": reference.accessed}
    for variable in [*ATTRIBUTES, *sorted(reference.variables)]:
        value = reference.variable(variable)
        if value:
            item[variable] = nocase(value) if variable in TITLE_VARIABLES else value
    if reference.keywords:
        item["keyword"] = ", ".join(reference.keywords)
    custom: dict[str, object] = {}
    for name in ("mesh", "files", "links", "publication_types"):
        found = getattr(reference, name)
        if found:
            custom[name] = list(found)
    if any("," in keyword for keyword in reference.keywords):
        custom["keywords"] = list(reference.keywords)  # 'keyword' is split at commas
    if reference.relations:
        custom["relations"] = [relation.to_storage() for relation in reference.relations]
    if tags:
        custom["tags"] = list(tags)
    if custom:
        item["custom"] = custom
    return item


def write_csljson(records: Iterable[tuple[Reference, list[str]]]) -> str:
    return "".join(csljson_chunks(records))


def csljson_chunks(records: Iterable[tuple[Reference, list[str]]]) -> Iterator[str]:
    """A JSON array, an item at a time (laid out as json.dumps(items, indent=2) would)."""
    yield "["
    separator = "\n"
    for reference, tags in records:
        item = json.dumps(reference_to_csl(reference, tags), ensure_ascii=False, indent=2)
        yield separator + "\n".join("  " + line for line in item.splitlines())
        separator = ",\n"
    yield "\n]\n" if separator == ",\n" else "]\n"


# ----------------------------------------------------------------------------- reading

# Item keys that are not CSL variables but that citekit writes (or Zotero and BBT write).
_STRUCTURE = frozenset({"id", "type", "issued", "accessed", "keyword", "custom", "citation-key", *NAME_ROLES})
_RICH_TEXT = re.compile(r"</?(?:i|b|sup|sub|sc|span)(?:\s[^>]*)?>", re.IGNORECASE)


def looks_like_csljson(text: str) -> bool:
    head = text[:4000].lstrip("\ufeff \t\r\n")
    return head[:1] in ("[", "{") and bool(re.search(r'"(?:type|id|title|author|issued)"\s*:', head))


def looks_like_cslyaml(text: str) -> bool:
    """Pandoc's YAML bibliography (a 'references' list, in a --- block or not) or a bare list of items."""
    head = text[:4000].lstrip("\ufeff")
    if re.search(r"^references:\s*$", head, re.MULTILINE):
        return True
    return bool(re.match(r"(?:---\s*\n)?- (?:id|type|title|author|issued):", head))


def plain_text(value: str) -> str:
    """CSL's rich text ('<i>E. coli</i>', '<span class="nocase">TGF</span>', '&amp;') as plain text."""
    if "<" not in value and "&" not in value:
        return value
    text = _RICH_TEXT.sub("", value)
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&#39;", "'")
        .replace("&amp;", "&")
    )


def _person(name: object) -> Author | None:
    from citekit.formats.bibtex import compact_initials

    if isinstance(name, str):
        return Author(name) if name.strip() else None
    if not isinstance(name, dict):
        raise BadRecord(f"a name is {type(name).__name__}, not an object")
    literal = name.get("literal")
    family = " ".join(
        str(name[key]) for key in ("dropping-particle", "non-dropping-particle", "family") if name.get(key)
    )
    given = str(name.get("given") or "").strip()
    if not family:
        family, given = str(literal or given), ""
    if not family.strip():
        return None
    suffix = str(name.get("suffix") or "").strip() or None
    return Author(family.strip(), compact_initials(given) if given else None, suffix)


def _date(value: object) -> values.DateParts:
    """CSL dates: {"date-parts": [[2019, 5, 1], [2019, 6]]}, {"literal": …}, {"raw": …}, an EDTF
    string, a YAML date, or the older YAML list [{year: 2019, month: 5}]."""
    import datetime

    if isinstance(value, datetime.date):
        return values.DateParts(value.year, value.month, value.day)
    if isinstance(value, str):
        return values.date(value.replace("/", "/"))
    if isinstance(value, list) and value and isinstance(value[0], dict):
        value = {"date-parts": [[part.get(k) for k in ("year", "month", "day") if part.get(k)] for part in value]}
    if not isinstance(value, dict):
        raise BadRecord(f"a date is {type(value).__name__}, not an object")
    parts = value.get("date-parts")
    literal = value.get("literal") or value.get("raw")
    if (
        isinstance(parts, list)
        and parts
        and isinstance(parts[0], list)
        and parts[0]
        and str(parts[0][0]).lstrip("-").isdigit()
    ):
        start = [int(str(part)) for part in parts[0][:3] if str(part).lstrip("-").isdigit()]
        month, day = (start + [None, None])[1:3]
        date = values.DateParts(
            start[0], month if month and 1 <= month <= 12 else None, day if month and day and 1 <= day <= 31 else None
        )
        if len(parts) > 1 and isinstance(parts[1], list) and parts[1]:
            end = [int(str(part)) for part in parts[1][:3] if str(part).lstrip("-").isdigit()]
            if end:
                year = f"-{abs(end[0]):04d}" if end[0] < 0 else f"{end[0]:04d}"
                date.end = "-".join([year, *(f"{part:02d}" for part in end[1:])])
        if literal:
            date.literal = str(literal)
        elif value.get("season"):
            date.literal = f"{value['season']} {start[0]}"
        return date
    if literal:
        return values.date(str(literal)) if value.get("raw") else values.DateParts(literal=str(literal))
    return values.DateParts()


def _iso(date: values.DateParts) -> str | None:
    return date.iso() if date.year is not None else date.literal


_MARKDOWN = (
    (re.compile(r"\[([^\]]*)\]\{\.[\w-]+\}"), r"\1"),  # [TGF]{.nocase}, [Rome]{.smallcaps}
    (re.compile(r"\*\*(.+?)\*\*"), r"\1"),
    (re.compile(r"(?<![\w*\\])\*(?!\s)(.+?)(?<![\s\\])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\\)~([^~\s]+)~"), r"\1"),  # subscript: H~2~O
    (re.compile(r"(?<!\\)\^([^^\s]+)\^"), r"\1"),  # superscript: 10^6^
    (re.compile(r"\\([*_~^\[\]\\`])"), r"\1"),  # escaped characters
)


def markdown_plain(value: str) -> str:
    """Pandoc's Markdown in CSL-YAML titles ('**Huaynaputina**', '(g~1~)') as plain text."""
    if not any(ch in value for ch in "*~^[\\"):
        return plain_text(value)
    for pattern, replacement in _MARKDOWN:
        value = pattern.sub(replacement, value)
    return plain_text(value)


def item_to_reference(item: object, markdown: bool = False) -> Reference:
    """One CSL item → a record; every key of the item is also kept as written (JSON for non-text)."""
    if not isinstance(item, dict):
        raise BadRecord(f"an item is {type(item).__name__}, not an object")
    csl_type = str(item.get("type") or "")
    fields = [
        (str(key), value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str))
        for key, value in item.items()
    ]
    reference = Reference(
        type=csl_type if csl_type in CSL_TYPES else "document", original=Original(FORMAT, csl_type, fields)
    )
    reference.key = _key(item)
    for role in NAME_ROLES:
        people = item.get(role)
        if people is None:
            continue
        if not isinstance(people, list):
            people = [people]
        reference.set_role(role, [person for person in (_person(name) for name in people) if person is not None])
    if "issued" in item:
        _date(item["issued"]).apply(reference)
    if "accessed" in item:
        reference.accessed = _iso(_date(item["accessed"]))
    for variable, value in item.items():
        if variable in _STRUCTURE or not (variable in ATTRIBUTES or variable in VARIABLES):
            continue
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise BadRecord(f"{variable} is {type(value).__name__}, not text")
        if variable in TITLE_VARIABLES:
            value = markdown_plain(value) if markdown else plain_text(value)
        text = value
        reference.set_variable(variable, text if text.strip() else None)
    reference.doi = clean_doi(reference.doi)
    reference.pmid = clean_pmid(reference.pmid)
    reference.pmcid = clean_pmcid(reference.pmcid)
    reference.url = clean_url(reference.url)
    keyword = item.get("keyword")
    if isinstance(keyword, str):
        reference.keywords = list(dict.fromkeys(k.strip() for k in re.split(r"[,;]\s*", keyword) if k.strip()))
    custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
    for name in ("mesh", "files", "links", "publication_types"):
        if isinstance(custom.get(name), list):
            setattr(reference, name, [str(value) for value in custom[name]])
    for relation in custom.get("relations", ()) if isinstance(custom.get("relations"), list) else ():
        if isinstance(relation, dict) and relation.get("type"):
            reference.relations.append(Relation.from_storage({k: str(v) for k, v in relation.items()}))
    if isinstance(custom.get("keywords"), list):
        reference.keywords = [str(keyword) for keyword in custom["keywords"]]
    tags = custom.get("tags")
    reference.tags = [str(tag) for tag in tags] if isinstance(tags, list) else list(reference.keywords)
    return reference


_ZOTERO_ID = re.compile(r"://|^\d+/[A-Z0-9]{8}$")


def _key(item: dict) -> str | None:
    """The citation key: BBT's citation-key, or the id when it is one (Zotero's ids are item URIs,
    'http://zotero.org/users/1/items/ABCD', and citekit makes a key instead)."""
    from citekit.formats.bibtex import key_problem

    for name in ("citation-key", "id"):
        value = item.get(name)
        if isinstance(value, (str, int)) and str(value).strip():
            key = str(value).strip()
            if name == "citation-key" or not (key_problem(key) or _ZOTERO_ID.search(key)):
                return key
    return None


def _line_of(text: str, offset: int, cache: list[int]) -> int:
    """Line of an offset, counting on from the last one asked (offsets only grow)."""
    position, line = cache
    line += text.count("\n", position, offset)
    cache[:] = [offset, line]
    return line


class CslJsonReader(RecordReader):
    """A CSL-JSON array (or one item), decoded an item at a time so that each has its line."""

    format = FORMAT
    label = "CSL item"

    def __init__(self, text: str, first_line: int = 1, source: str = "<input>") -> None:
        super().__init__(text.lstrip("\ufeff"), first_line, source)

    def raw_records(self) -> Iterator[tuple[int, object]]:
        decoder = json.JSONDecoder()
        text = self.text
        cache = [0, self.first_line]
        index = len(text) - len(text.lstrip())
        try:
            if text[index : index + 1] == "{":
                item, end = decoder.raw_decode(text, index)
                if text[end:].strip():
                    raise json.JSONDecodeError("Extra data", text, end + len(text[end:]) - len(text[end:].lstrip()))
                yield _line_of(text, index, cache), item
                return
            if text[index : index + 1] != "[":
                raise json.JSONDecodeError("Expecting '[' or '{'", text, index)
            index += 1
            expect_item = True
            while True:
                index = _skip_space(text, index)
                if index >= len(text):
                    raise json.JSONDecodeError("Expecting ']'", text, index)
                if text[index] == "]":
                    if text[index + 1 :].strip():
                        raise json.JSONDecodeError("Extra data", text, index + 1)
                    return
                if not expect_item:
                    if text[index] != ",":
                        raise json.JSONDecodeError("Expecting ',' delimiter", text, index)
                    index = _skip_space(text, index + 1)
                item, end = decoder.raw_decode(text, index)
                yield _line_of(text, index, cache), item
                index, expect_item = end, False
        except json.JSONDecodeError as error:
            raise BrokenFile(self.source, error.lineno + self.first_line - 1, f"not valid JSON ({error.msg})") from None

    def to_reference(self, raw: object, line: int) -> Reference:
        return item_to_reference(raw)


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index] in " \t\r\n":
        index += 1
    return index


class CslYamlReader(RecordReader):
    """CSL-YAML: Pandoc's 'references:' list (in a YAML block of a Markdown file or on its own)."""

    format = FORMAT
    label = "CSL item"

    def __init__(self, text: str, first_line: int = 1, source: str = "<input>") -> None:
        super().__init__(text.lstrip("\ufeff"), first_line, source)

    def raw_records(self) -> Iterator[tuple[int, object]]:
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        try:
            documents = [document for document in yaml.load_all(self.text, Loader=loader) if document is not None]
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + self.first_line if mark is not None else None
            reason = getattr(error, "problem", None) or "not valid YAML"
            raise BrokenFile(self.source, line, f"not valid YAML ({reason})") from None
        items: list[object] = []
        for document in documents:
            if isinstance(document, dict) and isinstance(document.get("references"), list):
                items.extend(document["references"])
            elif isinstance(document, list):
                items.extend(document)
            elif isinstance(document, dict) and ("type" in document or "id" in document):
                items.append(document)
        if not items and documents:
            raise BrokenFile(self.source, None, "YAML without a 'references' list of CSL items")
        lines = _item_lines(self.text, self.first_line)
        for index, item in enumerate(items):
            yield (lines[index] if len(lines) == len(items) else self.first_line), item

    def to_reference(self, raw: object, line: int) -> Reference:
        return item_to_reference(raw, markdown=True)


_FIRST_ITEM = re.compile(r"^( *)- ", re.MULTILINE)


def _item_lines(text: str, first_line: int) -> list[int]:
    """The line of each item of the references list: lines that begin '- ' at the list's own
    indentation (an item's authors are a list too, indented further)."""
    head = re.search(r"^references:[ \t]*$", text, re.MULTILINE)
    first = _FIRST_ITEM.search(text, head.end() if head else 0)
    if first is None:
        return []
    item = re.compile(rf"^{first.group(1)}- ")
    start = text.count("\n", 0, first.start())
    return [
        first_line + start + number
        for number, line in enumerate(text[first.start() :].splitlines())
        if item.match(line)
    ]


def unread_fields(reference: Reference) -> list[tuple[str, str]]:
    """Item keys that are neither CSL variables nor what citekit reads (Zotero's 'system_id', …)."""
    original = reference.original
    if original is None:
        return []
    known = _STRUCTURE | set(ATTRIBUTES) | VARIABLES
    return [(name, value) for name, value in original.fields if name not in known]


def carriers(variable: str) -> frozenset[str]:
    return frozenset({variable.lower()})
