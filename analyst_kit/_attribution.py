"""Who says it: speakers, roles, sides and relaying outlets of one sentence."""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from ._regex import alternation, compile_fast, word_automaton
from .data import data_path

# --- sides from words --------------------------------------------------------------------------
# Order matters: Russia-backed/-installed authorities before the plain country words.
_SIDE_CUES: list[tuple[str, re.Pattern]] = [
    (
        "RU",
        compile_fast(
            r"\b(?:pro-(?:Russian|Moscow|Kremlin)|Russian-(?:installed|appointed|backed|controlled)"
            r"|Moscow-(?:installed|appointed|backed)|Kremlin-(?:installed|backed)|separatists?"
            r"|occupation\s+(?:authorities|officials?|administration|head|mayor|governor|chief)"
            r"|DPR|LPR|DNR|LNR"
            # who put the official in office: "the acting mayor installed by Russian forces",
            # "a governor appointed by Moscow", "named by the occupying authorities"
            r"|(?:installed|appointed|put\s+in\s+place|named)\s+by\s+(?:the\s+)?"
            r"(?:Russian|Russia|Moscow|Kremlin|occupying|occupation)"
            # "the militia of the self-proclaimed republic": the separatist republics
            r"|self-proclaimed\s+(?:[\w'’]+\s+){0,2}?republics?"
            r"|People['’]s Republic|People['’]s Militia|Wagner|Chechen|Rosgvardia|Akhmat"
            # the separatist "Luhansk militia" / "militia of the Lugansk ..." (not Ukraine's)
            r"|(?:Luhansk|Lugansk|Donetsk)\s+(?:people['’]s\s+)?militias?"
            r"|militias?\s+of\s+the\s+(?:self-proclaimed\s+)?(?:Luhansk|Lugansk|Donetsk)"
            # Russia's groups of forces in Ukraine ("the Tsentr group of forces")
            r"|(?:Tsentr|Vostok|Zapad|Yug|Sever|Dnepr)\s+group"
            # Russia's military districts ("the press service of the Southern Military District")
            r"|(?:Southern|Western|Central|Eastern|Leningrad|Moscow)\s+Military\s+District"
            # Crimea's and Sevastopol's own bodies have been Russia's since 2014 ("Crimea's
            # transport ministry"), not Ukraine's bodies for Crimea
            # Russia's parliament ("State Duma Defense Committee head X")
            r"|State\s+Duma|Federation\s+Council|Motori[sz]ed\s+Rifle|Motor\s+Rifle"
            # "milblogger" is the word for Russia's pro-war military bloggers ("one prominent
            # milblogger claimed ..."; a Ukrainian one is called so: "a Ukrainian milblogger")
            r"|(?<!Ukrainian\s)(?<!Ukraine['’]s\s)(?<!Ukrainian\s\s)mil-?bloggers?"
            # ... and "military correspondents", Russia's "voenkory" (translated)
            r"|(?<!Ukrainian\s)(?<!Ukraine['’]s\s)military\s+correspondents"
            r"|(?:Crimea|Sevastopol)['’]s\s+(?:[\w-]+\s+){0,2}?(?:ministry|government|authorities"
            r"|administration|parliament|leader|head|governor|officials?|emergencies\s+ministry))\b",
            re.I,
        ),
    ),
    (
        # Ukraine's own wartime bodies by their names alone
        "UA",
        compile_fast(
            r"\b(?:Coordination\s+Headquarters\s+for\s+the\s+Treatment\s+of\s+(?:POWs|Prisoners"
            r"\s+of\s+War)|Joint\s+Forces\s+Task\s+Force|National\s+Police\s+of\s+Ukraine"
            # a brigade called "mechanised" is Ukraine's ("the 65th Separate Mechanised
            # Brigade"; Russia's are "motor rifle" brigades)
            r"|Mechani[sz]ed\s+Brigade)\b",
            re.I,
        ),
    ),
    (
        # the US defence department's titles (American spelling): "the Under Secretary of
        # Defense for Policy"
        "US",
        compile_fast(r"\b(?:Under\s+|Assistant\s+)?Secretary\s+of\s+Defense\b"),
    ),
    (
        # the UN's own officers and agencies, whatever country their title names: "the
        # Humanitarian Coordinator for Ukraine", "the UN High Commissioner for Human Rights"
        "INTL",
        compile_fast(
            r"\b(?:(?:Resident\s+and\s+)?Humanitarian\s+Coordinator|Special\s+Rapporteur"
            r"|High\s+Commissioner\s+for\s+(?:Human\s+Rights|Refugees)"
            r"|Human\s+Rights\s+Monitoring\s+Mission|UNESCO|UNDP|UNFPA|UNOPS|FAO"
            r"|World\s+Health\s+Organi[sz]ation)\b"
        ),
    ),
]
_COUNTRY_CUES = compile_fast(
    r"\b(?P<RU>Russians?|Russia['’]?s?|Moscow['’]?s?|Kremlin|Rossiya|Belgorod|Kursk|Bryansk"
    # Russia's regions whose governors report drone and missile strikes ("Tula governor X")
    r"|Rostov|Voronezh|Krasnodar|Lipetsk|Tula|Oryol|Orel|Kaluga|Tambov|Smolensk|Pskov|Saratov"
    r"|Novorossiysk|Taganrog|Chechnya|Dagestan|Tatarstan|Bashkortostan)\b"
    r"|\b(?P<UA>Ukrainians?|Ukraine['’]?s?|Kyiv['’]?s?|Kiev['’]?s?|Azov|Verkhovna Rada"
    # (the army's own names: "the Defence Forces", and Moscow's "AFU")
    r"|SBU|ZSU|AFU|Defen[cs]e\s+Forces|Luhansk|Donetsk|Kharkiv|Kherson|Zaporizhzhia|Mykolaiv|Odesa|Sumy|Chernihiv"
    r"|Dnipro\w*|Poltava|Lviv|Mariupol|Sie?v[ie]e?rodonetsk|Severodonetsk|Lysychansk|Irpin|Bucha"
    r"|Kramatorsk|Slov[iy]ansk|Bakhmut|Popasna|Rubizhne|Melitopol|Zhytomyr|Vinnytsia|Sloviansk"
    # Ukraine's operational-strategic groups ("the Khortytsia group of forces", the "Eastern
    # Group of Forces" of 2022-2023) and commands ("Operational Command South")
    r"|Khortytsia|Tavria|Eastern\s+Group\s+of\s+Forces|Operational\s+Command\s+"
    r'["“]?(?:South|North|East|West))\b'
    r"|\b(?P<GB>British|Britain['’]?s?|UK|U\.K(?=\.)|United Kingdom|Whitehall|Downing Street)\b"
    r"|\b(?P<US>American|US|U\.S(?=\.)|United States|Pentagon|White House|State Department"
    r"|Washington['’]?s?)\b"
    r"|\b(?P<INTL>UN|U\.N(?=\.)|United Nations|ICRC|Red Cross|OSCE|IAEA|NATO|WHO|UNHCR|OCHA|OHCHR"
    r"|UNICEF|European Union|EU|Amnesty|Human Rights Watch|MSF|G7|G20|Group of Seven"
    r"|World Food Programme|World Food Program|WFP|IOM"
    r"|international)\b"
    r"|\b(?P<FR>French|France['’]?s?)\b|\b(?P<DE>German|Germany['’]?s?)\b"
    r"|\b(?P<TR>Turkish|Turkey['’]?s?)\b|\b(?P<BY>Belarusian|Belarus['’]?)\b"
    r"|\b(?P<PL>Polish|Poland['’]?s?)\b|\b(?P<MD>Moldovan|Moldova['’]?s?)\b"
    r"|\b(?P<RO>Romanian|Romania['’]?s?)\b|\b(?P<HU>Hungarian|Hungary['’]?s?)\b"
    r"|\b(?P<LT>Lithuanian|Lithuania['’]?s?)\b|\b(?P<LV>Latvian|Latvia['’]?s?)\b"
    r"|\b(?P<EE>Estonian|Estonia['’]?s?)\b|\b(?P<IT>Italian|Italy['’]?s?)\b"
    r"|\b(?P<CN>Chinese|China['’]?s?|Beijing['’]?s?)\b|\b(?P<IR>Iranian|Iran['’]?s?|Tehran)\b"
    r"|\b(?P<CA>Canadian|Canada['’]?s?)\b|\b(?P<NL>Dutch|Netherlands)\b"
    # other governments that speak in reports of this war (ISO 3166 alpha-2, CONTRACT.md)
    r"|\b(?P<BE>Belgian|Belgium['’]?s?)\b|\b(?P<SK>Slovak|Slovakia['’]?s?)\b"
    r"|\b(?P<CZ>Czech)\b|\b(?P<FI>Finnish|Finland['’]?s?)\b|\b(?P<SE>Swedish|Sweden['’]?s?)\b"
    r"|\b(?P<NO>Norwegian|Norway['’]?s?)\b|\b(?P<DK>Danish|Denmark['’]?s?)\b"
    r"|\b(?P<ES>Spanish|Spain['’]?s?)\b|\b(?P<BG>Bulgarian|Bulgaria['’]?s?)\b"
    r"|\b(?P<AT>Austrian|Austria['’]?s?)\b|\b(?P<CH>Swiss|Switzerland['’]?s?)\b"
    r"|\b(?P<IN>Indian|India['’]?s?)\b|\b(?P<BD>Bangladeshi|Bangladesh['’]?s?)\b"
    r"|\b(?P<JP>Japanese|Japan['’]?s?)\b|\b(?P<KR>South\s+Korean?['’]?s?)\b"
    r"|\b(?P<IL>Israeli|Israel['’]?s?)\b|\b(?P<GE>Georgian|Georgia['’]?s?)\b"
    r"|\b(?P<KZ>Kazakh|Kazakhstan['’]?s?)\b|\b(?P<AU>Australian|Australia['’]?s?)\b"
    r"|\b(?P<IE>Irish|Ireland['’]?s?)\b|\b(?P<GR>Greek|Greece['’]?s?)\b"
)


@lru_cache(maxsize=65536)
def side_of_phrase(phrase: str | None) -> str | None:
    """The side a speaker phrase speaks for, from the words in it (``None`` if no cue).

    "Russian-installed" / "separatist" / "DPR" → RU; then the first country word (Russian,
    Ukrainian, British, US, UN...). A Ukrainian oblast or city in a role ("Governor of the
    Luhansk region") gives UA.
    """
    if not phrase:
        return None
    for side, rx in _SIDE_CUES:
        if rx.search(phrase):
            return side
    for m in _COUNTRY_CUES.finditer(phrase):
        side = m.lastgroup
        if side == "INTL" and m.group(0).lower() == "international" and "court" not in phrase:
            continue
        if side == "US" and m.group(0) == "US" and phrase[m.end() : m.end() + 1] == "-":
            pass
        if (
            phrase.endswith((" on ", " for ", " to ", " in "), 0, m.start())
            and _MISSION_WORD.search(phrase, 0, m.start()) is not None
        ):
            # "the Independent International Commission of Inquiry on Ukraine", "the UN
            # monitoring mission in Ukraine": a mission about a country, not the country's own
            return "INTL"
        return side
    if "to " in phrase or "of " in phrase:
        # "an adviser to Denis Pushilin", "spokesman of NAME": the side of the one served
        m = _AIDE_OF.search(phrase)
        if m is not None:
            rec = lookup_speaker(m.group("name"))
            if rec is not None and rec.get("kind") == "person":
                return rec.get("side")
    return None


