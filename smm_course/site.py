"""The static HTML course (``smm-course site --out DIR``): read every notebook in a browser, no install needed.

:func:`build` writes ``index.html`` (the course title and the notebook list, each with a one-line description
taken from the notebook's first text cell) and one page per notebook with its stored outputs. Widgets display
from the state saved in the notebook (``scripts/execute_notebooks.py`` runs notebooks with
``store_widget_state=True``), drawn by the ipywidgets HTML manager. Every script and font the pages load is
copied from ``smm_course/site_assets`` into ``DIR/assets``, so the site works offline and straight from disk
(``file://``).

The pages are a read-only copy: a widget shows the state it was saved in, and its buttons do nothing, because
there is no Python behind the page. Each page says so and points to ``smm-course lab``.

The site has both editions of the course: English pages at the top and Italian pages in ``it/``, made from
``notebooks/it/`` (the same file names) when it is there. Every page links to the same page in the other language
(``hreflang``, and ``lang`` on the link, whose text is in that language) and declares its own language in
``<html lang>``. The pages' own text (titles, navigation, the read-only note) comes from the engine's catalogues,
``site.*`` keys in ``smm_course/locales``. Both editions share one ``assets/`` folder.

The pages meet WCAG 2.1 AA as axe-core measures it (tests/test_accessibility.py): every figure's ``alt`` is the
sentence that introduces it (:func:`describe_figures`), slider handles are named by their labels, links to other
notebooks lead to their pages (:func:`link_pages`), and the stylesheet darkens the prompts and code colours that
nbconvert's theme draws below 4.5:1 and underlines links in running text.
"""

from __future__ import annotations

import html
import re
import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from smm_course import lab
from smm_course.alt_text import introduction_before, markdown_blocks
from smm_course.i18n import translate

COURSE_TITLE = translate("site.course_title", lang="en")
#: Language code -> the folder of its pages in the site, as of its notebooks in ``notebooks/`` ("" for English).
EDITIONS = lab.EDITIONS
ASSETS_DIRNAME = "assets"
WIDGET_RENDERER = f"{ASSETS_DIRNAME}/widgets/embed.js"
MATHJAX = f"{ASSETS_DIRNAME}/mathjax/tex-chtml-full.js"
STYLESHEET = f"{ASSETS_DIRNAME}/site.css"
#: The script type that carries a notebook's saved widget state in a page.
WIDGET_STATE_MIMETYPE = "application/vnd.jupyter.widget-state+json"


def read_only_note(lang: str = "en") -> str:
    """The note on every page (HTML): the page is read-only, and the command that opens this edition in JupyterLab.

    >>> read_only_note("it").endswith("<code>smm-course lab --lang it</code>.")
    True
    """
    command = f"<code>{html.escape(translate('site.lab_command', lang=lang))}</code>"
    before, _, after = translate("site.read_only_note", lang=lang, command="\0").partition("\0")
    return html.escape(before) + command + html.escape(after)


READ_ONLY_NOTE = read_only_note("en")

# The lab template, minus everything that would reach for a CDN: require.js (the standalone widget renderer does
# not need it), MathJax 2 (replaced by the vendored MathJax 3) and mermaid (the course draws no diagrams).
# ipywidgets still typesets labels with MathJax 2's MathJax.Hub.Queue, so MathJax 3 gets a small bridge for it.
_PAGE_TEMPLATE = r"""{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}
{{ resources.smm_site.head_links }}
<script>
window.MathJax = {
  tex: {inlineMath: [['$', '$'], ['\\(', '\\)']], displayMath: [['$$', '$$'], ['\\[', '\\]']],
        processEscapes: true, processEnvironments: true},
  startup: {ready: function () {
    MathJax.startup.defaultReady();
    MathJax.Hub = {Queue: function (command) { return MathJax.typesetPromise(command && command[2] ? [command[2]] : undefined); }};
  }}
};
</script>
<script src="{{ resources.smm_site.mathjax_url }}" defer></script>
<link rel="stylesheet" href="{{ resources.smm_site.stylesheet }}">
{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block body_header -%}
{{ super() }}
{{ resources.smm_site.nav_top }}
{%- endblock body_header -%}
{%- block body_footer -%}
{{ resources.smm_site.nav_bottom }}
<script>({{ resources.smm_site.slider_names_js }})(document.body);</script>
{{ super() }}
{%- endblock body_footer -%}
{#- The lab template's PNG output, with the figure's text alternative (see _describe_figures) as its alt. -#}
{% block data_png scoped %}
<div class="jp-RenderedImage jp-OutputArea-output {{ extra_class }}">
<img src="data:image/png;base64,{{ output.data['image/png'] | escape_html }}"
{%- set alttext = output | get_metadata('alt', 'image/png') -%}
{%- if alttext %} alt="{{ alttext | escape_html }}"{% endif -%}
{%- set width = output | get_metadata('width', 'image/png') -%}
{%- if width is not none %} width="{{ width | escape_html }}"{% endif -%}
{%- set height = output | get_metadata('height', 'image/png') -%}
{%- if height is not none %} height="{{ height | escape_html }}"{% endif -%}
>
</div>
{%- endblock data_png %}
"""

