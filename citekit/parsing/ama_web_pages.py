"""AMA's web page, read by rule: 'DataJpaTest (Spring Boot 2.6.6 API). Spring.io. Published 2022. Accessed April 4,
2022. https://docs.spring.io/…', 'Breast Cancer Statistics. Centers for Disease Control and Prevention. Updated
November 2023. Accessed June 7, 2024. https://…', 'World Health Organization. Coronavirus disease (COVID-19).
https://www.who.int/…. Accessed May 10, 2026.'

The labeller, which has seen few, read such a page as nothing (a list left it out, a page pasted alone gave 'no
reference list found'), ran the site into the title, read 'Updated' or a bare date as a journal, or took a year
out of the title. AMA prints the page's author, title, site, when it was published or updated and accessed, and its
address. With two sentences before the dates, a body's name then a sentence that names none is the author and the
title (the site, the same body, left out); otherwise the first is the title and the second, a site's short name, a
body's name or a domain, the site. With three, an author (a body's name or Vancouver's names), a title and a site.
A first sentence that is neither and a second that names no site ('Jones, Anne Marie. An Overview …') are left to
the labeller, as are quoted titles.
"""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile
from citekit.model import Author, Reference
from citekit.months import month_number
from citekit.parsing.authors import named_in_capitals, names_a_body
from citekit.parsing.identifiers import find_identifiers
from citekit.parsing.names import parse_springer_authors

# A date as AMA prints it: 'Oct. 2, 2020', 'March 2024', '2022' (_PUBLISHED reads its parts).
_AMA_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},\s+)?)?(?:19|20)\d\d"
# A note's date: AMA's, or anything short with no full stop.
_DATE = rf"(?:{_AMA_DATE}|[^.]{{4,30}}?)"
_PAGE = lazy_compile(
    r"(?P<head>[^\"“”«»]+?)\.\s+(?:(?P<early_link>https?://\S+?)\.?\s+)?"
    rf"(?:(?P<bare>{_AMA_DATE})\.\s+)?"
    rf"(?:Published(?:\s+online)?\s+(?P<published>{_DATE})\.\s+)?(?:Updated\s+(?P<updated>{_DATE})\.\s+)?"
    rf"(?:Accessed\s+{_DATE}\.(?:\s+(?P<link>https?://\S+))?|(?P<late_link>https?://\S+)"
    # JMIR's: 'URL: https://openai.com/blog/chatgpt [accessed 2025-03-12]', the link perhaps broken over lines
    r"|URL:\s*(?P<jmir_link>https?://[^\s\[\]]+(?:\s[^\s\[\]]+){0,3}?)\s*\[[Aa]ccessed\s+[^\[\]]{4,30}\])\s*"
)
# A sentence's end: its full stop, or a question's or an exclamation's mark, which stays ('Is the 60/40 Portfolio
# Still Relevant Today? Lpl.com.').
_SENTENCE_END = lazy_compile(r"(?<=[^\s.])\.\s+(?=\S)|(?<=[?!])\s+(?=[A-Z])")
_DOMAIN = lazy_compile(r"\.(?:com|org|net|edu|gov|io|dev|info|co|ai|app|uk|de|fr|kr|jp|cn)$")
_PUBLISHED = lazy_compile(r"(?:(?P<month>[A-Z][a-z]{2,8})\.?\s+(?:(?P<day>\d{1,2}),\s+)?)?(?P<year>(?:19|20)\d\d)")
_SITE_WORDS_AT_MOST = 5


