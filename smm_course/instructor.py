"""For instructors: the students' copies of the notebooks (plain or graded), solved copies, and a gradebook from
students' progress files.

``smm-course release --out DIR`` writes the notebooks as shipped; ``smm-course release --graded --out DIR`` writes
the copies for a graded assignment (hints and solutions off, widget answers written in code: see
:func:`graded_notebook`).

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
from pathlib import Path
from typing import Any, Callable, TextIO

import pandas as pd

from smm_course.exercises import get
from smm_course.i18n import DEFAULT_LANGUAGE, available_languages, translate, use_language
from smm_course.progress import EXPORT_FORMAT, STORE_FORMAT, migrate
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

    The solutions are written in the notebook's own language (:func:`notebook_language`): an Italian notebook's
    solved copy names options, items and categories by their Italian labels, as its ``solution()`` shows them.

    >>> import nbformat
    >>> cell = nbformat.v4.new_code_cell("youtube_share = ...\\nex.q1.check(youtube_share)")
    >>> cell.metadata["smm_course"] = {"exercise": "00.q1"}
    >>> print(solve_notebook(nbformat.v4.new_notebook(cells=[cell])).cells[0].source)
    youtube_share = overall.loc[overall["platform"] == "YouTube", "share_of_adults"].item()
    ex.q1.check(youtube_share)
    """
    lang = notebook_language(notebook)
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        for exercise_id in exercise_ids(cell):
            item = get(exercise_id)
            with use_language(lang):
                solution = getattr(item, "solution_code", "")
            has_answer = hasattr(item, "solution_answer") and ".widget(" in cell.source
            answer = answer_in(item, item.solution_answer(), lang) if has_answer else None
            cell.source = solve_source(cell.source, solution if getattr(item, "variable", None) else "", answer,
                                       has_answer)
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


# -- release: the copies students get ---------------------------------------------------------------------------
_START_CALL = re.compile(r"(?P<call>\bstart\(\s*(?P<args>[^()]*?))\s*\)")
_HELP_LINE = re.compile(r"^[ \t]*#[ \t]*ex\.[A-Za-z_][A-Za-z0-9_]*\.(hint|solution)\(\s*\)[ \t]*$")


def _literal(value: Any) -> str:
    # Double quotes throughout (as the course's code is written); json's escapes are valid in Python strings.
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)


def _words(items: list[str], last: str = "or", lang: str = "en") -> str:
    quoted = [_literal(item) for item in items]
    joint = translate(f"release.{last}", lang)
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} {joint} {quoted[-1]}"


def _comment(text: str, indent: str, width: int = 110) -> list[str]:
    import textwrap

    return [f"{indent}# {line}" for line in textwrap.wrap(text, width=width - len(indent) - 2,
                                                        break_on_hyphens=False, break_long_words=False)]


def _blank(indent: str, key: str, note: str = "", width: int = 110) -> str:
    """One ``key: ...,`` line of a dict template, with what the blank takes as a comment (above it when long)."""
    line = f"{indent}{_literal(key)}: ...,"
    if not note:
        return line
    if len(line) + 4 + len(note) <= width:
        return f"{line}  # {note}"
    return "\n".join([*_comment(note, indent, width), line])


def notebook_language(notebook: Any) -> str:
    """The language a course notebook is written in: its metadata's ``smm_course.language`` (English if none).

    >>> notebook_language({"metadata": {"smm_course": {"language": "it"}}}), notebook_language({"metadata": {}})
    ('it', 'en')
    """
    lang = notebook.get("metadata", {}).get("smm_course", {}).get("language") or DEFAULT_LANGUAGE
    if lang not in available_languages():
        raise ValueError(f"The notebook's metadata says smm_course.language={lang!r}, which the course does not "
                         f"speak; use one of: {', '.join(available_languages())}.")
    return lang


def _named(key: str, english: str, local: str) -> str:
    # How code names an option, item or category (as the localized solution code does): its text in the language
    # when its key is its English text (options given as a list, items, categories), else the key ("a", "greedy").
    return local if english == key else key


def _names_of(texts: Callable[[], dict[str, str]], lang: str) -> dict[str, str]:
    """Key -> how code in ``lang`` names it, for a question's ``texts()`` (its options or its categories, which
    it shows in the language in use)."""
    with use_language("en"):
        english = texts()
    with use_language(lang):
        local = texts()
    return {key: _named(key, english[key], local[key]) for key in english}


def _option_names(question: Any, lang: str) -> dict[str, str]:
    """Option key -> how code in ``lang`` names it, for a choice question."""
    return _names_of(lambda: question.options, lang)


