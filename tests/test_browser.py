"""The course in a real browser, as a student meets it.

nbval proves that the kernel side of every notebook works, but it cannot see the page: widgets are drawn by the
browser, and a widget front end that does not match the installed ipywidgets shows "Error displaying widget" to
every student while nbval stays green. So this test starts JupyterLab exactly as ``smm-course lab`` does (on
private copies of the notebooks and of every per-user folder), drives Debian's Chromium with Playwright, and for
every notebook: opens it, checks that no kernel picker appears, runs all cells from the Run menu, and checks
that every cell ran, that no error is shown and that every widget displays. Then, as a student: it types a wrong
then a right value into notebook 00's first exercise and runs it with Shift+Enter, uncomments its hint line,
answers 00's choice question, drags the viral-marketing explorer's slider in notebook 07, presses the Hint and
Solution buttons of a choice question, an explorer question and a quiz item (and finds the help recorded in the
progress store), and opens the static course site. With the keyboard alone (Tab, arrows, Enter, Space) it answers
00's two questions, asks for a hint and the solution, and moves 07's explorer. After each notebook's Run All,
axe-core checks the notebook's outputs and widgets against WCAG 2.1 AA (tests/test_accessibility.py checks the
static site's pages).

Screenshots go to ``test-artifacts/browser/`` (of a notebook whose run fails, and of the interactions) so a failure
can be looked at. Deselect with ``-m "not browser"``; CI sets ``SMM_COURSE_REQUIRE_BROWSER=1`` so a missing Chromium
fails instead of skipping.
"""

from __future__ import annotations

import importlib
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from browser_helpers import (
    KERNEL_READY_OR_DIALOG_JS, VIEWPORT, WIDGET_ERROR_CLASS, WIDGET_ERROR_TEXT, WIDGET_LOADING_TEXT, LabServer,
    PageLog, axe_report, axe_violations, editor_text, expected_to_run, launched_chromium, prompt_count, read_cells,
    select_in_editor, shoot_notebook, wait_for,
)

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
# The Italian edition runs in the same JupyterLab, from notebooks/it/ as in the repository.
ITALIAN = sorted((ROOT / "notebooks" / "it").glob("[0-9][0-9]_*.ipynb"))
ARTIFACTS = ROOT / "test-artifacts" / "browser"
START_HERE = "00_start_here.ipynb"
VIRAL = "07_viral_marketing.ipynb"
# Notebooks whose page and kernel stay open after their own test, for the student-interaction tests below.
KEEP_OPEN = {START_HERE, VIRAL}
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
# An explorer's picture: an <img> in an HTML widget whose text alternative is the sentence above it (a live region).
PICTURE = ".jupyter-widgets.widget-html img[src][alt]"
SENTENCE = '.jupyter-widgets.widget-html [role="status"]'
# What axe-core checks in JupyterLab: the notebook's outputs and widgets (JupyterLab's own chrome is not ours).
OUTPUT_AREAS = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea"

# Deadlines are generous because the test must pass on a loaded 2-core machine; a healthy run takes far less.
OPEN_TIMEOUT_S = 120
RUN_START_TIMEOUT_S = 60
RUN_TIMEOUT_S = 300
SETTLE_TIMEOUT_S = 60
SAVE_TIMEOUT_S = 60
ANSWER_TIMEOUT_S = 60
# Playwright's own waits (clicks, locators) default to 30 s; under load a menu can take longer to open.
ACTION_TIMEOUT_MS = 90_000
# Run All has stopped early when the kernel sits idle this long with cells still unrun and none queued.
STOPPED_AFTER_S = 5
# stderr text that means something failed, as opposed to a warning a student may ignore.
ERROR_IN_STDERR = re.compile(r"Traceback \(most recent call last\)|^\s*\w*(Error|Exception)\b:|^ERROR\b",
                             re.MULTILINE)
# Console errors that mean a widget could not be drawn.
WIDGET_CONSOLE_ERROR = re.compile(
    r"widget|Failed to load model class|No version of module|Could not (create|load)|is not registered", re.I)

# Marks each run of all cells: a prompt that turns to "[*]" proves the run really started (the stored
# notebook already shows execution counts, so counts alone cannot tell a finished run from one never started;
# the kernel's busy status cannot either, as the widget manager's own requests make it busy too).
WATCH_RUN_JS = """
() => {
  window.__smmRunStarted = false;
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const seen = () => [...panel.querySelectorAll('.jp-InputPrompt')].some((p) => p.textContent.trim() === '[*]:');
  const observer = new MutationObserver(() => { if (seen()) { window.__smmRunStarted = true; observer.disconnect(); } });
  observer.observe(panel, {subtree: true, childList: true, characterData: true});
}
"""
RUN_STATE_JS = """
(expected) => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const cells = [...panel.querySelectorAll('.jp-Notebook .jp-Cell')];
  const prompts = cells.map((c) => (c.querySelector('.jp-InputPrompt')?.textContent || '').trim());
  return {
    started: window.__smmRunStarted === true,
    idle: panel.querySelector('.jp-Notebook-ExecutionIndicator')?.dataset.status === 'idle',
    cells: cells.length,
    running: prompts.filter((p) => p === '[*]:').length,
    missing: expected.map((runs, i) => (runs && !/^\\[\\d+\\]:$/.test(prompts[i] || '')) ? i : -1).filter((i) => i >= 0),
  };
}
"""


# --------------------------------------------------------------------------------------------------------------
# Fixtures: one browser and one JupyterLab for the whole module.

@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import expect

    with launched_chromium("the browser test needs a real browser") as launched:
        expect.set_options(timeout=ACTION_TIMEOUT_MS)  # its default, 5 s, is too short on a loaded machine
        yield launched


@pytest.fixture(scope="module")
def artifacts() -> Path:
    # Not emptied first: another test run may be writing here at the same time. Each file is overwritten.
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@dataclass
class OpenNotebook:
    """A notebook open in its own browser tab after Run All, with what the student sees."""

    name: str
    page: object
    log: PageLog
    stored: dict
    expected: list[bool]
    cells: list[dict] = field(default_factory=list)
    saved: dict | None = None
    run_seconds: float = 0.0
    stopped_early: bool = False
    screenshots: list[Path] = field(default_factory=list)
    screenshot_trouble: list[str] = field(default_factory=list)

    def cell(self, index: int):
        """Playwright locator of cell ``index`` (0-based, every kind of cell counts)."""
        return self.page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell").nth(index)


