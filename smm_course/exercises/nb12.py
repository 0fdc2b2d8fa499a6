"""Questions of notebook 12, "Your own accounts: analyse your own export".

Data: whichever export the notebook loaded. The notebook reads a file (a shipped sample export by default, or the
learner's own), prepares it with :func:`smm_course.own_data.prepare`, and passes it to :func:`use`. From then on,
every expected answer is computed from that file, at every check (``recompute=True``): a learner who loads
another file and runs the notebook again is checked against the new one.

Before :func:`use` is called (in tests, or in the grader's own process) the questions follow the notebook's
default file, the Instagram sample export. That is why the grader does not count this notebook by default
(:data:`GRADED`): it judges answers outside the learner's kernel, where their own file is not loaded (and often
should not be: it is their account's data). docs/teaching.md says how to grade it anyway.

>>> q1.kind, q2.kind, q3.kind, q4.kind
('value', 'value', 'value', 'reflection')
>>> [q.id for q in quiz.questions]
['12.quiz1', '12.quiz2', '12.quiz3']
>>> q1.check(0.5).status
'incorrect'
"""

from __future__ import annotations

import pandas as pd

from smm_course.exercises.kinds import ChoiceQuestion, Mistake, Quiz, ReflectionQuestion, ValueQuestion
from smm_course.exercises.matchers import near

NOTEBOOK_TITLE = {"en": "Your own accounts", "it": "I tuoi account"}

#: Not counted by ``smm-course grade`` unless grading.toml lists "12": the answers depend on each learner's own
#: file, which the grader does not have (see the module's docstring and docs/teaching.md).
GRADED = False

#: The sample export the notebook loads by default, and the questions follow until :func:`use` is called.
DEFAULT_EXPORT = "instagram_posts"
_NEEDED = ("engagements", "base", "day", "weekday")
_bound: dict[str, pd.DataFrame] = {}


def use(posts: pd.DataFrame) -> None:
    """Check this notebook's answers against ``posts`` from now on (a file from ``own_data.prepare``).

    >>> use("my_file.csv")
    Traceback (most recent call last):
    ...
    ValueError: ex.use needs the prepared table (posts = own_data.prepare(read_export(EXPORT))), not str.
    """
    if not isinstance(posts, pd.DataFrame) or not all(c in posts.columns for c in _NEEDED):
        raise ValueError("ex.use needs the prepared table (posts = own_data.prepare(read_export(EXPORT))), "
                         f"not {type(posts).__name__}.")
    _bound["posts"] = posts


def loaded() -> pd.DataFrame:
    """The file the answers are checked against: the one given to :func:`use`, else the default sample."""
    if "posts" not in _bound:
        from smm_course import own_data
        from smm_course.imports import read_export, sample_export

        _bound["posts"] = own_data.prepare(read_export(sample_export(DEFAULT_EXPORT)))
    return _bound["posts"]


# -- q1: the file's engagement rate --------------------------------------------------------------------------------
def _rate() -> float:
    posts = loaded()
    return float(posts["engagements"].sum() / posts["base"].sum())


def _mean_of_rates() -> float:
    posts = loaded()
    return float((posts["engagements"] / posts["base"]).mean())


def _about(answer, value: float | None) -> bool:
    """``answer`` is ``value``, exactly or rounded to the 4 decimals the question asks for."""
    try:
        return value is not None and abs(float(answer) - value) <= max(6e-5, 1e-3 * abs(value))
    except (TypeError, ValueError):
        return False


def _other_base() -> float | None:
    """The rate per impression, when the file's base is reach and it also has impressions."""
    posts = loaded()
    if posts.attrs.get("own_data", {}).get("base") != "reach" or "impressions" not in posts.columns:
        return None
    impressions = pd.to_numeric(posts["impressions"], errors="coerce").sum()
    return float(posts["engagements"].sum() / impressions) if impressions > 0 else None


def _with_saves() -> float | None:
    """The rate with saves added to the engagements, when the file has saves."""
    posts = loaded()
    if "saves" not in posts.columns:
        return None
    saves = pd.to_numeric(posts["saves"], errors="coerce").fillna(0).sum()
    return float((posts["engagements"].sum() + saves) / posts["base"].sum()) if saves > 0 else None


