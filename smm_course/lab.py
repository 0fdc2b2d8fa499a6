"""Launch JupyterLab on the course (``smm-course lab``).

The course opens at notebook 00 with no distractions: no "would you like news?" prompt, no update check, and
no kernel picker (every notebook names its kernel in its metadata). Extra arguments go to JupyterLab as they are.

The course comes in two editions: English in ``notebooks/`` and Italian in ``notebooks/it/`` (same file names).
``smm-course lab --lang it``, or ``SMM_COURSE_LANG=it smm-course lab``, opens the Italian folder at its notebook
00; English is the default. JupyterLab's own menus keep their language.
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
#: Language code -> the edition's folder inside the notebooks folder ("" for the English source).
EDITIONS = {"en": "", "it": "it"}


def repository_notebooks() -> Path | None:
    """The ``notebooks/`` folder of a source checkout, or None when the package was installed from a wheel."""
    candidate = Path(__file__).resolve().parent.parent / "notebooks"
    return candidate if (candidate / FIRST_NOTEBOOK).exists() else None


def packaged_notebooks() -> Path | None:
    """The notebooks shipped inside the wheel (``smm_course/_notebooks``), or None in a source checkout."""
    candidate = Path(str(resources.files("smm_course") / "_notebooks"))
    return candidate if (candidate / FIRST_NOTEBOOK).exists() else None


def edition_language(lang: str | None = None) -> str:
    """The edition to open: ``lang`` if given, else ``SMM_COURSE_LANG``, else English.

    >>> edition_language("IT"), edition_language("en")
    ('it', 'en')
    """
    from smm_course import i18n

    code = (lang or os.environ.get(i18n.LANGUAGE_ENV_VAR, "") or i18n.DEFAULT_LANGUAGE).strip().lower()
    if code not in EDITIONS:
        raise ValueError(f"{code!r} is not a language of the course. Choose one of: {', '.join(EDITIONS)}.")
    return code


def edition_folder(folder: Path, lang: str = "en") -> Path:
    """The folder of one edition inside a notebooks folder: ``folder`` itself for English, ``folder/it`` for Italian.

    >>> edition_folder(Path("notebooks"), "it").as_posix()
    'notebooks/it'
    """
    return folder / EDITIONS[lang] if EDITIONS[lang] else folder


def _copy_missing(source: Path, workspace: Path) -> None:
    # Each edition's notebooks, copied only when not there yet: a student's edited notebook is never overwritten.
    for subfolder in EDITIONS.values():
        notebooks = sorted((source / subfolder).glob("*.ipynb")) if (source / subfolder).is_dir() else []
        for notebook in notebooks:
            target = workspace / subfolder / notebook.name
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(notebook, target)


def notebooks_dir(workspace: Path | None = None, lang: str | None = None) -> Path:
    """Find the folder to open: the clone's notebooks, or a working copy of the packaged ones; for Italian
    (``lang="it"``, or ``SMM_COURSE_LANG=it``), the ``it/`` folder inside it.

    A working copy holds both editions. It is made only for notebooks that are not there yet, so a student's
    edited notebooks are never overwritten by a reinstall. A ``FileNotFoundError`` says so when the chosen edition
    has no notebook 00.
    """
    code = edition_language(lang)
    if workspace is None:
        found = repository_notebooks()
        workspace = found if found is not None else Path.cwd() / DEFAULT_WORKSPACE_NAME
    source = repository_notebooks() or packaged_notebooks()
    workspace.mkdir(parents=True, exist_ok=True)
    if source is not None and source.resolve() != workspace.resolve():
        _copy_missing(source, workspace)
    folder = edition_folder(workspace, code)
    if code != "en" and not (folder / FIRST_NOTEBOOK).exists():
        raise FileNotFoundError(f"This copy of the course has no {code} edition: {folder / FIRST_NOTEBOOK} is "
                                f"missing. Update the course, or run `smm-course lab --lang en`.")
    return folder


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


def launch(extra_args: list[str] | None = None, workspace: Path | None = None, lang: str | None = None) -> int:
    """Run JupyterLab on the course (the edition in ``lang``, see :func:`notebooks_dir`) until it is stopped;
    return its exit code."""
    from smm_course import i18n

    code = edition_language(lang)
    folder = notebooks_dir(workspace, code)
    command = lab_command(folder, extra_args=extra_args or [])
    # The kernels and terminals JupyterLab starts inherit the language: `smm-course progress` in a terminal of
    # the Italian edition answers in Italian (each notebook sets its own language anyway).
    os.environ[i18n.LANGUAGE_ENV_VAR] = code
    print(i18n.translate("lab.opening", lang=code, folder=str(folder)))
    print(i18n.translate("lab.stop_hint", lang=code), flush=True)
    if os.name == "posix":
        # Become JupyterLab, so a signal sent to `smm-course lab` (Ctrl+C, a terminal closing, a test stopping
        # it) reaches the server itself instead of leaving an orphaned server behind.
        os.execv(command[0], command)
    try:
        return subprocess.call(command)
    except KeyboardInterrupt:
        return 0
