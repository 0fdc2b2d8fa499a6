"""The exercise engine: what a check says for right answers, each known mistake and broken answers."""

from __future__ import annotations

import html
import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smm_course.exercises import (
    CheckResult, ChoiceQuestion, ClassifyQuestion, Dropdown, ExplorerQuestion, Incorrect, Mistake, Quiz,
    ReflectionQuestion, Slider, UnknownQuestionError, ValueQuestion, catalog, get,
)
from smm_course.exercises.views import HINT_COLOURS, SOLUTION_COLOURS, STATUS_COLOURS


@pytest.fixture(autouse=True)
def private_home(course_home):
    return course_home


def status_and_message(question, answer):
    result = question.check(answer)
    return result.status, result.message


SHARES = pd.Series({"YouTube": 0.83, "Facebook": 0.68, "X": 0.22}, name="share_of_adults")
TABLE = pd.DataFrame({"platform": ["YouTube", "Facebook", "X"], "share": [0.83, 0.68, 0.22]})


# -- numbers ---------------------------------------------------------------------------------------
@pytest.fixture
def number():
    return ValueQuestion(id="demo.n", title="Share", expected=0.83, variable="share", solution="share = 0.83")


@pytest.mark.parametrize("answer", [0.83, np.float64(0.83), 0.83 + 1e-12, np.array(0.83), 83 / 100])
def test_right_numbers_in_every_reasonable_form(number, answer):
    assert number.check(answer).status == "correct"


@pytest.mark.parametrize("answer, pattern", [
    (83, "percentage"),
    (0.00083, "1000 times too small"),
    (830, "1000 times too big"),
    (0.0083, "100 times too small"),
    (-0.83, "sign"),
    (0.834, "close but not right.*every digit"),
    (0.5, "too low"),
    (2.0, "too high"),
    ("0.83", "text"),
    ("83%", "text"),
    (None, "None"),
    (float("nan"), "NaN"),
    (float("inf"), "infinite"),
    (True, "True"),
    (len, "function `len`"),
    (pd.Series([0.83]), r"right.*\.item\(\)"),
    (pd.Series([0.5, 0.3]), "single number"),
    ([0.83, 0.1], "single number"),
])
def test_known_number_mistakes_get_targeted_feedback(number, answer, pattern):
    status, message = status_and_message(number, answer)
    assert status == "incorrect"
    assert re.search(pattern, message), message


def test_placeholder_is_not_attempted(number):
    assert number.check(...).status == "not_attempted"


@settings(max_examples=60, deadline=None)
@given(st.floats(min_value=1e-4, max_value=1.0, allow_nan=False))
def test_any_fraction_given_as_percentage_is_called_a_percentage(value):
    question = ValueQuestion(id="demo.p", title="Rate", expected=value)
    result = question.check(value * 100)
    assert result.status == "incorrect" and "percentage" in result.message
    assert question.check(value).status == "correct"


@settings(max_examples=60, deadline=None)
@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), st.floats(min_value=-1e-7, max_value=1e-7))
def test_tolerance_follows_isclose(expected, jitter):
    question = ValueQuestion(id="demo.t", title="T", expected=expected, rtol=1e-6, atol=1e-9)
    answer = expected * (1 + jitter)
    assert question.check(answer).correct == bool(np.isclose(answer, expected, rtol=1e-6, atol=1e-9))


def test_declared_mistakes_come_before_the_generic_ones():
    question = ValueQuestion(id="demo.m", title="Shares", expected=0.83,
                             mistakes=[Mistake(0.93, "That is the 18-29 age group."),
                                       (lambda a: a > 1, "Rates are fractions.")])
    assert question.check(0.93).message == "That is the 18-29 age group."
    assert question.check(83).message == "Rates are fractions."


def test_mistake_predicate_that_cannot_handle_the_answer_is_skipped():
    question = ValueQuestion(id="demo.m2", title="S", expected=0.83, mistakes=[(lambda a: a > 1, "big")])
    assert question.check("text").status == "incorrect"  # the predicate raises TypeError on text; no error


def test_lazy_expected_runs_once_and_not_at_creation():
    calls = []

    def compute():
        calls.append(1)
        return 5

    question = ValueQuestion(id="demo.l", title="L", expected=compute)
    assert calls == []
    question.check(5)
    question.check(4)
    assert calls == [1]


