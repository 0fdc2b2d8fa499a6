"""The kinds of question a notebook can ask, each declared as data.

- :class:`ValueQuestion`: compute a number, text, Series or DataFrame; compared with tolerance.
- :class:`ChoiceQuestion`: single or multiple choice, in code or as a widget.
- :class:`ClassifyQuestion`: put items into categories (paid / owned / earned...).
- :class:`ExplorerQuestion`: move widget controls until a goal is met; the goal judges the values.
- :class:`ReflectionQuestion`: an open question with a model answer, never scored.
- :class:`Quiz`: several choice questions shown together ("check your understanding").

>>> q = ValueQuestion(id="demo.q1", title="Half", expected=0.5, solution="half = 1 / 2", variable="half")
>>> q.check(...).status, q.check(0.5).status, q.check(50).status
('not_attempted', 'correct', 'incorrect')
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping
from typing import Any, Callable, Protocol, Sequence

from smm_course.exercises import compare, widgets
from smm_course.exercises.core import Incorrect, Mistake, NotAttempted, Question, Submitted, Uncheckable
from smm_course.exercises.precision import Precision
from smm_course.i18n import LocalizedText, localize, translate

__all__ = ["ChoiceQuestion", "ClassifyQuestion", "Dropdown", "ExplorerQuestion", "LiveView", "Quiz",
           "ReflectionQuestion", "Rule", "Slider", "ValueQuestion"]

#: A custom rule: takes the answer, returns True/None when right, False or a message when wrong.
Rule = Callable[[Any], "bool | str | None"]


def _apply_rule(rule: Rule, answer: Any) -> None:
    outcome = rule(answer)
    if outcome is None or outcome is True:
        return
    if outcome is False:
        raise Incorrect(translate("feedback.incorrect_generic"))
    if isinstance(outcome, (str, Mapping)):
        raise Incorrect(localize(outcome))
    raise TypeError(f"A question's rule must return True, False, None or a message, not {type(outcome).__name__}.")


def _label(key: str, text: LocalizedText | None, lang: str | None = None) -> str:
    """What a student sees for an option, item or category whose key is ``key``: its text in the language (the
    key itself when no text is given, or none in that language or in English).

    >>> _label("random", {"it": "a caso"}, "it"), _label("random", {"it": "a caso"}, "en"), _label("x", None)
    ('a caso', 'random', 'x')
    """
    if text is None:
        return key
    if isinstance(text, str):
        return text
    return localize({"en": key, **text}, lang)


def _names(key: str, text: LocalizedText | None) -> set[str]:
    """Every name a student may type for ``key`` (the key and its text in each language), folded for comparing."""
    names = {key} if text is None else {key, _label(key, text, "en"),
                                        *([text] if isinstance(text, str) else text.values())}
    return {_fold(name) for name in names}


def _fold(text: str) -> str:
    """Text as it is compared with a student's: spaces collapsed, case ignored."""
    return " ".join(text.split()).casefold()


def _code_name(key: str, text: LocalizedText | None, lang: str | None = None) -> str:
    """How code (a solution, a list of options in feedback) names an option, item or category.

    Its text in the language when its key is its English text (options given as a list, items, categories), so
    that an Italian solution reads in Italian; otherwise the key (``"a"`` or ``"greedy"``), which every language
    shares. The check accepts both.

    >>> _code_name("everyone", {"en": "everyone", "it": "tutti"}, "it"), _code_name("b", {"en": "Blue"}, "it")
    ('tutti', 'b')
    """
    return _label(key, text, lang) if _label(key, text, "en") == key else key


def _languages(*texts: Any) -> list[str]:
    """The language codes that any of ``texts`` (LocalizedText or None) is written in, English first."""
    codes = {code for text in texts if isinstance(text, Mapping) for code in text}
    return ["en", *sorted(codes - {"en"})]


def _localized_code(write: Callable[[str], str], *texts: Any) -> LocalizedText:
    """Solution code per language, written by ``write(lang)``: one string when every language reads the same."""
    codes = {lang: write(lang) for lang in _languages(*texts)}
    return codes["en"] if len(set(codes.values())) == 1 else codes


