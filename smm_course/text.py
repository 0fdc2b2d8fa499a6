"""Social media text: sentiment with VADER, and the hashtags and terms that social listening counts.

VADER (Hutto and Gilbert, 2014; the vaderSentiment package, MIT licence) ships its lexicon with the package, so
it runs offline. It scores each text with a ``compound`` score from -1 (most negative) to +1 (most positive),
and the proportions ``pos``, ``neu`` and ``neg`` of the text that are positive, neutral and negative.

For listening (notebook 10): :func:`hashtags` and :func:`terms` split each text into the hashtags or words it
holds, :func:`term_counts` counts in how many texts each term appears (per brand, say), :func:`weekly_term_counts`
does it per week, and :func:`rising_terms` flags the terms whose weekly count jumps above their recent level.
"""

from __future__ import annotations

import numbers
import re

import numpy as np
import pandas as pd

from smm_course._validation import check_positive_int, label

__all__ = ["LABELS", "STOPWORDS", "hashtags", "rising_terms", "sentiment", "sentiment_label", "term_counts", "terms",
           "weekly_term_counts"]

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


def _as_texts(texts) -> tuple[pd.Series, np.ndarray, np.ndarray]:
    """The texts as a Series, their values as objects, and which are missing; a clear error for anything else."""
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
    return series, values, missing


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
    series, values, missing = _as_texts(texts)
    analyzer = _analyzer()
    scores = {text: analyzer.polarity_scores(text) for text in pd.unique(values[~missing])}
    columns = {}
    for key in ("compound", "pos", "neu", "neg"):
        columns[key] = np.array([np.nan if skip else scores[text][key] for text, skip in zip(values, missing)],
                                dtype=float)
    result = pd.DataFrame(columns, index=series.index)
    result.insert(1, "label", sentiment_label(result["compound"], threshold=threshold))
    return result


# -- listening: hashtags, terms, and the terms that rise ---------------------------------------------------------

#: Common English words that say nothing about a topic ("the", "and", "is"...), left out by :func:`terms`.
#: A short list written for social media posts; add your own with ``terms(..., stopwords=STOPWORDS | {...})``.
STOPWORDS = frozenset("""
a about after again all also am an and any anyone are aren't as at be because been before being but by can
can't come could did didn't do does doesn't doing don't down each even ever every few for from get gets got
had has hasn't have haven't having he her here hers him his how i i'd i'll i'm i've if in into is isn't it
it's its just know let let's like me more most much must my no nor not now of off on once one only or other
our out over own really same say says she should so some still such than that that's the their them then
there these they this those through to too under until up us very was wasn't way we were what when where
which while who why will with won't would yes yet you your yours
""".split())

_HASHTAG = re.compile(r"#\w+")
# A term is a hashtag (kept with its #) or a word: a letter, then letters, digits, apostrophes or hyphens.
_TERM = re.compile(r"#\w+|[^\W\d_][\w'’-]*")


def _unique(items) -> list:
    """Items in order of first appearance, each once."""
    return list(dict.fromkeys(items))


def hashtags(texts) -> pd.Series:
    """The hashtags of each text: lower-cased, in order of first appearance, each once per text.

    A hashtag is ``#`` followed by letters, digits or underscores (``\\w+``, which includes accented letters), so
    ``#NuvolaTruth!`` gives ``#nuvolatruth``. Case is ignored because platforms treat ``#Nuvola`` and
    ``#nuvola`` as the same tag.

    Parameters
    ----------
    texts : str, list of str or Series of str
        The texts; a missing text (None or NaN) has no hashtags.

    Returns
    -------
    Series of lists of str, one list per text (empty when a text has none), with the Series' index.

    Examples
    --------
    >>> hashtags(["Love #Nuvola and #nuvola #Summer2025!", "no tags here", None]).tolist()
    [['#nuvola', '#summer2025'], [], []]
    """
    series, values, missing = _as_texts(texts)
    found = [[] if skip else _unique(tag.lower() for tag in _HASHTAG.findall(value))
             for value, skip in zip(values, missing)]
    return pd.Series(found, index=series.index, name="hashtags", dtype=object)


