"""Paraphrases of evacuation statements the parser reads right in one wording, as a wire
reporter, a UN/ICRC update or a ministry might write them: other verbs (pulled out, got out,
departed, fled, relocated), "to Y from X", a nominalisation, requests and refusals in other
words. Each rule fixed for them has a case where it must not fire."""

from __future__ import annotations

import pytest

from tests._rows import evac_rows

# each group: a statement and the wordings that must give the same rows
PARAPHRASES = [
    # a tally brought out, from X to Y: other verbs, a nominalisation, arrival, transport as subject
    (
        "More than 4,000 people were evacuated from Mariupol to Zaporizhzhia on Monday, Deputy Prime Minister Iryna Vereshchuk said.",
        [["Mariupol", "Zaporizhzhia", "civilians", "completed", "UA"]],
    ),
    (
        "Deputy Prime Minister Iryna Vereshchuk said more than 4,000 people had been brought out of Mariupol to Zaporizhzhia on Monday.",
        [["Mariupol", "Zaporizhzhia", "civilians", "completed", "UA"]],
    ),
    (
        "The evacuation of more than 4,000 civilians from Mariupol to Zaporizhzhia was completed on Monday, Deputy Prime Minister Iryna Vereshchuk said.",
        [["Mariupol", "Zaporizhzhia", "civilians", "completed", "UA"]],
    ),
    (
        "More than 4,000 people reached Zaporizhzhia from Mariupol on Monday, Deputy Prime Minister Iryna Vereshchuk said.",
        [["Mariupol", "Zaporizhzhia", "civilians", "completed", "UA"]],
    ),
    (
        "Buses ferried more than 4,000 people from Mariupol to Zaporizhzhia on Monday, Deputy Prime Minister Iryna Vereshchuk said.",
        [["Mariupol", "Zaporizhzhia", "civilians", "completed", "UA"]],
    ),
    # a convoy from a works arriving: evacuated, brought out, rescued from it
    (
        "The ICRC said a convoy carrying civilians from the Azovstal plant had arrived in Zaporizhzhia.",
        [["Azovstal steelworks", "Zaporizhzhia", "civilians", "completed", "INTL"]],
    ),
    (
        "A convoy of civilians evacuated from the Azovstal plant reached Zaporizhzhia, the ICRC said.",
        [["Azovstal steelworks", "Zaporizhzhia", "civilians", "completed", "INTL"]],
    ),
    (
        "Civilians brought out of the Azovstal plant arrived in Zaporizhzhia in a convoy, the ICRC said.",
        [["Azovstal steelworks", "Zaporizhzhia", "civilians", "completed", "INTL"]],
    ),
    (
        "The ICRC said civilians rescued from the Azovstal plant had arrived safely in Zaporizhzhia.",
        [["Azovstal steelworks", "Zaporizhzhia", "civilians", "completed", "INTL"]],
    ),
    # the way out blocked by the other side: blocking, prevented, stopped from getting out, would not let
    (
        "Ukraine accused Russian forces of blocking the evacuation of civilians from Mariupol.",
        [["Mariupol", None, "civilians", "refused", "UA"]],
    ),
    (
        "Ukraine said Russian forces had prevented civilians from leaving Mariupol.",
        [["Mariupol", None, "civilians", "refused", "UA"]],
    ),
    (
        "Russian troops stopped civilians from getting out of Mariupol, Ukraine said.",
        [["Mariupol", None, "civilians", "refused", "UA"]],
    ),
    (
        "Ukraine said Russian forces would not let civilians leave Mariupol.",
        [["Mariupol", None, "civilians", "refused", "UA"]],
    ),
    (
        "Ukrainian officials said Russian shelling had made it impossible to evacuate civilians from Mariupol.",
        [["Mariupol", None, "civilians", "impossible", "UA"]],
    ),
    # a corridor agreed: the agreement as subject, 'to Y from X', Russia agreeing
    (
        "Iryna Vereshchuk said a humanitarian corridor from Mariupol to Zaporizhzhia had been agreed for Wednesday.",
        [["Mariupol", "Zaporizhzhia", "civilians", "agreed", "UA"]],
    ),
    (
        "Iryna Vereshchuk said the two sides had agreed on a humanitarian corridor from Mariupol to Zaporizhzhia for Wednesday.",
        [["Mariupol", "Zaporizhzhia", "civilians", "agreed", "UA"]],
    ),
    (
        "Iryna Vereshchuk said a green corridor to Zaporizhzhia from Mariupol had been agreed for Wednesday.",
        [["Mariupol", "Zaporizhzhia", "civilians", "agreed", "UA"]],
    ),
    (
        "Agreement was reached on a safe passage from Mariupol to Zaporizhzhia for Wednesday, Iryna Vereshchuk said.",
        [["Mariupol", "Zaporizhzhia", "civilians", "agreed", "UA"]],
    ),
    (
        "Iryna Vereshchuk said Russia had agreed to a humanitarian corridor from Mariupol to Zaporizhzhia on Wednesday.",
        [["Mariupol", "Zaporizhzhia", "civilians", "agreed", "UA"]],
    ),
    # a call to leave: urged, called on, appealed to, should leave, called for the evacuation of X
    (
        "Pavlo Kyrylenko urged residents of Pokrovsk to evacuate to safer regions.",
        [["Pokrovsk", None, "civilians", "requested", "UA"]],
    ),
    (
        "Pavlo Kyrylenko called on residents of Pokrovsk to leave for safer regions.",
        [["Pokrovsk", None, "civilians", "requested", "UA"]],
    ),
    (
        "Pavlo Kyrylenko appealed to people in Pokrovsk to evacuate.",
        [["Pokrovsk", None, "civilians", "requested", "UA"]],
    ),
    (
        "Residents of Pokrovsk should leave, Pavlo Kyrylenko said.",
        [["Pokrovsk", None, "civilians", "requested", "UA"]],
    ),
    (
        "Pavlo Kyrylenko called for the evacuation of Pokrovsk.",
        [["Pokrovsk", None, "civilians", "requested", "UA"]],
    ),
    # a tally out of a town: passive, active, managed to leave, pulled out, got out, taken out
    (
        "Serhiy Haidai said 150 people were evacuated from Lysychansk on Friday.",
        [["Lysychansk", None, "civilians", "completed", "UA"]],
    ),
    (
        "Serhiy Haidai said police had evacuated 150 people from Lysychansk on Friday.",
        [["Lysychansk", None, "civilians", "completed", "UA"]],
    ),
    (
        "Some 150 residents were pulled out of Lysychansk on Friday, Serhiy Haidai said.",
        [["Lysychansk", None, "civilians", "completed", "UA"]],
    ),
    (
        "Serhiy Haidai said 150 people had managed to leave Lysychansk on Friday.",
        [["Lysychansk", None, "civilians", "completed", "UA"]],
    ),
    (
        "Police got 150 people out of Lysychansk on Friday, Serhiy Haidai said.",
        [["Lysychansk", None, "civilians", "completed", "UA"]],
    ),
    (
        "Serhiy Haidai said rescuers had taken 150 people out of Lysychansk on Friday.",
        [["Lysychansk", None, "civilians", "completed", "UA"]],
    ),
    # an evacuation going on: under way, still being evacuated, continuing to evacuate
    (
        "Oleh Syniehubov said the evacuation of Kupiansk was continuing.",
        [["Kupiansk", None, "civilians", "ongoing", "UA"]],
    ),
    (
        "Oleh Syniehubov said evacuations from Kupiansk were still under way.",
        [["Kupiansk", None, "civilians", "ongoing", "UA"]],
    ),
    (
        "Oleh Syniehubov said residents were still being evacuated from Kupiansk.",
        [["Kupiansk", None, "civilians", "ongoing", "UA"]],
    ),
    (
        "The evacuation of Kupiansk is ongoing, Oleh Syniehubov said.",
        [["Kupiansk", None, "civilians", "ongoing", "UA"]],
    ),
    (
        "Oleh Syniehubov said authorities were continuing to evacuate people from Kupiansk.",
        [["Kupiansk", None, "civilians", "ongoing", "UA"]],
    ),
    # a corridor announced by one side
    (
        "The Russian Defence Ministry said it would open a humanitarian corridor from Kharkiv to Belgorod.",
        [["Kharkiv", "Belgorod", "civilians", "open", "RU"]],
    ),
    (
        "The Russian Defence Ministry announced a humanitarian corridor from Kharkiv to Belgorod.",
        [["Kharkiv", "Belgorod", "civilians", "open", "RU"]],
    ),
    (
        "Russia's Defence Ministry said a humanitarian corridor would be opened from Kharkiv to Belgorod.",
        [["Kharkiv", "Belgorod", "civilians", "open", "RU"]],
    ),
    (
        "The Russian Defence Ministry offered a humanitarian corridor from Kharkiv to Belgorod.",
        [["Kharkiv", "Belgorod", "civilians", "requested", "RU"]],
    ),
    # a corridor refused: turned down, refused, would not accept
    (
        "Ukraine rejected a Russian proposal for humanitarian corridors from Kharkiv to Russia.",
        [["Kharkiv", "Russia", "civilians", "refused", "UA"]],
    ),
    (
        "Ukraine said it would not accept Russian humanitarian corridors from Kharkiv to Russia.",
        [["Kharkiv", "Russia", "civilians", "refused", "UA"]],
    ),
    # safe passage that cannot be guaranteed
    (
        "The UN said safe passage for civilians out of Mariupol could not be guaranteed.",
        [["Mariupol", None, "civilians", "impossible", "INTL"]],
    ),
    (
        "The UN said it could not guarantee safe passage for civilians out of Mariupol.",
        [["Mariupol", None, "civilians", "impossible", "INTL"]],
    ),
    (
        "The UN said no safe passage out of Mariupol could be guaranteed for civilians.",
        [["Mariupol", None, "civilians", "impossible", "INTL"]],
    ),
    # people on the evacuation train: departed, fled, the train as subject
    (
        "Vadym Filashkin said 500 people left Pokrovsk on the evacuation train on Sunday.",
        [["Pokrovsk", None, "civilians", "completed", "UA"]],
    ),
    (
        "Vadym Filashkin said 500 people departed Pokrovsk on the evacuation train on Sunday.",
        [["Pokrovsk", None, "civilians", "completed", "UA"]],
    ),
    (
        "Some 500 people fled Pokrovsk on the evacuation train on Sunday, Vadym Filashkin said.",
        [["Pokrovsk", None, "civilians", "completed", "UA"]],
    ),
    (
        "An evacuation train took 500 people out of Pokrovsk on Sunday, Vadym Filashkin said.",
        [["Pokrovsk", None, "civilians", "completed", "UA"]],
    ),
    (
        "Vadym Filashkin said the evacuation train carried 500 people out of Pokrovsk on Sunday.",
        [["Pokrovsk", None, "civilians", "completed", "UA"]],
    ),
    # a convoy turned back: had to turn back, forced to return, failed
    (
        "The evacuation convoy from Enerhodar was forced to turn back, Ukrainian officials said.",
        [["Enerhodar", None, "civilians", "impossible", "UA"]],
    ),
    (
        "The evacuation convoy leaving Enerhodar had to turn back, Ukrainian officials said.",
        [["Enerhodar", None, "civilians", "impossible", "UA"]],
    ),
    (
        "Buses sent to evacuate civilians from Enerhodar were forced to return, Ukrainian officials said.",
        [["Enerhodar", None, "civilians", "impossible", "UA"]],
    ),
    (
        "Ukrainian officials said the evacuation from Enerhodar failed after the convoy was turned back.",
        [["Enerhodar", None, "civilians", "impossible", "UA"]],
    ),
    # a removal announced by one side
    (
        "Denis Pushilin announced the evacuation of residents from Donetsk to Russia.",
        [["Donetsk", "Russia", "civilians", "requested", "RU"]],
    ),
    (
        "Denis Pushilin told residents of Donetsk to evacuate to Russia.",
        [["Donetsk", "Russia", "civilians", "requested", "RU"]],
    ),
    # a relocation done, from X to Y: moved, 'to Y from X', 'from X' before the people, active
    (
        "Kyrylo Tymoshenko said 1,000 people were relocated from Vuhledar to Dnipro.",
        [["Vuhledar", "Dnipro", "civilians", "completed", "UA"]],
    ),
    (
        "Kyrylo Tymoshenko said 1,000 people had been moved from Vuhledar to Dnipro.",
        [["Vuhledar", "Dnipro", "civilians", "completed", "UA"]],
    ),
    (
        "Kyrylo Tymoshenko said 1,000 people were relocated to Dnipro from Vuhledar.",
        [["Vuhledar", "Dnipro", "civilians", "completed", "UA"]],
    ),
    (
        "Kyrylo Tymoshenko said 1,000 people from Vuhledar had been taken to Dnipro.",
        [["Vuhledar", "Dnipro", "civilians", "completed", "UA"]],
    ),
    (
        "Kyrylo Tymoshenko said authorities relocated 1,000 people from Vuhledar to Dnipro.",
        [["Vuhledar", "Dnipro", "civilians", "completed", "UA"]],
    ),
    # an evacuation made impossible by shelling
    (
        "The evacuation of Sievierodonetsk is impossible because of constant shelling, Serhiy Haidai said.",
        [["Sievierodonetsk", None, "civilians", "impossible", "UA"]],
    ),
    (
        "Constant shelling made evacuation from Sievierodonetsk impossible, Serhiy Haidai said.",
        [["Sievierodonetsk", None, "civilians", "impossible", "UA"]],
    ),
    (
        "Serhiy Haidai said civilians could not be evacuated from Sievierodonetsk because of constant shelling.",
        [["Sievierodonetsk", None, "civilians", "impossible", "UA"]],
    ),
    (
        "Serhiy Haidai said it was impossible to get people out of Sievierodonetsk because of constant shelling.",
        [["Sievierodonetsk", None, "civilians", "impossible", "UA"]],
    ),
    (
        "Serhiy Haidai said evacuating Sievierodonetsk was no longer possible because of constant shelling.",
        [["Sievierodonetsk", None, "civilians", "impossible", "UA"]],
    ),
    # evacuation buses leaving a town for another
    (
        "Three evacuation buses left Bucha for Kyiv on Thursday, Anatoliy Fedoruk said.",
        [["Bucha", "Kyiv", "civilians", "completed", "UA"]],
    ),
    (
        "Anatoliy Fedoruk said three evacuation buses departed from Bucha for Kyiv on Thursday.",
        [["Bucha", "Kyiv", "civilians", "completed", "UA"]],
    ),
    (
        "Three evacuation buses set off from Bucha to Kyiv on Thursday, Anatoliy Fedoruk said.",
        [["Bucha", "Kyiv", "civilians", "completed", "UA"]],
    ),
    (
        "Three evacuation buses took residents from Bucha to Kyiv on Thursday, Anatoliy Fedoruk said.",
        [["Bucha", "Kyiv", "civilians", "completed", "UA"]],
    ),
    # one corridor among several agreed
    (
        "Iryna Vereshchuk said nine humanitarian corridors would open on Saturday, including one from Melitopol to Zaporizhzhia.",
        [["Melitopol", "Zaporizhzhia", "civilians", "open", "UA"]],
    ),
    (
        "Iryna Vereshchuk said a corridor from Melitopol to Zaporizhzhia was among nine agreed for Saturday.",
        [["Melitopol", "Zaporizhzhia", "civilians", "agreed", "UA"]],
    ),
    # a way out sought for civilians: seeking, appealed for, called for, urged, pushing for
    (
        "The UN said it was seeking safe passage for civilians from Mariupol.",
        [["Mariupol", None, "civilians", "requested", "INTL"]],
    ),
    (
        "The UN appealed for safe passage for civilians from Mariupol.",
        [["Mariupol", None, "civilians", "requested", "INTL"]],
    ),
    (
        "The UN called for civilians to be allowed to leave Mariupol.",
        [["Mariupol", None, "civilians", "requested", "INTL"]],
    ),
    (
        "The UN urged a safe corridor for civilians trapped in Mariupol.",
        [["Mariupol", None, "civilians", "requested", "INTL"]],
    ),
    (
        "The UN said it was pushing for the evacuation of civilians from Mariupol.",
        [["Mariupol", None, "civilians", "requested", "INTL"]],
    ),
    # a convoy gone: set off, pulled out, departed
    (
        "A convoy of 12 buses left Enerhodar for Zaporizhzhia on Sunday, Dmytro Orlov said.",
        [["Enerhodar", "Zaporizhzhia", "civilians", "completed", "UA"]],
    ),
    (
        "Dmytro Orlov said a convoy of 12 buses had set off from Enerhodar for Zaporizhzhia on Sunday.",
        [["Enerhodar", "Zaporizhzhia", "civilians", "completed", "UA"]],
    ),
    (
        "Twelve buses pulled out of Enerhodar bound for Zaporizhzhia on Sunday, Dmytro Orlov said.",
        [["Enerhodar", "Zaporizhzhia", "civilians", "completed", "UA"]],
    ),
    (
        "Dmytro Orlov said a 12-bus convoy departed Enerhodar for Zaporizhzhia on Sunday.",
        [["Enerhodar", "Zaporizhzhia", "civilians", "completed", "UA"]],
    ),
    # an evacuation begun: started leaving, began taking, got under way
    (
        "The evacuation of civilians from Sumy to Poltava began on Tuesday, Dmytro Zhyvytskyi said.",
        [["Sumy", "Poltava", "civilians", "ongoing", "UA"]],
    ),
    (
        "Dmytro Zhyvytskyi said civilians had started leaving Sumy for Poltava on Tuesday.",
        [["Sumy", "Poltava", "civilians", "ongoing", "UA"]],
    ),
    (
        "Buses began taking civilians from Sumy to Poltava on Tuesday, Dmytro Zhyvytskyi said.",
        [["Sumy", "Poltava", "civilians", "ongoing", "UA"]],
    ),
    (
        "Dmytro Zhyvytskyi said the evacuation from Sumy to Poltava got under way on Tuesday.",
        [["Sumy", "Poltava", "civilians", "ongoing", "UA"]],
    ),
    # children brought out to a city: taken, brought out, evacuated, relocated
    (
        "Oleksandr Starukh said 86 children had been evacuated from Orikhiv to Zaporizhzhia.",
        [["Orikhiv", "Zaporizhzhia", "civilians", "completed", "UA"]],
    ),
    (
        "Oleksandr Starukh said 86 children were taken from Orikhiv to Zaporizhzhia.",
        [["Orikhiv", "Zaporizhzhia", "civilians", "completed", "UA"]],
    ),
    (
        "Oleksandr Starukh said 86 children had been brought out of Orikhiv to Zaporizhzhia.",
        [["Orikhiv", "Zaporizhzhia", "civilians", "completed", "UA"]],
    ),
    (
        "Oleksandr Starukh said rescuers had evacuated 86 children from Orikhiv to Zaporizhzhia.",
        [["Orikhiv", "Zaporizhzhia", "civilians", "completed", "UA"]],
    ),
    (
        "Oleksandr Starukh said 86 children from Orikhiv had been relocated to Zaporizhzhia.",
        [["Orikhiv", "Zaporizhzhia", "civilians", "completed", "UA"]],
    ),
    # an evacuation suspended: halted, forced to suspend, on hold, shelling stopped it
    (
        "The evacuation from Avdiivka was suspended because of shelling, Vitaliy Barabash said.",
        [["Avdiivka", None, "civilians", "impossible", None]],
    ),
    (
        "Vitaliy Barabash said the evacuation from Avdiivka had been halted because of shelling.",
        [["Avdiivka", None, "civilians", "impossible", None]],
    ),
    (
        "Shelling forced authorities to suspend the evacuation from Avdiivka, Vitaliy Barabash said.",
        [["Avdiivka", None, "civilians", "impossible", "UA"]],
    ),
    (
        "Vitaliy Barabash said evacuations from Avdiivka were on hold because of shelling.",
        [["Avdiivka", None, "civilians", "impossible", None]],
    ),
    (
        "Vitaliy Barabash said shelling had stopped the evacuation from Avdiivka.",
        [["Avdiivka", None, "civilians", "impossible", None]],
    ),
    # a ceasefire along a corridor not guaranteed: refused, would not, gave no guarantees
    (
        "Iryna Vereshchuk said Russia had refused to guarantee a ceasefire along the humanitarian corridor from Mariupol.",
        [["Mariupol", None, "civilians", "refused", "UA"]],
    ),
    (
        "Iryna Vereshchuk said Russia would not guarantee a ceasefire along the humanitarian corridor from Mariupol.",
        [["Mariupol", None, "civilians", "refused", "UA"]],
    ),
    (
        "Iryna Vereshchuk said Russia had given no guarantees of a ceasefire along the humanitarian corridor from Mariupol.",
        [["Mariupol", None, "civilians", "refused", "UA"]],
    ),
    (
        "Iryna Vereshchuk said Russia declined to guarantee a ceasefire along the humanitarian corridor from Mariupol.",
        [["Mariupol", None, "civilians", "refused", "UA"]],
    ),
    # an order to leave a river bank: ordered, told, urged, called on
    (
        "Vladimir Saldo ordered residents to leave the right bank of the Dnipro.",
        [["right bank", None, "civilians", "requested", None]],
    ),
    (
        "Vladimir Saldo told residents to leave the right bank of the Dnipro.",
        [["right bank", None, "civilians", "requested", "RU"]],
    ),
    (
        "Vladimir Saldo urged residents of the right bank of the Dnipro to leave.",
        [["right bank", None, "civilians", "requested", "RU"]],
    ),
    (
        "Vladimir Saldo called on people living on the right bank of the Dnipro to move out.",
        [["right bank", None, "civilians", "requested", "RU"]],
    ),
    # few able to leave: managed to get out, made it out
    (
        "Only a few dozen people were able to leave Mariupol on Thursday, Petro Andriushchenko said.",
        [["Mariupol", None, "civilians", "limited", "UA"]],
    ),
    (
        "Petro Andriushchenko said only a few dozen people had managed to get out of Mariupol on Thursday.",
        [["Mariupol", None, "civilians", "limited", "UA"]],
    ),
    (
        "Only a handful of people made it out of Mariupol on Thursday, Petro Andriushchenko said.",
        [["Mariupol", None, "civilians", "limited", "UA"]],
    ),
    # a corridor open: open, working, opened
    (
        "Ukrainian officials said a humanitarian corridor from Irpin to Kyiv was open on Saturday.",
        [["Irpin", "Kyiv", "civilians", "open", "UA"]],
    ),
    (
        "Ukrainian officials said a humanitarian corridor was open from Irpin to Kyiv on Saturday.",
        [["Irpin", "Kyiv", "civilians", "open", "UA"]],
    ),
    (
        "A humanitarian corridor from Irpin to Kyiv was working on Saturday, Ukrainian officials said.",
        [["Irpin", "Kyiv", "civilians", "open", "UA"]],
    ),
]

