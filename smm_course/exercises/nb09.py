"""Questions of notebook 09, "Risks: crises and false viral claims".

On 7 April 2025 a viral video falsely claimed that Nuvola's drinks make people ill. The notebook finds the day a
monitoring rule on negative mentions would have fired (``q1``), tunes that rule between early warning and false
alarms (``q2``), measures how fast Nuvola answered its customers before, during and after the crisis (``q3``),
orders a response playbook (``q4``) and asks why social media should not be the only channel (``q5``).

>>> [q.kind for q in (q1, q2, q3, q4, q5)]
['value', 'explorer', 'value', 'classify', 'reflection']
>>> [q.id for q in quiz.questions]
['09.quiz1', '09.quiz2', '09.quiz3']
"""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd

from smm_course.exercises.kinds import (
    ChoiceQuestion,
    ClassifyQuestion,
    ExplorerQuestion,
    Mistake,
    Quiz,
    ReflectionQuestion,
    Slider,
    ValueQuestion,
)
from smm_course.exercises.matchers import near
from smm_course.i18n import FromData, format_number

NOTEBOOK_TITLE = {"en": "Risks: crises and false viral claims", "it": "Rischi: crisi e affermazioni false diventate "
                                                                      "virali"}

VIDEO_DAY = pd.Timestamp("2025-04-07")
#: The periods of the messages, as the notebook cuts them: [start, next start).
PERIOD_STARTS = ("2025-01-01", "2025-04-07", "2025-04-10", "2025-05-05", "2026-01-01")
PERIODS = ("before", "first days", "response team", "after")




_MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
         "novembre", "dicembre")
_GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")


def _day(day: pd.Timestamp, weekday: bool = False) -> dict:
    """A day in words, in English and Italian: "Tuesday 8 April" / "martedì 8 aprile"."""
    english = f"{day:%A %-d %B}" if weekday else f"{day:%-d %B}"
    italian = f"{day.day} {_MESI[day.month - 1]}"
    return {"en": english, "it": f"{_GIORNI[day.day_of_week]} {italian}" if weekday else italian}


def _on_day(day: pd.Timestamp) -> dict:
    """ "on 8 April" / "l'8 aprile": Italian elides the article before otto and undici."""
    italian = _day(day)["it"]
    return {"en": f"on {_day(day)['en']}", "it": f"l'{italian}" if day.day in (8, 11) else f"il {italian}"}


# -- q1: the first alert ----------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _spikes() -> pd.DataFrame:
    from smm_course import data, stats
    from smm_course.explorers import crisis

    return stats.detect_spikes(crisis.daily_negative(data.load("mentions")), window=7, z=3)


def _alert_days() -> pd.DatetimeIndex:
    spikes = _spikes()
    return spikes.index[spikes["spike"].to_numpy()]


def _first_alert_after_video() -> pd.Timestamp:
    days = _alert_days()
    return days[days >= VIDEO_DAY][0]


def _first_alert_explanation() -> dict:
    spikes, alert = _spikes(), _first_alert_after_video()
    fired, video = spikes.loc[alert], spikes.loc[VIDEO_DAY]
    delay = (alert - VIDEO_DAY).days
    when = {"en": "a day" if delay == 1 else f"{delay} days", "it": "un giorno" if delay == 1 else f"{delay} giorni"}
    day = _day(alert, weekday=True)
    numbers = {"usual": f"{fired['baseline_mean']:.0f}", "z": f"{fired['z']:.1f}", "video_z": f"{video['z']:.1f}"}
    return {
        "en": f"The rule fires on {day['en']}, {when['en']} after the video, when {fired['value']:.0f} negative "
              f"mentions arrive against about {numbers['usual']} a day before (z = {numbers['z']}). On 7 April "
              f"itself there were only {video['value']:.0f}: z = {numbers['video_z']}, below the threshold of 3. "
              "And a daily rule only sees a day once it is over, so the alert reaches the team the morning after "
              "the day it fires. Real listening tools also check every hour.",
        "it": f"La regola scatta {day['it']}, {when['it']} dopo il video, quando arrivano {fired['value']:.0f} menzioni "
              f"negative contro circa {numbers['usual']} al giorno prima (z = "
              f"{format_number(fired['z'], '.1f', lang='it')}). Il 7 aprile erano solo {video['value']:.0f}: z = "
              f"{format_number(video['z'], '.1f', lang='it')}, sotto la soglia di 3. E una regola giornaliera vede un "
              "giorno solo quando è finito, quindi l'allarme arriva al team la mattina dopo il giorno in cui scatta. I "
              "veri strumenti di ascolto controllano anche ogni ora.",
    }


def _a_later_alert(answer) -> bool:
    """A day the rule fires after the video, but not the first such day."""
    days = _alert_days()
    return any(near(day)(answer) for day in days[days > _first_alert_after_video()])


