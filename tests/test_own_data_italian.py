"""In Italian, what notebook 12's helpers print and draw about the student's own file is Italian.

The Italian notebook 12 calls ``smm_course.start(..., lang="it")``; from then on :func:`smm_course.own_data.what_you_can_do`,
:func:`smm_course.own_data.plot_rates` and the helpers' messages speak Italian, and
:func:`smm_course.imports.inspect_export` describes the file in Italian. Column names, headers and the file's own
values stay as they are: they are what the student types or finds in the file.
"""

from __future__ import annotations

import copy
import pickle

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from smm_course import i18n, own_data
from smm_course.imports import FORMATS, inspect_export, read_export, sample_export, sample_exports

from test_report_italian import both, english_words

#: Names in the files and the course's column names, which stay as they are in every language.
COLUMNS = ("likes", "comments", "shares", "clicks", "reach", "impressions", "posted_at_utc", "posted_at", "Europe/Rome")


def prepared(name):
    return own_data.prepare(read_export(sample_export(name), year=2025))


@pytest.mark.parametrize("name", sample_exports())
def test_what_you_can_do_is_italian(name):
    posts = prepared(name)
    english, italian = both(lambda: own_data.what_you_can_do(posts))
    assert len(italian.splitlines()) == len(english.splitlines())
    for line_en, line_it in zip(english.splitlines(), italian.splitlines()):
        assert line_it != line_en
        assert not english_words(line_it, COLUMNS), line_it
    assert italian.startswith("Il tuo file: ")


def test_what_you_can_do_writes_italian_numbers_and_the_time_zone():
    posts = prepared("x_posts")
    big = pd.concat([posts] * 6, ignore_index=True)
    big.attrs = posts.attrs
    with i18n.use_language("it"):
        text = own_data.what_you_can_do(big)
    assert text.startswith(f"Il tuo file: {len(big) // 1000}.{len(big) % 1000:03d} post su X")
    assert "ore da posted_at_utc, nel fuso orario Europe/Rome" in text


def test_the_helpers_refuse_in_italian():
    posts = prepared("instagram_posts")
    with i18n.use_language("it"):
        with pytest.raises(ValueError, match="^Il file non ha la colonna 'nope'"):
            own_data.rate_by(posts, "nope")
        with pytest.raises(ValueError, match="^Esegui prima prepare"):
            own_data.what_you_can_do(pd.DataFrame({"a": [1]}))
        with pytest.raises(ValueError, match="^Passa gli account come dict"):
            own_data.share_of_voice({})
        with pytest.raises(ValueError, match="^Il file non indica l'ora"):
            own_data.plan_week(prepared("youtube_content"), 3)


def test_plot_rates_labels_weekdays_and_the_axis_in_italian():
    posts = prepared("instagram_posts")
    table = own_data.rate_by(posts, "weekday", n_resamples=200)
    table = table.reindex([day for day in own_data.WEEKDAYS if day in table.index])

    def labels():
        fig, ax = plt.subplots()
        own_data.plot_rates(table, title="titolo", ax=ax)
        texts = [ax.get_xlabel(), *[tick.get_text() for tick in ax.get_yticklabels()]]
        plt.close(fig)
        return texts

    english, italian = both(labels)
    assert english[1:] == list(own_data.WEEKDAYS)
    assert italian == ["Tasso di coinvolgimento (intervallo bootstrap al 95%)", "lun", "mar", "mer", "gio", "ven",
                       "sab", "dom"]
    assert list(table.index) == list(own_data.WEEKDAYS)  # the data keep their values


# -- inspect_export and the export formats -------------------------------------------------------------------------
def headers_of(name):
    """The file's own headers and the column names read_export makes: words that stay as they are."""
    frame = read_export(sample_export(name), year=2025)
    report = frame.attrs["report"]
    return sorted({*frame.attrs["mapping"], *frame.columns, *report["unmapped"]}, key=len, reverse=True)


@pytest.mark.parametrize("name", sample_exports())
def test_inspect_export_describes_the_file_in_italian(name):
    english, italian = both(lambda: inspect_export(sample_export(name), year=2025))
    lines_en, lines_it = english.splitlines(), italian.splitlines()
    assert len(lines_it) == len(lines_en) and lines_it[0] == lines_en[0]  # the file's name
    own = (*headers_of(name), *COLUMNS, "Meta Business Suite", "TikTok Studio", "YouTube Studio", "Page Insights")
    for line_en, line_it in zip(lines_en, lines_it):
        if " -> " in line_it or not line_it.strip() or line_it == lines_it[0]:
            continue  # the column mapping lists the file's headers and the course's columns, as they are
        assert line_it != line_en
        assert not english_words(line_it, own), line_it
    assert "  Letto come:  " in italian and "intestazioni in " in italian
    assert ("\nNote:\n" in italian) == ("\nNotes:\n" in english)


