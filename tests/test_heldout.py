"""Gold reports beyond the dev example: well-formed labels, and the parser's score on them.

Gold sets, each written without looking at parser output (see docs/parser-evaluation.md):
``heldout`` (10 reports, 2022), ``fresh`` (12 reports, 2022-2024), ``fresh2`` (10 reports,
2022-2024), ``fresh3`` (10 reports, 2022), ``fresh4`` (10 reports, 2022-2024), ``fresh5`` (12
reports) and ``fresh6`` (10 reports) each drove a round of general parser fixes after its first
score, so they are not independent any more; ``fresh7`` (10 reports, 2022-2024) has only been
scored, never used for fixes; so has ``fresh8`` (10 reports, 2022-2024, written in the fourth
session by a writer who never saw the parser's code or output; first score 0.696), and
``fresh9`` (10 reports, written the same way after the fourth session's first round; first
score 0.701). fresh8 then drove the fourth session's second round and fresh9 its third;
``fresh10`` (10 reports, written blind after the second round, first score 0.797) drove a
short fourth round; ``fresh11`` (8 reports, written blind after the third round, first score
0.863) has only been scored. Fifth session: ``fresh12`` (11 reports, written blind at its start,
first score 0.684) drove its attribution and gazetteer fixes; ``fresh13`` (10 reports, blind,
first score 0.711) drove a later attribution round; ``fresh14`` (10 reports, blind, first score
0.716, 0.745 after the session's first rounds) drove its last round; ``fresh15`` (8 reports,
written blind during that last round, first score 0.698; 0.671 with the session-start code) has
only been scored. Sixth session: ``fresh16`` and ``fresh17`` (10 reports each, written blind at
its start, first scores 0.676 and 0.698) only measure it: never used for fixes. The five
``battery_*`` sets (13-14 short blind reports each, on the phrasing of one table) drove its
parallel round. Seventh session: fresh15-17 drove its round; ``fresh18``, ``fresh19`` and
``fresh20`` (10 reports each, written blind during it, first scores 0.736, 0.825 and 0.687 with
the code from before it) only measured it; the ninth session's round was tuned on fresh16-20.
Ninth session: ``fresh21`` and ``fresh22`` (10 reports each, written blind at its start, first
scores 0.888 and 0.857) only measure it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from _gold import score_golds

ROOT = Path(__file__).resolve().parent.parent
# set: (size, overall floor). First scores, before the fixes each set drove: heldout 0.661
# (2026-11-25 12:41 UTC), fresh 0.647 (14:33 UTC), fresh2 0.674 (14:53 UTC, after the fresh
# round); after them 0.963, 0.905 and 0.798. fresh3 0.769 (15:46 UTC, never tuned on then).
# Third session: fresh3 and fresh4 (first score 0.680) drove round 5; fresh5 (first score
# 0.751) drove round 6, fresh6 (first score 0.808) its end; fresh7 (10 reports, first score
# 0.765; 0.732 with the code and data from before round 5) has only been scored. The floors
# sit below, so a regression fails but the numbers are not pinned.
SETS = {
    "heldout": (10, 0.90),
    "fresh": (12, 0.85),
    "fresh2": (10, 0.75),
    "fresh3": (10, 0.80),
    "fresh4": (10, 0.72),
    "fresh5": (12, 0.76),
    "fresh6": (10, 0.78),
    "fresh7": (10, 0.72),
    "fresh8": (10, 0.65),
    "fresh9": (10, 0.65),
    "fresh10": (10, 0.72),
    "fresh11": (8, 0.78),
    "fresh12": (11, 0.90),
    "fresh13": (10, 0.90),
    "fresh14": (10, 0.93),
    "fresh15": (8, 0.95),
    "fresh16": (10, 0.92),
    "fresh17": (10, 0.94),
    # seventh session: written blind while its round ran, first scores 0.736, 0.825 and 0.687
    # with the code from before the round; never tuned on until the ninth session's round
    # (0.777, 0.836, 0.683 before it)
    "fresh18": (10, 0.94),
    "fresh19": (10, 0.94),
    "fresh20": (10, 0.92),
    # ninth session: written blind at its start, first scores 0.888 and 0.857 with the code
    # from before its round; never used for fixes
    "fresh21": (10, 0.93),
    "fresh22": (10, 0.92),
    # tenth session: written blind at its start, first scores 0.823 and 0.819 with the code
    # from before its round; they drove the eleventh session's round (0.990, 0.987 after it)
    "fresh23": (10, 0.96),
    "fresh24": (10, 0.96),
    # eleventh session: written blind while its round ran, first scores 0.792 and 0.701 with
    # the code from before the round, and the same after it (the round did not carry over);
    # they drove the twelfth session's round (0.949, 0.944 after it)
    "fresh25": (10, 0.91),
    "fresh26": (10, 0.90),
    # twelfth session: written blind at its start, first scores 0.785 and 0.760 with the code
    # from before its round (0.791 and 0.765 after it); they drove its second round (0.885,
    # 0.853 after it)
    "fresh27": (10, 0.85),
    "fresh28": (10, 0.81),
    # twelfth session, written blind during its first round: first scores 0.780 and 0.776 with
    # the code from before its second round (0.822 and 0.777 after it); they drove its third
    # round (0.879, 0.871 after it)
    "fresh29": (10, 0.84),
    "fresh30": (10, 0.83),
    # twelfth session, written blind during its second round: first scores 0.743 and 0.790
    # with the code from before its third round, and the same after it; they drove the
    # thirteenth session's first round (0.816, 0.866 after it)
    "fresh31": (10, 0.78),
    "fresh32": (10, 0.83),
    # thirteenth session, written blind at its start: first scores 0.708, 0.787, 0.812 and
    # 0.812 with the code from before its first round (0.765, 0.789, 0.812, 0.837 after it);
    # they drove its second round (0.830, 0.846, 0.843, 0.876 after it)
    "fresh33": (10, 0.79),
    "fresh34": (10, 0.80),
    "fresh35": (10, 0.80),
    "fresh36": (10, 0.84),
    # thirteenth session, written blind during its first round: first scores 0.700, 0.842,
    # 0.764, 0.675 with the code from before its second round; 0.766 and 0.780 for fresh37
    # and fresh39 once a transcript's crash and a misread war day were fixed; the same after
    # the second round (+0.000, +0.000, -0.002, +0.000); they drove its third round (0.811,
    # 0.866, 0.823, 0.685 after it)
    "fresh37": (10, 0.78),
    "fresh38": (10, 0.83),
    "fresh39": (10, 0.79),
    "fresh40": (10, 0.65),
    # thirteenth session, written blind during its second round (6 and 5 reports): first
    # scores 0.807 and 0.797, the same after its third round
    "fresh41": (6, 0.77),
    "fresh42": (5, 0.76),
    # fourteenth session, written blind at its start: first scores 0.812 and 0.748 with the
    # code from before its round; 0.810 and 0.775 after it (fresh43 -0.002; fresh44's gain is
    # the evacuation-status rules, whose brief quoted two of its misses as examples)
    "fresh43": (10, 0.79),
    "fresh44": (10, 0.75),
    # fourteenth session, written blind after its round: first score 0.763 with the final code;
    # the fifteenth session's first round read its misses (0.803 after it)
    "fresh45": (10, 0.78),
    # fifteenth session, written blind at its start: first scores 0.785 and 0.747 with the code
    # from before its round, the same after its first part (which read only fresh45's misses);
    # 0.798 and 0.799 after the round
    "fresh46": (10, 0.77),
    "fresh47": (10, 0.77),
    # fifteenth session, written blind during its first round: first scores 0.778 and 0.728
    # with the code from before it, 0.778 and 0.748 after that round (its tag and channel rules)
    "fresh48": (10, 0.79),
    "fresh49": (10, 0.74),
    # fifteenth session, written blind during its second round (wire-heavy): first scores 0.754
    # and 0.695, the same after that round; they drove its third round
    "fresh50": (10, 0.73),
    "fresh51": (10, 0.68),
    # fifteenth session, written blind during its third round (wire-heavy): first scores 0.787
    # and 0.823 with the code from before the session, the same with its final code
    "fresh52": (10, 0.76),
    "fresh53": (10, 0.80),
    # sixteenth session, written blind in pairs while its round went on; first scores with the
    # code from before the session (then with its final code): fresh54 0.726 (0.788, its digest
    # and sitrep layouts drove fixes), fresh55 0.836 (0.842), fresh56 0.678 (0.771, interviews
    # and a statement drove fixes), fresh57 0.749 (0.768, a live-blog layout), fresh58 0.787
    # (0.813, a bulleted digest), fresh59 0.851 (0.864, a UN commission's chair); each pair
    # scored the same, or +0.001/+0.002 (fresh58/59), with the code of the moment it was written
    "fresh54": (10, 0.76),
    "fresh55": (10, 0.81),
    "fresh56": (10, 0.74),
    "fresh57": (10, 0.74),
    "fresh58": (10, 0.78),
    "fresh59": (10, 0.82),
    # sixteenth session, written blind later in its round: first scores with the code from
    # before the session 0.710, 0.705, 0.777, 0.756 (the same with the code of the moment each
    # was written); fresh60/61 then drove fixes (a sentence's list of routes, the Pentagon
    # briefing line), fresh62/63 only its speakers-table additions
    "fresh60": (10, 0.69),
    "fresh61": (10, 0.75),
    "fresh62": (10, 0.75),
    "fresh63": (10, 0.74),
    # sixteenth session, written blind at the end of its round: first scores 0.753, 0.756, 0.803,
    # 0.774 with the code from before the session and the same with the code of the moment;
    # fresh64/65 then drove its last fixes (an interviewee named before "spoke by phone", a
    # passengers' instruction), fresh66/67 were never read for a fix
    "fresh64": (10, 0.74),
    "fresh65": (10, 0.80),
    "fresh66": (10, 0.78),
    "fresh67": (10, 0.75),
    # seventeenth session, written blind at its start: first scores 0.785, 0.728, 0.790, 0.769
    # with the code from before the session; each then drove the session's round (a numbered
    # heading over a statement, "As X reported", openers that are no speaker, transport told in
    # the simple present, "no agreement on a corridor"...)
    "fresh68": (10, 0.79),
    "fresh69": (10, 0.78),
    "fresh70": (10, 0.76),
    "fresh71": (10, 0.76),
    # ... two written blind later in the round, never read for a fix: first scores 0.723 and
    # 0.740 with the code from before the session
    "fresh72": (10, 0.70),
    "fresh73": (10, 0.72),
    # ... and two written at its end, first scores 0.724 and 0.693 (the same with the round's
    # code up to then), then read for its last fixes (post headers with a date in words or a
    # bare "[08:55] NAME" line, call signs, "U.N." initials)
    "fresh74": (10, 0.72),
    "fresh75": (10, 0.70),
    # eighteenth session, written blind at its start: first scores 0.771, 0.806, 0.696, 0.709
    # with the code from before the session (the same after the round's first fixes, read from
    # older sets, but fresh77 +0.004); each then drove the round (a label set off by a blank
    # line, post headers with a time zone, a quote's first sentence, "X is held", grey zones,
    # the wounded taken to hospital, a bridge's owner, Kursk border villages...)
    "fresh76": (10, 0.80),
    "fresh77": (10, 0.82),
    "fresh78": (10, 0.74),
    "fresh79": (10, 0.76),
    # ... and two written with them, never read for a fix: first scores 0.791 and 0.712
    "fresh80": (10, 0.77),
    "fresh81": (10, 0.70),
    # nineteenth session, written blind at its start: first scores 0.766, 0.772, 0.779, 0.712,
    # 0.807, 0.838 with the code from before the session; fresh82/83/86/87 then drove the round
    # (interviews by phone, "the village" as the last village named, "X is not lost", assaults
    # on X beaten off, journalists' turns at briefings, "but still standing", people under a
    # mandatory order, Kursk villages named once in Russia...)
    "fresh82": (10, 0.79),
    "fresh83": (10, 0.78),
    "fresh86": (10, 0.83),
    "fresh87": (10, 0.84),
    # ... and two written with them: fresh84 never read for a fix (the round did not move it);
    # fresh85 read at the end for its evacuations, which showed the gazetteer naming Huliaipole
    # "Huliai-Pole" (0.712 -> 0.725)
    "fresh84": (10, 0.76),
    "fresh85": (10, 0.70),
    # ... and two written blind after the round, never read for a fix: first scores 0.758 and
    # 0.769 with the code from before the session, 0.761 and 0.769 with the round's
    "fresh88": (10, 0.74),
    "fresh89": (10, 0.75),
    # twentieth session, written blind at its start: first scores 0.794, 0.773, 0.815, 0.827
    # with the code from before the session; fresh90/91 then drove its round (0.825, 0.839),
    # fresh92/93 were never read for a fix (0.815, 0.828 at the end)
    "fresh90": (10, 0.80),
    "fresh91": (10, 0.81),
    "fresh92": (10, 0.79),
    "fresh93": (10, 0.80),
    # twenty-first session, written blind at its start: first scores 0.743, 0.746, 0.831, 0.771
    # with the code from before the session
    "fresh94": (10, 0.73),
    "fresh95": (10, 0.73),
    "fresh96": (10, 0.82),
    "fresh97": (10, 0.76),
    # twenty-second session, written blind at its start: first scores 0.693, 0.788, 0.762, 0.749
    # with the code from before the session; fresh98/99 then drove its round (0.757, 0.793),
    # fresh100/101 were never read for a fix (0.765, 0.751 at the end)
    "fresh98": (10, 0.74),
    "fresh99": (10, 0.78),
    "fresh100": (10, 0.75),
    "fresh101": (10, 0.74),
    # twenty-third session, written blind at its start: first scores 0.806, 0.800, 0.715, 0.773
    # with the code from before the session; fresh102/104 then drove its round (0.850, 0.806),
    # fresh103/105 were never read for a fix (0.800, 0.773 at the end)
    "fresh102": (10, 0.83),
    "fresh103": (10, 0.78),
    "fresh104": (10, 0.79),
    "fresh105": (10, 0.76),
    # twenty-fourth session, written blind at its start: first scores 0.748, 0.870, 0.809, 0.792
    # with the code from before the session
    "fresh106": (10, 0.73),
    "fresh107": (10, 0.85),
    "fresh108": (10, 0.79),
    "fresh109": (10, 0.77),
    # twenty-fifth session, written blind at its start: first scores 0.778, 0.737, 0.763, 0.775
    # with the code from before the session
    "fresh110": (10, 0.76),
    "fresh111": (10, 0.72),
    "fresh112": (10, 0.74),
    "fresh113": (10, 0.75),
    # phrasing batteries: short blind reports, each set on the language of one table; first
    # scores 0.729, 0.753, 0.922, 0.765, 0.806, then each drove one parallel round of fixes (and
    # what they still missed, with fresh15-17, the seventh session's round)
    "battery_bridges": (13, 0.95),
    "battery_claims": (13, 0.78),
    "battery_control": (14, 0.97),
    "battery_evac": (13, 0.92),
    "battery_places": (14, 0.95),
}
GOLDS = {name: sorted((ROOT / "tests" / "data" / name).glob("*.gold.json")) for name in SETS}
ALL_GOLDS = [g for name in SETS for g in GOLDS[name]]
# place F1 floor: the goal, 0.9, on every set but fresh7 (0.866, never tuned on): most
# of its misses are Russian villages of the Kursk incursion (Sudzha, Korenevo, Snagost...) and
# canals, which the bundled gazetteer does not hold
PLACES_FLOOR = {"fresh7": 0.85, "fresh8": 0.83}  # fresh9 holds the 0.9 goal

SIDES = {"RU", "UA", "GB", "US", "INTL", None}
KINDS = {"settlement", "facility", "river", "bridge", "road", "region", "country", "other"}
BRIDGE_STATUS = {"destroyed", "damaged", "intact", "unknown"}
EVAC_STATUS = {
    "requested", "agreed", "open", "ongoing", "limited", "possible", "impossible", "refused",
    "completed",
}  # fmt: skip
POPULATION = {"civilians", "injured", "military", "mixed"}


def _tokens(s: str) -> list[str]:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['’`]s\b", "", s)  # possessive, as score.py folds it
    s = re.sub(r"['’`ʼ]", "", s)
    return [w for w in re.split(r"[^a-z0-9\u0400-\u04ff]+", s) if w]


def _contains(big: list[str], small: list[str]) -> bool:
    n = len(small)
    return n > 0 and any(big[i : i + n] == small for i in range(len(big) - n + 1))


def _values(v) -> list:
    return v if isinstance(v, list) else [v]


@pytest.mark.parametrize("name", SETS)
def test_gold_set_is_complete(name):
    assert len(GOLDS[name]) == SETS[name][0]
    for g in GOLDS[name]:
        text = g.with_name(g.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        words = len(text.split())
        assert (90 if name.startswith("battery_") else 150) <= words <= 1000, (g.name, words)


# real places whose (lat, lon) fall where a Ukrainian place's swapped (lon, lat) would
_BOX_CITIES = {"Riyadh", "Tehran", "Baku", "Yerevan", "Baghdad", "Kuwait City", "Doha"}


@pytest.mark.parametrize("gold_path", ALL_GOLDS, ids=lambda p: f"{p.parent.name}-{p.name[:10]}")
def test_gold_is_well_formed(gold_path: Path):
    """Vocabularies of CONTRACT.md, and every required place/speaker is written in the text."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = _tokens(gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text())
    assert re.fullmatch(r"202[2-5]-\d\d-\d\d", gold["date"])
    for r in gold["places"]:
        assert set(_values(r.get("kind", "other"))) <= KINDS, r
        if "lat" in r:  # villages missing from GeoNames carry a name only
            assert {"lat", "lon", "tolerance_km"} <= set(r), r
            assert -90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180, r
            # the theatre's latitude and longitude swapped (the box also holds real capitals of
            # the Gulf and the Caucasus: Riyadh, Tehran, Baku, Yerevan...)
            assert not (22 < r["lat"] < 41 and 44 < r["lon"] < 54) or r["name"] in _BOX_CITIES, r
    for r in gold["claims"]:
        # ISO 3166 alpha-2 of any government (CONTRACT.md), INTL or null; a list where either
        # reading holds
        for side in _values(r.get("side")):
            assert side in SIDES or (isinstance(side, str) and re.fullmatch(r"[A-Z]{2}", side)), r
    for table, key in (("places", "name"), ("claims", "speaker")):
        for r in gold[table]:
            if r.get("optional"):
                continue
            names = [r[key], *r.get("aliases", [])]
            if table == "places":
                # "the Luhansk and Donetsk regions", "Krasnopilska and Velykopysarivska hromadas":
                # a coordinated region is written by its own word only
                names += [_tokens(n)[0] for n in names if _tokens(n)]
            assert any(_contains(text, _tokens(n)) for n in names), (table, r[key])
    for r in gold["bridges"]:
        assert set(_values(r["status"])) <= BRIDGE_STATUS, r
        assert set(_values(r.get("actor_side"))) | set(_values(r.get("claimed_by_side"))) <= SIDES
    for r in gold["evacuations"]:
        assert r.get("optional") or set(_values(r["status"])) <= EVAC_STATUS, r
        assert set(_values(r.get("population", "civilians"))) <= POPULATION, r
    for r in gold["control"]:
        sides = set(_values(r.get("controller_side"))) | set(_values(r.get("claimed_by_side")))
        assert sides <= SIDES, r


@pytest.fixture(scope="module", params=list(SETS))
def set_scores(request) -> dict:
    return {"set": request.param, **score_golds(GOLDS[request.param])}


def test_overall_f1_floor(set_scores):
    assert set_scores["overall"] >= SETS[set_scores["set"]][1], set_scores


# two wire stories of battery_claims date themselves "Nov 5" and "May 16" with no year, a
# weekday or anything else in the text that fixes one (2023 and 2025 are read as 2022)
DATE_FLOOR: dict[str, float] = {}


def test_dates_all_right(set_scores):
    assert set_scores["date"] >= DATE_FLOOR.get(set_scores["set"], 1.0), set_scores


def test_places_floor(set_scores):
    assert set_scores["f1"]["places"] >= PLACES_FLOOR.get(set_scores["set"], 0.90), set_scores
