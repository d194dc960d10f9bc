"""The labels of the links publishers' pages print after each reference ('[DOI] [PMC free article] [PubMed] [Google
Scholar]', 'View Article PubMed/NCBI Google Scholar', 'CrossRef Full Text | Google Scholar'): a copy of the page keeps
them, and they are no part of the reference."""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile

LINK_LABELS = (
    "PubMed Central",
    "Google Scholar",
    "Web of Science ®",  # Taylor & Francis': '[Crossref], [Web of Science ®], [Google Scholar]'
    "Web of Science®",
    "Web of Science",
    "Taylor & Francis Online",
    "MathSciNet",
    "PubMed/NCBI",  # PLOS's
    "PubMed Abstract",  # Frontiers': 'PubMed Abstract | CrossRef Full Text | Google Scholar'
    "PubMed Full Text",
    "PubMed",
    "Article",
    "Chapter",
    "Book",
    "CAS",
    "ADS",
    "MATH",
    "Scopus",
    "CrossRef Full Text",
    "CrossRef",
    "Crossref",
    "Medline",  # HighWire's journals: 'CrossRef Medline', 'OpenUrl'
    "MEDLINE",
    "OpenUrl",
    "View Article",  # PLOS's: 'View Article PubMed/NCBI Google Scholar'
    "View PDF",  # ScienceDirect's: 'View PDF', 'View articleView in ScopusGoogle Scholar'
    "View article",
    "View in Scopus",
    "View Record in Scopus",  # ScienceDirect's before 2021: 'ArticleDownload PDFView Record in ScopusGoogle Scholar'
    "Download PDF",
    "Search ADS",  # Oxford's and the Royal Society's: 'Google Scholar Crossref Search ADS PubMed WorldCat'
    "WorldCat",
    "Full Text (PDF)",  # Cell Press's: 'Full Text', 'Full Text (PDF)', 'Scopus (1565)', each on a line
    "Abstract/FREE Full Text",  # HighWire's: 'OpenUrlAbstract/FREE Full Text', '….FREE Full TextGoogle Scholar'
    "FREE Full Text",
    "Full Text",
)
# PubMed Central and MDPI print them in brackets, and a few more: '[DOI] [PMC free article] [PubMed] [Google Scholar]'.
_BRACKETED_ONLY = ("DOI", "PMC free article", "Green Version")
LINK_LABEL = lazy_compile(
    r"Scopus \(\d+\)|"  # Scopus with its count of citations, as Cell Press prints it
    + "|".join(map(re.escape, LINK_LABELS))
    + r"|(?<=\[)(?:"
    + "|".join(map(re.escape, _BRACKETED_ONLY))
    + r")(?=\])"
)
