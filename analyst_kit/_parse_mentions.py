"""Place mentions inside a sentence: where one ends, lists of places, the words around a mention."""

from __future__ import annotations

import re

from ._regex import (
    compile_fast,
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
_IN_REGION_GAP = compile_fast(r"^\)?\s+in\s+(?:the\s+)?$")
_CITY_WORD_RX = compile_fast(
    r"\bthe\s+(?:(?:ruined|besieged|embattled|eastern|southern|whole|entire|small|devastated|"
    r"strategic|key|industrial|port)\s+)*(?:city|town|village|settlement|"
    # "no Russian troops in the capital": Kyiv (not "the capital region", "regional capital")
    r"capital(?!\s+(?:region|area|oblast|district|city)\b))\b(?!\s+of\b)",
    re.I,
)


def _matches_at(rx: re.Pattern, text: str, starts: list[int]):
    """``rx.finditer(text)``, trying a match only at ``starts`` (where every match begins)."""
    end = 0
    for pos in sorted(set(starts)):
        if pos >= end:
            m = rx.match(text, pos)
            if m:
                yield m
                end = m.end()


def _mention_end(p: dict) -> int:
    return p["rs"] + len(str(p.get("mention") or ""))


# the most people a place "the village" / "the settlement" may stand for holds
_VILLAGE_POPULATION = 20_000


def _is_small_place(p: dict) -> bool:
    """Is the settlement ``p`` a village or a small town (or one the gazetteer does not list)?"""
    from .gazetteer import population_of

    pop = population_of(str(p.get("place_id")))
    return pop is None or pop < _VILLAGE_POPULATION


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


# Patterns around a place mention that the evacuation and control rules (and the report loop)
# share.
# a participle qualifying people, not ground: "captured Ukrainian marines", "seized sailors"
_PEOPLE_AFTER = compile_fast(
    r"\s+(?:[\w'’-]+\s+)?(?:soldiers|troops|fighters|prisoners|servicemen|defenders|civilians|"
    r"marines|personnel|POWs|mercenaries|sailors|crew|crews|pilots|officers|"
    r"commanders|fighter|soldier|serviceman|marine|residents|people|hostages|inhabitants|"
    r"locals|families|detainees|captives)\b",
    re.I,
)

# a share of the territory in a region: "86% of the territory Ukraine once held in "
_TERRITORY_OF = compile_fast(
    r"\bof\s+the\s+(?:territory|land)\s+(?:[\w'’-]+\s+){0,5}?(?:in|of)\s+$", re.I
)

# "the region" a sentence names: "the whole region", "our region" (not "the region of X", nor
# "the region's" but for its soil, territory or land)
_THE_REGION = compile_fast(
    # ("our region": the speaker's; "the region's soil": the region itself)
    r"\b(?:the|our)\s+(?:whole\s+|entire\s+)?(?:region|oblast|province)\b(?!\s+of\b)"
    r"(?:(?!['’])|(?=['’]s\s+(?:soil|territory|land)\b))",
    re.I,
)

# a preposition said again for a second place of the same verb: "pulled out of A on the left
# bank, and out of B", "withdrew from A and from B"
_FROM_BEFORE = compile_fast(
    r"\b(?:out of|from)\s+(?:the\s+)?(?:(?:town|city|village|settlement)\s+of\s+)?$"
)

# a word locating what follows by the place after it: "north of", "near", "outside", "towards"
_LOCATOR_BEFORE = compile_fast(
    r"\b(?:(?:north|south|east|west)[\w-]*\s+of|near|outside|around|towards?|from)\s+(?:the\s+)?$",
    re.I,
)
