"""Evacuation statements in wire copy, UN/ICRC updates and officials' posts that earlier rounds
misread: where a speaker speaks from, a ceasefire held for people to leave, terms still to be
agreed, a trip in to fetch people, first-person posts. Each pattern in several wordings, with
cases where it must not fire."""

from __future__ import annotations

import pytest

from tests._rows import evac_rows


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # where the speaker speaks from (a briefing, an agency, a headquarters) is no origin
        # or destination
        (
            "Colonel General Mikhail Mizintsev told a briefing in Moscow that thousands of "
            "Mariupol residents had been evacuated to the Donetsk People's Republic.",
            [["Mariupol", "Donetsk People's Republic", "civilians", "completed", "RU"]],
        ),
        (
            "A spokesperson for the ICRC in Geneva said its teams had brought 100 civilians out "
            "of Sumy.",
            [["Sumy", None, "civilians", "completed", "INTL"]],
        ),
        (
            "Buses carried 500 residents out of Irpin on Sunday, a police spokesman told Reuters "
            "in Kyiv.",
            [["Irpin", None, "civilians", "completed", "UA"]],
        ),
        (
            "Speaking at a news conference in Brussels, the UN refugee agency said thousands of "
            "people had been evacuated from Mariupol.",
            [["Mariupol", None, "civilians", "completed", "INTL"]],
        ),
        # a wire dateline is no origin
        (
            "KYIV/MOSCOW, March 8, 2022 - Buses packed with civilians pulled out of the besieged "
            "north-eastern city of Sumy on Tuesday, Ukrainian officials said.",
            [["Sumy", None, "civilians", "completed", "UA"]],
        ),
        (
            "KYIV, April 1 - Dozens of buses left Berdiansk for Zaporizhzhia, Ukrainian officials "
            "said.",
            [["Berdiansk", "Zaporizhzhia", "civilians", "completed", "UA"]],
        ),
    ],
)
def test_venue_and_dateline_places(text, want):
    assert evac_rows(text) == want


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a side holding its fire so that people can leave: the corridor is open
        (
            "Colonel General Mikhail Mizintsev said Russian forces had held their fire from "
            "10:00 Moscow time so that civilians could leave Sumy.",
            "open",
        ),
        (
            "The Russian Defence Ministry said its troops would cease fire at 9 a.m. to let "
            "civilians leave Mariupol.",
            "open",
        ),
        (
            "Ukrainian officials said both armies were holding their fire so that residents "
            "could leave Irpin.",
            "open",
        ),
        (
            "Deputy Prime Minister Iryna Vereshchuk said the ceasefire along the route from "
            "Sumy was holding and civilians were able to leave.",
            "open",
        ),
        # (a ceasefire that broke down is no open corridor)
        (
            "Deputy Prime Minister Iryna Vereshchuk said the ceasefire along the route from "
            "Mariupol had broken down and civilians could not leave.",
            "impossible",
        ),
    ],
)
def test_fire_held_for_people_to_leave(text, status):
    assert [r[3] for r in evac_rows(text)] == [status]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # terms a corridor still needs are no agreement; helpers at work on a passage: going on
        (
            "A spokesperson for the ICRC said its staff were supporting the passage out of Sumy, "
            "but stressed that any corridor needed precise terms agreed by both sides before "
            "its teams could help.",
            [["Sumy", "ongoing", "INTL"], ["Sumy", "possible", "INTL"]],
        ),
        (
            "The ICRC said its teams were escorting the convoy out of Mariupol.",
            [["Mariupol", "ongoing", "INTL"]],
        ),
        (
            "The ICRC said no convoy could leave Mariupol until a route was agreed by both sides.",
            [["Mariupol", "impossible", "INTL"]],
        ),
        (
            "UN officials said the passage out of Azovstal required details agreed with both "
            "parties before it could begin.",
            [["Azovstal steelworks", "possible", "INTL"]],
        ),
        # (an agreement reached is one)
        (
            "Deputy Prime Minister Iryna Vereshchuk said a corridor from Enerhodar had been "
            "agreed with the Russian side.",
            [["Enerhodar", "agreed", "UA"]],
        ),
    ],
)
def test_terms_still_needed_and_passage_supported(text, want):
    assert [[r[0], r[3], r[4]] for r in evac_rows(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # no agreed corridor for a city: impossible, and the city is where people would leave
        (
            'There is no agreed "green corridor" for Chernihiv, the mayor said.',
            [["Chernihiv", None, "impossible"]],
        ),
        (
            "Regional governor Oleksandr Starukh said there was still no safe corridor for "
            "Vasylivka.",
            [["Vasylivka", None, "impossible"]],
        ),
        (
            "There is no humanitarian corridor for Izium, Ukrainian officials said.",
            [["Izium", None, "impossible"]],
        ),
        # where the buildings people left lie: "next to X" is the origin, not where they went
        (
            "The Russian Defence Ministry said that 80 civilians had been brought out of "
            "residential buildings next to Azovstal and taken to Bezimenne.",
            [["Azovstal steelworks", "Bezimenne", "completed"]],
        ),
        (
            "Police said 40 people had been taken out of houses close to the Kharkiv Tractor "
            "Plant and driven to Kharkiv.",
            [["Kharkiv tractor plant", "Kharkiv", "completed"]],
        ),
    ],
)
def test_corridor_for_and_next_to(text, want):
    assert [r[:2] + [r[3]] for r in evac_rows(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a trip in to fetch people: the place reached is the one people leave
        (
            "The ICRC said its convoy, which turned back on Friday, would try again to reach "
            "Mariupol to lead buses of civilians out.",
            [["Mariupol", None, "civilians"]],
        ),
        (
            "Police crews could not get into Avdiivka to pick up the wounded, the governor said.",
            [["Avdiivka", None, "injured"]],
        ),
        (
            "Buses will return to Lyman to collect the remaining residents, officials said.",
            [["Lyman", None, "civilians"]],
        ),
        (
            "Volunteers are driving into Bakhmut every day to bring elderly residents out, the "
            "city administration said.",
            [["Bakhmut", None, "civilians"]],
        ),
    ],
)
def test_trip_in_to_fetch_people(text, want):
    assert [r[:3] for r in evac_rows(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # people moved in the active voice, a column on its way, people joining a convoy
        (
            "Deputy Prime Minister Iryna Vereshchuk said Russian shelling had again made it "
            "impossible to move people from Mariupol to Zaporizhzhia.",
            [["Mariupol", "Zaporizhzhia", "impossible"]],
        ),
        (
            "Police said they were moving residents out of Toretsk under fire.",
            [["Toretsk", None, "ongoing"]],
        ),
        (
            "Deputy Prime Minister Iryna Vereshchuk said the column was travelling from Sumy "
            "towards Poltava and that the ceasefire along that road was holding.",
            [["Sumy", "Poltava", "ongoing"]],
        ),
        (
            "The regional governor said evacuation buses were making their way out of Enerhodar.",
            [["Enerhodar", None, "ongoing"]],
        ),
        (
            "Dmytro Zhyvytskyi, head of the Sumy regional administration, wrote on Telegram that "
            "residents with their own cars could join the convoy behind the buses.",
            [["Sumy oblast", None, "possible"]],
        ),
        # (a military column is no evacuation)
        ("A Russian column was travelling from Belgorod towards Kharkiv.", []),
        ("An armoured column was heading out of Izium, the General Staff said.", []),
    ],
)
def test_people_moved_and_columns(text, want):
    assert [r[:2] + [r[3]] for r in evac_rows(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # some still taken out where the buses cannot go: limited, and police are no troops
        (
            "He said police units were taking people out of Vovchansk under fire, because "
            "regular buses could no longer enter the town.",
            [["Vovchansk", "civilians", "limited"]],
        ),
        (
            "Volunteers are still bringing residents out of Bakhmut in their own cars because "
            "evacuation buses can no longer reach the city, the governor said.",
            [["Bakhmut", "civilians", "limited"]],
        ),
        (
            "Rescue units were getting people out of Marinka on foot, since vehicles could not "
            "enter the town, officials said.",
            [["Marinka", "civilians", "limited"]],
        ),
        # (with no one still taken out, the town is cut off)
        (
            "Evacuation buses could no longer enter Vovchansk, the governor said.",
            [["Vovchansk", "civilians", "impossible"]],
        ),
    ],
)
def test_some_still_taken_out(text, want):
    assert [[r[0], r[2], r[3]] for r in evac_rows(text)] == want


