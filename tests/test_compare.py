"""Comparing a student's value with the expected one: numbers, Series, tables, text, dates and collections,
with the feedback each known mistake gets (through ``ValueQuestion``, as students meet it)."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smm_course.exercises import ValueQuestion

@pytest.fixture(autouse=True)
def private_home(course_home):
    return course_home


def status_and_message(question, answer):
    result = question.check(answer)
    return result.status, result.message


SHARES = pd.Series({"YouTube": 0.83, "Facebook": 0.68, "X": 0.22}, name="share_of_adults")
TABLE = pd.DataFrame({"platform": ["YouTube", "Facebook", "X"], "share": [0.83, 0.68, 0.22]})




# -- numbers ---------------------------------------------------------------------------------------
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