def terms(texts, *, stopwords=STOPWORDS, min_length: int = 3) -> pd.Series:
    """The terms of each text, for keyword counts: its words and hashtags, lower-cased, each once per text.

    Words start with a letter and may hold letters, digits, apostrophes and hyphens ("don't", "plastic-free");
    hashtags keep their ``#``. Words in ``stopwords`` and words shorter than ``min_length`` letters are left out
    (hashtags are always kept), as is usual in keyword extraction (Manning, Raghavan and Schütze, *Introduction to
    Information Retrieval*, 2008, ch. 2).

    Parameters
    ----------
    texts : str, list of str or Series of str
        The texts; a missing text has no terms.
    stopwords : set of str
        Words to leave out (default :data:`STOPWORDS`; ``set()`` keeps every word).
    min_length : int
        Shortest word to keep, in characters.

    Returns
    -------
    Series of lists of str, one list per text, with the Series' index.

    Examples
    --------
    >>> terms(["The drink made me SICK, sick!! #Nuvola", "it's plastic-free"]).tolist()
    [['drink', 'made', 'sick', '#nuvola'], ['plastic-free']]
    """
    min_length = int(min_length)
    series, values, missing = _as_texts(texts)
    stop = {word.lower() for word in stopwords}
    found = []
    for value, skip in zip(values, missing):
        if skip:
            found.append([])
            continue
        tokens = (token.lower().replace("’", "'") for token in _TERM.findall(value))
        found.append(_unique(token for token in tokens
                             if token.startswith("#") or (len(token) >= min_length and token not in stop)))
    return pd.Series(found, index=series.index, name="terms", dtype=object)


def _as_term_lists(term_lists, name: str = "term_lists") -> pd.Series:
    if isinstance(term_lists, pd.Series):
        series = term_lists
    elif isinstance(term_lists, (str, pd.DataFrame)):
        raise ValueError(f"{name} must hold one list of terms per text, e.g. text.hashtags(mentions['text']).")
    else:
        series = pd.Series(list(term_lists), dtype=object)
    for position, value in enumerate(series.to_numpy()):
        if isinstance(value, str) or not isinstance(value, (list, tuple, set, frozenset)):
            raise ValueError(f"{name} must hold one list of terms per text, e.g. text.hashtags(mentions['text']); "
                             f"found {type(value).__name__} {value!r} at index {label(series.index[position])!r}.")
    return series


def term_counts(term_lists, by=None) -> pd.Series | pd.DataFrame:
    """In how many texts each term appears (its *document frequency*), overall or per group.

    count(term, group) = the number of texts of the group whose list holds the term. A text that repeats a term
    counts once, so one enthusiastic post cannot make a term look popular.

    Parameters
    ----------
    term_lists : Series or list of lists
        One list of terms per text, from :func:`hashtags` or :func:`terms`.
    by : Series or array, optional
        A group for each text (a brand, a week...), aligned with ``term_lists`` by position.

    Returns
    -------
    Without ``by``: a Series of counts indexed by term (``term``), most frequent first (ties alphabetical).
    With ``by``: a DataFrame of counts, one row per term and one column per group, most frequent overall first.

    Examples
    --------
    >>> tags = hashtags(["#nuvola #summer", "#nuvola", "#zest #summer", "#nuvola #nuvola"])
    >>> term_counts(tags).to_dict()
    {'#nuvola': 3, '#summer': 2, '#zest': 1}
    >>> term_counts(tags, by=["Nuvola", "Nuvola", "Zest", "Nuvola"])
    group    Nuvola  Zest
    term
    #nuvola              3     0
    #summer              1     1
    #zest                0     1
    """
    lists = _as_term_lists(term_lists)
    exploded = pd.DataFrame({"term": lists.reset_index(drop=True)}).explode("term").dropna()
    if by is None:
        counts = exploded["term"].value_counts()
        order = sorted(counts.index, key=lambda term: (-counts[term], term))
        return counts.loc[order].astype("int64").rename("texts").rename_axis("term")
    groups = pd.Series(np.asarray(by, dtype=object) if not isinstance(by, pd.Series) else by.to_numpy())
    if len(groups) != len(lists):
        raise ValueError(f"by must give one group per text: {len(lists)} texts but {len(groups)} groups.")
    exploded["group"] = groups.iloc[exploded.index].to_numpy()
    table = pd.crosstab(exploded["term"], exploded["group"])
    columns = list(pd.unique(groups.dropna()))
    if isinstance(by, pd.Series) and isinstance(by.dtype, pd.CategoricalDtype):
        columns = [c for c in by.cat.categories if c in set(columns)]
    table = table.reindex(columns=columns, fill_value=0)
    total = table.sum(axis=1)
    order = sorted(table.index, key=lambda term: (-total[term], term))
    name = by.name if isinstance(by, pd.Series) and by.name is not None else "group"
    table = table.loc[order].astype("int64")
    table.columns = pd.Index(list(table.columns), name=name)
    return table.rename_axis("term")


