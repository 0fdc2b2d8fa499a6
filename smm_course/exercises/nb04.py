"""Questions of notebook 04, "Customer data: segmentation and CRM".

The value questions use the ``customers`` dataset; the segment exercise draws its segment live with the segment
explorer (:mod:`smm_course.explorers.segments`) and judges the controls' values against a campaign brief.

>>> q1.kind, q2.kind, q5.kind, len(quiz.questions)
('classify', 'value', 'explorer', 4)
"""

from __future__ import annotations

import functools
from typing import Any, Mapping

from smm_course.exercises.kinds import (
    ChoiceQuestion, ClassifyQuestion, Dropdown, ExplorerQuestion, Mistake, Quiz, Slider, ValueQuestion,
)
from smm_course.i18n import format_number, localize

NOTEBOOK_TITLE = {"en": "Customer data: segmentation and CRM", "it": "Dati dei clienti: segmentazione e CRM"}

# -- q1: the three Vs of big data -----------------------------------------------------------------------------
_V = {"volume": {"en": "volume", "it": "volume"}, "variety": {"en": "variety", "it": "varietà"},
      "velocity": {"en": "velocity", "it": "velocità"}}

_ITEMS = {
    "Thousands of rows in the mentions table, from one year": "volume",
    "Tens of thousands of rows and megabytes of data in a dozen tables": "volume",
    "Numbers, categories, free text, dates and a follower network side by side": "variety",
    "A review's star rating next to its words, written in slang and emoji": "variety",
    "Negative mentions per day that jump several-fold when a false claim goes viral": "velocity",
    "Customer messages that need an answer within hours, not weeks": "velocity",
}


def _about(item: str, category: str, message_en: str, message_it: str) -> tuple:
    return (item, category), {"en": message_en, "it": message_it}


q1 = ClassifyQuestion(
    id="04.q1",
    title={"en": "Volume, variety or velocity?", "it": "Volume, varietà o velocità?"},
    prompt={
        "en": "The course's source article warns about the 3 Vs of big data. Put each fact about the course data "
              "under the V it shows best.",
        "it": "L'articolo di riferimento del corso mette in guardia dalle 3V dei big data. Assegna ogni fatto sui dati "
              "del corso alla V che illustra meglio.",
    },
    categories=[_V["volume"], _V["variety"], _V["velocity"]],
    items=_ITEMS,
    item_labels={
        "Thousands of rows in the mentions table, from one year": {
            "it": "Migliaia di righe nella tabella delle menzioni, in un anno"},
        "Tens of thousands of rows and megabytes of data in a dozen tables": {
            "it": "Decine di migliaia di righe e megabyte di dati in una dozzina di tabelle"},
        "Numbers, categories, free text, dates and a follower network side by side": {
            "it": "Numeri, categorie, testo libero, date e una rete di follower, uno accanto all'altro"},
        "A review's star rating next to its words, written in slang and emoji": {
            "it": "Le stelle di una recensione accanto al suo testo, scritto in gergo e con le emoji"},
        "Negative mentions per day that jump several-fold when a false claim goes viral": {
            "it": "Menzioni negative al giorno che si moltiplicano quando un'affermazione falsa diventa virale"},
        "Customer messages that need an answer within hours, not weeks": {
            "it": "Messaggi dei clienti che chiedono una risposta entro poche ore, non settimane"},
    },
    feedback=dict([
        _about("Negative mentions per day that jump several-fold when a false claim goes viral", "volume",
               "The mentions are many, but the point here is how fast they arrive.",
               "Le menzioni sono tante, ma qui conta quanto in fretta arrivano."),
        _about("Customer messages that need an answer within hours, not weeks", "volume",
               "The messages are not that many: what matters is the speed they demand.",
               "I messaggi non sono tantissimi: conta la velocità che richiedono."),
        _about("Numbers, categories, free text, dates and a follower network side by side", "volume",
               "Count the kinds of data, not the rows.", "Conta i tipi di dati, non le righe."),
        _about("A review's star rating next to its words, written in slang and emoji", "velocity",
               "A review is not urgent by nature: look at the two kinds of data it holds.",
               "Una recensione non è urgente di per sé: guarda i due tipi di dati che contiene."),
        _about("Thousands of rows in the mentions table, from one year", "velocity",
               "In one year, not per day: this is about how much.", "In un anno, non al giorno: qui conta quanto."),
    ]),
    hints=[
        {"en": "Ask of each fact: is it about how much (volume), how many kinds (variety) or how fast (velocity)?",
         "it": "Chiediti per ogni fatto: parla di quanto (volume), di quanti tipi (varietà) o di quanto in fretta "
               "(velocità)?"},
        {"en": "Two facts belong under each V. Time words (per day, within hours) point to velocity.",
         "it": "Due fatti vanno sotto ogni V. Le parole di tempo (al giorno, entro ore) indicano la velocità."},
    ],
    explanation={
        "en": "Volume: the mentions and the rows and megabytes. Variety: mixed kinds of data, and stars next to "
              "slangy text. Velocity: the crisis burst and messages that cannot wait. SMM tools earn their keep by "
              "turning all three into decisions.",
        "it": "Volume: le menzioni e le righe e i megabyte. Varietà: tipi di dati misti, e stelle accanto a testo "
              "gergale. Velocità: l'ondata della crisi e i messaggi che non possono aspettare. Gli strumenti SMM "
              "servono a trasformare tutte e tre in decisioni.",
    },
)


