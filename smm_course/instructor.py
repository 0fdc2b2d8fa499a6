"""For instructors: solved copies of the notebooks, and a gradebook from students' progress files.

``smm-course solutions --out DIR`` writes each notebook with every placeholder replaced by its solution and
runs it, so the copy shows the answers and their checks. ``smm-course gradebook FILES -o grades.csv`` merges
the files students wrote with ``smm-course export`` into one student-by-question table.

The rules for solving a starter cell (a cell whose metadata has ``smm_course.exercise``):

- a line ``name = ...`` (optionally with a trailing comment) is replaced by the question's solution code,
  indented like the line;
- a call ``ex.qK.widget()`` becomes ``ex.qK.widget(answer=<the right answer>)``, which presets the widget
  and checks it.

>>> solve_source("share = ...  # your answer\\nex.q1.check(share)", "share = 0.83")
'share = 0.83\\nex.q1.check(share)'
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any, Callable, TextIO

import pandas as pd

from smm_course.exercises import get
from smm_course.progress import EXPORT_FORMAT
from smm_course.status import DONE_STATUSES

_PLACEHOLDER = re.compile(r"^(?P<indent>[ \t]*)(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*\.\.\.\s*(?:#.*)?$")
_WIDGET_CALL = re.compile(r"(?P<target>\b[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\.widget\(\s*\)")


def placeholder_names(source: str) -> list[str]:
    """The variable names of the placeholder lines (``name = ...``) in a cell's source.

    >>> placeholder_names("a = ...\\nb = 2\\n  c = ...  # note")
    ['a', 'c']
    """
    return [m.group("name") for m in map(_PLACEHOLDER.match, source.splitlines()) if m]


def solve_source(source: str, solution: str, widget_answer: Any = None, has_widget_answer: bool = False) -> str:
    """A starter cell's source with its placeholders replaced by ``solution`` and widget calls answered.

    Parameters
    ----------
    source : str
        The starter cell's code.
    solution : str
        The question's solution code (replaces each ``name = ...`` line, keeping its indentation).
    widget_answer : object
        The answer to pass as ``widget(answer=...)``; used when ``has_widget_answer`` is True.

    >>> solve_source("ex.q2.widget()", "", "Instagram", has_widget_answer=True)
    "ex.q2.widget(answer='Instagram')"
    """
    lines = []
    for line in source.splitlines():
        match = _PLACEHOLDER.match(line)
        if match and solution:
            indent = match.group("indent")
            lines.extend(indent + code if code else code for code in solution.splitlines())
        else:
            lines.append(line)
    solved = "\n".join(lines)
    if has_widget_answer:
        solved = _WIDGET_CALL.sub(lambda m: f"{m.group('target')}.widget(answer={widget_answer!r})", solved)
    return solved


def exercise_ids(cell: Any) -> list[str]:
    """The exercise ids a cell's metadata names (``smm_course.exercise``: one id or a list).

    >>> exercise_ids({"metadata": {"smm_course": {"exercise": "00.q1"}}})
    ['00.q1']
    """
    tagged = cell.get("metadata", {}).get("smm_course", {}).get("exercise")
    if not tagged:
        return []
    return list(tagged) if isinstance(tagged, (list, tuple)) else [tagged]


def solve_notebook(notebook: Any) -> Any:
    """Replace, in place, every starter cell's placeholders by their solutions; return the notebook.

    >>> import nbformat
    >>> cell = nbformat.v4.new_code_cell("youtube_share = ...\\nex.q1.check(youtube_share)")
    >>> cell.metadata["smm_course"] = {"exercise": "00.q1"}
    >>> print(solve_notebook(nbformat.v4.new_notebook(cells=[cell])).cells[0].source)
    youtube_share = overall.loc[overall["platform"] == "YouTube", "share_of_adults"].item()
    ex.q1.check(youtube_share)
    """
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        for exercise_id in exercise_ids(cell):
            item = get(exercise_id)
            solution = getattr(item, "solution_code", "")
            has_answer = hasattr(item, "solution_answer") and ".widget(" in cell.source
            cell.source = solve_source(cell.source, solution if getattr(item, "variable", None) else "",
                                       item.solution_answer() if has_answer else None, has_answer)
    return notebook


def find_notebooks_dir() -> Path:
    """The course notebooks: the repository's ``notebooks/`` when run from a clone, else the installed copy.

    >>> (find_notebooks_dir() / "00_start_here.ipynb").exists()
    True
    """
    package = Path(__file__).resolve().parent
    for candidate in (package.parent / "notebooks", package / "_notebooks"):
        if any(candidate.glob("[0-9][0-9]_*.ipynb")):
            return candidate
    raise FileNotFoundError("Could not find the course notebooks (looked for notebooks/ next to the package and "
                            "smm_course/_notebooks). Pass notebooks_dir= (or run from a clone of the course).")


def _execute(notebook: Any, folder: Path, home: Path, timeout: int) -> None:
    from nbclient import NotebookClient

    env = {**os.environ, "SMM_COURSE_HOME": str(home)}
    env.pop("SMM_COURSE_LANG", None)
    client = NotebookClient(notebook, timeout=timeout, kernel_name="python3", record_timing=False,
                            store_widget_state=True, resources={"metadata": {"path": str(folder)}})
    client.execute(env=env)


def _count_results(home: Path, notebook_number: str) -> dict[str, int]:
    store = home / "progress.json"
    recorded = json.loads(store.read_text(encoding="utf-8"))["questions"] if store.exists() else {}
    from smm_course.exercises import notebook_modules, questions_of

    module = notebook_modules().get(notebook_number)
    questions = questions_of(module) if module else []
    statuses = [recorded.get(q.id, {}).get("status", "not_attempted") for q in questions]
    return {"correct": statuses.count("correct"), "submitted": statuses.count("submitted"),
            "total": len(questions)}


def write_solutions(out_dir: Path, notebooks_dir: Path | None = None, execute: bool = True, *,
                    home: Path | None = None, timeout: int = 600, file: TextIO | None = sys.stdout) -> list[Path]:
    """Write a solved copy of every course notebook into ``out_dir``; return the paths written.

    Each copy has its placeholders replaced by the solutions (see :func:`solve_notebook`). With
    ``execute=True`` it is run with nbclient (outputs and widget state stored) against a progress store in
    ``home`` (default: a temporary folder, so the instructor's own progress is untouched), and one line per
    notebook reports how many questions ended correct.

    Parameters
    ----------
    out_dir : Path
        Folder for the solved notebooks (created if missing; must not be the notebooks folder itself).
    notebooks_dir : Path, optional
        Where the student notebooks are (default: :func:`find_notebooks_dir`).
    execute : bool
        Run the solved copies (default True).
    home : Path, optional
        The progress store folder used while running (kept afterwards when given).
    timeout : int
        Seconds allowed for one cell.
    file : text stream or None
        Where the report goes (None: no report).

    >>> import tempfile
    >>> [path.name for path in write_solutions(Path(tempfile.mkdtemp()), execute=False, file=None)][0]
    '00_start_here.ipynb'
    """
    import nbformat

    source_dir = Path(notebooks_dir) if notebooks_dir is not None else find_notebooks_dir()
    paths = sorted(source_dir.glob("[0-9][0-9]_*.ipynb"))
    if not paths:
        raise FileNotFoundError(f"notebooks_dir={str(source_dir)!r} has no course notebooks (files like 00_start_here.ipynb).")
    out_dir = Path(out_dir)
    if out_dir.resolve() == source_dir.resolve():
        raise ValueError(f"out_dir={str(out_dir)!r} is the notebooks folder; solved copies must go elsewhere.")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="smm-course-solutions-") as scratch:
        for path in paths:
            notebook = solve_notebook(nbformat.read(path, as_version=4))
            target = out_dir / path.name
            line = path.name
            if execute:
                store = Path(home) if home is not None else Path(scratch) / path.stem
                _execute(notebook, path.parent, store, timeout)
                counts = _count_results(store, path.name[:2])
                checked = counts["total"] - counts["submitted"]
                line += f": {counts['correct']} of {checked} checked questions correct"
                if counts["submitted"]:
                    line += f", {counts['submitted']} reflection(s) answered"
            nbformat.write(notebook, target)
            written.append(target)
            if file is not None:
                print(line, file=file, flush=True)
    return written


def _read_export(path: Path) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(f"No such progress file: {path}") from None
    except ValueError as error:
        raise ValueError(f"{path} is not valid JSON ({error}); ask the student to run `smm-course export` again.") from None
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT or not isinstance(data.get("questions"), dict):
        raise ValueError(f"{path} is not a progress file written by `smm-course export`.")
    return data


_SCORES: dict[str, Callable[[dict], float]] = {
    "status": lambda entry: entry.get("status", "not_attempted"),
    "score": lambda entry: 1.0 if entry.get("status") == "correct" else 0.0,
}


def gradebook(files: list[Path], out: Path | None = None, values: str = "status") -> pd.DataFrame:
    """Merge students' exported progress files into one student-by-question table.

    One row per student (the name in the file), one column per question of the catalogue (plus any other
    question found in the files), then ``done`` (questions correct or submitted), ``total`` and
    ``course_version``. If one student handed in several files, the latest export is kept (with a warning).

    Parameters
    ----------
    files : list of Path
        Files written by ``smm-course export``.
    out : Path, optional
        Write the table there as CSV.
    values : {"status", "score"}
        Cells hold the status (``correct``, ``incorrect``...) or a score (1 for correct, else 0).

    >>> import tempfile
    >>> from smm_course import progress
    >>> handed_in = progress.export(Path(tempfile.mkdtemp()) / "student.json")
    >>> list(gradebook([handed_in]).columns[-3:])
    ['done', 'total', 'course_version']
    """
    if values not in _SCORES:
        raise ValueError(f"values={values!r} must be one of: {', '.join(_SCORES)}.")
    if not files:
        raise ValueError("files is empty: give at least one file written by `smm-course export`.")
    from smm_course.exercises import catalog

    latest: dict[str, dict] = {}
    for path in files:
        data = _read_export(Path(path))
        student = str(data.get("student") or Path(path).stem)
        if student in latest:
            warnings.warn(f"{student} handed in more than one progress file; keeping the latest export.", stacklevel=2)
            if str(data.get("exported_at", "")) < str(latest[student].get("exported_at", "")):
                continue
        latest[student] = data
    questions = list(catalog()["id"])
    extra = sorted({qid for data in latest.values() for qid in data["questions"]} - set(questions))
    rows = []
    for student in sorted(latest):
        data = latest[student]
        row: dict[str, Any] = {"student": student}
        for qid in questions + extra:
            row[qid] = _SCORES[values](data["questions"].get(qid, {}))
        row["done"] = sum(data["questions"].get(qid, {}).get("status") in DONE_STATUSES for qid in questions)
        row["total"] = len(questions)
        row["course_version"] = data.get("course_version", "")
        rows.append(row)
    table = pd.DataFrame(rows, columns=["student", *questions, *extra, "done", "total", "course_version"])
    table = table.set_index("student")
    if out is not None:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        table.to_csv(out)
    return table