def _as_mistakes(mistakes: Sequence[Mistake | tuple]) -> list[Mistake]:
    converted = []
    for mistake in mistakes:
        if isinstance(mistake, Mistake):
            converted.append(mistake)
        elif isinstance(mistake, tuple) and len(mistake) == 2:
            converted.append(Mistake(*mistake))
        else:
            raise TypeError("mistakes must be Mistake(match, message) objects or (match, message) pairs.")
    return converted


class ValueQuestion(Question):
    """Compute a value: a number, text, bool, Series, DataFrame, list or dict.

    Parameters
    ----------
    expected : value or callable, optional
        The right answer, or a function of no arguments that computes it from the course data. A function
        runs at the first check (never at import) and its result is kept, unless ``recompute`` is True.
    recompute : bool
        Run ``expected`` (a function) at every check instead of once. For answers that depend on data the
        notebook chooses, such as the learner's own export in notebook 12: the same question must follow
        whichever file was loaded last, so nothing computed from an earlier file may be kept.
    precision : int, "exact", Precision or None
        How precise numbers must be, the same for a number, a Series, a list or a dict (see
        :mod:`smm_course.exercises.precision`): a number of decimals that is enough (``3``), ``"exact"`` for
        whole numbers (years, counts, people: judged exactly, with "one off" feedback), or None to keep every
        digit (then ``rtol`` and ``atol`` apply). The starter comment states it: :attr:`precision_note`.
    rtol, atol : float
        Tolerance for floats when every digit is kept: right when ``|answer - expected| <= atol + rtol *
        |expected|``.
    ordered : bool
        Whether the order of rows or items matters (default True; set False for "which ones" answers).
    column_order : bool
        Whether the order of a DataFrame's columns matters (default False).
    rule : callable, optional
        Extra (or, without ``expected``, the only) test: ``rule(answer)`` returns True/None when right,
        False or a message when wrong, or raises ``Incorrect(message)``.
    mistakes : list of Mistake or (match, message)
        Known wrong answers with targeted feedback, tried before the built-in diagnosis.
    Other parameters are those of :class:`~smm_course.exercises.core.Question`.

    >>> q = ValueQuestion(id="demo.q2", title="Shares", expected=lambda: 40,
    ...                   mistakes=[(4, "That is the number of posts, not shares.")])
    >>> print(q.check(4).message)
    That is the number of posts, not shares.
    """

    kind = "value"

    def __init__(self, id: str, title: LocalizedText, expected: Any = None, *, prompt: LocalizedText = "",
                 hints: Sequence[LocalizedText] = (), solution: str = "", explanation: LocalizedText = "",
                 variable: str | None = None, precision: Precision | int | str | None = None,
                 rtol: float = compare.DEFAULT_RTOL, atol: float = compare.DEFAULT_ATOL,
                 ordered: bool = True, column_order: bool = False, rule: Rule | None = None,
                 mistakes: Sequence[Mistake | tuple] = (), recompute: bool = False) -> None:
        super().__init__(id, title, prompt, hints, solution, explanation, variable)
        if expected is None and rule is None:
            raise ValueError(f"{id}: give expected=... (a value or a function) or rule=..., or both.")
        for name, value in (("rtol", rtol), ("atol", atol)):
            if not compare.is_number(value) or value < 0:
                raise ValueError(f"{id}: {name}={value!r} must be a number >= 0.")
        try:
            self.precision = Precision.of(precision, rtol, atol)
        except ValueError as problem:
            raise ValueError(f"{id}: {problem}") from None
        if recompute and not callable(expected):
            raise ValueError(f"{id}: recompute=True needs expected=... to be a function of no arguments.")
        self.recompute = bool(recompute)
        self._expected = expected
        self._expected_ready = expected is None or not callable(expected)
        self.rtol, self.atol = self.precision.tolerances
        self.ordered, self.column_order = ordered, column_order
        self.rule = rule
        self.mistakes = _as_mistakes(mistakes)

    @property
    def expected(self) -> Any:
        """The right answer, computed (once, or at every use with ``recompute``) when declared as a function."""
        if self.recompute:
            return self._expected()
        if not self._expected_ready:
            self._expected = self._expected()
            self._expected_ready = True
        return self._expected

    @property
    def precision_note(self) -> str:
        """What the starter comment says about precision, e.g. "3 decimals is enough" or "exact"."""
        return self.precision.note

    def _same(self, answer: Any, value: Any) -> bool:
        return compare.values_match(answer, value, ordered=self.ordered, column_order=self.column_order,
                                    precision=self.precision)

    def _judge(self, answer: Any) -> None:
        expected = self.expected
        if expected is not None and self._same(answer, expected):
            if self.rule is not None:
                _apply_rule(self.rule, answer)
            return
        for mistake in self.mistakes:
            if mistake.matches(answer, self._same):
                raise Incorrect(mistake.message)
        compare.generic_problems(answer)
        if expected is not None:
            compare.judge_value(answer, expected, ordered=self.ordered, column_order=self.column_order,
                                precision=self.precision)
        if self.rule is None:
            raise Incorrect(translate("feedback.incorrect_generic"))
        _apply_rule(self.rule, answer)