def test_rule_alone_or_with_expected():
    only_rule = ValueQuestion(id="demo.r", title="R", rule=lambda a: a > 3 or "Pick a number above 3.")
    assert only_rule.check(4).correct
    assert only_rule.check(2).message == "Pick a number above 3."
    both = ValueQuestion(id="demo.r2", title="R", expected=4, rule=lambda a: isinstance(a, int) or "Whole number, please.")
    assert both.check(4.0).message == "Whole number, please."


def test_rule_may_raise_incorrect():
    def rule(answer):
        raise Incorrect("Not a platform name.")

    assert ValueQuestion(id="demo.r3", title="R", rule=rule).check("x").message == "Not a platform name."


def test_answer_that_breaks_is_an_error_not_a_traceback(number):
    class Broken:
        def __float__(self):
            raise RuntimeError("boom")

        def __eq__(self, other):
            raise RuntimeError("boom")

    result = ValueQuestion(id="demo.b", title="B", expected=[1, 2]).check([Broken(), 2])
    assert result.status in {"error", "incorrect"}


def test_rule_that_raises_is_reported_as_error():
    question = ValueQuestion(id="demo.e", title="E", rule=lambda a: 1 / 0)
    result = question.check(3)
    assert result.status == "error" and "ZeroDivisionError" in result.message


def test_bad_declarations_fail_early_with_clear_messages():
    with pytest.raises(ValueError, match="expected"):
        ValueQuestion(id="demo.x", title="X")
    with pytest.raises(ValueError, match="rtol"):
        ValueQuestion(id="demo.x", title="X", expected=1, rtol=-1)
    with pytest.raises(ValueError, match="'NN.name'"):
        ValueQuestion(id="no dot", title="X", expected=1)
    with pytest.raises(TypeError, match="list of hints"):
        ValueQuestion(id="demo.x", title="X", expected=1, hints="one hint")


# -- Series ----------------------------------------------------------------------------------------
@pytest.fixture
def series_q():
    return ValueQuestion(id="demo.s", title="Shares", expected=SHARES, ordered=False)


@pytest.mark.parametrize("answer", [
    SHARES, SHARES.sort_values(), SHARES.rename("other"), SHARES.to_dict(),
    SHARES.astype("float32"), pd.Series(SHARES.values, index=pd.CategoricalIndex(SHARES.index)),
])
def test_right_series_in_every_reasonable_form(series_q, answer):
    assert series_q.check(answer).correct, series_q.check(answer)


@pytest.mark.parametrize("make, pattern", [
    (lambda s: s * 100, "percentage"),
    (lambda s: s.iloc[:2], "Missing: X"),
    (lambda s: s.rename({"X": "Twitter"}), "Missing: X.*Not expected: Twitter"),
    (lambda s: s.reset_index(drop=True), "0, 1, 2"),
    (lambda s: s.to_frame(), r"one-column table.*\['share_of_adults'\]"),
    (lambda s: s.iloc[:0], "empty"),
    (lambda s: 0.5, "Series with 3 values"),
    (lambda s: list(s.values), "list has no labels"),
    (lambda s: s.where(s.index != "X"), "NaN.*X"),
    (lambda s: s.mask(s.index == "Facebook", 0.5), "1 of 3 values.*Facebook"),
    (lambda s: s.reset_index(), "Expected a Series"),
])
def test_known_series_mistakes(series_q, make, pattern):
    status, message = status_and_message(series_q, make(SHARES))
    assert status == "incorrect"
    assert re.search(pattern, message), message


def test_order_matters_only_when_declared():
    ordered = ValueQuestion(id="demo.o", title="Top", expected=SHARES)
    status, message = status_and_message(ordered, SHARES.sort_values())
    assert status == "incorrect" and "order" in message
    assert ordered.check(SHARES).correct


def test_series_with_default_index_accepts_a_list():
    question = ValueQuestion(id="demo.li", title="L", expected=pd.Series([1.0, 2.0]))
    assert question.check([1, 2]).correct


# -- DataFrames ------------------------------------------------------------------------------------
@pytest.fixture
def table_q():
    return ValueQuestion(id="demo.f", title="Table", expected=TABLE)


