"""Questions of notebook 07, "Viral marketing: how word of mouth spreads".

- q1: Nuvola's K-factor from the ``customers`` table (referrals per customer).
- q2: the range of reach that holds the middle 95% of simulated campaigns (not the confidence interval of the mean).
- q3: the cheapest seeding plan that reaches 400 people at an 8% share probability (an explorer, judged on the
  simulations of :mod:`smm_course.explorers.virality`, with a tolerance for Monte Carlo noise).
- q4: what the Bass model's p and q say about the word-of-mouth campaign.
- quiz: K below 1, overlapping hubs, planning with a spread of outcomes.

>>> q1.kind, q2.kind, q3.kind, q4.kind
('value', 'value', 'explorer', 'choice')
"""

from __future__ import annotations

import functools
import math

import numpy as np

from smm_course.exercises.kinds import (
    ChoiceQuestion, Dropdown, ExplorerQuestion, Mistake, Quiz, Slider, ValueQuestion,
)
from smm_course.i18n import FromData, format_number

NOTEBOOK_TITLE = {"en": "Viral marketing", "it": "Marketing virale"}

#: The campaign of q2: the five biggest hubs seeded, a 5% share probability, 1,000 simulated runs.
CAMPAIGN_SEEDS = 5
CAMPAIGN_P = 0.05
CAMPAIGN_RUNS = 1000
CAMPAIGN_RANDOM_STATE = 7

#: The budget exercise (q3): reach this many people, in expectation, at this share probability.
BUDGET_TARGET = 400
BUDGET_P = 0.08
BUDGET_MAX_SEEDS = 12
#: How many standard errors of Monte Carlo noise a budget may be short of the target and still count.
NOISE_SE = 2.0




# -- q1: the K-factor ------------------------------------------------------------------------------------------


def _referrals():
    from smm_course import data

    return data.load("customers")["referrals"]


def _k_factor() -> float:
    return float(_referrals().mean())


def _k_explanation(k: float) -> dict:
    per_100, more = f"{k * 100:.0f}", f"{1 / (1 - k) - 1:.0%}"
    return {
        "en": f"K is about {k:.2f}: every 100 customers bring in about {per_100} more. That is well below 1, so "
              f"referrals give a finite boost (the total levels off at start / (1 - K), about {more} more "
              "customers) but growth is not viral: each wave of referrals is smaller than the last.",
        "it": f"K vale circa {format_number(k, '.2f', lang='it')}: ogni 100 clienti ne portano circa {per_100} nuovi. È "
              "molto sotto 1, quindi i referral danno una spinta finita (il totale si ferma a partenza / (1 − K), "
              f"circa il {more} di clienti in più) ma la crescita non è virale: ogni ondata di referral è più piccola "
              "della precedente.",
    }


q1 = ValueQuestion(
    id="07.q1",
    title={"en": "Nuvola's K-factor", "it": "Il fattore K di Nuvola"},
    expected=_k_factor,
    precision=3,
    variable="k_nuvola",
    hints=[
        FromData(lambda: {
            "en": f"K is 'new users each user brings in'. Here the users are all {len(_referrals()):,} customers, "
                  "including those who referred nobody.",
            "it": f"K è «nuovi utenti portati da ogni utente». Qui gli utenti sono tutti i "
                  f"{format_number(len(_referrals()), ',', lang='it')} clienti, anche quelli che non hanno portato "
                  "nessuno."}),
        {"en": "Add up all the referrals and divide by the number of customers. That is the same as the mean of "
               "the column.",
         "it": "Somma tutti i referral e dividi per il numero di clienti. È lo stesso della media della colonna."},
        {"en": "`customers[\"referrals\"].mean()`",
         "it": "`customers[\"referrals\"].mean()`"},
    ],
    solution='k_nuvola = customers["referrals"].mean()',
    explanation=FromData(lambda: _k_explanation(_k_factor())),
    mistakes=[
        Mistake(lambda: float(_referrals()[_referrals() > 0].mean()),
                {"en": "You divided by the customers who referred at least one person. K counts every customer, "
                       "including the many who referred nobody, so divide by all of them. (This wrong "
                       "denominator makes K look above 1, as if growth were viral.)",
                 "it": "Hai diviso per i clienti che hanno portato almeno una persona. K conta ogni cliente, "
                       "anche i molti che non hanno portato nessuno, quindi dividi per tutti. (Questo "
                       "denominatore sbagliato fa sembrare K sopra 1, come se la crescita fosse virale.)"}),
        Mistake(lambda: float((_referrals() > 0).mean()),
                {"en": "That is the share of customers who referred at least one person. K counts how many new "
                       "customers they brought in, and some brought in several.",
                 "it": "Questa è la quota di clienti che hanno portato almeno una persona. K conta quanti nuovi "
                       "clienti hanno portato, e alcuni ne hanno portati diversi."}),
        Mistake(lambda: int(_referrals().sum()),
                {"en": "That is the total number of referred customers. Divide it by the number of customers.",
                 "it": "Questo è il numero totale di clienti portati. Dividilo per il numero di clienti."}),
        Mistake(lambda: float(_referrals().median()),
                {"en": "That is the median. Most customers referred nobody, so the middle customer has 0. K is an "
                       "average over all customers: use `.mean()`.",
                 "it": "Questa è la mediana. La maggior parte dei clienti non ha portato nessuno, quindi il cliente "
                       "mediano ne ha 0. K è una media su tutti i clienti: usa `.mean()`."}),
    ],
)


