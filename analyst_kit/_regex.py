"""Regex compilation helpers: word alternations factored into prefix tries for speed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

__all__ = [
    "alternation", "compile_fast", "compile_lower", "contains_any", "lower", "lower_literals",
    "optimise", "word_automaton",
]  # fmt: skip

# an alternative made only of literal characters (letters, digits, space, apostrophes, hyphen)
_LITERAL = re.compile(r"[\w '’-]+")
# an innermost group ("(?:", "(?P<name>", "(", a lookaround) holding a "|" and no other group
_ELEMENT = r"(?:[^()\[\]\\]|\\.|\[\^?\]?(?:[^\]\\]|\\.)*\])"
_INNER_GROUP = re.compile(
    r"\((\?:|\?P<\w+>|\?=|\?!|\?<=|\?<!|(?!\?))(" + _ELEMENT + r"*\|" + _ELEMENT + r"*)\)"
)


def alternation(words: list[str]) -> str:
    """A regex matching any of the literal ``words``, shared prefixes factored out.

    Exact: wherever two words could both match (one is a prefix of the other), the regex
    tries them in the order they are listed, as ``a|b|c`` would.
    """
    return _emit([(w, i) for i, w in enumerate(dict.fromkeys(words))])


def _emit(items: list[tuple[str, int]]) -> str:
    """Items share the prefix consumed so far; a word ending here splits the rest in two:
    the words listed before it are tried first, those listed after it, after it."""
    end = next((i for w, i in items if w == ""), None)
    if end is None:
        return _branches(items)
    before = [(w, i) for w, i in items if w and i < end]
    after = [(w, i) for w, i in items if w and i > end]
    alts = ([_branches(before)] if before else []) + [""] + ([_branches(after)] if after else [])
    return "(?:" + "|".join(alts) + ")" if len(alts) > 1 else alts[0]


def _branches(items: list[tuple[str, int]]) -> str:
    # words that differ in their next character never match at the same place: group them
    groups: dict[str, list[tuple[str, int]]] = {}
    for w, i in items:
        groups.setdefault(w[0], []).append((w[1:], i))
    alts = [re.escape(ch) + _emit(rest) for ch, rest in groups.items()]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _factor(alternatives: list[str]) -> str:
    """Factor each run of literal alternatives of one group, leaving the others in place."""
    out: list[str] = []
    run: list[str] = []
    for a in alternatives + [None]:
        if a is not None and a and _LITERAL.fullmatch(a):
            run.append(a)
            continue
        if len(run) >= 4:
            out.append(alternation(run))
        else:
            out.extend(run)
        run = []
        if a is not None:
            out.append(a)
    return "|".join(out)


_TOKEN = re.compile(r"\\.|\[\^?\]?(?:[^\]\\]|\\.)*\]|[^\\\[]")


def _split_top(body: str) -> list[str]:
    """Split a group body on its top-level ``|`` (it holds no nested group)."""
    parts, cur = [], []
    for tok in _TOKEN.findall(body):
        if tok == "|":
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(tok)
    parts.append("".join(cur))
    return parts


def optimise(pattern: str) -> str:
    """Rewrite every innermost word alternation of ``pattern`` as a prefix trie.

    ``(?:said|says|say|stated)`` becomes ``(?:sa(?:id|ys|y)|stated)``-like groups, which
    Python's backtracking engine tries in a handful of steps per position instead of one per
    word. Only alternatives made of plain letters, digits, spaces, apostrophes and hyphens
    are factored; anything else is left where it is.
    """
    src = "(?:" + pattern + ")"
    out, pos = [], 0
    for m in _INNER_GROUP.finditer(src):
        opener = "(" + m.group(1)
        out.append(src[pos : m.start()])
        out.append(opener + _factor(_split_top(m.group(2))) + ")")
        pos = m.end()
    out.append(src[pos:])
    return "".join(out)


@lru_cache(maxsize=4096)
def compile_fast(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile`` of :func:`optimise` (pattern) (same matches, fewer steps)."""
    return re.compile(optimise(pattern), flags)


_PIECE = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|.", re.S)


def lower_literals(pattern: str) -> str:
    """``pattern`` with its letters lower-cased, escapes and group names kept.

    Run case-sensitively on ``text.lower()``, it finds what the original finds with
    ``re.IGNORECASE`` on ``text`` (same offsets whenever lower-casing keeps the length), in
    far fewer steps: the engine can skip a branch on its first letter.
    """
    return "".join(p if len(p) > 1 else p.lower() for p in _PIECE.findall(pattern))


def compile_lower(pattern: str) -> re.Pattern:
    """A case-insensitive ``pattern``, compiled to run case-sensitively on :func:`lower` text."""
    return compile_fast(lower_literals(pattern))


def lower(text: str) -> str:
    """``text.lower()``, keeping every character at its offset (a rare letter whose lower case
    is longer, such as "İ", stays as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def word_automaton(pairs: Iterable[tuple[str, Any]]):
    """An Aho-Corasick automaton of ``(word, value)`` pairs: ``automaton.iter(text)`` yields
    ``(end, value)`` for every occurrence of a word in one pass (a word listed twice keeps
    its last value)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word, value in pairs:
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton


def contains_any(words: list[str]):
    """A function telling whether a text contains one of ``words`` as a substring (one
    Aho-Corasick pass that stops at the first hit)."""
    automaton = word_automaton((w, w) for w in words)

    def found(text: str) -> bool:
        return next(automaton.iter(text), None) is not None

    found.words = tuple(words)  # for gates merged into one pass (see ``_word_bits``)
    return found
