"""The wiring every explorer shares: controls, a sentence that states the result, a picture, and a redraw on
every change.

- :class:`LivePanel` is the picture and its sentence without controls: :meth:`LivePanel.update` takes the
  current values, draws, and shows the result. An exercise can put its ``widgets`` under its own controls.
- :class:`Explorer` adds the controls: it lays them out, observes every one of them (sliders redraw while they
  are dragged) and prints as one stable line, which is what a notebook stores as the cell's text.

An explorer supplies only what it computes and draws (:meth:`Explorer.draw`) and its controls, made with
:func:`float_slider`, :func:`int_slider` and :func:`dropdown` so that they all look alike.
"""

from __future__ import annotations

import base64
import html
from collections import OrderedDict
from collections.abc import Callable, Mapping

import ipywidgets as w

__all__ = ["SLIDER_NAMES_JS", "WIDE", "Explorer", "LivePanel", "dropdown", "float_slider", "int_slider",
           "picture_html", "slider_namer", "status_html"]

#: Room for long control descriptions.
WIDE = {"description_width": "initial"}

#: A JavaScript function of one element: it gives every slider in it the slider's own label as its accessible name,
#: now and whenever more sliders appear. ipywidgets draws a slider's handle as a ``role="slider"`` element with no
#: name (its ``<label>`` cannot point at a div), so a screen reader would say only "slider, 5"; the value itself is
#: read out already (``aria-valuetext``). The label's id is set only where the page has none.
SLIDER_NAMES_JS = (
    "function(scope){"
    "var name=function(){scope.querySelectorAll('.widget-slider').forEach(function(slider){"
    "var label=slider.querySelector('.widget-label');"
    "if(!label||!label.textContent.trim())return;"
    "if(!label.id)label.id='smm-slider-label-'+(window.smmSliderLabels=(window.smmSliderLabels||0)+1);"
    "slider.querySelectorAll('[role=slider]').forEach(function(handle){"
    "if(handle.getAttribute('aria-labelledby')!==label.id)handle.setAttribute('aria-labelledby',label.id);});});};"
    "name();"
    "if(!scope.smmSliderNames){scope.smmSliderNames=new MutationObserver(name);"
    "scope.smmSliderNames.observe(scope,{childList:true,subtree:true});}}"
)
# The picture names the sliders of its output when it loads: an HTML widget runs no <script>, and the picture is
# the one part every explorer, and every exercise with sliders, shares. (JupyterLab allows inline handlers.)
_NAME_SLIDERS_ONLOAD = html.escape(
    f"({SLIDER_NAMES_JS})(this.closest('.jp-OutputArea-output, .widget-subarea') || document.body)")


def status_html(message: str, *, strong: bool = True) -> str:
    """A sentence as a live region: screen readers read it out when it changes.

    >>> status_html("Reach: 5 people.")
    '<p role="status" aria-live="polite"><strong>Reach: 5 people.</strong></p>'
    """
    text = html.escape(message)
    return f'<p role="status" aria-live="polite">{f"<strong>{text}</strong>" if strong else text}</p>'


def picture_html(png: bytes, alt: str) -> str:
    """PNG bytes as an ``<img>`` with a text alternative (``ipywidgets.Image`` has no ``alt``).

    The image's own width and height (read from the PNG header) let the browser keep its place on the page while
    the next frame decodes, so the page does not jump while a slider is dragged. When it loads, it gives the
    sliders of its output an accessible name (see :data:`SLIDER_NAMES_JS`).

    >>> size = (960).to_bytes(4, "big") + (384).to_bytes(4, "big")
    >>> header = b"\\x89PNG\\r\\n\\x1a\\n" + b"\\x00\\x00\\x00\\rIHDR" + size
    >>> picture_html(header, 'Reach "5"')[-97:]
    'width="960" height="384" alt="Reach &quot;5&quot;" style="max-width:100%;width:100%;height:auto">'
    """
    data = base64.b64encode(png).decode("ascii")
    size = ""
    if png[12:16] == b"IHDR":
        size = f'width="{int.from_bytes(png[16:20], "big")}" height="{int.from_bytes(png[20:24], "big")}" '
    return (f'<img onload="{_NAME_SLIDERS_ONLOAD}" src="data:image/png;base64,{data}" {size}'
            f'alt="{html.escape(alt)}" style="max-width:100%;width:100%;height:auto">')


