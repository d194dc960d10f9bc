import pytest

from citekit.model import Author
from citekit.parsing import parse_each
from citekit.parsing.authors import split_authors
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
        # Every initial printed first is the given name's: 'D.' is not part of the family name.
        ("A. D. Stepanov", Author("Stepanov", "AD")),
        ("H. G. Anderson", Author("Anderson", "HG")),
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


# Names this layout does not join so: left to the learned reader, which splits them.
@pytest.mark.parametrize(
    "not_a_name",
    [
        "ExoCarta",
        "Circulating tumor cells",
        "Cell",
        "K. Froitzheim and P. Schulthess,",
        "B. W. Hobson.",
        "Rademacher M & Mengedoht O",
        "Darlington E and Brandon M",
    ],
)
def test_text_that_is_not_a_personal_name(not_a_name):
    assert parse_springer_name(not_a_name) is None


def test_author_list_fails_as_a_whole_when_one_part_is_not_a_name():
    assert parse_springer_authors("Aceto N, Bardia A") == [Author("Aceto", "N"), Author("Bardia", "A")]
    assert parse_springer_authors("Aceto N, circulating tumor cells") is None


def test_initials_printed_first_in_the_author_year_layout_of_the_life_sciences():
    reference = parse_each(
        [
            "A. D. Stepanov, L. R. Smales (2008) A review of the capsid-bug tribe Stenodemini China, 1943 "
            "(Heteroptera, Miridae) of the fauna of Yakutia. Entomological Review 88(5): 566-573"
        ]
    )[0]
    assert reference.authors == [Author("Stepanov", "AD"), Author("Smales", "LR")]
    assert (reference.container_title, reference.volume, reference.issue) == ("Entomological Review", "88", "5")


def test_a_family_name_in_capitals_before_whole_given_names():
    """French ISO 690 prints 'NOM Prénom': the name in capitals is the family's, whichever comes first;
    initials before a name ('AB García-Márquez') stay given names."""
    french, two, particle, initials = parse_each(
        [
            "FERRIERES Madeleine, Nourritures canailles, Paris, Seuil, 2007.",
            "ACKET Claude, BACHER Pierre, Diviser par 4 les rejets de CO2, Paris, Sauvons le Climat, 2014.",
            "DE GAULLE Charles, Mémoires de guerre, Paris, Plon, 1954.",
            "AB García-Márquez, WT Curry. Immune role of macrophages. Cancer Res 2003; 287: 232-9.",
        ]
    )
    assert [(a.family, a.given) for a in french.authors] == [("FERRIERES", "Madeleine")]
    assert [(a.family, a.given) for a in two.authors] == [("ACKET", "Claude"), ("BACHER", "Pierre")]
    assert [(a.family, a.given) for a in particle.authors] == [("DE GAULLE", "Charles")]
    assert [a.family for a in initials.authors] == ["García-Márquez", "Curry"]


def test_family_names_separated_by_slashes_before_the_titles_comma():
    """German law's 'Streeck/Honneth/Streeck, Title, 1967, 399': the comma after the last name ends the
    names; it does not make 'Honneth' a given name."""
    (law,) = parse_each(["Streeck/Honneth/Streeck, Société labour Arbeit, 1967, 399"])
    assert [(a.family, a.given) for a in law.authors] == [("Streeck", None), ("Honneth", None), ("Streeck", None)]


def test_names_printed_family_first_without_a_comma():
    """'Forsé Michel, Galland Olivier, Lemel Yannick': most names of the list end in a given name, so
    the list prints family names first; given-first lists stay so, even with a 'Lancelot James' or a
    'Euntai Kim' in them."""
    french, computing, korean = parse_each(
        [
            "Forsé Michel, Galland Olivier, Lemel Yannick, 2011, « La stratification sociale », Paris, PUF.",
            "Frank Wood, Jan Gasthaus, Cédric Archambeau, Lancelot James, and Yee Whye Teh. The sequence "
            "memoizer. Communications of the ACM, 54(2):91–98, 2011.",
            "Euntai Kim, Minkee Park, Seunghwan Ji and Mignon Park. A New Approach to Fuzzy Modeling. IEEE "
            "Transactions on Fuzzy Systems, 5(3): 328-337 (1997).",
        ]
    )
    assert [a.family for a in french.authors] == ["Forsé", "Galland", "Lemel"]
    assert [a.family for a in computing.authors] == ["Wood", "Gasthaus", "Archambeau", "James", "Teh"]
    assert [a.family for a in korean.authors] == ["Kim", "Park", "Ji", "Park"]
    (edited,) = parse_each(
        [
            "Roberts, Richard H., ‘Order and Organization’ (78-96) in G.R. Evans and Martyn Percy (eds.), Managing "
            "the Church? London: Sheffield Academic Press, 2000."
        ]
    )
    assert [a.family for a in edited.editors] == ["Evans", "Percy"]  # 'G.R. Evans' shows the list given first


def test_a_double_family_name_before_the_comma_is_one_person():
    """'…; Rodríguez García, Margarita Eva': no given name before the comma and one after it: one person,
    not two printed given name first ('Katharina Urbann, Karla Verlinden')."""
    (chapter,) = parse_each(
        [
            "RODRIGUES, José Damião. Horizontes de reformas e luzes. In: Godoy, Scarlett O’Phelan; Rodríguez "
            "García, Margarita Eva (Coord.). El ocaso del Antiguo Régimen en los Imperios Ibéricos. Lima: "
            "Pontificia Universidad Católica del Peru, 2008. p. 10-20."
        ]
    )
    assert [(a.family, a.given) for a in chapter.editors] == [
        ("Godoy", "Scarlett O’Phelan"),
        ("Rodríguez García", "Margarita Eva"),
    ]


