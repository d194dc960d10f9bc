"""A page a PDF converter wrote as Markdown with TeX's inline math (Mathpix's: '${ }^{1}$ D. Avasthi, Def. Sci.
J. 59, 401 (2009).', 'Pore formation in $\\mathrm{MoS}_{2}$ monolayer'): a superscript number a line begins
with is that line's number, as a PDF's copy gives it, and a formula is read as a BibTeX title's is ('MoS₂')."""

from __future__ import annotations

import re

from citekit.formats.latex import to_unicode
from citekit.lazy_regex import lazy_compile

# An inline formula, on one line: '$\alpha$', '${ }^{12}$'. A price ('$5 and $10') holds no TeX and is left.
_INLINE_MATH = lazy_compile(r"(?P<space>[ \t]?)\$(?P<tex>[^$\n]{1,300})\$")
# A formula that is only a sub- or superscript, set after a space: '(100)CaF ${ }_{2}$ surface' is 'CaF₂'.
_SCRIPT_ONLY = lazy_compile(r"^\s*(?:\{\s*\})?\s*[_^]")
_TEX_MARK = lazy_compile(r"[\\^_{]")
# A superscript number alone: '${ }^{1}$', '$^{12}$', '${ }^{\mathbf{2 7}}$' (bold, its digits spaced).
_SUPERSCRIPT_NUMBER = lazy_compile(
    r"^\s*(?:\{\s*\})?\s*\^\s*\{\s*(?:\\math(?:bf|rm)\s*\{(?P<wrapped>[\d ]{1,8})\}|(?P<bare>[\d ]{1,8}))\s*\}\s*$"
)
# A space between a group and the next command: the writer's, not the text's.
_BETWEEN_GROUPS = lazy_compile(r"(?<=\})[ \t]+(?=\\)")
_LEADING_SPACE = lazy_compile(r"\s*")
# A text mark Mathpix escapes outside math: 'John Wiley \& Sons', '50\%'.
_ESCAPED_TEXT = lazy_compile(r"\\(?P<mark>[&%$#])")
# So many formulas before a page is taken for one: a single '$…^…$' may be anything.
_AT_LEAST = 2


def has_tex_math(text: str) -> bool:
    """Two inline formulas or more, as TeX writes them ('$\\mathrm{SiO}_{2}$', '${ }^{1}$')."""
    if "$" not in text:
        return False
    found = 0
    for formula in _INLINE_MATH.finditer(text):
        if _TEX_MARK.search(formula["tex"]):
            found += 1
            if found >= _AT_LEAST:
                return True
    return False


def _as_text(formula: re.Match[str]) -> str:
    tex, space = formula["tex"], formula["space"]
    if not _TEX_MARK.search(tex):
        return formula[0]
    if number := _SUPERSCRIPT_NUMBER.match(tex):
        digits = (number["wrapped"] or number["bare"]).replace(" ", "")
        if _LEADING_SPACE.match(formula.string).end() < formula.start():
            return digits  # a citation in the text, as a PDF's copy gives it: '…as shown.1,3'
        return space + (f"{digits}." if formula.string[formula.end() : formula.end() + 1].isspace() else f"{digits}. ")
    # A space in a formula is the writer's, not the text's ('\\mathrm{U}_{3} \\mathrm{O}_{8}' is 'U₃O₈'); read as a
    # BibTeX title's formula is ('TiO₂', 'α').
    text = to_unicode(f"${_BETWEEN_GROUPS.sub('', tex)}$")
    return text if _SCRIPT_ONLY.match(tex) else space + text


def plain_math(text: str) -> str:
    """The text with each inline formula as its letters, a line's leading superscript number as the line's number
    ('${ }^{1}$ D. Avasthi' → '1. D. Avasthi'), and the marks Mathpix escapes ('\\&', '\\%') as themselves. Same
    lines."""
    lines = []
    for line in text.split("\n"):
        line = _INLINE_MATH.sub(_as_text, line) if "$" in line else line
        lines.append(_ESCAPED_TEXT.sub(r"\g<mark>", line) if "\\" in line else line)
    return "\n".join(lines)
