"""Questions of notebook 03, "Interaction: engagement, eWOM, response".

The value questions use Nuvola's posts (``posts`` where ``brand == "Nuvola"``) and its customer messages; the
widget question uses the engagement explorer (:mod:`smm_course.explorers.engagement`).

>>> q1.kind, q2.kind, q4.kind, quiz.questions[0].kind
('value', 'value', 'choice', 'choice')
"""

from __future__ import annotations

import functools

import pandas as pd

from smm_course.exercises.kinds import ChoiceQuestion, Mistake, Quiz, ValueQuestion
from smm_course.exercises.matchers import any_of, near, scaled

NOTEBOOK_TITLE = {"en": "Interaction: engagement, eWOM, response", "it": "Interazione: coinvolgimento, eWOM, risposta"}

#: The four interactions the course counts as engagements (the source article's list).
_INTERACTIONS = ("likes", "comments", "shares", "clicks")


# -- the data behind the answers (computed at the first check, never at import) ------------------------------
@functools.lru_cache(maxsize=1)
def _posts() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    from smm_course import data

    posts = data.load("posts")
    posts = posts.assign(engagements=posts["likes"] + posts["comments"] + posts["shares"] + posts["clicks"])
    # A student's likely slip: a sum with one of the four interactions left out.
    posts = posts.assign(**{f"without_{name}": posts["engagements"] - posts[name] for name in _INTERACTIONS})
    nuvola = posts[posts["brand"] == "Nuvola"]
    instagram = nuvola[nuvola["platform"] == "Instagram"]
    return posts, nuvola, instagram


def _per_post(base: str, with_saves: bool = False, numerator: str = "engagements") -> pd.Series:
    nuvola = _posts()[1]
    top = nuvola[numerator] + (nuvola["saves"] if with_saves else 0)
    return top / nuvola[base]


def _pooled(frame: pd.DataFrame, base: str, with_saves: bool = False) -> float:
    top = frame["engagements"] + (frame["saves"] if with_saves else 0)
    return float(top.sum() / frame[base].sum())


def _mean(frame: pd.DataFrame, base: str, statistic: str = "mean") -> float:
    rates = frame["engagements"] / frame[base]
    return float(getattr(rates, statistic)())


def _instagram_all_brands() -> pd.DataFrame:
    posts = _posts()[0]
    return posts[posts["platform"] == "Instagram"]


@functools.lru_cache(maxsize=1)
def _hours() -> pd.Series:
    from smm_course import data, metrics

    return metrics.response_times(data.load("messages")).hours


