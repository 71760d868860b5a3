"""Speakers across sentences: unnamed speakers completed later, carry-over and labels."""

from __future__ import annotations

import re

from . import _attribution as attr
from ._parse_evacuations import _LOCAL_OFFICE, _country_oblast
from ._regex import (
    compile_fast,
)

# an unnamed speaker that a later name can complete ("a senior official ... NAME said")
_PERSON_ROLE = compile_fast(
    r"\b(?:official|officer|spokes\w+|governor|mayor|minister|commander|adviser|advisor|aide|"
    r"representative|source|head|chief|general|president|leader|deputy|envoy|ambassador)\b",
    re.I,
)
_NATIONALITY = compile_fast(
    r"^(?:Russian|Ukrainian|British|American|French|German|Turkish|Belarusian|Polish|Western|"
    r"Kremlin|U\.S\.|US|UK|U\.K\.|UN|U\.N\.)$"
)


# the unnamed speakers' words of _Speakers.resolve
_DEFINITE = re.compile(r"(?:the|this|that)\b", re.I)
_PLURAL_ROLE = re.compile(
    r"\b(?:officials|authorities|sources|officers|analysts|investigators|residents|"
    r"witnesses|rescuers|prosecutors)\b"
)
_INSTITUTION = re.compile(r"\b(?:military|army|navy|air force|police|government)$", re.I)
# a town's or a region's own body: "the regional administration", "the city council"
_LOCAL_BODY = re.compile(
    r"\b(?:regional|region['’]s|oblast|city|town|village|district|municipal|local|military)\s+"
    r"(?:military\s+|state\s+)?(?:administration|council|authorities)$",
    re.I,
)
_SAME = re.compile(r"\b(?:same|latter|former)\b", re.I)
_ANOTHER = re.compile(r"\banother|\bother|\bsecond\b", re.I)


# "Its spokesperson, NAME": a person named as someone's, whose side is that someone's
_POSSESSIVE_LEADS = ("Its ", "its ", "Their ", "their ", "His ", "his ", "Her ", "her ")
# "Russian MoD", "ISW", "HUR": an acronym names a body less plainly than its curated name does
# (a country's "UK", "US", "UN" is no such acronym)
_ACRONYM = compile_fast(r"\b(?!(?:UK|US|UN|EU)\b)[A-Za-z]*[A-Z][a-z]*[A-Z]\w*")


# the lower-case words a body's own name may hold ("Russia's defence ministry"); others make
# it a description ("the UN nuclear watchdog", "the UN refugee agency"), for which the curated
# name is the plainer one
_NAME_LOWER = frozenset(
    "defence defense ministry general staff intelligence of the and military armed forces".split()
)


def _plain_name(name: str) -> bool:
    """Is ``name`` a body's name as a report writes it (no acronym, no description)?"""
    if _ACRONYM.search(name):
        return False
    return all(w[:1].isupper() or w in _NAME_LOWER for w in name.split())


def _head_noun(unnamed: str) -> str:
    """The head noun of an unnamed speaker ("the governor of Luhansk region" → governor), or
    a string no role holds when it has none that names a person."""
    head = unnamed.lower().split(" of ")[0].split()[-1:]
    return head[0] if head and _PERSON_ROLE.fullmatch(head[0]) else "\0"


# the one person who heads or speaks for a body: "head", "governor", "spokesman" (of X)
_OFFICE_HEADS = (
    r"head|chief|commander|governor|mayor|director|chairman|chairwoman|secretary|"
    r"spokes(?:man|woman|person)"
)
# a person's office named by the body it heads: "head of its military administration"
_OFFICE_OF = re.compile(
    rf"(?:(?:deputy|acting|first\s+deputy)\s+)?(?:{_OFFICE_HEADS})\s+(?:of|for)\s"
)


def _same_role(unnamed: str, roles: str) -> bool:
    """Can a named person with these roles be the unnamed speaker just before? Not a
    spokesperson who turns out a president or minister: "A Ukrainian military spokesperson
    said ... President X said" are two people ("envoy" / "ambassador", "chief" / "head" may
    be one)."""
    head = unnamed.lower().split(" of ")[0].split()[-1:]
    if not head or not head[0].startswith(("spokes", "president")):
        return True
    roles = roles.lower()
    return not _PERSON_ROLE.search(roles) or head[0][:6] in roles


