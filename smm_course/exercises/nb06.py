"""Questions of notebook 06, "Earned media: reviews, mentions, share of voice".

Data: ``mentions`` (share of voice; VADER's labels against the human ones). Expected answers are computed from the
data at the first check, never at import.

>>> q1.kind, q2.kind, q3.kind, q4.kind
('classify', 'value', 'value', 'choice')
>>> [q.id for q in quiz.questions]
['06.quiz1', '06.quiz2', '06.quiz3']
"""

from __future__ import annotations

import functools

import pandas as pd

from smm_course.exercises.kinds import ChoiceQuestion, ClassifyQuestion, Mistake, Quiz, ValueQuestion
from smm_course.i18n import FromData

NOTEBOOK_TITLE = {"en": "Earned media", "it": "Earned media (media guadagnati)"}

def _mentions() -> pd.DataFrame:
    from smm_course import data

    return data.load("mentions")


# -- q1: paid, owned or earned ------------------------------------------------------------------------------------
_MEDIA = [{"en": "paid", "it": "paid media (a pagamento)"}, {"en": "owned", "it": "owned media (di proprietà)"},
          {"en": "earned", "it": "earned media (guadagnati)"}]
_EXAMPLES = {
    "A sponsored Nuvola post in Instagram feeds": "paid",
    "An influencer's video that Nuvola paid for (#ad)": "paid",
    "A Google search ad for 'sparkling lemon drink'": "paid",
    "Nuvola's own TikTok account and its videos": "owned",
    "The product pages of the Nuvola online shop": "owned",
    "A 5-star customer review on Amazon": "earned",
    "A fan reposts Nuvola's summer video to her followers": "earned",
    "A food blogger recommends Nuvola, unprompted": "earned",
    "A news article about Nuvola's new bottling line": "earned",
}

q1 = ClassifyQuestion(
    id="06.q1",
    title={"en": "Paid, owned or earned?", "it": "Paid, owned o earned media?"},
    prompt={
        "en": "Place each piece of Nuvola's exposure in its kind of media.",
        "it": "Metti ogni forma di esposizione di Nuvola nel suo tipo di media.",
    },
    categories=_MEDIA,
    items=_EXAMPLES,
    item_labels={
        "A sponsored Nuvola post in Instagram feeds": {"it": "Un post sponsorizzato di Nuvola nei feed di Instagram"},
        "An influencer's video that Nuvola paid for (#ad)": {"it": "Il video di un influencer pagato da Nuvola (#ad)"},
        "A Google search ad for 'sparkling lemon drink'": {
            "it": "Un annuncio nella ricerca Google per «bibita frizzante al limone»"},
        "Nuvola's own TikTok account and its videos": {"it": "L'account TikTok di Nuvola e i suoi video"},
        "The product pages of the Nuvola online shop": {"it": "Le pagine dei prodotti del negozio online di Nuvola"},
        "A 5-star customer review on Amazon": {"it": "Una recensione a 5 stelle di un cliente su Amazon"},
        "A fan reposts Nuvola's summer video to her followers": {
            "it": "Una fan ripubblica il video estivo di Nuvola per i suoi follower"},
        "A food blogger recommends Nuvola, unprompted": {
            "it": "Un food blogger consiglia Nuvola, senza che nessuno glielo chieda"},
        "A news article about Nuvola's new bottling line": {
            "it": "Un articolo di giornale sulla nuova linea di imbottigliamento di Nuvola"},
    },
    feedback={
        ("An influencer's video that Nuvola paid for (#ad)", "earned"): {
            "en": "The influencer's words are not Nuvola's, but Nuvola paid for them: that makes it paid media, and "
                  "it must carry #ad.",
            "it": "Le parole dell'influencer non sono di Nuvola, ma Nuvola le ha pagate: sono paid media e "
                  "vanno segnalate come pubblicità (#ad o #adv)."},
        ("A fan reposts Nuvola's summer video to her followers", "owned"): {
            "en": "The video is Nuvola's, but the repost is the fan's free choice, to the fan's followers: that "
                  "exposure is earned.",
            "it": "Il video è di Nuvola, ma la ripubblicazione è una scelta libera della fan, verso i suoi follower: "
                  "quella visibilità è earned media."},
        ("Nuvola's own TikTok account and its videos", "earned"): {
            "en": "Nuvola controls its own account and what it posts there: owned media, even when it is free.",
            "it": "Nuvola controlla il proprio account e ciò che vi pubblica: owned media, anche se gratuiti."},
        ("A news article about Nuvola's new bottling line", "owned"): {
            "en": "Nuvola may have sent a press release, but the newspaper decided to write and what to write: earned.",
            "it": "Nuvola può aver mandato un comunicato, ma il giornale ha deciso se e che cosa scrivere: earned "
                  "media."},
        ("A news article about Nuvola's new bottling line", "paid"): {
            "en": "Nobody paid the newspaper for the article (a paid one would be labelled as advertising): earned.",
            "it": "Nessuno ha pagato il giornale per l'articolo (uno pagato sarebbe indicato come pubblicità): "
                  "earned media."},
    },
    hints=[
        {"en": "Ask two questions of each item: did Nuvola pay for it? Does Nuvola control the channel?",
         "it": "Fai due domande per ogni voce: Nuvola ha pagato? Nuvola controlla il canale?"},
        {"en": "Paid: Nuvola pays for the space. Owned: Nuvola's own channels. Earned: others choose to talk about "
               "Nuvola, for free. Three items are paid and two are owned.",
         "it": "Paid: Nuvola paga lo spazio. Owned: i canali di Nuvola. Earned: altri scelgono di "
               "parlare di Nuvola, gratis. Tre voci sono paid media e due owned media."},
    ],
    explanation={
        "en": "Paid media is bought space (ads, sponsored posts, paid influencers). Owned media is the brand's own "
              "channels. Earned media (media guadagnati) is exposure others give the brand for free: reviews, "
              "recommendations, shares, reposts, mentions and news.",
        "it": "I paid media (media a pagamento) sono spazi comprati (pubblicità, post sponsorizzati, influencer "
              "pagati). Gli owned media (media di proprietà) sono i canali del marchio. Gli earned media (media "
              "guadagnati) sono la visibilità che altri danno al marchio gratis: recensioni, consigli, condivisioni, "
              "ripubblicazioni, menzioni e notizie.",
    },
)


