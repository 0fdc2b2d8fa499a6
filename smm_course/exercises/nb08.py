"""Questions of notebook 08, "Measuring what matters: goals, KPIs, social ROI".

- q1: match each business goal to the Sprout Social metric that measures it (a classify widget).
- q2: the conversion rate of each traffic medium, pooled (total conversions / total sessions).
- q3: the lift of conversions from social, September to November against June to August.
- q4: was the +15% target met, and why (a choice widget).
- q5: the ROI of the autumn_sparkle campaign on the gross profit of its tagged sessions (at the course's
  assumed 50% gross margin), not on their revenue.
- quiz: what a KPI is, choosing the baseline after the fact, attributed against incremental returns.

>>> q1.kind, q2.kind, q3.kind, q4.kind, q5.kind
('classify', 'value', 'value', 'choice', 'value')
"""

from __future__ import annotations

import math

from smm_course.exercises.compare import SCALE_SLACK, is_number, judge_value
from smm_course.exercises.kinds import ChoiceQuestion, ClassifyQuestion, Mistake, Quiz, ValueQuestion
from smm_course.exercises.matchers import rounded, scaled, upside_down

NOTEBOOK_TITLE = {"en": "Measuring what matters", "it": "Misurare ciò che conta"}

SOCIAL_MEDIUMS = ("social", "paid_social")
BASELINE_MONTHS = (6, 7, 8)
CAMPAIGN_MONTHS = (9, 10, 11)
CAMPAIGN = "autumn_sparkle"
GROSS_MARGIN = 0.50  # the course's assumption for Nuvola (notebook 08 says so): the data has no product costs



def _web():
    from smm_course import data

    return data.load("web_sessions")


# -- q1: goal -> metric ----------------------------------------------------------------------------------------

