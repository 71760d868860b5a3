"""Bridge statements: status, count, river, connects and who destroyed a bridge, per speaker."""

from __future__ import annotations

import re

from . import _attribution as attr
from ._parse_agents import (
    _OPPOSITE,
    _PASSIVE_BE,
    _PASSIVE_SUBORDINATE,
    _WARRING_NAME,
    _agent_finditer,
    _agent_side,
    _clause_side,
    _clauses,
    _force_side,
    _passive_agent,
    _plain_case,
    _window_before,
)
from ._regex import (
    compile_fast,
    compile_lower,
    contains_any,
    literal_starts,
    lower,
)

# ("the Sudzha crossing point", "the Logachevka border crossing": checkpoints, not bridges)
# ("a trolleybus crossing the dam": the verb, before the thing crossed)
_BRIDGE = compile_fast(
    # ("the road overpass beside the hospital", "a viaduct": bridges over a road or a valley)
    r"\b(?:(?:foot|draw)?bridges?|overpass(?:es)?|flyovers?|viaducts?|"
    # (not a ferry's: "a ferry crossing near Nova Kakhovka" is no bridge)
    r"(?<!border )(?<!ferry )crossings?(?! points?\b)(?!\s+(?:the|a|an|its|their)\s)|pontoons?|"
    r"road (?:(?:that\s+)?(?:runs|running|ran|leading|leads)\s+)?(?:over|across) the "
    r"(?:[\w-]+\s+){0,2}?dam|dam road|"
    # "the span over the Siverskyi Donets", "the railway link across the Dnipro": a bridge by
    # what it spans (not "a time span", "the rail link to Crimea": a route)
    r"(?:spans?|(?:rail|railway|road|road-rail) links?)(?=\s+(?:over|across)\s+the\s)"
    r"(?!\s+\w+\s+the\s+(?:past|last|next|following|previous|coming|summer|winter|spring|"
    r"autumn|weekend|week|month|year|day|night|period)\b))\b",
    re.I,
)
# "..., while the railway part is intact": another part of the bridge just named; "all but one
# of the bridges ..., and the last one was damaged": the bridge left of those just named
_BRIDGE_PART = compile_fast(
    r"\b(?:the|its)\s+(?:[\w-]+\s+)?(?:part|section|span|lane|track|side|deck)\b"
    r"|\bthe\s+(?:last|remaining|only|other)\s+one\b"
)
# "it was struck", "made it impassable": the bridge named just before
# (and "the railway link", "reopened one lane": the bridge by its kind or a part of its deck)
# (any case: "The structure was damaged", "Its road section collapsed" open their sentences)
_BRIDGE_PRONOUN = compile_fast(
    r"\b(?:it|the structure|spans?|the (?:rail|railway|road|road-rail) link|"
    # ("built three crossings in three days, and all three were destroyed")
    r"all\s+(?:two|three|four|five|of\s+them)(?=\s+(?:were|had|have)\b)|"
    r"(?:one|a|two|both|the|its) lanes?|its\s+(?:[\w-]+\s+)?(?:part|section|deck|carriageway))\b",
    re.I,
)
# whether a sentence may speak of the bridge just named: "it", "the structure", "one span"
_CARRY_WORDS = contains_any(
    [" it ", " it.", " it,", "the structure", " span", " link", " lane", "its "]
)
# traffic back on a bridge, its subject the traffic: "trains were running again", "cars were
# being let across", "rail traffic across the strait has resumed", "vehicles were again
# crossing" (not "has not resumed", nor a hope: "traffic is expected to be restored")
_TRAFFIC_BACK_PATTERN = (
    r"\b(?:traffic|trains?|train services|rail services|cars|vehicles|lorries|trucks)\b"
    r"(?:\s+(?!(?:not|never|yet|no|to|be|will|would|could|should|may|might|until|expected)\b)"
    r"[\w-]+){0,5}?\s+(?:resum(?:ed|es|ing)|restart(?:ed|s|ing)|restored|"
    r"(?:running|moving|flowing|crossing)\s+"
    r"(?:again|normally)|again\s+(?:running|moving|flowing|crossing)|(?:let|allowed)\s+across)\b"
)
_TRAFFIC_BACK = compile_lower(_TRAFFIC_BACK_PATTERN)
# a force that built a bridge: it stands, and that force runs it ("sappers laid a pontoon bridge
# across the river", "a crossing put up by engineers", "the pontoon had been assembled
# overnight"; not one still going up: "crews are putting up temporary crossings")
# ("have put in pontoon bridges", "improvised crossings over the stream", "constructed a
# bridge", "finished a barge bridge": more verbs of making a crossing, made and standing)
_BUILD_VERBS = (
    r"(?:built|erected|put up|put in|laid|assembled|set up|threw|thrown|installed|"
    r"improvised|constructed|rigged up|finished|completed)"
)
_BUILT_PATTERN = (
    r"\b" + _BUILD_VERBS + r"\s+(?:(?:a|an|the|two|three|several|their|its|new|temporary|"
    r"makeshift|at least one|another|more)\s+){0,3}(?:[\w-]+\s+){0,2}?"
    # (not a figure of speech: "built a bridge between two eras", "building bridges with")
    r"(?:pontoons?|bridges?|crossings?)\b(?![\"”]|\s+(?:between|with)\b)"
    r"|\b(?:pontoons?|bridges?|crossings?)\s+(?:(?:had|has|have)\s+been\s+|was\s+|were\s+|"
    r"is\s+being\s+)?(?:built|erected|put up|laid|assembled|set up|thrown|installed)\b"
    # a new bridge in place of an old one: "has been replaced by a pontoon crossing", "was
    # replaced with a temporary bridge"
    r"|\breplaced\s+(?:by|with)\s+(?:(?:a|an|two|new|temporary|makeshift|military|pontoon)\s+)"
    r"{0,3}(?:[\w-]+\s+){0,2}?(?:pontoons?|bridges?|crossings?)\b"
    # "engineers had put a pontoon bridge across the river": "put" with where it spans (not
    # "put the bridge out of action")
    r"|\bput\s+(?:(?:a|an|two|three|several|new|temporary|makeshift|another)\s+){1,3}"
    r"(?:[\w-]+\s+){0,2}?(?:pontoons?|bridges?|crossings?)\s+(?:across|over)\b"
)
_BUILT = compile_lower(_BUILT_PATTERN)
# a force that moves over a bridge: it stands, and that force uses it ("Russian units rely on a
# pontoon bridge", "troops depended on two crossings", "the garrison relies mostly on the
# bridge")
_USED_PATTERN = (
    r"\b(?:rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?)\s+(?:heavily\s+|mostly\s+|largely\s+)?"
    r"on\s+(?:(?:a|an|the|two|three|several|their|its|temporary|makeshift|one|few|at least one|"
    r"remaining|last)\s+){0,3}(?:(?!of\b)[\w-]+\s+){0,2}?(?:pontoons?|bridges?|crossings?)\b"
    # the plain verb of use, its object a bridge with a determiner: "they use a pontoon
    # crossing", "troops were using two temporary bridges", "convoys used the dam road bridge"
    # (not "used to": a habit; nor "the bridge they used": the noun before the verb; nor "can
    # no longer use the bridge": denied; nor "using a pontoon and barges": one way among boats)
    r"|(?<!no longer )(?<!not )(?<!cannot )(?<!unable to )"
    r"\bus(?:e|es|ed|ing)\s+(?:(?:a|an|the|two|three|several|their|its|temporary|makeshift|"
    r"one|at least one|remaining|last|this|that)\s+){1,3}(?:(?!of\b)[\w-]+\s+){0,2}?"
    r"(?:pontoons?(?!\s+(?:bridges?|crossings?)\b)|bridges?|crossings?)\b"
    r"(?!\s+(?:and|or)\s+(?:barges?|ferr(?:y|ies)|boats?)\b)"
    # a force moving over it: "units had crossed the river north of the town on a pontoon
    # bridge", "troops crossing the Oskil over a temporary crossing" (a determiner before it:
    # not "crossed the bridge", the object crossed under fire or not)
    r"|\bcross(?:ed|es|ing)?\s+(?:(?!(?:on|over|via|by)\b)[\w'’-]+\s+){0,8}?(?:on|over|via|by)\s+"
    r"(?:a|an|two|their|its|temporary|makeshift)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:pontoons?|bridges?|crossings?)\b"
    # traffic taken over it: "buses were taking people across the army's pontoon bridge",
    # "buses go over the pontoon to Sloviansk", "convoys drove over the bridge"
    r"|\b(?:tak(?:e|es|ing)|took|carr(?:y|ies|ying|ied)|bring(?:s|ing)?|brought|"
    r"ferr(?:y|ies|ying|ied)|go|goes|went|driv(?:e|es|ing)|drove)\s+(?:(?:people|residents|"
    r"civilians|evacuees|them|aid|cargo|supplies)\s+)?(?:across|over)\s+(?:(?:the|a|an|its|their|"
    r"our)\s+(?:[\w-]+['’]s\s+)?|[\w-]+['’]s\s+)(?:[\w-]+\s+){0,2}?(?:pontoons?|bridges?|"
    r"crossings?)\b"
)  # (not "a handful of crossings": the river's crossings in general, no bridge's state)
_USED = compile_lower(_USED_PATTERN)
# a bridge a force holds or took whole, its state otherwise unsaid: it stands, and that force
# holds it ("troops are holding the bridge across the river", "seized both crossings", "the
# bridge was captured by paratroopers", "the crossing had been taken under control")
_HELD_PATTERN = (
    r"\b(?:holding|holds?|held|seiz(?:ed|es|ing)|seize|captur(?:ed|es|ing|e)|"
    r"(?:took|taken|take|takes|taking|gained|seized|in)\s+(?:full\s+)?control\s+of|secured)\s+"
    r"(?:the|a|an|both|two|three|its|their|all)\s+(?:[\w'’-]+\s+){0,3}?(?:bridges?|crossings?)\b"
    r"|\b(?:was|were|been|is|are|being)\s+(?:captured|seized|held)(?=\s+by\b)"
    # a force's own formula for a capture, its agent unsaid: "taken under protection"
    r"|\btaken\s+(?:under|into)\s+(?:[\w-]+\s+)?(?:control|protection|guard)\b"
    # a movable bridge raised against crossing by those who hold it: "the drawbridge has been
    # raised", "the span was lifted overnight", "the bridge will stay raised"
    # ("concerns were raised about the bridge": the bridge its subject or object only)
    r"|\b(?:bridges?|drawbridges?|spans?)\s+"
    r"(?:(?:over|across|on|in|at)\s+(?:the\s+)?[\w'’-]+\s+(?:[\w-]+\s+)?)?"
    r"(?:(?:has|have|had|will|would|was|were|is|are|been|be|now|also|still|already|stay|"
    r"stays|stayed|remains?|remained)\s+){1,3}(?:raised|lifted|drawn\s+up)\b"
    r"|\b(?:raised|lifted|raising|lifting)\s+(?:the|a|both|its|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:draw)?bridges?\b"
)
# a bridge as a figure of speech, a way to an abstract end: "a bridge to the liberation of the
# region", "bridges toward peace", "the bridge to a settlement" (not "the bridge to the island")
_FIGURATIVE = compile_lower(
    r"bridges?\s+(?:to|towards?)\s+(?:the\s+|a\s+|an\s+|lasting\s+|future\s+)?"
    r"(?:liberation|peace|future|victory|freedom|dialogue|talks|negotiations|reconciliation|"
    r"understanding|cooperation|prosperity|recovery|democracy|integration|membership)\b"
)
# a bridge noun opening a quotation that names someone or something: 'called the city's
# workers "the bridge between the districts"', 'dubbed the volunteers "our bridge"' (lower case)
_CALLED_QUOTED = compile_lower(
    r"\b(?:called|calls|call|calling|dubbed|dubs|named|nicknamed|described\s+(?:[\w'’-]+\s+){0,6}?"
    r"as)\s+(?:[\w'’-]+\s+){0,6}?[\"“](?:the|a|an|our|their|its)\s+(?:[\w-]+\s+)?$"
)
# words _TRAFFIC_BACK cannot match without
_TRAFFIC_GATE = contains_any(["resum", "restart", "restored", "again", "normally", "across"])
_BRIDGE_STATUS = [
    (
        "damaged",
        compile_lower(
            r"\b(?:partially|partly|half)[\s-](?:destroyed|collaps(?:ed|e|es|ing)|brought down)\b|"
            # "led to the partial collapse of two spans", "caused serious damage to the bridge",
            # "the span has taken substantial damage": the damage named as a noun
            r"\bpartial (?:collapse|destruction)\b|\b(?:caus|inflict|sustain|suffer|tak|took|"
            r"did|done)\w*\s+(?:[\w-]+\s+)?damage\b|"
            # "footage shows damage to the railway bridge"
            r"\bdamage\s+to\b|"
            # "brought down part of the road section", "blew up one span", "took out two road
            # spans", "destroyed a section of the deck": a counted part, not the whole bridge
            # (as "two spans collapsed"; "blew out several spans", "dropped the spans": most of it)
            r"\b(?:(?:brought|bring|brings|bringing|knocked|knocking|blew|blown|blow|blowing|took|"
            r"taken|taking) (?:down|out|up)|destroy(?:ed|ing|s)|demolish(?:ed|ing|es)|"
            r"wreck(?:ed|ing)|dropp(?:ed|ing)) (?:part|parts|sections|(?:a|one|two|three|\d) "
            r"(?:[\w-]+ )?(?:spans?|sections?))\b|\bdamag(?:ed|ing|es)\b|"
            r"\bcracked\b|\bholes?\b|\bcratered\b|\bsmashed\b(?! into)|"
            # "caught fire after the strike", "was set ablaze"
            r"\bcaught fire\b|\bset (?:ablaze|alight|on fire)\b|"
            # "the bridge likely remained structurally undermined": weakened, still standing
            r"\bstructurally (?:undermined|weakened|compromised|unsound)\b",
        ),
    ),
    (
        "destroyed",
        compile_lower(
            # none left: "there are no bridges left over the canal", "no longer had a single
            # whole crossing"
            r"\bno\s+(?:[\w-]+\s+){0,2}?(?:bridges?|crossings?)\s+(?:(?:are|is|were|was)\s+)?"
            r"(?:left|remain(?:s|ed|ing)?)\b|\bsingle\s+(?:whole|intact|working)\s+(?:bridge|crossing)\b|"
            r"\b(?:blew up|blown up|blow up|blowing up|blows up|destroy(?:ed|ing|s)?|"
            r"demolish(?:ed|ing|es)?|collaps(?:ed|ing|es)|wiped out|knock(?:ed|s|ing)? out|brought down|"
            r"bring down|taken out|detonat(?:ed|ing)|razed|no longer (?:usable|standing|exist)|"
            r"fell into|destruction of|gone|falls?|fallen|cut off|lost|loss of|"
            # "wrecked the pontoon crossing", "dropped the spans", "blew out several spans"
            r"wreck(?:ed|ing)|blew out|blown out|knock(?:ed|s|ing)? (?:it|them) out|dropp(?:ed|ing) (?:the |a |its |their |"
            r"several |two |both )?(?:[\w-]+ )?(?:bridges?|crossings?|spans?|sections?)|"
            # a structure that failed: "the bridge came down as a train passed beneath it", "had
            # given way under a freight train", "caved in", "was washed away by the flood" (not
            # motion: "came down the road", nor "gave way to a ferry service": replaced)
            r"(?:came|come|comes|coming) down(?!\s+(?:the|a|an|to|towards?|from|into|its|their)\b)|"
            r"(?:gave|give|given|gives|giving) way(?!\s+to\b)|cav(?:ed|es|ing) in|crumbled|"
            r"(?:swept|washed) away|sever(?:ed|ing)|"
            # "knocked down the bridge", "the strike took out the last bridge", "the pontoon
            # crossing was sunk", "left in ruins", "troops blew the bridge as they retreated"
            r"knock(?:ed|s)? down|took out|obliterated|sunk|sank|reduced to (?:rubble|ruins)|"
            # "fighting left the city's bridges in ruins": the bridge between "left" and "ruins"
            r"(?:left|lies|lay|lying) in ruins|left\s+(?:[\w'’-]+\s+){1,10}?in ruins|"
            # "the Antonivskyi road bridge is a ruin", "the bridge is now in ruins"
            r"(?:is|was|are|were)\s+(?:now\s+|still\s+)?(?:a\s+ruin|ruins|in\s+ruins)|"
            r"(?:blew|blown|blow|blowing) (?:it|them) up|(?:blew|blown|blow|blowing) (?:the|a|both|two|three|"
            r"their|its|every) (?:[\w-]+ ){0,2}(?:bridges?|crossings?|spans?)|"
            # "the bridge over the Borova was blown in May" (the passive without "up")
            # (not "did not say when the bridges had been blown.": which, when, not that)
            r"(?:was|were|been) blown(?= (?:in|on|at|last|overnight|earlier|early|late|by|after|"
            r"before|as|when|during|while)\b)(?! by the wind)|"
            # "sappers had blown the road bridge", "the span was dynamited"
            r"dynamit(?:ed|ing|es)|"
            # "have taken down a number of bridges over the river"
            r"(?:took|taken|take|takes|taking) down|"
            # "the bridge was levelled", "torn apart", "blown to pieces", "annihilated", "is no
            # longer there", "the Russian MoD said it had eliminated a pontoon crossing"
            r"level(?:l)?ed|torn (?:apart|down)|blown to (?:pieces|bits)|"
            # (the bridge their object: not "troops fleeing the bridge were eliminated")
            r"(?:annihilated|eliminated) (?:a|an|the|two|three|both|its|their) (?:[\w-]+ ){0,2}?"
            r"(?:bridges?|crossings?|pontoons?)|"
            r"no longer there|"
            # "with two crossings out", "both bridges were out" (not "the bridge out of the
            # city", "the crossings out to the islands")
            r"(?:bridges?|crossings?)(?:\s+(?:over|across|on|in)\s+the\s+[\w-]+(?:\s+[\w-]+)?)?"
            r"\s+(?:(?:were|was|is|are|now|all|also|still)\s+){0,2}out"
            r"(?!\s+(?:of|to|towards?|into|from|onto|west|east|north|south)\b)(?![-’'])|"
            # "the crossing is down", "the bridge is still down" (not "traffic was down 40%",
            # "down to one lane")
            # ("the bridge to the town has been down since June")
            r"(?:is|was|are|were|been|now|still|remains?|remained)\s+(?:(?:also|now|still|all)\s+)?"
            r"down(?!\s+(?:to|by|from|\d))|"
            # "the bridge lies broken in the river", "the span was broken in two", "both
            # crossings are broken" (not "broken through", "broken off": other verbs)
            r"(?:lies|lie|lay|lying|left|is|was|are|were|remains?|remained)\s+"
            r"(?:(?:also|now|still|all)\s+)?broken(?!\s+(?:through|into|off|up|down)\b)|"
            r"broken in (?:two|half)|"
            # a repair denied, the bridge still down: "the occupiers have not restored the
            # bridges", "the span was never rebuilt", "the crossing is yet to be repaired"
            r"(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:restored|rebuilt|repaired)|"
            r"yet\s+to\s+(?:be\s+)?(?:restored|rebuilt|repaired|restore|rebuild|repair)|"
            # "all three lie in the river", "the span lies in the water"
            # ("has lain in the river since June", "its middle span lying in the green water")
            r"(?:lies|lie|lay|lain|lying)\s+(?:(?:also|now|still|all)\s+)?in\s+the\s+"
            r"(?:[\w-]+\s+)?(?:river|water)|"
            # "the spans they blew up are in the water", "its spans are in the river"
            r"spans?\s+(?:[^.;]{0,40}?\s)?(?:is|are|was|were)\s+(?:now\s+|still\s+)?in\s+the\s+"
            r"(?:river|water))\b",
        ),
    ),
    # an attack ("struck", "hit") and what a bridge can no longer do: true of a damaged and of
    # a destroyed bridge alike, so the outcome, when the clause names one, says which ("struck
    # the bridge, destroying it", "unusable since the troops blew out its spans")
    (
        "damaged",
        compile_lower(
            r"\bstruck\b|"
            # "aircraft bombed the pontoon bridge", "artillery pounded the crossing", "a
            # missile slammed into the bridge"
            r"\bhit\b|\bshelled\b|\bbombed\b|\bpounded\b|\b(?:slammed|smashed|crashed) into\b|"
            # the gerund with the bridge its object: "accused Ukraine of shelling the bridge"
            # (not "crossed the bridge under heavy shelling")
            r"\b(?:striking|hitting|shelling|bombing|pounding)\s+(?:the|a|two|both|its|their)\s+"
            r"(?:[\w'’-]+\s+){0,2}?(?:bridges?|crossings?)\b|"
            # "another strike on that same bridge"
            r"\bstrikes? on (?:the |a |two |both |its |that |this )?(?:same |very )?(?:[\w-]+ )?"
            r"(?:bridges?|crossings?|spans?)\b|"
            # "traffic over the bridge had been stopped": the attack's effect, its outcome unsaid
            r"\btraffic (?:over|across|on) (?:the|that|this|its) (?:[\w-]+ )?(?:bridges?|crossings?) "
            r"(?:had been|has been|have been|was|is|were) (?:stopped|halted|suspended)\b|"
            r"\bclosed (?:to|for) (?:all\s+|civilian\s+|heavy\s+|military\s+)?"
            r"(?:traffic|vehicles|equipment)|"
            r"\b(?:could|can) (?:no longer|not) be used\b|\bno longer be used\b|"
            # what it can no longer bear: "it cannot carry vehicles", "can no longer take trucks"
            r"\b(?:cannot|can['’]t|can no longer|could not|could no longer|no longer able to|unable "
            r"to) (?:carry|take|bear)\b|"
            r"\bunusable\b|\buseless\b|\bimpassable\b|\bno longer (?:passable|open|operational|in (?:use|service))\b|\bout of (?:action|service|use|commission)\b|\bdisabled\b"
        ),
    ),
    (
        "intact",
        compile_lower(
            r"\b(?:intact|undamaged|still standing|remain(?:s|ed)? standing|remain(?:s|ed)? (?:open|usable|"
            r"passable|operational)|still (?:usable|passable|open)|unharmed|survived|"
            # said of the bridge itself: "the bridge over the Berda ... is whole", "the bridges
            # over the Oskil are open", "a pedestrian bridge remains the only crossing", "the
            # bridge holds"
            r"(?:bridges?|crossings?)\s+(?:(?:over|across|on|at|into|in)\s+[^,.;\"”]{1,50}?\s+|"
            r"(?:downstream|upstream|nearby|there|itself)\s+)?"
            r"(?:(?:is|are|was|were)\s+(?:still\s+)?(?:whole|open)|remains?\s+the\s+only\s+"
            r"(?:crossing|bridge|way)|holds)\b(?!\s+(?:to|for|up|back|off)\b)|"
            # back in use after an attack: "reopened to traffic", "has been returned to service"
            # (not "before it could be reopened": a hope)
            r"(?<!be )(?:re-?opened|repaired|restored|(?<!is )(?<!are )rebuilt)|(?:managed|able) to (?:re-?open|repair|restore|rebuild)|(?:returned|back) (?:to|in|into) (?:service|use|"
            r"operation)|open to (?:[\w-]+ )?(?:traffic|cars|vehicles|lorries|trucks|buses|pedestrians)|"
            # "remains in operation", "withstood the strike", "functioning normally"
            r"(?:remains?|remained|still) in (?:operation|use|service)|withst(?:ood|ands?)|"
            r"(?:functioning|operating|working) normally|"
            # "escaped damage", "was spared in the attack"
            r"escaped (?:any\s+|serious\s+|major\s+)?damage|(?<!not )spared|"
            # "came through unscathed", "back open", "open again", "fully operational again"
            r"unscathed|untouched|back open|open again|operational again|fully operational|"
            # in use, said of the bridge: "working without interruption", "all the crossings
            # were working", "the bridge had held", "traffic on the bridge was not affected"
            r"(?:working|functioning|operating)\s+without\s+(?:any\s+)?(?:interruptions?|"
            r"disruptions?|problems?|restrictions?)|"
            r"(?:bridges?|crossings?)\s+(?:(?:over|across)\s+the\s+[\w'’-]+\s+(?:river\s+)?)?"
            r"(?:(?:was|were|is|are|all|still)\s+){1,2}"
            r"(?:working|functioning|operating|(?:used|in\s+use)\b(?!\s+to\b))|"
            # "the road bridge there is standing", "the bridges are standing", "the bridge stands"
            r"(?:bridges?|crossings?|spans?)\s+(?:(?:there|itself|themselves|both|all)\s+)?"
            r"(?:(?:is|are|was|were)\s+(?:still\s+)?standing|(?:still\s+)?stands?)"
            r"(?!\s+(?:in|on|at|over|across|near|by|between|above)\b)|"
            # "the small bridge over the Konka held" (the clause ends there)
            r"(?:(?:foot)?bridges?|crossings?|spans?)\s+(?:(?:over|across|on)\s+the\s+[\w'’-]+\s+)?"
            r"held(?=\s*(?:[.;,\"”]|$))|"
            r"(?:(?:foot)?bridges?|crossings?|spans?|structure)\s+(?:had|has|have)\s+held(?!\s+(?:by|off|back|up|"
            r"out|on|the|a|an|its|their)\b)|"
            r"traffic\s+(?:on|over|across)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:bridges?|crossings?)"
            r"(?:\s+[\w'’-]+){0,6}?\s+(?:was|were|is|are|has|have|had)\s+(?:been\s+)?not\s+(?:been\s+)?"
            r"(?:affected|disrupted|interrupted))\b|"
            + _HELD_PATTERN
            + "|"
            + _BUILT_PATTERN
            + "|"
            + _USED_PATTERN
            + "|"
            + _TRAFFIC_BACK_PATTERN,
        ),
    ),
    # an attack whose outcome the sentence does not say
    (
        "unknown",
        # "Saturday's blast on the Crimean bridge": an attack whose outcome is not said
        compile_lower(
            # "fired two missiles at the bridge": an attack, its outcome unsaid
            r"\b(?:attacked|targeted)\b|\b(?:fired|launched)\s+(?:[\w-]+\s+){0,3}?at\b|"
            # "the bridge came under Russian missile fire again"
            r"\b(?:came|comes|come|coming)\s+under\s+(?:[\w-]+\s+){0,2}?(?:fire|attack|shelling|"
            r"bombardment)\b|"
            r"\b(?:attacking|targeting)\s+(?:the|a|two|both|its|their)\s+(?:[\w'’-]+\s+){0,2}?"
            r"(?:bridges?|crossings?)\b|"
            r"\b(?:blasts?|explosions?|attacks?)\s+on\s+(?:the\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:bridges?|crossings?)\b"
        ),
    ),
]
_NUM = {
    "one": 1, "single": 1, "two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a pair of": 2, "twin": 2, "eleven": 11,
    "twelve": 12,
}  # fmt: skip
_COUNT = compile_fast(
    # (not the end of a range of days: "on June 24-25 after all three bridges")
    r"\b(?<![-–/.:,\d])(?P<n>\d{1,3}(?![.:,]\d)|one|single|two|both|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|a pair of|"
    # ("three of the city's four bridges": the first number, the part that was hit)
    r"twin)\s+(?:(?:of\s+(?:the\s+|its\s+|their\s+)?)?[\w'’-]+\s+){0,3}?(?:bridges?|crossings?)\b",
    re.I,
)
# all the bridges of a place, counted or not: "every bridge over the river", "each of the three
# crossings", "every single one of its bridges" (not "one of the three bridges": one of them)
_EVERY = compile_fast(
    r"\b(?:every|each)\s+(?:single\s+)?(?:one\s+)?(?:of\s+(?:the|its|their|[\w-]+['’]s)\s+"
    r"(?:(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+)?)?"
    r"(?:[\w-]+\s+){0,2}?(?:bridges?|crossings?)\b",
    re.I,
)
_BRIDGE_NAME = compile_fast(
    r"\b(?P<name>(?:[A-Z][\w'’-]+\s+){1,3})(?:(?:road|railway|rail|road-rail|pontoon)\s+)?[Bb]ridge\b"
)
_NOT_NAME = compile_fast(
    r"^(?:The|A|An|All|Three|Two|Both|Last|This|That|One|Only|Russian|Ukrainian)\b"
)
_RIVER_RAW = compile_fast(r"\b(?:over|across|on)\s+the\s+(?P<r>[A-Z][\w'’ -]{2,30}?)\s+[Rr]iver\b")
# ("the rail part, it said, had not collapsed", "the spans did not fall")
# (and a negated attack: "had not been hit and remained open", "the bridge wasn't struck",
# "was never shelled": no attack on it, it stands)
_NEGATED_LOSS = compile_fast(
    r"(?:(?:\b(?:not|never|no)|n['’]t)\s+(?:been\s+|yet\s+)?"
    # ("none of the crossings had been damaged")
    r"|\bnone\s+of\s+(?:the\s+|its\s+|their\s+|the\s+city['’]s\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:bridges|crossings|spans)\s+(?:had|have|has|was|were)\s+(?:been\s+)?)"
    r"(?:destroy|blown|damag|collaps|fall|fell|brought down|(?:hit|struck|shelled|bombed)\b)",
    re.I,
)
_NEGATED_LOSS_WORDS = (
    "troy", "blown", "damag", "collaps", "fall", "fell", "brought down", "hit", "struck",
    "shelled", "bombed",
)  # fmt: skip
_SPANS = compile_fast(r"\bspans?\b", re.I)
# a side saying it does not claim the event: "have not (formally) claimed strikes on bridges"
_NOT_CLAIMED = compile_lower(
    r"\b(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+|formally\s+|officially\s+)?"
    r"(?:claimed|claim|confirmed|confirm|acknowledged|acknowledge"
    # "Russian officials have not commented on the loss of the bridge": silence, no claim
    r"|commented\s+on|comment\s+on|mentioned|mention|spoken\s+about|addressed|address"
    # "has not observed confirmation that any crossing was lost": no one's claim either
    r"|(?:observed|seen|found)\s+(?:any\s+)?(?:confirmation|evidence))\b"
)
# the word "dam" (not "damaged"): "it" after a sentence about a dam is not a bridge
_DAM_WORD = compile_fast(r"\bdams?\b")
_PLURAL_BRIDGES = compile_fast(r"\bbridges\b|\bcrossings\b", re.I)
_CONNECTS_BEFORE = compile_fast(
    r"\b(?:to|into|towards?|between|linking|connecting|links|connects|with|and|"
    r"from)\s+(?:the\s+)?(?:\w+\s+){0,2}$"
)
# the number words of _COUNT (a digit aside), one of which its match holds
_COUNT_WORDS = contains_any(
    "one single two both three four five six seven eight nine ten twin eleven twelve pair".split()
)
_DIGIT = re.compile(r"\d")
_BRIDGE_LOW = compile_lower(_BRIDGE.pattern)  # _BRIDGE to run on lower-cased text
# the words of a bridge in service among the intact ones of _BRIDGE_STATUS ("working without
# interruption", "traffic ... was not affected"): its gate's words and :data:`_IN_SERVICE`
_IN_SERVICE_WORDS = ["working", "functioning", "operating", "affected", "disrupted", "interrupted"]
# words each pattern of _BRIDGE_STATUS cannot match without, in its order ("destroyed": none,
# most clauses that get that far hold one)
_BRIDGE_STATUS_GATES = [
    contains_any(
        ["destroyed", "collaps", "damag", "struck", "hit", "shelled", " part", " section", " span",
         "strike", "cracked", "hole", "structurally", "partial", "cratered", "smashed", "fire",
         "ablaze", "alight"]
    ),
    None,
    contains_any(["closed", "carry", "bear", " take", "used", "usable", "useless", "passable", "no longer", "out of", "disabled", "struck", "hit",
                  "shelled", "strike", "bombed", "pounded", "slammed", "smashed", "crashed",
                  "striking", "hitting", "shelling", "bombing", "pounding", "traffic"]),
    contains_any(
        ["intact", "undamaged", "standing", "stand", "open", "usable", "passable", "operational", "buil",
         "erect", "put ", "laid", "improvis", "construct", "rigged", "assembl", "set up", "thr", "install",
         "unharmed", "unscathed", "untouched", "survived", "open", "repaired", "restored", "service", "use", "operation",
         "resum", "restart", "again", "normally", "across", "withst", "escaped", "spared", "hold",
         "held", "seiz", "captur", "control", "secured", "taken", "raised", "lifted", "drawn up",
         "rel", "depend", "using", "replaced", "cross", "finish", "complet", "whole", "only",
         *_IN_SERVICE_WORDS]
    ),
    contains_any(["attack", "target", "blast", "explosion", "fired", "launched", "under"]),
]  # fmt: skip
# "the blast on the bridge, which he blames on Ukrainian special services": who is blamed
_BLAMED_ON = compile_fast(
    r"\bblam(?:es|ed|e|ing)\s+(?:it\s+|them\s+)?on\s+(?P<np>(?:[\w'’-]+\s*){1,4})", re.I
)


