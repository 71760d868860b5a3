"""Control rows on wording of reports the parser had not been tuned on (round 11): a place
located by a relative clause ("X, which lies 40 km north of Y, remained ..."), "occupied X"
in a speaker's words as that speaker's claim, "the occupied port of X", a transcript's "I'll
say" that is no new speaker, and a letterhead body whose unnamed official speaks for it. Each
family holds paraphrases a different reporter might write, and cases where the rule must not
fire. Sentences written for these tests."""

from __future__ import annotations

import pytest

from analyst_kit.parse import parse_report
from tests._rows import claim_rows, control_places

# --- "X, which lies 40 km north of Y, remained ...": X is the subject, Y only locates it ------


@pytest.mark.parametrize(
    "text, row, not_place",
    [
        (
            "Governor Oleh Syniehubov said Zolochiv, which lies about 50 km (31 miles) north-west "
            "of the city of Kharkiv, remained under Ukrainian control.",
            ("Zolochiv", "UA", "UA"),
            "Kharkiv",
        ),
        (
            "Ukrainian officials said Siversk, which is some 30 km east of Sloviansk, was still "
            "in Ukrainian hands.",
            ("Siversk", "UA", "UA"),
            "Sloviansk",
        ),
        (
            "The Russian Defence Ministry said Popasna, located 20 km south of Sievierodonetsk, "
            "had been captured by Russian troops.",
            ("Popasna", "RU", "RU"),
            "Sievierodonetsk",
        ),
    ],
)
def test_relative_locator_keeps_the_subject(text: str, row: tuple, not_place: str) -> None:
    got = control_places(text)
    assert row in got
    assert not any(p == not_place for p, _, _ in got)


# --- "occupied X" in a speaker's words: the speaker says the other side holds X ---------------


@pytest.mark.parametrize(
    "text, row",
    [
        (
            "Russian soldiers in occupied Melitopol detained two activists on Sunday, mayor Ivan "
            "Fedorov said.",
            ("Melitopol", "RU", "UA"),
        ),
        (
            "Ukraine's navy said it had struck a Russian patrol boat at the occupied port of "
            "Skadovsk.",
            ("Skadovsk", "RU", "UA"),
        ),
        (
            "Ukrainian officials said a convoy reached the occupied town of Nova Kakhovka "
            "overnight.",
            ("Nova Kakhovka", "RU", "UA"),
        ),
    ],
)
def test_occupied_town_in_a_speakers_words(text: str, row: tuple) -> None:
    assert row in control_places(text)


@pytest.mark.parametrize(
    "text",
    [
        # a title, no claim
        "The exiled mayor of occupied Melitopol, Ivan Fedorov, wrote that the airfield burned.",
        "Officials appointed by Russia in the occupied part of the region said schools reopened.",
    ],
)
def test_occupied_in_a_title_claims_nothing(text: str) -> None:
    assert control_places(text) == set()


# --- "I'll just say ...", "we'd say" in a transcript: the answerer, not a new speaker -----------


@pytest.mark.parametrize("line", ["I'll just say they have been very careful.",
                                  "We'd say the situation is unchanged."])  # fmt: skip
def test_contracted_pronoun_is_no_speaker(line: str) -> None:
    text = (
        "MINISTRY SPOKESMAN: Izium is still under Russian control. Both sides are shelling. " + line
    )
    speakers = {sp for sp, _, _ in claim_rows(text)}
    assert not any("'" in (sp or "") for sp in speakers)


# --- a letterhead body's unnamed official speaks for it -----------------------------------------


@pytest.mark.parametrize(
    "letterhead, label",
    [
        ("U.S. Department of Defense", "SENIOR DEFENSE OFFICIAL"),
        ("US Department of Defense", "SENIOR MILITARY OFFICIAL"),
    ],
)
def test_letterhead_gives_its_officials_a_side(letterhead: str, label: str) -> None:
    text = (
        f"date 2022-03-05\n{letterhead}\nBackground Briefing on Ukraine\n\n"
        f"{label}: Chernihiv and Sumy are still under Ukrainian control.\n"
    )
    rows = parse_report(text)["control"].to_dict("records")
    got = {(r["place"], r["controller_side"], r["claimed_by_side"]) for r in rows}
    assert ("Chernihiv", "UA", "US") in got