class ChoiceQuestion(Question):
    """Single or multiple choice.

    The student answers with an option's key or its text (case does not matter); for multiple choice,
    with a list or set of them. The widget offers radio buttons (single) or checkboxes (multiple).

    Parameters
    ----------
    options : list of str, or dict key -> text
        The options. A list uses each text as its own key.
    answer : key, or list of keys when ``multiple``
        The right option(s).
    multiple : bool
        Several options may be right; all right ones and no others must be picked.
    feedback : dict key -> message
        Targeted feedback for picking a wrong option.

    >>> q = ChoiceQuestion(id="demo.q3", title="Biggest", options=["YouTube", "X"], answer="YouTube",
    ...                    feedback={"X": "X is used by about 1 in 5 US adults."})
    >>> q.check("youtube").status
    'correct'
    >>> print(q.check("X").message)
    X is used by about 1 in 5 US adults.
    """

    kind = "choice"
    has_widget = True

    def __init__(self, id: str, title: LocalizedText, options: Sequence[LocalizedText] | Mapping[str, LocalizedText],
                 answer: Any, *, multiple: bool = False, prompt: LocalizedText = "",
                 hints: Sequence[LocalizedText] = (), explanation: LocalizedText = "",
                 feedback: Mapping[str, LocalizedText] | None = None, variable: str | None = None) -> None:
        if isinstance(options, Mapping):
            self._options = {str(key): text for key, text in options.items()}
        else:
            self._options = {localize(text, "en"): text for text in options}
        if len(self._options) < 2:
            raise ValueError(f"{id}: options needs at least two choices.")
        self.multiple = multiple
        answers = list(answer) if multiple and not isinstance(answer, str) else [answer]
        unknown = [key for key in answers if key not in self._options]
        if unknown or (not multiple and len(answers) != 1):
            raise ValueError(f"{id}: answer={answer!r} must be among the option keys: {', '.join(self._options)}.")
        self._answer = frozenset(answers)
        self._feedback = dict(feedback or {})
        bad = [key for key in self._feedback if key not in self._options]
        if bad:
            raise ValueError(f"{id}: feedback keys {bad} are not options; use: {', '.join(self._options)}.")
        call = f"{variable} = " if variable else f"ex.{id.split('.', 1)[1]}.widget(answer="

        def write(lang: str) -> str:
            # An option given as a list is named by its text, so an Italian solution names it in Italian.
            named = [_code_name(key, self._options[key], lang) for key in sorted(self._answer)]
            value = repr(named if multiple else named[0])
            return call + value + ("" if variable else ")")

        code = _localized_code(write, *self._options.values())
        super().__init__(id, title, prompt, hints, code, explanation, variable)

    @property
    def options(self) -> dict[str, str]:
        """Option key -> text in the current language, in declaration order."""
        return {key: localize(text) for key, text in self._options.items()}

    def solution_answer(self) -> Any:
        """The right answer as the check and ``widget(answer=...)`` accept it."""
        return sorted(self._answer) if self.multiple else next(iter(self._answer))

    def option_key(self, given: Any) -> str:
        """The key of the option a student named (key, text in any language, any case, or its number)."""
        if isinstance(given, str):
            wanted = _fold(given)
            for key, text in self._options.items():
                if wanted in _names(key, text):
                    return key
        elif isinstance(given, numbers.Integral) and not isinstance(given, bool) and str(given) in self._options:
            return str(given)
        named = [_code_name(key, text) for key, text in self._options.items()]
        raise Uncheckable(translate("feedback.not_an_option", given=compare.format_value(given),
                                    options=compare.list_labels(named, limit=12)))

    def _judge(self, answer: Any) -> None:
        if self.multiple:
            if isinstance(answer, (str, numbers.Number)) or answer is None:
                picked = [] if answer is None else [answer]
            elif isinstance(answer, (list, tuple, set, frozenset)):
                picked = list(answer)
            else:
                raise Uncheckable(translate("feedback.choice_wrong_type_multiple", given=compare.describe_type(answer)))
            if not picked:
                raise NotAttempted(translate("feedback.nothing_picked"))
            keys = {self.option_key(item) for item in picked}
            wrong = sorted(keys - self._answer)
            missing = self._answer - keys
            if wrong:
                targeted = [localize(self._feedback[key]) for key in wrong if key in self._feedback]
                if targeted:
                    raise Incorrect(" ".join(targeted))
                raise Incorrect(translate("feedback.wrong_options", n=len(wrong)))
            if missing:
                raise Incorrect(translate("feedback.missing_options", n=len(missing)))
            return
        if answer is None:
            raise NotAttempted(translate("feedback.nothing_picked"))
        if isinstance(answer, (list, tuple, set, frozenset)):
            if len(answer) != 1:
                raise Uncheckable(translate("feedback.choice_one_only"))
            answer = next(iter(answer))
        key = self.option_key(answer)
        if key not in self._answer:
            raise Incorrect(localize(self._feedback[key]) if key in self._feedback else translate("feedback.wrong_option"))

    def widget(self, answer: Any = None):
        """An interactive view: radio buttons (or checkboxes) and a Check button calling :meth:`check`.

        With ``answer=`` the controls are preset and checked at once.
        """
        return widgets.choice_widget(self, answer)


