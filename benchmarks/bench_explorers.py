"""Time every explorer as a student drags its controls: one value change to a finished redraw.

    python benchmarks/bench_explorers.py            # every explorer
    python benchmarks/bench_explorers.py trends     # only the explorers named

Each module in ``smm_course.explorers`` builds its widget with ``explorer()``; this takes every control the widget
observes (sliders, range sliders, dropdowns, checkboxes), steps it through its values and times each change (the
observers run synchronously, so the time covers computing, drawing and encoding the picture). Smooth dragging
needs every step under 100 ms, the worst one included.

Two clocks: wall time (what a student waits) and this process's CPU time. On a machine shared with other jobs the
wall time also counts the waits for a core; the CPU time does not, so it shows what the explorer itself costs.
The load average is printed before and after, to tell which case a run was.
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
    """Every control of an explorer: its ``controls`` (name -> widget), which it observes."""
    return [control for control in widget.controls.values() if not control.disabled]


def values_for(control):
    """The values a student steps through: every option of a dropdown, both states of a checkbox, and 12 even
    steps of a slider (a range slider moves its upper end)."""
    if isinstance(control, widgets.Checkbox):
        return [not control.value, control.value]
    if isinstance(control, widgets.widgets.widget_selection._Selection):
        options = [option[1] if isinstance(option, tuple) else option for option in control.options]
        return [*options[:STEPS], control.value]
    low, high = control.min, control.max
    step = (high - low) / (STEPS - 1)
    if isinstance(control.value, tuple):  # a range slider: drag its upper end down, then back up
        return [(control.value[0], max(control.value[0], type(high)(high - i * step))) for i in range(STEPS)]
    return [type(control.value)(low + i * step) for i in range(STEPS)]


def timed(change) -> tuple[float, float]:
    """Wall and CPU milliseconds of one change."""
    wall, cpu = time.perf_counter(), time.process_time()
    change()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def bench_module(name: str) -> list[tuple]:
    """(control, median wall ms, worst wall ms, median CPU ms, worst CPU ms) for the build and every control."""
    module = importlib.import_module(f"smm_course.explorers.{name}")
    holder = {}
    build = timed(lambda: holder.setdefault("view", module.explorer()))
    view = holder["view"]
    rows = [("(build)", build[0], build[0], build[1], build[1])]
    for control in controls(view):
        original = control.value
        walls, cpus = [], []
        for value in values_for(control):
            wall, cpu = timed(lambda: setattr(control, "value", value))
            walls.append(wall)
            cpus.append(cpu)
            plt.close("all")
        control.value = original
        label = (control.description or type(control).__name__).rstrip(":")
        rows.append((label, statistics.median(walls), max(walls), statistics.median(cpus), max(cpus)))
    return rows


def main(only: list[str] = ()) -> int:
    warnings.simplefilter("ignore")
    print(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}, "
          f"load average before: {os.getloadavg()[0]:.1f}")
    print("| explorer | control | median ms | worst ms | median CPU ms | worst CPU ms |\n|---|---|---:|---:|---:|---:|")
    over = []
    for info in pkgutil.iter_modules(smm_course.explorers.__path__):
        if not hasattr(importlib.import_module(f"smm_course.explorers.{info.name}"), "explorer"):
            continue  # a shared module (base, canvas), not an explorer
        if only and info.name not in only:
            continue
        for label, median, worst, cpu_median, cpu_worst in bench_module(info.name):
            print(f"| {info.name} | {label} | {median:.0f} | {worst:.0f} | {cpu_median:.0f} | {cpu_worst:.0f} |",
                  flush=True)
            if label != "(build)" and worst >= 100:
                over.append(f"{info.name}: {label}")
    print(f"Load average after: {os.getloadavg()[0]:.1f}. Controls at or over 100 ms at worst: "
          f"{', '.join(over) if over else 'none'}.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
