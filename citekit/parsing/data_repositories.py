"""A data repository's own citation of what it holds, as its 'Cite' box gives it and READMEs and papers paste it.

Zenodo: 'Simon Kern, Yunzhe Liu, & Lennart Wittkuhn. (2025). skjerns/TDLM-Python: v0.4 implement signflip
permutation test (v0.4). Zenodo. https://doi.org/10.5281/zenodo.14501157'; figshare: 'Yadav, Pranay; Henson, Rik
(2022): Face processing fMRI data for Dynamic Causal Modelling. figshare. Dataset. https://doi.org/10.6084/…';
Dryad: 'Pearson, Dean E. et al. (2020), Data from: Are exotic plants more abundant …?, v3, Dryad, Dataset,
https://doi.org/10.5061/dryad.r7v91'; Dataverse: 'Leka, K. D.; Park, Sung-Hong, 2019, "A Comparison of Flare
Forecasting Methods II: Data and Supporting Code", https://doi.org/10.7910/DVN/HYP74O, Harvard Dataverse, V1,
UNF:6:yz1noMojlzL7SZM+9flXhQ== [fileUNF]'; Mendeley Data: 'Rashid, Ahlam (2020), “Diabetes Dataset”, Mendeley Data,
V1, doi: 10.17632/wj9rwkp9c2.1'.

The labeller, which saw none, read the repository and the kind of work into the title, or as a journal or a place,
and cut titles at a version's stop ('skjerns/TDLM-Python: v0'). Each repository prints the names, the year and the
title, then its own name (the publisher), the kind of work, the version and the identifier, in an order of its
own: read here when every part fits, else left to the labeller. (APA's '[Data set]' after the title is
described_works'.)
"""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile
from citekit.model import Author, Reference
from citekit.parsing.authors import is_organisation, split_authors
from citekit.parsing.identifiers import find_identifiers, identifier_fields

# The repositories, as they print their names; a Dataverse goes by its host's name ('Harvard Dataverse'; only names
# ending in 'Dataverse').
_REPOSITORY = lazy_compile(
    r"(?<![\w./-])(?P<name>Zenodo|(?i:figshare)|Dryad(?: Digital Repository)?|Mendeley Data|PANGAEA|Code Ocean"
    r"|(?:[A-Z][\w&'’-]*\s){1,4}Dataverse)(?![\w/-])"
)
# figshare in the cases printed: 'figshare', 'Figshare', 'FigShare', 'FIGSHARE'
_NAMES = ("Zenodo", "Dryad", "Dataverse", "Mendeley Data", "PANGAEA", "Code Ocean", "igshare", "igShare", "IGSHARE")
# What a repository holds when its citation names no kind (None: anything, so the type is read from a version); code
# hosts, which Nature names for code deposited there.
_HOLDS = {
    "dryad": "dataset",
    "mendeley data": "dataset",
    "pangaea": "dataset",
    "code ocean": "software",
    "github": "software",
    "gitlab": "software",
    "bitbucket": "software",
}
# DataCite's DOI prefixes of the repositories, which name one where a citation prints only its DOI.
REPOSITORY_BY_DOI_PREFIX = {"10.5281": "Zenodo", "10.6084": "figshare", "10.5061": "Dryad"}
# figshare's and Dryad's kinds of item, printed after the repository's name → CSL types.
_KINDS = {
    "dataset": "dataset",
    "software": "software",
    "code": "software",
    "figure": "figure",
    "image": "figure",
    "poster": "speech",
    "presentation": "speech",
    "conference contribution": "speech",
    "preprint": "article",
    "journal contribution": "article",
    "thesis": "thesis",
    "online resource": "webpage",
    "book": "book",
    "chapter": "chapter",
    "report": "report",
    "media": "document",
    "model": "document",
    "collection": "collection",
}
_KIND = lazy_compile(r"(?i:" + "|".join(sorted(_KINDS, key=len, reverse=True)) + r")(?![\w-])")
# A version, as Dataverse, Mendeley Data and Dryad print it after a comma ('V1', 'v3'), or Zenodo in brackets
# after the title ('(v0.4)', '(Version v1.3.1)', '(1.2.0)').
_COMMA_VERSION = lazy_compile(r"[Vv](?P<version>\d+(?:\.\d+)*)")
_BRACKETED_VERSION = lazy_compile(
    r"\s*\((?:(?i:version)\s+(?P<named>[^()\s]{1,20})|(?P<bare>v?\d+(?:\.[\w-]+)+|v\d+))\)\s*$"
)
# What else a repository prints after its name: Dataverse's fingerprint of the data ('UNF:6:…== [fileUNF]'), the
# words that lead to the identifier.
_NOTHING_MORE = lazy_compile(r"(?:[\s.,;]|UNF:\S+|\[fileUNF\]|(?i:doi:?|available (?:at|from):?))*")
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z])?"
# The names, the year and the title: APA's and figshare's '… (2022): Title', '…. (2025). Title', Dryad's and
# Mendeley Data's '… (2020), Title'; Dataverse's '…, 2019, "Title"'.
_BRACKETED_YEAR = lazy_compile(rf"(?P<names>[^()]+?)\.?\s*\({_YEAR}(?:,[^()]{{1,20}})?\)\s*[.:,]?\s+(?P<title>\S.*)")
_VERSION_INSIDE = lazy_compile(r"\((?:(?i:version)\s+[^()\s]{1,20}|v\d+(?:\.[\w-]+)*)\)\.\s")
_COMMA_YEAR = lazy_compile(rf"(?P<names>[^()\"“”]+?),\s+{_YEAR},\s+(?P<title>\S.*)")
_EMPTIED_BRACKETS = lazy_compile(r"\[\s*\]|<\s*>|\(\s*\)")  # '[https://…]' with its link taken out
_NAME_MARKS = lazy_compile(r"[,;&]")
_PART_END = lazy_compile(r"[,;]|\.(?=\s|$)")
_QUOTES = "\"“”'‘’"


