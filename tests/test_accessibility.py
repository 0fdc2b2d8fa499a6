"""WCAG 2.1 AA, measured: axe-core (the engine behind Lighthouse's accessibility audit) on every page that
``smm-course site`` writes, and proof that the check catches what it should.

The notebooks' own outputs and widgets in JupyterLab are checked by tests/test_browser.py after each notebook's
Run All (with the same helpers, ``browser_helpers.axe_violations``), and a keyboard-only walk is there too.
Figures' text alternatives in a notebook kernel are checked here without a browser: they are made by the kernel.

axe-core comes from the Python package axe-playwright-python, which bundles its script: nothing is downloaded
at test time, and Playwright drives Debian's Chromium (no browser of its own).
"""

from __future__ import annotations

import html
import json
import os
import re
import time
from pathlib import Path

import pytest

from browser_helpers import VIEWPORT, PageLog, axe_report, axe_violations, launched_chromium, wait_for

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
# The Italian edition (notebooks/it/, when built) has its pages in the site's it/ folder.
ITALIAN = sorted((ROOT / "notebooks" / "it").glob("[0-9][0-9]_*.ipynb"))
SITE_PAGES = ["index.html", *(path.with_suffix(".html").name for path in NOTEBOOKS),
              *(["it/index.html"] if ITALIAN else []), *(f"it/{path.with_suffix('.html').name}" for path in ITALIAN)]
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
# A site page is ready for axe once every saved widget is drawn and MathJax has typeset the page.
SITE_DRAWN_JS = f"""
() => document.querySelectorAll('.widget-subarea > .jupyter-widgets').length
      >= document.querySelectorAll('script[type="{WIDGET_VIEW}"]').length
"""
MATH_TYPESET_JS = "async () => { if (window.MathJax?.startup?.promise) await window.MathJax.startup.promise; }"

