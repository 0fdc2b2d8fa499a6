"""The campaign report of notebook 11: one self-contained, accessible HTML file, and clear messages for a bad plan."""

from __future__ import annotations

import base64
import copy
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from smm_course import plots, report


class _Page(HTMLParser):
    """The parts of the page the tests look at: tags with their attributes, headings and the text."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.headings: list[str] = []
        self._heading = None
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("h1", "h2", "h3"):
            self._heading = []

    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3") and self._heading is not None:
            self.headings.append("".join(self._heading).strip())
            self._heading = None

    def handle_data(self, data):
        self.text.append(data)
        if self._heading is not None:
            self._heading.append(data)


def parse(path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture
def plan():
    return report.example_plan()


@pytest.fixture
def written(tmp_path, plan):
    out = tmp_path / "report.html"
    result = report.campaign_report(plan, out=out)
    return result, out


def test_the_report_is_written_with_every_step_as_a_heading(written):
    result, out = written
    assert out.exists() and result.sections == 7
    headings = parse(out).headings
    for number, step in enumerate(report.STEPS, start=1):
        assert f"{number}. {step}" in headings
    assert headings[0] == "Nuvola: example plan"


def test_the_report_is_self_contained(written):
    _, out = written
    page = parse(out)
    text = out.read_text(encoding="utf-8")
    assert not [tag for tag, _ in page.tags if tag in ("script", "link", "iframe", "object", "embed")]
    sources = [attrs.get("src", "") for _, attrs in page.tags] + [attrs.get("href", "") for _, attrs in page.tags]
    assert all(not source or source.startswith("data:") for source in sources)
    assert "http://" not in text and "https://" not in text and "@import" not in text and "url(" not in text


def test_every_figure_is_an_embedded_png_with_alt_text(written):
    result, out = written
    images = [attrs for tag, attrs in parse(out).tags if tag == "img"]
    assert len(images) == result.figures == 3
    for image in images:
        assert image["src"].startswith("data:image/png;base64,")
        assert base64.b64decode(image["src"].split(",", 1)[1])[:8] == b"\x89PNG\r\n\x1a\n"
        assert len(image.get("alt", "")) > 30
    alts = " ".join(image["alt"] for image in images)
    assert "Nuvola 38%" in alts and "orders from social 97% (missed)" in alts


def test_the_plans_content_reaches_the_page(written, plan):
    _, out = written
    text = " ".join(parse(out).text)
    for value in [plan["goals"][0]["goal"], plan["target_customer"]["job_title"], plan["audit"][0],
                  plan["best_content"][0], plan["adapt"], "Tue 3 Mar", "carousel"]:
        assert value in text
    assert "0 of 1 KPIs met their target" in text and "missed" in text


def test_the_page_has_a_language_a_title_and_print_rules(written):
    _, out = written
    text = out.read_text(encoding="utf-8")
    assert "<html lang='en'>" in text and "<title>Nuvola: example plan</title>" in text
    assert "@media print" in text and "@page{size:A4" in text


def test_the_same_plan_gives_the_same_bytes_whatever_the_notebook_style(tmp_path, plan):
    first = tmp_path / "a.html"
    second = tmp_path / "b.html"
    report.campaign_report(plan, out=first)
    plots.set_theme()
    plt.rcParams["font.size"] = 30  # a notebook may change its style; the report must not follow it
    try:
        report.campaign_report(plan, out=second)
    finally:
        plt.rcdefaults()
    assert first.read_bytes() == second.read_bytes()


def test_a_plan_can_be_an_object_and_take_pandas_tables(tmp_path, plan):
    @dataclass
    class Plan:
        brand: str
        goals: list
        target_customer: dict
        competitors: pd.Series
        audit: list
        calendar: pd.DataFrame
        best_content: tuple
        kpis: pd.DataFrame
        adapt: list

    fields = {name: plan[name] for name in report.FIELDS}
    fields.update(competitors=pd.Series(plan["competitors"]), calendar=pd.DataFrame(plan["calendar"]),
                  kpis=pd.DataFrame(plan["kpis"]), best_content=tuple(plan["best_content"]), adapt=[plan["adapt"]])
    result = report.campaign_report(Plan(**fields), out=tmp_path / "object.html")
    assert result.figures == 3
    assert "Nuvola: campaign plan" in (tmp_path / "object.html").read_text(encoding="utf-8")  # the default title


@pytest.mark.parametrize("field", list(report.FIELDS))
def test_a_missing_field_is_named_in_the_message(tmp_path, plan, field):
    del plan[field]
    with pytest.raises(ValueError, match=f"no '{field}'"):
        report.campaign_report(plan, out=tmp_path / "bad.html")
    assert not (tmp_path / "bad.html").exists()


@pytest.mark.parametrize("change, message", [
    (lambda p: p.update(goals=[{"goal": "Grow", "metric": "orders"}]), "has no 'target'"),
    (lambda p: p.update(goals="grow"), "'goals' must be a list of goals"),
    (lambda p: p["target_customer"].pop("interests"), "'target_customer' has no 'interests'"),
    (lambda p: p.update(competitors={"Nuvola": 38, "Brezza": 26}), "Divide percentages by 100"),
    (lambda p: p.update(competitors={"Nuvola": "big"}), "'Nuvola' must be a number"),
    (lambda p: p.update(calendar=[{"day": "Mon", "platform": "X"}]), "lacks the column"),
    (lambda p: p.update(kpis=[{"kpi": "orders", "baseline": 1, "target": "a lot", "actual": 2}]), "must be a number"),
    (lambda p: p.update(kpis=[{"kpi": "orders", "baseline": 1, "actual": 2}]), "'target'"),
    (lambda p: p.update(audit=[1, 2]), "'audit': item 1 is a number (1), not text"),
    (lambda p: p.update(audit={"finding": "Videos win."}), "'audit' must be a list of texts"),
    (lambda p: p.update(brand=""), "no 'brand'"),
    (lambda p: p.update(adapt=...), "'adapt' is still ... (a placeholder)"),
    (lambda p: p.update(goals=[{"goal": "Grow orders", "metric": "orders", "target": ...}]),
     "goal 1 ('Grow orders') still has ... as its 'target'"),
    (lambda p: p.update(goals=[p["goals"][0], ...]), "goal 2 is still ..."),
    (lambda p: p.update(best_content=["Videos on TikTok.", ...]), "'best_content': item 2 is still ..."),
    (lambda p: p["target_customer"].update(age=...), "'target_customer': its 'age' is still ..."),
])
def test_a_malformed_field_gets_a_message_that_says_what_it_needs(tmp_path, plan, change, message):
    change(plan)
    with pytest.raises(ValueError, match=re.escape(message)):
        report.campaign_report(plan, out=tmp_path / "bad.html")


def test_check_plan_lists_every_problem_and_nothing_for_a_good_plan(plan):
    assert report.check_plan(plan) == []
    assert repr(report.check_plan(plan)) == "The plan is complete: every step is filled in."
    problems = report.check_plan({"brand": "Nuvola"})
    assert len(problems) == len(report.FIELDS) - 1 and all("the plan has no" in p for p in problems)
    assert "must be a dict" in report.check_plan(["not", "a", "plan"])[0]


def test_each_problem_names_the_step_to_fix(plan):
    """A student fixes the step the message names: goals are step 1, content rules step 6, decisions step 7."""
    plan.update(goals=..., best_content=..., adapt=...)
    problems = report.check_plan(plan)
    assert [p.split(":")[0] for p in problems] == [
        "Step 1 (Goals aligned with metrics)", "Step 6 (The best content)", "Step 7 (Track and adapt)"]
    shown = repr(problems)
    assert shown.startswith("The plan is not ready yet (3 things to do):\n- Step 1")
    assert "<li>Step 6 (The best content): the plan&#x27;s &#x27;best_content&#x27; is still ..." in problems._repr_html_()
    # a student's variable shows as code in the notebook, as they typed it
    mine = report.check_plan(plan, yours={"best_content": ("content_rules", "section 2 above")})._repr_html_()
    assert "<li>Step 6 (The best content): <code>content_rules</code> (section 2 above) is still ..." in mine
    plan["competitors"] = {"Nuvola": 38}
    assert "Step 3 (Competitive analysis): the plan's 'competitors'" in report.check_plan(plan)[1]


def test_a_metric_tracked_without_a_target_is_reported_not_judged(tmp_path, plan):
    plan["kpis"] = [{"kpi": "orders from social", "baseline": 100, "target": 115, "actual": 112},
                    {"kpi": "share of voice", "baseline": 0.37, "target": None, "actual": 0.40, "unit": "%"}]
    table = report.kpi_table(plan["kpis"])
    assert table["status"].tolist() == ["missed", "tracked"]
    assert table["met"].tolist() == [False, None]
    # change = actual / baseline - 1: 112 / 100 - 1 and 0.40 / 0.37 - 1
    assert table["change"].tolist() == pytest.approx([0.12, 0.40 / 0.37 - 1])
    out = tmp_path / "tracked.html"
    report.campaign_report(plan, out=out)
    text = " ".join(parse(out).text)
    assert "0 of 1 KPIs met their target. 1 more metric was tracked without a target set in advance" in text
    assert "tracked, no target" in text and "none" in text  # the empty target cell says so, never "nan"
    assert [t.get_text() for t in report.kpi_chart(plan["kpis"]).texts] == ["97% of target: missed"]


def test_a_chart_with_no_target_says_so():
    ax = report.kpi_chart([{"kpi": "share of voice", "baseline": 0.37, "target": None, "actual": 0.40}])
    assert [t.get_text() for t in ax.texts] == ["No KPI has a target yet"]


def test_a_target_given_as_text_is_still_refused(plan):
    plan["kpis"] = [{"kpi": "orders", "baseline": 1, "target": "n/a", "actual": 2}]
    assert "'target' of KPI 'orders' must be a number; got 'n/a'" in report.check_plan(plan)[0]


@pytest.mark.parametrize("out, message", [("report.pdf", "must end in .html"), (42, "file name"),
                                          ("no/such/folder/report.html", "does not exist")])
def test_a_bad_output_path_gets_a_clear_message(tmp_path, monkeypatch, plan, out, message):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValueError, match=message):
        report.campaign_report(plan, out=out)


def test_the_link_shows_the_path_as_given(tmp_path, monkeypatch, plan):
    monkeypatch.chdir(tmp_path)
    result = report.campaign_report(copy.deepcopy(plan), out="nuvola_campaign_report.html")
    assert repr(result).startswith("Campaign report written to nuvola_campaign_report.html (7 sections, 3 figures)")
    assert 'href="nuvola_campaign_report.html"' in result._repr_html_()
    assert str(tmp_path) not in repr(result) + result._repr_html_()


def test_kpi_table_judges_lower_is_better_kpis_the_other_way():
    table = report.kpi_table([
        {"kpi": "orders", "baseline": 100, "target": 115, "actual": 120},
        {"kpi": "reply hours", "baseline": 3, "target": 2, "actual": 1.5, "higher_is_better": False},
        {"kpi": "slow replies", "baseline": 3, "target": 2, "actual": 2.5, "higher_is_better": False},
    ])
    assert table["met"].tolist() == [True, True, False]
    assert table["progress"].round(3).tolist() == [round(120 / 115, 3), round(2 / 1.5, 3), 0.8]


def test_the_figures_label_what_colour_shows():
    ax = report.kpi_chart(report.example_plan()["kpis"])
    labels = [text.get_text() for text in ax.texts]
    assert labels == ["97% of target: missed"]
    assert ax.patches[0].get_hatch() == "//"  # a missed KPI is hatched as well as coloured
    ax = report.share_of_voice_chart({"Nuvola": 0.4, "Zest": 0.6}, brand="Nuvola")
    hatches = {bar.get_hatch() or "" for bar in ax.patches}
    assert hatches == {"", "//"}
    assert [t.get_text().strip() for t in ax.texts] == ["40%", "60%"]


# -- the plan check sends a student back to the cell they wrote ---------------------------------------------------
YOURS = {"goals": ("spring_goals", "section 1 above"), "best_content": ("content_rules", "section 2 above"),
         "adapt": ("what_to_adapt", "section 3 above")}


def test_a_students_own_part_is_named_by_its_variable_and_section(plan):
    """Notebook 10's student wrote `content_rules`, not 'best_content': the message names what they wrote."""
    plan.update(goals=..., best_content=..., adapt=...)
    problems = report.check_plan(plan, yours=YOURS)
    assert problems[1] == ("Step 6 (The best content): `content_rules` (section 2 above) is still ... (a placeholder): "
                           "write it (a list of texts: what to make more of), run that cell, then run this one again.")
    assert "`spring_goals` (section 1 above)" in problems[0] and "`what_to_adapt` (section 3 above)" in problems[2]
    assert all("run that cell, then run this one again." in problem for problem in problems)
    assert all("'best_content'" not in problem and "'adapt'" not in problem for problem in problems)
    plan.update(goals=[{"goal": "Grow", "metric": "orders"}], best_content=["Videos on TikTok.", 3], adapt="ok")
    problems = report.check_plan(plan, yours={"goals": "spring_goals", **YOURS})  # a bare name is fine too
    assert problems == [
        "Step 1 (Goals aligned with metrics): `spring_goals` (section 1 above): the goal 'Grow' has no 'target', run "
        "that cell, then run this one again.",
        "Step 6 (The best content): `content_rules` (section 2 above): item 2 is a number (3), not text: write it as a "
        "sentence between quotes, run that cell, then run this one again.",
        "Step 7 (Track and adapt): `what_to_adapt` (section 3 above) is too short to tell a reader anything ('ok'): "
        "write a sentence of at least 3 words, run that cell, then run this one again.",
    ]
    assert report.check_plan(plan, yours={"goals": "spring_goals"})[0].startswith(
        "Step 1 (Goals aligned with metrics): `spring_goals`: the goal 'Grow'")