def test_no_letterhead_no_side() -> None:
    text = (
        "date 2022-03-05\nBackground Briefing on Ukraine\n\n"
        "SENIOR DEFENSE OFFICIAL: Chernihiv and Sumy are still under Ukrainian control.\n"
    )
    rows = parse_report(text)["control"].to_dict("records")
    assert all(r["claimed_by_side"] != "US" for r in rows)


# --- an axis of advance ("the Zaporizhzhia direction") is no ground held ------------------------


@pytest.mark.parametrize(
    "text, not_place",
    [
        (
            "Ukraine's General Staff said Russian units were digging in along the border in the "
            "Sumy direction.",
            "Sumy",
        ),
        (
            "The Russian Defence Ministry said its troops were holding the line on the "
            "Zaporizhzhia axis.",
            "Zaporizhzhia",
        ),
    ],
)
def test_axis_is_no_place_held(text: str, not_place: str) -> None:
    assert not any(p.startswith(not_place) for p, _, _ in control_places(text))


def test_axis_town_is_still_the_town_of_a_later_clause() -> None:
    text = (
        "The General Staff said the Kurakhove direction saw the most assaults, and that the "
        "town remained under Ukrainian control."
    )
    assert ("Kurakhove", "UA", "UA") in control_places(text)


# --- reserves, equipment or people pulled out of a town: the town is not given up --------------


@pytest.mark.parametrize(
    "text",
    [
        '"The enemy is pulling reserves out of Kramatorsk," a separatist commander said.',
        "Ukrainian officials said the army was pulling equipment out of Kupiansk for repairs.",
        "Rescuers were pulling residents out of the rubble in Sloviansk, the governor said.",
    ],
)
def test_pulling_things_out_is_no_withdrawal(text: str) -> None:
    assert control_places(text) == set()


def test_pulling_troops_out_is_still_a_withdrawal() -> None:
    got = control_places("The Russian Defence Ministry said its troops had pulled out of Lyman.")
    assert ("Lyman", "UA", "RU") in got


# --- "only marginal gains in X": a little ground, not X held ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ISW assessed that Russian forces had made only marginal gains in Toretsk this week.",
        "Analysts said Russian troops made marginal gains in Chasiv Yar over the past month.",
    ],
)
def test_marginal_gains_hold_nothing(text: str) -> None:
    assert not any(c == "RU" for _, c, _ in control_places(text))


def test_steady_gains_still_hold() -> None:
    text = "ISW assessed that Russian forces had made steady gains in Krasnohorivka."
    assert any(p == "Krasnohorivka" and c == "RU" for p, c, _ in control_places(text))


# --- "the east bank of the X River": the river's bank, named with the river ---------------------


@pytest.mark.parametrize(
    "text, river",
    [
        (
            "ISW assessed that Ukrainian forces likely hold a small bridgehead on the east bank "
            "of the Oskil River near Kupiansk.",
            "Oskil",
        ),
        (
            "Ukrainian officials said their troops held the western bank of the Inhulets near "
            "Andriivka.",
            "Inhulets",
        ),
    ],
)
def test_bank_of_a_river_keeps_the_river(text: str, river: str) -> None:
    assert any(river in p for p, _, _ in control_places(text))


def test_where_antecedent_bank_not_a_later_city() -> None:
    text = (
        "Kherson governor Oleksandr Prokudin said the shells came from the left bank of the "
        "Dnipro, where Russian troops entrenched after leaving the city last year."
    )
    assert not any(p == "Kherson" and c == "RU" for p, c, _ in control_places(text))


# --- a digest's post header "NAME, mayor of X": a Ukrainian town's official speaks for UA -----


