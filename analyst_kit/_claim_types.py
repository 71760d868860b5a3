"""Claim types: what a sentence's statement is about (control, bridge, strike ...)."""

from __future__ import annotations

from ._regex import (
    compile_lower,
    lower,
    word_automaton,
)

_TYPE_RULES = [
    ("bridge", compile_lower(r"\bbridges?\b|\bcrossings?\b|\bpontoon")),
    (
        "evacuation",
        compile_lower(
            r"\bevacu\w*|\bhumanitarian (?:corridor|pause)|\bcorridors?\b|\bsafe passage"
        ),
    ),
    (
        "control",
        compile_lower(
            r"\b(?:(?:taken|took|take|seized?|captured?|gained|regained|established|have|has|in|"
            r"under|retain(?:ed)?|lost|full|complete)\s+(?:full\s+|complete\s+|total\s+)?control"
            r"|captur(?:ed|es|ing)|seized|liberat(?:ed|ion|es|ing)|recaptur\w+|retook|retaken|"
            r"occupied|fell to|fallen|withdr[ae]w\w*|pulled out|encircl\w+|surrounded|holds?|"
            r"holding|controls?|controlled)\b",
        ),
    ),
    (
        "casualties",
        compile_lower(
            r"\b(?:killed|dead|deaths?|died|wounded|injured|casualties|losses|bodies|toll|"
            r"lost their lives)\b",
        ),
    ),
    (
        "strike",
        compile_lower(
            r"\b(?:shell(?:ed|ing|s)?|strikes?|struck|missiles?|rockets?|artillery|bombard\w*|"
            r"air ?raids?|bomb(?:ed|ing|s)?|hit|drones?|airstrikes?|fire[ds]?|explosions?|"
            r"attack(?:ed|s)?)\b",
        ),
    ),
    (
        "movement",
        compile_lower(
            r"\b(?:advanc\w+|offensive|assault|push(?:ed|ing)?|moving|moved|regroup\w*|"
            r"redeploy\w*|retreat\w*|counter-?offensive|counterattack\w*|breakthrough|"
            r"reinforce\w*|troops? (?:near|towards?)|main effort)\b",
        ),
    ),
    (
        "accusation",
        compile_lower(
            r"\b(?:accus\w+|blam\w+|war crimes?|provocation|human shields?|living shield|"
            r"genocide|atrocit\w+|staged|fake|lies|lying|terror\w*|nationalists|neo-Nazis?)\b",
        ),
    ),
]


# cheap substring gates: a rule's regex only runs when one of its stems is in the sentence
_TYPE_GATES = {
    "bridge": ("bridge", "crossing", "pontoon"),
    "evacuation": ("evacu", "corridor", "passage", "humanitarian pause"),
    "control": ("control", "captur", "seiz", "liberat", "recaptur", "retook", "retaken",
                "occupied", "fell to", "fallen", "withdr", "pulled out", "encircl",
                "surrounded", "hold"),
    "casualties": ("kill", "dead", "death", "died", "wounded", "injured", "casualt", "losses",
                   "bodies", "toll", "lives"),
    "strike": ("shell", "strike", "struck", "missile", "rocket", "artillery", "bomb", "raid",
               "hit", "drone", "fire", "explosion", "attack"),
    "movement": ("advanc", "offensive", "assault", "push", "mov", "regroup", "redeploy",
                 "retreat", "counter", "breakthrough", "reinforc", "troop", "main effort"),
    "accusation": ("accus", "blam", "war crime", "provocation", "shield", "genocide", "atrocit",
                   "staged", "fake", "lies", "lying", "terror", "nationalist", "nazi"),
}  # fmt: skip


def _stem_automaton(gates: dict[str, tuple[str, ...]]):
    """One Aho-Corasick automaton of every gate's stems, each reporting (rule, stem length)."""
    return word_automaton(
        (stem, (name, len(stem))) for name, stems in gates.items() for stem in stems
    )


# every stem occurrence in one C pass, instead of a substring test per stem and rule
_TYPE_STEMS = _stem_automaton(_TYPE_GATES)


def claim_type(sentence: str) -> str:
    """The claim type of a sentence (first matching rule: bridge, evacuation, control...)."""
    low = lower(sentence)
    # the rules whose gate holds: where a stem of theirs is (the first hit of each rule, built
    # from the hits in reverse so the first one is written last: no Python call per hit)
    first = {name: end + 1 - size for end, (name, size) in reversed(list(_TYPE_STEMS.iter(low)))}
    for name, rx in _TYPE_RULES:
        # a rule's match nearly always starts the word of its first stem: scan from that word
        # first (a full scan costs microseconds), from the sentence start only if that fails
        if name in first and (rx.search(low, low.rfind(" ", 0, first[name]) + 1) or rx.search(low)):
            return name
    return "other"