# an aide named after the person served: "an adviser to Denis Pushilin"
_AIDE_OF = compile_fast(
    r"\b(?:adviser|advisor|aide|assistant|spokes(?:man|woman|person)|press\s+secretary)\s+"
    r"(?:to|of)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)


_MISSION_WORD = compile_fast(
    r"\b(?:Commission|Mission|mission|Coordinator|Rapporteur|Inquiry|Monitoring|monitoring|"
    r"Envoy)\b"
)


_MILITARY_ADMIN = compile_fast(r"\b(?i:military administration)\b|\b(?:OVA|ODA|MVA)\b")


def institution_side(name: str) -> str | None:
    """The side of a body known by its kind alone: a "military administration" (regional,
    city, district) is the wartime administration Ukraine set up under martial law in 2022;
    Russia's occupation bodies are "military-civilian administrations"."""
    return "UA" if _MILITARY_ADMIN.search(name) and "civil" not in name.lower() else None


# "Kherson OVA", "Kharkiv ODA": Ukrainian abbreviations of the oblast military / state
# administrations (ОВА, ОДА) in English digests


# --- curated tables ----------------------------------------------------------------------------
# patterns of the small helpers below, compiled once (``re.sub`` with a pattern string looks
# it up in re's cache on every call)
_FOLD_POSSESSIVE = re.compile(r"['’`]s\b")
_FOLD_WORD = re.compile(r"[a-z0-9\u0400-\u04ff]+")
_FINAL_POSSESSIVE = re.compile(r"['’]s$")
_BLANKS = re.compile(r"\s+")
_COMMA_SPLIT = re.compile(r",\s*")
_ARTICLE_LEAD = re.compile(r"^(?:the|a|an|its|his|her|their)\s+", re.I)
_OFFICIALS = re.compile(r"\bofficials?\b", re.I)
# a country's or its capital's name: no part of a person's name
_COUNTRY_WORD = re.compile(
    r"\b(?:Russian|Ukrainian|British|American|Russia|Ukraine|Moscow|Kyiv|Kiev)\b"
)


@lru_cache(maxsize=65536)
def _fold(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = _FOLD_POSSESSIVE.sub("", s)
    return " ".join(_FOLD_WORD.findall(s))


@lru_cache(maxsize=1)
def speakers_table() -> tuple[dict, re.Pattern | None]:
    """Curated speakers (``data/speakers.csv``): folded alias → record, and one regex of aliases."""
    index: dict[str, dict] = {}
    try:
        with open(data_path("speakers.csv"), encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
    except OSError:
        return {}, None
    for r in rows:
        rec = {
            "name": r["name"],
            "role": r.get("role") or None,
            "side": r.get("side") or None,
            "kind": r.get("kind") or "person",
        }
        aliases = [r["name"]] + [a for a in (r.get("aliases") or "").split("|") if a]
        for a in aliases:
            k = _fold(a)
            # short surnames shared by several people stay ambiguous (first wins)
            index.setdefault(k, rec)
    keys = sorted(index, key=len, reverse=True)
    rx = re.compile(r"\b(?:" + alternation(keys) + r")\b") if keys else None
    return index, rx


@lru_cache(maxsize=65536)
def lookup_speaker(phrase: str) -> dict | None:
    """The curated record whose name or alias appears in ``phrase`` (longest alias wins)."""
    index, rx = speakers_table()
    if rx is None:
        return None
    f = _fold(phrase)
    best = None
    for m in rx.finditer(f):
        if best is None or len(m.group(0)) > len(best):
            best = m.group(0)
    return index.get(best) if best else None


def is_alias(phrase: str, rec: dict) -> bool:
    """Is ``phrase`` (folded) exactly one of the names of the curated record ``rec``?"""
    index, _ = speakers_table()
    return index.get(_fold(phrase)) is rec


def is_full_name(phrase: str, rec: dict) -> bool:
    """Is ``phrase`` the curated person ``rec`` written with a middle name ("Rafael Mariano
    Grossi" for "Rafael Grossi"): the same first and last words, more in between?"""
    words = _fold(phrase).split()
    known = _fold(rec["name"]).split()
    return (
        rec["kind"] == "person"
        and len(known) >= 2
        and len(words) > len(known)
        and words[0] == known[0]
        and words[-1] == known[-1]
    )


@lru_cache(maxsize=1)
def _outlet_rows() -> tuple[dict, ...]:
    """The rows of ``data/outlets.csv`` (read once; empty when the file is missing)."""
    try:
        with open(data_path("outlets.csv"), encoding="utf-8", newline="") as f:
            return tuple(csv.DictReader(f))
    except OSError:
        return ()


@lru_cache(maxsize=1)
def outlet_countries() -> dict[str, str]:
    """Canonical outlet name → the country code of ``data/outlets.csv`` (``TASS`` → ``RU``)."""
    return {r["name"]: r.get("country") or "" for r in _outlet_rows()}


@lru_cache(maxsize=1)
def outlets_table() -> tuple[dict, re.Pattern | None]:
    """Relaying outlets (``data/outlets.csv``): alias → canonical name, and a case-sensitive regex."""
    index: dict[str, str] = {}
    rows = _outlet_rows()
    if not rows:
        return {}, None
    for r in rows:
        for a in [r["name"]] + [a for a in (r.get("aliases") or "").split("|") if a]:
            index.setdefault(a, r["name"])
    keys = sorted(index, key=len, reverse=True)
    # (?<![\w-]) is checked after each name's first letter: the regex then starts with a set of
    # capitals, which sre skips ahead to instead of trying every position of the sentence
    by_first: dict[str, list[str]] = {}
    for k in keys:
        by_first.setdefault(k[0], []).append(k[1:])
    alts = [re.escape(c) + r"(?<![\w-].)" + alternation(rest) for c, rest in by_first.items()]
    rx = re.compile("(?:" + "|".join(alts) + r")(?![\w-])")
    return index, rx


# --- relaying outlets in a sentence ------------------------------------------------------------
_RELAY_BEFORE = compile_fast(
    r"(?:according to|as per|per|told|tells|telling|via|cited by|quoted by|reported by|"
    r"said to|in an interview with|speaking to|spoke to|speaking with|confirmed to|"
    r"carried by|relayed by|published by|broadcast by|aired by|released by|"
    # "said on Channel One", "speaking on Rossiya 1": the channel it was broadcast on
    r"said on|says on|speaking on|appearing on|"
    # ("told the state news agency TASS", "the state-run news agency RIA")
    r"inputs from|sources?:|from|by|with|to)\s+(?:the\s+)?(?:(?:state|state-run|state-owned)\s+)?"
    r"(?:news\s+agency\s+)?$",
    re.I,
)
_RELAY_AFTER = compile_fast(  # used with .match
    # "LIGA.net, citing a source in ...", "RIA Novosti, citing the ministry, reported": an
    # outlet citing someone relays them
    r"(?:,\s*(?:citing|quoting)\b)|"
    r"(?:['’]s)?\s*(?:news agency\s+|agency\s+|state media\s+|TV\s+|television\s+)?(?:also\s+)?"
    r"(?:reported|reports|report|said|says|quoted|quotes|cited|cites|wrote|writes|"
    r"news agency|agency|has reported|has learned|learned|understands|was told|"
    r"correspondent|journalists?|reporters?|interview)",
    re.I,
)


def find_outlet(sentence: str) -> tuple[str | None, list[tuple[int, int]]]:
    """The relaying outlet named in a sentence ("TASS reported", "according to AP").

    Returns
    -------
    outlet, spans
        Canonical outlet name (or None) and the spans of every outlet mention (those
        words are never a speaker).
    """
    index, rx = outlets_table()
    if rx is None:
        return None, []
    found, spans = None, []
    for m in rx.finditer(sentence):
        a, b = m.span()
        spans.append((a, b))
        # the 40 characters after / before the mention (cheapest test first)
        if found is None and (
            (a < 2 and len(sentence) < 40)
            or _RELAY_AFTER.match(sentence, b, b + 40)
            or _RELAY_BEFORE.search(sentence, max(0, a - 40), a)
        ):
            found = index[m.group(0)]
    return found, spans


# "told Russian state television", "said on Ukrainian TV": media named by kind, not by name
_MEDIA_RELAY = compile_fast(
    r"\b(?:told|tells|telling|speaking to|spoke to|said on|says on|speaking on|interview with|"
    r"according to|quoted by|cited by)\s+(?:the\s+)?(?P<o>(?:Russian|Ukrainian|Belarusian)\s+"
    r"(?:state\s+|national\s+|public\s+)?(?:television|TV|media|news agencies))\b"
    # "Russian news agencies quoted the ministry as saying": the media as the relaying subject
    r"|\b(?P<s>(?:Russian|Ukrainian|Belarusian)\s+(?:state\s+)?(?:media|news agencies))\s+"
    r"(?:quoted|cited|reported|quote|cite|report)\b"
)


def media_outlet(sentence: str) -> str | None:
    """The media a statement was made to when named only by kind: "told Russian state
    television" → ``Russian state television`` (None when there is no such phrase)."""
    if (
        "television" not in sentence
        and "media" not in sentence
        and "TV" not in sentence
        and "agencies" not in sentence
    ):
        return None
    if "Russian" not in sentence and "Ukrainian" not in sentence and "Belarusian" not in sentence:
        return None  # ("immediately" holds "media": every match names the country's media)
    m = _MEDIA_RELAY.search(sentence)
    return (m.group("o") or m.group("s")) if m else None


# --- speaker phrases ---------------------------------------------------------------------------
# base-form speech verbs, only before "that" ("Russian bloggers write that", "officials warn
# that", "analysts allege that"; not "children write letters": other senses take an object)
_THAT_ONLY_VERBS = ("write", "warn", "allege")
SPEECH_VERB = (
    r"said|says|say|saying|claimed|claims|claim|stated|states|told|tells|reported|reports|"
    r"added|adds|stressed|stresses|accused|accuses|noted|notes|warned|warns|announced|"
    r"announces|confirmed|confirms|denied|denies|insisted|insists|alleged|alleges|wrote|"
    r"writes|posted|tweeted|declared|declares|explained|explains|estimated|estimates|"
    r"assessed|assesses|asserted|asserts|suggested|suggests|acknowledged|admitted|"
    # ("He spoke of Chasiv Yar as fully under Russian control": described it so)
    r"emphasi[sz]ed|emphasi[sz]es|underlined|pointed out|described|spoke of|revealed|informed|"
    r"commented|responded|replied|maintained|argued|blamed|blames|disclosed|specified|"
    r"called|calls|urged|urges|reiterated|predicted|observed|concluded|believes|believed|"
    r"thinks|assured|boasted|complained|conceded|recalled|repeated|repeats|reiterates|briefed|updated|rejected|"
    # "NAME disputed the claim on Telegram, writing that ...": a statement set against another
    r"disputed|disputes|refuted|refutes|"
    r"dismissed|condemned|demanded|vowed|pledged|promised|adding|saying|telling|recommended|"
    r"recommends|advised|advises|appealed|instructed|asked|asks|listed|lists|"
    # base forms: "did not confirm", "commanders insist", "G7 leaders condemn"
    r"confirm|insist|condemn|condemns|acknowledge|acknowledges|published|report|describe|"
    r"describes|criticised|criticized|criticises|criticizes|"
    # "the president thanked the UN for the convoy", "he answered that ...", "the governor
    # addressed residents on Sunday": statements too (not "thanks to the convoy")
    r"thanked|thanks|answered|addressed|"
    # "Putin congratulated the troops on an important victory": a statement of congratulation
    r"congratulated|congratulates|"
    # "continues to call on residents to leave": an appeal (only with "on")
    r"call|"
    # "President X thanked the UN for the convoy": a statement of thanks
    r"thanked|"
    # "continues to urge residents to leave": an appeal
    r"urge|"
    # "the General Staff issued a clarification": only with a statement noun after it
    r"issued|"
    # "the ministry gave a different account": only with such an object ("several milbloggers
    # offered a darker picture")
    r"gave|gives|painted|paints|offered|offers|"
    # "Britain's Defence Intelligence judged that Russian forces had likely taken X"
    r"judged|judges|"
    # "NATO's chief echoed him": agreeing with another's statement
    r"echoed|"
    # "the General Staff put Russian losses at 42,000": an estimate (only with "at" a number)
    r"put|puts|"
    # "X remarked that", "X framed the withdrawal as a regrouping" (only with "as")
    r"remarked|framed|frames|"
    # "X declined to confirm any crossing": a statement of refusal (only with such a verb)
    r"declined|"
    # "used his address to announce", "took to Telegram to deny": only after "to"
    r"announce|deny|declare|"
    # "X reposted the image with a caption": a post of one's own
    r"reposted|retweeted"
)
_AUX = (
    r"(?:(?:has|have|had|also|earlier|later|again|previously|separately|further|reportedly|"
    r"already|repeatedly|publicly|officially|formally|just|since|"
    r"then|too|yesterday|today|now|recently|once again|would|will|could|had also|has also|"
    # "Russian officials first said", "Maliar first announced the liberation of X"
    r"first|"
    # "Western officials have long said that ..."
    r"long|"
    # "its spokesman X instead listed strikes", "X openly criticised the commanders"
    r"instead|openly|"
    # "X flatly denied any role", "X firmly rejected the claim": a manner adverb
    r"flatly|firmly|strongly|categorically|angrily|bluntly|quickly|swiftly|immediately|"
    r"promptly|sharply|explicitly|privately|"
    # "The ministry has meanwhile claimed for weeks that ...": a discourse adverb
    r"meanwhile|likewise|similarly|"
    r"is|are|was|were|in a statement|in the statement|did not|didn['’]t|does not|doesn['’]t|"
    r"has not|have not|had not|would not|cannot|not|continued to|continues to|continue to)\s+)*+"
)
# (SPEECH_VERB kept an innermost group of words, so compile_fast factors it into a trie)
_VERB_GROUP = rf"(?P<verb>(?:{SPEECH_VERB})|(?:{'|'.join(_THAT_ONLY_VERBS)})(?=\s+that\b))"
VERB_RX = compile_fast(rf"\b{_AUX}{_VERB_GROUP}\b")
# VERB_RX after the non-word character that its \b needs (except at the sentence start): led
# by a character set, it is scanned for faster than a regex led by \b
_VERB_AFTER_NONWORD = compile_fast(rf"\W{_AUX}{_VERB_GROUP}\b")


# every speech verb as a literal ("emphasi[sz]ed" spelt both ways), each with its length: one
# Aho-Corasick pass finds where VERB_RX can match, instead of trying it at every non-word char
_VERB_WORDS = word_automaton(
    (w, len(w))
    for verb in SPEECH_VERB.split("|") + list(_THAT_ONLY_VERBS)
    for w in ([verb.replace("[sz]", c) for c in "sz"] if "[sz]" in verb else [verb])
)
# the words of _AUX (a superset: stray letters of its syntax too): what may stand between the
# start of a VERB_RX match and its verb
_AUX_WORDS = frozenset(
    w.replace("['’]", q) for w in re.findall(r"[a-z'’\[\]]+", _AUX) for q in "'’"
)


def _is_word_char(c: str) -> bool:
    """Is ``c`` a ``\\w`` character?"""
    return c.isalnum() or c == "_"


def _aux_start(text: str, verb_start: int, lo: int) -> int:
    """Where a VERB_RX match whose verb starts at ``verb_start`` may start at the earliest:
    the start of the first whitespace-separated word before the verb (at or after ``lo``)
    that is not an auxiliary ("has also said": before "has")."""
    i = verb_start
    while True:
        head = text[lo:i].rstrip()
        if not head:
            return lo
        word = head.rsplit(None, 1)[-1]
        i = lo + len(head) - len(word)
        if word not in _AUX_WORDS:
            return i


def _speech_verbs(sentence: str):
    """``(start, verb start, end, verb)`` of each ``VERB_RX.finditer(sentence)`` match."""
    # a space stands before the sentence start (every offset in it is one more)
    text = " " + sentence
    n = len(text)
    pos = 0  # where the previous match ended
    # a match's verb is a whole word (VERB_RX ends with \b; before the verb stands a \W or a
    # space): each whole-word verb found is one match, whose start the regex finds nearby
    for last, size in _VERB_WORDS.iter(text):
        end = last + 1
        start = end - size
        if start <= pos or _is_word_char(text[start - 1]) or end < n and _is_word_char(text[end]):
            continue
        stop = min(end + 1, n)  # room for the \b test after the verb
        if size < 7 and text[start:end] in _THAT_ONLY_VERBS:
            stop = min(end + 7, n)  # (and for the " that" one of these needs after it)
        if text[start - 1].isspace():  # auxiliaries may come before the verb
            m = _VERB_AFTER_NONWORD.search(text, _aux_start(text, start, pos), stop)
        else:  # the \W right before the verb starts the match
            m = _VERB_AFTER_NONWORD.match(text, start - 1, stop)
        if m is not None and not (
            # "footage said to be from X", "a man said to have fought there": a passive, no
            # one speaking
            size == 4
            and text.startswith((" to be ", " to have "), end)
            and text[start:end] == "said"
        ):
            pos = m.end()
            yield m.start(), m.start("verb") - 1, pos - 1, m.group("verb")


# "called off", "called it quits", but "called it a deliberate attack": a characterisation
# "claims" / "reports" as a noun: a determiner (and an adjective) before it, and what a noun
# takes after it ("the Russian claims about Spirne are unconfirmed", "these reports of ...")
_DETERMINER_BEFORE = compile_fast(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Ss]uch|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Bb]oth)\s+(?:(?:Russian|"
    r"Ukrainian|British|American|separatist|latest|new|earlier|previous|recent|official|"
    r"unconfirmed|conflicting|similar|initial|first|same|rival|opposing|competing)\s+)?$"
)
_NOUN_AFTER = compile_fast(
    r"\s+(?:about|of|are|were|remain|remained|could|cannot|can['’]t|have|had)\b"
)
_NOT_SPEECH_AFTER = compile_fast(
    r"\s*(?:off|up|in|out|it(?!\s+(?:a|an|the)\s)|upon|to (?:open|take|allow))\b"
    # a name and when it was borne: "The city, called Zhdanov from 1948 to 1989, is ..."
    r"|\s*[A-Z][\w'’-]+\s+(?:from|until|till|before|in|between)\s+(?:about\s+)?1\d{3}\b"
)
# "\bper\b" with the boundary checked after the literal: sre then scans for "per" directly
_PER = compile_fast(r"per(?<!\wper)\b")


# the literal starts of ACCORDING's alternatives
_ACCORDING_CUES = (
    "according to", "as per", "per", "cited by", "quoted by", "in the words of", "as reported by",
    "as stated by", "as claimed by",
)  # fmt: skip
_ACCORDING_WORDS = (
    "according", "cited", "quoted", "words of", "as reported", "as stated", "as claimed",
)  # fmt: skip


def _according_gate(low: str) -> bool:
    """Does a lower-cased sentence hold an "according to" cue (according, per, cited...)?"""
    for w in _ACCORDING_WORDS:
        if w in low:
            return True
    return _PER.search(low) is not None


def _according_start(sentence: str, low: str) -> int:
    """Where the first ACCORDING match may start (its scan is slow, and the cue is often near
    the end of the sentence): the first of its cue words in ``low``, the lower-cased sentence."""
    if len(low) != len(sentence) or "ı" in low or "ſ" in low:
        return 0  # offsets moved, or letters that IGNORECASE matches with i or s
    found = [i for i in map(low.find, _ACCORDING_CUES) if i >= 0]
    return min(found) if found else 0


ACCORDING = compile_fast(
    r"\b(?:according to|as per|per|cited by|quoted by|in the words of|as reported by|"
    r"as stated by|as claimed by)\s+(?P<np>[^,;:.?!\"“”]{2,120}?)(?=\s*(?:[,;:.?!\"“”]|$|"
    # "according to a Ukrainian officer quoted by Suspilne": the officer, relayed by the outlet
    r"\s(?:that|who|which|as|on|in|quoted|cited|citing|quoting)\b))",
    re.I,
)
INVERTED = compile_fast(
    rf"(?:[,”\"'’]\s*|\bthat\s+|^)(?:{SPEECH_VERB})\s+(?P<np>[^,;:.?!\"“”]{{2,100}}?)"
    r"\s*(?:[,.;:?!]|$)"
)
POSSESSIVE_STMT = compile_fast(
    r"\b(?:statement|remarks|comments|words|report|update|briefing|claims?|assessment|"
    # "Tuesday's promise by Deputy Minister X, at talks in Y, to reduce ...": a pledge speaks
    r"estimate|post|message|address|promise|pledge|announcement|warning)\s+(?:of|by|from)\s+(?P<np>(?:the\s+)?[A-Z][^,;:.?!\"“”]{1,80}?)"
    r"(?=\s+(?:comes?|came|said|says|was|were|is|are|follows?|followed|on|in)\b|[,.;:])"
)
# the nouns POSSESSIVE_STMT starts with: one of them is in every sentence it matches
_STATEMENT_NOUNS = (
    "statement", "remarks", "comments", "words", "report", "update", "briefing", "claim",
    "assessment", "estimate", "post", "message", "address", "promise", "pledge", "announcement",
    "warning",
)  # fmt: skip


def _has_statement_noun(sentence: str) -> bool:
    """Can POSSESSIVE_STMT match (one of its nouns is in the sentence)?"""
    for noun in _STATEMENT_NOUNS:
        if noun in sentence:
            return True
    return False


QUOTED_BY = compile_fast(
    # "The Russian-installed governor, Vladimir Saldo, was quoted by RIA as saying"
    r"\b(?P<np>[A-Z][^;:.?!\"“”]{1,120}?),?\s+(?:was|were|is|has been)\s+(?:quoted|cited)\s+"
    r"(?:by\s+(?P<outlet>[A-Z][\w -]{1,30}?)\s+)?(?:as\s+(?:saying|telling|stating|claiming))"
)
# a passive statement and its agent: "The loss was confirmed, and called a failure, by former
# commander X (Y)", "The withdrawal was reported by the Z Telegram channel"
PASSIVE_BY = compile_fast(
    r"\b(?:was|were|is|are|has been|have been|had been)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:confirmed|reported|announced|claimed|denied|acknowledged|stated|disclosed)\b"
    r"(?:,[^,;:.?!\"“”]{1,60},)?\s+by\s+(?P<np>[^,;:.?!\"“”()]{2,100}?)"
    r"(?=\s*(?:[,;:.?!\"“”(]|$|\s(?:that|on|in|as)\b))"
)
_PASSIVE_BY_GATE = (" confirmed", " reported", " announced", " claimed", " denied",
                    " acknowledged", " stated", " disclosed")  # fmt: skip
# "cited a senior official as saying" ("quotes X who say ..." is QUOTES_WHO's)
QUOTED_PRONOUN = compile_fast(
    # "news agencies quoted the defence ministry as saying": a body in lower case too
    r"\b(?:quoted|cited|quotes|cites)\s+(?P<np>him|her|them|(?:the\s+)?[A-Za-z][^,;:.?!\"“”]{1,60}?|"
    r"(?:a|an)\s[^,;:.?!\"“”]{1,60}?)\s+as\s+(?:saying|telling|stating|claiming)"
)
# "..., with Foreign Minister X insisting (that) ...": a capitalised speaker in a "with" clause
_WITH_PARTICIPLE = compile_fast(
    r"\bwith\s+(?P<np>(?:[A-Z][\w'’.-]*\s+){1,6}?[A-Z][\w'’.-]+)\s+(?:saying|insisting|"
    r"claiming|arguing|warning|stressing|adding|noting|telling|accusing|denying|calling)\b"
    r"(?!\s+(?:nothing|little)\b)"
)
# "President X's office quoted him as saying": the owner of the office, right before the verb
_OFFICE_OF = compile_fast(
    r"(?P<name>(?:[A-Z][\w.-]+\s+){0,3}[A-Z][\w.-]+)['’]s\s+(?:office|press\s+(?:office|"
    r"service)|spokes(?:man|woman|person)|aides?|team)\s+$"
)
# "Ukrinform quotes Ukrainian officials who say ...": the outlet relays those it quotes
QUOTES_WHO = compile_fast(
    r"\b(?:quotes|quoted|cites|cited)\s+(?P<np>[^,;:.?!\"“”]{2,80}?)\s+(?:who|which)\s+"
    r"(?:say|says|said|claim|claims|claimed|report|reported|reports)\b"
)
OUTLET_CITING = compile_fast(
    r"\b(?:reported|reports|said|quoted|cited),?\s+(?:citing|quoting)\s+"
    r"(?P<np>[^,;:.?!\"“”]{2,100}?)(?=\s*(?:[,;:.?!\"“”]|$|\sas\b))"
)
# "RIA Novosti, citing the Defence Ministry, reported that ...": the one cited speaks
CITING_APPOS = compile_fast(
    r",\s+(?:citing|quoting)\s+(?P<np>[^,;:.?!\"“”]{2,100}?),\s+(?:also\s+|later\s+)?"
    r"(?:said|says|reported|reports|wrote|writes|added|claimed|claims)\b"
)
HEADLINE_COLON = compile_fast(r"[:\-–—]\s*(?P<np>[A-Z][^:\"“”'‘’]{2,60})$")
HEADLINE_LEAD = compile_fast(r"^(?P<np>[A-Z][\w'’.\- ]{2,50}):\s+\S")
_DISCOURSE = compile_fast(
    r"^(?:(?:"
    # a comma-closed scene-setting phrase first: "At a televised meeting in the Kremlin, ",
    # "at peace talks in Istanbul, ", "during a visit to X, "
    r"(?:[Aa]t|[Dd]uring|[Aa]fter|[Ff]ollowing|[Aa]mid|[Ss]peaking|[Ww]riting)\s[^,]{1,60}(?=,)|"
    # a participial clause about the topic: "Asked about X, ", "Commenting on the strike, "
    r"(?:[Aa]sked|[Cc]ommenting|[Rr]esponding|[Rr]eacting|[Rr]eplying|[Rr]eferring|[Tt]alking|"
    r"[Aa]ddressing|[Pp]ressed|[Qq]uestioned)\s[^,]{1,80}(?=,)|"
    # "Earlier this month", "Later that day" (before the bare "Earlier", which would end it)
    r"(?:Only |Just )?(?:[Ee]arlier|[Ll]ater) (?:in|on|that|this) (?:the )?\w+|"
    # "In its morning report the General Staff said": a statement noun closes the opener
    r"In (?:a|an|the|his|her|its|their) (?:[\w-]+ ){0,3}?(?:statement|report|update|briefing|"
    r"summary|post|message|address|interview|bulletin|assessment|video|speech)"
    # ... and its time: "In its update this morning the UK Ministry of Defence assessed"
    r"(?: (?:this|that|on|late|early|last) (?:morning|evening|afternoon|night|week|\w+day))?|"
    # "Late on 2 April", "Early on Sunday", "Late last night": a time opener with its edge
    r"(?:Late|Early) (?:on |in |last |this |that )?(?:the )?(?:\d{1,2} [A-Z][a-z]+(?: \d{4})?|"
    r"[A-Z][a-z]+ \d{1,2}(?:, \d{4})?|\w+)|"
    r"Meanwhile|However|In addition|Additionally|Also|Earlier|Later|Separately|"
    r"Moreover|Furthermore|But|And|Still|Yet|Previously|Now|Then|Elsewhere|Overnight|Today|"
    # "In the neighbouring Belgorod region, ": a place with its kind word (before the
    # shorter "In the <words>" below would end the opener inside the place's name)
    r"In the (?:neighbou?ring|nearby|adjacent|border|frontline|front-line) [A-Z][\w'’-]+"
    r"(?: [A-Z][\w'’-]+)?(?: (?:city|region|oblast|province|district|area))?(?=,)|"
    r"Yesterday|Last \w+|This \w+|Earlier \w+|Later \w+|In (?:a|the|his|her|its) [\w ]{1,40}?|"
    # "..., and on Thursday X wrote": a later clause opens in lower case
    r"[Oo]n \d{1,2} [A-Z][a-z]+(?: \d{4})?|[Oo]n [A-Z][a-z]+ \d{1,2}(?:, \d{4})?|"
    r"On \w+(?: \d{1,2})?(?:, \d{4})?|on [A-Z]\w+day|[Oo]n the \w+ (?:day|night)"
    # "; on the second day of the invasion the Defence Ministry said": a war-day opener
    r"(?: of the (?:war|invasion|offensive|fighting|siege|operation))?|At (?:a|the) [\w ]{1,30}?|"
    r"Speaking [\w ]{1,40}?|Asked [\w ]{1,40}?|In response|For (?:its|his|her|their) part|"
    # "In Zaporizhzhia city, the state operator X said": a place with its kind word
    r"In [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: (?:city|region|oblast|province|district))?|"
    r"At (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|"
    # "A few hours later", "Two days earlier", "Only earlier in the week", "Since October"
    r"(?:Only |Just )?(?:(?:A|An|One|Two|Three|Several|A few|Some) )?(?:\w+ )?(?:[Mm]inutes?|[Hh]ours?|"
    r"[Dd]ays?|[Ww]eeks?|[Mm]onths?) (?:later|earlier|ago|before|after)|"
    r"(?:Only |Just )?(?:[Ee]arlier|[Ll]ater) (?:in|on|that|this) (?:the )?\w+|"
    r"Since (?:(?:early|late|mid)[- ])?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|\d{4}|then)(?: \d{4})?)"
    r"\s*,?\s+)+"
)
_QUOTE_END = compile_fast(r"[”\"’]\s*,?\s*$")
# the end of a quoted statement (not a scare quote: 'have "liberated" the village'): the
# quote's own punctuation before its closing mark
_SPOKEN_QUOTE_END = compile_fast(r"[,.?!…][”\"’]\s*$")
# a trailing attribution's short adverbial before a new clause ("said after the talks in Y,
# while ...", "said on Friday in Z; ..."): at most eight words up to the conjunction
_SHORT_TAIL_CLAUSE = compile_fast(
    r"(?:[^\s,;:\"“”]+\s+){0,7}[^\s,;:\"“”]+\s*(?:,\s+(?:while|whereas|but|and|as|saying|adding)\b|;)"
    # the terms the source spoke on: "..., a commander told Reuters, speaking on condition of
    # anonymity", "..., an official said, asking not to be named"
    r"|(?:[^\s,;:\"“”]+\s+){0,5}?[^\s,;:\"“”]+,\s+(?:speaking\s+on\s+(?:the\s+)?condition|"
    r"asking\s+not\s+to\s+be|who\s+(?:asked|requested|declined)\s+(?:not\s+)?to\s+be|"
    r"declining\s+to\s+be)\b"
)
# what a trailing "told" ends the sentence with: the addressee, how it was told, when ("...,
# X told the parliament of Luxembourg by video link on Thursday.")
_MEDIUM_TAIL = compile_fast(
    r"(?:[^\s,;:\"“”]+\s+){1,6}(?:by|via|over)\s+(?:a\s+)?(?:video\s*link|phone|telephone|video)"
    r"(?:\s+(?:on|from|in|at|late|early)\s+[^\s,;:\"“”]+(?:\s+[^\s,;:\"“”]+)?){0,3}\s*[.!]?$"
)
# where a clause may start: after a closing quote, a comma, "that", a dash. The same matches
# as r"[”\"’]\s*,?\s+|,\s+|;\s+|:\s+|\bthat\s+|[—–]\s*|\s-\s+", led by one character set
# (sre skips ahead to it instead of trying every alternative at every character)
_CLAUSE_START = compile_fast(
    r"[”\"’,;:t—–\s](?:(?<=[”\"’])\s*,?\s+|(?<=[,;:])\s+|(?<=t)(?<!\wt)hat\s+|(?<=[—–])\s*"
    r"|(?<=\s)-\s+)"
)
_STATEMENT_OF = compile_fast(
    r"['’]s\s+(?:(?:latest|daily|evening|morning|midday|afternoon|night|nightly|weekly|regular|"
    r"official)\s+)?(?:statement|remarks|comments|"
    r"report|post|message|update|briefing|assessment|words|tweet|video|summary|bulletin)"
    # "... evening summary for 6 January 2025": the day the statement is for
    r"(?:\s+(?:for|of|on)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?)?$"
)
# a short opener ("Hours earlier, "), or a participle phrase ("Opening a council session shown on
# state television, "); a live-blog timestamp leaves spaces before it
_OPENER = compile_fast(
    # (after a digest's bullet: "- In an interview with CNN, ", "6) In Washington, ")
    r"^\s*(?:(?:[-•▪*]|\d{1,2}[).])\s+)?(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}|[A-Z][a-z]+ing\s[^,]{1,100}"
    # "In an interview with the BBC, ", "In a video address from Kyiv, ": the statement's frame
    r"|In\s+(?:a|an|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:interview|statement|address|"
    r"post|briefing|speech|video|message|remarks)\b[^,]{0,60}"
    # "After Saturday's strikes by drones on energy sites, he says", "Following the attack on
    # the port, the governor wrote", "Amid the blackouts, she said": a time or cause set first
    r"|(?:After|Following|Amid|Despite|Since|Hours\s+after|Days\s+after)\s[^,]{1,120}"
    # "On the other side of the river, ", "Across the front line in the south, ": where
    # ("At an emergency session of the U.N. Security Council overnight, ": initials with stops)
    r"|(?:On|In|At|Across|Along|Inside|Outside|Beyond|Near|Behind|Further|Farther|Elsewhere)"
    r"\s(?:[\w'’.-]+\s+){0,8}?[\w'’.-]+),\s*$"
)
# a place set before the clause, with an aside of where it lies: "In Chernihiv, further north, ",
# "At Izium, meanwhile, ", "In the city of Sumy, "; officials there are its local officials
_PLACE_OPENER = compile_fast(
    r"^\s*(?:(?:[-•▪*]|\d{1,2}[).])\s+)?(?:In|At|Near)\s+(?:the\s+(?:city|town|village|region)\s+of\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:,\s+[a-z][^,]{1,40})?,\s*$"
)
# a body named by its plural head alone, a speaker only where a place opener says whose it is
_BARE_BODIES = frozenset(("officials", "authorities"))
_TRAIL = compile_fast(
    r"(?:\s+(?:has|have|had|also|earlier|later|again|previously|separately|further|reportedly|"
    r"then|too|yesterday|today|now|recently|once|would|will|could|is|are|was|were|both|"
    r"(?:late|early)\s+\w+|on\s+(?:\w+day|Telegram|Twitter|Facebook|television|TV|X|social media"
    r"|national television|state television|its website|his website)"
    r"|on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
    r"|in\s+(?:a|an|the|his|her|its|their|a\s+daily|its\s+daily)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:statement|update|briefing|post|interview|address|message|report|remarks|comments|"
    r"speech|video|tweet|broadcast|conference|assessment|bulletin|summary)"
    r"(?:\s+on\s+(?:\w+day|[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+))?"
    r"|in\s+(?:a|an)\s+(?:televised|video|written|online)\s+\w+|on\s+the\s+\w+"
    r"|in\s+the\s+(?:morning|afternoon|evening)|overnight|at\s+night)"
    # "The General Staff, for its part, put ...": a comma-set discourse aside
    r"|,\s+(?:for\s+(?:its|his|her|their)\s+part|in\s+turn|however|meanwhile|though))+$"
)
# the last word of every _TRAIL match ("X said on Telegram", "..., however"), and the word
# before a last word _TRAIL takes whatever it is ("late Sunday", "in a televised address")
_TRAIL_LAST = frozenset(
    """has have had also earlier later again previously separately further reportedly then
    too yesterday today now recently once would will could is are was were both Telegram
    Twitter Facebook television TV X media website statement update briefing post interview
    address message report remarks comments speech video tweet broadcast conference
    assessment bulletin summary morning afternoon evening overnight night part turn however
    meanwhile though""".split()
)
_TRAIL_BEFORE_LAST = frozenset("late early televised video written online the".split())


def _may_trail(np: str) -> bool:
    """Can :data:`_TRAIL` match ``np``? Its match runs to the end, so the last word (a day
    name, a date's day) or the one before it ("early Monday", "on the 5th", "5 March") says."""
    words = np.split()
    if not words:
        return False
    last = words[-1]
    if last in _TRAIL_LAST or last.endswith("day") or last.isdigit():
        return True
    return len(words) > 1 and (words[-2] in _TRAIL_BEFORE_LAST or words[-2].isdigit())


_LOWER_OK = frozenset(
    """the a an of and for in on at to from with 's ’s de van der von al el bin its his her their
    drone gunner gunners sniper servicewoman marine marines paratrooper paratroopers pilot sapper
    sappers deminer deminers platoon engineer engineers driver surgeon rescuer rescuers
    firefighter firefighters policeman chaplain artilleryman political affairs peacebuilding
    undersecretary under-secretary-general
    senior regional local military official officials officer officers spokesman spokeswoman
    spokesperson spokespeople representative representatives head chief commander commanders
    governor mayor minister ministry deputy adviser advisor aide defence defense intelligence
    press service office secretary general staff president leader leaders authorities authority
    administration source sources analysts analyst observers council government army forces
    military's armed security foreign interior emergency emergencies city state national
    self-proclaimed self-styled pro-russian russian-installed russian-backed moscow-installed
    separatist separatists unnamed anonymous top high-ranking high ranking former acting
    presidential prime ombudsman ombudswoman ombudsperson envoy ambassador chairman chairwoman
    member members
    lawmaker lawmakers legislator prosecutor prosecutors police border guard service's
    battalion regiment brigade corps unit units militia marines navy air fleet command centre center
    district oblast region regional city's town village mayor's governor's ministry's
    department agency company operator utility nuclear committee mission organisation organization institute think tank
    coordinator humanitarian rights human commissioner team group groups delegation negotiator
    negotiators spokesman's headquarters residents resident witness witnesses people civilians volunteers
    medics doctors workers journalist correspondent operator operators soldiers troops
    servicemen fighters marines paratroopers investigators investigator rescuers occupation
    appointed installed southern northern eastern western central operational transport
    anti-terrorism emergencies counter-terrorism force bloggers blogger milbloggers milblogger
    commander-in-chief company railway railways regime operational-strategic operational-tactical
    party relief aid watchdog atomic energy refugee health parliamentary parliament speaker
    vice financier founder owner co-founder militant channel project embassy consulate diplomat diplomats soldier
    fighter serviceman policy pro-war pro-kremlin pro-russian boss
    volunteer medic doctor nurse paramedic exiled elected interim ousted self-declared
    correspondents war sector direction axis republic republic's people's executive director
    ceo managing manager chairperson lady rescue settlement hromada
    law enforcement agencies services structures circles one telegram
    mechanized mechanised motorized motorised motor rifle infantry assault airborne air-assault
    tank artillery separate territorial guards special purpose operations naval landing mountain
    jaeger monitoring mapping analytical open-source investigative blog popular influential
    prominent""".split()
)  # ("a spokesperson for the forces in the sector", "... on the Kupiansk axis", "a
# representative of one of the regional law enforcement agencies")
_LATE_PRONOUN = compile_fast(
    r"^(?:In|On|At|Speaking|Later|Earlier|Late|Early|Asked|During|After|Before|Separately|Also)"
    r"\b[^,]{0,60}?"
    r"\s(?P<p>he|she|they|we)$"
)
_FINAL_HEADS = frozenset(
    """agency office ministry service official officials spokesman spokeswoman spokesperson
    authorities council command committee mission group team administration government staff
    forces army military police prosecutor prosecutors source sources headquarters department
    directorate commission organisation organization institute monitors observers bloggers
    milbloggers regime company militia channel embassy consulate milblogger
    agencies services structures circles enforcement""".split()
)  # ("one prominent milblogger claimed": one writer; "a source in the security agencies told
# TASS", "sources in law enforcement": whatever the words before)
# ... with a contraction too: "I'll just say they ...", "we'd say" (no speaker of its own)
# words before a rank, in lower case: "retired Lieutenant Colonel NAME", "reserve Major NAME"
_RANK_QUALIFIERS = ("retired", "reserve")
# pronouns, indefinites and quantifiers that never name who speaks ("Few say where the man
# died": no one in particular)
_NOT_SPEAKERS = frozenset(
    "you one someone somebody anyone anybody nobody few others several everyone everybody "
    "people".split()
)
_PRONOUN = compile_fast(r"^(?:he|she|they|we|i|it)(?:['’](?:ll|d|ve|m|re))?$", re.I)
_CONTRACTION = compile_fast(r"['’]\w+$")
_QUOTE_INSIDE = compile_fast(r"[,.?!…][”\"]\s+\S")
# a short phrase, then the pronoun (not a whole clause: "Troops retook X this week, he")
_COMMA_PRONOUN = compile_fast(r"^[^,\s]+(?:\s[^,\s]+){0,3},\s+(?P<p>he|she|they|we|it)$")
# an abbreviation names a body, not a person: "the SES", "the JFO" (not "Kim")
_ACRONYM = compile_fast(r"^(?:the\s+)?[A-Z]{2,5}s?$")
_PLURAL_HEADS = frozenset("officials commanders authorities fighters militia".split())
_LOCAL_WORDS = frozenset("regional local city district oblast".split())
# the words a side's channels are named by: "Russian Telegram channels", "pro-Kremlin channels"
_SIDED_CHANNELS = frozenset(
    "russian ukrainian pro-russian pro-kremlin pro-war pro-ukrainian separatist".split()
)
# "police said": a body named by its common noun alone
_LONE_BODIES = frozenset(("police", "prosecutors"))
_POSS_PRONOUN = compile_fast(
    r"^(its|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:update|statement|report|briefing|post|message|"
    r"address|assessment|summary|bulletin|spokesman|spokeswoman|spokesperson|press service|"
    # "..., his office says": the office speaks for the one it serves
    r"office)$",
    re.I,
)
#: Countries and capitals used as speakers ("Russia says", "Kyiv reports"): placeholders
#: for whoever speaks for that side, merged into the next named speaker of the side.
METONYM_SPEAKER = compile_fast(
    r"^(?:Russia|Moscow|Ukraine|Kyiv|Kiev|Britain|London|Washington|the West)$", re.I
)
_BAD_START = compile_fast(
    # ("To say that X is taken is not true": an infinitive, no one)
    r"^(?:it|this|that|these|those|there|which|who|what|when|where|while|if|as|so|but|and|to|"
    r"because|although|though|some|many|most|all|no|not|nobody|reports|report|media|sources|"
    # ("None of the claims below could be verified", "PLETENCHUK: Yes, the intelligence ...")
    r"none|neither|yes|"
    # "According to the militia, people ... told": the cue, not a subject
    r"according|"
    # the narrator's imperative aside: "Recall that the ministry framed ...", "Note that ..."
    r"recall|note|remember|"
    # the report's own reporter: "Our correspondent notes that Russian forces had claimed X"
    r"our\s+(?:own\s+)?(?:correspondents?|reporters?|journalists?|staff|team)|"
    # a rubric over the claims below it: "Competing claims", "Conflicting reports"
    r"competing|conflicting|contradictory|contrasting|rival|differing|opposing|"
    # a phrase left starting with a preposition is an adverbial ("In Russian-language reports")
    r"in|on|at|from|for|with|by|under|after|before|during|since|across|through|over|"
    # ... also after an adverb of time or place: "Back in Kramatorsk, a volunteer said"
    r"(?:back|later|earlier|elsewhere|further|farther|once|out|up|down)\s+"
    r"(?:in|at|on|inside|near|outside|along)\b)\b",
    re.I,
)
_ORG_WORD = compile_fast(
    r"\b(?:Ministry|Ministries|Staff|Office|Council|Department|Service|Command|Cent(?:er|re)|"
    r"Forces|Army|Government|Administration|Agency|Intelligence|Kremlin|Pentagon|Committee|"
    r"Commission|Guard|Police|Prosecutor['’]?s?|Directorate|Headquarters|Mission|Organi[sz]ation|"
    r"Nations|Cross|Institute|Parliament|Rada|Duma|Embassy|Union|NATO|OSCE|ICRC|IAEA|UN|"
    r"UNHCR|OCHA|Regiment|Battalion|Brigade|Navy|Fleet|Militia|Authorities|Republic|"
    r"White House|State Department|Defence|Defense|MoD|SBU|HUR|ISW|WHO|OVA|ODA|"
    r"(?i:government|ministry|parliament|general staff|command|headquarters|"
    # "the regional military administration said": Ukraine's wartime regional bodies
    r"military administration))\b"
)
_TITLE_NAME = compile_fast(
    r"^(?P<role>.*\b(?:President|president|Prime Minister|Minister|minister|Secretary|"
    r"secretary|Governor|governor|Mayor|mayor|spokesman|spokeswoman|spokesperson|Spokesman|"
    r"Spokeswoman|Spokesperson|"
    r"General|Colonel|Lieutenant|Major|Captain|Commander|commander|Chief|chief|Head|head|"
    r"adviser|advisor|Adviser|Advisor|aide|Deputy|deputy|official|Ambassador|ambassador|envoy|"
    r"Envoy|[Oo]mbuds(?:man|woman|person)|leader|Leader|Chancellor|Secretary-General|"
    r"Lt\.?|Gen\.?|"
    r"Col\.?|Maj\.?|Capt\.?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Admiral|Sergeant|officer|lawmaker|MP|"
    # wire-style abbreviations: "Kharkiv Gov. X", "Sen. X", "Adm. X"
    r"Gov\.|Sen\.|Adm\.|Brig\.|Rep\.|Sgt\.|"
    r"analyst|expert|coordinator|Coordinator|Commissioner|commissioner|chairman|Chairman|"
    r"director|Director|Representative|representative|blogger|correspondent|Senator|senator|"
    r"founder|Founder|financier|chairwoman|Chairwoman|milblogger|Speaker|"
    # "the pro-war Telegram channel Two Majors"
    r"channel))\s+"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|al|bin)){0,3})$"
)
_TITLE_OF_NAME = compile_fast(
    # ("Acting Governor of the Kherson region Vladimir Saldo")
    r"^(?P<role>(?:[A-Z][\w-]*\s+)?(?:Minister|minister|Secretary|secretary|Commissioner|"
    r"commissioner|Chief|chief|Head|head|Director|director|Commander|commander|Governor|"
    r"governor|Mayor|mayor)\s+(?:of|for)\s+"
    # "Deputy head of the Kyiv city military administration Serhii Popko"
    r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+)??"
    r"(?:\s+(?:city|regional|oblast|district|military|civil|civilian|state|administration|"
    r"council|service|police|office|department|committee|region|oblast|province|"
    r"[A-Z][\w'’-]+)){0,4}?)"
    r"\s+(?P<name>[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+)$"
)
# "..., the head of the regional administration, Viacheslav Chaus, said": role then name
_APPOS_TRAIL = compile_fast(
    r"^(?:the|a|an|[A-Z][\w'’-]*['’]s)\s+[^,]{2,100},\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}$"
)
# "..., Denis Orlov, the head of the region, told TASS": name then role (the mirror of
# _APPOS_TRAIL)
_NAME_THEN_ROLE = compile_fast(
    r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3},\s+(?:(?:the|a|an)\s+)?(?P<role>[^,]{2,100})$"
)
_ONE_NAME_THEN_ROLE = compile_fast(r"^[A-Z][\w'’.-]{2,},\s+the\s+(?P<role>[^,]{2,60})$")
# a place's own body after the place: "Izium, the town council (said)" is two phrases
_PLACE_BODY = compile_fast(
    r"(?:town|city|village|regional|region['’]s|town['’]s|city['’]s|local)\b"
)
# the head noun of a body named by its kind after its name ("Ukrenergo, the grid operator")
_BODY_KINDS = frozenset(
    """agency operator company service ministry authority authorities administration office
    utility railway railways corporation monitor watchdog regulator broadcaster council committee""".split()
)
_PERSON_NAME = compile_fast(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}$")
_HEAD_NOUN = compile_fast(
    r"\b(official|officials|officer|spokesman|spokeswoman|spokesperson|governor|mayor|minister|"
    r"commander|chief|head|adviser|advisor|aide|authorities|ministry|representative|source|"
    r"sources|general|president|leader|administration|ombuds(?:man|woman|person)|envoy|military|"
    r"staff|army)\b",
    re.I,
)


