"""Parse conflict reports into tables of claims, places, bridges, evacuations and control."""

from __future__ import annotations

import hashlib
import os
import re
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import _attribution as attr
from ._dates import DATELINE, dateline, dateline_match, header, report_date
from ._regex import (
    bit,
    compile_fast,
    compile_lower,
    contains_any,
    literal_starts,
    lower,
    word_automaton,
    word_start,
)
from ._sentences import split_sentences
from .errors import InputError

__all__ = ["parse_report", "read_reports", "TABLE_COLUMNS", "CLAIM_TYPES"]

#: Columns of every output table (the contract's columns first, then extras).
TABLE_COLUMNS: dict[str, list[str]] = {
    "reports": [
        "report_id", "date", "title", "source", "n_chars", "sha256", "date_precision", "path",
        "outlet", "n_sentences",
    ],
    "claims": [
        "claim_id", "report_id", "speaker", "speaker_role", "side", "outlet", "claim_type",
        "text", "start", "end", "date", "sentence", "speaker_kind", "cue", "outlet_inferred",
        "speaker_name",
    ],
    "places": [
        "report_id", "claim_id", "mention", "name", "kind", "lat", "lon", "start", "end",
        "sentence", "place_id", "geo_precision", "score",
    ],
    "bridges": [
        "report_id", "claim_id", "name", "river", "connects", "status", "count", "actor_side",
        "claimed_by_side", "start", "end", "date",
    ],
    "evacuations": [
        "report_id", "claim_id", "origin", "destination", "population", "status",
        "requested_by_side", "claimed_by_side", "start", "end", "date",
    ],
    "control": [
        "report_id", "claim_id", "place", "controller_side", "share", "claimed_by_side",
        "start", "end", "date",
    ],
    "skipped": ["path", "problem"],
}  # fmt: skip
#: Vocabulary of ``claims.claim_type``.
CLAIM_TYPES = (
    "control", "bridge", "evacuation", "movement", "strike", "casualties", "accusation", "other",
)  # fmt: skip

# --- claim types -------------------------------------------------------------------------------
_TYPE_RULES = [
    ("bridge", compile_lower(r"\bbridges?\b|\bcrossings?\b|\bpontoon")),
    (
        "evacuation",
        compile_lower(
            r"\bevacu\w*|\bhumanitarian (?:corridor|pause)|\bcorridors?\b|\bsafe passage"
        ),
    ),
    (
        "control",
        compile_lower(
            r"\b(?:(?:taken|took|take|seized?|captured?|gained|regained|established|have|has|in|"
            r"under|retain(?:ed)?|lost|full|complete)\s+(?:full\s+|complete\s+|total\s+)?control"
            r"|captur(?:ed|es|ing)|seized|liberat(?:ed|ion|es|ing)|recaptur\w+|retook|retaken|"
            r"occupied|fell to|fallen|withdr[ae]w\w*|pulled out|encircl\w+|surrounded|holds?|"
            r"holding|controls?|controlled)\b",
        ),
    ),
    (
        "casualties",
        compile_lower(
            r"\b(?:killed|dead|deaths?|died|wounded|injured|casualties|losses|bodies|toll|"
            r"lost their lives)\b",
        ),
    ),
    (
        "strike",
        compile_lower(
            r"\b(?:shell(?:ed|ing|s)?|strikes?|struck|missiles?|rockets?|artillery|bombard\w*|"
            r"air ?raids?|bomb(?:ed|ing|s)?|hit|drones?|airstrikes?|fire[ds]?|explosions?|"
            r"attack(?:ed|s)?)\b",
        ),
    ),
    (
        "movement",
        compile_lower(
            r"\b(?:advanc\w+|offensive|assault|push(?:ed|ing)?|moving|moved|regroup\w*|"
            r"redeploy\w*|retreat\w*|counter-?offensive|counterattack\w*|breakthrough|"
            r"reinforce\w*|troops? (?:near|towards?)|main effort)\b",
        ),
    ),
    (
        "accusation",
        compile_lower(
            r"\b(?:accus\w+|blam\w+|war crimes?|provocation|human shields?|living shield|"
            r"genocide|atrocit\w+|staged|fake|lies|lying|terror\w*|nationalists|neo-Nazis?)\b",
        ),
    ),
]


# cheap substring gates: a rule's regex only runs when one of its stems is in the sentence
_TYPE_GATES = {
    "bridge": ("bridge", "crossing", "pontoon"),
    "evacuation": ("evacu", "corridor", "passage", "humanitarian pause"),
    "control": ("control", "captur", "seiz", "liberat", "recaptur", "retook", "retaken",
                "occupied", "fell to", "fallen", "withdr", "pulled out", "encircl",
                "surrounded", "hold"),
    "casualties": ("kill", "dead", "death", "died", "wounded", "injured", "casualt", "losses",
                   "bodies", "toll", "lives"),
    "strike": ("shell", "strike", "struck", "missile", "rocket", "artillery", "bomb", "raid",
               "hit", "drone", "fire", "explosion", "attack"),
    "movement": ("advanc", "offensive", "assault", "push", "mov", "regroup", "redeploy",
                 "retreat", "counter", "breakthrough", "reinforc", "troop", "main effort"),
    "accusation": ("accus", "blam", "war crime", "provocation", "shield", "genocide", "atrocit",
                   "staged", "fake", "lies", "lying", "terror", "nationalist", "nazi"),
}  # fmt: skip


def _stem_automaton(gates: dict[str, tuple[str, ...]]):
    """One Aho-Corasick automaton of every gate's stems, each reporting (rule, stem length)."""
    return word_automaton(
        (stem, (name, len(stem))) for name, stems in gates.items() for stem in stems
    )


# every stem occurrence in one C pass, instead of a substring test per stem and rule
_TYPE_STEMS = _stem_automaton(_TYPE_GATES)


def claim_type(sentence: str) -> str:
    """The claim type of a sentence (first matching rule: bridge, evacuation, control...)."""
    low = lower(sentence)
    # the rules whose gate holds: where a stem of theirs is (the first hit of each rule, built
    # from the hits in reverse so the first one is written last: no Python call per hit)
    first = {name: end + 1 - size for end, (name, size) in reversed(list(_TYPE_STEMS.iter(low)))}
    for name, rx in _TYPE_RULES:
        # a rule's match nearly always starts the word of its first stem: scan from that word
        # first (a full scan costs microseconds), from the sentence start only if that fails
        if name in first and (rx.search(low, low.rfind(" ", 0, first[name]) + 1) or rx.search(low)):
            return name
    return "other"


# --- who did it --------------------------------------------------------------------------------
_FORCE_NOUN = (
    r"(?:armed forces|forces|troops|army|military|units?|soldiers?|servicem[ae]n|artillery|shelling|"
    # (one of them too: "a Ukrainian marine engineer brought down the bridge")
    r"strikes?|missiles?|rockets?|sappers?|engineers?|aviation|air force|navy|fighters?|militants|"
    r"jets|warplanes|bombing|fire|attacks?|offensive|side|tanks|grouping|group|paratroopers|"
    r"marines?|defenders|garrison|saboteurs|drones?|HIMARS|gunners?|shells|battalions?|brigades?|"
    r"regiments?|militia|formations|detachments|aircraft|planes|helicopters|bombers|"
    r"separatists|rebels|partisans|guerrillas|"
    r"vessels|boats|sea drones|rocket launchers|launchers)"
)
_AGENT_SRC = (
    r"\b(?:(?P<RU>(?:pro-Russian|Russian-backed|Russian|Russia['’]s|separatist|DPR|LPR|DNR|LNR|Chechen|"
    r"Wagner|Moscow['’]s|enemy|Donetsk People['’]s Republic|Luhansk People['’]s Republic|"
    r"allied)(?:\s+[\w-]+){0,2}?\s+" + _FORCE_NOUN + r")"
    r"|(?P<UA>(?:Ukrainian|Ukraine['’]s|Kyiv['’]s|Kiev['’]s|Azov|nationalist|neo-Nazi)"
    r"(?:\s+[\w-]+){0,2}?\s+" + _FORCE_NOUN + r")"
    # "fighters of the people's militia of the Lugansk People's Republic"
    r"|(?P<RU2>occupiers|invaders|Russians|rashists|orcs|Russia|Moscow|the Kremlin|Putin['’]s|"
    r"separatists|people['’]s militia"
    # weapons only Russia fires: "struck by Kalibr cruise missiles", "a Shahed drone hit"
    r"|Kalibrs?|Iskanders?|Kinzhals?|Kh-\d+\w*|Shaheds?|Gerans?|Oniks|Onyx|"
    r"Lancet (?:drones?|loitering munitions?))"
    r"|(?P<UA2>nationalists|neo-Nazis|Nazis|Kyiv regime|Kiev regime|AFU|Ukrainians|Ukraine|Kyiv|"
    r"Kiev|Zelensky['’]s|HIMARS"
    # weapons only Ukraine fires: "struck by Storm Shadow missiles", "ATACMS", "a Neptune"
    r"|Storm Shadows?|SCALP|ATACMS|GMLRS|Neptunes?"
    # weapons the West supplied to Ukraine: "Western-made rocket launchers"
    r"|(?:Western|American|US|U\.S\.|British|NATO)[- ](?:made|supplied|provided)(?:\s+[\w-]+){0,2}?\s+"
    + _FORCE_NOUN
    + r")"
    r"|(?P<SELF>we|our (?:\w+ )?" + _FORCE_NOUN + r"|our defenders"
    # "his men", "their fighters", "its forces": the speaker's own side
    r"|(?:his|her|its|their) (?:own )?(?:men|fighters|forces|troops|units|soldiers|defenders"
    # "its artillery is destroying the crossings", said by a ministry: the ministry's side
    r"|(?:[\w-]+ )?(?:artillery|aviation|gunners|sappers|engineers|missiles|rockets|drones|"
    r"aircraft|jets|warplanes|bombers|helicopters|navy|air force)))"
    r"|(?P<ENEMY>the enemy|enemy)"
    r"|(?P<BARE>troops|forces|units|soldiers))\b"
)
_AGENT = compile_lower(_AGENT_SRC)  # run on lower(text)
_OPPOSITE = {"RU": "UA", "UA": "RU"}


def _agent_finditer(text: str, pos: int = 0):
    """Force mentions (``_AGENT``) in ``text`` from ``pos``, matched on its lower case."""
    return _AGENT.finditer(lower(text), pos)


_FORCE_POSSESSIVES = ("his ", "her ", "its ", "their ")


# a force named as of no known side: "unidentified armed forces", "unknown gunmen"
_UNKNOWN_FORCE_BEFORE = compile_fast(
    r"\b(?:unidentified|unknown|unmarked|masked|unnamed|mysterious|unrecognised|"
    r"unrecognized)\s+(?:armed\s+)?[\"“']?$",
    re.I,
)


def _agent_side(window: str, speaker_side: str | None, first: bool = False) -> str | None:
    """Side of the nearest force named in ``window`` (the words before a verb), or of the
    first one with ``first`` (the subject a later "they" stands for)."""
    last = None
    for m in _agent_finditer(window):
        if last is not None and m.group(0).startswith(_FORCE_POSSESSIVES):
            continue  # "the Russians used their artillery": the force named before
        last = m
        if first:
            break
    return _force_side(last, speaker_side) if last is not None else None


def _force_side(force: re.Match, speaker_side: str | None) -> str | None:
    """The side of one force mention (a match of :func:`_agent_finditer`)."""
    g = force.lastgroup
    if g in ("RU", "RU2"):
        # "enemy forces" said by Russia means Ukraine
        if force.group(0).lower().startswith("enemy"):
            return _OPPOSITE.get(speaker_side or "", None)
        return "RU"
    if g in ("UA", "UA2"):
        return "UA"
    if g in ("SELF", "BARE"):
        if _UNKNOWN_FORCE_BEFORE.search(force.string, max(0, force.start() - 30), force.start()):
            return None  # '"unidentified armed forces" had taken control of X': whose, unsaid
        if speaker_side is not None and speaker_side not in _OPPOSITE:
            # an observer has no forces of its own in the war: "UK intelligence said Russia had
            # ordered the withdrawal of its troops", "the IAEA said Russia had informed it that
            # its forces had taken the plant" are the forces of the side named before them
            named = list(_WARRING_NAME.finditer(force.string, 0, force.start()))
            return named[-1].lastgroup if named else None
        # "troops had entered Balakliia", said by a side, means its own troops
        return speaker_side
    return _OPPOSITE.get(speaker_side or "", None)


# a warring side named by its country, capital or adjective (lower-cased text)
_WARRING_NAME = compile_lower(
    r"\b(?:(?P<RU>russia|russian|moscow|kremlin)|(?P<UA>ukraine|ukrainian|kyiv|kiev))\b"
)


_SUBCLAUSE = compile_fast(
    # ("Russian and proxy forces": an "and" after a side adjective joins two of its forces)
    r"(?:\b(?:that|as|because|after|since|when|while|once|said|claimed|"
    r"(?<!Russian )(?<!russian )(?<!Ukrainian )(?<!ukrainian )and)|[,;:])\s+"
)


# words an _AGENT match can begin with (on lower-cased text): the only places worth trying it
_FORCE_STARTS = word_automaton(
    (w, len(w))
    for w in (
        "pro-russian russia separatist dpr lpr dnr lnr chechen wagner moscow enemy donetsk luhansk "
        "allied ukrain kyiv kiev azov nationalist neo-nazi occupiers invaders rashists orcs "
        "putin nazis afu zelensky himars we troops forces units soldiers people's people’s "
        "kalibr iskander kinzhal kh- shahed geran oniks onyx lancet storm scalp atacms gmlrs "
        "neptune"
    ).split()
    + ["the kremlin", "the enemy", "our ", "his ", "her ", "its ", "their "]
    + [f"{w}{c}" for w in ("western", "american", "us", "u.s.", "british", "nato") for c in "- "]
)


def _window_forces(clause: str, pos: int) -> tuple[str, list[re.Match]]:
    """The words of the clause before ``pos`` from its last subordinator ("that", "as", ",")
    that a force still follows ("Ukrainian forces, retreating from the city, blew up": the
    whole head when none), and the force mentions (``_AGENT`` matches) in them. The regex is
    tried only where a force word begins (its own scan is slow)."""
    head = clause[max(0, pos - 160) : pos]
    low = lower(head)
    if head.isascii():
        starts = sorted({end - n + 1 for end, n in _FORCE_STARTS.iter(low)})
    else:  # lower-casing may change lengths: every position is worth trying
        starts = range(len(low))
    forces = list(_matches_at(_AGENT, low, starts))
    if not forces:
        return head, forces  # no force at all: the window is the whole head
    for end in reversed([m.end() for m in _SUBCLAUSE.finditer(head)]):
        after = list(_matches_at(_AGENT, low, [i for i in starts if i >= end]))
        if after:
            return head[end:], after
    return head, forces


def _window_before(clause: str, pos: int) -> str:
    """The words of the clause before ``pos`` in which to look for who acts
    (:func:`_window_forces`)."""
    return _window_forces(clause, pos)[0]


# a subordinate clause whose own subject is acted on, up to its verb: "after all three bridges
# linking it to Lysychansk had been (destroyed)" (run on the lower-cased clause)
_PASSIVE_SUBORDINATE = compile_fast(
    r"\b(?:after|when|once|until|because|before|since)\s+[^,;]{1,80}?\s"
    r"(?:(?:had|has|have)\s+been|was|were|is|are|got)\s+(?:\w+ly\s+)?$"
)
_PASSIVE_BY_AGENT = compile_fast(
    # (up to a relative clause: "by a truck explosion that Moscow blamed on ...")
    r"[\"”]?\s*(?:\w+\s+|[\d:.apm]+\s+){0,5}?by\s+(?P<np>(?:(?!(?:that|which|who)\b)[\w'’-]+\s*){1,5})"
)


def _passive_agent(after: str, speaker_side: str | None) -> str | None:
    # ("had been attacked at about 3:05 a.m. by two Ukrainian unmanned surface vessels")
    m = _PASSIVE_BY_AGENT.match(after)
    return _agent_side(m.group("np"), speaker_side) if m else None


# --- clauses -----------------------------------------------------------------------------------
_CLAUSE_SPLIT = compile_fast(
    # (", and also a bridge across the Inhulets": one more object of the clause before)
    # ("hold all of X but only about 60% of Y": one verb, two objects with their shares)
    r";\s+|,?\s+(?:but(?!\s+(?:only\s+|just\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|"
    r"nearly\s+|almost\s+)?(?:\d{1,3}(?:\.\d+)?\s*(?:%|per\s?cent|percent)|half|a\s+third|"
    r"a\s+quarter|two[- ]thirds|three[- ]quarters|most|much)\s+of\s)|while|whereas|although|"
    r"though)\s+|,\s+and\s+(?!also\s)(?=(?:the|a|another|"
    # (", and evacuation trains to the west leave weekly": transport, a subject of its own)
    r"one|two|three|that|said|says|added|claimed|insisted|evacuation|buses|trains|[A-Z]))"
)


# "..., while Ukrainian sources claimed the bridge was blown up": a clause with its own speaker
_CLAUSE_SPEAKER = compile_fast(
    # ("The Russian Ministry of Defense has meanwhile claimed": a helper verb and an adverb)
    r"^\s*(?P<np>(?:[\w'’-]+\s+){1,5}?)(?:(?:has|have|had)\s+)?"
    r"(?:(?:meanwhile|also|again|long|repeatedly|\w+ly)\s+)?"
    # (not a passive: "Ukrainian forces were reported to have blown up the bridge" is said of
    # them by someone unnamed)
    r"(?<!\bwere )(?<!\bwas )(?<!\bare )(?<!\bis )(?<!\bbeen )(?<!\bbe )"
    r"(?:said|says|say|claimed|claims|claim|insisted|insists|"
    r"insist|countered|reported|reports|report|denied|denies|deny|maintained|maintain|argued|"
    r"argue|alleged|asserted|"
    # ("Russian officials themselves admit it cannot carry vehicles": an admission is a claim)
    r"admit|admits|admitted|acknowledge|acknowledges|acknowledged|concede|concedes|conceded)\b"
)


def _clause_side(clause: str) -> str | None:
    """The side of a speaker that opens a later clause of a sentence, if it names one."""
    m = _CLAUSE_SPEAKER.match(clause)
    return attr.side_of_phrase(m.group("np").strip()) if m else None


def _clauses(s: str) -> list[tuple[int, int]]:
    # _CLAUSE_SPLIT is tried only where a match may start (its own scan tries every space): at
    # a ";", at the comma or first space before "but", "while"..., at the comma of ", and"
    starts: list[int] = []
    i = s.find(";")
    while i >= 0:
        starts.append(i)
        i = s.find(";", i + 1)
    for word in _CLAUSE_WORDS:
        i = s.find(word)
        while i >= 0:
            k = i - 2 if word == "though" and s[i - 2 : i] == "al" else i  # "although"
            j = k  # the spaces before the word
            while j > 0 and s[j - 1].isspace():
                j -= 1
            if j < k and not (word == "but" and s.endswith("all", 0, j)):
                # ("destroyed all but one of the bridges" is one clause)
                starts += (j - 1, j) if j else (j,)
            i = s.find(word, i + 1)
    if "," in s and "and" in s:
        m = _COMMA_AND.search(s)
        while m is not None:
            starts.append(m.start())
            m = _COMMA_AND.search(s, m.end())
    if not starts:
        return [(0, len(s))]  # none of the splitting words: one clause (most sentences)
    out, pos = [], 0
    for start in sorted(starts):
        m = _CLAUSE_SPLIT.match(s, start) if start >= pos else None
        if m is not None:
            out.append((pos, start))
            pos = m.end()
    out.append((pos, len(s)))
    return out


_CLAUSE_WORDS = ("but", "while", "whereas", "though")
# the commas where a ", and" split may start (sre scans for the comma: fast)
_COMMA_AND = compile_fast(r",(?=\s+and\s)")


# a speaker phrase that stands for someone named before: a pronoun, or a body by its kind ("the
# council", "the city council", "the ministry")
_ITEM_REFERENCE = compile_fast(
    r"(?i:he|she|it|they|the\s+(?:[\w-]+\s+){0,2}?(?:council|ministry|administration|committee|"
    r"staff|command|office|agency|service|mission|authorities|government)|"
    r"(?:a|an|the|its|their)\s+spokes(?:man|woman|person))$"
)
_SPOKES = compile_fast(r"spokes(?:man|woman|person)$", re.I)


# --- bridges -----------------------------------------------------------------------------------
# ("the Sudzha crossing point", "the Logachevka border crossing": checkpoints, not bridges)
# ("a trolleybus crossing the dam": the verb, before the thing crossed)
_BRIDGE = compile_fast(
    r"\b(?:(?:foot|draw)?bridges?|(?<!border )crossings?(?! points?\b)(?!\s+(?:the|a|an|its|their)\s)|pontoons?|"
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
# bridge": more verbs of making a crossing)
_BUILD_VERBS = (
    # ("have put in pontoon bridges", "finished a barge bridge": the crossing made and standing)
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
            r"(?:blew|blown|blow|blowing) (?:it|them) up|(?:blew|blown|blow|blowing) (?:the|a|both|two|three|"
            r"their|its|every) (?:[\w-]+ )?(?:bridges?|crossings?|spans?)|"
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
            r"(?:is|was|are|were|now|still|remains?|remained)\s+(?:(?:also|now|still|all)\s+)?"
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
            r"(?:lies|lie|lay|lying)\s+(?:(?:also|now|still|all)\s+)?in\s+the\s+(?:river|water))\b",
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
            # back in use after an attack: "reopened to traffic", "has been returned to service"
            # (not "before it could be reopened": a hope)
            r"(?<!be )(?:re-?opened|repaired|restored)|(?:managed|able) to (?:re-?open|repair|restore)|(?:returned|back) (?:to|in|into) (?:service|use|"
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
            r"(?:bridges?|crossings?)\s+(?:(?:was|were|is|are|all|still)\s+){1,2}"
            r"(?:working|functioning|operating)|"
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
    r"(?:\b(?:not|never|no)|n['’]t)\s+(?:been\s+|yet\s+)?(?:destroy|blown|damag|collaps|fall|fell|"
    r"brought down|(?:hit|struck|shelled|bombed)\b)",
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
        ["intact", "undamaged", "standing", "open", "usable", "passable", "operational", "buil",
         "erect", "put ", "laid", "improvis", "construct", "rigged", "assembl", "set up", "thr", "install",
         "unharmed", "unscathed", "untouched", "survived", "open", "repaired", "restored", "service", "use", "operation",
         "resum", "restart", "again", "normally", "across", "withst", "escaped", "spared", "hold",
         "held", "seiz", "captur", "control", "secured", "taken", "raised", "lifted", "drawn up",
         "rel", "depend", "using", "replaced", "cross", "finish", "complet", "working",
         "functioning", "operating", "affected", "disrupted", "interrupted"]
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
# the words of a bridge in service among the intact ones of _BRIDGE_STATUS
_IN_SERVICE = contains_any(
    ["working", "functioning", "operating", "affected", "disrupted", "interrupted"]
)
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


# what may stand between a speaker's aside and the verb it interrupts: "had", "have also"
_VERB_ONLY = compile_fast(r"\s*(?:(?:had|have|has|also|then|reportedly|later)\s+)*")
# no bridge left as it was: "none of the bridges ... is still standing", "not a single crossing"
_NONE_OF = compile_fast(
    r"\b(?:none\s+of\s+(?:the|its|their|[\w-]+['’]s)\s+(?:[\w-]+\s+)?|not\s+(?:a\s+)?single\s+"
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
_RETREATING = compile_fast(
    r"\s*(?:[\w-]+\s+){0,3}?(?:when|as|while|before)\s+(?P<np>(?:[\w'’-]+\s+){1,3}?)"
    r"(?:had\s+|were\s+)?(?:withdrew|withdrawn|withdrawing|retreated|retreating|pulled\s+(?:out|back)|"
    r"pulling\s+(?:out|back)|fled|left)\b",
    re.I,
)
_RETREAT_GATE = contains_any(["withdr", "retreat", "pulled", "pulling", "fled", "left"])


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
            bm = _BRIDGE_PRONOUN.search(clause)
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
            and vm.start() > bm.start()
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
    first = row["name"].split()[0].lower()
    return not any(
        b["name"] is not None and b["name"].split()[0].lower() == first
        for b in earlier
        if b["claimed_by_side"] == row["claimed_by_side"] and b["actor_side"] is not None
    )


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


# --- evacuations -------------------------------------------------------------------------------
# words the branches below cannot match without: "taken ... out", "residents ... fled"
_OUT_VERBS = ("led", "lead", "take", "taking", "brought", "bring", "bussed", "bussing", "busing",
              "driv", "got", "get", "ferr", "move", "moving", "carr", "send", "sent", "order",
              "let", "took", "escort")  # fmt: skip
_LEAVING = ("leav", "left", "fled", "flee", "get out", "escap", "moved", "relocat", "taken",
            "bussed", "set off", "sets off", "setting off", "depart", "pulled out", "trickl",
            "get through", "got through", "getting through", "crossed", "drove out")  # fmt: skip
_LEAVERS = ("civilians", "residents", "people", "families", "cars", "vehicles", "buses", "convoy",
            "evacuees", "inhabitants", "locals", "refugees", "column")  # fmt: skip
# the other side's words for a removal (every match of the deportation branch holds one)
_DEPORT = ("deport", "forcible", "forced removal", "forced transfer", "forced displacement")
# who is moved: "9,000 children would be taken to other regions"
_MOVED = ("civilians", "residents", "people", "families", "evacuees", "inhabitants", "locals",
          "refugees", "children", "elderly", "pensioners", "patients")  # fmt: skip
# a removal told as done in the active, with its people and where they left: "authorities
# relocated 1,000 people from Vuhledar to Dnipro", "volunteers ferried 60 residents out of Oleshky"
_ACTIVE_MOVE = compile_lower(
    # (the transport's own verbs too: "buses carried 300 people from Mariupol", "volunteers
    # drove 40 elderly residents from Avdiivka", "rescuers brought 15 families from Orikhiv")
    r"\b(?:relocated|resettled|bussed|ferried|transported|transferred|moved|carried|drove|"
    r"brought|took|escorted)\s+"
    r"(?:\w+(?:,\d+)*\s+){0,4}?(?:civilians|residents|people|families|evacuees|inhabitants|"
    r"locals|children|elderly|pensioners|patients)\s+(?:\w+\s+)?(?:from|out\s+of)\b"
)
# a call to leave in the imperative, opening the sentence or a quote: "Leave the town now",
# '1/ "Get out while you can"' (not the noun: "leave was cancelled", "leave of absence")
_IMPERATIVE_LEAVE = compile_lower(
    r"(?:(?:^|[\"“:]\s*)(?:\d+[/.)]\s+)?[\"“]?(?:please,?\s+)?"
    # the call after a condition or another order: "If you have somewhere to go, leave",
    # "Pack your things and leave", "Take the children and get out"
    r"|\bif\s+you\b[^.;\"”]{0,80}?,\s+(?:please\s+)?"
    r"|(?:^|[\"“:]\s*)(?:please\s+)?(?:pack|take|gather|grab|collect)\b[^.;\"”,]{0,50}?\band\s+)"
    r"(?:leave|evacuate|get\s+out)\b"
    # (nor "Leave it to the army", "Leave no one behind")
    # ("get out of the city" is a call: "of" excluded after "leave" only)
    r"(?!\s+(?:was|is|were|are|has|had|of(?<=leave\sof)|for\s+(?:soldiers|troops|staff)|"
    r"request|it|them|us|"
    r"me|him|her|that|this|no|nothing|alone|room|space|aside)\b)"
)
# a service out running: "the daily train from Pokrovsk was running", "trains from Kherson are
# already running"
_SERVICE_RUNNING = compile_lower(
    r"\b(?:trains?|bus(?:es)?|ferry|ferries)\s+(?:from|out\s+of)\s+[^.;]{0,50}?\b(?:is|was|"
    r"are|were)\s+(?:still\s+|already\s+)?(?:running|operating|leaving|departing)\b"
)
# the transport of an evacuation kept from getting in (see _EVAC_PARTS): its words
_NO_WAY_IN_TRANSPORT = ("bus", "coaches", "evacuation")
_NO_WAY_IN_VERBS = ("to reach", "not reach", "n't reach", "longer reach", "to get in",
                    "not get in", "n't get in", "longer get in", "to enter", "not enter",
                    "n't enter", "longer enter", "drive into", "get through", "to get to",
                    "not get to", "n't get to", "reached", "got in", "got to", "got through",
                    "entered")  # fmt: skip
# transport laid on for people to go: "the city runs free buses to Odesa", "authorities have
# laid on special trains from Pokrovsk", "offering free evacuation buses" (not "runs freight
# trains to Poland": the kind of service is named)
_VEHICLES = ("bus", "train", "coach", "transport")
_LAID_ON_VERBS = ("run", "operat", "provid", "offer", "laid on", "lays on", "laying on", "lay on",
                  "put on", "puts on", "putting on", "organi", "arrang")  # fmt: skip
_LAID_ON = compile_lower(
    r"\b(?:runs?|running|ran|operat(?:es?|ed|ing)|provid(?:es?|ed|ing)|offer(?:s|ed|ing)?|"
    r"(?:lays?|laid|laying|puts?|putting)\s+on|organi[sz](?:es?|ed|ing)|arrang(?:es?|ed|ing))\s+"
    r"(?:(?:free|special|extra|additional|dedicated|chartered|evacuation)\s+){1,3}"
    r"(?:buses|bus\s+services?|trains|train\s+services?|coaches|minibuses|transport)\b"
    # or with where it goes: "the city would lay on buses to Uman", "organising buses to
    # Crimea", "would be offered buses 'to the safety of Donetsk'" (not the people described:
    # "residents who are being offered buses to Russia")
    r"|(?<!being\s)\b(?:runs?|running|ran|offer(?:s|ed|ing)?|(?:lays?|laid|laying|puts?|putting)"
    r"\s+on|organi[sz](?:es?|ed|ing)|arrang(?:es?|ed|ing))\s+(?:buses|trains|coaches|minibuses)"
    r"\s+(?:[\"“]\s*)?(?:to|for|from|out\s+of)\s"
    r"(?!(?:the\s+)?(?:front|army|troops|soldiers|military|units)\b)"
)
# the transport itself taking people, or leaving for a place: "buses were taking residents of
# the shelled districts to Poltava", "coaches will take families out of the city", "the
# evacuation train from Kramatorsk to Lviv left on time", "buses leave the square at noon for
# Dnipro" (not "trains took soldiers to the front": people are named, or a service's trip)
_TRANSPORT_GOES = compile_lower(
    r"\b(?:buses|trains|coaches|minibuses)\s+(?:(?:are|were|is|was|will|would|have|had|been|"
    r"be|still|again|now|also|already|daily|every\s+day)\s+){1,3}(?:taking|take|took|"
    r"carrying|carry|carried|bringing|bring|brought)\s+(?:[\w,-]+\s+){0,4}?(?:civilians|"
    r"residents|people|families|evacuees|inhabitants|locals|children|elderly|pensioners|"
    r"patients|wounded|women|those|anyone|everyone)\b"
    r"|\b(?:evacuation\s+|special\s+|free\s+)?(?:bus(?:es)?|trains?|coach(?:es)?)\s+"
    r"(?:(?:from|out\s+of)\s+[^.;,]{0,40}?\s)?(?:to\s+[^.;,]{0,30}?\s)?"
    r"(?:leave|leaves|left|depart|departs|departed|departing|leaving)\b"
    r"(?=[^.;]{0,60}?\b(?:for|to|towards|with\s+(?:about|some|around|over|nearly|more\s+than|"
    r"\d)))"
)
# the ways a sentence speaks of an evacuation, each behind words it cannot match without: one
# word of each of its tuples must occur
# no road out for people: "no legal or safe route across the front line", "no safe road for
# civilians to leave", "no way, he said, for those people to reach Ukrainian-held areas" (a
# route across the line or one for people to leave, not "no way for anyone to know")
_NO_ROUTE_WORDS = ("no safe", "no legal", "no secure", "no route", "no road", "no way for",
                   "no way,", "no path", "no open")  # fmt: skip
_NO_ROUTE = (
    r"\bno\s+(?:(?:safe|legal|secure|open|other|real|practical)\s+(?:or\s+|and\s+)?){0,3}"
    r"(?:way|route|road|path)s?(?:,\s+[^,.;]{1,30},)?\s+(?:(?:out\s+)?(?:across|through|over)\s+"
    r"(?:the\s+)?(?:front\s*line|line\s+of\s+contact|contact\s+line)\b|"
    r"for\s+(?:[\w-]+\s+){0,3}?(?:civilians|people|residents|families|"
    r"those|them|anyone|evacuees|children|elderly)\s+(?:\w+\s+){0,2}?to\s+(?:leave|reach|get\s+out|"
    r"escape|cross|evacuate|flee|go)\b)"
)
_EVAC_PARTS = [
    ((("evacu",),), compile_lower(r"\bevacu")),
    ((("humanitarian",),), compile_lower(r"\bhumanitarian (?:corridor|pause|route|passage)")),
    ((("corridor",),), compile_lower(r"\bcorridors?\b")),
    ((("safe passage",),), compile_lower(r"\bsafe passage")),
    # a passage named by where it leads out of: "the passage they had hoped to lead out of the
    # city did not take place" (not "the passage of the bill")
    (
        (("passage",), ("out of", "from")),
        compile_lower(
            r"\bpassages?\s+(?!of\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:law|bill|resolution|decree|"
            r"amendments?|budget|motion|legislation)\b)(?:\w+\s+){0,5}?(?:out\s+of|from)\b"
        ),
    ),
    # a way out named by its purpose: "offered two exit routes from the city", "escape routes"
    ((("exit route", "escape route"),), compile_lower(r"\b(?:exit|escape)\s+routes?\b")),
    # no way out of a place: "From Popasna there is no way out today" (not "no way out of the
    # crisis"; nor troops cut off, see _NO_WAY_OUT_FORCES)
    (
        # (or no route across the line: "there is no legal or safe route across the front line",
        # "no safe road for residents to leave", "no way, he said, for those people to reach X")
        (("no way out", "no safe way out", "no other way out", *_NO_ROUTE_WORDS),),
        compile_lower(
            r"\bno\s+(?:safe\s+|other\s+)?way\s+out\b"
            r"(?!\s+(?:of\s+|from\s+)?(?:the\s+|this\s+|a\s+)?(?:crisis|conflict|war|impasse|"
            r"deadlock|stalemate|situation|talks|negotiations)\b)|" + _NO_ROUTE
        ),
    ),
    (
        (("out",), _OUT_VERBS),
        compile_lower(
            r"\b(?:led|lead|leading|taken|take|taking|brought|bring|bringing|bussed|bussing|"
            r"busing|driven|drive|driving|got|get|getting|ferried|ferrying|move|moved|moving|carried|"
            # "take women, children and elderly people out of ...", "began to move families
            # out", "sending the children out of the border villages"
            # "occupation authorities ordered civilians out of a 15-km zone", "ready to let
            # civilians out", "buses took people who had reached Berdiansk out of the area"
            # "teams were escorting the convoy out of Mariupol"
            r"carrying|send|sending|sent|order|orders|ordered|let|letting|took|escort|escorts|"
            r"escorted|escorting)\s+"
            # ("ordered some 6,000 people out": a number with its commas is one word)
            r"(?:\w+(?:,\d+)*,?\s+){0,5}?out\b",
        ),
    ),
    (
        # a trip in to fetch people: "would try again to reach Mariupol to lead buses of
        # civilians out", "crews could not get into Avdiivka to pick up the wounded"
        (
            (
                "reach",
                "enter",
                "get into",
                "get to",
                "got into",
                "got to",
                "return to",
                "go to",
                "go into",
                "go back",
                "drive into",
                "drove into",
                "driving into",
            ),
            ("lead", "bring", "take", "get", "evacuate", "collect", "pick up", "rescue"),
        ),
        compile_lower(
            r"\b(?:reach|reached|reaching|enter|entered|entering|get\s+(?:in)?to|got\s+(?:in)?to|"
            r"return\s+to|go\s+(?:back\s+)?(?:in)?to|(?:drive|drove|driving)\s+into)\s+"
            r"(?:[\w'’-]+\s+){1,3}?"
            r"(?:to|and)\s+(?:lead|bring|take|get|evacuate|collect|pick\s+up|rescue)\s+"
            r"(?:[\w-]+\s+){0,4}?(?:civilians|people|residents|wounded|injured|sick|families|"
            r"children|elderly|those|evacuees|out)\b"
        ),
    ),
    (
        # help offered: "the state would help residents of Kherson move to safer regions"
        (("help",), ("move", "leave", "relocate", "evacuate", "get out")),
        compile_lower(
            r"\bhelp(?:ed|s|ing)?\s+(?:\w+\s+){0,3}?(?:civilians|residents|people|families|those|anyone|"
            r"everyone|inhabitants)\b[^.;]{0,80}?\b(?:move|leave|relocate|evacuate|get out)\b"
        ),
    ),
    (
        # people moved to safety in the active voice: "we are starting to move residents of the
        # border villages to safer areas"
        (("move", "moving"), ("safe", "secure", "temporary")),
        compile_lower(
            r"\bmov(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?(?:civilians|residents|people|families|"
            r"children|inhabitants|population|locals|elderly)\b[^.;]{0,60}?\bto\s+(?:\w+\s+)?"
            r"(?:safer|safe|secure|temporary)\b"
        ),
    ),
    (
        # people moved from a place in the active voice: "shelling made it impossible to move
        # people from Mariupol to Zaporizhzhia", "crews were moving residents out of Toretsk"
        (("move", "moving"), ("from", "out of")),
        compile_lower(
            r"\bmov(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?(?:civilians|residents|people|families|"
            r"children|inhabitants|population|locals|elderly|evacuees)\s+(?:\w+\s+){0,2}?"
            r"(?:from|out\s+of)\b"
        ),
    ),
    (
        # a civilian column on its way: "the column was travelling from Sumy towards Poltava",
        # "the buses were making their way out of Enerhodar" (not a military column)
        (("column", "convoy", "buses", "coaches"), ("travel", "heading", "its way", "their way")),
        compile_lower(
            r"(?<!military\s)(?<!armoured\s)(?<!armored\s)(?<!russian\s)(?<!ukrainian\s)"
            r"(?<!tank\s)(?<!enemy\s)\b(?:columns?|convoys?|buses|coaches)\s+(?:\w+\s+){0,2}?"
            r"(?:was|were|is|are)\s+(?:still\s+|now\s+|already\s+)?(?:travell?ing|heading|"
            r"making\s+(?:its|their)\s+way|on\s+(?:its|their)\s+way)\s+(?:from|out\s+of)\b"
        ),
    ),
    (
        # people resettled, with no direction said: "1,000 residents of border villages had
        # been resettled", "families from Kupiansk were relocated"
        (("resettled", "relocated"), _MOVED),
        compile_lower(
            r"\b(?:civilians|residents|people|families|evacuees|inhabitants|locals|children|"
            r"elderly|pensioners)\b[^.;]{0,100}?\b(?:are|is|were|was|be|been|being)\s+(?:\w+\s+)?"
            r"(?:resettled|relocated)\b"
        ),
    ),
    (
        # the way in barred to the transport sent for people: "Russian forces are not allowing
        # buses into Mariupol", "refused to let the evacuation convoy through to Berdiansk"
        (("allowing", "letting", "let", "blocking", "barring", "stopping"), ("buses", "convoy")),
        compile_lower(
            r"\b(?:not\s+(?:allowing|letting)|refus\w+\s+to\s+(?:let|allow)|blocking|barring|"
            r"stopping)\s+(?:the\s+|our\s+|any\s+)?(?:evacuation\s+)?(?:buses|bus|convoys?(?<!"
            r"humanitarian\sconvoy)(?<!humanitarian\sconvoys)|evacuation\s+(?:teams?|vehicles))\s+"
            r"(?:\w+\s+)?(?:into|in\s+to|through\s+to|to\s+(?:reach|enter))\b"
        ),
    ),
    (
        # a service out running (in a sentence that names the evacuation or its people): "said
        # the daily train from Pokrovsk to the west was running and that the mandatory evacuation
        # of the region is no suggestion"
        (("train", "bus", "ferr"), ("running", "operating", "leaving", "departing")),
        _SERVICE_RUNNING,
    ),
    ((_LAID_ON_VERBS, _VEHICLES), _LAID_ON),
    (
        (
            ("bus", "train", "coach"),
            ("tak", "took", "carr", "bring", "brought", "leav", "left", "depart"),
        ),
        _TRANSPORT_GOES,
    ),  # fmt: skip
    # free transport with where it goes: "free buses to Dnipro leave every morning"
    (
        (("free bus", "free train", "free coach", "free transport", "free evacuation"),),
        compile_lower(
            r"\bfree\s+(?:evacuation\s+)?(?:buses|trains|coaches|minibuses|transport)\s+"
            r"(?:to|from|out\s+of)\b"
        ),
    ),
    (
        # people joining the departure: "residents with their own cars could join the convoy",
        # "another 58 people joined the convoy in Manhush"
        (("join",),),
        compile_lower(
            r"\bjoin(?:ed|s|ing)?\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:convoy|column|"
            r"evacuation|corridor)s?\b"
        ),
    ),
    (
        # a removal in the active voice: "the government had started relocating residents of
        # Kherson", "authorities will relocate families from the border villages"
        (("relocat",), _MOVED),
        compile_lower(
            r"\brelocat(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?(?:civilians|residents|people|families|"
            r"evacuees|inhabitants|locals|children|elderly|pensioners|patients)\b"
        ),
    ),
    ((("left",), ("had", "have", "has")), compile_lower(r"\b(?:had|have|has)\s+(?:\w+\s+)?left\b")),
    ((("handed over",),), compile_lower(r"\bhanded over\b")),
    (
        # a removal in the active voice by the other side: "forces have forcibly deported
        # thousands of Mariupol residents to Russia"
        (("deported", "deporting"),),
        compile_lower(
            r"\bdeport(?:ed|ing)\s+(?:[\w-]+(?:,\d+)*\s+){0,5}?(?:civilians|residents|people|"
            r"children|families|inhabitants)\b"
        ),
    ),
    (
        # "private cars had been able to leave Mariupol", "residents were being moved away",
        # "people from Izyum were being taken to ...", "residents fleeing Irpin"
        (_LEAVING, _LEAVERS),
        compile_lower(
            r"(?<!\bwhich\s)\b(?:civilians|residents|people|families|cars|vehicles|buses|convoys?|"
            r"evacuees|inhabitants|locals|refugees|(?<!military\s)(?<!armoured\s)(?<!armored\s)"
            r"(?<!tank\s)(?<!russian\s)(?<!enemy\s)columns?)\b[^.;]{0,100}?\b(?:(?:been\s+)?able\s+to\s+)?(?:leave|"
            # (not "residents still live on the left, eastern bank")
            # (nor things: "objects left behind by Russian forces")
            r"leaving|left(?!(?:[\s,-]+\w+)?[\s,-]+(?:bank|flank|side|hand)\b)(?!\s+behind\s+by\b)|"
            r"fled|flee|fleeing|get out|escaped?|escaping|set off|sets off|"
            r"setting off|depart(?:ed|s|ing)?|pulled out|drove\s+out\s+of|"
            # "70,000 people had already crossed by ferry and boat from the right bank"
            r"crossed\s+(?:[\w-]+\s+){0,4}?(?:from|out\s+of)|"
            # "private cars were still trickling out", "the buses had been unable to get through"
            r"trickl(?:e|es|ed|ing)\s+out|(?:get|gets|got|getting)\s+through|"
            r"being\s+(?:moved|relocated|taken|bussed))\b",
        ),
    ),
    (
        # a passive of transport with where to: "evacuees are taken by bus to Pavlohrad",
        # "some residents had been moved to safer places" (not "taken to hospital")
        (
            (
                "taken",
                "moved",
                "bussed",
                "driven",
                "transported",
                "relocated",
                "brought",
                "sent",
                "ferried",
                "transferred",
            ),
            _MOVED,
        ),
        compile_lower(
            # a hospital emptied: "the patients are being transferred to other hospitals"
            r"\b(?:civilians|residents|people|families|evacuees|inhabitants|locals|refugees|"
            r"children|elderly|pensioners|patients)\b[^.;]{0,100}?\b(?:are|is|were|was|be|been|"
            r"being)\s+"
            # "children were sent by bus to ...", "residents were ferried across the river"
            r"(?:\w+\s+)?(?:taken|moved|bussed|driven|transported|relocated|brought|sent|ferried|"
            r"transferred)\s+"
            r"(?:by\s+\w+\s+)?(?:out|away|inland|further|from|across|over|(?:to|towards|into)\b"
            r"(?!\s+(?:a\s+|the\s+)?(?:hospitals?|morgues?|custody|prison|court|police|captivity|"
            r"interrogation)\b))",
        ),
    ),
    (
        # the active of a removal done, its people and the place they left named: "authorities
        # relocated 1,000 people from Vuhledar to Dnipro" (not troops: "moved two brigades from
        # Kherson", nor a wish: "plans to relocate people from the zone")
        (
            (
                "relocated",
                "resettled",
                "bussed",
                "ferried",
                "transported",
                "transferred",
                "moved",
                "carried",
                "drove",
                "brought",
                "took",
                "escorted",
            ),
            _MOVED,
        ),
        _ACTIVE_MOVE,
    ),
    (
        # the call itself, quoted or as a digest item opens: '"Leave the occupied south by any
        # means" - that is the message ...', "Evacuate now: ..." (the verb first, no subject)
        (("leave", "evacuate", "get out"),),
        _IMPERATIVE_LEAVE,
    ),
    (
        # people arrived where they fled to: "about 3,000 residents reached Zaporizhzhia in their
        # own cars", "families have safely arrived in Lviv" (not "residents reached by phone")
        (("reached", "arrived", "made it"), _MOVED),
        compile_lower(
            r"\b(?:civilians|residents|people|families|evacuees|refugees|children|elderly|"
            r"pensioners|patients)\s+(?:[\w-]+\s+){0,2}?"
            # who they are by where they were brought from: "civilians rescued from the Azovstal
            # plant had arrived in Zaporizhzhia"
            r"(?:(?:rescued|evacuated|freed|brought\s+out|taken\s+out|pulled\s+out)\s+"
            r"(?:from|of)\s+(?:[\w'’-]+\s+){1,4}?)?(?:had\s+|have\s+|has\s+)?"
            r"(?:safely\s+|finally\s+)?(?:reached|arrived\s+(?:safely\s+)?in|made\s+it\s+(?:out|to))\b"
            r"(?!\s+(?:by|the\s+(?:age|end|stage|point|conclusion))\b)"
        ),
    ),
    (
        # the transport arrived from where people left: "the first cars from Berdiansk had
        # reached the city by afternoon", "buses from Mariupol arrived in Zaporizhzhia"
        # (not an aid convoy: "a UN convoy from Dnipro reached Sievierodonetsk with food")
        (("reached", "arrived", "made it"), ("cars", "buses", "coaches", "evacuation")),
        compile_lower(
            r"\b(?:(?<!military\s)(?<!armoured\s)(?<!armored\s)(?<!russian\s)cars|buses|coaches|"
            r"evacuation\s+(?:convoys?|columns?|trains?|vehicles))\s+(?:\w+\s+){0,2}?"
            r"(?:from|out\s+of)\s+"
            r"(?:[\w'’-]+\s+){1,3}?(?:had\s+|have\s+|has\s+)?(?:safely\s+|finally\s+)?"
            r"(?:reached|arrived\s+(?:safely\s+)?in|made\s+it\s+to)\b"
        ),
    ),
    (
        # the transport sent for people kept out: "buses sent to Enerhodar had not been
        # allowed to enter the town", "the convoy was denied entry to Mariupol"
        (
            ("buses", "convoy", "column", "vehicles", "evacuation team"),
            ("not allowed", "not been allowed", "not permitted", "not been permitted", "denied"),
        ),
        compile_lower(
            r"(?<!military\s)(?<!armoured\s)(?<!armored\s)(?<!russian\s)(?<!tank\s)"
            r"\b(?:buses|convoys?|columns?|evacuation\s+(?:teams?|vehicles))\b[^.;]{0,60}?"
            r"\b(?:(?:were|was|had|have|has)\s+(?:\w+\s+)?not\s+(?:been\s+)?(?:allowed|permitted)\s+"
            r"(?:to\s+(?:enter|reach|pass|get\s+(?:in|into|through))|into|through|in)|"
            r"(?:were|was|had\s+been|have\s+been)\s+denied\s+(?:entry|access|passage))\b"
        ),
    ),
    (
        # transport on offer: "buses from Bakhmut to Kramatorsk are still available"
        (("available",), ("bus", "train", "evacuation")),
        compile_lower(
            r"\b(?:bus(?:es)?|trains?|evacuation\s+(?:transport|vehicles|convoys?))\s+"
            r"(?:[\w'’-]+\s+){0,5}?(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?available\b"
        ),
    ),
    (
        # people going by their own means: "residents were travelling on their own, by private
        # car", "those who want to leave are making their own way out by car"
        (("on their own", "own means", "own way", "by car", "private car", "own cars"),),
        compile_lower(
            # (not an option: "those with cars can leave on their own")
            r"\b(?:leaving|left|travell?ing|driving|drove|getting\s+out|got\s+out|fleeing|fled|"
            r"making\s+their\s+(?:own\s+)?way|made\s+their\s+(?:own\s+)?way)\s+(?:out\s+)?"
            r"(?:(?:of\s+)?[A-Z][\w'’-]+\s+)?(?:on\s+their\s+own|by\s+their\s+own\s+means|"
            r"by\s+(?:private\s+)?cars?|in\s+(?:their\s+own|private)\s+(?:cars|vehicles))\b"
        ),
    ),
    (
        # the transport unable to get in for people: "no bus had been able to reach Rubizhne for
        # three days", "buses could not get into Popasna" (not troops: "tank columns could not
        # reach the city")
        (_NO_WAY_IN_TRANSPORT, _NO_WAY_IN_VERBS),
        compile_lower(
            # (not troops: "so that columns could not enter the town")
            r"\bno\s+(?:evacuation\s+)?(?:bus(?:es)?|coaches|(?<=evacuation\s)(?:convoys?|columns?|"
            r"vehicles|trains?))\s+"
            r"(?:(?:(?:had|has|have|was|were)\s+)?(?:been\s+)?(?:able\s+to|managed\s+to|could)\s+"
            r"(?:reach|get\s+(?:in|into|through|to)|enter|drive\s+into)|(?:had|has|have)\s+(?:yet\s+)?"
            r"(?:reached|got\s+(?:in|into|through|to)|entered))\b|"
            r"(?<!military\s)(?<!armoured\s)(?<!armored\s)(?<!russian\s)(?<!tank\s)"
            r"\b(?:bus(?:es)?|coaches|evacuation\s+(?:convoys?|columns?|teams?|vehicles|trains?))\s+"
            r"(?:[\w-]+\s+){0,3}?(?:could\s+not|couldn['’]t|cannot|can['’]t|(?:could|can)\s+no\s+longer|"
            r"did\s+not|didn['’]t|failed\s+to|(?:(?:were|was|are|is)|(?:have|had|has)\s+been)\s+"
            r"unable\s+to|(?:had|has|have)\s+not\s+(?:been\s+able|managed)\s+to|(?:was|were)\s+not\s+"
            r"able\s+to)\s+(?:reach|get\s+(?:in|into|through|to)|enter|drive\s+into)\b"
        ),
    ),
    (
        # the transport sent back: "the convoy of 40 buses was turned back at a checkpoint",
        # "the ICRC said its team had to turn back on the way to Mariupol"
        (("buses", "convoy", "column", "team", "evacuation"), ("turn",)),
        compile_lower(
            r"(?<!military\s)(?<!armoured\s)(?<!armored\s)(?<!russian\s)(?<!tank\s)"
            r"\b(?:buses|convoys?|columns?|(?:its\s+|our\s+|the\s+|rescue\s+|red\s+cross\s+|"
            r"icrc\s+)teams?|evacuation\s+(?:teams?|vehicles))\b[^.;]{0,60}?\b(?:(?:were|was|had\s+been|"
            r"have\s+been)\s+turned\s+(?:back|away)|(?:had|has|have|were\s+forced)\s+to\s+turn\s+"
            r"(?:back|around))\b"
        ),
    ),
    (
        # evacuees lodged where they went: "300 people have been placed in temporary
        # accommodation centres", "families were housed in shelters in Poltava"
        (("placed", "housed", "accommodated"), _MOVED),
        compile_lower(
            r"\b(?:civilians|residents|people|families|evacuees|inhabitants|locals|refugees|"
            r"children|elderly|pensioners|patients)\b[^.;]{0,100}?\b(?:are|is|were|was|be|been|"
            r"being)\s+(?:\w+\s+)?(?:placed|housed|accommodated)\s+in\s+(?:[\w-]+\s+){0,2}?"
            r"(?:accommodation|shelters?|centres?|centers?|dormitor(?:y|ies)|hotels?|camps?|"
            r"sanatori(?:um|ums|a)|housing)\b"
        ),
    ),
    (
        # crews picking people up: "buses were still collecting elderly people from Izium",
        # "buses will take residents from Kostiantynivka to Dnipro"
        # "the governor began sending children away from the border", "boats ferry residents
        # across the river"
        (
            (
                "collect",
                "pick",
                "transport",
                "ferry",
                "ferri",
                "take",
                "taking",
                "carr",
                "send",
                "sent",
                "took",
                "drove",
                "drive",
                "driving",
            ),
        ),
        compile_lower(
            r"\b(?:collect(?:s|ed|ing)?|pick(?:s|ed|ing)?\s+up|transport(?:s|ed|ing)?|"
            r"ferr(?:y|ies|ied|ying)|take|takes|taking|took|carr(?:y|ies|ying)|send(?:s|ing)?|"
            # "police drove residents out of the town"
            r"sent|drove|drives?|driving)\s+"
            # (not "collecting the bodies of people from the rubble")
            r"(?!(?:\w+\s+){0,3}?(?:bodies|remains|dead|testimon\w*|evidence|data)\b)"
            r"(?:\w+(?:,\d+)*\s+){0,4}?(?:people|residents|civilians|evacuees|families|children|"
            r"elderly|"
            r"inhabitants|locals|pensioners|refugees)\s+"
            r"(?:\w+\s+){0,3}?(?:from|out of|to|towards|away|across)\b",
        ),
    ),
    (
        (
            (
                "leave",
                "flee",
                "evacuate",
                "get out",
                "move",
                "head for",
                "head to",
                "relocate",
                "cross",
            ),
            ("urg", "call", "ask", "tell", "told", "advis", "appeal", "encourag", "warn"),
            (
                "civilians",
                "residents",
                "people",
                "population",
                "inhabitants",
                "everyone",
                "anyone",
                "everybody",
                "families",
                "them",
                "those",
            ),
        ),
        compile_lower(
            # "appealed to residents to go", and a quoted appeal: "I call on everyone who is
            # still in the town: leave"; those just spoken of: "(several thousand civilians
            # were still living in the ruins.) He again urged them to leave"
            # "encouraged families to leave", "warned residents to get out"
            r"\b(?:urg|call|ask|tell|told|advis|appeal|encourag|warn)\w*\s+(?:on\s+|to\s+)?"
            r"(?:the\s+)?"
            r"(?:remaining\s+)?"
            r"(?:civilians|residents|people|population|inhabitants|everyone|anyone|everybody|"
            r"families|them\s+(?:again\s+)?(?=to\s+(?:leave|evacuate|get\s+out)\b)"
            # "urged those who remained in Soledar to leave"
            r"|those(?=\s+(?:who|still|remaining|left)\b))\b"
            # "called on people there to head for the border"
            # "told people to cross into Russia", "urged families to relocate"
            # "asked residents to take their documents and pets ... and leave: A, B, C"
            r"[^.]{0,160}?(?:\bto|:|\band)\s+(?:leave|flee|evacuate|get out|move|head\s+(?:for|to|towards)|"
            r"relocate|cross\s+(?:into|over\s+(?:in)?to|the\s+border))\b",
        ),
    ),
    (
        # "were stopping residents from leaving", "barred civilians from leaving the city"
        (("prevent", "stopp", "barr"), ("leaving", "evacuating")),
        compile_lower(
            r"\b(?:prevent\w*|stopp(?:ed|ing)|barr(?:ed|ing))\s+(?:\w+\s+){0,4}?from\s+"
            r"(?:leaving|evacuating)\b"
        ),
    ),
    (
        (("russia",), ("taken", "moved", "brought", "deported")),
        compile_lower(
            r"\b(?:taken|moved|brought|deported)\s+[\"“”']?to\s+(?:the\s+territory\s+of\s+)?"
            r"(?:the\s+)?(?:Russia|Russian Federation)\b",
        ),
    ),
    (
        (("ceasefire",), ("leave", "evacuat")),
        compile_lower(r"\bceasefire\b[^.]{0,80}?\b(?:leave|evacuat\w*)\b"),
    ),
    (
        # a removal named by another noun: "ordered the relocation of families with children
        # from the frontline villages", "the resettlement of residents to other regions"
        # "announced the temporary removal of residents", 'the "mass departure" of the region's
        # residents'
        (("relocation", "resettlement", "removal", "departure"),),
        compile_lower(
            r"\b(?:relocation|resettlement|removal|departure)[\"”’']?\s+of\s+(?:[\w'’]+\s+){0,4}?"
            r"(?:civilians|residents|people|"
            r"families|children|population|inhabitants|locals|elderly)\b"
        ),
    ),
    (
        # an obligation to go, however far from who must go: "residents of 37 villages on the
        # eastern bank of the river, which came under fire again this week, must leave"
        (("must", "have to", "has to", "required to", "obliged to"), ("leave", "evacuate")),
        compile_lower(
            r"\b(?:must|(?:have|has)\s+to|(?:are|is|were|was)\s+(?:required|obliged)\s+to)\s+"
            r"(?:\w+\s+)?(?:leave|evacuate)\b"
        ),
    ),
    (
        # the other side's framing of the same removal: "Kyiv called the operation a forced
        # deportation of residents", "the forcible transfer of civilians"
        (_DEPORT,),
        compile_lower(
            r"\b(?:forced|forcible)\s+(?:deportations?|removals?|transfers?|displacement)\b|"
            r"\bdeportations?\s+of\s+(?:\w+\s+){0,2}?(?:civilians|residents|people|population|"
            r"children|families|inhabitants|locals)\b"
        ),
    ),
    (
        # a removal in official euphemism: "announced the organized departure of civilians"
        (("organized departure", "organised departure"),),
        compile_lower(r"\borgani[sz]ed\s+departures?\b"),
    ),
    (
        # departures as the thing arranged: "too heavy to organise any departures"
        (("organise", "organize", "organising", "organizing"), ("departure",)),
        compile_lower(r"\borgani[sz](?:e|ed|es|ing)\s+(?:any\s+|the\s+|safe\s+)?departures?\b"),
    ),
    (
        # a way out offered: "civilians would be offered exit towards Nikolskoye", "were
        # given a way out to the west" (not "exit polls", "the exit from the talks")
        (("offer", "given", "granted", "guarantee", "provid"), ("exit", "way out")),
        compile_lower(
            r"\b(?:offer(?:ed|s|ing)?|given|granted|guarantee(?:d|s)?|provid(?:ed|es|ing)?)\s+"
            r"(?:(?:an?|safe|free|an\s+unimpeded)\s+)?(?:exit|way\s+out)\b(?!\s+polls?\b)"
        ),
    ),
    (
        # a route out for people (a weak word: an army has routes out too): "asked the Red Cross
        # to negotiate a route out for the sick and for families with children"
        (("route out", "routes out", "ways out"),),
        compile_lower(r"\b(?:routes?|ways)\s+out\s+(?:of|from|for)\b"),
    ),
]


def _evac_part(low: str, found: int) -> int:
    """Which branch of :data:`_EVAC_PARTS` first matches ``low`` (a :func:`lower` text; -1: none,
    no evacuation)? ``found``: its :func:`_evac_words`; only the branches whose words occur are
    tried."""
    for k, (need, rx) in enumerate(_PART_BITS):
        if found & need == need and rx.search(low):
            return k
    return -1


# the first branches of _EVAC_PARTS, together with "ceasefire", are the strong evacuation words
_N_STRONG_PARTS = 7
_NO_WAY_IN_PART = next(
    i for i, (gates, _) in enumerate(_EVAC_PARTS) if gates[0] is _NO_WAY_IN_TRANSPORT
)
_NO_WAY_OUT_PART = 6
# a call in the imperative ("Pack your bags and leave") is made to the people who hear it
_IMPERATIVE_PART = next(i for i, (_, rx) in enumerate(_EVAC_PARTS) if rx is _IMPERATIVE_LEAVE)
_NO_WAY_OUT_FORCES = compile_lower(
    r"\b(?:units|troops|forces|soldiers|army|servicemen|fighters|garrison|grouping|brigades?|"
    r"encircled|encirclement|cauldron|pocket)\b"
)


# a corridor for grain or ships is not a civilian evacuation
_NOT_EVAC = compile_fast(
    r"\b(?:humanitarian\s+)?corridors?\s+(?:for|to allow)\s+(?:\w+\s+){0,2}?(?:grain|exports?|"
    r"shipping|ships|vessels|food|cargo)\b"
    r"|\b(?:grain|shipping|maritime|export|sea|naval|trade)\s+corridors?\b",
    re.I,
)
# "In Moscow, General X accused ...": where the speaker is, not where people leave
_OPENER_PLACE = compile_fast(r"^(?:In|From|At)\s+(?:the\s+)?\|,$")
_TO_RUSSIA = compile_fast(
    r"\b(?:to|towards?)\s+(?:the\s+territory\s+of\s+)?(?:the\s+)?(?:Russia|Russian Federation)\b"
    # "a corridor from Chernihiv towards the Russian border"
    r"|\b(?:to|towards?)\s+the\s+Russian\s+border\b"
    # left for it: "5,000 people had left Mariupol for Russia" (not "a corridor for Russia's
    # convenience": a country named after the leaving)
    # (nor a clause after it: "who left Mariupol asked for Russia to open a corridor")
    # ("urged residents to leave for Russia": the country right after the verb)
    r"|\b(?:left|leave|leaving|departed|fled)\s+(?:(?:[A-Z][\w'’-]+|the|city|town|village|region)\s+)"
    r"{0,3}?for\s+(?:the\s+)?"
    r"(?:Russia|Russian Federation)\b(?![\'’])"
)
# case matters here: "may" is possible, "May" is a month
_POSSIBLE = compile_fast(r"\b(?:[Cc]an|[Cc]ould|[Pp]ossible|able to|may)\b")
_EVAC_STATUS = [
    (
        # a tally said to fall short outweighs the going out it counts: "only a handful of cars
        # got through, far fewer than planned", "only a few families made it out"
        "limited",
        compile_lower(
            # (not the last attempt a new one follows: "after only a handful of buses got through")
            r"(?<!\bafter\s)(?<!\bsince\s)"
            r"\bonly\s+(?:a\s+)?(?:handful|few|small number|fraction|trickle|dozen)\s+(?:of\s+)?"
            r"(?:the\s+)?(?:\w+\s+)?(?:buses|cars|vehicles|people|civilians|residents|families|"
            r"evacuees|children|convoys?)\b"
            # a small count that got away: "only 100 people managed to leave Mariupol", "only
            # about 300 residents were able to get out"
            r"|\bonly\s+(?:about\s+|some\s+|around\s+)?(?:\d[\d,]*|dozens|a\s+hundred|"
            r"(?:two|three|four|five|several)\s+hundred)\s+(?:of\s+)?(?:the\s+)?(?:people|civilians|"
            r"residents|families|evacuees|buses|cars|vehicles)\s+(?:\w+\s+)?(?:managed|were\s+able|"
            r"could|got|made\s+it|left|escaped)\b"
            # (a count of those who stayed: "only a handful of residents still remain there")
            r"(?!\s+(?:[\w-]+\s+){0,4}?(?:remain|remains|remained|stay|stays|stayed)\b)"
            r"|\bfar\s+(?:fewer|less)\s+than\s+(?:planned|expected|"
            r"hoped|promised|announced)\b"
            # a few at a time: "private cars were still trickling out of the city"
            r"|\btrickl(?:e|es|ed|ing)\s+(?:out|through|in)\b"
            # a small rate: "letting through only a few hundred vehicles a day", "checkpoints let
            # only a few dozen out each day", "only 50 cars per day"
            r"|\bonly\s+(?:about\s+|around\s+|some\s+)?(?:a\s+)?(?:few|handful|dozen|couple|\d[\d,]*|"
            r"dozens|hundreds)\s+(?:(?:hundred|dozen|of)\s+)?(?:[\w-]+\s+){0,2}?(?:a|per|each)\s+"
            r"(?:day|night|week|hour)\b"
        ),
    ),
    (
        # none of those who set out got away: "none of the evacuation buses managed to get out",
        # "none of the residents were able to leave" (before "managed to", a success otherwise)
        "impossible",
        compile_lower(
            r"\bnone\s+of\s+(?:the\s+|them\b)(?:[\w-]+\s+){0,2}?(?:managed|could|was|were|had|"
            r"have|has)\s+(?:\w+\s+){0,2}?(?:leave|get|go|make\s+it|escape|pass|reach)\w*\b"
            # "no evacuation bus has managed to reach Vuhledar", "no car had been able to leave"
            r"|\bno\s+(?:[\w-]+\s+)?(?:bus(?:es)?|cars?|vehicles?|convoys?|columns?|trains?|coaches)\s+"
            r"(?:(?:(?:had|has|have|was|were)\s+)?(?:been\s+)?(?:able\s+to|managed\s+to|could)\s+"
            r"(?:leave|get|go|make\s+it|pass|reach|enter|drive)|(?:had|has|have)\s+(?:yet\s+)?"
            r"(?:reached|got\s+(?:in|into|through|to)|entered))\b"
        ),
    ),
    (
        # a success said outright outweighs the failures before it: "after days of failed
        # attempts, families managed on Sunday to leave the town"
        "completed",
        compile_lower(
            r"(?<!\bnot\s)(?<!\bno one\s)(?<!\bnobody\s)(?<!\bnever\s)(?<!\bnone\s)(?<!n['’]t\s)"
            r"\bmanaged\s+(?:\w+\s+){0,3}?to\s+(?:leave|get out|escape|flee|evacuate|reach)\b"
            # (talks, not people: "we managed to reach a preliminary agreement")
            r"(?!\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:agreement|deal|understanding|accord|"
            r"consensus|compromise)\b)"
        ),
    ),
    (
        "impossible",
        compile_lower(
            r"\b(?:not|no longer|never)\s+(?:\w+\s+)?(?:be\s+)?possible|\bimpossible\b|"
            r"\bout of the question\b|\b(?:cannot|can['’]t|can not|could not|couldn['’]t|unable to|"
            # (not damage: "the gas network could not be repaired before winter")
            r"no way to|not able to|not been able to)\b(?!\s+be\s+(?:repaired|restored|fixed|rebuilt|replaced|"
            # (nor a winter warning: "homes could not be heated", "could not be kept warm")
            r"reconnected|heated|kept\s+warm)\b)|\b(?:is|was|are|were|has been|had been|have been|remains?|"
            r"remained)\s+"
            # (in scare quotes too: 'the corridor was "blocked" again')
            r"(?:\w+\s+)?[\"“'‘]?(?:blocked|halted|suspended|stopped|paused|put\s+on\s+hold|"
            r"on\s+hold)\b|"
            # the other side not keeping to the truce: "Russia did not respect the humanitarian
            # corridor", "forces violated the ceasefire"
            r"\b(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|failed\s+to|refused\s+to)\s+"
            r"(?:respect|observe|honou?r)\b|\bviolat(?:ed|ing|es?)\s+(?:the\s+)?(?:\w+\s+)?"
            r"(?:ceasefire|truce|corridors?|agreement|regime)\b|"
            # ('there is no agreed "green corridor" for the city')
            r"\bno\s+(?:[\"“]?[\w-]+[\"”]?\s+){0,2}?[\"“]?(?:evacuation|corridor|passage)s?\b|"
            # (not a removal said to go on: "the evacuation will not be halted")
            r"(?<!\bnot\sbe\s)(?<!n['’]t\sbe\s)"
            r"\b(?:called off|halted|postponed|cancell?ed|disrupted|failed|aborted|derailed|thwarted|"
            r"foiled)\b|"
            # the same said of the evacuation itself by a milder verb: "the evacuation of the town
            # was put off", "the corridor has been delayed" (not "trains ran, delayed by an hour")
            r"\b(?:evacuations?|corridors?)\s+(?:[\w'’-]+\s+){0,4}?(?:is|was|were|are|has|have|had)"
            r"\s+(?:been\s+)?(?:put\s+off|delayed)\b|"
            # the service out no longer running: "evacuation trains stopped running from
            # Kramatorsk after the station strike", "ferries from Oleshky ceased operating"
            r"\b(?:trains|buses|ferries|convoys)\s+(?:[\w'’-]+\s+){0,4}?(?:stopped|ceased)\s+"
            r"(?:running|operating|leaving|departing|going)\b|"
            # a try that came to nothing: "the attempt to get people out of Volnovakha broke down
            # when shelling resumed", "efforts to evacuate the town fell through"
            r"\b(?:attempts?|efforts?|bids?)\s+to\s+(?:[\w'’-]+\s+){1,6}?(?:collapsed|broke\s+down|"
            r"fell\s+through|came\s+to\s+nothing)\b|"
            # the way out said not to work: "the corridor no longer worked" (not "was working")
            r"\b(?:corridors?|routes?|passage)\s+(?:[\w-]+\s+){0,10}?(?:no\s+longer|(?:is|was|are|were|"
            r"did|does|do)\s+not|(?:isn|wasn|aren|weren|didn|doesn|don)['’]t)\s+(?:work|works|worked|"
            r"working|function\w*|operat\w*)\b|"
            # "humanitarian corridors would not open on Wednesday"
            r"\b(?:corridors?|routes?|passage)\s+(?:[\w-]+\s+){0,10}?(?:would|will|did|could|does|do)\s+"
            r"not\s+(?:re)?open\b|"
            # the one who stops it named first: "the city council suspended the evacuation",
            # "authorities stopped all departures" (not "stopped the shelling")
            r"\b(?:suspend(?:s|ed|ing)?|stop(?:s|ped|ping)?)\s+(?:the\s+|all\s+|its\s+|their\s+)?"
            r"(?:[\w-]+\s+)?(?:evacuations?|corridors?|convoys?|departures?)\b|"
            r"\b(?:could|did) not (?:go ahead|take place)\b|\bnever took place\b|"
            r"\bstill did not exist\b|"
            # the rescuers sent back: "the team had to turn around", "convoy forced to turn back"
            # (not the last try a relative clause recalls: "its convoy, which had to turn back,
            # would try again")
            r"(?<!\bwhich\s)(?<!\bthat\s)(?<!\bwho\s)"
            r"\b(?:had|has|have|forced)\s+to\s+turn\s+(?:around|back)\b|"
            # "buses sent to evacuate civilians were forced to return" (the transport, not people
            # who went home: "some evacuees were forced to return because they had no money")
            r"\b(?:buses|convoys?|column|teams?|vehicles|trains|cars|crews)\b[^.;]{0,60}?\b(?:were|was|"
            r"been)\s+forced\s+to\s+(?:return|go\s+back|come\s+back)\b|"
            r"\bno(?: one|body)\s+(?:could|can|was able to)\b|"
            # none of those who were to go did: "no buses had been able to leave", "no civilian
            # had come out through the corridors"
            r"\bno\s+(?:\w+\s+)?(?:buses|cars|vehicles|convoys?|trains|civilians?|people|residents|"
            r"evacuees)\s+(?:had|have|has|was|were|could|managed)\s+(?:(?:been\s+)?able\s+to\s+|to\s+)?"
            r"(?:leave|left|get|got|come\s+out|came\s+out|go|gone|make\s+it|made\s+it|pass|passed)\b|"
            # "the shelling was too heavy to organise any departures"
            r"\btoo\s+(?:\w+\s+){1,2}?to\s+(?:organi[sz]e|allow|carry\s+out|leave|evacuate|get\s+out|"
            r"reach|send)\b|"
            # "crews could no longer reach the town", "buses can no longer get in"
            r"\b(?:can|could)\s+no\s+longer\s+(?:\w+\s+)?(?:enter|reach|leave|get|go|drive|"
            r"travel|evacuate|take|bring|access|be\s+evacuated)\b|"
            # the way out under fire: "Russian forces shelled the corridor", "were shelling the
            # road where the buses waited", "the convoy came under fire"
            # (not "no shelling of the route had been recorded")
            r"(?<!\bno\s)(?<!\bwithout\s)"
            r"\b(?:shell(?:ed|ing|s)?|fired on|firing on|opened fire on)\s+(?:\w+\s+){0,3}?"
            r"(?:corridors?|convoys?|routes?|road|buses|column)\b|"
            r"\b(?:corridors?|convoys?|routes?|roads?|buses|column)"
            # ("the evacuation route out of Orikhiv had come under Russian shelling")
            r"\s+(?:\w+\s+){0,4}?(?:came|come|comes|was|were|is|are)\s+under\s+"
            r"(?:(?:russian|ukrainian|heavy|enemy|artillery|rocket|mortar)\s+)?(?:fire|shelling|"
            r"attack)\b|"
            # "the corridor out of the city collapsed", "the route had to be closed" (not "the
            # building collapsed", "entry to the districts would be closed")
            r"\b(?:corridors?|routes?|ceasefire|truce|passage)\s+(?:[\w-]+\s+){0,4}?(?:had\s+)?"
            r"(?:collapsed|broke down|broken down|(?:is|was|are|were|be|been)\s+(?:closed|shut))"
            r"\b|"
            # "the evacuation of Lysychansk had stopped" (not "the shelling had stopped")
            # (not the spot it halted at: "Bezimenne, where the convoy had stopped")
            r"(?<!\bwhere\sthe\s)(?<!\bwhere\s)"
            r"\b(?:evacuations?|corridors?|buses|trains|convoys?)\s+(?:[\w-]+\s+){0,4}?"
            r"(?:had|has|have)\s+(?:\w+\s+)?(?:stopped|ceased)\b|"
            # "residents had no safe way out by road" (not a warning: "could find themselves
            # under fire with no way out")
            r"\b(?:had|have|has|there\s+(?:is|was|are|were))\s+(?:\w+\s+)?no\s+(?:safe\s+|secure\s+)?"
            r"(?:way|route|road)\s+out\b",
        ),
    ),
    (
        "refused",
        compile_lower(
            # "routes into Russia were unacceptable"
            r"\b(?:refus\w+|reject\w*|declin\w+|turned down|not (?:letting|allowing|evacuating)|"
            r"unacceptable)\b|"
            r"\b(?:prevent\w*|stopp(?:ed|ing)|barr(?:ed|ing))\s+(?:\w+\s+){0,4}?from\s+"
            r"(?:leaving|evacuating|getting\s+out|fleeing|escaping)\b|"
            # or from taking the way out laid on: "preventing residents from using the corridors
            # Russia had opened", "stopped families from boarding the evacuation buses"
            r"(?<!\bnot\s)(?<!\bnever\s)\b(?:prevent\w*|stopp(?:ed|ing)|barr(?:ed|ing))\s+"
            r"(?:\w+\s+){0,4}?from\s+(?:using|taking|boarding|reaching)\s+(?:the\s+|these\s+|those\s+|any\s+)?(?:\w+\s+)?"
            r"(?:corridors?|routes?|passages?|buses|trains|convoys?|exits?)\b|"
            # the way out withheld by who holds it: "would not let civilians leave Mariupol"
            # (not the evacuees' own choice: "residents who would not let go of their homes")
            r"\b(?:(?:would|will|did|does|do)\s+not|(?:won|wouldn|didn|don|doesn)['’]t)\s+let\s+"
            r"(?:\w+\s+){1,3}?(?:leave|go|out|evacuate|pass|through)\b|"
            # an agreement withheld: "Ukraine would not agree to corridors into Russia", "Kyiv
            # will never accept such routes"
            r"\b(?:would|will|did|does|do|could)\s+(?:not|never)\s+(?:\w+\s+)?(?:agree|accept|"
            r"consent)\b|\b(?:won['’]t|wouldn['’]t|didn['’]t)\s+(?:agree|accept|consent)\b|"
            # the perfect: "the occupiers had not agreed to a corridor", "Moscow has never
            # accepted the route" (not the passive "no corridor had been agreed": no corridor)
            r"\b(?:(?:had|has|have)\s+(?:not|never)|(?:hadn|hasn|haven)['’]t)\s+(?:yet\s+)?"
            r"(?:agreed|accepted|consented)\s+to\b|"
            # safety withheld by the side that holds the road: "the Russian side has given no
            # guarantees", "Moscow refused to guarantee the route"
            r"\b(?:given|gave|give|gives|offered|provided)\s+no\s+(?:security\s+|safety\s+)?"
            r"guarantees?\b|\b(?:refus\w+|declin\w+)\s+to\s+guarantee\b|"
            r"\b(?:would|will|did|does|do|could)\s+not\s+guarantee\b|"
            # the transport sent back by who holds the road: "the convoy was turned back at a
            # Russian checkpoint"
            r"\b(?:were|was|had\s+been|have\s+been)\s+turned\s+(?:back|away)\b|"
            # the transport kept out: "buses had not been allowed to enter the town"
            r"\b(?:buses|convoys?|columns?|teams?|vehicles)\b[^.;]{0,60}?\b(?:not\s+(?:been\s+)?"
            r"(?:allowed|permitted)\s+(?:to\s+(?:enter|reach|pass|get)|into|through|in)|denied\s+"
            r"(?:entry|access|passage))\b|"
            # the way out withheld: "the occupiers are not giving us a corridor", "Russia did
            # not provide a green corridor for Volnovakha", "they won't give Mariupol a corridor"
            r"\b(?:not|never|(?:won|wouldn|didn|don|doesn|aren|isn)['’]t)\s+(?:give|giving|gave|"
            r"provide|providing|provided|grant|granting|granted|offer|offering|offered)\s+"
            r"(?:[\w'’-]+\s+){0,4}?(?:corridors?|safe\s+passage|way\s+out)\b",
        ),
    ),
    # transport laid on: a way out open ("the region was offering free evacuation buses",
    # before the offer of a corridor, which asks the other side)
    ("open", [((_VEHICLES,), _LAID_ON)]),
    (
        "requested",
        compile_lower(
            r"\b(?:call(?:ed|s|ing)? (?:on|for)|ask(?:ed|s|ing)?|"
            # (service on demand, no call to leave: "crews take people out on request")
            r"(?<!\bon\s)(?<!\bupon\s)request(?:ed|s|ing)?|"
            r"urg(?:e|ed|es|ing)|appeal(?:ed|s|ing)?|demand(?:ed|s|ing)?|plead(?:ed|s|ing)?|"
            r"propos(?:ed|es|als?|ing)|"
            # (aid promised to the evacuees is no call to leave: "who would be offered free
            # accommodation")
            r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bwere\s)(?<!\bare\s)offer(?:ed|s|ing)?|"
            r"order(?:ed|s)?|compulsory|mandatory|"
            r"recommend(?:ed|s|ing)?|advis(?:ed|es|ing)|instruct(?:ed|s|ing)?|"
            # a call by a milder verb: "encouraged families to leave" (not "warned that ...")
            r"(?:encourag|warn)(?:e|ed|es|ing|s)?\s+(?:(?!that\b)\w+\s+){1,8}?to\s+(?:leave|"
            r"evacuate|go|get\s+out|flee|relocate)|"
            # "would keep pushing for a proper ceasefire so that buses could go in"
            r"(?:push|press)(?:ed|es|ing)?\s+for|"
            # a way out sought for them: "the UN was seeking safe passage for civilians" (not
            # people's own shelter: "civilians seeking refuge in the plant")
            r"(?:seek(?:s|ing)?|sought)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:passage|corridors?|"
            r"evacuations?|exit|routes?\s+out)|"
            # "civilians must be allowed to leave safely": a demand on the side that holds them
            r"must\s+(?:be\s+(?:allowed|permitted|let)\s+to\s+)?(?:leave|go|evacuate)|"
            # "civilians who want to leave should be allowed to do so"
            r"(?:should|must)\s+be\s+(?:allowed|permitted|let|able)\s+to\s+(?:leave|go|evacuate|"
            r"do\s+so|get\s+out)|"
            # an obligation laid on residents: "families would also have to leave the village",
            # "residents are required to evacuate"
            r"(?:(?:have|has)|(?:would|will)\s+(?:\w+\s+)?have|(?:are|is|were|was)\s+"
            r"(?:required|obliged))\s+to\s+(?:leave|go|evacuate|move out)|"
            # (not a report: "told the BBC that no buses had been able to leave")
            # (nor what people told of themselves: "residents told reporters they were not ready
            # to leave")
            # (in any tense: "Kyiv is telling residents of the occupied areas to evacuate")
            r"(?:told|tells|telling)\s+(?:(?!(?:that|they|we|he|she|i|not)\b)\w+\s+){0,8}?to\s+"
            r"(?:leave|go|evacuate|"
            r"relocate|flee|"
            r"head\s+(?:for|to|towards)|cross\s+(?:into|over|the\s+border))|"
            # a wish voiced: "what we want is for civilians who wish to leave to be able to"
            r"want(?:s|ed)?\s+(?:is\s+)?(?:for\s+)?(?:\w+\s+){1,5}?to\s+(?:be\s+(?:able|allowed)\s+to\s+)?"
            r"(?:leave|go|evacuate|get\s+out)|"
            # (not the participle: "the announced evacuation ... has started")
            r"(?<!not )(?<!\bthe\s)announc(?:ed|es|ing)\s+(?:an?\s+|the\s+)?[\"“]?"
            r"(?:[\w-]+\s+){0,2}?(?:evacuation|relocation|resettlement|removal|departure)|"
            # a demand on the side that holds the way out: "Moscow should just open a corridor"
            r"(?:should|must)\s+(?:\w+\s+)?(?:open|provide|guarantee)\s+(?:an?\s+|the\s+)?"
            r"(?:\w+\s+)?(?:corridors?|passage|routes?)|"
            # (not a call to stay: "residents should not leave their homes")
            r"should\s+(?!not\b|never\b)(?:\w+\s+)?(?:leave|evacuate|go|get\s+out|move\s+out|flee)|"
            # a removal decided for them: "eleven more villages are to be evacuated", "residents
            # of the zone were to be relocated"
            r"(?:is|are|was|were)\s+to\s+be\s+(?:\w+\s+)?(?:evacuated|relocated|resettled|"
            r"moved\s+out)|"
            # a removal said to be needed: "the remaining residents must be evacuated", "3,000
            # people still need to be taken out", "children should be relocated"
            r"(?<!not\s)(?:must|need\s+to|needs\s+to|have\s+to|has\s+to|should)\s+be\s+"
            r"(?:\w+\s+)?(?:evacuated|relocated|resettled|moved\s+out|taken\s+out|brought\s+out)|"
            r"(?<!\bno\s)(?<!not\s)(?<!don't\s)(?<!don’t\s)\bneed(?:s|ed)?\s+to\s+"
            r"(?:leave|evacuate|get\s+out|flee)|"
            # "a full evacuation of Avdiivka is needed", "evacuation was urgently required"
            r"(?:evacuation|relocation)\s+(?:[\w'’-]+\s+){0,4}?(?:is|was|are|were)\s+(?:still\s+|"
            r"urgently\s+|badly\s+|now\s+)?(?:needed|necessary|required|essential|vital))\b|"
            + _IMPERATIVE_LEAVE.pattern,
            # the call itself: "Leave the occupied south by any means"
        ),
    ),
    (
        # (not the framing of a reported operation: "a convoy, with the agreement of both
        # sides, had brought 40 people out")
        "agreed",
        compile_lower(
            # (nor the route the convoy took: "left the city along the agreed route")
            r"\b(?:agree(?:d|s)?(?<!\bthe\sagreed)(?<!\ban\sagreed)|(?<!with the\s)agreement|deal|"
            r"accord|arranged|negotiated)\b"
        ),
    ),
    (
        # a contingency or an option weighed, before any going on it names: "drew up plans to
        # evacuate the villages in case of a leak", "was considering moving residents to safer
        # regions"
        "possible",
        compile_lower(
            r"\bplans?\s+to\s+(?:evacuate|move|relocate|take)\b|\bin case of\b|"
            r"\b(?:is|was|are|were)\s+(?:\w+\s+)?consider(?:ing|s)\b|"
            # a going promised on a condition: "buses would take out people who wanted to leave
            # once sappers had checked the roads", "will be evacuated as soon as it is safe" (not
            # a tally with more to come: "300 had been taken out, and more would follow once")
            r"\b(?:would|will)\s+(?:\w+\s+)?(?:be\s+)?(?:take|taken|bring|brought|move|moved|evacuate|"
            r"evacuated|leave|open|opened|run|start|begin|resume|offered|allowed|let)\b[^.;]{0,100}?"
            r"\b(?:once|as\s+soon\s+as|provided\s+that|on\s+condition)\s"
            # a pause or corridor that would let people go: "a humanitarian pause around
            # Azovstal would allow civilians to leave the plant"
            r"|\b(?:pause|ceasefire|truce|corridors?)\s+(?:[\w'’-]+\s+){0,3}?(?:would|will|could)\s+"
            r"(?:allow|let|enable)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:leave|evacuate|get\s+out|go)\b"
            # transport held back until it is safe: "he did not want to send them out until we
            # are sure there will be no shooting", "the convoy will not set off until Russia
            # confirms the ceasefire"
            r"|\b(?:(?:did|does|do|would|will)\s+not|(?:didn|doesn|don|wouldn|won)['’]t)\s+"
            r"(?:want\s+to\s+)?(?:send|dispatch|let|set\s+off|leave|depart|go)\b[^.;]{0,40}?"
            r"\buntil\b(?!\s+(?:the\s+)?(?:last|end|very)\b)"
        ),
    ),
    (
        # now and then, not steadily: "volunteers were occasionally bringing people out"
        "limited",
        compile_lower(r"\b(?:occasionally|sporadically|intermittently|rarely)\b"),
    ),
    (
        # the evacuation itself said to go on outweighs a tally of those already out:
        # "evacuation from the villages was continuing, and 300 people had been taken out"
        "ongoing",
        compile_lower(
            r"\bevacuations?\b[^.;]{0,60}?\b(?:is|was|are|were|remains?|remained)\s+(?:still\s+)?"
            r"(?:continuing|ongoing|under ?way|in progress|proceeding|progressing)\b"
            # "the evacuation will go on", "residents are now leaving by car and on foot"
            r"|\bevacuations?\b[^.;]{0,40}?\b(?:will|would|is to)\s+(?:\w+\s+)?(?:go on|carry on)\b"
            # the simple tenses: "the evacuation of Kharkiv residents by rail continued: two more
            # trains had left", "evacuations from the district continue daily"
            r"|\bevacuations?\s+(?:(?:of|from)\s+)?(?:[\w'’-]+\s+){0,5}?(?<!not\s)(?<!never\s)"
            r"(?:continued|continues|continue|went\s+on|goes\s+on)\b(?!\s+to\b)"
            r"|\b(?:are|is|were|was)\s+now\s+(?:leaving|fleeing|departing|getting out)\b"
            # a removal widened: 'the "organized departure" of civilians would be extended to a
            # belt 15 km deep', "evacuations will be expanded to more villages"
            r"|\b(?:evacuations?|departures?|relocations?|removals?|resettlements?)[\"”]?\s+"
            r"(?:[\w-]+\s+){0,4}?(?:would|will|is|was|are|were|has|had|have)\s+(?:be\s+|been\s+)?"
            r"(?:extended|expanded|widened)\b"
            # a removal said not to stop: 'the "relocation" of civilians would not stop', "the
            # evacuation of Pokrovsk will not be halted"
            r"|\b(?:evacuations?|departures?|relocations?|removals?|resettlements?)[\"”]?\s+"
            r"(?:[\w'’-]+\s+){0,4}?(?:(?:would|will)\s+not|(?:won|wouldn)['’]t)\s+(?:stop|cease|"
            r"be\s+(?:stopped|halted|suspended|interrupted))\b"
        ),
    ),
    (
        # its branches one by one, each behind words it cannot match without (most sentences
        # hold a word of its gate but match none of them)
        "completed",
        [
            (
                (("evacuated",),),
                compile_lower(
                    # (not "were being evacuated": going on; "had already been evacuated": done)
                    r"\b(?:(?:have|has|had)\s+(?:\w+\s+)?been|were|was)\s+(?:(?!being\b)\w+\s+)?"
                    r"evacuated\b|"
                    r"\bevacuated\s+(?:\d|more|over|some|about|around|nearly|almost|roughly|"
                    r"dozens|hundreds|thousands|tens|several|many|at least|up to)|"
                    # the active past with whom: "medics evacuated wounded soldiers from Bakhmut"
                    # (not "the evacuated residents", "newly evacuated families")
                    r"(?<!\bthe\s)(?<!\bof\s)(?<!\bnewly\s)(?<!\brecently\s)(?<!\bthose\s)"
                    r"(?<!\bbeing\s)(?<!\bbe\s)"
                    r"\bevacuated\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:civilians|"
                    r"people|residents|families|children|wounded|injured|soldiers|troops|fighters|"
                    r"servicemen|patients|staff|personnel|elderly)\s+(?:from|out\s+of)\b"
                ),
            ),
            (
                (("managed to", "successfully"), ("evacuate",)),
                compile_lower(r"\b(?:managed to|successfully)\s+evacuate\w*"),
            ),
            (
                (("complet",),),
                # "the evacuation from the village is complete for today"
                compile_lower(r"\bcomplet(?:ed|ion)\b|\b(?:is|was|are|were|now)\s+complete\b"),
            ),
            (
                # the removal said to be over: "they had finished moving civilians out of the
                # right bank", "completed evacuating the village"
                (
                    ("finished", "completed", "ended"),
                    (
                        "moving",
                        "evacuating",
                        "relocating",
                        "resettling",
                        "removing",
                        "taking",
                        "bringing",
                        "getting",
                        "transferring",
                    ),
                ),  # fmt: skip
                compile_lower(
                    r"\b(?:finished|completed|ended)\s+(?:moving|evacuating|relocating|resettling|"
                    r"removing|taking|bringing|getting|transferring)\b"
                ),
            ),
            (
                # "the evacuation had been finished for the day", "evacuation from the village
                # has ended for today"
                (("evacuation",), ("finished", "ended", "concluded")),
                compile_lower(
                    r"\bevacuations?\b[^.;]{0,60}?\b(?:is|was|are|were|has|had|have)\s+(?:now\s+)?"
                    r"(?:been\s+)?(?:finished|ended|concluded)\b"
                ),
            ),
            (
                # help given: "volunteers helped some 300 residents leave the town"
                (("helped",), ("leave", "get out", "escape", "evacuate")),
                compile_lower(r"\bhelped\s+(?:\w+\s+){0,5}?(?:leave|get out|escape|evacuate)\b"),
            ),
            (
                (
                    ("out",),
                    (
                        "brought",
                        "taken",
                        "led",
                        "got",
                        "bussed",
                        "driven",
                        "moved",
                        "pulled",
                        "ferried",
                        "carried",
                        "took",
                        "rescued",
                    ),
                ),
                compile_lower(
                    # "residents had already been moved out of harm's way"
                    r"\b(?:had|have|has)\s+(?:\w+\s+)?(?:been\s+)?(?:brought|taken|led|got|gotten|"
                    r"bussed|driven|moved|pulled|ferried|rescued)\s+(?:\w+(?:,\d+)*\s+){0,7}?"
                    r"out\b|"
                    # (not a deed done: "the operation was carried out by Russian citizens")
                    r"\b(?:were|was)\s+(?:brought|taken|led|moved|pulled|ferried|got|gotten)\s+"
                    r"out\b|"
                    # the rescuers named: "police got 150 people out of Lysychansk", "the train
                    # carried 500 people out" (not "troops pulled out of the town": people named)
                    r"\b(?:got|took|brought|pulled|led|ferried|carried|rescued)\s+(?:\w+(?:,\d+)*\s+)"
                    r"{0,3}?(?:people|civilians|residents|evacuees|families|children|inhabitants|"
                    r"patients|elderly)\s+out\b|"
                    # the people as subject: "some 2,500 people got out of Mariupol" (not "who
                    # got out": those gone named for something else)
                    r"\b(?:people|civilians|residents|evacuees|families|children|inhabitants)\s+"
                    r"(?!who\b)(?:\w+\s+)?(?:got|came)\s+out\b"
                ),
            ),
            (
                # "100 people had taken the evacuation train to Mykolaiv" (not "will take")
                (
                    ("evacuation train", "evacuation bus", "evacuation ferr"),
                    ("taken", "took", "boarded", "caught"),
                ),
                compile_lower(
                    r"\b(?:people|civilians|residents|evacuees|families|children|inhabitants)\s+"
                    r"(?:had\s+|have\s+)?(?:taken|took|boarded|caught)\s+(?:an?\s+|the\s+)?"
                    r"(?:\w+\s+)?evacuation\s+(?:trains?|bus(?:es)?|ferry|ferries)\b"
                ),
            ),
            (
                (("left", "set off", "departed", "crossed"),),
                compile_lower(
                    r"\b(?:had|have|has)\s+(?:\w+\s+)?(?:left|set off|departed|crossed)\b"
                ),
            ),
            (
                # a count of people gone: "some 3,000 more civilians left the town on Monday"
                # (not "hundreds of people left without power")
                (
                    ("left", "crossed", "drove out", "departed", "fled"),
                    ("people", "civilians", "residents", "families", "evacuees"),
                ),
                compile_lower(
                    # ("several thousand residents drove out of the city")
                    r"\b(?:\d[\d,]*|dozens|hundreds|thousands|hundred|thousand)\s+(?:more\s+)?"
                    r"(?:of\s+)?(?:people|civilians|residents|families|evacuees)\s*"
                    # "30 people, including 5 children, left Vovchansk"
                    r"(?:,\s+(?:including|among\s+them)\s+[^,.;]{1,40},\s+)?(?:\w+\s+)?"
                    # "500 people departed Pokrovsk on the evacuation train"
                    r"(?:drove\s+out\s+of\b|departed\b|fled\b|left\b"
                    r"(?!\s+(?:without|homeless|behind|on|by|in|with|stranded|trapped)\b)|"
                    # "hundreds of residents crossed by boat out of the village"
                    r"crossed\s+(?:[\w-]+\s+){0,4}?(?:from|out\s+of)\b)"
                ),
            ),
            ((("handed over",),), compile_lower(r"\bhanded over\b")),
            (
                # the other side's removal, told as done: "Russian forces have forcibly deported
                # thousands of Mariupol residents to Russia"
                (("deported",),),
                compile_lower(
                    r"\b(?:had|have|has)\s+(?:\w+\s+)?deported\b|\bdeported\s+(?:[\w-]+(?:,\d+)*\s+)"
                    r"{0,4}?(?:civilians|residents|people|children|families|inhabitants)\b"
                ),
            ),
            (
                # "3,000 people made it to Zaporizhzhia", "families made it out of the town"
                # (not who they are: "people who made it out are being registered in X")
                (("arrived", "reached", "made it"),),
                compile_lower(
                    r"\b(?:arrived|reached|(?<!\bwho\s)(?<!\bthat\s)made\s+it\s+"
                    r"(?:out|to|into|across))\b"
                ),
            ),
            (
                # past transport: "a line of buses pulled out of the city", "convoys carried
                # civilians to Poltava"
                (
                    (
                        "pulled out",
                        "brought",
                        "taken",
                        "carried",
                        "ferried",
                        "bussed",
                        "drove",
                        "took",
                        "left",
                        "departed",
                        "set off",
                    ),
                ),
                compile_lower(
                    # "five buses left Kupiansk for Kharkiv" (not "cars left on the roadside")
                    r"\b(?:bus(?:es)?|convoys?|columns?|cars?|vehicles?|trains?)\b[^.;]{0,60}?"
                    r"\b(?:pulled out|departed|set off|left(?!\s+(?:on|by|at|behind|in)\b)"
                    r"(?!(?:[\s,-]+\w+)?[\s,-]+(?:bank|flank|side|hand)\b))\b|"
                    r"\b(?:carried|ferried|bussed|drove|took|brought|(?<=had\s)taken|(?<=has\s)taken|"
                    r"(?<=have\s)taken)\s+(?:\w+(?:,\d+)*\s+){0,3}?"
                    r"(?:civilians|people|residents|evacuees|families|children)\b[^.;]{0,60}?"
                    # ("buses carried 300 people from Mariupol on Tuesday")
                    r"\b(?:to|towards|out|from)\b"
                ),
            ),
            (
                (
                    (
                        "taken",
                        "moved",
                        "brought",
                        "deported",
                        "relocated",
                        "sent",
                        "ferried",
                        "placed",
                        "housed",
                        "accommodated",
                        "resettled",
                    ),
                ),
                compile_lower(
                    # "children were sent by train to Lviv", "residents were ferried across"
                    r"\b(?:been|were|was)\s+(?:taken|moved|brought|deported|relocated|sent|"
                    # "2,000 people had been relocated from Vovchansk to Kharkiv"
                    r"ferried)\s+(?:by\s+\w+\s+)?(?:[\"“”']?to|across|from|out of|away)\b|"
                    # "300 people have been placed in temporary accommodation"
                    r"\b(?:been|were|was)\s+(?:placed|housed|accommodated)\s+in\b|"
                    # "1,000 residents of border villages had been resettled"
                    r"\b(?:had|have|has)\s+(?:already\s+)?been\s+(?:\w+\s+)?(?:resettled|relocated)\b"
                ),
            ),
            (
                (
                    (
                        "relocated",
                        "resettled",
                        "bussed",
                        "ferried",
                        "transported",
                        "transferred",
                        "moved",
                    ),
                    _MOVED,
                ),
                _ACTIVE_MOVE,
            ),
            (
                (("able",), ("leave", "get out", "evacuate")),
                compile_lower(
                    r"\b(?:had|have|has)\s+(?:\w+\s+)?been\s+able\s+to\s+(?:leave|get out|"
                    r"evacuate)\b"
                ),
            ),
        ],
    ),
    (
        # a few at a time: "a few cars at a time", "two or three families at a time"; only
        # between the shelling: "buses leave whenever there is a lull", "ran when shelling
        # allowed", "in the lulls between bombardments" (not "a pause in the fighting" asked
        # for; after a tally, which a second clause may give: "... and volunteers had brought
        # out six families")
        "limited",
        compile_lower(
            r"\b(?:a\s+few|a\s+handful\s+of|one\s+or\s+two|two\s+or\s+three|several)\s+"
            r"(?:[\w-]+\s+){0,2}?at\s+a\s+time\b"
            r"|\bwhenever\s+(?:there\s+(?:is|was|are|were)\s+)?(?:an?\s+)?(?:lull|pause|break|"
            r"let-up)s?\b"
            r"|\b(?:when|whenever)\s+(?:the\s+)?(?:shelling|fighting|bombardments?|firing|strikes)\s+"
            r"(?:allow(?:s|ed)?|permit(?:s|ted)?|eas(?:es|ed)|let\s+up|lets\s+up|die[sd]?\s+down|"
            r"paus(?:es|ed)|subside[sd]?)\b"
            r"|\blulls?\s+(?:in|between)\s+(?:the\s+)?(?:shelling|fighting|bombardments?|strikes)\b"
        ),
    ),
    (
        "ongoing",
        compile_lower(
            # ("did not continue", "chose not to continue": no going on)
            r"\b(?:ongoing|under ?way|(?<!not\s)(?<!not to\s)continu\w+|"
            r"(?:are|is|were|was) evacuating|being "
            r"(?:evacuated|led|taken|moved|relocated|resettled|bussed|sent|ferried|transported|"
            r"transferred)|"
            r"still being|"
            # "the authorities were starting to take children out"
            r"(?:are|is|were|was)\s+(?:starting|beginning)\s+to\s+\w+|"
            r"still\s+(?!(?:living|staying|remaining|sheltering|hiding|waiting)\b)\w+ing|"
            r"still\s+(?:leaves?|runs?|operates?|departs?|goes|go)|"
            r"(?:had|has|have)\s+(?:\w+\s+)?(?:begun|started)|began|begins|"
            # "another attempt would be made to take people out"
            r"(?:another|new|second|third|fresh)\s+attempt|"
            # "evacuees are taken by bus to ...", "crews were taking residents out of ..."
            r"(?:are|is)\s+(?:taken|moved|bussed|driven|transported|relocated|brought)|"
            # helpers at work on it: "its staff were supporting the passage out of Sumy",
            # "teams are escorting the convoy"
            r"(?:are|is|were|was)\s+(?:\w+\s+)?(?:supporting|assisting|escorting|accompanying|"
            r"facilitating)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:passage|convoys?|"
            r"evacuations?|departures?|buses|column)|"
            r"(?:are|is|were|was)\s+(?:\w+\s+)?(?:taking|bringing|bussing|busing|driving|"
            r"ferrying|carrying|collecting|picking up|transporting|moving|getting|travell?ing|"
            r"deporting|heading)\s+"
            r"(?:\w+(?:,\d+)*\s+){0,4}?(?:out|from|to|towards|away)|"
            # rescuers at work: "police crews take out those who agree", "buses take anyone
            # who wants to leave to Dnipro", "evacuation trains depart daily"
            r"(?:crews|police|volunteers|buses|teams|rescuers)\s+(?:\w+\s+)?(?:take|bring|carry|"
            r"collect|drive|ferry)\s+(?:\w+(?:,\d+)*\s+){0,3}?(?:out|from|to)|"
            # the speaker's own service: "we take them out with police and volunteers"
            r"(?<![\"“‘'])\bwe\s+(?:\w+\s+)?(?:take|bring|carry|collect|drive|ferry)\s+"
            r"(?:\w+(?:,\d+)*\s+){0,3}?(?:out|from)\b|"
            # "buses were carrying the sick and the elderly from the city"
            r"(?:crews|police|volunteers|buses|teams|rescuers|boats|trains)\s+(?:are|is|were|was)\s+"
            r"(?:still\s+)?(?:taking|bringing|carrying|collecting|driving|ferrying)\s+"
            r"(?:\w+(?:,\d+)*\s+){0,6}?(?:out|from|to|towards|across)|"
            # "evacuation trains to the west were leaving every day from Kramatorsk"
            # (one service too: "the evacuation train leaves Pokrovsk every day")
            r"(?:bus(?:es)?|trains?|convoys?)\s+(?:[^.;]{0,50}?\s)?(?:still\s+)?(?:depart|"
            r"departs|departing|leave|leaves|leaving|run|runs|running|go|goes|going)\s+"
            # ("trains leave Kramatorsk for Lviv twice a day", "several times a week")
            r"(?:[\w'’-]+\s+){0,4}?(?:daily|every|regularly|each|hourly|nightly|weekly|"
            r"(?:once|twice|(?:\w+\s+)?times)\s+(?:a|per|each)\s+(?:day|week))|"
            # a service kept going: "evacuation trains will keep leaving the city", "the buses
            # kept on running to Dnipro"
            r"(?:bus(?:es)?|trains?|convoys?|ferry|ferries)\s+(?:\w+\s+)?(?:keeps?|kept|keep)\s+"
            r"(?:on\s+)?(?:leaving|running|departing|going)\b|"
            # a scheduled service: "a daily evacuation train runs from Pokrovsk to Lviv"
            r"\b(?:daily|nightly|weekly|regular|hourly)\s+(?:evacuation\s+)?(?:bus(?:es)?|"
            r"trains?|ferry|ferries|coach(?:es)?)\s+(?:still\s+)?(?:runs?|leaves?|departs?|goes|"
            r"go|operates?)\b|"
            # transport on its way now: "evacuation buses are leaving Sumy for Poltava",
            # "volunteers said buses were leaving the town twice a day"
            r"(?:buses|trains|convoys?|ferries|boats)\s+(?:are|is|were|was)\s+(?:still\s+)?"
            r"(?:leaving|"
            # "evacuation buses were making their way out of Enerhodar"
            r"departing|running|making\s+(?:its|their)\s+way)\b|"
            # one service named: "the daily train from Pokrovsk to the west was running"
            # ("trains from Kherson are already running")
            r"\b(?:trains?|bus(?:es)?|ferry|ferries)\s+(?:from|out\s+of)\s+[^.;]{0,50}?\b(?:is|was|"
            r"are|were)\s+(?:still\s+|already\s+)?"
            r"(?:running|leaving|departing|operating)\b|"
            # transport laid on: "buses will take people from ...", "evacuees would be taken by
            # train to ..."
            r"(?:buses|trains|convoys?|ferries|boats)\s+(?:\w+\s+)?(?:would|will)\s+(?:\w+\s+)?"
            r"(?:take|carry|bring|run|leave|depart|return|go\s+back)|"
            r"(?:would|will)\s+(?:\w+\s+)?be\s+(?:taken|"
            r"moved|bussed|transported|relocated|brought|driven|evacuated))\b",
        ),
    ),
    (
        # a ceasefire or corridors declared: "announced a ceasefire so that corridors could be
        # opened" (open, not merely possible)
        "open",
        compile_lower(
            # (the Russian term too, quoted or not: 'announced a "regime of silence"')
            r"\bannounc(?:ed|es|ing)\s+(?:[\"“]?\w+[\"”]?\s+){0,3}?[\"“]?(?:ceasefire|truce|"
            r"silence regime|regime of silence|quiet regime|humanitarian (?:corridor|pause|route)|"
            r"corridors?)\b"
            # a side holding its fire for them: "troops held their fire from 10:00 so that
            # civilians could leave", "ceased fire to let the buses through"
            r"|\b(?:held|hold|holds|holding|ceased|cease|ceases|ceasing)\s+(?:their\s+|its\s+|all\s+)?"
            r"fire\b[^;]{0,60}?\b(?:so\s+that|so\s+civilians|to\s+(?:let|allow)|in\s+order\s+to)\b"
            # "the ceasefire along that road was holding"
            r"|\b(?:ceasefire|truce)\b[^.;]{0,40}?\b(?:is|was|are|were)\s+(?:still\s+)?holding\b"
        ),
    ),
    (
        "limited",
        compile_lower(
            # ("some" only of the transport: "some buses got through", not "some evacuees
            # stayed behind", "some had disappeared")
            r"\b(?:only|limited(?! mobility)|small groups?|a few|handful|partial\w*|"
            r"some\s+(?:of\s+the\s+)?(?:buses|cars|vehicles|convoys?|trains))\b"
        ),
    ),
    (
        # "would help residents move", "will help those who want to leave": on offer
        "possible",
        compile_lower(
            r"\b(?:would|will)\s+help\s+(?:\w+\s+){0,14}?(?:move|leave|relocate|evacuate|"
            r"get out)\b"
            # "the authorities were ready to help residents leave for safer regions" (not a
            # bare offer with no going: "is ready to help with any corridor")
            r"|\b(?:ready|prepared|willing)\s+to\s+help\s+(?:\w+\s+){1,6}?(?:move|leave|relocate|"
            r"evacuate|get out)\b"
            # transport on offer: "buses to Mykolaiv were available on request", "free trains
            # are available for those who want to go"
            r"|\b(?:bus(?:es)?|trains?|transport|evacuation\s+\w+)\s+(?:[\w'’-]+\s+){0,5}?"
            r"(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?available\b"
        ),
    ),
    (
        # a next stage foreseen: "a second evacuation convoy is planned for Friday"; an offer:
        # "the command was prepared to let the wounded out"
        "possible",
        compile_lower(
            r"\b(?:is|was|are|were|being|been)\s+(?:\w+\s+)?(?:planned|scheduled|foreseen)\b|"
            r"\b(?:prepared|willing)\s+to\s+(?:let|allow|open|guarantee|provide|organi[sz]e|"
            r"evacuate|take)\b|"
            # a helper's offer: "the ICRC was ready to act as a neutral intermediary for the
            # evacuation", "stands ready to facilitate the passage"
            # (a bare offer to help stays no statement: "is ready to help with any corridor")
            r"\b(?:prepared|willing|ready)\s+to\s+(?:act\s+as|serve\s+as|facilitate|mediate)\b|"
            # a new try announced: "the team will try again today to lead a convoy out"
            r"\b(?:will|would)\s+try\s+(?:again\s+)?(?:\w+\s+){0,2}?to\b|"
            # an exit promised for later: "civilians would be offered exit towards X"
            r"\b(?:will|would)\s+be\s+(?:offered|given|granted|provided)\s+(?:with\s+)?"
            r"(?:an?\s+|safe\s+)?(?:exit|way\s+out|passage|transport)\b"
        ),
    ),
    ("possible", _POSSIBLE),
    (
        "open",
        compile_lower(
            # (not "troops opened fire on the buses")
            # (nor one that will not: "corridors would not open on Wednesday")
            r"\b(?:(?<!\bnot\s)(?<!\bnever\s)(?<!n['’]t\s)open(?:ed|s|ing)?(?!\s+fire\b)|reopen\w*|"
            r"will run|established|set up|"
            # (an offer "to help" is no open corridor)
            r"(?:(?:are|were|is|was|remains?|stands?|stood)\s+ready|"
            r"(?:are|were|is|was)\s+prepared(?=\s+to\b))"
            r"(?!\s+to\s+(?:help|assist|facilitate|mediate|support|take part))|"
            r"ready\s+to\s+(?:open|go|depart|leave|run|start)|operating|"
            r"functioning|in place|announc\w+\s+(?:\w+\s+){0,2}?corridors?|"
            # the truce kept: "both sides respected the corridor", "that both armies were
            # honouring"
            r"(?<!not\s)(?<!never\s)(?:respected|observed|honou?red|respecting|observing|"
            r"honou?ring)|"
            r"working\s+(?:humanitarian\s+)?corridors?|"
            # the way out said to work: "the corridor from Irpin to Kyiv was working" (not
            # "was not working", nor people at work: "volunteers were working to get them out")
            # (a route named in full before the verb: "the corridor from Sumy toward Lokhvytsia
            # in Poltava region is working")
            r"(?:corridors?|routes?|passage)\s+(?:[\w-]+\s+){0,10}?(?:is|was|are|were|remains?)\s+"
            r"(?:still\s+)?(?:working|functioning|operating)(?!\s+to\b)|"
            # in the simple tenses: "the corridor from Mariupol towards Zaporizhzhia worked
            # again today", "has functioned since Monday" (not "did not work", "failed to work")
            r"(?:corridors?|routes?|passage)\s+(?:[\w'’-]+\s+){0,6}?(?<!not\s)(?<!n't\s)"
            r"(?<!n’t\s)(?<!never\s)(?<!to\s)(?:(?:has|have|had)\s+(?:also\s+)?)?"
            r"(?:worked|works|functioned|functions|operated|operates)\b)\b"
        ),
    ),
    (
        "ongoing",
        compile_lower(
            r"\b(?:ongoing|under ?way|(?<!not\s)(?<!not to\s)continu\w+|evacuating|"
            r"being (?:evacuated|led|taken)|"
            r"trying to|attempt\w* to|efforts?|"
            # (not one held shut: "accused Moscow of blocking the evacuation of civilians")
            r"(?<!blocking\sthe\s)(?<!blocked\sthe\s)(?<!obstructing\sthe\s)"
            r"(?<!sabotaging\sthe\s)(?<!hampering\sthe\s)(?<!disrupting\sthe\s)"
            r"(?<!derailing\sthe\s)(?<!thwarting\sthe\s)(?<!derailed\sthe\s)(?<!thwarted\sthe\s)"
            r"evacuation(?:s)? (?:of|from)|fleeing|escaping|"
            # "people were leaving Mykolaiv on trains to Odesa"
            r"(?:are|is|were|was)\s+(?:still\s+)?leaving|"
            # people going by their own means: "residents were travelling on their own, by
            # private car", "families are driving out in their own cars"
            r"(?:are|is|were|was)\s+(?:still\s+)?(?:travell?ing|driving|making\s+their\s+(?:own\s+)?"
            r"way)\s+(?:out\s+)?(?:on\s+their\s+own|by\s+their\s+own\s+means|by\s+(?:private\s+)?"
            r"cars?|in\s+(?:their\s+own|private)\s+(?:cars|vehicles))|"
            # the other side names a removal it says is happening: "called the operation a
            # forced deportation", "denounced the deportation of children" (not an analyst's
            # "such evacuations are in effect deportations")
            r"(?:call\w*|describ\w*|denounc\w*|brand\w*|label\w*|condemn\w*)\s+(?:\w+\s+){0,4}?"
            r"(?:as\s+)?(?:an?\s+|the\s+)?(?:forced\s+|forcible\s+|illegal\s+)?deportations?)\b",
        ),
    ),
    (
        # the last resort of a sentence that says nothing else of the evacuation (an accusation
        # beside an offer is the offer's: "said Kyiv was blocking the evacuation and that Russia
        # had opened a corridor")
        "refused",
        compile_lower(
            # the other side accused of holding the way shut: "accused Moscow of deliberately
            # blocking the route", "Kyiv was obstructing the evacuation", "were keeping residents
            # from leaving" (a passive "the road was blocked" is impossible, above)
            r"\b(?:block(?:s|ed|ing)|disrupting|derailing|thwarting|obstruct(?:s|ed|ing)|hamper(?:s|ed|ing)|sabotag(?:es|ed|ing))\s+"
            r"(?:\w+\s+){0,3}?(?:corridors?|evacuations?|convoys?|routes?|passage|exit|buses|"
            r"departures?|civilians|people|residents|those)\b|"
            r"\bkeep(?:s|ing)?\s+(?:\w+\s+){0,4}?from\s+(?:leaving|evacuating|getting\s+out)\b"
        ),
    ),
    (
        # the transport, when nothing else is said: it takes people now ("buses were taking
        # residents to Poltava", "trains leave Kramatorsk daily for Lviv") ...
        "ongoing",
        compile_lower(
            r"\b(?:buses|trains|coaches|minibuses)\s+(?:(?:are|were|is|was|still|again|now|also|"
            r"already)\s+){1,3}(?:taking|carrying|bringing|ferrying)\b"
            r"|\b(?:buses|trains|coaches|minibuses)\s+(?:(?:from|out\s+of)\s+[^.;,]{0,40}?\s)?"
            r"(?:leave|depart|run)\b"
        ),
    ),
    (
        # ... or it went: "the evacuation train from Sumy to Lviv left with 400 people"
        "completed",
        compile_lower(
            r"\b(?:bus(?:es)?|trains?|coach(?:es)?)\s+(?:(?:from|out\s+of)\s+[^.;,]{0,40}?\s)?"
            r"(?:to\s+[^.;,]{0,30}?\s)?(?:left|departed|took|carried|brought)\b"
        ),
    ),
]
# words each status pattern cannot match without, in the order of _EVAC_STATUS
_EVAC_STATUS_GATES = [
    ("only", "far fewer", "far less", "trickl"),
    ("none of", "no "),
    ("managed",),
    ("possible", "question", "cannot", "can't", "can’t", "can not", "could not", "couldn",
     "unable", "no way", "not able", "not been able", "blocked", "halted", "suspend", "stop", "paused",
     "on hold", "respect", "observe", "honour", "honor", "violat",
     "no evacuation", "no corridor", "called off", "postponed", "cancel", "disrupted", "failed",
     "put off", "delayed",
     "aborted", "derailed", "thwarted", "foiled", "work", "function", "operat", "not open",
     "not reopen", "go ahead", "take place", "took place", "turn around", "turn back",
     "forced to return", "forced to go back", "forced to come back",
     "did not exist", "no one", "nobody", "no ", "shell", "fired on",
     "firing on", "opened fire", "under fire", "under shelling", "under attack", "collapsed",
     "too ",
     "broke down", "broken down", "closed", "shut", "ceased", "fell through", "came to nothing"),
    ("refus", "reject", "declin", "turned down", "not letting", "not allowing", "prevent",
     "stopp", "barr",
     "not evacuating", "unacceptable", "not let", "n't let", "n’t let", "not agree", "not accept", "not consent", "never",
     "no guarantee", "no security guarantee", "no safety guarantee", "to guarantee",
     "not guarantee", "turned back", "turned away", "not allowed", "not been allowed", "not permitted", "not been permitted",
     "denied", "not giv", "t giv", "never giv", "not provid", "t provid",
     "never provid", "not grant", "t grant", "never grant", "not offer", "t offer",
     "never offer",
     "n't agree", "n’t agree", "n't accept", "n’t accept", "n't consent", "n’t consent"),
    _LAID_ON_VERBS,
    ("call", "ask", "request", "urg", "appeal", "demand", "plead", "propos", "offer", "order",
     "compulsory", "mandatory", "must", "told", "tells", "telling", "leave", "evacuate", "get out", "want",
     "recommend", "advis", "instruct", "announc", "encourag", "warn",
     "should", "have to", "has to", "required", "obliged", "push", "press", "to be ", "seek",
     "sought"),
    ("agree", "deal", "accord", "arranged", "negotiated"),
    ("plan", "in case", "consider", "once", "as soon as", "provided that", "on condition",
     "until", "allow", "let", "enable"),
    ("occasionally", "sporadically", "intermittently", "rarely"),
    ("continuing", "ongoing", "under", "in progress", "go on", "carry on", "now leaving",
     "continue", "went on", "goes on",
     "proceeding", "progressing",
     "extended", "expanded", "widened", "not stop", "t stop", "not cease", "t cease", "not be",
     "t be",
     "now fleeing", "now departing", "now getting out"),
    ("evacuate", "complet", "out", "helped", "placed", "housed", "accommodated",
     "left", "handed over", "arrived", "reached", "made it", "taken", "finished", "ended",
     "concluded", "drove",
     "moved",
     "brought", "deported", "relocated", "resettled", "able to", "set off", "departed", "carried", "ferried",
     "bussed", "drove", "took", "sent", "crossed", "fled", "pulled", "rescued", "transported",
     "transferred", "boarded", "caught"),
    ("at a time", "lull", "pause", "break", "let-up", "allow", "permit", "eas", "let up", "lets up",
     "die", "paus", "subside"),
    ("ongoing", "under", "continu", "evacuating", "being", "still", "begun", "started", "began",
     "begins", "attempt", "starting", "beginning", "taken", "moved", "bussed", "driven", "transported", "relocated",
     "brought", "taking", "bringing", "bussing", "busing", "driving", "ferrying", "carrying",
     "collecting", "picking up", "transporting", "moving", "getting", "take", "carr", "bring",
     "run", "leav", "depart", "collect", "driv", "ferr", "daily", "every", "regularly", "each",
     "twice", "times a", "times per", "times each", "once a", "hourly", "nightly", "weekly",
     "be evacuated", "its way", "their way", "deporting", "travelling", "traveling", "heading", "supporting", "assisting", "escorting", "accompanying", "facilitating"),
    ("announc", "fire", "holding"),
    ("only", "limited", "small group", "a few", "handful", "partial", "some"),
    ("help", "available"),
    ("planned", "scheduled", "foreseen", "prepared", "willing", "ready", "try", "offered", "given",
     "granted", "provided"),
    ("can", "could", "possible", "able to", "may"),
    ("open", "will run", "established", "set up", "ready", "prepared", "operating", "functioning",
     "in place", "announc", "working", "worked", "works", "functioned", "functions", "operated",
     "operates", "respected", "observed", "honour", "honor", "respecting",
     "observing"),
    ("ongoing", "under", "continu", "evacuating", "being", "trying to", "attempt", "effort",
     "evacuation", "fleeing", "escaping", "deport", "leaving", "travel", "driving", "making their"),
    ("block", "obstruct", "hamper", "sabotag", "keep", "disrupting", "derailing", "thwarting"),
    ("buses", "trains", "coaches"),
    ("bus", "train", "coach"),
]  # fmt: skip
_POP = {
    # "after Ukrainian troops crossed the border": a side's troops are actors, not evacuees
    "military": compile_lower(
        r"(?<!russian\s)(?<!ukrainian\s)(?<!enemy\s)"
        # (nor the civil hands of an evacuation: "police units were taking people out")
        r"(?<!police\s)(?<!rescue\s)(?<!emergency\s)(?<!fire\s)"
        r"\b(?:soldiers|troops|servicemen|fighters|defenders|units|garrison|combatants|"
        r"marines|military personnel)\b"
        # (nor soldiers at a checkpoint, doing the checking: "stuck at checkpoints near
        # Vasylivka, where soldiers checked phones and documents for hours")
        r"(?!\s+(?:had\s+|have\s+|were\s+)?(?:checked|checking|searched|searching|stopped|"
        r"stopping|questioned|questioning|interrogated|manned|manning|guarded|guarding)\b)"
        # (but a side's troops are the evacuees when they are the ones evacuated: "urged the
        # evacuation of Russian troops from the site")
        r"|\bevacuat\w*\s+(?:of\s+)?(?:the\s+)?(?:russian|ukrainian|enemy)\s+(?:soldiers|troops|"
        r"servicemen|fighters|units|garrison|marines)\b",
    ),
    "injured": compile_lower(r"\b(?:injured|wounded|sick|casualties|patients)\b"),
    "civilians": compile_lower(
        r"\b(?:civilians?|residents?|people|families|child|children|women|elderly|population|"
        r"inhabitants|locals|refugees|evacuees|citizens|everyone|anyone|everybody)\b"
        # "urged those who remained in Soledar to leave"
        r"|\bthose\s+(?:who\s+)?(?:still\s+)?(?:remain|remained|stay|stayed|left\s+behind|still|want|"
        r"wanted|wish|wished)\b",
    ),
}
_REQUEST_VERB = compile_lower(
    r"\b(?:call(?:ed|s|ing)? (?:on|for)|ask(?:ed|s|ing)?|request(?:ed|s|ing)?|urg(?:ed|es|ing)|"
    r"order(?:ed|s)?|told|tells|"
    r"appeal(?:ed|s|ing)?|demand(?:ed|s|ing)?|propos(?:ed|es|ing)|offer(?:ed|s|ing)?)\b",
)
# a plain subject before the verb: no clause, quote or list ("In Luhansk, X told ...": no)
_BARE_SUBJECT = compile_fast(r"^[^,;:\"“”()]+$")
_POSS_REQUEST = compile_fast(
    r"\b(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+(?:\w+\s+)?(?:request|call|appeal|"
    r"demand|proposal|offer)\b"
)


_ACTOR_AFTER = compile_fast(
    r"(?:['’]s?\s+(?:\w+\s+)?(?:control|forces|troops|army|military|request|offer|side|plan|"
    r"proposal|call|government|authorities|hold|grip|occupation|offensive|"
    # "the general in charge of Kyiv's southern push"
    r"counteroffensive|counter-offensive|push|advance|campaign))"
    r"|\s+(?:" + attr.SPEECH_VERB + r")\b"
    r"|\s+(?:seized|captured|took|annexed|occupied|invaded|attacked|launched|shelled|struck)\b"
    # "the LPR side was prepared to let civilians out": a party, not a place
    r"|\s+side\b"
    r"|\s+(?:has|have|had)(?!\s+(?:\w+\s+){0,3}?(?:been|fallen|become|remained|changed|come|"
    r"passed|returned)\b)"
    r"|\s+(?:would|will|said|says|"
    r"claimed|claims|wants|wanted|must|should|can|could|did|does|insist\w*|accuse\w*|"
    r"den(?:y|ies|ied)|refused|rejected|proposed|offered|agreed|asked|called|demanded|"
    r"announced|instead)\b"
    r"|\s+(?:is|was|were|are)\s+(?:ready|willing|prepared|unwilling|planning|trying)\b"
    r"|\s+and\s+(?:Kyiv|Kiev|Moscow|Russia|Ukraine)\s+(?:have|has|had|agreed|said|say|were|are)\b"
)


_IN_NP_BEFORE = compile_fast(r"\b(?:in|of|from|at|near|for)\s+(?:the\s+)?$")


# a passive verb's agent: "announced by Moscow", "offered by Kyiv" (not "surrounded by")
_AGENT_BY_BEFORE = compile_fast(
    r"\b(?:announced|proposed|offered|declared|organi[sz]ed|opened|rejected|refused|blocked|"
    r"agreed|demanded|requested|arranged|promised|guaranteed|set\s+up)\s+by\s+(?:the\s+)?$"
)


def _is_actor(p: dict, s: str) -> bool:
    """Is this mention an actor ("Kyiv would now try", "under Kyiv's control"), not a place?"""
    if p["kind"] == "country":
        return True
    if " by " in s[max(0, p["rs"] - 4) : p["rs"]] and _AGENT_BY_BEFORE.search(
        s, max(0, p["rs"] - 30), p["rs"]
    ):
        # "the corridor announced by Moscow", "a route proposed by Kyiv": the capital that
        # acts for its government, not where people leave
        return True
    end = p["rs"] + len(str(p.get("mention") or ""))
    m = _ACTOR_AFTER.match(s, end)
    if m is None:
        return False
    if s[end : end + 1] in ("'", "’") and p["kind"] != "region":
        return True  # "the general in charge of Kyiv's southern push": a possessor is an actor
    # "officials in Kherson said": the place sits inside the speaker phrase, it is not the actor
    return _IN_NP_BEFORE.search(s, max(0, p["rs"] - 12), p["rs"]) is None


# (departures as the thing organised: "too heavy to organise any departures"; the civil hands
# and places of a removal: "we take them out with police and volunteers", "they would be taken
# out to temporary accommodation centres")
_CIVIL_TRAFFIC = compile_lower(
    r"\b(?:private cars|cars|buses|convoys?|evacuation trains?|volunteers)\b"
    # transport laid on for people: "special trains from Pokrovsk", "free transport to Dnipro"
    r"|\b(?:free|special|extra|additional)\s+(?:trains?|coaches|minibuses|transport)\b"
    r"|\borgani[sz](?:e|ed|es|ing)\s+(?:any\s+|the\s+|safe\s+)?departures?\b"
    r"|\b(?:temporary\s+accommodation|accommodation\s+(?:centres?|centers?|points?)|"
    r"reception\s+(?:centres?|centers?|points?))\b"
    # a pause in the fighting for people to get out: "pressing for a pause in fighting to let
    # them out", "a truce to let the trapped leave"
    r"|\b(?:pause\s+in\s+(?:the\s+)?(?:fighting|hostilities|shelling)|humanitarian\s+pause|truce)\b"
    r"[^.;]{0,40}?\b(?:let|allow|so\s+that)\b"
)
# a column of the evacuation told just before, not an army's: "another column was waiting"
_CIVIL_COLUMN = compile_lower(
    r"(?<!military\s)(?<!armoured\s)(?<!armored\s)(?<!tank\s)(?<!russian\s)(?<!enemy\s)"
    r"(?<!ukrainian\s)\bcolumns?\b(?!\s+of\s+(?:\w+\s+)?(?:tanks|troops|armou?r|vehicles\s+"
    r"with\s+z|military|soldiers))"
)
_FORCE_LEFT = compile_lower(
    r"\b(?:units|troops|forces|soldiers|army|military|servicemen|fighters|garrison)\s+"
    r"(?:\w+\s+){0,2}?(?:had\s+|have\s+|has\s+)?(?:left|withdrew|withdrawn|pulled out|retreated)\b"
    # a pull-out agreed or begun: "Russian troops who seized Slavutych, the town built for the
    # plant's workers, agreed on Sunday to leave it", "the soldiers began to leave Kherson"
    r"|\b(?:units|troops|forces|soldiers|servicemen|fighters|garrison)\s+"
    r"(?:(?:who|which|that)\s+[^.;]{0,120}?\s+|(?:\w+\s+){0,2}?)(?:agreed|promised|began|"
    r"started|decided|were\s+ordered|had\s+to|have\s+to|would)\s+(?:\w+\s+){0,2}?"
    r"to\s+(?:leave|withdraw|pull\s+out)\b"
)
_EVAC_STRONG = compile_lower(
    r"\bevacu\w*|\bhumanitarian (?:corridor|pause|route|passage)s?|\bcorridors?\b|\bsafe passage|"
    r"\bceasefire\b|\b(?:exit|escape)\s+routes?\b",
)
# a sentence speaks of an evacuation only if it holds one of these words: a filter, not just a
# shortcut ("residents who fled" alone is no evacuation)
_EVAC_GATE = (
    "evacu", "corridor", "passage", " out", "left", "handed", "leave", "flee", "move", "leaving",
    "taken", "russian federation", "set off", "depart", "pulled out", "collect", "pick",
    "transport", "ferr", "moved", "bussed", "driven", "relocated", "brought", "send", "sent",
    "carry", "carries", "carrying", "carried", "drove", "escorted", "relocation", "resettlement", *_DEPORT,
    # "the temporary removal of residents", "offered two exit routes", "to head for the border"
    "removal", "departure", "exit route", "escape route", "head for", "head to",
    # "told people to cross into Russia", "urged families to relocate"
    "relocate", "relocating", "cross into", "cross over", "cross the border",
    # "cars were trickling out", "the buses could not get through"
    "trickl", "get through", "got through", "getting through",
    # "300 people have been placed in temporary accommodation", "patients are being transferred"
    "placed", "housed", "accommodated", "transferred", "reached", "arrived in", "made it",
    # "buses were taking people from Kupiansk to Kharkiv"
    "take", "took", "taking", "moving",
    # "the city will lay on buses to Uman", "organising buses to Crimea"
    "lay on", "buses to", "buses for", "trains to", "coaches to",
    # the occupation's word for it: "the organized departure of residents"
    "organized departure", "organised departure",
    # "would be offered exit towards X", "given a way out", "crossed by ferry from the right bank"
    "exit", "way out", "crossed",
    # "crews could not get into Avdiivka to rescue the wounded", "to bring people out"
    "bring", "rescue",
    # "the column was travelling from Sumy", "could join the convoy"
    "travel", "heading", "its way", "their way", "join",
    # "the daily train from Pokrovsk was running"
    "running", "operating",
    # "not allowing buses into Mariupol"
    "resettled", "not allowing", "not letting", "refused to let", "refuse to let", "refuses to let",
    # "the convoy was turned back at a checkpoint", "its team had to turn back", "buses had not
    # been allowed to enter the town"
    "turned back", "turned away", "turn back", "turn around", "not allowed", "not been allowed",
    "denied entry", "denied access",
    # "Russia announced a humanitarian pause in Mariupol from Saturday"
    "humanitarian pause", "humanitarian route",
    # "no bus had been able to reach Rubizhne", "buses could not get into Popasna"
    *_NO_WAY_IN_VERBS,
    # "buses to Mykolaiv were available on request", "making their own way out by car"
    "available", "on their own", "own means", "own way", "by car", "private car", "own cars",
    # "the city runs free buses to Odesa", "laid on special trains"
    "free bus", "free train", "free coach", "free transport", "special train", "special bus",
    "extra train", "extra bus", "additional train", "additional bus", "runs free", "laid on",
    "lays on", "laying on", "offering free", "offers free", "offered free", "provides free",
    "provided free", "providing free",
    # "there is no safe route across the front line", "no way, he said, for them to leave"
    *_NO_ROUTE_WORDS,
)  # fmt: skip


# words each pattern cannot match without
_POP_WORDS = {
    "military": ("soldiers", "troops", "servicemen", "fighters", "defenders", "units", "garrison",
                 "combatants", "marines", "military personnel"),
    "injured": ("injured", "wounded", "sick", "casualties", "patients"),
    "civilians": ("civilian", "resident", "people", "families", "child", "women", "elderly",
                  "population", "inhabitants", "locals", "refugees", "evacuees", "citizens",
                  "everyone", "anyone", "everybody", "those"),
}  # fmt: skip
_CIVIL_TRAFFIC_WORDS = ("cars", "buses", "convoy", "evacuation train", "departure", "volunteers",
                        "free train", "special train", "extra train", "additional train",
                        "free coach", "free minibus", "free transport", "special coach",
                        "accommodation", "reception", "pause", "truce")  # fmt: skip
_FORCES = ("units", "troops", "forces", "soldiers", "army", "military", "servicemen", "fighters",
           "garrison")  # fmt: skip
_WITHDREW = ("left", "withdr", "pulled out", "retreated", "to leave", "pull out")
_NOT_EVAC_WORDS = ("grain", "export", "shipping", "ships", "vessels", "food", "cargo", "maritime",
                   "sea", "naval", "trade")  # fmt: skip


def _word_bits(gates: list[tuple[str, ...]]):
    """A function telling which of ``gates`` (tuples of words) a text contains: bit ``i`` of its
    answer is set when a word of ``gates[i]`` is a substring of the text. One Aho-Corasick pass
    answers every gate of a sentence at once."""
    bits: dict[str, int] = {}
    for i, words in enumerate(gates):
        for w in words:
            bits[w] = bits.get(w, 0) | bit(i)
    automaton = word_automaton(bits.items())

    def found(text: str) -> int:
        out = 0
        for _, b in automaton.iter(text):
            out |= b
        return out

    return found


_EVAC_GATES: dict[tuple[str, ...], int] = {}  # the word gates of this section, by bit number


def _need(*gates: tuple[str, ...]) -> int:
    """The bits :func:`_evac_words` sets when a text holds a word of each of ``gates``."""
    bits = 0
    for words in gates:
        bits |= bit(_EVAC_GATES.setdefault(words, len(_EVAC_GATES)))
    return bits


_B_EVAC_GATE = _need(_EVAC_GATE)
_B_NOT_EVAC = _need(("corridor",), _NOT_EVAC_WORDS)
_B_RUSSIA = _need(("russia",))
_B_CEASEFIRE = _need(("ceasefire",))
_B_CIVIL_TRAFFIC = _need(_CIVIL_TRAFFIC_WORDS)
_B_FORCE_LEFT = _need(_FORCES, _WITHDREW)
_B_MILITARY = _need(_POP_WORDS["military"])
_B_INJURED = _need(_POP_WORDS["injured"])
_B_CIVILIANS = _need(_POP_WORDS["civilians"])
_B_POSS_REQUEST = _need(("'s", "’s"), ("request", "call", "appeal", "demand", "proposal", "offer"))
_PART_BITS = [(_need(*gates), rx) for gates, rx in _EVAC_PARTS]
# (bits, status, pattern), a status split into branches taking one entry per branch
_STATUS_BITS = [
    (_need(gate, *words), st, rx)
    for (st, branches), gate in zip(_EVAC_STATUS, _EVAC_STATUS_GATES, strict=True)
    for words, rx in (branches if isinstance(branches, list) else [((), branches)])
]
# (the patterns whose scan is slow, opening with lookbehinds or with many branches, searched
# from word starts only when every branch opens a word)
_STATUS_BITS = [
    (need, st, word_start(rx, slow_only=True) if rx is not _POSSIBLE else rx)
    for need, st, rx in _STATUS_BITS
]
# found & _B_EVAC_GATE of _evac_words, in a scan that stops at the first word
_has_evac_gate = contains_any(list(_EVAC_GATE))


def _may_evacuate(s: str, low: str, gates: int) -> bool:
    """Can :func:`_evac_rows` give sentence ``s`` a row? ``low``: ``s.lower()``, ``gates``: its
    :data:`_SENTENCE_GATES`. No when the sentence holds no word of :data:`_EVAC_GATE`: the first
    test of ``_evac_rows`` returns None then, so the main loop skips the call (and the fallback
    place it would look up for it). A lower case of another length is left to ``_evac_rows``
    (it then tests :func:`lower`, not ``low``)."""
    return len(low) != len(s) or bool(gates & _B_EVAC_GATE)


# where a place sits in the words before it: the place people go to ...
_TO_BEFORE = compile_fast(
    # (not those appealed to: "appealed to residents of Bakhmut to leave")
    # (nor the area a removal is widened to: "the departure would be extended to Oleshky")
    r"\b(?:(?<!\bappealed\s)(?<!\bappeal\s)(?<!\bappeals\s)(?<!\bappealing\s)"
    r"(?<!\bextended\s)(?<!\bexpanded\s)(?<!\bwidened\s)"
    # ("buses were unable to enter Soledar": the town people are in)
    # (nor where it lies: "residential buildings next to Azovstal", "villages close to X")
    r"(?<!\bnext\s)(?<!\bclose\s)(?<!\bnear\s)(?<!\badjacent\s)"
    r"to(?!\s+(?:leave|evacuate|flee|escape|exit|go|get|enter)\b)|towards?|into|"
    # (not a name: "Krasnoarmeysk, the Soviet-era name Moscow still uses for Pokrovsk")
    r"(?<!\bname\s)(?<!\bnames\s)(?<!\buses\s)(?<!\bused\s)(?<!\buse\s)"
    # (not the place an order covers: "an evacuation was ordered for Kupiansk")
    r"(?<!\bordered\s)(?<!\border\s)(?<!\borders\s)(?<!\bdeclared\s)(?<!\bannounced\s)"
    r"(?<!\bissued\s)"
    # (nor the place a corridor is settled for: "no corridor had been agreed for Balakliia")
    r"(?<!\bagreed\s)(?<!\bplanned\s)(?<!\barranged\s)"
    # (nor the place a corridor is for: "asked for a separate corridor for Okhtyrka")
    r"(?<!\bcorridor\s)(?<!\bcorridors\s)(?<!\bcorridor\"\s)(?<!\bcorridor”\s)"
    r"(?<!\bcorridors\"\s)(?<!\bcorridors”\s)for|"
    r"in the direction of|reach(?:ed)?|arrived\s+(?:safely\s+|finally\s+)?in)\s+"
    # (not a place left in the words between: "safe passage for buses leaving Mariupol", "the
    # corridor to Zaporizhzhia from Mariupol", "called for the evacuation of Pokrovsk")
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}(?<!\bleaving\s)(?<!\bleave\s)(?<!\bfleeing\s)"
    r"(?<!\bfrom\s)(?<!\bout\sof\s)(?<!\bevacuation\sof\s)(?<!\bevacuations\sof\s)"
    r"(?<!\bresidents\sof\s)(?<!\bpeople\sof\s)(?<!\bcivilians\sof\s)$"
    # where evacuees are brought: "taken to a reception point in Zaporizhzhia", "bussed to
    # temporary shelters in Poltava" (the place of the centre, not the centre)
    r"|\bto\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:centres?|centers?|points?|camps?|shelters?|"
    r"facilit(?:y|ies)|hubs?)\s+(?:in|at)\s+$"
    # where evacuees are lodged: "placed in temporary accommodation centres in Stary Oskol"
    r"|\baccommodation\s+(?:centres?|centers?|facilit(?:y|ies)|points?)\s+(?:in|at)\s+$"
)
# a place a way out is for, or where the buildings people leave lie: 'no agreed "green corridor"
# for Chernihiv', "brought out of residential buildings next to Azovstal"
_NEXT_TO_FROM = (
    r"|\bcorridors?[\"”]?\s+for\s+(?:the\s+)?$"
    # "no corridor had yet been agreed for Balakliia"
    r"|\bcorridors?\b[^.;]{0,30}?\b(?:agreed|planned|arranged)\s+for\s+(?:the\s+)?$"
    r"|\b(?:from|out\s+of)\s+(?:[\w'’-]+\s+){0,4}?(?:next|close|adjacent)\s+to\s+(?:the\s+)?$"
)
# ... or the place they leave
_ORIGIN_BEFORE = compile_fast(
    r"\b(?:from|out of|leave|leaving|left|in|at|inside|under|around|near|(?:residents|people|"
    r"inhabitants|citizens|civilians|population)\s+of)\s+(?:the\s+)?"
    # "from there to Zaporizhzhia": a place after "to" is where people go
    r"(?:(?!(?:to|towards|into)\s)[\w'’-]+\s+){0,3}$"
    r"|\bevacuations?\s+of\s+(?:the\s+)?$" + _NEXT_TO_FROM
)
# the part of _ORIGIN_BEFORE that names leaving outright (not a mere "in", "at", "near")
_STRONG_ORIGIN = compile_fast(
    r"\b(?:from|out of|leave|leaving|left|(?:residents|people|inhabitants|citizens|civilians|"
    r"population)\s+of)\s+(?:the\s+)?(?:(?!(?:to|towards|into)\s)[\w'’-]+\s+){0,3}$"
    # "the evacuation of Shebekino" (the place right after it)
    r"|\bevacuations?\s+of\s+(?:the\s+)?$" + _NEXT_TO_FROM
)
# a place named as its people's: "appealed to Lysychansk residents to leave", "Kherson's
# remaining inhabitants" (not "the Donetsk People's Republic")
_PEOPLE_AFTER = compile_fast(
    r"(?:['’]s)?\s+(?:remaining\s+)?(?:residents|inhabitants|civilians|people(?!['’])|families|"
    r"population)\b"
)
# a named instance of unnamed places people leave: "out of 18 villages near the front line,
# among them Vovchansk", "from border districts, including the town of Sudzha"
_AMONG_FROM = compile_fast(
    r"\b(?:from|out of)\s+[^.;]{0,70}?,?\s+(?:among them|including|such as)\s+"
    r"(?:the\s+(?:town|city|village|settlement)s?\s+of\s+)?$"
)
# an origin cue a later "from" place outranks: a spot nearby, or the seat of officials
_YIELDING_ORIGIN = compile_fast(
    # (an office where officials sit: "head of the defence control centre in Moscow", "the
    # ministry in Kyiv", "its headquarters in Donetsk")
    r"(?:\b(?:near|around|at)|\b(?:authorities|officials|administration|government|council|"
    r"governor|police|leaders?|command|centre|center|headquarters|ministry|office|agency|"
    r"committee|department|staff)\s+(?:\w+\s+){0,2}?(?:in|at))\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
# residents choosing to stay or go: "who refuse to go", "residents who agreed to leave"
_PEOPLE_CHOICE = compile_fast(
    r"\b(?:who|residents|people|civilians|elderly|many|some|others|families)\s+(?:\w+\s+)?"
    r"(?:refus\w*|agreed|agree|declin\w*)\s+to\s+(?:go|leave|evacuate|be\s+evacuated|stay)\b"
    # "crews take out those who agree": the going is understood
    r"|\b(?:those|anyone|people|residents)\s+who\s+(?:agree|agreed|refuse|refused)\b"
    r"(?!\s+(?:to\s+(?:a|an|the)|on|with|that)\b)"
    # "where they agree, we take them out": "they" the residents, at their choice
    r"|\b(?:where|if|when|once|as\s+long\s+as)\s+they\s+(?:agree|refuse)\b"
    r"(?!\s+(?:to\s+(?:a|an|the)|on|with|that)\b)"
)
# the speaker as the one asking: "we call on", "He again urged them to leave"
_WE_BEFORE = compile_fast(r"\s*(?:we|I|[Hh]e|[Ss]he)\b")
# asks that are no call to leave: "urged those who fled not to return yet", "Asked whether the
# town would hold, he said ..." (a reporter's question)
_NOT_A_REQUEST = compile_lower(
    # (not a call to go that adds a call to stay away: "urged residents to leave and not to
    # return until the shelling stops")
    r"\b(?:asked|asks|urged|urges|told|tells|called on|calls on|appealed to)\s+"
    r"(?:(?!to\s+(?:leave|evacuate|flee|get\s+out)\b)\w+\s+){0,6}?"
    r"not\s+to\s+(?:return|come back|go back|come home|go home)\b|(?:^|[,;]\s*)asked\s+(?:\w+\s+){0,3}?"
    r"(?:whether|if|about|how|what|why|when|who)\b"
    # a meeting asked for: "the Council met at the request of France"
    r"|\b(?:convened|called|held|summoned|met|meeting|session)\s+(?:\w+\s+){0,2}?at\s+the\s+"
    r"request\s+of\b"
)


def _no_request(low: str, rx: re.Pattern) -> bool:
    """Are all the request words of ``low`` (matches of ``rx``) inside asks that are no call to
    leave (:data:`_NOT_A_REQUEST`)?"""
    spans = [m.span() for m in _NOT_A_REQUEST.finditer(low)]
    return bool(spans) and all(any(a <= m.start() < b for a, b in spans) for m in rx.finditer(low))


# where people leave when no place is named: "from the frontline villages", "out of border
# areas", "had left the border districts", "residents of the riverside villages", "out of
# several shelled villages", "from settlements under fire"
_UNNAMED_ORIGIN = compile_fast(
    r"\b(?:from|out of|leave|leaving|left|"
    r"(?:residents|people|inhabitants|families|population)\s+of)\s+(?:the\s+)?"
    r"(?:(?:several|some|many|a number of|dozens of|those|these|\d+)\s+)?"
    r"(?P<np>(?:(?:frontline|front-line|border|combat|"
    r"occupied|besieged|shelled|nearby|surrounding|outlying|neighbouring|neighboring|"
    r"frontier|embattled|contested|active|riverside|riverbank|exposed|closest|nearest)\s+)"
    r"(?:villages|towns|areas|zones|districts|"
    r"settlements|communities|territories|strip)"
    r"|(?:villages|towns|settlements|communities|areas)\s+under\s+(?:fire|shelling|attack|"
    r"bombardment))\b"
)
# the town people leave named by its kind, as what is left, emptied or reached: "evacuation of
# the city", "could not reach the town", "about half of the town's residents had left"
_CITY_LEFT = compile_fast(
    r"\b(?:from|out\s+of|leave|leaving|left|evacuat\w*(?:\s+of)?|reach|reached|enter|entered|"
    r"(?:residents|people|inhabitants|population)\s+of)\s+the\s+(?:[\w-]+\s+)?"
    r"(?:city|town|village)\b(?![’']s\s+(?:hospitals?|outskirts|edge)\b)"
    r"(?!\s+(?:of|cent(?:re|er)|council|hall|administration|authorities|limits)\b)"
    r"|\bthe\s+(?:city|town|village)['’]s\s+(?:remaining\s+)?(?:residents|population|"
    r"inhabitants|people)\b"
)
# a place named for its rulers: "without the participation of the Kyiv authorities"
_RULERS_AFTER = compile_fast(
    r"\s+(?:authorities|government|officials|regime|leadership|side|forces|troops|army|military)\b"
)


# where people go, right before the place: "took families to Dnipro", "buses for Zaporizhzhia"
_GO_TO_BEFORE = compile_fast(r"\b(?:to|towards?|into|for|reached)\s+(?:the\s+)?$")


def _town_named_before(s: str, places: list[dict], at: int, skip: set[str | None]) -> str | None:
    """The settlement of ``s`` named last before offset ``at`` that a later "the town" can stand
    for: not one of ``skip`` (where people go), not a stop on the way ("through Vasylivka"),
    not an actor or a place named for its rulers ("the Kyiv authorities")."""
    for p in reversed(places):
        if p["rs"] >= at or p["kind"] != "settlement" or p["name"] in skip:
            continue
        before = s[max(0, p["rs"] - 40) : p["rs"]]
        if (
            _is_actor(p, s)
            or _RULERS_AFTER.match(s, _mention_end(p))
            or ("via" in before or "through" in before)
            and _VIA_BEFORE.search(before)
            or _GO_TO_BEFORE.search(before)
        ):
            continue
        return p["name"]
    return None


# a relative clause of leaving that a place heads: "X, from which residents were evacuated"
_FROM_WHICH_AFTER = compile_fast(r",?\s+(?:from|out\s+of)\s+which\b")
# a body's place of work, not where people leave: "the regional administration, which works
# from Mykolaiv", "the council, which is now based in Zaporizhzhia"
_WORKS_FROM_BEFORE = compile_fast(
    r"\b(?:which|that|who)\s+(?:now\s+)?(?:works?|operates?|sits?|is\s+(?:now\s+)?based)\s+"
    r"(?:from|in|out\s+of)\s+$"
)
# transport coming from a place to fetch people: "on buses sent from Kharkiv" (where they go)
_SENT_FROM = compile_fast(
    r"\b(?:buses|trains|vehicles|transport|convoys?|ambulances)\s+(?:\w+\s+)?(?:sent|dispatched|"
    r"coming|arriving)\s+from\s+(?:the\s+)?$"
)

# a district named by a word the gazetteer may not know: "residents of the Belovsky district"
_NAMED_DISTRICT = compile_fast(
    r"\b(?:residents|people|inhabitants|population|villages|from|out of|leave|leaving)\s+(?:of\s+)?"
    r"the\s+(?P<name>[A-Z][\w'’-]+)\s+(?P<kind>district|community)\b"
)
# inside an appositive of kind, locating the place before it: ", a town 60 km north of",
# ", a small town in"
_IN_APPOSITIVE_BEFORE = compile_fast(
    r",\s+an?\s+(?:[\w'’-]+\s+){0,2}?(?:village|town|city|settlement|port|suburb)\b[^,;.]{0,50}?"
    r"\b(?:in|near|of|outside)\s+(?:the\s+)?$"
)
# a river bank as the apposition of the town before it: "In Lysychansk, on the high right bank,"
_ON_BANK_APPOSITIVE = compile_fast(r"\w,\s+on\s+(?:the|its)\s$")
# a stop on the way: "via Berdiansk", "through the Vasylivka checkpoint"
_VIA_BEFORE = compile_fast(r"\b(?:via|through)\s+(?:the\s+)?$")
# a stop where evacuees are processed on their way: "processed at a reception point in
# Bezimenne", "held at a filtration camp near Dokuchaievsk"
# A checkpoint on the road is a stop too, not where people leave: "turned back at Russian
# checkpoints near Tokmak", "queued for days at the checkpoint in Polohy"
_STOP_BEFORE = compile_fast(
    r"\b(?:(?:reception|filtration|transit|registration|processing)\s+(?:points?|centres?|"
    r"centers?|camps?|hubs?)|check-?points?)\s+(?:in|at|near|outside)\s+(?:the\s+)?"
    r"(?:village\s+of\s+)?$"
)
# a road named by a place it leads to: "along the Romanivka road", "on the Zhytomyr highway"
_ROAD_AFTER = compile_fast(r"\s+(?:road|highway|motorway)\b")
_ALONG_BEFORE = compile_fast(r"\b(?:along|on|by|down|up)\s+the\s+$")
# the rescuers' way in, not the evacuees' way out: "turned back on the way to Mariupol"
_WAY_TO_BEFORE = compile_fast(r"\bway\s+(?:to|into)\s+(?:the\s+)?$")
# the city people leave named by its kind: "out of the besieged city"
_OUT_OF_THE_TOWN = compile_fast(
    r"\b(?:out of|leave|leaving|left)\s+the\s+(?:[\w-]+\s+)?(?:city|town|village)\b"
)


# a bank of a river people leave or go to: "residents of the right (west) bank", "to the left bank"
_BANK = compile_fast(
    r"\b(?P<cue>of|on|from|along|leave|leaving|left|to|for|towards|into)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<side>right|left|west|western|east|eastern)"
    r"(?:\s+\((?:west|western|east|eastern)\))?[\s-]+bank\b",
    re.I,
)
_BANK_SIDE = {"western": "west", "eastern": "east"}


def _worded_origin(
    s: str, low: str, destination: str | None, origin: str | None = None
) -> tuple[str | None, str | None]:
    """``origin`` and ``destination`` filled from places named in words, not from the gazetteer:
    a district it may not know, a bank of a river."""
    if origin is None and ("district" in low or "community" in low):
        # "residents of the Belovsky district would also be moved": a district the gazetteer
        # does not know is still the place named
        m = _NAMED_DISTRICT.search(s)
        origin = f"{m.group('name')} {m.group('kind')}" if m else None
    if "bank" in low:
        # "residents of the right bank had been moved out", "urged people on the right bank to
        # leave for the left bank": a river's bank is where people leave or go
        origin, destination = _banks(s, origin, destination)
    return origin, destination


def _banks(s: str, origin: str | None, destination: str | None) -> tuple[str | None, str | None]:
    """``origin`` and ``destination`` with a bank of a river (:data:`_BANK`) filling the one the
    sentence names no place for."""
    # a bank left outright before one people are merely on: "authorities on the left bank said
    # they had completed the relocation of civilians from the right bank"
    found = sorted(_BANK.finditer(s), key=lambda m: m.group("cue").lower() in ("on", "along"))
    for m in found:
        if m.group("cue").lower() == "on" and _ON_BANK_APPOSITIVE.search(s, 0, m.end("cue") + 5):
            # "In Lysychansk, on the high right bank, ...": the bank locates the town before it
            continue
        side = m.group("side").lower()
        bank = _BANK_SIDE.get(side, side) + " bank"
        if m.group("cue").lower() in ("to", "for", "towards", "into"):
            # (not "entry to the right-bank districts was closed": the bank as an adjective)
            if destination is None and origin != bank and "-bank" not in m.group(0):
                destination = bank
        elif origin is None or origin == destination:
            origin = bank
    return origin, destination


# (not a time: "who left border districts in August", "in recent weeks", "in 2022")
_LOCATED_AFTER = compile_fast(
    r"\s+(?:in|of|around|near|along)\b(?!\s+(?:(?:early|mid|late)[\s-]+)?(?:january|february|"
    r"march|april|may|june|july|august|september|october|november|december|recent|the\s+past|"
    r"the\s+last|the\s+first|the\s+(?:morning|evening|night|spring|summer|autumn|winter)|"
    r"\d{4}|spring|summer|autumn|winter)\b)",
    re.I,
)
# a move between buildings of one place: "transferred to other Kyiv hospitals", "to other
# Kharkiv shelters" (the place is where they leave as well as where they go)
_OTHER_BEFORE = compile_fast(r"\bto\s+(?:the\s+)?other\s+$")
_BUILDINGS_AFTER = compile_fast(
    r"\s+(?:hospitals|clinics|shelters|schools|dormitories|hotels|buildings|facilities|wards)\b"
)


# the words between a destination and a place that goes with it: "to Pavlohrad in Dnipropetrovsk
# oblast", "towards Sumy and Okhtyrka", "to Nova Kakhovka and to Henichesk"
_DEST_TAIL = compile_fast(
    r"(?:\s*,)?\s+(?:in|near|and|or)\s+(?:(?:then\s+)?(?:on\s+)?(?:to|towards|into)\s+)?"
    r"(?:the\s+)?$|,\s*$"
    # an appositive saying where it lies: "to Olenivka, a village in the occupied part of"
    r"|,\s+an?\s+(?:[\w'’-]+\s+){0,2}?(?:village|town|city|settlement|port)\s+(?:in|near)\s+"
    r"(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:part|side|area)\s+of\s+(?:the\s+)?)?$"
)
# a call to stay at home (blanked out: no evacuation words)
_STAY_HOME = compile_lower(
    r"\b(?:asked|asks|urged|urges|told|tells|called on|calls on|appealed to)\s+(?:\w+\s+){0,6}?"
    r"(?:not\s+to\s+leave\s+(?:their\s+|your\s+|the\s+)?(?:homes?|houses?|shelters?|basements?|"
    r"flats?)\b"
    # "urged families in the town to stay in shelters until a corridor was confirmed"
    r"|to\s+(?:stay|remain|shelter)\s+(?:in|at|inside)\s+(?:their\s+|your\s+|the\s+)?"
    r"(?:homes?|houses?|shelters?|basements?|cellars?|flats?)\b[^.;]*"
    # a call to those gone to stay away: "asked residents who had left not to return yet",
    # "urged people who fled not to come back until the mines are cleared"
    r"|not\s+to\s+(?:return|come\s+back|go\s+back)\b[^.;]*)"
    # the call in the modal or the imperative: "no one should leave shelters during alerts",
    # "residents must not leave their basements", "do not leave your homes after curfew"
    r"|\b(?:(?:no\s*-?\s*one|nobody)\s+(?:should|must|may|is\s+to)|(?:should|must|may)\s+not|"
    r"(?:shouldn|mustn)['’]t|do\s+not|don['’]t)\s+leave\s+(?:their\s+|your\s+|the\s+)?"
    r"(?:homes?|houses?|shelters?|basements?|cellars?|flats?)\b"
)
# an official's own departure told in a relative clause on him: "Mariupol mayor Vadym
# Boichenko, who has left the city, said", "the governor, who fled Sievierodonetsk in May,"
# (where the speaker is, not an evacuation)
_OFFICIAL_WHO_LEFT = compile_fast(
    r"\b(?i:mayor|governor|head|minister|chief|official|spokes(?:man|woman|person)|commander|"
    r"president|ombudsman|deputy|lawmaker|MP)(?:\s+[A-Z][\w'’-]+){0,3},\s+who\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:since\s+|already\s+|himself\s+|herself\s+|long\s+)?"
    r"(?:left|fled|moved\s+out\s+of|escaped(?:\s+from)?)\b[^,;.]{0,60},"
)
# a reaction to reports the speaker does not vouch for: "had heard the reports of residents
# being taken to Russia and that, if true, it would be unconscionable"
_HEARD_REPORTS = compile_lower(
    r"\b(?:heard|seen|read|aware\s+of)\s+(?:the\s+|these\s+|those\s+|such\s+)?"
    r"(?:reports?|claims?|allegations?|accounts?)\b"
)
_IF_TRUE = ("if true", "if confirmed", "if accurate", "if verified", "if they are true",
            "if they were true", "if that is true", "if it is true", "if proven")  # fmt: skip
# people a place has taken in: "Lviv, which has taken in hundreds of thousands of people fleeing
# the fighting", "now home to thousands who fled the east" (hosts of the displaced, no
# evacuation told)
_HOSTS_FLED = compile_lower(
    r"\b(?:taken\s+in|took\s+in|takes\s+in|hosts?|hosted|hosting|sheltering|sheltered|"
    r"welcomed|home\s+to)\s+(?:[\w,-]+\s+){0,6}?(?:people|refugees|displaced|residents|"
    r"families|evacuees)?\s*(?:fleeing|who\s+(?:have\s+|had\s+)?fled)\b[^,;.]*"
)
# an evacuation of another era, dated by its year or its war: "after the 1986 reactor
# explosion, when 100,000 people were evacuated", "during the Second World War"
_OTHER_ERA = compile_lower(
    r"\b(?:in|after|since|during|of|by)\s+(?:the\s+)?(?P<year>1[89]\d\d|20[0-4]\d)\b"
    r"|\b(?:second\s+world\s+war|world\s+war\s+(?:ii|two|2)|great\s+patriotic\s+war|"
    r"soviet\s+(?:era|times))\b"
)
_NOW_WORDS = compile_lower(r"\b(?:now|again|today|tonight|currently|this\s+(?:week|month|year))\b")
# a call not to return that also tells people to go is kept: "urged residents to leave and not
# to return until the shelling stops"
_LEAVE_AND_STAY_AWAY = compile_lower(
    r"\bto\s+(?:leave|evacuate|flee|get\s+out|go)\b[^.;]{0,40}?\band\s+not\s+to\s+(?:return|come)"
)
# an evacuation denied (blanked out: no evacuation words): "the city was not being evacuated",
# "there are no plans to evacuate the town", "nobody is being forced to leave"
_NO_EVACUATION = compile_lower(
    # (not a way out blocked: "the wounded were not being evacuated because of the shelling",
    # nor a destination refused: "would not be evacuated into Russia")
    r"\b(?:(?:is|was|are|were)\s+not\s+being\s+evacuated"
    r"(?![^.;]{0,40}?\b(?:because|due to|as|since|amid|owing to|to|into|towards)\b)|"
    r"no\s+(?:plans?|need|reason|intention)\s+to\s+(?:evacuate|relocate|leave)|"
    # the dead counted among those who fled is a casualty report: "four civilians trying to
    # leave by car were killed", "a family was shot while fleeing the village"
    r"(?:trying|attempting)\s+to\s+(?:leave|flee|escape|get\s+out)\b[^.;]{0,50}?\b(?:were|was|"
    r"had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|shot)|"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|"
    r"shot)\s+(?:\w+\s+){0,3}?(?:while|when|as)\s+(?:they\s+|he\s+|she\s+)?(?:were\s+|was\s+)?"
    r"(?:trying\s+to\s+(?:leave|flee|escape)|fleeing|leaving|escaping)[^.;]*|"
    # a fake denied: "warned people not to believe fake messages about an evacuation of the
    # city", "denied rumours of an evacuation", "dismissed false reports that X was evacuated"
    r"(?:fake|false|untrue|bogus)\s+(?:\w+\s+)?(?:messages?|reports?|news|claims?|rumou?rs?|"
    r"posts?|information)\s+(?:about|of|on|that)\s+[^.;]{0,60}?\bevacuat[^.;]*|"
    r"(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted|refutes)\s+(?:the\s+)?"
    r"(?:\w+\s+)?(?:rumou?rs?|reports?|claims?)\s+(?:about|of|on|that)\s+[^.;]{0,60}?"
    r"\bevacuat[^.;]*|"
    # "there is no decision on evacuating the centre", "he did not announce any evacuation of
    # the city", "no evacuation order has been issued"
    r"no\s+(?:decision|order|orders)\s+(?:yet\s+)?(?:on|to|about|for)\s+(?:an?\s+|the\s+)?"
    r"(?:evacuat\w*|relocat\w*)|"
    r"(?:did|does|do|has|have|had)\s+not\s+(?:yet\s+)?(?:announce|announced|order|ordered|declare|"
    r"declared|call\s+for|called\s+for)\s+(?:any|an|a)\s+(?:\w+\s+)?evacuations?|"
    r"(?:nobody|no\s+one)\s+(?:is|was|will\s+be)\s+(?:being\s+)?(?:forced|made|required)\s+to\s+"
    r"(?:leave|evacuate|move)|"
    # people named by a going long past, as those a service is for: "a hotline for people who
    # have already left", "payments to families who had fled"
    r"(?:for|to|with)\s+(?:the\s+)?(?:people|those|residents|civilians|families|everyone|anyone)\s+"
    r"who\s+(?:have|had|has)\s+(?:already\s+)?(?:left|fled)|"
    # those who left, named by what they may do now: "residents who left earlier for Nizhyn can
    # register as displaced persons", "people who fled may apply for payments"
    r"(?:people|those|residents|civilians|families|everyone|anyone)\s+who\s+(?:have\s+|had\s+|"
    r"has\s+)?(?:already\s+|earlier\s+)?(?:left|fled)\b[^.;]{0,60}?\b(?:can|could|may|should|"
    r"will\s+be\s+able\s+to|are\s+(?:eligible|entitled)\s+to)\s+(?:\w+\s+)?(?:register|apply|"
    r"receive|claim|obtain|contact)\b[^.;]*|"
    # who those gone are: "many of those who have left are older people and people with
    # disabilities" (not "most of those who left were taken to Dnipro")
    r"(?:many|most|some|half|all|the\s+majority)\s+of\s+(?:those|the\s+(?:people|residents|"
    r"evacuees|civilians))\s+who\s+(?:have\s+|had\s+)?(?:left|fled|been\s+evacuated)(?:\s+[\w'’-]+){0,3}?\s+"
    r"(?:are|were)\s+"
    r"(?:\w+\s+)?(?:older|elderly|women|children|people|pensioners|families|mothers|from)\b[^.;]*)\b"
)
_NO_EVACUATION_WORDS = ("not being evacuated", "no plan", "who have", "who had", "who has",
                        "no need", "no reason", "no intention", "forced to", "made to",
                        "required to", "no decision", "no order", "not announce", "not order",
                        "not declare", "not call", "not yet", "killed", "wounded", "injured",
                        "shot", "those who", "register", "apply", "receive", "claim", "obtain",
                        "contact", "fake", "false", "untrue", "bogus", "rumour", "rumor",
                        "denie", "deny", "dismiss", "reject", "refute")  # fmt: skip
_B_NO_EVACUATION = _need(_NO_EVACUATION_WORDS)
# people gone from the country abroad, a refugee flow (blanked out): "have crossed from Ukraine
# into neighbouring countries", "fled Ukraine for Poland and Moldova", "left Ukraine for Europe"
_FLED_ABROAD = compile_lower(
    r"\b(?:fled|left|leaving|fleeing|escaped|crossed(?:\s+the\s+border)?\s+(?:from|out\s+of))\s+"
    r"ukraine\s+(?:(?:in)?to|for|towards)\s+(?:the\s+|other\s+)?(?:neighbou?ring\s+(?:countries|"
    r"states)|poland|moldova|romania|hungary|slovakia|europe|the\s+eu|european\s+union|"
    r"abroad|the\s+west)\b[^.;]*"
)
# the dead carried away are no evacuees: "the bodies were being taken to Kharkiv for
# identification", "the remains of 12 people were transferred to the morgue in Dnipro"
_BODIES_MOVED = compile_lower(
    r"\b(?:bod(?:y|ies)|remains|corpses|the\s+dead)\b(?:\s+of\s+[^.;,]{0,40}?)?\s+(?:(?:are|is|"
    r"were|was|had|have|has|been|being|will|would|be|then|later|all)\s+){1,3}(?:taken|moved|"
    r"transported|brought|sent|transferred|carried|driven|removed|handed\s+over)\b"
)
# an observer's caveat, to the end of its clause (blanked out: it reports no going): "ISW cannot
# independently verify the number of people who have left"
_CANNOT_VERIFY = compile_lower(
    r"\b(?:cannot|can\s+not|could\s+not|can['’]t|couldn['’]t|unable\s+to|not\s+able\s+to)\s+"
    r"(?:\w+\s+)?(?:verify|confirm|corroborate)\b[^.;]*"
    # the passive: "a figure that could not be verified"
    r"|\b(?:cannot|can\s+not|could\s+not|can['’]t|couldn['’]t)\s+be\s+(?:\w+\s+)?"
    r"(?:verified|confirmed|corroborated)\b[^.;]*"
    # what a speaker left unsaid is no statement: "did not say whether any evacuation from
    # there was planned", "would not say how many people had left"
    r"|\b(?:did|does|would|could)\s+not\s+(?:say|specify|disclose|reveal|indicate)\s+"
    r"(?:whether|if|how|when|where|why|what)\b[^.;]*"
    r"|\b(?:declined|refused)\s+to\s+(?:say|specify|disclose)\s+(?:whether|if|how|when|where)\b"
    r"[^.;]*"
    # what nobody knows yet: "it was unclear whether any convoy had left Izium", "it is not
    # known how many people got out"
    # (to the clause's end only: "it is not known how many remain in Mariupol, where the
    # evacuation goes on")
    r"|\b(?:unclear|not\s+(?:yet\s+)?(?:clear|known)|unknown)\s+(?:whether|if|how\s+many|how\s+much)\b"
    r"[^.;,]*"
)
_B_CANNOT_VERIFY = _need(
    ("verify", "verified", "confirm", "corroborate", "not say", "not specify", "not disclose",
     "not reveal", "not indicate", "to say", "to specify", "to disclose", "unclear", "not clear",
     "not yet clear", "not known", "not yet known", "unknown")
)  # fmt: skip
# the word gates of this section (by bit), each a substring test, all in one pass
_evac_words = _word_bits(list(_EVAC_GATES))


# the people of a place named before: "residents of the district", "people of the town"
_OF_THE_PLACE = compile_fast(
    r"\b(?:residents|people|inhabitants|population|civilians)\s+of\s+the\s+(?:district|town|"
    r"city|village|region|community|settlement|area)\b"
)
# the works people are brought out of, named by its kind: "taken out of the plant"
_OUT_OF_WORKS = compile_fast(
    r"\b(?:out of|from|leave|leaving|left)\s+the\s+(?:plant|steelworks|works|factory|complex)\b"
)
# the works named by its kind where people shelter or which they leave: "civilians sheltering in
# the plant's bunkers", "left the bunkers beneath the plant", "let civilians out of the plant"
_AT_WORKS = compile_fast(
    r"\b(?:out of|from|leave|leaving|left|in|inside|beneath|under|at)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:(?:beneath|under|of|in|inside)\s+the\s+)?"
    r"(?P<head>plant|steelworks|works|factory)(?:['’]s)?\b"
)


def _population(low: str, found: int, civ: bool | None = None) -> str | None:
    """Who leaves; ``civ``: whether ``low`` names civilians, if asked already."""
    mil = found & _B_MILITARY and _POP["military"].search(low)
    if not mil and found & _B_INJURED and _POP["injured"].search(low):
        return "injured"
    if civ is None:
        civ = bool(found & _B_CIVILIANS and _POP["civilians"].search(low))
    if mil:
        return "mixed" if civ else "military"
    return "civilians" if civ else None


# how occupation appointees are styled: "acting mayor", "Russian-installed head"
_APPOINTEE_WORDS = r"acting|interim|installed|appointed|occupation"
# a town's elected mayor in a role: "mayor of Okhtyrka", "Okhtyrka mayor" (the town's name,
# looked up in the gazetteer; not "head of the Kupiansk district administration", nor an
# appointee)
_LOCAL_OFFICE = compile_fast(
    rf"^(?!.*\b(?i:{_APPOINTEE_WORDS})\b)(?:.*?)(?:"
    r"\b[Mm]ayor\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?(?P<a>[A-Z][\w’-]+)"
    r"|\b(?P<b>[A-Z][\w-]+)(?:['’]s)?\s+(?:city\s+|town\s+)?[Mm]ayor\b)"
)


@lru_cache(maxsize=1024)
def _country_oblast(name: str) -> tuple[str | None, str | None] | None:
    """The country and oblast of the gazetteer's best entry for ``name`` (None: not found)."""
    try:
        from .gazetteer import lookup
    except ImportError:  # pragma: no cover - the gazetteer ships with the kit
        return None
    got = lookup(name)
    if got is None:
        return None
    oblast = got.get("oblast")
    return got.get("country"), oblast.lower() if isinstance(oblast, str) else None


def _elsewhere(name: str | None, region: dict) -> bool:
    """Does place ``name`` (a report's last origin) lie outside ``region`` (a place record), as
    far as the gazetteer tells? Unknown places and unknown oblasts count as inside."""
    if name is None:
        return True
    got = _country_oblast(name)
    if got is None:
        return False
    if got[0] != region.get("country"):
        return True
    b = region.get("oblast")
    return got[1] is not None and isinstance(b, str) and got[1] != b.lower()


# a place in an official's title: "mayor of Irpin", "head of the Mykolaiv regional
# administration", "Irpin mayor", "Bucha's mayor"
_SEAT_BEFORE = compile_fast(
    r"\b(?:mayor|governor|head|chief|administration|council)\s+of\s+(?:the\s+)?$", re.I
)
_SEAT_AFTER = compile_fast(
    r"(?:['’]s)?\s+(?:(?:city|regional|district|oblast|region|town|military)\s+)*"
    r"(?:mayor|governor|administration|council|head)\b",
    re.I,
)


def _is_seat(p: dict, s: str) -> bool:
    """Is place ``p`` of sentence ``s`` the seat an official's title names (:data:`_SEAT_BEFORE`,
    :data:`_SEAT_AFTER`)?"""
    end = _mention_end(p)
    if s[end : end + 1] == "-":
        return False  # "head of the Moscow-installed administration": a patron, not a seat
    return (
        _SEAT_BEFORE.search(s, max(0, p["rs"] - 30), p["rs"]) is not None
        or _SEAT_AFTER.match(s, end) is not None
    )


def _seat_elsewhere(name: str | None, seat: dict) -> bool:
    """Does place ``name`` (a report's last origin) lie outside ``seat``, the place a speaker's
    title names? A town's official speaks for that town, a region's for the region."""
    if seat["kind"] == "settlement":
        return name != seat["name"]
    return _elsewhere(name, seat)


# a share of the territory in a region: "86% of the territory Ukraine once held in "
_TERRITORY_OF = compile_fast(
    r"\bof\s+the\s+(?:territory|land)\s+(?:[\w'’-]+\s+){0,5}?(?:in|of)\s+$", re.I
)
_THE_REGION = compile_fast(r"\bthe\s+(?:region|oblast|province)\b")


# "the region" as where people go, not where they leave: "to leave for safer parts of the
# region", "to move elsewhere in the oblast", "relocated within the region"
_REGION_AS_DEST = compile_fast(
    r"\b(?:(?:to|for|towards|into)\s+(?:\w+\s+){0,2}?(?:parts|areas|places|districts|towns|"
    r"communities)\s+(?:of|in)|elsewhere\s+in|within)\s+the\s+(?:region|oblast|province)\b$"
)


# people in a struck building (a rescue), not people leaving a place
_RESCUE_WORDS = tuple(
    f"{p} the {w}" for p in ("under", "from", "out of") for w in ("rubble", "debris", "ruins")
)


def _back_fill_side(prev_ev: tuple | None, k: int, row: dict) -> None:
    """Give the unattributed row of a sentence just before ``row``'s (sentence ``k``) ``row``'s
    side when both speak of the same place: a quote the next sentence closes ("'Leave Siversk now.
    We will help with transport,' he wrote")."""
    if prev_ev is None or k - prev_ev[0] > 2 or prev_ev[1] is not None:
        return
    before = prev_ev[2]
    if before["claimed_by_side"] is None and before["origin"] == row["origin"]:
        before["claimed_by_side"] = before["body_side"] = row["claimed_by_side"]


def _item_label(s: str, p: dict) -> str | None:
    """The settlement ``p`` when sentence ``s`` is nothing but its name, as the label of an item
    in a roundup ("* Toretsk." before "The city's administration urged ... to leave")."""
    if p["kind"] != "settlement":
        return None
    bare = s.strip().strip("*•-–—#:. ").strip()
    return p["name"] if bare and bare == s[p["rs"] : _mention_end(p)].strip() else None


# a section label naming an axis: "Kharkiv direction: ..." (where the fighting is, not a place
# people leave)
_RUBRIC_AFTER = compile_fast(r"\s+(?:direction|axis|sector|front)\s*:", re.I)


def _drop_rubric(s: str, places: list[dict]) -> list[dict]:
    """``places`` without the place of an axis label ("Kupiansk axis: officials said Kivsharivka
    was fully evacuated"), unless it is the only place named."""
    kept = [p for p in places if not _RUBRIC_AFTER.match(s, _mention_end(p))]
    return kept if kept else places


# where a speaker speaks from: "told a briefing in Moscow", "a spokesman told Reuters in Geneva",
# "a spokesperson for the ICRC in Geneva said", "speaking in Brussels"
_VENUE_BEFORE = compile_fast(
    r"\b(?:speaking|briefing|conference|reporters|journalists|correspondents|Reuters|AFP|AP|BBC|"
    r"CNN|TASS|Interfax|Novosti|ICRC|UN|OCHA|UNHCR|Cross|headquarters|"
    r"spokes(?:man|woman|person))\s+(?:in|at)\s+$"
)
# a wire dateline opening the sentence: "KYIV/MOSCOW, March 8, 2022 - Buses ..."
_DATELINE_BEFORE = compile_fast(r"^\s*(?:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)?\s*/\s*)*$")


def _without_venues(s: str, places: list[dict]) -> list[dict]:
    """``places`` of ``s`` without the places a speaker speaks from (:data:`_VENUE_BEFORE`) or a
    wire dateline names, unless nothing else is named: "KYIV/MOSCOW, March 8 - buses pulled out
    of Sumy", "told a briefing in Moscow that Mariupol residents had been evacuated"."""
    kept = []
    for p in places:
        before = s[max(0, p["rs"] - 60) : p["rs"]]
        mention = str(p.get("mention") or "")
        dateline = (
            p["rs"] < 40
            and mention.isupper()
            and s[_mention_end(p) : _mention_end(p) + 1] in ("/", ",")
            and _DATELINE_BEFORE.match(s[: p["rs"]]) is not None
        )
        if not dateline and not _VENUE_BEFORE.search(before):
            kept.append(p)
    return kept if kept else places


def _blank_matches(s: str, low: str, rx: re.Pattern) -> str:
    """``s`` with every match of ``rx`` in its lower case ``low`` (of the same length) blanked
    out, so the offsets of what is left stay those of ``s``."""
    for m in rx.finditer(low):
        s = s[: m.start()] + " " * (m.end() - m.start()) + s[m.end() :]
    return s


def _evac_rows(
    s: str,
    places: list[dict],
    side: str | None,
    last_origin: str | None,
    speaker: tuple[int, int] | None = None,
    sites: dict[str, str] | None = None,
    seat: dict | None = None,
    words: int | None = None,
    after_evac: bool = False,
    town_before: str | None = None,
) -> list[dict] | None:
    """Evacuation rows of a sentence; one per clause when clauses differ ("trains have left
    Pokrovsk, and buses are still collecting people from Kramatorsk"). ``speaker`` is the span
    of the speaker phrase: a region in it ("the governor of Donetsk oblast") is the speaker's
    title, not where people leave, unless the sentence comes back to it ("all residents of the
    region"). ``seat``: the place in the speaker's title when the speaker was named ("Irpin mayor"),
    where people leave if the sentence names no place. ``words``: :func:`_evac_words` of the
    sentence, if known. ``after_evac``: the paragraph spoke of an evacuation just before, so a
    service out running is its transport. ``town_before``: the settlement the sentences before
    named last (what "the town" stands for)."""
    low = lower(s)
    if not (_has_evac_gate(low) if words is None else words & _B_EVAC_GATE):
        return None  # most sentences: one scan, before the words of every gate are collected
    if s.rstrip().endswith("?"):
        return None  # a question states nothing: "Is the centre now being evacuated?"
    if ("suspicious" in low or "bomb " in low or "alarm" in low) and _SECURITY_SCARE.search(low):
        # a building cleared for a scare is no wartime evacuation: "a suspicious package forced
        # the evacuation of a metro station for an hour"
        return None
    found = _evac_words(low) if words is None else words
    if ":" in s:
        places = _drop_rubric(s, places)
    title = None  # the region of the speaker's title, where people leave if nothing else is named
    if speaker is not None and any(
        p["kind"] == "region" and speaker[0] <= p["rs"] < speaker[1] for p in places
    ):
        # (every "the region" after the title, if any, is where people go: "to safer parts
        # of the region"; the title's region is then only the fallback origin)
        if all(
            _REGION_AS_DEST.search(s, max(0, m.start() - 40), m.end()) is not None
            for m in _THE_REGION.finditer(s, speaker[1])
        ):
            title = next(
                p for p in places if p["kind"] == "region" and speaker[0] <= p["rs"] < speaker[1]
            )
            places = [
                p for p in places if p["kind"] != "region" or not speaker[0] <= p["rs"] < speaker[1]
            ]
    if len(places) > 1:
        places = _without_venues(s, places)
    if found & _B_NOT_EVAC == _B_NOT_EVAC and _NOT_EVAC.search(s):
        s = _NOT_EVAC.sub(lambda m: " " * len(m.group(0)), s)
        low = lower(s)
        found = _evac_words(low)
    if (
        "not to leave" in low
        or "not leave" in low
        or "t leave" in low
        or "one should leave" in low
        or "body should leave" in low
        or "one must leave" in low
        or "body must leave" in low
        or " to stay" in low
        or " to remain" in low
        or " to shelter" in low
        or "not to return" in low
        or "not to come back" in low
        or "not to go back" in low
    ) and (_STAY_HOME.search(s) and not _LEAVE_AND_STAY_AWAY.search(low)):
        # a call to stay put is no call to leave: "urged residents not to leave their homes
        # while sappers clear the streets"
        s = _STAY_HOME.sub(lambda m: " " * len(m.group(0)), s)
        low = lower(s)
        found = _evac_words(low)
    if found & _B_NO_EVACUATION and _NO_EVACUATION.search(low):
        # a denial is no evacuation: "the regional capital was not being evacuated" (blanked
        # where the lower-cased text matches: "Residents who left ... can register")
        if len(low) == len(s):
            s = _blank_matches(s, low, _NO_EVACUATION)
        else:
            s = _NO_EVACUATION.sub(lambda m: " " * len(m.group(0)), s)
        low = lower(s)
        found = _evac_words(low)
    if (
        ("bod" in low or "remains" in low or "corpses" in low or "the dead" in low)
        and len(low) == len(s)
        and _BODIES_MOVED.search(low)
    ):
        s = _blank_matches(s, low, _BODIES_MOVED)
        low = lower(s)
        found = _evac_words(low)
    if any(w in low for w in _IF_TRUE) and _HEARD_REPORTS.search(low):
        # "she had heard the reports of X residents being taken to Russia and that, if true, it
        # would be unconscionable": the speaker reacts to reports, asserting no evacuation
        return None
    if ", who " in s and _OFFICIAL_WHO_LEFT.search(s):
        # "Mariupol mayor Vadym Boichenko, who has left the city, said ...": the speaker's own
        # whereabouts, no evacuation
        s = _OFFICIAL_WHO_LEFT.sub(lambda m: " " * len(m.group(0)), s)
        low = lower(s)
        found = _evac_words(low)
    if "fle" in low and _HOSTS_FLED.search(low) and len(low) == len(s):
        s = _blank_matches(s, low, _HOSTS_FLED)
        low = lower(s)
        found = _evac_words(low)
    if found & _B_CANNOT_VERIFY and _CANNOT_VERIFY.search(low):
        # what an observer cannot check is no report of going: "Reuters could not verify how
        # many had left"
        s = _CANNOT_VERIFY.sub(lambda m: " " * len(m.group(0)), s)
        low = lower(s)
        found = _evac_words(low)
    if "ukraine" in low and _FLED_ABROAD.search(low):
        # a refugee count is no evacuation: "UNHCR says 360,000 people have crossed from
        # Ukraine into neighbouring countries"
        if len(low) == len(s):
            s = _blank_matches(s, low, _FLED_ABROAD)
        low = lower(s)
        found = _evac_words(low)
    part = _evac_part(low, found)
    if part < 0:
        return None
    if (
        part == _NO_WAY_OUT_PART
        and _NO_WAY_OUT_FORCES.search(low)
        and not _POP["civilians"].search(low)
    ):
        return None  # "the Russian garrison in Lyman has no way out": troops cut off
    # the strong words' other branches are those parts, tried already
    strong = part < _N_STRONG_PARTS or found & _B_CEASEFIRE and _EVAC_STRONG.search(low)
    # whether the sentence names civilians: asked here of weak ones, kept for _population
    civ = None if strong else bool(found & _B_CIVILIANS and _POP["civilians"].search(low))
    if not strong and (
        not (
            civ
            # (the evacuation's own transport kept out: "no bus had been able to reach X")
            or part == _NO_WAY_IN_PART
            or part == _IMPERATIVE_PART
            or found & _B_INJURED
            and _POP["injured"].search(low)
            or found & _B_CIVIL_TRAFFIC
            and _CIVIL_TRAFFIC.search(low)
            # "(residents who want to leave can be taken to safer regions. ...) Trains from
            # Kherson are already running."
            or after_evac
            and _SERVICE_RUNNING.search(low)
            # "(buses had left Sievierodonetsk for Bakhmut.) Another column was waiting at the
            # edge of Rubizhne, but it could not set off": a column of the evacuation just told
            or after_evac
            and "column" in low
            and _CIVIL_COLUMN.search(low)
        )
        or found & _B_FORCE_LEFT == _B_FORCE_LEFT
        and _FORCE_LEFT.search(low)
    ):
        return None  # "its units had left Bucha" is a withdrawal, not an evacuation
    if not strong and any(w in low for w in _RESCUE_WORDS):
        # a struck building, no evacuation: "most people got out, but some are under the rubble"
        return None
    # "The Sumy regional administration said it ordered the evacuation of the border strip":
    # with no place of its own, the sentence speaks of the speaker's region
    # (the place the report spoke of before stays, if it lies in that region)
    if title is not None and _elsewhere(last_origin, title):
        last_origin = title["name"]
    elif title is None and seat is not None and _seat_elsewhere(last_origin, seat):
        # "Evacuation of the remaining residents is continuing, he said" (he: the Irpin mayor,
        # named in an earlier sentence): the place the speaker serves, not the report's focus
        last_origin = seat["name"]
    rows = _evac_row(
        s, low, found, places, side, last_origin, civ=civ, sites=sites, town_before=town_before
    )
    if not rows:
        return rows
    if rows[0]["origin"] is None and _is_headline(s):
        # "Kursk governor orders more evacuations; MoD says ...": a headline with no place
        # sums up the body, whose sentences name where people leave
        return None
    later = speaker is not None and ", and " in s and _later_speaker(s, low, found, speaker, side)
    clauses = _clauses(s)
    if ", and " in s and _AND_ASKED.search(s):
        clauses = [c for a, b in clauses for c in _split_asks(s, a, b)]
    if " and that " in s or ", adding that " in s or " but that " in s:
        # "said the daily train from Pokrovsk was running and that the mandatory evacuation of
        # the region was no suggestion": two statements reported, each with its own status
        clauses = [c for a, b in clauses for c in _split_asks(s, a, b, _AND_THAT)]
    if ", adding to" in s or ", in addition to" in s or ", on top of" in s:
        # "residents of A would also be moved, adding to the evacuations under way from B": a
        # second evacuation, with its own place
        clauses = [c for a, b in clauses for c in _split_asks(s, a, b, _ADDING_TO)]
    if len(clauses) > 1:
        per = []
        unread = False  # a clause speaks of leaving but gives no row of its own
        for a, b in clauses:
            clause = s[a:b]
            clow = lower(clause)
            cfound = _evac_words(clow)
            cp = [{**p, "rs": p["rs"] - a} for p in places if a <= p["rs"] < b]
            if _evac_part(clow, cfound) < 0:
                if per and cp and _ONWARD.search(clow):
                    # "take children out of A, and the first of them were sent by bus to B": a
                    # clause naming only where they go completes the rows before it
                    d = _evac_row(clause, clow, cfound, cp, side, None)
                    if d and d[0]["origin"] is None and d[0]["destination"] is not None:
                        for q in per:
                            q["destination"] = q["destination"] or d[0]["destination"]
                continue
            r = _evac_row(
                clause,
                clow,
                cfound,
                cp,
                side,
                rows[0]["origin"],
                own_place=bool(cp),
                sites=sites,
                carried=False,
                # ("the town" of a later clause: the last one named before the clause)
                town_before=_town_named_before(s, places, a, set()) or town_before,
            )
            if (
                r
                and last_origin is not None
                and r[0]["origin"] == rows[0]["origin"] != last_origin
                and r[0]["destination"] is not None
                and not any(p["name"] == r[0]["origin"] for p in cp)
                and not any(p["rs"] < a and p["name"] == r[0]["origin"] for p in places)
            ):
                # a clause naming only where people go leaves from the place the text is about,
                # not from one a later clause names: "buses to Dnipro ran when shelling allowed
                # and that volunteers brought out families from Pokrovske"
                r = _evac_row(
                    clause, clow, cfound, cp, side, last_origin, own_place=True, sites=sites
                )
            if (
                r
                and not cp
                and r[0]["status"] == "ongoing"
                and per
                and all(q["status"] == "completed" for q in per)
                and _TRANSPORT_LEFT.search(s, 0, a)
            ):
                # "buses had left Sievierodonetsk and Lysychansk for Bakhmut and that about 1,000
                # people were being taken out": the departures are of an evacuation still going
                for q in per:
                    q["status"] = "ongoing"
                continue
            if (
                r
                # (or one naming only where they went: "..., most of them to Kharkiv")
                and (not cp or all(p["name"] == r[0]["destination"] for p in cp))
                and r[0]["status"] == "completed"
                and per
                and all(q["status"] == "ongoing" for q in per)
            ):
                # "the evacuation from the district was continuing and that about 2,000 people
                # had left the area during the week": a tally of the evacuation going on
                continue
            if r:
                per.extend(r)
            else:
                unread = True
        keys = {(r["origin"], r["status"]) for r in per}
        # "people still live in Sloviansk, and evacuation trains leave daily from Kramatorsk":
        # the one clause that speaks of leaving names its own origin; and its status is the
        # evacuation's, not a word of a clause that does not speak of it ("villages were under
        # such orders, he said, and the evacuation of families had been completed")
        if (
            len(keys) > 1
            or keys
            and {k[0] for k in keys} != {r["origin"] for r in rows}
            or keys
            and not unread
            and keys != {(r["origin"], r["status"]) for r in rows}
        ):
            return _not_the_speakers(per, side) if later else per
    return _not_the_speakers(rows, side) if later else rows


def _later_speaker(
    s: str, low: str, found: int, speaker: tuple[int, int], side: str | None
) -> bool:
    """Does the speaker of ``s`` open a later clause that says nothing of the evacuation, after
    a call to leave made by the other side? "Russian-appointed officials had urged residents of
    Kupiansk to leave for Russia, and Ukrainian officials say thousands did so": the call is
    not what the Ukrainian officials say."""
    cut = s.rfind(", and ", 0, speaker[0])
    return (
        cut >= 0
        and _AND_SPEAKER_SAYS.match(s, cut) is not None
        and _evac_part(low[cut:], found) < 0
        and _evac_status(s[:cut], low[:cut], found) == "requested"
    )


def _not_the_speakers(rows: list[dict], side: str | None) -> list[dict]:
    """``rows`` claimed by the side that made the call, not the sentence's speaker (of
    ``side``)."""
    for r in rows:
        if r["status"] == "requested" and r["requested_by_side"] not in (None, side):
            r["claimed_by_side"] = r["body_side"] = r["requested_by_side"]
            r["clause_speaker"] = True  # (kept when the rows take the sentence's claim)
    return rows


# ", and Ukrainian officials say ...": a clause opened by its own speaker
_AND_SPEAKER_SAYS = compile_fast(
    r",\s+and\s+(?:[\w'’-]+\s+){1,5}?(?:say|says|said|claim|claims|claimed|report|reports|"
    r"reported)\b"
)


# "..., and called on all residents to leave", "..., and police crews take out those who
# agree": a request or a transport added to another statement on the evacuation
_AND_ASKED = compile_fast(
    r",\s+and\s+(?:(?:he|she|they|it)\s+)?(?:\w+\s+)?(?:called|urged|asked|appealed|told|ordered|"
    r"advised|pleaded)\b"
    # the call as a noun: "..., and repeated his appeal to everyone to leave", "..., and renewed
    # the call for families to go", "..., and she reiterated her plea"
    r"|,\s+and\s+(?:(?:he|she|they|it)\s+)?(?:\w+\s+)?(?:repeated|renewed|reiterated|restated|"
    r"issued|made|echoed)\s+(?:his|her|their|its|an?|the|earlier|previous|\w+['’]s)\s+"
    r"(?:\w+\s+)?(?:appeals?|calls?|pleas?|requests?|urgings?|recommendations?)\b"
    r"|,\s+and\s+(?:\w+\s+){0,3}?(?:crews|police|volunteers|buses|trains|teams|"
    r"rescuers)\s+(?:\w+\s+)?(?:take|takes|took|bring|brings|brought|carry|carries|carried|"
    r"collect|collects|collected|drive|drives|drove|evacuate|evacuates|evacuated|are|were)\b"
)


# transport gone out: "buses had left Sievierodonetsk", "the first trains have departed"
_TRANSPORT_LEFT = compile_lower(
    r"\b(?:buses|trains|convoys?|columns?|cars|coaches|vehicles)\s+(?:\w+\s+)?(?:had|have|has)\s+"
    r"(?:already\s+)?(?:left|departed|set\s+off|pulled\s+out)\b"
)


# a clause sending the evacuees on: "the first of them were sent by bus to Voronezh"
_ONWARD = compile_lower(
    r"\b(?:sent|taken|moved|bussed|driven|transported|relocated|brought|ferried|carried|headed|"
    r"heading)\b[^.;]{0,40}?\b(?:to|towards|into)\s"
)


# a request or offer made, in the past tense of its verb
_ASKED_VERB = compile_lower(
    r"\b(?:offered|proposed|demanded|requested|asked|urged|called\s+(?:on|for)|ordered|"
    r"appealed)\b"
)


_ADDING_TO = compile_fast(r",\s+(?:adding to|in addition to|on top of)\b")
# ('"The occupiers are not giving us a corridor," she said, adding that Kyiv had asked the Red
# Cross for a route out': a second statement of the same speaker)
# (or set against the first: "nine corridors were planned but that the Mariupol one was
# blocked")
_AND_THAT = compile_fast(r",?\s+and\s+that\s|,\s+adding\s+that\s|,?\s+but\s+that\s")


# getting to the place people are to leave ...
_REACH_BEFORE = compile_fast(
    r"\b(?:reach|reached|reaching|enter|entered|entering|get\s+(?:in)?to|got\s+(?:in)?to|"
    r"return\s+to|go\s+(?:back\s+)?(?:in)?to|(?:drive|drove|driving)\s+into)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?$",
    re.I,
)
# a way in that failed: "an evacuation convoy failed to reach Mariupol", "buses could not get
# into Soledar" (the town people were to leave)
_FAILED_REACH = compile_fast(
    r"\b(?:failed|unable|tried|trying|try|attempt(?:ed|ing|s)?)\s+(?:again\s+)?to\s+"
    r"(?:reach|get\s+(?:in)?to|enter)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$"
    r"|\b(?:could\s+not|couldn['’]t|did\s+not|didn['’]t|cannot|can['’]t|never|(?:could|can)\s+no\s+"
    r"longer)\s+(?:reach|reached|get\s+(?:in)?to|enter)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$"
    # "no bus had been able to reach Rubizhne"
    r"|\bno\s+(?:evacuation\s+)?(?:bus(?:es)?|coaches|convoys?|columns?|vehicles|trains?)\s+"
    r"(?:(?:(?:had|has|have|was|were)\s+)?(?:been\s+)?(?:able\s+to|managed\s+to|could)\s+"
    r"(?:reach|get\s+(?:in|through\s+)?to|enter)|(?:had|has|have)\s+(?:yet\s+)?(?:reached|"
    r"got\s+(?:in|through\s+)?to|entered))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$"
    # "evacuation buses have not been able to get to Rubizhne"
    r"|\b(?:(?:had|has|have)\s+not\s+been|(?:was|were)\s+not)\s+able\s+to\s+(?:reach|get\s+(?:in)?to|"
    r"enter)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$"
    # "not allowing buses into Mariupol"
    r"|\b(?:not\s+(?:allowing|letting)|refus\w+\s+to\s+(?:let|allow)|blocking|barring|stopping)\s+"
    r"(?:[\w-]+\s+){1,3}?(?:into|in\s+to|through\s+to|to\s+(?:reach|enter))\s+(?:the\s+)?"
    r"(?:(?:besieged\s+)?(?:city|town|village|port)\s+of\s+)?$",
    re.I,
)
# transport sent to a place: "buses sent to Enerhodar", "the convoy heading for Mariupol"
_SENT_TO_BEFORE = compile_fast(
    r"\b(?:buses|convoys?|columns?|vehicles|teams?|ambulances|trains)\s+(?:\w+\s+)?(?:sent|"
    r"dispatched|heading|headed|bound|travelling|traveling|going)\s+(?:in)?(?:to|for|towards)\s+"
    r"(?:the\s+)?(?:(?:besieged|occupied|encircled)\s+)?(?:(?:city|town|village|port)\s+of\s+)?$",
    re.I,
)
# transport loaded with people: "buses carrying evacuees failed to reach Zaporizhzhia"
_CARRYING = compile_fast(
    r"\b(?:carrying|with|full\s+of|packed\s+with)\s+(?:[\w,]+\s+){0,3}?(?:evacuees|civilians|"
    r"people|residents|passengers|children|refugees)\b",
    re.I,
)
# ... to bring them out: "to lead buses of civilians out", "to pick up the wounded"
_TO_LEAD_OUT = compile_fast(
    r"[^.;,]{0,20}?\b(?:to|and)\s+(?:lead|bring|take|get|evacuate|collect|pick\s+up|rescue|"
    r"ferry|drive)\b",
    re.I,
)


def _split_asks(s: str, a: int, b: int, rx: re.Pattern = _AND_ASKED) -> list[tuple[int, int]]:
    """Clause ``s[a:b]`` cut before each ", and called on ..." (:data:`_AND_ASKED`, or the
    matches of ``rx``)."""
    out = []
    for m in rx.finditer(s, a, b):
        out.append((a, m.start()))
        a = m.start() + 1
    out.append((a, b))
    return out


def _is_headline(s: str) -> bool:
    """Is ``s`` a headline (one line, no closing punctuation)?"""
    return "\n" not in s and not s.rstrip().endswith((".", "?", "!", '"', "”", "’"))


# an appositive saying what kind of place a name is: ", a town of some 20,000 people"
_KIND_APPOSITIVE = compile_fast(
    r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:town|city|village|settlement|port|suburb)\b"
)


# "In Lysychansk, on the high right bank, ...": the town's bank, the scene described
_BANK_APPOSITIVE = compile_fast(
    r",\s+on\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:right|left|west|western|east|eastern)"
    r"[\s-]+bank\b"
)


def _after_opener(p: dict, s: str) -> bool:
    """Does ``p`` open ``s`` as "In Moscow, General X accused ..."? It is where the speaker is,
    not where people leave."""
    end = _mention_end(p)
    if (
        s.startswith((", where ", ", which "), end)
        or _KIND_APPOSITIVE.match(s, end)
        or s.startswith((", on the ", ", on its "), end)
        and _BANK_APPOSITIVE.match(s, end)
    ):
        # "In Irpin, where the bridge was blown up, evacuations continued", "In Volnovakha, a
        # town of 20,000 people, officials said ...": the scene described
        return False
    return s[end : end + 1] == "," and _OPENER_PLACE.match(s[: p["rs"]] + "|,") is not None


def _is_district(p: dict) -> bool:
    """A district, raion or hromada named after its centre (see gazetteer._with_districts)."""
    return p["kind"] == "region" and str(p.get("place_id", "")).endswith((":district", ":hromada"))


# a sentence going on with the last speaker's words by a verb of asking (no verb of saying)
_PRONOUN_ASK = compile_fast(
    r"(?:He|She)\s+(?:\w+\s+)?(?:pleaded|appealed|urged|begged|demanded|called|asked|warned)\b"
)
_FROM_BEFORE = compile_fast(r"\bfrom\s+(?:the\s+)?$")
_TOWARDS_BEFORE = compile_fast(r"\b(?:to|towards|into)\s+(?:the\s+)?$")


def _route_rows(s: str, places: list[dict], prev: dict) -> list[dict]:
    """The rows of a sentence listing the routes of the evacuation row ``prev`` of the sentence
    before ("Among them are routes from A and B towards C and from D to E"): one per place after
    "from", going where the next "to" place says, with ``prev``'s status and side."""
    usable = [
        p
        for p in places
        if p["kind"] in ("settlement", "facility", "region", "other") and not _is_actor(p, s)
    ]
    keep = ("population", "status", "claimed_by_side")
    base = {k: prev[k] for k in keep}
    rows: list[dict] = []
    group: list[dict] = []  # the origins of the route being read
    for p in usable:
        before = s[max(0, p["rs"] - 12) : p["rs"]]
        if _FROM_BEFORE.search(before):
            group = [q for q in _expand_list(p, usable, s) if q["rs"] >= p["rs"]]
            for q in group:
                rows.append({**base, "origin": q["name"], "destination": None,
                             "requested_by_side": None})  # fmt: skip
        elif group and _TOWARDS_BEFORE.search(before):
            for r in rows[-len(group) :]:
                r["destination"] = p["name"]
            group = []
    return rows


# the civil bodies that carry out an evacuation: "police evacuation teams", "volunteers said",
# "the regional administration keeps urging", "in what Ukrainian officials called"
_LOCAL_BODY_WORDS = (
    "police", "administration", "rescue", "volunteers", "emergency services", "official",
    "authorities", "council", "mayor",
)  # fmt: skip
_has_local_body = contains_any(list(_LOCAL_BODY_WORDS))
_LOCAL_BODY = compile_fast(
    r"\b(?P<np>(?:[\w'’-]+\s+){0,2}?(?:police|(?:regional|military|city|local|district)\s+"
    r"(?:military\s+)?administration|rescuers|rescue\s+(?:teams|workers|crews|services)|"
    # "the city council suspended the evacuation", "deputy mayor X said no buses could leave"
    r"volunteers|emergency\s+services|officials?|authorities|(?:city|town|village|regional|"
    r"district)\s+council|(?:deputy\s+)?mayor))\b",
    re.I,
)
_OCCUPATION = compile_lower(
    r"\b(?:occupation|occupying|occupied|(?:russian|moscow|kremlin)[\s-](?:installed|appointed|"
    r"backed))\b"
)
# an occupation over: "retook the village after weeks of Russian occupation", "freed from
# occupation"
_OCCUPATION_OVER = compile_lower(
    r"\b(?:(?:weeks|months|days|years)\s+of|after|from|end\s+of|ended)\s+(?:the\s+)?(?:\w+\s+)?$"
)


def _under_occupation(low: str) -> bool:
    """Does ``low`` (lower-cased) speak of a place under occupation now (:data:`_OCCUPATION`,
    not an occupation over, :data:`_OCCUPATION_OVER`)?"""
    return any(
        _OCCUPATION_OVER.search(low, max(0, m.start() - 40), m.start()) is None
        for m in _OCCUPATION.finditer(low)
    )


# the people of the place just named, by "there": "Residents there could not leave", "those
# still there", "to get everyone out of there"
_PEOPLE_THERE = compile_lower(
    r"\b(?:residents|people|civilians|families|inhabitants|locals|those|everyone|anyone|"
    r"population|children|elderly)\s+(?:(?:still|remaining|left|living|trapped|sheltering)\s+)?"
    r"there\b|\b(?:from|out\s+of)\s+there\b"
)


def _there_place(low: str, places: list[dict], prev_places: list[dict]) -> str | None:
    """The settlement "there" of ``low`` (a sentence naming no settlement of its own,
    ``places``) stands for: the last one the sentence before named (``prev_places``), as in
    "The situation was worse in Trostianets. Residents there could not leave"."""
    if any(p["kind"] == "settlement" for p in places) or not _PEOPLE_THERE.search(low):
        return None
    named = [p["name"] for p in prev_places if p["kind"] == "settlement"]
    return named[-1] if named else None


_RIVER_WORD = compile_fast(r"\s+river$", re.I)


def _river_stem(name: str) -> str:
    """A river's name without its head word, lower-cased: "inhulets" for "Inhulets river"."""
    return _RIVER_WORD.sub("", str(name)).lower()


def _not_river_homonyms(s: str, places: list[dict], rivers: set[str]) -> list[dict]:
    """``places`` of sentence ``s`` without the settlements that are a river the report named,
    written with "the" and without the word "river": "the water in the Inhulets had risen"
    (the Inhulets river, not the town of Inhulets)."""
    return [
        p
        for p in places
        if not (
            p["kind"] == "settlement"
            and str(p["name"]).lower() in rivers
            and s[max(0, p["rs"] - 4) : p["rs"]].lower() == "the "
        )
    ]


# a paragraph opening an item of a digest: "2/ ...", "3. ...", "* ...", "- ..."
_DIGEST_ITEM = compile_fast(r"\s*(?:\d{1,2}\s*[/.)]|[*•–—-])\s")


# the aid community as the subject of a sentence: "Humanitarian organisations call on ...", "aid
# agencies say", "humanitarian partners report"
_AID_BODY = compile_fast(
    r"^(?:[\w'’-]+\s+){0,2}?(?:humanitarian|aid|relief)\s+(?:organi[sz]ations|agencies|partners|"
    r"actors|groups|workers|community)\s+(?:\w+\s+)?(?:call|calls|called|urge|urges|urged|say|"
    r"says|said|report|reports|reported|warn|warns|warned|appeal|appeals|appealed|continue|"
    r"continued|are|were|have|had)\b"
    # an update's "partners report that ...": its humanitarian partners
    r"|(?:^|,\s+and\s+|;\s+)(?:humanitarian\s+|aid\s+)?partners\s+(?:on\s+the\s+ground\s+)?"
    r"(?:report|reported|say|said|note|noted|warn|warned)\b",
    re.I,
)


# a line opened by any label, which ends a transcript's turn: "Q (British press): ...", "Desk
# note: ...", "HUMENIUK: ..."
_TURN_LABEL = compile_fast(r"[ \t]*[A-Z][\w.'’ ()-]{0,40}:[ \t]")
# a paragraph opened by a speaker's label: "Spokesman: ...", "Q: ...", "HUMENIUK: ..."
_SPEAKER_LABEL = compile_fast(r"[ \t]*[A-Z][\w.'’()-]*(?:[ \t]+[A-Z(][\w.'’()-]*){0,3}:[ \t]")
# an official acting in the first person: "I ask residents ...", "the areas we are evacuating
# from", "our rescuers" (not a reporter's "we saw buses leaving")
_FIRST_PERSON = compile_fast(
    r"\b(?:I|[Ww]e)\s+(?:\w+\s+)?(?:ask|appeal|call|urge|urged|order|ordered|recommend|are|have|"
    r"had|will|continue|evacuate|evacuated|take|took|bring|brought|move|moved|demand|insist)\b"
    r"|\b[Oo]ur\s+(?:police|rescuers|teams|volunteers|buses|services|units|crews)\b"
)


def _evac_body_side(s: str, low: str, origin: str | None) -> str | None:
    """The side of the civil body an unattributed evacuation sentence names (:data:`_LOCAL_BODY`):
    its own side word ("Ukrainian officials"), else the country of the place people leave
    ("police crews in Krasnohorivka": UA), Russian where the sentence speaks of occupation."""
    m = _LOCAL_BODY.search(s)
    if m is None:
        return None
    side = attr.side_of_phrase(m.group("np"))
    if side is not None or origin is None:
        return side
    return _origin_side(low, origin)


def _origin_side(low: str, origin: str | None) -> str | None:
    """The side that runs ``origin`` for the officials evacuating it: the country it lies in,
    Russian where the sentence ``low`` speaks of occupation (None: unknown)."""
    if origin is None:
        return None
    got = _country_oblast(origin)
    if got is None or got[0] not in ("UA", "RU"):
        return None
    return "RU" if got[0] == "RU" or _under_occupation(low) else "UA"


# terms an evacuation still needs, not terms agreed: "any corridor needed precise terms agreed by
# both sides", "until routes are agreed"
_AGREED_NEEDED = compile_lower(
    r"\b(?:need|needs|needed|require|requires|required|must\s+be|should\s+be|until|unless)\s+"
    r"(?:[\w-]+\s+){0,4}?agreed\b"
)
# an evacuation said to be needed (not "was not necessary"): "a full evacuation of X is needed"
_EVAC_NEEDED = compile_lower(
    r"\bevacuation\s+(?:[\w'’-]+\s+){0,4}?(?:is|was|are|were)\s+(?:still\s+|urgently\s+|"
    r"badly\s+|now\s+)?(?:needed|necessary|required|essential|vital)\b"
)
# an agreement as a condition still to be met: "provided (that) all parties agree", "if both
# sides agree to a route", "once Kyiv agrees", "on condition that the parties agree"
_AGREE_IF = compile_lower(
    r"\b(?:if|provided(?:\s+that)?|providing|once|as\s+long\s+as|on\s+condition\s+that|"
    r"unless|as\s+soon\s+as)\s+(?:[\w'’-]+\s+){0,4}?(?:agree|agrees|consent|consents|"
    r"reach\s+(?:an\s+)?agreement)\b"
)
_HAS_AGREED = compile_lower(r"\b(?:has|have|had)\s+(?:\w+\s+)?agreed\b")
# a way out said not to exist: "no possibility of evacuating", "no way to get people out"
_NO_MEANS_TO_LEAVE = compile_lower(
    r"\bno\s+(?:safe\s+|real\s+|practical\s+)?(?:possibility|way|chance|means|opportunity)\s+"
    r"(?:of|to|for)\s+(?:\w+\s+){0,2}?(?:evacuat\w*|get(?:ting)?\s+(?:\w+\s+){0,2}?out|"
    r"tak(?:e|ing)\s+(?:\w+\s+){0,2}?out|bring(?:ing)?\s+(?:\w+\s+){0,2}?out|leav(?:e|ing))\b"
    r"|" + _NO_ROUTE
)
# a way out taken, named by its agreement: "through agreed corridors", "along the agreed route"
_AGREED_WAY_USED = compile_lower(
    r"\b(?:through|via|along|using|by|on)\s+(?:the\s+|an\s+)?(?:previously\s+|mutually\s+)?"
    r"agreed\s+(?:humanitarian\s+)?(?:corridors?|routes?|passages?|roads?)\b"
)
# transport named with where it goes: "by train to Lviv", "on buses to Dnipro", "by special
# evacuation trains to Khmelnytskyi"
_MEANS_LAID_ON = compile_lower(
    r"\b(?:by|on|in)\s+(?:special\s+|free\s+|evacuation\s+|extra\s+){0,2}(?:trains?|bus(?:es)?|"
    r"coaches|rail|minibuses)\s+(?:[\w-]+\s+){0,2}?to\s+"
)
# people ready (or not) to go: "residents said they were not ready to leave the shelter"
_PEOPLE_READY = compile_lower(
    r"\b(?:they|we|residents|people|civilians|families|many|some|others|who)\s+"
    r"(?:(?!buses|trains|convoys?)[\w'’-]+\s+){0,3}?(?:(?:were|are|was|"
    r"is|felt|feel|seemed|seem)\s+)?(?:(?:not|yet|still)\s+){0,2}ready\s+to\s+(?:go|leave|"
    r"evacuate|move)\b"
)
# people still taken out by other hands: "police units were taking people out under fire"
_STILL_TAKING = compile_lower(
    r"\b(?:are|is|were|was)\s+(?:still\s+)?(?:taking|bringing|getting|carrying|driving|ferrying|"
    r"evacuating)\s+(?:\w+\s+){0,3}?(?:out|from|away)\b"
)
# the way in shut to one kind of transport: "regular buses could no longer enter the town"
_NO_WAY_IN = compile_lower(
    r"\b(?:can|could)\s+no\s+longer\s+(?:\w+\s+)?(?:enter|reach|get\s+in|drive\s+in|access)\b|"
    r"\b(?:cannot|can['’]t|can\s+not|could\s+not|couldn['’]t|unable\s+to)\s+(?:\w+\s+)?"
    r"(?:enter|reach|get\s+in|drive\s+in|access)\b"
)


# a clause about other people inside the statement: "people who cannot reach the station will
# be picked up", "for those who wanted to leave", "residents who wish to go can leave by bus"
# (up to the main clause's own verb, or the clause's end)
_PEOPLE_WHO = compile_lower(
    r"\b(?:people|those|anyone|everyone|residents|civilians|families|pensioners|ones|locals|"
    r"inhabitants|evacuees|children|women|men|patients)"
    # (with their place: "residents of Kherson who cannot leave on their own")
    r"(?:\s+(?:of|in|from)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)??\s+(?:still\s+)?who\s+"
    # (nor a call's content after it: "asked people who had fled not to come home yet"; nor a
    # condition on the main clause: "... who want to leave once the roads are cleared")
    r"[\w'’-]+(?:\s+(?!(?:will|would|can|could|may|must|should|are|were|is|was|and|but|once|"
    r"if|when|until|unless|after|before|because|as|since|while)\b|not\s+to\b)"
    r"[\w'’\"“”-]+){0,14}"
)
# a purpose: "asked for a corridor so that civilians could leave" (not a result, which is a
# statement of its own: "buses were stopped, so people still cannot get out")
_SO_THAT = compile_lower(
    r"\bso\s+that\s+(?:[\w'’-]+\s+){1,6}?(?:can|could|would|might|may)\b[^,;:.]*"
)
# a reason given for the statement: "23 people were taken out, a small number because the buses
# came under fire" (the reason's own cue is not how the evacuation stands)
_BECAUSE = compile_lower(r"\bbecause\b[^,;:.]*")
# what follows a colon illustrates the statement before it: "the evacuation of the community has
# begun: the first bus brought 46 people to Kharkiv"
_AFTER_COLON = compile_lower(r":\s+[^;]*")
# a finite verb (an auxiliary): what makes the words before a colon a statement
_FINITE = compile_lower(r"\b(?:is|are|was|were|has|have|had|will|would|can|could)\b")
# an order named as the kind of evacuation whose own verb says how it stands: "the mandatory
# evacuation of the region was continuing", "a compulsory evacuation that began on Monday is
# proceeding"; and one said to be no order: "evacuation is not mandatory, but buses leave daily"
_KIND_OF_ORDER = compile_lower(
    # (past a clause set off by commas: "the mandatory evacuation, which began in May, is
    # continuing")
    r"\b(?:mandatory|compulsory|obligatory)(?=\s+(?:evacuation|relocation|resettlement)\b"
    r"[^;:.]{0,90}?\b(?:(?:is|was|were|are|has|have|had)\s+(?:been\s+)?(?:still\s+|now\s+|"
    r"already\s+)?(?:continu|proceed|under\s*way|going\s+on|begun|started|running|progress|"
    r"complete|finished|over\b|suspended|halted|stopped)|continues\b|continued\b|began\b|"
    r"started\b|proceeds\b|proceeded\b|resumed\b))"
    r"|\b(?:is|was|are|were)\s+not\s+(?:mandatory|compulsory|obligatory)\b"
)


def _main_clause_status(s: str, low: str, found: int) -> str | None:
    """The status of ``s`` read from its main clause alone, when side clauses or a modifier
    hold cues of their own (see :data:`_PEOPLE_WHO`, :data:`_SO_THAT`,
    :data:`_KIND_OF_ORDER`); None when there are none or the main clause has no status."""
    spans: list[tuple[int, int]] = []
    if "who " in low:
        spans += [m.span() for m in _PEOPLE_WHO.finditer(low)]
    if "so that" in low:
        spans += [m.span() for m in _SO_THAT.finditer(low)]
    if "because" in low:
        # (unless only the reason speaks of leaving: "residents were asking for help because
        # the occupation authorities were not evacuating them")
        spans += [
            m.span()
            for m in _BECAUSE.finditer(low)
            if _evac_part(low[: m.start()], _evac_words(low[: m.start()])) >= 0
            # (nor the way in shut, the reason few still get out: "police were taking people
            # out, because buses could no longer enter the town", limited)
            and not _NO_WAY_IN.search(low, m.start())
        ]
    if ": " in low:
        # (a statement before the colon, with a verb of its own; not a topic: "About rumours of
        # an evacuation circulating online: none is planned")
        spans += [
            m.span()
            for m in _AFTER_COLON.finditer(low)
            if _FINITE.search(low, max(0, low.rfind(". ", 0, m.start())), m.start())
        ]
    if "mandatory" in low or "compulsory" in low or "obligatory" in low:
        spans += [m.span() for m in _KIND_OF_ORDER.finditer(low)]
    if not spans:
        return None
    ms, ml = s, low
    for a, b in spans:
        pad = " " * (b - a)
        ms, ml = ms[:a] + pad + ms[b:], ml[:a] + pad + ml[b:]
    return _evac_status_of(ms, ml, found)


def _evac_status(s: str, low: str, found: int) -> str | None:
    """The evacuation status of ``s`` (``low``: its :func:`lower`, ``found``: the
    :func:`_evac_words` of a text holding it): the status of its main clause when a side
    clause or a modifier carries another cue (:func:`_main_clause_status`), else the first
    of :data:`_STATUS_BITS` it matches."""
    return _main_clause_status(s, low, found) or _evac_status_of(s, low, found)


def _evac_status_of(s: str, low: str, found: int) -> str | None:
    """The first of :data:`_STATUS_BITS` that ``s`` matches, as :func:`_evac_status` says."""
    if "no " in low and _NO_MEANS_TO_LEAVE.search(low):
        # "there is no possibility of evacuating civilians from X", "no way of getting people
        # out": a way out denied outright (not the "-ing" of an evacuation going on)
        return "impossible"
    for need, st, rx in _STATUS_BITS:
        if found & need == need and rx.search(s if rx is _POSSIBLE else low):
            if st in ("refused", "agreed") and _PEOPLE_CHOICE.search(low):
                continue  # "elderly people who refuse to go": residents' choice, not a status
            if st == "open" and "ready" in low and _PEOPLE_READY.search(low):
                continue  # "residents were not ready to leave": their choice, no open way out
            if st == "ongoing" and "evacuation" in low and _EVAC_NEEDED.search(low):
                return "requested"  # "a full evacuation of Avdiivka is needed": a call, not begun
            if st == "open" and "ready" in low and _AGREE_IF.search(low):
                # "the team is ready to lead the passage provided that all parties agree": an
                # offer on a condition, a way out possible, not open
                return "possible"
            if st == "agreed" and "agreed" in low and _AGREED_NEEDED.search(low):
                continue  # "a corridor needs terms agreed by both sides": not agreed yet
            if st == "agreed" and _AGREED_WAY_USED.search(low) and not _HAS_AGREED.search(low):
                # "5,000 people had been evacuated through agreed corridors": the way the
                # evacuees took, named by its agreement; what the sentence says is that they left
                continue
            if st == "requested" and "announc" in low and _MEANS_LAID_ON.search(low):
                # "announced a free evacuation of residents by train to Kharkiv": transport laid
                # on to a destination, a way out open, not an order to go
                return "open"
            if st == "agreed" and _AGREE_IF.search(low) and not _HAS_AGREED.search(low):
                # "ready to lead the operation provided that all parties agree", "if both
                # sides agree on a route", "once Moscow agrees": a condition, no agreement yet
                continue
            if st == "impossible" and _NO_WAY_IN.search(low) and _STILL_TAKING.search(low):
                # "police were taking people out under fire, because buses could no longer
                # enter the town": some still get out
                return "limited"
            if (
                st == "requested"
                and ("return" in low or "asked" in low or "request of" in low)
                and _no_request(low, rx)
            ):
                continue  # "asked those who fled not to return", "Asked whether ...": no request
            return st
    return None


# an urging to go: ", urging residents to leave", ", urging them to evacuate while they can"
_URGED_TO_LEAVE = compile_lower(
    r",\s+urging\b[^.;]*?\b(?:leave|leaving|evacuate|evacuating|get\s+out|flee|go|move|relocate|"
    r"head|cross)\b"
)


# a scare that clears a building: "a suspicious package", "a bomb threat", "a fire alarm"
_SECURITY_SCARE = compile_lower(
    r"\bsuspicious\s+(?:package|object|item|bag|parcel|device|vehicle|car)s?\b"
    r"|\bbomb\s+(?:threats?|scares?|hoax(?:es)?)\b|\bfire\s+alarms?\b"
)
# a way out, then a relative clause on it: "a corridor from Sumy to Belgorod that Kyiv rejected"
_WAY_THAT = compile_lower(r"\b(?:corridors?|routes?|passage|pause)\b[^,.;]{0,40}?\sthat\s")
# a call added to a statement: "..., and urged families to use them"
# (advice to the evacuees, not a request to a third party: "and asked the ICRC to take part")
_AND_URGED = compile_lower(
    r",?\s+and\s+(?:(?:he|she|they)\s+)?(?:again\s+|also\s+)?(?:urged|asked|advised|encouraged|"
    r"called\s+on|told)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:residents|families|people|civilians|"
    r"those|them|everyone|parents|pensioners|evacuees|locals)\b"
)
# the verbs of a call to go (what _AND_URGED must not be followed by to count as advice only)
_LEAVE_VERB = compile_lower(
    # (or a call not to: "urged people not to board Russian buses")
    r"\b(?:leave|leaving|evacuate|evacuating|get\s+out|flee|go|move|relocate|head|cross|depart|"
    r"reach|board|not\s+to)\b"
)


# a place locating others: "front-line communities east of Pokrovsk", "villages near Bakhmut"
_LOCATOR_BEFORE = compile_fast(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside|around)\s+"
    r"(?:the\s+)?$",
    re.I,
)


_LEFT_BEFORE = compile_fast(r"\b(?:leave|leaving|left|fled|flee|fleeing)\s+$", re.I)
# the end of a route: "from Kupiansk to Kharkiv will continue", "a corridor from Irpin to Kyiv
# had opened" (the place gone to, not the government named by its capital)
_ROUTE_END_BEFORE = compile_fast(
    r"\bfrom\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+to\s+$"
    # the place of the people named: "residents of occupied Kherson should leave"
    r"|\b(?:residents|people|inhabitants|civilians|population)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$"
)


# an occupied area wider than a town, unnamed: "civilians in the occupied south", "people living
# in the occupied territories", "the occupied part of the region"
_OCCUPIED_AREA = compile_lower(
    r"\b(?:temporarily\s+)?occupied\s+(?:south|east|north|south-?east|territor(?:y|ies)|"
    r"areas?|parts?|lands|districts|communities|left\s+bank)\b"
)


# a part of one town named by its kind: "the riverside districts", "the shelled neighbourhoods"
# (not the border or front-line districts of a region)
_TOWN_PART = compile_fast(
    r"^(?!(?:frontline|front-line|border|combat|occupied|frontier|contested|active)\b)"
    r"[\w-]+\s+(?:districts|areas|neighbou?rhoods)$"
)
# unnamed settlements: "the recaptured villages", "front-line communities"
_PLACES_WORD = compile_fast(r"\b(?:villages|settlements|communities|hamlets)\b")


def _is_town_name(name: str) -> bool:
    """Is ``name`` a settlement the gazetteer knows?"""
    try:
        from .gazetteer import lookup
    except ImportError:  # pragma: no cover - the gazetteer ships with the kit
        return False
    got = lookup(name)
    return got is not None and got.get("kind") == "settlement"


def _region_of(name: str) -> str:
    """The region (oblast) a settlement ``name`` lies in, as the gazetteer names it; ``name``
    itself when it is no settlement or the gazetteer does not know its region."""
    try:
        from .gazetteer import lookup
    except ImportError:  # pragma: no cover - the gazetteer ships with the kit
        return name
    got = lookup(name)
    if got is None or got.get("kind") != "settlement" or not isinstance(got.get("oblast"), str):
        return name
    region = lookup(got["oblast"])
    return region["name"] if region is not None and region.get("kind") == "region" else name


def _evac_row(
    s: str,
    low: str,
    found: int,
    places: list[dict],
    side: str | None,
    last_origin: str | None,
    own_place: bool = False,
    civ: bool | None = None,
    sites: dict[str, str] | None = None,
    town_before: str | None = None,
    carried: bool = True,
) -> list[dict] | None:
    """The row(s) of ``s`` (``low``: its :func:`lower`, ``found``: :func:`_evac_words` of that;
    ``civ``: whether ``low`` names civilians, if asked already; ``sites``: the works the report
    named before, by head word ("plant"; "": the last one); ``town_before``: the settlement the
    sentences before named last, what a "the town" of this one stands for); ``carried``:
    ``last_origin`` comes from the sentences before, not from another clause of this one)."""
    status = None
    if ", saying" in low:
        # "urged residents to get out, saying shelling made it impossible to guarantee their
        # safety": the main clause's status, not the reason given after it
        cut = low.index(", saying")
        status = _evac_status(s[:cut], low[:cut], found)
    elif ", urging" in low and not _URGED_TO_LEAVE.search(low, low.index(", urging")):
        # '"The evacuation is under way," he said, urging people to take documents and pets':
        # advice on how to go is no call of its own; the statement is the main clause's
        cut = low.index(", urging")
        status = _evac_status(s[:cut], low[:cut], found)
    elif " and " in low and (m := _AND_URGED.search(low)) and not _LEAVE_VERB.search(low, m.end()):
        # "the evacuation was continuing, with trains leaving for Khmelnytskyi, and urged families
        # with children to use them", "... and asked residents to register first": advice on how
        # to go, added to the statement
        status = _evac_status(s[: m.start()], low[: m.start()], found)
    status = status or _evac_status(s, low, found)
    if status in ("refused", "agreed") and (" because " in low or ", since " in low):
        # "residents were travelling on their own, by car, because the occupiers had not agreed
        # to a corridor": the statement is what people do, not the other side's stance given
        # as its reason (unless the reason is the only part that speaks of leaving: "residents
        # were asking for help because the occupation authorities were not evacuating them")
        cut = low.find(" because ")
        cut = cut if cut >= 0 else low.index(", since ")
        if _evac_part(low[:cut], _evac_words(low[:cut])) >= 0:
            status = _evac_status(s[:cut], low[:cut], found) or status
    refused_after = False  # a refusal told in a relative clause after the statement
    if status == "refused" and (", which " in low or " that " in low):
        # "Russia had opened a humanitarian corridor from Chernihiv, which Kyiv refused to use",
        # "a corridor to Belgorod that Kyiv rejected": the opening is the statement, the
        # refusal a second one about it
        cut = low.find(", which ")
        if cut < 0:
            rel = _WAY_THAT.search(low)
            cut = rel.end() - len(" that ") if rel else -1
        if cut > 0 and _evac_part(low[:cut], _evac_words(low[:cut])) >= 0:
            main = _evac_status(s[:cut], low[:cut], found)
            if main is not None and main != "refused":
                status, refused_after = main, True
    if status is None:
        return None
    usable = [
        p
        for p in places
        if p["kind"] in ("settlement", "facility", "region", "other")
        and not _after_opener(p, s)
        # (where a body works from is no place left: "the administration, which works from X")
        and not (
            (" which " in s or " that " in s or " who " in s)
            and _WORKS_FROM_BEFORE.search(s, max(0, p["rs"] - 40), p["rs"]) is not None
        )
        # (a place just left is no actor: "civilians who wanted to leave Mariupol should be
        # allowed to do so")
        and (
            not _is_actor(p, s)
            or _LEFT_BEFORE.search(s, max(0, p["rs"] - 12), p["rs"])
            or (
                p["kind"] != "country"
                and _ROUTE_END_BEFORE.search(s, max(0, p["rs"] - 40), p["rs"])
            )
        )
    ]
    origin = destination = None
    origin_rs = -1  # where the origin so far is named
    origins: list[str] = []
    weak_origin = False  # the origin so far came from a mere "in"/"at"/"near" before it
    strong_origin = False  # the origin so far came from "from", "out of", "residents of", ...
    from_site = False  # the origin is a works named in an earlier sentence ("the plant")
    dest_end = -1  # where the last place on the way to the destination ends
    dest_at = -1  # where the destination starts
    with_dest: list[str] = []
    stop = None  # a checkpoint's town: where people leave only if the report names no other
    within = None  # the place of a move between its own buildings
    for p in usable:
        if dest_end >= 0 and p["rs"] >= dest_end and _DEST_TAIL.match(s[dest_end : p["rs"]]):
            # "to Pavlohrad in Dnipropetrovsk oblast", "towards Sumy and Okhtyrka": where the
            # destination lies, or a second one, never where people leave
            dest_end = _mention_end(p)
            with_dest.append(p["name"])
            continue
        before = s[max(0, p["rs"] - 40) : p["rs"]]
        if (
            destination is None
            # words _TO_BEFORE cannot match without ("to", "into", "towards", "reached", ...)
            and ("to" in before or "for" in before or "reach" in before or "direction" in before
                 or "arrived" in before or "accommodation" in before)
            and _TO_BEFORE.search(before)
        ):  # fmt: skip
            # "from Druzhkivka to Dnipro": a "from" before it names the origin, not this place
            destination = p["name"]
            dest_end = _mention_end(p)
            dest_at = p["rs"]
            if _OTHER_BEFORE.search(before) and _BUILDINGS_AFTER.match(s, dest_end):
                within = p["name"]
            continue
        if (
            destination is not None
            # ("trains leaving for Khmelnytskyi and buses for Mykolaiv": a second destination)
            and ("to" in before or "into" in before or "for" in before)
            and _TO_BEFORE.search(before)
            # (not the town the transport left: "the evacuation train to Lviv left Kramatorsk")
            and not _LEFT_BEFORE.search(before)
        ):
            # "taking residents to Kherson, from where trains carry them on to Mykolaiv": a
            # later stop on the way, not where people leave
            with_dest.append(p["name"])
            dest_end = _mention_end(p)
            continue
        if (
            (("via" in before or "through" in before) and _VIA_BEFORE.search(before))
            or (_ROAD_AFTER.match(s, _mention_end(p)) and _ALONG_BEFORE.search(before))
            or (("point" in before or "cent" in before or "camp" in before or "hub" in before)
                and _STOP_BEFORE.search(before))
        ):  # fmt: skip
            # "people make their own way out through the Vasylivka checkpoint", "travelling via
            # Berdiansk", "along the Romanivka road": a stop or a road on the way, neither where
            # people leave nor where they go
            with_dest.append(p["name"])
            if stop is None and "check" in before:
                stop = p["name"]
            continue
        if "from" in before and _SENT_FROM.search(before):
            destination = destination or p["name"]
            continue
        if ", " in before and _IN_APPOSITIVE_BEFORE.search(before):
            # "In Orikhiv, a small town in Zaporizhzhia oblast, volunteers ...": the place
            # locating the one described, not where people leave
            continue
        among = (
            "among" in before or "including" in before or "such as" in before
        ) and _AMONG_FROM.search(s, max(0, p["rs"] - 100), p["rs"]) is not None
        people_of = (
            _PEOPLE_AFTER.match(s, _mention_end(p)) is not None
            # "retook several villages, including Ruska Lozova, from which 300 residents were
            # evacuated": the relative "from which" stands for the place right before it
            or "which" in s[_mention_end(p) : _mention_end(p) + 20]
            and _FROM_WHICH_AFTER.match(s, _mention_end(p)) is not None
        )
        if (origin is None or weak_origin) and (
            among or people_of or _ORIGIN_BEFORE.search(before)
        ):
            strong_cue = among or people_of or _STRONG_ORIGIN.search(before) is not None
            if origin is not None and not strong_cue:
                continue
            # "Authorities in Kharkiv region ordered the evacuation of civilians from Kupiansk",
            # "the checkpoint near Vasylivka, through which people from Melitopol left": where
            # officials sit or a spot near the route yields to a "from" place after it (but
            # "residents who remain in the Bakhmut district" are the ones who leave)
            weak_origin = not strong_cue and _YIELDING_ORIGIN.search(before) is not None
            strong_origin = strong_cue
            origin = p["name"]
            origin_rs = p["rs"]
            origins = [origin]
            # "corridors from Kyiv, Kharkiv, Sumy and Mariupol": one row per origin
            # (but "villages, among them A and B" stay one row, the villages')
            for q in [] if among else _expand_list(p, usable, s)[1:]:
                if q["name"] not in origins:
                    origins.append(q["name"])
    if not strong_origin and (
        "plant" in low or "works" in low or "factory" in low or "complex" in low
    ):
        # "fighters were taken out of the plant" (the Azot plant in Sievierodonetsk named
        # before): the works, not the town around them, is where people leave
        works = [p["name"] for p in usable if p["kind"] == "facility"]
        if works and _OUT_OF_WORKS.search(low):
            origin, origins, weak_origin = works[0], [works[0]], False
        elif sites and (origin is not None or all(p["name"] == destination for p in usable)):
            # "civilians sheltering in the plant's bunkers", "50 civilians had left the plant
            # and were handed over in Bezimenne" with the works named in an earlier sentence:
            # that works is where people leave (not "the evacuation of Enerhodar, near the plant")
            m = _AT_WORKS.search(low)
            site = sites.get(m.group("head"), sites.get("")) if m else None
            if site is not None:
                origin, origins, weak_origin, from_site = site, [site], False, True
    city = (
        _CITY_LEFT.search(low)
        if within is None
        and not from_site
        and ("the city" in low or "the town" in low or "the village" in low)
        else None
    )
    if city is not None and (origin is None or origin_rs < city.start()):
        # "Popasna remains contested and buses could not reach the town", "in Nikopol, shelled
        # from the plant's area, half of the town's residents had left": the town named by its
        # kind is the last one named before it (not where people go, a seat or an actor), else
        # the one the sentences before named last
        town = _town_named_before(s, usable, city.start(), {destination, *with_dest})
        town = town or town_before
        if town is not None and town != destination:
            origin, origins, weak_origin = town, [town], False
    if found & _B_RUSSIA and (destination is None or dest_at >= 0):
        # "would be evacuated to Russia, and later thousands crossed into Belgorod oblast":
        # the country named first is where they go, a region after it a step on the way
        m = _TO_RUSSIA.search(s)
        if m and (
            destination is None
            or m.start() < dest_at
            and s[m.end() : m.end() + 1] not in ("'", "’")
        ):
            destination = "Russia"
    if own_place and origin is None:
        # (a clause of its own: its place is a district or a bank it names in words, or none)
        origin, destination = _worded_origin(s, low, destination)
        if origin is None and (
            destination is None
            or last_origin is None
            or any(
                p["name"] != destination and p["name"] not in with_dest and not _is_seat(p, s)
                for p in usable
            )
        ):
            return None
        # (a clause naming only where people go, or an official's seat, leaves from the
        # sentence's place: "the Irpin mayor said the city runs free buses to Kyiv, and ...")
    if (
        origin is None
        and last_origin is not None
        and last_origin != destination
        and _OUT_OF_THE_TOWN.search(low) is not None
    ):
        # "civilians had been brought out of the city towards the Donetsk side 'without the
        # participation of Kyiv'": the city people leave, named by its kind, is the one the
        # report spoke of, not another place the sentence names in passing
        origin = last_origin
    if origin is None:
        # places outside Ukraine are actors here ("whom Moscow installed"), not where people
        # leave from, unless the sentence says "from" them (handled above)
        home = [
            p
            for p in usable
            if p["name"] != destination
            and p["name"] not in with_dest
            and (p.get("country") in (None, "UA") or _is_district(p))
        ]
        # a district ("the Bashtanka district") is as small as the towns around it
        rest = [p["name"] for p in home if p["kind"] != "region" or _is_district(p)]
        # "all residents of the region": a region is the origin when nothing smaller is named
        rest = rest or [p["name"] for p in home]
        if (
            rest
            and "from" in low
            and all(_LOCATOR_BEFORE.search(s, max(0, p["rs"] - 30), p["rs"]) for p in home)
            and (m := _UNNAMED_ORIGIN.search(low)) is not None
            and m.group(0).startswith(("from", "out of"))
        ):
            # "communities east of Pokrovsk ..., evacuation from the closest villages is possible
            # only by armoured vehicle": the places people leave are the ones said to be left,
            # not the town that locates them
            rest = []
        origin = rest[0] if rest else None
        if origin is not None and len(rest) > 1:
            # "civilians in the occupied parts of the Kherson and Zaporizhzhia regions": the
            # places listed with it are left as well
            first = next(p for p in home if p["name"] == origin)
            origins = [origin] + [
                q["name"]
                for q in _expand_list(first, usable, s)[1:]
                if q["name"] in rest and q["name"] != origin
            ]
        if origin is None and " of the " in low and _OF_THE_PLACE.search(low):
            # "on the border of Krasnaya Yaruga district, we are moving residents of the
            # district": the people of the place the sentence names, wherever it lies
            named = [p["name"] for p in usable if p["name"] != destination]
            origin = named[0] if named else None
    if origin is None and destination is not None and not with_dest and " way " in low:
        if (
            _WAY_TO_BEFORE.search(s, max(0, dest_at - 20), dest_at) is not None
            and _OUT_OF_THE_TOWN.search(low) is not None
        ):
            # "its team, which turned back on the way to Mariupol, will try again to lead a
            # convoy out of the besieged city": the one place named is the city people leave
            origin, destination = destination, None
    if (
        origin is None
        and destination is not None
        and not with_dest
        and (
            _REACH_BEFORE.search(s, max(0, dest_at - 30), dest_at) is not None
            and _TO_LEAD_OUT.match(s, dest_end) is not None
            or _FAILED_REACH.search(s, max(0, dest_at - 50), dest_at) is not None
            and _CARRYING.search(s) is None
            # "buses sent to Enerhodar had not been allowed to enter the town": the transport
            # sent for people, kept out of the place they were to leave
            or status in ("refused", "impossible")
            and _SENT_TO_BEFORE.search(s, max(0, dest_at - 50), dest_at) is not None
            and _CARRYING.search(s) is None
        )
    ):
        # "would try again to reach Mariupol to lead buses of civilians out", "crews could not
        # get into Avdiivka to pick up the wounded": the place reached is the one people leave
        origin, destination = destination, None
    if origin is None or origin == destination or destination is None:
        origin, destination = _worded_origin(s, low, destination, origin)
    if origin is None or origin == destination:
        # no named place: the kind of place people leave, as the report names it ("120,000
        # residents of the border districts had left", "evacuated from combat zones"), before
        # the place an earlier sentence named (not "front-line communities in the X hromada":
        # places located by another, which the report names)
        m = _UNNAMED_ORIGIN.search(low)
        origin = m.group("np") if m and not _LOCATED_AFTER.match(low, m.end()) else None
        if (
            origin is not None
            and last_origin is not None
            and _TOWN_PART.search(origin) is not None
            and _is_town_name(last_origin)
        ):
            # "urged residents of the riverside districts to leave" in a report on one town:
            # a part of that town, which stays the place people leave
            origin = last_origin
        elif (
            origin is None
            and last_origin is not None
            # (a town an earlier clause named keeps its villages: "evacuation out of X went
            # on; from villages where there is fighting, soldiers take people out")
            and (carried or not _is_town_name(last_origin))
            and _PLACES_WORD.search(low) is not None
            # (not the town's own villages: "from the city's outlying villages")
            and _CITY_WORD_RX.search(low) is None
            # (nor those located in a part of the town's district: "front-line communities in
            # the east of the district"; but "the front-line communities of the region" are)
            and (m is None or "region" in low[m.end() : m.end() + 30])
            and not any(p["name"] != destination and p["name"] not in with_dest for p in usable)
        ):
            # "urged people in the recaptured villages to leave", "evacuated from the front-line
            # communities of the region": unnamed settlements of the region the report's town
            # lies in, not that one town
            origin = _region_of(last_origin)
    if (
        (origin is None or origin == destination)
        and last_origin is not None
        and "occupied" in low
        and _OCCUPIED_AREA.search(low) is not None
    ):
        # "urged civilians in the occupied south to leave" after a report on Nova Kakhovka:
        # the occupied part of the region, not the one town named before
        origin = _region_of(last_origin)
    if origin is None or origin == destination:
        origin = last_origin if last_origin != destination else None
    if origin is None:
        # "the convoy was turned back at a checkpoint in Vasylivka", with no town named before
        origin = stop
    if within is not None and not strong_origin:
        origin = within
    requested_by = None
    if status == "requested":
        rm = _REQUEST_VERB.search(low)
        pm = _POSS_REQUEST.search(s) if found & _B_POSS_REQUEST == _B_POSS_REQUEST else None
        if pm:
            requested_by = attr.side_of_phrase(pm.group("who")) or _agent_side(
                pm.group("who"), side
            )
        elif rm:
            requested_by = _agent_side(_window_before(s, rm.start()), side)
            head = s[: rm.start()]
            if requested_by is None and len(head) < 80 and _BARE_SUBJECT.match(head):
                # "Separatist leader Denis Pushilin ordered a mass evacuation": the one who
                # asks, named as the subject by a side word of his title
                requested_by = attr.side_of_phrase(head)
        if requested_by is None and rm and _WE_BEFORE.match(s[: rm.start()][-10:]):
            requested_by = side
        if requested_by is None and rm is None and _IMPERATIVE_LEAVE.search(low):
            # '"If you can, leave," the mayor said': the call is the speaker's own
            requested_by = side
    row = {
        "origin": origin,
        "destination": destination,
        # an evacuation or corridor is for civilians unless the sentence says whom else
        "population": _population(low, found, civ) or "civilians",
        "status": status,
        "requested_by_side": requested_by,
        "claimed_by_side": side,
    }
    if from_site:
        row["site"] = True
    listed = origins[1:] if origins and origins[0] == origin else []
    rows = [row] + [{**row, "origin": o} for o in listed]
    if refused_after:
        rows += [{**r, "status": "refused", "requested_by_side": None} for r in rows]
    return rows


# --- control -----------------------------------------------------------------------------------
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
    r"|(?:dug|dig(?:s|ging)?|entrench(?:ed|es|ing)?)(?:\s+themselves)?(?:\s+in)?"
    r"(?=\s+(?:at|in|on|inside|around)\s)"
    # "Russian troops were present in the northern part of the town": held, in part at least
    r"|present(?=\s+(?:in|at|inside)\s)"
    # 'the left bank was "reliably protected" by Russian troops', "a town defended by
    # Ukrainian units": the forces named after "by" hold it
    r"|(?:defended|protected|guarded)(?=[\"”]?\s+by\s)"
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
    "entrench", "present", "made", "making", "make", "defended", "protected", "guard",
)  # fmt: skip
_UNDER_CONTROL = compile_fast(
    # "returned to Ukrainian control": back under it
    r"\b(?:under|(?:returned|reverted|passed|back|restored)\s+to)\s+(?:the\s+)?"
    r"(?:full\s+|complete\s+|total\s+)?(?:(?P<adj>[\w'’-]+(?:\s+[\w'’-]+)?)\s+)?"
    # ('"now completely under the control" of the Ukrainian armed forces': a quote between)
    r"(?:control|occupation)(?:[\"”]?\s+of\s+(?P<of>(?:[\w'’-]+\s*){1,4}))?",
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
    r"denied|deny|denies|effort\w*|goals?|objectives?|tasks?|mission|stop\w*|ceas\w*)\s+"
    r"(?:\w+\s+){0,2}$",
)
# a direct object after the cue: "held the industrial zone", "captured Pidlisne"
_OBJECT_AFTER = compile_fast(
    r"\s+(?:(?:the|a|an|some|most|much|all|part|parts|positions?|control|several|both|two|"
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
    r"remain(?:s|ed)?|keep|kept|used)\s+to\s+$"
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
    r"marines|personnel|POWs|those|who|whom)\s+(?:\w+\s+)?$",
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
# a participle qualifying people, not ground: "captured Ukrainian marines", "seized sailors"
_PEOPLE_AFTER = compile_fast(
    r"\s+(?:[\w'’-]+\s+)?(?:soldiers|troops|fighters|prisoners|servicemen|defenders|civilians|"
    r"marines|personnel|POWs|mercenaries|sailors|crew|crews|pilots|officers|"
    r"commanders|fighter|soldier|serviceman|marine|residents|people|hostages|inhabitants|"
    r"locals|families|detainees|captives)\b",
    re.I,
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
    r"|\b(?P<word>(?:almost|nearly|virtually|practically)\s+all\s+of|half|a third|one third|one-third|two-thirds|two thirds|a quarter|one quarter|"
    r"three quarters|three-quarters|a fifth|one fifth|one-fifth|four-fifths|four fifths|a tenth|"
    r"all of|the whole|the entire|entire|entirely|wholly|whole|full(?!-scale)|fully|"
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
    + ["all of"]
)


def _plain_case(low: str) -> bool:
    """Does a substring test on ``low`` (a :func:`lower` text) see every word an IGNORECASE
    regex would? Not if it holds "ı", "İ" or "ſ", which such a regex reads as "i" and "s"."""
    return low.isascii() or not ("ı" in low or "İ" in low or "ſ" in low)


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
    r"\s+[\"“]?(?:back\s+)?(?:control\s+of\s+)?(?:(?:the\s+)?"
    # ("have taken several more blocks of X": part of it)
    r"(?:[\w-]+\s+){0,2}?(?:town|city|village|settlement|port|centre|center|territory|part|"
    r"outskirt|block|neighbou?rhood|quarter|microdistrict)s?\s+of\s+"
    r"(?:the\s+)?"
    # "had taken two-thirds of Toretsk", "took about 40% of the town"
    # "had taken the whole of Bakhmut", "took all of Soledar"
    r"|(?:the\s+)?(?:whole|entire|entirety|all)\s+of\s+(?:the\s+)?"
    r"|(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than)\s+)?(?:half|a\s+third|"
    r"two[- ]thirds|a\s+quarter|three[- ]quarters|most|much|\d{1,3}(?:\.\d+)?\s*(?:%|per\s?cent|"
    r"percent))\s+of\s+(?:the\s+)?"
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
    r"(?:(?:from|of)\s+|to\s+the\s+(?:outskirts|edge)\s+of\s+)?"
    r"(?:(?:much|most|all|part|parts|half|some|large\s+parts|a\s+large\s+part)\s+of\s+)?"
    r"(?:the\s+)?(?:(?:area|areas|region|outskirts|positions|vicinity|town|city|village|"
    r"settlement)\s+(?:around|of|near)\s+)?",
)
_PASSIVE_BE = compile_fast(
    r"\b(?:is|are|was|were|been|being|remains?|remained)\s+(?:now\s+|still\s+|fully\s+|"
    r"earlier\s+|already\s+|reportedly\s+|"
    r"completely\s+|entirely\s+|effectively\s+|largely\s+|almost\s+|nearly\s+|mostly\s+|"
    r"practically\s+|virtually\s+|\"|“)*$",
    re.I,
)
_LIST_GAP = compile_fast(
    # "Krasnoarmeysk (Pokrovsk) and Volchansk": a gloss's closing parenthesis may open the gap
    r"^\s*\)?\s*(?:,\s*(?:and\s+|or\s+|like\s+)?|and\s+|or\s+|as well as\s+|\()"
    # "positions in Niu-York and in the eastern part of Toretsk": the preposition again
    r"(?:(?:(?:in|at|inside)\s+)?(?:the\s+)?(?:(?:eastern|western|northern|southern|central|"
    r"north-?eastern|north-?western|south-?eastern|south-?western)\s+)?(?:parts?|outskirts|"
    r"edges?|centre|center|districts?)\s+of\s+)?(?:(?:the|other|nearby|"
    r"neighbouring|neighboring|surrounding|adjacent|settlements?|villages?|towns?|city|cities|of|"
    r"port|several|whole|entire|rest)\s+)*$",
    re.I,
)
# a list's next place with a share of its own: "all of X but only about 60% of Y", "half of X
# and a third of Y" (group "share": what _share reads)
_SHARE_LIST_GAP = compile_fast(
    r"^\s*,?\s*(?:but|and)\s+(?P<share>(?:only\s+|just\s+)?(?:about\s+|around\s+|roughly\s+|"
    r"some\s+|nearly\s+|almost\s+)?(?:\d{1,3}(?:\.\d+)?\s*(?:%|per\s?cent|percent)|half|"
    r"a\s+third|a\s+quarter|two[- ]thirds|three[- ]quarters|(?:nearly\s+|almost\s+)?all|most|"
    r"much)\s+of\s+(?:the\s+)?)$",
    re.I,
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
)
# a withdrawal denied in so many words: "have not withdrawn from", "did not leave"
_NOT_LEFT_BEFORE = compile_lower(r"\b(?:have|has|had|did|do|does)\s*(?:not|n['’]t)\s+(?:yet\s+)?$")
_IN_REGION_GAP = compile_fast(r"^\)?\s+in\s+(?:the\s+)?$")
_CITY_WORD_RX = compile_fast(
    r"\bthe\s+(?:(?:ruined|besieged|embattled|eastern|southern|whole|entire|small|devastated|"
    r"strategic|key|industrial|port)\s+)*(?:city|town|village|settlement|"
    # "no Russian troops in the capital": Kyiv (not "the capital region", "regional capital")
    r"capital(?!\s+(?:region|area|oblast|district|city)\b))\b(?!\s+of\b)",
    re.I,
)
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
    r"\b(?:(?:itself|still)\s+)*[\"“]?\b(?:remains|remained|remain|is|was|stays|stayed)\s+"
    # "Vysokopillia is Ukraine": the country named for its side
    # "Staryi Saltiv is ours", in a side's own words: the speaker's side holds it
    # ... or "once again under our flag"
    # ("control over X is completely ours")
    r"[\"“]?(?:(?:still|firmly|now|again|once|back|completely|fully|entirely|wholly)\s+)*"
    # "X was and remains a Russian town", "stays Ukrainian land" (an article after "remain"
    # only: "X is a Ukrainian town, 40 km from Y" describes it)
    r"(?:(?:(?<=remains\s)|(?<=remained\s)|(?<=remain\s)|(?<=stays\s)|(?<=stayed\s))an?\s+)?"
    r"(?P<adj>Ukrainian|Russian|Ukraine|Russia|ours|under\s+our\s+flag)\b"
    r"(?:\s+(?:town|city|village|settlement|land|soil|territory)\b)?"
    # "Zmiinyi is Ukrainian again", "the town is ours once more": back in that side's hands
    r"(?:\s+(?:again|once\s+again|once\s+more|now|today|too))?"
    r"(?=\s*(?:[.,;:!\"”]|$|(?:and|but|while|despite|after|until|for)\b))",
    re.I,
)
_REMAINS_GATE = tuple(
    f"{v} {w}{side}"
    for v in ("remains", "remained", "remain", "is", "was", "stays", "stayed")
    for w in ("", "still ", "firmly ", "now ", '"', "“", "completely ", "fully ", "entirely ")
    for side in ("ukrainian", "russian", "ukraine", "russia", "ours")
) + ("under our flag", "completely ours", "fully ours", "entirely ours")
_REMAINS_GATE += tuple(
    f"{v} a {side}"
    for v in ("remains", "remained", "remain", "stays", "stayed")
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
    r"in|on|into|behind|beyond|past|for|across|along|over)\s+(?:the\s+)?$",
    re.I,
)
_HOLDING_OUT_GATE = ("holding", "standing", "holds", "stands", "held out")

# "kept positions in the north of the village": held ground (words a match holds)
_KEPT_POSITIONS = tuple(
    f"{v} {d}{n}"
    for v in ("keep", "keeps", "keeping", "kept")
    for d in ("", "their ", "its ", "some ", "several ", "a ", "the ")
    for n in ("position", "foothold", "presence", "bridgehead")
)
# a sentence can hold a control claim only if one of these is in its lower-cased text (bit
# _S_CONTROL of :data:`_SENTENCE_GATES`)
_CONTROL_GATE_WORDS = tuple(
    "control captur seiz liberat took taken take taking hold held occup withdr pull retreat left "
    "leav "
    "abandon fled fell fall retook retak overr enter storm claimed regain hands flag cleared "
    "foothold bridgehead retain consolidat secured securing advanc pushing pressed pressing "
    "broke breaking "
    "clearing maintain drove driven drive pushed forced forcing kicked knocked threw thrown expel "
    "ousted oust dislodg lost lose hang hung cling clung freed freeing".split()
    + ["won back", "no longer any", "cleared of", "freed of", "freed from", "cleared from"]
    + ["give up", "gives up", "gave up", "given up", "giving up", "cede", "ceding", "surrender"]
    + [" back"]  # "getting Kherson back"
    + ["returned to", "back in"]  # "forces have returned to X", "troops are back in X"
    + ["free of", "free from", "to defend", "still defend"]
    + ["repel", "repuls", "fought off", "beat off"]
    + ["stands", "standing"]  # "Kharkiv stands"
    + ["contested"]  # "X remains contested"
    + ["still in", "remain in", "remains in", "remained in", "stayed in", "remaining in"]
    + ["still on", "remain on", "remains on", "remained on", "stayed on", "remaining on"]
    + ["fall of", "to fall"]
    + ["dug in", "dig in", "digs in", "digging in", "entrench"]
    + ["present in", "present at", "present inside"]
    + ["defended", "protected", "guarded", "guard ", "guards ", "guard\"", "guard”"]  # "... by Russian troops", "units guard the plant"
    + ["gains in", "gains inside", "gains within"]
    + ["showed", "showing", "shows", "shown", "pictured", "filmed"]
    + list(_KEPT_POSITIONS)
    + list(_REMAINS_GATE)
    + ["handed back", "handed over", "hand back", "hand over", "handing back", "handing over",
       "turned over", "turned back", "turning over", "gave back", "given back", "giving back"]
    + [f"no {a} {n}" for a in ("russian", "ukrainian", "enemy")
       for n in ("troops", "forces", "soldiers", "units", "servicemen", "military", "armed",
                 "regular")]
)  # fmt: skip
# "in Ukrainian hands"; "in the hands of allied forces": the force named holds it
_HANDS = compile_fast(
    r"\b(?:in|into)\s+(?:the\s+)?(?:(?P<adj>Russian|Ukrainian|Russia['’]s|Ukraine['’]s|Kyiv['’]s|"
    r"Moscow['’]s|separatist|enemy|our|their|its)\s+hands\b|hands\s+of\s+(?P<np>(?:[\w'’-]+\s*){1,4}))",
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
    r"\bno\s+(?:longer\s+)?(?:any\s+)?(?P<adj>[\w'’-]+)\s+(?:(?:military|armed|regular)\s+)?"
    r"(?:troops|forces|soldiers|servicemen|units|occupiers)\s+(?:left\s+)?(?:remain(?:ing)?\s+)?"
    r"(?:on|in|inside|within)\s+(?:the\s+territory\s+of\s+)?",
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
    r"\b(?:capture|liberation|seizure)[\"”'’]?\s+of\s+(?:the\s+)?(?:(?:nearby|neighbouring|small|"
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
    r"thrown)\s+(?P<np>(?:[\w'’-]+\s+){0,6}?)out|(?:expelled|expel|expels|ousted|oust|"
    r"dislodged|dislodge)\s+(?P<np2>(?:[\w'’-]+\s+){0,6}?)(?:out\s+)?"
    # "the Russians were pushed back from the outskirts of Mykolaiv": the town held against them
    r"|(?:pushed|driven|drove|forced|thrown|threw|beaten|beat)\s+(?P<np3>(?:[\w'’-]+\s+){0,4}?)"
    # ... and "had driven Russian troops back from X" (the "from" read below)
    r"back(?:\s+from\s+(?:the\s+)?(?:outskirts|approaches|edges?|gates)(?=\s+of\b))?)"
    r"\s*(?:of|from)\s+"
    r"(?:the\s+)?(?:(?:town|city|village|settlement|port)\s+of\s+)?",
    re.I,
)
# "we lost Urozhaine", "Ukraine has lost control of Marinka": the loser's enemy holds it
# ... as when a side "no longer controls" or "no longer holds" X
_LOST = compile_fast(
    r"\b(?:lost|lose|loses|no\s+longer\s+(?:(?:fully|completely|effectively)\s+)?"
    r"(?:control|controls|controlled|hold|holds|held)\b[\"”'’]?)"
    r"(?:\s+(?:(?:full\s+|complete\s+|effective\s+)?control\s+"
    r"(?:of|over)\s+)?(?:(?:the\s+)?(?:town|city|village|settlement)\s+of\s+)?)?",
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
_TAKEN_PASSIVE = compile_fast(
    # ("Toretsk had not been taken", said by its defenders: a denial, read in _taken_claim)
    # ('the region is "cleared" up to its southern border': the present passive too)
    r"\b(?:has|had|have|was|were|is|are)(?P<neg>\s*(?:not|n['’]t))?\s+"
    r"(?:(?:now|finally|already)\s+)?"
    r"(?:been\s+)?[\"“]?"
    r"(?:(?:now|finally|fully|completely|"
    r"effectively|already|reportedly)\s+)?(?:(?:taken|won)\s+back\b|"
    # 'Sudzha had been "fully cleared"' (of what, "cleared of X troops" tells: not read here)
    r"cleared\b[\"”]?(?!\s+(?:of|from|for|away|up(?!\s+to\b)|out|to|by\s+(?:sappers|deminers|"
    r"rescuers|pyrotechnicians))\b)|taken\b(?!\s+[\"“]to\b)(?!\s+(?:to|into|prisoners?|captive|hostages?|"
    r"away|out|off|from|in|on|under|for|care|part|place|over|back|up|down|hold|aim|by\s+bus|"
    r"seriously|ill|apart|across|through|along|onto|via|as|at|with|toward|towards)\b))",
    re.I,
)
_TAKEN_GAP = compile_fast(r"\s*(?:\([^)]{0,40}\)\s*)?$")
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


def _city_remains_under(clause: str, start: int) -> bool:
    """Whether "the city" (or "the town") is the subject that stays under control at
    ``start``: "the city remained firmly under control"."""
    cws = list(_CITY_WORD_RX.finditer(clause, 0, start))
    return bool(cws) and _REMAINS_UNDER_GAP.match(clause, cws[-1].end(), start) is not None


# a place that stays "under control", no holder named, said by a side: its own ("X remains
# firmly under control", "the town is still fully under control", "X stayed under control")
_REMAINS_UNDER_GAP = compile_fast(
    r"\s*(?:remains|remained|remain|stays|stayed|is|was)\s+[\"“]?(?:(?:still|firmly|fully|completely|"
    r"reliably|securely|entirely|now)\s+){1,2}[\"“]?(?:(?:still|firmly|fully|completely|reliably|"
    r"securely|entirely)\s+)?$"
)
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
    "Bucha's mayor announced that the town had been liberated" is Bucha."""
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
    return got[1] if got is not None and 0 < k - got[0] <= 1 else None


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
    (_CONTROL_CUE, "cue", ("control", "captur", "seiz", "liberat", "retook", "retak", "took over",
                           "taken over", "overr", "occup", "hold", "held", *_FOOTHOLD_CUES,
                           *_KEPT_POSITIONS,
                           "to defend", "still defend", "hang", "hung", "cling", "clung",
                           "freed", "freeing", "dug in", "dig in", "digging in",
                           "entrench", "present in", "present at", "present inside",
                           "gains in", "gains inside", "gains within",
                           "defended", "protected", "guarded", "guard ", "guards ",
                           'guard"', "guard”")),
    (_UNDER_CONTROL, "under", ("control", "occupation")),
    (_FELL, "fell", ("fell", "fall")),
    (_HANDS, "hands", ("hands",)),
    (_FLAG, "flag", ("flag",)),
    (_NO_TROOPS, "cleared", ("no ",)),
    (_CLEARED_OF, "cleared", ("cleared of", "freed of", "liberated of", "freed from",
                              "cleared from", "liberated from", "free of", "free from")),
    (_CAPTURE_OF, "nominal", ("capture of", "liberation of", "seizure of", 'liberation" of',
                              "liberation” of", "liberation' of", "liberation’ of")),
    (_SIDE_HELD, "adjective", ("-occupied", "-controlled", "-held")),
    (_FLAG_UP, "flag", ("flag",)),
    (_WITHDRAWAL_OF, "withdrawal", ("withdrawal", "pullout", "pull-out")),
    (_REMAINS_SIDE, "remains", _REMAINS_GATE),
    (_HOLDING_OUT, "remains", _HOLDING_OUT_GATE),
    (_EXPEL, "expel", ("drove", "driven", "drive", "pushed", "forced", "forcing", "kicked",
                       "knocked", "threw", "thrown", "expel", "ousted", "oust", "dislodg")),
    (_LOST, "lost", ("lost", "lose", "no longer")),
    (_HAND_BACK, "handback", _HAND_BACK_GATE),
    (_FELL_BARE, "fallen", ("fell", "fallen")),
    (_TAKEN_PASSIVE, "taken", ("taken", "won back", "cleared")),
)  # fmt: skip
_TAKE_GATE = (
    "took", "tak", "enter", "retak", "won back", "regain", "storm", "claimed", "cleared", "clearing",
    "secured", "securing", "get", "got", "win", "won", "advanc", "push", "press", "broke",
    "breaking", "returned to", "back in", "capture", "seize", "recapture",
)  # fmt: skip
# take verbs of an advance into a place (held in part at least)
_ADVANCE_VERBS = ("advanc", "push", "press", "broke", "break")
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


def _matches_at(rx: re.Pattern, text: str, starts: list[int]):
    """``rx.finditer(text)``, trying a match only at ``starts`` (where every match begins)."""
    end = 0
    for pos in sorted(set(starts)):
        if pos >= end:
            m = rx.match(text, pos)
            if m:
                yield m
                end = m.end()


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


def _mention_end(p: dict) -> int:
    return p["rs"] + len(str(p.get("mention") or ""))


# the head noun after a facility's name: "the Azovstal steel works and the city of Mariupol"
_FACILITY_TAIL = compile_fast(
    r"\s+(?:(?:iron\s+and\s+)?steel\s*works|steel\s+plant|(?:chemical|nuclear\s+power|power)\s+"
    r"plant|plant|works|factory|refinery)\b",
    re.I,
)


def _list_gap_after(p: dict, s: str) -> int:
    """Where the gap after mention ``p`` starts: past a facility's head noun, if any."""
    end = _mention_end(p)
    if p["kind"] == "facility":
        tail = _FACILITY_TAIL.match(s, end)
        if tail is not None:
            return tail.end()
    return end


def _expand_list(seed: dict, cands: list[dict], s: str) -> list[dict]:
    """``seed`` and the places listed with it ("Borivske, Voronove and Syrotyne")."""
    out = [seed]
    i = cands.index(seed)
    prev = seed
    for q in cands[i + 1 :]:
        gap = s[_list_gap_after(prev, s) : q["rs"]]
        if (
            q["kind"] == "region"
            and prev["kind"] == "settlement"
            and prev in out
            and _IN_REGION_GAP.match(gap)
        ):
            prev = q  # "seized A in Donetsk oblast and B in Kharkiv oblast": it locates A
            continue
        if not _LIST_GAP.match(gap) and not (" of" in gap and _SHARE_LIST_GAP.match(gap)):
            break
        out.append(q)
        prev = q
    prev = seed
    for q in reversed(cands[:i]):
        if not _LIST_GAP.match(s[_list_gap_after(q, s) : prev["rs"]]):
            break
        out.insert(0, q)
        prev = q
    return out


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
        {p["rs"] for p in places if _AXIS_AFTER.match(s, _mention_end(p))}
        if "direction" in s or "axis" in s
        else ()
    )
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
            named = [p for p in places if p["rs"] < a and p["kind"] == "settlement"]
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
    if "repel" in s or "repuls" in s or "fought off" in s or "beat off" in s:
        rows = rows + _repelled_rows(s, places, speaker_side, {r["place"] for r in rows})
    if not rows and ("its " in s or "town's" in s or "city's" in s) and _DENIAL_WORDS(lower(s)):
        rows = _its_capture_denied(s, places, speaker_side)
    if not rows and ("their withdrawal" in s or "their retreat" in s or "their pullout" in s):
        rows = _their_withdrawal(s, places, speaker_side)
    if not rows and ("show" in s or "pictur" in s or "filmed" in s):
        rows = _shown_forces_rows(s, places, speaker_side)
    if rows and (" and out of " in s or " and from " in s):
        rows = rows + _and_out_of_rows(s, places, rows)
    if rows and ("figure" in s or "share" in s or "proportion" in s):
        rows = rows + _figure_rows(s, places, rows)
    if rows and ("zone" in s or "man's land" in s or "man’s land" in s):
        rows = _grey_zone(s, rows)
    if len(rows) > 1 and " of " in s:
        rows = _drop_part_holder(s, places, rows)
    if " still in" in s or " remain" in s or "stayed in" in s:
        rows = rows + _still_in_rows(s, places, speaker_side, {r["place"] for r in rows}, focus)
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
    if "contested" in s:
        rows = rows + _contested_rows(s, places, speaker_side, {r["place"] for r in rows})
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
    r"\b(?:repel(?:led|s)?|repuls(?:ed|es|e)|fought\s+off|beat\s+off)\s+(?:an?\s+|the\s+|"
    r"several\s+|\d+\s+|two\s+|three\s+|four\s+|five\s+|new\s+|enemy\s+|russian\s+|"
    r"ukrainian\s+)*(?:assaults?|attacks?|attempts?\s+to\s+storm|offensives?)\s+on\s+"
    r"(?:the\s+(?:village|town|city|settlement)\s+of\s+)?$",
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
            continue
        if _NEG_BEFORE.search(lower(s[max(0, m.start() - 40) : m.start()])):
            continue  # "failed to repel an assault on X", "could not repulse"
        holder = _agent_side(s[max(0, m.start() - 80) : m.start()], side) or side
        if holder not in _OPPOSITE:
            continue
        row = {"place": p["name"], "controller_side": holder, "share": None}
        out.append({**row, "claimed_by_side": side})
    return out


# ground said to be contested is held by neither side as claimed: "Popasna remains contested",
# "the town was still hotly contested", "Kherson is a contested city" (not "has not contested
# that ...", a verb; "is no longer contested" is left to the cues of the sentence)
_CONTESTED_AFTER = compile_fast(
    r"\s+(?:itself\s+)?(?:(?:still|now|also)\s+)?(?:remains?|remained|is|was|are|were|stays?|"
    r"stayed|(?:has|had|have)\s+been)\s+(?:(?:still|now|also|hotly|fiercely|heavily|bitterly|"
    r"highly|firmly)\s+){0,2}(?:an?\s+|the\s+most\s+)?contested\b(?!\s+(?:by|that|the)\b)",
    re.I,
)
# ... or assessed as such: "the Pentagon still assessed Mariupol as contested", "described the
# village as contested ground"
_CONTESTED_AS = compile_fast(r"\s+as\s+(?:(?:still|now|heavily|hotly)\s+)?contested\b", re.I)
_ASSESSED_BEFORE = compile_fast(
    r"\b(?:assess\w*|consider\w*|describ\w*|regard\w*|list\w*|mark\w*|classif\w*|"
    r"show\w*|view\w*|characteri[sz]\w*|sees?|saw)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$",
    re.I,
)
_CONTESTED_IF_BEFORE = compile_fast(r"\b(?:whether|if|unclear|asked)\b[^.;]{0,40}$", re.I)


def _contested_rows(s: str, places: list[dict], side: str | None, done: set[str]) -> list[dict]:
    """Rows of ground ``s`` calls contested ("ISW assesses that Opytne remains contested"): no
    controller, as the speaker (of ``side``) claims; a place some row of the sentence already
    has (``done``) keeps that row, and a question ("whether X is still contested") gives none."""
    out = []
    for p in places:
        if p["kind"] not in ("settlement", "facility", "region") or p["name"] in done:
            continue
        e = _mention_end(p)
        if _CONTESTED_AFTER.match(s, e) is None and (
            _CONTESTED_AS.match(s, e) is None
            or _ASSESSED_BEFORE.search(s, max(0, p["rs"] - 40), p["rs"]) is None
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


# a force said to be still in a place holds it: "Russian troops were still in Bucha", "Ukrainian
# forces remain in Soledar", "enemy units stayed inside Marinka" (not "were in X in March")
_STILL_IN_BEFORE = compile_fast(
    r"\b(?:troops|forces|soldiers|units|army|military|servicemen|defenders|garrison)\s+"
    r"(?:(?:are|were|is|was)\s+still|still\s+(?:are|were)|remain|remains|remained|stayed|stay|"
    r"(?:are|were)\s+remaining)\s+(?:in|inside)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$",
    re.I,
)


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
    """Rows of a force ``s`` says is still in a place (``_STILL_IN_BEFORE``): its side holds
    it, as the speaker (of ``side``) claims; a place some row already has (``done``) keeps it.
    "still in the city" is the report's ``focus`` town."""
    out = []
    # (a town the sentence names is what its "the town" stands for, not the report's focus)
    city = _CITY_AFTER_IN.search(s) if focus is not None and not done else None
    if (
        city is not None
        and focus["kind"] == "settlement"
        and not any(p["kind"] == "settlement" and p["rs"] < city.start() for p in places)
    ):
        places = [*places, {**focus, "rs": city.start(), "mention": city.group(0)}]
    for p in places:
        if p["kind"] not in ("settlement", "facility") or p["name"] in done:
            continue
        m = _STILL_IN_BEFORE.search(s, max(0, p["rs"] - 60), p["rs"])
        if m is None:
            continue
        if _FEW_BEFORE.search(s, max(0, m.start() - 40), m.start()) is not None:
            continue  # "fewer than 60 Russian servicemen were still inside the town": a group
        holder = _agent_side(s[max(0, m.start() - 40) : m.end()], side)
        if holder not in _OPPOSITE:
            continue
        out.append({"place": p["name"], "controller_side": holder, "share": None,
                    "claimed_by_side": side})  # fmt: skip
    return out


# a second share told by its figure alone: "93% of A has been liberated, while in B the figure
# stands at 54%", "... and in B the share is about a half"
_FIGURE_OF = compile_fast(
    r"\b(?:the\s+)?(?:figure|share|proportion)\s+(?:now\s+)?(?:stands\s+at|is|was|reached|"
    r"reaches|amounts\s+to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$",
    re.I,
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
        fig = _FIGURE_OF.search(s, max(0, m.start() - 40), m.start()) if m.group("pct") else None
        if fig is None:
            continue
        # the place the figure is of: the last one named in the 60 characters before "the figure"
        near = [p for p in places if fig.start() - 60 <= p["rs"] < fig.start()]
        if not near or near[-1]["name"] == shared["place"]:
            continue
        share = _share(m.group(0), lower(m.group(0)))
        out.append({**shared, "place": near[-1]["name"], "share": share})
    return out


# a place said to be no one's: "the village is now a grey zone", "no man's land"
_GREY_ZONE = compile_lower(
    r"\b(?:(?:an?\s+|the\s+)?[\"“'‘]?gr[ae]y\s+zone|no[\s-]+man['’]s[\s-]+land)\b"
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


# a share of the territory in a region: "86% of the territory Ukraine once held in "
_TERRITORY_OF = compile_fast(
    r"\bof\s+the\s+(?:territory|land)\s+(?:[\w'’-]+\s+){0,5}?(?:in|of)\s+$", re.I
)
_THE_REGION = compile_fast(
    r"\bthe\s+(?:whole\s+|entire\s+)?(?:region|oblast|province)\b(?!\s+of\b)(?!['’])", re.I
)


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
    r"being))?\s+[\"“]?(?:(?:still|now|well|reliably|firmly|heavily|strongly)\s+){0,2}[\"“]?"
)
_BANK_SUBJECT = compile_fast(
    r"\b(?:left|right|east|west|eastern|western)\s+bank\s+(?:is|was|remains|remained|are|were|"
    r"has|had)\b"
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
    ["the region", "the oblast", "the province", "the whole region", "the entire region"]
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
    s: str, sp: list[dict], prev_sp: list[dict], speaker: tuple[int, int]
) -> tuple[list[dict], tuple[str, str] | None]:
    """``sp`` with "both towns" of ``s`` as a mention of the first of the two settlements this
    sentence (before it) or the one before named, and the two names (the rows of the first are
    the second's too); ``sp`` and None unless exactly two were named ("Russian forces
    attacked Popasna and Rubizhne. Ukrainian troops still hold both towns.")."""
    m = _BOTH_TOWNS.search(lower(s))
    if m is None:
        return sp, None
    # (not a town in the speaker's title: "the mayor of Sumy said ... both towns")
    before = [p for p in sp if p["rs"] < m.start() and not speaker[0] <= p["rs"] < speaker[1]]
    for group in (before, prev_sp):
        towns = list(dict.fromkeys(p["name"] for p in group if p["kind"] == "settlement"))
        if len(towns) == 2:
            first = next(p for p in group if p["name"] == towns[0])
            mention = {**first, "mention": m.group(0), "rs": m.start()}
            return sorted([*sp, mention], key=lambda p: p["rs"]), (towns[0], towns[1])
        if towns:
            break
    return sp, None


def _with_region_anaphor(s: str, sp: list[dict], prev_sp: list[dict]) -> list[dict]:
    """``sp`` with "the region" of ``s`` as a mention of the region it refers back to: the
    region named last in this sentence or the one before, else the oblast of a regional centre
    named there ("... in the Kherson region. Russian forces hold almost all of the region":
    Kherson oblast; "The authorities in Kherson dismissed it and said the region was fully
    under Russian control": Kherson oblast)."""
    m = _THE_REGION.search(s)
    if m is None or any(p["rs"] <= m.start() < _mention_end(p) for p in sp):
        return sp
    if _REGION_LOCATIVE_BEFORE.search(s, max(0, m.start() - 60), m.start()) is not None:
        # "liberated several settlements in the region", "positions in parts of the region":
        # where the ground lies, not the ground held
        return sp
    before = [p for p in sp if p["rs"] < m.start()]
    region = next((p for p in reversed(before or prev_sp) if p["kind"] == "region"), None)
    name = region["name"] if region is not None else None
    if name is None:
        centre = next((p for p in reversed(before or prev_sp) if _is_oblast_centre(p)), None)
        name = centre["oblast"].replace(" Oblast", " oblast") if centre is not None else None
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
            or ("fail" in pre_low or "unable" in pre_low or "could" in pre_low)
            and _FAILED_TO_BEFORE.search(pre_low) is not None
        )
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
        and not cl.startswith(("dug", "dig", "entrench", "present", "made", "mak"), start)
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
    if kind == "take" and ("before" in s or " but " in s):
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
        kind in ("cue", "take", "withdrawal", "expel", "lost")
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
        and cue.startswith(("defended", "protected", "guarded"))
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
    if cue == "occupied" and (
        _TITLE_OF.search(pre_low) or _TITLE_IN_PART.search(pre_low) is not None
    ):
        # "the Russian-installed head of occupied Donetsk", "officials appointed by Russia in
        # the occupied part of the region": a title, no claim
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
        # "X is the last part of Mykolaiv oblast still occupied": X is what is held
        or (
            kind == "cue"
            and ("last" in pre_low or "only" in pre_low)
            and cue.endswith(("ed", "held"))
            and any(_LAST_PART_GAP.match(s, _mention_end(p), a + start) for p in before)
        )
    )
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
                towns = [p for p in before if p["kind"] == "settlement"]
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
    if _is_foothold_cue(kind, cue):
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
        if controller is None and not adj and "occupation" in cue and side in _OPPOSITE:
            controller = _OPPOSITE[side]  # "the town is still under occupation": the enemy's
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
        controller = attr.side_of_phrase(adj) if adj.lower() != "enemy" else None
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
        if holder is None or side is None or not cue.startswith(_TAKEN_CUES):
            return None
        return [
            {"place": n, "controller_side": holder, "share": None, "claimed_by_side": side}
            for n in dict.fromkeys(names)
        ]
    if denied_that and controller is None and not_taken and _no_subject(prev_clause, cl):
        controller = _agent_side(prev_clause[-120:], side, first=True)
    if denied_that:
        if controller != _OPPOSITE[side] or not cue.startswith(_TAKEN_CUES):
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
    if share is None and cue.startswith("complet"):
        share = 1.0  # "completed the liberation of Soledar"
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
        if side not in _OPPOSITE or agent not in (None, _OPPOSITE[side]):
            return None
        row = {"controller_side": side, "share": None, "claimed_by_side": side}
        return [{"place": n, **row} for n in dict.fromkeys(names)]
    taker = agent or side
    if taker not in _OPPOSITE:
        return None
    # the share is the subject: "some 93% of the region has been taken"
    sm = _SHARE_SUBJECT.search(s, max(0, subject - 40), subject) if seed is not None else None
    share = _share(sm.group(0), lower(sm.group(0))) if sm is not None else None
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
    r"a quarter|three quarters|three-quarters))\s+of\b",
    re.I,
)
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
    r"\b(?:before|until)\s+(?P<np>(?:[\w'’-]+\s+){1,4}?)(?:retook|recaptured|liberated|freed|"
    r"took\s+back|won\s+back|regained)\s+(?:it|the\s+(?:town|city|village|settlement))\b",
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
_TITLE_OF = compile_lower(
    r"\b(?:head|mayor|governor|leader|chief|administration|authorities|officials?|council)\s+"
    r"of\s+(?:the\s+)?$"
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
_TITLE_IN_PART = compile_lower(
    r"\b(?:head|mayor|governor|leader|chief|administration|authorities|officials?|council)\b"
    r"[^,;.]{0,40}\b(?:in|of|for)\s+the\s+$"
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
    r"(?:^|[,;:]\s*|\b(?:that|and|but|said|says|wrote|writes|added)\s+)[\"“]?"
    # ('"The capital is ours"': Kyiv, see _CAPITAL)
    r"the\s+(?:(?:whole|entire|besieged|embattled|port|regional)\s+)?(?:city|town|village|capital)"
    r"\s+(?:(?:itself|still|now)\s+)*$",
    re.I,
)
_GAP_BEFORE_VERB = compile_fast(
    # ... or an appositive: "Sudzha, the district town held by Kyiv since August, is ours"
    r"\s*(?:\([^)]{0,40}\)\s*)?$|,\s+(?:the|a)\s+[^,;:\"“”]{3,80},\s+$"
    # ... or a verb joined before it: "X was and remains a Russian town"
    r"|\s+(?:is|was|has\s+been)\s+and\s+(?:still\s+)?\s*$"
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


# a preposition said again for a second place of the same verb: "pulled out of A on the left
# bank, and out of B", "withdrew from A and from B"
_FROM_BEFORE = compile_fast(
    r"\b(?:out of|from)\s+(?:the\s+)?(?:(?:town|city|village|settlement)\s+of\s+)?$"
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
        m.re is _HOLDING_OUT
        and seed is not None
        and _PREP_BEFORE.search(s, max(0, seed["rs"] - 30), seed["rs"]) is not None
    ):
        return None  # "the line near Kupiansk is holding": the line, not the town
    if kind == "remains" and m.group("adj").lower().startswith(("ours", "under", "hold", "stand")):
        controller = side  # "X is ours", "X is holding": the speaker's own side
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


# --- speakers across sentences ------------------------------------------------------------------
# an unnamed speaker that a later name can complete ("a senior official ... NAME said")
_PERSON_ROLE = compile_fast(
    r"\b(?:official|officer|spokes\w+|governor|mayor|minister|commander|adviser|advisor|aide|"
    r"representative|source|head|chief|general|president|leader|deputy|envoy|ambassador)\b",
    re.I,
)
_NATIONALITY = compile_fast(
    r"^(?:Russian|Ukrainian|British|American|French|German|Turkish|Belarusian|Polish|Western|"
    r"Kremlin|U\.S\.|US|UK|U\.K\.|UN|U\.N\.)$"
)


# the unnamed speakers' words of _Speakers.resolve
_DEFINITE = re.compile(r"(?:the|this|that)\b", re.I)
_PLURAL_ROLE = re.compile(
    r"\b(?:officials|authorities|sources|officers|analysts|investigators|residents|"
    r"witnesses|rescuers|prosecutors)\b"
)
_INSTITUTION = re.compile(r"\b(?:military|army|navy|air force|police|government)$", re.I)
_SAME = re.compile(r"\b(?:same|latter|former)\b", re.I)
_ANOTHER = re.compile(r"\banother|\bother|\bsecond\b", re.I)


# "Its spokesperson, NAME": a person named as someone's, whose side is that someone's
_POSSESSIVE_LEADS = ("Its ", "its ", "Their ", "their ", "His ", "his ", "Her ", "her ")
# "Russian MoD", "ISW", "HUR": an acronym names a body less plainly than its curated name does
# (a country's "UK", "US", "UN" is no such acronym)
_ACRONYM = compile_fast(r"\b(?!(?:UK|US|UN|EU)\b)[A-Za-z]*[A-Z][a-z]*[A-Z]\w*")


# the lower-case words a body's own name may hold ("Russia's defence ministry"); others make
# it a description ("the UN nuclear watchdog", "the UN refugee agency"), for which the curated
# name is the plainer one
_NAME_LOWER = frozenset(
    "defence defense ministry general staff intelligence of the and military armed forces".split()
)


def _plain_name(name: str) -> bool:
    """Is ``name`` a body's name as a report writes it (no acronym, no description)?"""
    if _ACRONYM.search(name):
        return False
    return all(w[:1].isupper() or w in _NAME_LOWER for w in name.split())


def _head_noun(unnamed: str) -> str:
    """The head noun of an unnamed speaker ("the governor of Luhansk region" → governor), or
    a string no role holds when it has none that names a person."""
    head = unnamed.lower().split(" of ")[0].split()[-1:]
    return head[0] if head and _PERSON_ROLE.fullmatch(head[0]) else "\0"


def _same_role(unnamed: str, roles: str) -> bool:
    """Can a named person with these roles be the unnamed speaker just before? Not a
    spokesperson who turns out a president or minister: "A Ukrainian military spokesperson
    said ... President X said" are two people ("envoy" / "ambassador", "chief" / "head" may
    be one)."""
    head = unnamed.lower().split(" of ")[0].split()[-1:]
    if not head or not head[0].startswith(("spokes", "president")):
        return True
    roles = roles.lower()
    return not _PERSON_ROLE.search(roles) or head[0][:6] in roles


def _named_role(unnamed: str, roles: str) -> bool:
    """Do a named person's roles hold the head noun of an unnamed speaker's ("a military
    spokesman" and "spokesman for the Tavria group of forces")?"""
    head = _head_noun(unnamed)
    return head != "\0" and head in roles.lower()


# a speaker named as "the town's mayor"
_TOWNS_MAYOR = compile_fast(r"(?:[Tt]he\s+)?(?:town|city)['’]s\s+mayor\b")
# a relative clause after a speaker's name saying what body they head
_WHO_HEADS = compile_fast(
    r",\s+who\s+(?:now\s+|also\s+)?(?:heads|headed|leads|led|runs|ran|chairs)\s+[^,;.]{3,80}"
)


class _Speakers:
    """Speaker entities of one report, with pronoun / surname / description carry-over."""

    def __init__(self) -> None:
        self.ents: list[dict] = []
        self.last: dict | None = None
        self.surface: str | None = None  # the report's own name for the body just resolved

    def resolve(self, found: dict, k: int) -> dict | None:
        ent = self._resolve(found, k)
        if ent is not None and self.surface and not ent.get("display"):
            ent["display"] = self.surface
        return ent

    def _resolve(self, found: dict, k: int) -> dict | None:
        name, role, kind = attr.split_name_role(found["np"])
        rec = attr.lookup_speaker(name)
        self.surface = None
        if kind == "person" and _PEOPLE.match(found["np"]):
            kind = "unnamed"  # "The Ukrainians say": a people, not a person's bare name
        if kind == "pronoun":
            # "he" / "she" is the last person (not "the SES", not "officials"); "it" a body
            ent = self._recent(
                k, person=name.lower() in ("he", "she", "i"), body=name.lower() == "it"
            )
            return self._touch(ent, k)
        if kind in ("person", "body") or (kind == "unnamed" and rec and rec["kind"] == "body"):
            if rec and kind == "body" and not attr.is_alias(name, rec):
                # "the UN refugee agency" keeps its own name, with the UN's side, unless its
                # words say whose it is ("the Russian General Staff" is not "the General Staff")
                side = attr.side_of_phrase(found["np"]) or rec["side"]
            elif rec and (rec["kind"] == kind or kind == "unnamed"):
                # "Russia's Defense Ministry", "UK Defence Intelligence": a body keeps the name
                # the report gives it when that is one of its known names (one entity still)
                if (
                    rec["kind"] == "body"
                    and name != rec["name"]
                    and attr.is_alias(name, rec)
                    and _plain_name(name)
                ):
                    self.surface = name
                name = rec["name"]
                role = role or rec["role"]
                side = rec["side"]
                kind = rec["kind"] if kind == "unnamed" else kind
            else:
                # "Zelensky's office": a body named after a known person speaks for their side
                side = attr.side_of_phrase(role) or attr.side_of_phrase(found["np"])
                if side is None and rec is not None:
                    side = rec["side"]
                if side is None and kind == "body":
                    side = attr.institution_side(name)
                if side is None and kind == "person" and role:
                    # "Vitaliy Barabash, head of the town's military administration": Ukraine's
                    # wartime city and regional bodies
                    side = attr.institution_side(role)

                if side is None and role:
                    # "head of the Center for Countering Disinformation": a curated body's side
                    body = attr.lookup_speaker(role)
                    side = body["side"] if body and body["kind"] == "body" else None
                if (
                    side is None
                    and kind == "person"
                    and role
                    and "mayor" in role.lower()
                    and (lo := _LOCAL_OFFICE.match(role))
                ):
                    # "Pavlo Kuzmenko, mayor of Okhtyrka", "the Bilhorod-Dnistrovskyi mayor": a
                    # town's own office speaks for the country the town lies in
                    got = _country_oblast(lo.group("a") or lo.group("b"))
                    side = got[0] if got is not None and got[0] in ("UA", "RU") else None
                if (
                    side is None
                    and self.last is not None
                    and k - self.last["seen"] <= 2
                    and found["np"].startswith(_POSSESSIVE_LEADS)
                ):
                    # "The UN rights office said ... Its spokesperson, NAME, said": the one
                    # whose spokesperson it is gives the side
                    side = self.last["side"]
            ent = self._by_name(name)
            if ent is None:
                prev = self.last
                if (
                    prev is not None
                    and prev["kind"] == "unnamed"
                    and (
                        (kind == "person" and _PERSON_ROLE.search(prev["name"]))
                        or attr.METONYM_SPEAKER.match(prev["name"])
                    )
                    and (
                        prev["side"] == side
                        # "The mayor of Konotop ... said ... Artem Semenikhin told residents":
                        # a bare name right after a role is who holds it
                        or side is None
                        and role is None
                        and rec is None
                        and k - prev["seen"] <= 1
                        # "..., a military spokesman said. NAME, spokesman for the Tavria group
                        # of forces, told ...": the sideless role is the named one's
                        or prev["side"] is None
                        and _named_role(prev["name"], f"{role or ''} {rec['role'] if rec else ''}")
                    )
                    and k - prev["seen"] <= 2
                    and not prev.get("plural")
                    and _same_role(prev["name"], f"{role or ''} {rec['role'] if rec else ''}")
                ):
                    side = side or prev["side"]
                    prev.update(name=name, kind=kind, role=role or prev["role"], side=side)
                    return self._touch(prev, k)
                prev = (
                    self._described(k, side, f"{role or ''} {rec['role'] if rec else ''}")
                    if kind == "person" and (rec is not None or role)
                    else None
                )
                if prev is not None:
                    prev.update(name=name, kind=kind, role=role or prev["role"], side=side)
                    return self._touch(prev, k)
                ent = {"name": name, "role": role, "side": side, "kind": kind, "seen": k}
                self.ents.append(ent)
            else:
                if role and not ent["role"]:
                    ent["role"] = role
                if side and not ent["side"]:
                    ent["side"] = side
            return self._touch(ent, k)
        # a role without a name: "a senior Russian military official", "the official"
        side = attr.side_of_phrase(found["np"]) or (rec["side"] if rec else None)
        # "the official" refers back; "the city council of Mariupol" names a new speaker
        definite = (
            _DEFINITE.match(found["np"]) is not None
            and not any(
                w[:1].isupper() and not _NATIONALITY.match(w) and not w.endswith("-based")
                for w in found["np"].split()[1:]
            )
            # "the Ukrainian military", "the Russian army": an institution, not "the official"
            and not (_INSTITUTION.search(found["np"]) and attr.side_of_phrase(found["np"]))
        )
        plural = _PLURAL_ROLE.search(name) is not None
        if definite and found.get("cue") == "citing" and (head := _CITED_BODY.search(name)):
            # "RIA Novosti, citing the regional administration, said": an outlet cites a body
            # by its kind; it is a recent speaker only if that one's name has the same head
            # ("the Defence Ministry" then "citing the ministry"), never the governor quoted
            # before it
            ent = self._headed(k, head.group(0).lower())
            if ent is not None:
                return self._touch(ent, k)
        elif (definite and not _PEOPLE.match(found["np"])) or _SAME.search(found["np"]):
            # "the governor said" is the last person (or role), not the body before
            ent = self._collective(k, name) if definite else None
            ent = ent or self._recent(
                k, side=side, within=8, person=_PERSON_ROLE.search(name) is not None and not plural
            )
            if ent is not None:
                return self._touch(ent, k)
        prev = self.last
        if (
            prev is not None
            and prev["kind"] == "unnamed"
            and side is not None
            and prev["side"] == side
            and k - prev["seen"] <= 2
            and not _ANOTHER.search(found["np"])
            and (
                prev["name"].lower().split()[-1:] == name.lower().split()[-1:]
                or (
                    _PERSON_ROLE.search(prev["name"]) is not None
                    and _PERSON_ROLE.search(name) is not None
                    and not plural
                    and not prev.get("plural")
                )
            )
        ):
            return self._touch(prev, k)
        ent = {"name": name, "role": role, "side": side, "kind": "unnamed", "seen": k,
               "plural": plural}  # fmt: skip
        self.ents.append(ent)
        return self._touch(ent, k)

    def _described(self, k: int, side: str | None, roles: str) -> dict | None:
        """An unnamed speaker of the last few sentences whose head noun the known person's
        roles hold: "Ukraine's top military commander said ... [another speaker] ... Gen.
        Valerii Zaluzhnyi told reporters" (a Commander-in-Chief)."""
        roles = roles.lower()
        for ent in sorted(self.ents, key=lambda e: -e["seen"]):
            if k - ent["seen"] > 6:
                break
            if ent["kind"] != "unnamed" or ent.get("plural"):
                continue
            # "..., a military spokesman said. X, spokesman for the Y group, told ...": a role
            # with no side is the named person of the very next sentence
            if ent["side"] != side and (ent["side"] is not None or k - ent["seen"] > 1):
                continue
            # ("the governor of Luhansk region": the head noun is before "of")
            if _named_role(ent["name"], roles):
                return ent
        return None

    def _touch(self, ent: dict | None, k: int) -> dict | None:
        if ent is not None:
            ent["seen"] = k
            self.last = ent
        return ent

    def _by_name(self, name: str) -> dict | None:
        low = name.lower()
        words = low.split()
        last = words[-1] if words else low
        long_name = len(low) > 5
        for ent in reversed(self.ents):
            en = ent["name"].lower()
            if en == low:
                return ent
            kind = ent["kind"]
            if kind == "body":
                if long_name and low in en:
                    return ent
            # the same surname ("last in en" first: a cheap necessary test)
            elif kind == "person" and last in en and en.split()[-1:] == [last]:
                return ent
        return None

    def _recent(
        self,
        k: int,
        side: str | None = None,
        person: bool = False,
        within: int = 6,
        body: bool = False,
    ) -> dict | None:
        if self.last is not None and k - self.last["seen"] <= within:
            if (side is None or self.last["side"] in (side, None)) and _fits(
                self.last, person, body
            ):
                return self.last
        for ent in sorted(self.ents, key=lambda e: -e["seen"]):
            if k - ent["seen"] > within:
                break
            if (side is None or ent["side"] == side) and _fits(ent, person, body):
                return ent
        return None

    def _headed(self, k: int, head: str) -> dict | None:
        """The recent body (within 8 sentences) whose name or role holds ``head``, or None."""
        for ent in sorted(self.ents, key=lambda e: -e["seen"]):
            if k - ent["seen"] > 8:
                break
            if ent["kind"] != "person" and head in f"{ent['name']} {ent['role'] or ''}".lower():
                return ent
        return None

    def _collective(self, k: int, name: str) -> dict | None:
        """The recent speaker a definite "the militia" / "the brigade" / "the governor" names:
        one whose name or role holds that word ("militia spokesman X", "Governor X"), or None
        (a role word: the speaker of another role in between is not the one meant)."""
        head = name.lower().split()[-1:]
        if not head:
            return None
        collective = head[0] in _COLLECTIVE_HEADS
        if not collective and head[0] not in _DEFINITE_ROLE_HEADS:
            return None
        for ent in sorted(self.ents, key=lambda e: -e["seen"]):
            if k - ent["seen"] > 8:
                break
            words = f"{ent['name']} {ent['role'] or ''}".lower()
            if head[0] in (words if collective else words.replace(",", " ").split()):
                return ent
        return None


def _label_speaker(label: str, ents: list[dict]) -> dict | None:
    """The speaker, with a side, a transcript's role label ("Spokesman:", "Spokeswoman:")
    stands for: the one named earlier under that role ("Spokesman Stephane Dujarric"), if
    only one was."""
    head = label.strip().rstrip(":").strip().lower()
    if head not in _LABEL_ROLES:
        return None
    named = [
        e
        for e in ents
        if e["side"] and head in f"{e.get('display', '')} {e['role'] or ''}".lower().split()
    ]
    return named[0] if len({id(e) for e in named}) == 1 else None


_LABEL_ROLES = ("spokesman", "spokeswoman", "spokesperson", "minister", "governor", "mayor")


def _headline_voice(ent: dict, later: list[dict]) -> dict | None:
    """The named person a headline's unnamed speaker speaks through: "Luhansk militia says
    ..." over "..., militia spokesman Ivan Filiponenko said" (the first person below whose
    role holds the headline's head noun, of the same side), or None."""
    head = ent["name"].lower().split()[-1:]
    if not head or len(head[0]) < 4:
        return None
    for e in later:
        if (
            e["kind"] == "person"
            and head[0] in (e["role"] or "").lower().split()
            and (ent["side"] is None or e["side"] in (ent["side"], None))
        ):
            return e
    return None


# a nation's people as a group ("The Ukrainians say it has fallen"): a speaker of its own, not
# the official who spoke last (who may be of that side)
_PEOPLE = compile_fast(
    r"^(?i:the)\s+(?:Russians|Ukrainians|Americans|British|French|Germans|Belarusians|Poles|"
    r"Turks|Chinese|Iranians)$"
)
# the kind of body an outlet cites by its kind alone ("citing the regional administration")
_CITED_BODY = compile_fast(
    r"\b(?:administration|council|ministry|committee|office|service|staff|command|government|"
    r"authorities|agency|headquarters)$",
    re.I,
)
# the unnamed bodies a definite phrase refers back to by their kind: "the militia said"
_COLLECTIVE_HEADS = frozenset("militia brigade battalion regiment".split())
# the one-holder roles a definite "the governor said" names its holder by
_DEFINITE_ROLE_HEADS = frozenset(
    "governor mayor spokesman spokeswoman spokesperson ombudsman commissioner".split()
)


def _fits(ent: dict, person: bool, body: bool) -> bool:
    """Can a pronoun refer to ``ent``: "he" (``person``) to no body or group of people ("the
    SES", "officials"), "it" (``body``) to no named person?"""
    if person:
        return ent["kind"] != "body" and not ent.get("plural")
    return not (body and ent["kind"] == "person")


# --- one report --------------------------------------------------------------------------------
_CREDIT = compile_fast(
    r"^(?:inputs? from|image|photo|photograph|video|picture|file photo|credit|source|sources|"
    r"with inputs|reporting by|writing by|editing by|additional reporting|copyright|read more|"
    r"also read|subscribe|advertisement)\b",
    re.I,
)
_SENT_KEEP = ("all", "events", "none")
# "10:40 BST — ": a time zone may follow the time
_TIMESTAMP = compile_fast(
    rf"^\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\b\s*(?:(?:{attr.TIME_ZONES})\b\s*)?"
    r"(?:[-–—:]\s*)?"
)
# a digest item's number, "6) In Washington, NAME told CNN": never part of a speaker's name
_ITEM_NUMBER = compile_fast(r"\d{1,2}[.)]\s+(?=[A-Z])")
_LOCAL_ROLE = compile_fast(
    r"\b(?:mayor|governor|head|chief|council|administration|authorities|officials|police)\b",
    re.I,
)
_CITY_BODY = compile_fast(r"\b[Cc]ity\s+(?:officials|authorities|council|administration)\b")
_OWN_PLACE = compile_fast(r"\b(?:town|city|village|region|oblast)['’]s\s+(?:\w+\s+)?$", re.I)


# a digest post's source tag: "[Ministry channel, 09:12] The ministry said ..."
# the report's own "we" weighing its sources: "We have not observed", "We assess", "We
# could not independently verify", "We have been unable to confirm"
_NARRATOR_WE = compile_fast(
    r"^\s*We\s+(?:(?:have|had|has)\s+not|haven['’]t|could\s+not|couldn['’]t|cannot|can['’]t|"
    r"did\s+not|didn['’]t|do\s+not|don['’]t|were\s+unable|are\s+unable|have\s+been\s+unable|"
    r"assess|judge|observed|have\s+observed|continue\s+to\s+assess)\b"
)
# (up to 160 characters: "[NAME, spokesman for the X of Y, quoted by TASS]")
_POST_TAG = compile_fast(r"^\s*\[[^\[\]\n]{1,160}\]\s*")
# a post tag's last part when it is the time: "..., 14:02]"
_TAG_TIME = compile_fast(r",\s*(?:\d{1,2}[./]\d{1,2},?\s*)?\d{1,2}[:.]\d{2}\s*$")
# a channel post's header line, its time and author: "08:10 | NAME, head of the Chernihiv Oblast
# Military Administration", "[28.08, 19:30 | NAME, head of ...]", "13:30 | NAME, quoted by X"
_POST_LINE = compile_fast(
    r"^\s*\[?(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?,?\s*)?(?:[01]?\d|2[0-3])[:.][0-5]\d\s*\|\s*"
    r"(?P<np>[^|\[\]\n]{2,140}?)\s*\]?\s*$"
)
# ... and the time after the writer: "NAME, head of the X administration, 10:02", "NAME, 12:30"
_POST_LINE_TRAIL = compile_fast(
    r"^\s*(?P<np>[A-Z][^|\[\]\n:]{2,140}?),\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*$"
)
# the outlet a post header says relays the post: "..., quoted by Suspilne", "..., via TASS"
# where the compiler's own note starts: "Compiler's note.", "Editor's note:", "TRANSLATOR'S NOTE"
# (and a translation's "COMMENT" heading: the compiler's remarks follow, not the statement)
_NOTE_LEAD = compile_fast(
    r"^\s*(?:(?:Compiler|Editor|Translator|Desk)['’]s\s+note\b|"
    # "Compiled with additional reporting:", "With additional reporting from ...": the
    # compiler's own paragraphs after the posts
    r"(?:Compiled\s+)?with\s+additional\s+reporting\b|Additional\s+reporting\b|"
    # (and "REACTIONS", "BACKGROUND" under a statement's text: others' words and the
    # compiler's, no longer the statement's author)
    r"(?-i:COMMENT(?:ARY|S)?|REACTIONS?|BACKGROUND|CONTEXT)\s*(?::|\n|$)|"
    # (in any case as a heading of its own: "Reactions (compiled by the desk):")
    r"(?:Reactions?|Comments?|Background|Context)(?:\s*\([^()\n]{0,60}\))?\s*:\s*$)",
    re.I,
)
_POST_RELAY = compile_fast(r",\s+(?:(?:quoted|cited|relayed)\s+by|via)\s+[^,]{2,40}$")


def _tag_speaker(tag: str) -> dict | None:
    """The body or person a post tag on its own line names ("[Kursk region administration,
    15:45]" → the administration), as find_speaker_phrase gives it; None for a rubric."""
    label = tag.strip(" []\n")
    # ("[NAME, role, 14:02]", "[NAME, role, quoted by TASS]", "[NAME, body, daily briefing,
    # relayed by RIA Novosti]": the time or the relaying outlet is no part of the speaker)
    bare = _TAG_TIME.sub("", _POST_RELAY.sub("", label)).strip()
    label = bare if bare != label else label.rsplit(",", 1)[0].strip()
    found = attr.section_speaker(label)
    if found is not None:
        return {**found, "start": 0, "end": 0}
    c = attr._speaker(label)
    if c and c.split()[-1].lower() in attr._FINAL_HEADS and c[:1].isupper():
        return {"np": c, "cue": "section", "start": 0, "end": 0}
    return None


# "NAME, acting mayor of X", "NAME, head of the X district administration": occupation
# appointees are styled so, and a district head is no town's own office; no side from the town
_APPOINTEE_HEADER = compile_fast(rf"\b(?:{_APPOINTEE_WORDS}|district\s+administration)\b", re.I)


def _post_author(line: str, speakers: object, k: int, home: str | None = None) -> dict | None:
    """The speaker a post header line names ("08:10 | NAME, head of X" → NAME, "10:45 | NAME"
    → the NAME met before), or None when the line is no such header."""
    m = _POST_LINE.match(line) or _POST_LINE_TRAIL.match(line)
    if m is None:
        return None
    np = _POST_RELAY.sub("", m.group("np")).strip()
    found = attr.section_speaker(np)
    if found is not None:
        ent = speakers.resolve({**found, "start": 0, "end": 0}, k)
        return ent
    if _PERSON_NAME_LINE.match(np):
        # "10:45 | Chaus": the surname of an author already named
        ent = speakers._by_name(np)
        return speakers._touch(ent, k) if ent is not None else None
    return None


# a sentence opening with a present-tense verb of speech and no subject, as a digest words the
# post it summarises: "Says ...", "Claims ...", "Accuses Kyiv of ...", "Does not mention ..."
_BARE_VERB_OPENER = compile_fast(
    r"^\s*(?:Also\s+)?(?:Says|Claims|Accuses|Reports|Adds|Denies|Warns|Writes|Repeats|"
    r"Insists|Notes|Confirms|Alleges|States|Announces|Urges|Calls|Gives|Posts|Describes|"
    r"Blames|Rejects|Dismisses|Promises|Asserts|Argues|Explains|Stresses|Admits|"
    r"Acknowledges|Reiterates|Publishes|Shares|Thanks|Vows|Pledges|Does\s+not|Doesn['’]t)\b"
)
_PERSON_NAME_LINE = compile_fast(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$")


# a heading's bracketed gloss: "(Deputy Prime Minister NAME, 12:15)"
_GLOSS = compile_fast(r"\(([^()\n]{3,120})\)")


def _gloss_side(line: str) -> str | None:
    """The side of a curated person a heading's bracketed gloss names ("BODY (Deputy Prime
    Minister NAME, 12:15)" → NAME's side), or None."""
    for m in _GLOSS.finditer(line):
        for part in m.group(1).split(","):
            name = attr._strip_title(part.strip())[0]
            rec = attr.lookup_speaker(name) if len(name.split()) >= 2 else None
            if rec is not None and rec["kind"] == "person" and rec.get("side"):
                return rec["side"]
    return None


# a line opening with one capitalised word and a colon, perhaps framed as a later post:
# "Petrenko:", "Petrenko, second post:", "Petrenko, in an evening video:"
_SURNAME_LABEL = compile_fast(
    r"\s*(?P<np>[A-Z][a-z'’-]{3,24})(?:,\s+(?:(?:in\s+)?(?:a|an|his|her|the)\s+)?"
    r"(?:later|new|second|third|next|evening|morning|another|separate|video|further)"
    r"(?:\s+(?:post|video|message|update|address|statement))?)?:(?:\s|$)"
)


def _surname_label(sa: str, speakers: _Speakers) -> dict | None:
    """The speaker a post's label names by surname only ("Petrenko:" after "Oleh Petrenko,
    head of X"): a person already named in the document, else None."""
    m = _SURNAME_LABEL.match(sa)
    if m is None:
        return None
    ent = speakers._by_name(m.group("np"))
    if ent is None or ent["kind"] != "person" or " " not in ent["name"]:
        return None
    return {"np": ent["name"], "cue": "colon", "start": m.start("np"), "end": m.end("np")}


def _end_at(text: str, sep: str, pos: int) -> int:
    """Where ``sep`` next occurs in ``text`` from ``pos``, else the text's end: where a post
    read from ``pos`` ends (a blank line; a transcript's turn, its line)."""
    i = text.find(sep, pos)
    return len(text) if i < 0 else i


# a line that parts a report's sections: "*", "***", "* * *", "----"; or a new heading on a
# paragraph of its own ("Situation in the south", no closing stop); no speaker's turn runs
# on past one, nor past a new dateline
# (both at a line's start: the scan tries no other place)
_TURN_BREAK = compile_fast(
    r"^(?:[ \t]*(?:(?:\*[ \t]*){1,5}|-{3,}[ \t]*|_{3,}[ \t]*|={3,}[ \t]*)$"
    r"|(?<=\n\n)[ \t]*[A-Z][^\n]{0,78}[^\s.?!:;,\"”’)\]](?=[ \t]*\n[ \t]*\n))",
    re.M,
)


def _turn_breaks(text: str, start: int) -> list[int]:
    """The starts of the lines after ``start`` that no speaker's turn runs on past: separator
    lines, headings (:data:`_TURN_BREAK`) and datelines, in order."""
    found = {m.start() for m in _TURN_BREAK.finditer(text, start)}
    found.update(m.start() for m in DATELINE.finditer(text, start))
    return sorted(found)


def _turn_end(text: str, pos: int, sep: str | None, breaks: list[int]) -> int:
    """Where a speaker's turn read from ``pos`` ends: at the next ``sep`` (a line's end, a
    blank line; None: the report's end), or at the next of ``breaks`` if that is sooner."""
    end = len(text) if sep is None else _end_at(text, sep, pos)
    i = bisect_right(breaks, pos)
    return breaks[i] if i < len(breaks) and breaks[i] < end else end


def _blank_post_tag(sa: str) -> tuple[str, dict | None]:
    """The sentence with a leading "[Source, 09:12]" post tag blanked out (kept as spaces, so
    offsets hold): the tag is a label, and no speaker phrase may start inside it. Also the
    curated speaker the tag names ("[Milblogger X, 13:40]" → X), or None."""
    m = _POST_TAG.match(sa)
    if m is None:
        return sa, None
    label = m.group(0).strip(" []\n").rsplit(",", 1)[0]
    return " " * m.end() + sa[m.end() :], attr.lookup_speaker(label)


# "X, first deputy head of ..., was more direct: Vysokopillia, he wrote, is Ukraine": a "he
# wrote" set off by commas, inside the statement
_PAREN_VERB = compile_fast(r",\s+(?:he|she)\s+(?:also\s+)?[a-z]+\s*,")


# the role of an official a letterhead's body may speak through
_OFFICIAL_WORD = compile_fast(
    r"\b(?:officials?|spokes(?:man|woman|person)|press\s+secretary|briefer)\b", re.I
)


def _title_role_side(head: str, name: str) -> str | None:
    """The side of the role a report's title line gives a person in apposition: "Statement by
    the UN Crisis Coordinator for Ukraine, NAME, on ..." → INTL (None without one)."""
    m = re.search(r"([^,;:—–(]{3,80}),\s+" + re.escape(name) + r"\b", head)
    return attr.side_of_phrase(m.group(1)) if m else None


def _parenthetical_subject(sa: str, found: dict, outlet_spans: list[tuple[int, int]]) -> dict:
    """The named person with a role that a sentence opens with, when its speaker is a
    parenthetical "he wrote" further on ("X, deputy head of the council, was blunt: the town,
    he wrote, is ours"); else ``found`` itself (the pronoun refers back)."""
    a = sa.rfind(",", 0, found["end"])
    if a < 0 or not _PAREN_VERB.match(sa, a):
        return found
    subject = attr.person_subject(sa[:a], outlet_spans)
    if subject is None:
        return found
    # a full name with its role ("Civilians, children among them, were killed, he said": no)
    name, role, _ = attr.split_name_role(subject["np"])
    return subject if role is not None and " " in name else found


# a sentence that only says who carried the statement before it
_RELAY_NOTE = compile_fast(
    r"^\s*(?:His|Her|Their|Its|The|These|Those)\s+(?:\w+\s+)?(?:remarks|comments|statements?|"
    r"words|claims?|figures?|account|interview|briefing)\s+(?:was|were)\s+(?:\w+\s+)?"
    r"(?:carried|reported|relayed|quoted|published|cited|broadcast)\b"
)


# the words a report about the separatist republics uses for them: its bare "militia" is theirs
_SEPARATIST_WORDS = ("LPR", "DPR", "LNR", "DNR", "People's Republic", "People’s Republic")


def _militia_side(ent: dict, separatist: bool) -> str | None:
    """RU for a "militia" speaker with no side word ("militia spokesman X") in a report on the
    Donetsk / Luhansk People's Republics, whose "people's militia" it is; else None."""
    if not separatist:
        return None
    return "RU" if "militia" in f"{ent['name']} {ent['role'] or ''}".lower() else None


def _local_side(
    s: str, found: dict, places: list[dict], focus: dict | None, home: str | None = None
) -> str | None:
    """Side of a local official with no side word: the country of the place they serve.

    "The mayor of Chernigov, ..., Vladyslav Atroshenko" / "The town's mayor, NAME" (the town
    is the report's focus) → UA for a Ukrainian place. Russian-installed roles were already
    given RU by their words, except in Russian state media (``home`` = ``RU``, the country of
    the report's own outlet), which names occupation officials without any qualifier.
    """
    before = s[max(0, found["start"] - 120) : found["end"]]
    role = _LOCAL_ROLE.search(before)
    if role is None:
        return None
    lo = found["start"] - len(before) + found["end"] - found["start"]
    near = [p for p in places if lo <= p["rs"] < found["end"] and p["kind"] != "country"]
    if near:
        place = near[-1]
    elif _OWN_PLACE.search(s, 0, found["start"] + role.start() + 1) and focus is not None:
        place = focus
    elif focus is not None and (
        role.group(0).lower() == "mayor" or _CITY_BODY.search(before) is not None
    ):
        # "Mayor X said separately that ...": the mayor of the city the report is about;
        # "..., city officials said" its officials
        place = focus
    else:
        return None
    if place.get("country") != "UA":
        return None
    return "RU" if home == "RU" else "UA"


# documents in an author's own voice: the title / byline names the author
_AUTHOR_TITLE = compile_fast(
    r"\b(?P<a>Defence Intelligence|Offensive Campaign Assessment|Institute for the Study of War"
    r"|ISW)\b"
)
_AUTHOR_ALIAS = {"Offensive Campaign Assessment": "ISW"}
# the names a series title stands for, one of which the report must name itself
_AUTHOR_NAMES = {"Offensive Campaign Assessment": ("ISW", "Institute for the Study of War")}


def _names_author(text: str, after: int, title: str) -> bool:
    """Does the report, after its title line, name the author a series title stands for? A
    copy of "Russian Offensive Campaign Assessment" that never says "ISW" is relayed text
    whose sentences stay the narrator's, not ISW's."""
    return any(n in text[after:] for n in _AUTHOR_NAMES.get(title, ()))


_ARTICLE_THE = compile_fast(r"^[Tt]he\s+")
# a title naming whose words follow: "Statement by the Governor of X Oblast, NAME (Telegram)",
# "Address of NAME to the residents", "Posts by the head of X, NAME, translated": the body is
# NAME's own voice ("we are moving residents")
_AUTHOR_STATEMENT = compile_fast(
    r"^\s*(?:(?:Full )?text of (?:the )?)?(?:Official )?(?:Statements?|Address(?:es)?|Video address|"
    r"Messages?|Appeals?|Remarks|Posts?|Updates)\s+(?:by|of|from)\s+(?P<np>[^(\n:]{3,140})",
    re.I,
)
# a channel's title line, then whose posts follow: "Kherson Regional Military Administration -
# posts by the head of the administration, NAME (...), Tuesday 6 June 2023"
# (or the line opens with them: "Posts by the head of the X regional administration, NAME,
# translated ...", "Updates from NAME, mayor of X")
_POSTS_BY = compile_fast(
    r"^\s*(?:(?P<body>[A-Z][^\n]{2,80}?)\s+[-–—|:]\s+)?(?:(?:Telegram|official|channel)\s+)?"
    r"(?i:posts|updates|statements|messages|addresses)\s+(?:by|of|from)\s+"
    r"(?P<np>[^(\n:;]{3,140})"
)
# the platforms a channel's posts come from
_PLATFORMS = ("Telegram", "Facebook", "VK", "Twitter", "X", "Instagram", "YouTube")
_PLATFORM = "|".join(_PLATFORMS)
# a channel post's header line: its writer, then the channel ("- Telegram", ", Facebook")
_POST_HEADER = compile_fast(
    r"^\s*(?P<np>[A-Z][^,\n:]{2,60}(?:,\s+[^,\n:]{2,60}?)?)\s*(?:,|\s[-–—])\s+"
    rf"(?:(?:his|her|its|official)\s+)?(?:{_PLATFORM})\b"
)
_CHANNEL_GATE = contains_any(list(_PLATFORMS))
# a title line naming the channel first, then whose posts follow: "Telegram: NAME, head of
# the X regional administration", "Facebook post | NAME, mayor of X" (not "X:", too common a
# letter to open a line with)
_CHANNEL_FIRST = compile_fast(
    r"^\s*(?:Telegram|Facebook|VK|Twitter|Instagram|YouTube)(?:\s+(?:post|posts|channel|"
    r"page|updates?))?\s*(?::|\||[-–—]\s)\s*(?P<np>[A-Z][^\n]{2,160})"
)
# where a header line's place and date start: "Statement by NAME - Vienna, 6 May 2023"
_HEADER_DASH = compile_fast(r"\s[-–—]\s")
# a header line naming the body whose release or update the text is: "ICRC news release -
# Geneva", "General Staff morning report, relayed by Ukrinform", "General Staff of the Armed
# Forces of Ukraine, morning update"
_AUTHOR_RELEASE = compile_fast(
    r"^\s*(?P<np>[A-Z][\w'’. ]{1,70}?)(?:,\s*|\s+)(?:(?:morning|evening|daily|operational|"
    r"official)\s+)?(?:news release|press release|report|update|summary|digest)\b"
)
# a title naming a body's statement: "IAEA statement (summary)", "NAVY COMMAND - statement",
# "Update - IAEA Director General statement on the situation" (the body or its head speaks)
_AUTHOR_STATEMENT_TITLE = compile_fast(
    r"^\s*(?:(?:Update|Press release|News release)\s*[-–—:]\s*)?"
    r"(?P<np>[A-Z][\w'’.]*(?: [A-Z][\w'’.-]*){0,5}?)(?:\s*[-–—,]\s*|\s+)"
    r"(?:(?:official|press|joint)\s+)?statement\b"
)
# the head a body's statement is issued in the name of: "IAEA Director General" is the IAEA's
_HEAD_OF_BODY = compile_fast(
    r"\s+(?:Director[- ]General|Secretary[- ]General|Spokes(?:man|woman|person)|President|"
    r"Chair(?:man|woman|person)?|High Commissioner)$",
    re.I,
)
# a header line that is a body's name and its acronym, nothing else
_BODY_LINE = compile_fast(r"^\s*(?P<np>[A-Z][\w'’ ,.-]{3,100}?)\s*\((?P<ac>[A-Z]{2,8})\)\s*$")
_AUTHOR_STATEMENT_GATE = (
    "statement", "address", "video address", "message", "appeal", "remarks", "post", "text of",
    "updates",
    "full text", "official",
)  # fmt: skip


# a sentence-subject pronoun, and how to find who it is in the sentence before
_OPENER_PRONOUNS = {
    "he": attr.person_subject, "He": attr.person_subject, "she": attr.person_subject,
    "She": attr.person_subject, "it": attr.body_subject, "It": attr.body_subject,
}  # fmt: skip


def _titled_or_known(np: str) -> bool:
    """Is the speaker phrase a person with a title ("President X"), a body, or a curated
    speaker? ("Buses left Izium" opens with a capital too, and is no one.)"""
    name, role, kind = attr.split_name_role(np)
    rec = attr.lookup_speaker(name)
    if rec is not None and attr.is_alias(name, rec):
        return True
    return kind == "body" or kind == "person" and _PERSON_ROLE.search(role or "") is not None


def _in_capitals(line: str) -> bool:
    """Is ``line`` written in capitals, with more than six letters?"""
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 6 and all(c.isupper() for c in letters)


def _author(text: str, spans: list[tuple[int, int]], bylines: dict[int, str]) -> dict | None:
    """The body whose own voice the document is in (title, headline or byline), or None."""
    for i, (a, b) in enumerate(spans[:3]):
        line = text[a:b]
        if "\n" in line or len(line) > 200:
            continue
        cands = []
        if i in bylines:
            cands.append(bylines[i])
        m = _AUTHOR_TITLE.search(line)
        if m and (m.group("a") not in _AUTHOR_ALIAS or _names_author(text, b, m.group("a"))):
            cands.append(_AUTHOR_ALIAS.get(m.group("a"), m.group("a")))
        if line.lstrip()[:12].lower().startswith(_AUTHOR_STATEMENT_GATE):
            st = _AUTHOR_STATEMENT.match(line)
            if st:
                # "the Governor of Belgorod Oblast, NAME": the name among the commas, and
                # "IAEA Director General NAME - Vienna, 6 May": the name before its title
                np = _HEADER_DASH.split(st.group("np"), maxsplit=1)[0]
                parts = [p.strip() for p in np.split(",") if p.strip()]
                cands += parts + [attr._strip_title(p)[0] for p in parts]
                # "Statement of the Ministry of Defence of the Russian Federation": the body's
                # name without its article
                cands += [p[4:] for p in parts if p[:4].lower() == "the "]
                # 'Statement of the Operational Command "South" of the Armed Forces of
                # Ukraine': the body's name without the force it belongs to
                cands += [
                    _ARTICLE_THE.sub("", p.split(" of the ", 1)[0])
                    for p in parts
                    if " of the " in p[5:]
                ]
        release = _AUTHOR_RELEASE.match(line)
        if release:
            cands.append(release.group("np").strip())
        stated = _AUTHOR_STATEMENT_TITLE.match(line) if "tatement" in line else None
        if stated:
            np = stated.group("np").strip()
            cands += [np, _HEAD_OF_BODY.sub("", np)]
        # (every match names a channel: most lines are rejected without the slow match)
        post = _POST_HEADER.match(line) if _CHANNEL_GATE(line) else None
        if post:
            # "Governor NAME, Telegram, evening", "NAME, Governor of X - Telegram, 5 January":
            # a channel post's header names who writes the body (a title before the name)
            cands += [attr._strip_title(p.strip())[0] for p in post.group("np").split(",")]
        body_line = _BODY_LINE.match(line)
        if body_line:
            # "United Nations Office for the Coordination of Humanitarian Affairs (OCHA)" on a
            # line of its own under the title: the body whose update the text is
            cands += [body_line.group("np").strip(), body_line.group("ac")]
        if i == 0 and _in_capitals(line):
            # a letterhead in capitals: "MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION"
            cands.append(line.strip())
        lead = attr.HEADLINE_LEAD.match(line)
        for c in cands + ([lead.group("np")] if lead else []):
            rec = attr.lookup_speaker(c)
            if rec is not None and (attr.is_alias(c, rec) or attr.is_full_name(c, rec)):
                # a "Name: claim" headline speaks for the body only once Name speaks there
                surface = (
                    c if rec["kind"] == "body" and c != rec["name"] and _plain_name(c) else None
                )
                if body_line and c in body_line.group("np", "ac"):
                    # the name as the header writes it, if it is this body's ("United Nations
                    # Office for the Coordination of Humanitarian Affairs (OCHA)")
                    named = attr.lookup_speaker(body_line.group("np").strip())
                    if named is not None and named["name"] == rec["name"]:
                        surface = body_line.group("np").strip()
                return {**rec, "lead": not (cands and c in cands), "surface": surface}
        posts = _POSTS_BY.match(line)
        if posts is not None:
            by = _posts_author(posts.group("body") or "", posts.group("np"))
            if by is not None:
                return by
        channel = _CHANNEL_FIRST.match(line) if line.lstrip()[:1] in "TFVIY" else None
        if channel is not None:
            # "Telegram: NAME, head of the X regional administration (translated)": the
            # channel, then the person whose posts follow (the side from the role)
            np = attr._TRAILING_BRACKETS.sub("", channel.group("np")).strip()
            name, _, role = np.partition(",")
            by = _posts_author(role, np)
            if by is not None:
                return {**by, "role": by["role"] or role.strip() or None}
    return None


# a channel named by its owner: "NAME's Telegram channel", "NAME’s official Facebook page"
_CHANNEL_OWNER = compile_fast(
    rf"['’]s?\s+(?:(?:official|personal)\s+)?(?:(?:{_PLATFORM})(?:\s+(?:channel|page|account|"
    r"feed))?|channel|page|account|feed)\s*$"
)


def _posts_author(body: str, np: str) -> dict | None:
    """The person whose posts a channel's title line says follow ("the head of the
    administration, NAME (...), Tuesday ..."), with the side of the channel's body."""
    parts = [attr._TRAILING_BRACKETS.sub("", p).strip() for p in np.split(",")]
    # "posts from NAME's Telegram channel": the owner of the channel writes its posts
    parts = [_CHANNEL_OWNER.sub("", p) for p in parts]
    for i, part in enumerate(parts):
        name, role = attr._strip_title(part)
        if (
            attr._PERSON_NAME.match(name)
            and len(name.split()) >= 2
            and attr.split_name_role(name)[2] == "person"
        ):
            # (the role after the name when none comes before: "NAME, head of the X
            # regional administration")
            role = role or (parts[i - 1] if i else parts[i + 1] if i + 1 < len(parts) else None)
            # with no body before the line's "posts by", the person's role gives the side
            side = attr.side_of_phrase(body or role or "") or attr.institution_side(
                body or role or ""
            )
            return {"name": name, "role": role, "side": side, "kind": "person", "lead": False,
                    "surface": None}  # fmt: skip
    return None


# a byline / dateline line that is metadata, not speech: "MOSCOW, 27 February — RIA Novosti.",
# "23 March 2022, 13:40 — Ukrainska Pravda", "News release — Geneva, 6 March 2022 (ICRC)"
_BYLINE = compile_fast(
    r"^[^\n]{0,80}?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?"
    r"(?:,?\s*\d{1,2}:\d{2})?\s*(?:[—–-]+\s*(?P<o1>[A-Z][\w .-]{1,40}?)|"
    r"\((?P<o2>[A-Za-z .-]{2,30})\))\s*\.?\s*$"
)
_BYLINE_LEAD = compile_fast(
    r"^(?P<o>[A-Z][\w .-]{1,40}?),\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"(?:,?\s+\d{4})?\s*$"
)
# a wire dateline whose agency the date parser does not read: no date ("KYIV, Ukraine (AP) -")
# or the day first ("KHARKIV, 18 July (Ukrinform) -"); the place is in capitals
_AGENCY_LINE = compile_fast(
    r"^[ \t]*[A-Z][A-Z'’ ./-]{1,40},(?:[ \t]+[A-Z][a-z]+,?)?(?:[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+,?)?"
    r"[ \t]+\((?P<o>[A-Za-z. -]{2,30})\)[ \t]*[-–—]",
    re.M,
)


def _report_id(text: str) -> tuple[str, str]:
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return sha[:12], sha


def _places_in(text: str) -> list[dict]:
    try:
        from .gazetteer import find_places
    except ImportError:  # pragma: no cover - the gazetteer ships with the kit
        return []
    return find_places(text, as_records=True) if text else []


def _title(text: str, body_start: int, spans: list[tuple[int, int]]) -> str | None:
    for line in text[body_start:].split("\n"):
        line = line.strip()
        if line:
            if len(line) <= 160:
                return line
            break
    if spans:
        a, b = spans[0]
        t = text[a:b]
        return t if len(t) <= 160 else t[:157].rsplit(" ", 1)[0] + "…"
    return None


# a title naming an unnamed official as the one who speaks: "Background briefing by a senior
# US defense official on ...", "Remarks by a senior British government official"
_BY_UNNAMED_OFFICIAL = compile_fast(
    r"\b(?:briefing|remarks|press conference|call|transcript)\s+(?:\w+\s+)?(?:by|with)\s+"
    r"(?:an?\s+)?(?P<np>(?:senior\s+)?[A-Za-z.]+(?:\s+[a-z]+){0,3}\s+"
    r"(?:officials?|spokes(?:man|woman|person)))\b",
    re.I,
)


def _masthead_side(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The side of the body a report's first line names alone ("U.S. Department of Defense",
    "Ministry of Defence of Ukraine"): the issuer of a transcript or a statement, if any; or
    of the unnamed official its title says speaks ("briefing by a senior US defense
    official")."""
    if not spans:
        return None
    head_end = min(spans[0][1], spans[0][0] + 200)
    if "by " in text[spans[0][0] : head_end]:
        m = _BY_UNNAMED_OFFICIAL.search(text, spans[0][0], head_end)
        if m is not None:
            return attr.side_of_phrase(m.group("np"))
    if spans[0][1] - spans[0][0] > 60:
        return None
    line = text[spans[0][0] : spans[0][1]].strip()
    if (
        "\n" in line
        or ":" in line
        or not attr._ORG_WORD.search(line)
        or not attr.np_is_speaker(line)
    ):
        return None
    return attr.side_of_phrase(line)


def _parse_records(
    text: str,
    *,
    report_id: str | None = None,
    source: str | None = None,
    title: str | None = None,
    path: str | None = None,
    unattributed: str = "none",
    places: list[dict] | None = None,
) -> dict[str, list[dict]]:
    if unattributed not in _SENT_KEEP:
        raise ValueError(f"unattributed must be one of {_SENT_KEEP}, not {unattributed!r}")
    text = text or ""
    rid, sha = _report_id(text)
    rid = report_id or rid
    body_start, hdr_date, hdr_source = header(text)
    # one dateline search serves the date, the outlet and the first sentence's start
    body = text[body_start:]
    dm = dateline_match(body)
    line_date, line_outlet = dateline(body, dm)
    date, precision = report_date(
        text, body_start, hdr_date, path, line_date, bool(dm and dm.group("year"))
    )
    index, _ = attr.outlets_table()
    if line_outlet:
        line_outlet = index.get(line_outlet, line_outlet)
    spans = split_sentences(text, body_start)
    if dm is not None and dm.start() == 0 and body_start and text[body_start - 1] != "\n":
        # "^" holds at the body's start although the body starts mid-line (after a header on
        # the same line): within the whole text that is no line start, so search there; any
        # later match is the same in both
        dm = dateline_match(text, body_start)
        dm_span = (dm.start("place"), dm.end()) if dm else None
    else:
        dm_span = (dm.start("place") + body_start, dm.end() + body_start) if dm else None
    if dm_span:
        for i, (sa, sb) in enumerate(spans[:4]):
            if sa <= dm_span[0] < sb and dm_span[1] < sb:
                spans[i] = (dm_span[1], sb)
                break
    else:
        # "KYIV, Ukraine (AP) - Ukraine said ...": an agency dateline with no date opens the
        # first sentence; the sentence, and who speaks in it, starts after the dash
        for i, (sa, sb) in enumerate(spans[:4]):
            am = _AGENCY_LINE.match(text[sa:sb])
            if am is not None and am.end() < sb - sa:
                rest = text[sa + am.end() : sb]
                spans[i] = (sa + am.end() + len(rest) - len(rest.lstrip()), sb)
                break
    bylines: dict[int, str] = {}
    for i, (sa, sb) in enumerate(spans[:4]):
        # matched on the line itself: "^" holds only at the start of the string searched
        line = text[sa:sb] if sb - sa <= 120 else ""
        bm = _BYLINE.match(line) if line else None
        if bm:
            o = (bm.group("o1") or bm.group("o2")).strip()
        else:
            # "BBC News, 4 April 2022": the outlet, then the date
            bm = _BYLINE_LEAD.match(line) if line else None
            o = bm.group("o").strip() if bm and bm.group("o").strip() in index else None
        if o:
            bylines[i] = o
            if not line_outlet and o in index:
                line_outlet = index[o]
    if not line_outlet:
        # "KYIV, Ukraine (AP) —", "KHARKIV, 18 July (Ukrinform) -": an agency dateline that
        # gives no date the date parser reads
        am = _AGENCY_LINE.search(body, 0, 800)
        if am and am.group("o").strip() in index:
            line_outlet = index[am.group("o").strip()]
    masthead_side = _masthead_side(text, spans)
    out: dict[str, list[dict]] = {k: [] for k in TABLE_COLUMNS if k != "skipped"}
    out["reports"].append(
        {
            "report_id": rid,
            "date": date,
            "title": title or _title(text, body_start, spans),
            "source": source or hdr_source,
            "n_chars": len(text),
            "sha256": sha,
            "date_precision": precision,
            "path": str(path) if path else None,
            "outlet": line_outlet,
            "n_sentences": len(spans),
        }
    )
    if not spans:
        return out
    if places is None:
        places = _places_in(text)
    places = [p for p in places if p.get("start", 0) >= body_start]
    starts = [a for a, _ in spans]
    by_sent: dict[int, list[dict]] = {}
    for p in places:
        k = bisect_right(starts, int(p["start"])) - 1
        if k >= 0 and int(p["start"]) < spans[k][1]:
            p["sentence"] = k
            p["rs"] = int(p["start"]) - spans[k][0]
            by_sent.setdefault(k, []).append(p)
        else:
            p["sentence"] = None
    speakers = _Speakers()
    claim_of_sentence: dict[int, str] = {}
    ent_claims: list[tuple[dict, dict | None]] = []
    relayed: dict[int, str] = {}
    spokes_of: dict[int, dict] = {}  # a body -> its spokesperson speaking right after it
    last_origin = None
    # the town a line opens with ("In X, ...", "X: ..."), and where that line ends
    line_topic: tuple[str, int] | None = None
    focus = None
    kinds: dict[str, dict] = {}  # "village" -> the last settlement named "the village of X"
    sites: dict[str, str] = {}  # "plant" -> the last facility named with that head word
    works: dict[str, str] = {}  # the same for evacuations, by the head of name or mention
    salience: dict[str, int] = {}
    # settlements last introduced as "the village of X" / "the town of X" (sentence, place)
    introduced: dict[str, tuple[int, dict]] = {}
    bridge_ctx: tuple[int, dict] | None = None
    last_bridge: tuple[int, dict | None, str, str | None] | None = None
    # a short sentence's bridge row in no one's words (a heading), by sentence index
    headline: tuple[int, dict] | None = None
    # per claiming side, who its earlier sentences' bridge rows say struck the bridges
    bridge_actors: dict[str | None, set[str]] = {}
    last_river: str | None = None
    last_evac: tuple[int, dict | None, dict] | None = None
    # the side of an official writing in the first person with no speaker named (a post, an
    # address): "I ask residents of the following settlements to leave", until someone speaks
    evac_voice: str | None = None
    rivers_named: set[str] = set()  # the rivers the report named so far, without "river"
    # origin -> (sentence, side, paragraph start) of its rows
    evac_side: dict[str | None, tuple[int, str, int]] = {}
    # "liberated several settlements." then "Among those he named were A, B and C."
    listed_claim: tuple[int, str, str | None] | None = None
    author = _author(text, spans, bylines)
    # the country of the report's own outlet (dateline or byline): "RU" for TASS, RIA Novosti
    home = attr.outlet_countries().get(line_outlet or "") or None
    author_ent: dict | None = None
    section_outlet: str | None = None
    separatist = any(w in text for w in _SEPARATIST_WORDS)
    # the sentence just before, when it had no speaker: (index, words, outlet spans)
    unsaid: tuple[int, str, list] | None = None
    answerer: dict | None = None  # a transcript's last named answerer ("A (Surname): ...")
    turn_ent: dict | None = None  # the speaker of a transcript's turn under "SURNAME: ..."
    turn_end = -1  # ... and where it ends (a separator line, a heading, a new dateline)
    # the starts of the lines no turn runs on past (:func:`_turn_breaks`), found at the first turn
    breaks: list[int] | None = None
    prev_control: list[dict] = []  # the sentence before's control rows
    prev_sp: list[dict] = []  # ... and its places
    # the rows of a side's own claimed ground so far, each with its sentence's index
    own_claims: list[tuple[int, dict]] = []
    n_claim = 0
    # the author of the channel post being read, and where the post ends (a blank line)
    post_ent: dict | None = None
    post_end = -1
    # the speaker a digest item's heading names ("3) NAME, head of X"), and where the item ends
    item_ent: dict | None = None
    item_end = -1
    in_note = False  # past an "Editor's note": the compiler's words, not the author's
    for k, (a, b) in enumerate(spans):
        s = text[a:b]
        if len(s) < 120 and _CREDIT.match(s) or k in bylines:
            continue
        if not in_note and _NOTE_LEAD.match(s):
            in_note = True
        if (
            ("|" in s or s[-1:].isdigit() and s[-3:-2] in (":", "."))  # "... | NAME", "NAME, 10:02"
            and "\n" not in s
            and (a == 0 or text[a - 1] == "\n")
        ):
            head = _post_author(s, speakers, k, home)
            if (
                head is not None
                and head["side"] is None
                and head["kind"] == "person"
                and not _APPOINTEE_HEADER.search(s)
            ):
                # "10:40 | Pavlo Kuzmenko, mayor of Okhtyrka": the place the header's official
                # serves, as for an official named in a sentence
                whole = {"start": 0, "end": len(s)}
                head["side"] = _local_side(s, whole, by_sent.get(k, []), focus, home)
            if head is not None and "seat" not in head:
                # (and the place the posts below speak for when they name none)
                head["seat"] = next(
                    (p for p in by_sent.get(k, []) if p["kind"] in ("settlement", "region")), None
                )
            if head is not None:
                # "08:10 | NAME, head of X": the post below the header line is in NAME's voice
                post_ent = head
                relay = attr.find_outlet(s)[0]
                if relay is not None:
                    relayed[id(head)] = relay  # "13:30 | NAME, quoted by Suspilne"
                post_end = _end_at(text, "\n\n", b)
                continue
        # a live-blog "07:55" prefix is never part of a speaker's name
        tm = _TIMESTAMP.match(s) or (_ITEM_NUMBER.match(s) if s[:1].isdigit() else None)
        sa = " " * tm.end() + s[tm.end() :] if tm else s
        tag_rec = None
        if sa.lstrip(" ")[:1] == "[":
            sa, tag_rec = _blank_post_tag(sa)
            if not sa.strip():
                # a post tag on a line of its own ("[22.06, Russian MoD, via TASS]") labels the
                # posts below it, up to the next tag: no statement of its own
                section_outlet = attr.find_outlet(s)[0]
                head = (
                    {"np": tag_rec["name"], "cue": None, "start": 0, "end": 0}
                    if tag_rec is not None
                    else _tag_speaker(s)
                )
                if head is not None:
                    # "[Kursk region administration, 15:45]": the post below is in its voice
                    post_ent = speakers.resolve(head, k)
                    post_end = _end_at(text, "\n\n", b)
                continue
        outlet, outlet_spans = attr.find_outlet(sa)
        # "told Russian state television": the outlet of this statement only
        media = attr.media_outlet(sa) if outlet is None else None
        section = len(s) < 100 and s.endswith(":")
        is_headline = "\n" not in s and not s.rstrip().endswith((".", "?", "!", '"', "”", "’"))
        found = attr.headline_speaker(sa) if is_headline else None
        found = found or attr.find_speaker_phrase(sa, outlet_spans)
        if found is None and ":" in sa[:80] and (a == 0 or text[a - 1] == "\n"):
            # "[13:05] NAME:" / "Surname, second post: ..." heading a digest post: a bare
            # surname is the person the digest named in full before ("Oleh Petrenko, head
            # of X" ... "Petrenko: the village is held by our forces")
            found = _surname_label(sa, speakers)
        if section and found is None:
            # a section header: "Ukrainian version, as reported by Ukrinform:" relays what
            # follows it, up to the next header
            section_outlet = outlet
        if (
            found is None
            and k > 0
            and (a == 0 or text[a - 1] == "\n")
            and text[b : b + 1] in ("\n", "", " ", "[")
        ):
            # a digest's section heading names who the posts below it are from: no statement
            # of its own, but "The ministry says" below it is that ministry
            timed = _TAG_TIME.search(s.rstrip(" \n")) is not None
            head = attr.section_speaker(_TAG_TIME.sub("", s.rstrip(" \n")) if timed else s)
            if head is not None and not s.rstrip().endswith(":"):
                item_ent = speakers.resolve(head, k)
                if item_ent is not None and item_ent["side"] is None and "(" in s:
                    # "MINISTRY FOR X (Deputy Prime Minister NAME, 12:15)": a body of no known
                    # side speaks through the official its gloss names, of that official's side
                    item_ent["side"] = _gloss_side(s)
                item_end = _end_at(text, "\n\n", b)
                if timed:
                    # "NAME, head of X, 10:02" over a post: the post is in NAME's voice, as
                    # under "10:02 | NAME" (the time after the name)
                    post_ent, post_end = item_ent, item_end
                relay = attr.find_outlet(s)[0]
                if relay is not None:
                    relayed[id(item_ent)] = relay  # "6) Defence ministry (via RIA Novosti)"
                continue
            # "2) Deputy Minister NAME, on Telegram:" introduces the quote below it
            found = head
        if found and found["start"] > 0 and found["np"] in ("it", "they"):
            # "The regional administration has been urging people to leave, it said": the body
            # the sentence opens with, not the last speaker
            subject = attr.body_subject(sa[: found["start"]], outlet_spans)
            if subject is not None:
                found = subject
        if found and found["np"] in ("he", "she") and found["end"] > 3:
            found = _parenthetical_subject(sa, found, outlet_spans)
        if found and found["np"] == "We" and _NARRATOR_WE.match(sa):
            # "We have not observed ground attacks", "We assess that ...", "We could not verify
            # the footage": the report's own voice (its author, if it has one), not the last
            # speaker quoted
            found = None
        before = speakers.last
        before_seen = before["seen"] if before is not None else -9
        ent = speakers.resolve(found, k) if found else None
        if (
            found
            and item_ent is not None
            and a < item_end
            and ent is not item_ent
            and _ITEM_REFERENCE.match(found["np"])
            and (
                # (a person's pronoun for a person, a body's for a body: under "KREMLIN
                # (spokesman NAME)" a "He said" is the spokesman named in the item)
                found["np"].lower() in ("he", "she")
                and item_ent.get("kind") == "person"
                or found["np"].lower() in ("it", "they")
                and item_ent.get("kind") != "person"
                or found["np"].lower().rsplit(None, 1)[-1] in item_ent["name"].lower()
                # "4. The Red Cross" then "a spokesman says": the body's own spokesman
                or item_ent.get("kind") != "person"
                and _SPOKES.search(found["np"]) is not None
            )
        ):
            # "3. NAME, head of X" then "She says ...", "The council says ...": in a digest
            # item under a heading that names its speaker, a pronoun or the body's kind is
            # that speaker, not the one quoted last
            ent = speakers._touch(item_ent, k)
        if (
            masthead_side is not None
            and ent is not None
            and ent["side"] is None
            and ent["kind"] in ("unnamed", "body")
            and found["cue"] == "colon"
        ):
            # "U.S. Department of Defense / ... / SENIOR DEFENSE OFFICIAL: ...": a transcript's
            # unnamed speaker is the issuing body's own official
            ent["side"] = masthead_side
        colon_turn = found is not None and found["cue"] == "colon" and found["start"] == 0
        if turn_ent is not None and a >= turn_end:
            turn_ent = None  # "*", a heading, a new dateline: the turn is over
        if (a == 0 or text[a - 1] == "\n") and (colon_turn or _TURN_LABEL.match(s)):
            # a transcript turn under a surname in capitals ("KOTIN: ...", "MIZINTSEV (NAME,
            # role): ...") goes on over the paragraphs below until the next labelled turn
            turn_ent = ent if colon_turn and attr.is_caps_name_turn(found["np"]) else None
            if turn_ent is not None:
                if breaks is None:
                    breaks = _turn_breaks(text, body_start)
                turn_end = _turn_end(text, b, None, breaks)
        elif turn_ent is not None and found is not None and ent is not turn_ent:
            turn_ent = None  # the narrator names another speaker: the turn is over
        elif ent is None and turn_ent is not None and not is_headline and outlet is None:
            # "(MIZINTSEV: ...) In the liberated X, ..." (not a relay note naming an outlet)
            ent = speakers._touch(turn_ent, k)
        if found is not None and found["cue"] == "colon" and sa[:1] == "A":
            answerer = ent  # "A (Surname): ..." in a transcript
        elif found is None and answerer is not None and attr.unnamed_answer(sa):
            ent = speakers._touch(answerer, k)  # a later bare "A: ..." is the same answerer
        if tag_rec is not None and (
            ent is None
            or _DEFINITE.match(found["np"])
            and attr.split_name_role(found["np"])[2] == "unnamed"
        ):
            # "[Milblogger X, 13:40] The channel wrote ...": the tag says whose post it is
            cue = found["cue"] if found else None
            ent = speakers.resolve({"np": tag_rec["name"], "cue": cue, "start": 0, "end": 0}, k)
        if ent is not None and found and "seat" not in ent:
            # the place in the title the speaker is named with ("Irpin mayor NAME", "head of the
            # Mykolaiv regional administration"): what a later "he said" speaks for
            ent["seat"] = next(
                (
                    p
                    for p in by_sent.get(k, [])
                    if found["start"] <= p["rs"] < found["end"]
                    and p["kind"] in ("settlement", "region")
                    and _is_seat(p, s)
                ),
                None,
            )
            if ent["seat"] is None and prev_sp and _TOWNS_MAYOR.match(found["np"]):
                # "Okhtyrka was shelled again. The town's mayor, NAME, asked ...": the town the
                # sentence before opened on
                first = prev_sp[0]
                ent["seat"] = first if first["kind"] == "settlement" and first["rs"] <= 2 else None
        if (
            ent is None
            and s[:1] in '"“'
            and k > 0
            and text[max(0, a - 3) : a].rstrip(" \n").endswith(":")
            and speakers.last is not None
            and speakers.last["seen"] == k - 1
        ):
            # the quote a "NAME, on Telegram:" line introduces is NAME's
            ent = speakers._touch(speakers.last, k)
        if (
            ent is None
            and found is None
            and s[:1] in '"“'
            and s.rstrip()[-1:] in '"”'
            and k > 0
            and speakers.last is not None
            and speakers.last["seen"] == k - 1
            and "\n" not in text[spans[k - 1][1] : a]
            and _QUOTE_SAID.search(text, spans[k - 1][0], spans[k - 1][1]) is not None
        ):
            # '"We hold the city," he said. "The enemy will not pass."': a whole quote right
            # after a quote its speaker was named for goes on in the same voice
            ent = speakers._touch(speakers.last, k)
        if found and found["start"] > 0 and found["np"] in ("he", "she"):
            # a "he said" with no one before it: the person the sentence opens with; and
            # "President X is shocked by the strikes, his office says": a named person with a
            # title opening the sentence, whoever spoke last
            subject = attr.person_subject(sa[: found["start"]], outlet_spans)
            if subject is not None and (ent is None or _titled_or_known(subject["np"])):
                found, ent = subject, speakers.resolve(subject, k)
        if found and unsaid is not None and unsaid[0] == k - 1 and found["np"] in _OPENER_PRONOUNS:
            # "President X was asked whether ... . He answered ...", "The ministry gave no
            # sign of it. In its summary it said ...": the one the sentence before (which has
            # no speaker) opens with, not the last speaker
            opener = _OPENER_PRONOUNS[found["np"]](unsaid[1], unsaid[2])
            if opener is not None and _titled_or_known(opener["np"]):
                ent = speakers.resolve(opener, k)
        if ent is not None and ent["side"] is None and found and found["end"]:
            # "said Vitalii Barabash, who heads the town's military administration": the body
            # the relative clause names
            who = _WHO_HEADS.search(s, found["start"], found["end"] + 90)
            if who is not None:
                body = who.group(0)
                # (Russian state media name occupation officials' bodies with no qualifier)
                ent["side"] = attr.institution_side(body) or (
                    attr.side_of_phrase(body) if home != "RU" else None
                )
        if (
            ent is not None
            and ent["side"] is None
            and found is not None
            and ent["kind"] in ("person", "unnamed")
        ):
            # (not for a speaker carried over with no phrase in this sentence: a quote going
            # on in the voice of the one before)
            ent["side"] = _local_side(s, found, by_sent.get(k, []), focus, home)
        if ent is not None and ent["side"] is None:
            ent["side"] = _militia_side(ent, separatist)
        relay_note = (
            ent is None
            and outlet is not None
            and speakers.last is not None
            and k - speakers.last["seen"] <= 1
        )
        if (
            ent is not None
            and found is not None
            and found["cue"] == "colon"
            and (
                found["start"] <= 3
                # "[13:30] NAME: ...", "09:15 - NAME: ...": a post's time stamp before its writer
                # (blanked out of ``sa``)
                or (tm is not None or s[:1] == "[")
                and not sa[: found["start"]].strip()
            )
            and (a == 0 or text[a - 1] == "\n")
            and sa[:1] not in "QA"
        ):
            # a transcript's turn, "HUMENIUK: No. When the occupiers ran away ... . The railway
            # bridge was already out of service ...": the rest of its paragraph is the turn's
            post_ent = ent
            # a label alone on its line ("[13:05] NAME:", "NAME, head of X:") heads the lines
            # below it up to the blank line: "[09:40] Mayor NAME:\nThe town is held by our
            # forces." is the mayor's
            label = s.rstrip(" ").endswith(":") and text[b : b + 1] == "\n"
            if breaks is None:
                breaks = _turn_breaks(text, body_start)
            post_end = _turn_end(text, b + label, "\n\n" if label else "\n", breaks)
        elif ent is not None and post_ent is not None and ent is not post_ent and a < post_end:
            # a post that names someone else speaking is a summary: its bare sentences are the
            # compiler's ("NAME said ... . He did not mention X.")
            post_ent = None
        if relay_note and not section and (author is None or _RELAY_NOTE.match(s) is not None):
            # "His remarks were carried by RIA Novosti." relays the previous speaker (in a
            # transcript too: not its author, whose voice its unattributed sentences are in)
            relayed[id(speakers.last)] = outlet
        elif ent is None and post_ent is not None and a < post_end and not is_headline:
            # a sentence of a channel post with no speaker of its own: the post's author
            ent = speakers._touch(post_ent, k)
        elif ent is None and item_ent is not None and a < item_end and not is_headline:
            # a digest item under a heading that names its speaker, told with the subject
            # left out: "Says the strike hit a school", "Claims Russian units hold the line",
            # "Does not mention the city": the heading's speaker
            ent = speakers._touch(item_ent, k)
        elif (
            ent is None
            and author is not None
            and not is_headline
            and not relay_note
            and not in_note
            # (the line saying whose posts follow is the compiler's, not a post: "Posts by
            # NAME, head of X, translated.")
            and not (k < 3 and _POSTS_BY.match(s))
        ):
            if author.get("lead") or author_ent is None:
                # the author already speaking in the body under one of its names is one entity
                author_ent = speakers._by_name(author["name"])
            if author_ent is None and not author.get("lead"):
                author_ent = {
                    "name": author["name"], "role": author["role"], "side": author["side"],
                    "kind": author["kind"], "seen": k,
                }  # fmt: skip
                if author.get("surface"):
                    author_ent["display"] = author["surface"]
                speakers.ents.append(author_ent)
            ent = author_ent if author_ent is not None else None
        unsaid = (k, sa[:160], outlet_spans) if ent is None and not is_headline else None
        if (
            ent is not None
            and before is not None
            and before is not ent
            and k - before_seen <= 1
            and before["kind"] == "body"
            and ent["kind"] == "person"
            and before["side"] == ent["side"]
            and "spokes" in (ent["role"] or "").lower()
        ):
            # "The Defence Ministry said ... . Spokesman Igor Konashenkov told RIA Novosti
            # ...": the ministry's statement is relayed where its spokesman's is
            spokes_of.setdefault(id(before), ent)
        if ent is not None and (outlet or media) and "outlet_home" not in ent:
            # (media named by kind: "Russian news agencies" are Russia's)
            home_of = attr.outlet_countries().get(outlet) if outlet else None
            ent["outlet_home"] = home_of or attr.side_of_phrase(media)
        if ent is not None and (
            is_headline
            and (ent["kind"] == "unnamed" or ent["kind"] == "body" and ent["side"] is None)
            # a lede's "Russia said on Sunday its forces had taken X" sums up the statement the
            # body then gives its speaker: like a headline's, it is that named speaker's
            or k <= 2
            and ent["kind"] == "unnamed"
            and attr.METONYM_SPEAKER.match(ent["name"])
        ):
            ent["headline"] = True
        # with no speaker, an authority of a side doing the thing is who the event rows come
        # from ("Ukrainian authorities have ordered the evacuation of ...")
        side = ent["side"] if ent else _authority_side(s)
        sp = [
            p
            for p in by_sent.get(k, [])
            if not p.get("metonym")
            and not (found and ent and ent["kind"] == "person" and _in_name(p, found, ent, s))
        ]
        low = s.lower()
        gates = _SENTENCE_GATES(low)
        bridge_gate = (
            "bridge" in low
            or "crossing" in low
            or "pontoon" in low
            or (" dam" in low and "road " in low and _BRIDGE.search(s) is not None)
            # "the span over the Siverskyi Donets", "the railway link across the Dnipro"
            or ((" span" in low or " link" in low) and _BRIDGE.search(s) is not None)
        )
        via_prev = False  # whether the rows speak of the bridge named before ("it")
        if bridge_gate:
            ctx = _bridge_context(s, sp)
            before = text[spans[k - 1][0] : spans[k - 1][1]] if k and "they" in low else None
            bridges = _bridge_rows(
                s, sp, side, before=before, speaker_at=found["start"] if found and ent else None
            )
            if (
                len(bridges) > 1
                and (" but " in low or "though " in low)
                and _STILL_USABLE.search(low) is not None
            ):
                bridges = _damaged_but_usable(bridges)
            if bridges and s.rstrip(" \"”’'").endswith("?"):
                bridges = []  # "How do people get across with the bridge out?": asked, not said
            if ctx is not None:
                if bridge_ctx is not None and k - bridge_ctx[0] <= 1 and ctx["name"] is None:
                    # "The Daryivka bridge. This smaller bridge ... across the Inhulets river"
                    ctx = {"name": bridge_ctx[1]["name"], "river": ctx["river"]}
                    ctx["river"] = ctx["river"] or bridge_ctx[1]["river"]
                bridge_ctx = (k, ctx)
        elif " dam" in low and _DAM_WORD.search(low):
            bridges = []  # a dam with no bridge word: no "it" carry-over either
        else:
            bridges = []
            if bridge_ctx is not None:
                carry = k - bridge_ctx[0] <= 2 and _CARRY_WORDS(f" {low} ")
                # "Khusnullin said trains were running again": traffic back on the bridge the
                # last few sentences spoke of (named, or carried by "it", "the span")
                recent = max(bridge_ctx[0], last_bridge[0] if last_bridge is not None else -9)
                traffic = (
                    k - recent <= 4 and _TRAFFIC_GATE(low) and _TRAFFIC_BACK.search(low) is not None
                )
                if carry or traffic:
                    bridges = _bridge_rows(s, sp, side, prev=bridge_ctx[1], traffic=traffic)
                    via_prev = bool(bridges)
                if (
                    not bridges
                    and last_bridge is not None
                    and k - last_bridge[0] <= 5
                    and _AUTHOR_GATE(low)
                    and (culprit := _attack_author(s)) is not None
                ):
                    # "... partial collapse of two spans. ... the operation was organised by
                    # Ukraine's special services": who carried out the attack just reported
                    recent_start = spans[max(0, k - 3)][0]
                    bridges = _credit_attack(
                        out["bridges"], recent_start, side, culprit, bridge_ctx[1]
                    )
                    for r in out["bridges"]:
                        if r["actor_side"] is not None and r["start"] >= recent_start:
                            bridge_actors.setdefault(r["claimed_by_side"], set()).add(
                                r["actor_side"]
                            )
        kfocus = _kind_focus(low, kinds, focus) if kinds else focus
        if sp and (a == 0 or text[a - 1] == "\n") and (s[:3] in ("In ", "At ") or ":" in s[:40]):
            # "In Mariupol, the deputy prime minister said buses could not reach the city",
            # "Sievierodonetsk: ... No evacuation from the city is possible": the town a line
            # opens with is what its sentences speak of where they name no place of their own
            topic = _line_topic(s, sp)
            if topic is not None:
                line_topic = (topic, _end_at(text, "\n", a))
        if len(sp) == 1 and len(s) < 40:
            # "* Avdiivka." heading an item of a roundup: the item's sentences speak of it
            last_origin = _item_label(s, sp[0]) or last_origin
        if found and "mayor" in low and ("the town" in low or "the city" in low):
            # "Irpin mayor X says the town has been cleared": the mayor's own town
            kfocus = _mayors_town(s, sp, (found["start"], found["end"])) or kfocus
        for p in sp:
            if p["kind"] == "river":
                rivers_named.add(_river_stem(p["name"]))
        esp, both_ev = sp, None
        if ("both " in low or "the two " in low) and _may_evacuate(s, low, gates):
            # "both cities", "the two towns": the two settlements named just before
            esp, both_ev = _with_both_towns(
                s, sp, prev_sp, (found["start"], found["end"]) if found else (0, 0)
            )
        # most sentences hold no word of the evacuation gate: skip the call and the fallback
        # place its arguments look up (see _may_evacuate)
        evac = (
            _evac_rows(
                s, _not_river_homonyms(s, esp, rivers_named) if rivers_named else esp, side,
                (_site_named(s, low, sites) if sites and not sp else None)
                or (_there_place(low, sp, prev_sp) if "there" in low and prev_sp else None)
                or (kfocus["name"] if kfocus is not focus else None)
                or (line_topic[0] if line_topic is not None and a < line_topic[1] else None)
                or last_origin or (focus["name"] if focus else None),
                speaker=(found["start"], found["end"]) if found else None, sites=works,
                seat=ent.get("seat") if ent is not None else None,
                # (the gates read ``lower(s)``: the same text unless lower-casing moved offsets)
                words=gates & _S_EVAC_WORDS if len(low) == len(s) else None,
                after_evac=last_evac is not None and k - last_evac[0] <= 3
                and "\n" not in text[last_evac[2]["start"] : a],
            )
            if _may_evacuate(s, low, gates)
            else None
        )  # fmt: skip
        if (
            evac
            and (era := _OTHER_ERA.search(low)) is not None
            and not _NOW_WORDS.search(low)
            and (
                era.group("year") is None
                or isinstance(date, str)
                and date[:4].isdigit()
                and int(era.group("year")) < int(date[:4]) - 1
            )
        ):
            # "after the 1986 reactor explosion, when 100,000 people were evacuated": the
            # history of the place, not an evacuation the report tells
            evac = None
        if (
            not evac
            and last_evac is not None
            and k - last_evac[0] == 1
            and "route" in low
            and "from" in low
        ):
            # "... so that several corridors can operate today. Among them are routes from Bucha
            # and Irpin towards Kyiv and from Sumy to Poltava": the corridors just spoken of
            evac = _route_rows(s, sp, last_evac[2]) or None
        if evac and both_ev is not None:
            # "Shelling of A and B went on. Buses were still leaving the two cities": the rows
            # of the first town are the second's too
            evac = evac + [{**r, "origin": both_ev[1]} for r in evac if r["origin"] == both_ev[0]]
        site_row = [r.pop("site", False) for r in evac or ()]
        if (
            evac
            and ent is None
            and speakers.last is not None
            and speakers.last["seen"] == k - 1
            and speakers.last["side"] is not None
            and _PRONOUN_ASK.match(s)
        ):
            # "NAME, deputy commander of X, said ... He pleaded for the wounded to be taken
            # out": a request in the next sentence is the same speaker's
            for r in evac:
                r["claimed_by_side"] = r["body_side"] = speakers.last["side"]
        elif evac and ent is None and speakers.last is not None and speakers.last["side"]:
            # "Ministry of Defence (as carried by RIA Novosti): ... The crew has been evacuated.":
            # a paragraph opened by "SPEAKER:" is that speaker's statement throughout
            p0 = text.rfind("\n", 0, a) + 1
            if ":" in text[p0 : min(a, p0 + 160)] and spans[speakers.last["seen"]][0] >= p0:
                for r in evac:
                    r["claimed_by_side"] = r["body_side"] = speakers.last["side"]
        if evac and ent is None and evac[0]["claimed_by_side"] is None:
            # "Spokesman: ... The passage they had hoped to lead out of Mariupol did not take
            # place.": a transcript's answer, in the voice of the one its label named before
            # ("Spokesman Stephane Dujarric: ...")
            p0 = text.rfind("\n", 0, a) + 1
            lab = _SPEAKER_LABEL.match(text, p0) if p0 < a else None
            who = _label_speaker(text[p0 : lab.end()], speakers.ents) if lab else None
            if who is not None:
                for r in evac:
                    r["claimed_by_side"] = r["body_side"] = who["side"]
        if evac and side is None and ent is None and _ASKED_VERB.search(low):
            # "General X offered two exit routes from the city": with no speaker, an offer or a
            # request made (a verb, not the noun: "its evacuation orders remain in force") is
            # the statement of the side making it
            for r in evac:
                if r["status"] == "requested" and r["requested_by_side"] is not None:
                    r["claimed_by_side"] = r["body_side"] = r["requested_by_side"]
        if (
            evac
            and evac[0]["claimed_by_side"] is None
            and side is None
            and ("humanitarian" in low or "aid " in low or "partners" in low)
            and _AID_BODY.search(s)
        ):
            # "Humanitarian organisations call on all parties to let civilians leave": the
            # aid community speaks as an international body
            for r in evac:
                r["claimed_by_side"] = r["body_side"] = "INTL"
                if r["status"] == "requested" and r["requested_by_side"] is None:
                    r["requested_by_side"] = "INTL"
        elif (
            evac
            and side == "INTL"
            and any(r["status"] == "requested" and r["requested_by_side"] is None for r in evac)
            and ("humanitarian" in low or "aid " in low or "partners" in low)
            and _AID_BODY.search(s)
        ):
            # (in an update whose author is an international body: the call is still the aid
            # community's own)
            for r in evac:
                if r["status"] == "requested" and r["requested_by_side"] is None:
                    r["requested_by_side"] = "INTL"
        if ent is not None:
            evac_voice = None
        elif evac and side is None and evac[0]["claimed_by_side"] is None:
            if (
                _FIRST_PERSON.search(s)
                and not any(q in s for q in '"“”')
                # (not an answer in a transcript: "Spokesman: ... What we want is ...")
                and _SPEAKER_LABEL.match(text, text.rfind("\n", 0, a) + 1) is None
            ):
                # "I ask residents of ... to leave", "the areas we are evacuating from": the
                # official the post is by, of the side that runs the place people leave (or
                # that the post's earlier rows spoke for)
                own = _origin_side(low, evac[0]["origin"])
                if own == "UA" and home == "RU":
                    own = "RU"  # (Russian media name occupation officials with no qualifier)
                evac_voice = own or next(
                    (r["claimed_by_side"] for r in reversed(out["evacuations"])
                     if r["claimed_by_side"] is not None),
                    evac_voice,
                )  # fmt: skip
                for r in evac:
                    if r["status"] == "requested" and r["requested_by_side"] is None:
                        r["requested_by_side"] = evac_voice
            if evac_voice is not None:
                # "Evacuation continues.", "Those who are evacuated will be brought to Kherson":
                # the post goes on in the same voice
                for r in evac:
                    r["claimed_by_side"] = r["body_side"] = evac_voice
        if evac and evac[0]["claimed_by_side"] is None and side is None and _has_local_body(low):
            # "Police evacuation teams continue to take out the residents of X": with no
            # speaker, the body doing the evacuating says it, of the side it serves
            # (kept for the end, where a speaker whose side is known by then outranks it)
            for r in evac:
                r["claimed_by_side"] = r["body_side"] = _evac_body_side(s, low, r["origin"])
        if evac and evac[0]["origin"] and not site_row[0]:
            # (a works a sentence speaks of as "the plant" stays that sentence's: "They left
            # the plant in May" does not move the report's story there)
            last_origin = evac[0]["origin"]
        csp = _with_regional_centre(s, sp, prev_sp) if "regional cent" in low else sp
        both = None
        if gates & _S_CONTROL and "both " in low:
            # "... attacks on Popasna and Rubizhne. Ukrainian troops still hold both towns."
            csp, both = _with_both_towns(
                s, csp, prev_sp, (found["start"], found["end"]) if found else (0, 0)
            )
        if gates & _S_CONTROL and _REGION_WORDS(low):
            csp = _with_region_anaphor(s, csp, prev_sp)  # "the region was fully under ..."
        if (
            k
            and not sp
            and prev_sp
            and ": " in s[:60]
            and text[spans[k - 1][0] : spans[k - 1][1]].rstrip().endswith("?")
        ):
            # "Q: And Kyiv itself?" / "OFFICIAL: Still in Ukrainian hands.": the answer's
            # subject is the one place the question asked about
            csp = _answered_place(s, prev_sp) or csp
        control = (
            _control_rows(
                s,
                csp,
                side,
                _speaker_town(s, sp, found)
                # ("Kuzmenko said Ukrainian forces still hold the town": the mayor's own town)
                or (
                    ent["seat"]
                    if ent is not None
                    and ent.get("seat") is not None
                    and ent["seat"]["kind"] == "settlement"
                    and "mayor" in (ent.get("role") or "").lower()
                    and ("the town" in low or "the city" in low)
                    and not any(p["kind"] == "settlement" for p in sp)
                    else None
                )
                or _recent_referent(introduced, k, low)
                or (_it_referent(prev_sp, low) if "it " in low and prev_sp else None)
                # (an answer in the same paragraph: a new one speaks of the report's focus)
                or (
                    _last_claimed_town(prev_control, prev_sp, sp, low, side)
                    if k and "\n" not in text[spans[k - 1][1] : a]
                    else None
                )
                or (
                    _paragraph_town(by_sent, k, spans, text)
                    if k
                    and ("the town" in low or "the city" in low)
                    and kfocus is focus
                    and not any(p["kind"] == "settlement" for p in sp)
                    and _TOWN_WORD.search(low) is not None
                    else None
                )
                or kfocus,
                speaker=(found["start"], found["end"]) if found else None,
                inherited=found is None or (author_ent is not None and ent is author_ent),
            )
            if gates & _S_CONTROL
            and not (s.rstrip().endswith("?") and _YES_NO_QUESTION.match(sa))
            # a row needs a place: a gazetteer mention, an industrial site or "the city"
            and (
                csp
                or _GENERIC_PLACE.search(s)
                or (focus is not None and _CITY_WORD.search(s))
                or ("it " in low and prev_sp and _it_under(low))  # "it remains under ..."
                or "of our " in low  # "20% of our territory": the speaker's country
                # "the left bank was protected by Russian troops": a river bank as the subject
                or ("bank" in low and _BANK_SUBJECT.search(low) is not None)
            )
            else []
        )
        if both is not None:
            control = control + [
                {**r, "place": both[1]}
                for r in control
                if r["place"] == both[0]
                and not any(
                    x["place"] == both[1] and x["controller_side"] == r["controller_side"]
                    for x in control
                )
            ]
        if gates & _S_DENIAL:
            # the claim denied: this sentence's, the one before's or a recent one's
            # (a side's claim of the last few sentences, not only the sentence before, which
            # may be the denier's own claim about another place; any earlier one of a place
            # the denial names: "the claim about Vovchansk was false")
            named = {p["name"] for p in sp}
            recent = [r for at, r in own_claims if k - at <= 4 or r["place"] in named]
            denied = (control or prev_control) + recent
            control = control + _called_false(s, denied, side, sp)
        prev_control, prev_sp = control, sp
        own_claims += [
            (k, r)
            for r in control
            if r["claimed_by_side"] and r["claimed_by_side"] == r["controller_side"]
        ]
        if control and (sites or any(r["place"] in ("site", "station", "island") for r in control)):
            # "the plant was under Russian control", "seized the site": the plant (the facility)
            # the report named before; "the site" with none named before is no place
            for r in control:
                # ("the power station": the power plant named before)
                head = "plant" if r["place"].lower() == "power station" else r["place"].lower()
                if head == "station":
                    # "the station": a station named before, or the power plant named before
                    # ("Russian units guard the station" after "the nuclear power plant"); a
                    # railway station the report never named is no place
                    plant = sites.get("plant", "")
                    head = "station" if "station" in sites else "plant"
                    r["place"] = (
                        sites.get(head) if head == "station" or "power" in plant.lower() else "site"
                    )
                else:
                    r["place"] = sites.get(head, r["place"])
            control = [r for r in control if r["place"] not in ("site", "station", "island", None)]
        for p in sp:
            if p["kind"] == "facility":
                sites[p["name"].rsplit(None, 1)[-1].lower()] = sites["site"] = p["name"]
                # the works by the head words of its name and mention ("the Azovstal plant"),
                # "" the last one: what a later "out of the plant" speaks of
                for w in (p["name"], str(p.get("mention") or "")):
                    works[w.rsplit(None, 1)[-1].lower() if w else ""] = p["name"]
                works[""] = p["name"]
        if not control and listed_claim is not None and listed_claim[0] == k - 1:
            control = _listed_places(s, sp, listed_claim[1], side or listed_claim[2])
        listed_claim = None
        if not control and ("settlements" in low or "villages" in low or "towns" in low):
            listed_claim = _unnamed_places_claim(s, side, k)
        for p in sp:
            if p["kind"] == "settlement" and ("village" in low or "town" in low):
                # "liberated the village of Piatykhatky": the next sentence's "the village"
                noun = _INTRODUCED_AS.search(s, max(0, p["rs"] - 30), p["rs"])
                noun = noun or _INTRODUCED_APPOS.match(s, _mention_end(p))
                if noun is not None:
                    introduced[noun.group(1).lower()] = (k, p)
            if (
                p["kind"] == "settlement"
                and not _is_actor(p, s)
                and not (found and found["start"] <= p["rs"] < found["end"])
                and not _FOCUS_SKIP.match(s, _mention_end(p))
                and not (
                    p["rs"] <= 3
                    and s[_mention_end(p) : _mention_end(p) + 1] == ","
                    # (but a dateline in capitals is where the report is: "MYKOLAIV, March 19")
                    and not (p["rs"] == 0 and str(p.get("mention") or "").isupper())
                )
            ):
                # the report's focus: its most mentioned settlement so far (latest on ties)
                salience[p["name"]] = salience.get(p["name"], 0) + 1
                km = _KIND_OF_BEFORE.search(s, max(0, p["rs"] - 20), p["rs"])
                if km is not None:
                    kinds[km.group("k").lower()] = p
                if focus is None or salience[p["name"]] >= salience.get(focus["name"], 0):
                    focus = p
        if is_headline and ent is None and k <= 1:
            # an unattributed headline summarises the body's statements: no rows of its own
            bridges, evac, control = [], None, []
        has_events = bool(bridges or evac or control)
        rivers = [p["name"] for p in by_sent.get(k, []) if p["kind"] == "river"]
        keep = ent is not None or outlet is not None and unattributed != "none"
        keep = ent is not None or unattributed == "all" or (has_events and unattributed == "events")
        cid = None
        if keep:
            n_claim += 1
            cid = f"{rid}-c{n_claim}"
            claim_of_sentence[k] = cid
            row = {
                "claim_id": cid,
                "report_id": rid,
                "speaker": None,
                "speaker_role": None,
                "side": side,
                "outlet": outlet or media or section_outlet,
                "claim_type": claim_type(s),
                "text": s,
                "start": a,
                "end": b,
                "date": date,
                "sentence": k,
                "speaker_kind": None,
                "cue": found["cue"] if found and ent else None,
                "outlet_inferred": not (outlet or media) and section_outlet is not None,
            }
            out["claims"].append(row)
            ent_claims.append((row, ent))
            # "..., and Chechen leader Ramzan Kadyrov wrote that ...": a second speaker in a
            # later clause of the sentence makes a statement of its own
            f2 = (
                attr.second_speaker_phrase(sa, found, outlet_spans)
                if found is not None and ent is not None and not is_headline
                else None
            )
            if f2 is None and found is not None and ent is not None and " and " in found["np"]:
                # "the Freedom of Russia Legion and the Russian Volunteer Corps said": each of
                # two known speakers says it (the whole sentence is the second's statement too)
                f2 = attr.conjoined_speaker(found)
            ent2 = speakers.resolve(f2, k) if f2 is not None else None
            if ent2 is not None and ent2 is not ent:
                if ent2["side"] is None and ent2["kind"] in ("person", "unnamed"):
                    ent2["side"] = _local_side(s, f2, by_sent.get(k, []), focus, home)
                n_claim += 1
                c0 = f2["clause"]
                outlet2 = attr.find_outlet(sa[c0:])[0] or (attr.media_outlet(sa[c0:]) or None)
                row2 = {
                    **row,
                    "claim_id": f"{rid}-c{n_claim}",
                    "outlet": outlet2,
                    "claim_type": claim_type(s[c0:]),
                    "text": s[c0:],
                    "start": a + c0,
                    "cue": f2["cue"],
                    "outlet_inferred": False,
                }
                out["claims"].append(row2)
                ent_claims.append((row2, ent2))
        common = {"report_id": rid, "claim_id": cid, "start": a, "end": b, "date": date}
        for r in bridges:
            bare = r["name"] is None and r["connects"] is None and r["river"] is None
            if (
                bare
                and last_bridge is not None
                and k - last_bridge[0] <= 3
                # (not the second bridge of the same clause: "..., as was the railway bridge")
                and (k > last_bridge[0] or not r.get("second"))
                and (
                    last_bridge[1] is ent
                    and ent is not None
                    # "... blew up the bridge. Analysts cannot confirm this, but the
                    # destruction of the crossings would ...": a sideless voice right after
                    or (k - last_bridge[0] <= 1 and ent is not None and ent["side"] is None)
                )
                and last_bridge[2] == r["status"]
                and r["actor_side"] in (None, last_bridge[3])
                # (not a count of its own: "..., adding that four bridges in the region had
                # now been destroyed": the tally, not the bridge just reported)
                and not (r["count"] or 1) > 1
                # (not the same bridge in another voice: "Artillery destroyed a pontoon, and the
                # ministry assessed that Russia had lost one more": the narrator's, then theirs)
                and (
                    k > last_bridge[0]
                    or not out["bridges"]
                    or out["bridges"][-1]["claimed_by_side"] == r["claimed_by_side"]
                )
            ):
                continue  # "With the crossing gone, he said": the bridge already reported
            if (
                (bare or via_prev)
                and r["actor_side"] is not None
                and last_bridge is not None
                and k - last_bridge[0] <= 2
                and out["bridges"]
                and (last := out["bridges"][-1])["actor_side"] is None
                and last["status"] == r["status"]
                and not (r["count"] or 1) > 1  # (a tally of its own, as above)
                and (
                    last["claimed_by_side"] == r["claimed_by_side"]
                    # "Haidai said the bridge had been destroyed. It was blown up by the
                    # Russians on Sunday.": the next sentence, in no one's words, goes on
                    or r["claimed_by_side"] is None
                    and k - last_bridge[0] <= 1
                )
            ):
                # "The bridge at Stara Sil was destroyed. Russian forces had blown it up, they
                # said": the same account naming who did it (not another side's account)
                last["actor_side"] = r["actor_side"]
                last_bridge = (*last_bridge[:3], r["actor_side"])
                continue
            if (
                r["river"] is None
                and last_river is not None
                and r["count"] == 1
                and bridge_ctx is not None
                and k - bridge_ctx[0] <= 2
            ):
                # one bridge the report is describing crosses the river it last named
                r["river"] = last_river
            named = bridge_actors.get(r["claimed_by_side"], ())
            if r["actor_side"] is None and r["status"] in ("damaged", "destroyed"):
                if len(named) == 1 and not (
                    _another_bridge(r, out["bridges"]) and not _ATTACK_VERB.search(low)
                ):
                    # "Russian missiles struck the bridge, officials said. ... the strike had
                    # damaged it, he said": one attacker in a side's account so far, the unsaid
                    # one is that attacker
                    r["actor_side"] = next(iter(named))
                elif k and not named:
                    # "Russian missiles struck Zatoka overnight. The bridge was damaged": the
                    # force whose attack the sentence before reports
                    r["actor_side"] = _attacker(text[spans[k - 1][0] : spans[k - 1][1]], side)
            if (
                headline is not None
                and headline[0] == k - 1
                and r["claimed_by_side"] is not None
                and headline[1]["status"] == r["status"]
                and out["bridges"]
                and out["bridges"][-1] is headline[1]
            ):
                # "Darivka crossing gone. A councillor wrote that the occupiers had blown up
                # the bridge at Darivka": a heading in no one's words, then who says so
                out["bridges"].pop()
            headline = None
            last_bridge = (k, ent, r["status"], r["actor_side"])
            row = {**common, **r}
            if row.pop("narrated", False):
                row["claim_id"] = None  # the narrator's clause, before the speaker's own
            out["bridges"].append(row)
            if r["claimed_by_side"] is None and len(s) < 60 and ent is None:
                headline = (k, row)
        for r in bridges:  # known from the next sentence on
            # (an attack whose outcome is unsaid names the attacker too: "the enemy fired two
            # missiles at the bridge ... the span has taken damage")
            if r["actor_side"] and r["status"] in ("damaged", "destroyed", "unknown"):
                bridge_actors.setdefault(r["claimed_by_side"], set()).add(r["actor_side"])
        for r in evac or ():
            prev_ev = last_evac if last_evac is not None and k - last_evac[0] <= 2 else None
            if (
                prev_ev is not None
                and ent is not None
                and prev_ev[1] is ent
                and prev_ev[2]["origin"] == r["origin"]
                and prev_ev[2]["status"] == r["status"]
                # (a sentence naming the place itself is a statement of its own: "... ordered
                # families out of X. He said 53,000 people still live in X and urged them to go")
                and not any(p["name"] == r["origin"] for p in sp)
            ):
                # the same statement continued: "... called off. The convoy for Zaporizhzhia
                # could not go ahead." completes the first row
                for key in ("destination", "population", "requested_by_side"):
                    if prev_ev[2].get(key) is None:
                        prev_ev[2][key] = r[key]
                continue
            row_ev = {**common, **r}
            told = evac_side.get(r["origin"])
            para = text.rfind("\n", 0, a)
            if (
                r["claimed_by_side"] is None
                and told is not None
                and k - told[0] <= 2
                # (a new item of a digest is a new account: "2/ No humanitarian corridor exists
                # for those areas" after an official's call in item 1)
                and (told[2] == para or not _DIGEST_ITEM.match(text, para + 1))
            ):
                # "The administration ordered residents of X to leave. Buses would take
                # evacuees to safer parts of the region": with no side of its own, the next
                # sentence on the same evacuation goes on with the same account
                row_ev["claimed_by_side"] = row_ev["body_side"] = told[1]
            if row_ev["claimed_by_side"] is not None:
                evac_side[r["origin"]] = (k, row_ev["claimed_by_side"], para)
                _back_fill_side(prev_ev, k, row_ev)
            out["evacuations"].append(row_ev)
            last_evac = (k, ent, row_ev)
        for r in control:
            out["control"].append({**common, **r})
        if rivers:
            last_river = rivers[-1]
    # a headline's "Russia says ..." / "Moscow claims ..." speaks through the report's first
    # named speaker of that side
    for i, ent in enumerate(speakers.ents):
        if ent.get("headline") and attr.METONYM_SPEAKER.match(ent["name"]):
            target = next(
                (
                    e
                    for e in speakers.ents[i + 1 :]
                    if e["side"] == ent["side"] and e["kind"] in ("person", "body")
                ),
                None,
            )
            if target is not None:
                ent.update(name=target["name"], role=target["role"], kind=target["kind"])
                ent["display"] = target.get("display")
                ent["same_as"] = target  # one speaker: one relaying outlet
        elif ent.get("headline") and ent["kind"] == "unnamed" and not ent.get("plural"):
            target = _headline_voice(ent, speakers.ents[i + 1 :])
            if target is not None:
                ent.update(
                    name=target["name"], role=target["role"], kind=target["kind"],
                    side=ent["side"] or target["side"],
                )  # fmt: skip
                ent["same_as"] = target
                # "Donetsk militia says": whose militia the spokesman below speaks for
                target["side"] = target["side"] or ent["side"]
    for i, ent in enumerate(speakers.ents):
        key = attr.generic_body(ent["name"]) if ent["kind"] == "body" and not ent["side"] else None
        if key is None:
            continue
        # "MoD says ..." (a headline), "the ministry said": the body of that kind the report
        # names with its side, else, in a Russian or Ukrainian outlet, that country's own
        # (a headline's: the first named below it; a body sentence's: the last named before)
        cands = speakers.ents[i + 1 :] if ent.get("headline") else speakers.ents[i - 1 :: -1]
        target = next(
            (
                e
                for e in (cands if i or ent.get("headline") else [])
                if e["kind"] == "body" and e["side"] and attr.generic_body(e["name"], key)
            ),
            None,
        )
        if target is not None:
            ent.update(name=target["name"], role=target["role"], side=target["side"])
            ent["display"] = target.get("display")
            ent["same_as"] = target
        elif home in ("RU", "UA"):
            ent["side"] = home
        elif ent.get("outlet_home") in ("RU", "UA"):
            # "RIA Novosti, citing the Defence Ministry, ...": a Russian outlet's "the
            # Defence Ministry" is Russia's own
            ent["side"] = ent["outlet_home"]
    head = text[body_start : body_start + 300].split("\n", 1)[0]
    for ent in speakers.ents:
        if ent["side"] is None and ent["kind"] == "person" and ent["name"] in head:
            ent["side"] = _title_role_side(head, ent["name"])
    # a transcript under a body's letterhead ("U.S. Department of Defense" alone on the first
    # line, then "SENIOR DEFENSE OFFICIAL: ..."): its unnamed officials speak for that body
    # (the body starts at the newline ending a "date ..." header line)
    first = text[body_start : body_start + 300].lstrip().split("\n", 1)[0].strip()
    letter = attr.lookup_speaker(first) if 2 < len(first) < 60 else None
    if letter is not None and letter["kind"] == "body" and letter["side"]:
        for ent in speakers.ents:
            if (
                ent["side"] is None
                and ent["kind"] == "unnamed"
                and _OFFICIAL_WORD.search(ent["name"]) is not None
            ):
                ent["side"] = letter["side"]
    # speaker names are final only now (a described official may be named later)
    ent_outlet: dict[int, str] = dict(relayed)
    known = attr.outlet_countries()  # a named outlet, not "Russian state television"
    for row, ent in ent_claims:
        # only where the sentence names its speaker: an outlet in a sentence given to the
        # report's author or a carried-over speaker may relay someone else
        if ent is not None and row["outlet"] in known and not row["outlet_inferred"] and row["cue"]:
            ent_outlet.setdefault(id(ent.get("same_as", ent)), row["outlet"])
    for row, ent in ent_claims:
        if ent is not None:
            row.update(
                speaker=ent.get("display") or ent["name"], speaker_role=ent["role"],
                # the curated name however the report writes it ("Russia's Defence Ministry"
                # is "Russian Defence Ministry"): one speaker across reports
                speaker_name=ent["name"],
                side=ent["side"],
                speaker_kind=ent["kind"],
            )  # fmt: skip
            own = ent_outlet.get(id(ent.get("same_as", ent)))
            if own is None and id(ent.get("same_as", ent)) in spokes_of:
                own = ent_outlet.get(id(spokes_of[id(ent.get("same_as", ent))]))
            if not row["outlet"] and (own or line_outlet):
                row["outlet"] = own or line_outlet
                row["outlet_inferred"] = True
    side_of_claim = {row["claim_id"]: row["side"] for row, _ in ent_claims}
    # who says each control row: the sentence's speaker, or a later clause's own one
    voice: dict[int, object] = {}
    for t in ("bridges", "evacuations", "control"):
        for r in out[t]:
            # a later clause's own speaker ("..., while Ukrainian sources claimed") keeps its side
            clause_speaker = r.pop("clause_speaker", False)
            body_side = r.pop("body_side", None)
            if r["claim_id"] in side_of_claim and not clause_speaker:
                r["claimed_by_side"] = side_of_claim[r["claim_id"]] or body_side
            if t == "control" and clause_speaker:
                voice[id(r)] = ("clause", r["claimed_by_side"])
    with_rows = {r["claim_id"] for r in out["control"]}
    speaker_of = {
        row["claim_id"]: _voice(e) for row, e in ent_claims if e and row["claim_id"] in with_rows
    }
    out["control"] = _merge_restated(out["control"], speaker_of, voice)
    for p in places:
        if p.get("metonym"):
            continue
        k = p.get("sentence")
        out["places"].append(
            {
                "report_id": rid,
                "claim_id": claim_of_sentence.get(k) if k is not None else None,
                "mention": p.get("mention"),
                "name": p.get("name"),
                "kind": p.get("kind"),
                "lat": p.get("lat"),
                "lon": p.get("lon"),
                "start": int(p["start"]),
                "end": int(p["end"]),
                "sentence": k,
                "place_id": p.get("place_id"),
                "geo_precision": p.get("geo_precision"),
                "score": p.get("score"),
            }
        )
    return out


_MOD_VOICE = ("defence minist", "defense minist", "ministry of defen", "ministry spokes")


def _voice(e: dict) -> object:
    """Who speaks, for merging restated claims: "Russia" / "Kyiv" speaks for its whole side
    ("state"); a defence ministry, its minister and its spokesman are one voice; else the
    speaker itself."""
    name = e.get("name") or ""
    if attr.METONYM_SPEAKER.match(name):
        return "state"
    low = f"{name} {e.get('role') or ''}".lower()
    if any(w in low for w in _MOD_VOICE):
        return ("mod", e.get("side"))
    return id(e.get("same_as", e))


def _merge_restated(rows: list[dict], speaker_of: dict, voice: dict) -> list[dict]:
    """One control row per voice, place, holder and claiming side. A report restates its
    lead ("Russia's Defence Ministry said its troops had taken Izium", then "units have taken
    the city of Izium under full control, ministry spokesman X told a briefing"): one claim,
    kept where first said; a share said only in the restatement completes it. A "state"
    voice ("Russia said") is the same as any of its side's. ``voice`` gives rows a later
    clause's own speaker claims (by ``id``)."""
    kept: dict[tuple, list] = {}
    merged = []
    for r in rows:
        who = voice.get(id(r), speaker_of.get(r["claim_id"]))
        key = (r["place"], r["controller_side"], r["claimed_by_side"])
        voices = kept.setdefault(key, [])
        first = next((row for w, row in voices if w == who or "state" in (w, who) and key[2]), None)
        if first is None:
            voices.append((who, r))
            merged.append(r)
        elif first["share"] is None:
            first["share"] = r["share"]
    return merged


# "Ukrainian forces had liberated several settlements": places the next sentence may list
_UNNAMED_PLACES = compile_lower(
    r"\b(?:liberated|captured|recaptured|retaken|retook|took|taken|seized|occupied|regained)\s+"
    r"(?:\w+\s+){0,3}?(?:settlements|villages|towns|localities|communities)\b"
)
_LIST_INTRO = compile_fast(
    # "On the Berdiansk direction she lists A, B and C"
    r"^(?:(?:On|In|Along|For)\s+[^,.;]{0,40}?,?\s+)?(?:he|she|they|it|the\s+ministry)\s+(?:lists?|"
    r"listed|names?|named|mentions?|mentioned|cites?|cited)\b|"
    r"^(?:Among\s+(?:them|those|the\s+(?:villages|settlements|towns))\b[^.]{0,60}?\b(?:were|are|"
    r"was|is)\b|(?:They|These|Those)\s+(?:include|included|are|were)\b|The\s+(?:villages|"
    r"settlements|towns)\b[^.]{0,40}?\b(?:include|included|are|were)\b)"
)


_LOCATOR_BEFORE = compile_fast(
    r"\b(?:(?:north|south|east|west)[\w-]*\s+of|near|outside|around|towards?|from)\s+(?:the\s+)?$",
    re.I,
)


_AXIS_AFTER = compile_fast(r"\s+(?:direction|axis|sector|front)\b", re.I)


def _unnamed_places_claim(s: str, side: str | None, k: int) -> tuple[int, str, str | None] | None:
    """(sentence, controller, claimed side) of a claim on places not named yet."""
    m = _UNNAMED_PLACES.search(lower(s))
    if m is None:
        return None
    controller = _agent_side(_window_before(s, m.start()), side)
    if controller is None and m.group(0).startswith("liberated"):
        controller = side
    return (k, controller, side) if controller else None


def _listed_places(s: str, places: list[dict], controller: str, side: str | None) -> list[dict]:
    """Control rows for the settlements a list sentence names after such a claim."""
    if not _LIST_INTRO.match(s):
        return []
    names = dict.fromkeys(
        p["name"]
        for p in places
        if p["kind"] == "settlement"
        # "... all in Donetsk oblast south of Velyka Novosilka": a reference point, not listed
        and not _LOCATOR_BEFORE.search(s, max(0, p["rs"] - 30), p["rs"])
        # "on the Melitopol direction she names Lobkove": an axis named after a town
        and not _AXIS_AFTER.match(s, _mention_end(p))
    )
    return [
        {"place": n, "controller_side": controller, "share": None, "claimed_by_side": side}
        for n in names
    ]


# the subject of a sentence when it is a civil authority ("Russian-installed authorities in the
# occupied part of the region have started moving civilians out")
_AUTHORITY_SUBJECT = compile_fast(
    r"^(?:[^,]{0,40},\s+)?(?P<np>(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:authorities|administration|"
    r"officials|government|council))(?:\s+(?:in|of|for)\s+[^,]{0,60}?)?"
    r"(?:\s+(?:on|late\s+on|early\s+on|last)\s+\w+)?(?:\s+(?:also|again|already|now))?"
    r"\s+(?:have|has|had|is|are|"
    r"was|were|keeps?|kept|continued?|continues|ordered|announced|began|started)\b"
)


def _authority_side(s: str) -> str | None:
    """The side of the civil authority a sentence opens with, if it opens with one."""
    if not any(w in s for w in _AUTHORITY_WORDS):
        return None
    m = _AUTHORITY_SUBJECT.match(s)
    return attr.side_of_phrase(m.group("np")) if m else None


_AUTHORITY_WORDS = ("authorit", "official", "administration", "council", "government")


def _in_name(p: dict, found: dict, ent: dict, s: str) -> bool:
    """Is this place mention part of a person's name ("Serhiy" read as a village)?"""
    a, b = found["start"], found["end"]
    if not (a <= p["rs"] < b):
        return False
    np = s[a:b]
    for tok in ent["name"].split():
        i = np.find(tok)
        if i >= 0 and a + i <= p["rs"] < a + i + len(tok):
            return True
    return False


def _frames(recs: dict[str, list[dict]], skipped: list[dict] | None = None) -> dict:
    out = {}
    for t, cols in TABLE_COLUMNS.items():
        rows = skipped if t == "skipped" else recs.get(t, [])
        # from_records reads the row dicts in compiled code (missing keys become NaN)
        df = pd.DataFrame.from_records(rows, columns=cols) if rows else pd.DataFrame(columns=cols)
        if t in ("bridges",):
            df["count"] = df["count"].astype("Int64")
        if t == "control":
            # one dtype whatever the rows hold (a batch whose shares are all unsaid too)
            df["share"] = df["share"].astype("float64")
        if t in ("claims", "places", "bridges", "evacuations", "control") and len(df):
            df["start"] = df["start"].astype("int64")
            df["end"] = df["end"].astype("int64")
        out[t] = df
    return out


def parse_report(
    text: str,
    *,
    report_id: str | None = None,
    source: str | None = None,
    title: str | None = None,
    path: str | os.PathLike | None = None,
    unattributed: str = "none",
) -> dict[str, pd.DataFrame]:
    """Parse one report's text into the contract tables.

    Parameters
    ----------
    text
        The report (a ``date YYYY-MM-DD`` / ``source URL`` header is read if present).
    report_id
        Identifier to use (default: first 12 hex digits of the text's SHA-256).
    source, title, path
        Metadata for the ``reports`` row (default: the header's source, the first line).
    unattributed
        Whether sentences with no speaker (the narrator's voice) become claims with speaker
        null: never (``"none"``, default: the contract's claims are attributed statements;
        their bridge/evacuation/control rows are still kept, with ``claim_id`` null), when
        they state an event (``"events"``), or always (``"all"``).

    Returns
    -------
    dict of pandas.DataFrame
        ``reports``, ``claims``, ``places``, ``bridges``, ``evacuations``, ``control``
        (columns in :data:`TABLE_COLUMNS`) and an empty ``skipped``. Every row's
        ``start``/``end`` are character offsets into ``text``.
    """
    recs = _parse_records(
        text,
        report_id=report_id,
        source=source,
        title=title,
        path=str(path) if path else None,
        unattributed=unattributed,
    )
    return _frames(recs)


_LOOKS_LIKE_PATH = compile_fast(
    r"^\S+\.(?:txt|html?|md|json|csv|xml|text|eml|rtf)$|^(?:[.~]?/|[A-Za-z]:\\)\S*$", re.I
)


def _is_text(item: object) -> bool:
    if not isinstance(item, str):
        return False
    if "\n" in item or len(item) > 4096 or not item.strip():
        return True
    try:
        if Path(item).exists():
            return False
    except (OSError, ValueError):
        return True
    # a missing file named on the command line is reported as missing, not parsed as text
    return not _LOOKS_LIKE_PATH.match(item)


_BATCH_CHARS = 2_000_000


def _parse_batch(
    batch: list[tuple[str, str | None]], acc: dict, skipped: list, unattributed: str
) -> None:
    """Parse reports one by one (each with its own gazetteer pass) into ``acc``.

    Every report is resolved alone, so its rows never depend on which other reports share
    its batch (the gazetteer's proximity and fuzzy-match context stays inside one report).
    """
    for text, path in batch:
        try:
            recs = _parse_records(text, path=path, unattributed=unattributed)
        except (RecursionError, MemoryError, ValueError, KeyError, IndexError, TypeError) as e:
            skipped.append({"path": path or "<text>", "problem": f"could not be parsed: {e!r}"})
            continue
        for t, rows in recs.items():
            acc[t].extend(rows)


def read_reports(items, *, unattributed: str = "none") -> dict[str, pd.DataFrame]:
    """Parse many reports (file paths or raw texts) into one set of tables.

    A ``str`` that holds a newline or is not an existing path is report text; anything
    else is a file read with :func:`analyst_kit.io.read_text` (HTML, cp1251, BOMs...).
    A file that cannot be read is listed in the ``skipped`` table with the problem;
    the other files' rows are kept.

    Parameters
    ----------
    items
        Paths and/or texts (one item, or an iterable of them).
    unattributed
        See :func:`parse_report`.

    Returns
    -------
    dict of pandas.DataFrame
        The tables of :func:`parse_report` for all reports, plus ``skipped`` (path, problem).
    """
    from .io import read_text

    if isinstance(items, (str, os.PathLike)):
        items = [items]
    acc: dict[str, list[dict]] = {k: [] for k in TABLE_COLUMNS if k != "skipped"}
    skipped: list[dict] = []
    batch: list[tuple[str, str | None]] = []
    size = 0
    for item in items:
        if _is_text(item):
            text, path = item, None
        else:
            path = str(item)
            try:
                text = read_text(path)
            except InputError as e:
                skipped.append({"path": path, "problem": e.problem})
                continue
            except (OSError, UnicodeError, ValueError) as e:
                skipped.append({"path": path, "problem": f"cannot be read: {e}"})
                continue
        batch.append((text, path))
        size += len(text)
        if size >= _BATCH_CHARS:
            _parse_batch(batch, acc, skipped, unattributed)
            batch, size = [], 0
    _parse_batch(batch, acc, skipped, unattributed)
    return _frames(acc, skipped)


# Patterns searched often whose own sre scan tries many branches at every word (the status and
# part alternations of evacuations and bridges, the windows before a place): searched only where
# one of their literal starts occurs, found in one Aho-Corasick pass. Same matches (see
# ``_regex.LiteralStarts``); rebound here, after every table and tuple that must keep the plain
# pattern (``_ATTACK_STATUS`` is compared with ``match.re``; ``rx is _POSSIBLE``).
_BRIDGE_STATUS = [(st, literal_starts(rx)) for st, rx in _BRIDGE_STATUS]
_PART_BITS = [(need, literal_starts(rx)) for need, rx in _PART_BITS]
_STATUS_BITS = [
    (need, st, rx if rx is _POSSIBLE else literal_starts(rx)) for need, st, rx in _STATUS_BITS
]
_TO_BEFORE = literal_starts(_TO_BEFORE)
_CIVIL_COLUMN = literal_starts(_CIVIL_COLUMN)
_DISMISS_BEFORE = literal_starts(_DISMISS_BEFORE)
_QUESTION_BEFORE = literal_starts(_QUESTION_BEFORE)
_CONTROL_CUE = literal_starts(_CONTROL_CUE)
_CANNOT_VERIFY = literal_starts(_CANNOT_VERIFY)