# -- q2: RFM, the share of Champions ---------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _rfm():
    from smm_course import data, segmentation

    return segmentation.rfm_scores(data.load("customers"), as_of="2025-12-31")


def _segment_share(name: str) -> float:
    return float((_rfm()["segment"] == name).mean())


_ANOTHER_SEGMENT = {"en": "That is the share of another segment. Check the name in your filter: \"Champions\".",
                    "it": "Questa è la quota di un altro segmento. Controlla il nome nel filtro: `\"Champions\"`."}

q2 = ValueQuestion(
    id="04.q2",
    title={"en": "How many Champions?", "it": "Quanti Champions?"},
    expected=lambda: _segment_share("Champions"),
    precision=3,
    variable="champions_share",
    hints=[
        {"en": "A share is a count divided by the total. The mean of a True/False column is exactly that.",
         "it": "Una quota è un conteggio diviso per il totale. La media di una colonna Vero/Falso è proprio questo."},
        {"en": "`rfm[\"segment\"] == \"Champions\"` is True for each Champion. Take its mean.",
         "it": "`rfm[\"segment\"] == \"Champions\"` è True per ogni Champion. Prendine la media."},
        {"en": "`(rfm[\"segment\"] == \"Champions\").mean()`", "it": "`(rfm[\"segment\"] == \"Champions\").mean()`"},
    ],
    solution='champions_share = (rfm["segment"] == "Champions").mean()',
    explanation={
        "en": "Champions bought recently, buy often and spend the most. They are a minority of the customers but "
              "bring a far larger share of the revenue than their number: the segment to keep happy first.",
        "it": "I Champions hanno comprato di recente, comprano spesso e spendono di più. Sono una minoranza dei "
              "clienti ma portano una quota di ricavi molto più grande del loro numero: il segmento da tenere "
              "contento per primo.",
    },
    mistakes=[
        Mistake(lambda: float((_rfm()["segment"] == "Champions").sum()),
                {"en": "That is the number of Champions. Divide it by the number of customers to get a share.",
                 "it": "Questo è il numero di Champions. Dividilo per il numero di clienti per avere una quota."}),
        *(Mistake(functools.partial(_segment_share, name), _ANOTHER_SEGMENT)
          for name in ("Loyal", "New", "Potential", "At risk", "Hibernating", "Lost")),
        Mistake(lambda: float((_rfm()["segment"] != "Champions").mean()),
                {"en": "That is the share of everyone except the Champions. Use `==`, not `!=`.",
                 "it": "Questa è la quota di tutti tranne i Champions. Usa `==`, non `!=`."}),
    ],
)