def _many_dates(answer) -> bool:
    return isinstance(answer, (pd.Index, pd.Series, list, tuple, pd.DataFrame)) and len(answer) > 1


def _month_first(answer) -> bool:
    """A text date written day first (08/04/2025), which pandas reads month first (4 August)."""
    if not isinstance(answer, str) or "/" not in answer:
        return False
    try:
        day_first = pd.to_datetime(answer, dayfirst=True).normalize()
        return day_first == _first_alert_after_video() and day_first != pd.Timestamp(answer).normalize()
    except (TypeError, ValueError):
        return False


def _not_a_2025_date(answer) -> bool:
    """A bare number, or a text date without its year (e.g. "8 April"), which pandas puts in another year."""
    if isinstance(answer, bool):
        return False
    if isinstance(answer, (int, float, np.integer, np.floating)):
        return True
    if not isinstance(answer, str):
        return False
    try:
        return pd.Timestamp(answer).year != 2025
    except (TypeError, ValueError):
        return False


q1 = ValueQuestion(
    id="09.q1",
    title={"en": "When would the alarm have rung?", "it": "Quando sarebbe scattato l'allarme?"},
    expected=_first_alert_after_video,
    variable="first_alert",
    hints=[
        {"en": "The column `spike` is True on the days the rule fires. Keep those rows: `spikes[spikes[\"spike\"]]`.",
         "it": "La colonna `spike` è True nei giorni in cui la regola scatta. Tieni quelle righe: "
               "`spikes[spikes[\"spike\"]]`."},
        {"en": "The index holds the days. Keep the alerts from 7 April on with `.loc[\"2025-04-07\":]`, then take "
               "the first day with `.index[0]`.",
         "it": "L'indice contiene i giorni. Tieni gli allarmi dal 7 aprile in poi con `.loc[\"2025-04-07\":]`, poi "
               "prendi il primo giorno con `.index[0]`."},
        {"en": "`first_alert = spikes[spikes[\"spike\"]].loc[\"2025-04-07\":].index[0]`",
         "it": "`first_alert = spikes[spikes[\"spike\"]].loc[\"2025-04-07\":].index[0]`"},
    ],
    solution='first_alert = spikes[spikes["spike"]].loc["2025-04-07":].index[0]',
    explanation=FromData(_first_alert_explanation),
    mistakes=[
        Mistake(_month_first,
                {"en": "Python reads a date with slashes month first: 08/04/2025 is 4 August. Write the date year "
                       "first, as in \"2025-04-30\".",
                 "it": "Python legge una data con le barre mettendo prima il mese: 08/04/2025 è il 4 agosto. Scrivi "
                       "la data con l'anno davanti, come `\"2025-04-30\"`."}),
        Mistake(_not_a_2025_date,
                {"en": "Give a full date with its year, such as \"2025-04-30\", not a day number or a day and "
                       "month alone. You can also take the Timestamp straight from the index of `spikes`.",
                 "it": "Scrivi una data completa di anno, come `\"2025-04-30\"`, non solo il numero del giorno o "
                       "giorno e mese. Puoi anche prendere il Timestamp direttamente dall'indice di `spikes`."}),
        Mistake(_many_dates,
                {"en": "You gave several days. Keep only the first one on or after 7 April, e.g. with `.index[0]`.",
                 "it": "Hai dato più giorni. Tieni solo il primo dal 7 aprile in poi, per esempio con `.index[0]`."}),
        Mistake(lambda: _alert_days()[0],
                FromData(lambda: {
                    "en": f"That is the rule's first alert of the year, {_on_day(_alert_days()[0])['en']}: a false "
                          "alarm, long before the video. Keep only the alerts from 7 April on.",
                    "it": f"Questo è il primo allarme dell'anno, {_on_day(_alert_days()[0])['it']}: un falso "
                          "allarme, molto prima del video. Tieni solo gli allarmi dal 7 aprile in poi."})),
        Mistake(VIDEO_DAY,
                {"en": "The video appeared on 7 April, but the rule did not fire that day: look at the `spike` "
                       "column for 7 April. What was its z?",
                 "it": "Il video è uscito il 7 aprile, ma quel giorno la regola non è scattata: guarda la colonna "
                       "`spike` del 7 aprile. Quanto valeva z?"}),
        Mistake(_a_later_alert,
                {"en": "The rule fires on that day, but not for the first time since the video. Take the earliest "
                       "alert on or after 7 April.",
                 "it": "La regola scatta quel giorno, ma non per la prima volta dopo il video. Prendi l'allarme più "
                       "vicino dal 7 aprile in poi."}),
    ],
)


# -- q2: tune the alarm ------------------------------------------------------------------------------------------
MAX_FALSE_ALARMS = 12


def _alarm(values: dict):
    from smm_course.explorers import crisis

    return crisis.evaluate(crisis.course_daily(), values["window"], values["z"], values["min_count"])