def slider_namer() -> w.Output:
    """A hidden output that names the sliders of the cell output it is in (see :data:`SLIDER_NAMES_JS`), for a
    widget with sliders and no picture to do it. JupyterLab runs the scripts of a widget's outputs (they come from
    the kernel, so they are trusted); the static site names its sliders itself.

    >>> namer = slider_namer()
    >>> namer.layout.display, "SLIDER_NAMES_JS" not in namer.outputs[0]["data"]["text/html"]
    ('none', True)
    """
    script = (f"<script>({SLIDER_NAMES_JS})(document.currentScript.closest('.jp-Cell-outputArea, .widget-subarea')"
              " || document.body);</script>")
    namer = w.Output(layout=w.Layout(display="none"))
    namer.outputs = ({"output_type": "display_data", "data": {"text/html": script, "text/plain": ""},
                      "metadata": {}},)
    return namer


def float_slider(description: str, value: float, low: float, high: float, step: float, readout: str = ".2f",
                 width: str = "34em") -> w.FloatSlider:
    """A labelled slider for a number, as every explorer shows one."""
    return w.FloatSlider(value=value, min=low, max=high, step=step, readout_format=readout, description=description,
                         continuous_update=True, style=WIDE, layout=w.Layout(width=width))


def int_slider(description: str, value: int, low: int, high: int, step: int = 1, width: str = "34em") -> w.IntSlider:
    """A labelled slider for a whole number, as every explorer shows one."""
    return w.IntSlider(value=value, min=low, max=high, step=step, description=description, continuous_update=True,
                       style=WIDE, layout=w.Layout(width=width))


def dropdown(description: str, options, value, width: str | None = None) -> w.Dropdown:
    """A labelled dropdown; ``options`` are values or (label, value) pairs."""
    layout = w.Layout(width=width) if width else w.Layout()
    return w.Dropdown(options=options, value=value, description=description, style=WIDE, layout=layout)


class LivePanel(w.VBox):
    """A sentence and a picture that follow some values: each :meth:`update` draws and shows the result.

    The sentence is a live region (``role="status"``, read out by screen readers) and is repeated as the
    picture's text alternative. The picture is PNG bytes in an ``<img>``, replaced in one assignment: no output
    area to clear, so nothing flickers and nothing leaks into a cell's outputs, with or without a front end.

    Parameters
    ----------
    draw : callable, optional
        ``draw(values) -> (result, png)``: ``result`` has a ``message`` (the sentence) and ``png`` is the
        picture's bytes; or a string, shown as the sentence alone (e.g. "pick at least one format"). A subclass
        may override :meth:`draw` instead.
    max_width : str
        The picture's largest width on the page.
    cache : int
        How many drawn results to keep, keyed by the values, so that going back to a choice is instant
        (0: none, for pictures that are quick to draw).

    Examples
    --------
    >>> class Frame:
    ...     message = "Nothing to see."
    >>> panel = LivePanel(lambda values: (Frame(), b"\\x89PNG"))
    >>> panel.update({"seeds": 3}).message, 'aria-live="polite"' in panel.sentence.value
    ('Nothing to see.', True)
    >>> panel.widgets == [panel.sentence, panel.picture], 'alt="Nothing to see."' in panel.picture.value
    (True, True)
    """

    def __init__(self, draw: Callable | None = None, *, max_width: str = "1000px", cache: int = 0,
                 **kwargs) -> None:
        self.sentence = w.HTML()
        self.picture = w.HTML(layout=w.Layout(width="100%", max_width=max_width))
        self.result = None
        self._draw = draw
        self._cache: OrderedDict = OrderedDict()
        self.cache_size = cache
        super().__init__([self.sentence, self.picture], **kwargs)
        if self.layout.overflow is None:
            # A box scrolls its overflow by default; a panel shown whole (an exercise's live view) would then be a
            # scrolling region no keyboard can reach whenever the picture is a pixel taller than the box.
            self.layout.overflow = "visible"

    @property
    def widgets(self) -> list:
        """The sentence and the picture, to place under a question's or an explorer's controls."""
        return [self.sentence, self.picture]

    def draw(self, values: dict):
        """Compute and draw for these values: ``(result, png)``, or a sentence alone (see the class notes)."""
        if self._draw is None:
            raise NotImplementedError("give LivePanel a draw function, or override draw() in a subclass")
        return self._draw(values)

    def update(self, values: Mapping | None = None, **more):
        """Draw for ``values`` (a dict, or keyword arguments) and show the result; return it.

        A sentence alone (when the values cannot be drawn) replaces the sentence, keeps the last picture and
        returns None.
        """
        values = {**(values or {}), **more}
        key = tuple(sorted(values.items()))
        drawn = self._cache.get(key) if self.cache_size else None
        if drawn is None:
            drawn = self.draw(values)
            if isinstance(drawn, str):
                self.say(drawn)
                return None
            if self.cache_size:
                self._cache[key] = drawn
                if len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        self.result, png = drawn
        self.present(self.result.message, png)
        return self.result

    def say(self, message: str) -> None:
        """Replace the sentence only."""
        self.sentence.value = status_html(message)

    def present(self, message: str, png: bytes) -> None:
        """Show a sentence and a picture whose text alternative is that sentence."""
        self.say(message)
        self.picture.value = picture_html(png, message)


