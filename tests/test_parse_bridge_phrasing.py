"""How reports phrase what happened to a bridge: status words, who did it, who says so."""

from __future__ import annotations

from _rows import bridge_rows, bridge_statuses

# --- status words ----------------------------------------------------------------------------


def test_damage_named_as_a_noun_is_damaged():
    rows = bridge_rows(
        "Ukrainian officials said Russian shelling had caused heavy damage to the bridge "
        "over the Donets."
    )
    assert [(r["status"], r["actor_side"], r["claimed_by_side"]) for r in rows] == [
        ("damaged", "RU", "UA")
    ]
    assert bridge_statuses(
        "Kyiv said the old crossing had sustained serious damage overnight."
    ) == ["damaged"]


def test_partial_collapse_is_damaged_not_destroyed():
    assert bridge_statuses(
        "Russian officials said the blast led to the partial collapse of the bridge."
    ) == ["damaged"]


def test_wrecked_and_dropped_spans_are_destroyed():
    rows = bridge_rows("Ukraine's General Staff said Russian sappers wrecked the pontoon bridge.")
    assert [(r["status"], r["actor_side"]) for r in rows] == [("destroyed", "RU")]
    assert bridge_statuses(
        "Ukrainian officials said the retreating troops dropped the spans of the bridge."
    ) == ["destroyed"]


def test_a_wreck_noun_is_no_status():
    # "the wreck of the bridge": a place people walk past, not a report of what happened
    assert (
        bridge_statuses("Ukrainian officials said people walked under the wreck of the bridge.")
        == []
    )


def test_reopened_bridge_is_intact_but_a_hoped_reopening_is_not():
    assert bridge_statuses(
        "Ukrainian officials said the bridge was reopened to traffic on Friday."
    ) == ["intact"]
    assert bridge_statuses(
        "Russian officials said the railway part of the bridge has been returned to service."
    ) == ["intact"]
    assert (
        bridge_statuses(
            "Ukrainian officials said the bridge must be inspected before it could be reopened."
        )
        == []
    )


def test_missiles_fired_at_a_bridge_is_an_attack_of_unknown_outcome():
    rows = bridge_rows(
        "Ukrainian officials said Russian forces fired three missiles at the bridge."
    )
    assert [(r["status"], r["actor_side"]) for r in rows] == [("unknown", "RU")]


def test_a_status_adjective_before_the_bridge_is_no_claim():
    # "the wrecked bridge": a state named in passing while telling of something else
    assert (
        bridge_statuses("Ukrainian officials said people were crossing the wrecked bridge on foot.")
        == []
    )
    assert (
        bridge_statuses("Ukrainian officials said people crossed the already destroyed bridge.")
        == []
    )


def test_a_status_noun_with_of_is_still_a_claim():
    assert bridge_statuses("Ukrainian officials confirmed the destruction of the bridge.") == [
        "destroyed"
    ]


def test_the_outcome_outweighs_the_attack_and_its_consequence():
    # "unusable", "struck": true of a damaged and of a destroyed bridge; the outcome decides
    assert bridge_statuses(
        "Ukrainian officials said the bridge has been unusable since Russian troops blew out "
        "several of its spans."
    ) == ["destroyed"]
    assert bridge_statuses(
        "Ukrainian officials said Russian missiles struck the bridge, destroying it."
    ) == ["destroyed"]
    # with no outcome named they still mean damage
    assert bridge_statuses("Ukrainian officials said the bridge is impassable.") == ["damaged"]
    assert bridge_statuses("Ukrainian officials said Russian missiles struck the bridge.") == [
        "damaged"
    ]


def test_the_attacker_of_an_attack_of_unknown_outcome_did_the_later_damage():
    rows = bridge_rows(
        "Ukrainian officials said Russian forces fired two missiles at the bridge near Zatoka "
        "overnight. According to the officials, the span has taken serious damage."
    )
    assert [(r["status"], r["actor_side"]) for r in rows] == [("unknown", "RU"), ("damaged", "RU")]
    # with no attack before, the damage has no named actor
    rows = bridge_rows("According to Ukrainian officials, the bridge has taken serious damage.")
    assert [(r["status"], r["actor_side"]) for r in rows] == [("damaged", None)]


def test_some_spans_collapsing_is_damage_most_of_them_destruction():
    assert bridge_statuses("Ukrainian officials said two spans of the bridge collapsed.") == [
        "damaged"
    ]
    assert bridge_statuses(
        "Ukrainian officials said several central spans of the bridge had collapsed."
    ) == ["destroyed"]
    assert bridge_statuses("Ukrainian officials said the bridge collapsed.") == ["destroyed"]


def test_a_russian_place_the_bridge_leads_to_does_not_make_ukraine_the_actor():
    rows = bridge_rows(
        "British intelligence said an explosion caused serious damage to the Kerch bridge, "
        "which links Crimea with Russia's Krasnodar region."
    )
    assert [(r["status"], r["actor_side"], r["claimed_by_side"]) for r in rows] == [
        ("damaged", None, "GB")
    ]
    # a bridge standing in Russia is still Ukraine's target
    rows = bridge_rows("Russian officials said a road bridge near Glushkovo was destroyed.")
    assert [(r["status"], r["actor_side"]) for r in rows] == [("destroyed", "UA")]