def _video_day() -> tuple[int, int, str]:
    """Negative mentions on the day of the video, on a median day, and the video day's z at a 7-day window."""
    spikes = _spikes()
    return (int(spikes.loc[VIDEO_DAY, "value"]), int(spikes["value"].median()),
            f"{spikes.loc[VIDEO_DAY, 'z']:.1f}")


#: The window the hints and the solution use: 7 days cannot meet the goal, two weeks can.
SOLUTION_WINDOW = 14


def _video_z(window: int) -> float:
    """The z of the day of the video against the previous ``window`` days."""
    from smm_course.explorers import crisis

    return float(crisis.evaluate(crisis.course_daily(), window, 3.0, 0).table.loc[VIDEO_DAY, "z"])


def _solution_rule() -> dict:
    """A rule that meets the goal with room to spare: the longer window, z a notch below the day's, minimum = the
    day's count. Computed from the data so the solution follows the data if it changes."""
    z = float(np.floor(_video_z(SOLUTION_WINDOW) * 10) / 10) - 0.1
    return {"window": SOLUTION_WINDOW, "z": round(z, 1), "min_count": _video_day()[0]}


def _alarm_goal(values: dict):
    result = _alarm(values)
    if result.first_crisis_alert is None:
        return {"en": "This rule never fires about the crisis. Lower the threshold z or the minimum count.",
                "it": "Questa regola non scatta mai per la crisi. Abbassa la soglia z o il minimo di menzioni."}
    if result.delay_days > 0:
        days = {"en": "1 day" if result.delay_days == 1 else f"{result.delay_days} days",
                "it": "1 giorno" if result.delay_days == 1 else f"{result.delay_days} giorni"}
        count, usual, _ = _video_day()
        return {"en": f"Your rule first fires {days['en']} after the video. On 7 April Nuvola had "
                      f"{count} negative mentions against about {usual} on a normal day: to catch that, z must be "
                      f"lower, and the minimum count no more than {count}.",
                "it": f"La tua regola scatta per la prima volta {days['it']} dopo il video. Il 7 "
                      f"aprile Nuvola aveva {count} menzioni negative contro circa {usual} in un giorno normale: per "
                      f"coglierle, z deve essere più basso e il minimo di menzioni non più di {count}."}
    if result.false_alarms > MAX_FALSE_ALARMS:
        count = _video_day()[0]
        return {"en": f"It fires on 7 April, well done, but with {result.false_alarms} false alarms a year: more "
                      f"than {MAX_FALSE_ALARMS}. A longer window gives a steadier baseline (try 14 days), and a "
                      f"minimum count silences quiet days, as long as it stays at or below {count}, the count of "
                      "7 April.",
                "it": f"Scatta il 7 aprile, bene, ma con {result.false_alarms} falsi allarmi all'anno: più di "
                      f"{MAX_FALSE_ALARMS}. Una finestra più lunga dà una base più stabile (prova 14 giorni), e un "
                      f"minimo di menzioni zittisce i giorni tranquilli, purché resti al massimo {count}, le "
                      "menzioni del 7 aprile."}
    return True


q2 = ExplorerQuestion(
    id="09.q2",
    title={"en": "An alarm for the day of the video", "it": "Un allarme per il giorno del video"},
    prompt={
        "en": "Nuvola's manager asks: could a rule have warned us on 7 April, the day of the video? Find a rule "
              f"that fires on 7 April and gives at most {MAX_FALSE_ALARMS} false alarms in the year (one a "
              "month, which the team can check). Then press Check.",
        "it": "La responsabile di Nuvola chiede: una regola avrebbe potuto avvisarci il 7 aprile, il giorno del "
              f"video? Trova una regola che scatti il 7 aprile e dia al massimo {MAX_FALSE_ALARMS} falsi allarmi "
              "all'anno (uno al mese, che il team può verificare). Poi premi «Controlla».",
    },
    controls=[
        Slider("window", 3, 28, step=1, value=7,
               description={"en": "Baseline window (days before)", "it": "Finestra di riferimento (giorni prima)"}),
        Slider("z", 1.0, 6.0, step=0.1, value=3.0,
               description={"en": "Threshold z (standard deviations)", "it": "Soglia z (deviazioni standard)"}),
        Slider("min_count", 0, 15, step=1, value=0,
               description={"en": "Minimum negative mentions a day", "it": "Minimo di menzioni negative al giorno"}),
    ],
    goal=_alarm_goal,
    # No live view: the free crisis explorer just above the exercise draws any rule the student tries.
    # The self-test checks that this rule meets the goal; _solution_rule() derives the same one from the data.
    answer={"window": 14, "z": 2.2, "min_count": 5},
    hints=[
        FromData(lambda: {
            "en": f"With a 7-day window, 7 April has z = {_video_day()[2]}, but every rule that fires that day gives "
                  f"more than {MAX_FALSE_ALARMS} false alarms. Set the window to {SOLUTION_WINDOW} days: then "
                  f"7 April has z = {_video_z(SOLUTION_WINDOW):.1f}.",
            "it": "Con una finestra di 7 giorni, il 7 aprile ha z = "
                  f"{format_number(float(_video_day()[2]), '.1f', lang='it')}, ma ogni regola che scatta quel giorno dà "
                  f"più di {MAX_FALSE_ALARMS} falsi allarmi. Porta la finestra a {SOLUTION_WINDOW} giorni: allora il 7 "
                  f"aprile ha z = {format_number(_video_z(SOLUTION_WINDOW), '.1f', lang='it')}."}),
        FromData(lambda: {
            "en": f"Put the threshold z just below the day's z, and the minimum count at {_video_day()[0]}, the "
                  "day's own count: higher and 7 April no longer fires.",
            "it": f"Metti la soglia z appena sotto lo z del giorno, e il minimo a {_video_day()[0]}, le menzioni "
                  "del giorno: più in alto e il 7 aprile non scatta più."}),
        FromData(lambda: {
            "en": f"For example: window {_solution_rule()['window']} days, z {_solution_rule()['z']}, minimum "
                  f"{_solution_rule()['min_count']} mentions.",
            "it": f"Per esempio: finestra di {_solution_rule()['window']} giorni, z "
                  f"{format_number(_solution_rule()['z'], '.1f', lang='it')}, minimo {_solution_rule()['min_count']} "
                  "menzioni."}),
    ],
    explanation=FromData(lambda: _alarm_explanation(*_video_day()[:1], _ordinary_days_as_bad())),
)