q1 = ValueQuestion(
    id="12.q1",
    title={"en": "Your engagement rate", "it": "Il tuo tasso di coinvolgimento"},
    expected=_rate,
    recompute=True,
    precision=4,
    variable="engagement_rate",
    hints=[
        {"en": "Pool the whole file: add up all the engagements, add up all the base, then divide.",
         "it": "Aggrega tutto il file: somma tutte le interazioni, somma tutta la base, poi dividi."},
        {"en": "`posts[\"engagements\"].sum()` is the total of engagements; `posts[\"base\"].sum()` the total base.",
         "it": "`posts[\"engagements\"].sum()` è il totale delle interazioni; `posts[\"base\"].sum()` il totale "
               "della base."},
    ],
    solution='engagement_rate = posts["engagements"].sum() / posts["base"].sum()',
    explanation={
        "en": "The pooled rate weighs every post by how many people saw it, so it says how engaging the account "
              "was as a whole. Compare it only with rates computed the same way (same base, same platform).",
        "it": "Il tasso aggregato pesa ogni post per quante persone l'hanno visto, quindi indica quanto coinvolge "
              "l'account nel complesso. Confrontalo solo con tassi calcolati allo stesso modo (stessa base, stessa "
              "piattaforma).",
    },
    mistakes=[
        Mistake(lambda answer: _about(answer, _mean_of_rates()) and not near(_rate(), rtol=1e-3)(answer),
                {"en": "That is the mean of each post's own rate, where a post seen by 10 people counts as much as "
                       "one seen by 10,000. Pool instead: total engagements / total base.",
                 "it": "Questa è la media dei tassi dei singoli post, dove un post visto da 10 persone conta quanto "
                       "uno visto da 10.000. Aggrega invece: interazioni totali / base totale."}),
        Mistake(lambda answer: _about(answer, _other_base())
                and not near(_rate(), rtol=1e-3)(answer),
                {"en": "You divided by impressions (views). The course divides by reach, the people who saw the "
                       "posts, when the file has it: use the `base` column, which holds reach here.",
                 "it": "Hai diviso per le impressioni. Il corso divide per la copertura, le persone che hanno visto i "
                       "post, quando il file ce l'ha: usa la colonna `base`, che qui è la copertura."}),
        Mistake(lambda answer: _about(answer, _with_saves())
                and not near(_rate(), rtol=1e-3)(answer),
                {"en": "You added the saves. The course's engagements are likes, comments, shares and clicks, "
                       "without saves: use the `engagements` column as it is.",
                 "it": "Hai aggiunto i salvataggi. Le interazioni del corso sono mi piace, commenti, condivisioni "
                       "e clic, senza salvataggi: usa la colonna `engagements` così com'è."}),
        Mistake(lambda answer: near(1 / _rate(), rtol=1e-3)(answer),
                {"en": "You divided the other way round: engagements go on top, the base below.",
                 "it": "Hai diviso al contrario: le interazioni vanno al numeratore, la base al denominatore."}),
    ],
)


# -- q2: the engagement rate by weekday ------------------------------------------------------------------------------
def _by_weekday() -> pd.Series:
    posts = loaded()
    totals = posts.groupby("weekday", observed=True)[["engagements", "base"]].sum()
    return totals["engagements"] / totals["base"]


def _mean_by_weekday() -> pd.Series:
    posts = loaded()
    return (posts["engagements"] / posts["base"]).groupby(posts["weekday"], observed=True).mean()


q2 = ValueQuestion(
    id="12.q2",
    title={"en": "Your engagement rate by weekday", "it": "Il tuo tasso di coinvolgimento per giorno"},
    expected=_by_weekday,
    recompute=True,
    precision=4,
    ordered=False,
    variable="rate_by_weekday",
    hints=[
        {"en": "Group the rows by `weekday`, add up `engagements` and `base` in each group, then divide.",
         "it": "Raggruppa le righe per `weekday`, somma `engagements` e `base` in ogni gruppo, poi dividi."},
        {"en": "`posts.groupby(\"weekday\", observed=True)[[\"engagements\", \"base\"]].sum()` gives one row per "
               "weekday with the two totals.",
         "it": "`posts.groupby(\"weekday\", observed=True)[[\"engagements\", \"base\"]].sum()` dà una riga per "
               "giorno con i due totali."},
        {"en": "Divide the two columns of that table: `totals[\"engagements\"] / totals[\"base\"]`.",
         "it": "Dividi le due colonne di quella tabella: `totals[\"engagements\"] / totals[\"base\"]`."},
    ],
    solution=('totals = posts.groupby("weekday", observed=True)[["engagements", "base"]].sum()\n'
              'rate_by_weekday = totals["engagements"] / totals["base"]'),
    explanation={
        "en": "Each weekday's pooled rate. The differences are worth acting on only where the intervals in the "
              "next figure do not overlap much: a weekday with few posts can top the list by luck.",
        "it": "Il tasso aggregato di ogni giorno. Conviene agire sulle differenze solo dove gli intervalli della "
              "figura seguente si sovrappongono poco: un giorno con pochi post può finire in cima per caso.",
    },
    mistakes=[
        Mistake(lambda answer: near(_mean_by_weekday(), rtol=1e-3, ordered=False)(answer),
                {"en": "Those are the means of each post's own rate. Pool instead: add up engagements and base per "
                       "weekday first, then divide.",
                 "it": "Queste sono le medie dei tassi dei singoli post. Aggrega invece: prima somma interazioni "
                       "e base per giorno, poi dividi."}),
    ],
)


