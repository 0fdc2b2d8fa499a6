"""Questions of notebook 10, "Social listening: what people say, who says it, and who is real".

The notebook counts hashtags per brand (``q1``), tunes a rising-term rule that catches the crisis hashtag before
it peaks (``q2``), counts the real fans that a bot rule wrongly flags (``q4``) and, in its optional part, reads the
platforms of the communities that Louvain finds in the follower network (``q3``) and splices Instagram's impressions
and views into one series (``q5``). Expected answers are computed from the data at the first check, never at import.

>>> [q.kind for q in (q1, q2, q3, q4, q5)]
['value', 'explorer', 'value', 'value', 'value']
>>> [q.id for q in quiz.questions]
['10.quiz1', '10.quiz2', '10.quiz3']
"""

from __future__ import annotations

import functools

import pandas as pd

from smm_course.exercises.kinds import (
    ChoiceQuestion,
    ExplorerQuestion,
    Mistake,
    Quiz,
    Slider,
    ValueQuestion,
)
from smm_course.i18n import FromData, format_number

NOTEBOOK_TITLE = {"en": "Social listening", "it": "Social listening (ascolto dei social)"}


_MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
         "novembre", "dicembre")


@functools.lru_cache(maxsize=1)
def _mentions() -> pd.DataFrame:
    from smm_course import data, text

    mentions = data.load("mentions")
    mentions["hashtags"] = text.hashtags(mentions["text"])
    return mentions


# -- q1: who uses hashtags? ----------------------------------------------------------------------------------------
def _has_tag() -> pd.Series:
    mentions = _mentions()
    return mentions["hashtags"].str.len() > 0


def _tag_share() -> pd.Series:
    return _has_tag().groupby(_mentions()["brand"], observed=True).mean()


def _tag_explanation() -> dict:
    share = _tag_share().sort_values(ascending=False)
    counts = _has_tag().groupby(_mentions()["brand"], observed=True).sum()
    top, best = share.index[0], f"{share.iloc[0]:.1%}"
    # the two brands whose shares are closest: their counts differ, their shares do not
    pairs = [(abs(share[a] - share[b]), a, b) for i, a in enumerate(share.index) for b in share.index[i + 1:]]
    _, first, second = min(pairs)
    first, second = sorted((first, second), key=lambda brand: -counts[brand])
    same = f"{share[first]:.1%}" if f"{share[first]:.1%}" == f"{share[second]:.1%}" else None
    lead = "both counts and share" if counts.idxmax() == top else "share, though not on counts"
    if same:
        en_tail = f"yet their shares are the same, {same}."
        it_tail = f"eppure le loro quote sono uguali, il {format_number(share[first], '.1%', lang='it')}."
    else:
        en_tail = (f"yet their shares are close: {share[first]:.1%} and {share[second]:.1%}.")
        it_tail = (f"eppure le loro quote sono vicine: {format_number(share[first], '.1%', lang='it')} e "
                   f"{format_number(share[second], '.1%', lang='it')}.")
    it_lead = "sia nei conteggi sia nella quota" if counts.idxmax() == top else "nella quota, ma non nei conteggi"
    return {
        "en": f"{top} leads on {lead} ({best}). But counts alone mislead: {first} has {counts[first]:,} tagged "
              f"mentions and {second} {counts[second]:,}, {en_tail} Most mentions carry no hashtag at all, which is "
              "why listening also counts plain words.",
        "it": f"{top} è in testa {it_lead} ({format_number(share.iloc[0], '.1%', lang='it')}). Ma i soli conteggi "
              f"ingannano: {first} ha {format_number(counts[first], ',', lang='it')} menzioni con hashtag e {second} "
              f"{format_number(counts[second], ',', lang='it')}, {it_tail} La maggior parte delle menzioni non ha alcun "
              "hashtag: per questo l'ascolto conta anche le parole.",
    }


