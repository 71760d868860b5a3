"""Parse conflict reports into tables of claims, places, bridges, evacuations and control."""

from __future__ import annotations

import hashlib
import os
import re
from bisect import bisect_right
from pathlib import Path

import pandas as pd

from . import _attribution as attr
from ._claim_types import claim_type
from ._dates import DATELINE, dateline, dateline_match, header, report_date
from ._parse_agents import _ITEM_REFERENCE, _SPOKES, _agent_side, _window_before
from ._parse_bridges import (
    _ATTACK_VERB,
    _AUTHOR_GATE,
    _BRIDGE,
    _CARRY_WORDS,
    _DAM_WORD,
    _QUOTE_SAID,
    _STILL_USABLE,
    _TRAFFIC_BACK,
    _TRAFFIC_GATE,
    _another_bridge,
    _attack_author,
    _attacker,
    _bridge_context,
    _bridge_rows,
    _credit_attack,
    _damaged_but_usable,
    _enemy_attacker,
)
from ._parse_control import (
    _AXIS_AFTER,
    _BANK_SUBJECT,
    _CITY_WORD,
    _FOCUS_SKIP,
    _GENERIC_PLACE,
    _INTRODUCED_APPOS,
    _INTRODUCED_AS,
    _KIND_OF_BEFORE,
    _REGION_WORDS,
    _S_CONTROL,
    _S_DENIAL,
    _S_EVAC_WORDS,
    _SENTENCE_GATES,
    _SEPARATIST_WORDS,
    _TOWN_WORD,
    _YES_NO_QUESTION,
    _answered_place,
    _called_false,
    _contested_town,
    _control_rows,
    _is_oblast_level,
    _it_referent,
    _it_under,
    _kind_focus,
    _last_claimed_town,
    _line_topic,
    _mayors_town,
    _paragraph_town,
    _recent_referent,
    _site_named,
    _speaker_town,
    _with_both_towns,
    _with_region_anaphor,
    _with_regional_centre,
)
from ._parse_evacuations import (
    _AID_BODY,
    _APPOINTEE_WORDS,
    _ASKED_VERB,
    _FIRST_PERSON,
    _LIST_ITEM,
    _NOW_WORDS,
    _OTHER_ERA,
    _PRONOUN_ASK,
    _SPEAKER_LABEL,
    _TURN_LABEL,
    _back_fill_side,
    _evac_body_side,
    _evac_rows,
    _has_local_body,
    _is_actor,
    _is_headline,
    _is_seat,
    _item_label,
    _may_evacuate,
    _not_river_homonyms,
    _origin_side,
    _river_stem,
    _route_rows,
    _there_place,
)
from ._parse_mentions import _LOCATOR_BEFORE, _is_small_place, _mention_end
from ._parse_speakers import (
    _DEFINITE,
    _PERSON_ROLE,
    _TOWNS_MAYOR,
    _WHO_HEADS,
    _headline_voice,
    _label_speaker,
    _plain_name,
    _Speakers,
)
from ._regex import (
    compile_fast,
    compile_lower,
    contains_any,
    lower,
)
from ._sentences import split_sentences
from .errors import InputError
from .plot import UKRAINE_BOUNDS

__all__ = ["parse_report", "read_reports", "TABLE_COLUMNS", "CLAIM_TYPES"]

#: Columns of every output table (the contract's columns first, then extras).
TABLE_COLUMNS: dict[str, list[str]] = {
    "reports": [
        "report_id", "date", "title", "source", "n_chars", "sha256", "date_precision", "path",
        "outlet", "n_sentences",
    ],
    "claims": [
        "claim_id", "report_id", "speaker", "speaker_role", "side", "outlet", "claim_type",
        "text", "start", "end", "date", "sentence", "speaker_kind", "cue", "outlet_inferred",
        "speaker_name",
    ],
    "places": [
        "report_id", "claim_id", "mention", "name", "kind", "lat", "lon", "start", "end",
        "sentence", "place_id", "geo_precision", "score",
    ],
    "bridges": [
        "report_id", "claim_id", "name", "river", "connects", "status", "count", "actor_side",
        "claimed_by_side", "start", "end", "date",
    ],
    "evacuations": [
        "report_id", "claim_id", "origin", "destination", "population", "status",
        "requested_by_side", "claimed_by_side", "start", "end", "date",
    ],
    "control": [
        "report_id", "claim_id", "place", "controller_side", "share", "claimed_by_side",
        "start", "end", "date",
    ],
    "skipped": ["path", "problem"],
}  # fmt: skip
#: Vocabulary of ``claims.claim_type``.
CLAIM_TYPES = (
    "control", "bridge", "evacuation", "movement", "strike", "casualties", "accusation", "other",
)  # fmt: skip


_CREDIT = compile_fast(
    r"^(?:inputs? from|image|photo|photograph|video|picture|file photo|credit|source|sources|"
    r"with inputs|reporting by|writing by|editing by|additional reporting|copyright|read more|"
    r"also read|subscribe|advertisement)\b",
    re.I,
)
_SENT_KEEP = ("all", "events", "none")
# a clock time, "07:55", "9.40": what the header and time patterns below share
_CLOCK = r"(?:[01]?\d|2[0-3])[:.][0-5]\d"
# "10:40 BST — ": a time zone may follow the time
_TIMESTAMP = compile_fast(
    rf"^\s*{_CLOCK}\b\s*(?:(?:{attr.TIME_ZONES})\b\s*)?"
    r"(?:[-–—:]\s*)?"
)
# a digest item's number, "6) In Washington, NAME told CNN": never part of a speaker's name
_ITEM_NUMBER = compile_fast(r"\d{1,2}[.)]\s+(?=[A-Z])")
_LOCAL_ROLE = compile_fast(
    r"\b(?:mayor|governor|head|chief|council|administration|authorities|officials?|police|"
    r"service|unit)\b",
    re.I,
)
# ("..., city officials said", "a district official told Reuters", "the regional road service
# said": the officials of the place the report is about)
# ("local officials said", "a member of the town council told Reuters": the place's own,
# unless the sentence names their place: see _local_side)
_LOCAL_OFFICIALS_RX = r"\b[Ll]ocal\s+(?:officials|authorities)\b"
_CITY_BODY = compile_fast(
    r"\b(?:[Cc]ity|[Tt]own|[Vv]illage)\s+(?:officials|authorities|council|administration)\b"
    rf"|{_LOCAL_OFFICIALS_RX}"
    r"|\b(?:[Dd]istrict|[Rr]egional|[Ll]ocal)\s+(?:[a-z]+\s+)?(?:official|service)\b"
    r"|\b(?:[Dd]istrict|[Rr]egional)\s+(?:[a-z]+\s+)?(?:officials|authorities|council|"
    r"administration)\b"
    # ("The head of the community, Liudmyla Biriukova": the community the report is about)
    r"|\b[Hh]ead\s+of\s+the\s+(?:community|hromada|village|town|city)\b"
    # ("a police officer who has driven evacuation runs told Reuters", "a local territorial
    # defence unit posted a video")
    r"|\b(?:[Pp]olice\s+officer|[Tt]erritorial\s+defen[cs]e\s+unit)\b"
    # ("according to the police", "the regional police said": the place's own police)
    r"|\b[Pp]olice\b"
)
_CAPS_WORD = compile_fast(r"\b[A-Z][A-Z'’-]{2,}\b")
_LOCAL_OFFICIALS = compile_fast(_LOCAL_OFFICIALS_RX)
_OWN_PLACE = compile_fast(r"\b(?:town|city|village|region|oblast)['’]s\s+(?:\w+\s+)?$", re.I)


# a digest post's source tag: "[Ministry channel, 09:12] The ministry said ..."
# the report's own "we" weighing its sources: "We have not observed", "We assess", "We
# could not independently verify", "We have been unable to confirm"
_NARRATOR_WE = compile_fast(
    r"^\s*We\s+(?:(?:have|had|has)\s+not|haven['’]t|could\s+not|couldn['’]t|cannot|can['’]t|"
    r"did\s+not|didn['’]t|do\s+not|don['’]t|were\s+unable|are\s+unable|have\s+been\s+unable|"
    r"assess|judge|observed|have\s+observed|continue\s+to\s+assess)\b"
)
# (up to 160 characters: "[NAME, spokesman for the X of Y, quoted by TASS]")
_POST_TAG = compile_fast(r"^\s*\[[^\[\]\n]{1,160}\]\s*")
# a post tag's last part when it is the time: "..., 14:02]"
_TAG_TIME = compile_fast(r",\s*(?:\d{1,2}[./]\d{1,2},?\s*)?\d{1,2}[:.]\d{2}\s*$")
# a channel post's header line, its time and author: "08:10 | NAME, head of the Chernihiv Oblast
# Military Administration", "[28.08, 19:30 | NAME, head of ...]", "13:30 | NAME, quoted by X"
_POST_LINE = compile_fast(
    # (its date in words too: "Tue 25 Apr, 12:10 | NAME", "25 April 12:10 | NAME")
    r"^\s*\[?(?:(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d{1,2}[./]\d{1,2}"
    r"(?:[./]\d{2,4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})?,?\s*)?"
    rf"{_CLOCK}(?:\s*(?:{attr.TIME_ZONES}|Kyiv\s+time|local\s+time)\b)?\s*\|\s*"
    r"(?P<np>[^|\[\]\n]{2,140}?)\s*\]?\s*$"
)
# ... and the time after the writer: "NAME, head of the X administration, 10:02", "NAME, 12:30"
# (with a note after the time and a colon before the post: "NAME, 08:20:", "General Staff,
# 18:00 update (Kharkiv extract):", "Lozova city council, 10:05, quoting its mayor:")
# (after a digest's bullet: "📍 NAME, governor of X, 08:40", "🔹 BODY, 14:30, via TASS")
_POST_LINE_TRAIL = compile_fast(
    r"^\s*(?:[^\w\s\[\]()\"“'‘]{1,3}\s*)?(?P<np>[A-Z][^|\[\]\n:]{2,140}?),\s*"
    rf"{_CLOCK}(?:(?:,\s*|\s+)[^|\[\]\n:]{{1,80}}?)?\s*:?\s*$"
)
# the outlet a post header says relays the post: "..., quoted by Suspilne", "..., via TASS"
# where the compiler's own note starts: "Compiler's note.", "Editor's note:", "TRANSLATOR'S NOTE"
# (and a translation's "COMMENT" heading: the compiler's remarks follow, not the statement)
_NOTE_LEAD = compile_fast(
    r"^\s*(?:(?:Compiler|Editor|Translator|Desk)['’]s\s+note\b|"
    # "Compiled with additional reporting:", "With additional reporting from ...": the
    # compiler's own paragraphs after the posts
    r"(?:Compiled\s+)?with\s+additional\s+reporting\b|Additional\s+reporting\b|"
    # (and "REACTIONS", "BACKGROUND" under a statement's text: others' words and the
    # compiler's, no longer the statement's author)
    r"(?-i:COMMENT(?:ARY|S)?|REACTIONS?|BACKGROUND|CONTEXT)\s*(?::|\n|$)|"
    # (in any case as a heading of its own: "Reactions (compiled by the desk):")
    r"(?:Reactions?|Comments?|Background|Context)(?:\s*\([^()\n]{0,60}\))?\s*:\s*$)",
    re.I,
)
# ... and the time before it, the line ending in a colon: "[07:55] NAME, head of X:", "[15:50]
# NAME replies:", "[12:40] NAME, quoted by LuganskInformCenter:"
_POST_LINE_LEAD = compile_fast(rf"^\s*\[{_CLOCK}\]\s*(?P<np>[A-Z][^|\[\]\n]{{1,200}}?)\s*:\s*$")
# ... or the bracketed time then the writer, on a line of its own with no stop: "[08:55] NAME,
# head of the Derhachi community", "[09:40] NAME, second post"
_POST_LINE_BARE = compile_fast(
    # ("[09:40 MSK] Ministry of Defence of the Russian Federation": a time zone may follow)
    rf"^\s*\[{_CLOCK}(?:\s*(?:{attr.TIME_ZONES}|Kyiv\s+time|local\s+time))?\]\s*"
    r"(?P<np>[A-Z\"“][^|\[\]\n.!?:;]{1,160}?)\s*$"
)
# a post's writer as its header line names it: two or three capitalised words (a person), or
# a channel's name in quotes, and perhaps a lower-case role after a comma
_POST_AUTHOR_NAME = compile_fast(
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}|[\"“][A-Z][^\"“”]{1,40}[\"”])"
    r"(?:,\s+[a-z][\w'’ -]{2,60})?"
)
# what a header says of the post after the name: "NAME replies", "NAME, evening", "the
# administration, overnight summary"
_POST_NOTE = compile_fast(
    r"(?:,?\s+(?:replies|replied|responds|responded|adds|added|writes|wrote|says|said|again|"
    r"later|(?:in\s+the\s+)?(?:morning|afternoon|evening|night)|(?:overnight\s+|daily\s+|"
    # ("NAME, second post", "NAME, another update")
    r"evening\s+|morning\s+|first\s+|second\s+|third\s+|another\s+|new\s+|next\s+|later\s+|"
    r"latest\s+|final\s+|last\s+)?(?:summary|update|statement|post)))+$"
)
# a post's sentence with its subject left out, the header's speaker: "Says the militia is
# ready to ...", "Claims units have taken ..."
_ELIDED_SUBJECT = compile_fast(
    r"\s*(?:Says|Claims|Adds|Accuses|Reports|Insists|Denies|Warns|Writes|Notes|Confirms|"
    r"Reiterates|Urges|Calls|Repeats|Promises|Rejects)\s"
)
_TIME_IN_LINE = compile_fast(rf",\s*{_CLOCK}\b")
_POST_RELAY = compile_fast(
    r",\s+(?:(?:quoted|cited|relayed)\s+by|via)\s+[^,]{2,40}$"
    # ... or the platform it was posted on: "BODY (NAME), Telegram", "NAME, on Facebook"
    r"|,\s+(?:on\s+|in\s+)?(?:(?:its|his|her|their)\s+)?(?:Telegram|Facebook|Twitter|X|VK|"
    r"VKontakte|Instagram|YouTube|Viber)(?:\s+(?:channel|page|account))?$"
)


def _tag_speaker(tag: str) -> dict | None:
    """The body or person a post tag on its own line names ("[Kursk region administration,
    15:45]" → the administration), as find_speaker_phrase gives it; None for a rubric."""
    label = tag.strip(" []\n")
    # ("[NAME, role, 14:02]", "[NAME, role, quoted by TASS]", "[NAME, body, daily briefing,
    # relayed by RIA Novosti]": the time or the relaying outlet is no part of the speaker)
    bare = _TAG_TIME.sub("", _POST_RELAY.sub("", label)).strip()
    label = bare if bare != label else label.rsplit(",", 1)[0].strip()
    found = attr.section_speaker(label)
    if found is not None:
        return {**found, "start": 0, "end": 0}
    c = attr._speaker(label)
    if c and c.split()[-1].lower() in attr._FINAL_HEADS and c[:1].isupper():
        return {"np": c, "cue": "section", "start": 0, "end": 0}
    return None


