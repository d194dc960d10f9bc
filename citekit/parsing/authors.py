"""Author lists as printed in any common style → ordered names.

'Aceto N, Bardia A', 'Aceto, N., Bardia, A., & Théry, C.', 'N. Aceto, A. Bardia, and C. Théry',
'Aceto, Nicola, Aditya Bardia, and Clotilde Théry', 'ACETO N, BARDIA A, et al.'
"""

from __future__ import annotations

import re
from functools import lru_cache

from citekit.lazy_regex import grouped_by_first_letter, lazy_compile
from citekit.model import Author
from citekit.parsing.given_names import given_name_kind
from citekit.parsing.names import SUFFIXES, is_dotted_initials, is_initials, particle_after_initials
from citekit.parsing.places import is_country, names_one_place

# 'et al.' is taken out before this runs, so ' et ' here is French for 'and'.
# German 'u.' is 'und' ('Hillmann, F. u. T. Krings'; lower case: 'U.' is an initial); 'u. a.' (and
# others) is taken out before too.
# Spanish 'y' and Portuguese and Italian 'e' only after an initial ('García, J. y López, M.', 'Bolzoni,
# M., e Semi, G.') or before one ('J. Oliveira Santos e A. Ambrósio'), or after a comma before an
# inverted name with its initials ('Oliveira, C. T. F. de, e Rezende, C.', 'Araújo, A. P.,e Barcelos
# Daibert, A.'): between capitalised words they are part of one family name ('Ortega y Gasset'). Czech and Slovak
# 'a' joins names so too, before initials or a family name in capitals (ISO 690's).
# Every match begins at a space, a comma or '&': the lookahead first passes over the letters of names at once
# (a fifth of the learned path's time went to splitting names).
_AND = lazy_compile(
    r"(?=[\s,&])\s*(?:,?\s*&|,?\s+and|,?\s+und|,?\s+(?-i:u)\.(?=\s)|,?\s+et|(?<=\b[A-Z]\.),?\s+(?-i:y|e|ve)"
    r"|\s(?-i:y|e|a)(?=\s+[A-ZÀ-Þ]\.\s)|,\s*(?-i:y|e)(?=\s+[A-ZÀ-Þ][^\W\d_][^,;]{0,60},\s*[A-ZÀ-Þ](?:[.\s,;]|$))"
    # Czech and Slovak (ISO 690): 'KLIMSZOVÁ, Veronika a Jana CHALUPOVÁ', 'IBÁÑEZ, Luis a BLEZEK, Daniel'.
    r"|(?-i:\sa(?=\s++(?:[A-ZÀ-Þ][^\W\d_]++\s++[A-ZÀ-Þ]{2,}+(?![^\W\d_])|[A-ZÀ-Þ]{2,}+,))))\s+",
    re.IGNORECASE,
)
# 'n.d.', German 'o. J.' (ohne Jahr), French 's.d.', Spanish 's.f.', '(im Druck)', '(in press)': no
# year yet, and no name either ('(in Begutachtung)', '(under review)' too). Lower case only: 'N. D.' are
# initials.
_UNDATED = lazy_compile(
    r"(?:\(|(?<!\s))\s*+(?<![^\W\d_])(?:o\.\s?J|n\.\s?d|s\.\s?[df])\.?\s*\)?"
    r"|\(\s*(?:im\s+(?:Druck|Erscheinen)|in\s+press|forthcoming|sous\s+presse|en\s+prensa|in\s+Begutachtung"
    r"|under\s+review|in\s+(?:Vorbereitung|preparation))\s*\)"
)
_UNDATED_MARKS = ("o.", "n.", "s.")  # every match of _UNDATED holds one of these, or a bracket
_ET_AL = lazy_compile(
    # 'et al.' ('et alii', and 'et. al.' as lists misprint it), German 'u. a.' (und andere), Spanish 'y otros',
    # Portuguese 'e outros' ('& otros', '& others' too), French 'et coll.', Turkish 've ark.', 'vd.', 've diğerleri';
    # 'and others', and ACL's count of the names left out ('Yuxin Zuo, Shang Qu, Yifei Li, and 1 others. 2025.');
    # Indonesian and Malay 'dkk.' (dan kawan-kawan), Polish 'i in.', Czech and Slovak 'a kol.', Nordic 'm.fl.',
    # Dutch 'e.a.', Spanish and Portuguese 'y col.', 'e col.', 'e cols.', in small letters (initials are capitals).
    # Not the 'et Al' of 'Bret Alberts' or 'Setala K'; glued to a name by a PDF in small letters: 'Stolarczyket al .'.
    # The spaces before it taken whole, from a run's start ('(?<!\s)…*+'): tried from each place of a long run
    # of spaces, it took time growing with the run's square (as _UNDATED's did).
    # Every match begins at one of the first lookahead's marks: it passes over other letters at once.
    r"(?=[\s,;eauyvdim….])(?:[,;]|(?<!\s))\s*+(?:(?:\bet\.?\s*al|(?-i:et\s*al))(?:ii\b|\.|(?![^\W\d_]))"
    r"|and (?:\d{1,5} )?others"
    r"|(?<![^\W\d_])(?-i:u\.\s?a)\.?(?![^\W\d_])"
    r"|(?:\b[ye]\s+|&\s*+)(?:otros|outros|others)\b|\b(?-i:ve\s+(?:ark\b\.?|diğerleri\b)|vd\.)"
    r"|\bet\s+coll?\.|(?-i:\bdkk\b\.?|\bi\s+in\.|\ba\s+kol\.|\bm\.\s?fl\.|\be\.\s?a\.|\b[ye]\s+cols?\.)|…|\.\.\.)\s*",
    re.IGNORECASE,
)
# Every match of _ET_AL holds one of these, folded: 'al' ('et al.'), 'u.' ('u. a.'), 'others', 'otros', 'outros',
# 've' ('ve ark.'), 'vd.', 'col' ('et coll.', 'y col.'), 'dkk', 'i in.', 'a kol.', 'm.fl.', 'e.a.', or an ellipsis.
_ET_AL_WORDS = (
    *("al", "u.", "others", "otros", "outros", "ve", "vd.", "col", "dkk", "i in.", "a kol."),
    *("m.fl.", "m. fl.", "e.a.", "e. a.", "…", "..."),
)
# '(Hrsg.)', '(Hg.)', '(eds.)', '(éd.)', '(dir.)', '(coord.)', '(org.)', '(comp.)', '(a cura di)', Italian
# classics' '(a c. di)': the names before it edited the work; the marker is not a name. German also writes the
# female and the plural-for-all forms: '(Hgin)', '(HgInnen)', '(Hrsg.innen)'.
EDITOR_ROLES = (
    r"(?:hrsg|hg)(?:\.?in(?:nen)?)?|hrgs|hgg|eds?|edd|éds?|editors?|dirs?|coords?|orgs?|comps?|red(?=\.)"
    r"|a\s+cura\s+di|a\s+c\.\s?di"
)
# '(Hrsg.)', '[Hrsg.]', '(Red.)', and '[Hrsg.' where the names' span ends before the bracket closes.
# The editors who translated too: APA's '(Ed. & Trans.)', '(Eds. and Trans.)'; German '(Hrsg. u. Übers.)'.
TRANSLATED_TOO = r"\s*(?:&|and|und|u\.|et|y|e)\s*(?:trans|transl|übers|trad|tr)s?\.?(?![^\W\d_])"
AND_TRANSLATED = rf"(?:{TRANSLATED_TOO})?"
_EDITOR_ROLE = lazy_compile(rf"[(\[]\s*(?:{EDITOR_ROLES})\.?{AND_TRANSLATED}\s*(?:[)\]]|$)", re.IGNORECASE)
# Brackets with no word in them beside the names: an empty or garbled year ('( )', '(Ÿ¤¤¥)' from a
# PDF's symbol font), an acronym ('(BMFSFJ)'); a bracket the span cut open ('Karl ( / Orig.'); a
# list's citation label ('[HAUP93] Hauptmann, Alexander').
_NO_WORDS_IN_BRACKETS = lazy_compile(r"\([^()a-zß-ÿ]*\)|\[\s*\]")
# One word in brackets after a name is what the person did, not a name: '(Compiler)', '(Rektor)', '(Bearb.)'.
_ROLE_IN_BRACKETS = lazy_compile(r"\(\s*[^\W\d_][\w.]*\s*\)")
_OPEN_BRACKET_AT_END = lazy_compile(r"\s*\([^()\w]*\w*[^()\w]*$")  # 'Karl ( / Orig.', not '( D. Pollard, …
# A list's number the names' span began with: '4. Foley KM, Gelband H, editors.' ('[4]' and '(4)' too).
_LIST_NUMBER = lazy_compile(r"^\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)]?)\s+(?=[^\W\d_])")
_LABEL = lazy_compile(r"^\s*(?:\[[A-Za-z]{2,8}\d{0,4}[a-z]?|[A-Za-z]{2,8}\d{2,4}[a-z]?)\]\s*")
# Kinds of body, in English and German; science's corporate authors ('R Core Team', 'Planck Collaboration', 'WHO
# Working Group', 'The WHO Collaborative Study', 'Royal Society', 'The World Bank', 'Kaiser Family Foundation', 'GBD
# 2019 … Collaborators', 'EINSTEIN Investigators', a guideline's 'Panel', 'Mayo Clinic Staff'); software's and the
# web's ('Wikipedia contributors', 'scikit-learn developers', 'MinIO documentation', 'Embeddia project');
# companies ('Oxford Nanopore Technologies', 'Pfizer Laboratories', 'Illumina Corporation'), boards and legislatures
# ('California Water Boards', 'California Legislature'); French, Spanish, Portuguese and Italian ones ('BRASIL.
# Ministério da Saúde', 'Secretaría de Salud').
_BODY_KINDS = tuple(
    r"""
    ministry institut\w* stiftung kommission commission council association organi[sz]ation department agency
    bureau gesellschaft zentrum cent(?:er|re)s? universit\w+ statisti\w+ bundes\w+ gmbh e\.\s?v inc ltd
    team collaboration collaborative collaborators investigators consortium group panel foundation society bank boards?
    trust fund programme committee clinics? documentation
    contributors developers maintainers project community direction mission commune comune ville municipalit\w+
    academy academies federation alliance network initiative office service authority administration watch
    task\s?force taskforce working\s+party secretariat commissioner divisions? registry registries
    technologies pharmaceuticals? laborator(?:y|ies) corporation llc plc limited
    minist[eéè]ri?[oe]s? secretar[ií]as? universidad\w* funda[çc][ãa]o fundaci[óo]n conselho consejo conseil
    comiss[ãa]o comisi[óo]n organiza[çc][ãa]o organizaci[óo]n associa[çc][ãa]o asociaci[óo]n governo gobierno
    instituto istitut\w* accademia observatoire observat[óo]rio sociedade sociedad soci[ée]t[ée] societ[àa]
    federa[çc][ãa]o federaci[óo]n f[ée]d[ée]ration confedera[çc][ãa]o sindicato prefeitura tribunal
    assembleia asamblea comit[éêe] departamento ag[êe]ncia banco empresa companhia centro servi[çc]os? servicios?
    superintend\w+ direcci[óo]n dire[çc][ãa]o procuradur[ií]a defensor[ií]a contralor[ií]a authors
    parliament parlament\w* senate bundestag legislatures?
    """.split()
)


