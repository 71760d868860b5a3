"""Evacuation and humanitarian-corridor statements: origin, destination, population, status, sides."""

from __future__ import annotations

import re
from functools import lru_cache

from . import _attribution as attr
from ._parse_agents import _agent_side, _clauses, _window_before
from ._parse_mentions import (
    _CITY_WORD_RX,
    _FROM_BEFORE,
    _LOCATOR_BEFORE,
    _PEOPLE_AFTER,
    _THE_REGION,
    _expand_list,
    _mention_end,
)
from ._regex import (
    bit,
    compile_fast,
    compile_lower,
    contains_any,
    literal_starts,
    lower,
    word_automaton,
    word_start,
)

# words the branches below cannot match without: "taken ... out", "residents ... fled"
_OUT_VERBS = ("led", "lead", "take", "taking", "brought", "bring", "bussed", "bussing", "busing",
              "driv", "got", "get", "ferr", "move", "moving", "carr", "send", "sent", "order",
              "let", "took", "escort", "help")  # fmt: skip
_LEAVING = ("leav", "left", "fled", "flee", "get out", "escap", "moved", "relocat", "taken",
            "bussed", "set off", "sets off", "setting off", "depart", "pulled out", "trickl",
            "get through", "got through", "getting through", "crossed", "drove out")  # fmt: skip
_LEAVERS = ("civilians", "residents", "people", "families", "cars", "vehicles", "buses", "convoy",
            "evacuees", "inhabitants", "locals", "refugees", "column")  # fmt: skip
# the other side's words for a removal (every match of the deportation branch holds one)
_DEPORT = ("deport", "forcible", "forced removal", "forced transfer", "forced displacement")
# who is moved: "9,000 children would be taken to other regions"
_MOVED = ("civilians", "residents", "people", "families", "evacuees", "inhabitants", "locals",
          "refugees", "children", "elderly", "pensioners", "patients", "those who",
          "anyone who", "everyone who", "whoever")  # fmt: skip
# a removal told as done in the active, with its people and where they left: "authorities
# relocated 1,000 people from Vuhledar to Dnipro", "volunteers ferried 60 residents out of Oleshky"
_ACTIVE_MOVE = compile_lower(
    # (the transport's own verbs too: "buses carried 300 people from Mariupol", "volunteers
    # drove 40 elderly residents from Avdiivka", "rescuers brought 15 families from Orikhiv")
    r"\b(?:relocated|resettled|bussed|ferried|transported|transferred|moved|carried|drove|"
    r"brought|took|escorted)\s+"
    r"(?:\w+(?:,\d+)*\s+){0,4}?(?:civilians|residents|people|families|evacuees|inhabitants|"
    r"locals|children|elderly|pensioners|patients)"
    # (an aside on whom: "moved several thousand people, most of them children, out of X")
    r"(?:,\s+[^,.;]{1,40},)?\s+(?:\w+\s+)?(?:from|out\s+of)\b"
    # ... or whose people: "moved the residents of two border villages, A and B" (not "trains
    # carried residents of eastern Ukraine to safer regions": where they come from, loosely)
    r"|\b(?:relocated|resettled|moved)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:residents|inhabitants)\s+of\b"
)
# a call to leave in the imperative, opening the sentence or a quote: "Leave the town now",
# '1/ "Get out while you can"' (not the noun: "leave was cancelled", "leave of absence")
_IMPERATIVE_LEAVE = compile_lower(
    r"(?:(?:^|[\"“:]\s*)(?:\d+[/.)]\s+)?[\"“]?(?:please,?\s+)?"
    # the call after a condition or another order: "If you have somewhere to go, leave",
    # "Pack your things and leave", "Take the children and get out"
    r"|\bif\s+you\b[^.;\"”]{0,80}?,\s+(?:please\s+)?"
    r"|(?:^|[\"“:]\s*)(?:please\s+)?(?:pack|take|gather|grab|collect)\b[^.;\"”,]{0,50}?\band\s+)"
    r"(?:leave|evacuate|get\s+out)\b"
    # (nor "Leave it to the army", "Leave no one behind")
    # ("get out of the city" is a call: "of" excluded after "leave" only)
    r"(?!\s+(?:was|is|were|are|has|had|of(?<=leave\sof)|for\s+(?:soldiers|troops|staff)|"
    r"request|it|them|us|"
    r"me|him|her|that|this|no|nothing|alone|room|space|aside)\b)"
)
# a service out running: "the daily train from Pokrovsk was running", "trains from Kherson are
# already running"
# not goods: "freight trains leave Kherson for Odesa every day with grain"
_NOT_GOODS = r"(?<!freight\s)(?<!cargo\s)(?<!goods\s)"
_SERVICE_RUNNING = compile_lower(
    r"\b(?:trains?|bus(?:es)?|ferry|ferries)\s+(?:from|out\s+of)\s+[^.;]{0,50}?\b(?:is|was|"
    r"are|were)\s+(?:still\s+|already\s+)?(?:running|operating|leaving|departing)\b"
    # "buses continued to run from the city to Bezymennoye"
    r"|\b(?:trains?|bus(?:es)?|ferry|ferries)\s+(?:still\s+)?(?:continue[sd]?|kept)\s+to\s+"
    r"(?:run|operate|leave|depart)\b"
    # with its route or timetable: "trains are leaving Kherson for Khmelnytskyi", "evacuation
    # buses to Kharkiv were running from Kupiansk", "the trains still leave Kharkiv every day",
    # "buses to Dnipro run every day from the collection point", "the buses go to Pavlohrad"
    # (not goods)
    r"|" + _NOT_GOODS + r"\b(?:trains?|bus(?:es)?|coach(?:es)?|minibuses|ferry|"
    r"ferries)\s+(?:(?:to|for)\s+[\w'’-]+(?:\s+[\w'’-]+)?(?:\s+and\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s+)?"
    r"(?:(?:are|were|is|was|have\s+been|had\s+been|still|again|now|already|also)\s+){0,2}"
    r"(?:running|operating|leaving|departing|leaves?|departs?|runs?|go(?:es)?)\b"
    r"(?!\s+(?:at|on|in|when|if|as|after|before|with|without|behind|empty|out|away|into|back|off|"
    r"up|down|over|through|and|or|but|late|smoothly|normally|short|low|the\s+front)\b)"
    r"(?=[^.;]{0,70}?\b(?:from|out\s+of|for|to|towards?|every|each|twice)\s|[^.;]{0,70}?\bdaily\b)"
)
# the transport of an evacuation kept from getting in (see _EVAC_PARTS): its words
_NO_WAY_IN_TRANSPORT = ("bus", "coaches", "evacuation")
_NO_WAY_IN_VERBS = ("to reach", "not reach", "n't reach", "longer reach", "to get in",
                    "not get in", "n't get in", "longer get in", "to enter", "not enter",
                    "n't enter", "longer enter", "drive into", "get through", "to get to",
                    "not get to", "n't get to", "reached", "got in", "got to", "got through",
                    "entered")  # fmt: skip
# transport laid on for people to go: "the city runs free buses to Odesa", "authorities have
# laid on special trains from Pokrovsk", "offering free evacuation buses" (not "runs freight
# trains to Poland": the kind of service is named)
_VEHICLES = ("bus", "train", "coach", "transport")
_LAID_ON_VERBS = ("run", "operat", "provid", "offer", "laid on", "lays on", "laying on", "lay on",
                  "put on", "puts on", "putting on", "organi", "arrang")  # fmt: skip
_LAID_ON = compile_lower(
    r"\b(?:runs?|running|ran|operat(?:es?|ed|ing)|provid(?:es?|ed|ing)|offer(?:s|ed|ing)?|"
    r"(?:lays?|laid|laying|puts?|putting)\s+on|organi[sz](?:es?|ed|ing)|arrang(?:es?|ed|ing))\s+"
    r"(?:(?:free|special|extra|additional|dedicated|chartered|evacuation)\s+){1,3}"
    r"(?:buses|bus\s+services?|trains|train\s+services?|coaches|minibuses|transport)\b"
    # or with where it goes: "the city would lay on buses to Uman", "organising buses to
    # Crimea", "would be offered buses 'to the safety of Donetsk'" (not the people described:
    # "residents who are being offered buses to Russia")
    r"|(?<!being\s)\b(?:runs?|running|ran|offer(?:s|ed|ing)?|(?:lays?|laid|laying|puts?|putting)"
    r"\s+on|organi[sz](?:es?|ed|ing)|arrang(?:es?|ed|ing))\s+(?:buses|trains|coaches|minibuses)"
    r"\s+(?:[\"“]\s*)?(?:to|for|from|out\s+of)\s"
    r"(?!(?:the\s+)?(?:front|army|troops|soldiers|military|units)\b)"
)
# the transport taking people in the simple present: "buses bring residents from Bakhmut"
# a bus or train service, and how often it runs ("every day", "twice a week", "daily")
_TRANSPORT = r"\b(?:bus(?:es)?|trains?|coach(?:es)?|minibuses)"
_TIMETABLE = (
    r"\b(?:every\s+(?:day|morning|evening|afternoon|night|hour|week|other\s+day|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"\w+\s+(?:hours|days|minutes))|daily|hourly|twice\s+(?:a|per)\s+(?:day|week)|"
    r"each\s+(?:day|morning|evening)|(?:once|three\s+times)\s+a\s+(?:day|week)|"
    # "on Tuesdays", "on Tuesday and Friday mornings"
    r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days|on\s+(?:mon|tues|wednes|thurs|fri|satur|"
    r"sun)day\s+and\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:mornings|evenings|"
    r"afternoons))\b"
)
_TRANSPORT_TAKES_NOW = (
    r"\b(?:buses|trains|coaches|minibuses)\s+(?:(?:still|now|also|daily)\s+)?(?:take|bring|"
    r"carry|ferry)"
)
# the transport itself taking people, or leaving for a place: "buses were taking residents of
# the shelled districts to Poltava", "coaches will take families out of the city", "the
# evacuation train from Kramatorsk to Lviv left on time", "buses leave the square at noon for
# Dnipro" (not "trains took soldiers to the front": people are named, or a service's trip)
_TRANSPORT_GOES = compile_lower(
    r"(?:\b(?:buses|trains|coaches|minibuses)\s+(?:(?:are|were|is|was|will|would|have|had|been|"
    r"be|still|again|now|also|already|daily|every\s+day)\s+){1,3}(?:taking|take|took|"
    r"carrying|carry|carried|bringing|bring|brought)"
    # (or the simple present: "buses bring residents from Bakhmut to Pokrovsk")
    rf"|{_TRANSPORT_TAKES_NOW})\s+(?:[\w,-]+\s+){{0,4}}?(?:civilians|"
    r"residents|people|families|evacuees|inhabitants|locals|children|elderly|pensioners|"
    r"patients|wounded|women|those|anyone|everyone)\b"
    r"|\b(?:evacuation\s+|special\s+|free\s+)?(?:bus(?:es)?|trains?|coach(?:es)?)\s+"
    r"(?:(?:from|out\s+of)\s+[^.;,]{0,40}?\s)?(?:to\s+[^.;,]{0,30}?\s)?"
    r"(?:leave|leaves|left|depart|departs|departed|departing|leaving)\b"
    r"(?=[^.;]{0,60}?\b(?:for|to|towards|with\s+(?:about|some|around|over|nearly|more\s+than|"
    r"several|hundreds|dozens|thousands|\d)|passengers|evacuees))"
    # the transport kept going: "buses continued to run from the city to Bezymennoye", "city
    # buses continue to take those who register to Odesa"
    r"|\b(?:buses|trains|coaches|minibuses)\s+(?:(?:still|also|again)\s+)?(?:continue[sd]?|kept|"
    r"keeps?)\s+(?:to\s+)?(?:run(?:ning)?|operat(?:e|ing)|leav(?:e|ing)|tak(?:e|ing)|carry(?:ing)?"
    r"|bring(?:ing)?)\b(?=[^.;]{0,80}?\b(?:from|to|towards?|for|out)\b)"
)
# a checkpoint letting a few through: "the Russian side was letting through only a few hundred
# vehicles a day", "the occupiers let only about 800 people a month through the checkpoint"
_A_FEW = (
    r"(?:only\s+)?(?:about\s+|around\s+|some\s+|up\s+to\s+)?"
    r"(?:a\s+few|a\s+handful|\d[\d,]*|dozens|hundreds|several)\b"
)
_LET_FEW_THROUGH = compile_lower(
    rf"\b(?:let|lets|letting)\s+through\s+{_A_FEW}"
    rf"|\b(?:let|lets|letting)\s+{_A_FEW}[^.;]{{0,40}}?\b(?:through|out)\b"
)
# the people a place is emptied of: "cleared of civilians", "emptied of its residents" (the part
# of _EVAC_PARTS and the completed status)
_OF_PEOPLE = r"(?:its\s+|all\s+)?(?:civilians|residents|people|inhabitants|the\s+population)\b"
# a route the sides settle, a way out for people: "Ukraine has agreed to the Mariupol route"
_AGREED_ROUTE = compile_lower(
    r"\bagreed\s+(?:to|on)\s+(?:the\s+|a\s+)?(?:[a-z'’-]+\s+){0,2}?(?:evacuation\s+|"
    r"humanitarian\s+)?routes?\b"
)
# a route out of a place (a weak part: troops have routes out too) ...
_ROUTE_OUT = compile_lower(r"\b(?:routes?|ways)\s+out\s+(?:of|from|for)\b")
# ... that the sides bargain over, so one for people: "Russia had not agreed to any route out of
# Mariupol", "rejects every request to open a route out of Enerhodar"
_ROUTE_BARGAINED = compile_lower(
    r"\b(?:agree\w*|refus\w*|reject\w*|approv\w*|propos\w*|open(?:ed|ing|s)?|guarantee\w*)\s+"
    r"(?:to\s+)?(?:(?:any|a|an|the|every|one|single|no|safe|humanitarian|new)\s+){0,3}"
    r"(?:routes?|ways?)\s+out\b"
)
# people kept from going: "were preventing residents of Kharkiv, Sumy and Mariupol from
# leaving" (the part of _EVAC_PARTS and the refused status)
_PREVENTED_FROM = r"\b(?:prevent\w*|stopp(?:ed|ing)|barr(?:ed|ing))\s+(?:[\w-]+,?\s+){0,6}?from\s+"
# nobody able to get out (everyone, so the civilians: see _evac_rows)
_NOBODY_LEAVES = compile_lower(
    r"\b(?:nobody|no\s+one)\s+(?:else\s+)?(?:can|could|is\s+able\s+to|was\s+able\s+to|"
    r"(?:has|had)\s+been\s+able\s+to|(?:has|had)\s+managed\s+to)\s+(?:\w+\s+)?"
    r"(?:leave|get\s+out|escape|be\s+(?:taken|brought)\s+out)\b"
)
# buses or trains sent out: "the administration sends buses", "will send two buses"
_SENT_TRANSPORT = (
    r"\b(?:sends?|sending|will\s+send)\s+(?:[\w-]+\s+){0,2}?(?:buses|trains|coaches|minibuses)\s+"
)
# a bus or train service on its timetable, with a route ("from X", "to Y", "for Y") before or
# after it, or sent out on one: an evacuation's transport (see the part of _EVAC_PARTS)
_TIMETABLE_SERVICE = compile_lower(
    # (a route named before the timetable: "trains leave Kherson for Khmelnytskyi every day")
    rf"{_TRANSPORT}\s+(?:(?:still|now|also|will|would|are|is)\s+)?(?:leave|leaves|leaving|depart|"
    r"departs|departing)\s+"
    rf"[A-Za-z][^.;]{{0,40}}?\s(?:for|to)\s+[A-Za-z][^.;]{{0,30}}?\s{_TIMETABLE}"
    rf"|(?:{_TRANSPORT}\s+(?:(?:still|now|also|will|would)\s+)?(?:run|runs|go|goes|leave|leaves|"
    rf"depart|departs)\s+|{_SENT_TRANSPORT})(?:[^.;]{{0,40}}?\s)?{_TIMETABLE}"
    # (a route: from a place, or to one named)
    r"(?=[^.;]{0,60}?\b(?:from|to|for)\s+(?:the\s+)?[A-Za-z])"
    rf"|{_SENT_TRANSPORT}from\s+[^.;]{{0,60}}?{_TIMETABLE}"
    # (the route before the timetable: "a bus still goes to Mykolaiv each morning"; the town
    # left: "trains were leaving Pokrovsk daily")
    rf"|{_NOT_GOODS}{_TRANSPORT}\s+(?:(?:still|now|also|will|would)\s+)?"
    rf"(?:run|runs|go|goes|leave|leaves|depart|departs)\s+(?:to|from|for)\s+[a-z][^.;]{{0,40}}?\s{_TIMETABLE}"
    rf"|{_NOT_GOODS}{_TRANSPORT}\s+"
    rf"(?:(?:are|were|is|was|still|now|also)\s+){{0,2}}(?:leaving|departing|"
    rf"leave|leaves|depart|departs)\s+(?:from\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+{_TIMETABLE}"
)
# the ways a sentence speaks of an evacuation, each behind words it cannot match without: one
# word of each of its tuples must occur
# no road out for people: "no legal or safe route across the front line", "no safe road for
# civilians to leave", "no way, he said, for those people to reach Ukrainian-held areas" (a
# route across the line or one for people to leave, not "no way for anyone to know")
_NO_ROUTE_WORDS = ("no safe", "no legal", "no secure", "no route", "no road", "no way for",
                   "no way,", "no path", "no open", "no way to", "no way of")  # fmt: skip