class Explorer(w.VBox):
    """An explorer's widget: its controls, then a :class:`LivePanel`, redrawn on every change of a control.

    A subclass sets :attr:`title` (the widget's text form) and implements :meth:`draw`; it may override
    :meth:`adjust` to keep controls consistent with each other.

    Parameters
    ----------
    controls : dict
        Name -> ipywidget. :attr:`values` reads them under these names.
    rows : list, optional
        How the controls are laid out (default: one per row, in order).
    extras : list, optional
        Widgets shown after the picture (a table, say).
    panel : LivePanel, optional
        Default: a new panel drawing with :meth:`draw`.
    max_width, cache :
        Passed to the default panel.

    Attributes
    ----------
    figure : object
        The figure the last :meth:`draw` returned (``result.figure``), reused by the next one.
    """

    #: The stable text form (what a notebook stores as the cell's plain-text output).
    title = "Explorer"

    def __init__(self, controls: Mapping, *, rows: list | None = None, extras: list = (),
                 panel: LivePanel | None = None, max_width: str = "1000px", cache: int = 0) -> None:
        self.controls = dict(controls)
        self.panel = LivePanel(self.draw, max_width=max_width, cache=cache) if panel is None else panel
        self.figure = None
        self._muted = False
        super().__init__([*(self.controls.values() if rows is None else rows), *self.panel.widgets, *extras])
        for control in self.controls.values():
            if hasattr(control, "continuous_update"):
                control.continuous_update = True  # redraw while a slider is dragged
            control.observe(self.redraw, names="value")
        self.redraw()

    @property
    def values(self) -> dict:
        """The controls' current values, by name."""
        return {name: control.value for name, control in self.controls.items()}

    @property
    def result(self):
        """What the last redraw computed."""
        return self.panel.result

    @property
    def sentence(self) -> w.HTML:
        """The sentence that states the result."""
        return self.panel.sentence

    @property
    def picture(self) -> w.HTML:
        """The picture (an ``<img>`` whose text alternative is the sentence)."""
        return self.panel.picture

    def adjust(self) -> None:
        """Make the controls consistent with each other before a redraw (changes here do not redraw again)."""

    def draw(self, values: dict):
        """Compute and draw for ``values``: ``(result, png)``, or a sentence alone (see :class:`LivePanel`)."""
        raise NotImplementedError

    def draw_figure(self, result) -> tuple:
        """``(result, png)`` for a result whose ``figure`` draws itself; keeps the figure for the next frame."""
        self.figure = result.figure
        return result, result.figure.png()

    def redraw(self, _change=None):
        """Draw the current values (what every control's change calls)."""
        if self._muted:
            return None
        self._muted = True
        try:
            self.adjust()
        finally:
            self._muted = False
        return self.panel.update(self.values)

    def __repr__(self) -> str:
        return self.title
