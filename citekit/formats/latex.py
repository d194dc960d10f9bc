"""LaTeX as BibTeX holds it ↔ Unicode text.

Decoding is for display, search and matching only; what a user wrote in a .bib is exported as they
wrote it. pylatexenc does the work, but it costs about a millisecond per value, and a large library
has tens of thousands of values with an accent in them. So the common forms (accents, letters such
as \\ss, escaped specials, grouping braces, dashes) are read here from pylatexenc's own tables, and
anything else (maths, unknown macros) goes to pylatexenc whole.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache

from text_unidecode import unidecode

from citekit.lazy_regex import lazy_compile

# Accent macros → Unicode combining marks (the mapping is Unicode's; LaTeX's names for them).
_ACCENTS = {
    '"': "\u0308",
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "u": "\u0306",
    "v": "\u030c",
    "H": "\u030b",
    "c": "\u0327",
    "k": "\u0328",
    "r": "\u030a",
    "b": "\u0331",
    "d": "\u0323",
    "t": "\u0361",
}
_SYMBOL_ACCENT = r"\\([\"'`^~=.])\s*(?:\{\s*(\\[ij]|[A-Za-z])\s*\}|(\\[ij]|[A-Za-z]))"
_LETTER_ACCENT = r"\\([uvHckrbdt])(?:\s*\{\s*(\\[ij]|[A-Za-z])\s*\}|\s+(\\[ij]|[A-Za-z]))"
_ACCENT = lazy_compile(f"{_SYMBOL_ACCENT}|{_LETTER_ACCENT}")
# A control word eats the spaces after it; '{}' after it is an empty group.
_MACRO = lazy_compile(r"\\([A-Za-z]+)(?:\{\}|[ \t\n]*)|\\([^A-Za-z\s])")
_TEXT_FORMAT = lazy_compile(
    r"\\(?:emph|textit|textbf|textsc|textsl|textrm|textsf|texttt|textup|textnormal|mbox)\s*(?=\{)"
)
_DASHES = (("---", "—"), ("--", "–"))
_MATH = lazy_compile(r"\$([^$]*)\$")
_SCRIPT = lazy_compile(r"([_^])(?:\{([^{}]*)\}|(\\[A-Za-z]+|[^\s{}\\]))")
_MATH_FONT = lazy_compile(r"\\(?:mathrm|mathit|mathbf|mathsf|mathtt|text|textrm|mbox|rm|it|bf)\s*(?=\{)")
_SUB = str.maketrans("0123456789+-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ")
_SUPER = str.maketrans("0123456789+-=()in", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁱⁿ")
_SUB_CHARS = set("0123456789+-=()aehijklmnoprstuvx")
_SUPER_CHARS = set("0123456789+-=()in")
_SPECIAL = lazy_compile(r"[\\{}$~]|--")


def _macro_table() -> dict[str, str]:
    from pylatexenc.latex2text import get_default_latex_context_db

    table: dict[str, str] = {}
    for spec in get_default_latex_context_db().iter_macro_specs():
        replacement = getattr(spec, "simplify_repl", None)
        # A template for the macro's arguments ('%s/%s', '√(%(2)s)', '[%(2)s]') is pylatexenc's to fill.
        if isinstance(replacement, str) and "%" not in replacement and spec.macroname != "today":
            table[spec.macroname] = replacement
    # Used by citekit's own writer for characters BibTeX cannot hold bare.
    table.update(textbraceleft="{", textbraceright="}", textasciitilde="~", textasciicircum="^", textbackslash="\\")
    table.update({"%": "%", "-": ""})  # an escaped percent sign; a discretionary hyphen
    return table


_MACROS: dict[str, str] = {}


def _accent(match: re.Match[str]) -> str:
    accent = match.group(1) or match.group(4)
    letter = match.group(2) or match.group(3) or match.group(5) or match.group(6)
    base = {"\\i": "i", "\\j": "j"}.get(letter, letter)
    return unicodedata.normalize("NFC", base + _ACCENTS[accent])


# Characters that markup uses, stood in for while grouping braces are dropped.
_HELD = {"{": "\ue000", "}": "\ue001", "\\": "\ue002", "$": "\ue003", "~": "\ue004"}
_RELEASE = str.maketrans({held: char for char, held in _HELD.items()})


def _symbol(match: re.Match[str]) -> str:
    word, char = match.group(1), match.group(2)
    replacement = _MACROS.get(word or char)
    if replacement is None:
        return match.group(0)  # not ours to read: pylatexenc will take the whole value
    return _HELD.get(replacement, replacement)


def _script(match: re.Match[str]) -> str:
    kind, braced, single = match.group(1), match.group(2), match.group(3)
    body = braced if braced is not None else single
    body = _MACRO.sub(_symbol, body) if "\\" in body else body
    chars = _SUB_CHARS if kind == "_" else _SUPER_CHARS
    if body and set(body) <= chars:
        return body.translate(_SUB if kind == "_" else _SUPER)
    return body


def _math(match: re.Match[str]) -> str:
    """Inline maths of the kind titles hold ('Cu$_2$O', '$\\beta$-catenin', '$^{111}$Cd') → text;
    anything richer is left for pylatexenc."""
    body = _MATH_FONT.sub("", match.group(1))
    body = _SCRIPT.sub(_script, body)
    body = _MACRO.sub(_symbol, body)
    if "\\" in body or "^" in body or "_" in body:
        return match.group(0)
    return body.replace("{", "").replace("}", "").strip()


@lru_cache(maxsize=65536)
def to_unicode(value: str) -> str:
    """BibTeX field content (LaTeX) → plain text: 'D{\\"o}rner' → 'Dörner', '{DNA}' → 'DNA'."""
    if not _SPECIAL.search(value):
        return value
    if not _MACROS:
        _MACROS.update(_macro_table())
    text = value
    if "$" in text:
        text = _MATH.sub(_math, text)
    if "\\" in text:
        text = _TEXT_FORMAT.sub("", text)
        text = _ACCENT.sub(_accent, text)
        text = _MACRO.sub(_symbol, text)
    if "\\" in text or "$" in text:
        return _pylatexenc(value)
    text = text.replace("{", "").replace("}", "").replace("~", " ")
    for dash, replacement in _DASHES:
        text = text.replace(dash, replacement)
    text = text.translate(_RELEASE)
    return " ".join(text.split()) if "\n" in text or "  " in text else text


def _pylatexenc(value: str) -> str:
    from pylatexenc.latex2text import LatexNodes2Text

    decoder = LatexNodes2Text(math_mode="text", strict_latex_spaces=True)
    try:
        text = decoder.latex_to_text(value)
    except Exception:  # noqa: BLE001 - pylatexenc raises several kinds on odd input; the text stands
        text = value.replace("{", "").replace("}", "")
    if _unfilled(text, value):
        text = value.replace("{", "").replace("}", "")  # the text stands rather than a half-read formula
    return " ".join(text.replace("\u00a0", " ").split())


def _unfilled(text: str, value: str) -> bool:
    """A macro short of its arguments ('$\\frac$', '$\\sqrt$ x'): pylatexenc gives its template unfilled
    ('%s/%s', '√(%(2)s)') or takes the formula's closing '$' for an argument ('$/and'), and logs a warning."""
    unfilled_template = ("%s" in text or "%(" in text) and "%" not in value
    return unfilled_template or text.count("$") > value.count("\\$")