class CourseInLab:
    """The course served by one JupyterLab and seen through one browser; notebooks opened on demand."""

    def __init__(self, server: LabServer, context, artifacts: Path) -> None:
        self.server, self.context, self.artifacts = server, context, artifacts
        self.open: dict[str, OpenNotebook] = {}

    def notebook(self, name: str) -> OpenNotebook:
        """The notebook after Run All: the one already open, or opened and run now."""
        if name not in self.open:
            self.open[name] = self._open_and_run(name)
        else:  # a tab left in the background is throttled by Chromium, as for a student who switched tabs
            self.open[name].page.bring_to_front()
        return self.open[name]

    def close(self, name: str) -> None:
        """Close the notebook's tab and end its kernel."""
        opened = self.open.pop(name, None)
        if opened is not None:
            opened.page.close()
            self.server.shut_down_kernel_of(name)

    def _open_and_run(self, name: str) -> OpenNotebook:
        stored = json.loads((self.server.notebook_dir / name).read_text(encoding="utf-8"))
        page = self.context.new_page()
        opened = OpenNotebook(name=name, page=page, log=PageLog().attach(page), stored=stored,
                              expected=expected_to_run(stored))
        try:
            page.goto(self.server.notebook_url(name), timeout=OPEN_TIMEOUT_S * 1000)
            page.wait_for_function(KERNEL_READY_OR_DIALOG_JS, timeout=OPEN_TIMEOUT_S * 1000, polling=250)
            dialog = page.locator(".jp-Dialog")
            if dialog.count():
                raise AssertionError(f"{name}: a dialog appeared on opening, before the student did anything: "
                                     f"{' '.join(dialog.first.inner_text().split())!r}")
            read_cells(page, len(opened.expected), timeout=OPEN_TIMEOUT_S)  # every cell drawn before the run
            page.evaluate(WATCH_RUN_JS)
            started = time.monotonic()
            page.get_by_role("menuitem", name="Run", exact=True).click()
            page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
            wait_for(lambda: page.evaluate("() => window.__smmRunStarted === true"), RUN_START_TIMEOUT_S,
                     lambda _: f"{name}: Run All Cells was clicked, but no cell started running")
            opened.stopped_early = self._wait_for_run(opened)
            opened.run_seconds = time.monotonic() - started
            self._wait_for_widgets_to_settle(opened)
            opened.saved = self._save(opened)
            opened.cells = read_cells(page, len(opened.expected))
        except BaseException:
            self.shoot(opened)
            raise
        return opened

    def shoot(self, opened: OpenNotebook) -> None:
        """Screenshots of the whole notebook, for a person to look at after a failure. Only failures take them:
        a tall notebook's pictures take seconds to paint, and 26 notebooks run in every test run."""
        opened.screenshots, opened.screenshot_trouble = shoot_notebook(
            opened.page, self.artifacts / f"{opened.name.replace('/', '-').removesuffix('.ipynb')}.png")

    def _wait_for_run(self, opened: OpenNotebook) -> bool:
        """Wait until Run All has finished; True when it stopped early (a cell failed, the rest never ran)."""
        deadline = time.monotonic() + RUN_TIMEOUT_S
        idle_since: float | None = None
        last: tuple | None = None
        state: dict = {}
        while time.monotonic() < deadline:
            state = opened.page.evaluate(RUN_STATE_JS, opened.expected)
            settled = state["cells"] == len(opened.expected) and state["idle"] and state["running"] == 0
            if settled and not state["missing"]:
                return False
            # JupyterLab stops Run All at the first failing cell: the kernel then stays idle with cells unrun.
            # Between two queued cells the kernel is idle for a moment too, so only a long quiet time counts.
            now = (state["cells"], tuple(state["missing"]))
            if settled and now == last:
                idle_since = idle_since or time.monotonic()
                if time.monotonic() - idle_since >= STOPPED_AFTER_S:
                    return True
            else:
                idle_since = None
            last = now
            time.sleep(0.5)
        raise AssertionError(f"{opened.name}: Run All did not finish within {RUN_TIMEOUT_S} s "
                             f"(the file has {len(opened.expected)} cells): {state}")

    @staticmethod
    def _wait_for_widgets_to_settle(opened: OpenNotebook) -> None:
        """Wait until no widget says it is loading and every cell that shows a widget in the file shows one
        (or an error view) in the page. A widget still missing at the deadline is reported by find_problems."""
        widget_cells = _stored_widget_cells(opened.stored)

        def settled() -> bool:
            cells = read_cells(opened.page, len(opened.expected))
            loading = any(WIDGET_LOADING_TEXT in out["text"] for cell in cells for out in cell["outputs"])
            drawn = all(any(out["widgets"] or out["errorWidgets"] for out in cells[index]["outputs"])
                        for index in widget_cells)
            return drawn and not loading

        try:
            wait_for(settled, SETTLE_TIMEOUT_S, lambda _: "widgets still loading", interval=0.5)
        except AssertionError:
            pass  # the cells read after saving say exactly which widget is missing or broken

    def _save(self, opened: OpenNotebook) -> dict:
        """Save as a student does (the toolbar's save button) and return the saved notebook, once the file on
        disk holds the run the page shows (the same execution count in every cell)."""
        name, page = opened.name, opened.page
        before = self.server.api("GET", f"/api/contents/{name}?content=0")["last_modified"]
        page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)").get_by_role(
            "button", name=re.compile(r"^Save")).first.click()
        # The file's time changes as the write starts. Reading the notebook before the write is done makes
        # Jupyter Server see a broken file and put its backup back, which breaks the save: wait until the tab
        # shows it saved too (JupyterLab clears the dirty mark on the server's reply).
        dirty = page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current.jp-mod-dirty")
        wait_for(lambda: self.server.api("GET", f"/api/contents/{name}?content=0")["last_modified"] != before
                 and dirty.count() == 0, SAVE_TIMEOUT_S,
                 lambda _: f"{name}: saving from the toolbar did not finish (file written and tab marked saved)")
        shown = [re.fullmatch(r"\[(\d+)\]:", cell["prompt"]) for cell in read_cells(page, len(opened.expected))]
        shown_counts = [int(match.group(1)) if match else None for match in shown]

        def saved_run() -> dict | None:
            saved = self.server.saved_notebook(name)
            counts = [cell.get("execution_count") for cell in saved["cells"]]
            return saved if counts == shown_counts else None

        return wait_for(saved_run, SAVE_TIMEOUT_S,
                        lambda _: f"{name}: the saved file's execution counts never matched the page's")


