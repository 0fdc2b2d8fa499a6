"""Your progress through the course, kept on your own computer.

Every check of an answer is recorded in one JSON file, ``progress.json``, in the folder named by the
``SMM_COURSE_HOME`` environment variable (default: ``~/.smm_course``). For each question it keeps:

- ``status``: the best status so far (``correct`` > ``submitted`` > ``incorrect`` > ``error`` >
  ``not_attempted``). A later wrong answer never takes away a correct one, but it counts as an attempt and
  is kept as ``last_status``.
- ``attempts``: how many checks gave a real answer. Running a starter with ``...`` still in it is not an attempt.
- ``first_seen`` and ``last_seen``: UTC times of the first and latest check, hint or solution.
- ``hints_used``: the highest hint number shown; ``solution_seen``: whether the solution was shown.

Writes are atomic (a temporary file in the same folder, flushed to disk, then renamed over the store) and
safe when two notebooks check at the same moment: a lock file around every read-modify-write. A store that
cannot be read is kept as ``progress.json.corrupt-<time>`` and a fresh one is started, with a warning that
says where the backup is. Progress is never silently lost.

The store has a format number (:data:`STORE_FORMAT`). When a release renumbers notebooks, the format goes up and
:data:`MIGRATIONS` says how each question id moves: format 1 (smm-course 0.1.x) kept the capstone's answers under
``10.*``; format 2 (0.2.0) keeps them under ``11.*``, because notebook 10 is now social listening. An older store
is migrated the first time it is read: the old file is first copied to ``progress.json.format1`` next to it, then
the migrated store replaces it. Every entry is kept, attempts and all. Exports (``format_version``) carry the
format too, and the gradebook migrates old exports the same way (:func:`migrate`).

Questions whose id does not start with a notebook number (examples such as ``demo.q1``) are not recorded.

>>> table = summary()
>>> list(table.columns[:5])
['question', 'notebook', 'title', 'kind', 'status']
"""

from __future__ import annotations

import getpass
import html
import json
import os
import re
import shutil
import sys
import tempfile
import time
import uuid
import warnings
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, TextIO

import ipywidgets as w
import pandas as pd

from smm_course import __version__, events
from smm_course.exercises import catalog, notebook_modules
from smm_course.i18n import localize, translate
from smm_course.status import COURSE_ID, DONE_STATUSES, RENUMBERED, STATUS_RANK, STATUSES

HOME_ENV_VAR = "SMM_COURSE_HOME"
STUDENT_ENV_VAR = "SMM_COURSE_STUDENT"
STUDENT_ID_ENV_VAR = "SMM_COURSE_STUDENT_ID"
STORE_NAME = "progress.json"
STORE_FORMAT = 2
EXPORT_FORMAT = "smm-course-progress-export"
#: How a store (or export) of each older format becomes the next format: format -> {old notebook number: new one}.
#: The one place that says how question ids move; it follows :data:`smm_course.status.RENUMBERED`. Format 1 is what
#: smm-course 0.1.x wrote; 0.2.0 moved the capstone from notebook 10 to 11, so its ``10.*`` answers become ``11.*``.
MIGRATIONS: dict[int, dict[str, str]] = {1: RENUMBERED["0.2.0"]}
#: Seconds to wait for another kernel to finish writing before giving up.
LOCK_TIMEOUT = 10.0
#: Statuses from worst to best; the store keeps the best one.
#: Statuses that finish a question: ``correct``, and ``submitted`` for reflections.
SUMMARY_COLUMNS = ["question", "notebook", "title", "kind", "status", "attempts", "hints_used",
                   "solution_seen", "first_seen", "last_seen"]


class ProgressWarning(UserWarning):
    """Something about the progress store needs the student's attention (e.g. it was corrupted)."""


def home() -> Path:
    """The folder that holds the progress store: ``$SMM_COURSE_HOME``, else ``~/.smm_course``.

    >>> home().name != ""
    True
    """
    configured = os.environ.get(HOME_ENV_VAR, "").strip()
    return Path(configured).expanduser() if configured else Path.home() / ".smm_course"


