"""The course datasets and their loader: schemas, types, sizes, reproducibility, cards and helpful errors."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from pandas.api import types

from smm_course import data, datagen
from smm_course.datagen import WORLD

REPO_DATASETS = Path(__file__).resolve().parent.parent / "datasets"

# The columns that docs/architecture.md promises, in file order.
EXPECTED_COLUMNS = {
    "social_media_users": ["date", "year", "users", "world_population", "penetration", "yoy_growth_reported",
                           "source", "note"],
    "platform_audiences": ["platform", "age_group", "share_of_adults", "source"],
    "posts": ["post_id", "brand", "platform", "posted_at", "format", "topic", "emotion", "arousal", "valence",
              "asks_question", "text_length", "paid", "cost", "followers", "impressions", "reach", "likes",
              "comments", "shares", "saves", "clicks"],
    "messages": ["message_id", "channel", "received_at", "answered_at", "topic", "sentiment"],
    "customers": ["customer_id", "age", "location", "income_band", "job_title", "industry", "interests",
                  "main_platform", "acquisition_channel", "signup_date", "orders", "revenue", "last_order_date",
                  "tenure_months", "churned", "referrals", "referred_revenue", "marketing_consent"],
    "mentions": ["mention_id", "posted_at", "brand", "platform", "source_type", "author_followers", "text",
                 "sentiment", "is_review", "rating", "topic", "author", "author_following", "author_created", "is_bot"],
    "reviews": ["review_id", "date", "platform", "product", "rating", "text", "verified"],
    "follower_network": ["follower", "followed"],
    "follower_network_nodes": ["node", "community", "followers", "age_group", "main_platform", "is_customer"],
    "campaign_adoption": ["week", "week_start", "new_adopters", "cumulative_adopters"],
    "web_sessions": ["date", "source", "medium", "campaign", "sessions", "new_visitors", "conversions", "revenue"],
    "campaign_costs": ["month", "campaign", "channel", "cost"],
    "ab_test": ["date", "variant", "impressions", "reach", "clicks", "shares"],
    "account_insights": ["week_start", "followers", "reach", "impressions", "views", "interactions"],
}
NAMES = sorted(EXPECTED_COLUMNS)

DATETIME_COLUMNS = {"date", "posted_at", "received_at", "answered_at", "signup_date", "last_order_date",
                    "week_start", "month", "author_created"}
BOOL_COLUMNS = {"asks_question", "paid", "churned", "marketing_consent", "is_review", "verified", "is_customer",
                "is_bot"}
CATEGORY_COLUMNS = {"platform", "age_group", "brand", "format", "topic", "emotion", "arousal", "valence", "channel",
                    "sentiment", "location", "income_band", "job_title", "industry", "main_platform",
                    "acquisition_channel", "source_type", "product", "medium", "campaign", "variant"}
TEXT_COLUMNS = {"source", "note", "post_id", "message_id", "customer_id", "interests", "mention_id", "text",
                "review_id", "author"}
FLOAT_COLUMNS = {"world_population", "penetration", "yoy_growth_reported", "share_of_adults", "cost", "revenue",
                 "referred_revenue"}


def expected_kind(name, column):
    if name == "web_sessions" and column == "source":
        return "category"  # traffic sources are few
    if name == "mentions" and column == "rating":
        return "float"  # NaN when the mention is not a review
    if name == "account_insights" and column in ("impressions", "views"):
        return "float"  # NaN in the weeks the platform did not report the metric
    if column in DATETIME_COLUMNS:
        return "datetime"
    if column in BOOL_COLUMNS:
        return "bool"
    if column in CATEGORY_COLUMNS:
        return "category"
    if column in TEXT_COLUMNS:
        return "text"
    if column in FLOAT_COLUMNS:
        return "float"
    return "int"


def kind_of(series):
    if isinstance(series.dtype, pd.CategoricalDtype):
        return "category"
    if types.is_datetime64_any_dtype(series):
        return "datetime"
    if types.is_bool_dtype(series):
        return "bool"
    if types.is_integer_dtype(series):
        return "int"
    if types.is_float_dtype(series):
        return "float"
    if types.is_string_dtype(series):
        return "text"
    return str(series.dtype)


# ---------------------------------------------------------------------------------------------------------------
# schemas, types and sizes
# ---------------------------------------------------------------------------------------------------------------


def test_the_datasets_folder_holds_exactly_the_course_datasets():
    assert sorted(p.stem for p in REPO_DATASETS.glob("*.csv")) == NAMES
    assert sorted(datagen.DATASET_NAMES) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_every_dataset_loads_with_the_expected_columns_and_types(name):
    table = data.load(name)
    assert list(table.columns) == EXPECTED_COLUMNS[name]
    wrong = {column: kind_of(table[column]) for column in table.columns
             if kind_of(table[column]) != expected_kind(name, column)}
    assert not wrong, wrong
    assert len(table) > 0


def test_categories_come_in_a_fixed_meaningful_order():
    posts = data.load("posts")
    assert list(posts["platform"].cat.categories) == list(WORLD.platforms)
    assert list(posts["brand"].cat.categories) == list(WORLD.brands)
    audiences = data.load("platform_audiences")
    assert list(audiences["age_group"].cat.categories) == ["all", "18-29", "30-49", "50-64", "65+"]
    customers = data.load("customers")
    assert customers["income_band"].cat.ordered
    assert customers["income_band"].min() == "under 20k"
    nodes = data.load("follower_network_nodes")
    assert list(nodes["age_group"].cat.categories) == ["18-29", "30-49", "50-64", "65+"]
    # no value was lost to a missing category
    for name in NAMES:
        table = data.load(name)
        for column in table.select_dtypes("category"):
            assert table[column].notna().all(), (name, column)


def test_sizes_meet_the_minimums():
    posts = data.load("posts")
    assert len(posts) >= 2000
    assert 0.5 < (posts["brand"] == WORLD.brand).mean() < 0.7
    assert set(posts["brand"]) == set(WORLD.brands)
    assert len(data.load("messages")) >= 1500
    assert len(data.load("customers")) == 5000
    assert len(data.load("mentions")) >= 10_000
    assert len(data.load("reviews")) == 1000
    assert len(data.load("follower_network_nodes")) == 2000
    assert len(data.load("follower_network")) > 10_000
    adoption = data.load("campaign_adoption")
    assert list(adoption["week"]) == list(range(1, 53))
    assert adoption["week_start"].iloc[0] == WORLD.wom_campaign_start
    web = data.load("web_sessions")
    assert web["date"].nunique() == 365
    ab = data.load("ab_test")
    assert set(ab["variant"]) == {"A", "B"} and 12 <= ab["date"].nunique() <= 16
    assert (ab.groupby("date").size() == 2).all()


def test_timestamps_fall_in_the_course_year():
    for name, column in [("posts", "posted_at"), ("messages", "received_at"), ("mentions", "posted_at"),
                         ("reviews", "date"), ("web_sessions", "date")]:
        values = data.load(name)[column]
        assert values.min() >= WORLD.start and values.max() < WORLD.end + pd.Timedelta(days=1), (name, column)


def test_the_csv_text_is_plain_and_stable():
    posts_text = (REPO_DATASETS / "posts.csv").read_bytes()
    assert b"\r" not in posts_text and posts_text.endswith(b"\n")
    first_row = posts_text.decode("utf-8").splitlines()[1]
    assert re.search(r",\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,", first_row)
    assert re.search(r",(True|False),", first_row)
    messages = pd.read_csv(REPO_DATASETS / "messages.csv", dtype=str, keep_default_na=False)
    assert (messages["answered_at"] == "").any()  # never answered: an empty cell, not "NaT"


def test_total_size_is_under_ten_megabytes():
    total = sum(p.stat().st_size for p in REPO_DATASETS.iterdir() if p.is_file())
    assert total < 10_000_000


# ---------------------------------------------------------------------------------------------------------------
# reproducibility
# ---------------------------------------------------------------------------------------------------------------


def test_regenerating_reproduces_the_committed_files_byte_for_byte(tmp_path, capsys):
    assert datagen.main(["--out", str(tmp_path)]) == 0
    assert "Wrote 14 datasets" in capsys.readouterr().out
    written = sorted(p.name for p in tmp_path.glob("*.csv"))
    assert written == [f"{name}.csv" for name in NAMES]
    different = [name for name in written if (tmp_path / name).read_bytes() != (REPO_DATASETS / name).read_bytes()]
    assert not different, f"regenerate with `python -m smm_course.datagen`: {different}"


def test_the_generator_never_touches_global_random_state():
    import numpy as np

    np.random.seed(123)
    before = np.random.random()
    np.random.seed(123)
    datagen.make_ab_test()
    datagen.make_campaign_adoption()
    assert np.random.random() == before


def test_build_all_rejects_unknown_names_and_lists_the_right_ones():
    with pytest.raises(ValueError, match=r"names has unknown datasets \['post'\]; choose from .*'posts'"):
        datagen.build_all(["post"])


def test_every_name_the_datagen_package_exports_resolves_and_each_dataset_has_its_own_module():
    missing = [name for name in datagen.__all__ if not hasattr(datagen, name)]
    assert not missing
    assert len(set(datagen.__all__)) == len(datagen.__all__)
    for name in NAMES:
        if name == "follower_network_nodes":  # made together with the edges
            continue
        maker = getattr(datagen, f"make_{name}")
        assert maker.__module__ == f"smm_course.datagen.{name}"


def test_loading_data_imports_the_course_world_but_no_generator():
    # A fresh interpreter: this test session has long imported the generators.
    code = (
        "import sys, smm_course.data\n"
        "print(sorted(m for m in sys.modules if m.startswith('smm_course.datagen')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "['smm_course.datagen', 'smm_course.datagen.world']"


def test_python_dash_m_datagen_writes_the_named_datasets(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "smm_course.datagen", "--out", str(tmp_path), "--only", "ab_test"],
        capture_output=True, text=True, check=True,
    )
    assert "Wrote 1 datasets" in result.stdout
    assert (tmp_path / "ab_test.csv").read_bytes() == (REPO_DATASETS / "ab_test.csv").read_bytes()


# ---------------------------------------------------------------------------------------------------------------
# the loader's behaviour
# ---------------------------------------------------------------------------------------------------------------


def test_an_unknown_name_lists_the_datasets_and_suggests_the_closest():
    with pytest.raises(data.UnknownDatasetError) as caught:
        data.load("post")
    message = str(caught.value)
    assert "Did you mean 'posts'?" in message
    for name in NAMES:
        assert name in message
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, KeyError)
    assert not message.startswith("'")  # a readable message, not KeyError's quoted repr


def test_an_unknown_name_without_a_close_match_still_lists_the_datasets():
    with pytest.raises(ValueError, match=r"There is no dataset called 'zzzz'\. Available datasets: ab_test, "):
        data.load("zzzz")


def test_card_gives_the_same_helpful_error():
    with pytest.raises(KeyError, match=r"Did you mean 'customers'\?"):
        data.card("customer")


def test_a_name_that_is_not_text_gets_a_clear_type_error():
    with pytest.raises(TypeError, match=r"name must be a dataset name as text, such as 'posts', not int"):
        data.load(3)


def test_names_ignore_case_spaces_and_a_csv_suffix():
    assert data.load(" Posts.csv ").shape == data.load("posts").shape


def test_load_returns_a_fresh_copy_each_time():
    first = data.load("ab_test")
    first.loc[0, "clicks"] = -1
    first["extra"] = 1
    second = data.load("ab_test")
    assert second.loc[0, "clicks"] >= 0
    assert "extra" not in second.columns


def test_load_works_from_another_working_directory(tmp_path):
    # A fresh interpreter started elsewhere, so nothing is cached from this session's loads.
    code = (
        "from smm_course import data\n"
        "print(len(data.load('campaign_adoption')), data.datasets_dir().is_absolute())"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["52", "True"]


def test_the_packaged_copy_of_the_datasets_is_preferred(tmp_path, monkeypatch):
    packaged = tmp_path / "_datasets"
    packaged.mkdir()
    (packaged / "ab_test.csv").write_bytes((REPO_DATASETS / "ab_test.csv").read_bytes())

    class FakeResources:
        @staticmethod
        def files(package):
            assert package == "smm_course"
            return tmp_path

    monkeypatch.setattr(data, "resources", FakeResources)
    assert data.datasets_dir() == packaged
    with pytest.raises(ValueError, match="Available datasets: ab_test."):
        data.load("posts")


def test_a_file_with_the_wrong_columns_names_the_expected_ones(tmp_path, monkeypatch):
    (tmp_path / "ab_test.csv").write_text("day,variant\n2025-06-02,A\n", encoding="utf-8")
    monkeypatch.setattr(data, "datasets_dir", lambda: tmp_path)
    with pytest.raises(ValueError, match=r"but the course expects \['date', 'variant', 'impressions'.*datagen"):
        data.load("ab_test")


def test_an_unexpected_category_value_is_reported_not_silently_lost(tmp_path, monkeypatch):
    text = (REPO_DATASETS / "ab_test.csv").read_text(encoding="utf-8").replace(",A,", ",C,", 1)
    (tmp_path / "ab_test.csv").write_text(text, encoding="utf-8")
    monkeypatch.setattr(data, "datasets_dir", lambda: tmp_path)
    with pytest.raises(ValueError, match=r"unexpected values in column 'variant': \['C'\]"):
        data.load("ab_test")


def test_list_datasets_has_one_row_per_dataset():
    table = data.list_datasets()
    assert list(table.columns) == ["name", "rows", "description"]
    assert list(table["name"]) == NAMES
    for name, rows in zip(table["name"], table["rows"]):
        assert rows == len(data.load(name))
    assert table["description"].str.len().gt(10).all()
    assert not table["description"].str.startswith("#").any()


# ---------------------------------------------------------------------------------------------------------------
# data cards
# ---------------------------------------------------------------------------------------------------------------


def card_columns(text):
    """Column names from the card's "## Columns" table: the first cell of each row, in backticks."""
    section = text.split("\n## Columns", 1)[1].split("\n## ", 1)[0]
    return [match.group(1) for match in re.finditer(r"^\|\s*`([^`]+)`\s*\|", section, flags=re.MULTILINE)]


