"""Who did it: the side of the agents, forces and clauses of a sentence, shared by the table rules."""

from __future__ import annotations

import re

from . import _attribution as attr
from ._parse_mentions import _matches_at
from ._regex import (
    compile_fast,
    compile_lower,
    lower,
    word_automaton,
)

_FORCE_NOUN = (
    r"(?:armed forces|forces|troops|army|military|units?|soldiers?|servicem[ae]n|artillery|shelling|"
    # (one of them too: "a Ukrainian marine engineer brought down the bridge")
    r"strikes?|missiles?|rockets?|sappers?|engineers?|aviation|air force|navy|fighters?|militants|"
    r"jets|warplanes|bombing|fire|attacks?|offensive|side|tanks|grouping|group|"
    # ("Russian assault groups entered X"; not sabotage or infiltration groups, which take no
    # ground: "sabotage groups had entered Kyiv")
    r"(?<!sabotage )(?<!infiltration )(?<!reconnaissance )(?<!recon )groups|infantry|paratroopers|"
    r"marines?|defenders|garrison|saboteurs|drones?|HIMARS|gunners?|shells|battalions?|brigades?|"
    r"regiments?|militia|formations|detachments|aircraft|planes|helicopters|bombers|"
    r"separatists|rebels|partisans|guerrillas|"
    r"vessels|boats|sea drones|rocket launchers|launchers|"
    # ("destroyed by Russian guided bombs", "a Russian glide bomb")
    r"bombs?|munitions?|projectiles?)"
)
_AGENT_SRC = (
    r"\b(?:(?P<RU>(?:pro-Russian|Russian-backed|Russian|Russia['’]s|separatist|DPR|LPR|DNR|LNR|Chechen|"
    r"Wagner|Moscow['’]s|enemy|Donetsk People['’]s Republic|Luhansk People['’]s Republic|"
    r"allied)(?:\s+[\w-]+){0,2}?\s+" + _FORCE_NOUN + r")"
    r"|(?P<UA>(?:Ukrainian|Ukraine['’]s|Kyiv['’]s|Kiev['’]s|[\"“]?Azov[\"”]?|nationalist|neo-Nazi)"
    r"(?:\s+[\w-]+){0,2}?\s+" + _FORCE_NOUN + r")"
    # "fighters of the people's militia of the Lugansk People's Republic"
    r"|(?P<RU2>occupiers|invaders|Russians|rashists|orcs|Russia|Moscow|the Kremlin|Putin['’]s|"
    r"separatists|people['’]s militia|"
    # "Wagner had taken Ivanhrad", "the Wagnerites": the private army fought for Russia
    r"wagner(?:\s+(?:group|pmc))?|wagnerites|the\s+militia"
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
    r"|(?P<BARE>troops|forces|units|soldiers|defenders|army))\b"
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


# a state or its capital named as a place, after a preposition: "north of Kyiv", "from Russia"
# (not "of" alone: "the Armed Forces of Ukraine" are its forces)
_STATE_PLACES = frozenset(("kyiv", "kiev", "moscow", "ukraine", "russia"))
_PLACE_PREP_BEFORE = compile_fast(
    r"\b(?:(?:north|south|east|west)[\w-]*\s+of|outskirts\s+of|(?:kilometres|kilometers|km|"
    r"miles)\s+(?:\w+\s+)?of|near|outside|towards?|from|to|into|around|across|at|in)\s+$",
    re.I,
)


def _is_place_word(m: re.Match, low: str) -> bool:
    """Is the force mention ``m`` (of lower-cased ``low``) a state or its capital named as a
    place ("north of Kyiv", "from Russia"), not the government acting?"""
    return (
        m.group(0) in _STATE_PLACES
        and _PLACE_PREP_BEFORE.search(low, max(0, m.start() - 40), m.start()) is not None
    )


def _agent_side(window: str, speaker_side: str | None, first: bool = False) -> str | None:
    """Side of the nearest force named in ``window`` (the words before a verb), or of the
    first one with ``first`` (the subject a later "they" stands for)."""
    last = None
    for m in _agent_finditer(window):
        if last is not None and m.group(0).startswith(_FORCE_POSSESSIVES):
            continue  # "the Russians used their artillery": the force named before
        if _is_place_word(m, m.string):
            continue  # "Russian forces northwest of Kyiv hold Hostomel": where, not who
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
        "putin nazis afu zelensky himars we troops forces units soldiers defenders army people's people’s "
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
    forces = [m for m in _matches_at(_AGENT, low, starts) if not _is_place_word(m, low)]
    if not forces:
        return head, forces  # no force at all: the window is the whole head
    for end in reversed([m.end() for m in _SUBCLAUSE.finditer(head)]):
        after = [
            m
            for m in _matches_at(_AGENT, low, [i for i in starts if i >= end])
            if not _is_place_word(m, low)
        ]
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


def _plain_case(low: str) -> bool:
    """Does a substring test on ``low`` (a :func:`lower` text) see every word an IGNORECASE
    regex would? Not if it holds "ı", "İ" or "ſ", which such a regex reads as "i" and "s"."""
    return low.isascii() or not ("ı" in low or "İ" in low or "ſ" in low)


_PASSIVE_BE = compile_fast(
    r"\b(?:is|are|was|were|been|being|remains?|remained)\s+(?:now\s+|still\s+|fully\s+|"
    r"earlier\s+|already\s+|reportedly\s+|"
    r"completely\s+|entirely\s+|effectively\s+|largely\s+|almost\s+|nearly\s+|mostly\s+|"
    r"practically\s+|virtually\s+|temporarily\s+|partly\s+|partially\s+|half\s+|\"|“)*$",
    re.I,
)
