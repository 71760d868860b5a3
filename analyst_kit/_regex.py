"""Regex compilation helpers: word alternations factored into prefix tries for speed."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

__all__ = [
    "LiteralStarts", "WordStart", "alternation", "compile_fast", "compile_lower", "contains_any",
    "literal_starts", "lower", "lower_literals", "optimise", "word_automaton", "word_start",
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


def bit(n: int) -> int:
    """``1 << n``, a mask bit of any width. The gate masks pass 64 bits: spelled as a call, the
    shift stays a Python int shift in a compiled build too, where ``1 << len(x)`` would be a C
    shift of a C int."""
    return 1 << n


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

    return found


def _opens_word(items: list) -> bool:
    """Does every match of the parsed sequence ``items`` start with ``\\b`` (after lookbehinds)
    and then a word character?"""
    from re import _constants as c

    i = 0
    while i < len(items) and items[i][0] in (c.ASSERT, c.ASSERT_NOT) and items[i][1][0] < 0:
        i += 1  # lookbehinds look before the start: they move nothing
    if i >= len(items) or items[i] != (c.AT, c.AT_BOUNDARY):
        if i < len(items) and items[i][0] is c.SUBPATTERN:
            return _opens_word(list(items[i][1][3]) + list(items[i + 1 :]))
        if i < len(items) and items[i][0] is c.BRANCH:
            rest = list(items[i + 1 :])
            return all(_opens_word(list(alt) + rest) for alt in items[i][1][1])
        return False
    return _word_first(list(items[i + 1 :]))


def _word_first(items: list) -> bool:
    """Is the first character every match of ``items`` consumes a word character?"""
    from re import _constants as c

    if not items:
        return False
    op, av = items[0]
    if op is c.LITERAL:
        return chr(av).isalnum() or chr(av) == "_"
    if op is c.SUBPATTERN:
        return _word_first(list(av[3]) + items[1:])
    if op is c.BRANCH:
        return all(_word_first(list(alt) + items[1:]) for alt in av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _word_first(list(av[2]))
    if op is c.IN:
        return all(
            o is c.LITERAL
            and (chr(a).isalnum() or chr(a) == "_")
            or o is c.CATEGORY
            and a in (c.CATEGORY_WORD, c.CATEGORY_UNI_WORD)
            for o, a in av
        )
    return False


def _slow_scan(items: list) -> bool:
    """Does the parsed pattern open with a lookbehind (in one of its branches too), or with a
    branch of 8 alternatives or more (what sre tries at every position of a text)?"""
    from re import _constants as c

    while len(items) and items[0][0] is c.SUBPATTERN:
        items = list(items[0][1][3])
    if not items:
        return False

    def behind(seq) -> bool:
        return bool(seq) and seq[0][0] in (c.ASSERT, c.ASSERT_NOT) and seq[0][1][0] < 0

    op, av = items[0]
    return behind(items) or op is c.BRANCH and (len(av[1]) >= 8 or any(map(behind, av[1])))


class WordStart:
    """A compiled pattern every match of which starts a word (``\\b``, then a word character,
    after any lookbehinds), searched where a word starts only: a copy led by ``\\W`` makes sre
    skip from one non-word character to the next instead of trying every position. Same
    matches as ``rx.search``; the rest of the pattern's methods are ``rx``'s own."""

    __slots__ = ("rx", "_lead")

    def __init__(self, rx: re.Pattern, lead: re.Pattern):
        self.rx = rx
        self._lead = lead

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        m = self.rx.match(text, pos, endpos)
        if m is not None:
            return m
        # any later match starts right after a non-word character at or after ``pos``
        lead = self._lead.search(text, pos, endpos)
        return self.rx.match(text, lead.start() + 1, endpos) if lead is not None else None

    def __getattr__(self, name: str):
        return getattr(self.rx, name)


def word_start(rx: re.Pattern, slow_only: bool = False):
    """``rx`` as a :class:`WordStart` when every match of it starts a word (checked on its
    parsed form), else ``rx`` itself. ``slow_only``: only if sre's own scan of it is slow, the
    pattern opening with a lookbehind or with eight branches or more (for a cheap pattern the
    two extra calls cost more than they save)."""
    try:  # (re's parser is private: a Python without it keeps the plain pattern)
        from re import _parser

        items = list(_parser.parse(rx.pattern, rx.flags))
        if not _opens_word(items) or slow_only and not _slow_scan(items):
            return rx
        return WordStart(rx, re.compile(r"\W(?:" + rx.pattern + ")", rx.flags))
    except (ImportError, AttributeError, re.error, TypeError, ValueError, IndexError):
        return rx


def _prefixes(items, cap: int) -> tuple[set[str], bool] | None:
    """The literal strings every match of the parsed sequence ``items`` starts with, and
    whether they are the whole of it (``False``: the match goes on past them); None when the
    first thing it consumes is no literal (a class, a wildcard, an optional part)."""
    from re import _constants as c

    out, whole = {""}, True
    for op, av in items:
        if op is c.AT or op in (c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: moves nothing
        sub: tuple[set[str], bool] | None = None
        if op is c.LITERAL:
            sub = ({chr(av)}, True)
        elif op is c.IN and all(o is c.LITERAL for o, _ in av) and len(av) <= 8:
            sub = ({chr(a) for _, a in av}, True)
        elif op is c.SUBPATTERN and not av[1] & re.IGNORECASE:
            sub = _prefixes(list(av[3]), cap)
        elif op is c.ATOMIC_GROUP:
            sub = _prefixes(list(av), cap)
        elif op is c.BRANCH:
            alts = [_prefixes(list(alt), cap) for alt in av[1]]
            if all(a is not None for a in alts):
                sub = (set().union(*(a[0] for a in alts)), all(a[1] for a in alts))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            got = _prefixes(list(av[2]), cap)
            # (once through: what a longer run starts with too)
            sub = (got[0], got[1] and av[0] == av[1] == 1) if got is not None else None
        if sub is None:
            whole = False
            break
        joined = {a + b for a in out for b in sub[0]}
        if len(joined) > cap:
            whole = False
            break
        out = joined
        if not sub[1]:
            whole = False
            break
    return (out, whole) if out != {""} or whole else None


class LiteralStarts:
    """A compiled pattern every match of which starts with one of a set of literal strings
    (read off its parsed form), searched by trying ``rx.match`` only where one of them occurs
    (one Aho-Corasick pass finds those): for a many-branched pattern, such as a status's
    alternation of thirty phrases, sre's own scan tries every branch at every word. Same
    matches as ``rx.search``; the pattern's other methods are ``rx``'s own."""

    __slots__ = ("rx", "_starts")

    def __init__(self, rx: re.Pattern, prefixes: Iterable[str]):
        self.rx = rx
        self._starts = word_automaton((p, len(p)) for p in prefixes)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        endpos = min(endpos, len(text))
        pos = max(pos, 0)
        if pos > endpos:
            return None
        seg = text[pos:endpos] if pos or endpos < len(text) else text
        # (the prefix is part of the match: it lies inside the searched span)
        for at in sorted({end - n + 1 for end, n in self._starts.iter(seg)}):
            m = self.rx.match(text, pos + at, endpos)
            if m is not None:
                return m
        return None

    def __getattr__(self, name: str):
        return getattr(self.rx, name)


def literal_starts(rx, cap: int = 400):
    """``rx`` (a pattern, or a :class:`WordStart`, whose own pattern is used) as a
    :class:`LiteralStarts` when every match of it starts with a literal string (checked on its
    parsed form, at most ``cap`` of them, none empty), else ``rx`` itself."""
    base = rx.rx if isinstance(rx, WordStart) else rx
    if base.flags & re.IGNORECASE:
        return rx
    try:  # (re's parser is private: a Python without it keeps the plain pattern)
        from re import _parser

        got = _prefixes(list(_parser.parse(base.pattern, base.flags)), cap)
    except (ImportError, AttributeError, re.error, TypeError, ValueError, IndexError):
        return rx
    if got is None or "" in got[0]:
        return rx
    return LiteralStarts(base, got[0])