def store_path() -> Path:
    """The progress store's file, ``home() / "progress.json"``.

    >>> store_path().name
    'progress.json'
    """
    return home() / STORE_NAME


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# -- locking and atomic writes ------------------------------------------------------------------
@contextmanager
def _locked(path: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold an exclusive lock on ``path.lock`` (fcntl on POSIX, msvcrt on Windows), waiting up to ``timeout`` s."""
    lock_path = path.with_name(path.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+b") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if os.name == "nt":
                    import msvcrt

                    handle.seek(0)
                    msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
                else:
                    import fcntl

                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise TimeoutError(
                        f"Could not lock the progress store within {timeout:g} s: another notebook seems to be "
                        f"stuck writing it. Restart the other kernels, or delete {lock_path} if none is running."
                    ) from None
                time.sleep(0.005)
        try:
            yield
        finally:
            if os.name == "nt":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _write_atomic(path: Path, data: dict) -> None:
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _empty_store() -> dict:
    return {"format": STORE_FORMAT, "questions": {}}


def _valid(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("questions"), dict) and all(
        isinstance(entry, dict) for entry in data["questions"].values()) and _format_of(data) is not None


def _format_of(data: dict, key: str = "format") -> int | None:
    """The format number of a store (``format``) or export (``format_version``); 1 when absent; None when bad."""
    value = data.get(key, 1)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        return None
    return value


def migrate(questions: dict[str, dict], from_format: int) -> dict[str, dict]:
    """The recorded questions of a store or export of format ``from_format``, with the ids of the current format.

    Each step of :data:`MIGRATIONS` from ``from_format`` up renames the ids of the notebooks it moves. Nothing is
    dropped: if an old id lands on an id already present (which a real store never holds), the two entries are
    merged as sessions of one student (best status, attempts added, see
    :func:`smm_course.instructor.merge_entries`). A newer format than this package knows is returned unchanged.

    >>> old = {"10.q1": {"status": "correct", "attempts": 2}, "09.q1": {"status": "incorrect", "attempts": 1}}
    >>> sorted(migrate(old, from_format=1).items())
    [('09.q1', {'status': 'incorrect', 'attempts': 1}), ('11.q1', {'status': 'correct', 'attempts': 2})]
    >>> migrate({"10.q1": {"status": "correct"}}, from_format=2)
    {'10.q1': {'status': 'correct'}}
    """
    for step in range(from_format, STORE_FORMAT):
        moves = MIGRATIONS.get(step, {})
        moved: dict[str, list[dict]] = {}
        for question_id, entry in questions.items():
            match = COURSE_ID.match(question_id)
            if match and match.group("notebook") in moves:
                question_id = f"{moves[match.group('notebook')]}.{match.group('name')}"
            moved.setdefault(question_id, []).append(entry)
        questions = {question_id: entries[0] if len(entries) == 1 else _merged(entries)
                     for question_id, entries in moved.items()}
    return questions


def _merged(entries: list[dict]) -> dict:
    from smm_course.instructor import merge_entries  # only on a clash, which a real store never has

    return merge_entries(entries)


def _migrate_file(path: Path, data: dict) -> dict:
    """Bring a store of an older format up to :data:`STORE_FORMAT`: back the file up, then write the migrated one.

    The backup, ``progress.json.format<N>`` (``-1``, ``-2``... when that name is taken), is an exact copy, written
    before the store is replaced; the caller holds the lock.
    """
    old = _format_of(data)
    shutil.copy2(path, _unused_name(path, f"format{old}"))
    migrated = {**data, "format": STORE_FORMAT, "questions": migrate(data["questions"], old)}
    _write_atomic(path, migrated)
    return migrated


def _unused_name(path: Path, label: str) -> Path:
    """``progress.json.<label>``, or ``<label>-1``, ``-2``... when taken: a backup never overwrites another."""
    backup, counter = path.with_name(f"{path.name}.{label}"), 1
    while backup.exists():
        backup, counter = path.with_name(f"{path.name}.{label}-{counter}"), counter + 1
    return backup


def _read(path: Path) -> dict:
    """Read the store; a corrupted one is kept as a backup and replaced by an empty store (with a warning)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return _empty_store()
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if _valid(data):
        return _migrate_file(path, data) if _format_of(data) < STORE_FORMAT else data
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    backup = _unused_name(path, f"corrupt-{stamp}")
    os.replace(path, backup)
    warnings.warn(translate("progress.corrupt", backup=str(backup)), ProgressWarning, stacklevel=4)
    return _empty_store()


def _update(change: Callable[[dict], None]) -> None:
    path = store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path):
        data = _read(path)
        change(data["questions"])
        _write_atomic(path, data)