@pytest.mark.parametrize("answer", [
    TABLE, TABLE[["share", "platform"]], TABLE.set_index("platform"),
    TABLE.astype({"platform": "category"}), TABLE.astype({"platform": "string"}),
])
def test_right_tables_in_every_reasonable_form(table_q, answer):
    assert table_q.check(answer).correct, table_q.check(answer)


def test_group_key_may_be_index_or_column():
    grouped = TABLE.set_index("platform")
    question = ValueQuestion(id="demo.g", title="G", expected=grouped)
    assert question.check(TABLE).correct
    assert question.check(grouped).correct


@pytest.mark.parametrize("make, pattern", [
    (lambda t: t.rename(columns={"share": "Share"}), r"columns are not.*\(platform, share\).*Missing columns: share.*Share"),
    (lambda t: t.iloc[:0], "empty"),
    (lambda t: t.iloc[:2], "Expected 3 rows"),
    (lambda t: t.assign(share=t["share"] * 100), "column 'share'.*percentage"),
    (lambda t: t.iloc[::-1], "different order"),
    (lambda t: t.set_index("platform")["share"], r"\.reset_index\(\)"),
    (lambda t: t["share"], "Expected a table"),
    (lambda t: t.assign(share=[0.83, 0.5, 0.22]), "column 'share', 1 of 3"),
    (lambda t: t.assign(share=np.nan), "NaN"),
    (lambda t: "text", "Expected a table"),
])
def test_known_table_mistakes(table_q, make, pattern):
    status, message = status_and_message(table_q, make(TABLE))
    assert status == "incorrect"
    assert re.search(pattern, message), message


def test_unordered_table_accepts_any_row_order():
    question = ValueQuestion(id="demo.u", title="U", expected=TABLE, ordered=False)
    assert question.check(TABLE.iloc[::-1]).correct
    assert question.check(TABLE.sample(frac=1, random_state=np.random.default_rng(1).integers(1000))).correct


def test_column_order_when_declared():
    question = ValueQuestion(id="demo.c", title="C", expected=TABLE, column_order=True)
    assert "order" in question.check(TABLE[["share", "platform"]]).message


# -- other values ----------------------------------------------------------------------------------
def test_text_ignores_case_and_spaces():
    question = ValueQuestion(id="demo.txt", title="T", expected="Instagram")
    assert question.check("  instagram ").correct
    assert question.check("TikTok").status == "incorrect"
    assert "text" in question.check(3).message


def test_bool_and_text_for_bool():
    question = ValueQuestion(id="demo.bool", title="B", expected=True)
    assert question.check(np.True_).correct
    assert "without quotes" in question.check("True").message


def test_unordered_collection():
    question = ValueQuestion(id="demo.set", title="S", expected={"X", "TikTok"})
    assert question.check(["tiktok", "X"]).correct
    assert question.check(["X"]).status == "incorrect"


def test_dates():
    question = ValueQuestion(id="demo.d", title="D", expected=pd.Timestamp("2025-04-07"))
    assert question.check("2025-04-07").correct
    assert question.check(pd.Timestamp("2025-04-08")).status == "incorrect"


# -- choice, classify, explorer, reflection, quiz --------------------------------------------------
@pytest.fixture
def choice():
    return ChoiceQuestion(id="demo.ch", title="Biggest", options={"a": "YouTube", "b": "X", "c": "TikTok"},
                          answer="a", feedback={"b": "X is used by about 1 in 5 US adults."})


@pytest.mark.parametrize("answer", ["a", "YouTube", " youtube ", ["a"]])
def test_choice_accepts_key_or_text(choice, answer):
    assert choice.check(answer).correct


def test_choice_feedback_and_errors(choice):
    assert choice.check("b").message == "X is used by about 1 in 5 US adults."
    assert choice.check("c").status == "incorrect"
    unknown = choice.check("Snapchat")
    assert unknown.status == "error" and "a, b, c" in unknown.message
    assert choice.check(None).status == "not_attempted"
    assert choice.check(["a", "b"]).status == "error"


def test_multiple_choice_needs_all_and_only_the_right_options():
    question = ChoiceQuestion(id="demo.mc", title="High arousal", options=["awe", "anger", "sadness", "contentment"],
                              answer=["awe", "anger"], multiple=True, feedback={"sadness": "Sadness is low arousal."})
    assert question.check({"anger", "awe"}).correct
    assert "1 more" in question.check(["awe"]).message
    assert question.check(["awe", "anger", "sadness"]).message == "Sadness is low arousal."
    assert question.check([]).status == "not_attempted"
    assert question.solution_answer() == ["anger", "awe"]


