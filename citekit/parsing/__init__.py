"""Reference strings → records."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from citekit.lazy_regex import lazy_compile
from citekit.model import Author, Reference
from citekit.parsing.abnt_theses import read_abnt_thesis
from citekit.parsing.accessed import access_date
from citekit.parsing.ama_web_pages import parse_ama_web_page
from citekit.parsing.annotations import without_annotation
from citekit.parsing.authors import PARTICLES, SAME_AUTHORS, YEAR_FIRST
from citekit.parsing.dash_glyphs import dashes_mended
from citekit.parsing.data_repositories import parse_repository_citation
from citekit.parsing.dblp import read_dblp
from citekit.parsing.described_works import Description, parse_described_work, read_description, without_description
from citekit.parsing.document_versions import read_version, version_out_of_the_title, without_version
from citekit.parsing.drug_labels import parse_drug_label
from citekit.parsing.editions import without_spelt_edition
from citekit.parsing.eu_legislation import parse_eu_act
from citekit.parsing.forthcoming import read_state, state_in
from citekit.parsing.gbt7714 import parse_gbt7714_reference
from citekit.parsing.gost import parse_gost_book, parse_gost_reference
from citekit.parsing.harvard_web import parse_harvard_web_page
from citekit.parsing.isbn import without_isbn
from citekit.parsing.jstage import parse_jstage_reference
from citekit.parsing.legislation import parse_brazilian_law
from citekit.parsing.markdown import is_markdown, plain_text
from citekit.parsing.meeting_abstracts import read_meeting_abstract
from citekit.parsing.mla import parse_mla_book, read_mla_source
from citekit.parsing.nature import parse_nature_reference, volume_set_apart
from citekit.parsing.nlm_books import (
    parse_nlm_body_book,
    parse_nlm_book,
    parse_nlm_book_part,
    parse_nlm_homepage,
    parse_nlm_internet_chapter,
)
from citekit.parsing.ocr import years_mended
from citekit.parsing.page import CITATION_LABEL, Item, clean_pdf_text, find_items, t1_decoded, trailing_links
from citekit.parsing.patents import read_patent
from citekit.parsing.preprints import read_preprint_server
from citekit.parsing.r_packages import parse_r_package
from citekit.parsing.report_series import ReportSeries, read_report_series, without_report_series
from citekit.parsing.role_brackets import (
    RoleBracket,
    read_media_roles,
    read_role_bracket,
    without_media_roles,
    without_role_bracket,
)
from citekit.parsing.segmenter import DIN_LABEL, is_subheading, list_number
from citekit.parsing.series import without_series
from citekit.parsing.software_makers import parse_maker_software
from citekit.parsing.spaced_thousands import thousands_joined
from citekit.parsing.springer import parse_springer_reference, starts_springer_reference
from citekit.parsing.standards import read_standard
from citekit.parsing.translations import without_original_note, without_translation_note
from citekit.parsing.trial_registrations import read_trial_registration
from citekit.parsing.vancouver import parse_vancouver_reference, read_scholar_proceedings
from citekit.parsing.who_citations import read_who_citation

__all__ = ["ParseResult", "parse_each", "parse_reference", "parse_references"]

# A citation number left on the string ('1.', '[1]', '(1)') is not part of the reference.
# reStructuredText's '.. [1]' (Sphinx, numpydoc's References) and Markdown's footnote '[^1]:' too.
# Chemistry's works grouped under one number, each by a letter: '(a) Weininger, D. SMILES …; (b) Sastry GM, …'.
_NUMBER = lazy_compile(
    r"^\s*(?:(?:\.\.\s+)?\[\d{1,6}\]\.?|\[\^\d{1,6}\]:|\(\d{1,6}\)|\d{1,6}\.(?!\d)|\([a-h]\)(?=\s))\s*"
)
# PubMed's notes on a citation (its AMA 'Cite' prints them): '[published correction appears in Nat
# Cell Biol. 2018 Apr;20(4):507]', '[published online ahead of print, 2020 Jan 5]', '[Erratum in: …]',
# '[Retraction in: …]'. They cite another work, whose journal and numbers are not this one's.
_PUBMED_NOTE = lazy_compile(
    r"\s*\[\s*(?:published|erratum|epub|retracted|retraction|correction|corrected|comment\s+(?:in|on)"
    r"|expression\s+of\s+concern)\b[^\[\]]*\]",
    re.IGNORECASE,
)

# A note's lead-in before the work it cites: 'Vgl.', 'Vgl. auch', 'Siehe dazu', 'See also', 'Cf.'
# ('7) Vgl. Sonja Puntscher-Riekmann / …: An Honest Broker …'): no part of the reference. Not a
# bare 'See' (a family name too: 'See, K. E.'), nor after a footnote's bare number.
_LEAD_IN = lazy_compile(
    r"^(?P<number>\s*(?:\[\d{1,6}\]|\(\d{1,6}\)|\d{1,6}[.)])?\s*)"
    r"(?:vgl\.|siehe|see\s+also|cf\.)(?:\s+(?:auch|dazu|ausführlich(?:\s+dazu)?))?\s+(?=\S)",
    re.IGNORECASE,
)


# Wikipedia's marks back to where a reference is cited, copied with its list: '^', '↑' (German, French),
# 'Jump up to:' (the text some skins hide for screen readers), then a letter for each place it is cited
# ('^ a b c van Niel G, …', '↑ a b et c …'); HighWire's (bioRxiv, medRxiv, BMJ, PNAS, J Neurosci) '↵', glued
# to the number and the name ('7.↵Taube, J. S. …'). No part of the reference.
_BACKLINKS = lazy_compile(
    r"^(?P<number>\s*(?:\[\d{1,6}\]|\(\d{1,6}\)|\d{1,6}[.)])?\s*)(?:Jump up\s*)?(?:\^|↑|↵)\s*"
    r"(?:Jump up(?:\s+to)?:?\s*\^?\s*)?"
)
_BACKLINK_LETTER = lazy_compile(r"(?P<letter>[a-z]{1,2})(?:,?\s+(?:(?:and|et|und)\s+)?|$)")


def _without_backlinks(text: str) -> str:
    """The text without Wikipedia's marks back to the citations; the letters only as far as they run a, b,
    c … (a reference may begin with a short word in lower case: '^ de Gaulle, C. …')."""
    found = _BACKLINKS.match(text)
    if found is None:
        return text
    end, place = found.end(), 0
    while (letter := _BACKLINK_LETTER.match(text, end)) is not None and letter["letter"] == _backlink_letter(place):
        end, place = letter.end(), place + 1
    return found["number"] + text[end:]


def _backlink_letter(place: int) -> str:
    """The letter Wikipedia gives the citation at this place: a … z, then aa, ab …"""
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    return alphabet[place] if place < len(alphabet) else alphabet[place // 26 - 1] + alphabet[place % 26]


@dataclass(slots=True)
class ParseResult:
    references: list[Reference] = field(default_factory=list)
    # Items under a 'References' heading that no layout could read: worth telling the user.
    unreadable: list[Item] = field(default_factory=list)
    # Items of a list pasted alone, with no heading, read as no reference (most often a running
    # head or a page's foot): told, so that a reference left out never goes unseen. In a whole
    # paper with no heading such items are mostly body text, and are not told.
    left_out: list[Item] = field(default_factory=list)


def parse_reference(text: str) -> Reference:
    """One reference string → a record. Springer's author–year layout, Vancouver/NLM and Nature are
    read by rule (exact, and fast); anything else by the learned sequence labeller, with a
    confidence for each field."""
    return parse_each([text])[0]


# A citation label and a colon before the reference, a letter first and a digit in the label: a thesis's '[BENE14]:
# Benet, Juan: IPFS …' (the colon kept the names from being read). Not '[Anonymous]:' nor a list's '[12]'; a label with
# no colon ('[Knu84] Donald E. Knuth. …', alpha.bst's) the labeller reads as it was trained to.
_CITATION_LABEL_FIRST = lazy_compile(rf"^\s*+{CITATION_LABEL}[ \t]*+:[ \t]*+(?=\S)")
# Taylor & Francis's pages print each reference's label in the text before it, and a copy of the page keeps it: 'Ho
# (1998) Ho, T. K. (1998). …', 'Amit and Geman (1997) Amit Y., & Geman, D. (1997). …', 'Heuvelink, 1998 Heuvelink, G.
# B. M. (1998). …' (the label's name read as the first author, the initials lost). The label's first name again, then
# its comma or an initial: not 'Brown A (2015) Brown adipose tissue …'.
_AUTHOR_DATE_LABEL = lazy_compile(
    r"^\s*+(?P<name>[^\W\d_][\w'’-]++)(?:\s(?:and|&)\s[^\W\d_][\w'’-]++|\set\sal\.)?"
    r"(?:\s\((?:1[5-9]|20)\d\d[a-z]?\)|,\s(?:1[5-9]|20)\d\d[a-z]?)\s++(?=(?P=name)(?:,\s|\s[A-Z]\.))"
)

# PubMed's mark for a work with no authors, copied with its reference: '[No authors listed] Final amended report on
# the safety assessment of Methylparaben, Ethylparaben, …. Int J Toxicol 2008, 2 (suppl 4): 1-82' (the title was read
# from its fifth word, the four before as names). It is read as the name the labeller learned such works by, and
# the record keeps no name.
_NO_AUTHORS_LISTED = lazy_compile(
    r"^(?P<number>\s*+(?:\d{1,4}[.)]|\[\d{1,4}\])?\s*+)\[No authors listed\.?\]\.?[ \t]*+", re.IGNORECASE
)
_NO_NAMES_NAME = "Anonymous"
_NO_NAMES_READ_AS = f"{_NO_NAMES_NAME}. "
# ABNT's rule for the authors of the reference before ('______. Presidentialism, parliamentarism, and democracy.
# [S.l.]: Cambridge University Press, 2007.'), which pdftotext leaves out as a drawn line: the stop after it first
# ('. Presidentialism, …', read as no reference). It is read as the rule; none of the training strings begins so.
_RULE_LOST = lazy_compile(r"^\s*+\.[ \t]++(?=[^\W\d_])")
_RULE_READ_AS = "______. "
# IEEE's title in quotes, its comma inside them, as a German word processor sets them: '„Wikipedia - Wi-Fi Direct,“
# [Online]. Available: …' (read as no field at all). Read in the quotes the labeller learned IEEE's titles in; none of
# the training strings, nor the EXCITE papers' references, quotes a comma so.
_TITLE_IN_GERMAN_QUOTES_AROUND_ITS_COMMA = lazy_compile(r"„([^„“”\n]{1,300}?),“")

# biblatex's names given first in its German, French, Spanish, Portuguese or Italian localisation, the last joined by
# the language's 'and': 'Daniel Osorio, Paola Rondón-Villarreal und Rodrigo Torres. “Peptides: …”' (the names after
# the first were read as the title). Read with the English 'and', which the labeller learned such lists with; two
# names alone ('Hans Müller und Eva Weber.') it reads already.
_NAME_GIVEN_FIRST = r"[A-ZÀ-ÖØ-Þ][\w'’-]*+\.?+(?: [A-ZÀ-ÖØ-Þ][\w'’-]*+\.?+){1,3}+"
_GIVEN_FIRST_NAMES_JOINED = lazy_compile(
    r"^(?P<names>\s*+(?:\[[^\]\n]{1,20}\]\s*+|\d{1,4}\.\s++)?"
    rf"(?:{_NAME_GIVEN_FIRST}, ){{1,30}}+{_NAME_GIVEN_FIRST}) (?:und|et|y|e) (?={_NAME_GIVEN_FIRST},? )"
)


# Characters of a string read for its fields. The longest of the 11,164 real references in the training and held-out
# sets has 908; a longer string is a paragraph or hostile, and some rules take time that grows faster than its length.
_READ_AT_MOST = 4_000


@dataclass(slots=True)
class _TakenOff:
    """What is taken off a reference before the rules and the labeller read it, to go back into its record: notes,
    a series, an agency's report series, an ISBN, a reviewer's annotation, APA's brackets of roles and its
    description of the work."""

    note: str | None = None  # the translation's or the first edition's
    series: str | None = None
    isbn: str | None = None
    annotation: str | None = None
    role_bracket: RoleBracket | None = None
    media_roles: dict[str, list[Author]] = field(default_factory=dict)
    description: Description | None = None
    report_series: ReportSeries | None = None


def _taken_off(text: str) -> tuple[str, _TakenOff]:
    """The reference's body, to be read, and what was taken off it."""
    taken = _TakenOff()
    body, taken.note = without_translation_note(text)
    if taken.note is None:
        body, taken.note = without_original_note(body)
    body, taken.series = without_series(body)
    body, taken.report_series = without_report_series(body)
    body, taken.isbn = without_isbn(body)
    body, taken.annotation = without_annotation(body)
    body, taken.role_bracket = without_role_bracket(body)
    body, taken.media_roles = without_media_roles(body)
    body, taken.description = without_description(body)
    return thousands_joined(dashes_mended(years_mended(body))), taken


