"""A reviewer's note on a work, bracketed after its reference: Nature Reviews' annotated lists ('… Nat
Biotechnol. 1996; 14:1516–1518. [An early and influential review on the prospects for genomics and drug
discovery.]'). Read with the reference, its words became the title of a book whose own title went into the
names. The record keeps it as its annotation (CSL's 'annote')."""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile

# A sentence or more in brackets, closing the reference: its own full stop (or question mark) inside them. A
# title translated in brackets ('[Epidemiology of diabetes in Spain].') has none inside.
_ANNOTATION = lazy_compile(r"\s\[(?P<note>[^\[\]]{20,600}[^\s.][.!?])\]\s*$")
_WORDS_AT_LEAST = 5
_YEAR = lazy_compile(r"\b(?:1[5-9]|20)\d\d\b")


def without_annotation(text: str) -> tuple[str, str | None]:
    """The reference without the note bracketed after it, and the note (None when it has none)."""
    if not text.endswith(("]", "] ")) or (found := _ANNOTATION.search(text)) is None:
        return text, None
    note = found["note"]
    if len(note.split()) < _WORDS_AT_LEAST or not _YEAR.search(text, 0, found.start()):
        return text, None
    if "http" in note or "www." in note:
        return text, None  # '[Available online at http://…]': where the work is, read with the reference
    return text[: found.start()], " ".join(note.split())
