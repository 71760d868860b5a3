"""Paraphrases of evacuation statements the parser reads right in one wording: other verbs, the
active voice for a passive, a place named before its people, a subject who orders instead of
saying. Each rule has a case where it must not fire."""

from __future__ import annotations

import pytest

from analyst_kit.parse import parse_report


def _evac_of(text: str) -> list[list]:
    """(origin, destination, status, claimed_by_side) of each evacuation row of ``text``."""
    t = parse_report(f"date 2024-09-01\n\n{text}\n")
    ev = t["evacuations"][["origin", "destination", "status", "claimed_by_side"]]
    return ev.astype(object).where(ev.notna(), None).values.tolist()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # none of those who set out got away: a failure, not the success "managed to" says
        (
            "None of the evacuation buses managed to get out of Mariupol, deputy mayor Serhiy "
            "Orlov said.",
            [["Mariupol", None, "impossible", "UA"]],
        ),
        (
            "None of the residents were able to leave Avdiivka on Tuesday, the city military "
            "administration said.",
            [["Avdiivka", None, "impossible", "UA"]],
        ),
        # (but some did)
        (
            "Several buses managed to get out of Mariupol, deputy mayor Serhiy Orlov said.",
            [["Mariupol", None, "completed", "UA"]],
        ),
        # an evacuation stopped in the active voice, by a civil body that says so
        (
            "The Mariupol city council suspended the evacuation of civilians, citing Russian "
            "shelling.",
            [["Mariupol", None, "impossible", "UA"]],
        ),
        (
            "Local authorities stopped the evacuation from Vovchansk after the bridge was hit.",
            [["Vovchansk", None, "impossible", "UA"]],
        ),
        # (not something else stopped while the evacuation goes on)
        (
            "Police said the evacuation of Vovchansk continued after the army stopped the assault.",
            [["Vovchansk", None, "ongoing", "UA"]],
        ),
        # people who made it somewhere have left
        (
            "Some three thousand people from Mariupol made it to Zaporizhzhia in private cars, "
            "Deputy Prime Minister Iryna Vereshchuk said.",
            [["Mariupol", "Zaporizhzhia", "completed", "UA"]],
        ),
        (
            "About 200 families made it out of Kupiansk on Sunday, Kharkiv governor Oleh "
            "Syniehubov said.",
            [["Kupiansk", None, "completed", "UA"]],
        ),
        # (not who the people are: the statement is their registration)
        (
            "Thousands of people who made it out are being registered at a reception centre in "
            "Zaporizhzhia.",
            [],
        ),
        # a removal decided for them: "are to be evacuated"
        (
            "Eleven more villages in the Sumy region are to be evacuated, the regional military "
            "administration said.",
            [["Sumy oblast", None, "requested", "UA"]],
        ),
        (
            "Residents of Oleshky are to be relocated to the left bank, Vladimir Saldo said.",
            [["Oleshky", "left bank", "requested", "RU"]],
        ),
        # (not a thing to be rebuilt)
        ("The bridge at Kherson is to be rebuilt by spring, Vladimir Saldo said.", []),
        # calls to go by other verbs: cross into, relocate
        (
            "Leonid Pasechnik told people in Luhansk to cross into Russia.",
            [["Luhansk", None, "requested", "RU"]],
        ),
        (
            "Oleh Syniehubov urged families with children in Kupiansk to relocate to safer areas.",
            [["Kupiansk", None, "requested", "UA"]],
        ),
        # (not troops crossing)
        ("Leonid Pasechnik said Ukrainian saboteurs had tried to cross into Luhansk.", []),
        # the place named before its people is where they leave, not the governor's region
        (
            "Serhiy Haidai, the governor of Luhansk region, appealed to Lysychansk residents to "
            "leave the city.",
            [["Lysychansk", None, "requested", "UA"]],
        ),
        (
            "Kharkiv governor Oleh Syniehubov urged Kupiansk residents to leave the town.",
            [["Kupiansk", None, "requested", "UA"]],
        ),
        # (residents of the region: the region of his title)
        (
            "Luhansk governor Serhiy Haidai urged residents of the region to leave.",
            [["Luhansk oblast", None, "requested", "UA"]],
        ),
        # a local official of no known side speaks for the country of the town
        (
            "Deputy mayor Serhiy Orlov said evacuation buses could not leave Mariupol.",
            [["Mariupol", None, "impossible", "UA"]],
        ),
        # (an installed one says he is Russian's)
        (
            "The Russian-installed mayor of Enerhodar said residents were being evacuated.",
            [["Enerhodar", None, "ongoing", "RU"]],
        ),
        # the one who orders, named as the subject by a side word of the title
        (
            "Separatist leader Denis Pushilin ordered a mass evacuation of Donetsk residents to "
            "Russia's Rostov region.",
            [["Donetsk", "Russia", "requested", "RU"]],
        ),
        (
            "Ukrainian authorities ordered the evacuation of families with children from Bakhmut.",
            [["Bakhmut", None, "requested", "UA"]],
        ),
        # an evacuation said to have ended is done
        (
            "Police said the evacuation of Siversk had ended for the day.",
            [["Siversk", None, "completed", "UA"]],
        ),
        (
            "The evacuation from Ruska Lozova has been finished for today, Oleh Syniehubov said.",
            [["Ruska Lozova", None, "completed", "UA"]],
        ),
        # (not something else that ended)
        (
            "The shelling of Siversk ended at dawn, police said, and the evacuation continued.",
            [["Siversk", None, "ongoing", "UA"]],
        ),
        # people kept from leaving by other verbs
        (
            "Colonel General Mikhail Mizintsev claimed Ukrainian nationalists were stopping "
            "residents from leaving Mariupol.",
            [["Mariupol", None, "refused", "RU"]],
        ),
        (
            "Occupation authorities barred civilians from leaving Kherson, Oleksandr Prokudin said.",
            [["Kherson", None, "refused", "UA"]],
        ),
        # (not looters)
        ("Police stopped looters from leaving the shop in Kherson.", []),
        # calls to leave by milder verbs
        (
            "Kupiansk city military administration head Andrii Besedin encouraged families with "
            "children to leave Kupiansk.",
            [["Kupiansk", None, "requested", "UA"]],
        ),
        (
            "Oleksandr Prokudin warned residents of the riverside districts of Kherson to leave.",
            [["Kherson", None, "requested", "UA"]],
        ),
        # (a warning of what may come is no call)
        (
            "Oleksandr Prokudin warned that residents of Kherson could be forced to leave by the "
            "flooding.",
            [["Kherson", None, "possible", "UA"]],
        ),
        # driving out: people who drove out of a town, crews who drove them out
        (
            "Several thousand residents drove out of Mariupol in their own cars on Tuesday, Iryna "
            "Vereshchuk said.",
            [["Mariupol", None, "completed", "UA"]],
        ),
        (
            "Police drove residents out of Vuhledar whenever the shelling allowed, Pavlo "
            "Kyrylenko said.",
            [["Vuhledar", None, "completed", "UA"]],
        ),
        # (not troops driving the enemy out)
        (
            "Ukrainian troops drove Russian forces out of Kupiansk, where 300 residents still "
            "remain, Oleh Syniehubov said.",
            [],
        ),
        # a removal in the active voice: relocating people
        (
            "Marat Khusnullin said the government had started relocating residents of Kherson.",
            [["Kherson", None, "ongoing", "RU"]],
        ),
        # (not offices)
        ("The company is relocating its offices from Kyiv to Lviv, its chief executive said.", []),
        # an adverb between "had" and "been evacuated": done all the same
        (
            "Police said most families with children had already been evacuated from Krasnopillia.",
            [["Krasnopillia", None, "completed", "UA"]],
        ),
        # (but "were being evacuated" is going on)
        (
            "Police said families with children were being evacuated from Krasnopillia.",
            [["Krasnopillia", None, "ongoing", "UA"]],
        ),
        # the town rescuers cannot enter is where people are, not where they go
        (
            "Evacuation buses were unable to enter Soledar because of constant shelling, Pavlo "
            "Kyrylenko said.",
            [["Soledar", None, "impossible", "UA"]],
        ),
        # (a town people are taken to stays the destination)
        (
            "Evacuees from Bakhmut had already been taken to Kramatorsk by bus, Pavlo Kyrylenko "
            "said.",
            [["Bakhmut", "Kramatorsk", "completed", "UA"]],
        ),
    ],
)
def test_evacuation_paraphrases(text: str, want: list[list]) -> None:
    assert _evac_of(text) == want
