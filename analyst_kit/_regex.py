"""Regex compilation helpers: word alternations factored into prefix tries for speed."""

from __future__ import annotations

import re

__all__ = ["alternation", "compile_fast", "optimise"]

# an alternative made only of literal characters (letters, digits, space, apostrophes, hyphen)
_LITERAL = re.compile(r"[\w '’-]+")
# an innermost group ("(?:", "(?P<name>", "(", a lookaround) holding a "|" and no other group
_ELEMENT = r"(?:[^()\[\]\\]|\\.|\[\^?\]?(?:[^\]\\]|\\.)*\])"
_INNER_GROUP = re.compile(
    r"\((\?:|\?P<\w+>|\?=|\?!|\?<=|\?<!|(?!\?))(" + _ELEMENT + r"*\|" + _ELEMENT + r"*)\)"
)


def alternation(words: list[str]) -> str:
    """A regex matching any of the literal ``words``, shared prefixes factored out.

    At every node, branches keep the order of the first word that uses them, and a word
    that ends at a node is tried where it stood in the list, so the regex prefers the same
    alternative the plain ``a|b|c`` would wherever two of them could match.
    """
    root: dict = {}
    for order, word in enumerate(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node.setdefault("", order)

    def first(node: dict) -> int:
        return min(v if k == "" else first(v) for k, v in node.items())

    def emit(node: dict) -> str:
        parts = sorted(node.items(), key=lambda kv: kv[1] if kv[0] == "" else first(kv[1]))
        alts = ["" if k == "" else re.escape(k) + emit(v) for k, v in parts]
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return emit(root)


def _factor(alternatives: list[str]) -> str:
    """Factor the literal alternatives of one group, leaving any others as written."""
    literal = [a for a in alternatives if a and _LITERAL.fullmatch(a)]
    if len(literal) < 4:
        return "|".join(alternatives)
    out, placed = [], False
    for a in alternatives:
        if a in literal:
            if not placed:
                out.append(alternation(list(dict.fromkeys(literal))))
                placed = True
        else:
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


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile`` of :func:`optimise` (pattern) (same matches, fewer steps)."""
    return re.compile(optimise(pattern), flags)