# -- q3: customer lifetime value by hand ------------------------------------------------------------------------
def _clv(margin=60.0, retention=0.80, discount_rate=0.10, acquisition_cost=30.0) -> float:
    return margin * retention / (1 + discount_rate - retention) - acquisition_cost


q3 = ValueQuestion(
    id="04.q3",
    title={"en": "Customer lifetime value", "it": "Customer lifetime value (CLV)"},
    expected=lambda: _clv(),
    precision=2,  # euros and cents
    variable="clv",
    hints=[
        {"en": "Use the four variables of the cell: m is `margin`, r is `retention`, i is `discount_rate`, AC is "
               "`acquisition_cost`. Rates stay fractions (0.10, not 10).",
         "it": "Usa le quattro variabili della cella: m è `margin`, r è `retention`, i è `discount_rate`, AC è "
               "`acquisition_cost`. I tassi restano frazioni (`0.10`, non `10`)."},
        {"en": "Put the denominator in brackets: `(1 + discount_rate - retention)`. Subtract the acquisition cost "
               "at the end.",
         "it": "Metti il denominatore tra parentesi: `(1 + discount_rate - retention)`. Sottrai il costo di "
               "acquisizione alla fine."},
        {"en": "`margin * retention / (1 + discount_rate - retention) - acquisition_cost`",
         "it": "`margin * retention / (1 + discount_rate - retention) - acquisition_cost`"},
    ],
    solution="clv = margin * retention / (1 + discount_rate - retention) - acquisition_cost",
    explanation={
        "en": "60 x 0.8 / 0.3 = 160 euros of discounted future margin, minus the 30 euros it cost to win the "
              "customer: 130 euros.",
        "it": "60 × 0,8 / 0,3 = 160 € di margine futuro attualizzato, meno i 30 € spesi per conquistare il "
              "cliente: 130 €.",
    },
    mistakes=[
        Mistake(_clv(acquisition_cost=0.0),
                {"en": "You left out the acquisition cost. Subtract AC = 30 euros at the end.",
                 "it": "Hai tralasciato il costo di acquisizione. Sottrai AC = 30 € alla fine."}),
        Mistake(_clv(acquisition_cost=-30.0),
                {"en": "You added the acquisition cost. It is a cost: subtract it.",
                 "it": "Hai sommato il costo di acquisizione. È un costo: sottrailo."}),
        Mistake(_clv(discount_rate=10.0),
                {"en": "You used 10 for the discount rate. Rates are fractions here: 10% is 0.10.",
                 "it": "Hai usato `10` come tasso di attualizzazione. Qui i tassi sono frazioni: 10% è `0.10`."}),
        Mistake(_clv(discount_rate=0.0),
                {"en": "You left out the discount rate: money next year is worth less than money today. The "
                       "denominator is 1 + i - r.",
                 "it": "Hai tralasciato il tasso di attualizzazione: il denaro dell'anno prossimo vale meno di quello "
                       "di oggi. Il denominatore è 1 + i − r."}),
        Mistake(60.0 * 0.80 / 1 + 0.10 - 0.80 - 30.0,
                {"en": "Brackets! Without them Python divides by 1 only. Write `/ (1 + discount_rate - retention)`.",
                 "it": "Le parentesi! Senza, Python divide solo per 1. Scrivi `/ (1 + discount_rate - retention)`."}),
        Mistake(60.0 / (1 + 0.10 - 0.80) - 30.0,
                {"en": "The numerator is m x r: the first margin arrives only if the customer stays a year.",
                 "it": "Il numeratore è m × r: il primo margine arriva solo se il cliente resta un anno."}),
    ],
)


# -- q4: do the best buyers refer the most? -------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _overlaps() -> dict:
    from smm_course import data

    customers = data.load("customers")
    top = len(customers) // 10
    buyers = customers.nlargest(top, "revenue")["customer_id"]
    referrers = customers.nlargest(top, "referred_revenue")["customer_id"]
    by_count = customers.nlargest(top, "referrals")["customer_id"]
    both = int(buyers.isin(referrers).sum())
    return {"share": both / top, "count": both, "of_all": both / len(customers),
            "by_referrals": float(buyers.isin(by_count).mean())}


