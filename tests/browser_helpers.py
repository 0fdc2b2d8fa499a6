"""Helpers for the real-browser test: a private JupyterLab server, Debian's Chromium through Playwright, and
what a student sees in a notebook (prompts, outputs, widgets), read from the DOM.

Nothing here downloads a browser: Playwright drives the Chromium that the system already has.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

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


def chromium_executable() -> str | None:
    """The system's Chromium (Debian: /usr/bin/chromium), or None when none is installed."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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
            shutil.copy2(path, self.notebook_dir / path.name)
        self.log_path = root / "jupyterlab.log"
        self.process: subprocess.Popen | None = None

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
            f"--LabApp.user_settings_dir={self.root / 'user-settings'}",
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
                return
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.3)
        raise RuntimeError(f"JupyterLab did not answer within {timeout:.0f} s:\n{self.log_tail()}")

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

# True when every code cell that should run has a number in its prompt and the kernel is idle.
RUN_FINISHED_JS = """
(expected) => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const cells = [...panel.querySelectorAll('.jp-Notebook .jp-Cell')];
  if (cells.length !== expected.length) return false;
  const done = expected.every((runs, i) => !runs || /^\\[\\d+\\]:$/.test(
    (cells[i].querySelector('.jp-InputPrompt')?.textContent || '').trim()));
  const status = panel.querySelector('.jp-Notebook-ExecutionIndicator')?.dataset.status;
  return done && status === 'idle';
}
"""


def read_cells(page) -> list[dict]:
    """Every cell of the open notebook as the student sees it (see ``READ_CELLS_JS``)."""
    cells = page.evaluate(READ_CELLS_JS)
    if cells is None:
        raise AssertionError("no notebook panel is open")
    return cells


def expected_to_run(notebook: dict) -> list[bool]:
    """For each cell of a notebook file: does Run All give it an execution count? (code cells with code in them)"""
    def source(cell: dict) -> str:
        text = cell.get("source", "")
        return "".join(text) if isinstance(text, list) else text

    return [cell["cell_type"] == "code" and bool(source(cell).strip()) for cell in notebook["cells"]]


def shoot_notebook(page, path: Path) -> list[Path]:
    """Screenshot the whole open notebook: the window is made as tall as the notebook (in parts past
    ``MAX_SHOT_HEIGHT``), so every cell is painted; returns the files written."""
    scroller = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer"
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in [path, *path.parent.glob(f"{path.stem}-part*{path.suffix}")]:  # a longer notebook's old parts
        old.unlink(missing_ok=True)
    try:
        content_height = page.eval_on_selector(scroller, "el => el.scrollHeight")
        visible_height = page.eval_on_selector(scroller, "el => el.clientHeight")
    except Exception:  # no notebook on screen (it failed to open): a plain screenshot says why
        page.screenshot(path=str(path))
        return [path]
    chrome = VIEWPORT["height"] - visible_height  # menus, toolbars and status bar around the notebook
    height = min(content_height + chrome, MAX_SHOT_HEIGHT)
    written = []
    try:
        page.set_viewport_size({"width": VIEWPORT["width"], "height": max(height, VIEWPORT["height"])})
        page.wait_for_timeout(300)
        step = max(height - chrome, 1)
        parts = max(1, -(-content_height // step))
        for part in range(parts):
            page.eval_on_selector(scroller, "(el, top) => { el.scrollTop = top; }", part * step)
            page.wait_for_timeout(200)
            target = path if parts == 1 else path.with_name(f"{path.stem}-part{part + 1}{path.suffix}")
            page.screenshot(path=str(target))
            written.append(target)
    finally:
        page.eval_on_selector(scroller, "el => { el.scrollTop = 0; }")
        page.set_viewport_size(VIEWPORT)
    return written
