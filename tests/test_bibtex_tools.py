"""The shipped BibTeX must compile: real bibtex (plain style) and real biber (biblatex) read it.

Skipped where TeX is not installed; .ci/run installs it, so CI always runs these.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from citekit.formats.bibtex import write_bibtex
from citekit.parsing import parse_references

SHIPPED = Path(__file__).resolve().parents[1] / "data" / "references.bib"

needs_ci_tools = pytest.mark.skipif(
    os.environ.get("CI") != "true" and shutil.which("bibtex") is None,
    reason="bibtex not installed (CI installs it)",
)


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300, check=False)


def _ascii_bib(tmp_path: Path) -> Path:
    from citekit.keys import base_key, unique_key

    references = parse_references((SHIPPED.parent / "chapter.txt").read_text(encoding="utf-8")).references
    taken: set[str] = set()
    for reference in references:
        reference.key = unique_key(base_key(reference), taken)
    path = tmp_path / "ascii.bib"
    path.write_text(write_bibtex(references, ascii_only=True), encoding="ascii")
    return path


@needs_ci_tools
@pytest.mark.parametrize("variant", ["utf8", "ascii"])
def test_bibtex_plain_style_reads_every_entry(tmp_path, variant):
    bib = SHIPPED if variant == "utf8" else _ascii_bib(tmp_path)
    shutil.copy(bib, tmp_path / "refs.bib")
    (tmp_path / "doc.tex").write_text(
        "\\documentclass{article}\\begin{document}\\nocite{*}"
        "\\bibliographystyle{plain}\\bibliography{refs}\\end{document}\n"
    )
    latex = _run(["latex", "-interaction=nonstopmode", "doc.tex"], tmp_path)
    assert (tmp_path / "doc.aux").exists(), latex.stdout[-2000:]
    bibtex = _run(["bibtex", "doc"], tmp_path)
    # Exit 0 is clean, 1 is warnings only (e.g. 'empty journal' for references that print none).
    assert bibtex.returncode in (0, 1), bibtex.stdout
    assert "error message" not in bibtex.stdout, bibtex.stdout
    assert (tmp_path / "doc.bbl").read_text(encoding="utf-8", errors="replace").count("\\bibitem") == 162


@needs_ci_tools
def test_biber_reads_every_entry(tmp_path):
    shutil.copy(SHIPPED, tmp_path / "refs.bib")
    (tmp_path / "doc.tex").write_text(
        "\\documentclass{article}\\usepackage[backend=biber]{biblatex}\\addbibresource{refs.bib}"
        "\\begin{document}\\nocite{*}\\printbibliography\\end{document}\n"
    )
    latex = _run(["pdflatex", "-interaction=nonstopmode", "doc.tex"], tmp_path)
    assert (tmp_path / "doc.bcf").exists(), latex.stdout[-2000:]
    biber = _run(["biber", "doc"], tmp_path)
    assert biber.returncode == 0, biber.stdout[-3000:]
    assert "ERROR" not in biber.stdout
    assert (tmp_path / "doc.bbl").read_text(encoding="utf-8").count("\\entry{") == 162