q4 = ValueQuestion(
    id="04.q4",
    title={"en": "Are the best buyers the best referrers?", "it": "I maggiori acquirenti sono anche i maggiori referrer?"},
    expected=lambda: _overlaps()["share"],
    precision=3,
    variable="overlap",
    hints=[
        {"en": "`customers.nlargest(500, \"revenue\")` keeps the 500 biggest buyers. Do the same for "
               "`referred_revenue`, and keep the `customer_id` column of each.",
         "it": "`customers.nlargest(500, \"revenue\")` tiene i 500 acquirenti con i ricavi più alti. Fai lo stesso per "
               "`referred_revenue`, e tieni la colonna `customer_id` di ciascuno."},
        {"en": "`top_buyers.isin(top_referrers)` is True for each top buyer who is also a top referrer. Its mean is "
               "the share.",
         "it": "`top_buyers.isin(top_referrers)` è True per ogni migliore acquirente che è anche un migliore "
               "referrer. La sua media è la quota."},
        {"en": "`customers.nlargest(500, \"revenue\")[\"customer_id\"].isin(customers.nlargest(500, "
               "\"referred_revenue\")[\"customer_id\"]).mean()`",
         "it": "`customers.nlargest(500, \"revenue\")[\"customer_id\"].isin(customers.nlargest(500, "
               "\"referred_revenue\")[\"customer_id\"]).mean()`"},
    ],
    solution=('top_buyers = customers.nlargest(500, "revenue")["customer_id"]\n'
              'top_referrers = customers.nlargest(500, "referred_revenue")["customer_id"]\n'
              'overlap = top_buyers.isin(top_referrers).mean()'),
    explanation={
        "en": "Only a minority of the best buyers are also among the best referrers. Direct and indirect value are "
              "different things: a CRM that ranks customers by purchases alone misses most of the word of mouth.",
        "it": "Solo una minoranza dei maggiori acquirenti è anche tra i maggiori referrer. Valore diretto e "
              "indiretto sono cose diverse: un CRM che ordina i clienti solo per acquisti perde gran parte del "
              "passaparola.",
    },
    mistakes=[
        Mistake(lambda: _overlaps()["count"],
                {"en": "That is how many customers are in both groups. Divide by the 500 top buyers to get a share.",
                 "it": "Questo è quanti clienti stanno in entrambi i gruppi. Dividi per i 500 maggiori acquirenti "
                       "per avere una quota."}),
        Mistake(lambda: _overlaps()["of_all"],
                {"en": "You divided by all 5,000 customers. The question asks for a share of the 500 top buyers.",
                 "it": "Hai diviso per tutti i 5.000 clienti. La domanda chiede una quota dei 500 maggiori "
                       "acquirenti."}),
        Mistake(lambda: _overlaps()["by_referrals"],
                {"en": "You ranked referrers by the number of `referrals`. Rank them by `referred_revenue`, the money "
                       "their referrals brought.",
                 "it": "Hai ordinato i referrer per numero di `referrals`. Ordinali per `referred_revenue`, il denaro "
                       "portato dai loro referral."}),
    ],
)


# -- q5: build a target segment for a referral campaign ------------------------------------------------------
#: The campaign brief of q5: at least this many consenting customers ...
MIN_CUSTOMERS = 300
#: ... who each brought at least this much revenue through referrals, on average (euros).
MIN_REFERRED_REVENUE = 300.0
CONSENTING, EVERYONE = "consenting customers only", "everyone"
#: What a student sees for the controls' values that are not data values (the values stay what the goal reads).
_WHO_LABELS = {EVERYONE: {"it": "tutti i clienti"}, CONSENTING: {"it": "solo i clienti con consenso"}}
_ANY_LABEL = {"any": {"it": "qualsiasi"}}

