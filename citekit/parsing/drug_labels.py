"""A drug's label cited as AMA prints it: 'Ingrezza. Package insert. Neurocrine Biosciences, Inc.; 2017.',
'Rybelsus (semaglutide) tablets. Prescribing Information. Novo Nordisk; 2024.', 'Librela (bedinvetmab injection).
Prescribing information. NADA 141-562. Zoetis Inc; March 2023.'

The labeller read the drug's name as the author and the kind of document as the title. The name (its generic name
in brackets and its form with it) is the title, the kind its genre, the maker its publisher; an approval's number
printed before the maker is the document's number.
"""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile
from citekit.model import Reference
from citekit.months import month_number
from citekit.parsing.identifiers import find_identifiers

_KINDS = r"Package\s+insert|Prescribing\s+information|Summary\s+of\s+product\s+characteristics|Product\s+monograph"
_LABEL = lazy_compile(
    rf"(?P<title>[^.;]{{2,150}}?)\.\s+(?P<kind>{_KINDS})\.\s+"
    r"(?:(?P<number>(?:NADA|ANADA|NDA|BLA|ANDA)\s+[\d-]{3,12})\.\s+)?"
    r"(?P<maker>[^;]{2,120}?)"
    r"(?:[;.]\s+(?:(?P<month>[A-Z][a-z]{2,8})\.?\s+)?(?P<year>(?:19|20)\d\d)|\s+(?P<numeric_month>1[0-2]|0?[1-9])/"
    r"(?P<numeric_year>(?:19|20)\d\d))?\.?"
    r"(?:\s+(?:Accessed\s+[^.]{4,30}\.|https?://\S+))*\s*",
    re.IGNORECASE,  # 'Prescribing Information', 'Package Insert'
)


def parse_drug_label(text: str) -> Reference | None:
    """A drug's package insert or prescribing information (the module's docstring), or None for anything else."""
    folded = text.casefold()
    if "insert" not in folded and "information" not in folded and "product" not in folded:
        return None
    found = _LABEL.fullmatch(text.strip())
    if found is None:
        return None
    identifiers = find_identifiers(text)
    reference = Reference(title=found["title"].strip(), type="document", raw=text, url=identifiers.url)
    reference.variables["genre"] = " ".join(found["kind"].split()).capitalize()
    reference.variables["publisher"] = found["maker"].strip().rstrip(".")
    if found["number"]:
        reference.variables["number"] = found["number"]
    if found["year"]:
        reference.year = int(found["year"])
        reference.month = month_number(found["month"]) if found["month"] else None
    elif found["numeric_year"]:
        reference.year, reference.month = int(found["numeric_year"]), int(found["numeric_month"])
    return reference
