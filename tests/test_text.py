"""Tests of smm_course.text: VADER sentiment scores and labels."""

from __future__ import annotations


import numpy as np
import pandas as pd
import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from smm_course import text

VADER = SentimentIntensityAnalyzer()


def test_scores_are_vaders_and_labels_use_the_005_cut_offs():
    texts = ["I LOVE the new flavour!!", "This drink made me sick. Awful.", "Delivered on Monday."]
    result = text.sentiment(texts)
    for position, sentence in enumerate(texts):
        expected = VADER.polarity_scores(sentence)
        for column in ("compound", "pos", "neu", "neg"):
            assert result[column].iloc[position] == pytest.approx(expected[column])
    assert result["label"].tolist() == ["positive", "negative", "neutral"]
    assert result.columns.tolist() == ["compound", "label", "pos", "neu", "neg"]
    assert list(result["label"].cat.categories) == ["negative", "neutral", "positive"]


def test_sentiment_label_boundaries():
    # positive: compound >= 0.05; negative: compound <= -0.05; neutral in between
    labels = text.sentiment_label([0.05, 0.0499, -0.0499, -0.05, np.nan])
    assert labels.iloc[:4].tolist() == ["positive", "neutral", "neutral", "negative"]
    assert pd.isna(labels.iloc[4])
    assert text.sentiment_label(0.3, threshold=0.5) == "neutral"
    assert text.sentiment_label(np.nan) is None


def test_a_series_keeps_its_index_and_missing_texts_get_missing_scores():
    mentions = pd.Series(["great taste", None, np.nan, "terrible"], index=[10, 11, 12, 13], name="text")
    result = text.sentiment(mentions)
    assert result.index.tolist() == [10, 11, 12, 13]
    assert result.loc[[11, 12], "compound"].isna().all() and result.loc[[11, 12], "label"].isna().all()
    assert result.loc[10, "label"] == "positive" and result.loc[13, "label"] == "negative"


def test_a_single_string_gives_one_row_and_an_empty_list_no_rows():
    assert len(text.sentiment("fine")) == 1
    empty = text.sentiment([])
    assert empty.empty and empty.columns.tolist() == ["compound", "label", "pos", "neu", "neg"]


def test_sentiment_bad_input_messages():
    with pytest.raises(ValueError, match=r"^texts must be strings; found int 5 at index 1"):
        text.sentiment(pd.Series(["ok", 5]))
    with pytest.raises(ValueError, match=r"^texts must be one column of text"):
        text.sentiment(pd.DataFrame({"text": ["ok"]}))
    with pytest.raises(ValueError, match=r"^texts must be a string, a list of strings or a Series; got int"):
        text.sentiment(5)
    with pytest.raises(ValueError, match=r"^threshold must be a number in \[0, 1\)"):
        text.sentiment("ok", threshold=5)


def test_ten_thousand_mentions_are_all_scored_in_order():
    # Speed is measured in benchmarks/, not asserted here: a timed test fails on a busy machine.
    rng = np.random.default_rng(0)
    words = np.array("love hate great awful fine the drink bottle taste sick fake news amazing not very good "
                     "bad delivery fast slow".split())
    mentions = pd.Series([" ".join(rng.choice(words, size=12)) for _ in range(10_000)])
    result = text.sentiment(mentions)
    assert len(result) == 10_000 and result["compound"].notna().all()
    alone = text.sentiment(mentions.iloc[[0, 9_999]])
    assert result["compound"].iloc[[0, 9_999]].tolist() == alone["compound"].tolist()


# -- listening: hashtags, terms, counts and rising terms ---------------------------------------------------------


def test_hashtags_are_lower_cased_kept_once_per_text_and_keep_the_index():
    texts = pd.Series(["Love #Nuvola! #nuvola #Estate_2025", "no tags", None, "#città #NuvolaTruth."],
                      index=[7, 8, 9, 10])
    found = text.hashtags(texts)
    assert found.index.tolist() == [7, 8, 9, 10]
    assert found.tolist() == [["#nuvola", "#estate_2025"], [], [], ["#città", "#nuvolatruth"]]


