"""Questions of notebook 01, "Social media marketing at a glance".

What SMM is for (brand, sales, website traffic), how big social media has become (penetration and compound
annual growth from sourced points in ``social_media_users``), why growth must slow, and Hootsuite's action plan as
the map of the course.

>>> [q.kind for q in (q1, q2, q3, q4, q5)]
['classify', 'value', 'value', 'value', 'classify']
>>> [q.id for q in quiz.questions]
['01.quiz1', '01.quiz2', '01.quiz3']
"""

from __future__ import annotations

import math

from smm_course.exercises.compare import is_number, judge_value
from smm_course.exercises.kinds import ChoiceQuestion, ClassifyQuestion, Mistake, Quiz, ValueQuestion
from smm_course.exercises.matchers import near, scaled
from smm_course.i18n import FromData, format_number

NOTEBOOK_TITLE = {"en": "Social media marketing at a glance", "it": "Il social media marketing in breve"}


def _it(number: float, spec: str) -> str:
    """A number formatted for Italian text: decimal comma (0,584; 58,4%)."""
    return format_number(number, spec, lang="it")


def _row(date: str):
    from smm_course import data

    users = data.load("social_media_users")
    return users.loc[users["date"] == date].iloc[0]


def _reported_growth(date: str) -> float:
    """The year-on-year growth a report gives for the 12 months to ``date`` (a fraction)."""
    return float(_row(date)["yoy_growth_reported"])


def _penetration(date: str) -> float:
    row = _row(date)
    return float(row["users"] / row["world_population"])


def _growth_ratio() -> float:
    return float(_row("2022-01-01")["users"] / _row("2015-01-01")["users"])


def _cagr(years: float) -> float:
    return _growth_ratio() ** (1 / years) - 1


def _simple_average() -> float:
    """Total growth from 2015 to 2022 divided by the 7 years: the rate without compounding."""
    return (_growth_ratio() - 1) / 7


def _cagr_between(start: str, end: str) -> float:
    first, last = _row(start), _row(end)
    return float((last["users"] / first["users"]) ** (1 / (last["year"] - first["year"])) - 1)


def _users_in_january(year: int) -> float:
    """Users the explorer projects for January of ``year``, at the growth reported for the year to January
    2024."""
    start = _start()
    return start.users * (1 + _reported_growth("2024-01-01")) ** (year - start.year)


def _seed_cagr() -> float:
    """The CAGR computed with the source article's rounded March 2022 users instead of January 2022's."""
    return (float(_row("2022-03-01")["users"]) / float(_row("2015-01-01")["users"])) ** (1 / 7) - 1


# -- q1: what is SMM for? -------------------------------------------------------------------------------
BRAND, SALES, TRAFFIC = "build the brand", "raise sales", "drive website traffic"

