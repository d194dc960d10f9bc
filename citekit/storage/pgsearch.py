"""citekit's search language (citekit.query) → SQL for PostgreSQL full-text search.

The same query finds the same records as on SQLite (tests/test_postgres.py runs one suite on both):
every word must match, OR joins the words beside it, -word excludes, word* is a prefix, "a phrase"
is a phrase, field: looks in one field, and a word ending in a Greek letter is a prefix (TGF-β
finds TGF-β1). User text reaches the server only as a bound parameter, and only as words of
letters and digits, so it is never read as tsquery syntax.

Ranking is ts_rank over the short weighted vector (title > authors > journal, keywords and tags;
a match in the abstract alone ranks last), divided by the log of the record's length, not FTS5's
bm25 with per-column weights: the same records are found, but records that match about equally
well can come in another order.
"""

from __future__ import annotations

import re

from citekit.query import _GREEK_END, PRESENCE, CompiledQuery, Query, Term, _condition
from citekit.storage.postgres import CONFIG, RANK_WEIGHTS, RANKED, WEIGHTS, document_vector, pg_word
from citekit.textnorm import search_fold

_WORD = re.compile(r"[^\W_]+")
_JSON_PATH = re.compile(r"json_extract\(r\.data, '\$\.([\w.]+)'\) IS NOT NULL")
_SHARED_WEIGHTS = {weight for weight in WEIGHTS.values() if list(WEIGHTS.values()).count(weight) > 1}


def _jsonb_present(match: re.Match[str]) -> str:
    path = "{" + ",".join(match.group(1).split(".")) + "}"
    return f"(r.data #> '{path}' IS NOT NULL AND r.data #> '{path}' <> 'null'::jsonb)"


PRESENCE_POSTGRESQL = {name: _JSON_PATH.sub(_jsonb_present, sql) for name, sql in PRESENCE.items()}


def tsquery(term: Term, weight: str = "") -> str | None:
    """A term as tsquery text: its words (letters and digits only) in a row; None if it has none."""
    folded = search_fold(term.value)
    words = _WORD.findall(folded)
    if not words:
        return None
    prefix = term.prefix or bool(_GREEK_END.search(folded))
    # Words as the index holds them before stemming; a prefix is matched as typed.
    words = [pg_word(word) for word in words[:-1]] + [words[-1] if prefix else pg_word(words[-1])]
    parts = [f"'{word}'" + (":" if weight else "") + weight for word in words]
    if prefix:
        parts[-1] = f"'{words[-1]}':*{weight}"
    return " <-> ".join(parts)


def _text_condition(term: Term) -> tuple[str, list[object]]:
    """The index finds the word anywhere; a field's weight in the short vector, or the field's own
    words, then keep the records that have it in that field."""
    query = tsquery(term)
    if query is None:
        return "FALSE", []
    sql = f"r.search @@ to_tsquery('{CONFIG}', ?)"
    params: list[object] = [query]
    if term.column in RANKED:
        sql += f" AND r.rank_vector @@ to_tsquery('{CONFIG}', ?)"
        params.append(tsquery(term, WEIGHTS[term.column]))
    if term.column and (term.column not in RANKED or WEIGHTS[term.column] in _SHARED_WEIGHTS):
        sql += f" AND {document_vector('r.' + term.column)} @@ to_tsquery('{CONFIG}', ?)"
        params.append(query)
    return sql, params


def compile_postgresql(query: Query, limit: int | None = None) -> CompiledQuery:
    """SQL returning (id, score) of matching records, best first (newest first when no words)."""
    conditions: list[str] = []
    params: list[object] = []
    ranking: list[str] = []
    for group in query.groups:
        pieces = []
        for term in group:
            if term.kind == "text":
                sql, term_params = _text_condition(term)
                if not term.negated and (text := tsquery(term)):
                    ranking.append(text)
            elif term.kind in ("has", "no"):
                present = PRESENCE_POSTGRESQL[term.value]
                sql, term_params = (present if term.kind == "has" else f"NOT ({present})"), []
            else:
                sql, term_params = _condition(term)
            pieces.append(f"NOT coalesce(({sql}), FALSE)" if term.negated else f"({sql})")
            params.extend(term_params)
        conditions.append("(" + " OR ".join(pieces) + ")")
    where = " WHERE " + " AND ".join(conditions) if conditions else ""
    limit_sql = " LIMIT ?" if limit is not None else ""
    limit_params: list[object] = [limit] if limit is not None else []
    if ranking:
        score = f"ts_rank({RANK_WEIGHTS}, r.rank_vector, to_tsquery('{CONFIG}', ?), 1)"
        rank_text = " | ".join(f"({text})" for text in ranking)
        sql = f"SELECT r.id, {score} AS score FROM reference AS r{where} ORDER BY score DESC, r.id{limit_sql}"
        return CompiledQuery(sql, [rank_text, *params, *limit_params], ranked=True)
    sql = f"SELECT r.id, NULL AS score FROM reference AS r{where} ORDER BY r.year DESC NULLS LAST, r.key{limit_sql}"
    return CompiledQuery(sql, [*params, *limit_params], ranked=False)
