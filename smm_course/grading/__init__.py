"""Grade a class by re-running its notebooks: ``smm-course grade SUBMISSIONS_DIR --out DIR``.

Each submitted notebook runs in a fresh kernel in a temporary copy of its folder (:mod:`.execute`); its answers
come out as plain data (:mod:`.answers`) and are judged here by the installed engine (:mod:`.judge`). Code that
reaches for answers or patches the engine is flagged (:mod:`.integrity`). Broken files get a row that says what
is wrong (:mod:`.submissions`). The results are written by :mod:`.gradebook`. Nothing in the submissions folder is
written, and the students' own progress stores and exports are never read.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from smm_course.grading.execute import RunResult, run_submission
from smm_course.grading.integrity import flags_in
from smm_course.grading.judge import Verdict, exercise_variables, judge_notebook
from smm_course.grading.submissions import Submission, find_submissions
from smm_course.grading.written import written_files

__all__ = ["DEFAULT_MEMORY_MB", "DEFAULT_TIMEOUT", "Graded", "grade_submissions", "integrity_flags"]

# Generous: the slowest notebook runs in about 40 s on a 2-core machine; a class's laptops vary.
DEFAULT_TIMEOUT = 600
DEFAULT_MEMORY_MB = 4096


@dataclass
class Graded:
    """One submission, graded: its run, its verdicts and its integrity flags."""

    submission: Submission
    run: RunResult | None = None
    verdicts: list[Verdict] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)

    @property
    def problem(self) -> str:
        if self.submission.problem:
            return self.submission.problem
        if self.run and self.run.status != "ran":
            return f"{self.run.status.replace('_', ' ')}: {self.run.detail}"
        if self.run and self.run.truncated:
            return f"printed {self.run.output_bytes / 1e6:.0f} MB of output; the rest was dropped"
        return ""


def grade_submissions(folder: Path, *, timeout: float = DEFAULT_TIMEOUT, memory_mb: int = DEFAULT_MEMORY_MB,
                      workers: int | None = None, shard: tuple[int, int] | None = None) -> list[Graded]:
    """Re-run and judge every submission under ``folder`` (``shard=(i, n)``: only the i-th of n slices)."""
    submissions = find_submissions(folder)
    if shard is not None:
        index, count = shard
        submissions = [s for position, s in enumerate(submissions) if position % count == index - 1]
    graded = [Graded(s, flags=integrity_flags(s)) for s in submissions]
    runnable = [g for g in graded if not g.submission.problem]

    def run(item: Graded) -> RunResult:
        files = {w.id: w.file for w in written_files(item.submission.notebook)}
        return run_submission(item.submission.path, exercise_variables(item.submission.notebook),
                              timeout=timeout, memory_mb=memory_mb, files=files)

    with ThreadPoolExecutor(max_workers=max(1, workers or os.cpu_count() or 1)) as pool:
        for item, result in zip(runnable, pool.map(run, runnable)):
            item.run = result
    for item in runnable:  # judged one by one, here: the engine's checks are not made for threads
        item.verdicts = judge_notebook(item.submission.notebook, item.run.answers, set(item.submission.exercises),
                                       item.run.files)
    return graded


def integrity_flags(submission: Submission) -> list[str]:
    """What the instructor should look at in a submission's code (see :mod:`.integrity`), cell by cell."""
    flags = [f"cell {index}: {flag}" for index, source in submission.code for flag in flags_in(source)]
    if submission.graded and not any("graded=True" in source for _, source in submission.code):
        flags.append("a graded copy whose start() call lost graded=True (hints and solutions back on)")
    return flags