q1 = ClassifyQuestion(
    id="01.q1",
    title={"en": "What is it for?", "it": "A che cosa serve?"},
    prompt={
        "en": "Nuvola's team wrote six goals for its social accounts. Match each goal to the purpose of SMM it "
              "serves: build the brand, raise sales, or drive website traffic.",
        "it": "Il team di Nuvola ha scritto sei obiettivi per i suoi account social. Abbina ogni obiettivo allo "
              "scopo dell'SMM a cui risponde: costruire il marchio, aumentare le vendite o portare traffico al sito.",
    },
    categories=[
        {"en": BRAND, "it": "costruire il marchio"},
        {"en": SALES, "it": "aumentare le vendite"},
        {"en": TRAFFIC, "it": "portare traffico al sito web"},
    ],
    items={
        "More people recognise Nuvola's blue cloud logo": BRAND,
        "Sell 2,000 bottles with the code SPRING20 before Sunday": SALES,
        "Bring 10,000 Instagram readers to the recipe pages of nuvola.example": TRAFFIC,
        "Be the drink people think of first when they want bubbles": BRAND,
        "Turn people who watch Nuvola's videos into orders in the online shop": SALES,
        "Send followers to the store-finder page on the website": TRAFFIC,
    },
    item_labels={
        "More people recognise Nuvola's blue cloud logo": {
            "it": "Più persone riconoscono il logo di Nuvola con la nuvola blu"},
        "Sell 2,000 bottles with the code SPRING20 before Sunday": {
            "it": "Vendere 2.000 bottiglie con il codice SPRING20 entro domenica"},
        "Bring 10,000 Instagram readers to the recipe pages of nuvola.example": {
            "it": "Portare 10.000 lettori da Instagram alle pagine delle ricette di nuvola.example"},
        "Be the drink people think of first when they want bubbles": {
            "it": "Essere la bibita a cui si pensa per prima quando si ha voglia di bollicine"},
        "Turn people who watch Nuvola's videos into orders in the online shop": {
            "it": "Trasformare chi guarda i video di Nuvola in ordini nel negozio online"},
        "Send followers to the store-finder page on the website": {
            "it": "Mandare i follower alla pagina del sito per trovare i negozi"},
    },
    feedback={
        ("Bring 10,000 Instagram readers to the recipe pages of nuvola.example", SALES): {
            "en": "The recipe-pages goal counts visits, not purchases: a reader who arrives and buys nothing still "
                  "counts. That is website traffic.",
            "it": "L'obiettivo delle pagine di ricette conta le visite, non gli acquisti: conta anche chi arriva e "
                  "non compra nulla. Rientra in «portare traffico al sito web»."},
        ("Send followers to the store-finder page on the website", SALES): {
            "en": "The store-finder goal is met when people reach a page of the website, whatever they do next: "
                  "website traffic. A sale may follow later, in a shop.",
            "it": "L'obiettivo della pagina dei negozi si raggiunge quando le persone arrivano su una pagina del sito, "
                  "qualunque cosa facciano dopo: rientra in «portare traffico al sito web». La vendita può venire dopo, "
                  "in negozio."},
        ("Turn people who watch Nuvola's videos into orders in the online shop", TRAFFIC): {
            "en": "The videos goal counts orders, not visits: people must buy. That is raising sales.",
            "it": "L'obiettivo sui video conta gli ordini, non le visite: le persone devono comprare. Rientra in "
                  "«aumentare le vendite»."},
        ("Be the drink people think of first when they want bubbles", SALES): {
            "en": "Being thought of first is about how people see the brand, not about one purchase today: brand "
                  "building. It pays off in sales later.",
            "it": "Essere il primo marchio a cui si pensa riguarda come le persone vedono il marchio, non un "
                  "acquisto oggi: rientra in «costruire il marchio». Le vendite arrivano dopo."},
        ("More people recognise Nuvola's blue cloud logo", TRAFFIC): {
            "en": "Recognising a logo needs no visit to the website: it is about the brand in people's minds.",
            "it": "Riconoscere un logo non richiede una visita al sito: riguarda il marchio nella mente delle persone."},
    },
    hints=[
        {"en": "Ask of each goal: what would we count to know it worked? Recognition, orders, or visits?",
         "it": "Chiediti per ogni obiettivo: che cosa conteremmo per sapere che ha funzionato? Riconoscibilità, "
               "ordini o visite?"},
        {"en": "Two goals count orders, two count visits to pages of the website, and two are about what people "
               "think of Nuvola.",
         "it": "Due obiettivi contano ordini, due contano visite a pagine del sito e due riguardano che cosa le "
               "persone pensano di Nuvola."},
    ],
    explanation={
        "en": "A goal belongs to the purpose you would measure it by. Recognition and being thought of first build "
              "the brand; codes and shop orders raise sales; links to pages drive website traffic. A visit is not "
              "a sale: notebook 08 follows visitors from a click to a purchase.",
        "it": "Ogni obiettivo va con lo scopo che ne misura il successo. Riconoscibilità ed essere top of mind (il "
              "primo marchio a cui si pensa) costruiscono il marchio; codici sconto e ordini aumentano le vendite; i "
              "link alle pagine portano traffico al sito. Una visita non è una vendita: il notebook 08 segue i "
              "visitatori dal clic all'acquisto.",
    },
)


