"""Questions of notebook 05, "Sticky content: what people share".

Data: ``posts`` (share rate by arousal, format and platform; the best posting hour) and ``ab_test`` (a two-variant
test of one summer post). Expected answers are computed from the data at the first check, never at import.

>>> q1.kind, q2.kind, q3.kind, q4.kind, q5.kind
('value', 'choice', 'classify', 'choice', 'value')
>>> [q.id for q in quiz.questions]
['05.quiz1', '05.quiz2', '05.quiz3']
"""

from __future__ import annotations

import functools

import pandas as pd

from smm_course.exercises.kinds import ChoiceQuestion, ClassifyQuestion, Mistake, Quiz, ValueQuestion
from smm_course.exercises.matchers import near
from smm_course.i18n import FromData

NOTEBOOK_TITLE = {"en": "Sticky content", "it": "Contenuti «appiccicosi» (sticky content)"}


def _posts() -> pd.DataFrame:
    from smm_course import data

    return data.load("posts")




def _join(names: list[str], last_word: str) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {last_word} {names[-1]}"


# -- q1: share rate by arousal ----------------------------------------------------------------------------------
@functools.lru_cache(maxsize=None)
def _pooled_by(column: str, numerator: str = "shares", denominator: str = "impressions") -> pd.Series:
    posts = _posts()
    totals = posts.groupby(column, observed=True)[[numerator, denominator]].sum()
    return totals[numerator] / totals[denominator]


@functools.lru_cache(maxsize=None)
def _mean_of_rates_by(column: str) -> pd.Series:
    posts = _posts()
    return (posts["shares"] / posts["impressions"]).groupby(posts[column], observed=True).mean()


@functools.lru_cache(maxsize=None)
def _shares_per_post_by(column: str) -> pd.Series:
    posts = _posts()
    return posts.groupby(column, observed=True)["shares"].mean()


q1 = ValueQuestion(
    id="05.q1",
    title={"en": "Share rate by arousal", "it": "Tasso di condivisione per attivazione"},
    expected=lambda: _pooled_by("arousal"),
    precision=4,  # share rates are a few per thousand: 0.0042
    ordered=False,
    variable="share_rate_by_arousal",
    hints=[
        {"en": "Group the posts by the `arousal` column, and add up `shares` and `impressions` in each group.",
         "it": "Raggruppa i post per la colonna `arousal` e somma `shares` e `impressions` in ogni gruppo."},
        {"en": "`posts.groupby(\"arousal\", observed=True)[[\"shares\", \"impressions\"]].sum()` gives one row per "
               "arousal level with the two totals.",
         "it": "`posts.groupby(\"arousal\", observed=True)[[\"shares\", \"impressions\"]].sum()` dà una riga per "
               "livello di attivazione con i due totali."},
        {"en": "Divide the two columns of that table: `totals[\"shares\"] / totals[\"impressions\"]`.",
         "it": "Dividi le due colonne di quella tabella: `totals[\"shares\"] / totals[\"impressions\"]`."},
    ],
    solution=('totals = posts.groupby("arousal", observed=True)[["shares", "impressions"]].sum()\n'
              'share_rate_by_arousal = totals["shares"] / totals["impressions"]'),
    explanation={
        "en": "High-arousal posts (awe, amusement, anger, anxiety) are shared more per impression than low-arousal "
              "ones (contentment, sadness) and than neutral ones, as Berger and Milkman found for news articles and "
              "Berger in the lab.",
        "it": "I post ad alta attivazione (meraviglia, divertimento, rabbia, ansia) sono condivisi di più per "
              "impressione di quelli a bassa attivazione (appagamento, tristezza) e di quelli neutri, come avevano "
              "trovato Berger e Milkman per gli articoli di giornale e Berger in laboratorio.",
    },
    mistakes=[
        Mistake(lambda: _mean_of_rates_by("arousal"),
                {"en": "That is the mean of each post's own rate, where every post counts once. The question asks "
                       "for the pooled rate: add up the shares and the impressions first, then divide.",
                 "it": "Questa è la media dei tassi dei singoli post, dove ogni post conta una volta. La domanda "
                       "chiede il tasso aggregato: prima somma condivisioni e impressioni, poi dividi."}),
        Mistake(lambda: _pooled_by("arousal", denominator="reach"),
                {"en": "You divided by reach. The course's share rate (virality rate) divides by impressions.",
                 "it": "Hai diviso per la copertura (`reach`). Il tasso di condivisione del corso (il tasso di "
                       "viralità, condivisioni / impressioni) divide per le impressioni."}),
        Mistake(lambda: _shares_per_post_by("arousal"),
                {"en": "Those are shares per post, not a rate. Divide the total shares by the total impressions.",
                 "it": "Queste sono condivisioni per post, non un tasso. Dividi le condivisioni totali per le "
                       "impressioni totali."}),
        Mistake(lambda: _pooled_by("emotion"),
                {"en": "That is the rate by emotion. Group by the `arousal` column instead.",
                 "it": "Questo è il tasso per emozione. Raggruppa invece per la colonna `arousal`."}),
    ],
)