q1 = ValueQuestion(
    id="10.q1",
    title={"en": "Who uses hashtags?", "it": "Chi usa gli hashtag?"},
    expected=_tag_share,
    precision=3,
    variable="tag_share",
    hints=[
        {"en": "First mark each mention: does it have at least one hashtag? `mentions[\"hashtags\"].str.len() > 0` "
               "is True or False for each mention.",
         "it": "Prima segna ogni menzione: ha almeno un hashtag? `mentions[\"hashtags\"].str.len() > 0` è True o "
               "False per ogni menzione."},
        {"en": "The mean of True/False values is the share of True. Group them by `mentions[\"brand\"]` and take "
               "the mean.",
         "it": "La media di valori True/False è la quota di True. Raggruppali per `mentions[\"brand\"]` e fai la "
               "media."},
        {"en": "`tag_share = (mentions[\"hashtags\"].str.len() > 0).groupby(mentions[\"brand\"], observed=True)"
               ".mean()`",
         "it": "`tag_share = (mentions[\"hashtags\"].str.len() > 0).groupby(mentions[\"brand\"], observed=True)"
               ".mean()`"},
    ],
    solution=('tag_share = (mentions["hashtags"].str.len() > 0).groupby(mentions["brand"], observed=True)'
              '.mean()'),
    explanation=FromData(lambda: _tag_explanation()),
    mistakes=[
        Mistake(lambda: _has_tag().groupby(_mentions()["brand"], observed=True).sum(),
                {"en": "Those are counts of tagged mentions. Divide each by the brand's number of mentions (the mean "
                       "of True/False does both at once).",
                 "it": "Questi sono conteggi di menzioni con hashtag. Dividi ciascuno per il numero di menzioni del "
                       "marchio (la media di True/False fa entrambe le cose)."}),
        Mistake(lambda: _has_tag().groupby(_mentions()["brand"], observed=True).sum() / len(_mentions()),
                {"en": "You divided by all the mentions of the four brands. Divide each brand by its own mentions.",
                 "it": "Hai diviso per tutte le menzioni dei quattro marchi. Dividi ogni marchio per le sue "
                       "menzioni."}),
        Mistake(lambda: _mentions()["hashtags"].str.len().groupby(_mentions()["brand"], observed=True).mean(),
                {"en": "That is the mean number of hashtags per mention. The question asks for the share of mentions "
                       "with at least one: compare the length with 0 first.",
                 "it": "Questo è il numero medio di hashtag per menzione. La domanda chiede la quota di menzioni con "
                       "almeno uno: prima confronta la lunghezza con 0."}),
        Mistake(lambda: (_mentions()["hashtags"].str.len() > 1).groupby(_mentions()["brand"], observed=True).mean(),
                {"en": "That is the share with more than one hashtag; 'at least one' means `> 0`.",
                 "it": "Questa è la quota con più di un hashtag; «almeno uno» vuol dire `> 0`."}),
    ],
)


# -- q2: an early warning for the crisis hashtag -------------------------------------------------------------------
#: The crisis hashtag the rule must catch, and how many flags on the brand's common terms the team can read.
CRISIS_TAG = "#nuvolasick"
MAX_OTHER_FLAGS = 5


def _evaluate(values: dict):
    from smm_course.explorers import trends

    return trends.evaluate(trends.course_weekly(), CRISIS_TAG, int(values["window"]), float(values["ratio"]),
                           int(values["min_count"]))


def _week_before_peak() -> dict:
    """The crisis tag in the week before its peak: the week, its count, its usual level and its lift (4-week
    baseline, the explorer's default)."""
    result = _evaluate({"window": 4, "ratio": 3.0, "min_count": 1})
    week = result.peak_week - pd.Timedelta(days=7)
    row = result.table.loc[week]
    return {"week": week, "count": int(row["count"]), "usual": float(row["baseline"]), "lift": float(row["lift"])}