# -- q2: penetration ------------------------------------------------------------------------------------
q2 = ValueQuestion(
    id="01.q2",
    title={"en": "Penetration in January 2022", "it": "Penetrazione a gennaio 2022"},
    expected=lambda: _penetration("2022-01-01"),
    precision=3,  # the report's rounded 0.584 is as right as the exact 0.58407
    variable="penetration_2022",
    hints=[
        {"en": "First keep the one row of January 2022: `users[users[\"date\"] == \"2022-01-01\"]`.",
         "it": "Prima tieni l'unica riga di gennaio 2022: `users[users[\"date\"] == \"2022-01-01\"]`."},
        {"en": "Divide its `users` column by its `world_population` column. The result is a Series of one value; "
               "`.item()` takes the number out.",
         "it": "Dividi la sua colonna `users` per la colonna `world_population`. Il risultato è una Series con un "
               "solo valore; `.item()` estrae il numero."},
    ],
    solution=(
        'jan_2022 = users[users["date"] == "2022-01-01"]\n'
        'penetration_2022 = (jan_2022["users"] / jan_2022["world_population"]).item()'
    ),
    explanation=FromData(lambda: (lambda users, people, share: {
        "en": f"{users:.2f} billion users / {people:.2f} billion people = {share:.3f}: social media counted as many "
              f"users as {share:.1%} of everyone alive, babies included, in January 2022. The report's own figure "
              "is the same. (Users are accounts, which may count one person twice: more on that after the "
              "explorer.)",
        "it": f"{_it(users, '.2f')} miliardi di utenti / {_it(people, '.2f')} miliardi di persone = "
              f"{_it(share, '.3f')}: i social media contavano tanti utenti quanto il {_it(share, '.1%')} di tutte "
              "le persone vive, neonati compresi, a gennaio 2022. Il report riporta lo stesso valore. (Gli utenti "
              "sono account, che possono contare due volte la stessa persona: se ne riparla dopo l'explorer.)",
    })(_row("2022-01-01")["users"] / 1e9, _row("2022-01-01")["world_population"] / 1e9,
       _penetration("2022-01-01"))),
    mistakes=[
        Mistake(lambda: 1 / _penetration("2022-01-01"),
                {"en": "That is world population / users, upside down. Penetration is users / world_population.",
                 "it": "Questo è popolazione / utenti, capovolto. La penetrazione è `users / world_population`."}),
        Mistake(lambda: _penetration("2024-01-01"),
                {"en": "That is January 2024. Keep the row dated 2022-01-01.",
                 "it": "Questo è gennaio 2024. Tieni la riga con data 2022-01-01."}),
        *(Mistake(lambda date=date: _penetration(date),
                  {"en": "That is an earlier year. Keep the row dated 2022-01-01.",
                   "it": "Questo è un anno precedente. Tieni la riga con data 2022-01-01."})
          for date in ("2010-01-01", "2015-01-01")),
        Mistake(lambda: float(_row("2022-03-01")["users"] / _row("2022-01-01")["world_population"]),
                FromData(lambda: {
                    "en": "You used the source article's March 2022 users "
                          f"({_row('2022-03-01')['users'] / 1e9:.1f} billion, rounded). Use the January 2022 row, "
                          "which has both users and world population from the same report.",
                    "it": "Hai usato gli utenti di marzo 2022 dell'articolo "
                          f"({_it(_row('2022-03-01')['users'] / 1e9, '.1f')} miliardi, arrotondati). Usa la riga di "
                          "gennaio 2022, che ha utenti e popolazione dallo stesso report."})),
        *(Mistake(growth_2021,
                  FromData(lambda: {
                      "en": f"That is the growth in one year (+{_reported_growth('2022-01-01'):.1%}), not the "
                            "penetration. Divide users by world_population.",
                      "it": f"Questa è la crescita in un anno (+{_it(_reported_growth('2022-01-01'), '.1%')}), non "
                            "la penetrazione. Dividi `users` per `world_population`."}))
          for growth_2021 in (lambda: _reported_growth("2022-01-01"),
                              lambda: 100 * _reported_growth("2022-01-01"))),
    ],
)


# -- q3: compound annual growth ------------------------------------------------------------------------------
q3 = ValueQuestion(
    id="01.q3",
    title={"en": "Compound annual growth, 2015 to 2022", "it": "Crescita annua composta, dal 2015 al 2022"},
    expected=lambda: _cagr(7),
    precision=3,  # years from the dates (7.005) or from the year column (7) are both right
    variable="cagr_2015_2022",
    hints=[
        {"en": "Take the two rows you need: the users in 2015-01-01 (start) and in 2022-01-01 (end).",
         "it": "Prendi le due righe che servono: gli utenti al `2015-01-01` (inizio) e al `2022-01-01` (fine)."},
        {"en": "How many years lie between them? Subtract the years: 2022 - 2015. Don't count both ends.",
         "it": "Quanti anni ci sono tra le due date? Sottrai gli anni: 2022 − 2015. Non contare entrambi gli estremi."},
        {"en": "Then `(end / start) ** (1 / years) - 1`. The result should be a fraction a little above 0.1.",
         "it": "Poi `(fine / inizio) ** (1 / anni) - 1`. Il risultato è una frazione poco sopra 0,1."},
    ],
    solution=(
        'start = users.loc[users["date"] == "2015-01-01"].iloc[0]\n'
        'end = users.loc[users["date"] == "2022-01-01"].iloc[0]\n'
        'years = end["year"] - start["year"]\n'
        'cagr_2015_2022 = (end["users"] / start["users"]) ** (1 / years) - 1'
    ),
    explanation=FromData(lambda: (lambda multiple, rate, simple: {
        "en": f"Users grew {multiple:.2f} times in 7 years. The steady yearly rate that does that is {rate:.1%} a "
              f"year: {1 + rate:.3f} ** 7 = {multiple:.2f}. Dividing the total growth by 7 ({simple:.1%}) "
              "overstates it, because each year's growth builds on the last.",
        "it": f"Gli utenti sono cresciuti di {_it(multiple, '.2f')} volte in 7 anni. Il tasso annuo costante che lo "
              f"produce è il {_it(rate, '.1%')} all'anno: {_it(1 + rate, '.3f')}⁷ ≈ {_it(multiple, '.2f')}. "
              f"Dividere la crescita totale per 7 ({_it(simple, '.1%')}) lo sovrastima, perché la crescita di ogni "
              "anno si somma a quella degli anni prima.",
    })(_growth_ratio(), _cagr(7), _simple_average())),
    mistakes=[
        # As a percentage too (17.6), which the 3 decimals of a fraction would not match.
        *(Mistake(match,
                  {"en": "That is the simple average: total growth / 7. It ignores compounding, where each year "
                         "grows on top of the year before, so it overstates the yearly rate. Use (end / start) ** "
                         "(1 / years) - 1.",
                   "it": "Questa è la media semplice: crescita totale / 7. Ignora l'effetto composto: ogni anno si "
                         "cresce a partire dal livello dell'anno prima. Per questo sovrastima il tasso annuo. Usa "
                         "`(fine / inizio) ** (1 / anni) - 1`."})
          for match in (_simple_average, scaled(_simple_average, 100))),
        Mistake(lambda: _growth_ratio() - 1,
                FromData(lambda: {
                    "en": f"That is the total growth over the whole 7 years (+{_growth_ratio() - 1:.0%}), not the "
                          "growth per year.",
                    "it": f"Questa è la crescita totale in tutti i 7 anni (+{_growth_ratio() - 1:.0%}), non la "
                          "crescita all'anno."})),
        Mistake(_growth_ratio,
                {"en": "That is end / start, the growth multiple over 7 years. Take the 7th root and subtract 1.",
                 "it": "Questo è fine / inizio, il multiplo di crescita in 7 anni. Prendi la radice settima e "
                       "sottrai 1."}),
        Mistake(lambda: _cagr(7) + 1,
                {"en": "Almost: you have the yearly growth factor, a little above 1. Subtract 1 to get the rate.",
                 "it": "Quasi: hai il fattore di crescita annuo, poco sopra 1. Sottrai 1 per avere il tasso."}),
        *(Mistake(lambda years=years: _cagr(years),
                  {"en": "Check the number of years: from January 2015 to January 2022 is 2022 - 2015 = 7 years.",
                   "it": "Controlla il numero di anni: da gennaio 2015 a gennaio 2022 sono 2022 − 2015 = 7 anni."})
          for years in (8, 6)),
        # Matched closely: at 3 decimals the right answer cut short (0.121, not rounded) would look like it.
        Mistake(near(_seed_cagr, rtol=1e-3),
                {"en": "You used the source article's rounded users from March 2022. Use the January 2022 row, so "
                       "both ends are January.",
                 "it": "Hai usato gli utenti arrotondati dell'articolo, di marzo 2022. Usa la riga di gennaio 2022, "
                       "così entrambi gli estremi sono a gennaio."}),
        Mistake(lambda: _reported_growth("2022-01-01"),
                {"en": "That is the growth reported for 2021 alone. Compute the rate over the 7 years.",
                 "it": "Questa è la crescita riportata per il solo 2021. Calcola il tasso sui 7 anni."}),
    ],
)


