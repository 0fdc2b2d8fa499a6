"""The library's own printouts and figure texts speak the course's language (issue 13).

Result summaries (cascades, the Bass fit, response times, A/B tests, the RFM rules) and the tick labels that the
plot helpers format come from smm_course/locales and smm_course.i18n.format_number, resolved when they are shown.
English stays exactly as it was (the English notebooks' stored outputs are compared by nbval); Italian differs
from it, writes numbers the Italian way (38.128; 18,8 h; 4,0%) and has no English function words.
"""

from __future__ import annotations

import re

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
import pytest

from smm_course import diffusion, metrics, plots, segmentation, stats
from smm_course.i18n import translate, use_language

#: Words that are English and never Italian (the same idea as tests/test_italian_mode.py).
FUNCTION_WORDS = frozenset("""
    the an of and or to from on at into with without for by is are was were be been this that these those
    its their there which who what when than then not only but if each every all both
    runs seed seeds nodes steps mean median reach periods rate lift significant answered received unanswered
    method against percentage points bought customers recently
""".split())


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def english_words(text: str) -> list[str]:
    return [word for word in re.findall(r"[A-Za-z]+", text) if word.casefold() in FUNCTION_WORDS]


def both(show) -> tuple[str, str]:
    """What ``show()`` writes in English, then in Italian."""
    with use_language("en"):
        english = show()
    with use_language("it"):
        italian = show()
    return english, italian


@pytest.fixture(scope="module")
def cascade():
    return diffusion.independent_cascade(nx.karate_club_graph(), seeds=[0, 33], p=0.1, runs=200, random_state=3,
                                         progress=False)


def test_cascade_summary_in_both_languages(cascade):
    english, italian = both(lambda: repr(cascade))
    assert re.fullmatch(r"<independent cascade: 200 runs from 2 seed\(s\) on 34 nodes; mean reach \d+\.\d\d "
                        r"\(SE \d\.\d\d, 95% CI \d+\.\d\d to \d+\.\d\d\), \d+ step\(s\)>", english)
    assert italian.startswith("<cascata indipendente: 200 simulazioni da 2 semi in una rete di 34 nodi; ")
    assert f"copertura media {cascade.mean:.2f}".replace(".", ",") in italian
    assert not english_words(italian), english_words(italian)


def test_cascade_summary_agrees_with_one_seed_and_names_the_threshold_model():
    result = diffusion.linear_threshold(nx.karate_club_graph(), seeds=[0], runs=20, random_state=1, progress=False)
    english, italian = both(lambda: repr(result))
    assert english.startswith("<linear threshold: 20 runs from 1 seed(s) on 34 nodes;")
    assert italian.startswith("<soglia lineare: 20 simulazioni da 1 seme in una rete di 34 nodi;")


def test_bass_fit_writes_the_market_in_each_language():
    fit = diffusion.fit_bass(diffusion.bass_adoptions(p=0.0109, q=0.3094, m=38128, periods=40))
    english, italian = both(lambda: repr(fit))
    assert english == "BassFit(p=0.0109, q=0.3094, m=38,128, peak_time=10.4 periods)"
    assert italian == "BassFit(p=0,0109; q=0,3094; m=38.128; picco dopo 10,4 periodi)"


def test_response_times_summary_in_both_languages():
    messages = pd.DataFrame({
        "received_at": pd.to_datetime(["2025-04-07 09:00", "2025-04-07 10:00", "2025-04-08 08:00"]),
        "answered_at": pd.to_datetime(["2025-04-07 10:30", "2025-04-07 16:00", None]),
    })
    english, italian = both(lambda: repr(metrics.response_times(messages)))
    assert english == "ResponseTimes(received=3, answered=2, unanswered=1, median=3.75 h, mean=3.75 h)"
    assert italian == ("Tempi di risposta: messaggi ricevuti 3, con risposta 2, senza risposta 1; "
                       "mediana 3,75 h, media 3,75 h")


