"""Search over the chapter's library: the query language against real FTS5."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import pytest

from citekit.errors import NotFoundError
from citekit.library import Library

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pgserver import new_database  # noqa: E402

CHAPTER = Path(__file__).resolve().parents[1] / "data" / "chapter.txt"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def library(request, tmp_path_factory):
    """The same library on each backend: every test here runs on both."""
    with contextlib.ExitStack() as stack:
        if request.param == "sqlite":
            location = tmp_path_factory.mktemp("search") / "lib.sqlite"
        else:
            location = stack.enter_context(new_database())
        library = stack.enter_context(Library(location))
        library.import_files([str(CHAPTER)])
        library.add_tag("exosomes", ["thery2011exosomes", "valadi2007exosomemediated", "skog2008glioblastoma"])
        library.add_tag("favourites", ["coffelt2015il17producing"])
        yield library


def keys(library: Library, query: str) -> list[str]:
    return [hit.record.key for hit in library.search(query)]


def test_all_words_must_match(library):
    assert keys(library, "neutrophils escort") == ["szczerba2019neutrophils"]


def test_stemming_finds_plurals(library):
    assert "coffelt2016neutrophils" in keys(library, "neutrophil")


def test_phrase(library):
    # Best first (bm25): the phrase weighs more in the shorter title.
    assert keys(library, '"gap junctional"') == ["saunders2001breast", "soares2015gap"]
    assert "saunders2001breast" not in keys(library, '"junctional gap"')


def test_or_and_exclusion(library):
    either = set(keys(library, "oncosomes OR nanotubes"))
    assert either == {"ciardiello2019large", "minciacchi2015large", "han2021opportunities", "nawaz2017extracellular"}
    assert "ciardiello2019large" not in keys(library, "oncosomes -prostate")
    assert "minciacchi2015large" in keys(library, "oncosomes -prostate")


def test_prefix(library):
    assert {"kaltenmeier2021neutrophil", "szczerba2019neutrophils"} <= set(keys(library, "neutroph*"))


def test_case_and_diacritics_fold(library):
    assert {"thery2011exosomes", "thery2009membrane", "segura2007cd8"} == set(keys(library, "thery"))
    assert set(keys(library, "THÉRY")) == set(keys(library, "thery"))
    assert "acuna2020connexin46" in keys(library, "author:acuna")


def test_greek_letters_and_their_names_are_the_same(library):
    # The chapter prints 'TGF-β1'; 'TGFB1/INHBA' is a gene symbol and only tag auto links it.
    assert keys(library, "TGF-β") == keys(library, "TGF-beta") == keys(library, "tgf-Β") == ["cave2020tgfb1"]
    # 'IL-1β–dependent' (Ghiringhelli) and 'IL-1beta/IL-17A' (Ning) are the same cytokine.
    assert (
        set(keys(library, "IL-1β"))
        == set(keys(library, "IL-1beta"))
        == {
            "ghiringhelli2009activation",
            "ning2015complement",
        }
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("IL-17", "coffelt2015il17producing"),
        ("miR-21", "si2007mir21mediated"),
        ("CD8+", "segura2007cd8"),
        ("CD8(+)", "tallondelara2021antimetastatic"),
        ("(TAMs)", "dymickapiekarska2021inflammatory"),
        ("Part 7: PD-L1", "palicelli2021know"),
        ("Paget’s", "akhtar2019pagets"),
        ('"Seed and soil"', "akhtar2019pagets"),
    ],
)
def test_biomedical_tokens_and_punctuation_work(library, query, expected):
    assert expected in keys(library, query)


def test_fields(library):
    assert set(keys(library, "author:coffelt")) == {
        "coffelt2015il17producing",
        "coffelt2016neutrophils",
        "wellenstein2019loss",
    }
    assert "coffelt2016neutrophils" not in keys(library, "title:coffelt OR journal:coffelt")
    assert keys(library, 'journal:"cancer discov" year:2012') == ["labelle2012initial"]
    assert keys(library, "title:tunneling") == ["nawaz2017extracellular", "han2021opportunities"]


def test_years(library):
    assert {h.record.reference.year for h in library.search("exosomes year:2010..2012")} <= {2010, 2011, 2012}
    assert len(library.search("year:2021")) == 39  # grep -c '(2021[ab]\?)' data/chapter.txt
    assert all(h.record.reference.year >= 2020 for h in library.search("year:2020.."))
    assert all(h.record.reference.year <= 2001 for h in library.search("year:..2001"))


def test_tags_and_presence(library):
    assert set(keys(library, "tag:exosomes")) == {
        "thery2011exosomes",
        "valadi2007exosomemediated",
        "skog2008glioblastoma",
    }
    assert keys(library, "tag:exosomes year:2011") == ["thery2011exosomes"]
    # Tags are in the full-text index too, kept in step by the same transaction.
    assert keys(library, "favourites") == ["coffelt2015il17producing"]
    assert keys(library, "has:doi") == []
    assert len(keys(library, "no:pmid")) == 162
    assert "exocartaexosome" in keys(library, "has:url")


def test_exclusion_alone_means_everything_else(library):
    rest = keys(library, "-exosome -exosomes")
    assert 0 < len(rest) < 162
    assert "thery2011exosomes" not in rest


def test_title_matches_rank_above_author_matches(library):
    ranked = keys(library, "thery")
    assert ranked.index("segura2007cd8") == 2  # Théry is its last author; the other two are by Théry


def test_unknown_tag_is_named(library):
    with pytest.raises(NotFoundError, match="no tag 'nope'"):
        library.search("tag:nope")


def test_limit(library):
    assert len(library.search("cancer", limit=5)) == 5