_PASSIVE_AUX = compile_fast(r"\b(?:is|are|was|were)\b")
# what follows a speaker-first clause's verb: "that ...", "on Sunday", "over the weekend that"
_TAIL_THAT = compile_fast(
    r"(?:that|on|in)\b|(?:[\w'’-]+\s+){1,4}that\b"
    # "..., the Legion, said they were fighting in ...": a pronoun subject, "that" left out
    r"|(?:they|it|he|she|we)\s+(?:were|was|are|is|had|have|has|would|will|could)\b"
    # "..., the state company Energoatom said Friday, five weeks after ...": a day, then more
    r"|(?:[A-Z][a-z]+day|today|yesterday|tonight)\s*[,.;]"
    # "..., Semenikhin said later in the day, adding that ...": a time, then more
    r"|(?:later|earlier|afterwards)(?:\s+(?:in|on|that)\s+(?:the\s+)?(?:day|evening|morning|"
    r"afternoon|night|week))?\s*[,;]"
)
# "Videos posted by soldiers" (a passive), but not "X said by evening that": a time
_BY_NEXT = compile_fast(
    r"\s+by\b(?!\s+(?:evening|morning|nightfall|night|noon|midday|then|late|early|the end of)\b)"
)
# "X, quoted by Interfax, said", "X, in its daily briefing carried by RIA Novosti, said": the
# outlet relaying X's words, between X and the verb
_RELAYED_BY = compile_fast(
    r",\s+(?:(?:quoted|cited)|in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:briefing|statement|report|update|post|message|interview|address|summary)\s+"
    r"(?:carried|published|relayed|quoted|cited))\s+by\s+[^,]{1,40},?\s*$"
)
_FUNCTION_WORDS = frozenset("of in on at for to and from with by the a an as".split())
_RELATIVE_TAIL = compile_fast(r"(?:,\s+|(?<=[a-z])\s+)(?:who|whom|which|whose|that)\s[^,]{1,120}$")
_TRAILING_BRACKETS = compile_fast(r"\s*\([^()]{1,60}\)$")
# a relative clause that holds commas itself ("X, who is at a summit in Granada, Spain, calls")
_RELATIVE_COMMAS = compile_fast(r",\s+(?:who|whose)\s[^;:\"“”]{1,160}$")
# after a relative clause, the verb of the phrase's own clause: "Okhtyrka, whose plant was hit,
# remained without power, (local authorities said)" -- the place is a subject, no speaker
_VERB_AFTER_RELATIVE = compile_fast(
    r",\s+(?:still\s+)?(?:remain(?:s|ed)?|sits?|sat|lies|lay|stands?|stood|is|was|are|were|"
    r"has|had|became|becomes)\s"
)
_PARTICIPLE_TAIL = compile_fast(
    r",?\s+(?:operating|fighting|deployed|stationed|based|serving|defending)\s+"
    r"(?:in|near|on|around|at|outside)\s+[^,]{1,60}$"
)
_DEFINITE_START = compile_fast(r"(?:The|A|An|This|That|Its|His|Her|Their)\b")
_DASH_DATELINE = compile_fast(
    r"^[A-Z][\w'’ ./-]{1,30},\s+(?:\w+day|[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
    r"(?:,?\s+\d{4})?\s*(?:[—–]|-(?=\s))\s*"
)
_AGENCY_DATELINE = compile_fast(
    r"^[A-Z][A-Z'’ ./-]{1,30}(?:,\s+[A-Z][a-z]+)?(?:,?\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|"
    r"\d{1,2}\s+[A-Z][a-z]+))?\s*\([^()]{2,40}\)\s*(?:[—–]|-(?=\s))\s*"
)
#: time zones a live blog writes after the clock ("10:40 BST —")
TIME_ZONES = "BST|GMT|UTC|CET|CEST|EET|EEST|MSK"
_CLOCK_LEAD = compile_fast(rf"^\d{{1,2}}[:.]\d{{2}}\s+(?:(?:{TIME_ZONES})\s+)?")
_LED_BY = compile_fast(r",?\s+(?:led|headed|run|commanded)\s+by\s+(?P<name>[^,]{2,60}?),?$")