# words a sentence naming a force holds (a cheap test: no force word, look further back)
_FORCE_NAMED = contains_any(
    ["occupier", "russian", "ukrainian", "enemy", "troops", "forces", "army", "units", "wagner",
     "invader", "orcs", "military"]
)  # fmt: skip
# a sentence whose own "they" did the deed: its force is named further back
_THEY_ACTED = compile_fast(
    r"\b[Tt]hey\s+(?:also\s+|then\s+|have\s+|had\s+)?(?:blew|blown|destroyed|hit|struck|shelled|"
    r"bombed|mined|damaged|attacked)\b"
)
# a town named as where something goes or lies, not where the story is: "to Zaporizhzhia",
# "towards Kyiv", "north of Pokrovsk", "the road from X to"
_TOWN_AS_SCENE_BEFORE = compile_fast(
    r"\b(?:to|towards?|into|for|via|through|near|outside|of|from|reached|reach|reaches|"
    r"arrived\s+(?:in|at)|arrive\s+(?:in|at))\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)


# a town's own services: "Police in Selydove", "the Kupiansk city council", "rescuers in X"
_LOCAL_SERVICE = compile_fast(
    r"\b(?:police|rescuers|firefighters|emergency\s+services|city\s+council|town\s+council|"
    r"village\s+council|military\s+administration|city\s+hall)\b",
    re.I,
)
# ... unless installed by the occupier: "the Russian-installed police of Melitopol"
_INSTALLED = compile_fast(r"\b(?:installed|appointed|occupation|occupying|collaborat\w*)\b", re.I)
# a source in a country's own services, named by their kind only: "a source in the security
# agencies", "a source in law enforcement", "sources in the emergency services"
_HOME_AGENCY_SOURCE = compile_fast(
    # ("a representative of one of the regional law enforcement agencies told TASS")
    r"\b(?:sources?|representatives?)\s+(?:in|within|close\s+to|of)\s+(?:one\s+of\s+)?"
    r"(?:the\s+)?(?:regional\s+|local\s+|Russian\s+|Ukrainian\s+)?(?:(?:security|law[- ]enforcement|"
    r"emergency|power|special|intelligence|military|defen[cs]e)\s+)?(?:agencies|services|"
    r"structures|law[- ]enforcement|circles)\b"
    # ... or "a military source", "a security source told TASS"
    r"|\b(?:military|security|defen[cs]e|law[- ]enforcement|emergency|intelligence|"
    r"military-diplomatic)\s+sources?\b",
    re.I,
)


def _own_service_side(
    ent: dict, found: dict | None, places: list[dict], home: str | None
) -> str | None:
    """The side of a body or unnamed speaker of no known side that is a country's own service:
    a town's police, council or rescuers ("Police in Selydove": the country the town named in
    the speaker phrase is in), or "a source in the security agencies" told a Russian or
    Ukrainian outlet (that outlet's country, else the report's own ``home``). None otherwise."""
    name = ent["name"]
    if found is not None and _LOCAL_SERVICE.search(name) and not _INSTALLED.search(name):
        own = next(
            (
                q.get("country")
                for q in places
                if found["start"] <= q["rs"] < found["end"]
                and q["kind"] in ("settlement", "region")
            ),
            None,
        )
        if own in ("RU", "UA"):
            return own
    if ent["kind"] == "unnamed" and _HOME_AGENCY_SOURCE.search(name):
        own = ent.get("outlet_home") if ent.get("outlet_home") in ("RU", "UA") else home
        if own in ("RU", "UA"):
            return own
    return None


# "NAME, acting mayor of X", "NAME, head of the X district administration": occupation
# appointees are styled so, and a district head is no town's own office; no side from the town
_APPOINTEE_HEADER = compile_fast(rf"\b(?:{_APPOINTEE_WORDS}|district\s+administration)\b", re.I)


def _post_author(line: str, speakers: object, k: int, home: str | None = None) -> dict | None:
    """The speaker a post header line names ("08:10 | NAME, head of X" → NAME, "10:45 | NAME"
    → the NAME met before, "[15:50] NAME replies:"), or None when the line is no such header."""
    m = (
        _POST_LINE.match(line)
        or _POST_LINE_TRAIL.match(line)
        or _POST_LINE_LEAD.match(line)
        or _POST_LINE_BARE.match(line)
    )
    if m is None:
        return None
    np = _POST_RELAY.sub("", m.group("np")).strip()
    np = _POST_NOTE.sub("", np).strip()
    found = attr.section_speaker(np)
    if np.endswith(")") and "(" in np:
        # "Concord press service (Yevgeny Prigozhin)", "Kherson regional military
        # administration (Oleksandr Prokudin)": the person the channel or body speaks for, or
        # else the channel itself
        head, _, inner = np[:-1].partition("(")
        person = attr.section_speaker(inner.strip())
        if person is not None and attr.split_name_role(person["np"])[2] == "person":
            found = person
        elif found is None:
            found = person or attr.section_speaker(head.strip())
        np = head.strip()
    if found is None and _POST_AUTHOR_NAME.fullmatch(np) is not None:
        # the author line of a post names its writer, known or not: "Yuri Kotenok, war
        # correspondent", '"Dva Mayora"' (a channel, its name in quotes)
        found = {"np": np.strip('"“”'), "cue": "section", "start": 0, "end": 0}
    if found is not None:
        ent = speakers.resolve({**found, "start": 0, "end": 0}, k)
        if ent is not None and ent["side"] is None and "(" in line:
            # "DeepState (Ukrainian monitoring project), 27 February, 01:10": the gloss says
            # whose the body is
            ent["side"] = _gloss_side(line)
        return ent
    if _PERSON_NAME_LINE.match(np):
        # "10:45 | Chaus": the surname of an author already named
        ent = speakers._by_name(np)
        return speakers._touch(ent, k) if ent is not None else None
    return None


def _near_ukraine(p: dict) -> bool:
    """Could people leave from place ``p``: Ukraine, or a border region next to it (Belgorod,
    Kursk), not a capital abroad a report is datelined in ("Moscow, 7 March")? Near: inside
    Ukraine's bounding box (:data:`plot.UKRAINE_BOUNDS`) widened by 0.2° north, south and
    east."""
    if p.get("country") in (None, "UA"):
        return True
    lon0, lat0, lon1, lat1 = UKRAINE_BOUNDS
    try:
        lat, lon = float(p.get("lat")), float(p.get("lon"))
    except (TypeError, ValueError):
        return False
    return lat0 - 0.2 <= lat <= lat1 + 0.2 and lon0 <= lon <= lon1 + 0.2


# the one an interview is with, and the role it gives: "An interview with NAME, head of X"
_INTERVIEW_WITH = compile_fast(
    r"\b[Ii]nterview\s+with\s+(?P<np>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
    r"(?:,\s+(?:the\s+)?[a-z][^,.;:()\n]{3,100})?)"
)
# a role one person holds, unnamed: "the head of the regional military administration"
_ONE_HOLDER_ROLE = compile_fast(
    r"(?:[Tt]he|[Oo]ur)\s+(?:[\w-]+\s+){0,3}?(?:head|governor|mayor|chief|commander|director|"
    r"chairman|chairwoman|minister|spokes(?:man|woman|person))\b"
)
# the one a question-and-answer interview is with, named in its introduction: "We spoke to the
# mayor, former boxer NAME, between ...", "NAME, head of X, talked to us by phone"
_SPOKE_WITH = compile_fast(
    r"\b(?:[Ss]poke|[Tt]alked|[Ss]peaking|[Tt]alking|[Ii]nterviewed|[Aa]sked|sat\s+down)\s+"
    r"(?:(?:to|with)\s+)?(?P<rest>[^.;:\n]{3,160})"
)
# a person named by first name only: "asked that only his first name, Denys, be used", "asked
# to be identified only by her first name, Olena"
_FIRST_NAME_ONLY = compile_fast(r"\b(?:his|her)\s+first\s+name,?\s+(?P<name>[A-Z][\w'’-]+)\b")
# an introduction by name and age ("Serhii, 34, ..."), what the two patterns below open with
_NAME_AGE_LEAD = r"^(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?),\s+\d{2},\s+"
# ... with a role: "Serhii, 34, is a patrol officer in the Vovchansk police unit"
_NAME_AGE_ROLE = compile_fast(
    _NAME_AGE_LEAD + r"(?:is|was|works\s+as|serves\s+as)\s+(?P<role>(?:an?|the)\s+[^,;.]{3,100})"
)
# a person presented by name and role: "NAME is the spokesman of the 72nd Brigade"
_NAME_IS_ROLE = compile_fast(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+is\s+(?P<role>(?:the|an?)\s+[^,;.]{3,120})"
)
# ... or with what they did: "Taras, 38, drove a taxi in Chernihiv"
_NAME_AGE = compile_fast(_NAME_AGE_LEAD + r"[a-z]")
# the role an interview's title gives its subject: '"...": a volunteer driver on the siege'
_TITLE_ROLE = compile_fast(
    r"[\"”]:\s+(?:an?|the)\s+(?P<role>[a-z][\w -]{2,40}?)\s+(?:on|about|in|from)\s"
)
# the appositive role of a sentence's subject: "The officer, a senior lieutenant of X, ..."
_SUBJECT_APPOSITIVE = compile_fast(
    r"(?:The|A|An|Our)\s+[\w -]{2,40}?,\s+(?P<role>(?:a|an|the)\s+[^,;.]{3,100}),"
)
# "by phone to", "over video link with": how an interview was held, before whom it was with
_BY_MEDIUM_TO = compile_fast(
    r"(?:by|over|via)\s+(?:a\s+)?(?:tele)?(?:phone|video(?:\s+link)?|Zoom|Skype)\s+(?:to|with)\s+"
)
_NAME = compile_fast(r"(?<![\w'’-])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}")
_NOT_NAME_LEAD = compile_fast(
    rf"(?:On|In|At|After|Before|By|For|From|The|This|That|Last|Next|{attr.CALENDAR_WORDS})\b"
)
_APPOSITIVE = compile_fast(r",\s+(?:the\s+)?[a-z][^,.;:()\n]{3,100}")


def _named_before(text: str, lo: int, hi: int, caps: str) -> str | None:
    """The phrase naming the person a transcript's turn in capitals ("SAPOZHKO:") stands for,
    from their full name written before it in ``text[lo:hi]`` with the role before the name
    ("the mayor of Brovary, Ihor Sapozhko" → "mayor of Brovary, Ihor Sapozhko"), or None."""
    surname = caps.capitalize()
    found = None
    for m in re.finditer(rf"\b[A-Z][\w'’-]+\s+{re.escape(surname)}\b", text[lo:hi]):
        found = m
    if found is None:
        return None
    a = lo + found.start()
    name = found.group(0)
    line = text[text.rfind("\n", lo, a) + 1 : a]
    role = _ROLE_BEFORE_NAME.search(line)
    if role is None:
        # ... or after it: "Briefing by NAME, head of the press service of X, on the Y direction"
        after = _ROLE_AFTER_NAME.match(text, lo + found.end(), hi)
        return f"{name}, {after.group(1)}" if after else name
    return f"{role.group(1)}, {name}"


# the role a transcript's presenter gives before a name: "the mayor of Brovary, NAME"
_ROLE_BEFORE_NAME = compile_fast(r"\b(?:the|a|an|our)\s+([a-z][^,;:.\n]{2,80}),\s*$")
_ROLE_AFTER_NAME = compile_fast(r",\s+(?:the\s+)?([a-z][^,;:.\n]{2,100})(?=[,;:.\n])")


# what "the plant" may stand for in a control row: the works the report named last
_WORKS_HEADS = frozenset(("plant", "works", "steelworks", "steel works", "factory", "combine"))


# the words of one side's own accounts: Ukraine's for the invader, Russia's for Ukraine's forces
# (not in quotes: 'what Moscow calls "nationalists"' is the narrator quoting)
_UA_VOICE = compile_lower(r"(?<![\"“'‘])\b(?:occupiers?|rashists?|ruscists?|orcs)\b")
_RU_VOICE = compile_lower(
    r"(?<![\"“'‘])\b(?:nationalists|nationalist\s+(?:units|battalions|formations|fighters)|"
    r"neo-?nazis|ukronazis|kiev\s+regime|kyiv\s+regime|afu\s+militants)\b"
)
_VOICE_GATE = contains_any(
    ["occupier", "rashist", "ruscist", "orcs", "nationalist", "nazi", "regime", "militants"]
)


def _voice_side(s: str) -> str | None:
    """The side whose own words ``s`` uses, if only one side's: "the occupiers" (Ukraine's),
    "nationalists", "the Kiev regime" (Russia's); None for neither or both."""
    low = lower(s)
    if not _VOICE_GATE(low):
        return None
    ua = _UA_VOICE.search(low) is not None
    ru = _RU_VOICE.search(low) is not None
    return "UA" if ua and not ru else "RU" if ru and not ua else None


def _is_question_line(text: str, a: int) -> bool:
    """Is the line starting at ``a`` in ``text`` a question on a line of its own, as an
    interview sets its questions between the answers ("Your monitors went to Kherson. What
    did they find?")?"""
    end = text.find("\n", a)
    line = text[a : len(text) if end < 0 else end].rstrip()
    return line.endswith("?") and len(line) < 400


# "the village" standing for a place (not "the settlements", "the village school")
_THE_VILLAGE = compile_fast(
    r"\bthe\s+(?:village|settlement)\b(?!s\b|\s+(?:school|council|head|hall|church|shop|"
    r"centre|center|clinic|square|cemetery|road|street|elder|chief)\b)"
)


def _village_referent(
    recent: list[tuple[dict, int, int]], k: int, low: str, sp: list[dict], text: str, a: int
) -> dict | None:
    """The village "the village" / "the settlement" of sentence ``k`` (lower-cased ``low``,
    starting at ``a`` in ``text``, its places ``sp``) stands for: the last small settlement
    named up to three sentences before (``recent``: the settlements named lately, as (place,
    sentence, where)), in the same paragraph, when the sentence names no settlement of its
    own; else None."""
    if ("the village" not in low and "the settlement" not in low) or _THE_VILLAGE.search(
        low
    ) is None:
        return None
    if any(q["kind"] == "settlement" for q in sp):
        return None
    for p, at, where in reversed(recent):
        if k - at > 3:
            return None
        if _is_small_place(p):
            return None if "\n\n" in text[where:a] else p
    return None


def _interviewee(s: str, intro: str, places: frozenset = frozenset()) -> str | None:
    """The phrase naming the person a question-and-answer interview is with, from a sentence
    of its introduction ("We spoke to the mayor, former boxer NAME, between his visits" →
    "former boxer NAME"; "We spoke to her in Kyiv" → the first person ``intro``, the text
    before, names; "NAME, mayor of X, spoke by phone" → the one before the verb), or None.
    Its bare "A:" turns are that person's."""
    if s[:1].isupper() and (na := _NAME_AGE_ROLE.match(s)) is not None:
        # "Serhii, 34, is a patrol officer in the Vovchansk police unit": the one introduced
        return f"{na.group('name')}, {na.group('role')}"
    if s[:1].isupper() and (na := _NAME_AGE.match(s)) is not None:
        # "Taras, 38, drove a taxi before the war", under the title '"...": a volunteer driver
        # on the siege of Chernihiv': the one introduced, with the title's role
        role = _TITLE_ROLE.search(intro)
        if role is not None:
            return f"{na.group('name')}, {role.group('role')}"
    if " is " in s and "nterview" in intro and (ni := _NAME_IS_ROLE.match(s)) is not None:
        # "(Interview recorded by telephone ...) NAME is the spokesman of the 72nd Brigade":
        # the one an interview's introduction presents
        if attr.split_name_role(ni.group("name"))[2] == "person":
            return f"{ni.group('name')}, {ni.group('role')}"
    fn = _FIRST_NAME_ONLY.search(s) if "first name" in s else None
    if fn is not None:
        # "The officer, a senior lieutenant of the Donetsk regional police, asked that only his
        # first name, Denys, be used": the one the interview is with, and the role given
        role = _SUBJECT_APPOSITIVE.match(s)
        return fn.group("name") + (f", {role.group('role')}" if role is not None else "")
    m = _SPOKE_WITH.search(s)
    if m is None:
        return None
    rest = m.group("rest")
    if (by := _BY_MEDIUM_TO.match(rest)) is not None:
        # "We spoke by phone to NAME, head of X": the one after the medium
        rest = rest[by.end() :]
    elif rest.startswith(
        ("by phone", "by telephone", "by video", "to us", "with us", "to our", "us ", "us,")
    ):
        # "NAME, mayor of X, spoke by phone in the evening": the one before the verb
        np = s[: m.start()].strip().rstrip(",")
        np = np[np.rfind(". ") + 2 :] if ". " in np else np
        if np.lower() in ("he", "she"):
            # "NAME heads the district military administration. ... He spoke to us by phone
            # from Bakhmut": the person the introduction names
            return _first_person(intro, places)
        if attr.split_name_role(np)[2] == "person":
            return np
        # "Ten days after ..., the head of the Donetsk regional military administration spoke to
        # us": the role of the person the title names ("Donetsk governor NAME on Sviatohirsk")
        role = np[np.rfind(", ") + 2 :]
        return _first_person(intro, places) if _ONE_HOLDER_ROLE.match(role) else None
    if rest.startswith(("him ", "her ", "him,", "her,")):
        # (the first person the introduction names: "NAME heads the UN mission. ... We spoke
        # to her in Kyiv")
        return _first_person(intro, places)
    for name in _NAME.finditer(rest):
        head = rest.rfind(",", 0, name.start()) + 1
        app = _APPOSITIVE.match(rest, name.end())
        tail = app.end() if app else name.end()
        for a, b in ((head, tail), (name.start(), tail), (name.start(), name.end())):
            np = rest[a:b].strip()
            np = np[4:] if np.startswith("the ") else np
            if attr.split_name_role(np)[2] == "person":
                return np
    return None


def _first_person(intro: str, places: frozenset = frozenset()) -> str | None:
    """The first person an interview's introduction names, with the role an appositive gives
    ("NAME, first deputy head of the Kherson regional council, keeps in daily contact ...") or
    a verb of heading ("NAME heads the Sievierodonetsk district military administration" →
    "NAME, head of the Sievierodonetsk district military administration"); the title may name
    them first, bare ("... : NAME on life on the left bank")."""
    first = None
    for n in _NAME.finditer(intro):
        if (
            _NOT_NAME_LEAD.match(n.group(0)) is None
            # (not a place the report names: "Izium, a city on the Siverskyi Donets")
            and n.group(0) not in places
            and attr.split_name_role(n.group(0))[2] == "person"
        ):
            app = _APPOSITIVE.match(intro, n.end())
            with_role = intro[n.start() : app.end()] if app is not None else None
            if with_role is None and (hd := _HEADS_AFTER.match(intro, n.end())) is not None:
                with_role = f"{n.group(0)}, head of the {hd.group('org')}"
            if with_role is not None and attr.split_name_role(with_role)[2] == "person":
                if first is None or with_role.startswith(first):
                    return with_role
            first = first or n.group(0)
    return first


# "NAME heads the district military administration": the body the person heads
_HEADS_AFTER = compile_fast(
    r"\s+(?:heads|leads|runs|chairs)\s+(?:the\s+)?(?P<org>[^.,;:()\n]{3,80}?)(?=\s*(?:[.,;:(]|"
    r"\s+which\b|\s+that\b|$))"
)


_PERSON_NAME_LINE = compile_fast(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$")


# a heading's bracketed gloss: "(Deputy Prime Minister NAME, 12:15)"
_GLOSS = compile_fast(r"\(([^()\n]{3,120})\)")


def _gloss_side(line: str) -> str | None:
    """The side of a curated person a heading's bracketed gloss names ("BODY (Deputy Prime
    Minister NAME, 12:15)" → NAME's side), or None."""
    for m in _GLOSS.finditer(line):
        for part in m.group(1).split(","):
            name = attr._strip_title(part.strip())[0]
            rec = attr.lookup_speaker(name) if len(name.split()) >= 2 else None
            if rec is not None and rec["kind"] == "person" and rec.get("side"):
                return rec["side"]
    for m in _GLOSS.finditer(line):
        # "DeepState (Ukrainian monitoring project), 27 February": a description of the body
        # whose side word says whose it is
        side = attr.side_of_phrase(m.group(1))
        if side is not None:
            return side
    return None


# a line opening with one capitalised word and a colon, perhaps framed as a later post:
# "Petrenko:", "Petrenko, second post:", "Petrenko, in an evening video:"
_SURNAME_LABEL = compile_fast(
    r"\s*(?P<np>[A-Z][a-z'’-]{3,24})(?:,\s+(?:(?:in\s+)?(?:a|an|his|her|the)\s+)?"
    r"(?:later|new|second|third|next|evening|morning|another|separate|video|further)"
    r"(?:\s+(?:post|video|message|update|address|statement))?)?:(?:\s|$)"
)


def _surname_label(sa: str, speakers: _Speakers) -> dict | None:
    """The speaker a post's label names by surname only ("Petrenko:" after "Oleh Petrenko,
    head of X"): a person already named in the document, else None."""
    m = _SURNAME_LABEL.match(sa)
    if m is None:
        return None
    ent = speakers._by_name(m.group("np"))
    if ent is None or ent["kind"] != "person" or " " not in ent["name"]:
        return None
    return {"np": ent["name"], "cue": "colon", "start": m.start("np"), "end": m.end("np")}


# a transcript's turn label in capitals: "UKRINFORM: ...", "SYNIEHUBOV: ..."
_PRESS_TURN = compile_fast(r"([A-Z][A-Z'’-]{2,24}):\s")


# a bridge's river named after it: "the bridge over the Konka", "a crossing across the Oskil"
_OVER_NAMED = compile_fast(r"\b(?:over|across)\s+the\s+([A-Z][\w'’-]+)")


def _other_river_named(s: str, ctx: dict, prev: dict) -> bool:
    """Does ``s`` name its bridge's river (``ctx``, read by _bridge_context, has none) as
    another than the one of the bridge named before (``prev``)?"""
    if ctx["river"] is not None or "the " not in s:
        return False
    m = _OVER_NAMED.search(s)
    if m is None:
        return False
    word = m.group(1).lower()
    return not (prev.get("river") and word[:4] in prev["river"].lower())


def _end_at(text: str, sep: str, pos: int) -> int:
    """Where ``sep`` next occurs in ``text`` from ``pos``, else the text's end: where a post
    read from ``pos`` ends (a blank line; a transcript's turn, its line)."""
    i = text.find(sep, pos)
    return len(text) if i < 0 else i


# a line that parts a report's sections: "*", "***", "* * *", "----"; or a new heading on a
# paragraph of its own ("Situation in the south", no closing stop); no speaker's turn runs
# on past one, nor past a new dateline
# (both at a line's start: the scan tries no other place)
_TURN_BREAK = compile_fast(
    r"^(?:[ \t]*(?:(?:\*[ \t]*){1,5}|-{3,}[ \t]*|_{3,}[ \t]*|={3,}[ \t]*)$"
    r"|(?<=\n\n)[ \t]*[A-Z][^\n]{0,78}[^\s.?!:;,\"”’)\]](?=[ \t]*\n[ \t]*\n))",
    re.M,
)


def _turn_breaks(text: str, start: int) -> list[int]:
    """The starts of the lines after ``start`` that no speaker's turn runs on past: separator
    lines, headings (:data:`_TURN_BREAK`) and datelines, in order."""
    found = {m.start() for m in _TURN_BREAK.finditer(text, start)}
    found.update(m.start() for m in DATELINE.finditer(text, start))
    return sorted(found)


def _turn_end(text: str, pos: int, sep: str | None, breaks: list[int]) -> int:
    """Where a speaker's turn read from ``pos`` ends: at the next ``sep`` (a line's end, a
    blank line; None: the report's end), or at the next of ``breaks`` if that is sooner."""
    end = len(text) if sep is None else _end_at(text, sep, pos)
    i = bisect_right(breaks, pos)
    return breaks[i] if i < len(breaks) and breaks[i] < end else end


# the next paragraph after a blank line
_NEXT_PARAGRAPH = compile_fast(r"[ \t]*\n[ \t]*\n\s*(?P<line>[^\n]+)")


def _answer_end(text: str, end: int, breaks: list[int]) -> int:
    """Where an interview's labelled answer ending its first paragraph at ``end`` ends: past
    the paragraphs that follow it, up to a question, another turn's label or a break."""
    while (m := _NEXT_PARAGRAPH.match(text, end)) is not None:
        line = m.group("line").rstrip()
        i = bisect_right(breaks, end)
        if (
            (i < len(breaks) and breaks[i] <= m.start("line"))
            or line.endswith("?")
            or _TURN_LABEL.match(line) is not None
        ):
            break
        end = m.end("line")
    return end


def _blank_post_tag(sa: str) -> tuple[str, str | None]:
    """The sentence with a leading "[Source, 09:12]" post tag blanked out (kept as spaces, so
    offsets hold): the tag is a label, and no speaker phrase may start inside it. Also the
    name of the speaker the tag names ("[Milblogger X, 13:40]" → X), or None."""
    m = _POST_TAG.match(sa)
    if m is None:
        return sa, None
    full = m.group(0).strip(" []\n")
    label = full.rsplit(",", 1)[0]
    # ("[Luhansk ODA, Serhiy Haidai]": the channel first, the person who posts after it)
    rec = attr.lookup_speaker(label) or ("," in full and attr.lookup_speaker(full)) or None
    if rec is not None:
        return " " * m.end() + sa[m.end() :], rec["name"]
    # a body the tag names though no table lists it: "[Sumy regional administration, 09:12]"
    # (not a bare kind, "[Administration, 13:15]": the channel's own notices name no one)
    found = _tag_speaker(full)
    named = found is not None and " " in found["np"].strip()
    return " " * m.end() + sa[m.end() :], found["np"] if named else None


# a person's name labelling a tagged post: "[Channel, 06:12] Maksym Marchenko: ..."
_TAG_PERSON_COLON = compile_fast(
    r"^\s*(?P<np>(?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+):\s+(?=[A-Z\"“«])"
)


# "X, first deputy head of ..., was more direct: Vysokopillia, he wrote, is Ukraine": a "he
# wrote" set off by commas, inside the statement
_PAREN_VERB = compile_fast(r",\s+(?:he|she)\s+(?:also\s+)?[a-z]+\s*,")


# the role of an official a letterhead's body may speak through
_OFFICIAL_WORD = compile_fast(
    r"\b(?:officials?|spokes(?:man|woman|person)|press\s+secretary|briefer)\b", re.I
)


def _title_role_side(head: str, name: str) -> str | None:
    """The side of the role a report's title line gives a person in apposition: "Statement by
    the UN Crisis Coordinator for Ukraine, NAME, on ..." → INTL (None without one)."""
    m = re.search(r"([^,;:—–(]{3,80}),\s+" + re.escape(name) + r"\b", head)
    return attr.side_of_phrase(m.group(1)) if m else None


def _parenthetical_subject(sa: str, found: dict, outlet_spans: list[tuple[int, int]]) -> dict:
    """The named person with a role that a sentence opens with, when its speaker is a
    parenthetical "he wrote" further on ("X, deputy head of the council, was blunt: the town,
    he wrote, is ours"); else ``found`` itself (the pronoun refers back)."""
    a = sa.rfind(",", 0, found["end"])
    if a < 0 or not _PAREN_VERB.match(sa, a):
        return found
    subject = attr.person_subject(sa[:a], outlet_spans)
    if subject is None:
        return found
    # a full name with its role ("Civilians, children among them, were killed, he said": no)
    name, role, _ = attr.split_name_role(subject["np"])
    return subject if role is not None and " " in name else found


# a sentence that only says who carried the statement before it
_RELAY_NOTE = compile_fast(
    r"^\s*(?:His|Her|Their|Its|The|These|Those)\s+(?:\w+\s+)?(?:remarks|comments|statements?|"
    r"words|claims?|figures?|account|interview|briefing)\s+(?:was|were)\s+(?:\w+\s+)?"
    r"(?:carried|reported|relayed|quoted|published|cited|broadcast)\b"
)


def _militia_side(ent: dict, separatist: bool) -> str | None:
    """RU for a "militia" speaker with no side word ("militia spokesman X") in a report on the
    Donetsk / Luhansk People's Republics, whose "people's militia" it is; else None."""
    if not separatist:
        return None
    return "RU" if "militia" in f"{ent['name']} {ent['role'] or ''}".lower() else None


def _local_side(
    s: str, found: dict, places: list[dict], focus: dict | None, home: str | None = None
) -> str | None:
    """Side of a local official with no side word: the country of the place they serve.

    "The mayor of Chernigov, ..., Vladyslav Atroshenko" / "The town's mayor, NAME" (the town
    is the report's focus) → UA for a Ukrainian place. Russian-installed roles were already
    given RU by their words, except in Russian state media (``home`` = ``RU``, the country of
    the report's own outlet), which names occupation officials without any qualifier.
    """
    before = s[max(0, found["start"] - 120) : found["end"]]
    role = _LOCAL_ROLE.search(before)
    if role is None:
        return None
    lo = found["start"] - len(before) + found["end"] - found["start"]
    near = [p for p in places if lo <= p["rs"] < found["end"] and p["kind"] != "country"]
    named = (
        [p for p in places if p["kind"] in ("settlement", "region")]
        if _LOCAL_OFFICIALS.search(before) is not None
        else []
    )
    if near:
        place = near[-1]
    elif named:
        # "Local officials urge families in the Krasnopillia community to leave": whose they
        # are, the places they speak of say
        place = named[0]
    elif _OWN_PLACE.search(s, 0, found["start"] + role.start() + 1) and focus is not None:
        place = focus
    elif focus is not None and (
        role.group(0).lower() == "mayor" or _CITY_BODY.search(before) is not None
    ):
        # "Mayor X said separately that ...": the mayor of the city the report is about;
        # "..., city officials said" its officials
        place = focus
    else:
        return None
    if place.get("country") == "RU":
        return "RU"  # "NAME, governor of the Saratov region": a Russian region's own office
    if place.get("country") != "UA":
        return None
    if home == "RU" or _RU_MEDIA_CITING.search(before) is not None:
        # ("RIA Novosti, citing the regional administration, said ...": Russian state media
        # quote the occupation's officials without a qualifier)
        return "RU"
    return "UA"


def _own_place_side(phrase: str, focus: dict | None, home: str | None) -> str | None:
    """:func:`_local_side` of a whole phrase that names a local official or body, from the
    settlements and regions the phrase itself names ("a patrol officer in the Vovchansk police
    unit"), else the report's ``focus``."""
    own = [
        {**p, "rs": p["start"]} for p in _places_in(phrase) if p["kind"] in ("settlement", "region")
    ]
    return _local_side(phrase, {"start": 0, "end": len(phrase)}, own, focus, home)


# a local body named by its place: "Trubchevsk district administration", "Kerch city council"
_PLACE_BODY = compile_fast(
    r"^[A-Z][\w'’-]+\s+(?i:district|city|town|village|settlement|regional)\s+"
    r"(?i:administration|council|authorities)$"
)
_RU_MEDIA_CITING = compile_fast(
    r"\b(?:RIA(?:\s+Novosti)?|TASS|Interfax|RT|Izvestia|Sputnik)\b[^.;]{0,20}?\bciting\b"
)


# documents in an author's own voice: the title / byline names the author
_AUTHOR_TITLE = compile_fast(
    r"\b(?P<a>Defence Intelligence|Offensive Campaign Assessment|Institute for the Study of War"
    r"|ISW)\b"
)
_AUTHOR_ALIAS = {"Offensive Campaign Assessment": "ISW"}
# the names a series title stands for, one of which the report must name itself
_AUTHOR_NAMES = {"Offensive Campaign Assessment": ("ISW", "Institute for the Study of War")}


def _names_author(text: str, after: int, title: str) -> bool:
    """Does the report, after its title line, name the author a series title stands for? A
    copy of "Russian Offensive Campaign Assessment" that never says "ISW" is relayed text
    whose sentences stay the narrator's, not ISW's."""
    return any(n in text[after:] for n in _AUTHOR_NAMES.get(title, ()))


_ARTICLE_THE = compile_fast(r"^[Tt]he\s+")
# a title naming whose words follow: "Statement by the Governor of X Oblast, NAME (Telegram)",
# "Address of NAME to the residents", "Posts by the head of X, NAME, translated": the body is
# NAME's own voice ("we are moving residents")
_AUTHOR_STATEMENT = compile_fast(
    r"^\s*(?:(?:Full )?text of (?:the )?)?(?:Official )?(?:Statements?|Address(?:es)?|Video address|"
    r"Messages?|Appeals?|Remarks|Posts?|Updates)\s+(?:to\s+(?:the\s+)?(?:press|media|journalists)\s+)?"
    r"(?:by|of|from)\s+(?P<np>[^(\n:]{3,140})",
    re.I,
)
# a channel's title line, then whose posts follow: "Kherson Regional Military Administration -
# posts by the head of the administration, NAME (...), Tuesday 6 June 2023"
# (or the line opens with them: "Posts by the head of the X regional administration, NAME,
# translated ...", "Updates from NAME, mayor of X")
_POSTS_BY = compile_fast(
    r"^\s*(?:(?P<body>[A-Z][^\n]{2,80}?)\s+[-–—|:]\s+)?(?:(?:Telegram|official|channel)\s+)?"
    r"(?i:posts|updates|statements|messages|addresses)\s+(?:by|of|from)\s+"
    r"(?P<np>[^(\n:;]{3,140})"
)
# the platforms a channel's posts come from
_PLATFORMS = ("Telegram", "Facebook", "VK", "Twitter", "X", "Instagram", "YouTube")
_PLATFORM = "|".join(_PLATFORMS)
# a channel post's header line: its writer, then the channel ("- Telegram", ", Facebook")
_POST_HEADER = compile_fast(
    r"^\s*(?P<np>[A-Z][^,\n:]{2,60}(?:,\s+[^,\n:]{2,60}?)?)\s*(?:,|\s[-–—])\s+"
    rf"(?:(?:his|her|its|official)\s+)?(?:{_PLATFORM})\b"
)
_CHANNEL_GATE = contains_any(list(_PLATFORMS))
# a title line naming before its colon the one whose channel's posts follow: "NAME, head of X:
# posts of 4 March on his Telegram channel"
_OWNER_POSTS = compile_fast(
    r"^\s*(?P<np>[A-Z][^\n:]{2,160}?):\s+(?i:posts|updates|messages)\b[^\n:]{0,60}?\b"
    rf"(?:his|her|its)\s+(?:official\s+)?(?:{_PLATFORM})\b"
)
# a title line naming the channel first, then whose posts follow: "Telegram: NAME, head of
# the X regional administration", "Facebook post | NAME, mayor of X" (not "X:", too common a
# letter to open a line with)
_CHANNEL_FIRST = compile_fast(
    r"^\s*(?:Telegram|Facebook|VK|Twitter|Instagram|YouTube)(?:\s+(?:post|posts|channel|"
    r"page|updates?))?\s*(?::|\||[-–—]\s)\s*(?P<np>[A-Z][^\n]{2,160})"
)
# "the Telegram channel of NAME, head of X": whose posts follow, up to the sentence's end
_CHANNEL_OF = compile_fast(
    rf"\b(?:(?:{_PLATFORM})\s+)?channel\s+of\s+(?P<np>[A-Z][^\n.;()]{{2,160}})"
)
# where a header line's place and date start: "Statement by NAME - Vienna, 6 May 2023"
_HEADER_DASH = compile_fast(r"\s[-–—]\s")
# a town's council or administration heading its own page, in capitals
_LETTERHEAD_BODY = compile_fast(
    r"\b(?:CITY|TOWN|VILLAGE|REGIONAL|OBLAST|DISTRICT)\s+(?:MILITARY\s+)?(?:COUNCIL|ADMINISTRATION)$"
)
# a header line naming the body whose release or update the text is: "ICRC news release -
# Geneva", "General Staff morning report, relayed by Ukrinform", "General Staff of the Armed
# Forces of Ukraine, morning update"
_AUTHOR_RELEASE = compile_fast(
    r"^\s*(?P<np>[A-Z][\w'’. ]{1,70}?)(?:,\s*|\s+)(?:(?:morning|evening|daily|operational|"
    r"official)\s+)?(?:news release|press release|report|update|summary|digest)\b"
)
# a title naming a body's statement: "IAEA statement (summary)", "NAVY COMMAND - statement",
# "Update - IAEA Director General statement on the situation" (the body or its head speaks)
_AUTHOR_STATEMENT_TITLE = compile_fast(
    r"^\s*(?:(?:Update|Press release|News release)\s*[-–—:]\s*)?"
    r"(?P<np>[A-Z][\w'’.]*(?: [A-Z][\w'’.-]*){0,5}?)(?:\s*[-–—,]\s*|\s+)"
    r"(?:(?:official|press|joint)\s+)?statement\b"
)
# the head a body's statement is issued in the name of: "IAEA Director General" is the IAEA's
_HEAD_OF_BODY = compile_fast(
    r"\s+(?:Director[- ]General|Secretary[- ]General|Spokes(?:man|woman|person)|President|"
    r"Chair(?:man|woman|person)?|High Commissioner)$",
    re.I,
)
# a header line that is a body's name and its acronym, nothing else
_BODY_LINE = compile_fast(r"^\s*(?P<np>[A-Z][\w'’ ,.-]{3,100}?)\s*\((?P<ac>[A-Z]{2,8})\)\s*$")
_AUTHOR_STATEMENT_GATE = (
    "statement", "address", "video address", "message", "appeal", "remarks", "post", "text of",
    "updates",
    "full text", "official",
)  # fmt: skip


# a sentence-subject pronoun, and how to find who it is in the sentence before
_OPENER_PRONOUNS = {
    "he": attr.person_subject, "He": attr.person_subject, "she": attr.person_subject,
    "She": attr.person_subject, "it": attr.body_subject, "It": attr.body_subject,
}  # fmt: skip


def _titled_or_known(np: str) -> bool:
    """Is the speaker phrase a person with a title ("President X"), a body, or a curated
    speaker? ("Buses left Izium" opens with a capital too, and is no one.)"""
    name, role, kind = attr.split_name_role(np)
    rec = attr.lookup_speaker(name)
    if rec is not None and attr.is_alias(name, rec):
        return True
    return kind == "body" or kind == "person" and _PERSON_ROLE.search(role or "") is not None


def _in_capitals(line: str) -> bool:
    """Is ``line`` written in capitals, with more than six letters?"""
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 6 and all(c.isupper() for c in letters)


def _author(text: str, spans: list[tuple[int, int]], bylines: dict[int, str]) -> dict | None:
    """The body whose own voice the document is in (title, headline or byline), or None."""
    lead_author = local_author = None
    for i, (a, b) in enumerate(spans[:3]):
        line = text[a:b]
        if "\n" in line or len(line) > 200:
            continue
        cands = []
        stated_by = None  # whom a "Statement by ..." line names, as written
        if i in bylines:
            cands.append(bylines[i])
        m = _AUTHOR_TITLE.search(line)
        if m and (m.group("a") not in _AUTHOR_ALIAS or _names_author(text, b, m.group("a"))):
            cands.append(_AUTHOR_ALIAS.get(m.group("a"), m.group("a")))
        if line.lstrip()[:12].lower().startswith(_AUTHOR_STATEMENT_GATE):
            st = _AUTHOR_STATEMENT.match(line)
            if st:
                # "the Governor of Belgorod Oblast, NAME": the name among the commas, and
                # "IAEA Director General NAME - Vienna, 6 May": the name before its title
                np = stated_by = _HEADER_DASH.split(st.group("np"), maxsplit=1)[0]
                parts = [p.strip() for p in np.split(",") if p.strip()]
                cands += parts + [attr._strip_title(p)[0] for p in parts]
                # "Statement of the Ministry of Defence of the Russian Federation": the body's
                # name without its article
                cands += [p[4:] for p in parts if p[:4].lower() == "the "]
                # 'Statement of the Operational Command "South" of the Armed Forces of
                # Ukraine': the body's name without the force it belongs to
                cands += [
                    _ARTICLE_THE.sub("", p.split(" of the ", 1)[0])
                    for p in parts
                    if " of the " in p[5:]
                ]
        release = _AUTHOR_RELEASE.match(line)
        if release:
            cands.append(release.group("np").strip())
        stated = _AUTHOR_STATEMENT_TITLE.match(line) if "tatement" in line else None
        if stated:
            np = stated.group("np").strip()
            cands += [np, _HEAD_OF_BODY.sub("", np)]
        # (every match names a channel: most lines are rejected without the slow match)
        post = _POST_HEADER.match(line) if _CHANNEL_GATE(line) else None
        if post:
            # "Governor NAME, Telegram, evening", "NAME, Governor of X - Telegram, 5 January":
            # a channel post's header names who writes the body (a title before the name)
            cands += [attr._strip_title(p.strip())[0] for p in post.group("np").split(",")]
        body_line = _BODY_LINE.match(line)
        if body_line:
            # "United Nations Office for the Coordination of Humanitarian Affairs (OCHA)" on a
            # line of its own under the title: the body whose update the text is
            cands += [body_line.group("np").strip(), body_line.group("ac")]
        if i == 0 and _in_capitals(line):
            # a letterhead in capitals: "MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION"
            cands.append(line.strip())
            head = _HEADER_DASH.split(line.strip(), maxsplit=1)[0]
            if local_author is None and head != line.strip() and _LETTERHEAD_BODY.search(head):
                # "CHERNIHIV CITY COUNCIL - OFFICIAL INFORMATION": a town's own body no table
                # lists, with the side of its town (when no table names another author)
                side = attr.side_of_phrase(attr.uncapitalised(head))
                if side is not None:
                    local_author = {"name": attr.uncapitalised(head), "role": None,
                                    "side": side, "kind": "body", "lead": False,
                                    "surface": None}  # fmt: skip
        lead = attr.HEADLINE_LEAD.match(line)
        for c in cands + ([lead.group("np")] if lead else []):
            rec = attr.lookup_speaker(c)
            if rec is not None and (attr.is_alias(c, rec) or attr.is_full_name(c, rec)):
                # a "Name: claim" headline speaks for the body only once Name speaks there
                surface = (
                    c if rec["kind"] == "body" and c != rec["name"] and _plain_name(c) else None
                )
                if body_line and c in body_line.group("np", "ac"):
                    # the name as the header writes it, if it is this body's ("United Nations
                    # Office for the Coordination of Humanitarian Affairs (OCHA)")
                    named = attr.lookup_speaker(body_line.group("np").strip())
                    if named is not None and named["name"] == rec["name"]:
                        surface = body_line.group("np").strip()
                found = {**rec, "lead": not (cands and c in cands), "surface": surface}
                if not found["lead"]:
                    return found
                # ("WHO: 'This winter ...'" then "Statement to the press by the WHO Regional
                # Director, Dr NAME": the statement line names the author; the headline's
                # speaker only if no line does)
                lead_author = lead_author or found
                break
        if stated_by is not None:
            # "Statement to the press by the WHO Regional Director for Europe, Dr NAME, at the
            # end of his visit": a person no table lists, with the side of the title's body
            by = _posts_author("", stated_by)
            if by is not None and by["side"] is not None:
                return by
        posts = _POSTS_BY.match(line)
        if posts is not None:
            by = _posts_author(posts.group("body") or "", posts.group("np"))
            if by is not None:
                return by
        channel = _CHANNEL_FIRST.match(line) if line.lstrip()[:1] in "TFVIY" else None
        if channel is None and "channel of " in line:
            # "Telegram channel of NAME, head of the X administration. Posts of 23 November",
            # "posts of the administration (the channel of NAME, head of X)"
            channel = _CHANNEL_OF.search(line)
        if channel is None and ": " in line and _CHANNEL_GATE(line):
            # "NAME, head of the X administration: posts of 4 March on his Telegram channel"
            channel = _OWNER_POSTS.match(line)
        if channel is not None:
            # "Telegram: NAME, head of the X regional administration (translated)": the
            # channel, then the person whose posts follow (the side from the role)
            np = attr._TRAILING_BRACKETS.sub("", channel.group("np")).strip()
            name, _, role = np.partition(",")
            by = _posts_author(role, np)
            if by is not None:
                return {**by, "role": by["role"] or role.strip() or None}
    return lead_author or local_author


# a channel named by its owner: "NAME's Telegram channel", "NAME’s official Facebook page"
_CHANNEL_OWNER = compile_fast(
    rf"['’]s?\s+(?:(?:official|personal)\s+)?(?:(?:{_PLATFORM})(?:\s+(?:channel|page|account|"
    r"feed))?|channel|page|account|feed)\s*$"
)


_HONORIFIC = compile_fast(r"(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?")


def _posts_author(body: str, np: str) -> dict | None:
    """The person whose posts a channel's title line says follow ("the head of the
    administration, NAME (...), Tuesday ..."), with the side of the channel's body."""
    parts = [attr._TRAILING_BRACKETS.sub("", p).strip() for p in np.split(",")]
    # "posts from NAME's Telegram channel": the owner of the channel writes its posts
    parts = [_CHANNEL_OWNER.sub("", p) for p in parts]
    for i, part in enumerate(parts):
        name, role = attr._strip_title(part)
        if (
            attr._PERSON_NAME.match(name)
            and len(name.split()) >= 2
            and attr.split_name_role(name)[2] == "person"
        ):
            # (the role after the name when none comes before: "NAME, head of the X
            # regional administration")
            # (an honorific is no role: "the WHO Regional Director for Europe, Dr NAME")
            if role is None or _HONORIFIC.fullmatch(role) is not None:
                role = parts[i - 1] if i else parts[i + 1] if i + 1 < len(parts) else None
            # with no body before the line's "posts by", the person's role gives the side
            side = attr.side_of_phrase(body or role or "") or attr.institution_side(
                body or role or ""
            )
            return {"name": name, "role": role, "side": side, "kind": "person", "lead": False,
                    "surface": None}  # fmt: skip
    return None


# a byline / dateline line that is metadata, not speech: "MOSCOW, 27 February — RIA Novosti.",
# "23 March 2022, 13:40 — Ukrainska Pravda", "News release — Geneva, 6 March 2022 (ICRC)"
_BYLINE = compile_fast(
    r"^[^\n]{0,80}?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?"
    r"(?:,?\s*\d{1,2}:\d{2})?\s*(?:[—–-]+\s*(?P<o1>[A-Z][\w .-]{1,40}?)|"
    r"\((?P<o2>[A-Za-z .-]{2,30})\))\s*\.?\s*$"
)
_BYLINE_LEAD = compile_fast(
    r"^(?P<o>[A-Z][\w .-]{1,40}?),\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"(?:,?\s+\d{4})?\s*$"
)
# a wire dateline whose agency the date parser does not read: no date ("KYIV, Ukraine (AP) -")
# or the day first ("KHARKIV, 18 July (Ukrinform) -"); the place is in capitals, or a
# capitalised name with the agency right after it ("Kyiv (AFP) -")
_AGENCY_LINE = compile_fast(
    r"^[ \t]*(?:[A-Z][A-Z'’ ./-]{1,40},(?:[ \t]+[A-Z][a-z]+,?)?(?:[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+,?)?"
    r"|[A-Z][a-z'’-]{2,20}(?:[ \t]+[A-Z][a-z'’-]{2,20})?)"
    r"[ \t]+\((?P<o>[A-Za-z. -]{2,30})\)[ \t]*[-–—]",
    re.M,
)


def _report_id(text: str) -> tuple[str, str]:
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return sha[:12], sha


def _places_in(text: str) -> list[dict]:
    try:
        from .gazetteer import find_places
    except ImportError:  # pragma: no cover - the gazetteer ships with the kit
        return []
    return find_places(text, as_records=True) if text else []


def _title(text: str, body_start: int, spans: list[tuple[int, int]]) -> str | None:
    for line in text[body_start:].split("\n"):
        line = line.strip()
        if line:
            if len(line) <= 160:
                return line
            break
    if spans:
        a, b = spans[0]
        t = text[a:b]
        return t if len(t) <= 160 else t[:157].rsplit(" ", 1)[0] + "…"
    return None


# a title naming an unnamed official as the one who speaks: "Background briefing by a senior
# US defense official on ...", "Remarks by a senior British government official"
_BY_UNNAMED_OFFICIAL = compile_fast(
    r"\b(?:briefing|remarks|press conference|call|transcript)\s+(?:\w+\s+)?(?:by|with)\s+"
    r"(?:an?\s+)?(?P<np>(?:senior\s+)?[A-Za-z.]+(?:\s+[a-z]+){0,3}\s+"
    r"(?:officials?|spokes(?:man|woman|person)))\b",
    re.I,
)


# two routes in a row of a list set out in one sentence: "from Enerhodar to Zaporizhzhia, from
# Sumy to Poltava" (not "evacuation from X is impossible; from Y, buses take people to Z")
_ROUTE_ENUM = compile_fast(
    r"\bfrom\s+[A-Z][^;:.]{0,80}?\s(?:to|towards?)\s+[A-Z][^;:.]{0,40}?,\s+(?:and\s+)?"
    r"from\s+[A-Z][^;:.]{0,80}?\s(?:to|towards?)\s+[A-Z]"
)
_SEAT_LINE = compile_fast(
    r"\s*(?:The\s+)?(?:Pentagon|White House|State Department|Kremlin|Downing Street)\b"
    r"(?=[^\n]{0,60}\d)"
)


def _masthead_side(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The side of the body a report's first line names alone ("U.S. Department of Defense",
    "Ministry of Defence of Ukraine"): the issuer of a transcript or a statement, if any; or
    of the unnamed official its title says speaks ("briefing by a senior US defense
    official")."""
    if not spans:
        return None
    head_end = min(spans[0][1], spans[0][0] + 200)
    if "by " in text[spans[0][0] : head_end]:
        m = _BY_UNNAMED_OFFICIAL.search(text, spans[0][0], head_end)
        if m is not None:
            return attr.side_of_phrase(m.group("np"))
    for a, b in spans[:2]:
        # "The Pentagon, Washington, March 21, 2022" under the title: where the briefing is held
        seat = _SEAT_LINE.match(text, a, b) if b - a < 90 else None
        if seat is not None:
            return attr.side_of_phrase(seat.group(0))
    if spans[0][1] - spans[0][0] > 60:
        return None
    line = text[spans[0][0] : spans[0][1]].strip()
    if (
        "\n" in line
        or ":" in line
        or not attr._ORG_WORD.search(line)
        or not attr.np_is_speaker(line)
    ):
        return None
    return attr.side_of_phrase(line)


# the oblast whose ground a Russia-installed republic's control claim is about
_REPUBLIC_OBLAST = {
    "Luhansk People's Republic": "Luhansk oblast",
    "Donetsk People's Republic": "Donetsk oblast",
}


def _parse_records(
    text: str,
    *,
    report_id: str | None = None,
    source: str | None = None,
    title: str | None = None,
    path: str | None = None,
    unattributed: str = "none",
    places: list[dict] | None = None,
) -> dict[str, list[dict]]:
    if unattributed not in _SENT_KEEP:
        raise ValueError(f"unattributed must be one of {_SENT_KEEP}, not {unattributed!r}")
    text = text or ""
    rid, sha = _report_id(text)
    rid = report_id or rid
    body_start, hdr_date, hdr_source = header(text)
    # one dateline search serves the date, the outlet and the first sentence's start
    body = text[body_start:]
    dm = dateline_match(body)
    line_date, line_outlet = dateline(body, dm)
    date, precision = report_date(
        text, body_start, hdr_date, path, line_date, bool(dm and dm.group("year"))
    )
    index, _ = attr.outlets_table()
    if line_outlet:
        line_outlet = index.get(line_outlet, line_outlet)
    spans = split_sentences(text, body_start)
    if dm is not None and dm.start() == 0 and body_start and text[body_start - 1] != "\n":
        # "^" holds at the body's start although the body starts mid-line (after a header on
        # the same line): within the whole text that is no line start, so search there; any
        # later match is the same in both
        dm = dateline_match(text, body_start)
        dm_span = (dm.start("place"), dm.end()) if dm else None
    else:
        dm_span = (dm.start("place") + body_start, dm.end() + body_start) if dm else None
    if dm_span:
        for i, (sa, sb) in enumerate(spans[:4]):
            if sa <= dm_span[0] < sb and dm_span[1] < sb:
                spans[i] = (dm_span[1], sb)
                break
    else:
        # "KYIV, Ukraine (AP) - Ukraine said ...": an agency dateline with no date opens the
        # first sentence; the sentence, and who speaks in it, starts after the dash
        for i, (sa, sb) in enumerate(spans[:4]):
            am = _AGENCY_LINE.match(text[sa:sb])
            if am is not None and am.end() < sb - sa:
                rest = text[sa + am.end() : sb]
                spans[i] = (sa + am.end() + len(rest) - len(rest.lstrip()), sb)
                break
    bylines: dict[int, str] = {}
    for i, (sa, sb) in enumerate(spans[:4]):
        # matched on the line itself: "^" holds only at the start of the string searched
        line = text[sa:sb] if sb - sa <= 120 else ""
        bm = _BYLINE.match(line) if line else None
        if bm:
            o = (bm.group("o1") or bm.group("o2")).strip()
        else:
            # "BBC News, 4 April 2022": the outlet, then the date
            bm = _BYLINE_LEAD.match(line) if line else None
            o = bm.group("o").strip() if bm and bm.group("o").strip() in index else None
        if o:
            bylines[i] = o
            if not line_outlet and o in index:
                line_outlet = index[o]
    if not line_outlet:
        # "KYIV, Ukraine (AP) —", "KHARKIV, 18 July (Ukrinform) -": an agency dateline that
        # gives no date the date parser reads
        am = _AGENCY_LINE.search(body, 0, 800)
        if am and am.group("o").strip() in index:
            line_outlet = index[am.group("o").strip()]
    masthead_side = _masthead_side(text, spans)
    out: dict[str, list[dict]] = {k: [] for k in TABLE_COLUMNS if k != "skipped"}
    out["reports"].append(
        {
            "report_id": rid,
            "date": date,
            "title": title or _title(text, body_start, spans),
            "source": source or hdr_source,
            "n_chars": len(text),
            "sha256": sha,
            "date_precision": precision,
            "path": str(path) if path else None,
            "outlet": line_outlet,
            "n_sentences": len(spans),
        }
    )
    if not spans:
        return out
    if places is None:
        places = _places_in(text)
    places = [p for p in places if p.get("start", 0) >= body_start]
    # the names the report uses for places (an interview's guest is none of them)
    place_names = frozenset(
        p["mention"] for p in places if p["kind"] in ("river", "settlement", "region")
    )
    starts = [a for a, _ in spans]
    by_sent: dict[int, list[dict]] = {}
    for p in places:
        k = bisect_right(starts, int(p["start"])) - 1
        if k >= 0 and int(p["start"]) < spans[k][1]:
            p["sentence"] = k
            p["rs"] = int(p["start"]) - spans[k][0]
            by_sent.setdefault(k, []).append(p)
        else:
            p["sentence"] = None
    speakers = _Speakers()
    claim_of_sentence: dict[int, str] = {}
    ent_claims: list[tuple[dict, dict | None]] = []
    relayed: dict[int, str] = {}
    spokes_of: dict[int, dict] = {}  # a body -> its spokesperson speaking right after it
    last_origin = None
    last_town: tuple[str, int] | None = None  # the last town named as a scene, and where
    # the settlements named in the last few sentences: (place, sentence, where), for "the village"
    recent_towns: list[tuple[dict, int, int]] = []
    # the town a line opens with ("In X, ...", "X: ..."), and where that line ends
    line_topic: tuple[str, int] | None = None
    focus = None
    kinds: dict[str, dict] = {}  # "village" -> the last settlement named "the village of X"
    sites: dict[str, str] = {}  # "plant" -> the last facility named with that head word
    last_region = None  # the last region named: what a later "the region" may stand for
    works: dict[str, str] = {}  # the same for evacuations, by the head of name or mention
    salience: dict[str, int] = {}
    # settlements last introduced as "the village of X" / "the town of X" (sentence, place)
    introduced: dict[str, tuple[int, dict]] = {}
    bridge_ctx: tuple[int, dict] | None = None
    last_bridge: tuple[int, dict | None, str, str | None] | None = None
    # a short sentence's bridge row in no one's words (a heading), by sentence index
    headline: tuple[int, dict] | None = None
    # per claiming side, who its earlier sentences' bridge rows say struck the bridges
    bridge_actors: dict[str | None, set[str]] = {}
    last_river: str | None = None
    last_evac: tuple[int, dict | None, dict] | None = None
    evac_list = False  # the sentences since the last evacuation row are a list it announced
    # the side of an official writing in the first person with no speaker named (a post, an
    # address): "I ask residents of the following settlements to leave", until someone speaks
    evac_voice: str | None = None
    rivers_named: set[str] = set()  # the rivers the report named so far, without "river"
    # origin -> (sentence, side, paragraph start) of its rows
    evac_side: dict[str | None, tuple[int, str, int]] = {}
    # "liberated several settlements." then "Among those he named were A, B and C."
    listed_claim: tuple[int, str, str | None] | None = None
    author = _author(text, spans, bylines)
    # the country of the report's own outlet (dateline or byline): "RU" for TASS, RIA Novosti
    home = attr.outlet_countries().get(line_outlet or "") or None
    author_ent: dict | None = None
    section_outlet: str | None = None
    separatist = any(w in text for w in _SEPARATIST_WORDS)
    # the sentence just before, when it had no speaker: (index, words, outlet spans)
    unsaid: tuple[int, str, list] | None = None
    answerer: dict | None = None  # a transcript's last named answerer ("A (Surname): ...")
    # the one an interview is with, named before its first turn ("We spoke to NAME"), who
    # gives its bare "A:" answers
    interviewee: dict | None = None
    qa_seen = False  # past the interview's first "Q:" / "A:" turn
    asked = False  # the line before was a question on a line of its own, with no "Q:"
    press_turn_end = -1  # the end of a journalist's turn at a briefing ("UKRINFORM: ...")
    turn_ent: dict | None = None  # the speaker of a transcript's turn under "SURNAME: ..."
    turn_end = -1  # ... and where it ends (a separator line, a heading, a new dateline)
    # the starts of the lines no turn runs on past (:func:`_turn_breaks`), found at the first turn
    breaks: list[int] | None = None
    prev_control: list[dict] = []  # the sentence before's control rows
    prev_sp: list[dict] = []  # ... and its places
    prev2_sp: list[dict] = []  # ... and those of the sentence before that
    # the rows of a side's own claimed ground so far, each with its sentence's index
    own_claims: list[tuple[int, dict]] = []
    n_claim = 0
    # the author of the channel post being read, and where the post ends (a blank line)
    post_ent: dict | None = None
    post_end = -1
    # the speaker a digest item's heading names ("3) NAME, head of X"), and where the item ends
    item_ent: dict | None = None
    item_end = -1
    in_note = False  # past an "Editor's note": the compiler's words, not the author's
    far: set[str] | None = None  # the places the report names far from Ukraine
    for k, (a, b) in enumerate(spans):
        s = text[a:b]
        if len(s) < 120 and _CREDIT.match(s) or k in bylines:
            continue
        if not in_note and _NOTE_LEAD.match(s):
            in_note = True
        if (
            (
                "|" in s  # "08:10 | NAME"
                or s[-1:].isdigit()
                and s[-3:-2] in (":", ".")  # "NAME, 10:02"
                # "NAME, 10:02:", "BODY, 18:00 update:", "📍 NAME, 14:30, via TASS", "NAME,
                # 11:20 (on national TV)"; "[07:55] NAME:"
                or (len(s) < 220 or s[-1:] == ":")
                and _TIME_IN_LINE.search(s) is not None
                or s[-1:] == ":"
                and s[:1] == "["
                # "[08:55] NAME, head of X" alone on its line, the post on the next
                or s[:1] == "["
                and s[-1:] not in '.!?"”'
                and text[b : b + 1] == "\n"
            )
            and "\n" not in s
            and (a == 0 or text[a - 1] == "\n")
        ):
            head = _post_author(s, speakers, k, home)
            if (
                head is not None
                and head["side"] is None
                and head["kind"] in ("person", "body", "unnamed")
                and not _APPOINTEE_HEADER.search(s)
            ):
                # "10:40 | Pavlo Kuzmenko, mayor of Okhtyrka", "Lozova city council, 10:05:":
                # the place the header's official or council serves, as for an official
                # named in a sentence
                whole = {"start": 0, "end": len(s)}
                head["side"] = _local_side(s, whole, by_sent.get(k, []), focus, home)
            if head is not None and "seat" not in head:
                # (and the place the posts below speak for when they name none)
                head["seat"] = next(
                    (p for p in by_sent.get(k, []) if p["kind"] in ("settlement", "region")), None
                )
            if head is not None:
                # "08:10 | NAME, head of X": the post below the header line is in NAME's voice
                post_ent = head
                relay = attr.find_outlet(s)[0]
                if relay is not None:
                    relayed[id(head)] = relay  # "13:30 | NAME, quoted by Suspilne"
                if breaks is None:
                    breaks = _turn_breaks(text, body_start)
                # (to the blank line, or a separator line: "[09:40] NAME:" ... "*")
                post_end = _turn_end(text, b, "\n\n", breaks)
                continue
        if k < 4 and "nterview with " in s and (iv := _INTERVIEW_WITH.search(s)) is not None:
            # "An interview with NAME, head of X, recorded on 20 April": the one interviewed,
            # whom a later "Surname:" label names (no statement of this line's own)
            interviewee = speakers.introduce(
                {"np": iv.group("np"), "cue": None, "start": 0, "end": 0}, k
            )
        elif (
            not qa_seen
            and k < 8
            and (np := _interviewee(s, text[body_start:a], place_names)) is not None
        ):
            interviewee = speakers.introduce({"np": np, "cue": None, "start": 0, "end": 0}, k)
            if interviewee is not None and interviewee["side"] is None and focus is not None:
                # "NAME, the deputy mayor responsible for humanitarian matters": a local official
                # of the town the interview is about
                # (or of a place the phrase names: "a patrol officer in the Vovchansk police unit")
                interviewee["side"] = _own_place_side(np, focus, home)
        # a live-blog "07:55" prefix is never part of a speaker's name
        tm = _TIMESTAMP.match(s) or (_ITEM_NUMBER.match(s) if s[:1].isdigit() else None)
        sa = " " * tm.end() + s[tm.end() :] if tm else s
        tag_rec = None
        if sa.lstrip(" ")[:1] == "[":
            sa, tag_rec = _blank_post_tag(sa)
            if not sa.strip():
                # a post tag on a line of its own ("[22.06, Russian MoD, via TASS]") labels the
                # posts below it, up to the next tag: no statement of its own
                section_outlet = attr.find_outlet(s)[0]
                head = (
                    {"np": tag_rec, "cue": None, "start": 0, "end": 0}
                    if tag_rec is not None
                    else None
                )
                if head is not None:
                    # "[Kursk region administration, 15:45]": the post below is in its voice
                    post_ent = speakers.resolve(head, k)
                    post_end = _end_at(text, "\n\n", b)
                continue
        outlet, outlet_spans = attr.find_outlet(sa)
        # "told Russian state television": the outlet of this statement only
        media = attr.media_outlet(sa) if outlet is None else None
        section = len(s) < 100 and s.endswith(":")
        is_headline = _is_headline(s)
        found = attr.headline_speaker(sa) if is_headline else None
        found = found or attr.find_speaker_phrase(sa, outlet_spans)
        if found is None and "DeepState" in sa:
            # "DeepState, the Ukrainian project that maps the front, marked X as occupied": a
            # map's marks are its makers' claims
            found = attr.map_source_phrase(sa)
        if post_ent is not None and a < post_end and _ELIDED_SUBJECT.match(sa) is not None:
            found = None  # "Says the militia is ready to ...": the post's author says it
        if found is None and ":" in sa[:80] and (a == 0 or text[a - 1] == "\n"):
            # "[13:05] NAME:" / "Surname, second post: ..." heading a digest post: a bare
            # surname is the person the digest named in full before ("Oleh Petrenko, head
            # of X" ... "Petrenko: the village is held by our forces")
            found = _surname_label(sa, speakers)
        if section and found is None:
            # a section header: "Ukrainian version, as reported by Ukrinform:" relays what
            # follows it, up to the next header
            section_outlet = outlet
        if (
            found is None
            and k > 0
            and (a == 0 or text[a - 1] == "\n")
            and text[b : b + 1] in ("\n", "", " ", "[")
        ):
            # a digest's section heading names who the posts below it are from: no statement
            # of its own, but "The ministry says" below it is that ministry
            timed = _TAG_TIME.search(s.rstrip(" \n")) is not None
            head = attr.section_speaker(_TAG_TIME.sub("", s.rstrip(" \n")) if timed else s)
            if head is not None and not s.rstrip().endswith(":"):
                item_ent = speakers.resolve(head, k)
                if item_ent is not None and item_ent["side"] is None and "(" in s:
                    # "MINISTRY FOR X (Deputy Prime Minister NAME, 12:15)": a body of no known
                    # side speaks through the official its gloss names, of that official's side
                    item_ent["side"] = _gloss_side(s)
                if (
                    item_ent is not None
                    and item_ent["side"] is None
                    and item_ent["kind"] in ("person", "body", "unnamed")
                ):
                    # "IZIUM CITY COUNCIL (NAME, deputy mayor, 13:40)", "4. Khotin settlement
                    # council (1 October)": the place the heading's body or official serves
                    hs = _CAPS_WORD.sub(lambda w: w.group(0).title(), s)
                    item_ent["side"] = _own_place_side(hs, focus, home)
                item_end = _end_at(text, "\n\n", b)
                if item_end == b and s[:1].isdigit() and _ITEM_NUMBER.match(s):
                    # a numbered heading set off by a blank line ("2. General Staff (morning
                    # report)", blank, the statement): the paragraph under it (not a masthead
                    # or a dateline on a line of its own)
                    nxt = len(text) - len(text[b:].lstrip("\n"))
                    item_end = _end_at(text, "\n\n", nxt)
                if timed:
                    # "NAME, head of X, 10:02" over a post: the post is in NAME's voice, as
                    # under "10:02 | NAME" (the time after the name)
                    post_ent, post_end = item_ent, item_end
                relay = attr.find_outlet(s)[0]
                if relay is not None:
                    relayed[id(item_ent)] = relay  # "6) Defence ministry (via RIA Novosti)"
                continue
            # "2) Deputy Minister NAME, on Telegram:" introduces the quote below it
            found = head
        if found is None and tag_rec is not None and ":" in sa:
            # "[Odesa regional military administration, 06:12] NAME: During the night ...": the
            # person the post labels speaks, not the channel
            pm = _TAG_PERSON_COLON.match(sa)
            if pm is not None:
                found = {"np": pm.group("np"), "cue": "colon", "start": pm.start("np")}
                found["end"] = pm.end("np")
        if found and found["start"] > 0 and found["np"] in ("it", "they"):
            # "The regional administration has been urging people to leave, it said": the body
            # the sentence opens with, not the last speaker
            subject = attr.body_subject(sa[: found["start"]], outlet_spans)
            if subject is not None:
                found = subject
        if found and found["np"] in ("he", "she") and found["end"] > 3:
            found = _parenthetical_subject(sa, found, outlet_spans)
        if found and found["np"] == "We" and _NARRATOR_WE.match(sa):
            # "We have not observed ground attacks", "We assess that ...", "We could not verify
            # the footage": the report's own voice (its author, if it has one), not the last
            # speaker quoted
            found = None
        if (
            found is not None
            and found["cue"] == "colon"
            and found["start"] == 0
            and " " not in found["np"]
            and attr.is_caps_name_turn(found["np"])
            and speakers._by_name(found["np"]) is None
            and attr.lookup_speaker(found["np"]) is None
            and (named := _named_before(text, body_start, a, found["np"])) is not None
        ):
            # "PRESENTER: We have on the line the mayor of Brovary, Ihor Sapozhko." then
            # "SAPOZHKO: ...": the turn's surname is the person the transcript named before
            speakers.introduce({"np": named, "cue": None, "start": 0, "end": 0}, k)
        before = speakers.last
        before_seen = before["seen"] if before is not None else -9
        ent = speakers.resolve(found, k) if found else None
        if (
            found
            and item_ent is not None
            and a < item_end
            and ent is not item_ent
            and _ITEM_REFERENCE.match(found["np"])
            and (
                # (a person's pronoun for a person, a body's for a body: under "KREMLIN
                # (spokesman NAME)" a "He said" is the spokesman named in the item)
                found["np"].lower() in ("he", "she")
                and item_ent.get("kind") == "person"
                or found["np"].lower() in ("it", "they")
                and item_ent.get("kind") != "person"
                or found["np"].lower().rsplit(None, 1)[-1] in item_ent["name"].lower()
                # "4. The Red Cross" then "a spokesman says": the body's own spokesman
                or item_ent.get("kind") != "person"
                and _SPOKES.search(found["np"]) is not None
            )
        ):
            # "3. NAME, head of X" then "She says ...", "The council says ...": in a digest
            # item under a heading that names its speaker, a pronoun or the body's kind is
            # that speaker, not the one quoted last
            ent = speakers._touch(item_ent, k)
        if (
            masthead_side is not None
            and ent is not None
            and ent["side"] is None
            and ent["kind"] in ("unnamed", "body")
            and found["cue"] == "colon"
        ):
            # "U.S. Department of Defense / ... / SENIOR DEFENSE OFFICIAL: ...": a transcript's
            # unnamed speaker is the issuing body's own official
            ent["side"] = masthead_side
        colon_turn = found is not None and found["cue"] == "colon" and found["start"] == 0
        if interviewee is not None and (a == 0 or text[a - 1] == "\n"):
            if _is_question_line(text, a):
                # the interviewer's question on a line of its own, with no "Q:" ("How many
                # people has the railway carried?"): no one's claim, and the answer follows
                turn_ent, asked, qa_seen = None, True, True
            elif asked:
                asked = False
                if found is None and not is_headline:
                    # the paragraphs after the question are the interviewee's answer, up to
                    # the next question or a speaker the narrator names
                    if breaks is None:
                        breaks = _turn_breaks(text, body_start)
                    turn_ent, turn_end = interviewee, _turn_end(text, b, None, breaks)
        if turn_ent is not None and a >= turn_end:
            turn_ent = None  # "*", a heading, a new dateline: the turn is over
        if (a == 0 or text[a - 1] == "\n") and (colon_turn or _TURN_LABEL.match(s)):
            # a transcript turn under a surname in capitals ("KOTIN: ...", "MIZINTSEV (NAME,
            # role): ...") goes on over the paragraphs below until the next labelled turn
            turn_ent = ent if colon_turn and attr.is_caps_name_turn(found["np"]) else None
            if turn_ent is not None:
                if breaks is None:
                    breaks = _turn_breaks(text, body_start)
                turn_end = _turn_end(text, b, None, breaks)
        elif turn_ent is not None and found is not None and ent is not turn_ent:
            turn_ent = None  # the narrator names another speaker: the turn is over
        elif ent is None and turn_ent is not None and not is_headline and outlet is None:
            # "(MIZINTSEV: ...) In the liberated X, ..." (not a relay note naming an outlet)
            ent = speakers._touch(turn_ent, k)
        if found is not None and found["cue"] == "colon" and sa[:1] == "A":
            answerer = ent  # "A (Surname): ..." in a transcript
        elif found is None and attr.unnamed_answer(sa):
            # a later bare "A: ..." is the same answerer; the first, the one the interview's
            # introduction named ("We spoke to NAME")
            answerer = answerer or interviewee
            if answerer is not None:
                ent = speakers._touch(answerer, k)
        if sa[:2] in ("Q:", "A:", "Q ", "A ") or sa[:1] in "QA" and sa[1:3] in ("ue", "ns"):
            answer = attr.answer_turn(sa)
            qa_seen = qa_seen or answer or attr._qa_turn(sa) == {}
            if answer and ent is not None and ent is answerer and (a == 0 or text[a - 1] == "\n"):
                # the answer's other sentences, to the paragraph's end or the next "Q:", are
                # in the answerer's voice ("A: The evacuation goes on. The Russians hold X.")
                if breaks is None:
                    breaks = _turn_breaks(text, body_start)
                turn_ent, turn_end = ent, _turn_end(text, b, "\n\n", breaks)
        if tag_rec is not None and (
            ent is None
            # (a speaker carried over from before, "KIM: ..." then "[NAME, 10:00] Buses ran":
            # the tag names this line's own)
            or found is None
            # ("[Milblogger X, 13:40] ..., it wrote, ...": the post's author, not the body
            # quoted last)
            or found["np"].lower() in ("it", "they", "he", "she")
            or _DEFINITE.match(found["np"])
            and attr.split_name_role(found["np"])[2] == "unnamed"
        ):
            # "[Milblogger X, 13:40] The channel wrote ...": the tag says whose post it is
            cue = found["cue"] if found else None
            ent = speakers.resolve({"np": tag_rec, "cue": cue, "start": 0, "end": 0}, k)
            if ent is not None and ent["kind"] == "person" and (a == 0 or text[a - 1] == "\n"):
                # "07:40 [Poltava ODA, NAME] Kremenchuk. The refinery has been destroyed.": the
                # post's other sentences are in the same voice, up to the paragraph's end (a
                # body's tag may be the topic: "[UN Security Council] Russia vetoes ...")
                if breaks is None:
                    breaks = _turn_breaks(text, body_start)
                post_ent, post_end = ent, _turn_end(text, b, "\n\n", breaks)
        if ent is not None and found and "seat" not in ent:
            # the place in the title the speaker is named with ("Irpin mayor NAME", "head of the
            # Mykolaiv regional administration"): what a later "he said" speaks for
            ent["seat"] = next(
                (
                    p
                    for p in by_sent.get(k, [])
                    if found["start"] <= p["rs"] < found["end"]
                    and p["kind"] in ("settlement", "region")
                    and _is_seat(p, s)
                ),
                None,
            )
            if ent["seat"] is None and prev_sp and _TOWNS_MAYOR.match(found["np"]):
                # "Okhtyrka was shelled again. The town's mayor, NAME, asked ...": the town the
                # sentence before opened on
                first = prev_sp[0]
                ent["seat"] = first if first["kind"] == "settlement" and first["rs"] <= 2 else None
        if (
            ent is None
            and s[:1] in '"“'
            and k > 0
            and text[max(0, a - 3) : a].rstrip(" \n").endswith(":")
            and speakers.last is not None
            and speakers.last["seen"] == k - 1
        ):
            # the quote a "NAME, on Telegram:" line introduces is NAME's
            ent = speakers._touch(speakers.last, k)
        if (
            ent is None
            and found is None
            and s[:1] in '"“'
            and s.rstrip()[-1:] in '"”'
            and k > 0
            and speakers.last is not None
            and speakers.last["seen"] == k - 1
            and "\n" not in text[spans[k - 1][1] : a]
            and _QUOTE_SAID.search(text, spans[k - 1][0], spans[k - 1][1]) is not None
        ):
            # '"We hold the city," he said. "The enemy will not pass."': a whole quote right
            # after a quote its speaker was named for goes on in the same voice
            ent = speakers._touch(speakers.last, k)
        if (
            ent is None
            and found is None
            and s[:1] in '"“'
            and '"' not in s[1:]
            and "”" not in s
            and k + 1 < len(spans)
            and "\n" not in text[b : spans[k + 1][0]]
        ):
            # '"Staromaiorske has been liberated. Our defenders are clearing it," she wrote.':
            # a quote's first sentence, its speaker named after the quote closes in the next
            nxt = text[spans[k + 1][0] : spans[k + 1][1]]
            close = max(nxt.find('"'), nxt.find("”"))
            if close > 0:
                later = attr.find_speaker_phrase(nxt, attr.find_outlet(nxt)[1])
                if later is not None and later["start"] > close:
                    ent = speakers.resolve(later, k)
        if (
            found
            and found["start"] > 0
            and found["np"] in ("he", "she")
            # (not a quote's own words: '"Makiivka is ours, whatever they write," he said')
            and sa.lstrip()[:1] not in '"“'
        ):
            # a "he said" with no one before it: the person the sentence opens with; and
            # "President X is shocked by the strikes, his office says": a named person with a
            # title opening the sentence, whoever spoke last
            subject = attr.person_subject(sa[: found["start"]], outlet_spans)
            if subject is not None and (ent is None or _titled_or_known(subject["np"])):
                found, ent = subject, speakers.resolve(subject, k)
        if found and unsaid is not None and unsaid[0] == k - 1 and found["np"] in _OPENER_PRONOUNS:
            # "President X was asked whether ... . He answered ...", "The ministry gave no
            # sign of it. In its summary it said ...": the one the sentence before (which has
            # no speaker) opens with, not the last speaker
            opener = _OPENER_PRONOUNS[found["np"]](unsaid[1], unsaid[2])
            if opener is not None and _titled_or_known(opener["np"]):
                ent = speakers.resolve(opener, k)
        if ent is not None and ent["side"] is None and found and found["end"]:
            # "said Vitalii Barabash, who heads the town's military administration": the body
            # the relative clause names
            who = _WHO_HEADS.search(s, found["start"], found["end"] + 90)
            if who is not None:
                body = who.group(0)
                # (Russian state media name occupation officials' bodies with no qualifier)
                ent["side"] = attr.institution_side(body) or (
                    attr.side_of_phrase(body) if home != "RU" else None
                )
        if (
            ent is not None
            and ent["side"] is None
            and found is not None
            and (
                ent["kind"] in ("person", "unnamed")
                # ("the regional road service said": a local body)
                or ent["kind"] == "body"
                and (
                    ent["name"].split(" ", 1)[0].lower()
                    in ("regional", "district", "local", "city", "police")
                    # ("the Trubchevsk district administration told TASS": its town's country)
                    or _PLACE_BODY.search(ent["name"]) is not None
                )
            )
        ):
            # (not for a speaker carried over with no phrase in this sentence: a quote going
            # on in the voice of the one before)
            ent["side"] = _local_side(s, found, by_sent.get(k, []), focus, home)
        if ent is not None and ent["side"] is None:
            ent["side"] = _militia_side(ent, separatist)
        relay_note = (
            ent is None
            and outlet is not None
            and speakers.last is not None
            and k - speakers.last["seen"] <= 1
        )
        if (
            ent is not None
            and found is not None
            and found["cue"] == "colon"
            and (
                found["start"] <= 3
                # "[13:30] NAME: ...", "09:15 - NAME: ...": a post's time stamp before its writer
                # (blanked out of ``sa``)
                or (tm is not None or s[:1] == "[")
                and not sa[: found["start"]].strip()
            )
            and (a == 0 or text[a - 1] == "\n")
            and sa[:1] not in "QA"
        ):
            # a transcript's turn, "HUMENIUK: No. When the occupiers ran away ... . The railway
            # bridge was already out of service ...": the rest of its paragraph is the turn's
            post_ent = ent
            # a label alone on its line ("[13:05] NAME:", "NAME, head of X:") heads the lines
            # below it up to the blank line: "[09:40] Mayor NAME:\nThe town is held by our
            # forces." is the mayor's
            label = s.rstrip(" ").endswith(":") and text[b : b + 1] == "\n"
            if breaks is None:
                breaks = _turn_breaks(text, body_start)
            if label and text[b : b + 2] == "\n\n":
                # a label set off by a blank line ("The official representative of the
                # Ministry of Defence, Lieutenant General NAME:", blank, the briefing): every
                # paragraph below it, up to the next heading, separator or dateline
                post_end = _turn_end(text, b + 2, None, breaks)
            else:
                post_end = _turn_end(text, b + label, "\n\n" if label else "\n", breaks)
                if not label and text[:a].rstrip().endswith("?"):
                    # an interview's answer under its label ("Samoilenko: First, ...") goes on
                    # over the paragraphs below it that ask nothing and name no other turn
                    post_end = _answer_end(text, post_end, breaks)
        elif ent is not None and post_ent is not None and ent is not post_ent and a < post_end:
            # a post that names someone else speaking is a summary: its bare sentences are the
            # compiler's ("NAME said ... . He did not mention X.")
            post_ent = None
        if relay_note and not section and (author is None or _RELAY_NOTE.match(s) is not None):
            # "His remarks were carried by RIA Novosti." relays the previous speaker (in a
            # transcript too: not its author, whose voice its unattributed sentences are in)
            relayed[id(speakers.last)] = outlet
        elif ent is None and post_ent is not None and a < post_end and not is_headline:
            # a sentence of a channel post with no speaker of its own: the post's author
            ent = speakers._touch(post_ent, k)
        elif ent is None and item_ent is not None and a < item_end and not is_headline:
            # a digest item under a heading that names its speaker, told with the subject
            # left out: "Says the strike hit a school", "Claims Russian units hold the line",
            # "Does not mention the city": the heading's speaker
            ent = speakers._touch(item_ent, k)
        elif (
            ent is None
            and author is not None
            and not is_headline
            and not relay_note
            and not in_note
            # (the line saying whose posts follow is the compiler's, not a post: "Posts by
            # NAME, head of X, translated.")
            and not (k < 3 and _POSTS_BY.match(s))
        ):
            if author.get("lead") or author_ent is None:
                # the author already speaking in the body under one of its names is one entity
                author_ent = speakers._by_name(author["name"])
            if author_ent is None and not author.get("lead"):
                author_ent = {
                    "name": author["name"], "role": author["role"], "side": author["side"],
                    "kind": author["kind"], "seen": k,
                }  # fmt: skip
                if author.get("surface"):
                    author_ent["display"] = author["surface"]
                speakers.ents.append(author_ent)
            ent = author_ent if author_ent is not None else None
        unsaid = (k, sa[:160], outlet_spans) if ent is None and not is_headline else None
        if (
            ent is not None
            and before is not None
            and before is not ent
            and k - before_seen <= 1
            and before["kind"] == "body"
            and ent["kind"] == "person"
            and before["side"] == ent["side"]
            and "spokes" in (ent["role"] or "").lower()
        ):
            # "The Defence Ministry said ... . Spokesman Igor Konashenkov told RIA Novosti
            # ...": the ministry's statement is relayed where its spokesman's is
            spokes_of.setdefault(id(before), ent)
        if ent is not None and (outlet or media) and "outlet_home" not in ent:
            # (media named by kind: "Russian news agencies" are Russia's)
            home_of = attr.outlet_countries().get(outlet) if outlet else None
            ent["outlet_home"] = home_of or attr.side_of_phrase(media)
        if ent is not None and not ent["side"] and ent["kind"] in ("body", "unnamed"):
            ent["side"] = _own_service_side(ent, found, by_sent.get(k, []), home)
        if ent is not None and (
            is_headline
            and (ent["kind"] == "unnamed" or ent["kind"] == "body" and ent["side"] is None)
            # a lede's "Russia said on Sunday its forces had taken X" sums up the statement the
            # body then gives its speaker: like a headline's, it is that named speaker's
            or k <= 2
            and ent["kind"] == "unnamed"
            and attr.METONYM_SPEAKER.match(ent["name"])
        ):
            ent["headline"] = True
        # with no speaker, an authority of a side doing the thing is who the event rows come
        # from ("Ukrainian authorities have ordered the evacuation of ...")
        side = ent["side"] if ent else _authority_side(s)
        sp = [
            p
            for p in by_sent.get(k, [])
            if not p.get("metonym")
            and not (found and ent and ent["kind"] == "person" and _in_name(p, found, ent, s))
        ]
        low = s.lower()
        gates = _SENTENCE_GATES(low)
        bridge_gate = (
            "bridge" in low
            or "crossing" in low
            or "pontoon" in low
            or "overpass" in low
            or "flyover" in low
            or "viaduct" in low
            or (" dam" in low and "road " in low and _BRIDGE.search(s) is not None)
            # "the span over the Siverskyi Donets", "the railway link across the Dnipro"
            or ((" span" in low or " link" in low) and _BRIDGE.search(s) is not None)
        )
        via_prev = False  # whether the rows speak of the bridge named before ("it")
        if bridge_gate:
            ctx = _bridge_context(s, sp)
            before = text[spans[k - 1][0] : spans[k - 1][1]] if k and "they" in low else None
            j = k - 1
            while (
                before is not None
                and j > 0
                and k - j < 4
                and (_THEY_ACTED.search(before) is not None or not _FORCE_NAMED(before.lower()))
                and "\n\n" not in text[spans[j - 1][1] : a]
            ):
                # "When they left, the occupiers blew up ... . On the dam they blew up part of
                # the roadway; we are watching it. They also blew up the bridge": the "they" of
                # the sentence before is the same, named further back
                j -= 1
                before = text[spans[j][0] : spans[j][1]]
            bridges = _bridge_rows(
                s, sp, side, before=before, speaker_at=found["start"] if found and ent else None
            )
            if (
                len(bridges) > 1
                and (" but " in low or "though " in low)
                and _STILL_USABLE.search(low) is not None
            ):
                bridges = _damaged_but_usable(bridges)
            if bridges and s.rstrip(" \"”’'").endswith("?"):
                bridges = []  # "How do people get across with the bridge out?": asked, not said
            if ctx is not None:
                if (
                    bridge_ctx is not None
                    and k - bridge_ctx[0] <= 1
                    and ctx["name"] is None
                    # (not a bridge over a river of its own the gazetteer lacks: "the small
                    # bridge over the Konka held", after the Antonivskyi bridge on the Dnipro)
                    and not _other_river_named(s, ctx, bridge_ctx[1])
                ):
                    # "The Daryivka bridge. This smaller bridge ... across the Inhulets river"
                    ctx = {"name": bridge_ctx[1]["name"], "river": ctx["river"]}
                    ctx["river"] = ctx["river"] or bridge_ctx[1]["river"]
                bridge_ctx = (k, ctx)
        elif " dam" in low and _DAM_WORD.search(low):
            bridges = []  # a dam with no bridge word: no "it" carry-over either
        else:
            bridges = []
            if bridge_ctx is not None:
                carry = k - bridge_ctx[0] <= 2 and _CARRY_WORDS(f" {low} ")
                # "Khusnullin said trains were running again": traffic back on the bridge the
                # last few sentences spoke of (named, or carried by "it", "the span")
                recent = max(bridge_ctx[0], last_bridge[0] if last_bridge is not None else -9)
                traffic = (
                    k - recent <= 4 and _TRAFFIC_GATE(low) and _TRAFFIC_BACK.search(low) is not None
                )
                if carry or traffic:
                    bridges = _bridge_rows(s, sp, side, prev=bridge_ctx[1], traffic=traffic)
                    via_prev = bool(bridges)
                if (
                    not bridges
                    and last_bridge is not None
                    and k - last_bridge[0] <= 5
                    and _AUTHOR_GATE(low)
                    and (culprit := _attack_author(s)) is not None
                ):
                    # "... partial collapse of two spans. ... the operation was organised by
                    # Ukraine's special services": who carried out the attack just reported
                    recent_start = spans[max(0, k - 3)][0]
                    bridges = _credit_attack(
                        out["bridges"], recent_start, side, culprit, bridge_ctx[1]
                    )
                    for r in out["bridges"]:
                        if r["actor_side"] is not None and r["start"] >= recent_start:
                            bridge_actors.setdefault(r["claimed_by_side"], set()).add(
                                r["actor_side"]
                            )
        kfocus = _kind_focus(low, kinds, focus) if kinds else focus
        if sp and (a == 0 or text[a - 1] == "\n") and (s[:3] in ("In ", "At ") or ":" in s[:40]):
            # "In Mariupol, the deputy prime minister said buses could not reach the city",
            # "Sievierodonetsk: ... No evacuation from the city is possible": the town a line
            # opens with is what its sentences speak of where they name no place of their own
            topic = _line_topic(s, sp)
            if topic is not None:
                line_topic = (topic, _end_at(text, "\n", a))
        if len(sp) == 1 and len(s) < 40:
            # "* Avdiivka." heading an item of a roundup: the item's sentences speak of it
            last_origin = _item_label(s, sp[0]) or last_origin
        if found and "mayor" in low and ("the town" in low or "the city" in low):
            # "Irpin mayor X says the town has been cleared": the mayor's own town
            kfocus = _mayors_town(s, sp, (found["start"], found["end"])) or kfocus
        for p in sp:
            if p["kind"] == "river":
                rivers_named.add(_river_stem(p["name"]))
        esp, both_ev = sp, None
        if ("both " in low or "the two " in low) and _may_evacuate(s, low, gates):
            # "both cities", "the two towns": the two settlements named just before
            esp, both_ev = _with_both_towns(
                s, sp, prev_sp, (found["start"], found["end"]) if found else (0, 0)
            )
        # most sentences hold no word of the evacuation gate: skip the call and the fallback
        # place its arguments look up (see _may_evacuate)
        evac = (
            _evac_rows(
                s, _not_river_homonyms(s, esp, rivers_named) if rivers_named else esp, side,
                (_site_named(s, low, sites) if sites and not sp else None)
                or (_there_place(low, sp, prev_sp) if "there" in low and prev_sp else None)
                or (kfocus["name"] if kfocus is not focus else None)
                or (line_topic[0] if line_topic is not None and a < line_topic[1] else None)
                # ("..., he said. In Sviatohirsk, retaken this month, buses were still taking
                # people across to Sloviansk": the town the sentence opens with)
                or (_line_topic(s, sp) if sp and s[:3] == "In " else None)
                or (
                    vr["name"]
                    if recent_towns
                    and (vr := _village_referent(recent_towns, k, low, sp, text, a)) is not None
                    else None
                )
                # "the city" of a paragraph that named its town before: that town
                or (last_town[0] if last_town is not None and ("the city" in low or "the town"
                    in low) and "\n\n" not in text[last_town[1] : a] else None)
                or last_origin or (focus["name"] if focus and _near_ukraine(focus) else None),
                speaker=(found["start"], found["end"]) if found else None, sites=works,
                seat=ent.get("seat") if ent is not None else None,
                # (the gates read ``lower(s)``: the same text unless lower-casing moved offsets)
                words=gates & _S_EVAC_WORDS if len(low) == len(s) else None,
                # (anywhere before in the report: "trains still leave Kharkiv every day", in a
                # report of its evacuation, are the evacuation's trains)
                after_evac=last_evac is not None,
            )
            if _may_evacuate(s, low, gates)
            else None
        )  # fmt: skip
        if (
            evac
            and (era := _OTHER_ERA.search(low)) is not None
            and not _NOW_WORDS.search(low)
            and (
                era.group("year") is None
                or isinstance(date, str)
                and date[:4].isdigit()
                and int(era.group("year")) < int(date[:4]) - 1
            )
        ):
            # "after the 1986 reactor explosion, when 100,000 people were evacuated": the
            # history of the place, not an evacuation the report tells
            evac = None
        listed = evac_list and _LIST_ITEM.match(s) is not None
        if (
            not evac
            and last_evac is not None
            and "from" in low
            and (k - last_evac[0] == 1 and "route" in low or listed)
        ):
            # "... so that several corridors can operate today. Among them are routes from Bucha
            # and Irpin towards Kyiv and from Sumy to Poltava": the corridors just spoken of; and
            # "the opening of humanitarian corridors along the following routes:" then "- from
            # Sumy to Poltava;" item by item
            evac = _route_rows(s, sp, last_evac[2]) or None
            lead = last_evac[2]
            if (
                evac
                and listed
                and lead["origin"] is None
                and out["evacuations"]
                and out["evacuations"][-1] is lead
            ):
                # the lead-in names no place of its own: its items are the statement's rows
                out["evacuations"].pop()
        elif evac and low.count("from ") >= 2 and _ROUTE_ENUM.search(s) is not None:
            # "six corridors had been agreed: from Enerhodar to Zaporizhzhia, from Sumy to
            # Poltava, ... and from Bucha, Irpin and Hostomel to Kyiv": a row for each route
            routes = _route_rows(s, sp, evac[0])
            if len({r["origin"] for r in routes}) > len({r["origin"] for r in evac}):
                evac = routes
        # (a list goes on while its items do)
        evac_list = bool(evac) and (listed or s.rstrip().endswith(":"))
        if evac and both_ev is not None:
            # "Shelling of A and B went on. Buses were still leaving the two cities": the rows
            # of the first town are the second's too
            evac = evac + [{**r, "origin": both_ev[1]} for r in evac if r["origin"] == both_ev[0]]
        site_row = [r.pop("site", False) for r in evac or ()]
        if (
            evac
            and ent is None
            and speakers.last is not None
            and speakers.last["seen"] == k - 1
            and speakers.last["side"] is not None
            and _PRONOUN_ASK.match(s)
        ):
            # "NAME, deputy commander of X, said ... He pleaded for the wounded to be taken
            # out": a request in the next sentence is the same speaker's
            for r in evac:
                r["claimed_by_side"] = r["body_side"] = speakers.last["side"]
        elif evac and ent is None and speakers.last is not None and speakers.last["side"]:
            # "Ministry of Defence (as carried by RIA Novosti): ... The crew has been evacuated.":
            # a paragraph opened by "SPEAKER:" is that speaker's statement throughout
            p0 = text.rfind("\n", 0, a) + 1
            if ":" in text[p0 : min(a, p0 + 160)] and spans[speakers.last["seen"]][0] >= p0:
                for r in evac:
                    r["claimed_by_side"] = r["body_side"] = speakers.last["side"]
        if evac and ent is None and evac[0]["claimed_by_side"] is None:
            # "Spokesman: ... The passage they had hoped to lead out of Mariupol did not take
            # place.": a transcript's answer, in the voice of the one its label named before
            # ("Spokesman Stephane Dujarric: ...")
            p0 = text.rfind("\n", 0, a) + 1
            lab = _SPEAKER_LABEL.match(text, p0) if p0 < a else None
            who = _label_speaker(text[p0 : lab.end()], speakers.ents) if lab else None
            if who is not None:
                for r in evac:
                    r["claimed_by_side"] = r["body_side"] = who["side"]
        if evac and side is None and ent is None and _ASKED_VERB.search(low):
            # "General X offered two exit routes from the city": with no speaker, an offer or a
            # request made (a verb, not the noun: "its evacuation orders remain in force") is
            # the statement of the side making it
            for r in evac:
                if r["status"] == "requested" and r["requested_by_side"] is not None:
                    r["claimed_by_side"] = r["body_side"] = r["requested_by_side"]
        if (
            evac
            and evac[0]["claimed_by_side"] is None
            and side is None
            and ("humanitarian" in low or "aid " in low or "partners" in low)
            and _AID_BODY.search(s)
        ):
            # "Humanitarian organisations call on all parties to let civilians leave": the
            # aid community speaks as an international body
            for r in evac:
                r["claimed_by_side"] = r["body_side"] = "INTL"
                if r["status"] == "requested" and r["requested_by_side"] is None:
                    r["requested_by_side"] = "INTL"
        elif (
            evac
            and side == "INTL"
            and any(r["status"] == "requested" and r["requested_by_side"] is None for r in evac)
            and ("humanitarian" in low or "aid " in low or "partners" in low)
            and _AID_BODY.search(s)
        ):
            # (in an update whose author is an international body: the call is still the aid
            # community's own)
            for r in evac:
                if r["status"] == "requested" and r["requested_by_side"] is None:
                    r["requested_by_side"] = "INTL"
        if ent is not None:
            evac_voice = None
        elif evac and side is None and evac[0]["claimed_by_side"] is None:
            if (
                _FIRST_PERSON.search(s)
                and not any(q in s for q in '"“”')
                # (not an answer in a transcript: "Spokesman: ... What we want is ...")
                and _SPEAKER_LABEL.match(text, text.rfind("\n", 0, a) + 1) is None
            ):
                # "I ask residents of ... to leave", "the areas we are evacuating from": the
                # official the post is by, of the side that runs the place people leave (or
                # that the post's earlier rows spoke for)
                own = _origin_side(low, evac[0]["origin"])
                if own == "UA" and home == "RU":
                    own = "RU"  # (Russian media name occupation officials with no qualifier)
                evac_voice = own or next(
                    (r["claimed_by_side"] for r in reversed(out["evacuations"])
                     if r["claimed_by_side"] is not None),
                    evac_voice,
                )  # fmt: skip
                for r in evac:
                    if r["status"] == "requested" and r["requested_by_side"] is None:
                        r["requested_by_side"] = evac_voice
            if evac_voice is not None:
                # "Evacuation continues.", "Those who are evacuated will be brought to Kherson":
                # the post goes on in the same voice
                for r in evac:
                    r["claimed_by_side"] = r["body_side"] = evac_voice
        if evac and evac[0]["claimed_by_side"] is None and side is None and _has_local_body(low):
            # "Police evacuation teams continue to take out the residents of X": with no
            # speaker, the body doing the evacuating says it, of the side it serves
            # (kept for the end, where a speaker whose side is known by then outranks it)
            for r in evac:
                r["claimed_by_side"] = r["body_side"] = _evac_body_side(s, low, r["origin"])
        if evac and evac[0]["origin"] and not site_row[0]:
            # (a works a sentence speaks of as "the plant" stays that sentence's: "They left
            # the plant in May" does not move the report's story there)
            last_origin = evac[0]["origin"]
        csp = _with_regional_centre(s, sp, prev_sp) if "regional cent" in low else sp
        both = None
        if gates & _S_CONTROL and "both " in low:
            # "... attacks on Popasna and Rubizhne. Ukrainian troops still hold both towns."
            csp, both = _with_both_towns(
                s, csp, prev_sp, (found["start"], found["end"]) if found else (0, 0), prev2_sp
            )
        if gates & _S_CONTROL and _REGION_WORDS(low):
            csp = _with_region_anaphor(s, csp, prev_sp, last_region)  # "the region was ..."
        if (
            k
            and not sp
            and prev_sp
            and ": " in s[:60]
            and text[spans[k - 1][0] : spans[k - 1][1]].rstrip().endswith("?")
        ):
            # "Q: And Kyiv itself?" / "OFFICIAL: Still in Ukrainian hands.": the answer's
            # subject is the one place the question asked about
            csp = _answered_place(s, prev_sp) or csp
        control = (
            _control_rows(
                s,
                csp,
                side,
                _speaker_town(s, sp, found)
                # ("Kuzmenko said Ukrainian forces still hold the town": the mayor's own town)
                or (
                    ent["seat"]
                    if ent is not None
                    and ent.get("seat") is not None
                    and ent["seat"]["kind"] == "settlement"
                    and "mayor" in (ent.get("role") or "").lower()
                    and ("the town" in low or "the city" in low)
                    and not any(p["kind"] == "settlement" for p in sp)
                    else None
                )
                # ("... the situation around Bakhmut was difficult. Ukrainian troops were
                # holding the city": the town of the sentence before, in the same paragraph,
                # before "the southern city of Kherson" introduced paragraphs earlier)
                or (
                    _paragraph_town(by_sent, k, spans, text)
                    if k
                    and ("the town" in low or "the city" in low)
                    and not any(p["kind"] == "settlement" for p in sp)
                    and _TOWN_WORD.search(low) is not None
                    else None
                )
                or _recent_referent(introduced, k, low)
                # ("fighting near Berestove ... We assess the settlement is contested": the
                # village named in the sentences just before, not the report's city)
                or (_village_referent(recent_towns, k, low, sp, text, a) if recent_towns else None)
                or (_it_referent(prev_sp, low) if "it " in low and prev_sp else None)
                # (an answer in the same paragraph: a new one speaks of the report's focus)
                or (
                    _last_claimed_town(prev_control, prev_sp, sp, low, side)
                    if k and "\n" not in text[spans[k - 1][1] : a]
                    else None
                )
                or kfocus,
                speaker=(found["start"], found["end"]) if found else None,
                inherited=found is None or (author_ent is not None and ent is author_ent),
            )
            if gates & _S_CONTROL
            and not (s.rstrip().endswith("?") and _YES_NO_QUESTION.match(sa))
            # a row needs a place: a gazetteer mention, an industrial site or "the city"
            and (
                csp
                or _GENERIC_PLACE.search(s)
                or (focus is not None and _CITY_WORD.search(s))
                or ("it " in low and prev_sp and _it_under(low))  # "it remains under ..."
                or "of our " in low  # "20% of our territory": the speaker's country
                # "the left bank was protected by Russian troops": a river bank as the subject
                or ("bank" in low and _BANK_SUBJECT.search(low) is not None)
            )
            else []
        )
        if not control and gates & _S_CONTROL and csp:
            control = _contested_town(s, csp, side)
        if both is not None:
            control = control + [
                {**r, "place": both[1]}
                for r in control
                if r["place"] == both[0]
                and not any(
                    x["place"] == both[1] and x["controller_side"] == r["controller_side"]
                    for x in control
                )
            ]
        if gates & _S_DENIAL:
            # the claim denied: this sentence's, the one before's or a recent one's
            # (a side's claim of the last few sentences, not only the sentence before, which
            # may be the denier's own claim about another place; any earlier one of a place
            # the denial names: "the claim about Vovchansk was false")
            named = {p["name"] for p in sp}
            recent = [r for at, r in own_claims if k - at <= 4 or r["place"] in named]
            denied = (control or prev_control) + recent
            control = control + _called_false(s, denied, side, sp)
        if control and far is None:
            far = {q["name"] for ps in by_sent.values() for q in ps if not _near_ukraine(q)}
        if control and far:
            # "(peace talks in Istanbul) He said Russian forces still held positions north of
            # the city": no side's ground in this war lies far abroad (Istanbul, Moscow)
            control = [r for r in control if r["place"] not in far]
        prev_control, prev2_sp, prev_sp = control, prev_sp, sp
        own_claims += [
            (k, r)
            for r in control
            if r["claimed_by_side"] and r["claimed_by_side"] == r["controller_side"]
        ]
        if control and (sites or any(r["place"] in ("site", "station", "island") for r in control)):
            # "the plant was under Russian control", "seized the site": the plant (the facility)
            # the report named before; "the site" with none named before is no place
            for r in control:
                # ("the power station": the power plant named before)
                head = "plant" if r["place"].lower() == "power station" else r["place"].lower()
                if head == "station":
                    # "the station": a station named before, or the power plant named before
                    # ("Russian units guard the station" after "the nuclear power plant"); a
                    # railway station the report never named is no place
                    plant = sites.get("plant", "")
                    head = "station" if "station" in sites else "plant"
                    r["place"] = (
                        sites.get(head) if head == "station" or "power" in plant.lower() else "site"
                    )
                elif head in sites:
                    r["place"] = sites[head]
                elif (
                    head in _WORKS_HEADS
                    and "site" in sites
                    and sites["site"].rsplit(None, 1)[-1].lower() in _WORKS_HEADS
                ):
                    # "the defenders were holding the plant" after "the Azovstal steelworks":
                    # the works the report named last, whatever its own head word
                    r["place"] = sites["site"]
            control = [r for r in control if r["place"] not in ("site", "station", "island", None)]
        last_region = next((p["name"] for p in reversed(sp) if _is_oblast_level(p)), last_region)
        for p in sp:
            if p["kind"] == "facility":
                sites[p["name"].rsplit(None, 1)[-1].lower()] = sites["site"] = p["name"]
                # the works by the head words of its name and mention ("the Azovstal plant"),
                # "" the last one: what a later "out of the plant" speaks of
                for w in (p["name"], str(p.get("mention") or "")):
                    works[w.rsplit(None, 1)[-1].lower() if w else ""] = p["name"]
                works[""] = p["name"]
        if not control and listed_claim is not None and listed_claim[0] == k - 1:
            control = _listed_places(s, sp, listed_claim[1], side or listed_claim[2])
        listed_claim = None
        if not control and ("settlements" in low or "villages" in low or "towns" in low):
            listed_claim = _unnamed_places_claim(s, side, k)
        for p in sp:
            if p["kind"] == "settlement" and ("village" in low or "town" in low):
                # "liberated the village of Piatykhatky": the next sentence's "the village"
                noun = _INTRODUCED_AS.search(s, max(0, p["rs"] - 30), p["rs"])
                noun = noun or _INTRODUCED_APPOS.match(s, _mention_end(p))
                if noun is not None:
                    introduced[noun.group(1).lower()] = (k, p)
            if (
                p["kind"] == "settlement"
                and not _is_actor(p, s)
                and not (found and found["start"] <= p["rs"] < found["end"])
                and not _FOCUS_SKIP.match(s, _mention_end(p))
                and not (
                    p["rs"] <= 3
                    and s[_mention_end(p) : _mention_end(p) + 1] == ","
                    # (but a dateline in capitals is where the report is: "MYKOLAIV, March 19")
                    and not (p["rs"] == 0 and str(p.get("mention") or "").isupper())
                    # (and a scene set first is one: "In Vovchansk, a man was wounded"; not the
                    # capital, where the government speaks: "In Kyiv, the framing was different")
                    and (s[: p["rs"]] not in ("In ", "At ") or p["name"] == "Kyiv")
                )
            ):
                # the report's focus: its most mentioned settlement so far (latest on ties)
                salience[p["name"]] = salience.get(p["name"], 0) + 1
                if (
                    p.get("country") in (None, "UA")
                    and _TOWN_AS_SCENE_BEFORE.search(s, max(0, p["rs"] - 25), p["rs"]) is None
                ):
                    last_town = (p["name"], a)  # ... and the last one named as a scene
                if len(recent_towns) > 16:
                    recent_towns = [t for t in recent_towns if k - t[1] <= 3]
                recent_towns.append((p, k, a))  # ... and the recent ones, for "the village"
                km = _KIND_OF_BEFORE.search(s, max(0, p["rs"] - 20), p["rs"])
                if km is not None:
                    kinds[km.group("k").lower()] = p
                if focus is None or salience[p["name"]] >= salience.get(focus["name"], 0):
                    focus = p
        if (a == 0 or text[a - 1] == "\n") and (pq := _PRESS_TURN.match(s)) is not None:
            if attr.is_outlet_turn(pq.group(1)):
                # "UKRINFORM: There are reports the bridges are gone. Is that true?": a
                # journalist's question at a briefing, up to the end of its line
                press_turn_end = _end_at(text, "\n", a)
        if a < press_turn_end:
            bridges, evac, control = [], None, []
        if is_headline and ent is None and k <= 1:
            # an unattributed headline summarises the body's statements: no rows of its own
            bridges, evac, control = [], None, []
        has_events = bool(bridges or evac or control)
        rivers = [p["name"] for p in by_sent.get(k, []) if p["kind"] == "river"]
        keep = ent is not None or outlet is not None and unattributed != "none"
        keep = ent is not None or unattributed == "all" or (has_events and unattributed == "events")
        cid = None
        if keep:
            n_claim += 1
            cid = f"{rid}-c{n_claim}"
            claim_of_sentence[k] = cid
            row = {
                "claim_id": cid,
                "report_id": rid,
                "speaker": None,
                "speaker_role": None,
                "side": side,
                "outlet": outlet or media or section_outlet,
                "claim_type": claim_type(s),
                "text": s,
                "start": a,
                "end": b,
                "date": date,
                "sentence": k,
                "speaker_kind": None,
                "cue": found["cue"] if found and ent else None,
                "outlet_inferred": not (outlet or media) and section_outlet is not None,
            }
            out["claims"].append(row)
            ent_claims.append((row, ent))
            # "..., and Chechen leader Ramzan Kadyrov wrote that ...": a second speaker in a
            # later clause of the sentence makes a statement of its own
            f2 = (
                attr.second_speaker_phrase(sa, found, outlet_spans)
                if found is not None and ent is not None and not is_headline
                else None
            )
            if f2 is None and found is not None and ent is not None and " and " in found["np"]:
                # "the Freedom of Russia Legion and the Russian Volunteer Corps said": each of
                # two known speakers says it (the whole sentence is the second's statement too)
                f2 = attr.conjoined_speaker(found)
            ent2 = speakers.resolve(f2, k) if f2 is not None else None
            if ent2 is not None and ent2 is not ent:
                if ent2["side"] is None and ent2["kind"] in ("person", "unnamed"):
                    ent2["side"] = _local_side(s, f2, by_sent.get(k, []), focus, home)
                n_claim += 1
                c0 = f2["clause"]
                outlet2 = attr.find_outlet(sa[c0:])[0] or (attr.media_outlet(sa[c0:]) or None)
                row2 = {
                    **row,
                    "claim_id": f"{rid}-c{n_claim}",
                    "outlet": outlet2,
                    "claim_type": claim_type(s[c0:]),
                    "text": s[c0:],
                    "start": a + c0,
                    "cue": f2["cue"],
                    "outlet_inferred": False,
                }
                out["claims"].append(row2)
                ent_claims.append((row2, ent2))
        common = {"report_id": rid, "claim_id": cid, "start": a, "end": b, "date": date}
        if (bridges or evac or control) and (voiced := _voice_side(s)) is not None:
            # "nationalist units do not let residents through", "the occupiers shelled the
            # bridge": words only one side uses say whose account a sideless row is
            for rows in (bridges, evac or (), control):
                for r in rows:
                    if r["claimed_by_side"] is None:
                        # (the body side stands in for a sideless speaker's at the end)
                        r["claimed_by_side"] = r["body_side"] = voiced
        for r in bridges:
            bare = r["name"] is None and r["connects"] is None and r["river"] is None
            if (
                bare
                and last_bridge is not None
                and k - last_bridge[0] <= 3
                # (not the second bridge of the same clause: "..., as was the railway bridge")
                and (k > last_bridge[0] or not r.get("second"))
                and (
                    last_bridge[1] is ent
                    and ent is not None
                    # "... blew up the bridge. Analysts cannot confirm this, but the
                    # destruction of the crossings would ...": a sideless voice right after
                    or (k - last_bridge[0] <= 1 and ent is not None and ent["side"] is None)
                )
                and last_bridge[2] == r["status"]
                and r["actor_side"] in (None, last_bridge[3])
                # (not a count of its own: "..., adding that four bridges in the region had
                # now been destroyed": the tally, not the bridge just reported)
                and not (r["count"] or 1) > 1
                # (not the same bridge in another voice: "Artillery destroyed a pontoon, and the
                # ministry assessed that Russia had lost one more": the narrator's, then theirs)
                and (
                    k > last_bridge[0]
                    or not out["bridges"]
                    or out["bridges"][-1]["claimed_by_side"] == r["claimed_by_side"]
                )
            ):
                continue  # "With the crossing gone, he said": the bridge already reported
            if (
                (bare or via_prev)
                and r["actor_side"] is not None
                and last_bridge is not None
                and k - last_bridge[0] <= 2
                and out["bridges"]
                and (last := out["bridges"][-1])["actor_side"] is None
                and last["status"] == r["status"]
                and not (r["count"] or 1) > 1  # (a tally of its own, as above)
                and (
                    last["claimed_by_side"] == r["claimed_by_side"]
                    # "Haidai said the bridge had been destroyed. It was blown up by the
                    # Russians on Sunday.": the next sentence, in no one's words, goes on
                    or r["claimed_by_side"] is None
                    and k - last_bridge[0] <= 1
                )
            ):
                # "The bridge at Stara Sil was destroyed. Russian forces had blown it up, they
                # said": the same account naming who did it (not another side's account)
                last["actor_side"] = r["actor_side"]
                last_bridge = (*last_bridge[:3], r["actor_side"])
                continue
            if (
                r["name"] is None
                and r["river"] is None
                and r["count"] == 1
                and bridge_ctx is not None
                and bridge_ctx[0] == k
                and bridge_ctx[1]["name"] is not None
            ):
                # "... in charge of protecting the Crimean bridge. Road traffic on the bridge has
                # resumed": the bridge just named (carried into this sentence's context), not
                # the river a paragraph before named
                r["name"], r["river"] = bridge_ctx[1]["name"], bridge_ctx[1]["river"]
            if (
                r["river"] is None
                and last_river is not None
                and r["count"] == 1
                and bridge_ctx is not None
                and k - bridge_ctx[0] <= 2
            ):
                # one bridge the report is describing crosses the river it last named
                r["river"] = last_river
            named = bridge_actors.get(r["claimed_by_side"], ())
            if r["actor_side"] is None and r["status"] in ("damaged", "destroyed"):
                if len(named) == 1 and not (
                    _another_bridge(r, out["bridges"]) and not _ATTACK_VERB.search(low)
                ):
                    # "Russian missiles struck the bridge, officials said. ... the strike had
                    # damaged it, he said": one attacker in a side's account so far, the unsaid
                    # one is that attacker
                    r["actor_side"] = next(iter(named))
                elif k and not named:
                    # "Russian missiles struck Zatoka overnight. The bridge was damaged": the
                    # force whose attack the sentence before reports
                    r["actor_side"] = _attacker(text[spans[k - 1][0] : spans[k - 1][1]], side)
                if r["actor_side"] is None:
                    # "a missile strike destroyed the bridge", said by a side: its enemy's
                    r["actor_side"] = _enemy_attacker(low, r, text[spans[max(0, k - 2)][0] : b])
            if (
                headline is not None
                and headline[0] == k - 1
                and r["claimed_by_side"] is not None
                and headline[1]["status"] == r["status"]
                and out["bridges"]
                and out["bridges"][-1] is headline[1]
            ):
                # "Darivka crossing gone. A councillor wrote that the occupiers had blown up
                # the bridge at Darivka": a heading in no one's words, then who says so
                out["bridges"].pop()
            headline = None
            last_bridge = (k, ent, r["status"], r["actor_side"])
            row = {**common, **r}
            if row.pop("narrated", False):
                row["claim_id"] = None  # the narrator's clause, before the speaker's own
            out["bridges"].append(row)
            if r["claimed_by_side"] is None and len(s) < 60 and ent is None:
                headline = (k, row)
        for r in bridges:  # known from the next sentence on
            # (an attack whose outcome is unsaid names the attacker too: "the enemy fired two
            # missiles at the bridge ... the span has taken damage")
            if r["actor_side"] and r["status"] in ("damaged", "destroyed", "unknown"):
                bridge_actors.setdefault(r["claimed_by_side"], set()).add(r["actor_side"])
        for r in evac or ():
            prev_ev = last_evac if last_evac is not None and k - last_evac[0] <= 2 else None
            if (
                prev_ev is not None
                and ent is not None
                and prev_ev[1] is ent
                and prev_ev[2]["origin"] == r["origin"]
                and prev_ev[2]["status"] == r["status"]
                # (a sentence naming the place itself is a statement of its own: "... ordered
                # families out of X. He said 53,000 people still live in X and urged them to go")
                and not any(p["name"] == r["origin"] for p in sp)
            ):
                # the same statement continued: "... called off. The convoy for Zaporizhzhia
                # could not go ahead." completes the first row
                for key in ("destination", "population", "requested_by_side"):
                    if prev_ev[2].get(key) is None:
                        prev_ev[2][key] = r[key]
                continue
            row_ev = {**common, **r}
            told = evac_side.get(r["origin"])
            para = text.rfind("\n", 0, a)
            if (
                r["claimed_by_side"] is None
                and told is not None
                and k - told[0] <= 2
                # (a new item of a digest is a new account: "2/ No humanitarian corridor exists
                # for those areas" after an official's call in item 1)
                and (told[2] == para or not _LIST_ITEM.match(text, para + 1))
            ):
                # "The administration ordered residents of X to leave. Buses would take
                # evacuees to safer parts of the region": with no side of its own, the next
                # sentence on the same evacuation goes on with the same account
                row_ev["claimed_by_side"] = row_ev["body_side"] = told[1]
            if row_ev["claimed_by_side"] is not None:
                evac_side[r["origin"]] = (k, row_ev["claimed_by_side"], para)
                _back_fill_side(prev_ev, k, row_ev)
            out["evacuations"].append(row_ev)
            last_evac = (k, ent, row_ev)
        for r in control:
            if r["place"] in _REPUBLIC_OBLAST:
                # "the Lugansk People's Republic had been liberated by 93%": ground of the
                # oblast the Russia-installed republic claims (once, when the sentence names
                # the oblast too)
                r = {**r, "place": _REPUBLIC_OBLAST[r["place"]]}
                if r in control:
                    continue
            out["control"].append({**common, **r})
        if rivers:
            last_river = rivers[-1]
    # a headline's "Russia says ..." / "Moscow claims ..." speaks through the report's first
    # named speaker of that side
    for i, ent in enumerate(speakers.ents):
        if ent.get("headline") and attr.METONYM_SPEAKER.match(ent["name"]):
            target = next(
                (
                    e
                    for e in speakers.ents[i + 1 :]
                    if e["side"] == ent["side"] and e["kind"] in ("person", "body")
                ),
                None,
            )
            if target is not None:
                ent.update(name=target["name"], role=target["role"], kind=target["kind"])
                ent["display"] = target.get("display")
                ent["same_as"] = target  # one speaker: one relaying outlet
        elif ent.get("headline") and ent["kind"] == "unnamed" and not ent.get("plural"):
            target = _headline_voice(ent, speakers.ents[i + 1 :])
            if target is not None:
                ent.update(
                    name=target["name"], role=target["role"], kind=target["kind"],
                    side=ent["side"] or target["side"],
                )  # fmt: skip
                ent["same_as"] = target
                # "Donetsk militia says": whose militia the spokesman below speaks for
                target["side"] = target["side"] or ent["side"]
    for i, ent in enumerate(speakers.ents):
        key = attr.generic_body(ent["name"]) if ent["kind"] == "body" and not ent["side"] else None
        if key is None:
            continue
        # "MoD says ..." (a headline), "the ministry said": the body of that kind the report
        # names with its side, else, in a Russian or Ukrainian outlet, that country's own
        # (a headline's: the first named below it; a body sentence's: the last named before)
        cands = speakers.ents[i + 1 :] if ent.get("headline") else speakers.ents[i - 1 :: -1]
        target = next(
            (
                e
                for e in (cands if i or ent.get("headline") else [])
                if e["kind"] == "body" and e["side"] and attr.generic_body(e["name"], key)
            ),
            None,
        )
        minister = (
            next(
                (
                    e
                    for e in (cands if i else [])
                    if e["kind"] == "person"
                    and e["side"]
                    and "minister" in (e["role"] or "").lower()
                ),
                None,
            )
            if target is None and "ministry" in key
            else None
        )
        if target is not None:
            ent.update(name=target["name"], role=target["role"], side=target["side"])
            ent["display"] = target.get("display")
            ent["same_as"] = target
        elif minister is not None:
            # "Defence Minister Sergei Shoigu reported ... . '...,' the ministry said": the
            # minister's ministry, of the minister's side
            ent["side"] = minister["side"]
        elif home in ("RU", "UA"):
            ent["side"] = home
        elif ent.get("outlet_home") in ("RU", "UA"):
            # "RIA Novosti, citing the Defence Ministry, ...": a Russian outlet's "the
            # Defence Ministry" is Russia's own
            ent["side"] = ent["outlet_home"]
    head = text[body_start : body_start + 300].split("\n", 1)[0]
    for ent in speakers.ents:
        if ent["side"] is None and ent["kind"] == "person" and ent["name"] in head:
            ent["side"] = _title_role_side(head, ent["name"])
    # a transcript under a body's letterhead ("U.S. Department of Defense" alone on the first
    # line, then "SENIOR DEFENSE OFFICIAL: ..."): its unnamed officials speak for that body
    # (the body starts at the newline ending a "date ..." header line)
    first = text[body_start : body_start + 300].lstrip().split("\n", 1)[0].strip()
    letter = attr.lookup_speaker(first) if 2 < len(first) < 60 else None
    if letter is not None and letter["kind"] == "body" and letter["side"]:
        for ent in speakers.ents:
            if (
                ent["side"] is None
                and ent["kind"] == "unnamed"
                and _OFFICIAL_WORD.search(ent["name"]) is not None
            ):
                ent["side"] = letter["side"]
    # speaker names are final only now (a described official may be named later)
    ent_outlet: dict[int, str] = dict(relayed)
    known = attr.outlet_countries()  # a named outlet, not "Russian state television"
    for row, ent in ent_claims:
        # only where the sentence names its speaker: an outlet in a sentence given to the
        # report's author or a carried-over speaker may relay someone else
        if ent is not None and row["outlet"] in known and not row["outlet_inferred"] and row["cue"]:
            ent_outlet.setdefault(id(ent.get("same_as", ent)), row["outlet"])
    for row, ent in ent_claims:
        if ent is not None:
            row.update(
                speaker=ent.get("display") or ent["name"], speaker_role=ent["role"],
                # the curated name however the report writes it ("Russia's Defence Ministry"
                # is "Russian Defence Ministry"): one speaker across reports
                speaker_name=ent["name"],
                side=ent["side"],
                speaker_kind=ent["kind"],
            )  # fmt: skip
            own = ent_outlet.get(id(ent.get("same_as", ent)))
            if own is None and id(ent.get("same_as", ent)) in spokes_of:
                own = ent_outlet.get(id(spokes_of[id(ent.get("same_as", ent))]))
            if not row["outlet"] and (own or line_outlet):
                row["outlet"] = own or line_outlet
                row["outlet_inferred"] = True
    side_of_claim = {row["claim_id"]: row["side"] for row, _ in ent_claims}
    # who says each control row: the sentence's speaker, or a later clause's own one
    voice: dict[int, object] = {}
    for t in ("bridges", "evacuations", "control"):
        for r in out[t]:
            # a later clause's own speaker ("..., while Ukrainian sources claimed") keeps its side
            clause_speaker = r.pop("clause_speaker", False)
            body_side = r.pop("body_side", None)
            if r["claim_id"] in side_of_claim and not clause_speaker:
                r["claimed_by_side"] = side_of_claim[r["claim_id"]] or body_side
            if t == "control" and clause_speaker:
                voice[id(r)] = ("clause", r["claimed_by_side"])
    with_rows = {r["claim_id"] for r in out["control"]}
    speaker_of = {
        row["claim_id"]: _voice(e) for row, e in ent_claims if e and row["claim_id"] in with_rows
    }
    out["control"] = _merge_restated(out["control"], speaker_of, voice)
    for p in places:
        if p.get("metonym"):
            continue
        k = p.get("sentence")
        out["places"].append(
            {
                "report_id": rid,
                "claim_id": claim_of_sentence.get(k) if k is not None else None,
                "mention": p.get("mention"),
                "name": p.get("name"),
                "kind": p.get("kind"),
                "lat": p.get("lat"),
                "lon": p.get("lon"),
                "start": int(p["start"]),
                "end": int(p["end"]),
                "sentence": k,
                "place_id": p.get("place_id"),
                "geo_precision": p.get("geo_precision"),
                "score": p.get("score"),
            }
        )
    return out


_MOD_VOICE = ("defence minist", "defense minist", "ministry of defen", "ministry spokes")


def _voice(e: dict) -> object:
    """Who speaks, for merging restated claims: "Russia" / "Kyiv" speaks for its whole side
    ("state"); a defence ministry, its minister and its spokesman are one voice; else the
    speaker itself."""
    name = e.get("name") or ""
    if attr.METONYM_SPEAKER.match(name):
        return "state"
    low = f"{name} {e.get('role') or ''}".lower()
    if any(w in low for w in _MOD_VOICE):
        return ("mod", e.get("side"))
    return id(e.get("same_as", e))


def _merge_restated(rows: list[dict], speaker_of: dict, voice: dict) -> list[dict]:
    """One control row per voice, place, holder and claiming side. A report restates its
    lead ("Russia's Defence Ministry said its troops had taken Izium", then "units have taken
    the city of Izium under full control, ministry spokesman X told a briefing"): one claim,
    kept where first said; a share said only in the restatement completes it. A "state"
    voice ("Russia said") is the same as any of its side's. ``voice`` gives rows a later
    clause's own speaker claims (by ``id``)."""
    kept: dict[tuple, list] = {}
    merged = []
    for r in rows:
        who = voice.get(id(r), speaker_of.get(r["claim_id"]))
        key = (r["place"], r["controller_side"], r["claimed_by_side"])
        voices = kept.setdefault(key, [])
        first = next((row for w, row in voices if w == who or "state" in (w, who) and key[2]), None)
        if first is None:
            voices.append((who, r))
            merged.append(r)
        elif first["share"] is None:
            first["share"] = r["share"]
    return merged


# "Ukrainian forces had liberated several settlements": places the next sentence may list
_UNNAMED_PLACES = compile_lower(
    r"\b(?:liberated|captured|recaptured|retaken|retook|took|taken|seized|occupied|regained)\s+"
    r"(?:\w+\s+){0,3}?(?:settlements|villages|towns|localities|communities)\b"
)
_LIST_INTRO = compile_fast(
    # "On the Berdiansk direction she lists A, B and C"
    r"^(?:(?:On|In|Along|For)\s+[^,.;]{0,40}?,?\s+)?(?:he|she|they|it|the\s+ministry)\s+(?:lists?|"
    r"listed|names?|named|mentions?|mentioned|cites?|cited)\b|"
    r"^(?:Among\s+(?:them|those|the\s+(?:villages|settlements|towns))\b[^.]{0,60}?\b(?:were|are|"
    r"was|is)\b|(?:They|These|Those)\s+(?:include|included|are|were)\b|The\s+(?:villages|"
    r"settlements|towns)\b[^.]{0,40}?\b(?:include|included|are|were)\b)"
)


def _unnamed_places_claim(s: str, side: str | None, k: int) -> tuple[int, str, str | None] | None:
    """(sentence, controller, claimed side) of a claim on places not named yet."""
    m = _UNNAMED_PLACES.search(lower(s))
    if m is None:
        return None
    controller = _agent_side(_window_before(s, m.start()), side)
    if controller is None and m.group(0).startswith("liberated"):
        controller = side
    return (k, controller, side) if controller else None


def _listed_places(s: str, places: list[dict], controller: str, side: str | None) -> list[dict]:
    """Control rows for the settlements a list sentence names after such a claim."""
    if not _LIST_INTRO.match(s):
        return []
    names = dict.fromkeys(
        p["name"]
        for p in places
        if p["kind"] == "settlement"
        # "... all in Donetsk oblast south of Velyka Novosilka": a reference point, not listed
        and not _LOCATOR_BEFORE.search(s, max(0, p["rs"] - 30), p["rs"])
        # "on the Melitopol direction she names Lobkove": an axis named after a town
        and not _AXIS_AFTER.match(s, _mention_end(p))
    )
    return [
        {"place": n, "controller_side": controller, "share": None, "claimed_by_side": side}
        for n in names
    ]


# the subject of a sentence when it is a civil authority ("Russian-installed authorities in the
# occupied part of the region have started moving civilians out")
_AUTHORITY_SUBJECT = compile_fast(
    r"^(?:[^,]{0,40},\s+)?(?P<np>(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:authorities|administration|"
    r"officials|government|council))(?:\s+(?:in|of|for)\s+[^,]{0,60}?)?"
    r"(?:\s+(?:on|late\s+on|early\s+on|last)\s+\w+)?(?:\s+(?:also|again|already|now))?"
    r"\s+(?:have|has|had|is|are|"
    r"was|were|keeps?|kept|continued?|continues|ordered|announced|began|started)\b"
)


def _authority_side(s: str) -> str | None:
    """The side of the civil authority a sentence opens with, if it opens with one."""
    if not any(w in s for w in _AUTHORITY_WORDS):
        return None
    m = _AUTHORITY_SUBJECT.match(s)
    return attr.side_of_phrase(m.group("np")) if m else None


_AUTHORITY_WORDS = ("authorit", "official", "administration", "council", "government")


def _in_name(p: dict, found: dict, ent: dict, s: str) -> bool:
    """Is this place mention part of a person's name ("Serhiy" read as a village)?"""
    a, b = found["start"], found["end"]
    if not (a <= p["rs"] < b):
        return False
    np = s[a:b]
    for tok in ent["name"].split():
        i = np.find(tok)
        if i >= 0 and a + i <= p["rs"] < a + i + len(tok):
            return True
    return False


def _frames(recs: dict[str, list[dict]], skipped: list[dict] | None = None) -> dict:
    out = {}
    for t, cols in TABLE_COLUMNS.items():
        rows = skipped if t == "skipped" else recs.get(t, [])
        # from_records reads the row dicts in compiled code (missing keys become NaN)
        df = pd.DataFrame.from_records(rows, columns=cols) if rows else pd.DataFrame(columns=cols)
        if t in ("bridges",):
            df["count"] = df["count"].astype("Int64")
        if t == "control":
            # one dtype whatever the rows hold (a batch whose shares are all unsaid too)
            df["share"] = df["share"].astype("float64")
        if t in ("claims", "places", "bridges", "evacuations", "control") and len(df):
            df["start"] = df["start"].astype("int64")
            df["end"] = df["end"].astype("int64")
        out[t] = df
    return out


def parse_report(
    text: str,
    *,
    report_id: str | None = None,
    source: str | None = None,
    title: str | None = None,
    path: str | os.PathLike | None = None,
    unattributed: str = "none",
) -> dict[str, pd.DataFrame]:
    """Parse one report's text into the contract tables.

    Parameters
    ----------
    text
        The report (a ``date YYYY-MM-DD`` / ``source URL`` header is read if present).
    report_id
        Identifier to use (default: first 12 hex digits of the text's SHA-256).
    source, title, path
        Metadata for the ``reports`` row (default: the header's source, the first line).
    unattributed
        Whether sentences with no speaker (the narrator's voice) become claims with speaker
        null: never (``"none"``, default: the contract's claims are attributed statements;
        their bridge/evacuation/control rows are still kept, with ``claim_id`` null), when
        they state an event (``"events"``), or always (``"all"``).

    Returns
    -------
    dict of pandas.DataFrame
        ``reports``, ``claims``, ``places``, ``bridges``, ``evacuations``, ``control``
        (columns in :data:`TABLE_COLUMNS`) and an empty ``skipped``. Every row's
        ``start``/``end`` are character offsets into ``text``.
    """
    recs = _parse_records(
        text,
        report_id=report_id,
        source=source,
        title=title,
        path=str(path) if path else None,
        unattributed=unattributed,
    )
    return _frames(recs)


_LOOKS_LIKE_PATH = compile_fast(
    r"^\S+\.(?:txt|html?|md|json|csv|xml|text|eml|rtf)$|^(?:[.~]?/|[A-Za-z]:\\)\S*$", re.I
)


def _is_text(item: object) -> bool:
    if not isinstance(item, str):
        return False
    if "\n" in item or len(item) > 4096 or not item.strip():
        return True
    try:
        if Path(item).exists():
            return False
    except (OSError, ValueError):
        return True
    # a missing file named on the command line is reported as missing, not parsed as text
    return not _LOOKS_LIKE_PATH.match(item)


_BATCH_CHARS = 2_000_000


def _parse_batch(
    batch: list[tuple[str, str | None]], acc: dict, skipped: list, unattributed: str
) -> None:
    """Parse reports one by one (each with its own gazetteer pass) into ``acc``.

    Every report is resolved alone, so its rows never depend on which other reports share
    its batch (the gazetteer's proximity and fuzzy-match context stays inside one report).
    """
    for text, path in batch:
        try:
            recs = _parse_records(text, path=path, unattributed=unattributed)
        except (RecursionError, MemoryError, ValueError, KeyError, IndexError, TypeError) as e:
            skipped.append({"path": path or "<text>", "problem": f"could not be parsed: {e!r}"})
            continue
        for t, rows in recs.items():
            acc[t].extend(rows)


def read_reports(items, *, unattributed: str = "none") -> dict[str, pd.DataFrame]:
    """Parse many reports (file paths or raw texts) into one set of tables.

    A ``str`` that holds a newline or is not an existing path is report text; anything
    else is a file read with :func:`analyst_kit.io.read_text` (HTML, cp1251, BOMs...).
    A file that cannot be read is listed in the ``skipped`` table with the problem;
    the other files' rows are kept.

    Parameters
    ----------
    items
        Paths and/or texts (one item, or an iterable of them).
    unattributed
        See :func:`parse_report`.

    Returns
    -------
    dict of pandas.DataFrame
        The tables of :func:`parse_report` for all reports, plus ``skipped`` (path, problem).
    """
    from .io import read_text

    if isinstance(items, (str, os.PathLike)):
        items = [items]
    acc: dict[str, list[dict]] = {k: [] for k in TABLE_COLUMNS if k != "skipped"}
    skipped: list[dict] = []
    batch: list[tuple[str, str | None]] = []
    size = 0
    for item in items:
        if _is_text(item):
            text, path = item, None
        else:
            path = str(item)
            try:
                text = read_text(path)
            except InputError as e:
                skipped.append({"path": path, "problem": e.problem})
                continue
            except (OSError, UnicodeError, ValueError) as e:
                skipped.append({"path": path, "problem": f"cannot be read: {e}"})
                continue
        batch.append((text, path))
        size += len(text)
        if size >= _BATCH_CHARS:
            _parse_batch(batch, acc, skipped, unattributed)
            batch, size = [], 0
    _parse_batch(batch, acc, skipped, unattributed)
    return _frames(acc, skipped)
