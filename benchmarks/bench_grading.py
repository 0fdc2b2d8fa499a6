"""Time ``smm-course grade`` on a class that hands in the whole course, with 1 and with 2 workers.

    python benchmarks/bench_grading.py --students 2 --workers 1 2

Each student hands in the solved copy of every notebook (00 to 10), the heaviest honest submission. The script
prints seconds per class, per submitted notebook and the extrapolation to a class of 120; the numbers go into
benchmarks/RESULTS.md. Grading is dominated by re-running notebooks, so time grows linearly with the class.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_class(folder: Path, students: int) -> int:
    from smm_course import instructor

    solved = instructor.write_solutions(folder / "_solved", execute=False, file=None)
    for number in range(students):
        student = folder / "submissions" / f"student{number:03d}"
        student.mkdir(parents=True)
        for path in solved:
            (student / path.name).write_bytes(path.read_bytes())
    return len(solved)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=2)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    from smm_course.cli import main as cli

    print(f"Python {sys.version.split()[0]}, {platform.machine()}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="smm-course-bench-grade-") as scratch:
        folder = Path(scratch)
        notebooks = build_class(folder, args.students)
        runs = notebooks * args.students
        for workers in args.workers:
            started = time.perf_counter()
            code = cli(["grade", str(folder / "submissions"), "--out", str(folder / f"out{workers}"),
                        "--workers", str(workers)])
            seconds = time.perf_counter() - started
            if code:
                return code
            per_run = seconds / runs
            # Other work on the machine slows grading down: the load average says how busy it was.
            load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
            print(f"workers={workers}: {args.students} students x {notebooks} notebooks = {runs} runs in "
                  f"{seconds:.0f} s ({per_run:.1f} s per notebook); a class of 120 would take about "
                  f"{per_run * notebooks * 120 / 3600:.1f} h (load average after the run: {load})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