class ClassifyQuestion(Question):
    """Put each item into one category (e.g. paid, owned or earned media).

    The answer is a dict ``{item: category}``. An item is named by its key (its English text) or by its label in
    any language, a category by its key or its name in any language; case and extra spaces do not matter.

    Parameters
    ----------
    categories : list of str or dict
        The categories, in display order. A category's key is its English name.
    items : dict item -> category
        The right category for each item. Each item's key is its English text: the answer dict, ``feedback``,
        ``also_right``, the progress store and the grader all use it.
    item_labels : dict item -> dict, optional
        What a student sees for an item in other languages, e.g. ``{"A customer review": {"it": "Una recensione
        di un cliente"}}``: the widget's labels, the feedback ("Look again at: ...") and the solution use it. A
        student may also type the label in a code answer. Like a key, a label that students may have typed
        should not change once published.
    feedback : dict (item, category) -> message
        Targeted feedback for a known wrong placement.
    also_right : dict item -> categories, optional
        Other categories that are defensible for an item and accepted as right too (the main one in ``items``
        is what the solution shows).

    >>> q = ClassifyQuestion(id="demo.q4", title="Media", categories=["paid", {"en": "earned", "it": "guadagnati"}],
    ...                      items={"A sponsored post": "paid", "A customer review": "earned"},
    ...                      item_labels={"A customer review": {"it": "Una recensione di un cliente"}})
    >>> print(q.check({"A sponsored post": "paid", "A customer review": "paid"}).message)
    1 of 2 placed right. Look again at: A customer review.
    >>> print(q.check({"A sponsored post": "paid", "una recensione di un cliente": "guadagnati"}).status)
    correct
    """

    kind = "classify"
    has_widget = True

    def __init__(self, id: str, title: LocalizedText, categories: Sequence[LocalizedText],
                 items: Mapping[str, str], *, item_labels: Mapping[str, Mapping[str, str]] | None = None,
                 prompt: LocalizedText = "", hints: Sequence[LocalizedText] = (),
                 explanation: LocalizedText = "", feedback: Mapping[tuple, LocalizedText] | None = None,
                 also_right: Mapping[str, Sequence[str]] | None = None, variable: str | None = None) -> None:
        self._categories = {localize(c, "en"): c for c in categories}
        self._items = dict(items)
        self._also_right = {item: frozenset([chosen] if isinstance(chosen, str) else chosen)
                            for item, chosen in (also_right or {}).items()}
        used = {c for c in self._items.values()} | {c for chosen in self._also_right.values() for c in chosen}
        unknown = sorted(c for c in used if c not in self._categories)
        if unknown:
            raise ValueError(f"{id}: items use categories {unknown} that are not in categories={list(self._categories)}.")
        strangers = sorted(item for item in self._also_right if item not in self._items)
        if strangers:
            raise ValueError(f"{id}: also_right names {strangers}, which are not items.")
        self._item_labels = dict(item_labels or {})
        strangers = sorted(item for item in self._item_labels if item not in self._items)
        if strangers:
            raise ValueError(f"{id}: item_labels names {strangers}, which are not items.")
        if not all(isinstance(label, Mapping) for label in self._item_labels.values()):
            raise TypeError(f"{id}: item_labels must map each item to a dict by language, e.g. {{'it': '...'}}.")
        self._feedback = dict(feedback or {})
        call = f"{variable} = " if variable else f"ex.{id.split('.', 1)[1]}.widget(answer="

        def write(lang: str) -> str:
            # The items and categories in the student's language: the check accepts them in any language.
            placed = {_code_name(item, self._item_labels.get(item), lang):
                      _code_name(category, self._categories[category], lang) for item, category in self._items.items()}
            return f"{call}{placed!r}" + ("" if variable else ")")

        code = _localized_code(write, *self._categories.values(), *self._item_labels.values())
        super().__init__(id, title, prompt, hints, code, explanation, variable)

    @property
    def categories(self) -> dict[str, str]:
        """Category key -> name in the current language."""
        return {key: localize(text) for key, text in self._categories.items()}

    @property
    def items(self) -> list[str]:
        """The items to place (their keys), in declaration order."""
        return list(self._items)

    @property
    def item_labels(self) -> dict[str, str]:
        """Item key -> what a student sees for it in the current language, in declaration order."""
        return {item: self.item_label(item) for item in self._items}

    def item_label(self, item: str, lang: str | None = None) -> str:
        """What a student sees for ``item`` (a key) in ``lang`` (default: the current language)."""
        return _label(item, self._item_labels.get(item), lang)

    def item_key(self, given: Any) -> str | None:
        """The key of the item a student named (its key, or its label in any language, any case); None if none.

        >>> q = ClassifyQuestion(id="demo.q8", title="Media", categories=["paid"], items={"An ad": "paid"},
        ...                      item_labels={"An ad": {"it": "Un annuncio"}})
        >>> q.item_key("un  ANNUNCIO"), q.item_key("A poster")
        ('An ad', None)
        """
        if isinstance(given, str):
            if given in self._items:
                return given
            wanted = _fold(given)
            for item in self._items:
                if wanted in _names(item, self._item_labels.get(item)):
                    return item
        return None

    def solution_answer(self) -> dict[str, str]:
        """The right placement, as the check and ``widget(answer=...)`` accept it."""
        return dict(self._items)

    def accepts(self, item: str, category: str) -> bool:
        """True when ``category`` (a category key) is right for ``item``: its main category or an also-right one.

        >>> q = ClassifyQuestion(id="demo.q7", title="Kind", categories=["content", "social"],
        ...                      items={"Instagram": "social"}, also_right={"Instagram": ["content"]})
        >>> q.accepts("Instagram", "content"), q.check({"Instagram": "content"}).status
        (True, 'correct')
        """
        return category == self._items[item] or category in self._also_right.get(item, ())

    def category_key(self, given: Any) -> str | None:
        """The key of the category a student named (any language, any case); None for "not placed yet".

        Raises ``Uncheckable`` naming the categories when ``given`` is none of them."""
        if given is None or given is Ellipsis or given == "":
            return None
        if isinstance(given, str):
            wanted = _fold(given)
            for key, text in self._categories.items():
                if wanted in _names(key, text):
                    return key
        raise Uncheckable(translate("feedback.not_a_category", given=compare.format_value(given),
                                    categories=compare.list_labels(self.categories.values(), limit=12)))

    def _judge(self, answer: Any) -> None:
        if not isinstance(answer, Mapping):
            # An example in this question's own terms; the category is the first one, not the item's answer.
            first = next(iter(self._items))
            item, category = self.item_label(first), next(iter(self.categories.values()))
            item = item if len(item) <= 30 else item[:29] + "…"
            raise Uncheckable(translate("feedback.classify_wrong_type", example=f"{{{item!r}: {category!r}}}",
                                        given=compare.describe_type(answer)))
        keys = {given: self.item_key(given) for given in answer}
        unknown = [given for given, key in keys.items() if key is None]
        if unknown:
            raise Uncheckable(translate("feedback.not_an_item", given=compare.list_labels(unknown),
                                        items=compare.list_labels(self.item_labels.values(), limit=12)))
        placed = {keys[given]: self.category_key(category) for given, category in answer.items()}
        placed = {item: category for item, category in placed.items() if category is not None}
        if not placed:
            raise NotAttempted(translate("feedback.nothing_placed"))
        unplaced = [self.item_label(item) for item in self._items if item not in placed]
        if unplaced:
            raise Incorrect(translate("feedback.unplaced_items", items=compare.list_labels(unplaced)))
        wrong = [item for item in self._items if not self.accepts(item, placed[item])]
        if wrong:
            targeted = [localize(self._feedback[(item, placed[item])]) for item in wrong
                        if (item, placed[item]) in self._feedback]
            summary = translate("feedback.classify_wrong", right=len(self._items) - len(wrong), total=len(self._items),
                                items=compare.list_labels([self.item_label(item) for item in wrong]))
            raise Incorrect(" ".join([summary, *targeted]))

    def widget(self, answer: Mapping[str, str] | None = None):
        """An interactive view: one dropdown per item and a Check button calling :meth:`check`."""
        return widgets.classify_widget(self, answer)


