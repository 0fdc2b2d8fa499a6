"""Questions of notebook 00, "Start here": a first value question and a first widget question.

Both use ``platform_audiences`` (Pew Research Center, 2024: the share of US adults who use each platform).

>>> q1.kind, q2.kind
('value', 'choice')
"""

from smm_course.exercises.kinds import ChoiceQuestion, Mistake, ValueQuestion
from smm_course.exercises.matchers import any_of, near

NOTEBOOK_TITLE = {"en": "Start here", "it": "Inizia da qui"}

#: The survey's age groups besides "all". YouTube's 50-64 share equals its overall share (0.83), so a predicate
#: matches them: declared as wrong values, the right answer would be among them.
AGE_GROUPS = ("18-29", "30-49", "50-64", "65+")


def _share(platform: str, age_group: str = "all") -> float:
    from smm_course import data

    audiences = data.load("platform_audiences")
    row = audiences[(audiences["platform"] == platform) & (audiences["age_group"] == age_group)]
    return float(row["share_of_adults"].iloc[0])


q1 = ValueQuestion(
    id="00.q1",
    title={"en": "How many US adults use YouTube?", "it": "Quanti adulti statunitensi usano YouTube?"},
    expected=lambda: _share("YouTube"),
    precision=2,  # the survey gives whole percentages: 0.83
    variable="youtube_share",
    hints=[
        {"en": "Look at the table `overall` above: find the row where `platform` is YouTube.",
         "it": "Guarda la tabella `overall` qui sopra: trova la riga in cui `platform` è YouTube."},
        {"en": "Keep that row with a filter, `overall[overall[\"platform\"] == \"YouTube\"]`, then take its "
               "`share_of_adults` column.",
         "it": "Tieni quella riga con un filtro, `overall[overall[\"platform\"] == \"YouTube\"]`, poi prendi la "
               "sua colonna `share_of_adults`."},
        {"en": "`.loc[rows, column]` does both at once; `.item()` takes the single number out of the result.",
         "it": "`.loc[righe, colonna]` fa le due cose insieme; `.item()` estrae l'unico numero dal risultato."},
    ],
    solution='youtube_share = overall.loc[overall["platform"] == "YouTube", "share_of_adults"].item()',
    explanation={
        "en": "83% of US adults use YouTube, the highest of any platform in the survey. The course writes it "
              "as the fraction 0.83.",
        "it": "L'83% degli adulti statunitensi usa YouTube, la quota più alta tra le piattaforme del sondaggio. "
              "Il corso lo scrive come frazione: `0.83`.",
    },
    mistakes=[
        Mistake(any_of(*(near(lambda group=group: _share("YouTube", group)) for group in AGE_GROUPS)),
                {"en": "That is YouTube's share in one age group. Use the row for all adults (age_group 'all').",
                 "it": "Questa è la quota di YouTube in una fascia d'età. Usa la riga di tutti gli adulti "
                       "(`age_group` uguale a `'all'`)."}),
        *(Mistake(lambda platform=platform: _share(platform),
                  {"en": "That is another platform's share. Check that your filter keeps the YouTube row.",
                   "it": "Questa è la quota di un'altra piattaforma. Controlla che il filtro tenga la riga di "
                         "YouTube."})
          for platform in ("Facebook", "Instagram")),
    ],
)

q2 = ChoiceQuestion(
    id="00.q2",
    title={"en": "Where does age matter most?", "it": "Dove conta di più l'età?"},
    prompt={
        "en": "Look at the figure. On which platform is the gap between adults aged 18-29 and adults aged 65+ "
              "the largest?",
        "it": "Guarda il grafico. Su quale piattaforma la differenza tra gli adulti di 18-29 anni e quelli "
              "di 65+ anni è più grande?",
    },
    options=["Facebook", "Instagram", "TikTok", "YouTube"],
    answer="Instagram",
    feedback={
        "Facebook": {"en": "Facebook's bars are almost the same height at every age: its gap is the smallest.",
                     "it": "Le barre di Facebook hanno quasi la stessa altezza in tutte le fasce d'età: la sua "
                           "differenza è la più piccola."},
        "TikTok": {"en": "Close: TikTok's gap is large (62% against 10%), but one platform's gap is larger.",
                   "it": "Quasi: la differenza di TikTok è grande (62% contro 10%), ma quella di un'altra "
                         "piattaforma è più grande."},
        "YouTube": {"en": "YouTube has the tallest bars, but they shrink less with age (93% against 60%).",
                    "it": "YouTube ha le barre più alte, ma si accorciano meno con l'età (93% contro 60%)."},
    },
    hints=[
        {"en": "For each platform, compare its first bar (18-29) with its last bar (65+).",
         "it": "Per ogni piattaforma, confronta la prima barra (18-29) con l'ultima (65+)."},
        {"en": "The gap is the 18-29 share minus the 65+ share. One platform drops from 78% to 15%.",
         "it": "La differenza è la quota 18-29 meno la quota 65+. Una piattaforma scende dal 78% al 15%."},
    ],
    explanation={
        "en": "Instagram: 78% of adults aged 18-29 use it but only 15% of those aged 65+, a gap of 63 points. "
              "So a brand that wants older customers should not plan on Instagram alone.",
        "it": "Instagram: lo usa il 78% degli adulti di 18-29 anni ma solo il 15% di quelli di 65+ anni, "
              "una differenza di 63 punti. Un marchio che cerca clienti più anziani non dovrebbe puntare solo "
              "su Instagram.",
    },
)