# -- q1: the engagement rate of each post, by hand --------------------------------------------------------------
q1 = ValueQuestion(
    id="03.q1",
    title={"en": "The engagement rate of each post", "it": "Il tasso di coinvolgimento di ogni post"},
    expected=lambda: _per_post("reach"),
    precision=4,  # rates of a few percent: 0.0312 is 3.12%
    variable="post_rate",
    hints=[
        {"en": "Columns of the same table add up row by row: `nuvola[\"likes\"] + nuvola[\"comments\"]` gives one "
               "number per post.",
         "it": "Le colonne della stessa tabella si sommano riga per riga: `nuvola[\"likes\"] + nuvola[\"comments\"]` "
               "dà un numero per post."},
        {"en": "Add the four engagement columns (likes, comments, shares, clicks), put the sum in brackets, then "
               "divide by the `reach` column.",
         "it": "Somma le quattro colonne delle interazioni (`likes`, `comments`, `shares`, `clicks`), metti la somma "
               "tra parentesi, poi dividi per la colonna `reach`."},
        {"en": "`(nuvola[\"likes\"] + nuvola[\"comments\"] + nuvola[\"shares\"] + nuvola[\"clicks\"]) / "
               "nuvola[\"reach\"]`",
         "it": "`(nuvola[\"likes\"] + nuvola[\"comments\"] + nuvola[\"shares\"] + nuvola[\"clicks\"]) / "
               "nuvola[\"reach\"]`"},
    ],
    solution='post_rate = (nuvola["likes"] + nuvola["comments"] + nuvola["shares"] + nuvola["clicks"]) / nuvola["reach"]',
    explanation={
        "en": "Each post's engagements divided by the people it reached. Keep it as a fraction: 0.012 means 1.2%.",
        "it": "Le interazioni di ogni post divise per le persone raggiunte. Tienilo come frazione: `0.012` vuol "
              "dire 1,2%.",
    },
    mistakes=[
        Mistake(lambda: _per_post("reach", with_saves=True),
                {"en": "You added saves too. The course counts four interactions: likes, comments, shares and "
                       "clicks (some tools add saves; say so when you do).",
                 "it": "Hai sommato anche i salvataggi. Il corso conta quattro interazioni: mi piace, commenti, "
                       "condivisioni e clic (alcuni strumenti aggiungono i salvataggi; dillo quando lo fai)."}),
        Mistake(lambda: _per_post("impressions"),
                {"en": "You divided by impressions. The course's engagement rate divides by reach (people), not "
                       "impressions (views).",
                 "it": "Hai diviso per le impressioni. Il tasso del corso divide per la copertura (persone), non "
                       "per le impressioni (volte in cui il post è stato mostrato)."}),
        Mistake(lambda: _per_post("followers"),
                {"en": "You divided by followers. That is a variant; the course's engagement rate divides by reach.",
                 "it": "Hai diviso per i follower. È una variante; il tasso del corso divide per la copertura."}),
        Mistake(lambda: _per_post("reach", numerator="likes"),
                {"en": "You counted likes only. Engagements are likes + comments + shares + clicks.",
                 "it": "Hai contato solo i mi piace. Le interazioni sono mi piace + commenti + condivisioni + clic."}),
        Mistake(any_of(*(near(functools.partial(_per_post, "reach", numerator=f"without_{left_out}"))
                         for left_out in _INTERACTIONS)),
                {"en": "One interaction is missing from your sum. Engagements are likes + comments + shares + "
                       "clicks: all four.",
                 "it": "Nella tua somma manca un'interazione. Le interazioni sono mi piace + commenti + "
                       "condivisioni + clic: tutti e quattro."}),
        Mistake(lambda a: isinstance(a, pd.Series) and len(a) == len(_posts()[0]),
                {"en": "Your Series has a rate for every brand's posts. Use the table `nuvola` (Nuvola's posts only).",
                 "it": "La tua Series ha un tasso per i post di tutti i marchi. Usa la tabella `nuvola` (solo i post "
                       "di Nuvola)."}),
    ],
)

# -- q2 and q3: pooled rate and mean of per-post rates ---------------------------------------------------------
_POOLED_FEEDBACK = [
    Mistake(lambda: _mean(_posts()[2], "reach"),
            {"en": "That is the mean of the per-post rates (the next question). The pooled rate divides the total "
                   "engagements by the total reach.",
             "it": "Questa è la media dei tassi per post (la prossima domanda). Il tasso aggregato divide il totale "
                   "delle interazioni per il totale della copertura."}),
    Mistake(lambda: _pooled(_posts()[2], "impressions"),
            {"en": "You divided by impressions. Divide the total engagements by the total reach.",
             "it": "Hai diviso per le impressioni. Dividi il totale delle interazioni per il totale della copertura."}),
    Mistake(lambda: _pooled(_posts()[2], "followers"),
            {"en": "You divided by followers. Divide the total engagements by the total reach.",
             "it": "Hai diviso per i follower. Dividi il totale delle interazioni per il totale della copertura."}),
    Mistake(lambda: _pooled(_posts()[2], "reach", with_saves=True),
            {"en": "You counted saves too. Use the `engagements` column (likes + comments + shares + clicks).",
             "it": "Hai contato anche i salvataggi. Usa la colonna `engagements` (mi piace + commenti + "
                   "condivisioni + clic)."}),
    Mistake(lambda: _pooled(_instagram_all_brands(), "reach"),
            {"en": "That is the rate of every brand's Instagram posts. Use `instagram`, which holds Nuvola's only.",
             "it": "Questo è il tasso dei post Instagram di tutti i marchi. Usa `instagram`, che tiene solo quelli "
                   "di Nuvola."}),
    Mistake(lambda: _pooled(_posts()[1], "reach"),
            {"en": "That is the rate of all of Nuvola's posts, on every platform. Use `instagram`.",
             "it": "Questo è il tasso di tutti i post di Nuvola, su ogni piattaforma. Usa `instagram`."}),
]

