"""smm_course.imports: every supported export and every trap read from a fixture file in its real format,
the errors a learner meets with a wrong file, the sample exports, and the parsers' rules as properties.

Fixtures live in tests/fixtures/exports/, each with a data card (NAME.md) naming what its layout is based on.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smm_course import imports
from smm_course.data import load
from smm_course.imports import ExportError, inspect_export, read_export, sample_export, sample_exports
from smm_course.imports import aliases as alias_module
from smm_course.imports import detect as detect_module
from smm_course.imports.aliases import FORMATS, normalise
from smm_course.imports.dates import MissingYear, parse_dates
from smm_course.imports.decoding import read_table
from smm_course.imports.durations import parse_duration
from smm_course.imports.fields import FIELDS, POSTS_COLUMNS
from smm_course.imports.ids import id_for_time, posted_at_from_id
from smm_course.imports.numbers import parse_count, parse_number, parse_rate
from smm_course.imports.samples import SAMPLES, make_sample_exports

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "exports"
SAMPLE_FOLDER = Path(__file__).resolve().parent.parent / "datasets" / "sample_exports"
ERROR_FIXTURES = {"empty.csv", "header_only.csv", "spreadsheet_saved_as_csv.csv", "instagram_renamed_columns.csv",
                  "facebook_posts_bad_number.csv", "x_posts_bad_date.csv", "facebook_posts_unknown_type.csv",
                  "meta_minimal_ambiguous.csv", "tiktok_overview.csv"}
NEEDS_YEAR = {"tiktok_overview.csv": 2024}


def fixture(name: str) -> Path:
    path = FIXTURES / name
    assert path.is_file(), f"missing fixture {name}"
    return path


def read(name: str, **kwargs) -> pd.DataFrame:
    return read_export(fixture(name), **kwargs)


def readable_fixtures() -> list[str]:
    names = sorted(p.name for p in FIXTURES.iterdir() if p.suffix in (".csv", ".zip"))
    return [n for n in names if n not in ERROR_FIXTURES or n in NEEDS_YEAR]


# ---------------------------------------------------------------------------------------------------------------
# the package's data: schema, aliases, data cards
# ---------------------------------------------------------------------------------------------------------------


def test_the_course_columns_are_the_posts_dataset_columns():
    assert list(POSTS_COLUMNS) == list(load("posts").columns)
    assert {name for name, field in FIELDS.items() if field.in_posts} <= set(POSTS_COLUMNS)


def test_every_supported_platform_of_the_issue_has_its_formats():
    platforms = {fmt.platform for fmt in FORMATS.values()}
    assert platforms == {"Facebook", "Instagram", "X", "YouTube", "TikTok"}
    assert {"x_posts", "x_tweet_activity", "tiktok_overview", "tiktok_content"} <= set(FORMATS)
    for fmt in FORMATS.values():
        assert fmt.how_to_export and fmt.label
        assert all(f in FIELDS for f in fmt.required)


def test_italian_headers_cover_every_required_column_where_the_platform_translates_its_export():
    for fmt in FORMATS.values():
        if fmt.platform == "X" or fmt.name == "facebook_insights":
            continue  # no translated X export was found, and the old Page Insights export is retired
        for field in fmt.required:
            languages = {a.language for a in fmt.aliases if a.field == field}
            assert languages & {"it", ""}, (fmt.name, field)


def test_the_alias_files_ship_inside_the_package_as_data():
    folder = Path(imports.__file__).parent / "aliases"
    names = sorted(p.name for p in folder.glob("*.csv"))
    assert names == ["facebook.csv", "instagram.csv", "post_types.csv", "tiktok.csv", "x.csv", "youtube.csv"]
    assert (folder.parent / "formats.csv").is_file()


def test_a_renamed_header_is_a_one_line_change_in_the_alias_file(monkeypatch):
    with pytest.raises(ExportError, match="lacks its columns 'Publish time'"):
        read("instagram_renamed_columns.csv")
    original = alias_module.data_file
    patched = original("aliases/instagram.csv") + "posted_at,Published,,en,,\n"
    monkeypatch.setattr(alias_module, "data_file", lambda name: patched if name == "aliases/instagram.csv" else original(name))
    formats, _ = alias_module._load()
    monkeypatch.setattr(detect_module, "FORMATS", formats)
    posts = read("instagram_renamed_columns.csv")
    assert posts.attrs["export_format"] == "instagram_posts"
    assert posts.attrs["mapping"]["Published"] == "posted_at"
    assert posts.loc[0, "posted_at"] == pd.Timestamp("2025-08-31 14:05")


def test_a_broken_alias_line_is_refused_when_the_package_loads(monkeypatch):
    original = alias_module.data_file
    broken = original("aliases/x.csv") + "reech,Reach,,en,,\n"
    monkeypatch.setattr(alias_module, "data_file", lambda name: broken if name == "aliases/x.csv" else original(name))
    with pytest.raises(RuntimeError, match="unknown field 'reech'"):
        alias_module._load()


def test_every_fixture_has_a_data_card_naming_its_source_and_the_date_checked():
    files = [p for p in FIXTURES.iterdir() if p.suffix in (".csv", ".zip")]
    assert len(files) >= 20
    for path in files:
        card = path.with_suffix(".md")
        assert card.is_file(), f"{path.name} has no data card"
        text = card.read_text(encoding="utf-8")
        assert "## Based on" in text and re.search(r"(?i)checked on 20\d\d-\d\d-\d\d", text), card.name


def test_the_sample_exports_card_documents_every_format_and_every_sample():
    text = (SAMPLE_FOLDER / "README.md").read_text(encoding="utf-8")
    assert "synthetic" in text.lower() and re.search(r"(?i)checked on 20\d\d-\d\d-\d\d", text)
    for name in SAMPLES:
        row = re.search(rf"\| {name}\.csv \|[^\n]*\| (\d+) (posts|videos|days) \|", text)
        assert row, name
        frame = read_export(sample_export(name), year=2025 if name == "tiktok_overview" else None)
        assert int(row[1]) == len(frame), name
    for fmt in FORMATS.values():
        assert f"`{fmt.name}`" in text, fmt.name
        for alias in fmt.aliases:
            if alias.language in ("", "en"):
                assert alias.header in text, (fmt.name, alias.header)


# ---------------------------------------------------------------------------------------------------------------
# one fixture per platform
# ---------------------------------------------------------------------------------------------------------------


def test_facebook_post_export():
    posts = read("facebook_posts.csv")
    assert posts.attrs["platform"] == "Facebook" and posts.attrs["export_format"] == "facebook_posts"
    assert list(posts.columns[:12]) == ["post_id", "brand", "platform", "posted_at", "format", "text_length",
                                        "impressions", "reach", "likes", "comments", "shares", "clicks"]
    assert posts["post_id"].tolist()[0] == "122100000000000011"
    assert posts["brand"].unique().tolist() == ["Fixture Drinks"]
    assert posts["format"].astype(str).tolist() == ["image", "video", "link", "text"]
    assert posts["posted_at"].tolist()[2] == pd.Timestamp("2025-09-14 18:45")
    assert posts["text_length"].tolist()[0] == len("Our new lemon soda is here. Would you try it?")
    assert posts["impressions"].tolist() == [12400, 30550, 5210, 3100]
    assert posts["likes"].tolist() == [310, 802, 60, 131]
    assert posts["engagements"].tolist() == [356, 905, 77, 140]
    assert posts["duration_seconds"].tolist()[1] == 45.0
    # Link Clicks wins over Total clicks; the text post has no Link Clicks value, which stays missing
    assert posts["clicks"].dtype == "Int64" and posts["clicks"].isna().tolist() == [False, False, False, True]
    assert posts.attrs["report"]["empty_cells"]["clicks"] == 1
    assert posts["Total clicks"].tolist()[0] == "161"
    assert "Page ID" in posts.attrs["report"]["unmapped"]


def test_instagram_post_export_keeps_multi_line_captions_and_their_lines():
    posts = read("instagram_posts.csv")
    assert posts.attrs["platform"] == "Instagram"
    assert posts["format"].astype(str).tolist() == ["image", "carousel", "video"]
    caption = "Lemon, ginger and bubbles 🍋\nWhich one is your favourite?"
    assert posts.loc[0, "text"] == caption and posts.loc[0, "text_length"] == len(caption)
    assert posts["saves"].tolist() == [230, 310, 520] and posts["new_followers"].tolist() == [41, 12, 160]
    assert read_table(fixture("instagram_posts.csv")).lines == [2, 4, 5]  # the caption spans lines 2 and 3


def test_instagram_export_with_italian_headers_and_day_first_dates():
    posts = read("instagram_posts_it.csv")
    report = posts.attrs["report"]
    assert report["language"] == "it" and posts.attrs["mapping"]["Copertura"] == "reach"
    assert posts["posted_at"].tolist() == [pd.Timestamp("2025-09-03 12:30"), pd.Timestamp("2025-09-18 20:15"),
                                           pd.Timestamp("2025-09-25 08:05")]
    assert posts["format"].astype(str).tolist() == ["image", "video", "carousel"]
    assert posts["reach"].tolist() == [4100, 15300, 5600]


def test_x_content_export_decodes_the_time_of_day_from_the_post_id():
    posts = read("x_posts.csv")
    assert posts.attrs["export_format"] == "x_posts"
    assert posts["posted_at"].tolist() == [pd.Timestamp("2024-09-05"), pd.Timestamp("2024-09-02"),
                                           pd.Timestamp("2024-08-31")]
    assert posts["posted_at_utc"].tolist()[2] == pd.Timestamp("2024-08-31 14:00:00.092", tz="UTC")
    assert posts["shares"].tolist() == [6, 25, 9]  # Reposts
    assert posts["Shares (as exported)"].tolist() == ["1", "4", "0"]  # X's own Shares, kept as text
    assert posts["saves"].tolist() == [3, 7, 2] and posts["clicks"].tolist() == [0, 80, 12]
    assert "format" not in posts and "format" in posts.attrs["report"]["missing"]


def test_x_legacy_tweet_activity_export():
    posts = read("x_tweet_activity.csv")
    assert posts.attrs["export_format"] == "x_tweet_activity"
    assert str(posts["posted_at"].dt.tz) == "UTC"
    assert posts["posted_at"].tolist()[0] == pd.Timestamp("2018-08-31 14:05", tz="UTC")
    assert posts["engagement_rate"].round(6).tolist() == (posts["engagements"] / posts["impressions"]).round(6).tolist()
    assert posts["shares"].tolist() == [10, 0, 25]
    assert posts["promoted impressions"].tolist() == ["-", "-", "12000"]  # unmapped, kept as written


def test_youtube_content_export_drops_the_total_row():
    videos = read("youtube_content.csv")
    assert videos.attrs["export_format"] == "youtube_content"
    assert videos["post_id"].tolist() == ["aBcDeFgHiJk", "bCdEfGhIjKl", "cDeFgHiJkLm"]
    assert videos.attrs["report"]["skipped"] == [{"line": 2, "reason": "a 'Total' row that sums the others"}]
    assert (videos["format"] == "video").all()
    assert videos["posted_at"].tolist()[1] == pd.Timestamp("2025-09-04")
    assert videos["views"].tolist() == [30120, 19870, 8220]
    assert videos["impressions"].tolist() == [410000, 402000, 171000]  # thumbnails shown, not views


def test_youtube_export_in_italian():
    videos = read("youtube_content_it.csv")
    assert videos.attrs["report"]["language"] == "it"
    assert videos.attrs["report"]["skipped"][0]["reason"] == "a 'Totale' row that sums the others"
    assert videos["posted_at"].tolist() == [pd.Timestamp("2025-08-31"), pd.Timestamp("2025-09-04")]
    assert videos["ctr"].tolist() == [0.0607, 0.0583]


def test_youtube_studio_zip_is_read_through_its_table_data():
    with zipfile.ZipFile(fixture("youtube_content_download.zip")) as archive:
        assert "Table data.csv" in archive.namelist() and len(archive.namelist()) == 3
    videos = read("youtube_content_download.zip")
    assert videos["post_id"].tolist() == read("youtube_content.csv")["post_id"].tolist()
    assert "read Table data.csv from inside the zip file" in videos.attrs["report"]["notes"]


def test_tiktok_content_export_takes_the_year_and_time_from_the_video_id():
    videos = read("tiktok_content.csv")
    assert videos.attrs["export_format"] == "tiktok_content"
    assert videos["post_id"].tolist() == ["7410528540929560501", "7409736020679196760", "7409281136397911539"]
    assert videos["posted_at"].tolist() == [pd.Timestamp("2024-09-03"), pd.Timestamp("2024-09-01"),
                                            pd.Timestamp("2024-08-31")]
    assert videos["posted_at_utc"].tolist()[0] == pd.Timestamp("2024-09-03 21:15:30", tz="UTC")
    assert videos["format"].astype(str).tolist() == ["video", "image", "video"]  # from /video/ and /photo/ links
    assert videos["impressions"].tolist() == [40210, 8300, 12400]


def test_tiktok_overview_export():
    days = read("tiktok_overview.csv", year=2024)
    assert days.attrs["export_format"] == "tiktok_overview" and days.attrs["report"]["unit"] == "day"
    assert list(days.columns[:2]) == ["date", "platform"]
    assert days["impressions"].tolist() == [1441, 2110, 8806, 7914, 13639]
    assert days["profile_views"].tolist() == [52, 77, 137, 70, 97]


# ---------------------------------------------------------------------------------------------------------------
# one fixture per trap
# ---------------------------------------------------------------------------------------------------------------


def test_trap_utf8_byte_order_mark():
    raw = fixture("facebook_posts.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    posts = read("facebook_posts.csv")
    assert "Post ID" in posts.attrs["mapping"] and not any("\ufeff" in c for c in posts.columns)
    assert posts.attrs["report"]["encoding"] == "UTF-8 with a byte-order mark"


def test_trap_utf16_with_a_sep_line_and_metric_descriptions_under_the_header():
    raw = fixture("facebook_insights_utf16.csv").read_bytes()
    assert raw.startswith(b"\xff\xfe") and raw[2:12].decode("utf-16-le") == "sep=,"
    posts = read("facebook_insights_utf16.csv")
    report = posts.attrs["report"]
    assert posts.attrs["export_format"] == "facebook_insights"
    assert report["encoding"].startswith("UTF-16")
    assert report["skipped"] == [{"line": 3, "reason": "a line of metric descriptions under the header"}]
    assert "the first line (sep=,) only tells Excel the separator; skipped" in report["notes"]
    assert posts["reach"].tolist() == [5400, 3100, 8800] and posts["impressions"].tolist() == [7200, 3900, 12500]
    assert posts["posted_at"].tolist() == [pd.Timestamp("2018-03-21 09:15"), pd.Timestamp("2018-03-23 12:40"),
                                           pd.Timestamp("2018-03-30 18:05")]  # AM/PM
    assert posts["format"].astype(str).tolist() == ["image", "text", "video"]


def test_trap_total_row_first():
    raw_first_row = read_table(fixture("youtube_content.csv")).rows[0]
    assert raw_first_row[0] == "Total"
    videos = read("youtube_content.csv")
    assert "Total" not in videos["post_id"].tolist() and len(videos) == 3
    assert videos["views"].sum() == int(raw_first_row[4])  # the dropped row was the sum of the others


def test_trap_abbreviated_numbers_in_english_and_italian():
    english = read("tiktok_content_abbreviated.csv")
    assert english["likes"].tolist() == [1200, 15000]
    assert english["shares"].tolist() == [4500, 980]
    assert english["impressions"].tolist() == [3_400_000, 120_000]
    italian = read("tiktok_content_it.csv")
    assert italian.attrs["report"]["language"] == "it"
    assert italian["impressions"].tolist() == [3_400_000, 120_000]  # "3,4 Mln", "120 Mila"
    assert italian["shares"].tolist() == [12_500, 980]  # "12,5 Mila"
    assert italian["likes"].tolist() == [1200, 15_000]  # "1,2K", "15 Mila"
    assert italian["comments"].tolist() == [310, 1250]  # "1.250": a thousands separator
    assert any("abbreviated" in note for note in italian.attrs["report"]["notes"])


def test_trap_percentages_as_text_and_durations_as_a_clock():
    videos = read("tiktok_content_watch_time.csv")
    assert videos["avg_view_seconds"].tolist() == [45.0, 65.0]  # "0:45", "1:05"
    assert videos["completion_rate"].tolist() == [0.312, 0.0875]  # "31.2%", "8.75%"
    youtube = read("youtube_content.csv")
    assert youtube["avg_view_seconds"].tolist() == [90.0, 40.0, 103.0]  # "0:01:30"...
    assert youtube["ctr"].tolist() == [0.0735, 0.0494, 0.0481]  # a "(%)" column without the sign


def test_trap_dates_without_a_year_need_year_and_cross_new_year():
    with pytest.raises(ExportError) as caught:
        read("tiktok_overview.csv")
    message = str(caught.value)
    assert message.startswith("tiktok_overview.csv: ") and "have no year" in message and "year=" in message
    assert caught.value.line == 2 and caught.value.value == "December 29"
    days = read("tiktok_overview.csv", year=2024)
    assert days["date"].tolist() == list(pd.date_range("2024-12-29", "2025-01-02", freq="D"))


def test_trap_32_to_34_columns_depending_on_the_month():
    wide, narrow = read("facebook_posts.csv"), read("facebook_posts_32_columns.csv")
    assert len(read_table(fixture("facebook_posts.csv")).header) == 34
    assert len(read_table(fixture("facebook_posts_32_columns.csv")).header) == 32
    course = [c for c in wide.columns if c in POSTS_COLUMNS or c in FIELDS]
    assert course == [c for c in narrow.columns if c in POSTS_COLUMNS or c in FIELDS]
    assert set(wide.attrs["report"]["unmapped"]) - set(narrow.attrs["report"]["unmapped"]) == {"Ad impressions", "Ad CPM (USD)"}
    assert narrow["format"].astype(str).tolist() == ["image", "carousel"]  # plural labels: "Photos", "Albums"


def test_trap_views_where_older_files_say_impressions():
    newer, older = read("facebook_posts.csv"), read("facebook_posts_impressions.csv")
    assert newer.attrs["mapping"]["Views"] == "impressions"
    assert older.attrs["mapping"]["Impressions"] == "impressions"
    assert older["impressions"].tolist() == [6400, 4300]
    assert any("before 2025" in note for note in older.attrs["report"]["notes"])
    assert any("replaced Impressions with Views" in note for note in newer.attrs["report"]["notes"])


def test_trap_excel_round_trip_semicolons_windows_encoding_and_thousands_points():
    raw = fixture("instagram_posts_excel_it.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    posts = read("instagram_posts_excel_it.csv")
    report = posts.attrs["report"]
    assert report["separator"] == "semicolon" and report["encoding"] == "Windows-1252"
    assert "the values are separated by semicolons, not commas" in report["notes"]
    assert any("read as Windows-1252" in note for note in report["notes"])
    assert posts.loc[0, "text"] == "Novità: la limonata è qui; provala!"
    assert posts["impressions"].tolist() == [1250, 12400] and posts["reach"].tolist() == [980, 9100]
    assert posts["posted_at"].tolist()[0] == pd.Timestamp("2025-10-02 08:30")  # day first, as 15/10 proves


# ---------------------------------------------------------------------------------------------------------------
# errors
# ---------------------------------------------------------------------------------------------------------------


def test_an_empty_file():
    assert fixture("empty.csv").stat().st_size == 0
    with pytest.raises(ExportError, match=r"^empty\.csv: the file is empty \(0 bytes\)"):
        read("empty.csv")


def test_a_file_with_a_header_but_no_rows():
    with pytest.raises(ExportError, match=r"^header_only\.csv: the file has a header \(17 columns\) but no rows"):
        read("header_only.csv")


def test_a_spreadsheet_saved_as_csv():
    assert fixture("spreadsheet_saved_as_csv.csv").read_bytes()[:4] == b"PK\x03\x04"
    with pytest.raises(ExportError, match=r"^spreadsheet_saved_as_csv\.csv: this is an Excel workbook \(\.xlsx\)"):
        read("spreadsheet_saved_as_csv.csv")


def test_an_old_excel_workbook_renamed(tmp_path):
    path = tmp_path / "old.csv"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    with pytest.raises(ExportError, match=r"^old\.csv: this is an old Excel workbook \(\.xls\)"):
        read_export(path)


def test_a_workbook_error_says_what_to_do_when_the_platform_offers_only_a_workbook():
    # Notebook 12 warns that re-saving in a spreadsheet can round IDs and change dates: the error must agree.
    with pytest.raises(ExportError) as caught:
        read("spreadsheet_saved_as_csv.csv")
    message = str(caught.value)
    assert "Download the export again choosing CSV" in message
    assert "If the platform offers only a workbook" in message and "check that long post IDs" in message


def test_a_json_file_from_the_personal_data_download_says_which_export_to_get(tmp_path):
    for name, text in {"posts_1.json": '[\n  {"media": [{"uri": "x.jpg", "creation_timestamp": 1735689600}]}\n]',
                       "liked_posts.json": '{"likes_media_likes": []}'}.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ExportError) as caught:
            read_export(path)
        message = str(caught.value)
        assert message.startswith(f"{name}: this is a JSON file, not a CSV file.")
        assert '"Download your information" archive' in message and "analytics export" in message
        assert "header but no rows" not in message


def test_an_html_file_from_the_personal_data_download_says_which_export_to_get(tmp_path):
    path = tmp_path / "your_posts_1.html"
    path.write_text("<!DOCTYPE html><html><head><title>Your posts</title></head><body></body></html>")
    with pytest.raises(ExportError) as caught:
        read_export(path)
    message = str(caught.value)
    assert message.startswith("your_posts_1.html: this is a web page (HTML), not a CSV file.")
    assert '"Download your information" archive' in message and "save it as CSV" not in message


def test_an_xml_spreadsheet_gets_the_workbook_advice(tmp_path):
    path = tmp_path / "export.xls"
    path.write_text('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>')
    with pytest.raises(ExportError, match=r"^export\.xls: this is an XML file .*If the platform offers only a workbook"):
        read_export(path)


def test_a_personal_data_zip_with_no_csv_says_what_it_is(tmp_path):
    path = tmp_path / "instagram-me-2025-12-01.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("your_instagram_activity/content/posts_1.json", "[]")
        archive.writestr("your_instagram_activity/likes/liked_posts.html", "<html></html>")
    with pytest.raises(ExportError) as caught:
        read_export(path)
    message = str(caught.value)
    assert message.startswith("instagram-me-2025-12-01.zip: this zip archive holds no CSV file (")
    assert '"Download your information" archive' in message and "Unzip it" not in message


def test_a_zip_with_several_csv_files_asks_for_the_one_of_posts(tmp_path):
    path = tmp_path / "several.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.csv", "Date,Views\n")
        archive.writestr("b.csv", "Date,Views\n")
    with pytest.raises(ExportError, match=r"^several\.zip: this is a zip archive holding 2 CSV files \(a\.csv, b\.csv\)"):
        read_export(path)


def test_an_unrecognised_file_names_the_closest_format_and_the_columns_it_lacks():
    with pytest.raises(ExportError) as caught:
        read("instagram_renamed_columns.csv")
    message = str(caught.value)
    assert message.startswith("instagram_renamed_columns.csv: this file is not one of the supported exports")
    assert "The closest is Meta Business Suite: Instagram post export" in message
    assert "lacks its columns 'Publish time'" in message and "'Published'" in message


def test_a_file_read_as_the_wrong_platform_names_that_platform_s_closest_format():
    with pytest.raises(ExportError, match=r"for platform='youtube'\. The closest is YouTube Studio.*'Content'"):
        read("x_posts.csv", platform="youtube")
    with pytest.raises(ExportError, match=r"platform='myspace' is not a supported platform; choose one of facebook"):
        read("x_posts.csv", platform="myspace")


def test_an_ambiguous_file_asks_for_the_platform():
    with pytest.raises(ExportError, match=r"equally well\. Say which it is with platform='facebook' or platform='instagram'"):
        read("meta_minimal_ambiguous.csv")
    assert read("meta_minimal_ambiguous.csv", platform="instagram").attrs["platform"] == "Instagram"
    assert read("meta_minimal_ambiguous.csv", platform="facebook").attrs["platform"] == "Facebook"


def test_a_number_that_cannot_be_read_names_line_column_and_value():
    with pytest.raises(ExportError) as caught:
        read("facebook_posts_bad_number.csv")
    error = caught.value
    assert isinstance(error, ValueError)
    assert (error.line, error.column, error.value) == (3, "Reach", "12,4OO")
    assert str(error).startswith("facebook_posts_bad_number.csv: 1 value(s) could not be read: line 3, column 'Reach': '12,4OO'")


def test_a_date_that_cannot_be_read_names_line_column_and_value():
    with pytest.raises(ExportError) as caught:
        read("x_posts_bad_date.csv")
    assert (caught.value.line, caught.value.column, caught.value.value) == (3, "Date", "Mon, Aug 32, 2024")
    assert "is not a real date" in str(caught.value)


def test_an_unknown_post_type_says_which_line_to_add():
    with pytest.raises(ExportError, match=r"'Live audio' \(line 2, column 'Post type'\).*post_types\.csv"):
        read("facebook_posts_unknown_type.csv")


def test_a_year_that_is_not_a_year():
    with pytest.raises(ExportError, match="year must be a whole number"):
        read("tiktok_overview.csv", year="last year")
    with pytest.raises(ExportError, match="not a plausible year"):
        read("tiktok_overview.csv", year=24)


@pytest.mark.parametrize("name", readable_fixtures())
def test_nothing_becomes_missing_except_an_empty_cell(name):
    frame = read(name, year=NEEDS_YEAR.get(name))
    report = frame.attrs["report"]
    mapped = [c for c in frame.columns if c in POSTS_COLUMNS or c in FIELDS]
    missing = {c: int(frame[c].isna().sum()) for c in mapped if frame[c].isna().any()}
    assert missing == report["empty_cells"]
    table = read_table(fixture(name))
    for header, column in frame.attrs["mapping"].items():
        i = table.header.index(header)
        kept = [row for line, row in zip(table.lines, table.rows)
                if line not in {s["line"] for s in report["skipped"]}]
        empty = sum(not row[i].strip() or row[i].strip() in ("-", "—") for row in kept)
        assert empty == report["empty_cells"].get(column, 0), (name, header)
    assert report["rows"] == len(frame) == len(table.rows) - len(report["skipped"])


@pytest.mark.parametrize("name", readable_fixtures())
def test_inspect_reports_what_was_detected_the_mapping_the_dates_and_the_rows(name):
    year = NEEDS_YEAR.get(name)
    frame = read(name, year=year)
    text = inspect_export(fixture(name), year=year)
    report = frame.attrs["report"]
    assert text.splitlines()[0] == name
    assert report["format_label"] in text and f"Rows:     {len(frame)} " in text
    column = report["date_column"]
    assert f"{frame[column].min().date()} to {frame[column].max().date()}" in text
    for header, course_column in frame.attrs["mapping"].items():
        assert re.search(rf"\n  {re.escape(header)} +-> {course_column}\n", text), header
    for skip in report["skipped"]:
        assert f"line {skip['line']}: {skip['reason']}" in text


# ---------------------------------------------------------------------------------------------------------------
# the sample exports
# ---------------------------------------------------------------------------------------------------------------


def test_the_committed_sample_exports_are_rebuilt_byte_for_byte():
    made = make_sample_exports()
    assert sorted(made) == sorted(p.name for p in SAMPLE_FOLDER.glob("*.csv"))
    for name, content in made.items():
        assert (SAMPLE_FOLDER / name).read_bytes() == content, name


def test_sample_exports_are_found_and_labelled_synthetic():
    paths = sample_exports()
    assert set(paths) == set(SAMPLES)
    for name, path in paths.items():
        assert path.is_file()
        assert "Synthetic sample" in path.read_text(encoding="utf-8-sig") or name == "tiktok_overview"
    with pytest.raises(ValueError, match="Did you mean 'x_posts'"):
        sample_export("x_post")


def _nuvola(platform: str) -> pd.DataFrame:
    posts = load("posts")
    return posts[(posts["brand"] == "Nuvola") & (posts["platform"] == platform)].sort_values("posted_at", kind="stable")


@pytest.mark.parametrize("name", ["facebook_posts", "instagram_posts", "instagram_posts_it"])
def test_meta_samples_give_back_the_course_posts(name):
    platform = SAMPLES[name][0]
    frame, truth = read_export(sample_export(name)), _nuvola(platform)
    assert frame.attrs["platform"] == platform and len(frame) == len(truth)
    columns = ["posted_at", "impressions", "reach", "likes", "comments", "shares", "text_length"]
    columns += ["clicks"] if platform == "Facebook" else ["saves"]
    for column in columns:
        assert frame[column].tolist() == truth[column].tolist(), column
    assert frame["format"].astype(str).tolist() == truth["format"].astype(str).tolist()


def test_x_sample_gives_back_the_course_posts_and_their_times():
    frame, truth = read_export(sample_export("x_posts")), _nuvola("X").iloc[::-1]
    assert frame["posted_at"].tolist() == truth["posted_at"].dt.normalize().tolist()
    utc = truth["posted_at"].dt.tz_localize("Europe/Rome").dt.tz_convert("UTC")
    assert frame["posted_at_utc"].tolist() == utc.tolist()
    for column in ["impressions", "likes", "comments", "shares", "saves", "clicks", "text_length"]:
        assert frame[column].tolist() == truth[column].tolist(), column


def test_youtube_sample_gives_back_the_course_posts():
    frame = read_export(sample_export("youtube_content"))
    truth = _nuvola("YouTube").sort_values("impressions", ascending=False, kind="stable")
    assert frame["views"].tolist() == truth["impressions"].tolist()
    assert frame["reach"].tolist() == truth["reach"].tolist()
    assert frame["posted_at"].tolist() == truth["posted_at"].dt.normalize().tolist()
    assert (frame["impressions"] > frame["views"]).all()  # thumbnails shown outnumber views
    assert frame["ctr"].between(0.02, 0.1).all()


def test_tiktok_samples_give_back_the_course_posts():
    frame, truth = read_export(sample_export("tiktok_content")), _nuvola("TikTok").iloc[::-1]
    assert frame["posted_at"].tolist() == truth["posted_at"].dt.normalize().tolist()
    for column in ["impressions", "likes", "comments", "shares"]:
        assert frame[column].tolist() == truth[column].tolist(), column
    expected = truth["format"].astype(str).replace({"carousel": "image"}).tolist()
    assert frame["format"].astype(str).tolist() == expected
    days = read_export(sample_export("tiktok_overview"), year=2025)
    assert days["date"].tolist() == list(pd.date_range("2025-01-01", "2025-12-31", freq="D"))
    late = truth[truth["posted_at"] >= pd.Timestamp("2025-12-29")]["impressions"].sum()
    assert truth["impressions"].sum() - late <= days["impressions"].sum() <= truth["impressions"].sum()


# ---------------------------------------------------------------------------------------------------------------
# the parsers' rules, as properties
# ---------------------------------------------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=10**12))
def test_counts_with_english_or_italian_thousands_separators(n):
    english = f"{n:,}"
    assert parse_count(english) == n
    assert parse_count(english.replace(",", ".")) == n
    assert parse_count(english.replace(",", " ")) == n
    assert parse_count(str(n)) == n


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9),
       st.sampled_from([("K", 10**3), ("k", 10**3), ("M", 10**6), ("Mln", 10**6), (" Mila", 10**3), ("B", 10**9)]))
def test_abbreviated_counts(whole, tenth, suffix):
    text, factor = suffix
    expected = round((whole + tenth / 10) * factor)
    assert parse_count(f"{whole}.{tenth}{text}") == expected
    assert parse_count(f"{whole},{tenth}{text}") == expected


@given(st.integers(min_value=0, max_value=100_000))
def test_percentages_become_fractions(hundredths):
    value = hundredths / 100
    assert parse_rate(f"{value}%") == pytest.approx(value / 100)
    assert parse_rate(f"{value}".replace(".", ",") + " %") == pytest.approx(value / 100)
    assert parse_rate(f"{value}", unit="percent") == pytest.approx(value / 100)
    assert parse_number(f"{value}%") == pytest.approx(value / 100)


@given(st.integers(min_value=0, max_value=99 * 3600))
def test_clock_durations_are_seconds(seconds):
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    assert parse_duration(f"{hours}:{minutes:02d}:{secs:02d}") == seconds
    assert parse_duration(f"{hours * 60 + minutes}:{secs:02d}") == seconds
    assert parse_duration(str(seconds)) == seconds


@settings(max_examples=200)
@given(st.dates(min_value=pd.Timestamp("2001-01-01").date(), max_value=pd.Timestamp("2099-12-31").date()),
       st.integers(min_value=0, max_value=23), st.integers(min_value=0, max_value=59))
def test_every_date_style_of_the_exports(day, hour, minute):
    moment = pd.Timestamp(day) + pd.Timedelta(hours=hour, minutes=minute)
    it_months = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
    styles = {
        f"{moment:%m/%d/%Y %H:%M}": ("en", moment),
        f"{moment:%d/%m/%Y %H:%M}": ("it", moment),
        f"{moment:%a}, {moment:%b} {moment.day}, {moment.year}": ("en", moment.normalize()),
        f"{moment:%b} {moment.day}, {moment.year}": ("en", moment.normalize()),
        f"{moment.day} {it_months[moment.month - 1]} {moment.year}": ("it", moment.normalize()),
        f"{moment:%Y-%m-%d %H:%M} +0000": ("en", moment.tz_localize("UTC")),
        f"{moment:%m/%d/%Y %I:%M:%S %p}": ("en", moment),
    }
    for text, (language, expected) in styles.items():
        assert parse_dates([text], language=language).values == [expected], text


@given(st.dates(min_value=pd.Timestamp("2001-01-01").date(), max_value=pd.Timestamp("2098-12-31").date()),
       st.integers(min_value=1, max_value=400), st.booleans())
def test_days_without_a_year_in_date_order_cross_new_year(start, length, newest_first):
    days = list(pd.date_range(start, periods=length, freq="D"))
    if newest_first:
        days = days[::-1]
    texts = [f"{d:%B} {d.day}" for d in days]
    with pytest.raises(MissingYear):
        parse_dates(texts)
    assert parse_dates(texts, year=days[0].year).values == days


@given(st.datetimes(min_value=pd.Timestamp("2011-01-01").to_pydatetime(), max_value=pd.Timestamp("2039-12-31").to_pydatetime()),
       st.integers(min_value=0, max_value=4_000_000), st.sampled_from(["X", "TikTok"]))
def test_post_ids_encode_their_time(moment, serial, platform):
    moment = pd.Timestamp(moment).floor("ms" if platform == "X" else "s").tz_localize("UTC")
    assert posted_at_from_id(platform, id_for_time(platform, moment, serial)) == moment


def test_headers_are_compared_without_case_spacing_or_byte_order_mark():
    assert normalise("\ufeff  Post   id ") == normalise("Post ID") == "post id"
    assert normalise("Nome utente dell’account") == "nome utente dell'account"


# ---------------------------------------------------------------------------------------------------------------
# what the report says about choices the reader made
# ---------------------------------------------------------------------------------------------------------------


def _copy_with(tmp_path: Path, name: str, old: str, new: str) -> Path:
    text = fixture(name).read_text(encoding="utf-8-sig")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_an_empty_post_type_leaves_format_missing_and_counted(tmp_path):
    path = _copy_with(tmp_path, "facebook_posts.csv", '"No","No","Photo"', '"No","No",""')
    posts = read_export(path)
    assert posts["format"].isna().tolist() == [True, False, False, False]
    assert posts.attrs["report"]["empty_cells"]["format"] == 1


def test_post_ids_rounded_by_a_spreadsheet_are_reported(tmp_path):
    path = _copy_with(tmp_path, "instagram_posts.csv", '"18040000000000002"', '"1.804E+16"')
    notes = read_export(path).attrs["report"]["notes"]
    assert any("rounded them" in note for note in notes)
    assert not any("rounded them" in note for note in read("instagram_posts.csv").attrs["report"]["notes"])


def test_a_year_given_to_a_file_that_has_years_is_reported_as_unused():
    notes = read("x_tweet_activity.csv", year=2018).attrs["report"]["notes"]
    assert "year=2018 was not needed: the dates in this file carry their year" in notes
    assert not any("not needed" in note for note in read("tiktok_overview.csv", year=2024).attrs["report"]["notes"])


def test_a_format_can_be_named_instead_of_a_platform():
    assert read("x_tweet_activity.csv", platform="x_tweet_activity").attrs["export_format"] == "x_tweet_activity"
    with pytest.raises(ExportError, match="for platform='x_posts'. The closest is X post analytics"):
        read("x_tweet_activity.csv", platform="x_posts")


def test_inspect_raises_the_same_error_as_read():
    with pytest.raises(ExportError, match="have no year"):
        inspect_export(fixture("tiktok_overview.csv"))


def test_a_shadowed_header_names_the_course_column_the_mapping_shows():
    report = inspect_export(sample_export("instagram_posts"))
    assert "Account username -> brand" in report
    assert "'Account name' could also give brand, but 'Account username' does" in report