_NO_ROUTE = (
    r"\bno\s+(?:(?:safe|legal|secure|open|other|real|practical)\s+(?:or\s+|and\s+)?){0,3}"
    r"(?:way|route|road|path)s?(?:,\s+[^,.;]{1,30},)?\s+(?:(?:out\s+)?(?:across|through|over)\s+"
    r"(?:the\s+)?(?:front\s*line|line\s+of\s+contact|contact\s+line)\b|"
    r"for\s+(?:[\w-]+\s+){0,3}?(?:civilians|people|residents|families|"
    r"those|them|anyone|evacuees|children|elderly)\s+(?:\w+\s+){0,2}?to\s+(?:leave|reach|get\s+out|"
    r"escape|cross|evacuate|flee|go)\b|"
    # the way out itself denied: "no way to drive out of Sievierodonetsk", "no way of reaching
    # the Ukrainian side"
    r"(?:to|of)\s+(?:driv(?:e|ing)|get(?:ting)?|mak(?:e|ing)\s+it)\s+out\s+of\b|"
    r"(?:to|of)\s+reach(?:ing)?\s+(?:the\s+)?(?:ukrainian|government|kyiv|free)[\w-]*\s+"
    r"(?:side|territory|territories|areas?|lines?)\b)"
)
# a call made to people, up to whom it is made to: "urged residents", "appealed to", "called on"
# (the call part of _EVAC_PARTS and _CALLED_BACK, who the call is to named before it)
_CALL_VERB = r"\b(?:urg|call|ask|tell|told|advis|appeal|encourag|warn)\w*\s+(?:on\s+|to\s+)?"
# the way withheld by who holds it: "would not let", "don't let" ...
_NOT_LET = r"(?:(?:do|does|did|would|will)\s+not|(?:don|doesn|didn|won|wouldn)['’]t)\s+let"
# ... and the transport's way in barred: "not allowing", "refused to let", "blocking", "do not let"
_BARRING = (
    r"(?:not\s+(?:allowing|letting)|refus\w+\s+to\s+(?:let|allow)|blocking|barring|stopping|"
    + _NOT_LET
    + ")"
)
_EVAC_PARTS = [
    ((("evacu",),), compile_lower(r"\bevacu")),
    ((("humanitarian",),), compile_lower(r"\bhumanitarian (?:corridor|pause|route|passage)")),
    ((("corridor",),), compile_lower(r"\bcorridors?\b")),
    ((("safe passage",),), compile_lower(r"\bsafe passage")),
    # a passage named by where it leads out of: "the passage they had hoped to lead out of the
    # city did not take place" (not "the passage of the bill")
    (
        (("passage",), ("out of", "from")),
        compile_lower(
            r"\bpassages?\s+(?!of\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:law|bill|resolution|decree|"
            r"amendments?|budget|motion|legislation)\b)(?:\w+\s+){0,5}?(?:out\s+of|from)\b"
        ),
    ),
    # a way out named by its purpose: "offered two exit routes from the city", "escape routes"
    ((("exit route", "escape route"),), compile_lower(r"\b(?:exit|escape)\s+routes?\b")),
    # no way out of a place: "From Popasna there is no way out today" (not "no way out of the
    # crisis"; nor troops cut off, see _NO_WAY_OUT_FORCES)
    (
        # (or no route across the line: "there is no legal or safe route across the front line",
        # "no safe road for residents to leave", "no way, he said, for those people to reach X")
        (("no way out", "no safe way out", "no other way out", *_NO_ROUTE_WORDS),),
        compile_lower(
            r"\bno\s+(?:safe\s+|other\s+)?way\s+out\b"
            r"(?!\s+(?:of\s+|from\s+)?(?:the\s+|this\s+|a\s+)?(?:crisis|conflict|war|impasse|"
            r"deadlock|stalemate|situation|talks|negotiations)\b)|" + _NO_ROUTE
        ),
    ),
    (
        (("out",), _OUT_VERBS),
        compile_lower(
            r"\b(?:led|lead|leading|taken|take|taking|brought|bring|bringing|bussed|bussing|"
            r"busing|driven|drive|driving|got|get|getting|ferried|ferrying|move|moved|moving|carried|"
            # "take women, children and elderly people out of ...", "began to move families
            # out", "sending the children out of the border villages"
            # "occupation authorities ordered civilians out of a 15-km zone", "ready to let
            # civilians out", "buses took people who had reached Berdiansk out of the area"
            # "teams were escorting the convoy out of Mariupol"
            r"carrying|send|sending|sent|order|orders|ordered|let|letting|took|escort|escorts|"
            r"escorted|escorting)\s+"
            # ("ordered some 6,000 people out": a number with its commas is one word)
            # ("bringing elderly and bed-ridden residents out of the villages")
            r"(?:[\w-]+(?:,\d+)*,?\s+){0,5}?out\b"
            # ... or people with more said of them: "took two families with four children and an
            # elderly couple out of Beryslav"
            r"|\b(?:taken|took|brought|got|ferried|carried|led)\s+(?:[\w-]+(?:,\d+)*\s+){0,3}?"
            r"(?:people|civilians|residents|evacuees|families|children|inhabitants|patients|"
            r"pensioners|women)\b[^.;]{1,60}?\bout\s+of\b"
            # ... or helped out: "the team had helped about 150 people out of the city"
            r"|\bhelp(?:ed|ing|s)?\s+(?:[\w-]+(?:,\d+)*,?\s+){1,5}?out\s+of\b",
        ),
    ),
    (
        # a trip in to fetch people: "would try again to reach Mariupol to lead buses of
        # civilians out", "crews could not get into Avdiivka to pick up the wounded"
        (
            (
                "reach",
                "enter",
                "get into",
                "get to",
                "got into",
                "got to",
                "return to",
                "go to",
                "go into",
                "go back",
                "drive into",
                "drove into",
                "driving into",
            ),
            ("lead", "bring", "take", "get", "evacuate", "collect", "pick up", "rescue"),
        ),
        compile_lower(
            r"\b(?:reach|reached|reaching|enter|entered|entering|get\s+(?:in)?to|got\s+(?:in)?to|"
            r"return\s+to|go\s+(?:back\s+)?(?:in)?to|(?:drive|drove|driving)\s+into)\s+"
            # ("could no longer drive into the northern part of Lyman to collect people")
            r"(?:[\w'’-]+\s+){1,6}?"
            r"(?:to|and)\s+(?:lead|bring|take|get|evacuate|collect|pick\s+up|rescue)\s+"
            r"(?:[\w-]+\s+){0,4}?(?:civilians|people|residents|wounded|injured|sick|families|"
            r"children|elderly|those|evacuees|out)\b"
        ),
    ),
    (
        # help offered: "the state would help residents of Kherson move to safer regions"
        (("help",), ("move", "leave", "relocate", "evacuate", "get out")),
        compile_lower(
            r"\bhelp(?:ed|s|ing)?\s+(?:\w+\s+){0,3}?(?:civilians|residents|people|families|those|anyone|"
            r"everyone|inhabitants)\b[^.;]{0,80}?\b(?:move|leave|relocate|evacuate|get out)\b"
        ),
    ),
    (
        # people moved to safety in the active voice: "we are starting to move residents of the
        # border villages to safer areas"
        (("move", "moving"), ("safe", "secure", "temporary")),
        compile_lower(
            r"\bmov(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?(?:civilians|residents|people|families|"
            r"children|inhabitants|population|locals|elderly)\b[^.;]{0,60}?\bto\s+(?:\w+\s+)?"
            r"(?:safer|safe|secure|temporary)\b"
        ),
    ),
    (
        # people moved from a place in the active voice: "shelling made it impossible to move
        # people from Mariupol to Zaporizhzhia", "crews were moving residents out of Toretsk"
        (("move", "moving"), ("from", "out of")),
        compile_lower(
            r"\bmov(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?(?:civilians|residents|people|families|"
            r"children|inhabitants|population|locals|elderly|evacuees)\s+(?:\w+\s+){0,2}?"
            r"(?:from|out\s+of)\b"
        ),
    ),
    (
        # a civilian column on its way: "the column was travelling from Sumy towards Poltava",
        # "the buses were making their way out of Enerhodar" (not a military column)
        (
            (
                "column",
                "convoy",
                "buses",
                "coaches",
                "people",
                "civilians",
                "residents",
                "families",
                "evacuees",
            ),
            ("travel", "heading", "its way", "their way"),
        ),  # fmt: skip
        compile_lower(
            r"(?<!military\s)(?<!armoured\s)(?<!armored\s)(?<!russian\s)(?<!ukrainian\s)"
            r"(?<!tank\s)(?<!enemy\s)\b(?:columns?|convoys?|buses|coaches)\s+(?:\w+\s+){0,2}?"
            r"(?:was|were|is|are)\s+(?:still\s+|now\s+|already\s+)?(?:travell?ing|heading|"
            r"making\s+(?:its|their)\s+way|on\s+(?:its|their)\s+way)\s+(?:from|out\s+of)\b"
            # people on their way out: "about 100 people, women and children among them, were on
            # their way to Zaporizhzhia"
            r"|\b(?:people|civilians|residents|families|evacuees)\b[^.;]{0,40}?\b(?:were|are)\s+"
            r"(?:now\s+|already\s+)?(?:(?:on\s+their\s+way|heading|travell?ing)\s+(?:from|out\s+of)|"
            # (not where people go about their lives: "people were heading to church")
            r"on\s+their\s+way\s+(?:to|towards?)\s+(?!(?:the\s+)?(?:church|work|school|shops?|market|"
            r"funeral|front|hospital|basements?|shelters?)\b))"
        ),
    ),
    (
        # people resettled, with no direction said: "1,000 residents of border villages had
        # been resettled", "families from Kupiansk were relocated"
        (("resettled", "relocated"), _MOVED),
        compile_lower(
            r"\b(?:civilians|residents|people|families|evacuees|inhabitants|locals|children|"
            r"elderly|pensioners)\b[^.;]{0,100}?\b(?:are|is|were|was|be|been|being)\s+(?:\w+\s+)?"
            r"(?:resettled|relocated)\b"
            # ... or moved on, told in the active: "residents of Oleshky and Hola Prystan
            # resettled to other districts"
            r"|\b(?:civilians|residents|people|families|inhabitants|locals)\s+"
            r"(?:of\s+(?:(?!(?:are|is|were|was|be|been|being|had|have|has|who|that|which)\b)"
            r"[\w'’-]+\s+(?:and\s+)?){1,4})?(?:resettled|relocated)\s+(?:to|in|into)\b"
        ),
    ),
    (
        # the way in barred to the transport sent for people: "Russian forces are not allowing
        # buses into Mariupol", "refused to let the evacuation convoy through to Berdiansk"
        (("allowing", "letting", "let", "blocking", "barring", "stopping"), ("buses", "convoy")),
        compile_lower(
            rf"\b{_BARRING}\s+(?:the\s+|our\s+|any\s+)?(?:evacuation\s+)?(?:buses|bus|convoys?(?<!"
            r"humanitarian\sconvoy)(?<!humanitarian\sconvoys)|evacuation\s+(?:teams?|vehicles))\s+"
            r"(?:\w+\s+)?(?:into|in\s+to|through\s+to|to\s+(?:reach|enter))\b"
        ),
    ),
    (
        # a service out running (in a sentence that names the evacuation or its people): "said
        # the daily train from Pokrovsk to the west was running and that the mandatory evacuation
        # of the region is no suggestion"
        (
            ("train", "bus", "ferr", "coach"),
            ("run", "operat", "leav", "depart", "continu", "kept", " go"),
        ),
        _SERVICE_RUNNING,
    ),
    ((_LAID_ON_VERBS, _VEHICLES), _LAID_ON),
    (
        (
            ("bus", "train", "coach"),
            (
                "tak",
                "took",
                "carr",
                "bring",
                "brought",
                "leav",
                "left",
                "depart",
                "ferr",
                "continu",
                "kept",
                "keep",
            ),
        ),
        _TRANSPORT_GOES,
    ),  # fmt: skip
    # a service on a timetable with its route: "buses go every Tuesday and Friday from Ochakiv
    # to Mykolaiv", "the administration sends buses every day from Krasnopillia to Sumy", "will
    # send buses from Zolochiv to Bohodukhiv every morning"
    (
        (("bus", "train", "coach"), ("every", "daily", "twice", "once", "each", "three times")),
        _TIMETABLE_SERVICE,
    ),
    # free transport with where it goes: "free buses to Dnipro leave every morning"
    (
        (("free bus", "free train", "free coach", "free transport", "free evacuation"),),
        compile_lower(
            r"\bfree\s+(?:evacuation\s+)?(?:buses|trains|coaches|minibuses|transport)\s+"
            r"(?:to|from|out\s+of)\b"
        ),
    ),
    (
        # people joining the departure: "residents with their own cars could join the convoy",
        # "another 58 people joined the convoy in Manhush"
        (("join",),),
        compile_lower(
            r"\bjoin(?:ed|s|ing)?\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:convoy|column|"
            r"evacuation|corridor)s?\b"
        ),
    ),
    (
        # a removal in the active voice: "the government had started relocating residents of
        # Kherson", "authorities will relocate families from the border villages"
        (("relocat",), _MOVED),
        compile_lower(
            r"\brelocat(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?(?:civilians|residents|people|families|"
            r"evacuees|inhabitants|locals|children|elderly|pensioners|patients)\b"
        ),
    ),
    ((("left",), ("had", "have", "has")), compile_lower(r"\b(?:had|have|has)\s+(?:\w+\s+)?left\b")),
    ((("handed over",),), compile_lower(r"\bhanded over\b")),
    (
        # a removal in the active voice by the other side: "forces have forcibly deported
        # thousands of Mariupol residents to Russia"
        (("deported", "deporting"),),
        compile_lower(
            r"\bdeport(?:ed|ing)\s+(?:[\w-]+(?:,\d+)*\s+){0,5}?(?:civilians|residents|people|"
            r"children|families|inhabitants)\b"
        ),
    ),
    (
        # "private cars had been able to leave Mariupol", "residents were being moved away",
        # "people from Izyum were being taken to ...", "residents fleeing Irpin"
        (_LEAVING, _LEAVERS),
        compile_lower(
            r"(?<!\bwhich\s)\b(?:civilians|residents|people|families|cars|vehicles|buses|convoys?|"
            r"evacuees|inhabitants|locals|refugees|(?<!military\s)(?<!armoured\s)(?<!armored\s)"
            r"(?<!tank\s)(?<!russian\s)(?<!enemy\s)columns?)\b[^.;]{0,100}?\b(?:(?:been\s+)?able\s+to\s+)?(?:"
            # (not a curfew's: "residents may leave their homes only to go to a shelter")
            r"leave(?!\s+(?:their|his|her)\s+(?:homes?|houses?|flats?|apartments?)\s+only\s+to\s+"
            r"go\s+to\s+(?:an?\s+|the\s+|the\s+nearest\s+)?(?:bomb\s+)?shelters?\b)|"
            # (not "residents still live on the left, eastern bank")
            # (nor things: "objects left behind by Russian forces")
            r"leaving|left(?!(?:[\s,-]+\w+)?[\s,-]+(?:bank|flank|side|hand)\b)(?!\s+behind\s+by\b)|"
            r"fled|flee|fleeing|get out|escaped?|escaping|set off|sets off|"
            r"setting off|depart(?:ed|s|ing)?|pulled out|drove\s+out\s+of|"
            # "70,000 people had already crossed by ferry and boat from the right bank"
            r"crossed\s+(?:[\w-]+\s+){0,4}?(?:from|out\s+of)|"
            # "private cars were still trickling out", "the buses had been unable to get through"
            r"trickl(?:e|es|ed|ing)\s+out|(?:get|gets|got|getting)\s+through|"
            r"being\s+(?:moved|relocated|taken|bussed))\b",
        ),
    ),
    (
        # a place to go offered: "residents could temporarily move to accommodation centres in
        # Kursk if they wished", "those who wish to can move to a temporary accommodation centre"
        (("can", "could", "may"), ("accommodation", "shelter", "dormitor", "housing")),
        compile_lower(
            r"\b(?:can|could|may)\s+(?:\w+ly\s+)?(?:move|go|relocate)\s+(?:to|into)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:accommodation|shelters?|dormitor\w+|housing)\b"
        ),
    ),
    (
        # nobody able to get out: "nobody can leave Kinburn now", "no one could get out of the
        # village for three days"
        (("nobody", "no one"), ("leave", "get out", "escape", "taken out", "brought out")),
        _NOBODY_LEAVES,
    ),
    (
        # a passive of transport with where to: "evacuees are taken by bus to Pavlohrad",
        # "some residents had been moved to safer places" (not "taken to hospital")
        (
            (
                "taken",
                "moved",
                "bussed",
                "driven",
                "transported",
                "relocated",
                "brought",
                "sent",
                "ferried",
                "transferred",
            ),
            _MOVED,
        ),
        compile_lower(
            # a hospital emptied: "the patients are being transferred to other hospitals"
            # ("those who want to leave X will be taken to Y")
            r"\b(?:civilians|residents|people|families|evacuees|inhabitants|locals|refugees|"
            r"children|elderly|pensioners|patients|(?:those|anyone|everyone)\s+who|whoever)\b"
            r"[^.;]{0,100}?\b(?:are|is|were|was|be|been|being)\s+"
            # "children were sent by bus to ...", "residents were ferried across the river"
            r"(?:\w+\s+)?(?:taken|moved|bussed|driven|transported|relocated|brought|sent|ferried|"
            r"transferred)\s+"
            r"(?:by\s+\w+\s+)?(?:out|away|inland|further|from|across|over|(?:to|towards|into)\b"
            r"(?!\s+(?:a\s+|the\s+)?(?:hospitals?|morgues?|custody|prison|court|police|captivity|"
            r"interrogation)\b))",
        ),
    ),
    (
        # the active of a removal done, its people and the place they left named: "authorities
        # relocated 1,000 people from Vuhledar to Dnipro" (not troops: "moved two brigades from
        # Kherson", nor a wish: "plans to relocate people from the zone")
        (
            (
                "relocated",
                "resettled",
                "bussed",
                "ferried",
                "transported",
                "transferred",
                "moved",
                "carried",
                "drove",
                "brought",
                "took",
                "escorted",
            ),
            _MOVED,
        ),
        _ACTIVE_MOVE,
    ),
    (
        # the call itself, quoted or as a digest item opens: '"Leave the occupied south by any
        # means" - that is the message ...', "Evacuate now: ..." (the verb first, no subject)
        (("leave", "evacuate", "get out"),),
        _IMPERATIVE_LEAVE,
    ),
    (
        # people arrived where they fled to: "about 3,000 residents reached Zaporizhzhia in their
        # own cars", "families have safely arrived in Lviv" (not "residents reached by phone")
        (("reached", "arrived", "made it"), _MOVED),
        compile_lower(
            r"\b(?:civilians|residents|people|families|evacuees|refugees|children|elderly|"
            r"pensioners|patients)\s+(?:[\w-]+\s+){0,2}?"
            # who they are by where they were brought from: "civilians rescued from the Azovstal
            # plant had arrived in Zaporizhzhia"
            r"(?:(?:rescued|evacuated|freed|brought\s+out|taken\s+out|pulled\s+out)\s+"
            r"(?:from|of)\s+(?:[\w'’-]+\s+){1,4}?)?(?:had\s+|have\s+|has\s+)?"
            r"(?:safely\s+|finally\s+)?(?:reached|arrived\s+(?:safely\s+)?in|made\s+it\s+(?:out|to))\b"
            r"(?!\s+(?:by|the\s+(?:age|end|stage|point|conclusion))\b)"
        ),
    ),
    (
        # the transport arrived from where people left: "the first cars from Berdiansk had
        # reached the city by afternoon", "buses from Mariupol arrived in Zaporizhzhia"
        # (not an aid convoy: "a UN convoy from Dnipro reached Sievierodonetsk with food")
        (("reached", "arrived", "made it"), ("cars", "buses", "coaches", "evacuation")),
        compile_lower(
            r"\b(?:(?<!military\s)(?<!armoured\s)(?<!armored\s)(?<!russian\s)cars|buses|coaches|"
            r"evacuation\s+(?:convoys?|columns?|trains?|vehicles))\s+(?:\w+\s+){0,2}?"
            r"(?:from|out\s+of)\s+"
            r"(?:[\w'’-]+\s+){1,3}?(?:had\s+|have\s+|has\s+)?(?:safely\s+|finally\s+)?"
            r"(?:reached|arrived\s+(?:safely\s+)?in|made\s+it\s+to)\b"
        ),
    ),
    (
        # the transport sent for people kept out: "buses sent to Enerhodar had not been
        # allowed to enter the town", "the convoy was denied entry to Mariupol"
        (
            ("buses", "convoy", "column", "vehicles", "evacuation team"),
            (
                "not allowed",
                "not been allowed",
                "not permitted",
                "not been permitted",
                "denied",
                "not being let",
                "not being allowed",
            ),
        ),
        compile_lower(
            r"(?<!military\s)(?<!armoured\s)(?<!armored\s)(?<!russian\s)(?<!tank\s)"
            r"\b(?:buses|convoys?|columns?|evacuation\s+(?:teams?|vehicles))\b[^.;]{0,60}?"
            # ("buses sent to Mariupol itself are still not being let into the city")
            r"\b(?:(?:were|was|had|have|has|are|is)\s+(?:\w+\s+)?not\s+(?:been\s+|being\s+)?(?:allowed|"
            r"permitted|let)\s+(?:to\s+(?:enter|reach|pass|get\s+(?:in|into|through)|leave)|into|through|"
            r"in|out)|"
            r"(?:were|was|had\s+been|have\s+been)\s+denied\s+(?:entry|access|passage))\b"
        ),
    ),
    (
        # the transport sent for people held up on its way: "Russia has repeatedly blocked buses
        # heading for Mariupol" (not "a column heading for Kyiv": the buses or convoy of people)
        (("block", "stopp", "halt", "held", "hold"), ("buses", "convoy", "column")),
        compile_lower(
            r"\b(?:block(?:s|ed|ing)?|stopp(?:ed|ing)|halt(?:s|ed|ing)?|held|hold(?:s|ing)?)\s+"
            r"(?:up\s+)?(?:the\s+|our\s+|their\s+)?(?:evacuation\s+|humanitarian\s+)?(?:buses|"
            r"(?<=evacuation\s)(?:convoys?|columns?)|(?<=humanitarian\s)(?:convoys?|columns?))\s+"
            r"(?:heading|going|bound|sent|on\s+(?:its|their)\s+way)\s+(?:for|to|into)\b"
        ),
    ),
    ((("let",), ("through", " out")), _LET_FEW_THROUGH),
    # a place emptied of its people: "the strip along the Dnieper is being cleared of civilians"
    (
        (("cleared of", "emptied of", "clearing of"),),
        compile_lower(r"\b(?:cleared|clearing|emptied)\s+of\s+" + _OF_PEOPLE),
    ),
    (
        (("agreed",), ("route",)),
        _AGREED_ROUTE,
    ),
    (
        # transport on offer: "buses from Bakhmut to Kramatorsk are still available"
        (("available",), ("bus", "train", "evacuation")),
        compile_lower(
            r"\b(?:bus(?:es)?|trains?|evacuation\s+(?:transport|vehicles|convoys?))\s+"
            r"(?:[\w'’-]+\s+){0,5}?(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?available\b"
        ),
    ),
    (
        # people going by their own means: "residents were travelling on their own, by private
        # car", "those who want to leave are making their own way out by car"
        (("on their own", "own means", "own way", "by car", "private car", "own cars"),),
        compile_lower(
            # (not an option: "those with cars can leave on their own")
            r"\b(?:leaving|left|travell?ing|driving|drove|getting\s+out|got\s+out|fleeing|fled|"
            r"making\s+their\s+(?:own\s+)?way|made\s+their\s+(?:own\s+)?way)\s+(?:out\s+)?"
            r"(?:(?:of\s+)?[A-Z][\w'’-]+\s+)?(?:on\s+their\s+own|by\s+their\s+own\s+means|"
            r"by\s+(?:private\s+)?cars?|in\s+(?:their\s+own|private)\s+(?:cars|vehicles))\b"
        ),
    ),
    (
        # the transport unable to get in for people: "no bus had been able to reach Rubizhne for
        # three days", "buses could not get into Popasna" (not troops: "tank columns could not
        # reach the city")
        (_NO_WAY_IN_TRANSPORT, _NO_WAY_IN_VERBS),
        compile_lower(
            # (not troops: "so that columns could not enter the town")
            r"\bno\s+(?:evacuation\s+)?(?:bus(?:es)?|coaches|(?<=evacuation\s)(?:convoys?|columns?|"
            r"vehicles|trains?))\s+"
            r"(?:(?:(?:had|has|have|was|were)\s+)?(?:been\s+)?(?:able\s+to|managed\s+to|could)\s+"
            r"(?:reach|get\s+(?:in|into|through|to)|enter|drive\s+into)|(?:had|has|have)\s+(?:yet\s+)?"
            r"(?:reached|got\s+(?:in|into|through|to)|entered))\b|"
            r"(?<!military\s)(?<!armoured\s)(?<!armored\s)(?<!russian\s)(?<!tank\s)"
            r"\b(?:bus(?:es)?|coaches|evacuation\s+(?:convoys?|columns?|teams?|vehicles|trains?))\s+"
            r"(?:[\w-]+\s+){0,3}?(?:could\s+not|couldn['’]t|cannot|can['’]t|(?:could|can)\s+no\s+longer|"
            r"did\s+not|didn['’]t|failed\s+to|(?:(?:were|was|are|is)|(?:have|had|has)\s+been)\s+"
            r"unable\s+to|(?:had|has|have)\s+not\s+(?:been\s+able|managed)\s+to|(?:was|were)\s+not\s+"
            r"able\s+to)\s+(?:reach|get\s+(?:in|into|through|to)|enter|drive\s+into)\b"
        ),
    ),
    (
        # the transport sent back: "the convoy of 40 buses was turned back at a checkpoint",
        # "the ICRC said its team had to turn back on the way to Mariupol"
        (("buses", "convoy", "column", "team", "evacuation"), ("turn",)),
        compile_lower(
            r"(?<!military\s)(?<!armoured\s)(?<!armored\s)(?<!russian\s)(?<!tank\s)"
            r"\b(?:buses|convoys?|columns?|(?:its\s+|our\s+|the\s+|rescue\s+|red\s+cross\s+|"
            r"icrc\s+)teams?|evacuation\s+(?:teams?|vehicles))\b[^.;]{0,60}?\b(?:(?:were|was|had\s+been|"
            r"have\s+been)\s+turned\s+(?:back|away)|(?:had|has|have|were\s+forced)\s+to\s+turn\s+"
            r"(?:back|around))\b"
        ),
    ),
    (
        # evacuees lodged where they went: "300 people have been placed in temporary
        # accommodation centres", "families were housed in shelters in Poltava"
        (("placed", "housed", "accommodated"), _MOVED),
        compile_lower(
            r"\b(?:civilians|residents|people|families|evacuees|inhabitants|locals|refugees|"
            r"children|elderly|pensioners|patients)\b[^.;]{0,100}?\b(?:are|is|were|was|be|been|"
            r"being)\s+(?:\w+\s+)?(?:placed|housed|accommodated)\s+in\s+(?:[\w-]+\s+){0,2}?"
            r"(?:accommodation|shelters?|centres?|centers?|dormitor(?:y|ies)|hotels?|camps?|"
            r"sanatori(?:um|ums|a)|housing)\b"
        ),
    ),
    (
        # crews picking people up: "buses were still collecting elderly people from Izium",
        # "buses will take residents from Kostiantynivka to Dnipro"
        # "the governor began sending children away from the border", "boats ferry residents
        # across the river"
        (
            (
                "collect",
                "pick",
                "transport",
                "ferry",
                "ferri",
                "take",
                "taking",
                "carr",
                "send",
                "sent",
                "took",
                "drove",
                "drive",
                "driving",
            ),
        ),
        compile_lower(
            r"\b(?:collect(?:s|ed|ing)?|pick(?:s|ed|ing)?\s+up|transport(?:s|ed|ing)?|"
            r"ferr(?:y|ies|ied|ying)|take|takes|taking|took|carr(?:y|ies|ying)|send(?:s|ing)?|"
            # "police drove residents out of the town"
            r"sent|drove|drives?|driving)\s+"
            # (not "collecting the bodies of people from the rubble")
            r"(?!(?:\w+\s+){0,3}?(?:bodies|remains|dead|testimon\w*|evidence|data)\b)"
            r"(?:\w+(?:,\d+)*\s+){0,4}?(?:people|residents|civilians|evacuees|families|children|"
            r"elderly|"
            r"inhabitants|locals|pensioners|refugees)\s+"
            r"(?:\w+\s+){0,3}?(?:from|out of|to|towards|away|across)\b"
            # "buses would pick people up in Sviatohirsk", "collect residents at the square in X"
            r"|\b(?:pick(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:people|residents|civilians|evacuees|"
            r"families|children|passengers)\s+up|collect(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:people|"
            r"residents|civilians|evacuees|families|children|passengers))\s+(?:in|at)\b",
        ),
    ),
    (
        (
            (
                "leave",
                "flee",
                "evacuate",
                "get out",
                "move",
                "head for",
                "head to",
                "relocate",
                "cross",
                " go",
            ),
            ("urg", "call", "ask", "tell", "told", "advis", "appeal", "encourag", "warn"),
            (
                "civilians",
                "residents",
                "people",
                "population",
                "inhabitants",
                "everyone",
                "anyone",
                "everybody",
                "families",
                "them",
                "those",
                "elderly",
                "citizens",
            ),
        ),
        compile_lower(
            # "appealed to residents to go", and a quoted appeal: "I call on everyone who is
            # still in the town: leave"; those just spoken of: "(several thousand civilians
            # were still living in the ruins.) He again urged them to leave"
            # "encouraged families to leave", "warned residents to get out"
            _CALL_VERB + r"(?:the\s+|its\s+|their\s+|our\s+)?"
            r"(?:remaining\s+)?"
            r"(?:civilians|residents|people|population|inhabitants|everyone|anyone|everybody|"
            # ("urged them once again to go")
            r"families|citizens|(?:all\s+of\s+)?them\s+(?:(?:once\s+)?again\s+|also\s+)?"
            r"(?=to\s+(?:leave|evacuate|get\s+out|go)\b)"
            # "urged those who remained in Soledar to leave"
            r"|those(?=\s+(?:who|still|remaining|left)\b)|elderly(?:\s+people)?)\b"
            # "called on people there to head for the border"
            # "told people to cross into Russia", "urged families to relocate"
            # "asked residents to take their documents and pets ... and leave: A, B, C"
            r"[^.]{0,160}?(?:\bto|:|\band)\s+(?:leave|flee|evacuate|get out|move|head\s+(?:for|to|towards)|"
            # "We ask the elderly ... to consider moving for the winter"
            r"consider\s+(?:moving|leaving|relocating|evacuating)|"
            r"relocate|cross\s+(?:into|over\s+(?:in)?to|the\s+border)"
            # "urged the elderly and families with children to go" (to go, not to go somewhere:
            # "to go to shelters" is no leaving)
            r"|go(?=\s*(?:[.,;:!]|$|\s+(?:now|immediately|while|before|as\s+soon|too|as\s+well|"
            r"for\s+the\s+winter|without\s+delay)\b)))\b"
            # the leaving named in who is asked: "I ask everyone who can still leave Krasnohorivka
            # to do so now"
            r"|\b(?:ask|asks|asked|asking|urge|urges|urged|urging|call\w*\s+on|appeal\w*\s+to)\s+"
            r"(?:everyone|anyone|everybody|all|those|people|residents|families)\b[^.]{0,80}?"
            r"\b(?:leave|evacuate|go)\b[^.]{0,80}?\bto\s+do\s+so\b",
        ),
    ),
    (
        # "were stopping residents from leaving", "barred civilians from leaving the city"
        (("prevent", "stopp", "barr"), ("leaving", "evacuating")),
        compile_lower(_PREVENTED_FROM + r"(?:leaving|evacuating)\b"),
    ),
    (
        (("russia",), ("taken", "moved", "brought", "deported")),
        compile_lower(
            r"\b(?:taken|moved|brought|deported)\s+[\"“”']?to\s+(?:the\s+territory\s+of\s+)?"
            r"(?:the\s+)?(?:Russia|Russian Federation)\b",
        ),
    ),
    (
        (("ceasefire",), ("leave", "evacuat")),
        compile_lower(r"\bceasefire\b[^.]{0,80}?\b(?:leave|evacuat\w*)\b"),
    ),
    (
        # a removal named by another noun: "ordered the relocation of families with children
        # from the frontline villages", "the resettlement of residents to other regions"
        # "announced the temporary removal of residents", 'the "mass departure" of the region's
        # residents'
        (("relocation", "resettlement", "removal", "departure"),),
        compile_lower(
            r"\b(?:relocation|resettlement|removal|departure)[\"”’']?\s+of\s+(?:[\w'’]+\s+){0,4}?"
            r"(?:civilians|residents|people|"
            r"families|children|population|inhabitants|locals|elderly)\b"
        ),
    ),
    (
        # an obligation to go, however far from who must go: "residents of 37 villages on the
        # eastern bank of the river, which came under fire again this week, must leave"
        (("must", "have to", "has to", "required to", "obliged to"), ("leave", "evacuate")),
        compile_lower(
            r"\b(?:must|(?:have|has)\s+to|(?:are|is|were|was)\s+(?:required|obliged)\s+to)\s+"
            r"(?:\w+\s+)?(?:leave|evacuate)\b"
        ),
    ),
    (
        # the other side's framing of the same removal: "Kyiv called the operation a forced
        # deportation of residents", "the forcible transfer of civilians"
        (_DEPORT,),
        compile_lower(
            r"\b(?:forced|forcible)\s+(?:deportations?|removals?|transfers?|displacement)\b|"
            r"\bdeportations?\s+of\s+(?:\w+\s+){0,2}?(?:civilians|residents|people|population|"
            r"children|families|inhabitants|locals)\b"
        ),
    ),
    (
        # a removal in official euphemism: "announced the organized departure of civilians"
        (("organized departure", "organised departure"),),
        compile_lower(r"\borgani[sz]ed\s+departures?\b"),
    ),
    (
        # departures as the thing arranged: "too heavy to organise any departures"
        (("organise", "organize", "organising", "organizing"), ("departure",)),
        compile_lower(r"\borgani[sz](?:e|ed|es|ing)\s+(?:any\s+|the\s+|safe\s+)?departures?\b"),
    ),
    (
        # a way out offered: "civilians would be offered exit towards Nikolskoye", "were
        # given a way out to the west" (not "exit polls", "the exit from the talks")
        (("offer", "given", "granted", "guarantee", "provid"), ("exit", "way out")),
        compile_lower(
            r"\b(?:offer(?:ed|s|ing)?|given|granted|guarantee(?:d|s)?|provid(?:ed|es|ing)?)\s+"
            r"(?:(?:an?|safe|free|an\s+unimpeded)\s+)?(?:exit|way\s+out)\b(?!\s+polls?\b)"
        ),
    ),
    (
        # a route out for people (a weak word: an army has routes out too): "asked the Red Cross
        # to negotiate a route out for the sick and for families with children"
        (("route out", "routes out", "ways out"),),
        _ROUTE_OUT,
    ),
    (
        # the wounded moved to hospital (a weak part: people must be the injured): "two of the
        # wounded were taken to a hospital in Dnipro", "had been flown to hospitals in Odesa"
        (
            ("hospital",),
            ("taken", "brought", "moved", "flown", "transferred", "airlifted", "transported"),
        ),
        compile_lower(
            r"\b(?:were|was|had\s+been|have\s+been|has\s+been|being)\s+(?:\w+\s+)?(?:taken|"
            r"brought|moved|flown|transferred|airlifted|transported)\s+(?:by\s+[\w-]+\s+)?to\s+"
            r"(?:a\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?hospitals?\b"
        ),
    ),
]


def _evac_part(low: str, found: int) -> int:
    """Which branch of :data:`_EVAC_PARTS` first matches ``low`` (a :func:`lower` text; -1: none,
    no evacuation)? ``found``: its :func:`_evac_words`; only the branches whose words occur are
    tried."""
    for k, (need, rx) in enumerate(_PART_BITS):
        if found & need == need and rx.search(low):
            return k
    return -1


# the first branches of _EVAC_PARTS, together with "ceasefire", are the strong evacuation words
_N_STRONG_PARTS = 7
_NO_WAY_IN_PART = next(
    i for i, (gates, _) in enumerate(_EVAC_PARTS) if gates[0] is _NO_WAY_IN_TRANSPORT
)
_NO_WAY_OUT_PART = 6
# the wounded moved to a hospital (the last branch)
_HOSPITAL_PART = len(_EVAC_PARTS) - 1
# a call in the imperative ("Pack your bags and leave") is made to the people who hear it
_IMPERATIVE_PART = next(i for i, (_, rx) in enumerate(_EVAC_PARTS) if rx is _IMPERATIVE_LEAVE)
_NOBODY_PART = next(i for i, (_, rx) in enumerate(_EVAC_PARTS) if rx is _NOBODY_LEAVES)
_SERVICE_PART = next(i for i, (_, rx) in enumerate(_EVAC_PARTS) if rx is _SERVICE_RUNNING)
_LET_THROUGH_PART = next(i for i, (_, rx) in enumerate(_EVAC_PARTS) if rx is _LET_FEW_THROUGH)
_AGREED_ROUTE_PART = next(i for i, (_, rx) in enumerate(_EVAC_PARTS) if rx is _AGREED_ROUTE)
_ROUTE_OUT_PART = next(i for i, (_, rx) in enumerate(_EVAC_PARTS) if rx is _ROUTE_OUT)
_TIMETABLE_PART = next(i for i, (_, rx) in enumerate(_EVAC_PARTS) if rx is _TIMETABLE_SERVICE)
# a call on people to leave: "urged residents to leave", "urged all of them to leave before winter"
_CALL_PART = next(
    i for i, (gates, _) in enumerate(_EVAC_PARTS) if len(gates) == 3 and "encourag" in gates[1]
)
_NO_WAY_OUT_FORCES = compile_lower(
    r"\b(?:units|troops|forces|soldiers|army|servicemen|fighters|garrison|grouping|brigades?|"
    r"encircled|encirclement|cauldron|pocket)\b"
)