# "across the wrecked bridge", "the already broken crossing": a state named in passing, before
# the bridge noun, not a report of what happened to it
_ATTRIBUTIVE_BEFORE = compile_fast(r"\b(?:the|a|an|its|their)\s+(?:already\s+|now\s+)?$")
_ATTRIBUTIVE_AFTER = compile_fast(
    r"\s+(?:(?!of\b)[\w-]+\s+){0,2}?(?:bridges?|crossings?|spans?|pontoons?)\b"
)  # ("the destruction of the bridge", "the partial collapse of the span": a noun's "of")


# a quote closed and attributed: '"...," he said', '"...!" the governor wrote', '"...," said X'
_QUOTE_SAID = compile_fast(
    r"[,!?][\"”]\s+[^\"“”]{0,90}?\b(?:said|says|added|adds|wrote|writes|told|stated|"
    r"insisted|insists)\b"
)
# a speech verb closing an attribution before the rest of the sentence goes on
_SAID_COMMA = compile_fast(r"\b(?:said|says|reported|reports|told [\w ]{1,30}?|announced|stated),")
# words before the places a bridge leads to, not where it stands
_LINK_WORD = compile_fast(
    r"\b(?:links?|linking|linked|connect(?:s|ing|ed)?|between|joins?|joining)\b"
)
# the subject of a destruction verb that is a part of the bridge, not all of it: "two spans of
# one of the road carriageways have collapsed", "where spans fell into the sea" (the words
# between hold no punctuation; "all the spans", "several central spans collapsed": most of
# the bridge, a quantity ``q``)
_PART_SUBJECT = compile_lower(
    r"\b(?:(?P<q>all|several|many|most|multiple)\s+(?:of\s+)?(?:the\s+|its\s+)?"
    # ("the span over the Siverskyi Donets was blown up": the bridge by what it spans)
    r"(?:[\w-]+\s+)?)?(?:spans?|sections?|parts? of|carriageways?)\b(?!\s+(?:over|across)\s)"
    r"(?:\s+[\w'’-]+){0,9}?\s+$"
)