def _put_back(reference: Reference, taken: _TakenOff) -> None:
    if taken.annotation:
        reference.variables.setdefault("annote", taken.annotation)  # a reviewer's note on the work
    if taken.isbn:
        reference.variables.setdefault("ISBN", taken.isbn)
    if taken.note:
        reference.variables.setdefault("note", taken.note)
    if taken.series:
        reference.variables["collection-title"] = taken.series
    read_report_series(reference, taken.report_series)
    read_role_bracket(reference, taken.role_bracket)
    read_description(reference, taken.description)
    read_media_roles(reference, taken.media_roles)


def parse_each(texts: list[str]) -> list[Reference]:
    """Reference strings → one record each, in order. The learned path labels all the strings no
    rule reads in one batch, which is many times faster than one by one."""
    texts = [clean_pdf_text(text) for text in texts]
    bodies, taken, unnamed = [], [], []
    for text in texts:
        labelled = _CITATION_LABEL_FIRST.sub("", DIN_LABEL.sub("", text[:_READ_AT_MOST], count=1), count=1)
        labelled = volume_set_apart(_AUTHOR_DATE_LABEL.sub("", labelled, count=1))
        labelled = _RULE_LOST.sub(_RULE_READ_AS, labelled, count=1)
        if "„" in labelled:
            labelled = _TITLE_IN_GERMAN_QUOTES_AROUND_ITS_COMMA.sub(r"“\1,”", labelled)
        labelled = _GIVEN_FIRST_NAMES_JOINED.sub(r"\g<names> and ", labelled, count=1)
        labelled, no_names = _NO_AUTHORS_LISTED.subn(rf"\g<number>{_NO_NAMES_READ_AS}", labelled, count=1)
        unnamed.append(no_names > 0)
        if is_markdown(labelled, at_least=1):
            labelled = plain_text(labelled)  # a reference pasted alone from Markdown: '… values. *BMJ*, 309(6947):102'
        body, off = _taken_off(_without_notes(_NAMES_NUMBER.sub("", labelled, count=1)))
        bodies.append(body)
        taken.append(off)
    # A work's state is looked for once: no rule reads a reference holding one ('J Immunol, in press.': none expects
    # a state where the year or the pages stand), and the record keeps it.
    states = [state_in(body) for body in bodies]
    references: list[Reference | None] = [
        None if state is not None else _by_rule(body, off.description)
        for body, state, off in zip(bodies, states, taken, strict=True)
    ]
    unread = [index for index, reference in enumerate(references) if reference is None]
    if unread:
        from citekit.parsing.learned import parse_learned_many

        # A handbook's version and an edition named by its word, taken off for the labeller only: the rules read
        # software's versions in place.
        versioned = [without_version(bodies[index]) for index in unread]
        editions = [without_spelt_edition(body) for body, _ in versioned]
        learned = parse_learned_many([body for body, _ in editions])
        for index, (reference, confidence), (_, version), (_, edition) in zip(
            unread, learned, versioned, editions, strict=True
        ):
            reference.confidence = confidence
            read_version(reference, version)
            if edition:
                reference.variables.setdefault("edition", edition)
            references[index] = reference
    for reference, text, body, off, state, no_names in zip(
        references, texts, bodies, taken, states, unnamed, strict=True
    ):
        if no_names:
            reference.authors = [name for name in reference.authors if name.family != _NO_NAMES_NAME]
        _put_back(reference, off)
        read_preprint_server(reference, body)
        read_dblp(reference, body)
        read_patent(reference, body)
        read_standard(reference, body)
        read_meeting_abstract(reference, body)
        read_who_citation(reference, body)
        read_trial_registration(reference, body)
        read_mla_source(reference, body)
        read_scholar_proceedings(reference, body)
        read_abnt_thesis(reference, body)
        version_out_of_the_title(reference)
        read_state(reference, state)
        reference.accessed = reference.accessed or access_date(body)
        _emphasis_taken_off(reference)
        reference.raw = text  # as printed, label and all
    return [reference for reference in references if reference is not None]  # none is left