# -- q2: Nuvola's share of voice in the crisis week ---------------------------------------------------------------


CRISIS_WEEK = ("2025-04-07", "2025-04-14")  # Monday 7 April up to, not including, Monday 14 April


def _in_week(start: str, end: str) -> pd.DataFrame:
    mentions = _mentions()
    return mentions[(mentions["posted_at"] >= start) & (mentions["posted_at"] < end)]


def _sov_between(start: str, end: str) -> float:
    return float((_in_week(start, end)["brand"] == "Nuvola").mean())


@functools.lru_cache(maxsize=None)
def _crisis_week_counts() -> pd.Series:
    return _in_week(*CRISIS_WEEK)["brand"].astype(str).value_counts()


def _year_sov() -> float:
    return float((_mentions()["brand"] == "Nuvola").mean())


def _april_sov() -> float:
    return _sov_between("2025-04-01", "2025-05-01")


def _crisis_week_negative_share() -> float:
    week = _in_week(*CRISIS_WEEK)
    own = week[week["brand"] == "Nuvola"]
    return float((own["sentiment"] == "negative").mean())


_OTHER_WEEK = {"en": "That is another week's share. The crisis week runs from Monday 7 April to Sunday 13 April: "
                     "use `crisis_week`.",
               "it": "Questa è la quota di un'altra settimana. La settimana della crisi va da lunedì 7 a domenica "
                     "13 aprile: usa `crisis_week`."}


def _is_brand_series(answer) -> bool:
    return isinstance(answer, (pd.Series, dict)) and "Nuvola" in (answer.index if isinstance(answer, pd.Series)
                                                                  else answer)


def _crisis_week_explanation() -> dict:
    week = _sov_between(*CRISIS_WEEK)
    before = _sov_between("2025-03-31", "2025-04-07")
    year = _year_sov()
    return {
        "en": f"Nuvola's share of voice jumped in the week of the false video: {week:.0%} of all the brands' "
              f"mentions, against {before:.0%} the week before and {year:.0%} over the year. Everyone was talking "
              f"about Nuvola, and much of it was complaints and questions about the video: a high share of voice "
              f"is not good news by itself.",
        "it": "La share of voice (SOV, la quota delle conversazioni) di Nuvola è balzata nella settimana del falso "
              f"video: il {week:.0%} delle menzioni di tutti i marchi, contro il {before:.0%} della settimana prima e "
              f"il {year:.0%} dell'anno. Tutti parlavano di Nuvola, e molte menzioni erano lamentele e domande sul "
              "video: una share of voice alta non è di per sé una buona notizia.",
    }


