"""The search language → SQL for SQLite FTS5.

    exosome neutrophil*        all words must match; * is a prefix
    "pre-metastatic niche"     a phrase
    exosome OR vesicle         either (OR binds the two words beside it)
    -review   NOT review       exclude
    author:thery title:"gap junction" journal:nature
    year:2015  year:2010..2020  year:2018..  year:..2005
    tag:exosomes  has:doi  no:pmid

User text never reaches FTS5 raw: each word becomes a quoted FTS5 string, so TGF-β, IL-17, miR-21,
CD8+, quotes, parentheses and colons are searched as text, not read as FTS5 syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from citekit.errors import QueryError
from citekit.storage.layout import BM25_WEIGHTS, FTS_TABLE
from citekit.textnorm import greek_letter_name, search_fold

# field: → the full-text column it searches (storage.layout.FTS_COLUMNS).
TEXT_FIELDS = {
    "author": "fts_authors",
    "authors": "fts_authors",
    "au": "fts_authors",
    "editor": "fts_editors",
    "editors": "fts_editors",
    "ed": "fts_editors",
    "title": "fts_title",
    "ti": "fts_title",
    "journal": "fts_container",
    "jo": "fts_container",
    "container": "fts_container",
    "book": "fts_container",
    "series": "fts_container",
    "publisher": "fts_publisher",
    "pub": "fts_publisher",
    "place": "fts_publisher",
    "keyword": "fts_keywords",
    "keywords": "fts_keywords",
    "kw": "fts_keywords",
    "mesh": "fts_keywords",
    "abstract": "fts_abstract",
    "ab": "fts_abstract",
}
# has:/no: → where the value lives in the stored record (JSON), or a column.
PRESENCE = {
    "doi": "r.doi IS NOT NULL",
    "pmid": "r.pmid IS NOT NULL",
    "pmcid": "r.pmcid IS NOT NULL",
    "abstract": "json_extract(r.data, '$.abstract') IS NOT NULL",
    "url": "json_extract(r.data, '$.url') IS NOT NULL",
    "pages": "json_extract(r.data, '$.pages') IS NOT NULL",
    "editor": "json_extract(r.data, '$.editors') IS NOT NULL",
    "publisher": "json_extract(r.data, '$.variables.publisher') IS NOT NULL",
    "isbn": "json_extract(r.data, '$.variables.ISBN') IS NOT NULL",
    "issn": "json_extract(r.data, '$.variables.ISSN') IS NOT NULL",
    "keywords": "json_extract(r.data, '$.keywords') IS NOT NULL",
    "files": "json_extract(r.data, '$.files') IS NOT NULL",
    "note": "json_extract(r.data, '$.variables.note') IS NOT NULL",
    "mesh": "json_extract(r.data, '$.mesh') IS NOT NULL",
    "tags": "EXISTS (SELECT 1 FROM reference_tag rt WHERE rt.reference_id = r.id AND rt.removed_at IS NULL)",
    # What `citekit check` last found.
    "retraction": "EXISTS (SELECT 1 FROM update_status s WHERE s.reference_id = r.id "
    "AND s.status IN ('retracted', 'withdrawn', 'partially-retracted'))",
    "correction": "EXISTS (SELECT 1 FROM update_status s WHERE s.reference_id = r.id "
    "AND (s.status = 'corrected' OR s.notices LIKE '%\"kind\": \"correction\"%'))",
    "concern": "EXISTS (SELECT 1 FROM update_status s WHERE s.reference_id = r.id "
    'AND s.notices LIKE \'%"kind": "expression-of-concern"%\')',
}
PRESENCE_ALIASES = {
    "tag": "tags",
    "keyword": "keywords",
    "file": "files",
    "editors": "editor",
    "retracted": "retraction",
    "retractions": "retraction",
    "corrections": "correction",
    "corrected": "correction",
    "expression-of-concern": "concern",
}
# type: takes CSL types, and the names BibTeX and people use for them.
CSL_TYPE_NAMES = frozenset(
    """article article-journal article-magazine article-newspaper bill book broadcast chapter classic
    collection dataset document entry entry-dictionary entry-encyclopedia event figure graphic hearing
    interview legal_case legislation manuscript map motion_picture musical_score pamphlet
    paper-conference patent performance periodical personal_communication post post-weblog regulation
    report review review-book software song speech standard thesis treaty webpage""".split()
)
TYPE_ALIASES = {
    "article": ("article", "article-journal", "article-magazine", "article-newspaper"),
    "journal-article": ("article-journal",),
    "incollection": ("chapter",),
    "inbook": ("chapter",),
    "section": ("chapter",),
    "inproceedings": ("paper-conference",),
    "conference": ("paper-conference",),
    "proceedings-article": ("paper-conference",),
    "phdthesis": ("thesis",),
    "mastersthesis": ("thesis",),
    "dissertation": ("thesis",),
    "techreport": ("report",),
    "online": ("webpage",),
    "web": ("webpage",),
    "website": ("webpage",),
    "misc": ("document",),
    "unpublished": ("manuscript",),
    "preprint": ("article",),
    "encyclopedia": ("entry-encyclopedia",),
    "inreference": ("entry-encyclopedia", "entry-dictionary", "entry"),
}
_BM25 = ", ".join(str(weight) for weight in BM25_WEIGHTS)

_YEAR = re.compile(r"^(\d{4})$")
_YEAR_RANGE = re.compile(r"^(\d{4})?\.\.(\d{4})?$")
_FIELD = re.compile(r"^([A-Za-z]+):(.*)$", re.DOTALL)
_ALNUM = re.compile(r"\w")
_GREEK_END = re.compile(
    r"(?i)(?:^|[^a-z])(?:" + "|".join(sorted({greek_letter_name(chr(code)) for code in range(0x3B1, 0x3CA)})) + r")$"
)


@dataclass(slots=True)
class Term:
    kind: str  # text | year | tag | has | no | key | type
    value: str = ""
    column: str | None = None  # for text: the FTS column, None for all
    prefix: bool = False
    negated: bool = False
    year_from: int | None = None
    year_to: int | None = None


@dataclass(slots=True)
class Query:
    """AND of groups; each group is an OR of terms."""

    groups: list[list[Term]] = field(default_factory=list)

    def tags(self) -> list[str]:
        return [term.value for group in self.groups for term in group if term.kind == "tag"]


def normalise_tag(name: str) -> str:
    """Tags compare without case and with hyphens for spaces: 'Gap junctions' → 'gap-junctions'."""
    return "-".join(name.strip().lower().split())


def _lex(text: str) -> list[tuple[str, bool]]:
    """Split into (token, was_quoted) pairs; a quote may start mid-token (title:"gap junction")."""
    tokens: list[tuple[str, bool]] = []
    index, length = 0, len(text)
    while index < length:
        if text[index].isspace():
            index += 1
            continue
        start = index
        quoted = False
        while index < length and not text[index].isspace():
            if text[index] == '"':
                end = text.find('"', index + 1)
                if end == -1:
                    raise QueryError(f"unbalanced quote in query: {text[start:]}")
                index = end + 1
                quoted = True
            else:
                index += 1
        tokens.append((text[start:index], quoted))
    return tokens


def parse_query(text: str) -> Query:
    query = Query()
    pending_or = False
    negate_next = False
    for token, quoted in _lex(text):
        if not quoted and token == "OR":
            if not query.groups or negate_next:
                raise QueryError("OR needs a term on each side")
            pending_or = True
            continue
        if not quoted and token == "AND":
            continue
        if not quoted and token == "NOT":
            negate_next = True
            continue
        term = _term(token)
        if term is None:
            continue
        term.negated = term.negated or negate_next
        negate_next = False
        if pending_or:
            if term.negated or any(t.negated for t in query.groups[-1]):
                raise QueryError("OR cannot join an excluded term; write the exclusions separately")
            query.groups[-1].append(term)
            pending_or = False
        else:
            query.groups.append([term])
    if pending_or:
        raise QueryError("OR needs a term on each side")
    if not query.groups:
        raise QueryError("empty query: give words to search for, or fields such as tag:exosomes")
    return query


def _term(token: str) -> Term | None:
    negated = False
    if token.startswith("-") and len(token) > 1:
        negated, token = True, token[1:]
    match = _FIELD.match(token)
    if match and not token.startswith('"'):
        name, value = match.group(1).lower(), _unquote(match.group(2))
        term = _field_term(name, value, token)
        if term is not None:
            term.negated = negated
            return term
    prefix = token.endswith("*") and not token.endswith('"*')
    value = _unquote(token[:-1] if prefix else token)
    if token.endswith('"*'):
        prefix, value = True, _unquote(token[:-1])
    if not _ALNUM.search(value):
        return None  # punctuation alone: nothing to search for
    return Term("text", value, prefix=prefix, negated=negated)


def _field_term(name: str, value: str, token: str) -> Term | None:
    if name in TEXT_FIELDS:
        if not _ALNUM.search(value):
            raise QueryError(f"{name}: needs a word to search for")
        prefix = value.endswith("*")
        return Term("text", value.rstrip("*") if prefix else value, column=TEXT_FIELDS[name], prefix=prefix)
    if name == "year":
        return _year_term(value)
    if name == "tag":
        tag = normalise_tag(value)
        if not tag:
            raise QueryError("tag: needs a tag name, e.g. tag:exosomes")
        return Term("tag", tag)
    if name == "key":
        if not value:
            raise QueryError("key: needs a citation key")
        return Term("key", value)
    if name == "type":
        kind = value.lower()
        if kind not in CSL_TYPE_NAMES and kind not in TYPE_ALIASES:
            raise QueryError(f"type: takes a CSL type such as book, chapter, article-journal, thesis (got {value!r})")
        return Term("type", kind)
    if name in ("has", "no"):
        what = value.lower()
        what = PRESENCE_ALIASES.get(what, what)
        if what not in PRESENCE:
            raise QueryError(f"{name}: takes one of {', '.join(sorted(PRESENCE))} (got {value!r})")
        return Term(name, what)
    return None  # not a field citekit knows: search the text as written (e.g. 'Part 7:')


def _year_term(value: str) -> Term:
    single = _YEAR.match(value)
    if single:
        year = int(single.group(1))
        return Term("year", value, year_from=year, year_to=year)
    span = _YEAR_RANGE.match(value)
    if span and (span.group(1) or span.group(2)):
        low = int(span.group(1)) if span.group(1) else None
        high = int(span.group(2)) if span.group(2) else None
        if low is not None and high is not None and low > high:
            raise QueryError(f"bad year range {value}: {low} is after {high}")
        return Term("year", value, year_from=low, year_to=high)
    raise QueryError(f"bad year {value!r}: use year:2015, year:2010..2020, year:2010.. or year:..2020")


def _unquote(text: str) -> str:
    return text.replace('"', " ").strip() if '"' in text else text


def fts_string(term: Term) -> str:
    """A term as an FTS5 expression in which the user's text is only ever a quoted string."""
    folded = search_fold(term.value)
    literal = '"' + folded.replace('"', '""') + '"'
    # 'TGF-β' should find 'TGF-β1': a term ending in a Greek letter is a prefix of isoform names.
    if term.prefix or _GREEK_END.search(folded):
        literal += "*"
    if term.column:
        literal = f"{term.column} : {literal}"
    return literal