q1 = ClassifyQuestion(
    id="08.q1",
    title={"en": "One metric for each goal", "it": "Una metrica per ogni obiettivo"},
    prompt={
        "en": "Nuvola's team wrote down seven business goals. Pick, for each one, the metric from Sprout Social's "
              "list that measures it best. Each metric fits exactly one goal.",
        "it": "Il team di Nuvola ha scritto sette obiettivi aziendali. Scegli per ognuno la metrica della lista di "
              "Sprout Social che lo misura meglio. Ogni metrica va bene per un solo obiettivo.",
    },
    categories=[
        {"en": "engagement", "it": "coinvolgimento"},
        {"en": "impressions", "it": "impressioni"},
        {"en": "reach", "it": "copertura"},
        {"en": "share of voice", "it": "share of voice"},
        {"en": "referrals", "it": "referral"},
        {"en": "conversions", "it": "conversioni"},
        {"en": "response rate and time", "it": "tasso e tempo di risposta"},
    ],
    items={
        "More different people see our posts at least once": "reach",
        "Our new slogan shows up in feeds again and again": "impressions",
        "More likes, comments and shares on our posts": "engagement",
        "We are talked about more than Brezza, Sorgente and Zest": "share of voice",
        "More visitors land on the shop from social media": "referrals",
        "More orders placed through our social campaigns": "conversions",
        "Customers get an answer quickly when they write to us": "response rate and time",
    },
    item_labels={
        "More different people see our posts at least once": {
            "it": "Più persone diverse vedono i nostri post almeno una volta"},
        "Our new slogan shows up in feeds again and again": {
            "it": "Il nostro nuovo slogan compare più e più volte nei feed"},
        "More likes, comments and shares on our posts": {"it": "Più mi piace, commenti e condivisioni sui nostri post"},
        "We are talked about more than Brezza, Sorgente and Zest": {
            "it": "Si parla di noi più che di Brezza, Sorgente e Zest"},
        "More visitors land on the shop from social media": {
            "it": "Più visitatori arrivano al negozio online dai social media"},
        "More orders placed through our social campaigns": {
            "it": "Più ordini fatti tramite le nostre campagne social"},
        "Customers get an answer quickly when they write to us": {
            "it": "I clienti ricevono presto una risposta quando ci scrivono"},
    },
    feedback={
        ("More different people see our posts at least once", "impressions"):
            {"en": "Impressions count every view, repeats included. 'Different people' is reach.",
             "it": "Le impressioni contano ogni volta che il post viene mostrato, anche alla stessa persona. «Persone diverse» è la copertura."},
        ("Our new slogan shows up in feeds again and again", "reach"):
            {"en": "Reach counts each person once. Showing up 'again and again' is counted by impressions.",
             "it": "La copertura conta ogni persona una volta. «Più e più volte» lo contano le impressioni."},
        ("More visitors land on the shop from social media", "conversions"):
            {"en": "A visit is not an order. How users land on the site is what referrals count.",
             "it": "Una visita non è un ordine. Come gli utenti arrivano sul sito lo contano i referral."},
        ("More orders placed through our social campaigns", "referrals"):
            {"en": "Referrals count visits; an order placed on the site is a conversion.",
             "it": "I referral contano le visite; un ordine fatto sul sito è una conversione."},
        ("We are talked about more than Brezza, Sorgente and Zest", "engagement"):
            {"en": "Engagement counts interactions with our own posts. Being talked about compared with the "
                   "competitors is share of voice.",
             "it": "Il coinvolgimento conta le interazioni con i nostri post. Quanto si parla di noi rispetto ai "
                   "concorrenti è la share of voice."},
        ("We are talked about more than Brezza, Sorgente and Zest", "reach"):
            {"en": "Reach counts who saw our posts. Mentions of us against mentions of the competitors is "
                   "share of voice.",
             "it": "La copertura conta chi ha visto i nostri post. Le nostre menzioni rispetto a quelle dei "
                   "concorrenti sono la share of voice."},
    },
    hints=[
        {"en": "Start with the goals that name their metric almost word for word: likes and shares, orders, "
               "answers.",
         "it": "Parti dagli obiettivi che nominano quasi la loro metrica: mi piace e condivisioni, ordini, "
               "risposte."},
        {"en": "Two pairs are easy to mix up. Reach counts different people, impressions count every view. "
               "Referrals count visits to the site, conversions count orders.",
         "it": "Due coppie si confondono facilmente. La copertura conta persone diverse, le impressioni "
               "ogni volta che il post viene mostrato. I referral contano le visite al sito, le conversioni gli ordini."},
    ],
    explanation={
        "en": "Each goal gets the metric that moves when, and only when, the goal is reached. That is the source "
              "article's rule: align every business goal with a relevant metric.",
        "it": "Ogni obiettivo ha la metrica che varia quando, e solo quando, l'obiettivo è raggiunto. È la "
              "regola dell'articolo: allineare ogni obiettivo aziendale a una metrica pertinente.",
    },
)


# -- q2: conversion rate by medium -------------------------------------------------------------------------------


def _conversion_by_medium():
    web = _web()
    totals = web.groupby("medium", observed=True)[["conversions", "sessions"]].sum()
    return (totals["conversions"] / totals["sessions"]).rename("conversion_rate")


def _mean_of_row_rates():
    web = _web()
    return (web["conversions"] / web["sessions"]).groupby(web["medium"], observed=True).mean()


def _per_new_visitor():
    web = _web()
    totals = web.groupby("medium", observed=True)[["conversions", "new_visitors"]].sum()
    return totals["conversions"] / totals["new_visitors"]


