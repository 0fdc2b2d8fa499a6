"""In Italian, the capstone's plan check, KPI summary, charts and campaign report speak Italian.

The Italian notebook 11 calls ``smm_course.start(..., lang="it")``; everything :mod:`smm_course.report` shows from
then on (the plan check's messages, the KPI summary, the figures' titles and axes, the report's headings, captions,
alt texts and fixed sentences) comes from ``smm_course/locales/it.json``. The student's own plan text stays as
written. A text counts as English when, once code, quotations and the plan's own values are set aside, it still holds
two common English function words, or when it equals the English rendering.
"""

from __future__ import annotations

import html
import re

import pytest

from smm_course import i18n, report
from smm_course.grading.written import plain_text

#: Common English words that are never Italian words.
FUNCTION_WORDS = frozenset("""
the and of is are was were be been with your you this that these those what which who how why when where to for
from by at on or not than then into its it's their they them we our will would should could can does do did has
have had an as if but each every only more most some any about after before still
""".split())


def english_words(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """The English function words of ``text`` once code, quotations and ``allowed`` texts are removed."""
    text = html.unescape(re.sub(r"<code>.*?</code>|<[^>]+>", " ", text))
    for value in allowed:
        text = text.replace(value, " ")
    text = re.sub(r"\w+_\w+", " ", text)  # identifiers such as what_to_adapt
    text = re.sub(r"`[^`]*`|'[^']*'|\"[^\"]*\"|«[^»]*»|\{[^}]*\}|\[[^\]]*\]", " ", text)
    text = re.sub(r"share of voice", " ", text, flags=re.IGNORECASE)
    return [word for word in re.findall(r"[a-z']+", text.lower()) if word in FUNCTION_WORDS]


def both(render):
    """What ``render()`` returns in English and in Italian."""
    with i18n.use_language("en"):
        english = render()
    with i18n.use_language("it"):
        italian = render()
    return english, italian


#: Plans with one thing wrong each, so every kind of message is rendered.
def bad_plans():
    plan = report.example_plan()
    return [
        {"brand": "Nuvola"},
        ["not", "a", "plan"],
        {**plan, "adapt": ...},
        {**plan, "best_content": ["...", "..."]},
        {**plan, "goals": [{"goal": "Grow orders", "metric": ..., "target": "+10%"}]},
        {**plan, "goals": [{"goal": "Grow orders"}]},
        {**plan, "goals": "grow orders"},
        {**plan, "competitors": {"Nuvola": 1.5}},
        {**plan, "competitors": {"Nuvola": "a lot"}},
        {**plan, "calendar": [{"day": "Mon"}]},
        {**plan, "calendar": 5},
        {**plan, "kpis": [{"kpi": "orders", "baseline": 1, "target": "n/a", "actual": 2}]},
        {**plan, "kpis": [{"kpi": "orders", "baseline": 1, "target": 0, "actual": 2}]},
        {**plan, "audit": "Videos beat images on TikTok."},
        {**plan, "audit": ["ok"]},
        {**plan, "audit": [3]},
        {**plan, "audit": [" "]},
        {**plan, "target_customer": {"age": "30 to 40"}},
        {**plan, "target_customer": [1, 2]},
        {**plan, "target_customer": {**plan["target_customer"], "age": "..."}},
        {**plan, "brand": 5},
    ]


YOURS = {"goals": ("spring_goals", "sezione 1 qui sopra"), "best_content": ("content_rules", "sezione 2 qui sopra"),
         "adapt": ("what_to_adapt", "sezione 3 qui sopra"), "audit": "audit_notes"}


@pytest.mark.parametrize("yours", [None, YOURS], ids=["plan", "yours"])
@pytest.mark.parametrize("number", range(len(bad_plans())))
def test_every_plan_check_message_is_italian(number, yours):
    plan = bad_plans()[number]
    english, italian = both(lambda: report.check_plan(plan, yours=yours))
    assert english and len(italian) == len(english)
    for text_en, text_it in zip(english, italian):
        assert text_it != text_en
        assert not english_words(text_it), text_it
    for shown in (repr, lambda check: check._repr_html_()):
        english_view, italian_view = both(lambda: shown(report.check_plan(plan, yours=yours)))
        assert italian_view != english_view
        assert "Il piano non è ancora pronto" in italian_view
        assert not english_words(italian_view), italian_view


def test_the_plan_check_names_the_italian_step_and_sends_the_student_back():
    with i18n.use_language("it"):
        problems = report.check_plan({**report.example_plan(), "adapt": ...}, yours=YOURS)
        complete = report.check_plan(report.example_plan())
        complete_text, complete_html = repr(complete), complete._repr_html_()
    assert problems[0].startswith("Passo 7 (Monitorare e adattare): `what_to_adapt` (sezione 3 qui sopra) è ancora ...")
    assert problems[0].endswith("esegui quella cella, poi esegui di nuovo questa.")
    assert complete_text == "Il piano è completo: ogni passo è compilato."
    assert "Il piano è completo" in complete_html
    assert repr(complete) == "The plan is complete: every step is filled in."  # shown later in English: English


def test_a_plan_not_ready_and_a_bad_file_name_are_refused_in_italian(tmp_path):
    with i18n.use_language("it"):
        with pytest.raises(ValueError, match=r"^Il piano non è ancora pronto per un report\. Passo 1 .*altri 7 problemi"):
            report.campaign_report({"brand": "Nuvola"}, out=tmp_path / "bad.html")
        with pytest.raises(ValueError, match="deve finire in .html"):
            report.campaign_report(report.example_plan(), out=tmp_path / "report.txt")


def test_the_kpi_summary_writes_italian_numbers_and_statuses():
    kpis = [{"kpi": "orders from social", "baseline": 2648, "target": 3045.2, "actual": 2977},
            {"kpi": "share of voice", "baseline": 0.372, "target": None, "actual": 0.407, "unit": "%"},
            {"kpi": "median reply (hours)", "baseline": 2.893, "target": None, "actual": 2.448,
             "higher_is_better": False}]
    english, italian = both(lambda: report.kpi_summary(kpis))
    assert list(italian.columns) == list(english.columns)  # column names are code: the same in both editions
    assert italian.iloc[0].tolist() == ["orders from social", "2.648", "3.045", "2.977", "+12,4%", "mancato"]
    assert italian.iloc[1].tolist() == ["share of voice", "37,2%", "nessuno", "40,7%", "+9,4%", "monitorato"]
    assert italian.iloc[2, 1:4].tolist() == ["2,89", "nessuno", "2,45"]
    assert english.iloc[0].tolist() == ["orders from social", "2,648", "3,045", "2,977", "+12.4%", "missed"]


def test_the_figures_have_italian_titles_axes_and_labels():
    plan = report.example_plan()

    def texts():
        sov = report.share_of_voice_chart(plan["competitors"], "Nuvola", {"Nuvola": 0.044, "Brezza": 0.039})
        calendar = report.calendar_chart(plan["calendar"])
        kpis = report.kpi_chart(plan["kpis"])
        empty = report.kpi_chart([{"kpi": "reach", "baseline": 1, "target": None, "actual": 2}])
        return [sov.get_title(loc="left"), sov.get_xlabel(), *[t.get_text() for t in sov.texts], calendar.get_title(loc="left"),
                kpis.get_title(loc="left"), kpis.get_xlabel(), *[t.get_text() for t in kpis.texts],
                *[t.get_text() for t in empty.texts]]

    english, italian = both(texts)
    assert italian[0] == "Share of voice: Nuvola (barra piena) e i suoi concorrenti"
    assert " 38% delle menzioni · tasso di coinvolgimento 4,4%" in italian
    assert "Nessun KPI ha ancora un target" in italian
    assert any(text.startswith("97% del target: mancato") for text in italian)
    for text_en, text_it in zip(english, italian):
        if re.search(r"[a-z]{3}", text_en):
            assert text_it != text_en
        assert not english_words(text_it), text_it


def italian_plan():
    """A plan whose own texts are Italian, as an Italian student writes them."""
    plan = report.example_plan()
    plan.update(title="Nuvola: piano di prova", audit=["I video battono le immagini su TikTok."],
                best_content=["Video brevi su TikTok e Instagram."], adapt="Rispondere ai messaggi anche nel weekend.",
                goals=[{"goal": "Più ordini dai social", "metric": "conversioni dai social", "target": "+15%"}],
                kpis=[{"kpi": "ordini dai social", "baseline": 100, "target": 115, "actual": 112},
                      {"kpi": "share of voice", "baseline": 0.37, "target": None, "actual": 0.40, "unit": "%"}])
    return plan


def test_the_campaign_report_is_written_in_italian(tmp_path):
    plan = italian_plan()
    with i18n.use_language("it"):
        result = report.campaign_report(plan, out=tmp_path / "report.html")
        shown = repr(result), result._repr_html_()
    document = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert document.startswith("<!DOCTYPE html>\n<html lang='it'>")
    text = plain_text(document)
    for step, name in enumerate(["Obiettivi allineati alle metriche", "Cliente target", "Analisi competitiva",
                                 "Audit dei nostri social", "Piano editoriale", "I migliori contenuti",
                                 "Monitorare e adattare"], start=1):
        assert f"{step}. {name}" in text
    assert "KPI che hanno raggiunto il target: 0 su 1." in text
    assert "monitorato, senza target" in text and "Età" in text
    # The calendar's values (days, platforms, formats) are the plan's data and stay as the student wrote them.
    own = ("Mon 2 Mar", "Tue 3 Mar", "TikTok", "Instagram", "video", "carousel", "Italy", "Education", "Teacher",
           "Nurse", "cooking, family", "25 to 40", "35k-50k")
    assert not english_words(text, own), text
    alts = re.findall(r'alt="([^"]*)"', document)
    assert len(alts) == 3 and all(not english_words(alt, own) for alt in alts), alts
    assert alts[0].startswith("Grafico a barre della share of voice per marchio: Nuvola 38%")
    assert shown[0].startswith("Report della campagna salvato in ") and "(7 sezioni, 3 figure)" in shown[0]
    assert "Aprilo in una nuova scheda" in shown[1]


def test_english_stays_the_default_after_an_italian_report(tmp_path):
    with i18n.use_language("it"):
        report.campaign_report(italian_plan(), out=tmp_path / "it.html")
    report.campaign_report(italian_plan(), out=tmp_path / "en.html")
    english = (tmp_path / "en.html").read_text(encoding="utf-8")
    assert english.startswith("<!DOCTYPE html>\n<html lang='en'>") and "1. Goals aligned with metrics" in english
