"""Time every explorer as a student drags its controls: one value change to a finished redraw.

    python benchmarks/bench_explorers.py

Each module in ``smm_course.explorers`` builds its widget with ``explorer()``; this walks the widget tree, and for
every slider and dropdown steps through its values, timing each change (the observers run synchronously, so the
time covers computing and drawing). Smooth dragging needs each step well under 100 ms.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import platform
import statistics
import sys
import time
import warnings

import matplotlib

matplotlib.use("Agg")

import ipywidgets as widgets  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

import smm_course.explorers  # noqa: E402

STEPS = 12


def controls(widget):
    """Every slider and selection control inside a widget tree."""
    found = []
    stack = [widget]
    while stack:
        node = stack.pop()
        if isinstance(node, (widgets.widgets.widget_int._BoundedInt, widgets.widgets.widget_float._BoundedFloat,
                             widgets.widgets.widget_selection._Selection)) and not node.disabled:
            found.append(node)
        stack.extend(getattr(node, "children", ()))
    return found


def values_for(control):
    if isinstance(control, widgets.widgets.widget_selection._Selection):
        return [option[1] if isinstance(option, tuple) else option for option in control.options][:STEPS]
    low, high = control.min, control.max
    step = (high - low) / (STEPS - 1)
    return [type(control.value)(low + i * step) for i in range(STEPS)]


def bench_module(name: str) -> list[tuple[str, float, float]]:
    module = importlib.import_module(f"smm_course.explorers.{name}")
    started = time.perf_counter()
    view = module.explorer()
    build = time.perf_counter() - started
    rows = []
    for control in controls(view):
        original = control.value
        timings = []
        for value in values_for(control):
            started = time.perf_counter()
            control.value = value
            timings.append(time.perf_counter() - started)
            plt.close("all")
        control.value = original
        label = control.description or type(control).__name__
        rows.append((label, statistics.median(timings) * 1000, max(timings) * 1000))
    return [("(build)", build * 1000, build * 1000)] + rows


def main() -> int:
    warnings.simplefilter("ignore")
    print(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}")
    print("| explorer | control | median ms per change | worst ms |\n|---|---|---|---|")
    for info in pkgutil.iter_modules(smm_course.explorers.__path__):
        if not hasattr(importlib.import_module(f"smm_course.explorers.{info.name}"), "explorer"):
            continue  # a shared helper module (canvas), not an explorer
        for label, median, worst in bench_module(info.name):
            print(f"| {info.name} | {label} | {median:.0f} | {worst:.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