q2 = ValueQuestion(
    id="03.q2",
    title={"en": "Pooled engagement rate on Instagram", "it": "Tasso di coinvolgimento aggregato su Instagram"},
    expected=lambda: _pooled(_posts()[2], "reach"),
    precision=4,
    variable="pooled_rate",
    hints=[
        {"en": "Pooled means: add up first, divide once. Two totals, one division.",
         "it": "Aggregato vuol dire: prima sommi, poi dividi una volta sola. Due totali, una divisione."},
        {"en": "`instagram[\"engagements\"].sum()` is the total engagements. Divide it by the total reach.",
         "it": "`instagram[\"engagements\"].sum()` è il totale delle interazioni. Dividilo per la copertura totale."},
        {"en": "`instagram[\"engagements\"].sum() / instagram[\"reach\"].sum()`",
         "it": "`instagram[\"engagements\"].sum() / instagram[\"reach\"].sum()`"},
    ],
    solution='pooled_rate = instagram["engagements"].sum() / instagram["reach"].sum()',
    explanation={
        "en": "Of all the people Nuvola's Instagram posts reached, this share engaged. Every person counts once, so "
              "posts with a big reach weigh more.",
        "it": "Di tutte le persone raggiunte dai post Instagram di Nuvola, questa quota ha interagito. Ogni persona "
              "conta una volta, quindi i post con una grande copertura pesano di più.",
    },
    mistakes=_POOLED_FEEDBACK,
)

q3 = ValueQuestion(
    id="03.q3",
    title={"en": "Mean of per-post rates on Instagram", "it": "Media dei tassi per post su Instagram"},
    expected=lambda: _mean(_posts()[2], "reach"),
    precision=4,
    variable="mean_rate",
    hints=[
        {"en": "This time divide first, post by post, and average the rates at the end.",
         "it": "Questa volta dividi prima, post per post, e fai la media dei tassi alla fine."},
        {"en": "`instagram[\"engagements\"] / instagram[\"reach\"]` is a Series of rates, one per post. Take its "
               "mean.",
         "it": "`instagram[\"engagements\"] / instagram[\"reach\"]` è una Series di tassi, uno per post. Prendi "
               "la sua media."},
        {"en": "`(instagram[\"engagements\"] / instagram[\"reach\"]).mean()`",
         "it": "`(instagram[\"engagements\"] / instagram[\"reach\"]).mean()`"},
    ],
    solution='mean_rate = (instagram["engagements"] / instagram["reach"]).mean()',
    explanation={
        "en": "The typical post's rate: every post counts once, however many people it reached. It is higher than "
              "the pooled rate here, because the posts with the biggest reach (mostly paid) engage a smaller share.",
        "it": "Il tasso del post tipico: ogni post conta una volta, qualunque sia la sua copertura. Qui è più alto "
              "del tasso aggregato, perché i post con la copertura più grande (quasi tutti sponsorizzati) coinvolgono "
              "una quota minore.",
    },
    mistakes=[
        Mistake(lambda: _pooled(_posts()[2], "reach"),
            {"en": "That is the pooled rate (total over total) from the last question. Divide post by post first, "
                   "then take the mean.",
             "it": "Questo è il tasso aggregato (totale su totale) della domanda precedente. Dividi prima post per "
                   "post, poi fai la media."}),
        Mistake(lambda: _mean(_posts()[2], "reach", "median"),
            {"en": "That is the median of the per-post rates. The question asks for the mean.",
             "it": "Questa è la mediana dei tassi per post. La domanda chiede la media."}),
        Mistake(lambda: _mean(_posts()[2], "impressions"),
            {"en": "You divided by impressions. Divide each post's engagements by its reach.",
             "it": "Hai diviso per le impressioni. Dividi le interazioni di ogni post per la sua copertura."}),
        Mistake(lambda: _mean(_posts()[2], "followers"),
            {"en": "You divided by followers. Divide each post's engagements by its reach.",
             "it": "Hai diviso per i follower. Dividi le interazioni di ogni post per la sua copertura."}),
        Mistake(lambda: _mean(_posts()[1], "reach"),
            {"en": "That is the mean over all of Nuvola's posts, on every platform. Use `instagram`.",
             "it": "Questa è la media su tutti i post di Nuvola, su ogni piattaforma. Usa `instagram`."}),
    ],
)