@pytest.mark.parametrize("change, message", [
    (dict(best_content=["...", "..."]), "item 1 is still '...' (a placeholder)"),
    (dict(best_content=["Videos on TikTok and Instagram.", "…"]), "item 2 is still '…' (a placeholder)"),
    (dict(adapt="..."), "'adapt' is still '...' (a placeholder)"),
    (dict(adapt=" TODO "), "'adapt' is still ' TODO ' (a placeholder)"),
    (dict(goals=[{"goal": "...", "metric": "...", "target": "..."}]), "goal 1 still has '...' as its 'goal'"),
    (dict(goals=[{"goal": "Grow", "metric": "orders", "target": "...."}]), "goal 1 ('Grow') still has '....'"),
    (dict(target_customer={**report.example_plan()["target_customer"], "age": "..."}), "its 'age' is still '...'"),
])
def test_the_template_copied_as_it_is_counts_as_a_placeholder(plan, change, message):
    """`content_rules = ["...", "..."]` is the notebook's own shape, not an answer: it must not pass the check."""
    plan.update(change)
    problems = report.check_plan(plan)
    assert len(problems) == 1 and message in problems[0] and "(a placeholder)" in problems[0]


@pytest.mark.parametrize("change, message", [
    (dict(adapt="ok"), "'adapt' is too short to tell a reader anything ('ok')"),
    (dict(adapt=["Answer at weekends.", "more"]), "'adapt': item 2 is too short"),
    (dict(best_content=["Videos."]), "'best_content': item 1 is too short"),
    (dict(audit=["Good.", "X trails its competitors."]), "'audit': item 1 is too short"),
    (dict(adapt=["Answer at weekends.", "  "]), "'adapt': item 2 is empty"),
])
def test_a_text_too_short_to_be_a_sentence_is_refused(plan, change, message):
    plan.update(change)
    problems = report.check_plan(plan)
    assert len(problems) == 1 and message in problems[0]