# a demolition's purpose names whom it stops: "blown up to slow the Russian advance", "to keep
# Russian armour out of the capital", "to deny the enemy the crossing"
_STOPPING = compile_lower(
    r"\bto\s+(?:slow|stop|halt|hold up|hold back|block|delay|deny|prevent|keep)\b"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?P<who>the enemy|enemy|russian|ukrainian|russia['’]s|ukraine['’]s|"
    r"the russians|the ukrainians|russians|ukrainians)\b"
)


def _demolisher(low: str, pos: int, speaker_side: str | None) -> str | None:
    """The side that destroyed a bridge to stop the other, from a purpose clause after ``pos``
    in the lower-cased clause ``low`` ("blown up to slow the Russian advance": Ukraine)."""
    m = _STOPPING.search(low, pos, pos + 120)
    if m is None:
        return None
    who = m.group("who")
    if "enemy" in who:
        return speaker_side  # the speaker's side stopped its enemy
    return _OPPOSITE["RU" if "russ" in who else "UA"]


# the patterns of _BRIDGE_STATUS that name an attack, not what it did: "struck", "hit",
# "targeted", "fired missiles at"
_ATTACK_STATUS = (_BRIDGE_STATUS[2][1], _BRIDGE_STATUS[4][1])
# a place word before the bridge noun: the bridge is a landmark of the attack ("struck the
# district near the bridge", "shells hit houses next to the crossing")
_LANDMARK_BEFORE = compile_lower(
    # (not "near Kreminna on a pontoon bridge": the place the crossing was, the bridge the way)
    r"\b(?:near|beside|next to|close to|not far from|around|alongside)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:(?!(?:on|over|across|via)\s)[\w'’-]+\s+){0,3}$"
)
# earlier attacks recited: "had been hit once before", "was first struck on April 26", "hit
# repeatedly in the summer", "shelled several times last year"
_RECAP_GATE = contains_any(
    ["before", "previous", "first", "background", "summer", "spring", "autumn", "winter",
     "last year", "last month", "earlier this", "earlier in"]
)  # fmt: skip
_IN_SERVICE = contains_any(_IN_SERVICE_WORDS)
# the closure or loss of use among the attack words of _BRIDGE_STATUS: a state now, however long
# ago the attack ("closed to traffic", "cannot carry trucks", "impassable")
_LASTING_STATE = compile_lower(
    r"(?:closed|traffic|unusable|useless|impassable|no longer|out of|disabled|could|can|unable)"
)
_RECAP = compile_lower(
    r"\b(?:(?:once|twice|(?:two|three|four|five|several|many)\s+times)\s+before|previously|"
    r"for background|first\s+(?:struck|hit|shelled|attacked|targeted)|"
    r"in\s+the\s+(?:summer|spring|autumn|winter)|last\s+(?:year|month|summer|spring|autumn|"
    r"winter)|earlier\s+(?:this|that|in\s+the)\s+(?:year|month|war|summer|spring|autumn|"
    r"winter))\b"
)