_STATEMENT_LEAD = compile_fast(
    r"^(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:statement|report|post|message|update|briefing|"
    r"video|comments?|remarks|announcement|data|figures|information)\s+(?:from|by|of)\s+(?=\S)",
    re.I,
)
_EMOJI_BULLETS = "🔹🔸🔷🔶🔺🔻🔴🟠🟡🟢🔵⚫⚪▶►▸▹➡→➤‣⁃■□◆◇▫❗✅⚡⚠\ufe0f"


_SUBORDINATOR = compile_fast(r"\s(?:after|before|when)\s+(?=[A-Z])")


def _subordinate_subject(np: str) -> str:
    """The capitalised phrase after the last "after" / "before" / "when" of ``np`` when it
    is a titled or curated name ("... on Sunday after President Y" → "President Y"), else
    ``np``."""
    marks = list(_SUBORDINATOR.finditer(np))
    if not marks:
        return np
    tail = np[marks[-1].end() :]
    name, title = _strip_title(tail)
    if (title and _looks_like_person(name)) or (_PERSON_NAME.match(tail) and lookup_speaker(tail)):
        return tail
    return np


_CALL_SIGN = compile_fast(
    r"\s*,?\s+(?:with|under|using|who\s+goes\s+by|going\s+by)\s+the\s+(?:call\s*-?\s*sign|"
    r"nom\s+de\s+guerre|nickname|code\s*name)\s+[\"“']?(?P<sign>[A-Z][\w'’-]+)[\"”']?\s*$"
)


# a statement named by the body it is from: "a police statement", "the ministry's update"
_BODY_STATEMENT_NOUNS = ("statement", "report", "post", "update", "bulletin", "briefing", "message")
_BODY_STATEMENT = compile_fast(
    r"^(?:a|an|the)\s+(?P<body>(?:[\w-]+\s+){0,2}?(?:police|ministry|army|military|administration|"
    r"council|command|staff|service|guard|navy))(?:['’]s)?\s+(?:(?:daily|evening|morning|latest|"
    rf"official)\s+)?(?:{'|'.join(_BODY_STATEMENT_NOUNS)})$"
)


# a name's last word in quotes that lost its closing one: 'Operational Command "North'
_OPEN_QUOTED_LAST = compile_fast(r"(?<=\s)[\"“]([A-Z][\w'’-]*)$")


@lru_cache(maxsize=65536)
def clean_np(np: str) -> str:
    """Strip discourse openers and trailing adverbials from a speaker phrase."""
    # "• Kremlin spokesman X said": a bullet mark (•, ▪, ●, *) opens a digest item; Telegram
    # digests use emoji and arrows as bullets ("🔹 Governor X says ...")
    np = np.strip(" \t,;:-–—\"“”'‘’•▪●◦*" + _EMOJI_BULLETS)
    if np[-1:].isalpha() and (np.count('"') == 1 or "“" in np and "”" not in np):
        # 'Operational Command "North", 08:20': the closing quote of a name went with the strip
        np = _OPEN_QUOTED_LAST.sub(r"\1", np)
    if np[:1].isdigit():
        # "13:30 A Ukrainian military spokesperson said": a live-blog time stamp opens the item
        np = _CLOCK_LEAD.sub("", np)
    if "—" in np or "–" in np or " - " in np:
        # "Moscow, Friday — Defence Minister Sergei Shoigu reported": a dateline before it
        np = _DASH_DATELINE.sub("", np)
        if ")" in np:
            # "KYIV, Ukraine (AP) - Ukraine said": a wire dateline with its agency
            np = _AGENCY_DATELINE.sub("", np)
    # "governor Oleksandr Pavliuk (Олександр Павлюк) said": the name in its own script
    # (each pattern tried only when the phrase holds a word every match of it needs)
    if ")" in np:
        np = _TRAILING_BRACKETS.sub("", np)
    # "President X, who visited Bucha on Monday, said": the relative clause is not the speaker
    if "who" in np or "which" in np or "that" in np:
        np = _RELATIVE_TAIL.sub("", np)
    if ")" in np:
        np = _TRAILING_BRACKETS.sub("", np)
    if ", who" in np:
        rel = _RELATIVE_COMMAS.search(np)
        if rel is not None and _VERB_AFTER_RELATIVE.search(np, rel.start() + 2):
            return ""
        np = _RELATIVE_COMMAS.sub("", np)
    if "ing " in np:
        # "a spokesperson for a brigade operating in the area said"
        np = _PARTICIPLE_TAIL.sub("", np)
    m = _LATE_PRONOUN.match(np)
    if m:
        return m.group("p")
    if " after " in np or " before " in np or " when " in np:
        # "X addressed residents after President Y announced ...": the subject of the
        # subordinate clause says it
        np = _subordinate_subject(np)
    np = _DISCOURSE.sub("", np)
    if " from " in np or " by " in np or " of " in np:
        # "(according to) a statement from the regional prosecutor's office": its author
        np = _STATEMENT_LEAD.sub("", np)
    elif np.endswith(_BODY_STATEMENT_NOUNS) and (bs := _BODY_STATEMENT.match(np)) is not None:
        # "(according to) a police statement", "the army's daily bulletin": the body it is from
        np = bs.group("body")
    if np.startswith(("including ", "among them ")):
        # "Armed groups ..., including the Legion and the Corps, said": those named speak
        np = np.split(" ", 2 if np.startswith("among") else 1)[-1]
    pm = _POSS_PRONOUN.match(np)
    if pm:
        return {"its": "it", "his": "he", "her": "she", "their": "they"}[pm.group(1).lower()]
    m = _LATE_PRONOUN.match(np)
    if m:
        return m.group("p")
    if np.endswith((" he", " she", " they", " we", " it")):
        # "..., was more direct: Vysokopillia, he wrote, is ...": a parenthetical "he wrote"
        # speaks; the word before its comma is part of the statement ("Border units, it
        # said, hold the island": a body's "it" too)
        m = _COMMA_PRONOUN.search(np)
        if m:
            return m.group("p")
    prev = None
    while prev != np:
        prev = np
        if _may_trail(np):
            np = _TRAIL.sub("", np)
        np = np.strip(" ,")
    if "sign" in np or "guerre" in np or "nickname" in np:
        # "a Ukrainian drone operator with the call sign Sokil": the call sign names the one
        # speaking, the words before it are the role
        cs = _CALL_SIGN.search(np)
        if cs is not None and cs.start() > 0:
            np = f"{cs.group('sign')}, {np[: cs.start()].strip()}"
    if np.endswith((" there", " here")) and np.rsplit(None, 2)[-2].lower() in _ROLE_HEADS:
        np = np.rsplit(None, 1)[0]  # "a battalion commander there told this newspaper"
    if np.endswith(")"):
        # "Hanna Maliar (Ганна Маляр), on Telegram": the bracket before the adverbial
        np = _TRAILING_BRACKETS.sub("", np)
    if " by " in np:
        # "the Russian-installed administration led by Vladimir Saldo said": its head speaks
        # for it (read as "Vladimir Saldo, the Russian-installed administration")
        m = _LED_BY.search(np)
        if m and _PERSON_NAME.match(_strip_title(m.group("name"))[0]):
            body = np[: m.start()].rstrip(" ,")
            if np_is_speaker(body):
                body = _DEFINITE_START.sub(lambda a: a.group(0).lower(), body, count=1)
                np = f"{m.group('name')}, {body}"
    # "Igor Konashenkov's statement said" -> the speaker is Konashenkov
    return _STATEMENT_OF.sub("", np)


_DIGIT_COMMA = compile_fast(r"\d,\d")
_BOTH_SIDES = compile_fast(
    r"^(?:[Bb]oth\s+)?(?:Russia|Ukraine|Moscow|Kyiv|Kiev)\s+and\s+(?:Russia|Ukraine|Moscow|Kyiv|Kiev)$"
)
_PLACE_HEADS = frozenset("town city village district region oblast settlement".split())
_ROLE_THEN_NAME = compile_fast(
    r"^(?:[Tt]he\s+|[A-Z][\w'’-]*['’]s\s+)?[^,]{2,80},\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}$"
)
# the head nouns of a role held by one named person
_ROLE_HEADS = frozenset(
    """commissioner ombudsman ombudswoman ombudsperson governor mayor head chief adviser advisor
    aide commander official representative envoy ambassador director secretary president leader deputy coordinator
    chairman chairwoman spokesman spokeswoman spokesperson minister lady""".split()
)
_LOWER_TITLE_NAME = compile_fast(
    r"^(?:[a-z][\w'’-]*\s+){1,4}(?:"
    + "|".join(sorted(_ROLE_HEADS))
    + r")\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}$"
)
# a body named after lower-case words saying what it is: "the state road agency Ukravtodor",
# "the grid operator Ukrenergo", "Ukraine's water utility Vodokanal" (a curated body's name,
# or one capitalised word: not "the road agency bus drivers")
_LOWER_KINDS = (
    "agency", "company", "operator", "utility", "corporation", "firm", "broadcaster", "regulator",
    "monitor", "concern", "holding", "provider", "carrier",
)  # fmt: skip
_LOWER_KIND_BODY = compile_fast(
    r"^(?:(?:[Tt]he|[Aa]n?|[A-Z][\w-]*['’]s)\s+)?(?:[a-z][\w-]*\s+){0,3}(?:"
    + "|".join(_LOWER_KINDS)
    + r")\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})$"
)
# the cheap gate before that pattern: one of its kind words, then a space (the same list, so
# the two cannot drift apart)
_LOWER_KIND_GATES = tuple(k + " " for k in _LOWER_KINDS)
# endings of adjectives ("the influential Rybar channel"), not of a noun that ends its phrase
_ADJECTIVE_ENDINGS = (
    "al", "ent", "ant", "ive", "ous", "ful", "ic", "ian", "ed", "ing", "ary", "ish", "ern",
    "ese", "ble", "less", "ist",
)  # fmt: skip
# ("Other reports on Saturday", "Such claims", "Further reports say": a quantifier before the
# noun cue, as a possessive, is no speaker; "Neither claim could be verified", "Each side
# says": a distributive quantifier before a noun is no name either)
_LONE_DETERMINERS = frozenset(
    "the a an their its his her our my your other another such further more these those "
    "neither either each every".split()
)
_DATE_HEAD = compile_fast(r"\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?(?:,|$)")
_BANK_QUALIFIER = compile_fast(
    r"\s+(?:on\s+the\s+(?:left|right|east|west|eastern|western|north|south|northern|southern|"
    r"other|opposite|far)\s+(?:bank|side)|across\s+the)"
    r"(?:\s+(?:of\s+the\s+)?(?:river|[A-Z][\w'’-]+(?:\s+[Rr]iver)?))?$"
)
_LIST_COMMA = compile_fast(r",(?!\d)")
# the days and months, capitalised words that are no names
CALENDAR_WORDS = (
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December"
)
_CALENDAR_WORD = compile_fast(rf"^(?:{CALENDAR_WORDS})(?:\s+\d{{1,2}})?$")


# words no apposition holds: a clause's ("Houses, shops and schools had been destroyed, Chaus
# said": what was said, not who said it)
_NOT_IN_APPOSITION = frozenset(
    "that who which said says claimed was is were had has have been will would could should "
    "did does".split()
)


_ONE_NOT_OF = compile_fast(r"\sone\b(?!\s+of\b)")


