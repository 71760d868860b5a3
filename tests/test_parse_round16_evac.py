"""Round 16, evacuations: statements about evacuations in wordings of this round's own about
2022 events (written for these tests, not copied from a report). Each family of phrasings has
several paraphrases, and negative cases say what must not give a row."""

from __future__ import annotations

import pytest

from tests._rows import evac_rows


# a checkpoint on the road out is a stop on the way, not where people leave: the town the
# report spoke of before is ("turned back at checkpoints near X", "queues at the checkpoint
# in X", "held for hours at a checkpoint outside X")
@pytest.mark.parametrize(
    "sentence",
    [
        "Some of the cars were turned back at Russian checkpoints near Tokmak.",
        "Families trying to leave wait for days in queues at the checkpoint in Polohy.",
        "He said people leaving by car were held for hours at a checkpoint outside Tokmak.",
        "Drivers who tried to leave had been stopped at the Russian check-point at Polohy.",
    ],
)
def test_a_checkpoint_town_is_no_origin(sentence: str) -> None:
    text = (
        "Melitopol mayor Ivan Fedorov said on Tuesday that residents of Melitopol were still "
        f"trying to leave the city for Zaporizhzhia. {sentence}"
    )
    origins = {r[0] for r in evac_rows(text)}
    assert "Tokmak" not in origins and "Polohy" not in origins
    assert "Melitopol" in origins


def test_a_town_left_through_a_checkpoint_is_still_the_origin() -> None:
    # the place after "from" stays the origin, the checkpoint town a stop
    rows = evac_rows(
        "Residents of Enerhodar trying to leave for Zaporizhzhia were waiting at checkpoints "
        "near Vasylivka."
    )
    assert [r[0] for r in rows] == ["Enerhodar"]
