"""Interactive explorers: ipywidgets views where a student changes an assumption and sees the result at once.

One module per topic (``growth``, ``engagement``, ``virality``, ...). Each module exposes ``explorer(...)``,
which returns the widget, and a pure ``render(**values)`` (or a small class with one) that does the computing and
drawing. Three shared modules hold what the topics have in common:

- :mod:`~smm_course.explorers.base`: the widget's wiring (:class:`~smm_course.explorers.base.Explorer`: controls,
  a status sentence, a picture with that sentence as its text alternative, a redraw on every change, a stable
  text form) and :class:`~smm_course.explorers.base.LivePanel`, the sentence and picture without controls that
  an exercise can place under its own controls;
- :mod:`~smm_course.explorers.canvas`: fast frames (a cached background, only the moving parts drawn again, quick
  PNG encoding) and round axis limits (:func:`~smm_course.explorers.canvas.nice_ceiling`);
- :mod:`~smm_course.explorers.checks`: the checks of a student's numbers.

``benchmarks/bench_explorers.py`` times every control, since an explorer must keep up while a slider is dragged
(every change under 100 ms, the worst one included).
"""
