"""Looking identifiers up: DOIs from Crossref, PMIDs and PMCIDs from NCBI. Right, or not at all."""
