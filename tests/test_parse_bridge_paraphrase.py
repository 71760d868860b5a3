"""Bridge statements said in other words: the same fact in another voice, verb, word order or
attack phrase must give the same row (sentences written for these tests, not from a report)."""

from __future__ import annotations

import pytest

import analyst_kit as ak


def _bridge_rows(text: str) -> list[dict]:
    """The bridge rows of one report made of ``text``, each with its claim's side."""
    tables = ak.read_reports([text])
    sides = dict(zip(tables["claims"]["claim_id"], tables["claims"]["side"], strict=True))
    rows = tables["bridges"].astype(object).where(tables["bridges"].notna(), None)
    return [{**r, "side": sides.get(r["claim_id"])} for r in rows.to_dict("records")]


def _one_row(text: str) -> dict:
    rows = _bridge_rows(text)
    assert len(rows) == 1, rows
    return rows[0]


# the attacker named in the attack the bridge was hit in, after the status verb
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Chonhar road bridge was damaged in a Ukrainian missile strike, Vladimir Saldo, "
            "the Moscow-installed head of the Kherson region, said.",
            "UA",
        ),
        (
            "Vladimir Saldo, the Moscow-installed head of the Kherson region, said the Chonhar "
            "bridge had been damaged during a Ukrainian missile attack.",
            "UA",
        ),
        (
            "A bridge over the Oskil near Kupiansk was destroyed in a Russian missile strike "
            "overnight, Kharkiv governor Oleh Syniehubov said.",
            "RU",
        ),
        (
            "The crossing over the Oskil was knocked out during Russian shelling, Kharkiv "
            "governor Oleh Syniehubov said.",
            "RU",
        ),
        (
            "Ukraine's Operational Command South said the bridge over the Dniester estuary at "
            "Zatoka took a direct hit from a Russian missile overnight.",
            "RU",
        ),
    ],
)
def test_attack_phrase_after_the_status_names_the_actor(text, actor):
    assert _one_row(text)["actor_side"] == actor


def test_damaged_in_the_fighting_names_no_actor():
    row = _one_row("The bridge over the Oskil river was damaged in the fighting, officials said.")
    assert row["status"] == "damaged"
    assert row["actor_side"] is None


# a speaker opening the sentence does not act when the bridge is the reported clause's subject
@pytest.mark.parametrize(
    ("text", "status", "actor"),
    [
        (
            "Kirill Stremousov, deputy head of the Moscow-installed administration, said the "
            "Antonivskyi bridge over the Dnipro sustained damage in Ukrainian shelling overnight.",
            "damaged",
            "UA",
        ),
        (
            "Sergei Aksyonov, Crimea's Moscow-installed leader, said the Kerch bridge remained "
            "open to traffic.",
            "intact",
            None,
        ),
        (
            "Ukraine's Operational Command South said the Zatoka bridge over the Dniester "
            "estuary had been rendered impassable by Russian missile strikes.",
            "damaged",
            "RU",
        ),
    ],
)
def test_speaker_before_a_bridge_subject_is_not_the_actor(text, status, actor):
    row = _one_row(text)
    assert (row["status"], row["actor_side"]) == (status, actor)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the speaker's own forces, or another force, as the subject: still the actor
        (
            "Ukraine's SBU security service said its agents had damaged the underwater supports "
            "of the Crimean Bridge with explosives.",
            "UA",
        ),
        (
            "Serhiy Khlan, a member of the Kherson regional council, said Russian troops had "
            "demolished the bridge over the Inhulets river at Darivka before withdrawing.",
            "RU",
        ),
    ],
)
def test_a_force_after_the_speech_verb_stays_the_actor(text, actor):
    assert _one_row(text)["actor_side"] == actor


# demolition verbs: "blown the bridge", "dynamited", "severed"
@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's Defence Ministry said Ukrainian sappers had blown the road bridge over the "
        "Teteriv river at Ivankiv.",
        "Ukraine's Defence Ministry said the bridge over the Teteriv river at Ivankiv had been "
        "dynamited by Ukrainian troops.",
        "Ukrainian engineers dynamited the rail bridge near Irpin as the column approached, "
        "Ukraine's Defence Ministry said.",
    ],
)
def test_blown_and_dynamited_bridges_are_destroyed_by_the_named_force(text):
    row = _one_row(text)
    assert (row["status"], row["actor_side"], row["side"]) == ("destroyed", "UA", "UA")


def test_severed_bridge_is_destroyed():
    row = _one_row(
        "A Russian missile severed the bridge over the Oskil river near Kupiansk overnight, "
        "Kharkiv governor Oleh Syniehubov said."
    )
    assert (row["status"], row["actor_side"]) == ("destroyed", "RU")


