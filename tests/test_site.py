"""The static course site (`smm-course site --out DIR`): every notebook has a page that works offline.

The browser test (tests/test_browser.py) opens the built site in Chromium and checks that widgets really draw
from their saved state; these tests check the files themselves, quickly.
"""

from __future__ import annotations

import contextlib
import html
import io
import json
import re
from pathlib import Path

import nbformat
import pytest

from smm_course import cli, site

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
# Vendored scripts and fonts, all together. The AMD build of the widget renderer plus require.js and source maps
# would be about 14 MB; this guards against copying them in by mistake.
ASSETS_BUDGET_BYTES = 4_500_000


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The site, built once for this module through the command line, as a maintainer builds it."""
    out = tmp_path_factory.mktemp("site")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        assert cli.main(["site", "--out", str(out)]) == 0
    assert str(out / "index.html") in printed.getvalue()
    return out


def _widget_model_ids(notebook: nbformat.NotebookNode) -> set[str]:
    return {
        output["data"][WIDGET_VIEW]["model_id"]
        for cell in notebook.cells if cell.cell_type == "code"
        for output in cell.get("outputs", []) if WIDGET_VIEW in output.get("data", {})
    }


def test_there_are_notebooks_to_publish():
    assert NOTEBOOKS, "no notebooks/NN_*.ipynb in the repository"
    assert site.course_notebooks() == NOTEBOOKS


def test_index_links_every_notebook_with_its_title_and_description(built):
    index = (built / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="([^"]+\.html)">', index)
    assert links == [path.with_suffix(".html").name for path in NOTEBOOKS]
    for path in NOTEBOOKS:
        entry = site.read_entry(path)
        assert (built / entry.page).is_file(), f"{entry.page} is linked from the index but was not written"
        assert html.escape(entry.title) in index
        assert entry.description, f"{path.name}: the first text cell gives no description for the index"
        assert html.escape(entry.description) in index


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_each_page_has_its_title_outputs_and_saved_widget_state(built, path):
    entry = site.read_entry(path)
    page = (built / entry.page).read_text(encoding="utf-8")
    assert f"<title>{html.escape(entry.label)} · smm-course</title>" in page
    assert html.escape(entry.title) in page

    notebook = nbformat.read(path, as_version=4)
    shown = _widget_model_ids(notebook)
    if not shown:
        return
    state_script = re.search(
        rf'<script type="{re.escape(site.WIDGET_STATE_MIMETYPE)}">(.*?)</script>', page, flags=re.S)
    assert state_script, f"{entry.page} shows widgets but carries no saved widget state"
    state = json.loads(state_script.group(1))["state"]
    missing = shown - set(state)
    assert not missing, (f"{entry.page}: {len(missing)} widget(s) have no saved state, so they cannot display; "
                         "re-run scripts/execute_notebooks.py on the notebook")
    assert page.count(WIDGET_VIEW) >= len(shown)
    assert f"'{site.WIDGET_RENDERER}'" in page, "the page must load the vendored widget renderer"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_pages_load_nothing_from_the_internet_and_every_local_file_exists(built, path):
    page_path = built / path.with_suffix(".html").name
    page = page_path.read_text(encoding="utf-8")
    # A link a reader may follow (<a href>) loads nothing; anything else with a web address would.
    remote = re.findall(r'<(?!a\s)[a-z]+\s[^>]*?(?:src|href)=["\'](?:https?:)?//[^"\']+', page)
    remote += re.findall(r"(?:import\(|widgetRendererSrc = )['\"](?:https?:)?//[^'\"]+", page)
    assert not remote, f"{page_path.name} reaches for the network: {remote}"
    local = re.findall(r'(?:src|href)=["\'](assets/[^"\']+)', page)
    local.append(site.WIDGET_RENDERER)
    assert site.MATHJAX in local
    for reference in local:
        assert (built / reference).is_file(), f"{page_path.name} refers to {reference}, which was not copied"


def test_vendored_assets_are_small_and_travel_with_their_licences(built):
    assets = built / site.ASSETS_DIRNAME
    total = sum(f.stat().st_size for f in assets.rglob("*") if f.is_file())
    assert total < ASSETS_BUDGET_BYTES, f"assets weigh {total / 1e6:.1f} MB; keep only what the pages load"
    assert not list(assets.rglob("*.map")), "source maps are not needed by readers"
    for folder in ("widgets", "mathjax"):
        assert (assets / folder / "LICENSE").is_file(), f"assets/{folder} has no licence file"
    assert (assets / "widgets" / "fontawesome-free.LICENSE.txt").is_file()
    fonts = re.findall(r"[0-9a-f]{20}\.woff2", (assets / "widgets" / "embed.js").read_text(encoding="utf-8"))
    assert any((assets / "widgets" / name).is_file() for name in fonts), "the widgets' icon font is missing"


def test_build_writes_only_the_notebooks_asked_for(tmp_path):
    index = site.build(tmp_path, notebooks=NOTEBOOKS[:1])
    assert index == tmp_path / "index.html"
    assert sorted(p.name for p in tmp_path.glob("*.html")) == sorted(["index.html", NOTEBOOKS[0].with_suffix(".html").name])
    with pytest.raises(FileNotFoundError):
        site.build(tmp_path / "empty", notebooks=[])


# Accessibility that can be read from the files (tests/test_accessibility.py runs axe-core on the pages).

def _contrast(foreground: str, background: str) -> float:
    """WCAG 2.1 contrast ratio of two #rrggbb colours."""
    def luminance(colour: str) -> float:
        channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_site_stylesheet_gives_code_colours_a_contrast_of_at_least_4_5():
    colours = dict(re.findall(r"--jp-mirror-editor-([a-z]+)-color:\s*(#[0-9a-f]{6})", site._STYLESHEET))
    assert {"comment", "number", "operator"} <= set(colours), "the colours nbconvert draws too light are not set"
    for name, colour in colours.items():
        for background in ("#f5f5f5", "#ffffff"):  # the code cells' background, and the page's
            assert _contrast(colour, background) >= 4.5, f"{name} {colour} on {background}"
    assert "--jp-cell-prompt-not-active-opacity: 1" in site._STYLESHEET, "prompts are drawn at half opacity"
    assert re.search(r"\.jp-RenderedHTMLCommon a:link[^{]*\{[^}]*text-decoration: underline", site._STYLESHEET)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_every_figure_on_the_site_has_the_sentence_that_introduces_it_as_alt(built, path):
    from smm_course.alt_text import introduction_before

    page = (built / path.with_suffix(".html").name).read_text(encoding="utf-8")
    assert "No description has been provided" not in page, "an image kept nbconvert's empty alt text"
    alts = {html.unescape(alt) for alt in re.findall(r'<img [^>]*?alt="([^"]*)"', page)}
    notebook = nbformat.read(path, as_version=4)
    for index, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []):
            if "image/png" in output.get("data", {}) and "text/html" not in output.get("data", {}):
                introduction = introduction_before(notebook.cells, index)
                assert len(introduction.split()) >= 5, f"cell {index}: no sentence introduces the figure"
                assert introduction in alts, f"cell {index}: the figure's alt should be {introduction!r}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_links_between_notebooks_lead_to_their_pages(built, path):
    page = (built / path.with_suffix(".html").name).read_text(encoding="utf-8")
    to_notebooks = re.findall(r'href="(\d\d_[^"]+?\.ipynb)', page)
    assert not to_notebooks, f"links to notebook files, which the site does not have: {to_notebooks}"
