"""Speed of the learned path, in a process of its own: references/s, wall and CPU, on one core.

A user's `citekit parse` process holds citekit and the list it reads, not an evaluation's gold data;
Python's garbage collector walks every object a process holds, so timing inside parse_eval.py, after
its tables, counted a heap no user has (about a fifth slower). parse_eval.py runs this on its
held-out references; it can also be run on any file, one reference per line. Leaves out start-up
(timed apart), reading the file, and the CLI's own work (splitting, output).
Run: python benchmarks/learned_speed.py REFERENCES.txt [PASSES]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

# One core, before numpy loads: BLAS starts its threads at import.
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_variable] = "1"

from citekit.parsing import neural  # noqa: E402
from citekit.parsing.learned import parse_learned, parse_learned_many  # noqa: E402


def rates(texts: list[str], passes: int) -> dict[str, tuple[float, float, float, float]]:
    """Each way of calling → (best wall, best CPU, median wall, median CPU) references/s. Each pass
    empties the per-word caches first, so no string is seen twice unless real references share it."""
    parse_learned(texts[0])
    found = {}
    for name, run, count in (
        ("as one list", lambda: parse_learned_many(texts), passes),
        ("one by one", lambda: [parse_learned(text) for text in texts], 1),
    ):
        walls, cpus = [], []
        for _ in range(count):
            neural.shipped_labeller().forget()
            started, cpu_started = time.perf_counter(), time.process_time()
            run()
            walls.append(len(texts) / (time.perf_counter() - started))
            cpus.append(len(texts) / (time.process_time() - cpu_started))
        found[name] = (max(walls), max(cpus), statistics.median(walls), statistics.median(cpus))
    return found


def main() -> None:
    texts = [line for line in Path(sys.argv[1]).read_text(encoding="utf-8").split("\n") if line.strip()]
    passes = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    for name, (wall, cpu, median_wall, median_cpu) in rates(texts, passes).items():
        target = "target >= 2,000 on one core" if name == "as one list" else "no target: for comparison"
        print(
            f"learned path, {name}: {wall:,.0f} references/s wall, {cpu:,.0f} CPU, best of "
            f"{passes if name == 'as one list' else 1} (medians {median_wall:,.0f} and {median_cpu:,.0f}; {target})"
        )


if __name__ == "__main__":
    main()
