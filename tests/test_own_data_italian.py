"""In Italian, what notebook 12's helpers print and draw about the student's own file is Italian.

The Italian notebook 12 calls ``smm_course.start(..., lang="it")``; from then on :func:`smm_course.own_data.what_you_can_do`,
:func:`smm_course.own_data.plot_rates` and the helpers' messages speak Italian, and
:func:`smm_course.imports.inspect_export` describes the file in Italian. Column names, headers and the file's own
values stay as they are: they are what the student types or finds in the file.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from smm_course import i18n, own_data
from smm_course.imports import read_export, sample_export, sample_exports

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