# -- q4: what the explorer shows about TikTok ----------------------------------------------------------------
q4 = ChoiceQuestion(
    id="03.q4",
    title={"en": "When does TikTok look best?", "it": "Quando TikTok sembra il migliore?"},
    prompt={
        "en": "Use the explorer above with the brand Nuvola. Which denominator puts TikTok first, and what does "
              "that ranking really tell you?",
        "it": "Usa l'explorer qui sopra con il marchio Nuvola. Quale denominatore mette TikTok al primo posto, e "
              "che cosa indica davvero quella classifica?",
    },
    options={
        "reach": {"en": "Reach: people who see TikTok posts engage more than on any other platform.",
                  "it": "Copertura: chi vede i post su TikTok interagisce più che su ogni altra piattaforma."},
        "impressions": {"en": "Impressions: each TikTok view is worth more than a view elsewhere.",
                        "it": "Impressioni: ogni impressione su TikTok vale più che altrove."},
        "followers": {"en": "Followers: but TikTok shows posts to many people who do not follow Nuvola, so "
                            "engagements per follower count non-followers' engagement too.",
                      "it": "Follower: ma TikTok mostra i post a molte persone che non seguono Nuvola, quindi le "
                            "interazioni per follower contano anche chi non è follower."},
        "loyal": {"en": "Followers: this proves TikTok's followers are Nuvola's most loyal fans.",
                  "it": "Follower: questo dimostra che i follower su TikTok sono i fan più fedeli di Nuvola."},
    },
    answer="followers",
    feedback={
        "reach": {"en": "Set the explorer to reach: which platform is first there? TikTok is not.",
                  "it": "Imposta l'explorer sulla copertura: quale piattaforma è prima? Non TikTok."},
        "impressions": {"en": "Set the explorer to impressions: TikTok is not first there either.",
                        "it": "Imposta l'explorer sulle impressioni: neanche lì TikTok è primo."},
        "loyal": {"en": "The denominator is right, but the reading is not. Compare TikTok's reach with its "
                        "followers: its posts reach more people than follow the brand, so the rate per follower "
                        "counts strangers' engagement too.",
                  "it": "Il denominatore è giusto, ma la lettura no. Confronta la copertura di TikTok con i suoi "
                        "follower: i post raggiungono più persone di quante seguano il marchio, quindi il tasso per "
                        "follower conta anche l'interazione di sconosciuti."},
    },
    hints=[
        {"en": "Switch the explorer's first dropdown through reach, impressions and followers, and watch TikTok's "
               "rank.",
         "it": "Passa il primo menu dell'explorer da copertura a impressioni a follower, e guarda la posizione "
               "di TikTok."},
        {"en": "TikTok is first only by followers. Compare TikTok's rate by reach with its rate by followers: the "
               "same engagements over two bases. The rate per follower is the higher one, so which base is bigger, "
               "the people reached or the followers?",
         "it": "TikTok è primo solo sui follower. Confronta il tasso di TikTok sulla copertura con quello sui "
               "follower: le stesse interazioni su due basi. Il tasso per follower è il più alto, quindi quale "
               "base è più grande, le persone raggiunte o i follower?"},
    ],
    explanation={
        "en": "By followers, TikTok comes first; by reach or impressions it does not. TikTok's feed shows posts far "
              "beyond the brand's followers (its posts reach more people than follow the brand), so dividing by "
              "followers inflates its rate. Always say which denominator a rate uses, and compare platforms on the "
              "same one.",
        "it": "Sui follower TikTok è primo; sulla copertura o sulle impressioni no. Il feed di TikTok mostra i post "
              "ben oltre i follower del marchio (i post raggiungono più persone di quante seguano il marchio), "
              "quindi dividere per i follower gonfia il tasso. Di' sempre quale denominatore usa un tasso, e "
              "confronta le piattaforme sullo stesso.",
    },
)

