"""environment.yml (conda, Binder) and pyproject.toml (pip) must list the same dependencies."""

from __future__ import annotations

import doctest
import importlib.util
import re
try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
# Python itself and pip are conda's business; benchmark-only packages (ndlib) stay out of both environments.
CONDA_ONLY = {"python", "pip"}


def _split(requirement: str) -> tuple[str, str]:
    requirement = requirement.split(";", 1)[0]  # environment markers are pip's business; conda lists the package
    match = re.match(r"\s*([A-Za-z0-9_.\-]+)\s*(.*)", requirement)
    assert match, f"cannot parse requirement {requirement!r}"
    name = re.sub(r"[-_.]+", "-", match.group(1)).lower()
    return name, match.group(2).replace(" ", "")


def pyproject_requirements() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = project["dependencies"] + project["optional-dependencies"]["test"]
    return dict(_split(r) for r in listed)


def environment_requirements() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    listed = []
    for entry in env["dependencies"]:
        listed.extend(entry["pip"] if isinstance(entry, dict) else [entry])
    return {name: spec for name, spec in map(_split, listed) if name not in CONDA_ONLY}


def test_same_packages_in_both_files():
    pip_side, conda_side = pyproject_requirements(), environment_requirements()
    assert sorted(set(pip_side) - set(conda_side)) == [], "in pyproject.toml but not environment.yml"
    assert sorted(set(conda_side) - set(pip_side)) == [], "in environment.yml but not pyproject.toml"


def test_same_version_bounds_in_both_files():
    pip_side, conda_side = pyproject_requirements(), environment_requirements()
    differing = {name: (pip_side[name], conda_side[name]) for name in pip_side if pip_side[name] != conda_side[name]}
    assert differing == {}


def test_python_floor_agrees():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda_python = next(e for e in env["dependencies"] if isinstance(e, str) and e.startswith("python"))
    assert project["requires-python"] == conda_python.removeprefix("python")


def test_drift_is_detected():
    # The comparison itself must be able to fail: a renamed or re-bounded package shows up.
    assert _split("vaderSentiment>=3.3.2") == ("vadersentiment", ">=3.3.2")
    assert _split("jupyterlab_widgets >= 3") == ("jupyterlab-widgets", ">=3")
    assert _split("tomli>=2.0; python_version < '3.11'") == ("tomli", ">=2.0")


def _lowest_versions_script():
    spec = importlib.util.spec_from_file_location("lowest_versions", ROOT / "scripts" / "lowest_versions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_lowest_versions_run_pins_every_floor_environment_yml_declares():
    # scripts/lowest_versions.py (a step of .ci/run) installs exactly these pins; conda users get the same floors.
    script = _lowest_versions_script()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = script.lowest_pins(project["dependencies"])
    runtime = {_split(r)[0] for r in project["dependencies"]}
    assert set(pins) == runtime
    conda_side = environment_requirements()
    assert {name: f">={version}" for name, version in pins.items()} == {name: conda_side[name] for name in pins}
    assert script.python_floor(project["requires-python"]) == "3.10"


def test_lowest_versions_refuses_a_dependency_without_a_floor():
    script = _lowest_versions_script()
    for unbounded in ("pandas", "pandas<3", "pandas==2.2", "pandas>=2.2,>=2.3"):
        with pytest.raises(ValueError, match="lower bound"):
            script.lowest_pins([unbounded])
    assert script.lowest_pins(["tomli>=2.0; python_version < '3.11'"]) == {"tomli": "2.0"}


def test_lowest_versions_script_examples():
    results = doctest.testmod(_lowest_versions_script())
    assert results.failed == 0 and results.attempted >= 3


def test_lowest_versions_starts_a_new_kernel_only_when_its_port_was_taken(monkeypatch):
    # A kernel that lost its TCP port to another process says nothing about the notebook; any other failure does.
    script = _lowest_versions_script()
    taken = ("09_risks.ipynb (solved): RuntimeError: Kernel died before replying to kernel_info\nkernel said:\n"
             "zmq.error.ZMQError: Address already in use (addr='tcp://127.0.0.1:42883')")
    for first, then, calls_wanted, result in (([taken], [], 2, []), (["a cell failed"], [], 1, ["a cell failed"]),
                                              ([taken], [taken], 2, [taken])):
        calls = []
        monkeypatch.setattr(script, "_run_once",
                            lambda path, pins, solved: calls.append(path) or (first if len(calls) == 1 else then))
        assert script.run_one(ROOT / "notebooks" / "09_risks.ipynb", {}, True) == result
        assert len(calls) == calls_wanted