# -- q2: why link posts look the most shared ----------------------------------------------------------------------
q2 = ChoiceQuestion(
    id="05.q2",
    title={"en": "Do links travel best?", "it": "I link viaggiano meglio?"},
    prompt={
        "en": "Pooled over all posts, link and text posts have the highest share rates. Should Nuvola post links "
              "on Instagram to be shared more?",
        "it": "Aggregando tutti i post, i post con link e di solo testo hanno i tassi di condivisione più alti. "
              "Nuvola dovrebbe pubblicare link su Instagram per essere condivisa di più?",
    },
    options={
        "yes_everywhere": {"en": "Yes: links are the most shared format, so they will be on Instagram too.",
                           "it": "Sì: i link sono il formato più condiviso, quindi lo saranno anche su Instagram."},
        "platform_mix": {"en": "No: link and text posts appear only on Facebook, X and LinkedIn, where posts of "
                               "every format are shared far more than on Instagram. The platform lifts them: within "
                               "each platform, links are never the most shared format.",
                         "it": "No: i post con link e di testo compaiono solo su Facebook, X e LinkedIn, dove i post "
                               "di ogni formato sono condivisi molto più che su Instagram. È la piattaforma a farli "
                               "salire: dentro ogni piattaforma, i link non sono mai il formato più condiviso."},
        "too_small": {"en": "No: the differences between formats are too small to matter.",
                      "it": "No: le differenze tra i formati sono troppo piccole per contare."},
        "paid_links": {"en": "Yes, but only as paid posts, which are shared more.",
                       "it": "Sì, ma solo come post sponsorizzati, che sono condivisi di più."},
    },
    answer="platform_mix",
    feedback={
        "yes_everywhere": {"en": "Look at Instagram's row: its link cell is empty, because Instagram has no link "
                                 "posts at all, so the data say nothing about links there. Then compare the formats "
                                 "inside each row.",
                           "it": "Guarda la riga di Instagram: la cella dei link è vuota, perché Instagram non ha "
                                 "nessun post con link, quindi i dati non indicano nulla sui link lì. Poi confronta i "
                                 "formati dentro ogni riga."},
        "too_small": {"en": "The gaps are not small: pooled, link posts are shared far more often per impression "
                            "than images. The question is why.",
                      "it": "Le differenze non sono piccole: aggregando, i post con link sono condivisi molto più "
                            "spesso per impressione delle immagini. La domanda è perché."},
        "paid_links": {"en": "Nothing in these tables is about paid posts, and paid posts are in fact shared less per "
                             "impression than organic ones, not more. Look instead at where link posts are "
                             "published.",
                       "it": "Nulla in queste tabelle riguarda i post sponsorizzati, e in realtà i post sponsorizzati "
                             "sono condivisi meno per impressione di quelli organici, non di più. Guarda invece dove "
                             "vengono pubblicati i post con link."},
    },
    hints=[
        {"en": "In the table by platform, on which platforms (rows) do link and text posts appear? An empty cell "
               "means no posts of that format.",
         "it": "Nella tabella per piattaforma, su quali piattaforme (righe) compaiono i post con link e di testo? Una "
               "cella vuota vuol dire nessun post di quel formato."},
        {"en": "Now read the table one row (one platform) at a time. How does Instagram's row compare with the "
               "others? And within a row, do links stand out the way they do pooled?",
         "it": "Ora leggi la tabella una riga (una piattaforma) alla volta. Com'è la riga di Instagram rispetto alle "
               "altre? E dentro una riga, i link spiccano come nell'aggregato?"},
    ],
    explanation=FromData(lambda: _platform_mix_explanation()),
)


