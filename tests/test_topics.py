"""Topic matching: variants found, false hits avoided, vocabulary extendable."""

from __future__ import annotations

import pytest

from citekit.errors import InputError
from citekit.topics import load_vocabulary, match_topics


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary()


def tags(vocabulary, title: str) -> dict[str, str]:
    return {m.tag: m.term for m in match_topics(vocabulary, {"title": title})}


REQUIRED_THEMES = [
    ("Exosomes drive premetastatic niche formation", "exosomes"),
    ("Extracellular vesicles in cancer", "exosomes"),
    ("Glioblastoma microvesicles transport RNA", "exosomes"),
    ("Large oncosomes contain distinct protein cargo", "exosomes"),
    ("Neutrophil Extracellular Traps (NETs) in cancer metastasis", "neutrophils"),
    ("Tumour-associated neutrophils in lung cancer", "neutrophils"),
    ("Tumor-associated macrophages (TAMs) in breast cancer", "macrophages"),
    ("Mast cell density in metastatic renal cell carcinoma", "mast-cells"),
    ("Tumor exosomes inhibit differentiation of bone marrow dendritic cells", "dendritic-cells"),
    ("Antimetastatic defense by CD8(+) T cells", "t-cells"),
    ("Control of metastasis by NK cells", "nk-cells"),
    ("Myeloid-derived suppressor cells in cancer", "mdsc"),
    ("A Wnt-induced phenotypic switch in cancer-associated fibroblasts", "fibroblasts"),
    ("Allogeneic vs. autologous mesenchymal stem/stromal cells", "mesenchymal-stem-cells"),
    ("Direct signaling between platelets and cancer cells", "platelets"),
    ("Secretion of matrix metalloproteinase (MMP-14) into extracellular space", "extracellular-matrix"),
    ("Exosomes promote angiogenesis in a Src-dependent fashion", "angiogenesis"),
    ("Circulating tumour cell clusters are oligoclonal", "circulating-tumor-cells"),
    ("Gap junctional protein Cx43", "gap-junctions"),
    ("Connecting exosomes and connexins", "gap-junctions"),
    ("Every step of the way: integrins in cancer progression", "integrins"),
    ("TGF-β1 secreted by pancreatic stellate cells", "tgf-beta"),
    ("Hypoxic tumor cell modulates its microenvironment", "hypoxia"),
    ("Inflammation and tumor progression", "inflammation"),
    ("Melanoma exosomes: messengers of metastasis", "metastasis"),
    ("The role of exosomal noncoding RNAs in cancer", "microrna"),
    ("miR-21-mediated tumor growth", "microrna"),
    ("Mechanism of chemoresistance mediated by miR-140", "chemoresistance"),
    ("The subtle interplay … a therapeutic cancer vaccine in the era of immunotherapy", "immunotherapy"),
    ("Opportunities and challenges in tunneling nanotubes research", "tunneling-nanotubes"),
]


@pytest.mark.parametrize(("title", "tag"), REQUIRED_THEMES)
def test_required_themes(vocabulary, title, tag):
    assert tag in tags(vocabulary, title)


@pytest.mark.parametrize(
    ("title", "tag"),
    [
        ("TGF-beta signalling", "tgf-beta"),
        ("TGFB1/INHBA homodimer/nodal-SMAD2/3 signaling network", "tgf-beta"),
        ("Transforming growth factor-β receptors", "tgf-beta"),
        ("TGF-Β is a potent inhibitor", "tgf-beta"),
        ("Tunnelling nanotubes between cells", "tunneling-nanotubes"),
        ("Pre-metastatic niche formation", "metastasis"),
        ("Pre metastatic niche formation", "metastasis"),
        ("Metastases to bone", "metastasis"),
        ("Haematogenous dissemination", "metastasis"),
        ("Tumor‐associated macrophage", "macrophages"),  # U+2010 hyphen
        ("cell–matrix interactions", "extracellular-matrix"),  # en dash
        ("EVs carry RNA", "exosomes"),
    ],
)
def test_spelling_hyphenation_and_greek_variants(vocabulary, title, tag):
    assert tag in tags(vocabulary, title)


@pytest.mark.parametrize(
    ("title", "not_tag"),
    [
        ("Signalling networks in breast cancer", "neutrophils"),  # NETs is not 'networks'
        ("Nets and nodes", "neutrophils"),
        ("Every tumour is different", "exosomes"),  # EV only as a word
        ("EV71 enterovirus infection", "exosomes"),
        ("Mastectomy outcomes", "mast-cells"),
        ("Integrating immunity", "integrins"),
        ("Contamination of samples", "tgf-beta"),
        ("Betaine metabolism", "tgf-beta"),
    ],
)
def test_no_false_hits(vocabulary, title, not_tag):
    assert not_tag not in tags(vocabulary, title)


def test_the_term_and_field_that_matched_are_reported(vocabulary):
    (match,) = [
        m for m in match_topics(vocabulary, {"title": "A title", "abstract": "Platelets help."}) if m.tag == "platelets"
    ]
    assert (match.term, match.field) == ("platelet", "abstract")


def test_user_vocabulary_adds_topics_and_terms(tmp_path):
    mine = tmp_path / "mine.toml"
    mine.write_text('[autophagy]\nterms = ["autophagy", "mitophagy"]\n\n[platelets]\nterms = ["megakaryocyte"]\n')
    vocabulary = load_vocabulary([mine])
    assert tags(vocabulary, "Matrix stiffness drives stromal autophagy")["autophagy"] == "autophagy"
    assert tags(vocabulary, "Megakaryocytes in bone marrow")["platelets"] == "megakaryocyte"
    assert "platelet" in vocabulary.topics["platelets"].terms


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[broken\n", "not a valid vocabulary file"),
        ('topic = "x"\n', "must be a table"),
        ("[t]\nterms = [1]\n", "list of non-empty strings"),
        ('[t]\nwords = ["x"]\n', "unknown key 'words'"),
    ],
)
def test_bad_vocabulary_file(tmp_path, content, message):
    bad = tmp_path / "bad.toml"
    bad.write_text(content)
    with pytest.raises(InputError, match=message):
        load_vocabulary([bad])