# -- q5: median response time ----------------------------------------------------------------------------------
q5 = ValueQuestion(
    id="03.q5",
    title={"en": "Median response time", "it": "Tempo di risposta mediano"},
    expected=lambda: float(_hours().median()),
    precision=1,  # the notebook reads waits to a tenth of an hour
    variable="median_hours",
    hints=[
        {"en": "`wait` holds durations (Timedelta). Turn them into hours first: a number of seconds divided by 3600.",
         "it": "`wait` contiene durate (Timedelta). Trasformale prima in ore: un numero di secondi diviso per 3600."},
        {"en": "`wait.dt.total_seconds() / 3600` gives hours per message. Then take the median; the messages never "
               "answered (NaN) are skipped.",
         "it": "`wait.dt.total_seconds() / 3600` dà le ore per messaggio. Poi prendi la mediana; i messaggi senza "
               "risposta (NaN) vengono saltati."},
        {"en": "`(wait.dt.total_seconds() / 3600).median()`",
         "it": "`(wait.dt.total_seconds() / 3600).median()`"},
    ],
    solution='median_hours = (wait.dt.total_seconds() / 3600).median()',
    explanation={
        "en": "Half of the answered messages got a reply within this many hours. The mean is much longer, pulled "
              "up by a few replies that took days.",
        "it": "Metà dei messaggi con risposta l'ha ricevuta entro queste ore. La media è molto più lunga, gonfiata "
              "da poche risposte arrivate dopo giorni.",
    },
    mistakes=[
        Mistake(lambda a: isinstance(a, pd.Timedelta),
                {"en": "That is a duration (Timedelta), not a number of hours. Divide its `.total_seconds()` by 3600.",
                 "it": "Questa è una durata (Timedelta), non un numero di ore. Dividi il suo `.total_seconds()` "
                       "per 3600."}),
        Mistake(lambda: float(_hours().mean()),
                {"en": "That is the mean. The question asks for the median, which a few very slow replies cannot "
                       "pull up.",
                 "it": "Questa è la media. La domanda chiede la mediana, che poche risposte molto lente non possono "
                       "spostare."}),
        Mistake(scaled(lambda: float(_hours().median()), 60),
                {"en": "This is in minutes. Give hours: divide the seconds by 3600, not by 60.",
                 "it": "È in minuti. Esprimi il risultato in ore: dividi i secondi per 3600, non per 60."}),
        Mistake(scaled(lambda: float(_hours().median()), 3600),
                {"en": "This is in seconds. Divide by 3600 to get hours.",
                 "it": "È in secondi. Dividi per 3600 per avere le ore."}),
        Mistake(scaled(lambda: float(_hours().median()), 1 / 24),
                {"en": "This is in days. Give hours: multiply by 24, or divide the seconds by 3600.",
                 "it": "È in giorni. Esprimi il risultato in ore: moltiplica per 24 o dividi i secondi per 3600."}),
        # Not the question's own precision: 2.0 is the right median rounded, not this slip.
        Mistake(near(lambda: float(_hours().fillna(0).median()), rtol=1e-3),
                {"en": "You counted the unanswered messages as a wait of 0 hours. They never got a reply: leave "
                       "them out (the median skips NaN by itself).",
                 "it": "Hai contato i messaggi senza risposta come un'attesa di 0 ore. Non hanno mai avuto risposta: "
                       "lasciali fuori (la mediana salta da sola i NaN)."}),
    ],
)

