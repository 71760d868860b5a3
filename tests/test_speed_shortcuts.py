"""The speed shortcuts of round 9 give what the slow path gives: cheap word tests before a
regex, pruned fuzzy choices, rows read from lists, one gate pass for several rule sets."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest
from _parser import patch_parser
from rapidfuzz import fuzz, process

from analyst_kit import _attribution as attr
from analyst_kit import _parse_control, _parse_evacuations, gazetteer, parse
from analyst_kit._regex import contains_any
from analyst_kit._sentences import split_sentences

# tails _TRAIL strips from a speaker phrase, one of each kind of its branches
_TAILS = [
    "has", "also", "reportedly", "both", "late Sunday", "early on", "on Monday", "on Telegram",
    "on social media", "on state television", "on his website", "on March 5", "on Mar. 5",
    "on 5 March", "in a statement", "in its daily update on Monday", "in the evening",
    "in a televised address", "in a video message", "in their latest report on 5 March",
    "on the ground", "overnight", "at night", ", for its part", ", in turn", ", however",
    ", meanwhile", ", though", "on X", "on TV", "in his speech on June 3",
]  # fmt: skip
_HEADS = [
    "Governor Vitaliy Kim", "the Russian Defence Ministry", "Ukraine's General Staff",
    "a spokesman for the brigade", "Denis Pushilin, the Russian-installed leader",
    "The regional administration", "Oleksandr Syrskyi (Олександр Сирський)",
]  # fmt: skip


@pytest.mark.parametrize("tail", _TAILS)
def test_every_trailing_adverbial_passes_the_word_test(tail):
    for head in _HEADS:
        for phrase in (f"{head} {tail}", f"{head}{tail}" if tail[0] == "," else f"{head} {tail}\n"):
            assert attr._TRAIL.search(phrase), phrase
            assert attr._may_trail(phrase), phrase


def test_phrases_without_a_trailing_adverbial_skip_the_scan():
    for phrase in _HEADS + ["", "Officials in the city of Kherson", "the head of the council"]:
        assert not attr._TRAIL.search(phrase)
    assert not attr._may_trail("Governor Vitaliy Kim")
    assert not attr._may_trail("")


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("Pavlo Kyrylenko (Павло Кириленко)", "Pavlo Kyrylenko"),
        ("Zelensky, who visited Bucha on Monday", "Zelensky"),
        ("the ministry, which cited intelligence", "the ministry"),
        ("Governor Oleh Syniehubov, on Telegram", "Governor Oleh Syniehubov"),
        ("Vadym Boichenko (Вадим Бойченко) later that day", "Vadym Boichenko"),
        ("Governor Vitaliy Kim", "Governor Vitaliy Kim"),
    ],
)
def test_clean_np_gates_keep_what_the_patterns_strip(phrase, speaker):
    """clean_np tries its bracket, relative-clause and trailing-adverbial patterns only when
    a word they need is there: the phrases that hold one still lose the bracket or clause."""
    assert attr.clean_np.__wrapped__(phrase) == speaker


def test_fuzzy_choices_drop_only_names_that_cannot_reach_the_cutoff():
    st = gazetteer._state()
    for word in ("Avdiivkka", "Bakhmutt", "Sievierodonetska", "Kramatorks", "Lysychanskk"):
        key = gazetteer._key(word)
        cutoff = 87 if len(key) >= 10 else 93
        full = st["fuzzy"].get((key[0], len(key)), [])
        kept = gazetteer._fuzzy_choices(st, key[0], len(key), cutoff)
        assert [k for k in full if k in set(kept)] == kept  # same order
        for name in set(full) - set(kept):
            assert fuzz.ratio(key, name) < cutoff
        a = process.extract(key, full, scorer=fuzz.ratio, score_cutoff=cutoff, limit=8)
        b = process.extract(key, kept, scorer=fuzz.ratio, score_cutoff=cutoff, limit=8)
        assert [(h[0], h[1]) for h in a] == [(h[0], h[1]) for h in b]


def _same(a, b) -> bool:
    if isinstance(a, float) and math.isnan(a):
        return isinstance(b, float) and math.isnan(b)
    return type(a) is type(b) and a == b


@pytest.mark.parametrize("name", ["Kyiv", "Sumy oblast", "Azot chemical plant", "Donbas"])
def test_lookup_row_is_the_gazetteer_row(name):
    got = gazetteer.lookup(name)
    assert got is not None
    st = gazetteer._state()
    i = gazetteer._place_index(st)[got["place_id"]]
    row = st["places"].iloc[i].to_dict()
    row["geonameid"] = None if pd.isna(row["geonameid"]) else int(row["geonameid"])
    for col, value in row.items():
        assert _same(got[col], value), (col, got[col], value)


def test_lookup_of_a_name_inside_a_phrase():
    """A place named inside a longer string ("Azot plant, Severodonetsk") still resolves, to
    the most specific place the string names."""
    got = gazetteer.lookup("the Azot plant in Sievierodonetsk")
    assert got is not None and got["score"] <= 1.0


@pytest.mark.parametrize(
    "sentence",
    [
        "Authorities said the evacuation of civilians from Mariupol had been suspended.",
        "Residents who have left can register for aid, officials said.",
        "Reuters could not verify how many people had left the city.",
        "Russian forces took control of the village, the ministry said.",
        "Kyiv dismissed the claim as fake.",
        "The weather was mild.",
    ],
)
def test_one_gate_pass_gives_every_rule_set_its_bits(sentence):
    low = sentence.lower()
    ctl, evac = _parse_control, _parse_evacuations
    gates = ctl._SENTENCE_GATES(low)
    assert gates & ctl._S_EVAC_WORDS == evac._evac_words(low)
    assert bool(gates & evac._B_EVAC_GATE) == evac._has_evac_gate(low)
    assert bool(gates & ctl._S_CONTROL) == contains_any(list(ctl._CONTROL_GATE_WORDS))(low)
    assert bool(gates & ctl._S_DENIAL) == contains_any(list(ctl._DENIAL_GATE_WORDS))(low)
    assert bool(gates & evac._B_NO_EVACUATION) == contains_any(list(evac._NO_EVACUATION_WORDS))(low)


@pytest.mark.parametrize(
    "query", ["belovsky district", "kramatorks", "sievierodonetsk city", "border communities"]
)
def test_lookup_near_miss_choices_keep_every_reachable_key(query):
    st = gazetteer._state()
    ids, choices = gazetteer._lookup_choices(st, len(query))
    assert ids == sorted(ids) and choices == [st["keys"][i] for i in ids]
    full = process.extractOne(query, st["keys"], scorer=fuzz.ratio, score_cutoff=85)
    kept = process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=85)
    assert (full is None) == (kept is None)
    if full is not None:
        assert (full[0], full[1], full[2]) == (kept[0], kept[1], ids[kept[2]])


# the gold texts of every battery and round (what the parser is scored on)
_GOLD_TEXTS = sorted((Path(__file__).resolve().parent / "data").glob("*/*.txt"))


def test_evac_gate_skips_only_sentences_that_give_no_row():
    """Where _may_evacuate says no, _evac_rows returns None whatever else it is given (its
    first test reads the same gate bit): the main loop may skip the call."""
    skipped = 0
    for path in _GOLD_TEXTS[::4]:
        text = path.read_text(encoding="utf-8")
        for a, b in split_sentences(text, 0):
            s = text[a:b]
            low = s.lower()
            gates = _parse_control._SENTENCE_GATES(low)
            if _parse_evacuations._may_evacuate(s, low, gates):
                continue
            skipped += 1
            words = gates & _parse_control._S_EVAC_WORDS
            evac_rows = _parse_evacuations._evac_rows
            assert evac_rows(s, [], None, "Kharkiv", words=words) is None, s
            assert evac_rows(s, [], None, "Kharkiv") is None, s  # (its own scan)
    assert skipped > 100


def test_evac_gate_changes_no_row(monkeypatch):
    """The gold texts parse to the same rows with the gate forced open (every sentence
    handed to _evac_rows)."""
    texts = [p.read_text(encoding="utf-8") for p in _GOLD_TEXTS[::3]]
    gated = [parse._parse_records(t, report_id="r") for t in texts]
    patch_parser(monkeypatch, "_may_evacuate", lambda s, low, gates: True)
    assert [parse._parse_records(t, report_id="r") for t in texts] == gated