def load() -> dict[str, dict]:
    """The recorded questions: id -> entry (``status``, ``attempts``, ``hints_used``...), read fresh from disk.

    >>> isinstance(load(), dict)
    True
    """
    path = store_path()
    if not path.exists():
        return {}
    with _locked(path):
        return _read(path)["questions"]


# -- recording ------------------------------------------------------------------------------------
_saved = events.Listeners()
_save_failed_warned = False


def add_listener(callback: Callable[[str], None]) -> None:
    """Call ``callback(question_id)`` after every recorded check, hint or solution in this kernel.

    Bound methods are held weakly, so a closed widget does not live on because it listens.

    >>> heard = []
    >>> add_listener(heard.append)
    >>> remove_listener(heard.append)
    """
    _saved.add(callback)


def remove_listener(callback: Callable[[str], None]) -> None:
    """Stop calling ``callback`` (no error if it was not listening).

    >>> remove_listener(print)
    """
    _saved.remove(callback)


def _notify(question_id: str) -> None:
    _saved.publish(question_id)


def _safely(question_id: str, change: Callable[[dict], None]) -> None:
    global _save_failed_warned
    if not COURSE_ID.match(question_id):
        return
    try:
        _update(change)
    except Exception as error:  # saving progress must never break a check: warn once and carry on
        if not _save_failed_warned:
            _save_failed_warned = True
            warnings.warn(translate("progress.save_failed", error=str(error), path=str(store_path())),
                          ProgressWarning, stacklevel=4)
        return
    _notify(question_id)


def _entry(questions: dict, question_id: str, now: str) -> dict:
    entry = questions.setdefault(question_id, {})
    entry.setdefault("status", "not_attempted")
    entry.setdefault("last_status", "not_attempted")
    entry.setdefault("attempts", 0)
    entry.setdefault("hints_used", 0)
    entry.setdefault("solution_seen", False)
    entry.setdefault("first_seen", now)
    entry["last_seen"] = now
    return entry


def record_check(result: Any) -> None:
    """Record a check result (anything with ``question_id`` and ``status``) in the store.

    ``not_attempted`` is not an attempt and never lowers the status; any other status counts one attempt
    and raises the best status if it is better. Ids outside the course (``demo.q1``) are not recorded.

    >>> from smm_course.exercises import CheckResult
    >>> record_check(CheckResult("correct", "", "demo.q1"))
    >>> "demo.q1" in load()
    False
    """
    status = result.status

    def change(questions: dict) -> None:
        entry = _entry(questions, result.question_id, _now())
        if status == "not_attempted":
            return
        entry["attempts"] += 1
        entry["last_status"] = status
        if STATUS_RANK[status] > STATUS_RANK.get(entry["status"], 0):
            entry["status"] = status

    _safely(result.question_id, change)


def record_help(question_id: str, hint: int | None = None, solution: bool = False) -> None:
    """Record that hint number ``hint`` or the solution of ``question_id`` was shown (the highest hint is kept).

    >>> record_help("demo.q1", hint=2)
    """

    def change(questions: dict) -> None:
        entry = _entry(questions, question_id, _now())
        if hint:
            entry["hints_used"] = max(entry["hints_used"], int(hint))
        if solution:
            entry["solution_seen"] = True

    _safely(question_id, change)