class Slider:
    """A numeric control of an explorer question (an integer or float slider).

    >>> Slider("budget", 1, 10, value=3).value
    3
    """

    def __init__(self, name: str, min: float, max: float, step: float = 1, value: float | None = None,
                 description: LocalizedText = "") -> None:
        if not min < max:
            raise ValueError(f"Slider {name!r}: min={min!r} must be below max={max!r}.")
        self.name, self.min, self.max, self.step = name, min, max, step
        self.value = min if value is None else value
        self._description = description or name
        self.integer = all(isinstance(v, numbers.Integral) for v in (min, max, step, self.value))

    @property
    def description(self) -> str:
        """The control's label in the current language."""
        return localize(self._description)

    def validate(self, value: Any) -> float:
        """Return the value as a number, or raise ``Uncheckable`` saying the allowed range."""
        if not compare.is_number(value):
            raise Uncheckable(translate("feedback.control_not_number", name=self.name, given=compare.format_value(value),
                                        min=self.min, max=self.max))
        if not self.min <= value <= self.max:
            raise Uncheckable(translate("feedback.control_range", name=self.name, given=compare.format_value(value),
                                        min=self.min, max=self.max))
        return int(value) if self.integer else float(value)


class Dropdown:
    """A pick-one control of an explorer question.

    ``options`` are the values the goal receives (and answers, the progress store and the grader use).
    ``labels`` says what a student sees for a value, by language: ``{"random": {"en": "random people", "it":
    "persone a caso"}}``; a value with no label shows itself (right for data values such as ``"Instagram"``). A
    code answer may name an option by its value or by its label in any language.

    >>> Dropdown("seeding", ["random", "hubs"]).value
    'random'
    >>> who = Dropdown("who", ["everyone", "consenting"], labels={"everyone": {"it": "tutti"}})
    >>> who.labels_in("it"), who.validate("Tutti")
    ({'everyone': 'tutti', 'consenting': 'consenting'}, 'everyone')
    """

    def __init__(self, name: str, options: Sequence[str], value: str | None = None,
                 description: LocalizedText = "", labels: Mapping[str, Mapping[str, str]] | None = None) -> None:
        if not options:
            raise ValueError(f"Dropdown {name!r}: options must not be empty.")
        self.name, self.options = name, list(options)
        self.value = self.options[0] if value is None else value
        self._description = description or name
        self._labels = dict(labels or {})
        strangers = [option for option in self._labels if option not in self.options]
        if strangers:
            raise ValueError(f"Dropdown {name!r}: labels names {strangers}, which are not options.")
        if not all(isinstance(label, Mapping) for label in self._labels.values()):
            raise TypeError(f"Dropdown {name!r}: labels must map each option to a dict by language.")

    @property
    def description(self) -> str:
        """The control's label in the current language."""
        return localize(self._description)

    @property
    def labels(self) -> dict[str, str]:
        """Option value -> what a student sees for it in the current language, in order."""
        return self.labels_in(None)

    def labels_in(self, lang: str | None) -> dict[str, str]:
        """Option value -> what a student sees for it in ``lang`` (None: the current language)."""
        return {option: _label(option, self._labels.get(option), lang) for option in self.options}

    def code_name(self, option: str, lang: str | None = None) -> str:
        """How code names ``option``: its label in the language when its English label is the value itself."""
        return _code_name(option, self._labels.get(option), lang)

    def validate(self, value: Any) -> str:
        """Return the option's value (given as a value or a label), or raise ``Uncheckable`` listing the options."""
        if value in self.options:
            return value
        if isinstance(value, str):
            wanted = _fold(value)
            for option in self.options:
                if isinstance(option, str) and wanted in _names(option, self._labels.get(option)):
                    return option
        named = [self.code_name(option) for option in self.options]
        raise Uncheckable(translate("feedback.control_option", name=self.name, given=compare.format_value(value),
                                    options=compare.list_labels(named, limit=12)))