# The options of the customers data (checked against the data in tests/test_explorers_segments.py); listed here
# so that importing the questions never loads data.
INTERESTS = ("business", "cooking", "design", "family", "fashion", "festivals", "fitness", "food", "gaming",
             "gardening", "home", "music", "news", "outdoors", "running", "sports", "sustainability", "tech",
             "travel", "wellness", "wine")
PLATFORMS = ("Facebook", "Instagram", "X", "YouTube", "TikTok", "LinkedIn")
INCOME_BANDS = ("under 20k", "20k-35k", "35k-50k", "50k-75k", "75k+")
AGES = (18, 90)


def segment_rules(values: Mapping[str, Any]) -> dict:
    """Turn the exercise's control values into the rules of :func:`smm_course.explorers.segments.describe`.

    >>> segment_rules({"youngest": 18, "oldest": 25, "interest": "any", "platform": "any", "income": "any",
    ...                "consent": "consenting customers only"})["consent_only"]
    True
    """
    return {"youngest": int(values["youngest"]), "oldest": int(values["oldest"]), "interest": values["interest"],
            "platform": values["platform"], "income": values["income"],
            "consent_only": values["consent"] == CONSENTING}


def _segment_goal(values: Mapping[str, Any]):
    from smm_course.explorers import segments

    if values["consent"] != CONSENTING:
        return {"en": "This segment includes customers who never agreed to marketing. Under the GDPR you may not "
                      "target them: set \"Who\" to consenting customers only.",
                "it": "Questo segmento include clienti che non hanno mai accettato il marketing. Con il GDPR non "
                      "puoi contattarli: imposta «Chi» su «solo i clienti con consenso»."}
    if values["youngest"] > values["oldest"]:
        return {"en": "The youngest age is above the oldest, so nobody is left. Move one of the age sliders.",
                "it": "L'età minima è sopra quella massima, quindi non resta nessuno. Sposta uno dei cursori "
                      "dell'età."}
    segment = segments.describe(segments.default_prepared(), **segment_rules(values))
    if segment.size < MIN_CUSTOMERS:
        return {"en": f"Only {segment.size:,} customers: the brief needs at least {MIN_CUSTOMERS}. Loosen a rule.",
                "it": f"Solo {format_number(segment.size, lang='it')} clienti: il brief ne chiede almeno "
                      f"{format_number(MIN_CUSTOMERS, lang='it')}. Allenta una regola."}
    if not segment.mean_referred_revenue >= MIN_REFERRED_REVENUE:
        return {"en": f"{segment.size:,} customers, but each brought only €{segment.mean_referred_revenue:,.0f} "
                      f"through referrals on average; the brief asks for at least €{MIN_REFERRED_REVENUE:,.0f}. "
                      "Who refers the most? Look back at the table of medians and the top referrers.",
                "it": f"{format_number(segment.size, lang='it')} clienti, ma ognuno ha portato in media solo "
                      f"{format_number(segment.mean_referred_revenue, lang='it')} € con i referral; il brief chiede "
                      f"almeno {format_number(MIN_REFERRED_REVENUE, lang='it')} €. Chi fa più referral? Riguarda la "
                      "tabella delle mediane e i maggiori referrer."}
    return True


_AGES_CROSSED = {"en": "The youngest age is above the oldest: move one of the age sliders.",
                 "it": "L'età minima è sopra quella massima: sposta uno dei cursori dell'età."}


class _SegmentView:
    """04.q5's live view: the segment explorer's picture and sentence, following the exercise's controls."""

    def __init__(self) -> None:
        from smm_course.explorers import segments

        self._live = segments.LiveSegment()
        self.widgets = self._live.widgets

    def update(self, values: Mapping[str, Any]) -> None:
        if values["youngest"] > values["oldest"]:
            self._live.caption.value = '<p role="status">{}</p>'.format(localize(_AGES_CROSSED))
            return
        self._live.update(**segment_rules(values))


