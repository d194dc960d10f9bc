"""`--cited-in`: exactly the records a manuscript cites, from the files LaTeX itself writes (.aux
by a natbib/bibtex run, .bcf by a biblatex/biber run), from .tex sources and from Pandoc Markdown;
missing keys named with the nearest ones, exit 1."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from citekit.citations import cited_keys
from citekit.cli import main

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "data" / "references.bib"
needs_tex = pytest.mark.skipif(
    os.environ.get("CI") != "true" and shutil.which("pdflatex") is None,
    reason="TeX not installed (CI installs it)",
)

NATBIB = r"""\documentclass{article}
\usepackage{natbib}
\begin{document}
As shown before \citep[see][p.~3]{aceto2014circulating, alderton2012exosomes}, and
\citet*{abdelghany2001breast} % \cite{commented2020}
\citeauthor{aceto2014circulating}; also \nocite{akhtar2019pagets} and \cite{nosuch2020exosomes}.
\bibliographystyle{plainnat}
\bibliography{refs}
\end{document}
"""
BIBLATEX = r"""\documentclass{article}
\usepackage[backend=biber]{biblatex}
\addbibresource{refs.bib}
\begin{document}
\textcite{alderton2012exosomes} and \parencite[12]{aceto2014circulating};
\autocites[see][]{akhtar2019pagets}{abdelghany2001breast}.
\printbibliography
\end{document}
"""


def _run(db: Path, *args: str):
    return CliRunner().invoke(main, ["--db", str(db), *args], catch_exceptions=False)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    db = tmp_path / "library.sqlite"
    assert _run(db, "import", str(SHIPPED)).exit_code == 0
    return db


def _latex(directory: Path, source: str) -> None:
    (directory / "paper.tex").write_text(source, encoding="utf-8")
    shutil.copy(SHIPPED, directory / "refs.bib")
    subprocess.run(
        ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "paper.tex"],
        cwd=directory,
        capture_output=True,
        timeout=120,
    )


@needs_tex
def test_a_natbib_aux(tmp_path, library):
    _latex(tmp_path, NATBIB)
    aux = tmp_path / "paper.aux"
    assert "\\citation{" in aux.read_text()
    result = _run(library, "export", "--cited-in", str(aux), "--format", "csljson")
    assert result.exit_code == 1  # one cited key is not in the library
    assert [item["id"] for item in json.loads(result.stdout)] == [
        "aceto2014circulating",
        "alderton2012exosomes",
        "abdelghany2001breast",
        "akhtar2019pagets",
    ]
    assert "cites 'nosuch2020exosomes', which is not in the library (nearest:" in result.stderr


@needs_tex
def test_a_biber_control_file_and_the_aux_it_leaves(tmp_path, library):
    _latex(tmp_path, BIBLATEX)
    expected = ["alderton2012exosomes", "aceto2014circulating", "akhtar2019pagets", "abdelghany2001breast"]
    for name in ("paper.bcf", "paper.aux"):
        assert cited_keys(tmp_path / name).keys == expected, name
    result = _run(library, "export", "--cited-in", str(tmp_path / "paper.bcf"), "-o", str(tmp_path / "cited.bib"))
    assert result.exit_code == 0
    written = (tmp_path / "cited.bib").read_text(encoding="utf-8")
    assert [line.split("{")[1].rstrip(",") for line in written.splitlines() if line.startswith("@")] == expected


def test_tex_sources_with_inputs_and_comments(tmp_path):
    (tmp_path / "chapter.tex").write_text("\\autocite[12]{fromchapter}\n", encoding="utf-8")
    (tmp_path / "paper.tex").write_text(
        NATBIB.replace("\\end{document}", "\\input{chapter}\n\\textcites[a]{m1}[b]{m2}\n\\end{document}"),
        encoding="utf-8",
    )
    found = cited_keys(tmp_path / "paper.tex")
    assert found.keys == [
        "aceto2014circulating",
        "alderton2012exosomes",
        "abdelghany2001breast",
        "akhtar2019pagets",
        "nosuch2020exosomes",
        "fromchapter",
        "m1",
        "m2",
    ]
    assert "commented2020" not in found.keys


def test_pandoc_markdown(tmp_path, library):
    paper = tmp_path / "paper.md"
    paper.write_text(
        "---\ntitle: A paper\nnocite: |\n  @akhtar2019pagets\n---\n"
        "Exosomes matter [see @alderton2012exosomes, p. 3; @aceto2014circulating].\n"
        "@abdelghany2001breast showed it, as -@aceto2014circulating did. Write to me@example.org.\n"
        "`@notacitation` and\n\n```\n@alsonot\n```\n",
        encoding="utf-8",
    )
    assert cited_keys(paper).keys == [
        "akhtar2019pagets",
        "alderton2012exosomes",
        "aceto2014circulating",
        "abdelghany2001breast",
    ]
    result = _run(library, "export", "--cited-in", str(paper), "--format", "ris")
    assert result.exit_code == 0 and result.stdout.count("TY  - ") == 4


def test_nocite_star_means_the_whole_library(tmp_path, library):
    paper = tmp_path / "paper.tex"
    paper.write_text("\\nocite{*}\n", encoding="utf-8")
    result = _run(library, "export", "--cited-in", str(paper), "--format", "csljson")
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 162


def test_a_missing_manuscript_is_one_line(tmp_path, library):
    result = _run(library, "export", "--cited-in", str(tmp_path / "nope.aux"))
    assert result.exit_code == 2 and result.stderr.strip().endswith("nope.aux: no such file")