# -- check your understanding ----------------------------------------------------------------------------------
quiz1 = ChoiceQuestion(
    id="03.quiz1",
    title={"en": "Reach or impressions?", "it": "Copertura o impressioni?"},
    prompt={"en": "A post reached 2,000 people and was shown 3,000 times. It drew 120 engagements. Which rate is "
                  "higher?",
            "it": "Un post ha raggiunto 2.000 persone ed è stato mostrato 3.000 volte. Ha ottenuto 120 "
                  "interazioni. Quale tasso è più alto?"},
    options={"reach": {"en": "The rate by reach", "it": "Il tasso sulla copertura"},
             "impressions": {"en": "The rate by impressions", "it": "Il tasso sulle impressioni"},
             "same": {"en": "They are the same", "it": "Sono uguali"}},
    answer="reach",
    feedback={"impressions": {"en": "120 / 3,000 = 4% and 120 / 2,000 = 6%. Impressions count repeat views, so "
                                    "they are never fewer than reach.",
                              "it": "120 / 3.000 = 4% e 120 / 2.000 = 6%. Le impressioni contano anche le "
                                    "volte in cui il post ricompare alla stessa persona, quindi non sono mai "
                                    "meno della copertura."},
              "same": {"en": "Only if nobody saw the post twice. Here 3,000 views came from 2,000 people.",
                       "it": "Solo se nessuno vede il post due volte. Qui 3.000 impressioni vengono da 2.000 "
                             "persone."}},
    hints=[{"en": "Divide 120 by each base.", "it": "Dividi 120 per ciascuna base."},
           {"en": "120 / 2,000 against 120 / 3,000: the smaller base gives the bigger rate.",
            "it": "120 / 2.000 contro 120 / 3.000: la base più piccola dà il tasso più grande."}],
    explanation={"en": "6% by reach against 4% by impressions: the rate by impressions is never the higher one.",
                 "it": "6% sulla copertura contro 4% sulle impressioni: il tasso sulle impressioni non è mai il più "
                       "alto."},
)

quiz2 = ChoiceQuestion(
    id="03.quiz2",
    title={"en": "Which average for the report?", "it": "Quale media per il report?"},
    prompt={"en": "The quarterly report asks: \"Of all the people our posts reached, what share engaged?\" Which "
                  "rate answers it?",
            "it": "Il report trimestrale chiede: «Di tutte le persone raggiunte dai nostri post, quale quota ha "
                  "interagito?» Quale tasso risponde?"},
    options={"pooled": {"en": "The pooled rate: total engagements / total reach",
                        "it": "Il tasso aggregato: interazioni totali / copertura totale"},
             "mean": {"en": "The mean of the per-post rates", "it": "La media dei tassi per post"},
             "max": {"en": "The rate of the best post", "it": "Il tasso del post migliore"}},
    answer="pooled",
    feedback={"mean": {"en": "The mean of posts describes the typical post: a post that reached 50 people counts as "
                             "much as one that reached 50,000. The question is about people.",
                       "it": "La media dei post descrive il post tipico: un post che ha raggiunto 50 persone conta "
                             "quanto uno che ne ha raggiunte 50.000. La domanda parla di persone."},
              "max": {"en": "One post says nothing about all the people reached.",
                      "it": "Un solo post non indica nulla su tutte le persone raggiunte."}},
    hints=[{"en": "The question counts people, not posts.", "it": "La domanda conta persone, non post."},
           {"en": "Which rate lets every person reached count once? Add up first, divide once.",
            "it": "Quale tasso fa contare una volta ogni persona raggiunta? Prima sommi, poi dividi una volta."}],
    explanation={"en": "Pooled: every person reached counts once. Use the mean of posts to compare what a typical "
                       "post achieves, e.g. one format against another.",
                 "it": "Aggregato: ogni persona raggiunta conta una volta. Usa la media dei post per confrontare "
                       "che cosa ottiene un post tipico, per esempio un formato contro un altro."},
)

