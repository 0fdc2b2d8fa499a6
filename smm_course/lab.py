"""Launch JupyterLab on the course (``smm-course lab``).

The course opens at notebook 00 with no distractions: no "would you like news?" prompt, no update check, and
no kernel picker (every notebook names its kernel in its metadata). Extra arguments go to JupyterLab as they are.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

FIRST_NOTEBOOK = "00_start_here.ipynb"
# Where the notebooks are copied for someone who installed the wheel rather than cloning the repository.
DEFAULT_WORKSPACE_NAME = "smm-course-notebooks"


def repository_notebooks() -> Path | None:
    """The ``notebooks/`` folder of a source checkout, or None when the package was installed from a wheel."""
    candidate = Path(__file__).resolve().parent.parent / "notebooks"
    return candidate if (candidate / FIRST_NOTEBOOK).exists() else None


def packaged_notebooks() -> Path | None:
    """The notebooks shipped inside the wheel (``smm_course/_notebooks``), or None in a source checkout."""
    candidate = Path(str(resources.files("smm_course") / "_notebooks"))
    return candidate if (candidate / FIRST_NOTEBOOK).exists() else None


def notebooks_dir(workspace: Path | None = None) -> Path:
    """Find the folder to open: the clone's notebooks, or a working copy of the packaged ones.

    A working copy is made only for notebooks that are not there yet, so a student's edited notebooks are never
    overwritten by a reinstall.
    """
    if workspace is None:
        found = repository_notebooks()
        if found is not None:
            return found
        workspace = Path.cwd() / DEFAULT_WORKSPACE_NAME
    source = repository_notebooks() or packaged_notebooks()
    workspace.mkdir(parents=True, exist_ok=True)
    if source is not None and source.resolve() != workspace.resolve():
        for notebook in sorted(source.glob("*.ipynb")):
            target = workspace / notebook.name
            if not target.exists():
                shutil.copy2(notebook, target)
    return workspace


def settings_dir() -> Path:
    """JupyterLab settings that silence the news prompt and the update check (``overrides.json``)."""
    return Path(str(resources.files("smm_course") / "jupyter_settings"))


def lab_command(
    notebook_dir: Path,
    *,
    port: int | None = None,
    token: str | None = None,
    open_browser: bool = True,
    extra_args: list[str] | tuple[str, ...] = (),
) -> list[str]:
    """The JupyterLab command line for the course, opening notebook 00.

    >>> cmd = lab_command(Path("notebooks"), port=8899, token="t", open_browser=False)
    >>> cmd[1:3]
    ['-m', 'jupyterlab']
    >>> "--ServerApp.port=8899" in cmd and "--no-browser" in cmd
    True
    """
    command = [
        sys.executable, "-m", "jupyterlab",
        f"--ServerApp.root_dir={notebook_dir}",
        f"--LabApp.default_url=/lab/tree/{FIRST_NOTEBOOK}",
        f"--LabApp.app_settings_dir={settings_dir()}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    if port is not None:
        command += [f"--ServerApp.port={port}", "--ServerApp.port_retries=0"]
    if token is not None:
        command.append(f"--IdentityProvider.token={token}")
    if not open_browser:
        command.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Containers (Binder-like images, CI) often run as root, where JupyterLab refuses to start without this.
        command.append("--ServerApp.allow_root=True")
    command += list(extra_args)
    return command


def launch(extra_args: list[str] | None = None, workspace: Path | None = None) -> int:
    """Run JupyterLab on the course until it is stopped; return its exit code."""
    folder = notebooks_dir(workspace)
    command = lab_command(folder, extra_args=extra_args or [])
    print(f"Opening the course in JupyterLab from {folder}")
    print("Stop it with Ctrl+C in this window.", flush=True)
    if os.name == "posix":
        # Become JupyterLab, so a signal sent to `smm-course lab` (Ctrl+C, a terminal closing, a test stopping
        # it) reaches the server itself instead of leaving an orphaned server behind.
        os.execv(command[0], command)
    try:
        return subprocess.call(command)
    except KeyboardInterrupt:
        return 0