@pytest.mark.parametrize("name", NAMES)
def test_every_dataset_has_a_card_that_documents_every_column(name):
    text = data.card(name)
    assert text.startswith(f"# {name}: ")
    assert card_columns(text) == EXPECTED_COLUMNS[name]
    rows = [line for line in text.split("\n## Columns", 1)[1].split("\n## ", 1)[0].splitlines()
            if line.startswith("| `")]
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert len(cells) == 4, row  # column, type, unit, meaning
        assert cells[1] and cells[3], row
    for heading in ["## Columns", "## How it was made", "## Licence"]:
        assert heading in text, heading


@pytest.mark.parametrize("name", NAMES)
def test_each_card_states_its_licence_and_origin(name):
    text = data.card(name)
    licence = text.split("## Licence", 1)[1]
    if name in ("social_media_users", "platform_audiences"):
        assert "Pew Research Center" in text or "DataReportal" in text
        assert "terms" in licence
    else:
        assert "CC0-1.0" in licence
        assert "## Effects planted" in text
        assert "seed" in text.split("## How it was made", 1)[1]


def test_the_datasets_readme_indexes_every_card():
    readme = (REPO_DATASETS / "README.md").read_text(encoding="utf-8")
    for name in NAMES:
        assert f"({name}.md)" in readme, name


