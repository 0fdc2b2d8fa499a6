"""In Italian mode, every string a student sees in an exercise is Italian.

Each question of the catalogue (and each quiz) is rendered twice, with the course speaking English and then
Italian, doing the same things a student does: the widget is built (header, control labels, options, classify
items, buttons and their tooltips, explorer live captions after moving every control to its ends and every dropdown
to each option), an answer is checked before anything is given (the not-attempted message), wrong answers are
checked (each wrong option, each classify placement with its own feedback, every item misplaced, a half-placed
answer, an unknown item or option, a declared value mistake, a goal not met, a reflection too short), the right
answer where the engine knows it, every hint, "no more hints" and the solution (its explanation, and the texts
quoted in its code).

**The heuristic.** From each Italian text we first drop what is never translated: code (between backticks, or
``<code>``/``<pre>``), quotations (in «», "" or ''; a control quoted verbatim, which STYLE.md allows, a mention
quoted from the data, an answer echoed back), short English glosses
in brackets ("(engagement rate)"), the English terms the style guide keeps (share of voice, social listening...),
brand, platform and data names (Nuvola, Instagram, the RFM segment "At risk"...). A text is then English only when

1. it contains **2 or more common English function words** (the, and, of, is, with, your, to...: words that never
   occur in Italian), or
2. it is **the same as the English rendering** and still has **3 or more words**.

Texts in solution code are its string literals, judged by the same two rules; identifiers are code. Engine strings
(smm_course/locales) are covered by tests/test_i18n.py; this test checks what the questions add. It must stay fast
(well under 30 s): it runs no notebook, tries only the labelled options of an explorer's dropdowns (data values are
the same in every language), and most of its time goes to the explanations computed from the data.
"""

from __future__ import annotations

import ast
import html
import re
from typing import Any, Callable, Iterator

import ipywidgets as w
import pytest

from smm_course import i18n
from smm_course.exercises import (
    ChoiceQuestion, ClassifyQuestion, Dropdown, ExplorerQuestion, Quiz, ReflectionQuestion, Slider, ValueQuestion,
    catalog, get, quizzes,
)
from smm_course.exercises.views import HintView, SolutionView

#: Words that are common in English and never words of Italian prose.
FUNCTION_WORDS = frozenset("""
the and of is are was were be been with your you this that these those what which who whose how why when where
to for from by at on or not than then into onto its it's their they them we our us he she his her will would
should could can does did has have had an as if but each every only more most some any about after before
""".split())
#: English terms that Italian keeps (STYLE.md §6): removed before counting English words.
KEPT_TERMS = ("share of voice", "social listening", "social media marketing", "customer lifetime value",
              "call to action", "landing page", "word of mouth", "holding statement", "top of mind", "brand awareness",
              "sticky content", "social equity", "earned media", "paid media", "owned media", "buyer persona",
              "big data", "user-generated content", "social media", "click-through rate", "engagement rate")
#: Names that are the same in every language: brands, platforms, products, data values.
NAMES = ("Nuvola Riserva", "Nuvola Limone", "Nuvola", "Brezza", "Sorgente", "Zest", "Instagram", "TikTok",
         "YouTube", "Facebook", "LinkedIn", "Threads", "Twitter", "Amazon", "Google", "Hootsuite", "Meta",
         "Champions", "At risk", "Loyal", "New", "Lost", "#NuvolaSick", "GDPR", "SMART", "UTM", "KPI", "ROI",
         "ROAS", "CTR", "CPM", "CPC", "CLV", "SOV", "RFM", "VADER", "Monte Carlo", "Bass", "Louvain", "SPRING20")