_STYLESHEET = """\
.smm-site-nav { display: flex; flex-wrap: wrap; gap: 0.5em 1.5em; align-items: baseline;
  padding: 0.75em 1em; margin: 0 0 1em 0; background: #f3f6fa; border-bottom: 1px solid #d0d7de;
  font-family: var(--jp-ui-font-family, system-ui, sans-serif); font-size: 15px; }
.smm-site-nav.bottom { border-top: 1px solid #d0d7de; border-bottom: none; margin: 2em 0 0 0; }
.smm-site-nav a { color: #0a4f9e; }
.smm-site-nav .smm-site-lang, .smm-site-index .smm-site-lang { margin-left: auto; }
.smm-site-index p:has(> .smm-site-lang) { text-align: right; margin: 0; }
.smm-site-index a.smm-site-lang { font-weight: normal; }
/* Outside JupyterLab the widgets would inherit the browser's default serif font; give them Lab's UI font. */
.widget-subarea { font-family: var(--jp-ui-font-family, system-ui, sans-serif); font-size: var(--jp-ui-font-size1, 13px); }
.smm-site-note { flex-basis: 100%; margin: 0; color: #333; font-size: 14px; }
body.smm-site-index { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5;
  max-width: 50em; margin: 2em auto; padding: 0 1em; color: #1f2328; }
.smm-site-index h1 { font-size: 1.8em; margin-bottom: 0.25em; }
.smm-site-index ol { list-style: none; padding: 0; }
.smm-site-index li { margin: 0 0 1em 0; }
.smm-site-index .number { display: inline-block; min-width: 2em; font-weight: 600; color: #555; }
.smm-site-index a { color: #0a4f9e; font-weight: 600; }
.smm-site-index .description { margin: 0.15em 0 0 2em; color: #333; }
/* WCAG 2.1 AA contrast (4.5:1) where nbconvert's theme falls short: the In/Out prompts are drawn at half opacity
   (#b0b0b0 on white, 2.2:1), and some code colours are too light on the code background (#f5f5f5). Same hues,
   darker. tests/test_site.py measures each of these colours. */
body {
  --jp-cell-prompt-not-active-opacity: 1;
  --jp-mirror-editor-comment-color: #3a7272;
  --jp-mirror-editor-number-color: #007600;
  --jp-mirror-editor-operator-color: #9120db;
  --jp-mirror-editor-meta-color: #9120db;
  --jp-mirror-editor-error-color: #d00000;
  --jp-mirror-editor-quote-color: #007600;
  --jp-mirror-editor-atom-color: #5959c0;
  --jp-mirror-editor-bracket-color: #69694f;
  --jp-mirror-editor-hr-color: #696969;
}
/* Links in running text are underlined, so they are not told apart by colour alone. */
.jp-RenderedHTMLCommon a:link, .jp-RenderedHTMLCommon a:visited { text-decoration: underline; }
"""

_INDEX_TEMPLATE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
<link rel="stylesheet" href="{stylesheet}">
{head_links}
</head>
<body class="smm-site-index">
<main>
{switch}<h1>{title}</h1>
<p>{intro}</p>
<p class="smm-site-note">{note}</p>
<ol class="smm-site-notebooks">
{items}
</ol>
</main>
</body>
</html>
"""


@dataclass(frozen=True)
class NotebookEntry:
    """One notebook of the site: its file, number, title, one-line description and page name."""

    path: Path
    number: str
    title: str
    description: str

    @property
    def page(self) -> str:
        """The page's file name, e.g. ``"00_start_here.html"``."""
        return self.path.with_suffix(".html").name

    @property
    def label(self) -> str:
        """Number and title, e.g. ``"00 Start here"``."""
        return f"{self.number} {self.title}".strip()