quiz3 = ChoiceQuestion(
    id="03.quiz3",
    title={"en": "The source article's words", "it": "Le parole dell'articolo"},
    prompt={"en": "The course's source article says interactions on social networks make word of mouth measurable, "
                  "so a firm can measure its \"social equity\". What is social equity?",
            "it": "L'articolo del corso sostiene che le interazioni sui social rendono misurabile il passaparola, così "
                  "un'azienda può misurare quella che chiama «equità sociale» (in inglese social equity: equity qui "
                  "vuol dire valore, non equità). Che cos'è l'«equità sociale»?"},
    options={"roi": {"en": "The return on investment (ROI) of social media marketing",
                     "it": "Il ritorno sull'investimento (ROI) del social media marketing"},
             "fairness": {"en": "How fairly a brand treats its followers",
                          "it": "Quanto equamente un marchio tratta i suoi follower"},
             "followers": {"en": "The number of followers a brand owns",
                           "it": "Il numero di follower che un marchio possiede"}},
    answer="roi",
    feedback={"fairness": {"en": "A tempting reading of \"equity\", but the article uses it for the return on "
                                 "investment (ROI) of the campaigns.",
                           "it": "È la lettura più spontanea di «equità», ma l'articolo usa il termine per il ritorno "
                                 "sull'investimento (ROI) delle campagne."},
              "followers": {"en": "Followers are an audience, not a return.",
                            "it": "I follower sono un pubblico, non un ritorno."}},
    hints=[{"en": "Reread the section on eWOM and social equity above.",
            "it": "Rileggi la sezione sull'eWOM e l'«equità sociale» qui sopra."},
           {"en": "The article calls it \"a term for the ROI\" (return on investment) of social media campaigns.",
            "it": "L'articolo la chiama «un termine per il ROI» (ritorno sull'investimento) delle campagne sui "
                  "social."}],
    explanation={"en": "Social equity is the article's own name for the return on investment (ROI) of social media "
                       "campaigns; marketers and their tools say social ROI. Notebook 08 measures it as "
                       "(revenue × gross margin − cost) / cost.",
                 "it": "«Equità sociale» è il nome che l'articolo dà al ritorno sull'investimento (ROI) delle campagne "
                       "sui social; il marketing e i suoi strumenti parlano di ROI dei social. Il notebook 08 lo misura "
                       "come (ricavi × margine lordo − costo) / costo."},
)

quiz4 = ChoiceQuestion(
    id="03.quiz4",
    title={"en": "Median and mean", "it": "Mediana e media"},
    prompt={"en": "Nuvola's mean wait for a reply is much longer than its median wait. Why?",
            "it": "L'attesa media di una risposta di Nuvola è molto più lunga dell'attesa mediana. Perché?"},
    options={"tail": {"en": "A few very slow replies (days) pull the mean up; the median ignores them.",
                      "it": "Poche risposte molto lente (giorni) alzano la media; la mediana le ignora."},
             "error": {"en": "One of the two is computed wrongly: they should be about equal.",
                       "it": "Una delle due è calcolata male: dovrebbero essere circa uguali."},
             "unanswered": {"en": "The mean counts unanswered messages as very long waits.",
                            "it": "La media conta i messaggi senza risposta come attese lunghissime."}},
    answer="tail",
    feedback={"error": {"en": "They are equal only for symmetric data. Waiting times have a long right tail.",
                        "it": "Sono uguali solo per dati simmetrici. I tempi di attesa hanno una lunga coda a destra."},
              "unanswered": {"en": "Both skip the unanswered messages (they have no reply time).",
                             "it": "Entrambe saltano i messaggi senza risposta (non hanno un tempo di risposta)."}},
    hints=[{"en": "Look at the histogram of waits: where is its long tail?",
            "it": "Guarda l'istogramma delle attese: dov'è la sua coda lunga?"},
           {"en": "The mean adds up every wait, so a few waits of days move it; the median only looks at the middle.",
            "it": "La media somma tutte le attese, quindi poche attese di giorni la spostano; la mediana guarda solo "
                  "il centro."}],
    explanation={"en": "Skewed data: report the median as the typical wait and the mean (or the share answered "
                       "within a target) to show the slow tail.",
                 "it": "Dati asimmetrici: riporta la mediana come attesa tipica e la media (o la quota con risposta "
                       "entro un obiettivo) per mostrare la coda lenta."},
)

quiz = Quiz(id="03.quiz", title={"en": "Check your understanding", "it": "Verifica la tua comprensione"},
            questions=[quiz1, quiz2, quiz3, quiz4])
