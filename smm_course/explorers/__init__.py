"""Interactive explorers: ipywidgets views where a student changes an assumption and sees the result at once.

One module per topic (``growth``, ``engagement``, ``virality``, ...). Each module exposes ``explorer(...)``,
which returns the widget, and a pure ``render(**values)`` (or a small class with one) that does the computing and
drawing. The widget calls ``render`` on every slider move, and ``benchmarks/bench_explorers.py`` times it, since an
explorer must keep up while a slider is dragged (aim: well under 100 ms a frame).
"""