# -- views -----------------------------------------------------------------------------------------
def summary() -> pd.DataFrame:
    """One row per catalogue question with its recorded progress (unseen ones are ``not_attempted``).

    Columns: ``question``, ``notebook``, ``title``, ``kind``, ``status``, ``attempts``, ``hints_used``,
    ``solution_seen``, ``first_seen`` and ``last_seen`` (UTC timestamps, NaT when never seen).

    >>> summary().set_index("question").loc["00.q1", "notebook"]
    '00'
    """
    recorded = load()
    rows = []
    for question in catalog().itertuples(index=False):
        entry = recorded.get(question.id, {})
        rows.append({
            "question": question.id, "notebook": question.notebook, "title": question.title,
            "kind": question.kind, "status": entry.get("status", "not_attempted"),
            "attempts": int(entry.get("attempts", 0)), "hints_used": int(entry.get("hints_used", 0)),
            "solution_seen": bool(entry.get("solution_seen", False)),
            "first_seen": entry.get("first_seen"), "last_seen": entry.get("last_seen"),
        })
    table = pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
    for column in ("first_seen", "last_seen"):
        table[column] = pd.to_datetime(table[column], utc=True, format="ISO8601")
    return table


def notebook_titles() -> dict[str, str]:
    """Notebook number -> title in the current language, from each question module's ``NOTEBOOK_TITLE``.

    >>> notebook_titles()["00"]
    'Start here'
    """
    return {number: localize(getattr(module, "NOTEBOOK_TITLE", "")) for number, module in notebook_modules().items()}


