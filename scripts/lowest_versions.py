"""Run every course notebook with the lowest versions that pyproject.toml (and so environment.yml) allows.

    python3 scripts/lowest_versions.py                 # what .ci/run does
    python3 scripts/lowest_versions.py 03_interaction  # only the notebooks whose names start so
    python3 scripts/lowest_versions.py --keep          # keep the environment to look around in it

A declared range is a promise: students arrive with older conda environments, JupyterHub images and
hosted services. This builds a fresh virtual environment on the oldest Python that ``requires-python``
allows, installs the course from this checkout (not editable: as a student's install has it) with every
``>=`` bound of ``[project] dependencies`` pinned exactly, and runs each notebook in notebooks/ top to
bottom in a fresh kernel of that environment, twice: as shipped, and solved (every placeholder replaced
by its solution, as ``smm-course solutions`` does), where every checked question must end correct.

The pins are read from pyproject.toml at run time, so they cannot drift from it; tests/test_environment.py
keeps environment.yml's bounds equal to pyproject.toml's. What the course does not list itself
(ipykernel, nbclient, ...) gets what the resolver picks beside those pins; those versions are printed too.

uv installs the environment: pip took four minutes here for what uv did in a quarter of one. When uv is
not on PATH, it is installed from PyPI into the same temporary folder.

A failing cell stops that notebook with the notebook, the cell and the error; the script exits 1 when any
notebook failed, or when a kernel was not the new environment's Python or did not see the pinned versions.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
# Not listed by the course but what runs its notebooks: printed so that a failure can be traced to them.
MACHINERY = ["ipykernel", "ipython", "jupyter-client", "jupyter-core", "nbclient", "nbformat", "nbconvert",
             "jupyter-server", "jupyterlab-widgets", "widgetsnbextension", "traitlets", "pillow"]
REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._\-]*)\s*(?:\[[^\]]*\])?\s*([^;]*?)\s*(?:;.*)?$")


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_project() -> dict:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def lowest_pins(requirements: list[str]) -> dict[str, str]:
    """{name: lowest version} from each requirement's ``>=`` bound; a requirement without one is an error.

    >>> lowest_pins(["scipy>=1.11", "Seaborn >= 0.13.2, <1"])
    {'scipy': '1.11', 'seaborn': '0.13.2'}
    """
    pins = {}
    for requirement in requirements:
        match = REQUIREMENT.match(requirement)
        if not match:
            raise ValueError(f"cannot read the requirement {requirement!r}")
        clauses = match.group(2).replace(" ", "").split(",")
        floors = [clause[2:] for clause in clauses if clause.startswith(">=")]
        if len(floors) != 1:
            raise ValueError(f"{requirement!r} needs exactly one '>=' lower bound: without one there is no "
                             "lowest version to test")
        pins[normalise(match.group(1))] = floors[0]
    return pins


def python_floor(requires_python: str) -> str:
    """'3.10' from '>=3.10'.

    >>> python_floor(">=3.10")
    '3.10'
    """
    match = re.fullmatch(r">=\s*(\d+\.\d+)", requires_python.strip())
    if not match:
        raise ValueError(f"requires-python {requires_python!r} is not of the form '>=X.Y'")
    return match.group(1)


def find_python(version: str) -> str:
    """An interpreter of that version: $SMM_LOWEST_PYTHON, pythonX.Y on PATH, or one that pyenv installed."""
    candidates = [os.environ.get("SMM_LOWEST_PYTHON", ""), shutil.which(f"python{version}") or ""]
    pyenv_root = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
    candidates += sorted(glob.glob(f"{pyenv_root}/versions/{version}.*/bin/python{version}"), reverse=True)
    for candidate in filter(None, candidates):
        try:  # a pyenv shim exists for every installed version but runs only the selected ones
            found = subprocess.run([candidate, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                                   capture_output=True, text=True, timeout=60).stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            continue
        if found == version:
            return candidate
    print(f"WARNING: no Python {version} here (set SMM_LOWEST_PYTHON to one); using {sys.executable}, Python "
          f"{sys.version.split()[0]}, so the Python floor itself is not tested", flush=True)
    return sys.executable


def find_uv(scratch: Path) -> str:
    if shutil.which("uv"):
        return shutil.which("uv")
    subprocess.run([sys.executable, "-m", "venv", str(scratch / "uv")], check=True)
    subprocess.run([str(scratch / "uv" / "bin" / "python"), "-m", "pip", "install", "--quiet",
                    "--disable-pip-version-check", "uv>=0.5"], check=True)
    return str(scratch / "uv" / "bin" / "uv")


def build(scratch: Path, python: str, pins: dict[str, str]) -> Path:
    """A new environment with the course installed at the pinned versions; return its Python."""
    uv = find_uv(scratch)
    venv = scratch / "venv"
    constraints = scratch / "lowest-constraints.txt"
    constraints.write_text("".join(f"{name}=={version}\n" for name, version in pins.items()),
                           encoding="utf-8")
    env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}
    env.pop("VIRTUAL_ENV", None)
    subprocess.run([uv, "venv", "--quiet", "--python", python, str(venv)], check=True, env=env)
    target = str(venv / "bin" / "python")
    # Bytecode now: kernels may not write it (PYTHONDONTWRITEBYTECODE), and compiling pandas, SciPy and
    # matplotlib again in every kernel tripled the time of each notebook.
    subprocess.run([uv, "pip", "install", "--quiet", "--compile-bytecode", "--python", target,
                    "--constraint", str(constraints), str(ROOT)], check=True, env=env)
    subprocess.run([uv, "pip", "check", "--python", target], check=True, env=env)
    return venv / "bin" / "python"


def orchestrate(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    project = read_project()
    pins = lowest_pins(project["dependencies"])
    floor = python_floor(project["requires-python"])
    print(f"Lowest versions that pyproject.toml allows: Python {floor}, "
          + ", ".join(f"{name} {version}" for name, version in pins.items()), flush=True)
    scratch = Path(tempfile.mkdtemp(prefix="smm-lowest-"))
    try:
        python = build(scratch, find_python(floor), pins)
        print(f"Environment built in {time.perf_counter() - started:.0f} s", flush=True)
        # The summary line comes last, from the run inside, so it carries the total time.
        return subprocess.run([str(python), str(Path(__file__).resolve()), "--inside", json.dumps(pins),
                               "--since", str(time.time() - (time.perf_counter() - started)),
                               "--jobs", str(args.jobs), *args.notebooks]).returncode
    finally:
        if args.keep:
            print(f"Kept the environment: {scratch / 'venv'}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


# -- inside the new environment ------------------------------------------------------------------------------
# The cell run last: which Python ran the kernel, where the course came from, which versions it saw and how
# the questions ended.
PROBE = """\
import importlib.metadata, json, sys, smm_course
from smm_course import progress
print(json.dumps({"prefix": sys.prefix, "executable": sys.executable, "course": smm_course.__file__,
                  "versions": {name: importlib.metadata.version(name) for name in NAMES},
                  "statuses": {key: entry.get("status") for key, entry in progress.load().items()}}))