q2 = ValueQuestion(
    id="08.q2",
    title={"en": "Conversion rate by medium", "it": "Tasso di conversione per mezzo"},
    expected=_conversion_by_medium,
    precision=4,  # rates of 1% to 4%: 3 decimals could not tell the pooled rate from the average of daily rates
    ordered=False,
    variable="conversion_by_medium",
    hints=[
        {"en": "First add up `conversions` and `sessions` for each medium, then divide the two totals.",
         "it": "Prima somma `conversions` e `sessions` per ogni mezzo, poi dividi i due totali."},
        {"en": "`web.groupby(\"medium\")[[\"conversions\", \"sessions\"]].sum()` gives one row of totals per medium.",
         "it": "`web.groupby(\"medium\")[[\"conversions\", \"sessions\"]].sum()` dà una riga di totali per mezzo."},
        {"en": "Keep the result as `totals` and divide: `totals[\"conversions\"] / totals[\"sessions\"]`.",
         "it": "Salva il risultato come `totals` e dividi: `totals[\"conversions\"] / totals[\"sessions\"]`."},
    ],
    solution=('totals = web.groupby("medium")[["conversions", "sessions"]].sum()\n'
              'conversion_by_medium = totals["conversions"] / totals["sessions"]'),
    explanation={
        "en": "The pooled rate counts every session once, so big days weigh more: it is the share of all visits "
              "that ended in an order. Email visitors convert several times as often as visitors from organic "
              "social posts.",
        "it": "Il tasso aggregato conta ogni sessione una volta, quindi i giorni con più traffico pesano di più: è la "
              "quota di tutte le visite finite con un ordine. I visitatori dalla newsletter convertono molte volte più "
              "spesso di quelli dai post social organici.",
    },
    mistakes=[
        Mistake(_mean_of_row_rates,
                {"en": "You averaged the rate of each row (one day of one source). That gives a quiet day the same "
                       "weight as a busy one. Add up conversions and sessions first, then divide the totals.",
                 "it": "Hai fatto la media dei tassi di ogni riga (un giorno di una sorgente). Così un giorno "
                       "tranquillo pesa come uno affollato. Somma prima conversioni e sessioni, poi dividi i "
                       "totali."}),
        Mistake(_per_new_visitor,
                {"en": "You divided by `new_visitors`. The course's conversion rate for web traffic divides by all "
                       "sessions, returning visitors included.",
                 "it": "Hai diviso per `new_visitors`. Il tasso di conversione del corso per il traffico web divide "
                       "per tutte le sessioni, compresi i visitatori che ritornano."}),
        Mistake(upside_down(_conversion_by_medium),
                {"en": "The division is upside down: that is sessions per order. Put conversions on top: "
                       "conversions / sessions.",
                 "it": "La divisione è capovolta: così ottieni sessioni per ordine. Metti le conversioni al numeratore: "
                       "conversioni / sessioni."}),
    ],
)


# -- q3: the lift ----------------------------------------------------------------------------------------------


def _social_conversions(months) -> tuple[float, int]:
    web = _web()
    rows = web[web["medium"].isin(SOCIAL_MEDIUMS) & web["date"].dt.month.isin(months)]
    return float(rows["conversions"].sum()), int(rows["date"].nunique())


def _lift_total() -> float:
    campaign, _ = _social_conversions(CAMPAIGN_MONTHS)
    baseline, _ = _social_conversions(BASELINE_MONTHS)
    return campaign / baseline - 1


def _lift_per_day() -> float:
    campaign, campaign_days = _social_conversions(CAMPAIGN_MONTHS)
    baseline, baseline_days = _social_conversions(BASELINE_MONTHS)
    return (campaign / campaign_days) / (baseline / baseline_days) - 1


def _lift_of(mediums) -> float:
    web = _web()
    rows = web if mediums is None else web[web["medium"].isin(mediums)]
    month = rows["date"].dt.month
    return float(rows.loc[month.isin(CAMPAIGN_MONTHS), "conversions"].sum()
                 / rows.loc[month.isin(BASELINE_MONTHS), "conversions"].sum() - 1)


def _lift_rule(answer):
    """Right when the answer is the lift of totals or of daily averages (the windows have 91 and 92 days), to
    the question's precision; a right lift rounded too far gets the engine's rounding feedback."""
    if not is_number(answer):
        return {"en": "Give one number, the lift as a fraction (0.10 means +10%). Did you take `.sum()` of the "
                      "conversions in each period?",
                "it": "Restituisci un numero solo, l'incremento come frazione (`0.10` vuol dire +10%). Hai fatto "
                      "`.sum()` delle conversioni in ogni periodo?"}
    value = float(answer)
    if math.isnan(value) or math.isinf(value):
        return {"en": "The lift came out as NaN or infinite. Check that neither total is empty or zero.",
                "it": "L'incremento risulta NaN o infinito. Controlla che nessuno dei due totali sia vuoto o zero."}
    rights = (_lift_total(), _lift_per_day())
    if any(q3.precision.close(value, right) for right in rights):
        return True
    if any(scaled(right, 100, rtol=SCALE_SLACK)(value) for right in rights):
        return {"en": "This looks like a percentage. The course writes rates as fractions: divide by 100.",
                "it": "Sembra una percentuale. Il corso scrive i tassi come frazioni: dividi per 100."}
    for right in rights:
        if rounded(right)(value):
            judge_value(value, right, precision=q3.precision)  # raises the engine's "you rounded" feedback
    direction = "high" if value > _lift_total() else "low"
    return {"en": f"Too {direction}. The lift is conversions in September to November / conversions in June to "
                  "August - 1, for social (organic and paid) only.",
            "it": f"Troppo {'alto' if direction == 'high' else 'basso'}. L'incremento è conversioni da settembre a "
                  "novembre / conversioni da giugno ad agosto − 1, solo per i social (organici e a pagamento)."}


