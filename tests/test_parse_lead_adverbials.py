"""A sentence opening with an adverbial of time or place ("Back in X,", "Later in X,") before
its speaker: the adverbial is no part of the speaker (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests._rows import claim_rows


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Back in Kyiv, Oleksiy Arestovych told reporters the line was holding.", "Oleksiy Arestovych"),
        ("Later in Lviv, Mayor Andriy Sadovyi said the shelters were full.", "Andriy Sadovyi"),
        ("Earlier at the briefing, Igor Konashenkov said the bridge had been destroyed.", "Igor Konashenkov"),
        ("Back in Kyiv, an official at the presidential office said the talks were over.",
         "official at the presidential office"),
    ],
)  # fmt: skip
def test_adverbial_before_the_speaker_is_dropped(sentence: str, speaker: str) -> None:
    assert [sp for sp, _, _ in claim_rows(sentence)] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Back in Kramatorsk, a volunteer who drives to Bakhmut said the speech was watched.",
        "Back in Kyiv, the mood was calm.",
        "Out in Donbas, the shelling went on.",
    ],
)
def test_adverbial_is_never_a_speaker(sentence: str) -> None:
    assert not any(
        sp and sp.lower().startswith(("back ", "out ")) for sp, _, _ in claim_rows(sentence)
    )
