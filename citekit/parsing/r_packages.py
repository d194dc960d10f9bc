"""An R package as R's citation() prints it, and READMEs, roxygen comments and papers paste it.

'Wickham H, François R, Henry L, Müller K (2022). _dplyr: A Grammar of Data Manipulation_. R package version
1.0.9, <https://CRAN.R-project.org/package=dplyr>.' (R 4.3 on: the title between underscores, the links in angle
brackets); 'Roger Bivand, Tim Keitt and Barry Rowlingson (2015). rgdal: Bindings for the Geospatial Data
Abstraction Library. R package version 1.0-4. http://CRAN.R-project.org/package=rgdal' (older R); '…
(????). …' where the package's DESCRIPTION gives no date. The labeller read a version's numbers as a volume and an
issue ('0.7.4' gave version 0, volume 7, issue '4, <'), or the version and the bracket into the title. R prints
the names, the year in brackets, the title, 'R package version' and the links, in that order: read here when every
part fits.
"""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile
from citekit.model import Reference
from citekit.parsing.authors import split_authors
from citekit.parsing.identifiers import find_identifiers, identifier_fields

_PACKAGE = lazy_compile(
    r"(?P<names>[^()]+?)\s*\((?:(?P<year>1[5-9]\d\d|20\d\d)|\?{4})\)\.\s+"
    r"(?P<title>\S.*?)\.?\s+R\s+package\s+version\s+(?P<version>\d[\w.-]*\w)"
    r"(?:[.,]\s*(?P<links>.*?))?\.?",
    re.IGNORECASE,
)
# What R prints after the version: links, bare or in angle brackets ('<URL: https://…>'), a comma between.
_LINKS = lazy_compile(
    r"(?:<(?:URL:\s*)?https?://[^\s<>]+>|https?://\S+?)(?:,?\s+(?:<(?:URL:\s*)?https?://[^\s<>]+>|https?://\S+?))*"
)


def parse_r_package(text: str) -> Reference | None:
    """A package's citation() entry (the module's docstring); None where any part does not fit."""
    if "ackage version" not in text:
        return None
    text = " ".join(text.split())  # R wraps its lines at 80 characters
    found = _PACKAGE.fullmatch(text)
    if found is None or (found["links"] and not _LINKS.fullmatch(found["links"].rstrip(". "))):
        return None
    title = found["title"]
    if len(title) > 2 and title.startswith("_") and title.endswith("_"):
        title = title[1:-1]  # R's mark for italics
    names, _ = split_authors(found["names"])
    if not names or not title.strip(" ._"):
        return None
    identifiers = find_identifiers(found["links"] or "")
    reference = Reference(authors=names, title=title.strip(), type="software", **identifier_fields(identifiers))
    reference.year = int(found["year"]) if found["year"] else None
    reference.variables["version"] = found["version"]
    return reference
