"""Speed rewrites of regex scans give the same matches as the patterns they stand for."""

import datetime as dt
import re

import pytest

from analyst_kit import _dates
from analyst_kit._regex import (
    LiteralStarts,
    WordStart,
    compile_fast,
    compile_lower,
    literal_starts,
    lower,
    word_start,
)

TEXTS = [
    "The evacuation was impossible, the governor said.",
    "Buses could not get through; evacuation is no longer possible from Bakhmut.",
    "Not impossible: the convoy which had to turn back would try again.",
    "impossible at the start, and _impossible inside a word, then (impossible)",
    "Residents managed on Sunday to leave the town.",
    "no-one wrote x1impossible y impossible2 or impossible.",
]


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:not|no longer|never)\s+(?:\w+\s+)?possible|\bimpossible\b|(?<!\bwhich\s)\bhad\s+to\s+"
        r"turn\s+back\b",
        r"(?<!\bnot\s)\bmanaged\s+(?:\w+\s+){0,3}?to\s+(?:leave|get out)\b",
    ],
)
def test_word_start_search_is_the_pattern_search(pattern):
    rx = compile_lower(pattern)
    ws = word_start(rx)
    assert isinstance(ws, WordStart)
    for text in TEXTS:
        low = lower(text)
        for pos in range(len(low) + 1):
            a, b = rx.search(low, pos), ws.search(low, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@pytest.mark.parametrize("pattern", [r"\bfoo|bar", r"\b(?:foo|\.bar)", r"x\b", r"(?=a)\ba"])
def test_word_start_keeps_patterns_that_may_start_elsewhere(pattern):
    rx = compile_fast(pattern)
    assert word_start(rx) is rx


def test_word_start_slow_only_keeps_cheap_patterns():
    rx = compile_fast(r"\b(?:said|says)\b")
    assert word_start(rx, slow_only=True) is rx
    assert isinstance(word_start(compile_fast(r"(?<!not\s)\bsaid\b"), slow_only=True), WordStart)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:not|no longer|never)\s+(?:\w+\s+)?possible|\bimpossible\b|(?<!\bwhich\s)\bhad\s+to\s+"
        r"turn\s+back\b",
        r"(?<!\bnot\s)\bmanaged\s+(?:\w+\s+){0,3}?to\s+(?:leave|get out)\b",
        r"(?:[,;]|\bthe)\s+(?:convoy|town)(?:s|es)?\b",
        r"\b(?:to|into|towards?|for)\s+(?:the\s+)?(?:\w+\s+){0,2}$",
    ],
)
def test_literal_starts_search_is_the_pattern_search(pattern):
    rx = compile_lower(pattern)
    for wrapped in (literal_starts(rx), literal_starts(word_start(rx))):
        assert isinstance(wrapped, LiteralStarts)
        for text in TEXTS + ["the convoys, the towns; towards the town of x", ""]:
            low = lower(text)
            for pos in range(len(low) + 1):
                for end in (pos, pos + 7, len(low), len(low) + 5):
                    a, b = rx.search(low, pos, end), wrapped.search(low, pos, end)
                    assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@pytest.mark.parametrize(
    "pattern",
    [r"\w+ly\b", r"(?:foo)?bar", r"\b(?:foo|\s+bar)", r"[^,]+,", r"a|"],
)
def test_literal_starts_keeps_patterns_with_no_literal_start(pattern):
    rx = compile_fast(pattern)
    assert literal_starts(rx) is rx
    ci = compile_fast(pattern, re.I)  # (case-insensitive literals are no literal starts)
    assert literal_starts(ci) is ci


@pytest.mark.parametrize(
    "text, dates",
    [
        (
            "On June 14, 2022 and 3 July the town fell; 2022-08-01 too.",
            [(2022, 8, 1), (2022, 6, 14), (2022, 7, 3)],
        ),
        ("x2022-08-01 and aJune 4 and 14x June are no dates", []),
        ("By Sept. 30 and 1st of October", [(2022, 9, 30), (2022, 10, 1)]),
        ("June 40 and 45 May and 31 June", []),
    ],
)
def test_explicit_dates_at_word_starts_only(text, dates):
    assert _dates.explicit_dates(text) == [dt.date(*d) for d in dates]


@pytest.mark.parametrize(
    "text, day",
    [
        ("It is DAY 111 of the war.", dt.date(2022, 6, 14)),
        ("On the 111th Day of the war", dt.date(2022, 6, 14)),
        ("Day 20: shelling continued", dt.date(2022, 3, 15)),
        ("Today was calm; Monday 5 soldiers were hurt.", None),
    ],
)
def test_war_day_gate_keeps_every_match(text, day):
    assert _dates.war_day(text) == day


def test_month_only_gate():
    text = "in early March 2023, then mid-April 2022 and May, 2022"
    got = [m.group(0) for m in _dates._month_only(text)]
    assert got == [m.group(0) for m in _dates.MONTH_ONLY.finditer(text)]
    assert list(_dates._month_only("March, and April")) == []
    assert re.search(_dates._MONTH_AT_WORD, "DJune") is None
