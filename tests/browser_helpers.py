"""Helpers for the real-browser test: a private JupyterLab server, Debian's Chromium through Playwright, and
what a student sees in a notebook (prompts, outputs, widgets), read from the DOM.

Nothing here downloads a browser: Playwright drives the Chromium that the system already has.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from smm_course import lab

#: Chromium flags for a quiet, offline, headless run (no sandbox: CI containers often run as root).
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]
REQUIRE_BROWSER_ENV = "SMM_COURSE_REQUIRE_BROWSER"
# Chromium cannot paint a page taller than about 16k pixels in one go; taller notebooks are shot in parts.
MAX_SHOT_HEIGHT = 12_000
VIEWPORT = {"width": 1280, "height": 900}

# Text the widget front end (jupyterlab_widgets) puts in place of a widget it cannot draw, and the class of
# ipywidgets' error view (shown when a widget's model or view module cannot be loaded).
WIDGET_ERROR_TEXT = "Error displaying widget"
WIDGET_LOADING_TEXT = "Loading widget..."
WIDGET_ERROR_CLASS = "jupyter-widgets-error-widget"

# JupyterLab settings for the test only, written as the private user's settings (students keep Lab's defaults).
# - Notebook windowing off: by default (JupyterLab 4.6: "contentVisibility") a notebook opens with placeholders
#   and attaches the real cells when the CPU is idle, so on a loaded machine the page can hold fewer cells than
#   the file for a long while. With "none" every cell is in the page as soon as the notebook is drawn.
# - Autosave off: the test saves once, from the toolbar, and reads the file back; an autosave landing at the
#   same moment would write the file under that read.
TEST_LAB_SETTINGS = {
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
    "@jupyterlab/docmanager-extension:plugin": {"autosave": False},
}

T = TypeVar("T")


def wait_for(probe: Callable[[], T], timeout: float, describe: Callable[[T], str], interval: float = 0.25) -> T:
    """Call ``probe`` until it returns something true, and return that; raise AssertionError after ``timeout``
    seconds, with ``describe(last value)`` saying what was still wrong.

    Every wait in the browser test goes through here: on a loaded machine any single reading of the page may
    come too early, so a condition is polled against a deadline, never read once.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"after {timeout:.0f} s: {describe(value)}")
        time.sleep(interval)