def _early_goal(values: dict):
    result = _evaluate(values)
    early_count = _week_before_peak()["count"]
    if result.weeks_before_peak is None:
        return {"en": f"This rule never flags {CRISIS_TAG} before it peaks. Lower the ratio or the minimum count.",
                "it": f"Questa regola non segnala mai {CRISIS_TAG} prima del picco. Abbassa il rapporto o il "
                      "minimo di menzioni."}
    if result.weeks_before_peak < 1:
        return {"en": f"Your rule flags {CRISIS_TAG} only in its peak week, when the story is already big. In the "
                      f"week before, it had {early_count} mentions: the minimum count must be at most that.",
                "it": f"La tua regola segnala {CRISIS_TAG} solo nella settimana del picco, quando la storia è già "
                      f"grande. Nella settimana prima aveva {early_count} menzioni: il minimo deve essere al "
                      "massimo quello."}
    if result.other_flags > MAX_OTHER_FLAGS:
        return {"en": f"It flags {CRISIS_TAG} early, well done, but also raises {result.other_flags} flags on the "
                      f"brand's common terms: more than {MAX_OTHER_FLAGS}. A higher ratio can keep the early flag, "
                      "because a term that was never used has a huge lift, while everyday terms rarely jump that "
                      "much.",
                "it": f"Segnala {CRISIS_TAG} in anticipo, bene, ma solleva anche {result.other_flags} segnalazioni "
                      f"sui termini comuni del marchio: più di {MAX_OTHER_FLAGS}. Un rapporto più alto può mantenere "
                      "la segnalazione anticipata, perché un termine mai usato ha un aumento enorme, mentre i "
                      "termini di tutti i giorni raramente saltano così."}
    return True


def _early_hint() -> dict:
    early = _week_before_peak()
    lift, usual = f"{early['lift']:.1f}", f"{early['usual']:.1f}"
    return {
        "en": f"Look at the week before the peak, the week of {early['week']:%-d %B}: {CRISIS_TAG} had "
              f"{early['count']} mentions against a usual level of {usual}, a lift of {lift}. To flag that week, the "
              f"minimum count must be at most {early['count']} and the ratio at most {lift}.",
        "it": f"Guarda la settimana prima del picco, quella del {early['week'].day} {_MESI[early['week'].month - 1]}: "
              f"{CRISIS_TAG} aveva {early['count']} menzioni contro un livello abituale di "
              f"{format_number(early['usual'], '.1f', lang='it')}, un aumento di "
              f"{format_number(early['lift'], '.1f', lang='it')}. Per segnalare quella settimana il minimo deve essere "
              f"al massimo {early['count']} e il rapporto al massimo {format_number(early['lift'], '.1f', lang='it')}.",
    }


class _TrendView:
    """10.q2's live view: the crisis hashtag's weekly counts and flags under the chosen rule."""

    def __init__(self) -> None:
        from smm_course.explorers import trends
        from smm_course.explorers.base import LivePanel

        self._figure = None

        def draw(values):
            result = trends.render(CRISIS_TAG, int(values["window"]), float(values["ratio"]),
                                   int(values["min_count"]), figure=self._figure, draw=False)
            self._figure = result.figure
            return result, result.figure.png()

        self._panel = LivePanel(draw, cache=64)
        self.widgets = self._panel.widgets

    def update(self, values: dict) -> None:
        self._panel.update(values)


q2 = ExplorerQuestion(
    id="10.q2",
    title={"en": "An early warning for the next rumour", "it": "Un allarme precoce per la prossima voce"},
    prompt={
        "en": f"Find a rule that flags {CRISIS_TAG} in the week before its peak, with at most {MAX_OTHER_FLAGS} flags "
              "in the year on Nuvola's 30 most common terms. Then press Check.",
        "it": f"Trova una regola che segnali {CRISIS_TAG} nella settimana prima del picco, con al massimo "
              f"{MAX_OTHER_FLAGS} segnalazioni nell'anno sui 30 termini più comuni di Nuvola. Poi premi «Controlla».",
    },
    controls=[
        Slider("window", 1, 12, step=1, value=4,
               description={"en": "Usual level: mean of the previous weeks",
                            "it": "Livello abituale: media delle settimane precedenti"}),
        Slider("ratio", 1.5, 10.0, step=0.5, value=3.0,
               description={"en": "Flag at this many times the usual level",
                            "it": "Segnala a questo multiplo del livello abituale"}),
        Slider("min_count", 1, 20, step=1, value=3,
               description={"en": "Minimum mentions in the week", "it": "Minimo di menzioni nella settimana"}),
    ],
    goal=_early_goal,
    live=_TrendView,
    answer={"window": 4, "ratio": 5.0, "min_count": 3},
    hints=[
        FromData(lambda: _early_hint()),
        {"en": f"Now cut the flags on common terms to {MAX_OTHER_FLAGS} or fewer: raise the ratio step by step, "
               "as long as the early week stays flagged.",
         "it": f"Ora riduci le segnalazioni sui termini comuni a {MAX_OTHER_FLAGS} o meno: alza il rapporto un "
               "passo alla volta, finché la settimana in anticipo resta segnalata."},
        {"en": "Keep the window at 4 weeks and the minimum at 3 mentions, and set the ratio to 5.",
         "it": "Lascia la finestra a 4 settimane e il minimo a 3 menzioni, e porta il rapporto a 5."},
    ],
    explanation={
        "en": "A new term starts from almost nothing, so a handful of mentions already gives it a large lift, "
              "while everyday terms rarely jump that much. So a high ratio with a low minimum count catches a new "
              "word early at a small cost. Someone still has to read what the flag points to.",
        "it": "Un termine nuovo parte quasi da zero, quindi poche menzioni gli danno già un grande aumento, mentre i "
              "termini di tutti i giorni raramente saltano così. Un rapporto alto con un minimo basso coglie presto "
              "una parola nuova a un costo piccolo. Qualcuno deve comunque leggere ciò che la segnalazione indica."},
)