# -- q4: saturation --------------------------------------------------------------------------------------
#: The growth rate the notebook's explorer starts at (``growth.explorer(growth_rate=0.03, ...)``).
EXPLORER_START_GROWTH = 0.03
#: The penetration level the explorer's sentence watches until its slider moves ("would pass 80% ... in 2029").
EXPLORER_START_LEVEL = 0.8


def _start():
    from smm_course import data
    from smm_course.explorers import growth

    return growth.start_from(data.load("social_media_users"))


def _crossing(growth_rate: float | None = None, level: float = 1.0, **assumptions) -> float:
    """The decimal year penetration would pass ``level``, at the growth reported for the year to January 2024
    unless told."""
    from smm_course.explorers import growth

    rate = _reported_growth("2024-01-01") if growth_rate is None else growth_rate
    return growth.first_year_at(_start(), rate, level, **assumptions)


def _calendar_year(growth_rate: float | None = None, level: float = 1.0, **assumptions) -> int:
    """The calendar year during which penetration would pass ``level`` (1.0: users outnumber everyone alive)."""
    return int(math.floor(_crossing(growth_rate, level, **assumptions)))


def _year_everyone() -> int:
    """The year during which the projection crosses 100%: the year the explorer's sentence names."""
    return _calendar_year()


def _first_january_above() -> int:
    """The first yearly point (a January) at or above 100%: where the figure's markers first enter the hatching."""
    return int(math.ceil(_crossing()))


def _defensible_years() -> tuple[int, ...]:
    """Both readings of a crossing between two yearly points are right: the year it happens, and the first
    January past it."""
    return tuple(sorted({_year_everyone(), _first_january_above()}))


def _share_in_january(year: int) -> float:
    from smm_course.explorers import growth

    start = _start()
    relative = (1 + _reported_growth("2024-01-01")) / (1 + growth.POPULATION_GROWTH)
    return start.penetration * relative ** (year - start.year)


def _decimal_year(answer) -> bool:
    """A year with a fraction, inside the crossing's calendar year (e.g. 2034.4 computed from the formula)."""
    return (is_number(answer) and not float(answer).is_integer()
            and math.floor(float(answer)) == _year_everyone())


def _years_after_start(answer) -> bool:
    return is_number(answer) and 0 < float(answer) < 100


def _judge_year(answer):
    """Right for either defensible year; otherwise the engine's feedback against the nearer one."""
    years = _defensible_years()
    if is_number(answer) and float(answer) in years:
        return True
    nearest = years[0]
    if is_number(answer) and math.isfinite(float(answer)):
        nearest = min(years, key=lambda year: abs(float(answer) - year))
    judge_value(answer, nearest, precision=q4.precision)  # raises: too high, too low, not a number...
    return True


