"""Transliteration of Ukrainian and Russian Cyrillic place names into Latin spelling variants."""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

__all__ = [
    "ua_national",
    "ru_news",
    "ru_bgn",
    "pl_style",
    "is_cyrillic",
    "cyrillic_language",
    "latin_variants",
    "name_variants",
    "strip_accents",
    "cyrillic_case_forms",
    "russian_style_variants",
]

# Ukrainian national romanization, Cabinet of Ministers resolution No. 55 of 27 January 2010.
# Letters with two forms: the first is used at the start of a word, the second elsewhere.
_UA_TABLE: dict[str, str | tuple[str, str]] = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e",
    "є": ("ye", "ie"), "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": ("yi", "i"),
    "й": ("y", "i"), "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": ("yu", "iu"), "я": ("ya", "ia"),
    "'": "", "’": "", "ʼ": "",
    # Russian letters that appear in mixed names: use their usual Ukrainian-side rendering
    "ы": "y", "э": "e", "ё": "io", "ъ": "",
}  # fmt: skip

# Russian-style spelling as English-language news wrote it in 2022 (simplified BGN/PCGN).
_RU_TABLE: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Ukrainian letters in a Russian-style rendering
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "'": "", "’": "", "ʼ": "",
}  # fmt: skip

_CYR = re.compile(r"[\u0400-\u04ff]")
_UA_ONLY = set("іїєґІЇЄҐ")
_RU_ONLY = set("ыэёъЫЭЁЪ")
_APOSTROPHES = "'’ʼ`´′‘"