def _category_names(item: Any, lang: str) -> dict[str, str]:
    """Category key -> how code in ``lang`` names it, for a classify question."""
    return _names_of(lambda: item.categories, lang)


def _item_names(item: Any, lang: str) -> dict[str, str]:
    """Item key -> how code in ``lang`` names it (its label there), for a classify question."""
    return {key: _named(key, item.item_label(key, "en"), item.item_label(key, lang)) for key in item.items}


def answer_in(item: Any, answer: Any, lang: str = "en") -> Any:
    """A widget answer (keys, as ``solution_answer()`` gives it) written as code in ``lang`` names it: options,
    items, categories and dropdown values by their labels in that language where those are what code uses (the
    check accepts a label in any language). In English it is ``answer`` itself.

    >>> from smm_course.exercises import get
    >>> answer_in(get("00.q2"), "Instagram", "it")
    'Instagram'
    """
    kind = getattr(item, "kind", "")
    if kind == "choice":
        names = _option_names(item, lang)
        return [names[key] for key in answer] if isinstance(answer, list) else names[answer]
    if kind == "classify":
        items, categories = _item_names(item, lang), _category_names(item, lang)
        return {items[key]: categories[category] for key, category in answer.items()}
    if kind == "explorer":
        dropdowns = {control.name: control for control in item.controls if hasattr(control, "options")}
        return {name: dropdowns[name].code_name(value, lang) if name in dropdowns else value
                for name, value in answer.items()}
    if kind == "quiz":
        return {question.id: answer_in(question, answer[question.id], lang) for question in item.questions}
    return answer


def _control_words(control: Any, lang: str = "en") -> str:
    with use_language(lang):
        label = control.description
    if hasattr(control, "options"):
        return translate("release.control_options", lang, label=label,
                         options=_words([control.code_name(option, lang) for option in control.options], lang=lang))
    span = {"label": label, "min": f"{control.min:g}", "max": f"{control.max:g}", "step": f"{control.step:g}"}
    if control.integer:
        return translate("release.control_whole" if control.step == 1 else "release.control_whole_steps", lang,
                         **span)
    return translate("release.control_number_steps", lang, **span)


def graded_starter(item: Any, indent: str = "", lang: str = "en") -> tuple[list[str], str]:
    """What a graded copy writes for a widget question's starter: comment lines, and the ``answer=`` argument.

    Clicks in a widget are not part of a notebook's code, so a re-run cannot see them; the graded copy asks for the
    answer in code instead. Dict-shaped answers get a template with one ``...`` per blank (a blank leaves its control
    unset), with the choices each blank takes in a comment.

    The comments are in ``lang``, the language of the notebook being released, and name items, options and
    categories as code in that language does (by their labels there, which the check accepts).

    >>> from smm_course.exercises import get
    >>> comments, argument = graded_starter(get("00.q2"))
    >>> argument
    '...'
    >>> print("\\n".join(comments))  # doctest: +NORMALIZE_WHITESPACE
    # Graded assignment: write your choice in answer=... and run the cell; clicking alone is not saved for
    # grading. Replace ... with one of these options, in quotes: "Facebook", "Instagram", "TikTok" or "YouTube".
    """
    inner = indent + "    "
    kind = getattr(item, "kind", "")
    if kind == "choice":
        options = list(_option_names(item, lang).values())
        if item.multiple:
            rule = translate("release.choice_multiple", lang, example=_literal("…"),
                             options=_words(options, "and", lang))
        else:
            rule = translate("release.choice_single", lang, options=_words(options, lang=lang))
        return _comment(f"{translate('release.choice_intro', lang)} {rule}", indent), "..."
    head = translate("release.answers_intro", lang)
    if kind == "classify":
        categories = list(_category_names(item, lang).values())
        head += " " + translate("release.classify", lang, categories=_words(categories, lang=lang))
        blanks = [_blank(inner, name) for name in _item_names(item, lang).values()]
    elif kind == "explorer":
        head = translate("release.explorer", lang)
        blanks = [_blank(inner, control.name, _control_words(control, lang)) for control in item.controls]
    elif kind == "quiz":
        head += " " + translate("release.quiz", lang)
        blanks = [_blank(inner, question.id, _words(list(_option_names(question, lang).values()), lang=lang))
                  for question in item.questions]
    else:
        raise ValueError(f"{getattr(item, 'id', item)!r} has no widget starter to rewrite (kind {kind!r}).")
    return _comment(head, indent), "{\n" + "\n".join(blanks) + f"\n{indent}}}"


