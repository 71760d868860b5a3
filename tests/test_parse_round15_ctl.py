"""Control rows on wording of reports the parser had not been tuned on (round 15): "no Russian
military units inside X", a force that is the speaker of a passive ("Kyiv says the town was
occupied"), and "the town" / "the city" standing for the one settlement a sentence just before
named. Each family holds paraphrases a different reporter might write, and cases where the rule
must not fire. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._rows import control_places

# --- no troops of a side inside a place: the other side holds it --------------------------------


@pytest.mark.parametrize(
    "text, row",
    [
        (
            "Mayor Ihor Terekhov said there were no Russian military units inside Kharkiv, only "
            "small sabotage groups.",
            ("Kharkiv", "UA", "UA"),
        ),
        (
            "The Ukrainian General Staff said there are no Russian servicemen within Chernihiv.",
            ("Chernihiv", "UA", "UA"),
        ),
        (
            "Ukraine's defence ministry says there are no longer any Russian armed forces in "
            "Trostianets.",
            ("Trostianets", "UA", "UA"),
        ),
        (
            "Russia's defence ministry said there were no Ukrainian regular troops left in "
            "Rubizhne.",
            ("Rubizhne", "RU", "RU"),
        ),
    ],
)
def test_no_troops_of_a_side_inside(text: str, row: tuple) -> None:
    assert row in control_places(text)


@pytest.mark.parametrize(
    "text",
    [
        # near a place, not in it: no one's ground is told
        "Ukraine's General Staff said there were no Russian military units near Chernihiv.",
        "The mayor said there were no Russian servicemen on the roads towards Sumy.",
    ],
)
def test_no_troops_near_gives_no_row(text: str) -> None:
    assert control_places(text) == set()


# --- a force before the reporting verb is the speaker, not the agent of a passive after it -------


@pytest.mark.parametrize(
    "text, row",
    [
        (
            "Russian troops entered Slavutych on Saturday. Kyiv regional governor Oleksandr "
            "Pavliuk said the town was occupied.",
            ("Slavutych", "RU", "UA"),
        ),
        (
            "Fighting reached Trostianets on Monday. Kyiv says the town has been occupied since "
            "March 1.",
            ("Trostianets", "RU", "UA"),
        ),
        (
            "Ukraine's military said on Friday that Hola Prystan had been occupied.",
            ("Hola Prystan", "RU", "UA"),
        ),
        (
            "Moscow announced that Kupiansk had been captured.",
            ("Kupiansk", "RU", "RU"),
        ),
    ],
)
def test_speaker_force_is_no_passive_agent(text: str, row: tuple) -> None:
    assert row in control_places(text)


def test_agent_after_reporting_verb_still_counts() -> None:
    # the force after the reporting verb, in the reported clause, still took the town
    text = "Kyiv said Russian troops had occupied Hola Prystan."
    assert ("Hola Prystan", "RU", "UA") in control_places(text)


# --- "the town" / "the city": the one settlement of the sentence or two just before --------------

_FOCUS = "Kharkiv was shelled again overnight. Kharkiv officials counted the damage. "


@pytest.mark.parametrize(
    "text, row",
    [
        (
            _FOCUS + "About Vovchansk. The town is still occupied.",
            ("Vovchansk", "RU", None),
        ),
        (
            _FOCUS + "Aid convoys could not reach Avdiivka this week, where hundreds remain in "
            "basements. No pause has been agreed, she said. Regional head Pavlo Kyrylenko said "
            "the Ukrainian army held the city.",
            ("Avdiivka", "UA", "UA"),
        ),
        (
            _FOCUS + "Reporters visited Balakliia on Sunday. Ukraine's army said the town had "
            "been liberated.",
            ("Balakliia", "UA", "UA"),
        ),
    ],
)
def test_the_town_is_the_one_just_named(text: str, row: tuple) -> None:
    rows = control_places(text)
    assert row in rows
    assert not any(p == "Kharkiv" for p, _, _ in rows)


def test_the_town_after_two_named_is_the_focus() -> None:
    # the sentence before names two towns: which one "the city" is stays unclear, the report's
    # focus is kept
    text = (
        _FOCUS + "Buses ran from Izium to Balakliia. Ukraine's army said the city remained "
        "under Ukrainian control."
    )
    rows = control_places(text)
    assert ("Izium", "UA", "UA") not in rows
    assert ("Balakliia", "UA", "UA") not in rows


def test_the_town_in_a_new_paragraph_is_the_focus() -> None:
    text = (
        _FOCUS + "Reporters visited Balakliia on Sunday.\n\nUkraine's army said the city "
        "remained under Ukrainian control."
    )
    assert ("Balakliia", "UA", "UA") not in control_places(text)


# --- a whole quote right after an attributed quote: the same speaker goes on ----------------------


@pytest.mark.parametrize(
    "text, row",
    [
        (
            'Kharkiv was shelled. "We have pushed them back from the city," Governor Oleh '
            'Syniehubov said on Telegram. "Russian troops still occupy Vovchansk."',
            ("Vovchansk", "RU", "UA"),
        ),
        (
            '"Our units are holding," said Serhiy Haidai, the Luhansk governor. "But the enemy '
            'has taken Popasna and is pressing on Hirske."',
            ("Popasna", "RU", "UA"),
        ),
        (
            '"The operation is going to plan," Igor Konashenkov, the Russian defence ministry '
            'spokesman, told reporters. "Allied forces have liberated Rubizhne."',
            ("Rubizhne", "RU", "RU"),
        ),
    ],
)
def test_quote_goes_on_in_the_same_voice(text: str, row: tuple) -> None:
    assert row in control_places(text)


def test_quote_in_a_new_paragraph_is_not_inherited() -> None:
    text = (
        '"We have pushed them back from the city," Governor Oleh Syniehubov said on Telegram.'
        '\n\n"Russian troops still occupy Vovchansk."'
    )
    assert ("Vovchansk", "RU", "UA") not in control_places(text)


# --- a digest that opens "Posts by NAME, ROLE": its unattributed items are NAME's ----------------


@pytest.mark.parametrize(
    "intro",
    [
        "Posts by the head of the Chernihiv regional military administration, Viacheslav "
        "Chaus, translated and shortened.",
        "Posts by Viacheslav Chaus, head of the Chernihiv Regional State Administration "
        "(translated).",
        "Telegram updates from the governor of Chernihiv region, Viacheslav Chaus, with "
        "context added.",
    ],
)
def test_posts_by_intro_speaks_for_the_items(intro: str) -> None:
    text = (
        "CHERNIHIV REGION | Telegram digest\n"
        + intro
        + "\n\n09:10 - Nizhyn is under our control.\n\n11:30 - About Novhorod-Siverskyi. "
        "The town is still occupied."
    )
    rows = control_places(text)
    assert ("Nizhyn", "UA", "UA") in rows
    assert ("Novhorod-Siverskyi", "RU", "UA") in rows


def test_posts_without_a_named_author_stay_unattributed() -> None:
    text = "Posts from regional channels, translated.\n\n09:10 - Nizhyn is under Ukrainian control."
    assert ("Nizhyn", "UA", "UA") not in control_places(text)


# --- "broke into X" told by the side defending X: a raid, no ground conceded ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Governor Oleh Syniehubov said Russian light vehicles had broken into Kharkiv.",
        "Ukraine's General Staff said Russian units were breaking into Avdiivka from the south.",
        "Ukraine's military said enemy sabotage groups broke into Irpin overnight.",
    ],
)
def test_raid_told_by_defender_gives_no_row(text: str) -> None:
    assert not any(c == "RU" for _, c, _ in control_places(text))


@pytest.mark.parametrize(
    "text, row",
    [
        (
            "Igor Konashenkov said Russian troops broke into Ocheretyne on Sunday.",
            ("Ocheretyne", "RU", "RU"),
        ),
        (
            "Ukraine's General Staff said Ukrainian assault units had broken into Klishchiivka.",
            ("Klishchiivka", "UA", "UA"),
        ),
    ],
)
def test_attacker_breaking_in_still_claims(text: str, row: tuple) -> None:
    assert row in control_places(text)


# --- "de-occupied": liberated, by the speaker's side --------------------------------------------


@pytest.mark.parametrize(
    "text, row",
    [
        (
            "Governor Ivan Fedorov said the Zaporizhzhia region is now 30% de-occupied.",
            ("Zaporizhzhia oblast", "UA", "UA"),
        ),
        (
            "Governor Oleh Syniehubov said Balakliia has been de-occupied.",
            ("Balakliia", "UA", "UA"),
        ),
        (
            "Ukraine's General Staff said the village of Dudchany was deoccupied on Tuesday.",
            ("Dudchany", "UA", "UA"),
        ),
    ],
)
def test_de_occupied_is_liberated(text: str, row: tuple) -> None:
    assert row in control_places(text)


@pytest.mark.parametrize(
    "text",
    [
        # an aim, and villages named by no one: no ground claimed
        "She warned that the army is preparing to de-occupy the south.",
        "Governor Oleh Syniehubov urged people not to return to de-occupied villages.",
    ],
)
def test_de_occupy_aim_gives_no_row(text: str) -> None:
    assert control_places(text) == set()