def test_the_rules_must_be_a_list_even_for_one_but_what_to_change_may_be_one_text(plan):
    plan["best_content"] = "Short videos on TikTok."
    problems = report.check_plan(plan)
    assert problems == ["Step 6 (The best content): the plan's 'best_content' is one text, but it must be a list of "
                        "texts, even when there is only one: put square brackets around it, like "
                        "[\"Your sentence.\"]."]
    plan["best_content"] = ["Short videos on TikTok."]
    plan["adapt"] = "Answer messages at weekends too."
    assert report.check_plan(plan) == []


def test_no_message_speaks_of_plan_fields(plan):
    """Students never met the word "field": every message names the plan's part, or the student's variable."""
    bad = {"brand": 42, "goals": "grow", "target_customer": ["x"], "competitors": {"Nuvola": "big"}, "audit": [1],
           "calendar": [{"day": "Mon"}], "best_content": 7, "kpis": [{"kpi": "orders"}], "adapt": ["x", 2]}
    problems = report.check_plan(bad)
    assert len(problems) == len(report.FIELDS)
    assert not [problem for problem in problems if "field" in problem], problems


def test_the_kpi_summary_writes_each_row_in_its_unit():
    """Orders are counts, shares are percentages and hours are hours: one rounding for all would mislead."""
    summary = report.kpi_summary([
        {"kpi": "orders from social", "baseline": 2648, "target": 1.15 * 2648, "actual": 2977},
        {"kpi": "share of voice", "baseline": 0.3721, "target": None, "actual": 0.4069, "unit": "%"},
        {"kpi": "median response time (hours)", "baseline": 2.893, "target": 2.0, "actual": 2.448,
         "higher_is_better": False}])
    assert summary.columns.tolist() == ["kpi", "baseline", "target", "actual", "change", "status"]
    assert summary.loc[0, ["baseline", "target", "actual", "change", "status"]].tolist() == [
        "2,648", "3,045", "2,977", "+12.4%", "missed"]
    assert summary.loc[1, ["baseline", "target", "actual", "status"]].tolist() == ["37.2%", "none", "40.7%", "tracked"]
    assert summary.loc[2, ["baseline", "target", "actual", "change", "status"]].tolist() == [
        "2.89", "2", "2.45", "-15.4%", "missed"]