# where each rule must not fire
NOT_FIRING = [
    # a place after "to the city of" is still where people go
    (
        "Oleksandr Starukh said 200 people were evacuated from Orikhiv to the city of "
        "Zaporizhzhia.",
        [["Orikhiv", "Zaporizhzhia", "civilians", "completed", "UA"]],
    ),
    # residents who "would not let go" of their homes refuse nothing
    (
        "Many elderly residents would not let go of their homes, Pavlo Kyrylenko said, but the "
        "evacuation of Bakhmut continued.",
        [["Bakhmut", None, "civilians", "ongoing", "UA"]],
    ),
    # an evacuation said to go on, with no one blocking it
    (
        "Ukraine said the evacuation of civilians from Mariupol was continuing.",
        [["Mariupol", None, "civilians", "ongoing", "UA"]],
    ),
    # people "working to" get others out open nothing
    ("Volunteers were working to get people out of Irpin, Ukrainian officials said.", []),
    # "carried out" is a deed done, not people brought out (round 26: the relative clause this
    # sentence once had, "who also evacuated residents of Kupiansk", is an evacuation of its own
    # and now gives its row: see test_parse_round26)
    (
        "The operation was carried out by the police near Kupiansk, Oleh Syniehubov said.",
        [],
    ),
    # people seeking refuge ask for no way out
    (
        "Residents seeking refuge in the Azovstal plant could not be evacuated, Ukrainian "
        "officials said.",
        [["Azovstal steelworks", None, "civilians", "impossible", "UA"]],
    ),
    # troops moved are no removal of people
    (
        "Russia moved two brigades from Kherson, and the evacuation of civilians from Oleshky "
        "continued, Ukrainian officials said.",
        [["Oleshky", None, "civilians", "ongoing", "UA"]],
    ),
    # evacuees who went home are no convoy turned back
    (
        "Some evacuees from Kharkiv were forced to return home because they had no money, "
        "Ukrainian officials said.",
        [],
    ),
    # a count of people who fled, with no evacuation named, is no evacuation row
    ("Pavlo Kyrylenko said 1,200 people fled Pokrovsk.", []),
]