# a corridor for grain or ships is not a civilian evacuation
_NOT_EVAC = compile_fast(
    r"\b(?:humanitarian\s+)?corridors?\s+(?:(?:is|are|was|were)\s+(?:used\s+)?(?:only\s+)?)?"
    r"(?:for|to allow)\s+(?:\w+\s+){0,2}?(?:grain|exports?|shipping|ships|vessels|food|cargo)\b"
    r"|\b(?:grain|shipping|maritime|export|sea|naval|trade)\s+corridors?\b",
    re.I,
)
# "In Moscow, General X accused ...": where the speaker is, not where people leave
_OPENER_PLACE = compile_fast(r"^(?:In|From|At)\s+(?:the\s+)?\|,$")
# who or what leaves, opening a clause: "765 residents", "about 200 people", "buses", "the trains"
_LEAVERS_OPEN = compile_fast(
    r"\s*(?:(?:about|some|around|nearly|almost|more\s+than|over|another|only|just|a\s+further)\s+)?"
    r"(?:[\d,.]+(?:\s+(?:thousand|million))?\s+|the\s+(?:first|last|remaining)\s+|(?:the|a)\s+)?"
    r"(?:[a-z-]+\s+)?(?:residents|people|civilians|evacuees|children|women|patients|families|"
    r"inhabitants|buses|trains|cars|vehicles|convoys?|columns?|evacuation)\b"
)
_TO_RUSSIA = compile_fast(
    r"\b(?:to|towards?)\s+(?:the\s+territory\s+of\s+)?(?:the\s+)?(?:Russia|Russian Federation)\b"
    # "a corridor from Chernihiv towards the Russian border"
    r"|\b(?:to|towards?)\s+the\s+Russian\s+border\b"
    # left for it: "5,000 people had left Mariupol for Russia" (not "a corridor for Russia's
    # convenience": a country named after the leaving)
    # (nor a clause after it: "who left Mariupol asked for Russia to open a corridor")
    # ("urged residents to leave for Russia": the country right after the verb)
    r"|\b(?:left|leave|leaving|departed|fled)\s+(?:(?:[A-Z][\w'’-]+|the|city|town|village|region)\s+)"
    r"{0,3}?for\s+(?:the\s+)?"
    r"(?:Russia|Russian Federation)\b(?![\'’])"
)
# case matters here: "may" is possible, "May" is a month
_POSSIBLE = compile_fast(r"\b(?:[Cc]an|[Cc]ould|[Pp]ossible|able to|may)\b")
_EVAC_STATUS = [
    (
        # a tally said to fall short outweighs the going out it counts: "only a handful of cars
        # got through, far fewer than planned", "only a few families made it out"
        "limited",
        compile_lower(
            # (not the last attempt a new one follows: "after only a handful of buses got through")
            r"(?<!\bafter\s)(?<!\bsince\s)"
            r"\bonly\s+(?:a\s+)?(?:handful|few|small number|fraction|trickle|dozen)\s+(?:of\s+)?"
            r"(?:the\s+)?(?:\w+\s+)?(?:buses|cars|vehicles|people|civilians|residents|families|"
            r"evacuees|children|convoys?)\b"
            # a small count that got away: "only 100 people managed to leave Mariupol", "only
            # about 300 residents were able to get out"
            r"|\bonly\s+(?:about\s+|some\s+|around\s+)?(?:\d[\d,]*|dozens|a\s+hundred|"
            r"(?:two|three|four|five|several)\s+hundred)\s+(?:of\s+)?(?:the\s+)?(?:people|civilians|"
            r"residents|families|evacuees|buses|cars|vehicles)\s+(?:\w+\s+)?(?:managed|were\s+able|"
            r"could|got|made\s+it|left|escaped)\b"
            # (a count of those who stayed: "only a handful of residents still remain there")
            r"(?!\s+(?:[\w-]+\s+){0,4}?(?:remain|remains|remained|stay|stays|stayed)\b)"
            r"|\bfar\s+(?:fewer|less)\s+than\s+(?:planned|expected|"
            r"hoped|promised|announced)\b"
            # a few at a time: "private cars were still trickling out of the city"
            r"|\btrickl(?:e|es|ed|ing)\s+(?:out|through|in)\b"
            # a small rate: "letting through only a few hundred vehicles a day", "checkpoints let
            # only a few dozen out each day", "only 50 cars per day"
            r"|\bonly\s+(?:about\s+|around\s+|some\s+)?(?:a\s+)?(?:few|handful|dozen|couple|\d[\d,]*|"
            r"dozens|hundreds)\s+(?:(?:hundred|dozen|of)\s+)?(?:[\w-]+\s+){0,2}?(?:a|per|each)\s+"
            r"(?:day|night|week|hour)\b"
        ),
    ),
    # the checkpoint's trickle: "the Russians are letting about 20 cars a day through"
    ("limited", _LET_FEW_THROUGH),
    (
        # none of those who set out got away: "none of the evacuation buses managed to get out",
        # "none of the residents were able to leave" (before "managed to", a success otherwise)
        "impossible",
        compile_lower(
            r"\bnone\s+of\s+(?:the\s+|them\b)(?:[\w-]+\s+){0,2}?(?:managed|could|was|were|had|"
            r"have|has)\s+(?:\w+\s+){0,2}?(?:leave|get|go|make\s+it|escape|pass|reach)\w*\b"
            # "no evacuation bus has managed to reach Vuhledar", "no car had been able to leave"
            r"|\bno\s+(?:[\w-]+\s+)?(?:bus(?:es)?|cars?|vehicles?|convoys?|columns?|trains?|coaches)\s+"
            r"(?:(?:(?:had|has|have|was|were)\s+)?(?:been\s+)?(?:able\s+to|managed\s+to|could)\s+"
            r"(?:leave|get|go|make\s+it|pass|reach|enter|drive)|(?:had|has|have)\s+(?:yet\s+)?"
            r"(?:reached|got\s+(?:in|into|through|to)|entered))\b"
        ),
    ),
    (
        # a success said outright outweighs the failures before it: "after days of failed
        # attempts, families managed on Sunday to leave the town"
        "completed",
        compile_lower(
            r"(?<!\bnot\s)(?<!\bno one\s)(?<!\bnobody\s)(?<!\bnever\s)(?<!\bnone\s)(?<!n['’]t\s)"
            r"\bmanaged\s+(?:\w+\s+){0,3}?to\s+(?:(?:leave|get out|escape|flee|evacuate|reach)\b"
            # (talks, not people: "we managed to reach a preliminary agreement")
            r"(?!\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:agreement|deal|understanding|accord|"
            r"consensus|compromise)\b)"
            # people taken out by others: "volunteers had managed to take about 30 people out of
            # Lysychansk", "police managed to bring 12 residents out"
            r"|(?:take|bring|get|move|drive|ferry|carry|lead|pull|rescue)\s+(?:[\w,-]+\s+){0,4}?"
            r"(?:civilians|people|residents|families|children|elderly|evacuees|patients|"
            r"wounded|them)\s+out\b)"
        ),
    ),
    (
        "impossible",
        compile_lower(
            r"\b(?:not|no longer|never)\s+(?:\w+\s+)?(?:be\s+)?possible|\bimpossible\b|"
            # the service stopped: "the evacuation trains would no longer depart from Pokrovsk"
            r"\b(?:trains?|bus(?:es)?|coach(?:es)?|ferry|ferries)\s+(?:(?:will|would|do|does|did|"
            r"can|could)\s+)?no\s+longer\s+(?:run|depart|leave|go|call|stop)\b|"
            r"\bout of the question\b|\b(?:cannot|can['’]t|can not|could not|couldn['’]t|unable to|"
            # (not damage: "the gas network could not be repaired before winter")
            r"no way to|not able to|not been able to)\b(?!\s+be\s+(?:repaired|restored|fixed|rebuilt|replaced|"
            # (nor a winter warning: "homes could not be heated", "could not be kept warm")
            # (nor a need: "evacuation for the winter cannot be avoided", "cannot be ruled out")
            r"reconnected|heated|kept\s+warm|avoided|ruled\s+out)\b)|"
            # the danger that keeps them in: "it was too dangerous to move civilians out"
            r"\btoo\s+(?:dangerous|risky|unsafe)\s+(?:to|for)\s+(?:[\w-]+\s+){0,3}?(?:move|take|"
            r"bring|get|evacuate|leave|drive|send)\b|"
            # no corridor worked at all: "not a single corridor worked in our region"
            r"\b(?:not\s+(?:a\s+)?single|no)\s+(?:humanitarian\s+)?(?:corridors?|routes?|convoys?|"
            r"buses)\s+(?:\w+\s+)?(?:worked|functioned|operated|opened|got\s+through)\b|"
            r"\b(?:is|was|are|were|has been|had been|have been|remains?|"
            r"remained)\s+"
            # (in scare quotes too: 'the corridor was "blocked" again')
            r"(?:\w+\s+)?[\"“'‘]?(?:blocked|halted|suspended|stopped|paused|put\s+on\s+hold|"
            r"on\s+hold)\b|"
            # the other side not keeping to the truce: "Russia did not respect the humanitarian
            # corridor", "forces violated the ceasefire"
            r"\b(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|failed\s+to|refused\s+to)\s+"
            r"(?:respect|observe|honou?r)\b|\bviolat(?:ed|ing|es?)\s+(?:the\s+)?(?:\w+\s+)?"
            r"(?:ceasefire|truce|corridors?|agreement|regime)\b|"
            # ('there is no agreed "green corridor" for the city')
            r"\bno\s+(?:[\"“]?[\w-]+[\"”]?\s+){0,2}?[\"“]?(?:evacuation|corridor|passage)s?\b|"
            # (not a removal said to go on: "the evacuation will not be halted")
            r"(?<!\bnot\sbe\s)(?<!n['’]t\sbe\s)"
            r"\b(?:called off|halted|postponed|cancell?ed|disrupted|failed|aborted|derailed|thwarted|"
            r"foiled)\b|"
            # the same said of the evacuation itself by a milder verb: "the evacuation of the town
            # was put off", "the corridor has been delayed" (not "trains ran, delayed by an hour")
            r"\b(?:evacuations?|corridors?)\s+(?:[\w'’-]+\s+){0,4}?(?:is|was|were|are|has|have|had)"
            r"\s+(?:been\s+)?(?:put\s+off|delayed)\b|"
            # the service out no longer running: "evacuation trains stopped running from
            # Kramatorsk after the station strike", "ferries from Oleshky ceased operating"
            r"\b(?:trains|buses|ferries|convoys)\s+(?:[\w'’-]+\s+){0,4}?(?:stopped|ceased)\s+"
            r"(?:running|operating|leaving|departing|going)\b|"
            # a try that came to nothing: "the attempt to get people out of Volnovakha broke down
            # when shelling resumed", "efforts to evacuate the town fell through"
            r"\b(?:attempts?|efforts?|bids?)\s+to\s+(?:[\w'’-]+\s+){1,6}?(?:collapsed|broke\s+down|"
            r"fell\s+through|came\s+to\s+nothing)\b|"
            # the way out said not to work: "the corridor no longer worked" (not "was working")
            r"\b(?:corridors?|routes?|passage)\s+(?:[\w-]+\s+){0,10}?(?:no\s+longer|(?:is|was|are|were|"
            r"did|does|do)\s+not|(?:isn|wasn|aren|weren|didn|doesn|don)['’]t)\s+(?:work|works|worked|"
            r"working|function\w*|operat\w*)\b|"
            # "humanitarian corridors would not open on Wednesday"
            r"\b(?:corridors?|routes?|passage)\s+(?:[\w-]+\s+){0,10}?(?:would|will|did|could|does|do)\s+"
            r"not\s+(?:re)?open\b|"
            # the one who stops it named first: "the city council suspended the evacuation",
            # "authorities stopped all departures" (not "stopped the shelling")
            r"\b(?:suspend(?:s|ed|ing)?|stop(?:s|ped|ping)?)\s+(?:the\s+|all\s+|its\s+|their\s+)?"
            r"(?:[\w-]+\s+)?(?:evacuations?|corridors?|convoys?|departures?)\b|"
            r"\b(?:could|did) not (?:go ahead|take place)\b|\bnever took place\b|"
            r"\bstill did not exist\b|"
            # the rescuers sent back: "the team had to turn around", "convoy forced to turn back"
            # (not the last try a relative clause recalls: "its convoy, which had to turn back,
            # would try again")
            r"(?<!\bwhich\s)(?<!\bthat\s)(?<!\bwho\s)"
            r"\b(?:had|has|have|forced)\s+to\s+turn\s+(?:around|back)\b|"
            # "buses sent to evacuate civilians were forced to return" (the transport, not people
            # who went home: "some evacuees were forced to return because they had no money")
            r"\b(?:buses|convoys?|column|teams?|vehicles|trains|cars|crews)\b[^.;]{0,60}?\b(?:were|was|"
            r"been)\s+forced\s+to\s+(?:return|go\s+back|come\s+back)\b|"
            r"\bno(?: one|body)\s+(?:could|can|was able to)\b|"
            # none of those who were to go did: "no buses had been able to leave", "no civilian
            # had come out through the corridors"
            r"\bno\s+(?:\w+\s+)?(?:buses|cars|vehicles|convoys?|trains|civilians?|people|residents|"
            r"evacuees)\s+(?:had|have|has|was|were|could|managed)\s+(?:(?:been\s+)?able\s+to\s+|to\s+)?"
            r"(?:leave|left|get|got|come\s+out|came\s+out|go|gone|make\s+it|made\s+it|pass|passed)\b|"
            # "the shelling was too heavy to organise any departures"
            r"\btoo\s+(?:\w+\s+){1,2}?to\s+(?:organi[sz]e|allow|carry\s+out|leave|evacuate|get\s+out|"
            r"reach|send)\b|"
            # "crews could no longer reach the town", "buses can no longer get in"
            r"\b(?:can|could)\s+no\s+longer\s+(?:\w+\s+)?(?:enter|reach|leave|get|go|drive|"
            r"travel|evacuate|take|bring|access|be\s+evacuated)\b|"
            # the way out under fire: "Russian forces shelled the corridor", "were shelling the
            # road where the buses waited", "the convoy came under fire"
            # (not "no shelling of the route had been recorded")
            r"(?<!\bno\s)(?<!\bwithout\s)"
            r"\b(?:shell(?:ed|ing|s)?|fired on|firing on|opened fire on)\s+(?:\w+\s+){0,3}?"
            r"(?:corridors?|convoys?|routes?|road|buses|column)\b|"
            r"\b(?:corridors?|convoys?|routes?|roads?|buses|column)"
            # ("the evacuation route out of Orikhiv had come under Russian shelling")
            r"\s+(?:\w+\s+){0,4}?(?:came|come|comes|was|were|is|are)\s+under\s+"
            r"(?:(?:russian|ukrainian|heavy|enemy|artillery|rocket|mortar)\s+)?(?:fire|shelling|"
            r"attack)\b|"
            # "the corridor out of the city collapsed", "the route had to be closed" (not "the
            # building collapsed", "entry to the districts would be closed")
            # ("a ceasefire intended to let civilians leave Mariupol collapsed")
            r"\b(?:corridors?|routes?|ceasefire|truce|passage)\s+(?:[\w-]+\s+){0,7}?(?:had\s+)?"
            r"(?:collapsed|broke down|broken down|(?:is|was|are|were|be|been)\s+(?:closed|shut))"
            r"\b|"
            # "the evacuation of Lysychansk had stopped" (not "the shelling had stopped")
            # (not the spot it halted at: "Bezimenne, where the convoy had stopped")
            r"(?<!\bwhere\sthe\s)(?<!\bwhere\s)"
            r"\b(?:evacuations?|corridors?|buses|trains|convoys?)\s+(?:[\w-]+\s+){0,4}?"
            r"(?:had|has|have)\s+(?:\w+\s+)?(?:stopped|ceased)\b|"
            # "residents had no safe way out by road" (not a warning: "could find themselves
            # under fire with no way out")
            r"\b(?:had|have|has|there\s+(?:is|was|are|were))\s+(?:\w+\s+)?no\s+(?:safe\s+|secure\s+)?"
            r"(?:way|route|road)\s+out\b",
        ),
    ),
    (
        "refused",
        compile_lower(
            # "routes into Russia were unacceptable"
            r"\b(?:refus\w+|reject\w*|declin\w+|turned down|not (?:letting|allowing|evacuating)|"
            r"unacceptable)\b|"
            # no agreement on it: "no agreement had been reached on a corridor for Kherson"; none
            # organised by those who would run it: "the authorities were not organizing an
            # evacuation of Bucha"
            r"\bno\s+(?:\w+\s+)?(?:agreement|deal|accord)\b|"
            # no call for it: "there is no need to evacuate anyone from Enerhodar", "no reason
            # for an evacuation", "no need for residents to leave"
            r"\bno\s+(?:need|reason|necessity|grounds)\s+(?:(?:for\s+)?(?:anyone|anybody|people|"
            r"residents|civilians|them)\s+)?(?:to\s+(?:evacuate|leave|relocate)|for\s+(?:an?\s+|the\s+|"
            r"any\s+)?evacuations?)\b|"
            # "there can be no talk of any humanitarian corridor"
            r"\bno\s+talk\s+of\s+(?:any\s+|an?\s+)?(?:humanitarian\s+)?(?:corridors?|"
            r"evacuations?)\b|\bnot\s+(?:yet\s+)?(?:organi[sz]ing|"
            r"conducting|carrying\s+out)\s+(?:an?\s+|any\s+)?(?:\w+\s+)?evacuations?\b|"
            + _PREVENTED_FROM
            + r"(?:leaving|evacuating|getting\s+out|fleeing|escaping)\b|"
            # or from taking the way out laid on: "preventing residents from using the corridors
            # Russia had opened", "stopped families from boarding the evacuation buses"
            r"(?<!\bnot\s)(?<!\bnever\s)\b(?:prevent\w*|stopp(?:ed|ing)|barr(?:ed|ing))\s+"
            r"(?:\w+\s+){0,4}?from\s+(?:using|taking|boarding|reaching)\s+(?:the\s+|these\s+|those\s+|any\s+)?(?:\w+\s+)?"
            r"(?:corridors?|routes?|passages?|buses|trains|convoys?|exits?)\b|"
            # the way out withheld by who holds it: "would not let civilians leave Mariupol"
            # (not the evacuees' own choice: "residents who would not let go of their homes")
            rf"\b{_NOT_LET}\s+(?:\w+\s+){{1,3}}?(?:leave|go|out|evacuate|pass|through|into)\b|"
            # an agreement withheld: "Ukraine would not agree to corridors into Russia", "Kyiv
            # will never accept such routes"
            r"\b(?:would|will|did|does|do|could)\s+(?:not|never)\s+(?:\w+\s+)?(?:agree|accept|"
            r"consent)\b|\b(?:won['’]t|wouldn['’]t|didn['’]t)\s+(?:agree|accept|consent)\b|"
            # the perfect: "the occupiers had not agreed to a corridor", "Moscow has never
            # accepted the route" (not the passive "no corridor had been agreed": no corridor)
            r"\b(?:(?:had|has|have)\s+(?:not|never)|(?:hadn|hasn|haven)['’]t)\s+(?:yet\s+)?"
            r"(?:agreed|accepted|consented)\s+to\b|"
            # safety withheld by the side that holds the road: "the Russian side has given no
            # guarantees", "Moscow refused to guarantee the route"
            r"\b(?:given|gave|give|gives|offered|provided)\s+no\s+(?:security\s+|safety\s+)?"
            r"guarantees?\b|\b(?:refus\w+|declin\w+)\s+to\s+guarantee\b|"
            r"\b(?:would|will|did|does|do|could)\s+not\s+guarantee\b|"
            # the transport sent back by who holds the road: "the convoy was turned back at a
            # Russian checkpoint"
            r"\b(?:were|was|had\s+been|have\s+been)\s+turned\s+(?:back|away)\b|"
            # the transport kept out: "buses had not been allowed to enter the town"
            # ("our own city buses are still not allowed to leave Berdiansk")
            r"\b(?:buses|convoys?|columns?|teams?|vehicles)\b[^.;]{0,60}?\b(?:not\s+(?:been\s+|being\s+)?"
            r"(?:allowed|permitted|let)\s+(?:to\s+(?:enter|reach|pass|get|leave)|into|through|in|out)|"
            r"denied\s+(?:entry|access|passage))\b|"
            # people kept in: "residents who want to go to Russian-held areas are not allowed
            # to leave", "men of military age are simply not let out"
            r"\b(?:civilians|residents|people|men|families|women|inhabitants)\b[^.;]{0,60}?\b(?:are|"
            r"were|is|was|have\s+been|had\s+been)\s+(?:still\s+|simply\s+|now\s+)?(?:not|no\s+longer)\s+"
            r"(?:being\s+)?(?:allowed|permitted|let)\s+(?:to\s+leave|out|to\s+go|through)\b|"
            # ("we waited at the bus station with people and bags and nobody was allowed to leave")
            r"\b(?:nobody|no\s+one|no-one)\s+(?:was|is|were|has\s+been|had\s+been)\s+(?:being\s+)?"
            r"(?:allowed|permitted|let)\s+(?:to\s+leave|out|to\s+go|through)\b|"
            # the way out withheld: "the occupiers are not giving us a corridor", "Russia did
            # not provide a green corridor for Volnovakha", "they won't give Mariupol a corridor"
            r"\b(?:not|never|(?:won|wouldn|didn|don|doesn|aren|isn)['’]t)\s+(?:give|giving|gave|"
            r"provide|providing|provided|grant|granting|granted|offer|offering|offered)\s+"
            r"(?:[\w'’-]+\s+){0,4}?(?:corridors?|safe\s+passage|way\s+out)\b",
        ),
    ),
    # transport laid on: a way out open ("the region was offering free evacuation buses",
    # before the offer of a corridor, which asks the other side)
    (
        # a service laid on before and still going: "continues to run buses from the villages
        # north of the city to collective centres" (not a new one, open)
        "ongoing",
        compile_lower(
            r"\bcontinu(?:es|ed|ing|e)\s+to\s+(?:run|operate|provide|lay\s+on|organi[sz]e)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:buses|trains|coaches|minibuses|transport)\b"
        ),
    ),
    ("open", [((_VEHICLES,), _LAID_ON)]),
    (
        # the evacuation itself said to go on, past a long where, outweighs the order that began
        # it: "the mandatory evacuation announced on 15 October in the Kupiansk, Kurylivka and
        # Petropavlivka communities continues"
        "ongoing",
        compile_lower(
            r"\bevacuations?\b[^.;:]{0,140}?\b(?:communities|districts?|villages|region|oblast|"
            r"areas|settlements|hromadas?|town|city)\s+(?:continued|continues|went\s+on|goes\s+on)\b"
        ),
    ),
    (
        "requested",
        compile_lower(
            # (not "nobody asks the parents": no one asking is no call)
            r"\b(?:call(?:ed|s|ing)? (?:on|for)|(?<!nobody\s)(?<!no\sone\s)ask(?:ed|s|ing)?|"
            # (service on demand, no call to leave: "crews take people out on request")
            r"(?<!\bon\s)(?<!\bupon\s)request(?:ed|s|ing)?|"
            r"urg(?:e|ed|es|ing)|appeal(?:ed|s|ing)?|demand(?:ed|s|ing)?|plead(?:ed|s|ing)?|"
            r"propos(?:ed|es|als?|ing)|"
            # (aid promised to the evacuees is no call to leave: "who would be offered free
            # accommodation")
            r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bwere\s)(?<!\bare\s)offer(?:ed|s|ing)?|"
            r"order(?:ed|s)?|compulsory|mandatory|"
            r"recommend(?:ed|s|ing)?|advis(?:ed|es|ing)|instruct(?:ed|s|ing)?|"
            # a call by a milder verb: "encouraged families to leave" (not "warned that ...")
            r"(?:encourag|warn)(?:e|ed|es|ing|s)?\s+(?:(?!that\b)\w+\s+){1,8}?to\s+(?:leave|"
            r"evacuate|go|get\s+out|flee|relocate)|"
            # "would keep pushing for a proper ceasefire so that buses could go in"
            r"(?:push|press)(?:ed|es|ing)?\s+for|"
            # a way out sought for them: "the UN was seeking safe passage for civilians" (not
            # people's own shelter: "civilians seeking refuge in the plant")
            r"(?:seek(?:s|ing)?|sought)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:passage|corridors?|"
            r"evacuations?|exit|routes?\s+out)|"
            # "civilians must be allowed to leave safely": a demand on the side that holds them
            r"must\s+(?:be\s+(?:allowed|permitted|let)\s+to\s+)?(?:leave|go|evacuate)|"
            # "civilians who want to leave should be allowed to do so"
            r"(?:should|must)\s+be\s+(?:allowed|permitted|let|able)\s+to\s+(?:leave|go|evacuate|"
            r"do\s+so|get\s+out)|"
            # an obligation laid on residents: "families would also have to leave the village",
            # "residents are required to evacuate"
            r"(?:(?:have|has)|(?:would|will)\s+(?:\w+\s+)?have|(?:are|is|were|was)\s+"
            r"(?:required|obliged))\s+to\s+(?:leave|go|evacuate|move out)|"
            # (not a report: "told the BBC that no buses had been able to leave")
            # (nor what people told of themselves: "residents told reporters they were not ready
            # to leave")
            # (in any tense: "Kyiv is telling residents of the occupied areas to evacuate")
            # ("told residents still living in Sviatohirsk, Lyman and the villages along the river
            # to leave": a list of places between)
            r"(?:told|tells|telling)\s+"
            r"(?:(?!(?:that|they|we|he|she|i|not)\b)[\w'’-]+,?\s+){0,14}?to\s+"
            r"(?:leave|go|evacuate|"
            r"relocate|flee|"
            r"head\s+(?:for|to|towards)|cross\s+(?:into|over|the\s+border))|"
            # a wish voiced: "what we want is for civilians who wish to leave to be able to"
            r"want(?:s|ed)?\s+(?:is\s+)?(?:for\s+)?(?:\w+\s+){1,5}?to\s+(?:be\s+(?:able|allowed)\s+to\s+)?"
            r"(?:leave|go|evacuate|get\s+out)|"
            # (not the participle: "the announced evacuation ... has started")
            r"(?<!not )(?<!\bthe\s)announc(?:ed|es|ing)\s+(?:an?\s+|the\s+)?[\"“]?"
            r"(?:[\w-]+\s+){0,2}?(?:evacuation|relocation|resettlement|removal|departure)|"
            # a demand on the side that holds the way out: "Moscow should just open a corridor"
            r"(?:should|must)\s+(?:\w+\s+)?(?:open|provide|guarantee)\s+(?:an?\s+|the\s+)?"
            r"(?:\w+\s+)?(?:corridors?|passage|routes?)|"
            # (not a call to stay: "residents should not leave their homes")
            r"should\s+(?!not\b|never\b)(?:\w+\s+)?(?:leave|evacuate|go|get\s+out|move\s+out|flee)|"
            # a removal decided for them: "eleven more villages are to be evacuated", "residents
            # of the zone were to be relocated"
            r"(?:is|are|was|were)\s+to\s+be\s+(?:\w+\s+)?(?:evacuated|relocated|resettled|"
            r"moved\s+out)|"
            # a removal said to be needed: "the remaining residents must be evacuated", "3,000
            # people still need to be taken out", "children should be relocated"
            r"(?<!not\s)(?:must|need\s+to|needs\s+to|have\s+to|has\s+to|should)\s+be\s+"
            r"(?:\w+\s+)?(?:evacuated|relocated|resettled|moved\s+out|taken\s+out|brought\s+out)|"
            r"(?<!\bno\s)(?<!not\s)(?<!don't\s)(?<!don’t\s)\bneed(?:s|ed)?\s+to\s+"
            r"(?:leave|evacuate|get\s+out|flee)|"
            # "a full evacuation of Avdiivka is needed", "evacuation was urgently required"
            r"(?:evacuation|relocation)\s+(?:[\w'’-]+\s+){0,4}?(?:is|was|are|were)\s+(?:still\s+|"
            r"urgently\s+|badly\s+|now\s+)?(?:needed|necessary|required|essential|vital))\b|"
            + _IMPERATIVE_LEAVE.pattern,
            # the call itself: "Leave the occupied south by any means"
        ),
    ),
    (
        # (not the framing of a reported operation: "a convoy, with the agreement of both
        # sides, had brought 40 people out")
        "agreed",
        compile_lower(
            # (nor the route the convoy took: "left the city along the agreed route")
            r"\b(?:agree(?:d|s)?(?<!\bthe\sagreed)(?<!\ban\sagreed)|(?<!with the\s)agreement|deal|"
            r"accord|arranged|negotiated)\b"
        ),
    ),
    (
        # a contingency or an option weighed, before any going on it names: "drew up plans to
        # evacuate the villages in case of a leak", "was considering moving residents to safer
        # regions"
        "possible",
        compile_lower(
            r"\bplans?\s+to\s+(?:evacuate|move|relocate|take)\b|\bin case of\b|"
            r"\b(?:is|was|are|were)\s+(?:\w+\s+)?consider(?:ing|s)\b|"
            # a going promised on a condition: "buses would take out people who wanted to leave
            # once sappers had checked the roads", "will be evacuated as soon as it is safe" (not
            # a tally with more to come: "300 had been taken out, and more would follow once")
            r"\b(?:would|will)\s+(?:\w+\s+)?(?:be\s+)?(?:take|taken|bring|brought|move|moved|evacuate|"
            r"evacuated|leave|open|opened|run|start|begin|resume|offered|allowed|let)\b[^.;]{0,100}?"
            r"\b(?:once|as\s+soon\s+as|provided\s+that|on\s+condition)\s"
            # a pause or corridor that would let people go: "a humanitarian pause around
            # Azovstal would allow civilians to leave the plant"
            r"|\b(?:pause|ceasefire|truce|corridors?)\s+(?:[\w'’-]+\s+){0,3}?(?:would|will|could)\s+"
            r"(?:allow|let|enable)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:leave|evacuate|get\s+out|go)\b"
            # transport held back until it is safe: "he did not want to send them out until we
            # are sure there will be no shooting", "the convoy will not set off until Russia
            # confirms the ceasefire"
            r"|\b(?:(?:did|does|do|would|will)\s+not|(?:didn|doesn|don|wouldn|won)['’]t)\s+"
            r"(?:want\s+to\s+)?(?:send|dispatch|let|set\s+off|leave|depart|go)\b[^.;]{0,40}?"
            r"\buntil\b(?!\s+(?:the\s+)?(?:last|end|very)\b)"
        ),
    ),
    (
        # now and then, not steadily: "volunteers were occasionally bringing people out"
        "limited",
        compile_lower(r"\b(?:occasionally|sporadically|intermittently|rarely)\b"),
    ),
    (
        # the evacuation itself said to go on outweighs a tally of those already out:
        # "evacuation from the villages was continuing, and 300 people had been taken out"
        "ongoing",
        compile_lower(
            r"\bevacuations?\b[^.;]{0,60}?\b(?:is|was|are|were|remains?|remained)\s+(?:still\s+)?"
            # ("the evacuation in the Sudzha district is total": everyone is being taken out)
            r"(?:continuing|ongoing|under ?way|in progress|proceeding|progressing|total|"
            r"in\s+full\s+swing)\b"
            # "the evacuation will go on", "residents are now leaving by car and on foot"
            r"|\bevacuations?\b[^.;]{0,40}?\b(?:will|would|is to)\s+(?:\w+\s+)?(?:go on|carry on)\b"
            # the simple tenses: "the evacuation of Kharkiv residents by rail continued: two more
            # trains had left", "evacuations from the district continue daily"
            # ("the relocation of residents from the border villages goes on")
            r"|\b(?:evacuations?|relocations?|resettlements?)\s+(?:(?:of|from)\s+)?"
            r"(?:[\w'’-]+\s+){0,6}?(?<!not\s)(?<!never\s)"
            r"(?:continued|continues|continue|went\s+on|goes\s+on)\b(?!\s+to\b)"
            r"|\b(?:are|is|were|was)\s+now\s+(?:leaving|fleeing|departing|getting out)\b"
            # a removal widened: 'the "organized departure" of civilians would be extended to a
            # belt 15 km deep', "evacuations will be expanded to more villages"
            r"|\b(?:evacuations?|departures?|relocations?|removals?|resettlements?)[\"”]?\s+"
            r"(?:[\w-]+\s+){0,4}?(?:would|will|is|was|are|were|has|had|have)\s+(?:be\s+|been\s+)?"
            r"(?:extended|expanded|widened)\b"
            # a removal said not to stop: 'the "relocation" of civilians would not stop', "the
            # evacuation of Pokrovsk will not be halted"
            r"|\b(?:evacuations?|departures?|relocations?|removals?|resettlements?)[\"”]?\s+"
            r"(?:[\w'’-]+\s+){0,4}?(?:(?:would|will)\s+not|(?:won|wouldn)['’]t)\s+(?:stop|cease|"
            r"be\s+(?:stopped|halted|suspended|interrupted))\b"
        ),
    ),
    (
        # its branches one by one, each behind words it cannot match without (most sentences
        # hold a word of its gate but match none of them)
        "completed",
        [
            (
                (("evacuated",),),
                compile_lower(
                    # (not "were being evacuated": going on; "had already been evacuated": done)
                    # ("had been almost entirely evacuated")
                    r"\b(?:(?:have|has|had)\s+(?:\w+\s+)?been|were|was)\s+(?:(?!being\b)\w+\s+)?"
                    r"(?:\w+ly\s+)?evacuated\b|"
                    # ("police evacuated the residents of Khotin")
                    r"\bevacuated\s+(?:the\s+|all\s+)?(?:remaining\s+)?(?:residents|inhabitants|"
                    r"population)\s+of\b|"
                    r"\bevacuated\s+(?:\d|more|over|some|about|around|nearly|almost|roughly|"
                    r"dozens|hundreds|thousands|tens|several|many|at least|up to)|"
                    # the active past with whom: "medics evacuated wounded soldiers from Bakhmut"
                    # (not "the evacuated residents", "newly evacuated families")
                    r"(?<!\bthe\s)(?<!\bof\s)(?<!\bnewly\s)(?<!\brecently\s)(?<!\bthose\s)"
                    r"(?<!\bbeing\s)(?<!\bbe\s)"
                    r"\bevacuated\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:civilians|"
                    r"people|residents|families|children|wounded|injured|soldiers|troops|fighters|"
                    r"servicemen|patients|staff|personnel|elderly)\s+(?:from|out\s+of)\b"
                ),
            ),
            (
                (("managed to", "successfully"), ("evacuate", " out")),
                compile_lower(
                    r"\b(?:managed to|successfully)\s+(?:evacuate\w*|(?:take|get|bring)\s+"
                    r"(?:[\w-]+(?:,\d+)*\s+){0,3}?out)\b"
                ),
            ),
            (
                (("complet",),),
                # "the evacuation from the village is complete for today"
                compile_lower(r"\bcomplet(?:ed|ion)\b|\b(?:is|was|are|were|now)\s+complete\b"),
            ),
            (
                # the removal said to be over: "they had finished moving civilians out of the
                # right bank", "completed evacuating the village"
                (
                    ("finished", "completed", "ended"),
                    (
                        "moving",
                        "evacuating",
                        "relocating",
                        "resettling",
                        "removing",
                        "taking",
                        "bringing",
                        "getting",
                        "transferring",
                    ),
                ),  # fmt: skip
                compile_lower(
                    r"\b(?:finished|completed|ended)\s+(?:moving|evacuating|relocating|resettling|"
                    r"removing|taking|bringing|getting|transferring)\b"
                ),
            ),
            (
                # "the evacuation had been finished for the day", "evacuation from the village
                # has ended for today"
                (("evacuation",), ("finished", "ended", "concluded")),
                compile_lower(
                    r"\bevacuations?\b[^.;]{0,60}?\b(?:is|was|are|were|has|had|have)\s+(?:now\s+)?"
                    r"(?:been\s+)?(?:finished|ended|concluded)\b"
                ),
            ),
            (
                # an evacuation told as a deed done: "a bus evacuation from Beryslav was carried
                # out on October 17" (not "is being carried out": going on)
                (("evacuation",), ("carried out", "conducted")),
                compile_lower(
                    r"\bevacuations?\b[^.;]{0,60}?\b(?:was|were|(?:has|had|have)\s+(?:now\s+|"
                    r"already\s+)?been)\s+(?:successfully\s+)?(?:carried\s+out|conducted)\b"
                ),
            ),
            (
                # help given: "volunteers helped some 300 residents leave the town"
                # ("the team had helped about 150 people out of the city")
                (("helped",), ("leave", "get out", "escape", "evacuate", "out of")),
                compile_lower(
                    r"\bhelped\s+(?:\w+\s+){0,5}?(?:leave|get out|escape|evacuate)\b"
                    r"|\bhelped\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+)?[\d,]+\s+"
                    r"(?:\w+\s+)?(?:people|residents|civilians|families)\s+out\s+of\b"
                ),
            ),
            (
                (
                    ("out",),
                    (
                        "brought",
                        "taken",
                        "led",
                        "got",
                        "bussed",
                        "driven",
                        "moved",
                        "pulled",
                        "ferried",
                        "carried",
                        "took",
                        "rescued",
                    ),
                ),
                compile_lower(
                    # "residents had already been moved out of harm's way"
                    r"\b(?:had|have|has)\s+(?:\w+\s+)?(?:been\s+)?(?:brought|taken|led|got|gotten|"
                    r"bussed|driven|moved|pulled|ferried|rescued)\s+(?:\w+(?:,\d+)*\s+){0,7}?"
                    r"out\b|"
                    # (not a deed done: "the operation was carried out by Russian citizens")
                    r"\b(?:were|was)\s+(?:brought|taken|led|moved|pulled|ferried|got|gotten)\s+"
                    r"out\b|"
                    # the rescuers named: "police got 150 people out of Lysychansk", "the train
                    # carried 500 people out" (not "troops pulled out of the town": people named)
                    r"\b(?:got|took|brought|pulled|led|ferried|carried|rescued)\s+(?:\w+(?:,\d+)*\s+)"
                    r"{0,3}?(?:people|civilians|residents|evacuees|families|children|inhabitants|"
                    r"patients|elderly)\s+out\b|"
                    # ... with more said of them: "took two families with four children and an
                    # elderly couple out of Beryslav"
                    r"\b(?:got|took|brought|pulled|led|ferried|carried|rescued)\s+(?:[\w-]+(?:,\d+)*\s+)"
                    r"{0,3}?(?:people|civilians|residents|evacuees|families|children|inhabitants|"
                    r"patients|elderly|pensioners|women)\b[^.;]{1,60}?\bout\s+of\b|"
                    # ... or the verb's particle first: "brought out a family of five and two
                    # elderly people" (not "took out 74 people", which the round-27 notes found
                    # outranking an evacuation said to go on in the same sentence)
                    r"\b(?:got|brought|pulled|led|ferried|carried|rescued)\s+out\s+(?:a|an|the|"
                    r"some|about|around|over|nearly|\d[\d,]*)\s+(?:[\w-]+\s+){0,6}?(?:people|"
                    r"civilians|residents|evacuees|families|family|children|inhabitants|patients|"
                    r"elderly|pensioners|women)\b|"
                    # the people as subject: "some 2,500 people got out of Mariupol" (not "who
                    # got out": those gone named for something else)
                    r"\b(?:people|civilians|residents|evacuees|families|children|inhabitants)\s+"
                    r"(?!who\b)(?:\w+\s+)?(?:got|came)\s+out\b"
                ),
            ),
            (
                # "100 people had taken the evacuation train to Mykolaiv" (not "will take")
                (
                    ("evacuation train", "evacuation bus", "evacuation ferr"),
                    ("taken", "took", "boarded", "caught"),
                ),
                compile_lower(
                    r"\b(?:people|civilians|residents|evacuees|families|children|inhabitants)\s+"
                    r"(?:had\s+|have\s+)?(?:taken|took|boarded|caught)\s+(?:an?\s+|the\s+)?"
                    r"(?:\w+\s+)?evacuation\s+(?:trains?|bus(?:es)?|ferry|ferries)\b"
                ),
            ),
            (
                (("left", "set off", "departed", "crossed"),),
                compile_lower(
                    r"\b(?:had|have|has)\s+(?:\w+\s+)?(?:left|set off|departed|crossed)\b"
                ),
            ),
            (
                # a count of people gone: "some 3,000 more civilians left the town on Monday"
                # (not "hundreds of people left without power")
                (
                    ("left", "crossed", "drove out", "departed", "fled"),
                    ("people", "civilians", "residents", "families", "evacuees"),
                ),
                compile_lower(
                    # ("several thousand residents drove out of the city")
                    r"\b(?:\d[\d,]*|dozens|hundreds|thousands|hundred|thousand)\s+(?:more\s+)?"
                    r"(?:of\s+)?(?:people|civilians|residents|families|evacuees)\s*"
                    # "30 people, including 5 children, left Vovchansk"
                    r"(?:,\s+(?:including|among\s+them)\s+[^,.;]{1,40},\s+)?(?:\w+\s+)?"
                    # "500 people departed Pokrovsk on the evacuation train"
                    r"(?:drove\s+out\s+of\b|departed\b|fled\b|left\b"
                    r"(?!\s+(?:without|homeless|behind|on|by|in|with|stranded|trapped)\b)|"
                    # "hundreds of residents crossed by boat out of the village"
                    r"crossed\s+(?:[\w-]+\s+){0,4}?(?:from|out\s+of)\b)"
                ),
            ),
            (
                # the people as subject, no count: "people left Sumy by bus through the
                # corridor" (not "residents left without power"; nor "fled", which tells of
                # refugees and retreats more often than of evacuations)
                (
                    ("left", "resettled", "relocated"),
                    ("people", "civilians", "residents", "families", "evacuees", "inhabitants"),
                ),
                compile_lower(
                    r"\b(?:people|civilians|residents|families|evacuees|inhabitants)\s+"
                    # ("residents of Mariupol again left in their own cars")
                    r"(?:of\s+(?:(?!(?:are|is|were|was|be|been|being|had|have|has|who|that|which)\b)"
                    r"[A-Za-z][\w'’-]+\s+(?:and\s+)?){1,4})?"
                    r"(?:(?:also|then|later|finally|eventually|mostly|first|already|again)\s+)?"
                    # (with how or where they went after it: "left Sumy by bus", "left the town
                    # through the corridor"; not "most residents left last year")
                    # ... or moved on: "residents of Oleshky resettled to other districts"
                    r"(?:resettled|relocated)\s+(?:to|in|into)\b|"
                    r"left\s+(?:(?:the\s+)?[\w'’-]+\s+)?(?:by\s+(?:bus|train|car|boat|ferry)|"
                    r"through\s+the\s+corridor|via|in\s+(?:buses|convoys?|a\s+convoy|columns?)|"
                    # ("left in their own cars through Berdiansk")
                    r"in\s+(?:their\s+own|private)\s+(?:cars|vehicles)|"
                    r"on\s+(?:foot|buses|trains|evacuation))\b"
                ),
            ),
            ((("handed over",),), compile_lower(r"\bhanded over\b")),
            (
                # a place emptied of its people: "the 15-km zone has been cleared of civilians"
                (("cleared of", "emptied of"),),
                compile_lower(
                    r"\b(?:(?:has|have|had)\s+(?:now\s+|already\s+)?been|(?:was|were)(?!\s+being))\s+"
                    r"(?:\w+ly\s+)?(?:cleared|emptied)\s+of\s+" + _OF_PEOPLE
                ),
            ),
            (
                # the other side's removal, told as done: "Russian forces have forcibly deported
                # thousands of Mariupol residents to Russia"
                (("deported",),),
                compile_lower(
                    r"\b(?:had|have|has)\s+(?:\w+\s+)?deported\b|\bdeported\s+(?:[\w-]+(?:,\d+)*\s+)"
                    r"{0,4}?(?:civilians|residents|people|children|families|inhabitants)\b"
                ),
            ),
            (
                # "3,000 people made it to Zaporizhzhia", "families made it out of the town"
                # (not who they are: "people who made it out are being registered in X")
                (("arrived", "reached", "made it"),),
                compile_lower(
                    r"\b(?:arrived|reached|(?<!\bwho\s)(?<!\bthat\s)made\s+it\s+"
                    r"(?:out|to|into|across))\b"
                ),
            ),
            (
                # past transport: "a line of buses pulled out of the city", "convoys carried
                # civilians to Poltava"
                (
                    (
                        "pulled out",
                        "brought",
                        "taken",
                        "carried",
                        "ferried",
                        "bussed",
                        "drove",
                        "took",
                        "left",
                        "departed",
                        "set off",
                    ),
                ),
                compile_lower(
                    # "five buses left Kupiansk for Kharkiv" (not "cars left on the roadside")
                    r"\b(?:bus(?:es)?|convoys?|columns?|cars?|vehicles?|trains?)\b[^.;]{0,60}?"
                    r"\b(?:pulled out|departed|set off|left(?!\s+(?:on|by|at|behind|in)\b)"
                    r"(?!(?:[\s,-]+\w+)?[\s,-]+(?:bank|flank|side|hand)\b))\b|"
                    r"\b(?:carried|ferried|bussed|drove|took|brought|(?<=had\s)taken|(?<=has\s)taken|"
                    r"(?<=have\s)taken)\s+(?:\w+(?:,\d+)*\s+){0,3}?"
                    r"(?:civilians|people|residents|evacuees|families|children)\b[^.;]{0,60}?"
                    # ("buses carried 300 people from Mariupol on Tuesday")
                    r"\b(?:to|towards|out|from)\b"
                ),
            ),
            (
                (
                    (
                        "taken",
                        "moved",
                        "brought",
                        "deported",
                        "relocated",
                        "sent",
                        "ferried",
                        "placed",
                        "housed",
                        "accommodated",
                        "resettled",
                    ),
                ),
                compile_lower(
                    # "children were sent by train to Lviv", "residents were ferried across"
                    r"\b(?:been|were|was)\s+(?:taken|moved|brought|deported|relocated|sent|"
                    # "2,000 people had been relocated from Vovchansk to Kharkiv"
                    r"ferried)\s+(?:by\s+\w+\s+)?(?:[\"“”']?to|across|from|out of|away)\b|"
                    # "300 people have been placed in temporary accommodation"
                    r"\b(?:been|were|was)\s+(?:placed|housed|accommodated)\s+in\b|"
                    # "1,000 residents of border villages had been resettled"
                    r"\b(?:had|have|has)\s+(?:already\s+)?been\s+(?:\w+\s+)?(?:resettled|relocated)\b"
                ),
            ),
            (
                (
                    (
                        "relocated",
                        "resettled",
                        "bussed",
                        "ferried",
                        "transported",
                        "transferred",
                        "moved",
                    ),
                    _MOVED,
                ),
                _ACTIVE_MOVE,
            ),
            (
                (("able",), ("leave", "get out", "evacuate")),
                compile_lower(
                    r"\b(?:had|have|has)\s+(?:\w+\s+)?been\s+able\s+to\s+(?:leave|get out|"
                    r"evacuate)\b"
                ),
            ),
        ],
    ),
    (
        # a few at a time: "a few cars at a time", "two or three families at a time"; only
        # between the shelling: "buses leave whenever there is a lull", "ran when shelling
        # allowed", "in the lulls between bombardments" (not "a pause in the fighting" asked
        # for; after a tally, which a second clause may give: "... and volunteers had brought
        # out six families")
        "limited",
        compile_lower(
            r"\b(?:a\s+few|a\s+handful\s+of|one\s+or\s+two|two\s+or\s+three|several)\s+"
            r"(?:[\w-]+\s+){0,2}?at\s+a\s+time\b"
            r"|\b(?:when|whenever)\s+(?:there\s+(?:is|was|are|were)\s+)?(?:an?\s+)?(?:lull|pause|break|"
            r"let-up)s?\b"
            r"|\b(?:when|whenever)\s+(?:the\s+)?(?:shelling|fighting|bombardments?|firing|strikes)\s+"
            r"(?:allow(?:s|ed)?|permit(?:s|ted)?|eas(?:es|ed)|let\s+up|lets\s+up|die[sd]?\s+down|"
            r"paus(?:es|ed)|subside[sd]?)\b"
            r"|\blulls?\s+(?:in|between)\s+(?:the\s+)?(?:shelling|fighting|bombardments?|strikes)\b"
        ),
    ),
    (
        "ongoing",
        compile_lower(
            # ("did not continue", "chose not to continue": no going on)
            r"\b(?:ongoing|under ?way|(?<!not\s)(?<!not to\s)continu\w+|"
            r"(?:are|is|were|was) evacuating|being "
            r"(?:evacuated|led|taken|moved|relocated|resettled|bussed|sent|ferried|transported|"
            r"transferred)|"
            r"still being|"
            # "the authorities were starting to take children out"
            r"(?:are|is|were|was)\s+(?:starting|beginning)\s+to\s+\w+|"
            r"still\s+(?!(?:living|staying|remaining|sheltering|hiding|waiting)\b)\w+ing|"
            r"still\s+(?:leaves?|runs?|operates?|departs?|goes|go)|"
            r"(?:had|has|have)\s+(?:\w+\s+)?(?:begun|started)|began|begins|"
            # "another attempt would be made to take people out"
            r"(?:another|new|second|third|fresh)\s+attempt|"
            # "evacuees are taken by bus to ...", "crews were taking residents out of ..."
            r"(?:are|is)\s+(?:taken|moved|bussed|driven|transported|relocated|brought)|"
            # helpers at work on it: "its staff were supporting the passage out of Sumy",
            # "teams are escorting the convoy"
            r"(?:are|is|were|was)\s+(?:\w+\s+)?(?:supporting|assisting|escorting|accompanying|"
            r"facilitating)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:passage|convoys?|"
            r"evacuations?|departures?|buses|column)|"
            # ("the Russians have been taking people out of Popivka")
            r"(?:are|is|were|was|been)\s+(?:\w+\s+)?(?:taking|bringing|bussing|busing|driving|"
            r"ferrying|carrying|collecting|picking up|transporting|moving|getting|travell?ing|"
            r"deporting|heading)\s+"
            r"(?:\w+(?:,\d+)*\s+){0,4}?(?:out|from|to|towards|away)|"
            # "the strip along the Dnieper is being cleared of civilians"
            r"(?:is|are|was|were)\s+being\s+(?:cleared|emptied)\s+of\b|"
            # "the column was on its way from Sumy", "100 people were on their way to Poltava"
            # (not the transport going in for them: "buses are on their way to Berdiansk to
            # collect people")
            r"(?:are|is|were|was)\s+(?:now\s+|already\s+|still\s+)?on\s+(?:its|their)\s+way\s+"
            r"(?:from|out\s+of)\b|"
            r"(?:people|civilians|residents|families|evacuees)\b[^.;]{0,40}?\b(?:are|were)\s+"
            r"(?:now\s+|already\s+|still\s+)?on\s+their\s+way\s+(?:to|towards?)\b|"
            # "evacuation buses were collecting people in Sievierodonetsk": where they are
            r"(?:are|is|were|was)\s+(?:still\s+)?(?:collecting|picking\s+up)\s+(?:\w+\s+){1,3}?"
            r"(?:in|at)\s|"
            # "police evacuation teams work in Bakhmut every day"
            r"\bevacuation\s+(?:teams?|crews?|groups?|buses|trains|convoys?)\s+(?:(?:are|is|were|was)\s+)?"
            r"(?:still\s+)?(?:work|works|working|operate|operates|operating)\s+(?:\w+\s+)?(?:in|at)\b|"
            # rescuers at work: "police crews take out those who agree", "buses take anyone
            # who wants to leave to Dnipro", "evacuation trains depart daily"
            # ("the police and the military take people out on foot", "medics bring the
            # wounded out at night")
            r"(?:crews|police|volunteers|buses|teams|rescuers|military|medics|paramedics|"
            r"firefighters)\s+(?:\w+\s+)?(?:take|bring|carry|collect|drive|ferry)\s+"
            r"(?:\w+(?:,\d+)*\s+){0,3}?(?:out|from|to)|"
            # the speaker's own service: "we take them out with police and volunteers"
            r"(?<![\"“‘'])\bwe\s+(?:\w+\s+)?(?:take|bring|carry|collect|drive|ferry)\s+"
            r"(?:\w+(?:,\d+)*\s+){0,3}?(?:out|from)\b|"
            # "buses were carrying the sick and the elderly from the city"
            r"(?:crews|police|volunteers|buses|teams|rescuers|boats|trains)\s+(?:are|is|were|was)\s+"
            r"(?:still\s+)?(?:taking|bringing|carrying|collecting|driving|ferrying)\s+"
            r"(?:\w+(?:,\d+)*\s+){0,6}?(?:out|from|to|towards|across)|"
            # "evacuation trains to the west were leaving every day from Kramatorsk"
            # (one service too: "the evacuation train leaves Pokrovsk every day")
            r"(?:bus(?:es)?|trains?|convoys?)\s+(?:[^.;]{0,50}?\s)?(?:still\s+)?(?:depart|"
            r"departs|departing|leave|leaves|leaving|left|run|runs|running|go|goes|going)\s+"
            # ("trains leave Kramatorsk for Lviv twice a day", "several times a week"; "buses
            # left Kherson for Mykolaiv every morning", a habit)
            r"(?:[\w'’-]+\s+){0,4}?(?:daily|every|regularly|each|hourly|nightly|weekly|"
            r"(?:once|twice|(?:\w+\s+)?times)\s+(?:a|per|each)\s+(?:day|week))|"
            # a service kept going: "evacuation trains will keep leaving the city", "the buses
            # kept on running to Dnipro"
            # ("evacuation trains from Kherson station keep running")
            r"(?:bus(?:es)?|trains?|convoys?|ferry|ferries)\s+(?:[^.;]{0,40}?\s)?(?:keeps?|kept|keep)\s+"
            r"(?:on\s+)?(?:leaving|running|departing|going)\b|"
            # "buses continued to run from the city to Bezymennoye"
            r"(?:bus(?:es)?|trains?|ferry|ferries)\s+(?:still\s+)?continue[sd]?\s+to\s+(?:run|leave|"
            r"depart|operate)\b|"
            # a scheduled service: "a daily evacuation train runs from Pokrovsk to Lviv"
            r"\b(?:daily|nightly|weekly|regular|hourly)\s+(?:evacuation\s+)?(?:bus(?:es)?|"
            r"trains?|ferry|ferries|coach(?:es)?)\s+(?:still\s+)?(?:runs?|leaves?|departs?|goes|"
            r"go|operates?)\b|"
            # transport on its way now: "evacuation buses are leaving Sumy for Poltava",
            # "volunteers said buses were leaving the town twice a day"
            # ("evacuation buses to Kharkiv were running from Kupiansk", "evacuation trains have
            # been leaving the city's station")
            r"(?:buses|trains|convoys?|ferries|boats)\s+"
            r"(?:(?:to|for|from)\s+[\w'’-]+(?:\s+and\s+[\w'’-]+)?\s+)?"
            r"(?:are|is|were|was|ha(?:ve|s|d)\s+been)\s+(?:still\s+)?"
            r"(?:leaving|"
            # "evacuation buses were making their way out of Enerhodar"
            r"departing|running|making\s+(?:its|their)\s+way)\b|"
            # one service named: "the daily train from Pokrovsk to the west was running"
            # ("trains from Kherson are already running")
            r"\b(?:trains?|bus(?:es)?|ferry|ferries)\s+(?:from|out\s+of)\s+[^.;]{0,50}?\b(?:is|was|"
            r"are|were)\s+(?:still\s+|already\s+)?"
            r"(?:running|leaving|departing|operating)\b|"
            # transport laid on: "buses will take people from ...", "evacuees would be taken by
            # train to ..."
            r"(?:buses|trains|convoys?|ferries|boats)\s+(?:\w+\s+)?(?:would|will)\s+(?:\w+\s+)?"
            r"(?:take|carry|bring|run|leave|depart|return|go\s+back)|"
            # ("residents of front-line villages would be temporarily relocated")
            r"(?:would|will)\s+(?:\w+\s+)?be\s+(?:\w+ly\s+)?(?:taken|"
            r"moved|bussed|transported|relocated|brought|driven|evacuated)|"
            # people going on their own way out: "people leave at their own risk through
            # Vasylivka towards Zaporizhzhia"
            r"(?:people|residents|civilians|families)\s+(?:still\s+|now\s+|continue\s+to\s+)?leave\s+"
            r"[^.;]{0,40}?\b(?:through|via|towards?|by\s+(?:car|bus|train|boat)))\b",
        ),
    ),
    (
        # a ceasefire or corridors declared: "announced a ceasefire so that corridors could be
        # opened" (open, not merely possible)
        "open",
        compile_lower(
            # (the Russian term too, quoted or not: 'announced a "regime of silence"')
            r"\bannounc(?:ed|es|ing)\s+(?:[\"“]?\w+[\"”]?\s+){0,3}?[\"“]?(?:ceasefire|truce|"
            r"silence regime|regime of silence|quiet regime|humanitarian (?:corridor|pause|route)|"
            r"corridors?)\b"
            # a side holding its fire for them: "troops held their fire from 10:00 so that
            # civilians could leave", "ceased fire to let the buses through"
            r"|\b(?:held|hold|holds|holding|ceased|cease|ceases|ceasing)\s+(?:their\s+|its\s+|all\s+)?"
            r"fire\b[^;]{0,60}?\b(?:so\s+that|so\s+civilians|to\s+(?:let|allow)|in\s+order\s+to)\b"
            # "the ceasefire along that road was holding"
            r"|\b(?:ceasefire|truce)\b[^.;]{0,40}?\b(?:is|was|are|were)\s+(?:still\s+)?holding\b"
        ),
    ),
    (
        "limited",
        compile_lower(
            # ("some" only of the transport: "some buses got through", not "some evacuees
            # stayed behind", "some had disappeared")
            r"\b(?:only|limited(?! mobility)|small groups?|a few|handful|partial\w*|"
            r"some\s+(?:of\s+the\s+)?(?:buses|cars|vehicles|convoys?|trains))\b"
        ),
    ),
    (
        # "would help residents move", "will help those who want to leave": on offer
        "possible",
        compile_lower(
            r"\b(?:would|will)\s+help\s+(?:\w+\s+){0,14}?(?:move|leave|relocate|evacuate|"
            r"get out)\b"
            # "the authorities were ready to help residents leave for safer regions" (not a
            # bare offer with no going: "is ready to help with any corridor")
            r"|\b(?:ready|prepared|willing)\s+to\s+help\s+(?:\w+\s+){1,6}?(?:move|leave|relocate|"
            r"evacuate|get out)\b"
            # transport on offer: "buses to Mykolaiv were available on request", "free trains
            # are available for those who want to go"
            r"|\b(?:bus(?:es)?|trains?|transport|evacuation\s+\w+)\s+(?:[\w'’-]+\s+){0,5}?"
            r"(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?available\b"
        ),
    ),
    (
        # a next stage foreseen: "a second evacuation convoy is planned for Friday"; an offer:
        # "the command was prepared to let the wounded out"
        "possible",
        compile_lower(
            r"\b(?:is|was|are|were|being|been)\s+(?:\w+\s+)?(?:planned|scheduled|foreseen)\b|"
            r"\b(?:prepared|willing)\s+to\s+(?:let|allow|open|guarantee|provide|organi[sz]e|"
            r"evacuate|take)\b|"
            # a helper's offer: "the ICRC was ready to act as a neutral intermediary for the
            # evacuation", "stands ready to facilitate the passage"
            # (a bare offer to help stays no statement: "is ready to help with any corridor")
            r"\b(?:prepared|willing|ready)\s+to\s+(?:act\s+as|serve\s+as|facilitate|mediate)\b|"
            # a new try announced: "the team will try again today to lead a convoy out"
            r"\b(?:will|would)\s+try\s+(?:again\s+)?(?:\w+\s+){0,2}?to\b|"
            # an exit promised for later: "civilians would be offered exit towards X"
            r"\b(?:will|would)\s+be\s+(?:offered|given|granted|provided)\s+(?:with\s+)?"
            r"(?:an?\s+|safe\s+)?(?:exit|way\s+out|passage|transport)\b"
        ),
    ),
    ("possible", _POSSIBLE),
    (
        "open",
        compile_lower(
            # (not "troops opened fire on the buses")
            # (nor one that will not: "corridors would not open on Wednesday")
            r"\b(?:(?<!\bnot\s)(?<!\bnever\s)(?<!n['’]t\s)open(?:ed|s|ing)?(?!\s+fire\b)|reopen\w*|"
            r"will run|established|set up|"
            # (an offer "to help" is no open corridor)
            r"(?:(?:are|were|is|was|remains?|stands?|stood)\s+ready|"
            r"(?:are|were|is|was)\s+prepared(?=\s+to\b))"
            r"(?!\s+to\s+(?:help|assist|facilitate|mediate|support|take part))|"
            r"ready\s+to\s+(?:open|go|depart|leave|run|start)|operating|"
            r"functioning|in place|announc\w+\s+(?:\w+\s+){0,2}?corridors?|"
            # the truce kept: "both sides respected the corridor", "that both armies were
            # honouring"
            r"(?<!not\s)(?<!never\s)(?:respected|observed|honou?red|respecting|observing|"
            r"honou?ring)|"
            r"working\s+(?:humanitarian\s+)?corridors?|"
            # the way out said to work: "the corridor from Irpin to Kyiv was working" (not
            # "was not working", nor people at work: "volunteers were working to get them out")
            # (a route named in full before the verb: "the corridor from Sumy toward Lokhvytsia
            # in Poltava region is working")
            r"(?:corridors?|routes?|passage)\s+(?:[\w-]+\s+){0,10}?(?:is|was|are|were|remains?)\s+"
            r"(?:still\s+)?(?:working|functioning|operating)(?!\s+to\b)|"
            # in the simple tenses: "the corridor from Mariupol towards Zaporizhzhia worked
            # again today", "has functioned since Monday" (not "did not work", "failed to work")
            r"(?:corridors?|routes?|passage)\s+(?:[\w'’-]+\s+){0,6}?(?<!not\s)(?<!n't\s)"
            r"(?<!n’t\s)(?<!never\s)(?<!to\s)(?:(?:has|have|had)\s+(?:also\s+)?)?"
            r"(?:worked|works|functioned|functions|operated|operates)\b)\b"
        ),
    ),
    (
        "ongoing",
        compile_lower(
            r"\b(?:ongoing|under ?way|(?<!not\s)(?<!not to\s)continu\w+|evacuating|"
            r"being (?:evacuated|led|taken)|"
            r"trying to|attempt\w* to|efforts?|"
            # (not one held shut: "accused Moscow of blocking the evacuation of civilians")
            r"(?<!blocking\sthe\s)(?<!blocked\sthe\s)(?<!obstructing\sthe\s)"
            r"(?<!sabotaging\sthe\s)(?<!hampering\sthe\s)(?<!disrupting\sthe\s)"
            r"(?<!derailing\sthe\s)(?<!thwarting\sthe\s)(?<!derailed\sthe\s)(?<!thwarted\sthe\s)"
            r"evacuation(?:s)? (?:of|from)|fleeing|escaping|"
            # "people were leaving Mykolaiv on trains to Odesa"
            r"(?:are|is|were|was)\s+(?:still\s+)?leaving|"
            # people going by their own means: "residents were travelling on their own, by
            # private car", "families are driving out in their own cars"
            r"(?:are|is|were|was)\s+(?:still\s+)?(?:travell?ing|driving|making\s+their\s+(?:own\s+)?"
            r"way)\s+(?:out\s+)?(?:on\s+their\s+own|by\s+their\s+own\s+means|by\s+(?:private\s+)?"
            r"cars?|in\s+(?:their\s+own|private)\s+(?:cars|vehicles))|"
            # the other side names a removal it says is happening: "called the operation a
            # forced deportation", "denounced the deportation of children" (not an analyst's
            # "such evacuations are in effect deportations")
            r"(?:call\w*|describ\w*|denounc\w*|brand\w*|label\w*|condemn\w*)\s+(?:\w+\s+){0,4}?"
            r"(?:as\s+)?(?:an?\s+|the\s+)?(?:forced\s+|forcible\s+|illegal\s+)?deportations?)\b",
        ),
    ),
    (
        # the last resort of a sentence that says nothing else of the evacuation (an accusation
        # beside an offer is the offer's: "said Kyiv was blocking the evacuation and that Russia
        # had opened a corridor")
        "refused",
        compile_lower(
            # the other side accused of holding the way shut: "accused Moscow of deliberately
            # blocking the route", "Kyiv was obstructing the evacuation", "were keeping residents
            # from leaving" (a passive "the road was blocked" is impossible, above)
            r"\b(?:block(?:s|ed|ing)|disrupting|derailing|thwarting|obstruct(?:s|ed|ing)|hamper(?:s|ed|ing)|sabotag(?:es|ed|ing))\s+"
            r"(?:\w+\s+){0,3}?(?:corridors?|evacuations?|convoys?|routes?|passage|exit|buses|"
            r"departures?|civilians|people|residents|those)\b|"
            r"\bkeep(?:s|ing)?\s+(?:\w+\s+){0,4}?from\s+(?:leaving|evacuating|getting\s+out)\b"
        ),
    ),
    (
        # the transport, when nothing else is said: it takes people now ("buses were taking
        # residents to Poltava", "trains leave Kramatorsk daily for Lviv") ...
        "ongoing",
        compile_lower(
            r"\b(?:buses|trains|coaches|minibuses)\s+(?:(?:are|were|is|was|still|again|now|also|"
            r"already)\s+){1,3}(?:taking|carrying|bringing|ferrying)\b"
            # ... or is to: "buses would pick people up in X on Friday and take them to Y"
            r"|\b(?:buses|trains|coaches|minibuses)\s+(?:would|will)\s+(?:also\s+|again\s+)?"
            r"(?:pick\s+(?:\w+\s+){0,2}?up|collect|take|carry|bring)\b"
            # the simple present: "buses bring residents from Bakhmut to Pokrovsk"
            rf"|{_TRANSPORT_TAKES_NOW}\s+(?:[\w,-]+\s+){{0,4}}?(?:civilians|residents|people|families|"
            r"evacuees|inhabitants|locals|children|elderly|patients|wounded|women)\b"
            r"|\b(?:buses|trains|coaches|minibuses)\s+(?:(?:from|out\s+of)\s+[^.;,]{0,40}?\s)?"
            r"(?:leave|depart|run)\b"
            # one service, on its timetable: "today's evacuation train leaves Pokrovsk at 15:00"
            r"|\bevacuation\s+(?:bus|train|coach)\s+(?:(?:from|out\s+of)\s+[^.;,]{0,40}?\s)?"
            r"(?:leaves|departs|runs)\b"
            # a service that runs on a timetable: "there are free evacuation buses to Odesa every
            # day", "free buses to Mykolaiv ran twice a week"
            r"|\bthere\s+(?:are|is)\s+(?:(?:free|special|daily|regular|extra|additional|"
            rf"evacuation)\s+){{0,3}}{_TRANSPORT}\b[^.;]{{0,60}}?{_TIMETABLE}"
            rf"|{_TRANSPORT}\s+(?:[^.;]{{0,40}}?\s)?(?:run|runs|ran|go|goes|leave|leaves|depart|"
            rf"departs)\s+(?:[^.;]{{0,40}}?\s)?{_TIMETABLE}"
            # ... or is sent on it: "the administration sends buses every day from X to Y"
            rf"|{_SENT_TRANSPORT}(?:[^.;]{{0,60}}?\s)?{_TIMETABLE}"
        ),
    ),
    (
        # an evacuation organised, told with nothing of its end: "the occupation administration
        # organized what it called a voluntary evacuation on Wednesday"
        "ongoing",
        compile_lower(
            # (the verb: an article follows, not "no organised evacuation")
            r"\borgani[sz]ed\s+(?:what\s+(?:it|they)\s+called\s+)?(?:an?|the)\s+"
            r"(?:[\w-]+\s+)?evacuations?\b"
        ),
    ),
    (
        # ... or it went: "the evacuation train from Sumy to Lviv left with 400 people"
        "completed",
        compile_lower(
            r"\b(?:bus(?:es)?|trains?|coach(?:es)?)\s+(?:(?:from|out\s+of)\s+[^.;,]{0,40}?\s)?"
            r"(?:to\s+[^.;,]{0,30}?\s)?(?:left|departed|took|carried|brought)\b"
        ),
    ),
]
# words each status pattern cannot match without, in the order of _EVAC_STATUS
_EVAC_STATUS_GATES = [
    ("only", "far fewer", "far less", "trickl"),
    ("let",),
    ("none of", "no "),
    ("managed",),
    ("possible", "question", "cannot", "can't", "can’t", "can not", "could not", "couldn",
     "unable", "no way", "not able", "not been able", "blocked", "halted", "suspend", "stop", "paused",
     "on hold", "respect", "observe", "honour", "honor", "violat",
     "no evacuation", "no corridor", "called off", "postponed", "cancel", "disrupted", "failed",
     "put off", "delayed",
     "aborted", "derailed", "thwarted", "foiled", "work", "function", "operat", "not open",
     "not reopen", "go ahead", "take place", "took place", "turn around", "turn back",
     "forced to return", "forced to go back", "forced to come back",
     "did not exist", "no one", "nobody", "no ", "shell", "fired on",
     "firing on", "opened fire", "under fire", "under shelling", "under attack", "collapsed",
     # ("the road out of Kurakhove is under heavy fire")
     "under heavy", "under enemy", "under russian", "under ukrainian", "under artillery",
     "under rocket", "under mortar",
     "too ",
     "broke down", "broken down", "closed", "shut", "ceased", "fell through", "came to nothing",
     "not a single", "not single"),
    ("refus", "reject", "declin", "turned down", "not letting", "not allowing", "prevent",
     "stopp", "barr",
     "not evacuating", "unacceptable", "not let", "n't let", "n’t let", "not agree", "not accept", "not consent", "never",
     "no guarantee", "no security guarantee", "no safety guarantee", "to guarantee",
     "not being let", "not being allowed",
     "not guarantee", "turned back", "turned away", "not allowed", "not been allowed", "not permitted", "not been permitted",
     "nobody", "no one", "no-one",
     "denied", "not giv", "t giv", "never giv", "not provid", "t provid",
     "never provid", "not grant", "t grant", "never grant", "not offer", "t offer",
     "never offer",
     "n't agree", "n’t agree", "n't accept", "n’t accept", "n't consent", "n’t consent",
     "no ", "not organi", "not yet organi", "not conducting", "not carrying out"),
    ("continu",),
    _LAID_ON_VERBS,
    ("continue", "went on", "goes on"),
    ("call", "ask", "request", "urg", "appeal", "demand", "plead", "propos", "offer", "order",
     "compulsory", "mandatory", "must", "told", "tells", "telling", "leave", "evacuate", "get out", "want",
     "recommend", "advis", "instruct", "announc", "encourag", "warn",
     "should", "have to", "has to", "required", "obliged", "push", "press", "to be ", "seek",
     "sought"),
    ("agree", "deal", "accord", "arranged", "negotiated"),
    ("plan", "in case", "consider", "once", "as soon as", "provided that", "on condition",
     "until", "allow", "let", "enable"),
    ("occasionally", "sporadically", "intermittently", "rarely"),
    ("continuing", "ongoing", "under", "in progress", "go on", "carry on", "now leaving",
     "continue", "went on", "goes on", "total", "full swing",
     "proceeding", "progressing",
     "extended", "expanded", "widened", "not stop", "t stop", "not cease", "t cease", "not be",
     "t be",
     "now fleeing", "now departing", "now getting out"),
    ("evacuate", "complet", "out", "helped", "placed", "housed", "accommodated",
     "left", "handed over", "arrived", "reached", "made it", "taken", "finished", "ended",
     "concluded", "conducted", "drove",
     "moved",
     "brought", "deported", "relocated", "resettled", "able to", "set off", "departed", "carried", "ferried",
     "bussed", "drove", "took", "sent", "crossed", "fled", "pulled", "rescued", "transported",
     "transferred", "boarded", "caught"),
    ("at a time", "lull", "pause", "break", "let-up", "allow", "permit", "eas", "let up", "lets up",
     "die", "paus", "subside"),
    ("ongoing", "under", "continu", "evacuating", "being", "still", "begun", "started", "began",
     "begins", "attempt", "starting", "beginning", "taken", "moved", "bussed", "driven", "transported", "relocated",
     "brought", "taking", "bringing", "bussing", "busing", "driving", "ferrying", "carrying",
     "collecting", "picking up", "transporting", "moving", "getting", "take", "carr", "bring",
     "work", "operat",
     "run", "leav", "depart", "collect", "driv", "ferr", "daily", "every", "regularly", "each",
     "twice", "times a", "times per", "times each", "once a", "hourly", "nightly", "weekly",
     "be evacuated", "its way", "their way", "deporting", "travelling", "traveling", "heading", "supporting", "assisting", "escorting", "accompanying", "facilitating"),
    ("announc", "fire", "holding"),
    ("only", "limited", "small group", "a few", "handful", "partial", "some"),
    ("help", "available"),
    ("planned", "scheduled", "foreseen", "prepared", "willing", "ready", "try", "offered", "given",
     "granted", "provided"),
    ("can", "could", "possible", "able to", "may"),
    ("open", "will run", "established", "set up", "ready", "prepared", "operating", "functioning",
     "in place", "announc", "working", "worked", "works", "functioned", "functions", "operated",
     "operates", "respected", "observed", "honour", "honor", "respecting",
     "observing"),
    ("ongoing", "under", "continu", "evacuating", "being", "trying to", "attempt", "effort",
     "evacuation", "fleeing", "escaping", "deport", "leaving", "travel", "driving", "making their"),
    ("block", "obstruct", "hamper", "sabotag", "keep", "disrupting", "derailing", "thwarting"),
    ("bus", "train", "coach"),
    ("organised", "organized"),
    ("bus", "train", "coach"),
]  # fmt: skip
_POP = {
    # "after Ukrainian troops crossed the border": a side's troops are actors, not evacuees
    "military": compile_lower(
        r"(?<!russian\s)(?<!ukrainian\s)(?<!enemy\s)"
        # (nor the civil hands of an evacuation: "police units were taking people out")
        r"(?<!police\s)(?<!rescue\s)(?<!emergency\s)(?<!fire\s)"
        r"\b(?:soldiers|troops|servicemen|fighters|defenders|units|garrison|combatants|"
        r"marines|military personnel)\b"
        # (nor soldiers at a checkpoint, doing the checking: "stuck at checkpoints near
        # Vasylivka, where soldiers checked phones and documents for hours")
        r"(?!\s+(?:had\s+|have\s+|were\s+)?(?:checked|checking|searched|searching|stopped|"
        r"stopping|questioned|questioning|interrogated|manned|manning|guarded|guarding)\b)"
        # (but a side's troops are the evacuees when they are the ones evacuated: "urged the
        # evacuation of Russian troops from the site")
        r"|\bevacuat\w*\s+(?:of\s+)?(?:the\s+)?(?:russian|ukrainian|enemy)\s+(?:soldiers|troops|"
        r"servicemen|fighters|units|garrison|marines)\b",
    ),
    "injured": compile_lower(r"\b(?:injured|wounded|sick|casualties|patients)\b"),
    "civilians": compile_lower(
        r"\b(?:civilians?|residents?|people|families|child|children|women|elderly|population|"
        r"inhabitants|locals|refugees|evacuees|citizens|everyone|anyone|everybody|passengers|"
        # ("many foreign students had left Kharkiv")
        r"students)\b"
        # "urged those who remained in Soledar to leave"
        r"|\bthose\s+(?:who\s+)?(?:still\s+)?(?:remain|remained|stay|stayed|left\s+behind|still|want|"
        r"wanted|wish|wished)\b",
    ),
}
_REQUEST_VERB = compile_lower(
    r"\b(?:call(?:ed|s|ing)? (?:on|for)|ask(?:ed|s|ing)?|request(?:ed|s|ing)?|urg(?:ed|es|ing)|"
    r"order(?:ed|s)?|told|tells|"
    r"appeal(?:ed|s|ing)?|demand(?:ed|s|ing)?|propos(?:ed|es|ing)|offer(?:ed|s|ing)?)\b",
)
# a plain subject before the verb: no clause, quote or list ("In Luhansk, X told ...": no)
_BARE_SUBJECT = compile_fast(r"^[^,;:\"“”()]+$")
_POSS_REQUEST = compile_fast(
    r"\b(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+(?:\w+\s+)?(?:request|call|appeal|"
    r"demand|proposal|offer)\b"
)


