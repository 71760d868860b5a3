"""Statements from the seventeenth session's control round, each in wordings of its own
(written for these tests, not copied from a report): every wording of a group must give the
group's rows, and the negative cases must give none."""

from __future__ import annotations

import pytest

from tests._rows import control_places

# a digest post under a label alone on its line ("[10:20] NAME:"), or under the bare surname of
# an official the digest named in full before: the post's lines are that official's words
_LABELLED_POSTS = [
    (
        "Chernihiv region: posts by regional officials, translated\n\n"
        "[08:10] Viacheslav Chaus, head of the Chernihiv regional military administration:\n"
        "Shelling overnight in the border villages, no casualties.\n\n"
        "[12:45] Chaus:\n"
        "Russian troops have entered Novhorod-Siverskyi.\n",
        ("Novhorod-Siverskyi", "RU", "UA"),
    ),
    (
        "Sumy region digest\n\n"
        "[07:30] Roman Hrytsenko, head of the Sumy district military administration: a quiet "
        "night in the city.\n\n"
        "[15:05] Hrytsenko, second post: Okhtyrka is under our control, the enemy has been "
        "pushed back.\n",
        ("Okhtyrka", "UA", "UA"),
    ),
    (
        "Posts from the Kharkiv regional administration channel\n\n"
        "09:00 - Oleh Syniehubov, head of the Kharkiv regional military administration:\n"
        "Air raid alert across the region.\n\n"
        "[18:20] Syniehubov, in an evening video:\n"
        "The occupiers still hold Vovchansk. We will return there.\n",
        ("Vovchansk", "RU", "UA"),
    ),
]


@pytest.mark.parametrize(("text", "row"), _LABELLED_POSTS)
def test_a_post_label_gives_its_lines_the_officials_side(text: str, row: tuple) -> None:
    assert row in control_places(text)


def test_a_label_alone_covers_its_paragraph_only() -> None:
    # after the blank line the compiler speaks again: no claimant from the label above
    text = (
        "Zaporizhzhia region: posts, translated\n\n"
        "[09:15] Ivan Fedorov, head of the Zaporizhzhia regional military administration:\n"
        "Shelling of Orikhiv continued overnight.\n\n"
        "Editor's context: Melitopol has been under Russian control since early March.\n"
    )
    assert not any(by == "UA" for p, _, by in control_places(text) if p == "Melitopol")


@pytest.mark.parametrize(
    "text",
    [
        # a one-word rubric before a colon names no one
        "Kherson digest\n\n[10:00] Context:\nRussian troops hold Nova Kakhovka.\n",
        # a surname the digest never named in full is not a known speaker
        "Kherson digest\n\n[10:00] Kovalchuk:\nRussian troops hold Nova Kakhovka.\n",
    ],
)
def test_an_unknown_label_gives_no_claimant(text: str) -> None:
    assert not any(by == "UA" for _, _, by in control_places(text))


# a title naming a body's statement ("IAEA statement", "ICRC - statement", "Update - IAEA
# Director General statement on ..."): its unattributed sentences are the body's
_STATEMENT_TITLES = [
    "IAEA statement on the situation in Ukraine\n\n"
    "The Zaporizhzhia Nuclear Power Plant, which Russian forces have held since March, lost "
    "its last external power line on Monday.\n",
    "Update - IAEA Director General statement on nuclear safety in Ukraine\n\n"
    "Russian troops have controlled the Zaporizhzhia Nuclear Power Plant since early March; "
    "the agency has no experts on site.\n",
    "IAEA press statement (summary)\n\n"
    "At the Zaporizhzhia Nuclear Power Plant, which remains under the control of Russian "
    "forces, one reactor is in cold shutdown.\n",
]


@pytest.mark.parametrize("text", _STATEMENT_TITLES)
def test_a_statements_title_names_its_narrators_side(text: str) -> None:
    rows = control_places(text)
    assert any(c == "RU" and by == "INTL" for _, c, by in rows), rows


def test_reactions_under_a_statement_are_not_the_bodys() -> None:
    # the compiler's heading ends the statement: what follows is not the body's own voice
    text = (
        "IAEA statement on the situation in Ukraine\n\n"
        "The agency's experts remain at the South Ukraine plant.\n\n"
        "Reactions (compiled by the desk):\n\n"
        "Mykolaiv, some 120 kilometres away and still under Ukrainian control, was not hit.\n"
    )
    assert not any(by == "INTL" for _, _, by in control_places(text))


@pytest.mark.parametrize(
    "text",
    [
        # a statement the title only reports on: "statement" is not after the body's name
        "Russia rejects the statement on Ukraine\n\n"
        "Russian troops have held Melitopol since early March.\n",
        # a body of no known name
        "Regional Committee statement\n\nRussian troops have held Melitopol since March.\n",
    ],
)
def test_a_title_without_a_known_body_gives_no_author(text: str) -> None:
    assert not any(by == "INTL" for _, _, by in control_places(text))


# a transcript whose title says an unnamed official of a country speaks: the official's
# labelled turns are of that country's side
_UNNAMED_OFFICIAL_TITLES = [
    (
        "Background briefing by a senior US defense official on the war - Friday, May 6\n\n"
        "SENIOR DEFENSE OFFICIAL: Kherson remains under Russian control.\n",
        ("Kherson", "RU", "US"),
    ),
    (
        "Briefing by a senior British defence official on the war in Ukraine, 12 June\n\n"
        "SENIOR DEFENCE OFFICIAL: Sumy is still in Ukrainian hands.\n",
        ("Sumy", "UA", "GB"),
    ),
    (
        "Press conference by a Ukrainian military spokesman (excerpts)\n\n"
        "MILITARY SPOKESMAN: Russian troops have captured Popasna.\n",
        ("Popasna", "RU", "UA"),
    ),
]


@pytest.mark.parametrize(("text", "row"), _UNNAMED_OFFICIAL_TITLES)
def test_a_titles_unnamed_official_gives_the_turns_side(text: str, row: tuple) -> None:
    assert row in control_places(text)


def test_a_named_official_in_the_title_is_not_an_unnamed_side() -> None:
    # no country word before the official: no side from the title
    text = (
        "Briefing by a senior defense official, excerpts\n\n"
        "SENIOR DEFENSE OFFICIAL: Kherson remains under Russian control.\n"
    )
    assert not any(by in ("US", "GB") for _, _, by in control_places(text))