# An organisation's name: words no person's name holds ('für', 'of', 'for') or a kind of body.
# '(?=\w)': a word's start, not its end, as every alternative begins with a letter or a word's letters; the
# boundary at a word's end, tried against each alternative, took half the time of a search.
_BODY_WORDS = (
    r"(?=\w)\b(?:\w*(?:ministerium|verband|regierung)|\w+amt|"  # 'Bundesministerium', 'Statistisches Landesamt'
    + grouped_by_first_letter(_BODY_KINDS)
    + r")\b"
)
_ORGANISATION = lazy_compile(rf"(?-i:(?=\w)\b(?:für|of|for|on|pour|para|per|voor)\b)|{_BODY_WORDS}", re.IGNORECASE)
_BODY = lazy_compile(_BODY_WORDS, re.IGNORECASE)
# A company's legal form ending the name, with the '/' or '&' a list of people would hold: 'Novo Nordisk
# A/S', 'Henkel AG & Co. KGaA', 'Haniel GmbH & Co. KG'.
_COMPANY = lazy_compile(r"(?<=\w)\s+(?:A/S|ApS|(?:AG|GmbH|SE)\s*&\s*Co\.?\s*(?:KGaA|KG|OHG)|KGaA)\.?\s*$")
_COMPANY_ENDS = ("A/S", "ApS", "KGaA", "KG", "OHG")
_ONE_PERSON = lazy_compile(r"^[^\W\d_][\w'’-]*,\s+[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?$")  # 'Center, Lisa'
_SEE = lazy_compile(r"^\s*(?:vgl\.|siehe)(?:\s+(?:auch|dazu))?\s+", re.IGNORECASE)  # a note's 'Vgl. auch'
# 'Ders.', 'Dies.' (derselbe, dieselbe), 'Idem', 'Eadem': the authors of the reference before.
SAME_AUTHORS = r"ders|dies|idem|eadem"
# '1906. New Noctuidae …', '1875a: Descriptions …', '1906, 1907. …': a reference that begins with its
# year (or years) is the same author's next work, as old natural history's bibliographies print them.
YEAR_FIRST = r"^\s*(?:1[5-9]|20)\d\d[a-z]?(?:\s*,\s*(?:1[5-9]|20)\d\d[a-z]?)*\s*[.:]\s"
_SAME_AS_BEFORE = lazy_compile(rf"^(?:{SAME_AUTHORS})\.?$", re.IGNORECASE)
# A slash between two short names in capitals: 'HIV/AIDS', 'CDU/CSU' (an acronym's, no list of names).
_ACRONYMS_SLASH = r"(?<=[A-Z]{2})/(?=[A-Z]{2,}\b)"
# Initials, a list of names; not 'U.S.' or 'U.K.' opening a body's name ('U.S. Food and Drug Administration'), nor an
# acronym's slash ('Joint United Nations Programme on HIV/AIDS').
_PERSON_MARKS_BUT_AND = rf"\b(?<!U\.)(?!U\.[SK]\.)[A-ZÀ-Þ]\.|;|(?!{_ACRONYMS_SLASH})/|\bu\.\s?a\.|\bet al"
_PERSON_MARK = lazy_compile(rf"{_PERSON_MARKS_BUT_AND}|&")
# … but '&', which a body's own name holds as often ('Ministry of Health & Family Welfare'), where a kind of body is
# named.
_PERSON_MARK_BUT_AND = lazy_compile(_PERSON_MARKS_BUT_AND)
# The space a PDF's text puts before an initial's stop, not after it: 'Gopalan, P . K.', 'Zhu, Y . P .', 'T .Yoshie'.
_SPACED_INITIALS_STOP = lazy_compile(r"(?<=\b[A-Z]) \.(?P<letter>[^\W\d_])?")
_SLASH = lazy_compile(r"\s*/\s*(?=[^\W\d_])")
_SLASH_IN_AN_ACRONYM = lazy_compile(_ACRONYMS_SLASH)
PARTICLES = frozenset("von van de der den da di du la le zu ten ter dos das del della".split())
_SLASHED_NAME = lazy_compile(r"(?=.*[^\W\d_A-Z])[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,4}")
_INITIAL_TOKEN = lazy_compile(r"^(?:[^\W\d_]\.?-?)+$")


# Given names shortened to more than one letter, as German and older English lists print them:
# 'Hammack, Ph. L.', 'Schulze, Chr.', 'Smith, Wm.'.
_SHORTENED_GIVEN = lazy_compile(r"^(?:Ch|Chr|Ph|Th|Fr|Wm|Jos|Geo|Jas|Chas|Thos|Benj|Wilh|Joh|Heinr)\.$")


