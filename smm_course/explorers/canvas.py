"""Fast redraws for explorers: repaint only what moves, and hand the browser a quickly encoded PNG.

An explorer redraws on every slider step, so a full ``savefig`` (often 80 ms or more) is too slow. Instead the
static part of the figure is rendered once and cached, and each step restores it and draws only the moving
artists on top (matplotlib's blitting), then encodes the pixels with fast PNG compression.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable

from matplotlib.artist import Artist
from matplotlib.figure import Figure

__all__ = ["FINE_STEPS", "ROUND_STEPS", "AxesFigure", "BlitFigure", "blit", "canvas_png", "fit_xlim", "nice_ceiling",
           "stable_limit"]


def blit(figure: Figure, moving: Iterable[Artist], background=None, *, hide_moving: bool = False):
    """Draw the ``moving`` artists over the figure's cached background; return the background to keep.

    On the first call (``background=None``) the whole figure is rendered and its pixels cached. Artists marked
    ``animated=True`` are left out of that render by matplotlib itself; with ``hide_moving=True`` the moving
    artists are hidden for it instead, for explorers whose artists are not animated.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> figure, ax = plt.subplots()
    >>> (line,) = ax.plot([0, 1], [0, 1], animated=True)
    >>> background = blit(figure, [line])
    >>> blit(figure, [line], background) is background
    True
    >>> plt.close(figure)
    """
    moving = list(moving)
    canvas = figure.canvas
    if background is None:
        hidden = [artist for artist in moving if artist.get_visible()] if hide_moving else []
        for artist in hidden:
            artist.set_visible(False)
        canvas.draw()
        background = canvas.copy_from_bbox(figure.bbox)
        for artist in hidden:
            artist.set_visible(True)
    canvas.restore_region(background)
    for artist in moving:
        figure.draw_artist(artist)
    return background


def canvas_png(figure: Figure) -> bytes:
    """The pixels the figure's canvas holds now, as PNG bytes (RGB, fast compression).

    Compression level 1 and no alpha channel: the image is encoded and sent to the browser on every slider
    step, where a few extra kilobytes cost less than the time of a tighter encoding.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> figure, ax = plt.subplots(figsize=(2, 1))
    >>> figure.canvas.draw()
    >>> canvas_png(figure)[:4]
    b'\\x89PNG'
    >>> plt.close(figure)
    """
    from PIL import Image  # pillow comes with matplotlib

    canvas = figure.canvas
    image = Image.frombuffer("RGBA", canvas.get_width_height(), bytes(canvas.buffer_rgba()), "raw", "RGBA", 0, 1)
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="png", compress_level=1)
    return buffer.getvalue()


#: Steps of :func:`nice_ceiling` by default: fine enough that a limit fits its data closely.
FINE_STEPS = (1, 1.5, 2, 3, 4, 5, 6, 8, 10)
#: Fewer, rounder steps, for an axis that should move rarely.
ROUND_STEPS = (1, 1.5, 2, 3, 5, 7.5, 10)


def nice_ceiling(value: float, steps: tuple = FINE_STEPS) -> float:
    """The smallest ``step x 10^k`` at or above ``value``, so axis limits change in a few round steps, not on
    every frame. Zero or less gives the first step (1.0 with the default steps).

    Parameters
    ----------
    value : float
        What the axis must hold.
    steps : tuple of float
        Multipliers of a power of ten, rising from 1 to 10 (:data:`FINE_STEPS` or :data:`ROUND_STEPS`).

    Examples
    --------
    >>> nice_ceiling(1_240.0), nice_ceiling(41_000.0), nice_ceiling(0.0)
    (1500.0, 50000.0, 1.0)
    >>> nice_ceiling(4_100.0), nice_ceiling(4_100.0, ROUND_STEPS)
    (5000.0, 5000.0)
    >>> nice_ceiling(6_100.0), nice_ceiling(6_100.0, ROUND_STEPS)
    (8000.0, 7500.0)
    """
    if not value > 0:
        return float(steps[0])
    power = 10.0 ** math.floor(math.log10(value))
    return float(next((power * step for step in steps if power * step >= value), 10 * power))


def stable_limit(current: float | None, needed: float, steps: tuple = FINE_STEPS, fill: float = 0.4) -> float:
    """Keep an axis limit while the data fit in it and fill at least ``fill`` of it, so that a slider drag rarely
    has to redraw the axes (the slow part); otherwise step to the :func:`nice_ceiling` of what is needed.

    >>> stable_limit(50_000.0, 41_000.0), stable_limit(50_000.0, 52_000.0), stable_limit(50_000.0, 9_000.0)
    (50000.0, 60000.0, 10000.0)
    """
    if current is None or needed > current or needed < fill * current:
        return nice_ceiling(needed, steps)
    return current


def fit_xlim(ax, needed: float) -> bool:
    """Give ``ax`` an x axis from 0 that holds ``needed`` (see :func:`stable_limit`); True when it changed.

    >>> import matplotlib.pyplot as plt
    >>> figure, ax = plt.subplots()
    >>> fit_xlim(ax, 690.0), fit_xlim(ax, 700.0), float(ax.get_xlim()[1])
    (True, False, 800.0)
    >>> plt.close(figure)
    """
    current = None if ax.get_autoscalex_on() else float(ax.get_xlim()[1])
    right = stable_limit(current, needed)
    if right == current:
        return False
    ax.set_xlim(0, right)
    return True


class BlitFigure:
    """A figure on its own Agg canvas (not pyplot, so nothing leaks into a notebook's outputs) whose moving
    artists are drawn on a cached background (see :func:`blit`).

    A subclass builds its axes and artists in ``__init__`` (after calling this one) and lists what changes
    between frames with :meth:`animate`, and the axes whose limits may move with :meth:`scale_with`; its
    ``update`` sets their data, and calls :meth:`rescale` when an axis limit changed or :meth:`restage` when
    anything else in the background did. :meth:`png` renders and encodes a frame.

    The background has two layers: everything that never moves (rendered once: most of the text, the slow part),
    and the scaled axes' ticks, labels and grid drawn on it, so that an axis stepping up costs a few
    milliseconds, not a whole figure.

    Parameters
    ----------
    figsize : tuple of float
        Inches; drawn at 80 dpi.
    margins : dict, optional
        Arguments of ``Figure.subplots_adjust``: fixed margins, since an automatic layout would measure every
        text again on each frame (slow).

    Examples
    --------
    >>> class Dot(BlitFigure):
    ...     def __init__(self):
    ...         super().__init__((2, 1))
    ...         ax = self.figure.add_subplot()
    ...         (self.dot,) = ax.plot([0.5], [0.5], "o")
    ...         self.animate(self.dot)
    >>> Dot().png()[:4]
    b'\\x89PNG'
    """

    #: True: the moving artists are hidden, not left out as ``animated``, while the background is drawn.
    hide_moving = False

    def __init__(self, figsize: tuple, margins: dict | None = None) -> None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        self.figure = Figure(figsize=figsize, dpi=80)
        FigureCanvasAgg(self.figure)
        if margins:
            self.figure.subplots_adjust(**margins)
        self.moving: list = []
        self.scaled: list = []
        self._base = None
        self._background = None
        self._key = None
        self._backgrounds: dict = {}

    def animate(self, *artists: Artist) -> None:
        """Draw these artists on every frame, in this order, over the background."""
        for artist in artists:
            if not self.hide_moving:
                artist.set_animated(True)
            self.moving.append(artist)

    def scale_with(self, *axes) -> None:
        """These axes (``ax.xaxis``, ``ax.yaxis``) change their limits: keep them out of the fixed layer."""
        for axis in axes:
            if not self.hide_moving:
                axis.set_animated(True)
            self.scaled.append(axis)

    def rescale(self, key=None) -> None:
        """An axis limit changed: draw the scaled axes again on the next frame (the fixed layer stays).

        With a ``key`` (the new limits), a background drawn before under the same key is reused.
        """
        self._key = key
        self._background = None if key is None else self._backgrounds.get(key)

    @property
    def staged(self) -> bool:
        """Whether the background is cached (False: the next frame renders it first)."""
        return self._background is not None

    #: How many backgrounds :meth:`restage` keeps by key (each is the figure's pixels, 1 to 2 MB).
    KEPT_BACKGROUNDS = 8

    def restage(self, key=None) -> None:
        """Something in the background changed: render it again on the next frame.

        With a ``key`` (a platform's name, a pair of axis limits), a background drawn before under the same key
        is reused, so going back to it costs nothing.
        """
        if key is None:
            self._backgrounds.clear()  # drawn over another fixed layer: none of them fits any more
        self._key = key
        self._base = None
        self._background = None if key is None else self._backgrounds.get(key)

    def draw(self) -> None:
        """Render the pixels: the background (drawn again only after :meth:`restage` or :meth:`rescale`), the
        moving artists on top."""
        if self._background is None and self.scaled:
            canvas = self.figure.canvas
            if self._base is None:
                # The fixed layer: everything but the scaled axes and the moving artists (animated or hidden).
                hidden = [a for a in (*self.scaled, *self.moving) if a.get_visible()] if self.hide_moving else []
                for artist in hidden:
                    artist.set_visible(False)
                canvas.draw()
                self._base = canvas.copy_from_bbox(self.figure.bbox)
                for artist in hidden:
                    artist.set_visible(True)
            canvas.restore_region(self._base)
            for axis in self.scaled:
                self.figure.draw_artist(axis)
            self._background = canvas.copy_from_bbox(self.figure.bbox)
        self._background = blit(self.figure, self.moving, self._background, hide_moving=self.hide_moving)
        if self._key is not None and self._key not in self._backgrounds:
            if len(self._backgrounds) >= self.KEPT_BACKGROUNDS:
                self._backgrounds.pop(next(iter(self._backgrounds)))
            self._backgrounds[self._key] = self._background

    def png(self) -> bytes:
        """The figure as PNG bytes (what an explorer shows)."""
        self.draw()
        return canvas_png(self.figure)


class AxesFigure(BlitFigure):
    """A :class:`BlitFigure` of one Axes drawn by a *drawing*: an object made on the Axes (``make(ax)``) with
    ``ax``, ``moving`` (the artists a new result changes) and ``update(result) -> bool`` (True when the x axis
    had to step). The same drawing can draw once on any Axes (a student's ``render(ax=...)``) or live here.

    Examples
    --------
    >>> class Bar:
    ...     def __init__(self, ax):
    ...         self.ax = ax
    ...         (self.bar,) = ax.barh([0], [0.0])
    ...         self.moving = [self.bar]
    ...     def update(self, width):
    ...         self.bar.set_width(width)
    ...         changed = width > self.ax.get_xlim()[1]
    ...         if changed:
    ...             self.ax.set_xlim(0, nice_ceiling(width))
    ...         return changed
    >>> figure = AxesFigure((3, 1), {"left": 0.1}, Bar)
    >>> figure.update(7.0)
    >>> figure.drawing.ax.get_xlim(), figure.png()[:4]
    ((np.float64(0.0), np.float64(8.0)), b'\x89PNG')
    """

    def __init__(self, figsize: tuple, margins: dict | None, make) -> None:
        super().__init__(figsize, margins)
        self.drawing = make(self.figure.add_subplot())
        self.animate(*self.drawing.moving)
        self.scale_with(self.drawing.ax.xaxis)

    def update(self, result) -> None:
        """Show ``result``; draw the x axis again (or take it from a frame drawn before) if it stepped."""
        if self.drawing.update(result):
            self.rescale(tuple(self.drawing.ax.get_xlim()))