def test_out_of_commission_is_a_lost_bridge():
    row = _one_row(
        "Kharkiv governor Oleh Syniehubov said the bridge over the Oskil river near Kupiansk "
        "had been put out of commission by a Russian missile."
    )
    assert row["status"] == "damaged"
    assert row["actor_side"] == "RU"


# a bridge that came through an attack
@pytest.mark.parametrize(
    "text",
    [
        "Sergei Aksyonov, Crimea's Moscow-installed leader, said the Kerch bridge escaped "
        "damage in the attack.",
        "Sergei Aksyonov, Crimea's Moscow-installed leader, said the Kerch bridge was spared "
        "in the overnight attack.",
    ],
)
def test_escaped_or_spared_is_intact(text):
    assert _one_row(text)["status"] == "intact"


def test_not_spared_is_not_intact():
    rows = _bridge_rows(
        "The bridge over the Oskil river was not spared, the governor of Kharkiv region Oleh "
        "Syniehubov said."
    )
    assert all(r["status"] != "intact" for r in rows)


def test_people_escaping_across_a_bridge_do_not_make_it_intact():
    row = _one_row(
        "Residents escaped across the bridge over the Oskil river before Russian forces "
        "destroyed it, Kharkiv governor Oleh Syniehubov said."
    )
    assert row["status"] == "destroyed"


# a bridge in Russia that failed of itself has no attacker; one brought down by a strike has
@pytest.mark.parametrize(
    "text",
    [
        "A road bridge collapsed onto a passenger train in the Vygonichi district of Bryansk "
        "region, Governor Alexander Bogomaz said.",
        "Bryansk governor Alexander Bogomaz said a road bridge had collapsed in the Vygonichi "
        "district late on Saturday.",
        "A railway bridge in the Zheleznogorsk district of Kursk region gave way under a "
        "freight train, the regional governor said.",
    ],
)
def test_collapse_in_russia_names_no_attacker(text):
    row = _one_row(text)
    assert (row["status"], row["actor_side"]) == ("destroyed", None)


def test_collapse_after_a_strike_in_russia_keeps_the_attacker():
    row = _one_row(
        "A road bridge near Glushkovo in the Kursk region collapsed after a missile strike, "
        "the regional governor said."
    )
    assert (row["status"], row["actor_side"]) == ("destroyed", "UA")


# the water a bridge spans: a strait or estuary, or the water a curated bridge is known to span
@pytest.mark.parametrize(
    ("text", "river"),
    [
        (
            "Ukraine's SBU security service said it had hit the bridge spanning the Kerch Strait.",
            "Kerch Strait",
        ),
        (
            "Britain's Defence Intelligence said the Crimean Bridge had been seriously damaged "
            "in a blast.",
            "Kerch Strait",
        ),
        (
            "Ukrainian forces struck the Antonivskyi Bridge with rockets overnight, Kirill "
            "Stremousov, deputy head of the Moscow-installed administration, said.",
            "Dnipro",
        ),
    ],
)
def test_water_spanned_by_the_bridge(text, river):
    assert _one_row(text)["river"] == river


def test_bridge_with_no_water_named_has_no_river():
    row = _one_row(
        "Russian forces blew up a road bridge near Kupiansk, Kharkiv governor Oleh Syniehubov said."
    )
    assert row["river"] is None


# "came under fire": an attack on the bridge whose outcome is unsaid, the attacker within
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Zatoka bridge over the Dniester estuary came under Russian missile fire again "
            "overnight, Ukraine's Operational Command South said.",
            "RU",
        ),
        (
            "Ukraine's southern command said the pontoon bridge over the Dnipro came under "
            "Russian artillery fire overnight.",
            "RU",
        ),
        (
            "The pontoon crossing over the Dnipro came under heavy shelling on Tuesday, "
            "Ukraine's southern command said.",
            None,
        ),
    ],
)
def test_bridge_coming_under_fire_is_an_attack(text, actor):
    row = _one_row(text)
    assert (row["status"], row["actor_side"]) == ("unknown", actor)


def test_troops_on_a_bridge_coming_under_fire_is_not_the_bridge():
    text = (
        "Ukrainian troops crossing the bridge over the Oskil came under fire, Kharkiv governor "
        "Oleh Syniehubov said."
    )
    assert _bridge_rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Fighting last year left the city's bridges across the Oskil in ruins.",
        "Russian shelling has left the last road bridge over the Oskil river in ruins, the "
        "governor of Kharkiv region Oleh Syniehubov said.",
    ],
)
def test_left_in_ruins_with_the_bridge_between(text):
    assert _bridge_rows(text)[0]["status"] == "destroyed"


def test_left_for_the_ruins_of_a_town_is_not_the_bridge():
    rows = _bridge_rows(
        "Residents crossed the bridge over the Oskil river and left the town, now in ruins, "
        "the governor of Kharkiv region Oleh Syniehubov said."
    )
    assert all(r["status"] != "destroyed" for r in rows)