@lru_cache(maxsize=8192)  # called a dozen times a name list, on the same few tokens ('A.', 'J')
def _initials(token: str) -> bool:
    """'N', 'N.', 'WT', 'W.T.', 'J.-H.', 'Ph.', Brazil's 'F.A.R.D.P.': initials with or without dots."""
    bare = token.replace(".", "").replace("-", "")
    if _SHORTENED_GIVEN.match(token):
        return True
    pieces = [piece.rstrip(".") + "." for piece in token.split("-")] if "-" in token else []
    if len(pieces) >= 2 and any(_SHORTENED_GIVEN.match(piece) for piece in pieces):
        # 'H.-Th.', 'Ph.-J.': an initial and a shortened name for a double given name.
        return all(_SHORTENED_GIVEN.match(piece) or _initials(piece) for piece in pieces)
    longest = 6 if token.count(".") >= len(bare) - 1 else 4  # 'F.A.R.D.P.' dotted; undotted 'SOUSA' is a name
    return (
        bool(bare)
        and bare.isalpha()
        and bare.isupper()
        and len(bare) <= longest
        and bool(_INITIAL_TOKEN.match(token))
        and token.capitalize() not in _FAMILY_ENDINGS  # 'BARCELOS NETO, João': the family name's end
    )


def _capitals_then_fewer_initials(first: str, second: str) -> bool:
    """'HALL U.', 'VAN AB', 'LI J': a short family name in capitals, which looks like initials itself,
    then fewer initials; 'AB SMITH' is the other way round, 'DE AB' stays unknown (given first)."""
    letters = second.replace(".", "").replace("-", "")
    return first.isalpha() and first.isupper() and _initials(second) and len(letters) < len(first)


def _five_initials(tokens: list[str]) -> bool:
    """'Vasconcelos FDAGD', 'Tavares MCGCF': five initials after a family name not in capitals, as Brazil's
    Vancouver lists print them; asked only inside such a list, where 'John SMITH' is not a name."""
    return len(tokens[-1]) == 5 and tokens[-1].isalpha() and tokens[-1].isupper() and not tokens[0].isupper()


_LOWER_CASED_INITIALS = lazy_compile(r"[A-Z]-?[a-z]")


def _lower_cased_initials(parts: list[str]) -> frozenset[str]:
    """'Manolio Ta, Collins FS, …, Hindorff La', 'Li C-q, Yin J, Zhang Y-j': the parts whose initials a reference
    manager wrote in lower case after the first (a Chinese given name's second syllable), in a list of Vancouver's
    names. Asked once for the list: the list's test is over all its names."""
    found = frozenset(
        part
        for part in parts
        if len(pair := part.split()) == 2 and len(pair[0]) > 1 and _LOWER_CASED_INITIALS.fullmatch(pair[1])
    )
    return found if found and len(parts) >= 3 and _vancouver_list(parts) else frozenset()


def _vancouver_list(parts: list[str]) -> bool:
    """Most names are 'Family INITIALS' ('Costa LDCF, Vasconcelos FDAGD, Swami V')."""
    return len(parts) >= 2 and 2 * sum(map(_family_then_initials, parts)) >= len(parts)


def _family_then_initials(part: str) -> bool:
    """Vancouver's 'Aceto N', 'Senn HJ': a name, then its initials."""
    tokens = part.split()
    return len(tokens) >= 2 and _initials(tokens[-1])


def _compact(given: str) -> str:
    tokens = given.split()
    if not given.isupper() and any(
        _SHORTENED_GIVEN.match(piece.rstrip(".") + ".") for t in tokens for piece in t.split("-")
    ):
        dotted = [t.rstrip(".") + "." for t in tokens]
        if all(_initials(t) for t in dotted):
            return " ".join(dotted)  # 'Ph. L.', 'Th.': shortened names keep their dots
    if tokens and all(_initials(t) for t in tokens):
        return "".join(t.replace(".", "") for t in tokens)
    return given


_FAMILY_ENDINGS = frozenset({"Filho", "Neto", "Júnior", "Junior", "Sobrinho", "Netto"})


_VOWEL = lazy_compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý]")
_WHOLE_GIVEN = lazy_compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?")  # 'Ulrich', 'Hans-Joachim'


def _capitals_family_first(tokens: list[str]) -> Author | None:
    """French ISO 690's 'LAMONT Ulrich', 'ESPING-ANDERSEN Gøsta', 'DE GAULLE Charles': the family name in
    capitals, then whole given names. Not initials before a name ('AB García', 'WTC Curry'): the last
    word in capitals has three letters or more, one of them a vowel."""
    capitals = 0
    while capitals < len(tokens) - 1 and tokens[capitals].replace("-", "").isalpha() and tokens[capitals].isupper():
        capitals += 1
    if not capitals or not all(_WHOLE_GIVEN.fullmatch(token) for token in tokens[capitals:]):
        return None
    last = tokens[capitals - 1].replace("-", "")
    if (
        len(last) < 3
        or not _VOWEL.search(last)
        or any(token.casefold() not in PARTICLES for token in tokens[: capitals - 1])
    ):
        return None
    return Author(" ".join(tokens[:capitals]), " ".join(tokens[capitals:]))


def _order_of(tokens: list[str]) -> str:
    """What a name of whole words shows of its order: 'Streeck Claus' (the second word mostly a given
    name, the first not one) 'family first'; 'Claus Streeck', 'Mark D. Hill', 'G.R. Evans' 'given first';
    else ''."""
    if len(tokens) == 3 and _initials(tokens[1]) and not _initials(tokens[0]) and not _initials(tokens[2]):
        return "given first"
    if len(tokens) != 2 or tokens[1].isupper() or tokens[1].endswith("."):  # 'Aceto N', 'Aceto N.': initials
        return ""
    if _initials(tokens[0]) and _WHOLE_GIVEN.fullmatch(tokens[1]):
        return "given first"  # 'G.R. Evans', 'J. Smith'
    if not (_WHOLE_GIVEN.fullmatch(tokens[0]) and _WHOLE_GIVEN.fullmatch(tokens[1])):
        return ""
    first, second = given_name_kind(tokens[0]), given_name_kind(tokens[1])
    if second == 2 and first == 0:
        return "family first"
    if first == 2 and second == 0:
        return "given first"
    return ""


def _two_names_around_the_comma(before: list[str], after: list[str]) -> bool:
    """'Boltanski Ulrich, Bude Armin', 'Katharina Urbann, Karla Verlinden': two names of two words each
    around the comma, both given first, or one of them family first and neither given first: two
    people, not 'Family, Given'."""
    if len(before) != 2 or len(after) != 2:
        return False
    orders = (_order_of(before), _order_of(after))
    if orders == ("given first", "given first"):
        return True  # 'Katharina Urbann, Karla Verlinden'
    return "family first" in orders and "given first" not in orders


def _family_first(parts: list[str]) -> bool:
    """A list whose names are printed family name first with no comma ('Forsé Michel, Galland Olivier'):
    more of its names show that order than the other ('Frank Wood, …, Lancelot James'), and half of
    its names of two words or more ('Euntai Kim, Minkee Park, Seunghwan Ji': one 'Kim' is not enough)."""
    split = [part.split() for part in parts]
    two_words = [tokens for tokens in split if len(tokens) == 2]
    family_first = sum(1 for tokens in two_words if _order_of(tokens) == "family first")
    if not family_first or 2 * family_first < len(two_words):
        return False
    return family_first > sum(1 for tokens in split if _order_of(tokens) == "given first")


# Particles that begin a family name printed alone; not 'Di', 'Du', 'Le', which are given or family
# names of their own in Chinese and Vietnamese ('Di Wang', 'Le Minh'), nor German articles ('Der
# Spiegel', 'Das Parlament').
_LEADING_PARTICLES = frozenset("van von de del della ten ter dos".split())