# ---------------------------------------------------------------------------------------------------------------
# real data: the published figures
# ---------------------------------------------------------------------------------------------------------------


def test_social_media_users_holds_the_cited_figures():
    users = data.load("social_media_users").set_index("date")
    assert users["source"].str.len().gt(20).all()
    assert users.loc["2004-01-01", "users"] == 1_000_000
    assert "MySpace" in users.loc["2004-01-01", "note"] and "not all social media" in users.loc["2004-01-01", "note"]
    assert users.loc["2022-01-01", "users"] == 4_620_000_000
    assert users.loc["2022-01-01", "penetration"] == pytest.approx(0.584)
    assert users.loc["2022-03-01", "users"] == 4_600_000_000
    assert users.loc["2024-01-01", "penetration"] == pytest.approx(0.623)
    assert users.loc["2024-01-01", "yoy_growth_reported"] == pytest.approx(0.056)
    assert users.loc["2010-01-01", "penetration"] == pytest.approx(0.97 / 6.99, abs=1e-4)
    # users grow from report to report; the seed's rounded March 2022 figure is left out, as it sits just below
    # January's exact one
    assert users["users"].drop(pd.Timestamp("2022-03-01")).is_monotonic_increasing
    assert "United Nations" in users.loc["2015-01-01", "source"]