def test_ab_test_report_in_both_languages():
    english, italian = both(lambda: repr(stats.ab_test(30, 1000, 45, 1000)))
    assert english.splitlines()[:6] == [
        "A/B test, B against A",
        "  rate A: 3.00% (30 / 1,000)",
        "  rate B: 4.50% (45 / 1,000)",
        "  absolute lift: +1.50 percentage points (95% CI -0.18 to +3.22)",
        "  relative lift: +50.0% (95% CI -4.7% to +136.1%)",
        "  z = 1.77, p-value = 0.0775: not significant at alpha = 0.05",
    ]
    assert "  method: two-proportion z-test (pooled standard error);\n          Newcombe" in english
    lines = italian.splitlines()
    assert lines[1] == "  tasso A: 3,00% (30 / 1.000)"
    assert lines[3] == "  incremento assoluto: +1,50 punti percentuali (IC al 95% da -0,18 a +3,22)"
    assert lines[5] == "  z = 1,77; p-value = 0,0775: non significativo con alpha = 0,05"
    assert len(lines) == len(english.splitlines())  # the method's three parts keep their own lines
    assert not english_words(italian.replace("p-value", "")), english_words(italian)


def test_ab_test_edge_cases_in_italian():
    with use_language("it"):
        undefined = repr(stats.ab_test(0, 100, 5, 100))
        no_test = repr(stats.ab_test(0, 100, 0, 100))
    assert "n.d. (il tasso di A è 0" in undefined
    assert "nessun test possibile" in no_test
    assert not english_words(undefined + no_test)


def test_ab_test_keeps_its_method_attribute_and_a_custom_method():
    result = stats.ab_test(30, 1000, 45, 1000)
    assert result.method == translate("stats.ab.method_default", lang="en")  # the data stay English
    with use_language("it"):
        assert result.to_dict()["method"] == result.method


def test_rfm_rules_read_in_the_course_language_and_keep_the_segment_names():
    english_rules = segmentation.rfm_segment_rules()
    assert english_rules[["segment", "rule", "meaning"]].to_records(index=False).tolist() == list(
        segmentation.RFM_SEGMENTS)
    with use_language("it"):
        italian_rules = segmentation.rfm_segment_rules()
    assert italian_rules["segment"].tolist() == english_rules["segment"].tolist()
    assert italian_rules.loc[2, "rule"] == "R >= 3 e (F+M)/2 >= 3"
    assert italian_rules.loc[1, "meaning"] == "hanno comprato di recente, comprano spesso e spendono di più"
    assert not english_words(" ".join(italian_rules["rule"]) + " " + " ".join(italian_rules["meaning"]))


# --- tick labels and bar labels ------------------------------------------------------------------------------


def test_percent_axis_follows_the_language_when_drawn():
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0.02, 0.06])
    formatter = plots.percent_axis(ax, decimals=1).yaxis.get_major_formatter()
    assert both(lambda: formatter(0.04, 0)) == ("4.0%", "4,0%")


def test_number_axis_and_amounts_follow_the_language():
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 25000])
    thousands = plots.number_axis(ax).yaxis.get_major_formatter()
    euros = plots.number_axis(ax, "x", unit="€").xaxis.get_major_formatter()
    assert both(lambda: thousands(20000, 0)) == ("20,000", "20.000")
    assert both(lambda: euros(10000, 0)) == ("€10,000", "10.000 €")
    # the same as the format strings the English notebooks use
    assert thousands(20000, 0) == "{x:,.0f}".format(x=20000) and euros(10000, 0) == "€{x:,.0f}".format(x=10000)
    assert both(lambda: plots.format_amount(18.84, ".1f", "h")) == ("18.8 h", "18,8 h")