# Chinese, Japanese and Korean names in their own scripts put the family name first: '栗原 健太郎',
# '王 晓明', '김 철수'. Two words only: three are as often three people with no comma between
# ('渡辺晴香 金善珉 丁宗鐵'). Korean '외', Japanese '他' and 'ほか', Chinese '等' after a name are
# 'and others'.
_CJK = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+"
_CJK_NAME = lazy_compile(rf"{_CJK}\s{_CJK}")
_CJK_OTHERS = frozenset({"외", "등", "他", "ほか", "等"})


# Vancouver's person, a family name and initials without stops: 'Smith J', 'Ardlie KG', 'Costa Silva MA'.
_VANCOUVER_PERSON = lazy_compile(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2} [A-Z]{1,4}")


def _people_listed_with_a_body(text: str) -> bool:
    """'GTEx Consortium, Smith J, Jones K', 'The ARDS Network, Brower RG, Matthay MA': a group author listed with
    people, comma after comma, as Vancouver lists them; not one body's name."""
    return "," in text and any(_VANCOUVER_PERSON.fullmatch(part.strip(" .")) for part in text.split(","))


def _group_among_people(part: str) -> Author | None:
    """A group listed among people, a kind of body last: 'NLLB Team', 'GTEx Consortium', 'The ARDS Network'."""
    tokens = part.split()
    if len(tokens) >= 2 and _BODY.fullmatch(tokens[-1].rstrip(".")) and is_organisation(part):
        return Author(part.strip(" ."))
    return None


_JOINING_FAMILY_NAMES = frozenset({"y", "i", "e"})  # Spanish, Catalan, Portuguese


def _capitalised_particle(word: str) -> bool:
    """'Van', 'Del', 'VAN DEN': a family name's particle printed in capitals; not two capitals ('Adam DI Kramer':
    initials)."""
    return word.casefold() in PARTICLES and (word[1:].islower() or len(word) > 2)


def _person(part: str, vancouver: bool = False, family_first: bool = False) -> Author | None:
    if part.count(",") in (1, 2) and (inverted := _inverted(part)) is not None:
        return inverted
    tokens = part.split()
    if not tokens:
        return None
    if len(tokens) == 2 and _CJK_NAME.fullmatch(part.strip()):
        return Author(tokens[0]) if tokens[1] in _CJK_OTHERS else Author(tokens[0], tokens[1])
    if tokens[0].isupper() and len(tokens) <= 4 and (capitals_first := _capitals_family_first(tokens)) is not None:
        return capitals_first
    suffix = None
    if len(tokens) >= 2 and tokens[-1].rstrip(".") in SUFFIXES:
        suffix = SUFFIXES[tokens.pop().rstrip(".")] if tokens[-1] not in SUFFIXES else SUFFIXES[tokens.pop()]
    if not _initials(tokens[0]) and (particle_last := particle_after_initials(tokens)) is not None:
        return Author(particle_last.family, particle_last.given, suffix)  # 'Sá RCN da'
    if (
        len(tokens) >= 2
        and (is_initials(tokens[-1]) or _initials(tokens[-1]) or (vancouver and _five_initials(tokens)))
        and not _initials(tokens[0])
    ):
        # Aceto N / Aceto N. / Zimbardo P. G.
        trailing = 1
        while trailing < len(tokens) - 1 and _initials(tokens[-1 - trailing]) and len(tokens[-1 - trailing]) <= 2:
            trailing += 1
        return Author(" ".join(tokens[:-trailing]), _compact(" ".join(tokens[-trailing:])), suffix)
    if len(tokens) == 2 and _capitals_then_fewer_initials(*tokens):
        return Author(tokens[0], _compact(tokens[1]), suffix)  # French ISO 690's 'HALL U.', 'VAN AB'
    leading = 0
    while leading < len(tokens) - 1 and (_initials(tokens[leading]) or is_dotted_initials(tokens[leading])):
        leading += 1
    if leading:
        # N. Aceto / W. T. Curry / M. Abdel Mouti; 'M. Shawn Reichert', 'F. Scott Fitzgerald': a word mostly
        # a given name between the initials and a last word that is not one goes with the initials
        if (
            len(tokens) == leading + 2
            and _WHOLE_GIVEN.fullmatch(tokens[leading])  # not a particle: 'J. del Alamo'
            and not _capitalised_particle(tokens[leading])  # nor one in capitals: 'A. Del Caro', 'J. Van Dyke'
            and given_name_kind(tokens[leading]) == 2
            and _WHOLE_GIVEN.fullmatch(tokens[-1])
            and not given_name_kind(tokens[-1])
        ):
            leading += 1
        elif (
            len(tokens) == leading + 3
            and _WHOLE_GIVEN.fullmatch(tokens[leading])
            and given_name_kind(tokens[leading])
            and _initials(tokens[leading + 1])
            and _WHOLE_GIVEN.fullmatch(tokens[-1])
        ):
            leading += 2  # 'F. Duncan M. Haldane': a given name between initials goes with them too
        return Author(" ".join(tokens[leading:]), _compact(" ".join(tokens[:leading])), suffix)
    if len(tokens) == 2 and tokens[0].casefold() in _LEADING_PARTICLES and tokens[1][:1].isupper():
        return Author(part.strip(), None, suffix)  # 'Van Suntum', 'De Gaulle': a family name with its particle
    if (
        family_first
        and len(tokens) == 2
        and _WHOLE_GIVEN.fullmatch(tokens[0])
        and _WHOLE_GIVEN.fullmatch(tokens[1])
        and _order_of(tokens) != "given first"
    ):  # in a list printed family first, a name shows the order only when it goes against it
        return Author(tokens[0], tokens[1], suffix)
    if len(tokens) >= 2:
        # Given names first ('Aditya Bardia'); particles stay with the family name.
        split = len(tokens) - 1
        if len(tokens) >= 3 and tokens[-1] in _FAMILY_ENDINGS:
            split -= 1  # 'Danilo Marcondes de Souza Filho': Portuguese 'Filho', 'Neto' end the family name
        while split > 1 and (tokens[split - 1][:1].islower() or _capitalised_particle(tokens[split - 1])):
            split -= 1  # and a particle in capitals, as English prints it: 'Adrian Del Caro', 'Dick Van Dyke'
        if split > 1 and tokens[split] in _JOINING_FAMILY_NAMES:
            split -= 1  # 'José Ortega y Gasset', 'Santiago Ramón y Cajal': the 'y' joins two family names
            while split > 1 and tokens[split - 1][:1].islower():
                split -= 1  # 'Maria de Souza e Silva'
        return Author(" ".join(tokens[split:]), " ".join(tokens[:split]), suffix)
    return Author(tokens[0], None, suffix)


def person_given_first(name: str) -> Author | None:
    """One person's name in a list whose form says each is printed given name first (DBLP's): no comma to read."""
    return None if "," in name else _person(name)


def editor_role_end(text: str) -> int | None:
    """Where the role that marks names as editors ends ('Merkel, W. (Hrsg.)', 'M. Silva (Org.)' +
    ', Book title'), the last one where each name has its own ('Rammert, Werner (Hrsg.) ;
    Schulz-Schaeffer, Ingo (Hrsg.)'); None when the names carry no such role."""
    end = None
    if "(" in text or "[" in text:  # every role _EDITOR_ROLE reads opens with a bracket
        for found in _EDITOR_ROLE.finditer(text):
            end = found.end()
    return end


def begins_with_editor_role(text: str) -> bool:
    """'(Hg.)' right after the names, where the labeller left it out of them."""
    text = text.lstrip()
    return text[:1] in ("(", "[") and bool(_EDITOR_ROLE.match(text))


def _jr_or_sr(word: str) -> str | None:
    """'Jr' or 'Sr' for the word as a name's suffix prints it ('JR.', 'Jr', 'sr.'), else None."""
    suffix = word.rstrip(".").capitalize()
    return suffix if suffix in ("Jr", "Sr") else None


