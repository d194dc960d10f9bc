from citekit.formats.bibtex import key_problem, safe_key
from citekit.keys import base_key, unique_key
from citekit.model import Author, Reference


def _ref(family: str, year: int | None, title: str | None) -> Reference:
    return Reference(authors=[Author(family, "X")], year=year, title=title)


def test_family_year_and_first_significant_title_word():
    assert base_key(_ref("Aceto", 2014, "Circulating tumor cell clusters")) == "aceto2014circulating"
    assert base_key(_ref("Abdel-Ghany", 2001, "The breast cancer β4 integrin")) == "abdelghany2001breast"
    assert base_key(_ref("Palicelli", 2021, "What do we have to know about PD-L1")) == "palicelli2021know"


def test_family_names_are_transliterated_to_ascii():
    assert base_key(_ref("Théry", 2011, "Exosomes: secreted vesicles")) == "thery2011exosomes"
    assert base_key(_ref("Bønnelykke-Behrndtz", 2015, "Wound")) == "bonnelykkebehrndtz2015wound"
    assert base_key(_ref("Tallón de Lara", 2021, "Antimetastatic defense")) == "tallondelara2021antimetastatic"
    assert base_key(_ref("Nolte-‘t Hoen", 2009, "Activated T cells")) == "noltethoen2009activated"


def test_missing_year_or_author_still_gives_a_key():
    assert base_key(Reference(authors=[Author("ExoCarta")], title="Exosome protein database")) == "exocartaexosome"
    assert base_key(Reference(title="Anonymous work")) == "anonymous"
    assert base_key(Reference()) == "ref"


def test_collisions_get_letters_in_order():
    taken: set[str] = set()
    keys = [unique_key("jayatilaka2017synergistic", taken) for _ in range(4)]
    assert keys == [
        "jayatilaka2017synergistic",
        "jayatilaka2017synergistica",
        "jayatilaka2017synergisticb",
        "jayatilaka2017synergisticc",
    ]


def test_collision_letters_go_past_z():
    taken = {"k"} | {f"k{letter}" for letter in "abcdefghijklmnopqrstuvwxyz"}
    assert unique_key("k", taken) == "kaa"


def test_user_keys_are_kept_as_written_unless_they_would_break_cite():
    for key in ("O'Hara_1999", "Müller:2019", "Smith:2020a", "10.1:4", "Bernstein-Ebbs.2001"):
        assert key_problem(key) is None, key
    assert key_problem("Smith 2020, {draft}") == "it holds space , { }"
    assert key_problem("50%") == "it holds %"
    assert safe_key("Smith 2020, {draft}") == "Smith_2020___draft_"
    assert safe_key("O'Hara_1999") == "O'Hara_1999"