"""


def same_version(installed: str, pinned: str) -> bool:
    """Whether pip's '==1.11' (which installs 1.11.0) matches.

    >>> same_version("1.11.0", "1.11"), same_version("1.11.1", "1.11")
    (True, False)
    """
    a, b = installed.split("."), pinned.split(".")
    width = max(len(a), len(b))
    return a + ["0"] * (width - len(a)) == b + ["0"] * (width - len(b))


def _describe_failure(notebook, error) -> str:
    for index, cell in enumerate(notebook.cells):
        if any(output.get("output_type") == "error" for output in cell.get("outputs", [])):
            first_line = next((line for line in cell.source.splitlines() if line.strip()), "")
            where = f"cell {index} (id {cell.get('id', '?')}, `{first_line.strip()}`)"
            return f"{where}: {error.ename}: {error.evalue}"
    return f"{error.ename}: {error.evalue}"


def _tail(text: str, lines: int = 25) -> str:
    """The end of a traceback, without terminal colours."""
    plain = re.sub(r"\x1b\[[0-9;]*m", "", text).rstrip().splitlines()
    return "\n".join(("    " + line) for line in (["..."] if len(plain) > lines else []) + plain[-lines:])


def run_one(path: Path, pins: dict[str, str], solved: bool) -> list[str]:
    """Execute one notebook in a fresh kernel; return what went wrong (nothing when all is well).

    A kernel that could not bind its port is started once more: jupyter_client picks free TCP ports and the kernel
    binds them a moment later, so another process starting at the same time can take one first (the kernel dies
    with "Address already in use" before it runs anything). That says nothing about the notebook or the versions.
    """
    problems = _run_once(path, pins, solved)
    if problems and PORT_TAKEN in problems[0] and "before replying to kernel_info" in problems[0]:
        print(f"{path.name}: a kernel port was taken by another process at start; starting a new kernel", flush=True)
        problems = _run_once(path, pins, solved)
    return problems


PORT_TAKEN = "Address already in use"


def _run_once(path: Path, pins: dict[str, str], solved: bool) -> list[str]:
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    from smm_course.exercises import notebook_modules, questions_of
    from smm_course.instructor import solve_notebook

    label = f"{path.name} ({'solved' if solved else 'as shipped'})"
    notebook = nbformat.read(path, as_version=4)
    if solved:
        solve_notebook(notebook)
    module = notebook_modules().get(path.name[:2])
    questions = [question.id for question in questions_of(module)] if module else []
    probe = nbformat.v4.new_code_cell(PROBE.replace("NAMES", json.dumps(sorted(pins))))
    notebook.cells.append(probe)
    with tempfile.TemporaryDirectory(prefix="smm-lowest-home-") as home:
        os.environ["SMM_COURSE_HOME"] = home  # an empty progress store, as a new student has
        client = NotebookClient(notebook, timeout=300, kernel_name="python3",
                                resources={"metadata": {"path": str(path.parent)}})
        # The kernel's own messages (ipykernel warns about TCP on every start) only matter when it fails.
        with open(Path(home) / "kernel-stderr.txt", "w+", encoding="utf-8") as stderr:
            try:
                client.execute(stderr=stderr)
            except CellExecutionError as error:
                return [f"{label}, {_describe_failure(notebook, error)}\n{_tail(str(error))}"]
            except Exception as error:  # a dead kernel or a timeout: still name the notebook
                stderr.seek(0)
                return [f"{label}: {type(error).__name__}: {error}\nkernel said:\n{_tail(stderr.read())}"]
    seen = json.loads(next(o["text"] for o in probe.outputs if o.get("name") == "stdout"))
    problems = []
    if Path(seen["prefix"]).resolve() != Path(sys.prefix).resolve():
        problems.append(f"{label}: the kernel ran {seen['executable']}, not this environment's Python")
    if Path(sys.prefix).resolve() not in Path(seen["course"]).resolve().parents:
        problems.append(f"{label}: the kernel imported the course from {seen['course']}, "
                        "not the installed copy")
    problems += [f"{label}: the kernel saw {name} {seen['versions'][name]}, not {version}"
                 for name, version in pins.items() if not same_version(seen["versions"][name], version)]
    if solved:
        problems += [f"{label}: {key} ended {seen['statuses'].get(key, 'not attempted')}, not correct"
                     for key in questions if seen["statuses"].get(key) not in ("correct", "submitted")]
    return problems


def inside(pins: dict[str, str], only: list[str], since: float, jobs: int) -> int:
    """Runs in the new environment: print the versions, then run each notebook, as shipped and solved."""
    import importlib.metadata as metadata
    import platform

    print(f"Python {platform.python_version()} ({sys.executable})")
    print("  " + ", ".join(f"{name} {metadata.version(name)}" for name in pins))
    print("  " + ", ".join(f"{name} {metadata.version(name)}" for name in MACHINERY), flush=True)
    scratch = Path(tempfile.mkdtemp(prefix="smm-lowest-jupyter-"))
    # Kernels from this environment only: a python3 kernelspec in the user's folders would otherwise win.
    for variable in ("JUPYTER_DATA_DIR", "JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR"):
        os.environ[variable] = str(scratch / variable.lower())
    for variable in ("JUPYTER_PATH", "PYTHONPATH", "PYTHONHOME", "SMM_COURSE_LANG"):
        os.environ.pop(variable, None)
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    # Copies of the notebooks, so what they write (10's report) stays out of the checkout; one for each kind
    # of run, as the two runs of a notebook may go on at the same time.
    for kind in ("as-shipped", "solved"):
        shutil.copytree(NOTEBOOKS, scratch / kind, ignore=shutil.ignore_patterns("*.html", ".ipynb_*"))
    paths = [path for path in sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
             if not only or path.name.startswith(tuple(only))]
    runs = [(scratch / ("solved" if solved else "as-shipped") / path.name, solved)
            for path in paths for solved in (False, True)]
    failed, started = 0, time.time()
    try:
        # One notebook per core: each run is a separate kernel, and the machine has two cores.
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = {pool.submit(_timed, path, pins, solved): (path, solved) for path, solved in runs}
            for future in as_completed(futures):
                (path, solved), (problems, seconds) = futures[future], future.result()
                kind, verdict = "solved" if solved else "as shipped", "FAILED" if problems else "ok"
                print(f"{path.name} {kind}: {verdict} in {seconds:.1f} s", flush=True)
                for problem in problems:
                    print(f"  {problem}", flush=True)
                failed += bool(problems)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"Notebooks run in {time.time() - started:.0f} s ({jobs} at a time); "
          f"{time.time() - since:.0f} s in all with the build")
    print(f"lowest-versions: {len(runs) - failed} passed, {failed} failed", flush=True)
    return 1 if failed or not runs else 0


def _timed(path: Path, pins: dict[str, str], solved: bool) -> tuple[list[str], float]:
    started = time.perf_counter()
    problems = run_one(path, pins, solved)
    return problems, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", help="only the notebooks whose names start so (default: all)")
    parser.add_argument("--keep", action="store_true", help="keep the environment and say where it is")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1),
                        help="notebooks run at a time (default: 2, or 1 on one core)")
    parser.add_argument("--inside", metavar="PINS", help=argparse.SUPPRESS)
    parser.add_argument("--since", type=float, default=time.time(), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.inside:
        return inside(json.loads(args.inside), args.notebooks, args.since, args.jobs)
    return orchestrate(args)


if __name__ == "__main__":
    sys.exit(main())
