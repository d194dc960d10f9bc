"""Patterns compiled at first use: the same answers as re.compile's, and a start-up that compiles few."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from citekit.lazy_regex import lazy_compile

ROOT = Path(__file__).resolve().parents[1]


def test_a_lazily_compiled_pattern_answers_as_the_compiled_one() -> None:
    source = r"(?P<volume>\d+)\s*\((?P<issue>\d+)\)"
    lazy, compiled = lazy_compile(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    # its source is there before anything compiles it, for patterns built from it
    assert lazy.pattern == source
    assert re.compile(rf"vol\.\s*{lazy.pattern}").search("vol. 12 (3)").group("issue") == "3"
    text = "Cell 158 (4): 1-2; Nature 7 (12)"
    assert lazy.search(text).groupdict() == compiled.search(text).groupdict()
    assert lazy.match(text) is None and lazy.fullmatch("7 (12)").group(0) == "7 (12)"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.findall(text) == compiled.findall(text) == [("158", "4"), ("7", "12")]
    assert lazy.sub(r"\g<volume>:\g<issue>", text) == "Cell 158:4: 1-2; Nature 7:12"
    assert lazy.split(text) == compiled.split(text)
    assert lazy.groupindex == compiled.groupindex and lazy.groups == 2 and lazy.flags == compiled.flags


def test_a_module_names_its_compiled_pattern_after_the_first_use() -> None:
    """After its first use the module's own name stands for the compiled pattern, looked up the interpreter's fast
    way; the lazy stand-in still answers where it is held elsewhere (a tuple of patterns)."""
    namespace: dict = {"re": re, "lazy_compile": lazy_compile}
    exec(
        "DOI = lazy_compile(r'10\\.\\d{4,9}/\\S+')\n"
        "HELD = (DOI,)\n"
        "def found(text):\n"
        "    return DOI.search(text).group()\n",
        namespace,
    )
    assert not isinstance(namespace["DOI"], re.Pattern)
    assert namespace["found"]("doi: 10.1038/nature12373") == "10.1038/nature12373"
    assert isinstance(namespace["DOI"], re.Pattern)
    assert namespace["HELD"][0].search("10.1000/x").group() == "10.1000/x"


def test_starting_the_parser_compiles_only_the_patterns_a_first_parse_uses() -> None:
    """Start-up is a target of its own (benchmarks/parse_eval.py): the parsers' ~550 patterns were all
    compiled at import, half of it. Counted in a fresh process, as a user's start is."""
    probe = (
        "import re\n"
        "compiled = set()\n"
        "original = re._compile\n"
        "def counting(pattern, flags):\n"
        "    compiled.add((pattern, flags))\n"
        "    return original(pattern, flags)\n"
        "re._compile = counting\n"
        "from citekit.parsing.learned import parse_learned\n"
        "imported = len(compiled)\n"
        "parse_learned('Aceto N, Bardia A. Circulating tumor cell clusters. Cell. 2014;158(5):1110-22.')\n"
        "print(imported, len(compiled))\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    imported, after_a_parse = map(int, run.stdout.split())
    assert imported < 100, run.stdout  # 585 compiled at import before
    assert after_a_parse < 250, run.stdout