@pytest.mark.parametrize(("text", "want"), PARAPHRASES + NOT_FIRING)
def test_evac_paraphrase(text: str, want: list[list]) -> None:
    """Each wording gives the rows of the statement it rewords."""
    assert evac_rows(text) == want


# a second round: other wordings of failures, readiness, trains and routes
PARAPHRASES2 = [
    # a tally through corridors: via, got out through a corridor
    (
        "More than 6,000 people were evacuated through humanitarian corridors on Thursday, Iryna Vereshchuk said, including 2,500 from Mariupol.",
        [["Mariupol", None, "civilians", "completed", "UA"]],
    ),
    (
        "Iryna Vereshchuk said more than 6,000 people had been evacuated via humanitarian corridors on Thursday, including 2,500 from Mariupol.",
        [["Mariupol", None, "civilians", "completed", "UA"]],
    ),
    (
        "Some 2,500 people got out of Mariupol through a humanitarian corridor on Thursday, Iryna Vereshchuk said.",
        [["Mariupol", None, "civilians", "completed", "UA"]],
    ),
    # an evacuation disrupted by the other side: derailed, thwarted, the passive
    (
        "Russia's Defence Ministry said Ukrainian forces had disrupted the evacuation of civilians from Mariupol.",
        [["Mariupol", None, "civilians", "impossible", "RU"]],
    ),
    (
        "Russia's Defence Ministry said Ukrainian forces had derailed the evacuation of civilians from Mariupol.",
        [["Mariupol", None, "civilians", "impossible", "RU"]],
    ),
    (
        "Russia's Defence Ministry said the evacuation of civilians from Mariupol had been disrupted by Ukrainian forces.",
        [["Mariupol", None, "civilians", "impossible", "RU"]],
    ),
    (
        "Russia's Defence Ministry said Ukrainian forces had thwarted the evacuation of civilians from Mariupol.",
        [["Mariupol", None, "civilians", "impossible", "RU"]],
    ),
    # rescuers ready to lead people out: stood ready, prepared to
    (
        "The ICRC said it was ready to lead a convoy of civilians out of Mariupol.",
        [["Mariupol", None, "civilians", "open", "INTL"]],
    ),
    (
        "The ICRC said it stood ready to lead a convoy of civilians out of Mariupol.",
        [["Mariupol", None, "civilians", "open", "INTL"]],
    ),
    (
        "The ICRC said it was prepared to lead civilians out of Mariupol in a convoy.",
        [["Mariupol", None, "civilians", "open", "INTL"]],
    ),
    (
        "The ICRC said its team was ready to escort civilians out of Mariupol.",
        [["Mariupol", None, "civilians", "open", "INTL"]],
    ),
    # an evacuation to go on: would continue, will go on, continue to be evacuated
    (
        "The evacuation of residents from Kupiansk to Kharkiv will continue on Friday, Oleh Syniehubov said.",
        [["Kupiansk", "Kharkiv", "civilians", "ongoing", "UA"]],
    ),
    (
        "Oleh Syniehubov said the evacuation of residents from Kupiansk to Kharkiv would continue on Friday.",
        [["Kupiansk", "Kharkiv", "civilians", "ongoing", "UA"]],
    ),
    (
        "Oleh Syniehubov said residents would continue to be evacuated from Kupiansk to Kharkiv on Friday.",
        [["Kupiansk", "Kharkiv", "civilians", "ongoing", "UA"]],
    ),
    (
        "Evacuations from Kupiansk to Kharkiv will go on on Friday, Oleh Syniehubov said.",
        [["Kupiansk", "Kharkiv", "civilians", "ongoing", "UA"]],
    ),
    # a corridor that collapsed: broke down, no longer worked
    (
        "Serhiy Haidai said the humanitarian corridor out of Sievierodonetsk had collapsed under shelling.",
        [["Sievierodonetsk", None, "civilians", "impossible", "UA"]],
    ),
    (
        "Serhiy Haidai said the humanitarian corridor out of Sievierodonetsk had broken down under shelling.",
        [["Sievierodonetsk", None, "civilians", "impossible", "UA"]],
    ),
    (
        "Serhiy Haidai said the humanitarian corridor out of Sievierodonetsk no longer worked because of shelling.",
        [["Sievierodonetsk", None, "civilians", "impossible", "UA"]],
    ),
    # a mandatory evacuation announced
    (
        "Pavlo Kyrylenko announced the mandatory evacuation of the Donetsk region.",
        [["Donetsk oblast", None, "civilians", "requested", "UA"]],
    ),
    (
        "Pavlo Kyrylenko said the evacuation of the Donetsk region was now mandatory.",
        [["Donetsk oblast", None, "civilians", "requested", "UA"]],
    ),
    # people gone by train: taken the evacuation train, the train as subject
    (
        "Oleksandr Prokudin said 100 people had left Kherson by train for Mykolaiv on Sunday.",
        [["Kherson", "Mykolaiv", "civilians", "completed", "UA"]],
    ),
    (
        "Oleksandr Prokudin said 100 people had taken the evacuation train from Kherson to Mykolaiv on Sunday.",
        [["Kherson", "Mykolaiv", "civilians", "completed", "UA"]],
    ),
    (
        "An evacuation train took 100 people from Kherson to Mykolaiv on Sunday, Oleksandr Prokudin said.",
        [["Kherson", "Mykolaiv", "civilians", "completed", "UA"]],
    ),
    (
        "Oleksandr Prokudin said an evacuation train had carried 100 people from Kherson to Mykolaiv on Sunday.",
        [["Kherson", "Mykolaiv", "civilians", "completed", "UA"]],
    ),
    # an evacuation possible on a condition
    (
        "Vitaliy Kim said an evacuation from Mykolaiv to Odesa was possible if shelling stopped.",
        [["Mykolaiv", "Odesa", "civilians", "possible", "UA"]],
    ),
    (
        "Vitaliy Kim said civilians could be evacuated from Mykolaiv to Odesa if shelling stopped.",
        [["Mykolaiv", "Odesa", "civilians", "possible", "UA"]],
    ),
    (
        "Vitaliy Kim said people could leave Mykolaiv for Odesa if shelling stopped.",
        [["Mykolaiv", "Odesa", "civilians", "possible", "UA"]],
    ),
    (
        "Vitaliy Kim said it would be possible to evacuate residents from Mykolaiv to Odesa if shelling stopped.",
        [["Mykolaiv", "Odesa", "civilians", "possible", "UA"]],
    ),
]


