"""Nature's layout, read by rule: 'Aceto, N. et al. Circulating … metastasis. Cell 158, 1110–1122 (2014).'; and its
code and data deposits: 'Madsen, J. et al. jacobjma/abTEM: 1.0.0beta23. Zenodo https://doi.org/10.5281/zenodo.5075527
(2021).', 'Vaughan, A. et al. … (source code, sample data and trained models). GitHub https://github.com/… (2024).'"""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile
from citekit.model import Author, Reference
from citekit.parsing.authors import split_authors
from citekit.parsing.data_repositories import REPOSITORY_BY_DOI_PREFIX, repository_holds
from citekit.parsing.identifiers import Identifiers, eprint_variables, find_identifiers, identifier_fields
from citekit.parsing.rules import title_and_source

_NAME = r"[^\W\d][^,&.]*?,\s(?:[^\W\d_]\.(?:[\s-]?[^\W\d_]\.)*)"
_AUTHORS = lazy_compile(rf"^(?P<authors>{_NAME}(?:(?:,\s|\s&\s|,\s&\s){_NAME})*(?:\set\sal\.)?)\s+(?P<rest>.+)$")
_SOURCE = lazy_compile(
    r"(?P<journal>[^.?!]+?(?:\.[^.?!\s][^.?!]*?)*)\s(?P<volume>[^\s,]*\d[^\s,]*),\s(?P<pages>[^\s(,]+),?\s"
    r"\((?P<year>1[5-9]\d\d|20\d\d)\)\.?$"
)
# A deposit's source: the repository or code host, its link or DOI, the year (the title before it and its stop).
_DEPOSIT = lazy_compile(
    r"(?P<title>\S.{0,400}?)\.\s+(?P<repository>Zenodo|(?i:figshare)|Dryad|GitHub|GitLab|Bitbucket|Code Ocean)\s+"
    r"(?:https?://|doi:\s?)\S{4,300}?\.?\s+\((?P<year>1[5-9]\d\d|20\d\d)\)\.?"
)
# A deposit cited by its DOI alone, the repository's name unprinted: 'Byrdland, P. Peter50/StainTools patch release for
# DOI. https://doi.org/10.5281/zenodo.3031700 (2019).' The DOI's prefix names the repository (DataCite's).
_DEPOSIT_BY_DOI = lazy_compile(
    r"(?P<title>\S.{0,400}?)\.\s+(?:https?://(?:dx\.)?doi\.org/|doi:\s?)(?P<prefix>10\.(?:5281|6084|5061))/\S{3,200}?\.?"
    r"\s+\((?P<year>1[5-9]\d\d|20\d\d)\)\.?"
)
# A release's title, 'owner/repository: v1.0': software deposited from a code host.
_RELEASE_TITLE = lazy_compile(r"[\w.-]+/[\w.-]+:\s")
_QUOTES = {'""', "“”", "„“", "«»", "‘’", "''"}
_TRAILER = lazy_compile(r"(?:\.|(?<!\s))\s++(?:doi:|https?://).*$", re.IGNORECASE)


# A copy of PubMed Central's page glues the journal's last word to the volume (bold on the page): 'Lancet Digit.
# Health4, e466–e476 (2022).', 'Telemed J E Health27, 218–226 (2021).' (a full stop keeps them apart: 'Dermatol.87,
# …'). Only right before Nature's pages and year, where no title's word ('Notch1, Wnt3a') stands.
_VOLUME_GLUED = lazy_compile(
    r"(?<=[a-z])(?=\d{1,4},\s[A-Za-z]?\d{1,7}(?:[–-][A-Za-z]?\d{1,7})?,?\s\((?:1[5-9]|20)\d\d\)(?:\.|\s|$))"
)


def volume_set_apart(text: str) -> str:
    """'… Lancet Digit. Health4, e466–e476 (2022).' → '… Lancet Digit. Health 4, e466–e476 (2022).'"""
    return _VOLUME_GLUED.sub(" ", text) if "(" in text else text


# A word of an abbreviated journal's name ('Sci', 'Natl', 'Acad', 'J'); not a roman numeral ('Part II').
_ABBREVIATED_WORD = lazy_compile(r"(?![IVXLC]+$)[A-Z][a-z]{0,5}")


def _journals_abbreviated_words(title: str, journal: str) -> tuple[str, str]:
    """'… naturalistic stimuli. Sci' + 'Data', '… Proc. Natl Acad. Sci' + 'USA': the journal's abbreviated words
    before its last, each with a stop, taken for the title's last sentences (the source is read after the last
    stop it fits); a sentence of such words alone goes back to the journal."""
    while True:
        head, stop, last = title.rpartition(". ")
        words = last.split()
        if not stop or not 1 <= len(words) <= 3 or not all(_ABBREVIATED_WORD.fullmatch(word) for word in words):
            return title, journal
        title, journal = head, f"{last}. {journal}"


def parse_nature_reference(text: str) -> Reference | None:
    identifiers = find_identifiers(text)
    body = _TRAILER.sub("", text).strip()
    head = _AUTHORS.match(body)
    if head is None:
        return None
    authors, _ = split_authors(head["authors"])
    if not authors or any(author.given is None for author in authors):
        return None
    found = title_and_source(head["rest"], _SOURCE)
    if found is None:
        return _deposit(text, authors, identifiers)
    title, source = found
    title, journal = _journals_abbreviated_words(title, source["journal"].strip())
    if len(title) > 2 and title[0] + title[-1] in _QUOTES:
        title = title[1:-1].strip()  # '"Atomic Layer Epitaxy". Thin Solid Films 216, 84-89, (1992).'
    return Reference(
        authors=authors,
        year=int(source["year"]),
        title=title,
        container_title=journal,
        volume=source["volume"],
        pages=source["pages"].rstrip("."),
        type="article-journal",
        raw=text,
        doi=identifiers.doi,
        pmid=identifiers.pmid,
        pmcid=identifiers.pmcid,
        variables=eprint_variables(identifiers),
    )


def _deposit(text: str, authors: list[Author], identifiers: Identifiers) -> Reference | None:
    """Code or data deposited, as Nature prints it: the repository publishes it; a code host's is software, so is a
    release deposited from one ('jacobjma/abTEM: 1.0.0beta23'); Dryad holds data; else the kind is unsaid."""
    if (head := _AUTHORS.match(" ".join(text.split()))) is None:
        return None
    if (found := _DEPOSIT.fullmatch(head["rest"])) is not None:
        repository = found["repository"]
    elif (found := _DEPOSIT_BY_DOI.fullmatch(head["rest"])) is not None:
        repository = REPOSITORY_BY_DOI_PREFIX[found["prefix"]]
    else:
        return None
    title = found["title"].strip()
    kind = "software" if _RELEASE_TITLE.match(title) else repository_holds(repository) or "document"
    reference = Reference(
        authors=authors, year=int(found["year"]), title=title, type=kind, raw=text, **identifier_fields(identifiers)
    )
    reference.variables["publisher"] = repository
    return reference