def _platform_mix_explanation() -> dict:
    posts = _posts()
    impressions = posts.groupby("platform", observed=True)["impressions"].sum()
    share = impressions / impressions.sum()
    rate = posts.groupby("platform", observed=True)["shares"].sum() / impressions
    lowest = rate.idxmin()
    with_words = sorted(set(posts.loc[posts["format"].isin(["link", "text"]), "platform"].astype(str)),
                        key=list(share.index).index)
    without = [p for p in share.index if p not in with_words]
    share_without = share[without].sum()
    return {
        "en": f"The platform is a confounder: a third variable that drives both things you compare. "
              f"{_join(without, 'and')} carry {share_without:.0%} of all impressions and have no link or text posts; "
              f"{lowest} alone carries {share[lowest]:.0%} and has by far the lowest share rate. Its images, videos "
              f"and carousels pull those formats' pooled rates down, while link and text posts live only on "
              f"{_join(with_words, 'and')}. Compare formats within one platform.",
        "it": f"La piattaforma è un fattore confondente: una terza variabile che influenza entrambe le cose che "
              f"confronti. {_join(without, 'e')} hanno il {share_without:.0%} di tutte le impressioni e nessun post "
              f"con link o di testo; il {share[lowest]:.0%} va a {lowest}, che ha il tasso di condivisione di gran "
              f"lunga più basso. Le sue immagini, i suoi video e i suoi caroselli abbassano il tasso aggregato di "
              f"quei formati, mentre i post con link e di testo vivono solo su {_join(with_words, 'e')}. Confronta "
              f"i formati dentro una piattaforma.",
    }


# -- q3: STEPPS ---------------------------------------------------------------------------------------------------
_STEPPS_LOCALIZED = [
    {"en": "Social currency", "it": "Moneta sociale"},
    {"en": "Triggers", "it": "Inneschi"},
    {"en": "Emotion", "it": "Emozione"},
    {"en": "Public", "it": "Visibilità pubblica"},
    {"en": "Practical value", "it": "Valore pratico"},
    {"en": "Stories", "it": "Storie"},
]
_ITEMS = {
    "Secret menu: 3 Nuvola mixes only our fans know": "Social currency",
    "Only 500 numbered bottles of Nuvola Riserva": "Social currency",
    "4 pm slump? That's Nuvola o'clock": "Triggers",
    "Hot day ahead? Every heatwave is a Nuvola day": "Triggers",
    "Video: a 90-year-old sees the sea for the first time": "Emotion",
    "Bright orange cans you can spot across the beach": "Public",
    "5 mocktails you can make in 2 minutes": "Practical value",
    "How grandma's lemon recipe became Nuvola Limone": "Stories",
}