@dataclass(slots=True)
class CompiledQuery:
    sql: str
    params: list[object]
    ranked: bool


# A tag on fewer records than this is searched from its own rows (sorting few rows is instant);
# a larger one by walking the (year, key) index and stopping at the limit.
SMALL_TAG = 5000


def compile_query(query: Query, limit: int | None = None, tag_sizes: dict[str, int] | None = None) -> CompiledQuery:
    """SQL returning (id, score) of matching records, best first.

    ``tag_sizes`` (records per tag) lets a tag filter pick the cheaper of its two plans.
    """
    match_parts: list[str] = []  # ANDed into the one MATCH that ranks the results
    excluded_text: list[str] = []
    conditions: list[str] = []
    params: list[object] = []
    for group in query.groups:
        if all(t.kind == "text" and not t.negated for t in group):
            match_parts.append("(" + " OR ".join(fts_string(t) for t in group) + ")")
        elif len(group) == 1 and group[0].kind == "text":
            excluded_text.append(fts_string(group[0]))
        else:
            pieces = []
            for term in group:
                sql, term_params = _condition(term, small_tag=len(group) == 1 and _is_small(term, tag_sizes))
                pieces.append(f"NOT coalesce(({sql}), 0)" if term.negated else f"({sql})")
                params.extend(term_params)
            conditions.append("(" + " OR ".join(pieces) + ")")
    limit_sql = " LIMIT ?" if limit is not None else ""
    limit_params: list[object] = [limit] if limit is not None else []
    if match_parts:
        expression = " AND ".join(match_parts) + "".join(f" NOT {text}" for text in excluded_text)
        score = f"bm25({FTS_TABLE}, {_BM25})"
        if not conditions:
            # Rank inside the index and join nothing: half the cost on a word most records hold.
            sql = (
                f"SELECT rowid, {score} AS score FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? "
                f"ORDER BY score, rowid{limit_sql}"
            )
            return CompiledQuery(sql, [expression, *limit_params], ranked=True)
        sql = (
            f"SELECT r.id, {score} AS score FROM {FTS_TABLE} JOIN reference AS r ON r.id = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH ? AND " + " AND ".join(conditions) + f" ORDER BY score, r.id{limit_sql}"
        )
        return CompiledQuery(sql, [expression, *params, *limit_params], ranked=True)
    if excluded_text:
        conditions.append(f"r.id NOT IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)")
        params.append(" OR ".join(excluded_text))
    sql = "SELECT r.id, NULL AS score FROM reference AS r"
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    # Newest first; NULL years sort last under DESC. Matches the (year DESC, key) index.
    sql += f" ORDER BY r.year DESC, r.key{limit_sql}"
    return CompiledQuery(sql, [*params, *limit_params], ranked=False)