@pytest.fixture(scope="module")
def course(browser, artifacts, tmp_path_factory):
    assert NOTEBOOKS, "no notebooks/NN_*.ipynb to test"
    server = LabServer(NOTEBOOKS + ITALIAN, tmp_path_factory.mktemp("lab"))
    server.start()
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    lab = CourseInLab(server, context, artifacts)
    try:
        yield lab
    finally:
        context.close()
        server.stop()
        (artifacts / "jupyterlab.log").write_text(server.log_path.read_text(errors="replace"))


# --------------------------------------------------------------------------------------------------------------
# What a student sees after Run All.

def _text(source) -> str:
    return "".join(source) if isinstance(source, list) else source


def _stored_widget_cells(notebook: dict) -> list[int]:
    return [i for i, cell in enumerate(notebook["cells"]) if cell["cell_type"] == "code"
            and any(WIDGET_VIEW in out.get("data", {}) for out in cell.get("outputs", []))]


def find_problems(opened: OpenNotebook) -> tuple[list[str], list[str]]:
    """(problems that fail the test, warnings to print) in one run notebook."""
    problems: list[str] = []
    warnings: list[str] = []
    cells, saved = opened.cells, opened.saved or {"cells": []}
    if opened.stopped_early:
        problems.append("Run All stopped before the end (a cell failed, so the cells after it never ran)")
    for index, runs in enumerate(opened.expected):
        if runs and not re.fullmatch(r"\[\d+\]:", cells[index]["prompt"]):
            problems.append(f"cell {index}: no execution count after Run All (prompt {cells[index]['prompt']!r})")
    for index, cell in enumerate(saved["cells"]):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                problems.append(f"cell {index}: error {out.get('ename')}: {out.get('evalue')}")
            elif out.get("output_type") == "stream" and out.get("name") == "stderr":
                text = _text(out.get("text", ""))
                (problems if ERROR_IN_STDERR.search(text) else warnings).append(
                    f"cell {index}: stderr: {text.strip()[:500]}")
    for index, cell in enumerate(cells):
        for out in cell["outputs"]:
            for message in out["errorWidgets"]:
                problems.append(f"cell {index}: a widget failed to load and shows an error view ({message!r})")
            if WIDGET_ERROR_TEXT in out["text"]:
                problems.append(f"cell {index}: {out['text'].strip()[:200]!r}")
            if WIDGET_LOADING_TEXT in out["text"]:
                problems.append(f"cell {index}: still {WIDGET_LOADING_TEXT!r} after {SETTLE_TIMEOUT_S} s")
            if out["mime"] == "application/vnd.jupyter.stderr" and ERROR_IN_STDERR.search(out["text"]):
                problems.append(f"cell {index}: shows an error: {out['text'].strip()[:300]!r}")
    for index in _stored_widget_cells(opened.stored):
        if not any(out["widgets"] for out in cells[index]["outputs"]):
            problems.append(f"cell {index}: the notebook shows a widget here, but the browser drew none")
    for message in opened.log.errors:
        (problems if WIDGET_CONSOLE_ERROR.search(message) else warnings).append(f"console error: {message[:400]}")
    return problems, warnings


def served_name(path: Path) -> str:
    """The notebook's path in the served folder: ``03_interaction.ipynb``, or ``it/03_interaction.ipynb``."""
    return path.name if path.parent.name == "notebooks" else f"{path.parent.name}/{path.name}"


@pytest.mark.parametrize("path", NOTEBOOKS + ITALIAN, ids=[served_name(p).replace("/", "-").removesuffix(".ipynb")
                                                           for p in NOTEBOOKS + ITALIAN])
def test_notebook_runs_in_jupyterlab_and_every_widget_displays(course, path):
    name = served_name(path)
    try:
        opened = course.notebook(name)
        problems, warnings = find_problems(opened)
        rendered = sum(out["widgets"] > 0 for cell in opened.cells for out in cell["outputs"])
        print(f"{name}: Run All took {opened.run_seconds:.1f} s; {rendered} widget outputs drawn")
        for warning in warnings:
            print(f"  tolerated: {warning}")
        try:
            assert not problems, f"{name} in JupyterLab:\n  " + "\n  ".join(problems)
            if _stored_widget_cells(opened.stored):
                assert rendered, f"{name} has widget outputs but none was drawn"
            violations = axe_violations(opened.page, include=OUTPUT_AREAS)
            assert not violations, (f"{name} in JupyterLab after Run All: axe-core finds WCAG 2.1 AA violations "
                                    f"in the outputs:\n" + axe_report(violations, name))
        except AssertionError:
            course.shoot(opened)
            print(f"  screenshots: {', '.join(p.name for p in opened.screenshots)} "
                  f"{'; '.join(opened.screenshot_trouble)}")
            raise
    finally:
        if name not in KEEP_OPEN:
            course.close(name)


# --------------------------------------------------------------------------------------------------------------
# A student answers, drags and watches progress.

def _questions_module(number: str):
    return importlib.import_module(f"smm_course.exercises.nb{number}")


def _exercise_cell(notebook: dict, question_id: str) -> int:
    """Index of the cell that holds a question (metadata ``smm_course.exercise``), or of the quiz that holds it."""
    from smm_course import exercises

    for index, cell in enumerate(notebook["cells"]):
        shown = cell.get("metadata", {}).get("smm_course", {}).get("exercise")
        if shown == question_id:
            return index
        if shown and any(item.id == question_id for item in getattr(exercises.get(shown), "questions", ())):
            return index
    raise AssertionError(f"no cell of the notebook holds exercise {question_id}")


