"""Forces in the words of an observer (UK intelligence, the IAEA, a US official): the observer
has no troops in the war, so "its forces" / "the retreating units" are the warring side named
before them, never the observer's side (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests._rows import bridge_tuples, control_rows


@pytest.mark.parametrize(
    ("sentence", "controller"),
    [
        ("The IAEA said Russia had informed it that its forces had taken control of the "
         "Zaporizhzhia nuclear power plant.", "RU"),
        ("A Pentagon official said Ukraine had told Washington that its troops had entered "
         "Kherson.", "UA"),
        ("UK Defence Intelligence said Russia had reported that its units had captured "
         "Popasna.", "RU"),
    ],
)  # fmt: skip
def test_its_forces_in_an_observers_words(sentence: str, controller: str) -> None:
    rows = control_rows(sentence)
    assert rows and {c for _, c, _, _ in rows} == {controller}


def test_retreating_units_named_by_an_observer() -> None:
    text = (
        "Britain's Ministry of Defence said that as Russia pulled back, its retreating units had "
        "probably blown up a bridge over the Oskil."
    )
    rows = bridge_tuples(text)
    # (who the units are is not in their clause: no actor rather than the observer)
    assert rows and all(actor in ("RU", None) and by == "GB" for _, _, actor, by in rows)


def test_a_warring_sides_own_forces_are_unchanged() -> None:
    assert control_rows("Ukraine's General Staff said its troops had entered Kherson.") == {
        ("Kherson", "UA", None, "UA")
    }
    rows = control_rows("A US official said troops had entered Kherson.")
    assert not any(c in ("US", "GB", "INTL") for _, c, _, _ in rows)