def _emphasis_taken_off(reference: Reference) -> None:
    """Markdown's emphasis around a title or a journal ('*Nat Med*', '**A title**', '_A title_'), as a reference
    pasted alone from Markdown keeps it (a page's marks are taken off before it is split: markdown.py)."""
    for name in ("title", "container_title"):
        if (value := getattr(reference, name)) and ("*" in value or "_" in value):
            bare = plain_text(value)  # '*De novo* design', 'in *Mycobacterium smegmatis* porin A'
            wrapped = value.startswith("*") and value.endswith("*")  # not the venue '* SEM@NAACL-HLT' ('*SEM')
            setattr(reference, name, (bare.strip("* ").rstrip(" .,;:") if wrapped else bare) or value)


# A list's number with no stop, bare or glued to the first name as a superscript's copy leaves it ('1Visser
# H-C, de W, …', '1 Zhang A. …', '1García-Márquez J:'): not part of the name. Only before Vancouver's
# 'Family Initials', glued to a name of two whole words ('1Ostner Pierre.'), or to initials given first.
_NAMES_NUMBER = lazy_compile(
    r"^\s*\d{1,3}\s?(?=[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)*,?\s[A-Z](?:-?[A-Z]){0,2}\.?[,.:;\s])"
    r"|^\s*\d{1,3}(?=[A-ZÀ-Þ][a-zà-ÿ'’-]+\s[A-ZÀ-Þ][a-zà-ÿ'’-]+[,.:;])"  # glued before a whole given name
    # glued before initials given first, as physics' superscript numbers copy: '1D. Avasthi, Def. Sci. J. 59, …',
    # '8R. Darkins, P.-W. Ma, …', '3W. Wesch and E. Wendler, …'
    r"|^\s*\d{1,3}(?=[A-Z]\.(?:\s?-?[A-Z]\.){0,2}\s[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:,|\sand\s|\set al\b))"
)