_ACTOR_AFTER = compile_fast(
    r"(?:['’]s?\s+(?:\w+\s+)?(?:control|forces|troops|army|military|request|offer|side|plan|"
    r"proposal|call|government|authorities|hold|grip|occupation|offensive|"
    # "the general in charge of Kyiv's southern push"
    r"counteroffensive|counter-offensive|push|advance|campaign))"
    r"|\s+(?:" + attr.SPEECH_VERB + r")\b"
    r"|\s+(?:seized|captured|took|annexed|occupied|invaded|attacked|launched|shelled|struck)\b"
    # "the LPR side was prepared to let civilians out": a party, not a place
    r"|\s+side\b"
    r"|\s+(?:has|have|had)(?!\s+(?:\w+\s+){0,3}?(?:been|fallen|become|remained|changed|come|"
    r"passed|returned)\b)"
    # ("Zaporizhzhia will remain Ukrainian", "X will be liberated": the place itself)
    r"|\s+(?:would|will(?!\s+(?:always\s+)?(?:remain|be|stay|never\s+be)\b)|said|says|"
    r"claimed|claims|wants|wanted|must|should|can|could|did|does|insist\w*|accuse\w*|"
    r"den(?:y|ies|ied)|refused|rejected|proposed|offered|agreed|asked|called|demanded|"
    r"announced|instead)\b"
    r"|\s+(?:is|was|were|are)\s+(?:ready|willing|prepared|unwilling|planning|trying)\b"
    r"|\s+and\s+(?:Kyiv|Kiev|Moscow|Russia|Ukraine)\s+(?:have|has|had|agreed|said|say|were|are)\b"
)


_IN_NP_BEFORE = compile_fast(r"\b(?:in|of|from|at|near|for)\s+(?:the\s+)?$")


# a passive verb's agent: "announced by Moscow", "offered by Kyiv" (not "surrounded by")
_AGENT_BY_BEFORE = compile_fast(
    r"\b(?:announced|proposed|offered|declared|organi[sz]ed|opened|rejected|refused|blocked|"
    r"agreed|demanded|requested|arranged|promised|guaranteed|set\s+up)\s+by\s+(?:the\s+)?$"
)


# a government seated in a capital: "the regional administration in Kiev had admitted that it
# could not evacuate them" (the capital where it sits, not where people leave)
# ... or named by it: "without the participation of the Kiev authorities"
_GOVERNMENT_WORDS = r"authorities|government|regime|leadership|officials|administration"
# ("Officials in Kiev have given a different picture": a sentence may open with them)
_SEAT_IN_BEFORE = compile_fast(rf"\b(?:{_GOVERNMENT_WORDS}|ministry|command)\s+in\s+$", re.I)
_GOVERNMENT_AFTER = compile_fast(rf"\s+(?:{_GOVERNMENT_WORDS})\b")


