import pytest

from citekit.model import Author
from citekit.parsing.names import parse_springer_authors, parse_springer_name


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Aceto N", Author("Aceto", "N")),
        ("Cheng H-C", Author("Cheng", "H-C")),
        ("Mateos MR-C", Author("Mateos", "MR-C")),
        ("Curry WT Jr", Author("Curry", "WT", "Jr")),
        # 'II' is Ilsa I. Rovira's initials, not a generational suffix.
        ("Rovira II", Author("Rovira", "II")),
        ("C. To", Author("To", "C")),
        ("Snopova LВ", Author("Snopova", "LВ")),  # Cyrillic VE inside Latin initials, kept as printed
        ("Sewnath CAN", Author("Sewnath", "CAN")),
        ("Tallón de Lara P", Author("Tallón de Lara", "P")),
        ("van den Broek M", Author("van den Broek", "M")),
        ("Nolte-‘t Hoen EN", Author("Nolte-‘t Hoen", "EN")),
        ("Abdel Mouti M", Author("Abdel Mouti", "M")),
    ],
)
def test_springer_names(printed, expected):
    assert parse_springer_name(printed) == expected


@pytest.mark.parametrize("not_a_name", ["ExoCarta", "Circulating tumor cells", "Cell"])
def test_text_that_is_not_a_personal_name(not_a_name):
    assert parse_springer_name(not_a_name) is None


def test_author_list_fails_as_a_whole_when_one_part_is_not_a_name():
    assert parse_springer_authors("Aceto N, Bardia A") == [Author("Aceto", "N"), Author("Bardia", "A")]
    assert parse_springer_authors("Aceto N, circulating tumor cells") is None