def _without_notes(text: str) -> str:
    """The reference without PubMed's notes, or a note's lead-in; the record keeps the text as
    printed (raw)."""
    marked = "^" in text or "↑" in text or "↵" in text
    text = _LEAD_IN.sub(r"\g<number>", _without_backlinks(text) if marked else text, count=1)
    return _PUBMED_NOTE.sub("", text) if "[" in text else text


def _by_rule(text: str, description: Description | None = None) -> Reference | None:
    unnumbered = _NUMBER.sub("", text, count=1)
    reference = (
        (parse_described_work(unnumbered, description) if description is not None else None)
        or (parse_gost_reference(unnumbered) if "//" in unnumbered else None)
        or parse_repository_citation(unnumbered)
        or parse_r_package(unnumbered)
        or parse_maker_software(unnumbered, description is not None and description.kind == "software")
        or parse_ama_web_page(unnumbered)
        or parse_drug_label(unnumbered)
        or parse_harvard_web_page(unnumbered)
        or parse_springer_reference(unnumbered)
        or parse_vancouver_reference(unnumbered)
        or parse_nlm_internet_chapter(unnumbered)  # which asks for '[Internet]' first
        or parse_nlm_homepage(unnumbered)  # so does this
        or parse_nlm_book_part(unnumbered)  # and this for 'Chapter '
        or (parse_nlm_body_book(unnumbered) if "; " in unnumbered else None)
        or (parse_nlm_book(unnumbered) if "; " in unnumbered else None)
        or parse_nature_reference(unnumbered)
        or parse_mla_book(unnumbered)
        or (parse_brazilian_law(unnumbered) if "de " in unnumbered else None)
        or parse_eu_act(unnumbered)
        or (parse_gbt7714_reference(unnumbered) if "[" in unnumbered else None)
        or (parse_gost_book(unnumbered) if " – " in unnumbered or " : " in unnumbered or " — " in unnumbered else None)
        or (parse_jstage_reference(unnumbered) if "巻, " in unnumbered or ", Volume " in unnumbered else None)
    )
    if reference is not None:
        reference.raw = text
        reference.confidence = dict.fromkeys(_printed(reference), 1.0)
    return reference


def _printed(reference: Reference) -> list[str]:
    values = {
        "authors": reference.authors,
        "title": reference.title,
        "journal": reference.container_title,
        "year": reference.year,
        "volume": reference.volume,
        "issue": reference.issue,
        "pages": reference.pages,
    }
    return [name for name, value in values.items() if value]


def is_reference(reference: Reference) -> bool:
    """Enough was read to call it a reference: a title with authors or editors, a year or a source; or,
    as physics and chemistry print them with no title ('V. Aynutdinov et al. Astropart. Phys. 29 (2008)
    366.'), authors with a source and a year, volume or pages, or with an identifier; or names, a year
    and where the work came out, its title unread ('Mahler, Gustav (1924): Briefe 1879–1911,
    Berlin/Wien/Leipzig.'): a reference still, kept whole rather than lost from the list."""
    named = reference.authors or reference.editors
    # (A title and the day its page was read: a web page whose link the PDF broke, 'Available: ht tps://…'.)
    if reference.title and (
        named or reference.year or reference.container_title or reference.url or reference.accessed
    ):
        return True
    if _software_of_a_maker(reference) or _numbered_work(reference) or _makers_document(reference):
        return True
    if not named:
        return False
    located = reference.year or reference.volume or reference.pages
    published = reference.variables.get("publisher") or reference.variables.get("publisher-place")
    return bool(
        (reference.container_title and located)
        or (reference.year and published)
        or reference.doi
        or reference.url
        or _PREPRINT.search(reference.raw or "")  # 'D. Semikoz and G. Sigl, arXiv:hep-ph/0309328.'
    )