def graded_source(source: str, notebook: str, lang: str = "en") -> str:
    """A starter cell's code as a graded copy has it: widget calls answered in code, help lines left out.

    ``lang`` is the language of the notebook the cell comes from: the comments the graded copy adds speak it.

    >>> print(graded_source("#ex.q1.hint()\\nex.q2.widget()", "00").splitlines()[-1])
    ex.q2.widget(answer=...)
    """
    from smm_course.exercises import UnknownQuestionError

    lines = []
    for line in source.splitlines():
        if _HELP_LINE.match(line):
            continue  # they would only say "off"; the note at the top says it once
        match = _WIDGET_CALL.search(line)
        item = None
        if match:
            try:
                item = get(f"{notebook}.{match.group('target').rsplit('.', 1)[-1]}")
            except UnknownQuestionError:
                item = None
        if item is None or getattr(item, "variable", None) or not getattr(item, "has_widget", False):
            lines.append(line)
            continue
        indent = re.match(r"[ \t]*", line).group(0)
        comments, argument = graded_starter(item, indent, lang)
        lines.extend(comments)
        lines.append(line[:match.start()] + f"{match.group('target')}.widget(answer={argument})" + line[match.end():])
    return "\n".join(lines)


def _graded_start(source: str, path: Path) -> str:
    match = _START_CALL.search(source)
    if match is None:
        raise ValueError(f"{path.name} has no smm_course.start(...) call in a code cell, so a graded copy could not "
                         "turn hints and solutions off. Put `smm_course.start(\"NN\", written_for=...)` back in its "
                         "first code cell.")
    if re.search(r"\bgraded\s*=", match.group("args")):
        return source
    args = match.group("args").rstrip().rstrip(",")
    return source[:match.start()] + f"start({args}, graded=True)" + source[match.end():]


def graded_notebook(notebook: Any, path: Path = Path("notebook.ipynb")) -> Any:
    """Make, in place, the graded copy of a course notebook; return it.

    The copy's metadata says ``smm_course.graded = true``; its ``smm_course.start(...)`` call gets ``graded=True``
    (so ``hint()`` and ``solution()`` say they are off in that kernel); each widget starter takes its answer in code
    (see :func:`graded_starter`); the commented help lines are left out; exercise cells lose their stored outputs
    (their code changed); and a note under the title tells the student all this. The note and the comments are in
    the notebook's own language (:func:`notebook_language`), whatever language this process speaks.

    >>> import nbformat
    >>> first = nbformat.v4.new_code_cell('import smm_course\\nsmm_course.start("00", written_for="0.1.0")')
    >>> graded = graded_notebook(nbformat.v4.new_notebook(cells=[first]))
    >>> graded.cells[1].source.splitlines()[1], graded.metadata["smm_course"]["graded"]
    ('smm_course.start("00", written_for="0.1.0", graded=True)', True)
    """
    import nbformat

    lang = notebook_language(notebook)
    meta = notebook.metadata.setdefault("smm_course", {})
    number = str(meta.get("notebook") or Path(path).name[:2])
    starts = [cell for cell in notebook.cells if cell.cell_type == "code" and _START_CALL.search(cell.source)]
    if not starts:
        _graded_start("", Path(path))  # raises, naming the notebook
    starts[0].source = _graded_start(starts[0].source, Path(path))
    for cell in notebook.cells:
        if cell.cell_type == "code" and exercise_ids(cell):
            cell.source = graded_source(cell.source, number, lang)
            cell.outputs, cell.execution_count = [], None
    meta["graded"] = True
    note = nbformat.v4.new_markdown_cell(translate("release.graded_note", lang))
    note.id = "smm-course-graded-note"
    title_first = bool(notebook.cells) and notebook.cells[0].cell_type == "markdown"
    notebook.cells.insert(1 if title_first else 0, note)
    return notebook


