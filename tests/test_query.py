"""The search language: parsing, errors, and that no user text reaches FTS5 unquoted."""

from __future__ import annotations

import random
import sqlite3

import pytest

from citekit.errors import QueryError
from citekit.model import Author, Reference
from citekit.query import Term, compile_query, fts_string, parse_query


def _kinds(text: str) -> list[list[tuple[str, str, bool]]]:
    return [[(t.kind, t.value, t.negated) for t in group] for group in parse_query(text).groups]


def test_words_phrases_or_and_exclusion():
    assert _kinds('exosome "gap junction" a OR b -review NOT retracted') == [
        [("text", "exosome", False)],
        [("text", "gap junction", False)],
        [("text", "a", False), ("text", "b", False)],
        [("text", "review", True)],
        [("text", "retracted", True)],
    ]


def test_fields():
    query = parse_query('author:thery title:"gap junction" year:2010..2020 tag:"Gap Junctions" has:doi no:pmid')
    terms = [group[0] for group in query.groups]
    assert [(t.kind, t.column) for t in terms] == [
        ("text", "fts_authors"),
        ("text", "fts_title"),
        ("year", None),
        ("tag", None),
        ("has", None),
        ("no", None),
    ]
    assert (terms[2].year_from, terms[2].year_to) == (2010, 2020)
    assert terms[3].value == "gap-junctions"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("year:2020..2010", "bad year range"),
        ("year:twenty", "bad year"),
        ("year:..", "bad year"),
        ('"unbalanced', "unbalanced quote"),
        ("has:color", "has: takes one of"),
        ("OR exosome", "OR needs a term"),
        ("exosome OR", "OR needs a term"),
        ("title:", "needs a word"),
        ("tag:", "needs a tag name"),
        ("( ) - ", "empty query"),
    ],
)
def test_clear_messages_for_bad_queries(text, message):
    with pytest.raises(QueryError, match=message):
        parse_query(text)


def test_unknown_field_is_searched_as_text():
    assert _kinds("Part 7: PD-L1") == [
        [("text", "Part", False)],
        [("text", "7:", False)],
        [("text", "PD-L1", False)],
    ]


def test_user_text_is_always_a_quoted_fts_string():
    assert fts_string(parse_query("TGF-β").groups[0][0]) == '"TGF-beta"*'  # finds TGF-β1 too
    assert fts_string(parse_query("alphabet").groups[0][0]) == '"alphabet"'
    assert fts_string(Term("text", 'say"hi')) == '"say""hi"'
    assert fts_string(parse_query('say "hi"').groups[1][0]) == '"hi"'
    assert fts_string(parse_query("neutrophil*").groups[0][0]) == '"neutrophil"*'
    assert fts_string(parse_query("author:thery").groups[0][0]) == 'fts_authors : "thery"'


NASTY = [
    "TGF-β",
    "IL-17",
    "miR-21",
    "CD8+",
    "CD8(+)",
    "o'brien",
    'a "b c" d',
    "(TAMs)",
    "AND",
    "NEAR(a b)",
    "a:b:c",
    "{title}:x",
    "^start",
    "col*umn",
    "*",
    "-",
    "--x",
    "NOT NOT x",
    "x OR y OR z -w",
    "β-catenin",
    "Théry",
    '""',
    "\\",
    "%_",
]


@pytest.mark.parametrize("text", NASTY)
def test_nasty_input_never_breaks_fts5(text):
    _run_against_real_fts5(text)


def test_random_text_never_breaks_fts5():
    alphabet = "abcXYZ019 -+*:()\"'^{}[]βéαOR AND NOT .,;!?/\\%_"
    generator = random.Random(20261123)
    for _ in range(2000):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(1, 25)))
        _run_against_real_fts5(text)


_LIBRARY: list[sqlite3.Connection] = []


def _library_connection() -> sqlite3.Connection:
    """A real library (the real schema, index and triggers) holding one record, made once."""
    if not _LIBRARY:
        import atexit
        import shutil
        import tempfile
        from pathlib import Path

        from citekit.library import Library
        from citekit.sources import Source

        folder = tempfile.mkdtemp()
        atexit.register(shutil.rmtree, folder, True)  # no folder left in the system's temp per test run
        path = Path(folder) / "lib.sqlite"
        record = Reference(
            title="TGF-beta signalling in CD8 T cells", year=2020, raw="x", authors=[Author("Smith", "J")]
        )
        with Library(path) as library:
            library.import_sources([Source("test", "text", [record])])
        _LIBRARY.append(sqlite3.connect(path))
    return _LIBRARY[0]


def _run_against_real_fts5(text: str) -> None:
    """Either a clear QueryError, or SQL that SQLite runs without error."""
    try:
        compiled = compile_query(parse_query(text), limit=5)
    except QueryError:
        return
    _library_connection().execute(compiled.sql, compiled.params).fetchall()