@lru_cache(maxsize=65536)
def np_is_speaker(np: str) -> bool:
    """Does this phrase look like a speaker (a name, body, role or pronoun), not a clause?"""
    if not np or len(np) > 160:
        return False
    if _PRONOUN.match(np):
        return True
    if np.lower() in _NOT_SPEAKERS:
        return False  # "You could say I am their bridge now": the idiom's "you" is no speaker
    if _BAD_START.match(np) or ":" in np:
        return False  # "Selydove: Russia claims town": a rubric before the speaker
    if "(" in np and ";" in np and ")" not in np:
        # "PRESS CENTRE (NAME, spokesman; remarks on television, repeated on Monday)": a
        # heading's note, cut inside its bracket
        return False
    if " one" in np and _ONE_NOT_OF.search(np) is not None:
        return False  # "Between one hundred and ...": a number ("one of the agencies" is a body)
    if " what " in np:
        # "CHERNIHIV OBLAST - what the officials (said today)": a free relative's clause, the
        # speaker (if any) after its "what"
        return False
    if _QUOTE_INSIDE.search(np):
        # '"Crimea, the bridge, the beginning," Podolyak posted': the words up to the closing
        # quote are what was said; the one who said it comes after
        return False
    if _CALENDAR_WORD.match(np):
        return False  # "update of Monday", "the statement of 5 March": a date is no speaker
    if np[:1].isdigit() and _DATE_HEAD.match(np):
        return False  # "Evening digest, 15 August 2024, compiled from agency reports"
    if " bank" in np or " side of" in np or "across the" in np:
        # "Russian-installed authorities on the left bank", "officials on the other side of
        # the river": a body and the side of a river it sits on (only a trailing qualifier:
        # "troops left the bank" is still a clause)
        np = _BANK_QUALIFIER.sub("", np)
    # "12,000" is one word, not a name and its apposition
    words = (np.replace(",", " , ") if "," not in np or not _DIGIT_COMMA.search(np)
             else _LIST_COMMA.sub(" , ", np)).split()  # fmt: skip
    if not words or len(words) > 22:
        return False
    if all(w[:1].isdigit() or w == "," for w in words):
        return False  # "Since May 10, Moscow has claimed ...": a number is no speaker
    if " and " in np and _BOTH_SIDES.match(np):
        # "Ukraine and Russia accused each other": the narrator on both sides, no speaker
        return False
    if len(words) <= 3 and words[-1] in _PLACE_HEADS and words[0].lower() in ("the", "a", "this"):
        # "The town, called Artemovsk by Russia, lies ...": a place is no speaker
        return False
    if len(words) == 1 and words[0].lower() in _LONE_DETERMINERS:
        # "Their claims could not be checked": a possessive before a noun cue is no speaker
        return False
    first = words[0]
    if (
        len(words) <= 8
        and any(k in np for k in _LOWER_KIND_GATES)
        and (km := _LOWER_KIND_BODY.match(np)) is not None
        and (" " not in km.group("name") or lookup_speaker(km.group("name")) is not None)
    ):
        return True
    if first[:1].islower() and _LOWER_TITLE_NAME.match(np):
        # "ground forces commander Oleksandr Syrskyi", "navy spokesman Dmytro Pletenchuk": a
        # lower-case title, whatever its words, ended by a role head and a name
        return True
    if (
        first.endswith(("'s", "’s"))
        and len(words) > 3
        and words[1][:1].islower()
        and _LOWER_TITLE_NAME.match(np[len(first) + 1 :])
    ):
        # "Ukraine's infrastructure minister Oleksandr Kubrakov", "Russia's deputy foreign
        # minister Sergei Ryabkov": a country's lower-case title, then the holder's name
        return True
    if (
        # "separatist commanders told TASS", "regional authorities said": a role alone, whose
        # words give its side (or its place does: a local body)
        len(words) <= 3
        and words[-1] in _PLURAL_HEADS
        and all(w in _LOWER_OK for w in words)
        and (side_of_phrase(np) is not None or words[0] in _LOCAL_WORDS)
    ) or (len(words) == 1 and words[0] in _LONE_BODIES):
        return True
    if not (
        first[0].isupper()
        or first.lower() in ("the", "a", "an", "its", "his", "her", "their")
        or first[0].isdigit()
        # "defence ministry spokesman Igor Konashenkov" after a clause start
        or (
            first in _LOWER_OK
            and first not in _FUNCTION_WORDS
            and any(w[0].isupper() for w in words[1:])
        )
        # "retired Lieutenant Colonel NAME": a rank's qualifier
        or (first in _RANK_QUALIFIERS and len(words) > 2 and words[1][:1].isupper())
    ):
        return False
    if len(words) <= 4 and words[-1].lower() == "channels" and words[0].lower() in _SIDED_CHANNELS:
        return True  # "Russian Telegram channels": a side's channels (not "Local channels")
    if len(words) <= 7 and _FINAL_POSSESSIVE.sub("", words[-1].lower()) in _FINAL_HEADS:
        # "the UN refugee agency", "the regional prosecutor's office": a body, whatever the
        # words before its head noun
        if "," not in words:
            # but "a route Russian officials have vowed to keep": a common noun, then a new
            # (capitalised) phrase, is an object and the subject of its relative clause
            return not (
                len(words) > 3
                and words[0].lower() in ("a", "an", "the")
                and words[1].isalpha()
                and words[1].islower()
                and words[1] not in _LOWER_OK
                and not words[1].endswith(_ADJECTIVE_ENDINGS)
                and words[2][:1].isupper()
            )
        # "DeepState, a Ukrainian group": a name, then what it is
        k = words.index(",")
        return 0 < k <= 3 and all(w[0].isupper() for w in words[:k])
    if "," in words and _ROLE_THEN_NAME.match(np) and np.split(",")[0].split()[-1] in _ROLE_HEADS:
        # "Russia's children's rights commissioner, Maria Lvova-Belova": a role (whatever its
        # words) and the name of the one who holds it
        return True
    n_caps = n_heads = 0
    in_appos = False
    for i, w in enumerate(words):
        if w == ",":
            in_appos = True
            continue
        core = w.strip("()\"“”'‘’")
        if not core:
            continue
        if core[0].isupper() or core[0].isdigit():
            n_caps += 1
            continue
        low = core.lower()
        base = _FINAL_POSSESSIVE.sub("", low)
        if low in _LOWER_OK or base in _LOWER_OK:
            if _HEAD_NOUN.fullmatch(base):
                n_heads += 1
            continue
        if low in _RANK_QUALIFIERS and i + 1 < len(words) and words[i + 1][:1].isupper():
            continue  # a rank's "retired Lieutenant Colonel NAME" (not "the retired nurse")
        if in_appos and len(words) <= 20:
            # appositions ("the chief of Russia's National Defence Management Center") are freer
            if low in _NOT_IN_APPOSITION:
                return False
            continue
        return False
    return n_caps > 0 or n_heads > 0


@lru_cache(maxsize=65536)
def split_name_role(np: str) -> tuple[str, str | None, str]:
    """Split a speaker phrase into (speaker, role, kind).

    ``kind`` is ``person`` (a name), ``body`` (an organisation), ``unnamed`` (a role
    without a name: "a senior Russian military official") or ``pronoun``.
    """
    np = _BLANKS.sub(" ", np).strip()
    if _PRONOUN.match(np):
        return _CONTRACTION.sub("", np), None, "pronoun"  # "I'll" is "I"
    if METONYM_SPEAKER.match(np):
        return np, None, "unnamed"
    parts = [p.strip() for p in _COMMA_SPLIT.split(np) if p.strip()]
    if len(parts) > 1 and parts[0].isdigit():
        # "(Since May) 10, Russia has claimed": a date's day number before the speaker
        parts = parts[1:]
        np = ", ".join(parts)
    if len(parts) > 1:
        # "the ministry, citing intelligence data,", "an official, speaking on condition of
        # anonymity,": how they spoke, not who they are
        parts = [parts[0]] + [p for p in parts[1:] if not _NOT_ROLE.match(p)]
        # "X, the governor, and the mayor, Y": the second speaker is no part of the first's role
        cut = next((i for i, p in enumerate(parts) if i and p.startswith("and ")), None)
        parts = parts[:cut]
        np = ", ".join(parts)
    if len(parts) > 1:
        # "Serhiy Bratchuk (Сергій Братчук), spokesman ...": the name in its own script
        parts = [_TRAILING_BRACKETS.sub("", p) or p for p in parts]
        # "Serhiy Haidai, Governor of the Luhansk region" / "the governor, Serhiy Haidai"
        named = [
            p for p in parts if _looks_like_person(_strip_title(p)[0]) and not _ORG_WORD.search(p)
        ]
        if named:
            name, title = _strip_title(named[0])
            rest = [p for p in parts if p is not named[0]]
            role = ", ".join(([title] if title else []) + rest)
            return name, _clean_role(role), "person"
        np = parts[0]
        role_extra = ", ".join(parts[1:])
    else:
        role_extra = ""
    name, title = _strip_title(np)
    if title and _looks_like_person(name):
        role = ", ".join(x for x in (title, role_extra) if x)
        return name, _clean_role(role), "person"
    if " of " in np or " for " in np:
        # "Deputy Minister of Defence Hanna Maliar": a title with its portfolio, then the name
        m = _TITLE_OF_NAME.match(np)
        if m and _looks_like_person(m.group("name")):
            role = ", ".join(x for x in (m.group("role"), role_extra) if x)
            return m.group("name"), _clean_role(role), "person"
    if " of " in np:
        # "Colonel General Sergei Rudskoy of the Russian General Staff": a person of a body
        head, _, org = np.partition(" of ")
        name, title = _strip_title(head)
        if _looks_like_person(name) and (title or not _DEFINITE_START.match(name)):
            role = " ".join(x for x in (title, "of", org) if x)
            return name, _clean_role(", ".join(x for x in (role, role_extra) if x)), "person"
    base = _ARTICLE_LEAD.sub("", np)
    if _ACRONYM.match(base) and _is_acronym_body(base):
        return base, _clean_role(role_extra), "body"
    tm = _TRAILING_NAME.search(base) if " " in base else None
    if tm and tm.start() > 0:
        # "Zelensky's chief of staff Andriy Yermak": a role no title list holds, then the
        # full name of a curated person
        rec = lookup_speaker(tm.group(0))
        if rec is not None and rec["kind"] == "person" and is_alias(tm.group(0), rec):
            role = ", ".join(x for x in (base[: tm.start()].strip(), role_extra) if x)
            return tm.group(0), _clean_role(role), "person"
    if _ORG_WORD.search(base) and _OFFICIALS.search(base) is None:
        return _strip_possessive(base), _clean_role(role_extra), "body"
    if _looks_like_person(base) and not _HEAD_NOUN.search(base):
        return base, _clean_role(role_extra), "person"
    return base, _clean_role(", ".join(x for x in (base, role_extra) if x)), "unnamed"


def _is_acronym_body(s: str) -> bool:
    """Is the abbreviation ``s`` ("SES", "UA") a body? Yes unless a curated person has it as
    a name ("KIM:" in a transcript is Vitaliy Kim)."""
    rec = lookup_speaker(s)
    return rec is None or rec["kind"] == "body"


_TRAILING_NAME = compile_fast(r"(?<=\s)[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}$")
_NOT_ROLE = compile_fast(r"(?:citing|quoting|speaking|writing|according|in|on|at)\b")


def _strip_title(p: str) -> tuple[str, str | None]:
    m = _TITLE_NAME.match(p)
    if m:
        return m.group("name"), m.group("role").strip()
    return p, None


def _looks_like_person(s: str) -> bool:
    if not _PERSON_NAME.match(s) or _ORG_WORD.search(s) or _COUNTRY_CUES.fullmatch(s):
        return False
    if _ACRONYM.match(s) and _is_acronym_body(s):
        return False  # "The SES, in its own statement, said": a body's abbreviation
    if " " not in s and s.lower() in _LOWER_OK:
        return False  # "Officials of the Russian-installed administration": a role, no name
    return _COUNTRY_WORD.search(s) is None


def _strip_possessive(s: str) -> str:
    return _FINAL_POSSESSIVE.sub("", s.strip())


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    role = _ARTICLE_LEAD.sub("", role.strip(" ,"))
    return role or None


def _in_outlet(a: int, b: int, outlet_spans: list[tuple[int, int]]) -> bool:
    """Does the span ``a:b`` hold, or lie inside, an outlet mention?"""
    for s, e in outlet_spans:
        if a <= s and e <= b or s <= a and b <= e:
            return True
    return False


_TITLE_LEADS = frozenset("mayor governor spokesman spokeswoman spokesperson minister".split())


def _is_name_then_role(c: str) -> bool:
    """Is ``c`` a capitalised name, then its role after a comma with a role head word
    ("Denis Orlov, the Moscow-installed head of the region")?"""
    m = _NAME_THEN_ROLE.match(c)
    if m is None and "the " in c:
        # "..., Ukravtodor, the road agency, said", "..., Kubrakov, the infrastructure
        # minister, said": one word of a name, then "the" and a role or a body's kind
        m = _ONE_NAME_THEN_ROLE.match(c)
        return (
            m is not None
            and not _PLACE_BODY.match(m.group("role"))
            and (
                not _ROLE_HEADS.isdisjoint(m.group("role").lower().split())
                or m.group("role").lower().rsplit(None, 1)[-1] in _BODY_KINDS
            )
        )
    return m is not None and not _ROLE_HEADS.isdisjoint(m.group("role").lower().split())


def _titled_name(c: str) -> bool:
    """A lower-case title, then a capitalised name ("mayor Yuri Fomichev"): after a comma that
    opens a new clause's subject ("In X, the town where ..., mayor Y Z said the troops had
    left"), not the end of the clause before."""
    words = c.split()
    return (
        3 <= len(words) <= 4
        and words[0] in _TITLE_LEADS
        and all(w[:1].isupper() for w in words[1:])
    )


def _speaker(np: str) -> str | None:
    """The cleaned phrase when it looks like a speaker, else None."""
    c = clean_np(np)
    return c if np_is_speaker(c) else None


def _clause_starts(head: str):
    """Where a speaker phrase before a verb may start: the sentence start, then after each
    closing quote, comma, "that" or dash (found lazily: the first start usually fits)."""
    yield 0
    for q in _CLAUSE_START.finditer(head):
        yield q.end()
    for rel in (", which ", ", where "):
        i = head.find(rel)
        while i >= 0:
            # "The strikes, which the Air Force said involved 30 drones, hit ...", "...
            # Kurakhove, where the Ukrainian side reports assaults": the relative clause's own
            # speaker
            yield i + 8
            i = head.find(rel, i + 8)
    if "which " in head:
        for rel in (" in which ", " at which ", " during which "):
            i = head.find(rel)
            while i >= 0:
                # "an interview in which President X said", "a briefing at which the spokesman
                # claimed": the speaker of the clause about the occasion
                yield i + len(rel)
                i = head.find(rel, i + len(rel))
    i = head.find(" what ")
    if i >= 0:
        # "came under what mayor X called the heaviest shelling of the war": the speaker of
        # the "what" clause
        yield i + 6


# Where an INVERTED match may start, each a fast scan (sre skips ahead to the leading charset
# or literal): a speech verb right after a quote or comma, after "that", or at the start
_MARK_VERB = compile_fast(rf"[,”\"'’]\s*(?:{SPEECH_VERB})\s")
_THAT_VERB = compile_fast(rf"that\s+(?:{SPEECH_VERB})\s")
_START_VERB = compile_fast(rf"(?:{SPEECH_VERB})\s")
# INVERTED up to its verb, and the characters its phrase may hold
_INVERTED_HEAD = compile_fast(rf"(?:[,”\"'’]\s*|\bthat\s+|^)(?:{SPEECH_VERB})(?=\s)")
_PHRASE_RUN = compile_fast(r"[^,;:.?!\"“”]*")


def _inverted_phrase(sentence: str, verb_end: int) -> tuple[tuple[int, int], int] | None:
    """The phrase span and match end of INVERTED after a verb ending at ``verb_end``.

    INVERTED's lazy ``\\s+(?P<np>[^...]{2,100}?)\\s*(?:[,.;:?!]|$)`` costs microseconds a
    match in sre; its result follows from the run of phrase characters after the verb: the
    run must end the sentence or stop at a ``,.;:?!``; the phrase starts after the verb's
    spaces (or earlier, to hold two characters) and ends at the run's last non-space
    character (or two characters on), and is at most 100 long.
    """
    run_end = _PHRASE_RUN.match(sentence, verb_end).end()
    if run_end < len(sentence) and sentence[run_end] not in ",.;:?!":
        return None
    run = sentence[verb_end:run_end]
    last = verb_end + len(run.rstrip())
    start = min(run_end - len(run.lstrip()), run_end - 2)
    if start <= verb_end or last - start > 100:
        return None
    return (start, start + max(2, last - start)), min(run_end + 1, len(sentence))


# the role set off after an inverted verb's name, up to the sentence's end or the next comma:
# '"...," said Ivan Petrenko, a Ukrainian police sergeant.', "..., head of the X administration"
_INVERTED_ROLE = compile_fast(
    r",\s+(?=(?:the|a|an|head|chief|deputy|spokes\w+|commander|mayor|governor|secretary|"
    r"director|member|officer|sergeant|lieutenant|captain|major|colonel)\b)"
    r"[^,;:.?!\"“”()]{3,100}?(?=\s*(?:[.;?!]|$|,\s+(?:who|which|adding|noting|saying|speaking|"
    r"writing|told|in\s+an?\b|on\s+(?:Telegram|Facebook|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b)))"
)
# ... and after a statement's named author, up to the next comma or bracket: "press briefing by
# NAME, head of the Kharkiv regional military administration, Kharkiv, 20 May"
_STATEMENT_ROLE = compile_fast(
    r",\s+(?=(?:the|head|chief|deputy|spokes\w+|commander|mayor|governor|secretary|director)\b)"
    r"[^,;:.?!\"“”()]{3,100}?(?=\s*(?:[,.;?!(]|$))"
)


def _inverted_phrases(sentence: str) -> list[tuple[int, int]]:
    """The ``np`` spans of ``INVERTED.finditer(sentence)``, tried only where a match may start."""
    mark = _MARK_VERB.search(sentence)
    that = _THAT_VERB.search(sentence)
    at_start = _START_VERB.match(sentence)
    if not (mark or that or at_start):
        return []  # most sentences
    starts = [0] if at_start else []
    if mark:
        starts += [m.start() for m in _MARK_VERB.finditer(sentence, mark.start())]
    if that:
        starts += [m.start() for m in _THAT_VERB.finditer(sentence, that.start())]
    spans = []
    end = 0
    for pos in sorted(starts):
        head = _INVERTED_HEAD.match(sentence, pos) if pos >= end else None
        if (
            head is not None
            and head.group(0).endswith(("called", "calls"))
            and _NOT_SPEECH_AFTER.match(sentence, head.end())
        ):
            head = None  # "The city, called Zhdanov from 1948 to 1989, ...": a name, no speech
        found = _inverted_phrase(sentence, head.end()) if head else None
        if found is not None:
            spans.append(found[0])
            end = found[1]
    return spans


_SUBJECT_PRONOUN = {"him": "he", "her": "she", "them": "they"}


def _according_phrases(
    sentence: str, outlet_spans: list[tuple[int, int]], at_start_only: bool = False
) -> list[tuple]:
    """The "According to X" candidates of a sentence (with ``at_start_only``, only one that
    starts the sentence)."""
    if at_start_only:
        # the letters (in any case) its cue words start with: a cheap test before the regex
        m = ACCORDING.match(sentence) if sentence[:1] in "aApPcCqQiIİı" else None
        matches = [m] if m and _according_gate(sentence.lower()) else []
    else:
        low = sentence.lower()
        if not _according_gate(low):
            return []
        matches = ACCORDING.finditer(sentence, _according_start(sentence, low))
    found = []
    for m in matches:
        np, span = m.group("np"), m.span("np")
        if sentence.startswith((",", " in ", " of ", " for ", " on "), span[1]):
            # "According to the head of the X administration, Vladimir Saldo, the ...": the
            # role, then the name of the one who holds it
            nm = _APPOS_NAME.match(sentence, span[1])
            if nm and not _ROLE_HEADS.isdisjoint(np.lower().split()):
                # (the full stop of a name that ends the sentence is not the name's)
                b = nm.end("name") - (sentence[nm.end("name") - 1] == ".")
                np, span = sentence[span[0] : b], (span[0], b)
        # "According to him, ...": the object pronoun is the subject one of "he said", carried
        # over to the speaker named before
        c = _speaker(_SUBJECT_PRONOUN.get(np.lower(), np))
        if c and not _in_outlet(*span, outlet_spans):
            found.append((m.start(), c, "according to", span))
    return found


