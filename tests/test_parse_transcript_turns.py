"""A transcript's turns under a speaker label ("SURNAME: ...") whose later sentences name no
speaker of their own: they stay the labelled speaker's, and parsing never fails on them
(remarks written for these tests)."""

from __future__ import annotations

from analyst_kit.parse import parse_report, read_reports

_TRANSCRIPT = (
    "Remarks to reporters after the talks in Istanbul\n\n"
    "OLEKSANDR PETRENKO (adviser to the delegation): We discussed the corridors today.\n\n"
    "QUESTION (Interfax): When will they open?\n\n"
    "PETRENKO: The military will agree the routes. It is a matter of days, not weeks.\n"
)


def test_turn_sentence_with_no_speaker_phrase_keeps_the_turn() -> None:
    # the second sentence of a turn has no speaker phrase: the side lookup that reads the
    # words around a speaker phrase must not run on it (it raised TypeError and the whole
    # report was skipped)
    claims = parse_report(_TRANSCRIPT)["claims"]
    turn = claims[claims["start"] >= _TRANSCRIPT.index("PETRENKO:")]
    assert len(turn) >= 1
    assert set(turn["speaker"].str.upper()) <= {"PETRENKO", "OLEKSANDR PETRENKO"}


def test_transcript_is_not_skipped() -> None:
    out = read_reports([_TRANSCRIPT])
    assert out["skipped"].empty
    assert len(out["reports"]) == 1