q2 = ValueQuestion(
    id="06.q2",
    title={"en": "Nuvola's share of voice in the crisis week",
           "it": "La share of voice di Nuvola nella settimana della crisi"},
    expected=lambda: _sov_between(*CRISIS_WEEK),
    precision=3,
    variable="nuvola_sov_crisis_week",
    hints=[
        {"en": "`crisis_week` already holds the week's mentions. Count its rows whose `brand` is Nuvola, and divide "
               "by the number of rows.",
         "it": "`crisis_week` contiene già le menzioni della settimana. Conta le sue righe in cui `brand` è Nuvola "
               "e dividi per il numero di righe."},
        {"en": "`(crisis_week[\"brand\"] == \"Nuvola\").mean()` does both at once: the mean of True/False is the "
               "share of True.",
         "it": "`(crisis_week[\"brand\"] == \"Nuvola\").mean()` fa le due cose insieme: la media di True/False è "
               "la quota di True."},
    ],
    solution='nuvola_sov_crisis_week = (crisis_week["brand"] == "Nuvola").sum() / len(crisis_week)',
    explanation=FromData(_crisis_week_explanation),
    mistakes=[
        Mistake(_year_sov,
                {"en": "That is Nuvola's share over the whole year. Use the crisis week's mentions, `crisis_week`.",
                 "it": "Questa è la quota di Nuvola su tutto l'anno. Usa le menzioni della settimana della crisi, "
                       "`crisis_week`."}),
        Mistake(lambda: _crisis_week_counts()["Nuvola"] / (_crisis_week_counts().sum()
                                                            - _crisis_week_counts()["Nuvola"]),
                {"en": "You divided by the competitors' mentions only. Share of voice divides by all the brands' "
                       "mentions, Nuvola's included.",
                 "it": "Hai diviso solo per le menzioni dei concorrenti. La share of voice divide per le menzioni di "
                       "tutti i marchi, comprese quelle di Nuvola."}),
        Mistake(lambda: int(_crisis_week_counts()["Nuvola"]),
                {"en": "That is the number of Nuvola's mentions that week. Divide it by all four brands' mentions "
                       "that week.",
                 "it": "Questo è il numero di menzioni di Nuvola in quella settimana. Dividilo per le menzioni di "
                       "tutti e quattro i marchi nella stessa settimana."}),
        Mistake(lambda: _sov_between("2025-03-31", "2025-04-07"), _OTHER_WEEK),
        Mistake(lambda: _sov_between("2025-04-14", "2025-04-21"), _OTHER_WEEK),
        Mistake(lambda: _sov_between("2025-04-07", "2025-04-13"),
                {"en": "Your week stops at midnight at the start of Sunday 13 April, so it misses that Sunday. Keep "
                       "the mentions before \"2025-04-14\", as `crisis_week` does.",
                 "it": "La tua settimana si ferma alla mezzanotte all'inizio di domenica 13 aprile, e perde quella "
                       "domenica. Tieni le menzioni prima di `\"2025-04-14\"`, come fa `crisis_week`."}),
        Mistake(_april_sov,
                {"en": "That is Nuvola's share over all of April. Keep only the crisis week: `crisis_week`.",
                 "it": "Questa è la quota di Nuvola su tutto aprile. Tieni solo la settimana della crisi: "
                       "`crisis_week`."}),
        Mistake(_crisis_week_negative_share,
                {"en": "That is the share of Nuvola's mentions that week that are negative. Share of voice compares "
                       "Nuvola's mentions with all brands' mentions.",
                 "it": "Questa è la quota di menzioni negative di Nuvola in quella settimana. La share of voice "
                       "confronta le menzioni di Nuvola con quelle di tutti i marchi."}),
        Mistake(_is_brand_series,
                {"en": "You have every brand's share. Take Nuvola's with `[\"Nuvola\"]`.",
                 "it": "Hai la quota di ogni marchio. Prendi quella di Nuvola con `[\"Nuvola\"]`."}),
    ],
)


# -- q3: VADER against the human labels ---------------------------------------------------------------------------
@functools.lru_cache(maxsize=None)
def _labels() -> pd.DataFrame:
    from smm_course import text

    mentions = _mentions()
    return pd.DataFrame({"human": mentions["sentiment"].astype(str),
                         "vader": text.sentiment(mentions["text"])["label"].astype(str),
                         "brand": mentions["brand"].astype(str)})