def _ordinary_days_as_bad() -> int:
    """Days outside the crisis weeks with at least as many negative mentions as the day of the video."""
    from smm_course.explorers import crisis

    values = _spikes()["value"]
    outside = (values.index < crisis.CRISIS_START) | (values.index > crisis.CRISIS_END)
    return int((values[outside] >= values[VIDEO_DAY]).sum())


def _alarm_explanation(count: int, ordinary: int) -> dict:
    return {
        "en": f"It can be done, at a price. On the day of the video there were only {count} negative mentions, and "
              f"Nuvola had as many or more on {ordinary} ordinary days outside the crisis weeks. A rule sensitive "
              "enough to notice it fires up to once a month for nothing. That is fine if a person checks each "
              "alert in minutes; it is not fine if nobody reads the alerts any more.",
        "it": f"Si può fare, ma ha un costo. Il giorno del video c'erano solo {count} menzioni negative, e Nuvola ne ha "
              f"avute altrettante o più in {ordinary} giorni normali fuori dalle settimane di crisi. Una regola "
              "abbastanza sensibile da notarlo scatta a vuoto fino a una volta al mese. Va bene se una persona "
              "verifica ogni allarme in pochi minuti; non va bene se nessuno legge più gli allarmi.",
    }


# -- q3: response times by period ---------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _messages() -> pd.DataFrame:
    from smm_course import data, metrics

    messages = data.load("messages")
    messages["hours"] = metrics.response_times(messages).hours
    messages["period"] = pd.cut(messages["received_at"], bins=pd.to_datetime(list(PERIOD_STARTS)),
                                labels=list(PERIODS), right=False)
    return messages


def _by_period(statistic: str, filled: bool = False) -> pd.Series:
    messages = _messages()
    hours = messages["hours"].fillna(0.0) if filled else messages["hours"]
    return hours.groupby(messages["period"], observed=True).agg(statistic).rename("hours")


def _reply_explanation(median: pd.Series) -> dict:
    hours = {period: f"{median[period]:.1f}" for period in PERIODS}
    team = _on_day(pd.Timestamp(PERIOD_STARTS[PERIODS.index("response team")]))
    return {
        "en": f"A typical reply took {hours['before']} hours before the crisis, {hours['first days']} hours in its "
              f"first days, {hours['response team']} hours once the response team started {team['en']}, and "
              f"{hours['after']} hours after. The slowest replies came exactly when customers were most worried.",
        "it": f"Una risposta tipica richiedeva {format_number(median['before'], '.1f', lang='it')} ore prima della "
              f"crisi, {format_number(median['first days'], '.1f', lang='it')} ore nei primi giorni, "
              f"{format_number(median['response team'], '.1f', lang='it')} ore dopo l'arrivo del team di risposta "
              f"{team['it']}, e {format_number(median['after'], '.1f', lang='it')} ore dopo. Le risposte più lente sono "
              "arrivate proprio quando i clienti erano più preoccupati.",
    }