# -- q2: the middle 95% of runs ----------------------------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def _campaign():
    from smm_course import diffusion, network

    graph = network.follower_graph()
    seeds = network.top_influencers(graph, k=CAMPAIGN_SEEDS)["node"].tolist()
    return diffusion.independent_cascade(graph, seeds=seeds, p=CAMPAIGN_P, runs=CAMPAIGN_RUNS,
                                         random_state=CAMPAIGN_RANDOM_STATE, progress=False)


def _percentiles(low: float, high: float) -> list[float]:
    return [float(v) for v in np.percentile(_campaign().reach, [low, high])]


def _middle_95() -> list[float]:
    return _percentiles(2.5, 97.5)


def _two_numbers(answer) -> tuple[float, float] | None:
    """The answer as (low, high) when it is two numbers in any container (list, tuple, array, Series)."""
    try:
        values = np.asarray(answer, dtype=float).ravel()
    except (TypeError, ValueError):
        return None
    return (float(values[0]), float(values[1])) if values.size == 2 else None


def _looks_like_shares(answer) -> bool:
    pair = _two_numbers(answer)
    return pair is not None and all(0 < value < 1 for value in pair)


def _within_a_person(answer) -> bool:
    """Each number within one person of the right percentiles, yet not right: cut-off decimals, another method."""
    pair = _two_numbers(answer)
    return pair is not None and all(abs(given - right) < 1 for given, right in zip(pair, _middle_95()))