def _numbered_before_dotted_initials(word: str, following: str) -> str | None:
    """'Dean II, D. A.': 'II' before the comma is the name's number where dotted initials follow (Vancouver's
    'Ivanov II, Petrov PP' has initials there, undotted, and no dotted ones after)."""
    if word not in ("II", "III", "IV"):
        return None
    return word if "." in following and _initials_group(following) else None


def _inverted(part: str) -> Author | None:
    """'Aceto, N.' or 'Schmidt, M. G.' as one part of a list separated by semicolons."""
    family, _, given = (
        piece.strip(" .") if not _initials(piece.strip()) else piece.strip() for piece in part.partition(",")
    )
    if not family or not given or not any(map(str.isalpha, family)):
        return None
    if given.rstrip(".") in SUFFIXES:
        return Author(family, None, SUFFIXES[given.rstrip(".")])
    if (
        " " in family
        and (suffix := _jr_or_sr((last := family.rsplit(None, 1))[1]))
        and (_initials_group(given) or not _has_initials(given))  # not 'Coura JR, Viñas PA': initials, a name
    ):
        # 'BRASIL JR., Antônio', 'COUTO JR., A.F.': the suffix printed after the family name
        return Author(last[0], _compact(given), suffix)
    return Author(family, _compact(given))


# A given and a family name a PDF's text glued together: 'MarieMüller', 'undMcCaig'. Not after a
# family name's prefix ('MacDonald', 'VanDyke'), nor after one capital ('McCaig', 'DeLeon').
_GLUED = lazy_compile(r"(?<![^\W\d_])(?P<first>[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]{2,})(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])")
_GLUED_PREFIXES = frozenset("mac van von del des das dos ten ter der den dal dei della".split())


_STRAY_AND = lazy_compile(r"\s*&\s*[.,]+")  # 'Douglas, K. M &., Sutton, R. M.': a PDF's '&' with stray marks


# 'Daston, Lorraineund PeterGallison': the PDF's text glued 'und' (or 'and') to the given name after an
# inverted first name; split only when what is left is a known given name and the whole is not one
# ('Grund', 'Rotund', 'Fernand'), and a whole name follows (not initials: 'Carland, J.').
_GLUED_AND = lazy_compile(
    r"(?<=, )(?P<given>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}?)(?P<word>und|and)(?=\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2})"
)


def _and_unglued(glued: re.Match[str]) -> str:
    if given_name_kind(glued["given"]) and not given_name_kind(glued.group()):
        return f"{glued['given']} {glued['word']}"
    return glued.group()


_STOP_BEFORE_ORDINAL = lazy_compile(r"(?<=\b[A-Z])\.(?=ª)")


def _one_name_of_a_site(text: str) -> bool:
    """'DelftStack', 'GeeksforGeeks', 'LinkedIn': one word alone, its capitals inside it, and before the inner
    capital no given name ('MarieMüller', a PDF's glued name, has one): a web site's or a company's name."""
    word = text.strip(" .,;:([")  # the labeller may keep the date's bracket with the names
    glued = _GLUED.match(word) if word.isalpha() else None
    return glued is not None and not given_name_kind(glued["first"])


def _unglued(text: str) -> str:
    text = _GLUED.sub(lambda m: m["first"] if m["first"].casefold() in _GLUED_PREFIXES else m["first"] + " ", text)
    return _GLUED_AND.sub(_and_unglued, text) if "nd " in text else text


# The small words between the capitalised ones of a body's or a site's name ('Centers for Disease Control and
# Prevention', 'Republic of Kenya'), or of people's names ('van der Berg, J., et al.').
_SMALL_WORDS_OF_A_NAME = PARTICLES | frozenset("of for and the on in at to des y e für und et al al. u. a.".split())


def named_in_capitals(text: str) -> bool:
    """Whether every word is capitalised, but for a name's small words: a name ('World Health Organization', 'Mayo
    Clinic Staff'), not a title in sentence case ('Anxiety disorders')."""
    return all(word[0].isupper() or word in _SMALL_WORDS_OF_A_NAME for word in text.split() if word[0].isalpha())


def is_organisation(text: str) -> bool:
    """A body's name, not people's: a word of a kind of body ('Ministerium', 'Team', 'of'), and no
    initials, list separators or 'Family, Given'. (Initials are asked first: the cheaper search.)"""
    return not _PERSON_MARK.search(text) and _ORGANISATION.search(text) is not None and not _ONE_PERSON.match(text)


# The nations and provinces that bodies are named for as a country's are: 'Public Health England', 'Public Health
# Ontario', 'Cancer Council Victoria'.
_NATIONS_AND_PROVINCES = frozenset(
    "England Scotland Wales Ontario Quebec Alberta Manitoba Saskatchewan Victoria Queensland Tasmania".split()
)


def _body_of_a_place(text: str) -> bool:
    """'Public Health England', 'Health Canada', 'NHS England', 'Cancer Research UK': a body named for its country
    or region, read as a person ('England, Public Health') or with the country as initials ('Research, UK'). Every
    word before the place is capitalised and no given name ('Paula England' is a person), or a short name in
    capitals ('NHS'); before a country's initials, two words at least."""
    *words, place = text.strip(" .").split()
    if not 1 <= len(words) <= 4 or not (is_country(place) or place in _NATIONS_AND_PROVINCES):
        return False  # not a town's name: 'Tian Sui' is a person
    if place.isupper() and len(words) < 2:
        return False  # 'Smith UK': Vancouver's name and initials as much as 'Diabetes UK'
    return all(
        (word.isupper() and len(word) >= 3) or (word[:1].isupper() and word[1:].islower() and not given_name_kind(word))
        for word in words
    )


def _body_with_an_ampersand(text: str) -> bool:
    """'Pew Research Center for the People & the Press': a kind of body named, its '&' its own, no comma between
    names ('Center, Lisa & …' lists people)."""
    return "&" in text and "," not in text and names_a_body(text)


def names_a_body(text: str) -> bool:
    """Stricter than is_organisation: a kind of body is named ('Organization', 'Council', 'Group'),
    not only a linking word ('of'), which titles hold as often."""
    return not _PERSON_MARK_BUT_AND.search(text) and _BODY.search(text) is not None


# A sentence's end: its full stop, before the next sentence's first letter.
SENTENCE_END = lazy_compile(r"\.\s+(?=[^\W\d_])")


def bodies_from(text: str, start: int = 0) -> tuple[int, int]:
    """How many sentences from start each name a body, and where the sentence after them begins: a government's
    hierarchy, one body a sentence ('Ministério da Saúde (BR). Secretaria de Atenção à Saúde. Envelhecimento …')."""
    count, end = 0, start
    for stop in SENTENCE_END.finditer(text, start):
        if stop.start() - end > 120 or not names_a_body(text[end : stop.start()]):
            break
        count, end = count + 1, stop.end()
    return count, end


# A body's short name in brackets: '(WHO)', '(UKPDS)', '(BR)', '(IBGE)'.
_ACRONYM = lazy_compile(r"\(\s*[A-ZÀ-Þ][A-ZÀ-Þ0-9&./-]*[A-ZÀ-Þ]\s*\)")
_BRACKETS = lazy_compile(r"\([^()]*\)|\[\s*\]")


# ABNT's qualifier of a state's or a town's name that is a body's: 'SÃO PAULO (Estado). Secretaria da Educação'.
_JURISDICTION_KIND = lazy_compile(r"\(\s*(?:estado|município|municipio|state)\s*\)", re.IGNORECASE)


def _acronym_kept(bracket: re.Match[str]) -> str:
    text = bracket.group()
    if _ACRONYM.fullmatch(text) or _JURISDICTION_KIND.fullmatch(text):
        return text
    if not (_NO_WORDS_IN_BRACKETS.fullmatch(text) or _ROLE_IN_BRACKETS.fullmatch(text)):
        return text
    return " "


def _tidy(text: str) -> str:
    """Names' text without a bracket left open at the end, spaces run together, or marks at the edges."""
    if "(" in text:
        text = _OPEN_BRACKET_AT_END.sub("", text)
    return " ".join(text.split()).strip(" .,;:/([{“‘‚„«»\"'").lstrip("•►▪*–- ")


