"""Notebook 12 and what it stands on: the own-data analyses, questions that follow the loaded file, the grader's
practice rule, the competitors' sample files, and the notebook run top to bottom on every sample export.

The notebook's parameters cell (tagged ``parameters``, as papermill names it) sets ``EXPORT``, ``YEAR``,
``TIME_ZONE`` and ``COMPETITORS``. The run on every sample export injects values the papermill way: it rewrites
those assignments in a copy of the notebook, solves the copy as ``smm-course solutions`` does, runs it with
nbclient and reads every check from a fresh progress store.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from smm_course import own_data
from smm_course.exercises import nb12
from smm_course.imports import competitor_export, competitor_exports, read_export, sample_export, sample_exports
from smm_course.imports.samples import COMPETITORS, make_competitor_exports
from smm_course.instructor import solve_notebook

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "12_your_own_data.ipynb"
SAMPLE_FOLDER = ROOT / "datasets" / "sample_exports"


def _prepared(name: str) -> pd.DataFrame:
    return own_data.prepare(read_export(sample_export(name), year=2025 if name == "tiktok_overview" else None))


# -- the analyses --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", list(sample_exports()))
def test_every_sample_export_is_prepared_for_the_analyses(name):
    posts = _prepared(name)
    info = posts.attrs["own_data"]
    assert len(posts) > 100 and (posts["base"] > 0).all() and (posts["engagements"] >= 0).all()
    assert info["base"] == ("reach" if "reach" in read_export(sample_export(name), year=2025 if name ==
                                                                 "tiktok_overview" else None) else "impressions")
    assert set(posts["weekday"].astype(str)) <= set(own_data.WEEKDAYS)
    assert own_data.what_you_can_do(posts).startswith("Your file: ")
    # Hours only where the export gives them, directly or through the post IDs.
    assert bool(info["hours_from"]) == (name not in ("youtube_content", "tiktok_overview"))


def test_hours_decoded_from_utc_ids_are_local_hours():
    posts = _prepared("x_posts")
    truth = read_export(sample_export("x_posts"))["posted_at_utc"].dt.tz_convert("Europe/Rome")
    assert posts["hour"].tolist() == truth.dt.hour.tolist()
    assert posts.attrs["own_data"]["hours_from"] == "posted_at_utc, in Europe/Rome time"


def test_pooled_rates_and_their_intervals():
    posts = _prepared("instagram_posts")
    table = own_data.rate_by(posts, "format")
    sums = posts.groupby(posts["format"].astype(str))[["engagements", "base"]].sum()
    for fmt, row in table.iterrows():
        assert row["rate"] == pytest.approx(sums.loc[fmt, "engagements"] / sums.loc[fmt, "base"])
        assert row["low"] < row["rate"] < row["high"]
    assert list(table["rate"]) == sorted(table["rate"], reverse=True)
    assert own_data.rate_by(posts, "format").equals(table)  # the same seed gives the same intervals


def test_a_file_without_times_gets_no_calendar_but_says_why():
    posts = _prepared("youtube_content")
    assert "not the time" in own_data.what_you_can_do(posts)
    with pytest.raises(ValueError, match="time of each post"):
        own_data.plan_week(posts, 3)


def test_share_of_voice_counts_only_what_every_file_gives():
    accounts = {"You": _prepared("instagram_posts")} | {
        name: read_export(competitor_export(f"{name.lower()}_instagram")) for name in ("Brezza", "Zest")}
    shares = own_data.share_of_voice(accounts)
    assert shares.attrs["counted"] == ["likes", "comments"]  # competitors' Instagram shares are private
    assert shares.sum() == pytest.approx(1.0) and list(shares.index) == ["You", "Brezza", "Zest"]
    you = accounts["You"]
    total = sum(int(f[["likes", "comments"]].sum().sum()) for f in accounts.values())
    assert shares["You"] == pytest.approx(int(you[["likes", "comments"]].sum().sum()) / total)
    with pytest.raises(ValueError, match="different platforms"):
        own_data.share_of_voice({"You": _prepared("x_posts"), "Brezza": accounts["Brezza"]})


# -- the questions follow the loaded file ------------------------------------------------------------------------
def test_notebook_12_checks_against_whichever_file_was_loaded():
    instagram, tiktok = _prepared("instagram_posts"), _prepared("tiktok_content")
    rate = {name: float(p["engagements"].sum() / p["base"].sum()) for name, p in
            {"instagram": instagram, "tiktok": tiktok}.items()}
    try:
        nb12.use(instagram)
        assert nb12.q1.check(rate["instagram"]).status == "correct"
        nb12.use(tiktok)
        assert nb12.q1.check(rate["tiktok"]).status == "correct"
        assert nb12.q1.check(rate["instagram"]).status == "incorrect"
        weekly = tiktok.groupby("weekday", observed=True)[["engagements", "base"]].sum()
        assert nb12.q2.check(weekly["engagements"] / weekly["base"]).status == "correct"
    finally:
        nb12.use(instagram)  # the notebook's default file, as the other tests expect
    with pytest.raises(ValueError, match="prepared table"):
        nb12.use(read_export(sample_export("instagram_posts")))


# -- the grader: notebook 12 is practice -------------------------------------------------------------------------
def test_practice_notebooks_are_judged_but_not_counted_unless_listed():
    from smm_course.grading.config import GradingConfig, practice_notebooks
    from smm_course.grading.gradebook import build_table
    from smm_course.grading.judge import questions_in

    assert practice_notebooks() == {"12"}
    rows = []
    for notebook in ("09", "12"):
        rows.append({"student": "ada", "file": f"{notebook}.ipynb", "notebook": notebook, "question": "",
                     "status": "", "message": "", "answer": "", "problem": "", "flags": ""})
        rows += [{"student": "ada", "file": f"{notebook}.ipynb", "notebook": notebook, "question": q,
                  "status": "correct", "message": "", "answer": "", "problem": "", "flags": ""}
                 for q in questions_in(notebook)]
    assert build_table(rows, GradingConfig()).notebooks == ["09"]
    assert build_table(rows, GradingConfig(notebooks=("09", "12"))).notebooks == ["09", "12"]


# -- the competitors' sample files -------------------------------------------------------------------------------
def test_the_competitors_files_are_rebuilt_byte_for_byte_and_hold_only_public_counts():
    made = make_competitor_exports()
    assert sorted(made) == sorted(p.name for p in (SAMPLE_FOLDER / "competitors").glob("*.csv"))
    for name, content in made.items():
        assert (SAMPLE_FOLDER / "competitors" / name).read_bytes() == content, name
    card = (SAMPLE_FOLDER / "README.md").read_text(encoding="utf-8")
    for name, (brand, platform, _) in COMPETITORS.items():
        frame = read_export(competitor_exports()[name])
        assert frame.attrs["platform"] == platform and set(frame["brand"]) == {f"{brand.lower()}.synthetic"}
        assert frame[["impressions", "reach", "shares", "saves"]].isna().all().all()
        assert frame[["likes", "comments"]].notna().all().all()
        row = re.search(rf"\| competitors/{name}\.csv \|[^\n]*\| (\d+) posts \|", card)
        assert row and int(row[1]) == len(frame), name


# -- the notebook on every sample export -------------------------------------------------------------------------
def _with_parameters(notebook, export: str, year, competitors: bool):
    cell = next(c for c in notebook.cells if "parameters" in c.metadata.get("tags", []))
    source = cell.source
    for name, value in (("EXPORT", f"sample_export({export!r})"), ("YEAR", repr(year))):
        source, count = re.subn(rf"(?m)^{name} = .*$", f"{name} = {value}", source)
        assert count == 1, name
    if not competitors:
        source, count = re.subn(r"(?ms)^COMPETITORS = \{.*?\}$", "COMPETITORS = {}", source)
        assert count == 1
    cell.source = source
    return notebook


@pytest.mark.parametrize("name", list(sample_exports()))
def test_the_notebook_runs_on_every_sample_export_and_its_solutions_are_right(name, tmp_path):
    from nbclient import NotebookClient

    notebook = nbformat.read(NOTEBOOK, as_version=4)
    year = 2025 if name == "tiktok_overview" else None
    same_platform = read_export(sample_export(name), year=year).attrs["platform"] == "Instagram"
    solve_notebook(_with_parameters(notebook, name, year, competitors=same_platform))
    home = tmp_path / "home"
    client = NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}})
    import os

    env = {**os.environ, "SMM_COURSE_HOME": str(home)}
    env.pop("SMM_COURSE_LANG", None)
    client.execute(env=env)
    errors = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []
    recorded = json.loads((home / "progress.json").read_text(encoding="utf-8"))["questions"]
    statuses = {qid: entry["status"] for qid, entry in recorded.items() if qid.startswith("12.")}
    expected = {q: "correct" for q in ("12.q1", "12.q2", "12.q3", "12.quiz1", "12.quiz2", "12.quiz3")}
    assert statuses == {**expected, "12.q4": "submitted"}
    text = "\n".join(o.get("text", "") for c in notebook.cells if c.cell_type == "code" for o in c.outputs)
    assert ("Compared on:" in text) == same_platform


def test_grading_a_solved_12_judges_it_but_counts_it_only_when_listed(tmp_path, capsys):
    import csv

    from smm_course.cli import main

    (tmp_path / "subs" / "ada").mkdir(parents=True)
    nbformat.write(solve_notebook(nbformat.read(NOTEBOOK, as_version=4)),
                   tmp_path / "subs" / "ada" / NOTEBOOK.name)
    out = tmp_path / "out"
    assert main(["grade", str(tmp_path / "subs"), "--out", str(out), "--timeout", "300"]) == 0
    assert "Not counted: notebook 12" in capsys.readouterr().out
    with (out / "verdicts.csv").open(encoding="utf-8") as handle:
        judged = {row["question"]: row["status"] for row in csv.DictReader(handle) if row["question"]}
    assert judged == {**{q: "correct" for q in ("12.q1", "12.q2", "12.q3", "12.quiz1", "12.quiz2", "12.quiz3")},
                      "12.q4": "submitted"}
    with (out / "grades.csv").open(encoding="utf-8") as handle:
        assert not any(column.startswith("12") for column in next(csv.reader(handle)))
    config = tmp_path / "grading.toml"
    config.write_text('notebooks = ["12"]\n', encoding="utf-8")
    assert main(["grade", "--out", str(out), "--config", str(config)]) == 0  # rebuilt from verdicts.csv
    assert "Not counted" not in capsys.readouterr().out
    with (out / "grades.csv").open(encoding="utf-8") as handle:
        assert next(csv.DictReader(handle))["12 percent"] == "100.0"