def test_bar_labels_follow_the_language_for_vertical_and_horizontal_bars():
    fig, (left, right) = plt.subplots(1, 2)
    left.bar(["chat", "email"], [2.25, 18.84])
    right.barh(["a", "b"], [0.456, 0.04])
    with use_language("it"):
        hours = [text.get_text() for text in plots.bar_labels(left, spec=".1f", unit="h", padding=2)]
        shares = [text.get_text() for text in plots.bar_labels(right, spec=".1%")]
    assert hours == ["2,2 h", "18,8 h"]
    assert shares == ["45,6%", "4,0%"]
    english = [text.get_text() for text in plots.bar_labels(left, spec=".1f", unit="h")]
    assert english == ["%.1f h" % 2.25, "%.1f h" % 18.84]
    with pytest.raises(ValueError, match="no bars"):
        plots.bar_labels(plt.subplots()[1])


ITALIAN_MONTHS = "gen feb mar apr mag giu lug ago set ott nov dic".split()


def test_date_axis_writes_italian_month_abbreviations():
    fig, ax = plt.subplots()
    days = pd.date_range("2025-01-01", "2025-12-31")
    ax.plot(days, range(len(days)))
    formatter = plots.date_axis(ax, fmt="%b").xaxis.get_major_formatter()
    firsts = [mdates.date2num(pd.Timestamp(2025, month, 1)) for month in range(1, 13)]
    english, italian = both(lambda: [formatter(value) for value in firsts])
    assert english == [pd.Timestamp(2025, month, 1).strftime("%b") for month in range(1, 13)]
    assert italian == ITALIAN_MONTHS
    assert both(lambda: plots.date_axis(ax, fmt="%d %B").xaxis.get_major_formatter()(firsts[3])) == (
        "01 April", "01 aprile")


def test_concise_dates_match_matplotlib_in_english_and_speak_italian():
    def labels(formatter_type):
        fig, ax = plt.subplots()
        weeks = pd.date_range("2025-09-01", periods=14, freq="W-MON")
        ax.plot(weeks, range(14))
        if formatter_type is None:
            plots.date_axis(ax)
        else:
            locator = mdates.AutoDateLocator()
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(formatter_type(locator))
        fig.canvas.draw()
        return [text.get_text() for text in ax.get_xticklabels()], ax.xaxis.get_major_formatter().get_offset()

    assert labels(None) == labels(mdates.ConciseDateFormatter)
    with use_language("it"):
        ticks, offset = labels(None)
    month_ticks = [tick for tick in ticks if not tick.isdigit()]
    assert month_ticks and set(month_ticks) <= set(ITALIAN_MONTHS), ticks
    assert offset in {f"{month} 2025" for month in ITALIAN_MONTHS}, offset  # not 2025-Sep


def test_metric_vs_target_speaks_italian_on_its_date_axis():
    weekly = pd.Series([100, 118, 109, 121, 97, 130],
                       index=pd.date_range("2025-09-01", periods=6, freq="W-MON"))
    with use_language("it"):
        ax = plots.metric_vs_target(weekly, target=115, label="conversioni", percent=False)
        ax.xaxis.get_major_formatter().show_offset = False  # what notebook 08 does: still possible
        ticks = [text.get_text() for text in ax.get_xticklabels()]
        legend = [text.get_text() for text in ax.get_legend().get_texts()]
    assert "set" in ticks and "Sep" not in ticks, ticks
    assert legend[1:] == [translate("plot.target", lang="it"), translate("plot.misses_target", lang="it")]


@pytest.mark.parametrize("description, italian", [("independent cascade", "cascata indipendente"),
                                                  ("linear threshold", "soglia lineare"),
                                                  ("greedy seeding", "selezione greedy dei semi")])
def test_progress_bars_are_labelled_in_the_course_language(description, italian):
    with use_language("it"):
        bar = diffusion._progress_bar(True, 3, description)
    try:
        assert bar.desc == italian
    finally:
        bar.close()
    english = diffusion._progress_bar(True, 3, description)
    try:
        assert english.desc == description
    finally:
        english.close()