q3 = ValueQuestion(
    id="09.q3",
    title={"en": "How fast did Nuvola answer?", "it": "Quanto velocemente ha risposto Nuvola?"},
    expected=lambda: _by_period("median"),
    precision=2,  # a hundredth of an hour is under a minute: as precise as a reply time needs
    ordered=False,
    variable="median_hours",
    hints=[
        {"en": "Group the messages by `period`, take the column `hours`, and aggregate each group.",
         "it": "Raggruppa i messaggi per `period`, prendi la colonna `hours` e aggrega ogni gruppo."},
        {"en": "The aggregate is the median, not the mean: `.median()`. Unanswered messages have no time (NaN), "
               "and the median leaves them out.",
         "it": "L'aggregato è la mediana, non la media: `.median()`. I messaggi senza risposta non hanno un tempo "
               "(NaN), e la mediana li esclude."},
        {"en": "`median_hours = messages.groupby(\"period\")[\"hours\"].median()`",
         "it": "`median_hours = messages.groupby(\"period\")[\"hours\"].median()`"},
    ],
    solution='median_hours = messages.groupby("period")["hours"].median()',
    explanation=FromData(lambda: _reply_explanation(_by_period("median"))),
    mistakes=[
        Mistake(lambda: _by_period("mean"),
                {"en": "These are the mean times. A few very slow replies pull the mean up; the course reports the "
                       "median, the typical wait. Use `.median()`.",
                 "it": "Questi sono i tempi medi. Poche risposte molto lente alzano la media; il corso riporta la "
                       "mediana, l'attesa tipica. Usa `.median()`."}),
        Mistake(lambda a: isinstance(a, pd.Series) and pd.api.types.is_timedelta64_dtype(a),
                {"en": "These are durations (Timedelta), not numbers of hours. Use the `hours` column, or turn "
                       "durations into hours with `.dt.total_seconds() / 3600`.",
                 "it": "Queste sono durate (Timedelta), non numeri di ore. Usa la colonna `hours`, o trasforma le "
                       "durate in ore con `.dt.total_seconds() / 3600`."}),
        Mistake(lambda: _by_period("median") * 60,
                {"en": "These look like minutes. Give the times in hours (divide by 60).",
                 "it": "Sembrano minuti. Scrivi i tempi in ore (dividi per 60)."}),
        Mistake(lambda: _by_period("median") / 24,
                {"en": "These look like days. Give the times in hours (multiply by 24).",
                 "it": "Sembrano giorni. Scrivi i tempi in ore (moltiplica per 24)."}),
        Mistake(lambda: _by_period("median", filled=True),
                {"en": "Unanswered messages seem to count as 0 hours, as if they were answered at once. Leave them "
                       "out: do not fill the missing times.",
                 "it": "I messaggi senza risposta sembrano contare come 0 ore, come se avessero avuto risposta "
                       "subito. Escludili: non riempire i tempi mancanti."}),
    ],
)


# -- q4: the playbook -----------------------------------------------------------------------------------------------
HOUR, DAY, WEEKS, NEVER = "within the first hour", "within the first day", "over the next weeks", "never"
_HOLDING = "Post a short reply under the video: we have seen it, we take health seriously, we are checking"
_ESCALATE = "Call the crisis team together: PR, quality control, legal and customer care"
_FACTS = "Check the facts: batch numbers, lab tests, any real reports of illness"
_CHANNEL = "Answer on TikTok, where the video spread, with a clear video of the facts"
_FOLLOW_UP = "Publish the independent lab results and write back to everyone who asked"
_TRACK = "Track negative mentions and reply times every day until they are back to normal"
_DELETE = "Delete the angry comments under Nuvola's posts"
_SILENCE = "Say nothing until every fact is known, so as not to say anything wrong"
_PRESS_ONLY = "Answer only with a press release on the company website"

