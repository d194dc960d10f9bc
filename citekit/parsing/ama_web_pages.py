"""AMA's web page with no author, read by rule: 'DataJpaTest (Spring Boot 2.6.6 API). Spring.io. Published 2022.
Accessed April 4, 2022. https://docs.spring.io/…', 'OpenCV: Histograms - 2: Histogram Equalization. Docs.opencv.org.
https://docs.opencv.org/…. Published 2022. Accessed May 8, 2022.'

The labeller, which has seen few, read such a page as nothing (a list left it out, a page pasted alone gave 'no
reference list found') or ran the site into the title. AMA prints the page's title, then the site's name, then when
it was published and accessed and its address: with two sentences before the dates, the first is the title and the
second, a site's short name or its domain, the site. A page with its author (three sentences, or two where the second
is no site's name: 'CUBRC, Inc. An Overview of the Common Core Ontologies.') is left to the labeller, as are quoted
titles.
"""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile
from citekit.model import Reference
from citekit.months import month_number
from citekit.parsing.identifiers import find_identifiers

_PAGE = lazy_compile(
    r"(?P<head>[^\"“”«»]+?)\.\s+(?:(?P<early_link>https?://\S+?)\.?\s+)?"
    r"(?:Published(?:\s+online)?\s+(?P<published>[^.]{4,30}?)\.\s+)?(?:Updated\s+[^.]{4,30}?\.\s+)?"
    r"Accessed\s+[^.]{4,30}?\.(?:\s+(?P<link>https?://\S+))?\s*"
)
_SENTENCE_END = lazy_compile(r"(?<=[^\s.])\.\s+(?=\S)")
_DOMAIN = lazy_compile(r"\.(?:com|org|net|edu|gov|io|dev|info|co|ai|app|uk|de|fr|kr|jp|cn)$")
_PUBLISHED = lazy_compile(r"(?:(?P<month>[A-Z][a-z]{2,8})\.?\s+(?:(?P<day>\d{1,2}),\s+)?)?(?P<year>(?:19|20)\d\d)")
_SITE_WORDS_AT_MOST = 5


def parse_ama_web_page(text: str) -> Reference | None:
    """An AMA web page with no author (the module's docstring), or None for anything else."""
    if "Accessed " not in text or "http" not in text or (found := _PAGE.fullmatch(text.strip())) is None:
        return None
    if not (found["early_link"] or found["link"]):
        return None
    sentences = [sentence.strip(" .") for sentence in _SENTENCE_END.split(found["head"].strip())]
    if len(sentences) == 1 and " " not in sentences[0] and _DOMAIN.search(sentences[0]):
        sentences = [sentences[0], ""]  # 'Latentflip.com. Published 2022.': the site alone names the page
    if len(sentences) != 2:
        return None
    title, site = sentences
    words = site.split()
    named = len(words) <= _SITE_WORDS_AT_MOST and all(word[:1].isupper() or not word[:1].isalpha() for word in words)
    if site and not (_DOMAIN.search(site) and len(words) == 1 or (named and len(title.split()) >= 3)):
        return None  # 'CUBRC, Inc. An Overview of …': an author and a title; 'Mayo Clinic. Diabetes.' unclear
    identifiers = find_identifiers(text)
    reference = Reference(title=title, container_title=site or None, type="webpage", raw=text, url=identifiers.url)
    if found["published"] and (date := _PUBLISHED.fullmatch(found["published"].strip())) is not None:
        reference.year = int(date["year"])
        reference.month = month_number(date["month"]) if date["month"] else None
        reference.day = int(date["day"]) if date["day"] and reference.month else None
    return reference