def by_notebook(table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per notebook: ``done`` (correct or submitted), ``attempted`` (at least one attempt) and ``total``.

    >>> list(by_notebook().columns)
    ['notebook', 'title', 'done', 'attempted', 'total']
    """
    table = summary() if table is None else table
    titles = notebook_titles()
    rows = []
    for notebook, group in table.groupby("notebook", sort=True):
        rows.append({"notebook": notebook, "title": titles.get(notebook, ""),
                     "done": int(group["status"].isin(DONE_STATUSES).sum()),
                     "attempted": int((group["attempts"] > 0).sum()), "total": len(group)})
    return pd.DataFrame(rows, columns=["notebook", "title", "done", "attempted", "total"])


def print_table(file: TextIO | None = None) -> None:
    """Print a per-notebook table of progress (done / attempted / total), as ``smm-course progress`` does.

    >>> import io
    >>> out = io.StringIO()
    >>> print_table(out)
    >>> out.getvalue().splitlines()[1].split()
    ['notebook', 'title', 'done', 'attempted', 'total']
    """
    file = sys.stdout if file is None else file  # looked up now, so a redirected stdout is honoured
    table = by_notebook()
    headers = [translate("progress.col_notebook"), translate("progress.col_title"), translate("progress.col_done"),
               translate("progress.col_attempted"), translate("progress.col_total")]
    rows = [[row.notebook, row.title, str(row.done), str(row.attempted), str(row.total)]
            for row in table.itertuples(index=False)]
    rows.append([translate("progress.all"), "", str(table["done"].sum()), str(table["attempted"].sum()),
                 str(table["total"].sum())])
    widths = [max(len(headers[i]), *(len(r[i]) for r in rows)) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        return "  ".join(cell.ljust(widths[i]) if i < 2 else cell.rjust(widths[i]) for i, cell in enumerate(cells))

    print(translate("progress.table_title", path=str(store_path())), file=file)
    print(line(headers), file=file)
    print("  ".join("-" * width for width in widths), file=file)
    for row in rows:
        print(line(row), file=file)


def widget():
    """The course at a glance: one labelled bar per notebook with numbers and words, updated live.

    The board listens to checks made in this kernel, so it refreshes when you check an answer below it.

    >>> board = widget()
    >>> board.totals[1] == len(summary())
    True
    """
    return ProgressBoard()


class ProgressBoard(w.VBox):
    """The course at a glance: per notebook a label, a bar and "N of M done" in words.

    It listens to the store, so checks made in the same kernel update it at once.
    ``str()`` is a fixed description without numbers: a notebook's stored text output must not change when
    other notebooks add questions. ``totals`` gives the numbers.
    """

    def __init__(self) -> None:
        super().__init__()
        self._rows: dict[str, tuple[w.HTML, w.IntProgress, w.HTML, w.HBox]] = {}
        self._heading = w.HTML()
        self._totals = (0, 0)
        self.refresh()
        add_listener(self.refresh)

    def refresh(self, _question_id: str | None = None) -> None:
        """Re-read the progress store and update the bars."""
        table = by_notebook()
        for row in table.itertuples(index=False):
            if row.notebook not in self._rows:
                label = w.HTML(layout=w.Layout(width="16em"))
                bar = w.IntProgress(min=0, layout=w.Layout(width="12em"))
                words = w.HTML()
                self._rows[row.notebook] = (label, bar, words, w.HBox([label, bar, words]))
            label, bar, words, _line = self._rows[row.notebook]
            label.value = html.escape(f"{row.notebook} {row.title}".strip())
            bar.max = max(int(row.total), 1)
            bar.value = int(row.done)
            bar.description = ""
            bar.tooltip = translate("progress.done_of_total", done=row.done, total=row.total)
            bar.bar_style = "success" if row.done == row.total and row.total else ""
            words.value = html.escape(translate("progress.row_text", done=row.done, total=row.total,
                                                attempted=row.attempted))
        done, total = int(table["done"].sum()), int(table["total"].sum())
        self._totals = (done, total)
        self._heading.value = (f"<strong>{html.escape(translate('progress.board_title'))}</strong> · "
                               f"{html.escape(translate('progress.done_of_total', done=done, total=total))}")
        lines = [parts[3] for parts in self._rows.values()]
        if list(self.children) != [self._heading, *lines]:
            self.children = [self._heading, *lines]

    @property
    def totals(self) -> tuple[int, int]:
        """(questions done, questions in the course) at the last refresh."""
        return self._totals

    def __repr__(self) -> str:
        return translate("progress.board_repr")


def show() -> None:
    """Display :func:`widget` now (same as making it the last line of a cell)."""
    from IPython.display import display

    display(widget())


# -- hand-in ---------------------------------------------------------------------------------------
def student_name() -> str:
    """The student's name: ``$SMM_COURSE_STUDENT``, else the operating system's user name, else ``"student"``.

    >>> isinstance(student_name(), str)
    True
    """
    name = os.environ.get(STUDENT_ENV_VAR, "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no user name on some containers and Windows setups
        return "student"


def store_id() -> str:
    """This progress store's id: random, made the first time it is asked for, then kept in the store.

    Exports carry it, so the gradebook can tell two exports of one store (the later one already holds the
    earlier one's work) from exports of two stores (two sessions, e.g. two Binder sessions, to be merged).

    >>> store_id() == store_id()
    True
    """
    path = store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path):
        data = _read(path)
        if not isinstance(data.get("store_id"), str) or not data["store_id"]:
            data["store_id"] = uuid.uuid4().hex
            _write_atomic(path, data)
        return data["store_id"]


def export(path: Path | None = None) -> Path:
    """Write this student's progress to one JSON file to hand in; return its path.

    The file holds the student's name, their student id (``$SMM_COURSE_STUDENT_ID``, e.g. a university number;
    empty when not given), the progress store's id (:func:`store_id`), the course version, the export time (UTC)
    and every recorded question. Default: ``smm-course-progress-<name>-<YYYY-MM-DD>.json`` in the current folder.

    >>> import tempfile
    >>> export(Path(tempfile.mkdtemp()) / "mine.json").name
    'mine.json'
    """
    name = student_name()
    if path is None:
        slug = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-") or "student"
        path = Path.cwd() / f"smm-course-progress-{slug}-{datetime.now().date().isoformat()}.json"
    path = Path(path)
    if path.is_dir():
        raise ValueError(f"path={str(path)!r} is a folder; give a file name such as {path / 'progress.json'}.")
    data = {"format": EXPORT_FORMAT, "format_version": STORE_FORMAT, "student": name,
            "student_id": os.environ.get(STUDENT_ID_ENV_VAR, "").strip(), "store_id": store_id(),
            "course_version": __version__, "exported_at": _now(), "questions": load()}
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_atomic(path, data)
    return path


# -- the engine's events ---------------------------------------------------------------------------
def _record(event: object) -> None:
    """Record what the exercise engine publishes (see :mod:`smm_course.events`)."""
    if isinstance(event, events.Checked):
        record_check(event.result)
    elif isinstance(event, events.HelpShown):
        record_help(event.question_id, hint=event.hint, solution=event.solution)


events.engine.add(_record)