def _named_role(unnamed: str, roles: str) -> bool:
    """Do a named person's roles hold the head noun of an unnamed speaker's ("a military
    spokesman" and "spokesman for the Tavria group of forces")?"""
    head = _head_noun(unnamed)
    return head != "\0" and head in roles.lower()


# a speaker named as "the town's mayor"
_TOWNS_MAYOR = compile_fast(r"(?:[Tt]he\s+)?(?:town|city)['’]s\s+mayor\b")
# a relative clause after a speaker's name saying what body they head
_WHO_HEADS = compile_fast(
    r",\s+who\s+(?:now\s+|also\s+)?(?:heads|headed|leads|led|runs|ran|chairs)\s+[^,;.]{3,80}"
)


class _Speakers:
    """Speaker entities of one report, with pronoun / surname / description carry-over."""

    def __init__(self) -> None:
        self.ents: list[dict] = []
        self.last: dict | None = None
        self.surface: str | None = None  # the report's own name for the body just resolved

    def resolve(self, found: dict, k: int) -> dict | None:
        ent = self._resolve(found, k)
        if ent is not None and self.surface and not ent.get("display"):
            ent["display"] = self.surface
        return ent

    def introduce(self, found: dict, k: int) -> dict | None:
        """Resolve ``found`` as an entity later labels may name ("An interview with NAME, head
        of X" before the "Surname:" turns) without making it the last speaker."""
        last = self.last
        ent = self.resolve(found, k)
        self.last = last
        return ent

    def _resolve(self, found: dict, k: int) -> dict | None:
        if _CAPITALISED_ROLE.match(found["np"]) is not None:
            # "the Chair said", "the Governor added": a one-holder role in capitals, not a name
            found = {**found, "np": found["np"].lower()}
        if found["cue"] == "colon" and " " in found["np"]:
            # a transcript's "PRESIDENT ZELENSKY:" is President Zelensky
            found = {**found, "np": attr.uncapitalised(found["np"])}
        name, role, kind = attr.split_name_role(found["np"])
        rec = attr.lookup_speaker(name)
        self.surface = None
        if kind == "person" and _PEOPLE.match(found["np"]):
            kind = "unnamed"  # "The Ukrainians say": a people, not a person's bare name
        if kind == "pronoun":
            # "he" / "she" is the last person (not "the SES", not "officials"); "it" a body
            ent = self._recent(
                k, person=name.lower() in ("he", "she", "i"), body=name.lower() == "it"
            )
            return self._touch(ent, k)
        if kind in ("person", "body") or (kind == "unnamed" and rec and rec["kind"] == "body"):
            if (
                rec
                and (
                    kind == "body"
                    or kind == "unnamed"
                    and rec["kind"] == "body"
                    and "." in name
                    and " " in name
                )
                and not attr.is_alias(name, rec)
            ):
                # "the UN refugee agency" keeps its own name, with the UN's side, unless its
                # words say whose it is ("the Russian General Staff" is not "the General Staff");
                # "the U.N. human rights office" too, its initials with their full stops
                side = attr.side_of_phrase(found["np"]) or rec["side"]
                kind = "body"
            elif rec and (rec["kind"] == kind or kind == "unnamed"):
                # "Russia's Defense Ministry", "UK Defence Intelligence": a body keeps the name
                # the report gives it when that is one of its known names (one entity still)
                if (
                    rec["kind"] == "body"
                    and name != rec["name"]
                    and attr.is_alias(name, rec)
                    and _plain_name(name)
                ):
                    self.surface = name
                elif (
                    rec["kind"] == "person"
                    and kind == "person"
                    and name != rec["name"]
                    and " " in name
                ):
                    # "Sergei Gaidai", "Vasily Nebenzia": a person's full name as the report
                    # spells it (``speaker_name`` keeps the table's spelling to group by)
                    bare = name.rstrip(".,;:!?\"'”’ ")
                    self.surface = bare if bare != rec["name"] else None
                name = rec["name"]
                role = role or rec["role"]
                side = rec["side"]
                kind = rec["kind"] if kind == "unnamed" else kind
            else:
                # "Zelensky's office": a body named after a known person speaks for their side
                side = attr.side_of_phrase(role) or attr.side_of_phrase(found["np"])
                if side is None and rec is not None:
                    side = rec["side"]
                if side is None and kind == "body":
                    side = attr.institution_side(name)
                if side is None and kind == "person" and role:
                    # "Vitaliy Barabash, head of the town's military administration": Ukraine's
                    # wartime city and regional bodies
                    side = attr.institution_side(role)

                if side is None and role:
                    # "head of the Center for Countering Disinformation": a curated body's side
                    body = attr.lookup_speaker(role)
                    side = body["side"] if body and body["kind"] == "body" else None
                if (
                    side is None
                    and kind == "person"
                    and role
                    and "mayor" in role.lower()
                    and (lo := _LOCAL_OFFICE.match(role))
                ):
                    # "Pavlo Kuzmenko, mayor of Okhtyrka", "the Bilhorod-Dnistrovskyi mayor": a
                    # town's own office speaks for the country the town lies in
                    got = _country_oblast(lo.group("a") or lo.group("b"))
                    side = got[0] if got is not None and got[0] in ("UA", "RU") else None
                if (
                    side is None
                    and self.last is not None
                    and k - self.last["seen"] <= 2
                    and found["np"].startswith(_POSSESSIVE_LEADS)
                ):
                    # "The UN rights office said ... Its spokesperson, NAME, said": the one
                    # whose spokesperson it is gives the side
                    side = self.last["side"]
            ent = self._by_name(name)
            if ent is None:
                prev = self.last
                if (
                    prev is not None
                    and (
                        prev["kind"] == "unnamed"
                        # "the head of its military administration said. ... NAME said": a
                        # person's office of a body, named by the body's head noun
                        # (a bare name: one introduced with a role of its own is someone else)
                        or prev["kind"] == "body"
                        and kind == "person"
                        and attr.split_name_role(found["np"])[1] is None
                        and k - prev["seen"] <= 1
                        and _OFFICE_OF.match(prev["name"]) is not None
                    )
                    and (
                        (kind == "person" and _PERSON_ROLE.search(prev["name"]))
                        or attr.METONYM_SPEAKER.match(prev["name"])
                    )
                    and (
                        prev["side"] == side
                        # "The mayor of Konotop ... said ... Artem Semenikhin told residents":
                        # a bare name right after a role is who holds it
                        or side is None
                        and role is None
                        and rec is None
                        and k - prev["seen"] <= 1
                        # "..., a military spokesman said. NAME, spokesman for the Tavria group
                        # of forces, told ...": the sideless role is the named one's
                        or prev["side"] is None
                        and _named_role(prev["name"], f"{role or ''} {rec['role'] if rec else ''}")
                    )
                    and k - prev["seen"] <= 2
                    and not prev.get("plural")
                    and _same_role(prev["name"], f"{role or ''} {rec['role'] if rec else ''}")
                ):
                    side = side or prev["side"]
                    prev.update(name=name, kind=kind, role=role or prev["role"], side=side)
                    return self._touch(prev, k)
                prev = (
                    self._described(k, side, f"{role or ''} {rec['role'] if rec else ''}")
                    if kind == "person" and (rec is not None or role)
                    else None
                )
                if prev is not None:
                    prev.update(name=name, kind=kind, role=role or prev["role"], side=side)
                    return self._touch(prev, k)
                ent = {"name": name, "role": role, "side": side, "kind": kind, "seen": k}
                self.ents.append(ent)
            else:
                if role and not ent["role"]:
                    ent["role"] = role
                if side and not ent["side"]:
                    ent["side"] = side
            return self._touch(ent, k)
        # a role without a name: "a senior Russian military official", "the official"
        side = attr.side_of_phrase(found["np"]) or (rec["side"] if rec else None)
        # "the official" refers back; "the city council of Mariupol" names a new speaker
        definite = (
            _DEFINITE.match(found["np"]) is not None
            and not any(
                w[:1].isupper()
                and not _NATIONALITY.match(w)
                and not w.endswith("-based")
                # ("the Chair said", "the Governor said": a role in capitals, no name)
                and w.lower() not in _DEFINITE_ROLE_HEADS
                for w in found["np"].split()[1:]
            )
            # "the Ukrainian military", "the Russian army": an institution, not "the official"
            and not (_INSTITUTION.search(found["np"]) and attr.side_of_phrase(found["np"]))
        )
        plural = _PLURAL_ROLE.search(name) is not None
        if definite and found.get("cue") == "citing" and (head := _CITED_BODY.search(name)):
            # "RIA Novosti, citing the regional administration, said": an outlet cites a body
            # by its kind; it is a recent speaker only if that one's name has the same head
            # ("the Defence Ministry" then "citing the ministry"), never the governor quoted
            # before it
            ent = self._headed(k, head.group(0).lower())
            if ent is not None:
                return self._touch(ent, k)
        elif (definite and not _PEOPLE.match(found["np"])) or _SAME.search(found["np"]):
            # "the governor said" is the last person (or role), not the body before
            ent = self._collective(k, name) if definite else None
            ent = ent or self._recent(
                k, side=side, within=8, person=_PERSON_ROLE.search(name) is not None and not plural
            )
            if (
                ent is not None
                and ent["side"] not in (None, "UA", "RU")
                and _LOCAL_BODY.search(name) is not None
            ):
                # "(the UN coordinator said ...) The regional administration reports": a town's
                # or region's own body is no foreign or international speaker
                ent = None
            if ent is not None:
                return self._touch(ent, k)
        prev = self.last
        if (
            prev is not None
            and prev["kind"] == "unnamed"
            and side is not None
            and prev["side"] == side
            and k - prev["seen"] <= 2
            and not _ANOTHER.search(found["np"])
            and (
                prev["name"].lower().split()[-1:] == name.lower().split()[-1:]
                or (
                    _PERSON_ROLE.search(prev["name"]) is not None
                    and _PERSON_ROLE.search(name) is not None
                    and not plural
                    and not prev.get("plural")
                )
            )
        ):
            return self._touch(prev, k)
        ent = {"name": name, "role": role, "side": side, "kind": "unnamed", "seen": k,
               "plural": plural}  # fmt: skip
        self.ents.append(ent)
        return self._touch(ent, k)

    def _described(self, k: int, side: str | None, roles: str) -> dict | None:
        """An unnamed speaker of the last few sentences whose head noun the known person's
        roles hold: "Ukraine's top military commander said ... [another speaker] ... Gen.
        Valerii Zaluzhnyi told reporters" (a Commander-in-Chief)."""
        roles = roles.lower()
        for ent in sorted(self.ents, key=lambda e: -e["seen"]):
            if k - ent["seen"] > 6:
                break
            if ent["kind"] != "unnamed" or ent.get("plural"):
                continue
            # "..., a military spokesman said. X, spokesman for the Y group, told ...": a role
            # with no side is the named person of the very next sentence
            if ent["side"] != side and (ent["side"] is not None or k - ent["seen"] > 1):
                continue
            # ("the governor of Luhansk region": the head noun is before "of")
            if _named_role(ent["name"], roles):
                return ent
        return None

    def _touch(self, ent: dict | None, k: int) -> dict | None:
        if ent is not None:
            ent["seen"] = k
            self.last = ent
        return ent

    def _by_name(self, name: str) -> dict | None:
        low = name.lower()
        words = low.split()
        last = words[-1] if words else low
        long_name = len(low) > 5
        for ent in reversed(self.ents):
            en = ent["name"].lower()
            if en == low:
                return ent
            kind = ent["kind"]
            if kind == "body":
                if long_name and low in en:
                    return ent
            # the same surname ("last in en" first: a cheap necessary test)
            elif kind == "person" and last in en and en.split()[-1:] == [last]:
                return ent
        return None

    def _recent(
        self,
        k: int,
        side: str | None = None,
        person: bool = False,
        within: int = 6,
        body: bool = False,
    ) -> dict | None:
        if self.last is not None and k - self.last["seen"] <= within:
            if (side is None or self.last["side"] in (side, None)) and _fits(
                self.last, person, body
            ):
                return self.last
        for ent in sorted(self.ents, key=lambda e: -e["seen"]):
            if k - ent["seen"] > within:
                break
            if (side is None or ent["side"] == side) and _fits(ent, person, body):
                return ent
        return None

    def _headed(self, k: int, head: str) -> dict | None:
        """The recent body (within 8 sentences) whose name or role holds ``head``, or None."""
        for ent in sorted(self.ents, key=lambda e: -e["seen"]):
            if k - ent["seen"] > 8:
                break
            if ent["kind"] != "person" and head in f"{ent['name']} {ent['role'] or ''}".lower():
                return ent
        return None

    def _collective(self, k: int, name: str) -> dict | None:
        """The recent speaker a definite "the militia" / "the brigade" / "the governor" names:
        one whose name or role holds that word ("militia spokesman X", "Governor X"), or None
        (a role word: the speaker of another role in between is not the one meant)."""
        head = name.lower().split()[-1:]
        if not head:
            return None
        collective = head[0] in _COLLECTIVE_HEADS
        if not collective and head[0] not in _DEFINITE_ROLE_HEADS:
            return None
        older = []
        for ent in sorted(self.ents, key=lambda e: -e["seen"]):
            words = f"{ent['name']} {ent['role'] or ''}".lower()
            if head[0] in (words if collective else words.replace(",", " ").split()):
                if k - ent["seen"] <= 8:
                    return ent
                older.append(ent)
        # "In Mykolaiv, the governor also said" ten sentences after "regional governor NAME":
        # the one speaker of the report with that role, however long ago (not when two hold it)
        return older[0] if len(older) == 1 and not collective else None