q3 = ClassifyQuestion(
    id="05.q3",
    title={"en": "Why would people share it? (STEPPS)", "it": "Perché lo condividerebbero? (STEPPS)"},
    prompt={
        "en": "Place each Nuvola post under the STEPPS principle that makes it most shareable.",
        "it": "Metti ogni post di Nuvola sotto il principio STEPPS che lo rende più condivisibile.",
    },
    categories=_STEPPS_LOCALIZED,
    items=_ITEMS,
    item_labels={
        "Secret menu: 3 Nuvola mixes only our fans know": {
            "it": "Menu segreto: 3 mix di Nuvola che conoscono solo i nostri fan"},
        "Only 500 numbered bottles of Nuvola Riserva": {"it": "Solo 500 bottiglie numerate di Nuvola Riserva"},
        "4 pm slump? That's Nuvola o'clock": {"it": "Calo delle 16? È l'ora di Nuvola"},
        "Hot day ahead? Every heatwave is a Nuvola day": {
            "it": "Giornata calda in arrivo? Ogni ondata di caldo è un giorno da Nuvola"},
        "Video: a 90-year-old sees the sea for the first time": {
            "it": "Video: una persona di 90 anni vede il mare per la prima volta"},
        "Bright orange cans you can spot across the beach": {
            "it": "Lattine arancioni brillanti che si vedono da un capo all'altro della spiaggia"},
        "5 mocktails you can make in 2 minutes": {"it": "5 mocktail da preparare in 2 minuti"},
        "How grandma's lemon recipe became Nuvola Limone": {
            "it": "Come la ricetta al limone della nonna è diventata Nuvola Limone"},
    },
    feedback={
        ("How grandma's lemon recipe became Nuvola Limone", "Emotion"): {
            "en": "The grandma post may move people, but what carries the brand is the narrative: the product sits "
                  "inside a tale people retell.",
            "it": "Il post della nonna può commuovere, ma ciò che porta con sé il marchio è il racconto: il prodotto "
                  "sta dentro una vicenda che la gente racconta a sua volta."},
        ("4 pm slump? That's Nuvola o'clock", "Emotion"): {
            "en": "The 4 pm post works because something in daily life (the clock) reminds people of Nuvola every day.",
            "it": "Il post delle 16 funziona perché qualcosa della vita di tutti i giorni (l'orologio) ricorda "
                  "Nuvola ogni giorno."},
        ("Hot day ahead? Every heatwave is a Nuvola day", "Emotion"): {
            "en": "The heatwave post ties Nuvola to a cue in the environment: each hot day brings the brand to mind.",
            "it": "Il post dell'ondata di caldo lega Nuvola a un segnale dell'ambiente: ogni giornata calda fa "
                  "venire in mente il marchio."},
        ("Bright orange cans you can spot across the beach", "Social currency"): {
            "en": "The orange cans are about being seen: a product people can see others use spreads by imitation.",
            "it": "Le lattine arancioni servono a farsi vedere: un prodotto che si vede usare dagli altri si "
                  "diffonde per imitazione."},
        ("Secret menu: 3 Nuvola mixes only our fans know", "Practical value"): {
            "en": "The secret menu may be useful, but its pull is that knowing it makes the sharer look like an "
                  "insider.",
            "it": "Il menu segreto può essere utile, ma la sua forza è che conoscerlo fa sembrare chi lo condivide "
                  "uno che sa le cose."},
        ("5 mocktails you can make in 2 minutes", "Social currency"): {
            "en": "People pass on the mocktail list mainly because it helps their friends: useful tips travel.",
            "it": "La gente passa la lista dei mocktail soprattutto perché aiuta gli amici: i consigli utili "
                  "viaggiano."},
    },
    hints=[
        {"en": "Ask of each post: why would someone pass it on? To look good, because something reminded them, "
               "because it moved them, because everyone can see it, because it helps, or because it is a tale?",
         "it": "Chiediti per ogni post: perché qualcuno lo passerebbe ad altri? Per fare bella figura, perché "
               "qualcosa glielo ha ricordato, perché li ha emozionati, perché tutti lo vedono, perché è utile, o "
               "perché è un racconto?"},
        {"en": "Two posts use scarcity or insider knowledge (social currency), and two tie Nuvola to a cue in daily "
               "life (triggers). Every other principle has one post.",
         "it": "Due post usano scarsità o conoscenze da intenditori (moneta sociale), e due legano Nuvola a un "
               "segnale della vita quotidiana (inneschi). Ogni altro principio ha un post."},
    ],
    explanation={
        "en": "STEPPS (Berger, Contagious, 2013): Social currency (sharing makes me look good), Triggers (cues that "
              "bring the brand to mind), Emotion (high-arousal feelings), Public (visible use), Practical value "
              "(useful to others) and Stories (a tale that carries the brand).",
        "it": "STEPPS (Berger, Contagious, 2013): moneta sociale (condividere mi fa fare bella figura), inneschi "
              "(segnali che fanno venire in mente il marchio), emozione (sentimenti ad alta attivazione), "
              "visibilità pubblica (uso visibile), valore pratico (utile agli altri) e storie (un racconto che "
              "porta con sé il marchio).",
    },
)