_CODE = re.compile(r"`[^`]*`|<code>.*?</code>|<pre.*?</pre>", re.S)
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|(?<![\w'])'[^']+'(?![\w'])")
_SHORT_BRACKETS = re.compile(r"\((?:[^()\s]+\s?){1,5}\)")
_TAGS = re.compile(r"<[^>]+>")
_ALT = re.compile(r'\balt="([^"]*)"')
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:'[A-Za-z]+)?")


def prose(text: str) -> str:
    """The part of a student-visible text that should be in the student's language."""
    text = html.unescape(_TAGS.sub(" ", _CODE.sub(" ", text)))
    text = _SHORT_BRACKETS.sub(" ", _QUOTED.sub(" ", text))
    for term in (*KEPT_TERMS, *NAMES):
        text = re.sub(rf"(?<![\w#]){re.escape(term)}(?!\w)", " ", text, flags=re.I if term in KEPT_TERMS else 0)
    return text


def english_words(text: str) -> list[str]:
    return [word for word in _WORD.findall(prose(text)) if word.casefold() in FUNCTION_WORDS]


def english_only(italian: str, english: str | None) -> str | None:
    """Why ``italian`` (shown in Italian mode; ``english`` is the same thing in English mode) is English, or None."""
    found = english_words(italian)
    if len(found) >= 2:
        return f"English words {found[:6]}"
    words = _WORD.findall(prose(italian))
    if english is not None and italian.strip() == english.strip() and len(words) >= 3:
        return "the same as in English"
    return None


# -- what a student sees ---------------------------------------------------------------------------------------------


def _walk(widget: Any, skip: tuple = ()) -> Iterator[Any]:
    if any(widget is skipped for skipped in skip):
        return
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child, skip)


def widget_texts(box: Any, skip: tuple = ()) -> list[str]:
    """Every text a widget tree shows (but the ``skip`` widgets): labels, options, tooltips, HTML (with images' alt
    text), placeholders."""
    found = []
    for widget in _walk(box, skip):
        for name in ("description", "tooltip", "placeholder"):
            value = getattr(widget, name, "")
            if isinstance(value, str) and value.strip():
                found.append(value)
        found.extend(label for label in getattr(widget, "_options_labels", ()) if label)
        if isinstance(widget, (w.HTML, w.HTMLMath, w.Label)) and widget.value:
            value = re.sub(r'src="data:[^"]*"', "", widget.value)
            found.extend(_ALT.findall(value))
            found.append(value)
    return found


def _code_strings(code: str) -> list[str]:
    """The texts a solution's code quotes (its string literals, f-strings included)."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return [code]
    # A literal without a space is an identifier: a column name, a key, a data value.
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value.strip()]


def _help_texts(question: Any) -> list[str]:
    texts = [question.title, getattr(question, "prompt", "")]
    texts += [str(HintView(question, number, len(question.hints))) for number in range(1, len(question.hints) + 1)]
    texts.append(str(HintView(question, None, len(question.hints))))
    solution = SolutionView(question)
    texts.append(solution.explanation)
    texts += _code_strings(solution.code) if question.kind != "reflection" else []
    return texts


def _checked(question: Any, answers: list[Any]) -> list[str]:
    return [question.check(answer).message for answer in answers]


def _wrong_choice_answers(question: ChoiceQuestion) -> list[Any]:
    right = question.solution_answer()
    wrong = [key for key in question.options if key not in (right if question.multiple else [right])]
    answers = [[key] if question.multiple else key for key in wrong]
    if question.multiple:
        answers += [right[:-1] or [], list(question.options)]
    return [*answers, "zzz"]


def _wrong_classify_answers(question: ClassifyQuestion) -> list[Any]:
    right, categories = question.solution_answer(), list(question.categories)
    all_wrong = {item: next(c for c in categories if not question.accepts(item, c)) for item in right}
    targeted = [{**right, item: category} for item, category in question._feedback]
    first = next(iter(right))
    return [all_wrong, *targeted, {first: right[first]}, {"zzz": categories[0]}, {first: "zzz"}, [first]]


def _shown_options(control: Dropdown) -> list[str]:
    """A dropdown's options worth trying: every labelled one, and the first two (data values such as interests are
    the same in every language, and redrawing a picture for each would make this test slow)."""
    return [option for n, option in enumerate(control.options) if n < 2 or option in control._labels]


def _explorer_answers(question: ExplorerQuestion) -> list[dict]:
    start = {control.name: control.value for control in question.controls}
    answers = [start, question.solution_answer()]
    for control in question.controls:
        ends = _shown_options(control) if isinstance(control, Dropdown) else [control.min, control.max]
        answers += [{**start, control.name: value} for value in ends]
    return answers


def _live_widgets(box: Any) -> tuple:
    return tuple(box.live.widgets) if getattr(box, "live", None) is not None else ()


def _drive_explorer(box: Any, question: ExplorerQuestion) -> list[str]:
    """Move every control as a student would (sliders to both ends, crossing them; dropdowns through their options)
    and collect the live view's texts after each move: its captions, alt texts and feedback."""
    texts = []
    sliders = [c for c in question.controls if isinstance(c, Slider)]
    moves = [(c.name, c.max) for c in sliders] + [(c.name, c.min) for c in reversed(sliders)]
    moves += [(c.name, value) for c in question.controls if isinstance(c, Dropdown) for value in _shown_options(c)]
    for name, value in moves:
        box.controls[name].value = value
        for live in _live_widgets(box):
            texts += widget_texts(live)
    return texts


def student_texts(item: Any) -> list[tuple[str, str]]:
    """(where, text) for everything a student sees of a question or quiz, in the current language."""
    seen: list[tuple[str, str]] = []

    def add(where: str, texts: list[str]) -> None:
        seen.extend((f"{where} #{n}", text) for n, text in enumerate(texts) if isinstance(text, str) and text.strip())

    if isinstance(item, Quiz):
        add("quiz widget", widget_texts(item.widget()))
        return seen
    add("help", _help_texts(item))
    add("not attempted", _checked(item, [...]))
    if isinstance(item, ChoiceQuestion):
        add("wrong answer", _checked(item, _wrong_choice_answers(item)))
        add("right answer", _checked(item, [item.solution_answer()]))
    elif isinstance(item, ClassifyQuestion):
        add("wrong answer", _checked(item, _wrong_classify_answers(item)))
        add("right answer", _checked(item, [item.solution_answer()]))
    elif isinstance(item, ExplorerQuestion):
        add("checked values", _checked(item, _explorer_answers(item)))
    elif isinstance(item, ReflectionQuestion):
        add("wrong answer", _checked(item, ["too short", 42]))
        add("submitted", _checked(item, [" ".join(["word"] * max(item.min_words, 3))]))
    elif isinstance(item, ValueQuestion):
        add("mistakes", [mistake.message for mistake in item.mistakes])
        if item.rule is not None:  # the built-in diagnosis speaks the engine's strings; a rule speaks its own
            add("wrong answer", _checked(item, [None, "zzz", ["zzz"]]))
    if item.has_widget:
        box = item.widget()
        live = _live_widgets(box)
        add("widget", widget_texts(box, skip=live))
        box.check_button.click()
        add("widget check", widget_texts(box, skip=live))
        if isinstance(item, ExplorerQuestion) and live:
            add("live view", _drive_explorer(box, item))
    return seen


def in_language(code: str, render: Callable[[], Any]) -> Any:
    with i18n.use_language(code):
        return render()


def english_only_texts(item: Any) -> list[str]:
    """Each English-only text a student would see of ``item`` in Italian mode, with where it is and why."""
    english = dict(in_language("en", lambda: student_texts(item)))
    italian = in_language("it", lambda: student_texts(item))
    problems = []
    for where, text in italian:
        why = english_only(text, english.get(where))
        if why:
            problems.append(f"{where}: {why}: {prose(text).strip()[:160]!r}")
    return problems


# -- the tests ------------------------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def private_home(course_home):
    return course_home


@pytest.mark.parametrize("item_id", [*catalog()["id"], *quizzes()])
def test_a_student_in_italian_mode_sees_italian(item_id):
    problems = english_only_texts(get(item_id))
    assert not problems, f"{item_id} shows English in Italian mode:\n" + "\n".join(problems)


def test_the_heuristic_finds_a_planted_english_only_question():
    planted = ClassifyQuestion(
        id="demo.it1", title={"en": "Which media?", "it": "Quali media?"},
        categories=[{"en": "paid", "it": "a pagamento"}, {"en": "earned", "it": "guadagnati"}],
        items={"A post the brand paid for": "paid", "A review written by a customer": "earned"},
        item_labels={"A post the brand paid for": {"it": "Un post pagato dal marchio"}},
        hints=[{"en": "Who paid for it?", "it": "Chi l'ha pagato?"}])
    problems = english_only_texts(planted)
    assert any("A review written by a customer" in problem for problem in problems), problems
    assert not any("Un post pagato" in problem for problem in problems), problems
    assert any(problem.startswith("widget") for problem in problems), "the widget's item label must be caught"
    assert english_only("Con 3 semi (random people) la copertura attesa è 17 persone", None) is None
    assert english_only("Con 3 semi, random people for the win", None)
    assert english_only("Sposta «Years ahead» finché la curva arriva al 100%", None) is None
    assert english_only("La share of voice di Nuvola è salita", "Nuvola's share of voice rose") is None
    assert english_only("Look again", "Look again") is None and english_only("Guarda di nuovo qui", None) is None
    assert english_only("Sell more bottles quickly", "Sell more bottles quickly")


def test_italian_labels_are_answers_and_the_english_key_stays_the_record():
    question = ClassifyQuestion(
        id="demo.it2", title="Media", categories=[{"en": "paid", "it": "a pagamento"}, "earned"],
        items={"A sponsored post": "paid", "A customer review": "earned"},
        item_labels={"A customer review": {"it": "Una recensione di un cliente"}}, variable="placed")
    assert in_language("it", lambda: question.check({"A sponsored post": "a pagamento",
                                                     "una recensione di un cliente": "earned"})).correct
    assert question.check({"Una recensione di un cliente": "earned", "A sponsored post": "paid"}).correct
    assert question.solution_answer() == {"A sponsored post": "paid", "A customer review": "earned"}
    assert question.solution_code == "placed = {'A sponsored post': 'paid', 'A customer review': 'earned'}"
    italian = in_language("it", lambda: question.solution_code)
    assert italian == "placed = {'A sponsored post': 'a pagamento', 'Una recensione di un cliente': 'earned'}"
    box = in_language("it", question.widget)
    assert [box.controls[item].description for item in question.items] == ["A sponsored post",
                                                                           "Una recensione di un cliente"]
    message = in_language("it", lambda: question.check({"A sponsored post": "earned",
                                                        "A customer review": "earned"}).message)
    assert "Una recensione" not in message and "A sponsored post" in message
    message = in_language("it", lambda: question.check({"A sponsored post": "paid",
                                                        "A customer review": "paid"}).message)
    assert message.endswith("Guarda di nuovo: Una recensione di un cliente.")


def test_a_dropdown_option_label_is_shown_and_accepted_but_the_goal_gets_the_value():
    seen = []
    question = ExplorerQuestion(
        id="demo.it3", title="Who", controls=[Dropdown("who", ["everyone", "consenting"], labels={
            "everyone": {"it": "tutti"}, "consenting": {"en": "consenting only", "it": "solo con consenso"}})],
        goal=lambda values: seen.append(values["who"]) or values["who"] == "consenting", answer={"who": "consenting"})
    box = in_language("it", question.widget)
    assert box.controls["who"]._options_labels == ("tutti", "solo con consenso")
    assert in_language("it", lambda: question.check({"who": "Solo con consenso"})).correct
    assert question.check({"who": "consenting only"}).correct and seen[-1] == "consenting"
    assert in_language("it", question.widget) is not None
    assert in_language("it", lambda: question.widget(answer={"who": "tutti"}).controls["who"].value) == "everyone"
    assert in_language("it", lambda: question.solution_code) == "ex.it3.widget(answer={'who': 'consenting'})"