def _q4_explanation() -> dict[str, str]:
    during, after = _year_everyone(), _first_january_above()
    rate = _reported_growth("2024-01-01")
    below, above = _share_in_january(during), _share_in_january(after)
    if during == after:  # the crossing falls exactly on a January: one reading only
        years_en = f"the projection reaches 100% of the world in January {during}."
        years_it = f"la proiezione raggiunge il 100% del mondo a gennaio {during}."
    else:
        years_en = (f"the projection crosses 100% during {during}: in January {during} it is at {below:.0%} of the "
                    f"world, in January {after} at {above:.0%}. So {during} (the year the line crosses) and {after} "
                    "(its first yearly point above 100%) are both right.")
        years_it = (f"la proiezione supera il 100% nel corso del {during}: a gennaio {during} è al {below:.0%} del "
                    f"mondo, a gennaio {after} al {above:.0%}. Quindi sono giusti sia {during} (l'anno in cui la "
                    f"linea attraversa il 100%) sia {after} (il suo primo punto annuale sopra il 100%).")
    return {
        "en": f"At {rate:.1%} a year, {years_en} No more people can use social media than are alive, and the real "
              "ceiling is lower (age 13 and over, with internet access), so growth must slow well before: social "
              "media is close to saturation, and a brand's future reach will come from winning attention, not "
              "from new users.",
        "it": f"Al {_it(rate, '.1%')} all'anno, {years_it} Non possono usare i social più persone di quante ne "
              "siano vive, e il tetto reale è più basso (13 anni e più, con accesso a internet), quindi la crescita "
              "deve rallentare molto prima: i social media sono vicini alla saturazione, e la copertura futura di "
              "un marchio verrà dal conquistare attenzione, non da nuovi utenti.",
    }


def _q4_formula_hint() -> dict[str, str]:
    from smm_course.explorers import growth

    start, rate = _start(), _reported_growth("2024-01-01")
    users, people, share = 1 + rate, 1 + growth.POPULATION_GROWTH, start.penetration
    return {
        "en": f"The sentence above the figure names the year too. Or compute it: penetration grows by {users:.3f} "
              f"/ {people:.3f} a year from {share:.3f}; solve {share:.3f} * ({users:.3f} / {people:.3f}) ** t = 1 "
              f"for t and add it to {int(start.year)}.",
        "it": f"Anche la frase sopra il grafico indica l'anno. Oppure calcolalo: la penetrazione cresce di un fattore "
              f"{_it(users, '.3f')} / {_it(people, '.3f')} all'anno partendo da {_it(share, '.3f')}; risolvi "
              f"`{share:.3f} * ({users:.3f} / {people:.3f}) ** t == 1` per t e aggiungi t a {int(start.year)}.",
    }