def chromium_executable() -> str | None:
    """The system's Chromium (Debian: /usr/bin/chromium), or None when none is installed."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


@contextlib.contextmanager
def launched_chromium(needed_for: str) -> Iterator[object]:
    """The system's Chromium, launched headless through Playwright for the length of the block, then closed.

    Without a Chromium the calling test is skipped (it says it needs one ``needed_for``), or fails when
    ``SMM_COURSE_REQUIRE_BROWSER=1`` (as in CI), so a missing browser cannot pass for a green run. Every browser
    test module makes its module-wide ``browser`` fixture with this.
    """
    import pytest

    found = chromium_executable()
    if found is None:
        if os.environ.get(REQUIRE_BROWSER_ENV) == "1":
            pytest.fail(f"No Chromium installed, and {REQUIRE_BROWSER_ENV}=1 requires the browser tests to run.")
        pytest.skip(f"no Chromium installed (apt-get install chromium); {needed_for}")
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=found, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
    finally:
        playwright.stop()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


#: Folders under notebooks/ that hold another language's edition of the course.
EDITION_FOLDERS = ("it",)


class LabServer:
    """JupyterLab started as students start it (``smm_course.lab.lab_command``), on private copies of everything.

    The notebooks are copied to ``root/notebooks``; progress (``SMM_COURSE_HOME``), Jupyter's runtime, config and
    data folders, IPython's folder and Lab's workspaces all live under ``root``, so nothing leaks in from the
    developer's machine and nothing leaks out of the test.
    """

    def __init__(self, notebooks: list[Path], root: Path, token: str = "smm-course-browser-test") -> None:
        self.root = root
        self.token = token
        self.port = free_port()
        self.notebook_dir = root / "notebooks"
        self.notebook_dir.mkdir(parents=True)
        for path in notebooks:
            # Another edition's notebooks (notebooks/it/...) keep their folder, as in the repository.
            target = self.notebook_dir / (path.parent.name if path.parent.name in EDITION_FOLDERS else "") / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
        self.log_path = root / "jupyterlab.log"
        self.process: subprocess.Popen | None = None
        self.user_settings_dir = root / "user-settings"
        for plugin, values in TEST_LAB_SETTINGS.items():
            package, name = plugin.split(":")
            target = self.user_settings_dir / package / f"{name}.jupyterlab-settings"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(values, indent=2), encoding="utf-8")

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self.port}"

    def environment(self) -> dict[str, str]:
        """The server's environment: this one, with every per-user folder moved under ``root``."""
        env = dict(os.environ)
        for variable, folder in {
            "SMM_COURSE_HOME": "course-home", "JUPYTER_RUNTIME_DIR": "jupyter-runtime",
            "JUPYTER_CONFIG_DIR": "jupyter-config", "JUPYTER_DATA_DIR": "jupyter-data", "IPYTHONDIR": "ipython",
        }.items():
            env[variable] = str(self.root / folder)
        env.pop("SMM_COURSE_LANG", None)  # feedback in English, whatever the developer's shell says
        env.pop("JUPYTER_PATH", None)
        return env

    def start(self, timeout: float = 90) -> None:
        """Start the server and wait until its API answers; fail with the server's log if it does not."""
        extra = [
            "--ServerApp.ip=127.0.0.1",
            f"--LabApp.workspaces_dir={self.root / 'workspaces'}",
            f"--LabApp.user_settings_dir={self.user_settings_dir}",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:  # CI containers run as root; Jupyter refuses without this
            extra.append("--allow-root")
        command = lab.lab_command(self.notebook_dir, port=self.port, token=self.token, open_browser=False,
                                  extra_args=extra)
        log = self.log_path.open("w")
        self.process = subprocess.Popen(command, env=self.environment(), stdout=log, stderr=subprocess.STDOUT,
                                        cwd=self.root)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"JupyterLab exited with code {self.process.returncode}:\n{self.log_tail()}")
            try:
                self.api("GET", "/api/status")
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.3)
                continue
            self.check_settings()
            return
        raise RuntimeError(f"JupyterLab did not answer within {timeout:.0f} s:\n{self.log_tail()}")

    def check_settings(self) -> None:
        """Fail unless JupyterLab reads the test's settings (a wrong folder or plugin id would be ignored
        silently, and the test would be flaky again)."""
        for plugin, values in TEST_LAB_SETTINGS.items():
            found = self.api("GET", f"/lab/api/settings/{plugin}")["settings"]
            wrong = {key: found.get(key) for key, value in values.items() if found.get(key) != value}
            if wrong:
                raise RuntimeError(f"JupyterLab does not use the test's settings for {plugin}: wanted {values}, "
                                   f"it has {wrong}")

    def stop(self) -> None:
        """Stop the server (and so its kernels), by its own process id."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    def log_tail(self, lines: int = 40) -> str:
        """The last lines of the server's log."""
        if not self.log_path.exists():
            return "(no log)"
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def api(self, method: str, path: str) -> object:
        """Call Jupyter Server's REST API; return the decoded JSON (None for an empty answer)."""
        request = urllib.request.Request(self.base_url + path, method=method,
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def notebook_url(self, name: str) -> str:
        """Where a student opens a notebook; ``reset`` starts from an empty workspace (no other tabs)."""
        return f"{self.base_url}/lab/tree/{name}?reset&token={self.token}"

    def saved_notebook(self, name: str, timeout: float = 15) -> dict:
        """The notebook as JupyterLab last saved it (nbformat JSON).

        Jupyter Server writes a notebook in place, so a read that lands while a save is still writing finds a
        truncated file and answers 400 "Unreadable Notebook"; such a read is retried until the save is done.
        """
        deadline = time.monotonic() + timeout
        while True:
            try:
                return self.api("GET", f"/api/contents/{name}?content=1")["content"]
            except urllib.error.HTTPError as error:
                if error.code != 400 or time.monotonic() > deadline:
                    raise
                time.sleep(0.3)

    @property
    def course_home(self) -> Path:
        """The server's private ``SMM_COURSE_HOME``, where its kernels keep the student's progress."""
        return self.root / "course-home"

    def progress(self) -> dict[str, dict]:
        """The progress store as the kernels last wrote it: question id -> entry ({} before the first write).

        The store is replaced in one rename on every write, so a read never sees half a file.
        """
        path = self.course_home / "progress.json"
        if not path.exists():
            return {}
        return json.loads(path.read_text(encoding="utf-8"))["questions"]

    def shut_down_kernel_of(self, name: str) -> None:
        """End the kernel session of one notebook, to free memory for the next one."""
        for session in self.api("GET", "/api/sessions"):
            if session.get("path") == name:
                self.api("DELETE", f"/api/sessions/{session['id']}")


@dataclass
class PageLog:
    """What a page said in the browser console, and the requests that failed."""

    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)

    def attach(self, page) -> "PageLog":
        """Start listening to ``page``."""
        def on_console(message) -> None:
            if message.type == "error":
                self.errors.append(message.text)
            elif message.type == "warning":
                self.warnings.append(message.text)

        page.on("console", on_console)
        page.on("pageerror", lambda error: self.errors.append(f"uncaught: {error}"))
        page.on("requestfailed", lambda request: self.failed_requests.append(f"{request.url} ({request.failure})"))
        return self