def _is_small(term: Term, tag_sizes: dict[str, int] | None) -> bool:
    return (
        term.kind == "tag" and not term.negated and tag_sizes is not None and tag_sizes.get(term.value, 0) < SMALL_TAG
    )


def _condition(term: Term, small_tag: bool = False) -> tuple[str, list[object]]:
    if term.kind == "text":
        return f"r.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)", [fts_string(term)]
    if term.kind == "year":
        parts, params = [], []
        if term.year_from is not None:
            parts.append("r.year >= ?")
            params.append(term.year_from)
        if term.year_to is not None:
            parts.append("r.year <= ?")
            params.append(term.year_to)
        return " AND ".join(parts), params
    if term.kind == "tag" and small_tag:
        return (
            "r.id IN (SELECT rt.reference_id FROM reference_tag rt WHERE rt.removed_at IS NULL "
            "AND rt.tag_id = (SELECT id FROM tag WHERE name = ?))",
            [term.value],
        )
    if term.kind == "tag":
        return (
            "EXISTS (SELECT 1 FROM reference_tag rt JOIN tag t ON t.id = rt.tag_id "
            "WHERE rt.reference_id = r.id AND rt.removed_at IS NULL AND t.name = ?)",
            [term.value],
        )
    if term.kind == "key":
        return "r.key = ?", [term.value]
    if term.kind == "type":
        kinds = TYPE_ALIASES.get(term.value, (term.value,))
        return f"r.type IN ({', '.join('?' * len(kinds))})", list(kinds)
    if term.kind == "has":
        return PRESENCE[term.value], []
    if term.kind == "no":
        return f"NOT ({PRESENCE[term.value]})", []
    raise AssertionError(term.kind)
