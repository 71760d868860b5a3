"""Evacuation statements in wordings of the eleventh round: an agreement withheld in the
perfect, people going by their own means with the reason given after "because", the
evacuation's transport kept from getting in; and statements that are no evacuation. Each
pattern in several wordings of our own, with cases where it must not fire."""

from __future__ import annotations

import pytest

from tests._rows import claim_rows, evac_rows


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an agreement withheld in the perfect is refused
        (
            "Mayor Ivan Fedorov said the occupiers have not agreed to a humanitarian corridor "
            "for Melitopol.",
            [["Melitopol", None, "civilians", "refused", "UA"]],
        ),
        (
            "Kharkiv governor Oleh Syniehubov said Moscow hasn't agreed to a ceasefire so that "
            "buses can leave Izium.",
            [["Izium", None, "civilians", "refused", "UA"]],
        ),
        (
            "The Russian side has never accepted to a safe passage out of Mariupol, mayor Vadym "
            "Boichenko said.",
            [["Mariupol", None, "civilians", "refused", "UA"]],
        ),
        # ... but a corridor not yet agreed is no refusal of anyone's
        (
            "Donetsk governor Pavlo Kyrylenko said no corridor had yet been agreed for Vuhledar.",
            [["Vuhledar", None, "civilians", "impossible", "UA"]],
        ),
        # people going by their own means, the reason after "because": the going is the statement
        (
            "Mayor Ivan Fedorov said residents who wanted to leave were travelling on their own, "
            "by private car towards Zaporizhzhia, because the occupiers had not agreed to a "
            "corridor out of Melitopol.",
            [["Melitopol", "Zaporizhzhia", "civilians", "ongoing", "UA"]],
        ),
        (
            "Families from Izium are driving out in their own cars because no buses have been "
            "organised, Kharkiv governor Oleh Syniehubov said.",
            [["Izium", None, "civilians", "ongoing", "UA"]],
        ),
        # ... unless only the reason speaks of leaving
        (
            "Kherson governor Oleksandr Prokudin said residents of Oleshky were asking for help "
            "because the occupation authorities were not evacuating them.",
            [["Oleshky", None, "civilians", "refused", "UA"]],
        ),
        # the evacuation's transport kept from getting in: impossible, from the town it could
        # not reach
        (
            "No bus had been able to reach Popasna for two days, Luhansk governor Serhiy Haidai "
            "said.",
            [["Popasna", None, "civilians", "impossible", "UA"]],
        ),
        (
            "Donetsk governor Pavlo Kyrylenko said evacuation buses were unable to get into "
            "Vuhledar on Monday.",
            [["Vuhledar", None, "civilians", "impossible", "UA"]],
        ),
        (
            "No evacuation train has managed to reach Kramatorsk since the strike, Ukrainian "
            "Railways said.",
            [["Kramatorsk", None, "civilians", "impossible", "UA"]],
        ),
        # ... not troops kept out
        (
            "Sappers blew up the bridge so that columns could not enter Voznesensk, the mayor "
            "said.",
            [],
        ),
        ("Russian tank columns could not reach Kyiv in March, the General Staff said.", []),
        # a second destination after "for": "trains leaving for A and buses for B"
        (
            "Mayor Oleksandr Senkevych said the evacuation of Mykolaiv was continuing, with "
            "trains leaving for Lviv and buses for Odesa.",
            [["Mykolaiv", "Lviv", "civilians", "ongoing", "UA"]],
        ),
        (
            "Evacuation trains were running from Kramatorsk for Dnipro and buses for Pavlohrad, "
            "Donetsk governor Pavlo Kyrylenko said.",
            [["Kramatorsk", "Dnipro", "civilians", "ongoing", "UA"]],
        ),
        # advice on how to go added to a statement is no call of its own ...
        (
            "Kharkiv governor Oleh Syniehubov said evacuation trains were running from Kharkiv "
            "to Lviv and urged residents to take documents with them.",
            [["Kharkiv", "Lviv", "civilians", "ongoing", "UA"]],
        ),
        (
            "Mayor Oleksandr Senkevych said the evacuation of Mykolaiv was under way, and urged "
            "families with children to use the buses.",
            [["Mykolaiv", None, "civilians", "ongoing", "UA"]],
        ),
        # ... but a call to go is
        (
            "Kharkiv governor Oleh Syniehubov said evacuation trains were running from Kharkiv "
            "to Lviv and urged residents to leave.",
            [["Kharkiv", "Lviv", "civilians", "requested", "UA"]],
        ),
        # the evacuation said to continue in the simple tenses outweighs the tally after it
        (
            "Sumy governor Dmytro Zhyvytskyi said the evacuation of Sumy residents by bus "
            "continued: ten more buses had left for Poltava.",
            [["Sumy", "Poltava", "civilians", "ongoing", "UA"]],
        ),
        (
            "Evacuations from Vovchansk continue daily, Kharkiv governor Oleh Syniehubov said.",
            [["Vovchansk", None, "civilians", "ongoing", "UA"]],
        ),
        # ... and a tally added with "and that" is the same evacuation's
        (
            "Donetsk governor Pavlo Kyrylenko said the evacuation from Siversk was continuing "
            "every day and that about 500 people had left the area during the week.",
            [["Siversk", None, "civilians", "ongoing", "UA"]],
        ),
        (
            "Kharkiv governor Oleh Syniehubov said evacuation from Vovchansk was under way, and "
            "that 300 people had been taken out on Monday.",
            [["Vovchansk", None, "civilians", "ongoing", "UA"]],
        ),
        # help offered for people to go, transport on offer: possible
        (
            "Mykolaiv governor Vitaliy Kim said the authorities were ready to help residents of "
            "Snihurivka leave for safer regions, and that buses to Mykolaiv were available on "
            "request.",
            [["Snihurivka", "Mykolaiv", "civilians", "possible", "UA"]],
        ),
        (
            "Free evacuation buses from Kupiansk to Kharkiv remain available every morning, "
            "Kharkiv governor Oleh Syniehubov said.",
            [["Kupiansk", "Kharkiv", "civilians", "possible", "UA"]],
        ),
        # ... a bare offer to help stays no statement
        ("The regional administration in Kharkiv said it was ready to help with any corridor.", []),
        # people telling of their own readiness: no call and no open way out
        (
            "Some residents of Kharkiv told reporters they were not ready to leave the shelter "
            "of the metro stations.",
            [],
        ),
        ("Many people in Bakhmut are still not ready to leave, mayor Oleksii Reva said.", []),
        # ... but an order given is a call, and transport ready to go is open
        (
            "Police told residents of Kupiansk to leave within 48 hours, Kharkiv governor Oleh "
            "Syniehubov said.",
            [["Kupiansk", None, "civilians", "requested", "UA"]],
        ),
        # a building cleared for a scare is no wartime evacuation
        (
            "In Kyiv, officials said a suspicious package had forced the evacuation of a metro "
            "station for an hour.",
            [],
        ),
        (
            "A bomb threat forced police to evacuate the Lviv railway station on Friday, the "
            "mayor said.",
            [],
        ),
        # the bank left outright, not the one the speakers are on
        (
            'Russian-installed officials on the left bank said they had completed the "relocation"'
            " of civilians from the right bank.",
            [["right bank", None, "civilians", "completed", "RU"]],
        ),
        (
            "Officials on the right bank said people from the left bank were being ferried "
            "across the Dnipro.",
            [["left bank", None, "civilians", "ongoing", None]],
        ),
    ],
)
def test_evac_round11_sentences(text: str, want: list[list]) -> None:
    assert evac_rows(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a corridor opened, then refused in a relative clause: two statements
        (
            "Russia's Defence Ministry said it had opened a humanitarian corridor from Sumy "
            "towards the Russian border, which Kyiv refused to use.",
            [
                ["Sumy", "Russia", "civilians", "open", "RU"],
                ["Sumy", "Russia", "civilians", "refused", "RU"],
            ],
        ),
        (
            "Colonel General Mikhail Mizintsev said Russia had opened a corridor out of Kharkiv "
            "to Belgorod, which Ukraine rejected.",
            [
                ["Kharkiv", "Belgorod", "civilians", "open", "RU"],
                ["Kharkiv", "Belgorod", "civilians", "refused", "RU"],
            ],
        ),
        # ... but a relative clause that only recalls a refusal leaves the main statement alone
        (
            "Mykolaiv governor Vitaliy Kim said the corridor, which Russia refused to respect, "
            "had been closed.",
            [["Mykolaiv oblast", None, "civilians", "impossible", "UA"]],
        ),
    ],
)
def test_a_refusal_in_a_relative_clause(text: str, want: list[list]) -> None:
    assert evac_rows(text) == want