def _label_speaker(label: str, ents: list[dict]) -> dict | None:
    """The speaker, with a side, a transcript's role label ("Spokesman:", "Spokeswoman:")
    stands for: the one named earlier under that role ("Spokesman Stephane Dujarric"), if
    only one was."""
    head = label.strip().rstrip(":").strip().lower()
    if head not in _LABEL_ROLES:
        return None
    named = [
        e
        for e in ents
        if e["side"] and head in f"{e.get('display', '')} {e['role'] or ''}".lower().split()
    ]
    return named[0] if len({id(e) for e in named}) == 1 else None


_LABEL_ROLES = ("spokesman", "spokeswoman", "spokesperson", "minister", "governor", "mayor")


def _headline_voice(ent: dict, later: list[dict]) -> dict | None:
    """The named person a headline's unnamed speaker speaks through: "Luhansk militia says
    ..." over "..., militia spokesman Ivan Filiponenko said" (the first person below whose
    role holds the headline's head noun, of the same side), or None."""
    head = ent["name"].lower().split()[-1:]
    if not head or len(head[0]) < 4:
        return None
    for e in later:
        if (
            e["kind"] == "person"
            and head[0] in (e["role"] or "").lower().split()
            and (ent["side"] is None or e["side"] in (ent["side"], None))
        ):
            return e
    return None