def test_platform_audiences_hold_the_pew_figures():
    audiences = data.load("platform_audiences")
    share = audiences.set_index(["platform", "age_group"])["share_of_adults"]
    overall = {"YouTube": 0.83, "Facebook": 0.68, "Instagram": 0.47, "Pinterest": 0.35, "TikTok": 0.33,
               "LinkedIn": 0.30, "WhatsApp": 0.29, "Snapchat": 0.27, "X": 0.22, "Reddit": 0.22}
    for platform, value in overall.items():
        assert share[(platform, "all")] == pytest.approx(value)
    assert share[("Instagram", "18-29")] == pytest.approx(0.78) and share[("Instagram", "65+")] == pytest.approx(0.15)
    assert share[("YouTube", "18-29")] == pytest.approx(0.93) and share[("YouTube", "65+")] == pytest.approx(0.60)
    assert share[("Snapchat", "65+")] == pytest.approx(0.04)
    assert audiences["source"].str.contains("5,733").all()
    assert len(audiences) == 10 * 5


def test_world_constants_match_the_architecture():
    assert WORLD.brand == "Nuvola" and WORLD.competitors == ("Brezza", "Sorgente", "Zest")
    assert WORLD.platforms == ("Facebook", "Instagram", "X", "YouTube", "TikTok", "LinkedIn")
    assert WORLD.crisis_date == pd.Timestamp("2025-04-07")
    assert WORLD.response_team_date == pd.Timestamp("2025-04-10")
    assert (WORLD.recovery_campaign.start, WORLD.recovery_campaign.end) == (pd.Timestamp("2025-05-05"),
                                                                              pd.Timestamp("2025-05-31"))
    assert WORLD.autumn_campaign.name == "autumn_sparkle" and WORLD.autumn_campaign.days == 91
    assert WORLD.wom_campaign_start == pd.Timestamp("2025-01-06") and WORLD.wom_campaign_weeks == 52