# -- q3: one platform per community --------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _platforms() -> pd.DataFrame:
    from smm_course import data, network

    nodes = data.load("follower_network_nodes").set_index("node")
    graph = network.follower_graph(data.load("follower_network"), data.load("follower_network_nodes"))
    found = network.communities(graph.to_undirected(), method="louvain", seed=0)
    return pd.crosstab(found, nodes["main_platform"].reindex(found.index))


def _reached_share() -> float:
    platforms = _platforms()
    return float(platforms.max(axis=1).sum() / platforms.to_numpy().sum())


q3 = ValueQuestion(
    id="10.q3",
    title={"en": "One platform per community?", "it": "Una piattaforma per comunità?"},
    expected=_reached_share,
    precision=3,
    variable="reached_share",
    hints=[
        {"en": "`platforms.max(axis=1)` gives, for each community, the members on its most common platform.",
         "it": "`platforms.max(axis=1)` dà, per ogni comunità, i membri sulla sua piattaforma più comune."},
        {"en": "Add them up with `.sum()`, then divide by all the accounts: `platforms.to_numpy().sum()`.",
         "it": "Sommali con `.sum()`, poi dividi per tutti gli account: `platforms.to_numpy().sum()`."},
        {"en": "`reached_share = platforms.max(axis=1).sum() / platforms.to_numpy().sum()`",
         "it": "`reached_share = platforms.max(axis=1).sum() / platforms.to_numpy().sum()`"},
    ],
    solution="reached_share = platforms.max(axis=1).sum() / platforms.to_numpy().sum()",
    explanation=FromData(lambda: {
        "en": f"One platform per community reaches {_reached_share():.0%} of the accounts. The rest use another "
              "platform: a second channel for the biggest communities would reach many of them.",
        "it": f"Una piattaforma per comunità raggiunge il {_reached_share():.0%} degli account. Gli altri usano "
              "un'altra piattaforma: un secondo canale per le comunità più grandi ne raggiungerebbe molti."}),
    mistakes=[
        Mistake(lambda: float(_platforms().max(axis=1).sum()),
                {"en": "That is a number of accounts. Divide it by all the accounts to get a share.",
                 "it": "Questo è un numero di account. Dividilo per tutti gli account per avere una quota."}),
        Mistake(lambda: float(_platforms().sum(axis=0).max() / _platforms().to_numpy().sum()),
                {"en": "That is the share of the single most common platform overall. The marketer picks one "
                       "platform **per community**: take the maximum of each row.",
                 "it": "Questa è la quota dell'unica piattaforma più comune in assoluto. Il marketer sceglie una "
                       "piattaforma **per comunità**: prendi il massimo di ogni riga."}),
        Mistake(lambda: float(_platforms().div(_platforms().sum(axis=1), axis=0).max(axis=1).mean()),
                {"en": "You averaged the communities' shares as if they were all the same size; add up members, "
                       "then divide.",
                 "it": "Hai fatto la media delle quote delle comunità come se avessero tutte la stessa dimensione; "
                       "somma i membri, poi dividi."}),
    ],
)