_DASH_BETWEEN_NAMES = lazy_compile(r"\s+[-–]\s+")


# Names given first, each a given name and one family name, joined by 'y' or 'e' before the last ('editado por
# Elisabeth Lorans y Xavier Rodier', 'a cura di Paolo Rossi e Marco Bianchi'): there they join two people.
_GIVEN_FIRST_JOINED = lazy_compile(
    r"(?P<before>(?:[A-ZÀ-Þ][^\W\d_]+ [A-ZÀ-Þ][^\W\d_]+, )*[A-ZÀ-Þ][^\W\d_]+ [A-ZÀ-Þ][^\W\d_]+)"
    r" (?:y|e) (?P<last>[A-ZÀ-Þ][^\W\d_]+ [A-ZÀ-Þ][^\W\d_]+)"
)
_Y_OR_E = lazy_compile(r" (?:y|e) ")


def _joined_by_y_or_e(text: str) -> str:
    """'and' for the 'y' or 'e' that joins the last two names: names given first, each a given and one family
    name ('Elisabeth Lorans y Xavier Rodier'), or inverted with whole given names, the 'y' after the last but one
    given name ('Anijovich, Rebeca y Cappelletti, Graciela'; 'Marías, Julián y Ortega y Gasset, José' at the
    first 'y'). Elsewhere they are part of a name ('Ortega y Gasset, José', 'Santiago Ramón y Cajal')."""
    if (joined := _GIVEN_FIRST_JOINED.fullmatch(text)) is not None:
        return f"{joined['before']} and {joined['last']}"
    parts = text.split(",")
    if len(parts) < 3 or len(parts) % 2 == 0 or ";" in text or "&" in text:
        return text
    if (found := _Y_OR_E.search(parts[-2])) is None:
        return text
    given, family = parts[-2][: found.start()], parts[-2][found.end() :]
    if not given.strip() or not family.strip() or not all(part.strip() for part in parts):
        return text
    return ",".join(parts[:-2]) + f",{given} and {family}," + parts[-1]


