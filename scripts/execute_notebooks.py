"""Re-execute course notebooks in place so their stored outputs match a fresh run (what nbval compares).

    python scripts/execute_notebooks.py                 # every notebook of both editions (notebooks/, notebooks/it/)
    python scripts/execute_notebooks.py notebooks/03_interaction.ipynb

Each notebook runs in a fresh kernel with its own empty progress store (so it shows every exercise "not
attempted"), with widget state saved (so the static site can display widgets), and without per-cell timing
metadata (which would make every run a diff). It also makes sure the kernelspec and course metadata are there.
Prints the wall time of each notebook; `benchmarks/bench_notebooks.py` records them.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


def course_version() -> str:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def normalise_metadata(notebook: nbformat.NotebookNode, path: Path) -> None:
    """Kernelspec so JupyterLab never asks for a kernel; course metadata for the version check."""
    notebook.metadata["kernelspec"] = dict(KERNELSPEC)
    notebook.metadata.setdefault("language_info", {"name": "python"})
    course = notebook.metadata.setdefault("smm_course", {})
    course["notebook"] = path.name[:2]
    course["written_for"] = course_version()
    # The start() call passes the same version to the kernel, which warns when the installed package differs.
    for cell in notebook.cells:
        if cell.cell_type == "code" and "start(" in cell.source:
            cell.source = re.sub(r'written_for="[^"]*"', f'written_for="{course_version()}"', cell.source)
            break


def execute(path: Path, timeout: int = 600) -> float:
    """Execute one notebook in place; return its wall time in seconds."""
    notebook = nbformat.read(path, as_version=4)
    normalise_metadata(notebook, path)
    with tempfile.TemporaryDirectory(prefix="smm-course-exec-") as home:
        previous = os.environ.get("SMM_COURSE_HOME")
        os.environ["SMM_COURSE_HOME"] = home
        os.environ.pop("SMM_COURSE_LANG", None)
        try:
            client = NotebookClient(
                notebook, timeout=timeout, kernel_name="python3", record_timing=False,
                store_widget_state=True, resources={"metadata": {"path": str(path.parent)}},
            )
            started = time.perf_counter()
            client.execute()
            elapsed = time.perf_counter() - started
        finally:
            if previous is None:
                os.environ.pop("SMM_COURSE_HOME", None)
            else:
                os.environ["SMM_COURSE_HOME"] = previous
    nbformat.write(notebook, path)
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path)
    args = parser.parse_args(argv)
    paths = args.notebooks or [*sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")),
                               *sorted((ROOT / "notebooks" / "it").glob("[0-9][0-9]_*.ipynb"))]
    for path in paths:
        seconds = execute(path)
        print(f"{path.name}: {seconds:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
