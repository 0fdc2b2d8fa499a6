"""The first cell of every notebook: ``smm_course.start("NN", written_for="X.Y.Z")``.

It sets the course's figure theme and checks that the installed package matches the version the notebook
was written for. It prints nothing (stored outputs stay the same on every run).

>>> start("00", written_for=course_version())
"""

from __future__ import annotations

import re
import warnings

# Imported for its effect: the progress store subscribes to the exercise engine's events, so every check made
# after start() is recorded (the engine itself never imports the store).
from smm_course import progress  # noqa: F401
from smm_course.exercises.core import set_graded_assignment
from smm_course.i18n import set_language, translate
from smm_course.status import RENUMBERED


class CourseVersionWarning(UserWarning):
    """The notebook was written for another version of smm-course than the one installed."""


class OldNotebookCopyError(RuntimeError):
    """An old copy of a notebook that a later release renumbered: its number now belongs to another lesson."""

    def _render_traceback_(self) -> list[str]:
        # IPython shows these lines instead of a traceback: the student needs the message, not our call stack.
        return [f"{type(self).__name__}: {self}"]


def course_version() -> str:
    """The installed smm-course version, e.g. ``"0.1.0"``.

    >>> course_version().count(".") >= 2
    True
    """
    import smm_course

    return smm_course.__version__


def _release(version: str) -> tuple[int, ...]:
    numbers = re.match(r"^\s*v?(\d+(?:\.\d+)*)", version)
    if not numbers:
        raise ValueError(f"written_for={version!r} is not a version number; write it like '0.1.0'.")
    return tuple(int(part) for part in numbers.group(1).split("."))


def versions_compatible(written_for: str, installed: str) -> bool:
    """True when the major and minor numbers agree; patch releases never change what notebooks call.

    >>> versions_compatible("0.1.0", "0.1.3"), versions_compatible("0.1.0", "0.2.0")
    (True, False)
    """
    return _minor(written_for) == _minor(installed)


def _minor(version: str) -> tuple[int, int]:
    return (_release(version) + (0, 0))[:2]


def renumbered(notebook: str, written_for: str, installed: str | None = None) -> str | None:
    """The number that notebook ``notebook`` of version ``written_for`` has in ``installed`` (default: the installed
    version), when a release in between renumbered it (see :data:`smm_course.status.RENUMBERED`); else None.

    >>> renumbered("10", written_for="0.1.0", installed="0.2.0"), renumbered("09", "0.1.0", "0.2.0")
    ('11', None)
    >>> print(renumbered("10", written_for="0.2.0", installed="0.2.1"))
    None
    """
    installed = course_version() if installed is None else installed
    number = notebook
    for release, moves in sorted(RENUMBERED.items(), key=lambda item: _minor(item[0])):
        if _minor(written_for) < _minor(release) <= _minor(installed):
            number = moves.get(number, number)
    return number if number != notebook else None


def _set_theme() -> None:
    try:
        from smm_course import plots
    except ModuleNotFoundError as missing:  # the plotting module is optional until it ships
        if missing.name != "smm_course.plots":
            raise
        return
    plots.set_theme()


def start(notebook: str | int, written_for: str | None = None, graded: bool = False,
          lang: str | None = None) -> None:
    """Get a notebook ready: set the course's figure theme and language, check the installed course version, and
    turn hints and solutions off for a graded assignment.

    Parameters
    ----------
    notebook : str or int
        The notebook's two-digit number, e.g. ``"03"`` (``3`` also works).
    written_for : str, optional
        The smm-course version the notebook was written for (its metadata ``smm_course.written_for``).
        When its major or minor number differs from the installed version, one
        :class:`CourseVersionWarning` says how to fix it: update the package (a newer notebook) or get fresh copies
        of the notebooks (an older one; progress is kept). An old copy of a notebook that a later release renumbered
        (the capstone was 10 before 0.2.0) raises :class:`OldNotebookCopyError` instead, naming its new number.
    graded : bool
        True in the copies ``smm-course release --graded`` writes: in this kernel, ``hint()`` and ``solution()``
        (and the widgets' Hint and Solution buttons) say that they are off; answer checks work as usual.
        Each call sets it, so a notebook run without it has hints and solutions on.
    lang : str, optional
        The language of the notebook's edition, ``"en"`` or ``"it"`` (see :func:`smm_course.i18n.set_language`).
        Every notebook passes it, so the checks, explorers and figures speak the language of the text around them
        with no environment variable. Without it, the language already chosen (or ``SMM_COURSE_LANG``) stays.

    Prints nothing.

    >>> start(3)
    >>> start("three")
    Traceback (most recent call last):
    ...
    ValueError: notebook='three' must be a notebook number from 00 to 99, such as "03".
    """
    if isinstance(notebook, int) and not isinstance(notebook, bool) and 0 <= notebook <= 99:
        notebook = f"{notebook:02d}"
    if not isinstance(notebook, str) or not re.fullmatch(r"\d\d", notebook.strip()):
        raise ValueError(f'notebook={notebook!r} must be a notebook number from 00 to 99, such as "03".')
    if not isinstance(graded, bool):
        raise TypeError(f"graded={graded!r} must be True or False.")
    if lang is not None:
        set_language(lang)
    _set_theme()
    set_graded_assignment(graded)
    if written_for is not None:
        _check_version(notebook.strip(), written_for)


def _check_version(notebook: str, written_for: str) -> None:
    """Warn when the notebook was written for another minor version; stop an old copy of a renumbered notebook.

    A newer notebook needs a newer package. An older copy needs fresh notebooks (progress lives outside them, so
    it is kept). An old copy of a notebook whose number now belongs to another lesson must not run on: its answers
    would be checked against that other lesson's questions.
    """
    installed = course_version()
    if versions_compatible(written_for, installed):
        return
    if _minor(written_for) > _minor(installed):
        warnings.warn(translate("course.version_mismatch", notebook=notebook, written_for=written_for,
                                installed=installed), CourseVersionWarning, stacklevel=3)
        return
    moved = renumbered(notebook, written_for, installed)
    if moved is not None:
        raise OldNotebookCopyError(translate("course.notebook_moved", notebook=notebook, moved=moved,
                                             written_for=written_for, installed=installed))
    warnings.warn(translate("course.old_copy", notebook=notebook, written_for=written_for, installed=installed),
                  CourseVersionWarning, stacklevel=3)
