"""Territorial-control statements: place, controller side and share, per speaker."""

from __future__ import annotations

import re

from . import _attribution as attr
from ._parse_agents import (
    _OPPOSITE,
    _PASSIVE_BE,
    _agent_finditer,
    _agent_side,
    _clause_side,
    _clauses,
    _force_side,
    _passive_agent,
    _plain_case,
    _window_before,
    _window_forces,
)
from ._parse_evacuations import (
    _EVAC_GATES,
    _is_actor,
    _word_bits,
)
from ._parse_mentions import (
    _CITY_WORD_RX,
    _FROM_BEFORE,
    _LIST_GAP,
    _PEOPLE_AFTER,
    _SHARE_LIST_GAP,
    _TERRITORY_OF,
    _THE_REGION,
    _expand_list,
    _is_small_place,
    _list_gap_after,
    _matches_at,
    _mention_end,
)
from ._regex import (
    bit,
    compile_fast,
    compile_lower,
    contains_any,
    literal_starts,
    lower,
    word_automaton,
)

# "took control of": the cue needs the word "control"
_CUE_CONTROL_SRC = (
    r"(?:taken|took|take|takes|taking|seized?|seizing|captured?|gained|gain|regained|"
    r"established|assumed|retain(?:ed|s)?|maintain(?:ed|s)?|have|has|had|in|full|complete|total|"
    r"restored|restore|restores|restoring|re-established|"
    r"now|still)\s+"
    r"(?:full\s+|complete\s+|total\s+|effective\s+)?control\s+(?:over|of)"
)
_CUE_WORD_SRC = (
    r"complet(?:ed|es|ing)\s+(?:the\s+)?[\"“'‘]?liberation[\"”'’]?\s+of"
    r"|captur(?:ed|es|ing)|seiz(?:ed|es|ing)|liberat(?:ed|es|ing)|recaptur(?:ed|es|ing)|retook|"
    # "the region is 98% de-occupied", "Kupiansk has been deoccupied": liberated
    r"de-?occupied|"
    # "Ukrainian forces have freed Robotyne": liberated (not "freed 20 prisoners", see below)
    r"freed|freeing|"
    r"retaken|retakes|took over|taken over|overr(?:an|un)|occupied|occupies|occupy|"
    # "its forces had taken the town", "took most of the city": the town the sentence speaks
    # of (a named place after "took" is read by the take rules)
    r"(?:took|taken)(?=\s+(?:(?:most|much|all|part|half|control)\s+of\s+)?the\s+"
    r"(?:town|city|village|settlement)\b(?!['’]|\s+(?:of|hall|council|centre|center)\b))|"
    # "defenders are holding on to X", "hung on to the town", "still clinging to X": held
    r"(?:(?:hold(?:s|ing)?|held|hang(?:s|ing)?|hung|cling(?:s|ing)?|clung)\s+on\s*to|"
    r"(?:cling(?:s|ing)?|clung)\s+to)(?=\s+\w)|"
    r"(?<!fire )control(?:s|led)?|hold(?:s|ing)?|held"
    # "units continue to defend the town", "are still defending Siversk": still holding it
    r"|(?:continu(?:e|es|ed|ing)\s+to|still)\s+defend(?:s|ing)?"
    r"(?!\s+(?:against|from|itself|themselves|their|its|our|his|her|the\s+(?:border|line)))"
    # "Ukrainian forces maintain positions in and near Krynky", "retain positions in Bakhmut",
    # "established a foothold in Krynky", "likely kept positions in its northern part"
    # "Russian troops who had dug in at the aggregate plant", "entrenched in Krynky": held
    # ("Russian troops are consolidating in Solovyove", "consolidated in the southern blocks")
    r"|(?:dug|dig(?:s|ging)?|entrench(?:ed|es|ing)?|consolidat(?:ed|es|ing|e))"
    r"(?:\s+themselves)?(?:\s+in)?"
    r"(?=\s+(?:at|in|on|inside|around)\s)"
    # "Russian troops were present in the northern part of the town": held, in part at least
    r"|present(?=\s+(?:in|at|inside)\s)"
    # 'the left bank was "reliably protected" by Russian troops', "a town defended by
    # Ukrainian units": the forces named after "by" hold it
    # ("Kherson was already being patrolled by Russian troops")
    r"|(?:defended|protected|guarded|patrolled)(?=[\"”]?\s+by\s)"
    # 'Russian units "guard" the station', "Ukrainian soldiers guard the bridge at X": a force
    # guarding ground holds it (the verb right after a force noun: not "the National Guard")
    r"|(?:(?<=troops )|(?<=forces )|(?<=units )|(?<=soldiers )|(?<=troops \")|(?<=forces \")"
    r"|(?<=units \")|(?<=soldiers \")|(?<=troops “)|(?<=forces “)|(?<=units “)|(?<=soldiers “))"
    r"guard(?:s|ing)?(?=[\"”]?\s+(?:the|its|this|that)\s)"
    # "Russian forces have likely made steady gains in Krasnohorivka": ground taken in it
    # ("only marginal gains in X": a little ground, not X held)
    r"|(?:made|making|make|makes)\s+(?!(?:no|few|little|any|only|marginal|minimal|negligible|"
    r"insignificant)\b)(?:[\w-]+\s+){0,3}?gains"
    r"(?=\s+(?:in|inside|within)\s)"
    r"|(?:maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?|keep(?:s|ing)?|kept|establish(?:ed|es|ing)?|"
    r"gain(?:ed|s|ing)?|secur(?:ed|es|ing)?|consolidat(?:ed|es|ing))"
    r"(?=\s+(?:(?:their|its|some|several|a|the|new)\s+)?(?:positions|foothold|footholds|"
    r"presence|bridgehead)\b)"
)
_CONTROL_CUE = compile_lower(rf"\b(?:{_CUE_CONTROL_SRC}|{_CUE_WORD_SRC})\b")
# the same matches in a clause without "control" (where _CUE_CONTROL_SRC cannot match)
_CUE_WORD = compile_lower(rf"\b(?:{_CUE_WORD_SRC})\b")
# cues that name what is held before the place: "gained a foothold in X", "retain positions in X"
_FOOTHOLD_CUES = ("maintain", "retain", "establish", "gain", "secur", "consolidat")


def _is_foothold_cue(kind: str, cue: str) -> bool:
    """Whether a control cue names what is held before the place ("gained a foothold in X").

    Parameters
    ----------
    kind
        The cue family ("cue", "take", ...).
    cue
        The cue's lower-cased text.

    Returns
    -------
    bool
        True for "retained positions in", "established a foothold"; False for the same verbs
        with "control" ("retained control of X", "established full control over X"), whose
        object is the place itself.
    """
    return kind == "cue" and cue.startswith(_FOOTHOLD_CUES) and not cue.endswith(("of", "over"))


# words a _CUE_WORD match can begin with
_CUE_STARTS = (
    "complet", "captur", "seiz", "liberat", "recaptur", "retook", "retak", "took", "tak", "overr",
    "de-occup", "deoccup",
    "occup", "control", "hold", "held", *_FOOTHOLD_CUES, "keep", "kept", "continu",
    "still defend", "hang", "hung", "cling", "clung", "freed", "freeing", "dug", "dig",
    "entrench", "present", "made", "making", "make", "defended", "protected", "guard", "patrolled",
)  # fmt: skip
_UNDER_CONTROL = compile_fast(
    # "returned to Ukrainian control": back under it
    r"\b(?:under|(?:returned|reverted|passed|back|restored)\s+to)\s+(?:the\s+)?"
    # (not "under the fire control of our troops", "under Russian fire control": in range of
    # their guns, not held)
    r"(?:full\s+|complete\s+|total\s+)?(?:(?P<adj>(?!fire\b)[\w'’-]+(?:\s+(?!fire\b)[\w'’-]+)?)\s+)?"
    # ('"now completely under the control" of the Ukrainian armed forces': a quote between)
    # ("the plant is under the reliable protection of Russian troops": held by them)
    r"(?:control|occupation|protection)(?:[\"”]?\s+of\s+(?P<of>(?:[\w'’-]+\s*){1,5}))?",
    re.I,
)
_FELL = compile_lower(
    r"\bf(?:e|a)ll(?:en|s)?\s+(?:to|into the hands of)\s+(?P<np>(?:[\w'’-]+\s*){1,4})"
)
# "plan" but not "the plant was", "Russian planes"
_NEG_BEFORE = compile_lower(
    r"\b(?:not|n['’]t|never|fail\w*|try\w*|tried|attempt\w*|seek\w*|sought|aim\w*|"
    r"plan(?:s|ned|ning)?|want\w*|intend\w*|hop\w+|bid|could|would|might|may|will|threat\w*|"
    r"no longer|lost|"
    # "to achieve the goals of liberating Donbass", "the task of capturing X": an aim
    r"denied|deny|denies|effort\w*|goals?|objectives?|tasks?|mission|stop\w*|ceas\w*|"
    # ("the enemy's main efforts are focused on establishing control over X")
    r"focus(?:ed|es|ing)?|"
    # 'to impose a narrative of "capturing" the village': a story told, not a claim
    r"narratives?|myths?|propaganda|fakes?|fictions?)\s+"
    r"(?:\w+\s+){0,2}[\"“]?$",
)
# a direct object after the cue: "held the industrial zone", "captured Pidlisne"
_OBJECT_AFTER = compile_fast(
    # ('troops controlled "about 60 percent" of X': a quote may open on the object)
    r"\s+[\"“]?(?:(?:the|a|an|some|most|much|all|part|parts|positions?|control|several|both|two|"
    r"three|almost|nearly|virtually|practically|large|key|its|their|this|that|about|around|"
    r"roughly|approximately|over|more|less|half|one|two-thirds|three-quarters|"
    # "troops had retaken dozens of settlements": a group of places
    r"dozens|scores|many|numerous|four|five|six|seven|eight|nine|ten)\b|\d|[A-Z])"
)
_NOT_GROUND_BEFORE = compile_lower(
    r"\b(?:situation|fires?|blaze|flood\w*|outbreak|epidemic|everything|things)\s+(?:\w+\s+){0,3}$"
)
_EXCEPT_BEFORE = compile_fast(
    r"\b(?:apart from|except(?: for)?|other than|save for|but not|besides)\s+(?:the\s+)?$", re.I
)
# words every _NEG_BEFORE / _PEOPLE_BEFORE / _PASSIVE_BE match holds, lower-cased (the last
# is case-insensitive: its gate also needs _plain_case)
_NEG_GATE = contains_any(
    "not n't n’t never fail try tried attempt seek sought aim plan want intend hop bid could "
    "would might may will threat lost denied deny denies effort goal objective task mission stop ceas".split()
    + ["no longer"]
)
_PEOPLE_GATE = contains_any(
    "soldiers troops fighters prisoners servicemen defenders civilians people men women marines "
    "personnel pows those who whom".split()
)
_PASSIVE_GATE = contains_any("is are was were been being remain".split())
# "managed to capture": the infinitive states what happened
_DONE_TO = compile_fast(
    r"\b(?:managed|able|succeeded|went on|was the first|continue[sd]?|continuing|still|"
    # (a withdrawal forced on a side is done: "were forced to withdraw from X")
    r"remain(?:s|ed)?|keep|kept|used|forced|had|compelled|obliged|authori[sz]ed|permitted|"
    r"allowed)\s+to\s+$"
)
_AND_BEFORE = compile_fast(r"\band\s+(?:now\s+|also\s+|then\s+|later\s+|eventually\s+)?$")
_QUESTION_BEFORE = compile_fast(r"\b(?:whether|if)\b[^,;]*$")
# an indirect "who" question: "did not say who now holds the villages", "it is unclear who
# controls X" (not the relative "troops who hold X", which claims it)
_WHO_QUESTION_BEFORE = compile_lower(
    r"\b(?:say|said|says|saying|know|knew|known|unclear|clear|ask|asks|asked|asking|tell|told|"
    r"confirm|confirmed|certain|sure|question|as\s+to|over|about|on|disput\w*)\s+(?:exactly\s+)?"
    r"who\s+(?:\w+\s+){0,2}$"
)
_THEY = compile_fast(r"\bthey\b", re.I)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