# an attack named as what a statement is about, not what it says happened: "reported on the
# inquiry into Saturday's explosion on the bridge", "questions about the blast on the crossing"
_TOPIC_BEFORE = compile_lower(
    r"\b(?:inquiry|investigation|probe|case|report|reported|briefed|briefing|commented|comment|"
    r"comments|spoke|talked|questions?)\s+(?:[\w-]+\s+)?(?:on|into|about|over)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$"
)

# who carried out the attack just reported, in a sentence of its own: "the operation was
# organised by Ukraine's special services", "the strike was a joint operation of the SBU and
# the navy", "Kyiv was behind Saturday's blast", "blames the Kyiv regime for the attack"
_ATTACK_NOUN = r"(?:strike|attack|explosion|blast|operation|sabotage|bombing|raid|terrorist act)"
_ATTACK_AUTHOR = compile_fast(
    r"\bthe\s+(?:[\w-]+\s+){0,2}?" + _ATTACK_NOUN + r"s?\b[^.;:]{0,60}?\b(?:was|were|had\s+been|"
    r"has\s+been)\s+(?:(?:organi[sz]ed|carried\s+out|conducted|staged|orchestrated|planned|"
    r"prepared|committed|mounted|overseen|executed|masterminded)\s+by|a\s+(?:[\w-]+\s+){0,2}?"
    r"operation\s+(?:of|by))\s+(?P<by>[^.;,]{1,60})"
    r"|(?P<who>(?:[\w'’\"“”-]+\s+){1,4}?)(?:was|were|is|are)\s+behind\s+(?:the|this|that|"
    r"[\w-]+['’]s)\s+(?:[\w-]+\s+)?" + _ATTACK_NOUN + r"\b"
    r"|\bblam(?:es|ed|e|ing)\s+(?P<blamed>[^.;]{1,50}?)\s+for\s+(?:the|this|that|[\w-]+['’]s)\s+"
    r"(?:[\w-]+\s+)?" + _ATTACK_NOUN + r"\b"
    # "the destruction of the bridge was the work of Russian sappers"
    r"|\bthe\s+(?:[\w-]+\s+){0,2}?(?:" + _ATTACK_NOUN[3:-1] + r"|destruction|demolition)s?\b"
    r"[^.;:]{0,60}?\b(?:was|were|is|had\s+been)\s+(?:the\s+)?work\s+of\s+(?P<work>[^.;,]{1,60})",
    re.I,
)
_SPEECH_CUT = compile_fast(r"\b(?:said|says|claimed|claims|stated|reported|that)\b|,")
# a negation or a denial around the author named: "does not say Kyiv was behind the blast"
_AUTHOR_DENIED = compile_fast(
    r"\b(?:not|never|n['’]t|nobody|no\s+one|den(?:y|ies|ied|ying)|refus(?:ed|es|ing)|"
    r"rejected|dismissed)\b",
    re.I,
)
# the target an attack noun names: "the strike on the power station", "the attack against"
_ATTACK_TARGET = compile_fast(_ATTACK_NOUN + r"s?\s+(?:on|against|at)\s", re.I)
# words every match of _ATTACK_AUTHOR holds one of
_AUTHOR_GATE = contains_any([" by ", "behind", "blam", "operation of", "work of"])


def _attack_author(s: str) -> str | None:
    """The side a sentence says carried out the attack just reported ("the operation was
    organised by Ukraine's special services": UA), if it says so."""
    m = _ATTACK_AUTHOR.search(s)
    if m is None or _AUTHOR_DENIED.search(s, max(0, m.start() - 60), m.end()):
        # ("He does not say Ukraine was behind the blast", "denied that Kyiv was behind the
        # attack": no one named)
        return None
    t = _ATTACK_TARGET.search(s, m.start(), m.end() + 60)
    if t is not None and _BRIDGE.search(s, t.end(), t.end() + 50) is None:
        return None  # "the strike on the power station was carried out by": another target
    if m.group("who") is not None:
        # "Russian officials said Kyiv was behind the attack": the words after the speech verb
        return attr.side_of_phrase(_SPEECH_CUT.split(m.group("who"))[-1])
    return attr.side_of_phrase(m.group("by") or m.group("blamed") or m.group("work"))


def _credit_attack(
    rows: list[dict], recent_start: int, side: str | None, author: str, ctx: dict
) -> list[dict]:
    """The rows a sentence naming the attack's ``author`` adds, after giving that author to
    the side's rows that started at ``recent_start`` or later and named no attacker.

    Parameters
    ----------
    rows : list of dict
        The report's bridge rows so far.
    recent_start : int
        Offset from which a row is recent enough for the sentence to speak of its attack.
    side : str or None
        The side of the sentence's speaker.
    author : str
        The side the sentence says carried out the attack.
    ctx : dict
        Name and river of the bridge last named.

    Returns
    -------
    list of dict
        One row when ``side`` has not spoken of the bridge before ("A source in the SBU says
        the strike was a joint operation of the SBU and the navy": its claim of the attack,
        the outcome unsaid), else none.
    """
    own = [r for r in rows if r["claimed_by_side"] == side and r["start"] >= recent_start]
    if not own and side is not None:
        # "The blast brought down two spans of the bridge. Moscow blamed Kyiv for that attack":
        # the attack told in no one's words is the one the side now blames; its claim, not a
        # second row
        own = [
            r for r in rows
            if r["claimed_by_side"] is None and r["actor_side"] is None
            and r["start"] >= recent_start
        ]  # fmt: skip
        for r in own:
            r["claimed_by_side"] = side
    for r in own:
        if r["actor_side"] is None and r["status"] in ("damaged", "destroyed", "unknown"):
            r["actor_side"] = author
    if own or side is None or any(r["claimed_by_side"] == side for r in rows):
        return []
    return [
        {
            "name": ctx["name"], "river": ctx["river"], "connects": None, "status": "unknown",
            "count": 1, "actor_side": author, "claimed_by_side": side, "clause_speaker": False,
        }
    ]  # fmt: skip


# the attack a bridge was hit in, its force named before the attack noun: "damaged in a
# Ukrainian missile strike", "knocked out during Russian shelling", "destroyed amid an enemy
# drone attack" (not "damaged in the fighting": no attack noun, no force)
# "took a direct hit from a Russian missile", "sustained damage from enemy shelling"; what
# brought it down: "collapsed after Russian shelling", "fell following a Ukrainian strike" (not
# "was blown up after a Russian assault": the defenders' act, the assault only its occasion)
_IN_ATTACK = compile_fast(
    # ("destroyed with HIMARS", "thanks to Ukrainian artillery", "as a result of Ukrainian
    # strikes": the weapon or the attack that did it)
    r"\s*,?\s*(?:[\w-]+\s+){0,3}?(?P<prep>in|during|amid|under|from|after|following|since|with|"
    r"thanks\s+to|as\s+a\s+result\s+of)\s+"
    # ("after what he said was a strike by Russian aircraft": the speaker's hedge before it)
    r"(?:what\s+(?:[\w-]+\s+){1,2}?(?:said|called|described\s+as)\s+(?:was\s+)?)?"
    r"(?:an?\s+|the\s+)?"
    r"(?P<np>(?:[\w'’-]+\s+){0,3}?(?:strikes?|attacks?|shelling|bombardment|barrage|raids?|fire|"
    r"bombing|assault|missiles?|rockets?|shells?|drones?|artillery|himars|gmlrs|atacms|"
    r"kalibrs?|iskanders?|shaheds?|lancets?|aviation|aircraft))\b"
    # the force after the attack noun: "a strike by Russian aircraft", "shelling by the enemy"
    r"(?:\s+by\s+(?P<by>(?:[\w'’-]+\s+){0,2}[\w'’-]+))?",
    re.I,
)
# words every match of _IN_ATTACK holds one of
_IN_ATTACK_GATE = contains_any(
    ["in ", "during ", "amid ", "under ", "from ", "after ", "following ", "since ", "with ", "thanks to ",
     "result of "]
)  # fmt: skip
# a bridge opening the words after a speech verb: the subject of the reported clause ("said
# the bridge took a direct hit"), not a force that acts
_BRIDGE_SUBJECT = compile_fast(
    r"(?:the|a|an|its|their|one|two|both|all)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:bridges?|crossings?|pontoons?|spans?)\b",
    re.I,
)


def _attack_phrase_agent(after: str, speaker_side: str | None) -> str | None:
    """The side of the force whose attack a bridge's status verb names just after it ("was
    damaged in a Ukrainian missile strike": UA), if ``after`` opens with such a phrase."""
    m = _IN_ATTACK.match(after)
    if (
        m is None
        or m.group("prep").lower() in ("after", "following", "since")
        and m.group("np").lower().endswith(("assault", "attacks", "attack"))
    ):
        return None
    if m.group("prep").lower() == "with" and (
        after[: m.start("prep")].rstrip().lower().endswith(("along", "together"))
        or after[m.end() :].startswith((" position", " unit", " vehicle", " equipment", " crew"))
    ):
        # "destroyed along with Russian artillery positions": more things lost, not a weapon
        return None
    return _agent_side(m.group("np"), speaker_side) or (
        _agent_side(m.group("by"), speaker_side) if m.group("by") else None
    )


# a bridge that failed of itself, no attack named: "collapsed under a freight train", "gave
# way", "came down" (a bridge inside Russia that collapsed is no sign of a Ukrainian attack)
_STRUCTURAL_FAILURE = compile_lower(
    r"(?:collaps|(?:came|come|comes|coming) down|(?:gave|give|given|gives|giving) way|"
    r"cav(?:ed|es|ing) in|crumbled|(?:swept|washed) away)"
)
# the words of an attack that may have brought such a bridge down
_ATTACK_WORDS = contains_any(
    ["strike", "struck", "hit", "missile", "drone", "shell", "explos", "blast", "sabotag",
     "attack", "bomb", "rocket", "blew", "blown", "mine"]
)  # fmt: skip


# a clause that says the state of the subject before it, with no subject of its own: "..., but
# still standing", "... and remains passable" (read as a bridge's only when one was named)
_ELLIPTIC_STATE = compile_lower(
    r"\W*(?=(?:(?:is|are|was|were|remains?|remained)\s+)?(?:still\s+|now\s+)?"
    r"(?:standing|intact|open|passable|usable|in\s+use)\b)"
)
# (the clause split off at "but": the conjunction ends the text before it)
_BUT_BEFORE = compile_fast(r",?\s+(?:but|yet)\s*$")
# "came under fire" says what happened to its subject: the bridge only when it is the subject,
# not the object of a verb or preposition ("troops crossing the bridge came under fire")
_CAME_UNDER = compile_lower(r"\b(?:came|comes|come|coming)\s+under\b")
_OBJECT_BEFORE = compile_lower(
    r"\b(?:\w+ing|on|onto|across|over|along|near|at|to|from|towards?)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$"
)
# status words that hold the attacker's adjective: "Ukrainian strikes on the crossing", "came
# under Russian fire"
_ATTACK_WITHIN = ("strike", "came under", "come under", "comes under", "coming under")