def _is_actor(p: dict, s: str) -> bool:
    """Is this mention an actor ("Kyiv would now try", "under Kyiv's control"), not a place?"""
    if p["kind"] == "country" or p["name"] == "Kremlin":
        return True  # (the Kremlin: Russia's government, "after talks in the Kremlin")
    if p["name"] in ("Kyiv", "Moscow") and (
        _SEAT_IN_BEFORE.search(s, max(0, p["rs"] - 30), p["rs"])
        # "without the participation of the Kiev authorities": the government, not the city
        or _GOVERNMENT_AFTER.match(s, p["rs"] + len(str(p.get("mention") or "")))
    ):
        return True
    if " by " in s[max(0, p["rs"] - 4) : p["rs"]] and _AGENT_BY_BEFORE.search(
        s, max(0, p["rs"] - 30), p["rs"]
    ):
        # "the corridor announced by Moscow", "a route proposed by Kyiv": the capital that
        # acts for its government, not where people leave
        return True
    end = p["rs"] + len(str(p.get("mention") or ""))
    m = _ACTOR_AFTER.match(s, end)
    if m is None:
        return False
    if s[end : end + 1] in ("'", "’") and p["kind"] != "region":
        return True  # "the general in charge of Kyiv's southern push": a possessor is an actor
    # "officials in Kherson said": the place sits inside the speaker phrase, it is not the actor
    return _IN_NP_BEFORE.search(s, max(0, p["rs"] - 12), p["rs"]) is None


# (departures as the thing organised: "too heavy to organise any departures"; the civil hands
# and places of a removal: "we take them out with police and volunteers", "they would be taken
# out to temporary accommodation centres")
_CIVIL_TRAFFIC = compile_lower(
    r"\b(?:private cars|cars|buses|convoys?|evacuation trains?|volunteers)\b"
    # transport laid on for people: "special trains from Pokrovsk", "free transport to Dnipro"
    r"|\b(?:free|special|extra|additional)\s+(?:trains?|coaches|minibuses|transport)\b"
    r"|\borgani[sz](?:e|ed|es|ing)\s+(?:any\s+|the\s+|safe\s+)?departures?\b"
    r"|\b(?:temporary\s+accommodation|accommodation\s+(?:centres?|centers?|points?)|"
    r"reception\s+(?:centres?|centers?|points?))\b"
    # a pause in the fighting for people to get out: "pressing for a pause in fighting to let
    # them out", "a truce to let the trapped leave"
    r"|\b(?:pause\s+in\s+(?:the\s+)?(?:fighting|hostilities|shelling)|humanitarian\s+pause|truce)\b"
    r"[^.;]{0,40}?\b(?:let|allow|so\s+that)\b"
)
# a column of the evacuation told just before, not an army's: "another column was waiting"
_CIVIL_COLUMN = compile_lower(
    r"(?<!military\s)(?<!armoured\s)(?<!armored\s)(?<!tank\s)(?<!russian\s)(?<!enemy\s)"
    r"(?<!ukrainian\s)\bcolumns?\b(?!\s+of\s+(?:\w+\s+)?(?:tanks|troops|armou?r|vehicles\s+"
    r"with\s+z|military|soldiers))"
)
_FORCE_LEFT = compile_lower(
    r"\b(?:units|troops|forces|soldiers|army|military|servicemen|fighters|garrison)\s+"
    r"(?:\w+\s+){0,2}?(?:had\s+|have\s+|has\s+)?(?:left|withdrew|withdrawn|pulled out|retreated)\b"
    # a pull-out agreed or begun: "Russian troops who seized Slavutych, the town built for the
    # plant's workers, agreed on Sunday to leave it", "the soldiers began to leave Kherson"
    r"|\b(?:units|troops|forces|soldiers|servicemen|fighters|garrison)\s+"
    r"(?:(?:who|which|that)\s+[^.;]{0,120}?\s+|(?:\w+\s+){0,2}?)(?:agreed|promised|began|"
    r"started|decided|were\s+ordered|had\s+to|have\s+to|would)\s+(?:\w+\s+){0,2}?"
    r"to\s+(?:leave|withdraw|pull\s+out)\b"
)
_EVAC_STRONG = compile_lower(
    r"\bevacu\w*|\bhumanitarian (?:corridor|pause|route|passage)s?|\bcorridors?\b|\bsafe passage|"
    r"\bceasefire\b|\b(?:exit|escape)\s+routes?\b",
)
# a sentence speaks of an evacuation only if it holds one of these words: a filter, not just a
# shortcut ("residents who fled" alone is no evacuation)
_EVAC_GATE = (
    "evacu", "corridor", "passage", " out", "left", "handed", "leave", "flee", "move", "leaving",
    "taken", "russian federation", "set off", "depart", "pulled out", "collect", "pick",
    "transport", "ferr", "moved", "bussed", "driven", "relocated", "brought", "send", "sent",
    "carry", "carries", "carrying", "carried", "drove", "escorted", "relocation", "resettlement", *_DEPORT,
    # "the temporary removal of residents", "offered two exit routes", "to head for the border"
    "removal", "departure", "exit route", "escape route", "head for", "head to",
    # "told people to cross into Russia", "urged families to relocate"
    "relocate", "relocating", "cross into", "cross over", "cross the border",
    # "cars were trickling out", "the buses could not get through"
    "trickl", "get through", "got through", "getting through",
    # "300 people have been placed in temporary accommodation", "patients are being transferred"
    "placed", "housed", "accommodated", "transferred", "reached", "arrived in", "made it",
    # "buses were taking people from Kupiansk to Kharkiv"
    "take", "took", "taking", "moving",
    # "the city will lay on buses to Uman", "organising buses to Crimea"
    "lay on", "buses to", "buses for", "trains to", "coaches to",
    # the occupation's word for it: "the organized departure of residents"
    "organized departure", "organised departure",
    # "would be offered exit towards X", "given a way out", "crossed by ferry from the right bank"
    "exit", "way out", "crossed",
    # "crews could not get into Avdiivka to rescue the wounded", "to bring people out"
    "bring", "rescue",
    # "the column was travelling from Sumy", "could join the convoy"
    "travel", "heading", "its way", "their way", "join",
    # "the daily train from Pokrovsk was running"
    "running", "operating",
    # "buses go every Tuesday from Ochakiv to Mykolaiv", "trains run daily from Kramatorsk"
    "buses go", "buses run", "trains go", "trains run", "buses leave", "trains leave", "to run",
    # "a bus still goes to Mykolaiv each morning", "the town runs buses to Zaporizhzhia"
    "bus goes", "bus runs", "bus leaves", "train goes", "train runs", "train leaves", "bus still",
    "train still", "runs buses", "run buses", "ran buses",
    # "is being cleared of civilians", "Ukraine has agreed to the Mariupol route"
    "cleared of", "emptied of", "clearing of", "agreed to the", "agreed on the",
    # "letting through only a few hundred vehicles a day"
    "letting", "let only", "let a few", "let about", "lets only", "let through",
    "trains are leaving", "buses are leaving",
    # "not allowing buses into Mariupol"
    "resettled", "not allowing", "not letting", "refused to let", "refuse to let", "refuses to let",
    "not let", "n't let", "n’t let",
    # "the convoy was turned back at a checkpoint", "its team had to turn back", "buses had not
    # been allowed to enter the town"
    "turned back", "turned away", "turn back", "turn around", "not allowed", "not been allowed",
    "denied entry", "denied access",
    # "Russia announced a humanitarian pause in Mariupol from Saturday"
    "humanitarian pause", "humanitarian route",
    # "no bus had been able to reach Rubizhne", "buses could not get into Popasna"
    *_NO_WAY_IN_VERBS,
    # "buses to Mykolaiv were available on request", "making their own way out by car"
    "available", "on their own", "own means", "own way", "by car", "private car", "own cars",
    # "the city runs free buses to Odesa", "laid on special trains"
    "free bus", "free train", "free coach", "free transport", "special train", "special bus",
    "extra train", "extra bus", "additional train", "additional bus", "runs free", "laid on",
    "lays on", "laying on", "offering free", "offers free", "offered free", "provides free",
    "provided free", "providing free",
    # "there is no safe route across the front line", "no way, he said, for them to leave"
    *_NO_ROUTE_WORDS,
    # "urged the elderly and families with children to go"
    "to go",
)  # fmt: skip


# words each pattern cannot match without
_POP_WORDS = {
    "military": ("soldiers", "troops", "servicemen", "fighters", "defenders", "units", "garrison",
                 "combatants", "marines", "military personnel"),
    "injured": ("injured", "wounded", "sick", "casualties", "patients"),
    "civilians": ("civilian", "resident", "people", "families", "child", "women", "elderly",
                  "population", "inhabitants", "locals", "refugees", "evacuees", "citizens",
                  "everyone", "anyone", "everybody", "those", "passengers", "students"),
}  # fmt: skip
_CIVIL_TRAFFIC_WORDS = ("cars", "buses", "convoy", "evacuation train", "departure", "volunteers",
                        "free train", "special train", "extra train", "additional train",
                        "free coach", "free minibus", "free transport", "special coach",
                        "accommodation", "reception", "pause", "truce")  # fmt: skip
_FORCES = ("units", "troops", "forces", "soldiers", "army", "military", "servicemen", "fighters",
           "garrison")  # fmt: skip
_WITHDREW = ("left", "withdr", "pulled out", "retreated", "to leave", "pull out")
_NOT_EVAC_WORDS = ("grain", "export", "shipping", "ships", "vessels", "food", "cargo", "maritime",
                   "sea", "naval", "trade")  # fmt: skip


def _word_bits(gates: list[tuple[str, ...]]):
    """A function telling which of ``gates`` (tuples of words) a text contains: bit ``i`` of its
    answer is set when a word of ``gates[i]`` is a substring of the text. One Aho-Corasick pass
    answers every gate of a sentence at once."""
    bits: dict[str, int] = {}
    for i, words in enumerate(gates):
        for w in words:
            bits[w] = bits.get(w, 0) | bit(i)
    automaton = word_automaton(bits.items())

    def found(text: str) -> int:
        out = 0
        for _, b in automaton.iter(text):
            out |= b
        return out

    return found


_EVAC_GATES: dict[tuple[str, ...], int] = {}  # the word gates of this section, by bit number


def _need(*gates: tuple[str, ...]) -> int:
    """The bits :func:`_evac_words` sets when a text holds a word of each of ``gates``."""
    bits = 0
    for words in gates:
        bits |= bit(_EVAC_GATES.setdefault(words, len(_EVAC_GATES)))
    return bits


_B_EVAC_GATE = _need(_EVAC_GATE)
_B_NOT_EVAC = _need(("corridor",), _NOT_EVAC_WORDS)
_B_RUSSIA = _need(("russia",))
_B_CEASEFIRE = _need(("ceasefire",))
_B_CIVIL_TRAFFIC = _need(_CIVIL_TRAFFIC_WORDS)
_B_FORCE_LEFT = _need(_FORCES, _WITHDREW)
_B_MILITARY = _need(_POP_WORDS["military"])
_B_INJURED = _need(_POP_WORDS["injured"])
_B_CIVILIANS = _need(_POP_WORDS["civilians"])
_B_POSS_REQUEST = _need(("'s", "’s"), ("request", "call", "appeal", "demand", "proposal", "offer"))
_PART_BITS = [(_need(*gates), rx) for gates, rx in _EVAC_PARTS]
# (bits, status, pattern), a status split into branches taking one entry per branch
_STATUS_BITS = [
    (_need(gate, *words), st, rx)
    for (st, branches), gate in zip(_EVAC_STATUS, _EVAC_STATUS_GATES, strict=True)
    for words, rx in (branches if isinstance(branches, list) else [((), branches)])
]
# (the patterns whose scan is slow, opening with lookbehinds or with many branches, searched
# from word starts only when every branch opens a word)
_STATUS_BITS = [
    (need, st, word_start(rx, slow_only=True) if rx is not _POSSIBLE else rx)
    for need, st, rx in _STATUS_BITS
]
# found & _B_EVAC_GATE of _evac_words, in a scan that stops at the first word
_has_evac_gate = contains_any(list(_EVAC_GATE))


def _may_evacuate(s: str, low: str, gates: int) -> bool:
    """Can :func:`_evac_rows` give sentence ``s`` a row? ``low``: ``s.lower()``, ``gates``: its
    :data:`_SENTENCE_GATES`. No when the sentence holds no word of :data:`_EVAC_GATE`: the first
    test of ``_evac_rows`` returns None then, so the main loop skips the call (and the fallback
    place it would look up for it). A lower case of another length is left to ``_evac_rows``
    (it then tests :func:`lower`, not ``low``)."""
    return len(low) != len(s) or bool(gates & _B_EVAC_GATE)


