"""Time a clean top-to-bottom run of every course notebook, as shipped and as solved.

    python benchmarks/bench_notebooks.py [--repeat 2]

Each run uses a fresh kernel and an empty progress store, on a copy of the notebook (the originals are not
touched). The course asks for under 20 s per notebook on a 2-core machine; the table goes into RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent


def run_once(notebook: nbformat.NotebookNode, folder: Path) -> float:
    with tempfile.TemporaryDirectory(prefix="smm-course-bench-") as home:
        os.environ["SMM_COURSE_HOME"] = home
        client = NotebookClient(notebook, timeout=600, kernel_name="python3", record_timing=False,
                                resources={"metadata": {"path": str(folder)}})
        started = time.perf_counter()
        client.execute()
        return time.perf_counter() - started


def solved(path: Path) -> nbformat.NotebookNode:
    from smm_course import instructor

    with tempfile.TemporaryDirectory() as out:
        (written,) = [p for p in instructor.write_solutions(Path(out), execute=False, file=None) if p.name == path.name]
        return nbformat.read(written, as_version=4)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    print(f"Machine: {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}")
    print("| notebook | as shipped (s) | solved (s) |\n|---|---|---|")
    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        shipped = [run_once(nbformat.read(path, as_version=4), path.parent) for _ in range(args.repeat)]
        solved_times = [run_once(solved(path), path.parent) for _ in range(args.repeat)]
        print(f"| {path.name} | {statistics.median(shipped):.1f} | {statistics.median(solved_times):.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