# the speech tag after a quote that opens the sentence: '"...," he said', '"...," said X'
_QUOTE_TAG = compile_fast(
    r"[,.!?…]?[\"”]\s*,?\s*(?P<tag>(?:he|she|they|it|we|I|[A-Z][\w'’.-]+(?:\s+[\w'’.-]+){0,6}?)\s+"
    r"(?:said|says|added|adds|wrote|writes|told|tells|stated|insisted|claimed|explained|"
    r"warned|replied|answered)\b|(?:said|says|added|wrote|writes|told)\s+)"
)
# a sentence's opener before a comma, no speaker: "Instead, ...", "Tomorrow, ...", "East of the
# city, ..."
_OPENER_WORD = compile_fast(
    r"(?:Instead|Meanwhile|However|Still|Yet|Now|Then|Later|Earlier|Today|Tomorrow|Yesterday|"
    r"Tonight|Overnight|Separately|Elsewhere|Overall|Also|Again|Otherwise|Nevertheless|"
    r"Nonetheless|Moreover|Finally|Initially|Previously|Subsequently|Afterwards|"
    r"Similarly|Likewise|Indeed|Besides|Further|Furthermore|Unlike\s[^,]+|Like\s[^,]+|"
    # "Downstream, the rising water cut off the spit, officials said"
    r"Upstream|Downstream|Upriver|Downriver|Nearby|Inland|Offshore|Abroad|Locally|"
    r"(?:North|South|East|West|North-east|North-west|South-east|South-west|Northeast|Northwest|"
    r"Southeast|Southwest)\s+of\s[^,]+)\s*$"
)
# what may follow the verb of "As X reported, ...": a time or a place, then the clause's end
_AS_VERB_TAIL = compile_fast(
    r"(?:\s+(?:on\s+\w+|earlier|yesterday|today|last\s+\w+|this\s+\w+|in\s+[^,.;]{1,40}?|"
    r"on\s+(?:its|his|her|their)\s+[^,.;]{1,30}?))?\s*[,.;]"
)
_NAME_ENDS = compile_fast(
    r",\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*(?:[,;]|\.?\s*$|\.\s)"
)
_APPOS_NAME = compile_fast(
    r"(?:\s+(?:in|of|for|on)\s+[^,;:.?!\"“”]{1,50}?)?,\s+"
    # "..., according to the regional governor, Vyacheslav Gladkov.": the name may end it
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})(?:,|;|\.?\s*$|\.\s)"
)
# a transcript's turn under the speaker's surname in capitals: "KOTIN: ...", "O'BRIEN: ..."
_CAPS_TURN = compile_fast(r"[A-Z][A-Z'’-]{2,24}$")
# capitals before a colon that head a line but name no one: "UPDATE: ...", "BREAKING: ..."
_CAPS_RUBRICS = frozenset(
    "UPDATE UPDATED BREAKING LIVE NOTE WARNING ALERT CORRECTION CONTEXT BACKGROUND ANALYSIS "
    "SOURCE SOURCES QUOTE EXCLUSIVE PHOTO VIDEO WATCH READ MORE SUMMARY EDITOR TRANSCRIPT "
    "INTERVIEW STATEMENT BRIEFING MOSCOW KYIV KIEV WASHINGTON LONDON GENEVA "
    # an interview's or a briefing's roles, not names: "QUESTION: ...", "MODERATOR: ..."
    "QUESTION QUESTIONS ANSWER REPORTER REPORTERS MODERATOR HOST INTERVIEWER JOURNALIST "
    "CORRESPONDENT AUDIENCE PARTICIPANT SPEAKER OPERATOR CHAIR CHAIRMAN CHAIRWOMAN PRESENTER "
    "ANCHOR TRANSLATOR INTERPRETER UNIDENTIFIED OFFICIAL SPOKESMAN SPOKESWOMAN".split()
)


def _is_caps_turn(np: str) -> bool:
    """Is ``np`` a transcript turn's speaker written as a surname in capitals ("HUMENIUK")?"""
    return _CAPS_TURN.match(np) is not None and np not in _CAPS_RUBRICS and not is_outlet_turn(np)


def is_outlet_turn(np: str) -> bool:
    """Is the turn label ``np`` in capitals an outlet's name ("UKRINFORM: ...", "TASS: ..."),
    its journalist asking a question of a briefing?"""
    return np in _outlet_names_upper()


@lru_cache(maxsize=1)
def _outlet_names_upper() -> frozenset[str]:
    """The outlets' names in capitals, as a transcript writes a turn's label."""
    index, _ = outlets_table()
    return frozenset(key.upper() for key in index)


def is_caps_name_turn(np: str) -> bool:
    """Is ``np`` a transcript turn's speaker in capitals: a surname ("HUMENIUK") or the full
    name a role gloss introduces ("IVAN PETROV (deputy minister): ...")?

    Parameters
    ----------
    np : str
        The speaker phrase of a turn label.

    Returns
    -------
    bool
        True for a capitalised name that is no rubric ("UPDATE", "QUESTION").
    """
    if _CAPS_TURN.match(np) is not None:
        return np not in _CAPS_RUBRICS and not is_outlet_turn(np)
    return _CAPS_FULL_NAME.fullmatch(np) is not None and not _CAPS_RUBRICS.intersection(np.split())


# a press transcript's first turn of a speaker: the full name in capitals with a role gloss,
# "IVAN PETROV (deputy minister of defence): ...", "OLENA KOVAL (mayor), speaking on TV: ..."
_CAPS_FULL_NAME = compile_fast(r"[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’.-]+){1,3}")
_CAPS_GLOSS_TURN = compile_fast(
    r"(?P<np>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’.-]+){1,3})\s*\((?P<role>[^()]{2,160})\)"
    r"(?:,\s+(?:writing|speaking|posting|in|on)\b[^:]{0,80})?:\s"
)


# a press-conference transcript's turn: "Q: ..." (the reporter asks), "A (Surname): ..."
_QA_LEAD = compile_fast(r"(?P<q>Q|Question|A|Answer)\s*(?:\((?P<np>[^()]{2,50})\)\s*)?:\s")


def _qa_turn(sentence: str) -> dict | None:
    """A transcript turn's speaker: {} for a question (the reporter's words claim nothing:
    "Q: The army says the town fell. Is that so?"), the named answerer for "A (Surname): ...",
    else None (not a turn, or an answer with no name)."""
    m = _QA_LEAD.match(sentence)
    if m is None:
        return None
    if m.group("q")[0] == "Q":
        return {}
    np = m.group("np")
    if np is None or not np_is_speaker(np):
        return None
    return {"np": np, "cue": "colon", "start": m.start("np"), "end": m.end("np")}


# an aside naming the outlet spoken to: "NAME, speaking to Suspilne, said ..."
_SPOKEN_TO_BEFORE = compile_fast(r",\s+speaking\s+(?:to|with)\s+(?:the\s+)?$")