# -- the goals checker of notebook 11 (the deliverable's step 1) --------------------------------------------------
SALES = {"goal": "Sell more through social media", "metric": "conversions from social",
         "target": "+15% against March 2025, by the end of May 2026"}
REPLIES = {"goal": "Answer fast, weekends too", "metric": "median response time at weekends",
           "target": "under 2 hours, every week from March to May 2026"}


def check_goal(course_home, **change):
    from smm_course.exercises import nb11

    return nb11.goals.check([{**SALES, **change}, REPLIES])


@pytest.mark.parametrize("target", [
    "+15% against March 2025, within three months", "+15% against March 2025, within 12 weeks",
    "+15% against March 2025, over the next 90 days", "+15% against March 2025, by the end of May 2026",
    "+15% against March 2025 within two quarters",
])
def test_a_deadline_in_the_plural_is_a_deadline(course_home, target):
    """A student read "within three months has no deadline": month, week and day only matched in the singular."""
    assert check_goal(course_home, target=target).status == "correct"


@pytest.mark.parametrize("target", ["+15% against March 2025", "+15% against the three months before the campaign",
                                    "+15% against summer 2025, in 2025"])
def test_a_baseline_is_not_a_deadline(course_home, target):
    """The months of the baseline (or a year already past) say against what, not by when."""
    result = check_goal(course_home, target=target)
    assert result.status == "incorrect" and "has no deadline" in result.message