def test_terms_drop_stopwords_and_short_words_but_keep_hashtags_and_contractions():
    found = text.terms(["The drink made me sick, SICK!! #ok", "It’s plastic-free and 100% recycled"]).tolist()
    assert found == [["drink", "made", "sick", "#ok"], ["plastic-free", "recycled"]]
    assert text.terms("the cat", stopwords=set(), min_length=1).tolist() == [["the", "cat"]]
    assert "the" in text.STOPWORDS and "sick" not in text.STOPWORDS


def test_term_counts_count_texts_not_repetitions_overall_and_per_group():
    tags = text.hashtags(["#a #a #b", "#a", "#c #b", "#a"])
    assert text.term_counts(tags).to_dict() == {"#a": 3, "#b": 2, "#c": 1}
    brands = pd.Series(pd.Categorical(["Zest", "Nuvola", "Zest", "Nuvola"], categories=["Nuvola", "Zest", "Brezza"]),
                       name="brand")
    table = text.term_counts(tags, by=brands)
    assert table.columns.tolist() == ["Nuvola", "Zest"] and table.columns.name == "brand"
    assert table.loc["#a"].tolist() == [2, 1] and table.loc["#c"].tolist() == [0, 1]
    assert table.index.tolist() == ["#a", "#b", "#c"]


def test_term_counts_refuse_plain_text_and_misaligned_groups():
    with pytest.raises(ValueError, match="one list of terms per text"):
        text.term_counts(pd.Series(["#a #b", "#c"]))
    with pytest.raises(ValueError, match="one group per text"):
        text.term_counts([["#a"], ["#b"]], by=["Nuvola"])


def test_weekly_term_counts_fill_quiet_weeks_and_label_weeks_by_their_monday():
    tags = text.hashtags(["#a", "#a #b", "#b", "#a"])
    dates = pd.to_datetime(["2025-04-06 23:00", "2025-04-07 00:30", "2025-04-13 12:00", "2025-04-28 09:00"])
    weekly = text.weekly_term_counts(tags, dates)
    assert weekly.index.tolist() == list(pd.to_datetime(["2025-03-31", "2025-04-07", "2025-04-14", "2025-04-21",
                                                         "2025-04-28"]))
    assert weekly["#a"].tolist() == [1, 1, 0, 0, 1] and weekly["#b"].tolist() == [0, 2, 0, 0, 0]
    only = text.weekly_term_counts(tags, dates, terms_wanted=["#b", "#zzz"])
    assert only.columns.tolist() == ["#b", "#zzz"] and only["#zzz"].sum() == 0


def test_rising_terms_use_only_the_previous_weeks_and_need_the_minimum_count():
    weeks = pd.date_range("2025-03-03", periods=7, freq="7D", name="week")
    weekly = pd.DataFrame({"#new": [0, 0, 0, 0, 2, 9, 30], "#steady": [10, 12, 9, 11, 10, 12, 11]}, index=weeks)
    every = text.rising_terms(weekly, window=4, ratio=3, min_count=3, only_rising=False)
    assert len(every) == 2 * 3  # the first 4 weeks have no baseline
    row = every[(every["term"] == "#new") & (every["week"] == weeks[5])].iloc[0]
    assert row["baseline"] == pytest.approx(0.5) and row["lift"] == pytest.approx(10 / 1.5)
    rising = text.rising_terms(weekly, window=4, ratio=3, min_count=3)
    assert rising["term"].tolist() == ["#new", "#new"] and rising["week"].tolist() == [weeks[5], weeks[6]]
    # 2 mentions from nothing is a lift of 3, but under the minimum count of 3
    assert weeks[4] in set(text.rising_terms(weekly, window=4, ratio=3, min_count=2)["week"])
    with pytest.raises(ValueError, match="ratio"):
        text.rising_terms(weekly, ratio=1)
    with pytest.raises(ValueError, match="window"):
        text.rising_terms(weekly, window=0)