# A small page with two planted failures, each the kind the course had: text as faint as nbconvert's prompts
# (#b0b0b0 on white, 2.2:1) and a picture with no text alternative. CLEAN_PAGE is the same page without them.
PIXEL = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
PLANTED_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Planted failures</title></head>
<body><main>
<h1>Reach by platform</h1>
<p id="readable" style="color:#1f2328">This sentence is dark on white.</p>
<p id="faint" style="color:#b0b0b0">This sentence is as faint as a notebook prompt.</p>
<img id="bare" src="data:image/png;base64,{PIXEL}" width="40" height="40">
</main></body></html>
"""
CLEAN_PAGE = (PLANTED_PAGE.replace('style="color:#b0b0b0"', 'style="color:#595959"')
              .replace('id="bare"', 'id="bare" alt="Reach grows with the budget."'))


@pytest.fixture(scope="module")
def browser():
    with launched_chromium("axe-core runs in a real browser") as launched:
        yield launched


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=VIEWPORT)
    try:
        yield context.new_page()
    finally:
        context.close()


def _open(page, path: Path) -> None:
    page.goto(path.as_uri())
    page.wait_for_load_state("load")


@pytest.mark.browser
def test_axe_check_fails_on_a_planted_low_contrast_colour_and_a_picture_without_alt(page, tmp_path):
    planted = tmp_path / "planted.html"
    planted.write_text(PLANTED_PAGE, encoding="utf-8")
    _open(page, planted)
    violations = axe_violations(page)
    report = axe_report(violations, planted.name)
    failing = {(violation["id"], " ".join(node["target"])) for violation in violations for node in violation["nodes"]}
    assert failing == {("color-contrast", "#faint"), ("image-alt", "#bare")}, report
    # What a failing test says: the page, the rule, the element and why.
    for rule, element in failing:
        line = next(line for line in report.splitlines() if f" {rule} " in line)
        assert line.startswith(f"{planted.name}: {rule} ") and element in line, line
    assert "2.16" in report, "the contrast failure should give the measured ratio"


@pytest.mark.browser
def test_axe_check_passes_the_same_page_without_the_planted_failures(page, tmp_path):
    clean = tmp_path / "clean.html"
    clean.write_text(CLEAN_PAGE, encoding="utf-8")
    _open(page, clean)
    violations = axe_violations(page)
    assert not violations, axe_report(violations, clean.name)


@pytest.fixture(scope="module")
def site_folder(tmp_path_factory) -> Path:
    from smm_course import site

    out = tmp_path_factory.mktemp("site")
    site.build(out, notebooks=NOTEBOOKS)
    return out


@pytest.mark.browser
@pytest.mark.parametrize("name", SITE_PAGES)
def test_every_site_page_passes_axe_core(page, site_folder, name):
    log = PageLog().attach(page)
    _open(page, site_folder / name)
    wait_for(lambda: page.evaluate(SITE_DRAWN_JS), 60, lambda _: f"{name}: the saved widgets were not all drawn")
    page.evaluate(MATH_TYPESET_JS)
    violations = axe_violations(page)
    assert not violations, f"axe-core (WCAG 2.1 AA) on the static site:\n" + axe_report(violations, name)
    assert not log.errors, f"{name}: console errors {log.errors}"


@pytest.fixture(scope="module")
def bilingual_site(tmp_path_factory) -> Path:
    from test_site import bilingual_notebooks

    from smm_course import site

    out = tmp_path_factory.mktemp("bilingual-site")
    site.build(out, notebooks=bilingual_notebooks(tmp_path_factory.mktemp("notebooks")))
    return out


@pytest.mark.browser
@pytest.mark.parametrize("name", ["it/index.html", "it/00_start_here.html", "00_start_here.html"])
def test_the_language_switch_and_italian_site_text_pass_axe_core(page, bilingual_site, name):
    # A throwaway Italian notebook 00 beside the English one: the Italian chrome, and the switch on both sides.
    _open(page, bilingual_site / name)
    wait_for(lambda: page.evaluate(SITE_DRAWN_JS), 60, lambda _: f"{name}: the saved widgets were not all drawn")
    page.evaluate(MATH_TYPESET_JS)
    assert page.evaluate("document.documentElement.lang") == ("it" if name.startswith("it/") else "en")
    violations = axe_violations(page)
    assert not violations, f"axe-core (WCAG 2.1 AA) on the bilingual site:\n" + axe_report(violations, name)


# --------------------------------------------------------------------------------------------------------------
# Figures' text alternatives as the notebooks' text gives them (docs/authoring.md, "Figures and their alt text").

# A sentence that sends the reader to something in the picture (English and the Italian edition's verbs).
SAYS_WHAT_TO_LOOK_AT = re.compile(r"\b(look|compare|follow|read|count|find|notice"
                                  r"|guarda|osserva|confronta|segui|leggi|conta|trova|nota|cerca)", re.I)
ABOUT_CODE = re.compile(r"\b(code|codice)\b", re.I)
ITALIAN = sorted((ROOT / "notebooks" / "it").glob("[0-9][0-9]_*.ipynb"))


def figure_alt_problems(cells: list[dict]) -> list[str]:
    """Each stored figure whose alt text (the introduction before its cell) does not point at the figure and say
    what to look at, or talks about code; one line each, with the cell and the alt text."""
    from smm_course.alt_text import _POINTS_AT_FIGURE, introduction_before

    problems = []
    for index, cell in enumerate(cells):
        if not any("image/png" in output.get("data", {}) for output in cell.get("outputs", [])):
            continue
        alt = introduction_before(cells, index)
        wrong = [why for why, bad in (("is empty", not alt),
                                      ("does not point at a figure", not _POINTS_AT_FIGURE.search(alt)),
                                      ("does not say what to look at", not SAYS_WHAT_TO_LOOK_AT.search(alt)),
                                      ("talks about code", ABOUT_CODE.search(alt))) if bad]
        if wrong:
            problems.append(f"cell {index}: the figure's alt text {' and '.join(wrong)}: {alt!r}")
    return problems


def test_figure_alt_check_catches_a_remark_about_code_after_the_introduction():
    import nbformat

    figure = nbformat.v4.new_code_cell(outputs=[nbformat.v4.new_output("display_data", {"image/png": PIXEL})])
    good = "Each bar is a platform. Look for the platforms whose bars drop the most."
    for text, expected in ((good, []), (good + " You don't need to understand the plotting code yet.", ["code"]),
                           ("Here is the data.", ["point at a figure", "what to look at"])):
        problems = figure_alt_problems([nbformat.v4.new_markdown_cell(text), figure])
        assert all(any(word in line for line in problems) for word in expected) and bool(problems) == bool(expected), (
            text, problems)


@pytest.mark.parametrize("path", NOTEBOOKS + ITALIAN, ids=[f"{path.parent.name}-{path.stem}"
                                                           for path in NOTEBOOKS + ITALIAN])
def test_every_stored_figure_has_an_alt_text_that_says_what_to_look_at(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    problems = figure_alt_problems(cells)
    assert not problems, (f"{path.name}: end the text cell before each figure with the sentence that says what to "
                          "look for (docs/authoring.md):\n" + "\n".join(problems))


# --------------------------------------------------------------------------------------------------------------
# Figures' text alternatives, made by the notebook's kernel (JupyterLab draws a PNG output with no alt).

def _run(client, code: str, cell_id: str | None, timeout: float = 120) -> list[dict]:
    """Run code as a notebook front end does (with the cell's id, when given); the outputs it displays."""
    message = client.session.msg("execute_request", {
        "code": code, "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False,
        "stop_on_error": True}, metadata={"cellId": cell_id} if cell_id else {})
    client.shell_channel.send(message)
    outputs, deadline = [], time.monotonic() + timeout
    while True:
        reply = client.get_iopub_msg(timeout=max(deadline - time.monotonic(), 1))
        if reply["parent_header"].get("msg_id") != message["header"]["msg_id"]:
            continue
        if reply["msg_type"] == "status" and reply["content"]["execution_state"] == "idle":
            return outputs
        if reply["msg_type"] in ("display_data", "execute_result", "error"):
            outputs.append(reply["content"])


def test_a_notebook_kernel_gives_each_figure_the_sentence_before_it_as_alt(tmp_path):
    import nbformat
    from jupyter_client.manager import start_new_kernel

    from smm_course.alt_text import figure_introduction

    introduction = "Reach counts people. In the figure, look at the **peak** week, and at how fast reach falls after it."
    plot = 'import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.plot([1, 3, 2])\nax.set_title("Weekly reach")\nplt.show()'
    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell('import smm_course\nsmm_course.start("07")'),
        nbformat.v4.new_markdown_cell(f"## Reach\n\n{introduction}"),
        nbformat.v4.new_code_cell(plot),
    ])
    path = tmp_path / "07_demo.ipynb"
    nbformat.write(notebook, path)
    # Jupyter Server tells a kernel which notebook it runs through this variable; the test does the same.
    env = {**os.environ, "JPY_SESSION_NAME": str(path)}
    manager, client = start_new_kernel(kernel_name="python3", env=env, cwd=str(tmp_path))
    try:
        assert not [out for out in _run(client, notebook.cells[0].source, notebook.cells[0].id)
                    if out.get("ename")], "smm_course.start failed in the kernel"
        (figure,) = _run(client, plot, notebook.cells[2].id)
        expected = figure_introduction(introduction)
        assert expected.startswith("In the figure, look at the peak week")
        assert f'alt="{html.escape(expected)}"' in figure["data"]["text/html"], figure["data"]["text/html"][-300:]
        assert figure["data"]["text/html"].count(figure["data"]["image/png"].strip()) == 1, "not the same picture"
        assert "image/png" in figure["data"], "the PNG stays in the output for other readers"

        # A cell the notebook file does not hold (not saved yet): the figure's own words.
        (unsaved,) = _run(client, plot, "a-cell-not-in-the-file")
        assert 'alt="Figure: Weekly reach."' in unsaved["data"]["text/html"]

        # No front end (nbclient, nbval send no cell id): the output is what it always was, so stored notebooks
        # still compare equal.
        (plain,) = _run(client, plot, None)
        assert sorted(plain["data"]) == ["image/png", "text/plain"]
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
