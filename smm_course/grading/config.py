"""``grading.toml``: the points, the notebooks that count and their weights, as an instructor edits them.

Every key is optional; with no file at all every scored question is worth one point, written work (reflections
and reports, graded by people through ``manual.csv``) none, every notebook handed in counts (but practice
ones, see :func:`practice_notebooks`), and all weigh the same::

    # grading.toml
    notebooks = ["03", "04", "05"]     # only these count (default: every notebook handed in)

    [points]                           # points per question (default 1; written work 0)
    "04.q3" = 2
    "09.q5" = 5                        # a reflection worth 5, scored by hand in manual.csv
    "11.report" = 2                    # the capstone's report, also scored by hand

    [weights]                          # weight of each notebook's percentage in the total (default 1)
    "05" = 2

A mistake in the file stops the command with a message that names the file and the key.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["GradingConfig", "load_config", "practice_notebooks"]


@dataclass(frozen=True)
class GradingConfig:
    """Points per question, the notebooks that count (None: all handed in) and each notebook's weight."""

    points: dict[str, float] = field(default_factory=dict)
    notebooks: tuple[str, ...] | None = None
    weights: dict[str, float] = field(default_factory=dict)

    def weight(self, notebook: str) -> float:
        return self.weights.get(notebook, 1.0)


def practice_notebooks() -> set[str]:
    """Notebooks whose question module sets ``GRADED = False``: judged, but counted only when grading.toml lists them.

    Notebook 12 is one: its answers follow each learner's own export, and the grader judges answers in its own
    process, where only the default sample export can be loaded.

    >>> "12" in practice_notebooks(), "03" in practice_notebooks()
    (True, False)
    """
    from smm_course.exercises import notebook_modules

    return {number for number, module in notebook_modules().items() if not getattr(module, "GRADED", True)}


def load_config(path: Path | None) -> GradingConfig:
    """Read ``grading.toml`` (None: the defaults). Raises ``ValueError`` naming the file and what is wrong."""
    if path is None:
        return GradingConfig()
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{path}: no such file (give the grading.toml to use, or leave --config out).") from None
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{path} is not valid TOML: {error}") from None
    unknown = set(data) - {"points", "notebooks", "weights"}
    if unknown:
        raise ValueError(f"{path}: unknown key(s) {', '.join(sorted(unknown))}; use points, notebooks, weights.")
    from smm_course.exercises import catalog
    from smm_course.grading.written import written_files

    table = catalog()
    known = set(table["id"]) | {w.id for n in set(table["notebook"]) for w in written_files(n)}
    points = _numbers(path, "points", data.get("points", {}))
    for question_id in points:
        if question_id not in known:
            raise ValueError(f"{path}: [points] names {question_id!r}, which is not a question of the course.")
    weights = _numbers(path, "weights", data.get("weights", {}))
    notebooks = data.get("notebooks")
    if notebooks is not None and (not isinstance(notebooks, list) or not all(isinstance(n, str) for n in notebooks)):
        raise ValueError(f'{path}: notebooks must be a list of two-digit strings, such as ["03", "04"].')
    return GradingConfig(points, tuple(notebooks) if notebooks is not None else None, weights)


def _numbers(path: Path, table: str, values) -> dict[str, float]:
    if not isinstance(values, dict):
        raise ValueError(f"{path}: [{table}] must be a table of names and numbers.")
    for key, value in values.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise ValueError(f"{path}: [{table}] {key} = {value!r} must be a number of 0 or more.")
    return {str(key): float(value) for key, value in values.items()}
