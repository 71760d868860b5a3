"""Split report text into sentence spans (character offsets), headlines included."""

from __future__ import annotations

from ._regex import compile_fast

_ABBREV = frozenset(
    "mr mrs ms dr gen col lt maj capt sgt cpl gov sen rep prof st jr sr no vs etc u.s u.k u.n "
    "e.g i.e jan feb mar apr aug sep sept oct nov dec a.m p.m inc ltd co corp dept ft mt "
    "approx est adm brig cmdr lt.-gen lt.-col maj.-gen pres".split(),
).union("abcdefghijklmnopqrstuvwxyz")
_BOUNDARY = compile_fast(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9\u0400-\u04ff])")
_LINE = compile_fast(r"[^\n]+")
_NUMBER_NEXT = compile_fast(r"\s*\d")
_STARTER_NEXT = compile_fast(r"\s+(?:He|She|They|It|We|I|The|A|An|This|That|There|His|Her|Its)\b")
# the word before a stop, read on the reversed window: matched at its start once, where the
# search for "([\w.\-]+)$" would try the run from every position before it
_WORD_REVERSED = compile_fast(r"[\w.\-]+")


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text`` from offset ``start``.

    Every non-empty line is a block (headlines, credits and paragraphs); inside a block,
    a sentence ends at ``.``, ``!``, ``?`` (plus closing quotes) before a capital, unless
    the word before the stop is an abbreviation or an initial ("Lt. Gen.", "U.S.", "J.").
    """
    spans = []
    for line in _LINE.finditer(text, start):
        a, b = line.span()
        pos = a
        for m in _BOUNDARY.finditer(text, a, b):
            w = _WORD_REVERSED.match(text[max(a, m.start() - 20) : m.start()][::-1])
            word = w.group(0)[::-1].lower().strip(".") if w else ""
            if word in ("a.m", "p.m") and _STARTER_NEXT.match(text, m.end()):
                # "the strike came at about 4 a.m. He said ...": a time ends the sentence when
                # a pronoun or an article opens the next one
                _add(text, pos, m.end(), spans)
                pos = m.end()
                continue
            if word in _ABBREV and (word != "no" or _NUMBER_NEXT.match(text, m.end())):
                # "No. 5" abbreviates a number; "Officially, no. Kirill ..." ends a sentence
                continue
            if m.start() - a <= 2 and text[a : m.start()].isdigit() and text[m.start()] == ".":
                # a list item's number ("2. NAME, Deputy Prime Minister"): no sentence of its
                # own, and the item's heading still starts its line
                continue
            _add(text, pos, m.end(), spans)
            pos = m.end()
        _add(text, pos, b, spans)
    return spans


def _add(text: str, a: int, b: int, spans: list) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((a, b))