q2 = ValueQuestion(
    id="07.q2",
    title={"en": "The middle 95% of campaigns", "it": "Il 95% centrale delle campagne"},
    expected=_middle_95,
    precision=0,  # people: the nearest whole person is enough
    variable="middle_95",
    hints=[
        {"en": "`campaign.reach` is an array with the people reached in each of the 1,000 runs. You want the "
               "value that 2.5% of runs fall below, and the one that 2.5% of runs lie above.",
         "it": "`campaign.reach` è un array con le persone raggiunte in ognuna delle 1.000 simulazioni. Cerchi il "
               "valore sotto cui sta il 2,5% delle simulazioni e quello sopra cui sta il 2,5%."},
        {"en": "Those are percentiles. NumPy's `np.percentile(values, [low, high])` takes percentages from 0 to "
               "100.",
         "it": "Sono percentili. `np.percentile(valori, [basso, alto])` di NumPy prende percentuali da 0 a 100."},
        {"en": "`np.percentile(campaign.reach, [2.5, 97.5])`",
         "it": "`np.percentile(campaign.reach, [2.5, 97.5])`"},
    ],
    solution="middle_95 = np.percentile(campaign.reach, [2.5, 97.5])",
    explanation={
        "en": "The same campaign, run again, can land anywhere in this range: that is the risk of one campaign. "
              "`campaign.ci95` is a different thing: how sure we are about the *average* reach. It narrows as "
              "we simulate more runs; the range of outcomes does not.",
        "it": "La stessa campagna, ripetuta, può finire ovunque in questo intervallo: è il rischio di una singola "
              "campagna. `campaign.ci95` è un'altra cosa: quanto siamo sicuri della copertura *media*. Si "
              "restringe se simuliamo più volte; l'intervallo dei risultati no.",
    },
    mistakes=[
        Mistake(_looks_like_shares,
                {"en": "These look like shares of the network. The question asks for people reached: use "
                       "`campaign.reach` as it is.",
                 "it": "Sembrano quote della rete. La domanda chiede le persone raggiunte: usa `campaign.reach` "
                       "così com'è."}),
        Mistake(lambda: _percentiles(0.025, 0.975),
                {"en": "You gave `np.percentile` fractions (0.025, 0.975), so you got the 0.025th and 0.975th "
                       "percentiles: almost the smallest runs. `np.percentile` takes percentages: 2.5 and 97.5. "
                       "(`np.quantile` is the one that takes fractions.)",
                 "it": "Hai dato a `np.percentile` delle frazioni (`[0.025, 0.975]`), quindi hai ottenuto il percentile "
                       "0,025 e 0,975: quasi le simulazioni più piccole. `np.percentile` vuole percentuali: `[2.5, "
                       "97.5]`. (È `np.quantile` che vuole frazioni.)"}),
        Mistake(lambda: [float(v) for v in _campaign().ci95],
                {"en": "That is `campaign.ci95`, the 95% confidence interval of the *mean* reach: how sure we are "
                       "about the average. The question asks where single campaigns land: use percentiles of "
                       "`campaign.reach`.",
                 "it": "Questo è `campaign.ci95`, l'intervallo di confidenza al 95% della copertura *media*: "
                       "quanto siamo sicuri della media. La domanda chiede dove finiscono le singole campagne: usa "
                       "i percentili di `campaign.reach`."}),
        Mistake(lambda: _percentiles(5, 95),
                {"en": "That is the middle 90% (5th to 95th percentile). For the middle 95%, leave 2.5% out at "
                       "each end.",
                 "it": "Questo è il 90% centrale (dal 5° al 95° percentile). Per il 95% centrale lascia fuori il "
                       "2,5% a ciascun estremo."}),
        Mistake(lambda: [int(_campaign().reach.min()), int(_campaign().reach.max())],
                {"en": "That is the smallest and the largest run. Extremes depend on luck; leave out 2.5% of runs "
                       "at each end.",
                 "it": "Questi sono la simulazione più piccola e la più grande. Gli estremi dipendono dal caso; "
                       "lascia fuori il 2,5% delle simulazioni a ciascun estremo."}),
        Mistake(_within_a_person,
                {"en": "Almost: each number is within one person of the answer, but not the nearest whole person. "
                       "Did you cut the decimals off (`int()` always rounds down) or pick another percentile "
                       "`method=`? Keep NumPy's default percentiles, and round to the nearest person if you round "
                       "at all.",
                 "it": "Quasi: ogni numero è a meno di una persona dalla risposta, ma non è la persona intera più "
                       "vicina. Hai tagliato i decimali (`int()` arrotonda sempre per difetto) o scelto un altro "
                       "`method=` per i percentili? Usa i percentili predefiniti di NumPy, e se arrotondi fallo "
                       "alla persona più vicina."}),
    ],
)


# -- q3: the cheapest seeding plan ------------------------------------------------------------------------------


def _stats(strategy: str, seeds: int) -> tuple[float, float]:
    from smm_course.explorers import virality

    reach = virality.default_model().reach(BUDGET_P, seeds, strategy)
    return float(reach.mean()), float(reach.std(ddof=1) / math.sqrt(len(reach)))


def _plausibly_enough(strategy: str, seeds: int) -> bool:
    """The target is within Monte Carlo noise of the expected reach, or below it."""
    mean, error = _stats(strategy, seeds)
    return mean + NOISE_SE * error >= BUDGET_TARGET


#: The seeding strategies as q3's dropdown and feedback name them; the values are what the explorer computes with.
_STRATEGY_LABELS = {"random": {"en": "random people", "it": "persone a caso"},
                    "hubs": {"en": "biggest hubs", "it": "hub più grandi"},
                    "greedy": {"en": "greedy picks", "it": "scelte greedy"}}


