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

from smm_course import cli, i18n, site

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


# Both editions: English pages at the top, Italian pages in it/, each page linking to its other language.

ITALIAN = sorted((ROOT / "notebooks" / "it").glob("[0-9][0-9]_*.ipynb"))
ENGLISH_CHROME = ("Course index", "Course pages", "read-only copy", "Read this page in English")


def bilingual_notebooks(folder: Path) -> list[Path]:
    """English notebooks 00 and 01 in ``folder``, and a throwaway Italian 00 (a heading and a sentence changed)
    in ``folder/it``, as scripts/build_editions.py lays the editions out; returns the English ones."""
    (folder / "it").mkdir(parents=True)
    english = [folder / path.name for path in NOTEBOOKS[:2]]
    for source, copy in zip(NOTEBOOKS[:2], english):
        copy.write_bytes(source.read_bytes())
    italian = nbformat.read(english[0], as_version=4)
    first = next(cell for cell in italian.cells if cell.cell_type == "markdown")
    first.source = "# Inizia da qui\n\nBenvenuto nel corso di social media marketing! In ogni notebook leggi un po'."
    nbformat.write(italian, folder / "it" / english[0].name)
    return english


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("notebooks")
    out = tmp_path_factory.mktemp("bilingual-site")
    assert site.build(out, notebooks=bilingual_notebooks(folder)) == out / "index.html"
    return out


def _links(page: str) -> list[str]:
    return re.findall(r"<a [^>]*>", page)


def test_italian_pages_go_in_it_with_their_language_declared(bilingual):
    assert sorted(p.relative_to(bilingual).as_posix() for p in bilingual.rglob("*.html")) == sorted([
        "index.html", NOTEBOOKS[0].with_suffix(".html").name, NOTEBOOKS[1].with_suffix(".html").name,
        "it/index.html", f"it/{NOTEBOOKS[0].with_suffix('.html').name}"])
    for page in ("it/index.html", f"it/{NOTEBOOKS[0].with_suffix('.html').name}"):
        assert '<html lang="it">' in (bilingual / page).read_text(encoding="utf-8"), page
    for page in ("index.html", NOTEBOOKS[0].with_suffix(".html").name):
        assert '<html lang="en">' in (bilingual / page).read_text(encoding="utf-8"), page
    index = (bilingual / "it" / "index.html").read_text(encoding="utf-8")
    assert '<a href="00_start_here.html">Inizia da qui</a>' in index
    assert "Benvenuto nel corso di social media marketing!" in index


def test_every_page_links_to_the_same_page_in_the_other_language(bilingual):
    name = NOTEBOOKS[0].with_suffix(".html").name
    expected = {  # page -> the other language's page, and that language
        "index.html": ("it/index.html", "it"), name: (f"it/{name}", "it"),
        # notebook 01 has no Italian page here: its switch leads to the Italian index
        NOTEBOOKS[1].with_suffix(".html").name: ("it/index.html", "it"),
        "it/index.html": ("../index.html", "en"), f"it/{name}": (f"../{name}", "en"),
    }
    for page, (target, lang) in expected.items():
        text = (bilingual / page).read_text(encoding="utf-8")
        switch = [link for link in _links(text) if "smm-site-lang" in link]
        assert len(switch) == 1, f"{page}: one language switch expected, found {switch}"
        assert f'href="{target}"' in switch[0] and f'hreflang="{lang}"' in switch[0] and f'lang="{lang}"' in switch[0]
        assert (bilingual / page).parent.joinpath(target).resolve().is_file(), f"{page} -> {target} is missing"
        assert re.search(rf'<link [^>]*hreflang="{lang}"', text), f"{page}: no <link rel=alternate> for {lang}"
        words = i18n.translate("site.switch_to", lang=lang)
        assert words in text, f"{page}: the switch should say {words!r}, in the language it leads to"


def test_italian_pages_speak_italian_from_the_catalogues_and_share_the_assets(bilingual):
    for page in ("it/index.html", f"it/{NOTEBOOKS[0].with_suffix('.html').name}"):
        text = (bilingual / page).read_text(encoding="utf-8")
        for key in ("site.lab_command", "site.course_title" if page.endswith("index.html") else "site.course_index"):
            assert html.escape(i18n.translate(key, lang="it")) in text, f"{page}: {key}"
        leftovers = [words for words in ENGLISH_CHROME if words in text and words != "Read this page in English"]
        assert not leftovers, f"{page} keeps English site text: {leftovers}"
        local = re.findall(r'(?:src|href)=["\'](\.\./assets/[^"\']+)', text)
        assert local and all((bilingual / "it" / ref).resolve().is_file() for ref in local), local
    assert not (bilingual / "it" / site.ASSETS_DIRNAME).exists(), "both editions share one assets/ folder"
    page = (bilingual / "it" / NOTEBOOKS[0].with_suffix(".html").name).read_text(encoding="utf-8")
    assert f"'../{site.WIDGET_RENDERER}'" in page
    assert html.escape(i18n.translate("site.nav_top", lang="it")) in page


def test_a_course_without_an_italian_edition_has_no_switch(tmp_path):
    site.build(tmp_path, notebooks=NOTEBOOKS[:1])
    if not (NOTEBOOKS[0].parent / "it" / NOTEBOOKS[0].name).exists():
        assert not (tmp_path / "it").exists()
        assert "smm-site-lang" not in (tmp_path / NOTEBOOKS[0].with_suffix(".html").name).read_text(encoding="utf-8")


def test_the_built_site_has_a_page_for_every_italian_notebook(built):
    # Empty until notebooks/it/ is built (scripts/build_editions.py); then every Italian notebook has its page.
    for path in ITALIAN:
        page = built / "it" / path.with_suffix(".html").name
        assert page.is_file(), f"notebooks/it/{path.name} has no page in the site's it/"
        assert '<html lang="it">' in page.read_text(encoding="utf-8")