# -- q4: the A/B decision -----------------------------------------------------------------------------------------
q4 = ChoiceQuestion(
    id="05.q4",
    title={"en": "What does the A/B test say?", "it": "Che cosa indica il test A/B?"},
    prompt={
        "en": "Read the two test results above. Which conclusion does the test support?",
        "it": "Leggi i due risultati del test qui sopra. Quale conclusione sostiene il test?",
    },
    options={
        "b_both": {"en": "B wins on shares and on clicks: use B for everything.",
                   "it": "B vince sia sulle condivisioni sia sui clic: usa B per tutto."},
        "b_shares": {"en": "B raises the share rate; on clicks the test cannot tell A and B apart.",
                     "it": "B alza il tasso di condivisione; sui clic il test non distingue A da B."},
        "same_clicks": {"en": "B raises shares, and the test proves that A and B get exactly the same clicks.",
                        "it": "B alza le condivisioni, e il test dimostra che A e B hanno esattamente gli stessi "
                              "clic."},
        "nothing": {"en": "Nothing: two weeks of data are too few to conclude anything.",
                    "it": "Nulla: due settimane di dati sono troppo poche per concludere qualcosa."},
    },
    answer="b_shares",
    feedback={
        "b_both": {"en": "Not on clicks: B's click-through rate is not higher than A's, and its interval runs from "
                         "below zero to above zero. The data cannot say which variant gets more clicks.",
                   "it": "Non sui clic: il tasso di clic di B non è più alto di quello di A, e il suo intervallo va da "
                         "sotto lo zero a sopra lo zero. I dati non possono dire quale variante ottiene più clic."},
        "same_clicks": {"en": "'Not significant' does not prove 'the same'. The interval for clicks is wide: the "
                              "true difference could be several percent either way.",
                        "it": "«Non significativo» non dimostra «uguale». L'intervallo per i clic è ampio: la "
                              "differenza vera potrebbe essere di qualche punto percentuale in un senso o nell'altro."},
        "nothing": {"en": "The share result is clear: its whole interval is above zero and the p-value is far below "
                          "0.05. Enough data for that question.",
                    "it": "Il risultato sulle condivisioni è chiaro: tutto il suo intervallo è sopra lo zero e il "
                          "valore p è molto sotto 0,05. Dati sufficienti per quella domanda."},
    },
    hints=[
        {"en": "Read each result's confidence interval for the lift. Does it include 0?",
         "it": "Leggi l'intervallo di confidenza dell'incremento di ogni risultato. Contiene lo 0?"},
        {"en": "An interval that includes 0 means the data fit 'B is better', 'no difference' and 'B is worse' "
               "alike.",
         "it": "Un intervallo che contiene lo 0 vuol dire che i dati sono compatibili sia con «B è meglio», sia con "
               "«nessuna differenza», sia con «B è peggio»."},
    ],
    explanation={
        "en": "On shares, B's lift is significant and its whole interval is above zero. On clicks, the interval "
              "spans zero: the test cannot tell A and B apart, which is not the same as proving them equal.",
        "it": "Sulle condivisioni l'incremento (lift) di B è significativo e tutto il suo intervallo è sopra lo zero. "
              "Sui clic l'intervallo contiene lo zero: il test non distingue A da B, che non è come dimostrare che sono "
              "uguali.",
    },
)