# pylatexenc logs a macro short of its arguments, which Python would print to stderr; what is made of it is
# decided above.
logging.getLogger("pylatexenc").addHandler(logging.NullHandler())


# ----------------------------------------------------------------------------- writing

# What LaTeX and BibTeX read as markup, spelled so that a value can hold it as text. Braces are
# spelled as commands, never as '\{': BibTeX counts every brace, escaped or not.
_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_ESCAPE_TABLE = str.maketrans(_ESCAPES)
_NEEDS_ESCAPE = lazy_compile(r"[\\{}%&$#_~^]")


def escape(text: str) -> str:
    """Text → BibTeX content that reads back as exactly this text and runs no command."""
    if not _NEEDS_ESCAPE.search(text):
        return text
    return text.translate(_ESCAPE_TABLE)


_NON_ASCII = lazy_compile(r"[^\x00-\x7f]")
# Macros pdfLaTeX knows without packages (the kernel's text commands, T1 and TS1 fall-backs).
_SAFE_MACRO = lazy_compile(
    r"^(?:\\[\"'`^~=.uvHckrbdt]\{?\\?[A-Za-z]?\}?|\\(?:i|j|o|O|l|L|ss|aa|AA|ae|AE|oe|OE|dh|DH|th|TH|ng|NG|dj|DJ)"
    r"|\\text[a-z]+|\\ensuremath\{\\[A-Za-z]+\}|\\(?:S|P|dag|ddag|copyright|pounds|ldots)|--|---)$"
)


@lru_cache(maxsize=4096)
def _ascii_char(char: str) -> str:
    import logging

    from pylatexenc.latexencode import UnicodeToLatexEncoder

    logging.getLogger("pylatexenc").setLevel(logging.ERROR)  # 'no representation': handled below

    encoder = UnicodeToLatexEncoder(non_ascii_only=True, unknown_char_policy="keep")
    latex = encoder.unicode_to_latex(char)
    bare = latex[1:-1] if latex.startswith("{") and latex.endswith("}") else latex
    if latex != char and _SAFE_MACRO.match(bare):
        return "{" + bare + "}"
    # pdfLaTeX has no glyph for it without extra packages (Cyrillic, CJK, …): spell it in ASCII.
    decomposed = unicodedata.normalize("NFKD", char)
    if decomposed != char and decomposed[0].isascii():
        return _ascii_text(decomposed)
    return unidecode(char)


def ascii_latex(latex: str, names: bool = False) -> str:
    """LaTeX content with every non-ASCII character spelled as a macro pdfLaTeX knows.

    In ``names`` (author, editor …) biber and BibTeX make initials from the first letter of each
    part, and biber cannot from a dotless i under an accent nor from a quotation mark: í is spelled
    {\\'i} and typographic quotes are plain ASCII there."""
    if latex.isascii():
        return latex
    text = unicodedata.normalize("NFC", latex)
    if names:
        text = text.translate(_NAME_QUOTES)
    text = _NON_ASCII.sub(lambda match: _ascii_char(match.group()), text)
    return _DOTLESS.sub(r"\\\1\2", text) if names else text


_NAME_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "ʻ": "'", "ʼ": "'", "“": '"', "”": '"', "„": '"'})
_DOTLESS = lazy_compile(r"\\([\"'`^~=.uvHckrbdt])\\([ij])\b")


def _ascii_text(text: str) -> str:
    return "".join(ch for ch in text if ch.isascii())