def parse_ama_web_page(text: str) -> Reference | None:
    """An AMA web page (the module's docstring), or JMIR's ('… URL: link [accessed date]'), or None for anything
    else."""
    if "http" not in text or (found := _PAGE.fullmatch(text.strip())) is None:
        return None
    if not (found["early_link"] or found["link"] or found["late_link"] or found["jmir_link"]):
        return None
    accessed = "Accessed " in text
    sentences = [sentence.strip(" .") for sentence in _SENTENCE_END.split(found["head"].strip())]
    if len(sentences) == 1 and " " not in sentences[0] and _DOMAIN.search(sentences[0]) and accessed:
        sentences = [sentences[0], ""]  # 'Latentflip.com. Published 2022.': the site alone names the page
    read = _read_jmir(sentences) if found["jmir_link"] else _read(sentences)
    if read is None:
        return None
    authors, title, site = read
    if not (accessed or found["published"] or authors and found["bare"] and "," in found["bare"]):
        return None  # with no access note or 'Published', only a page with its author and day
    # JMIR's link ends at its bracket: a PDF's line break inside it ('https://www.reuters.com/' + 'technology/…') goes.
    url = "".join(found["jmir_link"].split()) if found["jmir_link"] else find_identifiers(text).url
    reference = Reference(authors=authors, title=title, container_title=site or None, type="webpage", raw=text, url=url)
    printed = found["published"] or found["bare"] or found["updated"]
    if printed and (date := _PUBLISHED.fullmatch(printed.strip())) is not None:
        reference.year = int(date["year"])
        reference.month = month_number(date["month"]) if date["month"] else None
        reference.day = int(date["day"]) if date["day"] and reference.month else None
    return reference


def _is_body(sentence: str) -> bool:
    return (
        len(sentence) <= 120
        and not any(mark in sentence for mark in ":;")
        and names_a_body(sentence)
        and named_in_capitals(sentence)
    )


def _authors(sentence: str) -> list[Author]:
    """A body's name or Vancouver's names ('Davis N', 'Smith J, Jones KL') → the page's authors; [] for neither."""
    if _is_body(sentence):
        return [Author(family=sentence)]
    people = parse_springer_authors(sentence) or []
    return people if people and all(person.given and _FAMILY.fullmatch(person.family) for person in people) else []


# A family name: up to three words of letters ('Davis', 'Santiago-Dieppa', 'van der Berg').
_FAMILY = lazy_compile(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}")


def _read(sentences: list[str]) -> tuple[list[Author], str, str] | None:
    """The sentences before the dates → (authors, title, site), any of them empty where not printed."""
    if len(sentences) == 3 and _names_a_site(sentences[2]) and (authors := _authors(sentences[0])):
        return authors, sentences[1], sentences[2]  # 'Davis N. Metcon Workout: …. Healthline.'
    if len(sentences) != 2:
        return None
    first, second = sentences
    if second and not _is_body(second) and not _DOMAIN.search(second) and (authors := _authors(first)):
        return authors, second, ""  # 'World Health Organization. Coronavirus disease (COVID-19).'
    words = second.split()
    named = len(words) <= _SITE_WORDS_AT_MOST and named_in_capitals(second)
    if second and not (
        _DOMAIN.search(second) and len(words) == 1 or named and len(first.split()) >= 3 or _is_body(second)
    ):
        return None  # an author in a form not read here, and a title: the labeller's
    return [], first, second


def _read_jmir(sentences: list[str]) -> tuple[list[Author], str, str] | None:
    """JMIR prints no site: 'Covidence. URL: …' is the title alone, 'OpenAI. Introducing ChatGPT. Nov 30, 2022. URL:
    …' and 'Hu K. ChatGPT sets record … . Feb 01, 2023. URL: …' the author and the title."""
    if len(sentences) == 1:
        return [], sentences[0], ""
    if len(sentences) != 2 or not sentences[1]:
        return None
    first, title = sentences
    authors = _authors(first) or ([Author(family=first)] if _ONE_NAME.fullmatch(first) else [])
    return (authors, title, "") if authors else None


# A body's or a firm's name of a word or two, as JMIR prints a page's author: 'OpenAI', 'Mayo Clinic'.
_ONE_NAME = lazy_compile(r"[A-Z][\w&'’-]+(?: [A-Z][\w&'’-]+)?")


def _names_a_site(sentence: str) -> bool:
    words = sentence.split()
    if any(character.isdigit() or character in ":;" for character in sentence):
        return False  # 'Geneva: World Health Organization; 2025': a book's imprint
    return (
        _is_body(sentence)
        or len(words) == 1
        and _DOMAIN.search(sentence) is not None
        or len(words) <= _SITE_WORDS_AT_MOST
        and named_in_capitals(sentence)
    )