# -- q5: the best hour on LinkedIn --------------------------------------------------------------------------------
@functools.lru_cache(maxsize=None)
def _linkedin_hours() -> pd.DataFrame:
    posts = _posts()
    linkedin = posts[(posts["platform"] == "LinkedIn") & ~posts["paid"]]
    engagements = linkedin["likes"] + linkedin["comments"] + linkedin["shares"] + linkedin["clicks"]
    frame = pd.DataFrame({"hour": linkedin["posted_at"].dt.hour, "engagements": engagements,
                          "reach": linkedin["reach"]})
    table = frame.groupby("hour")[["engagements", "reach"]].sum()
    table["rate"] = table["engagements"] / table["reach"]
    return table


def _best_hour() -> int:
    return int(_linkedin_hours()["rate"].idxmax())


def _all_platforms_best_hour() -> int:
    posts = _posts()
    organic = posts[~posts["paid"]]
    engagements = organic["likes"] + organic["comments"] + organic["shares"] + organic["clicks"]
    sums = pd.DataFrame({"e": engagements, "r": organic["reach"]}).groupby(organic["posted_at"].dt.hour).sum()
    return int((sums["e"] / sums["r"]).idxmax())


q5 = ValueQuestion(
    id="05.q5",
    title={"en": "LinkedIn's best hour", "it": "L'ora migliore su LinkedIn"},
    expected=_best_hour,
    precision="exact",
    variable="best_hour_linkedin",
    hints=[
        {"en": "Compute it from the posts, hour by hour: the explorer smooths each hour with its neighbours, so "
               "its planned hour can differ. Group `linkedin` by its `hour` column and add up `engagements` and "
               "`reach` in each hour.",
         "it": "Calcolala dai post, ora per ora: l'explorer media ogni ora con le vicine, quindi la sua ora "
               "pianificata può essere diversa. Raggruppa `linkedin` per la colonna `hour` e somma `engagements` "
               "e `reach` in ogni ora."},
        {"en": "Divide the two totals to get one rate per hour. Which hour has the largest?",
         "it": "Dividi i due totali per avere un tasso per ora. Quale ora ha il tasso più alto?"},
        {"en": "`.idxmax()` gives the label (here, the hour) of the largest value of a Series.",
         "it": "`.idxmax()` dà l'etichetta (qui, l'ora) del valore più grande di una Series."},
    ],
    solution=('by_hour = linkedin.groupby("hour")[["engagements", "reach"]].sum()\n'
              'best_hour_linkedin = (by_hour["engagements"] / by_hour["reach"]).idxmax()'),
    explanation={
        "en": "LinkedIn's audience engages most early in the working day. Each platform has its own best hours: "
              "compare the heatmaps.",
        "it": "Il pubblico di LinkedIn interagisce di più all'inizio della giornata lavorativa. Ogni piattaforma ha "
              "le sue ore migliori: confronta le mappe di calore.",
    },
    mistakes=[
        Mistake(near(lambda: _linkedin_hours()["rate"].max(), rtol=1e-3),
                {"en": "That is the best rate, not the hour. `.idxmax()` gives the hour where the rate is highest; "
                       "`.max()` gives the rate itself.",
                 "it": "Questo è il tasso migliore, non l'ora. `.idxmax()` dà l'ora in cui il tasso è più alto; "
                       "`.max()` dà il tasso stesso."}),
        Mistake(lambda a: isinstance(a, pd.Series) and len(a) > 1,
                {"en": "You have one value per hour. Now pick the hour with the highest rate: `.idxmax()`.",
                 "it": "Hai un valore per ogni ora. Ora scegli l'ora con il tasso più alto: `.idxmax()`."}),
        # In the course data the hour with the most posts is also the one with the most engagements, and the mean
        # of per-post rates peaks at the right hour: only the engagements total is a separate, reachable mistake.
        Mistake(lambda: int(_linkedin_hours()["engagements"].idxmax()),
                {"en": "That is the hour with the most engagements in total. An hour with more posts, or with posts "
                       "that reach more people, collects more of everything. Divide engagements by reach to compare "
                       "hours fairly.",
                 "it": "Questa è l'ora con più interazioni in totale. Un'ora con più post, o con post che "
                       "raggiungono più persone, raccoglie di più di tutto. Dividi le interazioni per la copertura "
                       "per confrontare le ore in modo equo."}),
        Mistake(_all_platforms_best_hour,
                {"en": "That is the best hour of all platforms together. Use only the `linkedin` table.",
                 "it": "Questa è l'ora migliore di tutte le piattaforme insieme. Usa solo la tabella `linkedin`."}),
    ],
)


