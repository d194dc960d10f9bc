"""Brazil's legislation as ABNT (NBR 6023) prints it, read by rule.

'BRASIL. Lei nº 11.096, de 13 de janeiro de 2005. Institui o Programa Universidade para Todos.
Diário Oficial da União, Brasília, DF, 14 jan. 2005.': the jurisdiction (and the body that issued
it), the act's name with its number and date, what it does (the ementa), then the official gazette
that published it. The learned labeller split the act's name at its number and read the gazette as
a publisher; the layout is regular enough to read whole.
"""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile
from citekit.model import Author, Reference
from citekit.parsing.identifiers import eprint_variables, find_identifiers

_ACT = (
    r"(?:Lei(?:\s+Complementar)?|Decreto(?:-Lei)?|Portaria(?:\s+Normativa)?|Resolução|Medida\s+Provisória"
    r"|Emenda\s+Constitucional|Instrução\s+Normativa)"
)
_LAW = lazy_compile(
    r"^(?P<jurisdiction>BRASIL|Brasil|[A-ZÀ-Þ][A-ZÀ-Þ ]{2,40}\s\((?:Estado|Município)\))\.\s+"
    r"(?:(?P<body>(?!" + _ACT + r"\b)[A-ZÀ-Þ][^.\d]{2,80})\.\s+)?"
    r"(?P<name>" + _ACT + r"\s+(?:n\.?\s?[º°o]\.?|nº\.?|no\.?|n\.)\s*(?P<number>\d[\d.]*(?:/\d{2,4})?),?\s+"
    r"de\s+\d{1,2}º?\s+de\s+[a-zç]+\s+de\s+(?P<year>1[89]\d\d|20\d\d))\.?\s*(?P<rest>.*)$"
)
# 'Diário Oficial da União, Brasília, DF, 14 jan. 2005', 'Diário Oficial do Estado de São Paulo, …'.
_GAZETTE = lazy_compile(r"(?P<gazette>Diário Oficial(?: d[aoe]s?)?(?: [A-ZÀ-Þ][\wÀ-ÿ]*| d[aoe]s?)*).*$")
_IMPRINT = lazy_compile(
    r"(?P<place>[A-ZÀ-Þ][\wÀ-ÿ ]+(?:,\s*[A-Z]{2})?)(?::\s*(?P<publisher>[^.,]+))?,\s*(?:1[89]|20)\d\d[a-z]?"
)
_MEDIUM = lazy_compile(r"\s*\[(?:internet|online|on-line)\]", re.IGNORECASE)
_LINK = lazy_compile(r"\s*Dispon[ií]vel\s+em:?.*$", re.IGNORECASE)


def legislation_record(text: str, title: str, number: str, authors: list[Author], year: int | None) -> Reference:
    """An act as CSL's legislation, with the links and identifiers its reference prints (Brazil's, the EU's)."""
    identifiers = find_identifiers(text)
    return Reference(
        authors=authors,
        year=year,
        title=title,
        type="legislation",
        raw=text,
        url=identifiers.url,
        doi=identifiers.doi,
        variables={"number": number, **eprint_variables(identifiers)},
    )


def parse_brazilian_law(text: str) -> Reference | None:
    """'BRASIL. Decreto nº 6.096, de 24 de abril de 2007. …' or None when the string is anything else."""
    found = _LAW.match(text.strip())
    if found is None:
        return None
    rest = _LINK.sub("", found["rest"]).strip()
    ementa, gazette = rest, None
    if (published := _GAZETTE.search(rest)) is not None:
        ementa, gazette = rest[: published.start()], published["gazette"].strip()
    ementa = _MEDIUM.sub("", ementa)
    sentences = [sentence for sentence in re.split(r"(?<=[a-zà-ÿ)\d”\"’])\.\s+", ementa.strip(" .,;")) if sentence]
    imprint = None
    while sentences and (printed := _IMPRINT.fullmatch(sentences[-1].strip(" ."))) is not None:
        sentences.pop()  # 'Brasília, DF: Presidência da República, 2015': where it was printed, no part of it
        imprint = imprint or printed
    ementa = ". ".join(sentences).strip(" .,;")
    author = found["jurisdiction"] + (f". {found['body'].strip()}" if found["body"] else "")
    reference = legislation_record(
        text, found["name"] + (f". {ementa}" if ementa else ""), found["number"], [Author(author)], int(found["year"])
    )
    reference.container_title = gazette
    if imprint is not None:
        reference.variables["publisher-place"] = imprint["place"].strip()
        if imprint["publisher"]:
            reference.variables["publisher"] = imprint["publisher"].strip()
    return reference