# A footnote of a pasted paper: its number, then a word no reference begins with ('3 Vgl. …',
# '12 So in seinem Interview …', '4 See also …'); a numbered reference begins with its authors.
# Not an item of a numbered list whose number follows its neighbour's ('6) …', '7) Vgl. …'): a list
# of endnotes ('Anmerkungen') cites its works so: '7) Vgl. Sonja Puntscher-Riekmann / …: An Honest
# Broker …'. A footnote's bare number ('3 Vgl.') keeps it a footnote.
_FOOTNOTE = lazy_compile(
    r"^\s*\d{1,3}[.)]?\s?(?:vgl|siehe|zit|ebd|ebenda|dazu|so|in|im|wenn|wie|für|zum|zur|sie|es|auch"
    r"|hier|see|cf|ibid|also|this|it|for|on|as"
    r"|der|das|dies|diese|dieser|dieses|tatsächlich|folglich|allerdings|jedoch|zudem|dabei|daher|damit|dass"
    r"|the|these|however|although|while|there)\b(?![:,])",  # 'Das, A.:' and 'So, K.' are names
    re.IGNORECASE,
)
# 'n.d.', 'o. J.' (ohne Jahr), 's.d.', 'in press', 'im Druck', 'forthcoming', 'im Erscheinen',
# 'unpublished', and links a PDF broke ('https ://').
_UNDATED = lazy_compile(
    r"\b(?:n\.\s?d|o\.\s?j|s\.\s?d)\.|\b(?:in press|im druck|forthcoming|im erscheinen|sous presse|en prensa"
    r"|in begutachtung|under review|in vorbereitung|in preparation"
    r"|unpublished|unveröffentlicht|these proceedings|this conference)\b|\bhttps?\s?:\s?/",
    re.IGNORECASE,
)


def _unsure_and_unnamed(reference: Reference) -> bool:
    """No names, and a field the labeller was less than half sure of: in a pasted paper, most
    often a paragraph of its text that the splitter took in."""
    return not (reference.authors or reference.editors) and min(reference.confidence.values(), default=1.0) < 0.5


def _long_and_unnamed(reference: Reference) -> bool:
    """No names, and longer than a reference without names runs (400 characters): in a pasted
    paper, a paragraph of its text the splitter took in."""
    return not (reference.authors or reference.editors) and len(reference.raw or "") > _UNNAMED_AT_MOST


_UNNAMED_AT_MOST = 400

# A reference begins with a name, a number, a bracket or a quote; a lower-case word begins it only
# as a name's particle ('van Dijk', 'de Certeau'), a link, 'ders.', or a name in small capitals
# the PDF lost ('steinführer, A.').
_LOWER_WORD = lazy_compile(r"^(?P<word>[a-zäöüßàâçéèêëîïôûùÿñ]+)(?:[\s,;:.]|$)")
_NOT_MID_SENTENCE = PARTICLES | {"des", "d", "et", "al", "el", "www", "http", "https", "ders", "dies", "o"}
_NAME_AND_INITIAL = lazy_compile(r"^\S+,\s+[A-ZÀ-Þ]\.")


# A citation in brackets, names and a year, then a word in lower case: a sentence whose subject is the work cited
# ('[Rajpurkar et al.2016] argues that while questions …', AAAI's body in a two-column page's -layout text); a list's
# key over its reference is followed by the names ('[Cui et al. 2016] Cui, Y., …').
_CITATION_THEN_A_WORD = lazy_compile(r"^\[[^\]\[]{2,80}?(?:1[5-9]|20)\d\d[a-z]?\]\s++(?=[a-z])")


def _mid_sentence(text: str) -> bool:
    """'eine Distanzierung Rußlands von den USA …': a line of body text the splitter took in. Not an author's handle
    in lower case and its stop before a quoted title ('facebookexperimental. “MIRAI/documentation/CallGraph.md at
    main …” (Jan. 24, 2022), [Online]. Available: …', IEEE's web page by a GitHub organisation)."""
    text = text.strip()
    if (cited := _CITATION_THEN_A_WORD.match(text)) is not None:
        text = text[cited.end() :]
    word = _LOWER_WORD.match(text)
    return (
        word is not None
        and word["word"] not in _NOT_MID_SENTENCE
        and not _NAME_AND_INITIAL.match(text)
        and "://" not in text[:12]  # a link whose 'tt' the PDF lost: 'hpt://', 'htp://'
        and not _HANDLE_THEN_QUOTED_TITLE.match(text)
    )


_HANDLE_THEN_QUOTED_TITLE = lazy_compile(r"[a-z\d][\w.-]{0,60}\.\s[“\"]")
# R's printout of a data frame's columns and their types, as a knitted report shows it ('$ reporting_date <date>
# 2020-01-20, 2020-01-20, …', '<fct> 0, 0, 0, NA, …'): dated, and read as references; no reference holds such a tag.
_COLUMN_TYPES = lazy_compile(r"<(?:chr|fct|dbl|int|lgl|date|dttm|ord)>")