def test_a_skipped_total_row_and_yearless_dates_are_explained_in_italian():
    with i18n.use_language("it"):
        youtube = inspect_export(sample_export("youtube_content"))
        overview = inspect_export(sample_export("tiktok_overview"), year=2025)
    assert "  Saltate:     riga 2: una riga 'Total' che somma le altre" in youtube
    assert "  Righe:       169 post, pubblicati dal 2025-01-02 al 2025-12-30" in youtube
    assert "  - Date: le date non hanno l'anno; sono lette come 2025" in overview


def test_the_report_keeps_english_values_for_code_and_shows_italian_when_printed():
    frame = read_export(sample_export("youtube_content"))
    report = frame.attrs["report"]
    reason = report["skipped"][0]["reason"]
    assert reason == "a 'Total' row that sums the others"  # what code compares and saves
    with i18n.use_language("it"):
        assert str(reason) == f"{reason}" == "una riga 'Total' che somma le altre"
        copied = copy.deepcopy(report)
        assert str(copied["notes"][0]).startswith("Le Views di YouTube")
    assert str(pickle.loads(pickle.dumps(reason))) == "a 'Total' row that sums the others"


def test_every_export_format_has_an_italian_label_and_where_to_click():
    english, italian = both(lambda: [(f"{f.label}", f"{f.how_to_export}") for f in FORMATS.values()])
    for (label_en, where_en), (label_it, where_it) in zip(english, italian):
        assert label_it != label_en
        assert where_it == where_en or not english_words(where_it, ("Export data", "By Tweet", "Download data")), where_it
        assert not english_words(label_it, ("Meta Business Suite", "Page Insights", "TikTok Studio", "YouTube Studio")), label_it
    assert [f.label for f in FORMATS.values()] == [label for label, _ in english]  # the values stay English


def test_every_alias_note_has_an_italian_text_and_its_english_matches_the_data_file():
    english, italian = i18n.load_catalogue("en"), i18n.load_catalogue("it")
    notes = {alias.note: alias for fmt in FORMATS.values() for alias in fmt.aliases if alias.note}
    assert len(notes) >= 20
    for note, alias in notes.items():
        key = note._key
        assert english[key] == str.__str__(note), (alias.header, "en.json differs from the aliases file")
        assert italian[key] != english[key] and not english_words(italian[key], (alias.header, "Impressions", "Views",
                                                                                "Shares", "Link Clicks")), italian[key]


def bad_files(folder):
    """Files a student might give instead of an export, one per kind of refusal."""
    files = {"empty.csv": b"", "doc.csv": b"%PDF-1.4", "page.csv": b"<!DOCTYPE html><html></html>",
             "data.csv": b'{"a": 1}', "other.csv": b"Date,Primary\n2025-01-01,3\n",
             "values.csv": (b"Post ID,Publish time,Reach,Likes,Comments,Shares,Views\n1,2025-01-01 10:00,12x4,3,1,0,5\n"
                            b"2,2025-01-02 10:00,100,3.5,1,0,5\n"),
             "date.csv": b"Post ID,Publish time,Reach,Likes,Comments,Shares,Views\n1,2025-13-45 10:00,12,3,1,0,5\n"}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return [folder / name for name in files]


def test_a_file_that_cannot_be_read_is_refused_in_italian(tmp_path):
    attempts = [lambda path=path: read_export(path) for path in bad_files(tmp_path)]
    attempts += [lambda: read_export(sample_export("tiktok_overview")),
                 lambda: read_export(sample_export("x_posts"), platform="myspace"),
                 lambda: read_export(sample_export("x_posts"), year="abc"), lambda: sample_export("tiktok")]

    def message(attempt):
        with pytest.raises(ValueError) as caught:
            attempt()
        return str(caught.value)

    own = ("Video Views", "Visualizzazioni dei video", "Date", "Primary", "Publish time", "Reach", "Likes",
           "TikTok Studio", "Analytics", "Overview", "Download data", "Insights", "Studio")
    for attempt in attempts:
        english, italian = both(lambda: message(attempt))
        assert italian != english
        if ".csv: " in english:
            assert italian.split(": ")[0] == english.split(": ")[0]  # the file's name starts both
        assert not english_words(italian, own), italian