# where a place sits in the words before it: the place people go to ...
_TO_BEFORE = compile_fast(
    # (not those appealed to: "appealed to residents of Bakhmut to leave")
    # (nor the area a removal is widened to: "the departure would be extended to Oleshky")
    r"\b(?:(?<!\bappealed\s)(?<!\bappeal\s)(?<!\bappeals\s)(?<!\bappealing\s)"
    r"(?<!\bextended\s)(?<!\bexpanded\s)(?<!\bwidened\s)"
    # ("buses were unable to enter Soledar": the town people are in)
    # (nor where it lies: "residential buildings next to Azovstal", "villages close to X")
    r"(?<!\bnext\s)(?<!\bclose\s)(?<!\bnear\s)(?<!\badjacent\s)"
    # (nor what is agreed to: "Ukraine has agreed to the Mariupol route")
    r"(?<!\bagreed\s)(?<!\bagree\s)(?<!\bagrees\s)"
    r"to(?!\s+(?:leave|evacuate|flee|escape|exit|go|get|enter)\b)|towards?|into|"
    # (not a name: "Krasnoarmeysk, the Soviet-era name Moscow still uses for Pokrovsk")
    r"(?<!\bname\s)(?<!\bnames\s)(?<!\buses\s)(?<!\bused\s)(?<!\buse\s)"
    # (not the place an order covers: "an evacuation was ordered for Kupiansk")
    r"(?<!\bordered\s)(?<!\border\s)(?<!\borders\s)(?<!\bdeclared\s)(?<!\bannounced\s)"
    r"(?<!\bissued\s)"
    # (nor the place a corridor is settled for: "no corridor had been agreed for Balakliia")
    r"(?<!\bagreed\s)(?<!\bplanned\s)(?<!\barranged\s)"
    # (nor the place a corridor is for: "asked for a separate corridor for Okhtyrka")
    r"(?<!\bcorridor\s)(?<!\bcorridors\s)(?<!\bcorridor\"\s)(?<!\bcorridor”\s)"
    r"(?<!\bcorridors\"\s)(?<!\bcorridors”\s)for|"
    r"in the direction of|reach(?:ed)?|arrived\s+(?:safely\s+|finally\s+)?in)\s+"
    # (not a place left in the words between: "safe passage for buses leaving Mariupol", "the
    # corridor to Zaporizhzhia from Mariupol", "called for the evacuation of Pokrovsk")
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}(?<!\bleaving\s)(?<!\bleave\s)(?<!\bfleeing\s)"
    r"(?<!\bfrom\s)(?<!\bout\sof\s)(?<!\bevacuation\sof\s)(?<!\bevacuations\sof\s)"
    r"(?<!\bresidents\sof\s)(?<!\bpeople\sof\s)(?<!\bcivilians\sof\s)"
    # (nor those spoken to: "we say to people in Bakhmut: leave")
    r"(?<!\bresidents\sin\s)(?<!\bpeople\sin\s)(?<!\bcivilians\sin\s)(?<!\bthose\sin\s)"
    r"(?<!\beveryone\sin\s)$"
    # where evacuees are brought: "taken to a reception point in Zaporizhzhia", "bussed to
    # temporary shelters in Poltava" (the place of the centre, not the centre)
    r"|\bto\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:centres?|centers?|points?|camps?|shelters?|"
    r"facilit(?:y|ies)|hubs?)\s+(?:in|at)\s+$"
    # ... or the wounded: "taken to a hospital in Dnipro" (not "to another hospital in Sumy":
    # moved within the town)
    r"|\bto\s+(?:an?\s+|the\s+)?(?!another\b)(?:[\w-]+\s+){0,2}?hospitals?\s+in\s+(?:the\s+)?$"
    # where evacuees are lodged: "placed in temporary accommodation centres in Stary Oskol"
    r"|\baccommodation\s+(?:centres?|centers?|facilit(?:y|ies)|points?)\s+(?:in|at)\s+$"
    # ... "taken to temporary accommodation in Belgorod region" (the accommodation itself)
    r"|\bto\s+(?:temporary\s+)?(?:accommodation|housing|dormitories|hostels?)\s+in\s+(?:the\s+)?$"
)
# a place a way out is for, or where the buildings people leave lie: 'no agreed "green corridor"
# for Chernihiv', "brought out of residential buildings next to Azovstal"
_NEXT_TO_FROM = (
    r"|\bcorridors?[\"”]?\s+for\s+(?:the\s+)?$"
    # "no corridor had yet been agreed for Balakliia"
    r"|\bcorridors?\b[^.;]{0,30}?\b(?:agreed|planned|arranged)\s+for\s+(?:the\s+)?$"
    r"|\b(?:from|out\s+of)\s+(?:[\w'’-]+\s+){0,4}?(?:next|close|adjacent)\s+to\s+(?:the\s+)?$"
)
# ... or the place they leave
_ORIGIN_BEFORE = compile_fast(
    r"\b(?:from|out of|leave|leaving|left|in|at|inside|under|around|near|(?:residents|people|"
    r"inhabitants|citizens|civilians|population)\s+of)\s+(?:the\s+)?"
    # "from there to Zaporizhzhia": a place after "to" is where people go
    # ("residents of two border villages, Zhuravlevka and Nekhoteevka")
    r"(?:(?!(?:to|towards|into)\s)[\"“]?[\w'’-]+[\"”]?,?\s+){0,3}$"
    r"|\bevacuations?\s+of\s+(?:the\s+)?$" + _NEXT_TO_FROM
)
# the part of _ORIGIN_BEFORE that names leaving outright (not a mere "in", "at", "near")
_STRONG_ORIGIN = compile_fast(
    r"\b(?:from|out of|leave|leaving|left|(?:residents|people|inhabitants|citizens|civilians|"
    # ('residents of "liberated" Ugledar': a word in scare quotes too)
    r"population)\s+of)\s+(?:the\s+)?(?:(?!(?:to|towards|into)\s)[\"“]?[\w'’-]+[\"”]?,?\s+){0,3}$"
    # "the evacuation of Shebekino" (the place right after it)
    r"|\bevacuations?\s+of\s+(?:the\s+)?$" + _NEXT_TO_FROM
)
# a named instance of unnamed places people leave: "out of 18 villages near the front line,
# among them Vovchansk", "from border districts, including the town of Sudzha"
_AMONG_FROM = compile_fast(
    r"\b(?:from|out of)\s+[^.;]{0,70}?,?\s+(?:among them|including|such as)\s+"
    r"(?:the\s+(?:town|city|village|settlement)s?\s+of\s+)?$"
)
# an origin cue a later "from" place outranks: a spot nearby, or the seat of officials
_YIELDING_ORIGIN = compile_fast(
    # (an office where officials sit: "head of the defence control centre in Moscow", "the
    # ministry in Kyiv", "its headquarters in Donetsk")
    r"(?:\b(?:near|around|at)|\b(?:authorities|officials|administration|government|council|"
    r"governor|police|leaders?|command|centre|center|headquarters|ministry|office|agency|"
    r"committee|department|staff)\s+(?:\w+\s+){0,2}?(?:in|at))\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
# residents choosing to stay or go: "who refuse to go", "residents who agreed to leave"
_PEOPLE_CHOICE = compile_fast(
    r"\b(?:who|residents|people|civilians|elderly|many|some|others|families)\s+(?:\w+\s+)?"
    r"(?:refus\w*|agreed|agree|declin\w*)\s+to\s+(?:go|leave|evacuate|be\s+evacuated|stay)\b"
    # "crews take out those who agree": the going is understood
    r"|\b(?:those|anyone|people|residents)\s+who\s+(?:agree|agreed|refuse|refused)\b"
    r"(?!\s+(?:to\s+(?:a|an|the)|on|with|that)\b)"
    # "where they agree, we take them out": "they" the residents, at their choice
    r"|\b(?:where|if|when|once|as\s+long\s+as)\s+they\s+(?:agree|refuse)\b"
    r"(?!\s+(?:to\s+(?:a|an|the)|on|with|that)\b)"
)
# the speaker as the one asking: "we call on", "He again urged them to leave"
_WE_BEFORE = compile_fast(r"\s*(?:we|I|[Hh]e|[Ss]he)\b")
# asks that are no call to leave: "urged those who fled not to return yet", "Asked whether the
# town would hold, he said ..." (a reporter's question)
_NOT_A_REQUEST = compile_lower(
    # (not a call to go that adds a call to stay away: "urged residents to leave and not to
    # return until the shelling stops")
    r"\b(?:asked|asks|urged|urges|told|tells|called on|calls on|appealed to)\s+"
    r"(?:(?!to\s+(?:leave|evacuate|flee|get\s+out)\b)\w+\s+){0,6}?"
    r"not\s+to\s+(?:return|come back|go back|come home|go home)\b|(?:^|[,;]\s*)asked\s+(?:\w+\s+){0,3}?"
    r"(?:whether|if|about|how|what|why|when|who)\b"
    # a meeting asked for: "the Council met at the request of France"
    r"|\b(?:convened|called|held|summoned|met|meeting|session)\s+(?:\w+\s+){0,2}?at\s+the\s+"
    r"request\s+of\b"
    # a passenger's instruction, no call to leave: "trains run today, and passengers are asked
    # to follow announcements at the stations"
    r"|\b(?:are|is|were|was|been)\s+(?:also\s+)?asked\s+to\s+(?!(?:leave|evacuate|go|move|get|flee|"
    r"depart|board|register|relocate|head|pack|take|use)\b)\w+"
)


def _no_request(low: str, rx: re.Pattern) -> bool:
    """Are all the request words of ``low`` (matches of ``rx``) inside asks that are no call to
    leave (:data:`_NOT_A_REQUEST`)?"""
    spans = [m.span() for m in _NOT_A_REQUEST.finditer(low)]
    return bool(spans) and all(any(a <= m.start() < b for a, b in spans) for m in rx.finditer(low))


# where people leave when no place is named: "from the frontline villages", "out of border
# areas", "had left the border districts", "residents of the riverside villages", "out of
# several shelled villages", "from settlements under fire"
# an origin named by its kind only ("front-line towns", "border villages"), as _UNNAMED_ORIGIN
# gives it
_UNNAMED_KIND = compile_fast(r"\b(?:villages|towns|areas|zones|districts|settlements|communities)$")
_UNNAMED_ORIGIN = compile_fast(
    r"\b(?:from|out of|leave|leaving|left|"
    r"(?:residents|people|inhabitants|families|population)\s+of)\s+(?:the\s+)?"
    r"(?:(?:several|some|many|a number of|dozens of|those|these|\d+)\s+)?"
    r"(?P<np>(?:(?:frontline|front-line|border|combat|"
    r"occupied|besieged|shelled|nearby|surrounding|outlying|neighbouring|neighboring|"
    r"frontier|embattled|contested|active|riverside|riverbank|exposed|closest|nearest)\s+)"
    r"(?:villages|towns|areas|zones|districts|"
    r"settlements|communities|territories|strip)"
    r"|(?:villages|towns|settlements|communities|areas)\s+under\s+(?:fire|shelling|attack|"
    r"bombardment))\b"
)
# the town people leave named by its kind, as what is left, emptied or reached: "evacuation of
# the city", "could not reach the town", "about half of the town's residents had left"
_CITY_LEFT = compile_fast(
    r"\b(?:from|out\s+of|leave|leaving|left|evacuat\w*(?:\s+of)?|reach|reached|enter|entered|"
    r"(?:residents|people|inhabitants|population)\s+of)\s+the\s+(?:[\w-]+\s+)?"
    r"(?:city|town|village)\b(?![’']s\s+(?:hospitals?|outskirts|edge)\b)"
    r"(?!\s+(?:of|cent(?:re|er)|council|hall|administration|authorities|limits)\b)"
    r"|\bthe\s+(?:city|town|village)['’]s\s+(?:remaining\s+)?(?:residents|population|"
    r"inhabitants|people)\b"
)
# a place named for its rulers: "without the participation of the Kyiv authorities"
_RULERS_AFTER = compile_fast(
    r"\s+(?:authorities|government|officials|regime|leadership|side|forces|troops|army|military)\b"
)


# where people go, right before the place: "took families to Dnipro", "buses for Zaporizhzhia"
_GO_TO_BEFORE = compile_fast(r"\b(?:to|towards?|into|for|reached)\s+(?:the\s+)?$")


def _town_named_before(s: str, places: list[dict], at: int, skip: set[str | None]) -> str | None:
    """The settlement of ``s`` named last before offset ``at`` that a later "the town" can stand
    for: not one of ``skip`` (where people go), not a stop on the way ("through Vasylivka"),
    not an actor or a place named for its rulers ("the Kyiv authorities")."""
    for p in reversed(places):
        if p["rs"] >= at or p["kind"] != "settlement" or p["name"] in skip:
            continue
        before = s[max(0, p["rs"] - 40) : p["rs"]]
        if (
            _is_actor(p, s)
            or _RULERS_AFTER.match(s, _mention_end(p))
            or ("via" in before or "through" in before)
            and _VIA_BEFORE.search(before)
            or _GO_TO_BEFORE.search(before)
        ):
            continue
        return p["name"]
    return None


# a relative clause of leaving that a place heads: "X, from which residents were evacuated"
# the far end of a link: "the bridge that linked us with Kyiv", "connecting the town to X"
_LINKED_WITH_BEFORE = compile_fast(
    r"\b(?:link|links|linked|linking|connect|connects|connected|connecting)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:with|to)\s+(?:the\s+)?$",
    re.I,
)
_FROM_WHICH_AFTER = compile_fast(r",?\s+(?:from|out\s+of)\s+which\b")
# a body's place of work, not where people leave: "the regional administration, which works
# from Mykolaiv", "the council, which is now based in Zaporizhzhia"
_WORKS_FROM_BEFORE = compile_fast(
    r"\b(?:which|that|who)\s+(?:now\s+)?(?:works?|operates?|sits?|is\s+(?:now\s+)?based)\s+"
    r"(?:from|in|out\s+of)\s+$"
)
# transport coming from a place to fetch people: "on buses sent from Kharkiv" (where they go)
_SENT_FROM = compile_fast(
    r"\b(?:buses|trains|vehicles|transport|convoys?|ambulances)\s+(?:\w+\s+)?(?:sent|dispatched|"
    r"coming|arriving)\s+from\s+(?:the\s+)?$"
)

# a district named by a word the gazetteer may not know: "residents of the Belovsky district"
_NAMED_DISTRICT = compile_fast(
    r"\b(?:residents|people|inhabitants|population|villages|from|out of|leave|leaving)\s+(?:of\s+)?"
    r"the\s+(?P<name>[A-Z][\w'’-]+)\s+(?P<kind>district|community)\b"
)
# inside an appositive of kind, locating the place before it: ", a town 60 km north of",
# ", a small town in"
_IN_APPOSITIVE_BEFORE = compile_fast(
    r",\s+an?\s+(?:[\w'’-]+\s+){0,2}?(?:village|town|city|settlement|port|suburb)\b[^,;.]{0,50}?"
    r"\b(?:in|near|of|outside)\s+(?:the\s+)?$"
)
# a river bank as the apposition of the town before it: "In Lysychansk, on the high right bank,"
_ON_BANK_APPOSITIVE = compile_fast(r"\w,\s+on\s+(?:the|its)\s$")
# a stop on the way: "via Berdiansk", "through the Vasylivka checkpoint"
_VIA_BEFORE = compile_fast(r"\b(?:via|through)\s+(?:the\s+)?$")
# a stop where evacuees are processed on their way: "processed at a reception point in
# Bezimenne", "held at a filtration camp near Dokuchaievsk"
# A checkpoint on the road is a stop too, not where people leave: "turned back at Russian
# checkpoints near Tokmak", "queued for days at the checkpoint in Polohy"
_STOP_BEFORE = compile_fast(
    r"\b(?:(?:reception|filtration|transit|registration|processing)\s+(?:points?|centres?|"
    r"centers?|camps?|hubs?)|check-?points?)\s+(?:in|at|near|outside)\s+(?:the\s+)?"
    r"(?:village\s+of\s+)?$"
)
# a road named by a place it leads to: "along the Romanivka road", "on the Zhytomyr highway"
_ROAD_AFTER = compile_fast(r"\s+(?:road|highway|motorway)\b")
_ALONG_BEFORE = compile_fast(r"\b(?:along|on|by|down|up)\s+the\s+$")
# the rescuers' way in, not the evacuees' way out: "turned back on the way to Mariupol"
_WAY_TO_BEFORE = compile_fast(r"\bway\s+(?:to|into)\s+(?:the\s+)?$")
# the city people leave named by its kind: "out of the besieged city"
_OUT_OF_THE_TOWN = compile_fast(
    r"\b(?:out of|leave|leaving|left)\s+the\s+(?:[\w-]+\s+)?(?:city|town|village)\b"
)


# a bank of a river people leave or go to: "residents of the right (west) bank", "to the left bank"
_BANK = compile_fast(
    r"\b(?P<cue>of|on|from|along|leave|leaving|left|to|for|towards|into)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<side>right|left|west|western|east|eastern)"
    r"(?:\s+\((?:west|western|east|eastern)\))?[\s-]+bank\b",
    re.I,
)
_BANK_SIDE = {"western": "west", "eastern": "east"}


def _worded_origin(
    s: str, low: str, destination: str | None, origin: str | None = None
) -> tuple[str | None, str | None]:
    """``origin`` and ``destination`` filled from places named in words, not from the gazetteer:
    a district it may not know, a bank of a river."""
    if origin is None and ("district" in low or "community" in low):
        # "residents of the Belovsky district would also be moved": a district the gazetteer
        # does not know is still the place named
        m = _NAMED_DISTRICT.search(s)
        origin = f"{m.group('name')} {m.group('kind')}" if m else None
    if "bank" in low:
        # "residents of the right bank had been moved out", "urged people on the right bank to
        # leave for the left bank": a river's bank is where people leave or go
        origin, destination = _banks(s, origin, destination)
    return origin, destination


def _banks(s: str, origin: str | None, destination: str | None) -> tuple[str | None, str | None]:
    """``origin`` and ``destination`` with a bank of a river (:data:`_BANK`) filling the one the
    sentence names no place for."""
    # a bank left outright before one people are merely on: "authorities on the left bank said
    # they had completed the relocation of civilians from the right bank"
    found = sorted(_BANK.finditer(s), key=lambda m: m.group("cue").lower() in ("on", "along"))
    for m in found:
        if m.group("cue").lower() == "on" and _ON_BANK_APPOSITIVE.search(s, 0, m.end("cue") + 5):
            # "In Lysychansk, on the high right bank, ...": the bank locates the town before it
            continue
        side = m.group("side").lower()
        bank = _BANK_SIDE.get(side, side) + " bank"
        if m.group("cue").lower() in ("to", "for", "towards", "into"):
            # (not "entry to the right-bank districts was closed": the bank as an adjective)
            if destination is None and origin != bank and "-bank" not in m.group(0):
                destination = bank
        elif origin is None or origin == destination:
            origin = bank
    return origin, destination


# (not a time: "who left border districts in August", "in recent weeks", "in 2022")
_LOCATED_AFTER = compile_fast(
    r"\s+(?:in|of|around|near|along)\b(?!\s+(?:(?:early|mid|late)[\s-]+)?(?:january|february|"
    r"march|april|may|june|july|august|september|october|november|december|recent|the\s+past|"
    r"the\s+last|the\s+first|the\s+(?:morning|evening|night|spring|summer|autumn|winter)|"
    r"\d{4}|spring|summer|autumn|winter)\b)",
    re.I,
)
# a move between buildings of one place: "transferred to other Kyiv hospitals", "to other
# Kharkiv shelters" (the place is where they leave as well as where they go)
_OTHER_BEFORE = compile_fast(r"\bto\s+(?:the\s+)?other\s+$")
_BUILDINGS_AFTER = compile_fast(
    r"\s+(?:hospitals|clinics|shelters|schools|dormitories|hotels|buildings|facilities|wards)\b"
)


# the words between a destination and a place that goes with it: "to Pavlohrad in Dnipropetrovsk
# oblast", "towards Sumy and Okhtyrka", "to Nova Kakhovka and to Henichesk"
_DEST_TAIL = compile_fast(
    r"(?:\s*,)?\s+(?:in|near|and|or)\s+(?:(?:then\s+)?(?:on\s+)?(?:to|towards|into)\s+)?"
    r"(?:the\s+)?$|,\s*$"
    # an appositive saying where it lies: "to Olenivka, a village in the occupied part of"
    r"|,\s+an?\s+(?:[\w'’-]+\s+){0,2}?(?:village|town|city|settlement|port)\s+(?:in|near)\s+"
    r"(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:part|side|area)\s+of\s+(?:the\s+)?)?$"
)
# a call to stay at home (blanked out: no evacuation words)
_STAY_HOME = compile_lower(
    r"\b(?:asked|asks|urged|urges|told|tells|called on|calls on|appealed to)\s+(?:\w+\s+){0,6}?"
    r"(?:not\s+to\s+leave\s+(?:their\s+|your\s+|the\s+)?(?:homes?|houses?|shelters?|basements?|"
    r"flats?)\b"
    # "urged families in the town to stay in shelters until a corridor was confirmed"
    r"|to\s+(?:stay|remain|shelter)\s+(?:in|at|inside)\s+(?:their\s+|your\s+|the\s+)?"
    r"(?:homes?|houses?|shelters?|basements?|cellars?|flats?)\b[^.;]*"
    # a call to those gone to stay away: "asked residents who had left not to return yet",
    # "urged people who fled not to come back until the mines are cleared"
    r"|not\s+to\s+(?:return|come\s+back|go\s+back)\b[^.;]*)"
    # the call in the modal or the imperative: "no one should leave shelters during alerts",
    # "residents must not leave their basements", "do not leave your homes after curfew"
    r"|\b(?:(?:no\s*-?\s*one|nobody)\s+(?:should|must|may|is\s+to)|(?:should|must|may)\s+not|"
    r"(?:shouldn|mustn)['’]t|do\s+not|don['’]t)\s+leave\s+(?:their\s+|your\s+|the\s+)?"
    r"(?:homes?|houses?|shelters?|basements?|cellars?|flats?)\b"
)
# an official's own departure told in a relative clause on him: "Mariupol mayor Vadym
# Boichenko, who has left the city, said", "the governor, who fled Sievierodonetsk in May,"
# (where the speaker is, not an evacuation)
_OFFICIAL_WHO_LEFT = compile_fast(
    r"\b(?i:mayor|governor|head|minister|chief|official|spokes(?:man|woman|person)|commander|"
    r"president|ombuds(?:man|woman|person)|deputy|lawmaker|MP)"
    r"(?:\s+[A-Z][\w'’-]+){0,3},\s+who\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:since\s+|already\s+|himself\s+|herself\s+|long\s+)?"
    r"(?:left|fled|moved\s+out\s+of|escaped(?:\s+from)?)\b[^,;.]{0,60},"
)
# a reaction to reports the speaker does not vouch for: "had heard the reports of residents
# being taken to Russia and that, if true, it would be unconscionable"
_HEARD_REPORTS = compile_lower(
    r"\b(?:heard|seen|read|aware\s+of)\s+(?:the\s+|these\s+|those\s+|such\s+)?"
    r"(?:reports?|claims?|allegations?|accounts?)\b"
)
_IF_TRUE = ("if true", "if confirmed", "if accurate", "if verified", "if they are true",
            "if they were true", "if that is true", "if it is true", "if proven")  # fmt: skip
# people a place has taken in: "Lviv, which has taken in hundreds of thousands of people fleeing
# the fighting", "now home to thousands who fled the east" (hosts of the displaced, no
# evacuation told)
_HOSTS_FLED = compile_lower(
    r"\b(?:taken\s+in|took\s+in|takes\s+in|hosts?|hosted|hosting|sheltering|sheltered|"
    r"welcomed|home\s+to)\s+(?:[\w,-]+\s+){0,6}?(?:people|refugees|displaced|residents|"
    r"families|evacuees)?\s*(?:fleeing|who\s+(?:have\s+|had\s+)?fled)\b[^,;.]*"
)
# places that take evacuees in, opened where they arrive: "temporary accommodation centres have
# opened in Kursk and Kurchatov" (no corridor opened, no one leaving Kursk)
_HOST_CENTRES_OPENED = compile_lower(
    r"\b(?:accommodation|reception|registration|heating|aid|refugee|evacuee|transit)\s+"
    r"(?:centres?|centers?|points?|shelters?|camps?|hubs?|facilities)\s+(?:have\s+|has\s+|had\s+)?"
    r"(?:been\s+|also\s+)?(?:opened|set\s+up|established)\s+in\s+[^,;.]*"
)
# an evacuation of another era, dated by its year or its war: "after the 1986 reactor
# explosion, when 100,000 people were evacuated", "during the Second World War"
_OTHER_ERA = compile_lower(
    r"\b(?:in|after|since|during|of|by)\s+(?:the\s+)?(?P<year>1[89]\d\d|20[0-4]\d)\b"
    r"|\b(?:second\s+world\s+war|world\s+war\s+(?:ii|two|2)|great\s+patriotic\s+war|"
    r"soviet\s+(?:era|times))\b"
)
_NOW_WORDS = compile_lower(r"\b(?:now|again|today|tonight|currently|this\s+(?:week|month|year))\b")
# a call not to return that also tells people to go is kept: "urged residents to leave and not
# to return until the shelling stops"
_LEAVE_AND_STAY_AWAY = compile_lower(
    r"\bto\s+(?:leave|evacuate|flee|get\s+out|go)\b[^.;]{0,40}?\band\s+not\s+to\s+(?:return|come)"
)
# an evacuation denied (blanked out: no evacuation words): "the city was not being evacuated",
# "there are no plans to evacuate the town", "nobody is being forced to leave"
_NO_EVACUATION = compile_lower(
    # (not a way out blocked: "the wounded were not being evacuated because of the shelling",
    # nor a destination refused: "would not be evacuated into Russia")
    r"\b(?:(?:is|was|are|were)\s+not\s+being\s+evacuated"
    r"(?![^.;]{0,40}?\b(?:because|due to|as|since|amid|owing to|to|into|towards)\b)|"
    # (but "there is no need to evacuate X", said by who holds it, is an evacuation refused)
    r"no\s+(?:plans?|intention)\s+to\s+(?:evacuate|relocate|leave)|"
    # the dead counted among those who fled is a casualty report: "four civilians trying to
    # leave by car were killed", "a family was shot while fleeing the village"
    r"(?:trying|attempting)\s+to\s+(?:leave|flee|escape|get\s+out)\b[^.;]{0,50}?\b(?:were|was|"
    r"had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|shot)|"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|"
    r"shot)\s+(?:\w+\s+){0,3}?(?:while|when|as)\s+(?:they\s+|he\s+|she\s+)?(?:were\s+|was\s+)?"
    r"(?:trying\s+to\s+(?:leave|flee|escape)|fleeing|leaving|escaping)[^.;]*|"
    # a fake denied: "warned people not to believe fake messages about an evacuation of the
    # city", "denied rumours of an evacuation", "dismissed false reports that X was evacuated"
    r"(?:fake|false|untrue|bogus)\s+(?:\w+\s+)?(?:messages?|reports?|news|claims?|rumou?rs?|"
    r"posts?|information)\s+(?:about|of|on|that)\s+[^.;]{0,60}?\bevacuat[^.;]*|"
    r"(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted|refutes)\s+(?:the\s+)?"
    r"(?:\w+\s+)?(?:rumou?rs?|reports?|claims?)\s+(?:about|of|on|that)\s+[^.;]{0,60}?"
    r"\bevacuat[^.;]*|"
    # "there is no decision on evacuating the centre", "he did not announce any evacuation of
    # the city", "no evacuation order has been issued"
    r"no\s+(?:decision|order|orders)\s+(?:yet\s+)?(?:on|to|about|for)\s+(?:an?\s+|the\s+)?"
    r"(?:evacuat\w*|relocat\w*)|"
    r"(?:did|does|do|has|have|had)\s+not\s+(?:yet\s+)?(?:announce|announced|order|ordered|declare|"
    r"declared|call\s+for|called\s+for)\s+(?:any|an|a)\s+(?:\w+\s+)?evacuations?|"
    r"(?:nobody|no\s+one)\s+(?:is|was|will\s+be)\s+(?:being\s+)?(?:forced|made|required)\s+to\s+"
    r"(?:leave|evacuate|move)|"
    # people named by a going long past, as those a service is for: "a hotline for people who
    # have already left", "payments to families who had fled"
    r"(?:for|to|with)\s+(?:the\s+)?(?:people|those|residents|civilians|families|everyone|anyone)\s+"
    r"who\s+(?:have|had|has)\s+(?:already\s+)?(?:left|fled)|"
    # those who left, named by what they may do now: "residents who left earlier for Nizhyn can
    # register as displaced persons", "people who fled may apply for payments"
    r"(?:people|those|residents|civilians|families|everyone|anyone)\s+who\s+(?:have\s+|had\s+|"
    r"has\s+)?(?:already\s+|earlier\s+)?(?:left|fled)\b[^.;]{0,60}?\b(?:can|could|may|should|"
    r"will\s+be\s+able\s+to|are\s+(?:eligible|entitled)\s+to)\s+(?:\w+\s+)?(?:register|apply|"
    r"receive|claim|obtain|contact)\b[^.;]*|"
    # who those gone are: "many of those who have left are older people and people with
    # disabilities" (not "most of those who left were taken to Dnipro")
    r"(?:many|most|some|half|all|the\s+majority)\s+of\s+(?:those|the\s+(?:people|residents|"
    r"evacuees|civilians))\s+who\s+(?:have\s+|had\s+)?(?:left|fled|been\s+evacuated)(?:\s+[\w'’-]+){0,3}?\s+"
    r"(?:are|were)\s+"
    r"(?:\w+\s+)?(?:older|elderly|women|children|people|pensioners|families|mothers|from)\b[^.;]*|"
    # a denial by name: "men leaving Russia, not an evacuation", "a maritime corridor for
    # cargo, not a humanitarian corridor for people"
    # (not "there is no humanitarian corridor", "no evacuation is possible": a way out denied)
    r"(?:,\s+|\b(?:is|was)\s+)not\s+an?\s+(?:humanitarian\s+corridor|evacuation)"
    r"(?:\s+(?:for|of)\s+(?:people|civilians))?)\b"
)
_NO_EVACUATION_WORDS = ("not being evacuated", "not a", "no plan", "who have", "who had", "who has",
                        "no need", "no reason", "no intention", "forced to", "made to",
                        "required to", "no decision", "no order", "not announce", "not order",
                        "not declare", "not call", "not yet", "killed", "wounded", "injured",
                        "shot", "those who", "register", "apply", "receive", "claim", "obtain",
                        "contact", "fake", "false", "untrue", "bogus", "rumour", "rumor",
                        "denie", "deny", "dismiss", "reject", "refute")  # fmt: skip
_B_NO_EVACUATION = _need(_NO_EVACUATION_WORDS)
# people gone from the country abroad, a refugee flow (blanked out): "have crossed from Ukraine
# into neighbouring countries", "fled Ukraine for Poland and Moldova", "left Ukraine for Europe"
_FLED_ABROAD = compile_lower(
    r"\b(?:fled|left|leaving|fleeing|escaped|crossed(?:\s+the\s+border)?\s+(?:from|out\s+of))\s+"
    r"ukraine\s+(?:(?:in)?to|for|towards)\s+(?:the\s+|other\s+)?(?:neighbou?ring\s+(?:countries|"
    r"states)|poland|moldova|romania|hungary|slovakia|europe|the\s+eu|european\s+union|"
    r"abroad|the\s+west)\b[^.;]*"
)
# the dead carried away are no evacuees: "the bodies were being taken to Kharkiv for
# identification", "the remains of 12 people were transferred to the morgue in Dnipro"
_BODIES_MOVED = compile_lower(
    r"\b(?:bod(?:y|ies)|remains|corpses|the\s+dead)\b(?:\s+of\s+[^.;,]{0,40}?)?\s+(?:(?:are|is|"
    r"were|was|had|have|has|been|being|will|would|be|then|later|all)\s+){1,3}(?:taken|moved|"
    r"transported|brought|sent|transferred|carried|driven|removed|handed\s+over)\b"
)
# an observer's caveat, to the end of its clause (blanked out: it reports no going): "ISW cannot
# independently verify the number of people who have left"
_CANNOT_VERIFY = compile_lower(
    r"\b(?:cannot|can\s+not|could\s+not|can['’]t|couldn['’]t|unable\s+to|not\s+able\s+to)\s+"
    r"(?:\w+\s+)?(?:verify|confirm|corroborate)\b[^.;]*"
    # the passive: "a figure that could not be verified"
    r"|\b(?:cannot|can\s+not|could\s+not|can['’]t|couldn['’]t)\s+be\s+(?:\w+\s+)?"
    r"(?:verified|confirmed|corroborated)\b[^.;]*"
    # what a speaker left unsaid is no statement: "did not say whether any evacuation from
    # there was planned", "would not say how many people had left"
    r"|\b(?:did|does|would|could)\s+not\s+(?:say|specify|disclose|reveal|indicate)\s+"
    r"(?:whether|if|how|when|where|why|what)\b[^.;]*"
    r"|\b(?:declined|refused)\s+to\s+(?:say|specify|disclose)\s+(?:whether|if|how|when|where)\b"
    r"[^.;]*"
    # what nobody knows yet: "it was unclear whether any convoy had left Izium", "it is not
    # known how many people got out"
    # (to the clause's end only: "it is not known how many remain in Mariupol, where the
    # evacuation goes on")
    r"|\b(?:unclear|not\s+(?:yet\s+)?(?:clear|known)|unknown)\s+(?:whether|if|how\s+many|how\s+much)\b"
    r"[^.;,]*"
)
_B_CANNOT_VERIFY = _need(
    ("verify", "verified", "confirm", "corroborate", "not say", "not specify", "not disclose",
     "not reveal", "not indicate", "to say", "to specify", "to disclose", "unclear", "not clear",
     "not yet clear", "not known", "not yet known", "unknown")
)  # fmt: skip
# the word gates of this section (by bit), each a substring test, all in one pass
_evac_words = _word_bits(list(_EVAC_GATES))


# the people of a place named before: "residents of the district", "people of the town"
_OF_THE_PLACE = compile_fast(
    r"\b(?:residents|people|inhabitants|population|civilians)\s+of\s+the\s+(?:district|town|"
    r"city|village|region|community|settlement|area)\b"
)
# the works people are brought out of, named by its kind: "taken out of the plant"
_OUT_OF_WORKS = compile_fast(
    r"\b(?:out of|from|leave|leaving|left)\s+the\s+(?:plant|steelworks|works|factory|complex)\b"
)
# the works named by its kind where people shelter or which they leave: "civilians sheltering in
# the plant's bunkers", "left the bunkers beneath the plant", "let civilians out of the plant"
_AT_WORKS = compile_fast(
    r"\b(?:out of|from|leave|leaving|left|in|inside|beneath|under|at)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:(?:beneath|under|of|in|inside)\s+the\s+)?"
    r"(?P<head>plant|steelworks|works|factory)(?:['’]s)?\b"
)


def _population(low: str, found: int, civ: bool | None = None) -> str | None:
    """Who leaves; ``civ``: whether ``low`` names civilians, if asked already."""
    mil = found & _B_MILITARY and _POP["military"].search(low)
    if not mil and found & _B_INJURED and _POP["injured"].search(low):
        return "injured"
    if civ is None:
        civ = bool(found & _B_CIVILIANS and _POP["civilians"].search(low))
    if mil:
        return "mixed" if civ else "military"
    return "civilians" if civ else None


# how occupation appointees are styled: "acting mayor", "Russian-installed head"
_APPOINTEE_WORDS = r"acting|interim|installed|appointed|occupation"
# a town's elected mayor in a role: "mayor of Okhtyrka", "Okhtyrka mayor" (the town's name,
# looked up in the gazetteer; not "head of the Kupiansk district administration", nor an
# appointee)
_LOCAL_OFFICE = compile_fast(
    rf"^(?!.*\b(?i:{_APPOINTEE_WORDS})\b)(?:.*?)(?:"
    r"\b[Mm]ayor\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?(?P<a>[A-Z][\w’-]+)"
    r"|\b(?P<b>[A-Z][\w-]+)(?:['’]s)?\s+(?:city\s+|town\s+)?[Mm]ayor\b)"
)


@lru_cache(maxsize=1024)
def _country_oblast(name: str) -> tuple[str | None, str | None] | None:
    """The country and oblast of the gazetteer's best entry for ``name`` (None: not found)."""
    try:
        from .gazetteer import lookup
    except ImportError:  # pragma: no cover - the gazetteer ships with the kit
        return None
    got = lookup(name)
    if got is None:
        return None
    oblast = got.get("oblast")
    return got.get("country"), oblast.lower() if isinstance(oblast, str) else None


def _elsewhere(name: str | None, region: dict) -> bool:
    """Does place ``name`` (a report's last origin) lie outside ``region`` (a place record), as
    far as the gazetteer tells? Unknown places and unknown oblasts count as inside."""
    if name is None:
        return True
    got = _country_oblast(name)
    if got is None:
        return False
    if got[0] != region.get("country"):
        return True
    b = region.get("oblast")
    return got[1] is not None and isinstance(b, str) and got[1] != b.lower()


# a place in an official's title: "mayor of Irpin", "head of the Mykolaiv regional
# administration", "Irpin mayor", "Bucha's mayor"
_SEAT_BEFORE = compile_fast(
    r"\b(?:mayor|governor|head|chief|administration|council)\s+of\s+(?:the\s+)?$", re.I
)
_SEAT_AFTER = compile_fast(
    r"(?:['’]s)?\s+(?:(?:city|regional|district|oblast|region|town|military)\s+)*"
    r"(?:mayor|governor|administration|council|head)\b",
    re.I,
)


def _is_seat(p: dict, s: str) -> bool:
    """Is place ``p`` of sentence ``s`` the seat an official's title names (:data:`_SEAT_BEFORE`,
    :data:`_SEAT_AFTER`)?"""
    end = _mention_end(p)
    if s[end : end + 1] == "-":
        return False  # "head of the Moscow-installed administration": a patron, not a seat
    return (
        _SEAT_BEFORE.search(s, max(0, p["rs"] - 30), p["rs"]) is not None
        or _SEAT_AFTER.match(s, end) is not None
    )


def _seat_elsewhere(name: str | None, seat: dict) -> bool:
    """Does place ``name`` (a report's last origin) lie outside ``seat``, the place a speaker's
    title names? A town's official speaks for that town, a region's for the region."""
    if seat["kind"] == "settlement":
        return name != seat["name"]
    return _elsewhere(name, seat)


# "the region" as where people go, not where they leave: "to leave for safer parts of the
# region", "to move elsewhere in the oblast", "relocated within the region"
_REGION_AS_DEST = compile_fast(
    r"\b(?:(?:to|for|towards|into)\s+(?:\w+\s+){0,2}?(?:parts|areas|places|districts|towns|"
    r"communities)\s+(?:of|in)|elsewhere\s+in|within)\s+the\s+(?:region|oblast|province)\b$"
)


# people in a struck building (a rescue), not people leaving a place
_RESCUE_WORDS = tuple(
    f"{p} the {w}" for p in ("under", "from", "out of") for w in ("rubble", "debris", "ruins")
)


def _back_fill_side(prev_ev: tuple | None, k: int, row: dict) -> None:
    """Give the unattributed row of a sentence just before ``row``'s (sentence ``k``) ``row``'s
    side when both speak of the same place: a quote the next sentence closes ("'Leave Siversk now.
    We will help with transport,' he wrote")."""
    if prev_ev is None or k - prev_ev[0] > 2 or prev_ev[1] is not None:
        return
    before = prev_ev[2]
    if before["claimed_by_side"] is None and before["origin"] == row["origin"]:
        before["claimed_by_side"] = before["body_side"] = row["claimed_by_side"]


def _item_label(s: str, p: dict) -> str | None:
    """The settlement ``p`` when sentence ``s`` is nothing but its name, as the label of an item
    in a roundup ("* Toretsk." before "The city's administration urged ... to leave")."""
    if p["kind"] != "settlement":
        return None
    bare = s.strip().strip("*•-–—#:. ").strip()
    return p["name"] if bare and bare == s[p["rs"] : _mention_end(p)].strip() else None


# a section label naming an axis: "Kharkiv direction: ..." (where the fighting is, not a place
# people leave)
_RUBRIC_AFTER = compile_fast(r"\s+(?:direction|axis|sector|front)\s*:", re.I)


def _drop_rubric(s: str, places: list[dict]) -> list[dict]:
    """``places`` without the place of an axis label ("Kupiansk axis: officials said Kivsharivka
    was fully evacuated"), unless it is the only place named."""
    kept = [p for p in places if not _RUBRIC_AFTER.match(s, _mention_end(p))]
    return kept if kept else places


# where a speaker speaks from: "told a briefing in Moscow", "a spokesman told Reuters in Geneva",
# "a spokesperson for the ICRC in Geneva said", "speaking in Brussels"
_VENUE_BEFORE = compile_fast(
    r"\b(?:speaking|briefing|conference|reporters|journalists|correspondents|Reuters|AFP|AP|BBC|"
    r"CNN|TASS|Interfax|Novosti|ICRC|UN|OCHA|UNHCR|Cross|headquarters|"
    r"spokes(?:man|woman|person))\s+(?:in|at)\s+$"
)
# a wire dateline opening the sentence: "KYIV/MOSCOW, March 8, 2022 - Buses ..."
_DATELINE_BEFORE = compile_fast(r"^\s*(?:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)?\s*/\s*)*$")


def _without_venues(s: str, places: list[dict]) -> list[dict]:
    """``places`` of ``s`` without the places a speaker speaks from (:data:`_VENUE_BEFORE`) or a
    wire dateline names, unless nothing else is named: "KYIV/MOSCOW, March 8 - buses pulled out
    of Sumy", "told a briefing in Moscow that Mariupol residents had been evacuated"."""
    kept = []
    for p in places:
        before = s[max(0, p["rs"] - 60) : p["rs"]]
        mention = str(p.get("mention") or "")
        dateline = (
            p["rs"] < 40
            and mention.isupper()
            and s[_mention_end(p) : _mention_end(p) + 1] in ("/", ",")
            and _DATELINE_BEFORE.match(s[: p["rs"]]) is not None
        )
        if not dateline and not _VENUE_BEFORE.search(before):
            kept.append(p)
    return kept if kept else places


def _blank(m: re.Match) -> str:
    """Spaces as long as the match ``m``: the replacement that blanks a match out of a text and
    keeps the offsets of the rest."""
    return " " * len(m.group(0))


def _blank_matches(s: str, low: str, rx: re.Pattern) -> str:
    """``s`` with every match of ``rx`` in its lower case ``low`` (of the same length) blanked
    out, so the offsets of what is left stay those of ``s``."""
    for m in rx.finditer(low):
        s = s[: m.start()] + " " * (m.end() - m.start()) + s[m.end() :]
    return s


# the ones a call is made to, named before it: "urged all of them to leave", "the elderly"
_CALLED_BACK = compile_lower(
    _CALL_VERB + r"(?:all\s+of\s+them|them\s+all|the\s+elderly|elderly\s+people)\b"
)
# a circumstance, not a request: "at the (personal) request of the President of France"
_AT_REQUEST_OF = compile_lower(
    r"\b(?:at|upon|on|following)\s+the\s+(?:[\w'’-]+\s+){0,2}?requests?\s+of\s+[^,;:.]{2,80}"
)


# "evacuated from Sudan": a place by name that the gazetteer does not hold
_FROM_NAME = compile_fast(
    r"\b(?:evacuated|evacuation|evacuating|evacuate|flown|airlifted|rescued|brought\s+home|"
    r"repatriated)\s+(?:\w+\s+){0,4}?(?:from|out\s+of)\s+(?:the\s+)?(?=[A-Z][a-z])"
)


def _from_unknown_place(s: str, places: list[dict]) -> bool:
    """Does ``s`` say people were evacuated from a named place that is none of ``places``
    ("a group of Ukrainians has been evacuated from Sudan")? Then it is not the town an
    earlier sentence named."""
    if "from" not in s and "out of" not in s:
        return False
    starts = {p["rs"] for p in places}
    return any(m.end() not in starts for m in _FROM_NAME.finditer(s))


# one evacuation word in scare quotes: 'people had been "evacuated" to Russia'
# (with its direction: "the museum pieces had been "evacuated" for safekeeping" is art taken)
_SCARE_QUOTED = compile_fast(
    r"[\"“](?=evacu\w*[\"”])(evacu\w*)[\"”](?=\s+(?:to|from|into|out)\b)", re.I
)


def _evac_rows(
    s: str,
    places: list[dict],
    side: str | None,
    last_origin: str | None,
    speaker: tuple[int, int] | None = None,
    sites: dict[str, str] | None = None,
    seat: dict | None = None,
    words: int | None = None,
    after_evac: bool = False,
) -> list[dict] | None:
    """Evacuation rows of a sentence; one per clause when clauses differ ("trains have left
    Pokrovsk, and buses are still collecting people from Kramatorsk"). ``speaker`` is the span
    of the speaker phrase: a region in it ("the governor of Donetsk oblast") is the speaker's
    title, not where people leave, unless the sentence comes back to it ("all residents of the
    region"). ``seat``: the place in the speaker's title when the speaker was named ("Irpin mayor"),
    where people leave if the sentence names no place. ``words``: :func:`_evac_words` of the
    sentence, if known. ``after_evac``: the report told of an evacuation before, so a
    service out running is its transport."""
    low = lower(s)
    if not (_has_evac_gate(low) if words is None else words & _B_EVAC_GATE):
        return None  # most sentences: one scan, before the words of every gate are collected
    if s.rstrip().endswith("?"):
        return None  # a question states nothing: "Is the centre now being evacuated?"
    if ("suspicious" in low or "bomb " in low or "alarm" in low) and _SECURITY_SCARE.search(low):
        # a building cleared for a scare is no wartime evacuation: "a suspicious package forced
        # the evacuation of a metro station for an hour"
        return None
    found = _evac_words(low) if words is None else words
    if '"evacu' in low or "“evacu" in low:
        # 'had been "evacuated" to Russia': a word in scare quotes is still the verb (the quote
        # marks, blanked, keep every offset)
        s = _SCARE_QUOTED.sub(r" \1 ", s)
        low = lower(s)
    if ":" in s:
        places = _drop_rubric(s, places)
    title = None  # the region of the speaker's title, where people leave if nothing else is named
    if speaker is not None and any(
        p["kind"] == "region" and speaker[0] <= p["rs"] < speaker[1] for p in places
    ):
        # (every "the region" after the title, if any, is where people go: "to safer parts
        # of the region"; the title's region is then only the fallback origin)
        if all(
            _REGION_AS_DEST.search(s, max(0, m.start() - 40), m.end()) is not None
            for m in _THE_REGION.finditer(s, speaker[1])
        ):
            title = next(
                p for p in places if p["kind"] == "region" and speaker[0] <= p["rs"] < speaker[1]
            )
            places = [
                p for p in places if p["kind"] != "region" or not speaker[0] <= p["rs"] < speaker[1]
            ]
    if speaker is not None:
        # "Rodion Miroshnik, an envoy of the Luhansk separatists in Moscow, said ...": a city
        # abroad in the speaker's title is where the speaker works, never where people leave
        places = [
            p
            for p in places
            if not (speaker[0] <= p["rs"] < speaker[1] and p.get("country") not in (None, "UA"))
        ]
    if len(places) > 1:
        places = _without_venues(s, places)
    if found & _B_NOT_EVAC == _B_NOT_EVAC and _NOT_EVAC.search(s):
        s = _NOT_EVAC.sub(_blank, s)
        low = lower(s)
        found = _evac_words(low)
    if (
        "not to leave" in low
        or "not leave" in low
        or "t leave" in low
        or "one should leave" in low
        or "body should leave" in low
        or "one must leave" in low
        or "body must leave" in low
        or " to stay" in low
        or " to remain" in low
        or " to shelter" in low
        or "not to return" in low
        or "not to come back" in low
        or "not to go back" in low
    ) and (_STAY_HOME.search(s) and not _LEAVE_AND_STAY_AWAY.search(low)):
        # a call to stay put is no call to leave: "urged residents not to leave their homes
        # while sappers clear the streets"
        s = _STAY_HOME.sub(_blank, s)
        low = lower(s)
        found = _evac_words(low)
    if found & _B_NO_EVACUATION and _NO_EVACUATION.search(low):
        # a denial is no evacuation: "the regional capital was not being evacuated" (blanked
        # where the lower-cased text matches: "Residents who left ... can register")
        if len(low) == len(s):
            s = _blank_matches(s, low, _NO_EVACUATION)
        else:
            s = _NO_EVACUATION.sub(_blank, s)
        low = lower(s)
        found = _evac_words(low)
    if (
        ("bod" in low or "remains" in low or "corpses" in low or "the dead" in low)
        and len(low) == len(s)
        and _BODIES_MOVED.search(low)
    ):
        s = _blank_matches(s, low, _BODIES_MOVED)
        low = lower(s)
        found = _evac_words(low)
    if any(w in low for w in _IF_TRUE) and _HEARD_REPORTS.search(low):
        # "she had heard the reports of X residents being taken to Russia and that, if true, it
        # would be unconscionable": the speaker reacts to reports, asserting no evacuation
        return None
    if ", who " in s and _OFFICIAL_WHO_LEFT.search(s):
        # "Mariupol mayor Vadym Boichenko, who has left the city, said ...": the speaker's own
        # whereabouts, no evacuation
        s = _OFFICIAL_WHO_LEFT.sub(_blank, s)
        low = lower(s)
        found = _evac_words(low)
    if (
        ("centre" in low or "center" in low or "point" in low or "shelter" in low)
        and len(low) == len(s)
        and _HOST_CENTRES_OPENED.search(low)
    ):
        s = _blank_matches(s, low, _HOST_CENTRES_OPENED)
        low = lower(s)
        found = _evac_words(low)
    if "fle" in low and _HOSTS_FLED.search(low) and len(low) == len(s):
        s = _blank_matches(s, low, _HOSTS_FLED)
        low = lower(s)
        found = _evac_words(low)
    if found & _B_CANNOT_VERIFY and _CANNOT_VERIFY.search(low):
        # what an observer cannot check is no report of going: "Reuters could not verify how
        # many had left"
        s = _CANNOT_VERIFY.sub(_blank, s)
        low = lower(s)
        found = _evac_words(low)
    if "ukraine" in low and _FLED_ABROAD.search(low):
        # a refugee count is no evacuation: "UNHCR says 360,000 people have crossed from
        # Ukraine into neighbouring countries"
        if len(low) == len(s):
            s = _blank_matches(s, low, _FLED_ABROAD)
        low = lower(s)
        found = _evac_words(low)
    if "request of" in low and len(low) == len(s):
        # "at the personal request of the President of France, ... announce the opening of
        # corridors": whose wish it met, no request the sentence makes
        s = _blank_matches(s, low, _AT_REQUEST_OF)
        low = lower(s)
        found = _evac_words(low)
    part = _evac_part(low, found)
    if part < 0:
        return None
    if (
        part == _NO_WAY_OUT_PART
        and _NO_WAY_OUT_FORCES.search(low)
        and not _POP["civilians"].search(low)
    ):
        return None  # "the Russian garrison in Lyman has no way out": troops cut off
    # the strong words' other branches are those parts, tried already
    strong = part < _N_STRONG_PARTS or found & _B_CEASEFIRE and _EVAC_STRONG.search(low)
    # whether the sentence names civilians: asked here of weak ones, kept for _population
    civ = None if strong else bool(found & _B_CIVILIANS and _POP["civilians"].search(low))
    if not strong and (
        not (
            civ
            # (the evacuation's own transport kept out: "no bus had been able to reach X")
            or part == _NO_WAY_IN_PART
            or part == _IMPERATIVE_PART
            or part == _NOBODY_PART
            # (a service on a timetable with its route carries people: "trains leave Kherson
            # for Khmelnytskyi every day")
            or part == _TIMETABLE_PART
            or part == _SERVICE_PART
            and _TIMETABLE_SERVICE.search(low) is not None
            or part == _ROUTE_OUT_PART
            and _ROUTE_BARGAINED.search(low) is not None
            # (those a checkpoint lets out are civilians: "letting through a few hundred cars")
            or part == _LET_THROUGH_PART
            or part == _AGREED_ROUTE_PART
            # (whom the call is to, named before: "300 people remain. He urged all of them to
            # leave before winter")
            or part == _CALL_PART
            and _CALLED_BACK.search(low) is not None
            or found & _B_INJURED
            and _POP["injured"].search(low)
            or found & _B_CIVIL_TRAFFIC
            and _CIVIL_TRAFFIC.search(low)
            # "(residents who want to leave can be taken to safer regions. ...) Trains from
            # Kherson are already running."
            or after_evac
            and _SERVICE_RUNNING.search(low)
            # "(buses had left Sievierodonetsk for Bakhmut.) Another column was waiting at the
            # edge of Rubizhne, but it could not set off": a column of the evacuation just told
            or after_evac
            and "column" in low
            and _CIVIL_COLUMN.search(low)
        )
        or found & _B_FORCE_LEFT == _B_FORCE_LEFT
        and _FORCE_LEFT.search(low)
    ):
        return None  # "its units had left Bucha" is a withdrawal, not an evacuation
    if not strong and any(w in low for w in _RESCUE_WORDS):
        # a struck building, no evacuation: "most people got out, but some are under the rubble"
        return None
    # "The Sumy regional administration said it ordered the evacuation of the border strip":
    # with no place of its own, the sentence speaks of the speaker's region
    # (the place the report spoke of before stays, if it lies in that region)
    if title is not None and _elsewhere(last_origin, title):
        last_origin = title["name"]
    elif title is None and seat is not None and _seat_elsewhere(last_origin, seat):
        # "Evacuation of the remaining residents is continuing, he said" (he: the Irpin mayor,
        # named in an earlier sentence): the place the speaker serves, not the report's focus
        last_origin = seat["name"]
    rows = _evac_row(s, low, found, places, side, last_origin, civ=civ, sites=sites)
    if rows and part == _HOSPITAL_PART:
        # the wounded moved out of a place to a hospital elsewhere; "taken to hospital in
        # Kramatorsk" with no place they left is care after a strike, no evacuation
        rows = [r for r in rows if r["origin"] is not None and r["origin"] != r["destination"]]
    if not rows:
        return rows
    if title is not None:
        for r in rows:
            if (
                r["origin"] is not None
                and r["origin"][:1].islower()
                and _UNNAMED_KIND.search(r["origin"])
            ):
                # "X, governor of the Ukrainian-held part of Donetsk region, urged residents of
                # front-line towns to leave": the towns of the region the speaker governs
                r["origin"] = title["name"]
    if rows[0]["origin"] is None and _is_headline(s):
        # "Kursk governor orders more evacuations; MoD says ...": a headline with no place
        # sums up the body, whose sentences name where people leave
        return None
    later = speaker is not None and ", and " in s and _later_speaker(s, low, found, speaker, side)
    clauses = _clauses(s)
    if " and " in s and _AND_ASKED.search(s):
        clauses = [c for a, b in clauses for c in _split_asks(s, a, b)]
    if " and that " in s or ", adding that " in s or " but that " in s or ", saying that " in s:
        # "said the daily train from Pokrovsk was running and that the mandatory evacuation of
        # the region was no suggestion": two statements reported, each with its own status
        clauses = [c for a, b in clauses for c in _split_asks(s, a, b, _AND_THAT)]
    if ", adding to" in s or ", in addition to" in s or ", on top of" in s:
        # "residents of A would also be moved, adding to the evacuations under way from B": a
        # second evacuation, with its own place
        clauses = [c for a, b in clauses for c in _split_asks(s, a, b, _ADDING_TO)]
    if len(clauses) > 1:
        per = []
        unread = False  # a clause speaks of leaving but gives no row of its own
        for a, b in clauses:
            clause = s[a:b]
            clow = lower(clause)
            cfound = _evac_words(clow)
            cp = [{**p, "rs": p["rs"] - a} for p in places if a <= p["rs"] < b]
            if _evac_part(clow, cfound) < 0:
                if per and cp and _ONWARD.search(clow):
                    # "take children out of A, and the first of them were sent by bus to B": a
                    # clause naming only where they go completes the rows before it
                    d = _evac_row(clause, clow, cfound, cp, side, None)
                    if d and d[0]["origin"] is None and d[0]["destination"] is not None:
                        for q in per:
                            q["destination"] = q["destination"] or d[0]["destination"]
                continue
            fallback = rows[0]["origin"]
            if (
                not cp
                and last_origin is not None
                and fallback != last_origin
                and ("the city" in clow or "the town" in clow)
                and ";" in s[b - 1 : b + 2]
                and any(p["name"] == fallback for p in places)
                and all(p["rs"] >= b for p in places if p["name"] == fallback)
            ):
                # "Evacuation from the city is impossible, he says; teams still take people out
                # of Lysychansk": "the city" of a clause that a semicolon ends is the place the
                # text is about, not one the next statement names
                fallback = last_origin
            r = _evac_row(
                clause,
                clow,
                cfound,
                cp,
                side,
                fallback,
                own_place=bool(cp),
                sites=sites,
                carried=False,
                # ("the town" of a later clause: the last one named before the clause; looked
                # up only where _evac_row reads it, a clause naming a town by its kind)
                town_before=_town_named_before(s, places, a, set())
                if "city" in clow or "town" in clow or "village" in clow
                else None,
            )
            if (
                r
                and last_origin is not None
                and r[0]["origin"] == rows[0]["origin"] != last_origin
                and r[0]["destination"] is not None
                and not any(p["name"] == r[0]["origin"] for p in cp)
                and not any(p["rs"] < a and p["name"] == r[0]["origin"] for p in places)
            ):
                # a clause naming only where people go leaves from the place the text is about,
                # not from one a later clause names: "buses to Dnipro ran when shelling allowed
                # and that volunteers brought out families from Pokrovske"
                r = _evac_row(
                    clause, clow, cfound, cp, side, last_origin, own_place=True, sites=sites
                )
            if (
                r
                and not cp
                and r[0]["status"] == "ongoing"
                and per
                and all(q["status"] == "completed" for q in per)
                and _TRANSPORT_LEFT.search(s, 0, a)
            ):
                # "buses had left Sievierodonetsk and Lysychansk for Bakhmut and that about 1,000
                # people were being taken out": the departures are of an evacuation still going
                for q in per:
                    q["status"] = "ongoing"
                continue
            if (
                r
                # (or one naming only where they went: "..., most of them to Kharkiv")
                and (not cp or all(p["name"] == r[0]["destination"] for p in cp))
                and r[0]["status"] == "completed"
                and per
                and all(q["status"] == "ongoing" for q in per)
            ):
                # "the evacuation from the district was continuing and that about 2,000 people
                # had left the area during the week": a tally of the evacuation going on
                continue
            if r:
                per.extend(r)
            else:
                unread = True
        keys = {(r["origin"], r["status"]) for r in per}
        # "people still live in Sloviansk, and evacuation trains leave daily from Kramatorsk":
        # the one clause that speaks of leaving names its own origin; and its status is the
        # evacuation's, not a word of a clause that does not speak of it ("villages were under
        # such orders, he said, and the evacuation of families had been completed")
        if (
            len(keys) > 1
            or keys
            and {k[0] for k in keys} != {r["origin"] for r in rows}
            or keys
            and not unread
            and keys != {(r["origin"], r["status"]) for r in rows}
        ):
            return _not_the_speakers(per, side) if later else per
    return _not_the_speakers(rows, side) if later else rows


def _later_speaker(
    s: str, low: str, found: int, speaker: tuple[int, int], side: str | None
) -> bool:
    """Does the speaker of ``s`` open a later clause that says nothing of the evacuation, after
    a call to leave made by the other side? "Russian-appointed officials had urged residents of
    Kupiansk to leave for Russia, and Ukrainian officials say thousands did so": the call is
    not what the Ukrainian officials say."""
    cut = s.rfind(", and ", 0, speaker[0])
    return (
        cut >= 0
        and _AND_SPEAKER_SAYS.match(s, cut) is not None
        and _evac_part(low[cut:], found) < 0
        and _evac_status(s[:cut], low[:cut], found) == "requested"
    )


def _not_the_speakers(rows: list[dict], side: str | None) -> list[dict]:
    """``rows`` claimed by the side that made the call, not the sentence's speaker (of
    ``side``)."""
    for r in rows:
        if r["status"] == "requested" and r["requested_by_side"] not in (None, side):
            r["claimed_by_side"] = r["body_side"] = r["requested_by_side"]
            r["clause_speaker"] = True  # (kept when the rows take the sentence's claim)
    return rows


# ", and Ukrainian officials say ...": a clause opened by its own speaker
_AND_SPEAKER_SAYS = compile_fast(
    r",\s+and\s+(?:[\w'’-]+\s+){1,5}?(?:say|says|said|claim|claims|claimed|report|reports|"
    r"reported)\b"
)


# "..., and called on all residents to leave", "..., and police crews take out those who
# agree": a request or a transport added to another statement on the evacuation
_AND_ASKED = compile_fast(
    r",\s+and\s+(?:(?:he|she|they|it)\s+)?(?:\w+\s+)?(?:called|urged|asked|appealed|told|ordered|"
    r"advised|pleaded)\b"
    # the call as a noun: "..., and repeated his appeal to everyone to leave", "..., and renewed
    # the call for families to go", "..., and she reiterated her plea"
    r"|,\s+and\s+(?:(?:he|she|they|it)\s+)?(?:\w+\s+)?(?:repeated|renewed|reiterated|restated|"
    r"issued|made|echoed)\s+(?:his|her|their|its|an?|the|earlier|previous|\w+['’]s)\s+"
    r"(?:\w+\s+)?(?:appeals?|calls?|pleas?|requests?|urgings?|recommendations?)\b"
    r"|,\s+and\s+(?:\w+\s+){0,3}?(?:crews|police|volunteers|buses|trains|teams|"
    r"rescuers)\s+(?:\w+\s+)?(?:take|takes|took|bring|brings|brought|carry|carries|carried|"
    r"collect|collects|collected|drive|drives|drove|evacuate|evacuates|evacuated|are|were)\b"
    # with no comma, after a statement that ends on how the evacuation stands: "said the
    # evacuation was continuing and urged other residents to leave" (not "Zelensky and Kuleba
    # urged", nor "called it a deportation and urged people not to board")
    r"|(?:(?<=continuing)|(?<=continues)|(?<=continued)|(?<=under\sway)|(?<=underway)|"
    r"(?<=going\son)|(?<=ongoing)|(?<=running)|(?<=complete)|(?<=completed)|(?<=over))"
    r"\s+and\s+(?:(?:also|again)\s+)?(?:urged|called\s+on|appealed|pleaded|advised)\b"
)


# transport gone out: "buses had left Sievierodonetsk", "the first trains have departed"
_TRANSPORT_LEFT = compile_lower(
    r"\b(?:buses|trains|convoys?|columns?|cars|coaches|vehicles)\s+(?:\w+\s+)?(?:had|have|has)\s+"
    r"(?:already\s+)?(?:left|departed|set\s+off|pulled\s+out)\b"
)


# a clause sending the evacuees on: "the first of them were sent by bus to Voronezh"
_ONWARD = compile_lower(
    r"\b(?:sent|taken|moved|bussed|driven|transported|relocated|brought|ferried|carried|headed|"
    r"heading)\b[^.;]{0,40}?\b(?:to|towards|into)\s"
)


# a request or offer made, in the past tense of its verb
_ASKED_VERB = compile_lower(
    r"\b(?:offered|proposed|demanded|requested|asked|urged|called\s+(?:on|for)|ordered|"
    r"appealed)\b"
)


_ADDING_TO = compile_fast(r",\s+(?:adding to|in addition to|on top of)\b")
# ('"The occupiers are not giving us a corridor," she said, adding that Kyiv had asked the Red
# Cross for a route out': a second statement of the same speaker)
# (or set against the first: "nine corridors were planned but that the Mariupol one was
# blocked")
# ("urged residents to leave, saying that trains from Pokrovsk run every day": the call, then
# what the trains do)
_AND_THAT = compile_fast(r",?\s+and\s+that\s|,\s+(?:adding|saying)\s+that\s|,?\s+but\s+that\s")


# getting to the place people are to leave ...
_REACH_BEFORE = compile_fast(
    r"\b(?:reach|reached|reaching|enter|entered|entering|get\s+(?:in)?to|got\s+(?:in)?to|"
    r"return\s+to|go\s+(?:back\s+)?(?:in)?to|(?:drive|drove|driving)\s+into)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?$",
    re.I,
)
# a way in that failed: "an evacuation convoy failed to reach Mariupol", "buses could not get
# into Soledar" (the town people were to leave)
_FAILED_REACH = compile_fast(
    r"\b(?:failed|unable|tried|trying|try|attempt(?:ed|ing|s)?)\s+(?:again\s+)?to\s+"
    r"(?:reach|get\s+(?:in)?to|enter)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$"
    r"|\b(?:could\s+not|couldn['’]t|did\s+not|didn['’]t|cannot|can['’]t|never|(?:could|can)\s+no\s+"
    r"longer)\s+(?:reach|reached|get\s+(?:in)?to|enter)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$"
    # "no bus had been able to reach Rubizhne"
    r"|\bno\s+(?:evacuation\s+)?(?:bus(?:es)?|coaches|convoys?|columns?|vehicles|trains?)\s+"
    r"(?:(?:(?:had|has|have|was|were)\s+)?(?:been\s+)?(?:able\s+to|managed\s+to|could)\s+"
    r"(?:reach|get\s+(?:in|through\s+)?to|enter)|(?:had|has|have)\s+(?:yet\s+)?(?:reached|"
    r"got\s+(?:in|through\s+)?to|entered))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$"
    # "evacuation buses have not been able to get to Rubizhne"
    r"|\b(?:(?:had|has|have)\s+not\s+been|(?:was|were)\s+not)\s+able\s+to\s+(?:reach|get\s+(?:in)?to|"
    r"enter)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$"
    # "not allowing buses into Mariupol"
    rf"|\b{_BARRING}\s+"
    r"(?:[\w-]+\s+){1,3}?(?:into|in\s+to|through\s+to|to\s+(?:reach|enter))\s+(?:the\s+)?"
    r"(?:(?:besieged\s+)?(?:city|town|village|port)\s+of\s+)?$",
    re.I,
)
# transport sent to a place: "buses sent to Enerhodar", "the convoy heading for Mariupol"
_SENT_TO_BEFORE = compile_fast(
    r"\b(?:buses|convoys?|columns?|vehicles|teams?|ambulances|trains)\s+(?:\w+\s+)?(?:sent|"
    r"dispatched|heading|headed|bound|travelling|traveling|going)\s+(?:in)?(?:to|for|towards)\s+"
    r"(?:the\s+)?(?:(?:besieged|occupied|encircled)\s+)?(?:(?:city|town|village|port)\s+of\s+)?$",
    re.I,
)
# transport loaded with people: "buses carrying evacuees failed to reach Zaporizhzhia"
_CARRYING = compile_fast(
    r"\b(?:carrying|with|full\s+of|packed\s+with)\s+(?:[\w,]+\s+){0,3}?(?:evacuees|civilians|"
    r"people|residents|passengers|children|refugees)\b",
    re.I,
)
# ... to bring them out: "to lead buses of civilians out", "to pick up the wounded"
_TO_LEAD_OUT = compile_fast(
    r"[^.;,]{0,20}?\b(?:to|and)\s+(?:lead|bring|take|get|evacuate|collect|pick\s+up|rescue|"
    r"ferry|drive)\b",
    re.I,
)


def _split_asks(s: str, a: int, b: int, rx: re.Pattern = _AND_ASKED) -> list[tuple[int, int]]:
    """Clause ``s[a:b]`` cut before each ", and called on ..." (:data:`_AND_ASKED`, or the
    matches of ``rx``)."""
    out = []
    for m in rx.finditer(s, a, b):
        out.append((a, m.start()))
        a = m.start() + 1
    out.append((a, b))
    return out


def _is_headline(s: str) -> bool:
    """Is ``s`` a headline (one line, no closing punctuation)? Not a list's long lead-in nor
    one of its items ("... along the following routes:", "- from Sumy to Poltava;")."""
    end = s.rstrip()
    return (
        "\n" not in s
        and not end.endswith((".", "?", "!", '"', "”", "’"))
        and not (end.endswith((":", ";")) and (len(s) > 80 or _LIST_ITEM.match(s) is not None))
    )


# an item of a list set out on lines of its own, or a digest's numbered paragraph: "- from
# Sumy to Poltava;", "2) from Kharkiv", "2/ No humanitarian corridor exists" (read with .match)
_LIST_ITEM = compile_fast(r"\s*(?:\d{1,2}\s*[/.)]|[-–—•▪*])\s")


# an appositive saying what kind of place a name is: ", a town of some 20,000 people"
# where a place lies from another: "north-east of", "about 20 km south of"
_DIRECTION_OF = (
    r"(?:(?:about|some)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west)[\w-]*\s+of\s+"
)
_KIND_APPOSITIVE = compile_fast(
    r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:town|city|village|settlement|port|suburb)\b"
    # ... or located by another: "In Toretsk, north-east of Pokrovsk, the mayor says ..."
    rf"|,\s+{_DIRECTION_OF}"
)
# a place that locates an opener's town: "In Toretsk, north-east of Pokrovsk, ..." (Pokrovsk)
_OPENER_LOCATOR = compile_fast(rf"^(?:In|At|From)\s+[^,]{{2,40}},\s+{_DIRECTION_OF}(?:the\s+)?$")