def _agreement() -> float:
    labels = _labels()
    return float((labels["human"] == labels["vader"]).mean())


def _balanced_agreement() -> float:
    labels = _labels()
    return float((labels["human"] == labels["vader"]).groupby(labels["human"]).mean().mean())


def _nuvola_agreement() -> float:
    labels = _labels()
    own = labels[labels["brand"] == "Nuvola"]
    return float((own["human"] == own["vader"]).mean())


q3 = ValueQuestion(
    id="06.q3",
    title={"en": "How often does VADER agree with people?", "it": "Quanto spesso VADER è d'accordo con le persone?"},
    expected=_agreement,
    precision=3,
    variable="agreement",
    hints=[
        {"en": "Compare the two columns row by row with `==`: you get True where they agree.",
         "it": "Confronta le due colonne riga per riga con `==`: ottieni True dove sono d'accordo."},
        {"en": "The mean of a True/False column is the share of True: add `.mean()`.",
         "it": "La media di una colonna True/False è la quota di True: aggiungi `.mean()`."},
    ],
    solution='agreement = (mentions["vader"] == mentions["sentiment"]).mean()',
    explanation=FromData(lambda: {
        "en": f"VADER agrees with the human labels on {_agreement():.0%} of the mentions. The misses are where a "
              f"word list fails: texts without feeling words, words with another meaning, slang, a negation after "
              f"the word it is about, sarcasm and some emoji.",
        "it": f"VADER è d'accordo con le etichette umane sul {_agreement():.0%} delle menzioni. Gli errori sono "
              f"dove una lista di parole sbaglia: testi senza parole di sentiment, parole con un altro "
              f"significato, gergo, una negazione dopo la parola a cui si riferisce, sarcasmo e alcune emoji.",
    }),
    mistakes=[
        Mistake(lambda: 1 - _agreement(),
                {"en": "That is the share where VADER and the people disagree. The question asks where they agree.",
                 "it": "Questa è la quota in cui VADER e le persone non sono d'accordo. La domanda chiede dove sono "
                       "d'accordo."}),
        Mistake(lambda: int(round(_agreement() * len(_labels()))),
                {"en": "That is the number of mentions where they agree. Divide by the number of mentions (or use "
                       "`.mean()`).",
                 "it": "Questo è il numero di menzioni in cui sono d'accordo. Dividi per il numero di menzioni (o "
                       "usa `.mean()`)."}),
        Mistake(_balanced_agreement,
                {"en": "That is the average of the three per-label agreement rates. The question asks for all "
                       "mentions together, each counting once.",
                 "it": "Questa è la media dei tre tassi di accordo per etichetta. La domanda chiede tutte le "
                       "menzioni insieme, ognuna contata una volta."}),
        Mistake(_nuvola_agreement,
                {"en": "That is the agreement on Nuvola's mentions only. Use all mentions.",
                 "it": "Questo è l'accordo solo sulle menzioni di Nuvola. Usa tutte le menzioni."}),
    ],
)


# -- q4: why VADER misreads a sarcastic mention ------------------------------------------------------------------
SARCASTIC_MENTION = "Love paying for fizzy water that lost its fizz. Amazing job Nuvola"