q3 = ValueQuestion(
    id="08.q3",
    title={"en": "The campaign's lift", "it": "L'incremento della campagna"},
    rule=_lift_rule,
    precision=3,
    variable="lift",
    hints=[
        {"en": "Add up the `conversions` column of each table with `.sum()`.",
         "it": "Somma la colonna `conversions` di ogni tabella con `.sum()`."},
        {"en": "Divide the campaign total by the baseline total, then subtract 1: a ratio of 1.10 is a lift of "
               "0.10.",
         "it": "Dividi il totale della campagna per quello di riferimento, poi sottrai 1: un rapporto di 1,10 è un "
               "incremento di 0,10."},
        {"en": "`campaign_months[\"conversions\"].sum() / baseline_months[\"conversions\"].sum() - 1`",
         "it": "`campaign_months[\"conversions\"].sum() / baseline_months[\"conversions\"].sum() - 1`"},
    ],
    solution='lift = campaign_months["conversions"].sum() / baseline_months["conversions"].sum() - 1',
    explanation={
        "en": "Conversions from social rose: a real rise, but short of +15%. June to August has 92 days and "
              "September to November 91, so comparing daily averages gives a slightly larger lift, also short. "
              "Both answers are accepted.",
        "it": "Le conversioni dai social sono salite: un aumento vero, ma sotto il +15%. Da giugno ad agosto ci "
              "sono 92 giorni e da settembre a novembre 91, quindi con le medie giornaliere l'incremento è un po' "
              "più grande, comunque sotto. Sono accettate entrambe le risposte.",
    },
    mistakes=[
        Mistake(lambda: _lift_total() + 1,
                {"en": "That is the ratio of the two totals. The lift is the ratio minus 1.",
                 "it": "Questo è il rapporto tra i due totali. L'incremento è il rapporto meno 1."}),
        Mistake(lambda: _lift_per_day() + 1,
                {"en": "That is the ratio of the two daily averages. The lift is the ratio minus 1.",
                 "it": "Questo è il rapporto tra le due medie giornaliere. L'incremento è il rapporto meno 1."}),
        Mistake(lambda: (1 + _lift_total()) ** -1 - 1,
                {"en": "The periods are swapped: divide the campaign months by the baseline months.",
                 "it": "I periodi sono invertiti: dividi i mesi della campagna per quelli di riferimento."}),
        Mistake(lambda: _lift_of(None),
                {"en": "That is the lift of every source, the whole shop. The goal is about conversions from "
                       "social: use `social`-based tables.",
                 "it": "Questo è l'incremento di tutte le sorgenti, l'intero negozio. L'obiettivo riguarda le "
                       "conversioni dai social: usa le tabelle basate su `social`."}),
        Mistake(lambda: _lift_of(("paid_social",)),
                {"en": "That counts paid social only. The KPI counts organic and paid social together.",
                 "it": "Questo conta solo i social a pagamento. Il KPI conta insieme social organici e a "
                       "pagamento."}),
        Mistake(lambda: _lift_of(("social",)),
                {"en": "That counts organic social only. The KPI counts organic and paid social together.",
                 "it": "Questo conta solo i social organici. Il KPI conta insieme social organici e a pagamento."}),
        Mistake(lambda: _social_conversions(CAMPAIGN_MONTHS)[0] - _social_conversions(BASELINE_MONTHS)[0],
                {"en": "That is the difference in conversions, a count. The lift is relative: divide by the "
                       "baseline.",
                 "it": "Questa è la differenza di conversioni, un conteggio. L'incremento è relativo: dividi per "
                       "il riferimento."}),
    ],
)


