"""A layout's references, each put on one line of its own with a blank line around it, before the segmenter reads
the page: the layouts (PubMed's summaries, Manubot's lists) find where each begins and ends, and this writes the
text and where each of its lines came from."""

from __future__ import annotations


def each_on_a_line(
    lines: list[str], entries: dict[int, tuple[int, str]], left_out: set[int] | frozenset[int] = frozenset()
) -> tuple[str, list[int]]:
    """The lines with each entry (its first line → its last line and its text on one line) put on one line, a blank
    line before and after it, and the left-out lines dropped but for blank ones; and for each line of the text, the
    0-based line of `lines` it came from (an entry's: its first's)."""
    kept: list[str] = []
    origins: list[int] = []
    skip_to = -1
    for number, line in enumerate(lines):
        if number <= skip_to:
            continue
        if number in entries:
            last, joined = entries[number]
            kept += ["", joined, ""]
            origins += [number, number, last]
            skip_to = last
        elif number not in left_out or not line.strip():
            kept.append(line)
            origins.append(number)
    return "\n".join(kept), origins