q4 = ClassifyQuestion(
    id="09.q4",
    title={"en": "A response playbook", "it": "Un manuale di risposta"},
    prompt={
        "en": "Put Nuvola's crisis playbook in order: when should each action happen? Some should never happen.",
        "it": "Metti in ordine il manuale di crisi di Nuvola: quando deve avvenire ogni azione? Alcune non devono "
              "avvenire mai.",
    },
    categories=[
        {"en": HOUR, "it": "entro la prima ora"},
        {"en": DAY, "it": "entro il primo giorno"},
        {"en": WEEKS, "it": "nelle settimane seguenti"},
        {"en": NEVER, "it": "mai"},
    ],
    items={
        _HOLDING: HOUR,
        _ESCALATE: HOUR,
        _FACTS: DAY,
        _CHANNEL: DAY,
        _FOLLOW_UP: WEEKS,
        _TRACK: WEEKS,
        _DELETE: NEVER,
        _SILENCE: NEVER,
        _PRESS_ONLY: NEVER,
    },
    item_labels={
        _HOLDING: {"it": "Pubblicare una breve risposta sotto il video: l'abbiamo visto, prendiamo sul serio la "
                         "salute, stiamo controllando"},
        _ESCALATE: {"it": "Riunire il team di crisi: PR, controllo qualità, ufficio legale e assistenza clienti"},
        _FACTS: {"it": "Verificare i fatti: numeri di lotto, test di laboratorio, eventuali segnalazioni reali di "
                       "malesseri"},
        _CHANNEL: {"it": "Rispondere su TikTok, dove si è diffuso il video, con un video chiaro sui fatti"},
        _FOLLOW_UP: {"it": "Pubblicare i risultati del laboratorio indipendente e rispondere a tutti quelli che hanno "
                           "chiesto"},
        _TRACK: {"it": "Monitorare ogni giorno le menzioni negative e i tempi di risposta finché non tornano normali"},
        _DELETE: {"it": "Cancellare i commenti arrabbiati sotto i post di Nuvola"},
        _SILENCE: {"it": "Non dire nulla finché non si conoscono tutti i fatti, per non dire niente di sbagliato"},
        _PRESS_ONLY: {"it": "Rispondere solo con un comunicato stampa sul sito dell'azienda"},
    },
    feedback={
        (_HOLDING, DAY): {
            "en": "A short holding reply needs no facts yet, only care. Wait a day and the video's story is the "
                  "only story.",
            "it": "Una breve risposta provvisoria non richiede ancora i fatti, solo attenzione. Se aspetti un "
                  "giorno, la storia del video resta l'unica storia."},
        (_FACTS, HOUR): {
            "en": "Start at once, yes, but checking batches and lab tests takes hours. In the first hour you can say "
                  "that you are checking.",
            "it": "Si inizia subito, sì, ma controllare lotti e test di laboratorio richiede ore. Nella prima ora "
                  "puoi dire che stai controllando."},
        (_CHANNEL, HOUR): {
            "en": "A video of the facts needs the facts first: it comes once they are checked, within the day.",
            "it": "Un video con i fatti richiede prima i fatti: arriva quando sono verificati, entro il giorno."},
        (_SILENCE, HOUR): {
            "en": "Silence is the mistake the course's source article warns about: a claim about health must be "
                  "addressed at once, true or false. Say you are checking; you do not need every fact to care.",
            "it": "Il silenzio è l'errore da cui mette in guardia l'articolo: un'affermazione sulla salute va "
                  "affrontata subito, vera o falsa. Di' che stai controllando; non servono tutti i fatti per "
                  "mostrare attenzione."},
        (_SILENCE, DAY): {
            "en": "Waiting until every fact is known lets the video set the story. Answer at once that you are "
                  "checking, then with the facts.",
            "it": "Aspettare di sapere tutto lascia che sia il video a raccontare la storia. Rispondi subito che "
                  "stai controllando, poi con i fatti."},
        (_DELETE, HOUR): {
            "en": "Deleting comments looks like hiding something, and screenshots travel faster than deletions. "
                  "Answer them instead.",
            "it": "Cancellare i commenti sembra nascondere qualcosa, e gli screenshot corrono più delle "
                  "cancellazioni. Rispondi invece."},
        (_PRESS_ONLY, DAY): {
            "en": "A press release on the website alone misses the people who saw the video: answer where the "
                  "claim spread, on TikTok, as well.",
            "it": "Un comunicato solo sul sito non raggiunge chi ha visto il video: rispondi anche dove si è diffusa "
                  "l'affermazione, su TikTok."},
        (_TRACK, HOUR): {
            "en": "Watching starts at once, but this action is about tracking until things are back to normal: "
                  "that takes weeks.",
            "it": "Il monitoraggio inizia subito, ma questa azione riguarda il seguire i dati finché tutto torna "
                  "normale: ci vogliono settimane."},
    },
    hints=[
        {"en": "Ask of each action: does it need checked facts? If not, it can happen in the first hour.",
         "it": "Chiediti per ogni azione: servono fatti verificati? Se no, può avvenire nella prima ora."},
        {"en": "Two actions show care and get people moving at once; two need the facts; two follow up once the "
               "facts are out; three make things worse.",
         "it": "Due azioni mostrano attenzione e mettono le persone al lavoro subito; due richiedono i fatti; due "
               "seguono dopo che i fatti sono pubblici; tre peggiorano le cose."},
    ],
    explanation={
        "en": "Acknowledge and escalate at once (a holding reply, the crisis team), check the facts, answer on the "
              "channel where the claim spread, then follow up and keep measuring. Deleting, going silent and "
              "hiding behind a press release all leave the false claim unanswered where people saw it.",
        "it": "Prendi subito atto del problema e coinvolgi chi deve agire (una risposta provvisoria, il team di crisi), "
              "verifica i fatti, rispondi sul canale dove si è diffusa l'affermazione, poi dai seguito e continua a "
              "misurare. Cancellare, tacere e nascondersi dietro un comunicato lasciano senza risposta la falsa "
              "affermazione dove la gente l'ha vista.",
    },
)


