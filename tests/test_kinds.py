"""The kinds of question and the check protocol they share: mistakes and rules, broken answers, declarations,
choice, classify, explorer, reflection and quiz questions, and the catalogue."""

from __future__ import annotations

import pytest

from smm_course.exercises import (
    ChoiceQuestion, ClassifyQuestion, Dropdown, ExplorerQuestion, Incorrect, Mistake, Quiz, ReflectionQuestion, Slider,
    UnknownQuestionError, ValueQuestion, catalog, get,
)


@pytest.fixture(autouse=True)
def private_home(course_home):
    return course_home


def test_placeholder_is_not_attempted(number):
    assert number.check(...).status == "not_attempted"


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


def test_recompute_makes_the_expected_answer_follow_the_data():
    from smm_course.exercises.kinds import ValueQuestion

    data = {"value": 0.25}
    kept = ValueQuestion(id="demo.kept", title="Kept", expected=lambda: data["value"], precision=2)
    fresh = ValueQuestion(id="demo.fresh", title="Fresh", expected=lambda: data["value"], precision=2,
                          recompute=True)
    assert kept.check(0.25).status == fresh.check(0.25).status == "correct"
    data["value"] = 0.5  # another file loaded
    assert kept.check(0.5).status == "incorrect"  # computed once, by design
    assert fresh.check(0.5).status == "correct" and fresh.check(0.25).status == "incorrect"
    with pytest.raises(ValueError, match="recompute=True needs expected"):
        ValueQuestion(id="demo.bad", title="Bad", expected=0.5, recompute=True)