# where the second round's rules must not fire (or must not say more than was said)
NOT_FIRING2 = [
    # a corridor "not working" is shut, not open
    (
        "Ukrainian officials said the humanitarian corridor from Irpin was not working.",
        [["Irpin", None, "civilians", "impossible", "UA"]],
    ),
    # the capital as the one acting, with no route "from X to" it, stays an actor
    (
        "Kyiv had agreed to a humanitarian corridor from Irpin, Ukrainian officials said.",
        [["Irpin", None, "civilians", "agreed", "UA"]],
    ),
    # a plan prepared is no team ready to go
    (
        "A plan for the evacuation of Kupiansk was prepared, Oleh Syniehubov said.",
        [["Kupiansk", None, "civilians", "ongoing", "UA"]],
    ),
    # a train people will take is no tally of people gone
    (
        "Oleksandr Prokudin said 100 people would take the evacuation train from Kherson to "
        "Mykolaiv on Sunday.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), PARAPHRASES2 + NOT_FIRING2)
def test_evac_paraphrase_second_round(text: str, want: list[list]) -> None:
    """Each wording of the second round gives the rows of the statement it rewords."""
    assert evac_rows(text) == want


def test_who_got_out_is_no_tally() -> None:
    """People named as those "who got out" are not counted as gone by that verb."""
    rows = evac_rows(
        "People who got out of Mariupol said the humanitarian corridor had been shelled, "
        "Ukrainian officials said."
    )
    assert all(r[3] != "completed" for r in rows)


# a third round: agreements, delays, appositives, calls, operations named, corridors shut
PARAPHRASES3 = [
    # a ceasefire agreed to let people leave
    (
        "Russia and Ukraine agreed to a ceasefire to allow civilians to leave Volnovakha, Ukrainian officials said.",
        [["Volnovakha", None, "civilians", "agreed", "UA"]],
    ),
    (
        "Ukrainian officials said the two sides had agreed a ceasefire so that civilians could leave Volnovakha.",
        [["Volnovakha", None, "civilians", "agreed", "UA"]],
    ),
    (
        "A ceasefire was agreed to let civilians leave Volnovakha, Ukrainian officials said.",
        [["Volnovakha", None, "civilians", "agreed", "UA"]],
    ),
    (
        "Ukrainian officials said Russia and Ukraine had agreed on a truce to let civilians out of Volnovakha.",
        [["Volnovakha", None, "civilians", "agreed", "UA"]],
    ),
    # an evacuation postponed: put off, postponed by its organisers, delayed
    (
        "Ukrainian officials said the evacuation of Volnovakha had been postponed because Russian forces were shelling the route.",
        [["Volnovakha", None, "civilians", "impossible", "UA"]],
    ),
    (
        "Ukrainian officials said the evacuation of Volnovakha was put off because Russian forces were shelling the route.",
        [["Volnovakha", None, "civilians", "impossible", "UA"]],
    ),
    (
        "Ukrainian officials said they had postponed the evacuation of Volnovakha because Russian forces were shelling the route.",
        [["Volnovakha", None, "civilians", "impossible", "UA"]],
    ),
    (
        "Ukrainian officials said the evacuation of Volnovakha was delayed because Russian forces were shelling the route.",
        [["Volnovakha", None, "civilians", "impossible", "UA"]],
    ),
    # a tally with its children named apart: among them, brought out, by police, with their help
    (
        "Oleh Syniehubov said 30 people, including 5 children, were evacuated from Vovchansk on Monday.",
        [["Vovchansk", None, "civilians", "completed", "UA"]],
    ),
    (
        "Oleh Syniehubov said 30 people, among them 5 children, had been evacuated from Vovchansk on Monday.",
        [["Vovchansk", None, "civilians", "completed", "UA"]],
    ),
    (
        "Thirty people, including five children, were brought out of Vovchansk on Monday, Oleh Syniehubov said.",
        [["Vovchansk", None, "civilians", "completed", "UA"]],
    ),
    (
        "Oleh Syniehubov said police evacuated 30 people, including 5 children, from Vovchansk on Monday.",
        [["Vovchansk", None, "civilians", "completed", "UA"]],
    ),
    (
        "Oleh Syniehubov said 30 people, including 5 children, left Vovchansk with the help of police on Monday.",
        [["Vovchansk", None, "civilians", "completed", "UA"]],
    ),
    # a call to leave for held territory: called on, asked to move, should leave
    (
        "Ukraine's Reintegration Ministry urged residents of occupied Kherson to leave for Ukrainian-controlled territory.",
        [["Kherson", None, "civilians", "requested", "UA"]],
    ),
    (
        "Ukraine's Reintegration Ministry called on residents of occupied Kherson to leave for Ukrainian-controlled territory.",
        [["Kherson", None, "civilians", "requested", "UA"]],
    ),
    (
        "Ukraine's Reintegration Ministry asked people in occupied Kherson to move to Ukrainian-controlled territory.",
        [["Kherson", None, "civilians", "requested", "UA"]],
    ),
    (
        "Ukraine's Reintegration Ministry said residents of occupied Kherson should leave for Ukrainian-controlled territory.",
        [["Kherson", None, "civilians", "requested", "UA"]],
    ),
    # a tally moved out of a city: left, relocated, evacuated out of
    (
        "Vladimir Saldo said 70,000 people had been moved out of Kherson in a week.",
        [["Kherson", None, "civilians", "completed", "RU"]],
    ),
    (
        "Vladimir Saldo said 70,000 people had left Kherson in a week.",
        [["Kherson", None, "civilians", "completed", "RU"]],
    ),
    (
        "Vladimir Saldo said some 70,000 residents were relocated from Kherson in a week.",
        [["Kherson", None, "civilians", "completed", "RU"]],
    ),
    (
        "Vladimir Saldo said authorities had relocated 70,000 people from Kherson in a week.",
        [["Kherson", None, "civilians", "completed", "RU"]],
    ),
    (
        "Vladimir Saldo said 70,000 people were evacuated out of Kherson in a week.",
        [["Kherson", None, "civilians", "completed", "RU"]],
    ),
    # a safe passage operation from a works: brought to, taken to, reached
    (
        "The UN said a safe passage operation from Azovstal had brought 101 civilians to Zaporizhzhia.",
        [["Azovstal steelworks", "Zaporizhzhia", "civilians", "completed", "INTL"]],
    ),
    (
        "The UN said 101 civilians had been brought from Azovstal to Zaporizhzhia in a safe passage operation.",
        [["Azovstal steelworks", "Zaporizhzhia", "civilians", "completed", "INTL"]],
    ),
    (
        "The UN said a safe passage operation had taken 101 civilians from Azovstal to Zaporizhzhia.",
        [["Azovstal steelworks", "Zaporizhzhia", "civilians", "completed", "INTL"]],
    ),
    (
        "The UN said 101 civilians evacuated from Azovstal in a safe passage operation had reached Zaporizhzhia.",
        [["Azovstal steelworks", "Zaporizhzhia", "civilians", "completed", "INTL"]],
    ),
    # no corridors on a day: none would open, would not open, cancelled
    (
        "Iryna Vereshchuk said there would be no humanitarian corridors on Wednesday because of Russian shelling.",
        [[None, None, "civilians", "impossible", "UA"]],
    ),
    (
        "Iryna Vereshchuk said no humanitarian corridors would open on Wednesday because of Russian shelling.",
        [[None, None, "civilians", "impossible", "UA"]],
    ),
    (
        "Iryna Vereshchuk said humanitarian corridors would not open on Wednesday because of Russian shelling.",
        [[None, None, "civilians", "impossible", "UA"]],
    ),
    (
        "Iryna Vereshchuk said humanitarian corridors were cancelled for Wednesday because of Russian shelling.",
        [[None, None, "civilians", "impossible", "UA"]],
    ),
    # a few still leaving on their own
    (
        "Serhiy Haidai said a few residents were still leaving Lysychansk on their own.",
        [["Lysychansk", None, "civilians", "ongoing", "UA"]],
    ),
    (
        "Serhiy Haidai said some residents were still getting out of Lysychansk on their own.",
        [["Lysychansk", None, "civilians", "ongoing", "UA"]],
    ),
    (
        "Serhiy Haidai said a handful of residents continued to leave Lysychansk on their own.",
        [["Lysychansk", None, "civilians", "ongoing", "UA"]],
    ),
]


# where the third round's rules must not fire
NOT_FIRING3 = [
    # people "left without power" in a count are not people gone
    (
        "Oleh Syniehubov said 30 people, including 5 children, left without power as the "
        "evacuation of Vovchansk continued.",
        [["Vovchansk", None, "civilians", "ongoing", "UA"]],
    ),
    # corridors that opened are open, whatever else "never opened"
    (
        "Ukrainian officials said humanitarian corridors had opened and buses never opened their "
        "doors.",
        [[None, None, "civilians", "open", "UA"]],
    ),
    # civilians taken hostage are no civilians taken to safety
    (
        "Russian soldiers had taken 20 civilians hostage in Bucha, Ukrainian officials said, as "
        "the evacuation continued.",
        [["Bucha", None, "civilians", "ongoing", "UA"]],
    ),
    # "should leave" is a call, "should not leave" none
    (
        "Residents of Kupiansk should leave now, Oleh Syniehubov said.",
        [["Kupiansk", None, "civilians", "requested", "UA"]],
    ),
]


@pytest.mark.parametrize(("text", "want"), PARAPHRASES3 + NOT_FIRING3)
def test_evac_paraphrase_third_round(text: str, want: list[list]) -> None:
    """Each wording of the third round gives the rows of the statement it rewords."""
    assert evac_rows(text) == want


def test_should_not_leave_is_no_call() -> None:
    """ "Residents should not leave their homes" asks no one to leave."""
    rows = evac_rows(
        "Oleh Syniehubov said residents of occupied Kupiansk should not leave their homes during "
        "the evacuation of Vovchansk."
    )
    assert all(r[3] != "requested" for r in rows)


# a fourth round: tallies in other words, calls by the ICRC, a route under fire, "for Russia"
PARAPHRASES4 = [
    # a tally from X to Y: a departure completed, taken to safety, left for, teams took out
    (
        "Some 300 residents of Bakhmut were evacuated to Dnipro over the weekend, Pavlo Kyrylenko said.",
        [["Bakhmut", "Dnipro", "civilians", "completed", "UA"]],
    ),
    (
        "Pavlo Kyrylenko said the departure of some 300 residents from Bakhmut to Dnipro was completed over the weekend.",
        [["Bakhmut", "Dnipro", "civilians", "completed", "UA"]],
    ),
    (
        "Pavlo Kyrylenko said some 300 Bakhmut residents had been taken to safety in Dnipro over the weekend.",
        [["Bakhmut", "Dnipro", "civilians", "completed", "UA"]],
    ),
    (
        "Over the weekend some 300 residents left Bakhmut for Dnipro, Pavlo Kyrylenko said.",
        [["Bakhmut", "Dnipro", "civilians", "completed", "UA"]],
    ),
    (
        "Pavlo Kyrylenko said evacuation teams took some 300 residents out of Bakhmut to Dnipro over the weekend.",
        [["Bakhmut", "Dnipro", "civilians", "completed", "UA"]],
    ),
    # a corridor asked for by the ICRC: called for, requested, urged to let leave
    (
        "The ICRC appealed for a humanitarian corridor to evacuate civilians from Sievierodonetsk.",
        [["Sievierodonetsk", None, "civilians", "requested", "INTL"]],
    ),
    (
        "The ICRC called for a humanitarian corridor so that civilians could leave Sievierodonetsk.",
        [["Sievierodonetsk", None, "civilians", "requested", "INTL"]],
    ),
    (
        "The ICRC requested safe passage for civilians trapped in Sievierodonetsk.",
        [["Sievierodonetsk", None, "civilians", "requested", "INTL"]],
    ),
    (
        "The ICRC urged both sides to let civilians leave Sievierodonetsk.",
        [["Sievierodonetsk", None, "civilians", "requested", "INTL"]],
    ),
    # a tally taken to Russia: taken, left for Russia, evacuated by the ministry, brought
    (
        "Russia's Defence Ministry said 5,000 people had been evacuated from Mariupol to Russia.",
        [["Mariupol", "Russia", "civilians", "completed", "RU"]],
    ),
    (
        "Russia's Defence Ministry said 5,000 people were taken from Mariupol to Russia.",
        [["Mariupol", "Russia", "civilians", "completed", "RU"]],
    ),
    (
        "Russia's Defence Ministry said 5,000 people had left Mariupol for Russia.",
        [["Mariupol", "Russia", "civilians", "completed", "RU"]],
    ),
    (
        "Russia's Defence Ministry said it had evacuated 5,000 people from Mariupol to Russia.",
        [["Mariupol", "Russia", "civilians", "completed", "RU"]],
    ),
    (
        "Russia's Defence Ministry said 5,000 Mariupol residents had been brought to Russia.",
        [["Mariupol", "Russia", "civilians", "completed", "RU"]],
    ),
    # an evacuation route shelled: came under shelling, were shelling, hit
    (
        "Ukrainian officials said Russian forces had shelled the evacuation route out of Orikhiv.",
        [["Orikhiv", None, "civilians", "impossible", "UA"]],
    ),
    (
        "Ukrainian officials said the evacuation route out of Orikhiv had come under Russian shelling.",
        [["Orikhiv", None, "civilians", "impossible", "UA"]],
    ),
    (
        "Ukrainian officials said Russian forces were shelling the evacuation route out of Orikhiv.",
        [["Orikhiv", None, "civilians", "impossible", "UA"]],
    ),
    (
        "Ukrainian officials said Russian shelling hit the evacuation route out of Orikhiv.",
        [["Orikhiv", None, "civilians", "impossible", "UA"]],
    ),
    # an evacuation possible only on foot
    (
        "Evacuation from Lyman is possible only on foot, Pavlo Kyrylenko said.",
        [["Lyman", None, "civilians", "limited", "UA"]],
    ),
    (
        "Pavlo Kyrylenko said people could leave Lyman only on foot.",
        [["Lyman", None, "civilians", "limited", "UA"]],
    ),
    (
        "Pavlo Kyrylenko said residents of Lyman could be evacuated only on foot.",
        [["Lyman", None, "civilians", "limited", "UA"]],
    ),
]


# where the fourth round's rules must not fire
NOT_FIRING4 = [
    # a clause after the leaving is no place gone to
    (
        "Civilians who left Mariupol asked for Russia to open a humanitarian corridor, Ukrainian "
        "officials said.",
        [["Mariupol", None, "civilians", "requested", "UA"]],
    ),
    # a town under fire is no route under fire
    (
        "Evacuation buses left Orikhiv on Monday after the town came under heavy shelling, "
        "Ukrainian officials said.",
        [["Orikhiv", None, "civilians", "completed", "UA"]],
    ),
]


@pytest.mark.parametrize(("text", "want"), PARAPHRASES4 + NOT_FIRING4)
def test_evac_paraphrase_fourth_round(text: str, want: list[list]) -> None:
    """Each wording of the fourth round gives the rows of the statement it rewords."""
    assert evac_rows(text) == want
