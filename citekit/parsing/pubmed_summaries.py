"""PubMed's summaries as its pages print them and a copy of a page pastes them: the title on one line, the
authors on the next, the citation on the next, then the PMID with PubMed's notes ('Similar articles', 'Cited by',
'Comment in', a search's results, the lists PubMed e-mails):

    Obesity increases the risk of end-stage renal disease among living kidney donors.
    Locke JE, Reed RD, Massie A, MacLennan PA, Sawinski D, Kumar V, Mehta S, Mannon RB, Gaston R, Lewis CE, Segev DL.
    Kidney Int. 2017 Mar;91(3):699-703. doi: 10.1016/j.kint.2016.10.014. Epub 2016 Dec 29.
    PMID: 28041626Free PMC article.

With no blank line between the summaries, each title was read as the end of the reference before it and the PMID
was lost. Each summary is put on one line of its own, in the order PubMed's own 'Cite' prints it (authors, title,
citation, PMID), a blank line around it; the page's other lines stay as they are.
"""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile
from citekit.parsing.lines_of_their_own import each_on_a_line

# 'PMID: 28041626', 'PMID: 27172445Free PMC article.', 'PMID: 42327583      Free PMC article.     Review.': the
# PMID and only PubMed's notes after it. Not 'PMID: 31078331.' nor 'PMID: 32737332; PMCID: PMC7395772.', which end
# a reference printed whole (and wrapped), nor an article page's 'PMID: 20215610 DOI: 10.1001/jama.2010.237'.
_PMID_LINE = lazy_compile(r"[ \t]*+PMID:[ \t]?+(?P<pmid>\d{1,8})(?:[ \t]*+[A-Z][A-Za-z&' -]{0,40}+\.)*+[ \t]*+")
# The citation: the journal's abbreviation (no full stop in it: PubMed's have none) and the year after its stop,
# 'Kidney Int. 2017 Mar;…', 'bioRxiv [Preprint]. 2025 Dec. doi: …', '3 Biotech. 2023 Jan;…'; or a book's 'In: Adam
# MP, … editors. GeneReviews® [Internet]. …'.
_CITATION_LINE = lazy_compile(r"[ \t]*+(?:In:[ \t]|[^\W_][^.\n]{0,150}?\.[ \t]++(?:1[6-9]|20)\d\d\b)[^\n]*+")
# PubMed's links between works, printed between a citation and its PMID: 'Erratum in: Sci Rep. 2020 …'. They cite
# another work: no part of this one.
_LINKED_WORK_LINE = lazy_compile(
    r"[ \t]*+(?:Erratum|Retraction|Comment|Update|Corrected and republished|Republished|Expression of concern)"
    r"(?:[ \t](?:in|of|for|on|from))?:[^\n]*+"
)
# One author as PubMed prints them: 'Locke JE', 'O'Keeffe LM', 'Al Ammary F', 'LaPointe Rudow D', 'van der Berg J'.
_AUTHOR = lazy_compile(
    r"[^\W\d_][\w'’-]*+(?:[ \t][^\W\d_][\w'’-]*+){0,4}?[ \t][A-Z]{1,4}(?:[ \t](?:Jr|Sr|2nd|3rd|I{2,3}|IV))?"
)
# What a search's results print over each summary, and nothing else on its line: its number, the 'Cite' and 'Share'
# buttons.
_RESULTS_CHROME = lazy_compile(r"[ \t]*+(?:\d{1,5}\.?|Cite|Share|Cite[ \t]+Share)[ \t]*+")
_TITLE_END = lazy_compile(r"[.?!][\"”’)\]]*+[ \t]*+$")
_LINKED_WORKS_AT_MOST = 4
_LINES_ABOVE = 3  # a summary's title and authors, and one line more to see what is above them


def has_pubmed_summaries(text: str) -> bool:
    """A line of a PMID and PubMed's notes only, as PubMed prints under each summary."""
    return "PMID:" in text and any(
        _PMID_LINE.fullmatch(line) for line in text.split("\n") if line.lstrip().startswith("PMID:")
    )


def summaries_as_text(text: str) -> tuple[str, list[int]]:
    """The text with each PubMed summary one line, a blank line before and after it; and for each line of the
    text, the 0-based line of the pasted text it came from (a summary's: its title's)."""
    lines = text.split("\n")
    entries: dict[int, tuple[int, str]] = {}  # the title's line → the PMID's line and the summary on one line
    taken = -1  # the last line a summary took: the next is looked for below it
    for number, line in enumerate(lines):
        if line.lstrip().startswith("PMID:") and (pmid := _PMID_LINE.fullmatch(line)) is not None:
            found = _summary(lines, number, taken)
            if found is not None:
                first, summary = found
                entries[first] = (number, f"{summary} PMID: {pmid['pmid']}.")
                taken = number
    if not entries:
        return text, list(range(len(lines)))
    chrome = set()  # a search result's number and buttons over its summary (blank lines between)
    for first in entries:
        above = first - 1
        while above >= 0 and (not lines[above].strip() or _RESULTS_CHROME.fullmatch(lines[above])):
            chrome.add(above)
            above -= 1
    return each_on_a_line(lines, entries, chrome)


def _summary(lines: list[str], pmid_line: int, taken: int) -> tuple[int, str] | None:
    """The summary whose PMID is on pmid_line: its title's line and its authors, title and citation on one line."""
    citation = pmid_line - 1
    while citation > max(taken, pmid_line - 1 - _LINKED_WORKS_AT_MOST) and _LINKED_WORK_LINE.fullmatch(lines[citation]):
        citation -= 1
    if citation <= taken or _CITATION_LINE.fullmatch(lines[citation]) is None:
        return None
    above: list[str] = []  # the lines over the citation, nearest first, up to a blank line or the summary before
    for number in range(citation - 1, max(taken, citation - 1 - _LINES_ABOVE), -1):
        if not lines[number].strip() or _RESULTS_CHROME.fullmatch(lines[number]):
            break
        above.append(lines[number].strip())
    if (
        len(above) >= 2
        and _TITLE_END.search(above[1])
        and (_names(above[0]) or len(above) == 2 and not _names(above[1]))
    ):
        # Two lines alone over the citation: a group alone as author ('GBD 2019 Diseases and Injuries
        # Collaborators.'); not names over a title ('Brodrick PG, Davies AB, Asner GP.' + 'Uncovering …').
        authors, title = above[0], above[1]
    elif len(above) == 1 and _TITLE_END.search(above[0]) and not _names(above[0]):
        # No authors printed, the title alone on its line: not a wrapped reference's last line ('the kidney.').
        authors, title = "", above[0]
    else:
        return None
    if authors and not authors.endswith("."):
        return None
    first = citation - (2 if authors else 1)
    return first, " ".join(part for part in (authors, title, lines[citation].strip()) if part)


def _names(line: str) -> bool:
    """'Locke JE, Reed RD, Segev DL.', '…, LaPointe Rudow D; American Society of Transplantation.': authors."""
    if not line.endswith("."):
        return False
    people = line[:-1].partition("; ")[0].removesuffix(", et al")
    return all(_AUTHOR.fullmatch(person) for person in people.split(", "))