def _first_choice_widget(notebook: dict, module) -> tuple[int, object]:
    """(cell index, question) of the first single-choice question shown as a widget in a notebook."""
    for index, cell in enumerate(notebook["cells"]):
        call = re.search(r"\bex\.(\w+)\.widget\(\s*\)", _text(cell["source"]))
        if cell["cell_type"] == "code" and call:
            question = getattr(module, call.group(1), None)
            if getattr(question, "kind", None) == "choice" and not question.multiple:
                return index, question
    raise AssertionError("no single-choice widget question (`ex.qK.widget()`) in the notebook")


def _done_count(board_text: str) -> int:
    from smm_course.i18n import load_catalogue

    template = re.escape(load_catalogue("en")["progress.done_of_total"])
    pattern = template.replace(re.escape("{done}"), r"(?P<done>\d+)").replace(re.escape("{total}"), r"\d+")
    found = re.search(pattern, board_text)
    assert found, f"the progress board does not say how much is done: {board_text[:200]!r}"
    return int(found.group("done"))


def _plain(text: str) -> str:
    return " ".join(text.replace("`", "").split())


def _button(scope, key: str):
    """The buttons labelled with the engine's text for ``key`` (``check``, ``hint``, ``solution``); an icon may
    come first, and "Check all" is not "Check"."""
    from smm_course.i18n import translate

    return scope.get_by_role("button", name=re.compile(rf"^\W*{re.escape(translate(f'button.{key}'))}$"))


def _progress_board(page):
    from smm_course.i18n import translate

    return page.locator(".jp-Cell-outputArea").filter(has_text=translate("progress.board_title")).first


def _tried_in(board, notebook: str) -> int | None:
    """How many of a notebook's questions the progress board says were tried (its row: label, bar, words)."""
    from smm_course.i18n import load_catalogue

    template = re.escape(load_catalogue("en")["progress.row_text"])
    pattern = re.sub(r"\\\{(\w+)\\\}", lambda m: rf"(?P<{m.group(1)}>\d+)", template)
    texts = [" ".join(text.split()) for text in board.locator(".widget-html").all_text_contents()]
    for label, words in zip(texts, texts[1:]):
        found = re.fullmatch(pattern, words)
        if label.startswith(f"{notebook} ") and found:
            return int(found.group("attempted"))
    return None


def _wait_for_done_count(board, done: int) -> None:
    wait_for(lambda: _done_count(board.text_content()) == done, ANSWER_TIMEOUT_S,
             lambda _: f"the progress board should say {done} done; it says {_done_count(board.text_content())}")


def _run_cell(page, cell, name: str) -> int:
    """Run a cell as a student does (Shift+Enter in its editor) and wait until it has run; its new count."""
    before = prompt_count(cell)
    page.keyboard.press("Shift+Enter")
    return wait_for(lambda: (count := prompt_count(cell)) is not None and count != before and count, ANSWER_TIMEOUT_S,
                    lambda _: f"{name}: the cell did not run after Shift+Enter (prompt "
                              f"{cell.locator('.jp-InputPrompt').first.text_content()!r}, {before} before)")


def _boxes(cell, css_class: str) -> list[str]:
    """The plain text of every engine box of one kind (``smm-check``, ``smm-hint``, ``smm-solution``) in a cell's
    outputs, in page order."""
    return [_plain(text) for text in cell.locator(f".jp-Cell-outputArea .{css_class}").all_text_contents()]


def _stored_entry(course, question_id: str) -> dict:
    """The progress store's entry for one question, as the server's kernels wrote it."""
    return course.server.progress().get(question_id, {})


