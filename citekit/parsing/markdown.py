"""A page kept as Markdown (a browser's 'copy as Markdown', a reader service's text) with its marks taken
off, as the page's own text copies: '[27.](#body-ref "View in article")', '**Title**', '*Nat. Commun.*',
'[Crossref](https://doi.org/…)'. The page is then read as any page is."""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile

# '[label](url)' or '[label](url "title")'; a URL may hold brackets of its own ('…(11)60103-7').
_LINK = lazy_compile(
    r"\[(?P<label>[^\[\]\n]{0,300})\]"
    r"\((?P<url>(?:https?://|www\.|#|/)[^\s()]{0,2000}(?:\([^\s()]{0,200}\)[^\s()]{0,2000}){0,4})"
    r"(?:\s{1,20}\"[^\"\n]{0,300}\")?\)"
)
# A link to a DOI, a PubMed record, a PMC article or an arXiv preprint: its address names the work, so it stays in
# the text ('[Crossref](https://doi.org/10.1039/D2NA00190J)' gives the DOI, where a copy of the page gives
# 'Crossref'; a README's '[arXiv](https://arxiv.org/abs/1704.01212)' the preprint).
IDENTIFIER_LINK = lazy_compile(
    r"https?://(?:dx\.)?doi\.org/10\.|https?://(?:www\.)?(?:pubmed\.)?ncbi\.nlm\.nih\.gov/(?:pubmed/|pmc/articles/)?"
    r"(?:PMC)?\d|https?://(?:www\.)?arxiv\.org/(?:abs|pdf)/\d",
    re.IGNORECASE,
)
_BOLD = lazy_compile(r"\*\*(?=\S)(?P<text>[^\n]{0,500}?)(?<=\S)\*\*")
_ITALIC = lazy_compile(r"(?<![\w*\\])\*(?=\S)(?P<text>[^*\n]{0,500}?)(?<=\S)\*(?![\w*])")
# Taken off a page known for Markdown, a run may go on over one line break, as a converter wraps it
# ('**Educação intercultural e cotidiano\nescolar**'), not over a paragraph's end. (Not to tell Markdown: a PDF's
# stray stars, a line apart, would pair.)
_BOLD_WRAPPED = lazy_compile(r"\*\*(?=[^\s*])(?P<text>(?:[^\n]|\n(?![ \t]*\n)){0,500}?)(?<=[^\s*])\*\*")
_ITALIC_WRAPPED = lazy_compile(r"(?<![\w*\\])\*(?=\S)(?P<text>(?:[^*\n]|\n(?![ \t]*\n)){0,500}?)(?<=\S)\*(?![\w*])")
# A bold label before an item's reference, names after its colon: '1. **DGIdb 5.0**: Freshour SL, et al. "DGIdb 5.0: …"'
# (a README's list of the tools it uses). Not a name in bold ('**Merkel, W.**: Demokratie …', a comma in it) nor a
# title after the colon ('**Merkel**: Demokratie und Krise'): the label has no comma, and names follow it, a family
# name and initials or a comma.
_BOLD_LABEL = lazy_compile(
    r"^(?P<marker>[ \t]*(?:[-*+][ \t]+|\d{1,4}[.)][ \t]+)?)\*\*[^*,\n]{1,60}\*\*:[ \t]+"
    r"(?=[A-ZÀ-Þ][\w'’-]+(?:,[ \t]|[ \t][A-Z]{1,3}[,.]|[ \t][A-Z]\.))",
    re.MULTILINE,
)
# Emphasis written with underscores, '_Compiladores: Principios, Técnicas y Herramientas_.' or '__bold__': as CommonMark
# reads them, not inside a word ('snake_case_name', a URL's 'file_name_v2'), nor a run of them ('______. 1990.',
# the same author as before); within a line.
_UNDERSCORES = lazy_compile(
    r"(?<![^\s(\[{\"'“‘])(?P<mark>__?)(?=[^\s_])(?P<text>[^_\n]{0,500}?)(?<=[^\s_])(?P=mark)(?![^\s.,;:!?)\]}\"'”’])"
)
# Emphasis around a stop or a space alone, as converters leave it after a title: '**Astronomia e Astrofísica***.*',
# '**Estrutura das revoluções científicas**.* *2 ed.'.
_EMPTY_EMPHASIS = lazy_compile(r"\*(?P<mark>[ .,;:])\*")
# Code written between backticks, as READMEs print a DOI: '… J Extracell Vesicles. 2024. `10.1002/jev2.12404`'. One
# backtick each side, not two (LaTeX's ``quotes''), nor inside a word (a PDF's accent: 'Kosteleck`y').
_CODE = lazy_compile(r"(?<![`\w])`(?=[^\s`])(?P<text>[^`\n]{1,300}?)(?<=[^\s`])`(?![`\w])")
_ESCAPED = lazy_compile(r"\\(?P<mark>[\\`*_{}\[\]()#+.!<>|-])")
# So many links, bold or italic runs before a text is taken for Markdown: one '[1](2)' may be anything.
_AT_LEAST = 2


# Words in a link's label that make it a work's name, not a link's ('[Crossref]', '[Google Scholar]', '[27.]'): a whole
# reference ('[Brown i in. (2020). Modele językowe to niewielu uczniów](https://arxiv.org/abs/2005.14165)', a README's
# reading list) or a title linked to its DOI.
_WORDS_OF_A_WORK = 4


def _unlinked(link: re.Match[str]) -> str:
    url, label = link["url"], link["label"]
    if len(label.split()) >= _WORDS_OF_A_WORK and url.startswith(("http", "www.")):
        return f"{label} {url}"  # the work, and where it is
    if IDENTIFIER_LINK.match(url) and label.strip() != url:
        return url
    return label


def is_markdown(text: str, at_least: int = _AT_LEAST) -> bool:
    """Links, bold, italic or code runs as Markdown writes them, twice or more ('*Sleep*. 2010;33(5)'); in one reference
    pasted alone, once ('… Predictive values. *BMJ*, 309(6947):102, 1994.')."""
    if "](" not in text and "*" not in text and "_" not in text and "`" not in text:
        return False
    found = 0
    for pattern in (_LINK, _BOLD, _ITALIC, _UNDERSCORES, _CODE):
        for _ in pattern.finditer(text):
            found += 1
            if found >= at_least:
                return True
    return False


def plain_text(text: str) -> str:
    """The text without Markdown's links, bold, italic and code marks and escapes; a link's label stays, or its
    address where that is a DOI's, PubMed's or PMC's, or both where the label names a work; a bold label before an
    item's names goes."""
    text = _LINK.sub(_unlinked, text)
    if "**" in text:
        text = _BOLD_LABEL.sub(r"\g<marker>", text)
    text = _BOLD_WRAPPED.sub(r"\g<text>", text)
    text = _ITALIC_WRAPPED.sub(r"\g<text>", text)
    if "_" in text:
        text = _UNDERSCORES.sub(r"\g<text>", text)
    if "*" in text:
        text = _EMPTY_EMPHASIS.sub(r"\g<mark>", text)
    if "`" in text:
        text = _CODE.sub(r"\g<text>", text)
    return _ESCAPED.sub(r"\g<mark>", text)