# -- q3: posts per week --------------------------------------------------------------------------------------------
def _per_week() -> float:
    posts = loaded()
    days = (posts["day"].max() - posts["day"].min()).days + 1
    return float(len(posts) / (days / 7))


def _per_day() -> float:
    posts = loaded()
    return float(len(posts) / ((posts["day"].max() - posts["day"].min()).days + 1))


q3 = ValueQuestion(
    id="12.q3",
    title={"en": "How often you post", "it": "Quanto spesso pubblichi"},
    expected=_per_week,
    recompute=True,
    precision=1,
    variable="posts_per_week",
    hints=[
        {"en": "Count the days from the first to the last (both included), turn them into weeks, and divide the "
               "number of rows by the weeks.",
         "it": "Conta i giorni dal primo all'ultimo (compresi), trasformali in settimane e dividi il numero di "
               "righe per le settimane."},
        {"en": "`days = (posts[\"day\"].max() - posts[\"day\"].min()).days + 1`; the weeks are `days / 7`; the "
               "rows are `len(posts)`.",
         "it": "`days = (posts[\"day\"].max() - posts[\"day\"].min()).days + 1`; le settimane sono `days / 7`; le "
               "righe sono `len(posts)`."},
    ],
    solution=('days = (posts["day"].max() - posts["day"].min()).days + 1\n'
              'posts_per_week = len(posts) / (days / 7)'),
    explanation={
        "en": "How many posts a week your file shows. A content calendar is only useful at a pace the team can "
              "keep, so start the plan below from this number.",
        "it": "Quanti post a settimana mostra il tuo file. Un piano editoriale serve solo a un ritmo che il "
              "team riesce a tenere, quindi parti da questo numero per il piano qui sotto.",
    },
    mistakes=[
        Mistake(lambda answer: near(_per_day(), rtol=1e-3)(answer),
                {"en": "That is per day. A week has 7 days: divide by the weeks, not by the days.",
                 "it": "Questo è al giorno. Una settimana ha 7 giorni: dividi per le settimane, non per i giorni."}),
    ],
)


# -- q4: what will you change ----------------------------------------------------------------------------------------
q4 = ReflectionQuestion(
    id="12.q4",
    title={"en": "One change to test", "it": "Un cambiamento da provare"},
    variable="my_next_step",
    min_words=8,
    model_answer={
        "en": "Our videos have the highest rate and their interval stays above the images', so next month we "
              "will post one more video a week, at our best hours, and compare the rate of the month "
              "with this one before deciding to keep it.",
        "it": "I nostri video hanno il tasso più alto e il loro intervallo resta sopra quello delle immagini, "
              "quindi il mese prossimo pubblicheremo un video in più a settimana, nelle ore migliori, e "
              "confronteremo il tasso del mese con questo prima di decidere se continuare.",
    },
    hints=[
        {"en": "Pick one result whose interval is clear of the others (or, if none is, a test that could make "
               "one clear), name the change, and say how you will know it worked.",
         "it": "Scegli un risultato il cui intervallo è separato dagli altri (o, se nessuno lo è, un test che "
               "potrebbe renderne uno separato), indica il cambiamento e di' come saprai se ha funzionato."},
    ],
)


