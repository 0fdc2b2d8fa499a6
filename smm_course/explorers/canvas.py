"""Fast redraws for explorers: repaint only what moves, and hand the browser a quickly encoded PNG.

An explorer redraws on every slider step, so a full ``savefig`` (often 80 ms or more) is too slow. Instead the
static part of the figure is rendered once and cached, and each step restores it and draws only the moving
artists on top (matplotlib's blitting), then encodes the pixels with fast PNG compression.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from matplotlib.artist import Artist
from matplotlib.figure import Figure


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