def _budget_goal(values: dict):
    from smm_course.explorers import virality

    strategy, seeds = values["strategy"], int(values["seeds"])
    label, label_it = _STRATEGY_LABELS[strategy]["en"], _STRATEGY_LABELS[strategy]["it"]
    mean, _ = _stats(strategy, seeds)
    if not _plausibly_enough(strategy, seeds):
        seed_word = "seeds" if seeds > 1 else "seed"
        return {"en": f"With {seeds} {seed_word} ({label}) the expected reach is {mean:,.0f} people: below the "
                      f"target of {BUDGET_TARGET}. Add seeds, or try another strategy.",
                "it": f"Con {seeds} {'semi' if seeds > 1 else 'seme'} ({label_it}) la copertura attesa è "
                      f"{format_number(mean, lang='it')} persone: sotto l'obiettivo di "
                      f"{BUDGET_TARGET}. Aggiungi semi o prova un'altra strategia."}
    if seeds > 1 and _plausibly_enough(strategy, seeds - 1):
        return {"en": f"{seeds} seeds ({label}) reach the target, but {seeds - 1} already do. Every seed costs "
                      "money: find the smallest budget.",
                "it": f"{seeds} semi ({label_it}) raggiungono l'obiettivo, ma ne bastano già {seeds - 1}. Ogni seme "
                      "costa: trova il budget più piccolo."}
    # Reach only grows with the budget (the simulations share their coin flips), so one budget fewer is the test.
    if seeds > 1 and any(_plausibly_enough(other, seeds - 1) for other in virality.STRATEGIES if other != strategy):
        # A mean just under the target passes within noise: say so, or "399 people" reads as a contradiction.
        noise = {"en": f", within simulation noise of {BUDGET_TARGET}", "it": f", compatibile con {BUDGET_TARGET} "
                 "entro il rumore della simulazione"} if mean < BUDGET_TARGET else {"en": "", "it": ""}
        return {"en": f"Right: {seeds} is the smallest budget for the {label} ({mean:,.0f} people{noise['en']}). "
                      "But another strategy reaches 400 people with fewer seeds. Compare the strategies at small "
                      "budgets.",
                "it": f"Giusto: {seeds} è il budget più piccolo con la strategia «{label_it}» "
                      f"({format_number(mean, lang='it')} persone{noise['it']}). Ma un'altra strategia raggiunge 400 "
                      "persone con meno semi. Confronta le strategie con budget piccoli."}
    return None


class _BudgetView:
    """07.q3's live view: the reach of the chosen plan, simulated as the controls move."""

    def __init__(self) -> None:
        from smm_course.explorers import virality  # the explorer loads the follower network: only when drawn

        self._panel = virality.ReachPanel()
        self.widgets = [self._panel]

    def update(self, values: dict) -> None:
        self._panel.show(BUDGET_P, int(values["seeds"]), values["strategy"], target=BUDGET_TARGET)


q3 = ExplorerQuestion(
    id="07.q3",
    title={"en": "The cheapest plan to reach 400 people", "it": "Il piano più economico per raggiungere 400 persone"},
    prompt={
        "en": "Each seed is a free box of the new flavour, so seeds cost money. With a share probability of 8%, "
              "find the strategy and the smallest seeding budget whose expected reach is at least 400 people. "
              "Then press Check.",
        "it": "Ogni seme è una confezione gratuita del nuovo gusto, quindi i semi costano. Con una probabilità di "
              "condivisione dell'8%, trova la strategia e il budget di seeding più piccolo con una copertura "
              "attesa di almeno 400 persone. Poi premi «Controlla».",
    },
    controls=[
        Slider("seeds", 1, BUDGET_MAX_SEEDS, step=1, value=1,
               description={"en": "Seeding budget (people)", "it": "Budget di seeding (persone)"}),
        Dropdown("strategy", ["random", "hubs", "greedy"], value="random",
                 description={"en": "Seeding strategy", "it": "Strategia di seeding"}, labels=_STRATEGY_LABELS),
    ],
    goal=_budget_goal,
    live=_BudgetView,
    answer={"seeds": 4, "strategy": "greedy"},
    hints=[
        {"en": "For each strategy, start at 1 seed and add one at a time until the mean line passes the dotted "
               "target line.",
         "it": "Per ogni strategia parti da 1 seme e aggiungine uno alla volta finché la linea della media supera "
               "la linea tratteggiata dell'obiettivo."},
        {"en": "Random people never get there within 12 seeds. Compare the biggest hubs with the greedy picks: "
               "which one passes 400 first?",
         "it": "Con la scelta casuale non ci si arriva entro 12 semi. Confronta gli hub più grandi con le scelte "
               "greedy: quale supera 400 per prima?"},
        {"en": "The greedy picks pass 400 people with fewer seeds than the hubs. Find the first budget at which "
               "they do.",
         "it": "Le scelte greedy superano 400 persone con meno semi degli hub. Trova il primo budget con cui ci "
               "riescono."},
    ],
    explanation={
        "en": "The greedy picks reach 400 people with the smallest budget. The biggest hubs need clearly more "
              "seeds: their audiences overlap, so each extra hub mostly reaches people who already got the "
              "message. Random people need far more than 12. The answer allows for Monte Carlo noise: a budget "
              "counts as enough when 400 is within two standard errors of its expected reach, or below it.",
        "it": "Le scelte greedy raggiungono 400 persone con il budget più piccolo. Gli hub più grandi hanno "
              "bisogno di parecchi semi in più: i loro pubblici si sovrappongono, quindi ogni hub in più "
              "raggiunge soprattutto persone che hanno già ricevuto il messaggio. Con la scelta casuale servono "
              "molto più di 12 semi. La risposta tiene conto del rumore Monte Carlo: un budget basta quando 400 "
              "è entro due errori standard dalla sua copertura attesa, o sotto.",
    },
)


