"""Questions of notebook 11, "Capstone: plan and evaluate a campaign".

The student walks Hootsuite's seven steps for Nuvola: which metric serves each goal (``q1``), how loud Nuvola is
against its strongest competitor (``q2``, relative share of voice) and which format to make more of (``q3``). Then
comes the deliverable, the parts of the spring plan that are the student's own work: the goals with SMART targets
(``goals``), the content rules (``rules``) and what to change after the autumn campaign (``q4``, a reflection).
The plan checker (:func:`smm_course.report.check_plan`) rejects the plan until all three are written.

>>> [q.kind for q in (q1, q2, q3, goals, rules, q4)]
['classify', 'value', 'choice', 'value', 'value', 'reflection']
>>> [q.id for q in quiz.questions]
['11.quiz1', '11.quiz3']

``quiz2`` (where the next euro goes) stands on its own in *Going further*, next to the budget table and explorer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from smm_course.exercises.core import NotAttempted
from smm_course.exercises.kinds import ChoiceQuestion, ClassifyQuestion, Mistake, Quiz, ReflectionQuestion, ValueQuestion

NOTEBOOK_TITLE = {"en": "Capstone: plan and evaluate a campaign", "it": "Progetto finale: pianificare e valutare una "
                                                                          "campagna"}

# -- q1: goals and metrics ----------------------------------------------------------------------------------------
CONVERSIONS, VOICE, SENTIMENT, ENGAGEMENT, RESPONSE, TRAFFIC = (
    "conversions from social", "share of voice", "sentiment of mentions", "engagement rate", "response time",
    "referral traffic")
_SALES = "Sell 15% more through social media in the spring campaign"
_TALK = "Be the drinks brand people talk about most online"
# Not "win back the conversation": share of voice peaked during the crisis itself, so recovery shows in sentiment.
_CRISIS = "Get people to speak well of Nuvola again after April's false video"
_REACT = "Make posts that people react to, not just scroll past"
_REPLY = "Answer worried customers within two hours, weekends too"
_VISITS = "Bring more readers from Instagram to the recipe pages of the shop"

q1 = ClassifyQuestion(
    id="11.q1",
    title={"en": "Step 1: a metric for every goal", "it": "Passo 1: una metrica per ogni obiettivo"},
    prompt={
        "en": "Align each of Nuvola's goals for the spring campaign with the metric that will tell whether it "
              "was met.",
        "it": "Allinea ogni obiettivo di Nuvola per la campagna di primavera con la metrica che indicherà se è stato "
              "raggiunto.",
    },
    categories=[
        {"en": CONVERSIONS, "it": "conversioni dai social"},
        {"en": VOICE, "it": "share of voice (SOV)"},
        {"en": SENTIMENT, "it": "sentiment delle menzioni"},
        {"en": ENGAGEMENT, "it": "tasso di coinvolgimento"},
        {"en": RESPONSE, "it": "tempo di risposta"},
        {"en": TRAFFIC, "it": "traffico di referral"},
    ],
    items={_SALES: CONVERSIONS, _TALK: VOICE, _CRISIS: SENTIMENT, _REACT: ENGAGEMENT, _REPLY: RESPONSE,
           _VISITS: TRAFFIC},
    item_labels={
        _SALES: {"it": "Vendere il 15% in più tramite i social media nella campagna di primavera"},
        _TALK: {"it": "Essere il marchio di bibite di cui si parla di più online"},
        _CRISIS: {"it": "Far tornare le persone a parlare bene di Nuvola dopo il video falso di aprile"},
        _REACT: {"it": "Fare post a cui le persone reagiscono, invece di passare oltre"},
        _REPLY: {"it": "Rispondere ai clienti preoccupati entro due ore, anche nel fine settimana"},
        _VISITS: {"it": "Portare più lettori da Instagram alle pagine delle ricette del negozio online"},
    },
    feedback={
        (_SALES, TRAFFIC): {
            "en": "Visits are not sales. 'Sell more' is met only when visitors buy: count conversions (orders).",
            "it": "Le visite non sono vendite. «Vendere di più» si raggiunge solo quando i visitatori comprano: "
                  "conta le conversioni (ordini)."},
        (_VISITS, CONVERSIONS): {
            "en": "The recipe pages goal counts readers who arrive, whether they buy or not: referral traffic.",
            "it": "L'obiettivo delle pagine di ricette conta i lettori che arrivano, che comprino o no: traffico "
                  "di referral."},
        (_TALK, ENGAGEMENT): {
            "en": "Being talked about is measured across all brands' mentions, not on our own posts: share of voice.",
            "it": "Quanto si parla di un marchio si misura sulle menzioni di tutti i marchi, non sui nostri post: "
                  "share of voice."},
        (_TALK, SENTIMENT): {
            "en": "This goal is about how much people talk about Nuvola compared with the other brands, whatever "
                  "they say: share of voice.",
            "it": "Questo obiettivo riguarda quanto si parla di Nuvola rispetto agli altri marchi, qualunque cosa "
                  "si dica: share of voice."},
        (_CRISIS, VOICE): {
            "en": "Share of voice counts every mention, good or bad: during the false video Nuvola was louder than "
                  "ever. Speaking well shows in what the mentions say: their sentiment (notebook 06).",
            "it": "La share of voice conta ogni menzione, buona o cattiva: durante la crisi del video falso si parlava "
                  "di Nuvola più che mai. Parlarne bene si vede da che cosa dicono le menzioni: il loro sentiment "
                  "(notebook 06)."},
        (_CRISIS, ENGAGEMENT): {
            "en": "Reactions to our own posts do not say what people think of Nuvola elsewhere. Look at what all "
                  "the mentions say: their sentiment.",
            "it": "Le reazioni ai nostri post non mostrano che cosa si pensa di Nuvola altrove. Guarda che cosa "
                  "dicono tutte le menzioni: il loro sentiment."},
        (_REACT, VOICE): {
            "en": "Reactions to our own posts, divided by the people they reached: that is the engagement rate.",
            "it": "Le reazioni ai nostri post, divise per le persone raggiunte: è il tasso di coinvolgimento."},
        (_REPLY, ENGAGEMENT): {
            "en": "Answering customers is a company-side metric: how fast we reply, the response time.",
            "it": "Rispondere ai clienti è una metrica lato azienda: quanto velocemente rispondiamo, il tempo di "
                  "risposta."},
    },
    hints=[
        {"en": "For each goal ask: what would we count to know it worked? Orders, visits, mentions, what the "
               "mentions say, reactions or hours?",
         "it": "Per ogni obiettivo chiediti: che cosa conteremmo per sapere che ha funzionato? Ordini, visite, "
               "menzioni, che cosa dicono le menzioni, reazioni o ore?"},
        {"en": "Two goals are about what people say online about the brands: one about how much they talk about "
               "Nuvola, one about how they feel about it.",
         "it": "Due obiettivi riguardano ciò che si dice online dei marchi: uno quanto si parla di Nuvola, l'altro "
               "che cosa se ne pensa."},
    ],
    explanation={
        "en": "Sales need conversions, visits need referral traffic, being talked about needs share of voice, "
              "being spoken of well needs the sentiment of mentions, reactions need the engagement rate, and "
              "answering needs the response time. Share of voice alone would have called the crisis a success: "
              "loud is not liked. A goal without its metric cannot be tracked in step 7.",
        "it": "Le vendite richiedono le conversioni, le visite il traffico di referral, la notorietà la share of voice, "
              "la buona reputazione il sentiment delle menzioni, le reazioni il tasso di coinvolgimento e le risposte "
              "il tempo di risposta. Da sola, la share of voice avrebbe fatto passare la crisi per un successo: far "
              "parlare di sé non vuol dire piacere. Un obiettivo senza metrica non si può monitorare nel passo 7.",
    },
)


# -- q2: relative share of voice -------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _sov():
    from smm_course import data, metrics

    return metrics.share_of_voice(data.load("mentions"))


def _relative(brand: str = "Nuvola", against: str = "max") -> float:
    shares = _sov()
    others = shares.drop(brand)
    rival = {"max": others.max(), "min": others.min(), "mean": others.mean()}[against]
    return float(shares[brand] / rival)


q2 = ValueQuestion(
    id="11.q2",
    title={"en": "Step 3: how loud is Nuvola?", "it": "Passo 3: quanto si parla di Nuvola?"},
    expected=_relative,
    precision=2,  # a ratio from the shares the table prints (3 decimals) or rounds to 2 is still right
    variable="relative_sov",
    hints=[
        {"en": "`sov[\"Nuvola\"]` is Nuvola's share. The competitors are all the other brands: `sov.drop(\"Nuvola\")`.",
         "it": "`sov[\"Nuvola\"]` è la quota di Nuvola. I concorrenti sono tutti gli altri marchi: "
               "`sov.drop(\"Nuvola\")`."},
        {"en": "Divide Nuvola's share by the largest of the competitors' shares, `.max()`.",
         "it": "Dividi la quota di Nuvola per la più grande tra quelle dei concorrenti, `.max()`."},
        {"en": "`relative_sov = sov[\"Nuvola\"] / sov.drop(\"Nuvola\").max()`",
         "it": "`relative_sov = sov[\"Nuvola\"] / sov.drop(\"Nuvola\").max()`"},
    ],
    solution='relative_sov = sov["Nuvola"] / sov.drop("Nuvola").max()',
    explanation={
        "en": "Above 1, so Nuvola leads: it gets more mentions than its strongest competitor. But remember that its "
              "voice includes the crisis's negative mentions: loud is not the same as liked.",
        "it": "Sopra 1, quindi Nuvola è in testa: riceve più menzioni del concorrente più forte. Ma la sua share "
              "of voice comprende le menzioni negative della crisi: far parlare di sé non vuol dire piacere.",
    },
    mistakes=[
        Mistake(lambda: 1 / _relative(),
                {"en": "That is upside down: Brezza's share / Nuvola's. Put Nuvola on top.",
                 "it": "È capovolto: la quota di Brezza / quella di Nuvola. Metti Nuvola al numeratore."}),
        Mistake(1.0,
                {"en": "You divided Nuvola by itself: Nuvola is the largest share of all. Drop Nuvola first, then "
                       "take the largest of the competitors.",
                 "it": "Hai diviso Nuvola per se stessa: Nuvola ha la quota più grande di tutte. Togli prima Nuvola, "
                       "poi prendi la più grande tra i concorrenti."}),
        Mistake(lambda: _relative(against="min"),
                {"en": "That compares Nuvola with its smallest competitor. The relative share of voice uses the "
                       "strongest one, `.max()`.",
                 "it": "Questo confronta Nuvola con il concorrente più piccolo. La share of voice relativa usa il più "
                       "forte, `.max()`."}),
        Mistake(lambda: _relative(against="mean"),
                {"en": "That divides by the competitors' average share. Use the strongest competitor's share.",
                 "it": "Questo divide per la quota media dei concorrenti. Usa la quota del concorrente più forte."}),
        Mistake(lambda: float(_sov()["Nuvola"] / _sov().drop("Nuvola").sum()),
                {"en": "That divides by all the competitors together. Use only the strongest one: the largest "
                       "share, with `.max()`.",
                 "it": "Questo divide per tutti i concorrenti insieme. Usa solo il più forte: la quota più grande, "
                       "con `.max()`."}),
        Mistake(lambda: float(_sov()["Nuvola"] - _sov().drop("Nuvola").max()),
                {"en": "That is the gap in share of voice (a difference). The relative share of voice is a ratio: "
                       "divide.",
                 "it": "Questa è la differenza di share of voice. La share of voice relativa è un rapporto: dividi."}),
    ],
)


# -- q3: the best content ---------------------------------------------------------------------------------------------
q3 = ChoiceQuestion(
    id="11.q3",
    title={"en": "Step 6: what to make more of", "it": "Passo 6: di che cosa fare di più"},
    prompt={
        "en": "Look at the heatmap of engagement rate by format. Which format should Nuvola make more of on both "
              "TikTok and Instagram?",
        "it": "Guarda la mappa di calore del tasso di coinvolgimento per formato. Di quale formato Nuvola dovrebbe "
              "fare di più sia su TikTok sia su Instagram?",
    },
    options={"image": {"en": "Single images", "it": "Immagini singole"},
             "video": {"en": "Videos", "it": "Video"},
             "carousel": {"en": "Carousels", "it": "Caroselli"}},
    answer="video",
    feedback={
        "image": {"en": "Single images have the lowest rate on Instagram, and on TikTok they trail videos by far.",
                  "it": "Le immagini singole hanno il tasso più basso su Instagram, e su TikTok restano molto "
                        "indietro rispetto ai video."},
        "carousel": {"en": "Carousels beat images on Instagram, but on TikTok they are no better than images. One "
                           "format leads on both.",
                     "it": "I caroselli battono le immagini su Instagram, ma su TikTok non vanno meglio delle "
                           "immagini. Un formato è in testa su entrambe."},
    },
    hints=[{"en": "Read the TikTok row and the Instagram row of the heatmap: which cell is highest in each?",
            "it": "Leggi la riga di TikTok e quella di Instagram della mappa: quale cella è la più alta in ciascuna?"},
           {"en": "The boxed cells mark each platform's best format. Which column holds the box in both rows?",
            "it": "Le celle riquadrate indicano il formato migliore di ogni piattaforma. In quale colonna si trova "
                  "il riquadro in entrambe le righe?"}],
    explanation={
        "en": "Videos: the highest engagement rate on both TikTok and Instagram. On LinkedIn, text posts do best: "
              "the best content depends on the platform.",
        "it": "I video: il tasso di coinvolgimento più alto sia su TikTok sia su Instagram. Su LinkedIn vanno meglio "
              "i post di testo: il contenuto migliore dipende dalla piattaforma.",
    },
)


# -- the deliverable: goals, content rules, what to adapt ---------------------------------------------------------
# The checkers read English and Italian: a student may write the plan in either language.
METRIC_WORDS = ("conversion", "order", "ordin", "share of voice", "quota di voce", "engagement", "coinvolgimento",
                "interazion", "reach", "copertura", "impression", "referral", "traffic", "visit", "session",
                "response", "repl", "rispost", "follower", "sentiment", "click", "clic", "mention", "menzion",
                "roas", "return on ad spend", "revenue", "ricav", "sales", "vendit", "fatturat")
# Counts of one reaction: they grow with reach whatever the post is worth, so the course uses the engagement rate.
_VANITY = re.compile(r"\b(likes?|hearts?|views?|comments?|mi piace|visualizzazion[ei]|comment[io])\b", re.IGNORECASE)
# Words that join two metrics in one ("engagement rate and reach"); text in brackets is an aside, not a metric.
_JOIN = re.compile(r"\s+(?:and|plus|as well as|e|ed|più)\s+|\s*[&;,+]\s*", re.IGNORECASE)
_ASIDE = re.compile(r"\([^)]*\)")
# A deadline is in the future: a unit of time ("within three months", "every week"), a year from 2026, or a month or
# season not followed by a past year ("March 2025" is a baseline, not a deadline).
_PAST_YEAR = r"(?!\s*,?\s*(?:of\s+|del\s+|di\s+)?20(?:[01]\d|2[0-5])\b)"
_DEADLINE = re.compile(
    r"\b(?:20(?:2[6-9]|[3-9]\d)|weeks?|weekly|months?|monthly|days?|daily|quarters?|quarterly|years?|yearly|q[1-4]|"
    r"settiman[ae]|settimanale|mes[ei]|mensile|giorn[oi]|giornaliero|quotidian[oa]|trimestr[ei]|ann[oi])\b"
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|"
    r"autumn|fall|winter|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|"
    rf"dicembre|primavera|estate|autunno|inverno)\b{_PAST_YEAR}", re.IGNORECASE)
# The baseline part of a target ("against the three months before the campaign"), up to a comma or a deadline word:
# its months and years say what the target is measured against, not by when.
_BASELINE_PHRASE = re.compile(r"\b(?:against|vs\.?|versus|compared\s+(?:with|to)|than|baseline|rispetto|contro|"
                              r"in\s+confronto)\b.*?(?=[,;]|\s+(?:by|within|until|every|each|entro|ogni)\b|$)",
                              re.IGNORECASE)
_RISE = re.compile(r"[+-]\s*\d+(?:[.,]\d+)?\s*%")
_BASELINE_WORDS = re.compile(r"\b(against|vs\.?|versus|than|compared|over|from|baseline|rispetto|contro|confront\w*|"
                             r"riferimento|base|sul|sull[ae']|sui|sugli|da|dal|dall[ae']|dai|dagli)\b", re.IGNORECASE)
# A baseline that holds April 2025, the month of the false video, compares with a crisis, not with normal times
# (notebook 08). For a spring 2026 campaign, "the same period last year" is such a baseline too.
_CRISIS_BASELINE = re.compile("|".join([
    r"\b(?:april|aprile|spring|primavera)\b[^.;\d]{0,15}\b2025\b",  # April 2025, spring of 2025, April and May 2025
    r"\b(?:january|february|march|gennaio|febbraio|marzo)\s*(?:to|-|–|through|until|a)\s*"
    r"(?:may|june|july|august|maggio|giugno|luglio|agosto)\b[^.;\d]{0,12}\b2025\b",  # March to May 2025
    r"\bsame\s+(?:period|months?|season|time|weeks?|quarter)\s+(?:of\s+|as\s+|in\s+)?(?:last|the\s+previous|"
    r"the\s+prior|a)\s+year\b",
    r"\bsame\s+(?:period|months?|season|weeks?)\s+(?:of\s+|in\s+)?2025\b",
    r"\b(?:last|previous)\s+spring\b", r"\bspring\s+(?:of\s+)?last\s+year\b", r"\blast\s+year'?s\s+spring\b",
    r"\ba\s+year\s+(?:earlier|before|ago)\b", r"\byear[-\s]+(?:on|over)[-\s]+year\b", r"\byoy\b",
    r"\bstess[oiae]\s+(?:periodo|mesi|stagione|settimane)\s+(?:dell'|del\s+|di\s+)?(?:anno\s+(?:scorso|precedente)"
    r"|2025)\b",
    r"\b(?:primavera|stagione)\s+(?:scorsa|precedente|dell'anno\s+scorso)\b", r"\bscorsa\s+primavera\b",
    r"\bun\s+anno\s+(?:prima|fa)\b",
]), re.IGNORECASE)
_LEFT_OUT = re.compile(
    r"\b(?:without|excluding|except(?:\s+for)?|leaving\s+out|apart\s+from|minus|not\s+counting)\s+(?:the\s+)?"
    r"(?:month\s+of\s+|weeks?\s+of\s+)?(?:april|crisis)\b"
    r"|\b(?:april|the\s+crisis)\s+(?:left\s+out|excluded|removed)\b|\bleaving\s+(?:april|the\s+crisis)\s+out\b"
    r"|\b(?:senza|escluso|esclusa|escludendo|tranne|eccetto|salvo)\s+(?:il\s+mese\s+di\s+|la\s+)?(?:aprile|crisi)\b"
    r"|\b(?:aprile|la\s+crisi)\s+(?:escluso|esclusa|esclusi)\b", re.IGNORECASE)
PLATFORMS = ("TikTok", "Instagram", "Facebook", "LinkedIn", "YouTube", "X")


def _language() -> str:
    from smm_course.i18n import get_language

    return "it" if get_language() == "it" else "en"


def _text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _template(value) -> bool:
    """True for ``...`` and for a text that is only dots: the shape from the notebook, copied but not filled in."""
    return value is Ellipsis or (isinstance(value, str) and bool(value.strip()) and not value.strip(" .…"))


def _metrics_named(metric: str) -> list[str]:
    """The parts of a metric's text that each name a metric (or a count such as likes): two or more mean two
    metrics in one goal."""
    parts = _JOIN.split(_ASIDE.sub(" ", metric))
    return [part.strip() for part in parts
            if any(word in part.casefold() for word in METRIC_WORDS) or _VANITY.search(part)]


def _goals_rule(answer):
    """Right when the goals are complete: two to four dicts, each with one metric and a SMART target."""
    if not isinstance(answer, Sequence) or isinstance(answer, str):
        return {"en": "Give a list of goals, each a dict: `[{\"goal\": ..., \"metric\": ..., \"target\": ...}, ...]`.",
                "it": "Scrivi una lista di obiettivi, ognuno un dict: `[{\"goal\": ..., \"metric\": ..., \"target\": "
                      "...}, ...]`."}
    if not 2 <= len(answer) <= 4:
        return {"en": f"Write two to four goals (you wrote {len(answer)}): enough to cover sales and one more "
                      "thing the team cares about, few enough that each gets one KPI tracked every week.",
                "it": f"Scrivi da due a quattro obiettivi (ne hai scritti {len(answer)}): abbastanza per coprire le "
                      "vendite e un'altra cosa che conta per il team, pochi abbastanza perché ognuno abbia un KPI "
                      "seguito ogni settimana."}
    for number, goal in enumerate(answer, start=1):
        if not isinstance(goal, Mapping):
            return {"en": f"Goal {number} is not a dict. Write each goal as {{\"goal\": ..., \"metric\": ..., "
                          "\"target\": ...}}.",
                    "it": f"L'obiettivo {number} non è un dict. Scrivi ogni obiettivo come `{{\"goal\": ..., "
                          "\"metric\": ..., \"target\": ...}}`."}
        for key in ("goal", "metric", "target"):
            if _template(goal.get(key)):  # the shape from the notebook, not filled in yet
                raise NotAttempted({"en": f"Goal {number} still has ... as its {key!r}: replace it with your own "
                                          "text between quotes.",
                                    "it": f"L'obiettivo {number} ha ancora ... come {key!r}: sostituiscilo con un "
                                          "tuo testo tra virgolette."}[_language()])
            if not _text(goal.get(key)):
                return {"en": f"Goal {number} has no {key!r} yet (it is missing or empty): write it as text between "
                              "quotes.",
                        "it": f"L'obiettivo {number} non ha ancora {key!r} (manca o è vuoto): scrivilo come testo "
                              "tra virgolette."}
        metric, target = goal["metric"], goal["target"]
        named = _metrics_named(metric)
        course_metric = any(word in metric.casefold() for word in METRIC_WORDS)
        if not course_metric and _VANITY.search(metric):
            return {"en": f"Goal {number}'s metric, {metric!r}, counts one kind of reaction, and it grows with "
                          "reach whatever the posts are worth. Use a rate or a total the course computes, such as "
                          "the engagement rate (likes, comments, shares and clicks / reach).",
                    "it": f"La metrica dell'obiettivo {number}, {metric!r}, conta un solo tipo di reazione, e cresce "
                          "con la copertura qualunque cosa valgano i post. Usa un tasso o un totale che il corso "
                          "calcola, come il tasso di coinvolgimento (mi piace, commenti, condivisioni e clic / "
                          "copertura)."}
        if not course_metric and re.search(r"\b(profit|margin|profitt|margin[ei])", metric, re.IGNORECASE):
            return {"en": f"Goal {number}'s metric, {metric!r}: the course's data has revenue, not profit. Use "
                          "revenue from social, ROAS or ROI on gross profit (notebook 08), with the margin you assume.",
                    "it": f"La metrica dell'obiettivo {number}, {metric!r}: i dati del corso hanno i ricavi, non il "
                          "profitto. Usa i ricavi dai social, il ROAS o il ROI sul margine lordo (notebook 08), con il "
                          "margine che ipotizzi."}
        if not course_metric:
            return {"en": f"Goal {number}'s metric, {metric!r}, is not one the course computes. Use a rate or a total "
                          "such as conversions from social, share of voice, sentiment of mentions, engagement rate, "
                          "reach, referral traffic or median response time.",
                    "it": f"La metrica dell'obiettivo {number}, {metric!r}, non è tra quelle che il corso calcola. Usa "
                          "un tasso o un totale come conversioni dai social, share of voice, sentiment delle menzioni, "
                          "tasso di coinvolgimento, copertura, traffico di referral o tempo di risposta mediano."}
        if len(named) > 1:
            pair = " and ".join(repr(part) for part in named[:2])
            return {"en": f"Goal {number} has two metrics in one, {pair}. One metric per goal: keep the one that "
                          "shows this goal was reached, or make the other a goal of its own.",
                    "it": f"L'obiettivo {number} ha due metriche in una, {pair.replace(' and ', ' e ')}. Una metrica "
                          "per obiettivo: tieni quella che mostra che l'obiettivo è raggiunto, o fai dell'altra un "
                          "obiettivo a sé."}
        if not re.search(r"\d", target):
            return {"en": f"Goal {number}'s target has no number. A SMART target is measurable: say how much, e.g. "
                          "+15%, at least 40% or under 2 hours.",
                    "it": f"Il target dell'obiettivo {number} non ha un numero. Un target SMART è misurabile: di' "
                          "quanto, per esempio +15%, almeno il 40% o meno di 2 ore."}
        crisis = _CRISIS_BASELINE.search(target)
        if crisis and not _LEFT_OUT.search(target):
            return {"en": f"Goal {number}'s baseline, {crisis.group()!r}, holds April 2025, the month of the "
                          "false video: orders fell and mentions soared, so the comparison would be with a "
                          "crisis, not with normal times (notebook 08). Pick a baseline without it: March 2025, "
                          "the spring month before the crisis, or the three months before the campaign; or say "
                          "'without April'.",
                    "it": f"Il riferimento dell'obiettivo {number}, {crisis.group()!r}, contiene aprile 2025, il "
                          "mese del video falso: gli ordini sono calati e le menzioni esplose, quindi il confronto "
                          "sarebbe con una crisi, non con tempi normali (notebook 08). Scegli un riferimento senza la "
                          "crisi: marzo 2025, il mese di primavera prima della crisi, o i tre mesi prima della "
                          "campagna; oppure scrivi «senza aprile»."}
        if _RISE.search(target) and not _BASELINE_WORDS.search(target):
            return {"en": f"Goal {number}'s target is a change ({_RISE.search(target).group()}) but does not say "
                          "against what. Name the baseline, e.g. 'against the three months before the campaign'.",
                    "it": f"Il target dell'obiettivo {number} è una variazione ({_RISE.search(target).group()}) ma "
                          "non precisa rispetto a che cosa. Indica il riferimento, per esempio «rispetto ai tre mesi "
                          "prima della campagna'."}
        if not _DEADLINE.search(_BASELINE_PHRASE.sub(" ", target)):
            return {"en": f"Goal {number}'s target has no deadline. A SMART target is time-bound: say by when (by "
                          "the end of May 2026) or how often it is checked (every week).",
                    "it": f"Il target dell'obiettivo {number} non ha una scadenza. Un target SMART ha un tempo: di' "
                          "entro quando (entro la fine di maggio 2026) o ogni quanto si controlla (ogni settimana)."}
    metrics_used = [goal["metric"].strip().casefold() for goal in answer]
    if len(set(metrics_used)) < len(metrics_used):
        return {"en": "Two goals use the same metric. Each goal gets its own metric, the one that moves when that "
                      "goal, and only that goal, is reached.",
                "it": "Due obiettivi usano la stessa metrica. Ogni obiettivo ha la sua, quella che varia quando "
                      "si raggiunge quell'obiettivo, e solo quello."}
    return True


goals = ValueQuestion(
    id="11.goals",
    title={"en": "Your plan, step 1: the spring goals", "it": "Il tuo piano, passo 1: gli obiettivi di primavera"},
    rule=_goals_rule,
    variable="spring_goals",
    hints=[
        {"en": "Start from the example above, then add one or two goals of your own from the evidence: what did "
               "the audit and the autumn review show?",
         "it": "Parti dall'esempio sopra, poi aggiungi uno o due obiettivi tuoi a partire dai dati: che cosa hanno "
               "mostrato la verifica e il bilancio dell'autunno?"},
        {"en": "Read each target aloud: does it say how much (a number) and by when (a deadline)? If it is a change "
               "such as +15%, does it say against what (a baseline without the April crisis)?",
         "it": "Rileggi ogni target: indica quanto (un numero) ed entro quando (una scadenza)? Se è una variazione "
               "come +15%, indica rispetto a che cosa (un riferimento senza la crisi di aprile)?"},
    ],
    solution={"en": (
        'spring_goals = [\n'
        '    {"goal": "Sell more through social media", "metric": "conversions (orders) from social",\n'
        '     "target": "+15% against the three months before the campaign (December to February), '
        'by the end of May 2026"},\n'
        '    {"goal": "Make posts that people react to", "metric": "engagement rate by reach, organic posts",\n'
        '     "target": "+5% against March 2025, the spring month before the crisis, by the end of May 2026"},\n'
        '    {"goal": "Answer customers fast, weekends too", "metric": "median response time at weekends",\n'
        '     "target": "under 2 hours, every week from March to May 2026"},\n'
        ']'),
        "it": (
        'spring_goals = [\n'
        '    {"goal": "Vendere di più tramite i social media", "metric": "conversioni (ordini) dai social",\n'
        '     "target": "+15% rispetto ai tre mesi prima della campagna (da dicembre a febbraio), '
        'entro la fine di maggio 2026"},\n'
        '    {"goal": "Fare post a cui le persone reagiscono",\n'
        '     "metric": "tasso di coinvolgimento sulla copertura, post organici",\n'
        '     "target": "+5% rispetto a marzo 2025, il mese di primavera prima della crisi, entro la fine di maggio '
        '2026"},\n'
        '    {"goal": "Rispondere presto ai clienti, anche nel fine settimana",\n'
        '     "metric": "tempo di risposta mediano nel fine settimana",\n'
        '     "target": "meno di 2 ore, ogni settimana da marzo a maggio 2026"},\n'
        ']')},
    explanation={
        "en": "Each goal has one metric and a SMART target: a number, a deadline and, when the target is a change, "
              "a baseline without the crisis. Once the campaign starts they do not change: step 7 of next year's "
              "plan will judge spring against exactly these.",
        "it": "Ogni obiettivo ha una metrica e un target SMART: un numero, una scadenza e, quando il target è una "
              "variazione, un riferimento senza la crisi. Una volta partita la campagna non cambiano: il passo 7 "
              "del piano del prossimo anno giudicherà la primavera proprio su questi.",
    },
)


def _rules_rule(answer):
    """Right when the content rules are two to five sentences and name where they apply."""
    if isinstance(answer, str) or not isinstance(answer, Sequence):
        return {"en": "Give a list of rules, each a sentence between quotes: `[\"...\", \"...\"]`.",
                "it": "Scrivi una lista di regole, ognuna una frase tra virgolette: `[\"...\", \"...\"]`."}
    if not 2 <= len(answer) <= 5:
        return {"en": f"Write two to five rules (you wrote {len(answer)}): few enough that the team remembers them.",
                "it": f"Scrivi da due a cinque regole (ne hai scritte {len(answer)}): poche, perché il team le "
                      "ricordi."}
    for number, rule in enumerate(answer, start=1):
        if _template(rule):
            raise NotAttempted({"en": f"Rule {number} is still ...: replace it with your own sentence between "
                                      "quotes.",
                                "it": f"La regola {number} è ancora ...: sostituiscila con una tua frase tra "
                                      "virgolette."}[_language()])
        if not _text(rule) or len(rule.split()) < 4:
            return {"en": f"Rule {number} is not a sentence yet (it is missing or under four words): say what to "
                          "post, where or when, and why.",
                    "it": f"La regola {number} non è ancora una frase (manca o ha meno di quattro parole): di' che "
                          "cosa pubblicare, dove o quando, e perché."}
    if not any(re.search(rf"\b{platform}\b", rule) for rule in answer for platform in PLATFORMS):
        return {"en": "None of your rules names a platform, but the best content depends on the platform (step 6). "
                      "Say where each rule applies: TikTok, Instagram, Facebook, LinkedIn, YouTube or X.",
                "it": "Nessuna regola nomina una piattaforma, ma il contenuto migliore dipende dalla piattaforma "
                      "(passo 6). Di' dove vale ogni regola: TikTok, Instagram, Facebook, LinkedIn, YouTube o X."}
    return True


rules = ValueQuestion(
    id="11.rules",
    title={"en": "Your plan, step 6: the content rules", "it": "Il tuo piano, passo 6: le regole dei contenuti"},
    rule=_rules_rule,
    variable="content_rules",
    hints=[
        {"en": "Look back at the two heatmaps: which format and which time of day stand out on each platform?",
         "it": "Riguarda le due mappe di calore: quale formato e quale fascia oraria spiccano su ogni piattaforma?"},
        {"en": "One rule per decision, e.g. \"Short videos on TikTok and Instagram, where video engages best.\"",
         "it": "Una regola per decisione, per esempio «Video brevi su TikTok e Instagram, dove i video "
               "coinvolgono di più.»"},
    ],
    solution={"en": (
        'content_rules = [\n'
        '    "Short videos on TikTok and Instagram, where video engages best (step 6).",\n'
        '    f"On LinkedIn, post {best_format[\'LinkedIn\']} posts; on Facebook, {best_format[\'Facebook\']}s: each '
        'platform\'s best format (step 6).",\n'
        '    f"Post on TikTok at {best_hours[\'TikTok\']} h and on Instagram at {best_hours[\'Instagram\']} h, '
        'their best time slots (step 5).",\n'
        '    f"Post on LinkedIn at {best_hours[\'LinkedIn\']} h, on X at {best_hours[\'X\']} h and on Facebook at '
        '{best_hours[\'Facebook\']} h, their best time slots (step 5).",\n'
        ']'),
        "it": (
        'content_rules = [\n'
        '    "Video brevi su TikTok e Instagram, dove i video coinvolgono di più (passo 6).",\n'
        '    f"Su LinkedIn pubblica post di tipo {best_format[\'LinkedIn\']}, su Facebook di tipo '
        '{best_format[\'Facebook\']}: il formato migliore di ogni piattaforma (passo 6).",\n'
        '    f"Pubblica su TikTok nella fascia {best_hours[\'TikTok\']} e su Instagram nella fascia '
        '{best_hours[\'Instagram\']}, le loro fasce orarie migliori (passo 5).",\n'
        '    f"Pubblica su LinkedIn nella fascia {best_hours[\'LinkedIn\']}, su X nella fascia {best_hours[\'X\']} e su '
        'Facebook nella fascia {best_hours[\'Facebook\']}, le loro fasce orarie migliori (passo 5).",\n'
        ']')},
    explanation={
        "en": "Each rule says what to post and where or when, and rests on an engagement rate of step 5 or 6, not "
              "on taste. They go into step 6 of the plan, and the content calendar follows them.",
        "it": "Ogni regola indica che cosa pubblicare e dove o quando, e si basa su un tasso di coinvolgimento del "
              "passo 5 o 6, non sui gusti. Vanno nel passo 6 del piano, e il piano editoriale le segue.",
    },
)


q4 = ReflectionQuestion(
    id="11.q4",
    title={"en": "Your plan, step 7: what will you change?", "it": "Il tuo piano, passo 7: che cosa cambierai?"},
    model_answer={
        "en": "Orders from social, the autumn KPI, rose but missed the +15% target. I would send the campaign's "
              "tagged links to product pages, not only to recipes, so that more visits can end in an order; the "
              "number is conversions from social per week against the +15% line. On X, where our posts engage less than our "
              "competitors', I would post X's best format at its best time (steps 5 and 6); the number is our "
              "organic engagement rate on X against the competitors', every week. For weekend messages I would add "
              "a weekend rota; the number is the median response time at weekends, every week, against a target "
              "of 2 hours. For the next crisis I would write a plan with a response team ready on the first day, "
              "since replies took many hours in the first days of April; the number is the median reply time in "
              "the first three days of any spike in negative mentions, checked daily while it lasts. I would "
              "review these numbers every week and adapt again, not wait for the end of the campaign.",
        "it": "Gli ordini dai social, il KPI d'autunno, sono cresciuti ma hanno mancato il target del +15%. "
              "Manderei i link tracciati della campagna alle pagine dei prodotti, non solo alle ricette, perché più "
              "visite possano finire in un ordine; il numero sono le conversioni dai social per settimana rispetto "
              "alla linea del +15%. Su X, "
              "dove i nostri post coinvolgono meno di quelli dei concorrenti, pubblicherei il formato migliore di X "
              "nella sua fascia oraria migliore (passi 5 e 6); il numero è il nostro tasso di coinvolgimento "
              "organico su X rispetto a quello dei concorrenti, ogni settimana. Per i messaggi del fine settimana "
              "aggiungerei turni nel weekend; il numero è il tempo di risposta mediano nel weekend, ogni settimana, "
              "con un target di 2 ore. Per la prossima crisi scriverei un piano con un team di risposta pronto dal "
              "primo giorno, perché nei primi giorni di aprile le risposte hanno richiesto molte ore; il numero è "
              "il tempo di risposta mediano nei primi tre giorni di ogni picco di menzioni negative, controllato "
              "ogni giorno finché dura. Rivedrei questi numeri ogni settimana e adatterei di nuovo, senza aspettare "
              "la fine della campagna.",
    },
    variable="what_to_adapt",
    min_words=15,
    hints=[
        {"en": "Look at the autumn review (step 7): which KPI missed its target? And which three weak spots did "
               "the audit find (step 4)? For each, name one change.",
         "it": "Guarda il bilancio dell'autunno (passo 7): quale KPI ha mancato il target? E quali tre punti deboli "
               "ha trovato la verifica (passo 4)? Per ognuno, indica un cambiamento."},
        {"en": "A good change names its number: the metric you will watch, how often, and the target.",
         "it": "Un buon cambiamento indica il suo numero: la metrica che guarderai, quanto spesso, e l'obiettivo."},
    ],
)


# -- quiz ---------------------------------------------------------------------------------------------------------------
quiz1 = ChoiceQuestion(
    id="11.quiz1",
    title={"en": "Loud or liked?", "it": "Molto citato o apprezzato?"},
    prompt={"en": "Nuvola has the largest share of voice of 2025. What should you check before celebrating?",
            "it": "Nuvola ha la share of voice più grande del 2025. Che cosa devi controllare prima di festeggiare?"},
    options={
        "sentiment": {"en": "What the mentions say: share of voice counts negative mentions too",
                      "it": "Che cosa dicono le menzioni: la share of voice conta anche quelle negative"},
        "followers": {"en": "Whether Nuvola gained followers that month",
                      "it": "Se Nuvola ha guadagnato follower quel mese"},
        "nothing": {"en": "Nothing: more voice is always better",
                    "it": "Niente: più voce è sempre meglio"},
    },
    answer="sentiment",
    feedback={
        "followers": {"en": "Followers are our own audience; share of voice is about everyone's mentions. The "
                            "question is whether those mentions were good news.",
                      "it": "I follower sono il nostro pubblico; la share of voice riguarda le menzioni di tutti. "
                            "La domanda è se quelle menzioni erano buone notizie."},
        "nothing": {"en": "2025 was also the year of the false video: part of Nuvola's voice was the crisis's "
                          "negative mentions.",
                    "it": "Il 2025 è stato anche l'anno del video falso: parte della voce di Nuvola erano le menzioni "
                          "negative della crisi."},
    },
    hints=[{"en": "Remember notebook 09: what happened in April?",
            "it": "Ricorda il notebook 09: che cosa è successo ad aprile?"},
           {"en": "Share of voice counts every mention, whatever it says. What were many of April's mentions about?",
            "it": "La share of voice conta ogni menzione, qualunque cosa dica. Di che cosa parlavano molte menzioni "
                  "di aprile?"}],
    explanation={"en": "Share of voice measures how loud, not how liked. Read it next to sentiment.",
                 "it": "La share of voice misura quanto si parla di un marchio, non quanto piace. Leggila insieme al "
                       "sentiment."},
)

quiz2 = ChoiceQuestion(
    id="11.quiz2",
    title={"en": "All on the best channel?", "it": "Tutto sul canale migliore?"},
    prompt={"en": "Facebook brought the most revenue per euro in the autumn campaign. Why not put the whole budget "
                  "there?",
            "it": "Facebook ha portato più ricavi per euro nella campagna d'autunno. Perché non mettere lì tutto il "
                  "budget?"},
    options={
        "diminishing": {"en": "Returns diminish: the extra euros reach people less likely to buy, so a spread can "
                              "bring more",
                        "it": "I rendimenti calano: gli euro in più raggiungono persone meno propense a comprare, "
                              "quindi distribuire può rendere di più"},
        "rules": {"en": "Platforms forbid spending the whole budget in one place",
                  "it": "Le piattaforme vietano di spendere tutto il budget in un solo posto"},
        "fair": {"en": "Every channel deserves the same share",
                 "it": "Ogni canale merita la stessa quota"},
    },
    answer="diminishing",
    feedback={
        "rules": {"en": "No platform forbids it. The reason is diminishing returns: the extra euros bring less.",
                  "it": "Nessuna piattaforma lo vieta. La ragione sono i rendimenti decrescenti: gli euro in più "
                        "rendono meno."},
        "fair": {"en": "Equal shares are rarely best: the best split depends on each channel's returns.",
                 "it": "Quote uguali raramente sono le migliori: la ripartizione migliore dipende dai rendimenti di "
                       "ogni canale."},
    },
    hints=[{"en": "Think of the people the extra euros on Facebook would reach: are they as likely to buy as the "
                  "first ones?",
            "it": "Pensa alle persone che gli euro in più su Facebook raggiungerebbero: sono propense a comprare "
                  "quanto le prime?"},
           {"en": "With diminishing returns, each extra euro on a channel brings less than the one before. What does "
                  "that mean for the last euros put on Facebook?",
            "it": "Con rendimenti decrescenti, ogni euro in più su un canale rende meno del precedente. Che cosa vuol "
                  "dire per gli ultimi euro messi su Facebook?"}],
    explanation={"en": "With diminishing returns the best split spreads the budget; only if returns never "
                       "diminished would everything go to one channel. The budget explorer below shows it.",
                 "it": "Con rendimenti decrescenti la ripartizione migliore distribuisce il budget; solo se i "
                       "rendimenti non calassero mai andrebbe tutto a un canale. Lo mostra l'explorer del budget qui "
                       "sotto."},
)

quiz3 = ChoiceQuestion(
    id="11.quiz3",
    title={"en": "The order of the plan", "it": "L'ordine del piano"},
    prompt={"en": "Why does Hootsuite's plan set goals and metrics first, and track them last?",
            "it": "Perché il piano di Hootsuite fissa obiettivi e metriche per primi, e li monitora per ultimi?"},
    options={
        "loop": {"en": "You can only judge a campaign against targets you set before it started",
                 "it": "Si può giudicare una campagna solo rispetto a obiettivi fissati prima che iniziasse"},
        "habit": {"en": "It is only a habit; any order works",
                  "it": "È solo un'abitudine; va bene qualsiasi ordine"},
        "data": {"en": "Metrics are only available at the end of the year",
                 "it": "Le metriche sono disponibili solo a fine anno"},
    },
    answer="loop",
    feedback={
        "habit": {"en": "Targets chosen after seeing the results can always be met, so they tell you nothing.",
                  "it": "Obiettivi scelti dopo aver visto i risultati si raggiungono sempre, quindi non significano "
                        "nulla."},
        "data": {"en": "Social data arrive every day; tracking can (and should) be weekly.",
                 "it": "I dati dei social arrivano ogni giorno; il monitoraggio può (e deve) essere settimanale."},
    },
    hints=[{"en": "What would a target be worth if you chose it after seeing the results?",
            "it": "Quanto varrebbe un obiettivo scelto dopo aver visto i risultati?"},
           {"en": "Step 7 compares actual KPIs with targets. Where do those targets come from?",
            "it": "Il passo 7 confronta i KPI reali con gli obiettivi. Da dove vengono quegli obiettivi?"}],
    explanation={"en": "Step 1 and step 7 are two ends of one loop: set the target, then track against it and adapt.",
                 "it": "Il passo 1 e il passo 7 sono i due capi di un ciclo: fissa l'obiettivo, poi monitora e "
                       "adatta."},
)

quiz = Quiz(id="11.quiz", title={"en": "Check your understanding", "it": "Verifica la tua comprensione"},
            questions=[quiz1, quiz3])