class LiveView(Protocol):
    """What an explorer question shows live under its controls (a picture and its sentence, say).

    ``widgets`` are placed between the controls and the Check button; ``update(values)`` is called with the
    controls' values (name -> value) once at the start and after every change. The view sets its widgets'
    values (never ``display()``), so it behaves the same in JupyterLab, under nbclient and under nbval.
    """

    widgets: list

    def update(self, values: dict) -> None: ...


class ExplorerQuestion(Question):
    """Move controls until a goal is met; the goal judges the controls' values.

    The answer is a dict ``{control name: value}`` (what the widget's Check button sends).

    Parameters
    ----------
    controls : list of Slider or Dropdown
        The widget's controls.
    goal : callable
        ``goal(values) -> True/None`` when met, ``False`` or a message when not (or raises ``Incorrect``).
    live : callable, optional
        A function of no arguments that builds a :class:`LiveView` (one per widget): what the student sees change
        while moving the controls.
    answer : dict
        Values that meet the goal; used by solved copies and shown as the solution.

    >>> q = ExplorerQuestion(id="demo.q5", title="Budget", controls=[Slider("seeds", 1, 10)],
    ...                      goal=lambda v: v["seeds"] >= 4 or "Not enough people reached yet.", answer={"seeds": 4})
    >>> q.check({"seeds": 2}).message, q.check({"seeds": 5}).status
    ('Not enough people reached yet.', 'correct')
    """

    kind = "explorer"
    has_widget = True

    def __init__(self, id: str, title: LocalizedText, controls: Sequence[Slider | Dropdown], goal: Rule,
                 answer: Mapping[str, Any], *, live: Callable[[], LiveView] | None = None,
                 prompt: LocalizedText = "", hints: Sequence[LocalizedText] = (),
                 explanation: LocalizedText = "") -> None:
        self.controls = list(controls)
        names = [control.name for control in self.controls]
        if len(set(names)) != len(names) or not names:
            raise ValueError(f"{id}: controls need distinct names; got {names}.")
        if set(answer) != set(names):
            raise ValueError(f"{id}: answer must give a value for each control: {', '.join(names)}.")
        self.goal, self.live = goal, live
        self._answer = dict(answer)
        dropdowns = {control.name: control for control in self.controls if isinstance(control, Dropdown)}

        def write(lang: str) -> str:
            values = {name: dropdowns[name].code_name(value, lang) if name in dropdowns else value
                      for name, value in self._answer.items()}
            return f"ex.{id.split('.', 1)[1]}.widget(answer={values!r})"

        code = _localized_code(write, *(label for control in dropdowns.values() for label in control._labels.values()))
        super().__init__(id, title, prompt, hints, code, explanation)

    def solution_answer(self) -> dict[str, Any]:
        """Control values that meet the goal."""
        return dict(self._answer)

    def _judge(self, answer: Any) -> None:
        if not isinstance(answer, Mapping):
            raise Uncheckable(translate("feedback.explorer_wrong_type",
                                        names=", ".join(c.name for c in self.controls)))
        unknown = [name for name in answer if name not in {c.name for c in self.controls}]
        if unknown:
            raise Uncheckable(translate("feedback.unknown_controls", given=compare.list_labels(unknown),
                                        names=", ".join(c.name for c in self.controls)))
        values = {c.name: c.validate(answer.get(c.name, c.value)) for c in self.controls}
        _apply_rule(self.goal, values)

    def widget(self, answer: Mapping[str, Any] | None = None):
        """An interactive view: the controls, a live display and a Check button calling :meth:`check`."""
        return widgets.explorer_widget(self, answer)