def test_choice_declaration_errors():
    with pytest.raises(ValueError, match="option keys"):
        ChoiceQuestion(id="demo.bad", title="B", options=["a", "b"], answer="c")
    with pytest.raises(ValueError, match="feedback keys"):
        ChoiceQuestion(id="demo.bad", title="B", options=["a", "b"], answer="a", feedback={"z": "?"})


@pytest.fixture
def classify():
    return ClassifyQuestion(id="demo.cl", title="Media", categories=["paid", "owned", "earned"],
                            items={"Sponsored post": "paid", "Brand blog": "owned", "Customer review": "earned"},
                            feedback={("Customer review", "owned"): "The brand does not write its reviews."})


def test_classify(classify):
    right = {"Sponsored post": "paid", "Brand blog": "owned", "Customer review": "EARNED"}
    assert classify.check(right).correct
    result = classify.check({**right, "Customer review": "owned"})
    assert result.status == "incorrect"
    assert "2 of 3" in result.message and "Customer review" in result.message
    assert "does not write its reviews" in result.message
    assert "no category yet: Brand blog" in classify.check({"Sponsored post": "paid", "Customer review": "earned"}).message
    assert classify.check({}).status == "not_attempted"
    assert classify.check({"TV ad": "paid"}).status == "error"
    assert "paid, owned, earned" in classify.check({"Brand blog": "shared"}).message
    assert classify.check("paid").status == "error"


@pytest.fixture
def explorer():
    return ExplorerQuestion(
        id="demo.ex", title="Seeds", controls=[Slider("seeds", 1, 10, value=1), Dropdown("strategy", ["random", "hubs"])],
        goal=lambda v: (v["seeds"] >= 4 and v["strategy"] == "hubs") or "Not far enough yet.",
        answer={"seeds": 4, "strategy": "hubs"})


def test_explorer_judges_the_values(explorer):
    assert explorer.check({"seeds": 4, "strategy": "hubs"}).correct
    assert explorer.check({"seeds": 2, "strategy": "hubs"}).message == "Not far enough yet."
    assert "1 to 10" in explorer.check({"seeds": 50, "strategy": "hubs"}).message
    assert "random, hubs" in explorer.check({"seeds": 5, "strategy": "best"}).message
    assert "seeds, strategy" in explorer.check({"budget": 3}).message
    assert explorer.check(3).status == "error"
    assert explorer.check(explorer.solution_answer()).correct


def test_reflection_is_never_correct():
    question = ReflectionQuestion(id="demo.rf", title="Why", model_answer="Because trust matters.", variable="why")
    assert question.check("Because people trust other customers more than ads.").status == "submitted"
    assert question.check("idk").status == "not_attempted"
    assert question.check(...).status == "not_attempted"
    assert question.check(42).status == "error"
    assert "Because trust matters." in str(question.solution())


def test_quiz_groups_choice_questions():
    q1 = ChoiceQuestion(id="demo.quiz1", title="One", options=["a", "b"], answer="a")
    q2 = ChoiceQuestion(id="demo.quiz2", title="Two", options=["a", "b"], answer="b")
    quiz = Quiz(id="demo.quiz", title="Check", questions=[q1, q2])
    assert [r.status for r in quiz.check({"demo.quiz1": "a"})] == ["correct", "not_attempted"]
    assert quiz.solution_answer() == {"demo.quiz1": "a", "demo.quiz2": "b"}
    with pytest.raises(ValueError, match="demo.quiz1, demo.quiz2"):
        quiz.check({"demo.quiz3": "a"})


# -- display ---------------------------------------------------------------------------------------
def relative_luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("colours", [*STATUS_COLOURS.values(), HINT_COLOURS, SOLUTION_COLOURS])
def test_text_colours_meet_wcag_aa(colours):
    assert contrast(colours[0], colours[1]) >= 4.5


@pytest.mark.parametrize("status, label", [("correct", "✔ Correct"), ("incorrect", "✘ Not quite"),
                                           ("not_attempted", "… Not attempted yet"), ("error", "⚠"),
                                           ("submitted", "✎ Submitted")])