q4 = ChoiceQuestion(
    id="06.q4",
    title={"en": "Why does VADER get it wrong?", "it": "Perché VADER sbaglia?"},
    prompt={
        "en": f"VADER scores the mention \"{SARCASTIC_MENTION}\" as clearly positive. The person who labelled it "
              "said negative. Why does VADER get it wrong?",
        "it": f"VADER giudica la menzione «{SARCASTIC_MENTION}» chiaramente positiva. La persona che l'ha "
              "etichettata l'ha giudicata negativa. Perché VADER sbaglia?",
    },
    options={
        "sarcasm": {"en": "It adds up the feelings of known words: 'love' and 'amazing' are positive, and it cannot "
                          "tell they are meant ironically (sarcasm).",
                    "it": "Somma i punteggi di sentiment delle parole che conosce: «love» e «amazing» sono positive, e "
                          "non può capire che sono ironiche (sarcasmo)."},
        "negation": {"en": "It misses a negation such as 'not'.",
                     "it": "Non vede una negazione come «not»."},
        "emoji": {"en": "It misreads an emoji.", "it": "Legge male un'emoji."},
        "brand": {"en": "It does not know the brand name 'Nuvola'.", "it": "Non conosce il nome del marchio «Nuvola»."},
        "right": {"en": "It is right: the mention is positive.", "it": "Ha ragione: la menzione è positiva."},
    },
    answer="sarcasm",
    feedback={
        "negation": {"en": "There is no 'not' in this mention. VADER handles plain negation ('not good') well; look "
                           "at which positive words it finds.",
                     "it": "In questa menzione non c'è nessun «not». VADER gestisce bene la negazione semplice («not "
                           "good»); guarda quali parole positive trova."},
        "emoji": {"en": "This mention has no emoji. Look at the words.",
                  "it": "Questa menzione non ha emoji. Guarda le parole."},
        "brand": {"en": "Unknown words such as brand names count as neutral. The trouble is with words VADER does "
                        "know.",
                  "it": "Le parole sconosciute come i nomi dei marchi contano come neutre. Il problema sta nelle "
                        "parole che VADER conosce."},
        "right": {"en": "Read it again: a drink that lost its fizz is a complaint. 'Love' and 'amazing' are ironic.",
                  "it": "Rileggila: una bevanda che ha perso le bollicine è una lamentela. «Love» e «amazing» sono "
                        "ironiche."},
    },
    hints=[
        {"en": "Which words in the mention are positive on their own? Is the writer happy?",
         "it": "Quali parole della menzione sono positive da sole? Chi scrive è contento?"},
        {"en": "VADER scores words from a list, with a few rules for 'not', 'very', capitals and '!'. It has no rule "
               "for saying the opposite of what you mean.",
         "it": "VADER dà un punteggio alle parole di una lista, con poche regole per «not», «very», maiuscole e «!». "
               "Non ha regole per chi dice il contrario di ciò che intende."},
    ],
    explanation={
        "en": "Sarcasm uses positive words to complain. A lexicon scores the words, not the intent, so sarcastic "
              "complaints look positive. Check a sample of automatic labels by hand before you trust a dashboard.",
        "it": "Il sarcasmo usa parole positive per lamentarsi. Un lessico valuta le parole, non l'intenzione, quindi "
              "le lamentele sarcastiche sembrano positive. Controlla a mano un campione di etichette automatiche "
              "prima di fidarti di una dashboard.",
    },
)


# -- check your understanding -------------------------------------------------------------------------------------
quiz1 = ChoiceQuestion(
    id="06.quiz1",
    title={"en": "Why earned media counts", "it": "Perché gli earned media contano"},
    prompt={"en": "Why do people trust earned media more than paid media?",
            "it": "Perché le persone si fidano più degli earned media che dei paid media?"},
    options={
        "independent": {"en": "It comes from customers and other independent voices, not from the brand.",
                        "it": "Viene dai clienti e da altre voci indipendenti, non dal marchio."},
        "reach": {"en": "It always reaches more people than ads.",
                  "it": "Raggiunge sempre più persone della pubblicità."},
        "positive": {"en": "It is always positive.", "it": "È sempre positivo."},
    },
    answer="independent",
    feedback={
        "reach": {"en": "Not always: a paid campaign can reach far more people. The difference is who speaks.",
                  "it": "Non sempre: una campagna a pagamento può raggiungere molte più persone. La differenza è chi "
                        "parla."},
        "positive": {"en": "Earned media can be negative too, as the April crisis showed.",
                     "it": "Anche gli earned media possono essere negativi, come ha mostrato la crisi di aprile."},
    },
    hints=[{"en": "Who is speaking in a review, and who in an ad?",
            "it": "Chi parla in una recensione, e chi in una pubblicità?"},
           {"en": "An ad says what the brand wants said. A review says what a customer chose to say.",
            "it": "Una pubblicità dice ciò che il marchio vuole. Una recensione dice ciò che un cliente ha scelto "
                  "di dire."}],
    explanation={"en": "Earned media is exposure the brand did not pay for: others chose to talk about it. That is "
                       "why it carries trust, and why the course's source article calls SMM the most efficient way "
                       "to reap it.",
                 "it": "Gli earned media sono esposizione che il marchio non ha pagato: altri hanno scelto di "
                       "parlarne. Per questo portano fiducia, e per questo l'articolo chiama l'SMM il modo più "
                       "efficiente per raccoglierli."},
)