@pytest.mark.parametrize("target, found", [
    ("+15% against the same period last year, by the end of May 2026", "same period last year"),
    ("+15% against the same months of last year, by the end of May 2026", "same months of last year"),
    ("+15% against last spring, by the end of May 2026", "last spring"),
    ("+15% year on year, by the end of May 2026", "year on year"),
    ("+15% against spring 2025, by the end of May 2026", "spring 2025"),
    ("+15% against March to May 2025, by the end of May 2026", "March to May 2025"),
    ("+15% against March, April and May 2025, by the end of May 2026", "April and May 2025"),
    ("+15% rispetto allo stesso periodo dell'anno scorso, entro maggio 2026", "stesso periodo dell'anno scorso"),
    ("+15% rispetto alla primavera 2025, entro maggio 2026", "primavera 2025"),
])
def test_a_baseline_that_holds_the_crisis_is_refused(course_home, target, found):
    """For a spring 2026 campaign, "the same period last year" is spring 2025: the April crisis is in it."""
    result = check_goal(course_home, target=target)
    assert result.status == "incorrect" and f"baseline, {found!r}, holds April 2025" in result.message


@pytest.mark.parametrize("target", [
    "+15% against March to May 2025 without April, by the end of May 2026",
    "+15% against March and May 2025, by the end of May 2026",
    "+15% against summer 2025, by the end of April 2026",
    "+15% by the end of spring 2026 against summer 2025",
    "+15% rispetto alla primavera 2025 senza aprile, entro maggio 2026",
])
def test_a_baseline_that_leaves_the_crisis_out_is_accepted(course_home, target):
    assert check_goal(course_home, target=target).status == "correct"