# a speech verb whose statement follows: "X said (that) the bridge had been hit"
_SPEECH_THEN_PASSIVE = compile_fast(
    r"\b(?:said|says|claimed|claims|reported|reports|announced|stated|added|wrote|confirmed|"
    r"told\s+[\w ]{1,30}?)\s+(?:that\s+)?(?=\S)"
)
# the intact words that say a state of their subject ("remained open", "survived"), not an act
# done to an object ("reopened the bridge")
_STATE_PREDICATE = compile_lower(
    r"(?:intact|undamaged|still|remain|unharmed|survived|withst|functioning|operating|working|"
    r"open\b)"
)
# an attack told in the sentence before a bridge's damage: "Russian missiles struck Zatoka"
_ATTACK_VERB = compile_lower(
    r"\b(?:struck|hit|shelled|bombed|pounded|attacked|targeted|fired|launched)\b"
)


_HIGH_PRECISION = compile_lower(
    r"\bhigh-precision(?:\s+[\w-]+){0,2}?\s+(?:weapons|missiles|munitions|strikes?|ammunition)\b"
)


def _attacker(before: str, speaker_side: str | None) -> str | None:
    """The side of the force whose attack the sentence ``before`` reports ("Russian missiles
    struck Zatoka overnight": RU), if it reports one with its force named before the verb."""
    m = _ATTACK_VERB.search(lower(before))
    return _agent_side(_window_before(before, m.start()), speaker_side) if m else None


# one bridge of a group counted after it: "the last of the three bridges", "the second of
# the two crossings"
_PARTITIVE_BEFORE = compile_fast(
    r"\b(?:last|first|second|third|only|remaining|other)\s+of\s+(?:the\s+|its\s+|their\s+)?$",
    re.I,
)
# "they" opening the clause as the subject of the status verb: "They blew up the bridge as
# they left", "... and they had destroyed the crossing" (not "officials said they blew up":
# the speakers themselves, perhaps)
_THEY_SUBJECT = compile_fast(
    # (after a purpose phrase too: "To move equipment they use a pontoon")
    r"(?:^|\b(?:and|then)\s+|^\W*(?:in\s+order\s+)?to\s+[\w'’ -]{3,40}?,?\s+)"
    r"\W*they\s+(?:(?:had|have|then|also|reportedly)\s+)*$",
    re.I,
)
# a repair denied ("have not restored the bridges"): the subject failed to mend it, it is no
# one's act of destruction
_REPAIR_DENIED = compile_lower(r"(?:not|never|yet)\b")
# "all three lie in the river", "all four were blown up": the group's number, its noun unsaid
_ALL_N = compile_fast(
    r"\ball\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
    r"(?=\s+(?:bridges|crossings|of\s+them|were|are|lie|lay|have|had)\b|\s*[,.:;])",
    re.I,
)


# a capital named as a place, not as its government: "the highway to Kyiv", "outside Moscow"
# ("the Kyiv highway", "the Moscow road", "the Kyiv-Chop motorway": a road named for the city)
_CAPITAL_AS_PLACE = compile_fast(
    r"\b(?:to|towards?|from|into|in|near|outside|around|of|at)\s+(?:Kyiv|Kiev|Moscow)\b"
    r"|\b(?:Kyiv|Kiev|Moscow)(?:[\s–-]+[A-Z][a-z]+)?(?=[\s-]+(?:highway|road|motorway|"
    r"ring road|direction|axis)\b)",
    re.I,
)
# a past participle set off by a comma after its noun: "the bridge, destroyed by ...", its
# by-phrase right after it (not "destroyed the bridge used by Russian troops": an object's)
_PARTICIPLE_AFTER_COMMA = compile_fast(r",\s*(?:\w+ly\s+)?$")
_BY_NEXT = compile_fast(r"\s+(?:\w+ly\s+)?by\s")


# a weapon with no side named as the subject of the status verb: "a shell damaged", "two
# missiles hit" (lower-cased clause, up to the verb; not "the strike destroyed": an attack
# told before, whose side the report may say elsewhere)
_WEAPON_SUBJECT = compile_lower(
    r"(?:^|[,;:—–]\s*|\b(?:that|said|says|wrote|writes)\s+)(?:an?|one|two|three|several)\s+"
    r"(?:[\w-]+\s+)?(?:shells?|missiles?|rockets?|drones?)\s+"
    r"(?:(?:had|has|have|also|then|reportedly)\s+)*$"
)


# a speaker's closing participle naming who did it: ", blaming Russian forces."
_BLAMING = compile_fast(
    r"\bblaming\s+(?!(?:it|them|this|that|on)\b)(?P<np>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"\s*(?:[.,;]|$|\s+for\b)",
    re.I,
)


# what may stand between a speaker's aside and the verb it interrupts: "had", "have also", and
# a cleft's "that": "It was Russian artillery, he said, that had knocked out the bridges"
_VERB_ONLY = compile_fast(
    r"\s*(?:(?:that|who)\s+)?(?:(?:had|have|has|also|then|reportedly|later)\s+)*"
)
# no bridge left as it was: "none of the bridges ... is still standing", "not a single crossing"
_NONE_OF = compile_fast(
    r"\b(?:none\s+of\s+(?:the|its|their|[\w-]+['’]s)\s+(?:[\w-]+\s+)?|not\s+(?:(?:a\s+)?single|one)\s+"
    r"(?:[\w-]+\s+)?|\bno\s+(?:[\w-]+\s+)?)$",
    re.I,
)


# an earlier attack a later state followed: "after the first strike", "after the previous hit"
_AFTER_EARLIER = compile_lower(
    r"\bafter\s+(?:the|an|its|that)\s+(?:first|previous|earlier|initial|last)\s+(?:[\w-]+\s+)?"
    r"(?:strike|attack|hit|blast|explosion|shelling|bombardment)\b"
)


# an attempt that came to nothing, just before the status verb: "failed to knock it out",
# "were unable to destroy", "could not bring down"
_FAILED_TO = compile_lower(
    r"\b(?:(?:fail(?:ed|s)?|unable|did\s+not\s+manage|never\s+managed)\s+to|"
    r"(?:could|can)\s*not|couldn['’]t|can['’]t)\s+(?:(?:even|yet|actually)\s+)?$"
)
_FAILED_GATE = contains_any(["fail", "unable", "manage", "not ", "n't", "n’t"])
# a force leaving just after the status verb: "(destroyed) when Russian forces withdrew", "as
# the Ukrainians retreated from the town" (not "as residents left": no force, no side)
# the subject of a "when"/"as" clause right after the status words: "... when Russian forces"
# (the conjunctions are filled in by each use)
_WHEN_SUBJECT = r"\s*(?:[\w-]+\s+){{0,3}}?(?:{})\s+(?P<np>(?:[\w'’-]+\s+){{1,3}}?)"
_RETREATING = compile_fast(
    _WHEN_SUBJECT.format("when|as|while|before")
    + r"(?:had\s+|were\s+)?(?:withdrew|withdrawn|withdrawing|retreated|retreating|pulled\s+(?:out|back)|"
    r"pulling\s+(?:out|back)|fled|left)\b",
    re.I,
)
_RETREAT_GATE = contains_any(["withdr", "retreat", "pulled", "pulling", "fled", "left"])
# a condition the status is said in: "if the bridge is destroyed, ...", "unless the crossing
# holds" (the words between the "if" and the status hold no clause break)
_IF_CLAUSE = compile_fast(r"(?:^|[,;:\"“]\s*|\b(?:and|but)\s+)(?:if|unless)\s+[^,;:.]{0,60}$", re.I)
# whose a bridge is: "crossings built by the enemy", "a crossing which the AFU were using"
_OWNER = compile_fast(
    r"\b(?:built|erected|set\s+up|laid|assembled|thrown|installed|used|operated|guarded)\s+by\s+"
    r"(?P<np>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?=\s+(?:in|near|at|on|across|over|to|for|"
    r"were|was|had|have|has|and)\b|\s*[,;])"
    r"|\b(?:which|that)\s+(?P<np2>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?:were|was|had\s+been)\s+"
    r"using\b",
    re.I,
)
# whose a bridge is, by an adjective before it: "an enemy pontoon crossing", "a Russian pontoon"
_OWNER_BEFORE = compile_fast(
    r"\b(?:an?|the|one|two|three|several|another)\s+(?P<adj>enemy|russian|ukrainian)\s+"
    r"(?:(?:pontoon|temporary|makeshift|military|assault|floating)\s+)?$"
)
# "remains destroyed after Russian forces blew up its spans", "was destroyed when Ukrainian
# artillery hit it": the force of the clause that tells how
_STRUCK_VERBS = ("blew", "blown", "destroyed", "bombed", "struck", "hit", "shelled", "demolished",
                 "detonated", "mined", "dropped", "fired")  # fmt: skip
_WHEN_FORCE_STRUCK = compile_fast(
    _WHEN_SUBJECT.format("when|as|after") + rf"(?:had\s+)?(?:{'|'.join(_STRUCK_VERBS)})\b",
    re.I,
)
_STRUCK_GATE = contains_any(list(_STRUCK_VERBS))


# a bridge taken whole by a force: "seized the road bridge intact", "captured the crossing
# undamaged", "took the bridges before they could be blown"
_TAKEN_INTACT = compile_lower(
    r"\b(?:seiz(?:ed|es|ing)|captur(?:ed|es|ing)|took|taken|overran|holding|holds?|held|secured|"
    r"raised|lifted|drawn\s+up)\b"
)
# what the side holding a bridge says it did to it, the agent unsaid: "had been taken under
# protection", "the bridge has been raised" (its own act, in its own words)
_TAKEN_UNDER = compile_lower(r"^taken\s+(?:under|into)\s|\b(?:rais|lift|drawn\s+up)")


# an aim, a plan or a threat just before the status verb: "was trying to destroy", "plans to
# strike", "threatened to blow up", "wants to knock out" (not "managed to": it happened)
_AIMED_AT = compile_lower(
    r"\b(?:try|tries|tried|trying|attempt(?:s|ed|ing)?|seek(?:s|ing)?|sought|aim(?:s|ed|ing)?|"
    r"plan(?:s|ned|ning)?|want(?:s|ed|ing)?|intend(?:s|ed|ing)?|prepar(?:es|ed|ing)|"
    r"threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?|hop(?:es|ed|ing)|in\s+order|intention|attempt|"
    r"bid|effort|plot(?:s|ted|ting)?)\s+to\s+(?:[\w-]+\s+)?$"
    # "could be struck again at any time", "would be blown up if ...": a possibility
    r"|\b(?:could|would|might|may|will)\s+(?:(?:also|easily|soon|still)\s+)?be\s+$"
    # a demand: "everything illegal must be destroyed", "the bridge should be blown up",
    # "the crossing ought to be struck"
    r"|\b(?:must|should|ought\s+to|needs?\s+to|has\s+to|have\s+to)\s+(?:(?:also|now|still)\s+)?be\s+$"
)


# a makeshift bridge: "a temporary crossing", "the pontoon bridge", "a makeshift road bridge"
_MAKESHIFT = compile_lower(
    r"\b(?:temporary|pontoon|makeshift)\s+(?:[\w-]+\s+)?(?:bridges?|crossings?)\b|\bpontoons?\b"
)


# a subordinate clause with a subject of its own, between a status word and the bridge noun
_OTHER_SUBJECT = compile_lower(r"\s(?:as|after|when|because|once)\s")


def _bridge_status(low: str, pos: int) -> tuple[str, re.Match | None]:
    """The first status of ``_BRIDGE_STATUS`` whose words occur in the lower-cased clause
    ``low`` from ``pos`` (not as an adjective before the bridge noun), and its match; else
    ``("unknown", None)``."""
    for (st, rx), gate in zip(_BRIDGE_STATUS, _BRIDGE_STATUS_GATES, strict=True):
        vm = rx.search(low, pos) if gate is None or gate(low) else None  # (cased patterns)
        while vm is not None and _attributive_status(low, vm):
            vm = rx.search(low, vm.end())
        if vm:
            return st, vm
    return "unknown", None


