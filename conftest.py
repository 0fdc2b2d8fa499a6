"""Test-wide set-up for tests/, the doctests in smm_course/ and nbval over notebooks/ (hence at the root): every
test run keeps its own progress store, so a developer's progress is never touched and stored notebook outputs
(which show progress) compare equal to a fresh run."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import matplotlib
import pytest
from hypothesis import settings

# Property tests search the same examples on every run: a red CI then means a change broke something, never
# that a new random example turned up on a busy machine. (Developers can still explore with --hypothesis-seed.)
settings.register_profile("course", derandomize=True, deadline=None)
settings.load_profile("course")

matplotlib.use("Agg")  # in this process only; nbval's kernels keep their inline backend

_RUN_HOME = Path(tempfile.mkdtemp(prefix="smm-course-tests-"))
os.environ["SMM_COURSE_HOME"] = str(_RUN_HOME / "session")
os.environ.pop("SMM_COURSE_LANG", None)
os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    # nbval starts one kernel per notebook when the notebook's first cell is set up; giving each notebook a
    # fresh progress store before that makes its progress widget start from zero, as in the stored outputs.
    if type(item).__name__ == "IPyNbCell":
        # Both editions have a 03_interaction.ipynb: the folder tells them apart.
        home = _RUN_HOME / "nbval" / item.path.parent.name / item.path.stem
        if not home.exists():
            home.mkdir(parents=True)
            os.environ["SMM_COURSE_HOME"] = str(home)


@pytest.fixture(autouse=True)
def no_language_chosen():
    """Every test starts with no language chosen in this process, so SMM_COURSE_LANG (or English) applies: a test,
    or a notebook's start(lang=...), that chose one before it on the same worker cannot change what it sees."""
    from smm_course import i18n

    with i18n.use_language(None):
        yield


@pytest.fixture
def course_home(tmp_path, monkeypatch):
    """A private, empty SMM_COURSE_HOME for one test."""
    home = tmp_path / "course-home"
    monkeypatch.setenv("SMM_COURSE_HOME", str(home))
    return home


@pytest.fixture
def number():
    """A value question whose answer is the fraction 0.83, shared by the engine's unit tests."""
    from smm_course.exercises import ValueQuestion

    return ValueQuestion(id="demo.n", title="Share", expected=0.83, variable="share", solution="share = 0.83")