def test_student_types_a_value_runs_the_cell_and_asks_for_a_hint(course, course_home, artifacts):
    """Notebook 00's first exercise as its markdown tells a student to do it: replace the ``...``, run the cell
    with Shift+Enter, read the check; then delete the ``#`` before ``ex.q1.hint()`` and run it again."""
    from smm_course import data, exercises

    opened = course.notebook(START_HERE)
    page = opened.page
    question = exercises.get("00.q1")
    index = _exercise_cell(opened.stored, question.id)
    lines = _text(opened.stored["cells"][index]["source"]).splitlines()
    placeholder = re.match(rf"{re.escape(question.variable)}\s*=\s*(\.\.\.)", lines[0])
    assert placeholder, f"00.q1's starter should begin with `{question.variable} = ...`: {lines[0]!r}"
    name = question.id.split(".")[1]
    assert f"ex.{name}.check()" in lines, f"00.q1's starter should check the variable with ex.{name}.check(): {lines}"
    hint_line = next((i for i, line in enumerate(lines) if re.fullmatch(rf"#\s*ex\.{name}\.hint\(\)", line)), None)
    assert hint_line is not None, f"00.q1's starter should carry a commented `ex.{name}.hint()` line: {lines}"

    # A wrong value a student really gives (another platform's row of the same table), and the right one; what
    # the engine says about each, in this process (course_home keeps it off any real store).
    audiences = data.load("platform_audiences")
    wrong = float(audiences.loc[(audiences["platform"] == "Facebook") & (audiences["age_group"] == "all"),
                                "share_of_adults"].item())
    right = float(question.expected)
    expected_wrong, expected_right = question.check(wrong), question.check(right)
    assert not expected_wrong.correct and expected_right.correct

    cell = opened.cell(index)
    board = _progress_board(page)
    done_before, tried_before = _done_count(board.text_content()), _tried_in(board, question.notebook)
    assert tried_before is not None, f"the progress board has no row for notebook 00: {board.text_content()!r}"
    cell.scroll_into_view_if_needed()

    start, given = placeholder.start(1), placeholder.group(1)  # where the answer sits on the first line

    def answer(value: float) -> None:
        nonlocal given
        select_in_editor(page, cell, 0, start, len(given))
        page.keyboard.type(repr(value))
        typed = [lines[0][:start] + repr(value) + lines[0][start + len(given):], *lines[1:]]
        wait_for(lambda: editor_text(cell) == "\n".join(typed), ANSWER_TIMEOUT_S,
                 lambda _: f"the editor should hold {typed!r}, it holds {editor_text(cell)!r}")
        lines[:], given = typed, repr(value)

    def shows(result) -> bool:
        checks = _boxes(cell, "smm-check")
        return len(checks) == 1 and result.label in checks[0] and _plain(result.message) in checks[0]

    answer(wrong)
    _run_cell(page, cell, "00.q1 with a wrong value")
    wait_for(lambda: shows(expected_wrong), ANSWER_TIMEOUT_S,
             lambda _: f"after {wrong!r} the cell should show one check saying {expected_wrong.label!r}, "
                       f"{expected_wrong.message!r}; it shows {_boxes(cell, 'smm-check')}")
    cell.screenshot(path=str(artifacts / "00-q1-wrong.png"))
    # Once the board counts the wrong answer as tried, it has taken it in: then it must not count it as done.
    wait_for(lambda: _tried_in(board, question.notebook) == tried_before + 1, ANSWER_TIMEOUT_S,
             lambda _: f"the progress board should count 00.q1 as tried ({tried_before} tried before); it says "
                       f"{_tried_in(board, question.notebook)}")
    assert _done_count(board.text_content()) == done_before, "a wrong answer must not count as done"

    answer(right)
    _run_cell(page, cell, "00.q1 with the right value")
    wait_for(lambda: shows(expected_right), ANSWER_TIMEOUT_S,
             lambda _: f"after {right!r} the cell should show one check saying {expected_right.label!r}; "
                       f"it shows {_boxes(cell, 'smm-check')}")
    cell.screenshot(path=str(artifacts / "00-q1-right.png"))
    _wait_for_done_count(board, done_before + 1)

    # As the notebook says: delete the `#` (the help lines have no space after it, so no indent is left over).
    assert lines[hint_line].startswith("#ex."), f"the hint line must read #ex.{name}.hint(): {lines[hint_line]!r}"
    marker = 1
    select_in_editor(page, cell, hint_line, 0, marker)
    page.keyboard.press("Delete")
    uncommented = [*lines[:hint_line], lines[hint_line][marker:], *lines[hint_line + 1:]]
    wait_for(lambda: editor_text(cell) == "\n".join(uncommented), ANSWER_TIMEOUT_S,
             lambda _: f"the editor should hold {uncommented!r}, it holds {editor_text(cell)!r}")
    _run_cell(page, cell, "00.q1 with its hint line")
    first_hint = _plain(question.hints[0])

    def check_then_hint() -> bool:
        boxes = _plain(cell.locator(".jp-Cell-outputArea").text_content())
        checks, hints = _boxes(cell, "smm-check"), _boxes(cell, "smm-hint")
        return (len(checks) == 1 and expected_right.label in checks[0] and len(hints) == 1
                and first_hint in hints[0] and boxes.index(checks[0]) < boxes.index(hints[0]))

    try:
        wait_for(check_then_hint, ANSWER_TIMEOUT_S,
                 lambda _: f"with the hint line the cell should show the check, then the first hint "
                           f"({first_hint!r}); checks {_boxes(cell, 'smm-check')}, hints {_boxes(cell, 'smm-hint')}")
    finally:
        cell.screenshot(path=str(artifacts / "00-q1-hint.png"))
    wait_for(lambda: _stored_entry(course, question.id).get("hints_used", 0) >= 1, ANSWER_TIMEOUT_S,
             lambda _: f"the progress store should record the hint of 00.q1: {_stored_entry(course, question.id)}")
    assert not [e for e in opened.log.errors if WIDGET_CONSOLE_ERROR.search(e)], opened.log.errors




def test_student_answers_wrong_then_right_and_progress_counts_it(course, course_home, artifacts):
    from playwright.sync_api import expect

    opened = course.notebook(START_HERE)
    page = opened.page
    index, question = _first_choice_widget(opened.stored, _questions_module(START_HERE[:2]))
    right = question.solution_answer()
    wrong = next(key for key in question.options if key != right)
    # The engine's own verdicts on the same answers, in this process (course_home keeps it off any real store).
    expected_wrong, expected_right = question.check(wrong), question.check(right)
    assert not expected_wrong.correct and expected_right.correct

    cell = opened.cell(index)
    outputs = cell.locator(".jp-Cell-outputArea")
    board = _progress_board(page)
    expect(board).to_be_attached()
    done_before = _done_count(board.text_content())
    check = _button(cell, "check")

    cell.scroll_into_view_if_needed()
    cell.get_by_role("radio", name=question.options[wrong], exact=True).check()
    check.click()
    expect(outputs).to_contain_text(expected_wrong.label, timeout=ANSWER_TIMEOUT_S * 1000)
    shown = _plain(outputs.text_content())
    assert _plain(expected_wrong.message) in shown, f"feedback for {wrong!r} should say why: {shown[-400:]!r}"
    page.wait_for_timeout(500)
    assert _done_count(board.text_content()) == done_before, "a wrong answer must not count as done"
    cell.screenshot(path=str(artifacts / "00-answer-wrong.png"))

    cell.get_by_role("radio", name=question.options[right], exact=True).check()
    check.click()
    expect(outputs).to_contain_text(expected_right.label, timeout=ANSWER_TIMEOUT_S * 1000)
    expect(outputs).not_to_contain_text(expected_wrong.label)
    cell.screenshot(path=str(artifacts / "00-answer-right.png"))

    try:
        _wait_for_done_count(board, done_before + 1)
    finally:
        board.scroll_into_view_if_needed()
        board.screenshot(path=str(artifacts / "00-progress-after.png"))
    assert not [e for e in opened.log.errors if WIDGET_CONSOLE_ERROR.search(e)], opened.log.errors