# -- check your understanding -------------------------------------------------------------------------------------
quiz1 = ChoiceQuestion(
    id="05.quiz1",
    title={"en": "Sticky content", "it": "Contenuti «appiccicosi»"},
    prompt={"en": "In the source article, what makes content 'sticky'?",
            "it": "Nell'articolo di riferimento, che cosa rende «appiccicoso» un contenuto?"},
    options={
        "likes": {"en": "It collects many likes.", "it": "Raccoglie molti «mi piace»."},
        "journey": {"en": "It engages people at first sight, moves them to buy, and then to share it.",
                    "it": "Coinvolge le persone a prima vista, le spinge ad acquistare e poi a condividerlo."},
        "pinned": {"en": "It stays pinned at the top of the brand's page.",
                   "it": "Resta fissato in cima alla pagina del marchio."},
        "paid": {"en": "It is boosted with a paid budget so it stays in feeds longer.",
                 "it": "È sponsorizzato, così resta più a lungo nei feed."},
    },
    answer="journey",
    feedback={
        "likes": {"en": "Likes are only the first step. Sticky content also moves people to buy and to share.",
                  "it": "I «mi piace» sono solo il primo passo. Un contenuto «appiccicoso» spinge anche ad acquistare "
                        "e a condividere."},
        "pinned": {"en": "'Sticky' is about what the content does to people, not where it sits on the page.",
                   "it": "«Appiccicoso» riguarda l'effetto del contenuto sulle persone, non dove sta nella pagina."},
        "paid": {"en": "Paying buys reach, not stickiness; the shares of sticky content are earned.",
                 "it": "Pagare compra copertura, non «appiccicosità»; le condivisioni di un contenuto «appiccicoso» "
                       "sono earned media (media guadagnati)."},
    },
    hints=[{"en": "The article describes what sticky content does to people, step by step.",
            "it": "L'articolo descrive, passo dopo passo, che cosa fa alle persone un contenuto «appiccicoso»."},
           {"en": "Three steps: people see it, they buy, and then they share it.",
            "it": "Tre passi: le persone lo vedono, acquistano e poi lo condividono."}],
    explanation={"en": "Sticky content (contenuti appiccicosi) engages at first sight, leads to a purchase, and "
                       "then gets shared.",
                 "it": "I contenuti «appiccicosi» coinvolgono a prima vista, portano a un acquisto e poi vengono "
                       "condivisi."},
)