# -- q4: was the target met? ---------------------------------------------------------------------------------------

q4 = ChoiceQuestion(
    id="08.q4",
    title={"en": "Was the goal met?", "it": "L'obiettivo è stato raggiunto?"},
    prompt={"en": "The goal was +15% conversions from social within three months. Which report is honest?",
            "it": "L'obiettivo era +15% di conversioni dai social entro tre mesi. Quale report è onesto?"},
    options={
        "rose": {"en": "Yes: conversions from social went up, so the campaign worked.",
                 "it": "Sì: le conversioni dai social sono aumentate, quindi la campagna ha funzionato."},
        "short": {"en": "No: conversions from social rose, but by less than 15%, whether we compare totals or "
                        "daily averages.",
                  "it": "No: le conversioni dai social sono aumentate, ma meno del 15%, sia confrontando i totali "
                        "sia le medie giornaliere."},
        "paid": {"en": "Yes: conversions from paid social almost doubled.",
                 "it": "Sì: le conversioni dai social a pagamento sono quasi raddoppiate."},
        "unknown": {"en": "We cannot tell: the data do not say where the orders came from.",
                    "it": "Non si può dire: i dati non mostrano da dove arrivano gli ordini."},
    },
    answer="short",
    feedback={
        "rose": {"en": "Going up is not the goal: the target was a rise of at least 15%. Compare your lift with "
                       "0.15.",
                 "it": "Salire non è l'obiettivo: il target era un aumento di almeno il 15%. Confronta il tuo "
                       "incremento con 0,15."},
        "paid": {"en": "The KPI counts organic and paid social together, as agreed before the campaign. Paid "
                       "social grew partly because clicks moved from organic posts to the ads: organic "
                       "conversions fell.",
                 "it": "Il KPI conta insieme social organici e a pagamento, come deciso prima della campagna. I "
                       "social a pagamento sono cresciuti anche perché i clic sono passati dai post organici agli "
                       "annunci: le conversioni organiche sono scese."},
        "unknown": {"en": "They do: every session carries its UTM source, medium and campaign.",
                    "it": "Lo mostrano: ogni sessione porta la sua sorgente, il mezzo e la campagna UTM."},
    },
    hints=[
        {"en": "Compare the lift you computed with the target, 0.15.",
         "it": "Confronta l'incremento che hai calcolato con il target, 0,15."},
        {"en": "Count the crosses in the dashboard too: most weeks are below the weekly target.",
         "it": "Conta anche le croci nella dashboard: la maggior parte delle settimane è sotto il target settimanale."},
    ],
    explanation={
        "en": "Close, but not met. An honest report gives the number (the lift, in totals or per day), the "
              "target (+15%) and the verdict, and then asks why: the baseline months are the summer peak of a drinks "
              "brand, and organic conversions fell while paid ones grew.",
        "it": "Vicino, ma non raggiunto. Un report onesto dà il numero (l'incremento, sui totali o sulle "
              "medie giornaliere), il target (+15%) e il verdetto, e poi chiede perché: i mesi di riferimento sono il "
              "picco estivo di un "
              "marchio di bevande, e le conversioni organiche sono scese mentre quelle a pagamento crescevano.",
    },
)


# -- q5: ROI on gross profit ---------------------------------------------------------------------------------------


def _campaign_cost(campaign: str | None = CAMPAIGN) -> float:
    from smm_course import data

    costs = data.load("campaign_costs")
    rows = costs if campaign is None else costs[costs["campaign"] == campaign]
    return float(rows["cost"].sum())


def _tagged_revenue() -> float:
    web = _web()
    return float(web.loc[web["campaign"] == CAMPAIGN, "revenue"].sum())


