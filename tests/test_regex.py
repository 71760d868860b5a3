"""Tests for analyst_kit._regex: factored alternations match exactly like the plain ones."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analyst_kit._regex import alternation, compile_fast, optimise

WORD = st.text(alphabet="abst '-", min_size=1, max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORD, min_size=1, max_size=12), st.text(alphabet="abst '-.", max_size=60))
def test_alternation_finds_what_the_plain_alternation_finds(words, text):
    plain = re.compile("|".join(re.escape(w) for w in words))
    fast = re.compile(alternation(words))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(WORD, min_size=4, max_size=12), st.text(alphabet="abst '-.", max_size=60))
def test_optimised_pattern_keeps_spans_and_groups(words, text):
    pattern = r"(?<![a-z])(?P<w>" + "|".join(re.escape(w) for w in words) + r")(?:\s+x)?"
    plain, fast = re.compile(pattern), compile_fast(pattern)
    got = [(m.span(), m.group("w")) for m in fast.finditer(text)]
    assert got == [(m.span(), m.group("w")) for m in plain.finditer(text)]


def test_optimise_factors_words_and_leaves_other_syntax_alone():
    out = optimise(r"\b(?:said|says|say|stated|emphasi[sz]ed|told)\b")
    assert "s(?:a(?:id|y" in out and "emphasi[sz]ed" in out
    rx = re.compile(out)
    assert [m.group(0) for m in rx.finditer("he says she said they emphasized it; told")] == [
        "says", "said", "emphasized", "told",
    ]  # fmt: skip
    # classes with "|" inside and lookarounds survive untouched
    assert optimise(r"[|a](?=x|y)") == r"(?:[|a](?=x|y))"
    # the first listed word still wins where two could match ("say" before "says")
    assert re.match(optimise(r"(?:say|says|saying|stated)"), "says").group(0) == "say"


def test_case_insensitive_flag_is_kept():
    rx = compile_fast(r"\b(?:control|captured|seized|liberated)\b", re.I)
    assert rx.search("Russian forces CAPTURED the town").group(0) == "CAPTURED"


@settings(max_examples=200, deadline=None)
@given(st.lists(WORD, min_size=1, max_size=8), st.text(alphabet="abst '-.", max_size=60))
def test_contains_any_is_a_substring_test(words, text):
    from analyst_kit._regex import contains_any

    assert contains_any(words)(text) == any(w in text for w in words)