def test_a_dateline_in_capitals_is_the_reports_town() -> None:
    # "ZAPORIZHZHIA, April 3 -": where buses leave when the sentence names no place of its own,
    # not the town the last paragraph named in passing
    text = (
        "ZAPORIZHZHIA, April 3 - Shells hit an industrial district on the eastern edge of "
        "Zaporizhzhia overnight. The army said Russian troops had been pushed back towards "
        "Polohy.\n\nEach morning buses still leave the railway station for Dnipro with women and "
        "children, and the mayor says the evacuation will continue as long as people want to go."
    )
    assert evac_rows(text) == [["Zaporizhzhia", "Dnipro", "civilians", "ongoing", "UA"]]


@pytest.mark.parametrize(
    ("text", "want", "who"),
    [
        # a post header's mayor speaks for the country the town lies in, and for that town
        (
            "Digest of Telegram posts, 3 March 2022\n\n09:15 | Artem Semenikhin, mayor of Konotop\n"
            "He said buses to Sumy were not running for now, because it was impossible to take "
            "people out under shelling.",
            [["Konotop", "Sumy", "civilians", "impossible", "UA"]],
            ("Artem Semenikhin", "UA", None),
        ),
        (
            "Digest of Telegram posts, 5 March 2022\n\n11:20 | Ivan Fedorov, mayor of Melitopol\n"
            "Fedorov wrote that the evacuation would continue as long as the road to "
            "Zaporizhzhia was open.",
            [["Melitopol", "Zaporizhzhia", "civilians", "ongoing", "UA"]],
            ("Ivan Fedorov", "UA", None),
        ),
        (
            "Digest of Telegram posts, 4 March 2022\n\n14:05 | Yurii Prylypko, mayor of "
            "Hostomel\nHe wrote that no bus had been able to get into the town since Monday.",
            [["Hostomel", None, "civilians", "impossible", "UA"]],
            ("Yurii Prylypko", "UA", None),
        ),
    ],
)
def test_a_post_headers_mayor(text: str, want: list[list], who: tuple) -> None:
    assert evac_rows(text) == want
    assert who in claim_rows(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the reason after ", since" as after "because"
        (
            "Mayor Ivan Fedorov said residents were leaving Melitopol on their own in private "
            "cars, since the occupiers had refused to open a corridor.",
            [["Melitopol", None, "civilians", "ongoing", "UA"]],
        ),
        # people making their own way out
        (
            "Those who want to leave Berdiansk are making their own way out by car because Russia "
            "will not agree to a corridor, the mayor said.",
            [["Berdiansk", None, "civilians", "ongoing", "UA"]],
        ),
        # ... but an option to go by one's own means is no going under way
        (
            "Governor Vyacheslav Gladkov said buses would collect people from the villages of "
            "the Graivoron district, and those who have cars can leave on their own.",
            [["Graivoron district", None, "civilians", "ongoing", "RU"]],
        ),
        # transport that has not got in, in other words
        (
            "No buses have reached Rubizhne for three days, Luhansk governor Serhiy Haidai said.",
            [["Rubizhne", None, "civilians", "impossible", "UA"]],
        ),
        (
            "Evacuation buses have not been able to get to Marinka since Sunday, Donetsk governor "
            "Pavlo Kyrylenko said.",
            [["Marinka", None, "civilians", "impossible", "UA"]],
        ),
        # a refusal in a "that" clause after the corridor
        (
            "Russia said it had opened a corridor from Sumy to Belgorod that Kyiv refused to use.",
            [
                ["Sumy", "Belgorod", "civilians", "open", "RU"],
                ["Sumy", "Belgorod", "civilians", "refused", "RU"],
            ],
        ),
        # a removal said to be over
        (
            "Russian-installed officials on the left bank said they had finished moving civilians "
            "out of the right bank.",
            [["right bank", None, "civilians", "completed", "RU"]],
        ),
        # a corridor agreed or arranged for a place: that place is where people leave
        (
            "Kyiv officials said no humanitarian corridor had been agreed for Mariupol yet.",
            [["Mariupol", None, "civilians", "impossible", "UA"]],
        ),
        (
            "Ukraine said no corridor had been arranged for Volnovakha.",
            [["Volnovakha", None, "civilians", "impossible", "UA"]],
        ),
        # advice to the evacuees added with "and asked" is no call of its own ...
        (
            "Kharkiv governor Oleh Syniehubov said the evacuation of Kupiansk was continuing and "
            "asked residents to register at the council first.",
            [["Kupiansk", None, "civilians", "ongoing", "UA"]],
        ),
        # ... but a request to a third party is the speaker's request
        (
            "Ombudsman Dmytro Lubinets said on Monday that Ukraine stood ready to open humanitarian "
            "corridors so that people trapped around Sudzha could leave for Russia, and asked the "
            "UN to take part.",
            [[None, "Russia", "civilians", "requested", "UA"]],
        ),
        # transport on offer named first
        (
            "Buses from Bakhmut to Kramatorsk are still available for anyone who wants to go, the "
            "mayor said.",
            [["Bakhmut", "Kramatorsk", "civilians", "possible", "UA"]],
        ),
        (
            "The governor said no evacuation buses had managed to get through to Lysychansk on "
            "Wednesday.",
            [["Lysychansk", None, "civilians", "impossible", None]],
        ),
        # those who remain urged to go
        (
            "Donetsk governor Pavlo Kyrylenko urged those who remained in Siversk to leave while "
            "the road to Sloviansk was still open.",
            [["Siversk", "Sloviansk", "civilians", "requested", "UA"]],
        ),
    ],
)
def test_evac_round11_rewordings(text: str, want: list[list]) -> None:
    assert evac_rows(text) == want