def edition_notebooks(english: list[Path], lang: str) -> list[Path]:
    """The ``lang`` edition of the English ``notebooks``: the same file names in their folder's ``it/`` (for
    Italian), those that exist, in the same order. English gives the list back.

    >>> [path.as_posix() for path in edition_notebooks([Path("notebooks/00_start_here.ipynb")], "en")]
    ['notebooks/00_start_here.ipynb']
    """
    if not EDITIONS[lang]:
        return list(english)
    found = [Path(path).parent / EDITIONS[lang] / Path(path).name for path in english]
    return [path for path in found if path.is_file()]


def course_notebooks(folder: Path | None = None) -> list[Path]:
    """The course notebooks (``NN_name.ipynb``) in ``folder``, in order.

    Without ``folder``: the clone's ``notebooks/``, else the copy shipped in the package.
    """
    if folder is None:
        folder = lab.repository_notebooks() or lab.packaged_notebooks()
        if folder is None:
            raise FileNotFoundError("No course notebooks found: neither a clone's notebooks/ nor the packaged copy.")
    return sorted(Path(folder).glob("[0-9][0-9]_*.ipynb"))


def _plain_text(markdown: str) -> str:
    """Markdown inline markup removed: links keep their text, emphasis and code marks go."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", markdown)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"(\*\*|__|\*|`)", "", text)
    return " ".join(text.split())


def describe(markdown: str) -> tuple[str, str]:
    """Title and one-line description from a notebook's first text cell.

    The title is the first heading; the description is the first sentence of the first paragraph after it.

    >>> describe("# Start here\\n\\nWelcome to the **course**! In each notebook you read.\\n\\n## Goals")
    ('Start here', 'Welcome to the course!')
    >>> describe("Just text. More text.")
    ('', 'Just text.')
    """
    title = ""
    paragraphs: list[str] = []
    for level, text in markdown_blocks(markdown):
        if level:
            if not title and not paragraphs:
                title = _plain_text(text)
                continue
            break  # the next section starts: the description comes from before it
        paragraphs.append(text)
    first = next((p for p in paragraphs if not p.startswith(("-", "*", "|", ">", "<", "!"))), "")
    first = _plain_text(first)
    sentence = re.split(r"(?<=[.!?])\s+", first, maxsplit=1)[0] if first else ""
    return title, sentence


# The heading of that section in either edition ("Perché conta", "Perché è importante", "A cosa serve"...).
_WHY_IT_MATTERS = (r"^#+\s*(?:why (?:it|this) matters|perch[ée] (?:conta|(?:è|e') importante|ti serve|serve)"
                   r"|a cosa (?:ti )?serve)[^\n]*\n")


def why_it_matters(texts: list[str]) -> str:
    r"""The first sentence of a notebook's "Why it matters" section, or "" when it has none.

    >>> why_it_matters(["# 05 Title", "## Why it matters\n\nEvery week the team decides what to post. More."])
    'Every week the team decides what to post.'
    >>> why_it_matters(["## Perché conta\n\nOgni settimana il team decide che cosa pubblicare. Poi..."])
    'Ogni settimana il team decide che cosa pubblicare.'
    """
    for text in texts:
        section = re.split(_WHY_IT_MATTERS, text, maxsplit=1, flags=re.I | re.M)
        if len(section) == 2:
            return describe(section[1].strip())[1]
    return ""


def read_entry(path: Path) -> NotebookEntry:
    """Number, title and description of one notebook file."""
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    texts = [cell.source for cell in notebook.cells if cell.cell_type == "markdown"]
    title, description = describe(texts[0] if texts else "")
    # The "Why it matters" section opens with the decision the notebook serves: the best one-line pitch.
    why = why_it_matters(texts)
    description = why or description
    number = path.name[:2]
    # "# 01 · Social media..." would otherwise show its number twice next to the number column.
    title = re.sub(rf"^{number}(\s*[·:.\-–—]\s*|\s+)", "", title)
    return NotebookEntry(path=path, number=number, title=title or path.stem, description=description)


def language_link(href: str, lang: str) -> str:
    """The link to the same page in the other language: its text in that language, with ``lang`` and ``hreflang``.

    >>> language_link("it/index.html", "it")
    '<a class="smm-site-lang" href="it/index.html" hreflang="it" lang="it">Leggi questa pagina in italiano</a>'
    """
    return (f'<a class="smm-site-lang" href="{html.escape(href)}" hreflang="{lang}" lang="{lang}">'
            f'{html.escape(translate("site.switch_to", lang=lang))}</a>')


def _head_links(alternates: dict[str, str]) -> str:
    return "\n".join(f'<link rel="alternate" hreflang="{code}" href="{html.escape(href)}">'
                     for code, href in alternates.items())


def _nav(entries: list[NotebookEntry], position: int, where: str, lang: str = "en", switch: str = "") -> str:
    links = [f'<a href="index.html">{html.escape(translate("site.course_index", lang=lang))}</a>']
    if position > 0:
        before = entries[position - 1]
        links.append(f'<a href="{html.escape(before.page)}" rel="prev">&larr; {html.escape(before.label)}</a>')
    if position < len(entries) - 1:
        after = entries[position + 1]
        links.append(f'<a href="{html.escape(after.page)}" rel="next">{html.escape(after.label)} &rarr;</a>')
    if switch and where == "top":
        links.append(switch)
    note = f'<p class="smm-site-note">{read_only_note(lang)}</p>' if where == "top" else ""
    label = html.escape(translate("site.nav_top" if where == "top" else "site.nav_bottom", lang=lang))
    return (f'<nav class="smm-site-nav {where}" aria-label="{label}">' + " ".join(links) + note + "</nav>")


def describe_figures(notebook) -> int:
    """Give every PNG output of ``notebook`` (in place) a text alternative: the sentence that introduces it in the
    text cell before (see :func:`smm_course.alt_text.figure_introduction`), kept as the output's ``alt`` metadata,
    which the page template writes into the ``<img>``. Returns how many figures got one.

    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("In the figure, look at the gap."),
    ...     nbformat.v4.new_code_cell(outputs=[nbformat.v4.new_output("display_data", {"image/png": "iVBO"})])])
    >>> describe_figures(nb), nb.cells[1].outputs[0].metadata["image/png"]["alt"]
    (1, 'In the figure, look at the gap.')
    """
    described = 0
    for index, cell in enumerate(notebook.cells):
        figures = [out for out in cell.get("outputs", []) if "image/png" in out.get("data", {})]
        introduction = introduction_before(notebook.cells, index) if figures else ""
        for output in figures:
            metadata = output.setdefault("metadata", {}).setdefault("image/png", {})
            if introduction and not metadata.get("alt"):
                metadata["alt"] = introduction
            described += bool(metadata.get("alt"))
    return described


def link_pages(notebook, pages: set[str]) -> None:
    """Point the text cells' links to other course notebooks (``NN_name.ipynb``) at their pages on the site
    (``NN_name.html``), in place; links to notebooks the site does not hold are left as they are.

    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("[Next](01_a.ipynb), [x](09_b.ipynb)")])
    >>> link_pages(nb, {"01_a.html"}); nb.cells[0].source
    '[Next](01_a.html), [x](09_b.ipynb)'
    """
    def to_page(match: re.Match) -> str:
        page = f"{match.group(2)}.html"
        return f"{match.group(1)}{page}" if page in pages else match.group(0)

    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            cell.source = re.sub(r"""(\]\(\s*|href=["'])(\d\d_[\w.-]+?)\.ipynb(?=[#)"'\s])""", to_page, cell.source)


def _exporter(lang: str = "en", root: str = ""):
    """nbconvert's exporter for the pages of one edition; ``root`` leads from its folder to the site's (``"../"``)."""
    import jinja2
    from nbconvert import HTMLExporter

    return HTMLExporter(
        template_name="lab",
        template_file="smm_site.html.j2",
        extra_loaders=[jinja2.DictLoader({"smm_site.html.j2": _PAGE_TEMPLATE})],
        widget_renderer_url=root + WIDGET_RENDERER,
        embed_images=True,
        language_code=lang,
    )


def copy_assets(out: Path) -> Path:
    """Copy the vendored scripts, fonts and their licences into ``out/assets``; return that folder."""
    source = Path(str(resources.files("smm_course") / "site_assets"))
    target = out / ASSETS_DIRNAME
    shutil.copytree(source, target, dirs_exist_ok=True)
    (target / "site.css").write_text(_STYLESHEET, encoding="utf-8")
    return target


def render_index(entries: list[NotebookEntry], lang: str = "en", *, root: str = "", switch: str = "",
                 alternates: dict[str, str] | None = None) -> str:
    """The index page's HTML in ``lang``: course title, a short note, and every notebook with its description.

    ``root`` leads to the site's folder (the assets), ``switch`` is the link to the other language's index
    (:func:`language_link`) and ``alternates`` maps each language to its index, for ``<link rel="alternate">``.
    """
    items = "\n".join(
        f'<li><span class="number">{html.escape(entry.number)}</span>'
        f'<a href="{html.escape(entry.page)}">{html.escape(entry.title)}</a>'
        f'<p class="description">{html.escape(entry.description)}</p></li>'
        for entry in entries
    )
    return _INDEX_TEMPLATE.format(lang=lang, title=html.escape(translate("site.course_title", lang=lang)),
                                  stylesheet=root + STYLESHEET, head_links=_head_links(alternates or {}),
                                  switch=f"<p>{switch}</p>\n" if switch else "", intro=html.escape(translate("site.intro", lang=lang)),
                                  note=read_only_note(lang), items=items)


def build(out: Path, notebooks: list[Path] | None = None) -> Path:
    """Write the static course into ``out`` and return the path of its ``index.html``.

    English pages go in ``out``; the Italian edition of the same notebooks (``it/`` beside them, see
    :func:`edition_notebooks`), when there is one, goes in ``out/it``, and every page links to its other language.

    Parameters
    ----------
    out : Path
        Folder for the site; created if needed. Pages and ``assets/`` are overwritten, other files are left alone.
    notebooks : list of Path, optional
        The English notebooks to include (default: every course notebook, see :func:`course_notebooks`).
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths = list(notebooks) if notebooks is not None else course_notebooks()
    if not paths:
        raise FileNotFoundError("No notebooks to put on the site.")
    copy_assets(out)
    editions = {lang: edition_notebooks(paths, lang) for lang in EDITIONS}
    editions = {lang: found for lang, found in editions.items() if found}
    pages = {lang: {path.with_suffix(".html").name for path in found} for lang, found in editions.items()}
    for lang, found in editions.items():
        _build_edition(out, lang, [read_entry(Path(path)) for path in found], pages)
    return out / "index.html"


def _href(from_lang: str, to_lang: str, page: str) -> str:
    """The link from a page of one edition to ``page`` of another (both folders sit in the site's folder)."""
    if from_lang == to_lang:
        return page
    up = "../" if EDITIONS[from_lang] else ""
    folder = f"{EDITIONS[to_lang]}/" if EDITIONS[to_lang] else ""
    return up + folder + page


def _build_edition(out: Path, lang: str, entries: list[NotebookEntry], pages: dict[str, set[str]]) -> None:
    import nbformat

    from smm_course.explorers.base import SLIDER_NAMES_JS

    folder = out / EDITIONS[lang] if EDITIONS[lang] else out
    folder.mkdir(parents=True, exist_ok=True)
    root = "../" if EDITIONS[lang] else ""
    others = [other for other in pages if other != lang]

    def alternates(page: str) -> dict[str, str]:
        # Each language's copy of this page; a page missing from an edition leads to that edition's index.
        return {code: _href(lang, code, page if page in pages[code] else "index.html") for code in pages}

    def switch(page: str) -> str:
        return " ".join(language_link(alternates(page)[code], code) for code in others)

    exporter = _exporter(lang, root)
    for position, entry in enumerate(entries):
        notebook = nbformat.read(entry.path, as_version=4)
        describe_figures(notebook)
        link_pages(notebook, pages[lang])
        page_resources = {
            "metadata": {"name": f"{entry.label} · smm-course", "path": str(entry.path.parent)},
            "smm_site": {
                "mathjax_url": root + MATHJAX,
                "stylesheet": root + STYLESHEET,
                "head_links": _head_links(alternates(entry.page)) if others else "",
                "nav_top": _nav(entries, position, "top", lang, switch(entry.page)),
                "nav_bottom": _nav(entries, position, "bottom", lang),
                "slider_names_js": SLIDER_NAMES_JS,
            },
        }
        body, _ = exporter.from_notebook_node(notebook, resources=page_resources)
        (folder / entry.page).write_text(body, encoding="utf-8")
    index = render_index(entries, lang, root=root, switch=switch("index.html"),
                         alternates=alternates("index.html") if others else None)
    (folder / "index.html").write_text(index, encoding="utf-8")
