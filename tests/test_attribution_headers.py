"""Attribution from a report's header line and from transcript labels: the author of the
whole text, and the speaker a "Name:" turn or an "Update from NAME:" label names."""

from __future__ import annotations

from analyst_kit import _attribution as attr
from analyst_kit.parse import parse_report


def _phrase(sentence: str) -> str | None:
    """The speaker phrase find_speaker_phrase reads in ``sentence`` (None when none)."""
    _, outlet_spans = attr.find_outlet(sentence)
    found = attr.find_speaker_phrase(sentence, outlet_spans)
    return found["np"] if found else None


def _table_sides(text: str, table: str) -> list[str | None]:
    """The claimed_by_side of each row parse_report gives ``table`` for ``text``."""
    return list(parse_report(text)[table]["claimed_by_side"])


def test_news_release_header_names_the_author() -> None:
    # "ICRC news release - Geneva": the release's unattributed sentences are the ICRC's
    text = (
        "ICRC news release - Geneva\n\n"
        "Red Cross convoy turns back before Berdiansk\n\n"
        "The evacuation of civilians from Berdiansk was impossible today because the route was "
        "not safe.\n"
    )
    assert _table_sides(text, "evacuations") == ["INTL"]


def test_morning_report_header_names_the_author() -> None:
    # "General Staff morning report, relayed by X": the summary is the General Staff's
    text = (
        "General Staff morning report, relayed by Ukrinform (summary)\n\n"
        "Ukrainian units repelled an assault on Soledar and are holding their positions.\n"
    )
    assert _table_sides(text, "control") == ["UA"]


def test_statement_header_with_title_and_place_names_the_author() -> None:
    # "Statement by TITLE NAME - Place, date": the name with a middle name is still the
    # curated person, and the place after the dash is no part of it
    text = (
        "Statement by IAEA Director General Rafael Mariano Grossi - Vienna, 3 June 2023\n\n"
        "The situation near the plant is tense, the Director General said today.\n\n"
        "Inspectors were told that the evacuation of residents from Enerhodar has started.\n"
    )
    assert _table_sides(text, "evacuations") == ["INTL"]


def test_header_without_an_author_gives_no_side() -> None:
    # a news headline that names no release, report or statement author: no author
    text = (
        "Morning traffic report - Kharkiv\n\n"
        "The evacuation of civilians from Vovchansk has started, with buses leaving at noon.\n"
    )
    assert _table_sides(text, "evacuations") == [None]


def test_tally_from_label_names_the_speaker() -> None:
    # a live-blog "Evening tally from NAME:" label: NAME's figures
    s = "Evening tally from Vereshchuk: about 2,000 residents reached Zaporizhzhia by car."
    assert _phrase(s) == "Vereshchuk"
    assert _phrase("Update from the regional governor: buses left the town at noon.") == (
        "the regional governor"
    )


def test_update_from_a_place_is_no_speaker() -> None:
    # "Update from Kharkiv:" names where the news is from, not who speaks
    assert _phrase("Update from Kharkiv: buses left the town at noon.") is None
    assert _phrase("Photos from Kharkiv: buses left the town at noon.") is None


def test_transcript_surname_label_is_the_speaker() -> None:
    # "Bastrykin: ..." in a meeting transcript: the curated official is the turn's speaker
    s = "Bastrykin: The lorry blew up on the road section and two spans collapsed."
    assert _phrase(s) == "Bastrykin"
    rec = attr.lookup_speaker("Bastrykin")
    assert rec is not None and rec["side"] == "RU"
    # an unknown one-word label is a rubric, not a speaker
    assert _phrase("Background: The lorry blew up on the road section.") is None


def test_briefing_carried_by_an_outlet_between_subject_and_verb() -> None:
    # "X, in its daily briefing carried by OUTLET, said": X speaks, the outlet relays
    s = (
        "The Russian defence ministry, in its evening briefing carried by TASS, said its "
        "units had taken better positions near the river."
    )
    assert _phrase(s) == "The Russian defence ministry"
    # "in a report on the strike by Kyiv" names no relaying outlet: nothing cut
    s = "The ministry, in a report on the strike by Kyiv, said the troops had left the town."
    assert _phrase(s) != "The ministry"


def test_possessive_summary_dated_for_a_day_names_its_body() -> None:
    # "The General Staff's evening summary for 6 January 2025 listed ...": the General Staff
    s = (
        "The Ukrainian General Staff's evening summary for 3 March 2025 listed many Russian "
        "assaults near the village of Dachne."
    )
    assert _phrase(s) == "The Ukrainian General Staff"
    # a place after "for" is no date: the phrase is not cut to a speaker
    s = "The ministry's daily report for Kherson listed many Russian assaults near Dachne."
    assert _phrase(s) != "The ministry"


def test_trailing_told_with_addressee_medium_and_day() -> None:
    # "..., NAME told A by video link on DAY.": a trailing attribution however long its tail
    s = (
        "Russian troops now hold about a fifth of the country, President Volodymyr Zelensky "
        "told the parliament of Estonia by video link on Thursday."
    )
    assert _phrase(s) == "President Volodymyr Zelensky"
    # a clause after the addressee ("that ... failed") is no medium tail
    s = (
        "Russian troops now hold about a fifth of the country, the speaker told the parliament "
        "that the vote by video link on Thursday had failed after a long debate."
    )
    assert _phrase(s) is None