def strip_accents(text: str) -> str:
    """Remove combining accents (``Унгу́т`` -> ``Унгут``) but keep letters like й and ї."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = []
    for ch in decomposed:
        if unicodedata.combining(ch) and ch not in ("\u0306", "\u0308"):  # keep breve/diaeresis
            continue
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept))


def is_cyrillic(text: str) -> bool:
    """True when ``text`` contains Cyrillic letters."""
    return bool(_CYR.search(text))


def cyrillic_language(text: str) -> str:
    """Guess whether a Cyrillic name is spelled in Ukrainian (``"uk"``), Russian (``"ru"``) or
    either (``"?"``), from the letters only one of the two alphabets has."""
    chars = set(text)
    if chars & _UA_ONLY or "ськ" in text.lower() or "цьк" in text.lower():
        return "uk"
    if chars & _RU_ONLY:
        return "ru"
    return "?"


def _match_case(src: str, out: str, word_start: bool) -> str:
    if not out or not src.isupper():
        return out
    return out[0].upper() + out[1:] if word_start or len(out) == 1 else out.upper()


def _translit(text: str, table: dict, pairs: dict[str, str] | None = None) -> str:
    text = strip_accents(text)
    res: list[str] = []
    prev_alpha = False
    i = 0
    low = text.lower()
    while i < len(text):
        ch, lc = text[i], low[i]
        if pairs and low[i : i + 2] in pairs:
            out = pairs[low[i : i + 2]]
            res.append(out.capitalize() if ch.isupper() else out)
            i += 2
            prev_alpha = True
            continue
        val = table.get(lc)
        if val is None:
            res.append(ch)
        else:
            if isinstance(val, tuple):
                val = val[1] if prev_alpha else val[0]
            if ch.isupper() and val:
                val = val.upper() if (text.isupper() and len(text) > 1) else val.capitalize()
            res.append(val)
        prev_alpha = ch.isalpha() or ch in _APOSTROPHES
        i += 1
    return "".join(res)


def ua_national(text: str) -> str:
    """Ukrainian national romanization (2010 table): ``Сєвєродонецьк`` -> ``Sievierodonetsk``.

    Parameters
    ----------
    text
        A Ukrainian Cyrillic name.

    Returns
    -------
    str
        The romanized name (soft sign and apostrophe dropped, ``зг`` -> ``zgh``).
    """
    return _translit(text, _UA_TABLE, {"зг": "zgh"})


def ru_news(text: str) -> str:
    """Russian-style romanization as common in English news: ``Северодонецк`` -> ``Severodonetsk``,
    ``Харьков`` -> ``Kharkov``, ``Северский Донец`` -> ``Severskiy Donets``.

    Parameters
    ----------
    text
        A Russian (or Ukrainian) Cyrillic name.

    Returns
    -------
    str
    """
    return _translit(text, _RU_TABLE, {"ий": "iy", "ый": "yy"})


_RU_YE = re.compile(r"(?:(?<=^)|(?<=[\s\-аеёиоуыэюяьъ]))е", re.I)


def ru_bgn(text: str) -> str:
    """Russian-style romanization with BGN/PCGN ``ye`` for е after a vowel or at a word start:
    ``Николаев`` -> ``Nikolayev``, ``Енакиево`` -> ``Yenakiyevo``.

    Parameters
    ----------
    text
        A Russian Cyrillic name.

    Returns
    -------
    str
    """
    marked = _RU_YE.sub(lambda m: "\x00" if m.group(0) == "е" else "\x01", strip_accents(text))
    out = ru_news(marked)
    return out.replace("\x00", "ye").replace("\x01", "Ye")


_PL_CONS = {
    "б": "b", "в": "w", "ґ": "g", "д": "d", "ж": "ż", "з": "z", "й": "j", "к": "k", "м": "m",
    "н": "n", "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f", "х": "ch", "ц": "c",
    "ч": "cz", "ш": "sz", "щ": "szcz",
}  # fmt: skip
_PL_SOFT = {"н": "ń", "с": "ś", "ц": "ć", "з": "ź", "л": "l"}
_PL_IOTATED = {"е": "e", "є": "e", "я": "a", "ю": "u", "ё": "o"}
_PL_VOWELS = set("аеєиіїоуыэюяё")


def pl_style(text: str, lang: str = "?") -> str:
    """Polish-style romanization as Polish media write eastern place names:
    ``Северодонецк`` -> ``Siewierodonieck``, ``Лисичанськ`` -> ``Łysyczańsk``,
    ``Харків`` -> ``Charkiw`` (simplified; for variant generation only).

    Parameters
    ----------
    text
        A Cyrillic name.
    lang
        ``"uk"``, ``"ru"`` or ``"?"`` (as from :func:`cyrillic_language`); decides г, и and е.

    Returns
    -------
    str
    """
    src = strip_accents(text)
    low = src.lower()
    ru = lang == "ru"
    out: list[str] = []
    for k, ch in enumerate(low):
        prev = low[k - 1] if k else " "
        nxt = low[k + 1] if k + 1 < len(low) else " "
        after_cons = prev.isalpha() and prev not in _PL_VOWELS and prev not in "ьъ'’ʼ"
        if ch in _PL_IOTATED and (ch != "е" or ru):
            val = ("i" if after_cons else "j") + _PL_IOTATED[ch]
        elif ch == "е":
            val = "e"
        elif ch == "ї":
            val = "ji"
        elif ch == "и":
            val = "i" if ru else "y"
        elif ch in "ыі":
            val = "y" if ch == "ы" else "i"
        elif ch in "аоуэ":
            val = {"а": "a", "о": "o", "у": "u", "э": "e"}[ch]
        elif ch == "г":
            val = "g" if ru else "h"
        elif ch == "л":
            val = "l" if nxt in "ьяюєеіїё" else "ł"
        elif ch in _PL_SOFT and (nxt == "ь" or (ch == "н" and low[k + 1 : k + 3] == "сь")):
            val = _PL_SOFT[ch]
        elif ch in _PL_CONS:
            val = _PL_CONS[ch]
        elif ch in "ьъ'’ʼ":
            val = ""
        else:
            val = ch
        if src[k].isupper() and val:
            val = val[0].upper() + val[1:]
        out.append(val)
    return "".join(out).replace("ńś", "ńs")


_END_YI = re.compile(r"(?<=[a-z])(yi|iy|yy|ii|ij|yj)\b")


def latin_variants(name: str) -> set[str]:
    """Spelling variants of a Latin-script name that analysts meet in reports.

    Apostrophe dropped (``Lysychans'k`` -> ``Lysychansk``), accents folded (``Charków`` ->
    ``Charkow``), adjective endings simplified (``Siverskyi``/``Severskiy`` -> ``Siversky``/
    ``Seversky``), hyphen and space swapped (``Novo-Ivanivka``/``Novo Ivanivka``).

    Parameters
    ----------
    name
        A Latin-script name.

    Returns
    -------
    set of str
        Variants including ``name`` itself.
    """
    out = {name}
    if "ë" in name:  # BGN/PCGN ë for Russian ё: "Novosëlka" is "Novosyolka" in the news
        out.add(name.replace("ë", "yo"))
    for v in list(out):
        folded = anyascii(v)
        if folded and not any(c in folded for c in "[]{}"):
            out.add(folded)
    for v in list(out):
        stripped = v
        for a in _APOSTROPHES:
            stripped = stripped.replace(a, "")
        out.add(stripped)
    for v in list(out):
        short = _END_YI.sub("y", v)
        out.add(short)
        if re.search(r"(?<=[a-z])iy\b", v):
            out.add(re.sub(r"(?<=[a-z])iy\b", "y", v))
            out.add(re.sub(r"(?<=[a-z])iy\b", "ii", v))
    for v in list(out):
        if "-" in v:
            out.add(v.replace("-", " "))
        if (
            " " in v
            and len(v.split()) == 2
            and v.split()[0] in ("Novo", "Stara", "Staro", "Velyka")
        ):
            out.add(v.replace(" ", "-"))
    return {v.strip() for v in out if v.strip()}


def name_variants(name: str) -> set[str]:
    """All generated variants of one name, Latin or Cyrillic.

    A Cyrillic name yields itself (and its accent-free form), its Ukrainian national
    romanization, its Russian-style romanization (for Russian or ambiguous spellings) and its
    ``anyascii`` form, each expanded by :func:`latin_variants`.

    Parameters
    ----------
    name
        A place name as found in GeoNames or a curated table.

    Returns
    -------
    set of str
    """
    name = name.strip()
    if not name:
        return set()
    if not is_cyrillic(name):
        return latin_variants(name)
    plain = strip_accents(name)
    out = {name, plain}
    lang = cyrillic_language(plain)
    latins = {anyascii(plain)}
    if lang in ("uk", "?"):
        latins.add(ua_national(plain))
    if lang in ("ru", "?"):
        latins.add(ru_news(plain))
        latins.add(ru_bgn(plain))
    latins.add(pl_style(plain, lang))
    if lang == "?":
        latins.add(pl_style(plain, "ru"))
    if lang == "uk":
        # Russian-style reading of a Ukrainian spelling is still common (Сєвєродонецьк -> Syevyerodonetsk)
        latins.add(ru_news(plain))
    if lang in ("ru", "?") and "осел" in plain.lower():
        # Russian "-сёлка" is printed with е: "Новоселка" is read "Novosyolka" in news
        latins.add(ru_news(plain.replace("осел", "осёл").replace("Осел", "Осёл")))
    for lat in latins:
        if lat and not is_cyrillic(lat):
            out |= latin_variants(lat)
    return {v for v in out if v}


def cyrillic_case_forms(name: str) -> set[str]:
    """Common oblique case forms of a Ukrainian or Russian place name (cheap suffix rules):
    ``Сєвєродонецьк`` -> ``Сєвєродонецька``, ``Сєвєродонецьку``...; ``Харків`` -> ``Харкова``,
    ``Харкові``; ``Маріуполь`` -> ``Маріуполя``; ``Рубіжне`` -> ``Рубіжного``.

    Only the last word of a multi-word name is inflected; the rules are deliberately simple
    (regular nouns and adjectival names), and forms equal to the name are left out.

    Parameters
    ----------
    name
        A Cyrillic place name.

    Returns
    -------
    set of str
    """
    head, _, last = name.rpartition(" ")
    prefix = head + " " if head else ""
    low = last.lower()
    forms: set[str] = set()
    if len(low) < 3:
        return forms
    if low.endswith(("ів", "їв")):
        stem = last[:-2] + ("ов" if low.endswith("ів") else "єв")
        forms |= {stem + e for e in ("а", "і", "у", "ом")}
    elif low.endswith(("ое", "ее")):
        forms |= {last[:-2] + e for e in ("ого", "ом", "ому")}
    elif low.endswith(("не", "ке", "те", "ве", "ре", "ле", "це", "ше", "же", "ье", "ьє")):
        forms |= {last[:-1] + e for e in ("ого", "ому", "ім")}
    elif low.endswith("ь"):
        forms |= {last[:-1] + e for e in ("я", "ю", "і", "е", "ем")}
    elif low.endswith("а"):
        forms |= {last[:-1] + e for e in ("и", "і", "у", "ою", "ої", "ой", "е")}
    elif low.endswith("я"):
        forms |= {last[:-1] + e for e in ("і", "ю", "ям", "и", "е")}
    elif low[-1] in "бвгґджзклмнпрстфхцчшщ":
        forms |= {last + e for e in ("а", "у", "е", "і", "ом", "ові")}
    return {prefix + f for f in forms if f != last}


# Ukrainian endings and the Russian forms of the same names that Russian-language sources and
# English news from them print (Борова -> Боровая "Borovaya", Лобкове -> Лобково "Lobkovo",
# Урожайне -> Урожайное "Urozhaynoye", Новобахмутівка -> Новобахмутовка), longest first
_RU_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ївка", ("иевка", "еевка")), ("івка", ("овка",)), ("ське", ("ское",)),
    ("цьке", ("цкое",)), ("ська", ("ская",)), ("цька", ("цкая",)), ("ський", ("ский",)),
    ("цький", ("цкий",)), ("ове", ("ово", "овое")), ("еве", ("ево", "евое")),
    ("єве", ("ево", "евое")), ("ине", ("ино",)), ("іне", ("ино",)), ("ьне", ("ьное",)), ("не", ("ное",)),
    ("ре", ("рое",)), ("ке", ("кое",)), ("ова", ("овая",)), ("ева", ("евая",)),
    ("ьна", ("ьная",)), ("на", ("ная",)), ("ів", ("ов",)), ("їв", ("ев",)),
)  # fmt: skip
# Ukrainian national romanization but with "ya", "yu", "ye", "yi" inside words too and Russian
# "g" for г: how English news often spells Russian forms ("Pylnaya", "Bogoyavlenka")
_UA_Y_TABLE = {**_UA_TABLE, "є": "ye", "ї": "yi", "ю": "yu", "я": "ya", "г": "g", "й": "y"}


def russian_style_variants(name: str) -> set[str]:
    """Latin spellings of the Russian form of a Ukrainian settlement name, derived by its
    ending (``Борова`` -> ``Borovaya``, ``Пильна`` -> ``Pylnaya``, ``Лобкове`` -> ``Lobkovo``,
    ``Білогорівка`` -> ``Belogorovka``), and the name itself with Russian ``g`` for г
    (``Пологи`` -> ``Pology``). Only the last word is changed.

    Parameters
    ----------
    name
        A Ukrainian Cyrillic name.

    Returns
    -------
    set of str
        Latin variants, not including the usual romanizations of ``name`` itself.
    """
    plain = strip_accents(name.strip())
    if not plain or cyrillic_language(plain) == "ru":
        return set()
    head, _, last = plain.rpartition(" ")
    prefix = head + " " if head else ""
    low = last.lower()
    forms = {plain}
    for end, repl in _RU_ENDINGS:
        if low.endswith(end) and len(low) > len(end) + 1:
            forms |= {prefix + last[: -len(end)] + r for r in repl}
            break
    # Ukrainian і for an older е: Рубіжне -> Рубежное, Піски -> Пески (a Russian-style form
    # also replaces ї and apostrophes)
    forms |= {f.replace("і", "е").replace("І", "Е") for f in forms if "і" in f.lower()}
    out: set[str] = set()
    for f in forms:
        for lat in (ru_news(f), ru_bgn(f), _translit(f, _UA_Y_TABLE, {"зг": "zg"})):
            out |= latin_variants(lat)
        if f != plain:
            out |= latin_variants(ua_national(f))
    return out