# -- q4: real fans among the flagged -------------------------------------------------------------------------------
#: The bot rule of the notebook: the same cleaned text at least this many times in a day, from an account younger
#: than this.
MIN_COPIES = 10
MAX_AGE_DAYS = 30


@functools.lru_cache(maxsize=1)
def _flags() -> pd.DataFrame:
    mentions = _mentions().copy()
    clean = (mentions["text"].str.lower().str.replace(r"@\w+", " ", regex=True)
             .str.replace(r"[^a-z0-9# ]", " ", regex=True).str.split().str.join(" "))
    day = mentions["posted_at"].dt.normalize()
    copies = mentions.groupby([clean, day])["mention_id"].transform("size")
    age = (day - mentions["author_created"]).dt.days
    return pd.DataFrame({"flagged": (copies >= MIN_COPIES) & (age < MAX_AGE_DAYS),
                         "is_bot": mentions["is_bot"].astype(bool)})


def _false_positives() -> int:
    flags = _flags()
    return int((flags["flagged"] & ~flags["is_bot"]).sum())


q4 = ValueQuestion(
    id="10.q4",
    title={"en": "Real fans among the flagged", "it": "Fan veri tra i segnalati"},
    expected=_false_positives,
    precision="exact",
    variable="false_positives",
    hints=[
        {"en": "You need the mentions that are flagged **and** not bots. `~mentions[\"is_bot\"]` is True for real "
               "accounts.",
         "it": "Ti servono le menzioni segnalate **e** non bot. `~mentions[\"is_bot\"]` è True per gli account "
               "veri."},
        {"en": "Combine the two conditions with `&`, then count the True values with `.sum()`.",
         "it": "Combina le due condizioni con `&`, poi conta i True con `.sum()`."},
        {"en": "`false_positives = (flagged & ~mentions[\"is_bot\"]).sum()`",
         "it": "`false_positives = (flagged & ~mentions[\"is_bot\"]).sum()`"},
    ],
    solution='false_positives = (flagged & ~mentions["is_bot"]).sum()',
    explanation=FromData(lambda: {
        "en": f"{_false_positives()} of the {int(_flags()['flagged'].sum())} flagged mentions come from real "
              "accounts. A rule is judged by what it gets wrong as well as by what it catches.",
        "it": f"{_false_positives()} delle {int(_flags()['flagged'].sum())} menzioni segnalate vengono da account "
              "veri. Una regola si giudica da ciò che sbaglia oltre che da ciò che coglie."}),
    mistakes=[
        Mistake(lambda: int(_flags()["flagged"].sum()),
                {"en": "That is every flagged mention, bots included. Keep only those whose `is_bot` is False.",
                 "it": "Queste sono tutte le menzioni segnalate, bot compresi. Tieni solo quelle con `is_bot` "
                       "False."}),
        Mistake(lambda: int((_flags()["flagged"] & _flags()["is_bot"]).sum()),
                {"en": "Those are the bots the rule caught. The question asks for the real accounts it flagged: "
                       "`is_bot` False, with `~`.",
                 "it": "Questi sono i bot che la regola ha preso. La domanda chiede gli account veri segnalati: "
                       "`is_bot` False, con `~`."}),
        Mistake(lambda: int((~_flags()["flagged"] & _flags()["is_bot"]).sum()),
                {"en": "Those are the bots the rule missed. The question asks for real accounts that it flagged.",
                 "it": "Questi sono i bot sfuggiti alla regola. La domanda chiede gli account veri che ha "
                       "segnalato."}),
        Mistake(lambda: int(_flags()["flagged"].sum() - _flags()["is_bot"].sum()),
                {"en": "You took all the bots away from the flagged mentions, but not every bot is flagged. Count the "
                       "mentions that are both flagged and real, with `&`.",
                 "it": "Hai tolto tutti i bot dalle menzioni segnalate, ma non tutti i bot sono segnalati. Conta le "
                       "menzioni che sono sia segnalate sia vere, con `&`."}),
    ],
)