@pytest.mark.parametrize(
    "header, line, row",
    [
        (
            "09:15 | Petro Ivanenko, mayor of Bakhmut",
            "Bakhmut is ours and will stay ours, Ivanenko said in a video.",
            ("Bakhmut", "UA", "UA"),
        ),
        (
            "14:30 | Vitaliy Kim, governor of Mykolaiv region",
            "Kim said Snihurivka remains under the control of the Ukrainian army.",
            ("Snihurivka", "UA", "UA"),
        ),
    ],
)
def test_post_header_local_official_side(header: str, line: str, row: tuple) -> None:
    text = f"date 2022-03-10\nDigest of posts\n\n{header}\n{line}\n"
    rows = parse_report(text)["control"].to_dict("records")
    assert row in {(r["place"], r["controller_side"], r["claimed_by_side"]) for r in rows}


def test_post_header_foreign_official_no_ukrainian_side() -> None:
    text = (
        "date 2022-03-10\nDigest of posts\n\n09:15 | Ivan Petrov, mayor of Belgorod\n"
        "Petrov said shells had hit a warehouse in the city.\n"
    )
    sides = {sd for _, sd, _ in claim_rows(text.split("\n", 1)[1])}
    assert "UA" not in sides


# --- "the regional centre": the oblast centre named last ---------------------------------------


@pytest.mark.parametrize(
    "text, row",
    [
        (
            "Governor Vitaliy Kim said fighting continued on the outskirts of Mykolaiv. The "
            "regional centre itself remains under Ukrainian control, he added.",
            ("Mykolaiv", "UA", "UA"),
        ),
        (
            "Oleh Syniehubov said shells hit the outskirts of Kharkiv and that the regional "
            "center was still in Ukrainian hands.",
            ("Kharkiv", "UA", "UA"),
        ),
    ],
)
def test_regional_centre_is_the_oblast_centre(text: str, row: tuple) -> None:
    assert row in control_places(text)


def test_regional_centre_needs_an_oblast_centre() -> None:
    # Izium is no oblast centre: "the regional centre" is not it
    text = (
        "Officials said fighting continued near Izium. The regional centre remains under "
        "Ukrainian control, they said."
    )
    assert not any(p == "Izium" for p, _, _ in control_places(text))


# --- "Kyiv regional governor": Kyiv oblast, whose centre is outside it ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv regional governor Oleksandr Pavliuk said that the whole of the region had now been "
        "freed.",
        "The head of the Kyiv regional military administration said the entire region was "
        "liberated.",
    ],
)
def test_kyiv_regional_official_region(text: str) -> None:
    assert ("Kyiv oblast", "UA", "UA") in control_places(text)


def test_kyiv_alone_is_the_city() -> None:
    rows = parse_report("date 2022-04-01\nShelling hit Kyiv on Monday, officials said.\n")
    assert "Kyiv" in set(rows["places"]["name"])


# --- 'was "not under Russian control"': a quotation opening before "not" -----------------------


@pytest.mark.parametrize(
    "text, row",
    [
        (
            'Governor Pavlo Kyrylenko said Avdiivka was "not under Russian control, though it is '
            'ruined".',
            ("Avdiivka", "UA", "UA"),
        ),
        (
            "The Russian Defence Ministry said Kreminna remained “not under Ukrainian control” "
            "despite the attacks.",
            ("Kreminna", "RU", "RU"),
        ),
    ],
)
def test_quoted_not_under_control(text: str, row: tuple) -> None:
    assert row in control_places(text)


# --- "X is holding, he said": the pronoun is the speaker, X the place --------------------------


@pytest.mark.parametrize(
    "text, row",
    [
        (
            "Governor Oleh Syniehubov spoke of heavy shelling. Kharkiv is holding, he said, and "
            "the enemy has not broken through.",
            ("Kharkiv", "UA", "UA"),
        ),
        (
            "Mayor Oleksandr Senkevych described the night. Mykolaiv stands firm, he wrote.",
            ("Mykolaiv", "UA", "UA"),
        ),
    ],
)
def test_place_before_a_parenthetical_pronoun(text: str, row: tuple) -> None:
    assert row in control_places(text)


def test_holding_talks_is_no_holding() -> None:
    text = "Governor Oleh Syniehubov spoke. Kharkiv is holding talks with donors, he said."
    assert control_places(text) == set()


# --- 'the region is "cleared"': the present passive of a clearing ------------------------------


