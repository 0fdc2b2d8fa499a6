"""Tests of smm_course.text: VADER sentiment scores and labels."""

from __future__ import annotations

import time

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


def test_ten_thousand_mentions_score_in_a_few_seconds():
    rng = np.random.default_rng(0)
    words = np.array("love hate great awful fine the drink bottle taste sick fake news amazing not very good "
                     "bad delivery fast slow".split())
    mentions = pd.Series([" ".join(rng.choice(words, size=12)) for _ in range(10_000)])
    start = time.perf_counter()
    result = text.sentiment(mentions)
    elapsed = time.perf_counter() - start
    assert len(result) == 10_000 and result["compound"].notna().all()
    assert elapsed < 5.0  # about 0.7 s on one laptop core