def _roi(revenue=None, cost=None) -> float:
    """(revenue x gross margin - cost) / cost, by default for the tagged revenue and the campaign's own cost."""
    revenue = _tagged_revenue() if revenue is None else revenue
    cost = _campaign_cost() if cost is None else cost
    return (revenue * GROSS_MARGIN - cost) / cost


def _social_revenue_in_campaign(mediums=SOCIAL_MEDIUMS) -> float:
    web = _web()
    rows = web[web["medium"].isin(mediums) & web["date"].dt.month.isin(CAMPAIGN_MONTHS)]
    return float(rows["revenue"].sum())


q5 = ValueQuestion(
    id="08.q5",
    title={"en": "ROI of autumn_sparkle on gross profit", "it": "ROI di autumn_sparkle sull'utile lordo"},
    expected=_roi,
    precision=3,
    variable="roi_autumn",
    hints=[
        {"en": "ROI counts profit, not sales: first turn the revenue into gross profit, `tagged_revenue * "
               "gross_margin`.",
         "it": "Il ROI conta l'utile, non le vendite: prima trasforma i ricavi in utile lordo, cioè ricavi × "
               "margine lordo, `tagged_revenue * gross_margin`."},
        {"en": "Then subtract the cost and divide by the cost: (gross profit - cost) / cost.",
         "it": "Poi sottrai il costo e dividi per il costo: (utile lordo − costo) / costo."},
        {"en": "`(tagged_revenue * gross_margin - autumn_cost) / autumn_cost`, or `metrics.roi(tagged_revenue, "
               "autumn_cost, margin=gross_margin)`.",
         "it": "`(tagged_revenue * gross_margin - autumn_cost) / autumn_cost`, oppure `metrics.roi(tagged_revenue, "
               "autumn_cost, margin=gross_margin)`."},
    ],
    solution="roi_autumn = metrics.roi(tagged_revenue, autumn_cost, margin=gross_margin)",
    explanation={
        "en": "Negative. At a 50% gross margin each euro of sales leaves 50 cents of profit, so the campaign needed "
              "a ROAS of at least 2 to pay for itself. Its tagged sessions brought in less than that, so it lost "
              "money even though more revenue came in than it cost. Read as (revenue - cost) / cost, the same "
              "numbers would have looked like a healthy gain.",
        "it": "Negativo. Con un margine lordo del 50% ogni euro di vendite lascia 50 centesimi di utile lordo, quindi "
              "alla campagna serviva un ROAS di almeno 2 per ripagarsi. Le sue sessioni con il tag hanno portato "
              "meno, quindi ha perso denaro anche se sono entrati più ricavi di quanto è costata. Letti come "
              "(ricavi − costo) / costo, gli stessi numeri sarebbero sembrati un bel guadagno.",
    },
    mistakes=[
        Mistake(lambda: (_tagged_revenue() - _campaign_cost()) / _campaign_cost(),
                {"en": "That is (revenue - cost) / cost: it counts every euro of sales as profit. Part of each sale "
                       "pays for the product. Multiply the revenue by `gross_margin` first.",
                 "it": "Questo è (ricavi − costo) / costo: conta ogni euro di vendite come utile. Una parte di "
                       "ogni vendita paga il prodotto. Moltiplica prima i ricavi per `gross_margin`."}),
        Mistake(lambda: _tagged_revenue() / _campaign_cost(),
                {"en": "That is revenue / cost, the ROAS. ROI counts profit: (revenue x gross margin - cost) / cost.",
                 "it": "Questo è ricavi / costo, il ROAS. Il ROI conta l'utile: (ricavi × margine lordo − "
                       "costo) / costo."}),
        Mistake(lambda: _tagged_revenue() * GROSS_MARGIN / _campaign_cost(),
                {"en": "That is gross profit / cost. ROI subtracts the cost first: (gross profit - cost) / cost.",
                 "it": "Questo è utile lordo / costo. Il ROI sottrae prima il costo: (utile lordo − costo) / "
                       "costo."}),
        Mistake(lambda: _tagged_revenue() * GROSS_MARGIN - _campaign_cost(),
                {"en": "That is the profit in euros. ROI divides it by the cost.",
                 "it": "Questo è l'utile in euro. Il ROI lo divide per il costo."}),
        Mistake(lambda: (_tagged_revenue() * GROSS_MARGIN - _campaign_cost()) / _tagged_revenue(),
                {"en": "You divided by the revenue. ROI divides the profit by the cost.",
                 "it": "Hai diviso per i ricavi. Il ROI divide l'utile per il costo."}),
        Mistake(lambda: _roi(cost=_campaign_cost(None)),
                {"en": "You used the cost of every campaign. Keep only the rows of `costs` for autumn_sparkle, as "
                       "`autumn_cost` does.",
                 "it": "Hai usato il costo di tutte le campagne. Tieni solo le righe di `costs` di autumn_sparkle, "
                       "come fa `autumn_cost`."}),
        Mistake(lambda: _roi(revenue=_social_revenue_in_campaign()),
                {"en": "You used the revenue of all social sessions from September to November. The question "
                       "credits the campaign only with the sessions tagged autumn_sparkle, `tagged_revenue`.",
                 "it": "Hai usato i ricavi di tutte le sessioni social da settembre a novembre. La domanda "
                       "attribuisce alla campagna solo le sessioni con il tag autumn_sparkle, `tagged_revenue`."}),
    ],
)