def write_release(out_dir: Path, notebooks_dir: Path | None = None, graded: bool = False, *,
                  file: TextIO | None = sys.stdout) -> list[Path]:
    """Write the students' copy of every course notebook into ``out_dir``; return the paths written.

    Without ``graded`` the copies are the notebooks as shipped. With ``graded=True`` each is made by
    :func:`graded_notebook`: hints and solutions off, widget answers written in code so a re-run can grade them.

    >>> import tempfile
    >>> paths = write_release(Path(tempfile.mkdtemp()), graded=True, file=None)
    >>> paths[0].name
    '00_start_here.ipynb'
    """
    import shutil

    import nbformat

    source_dir = Path(notebooks_dir) if notebooks_dir is not None else find_notebooks_dir()
    paths = sorted(source_dir.glob("[0-9][0-9]_*.ipynb"))
    if not paths:
        raise FileNotFoundError(f"notebooks_dir={str(source_dir)!r} has no course notebooks "
                                "(files like 00_start_here.ipynb).")
    out_dir = Path(out_dir)
    if out_dir.resolve() == source_dir.resolve():
        raise ValueError(f"out_dir={str(out_dir)!r} is the notebooks folder; the students' copies must go elsewhere.")
    # Every notebook is prepared before any is written: one that cannot be made graded leaves no half release.
    prepared = [(path, graded_notebook(nbformat.read(path, as_version=4), path) if graded else None)
                for path in paths]
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for path, notebook in prepared:
        target = out_dir / path.name
        if notebook is None:
            shutil.copyfile(path, target)
        else:
            nbformat.write(notebook, target)
        written.append(target)
        if file is not None:
            print(f"{path.name}{': graded copy' if graded else ''}", file=file, flush=True)
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
    version = data.get("format_version", 1)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ValueError(f"{path} has format_version {version!r}, which `smm-course export` never writes.")
    if version < STORE_FORMAT:  # an export of an older course: its ids move as the store's do (e.g. 10.* -> 11.*)
        data = {**data, "format_version": STORE_FORMAT, "questions": migrate(data["questions"], version)}
    return data


_SCORES: dict[str, Callable[[dict], float]] = {
    "status": lambda entry: entry.get("status", "not_attempted"),
    "score": lambda entry: 1.0 if entry.get("status") == "correct" else 0.0,
}
#: What the gradebook's ``source`` column says: these rows come from the students' own machines.
SELF_REPORTED = "self-reported"


class StudentClash(ValueError):
    """Two different students handed in progress files under one name."""


def _same_store(one: dict, other: dict) -> bool:
    """True when two exports come from one progress store (the later one then holds all of the earlier one)."""
    if one.get("store_id") and other.get("store_id"):
        return one["store_id"] == other["store_id"]
    # Exports written before stores had ids: a store keeps each question's first_seen for good, so two exports
    # of one store agree on it for every question both hold, and two stores (a second after another) do not.
    shared = set(one["questions"]) & set(other["questions"])
    return bool(shared) and all(one["questions"][q].get("first_seen") == other["questions"][q].get("first_seen")
                                for q in shared)


def _attempts(data: dict) -> tuple[int, int]:
    entries = [entry for entry in data["questions"].values() if isinstance(entry, dict)]
    return sum(int(entry.get("attempts", 0) or 0) for entry in entries), len(entries)


def merge_entries(entries: list[dict]) -> dict:
    """One question's progress from several sessions: the best status, every attempt, the widest time span.

    ``attempts`` are summed, ``hints_used`` is the highest, ``solution_seen`` is true if any session showed it,
    ``first_seen``/``last_seen`` are the earliest and latest, and ``last_status`` comes from the session seen last.

    >>> merge_entries([{"status": "correct", "attempts": 2, "first_seen": "2025-01-02T10:00:00+00:00"},
    ...                {"status": "incorrect", "attempts": 1, "first_seen": "2025-01-01T09:00:00+00:00"}])["attempts"]
    3
    """
    from smm_course.status import STATUS_RANK

    merged: dict[str, Any] = {}
    by_time = sorted(entries, key=lambda entry: str(entry.get("last_seen") or entry.get("first_seen") or ""))
    for entry in by_time:
        merged.update(entry)  # unknown keys: the latest session's
    statuses = [entry.get("status", "not_attempted") for entry in entries]
    merged["status"] = max(statuses, key=lambda status: STATUS_RANK.get(status, 0))
    merged["attempts"] = sum(int(entry.get("attempts", 0) or 0) for entry in entries)
    merged["hints_used"] = max(int(entry.get("hints_used", 0) or 0) for entry in entries)
    merged["solution_seen"] = any(bool(entry.get("solution_seen")) for entry in entries)
    for key, pick in (("first_seen", min), ("last_seen", max)):
        times = [str(entry[key]) for entry in entries if entry.get(key)]
        if times:
            merged[key] = pick(times)
    return merged