q4 = ValueQuestion(
    id="01.q4",
    title={"en": "When would growth hit the ceiling?", "it": "Quando la crescita toccherebbe il tetto?"},
    rule=_judge_year,
    precision="exact",
    variable="year_everyone",
    hints=[
        {"en": "Move 'Years ahead' until the dashed line in the right panel crosses the solid line at 100%.",
         "it": "Sposta «Anni nel futuro» finché la linea tratteggiata nel pannello di destra non attraversa la linea "
               "continua al 100%."},
        FromData(_q4_formula_hint),
    ],
    solution=(
        "# Read it in the explorer, or compute it: penetration grows by 1.056 / 1.009 a year\n"
        "last = users.iloc[-1]  # January 2024, the projection's start\n"
        'years_to_everyone = np.log(1 / last["penetration"]) / np.log(1.056 / 1.009)\n'
        'year_everyone = int(last["year"] + years_to_everyone)  # the year during which it crosses 100%'
    ),
    explanation=FromData(_q4_explanation),
    mistakes=[
        Mistake(_years_after_start,
                {"en": "That looks like a number of years from now. Give the calendar year, such as 2040.",
                 "it": "Sembra un numero di anni da adesso. Scrivi l'anno, per esempio 2040."}),
        Mistake(_decimal_year,
                {"en": "You are in the right year, but as a decimal. Give the calendar year as a whole number: round "
                       "down, for example with `int(...)`.",
                 "it": "L'anno è giusto, ma hai lasciato i decimali. Scrivi l'anno come numero intero: "
                       "arrotonda per difetto, per esempio con `int(...)`."}),
        Mistake(lambda: _calendar_year(level=EXPLORER_START_LEVEL),
                {"en": "That is the year users would pass 80% of the world, the level the explorer's sentence "
                       "watches at first. The question asks when they would pass 100%, everyone alive: move 'Years "
                       "ahead' until the sentence says \"During ... they would outnumber everyone alive\" (or set "
                       "the level slider to 100%).",
                 "it": "Questo è l'anno in cui gli utenti supererebbero l'80% del mondo, il livello che la frase "
                       "dell'explorer guarda all'inizio. La domanda chiede quando supererebbero il 100%, tutte le "
                       "persone vive: sposta «Anni nel futuro» finché la frase non mostra «Nel corso del ... "
                       "supererebbero il numero di persone in vita» (o porta il cursore del livello al 100%)."}),
        Mistake(lambda: _calendar_year(EXPLORER_START_GROWTH),
                {"en": "That is the year at the explorer's starting rate, 3% a year. Set the growth slider first to "
                       "the growth reported for the 12 months to January 2024.",
                 "it": "Questo è l'anno con il tasso iniziale dell'explorer, il 3% all'anno. Prima porta il cursore "
                       "della crescita al tasso riportato per i 12 mesi fino a gennaio 2024."}),
        Mistake(lambda: _calendar_year(population_growth=0.0),
                {"en": "You kept the world's population fixed. It grows too, in the explorer: penetration grows by "
                       "(1 + users' growth) / (1 + population's growth) a year, not by 1 + users' growth.",
                 "it": "Hai tenuto fissa la popolazione mondiale. Nell'explorer cresce anche lei: la penetrazione "
                       "cresce di (1 + crescita degli utenti) / (1 + crescita della popolazione) all'anno, non di "
                       "1 + crescita degli utenti."}),
        Mistake(lambda: _year_everyone() - 1,
                {"en": "Close, but one year early: in January of that year and of the next the dashed line is "
                       "still below 100%. Look at where it crosses 100% in the right panel.",
                 "it": "Quasi, ma sei indietro di un anno: a gennaio di quell'anno e del successivo la linea "
                       "tratteggiata è ancora sotto il 100%. Guarda dove attraversa il 100% nel pannello di destra."}),
        Mistake(lambda: _first_january_above() + 1,
                {"en": "Close, but one year late: the dashed line is already above 100% a January earlier. Look at "
                       "where it crosses 100% in the right panel.",
                 "it": "Quasi, ma sei avanti di un anno: la linea tratteggiata è già sopra il 100% un gennaio prima. "
                       "Guarda dove attraversa il 100% nel pannello di destra."}),
    ],
)


# -- q5: the action plan -------------------------------------------------------------------------------------
GOALS, TARGET, COMPETITORS, AUDIT, CALENDAR, CONTENT, TRACK = (
    "align goals", "know the target customer", "analyse competitors", "audit your SMM",
    "plan a content calendar", "create the best content", "track and adapt",
)
_TASK_COMPETITORS = "List Brezza's and Zest's best and worst posts of last year"
_TASK_AUDIT = "Review Nuvola's own posts of last year: what worked, what flopped"
_TASK_GOALS = "Agree that the spring campaign must lift online sales by 10% by June"
_TASK_TRACK = "Each week, compare online orders with the goal and move budget to what works"
_TASK_CALENDAR = "Decide which post goes out on which day and channel in May"
_TASK_CONTENT = "Film a short, surprising video of bubbles forming, for TikTok"
_TASK_TARGET = "Describe the typical buyer: age, city, income, job and interests"