# "damaged the bridge but that it was still open to traffic", "hit, but it remains passable":
# the same bridge, damaged and still in use
_STILL_USABLE = compile_fast(
    # (", though it remained passable for light vehicles": the same concession)
    r"\b(?:but|though|although)\s+(?:that\s+)?(?:it|the\s+(?:bridge|crossing|span))\s+(?:is|was|remains|remained|"
    r"could|can)\s+(?:still\s+)?(?:be\s+)?(?:still\s+)?(?:open|passable|usable|standing|in use|"
    r"crossed|used)\b"
)


def _damaged_but_usable(rows: list[dict]) -> list[dict]:
    """A sentence's bridge rows with the "still open" row of a bridge it also calls damaged left
    out: "damaged but still open" is a damaged bridge (one row), not a second, intact one."""
    damaged = [r for r in rows if r["status"] == "damaged"]
    return [
        r
        for r in rows
        if r["status"] != "intact"
        or not any(
            d["claimed_by_side"] == r["claimed_by_side"]
            and (r["name"] is None or r["name"] == d["name"])
            for d in damaged
        )
    ]


def _attributive_status(low: str, vm: re.Match) -> bool:
    """Whether the status words ``vm`` in the lower-cased clause ``low`` stand as an adjective
    before the bridge noun ("the wrecked bridge")."""
    return (
        # "the destruction of the bridge", "the damage to the bridges": a noun and its object
        not vm.group(0).endswith((" of", " to"))
        and _ATTRIBUTIVE_AFTER.match(low, vm.end()) is not None
        and _ATTRIBUTIVE_BEFORE.search(low[max(0, vm.start() - 20) : vm.start()]) is not None
    )


def _bridge_name(text: str) -> str | None:
    """The name of the bridge ``text`` names in capitals ("the Antonivskyi bridge"), if any."""
    # every match ends in "[Bb]ridge" (a case-sensitive pattern) after at most four words
    # (three of the name, one of the kind), so it starts after the fifth word before the
    # first "ridge": the scan starts there
    i = text.find("ridge")
    if i < 0:
        return None
    head = text[:i].rsplit(None, 5)
    nm = _BRIDGE_NAME.search(text, len(head[0]) if len(head) == 6 else 0)
    if nm and not _NOT_NAME.match(nm.group("name")):
        return nm.group("name").strip() + " bridge"
    return None


def _river_raw(text: str) -> str | None:
    """The river ``text`` names in capitals ("across the Dnipro River"), if any."""
    # "iver": every match ends in "[Rr]iver" (a case-sensitive pattern)
    rm = _RIVER_RAW.search(text) if "iver" in text else None
    return rm.group("r") if rm else None


def _bridge_context(s: str, places: list[dict]) -> dict | None:
    """Name and river of the bridge a sentence names (for a later "it"), or None."""
    low = lower(s)
    bm = _BRIDGE_LOW.search(low) if _plain_case(low) else _BRIDGE.search(s)
    if not bm:
        return None
    name, river = _name_and_river(s, places)
    return {"name": name, "river": river}


# a body of water a bridge may span that the gazetteer files as "other": "the structure
# spanning the Kerch Strait", "the bridge across the Dniester Estuary"
_WATER_NAME = compile_fast(r"\b(?:[Ss]trait|[Ee]stuary|[Ll]agoon|[Rr]eservoir)$")
# the water each curated bridge (data/places_curated.csv, kind "bridge") spans, for a sentence
# that names the bridge alone ("the Crimean Bridge was hit")
_BRIDGE_WATER = {
    "Crimean bridge": "Kerch Strait",
    "Antonivskyi bridge": "Dnipro",
    "Irpin bridge": "Irpin",
    "Sievierodonetsk–Lysychansk bridge (north)": "Siverskyi Donets",
    "Sievierodonetsk–Lysychansk bridge (central)": "Siverskyi Donets",
    "Sievierodonetsk–Lysychansk bridge (south)": "Siverskyi Donets",
}


def _name_and_river(words: str, places: list[dict]) -> tuple[str | None, str | None]:
    """The bridge's name and river: from the places among ``words``, else from the words."""
    name = next((p["name"] for p in places if p["kind"] == "bridge"), None)
    if name is None:
        name = _bridge_name(words)
    river = next(
        (
            p["name"]
            for p in places
            if p["kind"] == "river" or p["kind"] == "other" and _WATER_NAME.search(p["name"])
        ),
        None,
    )
    if river is None:
        river = _river_raw(words) or _BRIDGE_WATER.get(name or "")
    return name, river


# a verb joined to an earlier one, its subject elided: "... and had destroyed"
_AND_VERB_END = compile_fast(r"\band\s+(?:(?:had|has|have|then|also|later|again)\s+)*$")


