"""'According to him/her/them': the object pronoun carries the speaker named before."""

from __future__ import annotations

import pytest

from analyst_kit.parse import parse_report


def _tables(text: str) -> dict:
    return parse_report("date 2022-05-01\n\n" + text)


@pytest.mark.parametrize(
    ("text", "table", "row"),
    [
        (
            "Serhiy Haidai, the governor of Luhansk region, spoke on television. According to "
            "him, Russian troops hold 70% of Sievierodonetsk.",
            "control",
            ("Sievierodonetsk", "UA"),
        ),
        (
            "Iryna Vereshchuk spoke to reporters in Kyiv. According to her, the corridor from "
            "Mariupol did not open because of shelling.",
            "evacuations",
            ("Mariupol", "UA"),
        ),
        (
            "LPR officials told TASS that fighting continued near Rubizhne. According to them, "
            "Ukrainian units blew up the bridge over the Siverskyi Donets at Staryi Saltiv.",
            "bridges",
            ("destroyed", "RU"),
        ),
    ],
)
def test_according_to_a_pronoun_is_the_speaker_before(text: str, table: str, row: tuple) -> None:
    rows = _tables(text)[table]
    got = {
        "control": lambda r: (r["place"], r["claimed_by_side"]),
        "evacuations": lambda r: (r["origin"], r["claimed_by_side"]),
        "bridges": lambda r: (r["status"], r["claimed_by_side"]),
    }[table]
    assert row in [got(r) for r in rows.to_dict("records")], rows


def test_according_to_him_with_no_one_named_before_gives_no_speaker() -> None:
    claims = _tables("According to him, Russian troops hold 70% of Sievierodonetsk.")["claims"]
    assert claims.empty or claims["speaker"].isna().all()