def test_two_names_of_two_words_around_one_comma_are_two_people():
    """'Brunnée Jutta, Toope Stephen' and 'James Laudon, Daniel Lenoski' name two people each, not one
    printed 'Family, Given'; 'Rodríguez García, Margarita Eva' stays one. A list's number glued to a
    name of two whole words ('1Boltanski Ulrich') is no part of it."""
    law, computing, numbered = parse_each(
        [
            'Brunnée Jutta, Toope Stephen, "International Law and Constructivism", Columbia Journal of '
            "Transnational Law, 2000, vol. 39, n° 1, pp. 19-74.",
            "James Laudon, Daniel Lenoski. The SGI Origin 2000: A ccNUMA Highly Scalable Server. In Proceedings "
            "of the 24th Annual International Symposium on Computer Architecture, June 1997.",
            "1Boltanski Ulrich, Bude Armin. Sociale sociedade Arbeit. Chicago: University of Chicago Press; 1956.",
        ]
    )
    assert [(a.family, a.given) for a in law.authors] == [("Brunnée", "Jutta"), ("Toope", "Stephen")]
    assert [(a.family, a.given) for a in computing.authors] == [("Laudon", "James"), ("Lenoski", "Daniel")]
    assert [(a.family, a.given) for a in numbered.authors] == [("Boltanski", "Ulrich"), ("Bude", "Armin")]


def test_a_family_name_printed_alone_with_its_particle():
    """'Van Suntum et al. (2010)', 'von Dullemen, et al.': the particle is the family name's, not a given
    name; 'Der Spiegel' (a German article) and 'Di Wang' (a Chinese given name) are left alone."""
    economics, medicine = parse_each(
        [
            "Van Suntum et al. (2010): Zur Konstruktion eines Lebenszufriedenheitsindikators (GlücksBIP) für "
            "Deutschland. SOEP Papers No. 258, DIW Berlin.",
            "von Dullemen, et al., Gastroenterology, 1995 109(1), 129-135",
        ]
    )
    assert [(a.family, a.given) for a in economics.authors] == [("Van Suntum", None)]
    assert [(a.family, a.given) for a in medicine.authors] == [("von Dullemen", None)]
    assert [(a.family, a.given) for a in split_authors("Di Wang")[0]] == [("Wang", "Di")]


def test_portuguese_e_after_a_comma_before_the_last_inverted_name():
    """'Oliveira, C. T. F. de, e Rezende, C.', 'Araújo, A. P.,e Barcelos Damasceno Daibert, A.': the 'e'
    (and) is no part of the last family name; 'Costa e Silva, A.' keeps its own."""
    assert [a.family for a in split_authors("Barbosa, L. G. M., Oliveira, C. T. F. de, e Rezende, C.")[0]] == [
        "Barbosa",
        "de Oliveira",
        "Rezende",
    ]
    fridman = split_authors("Fridman, F., Silva de Araújo, A. P.,e Barcelos Damasceno Daibert, A.")[0]
    assert [a.family for a in fridman] == ["Fridman", "Silva de Araújo", "Barcelos Damasceno Daibert"]
    assert [a.family for a in split_authors("Costa e Silva, A., Ortega y Gasset, J.")[0]] == [
        "Costa e Silva",
        "Ortega y Gasset",
    ]


def test_a_given_name_after_the_initials_goes_with_them():
    """'M. Shawn Reichert', 'J. Christian Gerdes', 'W. Bruce Croft': a word that is mostly a given name,
    between initials and a last word that is not one, is a given name; 'M. Abdel Mouti', 'J. García
    Márquez' and 'J. del Alamo' keep two words of family name."""

    def names(text: str) -> list[tuple[str, str | None]]:
        return [(a.family, a.given) for a in split_authors(text)[0]]

    assert names("Anderson, Christopher J., and M. Shawn Reichert") == [
        ("Anderson", "Christopher J"),
        ("Reichert", "M. Shawn"),
    ]
    assert names("Carrie G. Bobier and J. Christian Gerdes") == [("Bobier", "Carrie G."), ("Gerdes", "J. Christian")]
    assert names("M. Abdel Mouti") == [("Abdel Mouti", "M")]
    assert names("J. García Márquez") == [("García Márquez", "J")]
    assert names("J. del Alamo") == [("del Alamo", "J")]


def test_names_separated_by_a_dash():
    """ISNAD (Turkey) prints 'Streeck, Uwe - Habermas, Uwe' and its editors 'Jürgen Dubet - Bernard Lessenich
    - J. Rosa'; classicists print 'D. Maddox – S. Sturm-Maddox (eds.)'. A spaced dash between whole names
    separates people; a name broken at its hyphen ('Frederick Golooba - Mutebi') is not split."""
    assert [(a.family, a.given) for a in split_authors("Streeck, Uwe - Habermas, Uwe")[0]] == [
        ("Streeck", "Uwe"),
        ("Habermas", "Uwe"),
    ]
    assert [a.family for a in split_authors("Jürgen Dubet - Bernard Lessenich - J. Rosa")[0]] == [
        "Dubet",
        "Lessenich",
        "Rosa",
    ]
    assert [a.family for a in split_authors("D. Maddox – S. Sturm-Maddox")[0]] == ["Maddox", "Sturm-Maddox"]
    assert [a.family for a in split_authors("Esping-Andersen, H.-P. - Offe, Armin")[0]] == ["Esping-Andersen", "Offe"]
    assert len(split_authors("Gabi Hesselbein, Frederick Golooba - Mutebi")[0]) == 2
