"""Check that a machine is ready for the course (``smm-course doctor``).

It prints the versions that matter and runs three checks a student cannot easily do alone: the widget front
end is installed and matches ipywidgets, the notebook kernel can import this package, and the datasets load.
Each failed check says how to fix it.
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

KEY_PACKAGES = (
    "smm-course", "jupyterlab", "ipykernel", "ipywidgets", "jupyterlab_widgets", "pandas", "numpy",
    "matplotlib", "seaborn", "networkx", "scipy", "vaderSentiment", "tqdm", "nbval",
)
# ipywidgets 8 talks to the JupyterLab front end @jupyter-widgets/jupyterlab-manager 5 (shipped by
# jupyterlab_widgets 3), ipywidgets 7 to manager 3; a mismatch shows "Error displaying widget" in the browser
# while every kernel-side test stays green.
WIDGET_FRONTEND_MAJOR = {"8": "5", "7": "3"}


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def installed_version(distribution: str) -> str | None:
    """The installed version of a distribution, or None when it is missing.

    >>> installed_version("a-package-that-is-not-there") is None
    True
    """
    try:
        return version(distribution)
    except PackageNotFoundError:
        return None


def _labextension_dirs() -> list[Path]:
    from jupyter_core.paths import jupyter_path

    return [Path(p) for p in jupyter_path("labextensions")]


def check_widget_frontend() -> Check:
    """The ipywidgets JupyterLab extension is installed and its major version fits ipywidgets."""
    widgets = installed_version("ipywidgets")
    if widgets is None:
        return Check("widget front end", False, "ipywidgets is not installed", 'pip install "ipywidgets>=8.1"')
    for folder in _labextension_dirs():
        manifest = folder / "@jupyter-widgets" / "jupyterlab-manager" / "package.json"
        if manifest.exists():
            frontend = json.loads(manifest.read_text(encoding="utf-8"))["version"]
            expected = WIDGET_FRONTEND_MAJOR.get(widgets.split(".")[0])
            if expected is not None and frontend.split(".")[0] != expected:
                return Check(
                    "widget front end", False,
                    f"jupyterlab-manager {frontend} does not match ipywidgets {widgets}",
                    'pip install -U "ipywidgets>=8.1" "jupyterlab_widgets>=3"',
                )
            return Check("widget front end", True, f"jupyterlab-manager {frontend} in {folder}")
    return Check(
        "widget front end", False, "the JupyterLab widget extension (jupyterlab-manager) was not found",
        'pip install -U "jupyterlab_widgets>=3" and restart JupyterLab',
    )


def check_kernel_imports_package() -> Check:
    """The ``python3`` kernel the notebooks ask for can import this very version of smm_course."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    import smm_course

    try:
        spec = KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        return Check("notebook kernel", False, "no 'python3' kernel is installed",
                     f"{sys.executable} -m ipykernel install --user --name python3")
    python = spec.argv[0]
    if python in {"python", "python3"}:
        python = sys.executable  # the native kernel runs the current interpreter
    code = "import smm_course, sys; print(smm_course.__version__); print(sys.executable)"
    try:
        result = subprocess.run([python, "-c", code], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as error:
        return Check("notebook kernel", False, f"the kernel's Python ({python}) could not run: {error}",
                     f"{sys.executable} -m ipykernel install --user --name python3")
    if result.returncode != 0:
        return Check("notebook kernel", False, f"the kernel's Python ({python}) cannot import smm_course",
                     f"{sys.executable} -m ipykernel install --user --name python3  (then restart JupyterLab)")
    kernel_version = result.stdout.split()[0]
    if kernel_version != smm_course.__version__:
        return Check("notebook kernel", False,
                     f"the kernel has smm_course {kernel_version}, this command has {smm_course.__version__}",
                     f"{sys.executable} -m ipykernel install --user --name python3")
    return Check("notebook kernel", True, f"{python} imports smm_course {kernel_version}")


def check_datasets() -> Check:
    """Every dataset listed by :func:`smm_course.data.list_datasets` loads."""
    try:
        from smm_course import data

        names = list(data.list_datasets()["name"])
        for name in names:
            data.load(name)
    except Exception as error:  # any failure here is worth reporting, not crashing on
        return Check("datasets", False, f"a dataset failed to load: {error}",
                     "reinstall the course: pip install --force-reinstall smm-course (or `make lab` in a clone)")
    return Check("datasets", True, f"{len(names)} datasets load")


def run(stream=None) -> int:
    """Print versions and checks; return 0 when every check passes, 1 otherwise."""
    stream = stream or sys.stdout
    print(f"Python {platform.python_version()} ({sys.executable}) on {platform.system()} {platform.machine()}",
          file=stream)
    for name in KEY_PACKAGES:
        print(f"  {name:<20} {installed_version(name) or 'MISSING'}", file=stream)
    checks = [check_widget_frontend(), check_kernel_imports_package(), check_datasets()]
    print(file=stream)
    for check in checks:
        mark = "OK  " if check.ok else "FAIL"
        print(f"[{mark}] {check.name}: {check.detail}", file=stream)
        if not check.ok:
            print(f"       fix: {check.fix}", file=stream)
    missing = [name for name in KEY_PACKAGES if name != "nbval" and installed_version(name) is None]
    if missing:
        print(f"[FAIL] missing packages: {', '.join(missing)}", file=stream)
        print('       fix: pip install -e ".[test]"  (or `make lab` in a clone)', file=stream)
    healthy = all(check.ok for check in checks) and not missing
    print("\nAll good: run `smm-course lab` to start." if healthy else "\nSome checks failed: see the fixes above.",
          file=stream)
    return 0 if healthy else 1
