"""Made with citekit 0.1.0 (schema 1): the library a user of the current release has."""

import sys
from pathlib import Path

from citekit.enrich.http import Response
from citekit.enrich.run import FieldUpdate, RecordResult, SuggestionData
from citekit.library import Library
from citekit.sources import load_source
from citekit.topics import load_vocabulary

out = Path(sys.argv[1])
out.unlink(missing_ok=True)
with Library(out) as library:
    library.import_sources([load_source("data/chapter.txt")])
    summary = library.import_sources([load_source("/tmp/jabref51.bib")])
    print(len(summary.added), summary.errors)
    library.add_tag("review", ["thery2011exosomes", "aceto2014circulating", "Bogadottir2012"])
    library.auto_tag(load_vocabulary([]))
    library.remove_tag("exosomes", ["thery2011exosomes"])
    ref = library.get("aceto2014circulating")
    library.save_enrichment(
        RecordResult(
            ref.id,
            ref.key,
            "crossref",
            "resolved",
            "title 100%",
            [FieldUpdate("doi", "10.1016/j.cell.2014.07.013", "crossref", 0.95)],
        )
    )
    ref = library.get("skog2008glioblastoma")
    library.save_enrichment(
        RecordResult(
            ref.id,
            ref.key,
            "crossref",
            "suggested",
            "close",
            [],
            SuggestionData("doi", "10.1038/ncb1800", "crossref", 0.6, "title 88%"),
        )
    )
    library.save_enrichment(
        RecordResult(
            ref.id,
            ref.key,
            "pubmed",
            "resolved",
            "ECitMatch",
            [
                FieldUpdate("pmid", "19011622", "pubmed", 0.9),
                FieldUpdate("abstract", "Glioblastoma tumour cells release microvesicles.", "pubmed"),
                FieldUpdate("mesh", ["Glioblastoma", "Exosomes"], "pubmed"),
            ],
        )
    )
    library.http_cache().put(
        "k" * 64, "https://api.crossref.org/works/x", Response(200, b'{"message": {}}', "application/json")
    )