def test_student_drags_the_viral_marketing_explorer_and_the_figure_changes(course, artifacts):
    opened = course.notebook(VIRAL)
    page = opened.page
    cells = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell")
    explorer = cells.filter(has=page.locator(".jupyter-widgets .noUi-handle")).filter(
        has=page.locator(PICTURE)).first
    wait_for(explorer.count, SETTLE_TIMEOUT_S, lambda _: "notebook 07 shows no explorer with a slider and a figure")
    explorer.scroll_into_view_if_needed()
    handle = explorer.locator(".noUi-handle").first
    track = explorer.locator(".noUi-target").first
    readout = explorer.locator(".widget-readout").first
    figure = explorer.locator(PICTURE).first
    sentence = explorer.locator(f"{SENTENCE}").first
    value_before, figure_before = readout.text_content(), figure.get_attribute("src")
    alt_before = figure.get_attribute("alt")
    assert _plain(alt_before) == _plain(sentence.text_content()), (
        f"the picture's text alternative should be the sentence: {alt_before!r} vs {sentence.text_content()!r}")
    explorer.screenshot(path=str(artifacts / "07-explorer-before.png"))

    # Drag as a hand does: press on the handle, move in small steps, release.
    handle_box, track_box = handle.bounding_box(), track.bounding_box()
    x, y = handle_box["x"] + handle_box["width"] / 2, handle_box["y"] + handle_box["height"] / 2
    towards_right = x < track_box["x"] + track_box["width"] / 2
    target = x + (0.4 if towards_right else -0.4) * track_box["width"]
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(target, y, steps=12)
    page.mouse.up()

    # The explorer redraws while the handle moves, so frames keep arriving for a moment after the release:
    # wait until the slider, the figure and the sentence under the controls have been still for a while.
    def state() -> tuple:
        return (readout.text_content(), figure.get_attribute("src"), sentence.text_content(),
                figure.get_attribute("alt"))

    deadline, still_since, last = time.monotonic() + 60, time.monotonic(), None
    while time.monotonic() < deadline:
        now = state()
        if now != last:
            last, still_since = now, time.monotonic()
        elif now[0] != value_before and now[1] != figure_before and time.monotonic() - still_since > 1.5:
            break
        time.sleep(0.2)
    explorer.screenshot(path=str(artifacts / "07-explorer-after.png"))
    value_after, figure_after, sentence_after, alt_after = state()
    assert value_after != value_before, "dragging the handle did not move the slider"
    assert figure_after != figure_before, (
        f"the slider moved ({value_before} -> {value_after}) but the figure did not change")
    assert alt_after != alt_before and _plain(alt_after) == _plain(sentence_after), (
        f"the new picture's text alternative should be the new sentence: {alt_after!r} vs {sentence_after!r}")
    assert not [e for e in opened.log.errors if WIDGET_CONSOLE_ERROR.search(e)], opened.log.errors


# Widget questions whose Hint and Solution buttons a student presses: a choice question, an explorer question and
# one item of a quiz (each quiz item has its own buttons).
HELP_IN_WIDGETS = [(START_HERE, "00.q2"), (VIRAL, "07.q3"), (VIRAL, "07.quiz1")]


@pytest.mark.parametrize(("name", "question_id"), HELP_IN_WIDGETS, ids=[qid for _, qid in HELP_IN_WIDGETS])
def test_widget_hint_and_solution_buttons_show_help_and_record_it(course, artifacts, name, question_id):
    from smm_course import exercises

    opened = course.notebook(name)
    question = exercises.get(question_id)
    index = _exercise_cell(opened.stored, question_id)
    shown = exercises.get(opened.stored["cells"][index]["metadata"]["smm_course"]["exercise"])
    items = [item.id for item in getattr(shown, "questions", [shown])]
    position = items.index(question_id)  # a quiz draws its items' buttons in its items' order
    assert question.hints, f"{question_id} has no hints to show"
    first_hint, explanation = _plain(question.hints[0]), _plain(question.explanation)

    cell = opened.cell(index)
    cell.scroll_into_view_if_needed()
    hint, solution = _button(cell, "hint"), _button(cell, "solution")
    wait_for(lambda: hint.count() == len(items) and solution.count() == len(items), SETTLE_TIMEOUT_S,
             lambda _: f"{question_id}: the cell should have a Hint and a Solution button per question "
                       f"({len(items)}); it has {hint.count()} and {solution.count()}")
    assert not _boxes(cell, "smm-hint") and not _boxes(cell, "smm-solution"), (
        f"{question_id}: help is shown before any button was pressed")

    hint.nth(position).click()
    wait_for(lambda: [box for box in _boxes(cell, "smm-hint") if question_id in box and first_hint in box],
             ANSWER_TIMEOUT_S, lambda _: f"{question_id}: Hint should show the first hint ({first_hint!r}); the cell "
                                         f"shows hints {_boxes(cell, 'smm-hint')}")
    cell.locator(".smm-hint").first.screenshot(path=str(artifacts / f"{question_id}-hint.png"))

    solution.nth(position).click()
    wait_for(lambda: [box for box in _boxes(cell, "smm-solution") if question_id in box and explanation in box],
             ANSWER_TIMEOUT_S, lambda _: f"{question_id}: Solution should show the solution and why "
                                         f"({explanation[:80]!r}...); the cell shows {_boxes(cell, 'smm-solution')}")
    cell.locator(".smm-solution").first.screenshot(path=str(artifacts / f"{question_id}-solution.png"))

    def recorded() -> dict | None:
        entry = _stored_entry(course, question_id)
        return entry if entry.get("hints_used", 0) >= 1 and entry.get("solution_seen") is True else None

    wait_for(recorded, ANSWER_TIMEOUT_S,
             lambda _: f"{question_id}: the progress store in {course.server.course_home} should record a hint "
                       f"and the solution; it has {_stored_entry(course, question_id)}")
    assert not [e for e in opened.log.errors if WIDGET_CONSOLE_ERROR.search(e)], opened.log.errors


# --------------------------------------------------------------------------------------------------------------
# Keyboard only: Tab, arrows, Enter and Space, as a student who uses no mouse (or a screen reader) works.

# Where the keyboard is: the cell that holds the focused element and the cell JupyterLab marks active (-1: none),
# and what the element is (its role, the text of its label, whether it is a cell's code editor).
FOCUS_JS = """
() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const cells = panel ? [...panel.querySelectorAll('.jp-Notebook .jp-Cell')] : [];
  const focused = document.activeElement;
  const labelled = focused?.getAttribute('aria-labelledby');
  const label = labelled ? document.getElementById(labelled) : focused?.closest('label');
  return {
    cell: cells.findIndex((c) => c.contains(focused)),
    active: cells.findIndex((c) => c.classList.contains('jp-mod-active')),
    inNotebook: !!panel?.querySelector('.jp-Notebook')?.contains(focused),
    role: focused?.getAttribute('role') || focused?.type || focused?.tagName.toLowerCase() || '',
    editor: !!focused?.closest('.jp-InputArea-editor'),
    name: ((label || focused)?.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 120),
  };
}
"""
KEYBOARD_TIMEOUT_S = 30


def _focus(page) -> dict:
    return page.evaluate(FOCUS_JS)