# -- quiz -----------------------------------------------------------------------------------------------------------

quiz1 = ChoiceQuestion(
    id="08.quiz1",
    title={"en": "What makes a KPI", "it": "Che cosa fa un KPI"},
    prompt={"en": "What turns a metric into a key performance indicator (KPI)?",
            "it": "Che cosa trasforma una metrica in un indicatore chiave di prestazione (KPI)?"},
    options={
        "dashboard": {"en": "Being shown on the dashboard.", "it": "Essere mostrata nella dashboard."},
        "goal": {"en": "Being tied to one business goal, with a target and a deadline.",
                 "it": "Essere legata a un obiettivo aziendale, con un target e una scadenza."},
        "best": {"en": "Being the metric that grew the most this quarter.",
                 "it": "Essere la metrica cresciuta di più nel trimestre."},
    },
    answer="goal",
    feedback={
        "dashboard": {"en": "Dashboards show many metrics. A KPI is the one that says whether a goal is reached.",
                      "it": "Le dashboard mostrano molte metriche. Il KPI è quella che indica se un obiettivo è "
                            "raggiunto."},
        "best": {"en": "Picking the metric that looks best after the fact is how reports mislead.",
                 "it": "Scegliere a posteriori la metrica che sembra migliore è il modo in cui i report "
                       "ingannano."},
    },
    hints=[{"en": "Think of the source article's example: +15% conversions within three months.",
            "it": "Pensa all'esempio dell'articolo: +15% di conversioni entro tre mesi."},
           {"en": "That example has a goal (more sales from a campaign), a metric (conversions), a target (+15%) "
                  "and a deadline (three months).",
            "it": "Quell'esempio ha un obiettivo (più vendite da una campagna), una metrica (conversioni), un "
                  "target (+15%) e una scadenza (tre mesi)."}],
    explanation={"en": "Goal, metric, target, deadline: decided before the campaign starts.",
                 "it": "Obiettivo, metrica, target, scadenza: decisi prima che la campagna parta."},
)