def test_the_speaker_of_an_earlier_attribution_is_not_the_actor():
    rows = bridge_rows(
        "The governor drove across the Dnipro bridge, the Kremlin said, a month "
        "after the blast that brought down part of it."
    )
    assert [(r["status"], r["actor_side"]) for r in rows] == [("damaged", None)]
    # a force after the attribution still acts
    rows = bridge_rows(
        "The Russian Defence Ministry said, without giving evidence, that Ukrainian troops blew "
        "up the bridge."
    )
    assert [(r["status"], r["actor_side"]) for r in rows] == [("destroyed", "UA")]


def test_one_soldier_or_engineer_is_a_force_of_his_side():
    rows = bridge_rows(
        "Ukraine's General Staff said a Ukrainian marine engineer gave his life to bring down "
        "the bridge."
    )
    assert [(r["status"], r["actor_side"]) for r in rows] == [("destroyed", "UA")]
    rows = bridge_rows("Russian officials said a Ukrainian soldier blew up the bridge.")
    assert [(r["actor_side"], r["claimed_by_side"]) for r in rows] == [("UA", "RU")]
    # a bystander is no force
    rows = bridge_rows(
        "Ukrainian officials said a Russian journalist watched as the bridge was blown up."
    )
    assert [(r["status"], r["actor_side"]) for r in rows] == [("destroyed", None)]


def test_a_side_claiming_in_a_sentence_with_a_sideless_speaker_claims_it():
    rows = bridge_rows(
        "The Russian Ministry of Defence has repeatedly claimed that its artillery is destroying "
        "Ukrainian crossings over the Oskil, claims analysts cannot verify."
    )
    assert [(r["status"], r["actor_side"], r["claimed_by_side"]) for r in rows] == [
        ("destroyed", "RU", "RU")
    ]
    # a sideless speaker of his own: no side
    assert [
        r["claimed_by_side"] for r in bridge_rows("Analysts said the bridge was destroyed.")
    ] == [None]


def test_a_possessive_force_belongs_to_the_force_named_before_it():
    rows = bridge_rows(
        "Ukrainian officials said the Russians used their artillery to destroy the bridge."
    )
    assert [(r["actor_side"], r["claimed_by_side"]) for r in rows] == [("RU", "UA")]
    # with none named before, to the speaker
    rows = bridge_rows("The Russian army said its artillery destroyed the bridge.")
    assert [(r["actor_side"], r["claimed_by_side"]) for r in rows] == [("RU", "RU")]


def test_no_evidence_of_a_loss_is_no_claim_of_it():
    assert (
        bridge_statuses("Analysts have not seen any evidence that the bridge was destroyed.") == []
    )
    assert (
        bridge_statuses("Analysts have not observed confirmation that any crossing was lost.") == []
    )


def test_a_demolition_is_by_the_side_it_was_meant_to_stop_s_enemy():
    rows = bridge_rows(
        "Ukrainian officials said the bridge over the river was blown up last week to slow the "
        "Russian advance."
    )
    assert [(r["status"], r["actor_side"]) for r in rows] == [("destroyed", "UA")]
    rows = bridge_rows(
        "Russian officials said the bridge was destroyed to deny the enemy a crossing."
    )
    assert [(r["status"], r["actor_side"]) for r in rows] == [("destroyed", "RU")]
    # a purpose that names no side names no one
    rows = bridge_rows("Ukrainian officials said the bridge was destroyed to stop traffic.")
    assert [(r["status"], r["actor_side"]) for r in rows] == [("destroyed", None)]


def test_crossing_as_a_verb_is_no_bridge():
    assert bridge_statuses("Ukrainian officials said a bus crossing the square had been hit.") == []
    assert bridge_statuses(
        "Ukrainian officials said the crossing over the river had been hit."
    ) == ["damaged"]


def test_a_status_verb_of_another_subject_before_as_is_not_the_bridge_s():
    rows = bridge_rows(
        "Ukrainian officials said the village has been shelled for weeks as Russian forces "
        "targeted the bridge."
    )
    assert [(r["status"], r["actor_side"]) for r in rows] == [("unknown", "RU")]
    rows = bridge_rows(
        "Ukrainian officials said the town was cut off after Russian forces hit the bridge."
    )
    assert [(r["status"], r["actor_side"]) for r in rows] == [("damaged", "RU")]
    # with no verb of its own after "as", the bridge keeps the one before
    rows = bridge_rows("Ukrainian officials said the bridge was destroyed as the troops withdrew.")
    assert [r["status"] for r in rows] == ["destroyed"]


def test_an_attack_of_unknown_outcome_in_no_one_s_words_is_background():
    assert bridge_statuses("The village was shelled as Russian forces targeted the bridge.") == []
    assert bridge_statuses("Ukrainian officials said Russian forces targeted the bridge.") == [
        "unknown"
    ]


def test_a_heading_before_the_attributed_report_is_not_a_row_of_its_own():
    rows = bridge_rows(
        "Village bridge gone.\n\nA Ukrainian regional councillor said the occupiers had blown "
        "up the bridge at the village as they fell back."
    )
    assert [(r["status"], r["actor_side"], r["claimed_by_side"]) for r in rows] == [
        ("destroyed", "RU", "UA")
    ]
    # a long sentence in no one's words is a statement of its own
    rows = bridge_rows(
        "The bridge at the village was destroyed in the first week of the war, cutting the "
        "road to the regional centre.\n\nA Ukrainian regional councillor said the occupiers "
        "had blown up the bridge at the village as they fell back."
    )
    assert [r["claimed_by_side"] for r in rows] == [None, "UA"]