q5 = ClassifyQuestion(
    id="01.q5",
    title={"en": "Which step of the plan?", "it": "Quale passo del piano?"},
    prompt={
        "en": "Nuvola's team has seven tasks on its board. Match each task to the step of Hootsuite's action plan "
              "it belongs to.",
        "it": "Il team di Nuvola ha sette compiti sulla sua lavagna. Abbina ogni compito al passo del piano "
              "d'azione di Hootsuite a cui appartiene.",
    },
    categories=[
        {"en": GOALS, "it": "allineare gli obiettivi"},
        {"en": TARGET, "it": "conoscere il cliente target"},
        {"en": COMPETITORS, "it": "analizzare la concorrenza"},
        {"en": AUDIT, "it": "verificare il proprio SMM"},
        {"en": CALENDAR, "it": "preparare il piano editoriale"},
        {"en": CONTENT, "it": "creare i contenuti migliori"},
        {"en": TRACK, "it": "monitorare e adattare"},
    ],
    items={
        _TASK_GOALS: GOALS,
        _TASK_TARGET: TARGET,
        _TASK_COMPETITORS: COMPETITORS,
        _TASK_AUDIT: AUDIT,
        _TASK_CALENDAR: CALENDAR,
        _TASK_CONTENT: CONTENT,
        _TASK_TRACK: TRACK,
    },
    item_labels={
        _TASK_GOALS: {"it": "Concordare che la campagna di primavera debba far crescere del 10% le vendite online "
                            "entro giugno"},
        _TASK_TARGET: {"it": "Descrivere l'acquirente tipico: età, città, reddito, lavoro e interessi"},
        _TASK_COMPETITORS: {"it": "Elencare i post migliori e peggiori di Brezza e Zest dell'anno scorso"},
        _TASK_AUDIT: {"it": "Rivedere i post di Nuvola dell'anno scorso: che cosa ha funzionato e che cosa no"},
        _TASK_CALENDAR: {"it": "Decidere quale post esce in quale giorno e su quale canale a maggio"},
        _TASK_CONTENT: {"it": "Girare per TikTok un video breve e sorprendente delle bollicine che si formano"},
        _TASK_TRACK: {"it": "Ogni settimana, confrontare gli ordini online con l'obiettivo e spostare il budget su "
                            "ciò che funziona"},
    },
    feedback={
        (_TASK_COMPETITORS, AUDIT): {
            "en": "An audit looks at your own accounts. Brezza and Zest are competitors: that is competitive "
                  "analysis.",
            "it": "La verifica del proprio SMM guarda i tuoi account. Brezza e Zest sono concorrenti: rientra in "
                  "«analizzare la concorrenza»."},
        (_TASK_AUDIT, COMPETITORS): {
            "en": "Nuvola's own posts: looking back at your own successes and failures is the audit.",
            "it": "I post di Nuvola: rivedere i propri successi e fallimenti rientra in «verificare il proprio SMM»."},
        (_TASK_TRACK, GOALS): {
            "en": "The goal was set before. Comparing results with it each week, and acting on them, is tracking "
                  "and adapting.",
            "it": "L'obiettivo è stato fissato prima. Confrontare ogni settimana i risultati con l'obiettivo e "
                  "agire di conseguenza rientra in «monitorare e adattare»."},
        (_TASK_GOALS, TRACK): {
            "en": "Nothing is measured yet: agreeing what the campaign must achieve is aligning goals.",
            "it": "Non si misura ancora nulla: decidere che cosa deve ottenere la campagna rientra in «allineare gli "
                  "obiettivi»."},
        (_TASK_CALENDAR, CONTENT): {
            "en": "Deciding when and where each post goes out is the content calendar; making the posts is "
                  "creating content.",
            "it": "Decidere quando e dove esce ogni post rientra nel piano editoriale; realizzare i post rientra in "
                  "«creare i contenuti migliori»."},
        (_TASK_CONTENT, CALENDAR): {
            "en": "Filming the video is making content; the calendar only says when it goes out.",
            "it": "Girare il video rientra in «creare i contenuti migliori»; il piano editoriale indica solo quando "
                  "esce."},
    },
    hints=[
        {"en": "Look at the table of the action plan above: each step has a one-line meaning.",
         "it": "Guarda la tabella del piano d'azione qui sopra: ogni passo ha una spiegazione di una riga."},
        {"en": "Two tasks look back at last year's posts: one at Nuvola's own, one at competitors'. Two tasks are "
               "about a goal: one sets it, one checks results against it.",
         "it": "Due compiti guardano ai post dell'anno scorso: uno a quelli di Nuvola, uno a quelli dei "
               "concorrenti. Due compiti riguardano un obiettivo: uno lo fissa, uno confronta i risultati con esso."},
    ],
    explanation={
        "en": "One task per step, in the plan's order: set a goal, know the buyer, study competitors, audit "
              "yourself, plan the calendar, make the content, then track results against the goal and adapt. "
              "The capstone, notebook 11, walks through all seven for Nuvola.",
        "it": "Un compito per passo, nell'ordine del piano: fissare un obiettivo, conoscere l'acquirente, studiare "
              "i concorrenti, fare l'audit dei propri account, preparare il piano editoriale, creare i contenuti, "
              "poi monitorare i risultati rispetto all'obiettivo e adattare. Il progetto finale, il notebook 11, "
              "percorre tutti e sette i passi per Nuvola.",
    },
)


# -- quiz -------------------------------------------------------------------------------------------------
quiz1 = ChoiceQuestion(
    id="01.quiz1",
    title={"en": "Which pillar?", "it": "Quale pilastro?"},
    prompt={
        "en": "Nuvola replies to comments under its posts, and customers share its videos with friends. Which "
              "pillar of SMM is this?",
        "it": "Nuvola risponde ai commenti sotto i suoi post e i clienti condividono i suoi video con gli amici. "
              "Quale pilastro dell'SMM è questo?",
    },
    options={"connection": {"en": "Connection", "it": "Connessione"},
             "interaction": {"en": "Interaction", "it": "Interazione"},
             "customer data": {"en": "Customer data", "it": "Dati dei clienti"}},
    answer="interaction",
    feedback={
        "connection": {"en": "Connection is about reaching the right people on the right platforms. Replies and "
                             "shares are two-way exchanges once you have reached them.",
                       "it": "La connessione riguarda il raggiungere le persone giuste sulle piattaforme giuste. "
                             "Risposte e condivisioni sono scambi bidirezionali, che avvengono dopo averle raggiunte."},
        "customer data": {"en": "Replies and shares do produce data, but the activity itself, a two-way exchange, "
                                "is interaction.",
                          "it": "Risposte e condivisioni producono dati, ma l'attività in sé, uno scambio "
                                "bidirezionale, è interazione."},
    },
    hints=[{"en": "Which pillar is about two-way exchanges: comments, likes, shares?",
            "it": "Quale pilastro riguarda gli scambi bidirezionali: commenti, mi piace, condivisioni?"}],
    explanation={"en": "Interaction: comments, replies and shares. Notebook 03 measures it.",
                 "it": "Interazione: commenti, risposte e condivisioni. Il notebook 03 la misura."},
)

