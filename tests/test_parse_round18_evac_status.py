"""Round 18, evacuation status: when a sentence holds several status cues, the status is its
main clause's. A cue inside a relative clause about other people ("people who cannot reach
the station"), inside a purpose clause ("so that civilians could leave") or in the modifier of
the evacuation noun ("the mandatory evacuation ... was continuing") yields to the main
clause's own verb. Sentences written for these tests, not copied from a report."""

from __future__ import annotations

import pytest

from tests._rows import evac_rows


def _statuses(sentence: str) -> list[tuple[str, str]]:
    """(origin, status) of each evacuation row of ``sentence``."""
    return [(r[0], r[3]) for r in evac_rows(sentence)]


# rule 1: "mandatory"/"compulsory" names the kind of evacuation; the verb of the clause it is
# the subject of says how the evacuation stands
@pytest.mark.parametrize(
    ("sentence", "origin"),
    [
        ("The governor said the compulsory evacuation of families with children from Orikhiv "
         "was proceeding despite the shelling.", "Orikhiv"),
        ("Officials said the mandatory evacuation from Kurakhove, which began last week, is "
         "continuing.", "Kurakhove"),
        ("The mandatory evacuation of Huliaipole has started, the regional administration "
         "said.", "Huliaipole"),
    ],
)  # fmt: skip
def test_an_ordered_evacuation_going_on_is_ongoing(sentence: str, origin: str) -> None:
    assert _statuses(sentence) == [(origin, "ongoing")]


@pytest.mark.parametrize(
    ("sentence", "origin"),
    [
        ("The regional head said a mandatory evacuation of Kupiansk had been ordered.",
         "Kupiansk"),
        ("The governor ordered the compulsory evacuation of children from Vovchansk on "
         "Friday.", "Vovchansk"),
        ("The mayor announced a mandatory evacuation of Myrnohrad.", "Myrnohrad"),
    ],
)  # fmt: skip
def test_an_ordered_evacuation_announced_stays_requested(sentence: str, origin: str) -> None:
    # no verb of progress: the order is the statement
    assert _statuses(sentence) == [(origin, "requested")]


def test_an_evacuation_said_to_be_no_order_is_no_request() -> None:
    sentence = (
        "Evacuation from Selydove is not compulsory, the mayor said, but buses leave for "
        "Dnipro every morning."
    )
    assert _statuses(sentence) == [("Selydove", "ongoing")]


# rule 2: a relative clause about other people ("who cannot ...", "who wanted to leave") does
# not set the status when the main clause has one of its own
@pytest.mark.parametrize(
    ("sentence", "origin"),
    [
        ("Volunteers said a daily train leaves Kramatorsk for Lviv, and pensioners who are "
         "unable to walk are carried to the platform.", "Kramatorsk"),
        ("Kyrylenko said the evacuation train from Pokrovsk keeps running every day, and people "
         "who cannot reach the station will be picked up by buses.", "Pokrovsk"),
        ("Buses were carrying residents of Oleshky who wanted to leave to Skadovsk, the "
         "occupation administration said.", "Oleshky"),
        ("The mayor said a convoy was taking families from Vuhledar who wished to go to "
         "Pokrovsk.", "Vuhledar"),
    ],
)  # fmt: skip
def test_a_clause_about_other_people_does_not_set_the_status(sentence: str, origin: str) -> None:
    assert _statuses(sentence) == [(origin, "ongoing")]


def test_a_call_to_people_who_cannot_leave_is_a_call() -> None:
    sentence = (
        "She urged residents of Kherson who could not leave on their own to register for buses."
    )
    assert _statuses(sentence) == [("Kherson", "requested")]


def test_a_relative_clause_is_the_status_when_the_main_clause_has_none() -> None:
    # "were trapped" gives no status: the relative clause's "could not leave" stands
    sentence = "The governor said people who could not leave Avdiivka in time were trapped there."
    assert _statuses(sentence) == [("Avdiivka", "impossible")]


def test_a_call_not_to_return_is_no_call_to_leave() -> None:
    # the relative clause stops before the call's own "not to ...": no request is read
    assert evac_rows("The council asked people who had fled Irpin not to come home yet.") == []


