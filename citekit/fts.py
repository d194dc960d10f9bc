"""Keeping the FTS5 index in step with records, authors and tags.

Greek letters are indexed by name (TGF-β1 → TGF-beta1) so that 'TGF-β', 'TGF-Β' and 'TGF-beta' find
the same records; the tokenizer itself folds case and diacritics (thery finds Théry).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

from citekit.schema import FTS_TABLE

FOLD_FUNCTION = "citekit_fold"


@lru_cache(maxsize=256)
def greek_letter_name(ch: str) -> str:
    # 'GREEK SMALL LETTER BETA' → 'beta'; taken from the Unicode database, not a hand table.
    return unicodedata.name(ch, ch).split()[-1].lower()


_GREEK_LETTER = re.compile(r"[\u0370-\u03ff]")


def fold_greek(text: str | None) -> str:
    """Spell Greek letters out so that the index and a query agree on them."""
    if not text:
        return ""
    if text.isascii():
        return text
    return _GREEK_LETTER.sub(lambda m: greek_letter_name(m.group()) if m.group().isalpha() else m.group(), text)


_INSERT = f"""
INSERT INTO {FTS_TABLE} (rowid, title, authors, journal, abstract, tags)
SELECT r.id,
       {FOLD_FUNCTION}(r.title),
       (SELECT group_concat(a.family || ' ' || coalesce(a.given, ''), ' ; ')
          FROM (SELECT family, given FROM author WHERE reference_id = r.id ORDER BY position) AS a),
       {FOLD_FUNCTION}(r.journal),
       {FOLD_FUNCTION}(coalesce(r.abstract, '') || ' ' || coalesce(r.mesh, '')),
       (SELECT group_concat(t.name, ' ')
          FROM reference_tag AS rt JOIN tag AS t ON t.id = rt.tag_id
         WHERE rt.reference_id = r.id AND rt.removed_at IS NULL)
  FROM reference AS r
"""

_CHUNK = 500


def index_from(connection: Connection, first_id: int) -> None:
    """Index every record with id >= first_id (freshly imported ones)."""
    connection.exec_driver_sql(_INSERT + " WHERE r.id >= ?", (first_id,))


def reindex(connection: Connection, ids: Iterable[int]) -> None:
    """Replace the index rows of these records (after their tags or fields changed)."""
    ids = sorted(set(ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})", tuple(chunk))
        connection.exec_driver_sql(_INSERT + f" WHERE r.id IN ({marks})", tuple(chunk))