# -- q5 (optional part): the splice factor -------------------------------------------------------------------------
def _ratios() -> pd.Series:
    from smm_course import data

    insights = data.load("account_insights").set_index("week_start")
    overlap = insights.dropna(subset=["impressions", "views"])
    return overlap["views"] / overlap["impressions"]


def _splice_factor() -> float:
    return float(_ratios().median())


def _odd_week() -> tuple:
    """The overlap week whose ratio is farthest from the median, and that ratio."""
    ratios = _ratios()
    week = (ratios - ratios.median()).abs().idxmax()
    return pd.Timestamp(week), float(ratios[week])


q5 = ValueQuestion(
    id="10.q5",
    title={"en": "The splice factor", "it": "Il fattore di raccordo"},
    expected=_splice_factor,
    precision=2,
    variable="splice_factor",
    hints=[
        {"en": "Divide one column of `overlap` by the other: `overlap[\"views\"] / overlap[\"impressions\"]`.",
         "it": "Dividi una colonna di `overlap` per l'altra: `overlap[\"views\"] / overlap[\"impressions\"]`."},
        {"en": "That gives one ratio per week. Take their `.median()`.",
         "it": "Così ottieni un rapporto per settimana. Prendine la `.median()`."},
        {"en": "`splice_factor = (overlap[\"views\"] / overlap[\"impressions\"]).median()`",
         "it": "`splice_factor = (overlap[\"views\"] / overlap[\"impressions\"]).median()`"},
    ],
    solution='splice_factor = (overlap["views"] / overlap["impressions"]).median()',
    explanation=FromData(lambda: {
        "en": f"A week has about {_splice_factor():.2f} views per impression. The median ignores one odd week, "
              f"the week of {_odd_week()[0]:%-d %B} ({_odd_week()[1]:.2f}), while the mean is pulled towards it; "
              "that matters when only a few weeks overlap.",
        "it": f"Una settimana ha circa {format_number(_splice_factor(), '.2f', lang='it')} visualizzazioni per "
              f"impressione. La mediana ignora una settimana anomala, quella del {_odd_week()[0].day} "
              f"{_MESI[_odd_week()[0].month - 1]} ({format_number(_odd_week()[1], '.2f', lang='it')}), mentre la media "
              "ne è attirata; conta quando le settimane in comune sono poche."}),
    mistakes=[
        Mistake(lambda: 1 / _splice_factor(),
                {"en": "That is impressions per view: the fraction is upside down. Divide views by impressions.",
                 "it": "Queste sono impressioni per visualizzazione: la frazione è capovolta. Dividi le "
                       "visualizzazioni per le impressioni."}),
        Mistake(lambda: float(_ratios().mean()),
                {"en": "That is the mean; the question asks for the median.",
                 "it": "Questa è la media; la domanda chiede la mediana."}),
    ],
)


# -- check your understanding --------------------------------------------------------------------------------------
quiz1 = ChoiceQuestion(
    id="10.quiz1",
    title={"en": "A flag on 'sick'", "it": "Una segnalazione su «sick»"},
    prompt={"en": "In a July week, the term 'sick' is flagged as rising in Nuvola's mentions. What should the team "
                  "do first?",
            "it": "In una settimana di luglio il termine «sick» risulta in crescita nelle menzioni di Nuvola. Che "
                  "cosa deve fare per prima cosa il team?"},
    options={
        "read": {"en": "Read a sample of the mentions behind the flag", "it": "Leggere un campione delle menzioni "
                                                                               "dietro la segnalazione"},
        "crisis": {"en": "Start the crisis playbook at once", "it": "Avviare subito il manuale di crisi"},
        "ignore": {"en": "Ignore it: only hashtags matter", "it": "Ignorarla: contano solo gli hashtag"},
    },
    answer="read",
    feedback={
        "crisis": {"en": "'This flavour is sick' is praise. A flag says where to read; the texts say what happened.",
                   "it": "«This flavour is sick» è un complimento. La segnalazione indica dove leggere; i testi "
                         "mostrano che cosa è successo."},
        "ignore": {"en": "Most mentions have no hashtag, and the April rumour started with words too.",
                   "it": "La maggior parte delle menzioni non ha hashtag, e anche la voce di aprile è partita dalle "
                         "parole."},
    },
    hints=[{"en": "Can a count tell praise from a complaint?", "it": "Un conteggio distingue un complimento da una "
                                                                      "lamentela?"}],
    explanation={"en": "A flag is a pointer, not a verdict: read the mentions before acting.",
                 "it": "Una segnalazione è un'indicazione, non un verdetto: leggi le menzioni prima di agire."},
)

