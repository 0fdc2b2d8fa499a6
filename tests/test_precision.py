"""One precision policy for every shape of answer: numbers, Series, lists and dicts are judged alike, rounding is
diagnosed alike, and whole numbers are judged exactly (one off gets its own feedback, never "within 1%")."""

from __future__ import annotations

import pandas as pd
import pytest

from smm_course.exercises import Precision, ValueQuestion


@pytest.fixture(autouse=True)
def private_home(course_home):
    return course_home


RATES = pd.Series({"Facebook": 0.123456, "Instagram": 0.234567, "X": 0.045678})


def question(expected, precision):
    return ValueQuestion(id="demo.p", title="P", expected=expected, precision=precision, variable="p",
                         solution="p = ...", hints=["h"])


@pytest.mark.parametrize("shape", [
    lambda s: float(s["Facebook"]),
    lambda s: s,
    lambda s: list(s),
    lambda s: s.to_dict(),
])
def test_enough_decimals_is_right_and_too_few_is_called_rounding_in_every_shape(shape):
    q = question(shape(RATES), 3)
    assert q.check(shape(RATES.round(3))).correct
    assert q.check(shape(RATES.round(4))).correct
    result = q.check(shape(RATES.round(2)))
    assert result.status == "incorrect" and "rounded to 2 decimals" in result.message, result.message
    assert "at least 3 decimals" in result.message


@pytest.mark.parametrize("shape", [lambda s: float(s["Facebook"]), lambda s: s, lambda s: list(s), lambda s: s.to_dict()])
def test_every_digit_policy_diagnoses_rounding_in_every_shape(shape):
    q = question(shape(RATES), None)
    result = q.check(shape(RATES.round(3)))
    assert result.status == "incorrect" and "rounded to 3 decimals" in result.message, result.message


def test_a_wrong_value_is_not_called_rounding():
    q = question(RATES, 3)
    wrong = RATES.copy()
    wrong["X"] = 0.5
    assert "rounded" not in q.check(wrong).message


@pytest.mark.parametrize("answer, words", [(2030, "one off"), (2028, "one off"), (2029.5, "whole number"),
                                           (2035, "too high"), (2014, "too low")])
def test_whole_numbers_are_exact(answer, words):
    q = question(2029, "exact")
    assert q.check(2029).correct and q.check(2029.0).correct
    result = q.check(answer)
    assert result.status == "incorrect" and words in result.message and "1%" not in result.message, result.message


def test_integer_answers_with_every_digit_policy_never_say_within_one_percent():
    q = question(2029, None)
    assert "1%" not in q.check(2030).message


def test_starter_words_for_each_policy():
    assert question(0.5, 3).precision_note == "3 decimals is enough"
    assert question(3, "exact").precision_note == "exact"
    assert question(0.5, None).precision_note == "keep every digit"


def test_a_list_holding_the_number_is_told_how_to_take_it_out():
    message = question(0.83, 2).check([0.83]).message
    assert "`[0]`" in message and ".item()" not in message
    assert ".item()" in question(0.83, 2).check(pd.Series([0.83])).message


@pytest.mark.parametrize("bad", [-1, 2.5, "three", True])
def test_bad_precision_is_refused_when_declared(bad):
    with pytest.raises(ValueError, match="demo.p"):
        question(0.5, bad)


def test_precision_in_italian():
    from smm_course import i18n

    i18n.set_language("it")
    try:
        assert Precision.decimals(3).note == "bastano 3 decimali"
        assert "decimali" in question(0.123456, 3).check(0.12).message
    finally:
        i18n._chosen_language = None


def test_zero_decimals_reads_as_whole_numbers():
    q = question(97.975, 0)
    assert q.precision_note == "whole numbers are enough"
    assert q.check(98).correct and "0 decimals" not in q.check(90).message