@pytest.mark.parametrize(
    "text",
    [
        # things left behind, people named by a past going, a convoy's stop: no evacuation
        "He urged residents not to touch any objects left behind by Russian forces.",
        "Police asked people in Irpin to report mines left behind by the retreating troops.",
        "Residents who left earlier for Nizhyn or for Kyiv can register as internally displaced "
        "persons at any social protection office.",
        "Families who fled Bakhmut can receive payments at any social protection office, the "
        "ministry said.",
        "Those who have left Kupiansk should contact the hotline to register.",
        "Some of those evacuated chose to stay behind at Bezimenne, where the convoy had stopped.",
    ],
)
def test_no_evacuation_statement(text):
    assert evac_rows(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a call to get ready and leave, the places listed after a colon
        (
            "Governor Oleksandr Prokudin said: I ask residents of the following settlements to "
            "take their documents, essential things and pets, switch off appliances and leave: "
            "Mykilske, Olhivka and Tiahynka.",
            ["Mykilske", "Olhivka", "Tiahynka"],
        ),
        (
            "The governor urged people to pack documents and medicines and leave Kupiansk.",
            ["Kupiansk"],
        ),
        (
            "Pavlo Kyrylenko asked residents to collect their belongings, turn off the gas and "
            "leave: Toretsk, Niu-York and Pivnichne.",
            ["Toretsk", "Niu-York", "Pivnichne"],
        ),
    ],
)
def test_call_to_get_ready_and_leave(text, want):
    rows = evac_rows(text)
    assert [r[0] for r in rows] == want
    assert {r[3] for r in rows} == {"requested"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # the aid community as the subject speaks as an international body
        (
            "Humanitarian organisations call on all parties to allow civilians who wish to "
            "leave Vovchansk to do so safely.",
            "INTL",
        ),
        ("Aid agencies urged both sides to let civilians leave Mariupol.", "INTL"),
        ("Humanitarian partners continue to support evacuations from Pokrovsk.", "INTL"),
        # (a local body stays local)
        ("Police evacuation teams continue to take out residents of Kupiansk.", "UA"),
    ],
)
def test_aid_community_side(text, side):
    assert {r[4] for r in evac_rows(text)} == {side}