def weekly_term_counts(term_lists, dates, terms_wanted=None) -> pd.DataFrame:
    """In how many texts each term appears, week by week, with a row for every week (0 in quiet weeks).

    Weeks run Monday to Sunday and are labelled by their Monday.

    Parameters
    ----------
    term_lists : Series or list of lists
        One list of terms per text (from :func:`hashtags` or :func:`terms`).
    dates : Series or array of datetimes
        When each text was posted, aligned with ``term_lists`` by position.
    terms_wanted : list of str, optional
        Keep only these terms (columns in this order); default: every term.

    Returns
    -------
    DataFrame: one row per week (index ``week``, the Monday), one column per term.

    Examples
    --------
    >>> tags = hashtags(["#a", "#a #b", "#a"])
    >>> weekly_term_counts(tags, pd.to_datetime(["2025-04-01", "2025-04-02", "2025-04-15"]))
                #a  #b
    week
    2025-03-31   2   1
    2025-04-07   0   0
    2025-04-14   1   0
    """
    lists = _as_term_lists(term_lists).reset_index(drop=True)
    when = pd.to_datetime(pd.Series(np.asarray(dates)))
    if len(when) != len(lists):
        raise ValueError(f"dates must give one date per text: {len(lists)} texts but {len(when)} dates.")
    week = when.dt.normalize() - pd.to_timedelta(when.dt.day_of_week, unit="D")
    exploded = pd.DataFrame({"term": lists, "week": week}).explode("term").dropna()
    if terms_wanted is not None:
        terms_wanted = list(terms_wanted)
        exploded = exploded[exploded["term"].isin(terms_wanted)]
    table = pd.crosstab(exploded["week"], exploded["term"]) if len(exploded) else pd.DataFrame()
    weeks = pd.date_range(week.min(), week.max(), freq="7D", name="week") if len(week) else pd.DatetimeIndex([])
    columns = terms_wanted if terms_wanted is not None else sorted(table.columns)
    table = table.reindex(index=weeks, columns=columns, fill_value=0).fillna(0).astype("int64")
    table.columns = pd.Index(list(table.columns), name=None)
    return table.rename_axis("week")


def rising_terms(weekly: pd.DataFrame, window: int = 4, ratio: float = 3.0, min_count: int = 3,
                 *, only_rising: bool = True) -> pd.DataFrame:
    """Flag the terms whose weekly count jumps well above their level of the previous weeks.

    For each term and week t, with c_t the count (texts that week) and b_t the mean count of the ``window``
    weeks **before** t (week t is not in its own baseline, so a burst cannot hide by raising it):

        lift_t = (c_t + 1) / (b_t + 1)

    and the term is *rising* in week t when lift_t >= ``ratio`` and c_t >= ``min_count``. Adding 1 above and below
    keeps a term that goes from 0 to 1 mention from getting an infinite lift; the minimum count ignores terms too
    rare to matter. This is the simple ratio rule of listening dashboards; Kleinberg (2002, "Bursty and
    hierarchical structure in streams") gives a model-based alternative.

    Parameters
    ----------
    weekly : DataFrame
        Counts per week (rows, in time order) and term (columns), from :func:`weekly_term_counts`.
    window : int
        Weeks in the baseline (at least 1). The first ``window`` weeks have no baseline and never rise.
    ratio : float
        Smallest lift that counts as rising (above 1).
    min_count : int
        Fewest texts in the week for a term to rise.
    only_rising : bool
        Return only the rising rows (default), or every week and term with a baseline.

    Returns
    -------
    DataFrame with columns ``week``, ``term``, ``count``, ``baseline``, ``lift`` and ``rising``, by week, then
    by lift (largest first).

    Examples
    --------
    >>> weeks = pd.date_range("2025-03-03", periods=6, freq="7D", name="week")
    >>> weekly = pd.DataFrame({"#sick": [0, 1, 0, 0, 6, 20], "#taste": [5, 6, 5, 6, 5, 6]}, index=weeks)
    >>> rising_terms(weekly, window=4, ratio=3, min_count=3)
            week   term  count  baseline      lift  rising
    0 2025-03-31  #sick      6      0.25  5.600000    True
    1 2025-04-07  #sick     20      1.75  7.636364    True
    """
    window = check_positive_int(window, "window")
    min_count = check_positive_int(min_count, "min_count", minimum=0)
    if isinstance(ratio, (bool, np.bool_)) or not isinstance(ratio, numbers.Real) or not ratio > 1:
        raise ValueError(f"ratio must be a number above 1, e.g. 3 (three times the usual level); got {ratio!r}.")
    if not isinstance(weekly, pd.DataFrame):
        raise ValueError("weekly must be a DataFrame of counts, one row per week and one column per term; "
                         "make it with text.weekly_term_counts(...).")
    counts = weekly.astype(float)
    baseline = counts.rolling(window, min_periods=window).mean().shift(1)
    lift = (counts + 1) / (baseline + 1)
    table = pd.DataFrame({
        "count": weekly.stack(future_stack=True),
        "baseline": baseline.stack(future_stack=True),
        "lift": lift.stack(future_stack=True),
    })
    table = table.dropna(subset=["baseline"])
    table["rising"] = (table["lift"] >= ratio) & (table["count"] >= min_count)
    if only_rising:
        table = table[table["rising"]]
    table.index = table.index.set_names(["week", "term"])
    table = table.reset_index().sort_values(["week", "lift", "term"], ascending=[True, False, True])
    table["count"] = table["count"].astype("int64")
    return table.reset_index(drop=True)