@functools.lru_cache(maxsize=1)
def _bass():
    from smm_course import data, diffusion

    return diffusion.fit_bass(data.load("campaign_adoption").set_index("week")["new_adopters"])


def _peak_share() -> float:
    """The largest share of the market potential that adopts in one week, in the fitted model."""
    fit = _bass()
    return float(fit.fitted.max() / fit.m)


# -- q4: reading the Bass model --------------------------------------------------------------------------------

q4 = ChoiceQuestion(
    id="07.q4",
    title={"en": "What do p and q say?", "it": "Che cosa indicano p e q?"},
    prompt={
        "en": "Look at the fitted p and q of the word-of-mouth campaign. Which statement fits them?",
        "it": "Guarda p e q stimati per la campagna di passaparola. Quale affermazione è coerente con loro?",
    },
    options={
        "ads": {"en": "p is larger than q: most people adopted because of Nuvola's own ads, not word of mouth.",
                "it": "p è più grande di q: la maggior parte delle persone ha aderito per la pubblicità di "
                      "Nuvola, non per il passaparola."},
        "wom": {"en": "q is many times p: after the first weeks, most new adopters came because earlier adopters "
                      "told them (imitation), so word of mouth drove the campaign.",
                "it": "q è molte volte p: dopo le prime settimane, la maggior parte dei nuovi aderenti è arrivata "
                      "perché gli aderenti precedenti ne hanno parlato (imitazione), quindi il passaparola ha "
                      "guidato la campagna."},
        "k": {"en": "q is below 1, so each adopter brings in less than one person: the campaign did not spread "
                    "by word of mouth.",
              "it": "q è sotto 1, quindi ogni aderente porta meno di una persona: la campagna non si è diffusa "
                    "col passaparola."},
        "share": {"en": "p + q is the share of all people who adopt each week, about a third of the market.",
                  "it": "p + q è la quota di tutte le persone che aderiscono ogni settimana, circa un terzo del "
                        "mercato."},
    },
    answer="wom",
    feedback={
        "ads": FromData(lambda: {
            "en": f"Compare the two numbers again: p is about {_bass().p:.2f} and q about {_bass().q:.1f}.",
            "it": f"Confronta di nuovo i due numeri: p vale circa {format_number(_bass().p, '.2f', lang='it')} e q "
                  f"circa {format_number(_bass().q, '.1f', lang='it')}."}),
        "k": {"en": "q is not a K-factor. It is a rate per week: how strongly the people who have adopted pull "
                    "in those who have not. Adoption followed an S-curve, which is word of mouth at work.",
              "it": "q non è un fattore K. È un tasso per settimana: quanto le persone che hanno aderito attirano "
                    "chi non l'ha ancora fatto. L'adozione segue una curva a S, che è il passaparola all'opera."},
        "share": FromData(lambda: {
            "en": "p and q are not shares of the market. p applies to those who have not adopted yet, and q's pull "
                  "grows with the share who already have; in the fitted model, new adopters peak at "
                  f"{_peak_share():.0%} of the market in one week.",
            "it": "p e q non sono quote del mercato. p si applica a chi non ha ancora aderito, e la spinta di q "
                  "cresce con la quota di chi ha già aderito; nel modello stimato, i nuovi aderenti al massimo sono "
                  f"il {_peak_share():.0%} del mercato in una settimana."}),
    },
    hints=[
        {"en": "p measures adoption from outside influence (ads, news); q measures adoption from imitating "
               "earlier adopters (word of mouth).",
         "it": "p misura l'adozione per influenza esterna (pubblicità, notizie); q quella per imitazione di chi ha "
               "già aderito (passaparola)."},
        {"en": "Divide q by p. A large ratio means imitation dominated.",
         "it": "Dividi q per p. Un rapporto grande vuol dire che ha dominato l'imitazione."},
    ],
    explanation=FromData(lambda: {
        "en": f"q is about {_bass().q / _bass().p:.0f} times p. At launch only p works (nobody has adopted yet to "
              "imitate), so the first weeks are slow; then q takes over and adoption speeds up, peaks and slows as "
              "the market runs out: the S-curve of word of mouth.",
        "it": f"q è circa {_bass().q / _bass().p:.0f} volte p. Al lancio agisce solo p (nessuno ha ancora aderito "
              "da imitare), quindi le prime settimane sono lente; poi prevale q e l'adozione accelera, tocca il "
              "picco e rallenta quando il mercato si esaurisce: la curva a S del passaparola.",
    }),
)


