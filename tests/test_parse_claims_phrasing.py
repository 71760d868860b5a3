"""Speaker attribution on the phrasings of wire and ministry reports (claims table)."""

from __future__ import annotations

from analyst_kit import _attribution as attr
from analyst_kit.parse import parse_report


def _phrase(sentence: str) -> str | None:
    """The speaker phrase find_speaker_phrase reads in ``sentence`` (None when none)."""
    _, outlet_spans = attr.find_outlet(sentence)
    found = attr.find_speaker_phrase(sentence, outlet_spans)
    return found["np"] if found else None


def _speakers(text: str) -> list[str]:
    """The speakers of the claims parse_report reads in ``text``."""
    return list(parse_report(text)["claims"]["speaker"])


def test_quote_then_speaker_with_long_tail() -> None:
    # a closing quote, then "NAME told reporters ..." with a long tail: NAME's quote
    s = (
        '"The depot was empty for weeks," Hrytsenko told reporters on arrival at the airport '
        "in the capital, without giving any details of the damage."
    )
    assert _phrase(s) == "Hrytsenko"


def test_scare_quote_does_not_open_a_speaker_clause() -> None:
    # a quoted word inside the sentence is no statement: its clause is not a speaker
    s = (
        'Troops have "cleared" the hamlet of Dubky, which the army calls a fortified position '
        "held by several brigades along the river bank and the railway line further south."
    )
    assert _phrase(s) != "the hamlet of Dubky"
