"""Re-run one submitted notebook in a fresh kernel and read its answers out as plain data.

:func:`run_submission` (in the grader) copies the submission's folder to a temporary one and starts
``python -m smm_course.grading.execute`` there, in a new process group, with an empty progress store. That process
limits its own memory (the kernel it starts inherits the limit), inserts a capture cell after every exercise cell,
runs the notebook with nbclient, and writes a JSON result. The grader only reads that JSON: nothing from the
submission runs in the grader's process, and a notebook that hangs, floods its output or kills its kernel gives a
result that says so.

Each capture cell reads the answers of the questions its exercise cell holds: a question's variable from the
notebook's namespace, else the last answer checked through the engine (how widget questions are answered:
``ex.q3.widget(answer="b")``). A duplicated exercise cell is captured twice and the later capture wins, as the
later run of the variable does.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["CAPTURE_MIME", "RunResult", "run_submission"]

CAPTURE_MIME = "application/vnd.smm-course.answers+json"
# Output a notebook may print before the rest is dropped: far above any honest run, far below a flood.
OUTPUT_BUDGET_BYTES = 20_000_000

_SETUP = '''
def __smm_course_grader_hide():
    # The kernel never judges (the grader does), so it needs no answers: code that reads a question's solution
    # or expected value, or runs the solutions in a loop, gets nothing to copy.
    from smm_course.exercises import catalog, get, kinds, core
    blank = property(lambda self: None)
    core.Question.solution_code = property(lambda self: "")
    for kind in vars(kinds).values():
        if isinstance(kind, type) and issubclass(kind, core.Question):
            if "expected" in vars(kind):
                kind.expected = blank
            if "solution_answer" in vars(kind):
                kind.solution_answer = lambda self: None
    for question_id in catalog()["id"]:
        question = get(question_id)
        for name in ("_solution", "_expected"):
            if name in vars(question):
                setattr(question, name, None if name == "_expected" else "")

def __smm_course_grader_setup():
    from smm_course import events
    from smm_course.grading.answers import encode
    from IPython.display import display
    checked = {}

    def remember(event):
        if isinstance(event, events.Checked) and event.answer is not None:
            checked[event.question_id] = event.answer

    events.engine.add(remember)
    __smm_course_grader_hide()
    namespace = globals()

    def capture(variables):
        found = {}
        for question_id, variable in variables.items():
            if variable and variable in namespace:
                found[question_id] = {"answer": encode(namespace[variable])}
            elif not variable and question_id in checked:
                found[question_id] = {"answer": encode(checked[question_id])}
        display({%(mime)r: found}, raw=True)

    return remember, capture

__smm_course_grader_listener, __smm_course_grader_capture = __smm_course_grader_setup()
''' % {"mime": CAPTURE_MIME}


@dataclass
class RunResult:
    """What re-running one notebook gave: how the run ended and the answers read out of it."""

    status: str  # "ran", "timeout", "kernel_died", "memory", "failed"
    detail: str = ""
    answers: dict[str, Any] = field(default_factory=dict)  # question id -> encoded answer
    errors: list[dict] = field(default_factory=list)  # cells that raised: index and error name
    output_bytes: int = 0
    truncated: bool = False
    seconds: float = 0.0
    files: dict[str, str] = field(default_factory=dict)  # written work's id -> the text of the file the run wrote


def run_submission(notebook: Path, variables: dict[str, dict[str, str | None]], *, timeout: float,
                   memory_mb: int, files: dict[str, str] | None = None) -> RunResult:
    """Re-run ``notebook`` in a copy of its folder; ``variables`` maps each exercise id to the question ids it
    holds and their variables, ``files`` each written work's id to the file the run writes (its text is read
    back, see :mod:`.written`). Never raises for anything the notebook does."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="smm-course-grade-") as scratch:
        folder = Path(scratch) / "work"
        shutil.copytree(notebook.parent, folder, symlinks=True,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
        for name in (files or {}).values():
            # Only what this run writes counts: a report handed in beside the notebook is not the notebook's.
            target = folder / name
            if target.is_file() or target.is_symlink():
                target.unlink()
        home = Path(scratch) / "home"
        home.mkdir()
        plan = Path(scratch) / "plan.json"
        plan.write_text(json.dumps({"notebook": str(folder / notebook.name), "variables": variables,
                                    "timeout": timeout, "memory_mb": memory_mb, "files": files or {}}))
        out = Path(scratch) / "result.json"
        env = {key: value for key, value in os.environ.items() if not key.startswith("SMM_COURSE_")}
        env["SMM_COURSE_HOME"] = str(home)
        env["SMM_COURSE_STUDENT"] = "grader"
        env["MPLBACKEND"] = "Agg"
        process = subprocess.Popen([sys.executable, "-m", "smm_course.grading.execute", str(plan), str(out)],
                                   cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   start_new_session=True)
        try:
            _, stderr = process.communicate(timeout=timeout + 60)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            return RunResult("timeout", f"did not finish within {timeout:g} s", seconds=time.monotonic() - started)
        finally:
            _kill_group(process)
        if not out.exists():
            tail = stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
            return RunResult("failed", "the grader's runner stopped: " + " | ".join(tail),
                             seconds=time.monotonic() - started)
        data = json.loads(out.read_text())
    data["seconds"] = time.monotonic() - started
    return RunResult(**data)


def _kill_group(process: subprocess.Popen) -> None:
    # The kernel is a grandchild: killing the whole group is the only way to be sure nothing keeps running.
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    process.wait()


# -- the runner process ------------------------------------------------------------------------------------------
def _limit_memory(megabytes: int) -> None:
    import resource

    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _prepared(notebook, variables: dict[str, dict[str, str | None]]):
    """The notebook with the grader's setup cell first and a capture cell after each exercise cell."""
    import nbformat

    from smm_course.instructor import exercise_ids

    cells = [nbformat.v4.new_code_cell(_SETUP, metadata={"smm_course_grader": "setup"})]
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        cell.outputs, cell.execution_count = [], None
        cells.append(cell)
        held = {}
        for exercise in exercise_ids(cell):
            held.update(variables.get(exercise, {}))
        if held:
            cells.append(nbformat.v4.new_code_cell(f"__smm_course_grader_capture({held!r})",
                                                   metadata={"smm_course_grader": "capture"}))
    notebook.cells = cells
    return notebook


def _run(plan_path: str, out_path: str) -> None:
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    plan = json.loads(Path(plan_path).read_text())
    _limit_memory(plan["memory_mb"])
    notebook = _prepared(nbformat.read(plan["notebook"], as_version=4), plan["variables"])

    class Client(NotebookClient):
        output_bytes = 0
        truncated = False

        def output(self, outs, msg, display_id, cell_index):
            data = msg["content"].get("data", {})
            if CAPTURE_MIME not in data:
                size = len(json.dumps(msg["content"]))
                Client.output_bytes += size
                if Client.output_bytes > OUTPUT_BUDGET_BYTES:
                    Client.truncated = True
                    return None
            return super().output(outs, msg, display_id, cell_index)

    client = Client(notebook, timeout=plan["timeout"], allow_errors=True, kernel_name="python3",
                    resources={"metadata": {"path": str(Path(plan["notebook"]).parent)}})
    result = {"status": "ran", "detail": ""}
    try:
        client.execute()
    except DeadKernelError:
        result = {"status": "kernel_died", "detail": "the kernel died while running the notebook "
                                                     "(it exited, crashed or ran out of memory)"}
    except CellTimeoutError:
        result = {"status": "timeout", "detail": f"a cell did not finish within {plan['timeout']:g} s"}
    except MemoryError:
        result = {"status": "memory", "detail": f"the notebook needed more than {plan['memory_mb']} MB"}
    answers, errors = {}, []
    for index, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error" and not cell.metadata.get("smm_course_grader"):
                errors.append({"cell": index, "error": output.get("ename", "")})
            captured = output.get("data", {}).get(CAPTURE_MIME)
            if captured and cell.metadata.get("smm_course_grader") == "capture":
                answers.update(captured)  # later captures (a duplicated cell's later run) win
    result.update(answers=answers, errors=errors, output_bytes=Client.output_bytes, truncated=Client.truncated,
                  files=_written(Path(plan["notebook"]).parent, plan.get("files", {})))
    Path(out_path).write_text(json.dumps(result))


def _written(folder: Path, files: dict[str, str]) -> dict[str, str]:
    from smm_course.grading.written import plain_text

    found = {}
    for written_id, name in files.items():
        path = folder / name
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:  # read at most a few pages' worth: a run may write a huge file
                raw = handle.read(50 * 20_000)
            found[written_id] = plain_text(raw.decode("utf-8", "replace"))
    return found


if __name__ == "__main__":
    _run(sys.argv[1], sys.argv[2])
