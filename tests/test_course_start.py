"""``smm_course.start``: the first cell of every notebook, and the version each notebook was written for."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import nbformat
import pytest

from notebook_states import edition_language, every_edition
from smm_course import course
from smm_course.course import (CourseVersionWarning, OldNotebookCopyError, course_version, renumbered, start,
                               versions_compatible)

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = every_edition()


def test_start_prints_nothing_and_warns_nothing_for_the_right_version(capsys):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert start("00", written_for=course_version()) is None
        start(3)
    assert capsys.readouterr() == ("", "")


def test_version_mismatch_gives_one_warning_that_says_how_to_fix_it():
    with pytest.warns(CourseVersionWarning) as caught:
        start("03", written_for="9.0.0")
    assert len(caught) == 1
    message = str(caught[0].message)
    assert "9.0.0" in message and course_version() in message and "pip install -U smm-course" in message


def test_an_old_copy_is_told_to_get_fresh_notebooks_and_that_progress_is_kept(monkeypatch):
    monkeypatch.setattr(course, "course_version", lambda: "0.2.0")
    with pytest.warns(CourseVersionWarning) as caught:
        start("03", written_for="0.1.0")
    assert len(caught) == 1
    message = str(caught[0].message)
    assert "0.1.0" in message and "0.2.0" in message
    assert "fresh copies" in message and "smm-course lab" in message and "progress is kept" in message


def test_an_old_copy_of_the_renumbered_capstone_stops_before_it_imports_another_lesson(monkeypatch):
    # Before 0.2.0 the capstone was notebook 10; in 0.2.0 notebook 10 is social listening.
    monkeypatch.setattr(course, "course_version", lambda: "0.2.3")
    with pytest.raises(OldNotebookCopyError) as raised:
        start("10", written_for="0.1.0")
    message = str(raised.value)
    assert "old copy of notebook 10" in message and "notebook 11" in message and "0.1.0" in message
    assert "fresh copies" in message and "progress is kept" in message
    # In a notebook IPython shows the message alone, not the package's call stack.
    assert raised.value._render_traceback_() == [f"OldNotebookCopyError: {message}"]
    with warnings.catch_warnings():  # the new notebook 10 and the capstone's new number run as usual
        warnings.simplefilter("error")
        start("10", written_for="0.2.0")
        start("11", written_for="0.2.0")


def test_renumbered_follows_every_release_between_the_two_versions():
    assert renumbered("10", "0.1.0", "0.2.0") == "11"
    assert renumbered("10", "0.1.5", "1.0.0") == "11"
    assert renumbered("10", "0.2.0", "0.3.0") is None  # a 0.2 copy of notebook 10 is already social listening
    assert renumbered("09", "0.1.0", "0.2.0") is None
    assert renumbered("10", "0.1.0", "0.1.9") is None


def test_patch_releases_are_compatible():
    assert versions_compatible("0.1.0", "0.1.9")
    assert not versions_compatible("0.1.0", "0.2.0")
    assert not versions_compatible("1.1", "0.1.0")


@pytest.mark.parametrize("bad", ["3", "three", "003", None, 100, True])
def test_start_rejects_bad_notebook_numbers(bad):
    with pytest.raises(ValueError, match="notebook"):
        start(bad)


def test_bad_written_for_is_explained():
    with pytest.raises(ValueError, match="written_for"):
        start("00", written_for="latest")


def test_start_sets_the_course_theme():
    import matplotlib as mpl

    mpl.rcdefaults()
    start("00")
    from smm_course import plots

    first_colour = mpl.colors.to_hex(mpl.rcParams["axes.prop_cycle"].by_key()["color"][0]).lower()
    assert first_colour == mpl.colors.to_hex(plots.PALETTE[0]).lower()


@pytest.mark.parametrize("path", NOTEBOOKS)
def test_notebook_start_call_matches_its_metadata(path):
    notebook = nbformat.read(path, as_version=4)
    first_code = next(cell for cell in notebook.cells if cell.cell_type == "code")
    call = re.search(r'start\("(\d\d)", written_for="([^"]+)", lang="([a-z]{2})"\)', first_code.source)
    assert call, 'the first code cell must call smm_course.start("NN", written_for="X.Y.Z", lang="LL")'
    assert call.group(1) == path.name[:2]
    assert call.group(2) == notebook.metadata["smm_course"]["written_for"]
    assert call.group(3) == edition_language(path), "the notebook must speak its edition's language"