# A list's number: '12.', '[12]', '(12)', '12)', and bare, '12 Rijn A, …' (the BMJ prints them so, and a
# PDF's copy can lose the stop). Not a year: '(2001) …', '1906. …' open an author's next work. A Markdown
# bullet may stand before it, as a PDF converted to Markdown numbers its list: '- 21. Xie X, …'; Chinese
# documents bracket it so: '【2】Mariani, Valerio, …', or give it a stop: '[2].Chellapilla K, …'; reStructuredText
# writes '.. [2]', Markdown's footnotes '[^2]:'. A copy of PubMed Central's page glues it to the name: "1O'Rourke JA,
# Scharf JM, …", '2Deng H, …'.
_NOT_A_YEAR = r"(?!(?:1[5-9]|20)\d\d\b)\d{1,4}"
_LIST_NUMBER = lazy_compile(
    rf"^\s*(?P<bullet>[-*+•]\s+|\.\.\s+)?(?:[\[【](?P<square>\d{{1,4}})[\]】]\.?|\[\^(?P<note>\d{{1,4}})\]:"
    rf"|\((?P<round>{_NOT_A_YEAR})\)|(?P<stop>{_NOT_A_YEAR})[.)](?!\d)"
    rf"|(?P<bare>{_NOT_A_YEAR})(?=\s+[^\W\d_])|(?P<glued>{_NOT_A_YEAR})(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’]))\s*"
)


def _without_list_numbers(texts: list[str]) -> list[str]:
    """Items of a numbered list without their numbers: read as they would be alone. The labeller,
    given the number, read fields less well (parse_eval's numbered lists: '1.' 0.958 of fields right,
    alone 0.968), and a bare one into the first author's name ('1 Rijn'). Only numbers in a run: a
    footnote's bare '7' looks the same."""
    found = [_LIST_NUMBER.match(text) for text in texts]
    numbers = _list_numbers(found)
    return [
        text[match.end() :]
        if match and _in_numbered_sequence(numbers, index, _GAP_AT_MOST if match["bullet"] and match["stop"] else 1)
        else text
        for index, (text, match) in enumerate(zip(texts, found, strict=True))
    ]


_NUMBERED_LIST_SHARE = 0.8


def _list_numbers(found: list[re.Match[str] | None]) -> list[int | None]:
    # The number's group is the last one each match closes (a bullet's, if any, comes before it).
    return [int(match[match.lastgroup]) if match and match.lastgroup else None for match in found]


# Numbers a bulleted list may skip between two items it prints ('- 1.Fisch U, …', '- 2.Ebrahimian M, …', then '- 4.Tan
# Y, …', a copy that left one out), next to two items numbered one after the other. Other numbers must follow the one
# before: a footnote's, or a numbered list's in a paper's text, look the same ('3. …', '4. …', then '6. Kosten-Nutzen-
# Aspekte …', an aim of a project).
_GAP_AT_MOST = 5


def _in_numbered_sequence(numbers: list[int | None], index: int, gap: int = 1) -> bool:
    """The item's list number follows the one before it, or the next follows it; or, up to `gap` on, the one
    before it or after it, which follows or is followed by its own neighbour."""
    if _follows(numbers, index - 1, index, 1) or _follows(numbers, index, index + 1, 1):
        return True
    return gap > 1 and (
        (_follows(numbers, index - 1, index, gap) and _follows(numbers, index - 2, index - 1, 1))
        or (_follows(numbers, index, index + 1, gap) and _follows(numbers, index + 1, index + 2, 1))
    )


def _follows(numbers: list[int | None], before: int, after: int, gap: int) -> bool:
    """Whether the item at `after` is numbered at most `gap` after the one at `before`."""
    if before < 0 or after >= len(numbers):
        return False
    first, second = numbers[before], numbers[after]
    return first is not None and second is not None and 0 < second - first <= gap


def _published(reference: Reference) -> bool:
    """Names and where the work came out: a reference, if an undated one ('Wolf, Christa:
    Kindheitsmuster. Berlin: Aufbau.'); or software, its version and its maker; or a standard or a patent, its
    number."""
    where = reference.container_title or reference.pages or reference.variables.get("publisher")
    named = reference.authors or reference.editors or _REPEATED_AUTHORS.match(reference.raw or "")
    return (
        bool(named and where)
        or _software_of_a_maker(reference)
        or _numbered_work(reference)
        or _makers_document(reference)
    )


def _software_of_a_maker(reference: Reference) -> bool:
    """'The PyMOL Molecular Graphics System, Version 2.0 Schrödinger, LLC.': a title, a version and a maker, and
    neither names nor a date."""
    return bool(reference.title and reference.type == "software" and reference.variables.keys() >= _MAKER_AND_VERSION)


_MAKER_AND_VERSION = frozenset({"version", "publisher"})


def _numbered_work(reference: Reference) -> bool:
    """'ASTM D638-14. Standard Test Method for Tensile Properties of Plastics. ASTM International, …': a standard's
    or a patent's title and number, its date in the number or not printed."""
    return bool(reference.title and reference.type in ("standard", "patent") and reference.variables.get("number"))


def _makers_document(reference: Reference) -> bool:
    """'Taltz. Prescribing Information. Lilly USA, LLC.': a document's title, its kind and its maker, undated."""
    return bool(reference.title and reference.type == "document" and reference.variables.keys() >= _KIND_AND_MAKER)


_KIND_AND_MAKER = frozenset({"genre", "publisher"})


# A list's number, then a link and nothing else: '[13]: http://www.psychomedia.qc.ca/lexique/definition/…'.
_LINK_ALONE = lazy_compile(r"\s*+(?:\[\d{1,4}\]|\d{1,4}[.)])\s*+:?\s*+<?(?:https?://|www\.)[^\s<>]++>?\.?\s*+$")