def _bridge_rows(
    s: str,
    places: list[dict],
    speaker_side: str | None,
    prev: dict | None = None,
    traffic: bool = False,
    before: str | None = None,
    speaker_at: int | None = None,
) -> list[dict]:
    """The bridge rows of sentence ``s``: one per clause that names a bridge and what
    happened to it.

    Parameters
    ----------
    s : str
        The sentence.
    places : list of dict
        The place mentions in it.
    speaker_side : str or None
        The side of its speaker.
    prev : dict or None
        Name and river of the bridge named just before, which "it" or "the structure" in a
        sentence with no bridge word of its own stands for.
    traffic : bool
        Whether traffic back on the bridge (:data:`_TRAFFIC_BACK`) also stands for ``prev``.
    before : str or None
        The sentence before, whose first force a "they" doing the thing stands for.
    speaker_at : int or None
        Where in ``s`` the speaker is named: a clause that ends before it, with a conjunction
        between, is the narrator's ("Artillery destroyed a pontoon, and the ministry said that
        ...").

    Returns
    -------
    list of dict
        Rows with ``name``, ``river``, ``connects``, ``status``, ``count``, ``actor_side``,
        ``claimed_by_side`` and ``clause_speaker`` (whether a later clause named its speaker).
    """
    rows = []
    named_at: tuple[int, int] | None = None  # the last clause that named a bridge
    cl_s = lower(s)
    clauses = _clauses(s)
    if speaker_at is not None and not any(
        0 < a <= speaker_at and len(s[a:speaker_at].split()) <= 2 for a, _ in clauses
    ):
        # (only a speaker opening a later clause: "..., and the ministry said that ..."; not
        # one closing the sentence: "..., and ferries now carry the trucks, the ministry said")
        speaker_at = None
    for a, b in clauses:
        clause = s[a:b]
        # (the first clause too when the sentence's speaker has no side: "The Russian Ministry
        # of Defense has claimed that ..., claims ISW cannot verify")
        narrated = speaker_at is not None and b <= speaker_at
        clause_side = _clause_side(clause) if a or speaker_side is None or narrated else None
        side = clause_side or (None if narrated else speaker_side)
        cl = lower(clause)
        bm = _BRIDGE_LOW.search(cl) if _plain_case(cl) else _BRIDGE.search(clause)
        carried = None
        if not bm and named_at is not None:
            # "tried to build a pontoon crossing, but it was destroyed", "had been damaged, but
            # that it remained passable": the bridge an earlier clause of the sentence named
            # ... or a predicate with its subject left out: "were under constant fire, but
            # still standing", "was hit, but remains passable"
            bm = _BRIDGE_PRONOUN.search(clause) or (
                # (only when the clause before gave no row: "damaged but still usable" is one
                # damaged bridge)
                _ELLIPTIC_STATE.match(cl)
                if not rows and _BUT_BEFORE.search(s, 0, a) is not None
                else None
            )
            if bm is not None:
                lo, hi = named_at
                name, river = _name_and_river(s[lo:hi], [p for p in places if lo <= p["rs"] < hi])
                carried = {"name": name, "river": river}
        if not bm and prev is not None and not rows:
            bm = _BRIDGE_PRONOUN.search(clause)
            if bm is None and traffic:
                # "trains were running again": the traffic on the bridge just spoken of
                bm = _TRAFFIC_BACK.search(cl)
            carried = prev if bm else None
        if not bm and rows:
            # "the road part of the bridge was damaged, while the railway part is intact"
            bm = _BRIDGE_PART.search(clause)
            carried = rows[-1] if bm else None
        if not bm:
            continue
        if carried is None and "to" in cl and _FIGURATIVE.match(cl, bm.start()):
            continue  # "described the city's fall as a 'bridge to the liberation of Donbas'"
        if (
            carried is None
            and ("“" in clause or '"' in clause)
            and _CALLED_QUOTED.search(cl, max(0, bm.start() - 90), bm.start()) is not None
        ):
            continue  # 'called the transport workers "the bridge between the districts"'
        if carried is None:
            named_at = (a, b)
        plain = _plain_case(cl)
        status, vm = _bridge_status(cl, 0)
        if (
            carried is not None
            and vm is not None
            and vm.end() <= bm.start()
            and bm.group(0).lower() == "it"
            # (more than four words between, not "struck it", "hit and disabled it")
            and len(cl[vm.end() : bm.start()].split()) > 4
        ):
            # "using artillery to hit command posts and depots in the region, which Kyiv says
            # it intends to retake": the verb has an object of its own before "it", which is
            # the subject of another clause; only words after "it" may tell of the bridge
            status, vm = _bridge_status(cl, bm.end())
            if vm is None:
                continue
        if vm is not None and vm.end() <= bm.start():
            sub = _OTHER_SUBJECT.search(cl, vm.end(), bm.start())
            if sub is not None:
                # "the village has been hit repeatedly as Russia targeted the bridge": the
                # words before "as" tell of another thing; the bridge's own verb follows it
                later = _bridge_status(cl, sub.end())
                status, vm = later if later[1] is not None else (status, vm)
        landmark = (
            vm is not None
            and vm.re in _ATTACK_STATUS
            and vm.end() <= bm.start()
            and _LANDMARK_BEFORE.search(cl, vm.end(), bm.start()) is not None
        )
        if (
            vm is not None
            and vm.end() <= bm.start()
            and (
                status == "intact"
                and _STATE_PREDICATE.match(cl, vm.start()) is not None
                # "a trolleybus crossing the dam had been hit and traffic over the dam road was
                # halted": a passive's subject, said before the bridge is named, is what was hit
                # (not the progressive: "its artillery is destroying Ukrainian crossings",
                # "saboteurs were blowing up bridges")
                or not vm.group(0).split(None, 1)[0].endswith("ing")
                and _PASSIVE_BE.search(cl, max(0, vm.start() - 40), vm.start()) is not None
            )
        ):
            # "the ports on the Danube remained open ... if the bridge stayed closed": a state
            # said before the bridge is named is another subject's
            status, vm = _bridge_status(cl, bm.end())
        if (
            vm is not None
            and vm.start() >= bm.end()
            and carried is None
            # (not a clause of the bridge's own: "near the old bridge, which survived")
            and "," not in cl[bm.end() : vm.start()]
            and "which" not in cl[bm.end() : vm.start()]
            and _LANDMARK_BEFORE.search(cl, max(0, bm.start() - 40), bm.start()) is not None
        ):
            # "the village near the bridge was destroyed", "houses next to the crossing
            # survived": the bridge places the subject, what follows is said of that subject
            continue
        if landmark:
            # "missiles struck Kyiv near the footbridge, which survived": the bridge is where
            # the attack landed, not what it hit (nor its attacker the bridge's actor); what
            # the clause says of the bridge follows the noun
            status, vm = _bridge_status(cl, bm.end())
        if (
            vm is not None
            and side is None
            and vm.re in _ATTACK_STATUS
            and _RECAP_GATE(cl)
            and _RECAP.search(cl)
            # (not a state that lasts: "has been closed to traffic since strikes in the summer")
            and _LASTING_STATE.match(vm.group(0)) is None
        ):
            # "The bridge had been hit once before, in June", "For background: the bridge was
            # first struck on April 26": the narrator reciting earlier attacks, no new claim
            continue
        if (
            vm is not None
            and (" to " in cl or " be " in cl)
            and _AIMED_AT.search(cl, max(0, vm.start() - 50), vm.start())
        ):
            # "Ukraine was trying to destroy the crossing", "Kyiv plans to strike the bridge
            # again", "could be struck again at any time": an aim, a threat or a possibility, not
            # what happened to the bridge
            continue
        if (
            status == "destroyed"
            and (" span" in cl or "section" in cl or " part" in cl or "carriageway" in cl)
            and (pm := _PART_SUBJECT.search(cl, max(0, vm.start() - 90), vm.start()))
            and pm.group("q") is None
        ):
            status = "damaged"  # "two spans of one carriageway collapsed": part of the bridge
        if (
            status == "intact"
            and vm is not None
            and vm.start() >= bm.start()
            and ("no" in cl or "single" in cl)
            and _NONE_OF.search(clause, max(0, bm.start() - 40), bm.start())
        ):
            # "none of the bridges over the Inhulets is still standing": all of them down
            status = "destroyed"
        if status == "intact" and "after" in cl_s and _AFTER_EARLIER.search(cl_s):
            # "After the first strike on Tuesday, engineers had managed to reopen one lane":
            # the bridge back in use between two attacks, recited in the report of the second
            continue
        if (
            side is None
            and status == "intact"
            and vm is not None
            and (
                _TRAFFIC_BACK.match(cl, vm.start()) is not None
                # ("the crossings were working", "traffic on the bridge was not affected": the
                # same operator's word)
                or _IN_SERVICE(vm.group(0))
            )
        ):
            # "Train services resumed after a pause, the operator says": traffic back on a
            # bridge is its operator's word, and with no side for the speaker, no one's claim
            continue
        if (
            status == "unknown"
            and vm is not None
            and _TOPIC_BEFORE.search(cl, max(0, vm.start() - 60), vm.start()) is not None
        ):
            continue  # "reported on the inquiry into Saturday's explosion on the bridge"
        if (
            status == "unknown"
            and vm is not None
            and vm.start() > bm.start()
            and _CAME_UNDER.match(cl, vm.start())
            and _OBJECT_BEFORE.search(cl, 0, bm.start())
        ):
            continue  # "troops crossing the bridge came under fire": the troops did
        if vm is None or status == "unknown" and side is None:
            # an attack on a bridge in no one's words, its outcome unsaid, is background ("the
            # second blast on the bridge this year", "as Russia targeted the bridge"), not a claim
            continue
        turned = False  # whether an attack's words were read as the bridge left standing
        if ("if " in cl or "unless " in cl) and _IF_CLAUSE.search(cl, 0, vm.start()) is not None:
            continue  # "If the crossing is lost, Izyum will be cut off": a fear, not a loss
        if "not " in cl and _NOT_CLAIMED.search(cl, 0, vm.start()):
            continue  # "Ukrainian forces have not claimed strikes on bridges": no one says so
        if (
            ("no" in cl or "never" in cl or "n't" in cl or "n’t" in cl)
            # every word _NEGATED_LOSS can end on, so the regex runs only where it can match
            and any(w in cl for w in _NEGATED_LOSS_WORDS)
            and (nm := _NEGATED_LOSS.search(clause))
        ):
            if status == "destroyed" or nm.start() < vm.start() < nm.end() + 4:
                # "was not destroyed"; "the bridge was not damaged" (the very status words
                # negated, not "not destroyed but badly damaged")
                status, turned = "intact", True
        if (
            status in ("destroyed", "damaged")
            and _FAILED_GATE(cl)
            and _FAILED_TO.search(cl, max(0, vm.start() - 40), vm.start())
        ):
            # "artillery had failed to knock it out", "could not destroy the crossing": the
            # attempt came to nothing, the bridge stands
            status, turned = "intact", True
        by_agent = _passive_agent(clause[vm.end() :], side)
        if by_agent is None and _IN_ATTACK_GATE(cl):
            by_agent = _attack_phrase_agent(clause[vm.end() :], side)
        if by_agent is not None and (
            _PASSIVE_BE.search(clause, 0, vm.start())
            or _PARTICIPLE_AFTER_COMMA.search(clause, 0, vm.start())
            and _BY_NEXT.match(clause, vm.end())
        ):
            # "had been destroyed by Ukrainian strikes": the by-phrase names the actor, whoever
            # reported it ("Russian military correspondents reported that ..."); so does it
            # after a participle set off by a comma ("the bridge on the Kyiv highway, destroyed
            # by a Russian air strike on March 23,")
            actor = by_agent
        else:
            window = _window_before(clause, vm.start())
            ends = [m for m in _SAID_COMMA.finditer(window)] if "," in window else []
            if ends and _VERB_ONLY.fullmatch(window, ends[-1].end()):
                # "Ukrainian forces, the ministry said, destroyed the bridge": the words before
                # the speaker's aside are the subject the verb goes on with
                comma = clause.rfind(",", 0, vm.start() - len(window) + ends[-1].start())
                window = _window_before(clause, comma) if comma > 0 else ""
            elif ends:
                # "Putin drove across the bridge, the Kremlin said, two months after the blast
                # that brought down part of it": the speaker is not who brought it down
                window = window[ends[-1].end() :]
            spoken = [m.end() for m in _SPEECH_THEN_PASSIVE.finditer(window)]
            if spoken and (
                _PASSIVE_BE.search(clause, 0, vm.start())
                or _BRIDGE_SUBJECT.match(window, spoken[-1]) is not None
            ):
                # "Ukraine's Southern Command said the bridge had been hit again", "... said
                # the bridge took a direct hit", "... said the bridge remained open": the
                # bridge is the subject; the force before "said" only speaks
                window = window[spoken[-1] :]
            if _PASSIVE_SUBORDINATE.search(cl, 0, vm.start()) is not None:
                # "Ukrainian troops withdrew after all three bridges had been destroyed": the
                # subordinate clause's subject was acted on; the force before it only withdrew
                window = ""
            if "kyiv" in cl or "kiev" in cl or "moscow" in cl:
                # "bombed the bridge on the highway to Kyiv, destroying it": the capital as a
                # place the road leads to, not the government acting
                window = _CAPITAL_AS_PLACE.sub(" ", window)
            actor = _agent_side(window, side) or by_agent
            if vm.group(0).startswith(("no ", "single ")):
                actor = None  # "forces in X no longer had a single whole crossing": none left
            if " and " in window and _AND_VERB_END.search(window) is not None:
                # "Russian forces had pushed Ukrainian troops back across the river and had
                # destroyed a pontoon crossing": the subject of both verbs, not their object
                actor = _agent_side(window, side, first=True) or actor
        if actor is None and _AUTHOR_GATE(cl):
            # "blamed Ukraine for the attack on the bridge", "the SBU was behind the attack"
            actor = _attack_author(clause)
        if actor is None and (a or before) and _THEY_SUBJECT.search(window):
            # "Russian troops retreated overnight. They blew up the bridge behind them": the
            # force the clauses before (else the sentence before) open with
            actor = _agent_side(s[:a] if a else before, side, first=True)
        if actor is None and a and side is not None and side not in _OPPOSITE:
            # "Britain's Ministry of Defence said Russia had pulled its troops back, and that
            # retreating units had blown up a bridge": an observer's bare "units" are not its
            # own (see _force_side); the force an earlier clause names is meant
            actor = _agent_side(s[:a], side, first=True)
        if actor is None and vm.group(0).lower().startswith(_ATTACK_WITHIN):
            # "Ukrainian strikes on the road crossing": the adjective before the status words;
            # "came under Russian fire": the adjective within them
            actor = _agent_side(clause[max(0, vm.start() - 40) : vm.end()], side)
        if actor is None and status == "destroyed" and "to " in cl:
            actor = _demolisher(cl, vm.end(), side)
        if actor is None and status == "destroyed" and _RETREAT_GATE(cl):
            # "was destroyed when Russian forces withdrew", "blown up as the Ukrainians pulled
            # back": the force leaving blew it up behind it
            rm = _RETREATING.match(clause, vm.end())
            actor = _agent_side(rm.group("np"), side) if rm else None
        if (
            actor is None
            and status in ("damaged", "destroyed")
            and _STRUCK_GATE(cl[vm.end() :])
            and (wm := _WHEN_FORCE_STRUCK.match(clause, vm.end())) is not None
        ):
            actor = _agent_side(wm.group("np"), side)
        if actor is None and status == "intact" and _TAKEN_UNDER.search(vm.group(0)):
            # "the bridge had been taken under protection in the first hours": the words of the
            # side that took it, about its own troops
            actor = side
        if actor is None and side is not None and "high-precision" in cl:
            # "high-precision sea-based missiles had destroyed a railway bridge": a ministry's
            # formula for its own side's weapons
            hp = _HIGH_PRECISION.search(cl, 0, vm.start())
            actor = side if hp is not None else None
        if actor is None and "blam" in cl:
            bl = _BLAMED_ON.search(clause, vm.end())
            # (a side's services or forces, or the side itself: "blamed on Kyiv")
            actor = attr.side_of_phrase(bl.group("np")) if bl else None
        if (
            actor is None
            and status in ("damaged", "destroyed")
            and side in _OPPOSITE
            and (wm := _WEAPON_SUBJECT.search(cl, max(0, vm.start() - 40), vm.start()))
            and _WARRING_NAME.search(wm.group(0)) is None
        ):
            # "A shell damaged the road bridge", in a Russian governor's post: a weapon with no
            # side as the subject, fired at a warring side's ground, is the other side's
            actor = _OPPOSITE[side]
        if actor is None and status in ("damaged", "destroyed") and "blaming" in cl_s:
            # "The bridge was blown up on Monday, officials said, blaming Russian forces": the
            # speaker's closing words name who did it
            bl = _BLAMING.search(s, a + vm.end())
            actor = attr.side_of_phrase(bl.group("np")) if bl else None
        if (
            status in ("damaged", "destroyed")
            and side in _OPPOSITE
            and (" by " in cl[: vm.start()] or " using" in cl[: vm.start()])
            and (om := _OWNER.search(clause, 0, vm.start())) is not None
        ):
            # "Two pontoon crossings built by the enemy ... were destroyed", "a crossing which
            # the AFU were using ... was destroyed by artillery fire": whose bridge it was, not
            # who struck it; in a warring side's words the other side struck it
            owner = _agent_side(om.group("np") or om.group("np2"), side)
            if owner in _OPPOSITE and actor in (None, owner):
                actor = _OPPOSITE[owner]
        if (
            actor is None
            and carried is None
            and status in ("damaged", "destroyed")
            and side in _OPPOSITE
            and (ow := _OWNER_BEFORE.search(cl, max(0, bm.start() - 40), bm.start())) is not None
        ):
            # "destroyed an enemy pontoon crossing", "the destruction of a Russian pontoon": the
            # other side's bridge, lost, in a warring side's words: its foe struck it
            adj = ow.group("adj")
            owner = _OPPOSITE[side] if adj == "enemy" else attr.side_of_phrase(adj.capitalize())
            if owner in _OPPOSITE:
                actor = _OPPOSITE[owner]
        # a number word or digit must occur (a substring test is exact unless "ı", "İ", "ſ")
        if not plain or _COUNT_WORDS(cl) or _DIGIT.search(clause):
            cm = _COUNT.search(clause)
        else:
            cm = None
        if cm and (
            _SPANS.search(cm.group(0))
            or (
                not cm.group(0).lower().endswith("s")
                and cm.group("n").lower() not in ("one", "single", "1")
            )
        ):
            cm = None  # "two spans of the bridge": one bridge
        em = _EVERY.search(clause) if "every" in cl or "each" in cl else None
        if em is not None and em.start() <= bm.start() + 60:
            # "every bridge over the Siverskyi Donets": all of them, how many unsaid; "every one
            # of the three bridges": the group's number
            n = (em.group("n") or "").lower()
            count = (int(n) if n.isdigit() else _NUM.get(n)) if n else None
        elif cm and clause.endswith("all but ", 0, cm.start()):
            count = None  # "all but one of the bridges": how many there were is unsaid
        elif cm and _PARTITIVE_BEFORE.search(clause, max(0, cm.start() - 40), cm.start()):
            count = 1  # "the last of the three bridges": one of the group
        elif cm:
            n = cm.group("n").lower()
            count = int(n) if n.isdigit() else _NUM.get(n)
        elif (not plain or "bridges" in cl or "crossings" in cl) and _PLURAL_BRIDGES.search(clause):
            # "the road bridges ...: all three lie in the river": the number said after
            am = _ALL_N.search(clause, bm.end()) if "all " in cl else None
            n = am.group("n").lower() if am else ""
            count = (int(n) if n.isdigit() else _NUM.get(n)) if n else None
        elif (
            carried is not None
            and named_at is not None
            and _PLURAL_BRIDGES.search(s, *named_at) is not None
        ):
            count = None  # "the road bridges ... were under fire, but still standing": several
        else:
            count = 1
        cpl = [p for p in places if a <= p["rs"] < b]
        if (
            actor is None
            and status in ("damaged", "destroyed")
            and not (_STRUCTURAL_FAILURE.match(cl, vm.start()) and not _ATTACK_WORDS(cl))
            and any(
                p.get("country") == "RU"
                and p["kind"] != "country"
                and not _LINK_WORD.search(s, a + bm.end(), p["rs"])
                for p in cpl
            )
        ):
            # "destroyed a road bridge over the Seym near Glushkovo": a bridge inside Russia
            # was struck by Ukraine, the only side attacking there (not "the bridge, which
            # links Crimea with Russia's Krasnodar region": a place it leads to)
            actor = "UA"
        if status == "destroyed" and _REPAIR_DENIED.match(vm.group(0)):
            actor = by_agent  # "the occupiers have not restored the bridges": not their act
        if vm is not None and vm.group(0) in ("lost", "loss of") and actor != by_agent:
            # "Russia had lost another pontoon crossing": the subject lost it, another force
            # (unsaid) took it out
            actor = by_agent
        if landmark or (
            status == "intact"
            and not _TAKEN_INTACT.search(cl)
            and (
                vm is None
                or _BUILT.match(cl, vm.start()) is None
                and _USED.match(cl, vm.start()) is None
            )
        ):
            # (a bridge still standing or back in use has no attacker: "engineers reopened one
            # lane of the bridge" is no force acting on it; but "troops seized the bridge
            # intact": the force that took it)
            actor = None
        if (
            actor is None
            and status == "intact"
            and side in ("RU", "UA")
            and not turned  # ("its artillery could not destroy the pontoon": the enemy's)
            and ("temporar" in cl or "pontoon" in cl or "makeshift" in cl)
            and _MAKESHIFT.search(cl, max(0, bm.start() - 30), bm.end() + 10) is not None
            # (not when the sentence names the other side's force: "admitted that Ukrainian
            # sappers had laid a pontoon ... and had failed to knock it out")
            and all(_force_side(m, side) in (None, side) for m in _agent_finditer(s))
        ):
            # "a temporary crossing is already open to cars", "a pontoon bridge has been put
            # up": a makeshift bridge standing in a warring side's words is its own engineers'
            actor = side
        if (
            carried is not None
            and rows
            and rows[-1]["status"] == "intact"
            and status in ("destroyed", "damaged")
            and bm.group(0)[:4].lower() == "all "
        ):
            # "built three crossings in three days, and all three were destroyed": the same
            # bridges, lost
            rows[-1].update(status=status, actor_side=actor)
            continue
        if carried is not None:
            rows.append(
                {
                    "name": carried["name"],
                    "river": carried["river"],
                    "connects": None,
                    "status": status,
                    "count": 1,
                    "actor_side": actor,
                    "claimed_by_side": side,
                    "clause_speaker": bool(clause_side),
                }
            )
            continue
        # "blew up the Antonivskyi bridge as well as the bridge over the Inhulets": two bridges
        # in one clause, each with its own river and name ("both X and Y": one row of two)
        second = _SECOND_BRIDGE.search(clause, bm.end()) if count == 1 else None
        if second and "both" in cl[: bm.start()]:
            second, count = None, 2
        if second is None and _SUBORDINATOR_GATE(cl[bm.end() :]):
            # "rely on pontoon bridges, as the road bridges were destroyed", "put a pontoon
            # bridge across after the Russians blew up the road bridge": a subordinate clause
            # about another bridge, each with its own state (split only when they differ)
            sub = _SUBORDINATE_BRIDGE.search(cl, bm.end())
            if sub is not None:
                st1, _ = _bridge_status(cl[: sub.start()], 0)
                st2, _ = _bridge_status(cl[sub.start() :], 0)
                if st1 != st2 and "unknown" not in (st1, st2):
                    second = sub
        parts = [(a, b, bm.start())]
        statuses = [status]
        actors = [actor]
        if second:
            j = second.start()
            parts = [(a, a + j, bm.start()), (a + j, b, j)]
            statuses = [status, status]
            st1, m1 = _bridge_status(cl[:j], 0)
            st2, m2 = _bridge_status(cl[j:], 0)
            if (
                m1 is not None
                and m2 is not None
                and st1 != st2
                and "unknown" not in (st1, st2)
                and "not " not in cl
                and "no " not in cl
            ):
                # "the pontoon bridge had been destroyed and the crossing near the Antonivskyi
                # bridge damaged", "destroyed one crossing and damaged the bridge": each
                # bridge its own verb
                statuses = [st1, st2]
                actors = [_part_actor(st1, m1, cl[:j], clause[:j], actor, side)]
                actors.append(_part_actor(st2, m2, cl[j:], clause[j:], actor, side))
            else:
                actors = [actor, actor]
        for (lo, hi, at), st, who in zip(parts, statuses, actors, strict=True):
            seg = [p for p in cpl if lo <= p["rs"] < hi]
            rows.append(
                {
                    **_bridge_facts(s, clause[lo - a : hi - a], seg, a + at),
                    "status": st,
                    "count": count,
                    "actor_side": who,
                    "claimed_by_side": side,
                    "clause_speaker": bool(clause_side),
                    "narrated": narrated and not clause_side,
                    # (the second of two bridges a clause names: a row of its own)
                    "second": lo > a,
                }
            )
    return rows