# Reads every cell of the open notebook: its kind, prompt, and each top-level output with what it shows.
# textContent (not innerText) because JupyterLab skips painting cells that are off screen.
READ_CELLS_JS = f"""
() => {{
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!panel) return null;
  return [...panel.querySelectorAll('.jp-Notebook .jp-Cell')].map((cell) => ({{
    kind: cell.classList.contains('jp-CodeCell') ? 'code' : (cell.classList.contains('jp-MarkdownCell') ? 'markdown' : 'raw'),
    prompt: (cell.querySelector('.jp-InputPrompt')?.textContent || '').trim(),
    outputs: [...cell.querySelectorAll('.jp-Cell-outputArea > .jp-OutputArea-child > .jp-OutputArea-output')].map((out) => ({{
      mime: out.dataset.mimeType || null,
      text: (out.textContent || '').slice(0, 3000),
      widgets: out.querySelectorAll('.jupyter-widgets[class*="widget-"]').length,
      errorWidgets: [...out.querySelectorAll('.{WIDGET_ERROR_CLASS}')].map((e) => e.textContent.trim()),
      images: out.querySelectorAll('img').length,
    }})),
  }}));
}}
"""

# True once the notebook's kernel is known and idle (before that the indicator says "idle" with "No Kernel"),
# or as soon as a dialog (such as the kernel picker) asks the student something.
KERNEL_READY_OR_DIALOG_JS = """
() => {
  if (document.querySelector('.jp-Dialog')) return true;
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!panel) return false;
  const name = panel.querySelector('.jp-Toolbar-kernelName')?.textContent.trim() || '';
  const status = panel.querySelector('.jp-Notebook-ExecutionIndicator')?.dataset.status;
  return name !== '' && name !== 'No Kernel' && status === 'idle';
}
"""

def read_cells(page, expected: int, timeout: float = 60) -> list[dict]:
    """Every cell of the open notebook as the student sees it (see ``READ_CELLS_JS``), once the page holds all
    ``expected`` cells of the file: a count read once may come while JupyterLab is still drawing the notebook."""
    def complete() -> list[dict] | None:
        cells = page.evaluate(READ_CELLS_JS)
        return cells if cells is not None and len(cells) == expected else None

    def describe(_) -> str:
        cells = page.evaluate(READ_CELLS_JS)
        if cells is None:
            return "no notebook panel is open"
        return f"the page shows {len(cells)} cells, the notebook file has {expected}"

    return wait_for(complete, timeout, describe)


