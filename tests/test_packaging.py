"""`pip install .` (not editable) gives a working package: the wheel carries the datasets and notebooks, and
they load from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet", "-w", str(out), str(ROOT)],
        check=True,
    )
    (built,) = out.glob("smm_course-*.whl")
    return built


def test_wheel_carries_datasets_notebooks_and_settings(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    datasets = {p.name for p in (ROOT / "datasets").glob("*.csv")}
    assert datasets, "no datasets in the repository"
    assert {f"smm_course/_datasets/{name}" for name in datasets} <= names
    notebooks = {p.name for p in (ROOT / "notebooks").glob("*.ipynb")}
    assert {f"smm_course/_notebooks/{name}" for name in notebooks} <= names
    italian = {p.name for p in (ROOT / "notebooks" / "it").glob("*.ipynb")}
    assert {f"smm_course/_notebooks/it/{name}" for name in italian} <= names, "the Italian edition must travel too"
    assert "smm_course/jupyter_settings/overrides.json" in names
    assert "smm_course/site_assets/widgets/embed.js" in names, "the offline site needs its widget renderer"
    assert any(n.startswith("smm_course/content/glossary/") for n in names)
    assert any(n.endswith("entry_points.txt") for n in names)


def test_installed_wheel_loads_data_from_another_folder(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import smm_course, smm_course.data as d;"
        "print(smm_course.__file__);"
        "print(len(d.load('posts')), len(d.list_datasets()))"
    )
    env = dict(os.environ, PYTHONPATH=str(site))
    result = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    module_file, counts = result.stdout.strip().splitlines()
    assert Path(module_file).is_relative_to(site), "the test must exercise the wheel, not the source tree"
    posts, datasets = map(int, counts.split())
    assert posts >= 2000 and datasets >= 11


def test_installed_wheel_opens_the_italian_edition_in_a_workspace_copy(wheel, tmp_path):
    if not (ROOT / "notebooks" / "it" / "00_start_here.ipynb").is_file():
        pytest.skip("no Italian edition in notebooks/it yet (scripts/build_editions.py writes it)")
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = "from smm_course import lab; print(lab.notebooks_dir(lang='it'))"
    env = dict(os.environ, PYTHONPATH=str(site))
    env.pop("SMM_COURSE_LANG", None)
    result = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    folder = Path(result.stdout.strip())
    assert folder == elsewhere / "smm-course-notebooks" / "it"
    assert (folder / "00_start_here.ipynb").is_file() and (folder.parent / "00_start_here.ipynb").is_file()