def _part_actor(
    status: str, vm: re.Match, low: str, part: str, actor: str | None, side: str | None
) -> str | None:
    """The actor of one of two bridges a clause names, each with its own verb: the clause's
    actor, but none for one left standing, unless a force built it ("the road bridge lies
    broken, and trucks cross on a pontoon bridge laid by army engineers")."""
    if status != "intact":
        return actor
    if _BUILT.match(low, vm.start()) is None and _USED.match(low, vm.start()) is None:
        return None
    who = _passive_agent(part[vm.end() :], side) or _agent_side(part[: vm.start()], side)
    if who is None and _BUILT.match(low, vm.start()) is not None:
        who = side  # "has been replaced by a military crossing": the speaker's own engineers
    return who


# "..., as well as the bridge over the Inhulets": a second bridge joined to the first; "blown up
# the crossing at the dam, as they had the Antonivskyi bridge", "..., as was the railway
# bridge": the same done to another bridge, its verb left out
_SECOND_BRIDGE = compile_fast(
    r"\b(?:as well as|and also|along with|together with|and|"
    r"(?:just\s+)?as\s+(?:they|it|he|she|we|russia|ukraine|kyiv|moscow)\s+(?:had|did|have|has)"
    r"(?:\s+(?:earlier|before|previously|already|also|done))?(?:\s+with)?|"
    r"(?:just\s+)?as\s+(?:was|were|had\s+been|has\s+been)|"
    # "the bridge, blown up in June, has been replaced by a pontoon crossing": the new one
    r"(?:(?:has|have|had)\s+been\s+|(?:was|were|is|are)\s+(?:being\s+)?)?replaced\s+(?:by|with))"
    r"\s+(?:the\s+|a\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:bridge|crossing)\b(?!s)",
    re.I,
)


# a subordinate clause after a bridge that names another one: "..., as the road bridges in
# the city were destroyed", "after the Russians blew up the road bridge there" (lower case)
_SUBORDINATE_BRIDGE = compile_lower(
    r"\b(?:as|after|since|because|when|once)\s+(?:[\w'’-]+\s+){0,8}?(?:bridges?|crossings?)\b"
)
_SUBORDINATOR_GATE = contains_any([" as ", " after ", " since ", " because ", " when ", " once "])


def _another_bridge(row: dict, earlier: list[dict]) -> bool:
    """Whether ``row`` names a bridge none of its side's rows with an attacker named ("the
    bridge, which Russian forces blew up ...; the Antonivskyi railway bridge is also
    impassable": another bridge, in a state whose cause is unsaid)."""
    if row["name"] is None:
        return False
    key = _bridge_key(row["name"])
    return not any(
        b["name"] is not None and _bridge_key(b["name"]) == key
        for b in earlier
        if b["claimed_by_side"] == row["claimed_by_side"] and b["actor_side"] is not None
    )


def _bridge_key(name: str) -> tuple[str, bool, bool]:
    """Which bridge a name is: its first word, and whether it is a railway or a foot bridge
    ("the Antonivskyi bridge" and "the Antonivskyi road bridge" are one, "the Antonivskyi
    railway bridge" another)."""
    low = name.lower()
    return low.split()[0], "rail" in low, "pedestrian" in low or "foot" in low


def _bridge_facts(s: str, part: str, places: list[dict], start: int) -> dict:
    """Name, river and connected places of the bridge named at ``start`` of sentence ``s``
    (``part``: the words about it, ``places``: the mentions in them)."""
    name, river = _name_and_river(part, places)
    connects = []
    for p in places:
        if p["kind"] in ("settlement", "facility") and p["rs"] > start:
            gap = s[start : p["rs"]]
            if len(gap) < 80 and _CONNECTS_BEFORE.search(gap):
                if p["name"] not in connects:
                    connects.append(p["name"])
    return {"name": name, "river": river, "connects": " – ".join(connects[:2]) or None}


# Patterns searched often whose own sre scan tries many branches at every word: searched only where
# one of their literal starts occurs, found in one Aho-Corasick pass. Same matches (see
# ``_regex.LiteralStarts``); rebound here, after every table and tuple that must keep the plain
# pattern.
_BRIDGE_STATUS = [(st, literal_starts(rx)) for st, rx in _BRIDGE_STATUS]


# an attack told without its author ("a missile strike destroyed the bridge", "the bridge was
# hit by a guided bomb"), not a demolition (which the side falling back does to its own
# crossings as often as not)
_UNSIDED_ATTACK = compile_lower(
    r"\b(?:strikes?|struck|shell(?:s|ed|ing)?|missiles?|bomb(?:s|ed|ing)?|rockets?|drones?|"
    r"airstrikes?|artillery|hit|hits)\b"
)
_DEMOLITION = compile_lower(
    r"\b(?:blew|blown|blow|blowing|demolish\w*|dynamit\w*|mined|sappers?|retreat\w*|"
    r"withdr\w*|our|we|ours|himars)\b"
)
# a side named in the sentence: its own reading of who attacked stands ("a Ukrainian shell had
# damaged the bridge by mistake")
_SIDE_WORD = compile_lower(r"\b(?:ukrain\w*|russia\w*|enemy|kyiv|kiev|moscow|nationalists?)\b")
# words that put the bridge in ground the speaker's enemy holds, where an attack the speaker
# reports is as likely its own side's ("the Antonivskyi bridge, the occupiers' main supply
# route, was hit again"): no author guessed
_ENEMY_GROUND = {
    "UA": compile_lower(
        r"\b(?:occupied|occupiers?|occupation|russian-(?:held|controlled|occupied)|left\s+bank|"
        r"himars|crimea|kerch|antonivskyi|antonovsky|kakhovka|chonhar|supply\s+(?:route|line)s?)\b"
    ),
    "RU": compile_lower(
        r"\b(?:ukrainian-(?:held|controlled)|kyiv-(?:held|controlled)|kiev-(?:held|controlled)|"
        r"afu-held|supply\s+(?:route|line)s?)\b"
    ),
}


def _enemy_attacker(low: str, row: dict, context: str = "") -> str | None:
    """Who a side says damaged or destroyed a bridge in an attack whose author the sentence
    does not name (``low``: the sentence lower-cased, ``context``: it and the sentences just
    before it, lower-cased here only if needed): the speaker's enemy ("a missile strike
    destroyed the bridge", said by Ukraine's officials: Russia's); None when a side is named or
    the bridge lies in ground the enemy holds (:data:`_ENEMY_GROUND`)."""
    if (
        row["actor_side"] is not None
        or row["status"] not in ("damaged", "destroyed")
        or row["claimed_by_side"] not in _OPPOSITE
        or not _UNSIDED_ATTACK.search(low)
        or _DEMOLITION.search(low)
        or _SIDE_WORD.search(low)
        or _ENEMY_GROUND[row["claimed_by_side"]].search(lower(context) if context else low)
    ):
        return None
    return _OPPOSITE[row["claimed_by_side"]]