def split_authors(text: str) -> tuple[list[Author], bool]:
    """(names in order, whether the list was cut short with 'et al.')."""
    cut_after_comma = text.rstrip().endswith(",")  # 'Brown, Penelope & Levinson,': the span ended before a given name
    # Each pattern is asked only where the marks or words it needs are there: this runs on every reference's names,
    # and most hold no bracket, '&', undated mark or 'et al.'.
    bracketed = "(" in text or "[" in text
    if bracketed:
        text = _EDITOR_ROLE.sub(" ", text)
    if bracketed or any(mark in text for mark in _UNDATED_MARKS):
        text = _UNDATED.sub(" ", text)
    if " ." in text:
        # A PDF's 'Gopalan, P . K.', 'Feng, P .-J.I.', 'T .Matsuoka': 'P. K.', 'P.-J.I.', 'T. Matsuoka'.
        text = _SPACED_INITIALS_STOP.sub(lambda stop: f". {stop['letter']}" if stop["letter"] else ".", text)
    if "ª" in text:
        text = _STOP_BEFORE_ORDINAL.sub("", text)  # Spanish 'M.ª' (María), read as an initial: 'Mª'
    if (unglued := _unglued(text)) != text and not _one_name_of_a_site(text) and not is_organisation(text):
        text = unglued  # not a body's name with its capitals inside a word: 'The International HapMap Consortium'
    if "&" in text:
        text = _STRAY_AND.sub(" & ", text)
    folded = text.casefold()
    cut_short = any(word in folded for word in _ET_AL_WORDS) and bool(_ET_AL.search(text))  # '… Gottweis et al.'
    text = _ET_AL.sub(", ", text).strip(" ,;") if cut_short else text
    # German lists separate names by a slash: 'Schmidt, M. G./Ostheim, T.', and family names
    # alone: 'Frey/Stutzer', 'Von der Lippe/Breuer'; not the parts of an acronym ('CDU/CSU').
    # 'Frey/Stutzer,': the comma the span ran into before the title separates no names.
    if (
        "/" in text
        and "," not in text.rstrip(" ,")
        and not _SLASH_IN_AN_ACRONYM.search(text)  # 'Adolescent Medicine HIV/AIDS Research Network': one body
        and _slashed_names(parts := text.strip(" .,:;(").split("/"))
    ):
        return [_slashed_name(part.strip()) for part in parts], cut_short
    if "/" in text and "," in text:
        text = _SLASH.sub("; ", text)
    if "∙" in text:  # Cell Press's pages: 'Signorovitch, J.E. ∙ Wu, E.Q. ∙ Yu, A.P.'
        text = text.replace("∙", ";")
    if " - " in text or " – " in text:
        # ISNAD (Turkey) separates names by a dash: 'Streeck, Uwe - Habermas, Uwe' (each inverted), its
        # editors 'Jürgen Dubet - Bernard Lessenich - J. Rosa' (given name first); so do classics lists, a family
        # name's particle in small letters ('J.M. Bremer – I.J.F. de Jong – J. Kalff').
        dashed = _DASH_BETWEEN_NAMES.split(text.strip(" ,.;"))
        if (
            len(dashed) > 1
            and not _BODY.search(text)
            and (
                all(piece.count(",") == 1 and piece.split(",")[1].strip() for piece in dashed)
                or all(
                    "," not in piece
                    and 2 <= len(words := piece.split()) <= 4
                    and all(word[0].isupper() or word in PARTICLES for word in words)
                    for piece in dashed
                )
            )
        ):
            text = "; ".join(dashed)
    # The span may run into the next field's opening bracket or quote: 'Y. (' or 'Varas-Godoy, M., “',
    # 'Kuhlmann, Carola: ‚', or an empty year: 'Connell, Raewyn W. ( )'; or begin with a list's
    # bullet: '• Adloff, Frank'.
    named = _LABEL.sub("", _SEE.sub("", _LIST_NUMBER.sub("", text)))
    text = _NO_WORDS_IN_BRACKETS.sub(" ", named) if "(" in named or "[" in named else named
    text = _tidy(_ROLE_IN_BRACKETS.sub(" ", text) if "(" in text else text)
    if _SAME_AS_BEFORE.match(text):
        return [], False  # 'Ders.', 'Dies.', 'Idem': the authors of the reference before, not a person
    if ((is_organisation(text) or _body_with_an_ampersand(text)) and not _people_listed_with_a_body(text)) or (
        text.rstrip(" .").endswith(_COMPANY_ENDS) and _COMPANY.search(text)
    ):
        # 'Bundesministerium für Familie, Senioren, Frauen und Jugend', 'ARL – Akademie für
        # Raumforschung und Landesplanung', 'National Board of Health and Welfare': one body, with
        # its short name in brackets as printed ('World Health Organization (WHO)').
        return [Author(_tidy(_BRACKETS.sub(_acronym_kept, named)))], False
    if " " in text and "," not in text and (is_country(text) or names_one_place(text) or _body_of_a_place(text)):
        return [Author(text.strip(" ."))], False  # 'São Paulo. 2010. Secretaria do Meio Ambiente.': a government
    text = text.strip(" ,;")
    if " y " in text or " e " in text:
        text = _joined_by_y_or_e(text)
    # Inverted names with whole given names: 'Corbin Dwyer, Sonya', 'Lorenzer, Alfred & Orban, Peter'.
    pieces = _AND.split(text)
    *before, last = pieces
    if not before and text.count(",") == 1 and (single := _inverted_whole(text)) is not None:
        return [single], cut_short
    if before and last.count(",") == 1 and (single := _inverted_whole(last)) is not None:
        if (first := " and ".join(before)).count(","):
            return split_authors(first)[0] + [single], cut_short
    if before and all(_FAMILY_ALONE.fullmatch(piece.strip(" .")) for piece in pieces):
        return [Author(piece.strip(" .")) for piece in pieces], cut_short  # 'Raynor and Entin': two family names
    families = [name.strip(" .") for piece in before for name in piece.split(",")] + [last.strip(" .")]
    if before and len(families) >= 3 and not cut_after_comma and all(_FAMILY_ALONE.fullmatch(n) for n in families):
        return [Author(name) for name in families], cut_short  # 'Turner, Katz and Hurd': three family names
    # 'Pires, Schlinger, Garrette': an odd number of single names and commas alone between them cannot be names
    # inverted, each 'Family, Given', so each is a family name.
    if not before and (alone := [name.strip(" .") for name in last.split(",")]) and len(alone) >= 3 and len(alone) % 2:
        if all(_FAMILY_ALONE.fullmatch(name) and name not in _SUFFIX_WORDS for name in alone):
            return [Author(name) for name in alone], cut_short  # not 'Hershey, Robert, Jr.'
    # 'and', '&', 'und', 'et' separate names as the list's own separator does: in a list separated
    # by semicolons, 'Urbann, Katharina; Karla Verlinden & Pia Bienstein' names three people.
    separator = ";" if ";" in text else ","
    text = f"{separator} ".join(pieces)
    parts = [p.strip(" .") if not _initials(p.strip()) else p.strip() for p in text.split(separator)]
    parts = [p for p in parts if any(map(str.isalpha, p))]
    if separator == ";":
        groups = [_vancouver_names(part) for part in parts]
        if any(len(group) > 1 for group in groups):
            # 'Smith J, Jones K; ATLAS Collaboration': Vancouver's names, then a group that wrote it too.
            people = [name for group in groups for name in group]
            return [
                (_person(name, True) if _has_initials(name) and not is_organisation(name) else None) or Author(name)
                for name in people
            ], cut_short
        parts = [pair for part in parts for pair in _inverted_pairs(part)]
        parts = [person for part in parts for person in _people_given_first(part)]
    if separator == "," and len(parts) >= 3:
        parts = _commas_lost_between_names(parts)
    if separator == "," and len(parts) >= 4:
        parts = _comma_lost_after_initials(parts)
    names: list[Author] = []
    vancouver = (
        separator == ","
        and any(len(tokens := part.split()) >= 2 and _five_initials(tokens) for part in parts)
        and _vancouver_list(parts)
    )
    family_first = _family_first(parts)
    lower_cased = _lower_cased_initials(parts)
    index = 0
    inverted_so_far = True  # every name so far 'Family, Given': 'Korpi, Walter, Palme, Joakim' goes on so
    while index < len(parts):
        part = parts[index]
        following = parts[index + 1] if index + 1 < len(parts) else None
        if names and names[-1].given and names[-1].suffix is None and part.rstrip(".") in SUFFIXES:
            # APA's 'Smith, J., Jr., & Brown, K., III': the suffix after the initials is the name's.
            names[-1] = Author(names[-1].family, names[-1].given, SUFFIXES[part.rstrip(".")])
            index += 1
            continue
        if (
            following is not None
            and index + 2 < len(parts)
            and (suffix := SUFFIXES.get(following.rstrip("."), "V" if following == "V" else None))
            and not _initials(part)
            and _initials_group(parts[index + 2])
        ):
            # BibTeX's 'Last, Jr, First', as Elsevier's lists print it: 'Ambrose, Jr, W.G.', 'Locke, V, W.L.' (initials
            # alone are no one's name, so the 'V' before them is a suffix).
            names.append(Author(part, _compact(parts[index + 2]), suffix))
            index += 3
            continue
        if (
            following is not None
            and len(tokens := part.split()) >= 2
            and (suffix := _jr_or_sr(tokens[-1]) or _numbered_before_dotted_initials(tokens[-1], following))
            and (_initials_group(following) or (index == 0 and len(tokens) == 2 and _whole_given_names(following)))
        ):
            # 'COUTO JR., A.F.', 'SITES JR, J.W.', 'QUIGLEY JR., Martin': the suffix printed after the family
            # name, before the initials (or, for the first author, the given name).
            names.append(Author(" ".join(tokens[:-1]), _compact(following), suffix))
            index += 2
            continue
        if (
            index == 0
            and following is not None
            and (suffix := _jr_or_sr(following))
            and len(parts) > 2
            and _whole_given_names(parts[2])
        ):
            # 'QUIGLEY, JR., Martin': the suffix between the family name and the given name, commas around it.
            names.append(Author(part, _compact(parts[2]), suffix))
            index += 3
            continue
        if (body := _group_among_people(part)) is not None:
            names.append(body)  # 'GTEx Consortium, Smith J, …': the group no family name of the next
            index += 1
            continue
        if following is not None and (particles := _trailing_particles(following)):
            # 'Linden, F. van der': the particle printed after the initials belongs to the family name.
            names.append(Author(f"{particles} {part}", _compact(following[: -len(particles)].strip())))
            index += 2
            continue
        if following is not None and (
            _initials_group(following)
            and (not _initials_group(part) or _capitals_family(part))
            and not _has_initials(part)
            or (inverted_so_far and " " not in part and _given(following))
            # 'WU, Z.', 'MA, K.H.': a short family name in capitals before dotted initials
            or (
                part.isalpha()
                and part.isupper()
                and ("." in following or len(following) == 1)
                and _initials_group(following)
            )
            # 'Jerez Mir, Miguel, José Real-Dato & …': a first family name of two words, one given name
            or (
                index == 0
                and "," not in part
                and "." not in part
                and len(part.split()) == 2
                and not _has_initials(part)
                and _one_given_name(following)
                and part not in lower_cased
            )
        ):
            # 'Aceto, N.', 'Abdel Mouti, M.' or, for the first author of an inverted list, 'Aceto, Nicola'
            names.append(Author(part, _compact(following)))
            index += 2
            continue
        inverted_so_far = False
        if part in lower_cased:
            names.append(Author(*part.split()))
            index += 1
            continue
        person = _person(part, vancouver, family_first)
        if person is not None:
            names.append(person)
        index += 1
    # Never a person called ')' or '‚': punctuation the span ran into is no one's name.
    return [name for name in names if any(map(str.isalpha, name.family))], cut_short


# A capitalised name: 'Raynor', 'Goffman', 'Erving'.
NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+"
_FAMILY_ALONE = lazy_compile(NAME_WORD)  # 'Raynor', 'Entin': a family name, nothing else
_SUFFIX_WORDS = frozenset(("Jr", "Sr", "II", "III", "IV", "Jun", "Sen"))  # a name's suffix, no name of its own


def _initials_then(tokens: list[str], family: re.Pattern[str]) -> bool:
    """'A. Ott', 'D. J. Costello': a part of dotted initials, then a family name (as `family` reads one)."""
    return (
        len(tokens) >= 2
        and family.fullmatch(tokens[-1]) is not None
        and all(token.endswith(".") and _initials(token) for token in tokens[:-1])
    )


def _comma_lost_after_initials(parts: list[str]) -> list[str]:
    """APA's names, each 'Family, I.', one comma lost: 'Cartaud, A. Ott, L., Honoré, J.' reads 'A. Ott' as one
    name between two family names, which took each next family name for a given name ('L.' as a family name). Where
    the part after such a dotted initial and name is initials alone, and a family name alone stood before, the
    name after the initial is the next family name (a list of names given first, 'K. Keeton, B. A. Mah', never has
    initials alone in a part)."""
    mended: list[str] = []
    for index, part in enumerate(parts):
        tokens = part.split()
        if (
            0 < index < len(parts) - 1
            and _initials_then(tokens, _FAMILY_ALONE)
            and _initials_group(parts[index + 1])
            and " " not in parts[index - 1]
            and not _initials(parts[index - 1])
        ):
            mended += [" ".join(tokens[:-1]), tokens[-1]]
        else:
            mended.append(part)
    return mended


# A family name of one word, capitals inside it as it may ('McEliece', 'Wilcox-O’Hearn').
_FAMILY_WORD = lazy_compile(r"[A-ZÀ-ÖØ-Þ](?=[\w'’-]*[a-zß-öø-ÿ])[\w'’-]+")