def merge_exports(files: list[Path]) -> dict[str, dict]:
    """Read students' exports and merge each student's sessions; student name -> merged export.

    Exports of one progress store are cumulative, so only the latest of them counts. Exports of different stores
    under one name (e.g. one Binder session, then another) are sessions of one student and are merged question by
    question (:func:`merge_entries`), so nothing one session did is lost. Exports under one name that carry two
    different student ids (``smm-course export --id``) are two students: :class:`StudentClash`, naming both files.
    Exports without a student id are taken to be the same student.

    Each merged export has ``files`` (the paths read), ``sessions`` (the number of stores), and the name's
    ``student_id`` if any file gave one.
    """
    by_student: dict[str, list[tuple[Path, dict]]] = {}
    for path in files:
        data = _read_export(Path(path))
        student = str(data.get("student") or Path(path).stem)
        by_student.setdefault(student, []).append((Path(path), data))
    merged = {}
    for student, handed in by_student.items():
        ids: dict[str, Path] = {}
        for path, data in handed:
            given = str(data.get("student_id") or "").strip()
            if not given:
                continue
            if ids and given not in ids:
                first_id, first_path = next(iter(ids.items()))
                raise StudentClash(
                    f"Two different students handed in progress under the name {student!r}: {first_path} has student "
                    f"id {first_id!r} and {path} has {given!r}. Ask one of them to export again with a name that "
                    f"tells them apart, e.g. `smm-course export --name \"{student} (2)\" --id {given}`.")
            ids.setdefault(given, path)
        # Each store's latest export holds all of its earlier ones. Export times have whole seconds; within one
        # second, the export with more attempts is the later one (a store's attempts only grow).
        stores: list[tuple[Path, dict]] = []
        for path, data in sorted(handed, key=lambda item: (str(item[1].get("exported_at", "")), _attempts(item[1]))):
            stores = [(p, d) for p, d in stores if not _same_store(d, data)] + [(path, data)]
        questions: dict[str, list[dict]] = {}
        for _path, data in stores:
            for qid, entry in data["questions"].items():
                if isinstance(entry, dict):
                    questions.setdefault(qid, []).append(entry)
        latest = stores[-1][1]
        merged[student] = {
            "student": student, "student_id": next(iter(ids), ""),
            "questions": {qid: merge_entries(entries) for qid, entries in questions.items()},
            "course_version": latest.get("course_version", ""), "exported_at": latest.get("exported_at", ""),
            "files": [path for path, _data in handed], "sessions": len(stores),
        }
    return merged


def gradebook(files: list[Path], out: Path | None = None, values: str = "status") -> pd.DataFrame:
    """Merge students' exported progress files into one student-by-question table, for completion credit.

    One row per student (the name in the file), one column per question of the catalogue (plus any other
    question found in the files), then ``done`` (questions correct or submitted), ``total``, ``attempts`` (all
    sessions together), ``sessions`` (progress stores merged), ``files``, ``first_seen`` and ``last_seen`` (UTC),
    ``course_version`` and ``source``, which is always ``"self-reported"``: the students' machines wrote these
    files, so they are good for completion credit, not for grades (``smm-course grade`` re-runs the notebooks).

    A student who handed in several files (several sessions, e.g. on Binder) gets one row that merges them: the
    best status per question, every attempt counted (see :func:`merge_exports`). Two different students under
    one name raise :class:`StudentClash`, naming both files.

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
    >>> list(gradebook([handed_in]).columns[-9:])
    ['done', 'total', 'attempts', 'sessions', 'files', 'first_seen', 'last_seen', 'course_version', 'source']
    """
    if values not in _SCORES:
        raise ValueError(f"values={values!r} must be one of: {', '.join(_SCORES)}.")
    if not files:
        raise ValueError("files is empty: give at least one file written by `smm-course export`.")
    from smm_course.exercises import catalog

    merged = merge_exports(files)
    questions = list(catalog()["id"])
    extra = sorted({qid for data in merged.values() for qid in data["questions"]} - set(questions))
    rows = []
    for student in sorted(merged):
        data = merged[student]
        entries = data["questions"]
        row: dict[str, Any] = {"student": student, "student_id": data["student_id"]}
        for qid in questions + extra:
            row[qid] = _SCORES[values](entries.get(qid, {}))
        row["done"] = sum(entries.get(qid, {}).get("status") in DONE_STATUSES for qid in questions)
        row["total"] = len(questions)
        row["attempts"] = sum(int(entry.get("attempts", 0) or 0) for entry in entries.values())
        row["sessions"] = data["sessions"]
        row["files"] = "; ".join(path.name for path in data["files"])
        seen = [str(entry[key]) for entry in entries.values() for key in ("first_seen", "last_seen") if entry.get(key)]
        row["first_seen"], row["last_seen"] = (min(seen), max(seen)) if seen else ("", "")
        row["course_version"] = data["course_version"]
        row["source"] = SELF_REPORTED
        rows.append(row)
    columns = ["student", "student_id", *questions, *extra, "done", "total", "attempts", "sessions", "files",
               "first_seen", "last_seen", "course_version", "source"]
    table = pd.DataFrame(rows, columns=columns).set_index("student")
    if out is not None:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        table.to_csv(out)
    return table