# -- quiz -----------------------------------------------------------------------------------------------------------

quiz1 = ChoiceQuestion(
    id="07.quiz1",
    title={"en": "K = 0.9", "it": "K = 0,9"},
    prompt={"en": "A referral programme has K = 0.9. What happens to the total number of users over many cycles?",
            "it": "Un programma di referral ha K = 0,9. Che cosa succede al totale degli utenti dopo molti cicli?"},
    options={
        "unbounded": {"en": "It grows without limit, because K is close to 1.",
                      "it": "Cresce senza limite, perché K è vicino a 1."},
        "tenfold": {"en": "It levels off at about 10 times the starting users.",
                    "it": "Si stabilizza a circa 10 volte gli utenti iniziali."},
        "double": {"en": "It levels off at about 1.9 times the starting users.",
                   "it": "Si stabilizza a circa 1,9 volte gli utenti iniziali."},
    },
    answer="tenfold",
    feedback={
        "unbounded": {"en": "Only K above 1 grows without limit. With K = 0.9 each wave is 10% smaller than the "
                            "last, so the total levels off.",
                      "it": "Solo K sopra 1 cresce senza limite. Con K = 0,9 ogni ondata è il 10% più piccola della "
                            "precedente, quindi il totale si stabilizza."},
        "double": {"en": "That counts only the first wave (1 + 0.9). The waves keep coming: 1 + 0.9 + 0.81 + ... "
                         "= 1 / (1 - 0.9).",
                   "it": "Questo conta solo la prima ondata (1 + 0,9). Le ondate continuano: 1 + 0,9 + 0,81 + ... "
                         "= 1 / (1 − 0,9)."},
    },
    hints=[{"en": "Is K above or below 1? Below 1, each wave of new users is smaller than the one before.",
            "it": "K è sopra o sotto 1? Sotto 1, ogni ondata di nuovi utenti è più piccola della precedente."},
           {"en": "The total is start / (1 - K) when K < 1. Work out 1 / (1 - 0.9).",
            "it": "Il totale è partenza / (1 − K) quando K < 1. Calcola 1 / (1 − 0,9)."}],
    explanation={"en": "1 / (1 - 0.9) = 10: strong referrals multiply the start, but they still level off.",
                 "it": "1 / (1 − 0,9) = 10: referral forti moltiplicano la partenza, ma si stabilizzano comunque."},
)

@functools.lru_cache(maxsize=1)
def _top5_audience() -> tuple[int, int]:
    """The top 5 hubs' followers added up, and the different people among them (as notebook 07 counts them)."""
    from smm_course import network

    graph = network.follower_graph()
    hubs = network.top_influencers(graph, k=5)
    audience = network.reach_within(graph, hubs["node"].tolist(), hops=1)
    return int(hubs["score"].sum()), int(audience.new_count)