# rule 3: a purpose clause ("so that civilians could leave") is what a request or an operation
# is for, not how the evacuation stands
@pytest.mark.parametrize(
    ("sentence", "origin", "status"),
    [
        ("Zelensky asked Moscow for a ceasefire in Mariupol so that those who cannot walk could "
         "be carried out by bus.", "Mariupol", "requested"),
        ("The mayor asked for a green corridor so that families who had no cars could leave "
         "Izium.", "Izium", "requested"),
        ("The ICRC called for a pause in the fighting so that civilians unable to flee could be "
         "taken out of Bakhmut.", "Bakhmut", "requested"),
        ("Volunteers were taking people out of Siversk every day so that nobody who could not "
         "walk would be left behind.", "Siversk", "ongoing"),
    ],
)  # fmt: skip
def test_a_purpose_clause_does_not_set_the_status(sentence: str, origin: str, status: str) -> None:
    assert _statuses(sentence) == [(origin, status)]


def test_a_result_clause_keeps_its_status() -> None:
    # "so" without "that" gives a result, a statement of its own
    sentence = (
        "The mayor said Russian troops had stopped the buses at the checkpoint, so people "
        "from Melitopol still cannot get out."
    )
    assert [s for _, s in _statuses(sentence)] in (["impossible"], ["refused"])


# rule 4: a reason given for the statement ("because the buses came under fire") does not set
# the status when the statement before it speaks of the evacuation
@pytest.mark.parametrize(
    ("sentence", "origin"),
    [
        ("Volunteers said 40 people had been taken out of Toretsk on Tuesday, a small group "
         "because the buses came under fire twice.", "Toretsk"),
        ("The mayor said 15 residents were evacuated from Siversk on Monday, only a few because "
         "the road could not be used for most of the day.", "Siversk"),
        ("He said about 60 people had left Vuhledar by bus, fewer than on Sunday because the "
         "convoy could not wait long under shelling.", "Vuhledar"),
    ],
)  # fmt: skip
def test_a_reason_does_not_set_the_status(sentence: str, origin: str) -> None:
    rows = _statuses(sentence)
    assert [o for o, _ in rows] == [origin]
    assert rows[0][1] in ("completed", "limited")


def test_a_reason_that_alone_speaks_of_leaving_is_the_status() -> None:
    sentence = (
        "Residents of Oleshky were asking volunteers for help because the occupation "
        "authorities were not evacuating them."
    )
    assert [s for _, s in _statuses(sentence)] == ["refused"]


def test_the_way_in_shut_as_a_reason_still_limits() -> None:
    sentence = (
        "Police were taking people out of Chasiv Yar under fire, because buses could no longer "
        "enter the town."
    )
    assert _statuses(sentence) == [("Chasiv Yar", "limited")]


# rule 5: what follows a colon illustrates the statement before it, when that has a verb
@pytest.mark.parametrize(
    ("sentence", "origin"),
    [
        ("The evacuation of the Kupiansk community has begun: the first bus took 30 people to "
         "Kharkiv this morning.", "Kupiansk"),
        ("The governor said the evacuation from Vovchansk is continuing: 120 people were taken "
         "out yesterday.", "Vovchansk"),
        ("Officials said trains were still running from Pokrovsk: about 400 people left the town "
         "on Monday.", "Pokrovsk"),
    ],
)  # fmt: skip
def test_a_tally_after_a_colon_does_not_end_the_evacuation(sentence: str, origin: str) -> None:
    assert _statuses(sentence) == [(origin, "ongoing")]


@pytest.mark.parametrize(
    "sentence",
    [
        "About reports of an evacuation of Mykolaiv circulating online: no evacuation of the city "
        "is planned.",
        "About rumours of a mass evacuation from Zaporizhzhia: no such evacuation is being "
        "carried out.",
    ],
)
def test_a_topic_before_a_colon_is_no_statement(sentence: str) -> None:
    assert [s for _, s in _statuses(sentence)] == ["impossible"]


# the main clause's own verb must carry its status once the reason no longer does: an
# evacuation "put off" or "delayed" is one that does not go ahead
@pytest.mark.parametrize(
    ("sentence", "origin"),
    [
        ("The regional council said the evacuation of Kurakhove was put off because of heavy "
         "shelling on the road.", "Kurakhove"),
        ("Officials said the evacuation from Hirske had been delayed because the convoy came "
         "under fire.", "Hirske"),
        ("The humanitarian corridor from Polohy was delayed again on Thursday, the governor "
         "said.", "Polohy"),
    ],
)  # fmt: skip
def test_an_evacuation_put_off_is_impossible(sentence: str, origin: str) -> None:
    assert _statuses(sentence) == [(origin, "impossible")]


def test_transport_delayed_is_still_running() -> None:
    sentence = (
        "Officials said evacuation trains from Pokrovsk were running, though delayed by an hour."
    )
    assert _statuses(sentence) == [("Pokrovsk", "ongoing")]