def _commas_lost_between_names(parts: list[str]) -> list[str]:
    """Names, each 'Family, I.', with no comma between them, as a Brazilian thesis's BibTeX style prints them:
    'Rodrigues, R. Liskov, B.' read 'R. Liskov' as the first author's given names and 'B' as a second family name,
    and 'Houri, Y. Jobmann, M. Fuhrmann, T.' three names as two and a letter. A family name alone, then parts of
    dotted initials and a family name each, then initials alone can be no other names (a list of names given first,
    'K. Keeton, B. A. Mah', has no family name alone first nor initials alone last)."""
    first, *middle, last = parts
    split = [part.split() for part in middle]
    if (
        " " not in first
        and not _initials(first)
        and _initials_group(last)
        and all(_initials_then(tokens, _FAMILY_WORD) for tokens in split)
    ):
        return [first, *(piece for tokens in split for piece in (" ".join(tokens[:-1]), tokens[-1])), last]
    return parts


def _people_given_first(part: str) -> list[str]:
    """'Katharina Urbann, Karla Verlinden' inside a list separated by semicolons: two people, each
    given name first (two or three words, no initials); 'Corbin Dwyer, Sonya' stays one, and so does
    'Rodríguez García, Margarita Eva' (no given name before the comma, one after it)."""
    pieces = [piece.strip() for piece in part.split(",")]
    if len(pieces) >= 2 and all(
        2 <= len(piece.split()) <= 3 and not _has_initials(piece) and _given(piece) for piece in pieces
    ):
        if (
            len(pieces) == 2
            and given_name_kind(pieces[0].split()[0]) == 0
            and given_name_kind(pieces[1].split()[0]) == 2
        ):
            return [part]
        return pieces
    return [part]


def _vancouver_names(part: str) -> list[str]:
    """'Goldhirsch A, Ingle JN, Senn HJ' before '; Panel members': Vancouver's names, separated by
    commas, in a list whose group author follows a semicolon."""
    pieces = [piece.strip() for piece in part.split(",")]
    if len(pieces) >= 2 and all(map(_family_then_initials, pieces)):
        return pieces
    return [part]


def _inverted_pairs(part: str) -> list[str]:
    """'Traub, Stefan, Seidl, Christian' inside a list separated by semicolons: two people whose
    separator was printed as a comma; any other part stays whole."""
    pieces = [piece.strip() for piece in part.split(",")]
    if len(pieces) < 4 or len(pieces) % 2:
        return [part]
    pairs = [(pieces[i], pieces[i + 1]) for i in range(0, len(pieces), 2)]
    if all(
        family and not _has_initials(family) and (_given(given) or _initials_group(given)) for family, given in pairs
    ):
        return [f"{family}, {given}" for family, given in pairs]
    return [part]


def _slashed_names(parts: list[str]) -> bool:
    """'Frey/Stutzer', 'A. F. Cooper / A. Antkiewicz': names; 'CDU/CSU' (no small letters): not."""
    return len(parts) >= 2 and all(_SLASHED_NAME.fullmatch(part.strip()) for part in parts)


def _slashed_name(part: str) -> Author:
    """'Stutzer', 'Von der Lippe' (a family name with its particle) or 'Elke Holst'."""
    if " " not in part or part.split()[0].casefold() in PARTICLES:
        return Author(part)
    return _group_among_people(part) or _person(part) or Author(part)


def _has_initials(part: str) -> bool:
    """'Aceto N' or 'N. Aceto': a whole name already, not a family name waiting for its initials;
    'DE SOUSA' or 'VAN STADEN' (a particle in capitals) is a family name."""
    tokens = part.split()
    return len(tokens) >= 2 and (
        _initials(tokens[-1]) or (_initials(tokens[0]) and tokens[0].casefold() not in PARTICLES)
    )


def _capitals_family(part: str) -> bool:
    """'COLE, I.', 'LEE, J.': before initials, a short family name in capitals, not initials (a
    name's own initials, 'Curry, WT', are taken with the name before them)."""
    return len(part) >= 3 and " " not in part and "." not in part


def _initials_group(part: str) -> bool:
    """'N.', 'W. T.', and with a particle between them, 'M. de O.' (Maria de Oliveira)."""
    tokens = part.split()
    return bool(tokens) and _initials(tokens[-1]) and all(_initials(t) or t in PARTICLES for t in tokens)


# 'Danforth DN Jr': Vancouver's name, its suffix last ('Coura JR': initials, in capitals).
_SUFFIX_ENDING = lazy_compile(r"\s+(?:Jr|Sr)\.?$")


# A name given first with its middle initials between ('Terry M. Therneau'): no family name.
_GIVEN_INITIALS_FAMILY = lazy_compile(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s[A-ZÀ-Þ]\.)+\s[A-ZÀ-Þ][a-zà-ÿ'’-]+")


def _inverted_whole(part: str) -> Author | None:
    """'Orban, Peter', 'Corbin Dwyer, Sonya', 'Dongmo, Jean-Louis': one name, family first."""
    family, comma, given = part.partition(",")
    family, given = family.strip(), given.strip()
    if (
        comma
        and "," not in given
        and ";" not in given  # 'Rammert, Werner ; Schulz-Schaeffer': two names
        and ";" not in family  # 'Friedrichsen M.; Vowe, G.' (from 'Friedrichsen M./Vowe, G.'): two names
        and family
        and not (_capitals_family_first(family.split()) and _capitals_family_first(given.split()))  # two names
        and not _two_names_around_the_comma(family.split(), given.split())  # 'Boltanski Ulrich, Bude Armin'
        and not _has_initials(_SUFFIX_ENDING.sub("", family))  # 'Mackillop WJ, Quirt CF', 'Danforth DN Jr, Sgagias MK'
        and particle_after_initials(family.split()) is None  # 'Sá RCN da, Silva CAB da': SciELO's Vancouver
        and not _GIVEN_INITIALS_FAMILY.fullmatch(family)  # 'Terry M. Therneau, Patricia M. Grambsch': two names
        and (_given(given) or _initials_group(given))
    ):
        return _inverted(part)
    return None


def _one_given_name(part: str) -> bool:
    """'Miguel', 'Antonia M.': one given name, with an initial at most."""
    tokens = part.split()
    return _given(part) and (len(tokens) == 1 or (len(tokens) == 2 and _initials(tokens[1])))


def _whole_given_names(part: str) -> bool:
    """'Martin', 'Martin Luther': given names written out, no initial among them (not Vancouver's 'Dunkin BJ')."""
    words = part.split()
    return 1 <= len(words) <= 3 and all(word[:1].isupper() and word[1:].islower() for word in words)


def _given(part: str) -> bool:
    """A given name standing alone after an inverted first author: 'Nicola', 'David T.', 'J. Wickham';
    Portuguese given names with a particle, 'Maria Odila da Silva', 'Maria Beatriz Nizza da'."""
    tokens = [token for token in part.split() if token not in PARTICLES]
    first = 1 if len(tokens) >= 2 and _initials(tokens[0]) else 0  # 'J. Wickham', not 'J. W.'
    return (
        1 <= len(tokens) <= 3
        and tokens[first][:1].isupper()
        and tokens[first].replace("-", "").isalpha()
        and not part.isupper()
    )


def _trailing_particles(part: str) -> str:
    """'van der' of 'F. van der', 'von' of 'K. von': initials, then only particles. After given names
    ('Wiese, Leopold von', ABNT's 'SILVA, Maria Beatriz Nizza da') the particle stays with them, as
    EXCITE's and SciELO's labellers file the name."""
    tokens = part.split()
    count = 0
    while count < len(tokens) - 1 and tokens[-1 - count] in PARTICLES:
        count += 1
    rest = tokens[: len(tokens) - count]
    if count and all(_initials(token) for token in rest):
        return " ".join(tokens[len(tokens) - count :])
    return ""
