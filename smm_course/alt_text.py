"""Text alternatives for the course's figures: the sentence that introduces a figure says what to look for, so it
is also what a screen reader reads in place of the picture.

Every figure in the notebooks comes right after a text cell whose last paragraph says what to look for ("In the
figure, look at ..."). :func:`figure_introduction` finds that sentence in a text cell; the static site
(:mod:`smm_course.site`) gives it to each figure as its ``alt``.

In JupyterLab a figure is a PNG output, and JupyterLab draws a PNG output as an ``<img>`` with no ``alt`` (its
image renderer reads only width and height from the output's metadata). So :func:`install`, which
:func:`smm_course.plots.set_theme` calls in every notebook's kernel, adds an HTML form of each figure shown from a
notebook cell: the same PNG as an ``<img>`` whose ``alt`` is the introduction of that cell. JupyterLab prefers
HTML to PNG, so that is what it draws; the PNG stays in the output for every other reader. The kernel finds the
introduction in the notebook file, by the id of the running cell, which a notebook front end sends with each
run; a cell that is not in the file yet gets a description made from the figure's own titles and axis labels.
Without a front end (nbclient, nbval) nothing changes: no cell id comes with the code, and figures are shown as
before, so stored outputs stay the same.
"""

from __future__ import annotations

import base64
import html
import json
import os
import re
from pathlib import Path

__all__ = ["FigureAltText", "figure_introduction", "figure_summary", "install", "introduction_before",
           "markdown_blocks", "plain_text"]

# A sentence that points at the figure: where the introduction starts inside its paragraph. The Italian words are
# the ones the Italian edition's introductions use (figura, grafico, istogramma, mappa di calore, barre, punti...).
_POINTS_AT_FIGURE = re.compile(
    r"\b(figures?|histograms?|heatmaps?|drawing|dashboard|charts?|plots?|bars|dots?|lines?|boxes"
    r"|figur[ae]|grafic[oi]|istogramm[ai]|mapp[ae] di calore|disegno|barre|punti|linee|line[ae]|scatol[ae])\b",
    re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ú\"'(*_`$«])")
_HEADING = re.compile(r"(#{1,6})\s+(.*)")


def markdown_blocks(markdown: str) -> list[tuple[int, str]]:
    """A text cell's headings and paragraphs, in order, as ``(level, text)``: level 1 to 6 for a heading (its
    text without the ``#`` marks), 0 for a paragraph (its lines stripped and joined by spaces). A blank line or a
    heading ends a paragraph. Markup inside the text is kept (see :func:`plain_text`).

    Both readers of the notebooks' prose use it: :func:`figure_introduction` (a figure's alt text comes from the
    last paragraph before it) and :func:`smm_course.site.describe` (the title and one-line description).

    >>> markdown_blocks("# Start\\n\\nFirst line\\n  second line.\\n## Next\\nMore, with #hashtag.")
    [(1, 'Start'), (0, 'First line second line.'), (2, 'Next'), (0, 'More, with #hashtag.')]
    """
    blocks: list[tuple[int, str]] = []
    current: list[str] = []
    for line in markdown.splitlines():
        stripped = line.strip()
        heading = _HEADING.match(stripped)
        if stripped and not heading:
            current.append(stripped)
            continue
        if current:
            blocks.append((0, " ".join(current)))
            current = []
        if heading:
            blocks.append((len(heading.group(1)), heading.group(2)))
    if current:
        blocks.append((0, " ".join(current)))
    return blocks


def plain_text(markdown: str) -> str:
    """Markdown inline markup removed: links and images keep their text, emphasis, code and math marks go.

    >>> plain_text("See [the **report**](https://x.org) and `df.head()`: $K = 0.5$.")
    'See the report and df.head(): K = 0.5.'
    """
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"(\*\*|__|\*|`|\$)", "", text)
    return " ".join(text.split())


def figure_introduction(markdown: str) -> str:
    """The sentences of a text cell that introduce the figure after it: from the first sentence of its last
    paragraph that points at a figure (or the whole paragraph when none does), as plain text.

    >>> figure_introduction("## Reach\\n\\nReach counts people. In the figure, look at the *peak*.")
    'In the figure, look at the peak.'
    >>> figure_introduction("First paragraph.\\n\\nCompare each platform with the dashed `target`.")
    'Compare each platform with the dashed target.'
    >>> figure_introduction("Il calo è netto. Nella figura, guarda il *picco*.")
    'Nella figura, guarda il picco.'
    >>> figure_introduction("## Only a heading")
    ''
    """
    paragraphs = [text for level, text in markdown_blocks(markdown) if not level]
    if not paragraphs:
        return ""
    sentences = _SENTENCE_END.split(plain_text(paragraphs[-1]))
    start = next((i for i, sentence in enumerate(sentences) if _POINTS_AT_FIGURE.search(sentence)), 0)
    return " ".join(sentences[start:])