def parse_repository_citation(text: str) -> Reference | None:
    """A work in a data repository, cited as the repository prints it (the module's docstring)."""
    # Asked of every reference: the names' plain test first (the pattern's search cost 16 µs a reference).
    if not any(name in text for name in _NAMES):
        return None
    text = " ".join(text.split())  # a line broken where it was copied
    if not (mentions := list(_REPOSITORY.finditer(text))):
        return None
    repository = mentions[-1]
    identifiers = find_identifiers(text)
    after = text[repository.end() :]
    for start, end in sorted(identifiers.spans, reverse=True):
        if start >= repository.end():
            start, end = start - repository.end(), end - repository.end()
            after = after[:start] + " " + after[end:]
    # After the name: the kind of work, a version, the identifier, in any order; nothing else.
    kind = version = None
    for part in _PART_END.split(after):
        part = part.strip()
        if _NOTHING_MORE.fullmatch(part):
            continue
        if kind is None and _KIND.fullmatch(part):
            kind = part.lower()
        elif version is None and (found := _COMMA_VERSION.fullmatch(part)) is not None:
            version = found["version"]
        else:
            return None
    before = text[: repository.start()]
    for start, end in sorted(identifiers.spans, reverse=True):
        if end <= repository.start():
            before = before[:start] + before[end:]  # Dataverse's identifier before the name
    before = _EMPTIED_BRACKETS.sub("", before).rstrip(" .,;:")
    if before.endswith((",", " ")) or not before:
        return None
    # Dryad's ', v3', or Zenodo's '(v0.4)' after the title.
    head, _, last = before.rpartition(",")
    if head and (found := _COMMA_VERSION.fullmatch(last.strip())) is not None and version is None:
        version, before = found["version"], head.rstrip(" ,")
    elif (found := _BRACKETED_VERSION.search(before)) is not None and version is None:
        version, before = found["named"] or found["bare"], before[: found.start()].rstrip(" .,")
    layout = _BRACKETED_YEAR.fullmatch(before) or _COMMA_YEAR.fullmatch(before)
    if layout is None:
        return None
    title = layout["title"].strip().rstrip(" .,")
    if _VERSION_INSIDE.search(title):
        return None  # '… 2026 (v2.2.3). Open-source multipolar crisis simulation …. Chokmah LLC.': more than a title
    if len(title) > 1 and title[0] in _QUOTES and title[-1] in _QUOTES:
        title = title[1:-1].strip().rstrip(",")
    names_text = layout["names"].strip()
    # Dataverse names people 'Family, Given': a name with no comma, of many words, is a body's.
    if is_organisation(names_text) or not _NAME_MARKS.search(names_text) and names_text.count(" ") >= 3:
        names = [Author(family=names_text)]
    else:
        names, _ = split_authors(names_text)
    if not names or not title or title.count('"') % 2:  # a quote left open: the title not where it seemed
        return None
    name = repository["name"]
    reference = Reference(authors=names, title=title, year=int(layout["year"]), **identifier_fields(identifiers))
    reference.year_suffix = layout["suffix"]
    reference.variables["publisher"] = name
    if version:
        reference.variables["version"] = version
    reference.type = _KINDS[kind] if kind else repository_holds(name) or ("software" if version else "document")
    if kind and _KINDS[kind] == "document":
        reference.variables["genre"] = kind.capitalize()
    return reference


def repository_holds(name: str) -> str | None:
    """The CSL type of what a repository or code host holds, where it holds one kind only (None: any kind)."""
    return "dataset" if name.endswith("Dataverse") else _HOLDS.get(name.lower())