# "In Lysychansk, on the high right bank, ...": the town's bank, the scene described
_BANK_APPOSITIVE = compile_fast(
    r",\s+on\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:right|left|west|western|east|eastern)"
    r"[\s-]+bank\b"
)


# dams and hydroelectric stations among the curated facilities
_DAM_IDS = ("fac:kakhovka_hpp", "fac:dniprohes")
_FROM_BEFORE_DAM = compile_fast(r"\b(?:from|out\s+of)\s+(?:the\s+)?$", re.I)
# the parts of a region people leave: "from nine border districts of the Kursk region"
_FROM_PARTS_OF = compile_fast(
    r"\b(?:from|out\s+of)\s+(?:[\w,-]+\s+){0,4}?(?:districts?|villages|settlements|areas|"
    r"parts|communities|towns|municipalities)\s+(?:of|in)\s+(?:the\s+)?$",
    re.I,
)


def _after_opener(p: dict, s: str) -> bool:
    """Does ``p`` open ``s`` as "In Moscow, General X accused ..."? It is where the speaker is,
    not where people leave."""
    end = _mention_end(p)
    if (
        s.startswith((", where ", ", which "), end)
        or _KIND_APPOSITIVE.match(s, end)
        or s.startswith((", on the ", ", on its "), end)
        and _BANK_APPOSITIVE.match(s, end)
    ):
        # "In Irpin, where the bridge was blown up, evacuations continued", "In Volnovakha, a
        # town of 20,000 people, officials said ...": the scene described
        return False
    if s[end : end + 1] != "," or _OPENER_PLACE.match(s[: p["rs"]] + "|,") is None:
        return False
    # "From Mariupol, 765 residents reached Zaporizhzhia": a "from" opener whose clause is
    # about people or transport leaving is where they leave (not "From Moscow, General X said")
    return not (s.startswith("From") and _LEAVERS_OPEN.match(s, end + 1) is not None)


def _is_district(p: dict) -> bool:
    """A district, raion or hromada named after its centre (see gazetteer._with_districts)."""
    return p["kind"] == "region" and str(p.get("place_id", "")).endswith((":district", ":hromada"))


# a sentence going on with the last speaker's words by a verb of asking (no verb of saying)
_PRONOUN_ASK = compile_fast(
    r"(?:He|She)\s+(?:\w+\s+)?(?:pleaded|appealed|urged|begged|demanded|called|asked|warned)\b"
)


_TOWARDS_BEFORE = compile_fast(r"\b(?:to|towards|into)\s+(?:the\s+)?$")


def _route_rows(s: str, places: list[dict], prev: dict) -> list[dict]:
    """The rows of a sentence listing the routes of the evacuation row ``prev`` of the sentence
    before ("Among them are routes from A and B towards C and from D to E"): one per place after
    "from", going where the next "to" place says, with ``prev``'s status and side."""
    usable = [
        p
        for p in places
        if p["kind"] in ("settlement", "facility", "region", "other") and not _is_actor(p, s)
    ]
    keep = ("population", "status", "claimed_by_side")
    base = {k: prev[k] for k in keep}
    rows: list[dict] = []
    group: list[dict] = []  # the origins of the route being read
    for p in usable:
        before = s[max(0, p["rs"] - 12) : p["rs"]]
        if _FROM_BEFORE.search(before):
            group = [q for q in _expand_list(p, usable, s) if q["rs"] >= p["rs"]]
            for q in group:
                rows.append({**base, "origin": q["name"], "destination": None,
                             "requested_by_side": None})  # fmt: skip
        elif group and _TOWARDS_BEFORE.search(before):
            for r in rows[-len(group) :]:
                r["destination"] = p["name"]
            group = []
    return rows


# the civil bodies that carry out an evacuation: "police evacuation teams", "volunteers said",
# "the regional administration keeps urging", "in what Ukrainian officials called"
_LOCAL_BODY_WORDS = (
    "police", "administration", "rescue", "volunteers", "emergency services", "official",
    "authorities", "council", "mayor",
)  # fmt: skip
_has_local_body = contains_any(list(_LOCAL_BODY_WORDS))
_LOCAL_BODY = compile_fast(
    r"\b(?P<np>(?:[\w'’-]+\s+){0,2}?(?:police|(?:regional|military|city|local|district)\s+"
    r"(?:military\s+)?administration|rescuers|rescue\s+(?:teams|workers|crews|services)|"
    # "the city council suspended the evacuation", "deputy mayor X said no buses could leave"
    r"volunteers|emergency\s+services|officials?|authorities|(?:city|town|village|regional|"
    r"district)\s+council|(?:deputy\s+)?mayor))\b",
    re.I,
)
_OCCUPATION = compile_lower(
    r"\b(?:occupation|occupying|occupied|(?:russian|moscow|kremlin)[\s-](?:installed|appointed|"
    r"backed))\b"
)
# an occupation over: "retook the village after weeks of Russian occupation", "freed from
# occupation"
_OCCUPATION_OVER = compile_lower(
    r"\b(?:(?:weeks|months|days|years)\s+of|after|from|end\s+of|ended)\s+(?:the\s+)?(?:\w+\s+)?$"
)


def _under_occupation(low: str) -> bool:
    """Does ``low`` (lower-cased) speak of a place under occupation now (:data:`_OCCUPATION`,
    not an occupation over, :data:`_OCCUPATION_OVER`)?"""
    return any(
        _OCCUPATION_OVER.search(low, max(0, m.start() - 40), m.start()) is None
        for m in _OCCUPATION.finditer(low)
    )


# the people of the place just named, by "there": "Residents there could not leave", "those
# still there", "to get everyone out of there"
_PEOPLE_THERE = compile_lower(
    r"\b(?:residents|people|civilians|families|inhabitants|locals|those|everyone|anyone|"
    r"population|children|elderly)\s+(?:(?:still|remaining|left|living|trapped|sheltering)\s+)?"
    r"there\b|\b(?:from|out\s+of)\s+there\b"
)


def _there_place(low: str, places: list[dict], prev_places: list[dict]) -> str | None:
    """The settlement "there" of ``low`` (a sentence naming no settlement of its own,
    ``places``) stands for: the last one the sentence before named (``prev_places``), as in
    "The situation was worse in Trostianets. Residents there could not leave"."""
    if any(p["kind"] == "settlement" for p in places) or not _PEOPLE_THERE.search(low):
        return None
    named = [p["name"] for p in prev_places if p["kind"] == "settlement"]
    return named[-1] if named else None


_RIVER_WORD = compile_fast(r"\s+river$", re.I)


def _river_stem(name: str) -> str:
    """A river's name without its head word, lower-cased: "inhulets" for "Inhulets river"."""
    return _RIVER_WORD.sub("", str(name)).lower()


def _not_river_homonyms(s: str, places: list[dict], rivers: set[str]) -> list[dict]:
    """``places`` of sentence ``s`` without the settlements that are a river the report named,
    written with "the" and without the word "river": "the water in the Inhulets had risen"
    (the Inhulets river, not the town of Inhulets)."""
    return [
        p
        for p in places
        if not (
            p["kind"] == "settlement"
            and str(p["name"]).lower() in rivers
            and s[max(0, p["rs"] - 4) : p["rs"]].lower() == "the "
        )
    ]


# the aid community as the subject of a sentence: "Humanitarian organisations call on ...", "aid
# agencies say", "humanitarian partners report"
_AID_BODY = compile_fast(
    r"^(?:[\w'’-]+\s+){0,2}?(?:humanitarian|aid|relief)\s+(?:organi[sz]ations|agencies|partners|"
    r"actors|groups|workers|community)\s+(?:\w+\s+)?(?:call|calls|called|urge|urges|urged|say|"
    r"says|said|report|reports|reported|warn|warns|warned|appeal|appeals|appealed|continue|"
    r"continued|are|were|have|had)\b"
    # an update's "partners report that ...": its humanitarian partners
    r"|(?:^|,\s+and\s+|;\s+)(?:humanitarian\s+|aid\s+)?partners\s+(?:on\s+the\s+ground\s+)?"
    r"(?:report|reported|say|said|note|noted|warn|warned)\b",
    re.I,
)


# a line opened by any label, which ends a transcript's turn: "Q (British press): ...", "Desk
# note: ...", "HUMENIUK: ..."
_TURN_LABEL = compile_fast(r"[ \t]*[A-Z][\w.'’ ()-]{0,40}:[ \t]")
# a paragraph opened by a speaker's label: "Spokesman: ...", "Q: ...", "HUMENIUK: ..."
_SPEAKER_LABEL = compile_fast(r"[ \t]*[A-Z][\w.'’()-]*(?:[ \t]+[A-Z(][\w.'’()-]*){0,3}:[ \t]")
# an official acting in the first person: "I ask residents ...", "the areas we are evacuating
# from", "our rescuers" (not a reporter's "we saw buses leaving")
_FIRST_PERSON = compile_fast(
    r"\b(?:I|[Ww]e)\s+(?:\w+\s+)?(?:ask|appeal|call|urge|urged|order|ordered|recommend|are|have|"
    r"had|will|continue|evacuate|evacuated|take|took|bring|brought|move|moved|demand|insist)\b"
    r"|\b[Oo]ur\s+(?:police|rescuers|teams|volunteers|buses|services|units|crews)\b"
)


def _evac_body_side(s: str, low: str, origin: str | None) -> str | None:
    """The side of the civil body an unattributed evacuation sentence names (:data:`_LOCAL_BODY`):
    its own side word ("Ukrainian officials"), else the country of the place people leave
    ("police crews in Krasnohorivka": UA), Russian where the sentence speaks of occupation."""
    m = _LOCAL_BODY.search(s)
    if m is None:
        return None
    side = attr.side_of_phrase(m.group("np"))
    if side is not None or origin is None:
        return side
    return _origin_side(low, origin)


def _origin_side(low: str, origin: str | None) -> str | None:
    """The side that runs ``origin`` for the officials evacuating it: the country it lies in,
    Russian where the sentence ``low`` speaks of occupation (None: unknown)."""
    if origin is None:
        return None
    got = _country_oblast(origin)
    if got is None or got[0] not in ("UA", "RU"):
        return None
    return "RU" if got[0] == "RU" or _under_occupation(low) else "UA"


# terms an evacuation still needs, not terms agreed: "any corridor needed precise terms agreed by
# both sides", "until routes are agreed"
_AGREED_NEEDED = compile_lower(
    r"\b(?:need|needs|needed|require|requires|required|must\s+be|should\s+be|until|unless)\s+"
    r"(?:[\w-]+\s+){0,4}?agreed\b"
)
# an evacuation said to be needed (not "was not necessary"): "a full evacuation of X is needed"
_EVAC_NEEDED = compile_lower(
    r"\bevacuation\s+(?:[\w'’-]+\s+){0,4}?(?:is|was|are|were)\s+(?:still\s+|urgently\s+|"
    r"badly\s+|now\s+)?(?:needed|necessary|required|essential|vital)\b"
)
# an agreement as a condition still to be met: "provided (that) all parties agree", "if both
# sides agree to a route", "once Kyiv agrees", "on condition that the parties agree"
_AGREE_IF = compile_lower(
    r"\b(?:if|provided(?:\s+that)?|providing|once|as\s+long\s+as|on\s+condition\s+that|"
    r"unless|as\s+soon\s+as)\s+(?:[\w'’-]+\s+){0,4}?(?:agree|agrees|consent|consents|"
    r"reach\s+(?:an\s+)?agreement)\b"
)
_HAS_AGREED = compile_lower(r"\b(?:has|have|had)\s+(?:\w+\s+)?agreed\b")
# a way out said not to exist: "no possibility of evacuating", "no way to get people out"
_NO_MEANS_TO_LEAVE = compile_lower(
    # ("there was no longer any way to evacuate the people who stayed")
    r"\b(?:no|(?:not|no\s+longer)\s+any)\s+(?:safe\s+|real\s+|practical\s+|other\s+)?(?:possibility|way|"
    r"chance|means|opportunity)\s+"
    r"(?:of|to|for)\s+(?:\w+\s+){0,2}?(?:evacuat\w*|get(?:ting)?\s+(?:\w+\s+){0,2}?out|"
    r"tak(?:e|ing)\s+(?:\w+\s+){0,2}?out|bring(?:ing)?\s+(?:\w+\s+){0,2}?out|leav(?:e|ing)|"
    # ("no way to drive out of Sievierodonetsk", "no way of reaching the Ukrainian side")
    r"driv(?:e|ing)\s+(?:\w+\s+){0,2}?out|reach(?:ing)?\s+(?:the\s+)?(?:ukrainian|government|"
    r"kyiv|free)[\w-]*)\b"
    r"|" + _NO_ROUTE
)
# a way out taken, named by its agreement: "through agreed corridors", "along the agreed route"
_AGREED_WAY_USED = compile_lower(
    r"\b(?:through|via|along|using|by|on)\s+(?:the\s+|an\s+)?(?:previously\s+|mutually\s+)?"
    r"agreed\s+(?:humanitarian\s+)?(?:corridors?|routes?|passages?|roads?)\b"
)
# transport named with where it goes: "by train to Lviv", "on buses to Dnipro", "by special
# evacuation trains to Khmelnytskyi"
_MEANS_LAID_ON = compile_lower(
    r"\b(?:by|on|in)\s+(?:special\s+|free\s+|evacuation\s+|extra\s+){0,2}(?:trains?|bus(?:es)?|"
    r"coaches|rail|minibuses)\s+(?:[\w-]+\s+){0,2}?to\s+"
)
# people ready (or not) to go: "residents said they were not ready to leave the shelter"
_PEOPLE_READY = compile_lower(
    r"\b(?:they|we|residents|people|civilians|families|many|some|others|who)\s+"
    r"(?:(?!buses|trains|convoys?)[\w'’-]+\s+){0,3}?(?:(?:were|are|was|"
    r"is|felt|feel|seemed|seem)\s+)?(?:(?:not|yet|still)\s+){0,2}ready\s+to\s+(?:go|leave|"
    r"evacuate|move)\b"
)
# people still taken out by other hands: "police units were taking people out under fire"
_STILL_TAKING = compile_lower(
    r"\b(?:are|is|were|was)\s+(?:still\s+)?(?:taking|bringing|getting|carrying|driving|ferrying|"
    r"evacuating)\s+(?:\w+\s+){0,3}?(?:out|from|away)\b"
)
# the way in shut to one kind of transport: "regular buses could no longer enter the town"
_NO_WAY_IN = compile_lower(
    r"\b(?:can|could)\s+no\s+longer\s+(?:\w+\s+)?(?:enter|reach|get\s+in|drive\s+in|access)\b|"
    r"\b(?:cannot|can['’]t|can\s+not|could\s+not|couldn['’]t|unable\s+to)\s+(?:\w+\s+)?"
    r"(?:enter|reach|get\s+in|drive\s+in|access)\b"
)


# a clause about other people inside the statement: "people who cannot reach the station will
# be picked up", "for those who wanted to leave", "residents who wish to go can leave by bus"
# (up to the main clause's own verb, or the clause's end)
_PEOPLE_WHO = compile_lower(
    r"\b(?:people|those|anyone|everyone|residents|civilians|families|pensioners|ones|locals|"
    r"inhabitants|evacuees|children|women|men|patients|(?:the\s+)?(?:elderly|sick|disabled|"
    r"wounded|bedridden))"
    # (with their place: "residents of Kherson who cannot leave on their own")
    r"(?:\s+(?:of|in|from)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)??\s+(?:still\s+)?who\s+"
    # (nor a call's content after it: "asked people who had fled not to come home yet"; nor a
    # condition on the main clause: "... who want to leave once the roads are cleared")
    r"[\w'’-]+(?:\s+(?!(?:will|would|can|could|may|must|should|are|were|is|was|and|but|once|"
    r"if|when|until|unless|after|before|because|as|since|while)\b|not\s+to\b)"
    r"[\w'’\"“”-]+){0,14}"
)
# a purpose: "asked for a corridor so that civilians could leave" (not a result, which is a
# statement of its own: "buses were stopped, so people still cannot get out")
_SO_THAT = compile_lower(
    r"\bso\s+that\s+(?:[\w'’-]+\s+){1,6}?(?:can|could|would|might|may)\b[^,;:.]*"
)
# a reason given for the statement: "23 people were taken out, a small number because the buses
# came under fire" (the reason's own cue is not how the evacuation stands)
_BECAUSE = compile_lower(r"\bbecause\b[^,;:.]*")
# what follows a colon illustrates the statement before it: "the evacuation of the community has
# begun: the first bus brought 46 people to Kharkiv"
_AFTER_COLON = compile_lower(r":\s+[^;]*")
# a finite verb (an auxiliary): what makes the words before a colon a statement
_FINITE = compile_lower(r"\b(?:is|are|was|were|has|have|had|will|would|can|could)\b")
# an order named as the kind of evacuation whose own verb says how it stands: "the mandatory
# evacuation of the region was continuing", "a compulsory evacuation that began on Monday is
# proceeding"; and one said to be no order: "evacuation is not mandatory, but buses leave daily"
_KIND_OF_ORDER = compile_lower(
    # (past a clause set off by commas: "the mandatory evacuation, which began in May, is
    # continuing")
    r"\b(?:mandatory|compulsory|obligatory)(?=\s+(?:evacuation|relocation|resettlement)\b"
    r"[^;:.]{0,90}?\b(?:(?:is|was|were|are|has|have|had)\s+(?:been\s+)?(?:still\s+|now\s+|"
    r"already\s+)?(?:continu|proceed|under\s*way|going\s+on|begun|started|running|progress|"
    r"complete|finished|over\b|suspended|halted|stopped)|continues\b|continued\b|began\b|"
    r"started\b|proceeds\b|proceeded\b|resumed\b))"
    r"|\b(?:is|was|are|were)\s+not\s+(?:mandatory|compulsory|obligatory)\b"
    # ... and the order that covers the people a verb moves: "police evacuated 43 people,
    # including three children under a mandatory evacuation order", "all families under the
    # mandatory evacuation order have left"
    r"|\bunder\s+(?:a|an|the)\s+(?:mandatory|compulsory|obligatory)\s+(?:evacuation\s+)?"
    r"(?:order|regime|decision)\b"
)


def _main_clause_status(s: str, low: str, found: int) -> str | None:
    """The status of ``s`` read from its main clause alone, when side clauses, a reason, what
    follows a colon or a modifier hold cues of their own (see :data:`_PEOPLE_WHO`,
    :data:`_SO_THAT`, :data:`_BECAUSE`, :data:`_AFTER_COLON`, :data:`_KIND_OF_ORDER`); None
    when there are none or the main clause has no status."""
    spans: list[tuple[int, int]] = []
    if "who " in low:
        spans += [m.span() for m in _PEOPLE_WHO.finditer(low)]
    if "so that" in low:
        spans += [m.span() for m in _SO_THAT.finditer(low)]
    if "because" in low:
        # (unless only the reason speaks of leaving: "residents were asking for help because
        # the occupation authorities were not evacuating them")
        spans += [
            m.span()
            for m in _BECAUSE.finditer(low)
            if _evac_part(low[: m.start()], _evac_words(low[: m.start()])) >= 0
            # (nor the way in shut, the reason few still get out: "police were taking people
            # out, because buses could no longer enter the town", limited)
            and not _NO_WAY_IN.search(low, m.start())
        ]
    if ": " in low:
        # (a statement before the colon, with a verb of its own; not a topic: "About rumours of
        # an evacuation circulating online: none is planned")
        spans += [
            m.span()
            for m in _AFTER_COLON.finditer(low)
            if _FINITE.search(low, max(0, low.rfind(". ", 0, m.start())), m.start())
        ]
    if "mandatory" in low or "compulsory" in low or "obligatory" in low:
        spans += [m.span() for m in _KIND_OF_ORDER.finditer(low)]
    if "despite" in low or "spite of" in low or "though" in low or "before " in low:
        # "buses continued to take residents out, despite shelling that ...", "had taken out
        # everyone before the last road came under fire": what stood against it, or came after
        spans += [m.span() for m in _DESPITE_OR_BEFORE.finditer(low)]
    if ", which " in low:
        # "the evacuation of the district, which officials ordered at the weekend, is
        # continuing": what the relative clause recalls
        spans += [m.span() for m in _WHICH_BETWEEN_COMMAS.finditer(low)]
    if not spans:
        return None
    ms, ml = s, low
    for a, b in spans:
        pad = " " * (b - a)
        ms, ml = ms[:a] + pad + ms[b:], ml[:a] + pad + ml[b:]
    return _evac_status_of(ms, ml, found)