q5 = ExplorerQuestion(
    id="04.q5",
    title={"en": "Build the target segment", "it": "Costruisci il segmento target"},
    prompt={
        "en": f"Nuvola plans a referral campaign: \"bring a friend, you both get a crate\". The brief: a segment of "
              f"at least {MIN_CUSTOMERS} customers who may be contacted, and who brought at least "
              f"€{MIN_REFERRED_REVENUE:,.0f} each through referrals on average. Set the rules, then press Check.",
        "it": f"Nuvola prepara una campagna di referral: «porta un amico, una cassa a testa». Il brief: un "
              f"segmento di almeno {format_number(MIN_CUSTOMERS, lang='it')} clienti contattabili, che abbiano "
              f"portato in media almeno {format_number(MIN_REFERRED_REVENUE, lang='it')} € a testa con i referral. "
              "Imposta le regole, poi premi «Controlla».",
    },
    controls=[
        Slider("youngest", AGES[0], AGES[1], value=AGES[0],
               description={"en": "Youngest age (years)", "it": "Età minima (anni)"}),
        Slider("oldest", AGES[0], AGES[1], value=AGES[1],
               description={"en": "Oldest age (years)", "it": "Età massima (anni)"}),
        Dropdown("interest", ["any", *INTERESTS], description={"en": "Interest", "it": "Interesse"},
                 labels=_ANY_LABEL),
        Dropdown("platform", ["any", *PLATFORMS], description={"en": "Main platform", "it": "Piattaforma principale"},
                 labels=_ANY_LABEL),
        Dropdown("income", ["any", *INCOME_BANDS], description={"en": "Income band", "it": "Fascia di reddito"},
                 labels=_ANY_LABEL),
        Dropdown("consent", [EVERYONE, CONSENTING], description={"en": "Who", "it": "Chi"}, labels=_WHO_LABELS),
    ],
    goal=_segment_goal,
    live=_SegmentView,
    answer={"youngest": 18, "oldest": 25, "interest": "any", "platform": "any", "income": "any",
            "consent": CONSENTING},
    hints=[
        {"en": "Start with consent: only customers who agreed to marketing may be in a campaign segment.",
         "it": "Parti dal consenso: solo i clienti che hanno accettato il marketing possono stare in un segmento "
               "di campagna."},
        {"en": "The table of medians showed who the top referrers are: younger than most customers, and often on "
               "TikTok or Instagram. Try young ages, or the interests and platform of young customers.",
         "it": "La tabella delle mediane mostrava chi sono i maggiori referrer: più giovani della maggior parte dei "
               "clienti, e spesso su TikTok o Instagram. Prova le età giovani, o gli interessi e la piattaforma "
               "dei clienti giovani."},
        {"en": "One segment that works: ages 18 to 25, consenting customers only. An interest such as music or "
               "festivals works too.",
         "it": "Un segmento che funziona: età da 18 a 25, solo clienti con consenso. Funziona anche un interesse "
               "come la musica o i festival."},
    ],
    explanation={
        "en": "Young customers spend less than the typical (median) customer, but they refer others far more "
              "often. For a referral campaign they are the right target, and only those who gave consent may be "
              "contacted.",
        "it": "I clienti giovani spendono meno del cliente tipico (la mediana), ma portano altri clienti molto più "
              "spesso. Per una campagna di referral sono il target giusto, e si possono contattare solo quelli che "
              "hanno dato il consenso.",
    },
)