def test_result_has_icon_and_text_label_in_text_and_html(status, label):
    result = CheckResult(status, "Message with `code`.", "demo.q1", "Title")
    assert str(result).startswith(label) and repr(result) == str(result)
    page = result._repr_html_()
    assert 'role="status"' in page and result.icon in page and f"<strong>{html.escape(result.label)}</strong>" in page
    assert "<code>code</code>" in page


def test_output_is_deterministic_and_free_of_volatile_values(number):
    first, second = number.check(83), number.check(83)
    assert str(first) == str(second) and first._repr_html_() == second._repr_html_()
    text = str(first) + first._repr_html_() + number.solution()._repr_html_() + str(number.hint(1))
    assert not re.search(r"0x[0-9a-f]{6,}|\d{4}-\d\d-\d\dT|/tmp/", text)


def test_result_escapes_html():
    result = CheckResult("incorrect", "<script>alert(1)</script>", "demo.q1", "<b>")
    assert "<script>" not in result._repr_html_()


def test_status_must_be_known():
    with pytest.raises(ValueError, match="correct"):
        CheckResult("right", "")


def test_hints_progress_then_say_there_are_no_more():
    question = ValueQuestion(id="demo.h", title="H", expected=1, hints=["first", "second"])
    shown = [str(question.hint()) for _ in range(3)]
    assert "Hint 1 of 2" in shown[0] and shown[0].endswith("first")
    assert "Hint 2 of 2" in shown[1] and shown[1].endswith("second")
    assert "No more hints" in shown[2] and "ex.h.solution()" in shown[2]
    assert str(question.hint(1)).endswith("first")
    with pytest.raises(ValueError, match="1 to 2"):
        question.hint(3)
    assert "💡" in question.hint(2)._repr_html_()


def test_solution_shows_highlighted_code_and_plain_text():
    question = ValueQuestion(id="demo.so", title="S", expected=1, solution="answer = 1  # one", explanation="Because.")
    view = question.solution()
    assert str(view).splitlines()[1:] == ["answer = 1  # one", "Because."]
    assert "<pre" in view._repr_html_() and "style=" in view._repr_html_() and "Because." in view._repr_html_()


# -- catalogue -------------------------------------------------------------------------------------
def test_catalog_covers_every_notebook_module():
    from smm_course.exercises import notebook_modules, questions_of

    table = catalog()
    assert {"id", "notebook", "kind", "title"} <= set(table.columns)
    expected = [q.id for module in notebook_modules().values() for q in questions_of(module)]
    assert sorted(table["id"]) == sorted(expected)
    assert (table["id"].str.slice(0, 2) == table["notebook"]).all()
    assert table["id"].is_unique


def test_get_suggests_the_closest_id():
    with pytest.raises(UnknownQuestionError, match=r"Did you mean: 00\.q1"):
        get("00.q01")
    with pytest.raises(TypeError):
        get(3)


def test_a_correct_answer_also_explains_why():
    from smm_course.exercises.kinds import ValueQuestion

    question = ValueQuestion(id="demo.explained", title="Explained", expected=0.5, solution="x = 0.5",
                             explanation="Half of the posts were shared.", variable="x", hints=["h"])
    result = question.check(0.5)
    assert result.status == "correct"
    assert "Half of the posts were shared." in result.message


def test_wrong_type_feedback_speaks_the_questions_own_terms():
    import pandas as pd

    from smm_course.exercises.kinds import ChoiceQuestion, ClassifyQuestion, ExplorerQuestion, Slider

    classify = ClassifyQuestion(id="demo.kinds", title="Kinds", categories=["paid", "earned"],
                                items={"A fan's review": "earned", "A banner ad": "paid"})
    message = classify.check("earned").message
    assert "{\"A fan's review\": 'paid'}" in message and "A review" not in message

    choice = ChoiceQuestion(id="demo.pick", title="Pick", options={"a": "Facebook", "b": "X"}, answer="a")
    message = choice.check(pd.DataFrame({"a": [1, 2]})).message
    assert "\n" not in message and "rows: 2" in message

    explorer = ExplorerQuestion(id="demo.seeds", title="Seeds", controls=[Slider("seeds", 1, 5)],
                                goal=lambda v: v["seeds"] >= 3, answer={"seeds": 3})
    assert "must be a number" in explorer.check({"seeds": "4"}).message