# A list's number, names with an initial among them, then a title opening in quotes: '[29] J. M. Beck, V. B. Young, and
# G. B. Huffnagle, “The Microbiome of the Lung,”'; or a web site's name for its author, as IEEE prints a page:
# '[13] Genet.sickkids.on.ca, “Cystic Fibrosis Mutation Database.”'; or a firm's name of one word with a figure or a
# capital inside it, as a maker's page is cited: '6. 10xGenomics, “Guide RNA Specifications Compatible with Feature
# Barcoding technology for CRISPR screening. 10x Genomics.”' (not a survey's answer, 'Agree, “…”'); or two names or
# more, each given first in full, as a word processor's IEEE style prints them typed so: '[21] Manyaa Bhatia, Samantha
# O’Connell, Julianne M Papadopoulos, Raymond L Goldsworthy, “Implementation of Cochlear Implant …”'.
_FULL_NAME = r"[A-ZÀ-Þ][\w'’-]{0,40}+(?: [A-ZÀ-Þ][\w'’.-]{0,40}+){1,3}+"
_NAMES_THEN_QUOTED_TITLE = lazy_compile(
    r"\s*+(?:\[\d{1,4}\]|\d{1,4}[.)])\s*+"
    r"(?:(?=[^“\"\n]{0,300}?\b[A-Z]\.)[^“\"\n]{2,300}?|[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.[a-z]{2,6}"
    rf"|(?=[A-Za-z\d]{{0,40}}(?:\d[A-Za-z]|[a-z][A-Z]))[A-Za-z\d]{{2,40}}|{_FULL_NAME}(?:, {_FULL_NAME}){{1,30}}+)"
    r",\s*+[“\"]"
)


# … or Vancouver's names, two or more, then the title: a data set cited with no year ('[6] Gow B, Pollard T, Nathanson
# LA, …, Horng S. MIMIC-IV-ECG: Diagnostic Electrocardiogram Matched Subset.', a PhysioNet Challenge paper).
_VANCOUVER_NAME = r"[A-ZÀ-Þ][\w'’-]{0,40}+(?: [A-ZÀ-Þ][\w'’-]{0,40}+)? [A-Z]{1,3}"
_VANCOUVER_NAMES_THEN_TITLE = lazy_compile(
    rf"\s*+(?:\[\d{{1,4}}\]|\d{{1,4}}[.)])\s*+{_VANCOUVER_NAME}(?:, {_VANCOUVER_NAME}){{1,30}}+(?:,? et al)?\. [A-Z]"
)


def _same_words(item: str, lines: str) -> bool:
    """Whether an item the segmenter cut holds the words of a reference read by its lines, its number aside."""
    words = [re.sub(r"\W+", "", _NUMBER.sub("", text, count=1)) for text in (item, lines)]
    return words[0] == words[1]


def _dated(reference: Reference) -> bool:
    """A year, an identifier or a link; or the day its page was read ('[3] “Stack overflow developer survey 2023,”
    … Available: ht tps://… (visited on Aug. 21, 2023)', its link broken): body text carries no access note."""
    raw = reference.raw or ""
    return bool(
        reference.year
        or reference.doi
        or reference.url
        or reference.accessed
        or _UNDATED.search(raw)
        or _PREPRINT.search(raw)
    )


_PREPRINT = lazy_compile(r"\barxiv\b|\b(?:astro|hep|gr|nucl|cond|quant)-?\s?(?:ph|th|qc|mat)\b", re.IGNORECASE)