quiz2 = ChoiceQuestion(
    id="01.quiz2",
    title={"en": "A projection is...", "it": "Una proiezione è..."},
    prompt=FromData(lambda: (lambda rate, billions: {
        "en": f"The explorer shows about {billions:.0f} billion users in 2030 at {rate:.1%} growth a year. What is "
              "that number?",
        "it": f"L'explorer mostra circa {billions:.0f} miliardi di utenti nel 2030 con una crescita del "
              f"{_it(rate, '.1%')} all'anno. Che cos'è quel numero?",
    })(_reported_growth("2024-01-01"), _users_in_january(2030) / 1e9)),
    options={
        "assumption": {"en": "A what-if: it follows from the growth rate we chose, not from data",
                       "it": "Un «e se»: deriva dal tasso di crescita che abbiamo scelto, non dai dati"},
        "forecast": {"en": "DataReportal's official forecast for 2030",
                     "it": "La previsione ufficiale di DataReportal per il 2030"},
        "data": {"en": "A sourced data point, like the dots", "it": "Un dato documentato, come i punti"},
    },
    answer="assumption",
    feedback={
        "forecast": {"en": "No report in the data makes that forecast: the number comes only from the rate you "
                           "set on the slider.",
                     "it": "Nessun report nei dati fa quella previsione: il numero viene solo dal tasso che hai "
                           "scelto con il cursore."},
        "data": {"en": "The dots are data; the dashed line is a calculation from an assumed rate. Nobody has "
                       "counted users in 2030.",
                 "it": "I punti sono dati; la linea tratteggiata è un calcolo da un tasso ipotizzato. Nessuno ha "
                       "contato gli utenti del 2030."},
    },
    hints=[{"en": "Where does the dashed line come from: a report, or the slider?",
            "it": "Da dove viene la linea tratteggiata: da un report o dal cursore?"}],
    explanation={"en": "A projection only says what the assumption implies. Always label it as such.",
                 "it": "Una proiezione mostra solo che cosa implica l'ipotesi. Va sempre indicata come tale."},
)

quiz3 = ChoiceQuestion(
    id="01.quiz3",
    title={"en": "Why must growth slow?", "it": "Perché la crescita deve rallentare?"},
    prompt=FromData(lambda: (lambda early, late: {
        "en": f"Users grew about {early:.0%} a year from 2010 to 2015 and about {late:.0%} a year from 2022 to 2024. "
              "Why must growth keep slowing?",
        "it": f"Gli utenti sono cresciuti di circa il {early:.0%} all'anno dal 2010 al 2015 e di circa il {late:.0%} "
              "all'anno dal 2022 al 2024. Perché la crescita deve continuare a rallentare?",
    })(_cagr_between("2010-01-01", "2015-01-01"), _cagr_between("2022-01-01", "2024-01-01"))),
    options={
        "ceiling": {"en": "No more people can join than are alive and online: as penetration nears its ceiling, "
                          "fewer people are left to join",
                    "it": "Non possono iscriversi più persone di quante siano vive e online: man mano che la "
                          "penetrazione si avvicina al tetto, restano meno persone da conquistare"},
        "fashion": {"en": "Social media is going out of fashion, so users are leaving",
                    "it": "I social media passano di moda, quindi gli utenti se ne vanno"},
        "halving": {"en": "Growth rates always halve every few years",
                    "it": "I tassi di crescita si dimezzano sempre nel giro di pochi anni"},
    },
    answer="ceiling",
    feedback={
        "fashion": {"en": "Users are still growing, every year, in the data. It is the growth rate that falls.",
                    "it": "Nei dati gli utenti crescono ancora, ogni anno. È il tasso di crescita che scende."},
        "halving": {"en": "There is no such law. The reason here is a ceiling: the people who can use social "
                          "media (aged 13 and over, online), never more than everyone alive.",
                    "it": "Non esiste una legge simile. Qui la ragione è un tetto: le persone che possono usare i "
                          "social (dai 13 anni in su, online), mai più di tutte le persone vive."},
    },
    hints=[{"en": "Think of the hatched area in the explorer's right panel.",
            "it": "Pensa all'area a righe nel pannello di destra dell'explorer."}],
    explanation={"en": "Saturation: the closer users get to everyone who can join, the fewer new users there can be.",
                 "it": "Saturazione: più gli utenti si avvicinano a tutti quelli che possono iscriversi, meno nuovi "
                       "utenti ci possono essere."},
)

quiz = Quiz(id="01.quiz", title={"en": "Check your understanding", "it": "Verifica la tua comprensione"},
            questions=[quiz1, quiz2, quiz3])