# -- check your understanding ----------------------------------------------------------------------------------
quiz1 = ChoiceQuestion(
    id="04.quiz1",
    title={"en": "Customer to customer", "it": "Da cliente a cliente"},
    prompt={"en": "Which of these is a customer-to-customer interaction that a brand can track on social media?",
            "it": "Quale di queste è un'interazione da cliente a cliente che un marchio può tracciare sui social?"},
    options={"share": {"en": "A customer shares Nuvola's post; a friend clicks and buys.",
                       "it": "Una cliente condivide un post di Nuvola; un'amica clicca e compra."},
             "reply": {"en": "Nuvola replies to a customer's complaint.",
                       "it": "Nuvola risponde al reclamo di un cliente."},
             "email": {"en": "Nuvola emails a discount code to its customers.",
                       "it": "Nuvola manda per email un codice sconto ai clienti."}},
    answer="share",
    feedback={"reply": {"en": "That is business-to-customer: the brand talks to the customer.",
                        "it": "È un'interazione da azienda a cliente: il marchio parla al cliente."},
              "email": {"en": "That is business-to-customer too.", "it": "Anche questa è un'interazione da azienda a "
                                                                         "cliente."}},
    hints=[{"en": "Who talks to whom? Look for the option where the brand is not the sender.",
            "it": "Chi parla a chi? Cerca l'opzione in cui il mittente non è il marchio."},
           {"en": "Two options start with \"Nuvola ...\": the brand is talking. In the other, a customer talks to "
                  "a friend.",
            "it": "Due opzioni iniziano con «Nuvola ...»: parla il marchio. Nell'altra, una cliente parla a "
                  "un'amica."}],
    explanation={"en": "The share passes the brand from one customer to another, and the click makes it countable: "
                       "that is the indirect value a CRM on social media can track.",
                 "it": "La condivisione passa il marchio da un cliente a un altro, e il clic lo rende misurabile: è "
                       "il valore indiretto che un CRM sui social può tracciare."},
)

quiz2 = ChoiceQuestion(
    id="04.quiz2",
    title={"en": "Read an RFM code", "it": "Leggi un codice RFM"},
    prompt={"en": "A customer scores R = 1, F = 5, M = 5. Which segment are they in?",
            "it": "Un cliente ha R = 1, F = 5, M = 5. In quale segmento si trova?"},
    options=["Champions", "At risk", "New", "Lost"],
    answer="At risk",
    feedback={"Champions": {"en": "They bought often and spent a lot, but R = 1 means not for a long time.",
                            "it": "Ha comprato spesso e speso molto, ma R = 1 vuol dire non da molto tempo."},
              "New": {"en": "New customers bought recently (high R) and have only a few orders so far (low F).",
                      "it": "I clienti nuovi hanno comprato di recente (R alto) e finora hanno fatto pochi ordini "
                            "(F basso)."},
              "Lost": {"en": "Lost is for modest customers who left. This one was among the best.",
                       "it": "«Lost» è per i clienti di scarso valore che se ne sono andati. Questo era tra i "
                             "migliori."}},
    hints=[{"en": "5 is the top score (at least 80% of customers do worse), 1 the bottom. R is recency: "
                  "R = 1 means no order for a long time.",
            "it": "5 è il punteggio più alto (almeno l'80% dei clienti fa peggio), 1 il più basso. R è la "
                  "recenza: R = 1 vuol dire nessun ordine da molto tempo."},
           {"en": "Check the rules of `segmentation.rfm_segment_rules()` from the top, and stop at the first that "
                  "fits: R = 1 and (F+M)/2 = 5.",
            "it": "Controlla le regole di `segmentation.rfm_segment_rules()` dall'alto, e fermati alla prima che "
                  "vale: R = 1 e (F+M)/2 = 5."}],
    explanation={"en": "A big, frequent buyer who has stopped buying: \"At risk\", the segment to win back first.",
                 "it": "Un cliente che spendeva molto e comprava spesso, ma ha smesso: «At risk», il segmento da "
                       "riconquistare per primo."},
)

