"""Questions of notebook 02, "Connection: platforms, audiences, networks".

The kinds of platform, who is on which platform (the Pew survey and its affinity index), channels for a persona,
and networks: two-hop reach in Zachary's karate club and, in the optional part, hubs against bridges that are
not hubs in Nuvola's follower network.

>>> [q.kind for q in (q1, q2, q3, q4, q5)]
['classify', 'value', 'choice', 'value', 'value']
>>> [q.id for q in quiz.questions]
['02.quiz1', '02.quiz2', '02.quiz3']
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from smm_course.exercises.kinds import ChoiceQuestion, ClassifyQuestion, Mistake, Quiz, ValueQuestion
from smm_course.i18n import FromData, format_number

NOTEBOOK_TITLE = {"en": "Connection: platforms, audiences, networks", "it": "Connessione: piattaforme, pubblico, reti"}




# -- q1: kinds of platform ------------------------------------------------------------------------------
CONTENT, SOCIAL, MICRO = "content platform", "social site", "microblogging"
_YOUTUBE = "YouTube: videos found by search and recommendation"
_FACEBOOK = "Facebook: friends, family, groups and pages"
_X = "X (Twitter): short public posts in a fast, real-time timeline"
_TIKTOK = "TikTok: short videos an algorithm picks, mostly from people you don't follow"
_LINKEDIN = "LinkedIn: profiles, colleagues and professional contacts"
_THREADS = "Threads: short public text posts and replies, in real time"
_INSTAGRAM = "Instagram: photos, stories and reels shared with your followers"


q1 = ClassifyQuestion(
    id="02.q1",
    title={"en": "What kind of platform?", "it": "Che tipo di piattaforma?"},
    prompt={
        "en": "Place each platform in the kind it belongs to: what sits at its centre, the content, the people you "
              "know, or short public posts in real time?",
        "it": "Metti ogni piattaforma nel tipo a cui appartiene: che cosa c'è al suo centro, i contenuti, le "
              "persone che conosci o brevi post pubblici in tempo reale?",
    },
    categories=[
        {"en": CONTENT, "it": "piattaforma di contenuti"},
        {"en": SOCIAL, "it": "sito social"},
        {"en": MICRO, "it": "microblogging"},
    ],
    items={_YOUTUBE: CONTENT, _FACEBOOK: SOCIAL, _X: MICRO, _TIKTOK: CONTENT, _LINKEDIN: SOCIAL, _THREADS: MICRO,
           _INSTAGRAM: SOCIAL},
    item_labels={
        _YOUTUBE: {"it": "YouTube: video trovati tramite la ricerca e i suggerimenti"},
        _FACEBOOK: {"it": "Facebook: amici, famiglia, gruppi e pagine"},
        _X: {"it": "X (Twitter): brevi post pubblici in una timeline veloce, in tempo reale"},
        _TIKTOK: {"it": "TikTok: brevi video scelti da un algoritmo, per lo più di persone che non segui"},
        _LINKEDIN: {"it": "LinkedIn: profili, colleghi e contatti professionali"},
        _THREADS: {"it": "Threads: brevi post pubblici di testo e risposte, in tempo reale"},
        _INSTAGRAM: {"it": "Instagram: foto, storie e reel condivisi con i tuoi follower"},
    },
    also_right={_INSTAGRAM: {CONTENT}},
    feedback={
        (_TIKTOK, SOCIAL): {
            "en": "TikTok has followers, but its feed is built from videos by people you don't follow: the content, "
                  "not your network, is at its centre.",
            "it": "TikTok ha i follower, ma il suo feed è fatto di video di persone che non segui: al centro ci sono "
                  "i contenuti, non la tua rete."},
        (_LINKEDIN, MICRO): {
            "en": "LinkedIn has a feed of short posts, but it is built on profiles and connections with people you "
                  "know: a (professional) social site.",
            "it": "LinkedIn ha un feed di post brevi, ma si fonda su profili e contatti con persone che conosci: un "
                  "sito social (professionale)."},
        (_THREADS, SOCIAL): {
            "en": "Threads is Meta's answer to X: short public posts and replies in real time, which is microblogging.",
            "it": "Threads è la risposta di Meta a X: brevi post pubblici e risposte in tempo reale, cioè microblogging."},
        (_X, SOCIAL): {
            "en": "On X anyone can read and reply to anyone, in real time; you need not know each other. That is "
                  "microblogging.",
            "it": "Su X chiunque può leggere e rispondere a chiunque, in tempo reale; non serve conoscersi. È "
                  "microblogging."},
        (_YOUTUBE, SOCIAL): {
            "en": "On YouTube you mostly watch videos by people you don't know: a content platform.",
            "it": "Su YouTube guardi soprattutto video di persone che non conosci: una piattaforma di contenuti."},
    },
    hints=[
        {"en": "Use the table above: for each platform ask what is at its centre.",
         "it": "Usa la tabella qui sopra: per ogni piattaforma chiediti che cosa c'è al centro."},
        {"en": "Two platforms are built around videos anyone can watch, two around people you know, two around "
               "short public posts. Instagram sits between two kinds; either of them is accepted.",
         "it": "Due piattaforme ruotano attorno a video che chiunque può guardare, due attorno a persone che "
               "conosci, due attorno a brevi post pubblici. Instagram sta tra due tipi: sono accettati entrambi."},
    ],
    explanation={
        "en": "YouTube and TikTok are content platforms; Facebook and LinkedIn are social sites; X and Threads are "
              "microblogging. Instagram began as a social site for sharing photos with friends and has moved "
              "towards content (reels), so both answers are fair. The kind tells you what works: strong content "
              "travels on content platforms, relationships on social sites, fast news on microblogging.",
        "it": "YouTube e TikTok sono piattaforme di contenuti; Facebook e LinkedIn sono siti social; X e Threads "
              "sono microblogging. Instagram è nato come sito social per condividere foto con gli amici e si è "
              "spostato verso i contenuti (i reel), quindi entrambe le risposte vanno bene. Il tipo indica che cosa "
              "funziona: i contenuti forti viaggiano sulle piattaforme di contenuti, le relazioni sui siti social, "
              "le notizie rapide sul microblogging.",
    },
)


# -- q2: affinity index -----------------------------------------------------------------------------------
@lru_cache(maxsize=None)
def _shares() -> pd.DataFrame:
    from smm_course import data

    audiences = data.load("platform_audiences").astype({"platform": str, "age_group": str})
    return audiences.pivot(index="platform", columns="age_group", values="share_of_adults")


def _index(age_group: str = "18-29") -> pd.Series:
    shares = _shares()
    return (shares[age_group] / shares["all"]).rename(None)


q2 = ValueQuestion(
    id="02.q2",
    title={"en": "Affinity index of adults aged 18-29", "it": "Indice di affinità degli adulti di 18-29 anni"},
    expected=lambda: _index("18-29"),
    precision=2,  # the index as planners quote it: 2.41
    ordered=False,
    variable="index_18_29",
    hints=[
        {"en": "Use the table `shares` from the heatmap cell: one row per platform, one column per age group. "
               "`shares[\"18-29\"]` is the column of adults aged 18-29, a Series indexed by platform.",
         "it": "Usa la tabella `shares` della cella della heatmap: una riga per piattaforma, una colonna per fascia "
               "d'età. `shares[\"18-29\"]` è la colonna degli adulti di 18-29 anni, una Series indicizzata per "
               "piattaforma."},
        {"en": "Divide the column \"18-29\" by the column \"all\": pandas divides row by row, platform by "
               "platform.",
         "it": "Dividi la colonna `\"18-29\"` per la colonna `\"all\"`: pandas divide riga per riga, piattaforma per "
               "piattaforma."},
    ],
    solution='index_18_29 = shares["18-29"] / shares["all"]',
    explanation=FromData(lambda: _index_explanation()),
    mistakes=[
        Mistake(lambda: 1 / _index("18-29"),
                {"en": "Upside down: you divided all adults' share by the young adults' share. The index is "
                       "share of 18-29 / share of all adults.",
                 "it": "Capovolto: hai diviso la quota di tutti gli adulti per quella dei giovani. L'indice è "
                       "quota 18-29 / quota di tutti gli adulti."}),
        # Times 100 as computed, and as planners quote it, rounded to a whole number.
        *(Mistake(times_100,
                  {"en": "Media planners often write the index times 100 (241). The course keeps it as a ratio: "
                         "2.41, where 1 means 'as likely as the average adult'. Divide by 100.",
                   "it": "I media planner esprimono spesso l'indice in base 100 (241). Il corso lo tiene come "
                         "rapporto: 2,41, dove 1 vuol dire «come l'adulto medio». Dividi per 100."})
          for times_100 in (lambda: 100 * _index("18-29"), lambda: (100 * _index("18-29")).round())),
        Mistake(lambda: _shares()["18-29"] - _shares()["all"],
                {"en": "That is a difference (18-29 minus all). The index is a ratio: divide instead of subtract.",
                 "it": "Questa è una differenza (18-29 meno tutti). L'indice è un rapporto: dividi invece di "
                       "sottrarre."}),
        Mistake(lambda: _shares()["18-29"].rename(None),
                {"en": "That is the share of adults aged 18-29 who use each platform. Divide it by the share of "
                       "all adults to get the index.",
                 "it": "Questa è la quota di adulti di 18-29 anni che usa ogni piattaforma. Dividila per la quota di "
                       "tutti gli adulti per avere l'indice."}),
        *(Mistake(lambda group=group: _index(group),
                  {"en": "That is the index of another age group. Use the column \"18-29\".",
                   "it": "Questo è l'indice di un'altra fascia d'età. Usa la colonna `\"18-29\"`."})
          for group in ("30-49", "50-64", "65+")),
    ],
)


def _index_explanation() -> dict[str, str]:
    """q2's explanation, with the survey's numbers: the platform with the highest index against the widest reach."""
    young, index = _shares()["18-29"], _index("18-29")
    top, widest = index.idxmax(), young.idxmax()
    numbers = {"top_index": f"{index[top]:.2f}", "times": f"{index[top]:.1f}", "widest_share": f"{young[widest]:.0%}",
               "top_share": f"{young[top]:.0%}", "widest_index": f"{index[widest]:.2f}"}
    it = {key: format_number(value, spec, lang="it") for key, (value, spec) in {
        "top_index": (index[top], ".2f"), "times": (index[top], ".1f"), "widest_share": (young[widest], ".0%"),
        "top_share": (young[top], ".0%"), "widest_index": (index[widest], ".2f")}.items()}  # 2,41 in Italian
    return {
        "en": f"{top} has the highest index ({numbers['top_index']}): adults aged 18-29 are {numbers['times']} times "
              f"as likely as the average adult to use it. {widest} reaches more of them ({numbers['widest_share']} "
              f"against {numbers['top_share']}), but its index is only {numbers['widest_index']}, because almost "
              f"everyone uses {widest}. Reach says how many you can meet; the index says how concentrated your "
              "target is.",
        "it": f"{top} ha l'indice più alto ({it['top_index']}): gli adulti di 18-29 anni hanno {it['times']} volte la "
              f"probabilità dell'adulto medio di usarlo. {widest} ne raggiunge di più ({it['widest_share']} contro "
              f"{it['top_share']}), ma il suo indice è solo {it['widest_index']}, perché quasi tutti usano {widest}. La "
              "copertura indica quante persone puoi incontrare; l'indice mostra quanto è concentrato il tuo target.",
    }


# -- q3: channels for a persona ---------------------------------------------------------------------------
q3 = ChoiceQuestion(
    id="02.q3",
    title={"en": "Which channel for an office offer?", "it": "Quale canale per un'offerta agli uffici?"},
    prompt={
        "en": "Nuvola plans a B2B offer (selling to businesses): sparkling water delivered to offices. Its persona: "
              "aged 30-49, working in professional services. In the explorer, which platform is the main platform "
              "of the most matching Nuvola customers?",
        "it": "Nuvola prepara un'offerta B2B (vendita alle aziende): acqua frizzante consegnata in ufficio. La sua "
              "buyer persona: 30-49 anni, lavora nei servizi professionali. Nell'explorer, qual è la piattaforma "
              "principale del maggior numero di clienti Nuvola corrispondenti?",
    },
    options=["YouTube", "Facebook", "LinkedIn", "Instagram"],
    answer="LinkedIn",
    feedback={
        "YouTube": {"en": "YouTube reaches the most US adults of this age (the left panel), but look at the right "
                          "panel: few of Nuvola's matching customers have it as their main platform.",
                    "it": "YouTube raggiunge più adulti statunitensi di questa età (pannello di sinistra), ma guarda "
                          "il pannello di destra: pochi clienti Nuvola corrispondenti lo hanno come piattaforma "
                          "principale."},
        "Facebook": {"en": "Facebook comes second for these customers. Set the industry to 'Professional services' "
                           "and rank by Nuvola customers: one platform has more.",
                     "it": "Facebook è secondo per questi clienti. Imposta il settore su «Professional services» e "
                           "ordina per clienti Nuvola: una piattaforma ne ha di più."},
        "Instagram": {"en": "Instagram leads for Nuvola's customers overall, but not for this persona. Did you set "
                            "the industry to 'Professional services'?",
                      "it": "Instagram è primo tra tutti i clienti Nuvola, ma non per questa buyer persona. Hai "
                            "impostato il settore su «Professional services»?"},
    },
    hints=[
        {"en": "In the explorer set Age group to 30-49 and Industry to Professional services; leave the rest at "
               "'any'.",
         "it": "Nell'explorer imposta «Fascia d'età» su «30-49» e «Settore» su «Professional services»; lascia il "
               "resto su «qualsiasi»."},
        {"en": "Rank platforms by 'Nuvola customers like this' and read the top row of the right panel.",
         "it": "Ordina le piattaforme per «Clienti Nuvola simili (piattaforma principale)» e leggi la prima riga "
               "del pannello di destra."},
    ],
    explanation=FromData(lambda: _office_explanation()),
)


def _office_explanation() -> dict[str, str]:
    """q3's explanation, with the persona's numbers as the explorer computes them."""
    from smm_course.explorers import audience

    table = audience.persona_table(audience.Audiences.load(), age_group="30-49", industry="Professional services")
    row = table.set_index("platform")
    linkedin, pew, youtube = row.loc["LinkedIn", "customer_share"], row.loc["LinkedIn", "pew_share"], \
        row.loc["YouTube", "pew_share"]
    return {
        "en": f"LinkedIn is the main platform of {linkedin:.0%} of these customers, although Pew says only "
              f"{pew:.0%} of US adults aged 30-49 use it at all, against {youtube:.0%} for YouTube. A survey of "
              "everyone tells you who you could reach; your own customer data tells you where people like your "
              "buyers actually are.",
        "it": f"LinkedIn è la piattaforma principale del {linkedin:.0%} di questi clienti, anche se secondo Pew lo usa "
              f"solo il {pew:.0%} degli adulti statunitensi di 30-49 anni, contro il {youtube:.0%} di YouTube. Un "
              "sondaggio sulla popolazione generale indica chi potresti raggiungere; i dati dei tuoi clienti mostrano "
              "dove sono davvero le persone simili ai tuoi acquirenti.",
    }



# -- q4: two-hop reach in the karate club -------------------------------------------------------------------
def _reach(hops: int, include_self: bool = False) -> pd.Series:
    from smm_course import network

    club = network.karate_club()
    counts = {member: network.reach_within(club, member, hops=hops) for member in club}
    return pd.Series({m: (r.count if include_self else r.new_count) for m, r in counts.items()})


q4 = ValueQuestion(
    id="02.q4",
    title={"en": "Two-hop reach of every member", "it": "Copertura a due passaggi di ogni membro"},
    expected=lambda: _reach(2),
    precision="exact",
    ordered=False,
    variable="reach2",
    hints=[
        {"en": "`network.reach_within(club, 0, hops=2)` gives the reach of member 0. `.new_count` leaves out the "
               "member itself.",
         "it": "`network.reach_within(club, 0, hops=2)` dà la copertura del membro 0. `.new_count` esclude il "
               "membro stesso."},
        {"en": "Do it for every member with a dict comprehension, `{member: ... for member in club}`, and turn the "
               "dict into a Series with `pd.Series(...)`.",
         "it": "Fallo per ogni membro con una dict comprehension, `{member: ... for member in club}`, e trasforma "
               "il dizionario in una Series con `pd.Series(...)`."},
    ],
    solution=(
        "reach2 = pd.Series({member: network.reach_within(club, member, hops=2).new_count for member in club})"
    ),
    explanation=FromData(lambda: _club_explanation()),
    mistakes=[
        Mistake(lambda: _reach(2, include_self=True),
                {"en": "Each count is one too many: it includes the member itself. Use `.new_count` (or subtract 1).",
                 "it": "Ogni conteggio è più alto di uno: include il membro stesso. Usa `.new_count` (o sottrai 1)."}),
        Mistake(lambda: _reach(1),
                {"en": "That is one hop: each member's own friends (their degree). Use hops=2 to add friends of "
                       "friends.",
                 "it": "Questo è un passaggio solo: gli amici di ogni membro (il suo grado). Usa `hops=2` per "
                       "aggiungere gli amici degli amici."}),
        Mistake(lambda: _reach(1, include_self=True),
                {"en": "That is one hop, and it counts the member itself. Use hops=2 and `.new_count`.",
                 "it": "Questo è un passaggio solo, e conta il membro stesso. Usa `hops=2` e `.new_count`."}),
    ],
)


def _club_explanation() -> dict[str, str]:
    """q4's explanation, with the karate club's counts: member 31 against the two leaders."""
    from smm_course import network

    club, reach = network.karate_club(), _reach(2)
    # Friends who took the same side as the member when the club split.
    same_side = {m: sum(club.nodes[f]["club"] == club.nodes[m]["club"] for f in club[m]) for m in (0, 33)}
    n = {"d31": club.degree(31), "r31": reach[31], "others": len(club) - 1, "r0": reach[0], "r33": reach[33],
         "s0": same_side[0], "d0": club.degree(0), "s33": same_side[33], "d33": club.degree(33)}
    return {
        "en": f"Member 31 has only {n['d31']} friends but reaches {n['r31']} of the other {n['others']} members "
              f"within two hops, more than either leader (0 reaches {n['r0']}, 33 reaches {n['r33']}): member 31 is "
              "a friend of both leaders, so two hops cover both sides of the club. Nearly all the leaders' friends "
              f"took their leader's side when the club split ({n['s0']} of member 0's {n['d0']} friends, "
              f"{n['s33']} of member 33's {n['d33']}), so two hops from a leader stay mostly on one side.",
        "it": f"Il membro 31 ha solo {n['d31']} amici ma raggiunge {n['r31']} degli altri {n['others']} membri "
              f"entro due passaggi, più di entrambi i leader (0 ne raggiunge {n['r0']}, 33 ne raggiunge "
              f"{n['r33']}): il membro 31 è amico di tutti e due i leader, quindi due passaggi coprono entrambe le "
              "parti del club. Quasi tutti gli amici dei leader hanno scelto la parte del proprio leader quando il "
              f"club si è diviso ({n['s0']} dei {n['d0']} amici del membro 0, {n['s33']} dei {n['d33']} del membro "
              "33), quindi due passaggi da un leader restano quasi tutti da una parte.",
    }


# -- q5: hubs against bridges that are not hubs, in the follower network ------------------------------------------
@lru_cache(maxsize=None)
def _follower_reaches() -> dict[str, int]:
    """Accounts reached in the follower network: the right count, the usual wrong roads, and the comparison."""
    from smm_course import network

    followers = network.follower_graph()
    ranking = network.top_influencers(followers, k=followers.number_of_nodes(), by="betweenness")["node"]
    hubs = network.top_influencers(followers, k=5, by="degree")["node"]
    # Three of the five best bridges are also hubs: the question compares hubs with the best bridges outside them.
    bridges = ranking[~ranking.isin(hubs)].head(5)
    two_hops = network.reach_within(followers, bridges, hops=2)
    return {
        "bridges2": two_hops.count,
        "bridges2_without_starts": two_hops.new_count,
        "bridges1": network.reach_within(followers, bridges, hops=1).count,
        "hubs2": network.reach_within(followers, hubs, hops=2).count,
        "top_bridges2": network.reach_within(followers, ranking.head(5), hops=2).count,
        # Each bridge's reach on its own, added up: the shared audience counts twice.
        "separately": sum(network.reach_within(followers, node, hops=2).count for node in bridges),
        "hub_followers": sum(followers.out_degree(node) for node in hubs),
        "bridge_followers": sum(followers.out_degree(node) for node in bridges),
    }


def _bridges_explanation() -> dict[str, str]:
    """q5's explanation, with the counts of the course's follower network."""
    n = _follower_reaches()
    en = {key: f"{value:,}" for key, value in n.items()}
    it = {key: format_number(value, lang="it") for key, value in n.items()}  # 1.202 in Italian
    gap_en, gap_it = f"{n['bridges2'] - n['hubs2']:,}", format_number(n["bridges2"] - n["hubs2"], lang="it")
    return {
        "en": f"The five bridges reach {en['bridges2']} accounts within two hops, {gap_en} more than the five "
              f"biggest hubs ({en['hubs2']}), although they have {en['bridge_followers']} followers between them "
              f"against the hubs' {en['hub_followers']}. The big hubs share much of their audience, so adding "
              "another hub adds few new people; bridges open new communities.",
        "it": f"I cinque ponti raggiungono {it['bridges2']} account entro due passaggi, {gap_it} in più dei "
              f"cinque hub più grandi ({it['hubs2']}), anche se hanno {it['bridge_followers']} follower in tutto "
              f"contro i {it['hub_followers']} degli hub. I grandi hub condividono gran parte del pubblico, quindi "
              "un hub in più aggiunge poche persone nuove; i ponti aprono nuove comunità.",
    }


q5 = ValueQuestion(
    id="02.q5",
    title={"en": "How far do five bridges that are not hubs reach?",
           "it": "Fin dove arrivano cinque ponti che non sono hub?"},
    expected=lambda: _follower_reaches()["bridges2"],
    precision="exact",
    variable="bridge_reach",
    hints=[
        {"en": "`bridges[\"node\"]` are the five starting accounts.",
         "it": "`bridges[\"node\"]` sono i cinque account di partenza."},
        {"en": "Pass them all at once to `network.reach_within(followers, ..., hops=2)` and take `.count`: "
               "an account reached from two starts counts once.",
         "it": "Passali tutti insieme a `network.reach_within(followers, ..., hops=2)` e prendi `.count`: un "
               "account raggiunto da due partenze conta una volta sola."},
    ],
    solution='bridge_reach = network.reach_within(followers, bridges["node"], hops=2).count',
    explanation=FromData(_bridges_explanation),
    mistakes=[
        Mistake(lambda: _follower_reaches()["hubs2"],
                {"en": "That is the reach of the five biggest hubs (`hubs`). The question starts from `bridges`.",
                 "it": "Questa è la copertura dei cinque hub più grandi (`hubs`). La domanda parte da `bridges`."}),
        Mistake(lambda: _follower_reaches()["bridges1"],
                {"en": "That is one hop: only the bridges' own followers. Use hops=2.",
                 "it": "Questo è un passaggio solo: solo i follower dei ponti. Usa `hops=2`."}),
        Mistake(lambda: _follower_reaches()["bridges2_without_starts"],
                {"en": "Almost: that leaves out the 5 starting accounts. The question counts them: use `.count`.",
                 "it": "Quasi: così escludi i 5 account di partenza. La domanda li conta: usa `.count`."}),
        Mistake(lambda a: type(a).__name__ == "Reach",
                {"en": "That is the whole result of `reach_within`. Take the number out of it with `.count`.",
                 "it": "Questo è il risultato intero di `reach_within`. Estrai il numero con `.count`."}),
        Mistake(lambda: _follower_reaches()["top_bridges2"],
                {"en": "That starts from the top 5 of `ranking`, three of which are also hubs. Start from the "
                       "five accounts in `bridges`, the best bridges outside the hubs.",
                 "it": "Così parti dai primi 5 di `ranking`, tre dei quali sono anche hub. Parti dai cinque "
                       "account di `bridges`, i ponti migliori fuori dagli hub."}),
        Mistake(lambda: _follower_reaches()["separately"],
                {"en": "You added up the reach of each bridge on its own, so an account reached by two bridges "
                       "counts twice. Pass the five accounts to `reach_within` together, in one call.",
                 "it": "Hai sommato la copertura di ogni ponte da solo, così un account raggiunto da due ponti "
                       "conta due volte. Passa i cinque account a `reach_within` insieme, in una sola chiamata."}),
    ],
)


# -- quiz ------------------------------------------------------------------------------------------------------
quiz1 = ChoiceQuestion(
    id="02.quiz1",
    title={"en": "Hub or bridge?", "it": "Hub o ponte?"},
    prompt={
        "en": "Account A has 300 followers, all in one tight community. Account B has 40 followers spread over three "
              "communities that rarely meet. Nuvola wants a message to travel beyond one community. Who helps more?",
        "it": "L'account A ha 300 follower, tutti in una comunità molto unita. L'account B ha 40 follower sparsi in "
              "tre comunità che si incontrano di rado. Nuvola vuole che un messaggio vada oltre una comunità. Chi "
              "aiuta di più?",
    },
    options={"A": {"en": "A: the highest degree wins", "it": "A: vince il grado più alto"},
             "B": {"en": "B: a bridge between communities (high betweenness)",
                   "it": "B: un ponte tra comunità (alta intermediazione)"},
             "same": {"en": "They help the same", "it": "Aiutano allo stesso modo"}},
    answer="B",
    feedback={
        "A": {"en": "A reaches more people at once, but all in one community, who mostly know each other already.",
              "it": "A raggiunge più persone subito, ma tutte in una comunità, che in gran parte si conoscono già."},
        "same": {"en": "Where the followers sit matters, not only how many there are.",
                 "it": "Conta dove stanno i follower, non solo quanti sono."},
    },
    hints=[{"en": "Think of member 31 in the karate club.", "it": "Pensa al membro 31 del club di karate."}],
    explanation={"en": "B is a bridge: messages that pass through B reach communities A never touches.",
                 "it": "B è un ponte: i messaggi che passano da B raggiungono comunità che A non tocca."},
)

quiz2 = ChoiceQuestion(
    id="02.quiz2",
    title={"en": "What does the survey say?", "it": "Che cosa indica il sondaggio?"},
    prompt={
        "en": "Pew found that 78% of US adults aged 18-29 use Instagram. What may Nuvola conclude about its own "
              "young customers in Europe?",
        "it": "Pew ha rilevato che il 78% degli adulti statunitensi di 18-29 anni usa Instagram. Che cosa può "
              "concludere Nuvola sui propri giovani clienti in Europa?",
    },
    options={
        "hint": {"en": "It is a useful hint to check against its own customer data: the survey asked US adults "
                       "whether they use a platform at all",
                 "it": "È un indizio utile da verificare con i dati dei propri clienti: il sondaggio chiedeva ad "
                       "adulti statunitensi se usano una piattaforma"},
        "78": {"en": "78% of its young customers use Instagram", "it": "Il 78% dei suoi giovani clienti usa Instagram"},
        "main": {"en": "Instagram is the main platform of 78% of its young customers",
                 "it": "Instagram è la piattaforma principale del 78% dei suoi giovani clienti"},
    },
    answer="hint",
    feedback={
        "78": {"en": "The survey sample is US adults, not Nuvola's European customers. It cannot give their share.",
               "it": "Il campione del sondaggio sono adulti statunitensi, non i clienti europei di Nuvola. Non può "
                     "dare la loro quota."},
        "main": {"en": "Using a platform at all is not the same as it being your main platform; and the survey is "
                       "about the US.",
                 "it": "Usare una piattaforma non vuol dire che sia la principale; e il sondaggio riguarda gli USA."},
    },
    hints=[{"en": "Who was asked, and what were they asked?", "it": "Chi è stato intervistato, e su che cosa?"}],
    explanation={"en": "A survey describes the population its sample was drawn from. Use it as a starting point, "
                       "then check with your own data.",
                 "it": "Un sondaggio descrive la popolazione da cui è estratto il campione. Usalo come punto di "
                       "partenza, poi verifica con i tuoi dati."},
)

quiz3 = ChoiceQuestion(
    id="02.quiz3",
    title={"en": "Reach or index?", "it": "Copertura o indice?"},
    prompt={
        "en": "For adults aged 18-29, YouTube reaches 93% (index 1.12) and Snapchat 65% (index 2.41). Which "
              "statement is right?",
        "it": "Per gli adulti di 18-29 anni, YouTube raggiunge il 93% (indice 1,12) e Snapchat il 65% (indice "
              "2,41). Quale affermazione è giusta?",
    },
    options={
        "both": {"en": "YouTube reaches more young adults; Snapchat's audience is more concentrated in them",
                 "it": "YouTube raggiunge più giovani adulti; il pubblico di Snapchat è più concentrato su di loro"},
        "snap": {"en": "Snapchat reaches more young adults, because its index is higher",
                 "it": "Snapchat raggiunge più giovani adulti, perché il suo indice è più alto"},
        "youtube": {"en": "YouTube is better on both counts", "it": "YouTube è migliore sotto entrambi gli aspetti"},
    },
    answer="both",
    feedback={
        "snap": {"en": "The index compares with the average adult; it says nothing about how many people you reach. "
                       "93% is more than 65%.",
                 "it": "L'indice confronta con l'adulto medio; non indica quante persone raggiungi. Il 93% è più del "
                       "65%."},
        "youtube": {"en": "YouTube reaches more, but almost everyone uses it, so its index is close to 1.",
                    "it": "YouTube raggiunge di più, ma lo usano quasi tutti, quindi il suo indice è vicino a 1."},
    },
    hints=[{"en": "Reach counts people; the index compares with the average adult.",
            "it": "La copertura conta le persone; l'indice confronta con l'adulto medio."}],
    explanation={"en": "Reach tells you how many of your target you can meet; the index tells you how much of the "
                       "platform's audience is your target, so how little you spend on people outside it.",
                 "it": "La copertura indica quante persone del target puoi incontrare; l'indice mostra quanto del "
                       "pubblico della piattaforma è il tuo target, quindi quanto poco spendi per persone fuori dal "
                       "target."},
)

quiz = Quiz(id="02.quiz", title={"en": "Check your understanding", "it": "Verifica la tua comprensione"},
            questions=[quiz1, quiz2, quiz3])