# -- quiz ----------------------------------------------------------------------------------------------------------
quiz = Quiz(
    id="12.quiz",
    title={"en": "Check your understanding", "it": "Verifica la tua comprensione"},
    questions=[
        ChoiceQuestion(
            id="12.quiz1",
            title={"en": "Two formats, overlapping intervals", "it": "Due formati, intervalli sovrapposti"},
            prompt={"en": "Say that in your file carousels have a higher engagement rate than images, but their "
                          "95% intervals overlap a lot. What do you tell your manager?",
                    "it": "Poniamo che nel tuo file i caroselli abbiano un tasso di coinvolgimento più alto delle "
                          "immagini, ma che i loro intervalli al 95% si sovrappongano molto. Cosa dici al tuo "
                          "responsabile?"},
            options={
                "switch": {"en": "Make only carousels from now on.",
                           "it": "D'ora in poi facciamo solo caroselli."},
                "cannot_tell": {"en": "The data cannot tell them apart yet: keep both, and test carousels "
                                      "against images on purpose (an A/B test) if it matters.",
                                "it": "I dati non riescono ancora a distinguerli: teniamo entrambi e, se conta, "
                                      "mettiamo a confronto caroselli e immagini di proposito (un test A/B)."},
                "same": {"en": "Carousels and images engage exactly the same.",
                         "it": "Caroselli e immagini coinvolgono esattamente allo stesso modo."},
            },
            answer="cannot_tell",
            feedback={
                "switch": {"en": "With intervals that overlap this much, the gap could be luck: another period of "
                                 "the same kind of posts could reverse it.",
                           "it": "Con intervalli così sovrapposti la differenza potrebbe essere un caso: un altro "
                                 "periodo di post dello stesso tipo potrebbe ribaltarla."},
                "same": {"en": "Overlapping intervals mean \"cannot tell\", not \"the same\" (notebook 05).",
                         "it": "Intervalli sovrapposti vogliono dire «non si può dire», non «uguali» (notebook 05)."},
            },
            hints=[{"en": "Think back to the A/B test of notebook 05: what did \"not significant\" mean?",
                    "it": "Ripensa al test A/B del notebook 05: cosa voleva dire «non significativo»?"}],
        ),
        ChoiceQuestion(
            id="12.quiz2",
            title={"en": "A metric renamed", "it": "Una metrica rinominata"},
            prompt={"en": "Your 2024 export has a column Impressions; your 2025 export has Views instead, and the "
                          "numbers jump. What is the honest reading?",
                    "it": "La tua esportazione del 2024 ha la colonna Impression; quella del 2025 ha invece "
                          "Visualizzazioni, e i numeri saltano. Qual è la lettura onesta?"},
            options={
                "grew": {"en": "The account grew a lot in 2025.",
                         "it": "L'account è cresciuto molto nel 2025."},
                "redefined": {"en": "The platform redefined the metric (Instagram's impressions became views in "
                                    "April 2025), so compare the two years with care, or on a metric that did "
                                    "not change, such as reach.",
                              "it": "La piattaforma ha ridefinito la metrica (le impressioni di Instagram sono "
                                    "diventate visualizzazioni ad aprile 2025), quindi confronta i due anni con "
                                    "cautela, o su una metrica che non è cambiata, come la copertura."},
                "error": {"en": "One of the two files is broken.",
                          "it": "Uno dei due file è rovinato."},
            },
            answer="redefined",
            feedback={
                "grew": {"en": "Maybe, but the column changed name too. Look at what inspect_export said about the "
                               "Views column.",
                         "it": "Forse, ma anche la colonna ha cambiato nome. Guarda che cosa ha segnalato "
                               "`inspect_export` sulla colonna Visualizzazioni."},
                "error": {"en": "Both files read without errors; read_export would have said so otherwise.",
                          "it": "Entrambi i file si leggono senza errori; altrimenti `read_export` lo avrebbe "
                                "segnalato."},
            },
            hints=[{"en": "Read the notes of inspect_export at the top of the notebook.",
                    "it": "Leggi le note di `inspect_export` all'inizio del notebook."}],
        ),
        ChoiceQuestion(
            id="12.quiz3",
            title={"en": "Comparing with competitors", "it": "Il confronto con i concorrenti"},
            prompt={"en": "Why does this notebook compare you with competitors on public counts only (likes, "
                          "comments, and shares where they are public)?",
                    "it": "Perché questo notebook ti confronta con i concorrenti solo sui conteggi pubblici (mi "
                          "piace, commenti e, dove sono pubbliche, condivisioni)?"},
            options={
                "public": {"en": "Those are the counts anyone can see on a public post; a competitor's reach and "
                                 "clicks are private, and views are public on some platforms but not all.",
                           "it": "Sono i numeri che chiunque vede su un post pubblico; copertura e clic di un "
                                 "concorrente sono privati, e le visualizzazioni sono pubbliche solo su alcune "
                                 "piattaforme."},
                "best": {"en": "They are the only metrics that matter.",
                         "it": "Sono le uniche metriche che contano."},
                "easy": {"en": "They are the easiest to add up.",
                         "it": "Sono le più facili da sommare."},
            },
            answer="public",
            feedback={
                "best": {"en": "Reach and clicks matter a lot (notebook 03); you just cannot see a competitor's.",
                         "it": "Copertura e clic contano molto (notebook 03); solo che quelli di un concorrente "
                               "non li vedi."},
                "easy": {"en": "Every count adds up as easily. The question is which ones you can get for a "
                               "competitor at all.",
                         "it": "Tutti i numeri si sommano con la stessa facilità. La domanda è quali puoi avere "
                               "per un concorrente."},
            },
            hints=[{"en": "What can you see when you open a competitor's post?",
                    "it": "Cosa vedi quando apri un post di un concorrente?"}],
        ),
    ],
)