def parse_references(text: str) -> ParseResult:
    """A pasted page or list → its references in page order."""
    text = t1_decoded(text)
    found = find_items(text, starts_springer_reference)
    result = ParseResult()
    # Links printed at the end of a reference's line ('… [DOI] [PubMed] [Google Scholar]') are its links.
    unlinked = [trailing_links(text) for text in _without_list_numbers([item.text for item in found.items])]
    texts = [text for text, _ in unlinked]
    parsed = parse_each(texts)
    by_its_lines: set[int] = set()  # Manubot's, read by their lines: no rule for a list's undated items is theirs
    if by_lines := found.read_by_lines:
        for index, item in enumerate(found.items):
            if (read := by_lines.get(item.line - 1)) is not None and _same_words(item.text, read[0]):
                read[1].raw, read[1].confidence = parsed[index].raw, dict.fromkeys(_printed(read[1]), 1.0)
                parsed[index] = read[1]
                by_its_lines.add(index)
    for reference, item, read in zip(parsed, found.items, texts, strict=True):
        if read is not item.text:
            reference.raw = clean_pdf_text(item.text)  # as printed, its number and all
    # In a list or a paper (five items or more) where most items carry a year, an undated one
    # with neither names nor a source is most often body text, a questionnaire item or a caption
    # the splitter took in; so is one with no names read with little confidence. A reference
    # pasted alone is always read, however unsure.
    listed = len(parsed) >= 5
    # One or two items in a text of many more lines, the rest read as no reference: an item with
    # neither names nor a date there is a paragraph the labeller took for a reference (a paste of
    # paragraphs, one a line, reads like a list one a line at first).
    lines = sum(1 for line in text.splitlines() if line.strip())
    amid_text = 0 < len(parsed) <= 2 and lines >= 5 * len(parsed)
    dated = [_dated(reference) for reference in parsed]
    # A paper's numbered steps or findings, no heading over them and none dated ('1. Input Layer: The input images are
    # resized …'): no reference list, whose items carry a year, a link or an identifier. So too where the steps fill
    # the text (a lab's protocol, a title over its 16 numbered steps: '5. Under Measurements: Monitor A, gsw, …').
    if not found.under_heading and not found.pasted_alone and (lines >= 5 * len(parsed) or listed) and not any(dated):
        return result
    # A questionnaire pasted alone, its numbered questions and their answers ('2. What is your gender? Female Male',
    # '4. Do you drive? Yes No'): five items or more, none dated and none naming anyone, are no reference list.
    if listed and not found.under_heading and not any(dated) and not any(reference.authors for reference in parsed):
        return result
    years_expected = listed and sum(dated) >= 0.5 * len(parsed)
    numbers = [list_number(item.text) for item in found.items]
    bare = _list_numbers([_LIST_NUMBER.match(item.text) for item in found.items])
    if sum(number is not None for number in bare) >= _NUMBERED_LIST_SHARE * len(bare):
        # A list numbered by bare numbers: '21 The Vaccine Confidence Project. …' after '20 …' is the list's, not a
        # footnote's (a paper's footnotes among its references count up so too, but are few).
        numbers = bare
    for index, (item, reference, has_date) in enumerate(zip(found.items, parsed, dated, strict=True)):
        # Kept whatever the rules below say: an item read by its lines (Manubot's), and a numbered list's item in its
        # place that is a link alone ('[13]: http://www.psychomedia.qc.ca/…', a web page by its address).
        link_alone = reference.url and _LINK_ALONE.match(item.text) and _in_numbered_sequence(numbers, index)
        judged = not link_alone and index not in by_its_lines
        if judged and (
            not is_reference(reference)
            or (
                years_expected
                and not has_date
                and not _published(reference)
                # a numbered list's item in its place, names with initials then the title in quotes, as IEEE prints
                # them: a reference its author left incomplete ('[17] J. C. Davies, “Pseudomonas aeruginosa in
                # cystic fibrosis : …,”'), not a questionnaire's numbered answer ('2. A lot, but not too many')
                and not (
                    reference.authors
                    and reference.title
                    and (_NAMES_THEN_QUOTED_TITLE.match(item.text) or _VANCOUVER_NAMES_THEN_TITLE.match(item.text))
                    and _in_numbered_sequence(numbers, index)
                )
            )
            or (_FOOTNOTE.match(item.text) and not _in_numbered_sequence(numbers, index))
            or (listed and _unsure_and_unnamed(reference) and not _REPEATED_AUTHORS.match(reference.raw or ""))
            or (listed and _long_and_unnamed(reference))
            or (listed and _mid_sentence(item.text))
            or (amid_text and not has_date and not reference.authors)
            # … or one that begins mid-sentence, a heading over none ('derstand the context and possible confounding
            # factors, …': a hyphenated sentence's rest, its years 1960 and 2024, in a data report with no list)
            or (amid_text and not found.under_heading and _mid_sentence(item.text))
            or _COLUMN_TYPES.search(item.text)
        ):
            if is_subheading(item.text):
                continue  # 'Diabetes and Learning Disabilities', '### Methodology': the list's own subheading
            if found.under_heading:
                result.unreadable.append(item)
            elif found.pasted_alone:
                result.left_out.append(item)
            continue
        reference.links = item.links or unlinked[index][1]
        reference.line = item.line
        reference.key = reference.key or item.key
        result.references.append(reference)
    result.left_out += found.passed_over
    _same_authors_as_before(result.references)
    if (editor_lines := _editor_lines(text)) is not None:
        for placed in (*result.references, *result.unreadable, *result.left_out):
            if placed.line:
                placed.line = editor_lines[min(placed.line, len(editor_lines)) - 1]
    return result


# Characters Python's splitlines ends a line at and an editor does not: pdftotext's form feed between pages ('\f'),
# a vertical tab, the separators of files and records, NEL and Unicode's line and paragraph separators.
_NOT_LINE_ENDS = ("\f", "\v", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def _editor_lines(text: str) -> list[int] | None:
    """Each line's number as an editor counts lines, by the index of splitlines' lines, where the text has a
    character splitlines ends a line at and an editor does not: a PDF's text has a form feed before each page, and
    a warning for a line there named the line of the text that many lines further on."""
    if not any(mark in text for mark in _NOT_LINE_ENDS):
        return None
    numbers, line = [], 1
    for piece in text.splitlines(keepends=True):
        numbers.append(line)
        line += piece.endswith(("\n", "\r"))
    return numbers


# '———.', '——,', '— 1987': the previous reference's authors, as Chicago, MLA and many humanities
# lists print them; Brazil's ABNT prints a line, '______.'. One em dash alone counts; hyphens and
# en dashes in a run of two or more, underscores in three or more; one hyphen or en dash before a space
# ('- forthcoming, …', '- (2005). …'), where it begins only some of the list's references (a Markdown list's
# bullets, which begin most, are taken off before: page.DASH_BULLET), and not before a number (a page's '- 21 -').
_REPEATED_AUTHORS = lazy_compile(
    rf"^\s*(?:\[\d+\]|\(\d+\)|\d+\.)?\s*(?:[—―]+|[-–‒]{{2,}}|[-–‒](?=\s+[^\d\s])|_{{3,}}|(?i:{SAME_AUTHORS})\.|\.(?=\s+[^\W\d_]))"
    r"(?=[\s.,:;(]|$)"
)


# '1906. New Noctuidae from British New Guinea. Ibid. 13: 191-287.': in an author-year list, a
# reference that begins with its year has the authors of the one before, as '———. 1906.' would.
_YEAR_FIRST = lazy_compile(YEAR_FIRST)


def _same_authors_as_before(references: list[Reference]) -> None:
    """A reference that begins with a dash for its authors gets the authors of the one before it,
    with that one's confidence: the dash says 'the same as above', not 'no one'. So does one that
    begins with its year, in a list whose reference before it gave names and then a year."""
    for previous, reference in zip(references, references[1:], strict=False):
        if reference.authors or not previous.authors:
            continue
        raw = reference.raw or ""
        year_first = previous.year is not None and _YEAR_FIRST.match(raw) is not None
        if not (_REPEATED_AUTHORS.match(raw) or year_first):
            continue
        reference.authors = list(previous.authors)
        if "authors" in previous.confidence:
            reference.confidence["authors"] = previous.confidence["authors"]
