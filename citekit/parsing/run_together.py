"""A numbered list run together on one line ('1. Stanek G, … 461–73. 2. Bacon RM, … 3. …'), as a page's
text flattened by an app or a PDF's text with its line breaks lost pastes it: each item on a line of
its own again, so that the list is found and split as any numbered list is. So is a publisher's list run together
with each reference's links after it ('… 1147–1166. [Google Scholar] [CrossRef] Federman, P.; Pittel, S. …')."""

from __future__ import annotations

from bisect import bisect_right

from citekit.lazy_regex import lazy_compile
from citekit.parsing.link_labels import LINK_LABEL

# A list number after a space or at the line's start, before what begins a reference: a capital, a
# quotation mark or a bracket ('2. Bacon', '[2] “Lyme'); not 'Version 10. http://'.
_NUMBER = lazy_compile(r"(?<!\S)(?:\[(?P<bracketed>\d{1,4})\]|(?P<dotted>\d{1,4})\.)\s+(?=[A-ZÀ-ÖØ-Þ\"“‘'(\[])")
# Numbers in sequence a line must hold, each item this long on average, before it is taken apart:
# an enumeration in a sentence ('1. first, 2. second') is shorter.
_AT_LEAST = 3
_ITEM_LENGTH = 40


def _longest_run(found: list[tuple[int, int]]) -> list[int]:
    """The starts of the longest chain of numbers each one more than the last, in page order;
    (start, number) pairs as found."""
    where: dict[int, list[int]] = {}
    for start, number in found:
        where.setdefault(number, []).append(start)
    best: list[int] = []
    taken: set[int] = set()  # a chain from one of these is the end of a chain already seen
    for start, number in found:
        if start in taken:
            continue
        chain = [start]
        while (later := where.get(number + len(chain))) and (index := bisect_right(later, chain[-1])) < len(later):
            chain.append(later[index])
        taken.update(chain)
        if len(chain) > len(best):
            best = chain
    return best


# A run of links in brackets, as MDPI and PubMed Central print them after each reference, then what begins the next
# one: a family name and its comma or a capital's initial ('[CrossRef] [PubMed] Otsuka, T.; Suzuki, T.; …').
# At most this many links are looked at from each place: the search takes linear time on a line of links alone.
_LINKS_AT_MOST = 8
_AFTER_LINKS = lazy_compile(
    rf"(?<!\S)(?>\[(?:{LINK_LABEL.pattern})\][ \t]*+){{1,{_LINKS_AT_MOST}}}"
    r"(?=[A-ZÀ-ÖØ-Þ][\w'’-]*+(?:\s[\w'’-]++){0,2},\s[A-ZÀ-ÖØ-Þ])"
)


# Springer Nature's page prints its links unbracketed, 'Google Scholar' last ('… (2020). Article PubMed PubMed Central
# Google Scholar Wu, F. et al. Nature …', 'Article CAS Google Scholar'), as Frontiers' does ('PubMed Abstract |
# CrossRef Full Text | Google Scholar').
_AFTER_BARE_LINKS = lazy_compile(
    rf"(?<!\S)(?>(?:{LINK_LABEL.pattern})[ \t|]++){{0,{_LINKS_AT_MOST}}}Google Scholar[ \t]++"
    r"(?=[A-ZÀ-ÖØ-Þ][\w'’-]*+(?:\s[\w'’-]++){0,2},\s[A-ZÀ-ÖØ-Þ])"
)


# A word opening the line or a sentence, before a capital: a heading the flattened page runs into its list.
_HEADING_WORD = lazy_compile(r"(?:^|(?<=[.!?] ))(?P<word>[^\W\d_]+):? (?=[A-ZÀ-ÖØ-Þ])")


def _heading_opening(line: str, end: int) -> list[int]:
    """Where the heading the flattened page runs its list into begins and ends, the last before end ('… of utmost
    importance. References Zhou, P. et al. …'), each a cut: the heading on a line of its own, the body text before it
    on another; none with no heading."""
    from citekit.parsing.segmenter import REFERENCE_HEADINGS  # the segmenter loads only when a list is taken apart

    headings = [found for found in _HEADING_WORD.finditer(line, 0, end) if found["word"].lower() in REFERENCE_HEADINGS]
    if not headings:
        return []
    return [cut for cut in headings[-1].span() if cut]


def _cuts(line: str) -> list[int]:
    """Where each item of a run-together list starts in the line, after the first; none for any other."""
    if len(line) < _AT_LEAST * _ITEM_LENGTH:
        return []
    if "] " in line and len(after_links := [found.end() for found in _AFTER_LINKS.finditer(line)]) + 1 >= _AT_LEAST:
        return after_links
    if "Google Scholar " in line and len(links := list(_AFTER_BARE_LINKS.finditer(line))) >= 2:
        # The links on a line of their own after each reference, as the page prints them (page.py reads them so).
        return [*_heading_opening(line, links[0].start()), *(cut for found in links for cut in found.span())]
    found = {"bracketed": [], "dotted": []}
    for number in _NUMBER.finditer(line):
        kind = "bracketed" if number["bracketed"] else "dotted"
        found[kind].append((number.start(), int(number[kind])))
    run = max((_longest_run(pairs) for pairs in found.values()), key=len)
    if len(run) < _AT_LEAST or (len(line) - run[0]) / len(run) < _ITEM_LENGTH:
        return []
    return [start for start in run if line[:start].strip()]


def items_apart(text: str) -> tuple[str, list[int]]:
    """The text with each item of a run-together numbered list on a line of its own, and for each of
    its lines (as str.splitlines gives them) the 0-based line of the text it came from."""
    lines = text.splitlines()
    cuts = [_cuts(line) for line in lines]
    if not any(cuts):
        return text, list(range(len(lines)))
    apart, origins = [], []
    for number, (line, starts) in enumerate(zip(lines, cuts, strict=True)):
        bounds = [0, *starts, len(line)]
        for start, end in zip(bounds, bounds[1:], strict=False):
            apart.append(line[start:end].rstrip())
            origins.append(number)
    return "\n".join(apart), origins