quiz2 = ChoiceQuestion(
    id="06.quiz2",
    title={"en": "More mentions, less voice", "it": "Più menzioni, meno share of voice"},
    prompt={"en": "This month Nuvola got 10% more mentions than last month, but its share of voice fell. How can "
                  "that be?",
            "it": "Questo mese Nuvola ha avuto il 10% di menzioni in più del mese scorso, ma la sua share of voice è "
                  "scesa. Com'è possibile?"},
    options={
        "competitors": {"en": "The competitors' mentions grew by more than 10%.",
                        "it": "Le menzioni dei concorrenti sono cresciute più del 10%."},
        "negative": {"en": "More of Nuvola's mentions were negative.",
                     "it": "Più menzioni di Nuvola erano negative."},
        "impossible": {"en": "It cannot be: more mentions always mean more share of voice.",
                       "it": "Non è possibile: più menzioni vogliono sempre dire più share of voice."},
    },
    answer="competitors",
    feedback={
        "negative": {"en": "Share of voice counts mentions whatever their sentiment; negative ones count the same.",
                     "it": "La share of voice conta le menzioni qualunque sia il loro sentiment; quelle negative "
                           "contano allo stesso modo."},
        "impossible": {"en": "Share of voice is a share: if the whole conversation grows faster than Nuvola's part, "
                             "Nuvola's share shrinks.",
                       "it": "La share of voice è una quota: se la conversazione intera cresce più in fretta della "
                             "parte di Nuvola, la quota di Nuvola si riduce."},
    },
    hints=[{"en": "Share of voice = Nuvola's mentions / all brands' mentions. What else can change?",
            "it": "Share of voice = menzioni di Nuvola / menzioni di tutti i marchi. Che cos'altro può cambiare?"},
           {"en": "The denominator holds the competitors' mentions too. What if they grew faster?",
            "it": "Il denominatore contiene anche le menzioni dei concorrenti. E se crescessero più in fretta?"}],
    explanation={"en": "Share of voice has the whole category in its denominator, so it tells you how you do against "
                       "the competitors, not only how loud you are.",
                 "it": "La share of voice ha tutta la categoria al denominatore, quindi indica come vai rispetto ai "
                       "concorrenti, non solo quanto si parla di te."},
)

quiz3 = ChoiceQuestion(
    id="06.quiz3",
    title={"en": "Two EMV reports", "it": "Due report sull'EMV"},
    prompt={"en": "Two agencies value the same year of Nuvola's mentions at €60k and at €400k. What is the most "
                  "likely reason?",
            "it": "Due agenzie stimano il valore delle stesse menzioni di Nuvola in un anno: una 60.000 €, l'altra "
                  "400.000 €. Qual è il motivo più probabile?"},
    options={
        "assumptions": {"en": "They assume different prices and different shares of followers who see a mention; "
                              "EMV has no agreed standard.",
                        "it": "Usano prezzi diversi e quote diverse di follower che vedono una menzione; l'EMV non "
                              "ha uno standard condiviso."},
        "error": {"en": "One of them made a calculation error.", "it": "Una delle due ha sbagliato un calcolo."},
        "data": {"en": "They must have counted different mentions.", "it": "Devono aver contato menzioni diverse."},
    },
    answer="assumptions",
    feedback={
        "error": {"en": "Not necessarily. With the explorer you can get both numbers from the same mentions by "
                        "moving the sliders.",
                  "it": "Non per forza. Con l'explorer puoi ottenere entrambi i numeri dalle stesse menzioni "
                        "muovendo i cursori."},
        "data": {"en": "The question says they used the same mentions. The prices and rates they multiply by differ.",
                 "it": "La domanda precisa che hanno usato le stesse menzioni. Cambiano i prezzi e i tassi per cui "
                       "moltiplicano."},
    },
    hints=[{"en": "Think of the sliders of the EMV explorer.", "it": "Pensa ai cursori dell'explorer dell'EMV."},
           {"en": "Moving the CPM and the share of followers who see a mention changes the total several-fold.",
            "it": "Muovere il CPM e la quota di follower che vedono una menzione cambia il totale di più volte."}],
    explanation={"en": "EMV is an estimate: counts times assumed prices. Always report the assumptions with the "
                       "number, or the number means little.",
                 "it": "L'EMV è una stima: conteggi per prezzi ipotizzati. Riporta sempre le ipotesi insieme al "
                       "numero, altrimenti il numero significa poco."},
)

quiz = Quiz(id="06.quiz", title={"en": "Check your understanding", "it": "Verifica la tua comprensione"},
            questions=[quiz1, quiz2, quiz3])