quiz2 = ChoiceQuestion(
    id="10.quiz2",
    title={"en": "Community numbers", "it": "I numeri delle comunità"},
    prompt={"en": "Louvain calls a group 'community 0', but its members all carry the label 3. What does that mean?",
            "it": "Louvain chiama un gruppo «comunità 0», ma i suoi membri hanno tutti l'etichetta 3. Che cosa "
                  "significa?"},
    options={
        "names": {"en": "Nothing: the numbers are only names; groups match by their members",
                  "it": "Niente: i numeri sono solo nomi; i gruppi si confrontano per i loro membri"},
        "wrong": {"en": "Louvain got that group wrong", "it": "Louvain ha sbagliato quel gruppo"},
        "seed": {"en": "The seed was badly chosen", "it": "Il seed è stato scelto male"},
    },
    answer="names",
    feedback={
        "wrong": {"en": "Same members, different name: the group is found right. `network.communities` numbers its groups by size.",
                  "it": "Stessi membri, nome diverso: il gruppo è trovato bene. `network.communities` numera i "
                        "gruppi per dimensione."},
        "seed": {"en": "The seed makes a run repeatable; it does not decide which name a group gets in the labels.",
                 "it": "Il seed rende ripetibile un'esecuzione; non decide quale nome ha un gruppo nelle "
                       "etichette."},
    },
    hints=[{"en": "Who is in the group, and who is in label 3?", "it": "Chi c'è nel gruppo, e chi ha l'etichetta 3?"}],
    explanation={"en": "Compare communities by their members (a cross table), never by their numbers.",
                 "it": "Confronta le comunità per i loro membri (una tabella incrociata), mai per i loro numeri."},
)

quiz3 = ChoiceQuestion(
    id="10.quiz3",
    title={"en": "Flagged giveaway entrants", "it": "Partecipanti al concorso segnalati"},
    prompt={"en": "The bot rule flags some giveaway entrants. What should Nuvola do with the flagged accounts?",
            "it": "La regola sui bot segnala alcuni partecipanti al concorso. Che cosa deve fare Nuvola con gli "
                  "account segnalati?"},
    options={
        "review": {"en": "Have a person review them before excluding anyone",
                   "it": "Farli controllare da una persona prima di escludere qualcuno"},
        "remove": {"en": "Exclude them all from the giveaway: the rule says they are bots",
                   "it": "Escluderli tutti dal concorso: la regola indica che sono bot"},
        "keep": {"en": "Ignore the rule: bots never enter giveaways",
                 "it": "Ignorare la regola: i bot non partecipano mai ai concorsi"},
    },
    answer="review",
    feedback={
        "remove": {"en": "The rule's false positives are exactly such fans: excluding them punishes real customers.",
                   "it": "I falsi positivi della regola sono proprio questi fan: escluderli punisce clienti veri."},
        "keep": {"en": "Bots do enter giveaways to win prizes; the rule is useful, but only as a first sort.",
                 "it": "I bot partecipano ai concorsi per vincere premi; la regola è utile, ma solo come prima "
                       "selezione."},
    },
    hints=[{"en": "Who are the rule's false positives in section 4?",
            "it": "Chi sono i falsi positivi della regola nella sezione 4?"}],
    explanation={"en": "A flag means 'look', never 'delete': a person checks before anyone is excluded.",
                 "it": "Una segnalazione significa «guarda», mai «cancella»: una persona controlla prima di escludere "
                       "qualcuno."},
)

quiz = Quiz(id="10.quiz", title={"en": "Check your understanding", "it": "Verifica la tua comprensione"},
            questions=[quiz1, quiz2, quiz3])