def prompt_count(cell) -> int | None:
    """The execution count a code cell's prompt shows (``[7]:`` -> 7), or None (never run, or running: ``[*]:``)."""
    found = re.fullmatch(r"\[(\d+)\]:", (cell.locator(".jp-InputPrompt").first.text_content() or "").strip())
    return int(found.group(1)) if found else None


def editor_text(cell) -> str:
    """The code in a cell's editor as the page shows it (CodeMirror draws one ``.cm-line`` per line)."""
    return "\n".join(cell.locator(".jp-InputArea-editor .cm-line").all_text_contents())


def select_in_editor(page, cell, line: int, column: int, length: int) -> None:
    """Put the cursor in a cell's editor and select ``length`` characters from ``column`` of ``line`` (0-based),
    with the keys a student would press: no text is set behind the editor's back."""
    cell.locator(".jp-InputArea-editor .cm-content").click()
    page.keyboard.press("Control+Home")
    for _ in range(line):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Home")
    for _ in range(column):
        page.keyboard.press("ArrowRight")
    for _ in range(length):
        page.keyboard.press("Shift+ArrowRight")


def expected_to_run(notebook: dict) -> list[bool]:
    """For each cell of a notebook file: does Run All give it an execution count? (code cells with code in them)"""
    def source(cell: dict) -> str:
        text = cell.get("source", "")
        return "".join(text) if isinstance(text, list) else text

    return [cell["cell_type"] == "code" and bool(source(cell).strip()) for cell in notebook["cells"]]


SCROLLER = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer"
IMAGES_LOADED_JS = """
() => [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) img')].every((img) => img.complete)
"""
SHOT_TIMEOUT_MS = 60_000
# Resolves after the browser has painted the current state (the second frame starts after the first is drawn).
NEXT_PAINT_JS = "() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))"