POST = """Kherson Regional Military Administration - posts by the head of the administration.

07:12
The dam has been blown up. I ask residents of the following settlements to leave: Mykilske, \
Olhivka and Tiahynka.

11:45
Evacuation continues. Russians are shelling the areas we are evacuating from.

17:20
As of now, 1,300 people have been evacuated from Mykilske.
"""


def test_first_person_post_speaks_for_the_side_running_the_place():
    rows = evac_rows(POST)
    assert rows and {r[4] for r in rows} == {"UA"}
    assert [r[3] for r in rows][:3] == ["requested"] * 3
    assert "completed" in [r[3] for r in rows]


@pytest.mark.parametrize(
    "text",
    [
        # the first person in an occupied town: the occupation's officials
        "We are moving residents of Oleshky out of the occupied town to safer areas.",
        "Occupation officials wrote: We ask residents of occupied Kakhovka to leave for "
        "the Crimea.",
        # in Russian state media, officials need no qualifier
        "MOSCOW, 27 February — RIA Novosti.\n\nWe are evacuating residents of Kupiansk to the "
        "Belgorod region.",
    ],
)
def test_first_person_in_occupied_places(text):
    assert {r[4] for r in evac_rows(text)} == {"RU"}


def test_transcript_answer_keeps_its_own_voice():
    text = (
        "Question: Did the convoy reach Mariupol?\n\n"
        "Spokesman: What we want is for civilians who wish to leave Mariupol to be able to do "
        "so safely."
    )
    assert all(r[4] != "UA" for r in evac_rows(text))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # advice on how to go, added to a report of the evacuation, is no call of its own
        (
            '"The evacuation of Kherson is under way," he said, urging people to take documents '
            "and pets.",
            "ongoing",
        ),
        (
            "Buses are taking people out of Kupiansk, Governor Oleh Syniehubov said, urging "
            "residents to bring warm clothes.",
            "ongoing",
        ),
        (
            "Evacuation trains are still leaving Kramatorsk daily, Governor Pavlo Kyrylenko said, "
            "urging families to keep their phones charged.",
            "ongoing",
        ),
        # (an urging to go is one)
        (
            "Buses are taking people out of Kupiansk, Governor Oleh Syniehubov said, urging "
            "residents to leave now.",
            "requested",
        ),
    ],
)
def test_urging_advice_keeps_the_main_status(text, status):
    assert [r[3] for r in evac_rows(text)] == [status]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an update's partners speaking of the unnamed places people leave, located by a town
        (
            "Access to front-line communities east of Pokrovsk remains severely limited, and "
            "partners report that evacuation from the closest villages is possible only with "
            "armoured vehicles operated by police units.",
            [["closest villages", "limited", "INTL"]],
        ),
        (
            "Humanitarian partners say evacuation from the nearest villages west of Bakhmut is "
            "possible only at night.",
            [["nearest villages", "limited", "INTL"]],
        ),
        # (a place named as the one left stays the origin)
        (
            "Evacuation from the border villages near Kupiansk continues, police said.",
            [["Kupiansk", "ongoing", "UA"]],
        ),
    ],
)
def test_unnamed_places_located_by_a_town(text, want):
    assert [[r[0], r[3], r[4]] for r in evac_rows(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a pause in the fighting asked for so that people can get out
        (
            "The UN coordinator said the UN was pressing for a pause in fighting to let them "
            "out of the Azovstal plant.",
            [["Azovstal steelworks", "requested", "INTL"]],
        ),
        (
            "Kyiv asked Moscow for a truce to let civilians leave Mariupol.",
            [["Mariupol", "requested", "UA"]],
        ),
        (
            "The ICRC called for a humanitarian pause so that the wounded could be taken out "
            "of Sievierodonetsk.",
            [["Sievierodonetsk", "requested", "INTL"]],
        ),
    ],
)
def test_pause_in_fighting_to_let_people_out(text, want):
    assert [[r[0], r[3], r[4]] for r in evac_rows(text)] == want


