"""Sentiment of social media text with VADER, a lexicon built for posts, slang, emoji and emphasis.

VADER (Hutto and Gilbert, 2014; the vaderSentiment package, MIT licence) ships its lexicon with the package, so
it runs offline. It scores each text with a ``compound`` score from -1 (most negative) to +1 (most positive),
and the proportions ``pos``, ``neu`` and ``neg`` of the text that are positive, neutral and negative.
"""

from __future__ import annotations

import numbers

import numpy as np
import pandas as pd

from smm_course._validation import label

__all__ = ["LABELS", "sentiment", "sentiment_label"]

#: The three labels, in the order of the compound score; the same words as the datasets' ``sentiment`` columns.
LABELS = ("negative", "neutral", "positive")

_ANALYZER = None


def _analyzer():
    """Build VADER's analyzer once: loading its lexicon takes a noticeable fraction of a second."""
    global _ANALYZER
    if _ANALYZER is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _ANALYZER = SentimentIntensityAnalyzer()
    return _ANALYZER


def _check_threshold(threshold) -> float:
    if isinstance(threshold, (bool, np.bool_)) or not isinstance(threshold, numbers.Real) or not 0 <= threshold < 1:
        raise ValueError(f"threshold must be a number in [0, 1), e.g. 0.05; got {threshold!r}.")
    return float(threshold)


def sentiment_label(compound, threshold: float = 0.05):
    """Label compound scores: positive if compound >= threshold, negative if <= -threshold, else neutral.

    The cut-offs of 0.05 are those recommended by VADER's authors (Hutto and Gilbert, vaderSentiment README).

    Returns
    -------
    str (or None for a missing score) for a number; a categorical Series (index kept) for a Series or array.

    Examples
    --------
    >>> sentiment_label(0.6)
    'positive'
    >>> sentiment_label([-0.3, 0.0, 0.05]).tolist()
    ['negative', 'neutral', 'positive']
    """
    threshold = _check_threshold(threshold)
    scalar = np.ndim(compound) == 0 and not isinstance(compound, pd.Series)
    scores = pd.Series([compound] if scalar else compound)
    if not pd.api.types.is_numeric_dtype(scores.dtype) and not scores.isna().all():
        raise ValueError("compound must be numbers (VADER compound scores from -1 to 1).")
    values = scores.to_numpy(dtype=float, na_value=np.nan)
    labels = np.select([values >= threshold, values <= -threshold], ["positive", "negative"], default="neutral")
    result = pd.Series(pd.Categorical(labels, categories=LABELS), index=scores.index, name="label")
    result[np.isnan(values)] = np.nan
    return (None if pd.isna(result.iloc[0]) else str(result.iloc[0])) if scalar else result


def sentiment(texts, threshold: float = 0.05) -> pd.DataFrame:
    """Score the sentiment of each text with VADER and label it positive, neutral or negative.

    - ``compound``: VADER's normalised sum of the valence of the words, from -1 (most negative) to +1 (most
      positive), after its rules for negation ("not good"), intensifiers ("very"), capitals, "!" and "but";
    - ``label``: positive if compound >= 0.05, negative if compound <= -0.05, else neutral (VADER's
      recommended cut-offs; change them with ``threshold``);
    - ``pos``, ``neu``, ``neg``: the proportions of the text (fractions summing to 1) rated positive, neutral
      and negative.

    VADER is a lexicon for English. Repeated texts are scored once; 10,000 different mentions take under a second.

    Parameters
    ----------
    texts : str, list of str or Series of str
        The texts. Missing texts (None or NaN) get missing scores.
    threshold : float
        The compound score from which a text counts as positive (and below minus which as negative).

    Returns
    -------
    DataFrame with columns ``compound``, ``label`` (categorical: negative, neutral, positive), ``pos``,
    ``neu`` and ``neg``; one row per text, with the Series' index (or 0, 1, 2, ...).

    Examples
    --------
    >>> sentiment("I LOVE the new flavour!!").round(3)
       compound     label   pos   neu  neg
    0     0.759  positive  0.58  0.42  0.0
    >>> sentiment(["Not good at all.", "Delivery was on Monday."])["label"].tolist()
    ['negative', 'neutral']
    """
    threshold = _check_threshold(threshold)
    if isinstance(texts, str):
        series = pd.Series([texts])
    elif isinstance(texts, pd.DataFrame):
        raise ValueError("texts must be one column of text, e.g. mentions['text'], not a whole table.")
    elif isinstance(texts, pd.Series):
        series = texts
    else:
        try:
            series = pd.Series(list(texts), dtype=object)
        except TypeError:
            raise ValueError(
                f"texts must be a string, a list of strings or a Series; got {type(texts).__name__}."
            ) from None
    values = series.astype(object).to_numpy()
    missing = pd.isna(values) if values.size else np.zeros(0, dtype=bool)
    for position, value in enumerate(values):
        if not missing[position] and not isinstance(value, str):
            where = f"index {label(series.index[position])!r}"
            raise ValueError(
                f"texts must be strings; found {type(value).__name__} {value!r} at {where}. "
                "Convert with .astype(str) if the values really are text."
            )
    analyzer = _analyzer()
    scores = {text: analyzer.polarity_scores(text) for text in pd.unique(values[~missing])}
    columns = {}
    for key in ("compound", "pos", "neu", "neg"):
        columns[key] = np.array([np.nan if skip else scores[text][key] for text, skip in zip(values, missing)],
                                dtype=float)
    result = pd.DataFrame(columns, index=series.index)
    result.insert(1, "label", sentiment_label(result["compound"], threshold=threshold))
    return result
