"""What notebook 12 stands on: the own-data analyses on every sample export, and the competitors' sample files."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from smm_course import own_data
from smm_course.imports import competitor_export, competitor_exports, read_export, sample_export, sample_exports
from smm_course.imports.samples import COMPETITORS, make_competitor_exports

ROOT = Path(__file__).resolve().parent.parent
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
