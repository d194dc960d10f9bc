"""The learned path: a neural sequence labeller (citekit.parsing.neural) labels each token, and
labelled spans become fields."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from citekit.lazy_regex import lazy_compile
from citekit.model import Author, Reference
from citekit.months import MONTHS, month_number
from citekit.parsing import neural
from citekit.parsing.accessed import ACCESS_WORD, ACCESS_WORDS
from citekit.parsing.authors import (
    AND_TRANSLATED,
    EDITOR_ROLES,
    NAME_WORD,
    PARTICLES,
    SAME_AUTHORS,
    SENTENCE_END,
    TRANSLATED_TOO,
    begins_with_editor_role,
    bodies_from,
    editor_role_end,
    is_organisation,
    named_in_capitals,
    names_a_body,
    split_authors,
)
from citekit.parsing.editions import EDITION_STEMS, ORDINAL_WORD, REVISED_EDITION, SPELT_EDITION, edition_number
from citekit.parsing.firms import is_firm_ending
from citekit.parsing.forthcoming import state_in
from citekit.parsing.given_names import given_name_kind
from citekit.parsing.identifiers import eprint_variables, find_identifiers, without_link_lead
from citekit.parsing.month_figures import MONTH_FIGURES_FIRST, month_read_as_another_field
from citekit.parsing.month_issues import month_read_as_the_issue
from citekit.parsing.places import (
    BRAZILIAN_STATES,
    PLACE_CODES,
    is_country,
    is_place,
    is_place_and_region,
    place_as_named,
    unbroken,
)
from citekit.parsing.preprints import read_arxiv_preprint
from citekit.parsing.rules import read_as_software
from citekit.parsing.tokens import Token, is_initial, tokenize

# Not the end of a longer number: 'zenodo.3031700 (2019)' read as the date is no year 1700. A month's two figures may
# stand glued before the year, as a PDF lost the slash between ('122013', 12/2013), and an edition's superscript
# after it ('(2004⁷)' copied as '(20047)').
_YEAR = lazy_compile(r"(?:(?<!\d)|(?<=(?<!\d)(?:0[1-9]|1[0-2])))(1[5-9]\d\d|20\d\d)([a-z])?")
# What follows '8(2' in a run labelled volume as a whole: '): 187–191', the pages; one page or an article's
# number too ('BMJ, 309(6947):102, 1994', '12(10):e1001885').
_PAGES_AFTER_ISSUE = lazy_compile(r"\)?\s*:\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)\s*$")
# The volume's run of letters, digits, stops and dashes from its start, taken whole (it must end where the space or
# the bracket begins): tried from every place and split every way, a long run of digits took time growing with
# its cube (a 3,900-digit volume: 230 s).
_VOLUME_ISSUE = lazy_compile(r"(?P<volume>(?<![\w.-])(?=[\w.-]*?\d)[\w.-]++|\b[IVXLC]+)\s*\((?P<issue>[^()]+)\)?")
# Whole words only: 'pp.' is a marker, the P of 'PLoS One' or 'Proc Natl Acad Sci' is not.
# German prints 'Jg. 37, H. 1, S. 1-29' (Jahrgang, Heft, Seite) and 'Bd.' (Band) for the volume, Dutch 'jrg. 76'
# (jaargang).
# GOST: 'Т.' (том, volume), '№' and 'Вып.' (issue), 'С.' (pages).
_MARKER_NAMES = r"vol(?:ume)?|no|nr|issue|iss|pp?|pages?|nos?|jg|jrg|jaargang|bd|band|h|heft|s|т|вып|с"
_PREFIX = lazy_compile(rf"^(?:(?:{_MARKER_NAMES})\b\.?|№)\s*", re.IGNORECASE)
# Before a volume or an issue only (not a journal's name: 'N Engl J Med'), French, Spanish, Portuguese
# and Italian too: 'v. 34, n. 3' (ABNT), 'núm. 3', 'n° 4', 'n.º 96', 'fasc. 2'.
_NUMERO = r"n\.?\s?[º°ᵒ]"  # 'n°', 'nº', 'n.º', and 'nᵒ' (CSL's French locale prints it so)
_ROMANCE_ISSUE_NAMES = r"n|núm|num|número|numéro|numero|fasc"
# Turkish 'C. 64' and 'Cilt 64' (cilt: volume) too; Czech and Slovak (ISO 690) 'roč. 66' (ročník: volume), 'č. 3'
# (číslo: issue); Polish 't. 34' and 'tom 2' (tom: volume).
_NUMBER_PREFIX = lazy_compile(
    rf"^(?:{_NUMERO}\.?|(?:{_MARKER_NAMES}|v|cilt|{_ROMANCE_ISSUE_NAMES}|roč|ročník|tom)\b\.?|[cčt]\.(?=\s*\w)|№)\s*",
    re.IGNORECASE,
)
# A marker that introduces the next field may end up at the end of this one: 'Cell, vol.'
# German: 'Jg.', 'Bd.'/'Band', 'H.'/'Heft'/'Sonderheft', 'Nr.', and a newspaper's 'vom' before its date.
# An English word that may end a title itself ('The World We're In', 'Introduction to the Special
# Issue', '… in forced expiratory volume') is a marker only after punctuation, or 'in' in lower case.
_SUFFIX_MARKERS = (
    "vol no nr n núm num iss p pp nos jg jrg jaargang bd band h heft sonderheft vom т с вып roč č kap chap chp".split()
)
_SUFFIX_WORDS = "volume issue page pages in".split()
_SUFFIX = lazy_compile(
    rf"(?:(?:[\s,;:]+|\.\s+[–—]\s+)(?:{'|'.join(_SUFFIX_MARKERS)}|{_NUMERO})"
    rf"|(?:\s*[,;:.]\s*|\.\s+[–—]\s+)(?:{'|'.join(_SUFFIX_WORDS)})"
    # after a space, 'in', or the word after a number ('2nd volume'): '… forced expiratory volume' ends a title
    r"|\s+(?-i:in)|(?:(?<=\d)|(?<=\d[a-z]{2}))\s+(?-i:volume|issue|pages?))\.?$",
    re.IGNORECASE,
)
# 'In: ', 'In (eds.), ', 'eds., ', 'editors, ' left before a book's title.
_IN = r"(?:in|en|em|dans)"  # 'In:' before a book, in English/German, Spanish, Portuguese, French
_ONLY_IN = lazy_compile(_IN, re.IGNORECASE)
_IN_WORD = lazy_compile(rf"{_IN}\b", re.IGNORECASE)
# 'In Russian.' after a title, as biology's lists note a work's language: no book it is in.
_LANGUAGE_NOTE = lazy_compile(
    r"in\s+(?:russian|german|french|english|chinese|japanese|spanish|portuguese|italian|polish|czech|ukrainian"
    r"|hungarian|dutch|swedish|korean|latin|turkish|greek|romanian|bulgarian|serbian|croatian|finnish|danish"
    r"|norwegian)(?:\s+with\s+\w+\s+(?:summary|abstract))?",
    re.IGNORECASE,
)
# When a web page was read, not where the work came out: 'Zugriff am 14. Februar 2014 unter www…',
# 'zuletzt abgerufen am …', 'Accessed 12 March 2021', 'Retrieved June 30, 2004, from …'.
_ACCESS_NOTE = lazy_compile(rf"\b(?:(?:zuletzt|last)\s+)?{ACCESS_WORD}\b", re.IGNORECASE)
# The word before a date, read into the field before it, the date not (or only its month): AMA's '… Chromebook Help.
# Accessed' + 'March 2, 2020.', '… FDA. Published online' + 'April 2, 2019.'
_DATES_WORD_ENDING = lazy_compile(
    rf"[\s.,;:]+(?:(?:(?:zuletzt|last)\s+)?{ACCESS_WORD}|Published(?:\s+online)?|(?:Last\s+)?[Uu]pdated|Posted)"
    r"(?:\s+[A-Z][a-z]{2,8}\.?)?$",  # and the month: '… FDA. Published online September' + '22, 2021.'
    re.IGNORECASE,
)
# Not the Latin of a journal's name: 'In Vitro Cellular & Developmental Biology', 'In Vivo'. Google Scholar's
# Vancouver glues it to the book: 'InProceedings of the IEEE conference …'; Polish writes 'w:'.
_CONTAINER_PREFIX = lazy_compile(
    rf"^(?:{_IN}\b(?!\s+(?:vitro|vivo|silico|situ)\b):?\s*|(?-i:In)(?=(?-i:[A-Z][a-z]))|w:\s*)?(?:\(?(?:editors?\b|(?:eds?|edd|hrsg|hg)(?=[.),:]))\.?\)?[.,:]?\s+)?",
    re.IGNORECASE,
)
_PAGE = lazy_compile(r"(?<![\w.])[A-Za-z]{0,2}\d+[A-Za-z]?(?![\w.])")
_PAGE_RANGE = lazy_compile(r"(?<![\w.])[A-Za-z]{0,2}\d+[A-Za-z]?\s*[-–—‑]+\s*[A-Za-z]{0,2}\d+[A-Za-z]?(?![\w])")
# ... with Cell Press's online pages after the range: '95-101.e5'.
_ONE_PAGE_OR_RANGE = lazy_compile(r"[A-Za-z]{0,2}\d+[A-Za-z]?(?:[-–—‑]+[A-Za-z]{0,2}\d+[A-Za-z]?(?:\.e\d{1,3})?)?")
# 'In' before the book a chapter is in, anywhere: '. In: ', '. In ', ', in: ', '.” In ', '.” in ', '. En '.
# 'In:', 'En:', 'Em:', 'Dans' before a book; not ABNT's 'Disponível em:' and 'Acesso em:' (where and when read).
_IN_A_BOOK = lazy_compile(
    r"(?:^|[.,;)”\"’]\s*)(?:In|En|Em|Dans)\b:?\s|[”\"’],?\s+in\s"
    r"|(?<![Aa]cesso\s)(?<![Dd]ispon[ií]vel\s)(?<![Dd]isponible\s)\b(?:in|en|em|dans):\s"
)
_IN_BOOK = lazy_compile(r"(?<=[.?!])\s+In:?\s+(?=[A-Z0-9]|(?:ders|dies)\b)")  # 'In ders.:' (the same author)
_EDGE = " \t.,;:()[]“”\"'‘’«»「」『』《》"  # Japanese quotes a title 「…」 and a journal 『…』, Chinese both 《…》
_SAME_AUTHOR = lazy_compile(r"^(?:ders|dies)(?:\.\s*[:,]?|\s*[:,])\s*", re.I)  # German 'derselbe', 'dieselbe'
_VOLUME_PAGES = lazy_compile(r"^(?P<volume>\w*\d\w*),\s*(?P<pages>\w+(?:\s*[–-]\s*\w+)?)$")
# … or after a colon, a range or an article's number ('59:1151–1159', '12:4920'): not one figure, an issue's as often.
_VOLUME_COLON_PAGES = lazy_compile(
    r"^(?P<volume>\d+):\s*(?P<pages>[A-Za-z]?\d+\s*[–-]\s*[A-Za-z]?\d+|[A-Za-z]?\d{3,})$"
)
# The editors' role in Portuguese and Spanish, spelled out: 'editores', 'organizadora', 'coordenadores'.
_ROMANCE_EDITOR_ROLES = r"editores|organizador(?:es|as?)?|coordenador(?:es)?|coordinador(?:es)?"
# 'von' only as 'Hrsg. von', or before given names first ('von Johannes Winckelmann'): 'Tilman von Brand' and
# 'von Brand, Tilman' keep it. 'édité par', 'editado por', and 'par' left alone where the role went with the book.
_EDITOR_WORDS = lazy_compile(
    r"\b(?:hg|hrsg)\.?\s+von\b|^\W*von\s+(?=[A-ZÀ-Þ][^\s,]*\s+[A-ZÀ-Þ])|^\W*(?:par|por)\s"
    rf"|\(?\b(?:{EDITOR_ROLES}|editors?|{_ROMANCE_EDITOR_ROLES}"
    # APA's '(Ed. & Trans.)': who edited and translated; Polish 'W:' (In:), with its colon: 'W. Lib' is a name.
    rf"|edited\s+by)\b\.?{AND_TRANSLATED}\)?|\b{_IN}:?\s|^\W*[Ww]:\s"
    r"|\b(?:sous\s+la\s+direction\s+de|bajo\s+la\s+direcci[óo]n\s+de|herausgegeben\s+von"
    r"|(?:[ée]dit[ée]|editad[oa]|organizad[oa]|coordonn[ée]|coordinad[oa]|dirig[ée])e?s?\s+(?:par|por))\b",
    re.IGNORECASE,
)
_EDITED_AND_TRANSLATED = lazy_compile(rf"\((?:{EDITOR_ROLES})\.?{TRANSLATED_TOO}\)", re.IGNORECASE)
# 'Translated by …', 'übersetzt von …': translators, labelled where editors go.
# An edition's 'ed.' may come first, read with them: '2. ed. Trad. de J. Oliveira Santos'.
_TRANSLATED = lazy_compile(
    r"^\W*(?:ed\.\s+)?(?:translated\s+by|trans\.|[üu]bers(?:etzt)?\.?\s+von|traduit\s+par|trad\.(?:\s+de\b)?)", re.I
)
# 'No.', 'Nr.', 'H.', 'Heft' before an issue; 'n.', 'núm.', 'numéro', 'n°', 'n.º', 'fasc.'
_ISSUE_WORD = rf"(?:{_NUMERO}\.?|(?:no|nr|issue|iss|h|heft|{_ROMANCE_ISSUE_NAMES})\b\.?|č\.)"
# 'Vol. 50, No. 4', '49. Jg., Heft 1', 'Jg. 50/ Heft 10'.
_VOLUME_NUMBER = lazy_compile(
    rf"^(?P<volume>\w*\d\w*|[ivxlc]{{1,7}})\.?\s*(?:jg\b\.?)?\s*[,;/]?\s*{_ISSUE_WORD}\s*(?P<issue>\w+(?:[/-]\w+)?)$",
    re.I,
)
# An issue's mark and number alone, no volume: ABNT's 'n. 25/26', 'Nr. 34/35'.
_ISSUE_ALONE = lazy_compile(rf"^{_ISSUE_WORD}\s*(?P<issue>\d+(?:[/-]\d+)?)$", re.IGNORECASE)
# ABNT's number before the volume: 'n. 16, v. 9'.
_ISSUE_THEN_VOLUME = lazy_compile(
    rf"^{_ISSUE_WORD}\s*(?P<issue>\d+(?:[/-]\d+)?)\s*,\s*(?:v|vol)\.\s*(?P<volume>\d+)$", re.IGNORECASE
)
# 'v. 21, supl. 1' (ABNT), Vancouver's '15 Suppl 2' and '15Suppl 2': the supplement is the issue.
_VOLUME_SUPPLEMENT = lazy_compile(
    r"^(?P<volume>\w*?\d+)\s*,?\s*(?P<issue>(?:supl|suppl|suplemento|supplement)\.?\s*\w+)$", re.I
)
# '18, 3' or 'XVII, 63' before the pages: volume and issue with no marker (German social sciences).
_VOLUME_COMMA_ISSUE = lazy_compile(r"^(?P<volume>\d+|[IVXLC]+)\s*,\s*(?P<issue>\d+(?:\s*[/-]\s*\d+)?)$")
# '10/3: 161-173': volume and issue (a year is not a volume: '2/2005' is issue 2 of 2005).
_VOLUME_SLASH_ISSUE = lazy_compile(r"^(?P<volume>\d{1,3})\s*/\s*(?P<issue>\d{1,3})$")
# Chinese, Japanese and Korean name a volume and an issue after their number: '第12巻, 第1号', '30 巻', '25卷', '第2期',
# '제 19권 제 7호'.
_CJK_VOLUME = lazy_compile(
    r"[第제]?\s?(?P<volume>\d+)\s?[巻卷권](?:\s*[,，、]?\s*[第제]?\s?(?P<issue>\d+)\s?[号號期호])?"
)
_CJK_ISSUE = lazy_compile(r"[第제]?\s?(?P<issue>\d+)\s?[号號期호]")
# Google Scholar's MLA joins volume and issue by a stop before the bracketed year and the pages' colon:
# 'Bioinformatics 29.21 (2013): 2722-2728', 'Nucleic acids research 50.D1 (2022): D439-D444'.
_STOPPED_VOLUME_ISSUE = lazy_compile(r"^(?P<volume>\d{1,4})\.(?P<issue>[A-Z]?\d{1,5}|[A-Z])$")
_MLA_YEAR_AFTER = lazy_compile(r"\s*\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)\s*(?::|\.?\s*$)")
# What follows a volume up to its issue: '. Jg., Heft 1', '. Band (1999), Heft 3', ', H. 2'.
_ISSUE_AFTER = lazy_compile(
    r"\.?\s*(?:(?:jg|jahrgang|band|bd)\b\.?)?\s*(?:\(\d{4}\))?\s*[,;]?\s*(?:heft|h\.)\s*(?P<issue>\d+(?:[/-]\d+)?)\b",
    re.I,
)
# A newspaper's date read as a volume: '24.10.2000', '26. 10. 1995', '5. Mai 2003', '24./25. 10. 1981'
# (two days), and a day and month that end the reference ('Pressemitteilungen 20, 14.7.', the year
# given before).
_DATE = lazy_compile(
    r"(?:\d{1,2}\.\s?/\s?)?\d{1,2}\.\s?(?:\d{1,2}\.\s?(?:\d{4}|\d{2})\b"
    r"|(?:jan|feb|m[äa]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-zä]*\b\.?(?:\s+\d{4})?"
    r"|\d{1,2}\.(?=[\s,;]*$))",
    re.I,
)
_DATED_BY = lazy_compile(r"[\s,]*(?:\b(?:v|vom|of|du|del?)\b\.?)?[\s,]*$", re.I)  # 'Nr. 39 v.' (of the day)
# 'Heft 5' with no volume: an issue, whether the labeller kept the marker or not.
_ISSUE_MARKER = lazy_compile(rf"^{_ISSUE_WORD}\s*\d", re.I)
_ISSUE_BEFORE = lazy_compile(r"\b(?:nr|h|heft)\b\.?\s*$", re.I)
_ABBREVIATED_END = lazy_compile(r"(?:^|[\s/.])[A-Za-z]\.$")
# '2. Aufl.', '3rd ed.', '2., rev. Aufl.', '2e éd.': an edition, in two parts.
# "2. aktualisierte und erweiterte Auflage"; French '2e éd.', '1re éd.' ('10ième éd.', as often misspelt), Spanish
# and Portuguese '3a ed.', '3ª ed.'
_ORDINAL = r"(?:st|nd|rd|th|ième|ieme|ème|eme|e|re|er|a|ª|º)"
# Or its ordinal's word: 'second ed.', 'Segunda Edición', 'zweite Auflage' (editions.py).
# (no words between the word and 'ed.': 'Nona Jones, ed.' names an editor).
_EDITION_NUMBER = rf"(?:\d+\.?{_ORDINAL}?,?\s*(?:[\w.]+\s+){{0,3}}|\b{ORDINAL_WORD}\b,?\s*)"
# Spanish, Portuguese and Italian spell the word out: '2ª edición', '3ª edição', '2a edizione'.
_EDITION_SPELT_OUT = r"edici[óo]n\b|edi[çc][ãa]o\b|edizione\b"
_EDITION_WORD = rf"(?:aufl(?:age)?\b\.?|edn?\.|[ée]d\.|[ée]dition\b|{_EDITION_SPELT_OUT})"
# An edition the labeller put at the end of the title ('… Unterschiede. 2. Aufl.') or before the
# place ('2. Aufl. Berlin', 'Aufl. Berlin').
_EDITION_AFTER = lazy_compile(rf"[.,]\s*{_EDITION_NUMBER}{_EDITION_WORD}[\s.,]*$", re.I)
# An edition's word after its number; not a bare 'ed.', which as often says 'edited by' ('Bd. 26), ed. Jürgen Wilke').
_EDITION_WORD_AFTER = lazy_compile(r"\s*(?:aufl(?:age)?\b\.?|edn\b\.?|edition\b)", re.I)
_EDITION_BEFORE = lazy_compile(rf"^(?:{_EDITION_NUMBER})?{_EDITION_WORD}\s*", re.I)
_NUMBERED_EDITION = lazy_compile(rf"{_EDITION_NUMBER}{_EDITION_WORD}", re.I)  # '3. Aufl.', '2nd ed.'
# Any year the labeller has seen often: it reads the layout around it, and no year's word is weighed much.
_STATE_AS_A_YEAR = "2000"


def _state_read_as_a_year(text: str, tokens: list[Token]) -> tuple[list[Token], int, int] | None:
    """The tokens the labeller reads for a reference whose state stands where its year would ('Bioinformatics. In
    press.'): a year in the state's place, as the labeller has seen the layout printed (the state's words, seen
    rarely in training, led it to read them as a publisher and the title before them as a place); and where the
    state's tokens begin and end."""
    if (state := state_in(text)) is None:
        return None
    first = next(i for i, token in enumerate(tokens) if token.start >= state.start())
    after = next((i for i, token in enumerate(tokens) if token.start >= state.end()), len(tokens))
    year = Token(_STATE_AS_A_YEAR, tokens[first].start, tokens[first].start + len(_STATE_AS_A_YEAR))
    return tokens[:first] + [year] + tokens[after:], first, after


def _labels_of_the_state(
    tokens: list[Token], first: int, after: int, labels: list[str], confidences: list[float]
) -> tuple[list[str], list[float]]:
    """The labels of a reference read with a year in its state's place (_state_read_as_a_year), given back to the
    state's words. Read as the date where no other date is, the state is the date's; read into another field ('J
    Immunol, in press' as the journal's name) or beside a date ('- forthcoming, …, march 1998'), it is no part of
    either, nor is its mark read as the date's ('- forthcoming,')."""
    alone = labels[first] == "date" and "date" not in labels[:first] and "date" not in labels[first + 1 :]
    state = "date" if alone else "other"
    labels = labels[:first] + [state] * (after - first) + labels[first + 1 :]
    marks = after
    while state == "other" and marks < len(labels) and labels[marks] == "date" and not tokens[marks].text.isalnum():
        marks += 1
    labels[after:marks] = ["other"] * (marks - after)
    return labels, confidences[:first] + [confidences[first]] * (after - first) + confidences[first + 1 :]


def label_many(texts: list[str]) -> list[tuple[list[Token], list[str], list[float]]]:
    """For each text: its tokens, their labels, and the model's probability for each label.
    Many at once is much faster than one by one."""
    tokens = [tokenize(text) for text in texts]
    states = [_state_read_as_a_year(text, found) for text, found in zip(texts, tokens, strict=True)]
    tagged = neural.tag(
        [found if state is None else state[0] for found, state in zip(tokens, states, strict=True)],
        [len(text) for text in texts],
    )
    result = []
    for found, state, (labels, confidences) in zip(tokens, states, tagged, strict=True):
        if state is not None:
            labels, confidences = _labels_of_the_state(found, state[1], state[2], labels, confidences)
        result.append((found, labels, confidences))
    return result


def _spans(tokens: list[Token], labels: list[str], confidences: list[float]) -> dict[str, tuple[int, int, float]]:
    """The first contiguous span of each label: (start, end, mean confidence)."""
    spans: dict[str, tuple[int, int, float]] = {}
    previous: str | None = None
    before_previous: str | None = None
    book_from_title = False  # the run before was a title taken for the book
    in_a_book = False  # the editors read are a book's, after 'In' ('In: Meyer, Thomas/…')
    index = 0
    while index < len(tokens):
        name = labels[index]
        end = index
        while end + 1 < len(tokens) and labels[end + 1] == name:  # bounded by the tokens, not the labels
            end += 1
        mean = sum(confidences[index : end + 1]) / (end - index + 1)
        if name not in spans:
            spans[name] = (tokens[index].start, tokens[end].end, mean)
            book_from_title = False
            if name == "editor":
                leading = tokens[max(0, index - 1) : index + 1]
                in_a_book = any(token.text.lower() in _BEFORE_A_BOOKS_EDITORS for token in leading)
        elif (
            name == "title"
            and (previous == "editor" or previous == "date" and before_previous == "editor" and in_a_book)
            and "container" not in spans
        ):
            # 'Chapter. In: Editors, editors. Book.': a title after the editors is the book's; after their year too
            # when they follow the chapter's title ('In: Meyer, Thomas/Reinhard Weil (Hrsg.)(2000): Die
            # Bürgergesellschaft …'), not when they edited the work itself ('DIMDI … (Hg.) (2005), ICF. …').
            spans["container"] = (tokens[index].start, tokens[end].end, mean)
            book_from_title = True
        elif name == "container" and book_from_title:
            # … and the book's subtitle, read as a book, goes on from it: 'Ein alltägliches Spiel.' +
            # 'Geschlechterkonstruktion in der sozialen Praxis.'
            start, _, share = spans["container"]
            spans["container"] = (start, tokens[end].end, min(share, mean))
            book_from_title = False
        else:
            book_from_title = False
        previous, before_previous = name, previous
        index = end + 1
    return spans


_BEFORE_A_BOOKS_EDITORS = frozenset({"in", "dans", "em", "en"})  # 'In: Meyer, Thomas/…', 'Dans, DONNAT'

# MLA's university press, 'U of Chicago P': its 'P' is no page's marker.
_MLA_UNIVERSITY_PRESS = lazy_compile(r"\bU\s+of\s+[A-Z][^,;:]*\sP$")


def _clean(value: str) -> str | None:
    cleaned = value.strip(_EDGE)
    if cleaned.endswith("<"):  # 'Vienna, Austria. <https://…>': the link's bracket, read with the field before
        cleaned = cleaned[:-1].strip(_EDGE)
    if (
        _ends_in_marker_word(cleaned)
        and (marker := _SUFFIX.search(cleaned, max(0, len(cleaned) - 24)))
        and not (cleaned.endswith(" P") and _MLA_UNIVERSITY_PRESS.search(cleaned))
    ):
        cleaned = cleaned[: marker.start()]
    cleaned = cleaned.strip(_EDGE)
    for opening, closing in ("()", "[]") if "(" in cleaned or "[" in cleaned else ():
        if cleaned.count(opening) > cleaned.count(closing) and closing in value[value.find(cleaned) + len(cleaned) :]:
            cleaned += closing  # 'Soziale Ungleichheiten (Soziale Welt Sonderband 2)' keeps its bracket
    if _OPENING_QUOTE.search(cleaned):
        # 'On the discursive limits of “sex”': a quotation the field ends in keeps its closing mark, also when the
        # title's stop stands inside it, as American style prints it: 'Teaching medicine with the help of “Dr. House.”'
        for mark in value[value.find(cleaned) + len(cleaned) :]:
            if mark in ".,":
                continue
            opening = _OPENING_QUOTE_OF.get(mark)
            if opening is None or cleaned.count(opening) <= cleaned.count(mark):
                break
            cleaned += mark
    # A field of marks alone ('–', the dash before the year of GOST's 'Title. – 2004.') holds nothing.
    return cleaned if any(map(str.isalnum, cleaned)) else None


# The words _SUFFIX ends in: a field whose last word is none of them has no marker to lose.
_MARKER_WORDS = frozenset([*_SUFFIX_MARKERS, *_SUFFIX_WORDS, "º"])  # 'º': the end of 'nº'


def _ends_in_marker_word(text: str) -> bool:
    if text.endswith("°"):
        return True  # 'n°'
    if not text[-1:].isalpha():
        return False  # most fields end in a digit or a mark: no word to look up
    tail = text[-12:]  # the longest word, 'sonderheft', and what stands before it
    start = len(tail)
    while start and tail[start - 1].isalpha():
        start -= 1
    return tail[start:].casefold() in _MARKER_WORDS


_CLOSING_QUOTE = {"»": "«", "«": "»", "„": "“", "“": "”", "‘": "’", "‚": "‘"}  # each opening mark, its closing
_OPENING_QUOTE_OF = {closing: opening for opening, closing in _CLOSING_QUOTE.items()}
_OPENING_QUOTE = lazy_compile("[" + "".join(_CLOSING_QUOTE) + "]")


# The pages' word read into the end of the publisher: 'Klett, S' of 'Seelze: Klett, S. 1-10', 'Morata. Págs'.
_PAGES_WORD_ENDING = lazy_compile(r"[,.]\s*(?:S|pp?|Seiten?|Págs?)\.?$")


def _names_in(editors: str) -> list[Author]:
    """The names in an editor span, without 'In:', '(Hrsg.)', 'edited by' and the like."""
    return split_authors(_EDITOR_WORDS.sub(" ", editors).strip(_EDGE + " "))[0]


_DIGIT = lazy_compile(r"\d")


def _in_a_date(text: str, span: tuple[int, int, float]) -> bool:
    """Whether a span's first number is a day or month of a date: 'FAZ vom 14.11.1980', 'vom 5. Mai 2003'."""
    digit = _DIGIT.search(text, span[0], span[1])
    if digit is None:
        return False
    at = digit.start()
    if "." not in text[max(0, at - 4) : at + 3]:  # every date here has a dot next to its day or month
        return False
    return any(date.start() <= at < date.end() for date in _DATE.finditer(text, max(0, at - 4), at + 16))


# An issue and a page range read as one run of pages, after the volume: '443, 303-314'.
_ISSUE_BEFORE_PAGES = lazy_compile(r"(?P<issue>\d{1,4}),\s*\d+\s*[–-]\s*\d+")
_ISSUE_MARKED_BEFORE_PAGES = lazy_compile(rf"{_ISSUE_WORD}\s*(?P<issue>\d{{1,4}})\s*,?\s*(?=pp?\b)", re.I)
# A volume and its pages read as one run of pages, after the year (ACS, MDPI): '137, 3996', Cell Press's online
# pages after the range too ('Cell 2018, 172, 1122–1131.e9.').
_VOLUME_BEFORE_PAGES = lazy_compile(r"(?P<volume>\d{1,4}),\s*(?P<pages>\d+(?:\s*[–-]\s*\d+(?:\.e\d{1,3})?)?)")


# APA's edition in brackets: '(2nd ed.)', '(30th anniversary expanded ed.)', '(Rev. ed.)'. It begins
# with its bracket, not with the spaces before it: a pattern that may begin anywhere is tried at every
# character of every title (2.8 µs a reference against 0.8).
_EDITION_IN_BRACKETS = lazy_compile(
    r"\((?:(?P<number>\d+)(?:st|nd|rd|th)?\s+)?(?P<words>(?:[^\W\d_][\w-]*\.?\s+){0,3})ed(?:ition)?\.?\)", re.I
)
# A publisher printed alone at the end (APA 7 prints no place): '. Verso.', '. Russell Sage Foundation.'
_PUBLISHER_ALONE = lazy_compile(r"[\s.]*(?P<publisher>[A-Z][\w&'’-]*(?:,?\s+[A-Za-z&][\w&'’.-]*){0,4}?)\.?\s*")


def _after_the_words(text: str, start: int, at: int) -> int:
    """Where the spaces before `at` begin (not before start)."""
    while at > start and text[at - 1].isspace():
        at -= 1
    return at


_PAGES_OVER_A_SLASH = lazy_compile(r"(\d{1,5})\s*/\s*(\d{1,5})")
# A volume of the series the proceedings are in ('…, MLHC 2017, …, volume 68 of Proceedings of Machine Learning
# Research, pages 361–376.', 'volume 9351 of Lecture Notes in Computer Science'): the proceedings' own, not a journal's.
_VOLUME_OF_A_SERIES = lazy_compile(r"\b(?:[Vv]olume|[Vv]ol\.)\s+\d+\s+of\s+[A-Z]")
# An article's pages numbered within its number, as JMLR and ACM print them: '20:177:1–177:81' (volume 20, article
# 177), '48:1-48:9': kept as printed (the run was cut after its first number, and read '1–177').
_PAGES_OF_AN_ARTICLE = lazy_compile(r"(\d{1,5}):\d{1,5}\s*[–-]\s*\1:\d{1,5}")


# A body's short name before its place, as Springer's and Harvard's styles print a report's publisher ('WHO, Geneva.',
# 'FDA, Silver Spring, MD.'), read with the place: the body was lost.
_SHORT_NAME = r"(?P<body>[A-Z][A-Z&-]{1,7})"  # 'WHO', 'FDA', 'CERN'
_ACRONYM_BEFORE_A_PLACE = lazy_compile(rf"{_SHORT_NAME},\s+(?P<place>[A-Z][^,]*(?:,\s*[A-Z]{{2,3}})?)")
# A day and its month after the place: a newspaper's or a news site's ('CNN, São Paulo, 20 de novembro de 2021.'), the
# short name its title, not a publisher.
_DAY_AFTER_THE_PLACE = lazy_compile(r"\s*,?\s*\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,}")
# Or left unread before it, after the title's stop: '… physical activity. WHO, Geneva.'
_ACRONYM_LEFT_BEFORE_THE_PLACE = lazy_compile(rf"\.\s+{_SHORT_NAME},\s*$")
_TOWN_AND_STATE = lazy_compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*,\s*[A-Z]{2}")


def _body_before_its_place(place: str) -> tuple[str, str] | None:
    """'WHO, Geneva' → ('WHO', 'Geneva'); 'FDA, Silver Spring, MD' → ('FDA', 'Silver Spring, MD'); not a country's code
    nor two letters before a town ('UK, London', a state's 'DC'), nor a company's legal form ('Schrödinger, LLC, New
    York, NY'), nor a place that is no known one."""
    found = _ACRONYM_BEFORE_A_PLACE.fullmatch(place)
    if found is None or is_country(found["body"]) or len(found["body"]) == 2 or is_firm_ending(found["body"]):
        return None
    rest = found["place"]
    if not (is_place(rest.split(",")[0]) or _TOWN_AND_STATE.fullmatch(rest)):
        return None
    return found["body"], rest


def _page_range(pages: str, printed: str = "") -> str:
    """The pages in a run that holds more ('82, 1539 -1592', '200 pp ISBN …', '54-59. 1895'):
    the first range, else the first page; the first marked one ('pp.', 'S.') after an unmarked one.
    printed: the run as printed, before its marker was taken off."""
    if _ONE_PAGE_OR_RANGE.fullmatch(pages):
        return pages
    if _PAGES_OF_AN_ARTICLE.fullmatch(pages):
        return re.sub(r"\s+", "", pages)
    if (spaced := _SPACED_RANGE.fullmatch(pages)) and int(spaced[2]) > int(spaced[1]):
        return f"{spaced[1]}–{spaced[2]}"  # '31:307 327': a range whose dash the PDF lost
    if (spread := _PAGES_OVER_A_SLASH.fullmatch(pages)) and 0 < int(spread[2]) - int(spread[1]) < 10:
        return f"{spread[1]}-{spread[2]}"  # German 'S. 26/27': the pages a piece runs over
    if not _PREFIX.match(printed) and (marked := _MARKED_PAGES.search(printed)) and marked.start():
        # 'Saint Bartholomew 1123-1973 (pp.126-184)': the range marked as pages, not the book's years.
        return re.sub(r"\s+", "", marked["pages"])
    found = _PAGE_RANGE.search(pages) or _PAGE.search(pages)
    return re.sub(r"\s+", "", found.group()) if found else pages


def _without_book_prefix(value: str) -> str | None:
    return _clean(_CONTAINER_PREFIX.sub("", value))


def _title_then_book(title: str) -> tuple[str, str]:
    """'Chapter. In: Book' labelled as one title: no title in the training data holds '. In ',
    so the book starts there."""
    match = _IN_BOOK.search(title)
    if match is None:
        return title, ""
    if _LANGUAGE_NOTE.fullmatch(title[match.start() :].strip(_EDGE)):
        return title[: match.start()].rstrip("."), ""  # '… (Lepidoptera, Geometridae). In Russian.'
    book = _without_book_prefix(_SAME_AUTHOR.sub("", title[match.end() :])) or ""
    return title[: match.start()].rstrip("."), re.split(r"(?<=[^A-Z])\.\s|,\s", book)[0]


_YEAR_IN_BRACKETS = lazy_compile(r"^\s*\((?:1[5-9]|20)\d\d[a-z]?\)")
_NAME_JOINERS = frozenset({",", ";", "/", "&", ".", "-", "und", "and", "u"})


_CENTURY = frozenset({"jahrhundert", "jahrhunderts", "jh", "century", "siècle", "secolo", "siglo", "século"})


def _numbers_of_the_title(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Human Development Report 1990', 'Bevölkerungsvorausschätzung für Hamburg bis 2020': a year at
    the end of the title, after the work's own date, read as a second date; 'im 16. Jahrhundert':
    the century after its number read as a publisher or 'other'. Both are the title's."""
    if "title" not in labels:
        return labels
    labels = list(labels)
    first_title, end = _first_run(labels, "title")
    after = end + 1
    if after >= len(tokens):
        return labels
    word = tokens[after].text.casefold()
    if word in _CENTURY and end >= 1 and tokens[end].text == "." and tokens[end - 1].text.isdigit():
        labels[after] = "title"  # '… im 16. Jahrhundert'
    elif (
        labels[after] == "date"
        and "date" in labels[:first_title]
        and _YEAR.fullmatch(tokens[after].text)
        and (after + 1 == len(tokens) or labels[after + 1] != "date" or not tokens[after + 1].text.isalnum())
    ):
        labels[after] = "title"  # 'Human Development Report 1990,'
        marks = after + 1
        while marks < len(tokens) and labels[marks] == "date" and not tokens[marks].text.isalnum():
            marks += 1
        if marks < len(tokens) and labels[marks] == "title":
            labels[after + 1 : marks] = ["title"] * (marks - after - 1)  # 'Deutschland 2020. Die demografische …'
    return labels


def _first_run(labels: list[str], label: str) -> tuple[int, int]:
    """Where the first run of `label` begins and ends (both inclusive); the label must be there."""
    first = labels.index(label)
    return first, _run_end(labels, first)


def _run_end(labels: list[str], index: int) -> int:
    """The last index of the run of labels[index] that index stands in or begins."""
    label = labels[index]
    for later in range(index + 1, len(labels)):
        if labels[later] != label:
            return later - 1
    return len(labels) - 1


def _title_read(tokens: list[Token], labels: list[str]) -> bool:
    """Whether a word of the title was read (not only a mark the labeller gave it: the names' comma)."""
    return any(label == "title" and token.text[:1].isalnum() for token, label in zip(tokens, labels, strict=True))


def _token_ending_at(tokens: list[Token], end: int | None, first: int = 0) -> int | None:
    """The index of the token that ends at character `end` of the text, looked for from index `first` on."""
    return next((k for k in range(first, len(tokens)) if tokens[k].end == end), None)


def _relabelled(labels: list[str], first: int, last: int, label: str) -> list[str]:
    """The labels with those from first to last (both inclusive) read as `label`."""
    return labels[:first] + [label] * (last + 1 - first) + labels[last + 1 :]


def _opening_run_before_the_date(labels: list[str], label: str) -> tuple[int, int] | None:
    """With no names read, where a run of `label` the reference begins with (after its number at
    most) begins and ends, when the date follows it right away."""
    if "author" in labels or "editor" in labels or label not in labels:
        return None
    first, last = _first_run(labels, label)
    if any(other != "number" for other in labels[:first]) or last + 1 >= len(labels) or labels[last + 1] != "date":
        return None
    return first, last


def _opening_run_before_the_title(labels: list[str]) -> tuple[int, int] | None:
    """With no names read, a run of 'other' the reference begins with, the title right after it:
    'World Health Organization (WHO).' + 'Protecting, promoting and supporting breastfeeding …'."""
    if "author" in labels or "editor" in labels or not labels or labels[0] != "other":
        return None
    last = _run_end(labels, 0)
    return (0, last) if last + 1 < len(labels) and labels[last + 1] == "title" else None


# Words in small letters a list of names holds: its particles ('Da Mosto', 'di') and joiners ('Bob Jones and Carl
# Brown', 'et al.').
_IN_NAMES = PARTICLES | frozenset("and und et al e y u ve och og en".split())


def _title_read_into_given_first_names(tokens: list[Token], labels: list[str]) -> list[str]:
    """'A. Da Mosto, I bravi di Venezia, Milano 1950.': names given first with initials ('A. Da Mosto', 'E. G.
    Turner'), as Italian humanities print them, then the title, which the labeller read as one more name. With no
    title read, the first part after a comma that is no 'X. Name' and holds a word in small letters (no particle,
    no joiner: 'di' and 'and' are in names) begins the title, up to the names' run's end."""
    if "title" in labels or len(labels) < 4 or labels[0] != "author":
        return labels
    if not (len(tokens[0].text) == 1 and tokens[0].text.isupper() and tokens[1].text == "."):
        return labels
    end = _run_end(labels, 0)
    commas = [index for index in range(end) if tokens[index].text == ","]
    if not commas:
        return labels
    for comma, following in zip(commas, [*commas[1:], end + 1], strict=True):
        start, part_end = comma + 1, following - 1
        if not tokens[start].text[:1].isupper():
            continue
        if start + 1 <= end and tokens[start + 1].text == "." and len(tokens[start].text) <= 2:
            continue  # 'B. Jones': one more name
        words = [token.text for token in tokens[start : part_end + 1]]
        if any(word.isalpha() and word.islower() and len(word) >= 3 and word not in _IN_NAMES for word in words):
            return _relabelled(labels, start, end, "title")
    return labels


_ONE_WORD_TITLE_AT_LEAST = 4  # letters: no 'Jr', 'Sr', 'II'
_ABBREVIATION_AT_MOST = 6  # letters of a word before a stop that may be a journal's abbreviation ('Phys.', 'Lett.')


def _one_word_title_read_as_a_name(tokens: list[Token], labels: list[str]) -> list[str]:
    """'W. Schadewalt, Iliasstudien, Leipzig 1938.', 'E. Bethe, Homer, Dichtung und Sage. II: …': a list that
    prints each name as initials then the family name, as classics lists do, and a title whose first sentence or
    part is one word, which the labeller read as one more name. No name there is a word alone, without initials:
    after 'X. Family,' the last part of the names' run that is one word begins the title."""
    if len(labels) < 6 or labels[0] != "author" or labels[-1] == "author":
        return labels
    if not (len(tokens[0].text) == 1 and tokens[0].text.isupper() and tokens[1].text == "."):
        return labels
    end = _run_end(labels, 0)
    while end > 0 and not tokens[end].text[:1].isalnum():
        end -= 1  # the run's closing comma or stop
    word = tokens[end]
    if not (
        end >= 4
        and tokens[end - 1].text == ","
        and tokens[end - 3].text == "."  # '… W . Schadewalt , Iliasstudien'
        and len(tokens[end - 4].text) == 1
        and word.text.isalpha()
        and word.text[0].isupper()
        and not word.text.isupper()
        and len(word.text) >= _ONE_WORD_TITLE_AT_LEAST
        # not a journal's abbreviation, as physics prints it after the names: 'Phys.Plasmas 18', 'Lett. Nuovo'
        and not (end + 1 < len(tokens) and tokens[end + 1].text == "." and len(word.text) < _ABBREVIATION_AT_MOST)
    ):
        return labels
    return _relabelled(labels, end, _run_end(labels, 0), "title")


def _title_read_into_a_name_given_first(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Michael Talbot, Vivaldi, Torino, EDT, 1978.': one name printed given name first ('Michael' mostly a given
    name, 'Talbot' not), then a title of one or two words, which the labeller read as one more name; no title
    read, the book's imprint right after them. The words after the name's comma are the title."""
    if "title" in labels or len(tokens) < 6 or labels[0] != "author" or tokens[2].text != ",":
        return labels
    if given_name_kind(tokens[0].text) != 2 or given_name_kind(tokens[1].text) or not tokens[1].text[:1].isupper():
        return labels
    end = _run_end(labels, 0)
    last = end - (tokens[end].text == ",")
    words = tokens[3 : last + 1]
    if not 1 <= len(words) <= 2 or end + 1 >= len(labels) or labels[end + 1] not in ("location", "publisher"):
        return labels
    if not all(word.text.isalpha() and word.text[:1].isupper() for word in words) or given_name_kind(words[0].text):
        return labels
    return _relabelled(labels, 3, last, "title")


# Words that join or follow given-first names in lower case: 'Rossi e Bianchi', 'et al.', 'u. a.'.
_BETWEEN_NAMES = frozenset({"e", "ed", "and", "und", "et", "y", "al", "u", "a", "i", "others", "altri", "coll"})
_PUNCTUATION_ONLY = lazy_compile(r"[^\w]+")


def _given_first_part(words: list[Token]) -> bool:
    """'E. Concina', 'A. Cavallari Murat', 'Elena Bassi', 'G. L. Bertolini': one name printed given name first."""
    texts = [word.text for word in words]
    if len(texts) < 2 or not all(text == "." or text[:1].isupper() or text in PARTICLES for text in texts):
        return False
    return (len(texts[0]) == 1 and texts[1] == ".") or (given_name_kind(texts[0]) == 2 and texts[1][:1].isupper())


def _title_read_as_given_first_names(tokens: list[Token], labels: list[str]) -> list[str]:
    """Italian humanities' 'E. Concina, Storia, archeologia, architettura dal Maffei a M. Lucchesi, in: …', 'Elena
    Bassi, Gli architetti dell'Ospedaletto, «Arte Veneta», VI': the title follows the given-first names after a comma,
    and the labeller, which had seldom seen it so, read it as more names, leaving no title. The names end before
    the first part between commas that is no name: a word in lower case (no particle or 'e'), or one word alone."""
    if "author" not in labels:
        return labels
    first, last = _first_run(labels, "author")
    if any(label != "other" for label in labels[:first]):
        return labels
    commas = [index for index in range(first, last + 1) if tokens[index].text == ","]
    if not commas or not _given_first_part(tokens[first : commas[0]]):
        return labels
    titled = [index for index, label in enumerate(labels) if label == "title"]
    if any(not _PUNCTUATION_ONLY.fullmatch(tokens[index].text) for index in titled):
        return labels  # a title read; a comma left with the label, after a journal's closing quote, is none
    # What follows shows the layout: a journal in quotes, 'in:' and a book, or a book's place and year (physics'
    # 'V. Bargmann, L. Michel, andV .L .Telegdi, Phys .Rev. Lett. 2, 435' has no title, and a PDF's glued words).
    after = last + 1
    if after + 1 >= len(labels):
        return labels
    quoted = labels[after] == "container" and tokens[after].text in _OPENING_QUOTES
    in_a_book = labels[after] == "container" and tokens[after].text.casefold() == "in"
    imprint = labels[after] == "location" and labels[_run_end(labels, after) + 1 :][:1] == ["date"]
    if not (quoted or in_a_book or imprint):
        return labels
    title_end = last - (tokens[last].text == ",")
    parts = [(start, end) for start, end in pairwise([*commas, last + 1]) if start < title_end]
    for start, end in parts:
        words = [index for index in range(start + 1, end) if tokens[index].text.isalpha()]
        alone = len(words) == 1 and end - start == 2 and len(tokens[words[0]].text) > 2
        if (alone and not tokens[words[0]].text.isupper()) or any(_no_name_word(tokens, index) for index in words):
            break
    else:
        # 'Elena Bassi, Giorgio Massari, «Bollettino del Centro …», IV': every part a name: the last is the title, a
        # monograph's subject.
        if not parts or in_a_book:
            return labels
        start = parts[-1][0]
    return _relabelled(["other" if label == "title" else label for label in labels], start + 1, title_end, "title")


_NAMES_JOINED_BY = frozenset({",", "and", "&"})


def _given_first_names_read_into_the_title(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Thibaut Jombart and Ismail Ahmed. adegenet 1.3-1: new tools for the analysis of genome-wide SNP data.
    Bioinformatics, …' (BibTeX's plain style): no names read, the title read from the reference's start, names and
    all (the labeller had seldom seen a title begin in lower case). Where the title begins with two names or more
    given first, joined by commas or 'and', up to a full stop, each two or three capitalised words, the first a word
    that is mostly a given name (the first name's) or at least not mostly a family name, the names are the
    authors'."""
    if "author" in labels or "title" not in labels:
        return labels
    first, last = _first_run(labels, "title")
    if any(label != "other" for label in labels[:first]):
        return labels
    stop = next((index for index in range(first, last) if tokens[index].text == "."), None)
    if stop is None:
        return labels
    pieces: list[list[str]] = [[]]
    for token in tokens[first:stop]:
        if token.text in _NAMES_JOINED_BY:
            pieces.append([])
        else:
            pieces[-1].append(token.text)
    pieces = [piece for piece in pieces if piece]
    if (
        len(pieces) < 2
        or given_name_kind(pieces[0][0]) != 2
        or not all(
            2 <= len(piece) <= 3
            and given_name_kind(piece[0]) != 1  # not mostly a family name ('Ismaïl', unknown, may be a given one)
            and all(word.isalpha() and word[0].isupper() and not word.isupper() for word in piece)
            for piece in pieces
        )
    ):
        return labels
    return _relabelled(labels, first, stop, "author")


def _no_name_word(tokens: list[Token], index: int) -> bool:
    """A word in lower case that no name holds: not a particle or 'e', nor a hyphenated name's second half."""
    word = tokens[index].text
    if not word[:1].islower() or word in PARTICLES or word in _BETWEEN_NAMES:
        return False
    return not (index and tokens[index - 1].text in "-‐" and tokens[index - 1].end == tokens[index].start)


def _title_cut_at_its_own_in(tokens: list[Token], labels: list[str]) -> list[str]:
    """'… (Greece, Portugal, and Spain) in Comparative Perspective. In Iberian elites and the EU, ed. …' (Chicago):
    the labeller began the book at the title's own 'in', in lower case after a word (or a bracket) inside the
    sentence; the book begins at the 'In' after the title's full stop."""
    if "container" not in labels:
        return labels
    first, last = _first_run(labels, "container")
    if not first or labels[first - 1] != "title" or tokens[first].text != "in":
        return labels
    if tokens[first - 1].text in (".", ",", ";", ":"):
        return labels  # '…, in: Journal': the book's own 'in' after a mark
    after_stop = next(
        (index for index in range(first + 2, last + 1) if tokens[index].text == "In" and tokens[index - 1].text == "."),
        None,
    )
    if after_stop is None:
        return labels
    return _relabelled(labels, first, after_stop - 1, "title")


# IEEE's 'ser.' before a book's series, at the end of the book as read: '…, ser. Lecture Notes in Computer Science'.
_IEEE_SERIES = lazy_compile(r",\s*ser\.\s+(?P<series>[^,;]+?)\s*$")
_A_WORD = lazy_compile(r"[^\W\d_]{3}")
# Publishers' imprints named with their city, as their own records of a book give them: Springer's 'Springer New
# York', 'Springer Berlin Heidelberg', Birkhäuser's 'Birkhäuser Basel'. The publisher's word, then the city's.
_IMPRINTS_WITH_A_CITY = {
    "Springer": {"New York", "Berlin Heidelberg", "London", "Netherlands", "Singapore", "Vienna", "Japan", "India"},
    "Birkhäuser": {"Basel", "Boston"},
}


def _city_in_the_publishers_name(tokens: list[Token], labels: list[str]) -> list[str]:
    """'… (pp. 499–515). Springer New York.', 'New York, NY: Springer New York, 2001': an imprint named with its
    city (_IMPRINTS_WITH_A_CITY), the city read as a place, lost from the publisher's name. With a mark between,
    ('Springer, Berlin'), or a city no imprint is named with ('Springer Heidelberg', 'McGraw-Hill New York', as a
    copy that lost the comma prints them), the place stays. A publisher's name never ends in 'of': 'New York:
    The Feminist Press at the City University of New York', the city read as a place, is the name's end (a name of
    words alone: a comma makes it a place, 'Republic and Canton of Geneva, Switzerland')."""
    if "publisher" not in labels or "location" not in labels:
        return labels
    _, last = _first_run(labels, "publisher")
    after = last + 1
    if after >= len(labels) or labels[after] != "location":
        return labels
    end = words_end = _run_end(labels, after)
    while words_end > after and tokens[words_end].text in (",", ".", ";"):
        words_end -= 1  # the mark that ends the imprint, read with the place
    city = " ".join(token.text for token in tokens[after : words_end + 1])
    if tokens[last].text == "of":
        if not all(token.text.isalpha() for token in tokens[after : words_end + 1]):
            return labels  # 'Republic and Canton of' + 'Geneva, Switzerland': a place after all
    elif city not in _IMPRINTS_WITH_A_CITY.get(tokens[last].text, ()):
        return _place_begun_inside_the_publishers_name(tokens, labels, last, after, words_end)
    return _relabelled(labels, after, end, "publisher")


def _place_begun_inside_the_publishers_name(
    tokens: list[Token], labels: list[str], last: int, after: int, end: int
) -> list[str]:
    """'Dissertação Mestrado, Universidade de São Paulo, São Paulo.': the place read from inside the university's
    name ('Universidade de São' + 'Paulo, São Paulo', 'Universidade Católica de' + 'São Paulo. São Paulo.'). Where the
    publisher's last word and the place's first words, with no mark between, are a place's name and those words alone
    none, or the publisher's name ends in a particle, and more follows them after a comma or a full stop, they end
    the publisher's name."""
    comma = next((k for k in range(after, end) if tokens[k].text in (",", ".")), None)
    if comma is None or comma == after or not all(token.text.isalpha() for token in tokens[last:comma]):
        return labels
    cut = " ".join(token.text for token in tokens[after:comma])
    if tokens[last].text not in _PARTICLES_ENDING_NO_NAME and (
        is_place(cut) or not is_place(f"{tokens[last].text} {cut}")
    ):
        return labels
    return _relabelled(labels, after, comma - 1, "publisher")


def _publisher_begun_inside_the_place(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Sick, H. 1997. Ornitologia brasileira. Rio de Janeiro, Nova Fronteira.': the publisher's first word read with
    the place before it ('Rio de Janeiro, Nova' + 'Fronteira'). Where the place's words after its last comma run on
    into the publisher with no mark between, are no known place, and the words before the comma are one, they begin
    the publisher's name."""
    if "publisher" not in labels or "location" not in labels:
        return labels
    first = labels.index("publisher")
    if first == 0 or labels[first - 1] != "location" or not tokens[first - 1].text.isalpha():
        return labels
    start = first - 1
    while start > 0 and labels[start - 1] == "location":
        start -= 1
    comma = next((k for k in range(first - 1, start, -1) if tokens[k].text == ","), None)
    if comma is None or not all(token.text.isalpha() for token in tokens[comma + 1 : first]):
        return labels
    before = _as_printed(tokens[start:comma])
    if not is_place(before) or is_place(_as_printed(tokens[comma + 1 : first])):
        return labels
    return _relabelled(labels, comma + 1, first - 1, "publisher")


# 'Universidade Católica de' + 'São Paulo. São Paulo.': no name ends in one.
_PARTICLES_ENDING_NO_NAME = frozenset("de da do dos das di del du".split())


def _dashed_date_read_in_part(tokens: list[Token], labels: list[str]) -> list[str]:
    """IEEE's dashed date, '08-Jan-2021', '11- Feb- 2024': the labeller read its year alone as the date, and its day
    and month with the name before (the site's: '“Understanding contrastive learning,” Medium, 08-Jan-2021.', whose
    'Medium, 08-Jan' became an editor). The date is whole; a name with no initial before it, read as an editor, is
    left for the site's rule (_site_after_a_quoted_title)."""
    for index in range(len(tokens) - 4):
        if labels[index + 4] != "date" or labels[index] == "date" or tokens[index + 1].text != "-":
            continue  # asked first: this runs for every token of every reference
        day, dash, month, second, year = tokens[index : index + 5]
        if not (
            day.text.isdigit()
            and len(day.text) <= 2
            and dash.text == second.text == "-"
            and len(year.text) == 4
            and year.text.isdigit()
            and month_number(month.text) is not None
        ):
            continue
        labels = _relabelled(labels, index, index + 3, "date")
        before = index - 1
        while before >= 0 and labels[before] == "editor":
            before -= 1
        names = tokens[before + 1 : index]
        if (
            names
            and before >= 0
            and labels[before] == "title"
            and not any(token.text.isalpha() and len(token.text) == 1 for token in names)
        ):
            labels = _relabelled(labels, before + 1, index - 1, "other")  # 'Medium,': no person's name, no initial
        return labels
    return labels


# The marks a title opens with, and their closing ones: _CLOSING_QUOTE's but German's '»' and '‚', and the straight one.
_TITLES_CLOSING_QUOTE = {mark: _CLOSING_QUOTE[mark] for mark in "“«„‘"} | {'"': '"'}
_QUOTED_TITLE_TOKENS = 80  # a quoted title's tokens at most, looked through for its closing mark
_BODY_READ_AS = frozenset({"container", "publisher", "location", "other"})  # an author before a quoted title, misread


def _quoted_title_read_as_names(tokens: list[Token], labels: list[str]) -> list[str]:
    """IEEE's page with no author, '“Indep. Comp. Analysis,” EEGLAB Wiki. Accessed: …', and with a body for one,
    'Infiniti Optics, "Electromagnetic Spectrum," [Online].' (public repositories' READMEs): no name is printed
    inside quotation marks, so a quoted title the reference opens with, read in part as names (or all, with no title
    read), is the title whole; and a first field read as a journal, a publisher or a place, ending at the comma
    before the quoted title, where no names are read, is who wrote it."""
    if not tokens:
        return labels
    if tokens[0].text in _TITLES_CLOSING_QUOTE:
        opening = 0
    elif "url" in labels and labels[0] in _BODY_READ_AS:  # the second case's own conditions, asked first: cheap
        opening = next(
            (k for k, token in enumerate(tokens[:_QUOTED_TITLE_TOKENS]) if token.text in _TITLES_CLOSING_QUOTE), None
        )
        if opening is None or tokens[opening - 1].text != "," or opening < 2:
            return labels
    else:
        return labels
    closing_mark = _TITLES_CLOSING_QUOTE[tokens[opening].text]
    close = next(
        (
            k
            for k in range(opening + 2, min(len(tokens), opening + _QUOTED_TITLE_TOKENS))
            if tokens[k].text == closing_mark
        ),
        None,
    )
    if close is None or "author" in labels[close + 1 :]:
        return labels
    # read in part as the title, or all as names with no title anywhere ('„PIREPLAY,“ 2013. [Online]. …')
    if "title" not in labels[opening : close + 1] and (opening > 0 or "title" in labels):
        return labels
    if opening == 0:
        if not any(label in ("author", "editor") for label in labels[: close + 1]):
            return labels
        return _relabelled(labels, 0, close, "title")
    # A magazine before the title, with no link, stays: 'Business Week, "Banks Try …," April 5, 1969.'
    if (
        _run_end(labels, 0) < opening - 2  # a year between: 'National Academies of …, 2015, "The Space …"'
        or not tokens[0].text.isalnum()  # '-, and-, "Savage-Bayesian …"': the same author's dash
    ):
        return labels
    return _relabelled(_relabelled(labels, 0, opening - 1, "author"), opening, close, "title")


def _names_read_as_a_title(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Bundesministerium für Bildung, … (BMBF), 1998: Berufliche Qualifizierung …': with no names
    read, a title the reference begins with, right before its date (after a comma or full stop, or
    in brackets: not a year inside a sentence), and another title right after the date: the first is
    who wrote it (an organisation, mostly), the second what."""
    if (run := _opening_run_before_the_date(labels, "title")) is None:
        return labels
    first, last = run
    # The date's own bracket may be read into the run: 'Senatsverwaltung für …/Geschäftsstelle Gleichstellung. (',
    # 'The Cancer Genome Atlas Research Network (' + '2015) Comprehensive genomic …' (PLOS's author–year layout).
    bracketed = tokens[last + 1].text == "(" or tokens[last].text == "(" and last > first
    if tokens[last].text not in (",", ".") and not bracketed:
        return labels
    after = _run_end(labels, last + 1) + 1
    if after >= len(labels) or labels[after] != "title":
        return labels
    if not without_link_lead(" ".join(token.text for token in tokens[after : _run_end(labels, after) + 1])):
        return labels  # '… Open Government Data. (2014). Retirado de http://…': what leads to its link, no title
    return _relabelled(labels, first, last, "author")


def _book_read_on_as_nothing(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Body image: a handbook of science,' + 'practice, and prevention.' + 'New York: Guilford': a book
    that ends in a comma goes on; what the labeller read as nothing after it, a sentence in lower case
    up to the place or the publisher, is the rest of its title."""
    if "container" not in labels:
        return labels
    first, last = _first_run(labels, "container")
    if tokens[last].text != "," or last + 1 >= len(labels) or labels[last + 1] != "other":
        return labels
    end = _run_end(labels, last + 1)
    if end + 1 >= len(labels) or labels[end + 1] not in ("location", "publisher"):
        return labels
    if not tokens[last + 1].text[:1].islower() or tokens[end].text != ".":
        return labels  # ', IBM ENC, Heidelberg', ', Consultants Bureau, New York': a body, not the title's end
    if any(_NOT_THE_BOOKS.fullmatch(token.text) for token in tokens[last + 1 : end + 1]):
        return labels  # 'Complex analysis,' + 'third ed.', 'Œuvres II,' + 'Trad fr. par …': no part of the title
    return _relabelled(labels, last + 1, end, "container")


def _book_read_as_nothing_after_the_editors(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'In: Mello Filho J, organizador.' + 'Psicossomática hoje.' + 'Porto Alegre: Artes Médicas': the
    editors end with their role, and the sentence the labeller read as nothing after them, up to the
    place or the publisher, is the book."""
    if "editor" not in labels or "container" in labels:
        return labels
    first, last = _first_run(labels, "editor")
    start = last + 1
    if start < len(labels) and labels[start] == "other" and tokens[start].text == ".":
        start += 1  # the role's full stop, read as nothing too
    if start >= len(labels) or labels[start] != "other" or labels[start - 1] not in ("editor", "other"):
        return labels
    end = _run_end(labels, start)
    if end + 1 >= len(labels) or labels[end + 1] not in ("location", "publisher") or tokens[end].text != ".":
        return labels
    role = _ROLE_AFTER_NAMES.search(text, tokens[first].start, tokens[start].start)
    if role is None or not tokens[start].text[:1].isupper():
        return labels
    return _relabelled(labels, start, end, "container")


def _chapter_read_as_nothing(tokens: list[Token], labels: list[str]) -> list[str]:
    """APA in Spanish: 'En B. Lipman y J. Sneakers (Coords.), Program synthesis (pp. 397-411). Addison-Wesley.':
    the editors, their role in brackets and the book, all read as nothing before the pages or the imprint."""
    if "editor" in labels or "container" in labels:
        return labels
    start = next(
        (
            k
            for k in range(1, len(tokens) - 6)
            if labels[k] == "other" and tokens[k].text in _IN_MARK_WORDS and labels[k - 1] != "other"
        ),
        None,
    )
    if start is None or tokens[start - 1].text != ".":
        return labels
    end = _run_end(labels, start)
    if end + 1 >= len(labels) or labels[end + 1] not in ("pages", "publisher", "location"):
        return labels
    names = start + 1 + (tokens[start + 1].text == ":")
    opening = next((k for k in range(names + 2, end - 2) if tokens[k].text == "("), None)
    if opening is None or not _ROLE_WORD.fullmatch(tokens[opening + 1].text):
        return labels
    closing = opening + 2 + (tokens[opening + 2].text == ".")
    if closing >= end or tokens[closing].text != ")":
        return labels
    book = closing + 1 + (tokens[closing + 1].text in ",.")
    book_end = end - (tokens[end].text == "(")
    if book > book_end or not tokens[book].text[:1].isupper():
        return labels
    return _relabelled(_relabelled(labels, names, closing, "editor"), book, book_end, "container")


def _book_after_in_read_into_the_title(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'… conditional programming. En Learn Python Programming: The no-nonsense, beginner's guide to programming,'
    + 'data science, and web development with Python' (APA in Spanish): the book after the title's full stop and
    'En' ('In', 'Em', 'Dans'), read on as the title up to where the labeller began the book."""
    if "title" not in labels or "container" not in labels or not any(f"{word} " in text for word in _IN_MARK_WORDS):
        return labels
    first, last = _first_run(labels, "title")
    if last + 1 >= len(labels) or labels[last + 1] != "container":
        return labels
    for k in range(first + 2, last - 1):
        if tokens[k].text in _IN_MARK_WORDS and tokens[k - 1].text in ".?!":
            after = k + 1 + (tokens[k + 1].text == ":")
            if after <= last and tokens[after].text[:1].isupper():
                return _relabelled(labels, k, last, "container")
    return labels


_VOLUME_WORDS = frozenset(("Vol", "vol", "Volume", "Bd", "Band", "Tome"))  # a volume's word before its number


def _number_ending_the_books_title(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'In Learn Python Programming: … with Python 3.7 (pp. 79-105)': a number ending the book's title, right
    before the chapter's pages in brackets, read as its volume (and issue: '3' + '.7'); a volume is marked
    ('Vol. 3, pp.') or set apart by a comma. Not before German's '(S.': '… Berufsforschung 215 (S. 317-332)' is a
    series' number."""
    if "(p" not in text or "container" not in labels or "volume" not in labels:
        return labels
    start = labels.index("volume")
    before = tokens[start - 1].text
    if not start or labels[start - 1] != "container" or not before[:1].isalpha() or before in _VOLUME_WORDS:
        return labels
    after = start
    while (
        after < len(labels)
        and labels[after] in ("volume", "issue")
        and (tokens[after].text in ".," or tokens[after].text.isdigit())
    ):
        after += 1
    if after + 1 >= len(tokens) or tokens[after].text != "(" or tokens[after + 1].text not in ("pp", "p", "págs"):
        return labels
    return _relabelled(labels, start, after - 1, "container")


def _book_read_as_a_first_place(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'Handbuch … – Theorie,' + 'Methoden, Empirie' + '(S. 924–932). Wiesbaden: VS Verlag': the book's
    last words, read as a place though no known place, before its pages and the real place after
    them, are the book's."""
    if "container" not in labels or "location" not in labels:
        return labels
    first, last = _first_run(labels, "container")
    start = last + 1
    if start >= len(labels) or labels[start] != "location":
        return labels
    end = _run_end(labels, start)
    if end + 1 >= len(labels) or labels[end + 1] != "pages":
        return labels
    later = next((k for k in range(_run_end(labels, end + 1) + 1, len(labels)) if labels[k] == "location"), None)
    if later is None or not is_place(text[tokens[later].start : tokens[_run_end(labels, later)].end].strip(_EDGE)):
        return labels
    words = text[tokens[start].start : tokens[end].end].strip(_EDGE + "(")
    if not words or any(is_place(piece) for piece in words.split(",")) or tokens[last].text != ",":
        return labels  # 'Nicosia, Cyprus': a place, if not one name
    opening = end
    while opening > start and tokens[opening].text in "([":
        opening -= 1
    return _relabelled(_relabelled(labels, opening + 1, end, "other"), start, opening, "container")


# A book's numbered edition in brackets: '(5. Auflage)', '(2. korrigierte Auflage)', '(6. Aufl.)', '(2nd ed.)'.
_NUMBERED_EDITION_IN_BRACKETS = lazy_compile(rf"\(\s*{_EDITION_NUMBER}{_EDITION_WORD}\s*\)", re.IGNORECASE)


def _edition_read_into_the_volume(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'Manual de psicopatología, vol. I (4.ª ed.). McGraw-Hill.': a book's volume, then its edition in brackets,
    the edition's number read with the volume (as its issue, 'I(4)'). The bracket is the edition's."""
    if "volume" not in labels:
        return labels
    first, last = _first_run(labels, "volume")
    for index in range(first + 1, min(last + 1, len(tokens))):
        if tokens[index].text == "(" and (edition := _NUMBERED_EDITION_IN_BRACKETS.match(text, tokens[index].start)):
            close = _token_ending_at(tokens, edition.end(), index)
            return labels if close is None else _relabelled(labels, index, close, "other")
    return labels


def _subtitle_before_the_edition(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'Sozialpädagogik der Lebensalter.' + 'Eine Einführung' + '(5. Auflage). – Weinheim': a book's
    subtitle the labeller read as nothing, or as a book or a volume, right before its edition in
    brackets, is the rest of its title; the bracket itself is no book and no volume."""
    if "title" not in labels or "(" not in text:
        return labels
    first, last = _first_run(labels, "title")
    edition = _NUMBERED_EDITION_IN_BRACKETS.search(text, tokens[last].end)
    if edition is None:
        return labels
    bracket = next((k for k in range(last + 1, len(tokens)) if tokens[k].start == edition.start()), None)
    if bracket is None or bracket == last + 1 or not tokens[last + 1].text[:1].isupper():
        return labels
    if any(label not in ("other", "container", "volume") for label in labels[last + 1 : bracket]):
        return labels
    if any(token.text == ":" for token in tokens[last + 1 : bracket]):
        return labels  # 'College Station: Stata Press (2. Auflage)': the place and the publisher
    close = next(k for k in range(bracket, len(tokens)) if tokens[k].end == edition.end())
    return _relabelled(_relabelled(labels, last + 1, bracket - 1, "title"), bracket, close, "other")


def _edition_cut_into_the_title(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'Code Complete: A comprehensive handbook of software construction (2.ª ed.). Microsoft Press.' (APA in
    Spanish): the edition in brackets, its number read as the title's last words ('… construction (2')."""
    if "title" not in labels or "(" not in text:
        return labels
    first, last = _first_run(labels, "title")
    bracket = next((k for k in range(last, max(first, last - 3), -1) if tokens[k].text == "("), None)
    if bracket is None or bracket == first:
        return labels
    edition = _NUMBERED_EDITION_IN_BRACKETS.match(text, tokens[bracket].start)
    if edition is None or edition.end() <= tokens[last].end:
        return labels
    close = _token_ending_at(tokens, edition.end(), last + 1)
    return labels if close is None else _relabelled(labels, bracket, close, "other")


_NOT_THE_BOOKS = lazy_compile(r"ed|edn|edition|éd|aufl|auflage|trad|transl|trans|übers|hrsg|hg|eds", re.IGNORECASE)


def _volume_before_the_bracketed_year_read_as_pages(tokens: list[Token], labels: list[str]) -> list[str]:
    """SIAM's '…, Proceedings of the Royal Society A: Mathematical, Physical and Engineering Sciences, 473 (2017), p.
    20160753.': the volume, the year in brackets, then the page or article after 'p.'; the labeller read the volume
    as pages (the journal's 'Proceedings' made it a conference's) and the record took 473 for its pages, the article's
    number lost. A number alone read as pages right after the journal and before the bracketed year, with pages after
    'p.' or 'pp.' past it, is the volume."""
    if "pages" not in labels or "volume" in labels or "container" not in labels:
        return labels
    first, last = _first_run(labels, "pages")
    if not (last == first + 1 and tokens[first].text.isdigit() and tokens[last].text == "("):
        return labels
    if first < 2 or labels[first - 1] != "container" or last + 1 >= len(labels) or labels[last + 1] != "date":
        return labels
    after = _run_end(labels, last + 1) + 1
    if after >= len(labels) or labels[after] != "pages" or tokens[after].text not in ("p", "pp"):
        return labels
    return _relabelled(_relabelled(labels, first, first, "volume"), last, last, "date")


def _issue_before_the_bracketed_year(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Cerâmica 61, 359 (2015) 367.', 'J. Non. Cryst. Solids 357, 16-17 (2011) 3251.': the volume, the
    issue, the year in brackets, then the first page; the labeller read the issue as pages too."""
    if "pages" not in labels or "volume" not in labels:
        return labels
    first, last = _first_run(labels, "pages")
    if tokens[last].text != "(" or last + 1 >= len(labels) or labels[last + 1] != "date":
        return labels
    after = _run_end(labels, last + 1) + 1
    if after >= len(labels) or labels[after] != "pages" or first < 2 or labels[first - 1] != "volume":
        return labels
    if not all(token.text.isdigit() or token.text in "-–" for token in tokens[first:last]):
        return labels
    # The page ends the reference, right after the bracket: physics' 'Phys. Rev. D 74, 113004 (2006).'
    # followed by a PDF's page number or an erratum keeps its page.
    end = _run_end(labels, after)
    if any(token.text == "." for token in tokens[last + 1 : after]) or end + 1 < len(tokens) - 1:
        return labels
    if not tokens[after].text.isdigit() or len(tokens[after].text) > 5:
        return labels
    return _relabelled(_relabelled(labels, first, last - 1, "issue"), last, last, "date")


_SUPPLEMENT_WORDS = frozenset(("suppl", "supplement", "supl", "suplemento"))


_NEW_SERIES = {("n", "s"), ("N", "S"), ("N", "F")}  # 'n.s.', 'N.S.' (nuova serie, new series), 'N.F.' (Neue Folge)


_NEW_SERIES_MARKS = ("n.s", "n. s", "N.S", "N. S", "N.F", "N. F")  # looked for first: most references have none


def _new_series_read_apart(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'QUCC n.s. 20.2 (1985), pp. 7-18', 'Archivio Veneto, n. s. 31 (1886): 33-69', 'Neue Jahrbücher N.F. 7': a
    journal's new series, which humanities lists mark before the volume, read as pages or the date (and the
    volume after it with them). The mark is no field; the number after it, with a part after a stop ('20.2'), is
    the volume where none was read, and a bracket before the year goes with the date."""
    if not any(mark in text for mark in _NEW_SERIES_MARKS):
        return labels
    for index in range(1, len(tokens) - 4):
        if (
            (tokens[index].text, tokens[index + 2].text) in _NEW_SERIES
            and tokens[index + 1].text == tokens[index + 3].text == "."
            and labels[index - 1] == "container"
        ):
            break
    else:
        return labels
    number = index + 4
    if not (tokens[number].text.isdigit() or _ROMAN_VOLUME.fullmatch(tokens[number].text)):
        return labels
    end = number
    if end + 2 < len(tokens) and tokens[end + 1].text == "." and tokens[end + 2].text.isdigit():
        end += 2  # '20.2': the volume's part
    if any(
        label == "volume" and tokens[position].text[:1].isalnum() and not number <= position <= end
        for position, label in enumerate(labels)
    ):
        return labels  # a volume elsewhere: the number is something else
    labels = _relabelled(_relabelled(labels, index, index + 3, "other"), number, end, "volume")
    if end + 2 < len(tokens) and tokens[end + 1].text in "([" and labels[end + 2] == "date":
        labels[end + 1] = "date"
    return labels


def _supplement_read_apart_from_the_issue(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Chest 2004, 126(3 Suppl):338S-400S.' (BMC's style, CERMINE's test list): the supplement, inside the issue's
    bracket, read as nothing; the issue is '3 Suppl', as '119(1 Suppl)' was read."""
    if "issue" not in labels:
        return labels
    last = _first_run(labels, "issue")[1]
    word = last + 1
    if word >= len(tokens) or labels[word] != "other" or tokens[word].text.lower() not in _SUPPLEMENT_WORDS:
        return labels
    end = word + (word + 1 < len(tokens) and tokens[word + 1].text == "." and labels[word + 1] == "other")
    if end + 1 < len(tokens) and tokens[end + 1].text.isdigit() and labels[end + 1] == "other":
        end += 1  # 'Suppl 2'
    if end + 1 >= len(tokens) or tokens[end + 1].text != ")":
        return labels
    return _relabelled(labels, word, end, "issue")


def _issue_cut_at_its_hyphen_or_bracket(tokens: list[Token], labels: list[str]) -> list[str]:
    """'vol. 50, no. 2-3, pp. 219-230': a double issue, its second number read as the pages' (or its first, with
    its word, as the volume's: 'v. 18, n. 1/2'); 'Biota Neotropica 6(2). Disponível em …': the issue in brackets
    after the volume, read as anything else."""
    if "issue" in labels:
        first, last = _first_run(labels, "issue")
        mark = tokens[last].text
        if (
            mark in ("-", "–", "/")
            and first < last
            and tokens[last - 1].text.isdigit()
            and last + 2 < len(tokens)
            and labels[last + 1] == "pages"
            and tokens[last + 1].text.isdigit()
            and tokens[last].end == tokens[last + 1].start
            and tokens[last + 2].text == ","  # the pages, after their own comma, follow
        ):
            return _relabelled(labels, last + 1, last + 1, "issue")
        word = first - 4  # 'v. 18, n. 1/' + '2': the double issue's first number and its word, read with the volume
        if (
            word > 0
            and tokens[first].text.isdigit()
            and tokens[first - 1].text in ("/", "-")
            and tokens[first - 1].end == tokens[first].start
            and tokens[first - 2].text.isdigit()
            and tokens[word].text.lower() in ("n", "no", "nr", "núm", "num")
            and tokens[word + 1].text == "."
            and labels[word:first] == ["volume"] * 4
            and labels[word - 1] == "volume"
        ):
            return _relabelled(labels, word, first - 1, "issue")
        return labels
    if "volume" not in labels:
        return labels
    first, last = _first_run(labels, "volume")
    if (
        tokens[last].text == "("
        and first < last
        and "container" in labels[:first]  # after the journal: not a list's numbers, '182 (39) Webb, L. J.; …'
        and last + 2 < len(tokens)
        and tokens[last + 1].text.isdigit()
        and tokens[last + 2].text == ")"
        and labels[last + 1] not in ("pages", "date")
    ):
        return _relabelled(labels, last + 1, last + 2, "issue")
    return labels


_NAME_JOINS = frozenset({"/", ",", ".", "&", "u", "und", "and", "et"})


def _editors_cut_before_their_colon(tokens: list[Token], labels: list[str]) -> list[str]:
    """'In: Christoph Butterwegge/Bettina Lösch/Ralf Ptak: Kritik des Neoliberalismus', 'In: Mayr, A. u. F.
    Grimm: Städte …': the book's editors after 'In', the labeller's run of them cut short; names joined by a
    slash or 'und' run on to the colon before the book."""
    if "editor" not in labels:
        return labels
    first, last = _first_run(labels, "editor")
    if tokens[first].text.lower() != "in" and not (first and tokens[first - 1].text.lower() == "in"):
        return labels
    end = last + 1
    colon = next((index for index in range(end, min(len(tokens) - 1, end + 8)) if tokens[index].text == ":"), end)
    names = tokens[end:colon]
    if (
        not names
        or tokens[last].text in (",", ")")  # 'in: S. Lamnek (Hrsg.), Jugend und Gewalt. Opladen:': the book follows
        or any(token.text == "." and not is_initial(before.text) for before, token in pairwise(names))
        or not tokens[colon + 1].text[:1].isupper()
        or not all(
            token.text in _NAME_JOINS
            or (token.text[:1].isupper() and (token.text[1:].islower() or len(token.text) < 3))
            for token in names
        )
        or not (
            any(token.text in ("/", "u", "und", "&") for token in names)
            or tokens[last].text in ("/", "u", "und", "&")
            # 'Mayr, A. u. F.' + 'Grimm': a given name's initial ends the run, its family name after it
            or (len(names) == 1 and tokens[last].text == "." and is_initial(tokens[last - 1].text))
        )
    ):
        return labels
    return _relabelled(labels, end, colon, "editor")


def _article_number_read_as_nothing(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Science, 367 (6478) (2020), Article eaau6977' (Elsevier's pages), 'BioMed Research International, 2014,
    Article ID 632786' (Hindawi's): with no pages read, the article's number after its word, read as nothing,
    stands for them."""
    if "pages" in labels or "other" not in labels:
        return labels
    for index in range(1, len(tokens) - 1):
        if tokens[index].text == "Article" and labels[index] == labels[index + 1] == "other":
            last = index + 1
            if tokens[last].text in _ARTICLE_NUMBER_WORDS and last + 1 < len(tokens) and labels[last + 1] == "other":
                last += 1  # 'ID', 'no', and its stop: the number after them
                if tokens[last].text == "." and last + 1 < len(tokens) and labels[last + 1] == "other":
                    last += 1
            number = tokens[last].text
            if not any(map(str.isdigit, number)) or labels[index - 1] not in ("date", "volume", "issue"):
                return labels
            if last + 1 < len(tokens) and labels[last + 1] == "other" and tokens[last + 1].text not in ",.":
                return labels  # 'Article 13 of the Convention': a sentence, not a number
            return _relabelled(labels, index, last, "pages")
    return labels


_ARTICLE_NUMBER_WORDS = frozenset({"ID", "no", "No", "number"})  # 'Article ID 632786', 'Article no. 12'


def _volume_and_article_id_read_as_one(tokens: list[Token], labels: list[str]) -> list[str]:
    """Hindawi's 'BioMed Research International, vol. 2014, Article ID 781670, 11 pages, 2014.' (and Elsevier's
    'vol. 214, Article ID 109133, 2022.' in IEEE's style): the volume, the article's number that stands for its
    pages, how many pages it has, then the year. The labeller, which saw few of them, reads the number into the
    volume or the date; the words themselves say which is which."""
    count = len(tokens)
    for index, token in enumerate(tokens):
        if token.text not in _VOLUME_WORDS or index == 0:
            continue
        before = index - 1
        while before > 0 and not any(map(str.isalnum, tokens[before].text)):
            before -= 1
        number = index + 2 if index + 1 < count and tokens[index + 1].text == "." else index + 1
        if (
            labels[before] != "container"
            or number + 3 >= count
            or not tokens[number].text.isdigit()
            or tokens[number + 1].text != ","
            or tokens[number + 2].text.lower() != "article"
        ):
            continue
        last = number + 3
        if tokens[last].text in _ARTICLE_NUMBER_WORDS:
            last += 1
            if last < count and tokens[last].text == ".":
                last += 1
        if last >= count or not any(map(str.isdigit, tokens[last].text)):
            continue
        relabelled = labels[:]
        relabelled[index : number + 2] = ["volume"] * (number + 2 - index)
        relabelled[number + 2 : last + 1] = ["pages"] * (last - number - 1)
        after = last + 1
        if after + 2 < count and tokens[after].text == "," and tokens[after + 1].text.isdigit():
            if tokens[after + 2].text in _PAGE_COUNT_WORDS:  # ', 11 pages': with the pages, which keep the number
                relabelled[after : after + 3] = ["pages"] * 3
                after += 3
        if after + 1 < count and tokens[after].text == "," and _YEAR_TOKEN.fullmatch(tokens[after + 1].text):
            relabelled[after : after + 2] = ["pages", "date"]
            if after + 3 == count and tokens[after + 2].text == ".":
                relabelled[after + 2] = "date"
        return relabelled
    return labels


def _journal_named_by_an_acronym_and_its_colon_read_as_title(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Cancer statistics, 2021. CA: a cancer journal for clinicians, 71(1), 7-33': a journal named by its
    acronym, a colon and what it stands for, after the title's full stop. 'CA' is California too, and the
    labeller reads the name into the title, or its acronym as a place. Only before a volume: '… Five Continents,
    Vol. XI. IARC: Lyon; 2022.' is a publisher and a place."""
    count = len(tokens)
    for index in range(2, count - 4):
        if not (
            tokens[index - 1].text == "."
            and labels[index - 2] == "title"
            and tokens[index + 1].text == ":"
            and _ACRONYM.fullmatch(tokens[index].text)
            and labels[index] in ("title", "location")
        ):
            continue
        end = index + 2
        while end < count and labels[end] in ("title", "container", "location", "publisher"):
            end += 1
        words = [token.text for token in tokens[index + 2 : end] if any(map(str.isalpha, token.text))]
        if (
            end == count
            or "volume" not in labels[end:]
            or len(words) < 3
            or "." in (t.text for t in tokens[index + 2 : end - 1])
        ):
            return labels
        return labels[:index] + ["container"] * (end - index) + labels[end:]
    return labels


_ACRONYM = lazy_compile(r"[A-Z]{2,6}")
_ACRONYM_AFTER_A_FULL_STOP = lazy_compile(r"\.\s+[A-Z]{2,6}\s?:")
_PAGE_COUNT_WORDS = frozenset({"pages", "pp", "p"})
_YEAR_TOKEN = lazy_compile(r"(?:1[89]|20)\d\d")


def _name_before_the_link_read_as_nothing(tokens: list[Token], labels: list[str]) -> list[str]:
    """'[13] TensorFlow, https://www.tensorflow.org/', 'Multilayer perceptron, https://en.wikipedia.org/wiki/…', '[3]
    CloudLab. https://www.cloudlab.us.': a tool's, a page's or a data set's name, its comma or its stop, then its link
    and nothing else that names it. The labeller read the name as nothing, and the reference was left out; it is the
    title."""
    if "url" not in labels or "title" in labels or "author" in labels:
        return labels
    link = labels.index("url")
    start = _list_number_length(tokens)
    if link <= start + 1 or tokens[link - 1].text not in ",." or any(label != "other" for label in labels[start:link]):
        return labels  # 'Name, https://…': not a line's '© 2008 FQS http://…', nor '… 2013 from http://…'
    words = [token.text for token in tokens[start : link - 1] if any(map(str.isalnum, token.text))]
    if not 0 < len(words) <= _NAME_BEFORE_A_LINK_AT_MOST or not any(map(str.isalpha, words[0])):
        return labels
    return labels[:start] + ["title"] * (link - start) + labels[link:]


def _maker_title_and_site_before_the_date_and_link(tokens: list[Token], labels: list[str]) -> list[str]:
    """'5. OpenAI. HealthBench. 2025. https://openai.com/index/healthbench/.', '7. MAGIC-AI4Med. MedRBench. GitHub.
    2025. https://github.com/…' (Vancouver's web pages and data sets, a clinical AI manuscript's list): short
    sentences, then the year and the link. The labeller read the sentences as nothing or as a journal, and with no
    names and no title the reference was told as unreadable. Two sentences or three before the date are the maker,
    the title and the site that holds it."""
    if "author" in labels or "editor" in labels or "title" in labels or "date" not in labels:
        return labels
    start = _list_number_length(tokens)
    date = labels.index("date")
    if date <= start or any(label not in _READ_FOR_A_MAKERS_PAGE for label in labels[start:date]):
        return labels
    if "url" not in labels[date:] or not set(labels[date:]) <= _AFTER_A_BOOKS_DATE:
        return labels
    sentences: list[tuple[int, int]] = []
    first = start
    for index in range(start, date):
        if tokens[index].text == "." and (index + 1 == date or tokens[index + 1].text[:1].isupper()):
            sentences.append((first, index))
            first = index + 1
    if first != date or not 2 <= len(sentences) <= 3:
        return labels
    for begin, end in sentences:
        words = [token.text for token in tokens[begin:end] if token.text[:1].isalnum()]
        if not 0 < len(words) <= _NAME_BEFORE_A_LINK_AT_MOST or not tokens[begin].text[:1].isupper():
            return labels
    for (begin, end), label in zip(sentences, ("author", "title", "container"), strict=False):
        labels = _relabelled(labels, begin, end, label)
    return labels


_READ_FOR_A_MAKERS_PAGE = frozenset({"other", "container", "publisher"})
_NAME_BEFORE_A_LINK_AT_MOST = 8  # words: 'Vietnam Traditional Music (5 genres)'; a sentence runs longer


def _book_after_the_names_read_as_the_title(tokens: list[Token], labels: list[str]) -> list[str]:
    """Physics prints a chapter with no title of its own: 'R. H. Swendsen, in Real Space Renormalization, edited
    by T. W. Burkhardt and J. M. J. van Leeuwen (Springer, Berlin, 1982)'. The labeller read the book, its 'in'
    and all, as the title; it is the book the chapter is in."""
    if "container" in labels or "title" not in labels:
        return labels
    first, last = _first_run(labels, "title")
    if (
        first < 2
        or tokens[first].text != "in"  # not 'T. Peters, In Search of Excellence (Harper & Row, …)', a title
        or tokens[first - 1].text != ","
        or labels[first - 2] != "author"
        or first + 1 > last
    ):
        return labels
    return labels[:first] + ["container"] * (last + 1 - first) + labels[last + 1 :]


def _book_in_a_named_series(text: str, reference: Reference) -> None:
    """'Implicit Functions and Solution Mappings, 2nd ed., Springer Series in Operations Research and Financial
    Engineering, Springer, New York, 2014': a book, then the series it came out in, named as publishers name their
    series ('Springer Series in …', 'Lecture Notes in …', 'Graduate Texts in …', 'Cambridge Tracts in …'). The
    labeller read the series as a journal or as the book a chapter is in; it is the book's collection-title, as
    printed. Not where the series follows 'In' (a chapter in one of its volumes), nor with an issue or a page
    range (an article)."""
    container = reference.container_title
    if not container and reference.title and (ending := _NAMED_SERIES_ENDING_THE_TITLE.search(reference.title)):
        # 'The Quantum Hall Effect, Graduate Texts in Contemporary Physics, Springer (1986, 1990)': read into the title.
        reference.variables.setdefault("collection-title", ending["series"])
        reference.title = reference.title[: ending.start()]
        return
    if (
        not container
        or not reference.title
        or reference.issue
        or reference.editors  # 'in Plionis M., …, eds, Lecture Notes in Physics, Vol. 740, A Pan-Chromatic View …'
        or (reference.pages and not reference.pages.isdigit())
        or reference.type not in ("chapter", "article-journal", "paper-conference")
        or _NAMED_SERIES.match(container) is None
    ):
        return
    start = text.find(container)
    if start < 0 or _IN_BEFORE.search(text[max(0, start - 5) : start]):
        return
    # 'Graduate Texts in MathematicsVol. 220': a PDF's lost space glued the volume's word to the name.
    reference.variables.setdefault("collection-title", _VOLUME_WORD_GLUED.sub("", container))
    reference.container_title = None
    reference.type = "book"


# A series by its publisher's kind of name: 'Springer Series in Statistics', 'Wiley Series in Probability and
# Statistics', 'Lecture Notes in Mathematics', 'Graduate Texts in Contemporary Physics', 'Cambridge Monographs on
# Mathematical Physics', 'Cambridge Tracts in Mathematics'. A journal's 'Series B' or 'Conference Series' is not.
_NAMED_SERIES = lazy_compile(r"(?:[\w&.-]+\s){0,3}?(?:Series|Lecture\s+Notes|Texts|Monographs|Tracts)\s+(?:in|on)\s+\w")
_IN_BEFORE = lazy_compile(r"\b[Ii]n:?\s*$")
_NAMED_SERIES_ENDING_THE_TITLE = lazy_compile(rf",\s+(?P<series>{_NAMED_SERIES.pattern}[^,]*)$")
_VOLUME_WORD_GLUED = lazy_compile(r"(?<=[a-z])[Vv]ol$")


def _meeting_after_presented_at_read_as_a_publisher(tokens: list[Token], labels: list[str]) -> list[str]:
    """AMA's 'Presented at: ARVO Annual Meeting; May 2025; Salt Lake City, UT.': the labeller read 'Presented at:' as
    nothing and the meeting as a publisher (a book). Where the talk was given is its container, as 'Paper presented
    at …' already is."""
    for index in range(len(tokens) - 3):
        if (
            tokens[index].text == "Presented"
            and tokens[index + 1].text == "at"
            and tokens[index + 2].text == ":"
            and labels[index : index + 3] == ["other"] * 3
            and labels[index + 3] == "publisher"
        ):
            end = _run_end(labels, index + 3)
            return labels[:index] + ["container"] * (end + 1 - index) + labels[end + 1 :]
    return labels


def _issue_alone_after_the_year_read_as_the_volume(tokens: list[Token], labels: list[str]) -> list[str]:
    """NLM's issue with no volume: 'Cochrane Database Syst Rev. 2015;(9):CD007575.' The bracketed number after the
    year's semicolon was read as the volume; in brackets, with no volume before it, it is the issue."""
    if "issue" in labels or "volume" not in labels:
        return labels
    index = labels.index("volume") - 1  # the bracket, read as the date's or the volume's
    if not (
        2 <= index < len(tokens) - 2
        and tokens[index].text == "("
        and tokens[index - 1].text == ";"
        and _YEAR.fullmatch(tokens[index - 2].text)
        and labels[index - 2] == "date"
        and tokens[index + 1].text.isdigit()
        and tokens[index + 2].text == ")"
    ):
        return labels
    volume = [place for place, label in enumerate(labels) if label == "volume"]
    if volume[-1] > index + 3:
        return labels  # a volume read further on
    return [("issue" if label == "volume" else label) for label in labels]


def _list_number_length(tokens: list[Token]) -> int:
    """How many tokens a list's number before the reference takes: '[35]', '(35)', '35.' or none."""
    texts = [token.text for token in tokens[:3]]
    if len(texts) == 3 and texts[1].isdigit() and _LIST_NUMBER_CLOSERS.get(texts[0]) == texts[2]:
        return 3
    return 2 if len(texts) >= 2 and texts[0].isdigit() and texts[1] == "." else 0


def _issue_read_as_pages_or_a_second_volume(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Soziale Welt, 9:4 (1961), 368–73', 'Cell 448/20 (1998): 1209–1221', 'nature 529.7587 (2016): 484-489': the
    issue after the volume's colon, slash or stop read as pages while the page range follows; Italian 'Rivista, 25
    (1993), 5, pp. 120–150', French 'Sociologie du travail, 50, 1961, n° 4, p. 395-415': the issue after the year
    read as a second volume. A lone number (after its mark) either way, no issue read, and the pages after it."""
    if "issue" in labels or "volume" not in labels:
        return labels
    volume_start, volume_end = _first_run(labels, "volume")
    after = volume_end + 1
    if after >= len(labels) or not tokens[after].text.isdigit() or len(tokens[after].text) > 4:
        return labels
    # Google Scholar's MLA 'nature 529.7587 (2016): 484-489': the issue after the volume's stop, then the year.
    mla = tokens[volume_end].text == "." and after + 1 < len(tokens) and tokens[after + 1].text == "("
    if labels[after] == "pages" and (tokens[volume_end].text in (":", "/") or mla) and volume_end > volume_start:
        if _run_end(labels, after) != after or "pages" not in labels[after + 1 :]:
            return labels
        later = labels.index("pages", after + 1)
        if not any(token.text in "-–" for token in tokens[later : _run_end(labels, later) + 1]):
            return labels
        return _relabelled(labels, after, after, "issue")
    if labels[after] == "date" and (year_end := _run_end(labels, after)) + 2 < len(labels):
        second = year_end + 1
        if tokens[second].text == "," and labels[second] in ("date", "volume"):
            second += 1
        number = second
        if not tokens[second].text.isdigit():  # French 'n° 4', 'no. 4' after the year: the number after its mark
            number = next((k for k in range(second + 1, min(second + 4, len(tokens))) if tokens[k].text.isdigit()), 0)
            mark = "".join(token.text for token in tokens[second:number])
            if (
                not number
                or not _ISSUE_MARK.fullmatch(mark)
                or any(label != "volume" for label in labels[second:number])
            ):
                return labels
        if labels[number] != "volume" or not tokens[number].text.isdigit() or len(tokens[number].text) > 4:
            return labels
        if "pages" not in labels[number + 1 :]:
            return labels  # physics' 'Nucl. Phys. A 729 (2003) 337': the page, read as a volume
        if tokens[second - 1].text != "," or (number + 1 < len(tokens) and tokens[number + 1].text not in ",;"):
            return labels  # '1998 (11. Jg.)': the volume itself; '5-10': a page range
        return _relabelled(labels, second, number, "issue")
    return labels


_ISSUE_MARK = lazy_compile(_ISSUE_WORD, re.I)


def _issue_in_brackets_read_into_the_volume(tokens: list[Token], labels: list[str]) -> list[str]:
    """The American Ceramic Society's 'Phys. Rev. B, 48 [17] 12589-602 (1993)', 'Philos. Mag. B, 79 [11-12]
    1715-31': the issue in square brackets after the volume, read into it."""
    if "issue" in labels or "volume" not in labels:
        return labels
    start, end = _first_run(labels, "volume")
    opening = start + 1
    if opening > end or tokens[opening].text != "[" or not tokens[start].text.isdigit():
        return labels
    closing = next((k for k in range(opening + 2, min(opening + 5, end + 1)) if tokens[k].text == "]"), 0)
    if closing != end or not all(token.text.isdigit() or token.text in "-–" for token in tokens[opening + 1 : end]):
        return labels
    return _relabelled(labels, opening, end, "issue")


def _journal_read_as_the_last_name(tokens: list[Token], labels: list[str]) -> list[str]:
    """'L. Simão, R.F. Caldato, O.R.K. Montedo, Ceram. Int. 41, 3 (2015) 4782.': after names printed
    given names first, each with its initials, a lone abbreviated word before the journal's next
    word is the journal's first ('Ceram.'), not one more author."""
    if "author" not in labels or "container" not in labels:
        return labels
    first, last = _first_run(labels, "author")
    if last + 1 >= len(labels) or labels[last + 1] != "container" or last - first < 6:
        return labels
    word = tokens[last - 1].text
    if tokens[last].text != "." or tokens[last - 2].text != "," or not (word.isalpha() and word[:1].isupper()):
        return labels
    if len(word) < 2:
        return labels  # 'C. Skordis': an initial begins the next name
    pieces: list[list[Token]] = [[]]
    for token in tokens[first : last - 2]:
        if token.text == ",":
            pieces.append([])
        else:
            pieces[-1].append(token)
    given_first = all(
        len(piece) >= 3 and len(piece[0].text) == 1 and piece[0].text.isupper() and piece[1].text == "."
        for piece in pieces
    )
    return _relabelled(labels, last - 1, last, "container") if given_first and len(pieces) >= 2 else labels


# Words that follow a name's initials and are no title's: 'et al.', 'u. a.', 'and', a suffix, a particle.
_AFTER_INITIALS = frozenset({"et", "al", "u", "and", "und", "e", "y", "jr", "sr", "filho", "neto", "junior", "júnior"})


def _title_read_on_after_et_al(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'Whittaker M, Alper M, Bennett CL, et al. Disability, Bias, and AI. AI Now Institute Report.': 'et al.' ends
    the names, and what the labeller read on from it as more of them ('Disability, Bias, and AI' reads as two
    family names and initials) begins the title, up to the next field's run. Only where no title was read, or the
    title's run follows."""
    if "et al." not in text or "author" not in labels:
        return labels
    first, last = _first_run(labels, "author")
    words = [token.text for token in tokens[first : last + 1]]
    end = next(
        (first + index + 2 for index in range(len(words) - 3) if words[index : index + 3] == ["et", "al", "."]),
        None,
    )
    if end is None or not tokens[end + 1].text[:1].isupper() or len(tokens[end + 1].text) == 1:
        return labels  # 'S. Kneip et al.P. Rajeev, J. Schreiber, …': more names, a PDF's copy run together
    if "title" in labels and (last + 1 >= len(labels) or labels[last + 1] != "title"):
        return labels
    return _relabelled(labels, end + 1, last, "title")


def _title_read_into_the_names(tokens: list[Token], labels: list[str]) -> list[str]:
    """ABNT's 'SAFFIOTI, H. I. B. Gênero, patriarcado, violência.', 'CRAFTON, D. Before Mickey: …': words
    right after the last name's dotted initials, with nothing between (a next family name follows a
    comma, a semicolon or 'and'), begin the title the labeller read on from them. Only where that
    name's family is in capitals (ABNT) or the names are separated by semicolons: in 'Frixione, P.
    Nason' with commas, Nason may be the next name."""
    if "author" not in labels:
        return labels
    first, last = _first_run(labels, "author")
    if last + 1 >= len(labels) or labels[last + 1] != "title":
        return labels

    def initial(index: int) -> bool:  # 'H' of 'H.'
        return (
            first <= index < last
            and tokens[index + 1].text == "."
            and len(tokens[index].text) == 1
            and tokens[index].text.isupper()
        )

    if initial(first):
        return labels  # 'S. Frixione, P. Nason': given names first, the family name after the initials
    end = next((index for index in range(last - 1, first, -1) if initial(index)), None)
    if end is None:
        return labels
    opening = end
    while initial(opening - 2):
        opening -= 2
    if tokens[opening - 1].text != ",":
        return labels  # the last name is 'Family, I. I.'
    family = opening - 2
    while family > first and tokens[family - 1].text not in (",", ";", "&"):
        family -= 1
    words = [token.text for token in tokens[family : opening - 1] if token.text.isalpha()]
    capitals = bool(words) and all(word.isupper() and len(word) >= 2 for word in words)
    if not capitals and not any(tokens[k].text == ";" for k in range(first, family)):
        return labels  # ABNT's 'CRAFTON, D.', or names separated by semicolons ('Hazell, T.J.; Weiler, H.A.')
    start = end + 2
    if start > last:
        return labels
    word = tokens[start].text
    if not (word[:1].isupper() and word.isalpha()) or word.casefold() in _AFTER_INITIALS | PARTICLES:
        return labels
    if start + 1 <= last and tokens[start + 1].text == "." and len(word) < 6:
        return labels  # 'Ph.', 'Chr.', 'Heinr.': a shortened given name; not 'LEVINSON, S. C. Pragmática.'
    if len(word) == 1 and (start == last or tokens[start + 1].text in ",;"):
        return labels  # 'ARNOLDSON, K.P,': an initial without its full stop
    if any(tokens[k].text in (";", "&", "/", "(") for k in range(start, last + 1)):
        return labels
    return _relabelled(labels, start, last, "title")


def _title_read_into_vancouver_names(tokens: list[Token], labels: list[str]) -> list[str]:
    """Vancouver's 'Brownell KD. Foreword. In: …', 'Hambleton RK. Issues, designs, and …': the names
    end at the full stop after the last one's undotted initials; words the labeller read on from
    there, a capitalised word not followed by initials of its own, begin the title."""
    if "author" not in labels:
        return labels
    first, last = _first_run(labels, "author")
    # 'Colombo M, Raposo G, Théry C. Biogenesis, …': after names of undotted initials, one letter ends one too
    vancouver = (
        first + 2 < last and _UNDOTTED_INITIALS.fullmatch(tokens[first + 1].text) and tokens[first + 2].text == ","
    )
    stop = next(
        (
            k
            for k in range(first + 1, last)
            if tokens[k].text == "."
            and (len(tokens[k - 1].text) >= 2 or vancouver)  # 'KD.', not the dotted 'Wilhelm H. Schröder'
            and _UNDOTTED_INITIALS.fullmatch(tokens[k - 1].text)
            and k - 2 >= first
            and tokens[k - 2].text[:1].isupper()
            and tokens[k - 2].text.isalpha()
            and (k - 3 < first or tokens[k - 3].text == ",")  # the list's first name, or after a comma
        ),
        None,
    )
    if stop is None:
        return labels
    start = stop + 1
    word = tokens[start].text
    if not (word[:1].isupper() and word.isalpha() and len(word) >= 3) or word.casefold() in _AFTER_INITIALS:
        return labels
    if start + 1 <= last and _UNDOTTED_INITIALS.fullmatch(tokens[start + 1].text):
        return labels  # 'Smith JA. Jones KD.': the next name, after a stray full stop
    if any(
        tokens[k].text in (";", "&") or _UNDOTTED_INITIALS.fullmatch(tokens[k].text) for k in range(start, last + 1)
    ):
        return labels
    return _relabelled(labels, start, last, "title")


_UNDOTTED_INITIALS = lazy_compile(r"[A-ZÀ-Þ]{1,4}")


def _name_and_title_read_as_nothing(tokens: list[Token], labels: list[str]) -> list[str]:
    """ABNT's 'ARISTÓTELES. Retórica. 3ed. Trad. …' read as nothing up to the place: with no names and no
    title read, a first word in capitals and its full stop are the author, the sentence after them the
    title."""
    if "title" in labels or "author" in labels or len(tokens) < 5 or labels[0] != "other":
        return labels
    name = tokens[0].text
    if not (name.isalpha() and name.isupper() and len(name) >= 3) or tokens[1].text != "." or labels[1] != "other":
        return labels
    end = 2
    while end < len(tokens) and tokens[end].text != "." and labels[end] == "other":
        end += 1
    if end == 2 or end == len(tokens) or labels[end] != "other":
        return labels
    return ["author", "author"] + ["title"] * (end + 1 - 2) + labels[end + 1 :]


_IN_MARK_WORDS = ("In", "En", "Em", "Dans")  # capitalised: a mark that opens a book, not a name's word
_IN_MARK = lazy_compile(rf"(?:{'|'.join(_IN_MARK_WORDS)}) ?:")  # 'In:', French 'Dans :'


def _chapter_read_into_vancouver_names(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'Hall N. Los trabajos. En: Honneth F, Boltanski C, editores. Cuestiones de sociedad.': a short title
    and the editors, read on as names; 'In:' ('En:', 'Em:', 'Dans :') is never inside a name. From it the
    names are the editors, and the words after the first name's full stop the title."""
    if "author" not in labels or not _IN_MARK.search(text):
        return labels
    first, last = _first_run(labels, "author")
    marker = next(
        (k for k in range(first + 3, last - 1) if tokens[k].text in _IN_MARK_WORDS and tokens[k + 1].text == ":"),
        None,
    )
    if marker is None or tokens[marker - 1].text != ".":
        return labels
    stop = next(
        (
            k
            for k in range(first + 2, marker - 1)
            if tokens[k].text == "."
            and _UNDOTTED_INITIALS.fullmatch(tokens[k - 1].text)
            and tokens[k - 2].text[:1].isupper()
            and tokens[k - 2].text.isalpha()
        ),
        None,
    )
    if stop is None or not any(token.text.isalpha() and len(token.text) >= 3 for token in tokens[stop + 1 : marker]):
        return labels
    return labels[: stop + 1] + ["title"] * (marker - stop - 1) + ["editor"] * (last + 1 - marker) + labels[last + 1 :]


def _title_read_as_nothing_after_the_date(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Steinhauer, Regine (Hg.)(2000), Managing Diversity, Berlin.', 'ZGB (…) (2003): Nahverkehrsplan
    2003. Braunschweig.': names, the date, then a short title the labeller read as nothing, and no title
    or book read at all. The words right after the date, to the sentence's end or what comes next
    (the place), are the title: what a reference names after its authors and year."""
    if "title" in labels or "container" in labels or "date" not in labels or labels[0] not in ("author", "editor"):
        return labels
    first, last = _first_run(labels, "date")
    if any(label not in ("author", "editor") for label in labels[:first]) or last + 1 >= len(labels):
        return labels
    start = last + 1
    if labels[start] != "other" or not tokens[start].text[:1].isalnum():
        return labels
    end = _run_end(labels, start)
    stop = next((k for k in range(start + 1, end + 1) if tokens[k].text == "."), end)
    if not any(token.text.isalpha() and len(token.text) >= 3 for token in tokens[start:stop]):
        return labels
    if any(token.text.casefold().startswith(("arxiv", "e-print", "eprint")) for token in tokens[start:stop]):
        return labels  # '2015, ArXiv e-prints, arXiv:1505.07540': a preprint's server, no title
    return _relabelled(labels, start, stop, "title")


# ABNT NBR 6023's names, in capitals, before the title, up to their full stop: 'BOSTOCK, Mike.', 'DE FILIPPIS, Luca;
# GUGLIERI, Giorgio.', 'SILVA, J. A.', 'MONTREUIL CARMONA, Charles Ulises de.', a body's 'OPEN SOURCE GEOSPATIAL
# FOUNDATION.', 'CENTRO DE … AERONÁUTICOS (CENIPA).'. Given names in full, then initials: never a title's first word.
_ABNT_GIVEN = (
    r"(?:[A-ZÀ-Þ][\w'’-]+(?: (?:[A-ZÀ-Þ][\w'’-]+|de|da|do|dos|das|e))*(?: [A-ZÀ-Þ]\.)*|[A-ZÀ-Þ]\.(?: ?[A-ZÀ-Þ]\.)*)"
)
_ABNT_PERSON = rf"[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’-]+)*, {_ABNT_GIVEN}"
_ABNT_BODY = r"[A-ZÀ-Þ][A-ZÀ-Þ0-9'’&-]+(?: [A-ZÀ-Þ0-9'’&-]+)*(?: \([A-ZÀ-Þ0-9]{2,}\))?"  # not a list's '17.'
_ABNT_NAMES = lazy_compile(rf"(?:{_ABNT_PERSON}(?:; {_ABNT_PERSON})*|{_ABNT_BODY})(?:(?<=\.)|\.)(?=\s)")


def _abnt_names_read_wrong(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """An ABNT reference opens with names in capitals and their full stop (NBR 6023): where the labeller read them
    or the title after them otherwise, they run to that stop (the two cases below)."""
    if len(tokens) < 4 or (names := _ABNT_NAMES.match(text, tokens[0].start)) is None:
        return labels
    stop = next((k for k in range(len(tokens)) if tokens[k].end >= names.end()), None)  # the names' full stop
    if not stop or stop + 1 >= len(tokens) or tokens[stop].text != ".":
        return labels
    if labels[stop + 1] == "other":
        return _abnt_title_read_as_nothing(tokens, labels, stop)
    if labels[stop + 1] == "title" and "," in names.group():
        return _abnt_given_names_read_into_the_title(labels, stop)
    if labels[stop + 1] == "author" and _ENDS_IN_AN_INITIAL.search(names.group()):
        # 'BOFF, L. Saber cuidar. 11 ed.': the names end at their initials; the words after them, read as more
        # given names with no title read, are the title
        end = _run_end(labels, stop + 1)
        if not _title_read(tokens, labels):
            return _relabelled(labels, stop + 1, end, "title")
    return labels


_ENDS_IN_AN_INITIAL = lazy_compile(r"(?<![\w'’-])[A-ZÀ-Þ]\.$")


def _abnt_title_read_as_nothing(tokens: list[Token], labels: list[str], stop: int) -> list[str]:
    """'NEO4J. Neo4j Graph Database. [S. l.], 2023. Disponível em: …', 'BOSTOCK, Mike. D3.js - Data-Driven
    Documents. [S. l.], 2021.' (ABNT's web pages, a Brazilian project's list): the labeller read the title as
    nothing, and the names with it or alone. The title follows the names' stop, up to the mark of no place
    ('[S. l.]') or the year."""
    if any(label not in ("other", "author") for label in labels[:stop]) or "editor" in labels:
        return labels
    end = stop + 1
    while (
        end < len(tokens)
        and labels[end] == "other"
        and not (tokens[end].text == "[" and end + 1 < len(tokens) and tokens[end + 1].text in ("s", "S"))
        and not (_YEAR.fullmatch(tokens[end].text) and tokens[end - 1].text in (",", "."))
    ):
        end += 1
    if end == len(tokens) or "title" in labels[:end] or labels[end] not in ("other", "date"):
        return labels
    while end > stop + 1 and tokens[end - 1].text in (".", ",", ";", ":"):
        end -= 1
    if end == stop + 1:
        return labels
    return ["author"] * stop + ["other"] + ["title"] * (end - stop - 1) + labels[end:]


def _abnt_given_names_read_into_the_title(labels: list[str], stop: int) -> list[str]:
    """'ARAÚJO, Elaine Aparecida; MONTREUIL CARMONA, Charles Ulises de. Desenvolvimento de Modelos …' (ABNT puts a
    name's particle after the given names): the labeller began the title at the last given names, before the
    names' stop."""
    if (
        labels[0] != "author"
        or "title" not in labels[:stop]
        or any(x not in ("author", "title") for x in labels[:stop])
    ):
        return labels
    return ["author"] * stop + ["other"] + labels[stop + 1 :]


def _title_ending_in_its_year_read_as_nothing_before_the_link(
    text: str, tokens: list[Token], labels: list[str]
) -> list[str]:
    """'World malaria report 2022. Available online: https://… (accessed on 26 March 2023).', 'World Health
    Organization. Global Tuberculosis Report 2024. Available online: https://…' (MDPI's page whose title ends in its
    year, from public repositories' lists): the labeller read the words before the year as nothing, and the reference
    was left out, or its title read as the body's name. The words are the title; a body's name in a sentence of its
    own before them wrote it."""
    if (run := _opening_run_before_the_date(labels, "other")) is None:
        return labels
    first, last = run
    year = last + 1
    if (
        year + 2 >= len(labels)
        or labels[year + 1] != "date"
        or tokens[year + 1].text != "."
        or labels[year + 2] != "url"
    ):
        return labels
    if not (tokens[year].text.isdigit() and _YEAR.fullmatch(tokens[year].text)) or not tokens[last].text.isalnum():
        return labels  # the year after a word of the title, not after a name's stop ('Kaggle. 2020.')
    if not set(labels[year + 2 :]) <= {"url", "date", "other"} or not text[tokens[first].start].isupper():
        return labels
    stop = next(
        (at for at in range(first + 1, last) if tokens[at].text == "." and tokens[at + 1].text[:1].isupper()), None
    )
    if stop is None:
        return _relabelled(labels, first, last, "title")
    body = text[tokens[first].start : tokens[stop - 1].end]
    if not (is_organisation(body) or _ACRONYM.fullmatch(body)):
        return labels
    return _relabelled(_relabelled(labels, first, stop - 1, "author"), stop + 1, last, "title")


def _organisation_read_as_nothing(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'Centers for Disease Control and Prevention. (2021, March 5). COVID-19 vaccines.': with no names
    read, the body's name the reference begins with (a capital first, no digits), read as nothing right
    before the date or the title, wrote it; so did one read as the publisher before the date ('Centers for
    Disease Control and Prevention (2012) Reported Cases of Lyme Disease …', PLOS's author–year layout). A web
    site's one-word name ('Kaggle. (22 de abril del 2020). *US Cars Dataset*.', 'GeeksforGeeks.') is one too where
    a title follows the date: a reference has one title, so the words before the date are no title."""
    site = False
    if (run := _opening_run_before_the_date(labels, "other")) is not None:
        site = all(token.text in (".", "(") for token in tokens[run[0] + 1 : run[1] + 1])
        site = site and "title" in labels[run[1] + 1 :]
    else:
        run = _opening_run_before_the_title(labels) or _opening_run_before_the_date(labels, "publisher")
    if run is None:
        return labels
    first, last = run
    name = text[tokens[first].start : tokens[last].end].strip(_EDGE)
    if not text[tokens[first].start].isupper() or any(map(str.isdigit, name)):
        return labels
    if not (is_organisation(name) or (site and name.isalpha() and len(name) >= 3)):
        return labels
    return _relabelled(labels, first, last, "author")


# APA's 'no date' and its Spanish, French and German kin, and British Harvard's, as tokens: '(n.d.)', '(s.f.)',
# '(s.d.)', '(o.J.)', '(no date)'.
_NO_DATE_TOKENS = frozenset(
    {("n", ".", "d", "."), ("s", ".", "f", "."), ("s", ".", "d", "."), ("o", ".", "J", "."), ("no", "date")}
)


def _names_before_no_date_read_as_the_title(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'California Water Boards (n.d.). Water Basics- Groundwater. https://…' (a student's APA list): the body's name
    before APA's 'no date', and the date with it, read into the title; or the date read into the body's name
    ('Greater London Authority (no date) “Statistical GIS Boundary Files for London.”'). Where a title follows the
    date, the words before it are who wrote the work (APA puts the title there for a work with no author, and only its
    source after the date): its author, the date no year."""
    first = _run_end(labels, 0) + 1 if labels and labels[0] == "number" else 0
    at = next((k for k in range(first + 1, min(len(tokens) - 3, first + 40)) if tokens[k].text == "("), None)
    if at is None:
        return labels
    close = next((k for k in range(at + 1, min(len(tokens), at + 6)) if tokens[k].text == ")"), None)
    if close is None or tuple(token.text for token in tokens[at + 1 : close]) not in _NO_DATE_TOKENS:
        return labels
    if any(label not in ("title", "other", "author") for label in labels[first:at]) or labels[close] == "date":
        return labels
    if not is_organisation(text[tokens[first].start : tokens[at - 1].end].strip(_EDGE)):
        return labels  # people's names APA prints with their initials, which the labeller reads
    end = close + 1 + (close + 1 < len(tokens) and tokens[close + 1].text == ".")  # the date's full stop
    title_end = next((k for k in range(end, len(tokens)) if tokens[k].text == "."), len(tokens))
    if title_end - end < 2 or any(labels[k] not in ("title", "other", "author") for k in range(end, title_end)):
        return labels
    if tokens[end].text.lower() in ACCESS_WORDS:
        return labels  # 'Groundwater basics. (n.d.). Retrieved from …': a title before the date, its source after
    return [
        *labels[:first],
        *["author"] * (at - first),
        *["date"] * (end - at),
        *["title"] * (title_end - end),
        *labels[title_end:],
    ]


# Fields that may follow a book's date: the date itself, its link and identifiers, and nothing.
_AFTER_A_BOOKS_DATE = frozenset({"date", "url", "doi", "other"})


def _title_read_as_nothing_between_the_names_and_the_date(tokens: list[Token], labels: list[str]) -> list[str]:
    """'18. Szigeti T, Kakucs R, Vicente JL, Beatrice Grosu. Substance Report - Lead. 2022.' (a meta-analysis's
    Vancouver list): the labeller read the words between the names' stop and the date as nothing, and with no title
    nor source read the reference was told as unreadable, its title lost. Those words, a sentence of their own, are the
    title."""
    if "author" not in labels or "title" in labels or "container" in labels or "publisher" in labels:
        return labels
    first, last = _first_run(labels, "author")
    if any(label != "number" for label in labels[:first]) or last + 1 >= len(labels) or tokens[last].text != ".":
        return labels
    if labels[last + 1] != "other" or not tokens[last + 1].text[:1].isupper():
        return labels
    end = _run_end(labels, last + 1)
    if end + 1 >= len(labels) or labels[end + 1] != "date" or tokens[end].text != ".":
        return labels  # a sentence of its own: not 'Personal communication, September 1995', 'Ph.D. Thèse, … ( 1982)'
    while end > last + 1 and not tokens[end].text[:1].isalnum():
        end -= 1
    if sum(token.text[:1].isalnum() for token in tokens[last + 1 : end + 1]) < 2:
        return labels
    return _relabelled(labels, last + 1, end, "title")


def _body_read_as_nothing_before_the_date(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'… Systematic Reviews of Interventions. The Cochrane Collaboration, 2011.': a body's name in a sentence of its
    own between a book's title and its date or link, read as nothing, is the book's publisher (no place printed)."""
    if "title" not in labels or "publisher" in labels or "container" in labels or "other" not in labels:
        return labels
    last_title = len(labels) - 1 - labels[::-1].index("title")
    first = last_title + 1
    if tokens[last_title].text != "." or first >= len(labels) or labels[first] != "other":
        return labels
    last = first
    while last + 1 < len(labels) and labels[last + 1] == "other":
        last += 1
    if last + 1 >= len(labels) or labels[last + 1] == "other" or not set(labels[last + 1 :]) <= _AFTER_A_BOOKS_DATE:
        return labels  # the date, or a link before it ('… Collaboration. http://www.cochranehandbook.org (2011)')
    name = text[tokens[first].start : tokens[last].end].strip(_EDGE)
    if not name[:1].isupper() or any(ch.isdigit() or ch in ",;:" for ch in name) or ". " in name:
        return labels  # one name alone: not 'PhD thesis, University of …', nor '…, Melbourne. Available at'
    return _relabelled(labels, first, last, "publisher") if is_organisation(name) else labels


def _body_first_read_as_a_publisher(tokens: list[Token], labels: list[str]) -> list[str]:
    """APA's body for the author, its stop and the bracketed year first ('Pew Research Center for the People & the
    Press. (2001). April 2001 News Interest Index [Data file]. …'), read as the publisher, and no names read: no
    reference begins with its publisher; a body's name there is who wrote it."""
    if "author" in labels or "editor" in labels:
        return labels
    last = _run_end(labels, 0)
    while last > 0 and tokens[last].text in "(.":
        last -= 1  # the stop and the bracket read with it
    if last + 2 >= len(tokens) or tokens[last + 1].text != "." or tokens[last + 2].text != "(":
        return labels
    if not _YEAR.fullmatch(tokens[last + 3].text if last + 3 < len(tokens) else "") or labels[last + 3] != "date":
        return labels
    return _relabelled(labels, 0, last + 1, "author")


def _apa_title_before_the_date_and_its_site(
    text: str, tokens: list[Token], labels: list[str], confidences: list[float] | None
) -> tuple[list[str], list[float] | None]:
    """APA 7's page with no author moves its title to the front; the site follows the date: 'Alzheimer’s Dataset
    ( 4 class of Images). (2019, December 26). Kaggle. https://…', 'Glioblastoma: Diagnosis and treatment. (June
    20th, 2024). Mayo Clinic. https://…' (public repositories' reading lists). The labeller read the title as
    nothing, a name or the site's, and the site as the title or nothing. The words before the date are a title in
    sentence case, no name ('Centers for Disease Control and Prevention. (2021, March 5). COVID-19 vaccines.', 'Mayo
    Clinic Staff. (2025, July 25).'); after it, one short name in capitals, or nothing, before the link."""
    if "editor" in labels or "url" not in labels:
        return labels, confidences
    link = tokens[labels.index("url")].start
    dated = _APA_DATE.search(text, 0, link)
    if dated is None or not text[: dated.start()].rstrip().endswith("."):
        return labels, confidences
    opening = text[: dated.start()].strip(_EDGE)
    if named_in_capitals(opening) or not any(word[0].isalpha() for word in opening.split()):
        return labels, confidences  # a name, of a body or a person: who wrote the page
    site = without_link_lead(text[dated.end() : link]).strip()
    name = site.rstrip(".")
    if site and (not site.endswith(".") or ". " in site or not _SITE_NAME.fullmatch(name)):
        return labels, confidences
    if site and (any(map(str.isdigit, name)) or len(name.split()) > 5 or name.lower() in _NOT_A_SITE):
        return labels, confidences
    if site and not named_in_capitals(name):
        return labels, confidences  # 'Coronavirus disease': a title in sentence case, after a body's name
    if "author" in labels and any(
        token.start >= dated.end() for token, label in zip(tokens, labels, strict=True) if label == "author"
    ):
        return labels, confidences
    relabelled, sure = list(labels), list(confidences) if confidences is not None else None
    framed = [index for index, token in enumerate(tokens) if dated.start() <= token.start < dated.end()]
    # As sure as the date that frames them, at least: the labeller's doubt was over which field, not where one ends.
    frame = sum(confidences[index] for index in framed) / len(framed) if confidences is not None and framed else 0.0
    site_start = text.find(site, dated.end(), link) if site else link  # not 'Retirado de' before the link
    for index, token in enumerate(tokens):
        if token.end <= dated.start() and labels[index] != "number":
            relabelled[index] = "title"
        elif dated.start() <= token.start < dated.end():
            relabelled[index] = "date"
        elif site_start <= token.start < site_start + len(site):
            relabelled[index] = "publisher"  # the site publishes the page, as _apa_site_before_the_link reads it
        else:
            continue
        if sure is not None and relabelled[index] != labels[index]:
            sure[index] = max(sure[index], frame)
    return relabelled, sure


def _range_in_the_title(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Gleichstellungsplan des Umweltbundesamtes 2013–' + '2016': a title ends in no open range; the
    number after the dash, read as anything else, closes it."""
    if "title" not in labels:
        return labels
    first, last = _first_run(labels, "title")
    if (
        last > first
        and last + 1 < len(labels)
        and tokens[last].text in ("–", "-")
        and tokens[last - 1].text.isdigit()
        and tokens[last + 1].text.isdigit()
    ):
        return labels[: last + 1] + ["title"] + labels[last + 2 :]
    return labels


def _given_name_read_as_a_place(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Brown, Penelope & Levinson, Stephen: Politeness, Cambridge 1987.': the last given name before the
    colon, read as a place; no known place, it is the name's."""
    if "location" not in labels or "author" not in labels:
        return labels
    last = _first_run(labels, "author")[1]
    word = last + 1
    if (
        word + 1 < len(tokens)
        and tokens[last].text == ","
        and labels[word] == labels[word + 1] == "location"
        and tokens[word + 1].text == ":"
        and tokens[word].text.isalpha()
        and tokens[word].text[0].isupper()
        and not is_place(tokens[word].text)
    ):
        return labels[:word] + ["author", "author"] + labels[word + 2 :]
    return labels


_TITLE_AS_PLACE_AT_MOST = 6  # words of a title read as a first place


def _title_read_as_a_first_place(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'A. Limentani – M. Infurna (a c. di), L’Epica, Bologna 1986.': with no title read, right after the names, a
    place's run of two parts, the last a known place and the first none, is the title and the place."""
    if "location" not in labels or labels[0] not in ("author", "editor"):
        return labels
    start = _run_end(labels, 0) + 1
    while start < len(labels) and labels[start] == "title":
        start += 1  # the names' comma, read as the title
    if start >= len(labels) or labels[start] != "location":
        return labels
    if _title_read(tokens, labels):
        return labels
    end = _run_end(labels, start)
    comma = next((k for k in range(end, start, -1) if tokens[k].text == ","), None)
    if comma is None or comma == start:
        return labels
    first = text[tokens[start].start : tokens[comma - 1].end].strip(_EDGE)
    last = text[tokens[comma + 1].start : tokens[end].end].strip(_EDGE) if comma < end else ""
    if (
        not first[:1].isupper()
        or len(first.split()) > _TITLE_AS_PLACE_AT_MOST
        or any(map(str.isdigit, first))
        or is_place(first)
        or "," in first
        or not is_place(last)
    ):
        return labels
    return _relabelled(labels, start, comma, "title")


def _title_cut_at_a_slash_or_hyphen(tokens: list[Token], labels: list[str]) -> list[str]:
    """'… Wandels in Nordafrika/' + 'Nahost, Hamburg' (as a place), '… Sprachentwicklungstest H-' + 'S-E-T.
    Göttingen', 'DSM-5' + '-TR: Manual …': a title ends in no slash or hyphen, nor before one glued to it; the
    words joined to it after one, read as anything else, are the title's."""
    if "title" not in labels:
        return labels
    title_end = last = _first_run(labels, "title")[1]
    if (
        tokens[last].text not in ("/", "-")
        and last + 1 < len(tokens)
        and tokens[last + 1].text in ("/", "-")
        and tokens[last + 1].start == tokens[last].end
    ):
        last += 1  # 'DSM - 5' + '-TR: Manual diagnóstico …': the hyphen read with the words after it
    if tokens[last].text not in ("/", "-"):
        return labels
    end = last + 1
    while (
        end < len(tokens)
        and tokens[end].start == tokens[end - 1].end
        and (tokens[end].text.isalpha() or tokens[end].text in ("/", "-"))
        and labels[end] != "author"  # '… Pacific Ocean Cavender-' + 'Bares, K.K.': a name the title runs into
    ):
        end += 1
    if (
        end == last + 1
        or end == len(tokens)
        or tokens[end].text not in (",", ".", ":")
        or not tokens[end - 1].text.isalpha()
    ):
        return labels
    return labels[: title_end + 1] + ["title"] * (end - title_end - 1) + labels[end:]


_SAME_AUTHOR_WORD = lazy_compile(rf"(?:{SAME_AUTHORS})", re.IGNORECASE)
# Where a book's title read after 'in: ders.' stops: its place, date or pages, or a bracket.
_AFTER_THE_BOOK = frozenset({"location", "date", "pages", "url", "volume"})


def _book_after_in_the_same_author(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'In ders., Kleine politische Schriften I-IV (S. 444-464).', 'in: ders. Philosophie der humanen Welt.
    Frankfurt a.M.': a chapter in a book of the author's own, which the labeller read into the title,
    the book or the publisher; what follows 'in: ders.' up to the place, the date, the pages or a
    bracket is the book. ('in: ders. (Hg.)' names the author as the editor: not this rule's.)"""
    lowered = text.lower()  # SAME_AUTHORS' four words searched in the text, not every token looked at
    if " ders" not in lowered and " dies" not in lowered and " idem" not in lowered and " eadem" not in lowered:
        return labels
    for index in range(1, len(tokens) - 2):
        if tokens[index].text.lower() != "in" or tokens[index - 1].text not in (".", ",", ";"):
            continue
        at = index + 1 + (tokens[index + 1].text == ":")
        if at >= len(tokens) or not _SAME_AUTHOR_WORD.fullmatch(tokens[at].text):
            continue
        book = at + 1
        while book < len(tokens) and tokens[book].text in (".", ",", ":"):
            book += 1
        if book >= len(tokens) or not tokens[book].text[:1].isupper():
            return labels  # '(Hg.)' or nothing after it
        end = book
        while end + 1 < len(tokens) and labels[end + 1] not in _AFTER_THE_BOOK and tokens[end + 1].text != "(":
            end += 1
        if "title" not in labels[:index] or any(label in ("date", "pages") for label in labels[book : end + 1]):
            return labels
        return labels[:index] + ["other"] * (book - index) + ["container"] * (end + 1 - book) + labels[end + 1 :]
    return labels


def _journals_year_read_as_the_date(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Science (1979) 184, 1-10 (1974).': a year in brackets that names the journal (Crossref's 'Science (1979)',
    as Zotero copies it), right after the name and before the volume, read as the date, with the date later."""
    if "container" not in labels or labels.count("date") < 2:
        return labels
    first, last = _first_run(labels, "container")
    year = last + 1
    if tokens[last].text != "(" or year + 2 >= len(labels) or not _YEAR.fullmatch(tokens[year].text):
        return labels
    if labels[year] != "date" or labels[year + 1] != "date" or tokens[year + 1].text != ")":
        return labels
    if labels[year + 2] != "volume" or "date" not in labels[year + 3 :]:
        return labels
    return _relabelled(labels, year, year + 1, "container")


def _volume_year_read_as_the_date(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Journal of Biomedicine and Biotechnology, 2009, 632786.' (dated '(2009)' after the names), 'J. Biomed.
    Biotechnol., 2009 (2009), p. 632786': a journal numbering its volumes by year and its articles by a long
    number (Hindawi's), the volume read as a second date. A year right after the journal's comma, with the date
    read before it or in brackets right after it, and an article's number for the pages, is the volume."""
    if "container" not in labels or "volume" in labels or "pages" not in labels or labels.count("date") < 2:
        return labels
    first, last = _first_run(labels, "container")
    year = last + 1
    if tokens[last].text != "," or year + 2 >= len(labels) or labels[year] != "date":
        return labels
    if not (tokens[year].text.isdigit() and _YEAR.fullmatch(tokens[year].text)):
        return labels
    after = tokens[year + 1].text
    bracketed = after == "(" and tokens[year + 2].text == tokens[year].text
    if not (bracketed or (after == "," and "date" in labels[:first])):
        return labels
    pages = [token.text for token, label in zip(tokens, labels, strict=True) if label == "pages"]
    numbers = [text for text in pages if text.isalnum() and text.lower() not in ("p", "pp", "article", "id")]
    if len(numbers) != 1 or not numbers[0].isdigit() or len(numbers[0]) < 5:
        return labels  # '…, 2009, pp. 1-10': a meeting's year and its pages, not an article's number
    return _relabelled(labels, year, year, "volume")


def _acs_volume_like_a_year_read_into_the_date(tokens: list[Token], labels: list[str]) -> list[str]:
    """'J. Phys. Conf. Ser. 2021, 2010, 012175.' (MDPI's and ACS's layout: the journal, the year, the volume, the
    pages): a series numbering its volumes past 2000 (IOP's and AIP's proceedings), the volume read as a second year.
    Two years between the journal and the pages, each with its comma, and no other date: the second is the volume."""
    if "container" not in labels or "volume" in labels or "pages" not in labels:
        return labels
    last = _first_run(labels, "container")[1]
    year = last + 1
    if year + 4 >= len(labels) or labels[year : year + 4] != ["date"] * 4 or labels[year + 4] != "pages":
        return labels
    first_year, comma, volume, second_comma = (token.text for token in tokens[year : year + 4])
    if comma != "," or second_comma != "," or not (_YEAR.fullmatch(first_year) and _YEAR.fullmatch(volume)):
        return labels
    return _relabelled(labels, year + 2, year + 3, "volume")


def _nlm_date_read_into_the_journal(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Nucleic Acids Res. 2003 Jan 1;31(1):298-303. PubMed PMID: 12520007.': NLM's issue date, after the
    journal's full stop and before the volume, read into the journal's name with no date read anywhere.
    A journal's name does not end in a year, a month and a day; nor in a year alone, its stop left out ('Br J
    Dermatol 2012 168(3): 577-82', beside the list's 'J Adv Nurs 2013, 69(11): 2493-501')."""
    if "date" in labels or "container" not in labels or "volume" not in labels:
        return labels
    first, last = _first_run(labels, "container")
    if last + 1 >= len(labels) or labels[last + 1] != "volume":
        return labels
    year = at_the_volume = last - (tokens[last].text in (";", ","))
    if year > first and tokens[year].text.isdigit() and len(tokens[year].text) <= 2 and int(tokens[year].text) <= 31:
        year -= 1  # the day, after its month
        if not (tokens[year].text.isalpha() and month_number(tokens[year].text)):
            return labels
        year -= 1
    elif year > first and tokens[year].text.isalpha() and month_number(tokens[year].text):
        year -= 1
    if year - 1 <= first or not _YEAR.fullmatch(tokens[year].text):
        return labels
    if tokens[year - 1].text != "." and not (year == at_the_volume and tokens[year - 1].text[-1:].isalpha()):
        return labels  # a year alone, no month nor day before the volume, after a word: its stop left out
    return _relabelled(labels, year, last, "date")


def _month_before_the_year_read_into_the_journal(tokens: list[Token], labels: list[str]) -> list[str]:
    """JMIR's 'J Med Internet Res. Sep 14, 2021;23(9):e25486', 'Yearb Med Inform. Aug 2021;30(1):191-199': the
    issue's month (and day) before its year, after the journal's full stop, read into the journal's name or the
    volume, so the journal became 'Aug' or '… Act. Dec' and the volume was lost. A journal's name
    does not end in a month after its stop; the month and day are the date's."""
    if "container" not in labels or "date" not in labels:
        return labels
    first, last = _first_run(labels, "container")
    month = last + 1 if tokens[last].text == "." and last + 1 < len(tokens) else last  # 'May' read as the volume
    if tokens[month].text == "," and month - 2 > first and tokens[month - 1].text.isdigit():
        month -= 2  # 'Nature. Sep 27, 2023;621(7980)': the day and its comma read into the journal too
    journal = first
    if first == last == month and first >= 2 and labels[first - 1] == "title" and tokens[first - 1].text == ".":
        # 'JMIR mHealth uHealth. Jul 10, 2020;8(7):e17558': the journal read as the title's last sentence, the month
        # alone as the journal
        journal = next((k + 1 for k in range(first - 2, max(0, first - 10), -1) if tokens[k].text == "."), first)
        if journal == first or labels[journal] != "title" or not tokens[journal].text[:1].isupper():
            return labels
    elif month - 1 <= first:
        return labels
    if tokens[month - 1].text != "." or not month_number(tokens[month].text):
        return labels
    year = month + 1
    if year < len(tokens) and tokens[year].text.isdigit() and len(tokens[year].text) <= 2:
        year += 2 if year + 1 < len(tokens) and tokens[year + 1].text == "," else 1  # the day, its comma
    if year >= len(tokens) or labels[year] != "date" or not _YEAR.fullmatch(tokens[year].text):
        return labels
    if journal < first:
        labels = _relabelled(labels, journal, first - 1, "container")
    return _relabelled(labels, month, year - 1, "date")


def _day_read_into_the_volume(tokens: list[Token], labels: list[str]) -> list[str]:
    """'BMC Med Res Methodol. 2020 Oct 29;20(1):268': NLM's issue date ends in a day before the volume's
    semicolon; a volume read from the day on ('29;20') begins after the semicolon."""
    if "volume" not in labels:
        return labels
    for index in range(max(1, labels.index("volume")), len(tokens) - 2):
        if (
            labels[index] == labels[index + 1] == labels[index + 2] == "volume"
            and labels[index - 1] != "volume"
            and tokens[index + 1].text == ";"
            and tokens[index].text.isdigit()
            and len(tokens[index].text) <= 2
            and 1 <= int(tokens[index].text) <= 31
            and tokens[index + 2].text[:1].isdigit()
            and month_number(tokens[index - 1].text)
        ):
            first = index - 2 if index >= 2 and _YEAR.fullmatch(tokens[index - 2].text) else index - 1
            labels = _relabelled(labels, first, index + 1, "date")
    return labels


_IMPRINT_END = frozenset({".", ",", "·", ";"})
# Words before a year that name no place: a number's word, what a work is or where it stands ('Preprint 2015',
# 'Submitted, 1998'); seasons too (_SEASON_WORDS).
_NOT_A_PLACE = frozenset(
    """in vol no nr heft bd band jg tomo tome anno ed hg preprint manuscript draft mimeo typescript submitted accepted
    unpublished forthcoming thesis dissertation report online""".split()
)


def _closing_year(tokens: list[Token]) -> tuple[int, int, int] | None:
    """Where the year ending a reference stands, for the imprints read before it: (the last token before it, a
    comma between skipped; the year, the first of a range: 'Venezia 1778-1781'; the end, before its stop)."""
    end = len(tokens)
    while end and tokens[end - 1].text in _IMPRINT_END:
        end -= 1
    year = end - 1
    if year >= 2 and tokens[year - 1].text in ("-", "–") and tokens[year].text.isdigit():
        year -= 2  # 'Venezia 1778-1781', 'Treviso-Venezia 1859-63'
    if year < 2 or not _YEAR.fullmatch(tokens[year].text):
        return None
    return (year - 1 if tokens[year - 1].text != "," else year - 2), year, end  # 'Venezia, 1542.'


def _italian_and(words: list[Token], index: int) -> bool:
    """'Lettere ed Arti': Italian's 'ed' ('and') between two names, not an editor's or an edition's mark."""
    return (
        words[index].text == "ed"
        and 0 < index < len(words) - 1
        and words[index - 1].text[:1].isupper()
        and words[index + 1].text[:1].isupper()
    )


def _names_no_place(word: str) -> bool:
    """A month's, a season's, or a word that names a number or a status ('Heft', 'Submitted'): no place's name,
    nor a publisher's."""
    lower = word.lower()
    return bool(month_number(word)) or lower in _NOT_A_PLACE or lower in _SEASON_WORDS


_NAMES_JOINED = lazy_compile(r"[-/]")


def _place_and_year_ending_a_book(tokens: list[Token], labels: list[str]) -> list[str]:
    """'T. A. Contin, Riflessioni sopra la Bolla in coena Domini, Venezia 1769.', 'G. Poleni, Delle lagune venete.
    Venezia 1817.': a book's place and year ending its reference, as Italian, French and German humanities
    print them, read by the model (which saw this layout seldom) into the title, as nothing, or as a journal
    and its volume or pages. Only with no volume, issue or pages read anywhere before them, after a comma or a
    stop; the place (a comma may follow it: 'Venezia, 1542.') is a known one, or one capitalised name (hyphens
    joining several: 'Treviso-Venezia') that is no month's, no season's, and that the model did not read as a
    publisher."""
    closing = _closing_year(tokens)
    if closing is None or closing[1] < 3:
        return labels
    last, year, end = closing
    first = last
    while first >= 2 and tokens[first - 1].text in ("-", "/") and tokens[first - 2].text[:1].isupper():
        first -= 2
    name = tokens[first : last + 1]
    before = tokens[first - 1].text
    if (
        before not in (",", ".")
        or any(label in ("volume", "issue", "pages") for label in labels[:first])
        or any(label in ("publisher", "location") for label in labels[first : last + 1])
        # 'Man-tova': a name broken at a line's end, its hyphen kept, is one name.
        or not all(part[:1].isupper() and part.isalpha() for part in _NAMES_JOINED.split(unbroken(_as_printed(name))))
        or any(_names_no_place(token.text) for token in name[::2])
        or any(left.end != right.start for left, right in zip(name, name[1:], strict=False))  # glued: 'Treviso-Venezia'
        or ((len(name[0].text) < 3 or name[0].text.isupper()) and not is_place(name[0].text))  # not 'OECD 2014'
    ):
        return labels
    return [*labels[:first], *["location"] * (year - first), *["date"] * (end - year), *labels[end:]]


def _title_years_before_the_imprints(tokens: list[Token], labels: list[str]) -> list[str]:
    """'… Fiscalità e amministrazione (1515-1530), Milano, F. Angeli 1986', '… Dalla guerra di Chioggia al 1717, in
    Storia d'Italia, …, Torino, UTET, 1986': with no date right after the names (no author–date style), the year
    of the imprint (right after its place or publisher) is the work's. An earlier run the labeller also read as a
    date, after the title's or the book's words, is theirs when it is a range of years or follows a word in small
    letters ('al 1717', 'dal 1318 al 1797'); a year of its own ('Ways of Escape. 1980.', 'Programming (1996)') may
    be an original edition's or a conference's and stays."""
    starts = [
        first for first, label in enumerate(labels) if label == "date" and (first == 0 or labels[first - 1] != "date")
    ]
    runs = [(first, _run_end(labels, first)) for first in starts]
    if len(runs) < 2 or labels[runs[-1][0] - 1] not in ("location", "publisher"):
        return labels
    if not any(_YEAR.fullmatch(token.text) for token in tokens[runs[-1][0] : runs[-1][1] + 1]):
        return labels
    if runs[0][0] == 0 or labels[runs[0][0] - 1] not in ("title", "container"):
        return labels  # 'Smith, J. (2001)': the date after the names is the work's
    relabelled = list(labels)
    for start, end in runs[:-1]:
        words = [token.text for token in tokens[start : end + 1] if token.text not in "()[],."]
        ranged = len(words) == 3 and words[1] in "-–" and _YEAR.fullmatch(words[0]) and words[2].isdigit()
        after_a_word = tokens[start - 1].text.islower() and len(words) == 1
        if labels[start - 1] in ("title", "container") and (ranged or after_a_word):
            relabelled[start : end + 1] = [labels[start - 1]] * (end + 1 - start)
    return relabelled


def _as_printed(tokens: list[Token]) -> str:
    """The tokens' text with a space where the reference has one between them ('Frankfurt a. M.')."""
    return "".join(
        (" " if index and left.end < token.start else "") + token.text
        for index, (left, token) in enumerate(zip([tokens[0], *tokens], tokens, strict=False))
    )


_NOT_IN_AN_IMPRINT = frozenset(":;()[]")


# The codes of states and provinces printed after a place ('Cambridge, MA', 'Toronto, ON', 'Sydney, NSW'): a
# publisher's short name in capitals is none of them ('Torino, EDT, 1978', 'Paris, PUF, 1990').
_REGION_CODES = (
    PLACE_CODES | BRAZILIAN_STATES | frozenset("ON BC QC AB MB NS NB NL SK PEI NSW VIC QLD TAS ACT NT".split())
)


def _a_regions_abbreviation(tokens: list[Token]) -> bool:
    """'Mass.', 'Calif.', 'Tenn.', 'ON' after a place ('Cambridge, Mass., 1994'): its state, no publisher."""
    word = tokens[0].text
    if len(tokens) == 1:
        return word in _REGION_CODES
    return len(tokens) == 2 and tokens[1].text == "." and word.isalpha() and len(word) <= 6


def _place_before(tokens: list[Token], comma: int) -> int | None:
    """Where a known place before the comma at `comma` begins, when a comma or a stop comes before it."""
    start = comma
    # A stop after a short word is an abbreviation's ('Frankfurt a. M.'), inside the place.
    while start > 0 and comma - start < 6 and not _ends_a_part(tokens, start - 1):
        start -= 1
    part = tokens[start:comma]
    if (
        not part
        or start == 0
        or not part[0].text[:1].isupper()
        or any(token.text in _NOT_IN_AN_IMPRINT or token.text[:1].isdigit() for token in part)
        or not is_place(_as_printed(part))
    ):
        return None
    return start


def _body_before(tokens: list[Token], comma: int) -> int | None:
    """Where the name of a body ('Istituto Veneto di Scienze') begins, between the comma before `comma` and it."""
    start = comma
    while start > 0 and comma - start < 8 and tokens[start - 1].text != ",":
        start -= 1
    if start < 2 or start == comma or tokens[start - 1].text != "," or not tokens[start].text[:1].isupper():
        return None
    return start if names_a_body(_as_printed(tokens[start:comma])) else None


def _ends_a_part(tokens: list[Token], index: int) -> bool:
    """A comma, or a stop after a word of three letters or more ('venete. Venezia'), not an abbreviation's."""
    return tokens[index].text == "," or (tokens[index].text == "." and index > 0 and len(tokens[index - 1].text) >= 3)


# What stands where the publisher would when none is known: Italian 's. e.' (senza editore), Latin 's. n.' (sine
# nomine), German 'o. V.' (ohne Verlag): 'Padova, s. e., 1995'.
_NO_PUBLISHER = frozenset({"s.e.", "s.n.", "o.v.", "s.ed."})
# Lower-case words a publisher's name may begin with: 'il Mulino', "l'Erma", 'la Nuova Italia'.
_PUBLISHER_ARTICLES = frozenset("il lo la l i gli le les el los las".split())


def _publisher_ending_the_proceedings(tokens: list[Token], labels: list[str]) -> list[str]:
    """Vancouver's paper in proceedings with its publisher and no place, as Zotero writes one whose place it lacks:
    '… In: Proceedings of the IEEE international conference on image processing (ICIP). IEEE; 2018. p. 3573-7.': the
    last sentence of the proceedings' name before '; 2018', a word or two in capitals ('IEEE', 'Springer'), is the
    publisher, after a full stop that ends a word or a bracket (not 'Proc. IEEE', an abbreviation's)."""
    date = labels.index("date")
    if date < 5 or tokens[date - 1].text != ";" or labels[date - 1] != "container":
        return labels
    stop = date - 2
    while stop > 0 and labels[stop] == "container" and tokens[stop].text != "." and date - stop <= 5:
        stop -= 1
    words = tokens[stop + 1 : date - 1]
    if tokens[stop].text != "." or labels[stop] != "container" or not words or labels[stop - 1] != "container":
        return labels
    before = tokens[stop - 1].text
    if not (before == ")" or (len(before) >= 4 and before.isalpha() and before.islower())):
        return labels
    if not all(word.text[:1].isupper() and word.text.isalpha() for word in words):
        return labels
    return _relabelled(labels, stop + 1, date - 2, "publisher")


def _place_publisher_and_year_ending_a_book(tokens: list[Token], labels: list[str]) -> list[str]:
    """'…, Venezia, Valentini 1900', '…, Bologna, il Mulino, 2008.', '…, Cambridge, MA, MIT Press, 2005': the
    imprint in the order Italian, French and Spanish humanities print it, place, publisher, year, at the end of
    a book's reference. The model read the publisher as the place, the place as the publisher or the title, or
    both as a journal; and _place_and_year_ending_a_book would read the publisher's name before the year as the
    place. Only when what stands between the last comma and the year is no region's abbreviation and no place the
    model read as one ('Paris, France, 2005'), and what stands between it and the comma or stop before is a known
    place (its state's code after it too: 'Cambridge, MA'), with no volume, issue or pages read before them."""
    closing = _closing_year(tokens)
    if closing is None or closing[1] < 5:
        return labels
    last, year, end = closing  # last: the publisher's last token
    first = last
    # Up to nine words: 'Istituto Veneto di Scienze Lettere ed Arti'.
    while first > 0 and tokens[first - 1].text != "," and last - first < 8:
        first -= 1
    comma = first - 1
    publisher = tokens[first : last + 1]
    unnamed = "".join(token.text for token in publisher).lower() in _NO_PUBLISHER
    if (
        comma < 2
        or tokens[comma].text != ","
        or not publisher
        or not (publisher[0].text[:1].isupper() or publisher[0].text.lower() in _PUBLISHER_ARTICLES or unnamed)
        or any(token.text[:1].isdigit() or token.text in _NOT_IN_AN_IMPRINT for token in publisher)
        or any(_names_no_place(token.text) and not _italian_and(publisher, k) for k, token in enumerate(publisher))
        # A place's name the model read as a place ('Paris, France, 2005'); but 'Londra, Hutchinson' (Kansas)
        or ("location" in labels[first : last + 1] and is_place(_as_printed(publisher)))
        or _a_regions_abbreviation(publisher)
        or any(label in ("volume", "issue", "pages") for label in labels[:first])
    ):
        return labels
    # The place: a known one after a comma or a stop, with its region after a comma at most ('Cambridge, MA').
    place_first = _place_before(tokens, comma)
    if place_first is not None and _as_printed(tokens[place_first:comma]) in PLACE_CODES | BRAZILIAN_STATES:
        place_first = _place_before(tokens, place_first - 1)
    if place_first is None and (body := _body_before(tokens, comma)) is not None:
        # 'Vene-zia, Istituto Veneto di Scienze, Lettere ed Arti, 1975': a body's name holds a comma.
        first, comma = body, body - 1
        place_first = _place_before(tokens, comma)
    if place_first is None:
        return labels
    return [
        *labels[:place_first],
        *["location"] * (first - place_first),
        *["other" if unnamed else "publisher"] * (year - first),
        *["date"] * (end - year),
        *labels[end:],
    ]


_OPENING_QUOTES = frozenset('«“„‹"')
_CLOSING_QUOTES = frozenset('»”“›"')
_ROMAN_VOLUME = lazy_compile(r"[IVXLC]{1,7}")


def _quoted_journal_before_its_roman_volume(tokens: list[Token], labels: list[str]) -> list[str]:
    """'…, «Journal of the American Musicological Society», XX, 1967, pp. 87-106', '…, in “Arte Veneta” XXXVIII
    (1984).': Italian, French and Spanish humanities print a journal's name in quotes and its volume in Roman
    figures before the year. The model read the volume into the journal's name, the name into the title, or the
    volume as the journal. The quoted words, a Roman volume right after them (a comma or a new series, 'n. s.',
    between at most) and the year after it (in brackets or after a comma) are the journal, its volume and the
    date."""
    for opening in range(2, len(tokens) - 4):
        if tokens[opening].text not in _OPENING_QUOTES or tokens[opening - 1].text not in (",", "in", "In", ":"):
            continue
        closing = next(
            (
                index
                for index in range(opening + 2, min(opening + 22, len(tokens)))
                if tokens[index].text in _CLOSING_QUOTES
            ),
            None,
        )
        if closing is None:
            continue
        volume = closing + 1 + (closing + 1 < len(tokens) and tokens[closing + 1].text == ",")
        # A new series before the volume: '«Nuovo Archivio Veneto», n. s., XXIII (1912)'.
        if [token.text.lower() for token in tokens[volume : volume + 4]] == ["n", ".", "s", "."]:
            volume += 4 + (volume + 4 < len(tokens) and tokens[volume + 4].text == ",")
        if volume + 2 >= len(tokens) or not _ROMAN_VOLUME.fullmatch(tokens[volume].text):
            continue
        year = volume + 2
        if tokens[volume + 1].text not in (",", "(") or not _YEAR.fullmatch(tokens[year].text):
            continue
        date_end = year + (year + 1 < len(tokens) and tokens[year + 1].text == ")")
        return [
            *labels[:opening],
            *["container"] * (closing + 1 - opening),
            *labels[closing + 1 : volume],
            "volume",
            *["date"] * (date_end + 1 - volume - 1),
            *labels[date_end + 1 :],
        ]
    return labels


def _bracketed_place_and_year(tokens: list[Token], labels: list[str]) -> list[str]:
    """'in: Saggi storici in onore di E. Artom (Milano 1975) 1-189', 'Wirtschaftsgesch. 2 (Freiburg 1894) 14-52':
    German humanities print a book's or a journal volume's place and year in brackets after its name. The model
    read the place into the book's name, or the year with the place. A known place and a year alone in
    brackets are the place and the date."""
    for index in range(len(tokens) - 3):
        if (
            tokens[index].text == "("
            and tokens[index + 3].text == ")"
            and _YEAR.fullmatch(tokens[index + 2].text)
            and tokens[index + 1].text[:1].isupper()
            and tokens[index + 1].text.isalpha()
            and is_place(tokens[index + 1].text)
        ):
            return [*labels[:index], "location", "location", "date", "date", *labels[index + 4 :]]
    return labels


def _edited_by_after_the_title(tokens: list[Token], labels: list[str]) -> list[str]:
    """'G. Baretti, La frusta letteraria, a c. di L. Piccioni, Bari 1933.': Italian names a book's editors after
    its title, 'a cura di' ('a c. di'), up to the next comma. The model read them as nothing, into the title,
    or with the book's name ('in: Sensibilità e razionalità nel Settecento, a c. di V. Branca' as editors); a
    work with no author read ('Catalogo della pinacoteca …, a c. di M. Dazzi e E. Merkel') had its title read as
    names. The marker is no one's name."""
    for index in range(2, len(tokens) - 3):
        if tokens[index - 1].text != "," or tokens[index].text.lower() != "a":
            continue
        words = [token.text.lower() for token in tokens[index + 1 : index + 4]]
        if words[:3] == ["c", ".", "di"]:
            names = index + 4
        elif words[:2] == ["cura", "di"]:
            names = index + 3
        else:
            continue
        end = names
        while end < len(tokens) and tokens[end].text != "," and labels[end] not in ("location", "date"):
            end += 1
        if end == names:
            return labels
        before = labels[index - 2]
        first = index - 2
        while first > 0 and labels[first - 1] == before:
            first -= 1
        labels = [*labels[:index], *["other"] * (names - index), *["editor"] * (end - names), *labels[end:]]
        if (before == "author" or (before == "other" and first == 0)) and "title" not in labels:
            # 'Catalogo …, a c. di', 'Diario veneto politico di … Cicogna, a cura di' (read as nothing): the work's
            # title, no names
            labels[first:index] = ["title"] * (index - first)
        elif before == "editor":
            labels[first:index] = ["container"] * (index - first)  # 'in: Sensibilità …, a c. di': the book
        return labels
    return labels


def _year_leading_the_reference(tokens: list[Token], labels: list[str]) -> list[str]:
    """'1805 lucchesi p., Memorie sopra le cisterne … di Venezia, Venezia.': a chronological list prints each
    work's year first; read with the names that follow, it is the date when no date is read anywhere else."""
    if len(tokens) < 3 or "date" in labels or labels[0] not in ("author", "editor") or labels[1] != labels[0]:
        return labels
    if not _YEAR.fullmatch(tokens[0].text):
        return labels
    return ["date", *labels[1:]]


def _date_broken_before_its_year(tokens: list[Token], labels: list[str]) -> list[str]:
    """'p.177-194, jan.' + './abr.' (read as the link) + '2014.': a date whose first run holds no year,
    while a year read as the date follows within a few tokens, runs on to it."""
    if "date" not in labels:
        return labels
    first, last = _first_run(labels, "date")
    if any(_YEAR.fullmatch(token.text) for token in tokens[first : last + 1]):
        return labels
    for later in range(last + 1, min(last + 6, len(tokens))):
        if labels[later] == "date" and _YEAR.fullmatch(tokens[later].text):
            return _relabelled(labels, first, later, "date")
        token = tokens[later]
        if labels[later] in _NOT_INSIDE_A_DATE or (
            token.text.isalnum() and not (token.text.isalpha() and len(token.text) <= 5)
        ):
            return labels  # only marks and a month's short name ('abr', 'Sept') stand between
        if token.text.lower() in _ACCESS_WORDS:
            return labels
    return labels


# A date in brackets, its day and month spelled out as the languages read print them: '(17 de diciembre del 2020)',
# '(20. Juli 2010)', '(2020, 22 de abril)', '(June 27, 2022)'; the month alone too: '(marzo de 2022)', '(2022,
# marzo)', '(2024, febrero 20)'. The month's word is looked up in MONTHS.
_DAY = r"\d{1,2}(?:\.|º|°|er)?"
_BRACKETED_DATE = lazy_compile(
    rf"\(\s*+(?:(?:{_DAY}\s+(?:de\s+)?)?(?P<month>[^\W\d_]{{3,12}})\.?,?\s+(?:del?\s+)?(?P<year>(?:1[5-9]|20)\d\d)"
    rf"|(?P<year_first>(?:1[5-9]|20)\d\d)\s*,\s*(?:(?:{_DAY}\s+(?:de\s+)?)?(?P<month_after_day>[^\W\d_]{{3,12}})\.?"
    r"|(?P<month_first>[^\W\d_]{3,12})\.?\s+\d{1,2})"
    r"|(?P<month_then_day>[^\W\d_]{3,12})\.?\s+\d{1,2},?\s+(?P<year_last>(?:1[5-9]|20)\d\d))\s*\)",
    re.IGNORECASE,
)


def _bracketed_date_read_in_part(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'Mount, B. (20 de julio del 2010).', 'Gavin, M. (marzo de 2022).': a date in brackets whose year the labeller
    read as the date, and its day and month as names, nothing or the title ('julio', a given name too; '(2020, 22 de
    abril)', '(2022, marzo)'), is the date whole."""
    if "date" not in labels or "(" not in text:
        return labels
    starts: dict[int, int] = {}
    for found in _BRACKETED_DATE.finditer(text):
        starts = starts or {token.start: k for k, token in enumerate(tokens)}
        if (index := starts.get(found.start())) is None:
            continue
        month = next(word for word in found.group("month", "month_after_day", "month_first", "month_then_day") if word)
        close = _token_ending_at(tokens, found.end(), index + 1)
        if month.lower() not in MONTHS or close is None:
            continue
        inside = labels[index + 1 : close]
        if "date" in inside and any(label != "date" for label in inside):
            return _relabelled(labels, index + 1, close, "date")
    return labels


# What the words between a date's month and its year are not read as.
_NOT_INSIDE_A_DATE = frozenset({"title", "container", "author", "editor", "publisher", "location", "volume", "issue"})


def _day_and_month_read_as_pages(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Die Zeit, Nr. 12 vom 17.3.2005, S. 5': a day and a month read as pages before their year are
    the date's, so that the pages after them are read."""
    if labels.count("pages") < 5:  # '17 . 3 .' and at least one page after
        return labels
    for index in range(len(tokens) - 4):
        if (
            labels[index : index + 4] == ["pages"] * 4
            and labels[index + 4] == "date"
            and (index == 0 or labels[index - 1] != "pages")
            and tokens[index].text.isdigit()
            and tokens[index + 2].text.isdigit()
            and tokens[index + 1].text == tokens[index + 3].text == "."
            and int(tokens[index].text) <= 31
            and int(tokens[index + 2].text) <= 12
            and "pages" in labels[index + 5 :]
        ):
            return labels[:index] + ["date"] * 4 + labels[index + 4 :]
    return labels


_ELECTRONIC_PAGES = lazy_compile(r"e\d{1,3}")


def _electronic_pages_read_apart(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Cell Syst, 11(1):95-101.e5': Cell Press's pages go on online after a stop, glued to the range; the
    '.e5' read as the date or nothing is the pages' end."""
    if "pages" not in labels:
        return labels
    for index in range(max(2, labels.index("pages") + 1), len(tokens) - 1):
        dot, online = tokens[index], tokens[index + 1]
        if (
            dot.text == "."
            and labels[index - 1] == "pages"
            and tokens[index - 1].text.isdigit()
            and tokens[index - 2].text in ("-", "–")
            and tokens[index - 1].end == dot.start
            and dot.end == online.start
            and _ELECTRONIC_PAGES.fullmatch(online.text)
            and (index + 2 == len(tokens) or tokens[index + 2].start > online.end or tokens[index + 2].text in ".,;")
        ):
            labels = _relabelled(labels, index, index + 1, "pages")
    return labels


# What a number after it is, printed before the number: its volume's, issue's or page's word ('Vol. 21
# March, 2017', 'No. 5 November', 'S. 5'), glued to what is before it or not ('40No. 5').
_NUMBERS_WORD_BEFORE = lazy_compile(rf"(?:{_MARKER_NAMES}|number|v|t|{_ROMANCE_ISSUE_NAMES})$", re.I)


def _day_read_as_a_number(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Inep Notícias, Brasília, 14 jul. 2003', 'Wall Street Journal 4 January.', '… Workshop, Berlin, 6–7
    March 2001': a day (or a range of days) right before its month's name, read as a volume, an issue or
    pages, is the date's. Not after a volume's, issue's or page's word: 'Vol. 21 March, 2017'."""
    date = 1
    while "date" in labels[date + 1 :]:  # each token read as the date, and the one before it: most are no date's
        date = labels.index("date", date + 1)
        index = date - 1
        if (
            labels[index] not in ("volume", "issue", "pages")
            or not tokens[index].text.isdigit()
            or int(tokens[index].text) > 31
            or not month_number(tokens[index + 1].text)
        ):
            continue
        first = index
        if (
            index >= 2
            and tokens[index - 1].text in ("-", "–")
            and labels[index - 2] == labels[index - 1] == labels[index]
            and tokens[index - 2].text.isdigit()
            and int(tokens[index - 2].text) <= 31
        ):
            first = index - 2  # '6–7 March'
        before = tokens[first - 1] if tokens[first - 1].text != "." or first < 2 else tokens[first - 2]
        if _NUMBERS_WORD_BEFORE.search(before.text):
            continue
        labels = _relabelled(labels, first, index, "date")
    return labels


_TURKISH_VOLUME_WORDS = frozenset({"C", "Cilt"})
_TURKISH_ISSUE_WORDS = frozenset({"S", "Sayı", "Sayi"})


def _number_after_the_word(tokens: list[Token], index: int, words: frozenset[str]) -> int | None:
    """Where the number after one of `words` at index stands ('C. 64', 'Cilt 64'), if it does."""
    if index >= len(tokens) or tokens[index].text not in words:
        return None
    number = index + 2 if index + 1 < len(tokens) and tokens[index + 1].text == "." else index + 1
    return number if number < len(tokens) and tokens[number].text.isdigit() else None


def _turkish_volume_and_issue(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """Turkish prints 'C. 64, S. 21, ss. 439-49' or 'Cilt 64, Sayı 21, s. 439-49' (cilt, sayı, sayfa:
    volume, issue, pages): the capital 'S.' that is German's page is the issue here, and 'C.' was read
    into the journal. Only after a comma and a volume's word, with the pages marked by a small 's.' or
    'ss.' after."""
    if ", C" not in text and ",C" not in text:  # 'C.' or 'Cilt' after a comma: the cheap test first
        return labels
    for word in range(1, len(tokens) - 1):
        if tokens[word - 1].text == "," and (volume := _number_after_the_word(tokens, word, _TURKISH_VOLUME_WORDS)):
            break
    else:
        return labels
    issue_word = volume + 1
    while issue_word < len(tokens) and tokens[issue_word].text in (",", ";"):
        issue_word += 1
    issue = _number_after_the_word(tokens, issue_word, _TURKISH_ISSUE_WORDS)
    if issue is None or not any(
        tokens[page].text in ("s", "ss") and tokens[page + 1].text == "." for page in range(issue + 1, len(tokens) - 1)
    ):
        return labels
    labels = _relabelled(labels, word, volume, "volume")
    labels = _relabelled(labels, issue_word, issue - 1, "other")
    labels = _relabelled(labels, issue, issue, "issue")
    after = issue + 1
    while after + 1 < len(tokens) and labels[after] == "pages" and not tokens[after].text.isalnum():
        after += 1  # '21 (' + '2022)': the bracket the issue's run of pages took
    return _relabelled(labels, issue + 1, after - 1, labels[after]) if after > issue + 1 else labels


# Words before the date a page was read, which is not the work's: 'accessed on 2019-08-20', 'Stand: 2019'.
_ACCESS_WORDS = ACCESS_WORDS | {"stand"}


def _year_ending_the_title(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Global status report on noncommunicable diseases 2014. Geneva: WHO; 2014.': a year read as the
    date right after the title (no full stop between), with its own full stop or a subtitle's colon, while the
    reference's date comes later, ends the title ('Epidemic typhoid fever - Dushanbe, Tajikistan, 1997. MMWR
    1998') or is in it."""
    if "title" not in labels:
        return labels
    year = _first_run(labels, "title")[1] + 1
    if (
        year + 1 < len(labels)
        and labels[year] == "date"
        and _YEAR.fullmatch(tokens[year].text)
        and tokens[year - 1].text != "."  # 'The Production of Space. 1974. Trans. …': the original's year
        and (
            tokens[year + 1].text == "."
            # 'Global cancer statistics 2022: GLOBOCAN estimates …': the subtitle after the year's colon
            or (tokens[year + 1].text == ":" and year + 2 < len(labels) and labels[year + 2] == "title")
            # 'The Quantum Hall Effect -- Poincaré Seminar 2004, Progress in …, Springer (2005)': a name's year
            or (
                tokens[year + 1].text == ","
                and tokens[year - 1].text.isalpha()
                and year + 2 < len(labels)
                and labels[year + 2] != "date"  # not '… Act of 1992, 9 Space Pol'y 319 (1993)': a date runs on
            )
        )
        and any(
            labels[later] == "date"
            and _YEAR.fullmatch(tokens[later].text)
            # 'Accessed: May 25, 2024', 'Accedido: 25 de mayo de 2024': the day a page was read
            and not any(token.text.lower() in _ACCESS_WORDS for token in tokens[max(0, later - 8) : later])
            for later in range(year + 2, len(labels))
        )
    ):
        full_stop = "title" if labels[year + 1] == "date" else labels[year + 1]
        return labels[:year] + ["title", full_stop] + labels[year + 2 :]
    return labels


# Words before the years a title covers: '… zwischen 1988 und 2004', '… Since 1969', '… entre 1980 et 2000'.
_BEFORE_THE_YEARS = frozenset(
    "zwischen seit bis von vor nach since between from until till before after entre de desde hasta até".split()
)
_BETWEEN_THE_YEARS = frozenset({"-", "–", "und", "and", "et", "y", "e", "à", "a", "to", "bis"})


def _years_only(words: list[str]) -> bool:
    """'1988 und 2004', '1965 - 1973', '2008 and 2012': years, and only the words between them."""
    return (
        bool(words)
        and _YEAR.fullmatch(words[0]) is not None
        and _YEAR.fullmatch(words[-1]) is not None
        and all(_YEAR.fullmatch(word) or word.lower() in _BETWEEN_THE_YEARS for word in words)
    )


def _years_ending_the_title(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Reform … in Algerien, Tunesien und Marokko zwischen 1988 und 2004, Wiesbaden.', '… in Western
    Europe Since 1969.', '… Parque Estadual da Cantareira (1963 - 2005). São Paulo.': the years a title
    covers, after a word that says so or in brackets, read as the date while the reference's date came
    before the title."""
    if "title" not in labels:
        return labels
    first, last = _first_run(labels, "title")
    if "date" not in labels[:first] or last + 1 == len(labels) or labels[last + 1] not in ("date", "other"):
        return labels
    end = _run_end(labels, last + 1)
    bracketed = tokens[last].text == "(" or tokens[last + 1].text == "("
    if labels[last + 1] == "other" and not bracketed:
        return labels  # only bracketed years are read as nothing ('SR Nemačkoj (1965-1973).')
    stop = end
    while stop > last + 1 and tokens[stop].text in (".", ",", ":", ";"):
        stop -= 1  # the full stop after the years stays the date's, as it was
    words = [token.text for token in tokens[last + 1 : stop + 1]]
    if bracketed and words[:1] == ["("]:
        words = words[1:]
    if bracketed and words[-1:] == [")"]:
        words = words[:-1]
    elif bracketed:
        return labels
    if (
        not _years_only(words)
        or (bracketed and len(words) < 3)  # '(2008)' alone may be the reference's date
        or (not bracketed and tokens[last].text.lower() not in _BEFORE_THE_YEARS)
    ):
        return labels
    return _relabelled(labels, last + 1, stop, "title")


def _bracketed_years_ending_a_subtitle(tokens: list[Token], labels: list[str]) -> list[str]:
    """'… during hard times? Public support for political parties … after the bailout (2008 and 2012). Party
    Politics 22: 719-31', '… no Brasil. Três estudos de caso (1973-2016). Revista Brasileira …, 21(3)': the
    title's last sentence, ending in the years it covers in brackets, read as a journal and a second date,
    while the reference's date came before the title and the journal with its numbers follows."""
    if "title" not in labels or "container" not in labels:
        return labels
    first, last = _first_run(labels, "title")
    if "date" not in labels[:first] or last + 1 == len(labels) or labels[last + 1] != "container":
        return labels
    opening = _run_end(labels, last + 1) + 1
    if opening == len(labels) or labels[opening] != "date" or tokens[opening - 1].text != "(":
        return labels
    closing = _run_end(labels, opening)
    inside = [token.text for token in tokens[opening : closing + 1]]
    while inside and inside[-1] in (".", ","):
        inside.pop()
    if (
        len(inside) < 4
        or inside[-1] != ")"
        or not _years_only(inside[:-1])
        or closing + 1 == len(labels)
        or labels[closing + 1] != "container"
        or (after := _run_end(labels, closing + 1) + 1) == len(labels)
        or labels[after] not in ("volume", "issue", "pages")
    ):
        return labels
    return _relabelled(labels, last + 1, closing, "title")


def _year_ending_the_book(tokens: list[Token], labels: list[str]) -> list[str]:
    """'In … (Eds.), Web Based Communities 2006 (pp. 149-156)', '… (Hg.): Kinder über den Holocaust. Frühe
    Zeugnisse 1944-1948, Berlin, 15-67': a year (or a range of years) printed right after the title of a
    book that follows its editors, with no mark between, read as the date or the pages while the
    reference's date came before, is the book's name's."""
    if "editor" not in labels or "container" not in labels:
        return labels
    first, last = _first_run(labels, "container")
    year = last + 1
    if (
        year + 1 >= len(tokens)
        or "date" not in labels[:first]
        or labels[first - 1] != "editor"  # the book right after its editors, not a journal ('in: BIOS 1998')
        or not tokens[last].text[-1:].isalnum()
        or labels[year] not in ("date", "pages")
        or not _YEAR.fullmatch(tokens[year].text)
        or tokens[year].text[-1].isalpha()
    ):
        return labels
    end = year
    if tokens[year + 1].text in ("-", "–") and year + 2 < len(tokens) and _YEAR.fullmatch(tokens[year + 2].text):
        end = year + 2  # 'Frühe Zeugnisse 1944-1948'
    if (
        end + 1 < len(tokens)
        and tokens[end + 1].text in (".", ":", "(", ",")
        and all(label == labels[year] for label in labels[year : end + 1])
        and (labels[year] == "date" or "pages" in labels[end + 1 :])
    ):
        while end + 1 < len(tokens) and labels[end + 1] == labels[year] and not tokens[end + 1].text.isalnum():
            end += 1  # the mark after it, read with it ('1944-1948,' as pages)
        return _relabelled(labels, year, end, "container")
    return labels


# What the labeller may read inside a bracket a title opened: a classification ('Amphibia: Gymnophiona')
# as a place and a publisher, a list of names as a journal.
_READ_INSIDE_A_TITLE_BRACKET = frozenset({"location", "publisher", "container", "title"})


def _bracket_opened_in_the_title(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'A caecilian (' + 'Amphibia: Gymnophiona:' (as a place and a publisher) + 'Caeciliidae) from
    Bondla …': a bracket the title opened, holding only words, is the title's up to its closing
    bracket, and so is the rest of that sentence ('… Corydiidae) para la República Dominicana.'),
    where the reference goes on after it. Biology's titles name the taxa so: '(Insecta: Odonata)'."""
    if "title" not in labels:
        return labels
    first, last = _first_run(labels, "title")
    if last + 1 == len(labels) or labels[last + 1] not in _READ_INSIDE_A_TITLE_BRACKET:
        return labels
    title = text[tokens[first].start : tokens[last].end]
    if title.count("(") - title.count(")") != 1:
        return _bracket_after_the_title_before_its_rest(tokens, labels, last)
    closing = last + 1
    while closing < len(tokens) and tokens[closing].text != ")":
        if labels[closing] not in _READ_INSIDE_A_TITLE_BRACKET or tokens[closing].text in "(.":
            return labels
        if any(map(str.isdigit, tokens[closing].text)):
            return labels  # '(Berlin: Springer, 1990)', '(Reihe 3)': what the title's bracket cites
        closing += 1
    if closing == len(tokens) or labels[closing] not in _READ_INSIDE_A_TITLE_BRACKET:
        return labels
    opening = max(index for index in range(first, last + 1) if tokens[index].text == "(")
    inside = [token.text for token in tokens[opening + 1 : closing]]
    if tokens[opening - 1].text == "." or not {":", ","}.intersection(inside):
        return labels  # '… algebras. ( Russian) Dokl.', 'Gravitation( Freeman)': a note, a publisher
    if any(is_place(word) or _PUBLISHER_WORDS.fullmatch(word) for word in inside):
        return labels  # '(Cambridge: Cambridge University Press)': where and by whom the book was published
    # The sentence goes on after the bracket up to its full stop, when the reference goes on after that.
    end = closing
    for index in range(closing + 1, len(tokens) - 1):
        if labels[index] not in _READ_INSIDE_A_TITLE_BRACKET:
            break
        if tokens[index].text == "." and not is_initial(tokens[index - 1].text):
            if labels[index + 1] in _READ_INSIDE_A_TITLE_BRACKET:
                end = index
            break
    return _relabelled(labels, last + 1, end, "title")


def _bracket_after_the_title_before_its_rest(tokens: list[Token], labels: list[str], last: int) -> list[str]:
    """'A new flying squirrel Belomys thamkaewi n. sp.' + '(Mammalia :' (as a place) + 'Rodentia) from the
    Pleistocene …': a bracket of words after the title's first run, the title going on after it, is the
    title's, even after a full stop (the taxon's 'sp. nov.')."""
    if tokens[last + 1].text != "(":
        return labels
    closing = last + 2
    while closing < len(tokens) and tokens[closing].text != ")":
        if tokens[closing].text in "(." or any(map(str.isdigit, tokens[closing].text)):
            return labels
        closing += 1
    inside = [token.text for token in tokens[last + 2 : closing]]
    if (
        closing + 1 >= len(tokens)
        or "title" not in (labels[closing], labels[closing + 1])
        or not {":", ","}.intersection(inside)
        or any(is_place(word) or _PUBLISHER_WORDS.fullmatch(word) for word in inside)
    ):
        return labels
    return _relabelled(labels, last + 1, closing, "title")


def _title_sentence_read_into_the_journal(tokens: list[Token], labels: list[str]) -> list[str]:
    """'A collection of Rhopalocera from Mt. Kinabalu, Sabah,' + 'Malaysia. Orient. Insects': a title
    cut at a comma, and a journal that begins with a country or a city and its full stop: the place
    ends the title, as field studies' titles do ('… craton, Argentina. Gondwana Research')."""
    if "title" not in labels or "container" not in labels:
        return labels
    last = _first_run(labels, "title")[1]
    start = last + 1
    if tokens[last].text != "," or start == len(labels) or labels[start] != "container":
        return labels
    if not tokens[last - 1].text.isalnum() or any(
        tokens[index].text == "In" and tokens[index - 1].text in ".,;" for index in range(1, last)
    ):
        return labels  # '‘… Academic Cult’,', '… for so long?,': the title ended; 'In ders.,': a book
    end = _run_end(labels, start)
    if end == start or tokens[start].text.lower() == "in":
        return labels
    for index in range(start, end):
        if tokens[index].text == ".":
            if _names_a_place([token.text for token in tokens[start:index]], tokens[last - 1].text):
                return _relabelled(labels, start, index, "title")
            return labels
    return labels


# A short capitalised word cut short with a full stop, as journals' names begin: 'St.', 'Wea.', 'Am.', 'J.'.
_JOURNALS_FIRST_ABBREVIATION = lazy_compile(r"[A-Z][a-z]{0,2}")
_ROMAN_NUMERAL = lazy_compile(r"[IVXLCDM]+")
_NOT_A_JOURNALS_WORD = frozenset({"No", "Nr", "Vol", "Pt", "Bd", "H", "Jg", "S", "Ed", "Eds", "Hg", "In", "Ibid", "Id"})


def _journals_abbreviation_ending_the_title(tokens: list[Token], labels: list[str]) -> list[str]:
    """'The beginnings of bacteriology at St. Bartholomew's. St.' + 'Bartholomew's Hospital Journal, 35(7/8)',
    '… tropical cyclone activity by 1 June. Wea.' + 'Forecasting, 9, 103-115': the journal's first word,
    abbreviated, read as a last sentence of the title one word long. Roman numerals ('Fourier integral
    operators. II.') and a part's word ('No. I.') stay the title's."""
    if "title" not in labels or "container" not in labels:
        return labels
    first, last = _first_run(labels, "title")
    word = last - 1
    if (
        word - 1 <= first
        or last + 1 == len(labels)
        or labels[last + 1] != "container"
        or tokens[last].text != "."
        or tokens[word - 1].text != "."
        or not _JOURNALS_FIRST_ABBREVIATION.fullmatch(tokens[word].text)
        or _ROMAN_NUMERAL.fullmatch(tokens[word].text)
        or tokens[word].text in _NOT_A_JOURNALS_WORD
        or tokens[word - 2].text in _NOT_A_JOURNALS_WORD
        or not tokens[last + 1].text[:1].isupper()
    ):
        return labels
    after = _run_end(labels, last + 1) + 1
    if after == len(labels) or labels[after] not in ("volume", "issue", "pages"):
        return labels
    return _relabelled(labels, word, last, "container")


def _journals_first_abbreviations_read_into_the_title(tokens: list[Token], labels: list[str]) -> list[str]:
    """MDPI's 'Tuberculosis—United States, 2022. MMWR. Morb. Mortal. Wkly. Rep. 2023, 72, 297–303.': an abbreviated
    journal cut in two, its first words ('MMWR. Morb.') read as the title's, the rest ('Mortal. Wkly. Rep.') as the
    journal. The abbreviated words, each with its stop, right before a journal that begins with one, are its own
    (words of two letters or more, or a short name in capitals: not a title's initials, 'the U.S.')."""
    start = labels.index("container")
    if start < 2 or labels[start - 1] != "title" or not _abbreviated_word_at(tokens, start):
        return labels
    first = start
    while (
        first >= 2
        and labels[first - 1] == "title"
        and labels[first - 2] == "title"
        and _abbreviated_word_at(tokens, first - 2)
        and tokens[first - 2].text not in _NOT_A_JOURNALS_WORD
    ):
        first -= 2
    if first == start or first == 0 or tokens[first - 1].text != "." or "title" not in labels[: first - 1]:
        return labels  # no abbreviation before the journal, or the whole title
    return _relabelled(labels, first, start - 1, "container")


def _abbreviated_word_at(tokens: list[Token], index: int) -> bool:
    """A word of a journal's abbreviated name and its stop at index: 'Morb' '.', 'MMWR' '.'."""
    word = tokens[index].text
    return (
        index + 1 < len(tokens)
        and tokens[index + 1].text == "."
        and len(word) >= 2
        and (bool(_ABBREVIATION_TOKEN.fullmatch(word)) or (word.isupper() and word.isalpha() and len(word) <= 6))
    )


def _abbreviated_journal_ending_the_title(tokens: list[Token], labels: list[str]) -> list[str]:
    """ACS's 'Edge-Controlled Growth … by Chemical Vapor Deposition. Proc. Natl. Acad. Sci. U.S.A. 2013, 110,
    20386−20391.': with no journal read, the title's last sentence all abbreviated words, the year or the volume
    after it, is the journal."""
    if "title" not in labels or "container" in labels:
        return labels
    first, last = _first_run(labels, "title")
    if last + 1 >= len(labels) or labels[last + 1] not in ("date", "volume") or tokens[last].text != ".":
        return labels
    start = last
    while start - 2 > first and tokens[start - 2].text == "." and _ABBREVIATION_TOKEN.fullmatch(tokens[start - 1].text):
        start -= 2
    words = (last - start) // 2
    if words < 2 or len(tokens[start - 1].text) < 2 or _ABBREVIATION_TOKEN.fullmatch(tokens[start - 1].text):
        return labels  # '… Deposition.' ends the title; an abbreviation before the run leaves where it begins unsure
    return _relabelled(labels, start + 1, last, "container")


_ABBREVIATION_TOKEN = lazy_compile(r"[A-Z][a-z]{0,5}")  # a word before its stop: 'Proc', 'Natl', 'U'


# Countries citekit/data/places.txt leaves out, as the training references print their names more often
# inside titles ('… in Brazil') than as a place; after a title's comma and before a full stop, a place.
_COUNTRIES_PRINTED_AS_WORDS = frozenset({"Brazil", "Brasil", "Turkey", "Jordan", "Guinea"})


def _names_a_place(words: list[str], before: str) -> bool:
    """'Malaysia', 'Cotia , SP', 'Madison , WI': a known place, or a city and its state's code (or the
    code alone, after the title's last word, the city: '… Parque CEMUCAM, Cotia,' + 'SP.'). Not an
    abbreviated journal's first word ('Comput. Phys. Commun.', 'Ann. Phys.') nor a journal's name
    ('Journal of Math. Sciences')."""
    if len(words) == 1 and words[0] in _CODES_AFTER_A_CITY:
        return before.istitle() and len(before) >= 3
    if len(words) == 1:
        return len(words[0]) >= 5 and (is_place(words[0]) or words[0] in _COUNTRIES_PRINTED_AS_WORDS)
    return (
        len(words) == 3
        and words[1] == ","
        and words[0].istitle()
        and len(words[0]) >= 3
        and words[2] in _CODES_AFTER_A_CITY
    )


_CODES_AFTER_A_CITY = PLACE_CODES | BRAZILIAN_STATES  # 'Madison, WI', 'Bristol, UK', 'Cotia, SP'


# A journal's generic name, which a short name of its own may stand before: 'Bakhtiniana. Revista de …'.
_JOURNAL_WORDS = frozenset(
    "revista revue journal review zeitschrift cadernos cuadernos boletim boletín bulletin".split()
    + "anais annals anuário anuario".split()
)


_NOTE_NOT_A_NAME = lazy_compile(r"unver[öo]ff|unpubl|mimeo|manus|typescript|hrsg|hg$|aufl|ed$", re.IGNORECASE)
# A journal's own short name, one or two capitalised words, ending a title after a sentence's full stop: '… de
# leitura. Bakhtiniana.', '… RAM.'.
_JOURNALS_OWN_NAME = lazy_compile(r"(?<=[^\W\d_]{4}\.)\s+(?P<name>[A-ZÀ-Þ][^\W\d_]{2,}(?:\s[A-ZÀ-Þ][^\W\d_]+)?)\.$")


def _journal_name_read_into_the_title(tokens: list[Token], labels: list[str]) -> list[str]:
    """'… acadêmico da UFBA. Bakhtiniana.' + 'Revista de Estudos do Discurso, v. 15': a journal's own
    short name before its generic one ('RAM. Revista de Administração Mackenzie'), read as the title's
    last sentence: one or two capitalised words, between the title's full stop and the 'Revista'."""
    if "title" not in labels or "container" not in labels:
        return labels
    last = _first_run(labels, "title")[1]
    start = last + 1
    if start == len(labels) or labels[start] != "container" or tokens[start].text.lower() not in _JOURNAL_WORDS:
        return labels
    if tokens[last].text != ".":
        return labels
    first = last - 1
    while first > 0 and last - first <= 2 and tokens[first].text[:1].isupper() and tokens[first].text.isalpha():
        first -= 1
    if first == last - 1 or tokens[first].text != "." or labels[first] != "title":
        return labels
    if not (tokens[first - 1].text.isalpha() and len(tokens[first - 1].text) >= 4):
        return labels  # '… Brachymeria Hym. Chalcidoidea.', '2. Aufl.': no sentence ended before
    if len(tokens[first + 1].text) < 3 or _NOTE_NOT_A_NAME.match(tokens[first + 1].text):
        return labels  # 'Unveröff.': a note on the work, not a journal's name
    return _relabelled(labels, first + 1, last, "container")


def _subtitle_read_as_a_book_before_its_pages(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Da werden wir empfindlich.' + 'Zur Soziologie der Gewalt.' (as a book) + 'S. 25-36 in: S. Lamnek
    (Hrsg.), Jugend und Gewalt.': the book comes after the pages and the editors; a 'book' right after
    the title, before them, is the title's subtitle."""
    if "title" not in labels or "container" not in labels or "editor" not in labels:
        return labels
    start = _first_run(labels, "title")[1] + 1
    if start == len(labels) or labels[start] != "container":
        return labels
    end = _run_end(labels, start)
    if tokens[start].text.lower() == "in" or end + 1 == len(labels) or labels[end + 1] != "pages":
        return labels  # ', in: Der volle Zunftbecher': the book itself
    editors = _run_end(labels, end + 1) + 1
    if editors == len(labels) or labels[editors] != "editor" or "container" not in labels[editors:]:
        return labels
    if tokens[end + 1].text not in ("S", "pp", "p") or tokens[editors].text.lower() != "in":
        return labels  # only 'S. 25-36 in: Editors (Hrsg.)', the layout of German sociology's journals
    return _relabelled(labels, start, end, "title")


_MEDIUM_WORDS = frozenset({"online", "internet"})  # one token each ('on-line' is three: 'on', '-', 'line')


def _journal_read_as_nothing_before_its_medium(tokens: list[Token], labels: list[str]) -> list[str]:
    """'… de Idosos.' + 'Cad. Saúde Pública. [online].' (as nothing) + '2007; 23(8):1924-1930':
    Vancouver's journal with its medium after it, which the labeller read as nothing, when a volume or
    pages follow: the words before the medium are the journal."""
    if "title" not in labels or "container" in labels:
        return labels
    start = _first_run(labels, "title")[1] + 1
    if start == len(labels) or labels[start] != "other":
        return labels
    end = _run_end(labels, start)
    if not ("volume" in labels[end:] or "pages" in labels[end:]):
        return labels
    for index in range(start + 1, end):
        if tokens[index].text == "[" and tokens[index + 1].text.lower() in _MEDIUM_WORDS:
            if tokens[index - 1].text != "." and not tokens[index - 1].text.isalpha():
                return labels  # '… Workshop (VEME Light) [Internet];': the title's bracket, a meeting's medium
            return _relabelled(labels, start, index - 1, "container")
    return labels


def _journal_read_as_nothing_before_its_volume(tokens: list[Token], labels: list[str]) -> list[str]:
    """'… to the British Museum.' + 'Trans. ent. Soc. Lond.' (as nothing) + '78: 67-86.': words after the
    title's full stop that the labeller read as nothing, right before the volume, are the journal."""
    if "title" not in labels or "container" in labels:
        return labels
    start = _first_run(labels, "title")[1] + 1
    if start == len(labels) or labels[start] != "other" or tokens[start - 1].text != ".":
        return labels
    end = _run_end(labels, start)
    words = tokens[start : end + 1]
    if (
        end + 1 < len(labels)
        and labels[end + 1] == "volume"
        and tokens[end + 1].text.isdigit()
        and (after := _run_end(labels, end + 1) + 1) < len(labels)
        and labels[after] in ("issue", "pages")  # a journal's numbers: '78: 67-86', not '2 vols.'
        and len(words) <= 16
        and words[0].text[:1].isupper()
        and all(token.text.isalpha() or token.text in (".", "&", "-", ",") for token in words)
        and not any(token.text.lower() in ("no", "nr", "nos", "heft") for token in words)  # 'Discussion paper No.'
    ):
        return _relabelled(labels, start, end, "container")
    return labels


def _journal_and_volume_inside_the_title(labels: list[str]) -> list[str]:
    """'Taxonomy of Podoscirtinae. ' + 'Part 13:' (as the journal and its volume) + 'new taxa … from Africa.
    Zoosystematica rossica. Vol.30.': a part's number between two runs of the title, while the journal
    comes later, is the title's."""
    if "container" not in labels or "title" not in labels:
        return labels
    first, last = _first_run(labels, "container")
    # One word ('Part', 'Teil'): 'CEDA Information Paper 82: …' is a series and its number.
    if first == 0 or labels[first - 1] != "title" or last != first:
        return labels
    end = _run_end(labels, last + 1) if last + 1 < len(labels) and labels[last + 1] == "volume" else last
    if end + 1 < len(labels) and labels[end + 1] == "title" and "container" in labels[end + 2 :]:
        return _relabelled(labels, first, end, "title")
    return labels


_ROLE_WORD = lazy_compile(rf"(?:{EDITOR_ROLES})", re.IGNORECASE)


def _book_after_a_cut_editor_role(tokens: list[Token], labels: list[str]) -> list[str]:
    """'In: FRANCO, C. (' + 'org.). Avaliação, ciclos e promoção na educação.' (as nothing) + 'Porto
    Alegre: Artmed': the editors' role the labeller cut after its bracket is the editors', and the
    words after it, up to the place, publisher or date, are the book (ABNT's chapters print so)."""
    if "editor" not in labels or "container" in labels:
        return labels
    last = _first_run(labels, "editor")[1]
    role = first = last + 1
    if role >= len(labels) or labels[role] != "other":
        return labels
    if tokens[last].text != "(":
        # 'In: Godoy, Scarlett; Rodríguez García,' + 'Margarita Eva (Coord.). El ocaso …' (as nothing):
        # the last editor's given names, cut off with the role.
        while role < min(len(tokens), first + 5) and tokens[role].text != "(" and tokens[role].text[:1].isupper():
            role += 1
        if role == first or role + 1 >= len(tokens) or tokens[role].text != "(" or labels[role] != "other":
            return labels
        role += 1
    if not _ROLE_WORD.fullmatch(tokens[role].text):
        return labels
    end = _run_end(labels, role)
    close = role + 1
    if close < end and tokens[close].text == ".":
        close += 1
    if close >= end or tokens[close].text != ")":
        return labels
    book = close + 1
    while book <= end and tokens[book].text in ".,:":
        book += 1
    if book > end or end + 1 == len(labels) or labels[end + 1] not in ("location", "publisher", "date"):
        return labels
    return _relabelled(_relabelled(labels, first, book - 1, "editor"), book, end, "container")


# Abbreviations a title's sentence goes on after: honorifics and places' ('by Mr. C. D. Rudd', 'Mt.
# Kinabalu', 'St. Gallen') and biology's ranks ('Passiflora subg. Astrophea', 'Aus bus var. cus').
_ABBREVIATION_INSIDE_A_TITLE = frozenset("mr mrs ms dr mt st messrs prof subg subgen subsp ssp var sect".split())


def _title_cut_at_an_abbreviation(tokens: list[Token], labels: list[str]) -> list[str]:
    """'On a collection … made in South Africa by Mr.' + 'C. H. B. Grant, and presented … by Mr. C. D.
    Rudd. Proceedings of the Zoological Society': a title cut at an abbreviation's full stop goes on
    to the sentence's end: the labeller read the words after it as a journal or as editors' names."""
    if "title" not in labels:
        return labels
    last = _first_run(labels, "title")[1]
    start = last + 1
    if (
        last < 1
        or tokens[last].text != "."
        or tokens[last - 1].text.lower() not in _ABBREVIATION_INSIDE_A_TITLE
        or start == len(labels)
        or labels[start] not in ("container", "editor")
    ):
        return labels
    for index in range(start + 1, len(tokens) - 1):
        if labels[index] not in _READ_ON_AFTER_AN_ABBREVIATION:
            return labels
        before = tokens[index - 1].text
        if tokens[index].text == "." and not is_initial(before) and before.lower() not in _ABBREVIATION_INSIDE_A_TITLE:
            return _relabelled(labels, start, index, "title")
    return labels


# What the labeller may read a title's words after an abbreviation as: names after 'Mr.', a book.
_READ_ON_AFTER_AN_ABBREVIATION = frozenset({"container", "editor", "title", "author"})


# The word before a journal's series number: 'Annals and Magazine of Natural History, Series 9, 5: 122'.
_SERIES_WORDS = frozenset({"series", "ser", "serie", "série", "sér"})


def _series_number_read_as_the_volume(tokens: list[Token], labels: list[str]) -> list[str]:
    """'… Natural History, Series' + '9, 5: 122–124' (as the volume): the number after a journal's
    'Series' is the series', part of the journal's name, when a volume's number follows it ('Series 2
    Volume 8', 'série 4, 12', 'series 4 15(89)')."""
    if "container" not in labels:
        return labels
    last = _first_run(labels, "container")[1]
    number = last + 1
    if (
        number < len(tokens)
        and tokens[last].text.lower() in _SERIES_WORDS
        and labels[number] == "volume"
        and tokens[number].text.isdigit()
        and len(tokens[number].text) <= 2
        and any(
            tokens[later].text.isdigit() and labels[later] in ("volume", "issue")
            for later in range(number + 1, len(tokens))
        )
    ):
        return _relabelled(labels, number, number, "container")
    return labels


def _editors_role_read_into_the_book(tokens: list[Token], labels: list[str]) -> list[str]:
    """Environment and Planning's 'in Society and its critics Eds A Paugam and U Lamont (…)': the role
    right before the editors' names, read as the book's last word, is the editors'."""
    if "editor" not in labels or "container" not in labels:
        return labels
    for index in range(1, len(labels) - 1):
        if labels[index] != "container" or labels[index + 1] != "editor":
            continue
        if _ROLE_WORD.fullmatch(tokens[index].text) and labels[index - 1] == "container":
            return _relabelled(labels, index, index, "editor")
    return labels


def _editors_read_as_a_book(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'In: LBS-Initiative Junge Familie (Hg.): Trennung, Scheidung und Wiederheirat.': a book, then
    nothing but an editors' role in brackets, then a book again. The role says who edited the book
    after it: what was read as the first book names its editors (a body, mostly)."""
    if "container" not in labels or "editor" not in labels:
        return labels
    first, last = _first_run(labels, "container")
    if last + 1 >= len(labels) or labels[last + 1] != "editor":
        return labels
    role_end = _run_end(labels, last + 1)
    if role_end + 1 >= len(labels) or labels[role_end + 1] != "container":
        return labels
    role_start = last if tokens[last].text in ("(", "[") else last + 1  # the bracket may end the book's run
    role = text[tokens[role_start].start : tokens[role_end].end].rstrip(" :,.")
    if not begins_with_editor_role(role) or editor_role_end(role) != len(role):
        return labels
    return _relabelled(labels, first, role_end, "editor")


def _editors_role_read_with_the_authors(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Lessenich, N., ed., 1987. Book', 'Smith, J. and Brown, K., eds., 2001.' (Harvard's edited books):
    the names before a role with no brackets, all read as authors ('ed' one of them), are the
    editors'. The role abbreviated with its stop, or spelled out: 'Smith, Ed,' is a man called Ed."""
    first = _run_end(labels, 0) + 1 if labels and labels[0] == "number" else 0  # '1.Lessenich N, editor:'
    if first >= len(labels) or labels[first] != "author":
        return labels
    last = _run_end(labels, first)
    if "editor" in labels:
        return _list_read_apart_from_its_role(tokens, labels, first, last)
    role = last - 1 if tokens[last].text in ",:" else last
    dotted = tokens[role].text == "."
    role -= dotted
    if role < first + 2 or tokens[role - 1].text not in ",." or not _ROLE_WORD.fullmatch(word := tokens[role].text):
        return labels  # after a comma, or an initial's stop: 'Lessenich, N. ed:'
    if word.isupper() or not (dotted or word.casefold() in ("eds", "editor", "editors") or tokens[last].text == ":"):
        return labels
    return _relabelled(labels, first, last, "editor")


# What separates the names of one list: 'Longo DL, Loscalzo J, editors', 'Kaiser, G./Jehle, J.M. (Hrsg.)'.
_NAME_SEPARATORS = frozenset([",", ";", "/", "&", "and", "und"])


def _list_read_apart_from_its_role(tokens: list[Token], labels: list[str], first: int, last: int) -> list[str]:
    """'Jameson JL, Fauci AS, Kasper DL, Hauser SL, Longo DL, Loscalzo J, editors. Harrison's principles …'
    (NLM's edited book): the list's last name read with its role as the editor, the names before it as the
    authors. One list ending in its role names editors only; a part's own editors come after its title or 'In'."""
    after = last + 1
    if after >= len(labels) or labels[after] != "editor" or tokens[last].text not in _NAME_SEPARATORS:
        return labels
    if tokens[after].text.casefold() in ("in", "edited", "hg", "hrsg", "ed", "eds"):
        return labels  # 'Smith J, In: Jones K, editors', or the role itself after the names: read elsewhere
    end = _run_end(labels, after)
    role = end - (tokens[end].text in ".,:")
    if role <= after or not _ROLE_WORD.fullmatch(tokens[role].text) or tokens[role - 1].text not in ",(":
        return labels
    return _relabelled(labels, first, end, "editor")


def _place_ending_the_journals_name(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Proc Natl Acad Sci USA 1986; 375': a place right after a journal's last word, with no stop or comma
    between and its year or volume next, ends the journal's name (an article has no place of its own).
    Not 'Current Science. Bangalore 101', whose city follows the name's full stop."""
    if "location" not in labels or "container" not in labels or "publisher" in labels:
        return labels
    start = labels.index("location")
    end = _run_end(labels, start)
    if start == 0 or labels[start - 1] != "container" or end - start > 1 or end + 1 >= len(labels):
        return labels
    if not tokens[start - 1].text[-1:].isalnum() or labels[end + 1] not in ("date", "volume"):
        return labels
    return _relabelled(labels, start, end, "container")


def _in_colon_read_into_the_title(tokens: list[Token], labels: list[str]) -> list[str]:
    """'… Vanishing Housewife in: Kaufmann, Franz; … (eds.)', '… dänische Reformkonzepte in: WIP
    Occasional Paper 4': 'in:' with no full stop before it, read as the title's (and the first editor's
    name with it) or as the book's (and the title's last word with it). No title in the training data
    holds 'in:'; it opens what the part is in."""
    if "title" not in labels:
        return labels
    first_title = labels.index("title")
    for index in range(first_title + 1, len(tokens) - 2):
        word = tokens[index]
        if tokens[index + 1].text != ":" or tokens[index + 1].start != word.end:
            continue
        if (
            labels[index] == labels[index + 1] == "location"
            and labels[index + 2] in ("editor", "container")
            and _ONLY_IN.fullmatch(word.text)
        ):
            return _relabelled(labels, index, index + 1, labels[index + 2])  # Spanish 'En:', read as a place
        if word.text not in ("in", "In", "IN"):
            continue
        if labels[index] == "title" and labels[index + 1] == "title":
            end = _run_end(labels, index)
            if end + 1 < len(labels) and labels[end + 1] in ("editor", "container"):
                return _relabelled(labels, index, end, labels[end + 1])
            if end + 1 < len(labels) and labels[end + 1] in ("location", "date") and "container" not in labels:
                # 'Angelo Contarmi, in: Dizionario Biografico degli Italiani, Roma 1960': the book, up to its imprint
                return _relabelled(labels, index, end, "container")
        elif labels[index] == "container" and labels[index - 1] == "container":
            start = index - 1
            while start > first_title and labels[start - 1] == "container":
                start -= 1
            if labels[start - 1] == "title":
                return _relabelled(labels, start, index - 1, "title")
        return labels
    return labels


def _names_inside_the_title(tokens: list[Token], labels: list[str]) -> list[str]:
    """'…, chiefly Mt. Murud and Mt. Dulit. The Sarawak Museum Journal 3', '… formed by Mr. E. Ernest
    Green. The Journal of the Linnean Society': names in a title, read as a second run of authors between
    the title and the journal. With the authors read before the title, a run of them that the title
    runs into and the journal follows is the title's; so is a run of names and a year that the title
    goes on after, the reference's own year coming later ('… da mandioca - Erinnyis ello L. 1758, para o
    controle … Revista Trópica …, 2010.': a species' author and year)."""
    if "author" not in labels or "title" not in labels or "container" not in labels:
        return labels
    first_title = labels.index("title")
    if labels.index("author") > first_title:
        return labels
    index = first_title
    while index < len(labels):
        end = _run_end(labels, index)
        if labels[index] == "author" and labels[index - 1] == "title" and end + 1 < len(labels):
            if labels[end + 1] == "container" and tokens[end].text == ".":
                return _relabelled(labels, index, end, "title")
            if labels[end + 1] == "date" and (dated := _run_end(labels, end + 1)) + 1 < len(labels):
                if labels[dated + 1] == "title" and "date" in labels[dated + 1 :]:
                    return _relabelled(labels, index, dated, "title")
        index = end + 1
    return labels


def _year_inside_the_title_read_as_the_date(tokens: list[Token], labels: list[str]) -> list[str]:
    """'… lessons from the coronavirus disease 2019 (covid-19) outbreak in china: …. JAMA 2020.': a year inside the
    title, the title going on after it, read as the date while the work's own date follows the title: the year is
    the title's (the record was dated 2019 and its title cut there). So is one that opens the proceedings' name after
    'In:' ('… videos. In: 2018 25th IEEE international conference on image processing (ICIP). IEEE; 2018. p. 3573-7.',
    which lost its proceedings)."""
    first = labels.index("date")
    last = _run_end(labels, first)
    field = labels[first - 1] if first else ""
    if field not in ("title", "container") or last + 1 >= len(labels) or labels[last + 1] != field:
        return labels
    opens_the_proceedings = field == "container" and first >= 2 and tokens[first - 1].text == ":"
    if not (tokens[first - 1].text[-1].isalnum() or tokens[first - 1].text == "," or opens_the_proceedings):
        return labels  # after a full stop or ending in one: a date between sentences, not inside one
    if tokens[last].text == ".":
        return labels
    if not _YEAR.fullmatch(tokens[first].text) or any(token.text.isalpha() for token in tokens[first + 1 : last + 1]):
        return labels  # a year and its marks alone, not a month or a season; no '(2010):' after a body's name
    if "date" not in labels[_run_end(labels, last + 1) + 1 :]:
        return labels
    return _relabelled(labels, first, last, field)


def _original_year_in_the_title(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Problemas da poética de Dostoiévski [1963]. Tradução … 2008.': the year a work first came out,
    in square brackets after its title, read as the date while the edition's year follows. It is
    printed as part of the title (and kept there), not the date."""
    if "title" not in labels or labels.count("date") < 2:
        return labels
    for index in range(1, len(tokens) - 2):
        if tokens[index].text != "[" or labels[index - 1] != "title" or labels[index] not in ("title", "date"):
            continue
        closing = index + 1
        while closing < len(tokens) and (tokens[closing].text.isdigit() or tokens[closing].text in "-–/"):
            closing += 1
        if (
            closing == index + 1
            or closing >= len(tokens)
            or tokens[closing].text != "]"
            or not all(labels[k] == "date" for k in range(index + 1, closing))
            or "date" not in labels[closing + 1 :]
        ):
            continue
        while closing + 1 < len(tokens) and labels[closing + 1] == "date" and not tokens[closing + 1].text.isalnum():
            closing += 1  # the full stop after it, read with the date
        return _relabelled(labels, index, closing, "title")
    return labels


def _names_between_names(labels: list[str]) -> list[str]:
    """'Galloux, Jean-' + 'Christophe/Arne Thing Mortensen/…/Agnes' (as a title) + 'Allansdottir/…/George
    Sakellaris' + '(2002). The Institutions of Bioethics': words the labeller read as a title between two
    runs of names, before the date and with the title after it, are names too."""
    if "date" not in labels:
        return labels
    dated = labels.index("date")
    if labels[0] != "author" or labels[dated - 1] != "author" or "title" not in labels[:dated]:
        return labels  # names, a title, names: the runs below begin and end with names
    runs: list[tuple[str, int, int]] = []  # (label, first, last) of each run before the date
    for index, label in enumerate(labels[:dated]):
        if runs and runs[-1][0] == label:
            runs[-1] = (label, runs[-1][1], index)
        else:
            runs.append((label, index, index))
    if [label for label, _, _ in runs] != ["author", "title", "author"] or "title" not in labels[dated:]:
        return labels
    after = labels[_run_end(labels, dated) + 1 :]
    if "title" in after and "date" in after[after.index("title") :]:
        return labels  # the reference's year comes later: the names and year are the title's (_names_inside_the_title)
    _, first, last = runs[1]
    return _relabelled(labels, first, last, "author")


def _journal_inside_the_title(labels: list[str]) -> list[str]:
    """'Exporting or Abandoning the “German Model”? [Labour Policies of German Manufacturing] Firms in
    Central Europe. European Journal of …': words the labeller read as a journal between two runs of
    the title, with the journal after them, are the title's."""
    if "container" not in labels or "title" not in labels:
        return labels
    first, last = _first_run(labels, "container")
    if not first or labels[first - 1] != "title" or last + 1 >= len(labels) or labels[last + 1] != "title":
        return labels
    if "container" not in labels[_run_end(labels, last + 1) + 1 :]:
        return labels
    return _relabelled(labels, first, last, "title")


_PERSON_MARKS = frozenset({",", "/", "&", ";", "and", "und", "u", "et", "al", "(", "ed", "eds", "hrsg", "hg"})
_SEASONS = "frühjahr|frühling|sommer|herbst|winter|spring|summer|autumn|fall"
_SEASON_WORDS = frozenset(_SEASONS.split("|"))


def _journal_read_as_editors(tokens: list[Token], labels: list[str]) -> list[str]:
    """'In: Sierra, January/February: 46-54', 'in: Forschungsjournal NSB, Jg. 16, Heft 2': a journal's
    name after 'In', read as the editors of a book. Only a name with nothing of a person's about it
    (no second name, no initials, no role) followed by a volume, an issue or a month: a year or pages
    after one name are a short citation of a book ('in: Luhmann (1997), S. 12')."""
    if "editor" not in labels or "container" in labels:
        return labels
    first, last = _first_run(labels, "editor")
    if tokens[first].text.lower() != "in" or last + 1 >= len(labels):
        return labels
    name = [token.text for token in tokens[first + 1 : last + 1] if token.text not in ":,."]
    if not name or any(word.lower() in _PERSON_MARKS or (len(word) == 1 and word.isupper()) for word in name):
        return labels
    following, word = labels[last + 1], tokens[last + 1].text.lower()
    if following not in ("volume", "issue") and not (
        following in ("date", "location") and (word in MONTHS or word in _SEASON_WORDS)
    ):
        return labels
    return _relabelled(labels, first, last, "container")


def _book_read_as_place_and_publisher(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'In Christopher Lawrence & Anna-K. Mayer (Eds.), Regenerating England: Science, medicine and
    culture in inter-war Britain (pp. 45-65). Amsterdam: Rodopi.': the book after its editors' role,
    read as a place and a publisher ('England:'), with the real place later. Only where no book was
    read, the editors' names end in their role, and another place follows."""
    if "container" in labels or "editor" not in labels or "location" not in labels:
        return labels
    first = labels.index("location")
    if first == 0 or labels[first - 1] != "editor":
        return labels
    editors_start = labels.index("editor")
    role_end = editor_role_end(text[tokens[editors_start].start : tokens[first - 1].end])
    if role_end is None or text[tokens[editors_start].start + role_end : tokens[first - 1].end].strip(_EDGE):
        return labels
    last = first
    while last + 1 < len(labels) and labels[last + 1] in ("location", "publisher"):
        last += 1
    if "location" not in labels[last + 1 :] or labels[last] != "publisher":
        return labels
    return _relabelled(labels, first, last, "container")


def _book_after_the_editors_role(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'In: MINAYO, M. C. S. (Org.). Pesquisa social: teoria, método e criatividade. 21. ed.
    Petrópolis': the book right after its editors' role, read as nothing, with no book read."""
    if "container" in labels or "editor" not in labels:
        return labels
    first, last = _first_run(labels, "editor")
    if last + 1 >= len(labels) or labels[last + 1] != "other":
        return labels
    names = text[tokens[first].start : tokens[last].end]
    if (role_end := editor_role_end(names)) is None or names[role_end:].strip(_EDGE):
        return labels
    end = last + 1  # up to the full stop that ends the book's title ('criatividade.'; then '21. ed.')
    while end < len(labels) and labels[end] == "other":
        end += 1
        if tokens[end - 1].text == "." and end - 2 > last and len(tokens[end - 2].text) > 2:
            break
    return _relabelled(labels, last + 1, end - 1, "container")


def _editors_up_front(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'Tych, Feliks, Alfons Kenkmann und Andreas Eberhardt (Hg.) (2008): …': an edited book's
    names, of which the labeller read only the last, with the role, as editors and the others as
    authors or a title. Every name before the role is an editor's. Only where the stretch before
    holds nothing but names: capitalised words, initials and the words that join names."""
    if not labels or labels[0] != "author":
        return labels
    if "editor" in labels:
        first, last = _first_run(labels, "editor")
        if tokens[first].text.casefold() == "in":
            return labels  # 'SMITH, G. Tricks and Animation. In: NOWELL-SMITH, G. (ed.)': the book's
    elif editor_role_end(text) is None:
        return labels
    else:
        # The role read as nothing: 'Erll, Astrid und Ansgar Nünning (Hg) (2005): …'.
        dated = next((token.start for token, label in zip(tokens, labels, strict=True) if label == "date"), None)
        role_end = editor_role_end(text[:dated]) if dated is not None else None
        last = _token_ending_at(tokens, role_end)
        if last is None:
            return labels
        first = next((k for k in range(last, -1, -1) if tokens[k].text in "(["), last)
        if any(label not in ("other", "title") for label in labels[first : last + 1]):
            return labels
    # The role's opening bracket may end the stretch before: 'Andrea Hammel (' + 'Hg.)'.
    names_end = first - 1 if first > 0 and tokens[first - 1].text in "([" else first
    if editor_role_end(text[tokens[names_end].start : tokens[last].end]) is None:
        return labels
    after = next((label for label in labels[last + 1 :] if label != "other"), None)
    if after not in ("date", "title"):
        return labels
    for token, label in zip(tokens[:names_end], labels[:names_end], strict=True):
        if label not in ("author", "title", "other"):
            return labels
        word = token.text
        if label != "author" and word.casefold() not in _NAME_JOINERS and not word[:1].isupper():
            return labels
        if word.casefold() == "in":
            return labels
    return _relabelled(labels, 0, last, "editor")


# 'Goffman, Erving: Behavior in public places': the given name and the colon that ends the names.
# 'Fuchs-Heinritz, Werner u.a.: Lexikon …', 'Glasersfeld, Ernst von (§¨¨©) Radikaler …' (a year in a
# symbol font) too.
_GIVEN = rf"{NAME_WORD}(?:[ -]{NAME_WORD})?(?:\s[A-Z]\.)*(?:\s(?:{'|'.join(PARTICLES)}))?"
# A given name, then more people in full ('Srikant & Slembrouk, Stefaan'), before the colon.
_GIVEN_BEFORE_COLON = lazy_compile(
    rf"(?P<name>{_GIVEN}(?:\s?(?:&|/|und|and)\s?{NAME_WORD}(?:[ -]{NAME_WORD})?,\s{_GIVEN}){{0,3}}"
    r"(?:\s(?:u\.\s?a\.|et al\.))?)\s*(?::|\([^()\w]{0,6}\))\s"
)


def _given_name_before_colon(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'Name, Vorname: Titel' where the labeller stopped the names at the comma (or at a joiner) and
    began the title with the given name (or the next name): it goes back to the names."""
    author, title = spans.get("author"), spans.get("title")
    if author is None or title is None or title[0] < author[1] or text[author[1] : title[0]].strip(" ,"):
        return
    names_text = text[author[0] : title[0]].rstrip()
    # After a joiner the next person's name goes on: 'Hommel, Hofmann &' + 'Henz: The TU-Berlin …'.
    joined = names_text.endswith(("&", "/", " and", " und", " u."))
    if not (names_text.endswith(",") or joined) or (match := _GIVEN_BEFORE_COLON.match(text, title[0])) is None:
        return
    if match.end() >= title[1] or not (names := split_authors(names_text)[0]) or (names[-1].given and not joined):
        return
    spans["author"] = (author[0], match.end("name"), author[2])
    spans["title"] = (match.end(), title[1], title[2])


def _given_first_name_before_colon(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'Klaus von Klitzing, G. Dorda, M. Pepper: New Method …', '…, Adina Luican, Eva Y. Andrei: Fractional …' (as
    nLab and many reading lists print them): names given name first, the last one's colon before the title. The
    labeller ended the names inside the last one, at its initials, and began the title with its family name
    ('Pepper: New Method …'); the family name and its colon go back to the names."""
    author, title = spans.get("author"), spans.get("title")
    if author is None or title is None or title[0] < author[1] or text[author[1] : title[0]].strip():
        return
    found = _FAMILY_BEFORE_COLON.match(text, title[0])
    if found is None or found.end() >= title[1]:
        return
    names_text = text[author[0] : author[1]].rstrip()
    *names, last = [chunk.strip() for chunk in names_text.split(",")]
    if not names or not all(map(_GIVEN_FIRST_NAME.fullmatch, names)) or not _GIVEN_WITHOUT_FAMILY.fullmatch(last):
        return  # each name given name first between commas, the last one's family name missing: not 'Smith, J.'
    spans["author"] = (author[0], found.end("name"), author[2])
    spans["title"] = (found.end(), title[1], title[2])


# 'M.', 'Eva Y.': a given name or initials, its family name not yet read.
_GIVEN_WITHOUT_FAMILY = lazy_compile(rf"(?:{NAME_WORD}\s)?(?:[A-ZÀ-Þ]\.\s?-?){{1,3}}")
# 'Joseph E. Avron', 'G. Dorda', 'Klaus von Klitzing', 'Xu Du', 'C.-C Chang': given names or initials, then the
# family name.
_INITIAL = r"[A-ZÀ-Þ]\.(?:-[A-ZÀ-Þ]\.?)?"
_GIVEN_FIRST_NAME = lazy_compile(
    rf"(?:{NAME_WORD}|{_INITIAL})(?:[ -](?:{NAME_WORD}|{_INITIAL}|{'|'.join(PARTICLES)})){{0,3}}\s{NAME_WORD}"
)
_FAMILY_BEFORE_COLON = lazy_compile(rf"(?P<name>{NAME_WORD}(?:[ -]{NAME_WORD})?)\s?:\s")


def _colon_inside_names(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'Fox Keller, Evelyn: Liebe, Macht und Erkenntnis.' where the labeller ran the names on over
    the colon into the title ('Liebe', 'Macht' as more people): a colon after a whole name, family
    and given, ends the names, and what the names took after it begins the title."""
    author, title = spans.get("author"), spans.get("title")
    if author is None or title is None or title[0] < author[1] or text[author[1] : title[0]].strip(" ,.:"):
        return
    colon = text.find(": ", author[0], author[1])
    if colon < 0 or "," not in (names_text := text[author[0] : colon]):
        return
    if not (names := split_authors(names_text)[0]) or not names[-1].given:
        return
    start = colon + 1
    while start < author[1] and text[start] == " ":
        start += 1
    spans["author"] = (author[0], colon, author[2])
    spans["title"] = (start, title[1], title[2])


# The rest of a date the labeller began the title with: '2003/04: Softwareagenten', '(1976/1936), Über
# den Prozeß', '(2007, forthcoming) Future Matters', '( / Orig. ) Risikogesellschaft'.
_SLASHED_YEAR_BEFORE = lazy_compile(r"(?:1[5-9]|20)\d\d\s?[/–-]\s?$")
_REST_OF_YEAR = lazy_compile(r"\d{1,4}\)?\s*[:.,]?\s+")
_REST_OF_BRACKET = lazy_compile(r"[^()]{0,16}?\)\s*[:.,]?\s+")
_YEARS_OPENING_TITLE = lazy_compile(r"(?P<years>(?:1[5-9]|20)\d\d\s?[/–-]\s?\d{2,4})\s*[:.]\s+")


def _date_out_of_title(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """A title that begins with the rest of the date before it ('2003/04', '(2007, forthcoming)'),
    inside a bracket opened before it, or with a range of years where no date was read
    ('Muthén, B. O. 1998–2004: Mplus …'): the title begins after it."""
    if "title" not in spans:
        return
    start, end, share = spans["title"]
    before = text[:start]
    if _SLASHED_YEAR_BEFORE.search(before) and (rest := _REST_OF_YEAR.match(text, start, end)):
        cut = rest.end()
    elif before.count("(") > before.count(")") and (rest := _REST_OF_BRACKET.match(text, start, end)):
        cut = rest.end()
    elif "date" not in spans and (years := _YEARS_OPENING_TITLE.match(text, start, end)):
        spans["date"] = (start, years.end("years"), share)
        cut = years.end()
    else:
        return
    if cut < end:
        spans["title"] = (cut, end, share)


# A name before a book's title: 'Samuel Gee, ' or 'Luhmann, Niklas: '.
_NAME_BEFORE_BOOK = lazy_compile(
    r"(?:[A-Z][\w.'’-]*\s+){1,3}(?P<family>[^\W\d_][\w'’-]*),\s+"
    r"|(?P<inverted>[^\W\d_][\w'’-]*),\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s*[:,]\s+"
)


# GOST 7.1's '//' before the journal or book a part appeared in: 'Back to Baltoscandia? … North //
# Geopolitics. 2003. 8 (1):72—100.', '… // Ambivalent neighbors … / ed. A. Lieven. Washington, 2001.'
_GOST_IN = lazy_compile(r"(?<!:)\s//\s+(?![a-z])")  # not a link a PDF spaced out: 'http : // reference.wolfram.com'

# The source ends at its year, a part's '/ ed.', a dash, a bracket, or its numbers: '// African
# Invertebrates. Vol.52. P.557–570.', '// Вопросы истории. № 5. С. 12–20.'
_GOST_SOURCE_END = lazy_compile(
    r"\.\s+(?:[–—-]\s+)?(?:1[5-9]\d\d|20\d\d)\b|\s/\s|\.\s+[–—]\s|\s\[|$"
    r"|\.\s*(?:(?:Vol|No|Iss|P|pp|Т|Вып|С)\.\s*|№\s*)\d"
)


def _gost_source(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """The title ends at GOST's '//', and the journal or book begins after it."""
    title = spans.get("title")
    marker = _GOST_IN.search(text, title[0]) if title and "//" in text else None
    if title is None or marker is None:
        return
    end = _GOST_SOURCE_END.search(text, marker.end())
    spans["title"] = (title[0], marker.start(), title[2])
    found = spans.get("container")
    if found and found[0] >= marker.end() and sum(ch.isalpha() for ch in text[found[0] : found[1]]) >= 2:
        return  # the labeller found the source after '//' itself ('// Faini R and Portes R (eds) Book')
    if end is not None and end.start() > marker.end():
        share = spans["container"][2] if "container" in spans else title[2]
        spans["container"] = (marker.end(), end.start(), share)


# GOST 7.1's statement of who edited the book, after ' / ': '/ под ред. А. Е. Шаститко.', '/ ed. A. Lieven and
# D. Trenin.'; the names end at the first full stop after a word of two letters or more.
_GOST_EDITED_BY = lazy_compile(
    r"\s/\s+(?:под\s+(?:общ\.\s+|науч\.\s+)?ред\.|ed\.(?:\s+by)?|eds\.|edited\s+by)\s*", re.I
)
_GOST_NAMES_END = lazy_compile(r"(?<=[^\W\d_]{2})\.(?:\s|$)")
# The imprint after them: 'М., 2002', 'М.: Наука, 2005', 'Washington D. C.: Carnegie Endowment …, 2003'.
_GOST_IMPRINT = lazy_compile(
    r"\s*(?:[–—-]\s+)?(?P<place>[^\W\d_][^:,;]*?)\s*(?::\s*(?P<publisher>[^,;]+?))?\s*,\s*(?:1[5-9]|20)\d\d\b"
)


def _gost_editors(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """GOST 7.1 names a book's editors after a slash, before its imprint: 'Механизмы купли и продажи бизнеса /
    под ред. А. Е. Шаститко. М., 2002.', '… // Сборник статей / под ред. П. П. Петрова. М.: Наука, 2005.'. The
    labeller, with few such references to learn from, read the slash and its names into the title or the
    book; they are the editors, and what follows them the place and publisher."""
    if "title" not in spans or " / " not in text or "editor" in spans:
        return
    if (role := _GOST_EDITED_BY.search(text, spans["title"][0])) is None:
        return
    if (names_end := _GOST_NAMES_END.search(text, role.end())) is None or names_end.start() == role.end():
        return
    share = spans["title"][2]
    for label in [label for label in spans if label != "title"]:
        if role.start() <= spans[label][0] < names_end.end():
            del spans[label]  # the names, read as a book or as nothing
    for label in ("title", "container"):
        if label in spans and spans[label][0] < role.start() < spans[label][1]:
            spans[label] = (spans[label][0], role.start(), spans[label][2])
    spans["editor"] = (role.end(), names_end.start(), share)
    if "container" not in spans and (source := _GOST_IN.search(text, spans["title"][0], role.start())) is not None:
        spans["container"] = (source.end(), role.start(), share)  # '// Сборник статей / под ред. …'
        spans["title"] = (spans["title"][0], min(spans["title"][1], source.start()), spans["title"][2])
    if (imprint := _GOST_IMPRINT.match(text, names_end.end())) is not None and "location" not in spans:
        spans["location"] = (imprint.start("place"), imprint.end("place"), share)
        if imprint["publisher"] and "publisher" not in spans:
            spans["publisher"] = (imprint.start("publisher"), imprint.end("publisher"), share)


_YEAR_BESIDE_BOOK = lazy_compile(r"^\(?(?:1[5-9]|20)\d\d[a-z]?\)?\s*[,.:]\s+|[.,]\s*(?:1[5-9]|20)\d\d[a-z]?$")


def _without_own_author(book: str, authors: list[Author]) -> str:
    """'In Samuel Gee, Medical lectures and aphorisms', 'In: Luhmann, Niklas: Soziologische
    Aufklärung': the book of the reference's own author, named again before its title."""
    if not authors or (own := _NAME_BEFORE_BOOK.match(book)) is None or own.end() >= len(book):
        return book
    return book[own.end() :] if (own["family"] or own["inverted"]) == authors[0].family else book


# Words of a publisher's name: 'Visage Press', 'Campus Verlag', 'Editorial Estampa', 'Brill Academic'.
_PUBLISHER_WORDS = lazy_compile(
    r"\b(?:press|verlag\w*|verl|publish\w*|books|editor[ae]|éditions?|edições|editorial|university|universität"
    r"|universitaire|academic|inc|ltd|gmbh|co|sons|routledge|springer|wiley|elsevier|sage|campus|suhrkamp)\b",
    re.IGNORECASE,
)


def _book_after_editors(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'S. 72-90 in: Viano, E. C. (Hrsg.), Victims & Society. Washington D.C.: Visage Press.': right
    after a chapter's editors comes its book, which the labeller read as the publisher."""
    if "container" in spans or "editor" not in spans or "title" not in spans or "publisher" not in spans:
        return
    editor, (start, end, _) = spans["editor"], spans["publisher"]
    if editor[0] < spans["title"][1] or start < editor[1] or text[editor[1] : start].strip(_EDGE):
        return
    if editor_role_end(text[editor[0] : editor[1]]) is None:  # 'in: Backgrounder No. 2352,': no editors
        return
    if _PUBLISHER_WORDS.search(text[start:end]) or is_place(text[start:end].strip(_EDGE)):
        return
    spans["container"] = spans.pop("publisher")


def _book_out_of_editors(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'In M. Silva (Org.), Sociologia brasileira', 'in: D. Wegner (Hg.): Gesprächsanalysen,
    Hamburg': the book (and its place) ran into the editors; it begins after their role. Half as
    sure as the editors: the labeller did not read it as a book. Where it read the rest of the book,
    the book's first words go back to it: '(eds) Women' + 'in Turkish Society'."""
    if "editor" not in spans:
        return
    start, end, share = spans["editor"]
    book_after = spans.get("container")
    if book_after is not None and (book_after[0] < end or text[end : book_after[0]].strip(_EDGE)):
        return
    role_end = editor_role_end(text[start:end])
    if role_end is None and (role := _ROLE_AFTER_NAMES.search(text, start, end)) is not None:
        role_end = role.end() - start  # Vancouver's 'Mandell GL, Bennett JE, editores. Mandell, Douglas …'
    if role_end is None:
        return
    book = start + role_end + len(text[start + role_end : end]) - len(text[start + role_end : end].lstrip(_EDGE))
    if book < end and any(character.isalpha() for character in text[book:end]):
        spans["editor"] = (start, start + role_end, share)
        if book_after is not None:
            spans["container"] = (book, book_after[1], book_after[2])
        else:
            spans["container"] = (book, end, share / 2)


# The Journal of Neuroscience's 'In: Freshwater ecology (Brown A, Green B, eds), pp 27–45': the book, then
# its editors and their role in brackets. What comes before the book's first letter is taken whole (possessive):
# tried every way over a long run of marks with no letter, the match took time that grew with its cube.
_BOOK_THEN_BRACKETED_EDITORS = lazy_compile(
    rf"\W*+(?:in:?\s+)?(?P<book>(?:[^()\w]|[\d_])*+[^\W\d_][^()]*?)\s*\((?P<names>[^()]+?),\s*(?:{EDITOR_ROLES})\.?\)\W*$",
    re.IGNORECASE,
)


def _book_before_its_bracketed_editors(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'In: Freshwater ecology (Brown A, Green B, eds), pp 27–45' read as editors whole: the words before
    the bracket are the book, the names in it the editors. Half as sure: the labeller read no book."""
    if "editor" not in spans or "container" in spans:
        return
    start, end, share = spans["editor"]
    found = _BOOK_THEN_BRACKETED_EDITORS.match(text, start, end)
    if found is None or not _names_in(found["names"]):
        return
    spans["container"] = (found.start("book"), found.end("book"), share / 2)
    spans["editor"] = (found.start("names"), found.end("names"), share)


# Vancouver's role after the names, with no brackets: 'In: Cash TF, Smolak L, editors. Body image …'.
_ROLE_AFTER_NAMES = lazy_compile(
    rf",\s*(?:editors?|eds|{_ROMANCE_EDITOR_ROLES})\.(?=\s)",
    re.IGNORECASE,
)
_ROLE_BEFORE_BOOK = lazy_compile(rf"[^()]{{0,40}}?\(?\s*(?:{EDITOR_ROLES})\.?\s*\)[.,:]?\s*", re.I)


_JOINER_BEFORE = lazy_compile(r"(?:[,;/&]|\b(?:und|and))\s*$")
_NAMES_BEFORE_BOOK = lazy_compile(r"\s*(?P<joiner>[,;/&]|(?:und|and)\b)?\s*(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s*){1,3}:\s*")


def _names_out_of_book(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """The labeller began the book with the last editor's name: 'In: Mikos, Lothar/ Wegener,
    Claudia (HgInnen) Qualitative Medienforschung' (with the role), 'In: Freud, Anna;
    Gubrich-Simitis, Ilse: Werkausgabe' (a name list cut after a joiner, then a colon). Those
    words belong to the editors."""
    if "editor" not in spans or "container" not in spans or spans["editor"][1] > spans["container"][0]:
        return
    start, end, share = spans["container"]
    moved = _ROLE_BEFORE_BOOK.match(text, start, end)
    if moved is None and (names := _NAMES_BEFORE_BOOK.match(text, start, end)) is not None:
        cut_after_joiner = _JOINER_BEFORE.search(text, spans["editor"][0], spans["editor"][1])
        if (names["joiner"] or cut_after_joiner) and editor_role_end(text[spans["editor"][0] : start]) is None:
            moved = names
    if moved is not None and moved.end() < end:
        spans["editor"] = (spans["editor"][0], moved.end(), spans["editor"][2])
        spans["container"] = (moved.end(), end, share)


# A place's parts, or the words before it: split at commas and at a full stop after a word.
_PLACE_SEGMENT = lazy_compile(r"(?:[^,.]|(?<![^\W\d_]{2})\.|\.(?!\s))+\.?")
# DIN 1505 puts '. – ' before the place: 'Junges Erwachsenenalter. – Baltmannsweiler.' (a place
# too small for the list of names), a comma after it before the pages.
_DIN_PLACE = lazy_compile(r"\.\s+–\s+(?P<place>[A-ZÄÖÜ][\w-]+(?:[ /][A-ZÄÖÜ][\w.-]*){0,2})[.,\s]*$")
# What stands between a title and its place: ', ', ' – ' (DIN 1505), or a full stop after a word.
# The full stop's case begins with its first space, the stop looked back at from after it: a pattern that
# begins by looking back is entered at every character.
_BEFORE_PLACE = lazy_compile(r",\s+|\s+–\s+|\s(?:(?<=[^\W\d_]{2}\.\s)|(?<=[^\W\d_]['’”«»]\.\s))\s*(?=[^\W\d_])")


def _second_place(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'Tübingen/Basel', 'Freiburg/' + 'Br.': a place after a slash, read as the publisher, is the place's
    second half."""
    if "location" not in spans or "publisher" not in spans:
        return
    place, publisher = spans["location"], spans["publisher"]
    if (
        publisher[0] >= place[1]
        and not text[place[1] : publisher[0]].strip()
        and (text[publisher[0]] == "/" or text[place[0] : place[1]].rstrip().endswith("/"))
    ):
        spans["location"] = (place[0], publisher[1], place[2])
        del spans["publisher"]


# Citing Medicine's (NLM's) imprint after a medium's designator: 'Title [Internet]. Bethesda (MD): National Library
# of Medicine (US); 2020 [cited …]'; a place or publisher the source does not print is given in brackets
# ('[Washington]: Organização Pan-Americana da Saúde; 2020', '[Edinburgh]: [Rambaut A]; c2007').
_NLM_IMPRINT = lazy_compile(
    r"\[(?i:internet|[^\[\]]{0,30}\bon the internet|cd-rom|dvd)\]\s*\.?\s*"
    # The place may be left out: 'In: Medical Image Computing … MICCAI 2005 [Internet]. Springer; 2005 [cited …]'.
    r"(?:(?P<place>\[[^\[\]\d]{2,60}\]|[A-ZÀ-Þ][^.:;\[\]\d]{1,60}?)\s*:\s*)?"
    r"(?P<publisher>\[[^\[\]]{2,120}\]|[^;:\[\]\s][^;:\[\]]{1,160}?)\s*;\s*(?:c|©)?\s*(?:1[5-9]|20)\d\d(?!\d)"
)


def _nlm_imprint_read_as_nothing(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """The place and publisher of Citing Medicine's imprint, which the labeller, having seen few web documents
    cited so, reads as nothing, are the record's: only where it read them as nothing or left them unlabelled. A
    publisher with no place after a title's '[Internet].' read as a journal is one too ('A Guide to NumPy
    [Internet]. Trelgol Publishing; 2006.', an article in 'Trelgol Publishing'), where no journal's volume, issue or
    pages were read; a journal prints '[Internet]' after its own name ('Frontiers in Immunology [Internet]. 2020 …')."""
    if ("location" in spans and "publisher" in spans) or "]" not in text:
        return
    if (imprint := _NLM_IMPRINT.search(text)) is None:
        return
    for label, group in (("location", "place"), ("publisher", "publisher")):
        if imprint[group] is None:
            continue
        start, end = imprint.span(group)
        over = [name for name, span in spans.items() if span[0] < end and start < span[1]]
        if label == "publisher" and _imprint_read_as_a_journal(imprint, spans, over):
            spans[label] = spans.pop("container")
            continue
        if label in spans or any(name != "other" for name in over):
            continue
        if text[start] == "[":  # '[Washington]': the bracket says the source did not print it
            start, end = start + 1, end - 1
        share = min((spans[name][2] for name in over), default=0.5)
        spans[label] = (start, end, share)


def _imprint_read_as_a_journal(
    imprint: re.Match[str], spans: dict[str, tuple[int, int, float]], over: list[str]
) -> bool:
    """Whether the labeller read the imprint's publisher, with no place before it, as the journal right after the
    title: the journal begins with the publisher, and no volume, issue or pages were read."""
    return (
        imprint["place"] is None
        and "container" in over
        and "publisher" not in spans
        and "title" in spans
        and spans["title"][1] <= spans["container"][0] == imprint.start("publisher")
        and not any(label in spans for label in ("volume", "issue", "pages"))
    )


# Citing Medicine's proceedings: the meeting's name, its dates and its place, each after a semicolon, then the book's
# imprint: 'Proceedings of the 5th Germ Cell Tumour Conference; 2001 Sep 13-15; Leeds, UK. New York: Springer; 2002.'
_NLM_MEETING = lazy_compile(
    r";\s*(?P<when>(?:1[5-9]|20)\d\d\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2}(?:\s*[-–]\s*(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2})?)?)"
    r"\s*;\s*(?P<where>[^;.:]{2,80}?)\.\s+(?P<place>[A-ZÀ-Þ][^;.:]{1,60}?)\s*:\s*[^;:]{2,120}?;\s*"
    r"(?P<year>(?:1[5-9]|20)\d\d)(?!\d)"
)


def _nlm_meeting_read_into_the_imprint(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'…; 2002 Apr 3-5; Kinsdale, Ireland. Berlin: Springer; 2002. p. 182-91.': the labeller read the meeting's days
    as pages, its place with the book's ('Kinsdale, Ireland. Berlin'), its year as the work's, and cut the book's
    name at a year inside it ('EuroGP 2002: Proceedings of …'). The book's name runs to the meeting's dates; its
    place and year are the imprint's."""
    if ";" not in text or (meeting := _NLM_MEETING.search(text)) is None:
        return
    when_start, when_end = meeting.span("when")
    if "pages" in spans and when_start <= spans["pages"][0] < when_end:
        del spans["pages"]  # the meeting's days
    if "location" in spans and meeting.start("where") <= spans["location"][0] < meeting.start("place"):
        spans["location"] = (*meeting.span("place"), spans["location"][2])
    if "date" in spans and spans["date"][0] < meeting.end("where"):
        spans["date"] = (*meeting.span("year"), spans["date"][2])
    if "container" in spans and spans["container"][0] < meeting.start() and "editor" in spans:
        spans["container"] = (spans["container"][0], meeting.start(), spans["container"][2])


# Citing Medicine's newspaper article: its date, then the section and page, and the column: '2002 Aug 12;Sect. A:2
# (col. 4).'
_NLM_SECTION_AND_PAGE = lazy_compile(
    r";\s*Sect\.\s*(?P<section>[^\s:;()]{1,12})\s*:\s*(?P<page>[A-Z]?\d{1,4}(?:[-–][A-Z]?\d{1,4})?)(?:\s*\(col\.\s*\d{1,2}\))?"
)


def _newspapers_section_read_as_volume(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'The Washington Post. 2002 Aug 12;Sect. A:2 (col. 4).': the page after the section was read as a volume and
    the column as its issue. The page is the page; the section and the column are no volume or issue."""
    if "Sect." not in text or (printed := _NLM_SECTION_AND_PAGE.search(text)) is None:
        return
    start, end = printed.span()
    read = [spans.pop(label)[2] for label in ("volume", "issue") if label in spans and start <= spans[label][0] < end]
    if "pages" not in spans:
        spans["pages"] = (*printed.span("page"), min(read, default=0.5))


# NLM's place, its state or country in brackets after it, cut before the bracket: '[dissertation]. Mount Pleasant (' +
# 'MI):'. The place's words after the sentence before, and the bracket's code.
_PLACE_BEFORE_ITS_STATE = lazy_compile(
    r"(?:^|[.\]]\s+)(?P<place>[A-ZÀ-Þ][^\W\d_]+(?:[\s-][A-ZÀ-Þ][^\W\d_]+){0,3})\s?\($"
)
_STATE_CODE = lazy_compile(r"[A-Z]{2,3}\)")


def _place_cut_before_its_state(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'… Hispanic Americans [dissertation]. Mount Pleasant (MI): Central Michigan University; 2002.': the labeller
    read the place's name as nothing and only its state in brackets as the place. The place is both, as Citing
    Medicine prints it ('Bethesda (MD)')."""
    if "location" not in spans:
        return
    start, end, share = spans["location"]
    if (
        not _STATE_CODE.match(text, start)
        or (place := _PLACE_BEFORE_ITS_STATE.search(text, max(0, start - 60), start)) is None
    ):
        return
    if all(span[1] <= place.start("place") or span[0] >= start or name == "other" for name, span in spans.items()):
        spans["location"] = (place.start("place"), end, share)


def _place_alone(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'Einführung in die Erzähltheorie. Darmstadt.': a known place alone after a book's title, read
    as its publisher or as nothing, is the book's place."""
    if "location" in spans:
        return
    for label in ("publisher", "other"):
        if label in spans and is_place(text[spans[label][0] : spans[label][1]].strip(_EDGE)):
            if label == "publisher" or ("title" in spans and spans["other"][0] >= spans["title"][1]):
                spans["location"] = spans.pop(label)
                return


# A firm named after its partners, as APA 7 prints a publisher alone at the end: 'Holt, Rinehart and Winston', 'Little,
# Brown and Company', 'Harcourt, Brace & World', 'John Wiley & Sons'. Each name a capitalised word or two.
_PARTNERS = lazy_compile(
    r"(?:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)(?:,\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)*,?\s+(?:and|&)\s+"
    r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
)
_PARTNER_JOINS = lazy_compile(r",\s+|\s+(?:and|&)\s+")


def _partners_firm_read_as_a_place(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'Gagne, R. M. (1985). … In R. Brown … (Eds.), New directions in psychology (pp. 87–156). Holt, Rinehart and
    Winston.': a firm named after its partners, last and alone after the title or the book, read as the place (as
    'Cambridge, MA' is listed) or as nothing, is the publisher. One of its names at most may be a place's too
    ('Winston'); 'London and New York', 'Berlin, Heidelberg & New York' are places."""
    if "publisher" in spans or ("title" not in spans and "container" not in spans):
        return
    fields = [name for name in spans if name not in ("doi", "url")]
    label = max(fields, key=lambda name: spans[name][0])
    if label not in ("location", "other"):
        return
    start, end, _ = spans[label]
    read = text[start:end].strip(_EDGE)
    if (
        not read
        or start < max(spans[name][1] for name in ("title", "container") if name in spans)
        or _PARTNERS.fullmatch(read) is None
        or sum(map(is_place, _PARTNER_JOINS.split(read))) > 1
    ):
        return
    following = min((span[0] for name, span in spans.items() if span[0] >= end), default=len(text))
    if not text[end:following].strip(_EDGE):
        spans["publisher"] = spans.pop(label)


# Abbreviations a place's name is followed by that name no publisher: US states', Canadian provinces'
# and English counties' ('Cambridge, Mass.', 'Newbury Park, Calif.', 'Harmondsworth, Middx').
_REGION_ABBREVIATIONS = frozenset(
    """Ala Ariz Ark Cal Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb
    Nebr Nev Okla Ore Oreg Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo Mex Ont Que Alta Sask Man Middx Hants Oxon
    Berks Bucks Herts Lancs Yorks Glos Wilts Notts Northants Cambs""".split()
)
# What follows a book's imprint: its year, its pages or their count ('Gedisa, 200 pp.'), or nothing more.
_AFTER_IMPRINT = lazy_compile(
    r"[\s.,;:]*\(?(?:$|(?:1[5-9]|20)\d\d(?!\d)|(?:S|pp?)\.?\s*\d|\d{1,4}\s?(?:pp?|S|s|págs?)\.?(?!\w))"
)


def _publisher_after_place_comma(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'Paris, Minuit, 1984', 'London, Methuen.', 'New York, St. Martin’s.': the imprint as
    French, Spanish and older English lists print it, the publisher after the place and a comma, read
    as one place. The name after the last comma is the publisher when every name before it is a known
    place, it is none itself (nor a region's abbreviation: 'Cambridge, Mass.', nor a month) and the
    year, the pages or the end follow it ('Istanbul, Türkei, Juli 2011' is a conference's place).
    The same imprint read as one publisher ('Torino, Fondazione Giovanni Agnelli, 1993') is split alike."""
    if ("location" in spans) == ("publisher" in spans):
        return
    start, end, share = spans["location"] if "location" in spans else spans["publisher"]
    place = text[start:end].rstrip(_EDGE)
    comma = place.rfind(",")
    tail = place[comma + 1 :].strip()
    if (
        comma < 0
        or not tail[:1].isupper()
        or len(tail) < 3
        or len(tail.split()) > 4
        or not all(ch.isalpha() or ch in " &'’-." for ch in tail)  # 'St. Martin’s', 'W. W. Norton'
        or not any(len(word) >= 3 and "." not in word for word in tail.split())  # not 'D.C.', 'C. I.T.'
        or tail.lower() in MONTHS
        or tail.lower() in _SEASON_WORDS
        or tail in PLACE_CODES
        or tail in _REGION_ABBREVIATIONS
        or is_place(tail)
        or not all(is_place(name) or name.strip(_EDGE) in PLACE_CODES for name in place[:comma].split(","))
        or not _AFTER_IMPRINT.match(text, start + len(place))
        or _PROCEEDINGS.search(text)  # a conference's place: 'Prague, Czech Rep.'
    ):
        return
    tail_start = start + place.index(tail, comma)
    spans["location"] = (start, start + comma, share)
    spans["publisher"] = (tail_start, tail_start + len(tail), share)


def _publisher_after_place_colon(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'Rio de Janeiro: 7 Letras, 2006': the whole imprint read as the place (a publisher's name opening with a
    figure). Where the words before the colon are a known place and those after it are none, they are the
    publisher."""
    if "location" not in spans or "publisher" in spans:
        return
    start, end, share = spans["location"]
    colon = text.find(":", start, end)
    if colon < 0:
        return
    place, publisher = text[start:colon].strip(_EDGE), text[colon + 1 : end].strip(_EDGE)
    if publisher and publisher[:1].isalnum() and is_place(place) and not is_place(publisher):
        after = text.index(publisher, colon)
        spans["location"] = (start, colon, share)
        spans["publisher"] = (after, after + len(publisher), share)


def _publisher_before_place_comma(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'I ponti di Palladio, Electa, Milano.', '…, tomo secondo, Utet, Torino.', '…, Payot, Parigi,': the imprint
    with the publisher first, as Italian and French chronological lists print it (the year up front), read as one
    place or one publisher. The name after the comma is the place when it is a known one and the name before it
    is none (nor a month), of four words at most, and the year, the pages or the end follow."""
    if ("location" in spans) == ("publisher" in spans):
        return
    start, end, share = spans["location"] if "location" in spans else spans["publisher"]
    imprint = text[start:end].rstrip(_EDGE)
    if imprint.count(",") != 1:
        return
    publisher, _, place = imprint.partition(",")
    publisher, place = publisher.strip(), place.strip()
    if (
        not publisher[:1].isupper()
        or len(publisher.split()) > 4
        or not all(ch.isalpha() or ch in " &'’-." for ch in publisher)
        or publisher.lower() in MONTHS
        or is_place(publisher)
        or not is_place(place)
        or place in PLACE_CODES
        or not _AFTER_IMPRINT.match(text, start + len(imprint))
        or _PROCEEDINGS.search(text)
    ):
        return
    place_start = start + imprint.index(place, len(publisher))
    spans["publisher"] = (start, start + len(publisher), share)
    spans["location"] = (place_start, place_start + len(place), share)


def _country_read_as_the_publisher(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'…, pages 1-10, Paris, France, 2005.': a conference's or a book's place and its country, the country read
    as the publisher. A country right after a known place and a comma is the place's."""
    if "publisher" not in spans or "location" not in spans:
        return
    place_start, place_end, share = spans["location"]
    start, end, _ = spans["publisher"]
    if (
        place_end <= start
        and not text[place_end:start].strip(" ,")
        and "," in text[place_end - 1 : start + 1]
        and is_country(text[start:end])
        and is_place(text[place_start:place_end].rstrip(" ,"))
    ):
        del spans["publisher"]
        spans["location"] = (place_start, end, share)


# Names and their editors' role in brackets at a title's start: 'Bundesanstalt für Arbeit [Hrsg.], '.
_EDITORS_BEFORE_TITLE = lazy_compile(
    rf"(?P<names>[^()\[\]]{{3,120}}?)\s*[(\[]\s*(?:{EDITOR_ROLES})\.?\s*[)\]][\s:,.]*", re.I
)


def _names_at_the_titles_start(
    text: str,
    spans: dict[str, tuple[int, int, float]],
    pattern: re.Pattern[str],
    label: str,
    accept: Callable[[str], bool],
) -> None:
    """With no names read, the names a title begins with (the pattern's group 'names', matched at the
    title's start; accept says whether they are names) are `label`'s; the title follows the match."""
    if "title" not in spans or "author" in spans or "editor" in spans:
        return
    start, end, share = spans["title"]
    found = pattern.match(text, start, end)
    if found is None or found.end() >= end or not accept(found["names"]):
        return
    spans[label] = (start, found.end("names"), share)
    spans["title"] = (found.end(), end, share)


def _editors_read_into_the_title(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'Bundesanstalt für Arbeit [Hrsg.], Blätter zur Berufskunde: …': with no names read, names and
    their editors' role in brackets at the title's start are the editors; the title follows them."""
    _names_at_the_titles_start(text, spans, _EDITORS_BEFORE_TITLE, "editor", lambda names: True)


# A sentence of capitalised words at a title's start ('World Health Organization. '); the small words
# of a body's name may stay lower case.
_BODY_SENTENCE = lazy_compile(r"(?P<names>[A-ZÄÖÜ][^.]{2,88}?)\.\s+(?=[A-ZÄÖÜ]|\d{1,2}\.\s)")  # '… Association. 5. …'
_SMALL_WORDS = frozenset("of for on and the in at to a an und für der die das des de la du et y e".split())


def _a_bodys_name(sentence: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’-]*", sentence)
    return names_a_body(sentence) and all(word[0].isupper() or word in _SMALL_WORDS for word in words)


_ARTICLES = frozenset("The A An Die Der Das Ein Eine La Le Les L El Los Las Il Lo O Os As Um Uma".split())
# A body that issues works in its own name: narrower than a body's kinds (no 'Society', 'Organisation',
# 'Institution', words a subtitle holds as often).
_ISSUING_BODY = lazy_compile(
    r"\b(?:Universit\w*|College|Institut[eo]?|Hochschule|École|Escuela|Commission|Kommission|Council|Ministry"
    r"|Ministerium|Ministère|Department|Centre|Center|Foundation|Stiftung|Agency|Bureau)\b"
)
# A document's kind, which begins a sentence about the work, not a body's name: 'Länderbericht der Konrad
# Adenauer Stiftung', 'Rapport Institut National …'.
_DOCUMENT_KIND = lazy_compile(r"\w*(?:bericht|papier|report|rapport|paper|studie|study)$", re.IGNORECASE)


def _an_issuing_bodys_name(name: str) -> bool:
    """'Universität Bremen', 'R Foundation for Statistical Computing'; not 'Länderbericht der … Stiftung'."""
    return bool(_ISSUING_BODY.search(name)) and _a_bodys_name(name) and not _DOCUMENT_KIND.match(name.split()[0])


def _body_ending_the_title(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'… in der Erwachsenenbildung, Universität Bremen.', '… in Britain, Commission for Racial Equality,
    London.': a body's name after the title's last comma or full stop, before the place or the end, is the
    institution that issued the work, not the title's."""
    if "title" not in spans or "publisher" in spans or "container" in spans:
        return
    start, end, share = spans["title"]
    title = text[start:end].rstrip(_EDGE)
    cut = max(title.rfind(", "), title.rfind(". "))
    body = title[cut + 2 :]
    if (
        cut <= 0
        or not body[:1].isupper()
        or len(words := body.split()) > 8
        or words[0] in _ARTICLES
        or not _an_issuing_bodys_name(body)
    ):
        return
    following = [(first, label) for label, (first, _, _) in spans.items() if first >= start + len(title)]
    first, label = min(following, default=(len(text), ""))
    if text[start + len(title) : first].strip(_EDGE) or label not in ("", "location", "date", "url"):
        return
    spans["title"] = (start, start + cut, share)
    spans["publisher"] = (start + cut + 2, start + len(title), share)


def _edition_read_into_the_editors(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'… Soziologie. Hrsg. von Johannes Winckelmann. 5. Aufl. Tübingen: Mohr.': the edition after the editors,
    read with them, made 'Aufl' an editor and lost the names before it. The editors end where the edition
    begins (the edition is read from the whole text)."""
    if "editor" not in spans:
        return
    start, end, share = spans["editor"]
    if not _may_name_an_edition(text[start:end]):
        return
    if (edition := _EDITION.search(text, start, end)) is not None and text[start : edition.start()].strip(_EDGE):
        spans["editor"] = (start, edition.start(), share)


def _named_again_as_the_publisher(text: str, spans: dict[str, tuple[int, int, float]]) -> str | None:
    """The author's name, where the publisher's repeats it: 'NHS England. Annual report … London: NHS England;
    2019.', as NLM and APA 6 print a body that wrote and published the work. One body's name, however it reads
    (no person is named 'NHS' or 'Health', nor 'England' or 'Canada'); not where it holds a person's marks: a
    comma, an initial, '&', ';' or '/'."""
    if "author" not in spans or "publisher" not in spans:
        return None
    name = text[spans["author"][0] : spans["author"][1]].strip(_EDGE)
    if not name or name != text[spans["publisher"][0] : spans["publisher"][1]].strip(_EDGE):
        return None
    if _PERSONS_MARKS.search(name):
        return None
    words = name.split()
    if _INITIALS_WORD.fullmatch(words[-1]) and not is_country(words[-1]):
        return None  # '[Edinburgh]: [Rambaut A]; c2007': a person who published the work, not 'Diabetes UK'
    if len(words) == 2 and _INITIALS_WORD.fullmatch(words[0]) and not is_place(words[1]):
        return None  # 'JR Smith', not 'NHS England'
    return name


_PERSONS_MARKS = lazy_compile(r"[,&;/]|\b[^\W\d_]\.")
_INITIALS_WORD = lazy_compile(r"[A-ZÀ-Þ]{1,3}")
# An editor's role after the names with no bracket around it, as older lists and Vancouver's print it: ', editors',
# ', eds.', ', ed.' (the labeller may keep the year's opening bracket with it).
_ROLE_ENDING_THE_NAMES = lazy_compile(r",\s*(?:editors?|eds?\.?)[\s(\[.]*$", re.IGNORECASE)


# The Lancet's article online before its issue: 'Lancet Infect Dis 2020; published online Dec 23. https://doi.org/…'.
_LANCET_ONLINE = lazy_compile(
    r"(?P<year>(?:19|20)\d\d);\s+published online\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})(?!\d)"
)


def _lancets_online_day_read_apart(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """The Lancet's 'Lancet Infect Dis 2020; published online Dec 23.': the day the article came out online, after
    its year, was read as the pages ('23') or as nothing, and its month lost. The date runs on over it."""
    date = spans.get("date")
    found = _LANCET_ONLINE.search(text, date[0]) if date is not None else None
    if found is None or not date[0] <= found.start("year") < date[1] or month_number(found["month"]) is None:
        return
    spans["date"] = (date[0], max(date[1], found.end()), date[2])
    for label in ("volume", "issue", "pages"):
        if label in spans and found.start("month") <= spans[label][0] < found.end():
            del spans[label]


def _issuing_body_read_as_the_journal(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'R: A Language and Environment for Statistical Computing. R Foundation for Statistical Computing.': a body
    that issues works, read as the journal with no volume, issue or pages and no 'In' before it, is the
    publisher."""
    if "container" not in spans or any(label in spans for label in ("publisher", "volume", "issue", "pages", "editor")):
        return
    start, end, share = spans["container"]
    name = text[start:end].strip(_EDGE)
    if (
        len(name.split()) <= 8
        and _an_issuing_bodys_name(name)
        and not _IN_A_BOOK.search(text, max(0, start - 6), start + 4)
    ):
        spans["publisher"] = spans.pop("container")


# 'S.l.', 's. l.', '[S.l.: s.n.]': Latin's sine loco and sine nomine, as Brazilian (ABNT), Italian, Spanish and
# Portuguese lists print a work's missing place or publisher; the second letter in small letters ('S. L.' and 'S.N.'
# are a person's initials). Searched for before the tokens are looked at.
_NO_PLACE_MARK = lazy_compile(r"[sS]\.\s?[ln]\.")


def _no_place_read_as_a_field(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'Journal of Family Psychology, [S' + 'l.], v. 16, n. 4' (read as the journal and the volume), 's. l. 1762'
    (pages 'l'), '[S. l.: s. n.], 2016' (pages 'l.: s'): the marks that the work names no place or publisher,
    read into the fields around them, are no field's."""
    if _NO_PLACE_MARK.search(text) is None:
        return labels
    labels = list(labels)
    index = 0
    while index + 3 < len(tokens):
        if not (
            tokens[index].text in ("s", "S")
            and tokens[index + 1].text == tokens[index + 3].text == "."
            and tokens[index + 2].text in ("l", "n")
            and labels[index] not in ("author", "editor")
        ):
            index += 1
            continue
        first, last = index, index + 3
        if first and tokens[first - 1].text == "[":
            first -= 1
        if last + 1 < len(tokens) and tokens[last + 1].text in ("]", ":"):  # '[S.l.]', '[S.l.: s.n.]'
            last += 1
        labels[first : last + 1] = ["other"] * (last + 1 - first)
        index = last + 1
        _publisher_after_no_place(tokens, labels, index)
    return labels


def _publisher_after_no_place(tokens: list[Token], labels: list[str], after: int) -> None:
    """'Ciência de dados. [S. l.]: Atlas, 2021.': the publisher after the mark of no place and its colon, read as
    nothing with the mark, up to the comma before the year."""
    if "publisher" in labels or after >= len(tokens) or tokens[after].text != ":":
        return
    start = end = after + 1
    while end < len(tokens) and labels[end] == "other" and tokens[end].text not in (",", ".", "[", "("):
        end += 1
    if end > start and end + 1 < len(tokens) and tokens[end].text == "," and labels[end + 1] == "date":
        labels[start:end] = ["publisher"] * (end - start)


# A corporate author as a country's or a state's bodies, one a sentence: 'BRASIL. Ministério da Saúde. Secretaria de
# Atenção à Saúde.', 'SÃO PAULO (Estado). Secretaria da Educação.' (ABNT NBR 6023's jurisdiction first), 'Ministério
# da Saúde (BR). Secretaria de Vigilância em Saúde.' (NLM's).
_JURISDICTION = lazy_compile(
    r"(?P<name>[^\W\d_][^\W\d_'’-]*(?:[ -][^\W\d_][^\W\d_'’-]*){0,3})(?:\s?\([^()\d]{2,20}\))?\.\s"
)
# What a work's title does not run into: its imprint, its date, its journal and numbers.
_AFTER_A_TITLE = frozenset(["location", "publisher", "date", "container", "volume", "issue", "pages", "url", "doi"])


def _bodies_read_into_the_title(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'BRASIL. Ministério da Saúde. Secretaria de Atenção à Saúde. Departamento de Atenção Básica. Envelhecimento e
    saúde da pessoa idosa. Brasília: …': a corporate author printed as a hierarchy, a country or a state and its
    bodies one sentence each (as ABNT and NLM print a government's), which the labeller read as the country alone
    and a title of bodies, the work's title after them read as nothing. The bodies are the author's, and the title
    is what follows them up to the imprint, the date or the journal."""
    if not tokens or ("author" in labels[1:] and labels[0] != "author"):
        return labels
    start = 0
    if (jurisdiction := _JURISDICTION.match(text)) is not None and (
        is_country(jurisdiction["name"]) or is_place(jurisdiction["name"])
    ):
        start = jurisdiction.end()
    elif any(mark in text[: text.find(". ")] for mark in ",;&"):
        return labels  # 'Aceto N, Bardia A.': names, the most of what the labeller reads, and no body's
    bodies, end = bodies_from(text, start)
    if bodies < (1 if start else 2):  # a hierarchy without a jurisdiction has two bodies at least
        return labels
    ending = next((i for i, token in enumerate(tokens) if token.start >= end), len(tokens))
    limit = next((i for i in range(ending, len(tokens)) if labels[i] in _AFTER_A_TITLE), len(tokens))
    if limit == ending or any(label not in ("author", "title", "other") for label in labels[:ending]):
        return labels
    # The title: the labeller's own run of it, or at least the sentence after the bodies (read as nothing).
    run = next((i for i in range(ending, limit) if labels[i] not in ("author", "title")), limit)
    stop = SENTENCE_END.search(text, tokens[ending].start)
    sentence = next((i for i in range(ending, limit) if tokens[i].start >= stop.end()), limit) if stop else limit
    title_end = max(run, sentence)
    return ["author"] * ending + ["title"] * (title_end - ending) + labels[title_end:]


def _talk_read_into_the_title(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """A talk's note read into its title: 'Waffenbesitz bei Kindern und Jugendlichen. Vortrag auf der VIII.'
    + 'Tagung für angewandte Soziologie …', 'Krise und Markt. Comunicação apresentada em Congresso …'. The
    title ends before it; the note and the meeting after it are where the talk was given, as the labeller
    reads 'Paper presented at the Annual Meeting of …'."""
    if "title" not in spans:
        return
    start, end, share = spans["title"]
    if (talk := _TALK_AFTER_TITLE.search(text, start, end)) is None or talk.start() <= start:
        return
    meeting_end = end
    for label in ("container", "publisher"):  # the meeting's name, read as a journal or a publisher
        if label in spans:
            if text[end : spans[label][0]].strip(_EDGE):
                return  # a journal or publisher elsewhere: no talk's note
            meeting_end = spans.pop(label)[1]
            break
    spans["title"] = (start, talk.start(), share)
    spans["container"] = (talk.end(), meeting_end, share)


def _body_read_into_the_title(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """Vancouver's 'World Health Organization. Global status report on … Geneva: WHO; 2014.': with no
    names read, a first sentence of the title that names a body, its words capitalised, is the author; so is a
    body's name with its short name in brackets before a colon, the names' colon as German lists print it
    ('Bundesamt für Sicherheit in der Informationstechnik (BSI): Ersetzendes Scannen, …')."""
    _names_at_the_titles_start(text, spans, _BODY_SENTENCE, "author", _a_bodys_name)
    _names_at_the_titles_start(text, spans, _BODY_SHORT_NAME_COLON, "author", _a_bodys_name)


_BODY_SHORT_NAME_COLON = lazy_compile(r"(?P<names>[A-ZÄÖÜ][^():;.]{2,150}?)\s*\([A-ZÀ-Þ][\w&./-]{1,15}\)\s*:\s+(?=\S)")


def _place_out_of_book(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """A book's or a journal's title and its place, which the labeller did not tell apart: 'Soziologie
    und Natur. Theoretische Perspektiven, Opladen' (the subtitle read as a place), 'Form und Idee in
    Mahlers Instrumentalmusik, Wilhelmshaven, S. 165' (the place read into the title). Only names of
    known places (citekit/parsing/places.py) are places."""
    if "container" not in spans:
        if "title" in spans and "location" not in spans and "publisher" not in spans:
            _place_out_of(text, spans, "title")
        elif "title" in spans and "location" in spans:
            _words_out_of_place(text, spans, "title")
        return
    start, end, share = spans["container"]
    if not any(label in spans for label in ("location", "volume", "issue", "pages")) and is_place(
        text[start:end].strip(_EDGE)
    ):
        spans["location"] = spans.pop("container")  # 'Einführung in die Erzähltheorie. Darmstadt.'
        return
    if "location" in spans:
        place_start, place_end, _ = spans["location"]
        if (
            "publisher" not in spans
            and not any(label in spans for label in ("volume", "issue", "pages"))
            and text[start:place_start].rstrip().endswith(",")
            and not text[end:place_start].strip(" ,")
            and is_place(text[start:end].strip(_EDGE))
            and not is_place(text[place_start:place_end].strip(_EDGE))
        ):
            # 'Porto Alegre, Artmed.': the place, read as a book, and the publisher after its comma, read as the place.
            spans["publisher"], spans["location"] = spans["location"], spans.pop("container")
            return
        _words_out_of_place(text, spans, "container")
        return
    _place_out_of(text, spans, "container")


# '… Finansmani. Istanbul: TUSIAD' at a title's end: the book's place and publisher.
_CUT = lazy_compile(r"[.,]\s")
# 'Münster [u.a.]: LIT-Verl.': 'and other places' may stand between the place and its colon.
_AND_OTHER_PLACES = r"(?:\s?(?:u\.\s?a\.|\[u\.\s?a\.?\]))"
_PLACE_PUBLISHER_ALONE = lazy_compile(
    rf"(?P<place>[A-ZÄÖÜ][\w.\- /]+?{_AND_OTHER_PLACES}?)\s?:\s?(?P<publisher>[A-ZÄÖÜ][^.:]*)$"
)
_PLACE_PUBLISHER_ENDING = lazy_compile(r"[.,]\s+" + _PLACE_PUBLISHER_ALONE.pattern)


def _title_read_as_publisher(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'Simmel, Georg (1995/1908), Soziologie, Frankfurt a.M.': a book's short title right after the
    date, read as a publisher printed before the place. With no title read, it is the title; so is a sentence
    alone after the date that ends the reference ('Public Health England (2015). Heatwave Plan for England.')."""
    if "title" in spans or "container" in spans or "publisher" not in spans:
        return
    if "location" not in spans:
        _lone_title_read_as_publisher(text, spans)
        return
    (start, end, _), place = spans["publisher"], spans["location"]
    before = spans["date"][1] if "date" in spans and spans["date"][1] <= start else None
    if before is None and "author" in spans and text[: spans["author"][1]].rstrip().endswith(":"):
        before = spans["author"][1]  # 'Levinson, Stephen: Politeness, Cambridge 1987.'
    if before is None or text[before:start].strip(_EDGE) or place[0] < end or text[end : place[0]].strip(_EDGE):
        return
    if _PUBLISHER_WORDS.search(text[start:end]) or not is_place(text[place[0] : place[1]]):
        return
    spans["title"] = spans.pop("publisher")


def _lone_title_read_as_publisher(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    start, end, _ = spans["publisher"]
    if set(spans) - {"author", "date", "publisher", "other"} or "date" not in spans or "author" not in spans:
        return
    if spans["date"][1] > start or text[spans["date"][1] : start].strip(_EDGE) or text[end:].strip(_EDGE):
        return
    if "other" in spans and spans["other"][0] >= end or _PUBLISHER_WORDS.search(text[start:end]):
        return  # 'Oxford University Press.': a publisher, the title unprinted
    spans["title"] = spans.pop("publisher")


def _place_and_publisher_out_of_title_or_book(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """A book's place and publisher the labeller read into its title, or into the book a chapter is in
    ('In: Cardoso, José Luís (Org.). Contribuições … em Portugal. Lisboa: Dom Quixote. 1988.'): a known
    place, a colon and a name end it."""
    label = "container" if "container" in spans else "title"
    if label not in spans or "location" in spans or "publisher" in spans:
        return
    start, end, share = spans[label]
    read_end = end
    if "other" in spans and spans["other"][0] == end:
        end = spans["other"][1]  # 'Münster [u' + '.a.]: LIT-Verl. (': the labeller left the rest unread
    end = start + len(text[start:end].rstrip(_EDGE))
    if ":" not in text[start:end]:
        return  # every place and publisher read below stand either side of a colon
    # Each full stop or comma may end the title ('Kuharstvo. 7. Aufl. Zagreb: Zagrebačka priradna tiskara').
    found = next(
        (
            ending
            for ending in (
                _PLACE_PUBLISHER_ENDING.match(text, cut.start(), end) for cut in _CUT.finditer(text, start, end)
            )
            if ending is not None and is_place(ending["place"]) and ending.start("place") < read_end
        ),
        None,
    )
    if found is not None:
        spans[label] = (start, found.start(), share)
        if "other" in spans and spans["other"][0] < found.end():
            del spans["other"]
    elif (
        label == "container"
        and "issue" not in spans  # 'CA: A Cancer Journal for Clinicians, vol. 69, no. 1': a journal's issue
        and (found := _PLACE_PUBLISHER_ALONE.match(text, start, end)) is not None
        and is_place(found["place"])
        and _ends_right_before(text, spans, "title", start)
    ):
        # '… agli inizi del Seicento.' + 'Venice: Istituto per la collaborazione culturale, 1958.': the whole
        # 'book' a place, its colon and a name, after the title: the imprint, no book.
        del spans[label]
    else:
        return
    _imprint_as_found(found, spans, share)


def _imprint_as_found(found: re.Match[str], spans: dict[str, tuple[int, int, float]], share: float) -> None:
    """The place and the publisher of a match of _PLACE_PUBLISHER_ALONE (or its ending) as their spans."""
    spans["location"] = (found.start("place"), found.end("place"), share)
    spans["publisher"] = (found.start("publisher"), found.end("publisher"), share)


def _place_read_into_the_publisher(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'Münster u.a.: Waxmann.' read as one publisher: a known place and its colon begin it."""
    if "publisher" not in spans or "location" in spans:
        return
    start, end, share = spans["publisher"]
    found = _PLACE_PUBLISHER_ALONE.match(text, start, start + len(text[start:end].rstrip(_EDGE)))
    if found is not None and is_place(found["place"]):
        _imprint_as_found(found, spans, share)


def _journal_read_into_the_names(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """Chemistry's lists print no article title: 'Sheldon, R. A.; Woodley, J. M.; Synthesis 2019, 51,
    4498.', '…; Brondani, P. B.; J. Braz. Chem. Soc. 2017, 28, 1185.' The labeller may read the journal,
    or its first words, as one more name. With every name 'Family, Initials' before it and no title,
    the last part after a semicolon that has no comma, right before the journal or the year, is the
    journal's."""
    if "author" not in spans or "title" in spans:
        return
    start, end, share = spans["author"]
    names, semicolon, last = text[start:end].rpartition(";")
    if not semicolon or "," in last or not last.strip()[:1].isupper():
        return
    if not all("," in part for part in names.split(";")):
        return
    after = sorted((span[0], label) for label, span in spans.items() if span[0] >= end)
    if not after or after[0][1] not in ("container", "date") or text[end : after[0][0]].strip(_EDGE):
        return
    nearest = after[0][1]
    journal_start = start + len(names) + 1
    journal_start += len(text[journal_start:end]) - len(text[journal_start:end].lstrip())
    journal_end = spans["container"][1] if nearest == "container" else end
    spans["author"] = (start, start + len(names), share)
    spans["container"] = (journal_start, journal_end, share)


_NO_VOLUME_AT_END = lazy_compile(r"[,;]?\s+o\.\s?(?:J|Jg)\.?[\s/,]*$")
_NO_PLACE = lazy_compile(r"(?<![^\W\d_])o\.\s?O\.?(?![^\W\d_])")  # German 'o. O.': ohne Ort, no place given


def _no_place(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'o. O.' says the work gives no place: it is no part of the title, book, place or publisher
    the labeller read it into ('… Policy Elite, o. O. (Free Press) 1993'; 'o. O.: Selbstverlag')."""
    if "o." not in text:  # what _NO_PLACE cannot match without
        return
    for found in _NO_PLACE.finditer(text):
        for label, (start, end, share) in list(spans.items()):
            if end <= found.start() or start >= found.end():
                continue
            before = text[start : found.start()].rstrip(_EDGE)
            after = text[found.end() : end].lstrip(_EDGE)
            if before:
                spans[label] = (start, start + len(before), share)
            elif after:
                spans[label] = (end - len(after), end, share)
            else:
                del spans[label]


def _words_out_of_place(text: str, spans: dict[str, tuple[int, int, float]], label: str) -> None:
    """'Historische Sozialforschung: Identifikation, Organisation, Institution, Köln': the last
    words of a title (or a book's) read into the place after it; the place is the known places at
    its end."""
    start, end, share = spans[label]
    place_start, place_end, place_share = spans["location"]
    if place_start < end or text[end:place_start].strip(_EDGE):
        return  # not the place right after the title
    if "," not in (place := text[place_start:place_end]) and ". " not in place:
        return  # one name: nothing before it
    segments = list(_PLACE_SEGMENT.finditer(text, place_start, place_end))
    first_place = next(
        (k for k in range(len(segments)) if all(is_place(s.group()) for s in segments[k:])), len(segments)
    )
    if not 0 < first_place < len(segments) or segments[first_place].group().strip(_EDGE) in PLACE_CODES:
        return  # 'Hawthorne, NY': a town too small for the list, then its state
    words = text[place_start : segments[first_place - 1].end()]
    if _PUBLISHER_WORDS.search(words) or any(map(str.isdigit, words)):
        return  # 'Routledge, London', '2. Aufl. Weinheim': the publisher, the edition
    if any(is_place(segment.group()) for segment in segments[:first_place]) or _EDITION_BEFORE.match(words):
        return  # 'Aldershot, Hants, England Brookfield, Vt.': places all, some unknown; 'Auflage. Berlin'
    if (
        label == "title"
        and first_place == 1
        and text[segments[0].end() : segments[1].start()].strip() == ","
        and segments[0].group().strip(_EDGE + " –—")[:1].isupper()
    ):
        return  # 'Citations de S.M Mohammed VI, Okad, Rabat': one name before the place may be the publisher's
    spans[label] = (start, segments[first_place - 1].end(), share)
    place = segments[first_place]
    place_start = place.start() + len(place.group()) - len(place.group().lstrip(" –—"))  # DIN 1505's ' – '
    spans["location"] = (place_start, place_end, place_share)


def _place_out_of(text: str, spans: dict[str, tuple[int, int, float]], label: str) -> None:
    """A known place at the end of a title, after a comma or a full stop, is the place."""
    start, end, share = spans[label]
    book = text[start:end].rstrip(" .,;:([")  # a bracket the next field opens
    if (din := _DIN_PLACE.search(text, start, end)) is not None and din.start() > start:
        spans["location"] = (din.start("place"), din.end("place"), share)
        spans[label] = (start, din.start() + 1, share)
        return
    cuts = [m for m in _BEFORE_PLACE.finditer(book) if m.start() > 0]
    if cuts and not _PROCEEDINGS.search(book) and is_place(place := book[cuts[-1].end() :]):
        if len(place) <= 4 and text[start + len(book) : start + len(book) + 1] == "." and _numbered(spans):
            return  # 'Cerâm. Ind. 6, 3 (2001)': a journal's abbreviated word, not the place 'Ind'
        spans["location"] = (start + cuts[-1].end(), start + len(book), share)
        spans[label] = (start, start + cuts[-1].start(), share)


def _numbered(spans: dict[str, tuple[int, int, float]]) -> bool:
    return "volume" in spans or "issue" in spans


_YEAR_NUMBER = r"(?:1[5-9]\d\d|20[0-3]\d)"
_YEAR_RANGE = lazy_compile(rf"({_YEAR_NUMBER})\s*[-–]\s*({_YEAR_NUMBER})")
_YEARS = lazy_compile(rf"{_YEAR_NUMBER}(?:\s?[/–-]\s?\d{{2,4}})?")


def _ends_right_before(text: str, spans: dict[str, tuple[int, int, float]], label: str, start: int) -> bool:
    """Whether the span of `label` ends where another begins, a comma or spaces between at most."""
    return label in spans and spans[label][1] <= start and not text[spans[label][1] : start].strip(" ,")


def _run_on(text: str, spans: dict[str, tuple[int, int, float]], label: str, start: int, end: int) -> None:
    """The span of `label` goes on over text[start:end] (years a title ends in, read as another field)."""
    spans[label] = (spans[label][0], start + len(text[start:end].rstrip(_EDGE)), spans[label][2])


def _years_out_of_volume(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'… in den Kriegsjahren 1914/15. München', 'Lost Chance: Southern Rhodesia, 1945–58, Harare': years a
    book's title ends in, read as its volume. A journal's volume may be a year ('Pädagogik 1994: 41-45'). Years
    after no title, with no date read, are the years the work came out over."""
    if "volume" not in spans:
        return
    start, end, share = spans["volume"]
    if _YEARS.fullmatch(text[start:end].strip(_EDGE)) is None:
        return
    if "container" in spans:
        # '… in La Basilica di San Marco …, parte III, Venezia 1888-92, pp. 418-419': the book's place, read into
        # the book, before its years: the imprint's years, the work's date (below: no title ends before them).
        book_start, book_end, _ = spans["container"]
        place = text[book_start:book_end].rstrip(_EDGE).rpartition(",")[2]
        if "date" in spans or not _ends_right_before(text, spans, "container", start) or not is_place(place.strip()):
            return
    del spans["volume"]
    if _ends_right_before(text, spans, "title", start):
        _run_on(text, spans, "title", start, end)
    elif "date" not in spans:
        spans["date"] = (start, end, share)  # the years a work of several volumes came out over


_VOLUME_AT_MOST = 100  # characters of a volume run: the volume, its issue and their words

# A volume and its issue in brackets: 'NMR in Biomedicine 10 (4-5): 171–78'.
_VOLUME_THEN_BRACKETED_ISSUE = lazy_compile(r"(?P<volume>[^\s()]+)\s?\((?P<issue>[^()]+)\)")


def _issue_cut_inside_its_bracket(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'10 (4-5)', labelled as volume up to '4' and issue from '5': the brackets hold the issue whole."""
    if "volume" not in spans or "issue" not in spans:
        return
    start, end, share = spans["volume"]
    issue_start, issue_end, issue_share = spans["issue"]
    if "(" not in text[start:end]:
        return
    found = _VOLUME_THEN_BRACKETED_ISSUE.match(text, start)
    if found is None or not found.start("issue") < end <= issue_start < found.end("issue") <= issue_end:
        return
    spans["volume"] = (start, found.end("volume"), share)
    spans["issue"] = (found.start("issue"), found.end("issue"), min(share, issue_share))


# biblatex's standard styles print an article's volume and number with a stop between, the date in brackets after them:
# 'In: Science 214.4517 (1981), pp. 149–159.', 'Nucleic Acids Research 52.D1 (Nov. 2023)' (read as one volume).
_VOLUME_DOT_NUMBER = lazy_compile(r"(?P<volume>\d{1,5})\.(?P<number>[A-Z]?\d{1,6})")
_BRACKETED_DATE_AFTER = lazy_compile(r"\s?\((?:[^\W\d_]{3,9}\.?\s)?(?:1[5-9]|20)\d\d\)")


def _volume_dot_number(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'214.4517 (1981)': the volume and the issue, as biblatex prints them, not one volume."""
    if "volume" not in spans or "issue" in spans:
        return
    start, end, share = spans["volume"]
    value = text[start:end]
    start, end = start + len(value) - len(value.lstrip(_EDGE)), end - len(value) + len(value.rstrip(_EDGE))
    found = _VOLUME_DOT_NUMBER.fullmatch(text, start, end)
    if found is None or not _BRACKETED_DATE_AFTER.match(text, end):
        return
    spans["volume"] = (start, found.end("volume"), share)
    spans["issue"] = (found.start("number"), end, share)


# A German journal's issue counted within the year: 'Soziale Welt 4/1988', 'Neue Kriminalpolitik, 2/1999'.
_ISSUE_OF_YEAR = lazy_compile(r"[\s,]+(?P<issue>\d{1,2})\s?/\s?$")
_YEAR_AFTER = lazy_compile(r"\s?(?:1[5-9]|20)\d\d\b")


def _issue_of_the_year(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'Wirtschaft und Statistik 7/2010': the labeller ran the journal's name on over the issue (the
    year after the slash is the date); the number is the issue, not the journal's."""
    if "container" not in spans or "issue" in spans or "volume" in spans:
        return
    start, end, share = spans["container"]
    found = _ISSUE_OF_YEAR.search(text, start, end)
    if found is None or found.start() == start or not _YEAR_AFTER.match(text, end):
        return
    spans["container"] = (start, found.start(), share)
    spans["issue"] = (found.start("issue"), found.end("issue"), share)


# A newspaper's 'of' before its date: German 'v.' and 'vom' ('Die Zeit v. 11. 7.1986', 'Frankfurter Rundschau vom
# 20. Oktober 2004'), with the day when the labeller read it too.
_OF_THE_DAY = lazy_compile(r"(?<!\s)\s++(?:v\.?|vom)(?P<day>\s*\d{1,2}\.?)?[\s.]*$")


def _newspapers_date_out_of_its_name(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'In: Süddeutsche Zeitung v. 14.02.2011, S. 12.': the newspaper's name ends before 'v.' or 'vom' and
    the date after it."""
    if "container" not in spans:
        return
    start, end, share = spans["container"]
    found = _OF_THE_DAY.search(text, start, end)
    if found is None or found.start() == start:
        return
    if found["day"] or text[end : end + 3].lstrip(" .")[:1].isdigit():  # the day read, or the date right after
        spans["container"] = (start, found.start(), share)


_SPACED_RANGE = lazy_compile(r"(\d{1,5})\s+(\d{1,5})")
_MARKED_PAGES = lazy_compile(r"(?<![^\W\d_])(?:pp?|S)\.\s?(?P<pages>\d{1,5}\s?[–-]\s?\d{1,5})")
_PAGES_AFTER = lazy_compile(r"(?<![\d/.])\d{1,5}\s?[–-]\s?\d{1,5}(?!\d|[/.]\d)")


# Words, then years: a title that ends in the years it covers ('Briefe 1879–1911'), not pages.
_WORDS_THEN_YEARS = lazy_compile(
    r"(?P<words>[^\W\d_]{3,}(?:\s+[^\W\d_]+)*)\s+(?:1[5-9]|20)\d\d\s*[–-]\s*(?:(?:1[5-9]|20)\d\d|\d\d)[\s.,]*"
)
_PAGES_WORDS = frozenset("pages page pp seiten seite bl str blatt folio fol pagine pag págs".split())


def _title_read_as_pages(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'Mahler, Gustav (1924): Briefe 1879–1911, Berlin/Wien/Leipzig.': with no title read, words and a
    range of years before the place, read as the pages, are the title."""
    if "title" in spans or "container" in spans or "pages" not in spans or "location" not in spans:
        return
    start, end, share = spans["pages"]
    found = _WORDS_THEN_YEARS.fullmatch(text, start, end)
    if found is None or found["words"].split()[0].casefold() in _PAGES_WORDS:
        return
    if _ends_right_before(text, spans, "pages", spans["location"][0]):
        spans["title"] = spans.pop("pages")


# A book's imprint at the reference's end, after a comma or a bracket: its place and its year, then the pages
# or nothing ('…, Venezia 11-14 ottobre 1994, Venezia 1997, pp. 289-296').
_IMPRINT_BEFORE_THE_PAGES = lazy_compile(
    r"[,)]\s*(?P<place>[A-ZÀ-Þ][^\W\d_]+(?:[\s-][A-ZÀ-Þ][^\W\d_]+)?)\s+(?P<year>(?:1[5-9]|20)\d\d)"
    r"(?=\s*(?:,\s*(?:pp?|S)\.\s*\d|[.,;]?\s*$))"
)


def _imprint_year_after_a_meetings_date(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'Atti del convegno …, Venezia 11-14 ottobre 1994, Venezia 1997, pp. 289-296', '…, Taranto 1973, Taranto
    1977, pp. 249-262': proceedings print the meeting's place and date, then the book's place and year. The
    labeller read the meeting's year as the work's; the work's is the imprint's, the last place and year
    before the pages."""
    if "date" not in spans or "title" not in spans or spans["date"][0] < spans["title"][0]:
        return  # 'Hobbes (1615): Leviathan, …, Hamburg 1996.': the year after the names is the work's, by the style
    start, end, share = spans["date"]
    first = _YEAR.search(text, start, end)
    if first is None:
        return
    for found in _IMPRINT_BEFORE_THE_PAGES.finditer(text, first.end()):
        if ";" in text[first.end() : found.start()]:
            return  # '…, o. O. (Free Press) 1993, S. 50; Andrew Rich, …, Cambridge 2004': another reference
        if found["year"] > first.group(1) and is_place(found["place"]):
            spans["date"] = (found.start("year"), found.end("year"), share)
            return


def _years_out_of_pages(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'German Women for Empire, 1884–1945, London', '(Hg.): Biotechnology 1996–2000. The Years of
    Controversy, London, 15–34': a book's title ends in the years it covers, which the labeller
    read as pages, sometimes with the real pages ('Holism in biomedicine, 1920-1950 (pp.94-111)'). A
    book without a volume has no such pages; a journal's pages may look like years, so a journal
    keeps them unless they follow its name and real pages come later. Years after no title, with no date
    read, are the date: the years a work of several volumes came out over ('6 vols.': no volume)."""
    if "pages" not in spans or (
        "volume" in spans and not _VOLUMES_ALONE.fullmatch(text[spans["volume"][0] : spans["volume"][1]].strip(_EDGE))
    ):
        return
    start, end, share = spans["pages"]
    # The years alone, or the years and the real pages in one span: '1920-1950 (pp.94-111)'.
    years = _YEAR_RANGE.match(text, start + len(text[start:end]) - len(text[start:end].lstrip(_EDGE)), end)
    if years is None or int(years[2]) <= int(years[1]):
        return
    marked = _MARKED_PAGES.search(text, years.end(), end)
    # A place right before the years is the imprint's: 'in La Basilica di San Marco …, Venezia 1888-1889, PP · 99-197'.
    imprint = "location" in spans and "date" not in spans and not text[spans["location"][1] : start].strip(_EDGE)
    if (
        text[years.end() : end].strip(_EDGE)
        and marked is None
        and not (imprint and _PAGES_AFTER.search(text, years.end(), end))
    ):
        return
    end = years.end()
    later = (
        marked.span("pages")
        if marked is not None
        else next(
            (found.span() for found in _PAGES_AFTER.finditer(text, end) if not _YEAR_RANGE.fullmatch(found.group())),
            None,
        )
    )
    owner = next((label for label in ("container", "title") if _ends_right_before(text, spans, label, start)), None)
    # A book's subtitle read as a journal: 'Kinder mit dem gelben Stern. Europa 1933-1945, München' (a known
    # place right after the years, where a journal would go on with its pages).
    place_after = "location" in spans and not text[end : spans["location"][0]].strip(_EDGE)
    book = place_after and is_place(text[spans["location"][0] : spans["location"][1]])
    if "container" in spans and (owner != "container" or (later is None and not book)) and not imprint:
        return
    del spans["pages"]
    if owner is not None:
        _run_on(text, spans, owner, start, end)
    elif "date" not in spans:
        # '…, Venezia, Giuseppe Orlandelli, 1824-1853.': the years a work of several volumes came out over.
        spans["date"] = (years.start(), years.end(), share)
    if later is not None:
        spans["pages"] = (later[0], later[1], share)


_YEARS_AT_END = lazy_compile(rf"[\s,]*{_YEAR_RANGE.pattern}[\s,.]*$")
_SERIAL_WORDS = lazy_compile(
    r"\b(?:zeitschrift|journal|review|revue|studies|schriften\w*|\w*reihe|series|bulletin|papers?|report|bericht\w*"
    r"|jahrbuch|quarterly|magazin\w*|annals?|proceedings|mitteilungen|heft|band|vol|nr|no|blätter|forum|archiv|acta)\b"
    r"|\d",
    re.I,
)


def _ends_in_a_place(name: str) -> bool:
    """'Frankfurt a. M.', 'Suhrkamp Berlin': a place, or words that end in one (no publisher's name alone)."""
    words = name.split()
    return any(is_place(" ".join(words[first:])) for first in range(len(words)))


def _labels_over(spans: dict[str, tuple[int, int, float]], start: int, end: int) -> dict[str, tuple[int, int, float]]:
    """The spans that overlap the stretch from start to end."""
    return {label: span for label, span in spans.items() if span[0] < end and start < span[1]}


def _publisher_before_its_place(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """ACS and Cureus print the publisher before its place: 'Pergamon: Oxford, 1991', 'VCH: Weinheim',
    'Sage: Thousand Oaks; 1953', read as one place. When what follows the colon is a known place and
    what comes before it is not, the first is the publisher."""
    if "location" not in spans or "publisher" in spans:
        return
    start, end, share = spans["location"]
    if (colon := text.find(":", start, end)) < 0:
        return
    publisher, place = text[start:colon].strip(), text[colon + 1 : end].strip(" ,;.")
    if not publisher or not place or len(publisher.split()) > 5 or not publisher[0].isupper():
        return
    if not is_place(place) or publisher in _IN_MARK_WORDS:
        return  # 'In: Berlin': a book's mark, before the place the labeller read
    if _ends_in_a_place(publisher):
        return  # 'Frankfurt a. M.: Berlin', 'Suhrkamp Berlin: Berlin': places, or a place ends it
    publisher_start = start + len(text[start:colon]) - len(text[start:colon].lstrip())
    place_start = colon + 1 + len(text[colon + 1 : end]) - len(text[colon + 1 : end].lstrip())
    spans["publisher"] = (publisher_start, publisher_start + len(publisher), share)
    spans["location"] = (place_start, end, share)


# ACS's and MDPI's imprint after a semicolon: '; Springer: New York, NY, USA, 1985', '; InTech: London, UK,
# 2018; pp. 1–20'. The year closes it, as a semicolon, a full stop or the end follows.
_ACS_IMPRINT = lazy_compile(
    r";\s*(?P<publisher>[^\W\d_][^;:]{0,80}?)\s*:\s*(?P<place>[^\W\d_][^;:]{0,80}?),\s*(?:1[5-9]|20)\d\d[a-z]?(?=\s*(?:[;.]|$))"
)


def _acs_imprint(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """The imprint as ACS and MDPI print it, publisher before its place and region, which the labeller
    reads as one place, leaves as nothing, or runs into the title ('…; North-Holland: Amsterdam, The
    Netherlands, 1952'). Only a known place after the colon, with its state or country ('New York, NY, USA')
    or after a publisher that is no place itself; Vancouver's 'Place: Publisher; Year' is the other way round."""
    if ":" not in text or ";" not in text:
        return
    *_, found = None, *_ACS_IMPRINT.finditer(text)  # the last: the book's, after a proceedings' meeting place
    if found is None or len(found["publisher"].split()) > 8:
        return
    place = found["place"]
    if not is_place_and_region(place) and (not is_place(place) or _ends_in_a_place(found["publisher"])):
        return  # a place alone after a publisher that is no place: 'Campus: Frankfurt a. M., 2015'
    region = (found.start("publisher"), found.end("place"))
    overlapping = _labels_over(spans, *region)
    if any(label not in ("publisher", "location", "title", "container", "other") for label in overlapping):
        return  # a journal's or a volume's part: not an imprint
    share = max((span[2] for span in overlapping.values()), default=spans["title"][2] if "title" in spans else 0.5)
    for label in ("title", "container"):
        if label in overlapping:
            start, _, label_share = spans[label]
            if (cut := text.rfind(";", start, region[0])) > start:
                spans[label] = (start, cut, label_share)
            else:
                del spans[label]
    spans["publisher"] = (*found.span("publisher"), share)
    spans["location"] = (*found.span("place"), share)
    names_end = max((spans[label][1] for label in ("author", "editor") if label in spans), default=0)
    if "title" not in spans and "container" not in spans and names_end:
        # 'Ramanujan, S. Notebooks (2 Vols.); Tata Institute …': a book's title the labeller left as nothing.
        start = names_end + len(text[names_end : found.start()]) - len(text[names_end : found.start()].lstrip(_EDGE))
        end = len(text[: found.start()].rstrip(" ,;"))
        if start < end and set(_labels_over(spans, start, end)) <= {"other"}:
            spans["title"] = (start, end, share)


# ACS's and MDPI's book after 'In', then its editors and their role: 'In Brain Informatics; Mahmud, M., Eds.;'; the
# role and the semicolon that end the editors.
_BOOK_BEFORE_ITS_EDITORS = lazy_compile(r"In\s+(?P<book>[^;]{2,300}?);\s*(?P<names>[^;]{2,2000}?\bEds?\.)")
_EDITORS_ROLE_AND_SEMICOLON = lazy_compile(r"\bEds?\.\s*;")


def _acs_book_read_into_the_editors(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """ACS and MDPI print the book after 'In', then its editors, a semicolon between: 'In Brain Informatics;
    Mahmud, M., Kaiser, M.S., Eds.; Springer: Cham, 2021', read as editors all ('Informatics, Brain'); or the
    editors run on past their role and its semicolon ('Stephan, P., Kabelac, S., et al., Eds.; Springer:')."""
    if "editor" not in spans:
        return
    start, end, share = spans["editor"]
    if (role := _EDITORS_ROLE_AND_SEMICOLON.search(text, start, end)) is not None and text[role.end() : end].strip():
        end = role.end()
        spans["editor"] = (start, end, share)
    if "container" in spans or (found := _BOOK_BEFORE_ITS_EDITORS.match(text, start, end)) is None:
        return
    spans["container"] = (found.start("book"), found.end("book"), share)
    spans["editor"] = (found.start("names"), end, share)


# IEEE's editors of a chapter's book, each given first with initials: 'B. U. Forstmann', 'E.-J. Wagenmakers',
# 'D. Ben-Yosef', 'A. van der Berg', 'Thomas D. Rossing'; then their role: '…, F. Ricci, and P. B. Kantor, Eds.'.
_IEEE_EDITOR = (
    r"(?:[A-ZÀ-Þ][a-zà-ÿ]+\s+)?[A-ZÀ-Þ][a-z]?\.(?:\s?-?[A-ZÀ-Þ][a-z]?\.)*\s+"
    r"(?:(?:de|van|von|der|den|da|di|du|del|la|le)\s+)*[A-ZÀ-Þ][\w'’-]+"
)
_IEEE_EDITORS = lazy_compile(rf"(?P<names>{_IEEE_EDITOR}(?:(?:,\s+|,?\s+and\s+){_IEEE_EDITOR})*),\s+Eds?\.(?=\s|$)")
_IN_OPENING_THE_BOOK = lazy_compile(r"\s*(?:in|In):?\s+")
# Between a book read in part and its editors: its year and the start of its series ('MICCAI' + ' 2015, ser. Lecture
# Notes ' + 'in Computer Science, N. Navab, …, Eds.').
_IEEE_PAGES = lazy_compile(r"\bpp\.\s*(?P<pages>\d+\s*[–-]\s*\d+)")
_YEAR_AND_SERIES = lazy_compile(r"\s*(?:(?:1[5-9]|20)\d\d\s*)?,\s*ser\.\s[^,;]*")


def _ieee_book_read_into_the_editors(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """IEEE's chapter prints its book, then the book's editors given first, their role and the place: '“…,” in An
    Introduction to Model-Based Cognitive Neuroscience, B. U. Forstmann and E.-J. Wagenmakers, Eds. New York, NY:'.
    The book's last words ('Neuroscience'), or the whole book ('in Humanoid Robotics: A Reference, A. Goswami and P.
    Vadakkepat, Eds.'), read as editors, and the place's first word after the role ('T. Hug, Ed. Münster, Germany:').
    The editors are the names before the role, the book what stands before them after 'in', the place what follows
    the role. A book's year and IEEEtran's series between the book and its editors are the book's ('… – MICCAI' +
    '2015, ser. Lecture Notes in Computer Science, N. Navab, …, Eds.'), the work's year the one after the imprint."""
    if "editor" not in spans:
        return
    start, end, share = spans["editor"]
    book = spans.get("container")
    # The names may begin before the span, a first initial read as something else ('S' + '. Ourselin, …' as pages).
    found = _IEEE_EDITORS.search(text, max(book[1], start - 40) if book and book[1] <= start else start, end)
    if found is None:
        return
    book_end = len(text[: found.start()].rstrip()) - 1
    if book_end >= min(start, found.start() - 2) and text[book_end] == ",":  # the book's words, a comma after them
        book_start = None  # where no book ends right before: only the names are the editors
        gap = (book[1], min(start, book_end)) if book is not None else None
        if gap is not None and (not text[gap[0] : gap[1]].strip() or _YEAR_AND_SERIES.fullmatch(text, *gap)):
            # the book read in part: '… Cognitive' + 'Neuroscience,'; or its year and series apart ('… MICCAI' + '2015,
            # ser. Lecture Notes' + 'in Computer Science,'), the series read off the book as IEEE's
            book_start = book[0]
        elif book is None and (opening := _IN_OPENING_THE_BOOK.match(text, start)) is not None:
            book_start = opening.end()  # the book read as editors whole, after 'in'
        if book_start is not None and any(character.isalpha() for character in text[book_start:book_end]):
            spans["container"] = (book_start, book_end, book[2] if book is not None else share / 2)
            dated = spans.get("date")
            if dated is not None and book_start <= dated[0] < book_end:  # the book's own year: the work's follows
                year = _YEAR.search(text, found.end())
                if year is None:
                    del spans["date"]
                else:
                    spans["date"] = (year.start(), year.end(), dated[2])
    elif found.start() > start and text[start : found.start()].strip():
        return  # words before the names with no comma after them: no book of IEEE's
    spans["editor"] = (found.start("names"), found.end(), share)
    inside = [label for label, span in spans.items() if label != "editor" and found.start() <= span[0] < found.end()]
    for label in inside:
        del spans[label]  # the names' first initial, read as pages ('S.'): IEEE's pages come after, 'pp. 424–432'
        if label == "pages" and (pages := _IEEE_PAGES.search(text, found.end())) is not None:
            spans["pages"] = (*pages.span("pages"), share)
    place = spans.get("location")
    after = text[found.end() : end]
    if place is not None and after.strip(_EDGE) and place[0] >= end and not text[end : place[0]].strip(_EDGE):
        # 'Ed. Münster,' + 'Germany': the place begins after the role
        spans["location"] = (end - len(after.lstrip(_EDGE)), place[1], place[2])


# Citing Medicine's place, its state in brackets, in an IEEE chapter (as Zotero prints a book's place field):
# '“Dental Emergencies,” in StatPearls, Treasure Island (FL): StatPearls Publishing, 2026.'
_IEEE_BOOK_AND_PLACE_BEFORE_ITS_STATE = lazy_compile(
    r"[,”\"]\s*in\s+(?P<book>[^\W\d_][^,“”\"()]{0,120}?),\s+"
    r"(?P<place>[A-ZÀ-Þ][^\W\d_'’.-]*(?:[\s-][A-ZÀ-Þ][^\W\d_'’.-]*){0,3})\s?\($"
)


def _ieee_book_and_place_before_its_state(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'“Colon Polyps,” in StatPearls, Treasure Island (FL): StatPearls Publishing, 2024.': the labeller read the
    book and the place's name as nothing or as editors, and only the state in brackets as the place."""
    if "location" not in spans or "title" not in spans or "container" in spans:
        return
    start, end, share = spans["location"]
    if not _STATE_CODE.match(text, start):
        return
    found = _IEEE_BOOK_AND_PLACE_BEFORE_ITS_STATE.search(text, spans["title"][1] - 2, start)
    if found is None or any(
        name not in ("other", "editor") and span[1] > found.start("book") and span[0] < start
        for name, span in spans.items()
    ):
        return
    spans.pop("editor", None)
    spans["container"] = (*found.span("book"), share)
    spans["location"] = (found.start("place"), end, share)


def _acs_publisher_read_into_the_book(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'In Handbook of Stillinger-Weber Potential Parameters …; IntechOpen, 2017.' (ACS, MDPI): the publisher,
    printed with no place after the book's semicolon, read into the book."""
    if "container" not in spans or "publisher" in spans or "location" in spans:
        return
    start, end, share = spans["container"]
    if not text.startswith("In ", start) or (cut := text.rfind(";", start, end)) < 0:
        return
    publisher = text[cut + 1 : end].strip(" ,.")
    if not publisher or len(publisher.split()) > 5 or any(char.isdigit() for char in publisher):
        return
    spans["container"] = (start, cut, share)
    spans["publisher"] = (text.index(publisher, cut), end, share)


_IN_BEFORE_THE_BOOK = lazy_compile(r"In\s+(?=[A-ZÀ-Þ0-9])")


def _book_with_no_chapter_title(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """ACS prints a chapter with no title of its own: 'U. Ostner, In Society desigualdade Bildung, García,
    J., Eds., Polity Press, …', 'Smith, J. In Comprehensive Organic Synthesis; Trost, B. M., Ed.; …'. The
    book after 'In', read as the title, is the book, when its editors follow it and no book was read."""
    if "title" not in spans or "editor" not in spans or "container" in spans:
        return
    if spans["editor"][0] < spans["title"][1]:
        return  # 'Görner, R., editors. In the Embrace of the Swan': a book's title that begins so
    start, end, share = spans["title"]
    if (word := _IN_BEFORE_THE_BOOK.match(text, start)) is None or not text[word.end() : end].strip(_EDGE):
        return
    spans["container"] = (word.end(), end, share)
    del spans["title"]


def _subtitle_out_of_container(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'Lebensführung als Arbeit. Über die Autonomie der Person im Alltag der Gesellschaft.
    Stuttgart.': a book's subtitle the labeller read as a journal. Only when nothing else says
    journal or book part: no 'In', no editors, volume, issue or pages, no word of a journal's or
    series' name, and a known place right after it. Editors before the title edited this book
    ('Straub, Jürgen (Hg.) (1998): Erzählung, Identität …'); they say nothing of a journal."""
    if "container" not in spans or "title" not in spans or "location" not in spans:
        return
    title_end, (start, end, _), place = spans["title"][1], spans["container"], spans["location"]
    # '…, 3. Aufl., München': an edition between the book and its place (read as a volume or a
    # publisher, it says nothing of a journal).
    edition = text[end : place[0]].strip(_EDGE)
    if edition and not _NUMBERED_EDITION.fullmatch(edition + "."):
        return
    if any(label in spans and not end <= spans[label][0] < place[0] for label in ("volume", "issue", "pages")):
        return
    if "editor" in spans and spans["editor"][0] > spans["title"][0]:
        return
    between = text[title_end:start]
    if start < title_end or between.strip(_EDGE) or _CONTAINER_PREFIX.match(text[start:end]).end():
        return
    if _PRESENTED_AT.match(text, start):
        return  # 'Comunicação apresentada em Congresso …, Recife': where a talk was given
    words = _YEARS_AT_END.sub("", text[start:end])  # 'Europa 1933-1945': the years a book covers
    if _SERIAL_WORDS.search(words):
        return
    if not is_place(text[place[0] : place[1]]):
        return
    if "date" in spans and spans["date"][0] >= place[1] and _names_a_day(text[spans["date"][0] : spans["date"][1]]):
        return  # 'Inep Notícias, Brasília, 14 jul. 2003': a day's issue is a periodical's, not a book's
    spans["title"] = (spans["title"][0], end, spans["title"][2])
    del spans["container"]


def _names_a_day(date: str) -> bool:
    """'14 jul. 2003', 'March 4, 2001': a day of a month, not a year alone."""
    words = re.findall(r"\w+", date)
    return any(month_number(word) for word in words) and any(word.isdigit() and int(word) <= 31 for word in words)


def _subtitle_read_as_journal(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'What Determines Trust …? Underlying Psychological Constructs. Risk Analysis, 16: 473-486': the
    labeller read the title's last sentence into the journal after it. Only a journal (numbers after
    it, no 'In', editors or publisher), and only a sentence no abbreviated journal name has: three
    words or more, none cut short with a full stop ('Acta Phys. Polonica B', 'Soc. Sci. Med.'), the
    last of five letters or more, no word of a journal's name ('Zeitschrift für Inklusion. Gemeinsam
    leben')."""
    if "title" not in spans or "container" not in spans or "editor" in spans or "publisher" in spans:
        return
    (start, end, share), (journal_start, journal_end, journal_share) = spans["title"], spans["container"]
    if not any(label in spans and spans[label][0] >= journal_end for label in ("volume", "issue")):
        return
    between = text[end:journal_start]
    if journal_start < end or between.strip(_EDGE):
        return
    quoted = _QUOTE_MARK.match(text[start]) or _QUOTE_MARK.fullmatch(text[:start].rstrip()[-1:])
    if quoted and _QUOTE_MARK.search(text, max(start, end - 2), journal_start):
        return  # a quoted title ends where its quotation does
    if _CONTAINER_PREFIX.match(text[journal_start:journal_end]).end() or _IN_WORD.match(text, journal_start):  # type: ignore[union-attr]
        return  # a book after 'In', or a journal whose name begins so: 'In Vitro Cellular & … Biology. Plant'
    if (last := _last_sentence(text, journal_start, journal_end)) is None:
        return
    sentence = text[journal_start : last.start()]
    words = sentence.split()
    if len(words) < 3 or _CUT_SHORT.search(sentence) or len(words[-1].strip(_EDGE)) < 5:
        return
    if _SERIAL_WORDS.search(sentence.translate(_NO_DIGITS)):
        return
    spans["title"] = (start, last.start() + 1, share)
    spans["container"] = (last.end(), journal_end, journal_share)


_NO_DIGITS = str.maketrans("", "", "0123456789")
_CUT_SHORT = lazy_compile(r"(?<!\d)\.")  # 'Phys.', 'Rev .ST': an abbreviation; not '70.' (an ordinal)
_QUOTE_MARKS = "\"'“”„‘’‚«»‹›"
_QUOTE_MARK = lazy_compile(f"[{_QUOTE_MARKS}]")

# What a journal's name may be followed by in brackets: its medium, not its name ('[On-line Journal]',
# '[Electronic version]', '[Online]').
_MEDIUM_NOTE = r"\s*(?:on-?line|electronic|internet)(?:[\s-]+(?:journal|serial|version|resource))?\s*\]"
_MEDIUM = lazy_compile(rf"\[?{_MEDIUM_NOTE}", re.I)
# 'Global tourism trends [online]. Paper presented at …': the medium ends the title; a note follows.
_MEDIUM_AND_AFTER = lazy_compile(rf"\s*\[{_MEDIUM_NOTE}.*$", re.I | re.S)
_MEDIUM_AFTER = lazy_compile(rf"\s*\[{_MEDIUM_NOTE}[\s,.;:]*$", re.I)
# Where a title's last sentence begins: after a full stop, question or exclamation mark that ends a
# word of two letters or more, or a bracket ('[42 paragraphs]. Forum …').
_LAST_SENTENCE = lazy_compile(r"(?:(?<=[^\W\d_]{2})|(?<=\d{2})|(?<=[\])]))[.?!]\s+(?=[A-ZÄÖÜ])")
# 'Forum Qualitative Sozialforschung / Forum: Qualitative Social Research [On-line Journal], 8(1)' after a
# title ending '[42 paragraphs].': the count of paragraphs some journals print is no part of a title.
_PARAGRAPHS = lazy_compile(r"\s*\[\d+\s+(?:paragraphs|Absätze|párrafos)\]\s*$", re.I)


def _last_sentence(text: str, start: int, end: int) -> re.Match[str] | None:
    """The break before the last sentence of text[start:end] (where a journal read into a title begins)."""
    breaks = list(_LAST_SENTENCE.finditer(text, start, end))
    return breaks[-1] if breaks else None


def _journal_out_of_title(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """A journal's name the labeller read as the title's last sentence: the title ends in the first
    half of a name in two languages ('… Forum Qualitative Sozialforschung /' + 'Forum: Qualitative
    Social Research'), or the journal read is only its medium in brackets ('[On-line Journal]')."""
    if "title" not in spans or "container" not in spans:
        return
    (start, end, share), (book_start, book_end, book_share) = spans["title"], spans["container"]
    if book_start < end or text[end:book_start].strip(_EDGE + "[/"):
        return
    title = text[start:end].rstrip(" [")
    halves = title.endswith("/")
    if not halves and not _MEDIUM.fullmatch(text[book_start:book_end].strip(" ,.;:")):
        if (note := _MEDIUM_AFTER.search(text, book_start, book_end)) is not None and note.start() > book_start:
            spans["container"] = (book_start, note.start(), book_share)  # 'Qualitative Social Research [Online]'
        return
    if (last := _last_sentence(text, start, start + len(title))) is None:
        return
    journal_start = last.end()
    title_end = last.start() + 1
    if (paragraphs := _PARAGRAPHS.search(text, start, last.start())) is not None:
        title_end = paragraphs.start()
    spans["title"] = (start, title_end, share)
    spans["container"] = (journal_start, book_end if halves else start + len(title), book_share)


_PUBLISHER_AFTER_PLACE = lazy_compile(rf"{_AND_OTHER_PLACES}?\s*:\s*(?P<publisher>[^\W\d_][^.,;:()]*)")


def _name_after_colon(text: str, place_end: int) -> re.Match[str] | None:
    """The name after a place and its colon ('Stuttgart: Metzler'), the colon in the place's span or not."""
    return _PUBLISHER_AFTER_PLACE.match(text, place_end - (text[place_end - 1] == ":"))


# Pages, a role, a link, or a note that the work is unpublished ('Salzburg: Unveröff. Dipl.Arb.').
_PUBLISHER_AFTER_PLACE_NOT = lazy_compile(r"(?:S|pp?|Bd|Vol|Hrsg|Hg)\b|(?:https?|www)\b|unver[öo]ff|unpubl", re.I)


_MARKED_ISSUE = lazy_compile(rf"{_ISSUE_WORD}\s*\d", re.IGNORECASE)
_MARKED_VOLUME = lazy_compile(r"(?:v|vol)\.\s*\d", re.IGNORECASE)


def _issue_and_volume_read_the_other_way(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """ABNT's 'n. 16, v. 9' (the number first): the labeller read the issue as the volume, and the volume as
    the issue; each says what it is by its word."""
    if (
        "volume" in spans
        and "issue" in spans
        and spans["volume"][0] < spans["issue"][0]
        and _MARKED_ISSUE.match(text, spans["volume"][0])
        and _MARKED_VOLUME.match(text, spans["issue"][0])
    ):
        spans["volume"], spans["issue"] = spans["issue"], spans["volume"]


def _journal_before_its_city(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'A saúde da família no Brasil. Revista de Saúde Pública, São Paulo, v. 34, n. 3, p. 316-319, 2000.':
    Brazil's ABNT prints the journal's city after its name; the labeller read the journal as the
    title's last sentence, as a publisher, or with the city in it, and the city as a book's place.
    With a volume or an issue after the city, what comes before the city is the journal."""
    numbers = [spans[label][0] for label in ("volume", "issue") if label in spans]
    if "title" not in spans or not numbers or _NUMBER_PREFIX.match(text[min(numbers) :]) is None:
        return  # 'Berlin, insbes. 55-63': a book's pages, read as a volume
    if "location" not in spans and "container" in spans and "publisher" not in spans:
        start, end, share = spans["container"]
        if is_place(text[start:end].strip(_EDGE)) and not text[spans["title"][1] : start].strip(_EDGE):
            spans["location"] = spans.pop("container")  # 'Ensaio: … em educação, Belo Horizonte, v. 14'
        else:
            _city_out_of_journal(text, spans, min(numbers))
            return
    if "location" not in spans:
        return
    end, place = spans["title"][1], spans["location"]
    if place[0] < end or min(numbers) < place[1] or text[place[1] : min(numbers)].strip(_EDGE):
        return
    if "container" not in spans and "publisher" in spans:
        start, publisher_end, share = spans["publisher"]
        if start >= end and not text[end:start].strip(_EDGE) and not text[publisher_end : place[0]].strip(_EDGE):
            spans["container"] = spans.pop("publisher")  # 'Educação e Pesquisa, São Paulo, v. 29'
        return
    if "container" in spans or text[end : place[0]].strip(_EDGE):
        return
    _journal_from_last_sentence(text, spans)


# A book's imprint as Italian, French and German humanities print it, at the reference's end: the place, the year,
# and how many volumes the work has ('…, Venezia 1874, 2 v.', '…, Berlin 1898, 2 Bde.').
# A work's number of volumes by its word: '2 V.', '2 voll.', '3 vols.', '2 Bde.', '2 tomes'.
_VOLUMES_WORD = r"(?:bände|bde|vols?|volumes|voll?|v|tomes?)\b"
_PLACE_YEAR_AT_THE_END = lazy_compile(
    rf"(?P<year>(?:1[5-9]|20)\d\d)[a-z]?(?:\s*+,\s*+(?P<count>\d{{1,2}}\s?{_VOLUMES_WORD}\.?))?[\s.]*+$",
    re.IGNORECASE,
)
_CAPITALISED_NAMES = lazy_compile(r"[A-ZÀ-Þ][a-zß-ÿ]{2,}(?:[-/][A-ZÀ-Þ][a-zß-ÿ]{2,})*")  # 'Venezia', 'Milano-Napoli'


def _year_read_as_the_volume(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'P. Müller, Studien zur Geschichte, Berlin 1898, 2 Bde.': a book's year and its number of volumes read as
    its volume, at the reference's end, with no journal, date, issue or pages read."""
    if "volume" not in spans or any(label in spans for label in ("container", "date", "issue", "pages")):
        return
    start, end, share = spans["volume"]
    found = _PLACE_YEAR_AT_THE_END.match(text, start)
    if found is None or found.end("count" if found["count"] else "year") < end - 1:
        return
    del spans["volume"]
    spans["date"] = (found.start("year"), found.end("year"), share)
    if found["count"]:
        spans["volume"] = (found.start("count"), found.end("count"), share)  # read as the number of volumes


def _place_and_year_read_as_a_journal(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'G. B. Chiodino, Arte pratica latina e volgare di far contrapunto a mente, Venezia 1610.': the labeller,
    trained mostly on journals, read the place and the year ending a book's reference as a journal and its
    volume ('Venezia', '1610'), or the place alone as the journal before the date. With nothing after them
    but the number of volumes, and no pages or issue, they are the book's place and year: a known place, or
    a capitalised name (names joined by a hyphen or a slash: 'Milano-Napoli') after the title's comma
    (Venezia is not among the known places: its name is printed in titles more than as a place). The label
    rule _place_and_year_ending_a_book reads the imprint when the year ends the reference; this one, from
    the spans, also when the number of volumes follows the year ('Venezia 1874, 2 V.')."""
    if "container" not in spans or any(label in spans for label in ("issue", "location", "publisher", "editor")):
        return
    start, end, share = spans["container"]
    found = _PLACE_YEAR_AT_THE_END.match(text, end + len(text[end:]) - len(text[end:].lstrip(" ,")))
    if found is None or any(
        label in spans and not found.start() <= spans[label][0] < found.end() for label in ("volume", "pages", "date")
    ):
        return
    place = text[start:end].strip(_EDGE)
    comma_before = text[:start].rstrip().endswith(",")
    if not (is_place(place) or (comma_before and _CAPITALISED_NAMES.fullmatch(place))):
        return
    for label in ("volume", "pages", "date"):
        spans.pop(label, None)
    del spans["container"]
    spans["location"] = (start, end, share)
    spans["date"] = (found.start("year"), found.end("year"), share)
    if found["count"]:
        spans["volume"] = (found.start("count"), found.end("count"), share)  # read as the number of volumes


def _city_after_the_journals_full_stop(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'Current Science. Bangalore 101: 1015–1019', 'Phyllomedusa. Belo Horizonte 16': the city a journal
    is published in, after its name's full stop and right before its volume, is no part of the name.
    Not after an abbreviation, nor a short word that names a place as well: 'Cerâm. Ind. 23'. With
    the city alone read as the journal, the title's last sentence is the journal."""
    if "container" not in spans or "volume" not in spans:
        return
    start, end, share = spans["container"]
    if end > spans["volume"][0] or text[end : spans["volume"][0]].strip(" "):
        return
    if "title" in spans and not text[spans["title"][1] : start].strip(" .") and is_place(text[start:end].strip(_EDGE)):
        # The labeller read the city alone as the journal, and the journal's name into the title.
        first, last, title_share = spans["title"]
        title, stop, journal = text[first:last].rstrip(" .").rpartition(". ")
        if stop and title.strip() and journal[:1].isupper() and len(journal.split()) <= 6:
            spans["title"] = (first, first + len(title), title_share)
            spans["container"] = (first + len(title) + len(stop), first + len(title) + len(stop) + len(journal), share)
        return
    name, stop, city = text[start:end].rpartition(". ")
    last_word, city = name.rsplit(None, 1)[-1] if name.strip() else "", city.strip(_EDGE)
    if stop and len(last_word) > 4 and last_word.isalpha() and len(city) > 3 and is_place(city):
        spans["container"] = (start, start + len(name), share)


# A publisher's word a number can complete: Portugal's 'Edições 70', Brazil's 'Editora 34'.
_PUBLISHERS_WORD = r"(?:edi[çc][õo]es|editora|ediciones|[ée]ditions)"
_NUMBERED_PUBLISHER = lazy_compile(rf"{_PUBLISHERS_WORD}\s*$", re.IGNORECASE)
_NUMBERED_PUBLISHER_NAME = lazy_compile(rf"{_PUBLISHERS_WORD}\s+\d{{1,3}}", re.IGNORECASE)


def _publishers_number_read_as_pages_or_volume(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'São Paulo, SP: Edições' + '70.' (as pages), 'São Paulo: Editora 34, 2016' (as a volume): a bare
    number right after a publisher's word ('Edições', 'Editora') is part of the publisher's name, not a
    page or a volume."""
    for label in ("pages", "volume"):
        if label not in spans:
            continue
        first, last, number_share = spans[label]
        number = text[first:last].strip(_EDGE)
        if (whole := _NUMBERED_PUBLISHER_NAME.fullmatch(number)) is not None:
            if "publisher" not in spans or not text[spans["publisher"][0] : spans["publisher"][1]].strip(_EDGE):
                spans["publisher"] = (
                    first + text[first:last].index(whole.group()),
                    first + len(text[first:last].rstrip(_EDGE)),
                    number_share,
                )
                del spans[label]  # 'Editora 34' read whole as the volume
            continue
        if "publisher" not in spans or not number.isdigit() or len(number) > 3:
            continue
        start, end, share = spans["publisher"]
        if start <= first < end and _NUMBERED_PUBLISHER_NAME.search(text, start, end):
            del spans[label]  # the publisher's name already ends in it ('Editora 34', found after the place)
            continue
        if text[end:first].strip() or not _NUMBERED_PUBLISHER.search(text, start, end):
            continue
        spans["publisher"] = (start, first + len(text[first:last].rstrip(_EDGE)), share)
        del spans[label]


def _city_out_of_journal(text: str, spans: dict[str, tuple[int, int, float]], numbers: int) -> None:
    """'Revista Letras, Santa Maria, v. 20': the city read into the journal's name, right before its volume."""
    if "container" not in spans:
        return
    start, end, share = spans["container"]
    if end > numbers or text[end:numbers].strip(_EDGE):
        return
    name, comma, city = text[start:end].rstrip(_EDGE).rpartition(",")
    if comma and name.strip() and is_place(_STATE_AFTER_CITY.sub("", city.strip())):
        spans["container"] = (start, start + len(name.rstrip()), share)


# 'Campo Mourão-PR', 'Campinas (SP)', 'Natal/RN': Brazil's cities with their state.
_STATE_AFTER_CITY = lazy_compile(rf"\s*(?:[-–/]\s*|\()(?:{'|'.join(sorted(BRAZILIAN_STATES))})\)?$")


def _journal_from_last_sentence(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """The title's last sentence becomes the journal (when the numbers after it say journal)."""
    start, end, share = spans["title"]
    title = text[start:end].rstrip(_EDGE)
    if (last := _last_sentence(text, start, start + len(title))) is not None:
        title_end, journal_start = last.start() + 1, last.end()
        if (
            text[journal_start : start + len(title)].split(" ", 1)[0].lower() in _JOURNAL_WORDS
            and (name := _JOURNALS_OWN_NAME.search(text, start, title_end)) is not None
            and not _NOTE_NOT_A_NAME.match(name["name"])
        ):
            # '… elementos de leitura. Bakhtiniana.' + 'Revista de Estudos do Discurso. São Paulo, v. 15': the journal's
            # own short name before its generic one, as _journal_name_read_into_the_title reads it from labels.
            title_end, journal_start = name.start(), name.start("name")
        spans["title"] = (start, title_end, share)
        spans["container"] = (journal_start, start + len(title), share)


# '19. Jg., Heft 5', '56. Jg. 11-12/2006', '30. Jg., H. 2': German journals' volume (Jahrgang, the year
# of publication counted from the first) and issue.
_JAHRGANG = lazy_compile(
    r"(?<![\w.])(?P<volume>\d{1,3})\.?\s*(?:jg|jahrgang)\b\.?"
    r"(?:[\s,;/]*(?:(?:heft|h|nr|no)\b\.?\s*)?(?P<issue>\d{1,2}(?:\s?[-/]\s?\d{1,2})?)(?![\d.]))?",
    re.I,
)


def _volume_by_jahrgang(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'Population, Space and Place, 19. Jg., Heft 5, 522–536': the labeller read the volume into the
    title or the journal, and the issue as the volume. A number before 'Jg.' is the volume, whatever it
    was read as; the issue after it is the issue; a journal read into the title is its last sentence."""
    if "jg" not in (folded := text.casefold()) and "jahrgang" not in folded:
        return
    found = _JAHRGANG.search(text)
    if found is None or "title" not in spans or found.start() <= spans["title"][0]:
        return
    share = min(span[2] for span in spans.values())
    for label, (start, end, other_share) in list(spans.items()):
        if end <= found.start() or start >= found.end():
            continue
        if start < found.start():
            spans[label] = (start, found.start(), other_share)
        elif text[found.end() : end].strip(_EDGE):
            spans[label] = (found.end(), end, other_share)
        else:
            del spans[label]
            if label == "pages" and (pages := _PAGES_AFTER.search(text, found.end())) is not None:
                # '9. Jg. (Dec 2000), S. 370-383' with the volume read as the pages: the range after it.
                spans["pages"] = (pages.start(), pages.end(), other_share)
    spans["volume"] = (found.start("volume"), found.end("volume"), share)
    if found["issue"]:
        spans["issue"] = (found.start("issue"), found.end("issue"), share)
    if "container" not in spans and not text[spans["title"][1] : found.start()].strip(_EDGE):
        _journal_from_last_sentence(text, spans)


_YEAR_ONLY = lazy_compile(r"[\s(\[]*(?:1[5-9]|20)\d\d[a-z]?[\s)\].,:;]*")
_ABBREVIATED_WORD = lazy_compile(r"\b[A-Z][a-z]{0,4}\.(?!\w)")  # 'Ann.', 'Sci.': a journal's abbreviated name


def _title_read_as_book(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'Wiese, Leopold von (1968/1924), System der Allgemeinen Soziologie …, Berlin', 'Konami: Silent
    Hill 2, 2001.': a work's own title read as a book or journal it is part of, with no title read.
    Only a book (a place or a publisher read) or a bare 'names, year, name': not a book after 'In' or
    its editors (a chapter pasted without its own title), nor a journal or a newspaper ('Astrophys. J.,
    520, 137': physics prints no article titles; 'Le Monde, 30 juillet 1952'; 'Tetrahedron. À paraître')."""
    if "title" in spans or "container" not in spans:
        return
    if any(label in spans for label in ("editor", "volume", "issue", "pages")):
        return
    start, end, _ = spans["container"]
    if _CONTAINER_PREFIX.match(text[start:end]).end():  # type: ignore[union-attr]
        return
    if "location" not in spans and "publisher" not in spans:
        year_only = "date" not in spans or _YEAR_ONLY.fullmatch(text[spans["date"][0] : spans["date"][1]])
        if not year_only or set(spans) - {"author", "date", "container"}:
            return
        if _SERIAL_WORDS.search(text[start:end]) or _ABBREVIATED_WORD.search(text[start:end]):
            return
    spans["title"] = spans.pop("container")


# French, Spanish and Portuguese print a book's series after its publisher: ', coll. « Le lien social »',
# ', colección Ensayo', ', Coleção Primeiros Passos'.
_COLLECTION_WORD = r"(?:coll(?:ection)?\.?|col\.|colecci[óo]n|cole[çc][ãa]o)"
_COLLECTION = lazy_compile(rf",\s*{_COLLECTION_WORD}\s+", re.I)
_SERIES_AFTER = lazy_compile(
    rf"[\s,]*(?:\((?P<bracketed>[^()]{{2,80}})\)|{_COLLECTION_WORD}\s+«?\s*(?P<named>[^«»()]{{2,80}}?)\s*»?)[\s.,;]*$",
    re.I,
)
# A note in brackets after the publisher that is no series: an edition, a role, pages, a year ('first
# published in 1962', 'original text written in 1934'), 'forthcoming'.
_NOT_A_SERIES = lazy_compile(
    r"aufl|\bed(?:ition)?\b|hrsg|\bhg\b|erscheinen|forthcoming|in press|original|published|reprint|nachdruck"
    r"|\b(?:pp?|S)\.\s*\d|\d\s*[-–]\s*\d|(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|^\W*\d+\W*$",
    re.I,
)
_BRACKET = lazy_compile(r"\((?P<inside>[^()]{2,80})\)")
_SERIES_NUMBER = lazy_compile(r"[\s,.]*(?:(?:bd|band|nr|no|vol|h|heft)\.?\s*)?\d+[a-z]?$", re.I)
_SERIES_NAME = lazy_compile(r"[^\W\d_][\w.’'& -]*[^\W\d_]")
# Notes in brackets after a title that name no series: a thesis, editors, the original, a translation.
_NO_SERIES_NAME = lazy_compile(r"diss|thesis|these|tese|habil|magister|master|\beds?\b|orig|übers|transl", re.I)


def _series_after_the_title(text: str, spans: dict[str, tuple[int, int, float]], reference: Reference) -> None:
    """'Einführung in die Interpretation historischer Quellen. (UniTaschenbücher, 1674). Paderborn: …',
    'Einführung in die Wirtschaftsethik (Einführungen. Philosophie 3), Münster': a book's series in
    brackets between its title and its place, which the labeller read as nothing, is kept as printed
    (collection-title), as the series after the publisher is."""
    if "title" not in spans or "(" not in text[spans["title"][1] - 1 :]:
        return
    end = spans["title"][1]
    fields = [span for label, span in spans.items() if label != "other"]  # nothing read: 'other'
    following = [start for start, _, _ in fields if start >= end]
    bracket = _BRACKET.search(text, end - 1, min(following, default=len(text)))
    if bracket is None or bracket.start() < end - 1:
        return
    inside = bracket["inside"].strip(_EDGE)
    number = _SERIES_NUMBER.search(inside)  # 'UniTaschenbücher, 1674': a number a year's length is no year here
    name = inside[: number.start()] if number else ""
    if (word := name.rstrip(" .,").lower()) in MONTHS or word in _SEASON_WORDS or len(name) < 3:
        return  # '(Dec 2000)', '(Winter 1998)': when the issue came out
    if _YEAR.fullmatch(number.group().strip(" ,.")) and "," not in number.group():
        return  # '(Annual Report on the Shanghai Cooperation Organization 2010)': a title's year, not a number
    if not _SERIES_NAME.fullmatch(name) or _NOT_A_SERIES.search(name) or _NO_SERIES_NAME.search(name):
        return  # only a series' name and its number: not '(trans.)', '(Third Edition)', '(NJ)', '(arxiv:…)'
    if any(start < bracket.end() and bracket.start() + 1 < stop for start, stop, _ in fields):
        return  # read as a field of its own
    reference.variables["collection-title"] = inside
    place = text[bracket.end() :].strip(_EDGE + " ")
    if "publisher-place" not in reference.variables and not following and is_place(place):
        reference.variables["publisher-place"] = place  # '… (Einführungen. Philosophie 3), Münster.'


# A book's length after its series, where the series' name ends: 'coll. La nature humaine, 160 p., bibliogr.'
_PAGE_COUNT_AFTER_SERIES = lazy_compile(r",\s*\d+\s*(?:pp?|S|f)\.")
# The small words a body's initials pass over: 'PUF' of 'Presses universitaires de France'.
_WORDS_WITH_NO_INITIAL = frozenset("de des du la le les of the and for für und der die das et e y da do di".split())


def _short_name_of(name: str, short: str) -> bool:
    """Whether short is name's initials in capitals ('PUF' of 'Presses universitaires de France'), the small
    words passed over."""
    initials = "".join(
        word[0] for word in name.split() if word.casefold() not in _WORDS_WITH_NO_INITIAL and word[0].isalpha()
    )
    return len(short) >= 2 and short.isupper() and short == initials.upper()


# French Wikipedia's and Francophone publishers' imprint: 'Paris, Dunod, coll. « Enseignement de la physique »,
# 2001': the publisher, then its series' name in guillemets.
_PUBLISHER_AND_COLLECTION = lazy_compile(
    r",\s*(?P<publisher>[A-ZÀ-Þ][^,.;:«»()\d]{0,60}?)\s*,\s*coll(?:ection)?\.?\s*«\s*(?P<series>[^«»]{2,100}?)\s*»"
)


def _publisher_before_its_collection(text: str, reference: Reference) -> None:
    """'… résolus), Paris, Dunod, coll. « Enseignement de la physique », 2001', '…, MPSI/MP, Ellipses, coll. «
    prépa sciences », 2022': the publisher and its series, read as a second title (and dropped) or into the title,
    are the record's."""
    found = _PUBLISHER_AND_COLLECTION.search(text)
    if found is None or is_place(publisher := found["publisher"].strip()):
        return
    reference.variables["publisher"] = publisher
    reference.variables.setdefault("collection-title", found["series"])
    if reference.title and (cut := reference.title.find(f", {publisher}, ")) > 0:
        reference.title = reference.title[:cut]


# Elsevier's 'Article 109141', 'Article eaau6977'; Hindawi's 'Article ID 632786'; 'Article no. 12'.
_ARTICLE_WORD = lazy_compile(r"^Article\s+(?:(?:ID|no\.?|No\.?|number)\s*)?(?=\S*\d)")
_PAGE_COUNT = lazy_compile(r"(?P<count>\d{1,5})\s*(?:pp?|S|pages|Seiten|págs?|pgs?)")
# The book's length, then the page cited: '892 p., p. 193' (French Wikipedia's), '250 S., S. 12'.
_PAGE_COUNT_THEN_PAGE = lazy_compile(rf"{_PAGE_COUNT.pattern}\.?\s*,\s*(?:pp?|S)\.\s*\d+(?:\s*[-–]\s*\d+)?")
# ABNT prints a thesis's length in pages or leaves ('folhas') before its kind: '… dialógico. 202p. Tese (…)',
# '… 2019. 143 f. Dissertação (…)'.
_PAGE_COUNT_ENDING_THE_TITLE = lazy_compile(r"[.,]\s*(?P<count>\d{1,5})\s?(?:p|f|fl|fls|S)\.?$")
_OF_THE_YEAR = lazy_compile(r"(?<=\d)\s?/\s?(?:1[5-9]|20)\d\d$")


def _without_its_year(issue: str | None) -> str | None:
    """'Heft 2/2002': issue 2 of the year 2002, the year printed again; the issue alone."""
    return _OF_THE_YEAR.sub("", issue) if issue else issue


# 'Nr. 2, 24.2.', 'Nr. 195, vom 16. 8.', 'Nr. 39 v. 25.9.': the issue's day and month after its number.
_DAY_AND_MONTH_AFTER = lazy_compile(
    r"(?:,\s*(?:(?:vom|v\.)\s*)?|\s+(?:vom|v\.)\s*)\d{1,2}\.\s?\d{1,2}\.?$|,\s*(?:vom|v\.)\s*\d{1,2}\.?$"
)


# A title's translation in square brackets ('Der Widerspruch im Subjekt [The contradiction in the
# subject]'), as APA prints it: three words or more, beginning with a capital; not a note.
_TRANSLATION = lazy_compile(r"\[(?P<inner>[^\W\d_][^\[\]]*?\s\S+\s[^\[\]]*?)\]")
_CITATION_INSIDE = lazy_compile(r"\d+\s*,\s*[A-Za-z]?\d+\s*\((?:1[5-9]|20)\d\d\)")  # '77, 3865 (1996)'
_NOT_A_TRANSLATION = lazy_compile(
    rf"\b(?:on-?line|{ACCESS_WORD}|ver[öo]ffentlicht|unpublished|unveröffentlicht"
    r"|presented|special issue|paragraphs|absätze|orig|original|engl|dt|transl\w*|übers\w*|reprint|hrsg|eds?)\b",
    re.I,
)

# China's GB/T 7714 marks the kind of work after its title: '[J]' a journal article, '[M]' a book,
# '[D]' a thesis, '[C]' proceedings, '[R]' a report, '[EB/OL]' an online resource. No part of the title.
_TYPE_CODE = lazy_compile(r"\s*\[(?:[JMDCRNPSZGA]|EB|DB|CP)(?:/OL)?\][\s.,]*$")


# ISO 690's medium after the title, as Czech generators print it: 'Bibliografie … 1952-2022. Online.'
_ONLINE_AT_END = lazy_compile(r"\.\s+(?:Online|Elektronický zdroj|On-line)\.?\s*$")


def _without_what_ends_a_title(title: str) -> str:
    """A title's span without what the labeller may read into its end: a medium and all after it
    ('[online]. …'), an edition, a link's lead, 'Unveröff.', GB/T 7714's type code. The two bracketed ones are
    looked for only where a bracket is (each pattern may begin at any space of the title)."""
    if "[" in title:
        title = _MEDIUM_AND_AFTER.sub("", title)
    title = without_link_lead(_EDITION_AFTER.sub("", title))
    if "line" in title or "zdroj" in title:
        title = _ONLINE_AT_END.sub("", title)
    if "npubl" in title or "nveröff" in title:
        title = _UNPUBLISHED_AT_END.sub("", title)
    if title.endswith(("ansl", "ans", "bers", "rad", "ansl.", "ans.", "bers.", "rad.")):
        title = _TRANSLATOR_LEAD_AT_END.sub("", title)  # 'Philosophical Investigations. Transl.' + the names
    if ". " in title and any(stem in title.casefold() for stem in _ACCESS_STEMS):
        title = _ACCESS_NOTE_AND_AFTER.sub("", title)
    return _TYPE_CODE.sub("", title) if "[" in title else title


# An access note, its own sentence after the title's, and all after it: ABNT's page with no year of its own ('LARXEL.
# Fetal Health Classification. Acesso em 12 de março de 2021. Disponível em: <https://…>.').
_ACCESS_NOTE_AND_AFTER = lazy_compile(
    rf"\.\s+(?:(?:zuletzt|last)\s+)?{ACCESS_WORD}\b(?=[^.]{{0,24}}\d).*$", re.IGNORECASE | re.DOTALL
)


# A translator's lead word the labeller read as the title's last: 'Philosophical Investigations. Transl.'
_TRANSLATOR_LEAD_AT_END = lazy_compile(r"[.,]\s*(?:[Tt]ransl?|[ÜüUu]bers|[Tt]rad)\.?\s*$")
# '… bei postalischen Befragungen. Unveröff.' (+ 'Manuskript, Düsseldorf'): that the work is unpublished.
_UNPUBLISHED_AT_END = lazy_compile(r"[.,]\s*(?:[Uu]nveröff(?:entlicht)?|[Uu]npublished)\.?\s*$")


def _title_with_its_translation(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """The translation after a title is the title's, whatever the labeller read it as (a journal,
    a note, or the title cut short inside the brackets)."""
    if "title" not in spans or "[" not in text:
        return
    start, end, share = spans["title"]
    opening = text.rfind("[", start, end)
    if opening < 0 or "]" in text[opening:end]:
        opening = end + len(text[end:]) - len(text[end:].lstrip(" \t" + _QUOTE_MARKS))
    if opening <= start or text[start:opening].rstrip(" \t" + _QUOTE_MARKS).endswith((".", ",")):
        return  # '…, [The Encyclopedia of Optical Engineering]': a book in brackets, after the title
    translation = _TRANSLATION.match(text, opening)
    if translation is None or _NOT_A_TRANSLATION.search(translation["inner"]):
        return
    if _CITATION_INSIDE.search(translation["inner"]):
        return  # an erratum's original: '… Made Simple [Phys. Rev. Lett. 77, 3865 (1996)]. Phys. Rev. Lett. 1997, …'
    if not translation["inner"][0].isupper():
        return
    closing = translation.end()
    spans["title"] = (start, closing, share)
    for label, (other_start, other_end, other_share) in list(spans.items()):
        if label == "title" or other_end <= end or other_start >= closing:
            continue
        if other_end <= closing:
            del spans[label]
        else:
            spans[label] = (closing, other_end, other_share)


# 'Tradução de Paulo Bezerra', 'Trad. e introdução de Manuel Alexandre Júnior', 'Traducción de …', 'Traduit
# par …', 'Translated by …', 'Übersetzt von …' after a title or a book: who translated it, no part of its
# title. Capitalised, after a full stop or a comma ('Trad.' after a space too): 'a tradução de Homero' is a title.
_TRANSLATOR_NOTE = lazy_compile(
    r"(?:[.,;]\s+|\s+(?=Trad\.))(?P<lead>(?:Tradu[çc][ãa]o|Traducci[óo]n|Trad\.|Traduit|Translated|Übersetzt|Übers\.)"
    r"(?:[^\W\d_]|[\s,.])*?\s)(?=[A-ZÀ-ÖØ-Þ])"
)


# 'Organização Maurício Negro.', 'Organização, tradução e notas: João Wanderley Geraldi.', 'Edición de …',
# 'Édité par …', 'Edited by …' after a title or a book: who edited it.
_EDITOR_NOTE = lazy_compile(
    r"[.,;]\s+(?P<lead>(?:Organiza[çc][ãa]o|Organizad[oa]\s+por|Edici[óo]n\s+de|Editad[oa]\s+por|[ÉE]dit[ée]\s+par"
    r"|Edited\s+by)(?:[^\W\d_]|[\s,.:])*?\s)(?=[A-ZÀ-ÖØ-Þ])"
)
# Not 'Org.' ('J. Org. Chem.'), nor German 'Herausgegeben von …', which EXCITE's labellers keep in the title.
_ROLE_NOTES = (
    ("translator", _TRANSLATOR_NOTE, ("Tra", "bers")),
    ("editor note", _EDITOR_NOTE, ("Org", "Ed", "Éd")),
)


def _role_notes_out_of_title(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """ABNT's 'Teoria do romance I. A estilística. Tradução de Paulo Bezerra.', 'Uma antologia de
    literatura indígena. Organização Maurício Negro.': the translator or the editor, read into the title
    or the book, leaves it; the names after the note's words are theirs."""
    for role, note_pattern, words in _ROLE_NOTES:
        for label in ("container", "title"):
            if label not in spans or role in spans:
                continue
            start, end, share = spans[label]
            if not any(word in text[start:end] for word in words):
                continue
            if (note := note_pattern.search(text, start, end)) is not None and note.start() > start:
                spans[label] = (start, note.start(), share)
                spans[role] = (note.end(), end, share)


# A note of who translated or edited the work, read as the publisher ('Übersetzt von Ekkehard Schöller,
# Tübingen', 'Herausgegeben von Karl Janssen. Gütersloh') or as nothing in its brackets ('(Herausgegeben
# von Annemarie Schimmel)'): its words, then the names up to a mark that ends no initial.
_ROLE_NOTE_AS_IMPRINT = lazy_compile(
    r"\(?(?:(?P<translator>Übersetzt\s+von|Übers\.\s+v(?:on|\.)|Translated\s+by|Traduit\s+par|Tradu[çc][ãa]o\s+de)"
    r"|(?P<editor>Herausgegeben\s+von|Hrsg\.\s+v(?:on|\.)|Hg\.\s+v(?:on|\.)|Edited\s+by|[ÉE]dit[ée]\s+par))\s+"
    r"(?P<names>[A-ZÀ-Þ](?:[A-ZÀ-Þ]\.\s?|[^.;()])+?)\s*(?:[.;)]\s*|$)"
)


# That the work is a manuscript, not published: 'Unveröff. Manuskript', 'unveröffentlichtes Manuskript',
# 'unpublished manuscript', 'Mimeo'.
_MANUSCRIPT_NOTE = lazy_compile(
    r"\b(?:(?:unver[öo]ff(?:entlicht(?:e[ns]?)?)?\.?|unpublished)\s+)?"
    r"(?:manuskript|manuscript|typoskript|typescript|mimeo(?:graph)?)\b\.?",
    re.IGNORECASE,
)


def _may_note_a_manuscript(lowered: str) -> bool:
    """One of these is in every manuscript's note: a cheap test before the pattern's search."""
    return "anus" in lowered or "imeo" in lowered or "ypos" in lowered or "ypes" in lowered


# A manuscript's state, printed as the title's last sentence: 'Manuscript under (editorial) review', 'Manuscript
# submitted for publication', 'Manuscript in preparation', 'Zur Veröffentlichung eingereichtes Manuskript'.
_MANUSCRIPT_SENTENCE = lazy_compile(
    r"(?<=[.?!])\s+(?:(?:zur\s+veröffentlichung\s+)?eingereicht\w*\s+manuskript|(?:unpublished\s+)?manuscript\s+"
    r"(?:under\s+(?:editorial\s+)?review|in\s+preparation|submitted(?:\s+for\s+publication)?|in\s+press))\b",
    re.IGNORECASE,
)


def _manuscript_state_ending_the_title(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'Social ostracism and group motivation gain. Manuscript under editorial review, Michigan State
    University.': the sentence that says what became of a manuscript, read as the title's last, is no title."""
    if "title" not in spans or not _may_note_a_manuscript(text[spans["title"][0] : spans["title"][1]].lower()):
        return
    start, end, share = spans["title"]
    if (state := _MANUSCRIPT_SENTENCE.search(text, start, end)) is not None:
        spans["title"] = (start, state.start(), share)


def _manuscript_note_read_as_the_imprint(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'… Befragungen. Unveröff. Manuskript, Düsseldorf.', '…, Harvard University, unveröffentlichtes
    Manuskript.': the note that the work is an unpublished manuscript, read as its place or publisher, is
    neither; what is left of them is ('Düsseldorf' the place, 'Harvard University' the publisher)."""
    if not _may_note_a_manuscript(text.lower()):
        return
    imprint = [label for label in ("location", "publisher") if label in spans]
    if not imprint:
        return
    start = min(spans[label][0] for label in imprint)
    found = _MANUSCRIPT_NOTE.search(text, start, max(spans[label][1] for label in imprint))
    if found is None:
        return
    for label in imprint:
        start, end, share = spans[label]
        if found.start() <= start and end <= found.end() + 1:
            del spans[label]
        elif found.start() <= start < found.end():
            spans[label] = (found.end(), end, share)  # 'Manuskript, Düsseldorf.'
        elif start < found.start() < end:
            spans[label] = (start, found.start(), share)  # 'Harvard University, unveröffentlichtes Manuskript.'
    if "publisher" in spans and "location" not in spans:
        start, end, share = spans["publisher"]
        if is_place(text[start:end].strip(_EDGE)):
            spans["location"] = spans.pop("publisher")
    elif "location" in spans and "publisher" not in spans:
        start, end, share = spans["location"]
        if _INSTITUTION.search(text, start, end):
            spans["publisher"] = spans.pop("location")  # '" Mimeo, New York University, 2005.'


def _role_note_read_as_the_imprint(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'… Markt. Übersetzt von Ekkehard Schöller, Tübingen.', '… Schriften. Herausgegeben von Karl Janssen.
    Gütersloh, 1958': who translated or edited the work, read as the publisher (with the place after
    it) or as nothing, is kept as that; a place left after the names is the place."""
    for label in ("publisher", "other"):
        if label not in spans:
            continue
        start, end, share = spans[label]
        note = _ROLE_NOTE_AS_IMPRINT.match(text, start)
        if note is None or (label == "other" and text[start] != "("):
            continue
        role = "translator" if note["translator"] else "editor note"
        if role in spans or (role == "editor note" and "editor" in spans):
            continue
        names_start, names_end = note.span("names")
        comma = text.rfind(",", names_start, names_end)
        place = text[comma + 1 : names_end].strip() if comma > 0 else ""
        if place and is_place(place):  # 'Ekkehard Schöller, Tübingen.'
            spans.setdefault("location", (comma + 1, names_end, share))
            names_end = comma
        if names_end > end and label == "publisher":
            continue  # the names run on past what was read as the publisher
        spans[role] = (names_start, names_end, share)
        del spans[label]
        if label == "publisher" and (rest := text[note.end() : end].strip(_EDGE)):
            if "location" not in spans and is_place(rest):  # 'Karl Janssen. Gütersloh, 1958'
                spans["location"] = (text.index(rest, note.end()), end, share)
            else:
                spans["publisher"] = (text.index(rest, note.end()), end, share)
        return


# A translator's note the labeller read as nothing, after a title or a book: 'Translated by G. Roth.',
# 'Übers. von Guenther Roth.', 'Trad. Guenther Roth.', 'Traduit par …'; the names run to the next full
# stop that ends no initial, or to a comma before a figure ('Translated by Harvey C. Mansfield, 2nd ed.'). (A note
# inside the title or the book: _role_notes_out_of_title.)
_TRANSLATOR_ALONE = lazy_compile(
    r"[.,;]\s+(?:Translated\s+by|Transl\.|Übers(?:etzt)?\.?\s+von|Übers\.|Traduit\s+par|Trad\.(?:\s+de)?|Tradu[çc][ãa]o\s+de"
    r"|Traducci[óo]n\s+de)\s+(?P<names>(?=[A-ZÀ-Þ])(?:[A-ZÀ-Þ]\.\s?|[^.;()])+?)(?=\.(?:\s|$)|;|,\s*\d)"
)
# APA's '(G. Roth, Trans.)', '(G. Roth, Trans.; 5th ed.)' right after the title, which the labeller
# read into the title up to the comma.
_TRANSLATOR_IN_BRACKETS = lazy_compile(r"\s\((?P<names>[^()]+?),\s*(?:Trans|Übers|Trad)\.?(?:;[^()]*)?\)")


def _translator_read_as_nothing(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """The translator, whom the labeller read as nothing (or, in APA's brackets, as the title's end),
    is kept: a field of the record, not lost."""
    if "translator" in spans or not any(stem in text for stem in ("rans", "bers", "rad")):
        return
    share = min(span[2] for span in spans.values()) if spans else 1.0
    if (bracket := _TRANSLATOR_IN_BRACKETS.search(text)) is not None and "title" in spans:
        start, end, title_share = spans["title"]
        if start < bracket.start() < end <= bracket.end():
            spans["title"] = (start, bracket.start(), title_share)  # 'Wirtschaft und Gesellschaft (G. Roth'
            spans["translator"] = (*bracket.span("names"), share)
            return
    note = _TRANSLATOR_ALONE.search(text)
    if note is None:
        return
    first, last = note.span("names")
    if any(s < last and first < e for label, (s, e, _) in spans.items() if label != "other"):
        return  # read as a field: not this rule's
    spans["translator"] = (first, last, share)


# The words that put a date down as the day the page was read: '[acesso em 29 de setembro de 2014]',
# '[cited 2020 Mar 23]', '(accessed: 7 March 2021)', 'abgerufen am 16.06.2010', the noun in lower case ('last access
# 2021') or before its date ('Access date: …', 'Access: …'); not a journal's name ('IEEE Access, vol. 8, pp. 1–5,
# 2020': its year was taken for a day of reading and lost).
_ACCESS_BEFORE = lazy_compile(
    rf"\b(?:{ACCESS_WORD}|(?-i:access)|access(?=\s*(?:date\b|on\b|:)))\b[^\])(]{{0,40}}$", re.IGNORECASE
)
_ACCESS_STEMS = (*ACCESS_WORDS, "access")  # one in each


def _after_access_words(text: str, at: int) -> bool:
    window = text[max(0, at - 45) : at]
    folded = window.casefold()  # once, not once for each stem
    return any(stem in folded for stem in _ACCESS_STEMS) and _ACCESS_BEFORE.search(window) is not None


# A year printed on its own, 'c2007' (copyright) too; not an arXiv identifier's '1704.03648'.
_LONE_YEAR = lazy_compile(r"(?<![\w/.:-])c?(?P<year>1[6-9]\d\d|20\d\d)(?![\w/-]|[.:]\d)")
_NO_YEAR_IN = ("author", "editor", "title", "container", "url", "volume", "issue", "pages", "publisher")


def _date_read_as_nothing(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """The year the labeller left unlabelled ('…, p. 863-869, dez. 2011.', 'SVS; 2017[cited 2020 Mar 23]')
    or took from an access note ('2011 [acesso em 29 de setembro de 2014]'): a year printed on its own,
    in no other field and no access note, is the date; an access date is no date of publication. A year
    in square brackets after the title is the work's first, where the edition's year follows."""
    after = 0
    if "date" in spans:
        start, end, _ = spans["date"]
        if "[" in text[max(0, start - 2) : start + 1] and _YEAR_ONLY.fullmatch(text[start:end]):
            # 'Problemas da poética de Dostoiévski [1963]. … 2008.': the work's first year, then this edition's.
            after = end
        elif not _after_access_words(text, next((at for at in range(start, end) if text[at].isdigit()), start)):
            return  # (from the date's first figure: the labeller may read '(accessed on' into the date)
        else:
            del spans["date"]
    taken = [spans[label] for label in _NO_YEAR_IN if label in spans]
    for year in _LONE_YEAR.finditer(text, after):
        if any(start <= year.start() < end for start, end, _ in taken):
            continue
        if not _after_access_words(text, year.start()):
            spans["date"] = (year.start("year"), year.end(), 0.5)
            return


# An access note's word and the start of its date, right before a field: 'Accessed June 1, ' + '2021'. ('Role-Based
# Access Control, pages 1-9': no access note's word.)
_ACCESS_NOTE_BEFORE = lazy_compile(
    rf"\b{ACCESS_WORD}\b[\s:,]*(?:(?:on|am|em|el|le)\s+)?(?:[^\W\d_]{{3,9}}\.?\s+)?(?:\d{{1,2}}\.?,?\s+)?"
    r"(?:(?:de\s+)?[^\W\d_]{3,9}\.?,?\s+(?:de\s+)?)?$",
    re.IGNORECASE,
)
# A year after a day read as a field, its month before it: 'September ' + '22' + ', 2021'.
_YEAR_AFTER_THE_DAY = lazy_compile(r",?\s+(?:1[5-9]|20)\d\d\b")
_MONTH_AND_DAY = lazy_compile(r"(?P<month>[^\W\d_]{3,9})\.?\s+\d{1,2}")
_ACCESS_NOTES_NUMBERS = ("volume", "issue", "pages")


def _numbers_of_a_date_read_as_the_works(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """AMA's web page: '… Namecheap Blog. December 22, 2020. Accessed March 21, 2021. https://…', '… FDA. Published
    online September 22, 2021. Accessed December 30, 2021. https://…' (public repositories' lists). The labeller read
    a month and its day as a volume ('December 22', '22') and the year of the day the page was read as pages: no
    year of an access note is a volume, an issue or pages, nor is a month's day. (Asked of every reference: a
    pattern only where a month's name or an access note's year can be.)"""
    noted: bool | None = None  # whether the text holds an access note's stem: asked once, where needed
    for label in _ACCESS_NOTES_NUMBERS:
        if label not in spans:
            continue
        start, end, _ = spans[label]
        if text[start].isalpha():
            month = _MONTH_AND_DAY.fullmatch(text[start:end].strip(_EDGE))
            dated = month is not None and month["month"].lower() in MONTHS
        else:
            words = text[max(0, start - 12) : start].split()
            dated = (
                text[start - 1 : start].isspace()
                and bool(words)
                and words[-1].rstrip(".").lower() in MONTHS
                and _YEAR_AFTER_THE_DAY.match(text, end) is not None
            )
        if not dated and _YEAR_ONLY.fullmatch(text[start:end].strip(_EDGE)):
            if noted is None:
                folded = text.casefold()
                noted = any(stem in folded for stem in _ACCESS_STEMS)
            dated = noted and _ACCESS_NOTE_BEFORE.search(text, max(0, start - 32), start) is not None
        if dated:
            del spans[label]


_QUOTES_OPENING = (*_CLOSING_QUOTE, '"')  # and the straight quote, which closes itself


def _title_closing_quote(text: str, start: int) -> str | None:
    """The mark that closes a title opened by a quotation mark at its start or just before it ('»' + 'Frauen …')."""
    opening = text[start] if text[start] in _QUOTES_OPENING else text[:start].rstrip()[-1:]
    return '"' if opening == '"' else _CLOSING_QUOTE.get(opening)


def _title_ends_at_its_quote(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'»Leben im Ort 2017. Unterwegs zur Kommune der Vielfalt«, Orientierung.' + 'Fachzeitschrift der
    Behindertenhilfe': a title printed in quotation marks ends at its closing mark; the words the
    labeller read into it after the mark and a comma begin the journal that follows."""
    if "title" not in spans:
        return
    start, end, share = spans["title"]
    following = "container" if "container" in spans else "publisher" if "publisher" in spans else None
    if following is not None:
        book_start, book_end, book_share = spans[following]
    elif "volume" in spans:
        # '“Vergleich Demokratie travail”, Soziale Welt, C. 31': the journal read whole into the title.
        following, book_start, book_end, book_share = "container", spans["volume"][0], spans["volume"][0], share
    else:
        return
    if book_start < end or text[end:book_start].strip(_EDGE):
        return
    closing = _title_closing_quote(text, start)
    if closing is None or (close := text.find(closing, start + 1, end)) < 0:
        return
    rest = text[close + 1 : end]
    if not rest.lstrip().startswith(",") or not rest.strip(_EDGE) or any(mark in rest for mark in _QUOTES_OPENING):
        return  # '«Rassegna … foscoliana », « Rassegna … balzachiana »': two titles, each quoted
    spans["title"] = (start, close + 1, share)
    moved = close + 1 + len(rest) - len(rest.lstrip(_EDGE))
    # '"Il sessismo nella lingua italiana", Commissione nazionale …, Presidenza del Consiglio dei Ministri,
    # Dipartimento …' + a publisher: the bodies that issued a book, read into its title.
    spans[following] = (moved, book_end, min(share, book_share))


# A web page's site as printed after its quoted title: a name of a few words, or an address's ('Copetti.org').
_SITE_NAME = lazy_compile(r"[^\W\d_][\w.'’&-]*(?: [\w.'’&|-]+){0,6}")
_SITE_NAME_AT_MOST = 60
_LINK_IN = lazy_compile(r"https?://|www\.", re.IGNORECASE)
_ACCESS_COLON = lazy_compile(rf"\b{ACCESS_WORD}:", re.IGNORECASE)  # IEEE's 'Accessed: Mar. 24, 2024', '[Accedido: …]'
_ONLINE_MARK = lazy_compile(r"\[(?:online|en línea|on-line)\]", re.IGNORECASE)  # IEEE's, in English and Spanish
_NOT_A_SITE = frozenset({"online", "en línea", "internet", "on-line", "available", "disponible", "video", "pdf"})


def _site_after_a_quoted_title(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """IEEE's web page: '“Computer memory address,” Computer memory address basics. [Online]. Available: …',
    '«Indep. Comp. Analysis», EEGLAB Wiki. Accedido: …', '"PlayStation Architecture …", Copetti.org, 2019.
    [Online].' (public repositories' READMEs): the name after the quoted title and its comma, before the date
    or the link, is the site's, CSL's container-title for a page; the labeller read it into the title or as
    nothing. A month between the name and the year is the date's ('“Gemini API …,” Firebase Documentation, Sep. 2026.
    [Online].'); so named, with no link, the name is the container still ('“…,” Medium, Sep. 2022.')."""
    if "title" not in spans or "container" in spans or "publisher" in spans:
        return
    linked = "url" in spans
    start, end, share = spans["title"]
    closing = _title_closing_quote(text, start)
    if closing is None:
        return
    close = text.find(closing, start + 1, end)
    if close >= 0 and text[close + 1 : end].strip(_EDGE):
        site_start, site_end, site_share = close + 1, end, share
    elif "other" in spans and spans["other"][0] >= end and not text[end : spans["other"][0]].strip(_EDGE):
        site_start, site_end, site_share = spans["other"]
    elif linked and not text[end : spans["url"][0]].strip(_EDGE) and (link := _LINK_IN.search(text, *spans["url"][:2])):
        # '“PyTorch documentation,” PyTorch. https://pytorch.org/…': the site read into the link
        site_start, site_end, site_share = spans["url"][0], link.start(), share
    elif linked and end < spans["url"][0]:
        # '"What is System Restore?" Microsoft Support. Accessed June 15, 2022. https://…': the site read as nothing,
        # after a mark the labeller read as nothing before the title (the first run of nothing, which spans keep)
        site_start, site_end, site_share = end, spans["url"][0], share
    else:
        return
    if close < 0 and (close := text.rfind(closing, start + 1, site_start)) < 0:
        return
    # The comma IEEE prints inside the quotation ('…,” Site'), or after it ('…», Site'); AMA's and Chicago's stop or
    # question mark inside it ('"What is System Restore?" Microsoft Support. Accessed June 15, 2022. https://…').
    if text[close - 1] not in ",.?!" and not text[close + 1 : site_start + 1].lstrip().startswith(","):
        return
    site = text[site_start:site_end].split(". ", 1)[0].strip(_EDGE)  # 'EEGLAB Wiki. Accessed': its first sentence
    head, comma, last = site.rpartition(", ")
    month_start = None
    # 'Firebase Documentation, Sep. 2026.': a month's name after the site
    if comma and last[:1].isalpha() and month_number(last.rstrip(".")) is not None:
        site, month_start = head.rstrip(_EDGE), text.find(last, site_start)
    if not 0 < len(site) <= _SITE_NAME_AT_MOST or not _SITE_NAME.fullmatch(site) or without_link_lead(site) != site:
        return
    if not linked and month_start is None:
        return  # with no link, only a name and the month before the year: '“…,” Medium, Sep. 2022.'
    if _ACCESS_NOTE.match(site) or site.lower() in _NOT_A_SITE:
        return
    first = text.find(site, site_start)
    rest = text[first + len(site) : site_end].strip(_EDGE)
    if (
        rest
        and month_start is None
        and not _ACCESS_NOTE.match(rest)
        and not _ONLINE_MARK.match(text, first + len(site) + 2)
    ):
        return  # 'M.S. thesis, …', 'ReportNo. 1247, http://…': no site's name, but the sentence's first word
    spans["title"] = (start, close + 1, share) if close < end else spans["title"]
    spans["container"] = (first, first + len(site), site_share)
    if month_start is not None and "date" in spans and not text[site_end : spans["date"][0]].strip(_EDGE):
        spans["date"] = (month_start, *spans["date"][1:])  # the month read as nothing, right before the year
        if "other" in spans and spans["other"][0] == site_start:
            del spans["other"]
    elif "other" in spans and spans["other"][0] == site_start and not text[first + len(site) : site_end].strip(_EDGE):
        del spans["other"]
    elif linked and spans["url"][0] == site_start:
        spans["url"] = (site_end, *spans["url"][1:])


# APA's date in brackets and its stop: '(2021, June 26).', '(2023).', '(marzo de 2022).', '(n.d.).', Spanish '(s.f.).'
_APA_DATE = lazy_compile(r"\((?:[^()]{0,24}?\b(?:1[5-9]|20)\d\d[a-z]?\b[^()]{0,24}|n\.\s?d\.|s\.\s?f\.)\)\.\s")
# A kind of document, which APA 6 printed where APA 7 prints the site ('Opinion. Retrieved …', 'Preprint,
# available at …'): no site's name.
_DOCUMENT_KINDS = frozenset(
    (
        *"opinion preprint report factsheet brief statement guidelines guidance brochure leaflet manual".split(),
        *"dataset editorial commentary interview video podcast presentation slides thesis dissertation".split(),
        *("fact sheet", "press release", "policy brief", "working paper", "white paper", "position paper"),
        *("discussion paper", "data set"),
    )
)
_ROMAN_NUMBER = lazy_compile(r"[IVXLC]+\.?")
_UNDATED_BEFORE_THE_SITE = lazy_compile(r"[\s.,;:()]*(?:(?:n\.\s?d|s\.\s?f)\.[\s.,;:()]*)?")
_NO_SITE_WITH = ("container", "publisher", "location", "volume", "issue", "pages", "editor")
# A site's name: a few words, or an address's; its short name in brackets ('… Foundation (CNCF)').
_SITE_WITH_SHORT_NAME = lazy_compile(r"(?P<name>.+?)(?: \([A-Z][A-Za-z]{1,9}\))?")


def _only_a_link_lead(text: str) -> bool:
    """Marks, and at most what leads to a link ('Disponible en:', 'Retrieved from')."""
    return not without_link_lead(text).strip(_EDGE)


def _apa_site_before_the_link(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """APA 7's web page: 'Gavin, M. (2022, March). Motivating preschoolers to stay active. Kids Health. https://…',
    'Alzheimer’s disease - Symptoms and causes. (2021, June 26). Mayo Clinic. https://…' (public repositories'
    READMEs and reading lists): the sentence before the link, after the title and APA's date, names the site, which
    publishes the page (as APA 7 prints a report's publisher there: '… Boletim Anual OCTI 2022. CGEE. https://…');
    the labeller read it into the title or as nothing."""
    if "url" not in spans or "title" not in spans or any(label in spans for label in _NO_SITE_WITH):
        return
    start, end, share = spans["title"]
    link = spans["url"][0]
    if "other" in spans and end <= spans["other"][0] and spans["other"][1] <= link:
        region_start, region_end, region_share = spans["other"]
        into_the_title = False
    elif end <= link and ". " in text[start:end]:
        region_start, region_end, region_share = start, end, share
        into_the_title = True
    else:
        return
    if not _only_a_link_lead(text[region_end:link]):
        return
    region = without_link_lead(text[region_start:region_end]).rstrip(" .,;:")
    if _ACCESS_NOTE.search(region):
        return  # 'Zugriff am 14. Februar 2014 unter': the day it was read
    cut = region.rfind(". ") + 2 if ". " in region else 0
    if cut and len(region[: cut - 2].rsplit(" ", 1)[-1]) < 3:
        return  # 'Übersetzung von F. Schleiermacher', 'Bd I.': no sentence ends at an initial or a number
    site = region[cut:].lstrip(_EDGE)
    if not 2 < len(site) <= _SITE_NAME_AT_MOST:
        return
    name = _SITE_WITH_SHORT_NAME.fullmatch(site)["name"]
    if (
        not _SITE_NAME.fullmatch(name)
        or any(character.isdigit() for character in name)
        or any(len(word) < 2 or _ROMAN_NUMBER.fullmatch(word) for word in name.split())  # 'Bd I': a volume
        or site.lower() in _NOT_A_SITE
        or site.lower() in _DOCUMENT_KINDS
    ):
        return
    first = text.find(site, region_start + cut)
    if "." not in text[first + len(site) : link] and _only_a_link_lead(text[first + len(site) : link].strip(" ,")):
        return  # APA's stop before the link ('Kids Health. https://…'), not a comma ('Exit and Voice, http://…')
    dated = _APA_DATE.search(text, 0, first)
    if dated is None or (into_the_title and dated.end() > start) or "[" in text[dated.end() : first]:
        # Into the title only after names and APA's date: no subtitle taken for a site; and not after a thesis's
        # bracket ('[Dissertação de Mestrado, Universidade …]. Repositório da UFGD.': its university publishes it).
        return
    if into_the_title:
        title_end = len(text[:first].rstrip(" ."))
        if title_end <= start:
            return
        spans["title"] = (start, title_end + 1 if text[title_end] == "." else title_end, share)
    elif _UNDATED_BEFORE_THE_SITE.fullmatch(text, region_start, first):
        del spans["other"]  # the site alone, or after APA's undated mark: '(n.d.). Mayo Clinic.'
    # Before a DOI, a journal's name: APA's article online before its issue ('Current Psychology. https://doi.org/…').
    before_a_doi = "doi" in text[spans["url"][0] : spans["url"][1]].lower()
    spans["container" if before_a_doi else "publisher"] = (first, first + len(site), region_share)


_NO_PUBLISHER_WITH = ("publisher", "container", "location", "volume", "issue", "pages", "editor", "url", "doi")
# A publisher's name as APA 7 prints it alone: a few words in capitals ('Hackett', 'W. W. Norton', 'Basic Books').
_PUBLISHERS_NAME = lazy_compile(r"(?:[A-Z][\w'’.-]*|&|and|of|de|und)(?: (?:[A-Z][\w'’.-]*|&|and|of|de|und)){0,3}")


def _apa_publisher_read_into_the_title(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """APA 7's book, its publisher alone after the title: 'Plato. (2004). Republic. Hackett.', 'Anselm of Canterbury.
    (1998). Proslogion. (T. Williams, Trans.). Hackett.' (public reading lists): the labeller read a one-word title
    and its publisher as one title, or the publisher as nothing. After APA's bracketed date, a name of a few words in
    capitals that ends the reference, the title's last sentence or the words right after it, is the publisher."""
    if "title" not in spans or any(label in spans for label in _NO_PUBLISHER_WITH):
        return
    start, end, share = spans["title"]
    if (dated := _APA_DATE.search(text, 0, start + 1)) is None or dated.end() > start + 1:
        return
    if (
        "other" in spans
        and not text[end : spans["other"][0]].strip(_EDGE)
        and not text[spans["other"][1] :].strip(_EDGE)
    ):
        first, last, _ = spans["other"]  # 'Proslogion.' + 'Hackett.'
        name = text[first:last].strip(_EDGE)
        first = text.find(name, first)
    elif not text[end:].strip(_EDGE):
        title = text[start:end].rstrip(" .")
        stop = title.rfind(". ")
        if stop < 0 or len(title[:stop].rsplit(" ", 1)[-1]) < 3:  # no sentence ends at an initial: 'W. W. Norton'
            return
        name, first = title[stop + 2 :], start + stop + 2
    else:
        return
    if not _PUBLISHERS_NAME.fullmatch(name) or _ACCESS_NOTE.match(name):
        return
    if name.lower() in _DOCUMENT_KINDS or any(word.rstrip(".").lower() in _DOCUMENT_KINDS for word in name.split()):
        return  # 'Press Release.', 'Dissertation. Universität Kassel.'
    if is_place(name):
        return  # '(1999). Titel. Berlin.': a place alone, as German lists print it
    if first < end:
        spans["title"] = (start, len(text[:first].rstrip(" ")), share)
    else:
        del spans["other"]
    spans["publisher"] = (first, first + len(name), share)


_QUOTED_TITLE_AT_MOST = 300  # characters of a quoted title's sentences read past its first full stop


def _title_runs_to_its_closing_quote(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'"HIPE 2022. Participation Guidelines. Identifying … Entities. Shared Task on Named Entity Recognition …
    Documents." v1.0.': a title printed in quotation marks runs to its closing mark, however many sentences it
    holds; the labeller read its last sentence as the journal. The field the closing mark falls inside is the
    title's, up to the mark. Not where the mark ends the reference: '“Yates’ correction. Encyclopedia of
    Statistics in Behavioral Science.”.' quotes its source with its title, and nothing after names another."""
    if "title" not in spans:
        return
    start, end, share = spans["title"]
    closing = _title_closing_quote(text, start)
    if closing is None or text.find(closing, start + 1, end) >= 0:
        return
    close = text.find(closing, end, end + _QUOTED_TITLE_AT_MOST)
    if close < 0 or any(mark in text[end:close] for mark in _QUOTES_OPENING) or not text[close + 1 :].strip(_EDGE):
        return
    inside = [name for name, (first, last, _) in spans.items() if first < close < last]
    if len(inside) != 1 or any(end <= first < spans[inside[0]][0] for first, _, _ in spans.values()):
        return  # the mark inside no field, or after another field first
    name = inside[0]
    first, last, other_share = spans[name]
    if first < end or name in ("author", "editor", "date"):
        return
    spans["title"] = (start, close + 1, min(share, other_share))
    rest = close + 1 + len(text[close + 1 : last]) - len(text[close + 1 : last].lstrip(_EDGE))
    if rest < last:
        spans[name] = (rest, last, other_share)
    else:
        del spans[name]


# German's small words, which a sentence holds and a publisher's name seldom does ('Leske + Budrich').
_GERMAN_SMALL_WORD = lazy_compile(
    r"\b(?:und|der|die|das|des|dem|den|im|zur|zum|von|vom|für|mit|über|ein|eine|einer|als|auf|aus|bei|nach|wie)\b"
)


def _subtitle_before_the_place(words: str, comma: bool) -> bool:
    """'Betroffenheitsjargon und Gesinnungskitsch, München': a subtitle, German's small words in it, then the
    place's comma; not a body's name ('FHVR Berlin, Forschungsstelle für Berufsbildung …', 'Ernst Maurer, Büro
    Sprache und Integration': a comma inside, or a body's word)."""
    name = words.strip(_EDGE)
    return (
        (comma or words.rstrip().endswith(","))
        and _GERMAN_SMALL_WORD.search(name) is not None
        and "," not in name
        and not is_organisation(name)
    )


def _subtitle_out_of_publisher(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'In Kohli, M. & Robert, G. (Eds.), Biographie und soziale Wirklichkeit. Neue Beiträge und
    Forschungsperspektiven (pp.78-117). Stuttgart: Metzler.': the book's subtitle, a sentence of its own
    after the book's title, read as the publisher; the publisher is the name after the place's colon. A
    book's own subtitle before its place and a comma, as German lists print a book with no publisher ('Das
    Wörterbuch des Gutmenschen. Betroffenheitsjargon und Gesinnungskitsch, München 2000'), is the title's
    when it holds German's small words; 'Marcel Dekker, New York' is a publisher before its place."""
    label = "container" if "container" in spans else "title"
    if any(name not in spans for name in (label, "publisher", "location")):
        return
    (start, end, share), (first, last, _), place = spans[label], spans["publisher"], spans["location"]
    if first < end or text[end:first].strip(_EDGE) or not text[start:end].rstrip().endswith("."):
        return
    words = text[first:last]
    comma = text[last : place[0]].strip() == ","
    if (
        place[0] < last
        or (label == "container" and comma)
        or (label == "title" and not _subtitle_before_the_place(words, comma))
        or not any(word.islower() for word in words.split())  # a sentence has small words; a name has none
        or len(words.split()) < 2
        or _PUBLISHER_WORDS.search(words)
        or not is_place(text[place[0] : place[1]])
    ):
        return
    spans[label] = (start, first + len(words.rstrip(_EDGE)), share)
    del spans["publisher"]
    if (publisher := _name_after_colon(text, place[1])) is not None:
        spans["publisher"] = (publisher.start("publisher"), publisher.end("publisher"), place[2])


def _subtitle_and_place_read_as_publisher(text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """'(Hg.) (2004): Qualitätsentwicklung in der postgradualen Weiterbildung. Internationale Entwicklungen
    und Perspektiven. Münster.': a book's subtitle and its place, read as one publisher after the title;
    the last sentence, a known place, is the place, and the sentence before it the title's."""
    if "title" not in spans or "publisher" not in spans or "container" in spans or "location" in spans:
        return
    (start, end, share), (first, last, publisher_share) = spans["title"], spans["publisher"]
    if first < end or text[end:first].strip(_EDGE) or not text[start:end].rstrip().endswith("."):
        return
    subtitle, stop, place = text[first:last].rstrip(_EDGE).rpartition(". ")
    if not stop or not is_place(place.strip()) or _PUBLISHER_WORDS.search(subtitle) or _EDITOR_WORDS.search(subtitle):
        return  # 'Herausgegeben von Karl Janssen. Gütersloh': who edited it, not the title's
    if len(subtitle.split()) < 2 or not any(word.islower() for word in subtitle.split()):
        return  # 'Leske + Budrich. Opladen': a name has no small words
    spans["title"] = (start, first + len(subtitle), share)
    del spans["publisher"]
    place_start = first + len(subtitle) + len(stop)
    spans["location"] = (place_start, place_start + len(place.strip()), publisher_share)


_LETTERS = lazy_compile(r"[^\W\d_]+")
# A day beside its month's name, before or after it: '15 October', '12. Mai', '17 de diciembre', 'October 15'
# (not '2018' after a month: two digits at most, no digit after); not a range of days ('26-30 August', 'August
# 18-23'), a meeting's.
_DAY_BESIDE_A_MONTH = lazy_compile(
    r"(?<![\d?–-])(?<![\d?–-]\s)(?P<day_before>[0-3]?\d)\.?\s+(?:de\s+)?(?P<month_after>[^\W\d_]{3,12})"
    r"|(?P<month_before>[^\W\d_]{3,12})\.?\s+(?P<day_after>[0-3]?\d)(?!\d|\s*[?–-])"
)
# A month that opens the bracket the date is in: '(February ' + '2013).'
_MONTH_OPENING_THE_DATE = lazy_compile(r"\(\s*(?P<month>[^\W\d_]{3,})\.?\s*$")


def parse_learned(text: str) -> tuple[Reference, dict[str, float]]:
    """A reference in any layout → a record and a confidence (0..1) for each field found."""
    return parse_learned_many([text])[0]


def parse_learned_many(texts: list[str]) -> list[tuple[Reference, dict[str, float]]]:
    """References in any layout → for each, a record and a confidence (0..1) for each field found."""
    return [
        fields_from_labels(text, tokens, labels, confidences)
        for text, (tokens, labels, confidences) in zip(texts, label_many(texts), strict=True)
    ]


_LIST_NUMBER_CLOSERS = {"[": "]", "(": ")"}


def _list_number_read_into_the_names(tokens: list[Token], labels: list[str]) -> list[str]:
    """'[14] S. Hirata et al., J. Phys. Chem. Lett. 2016, 7, 1539-1545': the list's number in its brackets, read
    into the first name ('Hirata, 14] S.')."""
    if len(tokens) < 5 or labels[1] != "author" and labels[2] != "author":
        return labels
    closer = _LIST_NUMBER_CLOSERS.get(tokens[0].text)
    if closer is None or tokens[2].text != closer or not tokens[1].text.isdigit() or len(tokens[1].text) > 4:
        return labels
    if labels[3] != "author" or closer == ")" and _YEAR.fullmatch(tokens[1].text):
        return labels  # '(1998) …': a year
    return ["number"] * 3 + labels[3:]


def _journals_first_word_read_into_the_names(tokens: list[Token], labels: list[str]) -> list[str]:
    """ACS's 'Hansen, N.; Hopmann, K. H. Coord. Chem. Rev. 2017, 334, 102-117.' (no title): the journal's first
    abbreviated word after the last name's initials (the name printed family name first), read into the names
    ('Coord.' then taken for a coordinator's role). A given name after the initials is one ('Mann, T.
    Heinrich.'), as is a lone letter ('Norrby, P. O. J. Am. Chem. Soc.' may be 'J. Am.' or 'P. O. J.')."""
    first = _run_end(labels, 0) + 1 if labels and labels[0] == "number" else 0
    if first >= len(labels) or labels[first] != "author":
        return labels
    last = _run_end(labels, first)
    word = last - 1
    if word - 2 < first or last + 1 >= len(labels) or labels[last + 1] != "container" or tokens[last].text != ".":
        return labels
    abbreviation, initial = tokens[word].text, tokens[word - 2].text
    if not (len(abbreviation) >= 2 and abbreviation.isalpha() and abbreviation.istitle()):
        return labels
    if tokens[word - 1].text != "." or len(initial) != 1 or not initial.isupper() or "title" in labels:
        return labels
    before = word - 2
    while before - 2 >= first and tokens[before - 1].text == "." and len(tokens[before - 2].text) == 1:
        before -= 2  # the name's other initials: 'K. H.'
    if before - 1 < first or tokens[before - 1].text != "," or given_name_kind(abbreviation):
        return labels  # initials given first ('R. Bernabei. Riv. Nuov. Cim.'): the word is the family name
    return _relabelled(labels, word, last, "container")


_NO_PART_OF_A_LINK = frozenset({"title", "container", "volume", "issue", "pages"})


def _identifier_read_as_a_title(
    tokens: list[Token], labels: list[str], spans: tuple[tuple[int, int], ...]
) -> list[str]:
    """'K https://dx.doi.org/10.1021/acs.jpcc.0c09155 J. Phys. Chem. C XXXX, …' (ACS's page footer): a link's or a
    DOI's last part read as a title or a journal; no part of an identifier is one, nor are its numbers a volume,
    an issue or pages ('<www.168.96.200.17/ar/libros/…>': the address's numbers read as pages). (A year in a link
    may be the work's, read as its date where no other is: it stays; with the date read outside every identifier too,
    it is the identifier's: 'Nature https://doi.org/10.1038/s41586-020-2008-3 (2020).' was dated 2008.)"""
    insides = [
        [k for k, token in enumerate(tokens) if start <= token.start and token.end <= end] for start, end in spans
    ]
    in_an_identifier = {k for inside in insides for k in inside}
    dated_outside = any(label == "date" and k not in in_an_identifier for k, label in enumerate(labels))
    no_part = _NO_PART_OF_A_LINK | {"date"} if dated_outside else _NO_PART_OF_A_LINK
    for inside in insides:
        wrong = [k for k in inside if labels[k] in no_part]
        if wrong and len(wrong) < len(inside):
            kind = max(("doi", "url"), key=lambda label: sum(labels[k] == label for k in inside))
            labels = labels.copy()
            for k in wrong:
                labels[k] = kind
        elif wrong and tokens[inside[0]].text == "CoRR":
            # DBLP's 'In: CoRR abs/1603.04467 (2016).' (biblatex's) read whole as a journal 'CoRR abs/', volume 1603
            # and pages 04467: arXiv's identifier, as 'CoRR, abs/1703.00837, 2017.' (natbib's) is read
            labels = [*labels[: inside[0]], *["other"] * len(inside), *labels[inside[-1] + 1 :]]
    return labels


_ISO_DATE_TOKENS = 5  # '2020', '-', '01', '-', '19'
_ISO_DATE = lazy_compile(r"\b(?:1[89]|20)\d\d-[01]\d-[0-3]\d\b")


def _iso_date_read_in_part(tokens: list[Token], labels: list[str]) -> list[str]:
    """'Andrew Rambaut. Preliminary phylogenetic analysis of 11 nCoV2019 genomes, 2020-01-19. http://…': a web post's
    date printed as ISO 8601 sets it down, read in part as pages ('01-19') and the words between the title and it as
    the date, whose year was then the one in 'nCoV2019'; an access date so printed ('Accessed: 2020-01-23.') was read
    as pages ('2020-01'). The date's five tokens, set close, are a date, never pages; the words read as the date
    between the title and it are the title's."""
    for index in range(len(tokens) - _ISO_DATE_TOKENS + 1):
        year, dash, month, dash2, day = tokens[index : index + _ISO_DATE_TOKENS]
        if not (
            _YEAR_TOKEN.fullmatch(year.text)
            and dash.text == dash2.text == "-"
            and month.text.isdigit()
            and day.text.isdigit()
            and len(month.text) == len(day.text) == 2
            and 1 <= int(month.text) <= 12
            and 1 <= int(day.text) <= 31
            and year.end == dash.start
            and dash.end == month.start
            and month.end == dash2.start
            and dash2.end == day.start
        ):
            continue
        inside = labels[index : index + _ISO_DATE_TOKENS]
        if not {"date", "pages", "volume", "issue"} & set(inside) or {"url", "doi"} & set(inside):
            continue
        if all(label == "date" for label in inside):
            continue
        labels = _relabelled(labels, index, index + _ISO_DATE_TOKENS - 1, "date")
        start = index
        while start > 0 and labels[start - 1] == "date":
            start -= 1
        if start < index and start > 0 and labels[start - 1] == "title":
            labels = _relabelled(labels, start, index - 1, "title")
        return labels
    return labels


def _natures_journal_before_its_doi_link(tokens: list[Token], labels: list[str]) -> list[str]:
    """Nature's article online before its issue: 'Kwok, I. et al. Combinatorial … progenitor. Immunity
    https://doi.org/10.1016/j.immuni.2020.06.005 (2020).', and with no title (Nature Medicine's short form) 'Zhou, P.
    et al. Nature https://doi.org/10.1038/s41586-020-2012-7 (2020).': the journal before the link was read as
    nothing, or as the title, and lost. A few words right before the link, after the title's full stop (or after
    names cut with 'et al.'), are the journal when only the date follows the link."""
    if "container" in labels:
        return labels
    link = next((k for k, label in enumerate(labels) if label in ("url", "doi")), 0)
    if link + 1 < len(tokens) and tokens[link + 1].text in ("https", "http") and tokens[link].text.isalpha():
        link += 1  # the server's name read into the link: 'bioRxiv https://doi.org/10.1101/…'
    if (
        link < 2
        or tokens[link].text.lower() not in ("https", "http")
        or labels[link - 1] not in ("other", "title", "url")
    ):
        return labels
    after = {label for token, label in zip(tokens[link:], labels[link:], strict=True) if token.text.isalnum()}
    if "date" not in after or not after <= {"url", "doi", "date", "other"}:
        return labels
    start = _first_run(labels[:link], labels[link - 1])[0] if labels[link - 1] == "title" else link - 1
    while labels[link - 1] == "other" and start > 0 and labels[start - 1] == "other":
        start -= 1
    if labels[link - 1] == "url" and (start == 0 or labels[start - 1] != "author"):
        return labels
    preprint = [token.text for token in tokens[start : start + 2]] == ["Preprint", "at"]
    words = tokens[start + 2 * preprint : link]  # Nature's 'Preprint at bioRxiv https://…': the server
    if not words or len(words) > 8 or not all(word.text.isalpha() or word.text in ".&" for word in words):
        return labels
    if not any(letter.isupper() for letter in words[0].text):
        return labels  # a name's capital, or a server's inside it: 'bioRxiv', 'eLife', 'mBio'
    if labels[link - 1] in ("title", "url"):
        # No title: the names end in 'et al.', or the words are abbreviated ('Nat. Med.'), as a title's seldom are.
        after_names = start >= 3 and labels[start - 1] == "author" and tokens[start - 2].text.lower() == "al"
        if not (after_names or (start and labels[start - 1] == "author" and any(w.text == "." for w in words))):
            return labels
    elif not (start and labels[start - 1] == "title" and tokens[start - 1].text == "."):
        return labels
    return _relabelled(labels, start + 2 * preprint, link - 1, "container")


def _bracketed_citation_before_the_source(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """'Generalized Gradient Approximation Made Simple [Phys. Rev. Lett. 77, 3865 (1996)]. Phys. Rev. Lett. 1997,
    78, 1396.' (an erratum, ACS): the work it corrects, cited in brackets after the title, read as this one's
    journal, volume, pages and year; the source after the bracket is this one's."""
    if "[" not in text or "container" not in labels or "title" not in labels:
        return labels
    last = _first_run(labels, "title")[1]
    opening = last + (tokens[last].text != "[")
    if opening >= len(tokens) or tokens[opening].text != "[" or labels[opening + 1 : opening + 2] != ["container"]:
        return labels
    closing = next((k for k in range(opening + 1, min(opening + 40, len(tokens))) if tokens[k].text == "]"), None)
    if closing is None or "container" not in labels[closing + 1 :]:
        return labels
    inside = set(labels[opening + 1 : closing])
    if not {"volume", "pages"} <= inside or not inside <= {"container", "volume", "issue", "pages", "date"}:
        return labels
    while closing + 1 < len(tokens) and labels[closing + 1] == "date" and not tokens[closing + 1].text.isalnum():
        closing += 1  # its year's run goes on over the stop after the bracket
    return _relabelled(labels, opening, closing, "other")


def _collaboration_read_into_the_title(tokens: list[Token], labels: list[str]) -> list[str]:
    """'V. Lebedev et al. (PIP-II Collaboration), The PIP-II Conceptual Design Report, …': physics names the
    collaboration in brackets after its authors; the labeller read it into the title ('PIP-II Collaboration), The
    …'). A bracket right after the names that names a body, a comma after it, is no part of the title."""
    if "author" not in labels:
        return labels
    last = _first_run(labels, "author")[1]
    opening = last + 1 if last + 1 < len(tokens) and tokens[last + 1].text == "(" else last
    if opening >= len(tokens) - 2 or tokens[opening].text != "(" or labels[opening + 1] != "title":
        return labels
    closing = next((k for k in range(opening + 1, min(opening + 12, len(tokens))) if tokens[k].text == ")"), None)
    if closing is None or closing + 2 >= len(tokens) or tokens[closing + 1].text != ",":
        return labels
    if labels[closing + 2] != "title" or not names_a_body(_as_printed(tokens[opening + 1 : closing])):
        return labels
    return _relabelled(labels, opening, closing + 1, "other")


# Words a title does not end on: articles, prepositions and conjunctions of the languages read.
_TITLE_GOES_ON_AFTER = frozenset(
    """of the and in on for to a an with from by at
    de du des la le les dans et en pour sur par aux au
    und der die das im zur zum von für mit über
    y el los las del para con por e o di il per da do dos em na no""".split()
)


def _title_cut_before_its_end(tokens: list[Token], labels: list[str]) -> list[str]:
    """'CAHIER DU CHARGE (2) : Requalification du secteur … dans' + 'le centre ancien d'Antibes. Document de
    travail.', 'Plan Local d'Urbanisme' + ': Rapport de présentation / Diagnostic territorial.': the labeller
    ended the title on a word no title ends on, or before its subtitle's colon, and read the rest as nothing.
    The title goes on to its sentence's full stop."""
    if "title" not in labels or "other" not in labels:
        return labels
    end = _first_run(labels, "title")[1]
    after = end + 1
    if after + 1 >= len(labels) or labels[after] != "other" or labels[after + 1] != "other":
        return labels
    word = tokens[end].text
    if not (word in _TITLE_GOES_ON_AFTER or (tokens[after].text == ":" and tokens[after + 1].text[:1].isupper())):
        return labels
    stop = after
    while stop < len(labels) and labels[stop] == "other" and tokens[stop].text != ".":
        stop += 1
    if stop == after + (tokens[after].text == ":"):
        return labels
    return _relabelled(labels, after, stop - 1, "title")


_LINK_STARTS = frozenset(("http", "https", "www", "ftp"))
_WORDS_BEFORE_A_LINK = frozenset(
    "available at from online url unter em en in via retrieved accessed disponível disponivel disponible retirado "
    "recuperado obtenido obtido acessado consultado de desde abgerufen zugriff von aus sur link web".split()
)


def _title_words_read_into_the_link(tokens: list[Token], labels: list[str]) -> list[str]:
    """'… sebagai Bidang Cahaya Neural https://arxiv.org/abs/2003.08934' (a reading list's title linked to its
    preprint, the link's address set after it): the labeller read the title's last word into the link. Words
    before a link's address, a space apart from it, after the title, are the title's, unless they say where the
    work is ('Available at', 'Retrieved from', 'Recuperado de') or follow the title's full stop."""
    if "url" not in labels or "title" not in labels:
        return labels
    start, end = _first_run(labels, "url")
    link = next((k for k in range(start, end + 1) if tokens[k].text.lower() in _LINK_STARTS), None)
    if not start or link is None or link == start or labels[start - 1] != "title" or link - start > 3:
        return labels
    if tokens[start - 1].text in (".", ",", ";", ":", "!", "?"):
        return labels  # '… scientific network. Taxon https://…': after the title's end, the journal's name
    words = tokens[start:link]
    if tokens[link].start == words[-1].end or any(
        not w.text.isalnum() or w.text.lower() in _WORDS_BEFORE_A_LINK for w in words
    ):
        return labels
    return _relabelled(labels, start, link - 1, "title")


def fields_from_labels(
    text: str, tokens: list[Token], labels: list[str], confidences: list[float] | None = None
) -> tuple[Reference, dict[str, float]]:
    """Labelled tokens → a record (the same for the model's labels and for gold labels)."""
    identifiers = find_identifiers(text)
    if identifiers.spans:
        labels = _identifier_read_as_a_title(tokens, labels, identifiers.spans)
        if "doi.org/" in text:
            labels = _natures_journal_before_its_doi_link(tokens, labels)
    labels = _journals_first_word_read_into_the_names(tokens, _list_number_read_into_the_names(tokens, labels))
    if "," in text:
        labels = month_read_as_another_field(text, tokens, labels)
    if "):" in text:
        labels = month_read_as_the_issue(text, tokens, labels)
    if "-" in text and _ISO_DATE.search(text):  # the tokens walked only where such a date stands
        labels = _iso_date_read_in_part(tokens, labels)
    labels = _bracketed_citation_before_the_source(text, tokens, labels)
    if "(" in text:
        labels = _collaboration_read_into_the_title(tokens, labels)
    labels = _bodies_read_into_the_title(text, tokens, _no_place_read_as_a_field(text, tokens, labels))
    labels = _quoted_title_read_as_names(tokens, labels)
    labels = _names_between_names(_journal_read_as_editors(tokens, _journal_inside_the_title(labels)))
    labels = _original_year_in_the_title(tokens, _names_inside_the_title(tokens, labels))
    if labels.count("date") >= 2:
        labels = _year_inside_the_title_read_as_the_date(tokens, labels)
    labels = _in_colon_read_into_the_title(tokens, labels)
    labels = _editors_role_read_with_the_authors(tokens, _editors_role_read_into_the_book(tokens, labels))
    labels = _editors_cut_before_their_colon(tokens, _editors_read_as_a_book(text, tokens, labels))
    labels = _place_ending_the_journals_name(tokens, labels)
    labels = _range_in_the_title(tokens, _names_read_as_a_title(tokens, labels))
    labels = _given_first_names_read_into_the_title(tokens, labels)
    labels = _one_word_title_read_as_a_name(tokens, _title_read_into_given_first_names(tokens, labels))
    labels = _book_after_in_the_same_author(text, tokens, _title_cut_at_a_slash_or_hyphen(tokens, labels))
    labels = _given_name_read_as_a_place(tokens, labels)
    labels = _title_sentence_read_into_the_journal(tokens, _bracket_opened_in_the_title(text, tokens, labels))
    labels = _abbreviated_journal_ending_the_title(tokens, _journals_abbreviation_ending_the_title(tokens, labels))
    if "container" in labels and "title" in labels:
        labels = _journals_first_abbreviations_read_into_the_title(tokens, labels)
    labels = _subtitle_read_as_a_book_before_its_pages(tokens, _journal_name_read_into_the_title(tokens, labels))
    labels = _book_after_a_cut_editor_role(tokens, _journal_read_as_nothing_before_its_medium(tokens, labels))
    labels = _journal_read_as_nothing_before_its_volume(tokens, _journal_and_volume_inside_the_title(labels))
    labels = _series_number_read_as_the_volume(tokens, _title_cut_at_an_abbreviation(tokens, labels))
    labels = _book_read_on_as_nothing(tokens, _title_read_into_the_names(tokens, labels))
    labels = _title_read_on_after_et_al(text, tokens, labels)
    labels = _chapter_read_into_vancouver_names(text, tokens, _title_read_into_vancouver_names(tokens, labels))
    labels = _name_and_title_read_as_nothing(tokens, labels)
    labels = _book_read_as_nothing_after_the_editors(text, tokens, _chapter_read_as_nothing(tokens, labels))
    labels = _number_ending_the_books_title(text, tokens, _book_after_in_read_into_the_title(text, tokens, labels))
    labels = _subtitle_before_the_edition(text, tokens, _edition_cut_into_the_title(text, tokens, labels))
    labels = _edition_read_into_the_volume(text, tokens, labels)
    labels = _book_read_as_a_first_place(text, tokens, labels)
    labels = _issue_before_the_bracketed_year(tokens, _journal_read_as_the_last_name(tokens, labels))
    labels = _volume_before_the_bracketed_year_read_as_pages(tokens, labels)
    labels = _issue_read_as_pages_or_a_second_volume(tokens, _issue_in_brackets_read_into_the_volume(tokens, labels))
    labels = _issue_cut_at_its_hyphen_or_bracket(tokens, _article_number_read_as_nothing(tokens, labels))
    if "rticle" in text:  # each rule looks at every token: only where its words may be
        labels = _volume_and_article_id_read_as_one(tokens, labels)
    if _ACRONYM_AFTER_A_FULL_STOP.search(text):
        labels = _journal_named_by_an_acronym_and_its_colon_read_as_title(tokens, labels)
    if ", in " in text:
        labels = _book_after_the_names_read_as_the_title(tokens, labels)
    if ";(" in text:
        labels = _issue_alone_after_the_year_read_as_the_volume(tokens, labels)
    if "Presented at:" in text:
        labels = _meeting_after_presented_at_read_as_a_publisher(tokens, labels)
    named_by_the_link = (
        "url" in labels and (named := _name_before_the_link_read_as_nothing(tokens, labels)) is not labels
    )
    labels = named if named_by_the_link else labels
    if "url" in labels and not named_by_the_link:
        labels = _maker_title_and_site_before_the_date_and_link(tokens, labels)
    labels = _supplement_read_apart_from_the_issue(tokens, _bracketed_date_read_in_part(text, tokens, labels))
    labels = _new_series_read_apart(text, tokens, labels)
    if "url" in labels and labels[0] == "other":
        labels = _title_ending_in_its_year_read_as_nothing_before_the_link(text, tokens, labels)
    labels = _organisation_read_as_nothing(text, tokens, _abnt_names_read_wrong(text, tokens, labels))
    if "(" in text:
        labels = _names_before_no_date_read_as_the_title(text, tokens, labels)
    labels = _body_read_as_nothing_before_the_date(text, tokens, labels)
    labels = _title_read_as_nothing_between_the_names_and_the_date(tokens, labels)
    if labels[:1] == ["publisher"]:
        labels = _body_first_read_as_a_publisher(tokens, labels)
    labels, confidences = _apa_title_before_the_date_and_its_site(text, tokens, labels, confidences)
    labels = _title_read_as_nothing_after_the_date(tokens, labels)
    labels = _date_broken_before_its_year(tokens, _day_and_month_read_as_pages(tokens, labels))
    labels = _nlm_date_read_into_the_journal(tokens, _day_read_into_the_volume(tokens, labels))
    labels = _month_before_the_year_read_into_the_journal(tokens, labels)
    labels = _journals_year_read_as_the_date(tokens, labels)
    labels = _volume_year_read_as_the_date(tokens, labels)
    if labels.count("date") == 4:
        labels = _acs_volume_like_a_year_read_into_the_date(tokens, labels)
    labels = _turkish_volume_and_issue(text, tokens, _day_read_as_a_number(tokens, labels))
    if "; " in text and "container" in labels and "date" in labels:
        labels = _publisher_ending_the_proceedings(tokens, labels)
    labels = _place_and_year_ending_a_book(
        tokens, _place_publisher_and_year_ending_a_book(tokens, _electronic_pages_read_apart(tokens, labels))
    )
    labels = _title_years_before_the_imprints(tokens, labels)
    labels = _edited_by_after_the_title(tokens, _year_leading_the_reference(tokens, labels))
    labels = _bracketed_place_and_year(tokens, _quoted_journal_before_its_roman_volume(tokens, labels))
    labels = _year_ending_the_book(tokens, _year_ending_the_title(tokens, labels))
    labels = _years_ending_the_title(tokens, _bracketed_years_ending_a_subtitle(tokens, labels))
    labels = _book_after_the_editors_role(text, tokens, _book_read_as_place_and_publisher(text, tokens, labels))
    labels = _numbers_of_the_title(tokens, _editors_up_front(text, tokens, labels))
    labels = _title_cut_before_its_end(tokens, _title_read_into_a_name_given_first(tokens, labels))
    labels = _title_read_as_a_first_place(text, tokens, _title_words_read_into_the_link(tokens, labels))
    labels = _title_cut_at_its_own_in(tokens, _title_read_as_given_first_names(tokens, labels))
    labels = _publisher_begun_inside_the_place(tokens, _city_in_the_publishers_name(tokens, labels))
    labels = _dashed_date_read_in_part(tokens, labels)
    spans = _spans(tokens, labels, confidences or [1.0] * len(tokens))
    _numbers_of_a_date_read_as_the_works(text, spans)
    _place_and_year_read_as_a_journal(text, spans)
    _year_read_as_the_volume(text, spans)
    _talk_read_into_the_title(text, spans)
    _journal_read_into_the_names(text, spans)
    _no_place(text, spans)
    _book_out_of_editors(text, spans)
    _book_before_its_bracketed_editors(text, spans)
    _book_after_editors(text, spans)
    _title_read_as_pages(text, spans)
    _imprint_year_after_a_meetings_date(text, spans)
    _years_out_of_pages(text, spans)
    _years_out_of_volume(text, spans)
    _issue_cut_inside_its_bracket(text, spans)
    _volume_dot_number(text, spans)
    _issue_of_the_year(text, spans)
    _newspapers_date_out_of_its_name(text, spans)
    _names_out_of_book(text, spans)
    _title_read_as_publisher(text, spans)
    _place_and_publisher_out_of_title_or_book(text, spans)
    _place_read_into_the_publisher(text, spans)
    _place_out_of_book(text, spans)
    _second_place(text, spans)
    _nlm_imprint_read_as_nothing(text, spans)
    _nlm_meeting_read_into_the_imprint(text, spans)
    _newspapers_section_read_as_volume(text, spans)
    _place_cut_before_its_state(text, spans)
    _place_alone(text, spans)
    _partners_firm_read_as_a_place(text, spans)
    _publisher_after_place_comma(text, spans)
    _publisher_before_place_comma(text, spans)
    _publisher_after_place_colon(text, spans)
    _country_read_as_the_publisher(text, spans)
    _book_with_no_chapter_title(text, spans)
    _publisher_before_its_place(text, spans)
    _acs_book_read_into_the_editors(text, spans)
    _ieee_book_read_into_the_editors(text, spans)
    _ieee_book_and_place_before_its_state(text, spans)
    _acs_imprint(text, spans)
    _acs_publisher_read_into_the_book(text, spans)
    _subtitle_out_of_container(text, spans)
    _subtitle_read_as_journal(text, spans)
    _subtitle_out_of_publisher(text, spans)
    _subtitle_and_place_read_as_publisher(text, spans)
    _journal_out_of_title(text, spans)
    _given_name_before_colon(text, spans)
    _given_first_name_before_colon(text, spans)
    _colon_inside_names(text, spans)
    _date_out_of_title(text, spans)
    _gost_source(text, spans)
    _gost_editors(text, spans)
    _journal_before_its_city(text, spans)
    _issue_and_volume_read_the_other_way(text, spans)
    _city_after_the_journals_full_stop(text, spans)
    _publishers_number_read_as_pages_or_volume(text, spans)
    _volume_by_jahrgang(text, spans)
    _title_read_as_book(text, spans)
    _title_ends_at_its_quote(text, spans)
    _site_after_a_quoted_title(text, spans)
    _apa_site_before_the_link(text, spans)
    _apa_publisher_read_into_the_title(text, spans)
    _title_runs_to_its_closing_quote(text, spans)
    _title_with_its_translation(text, spans)
    _role_notes_out_of_title(text, spans)
    _role_note_read_as_the_imprint(text, spans)
    _manuscript_state_ending_the_title(text, spans)
    _manuscript_note_read_as_the_imprint(text, spans)
    _translator_read_as_nothing(text, spans)
    _date_read_as_nothing(text, spans)
    _editors_read_into_the_title(text, spans)
    _edition_read_into_the_editors(text, spans)
    _body_read_into_the_title(text, spans)
    _body_ending_the_title(text, spans)
    _issuing_body_read_as_the_journal(text, spans)
    if "published online" in text:
        _lancets_online_day_read_apart(text, spans)
    reference = Reference(raw=text, type="article-journal")
    confidence: dict[str, float] = {}

    def take(name: str) -> tuple[str, float] | None:
        span = spans.get(name)
        return (text[span[0] : span[1]], span[2]) if span else None

    editor_span = take("editor")
    editor_names = _names_in(editor_span[0]) if editor_span is not None else []
    if (found := take("author")) is not None:
        role = None
        if body := _named_again_as_the_publisher(text, spans):
            names = [Author(body)]
        else:
            # 'Hoaglin, D. C., Mosteller, F. and Tukey, J. W., editors (1983).': the role with no bracket ends them.
            role = _ROLE_ENDING_THE_NAMES.search(found[0])
            names = split_authors(found[0][: role.start()] if role else found[0])[0]
        after = spans["author"][1]
        while after and text[after - 1] in " ([":  # the labeller may keep the role's '(' with the names
            after -= 1
        # '(Hg.)' after the names, or after their year: 'Schlumberger, Oliver (2007) (Hg.):'.
        role_after = begins_with_editor_role(text[after:]) or begins_with_editor_role(
            _YEAR_IN_BRACKETS.sub("", text[after:], count=1)
        )
        # The labeller may read the role after the names, '(Hg.)', as an editor span of its own.
        if names and (role or editor_role_end(found[0]) is not None or role_after) and not editor_names:
            # 'Merkel, W. (Hrsg.) (2015): Demokratie und Krise.': an edited book's editors.
            reference.editors, confidence["editors"] = names, found[1]
        elif names:
            reference.authors, confidence["authors"] = names, found[1]
    if (
        "title" in spans
        and (bracket := _EDITION_IN_BRACKETS.search(text, spans["title"][0], spans["title"][1] + 40)) is not None
        and spans["title"][0] < (opening := _after_the_words(text, spans["title"][0], bracket.start()))
        and opening <= spans["title"][1]
    ):
        # APA's edition after a book's title, which the labeller cut inside: '(30th anniversary
        # expanded ed.)', '(Rev. ed.)'; and APA 7's publisher alone after it: '(Rev. ed.). Verso.'
        spans["title"] = (spans["title"][0], opening, spans["title"][2])
        reference.variables["edition"] = bracket["number"] or bracket["words"].strip()
        if not any(label in spans for label in ("publisher", "location", "container")) and (
            alone := _PUBLISHER_ALONE.fullmatch(text, bracket.end())
        ):
            reference.variables["publisher"], confidence["publisher"] = alone["publisher"].rstrip("."), 0.5
    if (
        "title" in spans
        and _may_name_an_edition(text[spans["title"][0] : spans["title"][1] + 12])
        and (edition := _EDITION.search(text, spans["title"][0], spans["title"][1] + 12))
    ):
        start, end, _ = spans["title"]
        if start < edition.start() < end and not text[edition.end() : end].strip(_EDGE):
            # 'Familienrecht, 6. Auflage' with the number read into the title and the word after it.
            spans["title"] = (start, edition.start(), spans["title"][2])
            for label, (next_start, next_end, next_confidence) in list(spans.items()):
                if end <= next_start < edition.end():
                    # '…, 6. Auflage, Carl Hanser Fachbuchverlag': the edition's word read into the publisher.
                    if text[edition.end() : next_end].strip(_EDGE):
                        spans[label] = (edition.end(), next_end, next_confidence)
                    else:
                        del spans[label]
    if (found := take("title")) is not None and (title := _clean(_without_what_ends_a_title(found[0]))):
        title, book = _title_then_book(title)
        if "volume" not in spans and (book_volume := _TITLE_VOLUME.search(title)) and book_volume.start():
            # 'Soziologie. Spezielle Grundlagen. Band 1': the book's volume, printed after its title.
            reference.volume, confidence["volume"] = book_volume["volume"] or book_volume["abnt"], found[1]
            if not book_volume["part"]:  # the volume's own title after it stays with the work's, as printed
                title = title[: book_volume.start()]
        if (volumes := _VOLUMES_COUNT.search(title)) is not None and volumes.start():
            reference.variables["number-of-volumes"] = volumes["count"] or volumes["after"]  # '…, 2 Bde.'
            title = title[: volumes.start()]
        reference.title, confidence["title"] = title, found[1]
        if book and "container" not in spans:
            reference.container_title, confidence["journal"] = book, found[1] / 2
    if (
        (found := take("container")) is not None
        and (journal := _clean(_PREFIX.sub("", found[0].lstrip(_EDGE))))
        and not _ONLY_IN.fullmatch(journal)  # 'in: http://…': a link, no journal or book
        and not _ACCESS_NOTE.match(journal)
        and not _LANGUAGE_NOTE.fullmatch(found[0].strip(_EDGE))  # 'In Russian.': the language it is in
    ):
        journal = _without_book_prefix(journal) or journal
        if journal[-1:].isalpha() and _DATES_WORD_ENDING.search(journal, max(0, len(journal) - 40)):
            journal = _clean(_DATES_WORD_ENDING.sub("", journal)) or journal  # 'Chromebook Help. Accessed'
        # 'In: ders.: Wissenssoziologie' (the same author's book); 'Handbuch …, 2. Aufl.' (its edition).
        journal = _clean(_EDITION_AFTER.sub("", _SAME_AUTHOR.sub("", journal))) or journal
        journal = _without_own_author(journal, reference.authors)
        # '…, o. J./ Heft 3': German 'ohne Jahrgang', no volume given; no part of the journal's name.
        journal = _clean(_NO_VOLUME_AT_END.sub("", journal)) or journal
        # The book's year printed beside it: '(Hrsg.), 2004, Generational Income …', '… Professionalität. 1996'.
        journal = _clean(_YEAR_BESIDE_BOOK.sub("", journal)) or journal
        if (book_volume := _CONTAINER_VOLUME.search(journal)) and "volume" not in spans:
            # 'Festschrift …, Band 2: Klärung und Fortbildung …': the book's volume, and its own title.
            journal = journal[: book_volume.start()]
            reference.volume, confidence["volume"] = book_volume["volume"], found[1]
        head, _, last_word = journal.rpartition(" ")
        if head and len(last_word) > 3 and last_word.lower() in MONTHS and not head.endswith(("of", "in")):
            journal = head.rstrip(_EDGE)  # 'Journal of Communication December: 972-95': the issue's month
        elif (
            head
            and last_word.isdigit()
            and len(last_word) == 4
            and "date" in spans
            and last_word in text[spans["date"][0] : spans["date"][1]]
            and ("volume" in spans or "issue" in spans)
            and not _PROCEEDINGS.search(head)
        ):
            journal = head.rstrip(_EDGE)  # 'in: BIOS 2000 (13. Jg.)', 'c't 2005, H. 17': the issue's year
        series = _IEEE_SERIES.search(journal)
        if series is not None and series.start() and _A_WORD.search(series["series"]):  # not a journal's 'ser. 2'
            # IEEE's series after the book: 'in Evolutionary Programming VI, ser. Lecture Notes in Computer Science'
            reference.variables.setdefault("collection-title", series["series"])
            journal = journal[: series.start()]
        reference.container_title, confidence["journal"] = journal, found[1]
    # The work's date, not the day its page was read, in the same span: IEEE's '2026. Accessed: Apr. 07, 2026.', or a
    # link's end and its note alone ('…-b7815afd6869 (accessed Dec. 5, 2025).').
    found = take("date")
    note = _ACCESS_NOTE.search(found[0]) if found is not None else None
    work_date = found[0][: note.start() if note else None] if found is not None else ""
    if found is not None and (year := _YEAR.search(work_date)):
        reference.year, reference.year_suffix = int(year.group(1)), year.group(2)
        confidence["year"] = found[1]
        # The month named beside the year: '(August 2002)', '(2004, 12. Mai)', '2019 Mar'.
        words = (word.lower() for word in _LETTERS.findall(work_date))
        reference.month = reference.month or next((MONTHS[word] for word in words if word in MONTHS), None)
        if reference.month is None and (figures := MONTH_FIGURES_FIRST.match(work_date.strip(_EDGE))):
            reference.month = int(figures["month"])  # natbib's numeric month: '11 2021'
        if reference.month and reference.day is None and (day := _DAY_BESIDE_A_MONTH.search(work_date)):
            # APA's '(2018, October 15)', '(15 October 2018)', '(2004, 12. Mai)': the day the month names.
            named = (day["month_after"] or day["month_before"]).lower()
            if MONTHS.get(named) == reference.month and 1 <= int(day["day_after"] or day["day_before"]) <= 31:
                reference.day = int(day["day_after"] or day["day_before"])
        date_start = spans["date"][0]
        if reference.month is None and (opening := _MONTH_OPENING_THE_DATE.search(text, date_start - 16, date_start)):
            # Wikipedia's '(February 2013)', the month read with the names before it.
            reference.month = MONTHS.get(opening["month"].lower())
    for label in ("volume", "pages"):
        if label in spans and _EDITION.match(text, spans[label][0]):
            del spans[label]  # 'Grundlagen und Techniken, 8. Auflage', '2e éd.': the edition, read as a volume
    if "issue" in spans and _in_a_date(text, spans["issue"]):
        del spans["issue"]  # '25.9.1995': the month of a date
    if "volume" in spans and (dated := _DATE.search(text, spans["volume"][0] + 1, spans["volume"][1] + 12)):
        if dated.start() < spans["volume"][1]:
            # 'Der Spiegel Nr. 39 v. 25.9.1995': the number, then the day the issue came out.
            start, _, share = spans["volume"]
            end = start + len(_DATED_BY.sub("", text[start : dated.start()]))
            spans["volume"] = (start, end, share)
    # A volume run longer than any volume's ('Jg. 30, Heft 4/89', 'vol. 21, supl. 1') is no volume: not stored, nor read
    # by the volume patterns, several of which take time growing with the square of the run.
    if (found := take("volume")) is not None and len(found[0]) <= _VOLUME_AT_MOST:
        volume_text = _NUMBER_PREFIX.sub("", _clean(found[0]) or "").rstrip(" /")  # 'Jg. 30, Heft 4/' + '89'
        both = _VOLUME_ISSUE.search(volume_text)
        if cjk := _CJK_VOLUME.fullmatch(volume_text):
            reference.volume, reference.issue = cjk["volume"], cjk["issue"]  # '第12巻, 第1号', '30 巻'
            if cjk["issue"]:
                confidence["issue"] = found[1]
        elif count := _VOLUMES_ALONE.fullmatch(volume_text):
            reference.variables["number-of-volumes"] = count["count"]  # '6 vols.': how many the work has, not one
        elif (alone := _ISSUE_ALONE.match(_clean(found[0]) or "")) and "issue" not in spans:
            reference.issue, confidence["issue"] = alone["issue"], found[1]  # ABNT's 'Social Text, n. 25/26': no volume
        elif (flipped := _ISSUE_THEN_VOLUME.match(_clean(found[0]) or "")) and "issue" not in spans:
            reference.volume, reference.issue = flipped["volume"], flipped["issue"]  # 'n. 16, v. 9'
            confidence["issue"] = found[1]
        elif both:
            reference.volume, reference.issue = both["volume"], both["issue"].strip()
            confidence["issue"] = found[1]
            if "pages" not in spans and (run_on := _PAGES_AFTER_ISSUE.match(volume_text, both.end())):
                # '8(2): 187–191' labelled as one volume run: the pages after the issue's bracket.
                reference.pages, confidence["pages"] = run_on["pages"], found[1]
        elif _YEAR_ONLY.fullmatch(volume_text) and _SEASON_OR_MONTH_BEFORE.search(text, 0, spans["volume"][0]):
            pass  # 'Pictures of the Future, Herbst 2005: 40-42': the issue's season and year, no volume
        elif (numbered := _VOLUME_NUMBER.match(volume_text)) and "issue" not in spans:
            # 'Vol. 50, No. 4' labelled as one volume run.
            reference.volume, reference.issue = numbered["volume"], numbered["issue"]
            confidence["issue"] = found[1]
        elif numbered:
            reference.volume = numbered["volume"]  # 'Jg. 25, Heft 2/3' + 'Nr. 98/99': the issue read is the other
        elif (numbered := _VOLUME_SUPPLEMENT.match(volume_text)) and "issue" not in spans:
            # 'v. 21, supl. 1': the supplement is the issue, and says so
            reference.volume, reference.issue = numbered["volume"], numbered["issue"]
            confidence["issue"] = found[1]
        elif (numbered := _VOLUME_COMMA_ISSUE.match(volume_text)) and "issue" not in spans and "pages" in spans:
            reference.volume, reference.issue = numbered["volume"], numbered["issue"]
            confidence["issue"] = found[1]
        elif (numbered := _VOLUME_SLASH_ISSUE.match(volume_text)) and "issue" not in spans and "pages" in spans:
            reference.volume, reference.issue = numbered["volume"], numbered["issue"]
            confidence["issue"] = found[1]
        elif (
            (numbered := _STOPPED_VOLUME_ISSUE.match(volume_text))
            and "issue" not in spans
            and _MLA_YEAR_AFTER.match(text, spans["volume"][1])
        ):
            reference.volume, reference.issue = numbered["volume"], numbered["issue"]
            confidence["issue"] = found[1]
        elif _in_a_date(text, spans["volume"]):
            pass  # a newspaper's date, not a volume
        elif volume_text.isdigit() and _EDITION_WORD_AFTER.match(text, spans["volume"][1]):
            pass  # '3. Aufl.': the edition's number, read as a volume
        elif "issue" not in spans and (
            _ISSUE_MARKER.match(found[0].strip(_EDGE))
            or _ISSUE_BEFORE.search(text, max(0, spans["volume"][0] - 8), spans["volume"][0])
        ):
            reference.issue, confidence["issue"] = _without_its_year(_clean(volume_text)), found[1]
        elif (run_on := _VOLUME_PAGES.match(volume_text)) and _EDITION_WORD_AFTER.match(text, spans["volume"][1]):
            reference.volume = run_on["volume"]  # 'Band 3, 2. Aufl.': the volume, then the edition
        elif run_on and "pages" not in spans:
            # Cell and Nature print 'Adv Anat Pathol 26, 69–74': volume and pages in one run.
            reference.volume, reference.pages = run_on["volume"], run_on["pages"]
            confidence["pages"] = found[1]
        elif (run_on := _VOLUME_COLON_PAGES.match(volume_text)) and "pages" not in spans:
            # natbib's 'Journal of Clinical Pathology, 59:1151–1159, 2006' labelled as one volume run
            reference.volume, reference.pages = run_on["volume"], run_on["pages"]
            confidence["pages"] = found[1]
        elif (marked := _VOLUME_MARKED_LAST.search(volume_text)) is not None:
            reference.volume = marked["volume"]  # 'EUROGRAPHICS ´93, Vol. 12': the volume after its word
        else:
            reference.volume = _clean(volume_text.split(":")[0].rstrip(" /"))  # '53/ 4': the issue is labelled
        if reference.volume:
            confidence["volume"] = found[1]
        if reference.volume and not reference.issue and "issue" not in spans:
            if issue_after := _ISSUE_AFTER.match(text, spans["volume"][1]):
                # '18. Jg., Heft 1', '95. Band (1999), Heft 3': the labeller read the issue as a second volume.
                reference.issue, confidence["issue"] = issue_after["issue"], found[1]
    if (found := take("issue")) is not None and (
        # 'Jg. 108/ Heft 2': the slash after the volume; 'Nr. 2, 24.2.2006': the day and month of its date
        issue := _clean(_DAY_AND_MONTH_AFTER.sub("", _NUMBER_PREFIX.sub("", found[0].strip(_EDGE).lstrip("/ "))))
    ):
        reference.issue, confidence["issue"] = _without_its_year(issue), found[1]
        if cjk := _CJK_ISSUE.fullmatch(reference.issue or ""):
            reference.issue = cjk["issue"]  # '第1号', '3号', '第2期'
    if (issue := reference.issue) and issue.isalpha() and f"({issue})" in text and (month := month_number(issue)):
        reference.issue = None  # 'Cities, 121 (Feb), 1-14': the month the issue came out, not its number
        confidence.pop("issue", None)
        reference.month = reference.month or month
    if (found := take("pages")) is not None and (
        book_volume := (
            _BOOK_VOLUME.fullmatch(found[0].strip(_EDGE))
            or (None if _in_a_date(text, spans["pages"]) else _ABNT_VOLUME.fullmatch(found[0].strip(_EDGE)))
        )
    ):
        if not reference.volume:  # 'Bd. 3', ABNT's 'v. 2' read as pages: a book's volume
            reference.volume, confidence["volume"] = book_volume["volume"], found[1]
    elif (
        found is not None
        and (pages := _clean(_PREFIX.sub("", _ARTICLE_WORD.sub("", found[0].strip(_EDGE)))))
        and not _in_a_date(text, spans["pages"])
    ):
        printed = found[0].strip(_EDGE)
        if (count := _PAGE_COUNT.fullmatch(printed) or _PAGE_COUNT_THEN_PAGE.fullmatch(printed)) and not (
            reference.container_title or reference.volume or reference.issue
        ):
            reference.variables["number-of-pages"] = count["count"]  # '217 p.', '345 S.': how long the book is
        else:
            if (
                (issue := _ISSUE_MARKED_BEFORE_PAGES.match(found[0].strip(_EDGE)))
                and reference.volume
                and not reference.issue
            ):
                # ABNT's 'v. 56, n. 2 p.371-401': the issue and the pages with no comma between, read as one.
                reference.issue, confidence["issue"] = issue["issue"], found[1]
                pages = _clean(_PREFIX.sub("", found[0].strip(_EDGE)[issue.end() :]))
            elif (issue := _ISSUE_BEFORE_PAGES.fullmatch(pages)) and reference.volume and not reference.issue:
                # 'African Affairs, 111, 443, 303-314': the number before the range is the issue.
                reference.issue, confidence["issue"] = issue["issue"], found[1]
            elif (
                (acs := _VOLUME_BEFORE_PAGES.fullmatch(pages))
                and not reference.volume
                and reference.container_title
                and "date" in spans
                and "container" in spans
                and not text[spans["container"][1] : spans["date"][0]].strip(_EDGE)
                and _YEAR_ONLY.fullmatch(year_to_pages := text[spans["date"][0] : spans["pages"][0]])
                and not any(bracket in year_to_pages for bracket in "()")
            ):
                # ACS: 'J. Am. Chem. Soc. 2015, 137, 3996.': after the year, the volume, then the first page.
                reference.volume, confidence["volume"] = acs["volume"], found[1]
                pages = acs["pages"]
            printed = found[0].strip(_EDGE)
            reference.pages, confidence["pages"] = _page_range(pages, printed).replace("\u2011", "-"), found[1]
    if (found := take("translator")) is not None:
        reference.set_role("translator", split_authors(found[0].strip(_EDGE))[0])
    if (found := take("editor note")) is not None and editor_span is None:
        reference.editors, confidence["editors"] = split_authors(found[0].strip(_EDGE))[0], found[1]
    if (found := editor_span) is not None:
        names_text, role_end = found[0], editor_role_end(found[0])
        if role_end is not None and not reference.container_title and "container" not in spans:
            # 'In M. Silva (Org.), Sociologia brasileira (pp. …': the book's title ran into the editors.
            names_text, book = names_text[:role_end], _clean(names_text[role_end:])
            if book:
                reference.container_title, confidence["journal"] = book, found[1] / 2
        if (edited := _EDITED_BY.match(names_text)) is not None and (
            publisher_after := _after_the_last_name(edited["names"])
        ):
            # MLA's 'edited by Cary Nelson and Lawrence Grossberg, U of Illinois P': the names end before
            # the publisher.
            cut = edited.start("names") + len(edited["names"]) - len(publisher_after)
            names_text = names_text[:cut]
            if "publisher" not in reference.variables and publisher_after.strip(_EDGE):
                reference.variables["publisher"], confidence["publisher"] = publisher_after.strip(_EDGE), found[1]
        if translated := _TRANSLATED.match(names_text):
            translators, _ = split_authors(names_text[translated.end() :].strip(_EDGE + " "))
            reference.set_role("translator", translators)
        elif editors := (editor_names if names_text == found[0] else _names_in(names_text)):
            reference.editors, confidence["editors"] = editors, found[1]
            if _EDITED_AND_TRANSLATED.search(names_text) and not reference.role("translator"):
                reference.set_role("translator", list(editors))  # APA's 'In J. Strachey (Ed. & Trans.), …'
    if (
        (found := take("publisher")) is not None
        and (publisher := _clean(found[0]))
        and not _EDITION_BEFORE.fullmatch(publisher + ".")  # 'Aufl.': an edition's word, no publisher
    ):
        publisher, bracket, series = publisher.partition(" (")
        if not series and (collection := _COLLECTION.search(publisher)) is not None:
            publisher, series = publisher[: collection.start()], publisher[collection.end() :]  # 'PUF, coll. « … »'
        if (bracket or not series) and (
            after := _SERIES_AFTER.match(text, spans["publisher"][0] + len(publisher))
        ) is not None:
            # 'Konstanz: UVK (UTB 2412).', 'Paris, Fayard, coll. « L'espace du politique ».': the series after
            # the publisher, read as nothing, as a second title or half into the publisher
            series = after["bracketed"] or after["named"]
        series = _PAGE_COUNT_AFTER_SERIES.split(series, maxsplit=1)[0]  # 'coll. La nature humaine, 160 p.'
        if _NOT_A_SERIES.search(series):
            series = ""  # 'Primus (2., überarbeitete Auflage)': a note on the edition
        short = ""
        if bracket and _short_name_of(publisher, series.strip(_EDGE)):
            short, series = f" ({series.strip(_EDGE)})", ""  # 'Presses universitaires de France (PUF)'
        publisher = _PAGES_WORD_ENDING.sub("", publisher)  # 'Seelze: Klett, S. 1-10': the pages' word
        # _clean keeps a quotation's closing mark: 'Università degli Studi “La Sapienza”'
        reference.variables["publisher"], confidence["publisher"] = (_clean(publisher) or "") + short, found[1]
        if series := series.lstrip("= ").strip(_EDGE):  # 'Campus (Schriften des MPI …, Bd. 23)'
            reference.variables.setdefault("collection-title", series)
    if (
        (found := take("location")) is not None
        and not _ACCESS_NOTE.match(found[0].strip())  # 'Accedido:', the access note's word: no place
        and (place := _clean(_WHEN_AFTER_PLACE.sub("", _EDITION_BEFORE.sub("", found[0].strip().rstrip(" ,;.–—")))))
    ):
        if _ABBREVIATED_END.search(found[0].rstrip(" :,;")):
            place += "."  # 'Frankfurt a. M.' keeps the dot of its abbreviation
        reference.variables["publisher-place"], confidence["place"] = place, found[1]
        if (
            "publisher" not in spans
            and (body := _body_before_its_place(place))
            and not _DAY_AFTER_THE_PLACE.match(text, spans["location"][1])
        ):
            reference.variables["publisher"], reference.variables["publisher-place"] = body
            confidence["publisher"] = found[1]
        elif (
            "publisher" not in spans
            and (body := _ACRONYM_LEFT_BEFORE_THE_PLACE.search(text, 0, spans["location"][0]))
            and not any(
                start < body.end("body") and body.start("body") < end
                for label, (start, end, _) in spans.items()
                if label != "other"
            )
        ):
            reference.variables["publisher"], confidence["publisher"] = body["body"], 0.5  # 'WHO' read as nothing
    if (
        "publisher" in spans
        and "location" not in spans
        and (place := _PLACE_BEFORE.search(text[: spans["publisher"][0]]))
    ):
        # The labeller read the publisher but left 'Frankfurt a. M.:' before it unread.
        reference.variables["publisher-place"], confidence["place"] = place["place"], 0.5
    if (
        "publisher" not in spans
        and "location" in spans
        and (after := _name_after_colon(text, spans["location"][1]))
        and not _PUBLISHER_AFTER_PLACE_NOT.match(after["publisher"])
        and is_place(text[spans["location"][0] : spans["location"][1]])
        and not any(
            start < after.end() and after.start("publisher") < end
            for label, (start, end, _) in spans.items()
            if label != "other"  # words the labeller left unread ('Münster [u.a.]: LIT-Verl.')
        )
    ):
        # 'Bonn: Bundeszentrale für politische Bildung. S. 413-417.': the labeller read the place, not
        # the name after its colon.
        reference.variables["publisher"], confidence["publisher"] = after["publisher"].strip(), 0.5
    elif "publisher" not in spans and "container" not in spans and "volume" not in spans and "title" in spans:
        _place_and_publisher(reference, confidence, text[spans["title"][1] :])
    elif "publisher" not in spans and "location" not in spans and "container" in spans and reference.editors:
        _place_and_publisher(reference, confidence, text[spans["container"][1] :])  # a chapter's book
    if "container" not in spans and "collection-title" not in reference.variables:
        _series_after_the_title(text, spans, reference)
    if "«" in text and "publisher" not in reference.variables:
        _publisher_before_its_collection(text, reference)
    if (place := reference.variables.get("publisher-place")) and (others := _OTHER_PLACES_AT_THE_END.search(place)):
        reference.variables["publisher-place"] = place = place[: others.start()]  # 'Münster [u.a.]': Münster
    if place and "-" in place:
        reference.variables["publisher-place"] = place_as_named(place)  # 'Tori-no', broken at a line's end
    reference.doi, reference.pmid, reference.pmcid = identifiers.doi, identifiers.pmid, identifiers.pmcid
    reference.variables.update(eprint_variables(identifiers))
    if identifiers.url:
        reference.url = identifiers.url
    _kind_of_work(reference, text, spans)
    read_arxiv_preprint(reference)
    if "place" in confidence and "publisher-place" not in reference.variables:
        del confidence["place"]  # MDPI's 'arXiv 2023, arXiv:…' read as a place: none
    _book_in_a_named_series(text, reference)
    if named_by_the_link and "title" in confidence:
        confidence["title"] = max(confidence["title"], 0.5)  # the model read it as nothing: half sure, a rule's guess
    return reference, confidence


# A month or a season the labeller read as the place, or after it: 'Berlin, Januar', 'Juni' (of 'vom 7.
# Juni 2002'), 'Herbst', 'Stand: Mai'.
_MONTH_NAMES = "|".join(name for name in MONTHS if len(name) > 3 or name in ("mai", "may"))  # not 'Mar'
# 'Herbst 2005', 'Juli 1999': an issue's season or month before its year, read as a volume
_SEASON_OR_MONTH_BEFORE = lazy_compile(rf"\b(?:{_SEASONS}|{_MONTH_NAMES})\W*$", re.I)
# From a run of marks' start only ('(?<!…)…++'): tried from inside each run, a long one took time growing with
# its square.
_WHEN_AFTER_PLACE = lazy_compile(
    rf"(?:^|(?<![\s,;:])[\s,;:]++)(?:stand\s*:?\s*)?(?:{_MONTH_NAMES}|{_SEASONS})\W*$",
    re.IGNORECASE,
)
# 'Münster [u.a.]', 'Stuttgart u. a.': the place is the first; the others are not named.
_OTHER_PLACES_AT_THE_END = lazy_compile(rf"(?<=\w){_AND_OTHER_PLACES}[\s,;:.]*$")

# 'Frankfurt a. M.: Suhrkamp', 'Paris : Seuil', 'New York: Wiley', at the end of a book's reference
# (before an edition, volume or page note at most), where the labeller left them unread.
_PLACE = rf"[A-ZÄÖÜÉ][\w'-]+(?:(?:\s|/)(?:a\.\s?M\.|am\s+Main|M\.|[A-ZÄÖÜÉ][\w'-]+)){{0,2}}{_AND_OTHER_PLACES}?"
_PLACE_PUBLISHER = lazy_compile(
    r"(?:^|[.,]\s)(?:\d+\.?\s*(?:aufl\w*|ed\w*|[ée]d\w*)\.?,?\s*)?"
    rf"(?P<place>{_PLACE})\s?:\s?"
    r"(?P<publisher>[A-ZÄÖÜÉ][\w&'-]*(?:(?:\s|\s?/\s?)[A-Za-zÄÖÜäöüÉé&][\w&'-]*){0,4})"  # 'Schöningh / UTB'
    r"\s*(?:[,.]\s*(?:(?:Bd|Band|Vol|S|pp?|Kap)\.?\s*[\d–-]+\.?\s*)?)?(?:\([^()]*\)[.\s]*)?$"  # '(2. Auflage).'
)
_PLACE_BEFORE = lazy_compile(rf"(?:^|[.,]\s)(?P<place>{_PLACE})\s?:\s*$")  # 'Frankfurt a. M.: ' + publisher
# A book's volume: 'Bd. 3', 'Band 3', 'Vol. 3', 'Volume 2', French 'Tome 3', Italian and Spanish 'tomo IV', 'Bd. III'
# (roman in capitals only: not 'Vol. Civil').
_BAND = r"(?:Bd|Band|Volume|Vol|Tome|Tomo)\.?\s*(?P<volume>\d+|(?-i:[IVXLC]{1,5}))\b"
_CONTAINER_VOLUME = lazy_compile(rf"[,.]\s*{_BAND}.*$", re.I)
# 'Das Kapital, Bd. III'; ABNT's 'O capital, v. 1', also with its volume's own title after a colon: 'A
# Concise History of the Cinema, v. 1: Before 1940' (German lists keep 'Band 3: Theorie der Unternehmung'
# in the title, and leave the volume out).
_TITLE_VOLUME = lazy_compile(
    rf"[,.]\s*(?:{_BAND}|(?-i:v)\.\s*(?P<abnt>\d{{1,3}})\b(?::\s*(?P<part>[^.:]+))?)[\s.,]*$", re.I
)
_BOOK_VOLUME = lazy_compile(rf"\b{_BAND}")
_ABNT_VOLUME = lazy_compile(r"\bv\.\s*(?P<volume>\d{1,3})")  # 'São Paulo: Paz e Terra. 2018. v. 2.'
_VOLUMES_ALONE = lazy_compile(rf"(?P<count>\d{{1,2}})\s+{_VOLUMES_WORD}\.?", re.I)
# A volume run that holds more before the volume's own word: 'EUROGRAPHICS ´93, Vol. 12' ('93' the meeting's year).
_VOLUME_MARKED_LAST = lazy_compile(r"[,;]\s*(?:vol(?:ume)?|bd|band|jg|jahrgang)\b\.?\s*(?P<volume>\w*\d\w*)$", re.I)
# '…, 2 Bde.', '…, 3 vols.', Italian '…, 2 voll.' and '…, voll. 4': how many volumes the work has, after its title.
_VOLUMES_COUNT = lazy_compile(
    r"[,.]\s*(?:(?P<count>\d{1,2})\s+(?:bände|bde|teilbde|teilbände|vols|volumes|voll)\b\.?|voll\.\s*(?P<after>\d{1,2}))"
    r"\s*$",
    re.I,
)


def _place_and_publisher(reference: Reference, confidence: dict[str, float], tail: str) -> None:
    """A book's place and publisher read from what follows the title, by the convention that
    prints them as 'Place: Publisher'; marked half sure, as a rule's guess."""
    found = _PLACE_PUBLISHER.search(tail.strip())
    if found is None or any(ch.isdigit() for ch in found["publisher"]):
        return
    reference.variables["publisher"], confidence["publisher"] = found["publisher"].strip(), 0.5
    if "publisher-place" not in reference.variables:  # 'Paris, France : PUF': the place read keeps its country
        reference.variables["publisher-place"], confidence["place"] = found["place"].strip(), 0.5
    if not reference.volume and (volume := _BOOK_VOLUME.search(tail)):
        reference.volume, confidence["volume"] = volume["volume"], 0.5


# What the words around the fields say the work is: a thesis, a report, a conference paper, an
# edition. Read from the whole string: they sit in 'other' spans, or inside the title or container.
_THESIS = lazy_compile(
    r"\b(?:(?P<phd>ph\.?\s?d\.?|doctoral|dr\.?\s?phil|doctorat)(?:\b|(?<=\.))[^.,;]*?\b(?:thesis|dissertation|diss)\b"
    r"|(?P<master>master'?s?|m\.?\s?sc\.?|m\.?\s?a\.?|diplom\w*|magister\w*)\s+(?:thesis|dissertation|arbeit)"
    r"|\b(?P<diploma>(?:diplom|master|magister)arbeit)\b"
    # French, Spanish, Portuguese, Italian: 'Thèse de doctorat', 'Tesis doctoral', 'Tese (Doutorado em …)',
    # 'Tesi di dottorato'; 'Mémoire de master', 'Tesis de maestría', 'Dissertação (Mestrado …)' (Brazil's
    # master's thesis), 'Tesi di laurea'.
    r"|(?P<doctorate>(?:th[èe]se|tesis|tese|tesi)\s+(?:de\s+|di\s+)?\(?(?:doctorat|doctoral|doctorado|doutorado|dottorato))"
    r"|(?P<masters>disserta[çc][ãa]o|tesi\s+di\s+laurea|(?:m[ée]moire|tesis|tese)\s+(?:de\s+)?\(?(?:mestrado|master|maestr[íi]a|ma[îi]trise|DEA)\b)"
    r"|\b(?P<any>dissertation|thesis|diss\.|doktorarbeit|(?:bachelor|examens|zulassungs)arbeit|th[èe]se|tesis|tese|tesi"
    # Brazil's bachelor's theses: 'Trabalho de Conclusão de Curso (Bacharelado em …)', 'Monografia (Graduação em …)'.
    r"|trabalho\s+de\s+conclus[ãa]o\s+de\s+curso|monografia(?=\s*\())(?!\w))",
    re.IGNORECASE,
)
# One in every match of _THESIS ('tesi' is in 'tesis' too).
_THESIS_WORDS = ("thes", "thès", "diss", "arbeit", "tesi", "tese", "moire", "onografia", "onclus")
_THESIS_AFTER_TITLE = lazy_compile(
    r"(?:[,.]\s*|\s*[(\[])(?:unveröff(?:entlichte)?\.?\s*|unpublished\s+)?"
    r"(?:(?:diplom|master|magister|bachelor|examens|doktor)arbeit|(?:doctoral\s+)?dissertation|diss\."
    r"|(?:ph\.?\s?d\.?|master'?s?|m\.?\s?s\.?|ma|doctoral)\s+thesis|thesis"
    # 'Dissertação (Mestrado em Educação) – Universidade …', 'Tese de Doutorado, …', '[Tese]', 'Tesis
    # doctoral', 'Thèse de doctorat', 'Mémoire de master', a bachelor's 'Monografia (Graduação em …)' and 'Trabalho de
    # Conclusão de Curso (Bacharelado em …)', Spanish America's undergraduate 'tesis de pregrado' and 'tesis de grado':
    # the word, then what says it is a degree's.
    r"|(?:disserta[çc][ãa]o|tese|tesis|tesi|th[èe]se|m[ée]moire|monografia|trabalho\s+de\s+conclus[ãa]o\s+de\s+curso)"
    r"(?=\s*[(\]]|\s+(?:de\s+|di\s+)?(?:mestrado|doutorado"
    r"|maestr[íi]a|doctora[dl]|doctorat|dottorato|laurea|master|ma[îi]trise|licenciatura|gradua[çc][ãa]o|apresentada"
    r"|pregrado|grado)\b))\b.*$"
    r"|[,.]\s*unveröff(?:entlicht\w*)?\.?$",
    re.I,
)
# One in every match of _THESIS_AFTER_TITLE: searched for first, the pattern (which may begin at any
# space before a bracket) runs only on the few titles that hold one.
_THESIS_AFTER_TITLE_WORDS = (*_THESIS_WORDS, "unver")
_REPORT = lazy_compile(
    r"\b(?:tech(?:nical)?\.?\s+rep(?:ort)?\.?|(?:working|discussion|research|occasional|policy)\s+papers?|"
    r"research\s+report|report\s+(?:no\.?|nr\.?|number)|arbeitspapiere?|arbeitsberichte?|diskussionspapiere?|"
    r"forschungsberichte?)\b[\s,]*(?:no\.?|nr\.?|number)?\s*(?P<number>[\w/-]*\d(?:[\w./-]*\w)?(?::\d+)?)?",
    re.IGNORECASE,
)
# One of these is in every _REPORT match: a cheap test before the pattern's search.
_REPORT_WORDS = ("rep", "paper", "papier", "bericht")


def _report_in(text: str) -> re.Match[str] | None:
    lowered = text.lower()
    return _REPORT.search(text) if any(word in lowered for word in _REPORT_WORDS) else None


# A known place after a university's name and its comma, up to the sentence's end: ACM's 'Ph.D. Dissertation.
# University of California, Berkeley.'
_PLACE_AFTER_A_COMMA = lazy_compile(r",\s*+(?P<place>[^\W\d_][^.,;:()\[\]]{0,40}+)(?=[.;]|$)")


def _place_after_the_institution(
    text: str, spans: dict[str, tuple[int, int, float]], end: int, reference: Reference
) -> None:
    """The place of a thesis whose university was read from the text: a place the labeller began inside the
    university's name ('Ph.D. Dissertation. University of California at Los Angeles, Los Angeles, CA, USA.', the
    place 'Los Angeles, Los Angeles, CA, USA') is what follows the name; with none read, a known place after its comma
    ('University of California, Berkeley.') is the place."""
    if "location" in spans:
        start, stop, _ = spans["location"]
        if start < end < stop and (place := text[end:stop].strip(_EDGE)):
            reference.variables["publisher-place"] = place
    elif (after := _PLACE_AFTER_A_COMMA.match(text, end)) is not None and is_place(after["place"].strip()):
        reference.variables["publisher-place"] = after["place"].strip()


# The university inside a thesis's brackets, after its kind: '[Doctoral dissertation, Harvard University]'.
_GRANTED_BY = lazy_compile(r"\s*,\s*(?P<institution>[^\[\]()]+)\]")
_INSTITUTION = lazy_compile(r"\b(?:univ\w*|universit\w*|college|institut\w*|hochschule|école|escuela)\b", re.I)
# The degree after a thesis's word: 'Dissertação de Mestrado', 'Dissertação Mestrado', 'Tese (Doutorado em Ecologia)'.
_DEGREES = r"(?:mestrado|doutorado|maestr[íi]a|doctorado|licenciatura|bacharelado|gradua[çc][ãa]o)"
_DEGREE = lazy_compile(
    rf"[ \t]*+(?:\([ \t]*+(?:(?:de|em)[ \t]++)?{_DEGREES}\b[^()]{{0,80}}+\)|(?:(?:de|em)[ \t]++)?{_DEGREES}\b)?",
    re.IGNORECASE,
)
# A university's or an institute's name after a thesis's kind: 'Universität Bielefeld', 'Freie
# Universität Berlin', 'University of Leeds', 'Katholische Fachhochschule Nordrhein-Westfalen'.
_INSTITUTION_NAME = lazy_compile(
    r"(?<![\w.])(?-i:[A-ZÀ-ÖØ-Þ][\w'’&-]*\s+){0,3}?(?:univ\w*|universit\w*|college|institut\w*|\w*hochschule|école"
    r"|escuela)\b[^.,;:()\[\]]*",
    re.I,
)
# A talk or poster given at a meeting: 'Paper presented at the Annual Meeting of …', 'Vortrag auf der …',
# 'Comunicação apresentada em …', 'Ponencia presentada en …', 'Communication présentée au …', 'Relazione
# presentata al …'.
_PRESENTED_AT = lazy_compile(
    r"(?:paper|poster|talk|presentation|keynote|lecture)\s+(?:presented|given|delivered|read)\s+(?:at|to|on)\b"
    r"|presented\s+at:"  # AMA's: 'Presented at: ARVO Annual Meeting; May 2025; Salt Lake City, UT.'
    r"|(?:vortrag|referat|posterbeitrag)\s+(?:gehalten\s+)?(?:auf|bei|an|im\s+rahmen)\b"
    r"|(?:comunica[çc][ãa]o|trabalho|p[ôo]ster|palestra)\s+(?:apresentad[oa]|proferida)\s+(?:em|no|na|ao|à)\b"
    r"|(?:ponencia|comunicaci[óo]n|trabajo|p[óo]ster)\s+presentad[oa]\s+(?:en|al|a)\b"
    r"|(?:communication|exposé|papier|poster)\s+présentée?\s+(?:à|au|aux|lors)\b"
    r"|(?:relazione|comunicazione)\s+presentata\s+(?:a|al|alla|in)\b",
    re.IGNORECASE,
)
# Where a talk's note begins inside a title: after the title's end ('… Jugendlichen. Vortrag auf der …',
# '‘… Employment’. Paper presented to …', '[Time and …], paper presented at …').
_TALK_AFTER_TITLE = lazy_compile(rf"(?<=[.?!»\"”’)\]])[.,]?\s+(?={_PRESENTED_AT.pattern})", re.IGNORECASE)
_PROCEEDINGS = lazy_compile(r"\b(?:proc(?:eedings)?\b|conference|symposium|workshop|congress|tagungsband|actes)", re.I)
_EDITION = lazy_compile(  # '(?=\d)' first: the search passes over every other character at once
    rf"(?=\d)\b(?P<edition>\d+)(?:\.?{_ORDINAL}\.?|\.)?\s*"  # '8ª. ed.', Spanish '5.ª ed.' too
    rf"(?:edn?\b\.?|edition|aufl(?:age|\.)|[ée]d(?:ition|\.)?(?!\w)|{_EDITION_SPELT_OUT})",
    re.IGNORECASE,
)


def _may_name_an_edition(text: str) -> bool:
    """Whether _EDITION may find an edition in text: its words are looked for first, as most references name none
    and the pattern tries every digit."""
    folded = text.casefold()
    return any(word in folded for word in EDITION_STEMS)


_EDITED_BY = lazy_compile(r"\W*edited\s+by\s+(?P<names>.+)$", re.IGNORECASE | re.DOTALL)


def _after_the_last_name(names: str) -> str:
    """', U of Illinois P' of 'Cary Nelson and Lawrence Grossberg, U of Illinois P': what follows the
    comma after the name that 'and' joins last (MLA names editors given name first)."""
    joined = names.rfind(" and ")
    comma = names.find(",", joined + 5) if joined >= 0 else -1
    return names[comma:] if comma >= 0 else ""


# The last comma of a title and what follows it, a few capitalised words (up to seven when none has a full
# stop: 'Crisis States Research Centre Working Papers'): where a report's series begins.
_SERIES_ENDING_THE_TITLE = lazy_compile(r",\s+(?=[A-Z][\w.-]*(?:\s+[\w.-]+){0,4}\s*$|[A-Z][\w-]*(?:\s+[\w-]+){5,6}$)")
# A report's number after its series's name, at the title's end: '…, Working Papers, 104'.
_NUMBER_ENDING_THE_TITLE = lazy_compile(r"(?<![\s,])[\s,]++(?P<number>[\w/-]*\d[\w/-]*)$")  # from a run's start


# What may follow a report's series and number that is no institution: a link, a bracketed date, a sentence ('To
# appear in …').
_REPORT_TAIL_END = lazy_compile(
    r"[,.;]?\s*(?:[(\[](?=[^)\]]*\d)|\.\s+(?=[A-Z][a-z]+\s+[a-z])|\bin:|\bhttps?:|\bwww\d*\.|\bonline\b|\bURL\b)",
    re.IGNORECASE,
)
# A report's series before its kind, a few words in capitals: 'IZA Discussion Paper', 'CMU CS Tech Report'.
_REPORT_SERIES_NAME = lazy_compile(r"(?:[A-Z][\w&'’-]*\s+){1,3}$")
# 'Discussion Paper no.' before its number; 'Tech. rep.' keeps its last full stop.
_NUMBER_WORD_AT_END = lazy_compile(r"[\s,]+(?:no|nr|number)\.?$", re.IGNORECASE)
_ABBREVIATION_AT_END = lazy_compile(r"\b(?:rep|tech|techn|pap)$", re.IGNORECASE)


def _fields_after(spans: dict[str, tuple[int, int, float]], start: int) -> bool:
    """Whether the labeller read anything from start on but a date, a link, or words it read as nothing."""
    return any(end > start for label, (_, end, _) in spans.items() if label not in ("date", "url", "other"))


def _report_series_read_as_nothing(
    reference: Reference,
    text: str,
    spans: dict[str, tuple[int, int, float]],
    kind: re.Match[str],
    report: re.Match[str],
) -> None:
    """'…, Discussion Paper 95/5, Max Planck Institute for the Study of Societies, Köln.': a report's series,
    number, institution and place the labeller read as nothing, kept: a named series as collection-title, the
    kind alone ('Working Paper') as genre (BibTeX's type). kind: the first mention of the report's kind; report:
    the one with the number, a later one when the first has none ('… Series, Working Paper 520')."""
    prefix = _REPORT_SERIES_NAME.search(text, 0, kind.start())
    title_end = spans["title"][1] if "title" in spans else 0
    named = prefix is not None and prefix.start() >= title_end and not text[title_end : prefix.start()].strip(_EDGE)
    start = prefix.start() if named else kind.start()
    series = text[start : report.start("number") if report["number"] else report.end()].rstrip()
    series = _NUMBER_WORD_AT_END.sub("", series).rstrip(_EDGE)
    if _ABBREVIATION_AT_END.search(series) and text.startswith(".", start + len(series)):
        series += "."
    if named or report.start() != kind.start():
        reference.variables.setdefault("collection-title", series)
    elif "collection-title" not in reference.variables:
        reference.variables.setdefault("genre", series)
    tail = text[report.end() :]
    if (stop := _REPORT_TAIL_END.search(tail)) is not None:
        tail = tail[: stop.start()]
    tail = tail.strip(" .,;:")
    if not tail or any(ch.isdigit() for ch in tail) or "publisher" in reference.variables:
        return
    body, _, last = tail.rpartition(",")
    if is_place(last) and "publisher-place" not in reference.variables:
        reference.variables["publisher-place"], tail = last.strip(" .,;:"), body.strip(" .,;:")
    if tail[:1].isupper() and len(tail.split()) <= 12:
        reference.variables["publisher"] = tail  # the institution that issues the series


def _site_after_quotes(text: str, spans: dict[str, tuple[int, int, float]]) -> bool:
    """'“PyTorch documentation,” PyTorch. https://pytorch.org/… (accessed May 3, 2023).': the source named right
    after a quoted title, in a reference read on the web on a day it gives."""
    if "title" not in spans or "container" not in spans or not _ACCESS_NOTE.search(text):
        return False
    between = text[spans["title"][1] - 1 : spans["container"][0]]
    return not between.strip(_EDGE) and any(mark in between for mark in _CLOSING_QUOTES)


def _apa_page(reference: Reference, text: str, spans: dict[str, tuple[int, int, float]]) -> bool:
    """APA 7's page: dated to the month or undated ('(2022, March).', '(n.d.).'; a report or a book gives its year
    alone), and its publisher, the site, right before its link."""
    if (
        "publisher" not in spans
        or "url" not in spans
        or reference.url is None
        or reference.volume
        or reference.issue
        or reference.pages
        or "edition" in reference.variables
        or (dated := _APA_DATE.search(text)) is None
        or not _only_a_link_lead(text[spans["publisher"][1] : spans["url"][0]])
    ):
        return False
    words = _LETTERS.findall(dated.group())
    return any(word.lower() in MONTHS for word in words) or words[:2] in (["n", "d"], ["s", "f"])


def _kind_of_work(reference: Reference, text: str, spans: dict[str, tuple[int, int, float]]) -> None:
    """Type and type-specific fields from what was labelled and what the string says."""
    # The stems are asked once: spelt_edition would ask them again.
    if _may_name_an_edition(text) and (edition := _EDITION.search(text) or SPELT_EDITION.search(text)) is not None:
        reference.variables["edition"] = edition.groupdict().get("edition") or edition_number(edition)
        if (
            reference.container_title
            and "container" in spans
            and spans["container"][0] < edition.start() < spans["container"][1]
            and (printed := _clean(text[edition.start() : spans["container"][1]]))
            and reference.container_title.endswith(printed)
        ):  # '… infectious diseases. 7' + '. ed. Philadelphia': the edition's number read into the book
            reference.container_title = _clean(reference.container_title[: -len(printed)])
    elif (
        ("ev. " in text or "evised " in text)
        and (revised := REVISED_EDITION.search(text))
        and not (reference.container_title or reference.volume)
    ):
        # A book's revised edition, with no number: 'Imagined Communities. Rev. ed. London: Verso, 2006.'
        printed = revised.group().rstrip(".")
        reference.variables["edition"] = printed + "." if printed.lower().endswith(("ed", "edn")) else printed
        for read_into_the_title in (printed, printed.split()[0].rstrip(".")):  # 'Theory building. Rev' + 'ed.'
            if reference.title and (title := reference.title.rstrip(" .")).endswith(read_into_the_title):
                reference.title = _clean(title[: -len(read_into_the_title)])
                break
    if read_as_software(reference):
        return
    outside = text
    if "title" in spans:  # 'A thesis on theses': the title's own words say nothing of the work's kind
        start, end, _ = spans["title"]
        window = text[start:end].casefold()
        if (
            any(word in window for word in _THESIS_AFTER_TITLE_WORDS)
            and (kind := _THESIS_AFTER_TITLE.search(text, start, end)) is not None
        ):
            end = kind.start()  # '…, Ph.D. Thesis' read into the title still says it
        outside = text[:start] + " " * (end - start) + text[end:]
    folded = outside.casefold()
    if (
        any(word in folded for word in _THESIS_WORDS)
        and (thesis := _THESIS.search(outside)) is not None
        and not reference.volume
    ):
        reference.type = "thesis"
        genre = (
            "PhD thesis"
            if thesis["phd"] or thesis["doctorate"]
            else "Master's thesis"
            if thesis["master"] or thesis["diploma"] or thesis["masters"]
            else None
        )
        if genre:
            reference.variables["genre"] = genre
        title = reference.title or ""
        if (kind := _THESIS_AFTER_TITLE.search(title)) is not None and kind.start():
            # 'Erkennung von Gesten, Diplomarbeit im Fach Informatik': what kind of work, not its title.
            reference.title = title[: kind.start()].rstrip(" .,;:")
            if (count := _PAGE_COUNT_ENDING_THE_TITLE.search(reference.title)) is not None and count.start():
                reference.title = reference.title[: count.start()]
                reference.variables.setdefault("number-of-pages", count["count"])
        if reference.container_title and "publisher" not in reference.variables:
            # A university printed where a journal would be is the degree-granting institution.
            reference.variables["publisher"] = reference.container_title
            reference.container_title = None
        place = reference.variables.get("publisher-place", "")
        if "publisher" not in reference.variables and _INSTITUTION.search(place):
            reference.variables["publisher"] = reference.variables.pop("publisher-place")  # 'Diss. Universität Bonn'
        publisher = str(reference.variables.get("publisher", ""))
        word = _THESIS.search(publisher) if any(stem in publisher.casefold() for stem in _THESIS_WORDS) else None
        if (
            word is not None
            and (not word.start() or publisher[: word.start()].rstrip().endswith("."))
            and (rest := publisher[_DEGREE.match(publisher, word.end()).end() :].strip(_EDGE))
        ):
            # 'Diss. Universität Heidelberg' read as the publisher: the word says what it is, and the degree after it
            # ('Dissertação de Mestrado, Universidade Estadual de Campinas').
            reference.variables["publisher"] = rest
            before = publisher[: word.start()].strip(_EDGE)
            if before and reference.title and "title" in spans and "publisher" in spans:
                # '…, Núcleo Águas Claras, Parque Estadual da Cantareira, Mairiporã - SP. Dissertação de Mestrado, …':
                # the title's last words, read into the publisher before the thesis's kind.
                if not text[spans["title"][1] : spans["publisher"][0]].strip(" ,"):
                    comma = "," if text[: spans["publisher"][0]].rstrip().endswith(",") else ""
                    reference.title = f"{reference.title}{comma} {before}"
        elif not publisher and (institution := _INSTITUTION_NAME.search(text, thesis.end())) is not None:
            # 'Diss. Universität Bielefeld' read as nothing: the university that grants the degree.
            reference.variables["publisher"] = _YEAR_BESIDE_BOOK.sub("", institution.group()).strip(_EDGE)
            _place_after_the_institution(text, spans, institution.end(), reference)
        elif (
            not _INSTITUTION.search(publisher)
            and (granted := _GRANTED_BY.match(text, thesis.end())) is not None
            and _INSTITUTION.search(granted["institution"])
        ):
            # APA's '[Doctoral dissertation, Harvard University]. ProQuest Dissertations and Theses Global':
            # the university grants the degree; the database after it keeps the thesis.
            if database := reference.variables.pop("publisher", ""):
                reference.variables["archive"] = database
            reference.variables["publisher"] = granted["institution"].strip()
        return
    if not reference.volume and (report := _report_in(text)) is not None:
        reference.type = "report"
        kind = report
        if not report["number"] and (numbered := _REPORT.search(text, report.end())) and numbered["number"]:
            report = numbered  # 'Luxembourg Income Study Working Paper Series, Working Paper 520.'
        if report["number"] == str(reference.year) and text.endswith(", ", 0, report.start("number")):
            report = _REPORT.match(text, report.start(), report.start("number") - 2)  # 'Technical report, 2002.'
        if report["number"]:
            reference.variables["number"] = report["number"]
            if reference.issue == report["number"]:
                reference.issue = None  # 'Arbeitspapier Nr. 12': the report's number, not a journal issue
        title = reference.title or ""
        if (
            report["number"]
            and (number := _NUMBER_ENDING_THE_TITLE.search(title)) is not None
            and number["number"] == report["number"]
        ):
            title = title[: number.start()]  # '…, BWPI Working Papers, 104': the number read into the title
        if (series := _SERIES_ENDING_THE_TITLE.search(title)) is not None and (
            named := _report_in(name := title[series.start() :])
        ) is not None:
            # '…, Forschungsbericht', '…, CEPR Discussion Paper 2345': the series (and number), read into the title.
            reference.title = title[: series.start()]
            cut = named.start("number") if named["number"] else len(name)
            reference.variables.setdefault("collection-title", name[:cut].strip(_EDGE + " "))
        if not reference.container_title and not _fields_after(spans, report.start()):
            _report_series_read_as_nothing(reference, text, spans, kind, report)
        return
    if reference.editors and not reference.authors and not reference.container_title:
        reference.type = "book"  # an edited book: 'Merkel, W. (Hrsg.) (2015): Demokratie und Krise.'
        return
    if reference.editors and not reference.container_title and not _IN_A_BOOK.search(text):
        reference.type = "book"  # 'Wirtschaft und Gesellschaft. Hrsg. von Johannes Winckelmann': an edition
        return
    if reference.editors or (
        reference.container_title
        and (
            "publisher" in reference.variables
            # 'in: ders. Philosophie der humanen Welt. Frankfurt a.M. 27-43': 'in', a place, no journal's numbers
            or (
                "publisher-place" in reference.variables
                and not (reference.volume or reference.issue)
                and _IN_A_BOOK.search(text)
                and not _PRESENTED_AT.search(text)
            )
        )
    ):
        reference.type = "chapter"
        if reference.container_title and _PROCEEDINGS.search(reference.container_title):
            reference.type = "paper-conference"
        return
    if (
        reference.container_title
        and (not reference.volume or _VOLUME_OF_A_SERIES.search(text))
        and (_PROCEEDINGS.search(reference.container_title) or _PRESENTED_AT.match(reference.container_title))
    ):
        reference.type = "paper-conference"
        return
    if not reference.container_title and _may_note_a_manuscript(folded) and _MANUSCRIPT_NOTE.search(outside):
        reference.type = "manuscript"  # 'Unveröff. Manuskript, Düsseldorf.', 'Unpublished manuscript.'
        return
    if not reference.container_title and _apa_page(reference, text, spans):
        reference.type = "webpage"  # 'Gavin, M. (2022, March). Motivating … Kids Health. https://…'
        return
    if not reference.container_title and (
        "publisher" in reference.variables
        or "publisher-place" in reference.variables
        or "edition" in reference.variables  # 'Publication manual of the APA (7th ed.). https://doi.org/…'
        or _NO_PLACE.search(text)
    ):
        reference.type = "book"  # 'Einführung in die Erzähltheorie. Darmstadt.' (or 'o. O.'): a place, no journal
        return
    if (
        reference.container_title
        and reference.url
        and not (reference.volume or reference.issue or reference.pages or reference.doi)
        and "eprint" not in reference.variables
        and (_ONLINE_MARK.search(text) or _ACCESS_COLON.search(text) or _site_after_quotes(text, spans))
    ):
        reference.type = "webpage"  # IEEE's '“Title,” Site. Accessed: …': the site is the page's container
        return
    if not reference.container_title and reference.url and not reference.volume and "eprint" not in reference.variables:
        reference.type = "webpage"  # not a preprint with its link ('… arXiv:1710.10903, 2017. https://arxiv.org/…')
