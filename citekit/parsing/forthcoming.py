"""A work not yet out: its state ('In press', 'im Druck', 'forthcoming') printed where its year would stand."""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile
from citekit.model import Reference

# A whole sentence or bracket of its own ('Global Change Biology. In press.', '(im Druck)', 'J Immunol, in
# press.'), not words of a title running on ('Women in Press Photography', 'The forthcoming election').
_STATE = lazy_compile(
    r"(?<![^\s.,;:(\[])(?:in\s+press|im\s+druck|im\s+erscheinen|forthcoming|sous\s+presse|à\s+paraître|en\s+prensa"
    r"|no\s+prelo|in\s+corso\s+di\s+stampa|in\s+stampa)(?=\s*(?:[.,;)\]]|$))",
    re.IGNORECASE,
)
# One of these in the text before the pattern is tried: most references are out.
_STEMS = ("press", "druck", "erschein", "forthcoming", "paraître", "prensa", "prelo", "stampa")


def state_in(text: str) -> re.Match[str] | None:
    """The first state of publication printed in a reference."""
    lowered = text.lower()
    return _STATE.search(text) if any(stem in lowered for stem in _STEMS) else None


def read_state(reference: Reference, state: re.Match[str] | None) -> None:
    """The state state_in found, as CSL's status; with no year printed, as the date's literal too (BibTeX's 'year =
    {in press}'), which is what a reader cites it by."""
    if state is None:
        return
    words = " ".join(state.group().split())
    reference.variables.setdefault("status", words)
    if reference.year is None and reference.date_literal is None:
        reference.date_literal = words