# -- q5: the human touch --------------------------------------------------------------------------------------------
q5 = ReflectionQuestion(
    id="09.q5",
    title={"en": "The human touch", "it": "Il tocco umano"},
    model_answer={
        "en": "A post from the brand reaches mostly its own followers, and in a crisis it can look like spin. I "
              "would add human voices that people trust: a named spokesperson in news interviews, a phone line "
              "with real people for worried customers, an email to customers with the lab results, and a fact "
              "sheet for shops so staff can answer questions in person. An independent lab or a doctor who "
              "vouches for the facts is more convincing than any post, and a real conversation rebuilds trust "
              "faster.",
        "it": "Un post del marchio raggiunge soprattutto i suoi follower, e in una crisi può sembrare propaganda. "
              "Aggiungerei voci umane di cui le persone si fidano: un portavoce con nome e cognome nelle interviste, "
              "una linea telefonica con persone vere per i clienti preoccupati, un'email ai clienti con i risultati "
              "di laboratorio e una scheda per i negozi, così il personale può rispondere di persona. Un laboratorio "
              "indipendente o un medico che conferma i fatti convince più di qualsiasi post, e una conversazione "
              "vera ricostruisce la fiducia più in fretta.",
    },
    variable="human_touch",
    min_words=12,
    hints=[
        {"en": "Think of who a worried customer trusts more than a brand's post.",
         "it": "A chi crede di più un cliente preoccupato, rispetto al post di un marchio?"},
        {"en": "Think of channels where a person answers: the phone, a shop, a news interview, an email signed by "
               "someone.",
         "it": "Pensa ai canali in cui risponde una persona: il telefono, un negozio, un'intervista, un'email "
               "firmata da qualcuno."},
    ],
)


# -- quiz -------------------------------------------------------------------------------------------------------------
def _lower_threshold_hint() -> dict:
    from smm_course.explorers import crisis

    strict, loose = (crisis.evaluate(crisis.course_daily(), 7, z, 0) for z in (3.0, 2.0))
    strict_day, loose_day = _on_day(strict.first_crisis_alert), _on_day(loose.first_crisis_alert)
    return {"en": f"At z = 3 the rule fires {strict_day['en']} with {strict.false_alarms} false alarms; at z = 2 it "
                  f"fires {loose_day['en']}. Count the false alarms at z = 2.",
            "it": f"Con z = 3 la regola scatta {strict_day['it']} con {strict.false_alarms} falsi allarmi; con "
                  f"z = 2 scatta {loose_day['it']}. Conta i falsi allarmi con z = 2."}


quiz1 = ChoiceQuestion(
    id="09.quiz1",
    title={"en": "Lower the threshold", "it": "Abbassare la soglia"},
    prompt={"en": "You lower the alarm's threshold z from 3 to 2. What happens?",
            "it": "Abbassi la soglia z dell'allarme da 3 a 2. Che cosa succede?"},
    options={
        "both": {"en": "Alerts can come earlier, and false alarms become more frequent",
                 "it": "Gli allarmi possono arrivare prima, e i falsi allarmi diventano più frequenti"},
        "fewer": {"en": "Alerts come earlier and false alarms become rarer",
                  "it": "Gli allarmi arrivano prima e i falsi allarmi diventano più rari"},
        "nothing": {"en": "Nothing changes: z only changes how the figure looks",
                    "it": "Non cambia nulla: z cambia solo l'aspetto del grafico"},
    },
    answer="both",
    feedback={
        "fewer": {"en": "A lower bar lets more days through: the early signs, but also ordinary bad days.",
                  "it": "Un'asticella più bassa fa passare più giorni: i primi segnali, ma anche le "
                        "normali giornate storte."},
        "nothing": {"en": "z is the rule itself: a day alerts when its z-score is above it. Move the slider and "
                          "count the crosses.",
                    "it": "z è la regola stessa: un giorno dà l'allarme quando il suo punteggio z lo supera. Sposta "
                          "il cursore e conta le croci."},
    },
    hints=[{"en": "In the explorer, move z down and watch the crosses.",
            "it": "Nell'explorer, abbassa z e guarda le croci."},
           FromData(_lower_threshold_hint)],
    explanation={"en": "Every alarm trades early warning against false alarms; you choose where to sit.",
                 "it": "Ogni regola d'allarme è un compromesso tra preavviso e falsi allarmi; sei tu a scegliere dove "
                       "stare."},
)