@pytest.mark.parametrize(
    "text, row",
    [
        (
            'Governor Vitaliy Kim says the Mykolaiv region is "cleared" up to its southern border.',
            ("Mykolaiv oblast", "UA", "UA"),
        ),
        (
            "Chernihiv governor Viacheslav Chaus says the Chernihiv region is now cleared.",
            ("Chernihiv oblast", "UA", "UA"),
        ),
    ],
)
def test_present_passive_cleared(text: str, row: tuple) -> None:
    assert row in control_places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials say the road to Mykolaiv is cleared up and open again.",
        "The governor said the Chernihiv region is cleared of mines only in part.",
    ],
)
def test_cleared_up_or_of_mines_holds_nothing(text: str) -> None:
    assert control_places(text) == set()


# --- a transcript answer with no subject: the place the question asked about -------------------


@pytest.mark.parametrize(
    "question, answer, row",
    [
        ("Q: And Kharkiv itself?", "SPOKESMAN: Still in Ukrainian hands.", ("Kharkiv", "UA")),
        (
            "Q: What about Melitopol?",
            "MINISTER: Under Russian control, as far as we know.",
            ("Melitopol", "RU"),
        ),
    ],
)
def test_subjectless_answer_takes_the_asked_place(question: str, answer: str, row: tuple) -> None:
    text = f"date 2022-03-05\nBriefing\n\n{question}\n\n{answer}\n"
    rows = parse_report(text)["control"].to_dict("records")
    assert row in {(r["place"], r["controller_side"]) for r in rows}


@pytest.mark.parametrize(
    "question, answer",
    [
        # two places asked about: which one is unsaid
        ("Q: What about Kharkiv and Sumy?", "SPOKESMAN: Still in Ukrainian hands."),
        # no question before the answer
        ("Shelling hit Kharkiv overnight.", "SPOKESMAN: Still in Ukrainian hands."),
    ],
)
def test_subjectless_answer_needs_one_asked_place(question: str, answer: str) -> None:
    text = f"date 2022-03-05\nBriefing\n\n{question}\n\n{answer}\n"
    assert parse_report(text)["control"].empty


# --- "X was protected / defended / guarded by Y forces": Y holds X -----------------------------


@pytest.mark.parametrize(
    "text, row",
    [
        (
            'A Russian-installed official said the left bank was "reliably protected" by '
            "Russian troops.",
            ("left bank", "RU", "RU"),
        ),
        (
            "Ukrainian officials said Siversk, defended by Ukrainian units, was under heavy fire.",
            ("Siversk", "UA", "UA"),
        ),
        (
            "The Russian Defence Ministry said Nova Kakhovka was now firmly guarded by Russian "
            "troops.",
            ("Nova Kakhovka", "RU", "RU"),
        ),
    ],
)
def test_guarded_by_forces(text: str, row: tuple) -> None:
    assert row in control_places(text)


@pytest.mark.parametrize(
    "text",
    [
        # the place only names the bridge's end: the bridge is guarded, not the town
        "Officials said the bridge to Kherson was guarded by Russian troops.",
        # no force: air defence protects, it holds no ground
        "The governor said Kyiv was protected by air defence systems overnight.",
        # people protected
        "Officials said civilians in Kherson were protected by volunteers.",
    ],
)
def test_guarded_not_held(text: str) -> None:
    assert control_places(text) == set()


# --- "X is Ukraine" said of a town the speaker calls occupied: allegiance, not holding ----------


@pytest.mark.parametrize(
    "text",
    [
        '"The occupiers want to break us, but Melitopol is Ukraine," mayor Ivan Fedorov wrote.',
        "Governor Vitaliy Kim said Kherson, though occupied for now, is Ukraine.",
    ],
)
def test_occupied_town_is_ukraine_holds_nothing_new(text: str) -> None:
    assert not any(c == "UA" for _, c, _ in control_places(text))


def test_liberated_town_is_ukraine_still_held() -> None:
    text = (
        "Oleh Syniehubov, head of the Kharkiv regional military administration, posted a photo "
        'from the square and wrote that Balakliia "is Ukraine".'
    )
    assert ("Balakliia", "UA", "UA") in control_places(text)