def _tab_to(page, wanted, what: str, backwards: bool = False, presses: int = 40) -> dict:
    """Press Tab (Shift+Tab) until the focused element is ``wanted`` (a test of :data:`FOCUS_JS`'s record); no
    press when it already is."""
    focus = _focus(page)
    if wanted(focus):
        return focus
    seen = []
    for _ in range(presses):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        focus = _focus(page)
        seen.append(f"{focus['role']} {focus['name'][:30]!r} (cell {focus['cell']})")
        if wanted(focus):
            return focus
    raise AssertionError(f"{presses} presses of {'Shift+' if backwards else ''}Tab never reached {what}; "
                         f"the focus went: {' -> '.join(seen)}")


def _arrow_to_cell(page, index: int) -> None:
    """Select cell ``index`` as a keyboard user does in JupyterLab: into the notebook with Tab, Escape to command
    mode, then arrow keys, one cell a press."""
    if not _focus(page)["inNotebook"]:
        _tab_to(page, lambda focus: focus["inNotebook"], "the notebook")
    page.keyboard.press("Escape")
    for _ in range(200):
        active = _focus(page)["active"]
        if active == index:
            return
        page.keyboard.press("ArrowDown" if active < index else "ArrowUp")
    raise AssertionError(f"the arrow keys never made cell {index} the active cell ({_focus(page)})")


def _type_in_cell(page, index: int, code: str) -> None:
    """Enter edit mode on cell ``index`` (Enter), replace its code (Control+A, typing) and run it (Shift+Enter)."""
    _arrow_to_cell(page, index)
    page.keyboard.press("Enter")
    wait_for(lambda: (focus := _focus(page))["editor"] and focus["cell"] == index, KEYBOARD_TIMEOUT_S,
             lambda _: f"Enter on cell {index} should put the cursor in its editor; the focus is at {_focus(page)}")
    page.keyboard.press("Control+a")
    page.keyboard.type(code)


def _still(read, changed, timeout: float = 60, quiet_for: float = 1.5):
    """Wait until ``read()`` has changed (``changed(value)``) and then stayed the same for ``quiet_for`` seconds:
    an explorer keeps redrawing for a moment after its control stops moving. Returns the last reading."""
    deadline, still_since, last = time.monotonic() + timeout, time.monotonic(), None
    while time.monotonic() < deadline:
        now = read()
        if now != last:
            last, still_since = now, time.monotonic()
        elif changed(now) and time.monotonic() - still_since > quiet_for:
            break
        time.sleep(0.2)
    return last


def test_keyboard_only_student_answers_00_and_asks_for_a_hint_and_the_solution(course, course_home, artifacts):
    from smm_course import data, exercises
    from smm_course.i18n import translate

    opened = course.notebook(START_HERE)
    page = opened.page

    # 00.q1: type a value into the exercise's code cell and run it, a wrong value first, then the right one.
    q1 = exercises.get("00.q1")
    cell_index = _exercise_cell(opened.stored, q1.id)
    cell = opened.cell(cell_index)
    audiences = data.load("platform_audiences")
    wrong = float(audiences.loc[(audiences["platform"] == "Facebook") & (audiences["age_group"] == "all"),
                                "share_of_adults"].item())
    right = float(q1.expected)
    for value in (wrong, right):
        verdict = q1.check(value)
        before = prompt_count(cell)
        _type_in_cell(page, cell_index, f"{q1.variable} = {value!r}\nex.{q1.id.split('.')[1]}.check()")
        page.keyboard.press("Shift+Enter")
        wait_for(lambda: prompt_count(cell) not in (None, before), ANSWER_TIMEOUT_S,
                 lambda _: f"00.q1 did not run after Shift+Enter (prompt {prompt_count(cell)}, {before} before)")
        wait_for(lambda: [box for box in _boxes(cell, "smm-check") if verdict.label in box], ANSWER_TIMEOUT_S,
                 lambda _: f"after {value!r} typed with the keyboard, 00.q1 should say {verdict.label!r}; it shows "
                           f"{_boxes(cell, 'smm-check')}")
    assert cell.locator('.smm-check[role="status"]').count() == 1, "the check result is not a status for screen readers"

    # 00.q2, a widget: Tab to a wrong option, Space picks it, Tab to Check, Enter; then the right option,
    # Check with Space; then the Hint button (Enter) and the Solution button (Space).
    index, q2 = _first_choice_widget(opened.stored, _questions_module(START_HERE[:2]))
    right_key = q2.solution_answer()
    wrong_key = next(key for key in q2.options if key != right_key)
    cell = opened.cell(index)
    check, hint, solution = (rf"^\W*{re.escape(translate(f'button.{key}'))}$" for key in ("check", "hint", "solution"))

    def on_radio(key):
        return lambda focus: focus["cell"] == index and focus["role"] == "radio" and focus["name"] == q2.options[key]

    def on_button(pattern):
        return lambda focus: focus["cell"] == index and focus["role"] == "submit" and re.match(pattern, focus["name"])

    _arrow_to_cell(page, index)
    for key, press in ((wrong_key, "Enter"), (right_key, "Space")):
        verdict = q2.check(key)
        _tab_to(page, on_radio(key), f"the option {q2.options[key]!r} of 00.q2", backwards=key == right_key)
        page.keyboard.press("Space")
        wait_for(lambda: cell.get_by_role("radio", name=q2.options[key], exact=True).is_checked(), KEYBOARD_TIMEOUT_S,
                 lambda _: f"Space on the option {q2.options[key]!r} did not pick it")
        _tab_to(page, on_button(check), "00.q2's Check button")
        page.keyboard.press(press)
        # On a busy machine the click can reach the kernel before the new pick (ipywidgets holds a model's
        # update back while an earlier one is pending); the widget then says the answer changed, and a student
        # presses Check again. Anything else (a stale result that stays) fails below.
        changed = cell.locator(".smm-check-changed")
        wait_for(lambda: changed.count() or [box for box in _boxes(cell, "smm-check") if verdict.label in box],
                 ANSWER_TIMEOUT_S, lambda _: f"{press} on Check with {key!r} picked should show {verdict.label!r}; "
                                             f"the cell shows {_boxes(cell, 'smm-check')}")
        if changed.count():
            assert _focus(page)["role"] == "submit", f"the focus left the Check button: {_focus(page)}"
            page.keyboard.press(press)
        wait_for(lambda: not changed.count() and [box for box in _boxes(cell, "smm-check") if verdict.label in box],
                 ANSWER_TIMEOUT_S, lambda _: f"{press} on Check with {key!r} picked should show {verdict.label!r}; "
                                             f"the cell shows {_boxes(cell, 'smm-check')}")
    cell.screenshot(path=str(artifacts / "00-keyboard-answer.png"))

    for button, press, shown, hidden in ((hint, "Enter", "smm-hint", "smm-solution"),
                                         (solution, "Space", "smm-solution", "smm-hint")):
        before = _boxes(cell, shown)
        _tab_to(page, on_button(button), f"00.q2's {shown[4:]} button")
        page.keyboard.press(press)
        wait_for(lambda: (now := _boxes(cell, shown)) and now != before and not _boxes(cell, hidden),
                 ANSWER_TIMEOUT_S, lambda _: f"{press} on the {shown[4:]} button should show a new {shown[4:]}; the "
                                             f"cell shows {_boxes(cell, shown)} and {_boxes(cell, hidden)}")
        assert not cell.locator(f'.{shown}:not([role="note"])').count(), f"a {shown[4:]} is not a note (role)"
    cell.screenshot(path=str(artifacts / "00-keyboard-help.png"))
    assert not [e for e in opened.log.errors if WIDGET_CONSOLE_ERROR.search(e)], opened.log.errors