quiz2 = ChoiceQuestion(
    id="09.quiz2",
    title={"en": "Did the replies calm the crisis?", "it": "Le risposte hanno calmato la crisi?"},
    prompt={"en": "The wave of messages shrank fast once Nuvola's replies came within an hour. What can you "
                  "conclude from this one crisis?",
            "it": "L'ondata di messaggi si è ridotta in fretta quando le risposte di Nuvola sono arrivate entro "
                  "un'ora. Che cosa puoi concludere da questa sola crisi?"},
    options={
        "together": {"en": "The two go together, but this alone does not prove that the replies caused the decline",
                     "it": "Le due cose vanno insieme, ma questo da solo non prova che le risposte abbiano causato "
                           "il calo"},
        "proof": {"en": "Fast replies caused the decline: the data prove it",
                  "it": "Le risposte veloci hanno causato il calo: i dati lo provano"},
        "useless": {"en": "Replies made no difference: crises always fade",
                    "it": "Le risposte non hanno fatto differenza: le crisi svaniscono sempre"},
    },
    answer="together",
    feedback={
        "proof": {"en": "There is no comparison group: the team started when the story was three days old, and news "
                        "stories fade by themselves too.",
                  "it": "Non c'è un gruppo di confronto: il team è partito quando la storia aveva tre giorni, e anche "
                        "le notizie svaniscono da sole."},
        "useless": {"en": "The data do not show that either: we cannot see what would have happened without the "
                          "replies.",
                    "it": "Nemmeno questo si vede dai dati: non sappiamo che cosa sarebbe successo senza risposte."},
    },
    hints=[{"en": "What would you need to compare with, to know what the replies did?",
            "it": "Con che cosa dovresti confrontare per sapere che cosa hanno fatto le risposte?"},
           {"en": "A proof needs a similar crisis where replies stayed slow. Is there one in the data?",
            "it": "Una prova richiede una crisi simile in cui le risposte sono rimaste lente. Ce n'è una nei dati?"}],
    explanation={"en": "Correlation, not proof. It is still good practice to answer fast: customers expect it.",
                 "it": "Correlazione, non prova. Rispondere in fretta resta una buona pratica: i clienti se lo "
                       "aspettano."},
)

def _video_followers(language: str = "en") -> str:
    """The followers of the account that posted the video, in millions: "1.2 million"."""
    from smm_course import data

    mentions = data.load("mentions")
    claim = mentions[mentions["topic"] == "health_claim"]
    millions = f"{claim['author_followers'].max() / 1e6:.1f}"
    return f"{millions} million" if language == "en" else f"{format_number(float(millions), '.1f', lang='it')} milioni di"


def _peak_after_video() -> dict:
    days = (_spikes()["value"].idxmax() - VIDEO_DAY).days
    if days == 1:
        return {"en": "the next day", "it": "il giorno dopo"}
    return {"en": f"{days} days later", "it": f"{days} giorni dopo"}


quiz3 = ChoiceQuestion(
    id="09.quiz3",
    title={"en": "A false claim", "it": "Un'affermazione falsa"},
    prompt={"en": "The video's claim is false. Should Nuvola still respond at once?",
            "it": "L'affermazione del video è falsa. Nuvola deve comunque rispondere subito?"},
    options={
        "yes": {"en": "Yes: a claim about health must be addressed at once, true or false, and even when corrected "
                      "it can make people less likely to buy",
                "it": "Sì: un'affermazione sulla salute va affrontata subito, vera o falsa, e anche se corretta può "
                      "rendere le persone meno propense ad acquistare"},
        "attention": {"en": "No: answering only gives the video more attention",
                      "it": "No: rispondere dà solo più attenzione al video"},
        "court": {"en": "Only once a court has ruled that the claim is false",
                  "it": "Solo quando un tribunale avrà stabilito che l'affermazione è falsa"},
    },
    answer="yes",
    feedback={
        "attention": FromData(lambda: {
            "en": f"The claim already has an audience: the video came from an account with {_video_followers()} "
                  "followers (not all of whom saw it), and it was shared and picked up by news sites. Silence "
                  "leaves the video's story as the only one.",
            "it": f"L'affermazione ha già un pubblico: il video viene da un account con {_video_followers('it')} "
                  "follower (non tutti l'hanno visto), ed è stato condiviso e ripreso dai siti di notizie. Il "
                  "silenzio lascia in circolazione solo la versione del video."}),
        "court": FromData(lambda: {
            "en": f"A court takes months; the negative mentions peaked {_peak_after_video()['en']}.",
            "it": f"Un tribunale ci mette mesi; le menzioni negative hanno raggiunto il picco "
                  f"{_peak_after_video()['it']}."}),
    },
    hints=[{"en": "Re-read the sentence of the course's source article about a viral video that claims a product "
                  "causes illness.",
            "it": "Rileggi la frase dell'articolo sul video virale che afferma che un prodotto provoca malattie."},
           {"en": "The course's source article says such a video must be addressed immediately, 'whether the "
                  "claim is true or false'.",
            "it": "L'articolo afferma che un video simile va affrontato immediatamente, «che l'affermazione sia vera o "
                  "falsa»."}],
    explanation={"en": "The course's source article is clear: address it immediately, whether the claim is true "
                       "or false.",
                 "it": "L'articolo è chiaro: va affrontato immediatamente, che l'affermazione sia vera o falsa."},
)

quiz = Quiz(id="09.quiz", title={"en": "Check your understanding", "it": "Verifica la tua comprensione"},
            questions=[quiz1, quiz2, quiz3])