_WHICH_BETWEEN_COMMAS = compile_lower(r",\s+which\s+[^,;.]{3,100},")
# a concession or a later time set off in the sentence (up to its next comma or end)
_DESPITE_OR_BEFORE = compile_lower(
    r"\b(?:despite|in\s+spite\s+of|even\s+though|although|though|before\s+(?=(?:the|a|an|it|they|"
    r"its|their|our|russian|ukrainian)\b))[^.;,]*"
)


# a transport's habit: "buses left Kherson for Mykolaiv every morning" (its verb in the past)
_EVERY_MORNING = compile_lower(
    r"\b(?:bus(?:es)?|trains?|convoys?|ferry|ferries|boats?)\b[^.;]{0,80}?\b(?:left|ran|went|"
    r"departed)\b[^.;]{0,60}?\bevery\s+(?:day|morning|evening|night|week|other\s+day)\b"
)


def _evac_status(s: str, low: str, found: int) -> str | None:
    """The evacuation status of ``s`` (``low``: its :func:`lower`, ``found``: the
    :func:`_evac_words` of a text holding it): the status of its main clause when a side
    clause, a reason, a colon's sequel or a modifier carries another cue
    (:func:`_main_clause_status`), else the first of :data:`_STATUS_BITS` it matches."""
    if low.startswith("asked") and _ASKED_NO.search(low) is not None:
        # "Asked whether people could still be brought out of Azot, Haidai says no": the
        # answer denies the way out the question offered
        return "impossible"
    st = _main_clause_status(s, low, found) or _evac_status_of(s, low, found)
    if st == "impossible" and "no " in low and _NONE_ORDERED.search(low) is not None:
        # "no evacuation had been ordered yet": nothing asked or done, no way out denied
        return None
    if st is None and "took " in low and _TOOK_OUT.search(low) is not None:
        # "yesterday we took out 63 people", "the crew took out an old couple": people taken
        # out, when nothing else in the sentence gives a status (it ranks below all others)
        return "completed"
    if st == "completed" and "every" in low and _EVERY_MORNING.search(low) is not None:
        # "buses left Kherson for Mykolaiv every morning": a service that runs, not one trip
        return "ongoing"
    if st == "completed" and "if " in low and _IF_EVACUATED.search(low) is not None:
        # "it would be much easier for us if all the residents were evacuated": a wish, a
        # call to go, no evacuation done
        return "requested"
    if st == "ongoing" and " be " in low and _OFFERED_TO_WHOEVER.search(low) is not None:
        # "residents who want to leave will be taken to Sloviansk", "anyone who reaches our
        # lines will be evacuated to Belgorod": a way out on offer to whoever wants it
        return "possible"
    return st


# a place told by what cannot happen there: "on foot where vehicles cannot go"
_WHERE_CANNOT = compile_lower(
    r"\bwhere\s+(?:[\w-]+\s+){0,2}(?:cannot|can['’]t|can\s+not|could\s+not|couldn['’]t)\s+"
    r"(?:go|drive|pass|reach|get\s+through|enter)\b"
)


_NONE_ORDERED = compile_lower(
    r"\bno\s+(?:(?:mandatory|compulsory|general|full|mass)\s+)?evacuation\s+(?:of\s+[^.;,]{1,40}?\s+)?"
    # (not "no evacuation of the city is planned": a way out ruled out, as the round-18 notes
    # read it)
    r"(?:has|had|was|is|have|were)\s+(?:yet\s+)?(?:been\s+)?(?:yet\s+)?(?:ordered|announced|"
    r"declared)\b"
)
_TOOK_OUT_PEOPLE = (
    r"(?:people|civilians|residents|evacuees|famil(?:y|ies)|children|inhabitants|patients|"
    r"elderly|pensioners|women|couples?|man|woman|men|grand(?:mother|father)s?)\b"
)
_TOOK_OUT = compile_lower(
    r"\btook\s+out\s+(?:a|an|the|some|about|around|over|nearly|another|more\s+than|two|three|"
    r"four|five|\d[\d,]*)\s+(?:[\w-]+\s+){0,5}?"
    + _TOOK_OUT_PEOPLE
    # ("took a family with a child out of Siversk")
    + r"|\btook\s+(?:a|an|the|two|three|four|five|\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?"
    + _TOOK_OUT_PEOPLE
    + r"[^.;]{0,40}?\bout\s+of\b"
)
_ASKED_NO = compile_lower(
    r"^asked\b[^.;]{0,80}?\b(?:whether|if)\b[^.;]*,\s+(?:[\w'’-]+\s+){1,3}(?:said|says|replied|"
    r"replies|answered|answers)\s+(?:simply\s+|flatly\s+)?(?:no|that\s+(?:it|they)\s+(?:was|were|"
    r"is|are)\s+not)\b"
)
_IF_EVACUATED = compile_lower(
    r"\bif\s+(?:only\s+)?(?:all\s+)?(?:the\s+)?(?:remaining\s+)?(?:residents|people|civilians|"
    r"families|children|population)\s+(?:were|was|had\s+been|could\s+be)\s+(?:all\s+)?"
    r"(?:evacuated|taken\s+out|moved\s+out|relocated)\b"
)
_OFFERED_TO_WHOEVER = compile_lower(
    r"\b(?:who|anyone|everyone|whoever)\b[^.;]{0,80}?\b(?:will|would)\s+be\s+(?:taken|"
    r"evacuated|moved|relocated|bussed|brought|transported)\b"
)


def _evac_status_of(s: str, low: str, found: int) -> str | None:
    """The first of :data:`_STATUS_BITS` that ``s`` matches, as :func:`_evac_status` says."""
    if "no " in low and _NO_MEANS_TO_LEAVE.search(low):
        # "there is no possibility of evacuating civilians from X", "no way of getting people
        # out": a way out denied outright (not the "-ing" of an evacuation going on)
        return "impossible"
    for need, st, rx in _STATUS_BITS:
        if found & need == need and rx.search(s if rx is _POSSIBLE else low):
            if st in ("refused", "agreed") and _PEOPLE_CHOICE.search(low):
                continue  # "elderly people who refuse to go": residents' choice, not a status
            if st == "open" and "ready" in low and _PEOPLE_READY.search(low):
                continue  # "residents were not ready to leave": their choice, no open way out
            if st == "ongoing" and "evacuation" in low and _EVAC_NEEDED.search(low):
                return "requested"  # "a full evacuation of Avdiivka is needed": a call, not begun
            if st == "open" and "ready" in low and _AGREE_IF.search(low):
                # "the team is ready to lead the passage provided that all parties agree": an
                # offer on a condition, a way out possible, not open
                return "possible"
            if st == "agreed" and "agreed" in low and _AGREED_NEEDED.search(low):
                continue  # "a corridor needs terms agreed by both sides": not agreed yet
            if st == "agreed" and _AGREED_WAY_USED.search(low) and not _HAS_AGREED.search(low):
                # "5,000 people had been evacuated through agreed corridors": the way the
                # evacuees took, named by its agreement; what the sentence says is that they left
                continue
            if st == "requested" and "announc" in low and _MEANS_LAID_ON.search(low):
                # "announced a free evacuation of residents by train to Kharkiv": transport laid
                # on to a destination, a way out open, not an order to go
                return "open"
            if st == "agreed" and _AGREE_IF.search(low) and not _HAS_AGREED.search(low):
                # "ready to lead the operation provided that all parties agree", "if both
                # sides agree on a route", "once Moscow agrees": a condition, no agreement yet
                continue
            if (
                st == "impossible"
                and "where " in low
                and (low2 := _WHERE_CANNOT.sub(_blank, low)) != low
                and not rx.search(low2)
            ):
                continue  # "... on foot where vehicles cannot go": a place, no way out closed
            if st == "impossible" and _NO_WAY_IN.search(low) and _STILL_TAKING.search(low):
                # "police were taking people out under fire, because buses could no longer
                # enter the town": some still get out
                return "limited"
            if (
                st == "requested"
                and ("return" in low or "asked" in low or "request of" in low)
                and _no_request(low, rx)
            ):
                continue  # "asked those who fled not to return", "Asked whether ...": no request
            return st
    return None


# an urging to go: ", urging residents to leave", ", urging them to evacuate while they can"
_URGED_TO_LEAVE = compile_lower(
    r",\s+urging\b[^.;]*?\b(?:leave|leaving|evacuate|evacuating|get\s+out|flee|go|move|relocate|"
    r"head|cross)\b"
)


# a scare that clears a building: "a suspicious package", "a bomb threat", "a fire alarm"
_SECURITY_SCARE = compile_lower(
    r"\bsuspicious\s+(?:package|object|item|bag|parcel|device|vehicle|car)s?\b"
    r"|\bbomb\s+(?:threats?|scares?|hoax(?:es)?)\b|\bfire\s+alarms?\b"
)
# a way out, then a relative clause on it: "a corridor from Sumy to Belgorod that Kyiv rejected"
_WAY_THAT = compile_lower(r"\b(?:corridors?|routes?|passage|pause)\b[^,.;]{0,40}?\sthat\s")
# a call added to a statement: "..., and urged families to use them"
# (advice to the evacuees, not a request to a third party: "and asked the ICRC to take part")
_AND_URGED = compile_lower(
    r",?\s+and\s+(?:(?:he|she|they)\s+)?(?:again\s+|also\s+)?(?:urged|asked|advised|encouraged|"
    r"called\s+on|told)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:residents|families|people|civilians|"
    r"those|them|everyone|parents|pensioners|evacuees|locals)\b"
)
# the verbs of a call to go (what _AND_URGED must not be followed by to count as advice only)
_LEAVE_VERB = compile_lower(
    # (or a call not to: "urged people not to board Russian buses")
    r"\b(?:leave|leaving|evacuate|evacuating|get\s+out|flee|go|move|relocate|head|cross|depart|"
    r"reach|board|not\s+to)\b"
)


_LEFT_BEFORE = compile_fast(r"\b(?:leave|leaving|left|fled|flee|fleeing)\s+$", re.I)
# the end of a route: "from Kupiansk to Kharkiv will continue", "a corridor from Irpin to Kyiv
# had opened" (the place gone to, not the government named by its capital)
_ROUTE_END_BEFORE = compile_fast(
    r"\bfrom\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+to\s+$"
    # the place of the people named: "residents of occupied Kherson should leave"
    r"|\b(?:residents|people|inhabitants|civilians|population)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$"
)


# an occupied area wider than a town, unnamed: "civilians in the occupied south", "people living
# in the occupied territories", "the occupied part of the region"
_OCCUPIED_AREA = compile_lower(
    r"\b(?:temporarily\s+)?occupied\s+(?:south|east|north|south-?east|territor(?:y|ies)|"
    r"areas?|parts?|lands|districts|communities|left\s+bank)\b"
)


# a part of one town named by its kind: "the riverside districts", "the shelled neighbourhoods"
# (not the border or front-line districts of a region)
_TOWN_PART = compile_fast(
    r"^(?!(?:frontline|front-line|border|combat|occupied|frontier|contested|active)\b)"
    r"[\w-]+\s+(?:districts|areas|neighbou?rhoods)$"
)
# unnamed settlements: "the recaptured villages", "front-line communities"
_PLACES_WORD = compile_fast(r"\b(?:villages|settlements|communities|hamlets)\b")


# the oblasts whose centre was never named like them (the two renamed in 2016 are the
# gazetteer's _RENAMED_CENTRES)
_UNLIKE_CENTRES = {"Volyn": "Lutsk", "Zakarpattia": "Uzhhorod"}


def _capital_of(region: str) -> str:
    """The city a Ukrainian oblast is run from ("Kherson oblast" → "Kherson"), when the
    gazetteer knows it as a settlement; else ``region`` itself."""
    from .gazetteer import _RENAMED_CENTRES

    stem = region[: -len(" oblast")]
    city = _RENAMED_CENTRES.get(stem) or _UNLIKE_CENTRES.get(stem) or stem
    return city if _is_town_name(city) else region


def _is_town_name(name: str) -> bool:
    """Is ``name`` a settlement the gazetteer knows?"""
    try:
        from .gazetteer import lookup
    except ImportError:  # pragma: no cover - the gazetteer ships with the kit
        return False
    got = lookup(name)
    return got is not None and got.get("kind") == "settlement"


def _region_of(name: str) -> str:
    """The region (oblast) a settlement ``name`` lies in, as the gazetteer names it; ``name``
    itself when it is no settlement or the gazetteer does not know its region."""
    try:
        from .gazetteer import lookup
    except ImportError:  # pragma: no cover - the gazetteer ships with the kit
        return name
    got = lookup(name)
    if got is None or got.get("kind") != "settlement" or not isinstance(got.get("oblast"), str):
        return name
    region = lookup(got["oblast"])
    return region["name"] if region is not None and region.get("kind") == "region" else name


_TO_RUSSIAN_TERRITORY = contains_any(["to russian territory", "into russian territory"])


def _evac_row(
    s: str,
    low: str,
    found: int,
    places: list[dict],
    side: str | None,
    last_origin: str | None,
    own_place: bool = False,
    civ: bool | None = None,
    sites: dict[str, str] | None = None,
    town_before: str | None = None,
    carried: bool = True,
) -> list[dict] | None:
    """The row(s) of ``s`` (``low``: its :func:`lower`, ``found``: :func:`_evac_words` of that;
    ``civ``: whether ``low`` names civilians, if asked already; ``sites``: the works the report
    named before, by head word ("plant"; "": the last one); ``town_before``: for a clause, the
    settlement the sentence named last before it, what a "the town" of the clause stands for
    when the clause names none itself); ``carried``:
    ``last_origin`` comes from the sentences before, not from another clause of this one)."""
    status = None
    if ", saying" in low:
        # "urged residents to get out, saying shelling made it impossible to guarantee their
        # safety": the main clause's status, not the reason given after it
        cut = low.index(", saying")
        status = _evac_status(s[:cut], low[:cut], found)
    elif ", urging" in low and not _URGED_TO_LEAVE.search(low, low.index(", urging")):
        # '"The evacuation is under way," he said, urging people to take documents and pets':
        # advice on how to go is no call of its own; the statement is the main clause's
        cut = low.index(", urging")
        status = _evac_status(s[:cut], low[:cut], found)
    elif " and " in low and (m := _AND_URGED.search(low)) and not _LEAVE_VERB.search(low, m.end()):
        # "the evacuation was continuing, with trains leaving for Khmelnytskyi, and urged families
        # with children to use them", "... and asked residents to register first": advice on how
        # to go, added to the statement
        status = _evac_status(s[: m.start()], low[: m.start()], found)
    status = status or _evac_status(s, low, found)
    if status in ("refused", "agreed") and (" because " in low or ", since " in low):
        # "residents were travelling on their own, by car, because the occupiers had not agreed
        # to a corridor": the statement is what people do, not the other side's stance given
        # as its reason (unless the reason is the only part that speaks of leaving: "residents
        # were asking for help because the occupation authorities were not evacuating them")
        cut = low.find(" because ")
        cut = cut if cut >= 0 else low.index(", since ")
        if _evac_part(low[:cut], _evac_words(low[:cut])) >= 0:
            status = _evac_status(s[:cut], low[:cut], found) or status
    refused_after = False  # a refusal told in a relative clause after the statement
    if status == "refused" and (", which " in low or " that " in low):
        # "Russia had opened a humanitarian corridor from Chernihiv, which Kyiv refused to use",
        # "a corridor to Belgorod that Kyiv rejected": the opening is the statement, the
        # refusal a second one about it
        cut = low.find(", which ")
        if cut < 0:
            rel = _WAY_THAT.search(low)
            cut = rel.end() - len(" that ") if rel else -1
        if cut > 0 and _evac_part(low[:cut], _evac_words(low[:cut])) >= 0:
            main = _evac_status(s[:cut], low[:cut], found)
            if main is not None and main != "refused":
                status, refused_after = main, True
    if status is None:
        return None
    usable = [
        p
        for p in places
        if p["kind"] in ("settlement", "facility", "region", "other")
        and not _after_opener(p, s)
        # (a dam is what burst or was struck, not where people live: "taken out of flooded
        # villages since the destruction of the Kakhovka dam")
        and not (
            p["kind"] == "facility"
            and str(p.get("place_id", "")).startswith(_DAM_IDS)
            and _FROM_BEFORE_DAM.search(s, max(0, p["rs"] - 12), p["rs"]) is None
        )
        and not (p["rs"] < 80 and _OPENER_LOCATOR.match(s[: p["rs"]]))
        # (where a body works from is no place left: "the administration, which works from X")
        and not (
            (" which " in s or " that " in s or " who " in s)
            and _WORKS_FROM_BEFORE.search(s, max(0, p["rs"] - 40), p["rs"]) is not None
        )
        # (a place just left is no actor: "civilians who wanted to leave Mariupol should be
        # allowed to do so")
        and (
            not _is_actor(p, s)
            or _LEFT_BEFORE.search(s, max(0, p["rs"] - 12), p["rs"])
            or (
                p["kind"] != "country"
                and _ROUTE_END_BEFORE.search(s, max(0, p["rs"] - 40), p["rs"])
            )
        )
    ]
    origin = destination = None
    origin_rs = -1  # where the origin so far is named
    origins: list[str] = []
    weak_origin = False  # the origin so far came from a mere "in"/"at"/"near" before it
    strong_origin = False  # the origin so far came from "from", "out of", "residents of", ...
    from_site = False  # the origin is a works named in an earlier sentence ("the plant")
    dest_end = -1  # where the last place on the way to the destination ends
    dest_at = -1  # where the destination starts
    with_dest: list[str] = []
    stop = None  # a checkpoint's town: where people leave only if the report names no other
    within = None  # the place of a move between its own buildings
    for p in usable:
        if dest_end >= 0 and p["rs"] >= dest_end and _DEST_TAIL.match(s[dest_end : p["rs"]]):
            # "to Pavlohrad in Dnipropetrovsk oblast", "towards Sumy and Okhtyrka": where the
            # destination lies, or a second one, never where people leave
            dest_end = _mention_end(p)
            with_dest.append(p["name"])
            continue
        before = s[max(0, p["rs"] - 40) : p["rs"]]
        if (
            destination is None
            # words _TO_BEFORE cannot match without ("to", "into", "towards", "reached", ...)
            and ("to" in before or "for" in before or "reach" in before or "direction" in before
                 or "arrived" in before or "accommodation" in before)
            and _TO_BEFORE.search(before)
        ):  # fmt: skip
            # "from Druzhkivka to Dnipro": a "from" before it names the origin, not this place
            destination = p["name"]
            dest_end = _mention_end(p)
            dest_at = p["rs"]
            if _OTHER_BEFORE.search(before) and _BUILDINGS_AFTER.match(s, dest_end):
                within = p["name"]
            continue
        if (
            destination is not None
            # ("trains leaving for Khmelnytskyi and buses for Mykolaiv": a second destination)
            and ("to" in before or "into" in before or "for" in before)
            and _TO_BEFORE.search(before)
            # (not the town the transport left: "the evacuation train to Lviv left Kramatorsk")
            and not _LEFT_BEFORE.search(before)
        ):
            # "taking residents to Kherson, from where trains carry them on to Mykolaiv": a
            # later stop on the way, not where people leave
            with_dest.append(p["name"])
            dest_end = _mention_end(p)
            continue
        if (
            (("via" in before or "through" in before) and _VIA_BEFORE.search(before))
            or (_ROAD_AFTER.match(s, _mention_end(p)) and _ALONG_BEFORE.search(before))
            or (("point" in before or "cent" in before or "camp" in before or "hub" in before)
                and _STOP_BEFORE.search(before))
        ):  # fmt: skip
            # "people make their own way out through the Vasylivka checkpoint", "travelling via
            # Berdiansk", "along the Romanivka road": a stop or a road on the way, neither where
            # people leave nor where they go
            with_dest.append(p["name"])
            if stop is None and "check" in before:
                stop = p["name"]
            continue
        if "from" in before and _SENT_FROM.search(before):
            destination = destination or p["name"]
            continue
        if ("link" in before or "connect" in before) and _LINKED_WITH_BEFORE.search(before):
            # "the bridge that linked us with Kyiv": the far end of a road, not where people
            # leave
            with_dest.append(p["name"])
            continue
        if ", " in before and _IN_APPOSITIVE_BEFORE.search(before):
            # "In Orikhiv, a small town in Zaporizhzhia oblast, volunteers ...": the place
            # locating the one described, not where people leave
            continue
        among = (
            "among" in before or "including" in before or "such as" in before
        ) and _AMONG_FROM.search(s, max(0, p["rs"] - 100), p["rs"]) is not None
        people_of = (
            _PEOPLE_AFTER.match(s, _mention_end(p)) is not None
            # "retook several villages, including Ruska Lozova, from which 300 residents were
            # evacuated": the relative "from which" stands for the place right before it
            or "which" in s[_mention_end(p) : _mention_end(p) + 20]
            and _FROM_WHICH_AFTER.match(s, _mention_end(p)) is not None
        )
        if (origin is None or weak_origin) and (
            among or people_of or _ORIGIN_BEFORE.search(before)
        ):
            strong_cue = among or people_of or _STRONG_ORIGIN.search(before) is not None
            if origin is not None and not strong_cue:
                continue
            # "Authorities in Kharkiv region ordered the evacuation of civilians from Kupiansk",
            # "the checkpoint near Vasylivka, through which people from Melitopol left": where
            # officials sit or a spot near the route yields to a "from" place after it (but
            # "residents who remain in the Bakhmut district" are the ones who leave)
            weak_origin = not strong_cue and _YIELDING_ORIGIN.search(before) is not None
            strong_origin = strong_cue
            origin = p["name"]
            origin_rs = p["rs"]
            origins = [origin]
            # "corridors from Kyiv, Kharkiv, Sumy and Mariupol": one row per origin
            # (but "villages, among them A and B" stay one row, the villages')
            for q in [] if among else _expand_list(p, usable, s)[1:]:
                if q["name"] not in origins:
                    origins.append(q["name"])
    if not strong_origin and (
        "plant" in low or "works" in low or "factory" in low or "complex" in low
    ):
        # "fighters were taken out of the plant" (the Azot plant in Sievierodonetsk named
        # before): the works, not the town around them, is where people leave
        works = [p["name"] for p in usable if p["kind"] == "facility"]
        if works and _OUT_OF_WORKS.search(low):
            origin, origins, weak_origin = works[0], [works[0]], False
        elif sites and (origin is not None or all(p["name"] == destination for p in usable)):
            # "civilians sheltering in the plant's bunkers", "50 civilians had left the plant
            # and were handed over in Bezimenne" with the works named in an earlier sentence:
            # that works is where people leave (not "the evacuation of Enerhodar, near the plant")
            m = _AT_WORKS.search(low)
            site = sites.get(m.group("head"), sites.get("")) if m else None
            if site is not None:
                origin, origins, weak_origin, from_site = site, [site], False, True
    city = (
        _CITY_LEFT.search(low)
        if within is None and not from_site and ("city" in low or "town" in low or "village" in low)
        else None
    )
    if city is not None and (origin is None or origin_rs < city.start()):
        # "Popasna remains contested and buses could not reach the town", "in Nikopol, shelled
        # from the plant's area, half of the town's residents had left": the town named by its
        # kind is the last one named before it (not where people go, a seat or an actor); in a
        # later clause, else the one the sentence named before that clause (``town_before``)
        town = _town_named_before(s, usable, city.start(), {destination, *with_dest})
        town = town or town_before
        if town is not None and town != destination:
            origin, origins, weak_origin = town, [town], False
    if found & _B_RUSSIA and (destination is None or dest_at >= 0):
        # "would be evacuated to Russia, and later thousands crossed into Belgorod oblast":
        # the country named first is where they go, a region after it a step on the way
        m = _TO_RUSSIA.search(s)
        if m and (
            destination is None
            or m.start() < dest_at
            and s[m.end() : m.end() + 1] not in ("'", "’")
        ):
            destination = "Russia"
    if own_place and origin is None:
        # (a clause of its own: its place is a district or a bank it names in words, or none)
        origin, destination = _worded_origin(s, low, destination)
        if origin is None and (
            destination is None
            or last_origin is None
            or any(
                p["name"] != destination and p["name"] not in with_dest and not _is_seat(p, s)
                for p in usable
            )
        ):
            return None
        # (a clause naming only where people go, or an official's seat, leaves from the
        # sentence's place: "the Irpin mayor said the city runs free buses to Kyiv, and ...")
    if (
        origin is None
        and last_origin is not None
        and last_origin != destination
        and _OUT_OF_THE_TOWN.search(low) is not None
    ):
        # "civilians had been brought out of the city towards the Donetsk side 'without the
        # participation of Kyiv'": the city people leave, named by its kind, is the one the
        # report spoke of, not another place the sentence names in passing
        origin = last_origin
    if origin is None:
        # places outside Ukraine are actors here ("whom Moscow installed"), not where people
        # leave from, unless the sentence says "from" them (handled above)
        home = [
            p
            for p in usable
            if p["name"] != destination
            and p["name"] not in with_dest
            and (
                p.get("country") in (None, "UA")
                or _is_district(p)
                # "evacuated from nine border districts of the Kursk region": Russia's region
                # too, when people leave its parts
                or p["kind"] in ("region", "country")
                and _FROM_PARTS_OF.search(s, max(0, p["rs"] - 80), p["rs"]) is not None
            )
        ]
        # a district ("the Bashtanka district") is as small as the towns around it
        rest = [p["name"] for p in home if p["kind"] != "region" or _is_district(p)]
        # "all residents of the region": a region is the origin when nothing smaller is named
        rest = rest or [p["name"] for p in home]
        if (
            rest
            and "from" in low
            and all(_LOCATOR_BEFORE.search(s, max(0, p["rs"] - 30), p["rs"]) for p in home)
            and (m := _UNNAMED_ORIGIN.search(low)) is not None
            and m.group(0).startswith(("from", "out of"))
        ):
            # "communities east of Pokrovsk ..., evacuation from the closest villages is possible
            # only by armoured vehicle": the places people leave are the ones said to be left,
            # not the town that locates them
            rest = []
        origin = rest[0] if rest else None
        if origin is not None and len(rest) > 1:
            # "civilians in the occupied parts of the Kherson and Zaporizhzhia regions": the
            # places listed with it are left as well
            first = next(p for p in home if p["name"] == origin)
            origins = [origin] + [
                q["name"]
                for q in _expand_list(first, usable, s)[1:]
                if q["name"] in rest and q["name"] != origin
            ]
        if origin is None and " of the " in low and _OF_THE_PLACE.search(low):
            # "on the border of Krasnaya Yaruga district, we are moving residents of the
            # district": the people of the place the sentence names, wherever it lies
            named = [p["name"] for p in usable if p["name"] != destination]
            origin = named[0] if named else None
    if origin is None and destination is not None and not with_dest and " way " in low:
        if (
            _WAY_TO_BEFORE.search(s, max(0, dest_at - 20), dest_at) is not None
            and _OUT_OF_THE_TOWN.search(low) is not None
        ):
            # "its team, which turned back on the way to Mariupol, will try again to lead a
            # convoy out of the besieged city": the one place named is the city people leave
            origin, destination = destination, None
    if (
        origin is None
        and destination is not None
        and not with_dest
        and (
            _REACH_BEFORE.search(s, max(0, dest_at - 30), dest_at) is not None
            and _TO_LEAD_OUT.match(s, dest_end) is not None
            or _FAILED_REACH.search(s, max(0, dest_at - 50), dest_at) is not None
            and _CARRYING.search(s) is None
            # "buses sent to Enerhodar had not been allowed to enter the town": the transport
            # sent for people, kept out of the place they were to leave
            or status in ("refused", "impossible")
            and _SENT_TO_BEFORE.search(s, max(0, dest_at - 50), dest_at) is not None
            and _CARRYING.search(s) is None
        )
    ):
        # "would try again to reach Mariupol to lead buses of civilians out", "crews could not
        # get into Avdiivka to pick up the wounded": the place reached is the one people leave
        origin, destination = destination, None
    if origin is None or origin == destination or destination is None:
        origin, destination = _worded_origin(s, low, destination, origin)
    if origin is None or origin == destination:
        # no named place: the kind of place people leave, as the report names it ("120,000
        # residents of the border districts had left", "evacuated from combat zones"), before
        # the place an earlier sentence named (not "front-line communities in the X hromada":
        # places located by another, which the report names)
        m = _UNNAMED_ORIGIN.search(low)
        origin = m.group("np") if m and not _LOCATED_AFTER.match(low, m.end()) else None
        if (
            origin is not None
            and last_origin is not None
            and _TOWN_PART.search(origin) is not None
            and _is_town_name(last_origin)
        ):
            # "urged residents of the riverside districts to leave" in a report on one town:
            # a part of that town, which stays the place people leave
            origin = last_origin
        elif (
            origin is None
            and last_origin is not None
            and _PLACES_WORD.search(low) is not None
            # (a town an earlier clause named keeps its villages: "evacuation out of X went
            # on; from villages where there is fighting, soldiers take people out"; the
            # gazetteer asked after the word test)
            and (carried or not _is_town_name(last_origin))
            # (not the town's own villages: "from the city's outlying villages")
            and _CITY_WORD_RX.search(low) is None
            # (nor those located in a part of the town's district: "front-line communities in
            # the east of the district"; but "the front-line communities of the region" are)
            and (m is None or "region" in low[m.end() : m.end() + 30])
            and not any(p["name"] != destination and p["name"] not in with_dest for p in usable)
        ):
            # "urged people in the recaptured villages to leave", "evacuated from the front-line
            # communities of the region": unnamed settlements of the region the report's town
            # lies in, not that one town
            origin = _region_of(last_origin)
    if (
        (origin is None or origin == destination)
        and last_origin is not None
        and "occupied" in low
        and _OCCUPIED_AREA.search(low) is not None
    ):
        # "urged civilians in the occupied south to leave" after a report on Nova Kakhovka:
        # the occupied part of the region, not the one town named before
        origin = _region_of(last_origin)
    if (
        (origin is None or origin == destination)
        and city is not None
        and last_origin is not None
        and last_origin.endswith(" oblast")
    ):
        # "Kherson regional head NAME says evacuation from the city continues": a city is no
        # region; the one the region is named for (its capital)
        last_origin = _capital_of(last_origin)
    if origin is None or origin == destination:
        if _from_unknown_place(s, places):
            return None  # people leave a place the gazetteer lacks: no carried town
        origin = last_origin if last_origin != destination else None
    if origin is None:
        # "the convoy was turned back at a checkpoint in Vasylivka", with no town named before
        origin = stop
    if within is not None and not strong_origin:
        origin = within
    requested_by = None
    if status == "requested":
        rm = _REQUEST_VERB.search(low)
        pm = _POSS_REQUEST.search(s) if found & _B_POSS_REQUEST == _B_POSS_REQUEST else None
        if pm:
            requested_by = attr.side_of_phrase(pm.group("who")) or _agent_side(
                pm.group("who"), side
            )
        elif rm:
            requested_by = _agent_side(_window_before(s, rm.start()), side)
            head = s[: rm.start()]
            if requested_by is None and len(head) < 80 and _BARE_SUBJECT.match(head):
                # "Separatist leader Denis Pushilin ordered a mass evacuation": the one who
                # asks, named as the subject by a side word of his title
                requested_by = attr.side_of_phrase(head)
        if requested_by is None and rm and _WE_BEFORE.match(s[: rm.start()][-10:]):
            requested_by = side
        if requested_by is None and rm is None and _IMPERATIVE_LEAVE.search(low):
            # '"If you can, leave," the mayor said': the call is the speaker's own
            requested_by = side
    if destination is None and _TO_RUSSIAN_TERRITORY(low):
        destination = "Russia"  # "evacuated to Russian territory"
    if (
        destination == "Russia"
        and status in ("completed", "ongoing")
        and (origin is None or "from ukraine" in low)
    ):
        # "19,500 people were evacuated to the territory of the Russian Federation from Ukraine
        # and the Donbas republics", "more than 1 million people had been evacuated to Russia":
        # the country they left (a country is otherwise read as an actor, "Ukraine refused")
        origin = "Ukraine"
    row = {
        "origin": origin,
        "destination": destination,
        # an evacuation or corridor is for civilians unless the sentence says whom else
        "population": _population(low, found, civ) or "civilians",
        "status": status,
        "requested_by_side": requested_by,
        "claimed_by_side": side,
    }
    if from_site:
        row["site"] = True
    listed = origins[1:] if origins and origins[0] == origin else []
    rows = [row] + [{**row, "origin": o} for o in listed]
    if refused_after:
        rows += [{**r, "status": "refused", "requested_by_side": None} for r in rows]
    return rows


# Patterns searched often whose own sre scan tries many branches at every word: searched only where
# one of their literal starts occurs, found in one Aho-Corasick pass. Same matches (see
# ``_regex.LiteralStarts``); rebound here, after every table and tuple that must keep the plain
# pattern.
_PART_BITS = [(need, literal_starts(rx)) for need, rx in _PART_BITS]
_STATUS_BITS = [
    (need, st, rx if rx is _POSSIBLE else literal_starts(rx)) for need, st, rx in _STATUS_BITS
]
_TO_BEFORE = literal_starts(_TO_BEFORE)
_CIVIL_COLUMN = literal_starts(_CIVIL_COLUMN)
_CANNOT_VERIFY = literal_starts(_CANNOT_VERIFY)