def _not_spoken_to(sentence: str, outlet_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``outlet_spans`` less an outlet in a ", speaking to OUTLET," aside: that aside is part
    of the speaker phrase ("Viktor Trehubov, speaking to Suspilne, said"), so the phrase
    holding it is still a speaker (the outlet itself is still the relaying outlet)."""
    return [
        (a, b)
        for a, b in outlet_spans
        if not (
            sentence.startswith(",", b) and _SPOKEN_TO_BEFORE.search(sentence, max(0, a - 30), a)
        )
    ]


def unnamed_answer(sentence: str) -> bool:
    """Whether ``sentence`` is a transcript's answer turn with no name ("A: It is ours."):
    the one who answered the earlier questions by name is still answering."""
    m = _QA_LEAD.match(sentence) if sentence[:1] == "A" else None
    return m is not None and m.group("np") is None


def answer_turn(sentence: str) -> bool:
    """Whether ``sentence`` opens a transcript's answer turn, named or not ("A: ...",
    "A (Surname): ...", "Answer: ...")."""
    return sentence[:1] == "A" and _QA_LEAD.match(sentence) is not None


def _question_source(sentence: str, outlet_spans: list[tuple[int, int]]) -> dict | None:
    """The source a question turn reports: "Q (Reuters): The General Staff said the village
    had been retaken. Is that right?" quotes the General Staff (the asker's own words claim
    nothing, but a named source's statement it repeats is that source's)."""
    m = _QA_LEAD.match(sentence)
    if m is None or " sa" not in sentence:  # only a said/says report is a source's claim
        return None
    off = m.end()
    rest = sentence[off:]
    if rest[:1] in "QA":
        return None
    spans = [(a - off, b - off) for a, b in outlet_spans if a >= off]
    found = find_speaker_phrase(rest, spans)
    if found is None or found.get("cue") not in ("said", "says"):
        return None
    if split_name_role(found["np"])[2] not in ("person", "body"):
        return None  # "Q: The military now says ...": the asker's own gloss of a vague source
    return {**found, "start": found["start"] + off, "end": found["end"] + off}


# a front-line map's maker and what the map shows: "DeepState, the Ukrainian project that maps
# the front, marked X as occupied", "The DeepState monitoring group marks the fringe as a grey
# zone", "DeepState showed Y in a grey zone" (the appositive or relative clause between commas)
_MAP_SOURCE = compile_fast(
    r"(?P<np>DeepState)(?:\s+(?:monitoring|mapping)\s+(?:group|project))?"
    r"(?:,[^,;.]{3,120},)?\s+(?:(?:on|late|early)\s+\w+(?:\s+\w+)?\s+|again\s+|also\s+)?"
    r"(?:has\s+(?:not\s+|also\s+)?|had\s+(?:not\s+)?)?(?P<cue>marks|marked|shows|showed|shown)\b"
)


def map_source_phrase(sentence: str) -> dict | None:
    """The maker of a front-line map whose marks a sentence reports, as a speaker phrase
    (``np``, ``cue``, ``start``, ``end``), or None."""
    m = _MAP_SOURCE.search(sentence)
    if m is None:
        return None
    return {"np": m.group("np"), "cue": m.group("cue"), "start": m.start("np"),
            "end": m.end("np")}  # fmt: skip


def find_speaker_phrase(sentence: str, outlet_spans: list[tuple[int, int]]) -> dict | None:
    """The speaker phrase of one sentence and how it was found.

    Returns
    -------
    dict or None
        ``np`` (the phrase), ``cue`` (said / according to / citing / headline ...),
        ``start``/``end`` of the phrase in the sentence.
    """
    if sentence[:1] in '"“' and (tag := _QUOTE_TAG.search(sentence, 1)) is not None:
        # '"People called and told us tanks were around," he said', '"Forty-one," said
        # Serhiy, a sergeant': the speaker the tag after the quote names, not the words in it
        off = tag.start("tag")
        spans = [(x - off, y - off) for x, y in outlet_spans if x >= off]
        found = find_speaker_phrase(sentence[off:], spans)
        if found is not None:
            return {**found, "start": found["start"] + off, "end": found["end"] + off}
    if outlet_spans and "speaking" in sentence:
        outlet_spans = _not_spoken_to(sentence, outlet_spans)
    if outlet_spans and sentence[:1].isupper() and ") " in sentence[:60]:
        # "KYIV, Ukraine (AP) - Ukraine said ...": the agency of the dateline is no part of
        # the speaker phrase after it
        dl = _AGENCY_DATELINE.match(sentence)
        if dl is not None:
            outlet_spans = [sp for sp in outlet_spans if sp[0] >= dl.end()]
    if sentence[:1] in "QA":
        qa = _qa_turn(sentence)
        if qa is not None:
            return qa or _question_source(sentence, outlet_spans)
    cands = []
    # "Quoting the DPR's mission to the JCCC, TASS reports that ...": the one quoted speaks
    m = _QUOTING_LEAD.match(sentence) if sentence[:1] in "QC " else None
    if m:
        c = _speaker(m.group("np"))
        if c and not _in_outlet(*m.span("np"), outlet_spans):
            cands.append((m.start("np"), c, "citing", m.span("np")))
    # every rare cue word below holds "quot" or "cit": one cheap test for most sentences
    cites = "quot" in sentence or "cit" in sentence
    has_quoted = cites and (" quote" in sentence or " cited" in sentence or " cites" in sentence)
    # "X was quoted by TASS as saying"
    for m in QUOTED_BY.finditer(sentence) if has_quoted else ():
        c = _speaker(m.group("np"))
        a = m.start("np")
        if c is None and "," in m.group("np"):
            # "In Kherson, Saldo was quoted ...": the words after the last comma
            a = m.start("np") + m.group("np").rindex(",") + 1
            c = _speaker(sentence[a : m.end("np")])
        if c:
            cands.append((a, c, "quoted", (a, m.end("np"))))
    # "RIA Novosti quoted him as saying"
    for m in QUOTED_PRONOUN.finditer(sentence) if has_quoted else ():
        np = {"him": "he", "her": "she", "them": "they"}.get(m.group("np"), m.group("np"))
        office = _OFFICE_OF.search(sentence, max(0, m.start() - 80), m.start())
        if office is not None and np in ("he", "she"):
            # "Zelenskyy's office quoted him as saying": the one whose office it is
            c = _speaker(office.group("name"))
            if c:
                cands.append((office.start(), c, "quoted", office.span("name")))
                continue
        c = _speaker(np)
        if c and not _in_outlet(*m.span("np"), outlet_spans):
            cands.append((m.start("np"), c, "quoted", m.span("np")))
    # "The loss was confirmed by former commander X": the agent of a passive statement
    if " by " in sentence and any(g in sentence for g in _PASSIVE_BY_GATE):
        for m in PASSIVE_BY.finditer(sentence):
            c = _speaker(m.group("np"))
            if c and not _in_outlet(*m.span("np"), outlet_spans) and not _PRONOUN.match(c):
                cands.append((m.start("np"), c, "passive", m.span("np")))
    for m in QUOTES_WHO.finditer(sentence) if cites and " who" in sentence else ():
        c = _speaker(m.group("np"))
        if c and not _in_outlet(*m.span("np"), outlet_spans):
            cands.append((m.start("np"), c, "quoted", m.span("np")))
    # "TASS reported, citing the Russian defence ministry"
    citing = cites and ("citing" in sentence or "quoting" in sentence)
    for m in OUTLET_CITING.finditer(sentence) if citing else ():
        c = _speaker(m.group("np"))
        if c:
            cands.append((m.start("np"), c, "citing", m.span("np")))
    for m in CITING_APPOS.finditer(sentence) if citing and not cands else ():
        c = _speaker(m.group("np"))
        if c and not _in_outlet(*m.span("np"), outlet_spans):
            # before the outlet's own subject phrase, which would otherwise come first
            cands.append((0, c, "citing", m.span("np")))
    # "According to X" (listed after the above): looked for once it can matter
    according = None
    # subject + speech verb: "X, the governor, said"
    said: list[tuple] = []
    any_verb = False
    asked_end = (
        sentence.find(", ") if sentence.startswith(("Asked ", "When asked ", "Asked,")) else -1
    )
    for vstart, verb_start, vend, verb in _speech_verbs(sentence):
        any_verb = True
        if vstart < asked_end:
            # "Asked whether Moscow recognised the borders they claim, X said": the question's
            # own words, not who answers it
            continue
        if verb in ("called", "calls") and _NOT_SPEECH_AFTER.match(sentence[vend:]):
            continue
        if verb == "call" and not sentence.startswith(" on ", vend):
            continue
        if verb == "thanks" and sentence.startswith(" to ", vend):
            continue  # "held thanks to the reinforcements": no one thanks anyone
        if (
            verb in ("claims", "reports")
            and _NOUN_AFTER.match(sentence, vend) is not None
            and _DETERMINER_BEFORE.search(sentence, max(0, vstart - 40), verb_start) is not None
        ):
            continue  # "the Russian claims about Spirne are unconfirmed": a noun, no statement
        if verb in _TOLD_TO and sentence.startswith(" to ", vend):
            continue  # "Glushkovo district told to leave": told, not telling
        if verb in ("calls", "called") and sentence[max(0, vstart - 40) : vstart].endswith(
            _AS_NAMING
        ):
            continue  # "Svyatogorsk, as Russia calls the town": a name, not a statement
        if (
            verb in ("said", "say")
            and _NOT_SAID.search(sentence, vstart, verb_start + 1)
            and _WH_NEXT.match(sentence, vend)
        ):
            continue  # "Ukraine has not said how far it will advance": no statement
        if verb in ("said", "says") and _NOTHING_NEXT.match(sentence, vend):
            continue  # "Kyiv has said little about the operation": no statement either
        if verb in _NO_COMMENT and _NOT_SAID.search(sentence, vstart, verb_start + 1):
            continue  # "The Kremlin has not commented", "did not respond": silence
        if (
            verb in ("confirm", "confirmed")
            and _NOT_SAID.search(sentence, vstart, verb_start + 1)
            and _CONFIRMED_NOTHING.match(sentence, vend)
            and not sentence.endswith((" and ", " but "), 0, vstart)
        ):
            continue  # "Kyiv has not confirmed the claim.": silence, unless another verb spoke
        if verb in _AFTER_TO_ONLY and not sentence.endswith("to ", 0, verb_start):
            # only "continued to report": "a UN report said" is a noun; "continued to describe
            # the withdrawal as a regrouping" (not "asked them to describe")
            continue
        if verb in _ACCOUNT_VERBS and not _ACCOUNT_OBJ.match(sentence, vend):
            continue  # "gave them shelter": no statement; "gave a different account": one
        if verb in ("offered", "offers") and not _OFFERED_CONTENT.match(sentence, vend):
            # "offered a darker picture, complaining that ...": the account is given; "offered
            # a very different account of the attack." only announces one
            continue
        if verb == "echoed" and not _ECHOED_OBJ.match(sentence, vend):
            continue  # "Explosions echoed across the city": no statement
        if verb in ("framed", "frames") and not _FRAMED_AS.match(sentence, vend):
            continue  # "windows framed in oak": no statement
        if verb == "declined" and not _DECLINED_TO.match(sentence, vend):
            continue  # "output declined", "declined an invitation": no statement
        if verb in ("put", "puts") and not _PUT_AT.match(sentence, vend):
            continue  # "put pressure on the flank": no statement; "put losses at 400": one
        if verb == "issued" and not _ISSUED_OBJ.match(sentence, vend):
            continue  # "Passes issued to residents": no statement; "issued a denial": one
        if verb == "published" and not _PUBLISHED_OBJ.match(sentence, vend):
            continue  # "Photographs published on Friday showed": a participle
        if (
            vstart < verb_start
            and _PASSIVE_AUX.search(sentence, vstart, verb_start)
            or _BY_NEXT.match(sentence, vend)
        ):
            # "Strikes are now also reported in Lviv", "Videos posted by soldiers showed":
            # the subject is what was said, not who said it
            continue
        head = sentence[:vstart]
        # clause start: sentence start, or after a closing quote / comma (trailing attribution)
        for s0 in _clause_starts(head):
            if vstart - s0 > 220:
                continue
            if head.startswith(("and ", "but "), s0) and head[s0 - 2 : s0] == ", ":
                # "Russian forces advanced, and the Russian MoD claimed that ...": the clause's
                # subject after its conjunction
                s0 += 4
            if verb not in _NAMING_VERBS and head.endswith(" what ", 0, s0):
                continue  # "Nobody knows what the minister said": no statement reported
            np = head[s0:]
            if (
                not s0
                and ", " in np
                and (
                    sentence.startswith(",", vend)
                    or _OPENER_WORD.match(np.split(",", 1)[0]) is not None
                    # "Easter, and Turkey said its diplomats had returned": the second clause's
                    # (not two speakers with their roles: "The governor, X, and the mayor, Y,
                    # both said")
                    or (", and " in np or ", but " in np)
                    and np.count(",") == 1
                )
            ):
                # "Battlegroup South, the ministry said, improved its position": the speaker is
                # the phrase between the commas; "Instead, Russia's defence ministry repeated",
                # "East of the city, the administration said": an opener, then the subject
                continue
            if (
                np[:3] in ("As ", "as ")
                and np[3:4].isupper() | np.startswith("the ", 3)
                and _AS_VERB_TAIL.match(sentence, vend) is not None
            ):
                # "As Operational Command South reported, ...", "..., as the General Staff
                # said on Friday.": the one named between "as" and the verb
                s0, np = s0 + 3, np[3:]
            if (", which " in np or ", who " in np) and "," not in np[
                max(np.rfind(", which "), np.rfind(", who ")) + 2 :
            ]:
                # "Russian units in Lyman, which Ukraine says it took, fell back": the verb is
                # the relative clause's, its subject after "which" (not "X, who heads the
                # region, said": a clause closed before the verb)
                continue
            relay = _RELAYED_BY.search(np)
            if relay:  # "Spokesman Igor Konashenkov, quoted by Interfax, said"
                np = np[: relay.start()]
            c = _speaker(np)
            if c is None and np.strip() in _BARE_BODIES and _PLACE_OPENER.match(head[:s0]):
                # "In Chernihiv, further north, officials said": the town's own officials
                c = np.strip()
            if c and head.endswith(", which ", 0, s0) and _NO_CLAUSE_NEXT.match(sentence, vend):
                # "which the Air Force said involved 30 drones", "which the ministry said its
                # troops had taken": a clause follows what was said; "Marinka, which Russia
                # claimed in December": a claim to a place, no statement
                continue
            if c and not _in_outlet(s0, s0 + len(np), outlet_spans):
                # a trailing attribution must end the clause ("..., Haidai said."), unless
                # what precedes is a short opener ("Hours earlier, X told ...")
                # after a semicolon a new clause starts: "...; officials said that ...", and
                # after a colon too: "Background: Denis Pushilin, ..., told TASS that ..."
                if (
                    s0 > 0
                    and not _OPENER.match(head[:s0])
                    and not _PLACE_OPENER.match(head[:s0])
                    and head[:s0].rstrip()[-1:] not in (";", ":")
                    # "..., where the deputy minister, X, said Russia would ...": a relative
                    # clause of place opens a clause of its own, its subject the speaker
                    and not head.endswith(", where ", 0, s0)
                ):
                    if (
                        ", " in c
                        and not _QUOTE_END.search(head, max(0, s0 - 6), s0)
                        and not _APPOS_TRAIL.match(c)
                        and not _is_name_then_role(c)
                    ):
                        continue
                    tail = sentence[vend:].strip()
                    if not (
                        len(tail.split()) <= 8
                        # '"...," X told reporters after meeting his counterpart in Y, ...':
                        # a clause right after a closing quote attributes the quote
                        or _SPOKEN_QUOTE_END.search(head, max(0, s0 - 7), s0)
                        # "..., X said after the meeting at the palace, while Y insisted ...":
                        # a short adverbial, then the next clause
                        or _SHORT_TAIL_CLAUSE.match(tail)
                        or _MEDIUM_TAIL.match(tail)
                        or tail[:1] in ',.;:"“”'
                        or _TAIL_THAT.match(tail)
                        or _titled_name(c)
                        # "Our correspondent notes that Russian forces had already claimed X":
                        # the reported clause's own speaker, the one before it being none
                        or _VERB_THAT_BEFORE.search(head, 0, s0) is not None
                    ):
                        continue
                said.append((s0, c, verb, (s0, s0 + len(np.rstrip()))))
                break
        if not said and head.endswith((" and ", " but ")) and vstart < 200:
            # "President Zelenskyy thanked the soldiers ... and said", "X did not comment but
            # said": the subject of both verbs
            said = [(a, c, verb, span) for a, c, _, span in _subject(head[:-5], outlet_spans)]
        if not said and head.endswith(" to ") and vstart < 200:
            # "President X used his nightly address to say ...", "the governor took to Telegram
            # to deny ...": the subject of the frame says it
            frame = _PURPOSE_FRAME.search(head)
            c = _speaker(head[: frame.start()]) if frame is not None else None
            if c and not _in_outlet(0, frame.start(), outlet_spans):
                said = [(0, c, verb, (0, frame.start()))]
        if not said and verb in ("telling", "saying") and vstart < 200 and _SHOWN.search(head):
            # "Shoigu was shown on state television telling Putin that ...": the one shown
            said = [(a, c, verb, span) for a, c, _, span in _subject(head, outlet_spans)]
        if said or cands:
            break
        if according is None:
            according = _according_phrases(sentence, outlet_spans)
        if according:
            break
    # a phrase at the sentence start comes first (candidates are sorted stably by start)
    at_start = bool(said and said[0][0] == 0 or cands and any(c[0] == 0 for c in cands))
    if according is None:
        # only an "according to" there could come before it
        according = _according_phrases(sentence, outlet_spans, at_start)
    at_start = at_start or bool(according and according[0][0] == 0)
    cands += according
    cands += said
    # '"...", said X.' (an inverted verb is also a VERB_RX match: none, nothing to look for;
    # its phrase follows the verb, so it never comes before a phrase at the sentence start)
    for a, b in _inverted_phrases(sentence) if any_verb and not at_start else ():
        if sentence.startswith(",", b):
            # '"...," said the head of the regional administration, Oleh Syniehubov.': the
            # role, then the name of the one who holds it
            nm = _NAME_ENDS.match(sentence, b)
            if nm and not _ROLE_HEADS.isdisjoint(sentence[a:b].lower().split()):
                b = nm.end("name")
            elif (app := _INVERTED_ROLE.match(sentence, b)) is not None:
                # '"...," said Ivan Petrenko, a Ukrainian police sergeant.': the name, then the
                # role that gives the side (not a clause: ", adding that ...")
                name, role, kind = split_name_role(sentence[a : app.end()])
                if kind == "person" and role and split_name_role(sentence[a:b])[2] == "person":
                    b = app.end()
        c = _speaker(sentence[a:b])
        if c and not _in_outlet(a, b, outlet_spans) and not _PRONOUN.match(c):
            cands.append((a, c, "said", (a, b)))
    # "the statement of X comes as ..." (the narrator reporting on X)
    if (
        not cands
        and (" of " in sentence or " by " in sentence or " from " in sentence)
        and _has_statement_noun(sentence)
    ):
        for m in POSSESSIVE_STMT.finditer(sentence):
            a, b = m.span("np")
            app = _STATEMENT_ROLE.match(sentence, b)
            if app is not None and split_name_role(sentence[a:b])[2] == "person":
                # "press briefing by NAME, head of the Kharkiv regional military
                # administration, Kharkiv, 20 May": the role after the name, up to its comma
                name, role, kind = split_name_role(sentence[a : app.end()])
                if kind == "person" and role:
                    b = app.end()
            c = _speaker(sentence[a:b])
            if c and not _in_outlet(a, b, outlet_spans):
                cands.append((a, c, "statement", (a, b)))
    if not cands and (", which " in sentence or ", who " in sentence):
        # "... was made by the Russian Defence Ministry, which said units had ...": the one
        # the relative clause's speech verb is said of
        for m in _RELATIVE_SPEAKER.finditer(sentence):
            c = _speaker(m.group("np"))
            if c and not _in_outlet(*m.span("np"), outlet_spans) and not _PRONOUN.match(c):
                cands.append((m.start("np"), c, "said", m.span("np")))
                break
    if not cands and ", saying" in sentence:
        cands = _saying_subject(sentence, outlet_spans)
    if not cands and ", speaking " in sentence:
        # "X was the first to make the allegation, speaking in the Duma": the subject spoke
        m = _SPEAKING_AT.search(sentence)
        if m is not None:
            cands = _subject(sentence[: min(m.start(), 160)], outlet_spans)
    if not cands and "ing " in sentence and " with " in sentence:
        # "Moscow rejected blame, with Foreign Minister X insisting the building was empty":
        # the one named in the "with" clause says it
        for m in _WITH_PARTICIPLE.finditer(sentence):
            c = _speaker(m.group("np"))
            if c and not _in_outlet(*m.span("np"), outlet_spans):
                cands.append((m.start("np"), c, "saying", m.span("np")))
                break
    if ":" in sentence[:200] and (not cands or all(_PRONOUN.match(c[1]) for c in cands)):
        # "Vadym Filashkin, head of the regional administration (Telegram, Monday): the ...";
        # the line's speaker, not a later "he" ("Governor X: repeats ...; he said ...")
        # "7) Kherson governor X: ...", a live-blog time left as spaces, "🔹 General Staff: 36
        # clashes ...": the line's own start, after numbers and a digest's bullets
        off = _COLON_LEAD.match(sentence).end()
        rest = sentence[off:]
        lead = off + len(rest) - len(rest.lstrip(_BULLET_CHARS))
        m = _SPEAKER_COLON.match(sentence[lead:]) if lead < 200 else None
        np = m.group("np").strip() if m else ""
        span = (m.start("np") + lead, m.end("np") + lead) if m else (0, 0)
        cite = _COLON_CITING.search(np) if "cit" in np or "quot" in np else None
        if cite is not None:
            # "LIGA.net, citing a source in the General Staff (...):": the one cited speaks
            np = np[cite.end() :]
            span = (span[0] + cite.end(), span[1])
        # "Synehubov, in a later post:": a name framed as speaking needs no role word
        frame = _COLON_FRAME.search(np) if ", " in np else None
        source = _COLON_FROM.match(np) if " from " in np else None
        if source is not None:
            # "Evening tally from Vereshchuk:": the one the figures are from speaks
            np = np[source.end() :]
            span = (span[0] + source.end(), span[1])
        if frame is not None:
            np = np[: frame.start()]
            span = (span[0], span[0] + len(np))
        gloss = _CAPS_GLOSS_TURN.match(sentence) if lead == 0 and "(" in sentence[:60] else None
        if (
            gloss is not None
            and is_caps_name_turn(gloss.group("np"))
            # a role in the gloss ("deputy minister", "head of the X"), not "KEY POINTS
            # (updated hourly):"
            and (_HEAD_NOUN.search(gloss.group("role")) or _ORG_WORD.search(gloss.group("role")))
        ):
            # "IVAN PETROV (deputy minister), writing on Telegram: ...": the named turn
            cands = [(0, gloss.group("np"), "colon", gloss.span("np"))]
        # one word only when it is a known person's name ("Kim: rescuers are working") in a
        # sentence, or a known speaker after a bullet ("🔸 Kremlin: ..."), not a "Zelensky:
        # flag raised over X" headline
        c = (
            _speaker(np)
            if " " in np
            or np
            and (
                sentence.rstrip().endswith((".", "!", "?", '"', "”"))
                and (
                    _is_known(np, person=True)
                    or frame is not None
                    and _PERSON_NAME.match(np)
                    or lead == 0
                    and _is_caps_turn(np)
                )
                or lead > 0
                and _is_known(np)
            )
            else None
        )
        # a person with a role, a body or a known speaker, not a rubric ("Context:", "LIVE:")
        if (
            gloss is None
            and c
            and (
                _HEAD_NOUN.search(c)
                or _ORG_WORD.search(c)
                or lookup_speaker(c)
                or (frame or source) is not None
                or lead == 0
                and _is_caps_turn(c)
            )
            and not _in_outlet(*span, outlet_spans)
        ):
            cands = [(0, c, "colon", span)]
    if not cands:
        return None
    if len(cands) > 1:
        cands.sort(key=lambda c: c[0])
    start, np, cue, span = cands[0]
    if np[:4] in ("the ", "The ") and span[0] > 0:
        # "Rescuers of the State Emergency Service are at work, the service said": the body
        # the sentence named before, by its head noun
        body = _named_body_before(sentence, np, span[0])
        if body is not None:
            return {"np": body.group("np"), "cue": cue, "start": body.start("np"),
                    "end": body.end("np")}  # fmt: skip
    return {"np": np, "cue": cue, "start": span[0], "end": span[1]}


# a body named in capitals, up to its head noun: "the State Emergency Service"
_NAMED_BODY = compile_fast(
    r"\b(?P<np>(?:[A-Z][\w'’.-]*\s+){1,5}(?P<head>Service|Ministry|Agency|Office|Command|"
    r"Administration|Council|Committee|Company|Operator|Mission|Police|Directorate|Commission|"
    r"Staff|Guard))\b"
)
_BODY_HEADS = frozenset(
    "service ministry agency office command administration council committee company operator "
    "mission police directorate commission staff guard".split()
)


def _named_body_before(sentence: str, np: str, end: int) -> re.Match | None:
    """The last body named in capitals before ``end`` whose head noun is the one of ``np``,
    a definite "the service" / "the ministry" (None when ``np`` is no such phrase)."""
    words = np.split()
    if len(words) != 2 or words[1] not in _BODY_HEADS:
        return None
    found = None
    for m in _NAMED_BODY.finditer(sentence, 0, end):
        if m.group("head").lower() == words[1]:
            found = m
    return found


_COLON_LEAD = compile_fast(r"\s*(?:\d{1,2}[).]\s+)?")
_COLON_FRAME = compile_fast(
    r",\s+(?:in|on)\s+(?:a|an|his|her|the|its)\s+(?:(?:later|new|separate|further|second|"
    r"evening|morning|video)\s+)?(?:post|video|statement|message|update|address)$"
)
_COLON_CITING = compile_fast(r"^[^,]{2,40},\s+(?:citing|quoting)\s+")
# a live-blog label naming whose figures follow: "Evening tally from Vereshchuk:", "Update
# from the governor:", "Latest figures from the State Emergency Service:"
_COLON_FROM = compile_fast(
    r"^(?:(?:latest|evening|morning|daily|new|night|an?|the)\s+)*"
    r"(?:tally|update|figures|numbers|word|message|readout|count)\s+from\s+(?=\S)",
    re.I,
)


_BULLET_CHARS = " \t•▪●◦*-" + _EMOJI_BULLETS


def _is_known(np: str, person: bool = False) -> bool:
    """Is ``np`` one of the names of a curated speaker ("Kremlin", "Zelensky"), with
    ``person``: of a curated person, written with its capital ("Kim")?"""
    if person and not np[:1].isupper():
        return False
    rec = lookup_speaker(np)
    return rec is not None and (not person or rec["kind"] == "person") and is_alias(np, rec)


_NOT_SAID = compile_fast(r"\b(?:not|n['’]t)\s")
_SHOWN = compile_fast(r"\b(?:was|were|is|are)\s+(?:shown|seen|heard|filmed|recorded)\b")
_NOTHING_NEXT = compile_fast(r"\s+(?:little|nothing|almost nothing)\b")
# (and "Kyiv has not claimed the strike": no claim made)
_NO_COMMENT = frozenset(("commented", "responded", "replied", "claimed", "claim"))
# what ends a sentence of no confirmation: "Kyiv has not confirmed.", "Officials did not
# confirm the claim." (not "did not confirm which weapons were used": that says something)
_CONFIRMED_NOTHING = compile_fast(
    r"\s*(?:(?:the|this|that|these|those|it|its|their|his|her|any|such)\b[^,;:.?!]{0,30})?"
    r"[.;!]?\s*$"
)
_WH_NEXT = compile_fast(r"\s+(?:how|whether|when|what|where|why|if|who|which)\b")
_QUOTING_LEAD = compile_fast(r"^\s*(?:Quoting|Citing)\s+(?P<np>[^,;:.?!\"“”]{2,100}),\s")
# where a second statement may start after the first speaker's: "; ", ", and ", ", but ",
# ", while "
# (", which the Russian ministry said its troops had taken": a relative clause's own speaker)
# the main clause's speaker after a relative clause of place: ", Andriy Kovalenko, head of
# Ukraine's Centre for Countering Disinformation, said"
_MAIN_AFTER_WHERE = compile_fast(
    r"[,”\"]\s+(?P<np>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:,\s+[^,;:\"“”]{3,90},)?)\s+"
    r"(?P<verb>said|says|told|wrote|writes|added|claimed|claims|stated|reported)\b"
)
_SECOND_CLAUSE = compile_fast(r"(?:;|,\s+(?:and|but|while|whereas|which|where)|,?\s+after)\s+")
# the same without its "after" branch, for a sentence with no "after": led by "[;,]" only, sre
# jumps from one of those to the next instead of trying every whitespace (same matches)
_SECOND_CLAUSE_NO_AFTER = compile_fast(r"(?:;|,\s+(?:and|but|while|whereas|which|where))\s+")
_SECOND_GATE = (
    "; ", ", and ", ", but ", ", while ", ", whereas ", " after ", ", which ", ", where ",
)  # fmt: skip


def second_speaker_phrase(
    sentence: str, found: dict, outlet_spans: list[tuple[int, int]]
) -> dict | None:
    """A second speaker of a sentence, opening a later clause with its own speech verb
    ("X said ..., and Chechen leader Ramzan Kadyrov wrote ...", "Kyiv denies it; adviser
    Mykhailo Podolyak has said ..."), as :func:`find_speaker_phrase` gives it, with
    ``clause``, where that clause starts; None if there is none."""
    if sentence.endswith(", where ", 0, found["start"]):
        # "In Kursk, where X wrote that ..., Y, head of Z, said that ...": the relative clause
        # of place held X's statement; the main clause after it is Y's
        m = _MAIN_AFTER_WHERE.search(sentence, found["end"])
        if m is not None:
            c = _speaker(m.group("np"))
            if c and not _in_outlet(*m.span("np"), outlet_spans) and not _PRONOUN.match(c):
                return {"np": c, "cue": m.group("verb"), "start": m.start("np"),
                        "end": m.end("np"), "clause": m.start("np")}  # fmt: skip
    if not any(g in sentence for g in _SECOND_GATE):
        return None
    rx = _SECOND_CLAUSE if "after" in sentence else _SECOND_CLAUSE_NO_AFTER
    for i, m in enumerate(rx.finditer(sentence, found["end"])):
        if i == 3:
            break  # a long list of clauses: no more scans
        p = m.end()
        sub = sentence[p:]
        spans = [(a - p, b - p) for a, b in outlet_spans if a >= p]
        f = find_speaker_phrase(sub, spans)
        if f is None or f["start"] != 0 or f["cue"] in ("colon", "statement"):
            continue
        if _PRONOUN.match(f["np"]):
            return None  # "..., and he added": the same speaker
        if m.group(0).rstrip()[-5:] in ("which", "where"):
            # a relative clause speaks only as "which X said ...": the verb right after the
            # speaker, and not "which Moscow claimed to have annexed" (a claim to a thing)
            vm = _VERB_NEXT.match(sub, f["end"])
            if vm is None or sub.startswith(" to ", vm.end()):
                continue
        return {**f, "start": f["start"] + p, "end": f["end"] + p, "clause": p}
    return None


# a capitalised speaker, then a relative clause with a speech verb: "the Russian Defence
# Ministry, which said ...", "Governor X, who wrote on Telegram that ..."
_RELATIVE_SPEAKER = compile_fast(
    r"(?P<np>(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}?[A-Z][\w'’.-]*),\s+(?:which|who)\s+"
    rf"{_AUX}(?:said|says|claimed|claims|reported|reports|wrote|writes|announced|stated|added)\b"
)
_VERB_NEXT = compile_fast(rf"\s*{_AUX}(?:{SPEECH_VERB})\b")
# what follows "which X claimed" when no clause does: a time, a place, the end of the clause
_NO_CLAUSE_NEXT = compile_fast(
    r"\s*(?:[,.;:)]|$|(?:in|on|at|during|since|last|earlier|this|to|as|back|early|late|"
    r"before|after|from|by)\b)"
)


# base forms that are a statement only as an infinitive: "continued to report", "used the
# address to announce" (not "a UN report said", "the right to deny")
_AFTER_TO_ONLY = frozenset(("report", "describe", "announce", "deny", "declare"))
# a frame whose infinitive is the statement: "used his address to", "took to Telegram to",
# "went on national television to", "appeared on state TV to"
_PURPOSE_FRAME = compile_fast(
    r"\s+(?:(?:has|had|have|also|again|then)\s+)*(?:used|uses|took\s+to|takes\s+to|went\s+on|"
    r"goes\s+on|went\s+to|turned\s+to|appeared\s+on|appears\s+on|seized\s+on)\s+"
    r"(?:(?:his|her|its|their|the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?(?:address|speech|statement|"
    r"briefing|interview|post|video|message|remarks|(?:press\s+)?conference|appearance|"
    r"Telegram|Facebook|Twitter|X|YouTube|television|TV|radio|media|airwaves|channel|website)"
    # ("used a press conference in Brussels to urge ...")
    r"(?:\s+(?:in|on|at|from)\s+[^,;:.?!\"“”]{1,40}?)?\s+to\s+$"
)
_TOLD_TO = frozenset(("told", "asked", "urged", "advised", "instructed", "recommended"))
# "X, as Russia calls it" / "as the Kremlin calls its war": the words before such a "calls"
_AS_NAMING = tuple(
    f"as {w}{sp}" for w in ("Russia", "Moscow", "Ukraine", "Kyiv", "Kiev", "Russians",
                            "Ukrainians", "the Kremlin", "Russian media", "Russian officials",
                            "the Russians", "the Ukrainians", "locals", "residents")
    for sp in (" ", "")
)  # fmt: skip
# "published" as a speech verb has an object: "published a video", "published footage"
_PUBLISHED_OBJ = compile_fast(
    r"\s+(?:a|an|the|its|his|her|their|what|"
    # ("published drone footage of what it said was ...": a word on the footage)
    r"(?:[\w-]+\s+)?(?:footage|photos|photographs|videos?|images|pictures|data|figures|details))\b"
)
_ISSUED_OBJ = compile_fast(
    r"\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|clarification|"
    r"denial|correction|rebuttal|update|communiqu[eé]|announcement|warning|appeal)\b"
)
# "framed the withdrawal of its troops as a regrouping": an account given
_FRAMED_AS = compile_fast(r"\s+(?:the|its|his|her|their|this|that|it)\b[^.;:\"“”]{0,80}?\sas\s")
# "declined to confirm the crossing", "declined to comment on": a refusal stated
_DECLINED_TO = compile_fast(
    r"\s+to\s+(?:confirm|comment|say|give|disclose|specify|name|speculate|discuss|elaborate|"
    r"deny|provide)\b"
)
# "X echoed him", "echoed the minister's remarks": agreement with a statement
_ECHOED_OBJ = compile_fast(
    r"\s+(?:him|her|them|that|those|these|(?:the|his|her|their|its|[A-Z][\w'’.-]*['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:view|call|remarks|comments|words|position|assessment|warning|"
    r"claim|statement|line|concern|demand|appeal)s?)\b"
)
# "put Russian military deaths at more than 42,000": an estimate, the figure after "at"
_PUT_AT = compile_fast(
    r"\s+(?:[\w'’-]+\s+){1,5}?at\s+(?:(?:about|around|roughly|some|nearly|almost|over|"
    r"more\s+than|at\s+least|least|up\s+to|well\s+over)\s+)*\d"
)
# "X gave a sharply different picture", "painted a grim picture": an account given ("offered"
# needs more, its account's content: _OFFERED_CONTENT, a match of which _ACCOUNT_OBJ matches)
_ACCOUNT_VERBS = frozenset(("gave", "gives", "painted", "paints"))
_ACCOUNT_OBJ = compile_fast(
    r"\s+(?:a|an|its|his|her|their|no)\s+(?:[\w-]+\s+){0,3}?(?:account|picture|version|"
    r"assessment|description|explanation|figure|toll|estimate)s?\b"
)
_VERB_THAT_BEFORE = compile_fast(rf"\b(?:{SPEECH_VERB})\s+that\s+$")
_OFFERED_CONTENT = compile_fast(
    r"\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:account|picture|version|assessment)"
    r"\b[^.;:]{0,60}?(?:,\s+(?:saying|complaining|arguing|insisting|claiming|warning|noting|"
    r"writing)\b|:)"
)
# a statement introduced by its speaker and a colon, the source in brackets
_SPEAKER_COLON = compile_fast(
    # the name may be followed by its own script and the channel: "Deputy Minister Hanna
    # Maliar (Ганна Маляр), on Telegram:" ending a line that introduces the quote below it
    # (a transcript turn's gloss may give the full name and the role: "SURNAME (Colonel General
    # NAME, head of the X Centre): ...")
    r"^(?P<np>[A-Z][^:()\d]{2,140}?(?:\s*\([^()]{1,60}\)[^:()\d]{0,60}?)??)\s*"
    # (a stage direction may open the turn: "PRESIDENT X: (through interpreter) Thank you")
    r"(?:\([^()]{1,120}\))?\s*:(?:\s+(?=[\w\"“'‘]|\([a-z])|\s*$)"
)
# where a subject may end: before an auxiliary or a verb-like word
# (the verb may be quoted, after an adverb: 'NAME "strongly condemns" the strikes, his
# spokesman said')
_SUBJECT_END = compile_fast(
    # (not an adjective after its article: "Authorities in the besieged city of X put off ...")
    r"(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bits)(?<!\btheir)"
    r"\s+(?=[\"“]?(?:[a-z]+ly\s+)?(?:(?:has|have|had|is|are|was|were|will|would|keeps?|kept|"
    r"continues?|continued|"
    r"again|also|repeatedly|rejects|denies|dismisses|accuses|blames|insists|urges|asks|warns|"
    r"did|does|do|put|sent|began|"
    r"thanks|welcomes|condemns)\b|\w+ed\b))"
)


_HE_SHE = compile_fast(r"^\s*(He|She)\s+[a-z]")


# the verbs of a "what X called ..." characterisation
_NAMING_VERBS = frozenset(("called", "calls", "described", "describes"))
# a participle saying where the subject spoke: ", speaking in parliament", ", speaking to reporters"
# (not the terms a source spoke on: "..., a commander told this newspaper, speaking on condition
# that his name not be used")
_SPEAKING_AT = compile_fast(
    r",\s+speaking\s+(?!on\s+(?:the\s+)?condition)(?:in|at|to|on|during|before|after|from)\s"
)


def _saying_subject(sentence: str, outlet_spans: list[tuple[int, int]]) -> list[tuple]:
    """ "The Moscow-installed authorities have been urging people to leave, saying ...": the
    subject of the sentence says it."""
    return _subject(sentence[: min(sentence.index(", saying"), 160)], outlet_spans)


def _subject(head: str, outlet_spans: list[tuple[int, int]]) -> list[tuple]:
    """The speaker phrase ``head`` opens with, up to its first verb, as a candidate list."""
    pm = _HE_SHE.match(head)
    if pm:
        # "He presents it as retaliation ... and warns that": whatever the first verb
        return [(pm.start(1), pm.group(1), "saying", pm.span(1))]
    for m in _SUBJECT_END.finditer(head):
        np = head[: m.start()]
        c = _speaker(np)
        if c and not _in_outlet(0, m.start(), outlet_spans):
            return [(0, c, "saying", (0, m.start()))]
    return _known_subject(head, outlet_spans)


# a lower-case word after a space: where a verb may start
_LOWER_NEXT = compile_fast(r"\s(?=[a-z])")


def _known_subject(head: str, outlet_spans: list[tuple[int, int]]) -> list[tuple]:
    """A curated speaker ``head`` opens with, ended by a verb _SUBJECT_END does not know
    ("Putin cut the report short", "Russia's Defence Ministry gave no sign"): the words
    before the first lower-case word that is no part of a role."""
    for m in _LOWER_NEXT.finditer(head, 0, 120):
        word = head[m.end() :].split(None, 1)[0].strip(",;:")
        if word in _LOWER_OK:
            continue
        c = _speaker(head[: m.start()])
        if c is None or _in_outlet(0, m.start(), outlet_spans):
            return []
        name = split_name_role(c)[0]
        rec = lookup_speaker(name)
        return [(0, c, "saying", (0, m.start()))] if rec and is_alias(name, rec) else []
    return []


def _opening_subject(head: str, outlet_spans: list[tuple[int, int]], kind: str) -> dict | None:
    """The speaker phrase of ``kind`` (person / body) that ``head`` opens with, as
    :func:`find_speaker_phrase` gives one; None if it opens with none of that kind."""
    found = _subject(head[:160], outlet_spans)
    if not found or split_name_role(found[0][1])[2] != kind:
        return None
    _, np, _, (a, b) = found[0]
    return {"np": np, "cue": "said", "start": a, "end": b}


def body_subject(head: str, outlet_spans: list[tuple[int, int]]) -> dict | None:
    """The body a sentence opens with, when ``head`` (the words before a trailing "it said")
    starts with one: "The regional administration has been urging people to leave, it said"."""
    return _opening_subject(head, outlet_spans, "body")


def person_subject(head: str, outlet_spans: list[tuple[int, int]]) -> dict | None:
    """The named person a sentence opens with, when ``head`` (the words before a "he said")
    starts with one ("Air Force commander Mykola Oleshchuk published footage of a strike
    that, he said, ...")."""
    return _opening_subject(head, outlet_spans, "person")


# a running title's serial count after a comma: "..., DAY 6", "..., Day 112 of the war"
_RUBRIC_COUNT = compile_fast(r",\s*(?:day|week|update|issue|no\.?)\s+\d{1,4}\b", re.I)
_RUBRIC_END = compile_fast(
    r"\b(?:information|news|updates?|statements?|notices?|announcements?|channels?|summary)$",
    re.I,
)


def headline_speaker(line: str) -> dict | None:
    """Speaker of a headline such as ``Evacuation 'not possible': Ukrainian governor``."""
    if len(line) > 200 or line.rstrip().endswith((".", "?", "!")):
        return None
    m = HEADLINE_COLON.search(line) or HEADLINE_LEAD.match(line)
    if not m:
        return None
    np = clean_np(m.group("np"))
    if _RUBRIC_COUNT.search(np) or _RUBRIC_END.search(np):
        # "SUMY REGION - OFFICIAL CHANNELS, DAY 6": a digest's running title; "CHERNIHIV CITY
        # COUNCIL - OFFICIAL INFORMATION": a page's rubric (the body before the dash is its
        # author, a section heading)
        return None
    if np_is_speaker(np) and (_HEAD_NOUN.search(np) or lookup_speaker(np) or _ORG_WORD.search(np)):
        return {"np": np, "cue": "headline", "start": m.start("np"), "end": m.end("np")}
    return None


# a digest's section heading: "2) Ministry of Defence of the Russian Federation — daily summary,
# Telegram.", "GENERAL STAFF OF THE ARMED FORCES OF UKRAINE": the speaker of the posts below it
_SECTION_NUMBER = compile_fast(r"^\s*(?:\d{1,2}[).]|[-•*])\s*")
# (and a relative clause describing the speaker: "NAME, mayor of X, who has been working from Y
# since ...", "the council, which runs the occupied region")
_SECTION_CUT = compile_fast(
    r"\s+[—–-]\s+|\s*\[|:\s*$|\.\s*$|,\s+(?:who|which)\s"
    # where it was posted: "1. Operational Command South (Ukraine), Facebook, 07:30"
    r"|,\s+(?:on\s+)?(?:Telegram|Facebook|Twitter|X|VKontakte|VK|Viber|Instagram|YouTube)"
    r"(?:\s+(?:channel|page|account))?\s*(?:,|$)"
)
# a person named alone in brackets after a body, ending the heading
_BRACKETED_PERSON = compile_fast(
    r"^[A-Z][^()]{2,100}\(([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
    # ... with the role after the name, and maybe when, the bracket closed or cut before where
    # it was posted: "IZIUM CITY COUNCIL (Volodymyr Matsokin, deputy mayor, Facebook, 13:40)"
    r"(?:,\s*(?P<role>[a-z][^();]{1,80}?))?(?:,\s*\d{1,2}[:.]\d{2})?"
    # (a note after a semicolon: "NAME, spokesman; remarks on national television on Sunday")
    r"(?:;\s*[^()]{1,120})?(?:\)\s*,?\s*|\s*)$"
)
_SMALL_WORDS = frozenset("of the and for in on to".split())
# a town's body written in lower case, as a heading may: "Mariupol city council", "the
# regional military administration"
_LOCAL_BODY = compile_fast(
    r"\b(?:city|town|village|settlement|municipal|regional|oblast|district)\s+(?:military\s+)?"
    r"(?:council|administration|authorities)$"
)
_INNER_BRACKETS = compile_fast(r"\s*\([^()\n]{1,120}\)")


def uncapitalised(phrase: str) -> str:
    """``phrase`` in title case when written all in capitals ("MINISTRY OF DEFENCE OF UKRAINE"
    → "Ministry of Defence of Ukraine", "PRESIDENT ZELENSKY" → "President Zelensky"), else
    as it is."""
    letters = [c for c in phrase if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return phrase
    return " ".join(
        w.lower() if i and w.lower() in _SMALL_WORDS else w.capitalize()
        for i, w in enumerate(phrase.split())
    )


# a heading line's lead naming the kind of text by whom: "Address by city mayor NAME:"
_ADDRESS_BY = compile_fast(
    r"(?:(?:Video|Evening|Morning)\s+)?(?:[Aa]ddress|[Ss]tatement|[Mm]essage|[Aa]ppeal|[Rr]emarks)"
    r"\s+(?:by|from|of)\s+(?=[A-Za-z])"
)


def section_speaker(line: str) -> dict | None:
    """The speaker a heading line names (a known speaker, a body, or a person with a role),
    as :func:`find_speaker_phrase` gives it, or None when the line is not such a heading."""
    if len(line) > 240 or "\n" in line:
        return None
    m = _SECTION_NUMBER.match(line)
    lead = m.end() if m else 0
    head = line[lead:]
    if head[:1] in "AMSVR" and (by := _ADDRESS_BY.match(head)) is not None:
        # "Address by city mayor NAME:", "Statement by the head of X:": who speaks below
        lead += by.end()
        head = head[by.end() :]
    cut = _SECTION_CUT.search(head)
    if cut is not None:
        head = head[: cut.start()]
    person = _BRACKETED_PERSON.search(head)
    if (
        person is not None
        and split_name_role(person.group(1))[2] == "person"
        # (not the outlet that relayed it: "NAME, 27 February (Radio Svoboda)"; nor a gloss of
        # a place in a person's title: "NAME, mayor of Біла Церква (Bila Tserkva)")
        and find_outlet(person.group(1))[0] is None
        and "," not in head[: person.start(1)]
        # (a body in capitals too: "IZIUM CITY COUNCIL (NAME, deputy mayor)")
        and _ORG_WORD.search(uncapitalised(head[: person.start(1)])) is not None
    ):
        # "Mykolaiv Regional Military Administration (Vitaliy Kim)": the person the body's
        # post speaks for, named alone in the brackets
        role = person.group("role")
        if role is not None and " of " not in role and role.islower():
            # "TAVRIIA DEFENCE FORCES PRESS CENTRE (NAME, spokesman)": the body's spokesman,
            # whose side the body tells
            body = uncapitalised(head[: person.start(1)].rstrip(" ("))
            role = f"{role} of the {body}" if body else role
        np = person.group(1) + (f", {role}" if role else "")
        return {"np": np, "cue": "section", "start": lead, "end": lead + len(head)}
    # "Russian Ministry of Defence (General NAME, head of X), statement issued on Monday": the
    # bracketed gloss names no other speaker, and a long title may follow the name
    head = _INNER_BRACKETS.sub("", head).strip()
    if len(head) > 160:
        # "NAME, Deputy Prime Minister and Minister for ..., Telegram, Thursday morning": the
        # name and the role, not where and when it was posted
        head = ",".join(head.split(",")[:2]).strip()
    if not head or len(head) > 160:
        return None
    head = uncapitalised(head)
    np = clean_np(head)
    if not np_is_speaker(np) and "," in np:
        # "NAME, Deputy Prime Minister and Minister for X, Telegram, Thursday morning": too
        # long for a phrase, yet a known speaker before its first comma is the heading's
        first = np.split(",")[0].strip()
        np = first if lookup_speaker(first) else np
    if not np_is_speaker(np) or _PRONOUN.match(np):
        return None
    bare = _TRAILING_BRACKETS.sub("", np.split(",")[0])
    if not (
        lookup_speaker(np)
        or _ORG_WORD.search(bare)
        or _LOCAL_BODY.search(bare)
        or "," in np
        and _HEAD_NOUN.search(np)
    ):
        return None
    return {"np": np, "cue": "section", "start": lead, "end": lead + len(head)}


# the words of a body named by its kind alone: "MoD", "the Defense Ministry", "the ministry"
_GENERIC_BODY_WORDS = frozenset("ministry defence mod of the general staff".split())


def generic_body(name: str, key: frozenset[str] | None = None) -> frozenset[str] | None:
    """The kind words of a body named by its kind alone ("Defense Ministry" → {defence,
    ministry}), or None; with ``key``, whether the (fuller) ``name`` holds those words
    ("Russian Defence Ministry" holds {defence, ministry})."""
    words = _fold(name).replace("defense", "defence").split()
    words = [w for w in words if w not in ("of", "the")]
    if "mod" in words:
        words = [w for w in words if w != "mod"] + ["defence", "ministry"]
    if key is not None:
        return key if key <= set(words) else None
    if not words or not set(words) <= _GENERIC_BODY_WORDS:
        return None
    return frozenset(words)


def conjoined_speaker(found: dict) -> dict | None:
    """The second of two known speakers a speaker phrase joins with "and" ("the Legion and the
    Russian Volunteer Corps"), as a second-speaker phrase whose clause is the whole sentence;
    None unless both halves are different curated speakers."""
    first, _, second = found["np"].partition(" and ")
    if "," in second and "," not in first:
        # "The UN Resident and Humanitarian Coordinator for Ukraine, NAME": one title with an
        # "and" in it, and the name it is given after the comma (not "The governor, NAME, and
        # the mayor, NAME")
        return None
    rec1, rec2 = lookup_speaker(first), lookup_speaker(second)
    if rec1 is None or rec2 is None or rec1 is rec2:
        return None
    # the whole phrase resolves to one of them (its longest name): the other one speaks too
    other = first if lookup_speaker(found["np"]) is rec2 else second
    return {"np": other.strip(), "cue": found["cue"], "start": found["start"],
            "end": found["end"], "clause": 0}  # fmt: skip