class ReflectionQuestion(Question):
    """An open question with a model answer. Never scored: a written answer is ``submitted``.

    Parameters
    ----------
    model_answer : str or dict
        A good answer, shown by :meth:`solution` for the student to compare with.
    min_words : int
        Fewer words than this count as not attempted yet.

    >>> q = ReflectionQuestion(id="demo.q6", title="Why", model_answer="Because...", variable="my_answer")
    >>> q.check("Because replies build trust with customers.").status
    'submitted'
    """

    kind = "reflection"

    def __init__(self, id: str, title: LocalizedText, model_answer: LocalizedText, *,
                 prompt: LocalizedText = "", hints: Sequence[LocalizedText] = (), variable: str | None = None,
                 min_words: int = 3) -> None:
        self._model_answer = model_answer
        self.min_words = min_words
        code = f"{variable} = {localize(model_answer, 'en')!r}" if variable else ""
        super().__init__(id, title, prompt, hints, code, model_answer, variable)

    @property
    def model_answer(self) -> str:
        """The model answer in the current language."""
        return localize(self._model_answer)

    def _judge(self, answer: Any) -> None:
        if not isinstance(answer, str):
            raise Uncheckable(translate("feedback.reflection_wrong_type", given=compare.describe_type(answer)))
        if len(answer.split()) < self.min_words:
            raise NotAttempted(translate("feedback.reflection_too_short", n=self.min_words))
        raise Submitted(translate("feedback.submitted"))