@pytest.mark.parametrize(
    "text",
    [
        # who those gone are is no report of their going
        "Many of those who have left Pokrovsk are older people and people with disabilities "
        "who required assisted evacuation.",
        "Most of those who fled Vovchansk were elderly, police said.",
        "Some of the residents who left were mothers with small children, volunteers said.",
    ],
)
def test_who_those_gone_are(text):
    assert evac_rows(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a service out running, beside the evacuation it serves
        (
            "Kyrylenko said the daily train from Pokrovsk to the west was running and that the "
            'mandatory evacuation of the region "is not a suggestion".',
            [["Pokrovsk", "ongoing"], ["Pokrovsk", "requested"]],
        ),
        (
            "Governor Pavlo Kyrylenko said evacuation buses from Kostiantynivka were still "
            "running.",
            [["Kostiantynivka", "ongoing"]],
        ),
        (
            "The regional administration said the ferry from Kherson was still operating and "
            "that the evacuation of the islands would continue.",
            [["Kherson", "ongoing"]],
        ),
        # (a train timetable alone is no evacuation)
        (
            "Governor Pavlo Kyrylenko said the daily train from Pokrovsk to the west was running.",
            [],
        ),
    ],
)
def test_service_out_running(text, want):
    assert [[r[0], r[3]] for r in evac_rows(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a helper standing ready to act for a named evacuation is an offer, not an open
        # corridor
        (
            "The ICRC said it was ready to act as a neutral intermediary for the evacuation of "
            "civilians from Mariupol.",
            [["Mariupol", "possible"]],
        ),
        (
            "The UN said it stands ready to facilitate the passage of civilians out of Azovstal.",
            [["Azovstal steelworks", "possible"]],
        ),
        (
            "UNHCR said it was prepared to mediate the evacuation of residents from "
            "Sievierodonetsk.",
            [["Sievierodonetsk", "possible"]],
        ),
        # a small count that got away: limited
        (
            "Only 100 people managed to leave Mariupol before shelling resumed, the city council "
            "said.",
            [["Mariupol", "limited"]],
        ),
        (
            "Only about 300 residents were able to get out of Sievierodonetsk on Friday, Haidai "
            "said.",
            [["Sievierodonetsk", "limited"]],
        ),
        (
            "Only dozens of cars got out of Berdiansk, the mayor said.",
            [["Berdiansk", "limited"]],
        ),
        # (a count alone is a completed going)
        (
            "Some 1,500 civilians were evacuated from Sievierodonetsk on Friday, Luhansk governor "
            "Serhiy Haidai said.",
            [["Sievierodonetsk", "completed"]],
        ),
    ],
)
def test_offers_and_small_counts(text, want):
    assert [[r[0], r[3]] for r in evac_rows(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a way in that failed: the town the convoy was to reach is the one people leave
        (
            "An evacuation convoy of 30 buses failed to reach Mariupol after being stopped at a "
            "Russian checkpoint, Vereshchuk said.",
            [["Mariupol", None, "impossible"]],
        ),
        (
            "Evacuation buses could not get into Soledar because of the shelling, the governor "
            "said.",
            [["Soledar", None, "impossible"]],
        ),
        (
            "The ICRC team tried again to reach Mariupol for the evacuation but had to turn back.",
            [["Mariupol", None, "impossible"]],
        ),
        # (buses full of evacuees that did not get there: the place is where they were going)
        (
            "Buses carrying 300 evacuees failed to reach Zaporizhzhia on Friday, Vereshchuk said.",
            [[None, "Zaporizhzhia", "impossible"]],
        ),
    ],
)
def test_failed_way_in(text, want):
    assert [r[:2] + [r[3]] for r in evac_rows(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the way in barred to the buses sent for people: refused, the town the one left
        (
            "Russian forces are not allowing buses into Mariupol, Zelenskiy said.",
            [["Mariupol", None, "refused"]],
        ),
        (
            "Russian troops are not letting buses into the city of Mariupol, Zelenskiy said.",
            [["Mariupol", None, "refused"]],
        ),
        (
            "Vereshchuk said Russian troops refused to let the evacuation convoy through to "
            "Berdiansk.",
            [["Berdiansk", None, "refused"]],
        ),
        (
            "The occupiers are blocking evacuation buses from entering Kherson, the governor said.",
            [["Kherson", None, "refused"]],
        ),
        # (an aid convoy kept out is no evacuation)
        ("Russian troops were not letting humanitarian convoys into Mariupol, Zelenskiy said.", []),
    ],
)
def test_way_in_barred(text, want):
    assert [r[:2] + [r[3]] for r in evac_rows(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # people leaving now: going on
        (
            "Governor Vitaliy Kim said people were leaving Mykolaiv on trains to Odesa.",
            [["Mykolaiv", "Odesa", "ongoing"]],
        ),
        (
            "Residents are still leaving Bakhmut on foot, the city administration said.",
            [["Bakhmut", None, "ongoing"]],
        ),
        (
            "Families were leaving Sloviansk by car, the mayor said.",
            [["Sloviansk", None, "ongoing"]],
        ),
        # (troops leaving are no evacuation)
        ("Russian troops were leaving Kherson, officials said.", []),
    ],
)
def test_people_leaving_now(text, want):
    assert [r[:2] + [r[3]] for r in evac_rows(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # people resettled or relocated, with no direction said
        # (the villages by their kind only, in the words of the region's head: that region,
        # since round 21)
        (
            "The head of the Sumy regional military administration said 1,000 residents of "
            "border villages had been resettled.",
            [["Sumy oblast", "completed"]],
        ),
        (
            "Families from Kupiansk have been relocated, the governor said.",
            [["Kupiansk", "completed"]],
        ),
        (
            "Residents of Vovchansk are being resettled, Governor Oleh Syniehubov said.",
            [["Vovchansk", "ongoing"]],
        ),
        # (an office moved is no evacuation)
        ("The company said its office in Kharkiv had been relocated.", []),
    ],
)
def test_people_resettled(text, want):
    assert [[r[0], r[3]] for r in evac_rows(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # safety withheld by the side that holds the road: refused
        (
            "The Russian side has given no guarantees for a corridor from Mariupol, Vereshchuk "
            "said.",
            [["Mariupol", None, "refused"]],
        ),
        (
            "Moscow refused to guarantee the safety of a corridor out of Sumy, Vereshchuk said.",
            [["Sumy", None, "refused"]],
        ),
        (
            "Russia would not guarantee safe passage for buses leaving Mariupol, Ukrainian "
            "officials said.",
            [["Mariupol", None, "refused"]],
        ),
        # an evacuation proceeding: going on
        (
            "Evacuation through the corridor from Enerhodar was proceeding slowly, with long "
            "queues at Russian checkpoints, Vereshchuk said.",
            [["Enerhodar", None, "ongoing"]],
        ),
        (
            "Haidai said the evacuation of Lysychansk was progressing despite the shelling.",
            [["Lysychansk", None, "ongoing"]],
        ),
    ],
)
def test_guarantees_withheld_and_evacuation_proceeding(text, want):
    assert [r[:2] + [r[3]] for r in evac_rows(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the active past with whom and from where: completed
        (
            "Medics evacuated wounded soldiers from Bakhmut under fire, the commander said.",
            [["Bakhmut", "military", "completed"]],
        ),
        (
            "Police evacuated 40 residents from Orikhiv on Monday.",
            [["Orikhiv", "civilians", "completed"]],
        ),
        (
            "Volunteers evacuated elderly people out of Marinka, the regional administration said.",
            [["Marinka", "civilians", "completed"]],
        ),
    ],
)
def test_active_past_evacuated(text, want):
    assert [[r[0], r[2], r[3]] for r in evac_rows(text)] == want


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # an official's own first person, even with a colon in the call
        ("I again appeal to residents of Vovchansk: leave now.", "UA"),
        ("We are taking people out of Vovchansk around the clock.", "UA"),
        ("Our rescuers continue to evacuate residents of Kupiansk.", "UA"),
        # (a reporter's "we" speaks for no side)
        ("We watched as buses carried civilians out of Irpin on Saturday.", None),
    ],
)
def test_first_person_official_or_not(text, side):
    assert {r[4] for r in evac_rows(text)} == {side}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # an evacuation paused or put on hold, a truce not kept: impossible
        (
            "The evacuation of Pokrovsk was paused because of drone attacks, the city "
            "administration said.",
            "impossible",
        ),
        ("Evacuations from Toretsk have been put on hold, the governor said.", "impossible"),
        (
            "Russia did not respect the humanitarian corridor from Mariupol, Zelenskiy said.",
            "impossible",
        ),
        (
            "Russian forces violated the ceasefire on the corridor from Volnovakha, officials "
            "said.",
            "impossible",
        ),
        # (a truce kept: open)
        ("Both sides respected the corridor from Sumy, Vereshchuk said.", "open"),
        ("Officials said the ceasefire on the corridor from Enerhodar was being observed.", "open"),
    ],
)
def test_truce_kept_or_not(text, status):
    assert [r[3] for r in evac_rows(text)] == [status]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a demand that people be let go, and the place they would leave is no actor
        (
            "The UN human rights office said civilians who wanted to leave Mariupol should be "
            "allowed to do so in the direction of their choosing.",
            [["Mariupol", None, "requested", "INTL"]],
        ),
        (
            "Ukraine's foreign ministry said residents who wish to leave Kherson must be allowed "
            "to get out.",
            [["Kherson", None, "requested", "UA"]],
        ),
        # the other side's removal in the active voice
        (
            "Russian forces have forcibly deported thousands of Mariupol residents to Russia, the "
            "city council said.",
            [["Mariupol", "Russia", "completed", "UA"]],
        ),
        (
            "Russian troops deported 2,000 residents of Izium to Belgorod, Ukrainian officials "
            "said.",
            [["Izium", "Belgorod", "completed", "UA"]],
        ),
        (
            "Ukraine's ombudsman said Russia was deporting children from the Kherson region.",
            [["Kherson oblast", None, "ongoing", "UA"]],
        ),
    ],
)
def test_let_go_demands_and_deportations(text, want):
    assert [r[:2] + r[3:] for r in evac_rows(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a service out running, in the paragraph of the evacuation it serves
        (
            "Deputy Prime Minister Iryna Vereshchuk announced that residents of Kherson who want "
            "to leave can be taken free of charge to safer regions. That is a civil operation. "
            "Trains from Kherson are already running.",
            [["Kherson", "possible"], ["Kherson", "ongoing"]],
        ),
        (
            "Governor Pavlo Kyrylenko again urged residents of Pokrovsk to leave. Buses from "
            "Pokrovsk are still running twice a day.",
            [["Pokrovsk", "requested"], ["Pokrovsk", "ongoing"]],
        ),
        # (a timetable later in the report of an evacuation, in another paragraph too, is
        # that evacuation's transport: the blind sets label it so; alone it is no evacuation)
        (
            "Governor Pavlo Kyrylenko again urged residents of Pokrovsk to leave.\n\n"
            "Trains from Pokrovsk are still running, the railway said.",
            [["Pokrovsk", "requested"], ["Pokrovsk", "ongoing"]],
        ),
        ("Trains from Kherson are already running.", []),
    ],
)
def test_service_running_after_an_evacuation(text, want):
    assert [[r[0], r[3]] for r in evac_rows(text)] == want