quiz3 = ChoiceQuestion(
    id="04.quiz3",
    title={"en": "Consent and privacy", "it": "Consenso e privacy"},
    prompt={"en": "Which use of customer data fits the GDPR basics from this notebook?",
            "it": "Quale uso dei dati dei clienti rispetta le basi del GDPR viste in questo notebook?"},
    options={"consent": {"en": "Email the consenting customers of a segment, with a one-click way to opt out.",
                         "it": "Mandare un'email ai clienti con consenso di un segmento, con un modo per "
                               "disiscriversi con un clic."},
             "everyone": {"en": "Email every customer: they bought from Nuvola, so they will not mind.",
                          "it": "Mandare un'email a tutti i clienti: hanno comprato da Nuvola, non si offenderanno."},
             "scrape": {"en": "Copy the job titles and incomes of everyone who commented on a post into the CRM.",
                        "it": "Copiare nel CRM il lavoro e il reddito di chiunque abbia commentato un post."},
             "health": {"en": "Tag customers who follow wellness pages as having a health condition, to target "
                              "them.",
                        "it": "Etichettare chi segue pagine di benessere come persona con un problema di salute, per "
                              "raggiungerla."}},
    answer="consent",
    feedback={"everyone": {"en": "Buying once is not agreeing to marketing. Follow the consent flag.",
                           "it": "Comprare una volta non è accettare il marketing. Segui il flag del consenso."},
              "scrape": {"en": "No lawful basis and far more data than the purpose needs (data minimisation).",
                         "it": "Nessuna base giuridica e molti più dati di quelli che servono (minimizzazione dei "
                               "dati)."},
              "health": {"en": "Health is a special category of data: never infer it from likes or interests.",
                         "it": "La salute è una categoria particolare di dati: non dedurla mai da mi piace o "
                               "interessi."}},
    hints=[{"en": "Look for consent, a clear purpose, and an easy way to say no.",
            "it": "Cerca il consenso, uno scopo chiaro e un modo facile per dire di no."},
           {"en": "Three options break one basic each: consent, data minimisation, special categories.",
            "it": "Tre opzioni violano ciascuna una regola di base: consenso, minimizzazione dei dati, categorie "
                  "particolari."}],
    explanation={"en": "Consent for marketing, only the data the purpose needs, and a right to object that is easy "
                       "to use.",
                 "it": "Consenso per il marketing, solo i dati che servono allo scopo, e un diritto di opposizione "
                       "facile da usare."},
)

quiz4 = ChoiceQuestion(
    id="04.quiz4",
    title={"en": "A weak correlation", "it": "Una correlazione debole"},
    prompt={"en": "The rank correlation between a customer's revenue and their referred revenue is weak (you saw "
                  "it printed above the table of medians). What follows for the CRM?",
            "it": "La correlazione di rango tra i ricavi di un cliente e i ricavi dei suoi referral è debole (l'hai "
                  "vista stampata sopra la tabella delle mediane). Che cosa ne segue per il CRM?"},
    options={"separate": {"en": "Find the best referrers separately: big spending predicts referrals poorly.",
                          "it": "Trovare i maggiori referrer a parte: spendere molto predice male i referral."},
             "same": {"en": "The top buyers are also the top referrers, so one ranking is enough.",
                      "it": "I maggiori acquirenti sono anche i maggiori referrer, quindi basta una classifica."},
             "negative": {"en": "Referring makes customers buy less.",
                          "it": "Fare referral fa comprare meno ai clienti."}},
    answer="separate",
    feedback={"same": {"en": "A weak correlation means the two rankings mostly disagree: you saw the overlap.",
                       "it": "Una correlazione debole vuol dire che le due classifiche per lo più non coincidono: "
                             "hai visto la sovrapposizione."},
              "negative": {"en": "The correlation is positive, just weak; and a correlation says nothing about cause.",
                           "it": "La correlazione è positiva, solo debole; e una correlazione non indica nulla sulle "
                                 "cause."}},
    hints=[{"en": "Near 0 means: knowing one tells you little about the other.",
            "it": "Vicino a 0 vuol dire: conoscerne uno rivela poco sull'altro."},
           {"en": "Remember the overlap of the two top-10% groups in exercise 4.",
            "it": "Ricorda quanto si sovrappongono, nell'esercizio 4, il 10% dei clienti che spendono di più e il 10% "
                  "che porta più ricavi con i referral."}],
    explanation={"en": "Direct and indirect value are different: rank customers on both, and reward referrers "
                       "who may spend little themselves.",
                 "it": "Valore diretto e indiretto sono diversi: ordina i clienti su entrambi, e premia i referrer "
                       "che magari spendono poco."},
)

quiz = Quiz(id="04.quiz", title={"en": "Check your understanding", "it": "Verifica la tua comprensione"},
            questions=[quiz1, quiz2, quiz3, quiz4])