_PEOPLE_BEFORE = compile_lower(
    r"\b(?:soldiers|troops|fighters|prisoners|servicemen|defenders|civilians|people|men|women|"
    r"marines|personnel|POWs|those|who|whom)\s+(?:\w+\s+)?$"
    # ('civilians "held" in Kramatorsk': a quote may open on the verb said of people)
    r"|\b(?:civilians|people|residents|prisoners|hostages)\s+[\"“']$",
)
# people moved into someone's hands or control ("the evacuees were handed over to Ukrainian
# control", "the bodies were returned to Ukrainian control", "20 fighters were handed over
# into Russian hands"): who has the people, not who holds the ground
_MOVED_GATE = contains_any(
    "hand transfer return pass moved brought deliver releas sent taken evacuat".split()
)
_MOVED_PEOPLE = compile_lower(
    r"\b(?:soldiers|troops|fighters|prisoners|servicemen|defenders|civilians|people|men|women|"
    r"marines|personnel|pows|bodies|remains|evacuees|wounded|children|residents|hostages|"
    r"captives|detainees)\s+(?:(?:were|was|had|have|has|been|being|are|is|then|later|also|all|"
    r"safely|reportedly|now)\s+){0,3}(?:handed|transferred|returned|passed|moved|brought|"
    r"delivered|released|sent|taken|evacuated)(?:\s+(?:over|back|on|out))?\s+(?:in)?to\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+)?(?:control|hands)$"
)
# people whose relative clause stands between them and "in Russian hands" / "under Ukrainian
# control" ("civilians who had sheltered in the plant were now in Russian hands", "the
# residents that stayed behind are under Russian control"): who has the people, not the ground
_PEOPLE_REL_GATE = contains_any([" who ", " that ", " whom ", "sheltering", "trapped", "hiding"])
_PEOPLE_REL_SUBJECT = compile_lower(
    r"(?:^|[,:]\s*|\b(?:said|says|say|that|and|but|while)\s+)(?:the\s+|some\s+|many\s+|all\s+|"
    r"those\s+|(?:dozens|hundreds|scores)\s+of\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|up\s+to\s+|[\d,]+\s+)*"
    r"(?:[\w'’-]+\s+)?(?:soldiers|troops|fighters|prisoners|servicemen|defenders|civilians|"
    r"people|men|women|marines|personnel|pows|residents|children|hostages|families|locals|"
    r"inhabitants|workers|staff|employees|patients|volunteers|evacuees)\s+(?:who|that|whom|"
    r"sheltering|trapped|hiding)\b[^.;,]{0,120}?\b(?:were|was|are|is|remain(?:ed|s)?|had\s+been|"
    r"have\s+been)\s+(?:(?:now|still|already|all|reportedly)\s+){0,2}$"
)
# a thing seized, not ground: "seized a humanitarian convoy bound for X", "captured two tanks"
_THING_AFTER = compile_fast(
    r"\s+(?:an?\s+|the\s+|their\s+|its\s+|\d+\s+|two\s+|three\s+|several\s+|dozens\s+of\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:convoys?|vehicles?|buses|bus|trucks?|lorries|lorry|cars?|ships?|"
    r"vessels?|tankers?|boats?|equipment|weapons|tanks?|documents|cargo|aid|shipments?|"
    r"trains?|aircraft|drones?|helicopters?|"
    # "seized the Antonivskyi road bridge over the Dnipro near Kherson": the bridge, not the
    # town named after it (the bridge table reads the crossing)
    r"bridges?)\b",
    re.I,
)
# ground named before a side that held it, the verb with no object after it: "into ground
# Russia held and ...", "the territory the Russians had occupied, as well as ..."
# ... or a town so described: "Izium, the town the Russians captured at the start of the month,
# towards Barvinkove" (the town is Izium, not the place after)
_GROUND_HELD_BEFORE = compile_lower(
    r"\b(?:ground|territory|territories|land|lands|areas?|the\s+(?:town|city|village|"
    r"settlement|port))\s+(?:(?:that|which)\s+)?"
    # (a subject of its own, not the noun's verb: "the town had been liberated")
    r"(?!(?:had|has|have|was|were|is|are|been|being|will|would|remains?|remained)\b)"
    r"(?:[\w'’-]+\s+){1,3}$"
)
_NO_OBJECT_AFTER = compile_lower(
    r"\s*(?:[,;.:)\"”]|$|(?:and|but|while|until|since|before|after|in\s+\d{4})\b|"
    r"(?:at\s+the\s+(?:start|end|beginning)|in\s+(?:early|late|mid)|last\s+\w+|earlier|weeks\s+ago|days\s+ago|months\s+ago|"
    r"in\s+(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december))\b)"
)
# what a place is claimed as: "claimed X as Russian territory", "as part of Russia"
_CLAIMED_AS = compile_lower(
    r"[^,;]{0,60}?\bas\s+(?:(?:its|their|russian|ukrainian|russia['’]s|own|sovereign|a)\s+)*"
    r"(?:territory|territories|land|soil|part\s+of|region|subject)\b"
)
# forces said to be present in a place: "Russian troops were present in the north of the town"
# (armed men only: "IAEA experts were present at the plant" holds nothing)
_BE_PRESENT = compile_lower(
    r"\b(?:troops|forces|units|soldiers|servicemen|infantry|fighters|groups|marines|"
    r"paratroopers|detachments)\s+(?:(?:who|that)\s+)?(?:(?:are|is|was|were|remain|remains|"
    r"remained|had\s+been|have\s+been|has\s+been|still|now|already|reportedly|likely)\s+)+$"
)
# people held as hostages: "holding the plant's staff hostage", "held 30 workers captive"
_HELD_PEOPLE_AS = compile_lower(
    r"\s+(?:(?!and\b)[\w'’-]+\s+){1,5}?(?:hostages?|captives?|prisoners?)\b"
)
# what is held that is no ground: "held their fire", "hold talks", "held a referendum in X"
_HELD_EVENT = compile_fast(
    r"\s+(?:(?:an?|the|their|its|our|his|her|fresh|new|further|several|two|three)\s+)?"
    r"(?:[\w'’-]+\s+)?(?:fire|talks|meetings?|referendums?|referenda|votes?|elections?|"
    r"consultations|negotiations|rall(?:y|ies)|ceremon(?:y|ies)|press\s+conferences?|"
    r"briefings?|funerals?|exercises|drills|hostages?|captives?|prisoners?)\b",
    re.I,
)
# a place locating the one named before it: "Bezimenne, a village east of Mariupol held by
# Russian-backed forces" (the village is held, not Mariupol)
_LOCATOR_OF = compile_fast(
    r",\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:village|town|city|settlement|district|"
    r"suburb|port|hamlet|island|islet)\s+"
    # "a town on the Seversky Donets north of Lugansk"
    r"(?:(?:on|by)\s+the\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:river\s+)?)?"
    # "X, which lies about 50 km (30 miles) south-west of the city of Y, ...": a relative clause
    r"|(?:which|that)\s+(?:lies|is|sits|stands)\s+|(?:lying|located|situated)\s+)?"
    r"(?:(?:about|some|just|only)\s+)?(?:(?:\d+|a\s+few|several)\s*"
    r"(?:km|kilometres|kilometers|miles)\s+(?:\([^()]{1,20}\)\s+)?)?(?:to\s+the\s+)?"
    r"(?:(?:north|south|east|west)[\w-]*"
    # ("X, the island off Y": off a coast)
    r"\s+of|near|outside|off|close\s+to|on\s+the\s+outskirts\s+of|"
    # "Zaporizhzhia city, about 50 kilometres up the Dnipro", "across the reservoir from X"
    r"(?:up|down|along)(?=\s+the\b)|(?:across|over)\s+(?:the\s+)?(?:river|reservoir|water)\s+"
    r"from|(?<=kilometres\s)from|(?<=kilometers\s)from|(?<=km\s)from|(?<=miles\s)from)"
    r"\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)
_SHARE = compile_fast(
    r"(?P<pct>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)"
    # "nearly all of": short of the whole (0.95, see _share; "almost fully liberated" stays 1.0)
    # ("every village of the region is under Ukrainian control": all of it)
    r"|\bevery\s+(?:village|town|settlement|community)\s+of\b"
    r"|\b(?P<word>(?:almost|nearly|virtually|practically)\s+all\s+of|half|a third|one third|one-third|two-thirds|two thirds|a quarter|one quarter|"
    r"three quarters|three-quarters|a fifth|one fifth|one-fifth|four-fifths|four fifths|a tenth|"
    # (not "the entire eastern part of X": a part, its share unsaid)
    # (nor "the whole time": how long, not how much)
    r"all of|(?:the\s+)?(?:whole|entire)(?!\s+(?:north|south|east|west)\w*\s+(?:part|half|side|"
    r"outskirts|districts?)\b)(?!\s+(?:time|day|night|week|month|year|war|period)\b)|entirely|"
    r"wholly|full(?!-scale)|fully|"
    r"completely|complete|total)\b",
    re.I,
)
_SHARE_WORDS = {
    "half": 0.5, "a third": 0.33, "one third": 0.33, "one-third": 0.33, "two-thirds": 0.67,
    "two thirds": 0.67, "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75,
    "three-quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2, "one-fifth": 0.2, "four-fifths": 0.8,
    "four fifths": 0.8, "a tenth": 0.1,
}  # fmt: skip
_SHARE_OF_BEFORE = compile_fast(
    r"(?:\d\s*(?:%|per\s?cent|percent)|\b(?:half|third|thirds|quarter|quarters|fifth|fifths|"
    r"tenth))\s+of\s+(?:the\s+)?(?:territory\s+of\s+)?$",
    re.I,
)
_GENERIC_PLACE_RX = compile_fast(
    # "The plant remains ...": a sentence-initial "The" is the article, not part of a name
    r"\b(?:[Tt]he\s+)?(?P<g>(?:southern |northern |eastern |western |central )?industrial "
    r"(?:zone|area|areas|site|district)s?|(?:[A-Z][\w'’-]+\s+(?:and\s+)?){0,3}(?i:chemical plant|"
    r"steel ?works|iron and steel works|steel plant|plant|power station|factory|airport|airfield|"
    r"site|station)"
    # "the island remains under Russian control": the island the report named before (a
    # lower-case head only, so "Zmiinyi Island" stays the gazetteer's mention)
    r"|(?<=[Tt]he )island)\b"
)


# words every _SHARE match holds (as a substring of its lower-cased text)
_SHARE_LOW = compile_lower(_SHARE.pattern)  # _SHARE to run on lower-cased text
_SHARE_GATE = contains_any(
    "% per half third quarter fifth tenth whole wholly entire full complet total".split()
    + ["all of", "every village", "every town", "every settlement", "every community"]
)


def _share(text: str, low: str) -> float | None:
    """The share of a place claimed in ``text`` ("half of", "80%"); ``low`` is its
    :func:`lower` text."""
    if not _plain_case(low):
        m = _SHARE.search(text)
    elif _SHARE_GATE(low):
        m = _SHARE_LOW.search(low)  # the same match, found faster than case-insensitively
    else:
        return None
    if not m:
        return None
    if m.group("pct"):
        v = float(m.group("pct")) / 100
        return v if 0 < v <= 1 else None
    if m.group("word") is None:
        return 1.0  # "every village of the region"
    w = m.group("word").lower()
    if w.startswith(_NEARLY):
        return 0.95  # "Russian troops hold nearly all of Luhansk province"
    return _SHARE_WORDS.get(w, 1.0)


_NEARLY = ("almost", "nearly", "virtually", "practically")


# "cleared Andriivka", "completed clearing the territory of the plant": taken from the enemy
_TAKE = compile_lower(
    r"\b(?:took|taken|take|takes|taking|entered|enter|retake|retaking|won back|regained|"
    # the bare verb only of an attempt denied ("failed to capture X", "did not seize X")
    r"capture|seize|recapture|"
    r"storm(?:ed)?|claimed|cleared|clearing|secured|securing|"
    # "Ukraine is getting Kherson back" (the place, then "back": see _GET_VERBS)
    r"get|gets|getting|got|gotten|win|wins|winning|won|"
    # "Russian forces have advanced into central X", "were pressing on into the X region",
    # "broke into X", "pushed into the centre of X": ground entered, at least in part
    r"(?:advanc(?:ed|ing|es)|push(?:ed|ing)|press(?:ed|ing)|broke|broken|breaking)\s+"
    r"(?:on\s+|further\s+|deeper\s+)?into|"
    # "Ukrainian forces have returned to Sviatohirsk", "troops are back in Balakliia" (a force
    # must be named as their subject: residents return too)
    # (not "pushed Russian forces back in X": they were driven back there)
    r"returned\s+to|(?:(?<=are )|(?<=is )|(?<=was )|(?<=were )|(?<=been )|(?<=now ))"
    r"back\s+in(?:to)?)"
    # ('had taken "the whole of Bakhmut"': a quote may open on the object)
    # ("have taken under control the northern districts of Rubizhne": the Russian word order)
    r"\s+[\"“]?(?:back\s+)?(?:control\s+of\s+|under\s+(?:full\s+)?control\s+)?(?:(?:the\s+)?"
    # ("have taken several more blocks of X": part of it)
    # ("cleared several more city blocks of Pokrovsk", '"entered the southern outskirts" of X')
    r"(?:(?:several|a\s+few|some|two|three)\s+more\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:town|city|village|settlement|port|centre|center|territory|part|"
    r"outskirt|block|neighbou?rhood|quarter|microdistrict|district)s?[\"”]?\s+of\s+"
    r"(?:the\s+)?"
    # "had taken two-thirds of Toretsk", "took about 40% of the town"
    # "had taken the whole of Bakhmut", "took all of Soledar"
    r"|(?:the\s+)?(?:whole|entire|entirety|all)[\"”]?\s+of\s+(?:the\s+)?"
    r"|(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than)\s+)?(?:half|a\s+third|"
    r"two[- ]thirds|a\s+quarter|three[- ]quarters|most|much|\d{1,3}(?:\.\d+)?\s*(?:%|per\s?cent|"
    r"percent))[\"”]?\s+of\s+(?:the\s+)?"
    # "cleared 86% of the territory Ukraine once held in the region"
    # ("the region" is a mention of its own: the article stays)
    r"(?:(?:territory|land)\s+(?:[\w'’-]+\s+){0,5}?(?:in|of)\s+"
    r"(?:the\s+(?!(?:whole\s+|entire\s+)?(?:region|oblast|province)\b))?)?"
    # "entered the Dnipropetrovsk region": the article before a name ("the neighbouring X
    # region", "central X")
    r"|(?:the\s+)?(?:neighbou?ring|nearby|adjacent|central|northern|southern|eastern|"
    r"western)\s+|the\s+)?",
)
_WITHDRAW = compile_lower(
    # "withdrew its troops from Kupiansk": the force withdrawn may stand between verb and place
    r"\b(?:withdr(?:ew|awn|aw|awing|aws)(?:\s+(?:(?:its|their|the|our|all|his|remaining|last)\s+)"
    r"{0,2}(?:troops|forces|units|garrison|soldiers|servicemen|personnel)(?=\s+from\b))?|"
    # ("pulling reserves out of X" moves reserves to the front: X is not given up)
    r"pull(?:ed|ing|s)?\s+(?!(?:(?:its|their|his|the|some)\s+)?(?:reserves|equipment|wounded|"
    r"civilians|residents|people)\b)(?:[\w-]+\s+){0,2}?(?:back|out)|"
    r"retreat(?:ed|ing|s)?|(?:forced|ordered|told|had)\s+to\s+(?:leave|abandon|withdraw|pull back)|"
    r"left|leaves|abandon(?:ed|s)?|fled|"
    # "have given up much of the town", "ceded Avdiivka": ground handed over
    r"(?:give|gives|gave|given|giving)\s+up|ced(?:e|es|ed|ing)|surrender(?:ed|s|ing)?)\s+"
    # ("had likely withdrawn from around Izium": the ground about the town)
    r"(?:(?:from|of)\s+(?:(?<=withdrawn from )around\s+|(?<=withdrew from )around\s+)?|"
    r"to\s+the\s+(?:outskirts|edge)\s+of\s+)?"
    r"(?:(?:much|most|all|part|parts|half|some|large\s+parts|a\s+large\s+part)\s+of\s+)?"
    # ("have left practically the whole Brovary district")
    r"(?:(?:practically|virtually|almost|nearly)\s+(?=the\s+(?:whole|entire)\s))?"
    r"(?:the\s+)?(?:(?:whole|entire)\s+(?:of\s+(?:the\s+)?)?)?"
    r"(?:(?:area|areas|region|outskirts|positions|vicinity|town|city|village|"
    r"settlement)\s+(?:around|of|near)\s+"
    # ("gave up the strategically important rail hub of Lyman")
    r"|(?:[\w-]+\s+){0,3}?(?:hub|stronghold|junction)\s+of\s+)?",
)
# a clause with no subject of its own after "but": "... but had failed to enter the town"
_BUT_HAD_START = compile_lower(
    r"\s*(?:(?:but|yet)\s+)?(?:had|have|has|did|could|were|was|failed)\b"
)
_BUT_END = compile_lower(r"\b(?:but|yet)\s*$")


def _no_subject(prev_clause: str, cl: str) -> bool:
    """Does clause ``cl`` go on with the subject of the clause before ("... had blocked X but
    had failed to enter the town")?"""
    if _BUT_HAD_START.match(cl) is None:
        return False
    return cl.lstrip().startswith(("but", "yet")) or _BUT_END.search(lower(prev_clause)) is not None


_BARE_TAKE = compile_lower(r"(?:capture|seize|recapture)\b")
# an attempt that came to nothing: "had failed to enter", "were unable to take", "could not seize"
_FAILED_TO_BEFORE = compile_lower(
    r"\b(?:(?:have|has|had)\s+)?(?:failed|(?:were|was|been)\s+unable)\s+(?:so\s+far\s+)?to\s+$"
    r"|\bcould\s*(?:not|n['’]t)\s+(?:yet\s+)?$"
    # "have not been able to take X", "were not able to enter"
    r"|\b(?:(?:have|has|had)\s*(?:not|n['’]t)\s+(?:yet\s+)?been|(?:were|was|are|is)\s*"
    r"(?:not|n['’]t))\s+able\s+to\s+$"
)
# a withdrawal denied in so many words: "have not withdrawn from", "did not leave"
_NOT_LEFT_BEFORE = compile_lower(r"\b(?:have|has|had|did|do|does)\s*(?:not|n['’]t)\s+(?:yet\s+)?$")
# "the capital" only locating other ground: "villages north-west of the capital"
_NEAR_CAPITAL = compile_fast(
    r"\b(?:(?:north|south|east|west)[\w-]*\s+of|near|outside|around|towards?|outskirts\s+of|"
    r"approaches\s+to|km\s+(?:from|of))\s+$",
    re.I,
)
# what "the capital" stands for in a claim of who holds ground
_CAPITAL = {"name": "Kyiv", "kind": "settlement", "rs": -1, "country": "UA"}


# "Mariupol remained Ukrainian", "Bakhmut is still Ukrainian": the place just before holds it
_REMAINS_SIDE = compile_fast(
    # ('X itself "is ours"': a quote may open before the verb)
    r"\b(?:(?:itself|still)\s+)*[\"“]?"
    # "X is and will remain Ukrainian", "was, is and will be Ukrainian"
    r"(?:(?:was,?\s+)?(?:is|was|has\s+been)\s+and\s+(?:always\s+)?will\s+(?:always\s+)?"
    r"(?:remain|be)\s+|"
    # "X is a Ukrainian city and will remain Ukrainian": the article before the side word
    # ("... and stays Ukrainian")
    r"(?:is|was)\s+an?\s+(?=(?:Ukrainian|Russian)\s+(?:town|city|village|settlement|land)\s+and\s+"
    r"(?:(?:always\s+)?will\s+(?:always\s+)?(?:remain|be|stay)|remains|stays)\b)|"
    # "Zaporizhzhia will remain Ukrainian", "will always be Ukrainian" (held now and kept; not
    # "Donbas will be Ukrainian", a hope)
    r"\bwill\s+(?:(?:always\s+)?(?:remain|stay)|always\s+be)\s+|"
    r"\b(?:remains|remained|remain|is|was|are|were|stays|stayed)\s+)"
    # "Vysokopillia is Ukraine": the country named for its side
    # "Staryi Saltiv is ours", in a side's own words: the speaker's side holds it
    # ... or "once again under our flag"
    # ("control over X is completely ours")
    r"[\"“]?(?:(?:still|firmly|now|again|once|back|completely|fully|entirely|wholly)\s+)*"
    # "the Kinburn spit is not ours yet": the other side's (read for "ours" alone)
    r"(?:(?<=is\s)(?P<neg>not\s+(?:yet\s+)?))?"
    r"(?:(?<=\s)[\"“])?"  # ('was now "part of Russia"')
    # "X was and remains a Russian town", "stays Ukrainian land" (an article after "remain"
    # only: "X is a Ukrainian town, 40 km from Y" describes it)
    r"(?:(?:(?<=remains\s)|(?<=remained\s)|(?<=remain\s)|(?<=stays\s)|(?<=stayed\s))an?\s+)?"
    # "the whole Mykolaiv region is free again": back in its own country's hands
    # "the Kherson region remains part of Russia", Moscow's annexation claim
    r"(?P<adj>Ukrainian|Russian|Ukraine|Russia|ours|under\s+our\s+flag|free|"
    r"(?:a\s+)?part\s+of\s+(?:Russia|the\s+Russian\s+Federation))\b"
    r"(?:\s+(?:town|city|village|settlement|land|soil|territory)\b)?"
    # "Zmiinyi is Ukrainian again", "the town is ours once more": back in that side's hands
    r"(?:\s+(?:again|once\s+again|once\s+more|now|today|too|yet|forever|for\s+ever|always))?"
    r"(?=\s*(?:[.,;:!\"”]|$|(?:and|but|while|despite|after|until|for)\b))",
    re.I,
)
_REMAINS_GATE = tuple(
    f"{v} {w}{side}"
    for v in ("remains", "remained", "remain", "is", "was", "are", "were", "stays", "stayed")
    for w in ("", "still ", "firmly ", "now ", '"', "“", "completely ", "fully ", "entirely ")
    for side in ("ukrainian", "russian", "ukraine", "russia", "ours", "free")
) + ("under our flag", "completely ours", "fully ours", "entirely ours")
_REMAINS_GATE += ("part of russia", "part of the russian federation", "not ours", "not yet ours")
_REMAINS_GATE += tuple(
    f"will {v} {side}"
    for v in ("remain", "stay", "be", "always be", "always remain", "always stay")
    for side in ("ukrainian", "russian", "ours")
)
_REMAINS_GATE += tuple(
    f"{v} a {side}"
    for v in ("remains", "remained", "remain", "stays", "stayed", "is", "was")
    for side in ("ukrainian", "russian")
)

# "Chernihiv is holding", "Kharkiv stands", "Mariupol is still holding out": the town named just
# before holds out, for the speaker's own side (nothing follows the verb but the clause's end)
_HOLDING_OUT = compile_fast(
    r"\b(?:(?:is|are|was|were)\s+(?:still\s+)?|(?:still\s+)?)"
    r"(?P<adj>holding(?:\s+(?:on|out|firm|strong))?|standing(?:\s+(?:firm|strong))?|"
    r"holds(?:\s+(?:on|out|firm|strong))?|stands(?:\s+(?:firm|strong))?|held\s+out)"
    r"(?=\s*(?:[.,;:!\"”]|$|(?:and|but|despite|against|under|for)\b))",
    re.I,
)
# a place named as the object of a preposition is no subject ("the front near X is holding")
_PREP_BEFORE = compile_fast(
    r"(?<!city )(?<!town )(?<!village )\b(?:near|around|outside|to|towards?|from|of|at|by|"
    r"in|on|into|behind|beyond|past|for|across|along|over|with)\s+(?:the\s+)?$",
    re.I,
)
# a side's positions in a place: "our positions in Krynky are held"
_POSITIONS_IN_BEFORE = compile_fast(r"\bpositions\s+(?:in|on|at)\s+(?:the\s+)?$", re.I)
_HOLDING_OUT_GATE = ("holding", "standing", "holds", "stands", "held out")
# "Kremennaya was reliably protected": held by the speaker's own side (the adverbs, then the
# regex part that reads them)
_FIRMLY = ("reliably", "firmly", "securely")
_HELD_FIRMLY = rf"(?:{'|'.join(_FIRMLY)})\s+(?:protected|defended)"
# "Soledar is held", "Andriivka is still held": held by the speaker's own side (nothing follows
# but the clause's end; "is held by Russia" names the holder, read elsewhere)
# ... and "the town is still being defended": by the speaker's side too
_IS_HELD = compile_fast(
    r"\b(?:(?:is|are|remains|remained)\s+(?:still\s+|firmly\s+)?|"
    r"(?:was|were)\s+(?:still\s+)?"
    rf"(?=being\b|{_HELD_FIRMLY})"
    r"|(?:is|are|has|have|had)\s+(?=(?:not|never)\s)"
    # ... or given up: "Shumy was lost last week", "Vuhledar had effectively been lost" (the
    # speaker's side lost it: the other side's now)
    r"|(?:was|were|(?:has|have|had)\s+(?:\w+ly\s+)?been)\s+(?:\w+ly\s+)?(?=lost\b))"
    # ... and "X is not lost", "Mariupol has not been lost": still the speaker's side's
    # ... and "Rubizhne has not been surrendered": not given up, so still held
    # ("Kremennaya itself was reliably protected")
    rf"(?P<adj>held|being\s+defended|{_HELD_FIRMLY}"
    r"|(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:lost|surrendered)"
    r"|lost(?:\s+(?:last|this)\s+(?:week|month|night|year)|\s+(?:on|in)\s+[A-Z]\w+|\s+yesterday|"
    r"\s+overnight)?)"
    r"(?=\s*(?:[.,;:!\"”]|$|(?:and|but)\b))",
    re.I,
)
# the words every _IS_HELD match holds (the rule's gate and part of the sentence gate)
_IS_HELD_GATE = (
    "is held", "is still held", "is firmly held", "are held", "remains held", "remained held",
    "are still held", "being defended", "not lost", "not been lost", "never been lost",
    "not yet lost", "not surrendered", "not been surrendered", "never been surrendered",
    "was lost", "were lost", "been lost", "effectively lost",
    *(f"{a} {v}" for a in _FIRMLY for v in ("protected", "defended")),
)  # fmt: skip

# "kept positions in the north of the village": held ground (words a match holds)
_KEPT_POSITIONS = tuple(
    f"{v} {d}{n}"
    for v in ("keep", "keeps", "keeping", "kept")
    for d in ("", "their ", "its ", "some ", "several ", "a ", "the ")
    for n in ("position", "foothold", "presence", "bridgehead")
)
# the words every _NOT_CAPTURED match holds
_NOT_CAPTURED_GATE = (
    "not captured", "not been captured", "n't been captured", "n’t been captured", "not seized",
    "not been seized", "not yet captured", "not yet been captured", "never captured",
    "never been captured", "never seized", "never been seized", "never occupied",
    "never been occupied",
)  # fmt: skip
# a sentence can hold a control claim only if one of these is in its lower-cased text (bit
# _S_CONTROL of :data:`_SENTENCE_GATES`)
_CONTROL_GATE_WORDS = tuple(
    "control captur seiz liberat took taken take taking hold held occup withdr pull retreat left "
    "leav abandon fled fell fall retook retak overr enter storm claimed regain hands flag cleared "
    "foothold bridgehead retain consolidat secured securing advanc pushing pressed pressing "
    "broke breaking "
    "clearing maintain drove driven drive pushed forced forcing kicked knocked threw thrown expel "
    "swept sweeping "
    "ousted oust dislodg lost lose hang hung cling clung freed freeing".split()
    + ["protection"]  # "under the protection of Russian troops"
    + ["won back", "no longer any", "cleared of", "freed of", "freed from", "cleared from"]
    + ["give up", "gives up", "gave up", "given up", "giving up", "cede", "ceding", "surrender"]
    + [" back"]  # "getting Kherson back"
    + ["returned to", "back in"]  # "forces have returned to X", "troops are back in X"
    + ["free of", "free from", "to defend", "still defend"]
    + ["repel", "repuls", "fought off", "beat off", "beaten off", "beaten back"]
    + ["attempt", "tried to"]  # "another attempt to break into X had failed"
    + ["stands", "standing"]  # "Kharkiv stands"
    + list(_IS_HELD_GATE)
    + list(_NOT_CAPTURED_GATE)
    + ["contested", "grey zone", "gray zone"]  # "X remains contested", "X is a grey zone"
    + ["fighting"]  # "fighting for X continues"
    + ["still in", "remain in", "remains in", "remained in", "stayed in", "remaining in"]
    # "Russian troops have been in the town since Thursday", "the occupiers are in the city"
    + ["been in", "are in", "is in"]
    + ["enemy in ", "garrison in "]  # "the enemy in Lyman is in a very difficult position"
    + ["still on", "remain on", "remains on", "remained on", "stayed on", "remaining on"]
    + ["fall of", "to fall", "loss of"]
    + ["dug in", "dig in", "digs in", "digging in", "entrench"]
    + ["present in", "present at", "present inside"]
    # "... by Russian troops", "units guard the plant", "patrolled by Russian troops"
    + ["defended", "protected", "guarded", "guard ", "guards ", "guard\"", "guard”", "patrolled by"]
    + ["gains in", "gains inside", "gains within"]
    + ["showed", "showing", "shows", "shown", "pictured", "filmed"]
    + list(_KEPT_POSITIONS)
    + list(_REMAINS_GATE)
    + ["handed back", "handed over", "hand back", "hand over", "handing back", "handing over",
       "turned over", "turned back", "turning over", "gave back", "given back", "giving back"]
    + [f"no {a} {n}" for a in ("russian", "ukrainian", "enemy")
       for n in ("troops", "forces", "soldier", "units", "servicemen", "military", "armed",
                 "regular", "positions")]
    + ["no occupier", "no invader", "not a single"]
)  # fmt: skip
# "in Ukrainian hands"; "in the hands of allied forces": the force named holds it
_HANDS = compile_fast(
    r"\b(?:in|into)\s+(?:the\s+)?(?:(?P<adj>Russian|Ukrainian|Russia['’]s|Ukraine['’]s|Kyiv['’]s|"
    r"Moscow['’]s|separatist|enemy|our|their|its|"
    # "most of Rubezhnoye was now in the militia's hands"
    r"(?:militia|enemy|army)['’]s|(?:separatists|rebels|occupiers|Russians|Ukrainians)['’])"
    r"\s+hands\b|hands\s+of\s+(?P<np>(?:[\w'’-]+\s*){1,4}))",
    re.I,
)
_FLAG = compile_fast(
    r"\b(?:raised|raising|hoisted|hoisting|planted|planting|raise|hoist|"
    # "soldiers posted photographs of themselves with the national flag in the centre of X"
    r"(?:posed|posing|pictured|photographed|filmed)\s+(?:\w+\s+){0,4}?with|themselves\s+with)\s+"
    r"(?:the\s+|a\s+|their\s+)?(?P<adj>[\w'’-]+\s+)?(?:national\s+)?flags?\s+"
    r"(?:over|in|above|on|at)\s+(?:the\s+)?(?:(?:centre|center|middle|heart)\s+of\s+)?",
    re.I,
)
# the flag as subject: "the Ukrainian flag was raised in Novyi Svit", "the Ukrainian flag is
# already flying over Pisky" (the place must follow at once)
_FLAG_UP = compile_fast(
    r"\b(?P<adj>Ukrainian|Russian|Ukraine['’]s|Russia['’]s)\s+(?:national\s+)?flags?\s+"
    r"(?:(?:was|were|is|are|has|have|had|been|being|now|already|again|finally|once)\s+)*"
    r"(?:(?:raised|hoisted|planted|flying|flies|flew|put\s+up)\s+)?(?:over|in|above|on|at)\s+"
    r"(?:the\s+)?",
    re.I,
)


# "cue" and "fell" run on the lower-cased clause; the others read a side adjective as written
# "there are no longer any Russian troops on the territory of Sumy Oblast": the other side holds it
_NO_TROOPS = compile_fast(
    # ("no Russian military units inside Kyiv itself", "no Russian servicemen within Sumy")
    # ... or "not a single occupier on Poltava land", "no Russian troops were inside the town"
    r"\b(?:no|not\s+a\s+single)\s+(?:longer\s+)?(?:any\s+)?"
    r"(?:(?P<occ>occupiers?|invaders?|enemy)(?:\s+(?:troops|forces|soldiers?|units))?|"
    r"(?P<adj>[\w'’-]+)\s+(?:(?:military|armed|regular)\s+)?"
    # ("there are no Ukrainian positions on the left bank")
    r"(?:troops|forces|soldiers?|servicemen|units|occupiers?|positions))\s+"
    # ("no Russian troops left anywhere on the territory of Kyiv region": all of it)
    # ("no Russian troops have been in the region since April")
    r"(?:(?:left|remain(?:ing|ed|s)?|were|was|are|is|now|still|(?:have|has|had)\s+been)\s+){0,2}"
    r"(?P<any>anywhere\s+)?"
    # ("there is no Russian soldier on the land of Dnipropetrovsk region")
    r"(?:on|in|inside|within)\s+"
    r"(?:the\s+(?:territory|land|soil)\s+of\s+|the\s+(?=(?:left|right)\s+bank))?",
    re.I,
)
# "the Russian-occupied south of Zaporizhzhia Oblast", "Ukrainian-controlled Zaporizhzhia"
_SIDE_HELD = compile_fast(
    r"\b(?P<adj>Russian|Ukrainian|Russia|Ukraine|Kyiv|Kiev|Moscow|separatist)-(?:occupied|"
    r"controlled|held)\s+(?:(?:the|part|parts|of|south|north|east|west|southern|northern|"
    r"eastern|western|territories|areas?|city|town|village|port|bank|left|right)\s+)*",
    re.I,
)
# "the town had been fully cleared of Russian troops": the other side holds it
# ... or "freed from the invaders", "liberated from Russian occupation": the occupier's enemy
_CLEARED_OF = compile_fast(
    r"\b(?:cleared|freed|liberated|free)\s+(?:of|from)\s+(?:the\s+)?(?:(?P<adj>[\w'’-]+)\s+"
    r"(?:troops|forces|soldiers|units|occupiers|army)\b|(?P<occ>(?:Russian\s+)?(?:invaders|"
    r"occupiers|occupation)|enemy)\b|"
    # "cleared of the nationalist battalions", "freed from neo-Nazis", "cleared of militants":
    # the foe by a name of abuse, cleared by the speaker's side
    r"(?P<foe>(?:(?:Ukrainian\s+)?(?:nationalist|neo-?Nazi)\s+(?:battalions|formations|units|"
    r"groups|militants|fighters)|nationalists|neo-?Nazis|militants|terrorists|saboteurs|"
    r"(?:armed\s+)?formations\s+of\s+the\s+(?:Ukrainian\s+)?armed\s+forces)\b))",
    re.I,
)
# "claimed the capture of the nearby villages of Novobakhmutivka and Berdychi"
_CAPTURE_OF = compile_lower(
    # ("the complete liberation and clearing of Soledar")
    # ... or its loss owned by the side that lost it: "the General Staff acknowledged the loss
    # of the city"
    r"\b(?:capture|liberation|seizure|(?P<loss>loss))[\"”'’]?(?:\s+and\s+(?:clearing|capture|liberation|"
    r"mopping[- ]up))?\s+of\s+(?:the\s+)?(?:(?:nearby|neighbouring|small|"
    r"frontline|village|villages|town|towns|city|settlement|settlements)\s+(?:of\s+)?)*"
)
# "the withdrawal of its troops from Kherson", "their withdrawal from Sievierodonetsk": the
# side that left, named before or in the noun phrase, gives the place up
_WITHDRAWAL_OF = compile_fast(
    r"\b(?:(?P<adj>Russian|Ukrainian|Russia['’]s|Ukraine['’]s|Moscow['’]s|Kyiv['’]s|enemy)\s+)?"
    r"(?:withdrawal|pull-?out)\s+(?:of\s+(?P<np>(?:[\w'’-]+\s+){1,4}?))?from\s+(?:the\s+)?"
    r"(?:(?:town|city|village|settlement|port)\s+of\s+)?",
    re.I,
)
# "drove Russian paratroopers out of the airport", "ousted the enemy from Pisky": the force
# driven out loses the place (to the other side)
_EXPEL = compile_fast(
    r"\b(?:(?:drove|driven|drive|drives|driving|pushed|forced|forcing|kicked|knocked|threw|"
    r"thrown|swept|sweeping)\s+(?P<np>(?:[\w'’-]+\s+){0,6}?)out[\"”]?"
    r"|(?:expelled|expel|expels|ousted|oust|"
    r"dislodged|dislodge)\s+(?P<np2>(?:[\w'’-]+\s+){0,6}?)(?:out\s+)?"
    # "the Russians were pushed back from the outskirts of Mykolaiv": the town held against them
    r"|(?:pushed|driven|drove|forced|thrown|threw|beaten|beat)\s+(?P<np3>(?:[\w'’-]+\s+){0,4}?)"
    # ... and "had driven Russian troops back from X" (the "from" read below)
    # ("pushed back a little from Mykolaiv", "driven back 20 km from the city")
    r"back(?:\s+(?:a\s+(?:little|bit)|slightly|somewhat|further|again|(?:\d+|several|some|a\s+few|"
    r"two|three|four|five|ten|tens\s+of)\s+(?:km|kilometres|kilometers|miles)))?[\"”]?"
    # ("pushed the enemy back from positions on the southern outskirts of Mala Tokmachka")
    r"(?:\s+from\s+(?:(?:their\s+|its\s+)?positions\s+(?:on|at|in)\s+)?(?:the\s+)?"
    r"(?:(?:north|south|east|west)[\w-]*\s+)?(?:outskirts|approaches|edges?|gates)(?=\s+of\b))?)"
    r"\s*(?:of|from)\s+"
    # ("drove Ukrainian troops out of the southern outskirts of Huliaipole": the pusher holds
    # that edge of the town)
    r"(?:the\s+)?(?:(?:north|south|east|west)[\w-]*\s+(?:outskirts|edge|part)\s+of\s+(?:the\s+)?)?"
    # ("swept Russian troops out of most of the Kharkiv region")
    r"(?:(?:most|much|all|large\s+parts)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:town|city|village|settlement|port)\s+of\s+)?",
    re.I,
)
# "we lost Urozhaine", "Ukraine has lost control of Marinka": the loser's enemy holds it
# ... as when a side "no longer controls" or "no longer holds" X
_LOST = compile_fast(
    r"\b(?:lost|lose|loses|no\s+longer\s+(?:(?:fully|completely|effectively)\s+)?"
    r"(?:control|controls|controlled|hold|holds|held)\b[\"”'’]?)"
    # ('Russian forces "lost control" of Tsyrkuny': the words quoted)
    r"(?:\s+(?:(?:full\s+|complete\s+|effective\s+)?control[\"”'’]?\s+"
    r"(?:of|over)\s+)?(?:(?:the\s+)?(?:town|city|village|settlement)\s+of\s+)?)?",
    re.I,
)
# between a place and "under the protection of": "X is", "X, he said, was now fully "
_PROTECTED_GAP = compile_fast(
    r"[\"”]?(?:,\s+(?:\w+\s+){1,3}said,)?\s+(?:(?:is|was|are|were|remains|remained|stays|stayed|"
    r"now|still|fully|completely|reliably|firmly)\s+)+"
)
# ... or a place named by its kind: "The plant is under the reliable protection of ..."
_PROTECTED_NOUN_GAP = compile_fast(
    r"\b(?:plant|station|city|town|village|island|port|facility|site)"
    + _PROTECTED_GAP.pattern
    + "$",
    re.I,
)
# "X is no longer under Ukrainian control", "is no longer fully in Russian hands": lost to the
# other side (right before an "under" or "hands" cue)
_NO_LONGER_BEFORE = compile_fast(
    r"\bno\s+longer\s+(?:(?:fully|completely|entirely|effectively)\s+)?$"
)
_IS_NOT_BEFORE = compile_fast(
    # ('the town was "not under Russian control"': the quotation may open inside)
    r"\b(?:is|are|was|were|remains?|remained)\s+[\"“]?(?:still\s+|yet\s+)?not\s+"
    r"(?:(?:yet|now|currently)\s+)?$"
)
_LOST_PASSIVE_GAP = compile_fast(
    r"\s+(?:(?:has|had|have)\s+been|was|were|is|are)\s+(?:(?:now|finally|effectively|already)\s+)?$"
)
# words before a narrator's agentless "X was occupied" that make it no claim of its own
_NARRATOR_OCCUPIED_BLOCK = compile_fast(
    r"\b(?:since|when|after|until|before|once|as|whether|if|not|n['’]t|disput\w*|den(?:y|ies|ied)|"
    r"Ukrainian|Ukraine|Russian|Russia|Kyiv|Moscow)\b",
    re.I,
)
# a compass bearing from the place after it: "(the line) south of X", "(dug in) west of X"
_DIRECTION_OF_BEFORE = compile_lower(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+of\s+(?:the\s+)?"
    r"(?:(?:city|town|village|settlement)\s+of\s+)?$"
)
# unnamed ground located by the place after it
_NEAR_REFERENCE = compile_fast(
    # ("parts of several suburbs northwest of Kyiv": the suburbs are held, Kyiv locates them)
    r"\b(?:villages|settlements|towns|positions|areas|ground|territory|lines|heights|suburbs|"
    r"hamlets|neighbou?rhoods|strip|pocket|belt|sliver|enclave)\s+"
    r"(?:[\w-]+\s+)?(?:(?:north|south|east|west)[\w-]*\s+of|near|around|outside|close\s+to)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
# what a holding verb holds at a place: "(still) held positions near", "hold positions in and
# around"
_POSITIONS_AT = compile_fast(
    r"\s+(?:(?:their|its|our|some|several|the)\s+)?(?:positions|lines)\s+(?:(?:in|on)\s+and\s+)?"
    r"(?:near|around|outside|close\s+to)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|settlement)\s+of\s+)?$",
    re.I,
)
# an entry undone at once: "entered Kupiansk before being driven out", "... but were pushed back"
_REVERSED_AFTER = compile_lower(
    r"[^.;]{0,60}?\b(?:before\s+being|but\s+(?:were|was|had\s+been|have\s+been)|and\s+(?:were|was)"
    r"\s+then)\s+(?:\w+\s+)?(?:driven|pushed|forced|thrown|kicked|knocked)\s+(?:out|back)\b"
    # ... or told of those who entered: "the Russian troops who entered the town on Wednesday
    # have been driven out"
    r"|[^.;]{0,60}?\b(?:have|has|had)\s+(?:now\s+)?been\s+(?:\w+\s+)?"
    r"(?:driven|pushed|forced|thrown|kicked|knocked)\s+(?:out|back)\b"
    r"|[^.;]{0,60}?\bbefore\s+(?:withdrawing|retreating|pulling\s+(?:back|out))\b"
)
# a bare "withdraw" after a demand: "demanded that Ukraine withdraw its troops from X"
_DEMAND_BEFORE = compile_lower(
    r"\b(?:demand\w*|call\w*\s+(?:on|for)|urg\w*|insist\w*|ask\w*|want\w*|propos\w*|must|"
    r"should|need\s+to)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}$"
)
# an appositive describing a list of towns by who holds them ("Kramatorsk and Sloviansk, the
# main cities still held by Ukraine in the region"): the report's background, no one's claim
# (a single town so described, "X, the last big city still held by Ukraine", stays a row)
_BACKGROUND_LIST_BEFORE = compile_lower(
    r",\s+the\s+(?:last|main|only|remaining)\s+(?:[\w-]+\s+){0,2}?(?:towns|cities|"
    r"settlements|strongholds|ports)\s+(?:(?:of|in)\s+the\s+(?:region|oblast|area)\s+)?"
    r"(?:still\s+|now\s+)?$"
)
# a time clause whose subject did it back then: "Since Russian troops pulled back from ...",
# "three days after Russian troops left the city", "when they withdrew from Kherson" ("hours
# after they left X" is the news itself)
_BACKGROUND_BEFORE = compile_lower(
    r"(?:^|[^\w\s]\s*)(?:ever\s+)?since\s+(?:\w+\s+){1,3}$"
    r"|\b(?:when|(?:days|weeks|months|years)\s+after)\s+(?:\w+\s+){1,3}$"
)
# "Soledar fell on Friday", "Avdiivka has fallen" (no "to ..."): taken by the invader
_FELL_BARE = compile_fast(
    r"\b(?:fell|fallen)\b(?!\s+(?:to|into|back|silent|short|apart|victim|ill|behind|under|by|"
    r"below|from|off|out|asleep|through|sharply|quiet|dark|within|prey|empty|foul)\b)"
)
# "Soledar has been taken", "the town had been taken": a bare passive "taken", not "taken to
# hospital", "taken prisoner" or "taken over" (the cue's); "X had been taken back", "was won
# back by Ukrainian troops" (the passive of "retook")
# a capture denied in the passive: "Sievierodonetsk is not captured", "X has not been seized"
# (a denial only: the affirmative passive is the cue's, see _CONTROL_CUE)
_NOT_CAPTURED = compile_fast(
    # ("Okhtyrka itself was never occupied": never held by the other side)
    r"\b(?:has|had|have|was|were|is|are)(?P<neg>\s*(?:not|n['’]t|never))\s+(?:yet\s+)?"
    r"(?:been\s+)?(?:captured|seized|(?<=never\s)occupied|(?<=never been\s)occupied)\b",
    re.I,
)
_TAKEN_PASSIVE = compile_fast(
    # ("Toretsk had not been taken", said by its defenders: a denial, read in _taken_claim)
    # ('the region is "cleared" up to its southern border': the present passive too)
    r"\b(?:has|had|have|was|were|is|are)(?P<neg>\s*(?:not|n['’]t|never))?\s+"
    r"(?:(?:now|finally|already|also)\s+)?"
    r"(?:been\s+)?[\"“]?"
    r"(?:(?:now|finally|fully|completely|"
    # ('Voevodovka was "half taken"': half of it)
    r"effectively|already|reportedly|half|partly|partially)\s+)?(?:(?:taken|won)\s+back\b|"
    # 'Sudzha had been "fully cleared"' (of what, "cleared of X troops" tells: not read here)
    r"cleared\b[\"”]?(?!\s+(?:of|from|for|away|up(?!\s+to\b)|out|to|by\s+(?:sappers|deminers|"
    r"rescuers|pyrotechnicians))\b)|taken\b(?!\s+[\"“]to\b)(?!\s+(?:to|into|prisoners?|captive|hostages?|"
    r"away|out|off|from|in|on|under|for|care|part|place|over|back|up|down|hold|aim|by\s+bus|"
    r"seriously|ill|apart|across|through|along|onto|via|as|at|with|toward|towards)\b))",
    re.I,
)
# ("Okhtyrka itself was never occupied")
_TAKEN_GAP = compile_fast(r"\s*(?:\([^)]{0,40}\)\s*)?(?:(?:itself|city|town)\s+)?$")
_TAKEN_PEOPLE_BEFORE = compile_lower(
    r"\b(?:residents|people|civilians|inhabitants|children|families|wounded|bodies|evacuees|"
    r"citizens|patients|prisoners|soldiers|troops|servicemen)\s+(?:of|from|in)\s+(?:the\s+)?$"
)
_NAMED_AS_END = compile_lower(r"\bthe\s+(?:town|city|village|settlement)\s+of\s+$")
_TOWN_WORD_END = compile_fast(r"\bthe\s+(?:town|city|village|settlement)\s+$", re.I)
_LOCATING_BEFORE = compile_fast(
    r"\b(?:(?:north|south|east|west)[\w-]*\s+of|near|outside|close\s+to|around)\s+(?:the\s+)?$",
    re.I,
)
# the gap between the place and "fell": "Soledar (Соледар) has finally fallen"
_FALLEN_GAP = compile_fast(
    r"\s*(?:\([^)]{0,40}\)\s*)?"
    # ... or an appositive: "Henichesk, the gateway town on the road from Crimea, fell"
    r"(?:,\s+(?:the|a|an)\s+[^,;:\"“”]{3,80},\s+)?"
    # ('X "still has not fallen"': a quote may open, the verb be denied; see _FALLEN_NOT)
    r"[\"“]?(?:(?:has|had|have|finally|effectively|now|already|reportedly|also|all|but|been|"
    r"still|not|never|yet|hasn['’]t|hadn['’]t|haven['’]t)\s+)*$"
)
# a fall denied in the gap before "fallen": 'Mariupol "still has not fallen"'
_FALLEN_NOT = compile_fast(r"\b(?:not|never|hasn['’]t|hadn['’]t|haven['’]t)\b")
# ... right before it (lower-cased): "has not ", "had never yet "
_FALLEN_NOT_END = compile_lower(
    r"\b(?:has|had|have)\s+(?:still\s+|yet\s+)?(?:not|never)\s+(?:yet\s+)?$|"
    # "Okhtyrka never fell"
    r"\bnever\s+$|"
    r"\b(?:hasn['’]t|hadn['’]t|haven['’]t)\s+(?:yet\s+)?$"
)
# ground handed to a side: "Russian forces have handed back the plant to Ukrainian staff",
# "handed over control of the airport to the Russian military" (the receiver holds it)
_HAND_BACK = compile_fast(
    r"\b(?:handed|hands|hand|handing|turned|turning|gave|given|giving)\s+(?:back|over)\s+"
    r"(?:(?:full\s+)?control\s+(?:of|over)\s+)?(?:the\s+)?",
    re.I,
)
_HAND_BACK_GATE = tuple(
    f"{v} {w}"
    for v in ("handed", "hands", "hand", "handing", "turned", "turning", "gave", "given", "giving")
    for w in ("back", "over")
)
# a relative clause whose object is the place before it: "Kreminna, which Russian troops took
# in April", "Selydove, which the Russian MoD said its troops had \"liberated\""
_RELATIVE_BEFORE = compile_lower(
    r"(?:\s*\([^()]{0,60}\))?,\s+which\s+(?:[\w'’-]+\s+){1,16}?(?:had\s+|have\s+|has\s+)?"
    r"[\"“]?$"
)


# a relative clause open before a verb: "..., which Ukraine says it (liberated)"
_WHICH_OPEN_BEFORE = compile_lower(
    r",\s+which\s+(?:[\w'’-]+\s+){1,16}?(?:had\s+|have\s+|has\s+)?[\"“]?$"
)


def _relative_antecedent(cl: str, a: int, start: int, places: list[dict]) -> dict | None:
    """The place a relative clause ending at clause offset ``start`` (a verb) is about:
    "X, which Russian troops took"; ``cl`` is the clause lower-cased, ``a`` its offset."""
    if "which" not in cl:
        return None
    cands = [p for p in places if _mention_end(p) - a <= start][-3:]
    for i in range(len(cands) - 1, -1, -1):
        p = cands[i]
        if _RELATIVE_BEFORE.match(cl, _mention_end(p) - a, start):
            # "Rubizhne in Luhansk oblast, which ...": the town, not the region locating it
            if i and p["kind"] == "region" and cands[i - 1]["kind"] == "settlement":
                gap = cl[_mention_end(cands[i - 1]) - a : p["rs"] - a]
                if gap.strip() in ("in", "in the", ","):
                    return cands[i - 1]
            return p
    return None


# the part a claim leaves out: "..., except for the Kinburn Spit"
_EXCEPT_AFTER = compile_fast(
    r",?\s+(?:except(?:\s+for)?|apart\s+from|save\s+for|with\s+the\s+exception\s+of)\s+"
    r"(?:the\s+)?(?:(?:town|city|village|villages|settlement|port)\s+of\s+)?",
    re.I,
)
# "the liberation of X was (therefore) complete", "... had been completed"
_COMPLETED_AFTER = compile_fast(
    r"[\"”'’]?\s+(?:was|is|has\s+been|had\s+been|would\s+be)\s+(?:now\s+|therefore\s+|"
    r"fully\s+|finally\s+)*(?:complete|completed|over)\b"
)
# "... where Ukrainian defenders were still holding out": the place before "where" is held
_WHERE_BEFORE = compile_lower(
    r",?\s+where\s+(?:[\w'’-]+\s+){1,8}?(?:were|was|are|is|had|have|has|remain|remained)?\s*"
    r"(?:still\s+|now\s+)*$"
)
_UNDER_BEFORE = compile_lower(r"\bunder\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")
# the gap between a place and "under control" that says it was brought there: "X had been
# brought under control", "X was taken under full control" (not "the fire in X was ...")
_BROUGHT_GAP = compile_fast(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:had|has|have|was|were|is|are)\s+(?:been\s+)?(?:\w+\s+)?"
    r"(?:brought|taken|placed|put)\s+$"
)
_WHERE_IN_BEFORE = compile_fast(r"\b(?:in|at|near|outside|around|inside)\s+(?:the\s+)?$", re.I)


# a place that stays "under control", no holder named, said by a side: its own ("X remains
# firmly under control", "the town is still fully under control", "X stayed under control")
_REMAINS_UNDER_GAP = compile_fast(
    r"\s*(?:remains|remained|remain|stays|stayed|is|was)\s+[\"“]?(?:(?:still|firmly|fully|completely|"
    r"reliably|securely|entirely|now)\s+){1,2}[\"“]?(?:(?:still|firmly|fully|completely|reliably|"
    r"securely|entirely)\s+)?$"
)


def _city_remains_under(clause: str, start: int) -> bool:
    """Whether "the city" (or "the town") is the subject that stays under control at
    ``start``: "the city remained firmly under control"."""
    cws = list(_CITY_WORD_RX.finditer(clause, 0, start))
    return bool(cws) and _REMAINS_UNDER_GAP.match(clause, cws[-1].end(), start) is not None


_FOOTHOLD_OBJ = compile_fast(
    r"\s+(?:[\w-]+\s+){0,2}?(?:positions?|foothold|footholds|presence|bridgehead)\s+"
    r"(?:(?:in|on)\s+and\s+)?(?:in|on|at|near|around|inside|within|outside)\s+(?:the\s+)?"
    # "a foothold on the eastern outskirts of X", "positions in the northern part of X"
    r"(?:(?:(?:north|south|east|west)\w*\s+|outer\s+)?(?:outskirts|edges?|part|parts|"
    r"districts?|quarters?|fringes?)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:village|town|city|settlement)\s+of\s+)?$",
    re.I,
)
# a town's own official: "Bucha's mayor", "Irpin mayor NAME", "the mayor of Irpin"
_MAYOR_AFTER = compile_fast(r"(?:['’]s)?\s+(?:(?:city|town|village)\s+)?(?:mayor|council)\b", re.I)
_MAYOR_BEFORE = compile_fast(r"\bmayor\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?$", re.I)
_GOVERNOR_AFTER = compile_fast(r"(?:['’]s)?\s+(?:regional\s+|oblast\s+)?governor\b", re.I)
_GOVERNOR_BEFORE = compile_fast(r"\bgovernor\s+of\s+(?:the\s+)?$", re.I)


# a body seated in a town, before the town's name: "the authorities in X", "officials in X"
_BODY_IN_BEFORE = compile_fast(
    r"\b(?:officials|authorities|administration|council|leadership|police)\s+in\s+$", re.I
)


def _speaker_town(s: str, places: list[dict], found: dict | None) -> dict | None:
    """The settlement whose mayor speaks (``found`` is the speaker phrase): "the town" of
    "Bucha's mayor announced that the town had been liberated" is Bucha; likewise the regional
    capital of a governor titled by it, and the town a body in the speaker phrase is seated in
    ("officials in X said the city ..."), when the sentence names no settlement after it."""
    if found is None:
        return None
    np = found["np"].lower()
    # ... and "the city" of a governor titled by the regional capital ("Kharkiv's governor
    # says the city is back in Ukrainian hands"): the capital the region is named after
    gov = "governor" in np and "the city" in s.lower()
    # ... and "the city" of a body seated in a town ("occupation officials in X said the city
    # remained under control"), in a sentence naming no other settlement
    seated = " in " in np and _TOWN_WORD.search(s.lower()) is not None
    if "mayor" not in np and not gov and not seated:
        return None
    for p in places:
        if p["kind"] == "settlement" and found["start"] <= p["rs"] < found["end"]:
            end = _mention_end(p)
            if (
                seated
                and _BODY_IN_BEFORE.search(s, max(0, p["rs"] - 40), p["rs"]) is not None
                and not any(q["kind"] == "settlement" and q["rs"] >= found["end"] for q in places)
            ):
                return p
            if _MAYOR_AFTER.match(s, end) or _MAYOR_BEFORE.search(s, max(0, p["rs"] - 40), p["rs"]):
                return p
            if gov and (
                _GOVERNOR_AFTER.match(s, end)
                or _GOVERNOR_BEFORE.search(s, max(0, p["rs"] - 40), p["rs"])
            ):
                return p
    return None


_INTRODUCED_AS = compile_fast(r"\bthe\s+(village|town)\s+of\s+$", re.I)
_THE_NOUN = compile_fast(r"\bthe\s+(village|town)\b(?!\s+of\b)")
# ... or in an appositive: "Synkivka, a village about 8 km northeast of Kupiansk, ..."
_INTRODUCED_APPOS = compile_fast(
    r",\s+an?\s+(?:(?:small|front-line|frontline)\s+)?(village|town)\b"
)


# "it" the subject of "remains under Ukrainian control" (lower-cased text before "under")
_IT_SUBJECT_END = compile_fast(
    r"\b(?:that|say|says|said|insist|insists|insisted|confirm|confirms|confirmed)\s+it\s+"
    r"(?:(?:still|now|firmly)\s+)*(?:remains|remained|is|was|stays|stayed)\s+"
    r"(?:(?:still|now|firmly|fully|firmly)\s+)*$",
    re.I,
)


def _it_referent(prev_sp: list[dict], low: str) -> dict | None:
    """The settlement "it" stands for in "officials say it remains under Ukrainian control"
    (``low``, lower-cased): the one the sentence before opened on ("Izium, a town of 45,000,
    sits on the main road."); None when the sentence has no such "it"."""
    first = prev_sp[0]
    if first["kind"] != "settlement" or first["rs"] > 2:
        return None
    return first if _it_under(low) else None


def _it_under(low: str) -> bool:
    """Whether ``low`` (lower-cased) says "it remains under ..." ("it is still under")."""
    at = low.find(" under ")
    while at >= 0:
        if _IT_SUBJECT_END.search(low, 0, at + 1) is not None:
            return True
        at = low.find(" under ", at + 1)
    return False


def _recent_referent(introduced: dict, k: int, low: str) -> dict | None:
    """The settlement "the village" / "the town" of sentence ``k`` (``low``, lower-cased)
    stands for when the sentence before introduced one so ("liberated the village of
    Piatykhatky. ... troops had pulled back from the village"); else None (the report's
    focus)."""
    if not introduced or ("village" not in low and "town" not in low):
        return None
    m = _THE_NOUN.search(low)
    got = introduced.get(m.group(1)) if m else None
    # (within three sentences: "Okhtyrka, a town on the main road to Poltava, ... leaving the
    # town without heating. ... Mayor X said the town was holding")
    return got[1] if got is not None and 0 < k - got[0] <= 3 else None


# a line's opening place: "In Mariupol, ...", "At Azovstal, ...", "Sievierodonetsk: ..."
# (with a word or two on the town: "In neighbouring Bucha,", "In the city of Izium,", "At
# front-line Orikhiv:")
_LINE_OPENER = compile_fast(r"(?:(?:In|At)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2})?\|(?:,|:)")
# the capitals whose officials speak from them: "In Kyiv, the ministry said ..." is where the
# speaker is, not the town the line is about
_CAPITALS = frozenset(("Kyiv", "Moscow"))


def _line_topic(s: str, sp: list[dict]) -> str | None:
    """The settlement line ``s`` (its places ``sp``) opens with, as "In X, ..." or "X: ...",
    when it is a Ukrainian town other than the capital; else None."""
    p = sp[0]
    if p["kind"] != "settlement" or p["rs"] > 30 or p["name"] in _CAPITALS:
        return None
    end = _mention_end(p)
    if _LINE_OPENER.fullmatch(s[: p["rs"]] + "|" + s[end : end + 1]) is None:
        return None
    from .gazetteer import lookup

    got = lookup(p["name"])
    return p["name"] if got is not None and got.get("country") == "UA" else None


def _last_claimed_town(
    prev_control: list[dict], prev_sp: list[dict], sp: list[dict], low: str, side: str | None
) -> dict | None:
    """The settlement "the town" / "the city" / "the village" of a sentence that names none
    (``sp``, ``low`` lower-cased) stands for when it answers the sentence before, in which the
    other side (of ``side``, this sentence's) alone claimed control of that place alone ("X said
    Kupiansk is under Russian control. Kyiv says the town remains in Ukrainian hands"); else
    None."""
    if not prev_control or not ("town" in low or "city" in low or "village" in low):
        return None
    claimed = {r["place"] for r in prev_control}
    claimers = {r["claimed_by_side"] for r in prev_control}
    if len(claimed) != 1 or claimers != {_OPPOSITE.get(side or "")}:
        return None
    if any(p["kind"] == "settlement" for p in sp):
        return None
    name = next(iter(claimed))
    return next((p for p in prev_sp if p["name"] == name and p["kind"] == "settlement"), None)


# "the town" / "the city", not "the city of X" (the words of _CITY_ONLY and _TOWN_WORD)
_THE_TOWN = r"\bthe\s+(?:town|city)\b(?!\s+of\b"
# ... as a clause's own subject or object (not "the city's mayor" either)
_TOWN_WORD = compile_lower(_THE_TOWN + r"|['’]s)")


def _paragraph_town(
    by_sent: dict[int, list[dict]],
    k: int,
    spans: list[tuple[int, int]],
    text: str,
) -> dict | None:
    """The settlement "the town" / "the city" of sentence ``k`` (which names none) stands for
    when one of the two sentences before it in the same paragraph named one settlement alone
    ("UN teams could not reach Bakhmut. ... The governor said the army held the city"), the
    nearer first; None when that sentence named several (which one is unclear) or none did."""
    for j in (k - 1, k - 2):
        if j < 0 or "\n" in text[spans[j][1] : spans[j + 1][0]]:
            return None
        sent = text[spans[j][0] : spans[j][1]]
        towns = {
            p["name"]: p
            for p in by_sent.get(j, ())
            if p["kind"] == "settlement" and not _is_actor(p, sent)
        }
        if len(towns) == 1:
            return next(iter(towns.values()))
        if towns:
            return None
    return None


# ("its biggest gain since the capture of Bakhmut last May": a yardstick from the past, no claim)
_CLAIMED_BEFORE = compile_lower(
    r"\b(?:claim\w*|announc\w*|report\w*|confirm\w*|complet\w*|celebrat\w*|hail\w*|"
    r"after|following)\s+(?:\w+\s+){0,4}[\"“'‘]?$"
)
# a loss owned: "acknowledged the loss of", "admitted the loss of", "confirmed the loss of"
_LOSS_OWNED_BEFORE = compile_lower(
    r"\b(?:acknowledg\w*|admit\w*|confirm\w*|conced\w*|announc\w*)\s+(?:\w+\s+){0,2}$"
)
# a side's capture as a done fact, its noun the subject of a past verb: "Russia's capture of
# Popasna was a setback", "the Ukrainian seizure of Vysokopillia had opened the road", "Kyiv's
# capture of Balakliia came after ..."; not an aim ("to prevent Russia's capture of X")
_POSS_CAPTURE_BEFORE = compile_lower(
    r"(?:\b(?:russia|ukraine|moscow|kyiv)['’]s|\bthe\s+(?:russian|ukrainian))\s+"
    r"(?:(?:swift|rapid|eventual|recent|full|complete|costly)\s+)?$"
)
_DONE_PRED_AFTER = compile_fast(
    r"[\"”'’]?\s+(?:last\s+\w+\s+|this\s+\w+\s+|in\s+\w+\s+)?(?:was|were|has|had|came|marked|"
    r"gave|left|meant|allowed|opened|followed|brought|cost|took|freed|put)\b"
    r"(?!\s+(?:not|never|unlikely|possible|expected|imminent|likely)\b)"
)
_AIM_BEFORE = compile_lower(
    r"\b(?:prevent\w*|stop\w*|block\w*|avoid\w*|aim\w*|goal|bid|attempt\w*)\s+$"
)
_CONTROL_RULES = (
    (_CONTROL_CUE, "cue", ("control", "captur", "seiz", "liberat", "retook", "retak", "took",
                           "taken", "took over",
                           "taken over", "overr", "occup", "hold", "held", *_FOOTHOLD_CUES,
                           *_KEPT_POSITIONS,
                           "to defend", "still defend", "hang", "hung", "cling", "clung",
                           "freed", "freeing", "dug in", "dig in", "digging in",
                           "entrench", "present in", "present at", "present inside",
                           "gains in", "gains inside", "gains within",
                           "defended", "protected", "guarded", "guard ", "guards ",
                           'guard"', "guard”", "patrolled")),
    (_UNDER_CONTROL, "under", ("control", "occupation", "protection")),
    (_FELL, "fell", ("fell", "fall")),
    (_HANDS, "hands", ("hands",)),
    (_FLAG, "flag", ("flag",)),
    (_NO_TROOPS, "cleared", ("no ", "not a single")),
    (_CLEARED_OF, "cleared", ("cleared of", "freed of", "liberated of", "freed from",
                              "cleared from", "liberated from", "free of", "free from")),
    (_CAPTURE_OF, "nominal", ("capture of", "liberation of", "seizure of", 'liberation" of',
                              "liberation” of", "liberation' of", "liberation’ of",
                              "and clearing of", "and capture of", "and liberation of",
                              "and mopping-up of", "and mopping up of", "loss of")),
    (_SIDE_HELD, "adjective", ("-occupied", "-controlled", "-held")),
    (_FLAG_UP, "flag", ("flag",)),
    (_WITHDRAWAL_OF, "withdrawal", ("withdrawal", "pullout", "pull-out")),
    (_REMAINS_SIDE, "remains", _REMAINS_GATE),
    (_HOLDING_OUT, "remains", _HOLDING_OUT_GATE),
    (_IS_HELD, "remains", _IS_HELD_GATE),
    (_EXPEL, "expel", ("drove", "driven", "drive", "pushed", "forced", "forcing", "kicked",
                       "knocked", "threw", "thrown", "expel", "ousted", "oust", "dislodg",
                       "swept", "sweeping")),
    (_LOST, "lost", ("lost", "lose", "no longer")),
    (_HAND_BACK, "handback", _HAND_BACK_GATE),
    (_FELL_BARE, "fallen", ("fell", "fallen")),
    (_TAKEN_PASSIVE, "taken", ("taken", "won back", "cleared")),
    (_NOT_CAPTURED, "taken", _NOT_CAPTURED_GATE),
)  # fmt: skip
_TAKE_GATE = (
    "took", "tak", "enter", "retak", "won back", "regain", "storm", "claimed", "cleared", "clearing",
    "secured", "securing", "get", "got", "win", "won", "advanc", "push", "press", "broke",
    "breaking", "returned to", "back in", "capture", "seize", "recapture",
)  # fmt: skip
# take verbs of an advance into a place (held in part at least)
_ADVANCE_VERBS = ("advanc", "push", "press", "broke", "break")
# take verbs of going into a place, which no cue rule reads with "the town" as its object
_ENTRY_VERBS = ("enter", *_ADVANCE_VERBS)
# take verbs that take a place only with "back" after it: "getting Kherson back", "won X back"
_GET_VERBS = ("get", "got", "win", "won")
_WITHDRAW_GATE = (
    "withdr", "pull", "retreat", "leav", "left", "abandon", "fled", "forced", "ordered", "told",
    "give up", "gives up", "gave up", "given up", "giving up", "cede", "ceding", "surrender",
)  # fmt: skip
# words a _TAKE or _WITHDRAW match can begin with: the only places worth trying a match at
_TAKE_STARTS = _TAKE_GATE
_WITHDRAW_STARTS = (
    "withdr", "pull", "retreat", "forced", "ordered", "told", "had", "left", "leaves", "abandon",
    "fled", "give up", "gives up", "gave up", "given up", "giving up", "cede", "ceding",
    "surrender",
)  # fmt: skip
# words every _GENERIC_PLACE / _CITY_WORD match holds, lower-cased
_GENERIC_WORDS = (
    "industrial", "plant", "works", "power station", "factory", "airport", "airfield", "site",
    "station", "island",
)  # fmt: skip
_CITY_WORDS = ("city", "town", "village", "settlement", "capital")


class _GatedPattern:
    """A compiled pattern whose ``search`` and ``match`` first ask one Aho-Corasick pass over
    the lower-cased text for a word that every match holds: its own scan is slow."""

    def __init__(self, rx: re.Pattern, words: tuple[str, ...]):
        self.rx = rx
        self._holds_word = contains_any(list(words))

    def _may_match(self, text: str) -> bool:
        low = lower(text)
        return not _plain_case(low) or self._holds_word(low)

    def search(self, text: str, *span: int) -> re.Match | None:
        return self.rx.search(text, *span) if self._may_match(text) else None

    def match(self, text: str, *span: int) -> re.Match | None:
        return self.rx.match(text, *span) if self._may_match(text) else None


# the sentence gate of _parse_records asks these of whole sentences
_GENERIC_PLACE = _GatedPattern(_GENERIC_PLACE_RX, _GENERIC_WORDS)
_CITY_WORD = _GatedPattern(_CITY_WORD_RX, _CITY_WORDS)
# gate bits: rule i of _CONTROL_RULES is bit 1 << i, then these
_TAKE_BIT, _WITHDRAW_BIT, _GENERIC_BIT, _CITY_BIT, _CONTROL_WORD_BIT = (
    bit(len(_CONTROL_RULES) + i) for i in range(5)
)
_RULE_BITS = bit(len(_CONTROL_RULES)) - 1
# the rules after the cue (rule 0) to run for each combination of rule bits, in rule order,
# built when a combination is first met (all 2**n of them would cost the import ~70 ms)
_RULES_BY_BITS: dict[int, tuple] = {}


def _rules_by_bits(bits: int) -> tuple:
    rules = _RULES_BY_BITS.get(bits)
    if rules is None:
        rules = _RULES_BY_BITS[bits] = tuple(
            (rx, kind, kind in ("fell", "nominal"))
            for i, (rx, kind, _) in enumerate(_CONTROL_RULES)
            if i and bits >> i & 1
        )
    return rules


def _gate_automaton() -> object:
    """An Aho-Corasick automaton of the words above, each word's value (gate bits, start bits,
    length): one pass over a clause tells which rules to run, whether a generic place or "the
    city" may be named, and where a take (start bit 1), withdraw (2) or cue word (4) match
    may begin."""
    gates = [gate for _, _, gate in _CONTROL_RULES]
    gates += [_TAKE_GATE, _WITHDRAW_GATE, _GENERIC_WORDS, _CITY_WORDS, ("control",)]
    values: dict[str, list[int]] = {}
    for i, gate in enumerate(gates):
        for w in gate:
            values.setdefault(w, [0, 0])[0] |= bit(i)
    for flag, words in ((1, _TAKE_STARTS), (2, _WITHDRAW_STARTS), (4, _CUE_STARTS)):
        for w in words:
            values.setdefault(w, [0, 0])[1] |= flag
    return word_automaton((w, (gate, start, len(w))) for w, (gate, start) in values.items())


_CONTROL_WORDS = _gate_automaton()


def _first_match_at(rx: re.Pattern, text: str, starts: list[int]) -> re.Match | None:
    """``rx.search(text)``, trying a match only at ``starts`` (where every match begins)."""
    for pos in sorted(starts):
        m = rx.match(text, pos)
        if m:
            return m
    return None


_BY_AFTER = compile_fast(r"[\"”]?\s+(?:\w+\s+)?by\b")
_PEOPLES_REP = compile_fast(r"\s*People['’]s\s+Republic")
_FOCUS_SKIP = compile_fast(r"\s*(?:People['’]s|governor|mayor|region|regional|oblast)", re.I)
# a settlement introduced by its kind: "retook the village of Ruska Lozova"
_KIND_OF_BEFORE = compile_fast(r"\b(?P<k>village|town|city|settlement)\s+of\s+$")
_KIND_WORDS = ("village", "town", "city", "settlement")


# people inside works named before: "for the wounded inside the plant, we ask for a corridor",
# "urged the evacuation of troops from the site"
_IN_THE_SITE = compile_fast(
    r"\b(?:inside|in|at|from|out of|leave|leaving|left)\s+the\s+(?P<w>plant|steelworks|works|"
    r"factory|site)\b"
)


def _site_named(s: str, low: str, sites: dict[str, str]) -> str | None:
    """The facility named before that "inside the plant" (or "out of the works") of ``s``
    stands for, in a sentence naming no place of its own (``sites``: head word -> facility)."""
    if not ("plant" in low or "works" in low or "factory" in low or "site" in low):
        return None
    m = _IN_THE_SITE.search(s)
    return sites.get(m.group("w").lower(), sites.get("site")) if m else None


_MAYOR_OF = compile_fast(r"\s+mayor\b|\bmayor\s+of\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?$")


def _mayors_town(s: str, sp: list[dict], speaker: tuple[int, int]) -> dict | None:
    """The settlement a speaker is mayor of, named in the speaker phrase ("Irpin mayor X",
    "the mayor of Irpin, X"): the town "the town" of the sentence stands for."""
    for p in sp:
        if p["kind"] == "settlement" and speaker[0] <= p["rs"] < speaker[1]:
            end = _mention_end(p)
            if _MAYOR_OF.match(s, end) or _MAYOR_OF.search(s, max(0, p["rs"] - 30), p["rs"]):
                return p
    return None


def _kind_focus(low: str, kinds: dict[str, dict], focus: dict | None) -> dict | None:
    """The settlement "the village" (or "the town", ...) of ``low`` stands for: the last one
    the report introduced as "the village of X" (``kinds``), before the report's most named
    place (``focus``): "Troops retook the village of A, north of B. ... the village was under
    their control" is A, even when B is named as often."""
    for k in _KIND_WORDS:
        if k in kinds and f"the {k}" in low and kinds[k] is not focus:
            return kinds[k]
    return focus


def _prefer_local(ps: list[dict]) -> list[dict]:
    """Settlements and facilities before regions ("the last city in the Luhansk region")."""
    local = [p for p in ps if p["kind"] in ("settlement", "facility")]
    return local or ps


def _is_place(p: dict, s: str, people: bool) -> bool:
    """Can a control claim be about mention ``p`` of ``s``: is it no actor ("under Kyiv's
    control") and, if ``s`` says "People", no "People's Republic"?"""
    if p["kind"] == "country":  # kept only after a share ("about a fifth of Ukraine's territory")
        return True
    if "by" in s[max(0, p["rs"] - 5) : p["rs"]] and _HELD_BY_BEFORE.search(
        s, max(0, p["rs"] - 40), p["rs"]
    ):
        return False  # "territory held by Kyiv": the holder, not ground held
    return not _is_actor(p, s) and not (people and _PEOPLES_REP.match(s, _mention_end(p)))


# all of it under control: "under full control", "under the complete control of" (a share of 1)
_FULL_CONTROL = compile_fast(r"under\s+(?:the\s+)?(?:full|complete|total)\s")
# the town said to be an occupied one: "Kherson is an occupied Ukrainian city" (now, not "was")
_AN_OCCUPIED_BEFORE = compile_fast(r"\b(?:is|remains)\s+an?\s+(?:temporarily\s+)?$")
_HELD_BY_BEFORE = compile_fast(
    r"\b(?:held|controlled|occupied|captured|seized|taken|retaken|recaptured|liberated|freed)\s+"
    r"by\s+(?:the\s+)?$"
)


def _place_at(
    i: int, starts: set, filtered: bool, cpl: list[dict], a: int, s: str, people: bool
) -> bool:
    """Does a place of the clause at ``a`` begin at clause offset ``i``? ``cpl`` holds the
    clause's places, already passed through :func:`_is_place` if ``filtered``."""
    if i not in starts:
        return False
    return filtered or any(_is_place(p, s, people) for p in cpl if p["rs"] - a == i)


# a reporting verb inside a sentence whose speaker has no side ("- Russian forces advanced, and
# the Russian MoD claimed on August 20 that its troops had seized X", an analyst's summary)
_REPORT_VERB = compile_fast(
    r"\b(?:said|says|claimed|claims|reported|reports|report|announced|announces|stated|states|"
    r"confirmed|confirms|acknowledged|admitted|insisted|insists|insist|maintain|maintains|told|"
    # a map's makers: "Ukrainian bloggers and DeepState had shown the town in Russian hands"
    r"showed|shown|shows)\b"
)
# where the reporting verb's subject begins: after a comma, dash, colon, "and" or "but"
_SUBJECT_START = compile_fast(r"(?:[,;:(—–]|\s-\s|\band\b|\bbut\b|\bwhile\b)\s*(?=[^,;:(—–]*$)")
_REPORT_GATE = contains_any(
    "said says claim report announc stated states confirm acknowledged admitted insist maintain "
    "told showed shown shows".split()
)


# a side's metonym reporting inside another speaker's sentence: "Moscow claimed", "Russia says",
# "the Russian Defence Ministry announced"
_EMBEDDED_REPORT = compile_fast(
    r"\b(?:Moscow|Russia|Kyiv|Kiev|Ukraine|the\s+Kremlin|(?:the\s+)?(?:Russian|Ukrainian)\s+"
    r"(?:Defen[cs]e\s+Ministry|[Mm]inistry\s+of\s+[Dd]efen[cs]e|General\s+Staff|military|"
    r"army|MoD|side|officials)"
    # "Wagner-affiliated Telegram channels claimed", "pro-Russian military bloggers said"
    r"|(?:(?:the\s+)?Wagner(?:-[a-z]+)?|pro-(?:Russian|Kremlin)|Russian|Ukrainian)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:channels|bloggers|war\s+correspondents|sources|accounts))\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:claimed|claims|claim|said|says|"
    r"announced|announces|reported|reports|insisted|insists)\b"
)


def _reporting_side(s: str, pos: int, appositive: bool = False) -> str | None:
    """The side of the subject of the last reporting verb before ``pos`` that names one ("the
    Russian Ministry of Defense (MoD) claimed ... that", "Ukrainian officials continued to
    report that"), for a sentence whose own speaker gives no side."""
    head = s[:pos]
    if not _REPORT_GATE(lower(head)):
        return None
    for m in reversed(list(_REPORT_VERB.finditer(head))):
        np = head[max(0, m.start() - 80) : m.start()].rstrip()
        if appositive:  # "X, the Russian-installed head of Y, told": the appositive's side
            np = np.rstrip(",")
        if np.endswith(")"):  # "the Russian Ministry of Defense (MoD) claimed"
            np = np[: np.rfind("(")] if "(" in np else np
        cut = _SUBJECT_START.search(np)
        subject = np[cut.end() :] if cut else np
        if cut is not None and subject.strip().lower() in ("which", "who"):
            # "... by the Russian Defence Ministry, which said its units had ...": the relative
            # pronoun's antecedent speaks
            subject = np[: cut.start()]
        side = attr.side_of_phrase(subject)
        if side is None and cut is not None and np[cut.start() : cut.end()].strip() == "and":
            # "Ukrainian military bloggers and the DeepState project had shown ...": a subject
            # of two, the first naming the side
            side = attr.side_of_phrase(np[_subject_start(np[: cut.start()]) : cut.start()])
        if side is not None:
            return side
    return None


def _subject_start(np: str) -> int:
    """Where the subject ending ``np`` begins (see ``_SUBJECT_START``)."""
    cut = _SUBJECT_START.search(np)
    return cut.end() if cut is not None else 0


# a trailing attribution: "..., President X told the parliament of Y by video link on
# Thursday", ", the army chief said", ", X told TASS"
_TRAILING_SAID = compile_fast(
    r",\s+(?P<np>(?:[\w'’.-]+\s+){1,8}?)(?:said|says|told|tells|announced|announces|stated|wrote|"
    r"reported|reports|claimed|claims)\b"
)


# "..., according to a Ukrainian officer quoted by X": the source named after "according to"
_TRAILING_ACCORDING = compile_fast(
    r",\s+according\s+to\s+(?P<np>(?:(?!(?:quoted|cited|in|on|who|speaking)\b)[\w'’.-]+\s*){1,6})"
)


def _trailing_side(s: str, pos: int) -> str | None:
    """The side of a curated person or a sided body named in a trailing attribution after
    ``pos`` ("Russian troops now occupy a fifth of the country, President X told lawmakers by
    video link on Thursday"), for a sentence the speaker finder gave no speaker."""
    m = _TRAILING_SAID.search(s, pos) or _TRAILING_ACCORDING.search(s, pos)
    if m is None:
        return None
    np = m.group("np").rstrip()
    rec = attr.lookup_speaker(np)
    if rec is not None and rec["kind"] == "person":
        return rec["side"]
    return attr.side_of_phrase(np)


# the name of a body of water, no ground a side holds: "Black Sea", "Sea of Azov", "the
# Siverskyi Donets-Donbas canal" (a line fought along, not ground held)
_WATER_NAME = compile_fast(r"\b(?:Sea|Gulf|Bay|Strait|Lagoon|Ocean|[Cc]anal)\b")


def _control_rows(
    s: str,
    places: list[dict],
    speaker_side: str | None,
    focus: dict | None,
    speaker: tuple[int, int] | None = None,
    inherited: bool = False,
) -> list[dict]:
    """Control rows of a sentence; ``speaker`` is the span of the speaker phrase, whose words
    ("governor of the occupied part of the region") claim nothing themselves; ``inherited``
    says ``speaker_side`` is not this sentence's own (the report's author, an earlier one)."""
    rows: list[dict] = []
    sp_lo, sp_hi = speaker or (0, 0)
    pm = _COMMA_PRONOUN_END.search(s, sp_hi - 7, sp_hi) if sp_hi - sp_lo > 7 else None
    if pm is not None:
        # "Kharkiv is holding, he said": the speaker is the pronoun, not the words before it
        # (after the comma's space, which may be a tab or a no-break space: there is no " "
        # in "Ukrainian\u00a0units,\u00a0it")
        sp_lo = pm.start() + 2
    if sp_hi and ", whose " in s[sp_lo:sp_hi]:
        # "Prigozhin, whose fighters hold most of Artemovsk, wrote ...": the relative clause on
        # the speaker's own forces is the speaker's claim, no part of the name
        sp_hi = s.index(", whose ", sp_lo)
    people = "People" in s  # "Donetsk People's Republic" is no place taken
    named_all = places  # (with a lead's town: "In Irpin, the mayor said ... the town")
    if ":" in s[:40] or "In " in s[:10]:  # ("10:30 From Kyiv:", "In Kyiv, X said")
        places = _drop_from_lead(s, places)
    if speaker_side in _COUNTRY_OF_SIDE and "our " in s:
        ours = _our_territory(s, speaker_side)
        if ours:
            places = sorted(places + ours, key=lambda p: p["rs"])
    if "[" in s or "(" in s:
        places = _glossed_places(s, places)
    # "digging in along the border in the Kharkiv direction": an axis of advance, no ground
    # held (still the town a later "the town" may stand for)
    axes = (
        {
            p["rs"]
            for p in places
            if _AXIS_AFTER.match(s, _mention_end(p)) or _AXES_LIST_AFTER.match(s, _mention_end(p))
        }
        if "direction" in s or "axis" in s or "axes" in s
        else ()
    )
    if "near " in s or "outside " in s or "close to " in s:
        # "the Gostomel airfield near Kiev was fully under the control of ...": the place that
        # only says where the one before it lies holds no claim of its own
        axes = set(axes) | {
            q["rs"]
            for p, q in zip(places, places[1:], strict=False)
            # (not a river's: "the bridgehead across the Inhulets near Davydiv Brid")
            if p["kind"] in ("settlement", "facility")
            and _NEAR_GAP.fullmatch(s, _mention_end(p), q["rs"]) is not None
        }
    if "bank" in s:
        banks = _bank_places(s)
        if banks:
            places = sorted(places + banks, key=lambda p: p["rs"])
    if speaker is not None and ("region" in s or "oblast" in s or "province" in s):
        # "the head of the Chernihiv regional administration said Ukrainian forces were in
        # control of the whole region": the region is the speaker's
        own = _speaker_region(s, places, speaker)
        if own:
            places = sorted(places + own, key=lambda p: p["rs"])
    if "including" in s or "among " in s or "such as" in s:
        places = _group_members(s, places)
    if "of the territory" in s or "of the land" in s:
        # "cleared 86% of the territory Ukraine once held in the region": the region the
        # sentence named before
        named = _named_region(s, places)
        if named:
            places = sorted(places + named, key=lambda p: p["rs"])
    for a, b in _clauses(s):
        clause = s[a:b]
        cl = lower(clause)
        bits = 0
        take_at, withdraw_at, cue_at = [], [], []
        for end, (gate_bits, start_bits, n) in _CONTROL_WORDS.iter(cl):
            bits |= gate_bits
            if start_bits:
                if start_bits & 1:
                    take_at.append(end - n + 1)
                if start_bits & 2:
                    withdraw_at.append(end - n + 1)
                if start_bits & 4:
                    cue_at.append(end - n + 1)
        if not bits & (_RULE_BITS | _TAKE_BIT | _WITHDRAW_BIT):
            continue
        if not cl.isascii() and not _plain_case(cl):
            bits |= _GENERIC_BIT | _CITY_BIT  # IGNORECASE regexes may match what the gate misses
        # the clause's places; whether one is an actor is asked only of those a cue needs
        cpl = [
            p
            for p in places
            if a <= p["rs"] < b
            and (
                p["kind"] in ("settlement", "facility", "region")
                # a sea or a gulf is no ground held ("regain control of its Black Sea lanes")
                or p["kind"] == "other"
                and _WATER_NAME.search(p["name"]) is None
                # a country is ground held only as a share: "about a fifth of Ukraine"
                or p["kind"] == "country"
                and _SHARE_OF_BEFORE.search(s, max(0, p["rs"] - 40), p["rs"]) is not None
            )
            and not sp_lo <= p["rs"] < sp_hi
            and p["rs"] not in axes
        ]
        # "... near Pokrovka, and that the village remains under their control": "the village"
        # of a later clause is the settlement the sentence named last, before the report's focus
        here = focus
        if not a and bits & _CITY_BIT:
            here = _town_before(s, clause, named_all) or focus
            if focus is not None and here["name"] == focus["name"]:
                here = focus  # (the focus itself, as the rules after expect it)
        if a and bits & _CITY_BIT:
            named = _not_locators(
                s, [p for p in places if p["rs"] < a and p["kind"] == "settlement"]
            )
            if named and _CITY_ONLY.search(cl) and _village_before(s, a):
                # "attacks near Bakhmut and the villages of Yakovlivka and Bakhmutske, and that
                # the city remained in Ukrainian hands": a city is none of the villages
                named = [p for p in named if not _is_village(p, s)]
            if len(named) > 1 and _is_actor(named[-1], s):
                # "near the village of Verbove, the general in charge of Kyiv's push said,
                # though Moscow insisted its forces still held the village": not the actor
                named = [p for p in named if not _is_actor(p, s)][-1:] or named
            if named and not _is_actor(named[-1], s):
                here = named[-1]
            if here is not focus and "it " in cl and _CITY_WORD_RX.search(clause) is None:
                here = focus  # "... said it remains under Ukrainian control": not a city word's
        if bits & _CITY_BIT and "capital" in cl:
            cw = _CITY_WORD_RX.search(clause)
            if (
                cw is not None
                and lower(cw.group(0)).endswith("capital")
                # ("towns north-west of the capital that Russian units had held": the towns)
                and _NEAR_CAPITAL.search(clause, max(0, cw.start() - 40), cw.start()) is None
            ):
                here = _CAPITAL  # "there are no Russian troops in the capital": Kyiv
        if bits & _WITHDRAW_BIT and withdraw_at:
            bare = _bare_withdrawal(s, a, clause, cl, withdraw_at, places, speaker_side)
            if bare:
                rows.extend(bare)
                continue
        # a claim names a place, "the plant" or "the city" (the focus): none, no claim
        other_place = (
            bits & _GENERIC_BIT
            or (bits & _CITY_BIT and here is not None)
            # "officials say it remains under Ukrainian control": the town named before
            or (here is not None and "it " in cl and _it_under(cl))
        )
        if not (cpl or other_place):
            continue
        cands = []  # (match, kind)
        if bits & 1:  # the cue rule
            if bits & _CONTROL_WORD_BIT:
                m = _CONTROL_CUE.search(cl)
                if m is not None and m.group(0) == "control" and bits & 2:
                    # "under Russian control" is the "under" rule's: the cue is a later one
                    # ("showed X as under Russian control and marked Y as occupied")
                    if _UNDER_BEFORE.search(cl, max(0, m.start() - 40), m.start()):
                        m = _CONTROL_CUE.search(cl, m.end())
            else:
                m = _first_match_at(_CUE_WORD, cl, cue_at)
            if m and not sp_lo <= a + m.start() < sp_hi:
                cands.append((m, "cue"))
                # "... control of Selydove, which the Russian MoD said its troops had
                # liberated": the relative clause's cue too
                w = cl.find(", which ", m.end())
                m2 = _CONTROL_CUE.search(cl, w) if w >= 0 and bits & _CONTROL_WORD_BIT else None
                if m2 is None and w >= 0:
                    m2 = _first_match_at(_CUE_WORD, cl, [i for i in cue_at if i > w])
                if m2 is not None:
                    cands.append((m2, "cue"))
                # ... and a second verb joined to it: 'had taken full control of Lysychansk and
                # "liberated" the territory of the LNR'
                m3 = _CONTROL_CUE.search(cl, m.end()) if " and " in cl[m.end() :] else None
                if (
                    m3 is not None
                    and m3 is not m2
                    and (m2 is None or m3.start() != m2.start())
                    and _AND_VERB_BEFORE.search(cl, max(0, m3.start() - 20), m3.start())
                ):
                    cands.append((m3, "cue"))
        for rx, kind, on_low in _rules_by_bits(bits & _RULE_BITS):
            if kind in ("adjective", "remains"):  # each qualifies its own place
                cands += [
                    (m, kind) for m in rx.finditer(clause) if not sp_lo <= a + m.start() < sp_hi
                ]
                continue
            m = rx.search(cl if on_low else clause)
            if m and not sp_lo <= a + m.start() < sp_hi:
                cands.append((m, kind))
        if not (cands or bits & _TAKE_BIT and take_at or bits & _WITHDRAW_BIT and withdraw_at):
            continue
        filtered = bool(cands)
        if filtered:
            cpl = [p for p in cpl if _is_place(p, s, people)]
        starts = {p["rs"] - a for p in cpl}
        # a take or withdraw verb counts when a place (or "the plant", "the city") follows it
        if bits & _TAKE_BIT and (starts or bits & (_GENERIC_BIT | _CITY_BIT)):
            for m in _matches_at(_TAKE, cl, take_at):
                if cl.startswith(_GET_VERBS, m.start()) and "back" not in m.group(0):
                    if _place_at(m.end(), starts, filtered, cpl, a, s, people) and any(
                        p["rs"] == a + m.end() and s.startswith(" back", _mention_end(p))
                        for p in cpl
                    ):
                        cands.append((m, "take"))
                        break
                    continue
                if (
                    _place_at(m.end(), starts, filtered, cpl, a, s, people)
                    or (bits & _GENERIC_BIT and _GENERIC_PLACE_RX.match(clause, m.end()))
                    or _relative_antecedent(cl, a, m.start(), cpl) is not None
                    # "had failed to enter the city": the town "the city" stands for (only
                    # of an attempt that failed: other takes of "the city" have their cue rules)
                    or (
                        bits & _CITY_BIT
                        and here is not None
                        and (
                            _NOT_LEFT_BEFORE.search(cl, 0, m.start()) is not None
                            or _FAILED_TO_BEFORE.search(cl, 0, m.start()) is not None
                        )
                        # (the verb's match may end past "the ")
                        and _CITY_WORD_RX.match(clause, max(0, m.end() - 4)) is not None
                    )
                    # "Russian forces had entered the eastern outskirts of the town", "broke
                    # into the city": an entry verb has no cue rule of its own to read "the town"
                    or (
                        bits & _CITY_BIT
                        and here is not None
                        and cl.startswith(_ENTRY_VERBS, m.start())
                        and _CITY_WORD_RX.match(clause, max(0, m.end() - 4)) is not None
                    )
                ):
                    cands.append((m, "take"))
                    break
        if bits & _WITHDRAW_BIT and (starts or bits & _CITY_BIT):
            for m in _matches_at(_WITHDRAW, cl, withdraw_at):
                if _place_at(m.end(), starts, filtered, cpl, a, s, people) or (
                    bits & _CITY_BIT and _CITY_WORD_RX.match(clause, m.end() - 4)
                ):
                    cands.append((m, "withdraw"))
                    break
        if not cands:
            continue
        if not filtered:
            cpl = [p for p in cpl if _is_place(p, s, people)]
        if not (cpl or other_place):
            continue
        if len(cands) > 1:
            cands.sort(key=lambda c: c[0].start())
        clause_side = _clause_side(clause) if a else None
        if clause_side is None and speaker_side is None:
            clause_side = _reporting_side(s, a + cands[0][0].start())
        if clause_side is None and speaker_side is None and speaker is None:
            clause_side = _trailing_side(s, a + cands[-1][0].end())
        if clause_side is None and (speaker_side is None or speaker is None or inherited):
            # no sided speaker, or a side carried over from an earlier sentence or the report's
            # author, while this sentence names its own source in an appositive: "Context: X,
            # the Russian-installed head of Y, told TASS that Russian units had entered Z"
            # (a warring side's own source only: an outside analyst's side is less settled)
            own = _reporting_side(s, a + cands[-1][0].start(), appositive=True)
            clause_side = own if own in _OPPOSITE and own != speaker_side else None
        if (
            clause_side is None
            and speaker_side in _OPPOSITE
            and speaker is not None
            # (from the start when the speaker comes after the claim: "Wagner channels claimed
            # that Wagner had taken X; the General Staff said ...")
            and _EMBEDDED_REPORT.search(
                s, sp_hi if sp_hi <= a + cands[0][0].start() else 0, a + cands[0][0].start()
            )
            is not None
        ):
            # "..., a week after Moscow claimed to have taken the town", said by Ukraine's
            # side: the claim is the other side's, whose report the speaker tells of
            emb = _reporting_side(s, a + cands[0][0].start())
            if emb in _OPPOSITE and emb != speaker_side:
                clause_side = emb
        side = clause_side or speaker_side
        prev_clause = s[:a]
        # the first cue that yields a row wins (a negated or agentless one gives way); side
        # adjectives ("Russian-occupied Kherson region") and "X remained Ukrainian" each
        # qualify their own place
        # ... and a later verb of the same kind adds the places it names on its own ("had
        # recaptured A and B after earlier retaking C")
        done = None
        for m, kind in cands:
            # ... as may a claimed noun after it ("took X, completing the liberation of Y")
            # ("pushed back from X towards Y, where Russian forces have held the city")
            again = kind in ("cue", "take", "nominal") and done in (
                "cue",
                "take",
                "under",
                "flag",
                "hands",
                "expel",
            )
            own = kind in ("adjective", "remains")
            if done is not None and not own and not again:
                continue
            got = _control_claim(m, kind, s, a, clause, cl, cpl, side, here, prev_clause, bits)
            for r in got or () if clause_side else ():
                r["clause_speaker"] = True  # "...; Ukrainian officials say": not the sentence's
            if got and kind == "take" and cl.startswith("claimed ", m.start()):
                # "Russian forces had already claimed Kurakhove": the taker's own claim
                taker = _agent_side(_window_before(clause, m.start()), side)
                for r in got:
                    if taker in _OPPOSITE and taker == r["controller_side"]:
                        r["claimed_by_side"], r["clause_speaker"] = taker, True
            if got and kind == "take" and cl.startswith(("broke", "breaking"), m.start()):
                # "the enemy has broken into the plant", "Russian vehicles broke into Kharkiv",
                # told by the side defending it: a raid into its ground, no ground conceded
                # (the attacker's own "our troops broke into X" still claims it)
                got = [r for r in got if r["controller_side"] != _OPPOSITE.get(side or "")]
            if got and again:
                # (a relative clause's own speaker may claim a place again: "... control of X,
                # which the Russian MoD said its troops had taken")
                seen = {(r["place"], r["claimed_by_side"]) for r in rows}
                got = [r for r in got if (r["place"], r["claimed_by_side"]) not in seen]
            if got:
                rows.extend(got)
                if done is None and not own:
                    done = kind
        if done is None and bits & 1 and cands:
            # the clause's first cue claimed nothing (negated, an aim): a later one may ("had
            # not been captured, ... and that Ukrainian units were holding their positions")
            first = next((m for m, kind in cands if kind == "cue"), None)
            pre = cl[max(0, first.start() - 60) : first.start()] if first is not None else ""
            negated = _NEG_GATE(pre) and _NEG_BEFORE.search(pre) is not None
            # ... or told what was held before it ("into ground Russia held and retook X")
            negated = negated or (
                first is not None
                and _GROUND_HELD_BEFORE.search(pre) is not None
                and _NO_OBJECT_AFTER.match(cl, first.end()) is not None
            )
            m = _CONTROL_CUE.search(cl, first.end()) if negated else None
            if m is not None and not sp_lo <= a + m.start() < sp_hi:
                got = _control_claim(m, "cue", s, a, clause, cl, cpl, side, here, prev_clause, bits)
                for r in got or () if clause_side else ():
                    r["clause_speaker"] = True
                rows.extend(got or ())
    if "repel" in s or "repuls" in s or "fought off" in s or "beat off" in s or "beaten " in s:
        rows = rows + _repelled_rows(s, places, speaker_side, {r["place"] for r in rows})
    if "claimed by " in s:
        rows = rows + _claimed_by_rows(s, places, {r["place"] for r in rows})
    if " been " in s:
        rows = rows + _left_rows(s, places, speaker_side, {r["place"] for r in rows})
    if not rows and ("its " in s or "town's" in s or "city's" in s) and _DENIAL_WORDS(lower(s)):
        rows = _its_capture_denied(s, places, speaker_side)
    if not rows and ("their withdrawal" in s or "their retreat" in s or "their pullout" in s):
        rows = _their_withdrawal(s, places, speaker_side)
    if not rows and ("show" in s or "pictur" in s or "filmed" in s):
        rows = _shown_forces_rows(s, places, speaker_side)
    if rows and (" and out of " in s or " and from " in s):
        rows = rows + _and_out_of_rows(s, places, rows)
    if rows and ("figure" in s or "share" in s or "proportion" in s or " by " in s):
        rows = rows + _figure_rows(s, places, rows)
    if rows and ("zone" in s or "man's land" in s or "man’s land" in s or "neither " in s):
        rows = _grey_zone(s, rows)
    if len(rows) > 1 and " of " in s:
        rows = _drop_part_holder(s, places, rows)
    if (
        " still in" in s
        or " remain" in s
        or "stayed in" in s
        or " been in" in s
        or " are in" in s
        or " is in" in s
        or "enemy in " in s
        or "garrison in " in s
        or "In " in s
        and (" hold" in s or " held" in s or " cleared" in s or " control" in s or " keep" in s)
    ):
        rows = rows + _still_in_rows(s, places, speaker_side, {r["place"] for r in rows}, focus)
    if "attempt" in s or "effort" in s or "tried to" in s:
        rows = rows + _failed_attempt_rows(s, places, speaker_side, {r["place"] for r in rows})
    if " fall" in s and ("fall of" in s or "to fall" in s):
        done_places = {r["place"] for r in rows}
        rows = rows + [
            r for r in _fall_of_rows(s, places, speaker_side) if r["place"] not in done_places
        ]
    if (" still " in s or " remain" in s or " stayed " in s) and (
        " side" in s or " part" in s or " half" in s or " edge" in s or " outskirts" in s
    ):
        held = {(r["place"], r["controller_side"]) for r in rows}
        rows = rows + [
            r
            for r in _still_part_rows(s, named_all, speaker_side)
            if (r["place"], r["controller_side"]) not in held
        ]
    if (
        "contested" in s
        or "grey zone" in s
        or "gray zone" in s
        or "either side" in s
        or "ighting" in s
        and _GOES_ON_GATE(s)
    ):
        rows = rows + _contested_rows(s, places, speaker_side, {r["place"] for r in rows}, focus)
    return rows


# the other side's claim of a town's capture, the town named before as "its", called untrue:
# "... were still fighting in Ocheretyne and that the Russian claim of its full capture was
# untrue", "dismissed Moscow's claims about the town's capture as false"
_ITS_CAPTURE_CLAIM = compile_fast(
    r"\b(?P<adj>Russian|Ukrainian|Russia['’]s|Ukraine['’]s|Moscow['’]s|Kyiv['’]s|enemy)\s+"
    r"claims?\s+(?:of|about|regarding|over)\s+(?:its|the\s+(?:town|city|village)['’]s)\s+"
    r"(?:(?:full|complete|total|alleged|supposed)\s+)?(?:capture|seizure|fall|liberation|"
    r"occupation)\b(?P<after>[^;]{0,40})",
    re.I,
)
_DENIAL_WORDS = contains_any(
    "untrue false fake baseless groundless incorrect dismiss reject denied denies".split()
    + ["not true"]
)
_UNTRUE_WORD = compile_lower(r"\b(?:untrue|false|fake|baseless|groundless|incorrect|not\s+true)\b")
_DISMISS_BEFORE = compile_lower(r"\b(?:dismiss\w*|reject\w*|deni\w*|deny)\s+(?:the\s+)?$")


def _its_capture_denied(s: str, places: list[dict], side: str | None) -> list[dict]:
    """Rows of a side calling the other side's claim of "its capture" untrue (``_ITS_CAPTURE_
    CLAIM``): the town named last before it is still the speaker's (of ``side``)."""
    m = _ITS_CAPTURE_CLAIM.search(s)
    if m is None or side not in _OPPOSITE:
        return []
    if attr.side_of_phrase(m.group("adj")) not in (_OPPOSITE[side], None):
        return []
    untrue = _UNTRUE_WORD.search(lower(m.group("after"))) is not None
    if not untrue and _DISMISS_BEFORE.search(lower(s[max(0, m.start() - 30) : m.start()])) is None:
        return []
    town = [p for p in places if p["rs"] < m.start() and p["kind"] == "settlement"]
    if not town:
        return []
    row = {"place": town[-1]["name"], "controller_side": side, "share": None}
    return [{**row, "claimed_by_side": side}]


# a force placed in a town, then "their withdrawal" with no place of its own: "... left Ukrainian
# forces in Sievierodonetsk dependent on improvised crossings before their withdrawal on June 24"
_FORCES_IN = compile_fast(
    r"\b(?P<adj>Ukrainian|Russian|Ukraine['’]s|Russia['’]s)\s+(?:forces|troops|units|soldiers|"
    r"defenders|garrison)\s+(?:in|inside)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$",
    re.I,
)
_THEIR_WITHDRAWAL = compile_fast(
    r"\b(?:before|after|with|following|since|until|completed|completing|announced|confirmed)\s+"
    r"their\s+(?:final\s+|full\s+|eventual\s+)?(?:withdrawal|retreat|pull-?out)\b"
    r"(?!\s+(?:from|to|towards|of)\b)",
    re.I,
)


def _their_withdrawal(s: str, places: list[dict], side: str | None) -> list[dict]:
    """Rows of "their withdrawal" (``_THEIR_WITHDRAWAL``) after a side's forces were placed in a
    town (``_FORCES_IN``) earlier in ``s``: the town passes to the other side, as ``side``
    claims."""
    w = _THEIR_WITHDRAWAL.search(s)
    if w is None:
        return []
    for p in reversed(places):
        if p["rs"] >= w.start() or p["kind"] != "settlement":
            continue
        f = _FORCES_IN.search(s, max(0, p["rs"] - 50), p["rs"])
        if f is None:
            continue
        left = attr.side_of_phrase(f.group("adj"))
        if left not in _OPPOSITE:
            return []
        row = {"place": p["name"], "controller_side": _OPPOSITE[left], "share": None}
        return [{**row, "claimed_by_side": side}]
    return []


# a picture of a side's forces in a town: "a photograph it said showed Ukrainian special forces
# in Kupyansk", "video showing Russian soldiers on the streets of X", "pictured in central X"
_SHOWN_FORCES_IN = compile_fast(
    r"\b(?:show(?:ed|s|ing)?|shown|pictur(?:ed|ing)|filmed|film(?:s|ing)?)\s+(?:(?:the|a|an|its|"
    r"their|some|several|dozens\s+of)\s+)?(?P<adj>Ukrainian|Russian)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:troops|forces|soldiers|servicemen|units|marines|paratroopers|fighters|infantry)\s+"
    r"(?:(?:standing|patrolling|walking|posing|raising\s+a\s+flag)\s+)?(?:in\s+(?:the\s+)?"
    r"(?:centre|center|middle|heart)\s+of|on\s+the\s+streets\s+of|in\s+central|in|inside)\s+"
    r"(?:the\s+(?:town|city|village)\s+of\s+)?$",
    re.I,
)


def _shown_forces_rows(s: str, places: list[dict], side: str | None) -> list[dict]:
    """Rows of a picture said to show a side's forces in a settlement (``_SHOWN_FORCES_IN``):
    that side holds it, as the speaker (of ``side``) claims."""
    out = []
    for p in places:
        if p["kind"] != "settlement":
            continue
        m = _SHOWN_FORCES_IN.search(s, max(0, p["rs"] - 120), p["rs"])
        if m is None or _NEG_BEFORE.search(lower(s[max(0, m.start() - 40) : m.start()])):
            continue
        holder = attr.side_of_phrase(m.group("adj"))
        if holder in _OPPOSITE:
            row = {"place": p["name"], "controller_side": holder, "share": None}
            out.append({**row, "claimed_by_side": side})
    return out


# a withdrawal going on to a second place: "have pulled out of the village of Krynky on the
# left bank of the Dnipro, and out of Urozhaine in the Donetsk region"
_AND_OUT_OF = compile_fast(
    r",?\s+and\s+(?:also\s+)?(?:out\s+of|from)\s+(?:the\s+(?:village|town|city|settlement)\s+"
    r"of\s+)?$"
)
_LEFT_WORDS = compile_lower(r"\b(?:pull\w*|withdr\w*|retreat\w*|left|fled|driven|ousted)\b")


def _and_out_of_rows(s: str, places: list[dict], rows: list[dict]) -> list[dict]:
    """Rows of a settlement a withdrawal goes on to with "and out of" (``_AND_OUT_OF``): as the
    row of the place the sentence's withdrawal named before it."""
    if _LEFT_WORDS.search(lower(s)) is None:
        return []
    done = {r["place"] for r in rows}
    out = []
    for p in places:
        if p["kind"] != "settlement" or p["name"] in done:
            continue
        if _AND_OUT_OF.search(s, max(0, p["rs"] - 40), p["rs"]) is None:
            continue
        before = [q for q in places if q["rs"] < p["rs"] and q["name"] in done]
        row = next((r for r in rows if before and r["place"] == before[-1]["name"]), None)
        if row is not None:
            out.append({**row, "place": p["name"]})
    return out


# defenders who beat off an assault on a place hold it: "Ukrainian units repelled an assault on
# Soledar", "repulsed attacks on the town of X" (not "near X": the fighting was around it)
_REPELLED_ON = compile_fast(
    r"\b(?:repel(?:led|s)?|repuls(?:ed|es|e)|fought\s+off|beat(?:en)?\s+off)\s+(?:an?\s+|the\s+|"
    r"several\s+|\d+\s+|two\s+|three\s+|four\s+|five\s+|new\s+|enemy\s+|russian\s+|"
    r"ukrainian\s+|every\s+|all\s+|repeated\s+|numerous\s+|multiple\s+)*"
    r"(?:(?:assaults?|attacks?|attempts?\s+to\s+storm|offensives?)\s+on"
    # the attacker named between: "repelled an assault by two Ukrainian battalion tactical
    # groups on Sukhanove", "repelled an attempt by Ukrainian units to break into Trostyanets"
    r"|(?:assaults?|attacks?)\s+by\s+(?:[\w-]+\s+){1,6}?on"
    r"|attempts?\s+(?:by\s+(?:[\w-]+\s+){1,6}?)?to\s+(?:storm|seize|take|capture|enter|"
    r"break\s+into))\s+"
    r"(?:the\s+(?:village|town|city|settlement)\s+of\s+)?$",
    re.I,
)
# ... in the passive: "every assault on X itself has been beaten off", "Russian attacks on X
# were repelled" (the attackers' adjective, if any, in group "by")
_ASSAULT_ON_BEFORE = compile_fast(
    r"\b(?:(?:(?P<by>russian|ukrainian|enemy)\s+)?(?:assaults?|attacks?|attempts?\s+to\s+storm)\s+"
    r"on\s+"
    # ... "an attempt by the enemy to seize Mykolaivka was repelled"
    r"|attempts?\s+(?:by\s+(?:the\s+)?(?P<by2>russian|ukrainian|enemy)\w*\s+(?:[\w-]+\s+)?)?"
    r"to\s+(?:seize|storm|take|capture|enter|break\s+into)\s+)"
    r"(?:the\s+(?:village|town|city|settlement)\s+of\s+)?$",
    re.I,
)
_REPELLED_AFTER = compile_fast(
    r"\s+(?:itself\s+)?(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:all\s+|successfully\s+)?"
    r"(?:repelled|repulsed|beaten\s+off|fought\s+off|beaten\s+back)\b",
    re.I,
)


def _repelled_rows(s: str, places: list[dict], side: str | None, done: set[str]) -> list[dict]:
    """Rows of defenders who beat off an assault on a place in ``s``: they hold it, as the
    speaker (of ``side``) claims; a place some row of the sentence has already (``done``) is
    left to that row."""
    out = []
    for p in places:
        if p["kind"] != "settlement" or p["name"] in done:
            continue
        m = _REPELLED_ON.search(s, max(0, p["rs"] - 90), p["rs"])
        if m is None:
            on = _ASSAULT_ON_BEFORE.search(s, max(0, p["rs"] - 60), p["rs"])
            if on is None or _REPELLED_AFTER.match(s, _mention_end(p)) is None:
                continue
            by = (on.group("by") or on.group("by2") or "enemy").capitalize()
            holder = side if by == "Enemy" else _OPPOSITE.get(attr.side_of_phrase(by) or "")
            if holder in _OPPOSITE:
                row = {"place": p["name"], "controller_side": holder, "share": None}
                out.append({**row, "claimed_by_side": side})
            continue
        if _NEG_BEFORE.search(lower(s[max(0, m.start() - 40) : m.start()])):
            continue  # "failed to repel an assault on X", "could not repulse"
        holder = _agent_side(s[max(0, m.start() - 80) : m.start()], side) or side
        if holder not in _OPPOSITE:
            continue
        row = {"place": p["name"], "controller_side": holder, "share": None}
        out.append({**row, "claimed_by_side": side})
    return out


# a place said to be claimed by a side: "Kurakhove, claimed by Moscow on January 6", "X was
# claimed by Russia" (its capture, as that side announced it)
_CLAIMED_BY_AFTER = compile_fast(
    r"(?:,\s+|\s+(?:which\s+)?(?:was|were|had\s+been|has\s+been)\s+)(?:(?:also|first|later)\s+)?"
    r"claimed\s+by\s+(?P<np>Russia|Moscow|Ukraine|Kyiv|Kiev|(?:the\s+)?(?:Russian|Ukrainian)\s+"
    r"(?:army|forces|troops|military|(?:defen[cs]e\s+)?ministry))\b(?!\s+(?:as|to)\b)"
)


def _claimed_by_rows(s: str, places: list[dict], done: set[str]) -> list[dict]:
    """Rows of places ``s`` says a side claimed: held by that side, as that side claims."""
    out = []
    for p in places:
        if p["kind"] != "settlement" or p["name"] in done:
            continue
        m = _CLAIMED_BY_AFTER.match(s, _mention_end(p))
        by = attr.side_of_phrase(m.group("np")) if m is not None else None
        if by in _OPPOSITE:
            out.append({"place": p["name"], "controller_side": by, "share": None,
                        "claimed_by_side": by})  # fmt: skip
    return out


# a place a side says it has left, in the passive: "Lysychansk has been left to save the lives
# of our soldiers" (the speaker's side left it: the other holds it)
_BEEN_LEFT_AFTER = compile_fast(
    r"\s+(?:has|had|have)\s+(?:now\s+)?been\s+(?:left|abandoned|given\s+up|surrendered)\b"
    r"(?!\s+(?:behind|in|with|without|alone|to\s+(?:its|their)\s+fate)\b)"
)


def _left_rows(s: str, places: list[dict], side: str | None, done: set[str]) -> list:
    """Rows of places a warring side says it has left: the other side holds them, as the
    speaker (of ``side``) claims."""
    if side not in _OPPOSITE:
        return []
    out = []
    for p in places:
        if p["kind"] != "settlement" or p["name"] in done:
            continue
        if _BEEN_LEFT_AFTER.match(s, _mention_end(p)) is not None:
            out.append({"place": p["name"], "controller_side": _OPPOSITE[side], "share": None,
                        "claimed_by_side": side})  # fmt: skip
    return out


# ground said to be contested is held by neither side as claimed: "Popasna remains contested",
# "the town was still hotly contested", "Kherson is a contested city" (not "has not contested
# that ...", a verb; "is no longer contested" is left to the cues of the sentence)
_CONTESTED_AFTER = compile_fast(
    r"\s+(?:itself\s+)?(?:(?:still|now|also)\s+)?(?:remains?|remained|is|was|are|were|stays?|"
    r"stayed|(?:has|had|have)\s+(?:been|become)|became|lies|lay)\s+(?:(?:still|now|also|hotly|"
    r"fiercely|heavily|bitterly|highly|firmly|effectively|practically|largely)\s+){0,2}"
    r"(?:(?:an?\s+|the\s+most\s+)?contested\b(?!\s+(?:by|that|the)\b)"
    # ... or no one's: "Pivnichne is now a grey zone", "the village lies in the grey zone"
    r"|(?:in\s+)?(?:an?\s+|the\s+)?[\"“'‘]?gr[ae]y\s+zone\b)",
    re.I,
)
# ... or assessed as such: "the Pentagon still assessed Mariupol as contested", "described the
# village as contested ground", "DeepState marks Pivnichne as a grey zone"
_CONTESTED_AS = compile_fast(
    r"\s+as\s+(?:(?:still|now|heavily|hotly)\s+)?(?:contested\b|(?:an?\s+|the\s+)?gr[ae]y\s+zone\b)",
    re.I,
)
_ASSESSED_BEFORE = compile_fast(
    r"\b(?:assess\w*|consider\w*|describ\w*|regard\w*|list\w*|mark\w*|classif\w*|"
    r"show\w*|view\w*|characteri[sz]\w*|sees?|saw)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$",
    re.I,
)
# ... or held by no one: "neither side (fully) controls Kyslivka", "neither side holds X"
_NEITHER_SIDE_BEFORE = compile_fast(
    r"\bneither\s+side\s+(?:(?:currently|now|yet|fully|really|firmly|clearly)\s+){0,2}"
    r"(?:controls|holds|has\s+(?:full\s+)?control\s+(?:of|over))\s+"
    r"(?:the\s+(?:town|city|village)\s+of\s+)?$",
    re.I,
)
# ... or fought over still: "fighting for Toshkivka continues", "fighting continues in Soledar",
# "In Ivanivske the fighting continues" (not "near X", "on the approaches to X": around it)
_GOES_ON = (
    r"(?:still\s+)?(?:continues|continued|(?:is|was)\s+continuing|goes\s+on|went\s+on|"
    r"(?:is|was)\s+going\s+on|(?:is|was)\s+ongoing)\b"
)
_FIGHTING_FOR_BEFORE = compile_fast(
    r"\bfighting\s+(?:for|in)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$", re.I
)
_FIGHTING_GOES_ON_AFTER = compile_fast(r"\s+" + _GOES_ON)
_FIGHTING_GOES_ON_IN_BEFORE = compile_fast(
    r"\b(?:fierce\s+|heavy\s+)?fighting\s+" + _GOES_ON + r"\s+(?:in|for)\s+"
    r"(?:the\s+(?:town|city|village)\s+of\s+)?$",
    re.I,
)
_IN_OPENER_BEFORE = compile_fast(r"(?:^|[.;:\"“]\s*|,\s+(?:and\s+)?|\bthat\s+)[Ii]n\s+$")
_FIGHTING_AFTER_OPENER = compile_fast(r",?\s+(?:the\s+)?(?:fierce\s+)?fighting\s+" + _GOES_ON)
# the words every _GOES_ON match holds
_GOES_ON_GATE = contains_any(["continu", "goes on", "went on", "going on", "ongoing"])


def _fought_over(s: str, p: dict, e: int) -> bool:
    """Is place ``p`` of ``s`` (its mention ending at ``e``) said to be fought over still?"""
    lo = max(0, p["rs"] - 60)
    return (
        _FIGHTING_FOR_BEFORE.search(s, lo, p["rs"]) is not None
        and _FIGHTING_GOES_ON_AFTER.match(s, e) is not None
        or _FIGHTING_GOES_ON_IN_BEFORE.search(s, lo, p["rs"]) is not None
        or _FIGHTING_AFTER_OPENER.match(s, e) is not None
        and _IN_OPENER_BEFORE.search(s, max(0, p["rs"] - 12), p["rs"]) is not None
    )


_CONTESTED_IF_BEFORE = compile_fast(r"\b(?:whether|if|unclear|asked)\b[^.;]{0,40}$", re.I)


def _contested_rows(
    s: str, places: list[dict], side: str | None, done: set[str], focus: dict | None = None
) -> list[dict]:
    """Rows of ground ``s`` calls contested ("ISW assesses that Opytne remains contested"): no
    controller, as the speaker (of ``side``) claims; a place some row of the sentence already
    has (``done``) keeps that row, and a question ("whether X is still contested") gives none.
    "the town was contested" is the town ``focus`` (the sentence's referent) when the sentence
    names no settlement of its own."""
    out = []
    if (
        focus is not None
        and focus["kind"] == "settlement"
        and not any(p["kind"] == "settlement" for p in places)
    ):
        city = _CITY_WORD_RX.search(s)
        # (a town or a city; "the village" only a village: not the report's city)
        if city is not None and (
            city.group(0).lower().endswith(("town", "city")) or _is_small_place(focus)
        ):
            places = [*places, {**focus, "rs": city.start(), "mention": city.group(0)}]
    for p in places:
        if p["kind"] not in ("settlement", "facility", "region") or p["name"] in done:
            continue
        e = _mention_end(p)
        if (
            _CONTESTED_AFTER.match(s, e) is None
            and (
                _CONTESTED_AS.match(s, e) is None
                or _ASSESSED_BEFORE.search(s, max(0, p["rs"] - 40), p["rs"]) is None
            )
            and _NEITHER_SIDE_BEFORE.search(s, max(0, p["rs"] - 60), p["rs"]) is None
            and ("ighting" not in s or not _fought_over(s, p, e))
        ):
            continue
        if _CONTESTED_IF_BEFORE.search(s, max(0, p["rs"] - 50), p["rs"]) is not None:
            continue
        out.append({"place": p["name"], "controller_side": None, "share": None,
                    "claimed_by_side": side})  # fmt: skip
        done = done | {p["name"]}
    return out


# most of a place held by one side, the other keeping positions in a part of it only: "Russian
# forces captured most of X, though Ukrainian units still hold positions in the town's southern
# outskirts", "... retain positions on the eastern edge of the city": the rest is no claim of
# the place (as a grey zone over a part leaves the holder of the rest)
_MOST_OF_BEFORE = compile_fast(
    r"\b(?:most|much|the\s+bulk|the\s+(?:larger|greater|better|biggest)\s+part|the\s+majority|"
    r"(?:about|some|nearly|over|around|almost)\s+\d+\s*(?:%|per\s*cent|percent))\s+of\s+"
    r"(?:the\s+(?:town|city|village)\s+of\s+)?$",
    re.I,
)
_PART_POSITIONS = compile_fast(
    r"\b(?:positions?|a\s+foothold|footholds|pockets?|a\s+presence)\s+(?:in|on|at|along|around)\s+"
    r"(?:the\s+|its\s+)?(?:[\w-]+['’]s\s+)?(?:(?:north|south|east|west|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ern)?\s+|outer\s+|far\s+|industrial\s+)?(?:outskirts|edges?|"
    r"parts?|districts?|quarters?|suburbs|fringes?|corners?|microdistricts?|north|south|east|"
    r"west)\b",
    re.I,
)


def _drop_part_holder(s: str, places: list[dict], rows: list[dict]) -> list[dict]:
    """``rows`` less the other side's row of a place that ``s`` says one side holds most of
    while the other keeps positions in a part of it (``_PART_POSITIONS``): the first clause's
    holder is the claim."""
    m = _PART_POSITIONS.search(s)
    if m is None:
        return rows
    drop: set[tuple] = set()
    for p in places:
        if p["rs"] >= m.start() or _MOST_OF_BEFORE.search(s, max(0, p["rs"] - 40), p["rs"]) is None:
            continue
        own = [r for r in rows if r["place"] == p["name"]]
        if own and any(r["controller_side"] != own[0]["controller_side"] for r in own):
            drop |= {(p["name"], r["controller_side"]) for r in own[1:]}
            drop.discard((p["name"], own[0]["controller_side"]))
    return [r for r in rows if (r["place"], r["controller_side"]) not in drop]


# the start of a clause, up to an opening "In ": '"In ', 'He said: "In '
_OPENING_IN = compile_fast(r"(?:^|.*[.:;]\s+|.*[\"“]\s*)In\s+$", re.S)
# a force said to be still in a place holds it: "Russian troops were still in Bucha", "Ukrainian
# forces remain in Soledar", "enemy units stayed inside Marinka" (not "were in X in March")
_STILL_IN_BEFORE = compile_fast(
    # ("The enemy is in Hlyboke, I will not hide that")
    r"\b(?:troops|forces|soldiers|units|army|military|servicemen|defenders|garrison|occupiers|"
    r"invaders|paratroopers|infantry|enemy|Russians|Ukrainians)\s+"
    r"(?:(?:are|were|is|was)\s+still|still\s+(?:are|were|is)|remain|remains|remained|stayed|stay|"
    # ("Russian troops have been in the town since Thursday", "the occupiers are in the city":
    # there now, not "were in Bucha in March")
    r"(?:have|has)\s+been|are|is|"
    r"(?:are|were)\s+remaining)\s+(?:in|inside)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$",
    re.I,
)
# the enemy or a garrison in a place, the subject of its clause: "the enemy in Lyman is in a
# very difficult position", "the Russian garrison in Lyman was in a pre-encirclement"
_FORCE_IN_BEFORE = compile_fast(
    r"\b(?:enemy|garrison)\s+in\s+(?:the\s+(?:town|city|village)\s+of\s+)?$", re.I
)
_SUBJECT_VERB_AFTER = compile_fast(
    r"[\"”]?\s+(?:is|are|was|were|has|have|had|remains?|remained|continues?|continued)\b"
)
# a place set first, then a force there holding or clearing it: "In Bilohorivka our defenders
# are holding", "In Starytsia our units cleared the southern and central parts" (read after
# the opener's place; the force names the holder)
_IN_PLACE_FORCE_HOLDS = compile_fast(
    r",?\s+(?P<np>(?:our|the\s+enemy['’]s|enemy|the\s+enemy|Ukrainian|Russian|the\s+Ukrainian|"
    r"the\s+Russian)\s+(?:[\w-]+\s+)?(?:units|defenders|troops|forces|soldiers|fighters|"
    r"brigades?|army))\s+(?:are\s+|is\s+|have\s+|has\s+)?(?:still\s+|firmly\s+)?(?:holding|hold|"
    r"holds|held|cleared|control|controls|keep|keeps)\b"
)
# an attempt on a place that failed: "The enemy's attempts to capture the village of Kamianka
# have been unsuccessful" (the attacker named before the attempt; the place stays the other
# side's)
_ATTEMPT_ON_BEFORE = compile_fast(
    # ("Russian troops had again tried to storm Bohorodychne and had been beaten back")
    r"(?P<np>(?:[\w'’-]+\s+){0,4}?)(?:attempts?|efforts?|tried|attempted)\s+to\s+(?:capture|take|"
    r"seize|storm|enter|break\s+into)\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+)?$",
    re.I,
)
# the speech verbs that end a speaker's phrase before an attempt's attacker
_SAID_WORDS = frozenset(
    ("said", "says", "say", "reported", "reports", "stated", "claimed", "added")
)
# an attempt whose attacker goes unnamed: "(said) an attempt", "another attempt"
_UNNAMED_ATTEMPT = compile_fast(r"(?:^|\s)(?:an|another|a\s+new|a\s+fresh|the\s+latest)\s*$", re.I)
_ATTEMPT_FAILED_AFTER = compile_lower(
    r"[^.;]{0,40}?\b(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:unsuccessful|thwarted|foiled|repelled|repulsed|beaten\s+back|driven\s+back|in\s+vain|"
    # ("tried to take Bohorodychne and were forced back to their previous positions")
    r"forced\s+back|thrown\s+back|pushed\s+back)|"
    r"failed|came\s+to\s+nothing)\b"
)


def _failed_attempt_rows(s: str, places: list[dict], side: str | None, done: set[str]) -> list:
    """Rows of places an attempt to take failed at: the attacker's foe holds them, as the
    speaker (of ``side``) says."""
    out = []
    low = lower(s)
    for p in places:
        if p["kind"] != "settlement" or p["name"] in done:
            continue
        m = _ATTEMPT_ON_BEFORE.search(s, max(0, p["rs"] - 90), p["rs"])
        if m is None or _ATTEMPT_FAILED_AFTER.match(low, _mention_end(p)) is None:
            continue
        # "(the General Staff said) Russian troops had again": the words after the speech verb
        words = m.group("np").split()
        said = [i for i, w in enumerate(words) if w.lower() in _SAID_WORDS]
        np = " ".join(words[said[-1] + 1 if said else 0 :][-4:])
        attacker = _agent_side(np, side) or attr.side_of_phrase(np)
        if attacker is None and side in _OPPOSITE and _UNNAMED_ATTEMPT.search(np):
            # "an attempt to storm Chernihiv overnight had been repelled": the speaker's
            # side held it
            attacker = _OPPOSITE[side]
        if attacker in _OPPOSITE:
            out.append({"place": p["name"], "controller_side": _OPPOSITE[attacker],
                        "share": None, "claimed_by_side": side})  # fmt: skip
    return out


# the next place of a list after one a force is said to be in: "remained in Bucha and Hostomel"
_LIST_NEXT = compile_fast(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")


# the fall of a town as a noun: "the fall of Sievierodonetsk", "after the fall of Mariupol";
# or an apposition: "Kherson, the first big Ukrainian city to fall"
_FALL_OF = compile_lower(
    r"\b(?:the|its|their)\s+(?:(?:recent|swift|rapid|quick|final|eventual)\s+)?fall\s+of\s+"
    r"(?:the\s+(?:city|town|village|port)\s+of\s+)?$"
)
_FIRST_TO_FALL = compile_lower(
    # ("X, a port of some 280,000 people, was the first big Ukrainian city to fall")
    r"^(?:,\s+(?:[^,;.]|[,.]\d){1,60},)?,?\s+(?:(?:was|is|became|becomes|has\s+become)\s+)?"
    r"(?:then\s+)?(?:the\s+)?(?:first|last|only|second)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:city|town|regional\s+(?:capital|centre|center)|capital)\s+to\s+(?:have\s+)?fall"
    r"(?:en)?\b"
)
# a fall feared, prevented or only possible: "to prevent the fall of X", "the threat of ..."
_FALL_NOT_YET = compile_lower(
    r"\b(?:prevent\w*|avoid\w*|stop\w*|risk\w*|threat\w*|fear\w*|imminent|could|would|may|"
    r"might|if|before|after|since|possible|likely|deny|denied|denies|no)\b[^.;]{0,25}$"
)
# ... or told as what it would bring: "the fall of X would open the road west"
_FALL_WOULD = compile_lower(
    r"^(?:\s+(?:in|on|by)\s+[\w ]{1,20}?)?\s+(?:would|could|will|may|might)\b"
)


_PREP_END = compile_lower(r"\b(?:on|in|of|near|at|to|from|by|lower|upper)\s+(?:the\s+)?$")


def _fall_of_rows(s: str, places: list[dict], side: str | None) -> list[dict]:
    """Rows of a town's fall told as a noun ("the fall of X is a significant achievement for
    Russia", "X, the first big Ukrainian city to fall"): the invader holds it (Russia's in
    Ukraine, Ukraine's in Russia), as the speaker (of ``side``) says; a fall feared or
    prevented ("to prevent the fall of X") gives none."""
    out = []
    low = lower(s)
    for p in places:
        if p["kind"] != "settlement":
            continue
        lo = max(0, p["rs"] - 60)
        fall = _FALL_OF.search(low, lo, p["rs"])
        if fall is not None:
            if _FALL_NOT_YET.search(low, max(0, fall.start() - 40), fall.start()) is not None:
                continue
            if _FALL_WOULD.match(low[_mention_end(p) : _mention_end(p) + 40]) is not None:
                continue
        elif (
            _FIRST_TO_FALL.match(low[_mention_end(p) : _mention_end(p) + 140]) is None
            # (not a place inside the apposition: "X, a port on the lower Dnipro, was ...")
            or _PREP_END.search(low, lo, p["rs"]) is not None
        ):
            continue
        country = p.get("country")
        holder = "RU" if country == "UA" else "UA" if country == "RU" else None
        if holder is not None:
            out.append({"place": p["name"], "controller_side": holder, "share": None,
                        "claimed_by_side": side})  # fmt: skip
    return out


# a force still in one part of a town: "Russian forces remained on the eastern side", "Ukrainian
# troops are still in the northern part of X", "units stayed on the outskirts of the town"
_STILL_PART = compile_fast(
    r"\b(?:troops|forces|soldiers|units|army|military|servicemen|defenders|garrison)\s+"
    r"(?:(?:are|were|is|was)\s+still|still\s+(?:are|were|held|hold|holds)|remain|remains|"
    r"remained|stayed|stay|(?:are|were)\s+remaining)\s+(?:on|in)\s+the\s+"
    r"(?:(?:north|south|east|west)(?:ern|-eastern|-western)?|left|right|far|other|opposite)\s+"
    r"(?P<part>side|part|half|edge|outskirts|districts|neighbourhoods|neighborhoods|bank)\b"
    r"(?P<of>\s+of\s+(?:the\s+(?:town|city|village)\s+(?:of\s+)?)?)?",
    re.I,
)


def _still_part_rows(s: str, places: list[dict], side: str | None) -> list[dict]:
    """Rows of a force ``s`` says is still in one part of a town: the town after "of", or
    else the last one the sentence named before ("In Kupiansk, ... held the part west of the
    river, while Russian forces remained on the eastern side"); a side the speaker (``side``)
    claims holds that part at least."""
    out = []
    for m in _STILL_PART.finditer(s):
        if m.group("part").lower() == "bank" and m.group("of") is None:
            continue  # "on the left bank": the bank's own rule reads it
        if m.group("of") is not None:
            town = next((p for p in places if p["rs"] == m.end()), None)
        else:
            before = [p for p in places if p["rs"] < m.start() and p["kind"] == "settlement"]
            town = before[-1] if before else None
        if town is None or town["kind"] not in ("settlement", "facility"):
            continue
        if _FEW_BEFORE.search(s, max(0, m.start() - 40), m.start()) is not None:
            continue
        holder = _agent_side(s[max(0, m.start() - 40) : m.end()], side)
        if holder in _OPPOSITE:
            out.append({"place": town["name"], "controller_side": holder, "share": None,
                        "claimed_by_side": side})  # fmt: skip
    return out


_FEW_BEFORE = compile_fast(
    r"\b(?:\d[\d,]*|few|fewer|several|some|small|a\s+handful|dozens?|hundreds?|groups?|"
    r"pockets?|remnants?|isolated|individual)\b[^.;,]{0,30}$",
    re.I,
)
_CITY_AFTER_IN = compile_fast(
    r"the\s+(?:city|town|village)\b(?!\s+(?:of|centre|center|hall))", re.I
)


def _still_in_rows(
    s: str, places: list[dict], side: str | None, done: set[str], focus: dict | None = None
) -> list[dict]:
    """Rows of a force ``s`` says is still in a place (``_STILL_IN_BEFORE``), or holds a place
    an opening "In X" sets (``_IN_PLACE_FORCE_HOLDS``): its side holds it, as the speaker (of
    ``side``) claims; a place some row already has (``done``) keeps it. "still in the city" is
    the report's ``focus`` town."""
    out = []
    # (a town the sentence names is what its "the town" stands for, not the report's focus)
    city = _CITY_AFTER_IN.search(s) if focus is not None and not done else None
    if (
        city is not None
        and focus["kind"] == "settlement"
        and not any(p["kind"] == "settlement" and p["rs"] < city.start() for p in places)
    ):
        places = [*places, {**focus, "rs": city.start(), "mention": city.group(0)}]
    last: tuple[int, str] | None = None  # where the last place so held ends, and its holder
    for p in places:
        if (
            p["kind"] == "settlement"
            and p["name"] not in done
            and s[max(0, p["rs"] - 3) : p["rs"]] == "In "
            and _OPENING_IN.match(s, 0, p["rs"]) is not None
            and (h := _IN_PLACE_FORCE_HOLDS.match(s, _mention_end(p))) is not None
        ):
            holder = _agent_side(h.group("np"), side)
            if holder in _OPPOSITE:
                out.append({"place": p["name"], "controller_side": holder, "share": None,
                            "claimed_by_side": side})  # fmt: skip
            continue
        if p["kind"] not in ("settlement", "facility") or p["name"] in done:
            continue
        if last is not None and _LIST_NEXT.fullmatch(s, last[0], p["rs"]):
            out.append({"place": p["name"], "controller_side": last[1], "share": None,
                        "claimed_by_side": side})  # fmt: skip
            last = (_mention_end(p), last[1])
            continue
        m = _STILL_IN_BEFORE.search(s, max(0, p["rs"] - 60), p["rs"])
        if m is None and (
            (m := _FORCE_IN_BEFORE.search(s, max(0, p["rs"] - 40), p["rs"])) is None
            or _SUBJECT_VERB_AFTER.match(s, _mention_end(p)) is None
        ):
            continue
        if _FEW_BEFORE.search(s, max(0, m.start() - 40), m.start()) is not None:
            continue  # "fewer than 60 Russian servicemen were still inside the town": a group
        holder = _agent_side(s[max(0, m.start() - 40) : m.end()], side)
        if holder not in _OPPOSITE:
            continue
        out.append({"place": p["name"], "controller_side": holder, "share": None,
                    "claimed_by_side": side})  # fmt: skip
        last = (_mention_end(p), holder)
    return out


# a second share told by its figure alone: "93% of A has been liberated, while in B the figure
# stands at 54%", "... and in B the share is about a half"
_FIGURE_OF = compile_fast(
    r"\b(?:the\s+)?(?:figure|share|proportion)\s+(?:now\s+)?(?:stands\s+at|is|was|reached|"
    r"reaches|amounts\s+to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$",
    re.I,
)


# a second place and its share with the verb left out: ", and the Donetsk People's Republic by
# 54%"
_AND_PLACE_BY = compile_fast(
    r",?\s+and\s+(?:the\s+|in\s+the\s+)?(?:[\w'’-]+\s+){1,4}?by\s+(?:about\s+|around\s+|"
    r"nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?$"
)


def _figure_rows(s: str, places: list[dict], rows: list[dict]) -> list[dict]:
    """Rows of places whose share the sentence gives only as "the figure" after a share claimed
    before it: the same holder and claimer, the figure's share ("... while in the Donetsk region
    the figure stands at 54%")."""
    shared = next((r for r in rows if r["share"] is not None and r["share"] < 1), None)
    if shared is None:
        return []
    out = []
    for m in _SHARE.finditer(s):
        if not m.group("pct"):
            continue
        fig = _FIGURE_OF.search(s, max(0, m.start() - 40), m.start())
        if fig is not None:
            # the place the figure is of: the last one named in the 60 characters before "the
            # figure"
            near = [p for p in places if fig.start() - 60 <= p["rs"] < fig.start()]
        elif (by := _AND_PLACE_BY.search(s, max(0, m.start() - 70), m.start())) is not None:
            # "... had been liberated by 93%, and the Donetsk People's Republic by 54%"
            near = [p for p in places if by.start() <= p["rs"] < m.start()]
        else:
            continue
        if not near or near[-1]["name"] == shared["place"]:
            continue
        share = _share(m.group(0), lower(m.group(0)))
        out.append({**shared, "place": near[-1]["name"], "share": share})
    return out


# a place said to be no one's: "the village is now a grey zone", "no man's land"
_GREY_ZONE = compile_lower(
    r"\b(?:(?:an?\s+|the\s+)?[\"“'‘]?gr[ae]y\s+zone|no[\s-]+man['’]s[\s-]+land)\b"
    # ... or told as held by no one: "there is fighting, and neither side fully controls it"
    r"|\bneither\s+(?:side|army|party)\s+(?:now\s+|yet\s+)?(?:fully\s+|firmly\s+)?(?:controls?|holds?)\b"
)


# a grey zone said of a part of the ground only: "with the western edge marked as a grey zone"
_PART_BEFORE_GREY = compile_fast(
    r"\b(?:edges?|outskirts|parts?|fringes?|districts?|quarters?|sides?|corners?|flanks?|"
    r"microdistricts?|neighbou?rhoods?)\s+(?:(?:is|are|was|were|now|still|marked|shown|"
    r"listed|coloured|colored|as|remains?|remained)\s+){0,3}$",
    re.I,
)


def _grey_zone(s: str, rows: list[dict]) -> list[dict]:
    """Rows of a sentence that calls the ground a grey zone: held by neither side ("Russian
    forces had left Pryiutne, which is now a grey zone": no one controls it, as claimed)."""
    g = _GREY_ZONE.search(lower(s))
    if g is None:
        return rows
    if _PART_BEFORE_GREY.search(s, max(0, g.start() - 50), g.start()) is not None:
        return rows  # "most of the town ..., with the western edge marked as a grey zone"
    for r in rows:
        r["controller_side"] = None
        r["share"] = None
    return rows


# a live blog's "10:30 From Kyiv: ..." says where the post was filed, not what it is about
_FROM_LEAD = compile_fast(r"\s*(?:\d{1,2}[:.]\d{2}\s+)?(?:From|In)\s+$")


# "the city" / "the town", never a village (nor "the village", a city)
_CITY_ONLY = compile_lower(_THE_TOWN + ")")
_VILLAGE_BEFORE = compile_lower(r"\bvillages?\b")
# "the villages of X and Y", "the village of X", "X, a village", "X and Y villages"
_VILLAGE_OF = compile_lower(r"\bvillages?\s+of\s+(?:[\w'’-]+(?:,\s+|\s+and\s+|\s+))*$")


def _village_before(s: str, end: int) -> bool:
    """Does the sentence name a village (or villages) before ``end``, whatever its case
    ("Villages near X ...")? Then a later "the city" is none of them."""
    return _VILLAGE_BEFORE.search(lower(s[:end])) is not None


def _is_village(p: dict, s: str) -> bool:
    """Is ``p`` introduced as a village ("the villages of Yakovlivka and Bakhmutske")?"""
    lo = max(0, p["rs"] - 60)
    return _VILLAGE_OF.search(lower(s[lo : p["rs"]])) is not None or lower(
        s[_mention_end(p) : _mention_end(p) + 12]
    ).lstrip(" ,").startswith(("village", "a village"))


# a place named only to say where another lies: "Irpin, a north-western suburb of Kyiv", "a
# village south of Izium", "Tsyrkuny, near Kharkiv"
_APPOSITIVE_LOCATOR = compile_fast(
    r"\b(?:suburbs?|outskirts|(?:north|south)?-?(?:east|west)?(?:ern)?|north|south|"
    r"(?:kilometres|kilometers|km|miles))\s+of\s+(?:the\s+)?$|\b(?:near|outside)\s+(?:the\s+)?$",
    re.I,
)


def _not_locators(s: str, named: list[dict]) -> list[dict]:
    """``named`` (settlements in text order) less those that only locate the one before, in an
    appositive ("In Irpin, a suburb of Kyiv, ... held 80 percent of the town": Irpin; not "near
    Pokrovka" after another town), all when none is left."""
    kept = [
        p
        for i, p in enumerate(named)
        if not i
        or not (gap := s[_mention_end(named[i - 1]) : p["rs"]]).startswith(",")
        or len(gap) > 60
        or _APPOSITIVE_LOCATOR.search(gap) is None
    ]
    return kept or named


def _town_before(s: str, clause: str, places: list[dict]) -> dict | None:
    """The settlement a first clause's "the city" / "the town" stands for when the sentence
    named one before it, in a lead or the speaker's own words ("In Irpin, the mayor said
    Ukrainian forces now controlled the town", "officials in Kherson said the city remained
    under Ukrainian control", "... were blocking Sumy but had failed to enter the city"): the
    last one named, not a capital where officials speak, not an actor ("Moscow said ...")."""
    cw = _CITY_WORD_RX.search(clause)
    if cw is None or "capital" in lower(cw.group(0)):
        return None
    named = [
        p
        for p in places
        if p["rs"] < cw.start() and p["kind"] == "settlement" and p["name"] not in _CAPITALS
    ]
    named = _not_locators(s, named)
    if not named or _is_actor(named[-1], s):
        return None
    if _CITY_ONLY.match(lower(cw.group(0))) and _village_before(s, cw.start()):
        named = [p for p in named if not _is_village(p, s)]
    return named[-1] if named else None


def _drop_from_lead(s: str, places: list[dict]) -> list[dict]:
    """``places`` less one named in a "From X:" lead ("From Kyiv: the minister says the
    defenders still hold part of the city" is about the report's city, not Kyiv) or in an
    "In X," lead before the speaker ("In Kyiv, the army chief said troops had retaken several
    positions": where it was said)."""
    return [
        p
        for p in places
        if not (
            _FROM_LEAD.fullmatch(s, 0, p["rs"]) is not None
            and (
                s.startswith(":", _mention_end(p))
                or _TRAILING_SAID.match(s, _mention_end(p)) is not None
            )
        )
    ]


# a river bank as ground held: "the Russian-occupied left bank of the Dnipro", "forces hold
# positions on the east (left) bank"
_BANK_HELD = compile_fast(
    r"\b(?P<side>left|right|east|west|eastern|western)\s+(?:\((?P<alt>left|right)\)\s+)?bank\b"
    r"(?:(?P<dnipro>\s+of\s+(?:the\s+)?(?:Dnipro|Dnieper))"
    # "the east bank of the Inhulets River": another river's bank keeps the river's name
    r"|\s+of\s+(?:the\s+)?(?P<river>[A-Z][\w'’-]+)(?:\s+[Rr]iver)?)?",
    re.I,
)
_NOT_RIVER_WORDS = {"the", "river", "reservoir", "town", "city", "village", "a"}
_DNIPRO_BANK = {"east": "left", "eastern": "left", "west": "right", "western": "right"}


# "20% of our territory", "a fifth of our land": the speaker's country, in part
_OUR_TERRITORY = compile_fast(
    r"(?<=\bof\s)our\s+(?:territory|territories|land|country)\b(?!\s+(?:forces|troops|army))"
)
_COUNTRY_OF_SIDE = {"UA": "Ukraine", "RU": "Russia"}


def _our_territory(s: str, side: str) -> list[dict]:
    """The speaker's country (of ``side``) where ``s`` says a share of "our territory" ("about
    20% of our territory is under occupation"), as a place a control claim may be about."""
    return [
        {"name": _COUNTRY_OF_SIDE[side], "mention": m.group(0), "kind": "country", "rs": m.start()}
        for m in _OUR_TERRITORY.finditer(s)
        if _SHARE_OF_BEFORE.search(s, max(0, m.start() - 40), m.start()) is not None
    ]


# a name the gazetteer does not know glossed by one it does: "liberated Novgorodskoye
# [Niu-York]", "near Dzerzhinsk (Toretsk)" (the gloss is the place, told where the name stands)
_GLOSS_BEFORE = compile_fast(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*[\[(]$")
_GLOSS_AFTER = compile_fast(r"\s*[\])]")


def _glossed_places(s: str, places: list[dict]) -> list[dict]:
    """``places``, a place named in a gloss after an unknown name ("Novgorodskoye [Niu-York]")
    moved to where that name begins, its mention the name and gloss together."""
    known = {p["rs"] for p in places}
    out = []
    for p in places:
        m = _GLOSS_BEFORE.search(s, max(0, p["rs"] - 40), p["rs"])
        after = _GLOSS_AFTER.match(s, _mention_end(p)) if m is not None else None
        if m is None or after is None or m.start() in known or p["kind"] == "country":
            out.append(p)
            continue
        out.append({**p, "rs": m.start(), "mention": s[m.start() : after.end()]})
    return out


def _bank_places(s: str) -> list[dict]:
    """River banks named in ``s``, as places a control claim may be about: "left bank",
    "right bank" (the east and west banks of the Dnipro), else "east bank" etc."""
    out = []
    for m in _BANK_HELD.finditer(s):
        side = (m.group("alt") or m.group("side")).lower()
        if m.group("dnipro") and not m.group("alt"):
            side = _DNIPRO_BANK.get(side, side)
        name = f"{side} bank"
        river = m.group("river")
        if river is not None and river[0].isupper() and river.lower() not in _NOT_RIVER_WORDS:
            name = f"{side} bank of the {river}"
        out.append({"name": name, "mention": m.group(0), "kind": "other", "rs": m.start()})
    return out


# a withdrawal with no place after it: "... Lysychansk, and Kyiv's general staff confirmed
# that its troops had pulled out", "... on Zmeiny Island and withdrew the garrison stationed
# there": from the place the sentence named before
_WITHDRAW_BARE = compile_lower(
    r"\b(?:withdr(?:ew|awn)|pulled\s+out|pulled\s+back|retreated)(?:\s+(?:the|its|their|our)\s+"
    r"(?:garrison|troops|forces|units)(?:\s+(?:stationed|based|deployed)\s+there)?)?"
    r"(?=\s*(?:[.;\"”]|$)|\s+(?:from\s+there|hours\s+later|on\s+\w+day|overnight|earlier)\b)"
)


def _bare_withdrawal(
    s: str,
    a: int,
    clause: str,
    cl: str,
    starts: list[int],
    places: list[dict],
    speaker_side: str | None,
) -> list[dict]:
    """Rows of a withdrawal verb with no place after it (see ``_WITHDRAW_BARE``): the
    settlement or site named last before it in the sentence passes to the other side."""
    m = _first_match_at(_WITHDRAW_BARE, cl, starts)
    if m is None:
        return []
    pre_low = cl[max(0, m.start() - 60) : m.start()]
    if (_NEG_GATE(pre_low) and _NEG_BEFORE.search(pre_low)) or pre_low.endswith("to "):
        return []  # "refused to withdraw", "ordered to pull out"
    seed = next(
        (
            p
            for p in reversed(places)
            if p["rs"] < a + m.start()
            and p["kind"] in ("settlement", "facility", "other")
            and not _is_actor(p, s)
            and not s.startswith(("'s", "’s"), _mention_end(p))  # "Kyiv's general staff"
        ),
        None,
    )
    if seed is None:
        return []
    # "..., and Kyiv's general staff confirmed that its troops had pulled out": that speaker's
    clause_side = (_clause_side(clause) if a else None) or _reporting_side(s, a + m.start())
    if clause_side == speaker_side:
        clause_side = None
    side = clause_side or speaker_side
    who = _agent_side(_window_before(clause, m.start()), side)
    if who is None and a == 0:
        who = _agent_side(s[: m.start()], side)
    if who not in _OPPOSITE:
        return []
    row = {"place": seed["name"], "controller_side": _OPPOSITE[who], "share": None}
    row["claimed_by_side"] = side
    if clause_side:
        row["clause_speaker"] = True
    return [row]


def _named_region(s: str, places: list[dict]) -> list[dict]:
    """ "the region" after a share of "the territory" ("cleared 86% of the territory Ukraine
    once held in the region"), as a mention of the region the sentence named last before it."""
    out = []
    for m in _THE_REGION.finditer(s):
        if any(m.start() <= p["rs"] < m.end() for p in places):
            continue
        region = next(
            (p for p in reversed(places) if p["rs"] < m.start() and p["kind"] == "region"), None
        )
        if region is None or _TERRITORY_OF.search(s, max(0, m.start() - 80), m.start()) is None:
            continue
        out.append(
            {"name": region["name"], "mention": m.group(0), "kind": "region", "rs": m.start()}
        )
    return out


# a transcript answer that opens with a holder and no subject: "OFFICIAL: Still in Ukrainian
# hands", "A: Under Russian control, as far as we know"
_SUBJECTLESS_ANSWER = compile_fast(
    r"^[^:]{2,50}:\s+(?P<w>)(?:(?:It\s+is|It['’]s|Yes|No)[,.]?\s+)?(?:(?:still|now|firmly|fully|"
    r"completely)\s+)?(?=(?:in|into)\s+(?:\w+['’]?s?\s+)?hands\b|under\s+\w+\s+control\b)",
    re.I,
)


def _answered_place(s: str, asked: list[dict]) -> list[dict] | None:
    """The one place of the question before (``asked``) as the subject of the transcript
    answer ``s`` that names none ("Q: And Kyiv itself?" "OFFICIAL: Still in Ukrainian
    hands"), placed where the answer's words begin; None if ``s`` is no such answer."""
    m = _SUBJECTLESS_ANSWER.match(s)
    names = {p["name"] for p in asked if p["kind"] in ("settlement", "region", "facility")}
    if m is None or len(names) != 1:
        return None
    p = next(p for p in asked if p["name"] in names)
    return [{**p, "mention": "", "rs": m.start("w") - 1}]  # (before "Under ...")


# between a place and "defended / protected / guarded by": it is the subject ("X was reliably
# protected by", "X, defended by", "X remains well guarded by")
_GUARDED_GAP = compile_fast(
    r"(?:,|\s+(?:is|was|were|are|remains?|remained|(?:has|had|have)\s+been|is\s+being|was\s+"
    r"being))?\s+[\"“]?(?:(?:still|now|well|reliably|firmly|heavily|strongly|already)\s+){0,2}"
    r"(?:being\s+)?[\"“]?"
)
_BANK_SUBJECT = compile_fast(
    r"\b(?:left|right|east|west|eastern|western)\s+bank\s+(?:is|was|remains|remained|are|were|"
    r"has|had)\b"
    # ... or where troops are or are not: "no Ukrainian positions on the left bank"
    r"|\b(?:troops|forces|positions|units|bridgeheads?|foothold)\s+(?:[\w-]+\s+){0,3}?on\s+the\s+"
    r"(?:left|right|east|west|eastern|western)\s+bank\b"
)
_OCCUPIERS = compile_fast(r"\b(?:occupiers|occupied|occupation|occupying\s+forces)\b", re.I)
_COMMA_PRONOUN_END = compile_fast(r",\s(?:he|she|it|we|they)$")
_REGIONAL_CENTRE = compile_fast(r"\bthe\s+regional\s+cent(?:re|er)\b", re.I)


def _is_oblast_centre(p: dict) -> bool:
    """Is settlement ``p`` the centre of the oblast it lies in ("Sumy" in Sumy Oblast)?"""
    oblast = p.get("oblast")
    return (
        p["kind"] == "settlement"
        and isinstance(oblast, str)
        and oblast.lower() == p["name"].lower() + " oblast"
    )


def _with_regional_centre(s: str, sp: list[dict], prev_sp: list[dict]) -> list[dict]:
    """``sp`` with "the regional centre" of ``s`` as a mention of the oblast centre named last
    in this sentence or the one before ("... fighting on the outskirts of Sumy. The regional
    centre itself remains under Ukrainian control": Sumy)."""
    m = _REGIONAL_CENTRE.search(s)
    if m is None:
        return sp
    before = [p for p in sp if p["rs"] < m.start()]
    centre = next((p for p in reversed(before or prev_sp) if _is_oblast_centre(p)), None)
    if centre is None:
        return sp
    mention = {**centre, "mention": m.group(0), "rs": m.start()}
    return sorted([*sp, mention], key=lambda p: p["rs"])


# words a _THE_REGION match holds (lower-cased)
_REGION_WORDS = contains_any(
    [
        "the region",
        "the oblast",
        "the province",
        "the whole region",
        "the entire region",
        "our region",
        "our oblast",
        "our province",
    ]
)
# "the region" as where something lies, not what is held
_REGION_LOCATIVE_BEFORE = compile_fast(
    r"\b(?:in|across|throughout|near|around|inside|within|into|from|to|towards|for|on|at|over|"
    r"through)\s+(?:(?:the\s+)?(?:[\w-]+\s+)?(?:parts?|areas?|rest|outskirts|edges?|north|"
    r"south|east|west|border)\s+of\s+)?$",
    re.I,
)


# "both towns", "both cities", "the two villages": two settlements named just before
_BOTH_TOWNS = compile_lower(
    r"\b(?:both(?:\s+of\s+the)?|the\s+two)\s+(?:towns|cities|villages|settlements)\b"
)


def _with_both_towns(
    s: str,
    sp: list[dict],
    prev_sp: list[dict],
    speaker: tuple[int, int],
    prev2_sp: list[dict] | None = None,
) -> tuple[list[dict], tuple[str, str] | None]:
    """``sp`` with "both towns" of ``s`` as a mention of the first of the two settlements this
    sentence (before it) or the one before named, and the two names (the rows of the first are
    the second's too); ``sp`` and None unless exactly two were named ("Russian forces
    attacked Popasna and Rubizhne. Ukrainian troops still hold both towns."). ``prev2_sp``: the
    places of the sentence before that one, looked at when the one between names a single
    town ("... shelled Orikhiv and Huliaipole. In Huliaipole houses are on fire. Both towns
    are held by our defenders")."""
    m = _BOTH_TOWNS.search(lower(s))
    if m is None:
        return sp, None
    # (not a town in the speaker's title: "the mayor of Sumy said ... both towns")
    before = [p for p in sp if p["rs"] < m.start() and not speaker[0] <= p["rs"] < speaker[1]]
    seen: set[str] = set()  # the towns named in the sentences between
    for i, group in enumerate((before, prev_sp, prev2_sp or [])):
        towns = list(dict.fromkeys(p["name"] for p in group if p["kind"] == "settlement"))
        if len(towns) == 2 and (i < 2 or seen <= set(towns)):
            first = next(p for p in group if p["name"] == towns[0])
            mention = {**first, "mention": m.group(0), "rs": m.start()}
            return sorted([*sp, mention], key=lambda p: p["rs"]), (towns[0], towns[1])
        if towns and (i == 0 or len(towns) > 1):
            break
        seen.update(towns)
    return sp, None


def _is_oblast_level(p: dict) -> bool:
    """Whether place ``p`` is a region "the region" may stand for: an oblast or a province, not
    a district of one ("the region" after "Shostka district" is Sumy oblast)."""
    return p["kind"] == "region" and not p["name"].endswith((" district", " raion"))


def _with_region_anaphor(
    s: str, sp: list[dict], prev_sp: list[dict], last_region: str | None = None
) -> list[dict]:
    """``sp`` with "the region" of ``s`` as a mention of the region it refers back to: the
    region named last in this sentence or the one before, else the oblast of a regional centre
    named there ("... in the Kherson region. Russian forces hold almost all of the region":
    Kherson oblast; "The authorities in Kherson dismissed it and said the region was fully
    under Russian control": Kherson oblast), else ``last_region``, the region the report named
    last before ("X, deputy head of the Kherson region, ... He said the routes toward Kryvyi Rih
    were closed and that the whole region was under their control")."""
    m = _THE_REGION.search(s)
    if m is None or any(p["rs"] <= m.start() < _mention_end(p) for p in sp):
        return sp
    if _REGION_LOCATIVE_BEFORE.search(s, max(0, m.start() - 60), m.start()) is not None:
        # "liberated several settlements in the region", "positions in parts of the region":
        # where the ground lies, not the ground held
        return sp
    before = [p for p in sp if p["rs"] < m.start()]
    region = next((p for p in reversed(before or prev_sp) if _is_oblast_level(p)), None)
    name = region["name"] if region is not None else None
    if name is None:
        centre = next((p for p in reversed(before or prev_sp) if _is_oblast_centre(p)), None)
        name = centre["oblast"].replace(" Oblast", " oblast") if centre is not None else None
    name = name or last_region
    if name is None:
        return sp
    mention = {"name": name, "mention": m.group(0), "kind": "region", "rs": m.start()}
    return sorted([*sp, mention], key=lambda p: p["rs"])


# a group of settlements then its named members: "recaptured several villages north of X,
# including A and B", "had retaken dozens of settlements, among them A"
_GROUP_MEMBERS = compile_fast(
    r"\b(?P<g>(?:(?:several|some|many|more|other|numerous|dozens\s+of|scores\s+of|hundreds\s+of|"
    r"a\s+(?:number|dozen|series|string|handful)\s+of|a\s+few|\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|the)\s+)?(?:(?:more|other|nearby|neighbou?ring|small|frontline|front-line)\s+)?"
    r"(?:settlements|villages|towns|localities|communities|hamlets|cities))\b"
    r"(?P<mid>[^.;:()\"“”]{0,80}?),?\s+(?:including|among\s+them|among\s+which|such\s+as)\s+",
    re.I,
)


def _group_members(s: str, places: list[dict]) -> list[dict]:
    """``places`` with a group of settlements ("several villages") as a mention of its first
    named member, which a control verb before the group then takes with the members listed
    after "including" ("recaptured several settlements northeast of X, including A and B": A
    and B, not X); places between the group and its members only locate it."""
    out = places
    for m in _GROUP_MEMBERS.finditer(s):
        first = next((p for p in places if p["rs"] == m.end()), None)
        if first is None or first["kind"] != "settlement":
            continue
        lo, hi = m.start("g"), m.end("mid")
        member = {**first, "rs": lo, "mention": s[lo:hi]}
        out = sorted([p for p in out if not lo <= p["rs"] < hi] + [member], key=lambda p: p["rs"])
    return out


def _speaker_region(s: str, places: list[dict], speaker: tuple[int, int]) -> list[dict]:
    """ "the (whole) region" after a regional official's name ("the head of the Chernihiv
    regional military administration said ..."), as a mention of that official's region."""
    lo, hi = speaker
    region = next((p for p in places if lo <= p["rs"] < hi and p["kind"] == "region"), None)
    if region is None:
        return []
    return [
        {"name": region["name"], "mention": m.group(0), "kind": "region", "rs": m.start()}
        for m in _THE_REGION.finditer(s, hi)
    ]


# a place (a short list) then "last November", "last year": a past event
_LAST_TIME_AFTER = compile_fast(
    r"[^.;]{0,50}?\blast\s+(?:year|spring|summer|autumn|fall|winter|month|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b"
)
_ONCE_BEFORE = compile_lower(r"\b(?:once|formerly|previously|briefly)\s+$")
# words before "occupied X region" that make it a location, no claim ("in", "through")
_ROUTE_WORDS = (" in ", " through ", " across ", " via ", " into ")


# a sentence opening on where it is set: "In ", "[Digest note] In "
_IN_OPENER = compile_fast(r"^\s*(?:\[[^\]\n]{0,40}\]\s*)?(?:in|at)\s+$")


# the speaker's own administration, as the subject right before a verb of holding
_OWN_ADMINISTRATION = compile_fast(
    r"\b(?:the|our|his|her|its|their)\s+(?:(?:regional|military|civil-military|city|"
    r"occupation)\s+)?administration\s+(?:now\s+|already\s+|still\s+)?$",
    re.I,
)


def _control_claim(
    m: re.Match,
    kind: str,
    s: str,
    a: int,
    clause: str,
    cl: str,
    cpl: list[dict],
    side: str | None,
    focus: dict | None,
    prev_clause: str,
    bits: int,
) -> list[dict] | None:
    """Rows of one control cue ``m`` (of ``kind``) in the clause starting at ``a`` in ``s``;
    ``cl`` is the clause lower-cased, ``cpl`` its places, ``bits`` its gate bits. ``None`` when
    the cue claims nothing: negated, a question, people held, no place or no side."""
    start, end = m.span()
    rel_voice = False  # a relative clause's own speaker claims it
    rel_lo = None  # where a relative clause about the place before it begins
    pre_low = cl[max(0, start - 60) : start]
    if "not " in pre_low and _NOT_CLAIMED_BEFORE.search(pre_low) is not None:
        return None  # "He did not claim that Russian forces had entered the city": no claim
    if "too early" in pre_low or "premature" in pre_low:
        return None  # "it is too early to say the Kharkiv region is liberated": no claim yet
    # "Ukrainian forces have not withdrawn from X": they are still there (read as the withdrawal
    # with its result turned back)
    stayed = kind == "withdraw" and _NOT_LEFT_BEFORE.search(pre_low) is not None
    # "Russian troops have not entered X", "the enemy has not captured X", said by a side: that
    # side's claim that it still holds X (read as a denial of the taker's claim, below)
    # ... and, from an observer or the narrator, "Russian forces had not entered X", "failed to
    # take the city", "were unable to capture X": the other side of the named force holds it
    not_taken = (
        kind in ("cue", "take")
        and cl.startswith(_TAKEN_CUES, start)
        and (
            _NOT_LEFT_BEFORE.search(pre_low) is not None
            or ("fail" in pre_low or "able to" in pre_low or "could" in pre_low)
            and _FAILED_TO_BEFORE.search(pre_low) is not None
        )
    ) or (
        # "the Russians do not even control the city of Zaporizhzhia": the other side holds it
        # (not "do not fully control": a part held)
        kind == "cue"
        and cl.startswith(_NOT_HELD_CUES, start)
        and _DO_NOT_BEFORE.search(pre_low) is not None
    )
    # "X is no longer under Ukrainian control", "no longer in Russian hands": the other side's
    no_longer = kind in ("under", "hands") and _NO_LONGER_BEFORE.search(pre_low) is not None
    # ... and "Soledar is not under Russian control", "Bakhmut is not occupied by the Russian
    # Federation": the speaker says the other side (its own, as a rule) still holds it
    no_longer = no_longer or (
        (
            kind in ("under", "hands")
            or kind == "cue"
            and cl.startswith("occupied", start)
            and _BY_AFTER.match(clause, end) is not None
        )
        and "not" in pre_low
        and _IS_NOT_BEFORE.search(pre_low) is not None
    )
    # 'X "still has not fallen"': read as the fall denied (see _object_claim), not dropped
    fall_denied = kind == "fallen" and _FALLEN_NOT_END.search(pre_low) is not None
    if (
        not stayed
        and not not_taken
        and not no_longer
        and not fall_denied
        and _NEG_GATE(pre_low)
        and _NEG_BEFORE.search(pre_low)
    ) or (
        # "prisoners held in Olenivka" are people held; "defenders still held the
        # industrial zone" is ground held: a direct object says which
        kind not in ("take", "flag", "withdraw", "withdrawal", "expel", "handback", "lost")
        # troops dig in, are present: they hold
        and not cl.startswith(
            ("dug", "dig", "entrench", "present", "made", "mak", "consolidat"), start
        )
        and _PEOPLE_GATE(pre_low)
        and _PEOPLE_BEFORE.search(pre_low)
        and not _OBJECT_AFTER.match(clause, end)
        # ... or the place before a relative clause: "X, which its troops had liberated"
        and _relative_antecedent(cl, a, start, cpl) is None
    ):
        return None
    if (
        kind in ("cue", "under", "hands")
        and cl.endswith(("control", "hands"), start, end)
        and _MOVED_GATE(cl[max(0, start - 80) : end])
        and _MOVED_PEOPLE.search(cl, max(0, start - 80), end)
    ):
        return None  # "the evacuees were handed over to Ukrainian control": people, not ground
    if (
        kind in ("under", "hands")
        and _PEOPLE_REL_GATE(cl[:start])
        and _PEOPLE_REL_SUBJECT.search(cl, 0, start)
    ):
        return None  # "civilians who sheltered in the plant are now in Russian hands": people
    if (
        kind == "cue"
        and cl.startswith(("captur", "seiz", "held", "hold", "free"), start)
        and _PEOPLE_AFTER.match(clause, end)
    ):
        # "30 captured Ukrainian marines were taken to Olenivka", "accused them of holding
        # residents as a human shield": people
        return None
    if (
        kind == "cue"
        and cl.startswith(("captur", "seiz"), start)
        and _THING_AFTER.match(clause, end)
    ):
        return None  # "seized a humanitarian convoy on its way to X": a thing, not ground
    if kind == "cue" and cl.startswith("control", start) and _UNDER_BEFORE.search(pre_low):
        return None  # "under Russian control": the "under" rule reads it (or rejects it)
    if kind == "under" and (
        _NOT_GROUND_BEFORE.search(pre_low) or (m.group("adj") or "").lower() == "fire"
    ):
        return None  # "the situation was under control", "under fire control"
    if (
        ("since" in pre_low or "when" in pre_low or "after" in pre_low)
        and kind not in ("adjective", "remains")
        and _BACKGROUND_BEFORE.search(pre_low)
    ):
        return None  # "Since Russian troops pulled back from Kyiv, ...": told as background
    if (
        kind in ("cue", "under")
        and ("last" in pre_low or "main" in pre_low or "only" in pre_low or "remaining" in pre_low)
        and _BACKGROUND_LIST_BEFORE.search(pre_low)
    ):
        return None  # "..., the main cities still held by Ukraine in the region": a description
    if ("if" in pre_low or "whether" in pre_low) and _QUESTION_BEFORE.search(pre_low):
        return None  # "asked whether Bakhmut was still in Ukrainian hands"
    if (
        side is None
        and kind in ("take", "withdraw")
        and "last " in cl
        and _LAST_TIME_AFTER.match(clause, end)
    ):
        # "Russian forces pulled out of Kherson city last November", told by no one: the
        # report's background, not a claim of its day
        return None
    if "who " in pre_low and _WHO_QUESTION_BEFORE.search(pre_low):
        return None  # "He did not say who currently held the villages": a question left open
    if kind == "take" and ("before" in s or " but " in s or " been " in s):
        # (the sentence past the clause: "but" starts a clause of its own)
        if _REVERSED_AFTER.match(lower(s[a + end : a + end + 90])):
            return None  # "entered Kupiansk before being driven out": not held
    if (
        kind == "withdraw"
        and cl.startswith(("withdraw ", "pull ", "leave ", "retreat "), start)
        and _DEMAND_BEFORE.search(pre_low)
    ):
        return None  # "the Kremlin demanded that Ukraine withdraw its troops from X": a demand
    if (
        kind in ("cue", "take", "withdrawal", "expel", "lost", "withdraw")
        and pre_low.endswith("to ")
        and not _DONE_TO.search(pre_low)
        and not not_taken
    ):
        return None  # "a Ukrainian push to retake the area": an aim, not a claim
    # "denied that Russian forces controlled all of it": no claim of the verb's own; but "Kyiv
    # denied that Russian forces had taken X" is the denier's claim that X is still its own
    denied_that = not_taken or (
        ("deni" in pre_low or "deny" in pre_low or "reject" in pre_low)
        and _DENIED_THAT.search(pre_low) is not None
    )
    if denied_that and (kind not in ("cue", "take") or side not in _OPPOSITE and not not_taken):
        return None
    if kind == "take" and not not_taken and _BARE_TAKE.match(cl, start) is not None:
        return None  # "will capture X", "vowed they would seize X": no ground taken yet
    if (
        ("untrue" in cl or "false" in cl or "fake" in cl or "not true" in cl or "baseless" in cl)
        and _DISMISSED_BEFORE.search(cl, 0, start)
        and _UNTRUE_AFTER.match(cl, end)
    ):
        return None  # "reports that Russian troops had captured X were untrue": dismissed
    if ("evidence" in cl or "confirmation" in cl) and _NO_EVIDENCE.search(cl, 0, start):
        return None  # "ISW has not observed evidence that Russian forces control the town"
    if (
        kind == "take"
        and cl.startswith(_ADVANCE_VERBS, start)
        and ("evidence" in s or "confirmation" in s)
        and _NO_EVIDENCE.search(lower(s[a + end :]))
    ):
        # "have advanced into central X, but ISW has not observed evidence confirming that they
        # control it": an advance the analyst will not call control
        return None
    if kind == "taken":
        return _taken_claim(m, s, a, clause, cpl, side, focus)
    if kind in ("withdrawal", "expel", "remains", "lost", "handback", "fallen") or m.re is _FLAG_UP:
        return _object_claim(m, kind, s, a, clause, cpl, side, bits, pre_low, focus)
    cue = m.group(0).strip().lower()
    if (
        kind == "cue"
        and cue.startswith(("held", "control", "occup"))
        and _ONCE_BEFORE.search(pre_low)
    ):
        return None  # "the territory Ukraine once held in the region": who held it before
    if kind == "cue" and cue.startswith("hold") and cl.startswith((" back", " off"), end):
        return None  # "units were holding back assaults near X": repelling, no ground held
    if (
        kind == "cue"
        and _GROUND_HELD_BEFORE.search(pre_low) is not None
        and _NO_OBJECT_AFTER.match(cl, end) is not None
        # (not a passive with the town as its subject: "the town of X remains occupied")
        and _PASSIVE_BE.search(clause, max(0, start - 60), start) is None
    ):
        # "pushed 50 km into ground Russia held and encircled Balakliia": what was held is the
        # ground before the verb, not the place of the next clause
        return None
    if kind == "take" and cue.startswith("claimed") and _CLAIMED_AS.match(cl, end):
        # "Moscow claimed the whole of the Zaporozhye region as Russian territory": a claim in
        # law, not ground held
        return None
    if (
        kind == "cue"
        and cue.startswith(("defended", "protected", "guarded", "patrolled"))
        and not any(
            _GUARDED_GAP.fullmatch(s, _mention_end(p), a + start)
            and not _PREP_BEFORE.search(s, max(0, p["rs"] - 30), p["rs"])
            for p in cpl
        )
    ):
        return None  # "the bridge to Kherson was guarded by ...": the place is not the subject
    if kind == "cue" and cue == "present" and _BE_PRESENT.search(pre_low) is None:
        return None  # "the present situation in X", "present at the talks in Y": no troops there
    if (
        kind == "cue"
        and cue.startswith(("hold", "held"))
        and ("hostage" in cl or "captive" in cl or "prisoner" in cl)
        and _HELD_PEOPLE_AS.match(cl, end)
    ):
        # "were holding the plant's staff hostage", "held dozens of residents captive": people
        return None
    if kind == "cue" and cue.startswith(("hold", "held")) and _HELD_EVENT.match(cl, end):
        # "Russian forces held their fire so that civilians could leave X", "held talks in
        # Istanbul", "held a referendum in Kherson": a thing held, not ground
        return None
    if kind == "cue" and pre_low.endswith("-") and _SIDE_HYPHEN.search(pre_low):
        return None  # "Russian-occupied", "Kyiv-held": the side adjective's rule reads it
    if cue.startswith("clear") and _DEMINING.search(clause, end, end + 80):
        return None  # "sappers cleared Irpin of mines": no ground taken
    if cue == "occupied" and _TITLE_OF.search(pre_low) is not None:
        # "the Russian-installed head of occupied Donetsk", "officials appointed by Russia in
        # the occupied part of the region": a title, no claim
        return None
    if cue == "occupied" and a == 0 and start <= 60 and _IN_OPENER.match(pre_low):
        # "In occupied Melitopol, the Russian-installed mayor said ...": the narrator's scene
        # before the speaker speaks, no claim of the speaker's
        return None
    if cue == "occupied" and _ADJ_BEFORE.search(pre_low):
        # "officials said shelling hit occupied Melitopol": the speaker calls the town held by
        # the other side (a title, "the exiled mayor of occupied Melitopol", is left out above)
        pos = a + _skip_space(clause, end)
        # ... "the occupied port of Berdiansk": the town the noun names
        port = _TOWN_NOUN_OF.match(clause, pos - a)
        if port is not None:
            pos = a + port.end()
        seed = next((p for p in cpl if p["rs"] == pos), None)
        # ... a town, not "occupied Kharkiv Oblast" (the occupied part of it)
        if seed is not None and seed["kind"] in ("settlement", "facility"):
            held = "UA" if side == "RU" else "RU"
            row = {"place": seed["name"], "controller_side": held, "share": None}
            return [{**row, "claimed_by_side": side, "clause_speaker": True}]
        if seed is not None and seed["kind"] == "region" and pre_low.endswith(_ROUTE_WORDS):
            # "a building in Makiivka, in occupied Donetsk region", "the corridor through
            # occupied Kherson and Zaporizhzhia oblasts": where, no claim
            return None
    after = [p for p in cpl if p["rs"] >= a + end]
    before = [p for p in cpl if p["rs"] < a + start]
    passive = (
        kind in ("under", "fell", "hands")
        or m.re is _CLEARED_OF
        or kind != "adjective"
        and _BY_AFTER.match(clause, end) is not None
        or (
            kind == "cue"
            and cue.endswith(("ed", "held", "taken", "overrun"))
            and (not _plain_case(pre_low) or _PASSIVE_GATE(pre_low))
            and _PASSIVE_BE.search(clause[max(0, start - 60) : start]) is not None
        )
        # "Staryi Saltiv, retaken last week, ...": a participle set off after the place
        or (
            kind == "cue"
            # (a gain back only: "Kupiansk, captured in February," may be either side's)
            and cue.startswith(("retak", "recaptur", "liberat", "freed", "de-occup", "deoccup"))
            and cue.endswith(("ed", "taken"))
            and any(_APPOS_PARTICIPLE_GAP.fullmatch(s, _mention_end(p), a + start) for p in before)
            # (not a verb of a series, with its object: "advanced in Kharkov region, liberated
            # the settlement of Lukyantsy and ...")
            and _VERB_OBJECT_AFTER.match(clause, end) is None
        )
        # "Kherson is an occupied Ukrainian city": the attribute of the town said to be
        or (
            kind == "cue"
            and cue.startswith("occupied")
            and _AN_OCCUPIED_BEFORE.search(clause, max(0, start - 40), start) is not None
        )
        # "X is the last part of Mykolaiv oblast still occupied": X is what is held
        or (
            kind == "cue"
            and ("last" in pre_low or "only" in pre_low)
            and cue.endswith(("ed", "held"))
            and any(_LAST_PART_GAP.match(s, _mention_end(p), a + start) for p in before)
        )
    )
    if (
        passive
        and kind == "cue"
        and cue == "held"
        and before
        and _HELD_THINGS.search(cl, 0, max(0, before[0]["rs"] - a)) is not None
    ):
        # "buses sent to collect people from Berdiansk and Tokmak had been held by Russian
        # troops at the checkpoint": the buses are held, not the towns named on the way
        return None
    generic = bits & _GENERIC_BIT
    city_subject = False
    subject_site = None  # a plant or airfield named before a passive cue
    if passive and _HISTORY_APPOS.match(clause, end):
        return None  # "X, the town held by Ukraine since August, was once again ours": the past
    if (
        passive
        and kind == "cue"
        and _PAST_RELATIVE_BEFORE.search(pre_low) is not None
        and _PAST_TIME_AFTER.match(clause, end) is not None
        and (cpl and cpl[0]["rs"] < a + start)
        and _NEWS_VERB_BEFORE.search(clause, 0, start) is not None
    ):
        # "Ukrainian forces have returned to Sviatohirsk, the town that was occupied by Russia
        # in early June": how the town came to be lost, told of a town the news is about
        return None
    if passive:
        seed = (_prefer_local(before)[-1:] or [None])[0]
        if before and before[-1]["kind"] == "region" and lower(before[-1]["mention"])[:4] == "the ":
            # "... toward Kryvyi Rih were closed and the whole region was under their control":
            # the subject is "the region" (see _with_region_anaphor), not the town before it
            seed = before[-1]
        if seed is not None and ("last" in cl or "only" in cl):
            # "the Kinburn Spit is the last part of Mykolaiv oblast still occupied": the part
            # the sentence names first, not the region it is the last part of
            seed = next(
                (p for p in before if _LAST_PART_GAP.match(s, _mention_end(p), a + start)), seed
            )
        if seed is not None and "," in clause:
            seed = _located_host(seed, before, s)
        if seed is not None and _located_list(seed, before, s):
            return None  # "only a strip around A, B and C remains in Ukrainian hands": the strip
        if seed is not None and _locates_unknown(s, seed, before):
            return None  # "Rivnopil, southwest of Velyka Novosilka, had been retaken"
        # "the city had been liberated and the troops were trapped inside Azovstal":
        # the subject is the report's city, not the next place named
        city_subject = (
            seed is None
            and focus is not None
            and (
                bits & _CITY_BIT
                and _CITY_WORD_RX.search(clause, 0, start) is not None
                # "officials say it remains under Ukrainian control"
                or kind == "under"
                and _IT_SUBJECT_END.search(clause, 0, start) is not None
            )
        )
        if seed is None and not city_subject and generic:
            # "the Kulbakino airfield was back under Ukrainian control"
            subject_site = next(
                iter(reversed(list(_GENERIC_PLACE_RX.finditer(clause, 0, start)))), None
            )
        if seed is None and not city_subject and subject_site is None and after:
            # "Under Russian control since March is Kherson", not a place further on ("... and
            # Russian units had fallen back towards Kherson")
            gap = clause[end : after[0]["rs"] - a]
            seed = after[0] if len(gap) <= 30 and " and " not in gap else None
    else:
        rel = _relative_antecedent(cl, a, start, before) if kind in ("cue", "take") else None
        if len(after) > 1 and _NAMER_AFTER.match(s, _mention_end(after[0])):
            after = after[1:]  # "Dzerzhinsk, the name Moscow still uses for Toretsk": Toretsk
        seed = rel or (after[:1] or _prefer_local(before)[-1:] or [None])[0]
        if (
            seed is not None
            and seed in after
            and _ROUTE_VIA_BEFORE.search(s, max(0, seed["rs"] - 40), seed["rs"]) is not None
        ):
            # "troops still held the northern districts and supply routes via Rodynske": a
            # road through the place, not the place
            return None
        if (
            rel is None
            and kind in ("cue", "take")
            and seed is not None
            and seed in after
            and seed["rs"] > a + end + 1
            and _UNKNOWN_THEN_REGION.match(clause, end, seed["rs"] - a + 1)
            and not any(a + end < p["rs"] < seed["rs"] for p in cpl)
            and not any(p["rs"] == a + _skip_space(clause, end) for p in cpl)
        ):
            # "liberated Rivnopil, in western Donetsk Oblast" (a name the gazetteer lacks):
            # the region after it only locates it
            return None
        at_where = False  # the place is the one before "where"
        where = (
            _WHERE_BEFORE.search(cl, max(0, start - 90), start)
            if kind == "cue" and "where" in cl[max(0, start - 90) : start] and not after
            else None
        )
        if where is not None:
            # "the steelworks where the last defenders were still holding out": the place
            # before "where" (a site, or a town located by the next: "Avdiivka, a few miles
            # north of Donetsk, where ...")
            w = where.start()
            ante = next((p for p in before if _mention_end(p) - a in (w, w - 1)), None)
            site = None
            if ante is None and generic:
                site = next(
                    (
                        g
                        for g in _GENERIC_PLACE_RX.finditer(clause, max(0, w - 60), w)
                        if g.end() >= w - 1
                    ),
                    None,
                )
            if ante is not None:
                seed = _located_host(ante, before, s) or ante
                at_where = True
            elif site is not None:
                seed, subject_site, passive = None, site, True
        if rel is not None:
            rel_lo = cl.find("which", _mention_end(rel) - a)
            # "..., which the Russian MoD said its troops had taken": the relative's own speaker
            # ("Marinka, which Russia claimed in December": the claimer's own claim)
            said = _REPORT_VERB.search(clause, rel_lo, end)
            rel_side = attr.side_of_phrase(clause[rel_lo : said.start()]) if said else None
            if rel_side is not None:
                side, rel_voice = rel_side, True
        elif seed is not None and seed in before:
            if _is_foothold_cue(kind, cue):
                return None  # "gained a foothold on the left bank": not the place named before
            if kind == "cue" and _UNNAMED_GROUND_OBJECT.match(clause, end):
                # "the defenders of X who had freed a strategically important piece of
                # territory": the unnamed ground, not the place named before
                return None
            if kind == "cue" and _UNKNOWN_OBJECT.match(clause, end):
                # "had held positions in Kozinka" (a name the gazetteer lacks): not about the
                # place named before ("... in the Graivoron district")
                return None
            seed = _located_host(seed, before, s)
        if bits & _CITY_BIT and rel is None and not at_where:
            # ("the left bank, where Russian troops dug in after withdrawing from the city":
            # the bank; the city is the later verb's)
            # "pushed Russian forces back in Sievierodonetsk and now hold half of the city, ...
            # news for Kyiv": the object is the city named before, or the report's city
            limit = after[0]["rs"] - a if after else len(clause)
            cw = _CITY_WORD_RX.search(clause, end, min(limit, end + 40))
            if cw is not None:
                towns = _not_locators(s, [p for p in before if p["kind"] == "settlement"])
                seed = towns[-1] if towns else None
                city_subject = seed is None and focus is not None
    if (
        not passive
        and rel is None
        and seed is not None
        and seed in after
        and "which" in pre_low
        and "," in clause[end : seed["rs"] - a]
        and _WHICH_OPEN_BEFORE.search(pre_low) is not None
    ):
        # "Russian units in Lyman, which Ukraine says it liberated on 1 October, fell back
        # towards Kreminna": the relative clause is about what stands before it, not a place
        # past its closing comma
        return None
    if (
        not passive
        and seed is not None
        and seed in after
        and seed["kind"] == "region"
        and ":" in clause[seed["rs"] - a :]
        and _COUNTED_IN.search(clause, end, seed["rs"] - a) is not None
    ):
        # "took three villages in Donetsk region: A, B and C": the region locates the list
        colon = clause.index(":", seed["rs"] - a)
        listed = [p for p in after if p["rs"] - a > colon]
        seed = listed[0] if listed else None
        if seed is None:
            return None
    if (
        not passive
        and seed is not None
        and seed in after
        and _NEAR_REFERENCE.search(clause, end, seed["rs"] - a) is not None
        # ... but "still held positions near Bilohorivka" holds ground at the place
        and not (
            cl.startswith(("hold", "held", "maintain"), start)
            and _POSITIONS_AT.match(clause, end, seed["rs"] - a) is not None
        )
    ):
        return None  # "retook two villages south of Bakhmut": Bakhmut only locates them
    if (
        not passive
        and seed is not None
        and seed in after
        and " of" in clause[end : seed["rs"] - a]
        and _DIRECTION_OF_BEFORE.search(clause, end, seed["rs"] - a) is not None
    ):
        # "holding the line south of Orikhiv", "dug in west of Kreminna", "hold the front
        # north-east of X": the place only says where the held ground lies
        return None
    if (
        not passive
        and kind in ("cue", "take")
        and seed is not None
        and seed in after
        and seed["kind"] == "region"
        and (
            _UNNAMED_GROUND_IN.fullmatch(clause, end, seed["rs"] - a) is not None
            or _UNNAMED_AND_ONE_IN.fullmatch(clause, end, seed["rs"] - a) is not None
        )
    ):
        return None  # "freeing a settlement in the Donetsk region": the region locates it
    obj = (
        None
        if passive or not generic
        else _GENERIC_PLACE_RX.match(clause, _skip_space(clause, end))
    )
    if obj is None and generic and not passive and kind == "cue":
        # "with Ukrainian forces holding only positions around the power plant"
        pos = _POSITIONS_AROUND.match(clause, end)
        obj = (
            _GENERIC_PLACE_RX.search(clause, pos.end(), pos.end() + 40) if pos is not None else None
        )
        if obj is not None and not _LOWER_GAP.fullmatch(clause, pos.end(), obj.start()):
            obj = None  # ("positions around the power plant": "power" no name of its own)
    if passive and seed is None and not city_subject and subject_site is not None:
        names = [subject_site.group("g")]
    elif obj is not None:
        # "occupied the plant, on the bank of the Kakhovka reservoir": the object is the place
        seed, names = None, [obj.group("g")]
        # ... and the places listed after it: "kept control of the station and of Enerhodar"
        nxt = next((p for p in after if p["rs"] >= a + obj.end()), None)
        if nxt is not None and _SITE_AND_GAP.fullmatch(s, a + obj.end(), nxt["rs"]) is not None:
            names += _place_list(nxt, cpl, s)
    elif seed is not None:
        # a lone place is a list of one
        names = _place_list(seed, cpl, s)
    elif city_subject:
        names = [focus["name"]]
    else:
        gm = _GENERIC_PLACE_RX.search(clause, start) if generic else None
        if gm is not None and _EXCEPT_BEFORE.search(clause, max(0, gm.start() - 20), gm.start()):
            gm = None  # "all of the city apart from the Azot chemical plant"
        if gm is not None:
            names = [gm.group("g")]
        elif (
            focus is not None
            and bits & _CITY_BIT
            and _CITY_WORD_RX.search(clause) is not None
            # "holding Robotyne and attacking the village": the object is a name the
            # gazetteer lacks, not the report's town
            and (kind not in ("cue", "take") or not _NAME_AFTER.match(clause, end))
            # ... or a subject the gazetteer lacks: "Zarichne was in their hands"
            and not (passive and _NAME_BEFORE.search(clause, max(0, start - 60), start))
        ):
            names = [focus["name"]]
        else:
            return None
    if _is_foothold_cue(kind, cue) and not (
        # ("troops are consolidating in X": no held noun, the place itself)
        cue.startswith("consolidat")
        and clause.startswith((" in ", " on ", " at ", " inside "), end)
    ):
        # "gained a foothold in X": X right after the held noun, not "a foothold in a tree line
        # north-west of the village"
        target = seed["rs"] - a if seed is not None and seed in after else None
        if target is None:
            cw = _CITY_WORD_RX.search(clause, end)
            target = cw.start() if cw is not None else None
        if target is None or not _FOOTHOLD_OBJ.match(clause, end, target):
            return None
    if kind == "under":
        adj = m.group("adj") or ""
        controller = attr.side_of_phrase(adj) or attr.side_of_phrase(m.group("of") or "")
        if controller is None and m.group("of"):
            controller = _agent_side(m.group("of"), side)
        if controller is None and adj.lower() in _POSSESSIVES:
            controller = _possessor_side(adj, s[max(0, a + start - 200) : a + start], side)
        if controller is None and adj.lower() in _MILITIA_WORDS and _separatist_context(s, side):
            controller = "RU"  # "both towns were under militia control", said in Luhansk
        if (
            controller is None
            and not adj
            and "control" in cue
            and side in _OPPOSITE
            and _share(clause[:start], cl[:start]) is not None
        ):
            # a share said under control, no holder named: "97% of its territory was now under
            # control", said by a side, is under its own
            controller = side
        if (
            controller is None
            and not adj
            and "control" in cue
            and side in _OPPOSITE
            and seed is not None
            and _BROUGHT_GAP.match(s, _mention_end(seed), a + start) is not None
            # (the place is the subject, not where it was: "the fire at a depot in X")
            and _WHERE_IN_BEFORE.search(s, max(0, seed["rs"] - 20), seed["rs"]) is None
        ):
            # "X had been brought under control", "was taken under control": agentless, a side's
            # own gain (as its passive seizures are)
            controller = side
        if (
            controller is None
            and not adj
            and not m.group("of")
            and "control" in cue
            and side in _OPPOSITE
            and (
                seed is not None
                and _REMAINS_UNDER_GAP.match(s, _mention_end(seed), a + start) is not None
                and _WHERE_IN_BEFORE.search(s, max(0, seed["rs"] - 20), seed["rs"]) is None
                # ... or "the city" it stands for: 'the city remained "firmly under control"'
                or city_subject
                and _city_remains_under(clause, start)
            )
        ):
            controller = side  # 'X remained "firmly under control"', said by a side: its own
        if (
            controller is None
            and "protection" in cue
            and adj.lower() in ("", "reliable", "full", "firm", "complete", "effective")
            and not m.group("of")
            and side in _OPPOSITE
        ):
            # '"The city of Kherson is under reliable protection," Saldo said': the speaker's own
            # forces protect it (the place itself right before the verb, checked below)
            controller = side
        if (
            controller is None
            and (not adj or adj.lower() == "temporary")
            and "occupation" in cue
            and side in _OPPOSITE
        ):
            # "the town is still under occupation", "... under temporary occupation": the enemy's
            controller = _OPPOSITE[side]
        if controller is None and adj.lower() in ("enemy", "occupation") and side in _OPPOSITE:
            controller = _OPPOSITE[side]  # "X has been under enemy control since 24 June"
        if "protection" in cue and (
            controller not in _OPPOSITE
            or (
                _PROTECTED_NOUN_GAP.search(clause, max(0, start - 60), start) is None
                if seed is None
                else not _PROTECTED_GAP.fullmatch(s, _mention_end(seed), a + start)
            )
        ):
            # "X was under the protection of Russian troops": the place itself right before
            # the verb ("the bridge from Crimea, which was under the protection ..." guards
            # the bridge, not Crimea; "placed under the protection of the IAEA" is no side)
            return None
    elif kind == "fell":
        controller = _agent_side(m.group("np"), side)
    elif kind == "cleared":
        occ = m.groupdict().get("occ")
        foe = m.groupdict().get("foe")
        if foe:
            # the speaker's side clears its foes; told by no side, "nationalists" and
            # "neo-Nazis" are Moscow's words for Ukraine's forces
            nazi = "nationalist" in foe.lower() or "nazi" in foe.lower()
            controller = side if side in _OPPOSITE else ("RU" if nazi else None)
        elif occ:
            # "freed from the invaders": the occupiers are Russia's, the enemy the speaker's
            controller = side if occ.lower() == "enemy" else "UA"
        else:
            controller = _OPPOSITE.get(attr.side_of_phrase(m.group("adj")) or "")
    elif kind == "nominal" and m.group("loss"):
        # the loss owned by the side that lost it: the other side holds the place
        if (
            seed is None
            or seed["rs"] != a + end
            or _LOSS_OWNED_BEFORE.search(pre_low) is None
            or side not in _OPPOSITE
        ):
            return None  # "fears of the loss of Pokrovsk", "after the loss of X": no owning
        controller = _OPPOSITE[side]
    elif kind == "nominal":
        # the places the noun governs, its agent ("by Russian forces") or else the speaker's side
        done_after = (
            seed is not None
            and ("complete" in cl or "over" in cl)
            and _COMPLETED_AFTER.match(clause, _mention_end(seed) - a) is not None
        )
        # "Russia's capture of Popasna was a setback": the possessor's done capture
        poss_done = (
            seed is not None
            and _POSS_CAPTURE_BEFORE.search(pre_low) is not None
            and _AIM_BEFORE.search(pre_low, 0, _POSS_CAPTURE_BEFORE.search(pre_low).start()) is None
            and _DONE_PRED_AFTER.match(clause, _mention_end(seed) - a) is not None
        )
        if (
            seed is None
            or seed["rs"] != a + end
            or not (_CLAIMED_BEFORE.search(pre_low) or done_after or poss_done)
        ):
            return None  # "concentrate on the liberation of Donbas": an aim
        if done_after:
            cue = "completed"  # "the liberation of Avdiivka had been completed": all of it
        controller = _passive_agent(clause[end:], side) or _agent_side(
            _window_before(clause, start), side
        )
        if controller is None and poss_done:
            # the possessor's own words (pre_low is lower-cased): "Russia's", "the Ukrainian"
            poss = _POSS_CAPTURE_BEFORE.search(pre_low)
            words = clause[start - len(pre_low) + poss.start() : start].split() if poss else []
            controller = attr.side_of_phrase(words[-1]) if words else None
            if controller is None and words:
                controller = attr.side_of_phrase(words[0])
        controller = controller or (side if side in ("RU", "UA") else None)
    elif kind == "adjective":
        # the place the adjective qualifies, and no other
        if seed is None or seed["rs"] != a + end:
            return None
        controller = attr.side_of_phrase(m.group("adj"))
        if "part" in cl[start:end]:
            # "Olenivka, a village in the Russian-controlled part of Donetsk region": the
            # village is held; the region only locates it (and is held in part)
            host = _HOSTED_IN.search(clause, max(0, start - 130), start)
            town = (
                next((p for p in before if _mention_end(p) == a + host.start()), None)
                if host
                else None
            )
            if town is not None and town["kind"] == "settlement":
                names = [town["name"]]
    elif kind == "hands" and m.group("np"):
        controller = _agent_side(m.group("np"), side)  # "in the hands of allied forces"
    elif kind in ("hands", "flag"):
        adj = (m.group("adj") or "").strip()
        if kind == "hands" and adj[-2:] in ("'s", "’s"):
            adj = adj[:-2]  # "the enemy's hands"
        elif kind == "hands" and adj[-1:] in ("'", "’"):
            adj = adj[:-1]  # "the separatists' hands"
        controller = attr.side_of_phrase(adj) if adj.lower() != "enemy" else None
        if controller is None and kind == "hands" and adj.lower() in _PEOPLE_OF_A_SIDE:
            controller = _agent_side(adj, side)  # "the occupiers' hands", "the Ukrainians'"
        if (
            controller is None
            and kind == "hands"
            and adj.lower() in ("militia", "separatists", "rebels")
            and _separatist_context(s, side)
        ):
            controller = "RU"  # "in the militia's hands", said in Luhansk
        if controller is None and kind == "hands" and adj.lower() in _POSSESSIVES:
            controller = _possessor_side(adj, s[max(0, a + start - 200) : a + start], side)
        if controller is None and adj.lower() == "enemy":
            controller = _OPPOSITE.get(side or "")
        if controller is None and kind == "flag":
            controller = _agent_side(_window_before(clause, start), side)
    else:
        if rel_lo is not None:
            # "X, which Russian troops took": the relative clause names the force, if any
            window = clause[rel_lo:start]
            forces = list(_agent_finditer(window))
        else:
            window, forces = _window_forces(clause, start)
            if passive and forces and seed is not None and a <= seed["rs"] < a + start:
                # "the Ukrainian side did not dispute that Starobilsk was occupied": a force
                # named before the passive's subject is no agent of its verb
                lo = max(0, start - 160)
                forces = [f for f in forces if a + lo + f.start() >= _mention_end(seed)]
            if passive and forces and _REPORT_GATE(lower(window)):
                # "Kyiv says the town was occupied", "the Kyiv regional governor said the
                # village had been seized": a force before the reporting verb is its speaker,
                # no agent of the passive verb after it
                said = [v.end() for v in _REPORT_VERB.finditer(lower(window))]
                if said:
                    forces = [f for f in forces if f.start() >= said[-1]]
        by_agent = _passive_agent(clause[end:], side)
        # "cities still held by Ukraine": the by-agent, not a force named earlier
        controller = by_agent if passive and kind == "cue" else None
        if controller is None and forces:
            # the second verb of "X pushed Y back and now hold ...": its subject is the first
            first = "and" in window and _AND_BEFORE.search(window) is not None
            controller = _force_side(forces[0 if first else -1], side)
        if controller is None and prev_clause and _THEY.search(window):
            # "Russian forces kept shelling ...; they captured X": the earlier subject
            controller = _agent_side(prev_clause, side, first=True)
        if controller is None:
            controller = by_agent
        if controller is None and "whose" in window and _WHOSE_FORCES.search(window):
            controller = side  # "Prigozhin, whose fighters hold most of X, wrote": his own
        if (
            controller is None
            and side in ("RU", "UA")
            and "administration" in window
            and cue.startswith(("control", "hold"))
            and _OWN_ADMINISTRATION.search(window) is not None
        ):
            # "(Balitsky said) the administration controls more than 70% of the region": the
            # speaker's own body holds it
            controller = side
        # "liberated X", "cleared X" with no force named: the speaker's side did it
        freed = "liberat" in cue or cue.startswith(("clear", "free", "de"))
        if controller is None and freed and side in ("RU", "UA"):
            controller = side
        if (
            controller is None
            and passive
            and cue.startswith(_SEIZED_CUES)
            and side in ("RU", "UA")
            and not rel_voice
        ):
            # "X and Y have been seized", "the town was captured" with no force named: a side
            # announces its own gains in the passive (the loser names the taker)
            controller = side
        if controller is None and passive and cue == "occupied" and side in ("RU", "UA"):
            controller = _OPPOSITE[side]  # "the whole community was occupied": the enemy
        if (
            controller is None
            and passive
            and cue == "occupied"
            and side is None
            and _NARRATOR_OCCUPIED_BLOCK.search(clause, 0, start) is None
        ):
            # a narrator's "X has been occupied since March": held by Russia, as the
            # attributive "occupied X" told by no side (above); not background ("since the
            # village was occupied") nor a side's view told ("did not dispute that X was")
            controller = "RU"
        if controller is None and cue == "occupied" and pre_low.endswith(" as "):
            # a map's or list's status: "DeepState marked Hirnyk and Tsukuryne as occupied"
            controller = "UA" if side == "RU" else "RU"
        if kind == "withdraw" and not stayed:
            controller = _OPPOSITE.get(controller or "")
        if cue == "control" and _TRANSFER_GATE(pre_low[-30:]):
            # "the troops handed over control of the plant to Ukrainian staff": the receiver
            hand = _TRANSFER_BEFORE.search(pre_low)
            to = _TO_SIDE.search(clause, end) if hand is not None else None
            if hand is not None:
                controller = attr.side_of_phrase(to.group("adj")) if to is not None else None
        if (
            not passive
            and kind == "cue"
            and cue.startswith(("held", "occupied"))
            and ("until" in cl or "before" in cl)
        ):
            # "Trostianets, which Russian troops held for a month until Ukrainian forces drove
            # them out": the later verb says who holds it now
            back = _RETOOK_IT.search(clause, end)
            if back is not None:
                controller = _agent_side(back.group("np"), side) or controller
        if passive and kind == "cue" and cue.startswith(_LOST_LATER_CUES):
            # "X was occupied by Russian troops early on and retaken by Ukraine in September":
            # the later verb says who holds it now
            back = _RETAKEN_LATER.search(clause, end)
            if back is not None:
                by = _passive_agent(clause[back.end() :], side)
                controller = by or _OPPOSITE.get(controller or "")
            elif "before" in cl or "until" in cl:
                # "X was occupied for a month before Ukrainian troops retook it": the retaker
                back = _RETOOK_IT.search(clause, end)
                if back is not None:
                    controller = _agent_side(back.group("np"), side) or controller
    if controller is None and rel_voice and kind in ("cue", "take"):
        controller = side  # "X, which the Russian MoD claimed to have captured": its own side
    if denied_that and side not in _OPPOSITE:
        # (an observer's: "the Pentagon said Russian forces had not entered X"; with no side
        # known, whose the denial is is unclear: a post's author may go on unnamed)
        holder = _OPPOSITE.get(controller or "")
        if holder is None and not_taken and _no_subject(prev_clause, cl):
            # "Russian troops had blocked X but had failed to enter the town": the subject of
            # the clause before
            holder = _OPPOSITE.get(_agent_side(prev_clause[-120:], side, first=True) or "")
        if holder is None or side is None or not _denied_cue(cue, not_taken):
            return None
        return [
            {"place": n, "controller_side": holder, "share": None, "claimed_by_side": side}
            for n in dict.fromkeys(names)
        ]
    if denied_that and controller is None and not_taken and _no_subject(prev_clause, cl):
        controller = _agent_side(prev_clause[-120:], side, first=True)
    if denied_that:
        if controller != _OPPOSITE[side] or not _denied_cue(cue, not_taken):
            return None
        return [  # the enemy's capture denied: the denier says it still holds the place
            {"place": n, "controller_side": side, "share": None, "claimed_by_side": side}
            for n in dict.fromkeys(names)
        ]
    if controller is None:
        return None
    if no_longer:
        controller = _OPPOSITE.get(controller)
        if controller is None:
            return None
    lo = max(0, start - 25)
    hi = (seed["rs"] - a) if seed is not None and seed in after else len(clause)
    share = _share(clause[lo:hi], cl[lo:hi])
    if share is None and passive and kind in ("under", "cue"):
        # the share is the subject: "97% of the territory of the region was under control"
        sm = _SHARE_SUBJECT.search(clause, max(0, start - 80), start)
        share = _share(sm.group(0), lower(sm.group(0))) if sm is not None else None
    if share is None and (
        cue.startswith("complet")
        or m.re is _NO_TROOPS
        and m.group("any") is not None
        # "taken the regional centre under full control", "is fully under the control of"
        or kind == "under"
        and "control" in cue
        and (
            _FULL_CONTROL.match(cl, start) is not None
            or cl.endswith(("fully ", "completely ", "entirely "), 0, start)
        )
        # "had taken the regional centre of Kherson under full control"
        or cue.startswith(("took", "tak"))
        and _FULL_CONTROL.search(cl, end, end + 80) is not None
    ):
        share = 1.0  # "completed the liberation of Soledar", "no Russian troops anywhere in X"
    if share is None and passive and seed is not None and seed["rs"] - a < start:
        # the whole is the subject: "the whole of Kyiv oblast is again under Ukrainian control",
        # "the entire territory of the region was under the control of ..."
        rs = seed["rs"] - a
        if _WHOLE_BEFORE.search(clause, max(0, rs - 40), rs) is not None:
            share = 1.0
    exc = (
        _EXCEPT_AFTER.search(clause, end)
        if controller in _OPPOSITE and ("except" in cl or "apart from" in cl or "save for" in cl)
        else None
    )
    left = next((p for p in cpl if p["rs"] == a + exc.end()), None) if exc else None
    if left is not None and seed is left:
        return None  # "took all of the region except X": X is the part not taken
    own = _own_shares(names, seed, cpl, s, share) if len(names) > 1 and seed is not None else {}
    rows = [
        {
            "place": n,
            "controller_side": controller,
            "share": own[n] if n in own else share,
            "claimed_by_side": side,
        }
        for n in dict.fromkeys(names)
    ]
    if left is not None and left["name"] not in names:
        # "Mykolaiv oblast was almost completely liberated, except for the Kinburn Spit": the
        # part excepted is still the other side's
        rows.append(
            {
                **rows[0],
                "place": left["name"],
                "controller_side": _OPPOSITE[controller],
                "share": None,
            }
        )
    for r in rows if rel_voice else ():
        r["clause_speaker"] = True
    return rows


def _taken_claim(
    m: re.Match,
    s: str,
    a: int,
    clause: str,
    cpl: list[dict],
    side: str | None,
    focus: dict | None,
) -> list[dict] | None:
    """Rows of a bare passive "taken" (``m``, in the clause at ``a``): the place just before
    it ("Soledar has been taken"), or the report's town for "the town had been taken", held by
    the by-agent or else, said by a side, by that side (its own gain)."""
    start, end = m.span()
    seed = next((p for p in cpl if _TAKEN_GAP.fullmatch(s, _mention_end(p), a + start)), None)
    town = (
        _TOWN_WORD_END.search(clause, max(0, start - 30), start)
        if seed is None and focus is not None
        else None
    )
    if seed is None and town is None:
        return None
    subject = seed["rs"] if seed is not None else a + town.start()
    pre = lower(s[max(0, subject - 60) : subject])
    named_as = _NAMED_AS_END.search(pre)
    if named_as is not None:
        pre = pre[: named_as.start()]  # "did not say the village of X had been taken"
    if (
        (_NEG_GATE(pre) and _NEG_BEFORE.search(pre))
        or _QUESTION_BEFORE.search(pre)
        or _TAKEN_PEOPLE_BEFORE.search(pre)
        or (seed is not None and _LOCATING_BEFORE.search(pre))
    ):
        # "did not say the village had been taken", "whether X had been taken", "residents of
        # X had been taken to Russia", "the district north of X has been taken": no claim of X
        return None
    if (
        seed is not None
        and "cleared" in lower(m.group(0))
        and _PREP_BEFORE.search(s, max(0, subject - 30), subject) is not None
    ):
        return None  # "the road to Kharkiv had been cleared": the road, not the town
    names = _place_list(seed, cpl, s) if seed is not None else [focus["name"]]
    agent = _passive_agent(clause[end:], side)
    if m.group("neg"):
        # "Toretsk had not been taken", said by a side (or "... not been taken by Russian
        # forces"): the enemy's capture denied, the speaker's own side still holds it
        holder = side
        if holder is None and seed is not None and "never" in lower(m.group("neg")):
            # "Sumy city was never captured", in the narrator's words: its own country's
            holder = seed.get("country")
        if holder not in _OPPOSITE or agent not in (None, _OPPOSITE[holder]):
            return None
        row = {"controller_side": holder, "share": None, "claimed_by_side": side}
        return [{"place": n, **row} for n in dict.fromkeys(names)]
    taker = agent or side
    if taker not in _OPPOSITE:
        return None
    # the share is the subject: "some 93% of the region has been taken"
    sm = _SHARE_SUBJECT.search(s, max(0, subject - 40), subject) if seed is not None else None
    share = _share(sm.group(0), lower(sm.group(0))) if sm is not None else None
    if share is None and "half" in lower(m.group(0)):
        share = 0.5  # 'Voevodovka was "half taken"'
    return [
        {"place": n, "controller_side": taker, "share": share, "claimed_by_side": side}
        for n in dict.fromkeys(names)
    ]


def _located_list(seed: dict, before: list[dict], s: str) -> bool:
    """Do ``seed`` and the places listed before it only locate unnamed ground ("a strip around
    A, B and C remains ...": the strip, not the towns, is the subject)?"""
    head = seed
    for p in reversed(before):
        if p["rs"] >= head["rs"]:
            continue
        if not _LIST_GAP.match(s[_mention_end(p) : head["rs"]]):
            break
        head = p
    return _NEAR_REFERENCE.search(s, max(0, head["rs"] - 80), head["rs"]) is not None


def _located_host(seed: dict, before: list[dict], s: str) -> dict:
    """The place ``seed`` locates, if it only does so: "Bezimenne, a village east of Mariupol
    held by X" and "Avdiivka, a few miles north of Donetsk, where Y hold out" are about
    Bezimenne and Avdiivka."""
    near = s[max(0, seed["rs"] - 30) : seed["rs"]]
    if not (
        " of " in near
        or "near" in near
        or "outside" in near
        or "close to" in near
        or " up " in near
        or " down " in near
        or " along " in near
        or " from " in near
        or " off " in near
    ):
        return seed  # (cheap test: every _LOCATOR_OF match ends in one of these)
    loc = _LOCATOR_OF.search(s, max(0, seed["rs"] - 80), seed["rs"])
    if loc is None:
        return seed
    if _CITY_WORD_END.search(s, max(0, loc.start() - 40), loc.start()):
        return None  # "the town, north-west of the capital, has been cleared": the town
    # ("Zaporizhzhia city, about 50 km up the Dnipro": the name may carry "city")
    return next(
        (
            p
            for p in before
            if _mention_end(p) == loc.start()
            or _CITY_TAIL.fullmatch(s, _mention_end(p), loc.start()) is not None
        ),
        seed,
    )


_CITY_TAIL = compile_fast(r"\)|\s+(?:city|town)")
_CITY_WORD_END = compile_fast(r"\bthe\s+(?:town|city|village|settlement)$", re.I)


_SHARE_SUBJECT = compile_fast(
    r"(?:\b\d{1,3}(?:\.\d+)?\s*(?:%|per\s?cent|percent)|\b(?:half|a third|two-thirds|two thirds|"
    r"a quarter|three quarters|three-quarters|every\s+(?:village|town|settlement|community)))"
    r"\s+of\b",
    re.I,
)
# "the whole of", "the entire territory of", "the whole" just before a place that is the subject
_WHOLE_BEFORE = compile_fast(
    r"\b(?:the\s+)?(?:whole|entire)\s+(?:of\s+)?(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# the object of a verb in a series: "..., liberated the settlement of X", "..., retook Y"
_VERB_OBJECT_AFTER = compile_fast(r"\s+(?:the|a|an|two|three|several|[A-Z])")
# between a place and a participle set off after it: "Staryi Saltiv, retaken last week"
_APPOS_PARTICIPLE_GAP = compile_fast(r",\s+(?:(?:only|just|recently|finally|already|since)\s+)?")
_POSSESSIVES = ("our", "their", "its")
# the speaker's own forces in a relative clause on the speaker: "X, whose fighters hold ..."
_WHOSE_FORCES = compile_fast(
    r"\bwhose\s+(?:own\s+)?(?:fighters|forces|troops|units|men|soldiers|army|mercenaries|"
    r"marines|paratroopers)\b",
    re.I,
)
# cues of ground taken (not held): what a denial "denied that X had taken Y" turns back
_TAKEN_CUES = ("captur", "seiz", "took", "tak", "overr", "occup", "liberat", "recaptur", "retook",
               "retak", "enter", "storm", "clear")  # fmt: skip
# a loss not told: "did not confirm that", "denied that", "whether", "rumours" (wider than
# _NOT_CLAIMED_BEFORE, which every claim is checked against)
_NOT_SAID_BEFORE = compile_lower(
    r"\b(?:(?:not|n['’]t|never)\s+(?:yet\s+|officially\s+)?(?:confirm|say|said|know|knew|believe|"
    r"acknowledge|admit)\w*|den(?:y|ied|ies)|whether|if|rumou?rs?|claims?)\b"
)
# a claim not made: "did not claim that", "would not confirm that"
_NOT_CLAIMED_BEFORE = compile_lower(
    r"\bnot\s+(?:yet\s+|officially\s+|independently\s+)?(?:confirm|claim|say|know|acknowledge|"
    r"admit)\w*\s+(?:that|whether)\b"
)
# cues of ground held, read as a denial after "do not": "Russian forces do not control X"
_NOT_HELD_CUES = ("control", "hold")
_DO_NOT_BEFORE = compile_lower(r"\b(?:do|does|did)\s*(?:not|n['’]t)\s+(?:even\s+|yet\s+)?$")


def _denied_cue(cue: str, not_taken: bool) -> bool:
    """Whether a denial of ``cue`` says who holds the place: a capture denied ("denied that
    Russian forces had taken X"), or a hold said not to be ("do not control X"; "denied that
    Russian forces controlled all of X" claims nothing)."""
    return cue.startswith(_TAKEN_CUES) or not_taken and cue.startswith(_NOT_HELD_CUES)


# passive cues of ground taken, whose taker an agentless claim leaves to the claimer's side
_SEIZED_CUES = ("captur", "seiz", "recaptur", "retaken", "taken over", "overr")
# the Donbas republics' forces, named without a side: "under militia control"
_MILITIA_WORDS = ("militia", "separatist", "rebel")


def _separatist_context(s: str, side: str | None) -> bool:
    """Does "militia" in ``s`` mean the Russian-backed republics' forces: said by the Russian
    side, or in a sentence naming a "People's Republic" (LPR, DPR)?"""
    return side == "RU" or any(w in s for w in _SEPARATIST_WORDS)


# the appositive before "the Russian-controlled part of ...": "Olenivka, a village in ",
# "Olenivka (Yelenovka in Russian), a village in "
_HOSTED_IN = compile_fast(
    r"(?:\s*\([^()]{0,80}\))?,\s+(?:a|the)\s+(?:small\s+)?(?:village|town|city|settlement|port)\s+in\s+(?:the\s+)?$"
)
# "captured two villages in Kharkiv region: ..." (the gap between the cue and the region)
_COUNTED_IN = compile_fast(
    r"\b(?:villages|settlements|towns|localities|communities|hamlets)\s+(?:in|of)\s+"
    r"(?:the\s+)?$",
    re.I,
)
# control passed on: "transferred control of", "handed back control over"
_TRANSFER_GATE = contains_any(["transfer", "hand", "pass", "ceded", "return", "turned over"])
_TRANSFER_BEFORE = compile_lower(
    r"\b(?:transferr\w*|transfers?|hand(?:ed|s|ing)?(?:\s+(?:over|back))?|pass(?:ed|es|ing)?"
    r"(?:\s+on)?|ceded|return(?:ed|s|ing)?|turned\s+over)\s+(?:(?:full|the|back|over)\s+)?$"
)
# the receiver: "... to Ukrainian personnel", "... to Russia"
_TO_SIDE = compile_fast(
    r"[^.;]{0,80}?\bto\s+(?:the\s+)?(?P<adj>Ukrainian|Russian|Ukraine|Russia|Kyiv|Moscow)\b",
    re.I,
)
_LOST_LATER_CUES = ("occupied", "captured", "seized", "taken", "overrun", "held")
_RETAKEN_LATER = compile_fast(
    r"\band\s+(?:(?:was|were|has been|have been|had been|then|later|subsequently|eventually|"
    r"finally)\s+)*(?:retaken|recaptured|liberated|freed|taken\s+back|won\s+back|regained|"
    r"reclaimed|de-occupied)\b",
    re.I,
)
_RETOOK_IT = compile_fast(
    r"\b(?:before|until)\s+(?P<np>(?:[\w'’-]+\s+){1,4}?)(?:(?:retook|recaptured|liberated|freed|"
    r"took\s+back|won\s+back|regained)\s+(?:it|the\s+(?:town|city|village|settlement))\b"
    # ("which Russian troops held for a month until Ukrainian forces drove them out")
    r"|(?:drove|pushed|forced|threw|kicked)\s+them\s+out\b)",
    re.I,
)
# a cue's object that is unnamed ground: "liberated a settlement", "freed a strategically
# important piece of Ukrainian territory", "took several villages"
_UNNAMED_GROUND_SRC = (
    r"\s+(?:a|an|another|one|two|three|four|five|several|some|\d+)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:piece|settlements?|villages?|towns?|hamlets?|localit(?:y|ies)|area|strip|stretch|"
    r"patch|territory|heights?)\b"
)
_UNNAMED_GROUND_OBJECT = compile_fast(_UNNAMED_GROUND_SRC, re.I)
# ... one such place located by the region after it: "freeing a settlement in the Donetsk
# region" (but "controlled 28 settlements in Kursk region" is part of the region held)
_UNNAMED_GROUND_IN = compile_fast(
    r"\s+(?:a|an|another|one)\s+(?:[\w'’-]+\s+){0,3}?(?:piece|settlement|village|town|hamlet|"
    r"locality|area|strip|stretch|patch)\s+in\s+(?:the\s+)?",
    re.I,
)
# ... or the last of a count of them, one alone in the region: "liberated two settlements in
# the south and one in Donetsk Oblast" (as "a settlement in the Donetsk region")
_UNNAMED_AND_ONE_IN = compile_fast(
    r"\s+(?:a|an|one|two|three|four|five|several|some|\d+)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:settlements?|villages?|towns?|hamlets?|localit(?:y|ies))\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:and|,)\s+(?:one|another)\s+(?:more\s+)?(?:in|of)\s+(?:the\s+)?",
    re.I,
)
# a cue's own object, a name (the gazetteer lacks it): "held positions in Kozinka"
_UNKNOWN_OBJECT = compile_fast(
    r"\s+(?:(?:positions|control|a\s+foothold|footholds)\s+(?:in|of|over|near|around)\s+)?"
    r"(?:the\s+(?:village|town|city|settlement)\s+of\s+)?(?!(?:The|A|An|This|That|Its|Their|"
    r"Russian|Ukrainian|Ukraine|Russia|Kyiv|Moscow|Kremlin)\b)[A-Z][a-z]"
)
# between a place and a passive cue: "(X) is the last part of Mykolaiv oblast still (occupied)"
_LAST_PART_GAP = compile_fast(
    r"\s+(?:is|was|remains|remained)\s+(?:now\s+)?the\s+(?:last|only)\s+(?:[\w-]+\s+)?"
    r"(?:part|town|city|village|settlement|piece|corner|strip|area|pocket|stretch)\s+"
    r"(?:of|in)\s+[^,;:]{0,60}?(?:still\s+|now\s+)?$"
)
# a relative clause in the past on a town named before: "(X,) the town that was occupied",
# "which had been captured" (lower-cased)
_PAST_RELATIVE_BEFORE = compile_lower(
    r"\b(?:that|which)\s+(?:was|were|had\s+been)\s+(?:first\s+|briefly\s+)?$"
)
# ... and when that was: "by Russia in early June", "at the start of the war", "in March"
_PAST_TIME_AFTER = compile_fast(
    r"(?:\s+by\s+[^,;]{1,40}?)?\s+(?:(?:in|during)\s+(?:the\s+)?(?:early|mid|late|the\s+)?-?\s*"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|spring|summer|autumn|fall|winter|20\d\d|first|opening|early)\b|"
    r"(?:at|near)\s+the\s+(?:start|beginning|outset|end)\b|on\s+the\s+first\s+day\b|"
    r"since\s+(?:early\s+|mid-?\s*|late\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|20\d\d)\b|"
    r"(?:days|weeks|months)\s+(?:after|into)\b|early\s+in\s+the\s+war\b)",
    re.I,
)
# the sentence's news: forces back in, into or over the town before the relative clause
_NEWS_VERB_BEFORE = compile_fast(
    r"\b(?:returned|return|back|entered|retook|recaptured|retaken|liberated|freed|raised|"
    r"hoisted|regained|reached|arrived|pushed|advanced|moved|rolled|marched|drove|are|were)\b",
    re.I,
)
# an appositive's holder the main verb then says changed: "(Sudzha,) the town held by
# Ukrainian troops since August, was once again under our flag"
_HISTORY_APPOS = compile_fast(
    r"\s+by\s+[^,;]{1,40}?\s+since\s+[^,;]{1,30},\s+(?:was|is|has\s+been|had\s+been)\s+"
    r"[\"“]?(?:once\s+again|again|back|now|finally|retaken|recaptured|liberated)\b",
    re.I,
)
# a yes/no question asks, it claims nothing: "Is the village under Russian control?",
# "Q: Has Kreminna fallen?" (a live-blog time or a transcript's "Q:" may lead it)
_YES_NO_QUESTION = compile_fast(
    r"\s*(?:\d{1,2}[:.]\d{2}\s+)?(?:Q(?:uestion)?\s*(?:\([^()]{2,50}\)\s*)?:\s*)?"
    r"(?:Is|Are|Was|Were|Has|Have|Had|Does|Do|Did|Will|Would|Can|Could)\s"
)
# a side calling the other's claim false: "Ukraine's military quickly called the claim false"
_CALLED_FALSE = compile_fast(
    r"\b(?P<np>(?:Ukraine|Russia|Kyiv|Moscow|Ukrainian|Russian)[\w'’ -]{0,40}?)\s+"
    r"(?:\w+\s+)?(?:called|dismissed|branded|labelled|labeled)\s+(?:the|that|this|those|these)\s+"
    r"(?:claims?|reports?|statements?)\s+(?:as\s+)?(?:false|untrue)\b"
)
# the other ways a claim is called false or turned down: "said the claim was untrue", "the
# claim about X was called false", "Kyiv rejected the report", "dismissed Shoigu's statement
# as untrue" (not "the report of civilian deaths": a claim about something else)
_DENIAL = compile_fast(
    r"\b(?:claims?|reports?|statements?|announcements?)\b(?!\s+(?:of|on|into|by)\b)"
    r"(?:\s+(?:about|on)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+(?:is|was|were|are|has\s+been|"
    r"had\s+been)\s+(?:\w+\s+)?(?:false|untrue|not\s+true|fake|baseless|groundless|a\s+lie)\b"
    r"|\b(?:rejected|denied|dismissed|refuted|rebuffed)\s+(?:the|that|this|those|these|"
    r"(?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+['’]s?)\s+(?:\w+\s+)?(?:claims?|reports?|statements?|"
    r"announcements?)\b(?!\s+(?:of|on|into|by)\b)"
)
# words without which neither denial pattern can match (bit _S_DENIAL of
# :data:`_SENTENCE_GATES`)
_DENIAL_GATE_WORDS = (
    "false",
    "untrue",
    "not true",
    "fake",
    "baseless",
    "groundless",
    "a lie",
    "reject",
    "denied",
    "dismiss",
    "refut",
    "rebuff",
)
# the sentence gates, every sentence in one pass: the word gates of the evacuation rules (the
# bits of :func:`_evac_words`, whose _B_EVAC_GATE opens them), then the control and the denial
# gate (bits _S_CONTROL, _S_DENIAL)
_S_EVAC_WORDS = bit(len(_EVAC_GATES)) - 1
_S_CONTROL = bit(len(_EVAC_GATES))
_S_DENIAL = bit(len(_EVAC_GATES) + 1)
_SENTENCE_GATES = _word_bits([*_EVAC_GATES, _CONTROL_GATE_WORDS, _DENIAL_GATE_WORDS])


def _called_false(
    s: str, rows: list[dict], speaker_side: str | None = None, places: list[dict] | None = None
) -> list[dict]:
    """Rows of a side calling the other side's control claim (this sentence's or an earlier
    one's, ``rows``) false: that side says it still holds the place ("Russia said it had captured
    X, but Ukraine's military called the claim false": X is Ukraine's, Ukraine says). The denier
    is the side the denial names ("Kyiv rejected the report") or else the sentence's speaker
    (``speaker_side``); a denial that names places (``places``) is about those alone."""
    m = _CALLED_FALSE.search(s)
    denier = attr.side_of_phrase(m.group("np")) if m is not None else None
    if m is None:
        d = _DENIAL.search(s)
        if d is None:
            return []
        # the side the denial's subject names, else the speaker's
        denier = attr.side_of_phrase(s[max(0, d.start() - 40) : d.start()]) or speaker_side
    if denier not in _OPPOSITE:
        return []
    named = {p["name"] for p in places or ()}
    denied = [
        r
        for r in rows
        if r["claimed_by_side"] == _OPPOSITE[denier]
        and r["controller_side"] == r["claimed_by_side"]
    ]
    if named & {r["place"] for r in denied}:
        denied = [r for r in denied if r["place"] in named]  # "the claim about Vovchansk"
    out = []
    for r in denied:
        row = {"place": r["place"], "controller_side": denier, "share": None}
        out.append({**row, "claimed_by_side": denier, "clause_speaker": True})
    return out


# a capital naming a place: "the Soviet-era name Moscow still uses for Toretsk" (Moscow speaks)
_NAMER_AFTER = compile_fast(r"\s+(?:still\s+|now\s+)?(?:uses|use|used|calls|call|called)\s+")
# an unknown name right after a verb, then a place after a comma that locates it: "liberated
# Rivnopil, in western Donetsk Oblast", "took Novodonetske, near Velyka Novosilka"
_UNKNOWN_THEN_REGION = compile_fast(
    r"\s+(?!(?:The|A|An|This|That|Its|Their)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+"
    r"(?:in|near|outside|(?:north|south|east|west)[\w-]*\s+of)\s+(?:the\s+)?(?:\w+\s+)?\S"
)
_LOCATING_GAP = compile_fast(
    r"\b(?!(?:The|A|An|This|That|Its|Their)\b)[A-Z][\w'’-]+,\s+"
    r"(?:(?:north|south|east|west)[\w-]*\s+of|near|outside|close\s+to)\s+(?:the\s+)?$"
)


def _locates_unknown(s: str, seed: dict, known: list[dict]) -> bool:
    """Whether ``seed`` only locates a name just before it that the gazetteer lacks
    ("Rivnopil, southwest of Velyka Novosilka, had been retaken": not Velyka Novosilka)."""
    g = _LOCATING_GAP.search(s, max(0, seed["rs"] - 60), seed["rs"])
    return g is not None and not any(_mention_end(p) > g.start() >= p["rs"] for p in known)


# a proper name right after a verb: "holding Robotyne" (not "The", "A")
_NAME_AFTER = compile_fast(r"\s+(?!(?:The|A|An|This|That|Its|Their)\b)[A-Z][a-z]")
_NAME_BEFORE = compile_fast(
    r"\b(?!(?:The|It|This|That|He|She|They|We)\b)[A-Z][\w'’-]+\s+(?:is|was|were|are|remains?|"
    r"remained|stays|stayed|has\s+been|had\s+been)\s+(?:\w+\s+){0,2}$"
)


def _possessor_side(adj: str, head: str, side: str | None) -> str | None:
    """The side of "our" / "their" / "its" in "under their control", "in our hands": the
    speaker's own, unless the sentence ``head`` before it names a force ("Kyiv says Russian
    troops moved in and that the town is under their control")."""
    if adj.lower() == "our":
        return side
    return _agent_side(head, side) or side


_SIDE_HYPHEN = compile_lower(
    r"\b(?:russian|ukrainian|russia|ukraine|kyiv|kiev|moscow|separatist)-$"
)
_POSITIONS_AROUND = compile_lower(
    r"\s+(?:only\s+|still\s+|some\s+|their\s+|its\s+)*(?:positions|a\s+foothold|footholds)\s+"
    r"(?:in|at|around|inside|near|by)\s+"
)
_LOWER_GAP = compile_fast(r"(?:(?:the\s+)?(?:[a-z-]+\s+){0,2})?")
_AND_VERB_BEFORE = compile_lower(r"\band\s+(?:had\s+|have\s+|has\s+|then\s+|also\s+)?[\"“']?$")
_ROUTE_VIA_BEFORE = compile_fast(
    r"\b(?:routes?|roads?|highways?|lines?|corridors?|railways?|rail\s+lines?)\s+"
    r"(?:via|through|to|towards|into|from)\s+(?:the\s+)?$",
    re.I,
)
# an office the place names, not a place held: "the head of Kherson", "the mayor in the city of"
_TITLE_OF = compile_lower(
    r"\b(?:head|mayor|governor|leader|chief|administration|authorities|officials?|council)"
    r"(?:\s+of\s+|\b[^,;.]{0,40}\b(?:in|of|for)\s+the\s+)$"
)
# what "occupied" follows when it qualifies the place after it
_ADJ_BEFORE = compile_lower(
    r"\b(?:in|of|from|into|to|the|temporarily|newly|still|russian|near|around|outside|across|"
    r"towards?|throughout|through|via|hit|shelled|struck|attacked|targeted|visited)\s+$|,\s+$|^$"
)
# "the occupied port of Berdiansk": the noun before the town's name
# ... with words between: "the occupied southern town of X", "the occupied port city of X"
_TOWN_NOUN_OF = compile_fast(
    r"(?:[a-z][a-z-]*\s+){0,2}?(?:port|town|city|village|settlement)\s+of\s+"
)
# the sides' people a "hands" rule may name: "in the occupiers' hands" (_agent_side's words)
_PEOPLE_OF_A_SIDE = ("occupiers", "russians", "ukrainians")
# transport or people named before any place of a clause whose passive verb is "held"
# (the noun heading a phrase that runs on to the places: "buses sent to collect people from X")
_HELD_THINGS = compile_lower(
    r"\b(?:buses|bus|convoys?|columns?|vehicles|cars|trucks|lorries|coaches|trains|ships|vessels|"
    r"people|civilians|residents|evacuees|hostages|prisoners|detainees|journalists|volunteers|"
    r"drivers|passengers|refugees|families)\s+(?:sent|carrying|with|from|heading|bound|"
    r"travelling|traveling|waiting|trying|leaving|who|which|that|evacuating|going)\b"
)
_DEMINING = compile_fast(
    r"\b(?:mines?|landmines?|explosives?|unexploded|ordnance|rubble|debris|snow|bodies)\b", re.I
)
# "no evidence that ...", "ISW has not observed evidence confirming that ...": nobody claims it
_NO_EVIDENCE = compile_lower(
    r"\b(?:no\s+|not\s+(?:\w+\s+){0,2}?)(?:evidence|confirmation|indications?)\s+(?:yet\s+)?"
    r"(?:that|confirming|to\s+suggest|of)\b[^;]*$"
)
_DENIED_THAT = compile_lower(
    r"\b(?:denied|deny|denies|denying|rejected|rejects)\s+(?:(?:the\s+)?(?:claims?|reports?)\s+)?"
    r"that\s+(?:[\w'’-]+\s+){0,4}$"
)
# a claim reported only to be dismissed: "reports that X had been captured were untrue"
_DISMISSED_BEFORE = compile_lower(
    r"\b(?:reports?|claims?|rumou?rs?|allegations?|statements?)\s+(?:that|to)\b[^;]*$"
)
_UNTRUE_AFTER = compile_lower(
    r"[^;]*?\b(?:were|was|are|is)\s+(?:\w+\s+)?(?:untrue|false|fake|not\s+true|baseless|"
    r"groundless|incorrect)\b"
)
# calls and terms ("demanded the withdrawal of Russian troops from the plant"): no claim
_AIM_NOUN_BEFORE = compile_lower(
    r"\b(?:call\w*|demand\w*|urg\w*|request\w*|insist\w*|negotiat\w*|condition\w*|"
    r"talks|deal|agree\w*|propos\w*)\s+(?:\w+\s+){0,3}$"
)


# "the city" as the subject just before the verb of "... remained Ukrainian"
_CITY_SUBJECT_END = compile_fast(
    # (after an interview's turn dash: "- The town is ours.")
    r"(?:^(?:[-–—]\s+)?|[,;:]\s*|\b(?:that|and|but|said|says|say|wrote|writes|added|"
    r"insist|insists|insisted|stressed|declared|claimed|claims)\s+)[\"“]?"
    # ('"The capital is ours"': Kyiv, see _CAPITAL)
    r"the\s+(?:(?:whole|entire|besieged|embattled|port|regional)\s+)?(?:city|town|village|capital)"
    r"\s+(?:(?:itself|still|now)\s+)*$",
    re.I,
)
_GAP_BEFORE_VERB = compile_fast(
    # ... or an appositive: "Sudzha, the district town held by Kyiv since August, is ours"
    r"\s*(?:\([^)]{0,40}\)\s*)?$|,\s+(?:the|a)\s+[^,;:\"“”]{3,80},\s+$"
    # ... or a verb joined before it: "X was and remains a Russian town"
    r"|\s+(?:is|was|has\s+been)\s+and\s+(?:still\s+)?$"
    # ... or an adverb: "the Kherson region nonetheless remains part of Russia"
    r"|\s+(?:nonetheless|nevertheless|now|also|certainly|definitely|already|clearly)\s+$"
)
# ... or a quote opening on the verb: 'Sumy "remains Ukrainian," the mayor said'
_GAP_BEFORE_QUOTE = compile_fast(
    r"\s*(?:\([^)]{0,40}\)\s*)?[\"“]$"
    # ... or the speaker put in between: "Vysokopillia, he wrote, is Ukraine"
    r"|,\s+(?:he|she|they)\s+(?:wrote|said|says|writes|added|stressed),\s+$"
)
_INCLUDING_GAP = compile_fast(
    # ("including the regional capital Kherson", "including the port city of Berdiansk")
    r",?\s+(?:including|among\s+them|among\s+which|such\s+as)\s+(?:the\s+)?"
    r"(?:(?:towns?|villages?|cities)\s+of\s+|"
    r"(?:regional\s+(?:capital|cent(?:re|er))|(?:port\s+)?(?:city|town))\s+(?:of\s+)?)?$"
)
_AGAIN_FROM = compile_fast(
    r"^[^.;:]{0,60}?,?\s+and\s+(?:also\s+|then\s+)?(?:out of|from)\s+(?:the\s+)?"
    r"(?:(?:town|city|village|settlement)\s+of\s+)?$"
)


def _again_from(ps: list[dict], cpl: list[dict], s: str) -> list[dict]:
    """The places after ``ps`` (a list the text reaches "out of" or "from") that a repeated
    "..., and out of" / "and from" adds to it."""
    out = list(ps)
    while cpl.index(out[-1]) + 1 < len(cpl):
        nxt = [q for q in cpl[cpl.index(out[-1]) + 1 :] if q["kind"] != "region"]
        if not nxt or not _AGAIN_FROM.match(s[_mention_end(out[-1]) : nxt[0]["rs"]]):
            break
        out.append(nxt[0])
    return out


def _own_shares(
    names: list[str], seed: dict, cpl: list[dict], s: str, share: float | None
) -> dict[str, float | None]:
    """Shares the places listed after ``seed`` carry of their own ("hold all of X but only
    about 60% of Y": Y 0.6; "half of X and most of Y": Y none said), by name."""
    own: dict[str, float | None] = {}
    i = cpl.index(seed) if seed in cpl else len(cpl)
    part = False  # past "including": a part of the whole, whose share is the whole's
    for prev, p in zip(cpl[i:], cpl[i + 1 :], strict=False):
        if p["name"] not in names:
            break
        lo = _list_gap_after(prev, s)
        g = _SHARE_LIST_GAP.match(s[lo : p["rs"]])
        part = part or "including" in s[lo : p["rs"]]
        if g is not None:
            own[p["name"]] = _share(g.group("share"), lower(g.group("share")))
        elif part and share != 1.0:
            # "almost all of the region, including the regional capital X": X's share unsaid
            # (of "the whole of X oblast, including Y", Y is whole too)
            own[p["name"]] = None
    return own


def _place_list(seed: dict, cpl: list[dict], s: str) -> list[str]:
    """Names of ``seed`` and the places listed with it, less a region that only locates the
    settlement before it ("withdraw from the town of Vuhledar, Donetsk Oblast")."""
    if len(cpl) < 2:
        return [seed["name"]]
    ps = _expand_list(seed, cpl, s)
    if " and " in s[_mention_end(ps[-1]) :] and _FROM_BEFORE.search(s, 0, ps[0]["rs"]):
        ps = _again_from(ps, cpl, s)
    # "the whole of Kyiv Oblast, including Irpin, Bucha and Hostomel": the whole and its parts
    i, j = cpl.index(ps[0]), cpl.index(ps[-1])
    if i > 0 and _INCLUDING_GAP.match(s, _mention_end(cpl[i - 1]), ps[0]["rs"]):
        ps = _expand_list(cpl[i - 1], cpl, s) + ps
    elif j + 1 < len(cpl) and _INCLUDING_GAP.match(s, _mention_end(ps[-1]), cpl[j + 1]["rs"]):
        ps = ps + _expand_list(cpl[j + 1], cpl, s)
    last = ps[-1]
    if (
        len(ps) > 1
        and last is not seed
        and last["kind"] == "region"
        and ps[-2]["kind"] == "settlement"
        and s[_mention_end(ps[-2]) : last["rs"]].strip() == ","
    ):
        ps = ps[:-1]
    names = [p["name"] for p in ps]
    if len(ps) > 1 and all(p["kind"] == "settlement" for p in ps):
        # "the villages of Hlyboke, Lukiantsi, ... Ohirtseve and Pletenivka": the list's last
        # name, one the gazetteer lacks
        tail = _UNKNOWN_LAST.match(s, _mention_end(ps[-1]))
        if tail is not None and not any(p["rs"] == tail.start("name") for p in cpl):
            names.append(tail.group("name"))
    return names


# an unknown name closing a list of settlements: "..., Ohirtseve and Pletenivka over the weekend"
_UNKNOWN_LAST = compile_fast(
    r"\s*(?:,\s*)?and\s+(?P<name>(?!(?:The|A|An|This|That|Its|Their|Russian|Ukrainian|Ukraine|"
    r"Russia|Kyiv|Moscow|Kremlin|Donbas|Donbass|Crimea|Wagner|NATO)\b)[A-Z][a-z'’-]+"
    r"(?:\s+[A-Z][a-z'’-]+)?)(?=\s*(?:[.,;:]|$)|\s+(?:over|on|in|last|this|after|during|"
    r"since|at|by|earlier|overnight|yesterday|today)\b)"
)


# a slogan chanted or written, not a claim: 'shouting "Slavutych is Ukraine"', "they chanted"
_CHANT_WORDS = compile_fast(
    r"\b(?:shout(?:s|ed|ing)?|chant(?:s|ed|ing)?|sang|sing(?:s|ing)?|slogans?|placards?|"
    r"banners?|posters?|graffiti|cries\s+of|cried|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?)\b",
    re.I,
)

_CHANT_AFTER = compile_fast(
    r"(?:[!.]?[\"”],?|,[\"”]?)\s+(?:[\w'’-]+\s+){0,2}?(?:shout(?:s|ed)?|chant(?:s|ed)?|sang|yell(?:s|ed)?|"
    r"scream(?:s|ed)?|cried)\b",
    re.I,
)


def _is_chant(s: str, lo: int, hi: int) -> bool:
    """Whether the words ``s[lo:hi]`` are a slogan: a chanting or placard word just before
    them or just after (``'they chanted "X is Ukraine"'``, ``'"X is ours," they shouted'``)."""
    return (
        _CHANT_WORDS.search(s, max(0, lo - 40), lo) is not None
        or _CHANT_AFTER.match(s, hi) is not None
    )


# between a works and a place listed after it: "the plant and of Enerhodar", "the airfield
# and the town of Hostomel"
_SITE_AND_GAP = compile_fast(
    r"\s*,?\s+(?:and|as\s+well\s+as)\s+(?:of\s+|in\s+|at\s+)?(?:the\s+)?"
    r"(?:(?:town|city|village|settlement)\s+of\s+)?"
)


def _object_claim(
    m: re.Match,
    kind: str,
    s: str,
    a: int,
    clause: str,
    cpl: list[dict],
    side: str | None,
    bits: int,
    pre_low: str,
    focus: dict | None = None,
) -> list[dict] | None:
    """Rows of a cue whose place follows it at once: "the withdrawal of its troops from X",
    "drove Russian paratroopers out of X", "the Ukrainian flag was raised over X"; ``focus`` is
    the settlement "the city" stands for."""
    start, end = m.span()
    if kind == "remains":
        seed = next(
            (
                p
                for p in cpl
                if _GAP_BEFORE_VERB.match(s, _mention_end(p), a + start)
                or _GAP_BEFORE_QUOTE.match(s, _mention_end(p), a + start)
            ),
            None,
        )
    elif kind == "fallen":
        seed = next((p for p in cpl if _FALLEN_GAP.match(s, _mention_end(p), a + start)), None)
        if seed is None or _NEG_BEFORE.search(lower(s[max(0, seed["rs"] - 60) : seed["rs"]])):
            return None  # "Kyiv denied that Soledar had fallen"
        if _LOCATING_BEFORE.search(s, max(0, seed["rs"] - 30), seed["rs"]):
            return None  # "the Hirske district south of Lysychansk had fallen": not Lysychansk
    elif (
        kind == "lost"
        and not any(p["rs"] == a + end for p in cpl)
        # ("Kyiv had lost control of the site": the site, read below)
        and not (bits & _GENERIC_BIT and _GENERIC_PLACE_RX.match(clause, end))
    ):
        # "Marinka had been lost": the place before the passive verb, lost by the speaker's side
        # (or the by-agent)
        seed = next(
            (p for p in cpl if _LOST_PASSIVE_GAP.match(s, _mention_end(p), a + start)), None
        )
        if seed is None or _NEG_BEFORE.search(lower(s[max(0, seed["rs"] - 60) : seed["rs"]])):
            return None  # "did not confirm Avdiivka had been lost"
        loser = _passive_agent(clause[end:], side) or side
        return (
            [
                {
                    "place": n,
                    "controller_side": _OPPOSITE[loser],
                    "share": None,
                    "claimed_by_side": side,
                }
                for n in dict.fromkeys(_place_list(seed, cpl, s))
            ]
            if loser in _OPPOSITE
            else None
        )
    else:
        seed = next((p for p in cpl if p["rs"] == a + end), None)
    if seed is not None:
        names = _place_list(seed, cpl, s)
    elif (
        kind == "remains"
        and focus is not None
        and bits & _CITY_BIT
        # ('the village was "ours"', a word quoted: whose village a quote's speaker means is
        # not read here)
        and '"' not in m.group(0)
        and "“" not in m.group(0)
        and _CITY_SUBJECT_END.search(clause, 0, start) is not None
    ):
        # "the mayor wrote that the city remained Ukrainian", "the town is ours": the town
        # the sentence speaks of
        names, obj = [focus["name"]], m
    else:
        # "drove the first wave of paratroopers out of the airport"
        obj = (
            _GENERIC_PLACE_RX.match(clause, end)
            if kind in ("expel", "handback", "lost") and bits & _GENERIC_BIT
            else None
        )
        if obj is None:
            return None
        names = [obj.group("g")]
    # where the object ends (a receiver follows it: "handed back the plant to ...")
    obj_end = _mention_end(seed) if seed is not None else a + obj.end()
    if kind == "remains" and _is_chant(s, seed["rs"] if seed is not None else a + start, a + end):
        return None  # 'a crowd shouting "Kherson is Ukraine"': a slogan, no side's claim
    if (
        kind == "remains"
        and m.re is _REMAINS_SIDE
        and "occup" in s
        and m.group("adj").lower() in ("ukraine", "russia")
        and _OCCUPIERS.search(s) is not None
    ):
        # '"The occupiers are trying to intimidate the town, but X is Ukraine"': whose the
        # town is by right, said of a town the speaker calls occupied; no one holds it so
        return None
    if (
        (
            m.re is _HOLDING_OUT
            or m.re is _IS_HELD
            or m.re is _REMAINS_SIDE
            and m.group("adj").lower() == "free"
        )
        and seed is not None
        and _PREP_BEFORE.search(s, max(0, seed["rs"] - 30), seed["rs"]) is not None
        # (but "our positions in Krynky are held": the positions hold the place)
        and _POSITIONS_IN_BEFORE.search(s, max(0, seed["rs"] - 30), seed["rs"]) is None
    ):
        return None  # "the line near Kupiansk is holding": the line, not the town
    neg = m.re is _REMAINS_SIDE and m.group("neg") is not None
    if neg and m.group("adj").lower() != "ours":
        return None  # "X is not Ukrainian" says whose it is not, not who holds it
    if neg:
        controller = _OPPOSITE.get(side or "")  # "X is not ours yet": the other side's
    elif kind == "remains" and m.group("adj").lower().startswith("lost"):
        if _NOT_SAID_BEFORE.search(pre_low) is not None:
            return None  # "did not confirm that the town had been lost": no loss told
        controller = _OPPOSITE.get(side or "")  # "X was lost": the speaker's side lost it
    elif kind == "remains" and m.group("adj").lower().startswith(
        (
            "ours",
            "under",
            "hold",
            "stand",
            "held",
            "being",
            "not",
            "never",
            *_FIRMLY,
        )
    ):
        controller = side  # "X is ours", "X is holding": the speaker's own side
    elif kind == "remains" and m.group("adj").lower() == "free":
        # "X is free again": its own country holds it (Ukraine's town, Russia's in Kursk)
        country = seed.get("country") if seed is not None else None
        controller = country if country in _OPPOSITE else None
    elif kind in ("flag", "remains"):
        controller = attr.side_of_phrase(m.group("adj"))
    elif kind == "fallen":
        # a town falls to the invader: Russia's in Ukraine, Ukraine's in Russia (Kursk)
        country = seed.get("country") if seed is not None else None
        controller = "RU" if country == "UA" else "UA" if country == "RU" else None
        if seed is not None and _FALLEN_NOT.search(s, _mention_end(seed), a + start):
            # 'Mariupol "still has not fallen"', "Sievierodonetsk had not fallen": its own
            # country still holds it
            controller = _OPPOSITE.get(controller or "")
    elif kind == "handback":
        # the receiver: "... to Ukrainian staff"; "... to UN representatives" names no side
        to = _TO_SIDE.match(s, obj_end)
        controller = attr.side_of_phrase(to.group("adj")) if to is not None else None
    elif kind == "withdrawal":
        if _AIM_NOUN_BEFORE.search(pre_low):
            return None
        adj = (m.group("adj") or "").lower()
        if m.group("np"):
            who = _agent_side(m.group("np"), side)
        elif adj:
            who = _OPPOSITE.get(side or "") if adj == "enemy" else attr.side_of_phrase(adj)
        else:
            # "Ukrainian forces completed their withdrawal from X"; "the withdrawal from X
            # had been completed", said by a side: its own
            who = _agent_side(_window_before(clause, start), side) or side
        controller = _OPPOSITE.get(who or "")
    elif kind == "lost":
        # the side that lost it, named before the verb ("we", "Russian forces"), or none
        loser = _agent_side(_window_before(clause, start), side)
        controller = _OPPOSITE.get(loser or "")
    else:
        np = m.group("np") or m.group("np2") or m.group("np3") or ""
        window = _window_before(clause, start)
        if not np.strip():  # "Russian troops were driven out of X"
            if _PASSIVE_BE.search(clause[max(0, start - 60) : start]) is None:
                return None  # "Russian forces pushed out of Izium": they left it to attack
            controller = _OPPOSITE.get(_agent_side(window, side) or "")
        else:
            who = _agent_side(np, side)
            # "Ukrainian forces drove them out of X": the subject holds it
            controller = _OPPOSITE.get(who) if who else _agent_side(window, side)
    if controller is None:
        return None
    return [
        {"place": n, "controller_side": controller, "share": None, "claimed_by_side": side}
        for n in dict.fromkeys(names)
    ]


# the words a report about the separatist republics uses for them: its bare "militia" is theirs
_SEPARATIST_WORDS = ("LPR", "DPR", "LNR", "DNR", "People's Republic", "People’s Republic")


_AXIS_AFTER = compile_fast(r"\s+(?:direction|axis|sector|front)\b", re.I)
# the words between a place and the one that locates it: "the Gostomel airfield near Kiev"
_NEAR_GAP = compile_fast(
    r"\s+(?:near|outside|close\s+to)\s+(?:the\s+(?:city|town|village)\s+of\s+)?", re.I
)
# the first of two axes named together: "from the Kiev and Chernigov directions"
_AXES_LIST_AFTER = compile_fast(
    r"(?:\s*,\s*|\s+and\s+|\s+or\s+)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
    r"(?:directions|axes|sectors)\b"
)

# Patterns searched often whose own sre scan tries many branches at every word: searched only where
# one of their literal starts occurs, found in one Aho-Corasick pass. Same matches (see
# ``_regex.LiteralStarts``); rebound here, after every table and tuple that must keep the plain
# pattern.
_DISMISS_BEFORE = literal_starts(_DISMISS_BEFORE)
_QUESTION_BEFORE = literal_starts(_QUESTION_BEFORE)
_CONTROL_CUE = literal_starts(_CONTROL_CUE)


# a sentence that calls ground contested or a grey zone without tying the words to a name the
# rules read ("fighting goes on around Ternova, where the front line is a grey zone", "in
# Kyslivka ... the situation is contested"): the one settlement it names is held by neither side
_GREY_WORDS = compile_lower(r"\b(?:gr[ae]y\s+zone|contested|partial\s+success)\b")
_NOT_GREY = compile_lower(
    r"\b(?:no\s+longer|not|n['’]t|never|nor|neither)\b[^.;,]{0,20}?\b(?:gr[ae]y|contested|partial)"
)


def _contested_town(s: str, places: list[dict], side: str | None) -> list[dict]:
    """The row of a sentence the rules gave none that calls its one named settlement (or site)
    contested, a grey zone or the scene of an attacker's "partial success": no holder, as
    ``side`` (Ukraine's or Russia's) claims; no row when it names two or more."""
    if side not in _OPPOSITE:
        return []  # (an analyst's or the narrator's looser words are left to the rules)
    low = lower(s)
    if not _GREY_WORDS.search(low) or _NOT_GREY.search(low):
        return []  # ("Kupiansk is no longer contested": no longer no one's)
    towns = {
        p["name"] for p in places if p["kind"] in ("settlement", "facility") and not _is_actor(p, s)
    }
    if len(towns) != 1:
        return []
    return [{"place": towns.pop(), "controller_side": None, "share": None, "claimed_by_side": side}]
