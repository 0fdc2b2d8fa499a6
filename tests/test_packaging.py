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