def shoot_notebook(page, path: Path) -> tuple[list[Path], list[str]]:
    """Screenshot the whole open notebook: the window is made as tall as the notebook (in parts past
    ``MAX_SHOT_HEIGHT``), so every cell is painted. Returns (files written, what went wrong).

    The pictures are for a person to look at after a failure; they prove nothing, so a picture that cannot be
    taken (a page that crashed, a machine too slow to paint in time) is reported, not raised.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in [path, *path.parent.glob(f"{path.stem}-part*{path.suffix}")]:  # a longer notebook's old parts
        old.unlink(missing_ok=True)
    written: list[Path] = []
    trouble: list[str] = []

    def shot(target: Path) -> None:
        page.screenshot(path=str(target), timeout=SHOT_TIMEOUT_MS, animations="disabled", caret="hide")
        written.append(target)

    try:
        page.wait_for_function(IMAGES_LOADED_JS, timeout=15_000, polling=250)
    except Exception as error:  # noqa: BLE001 - a picture taken anyway still helps
        trouble.append(f"images still loading: {str(error).splitlines()[0]}")
    try:
        content_height = page.eval_on_selector(SCROLLER, "el => el.scrollHeight")
        visible_height = page.eval_on_selector(SCROLLER, "el => el.clientHeight")
    except Exception:  # noqa: BLE001 - no notebook on screen (it failed to open): a plain screenshot says why
        try:
            shot(path)
        except Exception as error:  # noqa: BLE001
            trouble.append(f"screenshot failed: {str(error).splitlines()[0]}")
        return written, trouble
    chrome = VIEWPORT["height"] - visible_height  # menus, toolbars and status bar around the notebook
    height = min(content_height + chrome, MAX_SHOT_HEIGHT)
    step = max(height - chrome, 1)
    try:
        page.set_viewport_size({"width": VIEWPORT["width"], "height": max(height, VIEWPORT["height"])})
        # JupyterLab lays the panels out again after a resize: wait until the notebook has grown.
        page.wait_for_function("([sel, want]) => document.querySelector(sel)?.clientHeight >= want",
                               arg=[SCROLLER, min(step, content_height) - 2], timeout=15_000, polling=100)
        parts = max(1, -(-content_height // step))
        for part in range(parts):
            top = part * step
            page.eval_on_selector(SCROLLER, "(el, top) => { el.scrollTop = top; }", top)
            page.evaluate(NEXT_PAINT_JS)
            shot(path if parts == 1 else path.with_name(f"{path.stem}-part{part + 1}{path.suffix}"))
    except Exception as error:  # noqa: BLE001
        trouble.append(f"screenshot failed: {str(error).splitlines()[0]}")
    finally:
        try:
            page.eval_on_selector(SCROLLER, "el => { el.scrollTop = 0; }")
            page.set_viewport_size(VIEWPORT)
        except Exception as error:  # noqa: BLE001
            trouble.append(f"could not restore the window after the screenshots: {str(error).splitlines()[0]}")
    return written, trouble


# --------------------------------------------------------------------------------------------------------------
# Accessibility: axe-core, the engine behind Lighthouse's audit, run in the page.

#: The WCAG 2.0 A, 2.0 AA and 2.1 AA rules (axe-core's tags); best-practice rules are not part of the promise.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa"]
# No preload: axe would fetch every stylesheet again (blocked for file:// pages, a console error) for the one rule
# that reads CSS rules, css-orientation-lock, which is experimental and so not run for these tags anyway.
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"], "preload": False}
AXE_PACKAGE = "axe-playwright-python"
# What a widget output still needs before axe reads it: its pictures decoded, and every slider handle named (the
# course's pictures name the sliders of their output when they load; see smm_course.explorers.base).
SETTLED_FOR_AXE_JS = """
(scope) => {
  const roots = scope ? [...document.querySelectorAll(scope)] : [document.body];
  const all = (selector) => roots.flatMap((root) => [...root.querySelectorAll(selector)]);
  return all('img').every((img) => img.complete)
    && all('[role="slider"]').every((handle) => handle.hasAttribute('aria-labelledby') || handle.hasAttribute('aria-label'));
}
"""


def axe_source() -> str:
    """axe-core's script, as the Python package ``axe-playwright-python`` ships it (no download at test time)."""
    from importlib import resources

    try:
        return (resources.files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")
    except ModuleNotFoundError as missing:
        raise RuntimeError(f"axe-core is missing: pip install {AXE_PACKAGE} (the test extra lists it)") from missing


def axe_violations(page, include: str | None = None, settle_timeout: float = 30) -> list[dict]:
    """Run axe-core's WCAG 2.1 AA rules on the page, or only inside the elements ``include`` selects; return the
    violations (axe's own records: ``id``, ``impact``, ``help``, ``nodes`` with ``target`` and ``html``).

    First waits, up to ``settle_timeout`` seconds, for the page to settle (pictures decoded, sliders named): axe
    reads the page once, so it must not read it too early. A page that never settles is checked all the same, and
    axe then says what is wrong.
    """
    try:
        page.wait_for_function(SETTLED_FOR_AXE_JS, arg=include, timeout=settle_timeout * 1000, polling=250)
    except Exception:  # noqa: BLE001 - the violations below say what did not settle
        pass
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe_source())
    context = {"include": [[include]]} if include else None
    return page.evaluate("([context, options]) => axe.run(context || document, options).then((r) => r.violations)",
                         [context, AXE_OPTIONS])


def axe_report(violations: list[dict], where: str) -> str:
    """One line per failing element: the page, the rule, the element (its selector and HTML) and what is wrong."""
    lines = []
    for violation in violations:
        for node in violation["nodes"]:
            html_text = " ".join(node.get("html", "").split())
            if len(html_text) > 160:
                html_text = html_text[:160] + "..."
            why = " ".join((node.get("failureSummary") or "").split())[:300]
            lines.append(f"{where}: {violation['id']} ({violation.get('impact')}): {violation['help']}; element "
                         f"{' '.join(map(str, node['target']))} {html_text}; {why}")
    return "\n".join(lines)