quiz2 = ChoiceQuestion(
    id="05.quiz2",
    title={"en": "Why shares matter", "it": "Perché le condivisioni contano"},
    prompt={"en": "Why is a share worth more to a brand than one more impression of its ad?",
            "it": "Perché, per un marchio, una condivisione vale più di un'impressione in più delle sue inserzioni?"},
    options={
        "endorsement": {"en": "It reaches people the brand could not reach, with the implicit endorsement of "
                              "someone they know and trust.",
                        "it": "Raggiunge persone che il marchio non potrebbe raggiungere, con l'approvazione "
                              "implicita di qualcuno che conoscono e di cui si fidano."},
        "algorithm": {"en": "Platforms count a share as ten impressions.",
                      "it": "Le piattaforme contano una condivisione come dieci impressioni."},
        "cheaper_ads": {"en": "Shared posts make the brand's ads cheaper on every platform.",
                        "it": "I post condivisi rendono più economiche le pubblicità del marchio su ogni "
                              "piattaforma."},
    },
    answer="endorsement",
    feedback={
        "algorithm": {"en": "No platform counts it that way. The value is in who sees it and from whom.",
                      "it": "Nessuna piattaforma la conta così. Il valore sta in chi la vede e da chi arriva."},
        "cheaper_ads": {"en": "That is not the reason the article gives. Think of who receives the share, and "
                              "from whom.",
                        "it": "Non è il motivo che dà l'articolo. Pensa a chi riceve la condivisione, e da chi."},
    },
    hints=[{"en": "Think of a friend who forwards you a post. What changes compared with an ad?",
            "it": "Pensa a un amico che ti inoltra un post. Che cosa cambia rispetto a una pubblicità?"},
           {"en": "Two things change: who can see it (the friend's followers), and whom it comes from.",
            "it": "Cambiano due cose: chi può vederlo (i follower dell'amico) e da chi arriva."}],
    explanation={"en": "Word of mouth reaches audiences that are otherwise out of reach, and carries the trust "
                       "the receiver has in the sender.",
                 "it": "Il passaparola raggiunge un pubblico altrimenti irraggiungibile e porta con sé la fiducia "
                       "di chi riceve verso chi invia."},
)

quiz3 = ChoiceQuestion(
    id="05.quiz3",
    title={"en": "Not significant", "it": "Non significativo"},
    prompt={"en": "An A/B test finds a lift in clicks with a p-value of 0.6 and a 95% interval from -8% to +9%. "
                  "What can you say?",
            "it": "Un test A/B trova un incremento nei clic con p = 0,6 e intervallo al 95% da −8% a +9%. Che cosa "
                  "puoi dire?"},
    options={
        "equal": {"en": "A and B get the same clicks.", "it": "A e B ottengono gli stessi clic."},
        "unknown": {"en": "The data cannot tell which gets more clicks; the true lift could be anywhere from about "
                          "-8% to +9%.",
                    "it": "I dati non indicano quale ottiene più clic; l'incremento vero potrebbe essere tra circa −8% "
                          "e +9%."},
        "b_worse": {"en": "B is worse, because the interval starts below zero.",
                    "it": "B è peggio, perché l'intervallo comincia sotto lo zero."},
    },
    answer="unknown",
    feedback={
        "equal": {"en": "Absence of evidence is not evidence of absence: the interval allows real differences.",
                  "it": "L'assenza di prove non è prova di assenza: l'intervallo ammette differenze reali."},
        "b_worse": {"en": "The interval also reaches well above zero. It fits B worse, B equal and B better.",
                    "it": "L'intervallo arriva anche ben sopra lo zero. È compatibile con B peggio, uguale e "
                          "meglio."},
    },
    hints=[{"en": "Which lifts does the interval contain?", "it": "Quali incrementi contiene l'intervallo?"},
           {"en": "It contains negative lifts, zero and positive lifts: all of them fit the data.",
            "it": "Contiene incrementi negativi, lo zero e incrementi positivi: tutti sono compatibili con i dati."}],
    explanation={"en": "A wide interval around zero means 'we don't know yet', not 'no effect'. A longer test "
                       "would narrow it.",
                 "it": "Un intervallo ampio intorno allo zero vuol dire «non lo sappiamo ancora», non «nessun "
                       "effetto». Un test più lungo lo restringerebbe."},
)

quiz = Quiz(id="05.quiz", title={"en": "Check your understanding", "it": "Verifica la tua comprensione"},
            questions=[quiz1, quiz2, quiz3])
