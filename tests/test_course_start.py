"""``smm_course.start``: the first cell of every notebook, and the version each notebook was written for."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import nbformat
import pytest

from smm_course.course import CourseVersionWarning, course_version, start, versions_compatible

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


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


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_start_call_matches_its_metadata(path):
    notebook = nbformat.read(path, as_version=4)
    first_code = next(cell for cell in notebook.cells if cell.cell_type == "code")
    call = re.search(r'start\("(\d\d)", written_for="([^"]+)"\)', first_code.source)
    assert call, 'the first code cell must call smm_course.start("NN", written_for="X.Y.Z")'
    assert call.group(1) == path.name[:2]
    assert call.group(2) == notebook.metadata["smm_course"]["written_for"]