quiz2 = ChoiceQuestion(
    id="08.quiz2",
    title={"en": "Choosing the baseline", "it": "Scegliere il riferimento"},
    prompt={"en": "After the campaign, someone proposes March to May as the baseline, because then the lift is "
                  "above 15%. What is wrong with that?",
            "it": "Dopo la campagna qualcuno propone da marzo a maggio come riferimento, perché così l'incremento "
                  "supera il 15%. Che cosa c'è di sbagliato?"},
    options={
        "nothing": {"en": "Nothing: any three months before the campaign will do.",
                    "it": "Niente: vanno bene tre mesi qualsiasi prima della campagna."},
        "crisis": {"en": "The April crisis pulled those months down, and choosing the baseline after seeing the "
                         "results makes almost any campaign look like a success.",
                   "it": "La crisi di aprile ha abbassato quei mesi, e scegliere il riferimento dopo aver visto i "
                         "risultati fa sembrare un successo quasi ogni campagna."},
        "longer": {"en": "A baseline must always be a full year.",
                   "it": "Un riferimento deve essere sempre un anno intero."},
    },
    answer="crisis",
    feedback={
        "nothing": {"en": "Try it in the explorer: the verdict flips with the baseline. Fix it before you look.",
                    "it": "Provalo nell'explorer: il verdetto cambia con il riferimento. Fissalo prima di "
                          "guardare."},
        "longer": {"en": "A year is one option, not a rule. What matters is choosing it before the results, for a "
                         "good reason.",
                   "it": "Un anno è un'opzione, non una regola. Conta sceglierlo prima dei risultati, per una "
                         "buona ragione."},
    },
    hints=[{"en": "What happened to Nuvola in April 2025?", "it": "Che cosa è successo a Nuvola ad aprile 2025?"},
           {"en": "A false viral video hit sales in April. A low baseline makes any later period look like a big "
                  "rise.",
            "it": "Ad aprile un falso video virale ha colpito le vendite. Un riferimento basso fa sembrare un grande "
                  "aumento qualsiasi periodo successivo."}],
    explanation={"en": "Fix the target, the baseline and what counts before the campaign starts.",
                 "it": "Fissa target, riferimento e che cosa conta prima che la campagna parta."},
)

quiz3 = ChoiceQuestion(
    id="08.quiz3",
    title={"en": "Which ROI?", "it": "Quale ROI?"},
    prompt={"en": "The tagged sessions credit autumn_sparkle with more revenue than the whole of social revenue "
                  "rose by during the campaign. Which figure should guide next year's budget?",
            "it": "Le sessioni con il tag attribuiscono ad autumn_sparkle più ricavi di quanto siano saliti i "
                  "ricavi di tutti i social durante la campagna. Quale cifra dovrebbe guidare il budget del "
                  "prossimo anno?"},
    options={
        "tagged": {"en": "The tagged revenue: the tags show exactly which sales the campaign made.",
                   "it": "I ricavi con il tag: i tag mostrano esattamente quali vendite ha fatto la campagna."},
        "incremental": {"en": "The incremental one: some tagged buyers would have bought anyway, from an organic "
                              "post or another channel.",
                        "it": "Quello incrementale: alcuni acquirenti con il tag avrebbero comprato comunque, da "
                              "un post organico o da un altro canale."},
        "none": {"en": "Neither: social media cannot be measured.",
                 "it": "Nessuno dei due: i social media non si possono misurare."},
    },
    answer="incremental",
    feedback={
        "tagged": {"en": "A tag says where the last click came from, not whether the sale would have happened "
                         "without the campaign.",
                   "it": "Un tag indica da dove è arrivato l'ultimo clic, non se la vendita sarebbe avvenuta anche "
                         "senza la campagna."},
        "none": {"en": "They can, and the source article says so: that is what makes social equity measurable. The point is "
                       "to measure the right thing.",
                 "it": "Si possono misurare, e l'articolo lo afferma: è ciò che rende misurabile quella che chiama "
                       "«equità sociale» (social equity, cioè il ROI dei social). Il punto è misurare la cosa giusta."},
    },
    hints=[{"en": "Did organic social conversions rise or fall during the campaign?",
            "it": "Durante la campagna le conversioni dai social organici sono salite o scese?"},
           {"en": "Organic conversions fell while tagged ones appeared: some tagged buyers would have come anyway.",
            "it": "Le conversioni organiche sono scese mentre comparivano quelle con il tag: alcuni acquirenti "
                  "con il tag sarebbero arrivati comunque."}],
    explanation={"en": "Budget on incremental returns, on profit rather than sales, and state what ROI leaves out "
                       "(brand, word of mouth, long-term value).",
                 "it": "Decidi il budget sui ritorni incrementali, sull'utile più che sulle vendite, e dichiara "
                       "che cosa il ROI lascia fuori (marchio, "
                       "passaparola, valore nel tempo)."},
)

quiz = Quiz(id="08.quiz", title={"en": "Check your understanding", "it": "Verifica la tua comprensione"},
            questions=[quiz1, quiz2, quiz3])