quiz2 = ChoiceQuestion(
    id="07.quiz2",
    title={"en": "Why not just the biggest hubs?", "it": "Perché non solo gli hub più grandi?"},
    prompt={"en": "Why can a few well-chosen seeds reach more people than the same number of the biggest hubs?",
            "it": "Perché pochi semi ben scelti possono raggiungere più persone dello stesso numero di hub più "
                  "grandi?"},
    options={
        "overlap": {"en": "The biggest hubs share much of their audience, so each extra hub adds few new people.",
                    "it": "Gli hub più grandi condividono gran parte del pubblico, quindi ogni hub in più aggiunge "
                          "poche persone nuove."},
        "share_less": {"en": "Hubs never share anything.", "it": "Gli hub non condividono mai nulla."},
        "luck": {"en": "It is luck: with more simulations the hubs would win.",
                 "it": "È fortuna: con più simulazioni vincerebbero gli hub."},
    },
    answer="overlap",
    feedback={
        "share_less": {"en": "In the model every person passes the message on with the same probability, hubs "
                             "included.",
                       "it": "Nel modello ogni persona passa il messaggio con la stessa probabilità, hub compresi."},
        "luck": {"en": "The gap is many standard errors wide, and greedy was scored on other simulated worlds than "
                       "the ones it was chosen on.",
                 "it": "Il divario vale parecchi errori standard, e le scelte greedy sono valutate su mondi simulati "
                       "diversi da quelli su cui sono state scelte."},
    },
    hints=[{"en": "Remember how many different people the top 5 hubs' followers really were.",
            "it": "Ricorda quante persone diverse erano davvero i follower dei primi 5 hub."},
           FromData(lambda: {
               "en": f"Their followers added up to {_top5_audience()[0]:,}, but only {_top5_audience()[1]:,} "
                     "different people: the hubs share much of their audience.",
               "it": f"I loro follower sommati erano {format_number(_top5_audience()[0], ',', lang='it')}, ma le "
                     f"persone diverse solo {format_number(_top5_audience()[1], ',', lang='it')}: gli hub condividono "
                     "gran parte del pubblico."})],
    explanation={"en": "Greedy picks seeds whose audiences add new people, often in other communities.",
                 "it": "La scelta greedy prende semi i cui pubblici aggiungono persone nuove, spesso in altre "
                       "comunità."},
)

quiz3 = ChoiceQuestion(
    id="07.quiz3",
    title={"en": "Planning with a spread", "it": "Pianificare tenendo conto della variabilità"},
    prompt={"en": "A plan has an expected reach of 495 people, and 95% of simulated runs reach 330 to 700. What "
                  "should the manager tell the boss?",
            "it": "Un piano ha una copertura attesa di 495 persone, e il 95% delle simulazioni raggiunge da 330 a "
                  "700. Che cosa dovrebbe dire chi gestisce la campagna alla direzione?"},
    options={
        "exact": {"en": "The campaign will reach 495 people.", "it": "La campagna raggiungerà 495 persone."},
        "range": {"en": "About 495 people on average, but one campaign could well reach only about 330.",
                  "it": "Circa 495 persone in media, ma una singola campagna potrebbe raggiungerne solo circa 330."},
        "best": {"en": "At least 700 people.", "it": "Almeno 700 persone."},
    },
    answer="range",
    feedback={
        "exact": {"en": "495 is the average over many runs. A single campaign lands somewhere in the spread.",
                  "it": "495 è la media su molte simulazioni. Una singola campagna finisce da qualche parte nella "
                        "dispersione."},
        "best": {"en": "700 is near the best case: only 2.5% of runs do better.",
                 "it": "700 è vicino al caso migliore: solo il 2,5% delle simulazioni fa meglio."},
    },
    hints=[{"en": "Word of mouth is random: the same plan gives different results each time.",
            "it": "Il passaparola è casuale: lo stesso piano dà risultati diversi ogni volta."},
           {"en": "The mean is the average over many runs; one campaign is one run. Where can one run land?",
            "it": "La media è su molte simulazioni; una campagna è una sola simulazione. Dove può finire?"}],
    explanation={"en": "Report the expected reach with its range, so nobody plans on the lucky case.",
                 "it": "Riporta la copertura attesa con il suo intervallo, così nessuno pianifica sul caso "
                       "fortunato."},
)

quiz = Quiz(id="07.quiz", title={"en": "Check your understanding", "it": "Verifica la tua comprensione"},
            questions=[quiz1, quiz2, quiz3])