def test_keyboard_only_student_moves_07_explorer(course, artifacts):
    opened = course.notebook(VIRAL)
    page = opened.page
    index = page.evaluate(f"""() => [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell')]
        .findIndex((c) => c.querySelector('.noUi-handle') && c.querySelector({PICTURE!r}))""")
    assert index >= 0, "notebook 07 shows no explorer with a slider and a figure"
    explorer = opened.cell(index)
    handle = explorer.locator('[role="slider"]').first
    figure, sentence = explorer.locator(PICTURE).first, explorer.locator(SENTENCE).first

    _arrow_to_cell(page, index)
    focus = _tab_to(page, lambda f: f["cell"] == index and f["role"] == "slider", "the explorer's first slider")
    label = explorer.locator(".widget-slider .widget-label").first.text_content().strip()
    assert focus["name"] == label, f"the slider's accessible name should be its label {label!r}: {focus['name']!r}"

    def state() -> tuple:
        return (handle.get_attribute("aria-valuetext"), figure.get_attribute("src"), sentence.text_content(),
                figure.get_attribute("alt"))

    before = state()
    at_top = float(handle.get_attribute("aria-valuenow")) >= float(handle.get_attribute("aria-valuemax"))
    for _ in range(3):
        page.keyboard.press("ArrowLeft" if at_top else "ArrowRight")
    after = _still(state, lambda now: now[0] != before[0] and now[1] != before[1])
    explorer.screenshot(path=str(artifacts / "07-keyboard-after.png"))
    assert after[0] != before[0], f"the arrow keys did not move the slider (it says {after[0]!r})"
    assert after[1] != before[1], f"the slider moved ({before[0]} -> {after[0]}) but the figure did not change"
    assert _plain(after[3]) == _plain(after[2]) and after[3] != before[3], (
        f"the new picture's text alternative should be the new sentence: {after[3]!r} vs {after[2]!r}")
    assert _focus(page)["role"] == "slider", f"the focus left the slider while it moved: {_focus(page)}"
    assert not [e for e in opened.log.errors if WIDGET_CONSOLE_ERROR.search(e)], opened.log.errors


# --------------------------------------------------------------------------------------------------------------
# The static site, read from disk with no server and no internet.

def _has_math(notebook: dict) -> bool:
    return any(cell["cell_type"] == "markdown" and re.search(r"\$[^$\n]+\$", _text(cell["source"]))
               for cell in notebook["cells"])


def test_static_site_shows_widgets_from_saved_state_offline(browser, artifacts, tmp_path):
    from smm_course import site

    index = site.build(tmp_path / "site", notebooks=NOTEBOOKS)
    context = browser.new_context(viewport=VIEWPORT)
    try:
        page = context.new_page()
        log = PageLog().attach(page)
        page.goto(index.as_uri())
        entries = [site.read_entry(path) for path in NOTEBOOKS]
        links = page.get_by_role("list").get_by_role("link")
        assert links.count() == len(entries)
        page.screenshot(path=str(artifacts / "site-index.png"), full_page=True)

        with_widgets = [e for e in entries if _stored_widget_cells(json.loads(e.path.read_text(encoding="utf-8")))]
        assert with_widgets, "no notebook has widget outputs to show on the site"
        checked = [with_widgets[0]]
        with_math = next((e for e in entries if _has_math(json.loads(e.path.read_text(encoding="utf-8")))), None)
        if with_math is not None and with_math not in checked:
            checked.append(with_math)
        for entry in checked:
            page.goto(index.as_uri())
            page.get_by_role("link", name=entry.title, exact=True).click()
            page.wait_for_load_state("load")
            views = page.locator(f'script[type="{WIDGET_VIEW}"]').count()
            drawn = page.locator(".widget-subarea > .jupyter-widgets")
            deadline = time.monotonic() + 30
            while drawn.count() < views and time.monotonic() < deadline:
                time.sleep(0.25)
            page.wait_for_timeout(500)
            page.screenshot(path=str(artifacts / f"site-{entry.path.stem}.png"), full_page=True)
            assert drawn.count() >= views, f"{entry.page}: {drawn.count()} of {views} widgets drawn from saved state"
            assert page.locator(f".{WIDGET_ERROR_CLASS}").count() == 0, f"{entry.page}: a widget shows an error"
            failed_fonts = page.evaluate("[...document.fonts].filter(f => f.status === 'error').map(f => f.family)")
            assert not failed_fonts, f"{entry.page}: fonts failed to load: {failed_fonts}"
            if entry is with_math:
                assert page.locator("mjx-container").count() > 0, f"{entry.page}: the math was not typeset"
        assert not log.failed_requests, f"the site asked for files it does not have: {log.failed_requests}"
        assert not log.errors, f"console errors on the site: {log.errors}"
    finally:
        context.close()