def _source(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def introduction_before(cells: list[dict], index: int) -> str:
    """The introduction (see :func:`figure_introduction`) in the nearest text cell before cell ``index``.

    >>> cells = [{"cell_type": "markdown", "source": "In the figure, look at the gap."},
    ...          {"cell_type": "code", "source": "plt.show()"}]
    >>> introduction_before(cells, 1)
    'In the figure, look at the gap.'
    """
    for cell in reversed(cells[:index]):
        if cell.get("cell_type") == "markdown" and _source(cell).strip():
            return figure_introduction(_source(cell))
    return ""


def figure_summary(figure) -> str:
    """A text alternative made from a figure's own words: its title, each panel's title and axis labels. For
    figures made in a cell that the notebook file does not hold yet, so no text introduces them.

    >>> from matplotlib.figure import Figure
    >>> figure = Figure()
    >>> ax = figure.add_subplot()
    >>> _ = ax.set(title="Weekly reach", xlabel="week", ylabel="people")
    >>> figure_summary(figure)
    'Figure: Weekly reach (across: week; up: people).'
    >>> figure_summary(Figure())
    'Figure with no title or axis labels.'
    """
    parts = []
    suptitle = figure.get_suptitle() if hasattr(figure, "get_suptitle") else ""
    if suptitle:
        parts.append(suptitle)
    for ax in figure.get_axes():
        title = " ".join(text for text in (ax.get_title("left"), ax.get_title(), ax.get_title("right")) if text)
        axes = "; ".join(f"{where}: {label}" for where, label in (("across", ax.get_xlabel()),
                                                                  ("up", ax.get_ylabel())) if label)
        if title or axes:
            parts.append(f"{title} ({axes})" if title and axes else title or axes)
    if not parts:
        return "Figure with no title or axis labels."
    return "Figure: " + "; ".join(parts) + "."


def image_html(png, alt: str, metadata: dict | None = None) -> str:
    """A PNG (bytes, or base64 text as IPython's formatter gives it) as an ``<img>`` with ``alt``, at the size
    the PNG output would be drawn.

    >>> image_html("iVBORw0KGgo=", 'Look at "the gap"', {"width": 450})
    '<img src="data:image/png;base64,iVBORw0KGgo=" alt="Look at &quot;the gap&quot;" width="450">'
    """
    data = base64.b64encode(png).decode("ascii") if isinstance(png, bytes) else str(png).strip()
    size = "".join(f' {key}="{int(metadata[key])}"' for key in ("width", "height")
                   if metadata and isinstance(metadata.get(key), (int, float)))
    return f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt)}"{size}>'


class FigureAltText:
    """The kernel side of :func:`install`: remembers which notebook cell runs, and shows each figure with an HTML
    form whose ``alt`` is that cell's introduction.

    It is IPython's display printer for matplotlib figures, so it comes before the figure formats that the inline
    backend registers (and registers again when it is configured), whatever the order.
    """

    def __init__(self, shell) -> None:
        self.shell = shell
        self.cell_id: str | None = None
        self._notebooks: dict[Path, tuple[int, list[dict]]] = {}

    def before_cell(self, info=None) -> None:
        """IPython's ``pre_run_cell`` event: note the id of the cell that runs (None without a front end)."""
        cell_id = getattr(info, "cell_id", None)
        if not cell_id:
            kernel = getattr(self.shell, "kernel", None)
            parent = kernel.get_parent() if kernel is not None and hasattr(kernel, "get_parent") else {}
            cell_id = (parent or {}).get("metadata", {}).get("cellId")
        self.cell_id = cell_id or None

    def notebook_path(self) -> Path | None:
        """The notebook this kernel runs, as Jupyter Server tells the kernel (``__session__``)."""
        name = self.shell.user_ns.get("__session__") or os.environ.get("JPY_SESSION_NAME")
        if not name or not str(name).endswith(".ipynb"):
            return None
        path = Path(name)
        return path if path.is_file() else None

    def _cells(self, path: Path) -> list[dict]:
        stamp = path.stat().st_mtime_ns
        cached = self._notebooks.get(path)
        if cached is None or cached[0] != stamp:
            cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
            self._notebooks[path] = cached = (stamp, cells)
        return cached[1]

    def alt(self, figure) -> str:
        """The running cell's introduction in the notebook file, else :func:`figure_summary`."""
        path = self.notebook_path()
        if path is not None and self.cell_id:
            try:
                cells = self._cells(path)
            except (OSError, ValueError):
                cells = []
            index = next((i for i, cell in enumerate(cells) if cell.get("id") == self.cell_id), None)
            if index is not None:
                introduction = introduction_before(cells, index)
                if introduction:
                    return introduction
        return figure_summary(figure)

    def show(self, figure) -> None:
        """Display a figure as IPython would, plus its HTML form with ``alt`` when a notebook cell shows it."""
        from IPython.display import publish_display_data
        from matplotlib.figure import Figure

        printers = self.shell.display_formatter.ipython_display_formatter
        printers.pop(Figure, None)  # IPython's own formats, without this printer
        try:
            data, metadata = self.shell.display_formatter.format(figure)
        finally:
            printers.for_type(Figure, self.show)
        if not data:
            return
        if self.cell_id and "image/png" in data:
            data["text/html"] = image_html(data["image/png"], self.alt(figure), metadata.get("image/png"))
        publish_display_data(data, metadata)


def install(shell=None) -> FigureAltText | None:
    """Give every figure shown from a notebook cell its text alternative (see the module notes), in this kernel.

    Does nothing outside an IPython kernel (a script, the test suite, a terminal), and nothing more when called
    again. Returns the installed :class:`FigureAltText`, or None.

    >>> install() is None  # no kernel here
    True
    """
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:  # pragma: no cover - IPython comes with JupyterLab
            return None
        shell = get_ipython()
    if shell is None or getattr(shell, "kernel", None) is None:
        return None
    from matplotlib.figure import Figure

    installed = getattr(shell, "_smm_course_figure_alt", None)
    if installed is None:
        installed = FigureAltText(shell)
        shell._smm_course_figure_alt = installed
        shell.events.register("pre_run_cell", installed.before_cell)
    printers = shell.display_formatter.ipython_display_formatter
    try:
        current = printers.lookup_by_type(Figure)
    except KeyError:
        current = None
    if current is None or current == installed.show:
        printers.for_type(Figure, installed.show)
    # else an interactive backend (ipympl) shows figures as widgets: they are not PNG outputs, leave them alone
    return installed