class Quiz:
    """A "check your understanding" block: several choice questions shown together.

    Each question is its own catalogue entry (e.g. ``"03.quiz1"``); the quiz only groups them.

    Parameters
    ----------
    id : str
        The quiz's id, e.g. ``"03.quiz"``; starter cells may name it instead of each question.
    questions : list of ChoiceQuestion
        The quiz items, in order.

    >>> q1 = ChoiceQuestion(id="demo.quiz1", title="One", options=["a", "b"], answer="a")
    >>> quiz = Quiz(id="demo.quiz", title="Check your understanding", questions=[q1])
    >>> [r.status for r in quiz.check({"demo.quiz1": "a"})]
    ['correct']
    """

    kind = "quiz"
    has_widget = True

    def __init__(self, id: str, title: LocalizedText, questions: Sequence[ChoiceQuestion]) -> None:
        if not questions or not all(isinstance(q, ChoiceQuestion) for q in questions):
            raise ValueError(f"{id}: questions must be a non-empty list of ChoiceQuestion.")
        self.id, self._title, self.questions = id, title, list(questions)

    @property
    def title(self) -> str:
        """The quiz title in the current language."""
        return localize(self._title)

    @property
    def notebook(self) -> str:
        """The notebook number, the part of the id before the dot."""
        return self.id.split(".", 1)[0]

    def __repr__(self) -> str:
        return f"<Quiz {self.id}: {self.title} ({len(self.questions)} questions)>"

    def solution_answer(self) -> dict[str, Any]:
        """Question id -> right answer, as :meth:`check` and ``widget(answer=...)`` accept it."""
        return {q.id: q.solution_answer() for q in self.questions}

    def check(self, answers: Mapping[str, Any]) -> list:
        """Check several answers at once (question id -> answer); unanswered ones are not attempted."""
        if not isinstance(answers, Mapping):
            raise TypeError("answers must be a dict of question id -> answer, e.g. {'03.quiz1': 'b'}.")
        unknown = [key for key in answers if key not in {q.id for q in self.questions}]
        if unknown:
            raise ValueError(f"answers has ids {unknown} that are not in this quiz: "
                             f"{', '.join(q.id for q in self.questions)}.")
        return [q.check(answers.get(q.id, ...)) for q in self.questions]

    def widget(self, answer: Mapping[str, Any] | None = None):
        """All questions, each with its own Check button, plus one button that checks them all."""
        return widgets.quiz_widget(self, answer)
