"""A document's version after its title, as handbooks and guidelines are cited: the Cochrane Handbook's 'Cochrane
Handbook for Systematic Reviews of Interventions Version 5.1.0 [updated March 2011]. The Cochrane Collaboration,
2011.', AMA's '… Interventions. Version 6.1. Cochrane; 2020.'

The labeller, which has seen few, cut the title inside the version ('… Interventions Version 5.1') or ran it on
('… Version 6.1. Cochrane') and lost the publisher after it. The version is taken off before the labeller reads the
reference and goes back as CSL's version, '[updated March 2011]' as its note; a version a rule read into the title's
end is taken out of it. Only a version in a sentence of its own, or with its '[updated …]', is taken, and none from
software, whose rules read its versions in place ('IBM SPSS Statistics for Windows. Version 29.0.').
"""

from __future__ import annotations

from dataclasses import dataclass

from citekit.lazy_regex import lazy_compile
from citekit.model import Reference

_NUMBER = r"\d{1,3}(?:\.\d{1,3}){0,3}"  # '6.1', '5.1.0'
_VERSION = lazy_compile(
    rf"(?<=\S)\s++Version\s+(?P<version>\d{{1,3}}(?:\.\d{{1,3}}){{1,3}})\s*\[(?P<updated>updated\s+[^\]\[]{{3,30}})\]"
    rf"|(?<=[a-z)]\.)\s++Version\s+(?P<alone>{_NUMBER})[.,;](?=\s)"
)


@dataclass(frozen=True, slots=True)
class DocumentVersion:
    version: str
    updated: str | None = None  # 'updated March 2011'


def without_version(text: str) -> tuple[str, DocumentVersion | None]:
    """The reference without its document's version, and the version (None when it prints none)."""
    if "Version " not in text or (found := _VERSION.search(text)) is None:
        return text, None
    if found["version"]:
        return text[: found.start()] + text[found.end() :], DocumentVersion(found["version"], found["updated"])
    return text[: found.start()] + text[found.end() :], DocumentVersion(found["alone"])  # the title's full stop stays


def read_version(reference: Reference, found: DocumentVersion | None) -> None:
    """The version taken off goes back into the record, and when it was updated as a note."""
    if found is None:
        return
    reference.variables.setdefault("version", found.version)
    if reference.type == "article-journal" and not reference.container_title:
        reference.type = "book"  # a handbook's version, with no periodical
    if found.updated:
        reference.variables.setdefault("note", found.updated)


# A version a rule read into the title's end ('… Interventions. Version 6.3', NLM's book rule).
_VERSION_ENDING_THE_TITLE = lazy_compile(rf"(?<=\S)[.,]?\s++Version\s+(?P<version>{_NUMBER})$")


def version_out_of_the_title(reference: Reference) -> None:
    """A handbook's version read into its title's end is its version (software's versions are its own)."""
    title = reference.title
    if not title or reference.type == "software" or "Version " not in title:
        return
    if (found := _VERSION_ENDING_THE_TITLE.search(title)) is not None:
        reference.title = title[: found.start()]
        reference.variables.setdefault("version", found["version"])
