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


def test_trailing_speaker_before_a_short_adverbial_and_a_new_clause() -> None:
    # "..., NAME said after the talks in Y, while ...": a trailing attribution still
    s = (
        "Both sides would pull back heavy guns from the line, the head of the delegation, "
        "envoy Pavel Dronov, said after the talks in the old palace, while the other side "
        "insisted that a ceasefire must come first."
    )
    assert _phrase(s) == "envoy Pavel Dronov"


def test_named_speaker_with_appositive_and_saying_keeps_the_name() -> None:
    s = (
        "Shells hit the bus station in the north of the city on Monday, Ivan Karpenko, the "
        "head of the city, told Interfax, saying at least four people were hurt."
    )
    assert _phrase(s) != "the head of the city"


def test_manner_adverb_before_a_speech_verb() -> None:
    assert _phrase("Defence Minister Olga Petrenko flatly denied any involvement.") == (
        "Defence Minister Olga Petrenko"
    )
    assert _phrase("Governor Ivan Sokolov firmly rejected the claim on Tuesday.") == (
        "Governor Ivan Sokolov"
    )


def test_name_then_role_before_an_outlet_and_saying() -> None:
    # "..., NAME, the role, told OUTLET, saying ...": the named person, not the role alone
    s = (
        "A shell struck the tram depot near the central station late on Friday evening, "
        "Pavel Lutsenko, the Moscow-installed head of the city, told TASS, saying nine "
        "people had been hurt."
    )
    assert _phrase(s) == "Pavel Lutsenko, the Moscow-installed head of the city"


def test_called_it_a_characterisation_is_a_statement() -> None:
    s = "Ministry spokeswoman Irina Volkova called it a deliberate provocation."
    assert _phrase(s) == "Ministry spokeswoman Irina Volkova"
    # "called it off" is no statement
    assert _phrase("The regional council called it off after the alert.") is None


def test_echoed_a_statement() -> None:
    s = "EU foreign policy chief Marta Lindqvist echoed him in Luxembourg."
    assert _phrase(s) == "EU foreign policy chief Marta Lindqvist"
    assert _phrase("Explosions echoed across the valley before dawn.") is None


def test_put_a_figure_at_a_number_with_an_aside() -> None:
    s = "The regional health department, for its part, put the number of injured at 37."
    assert _phrase(s) == "The regional health department"
    assert _phrase("The brigade put pressure on the enemy's left flank.") is None


def test_lower_case_title_ending_in_a_role_head_before_a_name() -> None:
    s = "In Odesa, southern forces spokeswoman Halyna Moroz said the drones were downed."
    assert _phrase(s) == "southern forces spokeswoman Halyna Moroz"
    # lower-case words before a name without a role head are no speaker
    assert not attr.np_is_speaker("heavy shelling near Nova Kakhovka")


def test_name_then_role_without_article() -> None:
    s = (
        "The ferry has not been hit, its crew are safe and the port keeps working, "
        "Andrii Hrytsai, spokesman for the port authority, told local radio."
    )
    assert _phrase(s) == "Andrii Hrytsai, spokesman for the port authority"


def test_discourse_adverb_before_a_speech_verb() -> None:
    s = "The border service has meanwhile claimed that no boats crossed the river."
    assert _phrase(s) == "The border service"


def test_remarked_framed_as_and_declined_to() -> None:
    assert _phrase("Mayor Olena Didenko remarked that the sirens had stopped.") == (
        "Mayor Olena Didenko"
    )
    s = "The defence ministry framed the pullback from the hills as a planned regrouping."
    assert _phrase(s) == "The defence ministry"
    s = "Navy spokesman Petro Savchuk declined to confirm the losses."
    assert _phrase(s) == "Navy spokesman Petro Savchuk"
    # no statement: a figure that fell, a picture framed in wood
    assert _phrase("Grain exports declined to 2 million tonnes in May.") is None
    assert _phrase("The old photograph framed in oak hung in the hall.") is None


def test_office_quoted_him_is_the_office_holder() -> None:
    s = '"We will not leave the town," Mayor Oleh Bondar\'s office quoted him as saying.'
    assert _phrase(s) == "Mayor Oleh Bondar"
    # an outlet quoting "him" is still the last speaker's pronoun
    assert _phrase("Interfax quoted him as saying the talks had stalled.") == "he"


def test_with_clause_speaker() -> None:
    s = (
        "The convoy turned back at the frontier on Friday, with Interior Minister Pavel Lukin "
        "insisting it had never crossed the border."
    )
    assert _phrase(s) == "Interior Minister Pavel Lukin"
    assert _phrase("The column moved north, with Heavy Tanks covering its flank.") is None
    assert _phrase("The talks ended with President Ivan Orlov saying nothing.") is None


def test_a_weekday_is_no_speaker() -> None:
    assert _phrase("Kharkiv city council, update of Tuesday, March 4, 2025") != "Tuesday"
    assert not attr.np_is_speaker("Friday")
    assert attr.np_is_speaker("Governor Oleh Syniehubov")


def test_channel_post_header_names_the_author() -> None:
    text = (
        "Vyacheslav Gladkov, Governor of Belgorod Region - Telegram, 3 March 2024\n\n"
        "The shelling of Shebekino continued all night. Two houses burned down.\n"
    )
    assert set(_speakers(text)) == {"Vyacheslav Gladkov"}
    # an ordinary first line with a comma is no post header
    text = "Shelling hit Shebekino overnight, officials say\n\nTwo houses burned down.\n"
    assert "Vyacheslav Gladkov" not in _speakers(text)


def test_speaking_in_a_place_participle() -> None:
    s = "Senator Mark Ellison was the first to raise the charge, speaking in the Senate."
    assert _phrase(s) == "Senator Mark Ellison"
    assert _phrase("Heavy rain fell all day, speaking of which the roads flooded.") is None


def test_what_x_called_a_characterisation() -> None:
    s = "Kherson came under what governor Roman Lytvyn called the worst shelling in weeks."
    assert _phrase(s) == "governor Roman Lytvyn"
    # "what X said" reports no statement
    assert _phrase("Nobody knows what the minister said at the closed meeting.") is None