@pytest.mark.parametrize("metric, pair", [
    ("engagement rate and reach", "'engagement rate' and 'reach'"),
    ("share of voice, sentiment", "'share of voice' and 'sentiment'"),
    ("likes and reach", "'likes' and 'reach'"),
])
def test_two_metrics_in_one_goal_are_refused(course_home, metric, pair):
    result = check_goal(course_home, metric=metric)
    assert result.status == "incorrect" and f"two metrics in one, {pair}" in result.message


@pytest.mark.parametrize("metric", ["engagement rate (likes, comments, shares and clicks / reach)",
                                    "engagement rate by reach, organic posts", "conversions (orders) from social"])
def test_one_metric_explained_in_brackets_is_one_metric(course_home, metric):
    assert check_goal(course_home, metric=metric).status == "correct"


def test_likes_get_pointed_to_a_rate_not_told_they_are_unknown(course_home):
    result = check_goal(course_home, metric="number of likes per post")
    assert result.status == "incorrect"
    assert "Use a rate or a total" in result.message and "engagement rate" in result.message
    assert "not one the course" not in result.message


@pytest.mark.parametrize("goal", [
    {"goal": "Vendere di più", "metric": "conversioni dai social",
     "target": "+15% rispetto a marzo 2025, entro la fine di maggio 2026"},
    {"goal": "Vendere di più", "metric": "ordini dai social", "target": "+15% sul trimestre precedente, entro tre mesi"},
    {"goal": "Rispondere presto", "metric": "tempo di risposta mediano",
     "target": "meno di 2 ore, ogni settimana da marzo a maggio 2026"},
])
def test_goals_written_in_italian_are_read(course_home, goal):
    from smm_course.exercises import nb11

    other = {"goal": "More reactions", "metric": "engagement rate", "target": "+5% against March 2025, by May 2026"}
    assert nb11.goals.check([goal, other]).status == "correct"


@pytest.mark.parametrize("answer", [
    [{"goal": "...", "metric": "...", "target": "..."}, REPLIES],
    [SALES, {**REPLIES, "target": "…"}],
])
def test_the_goals_shape_copied_as_it_is_is_not_attempted(course_home, answer):
    from smm_course.exercises import nb11

    assert nb11.goals.check(answer).status == "not_attempted"


def test_the_rules_shape_copied_as_it_is_is_not_attempted(course_home):
    from smm_course.exercises import nb11

    assert nb11.rules.check(["...", "..."]).status == "not_attempted"
    assert nb11.rules.check(["Short videos on TikTok and Instagram.", "Post text on LinkedIn mornings."]).status == "correct"



@pytest.mark.parametrize("metric", ["ROAS", "return on ad spend", "revenue from social", "sales from social",
                                    "ricavi dai social"])
def test_goals_accept_the_money_metrics_notebook_08_taught(course_home, metric):
    assert check_goal(course_home, metric=metric).status == "correct"


def test_profit_as_a_metric_is_pointed_to_revenue_roas_or_roi(course_home):
    result = check_goal(course_home, metric="profit from social campaigns")
    assert result.status == "incorrect" and "revenue, not profit" in result.message