# a nation's people as a group ("The Ukrainians say it has fallen"): a speaker of its own, not
# the official who spoke last (who may be of that side)
_PEOPLE = compile_fast(
    r"^(?i:the)\s+(?:Russians|Ukrainians|Americans|British|French|Germans|Belarusians|Poles|"
    r"Turks|Chinese|Iranians)$"
)
# the kind of body an outlet cites by its kind alone ("citing the regional administration")
_CITED_BODY = compile_fast(
    r"\b(?:administration|council|ministry|committee|office|service|staff|command|government|"
    r"authorities|agency|headquarters)$",
    re.I,
)
# the unnamed bodies a definite phrase refers back to by their kind: "the militia said"
_COLLECTIVE_HEADS = frozenset("militia brigade battalion regiment".split())
# the one-holder roles a definite "the governor said" names its holder by
_DEFINITE_ROLE_HEADS = frozenset(
    "governor mayor spokesman spokeswoman spokesperson ombudsman ombudswoman ombudsperson "
    "commissioner chair chairman chairwoman chairperson rapporteur".split()
)
# ... written in capitals, as a role and not a name: "the Chair said", "the Governor added"
_CAPITALISED_ROLE = re.compile(
    r"[Tt]he\s+(?:" + "|".join(sorted(w.capitalize() for w in _DEFINITE_ROLE_HEADS)) + r")$"
)


def _fits(ent: dict, person: bool, body: bool) -> bool:
    """Can a pronoun refer to ``ent``: "he" (``person``) to no body or group of people ("the
    SES", "officials"), "it" (``body``) to no named person?"""
    if person:
        # ("the head of the town's military administration", resolved to its body, is one
        # person still: "he said")
        return (
            ent["kind"] != "body" or _PERSON_HEAD.match(ent["name"]) is not None
        ) and not ent.get("plural")
    return not (body and ent["kind"] == "person")


# a role naming one person though it ends on a body: "head of the town's administration"
_PERSON_HEAD = re.compile(
    rf"(?:the\s+)?(?:acting\s+|deputy\s+|first\s+deputy\s+)?(?:{_OFFICE_HEADS}|minister)\s+of\b",
    re.I,
)
