"""Synthetic report corpora for benchmarks and tests: real places, varied spellings, seeded."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
import random
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd

from .errors import InputError

__all__ = ["generate_corpus", "iter_corpus_reports", "corpus_files", "SPEAKERS", "OUTLETS"]

#: First day of the full-scale invasion: "day 1 of the war".
WAR_START = dt.date(2022, 2, 24)
#: Dates the generator draws from (inclusive).
DATE_RANGE = (dt.date(2022, 2, 24), dt.date(2022, 12, 31))

#: Speakers: (name, role, side). Real officials and bodies of 2022; what they "say" in a
#: generated report is synthetic and only exercises the parser.
SPEAKERS: list[tuple[str, str, str]] = [
    ("Serhiy Haidai", "governor of the Luhansk region", "UA"),
    ("Pavlo Kyrylenko", "governor of the Donetsk region", "UA"),
    ("Iryna Vereshchuk", "Ukraine's deputy prime minister", "UA"),
    ("Volodymyr Zelenskyy", "President of Ukraine", "UA"),
    ("Oleksandr Starukh", "head of the Zaporizhzhia regional military administration", "UA"),
    ("Hanna Maliar", "Ukraine's deputy defence minister", "UA"),
    ("Natalia Humeniuk", "spokeswoman for Ukraine's Operational Command South", "UA"),
    ("Igor Konashenkov", "spokesman for Russia's Defence Ministry", "RU"),
    ("Mikhail Mizintsev", "head of Russia's National Defence Management Centre", "RU"),
    ("Sergei Shoigu", "Russia's defence minister", "RU"),
    ("Dmitry Peskov", "Kremlin spokesman", "RU"),
    ("Leonid Pasechnik", "head of the self-proclaimed Luhansk People's Republic", "RU"),
    ("Denis Pushilin", "head of the self-proclaimed Donetsk People's Republic", "RU"),
    ("John Kirby", "Pentagon press secretary", "US"),
    ("Osnat Lubrani", "UN humanitarian coordinator for Ukraine", "INTL"),
]
#: Bodies quoted without a person's name: (name, side).
BODIES: list[tuple[str, str]] = [
    ("Ukraine's General Staff", "UA"),
    ("UK Defence Intelligence", "GB"),
    ("Russia's Defence Ministry", "RU"),
    ("The International Committee of the Red Cross", "INTL"),
]
#: Relaying outlets by the side whose statements they most often carry.
OUTLETS: dict[str, list[str]] = {
    "RU": ["TASS", "RIA Novosti", "Interfax"],
    "UA": ["Ukrinform", "the Kyiv Independent", "Suspilne"],
    "any": ["Reuters", "AP", "AFP"],
}
_RIVERS = [("Siverskyi Donets", ["Seversky Donets", "Siverskyi Donets", "Donets"]),
           ("Dnipro", ["Dnipro", "Dnieper"]),
           ("Inhulets", ["Inhulets", "Ingulets"]),
           ("Oskil", ["Oskil", "Oskol"])]  # fmt: skip
# Other spellings readers meet in wire copy (Russian-based romanizations, Cyrillic).
_SPELLINGS: dict[str, list[str]] = {
    "Siverskodonetsk": ["Sievierodonetsk", "Severodonetsk", "Sieverodonetsk", "Сєвєродонецьк"],
    "Lysychansk": ["Lisichansk", "Лисичанськ"],
    "Popasna": ["Popasnaya", "Попасна"],
    "Rubizhne": ["Rubezhnoye", "Рубіжне"],
    "Kharkiv": ["Kharkov", "Харків"],
    "Kherson": ["Херсон"],
    "Mariupol": ["Mariupol'", "Маріуполь"],
    "Bakhmut": ["Artemovsk", "Бахмут"],
    "Zaporizhzhya": ["Zaporizhzhia", "Zaporozhye", "Запоріжжя"],
    "Izyum": ["Izium", "Ізюм"],
    "Kupyansk": ["Kupiansk", "Kupyansk"],
    "Slovyansk": ["Sloviansk", "Slavyansk"],
    "Kramatorsk": ["Краматорськ"],
    "Kreminna": ["Kremennaya"],
    "Svyatohirsk": ["Sviatohirsk", "Svyatogorsk"],
}
_OBLASTS = {"Donetsk Oblast", "Luhansk Oblast", "Kharkiv Oblast", "Zaporizhzhia Oblast",
            "Kherson Oblast", "Mykolaiv Oblast"}  # fmt: skip
# Used when the gazetteer is not importable: (name, oblast, population).
_FALLBACK_PLACES = [
    ("Siverskodonetsk", "Luhansk Oblast", 99067), ("Lysychansk", "Luhansk Oblast", 93340),
    ("Popasna", "Luhansk Oblast", 19199), ("Rubizhne", "Luhansk Oblast", 55247),
    ("Kreminna", "Luhansk Oblast", 18116), ("Hirske", "Luhansk Oblast", 9274),
    ("Bakhmut", "Donetsk Oblast", 80500), ("Kramatorsk", "Donetsk Oblast", 147145),
    ("Slovyansk", "Donetsk Oblast", 105141), ("Mariupol", "Donetsk Oblast", 230000),
    ("Svyatohirsk", "Donetsk Oblast", 4309), ("Soledar", "Donetsk Oblast", 10490),
    ("Kharkiv", "Kharkiv Oblast", 1421125), ("Izyum", "Kharkiv Oblast", 45884),
    ("Kupyansk", "Kharkiv Oblast", 27169), ("Kherson", "Kherson Oblast", 66000),
    ("Nova Kakhovka", "Kherson Oblast", 44427), ("Zaporizhzhya", "Zaporizhzhia Oblast", 710052),
    ("Melitopol", "Zaporizhzhia Oblast", 148851), ("Enerhodar", "Zaporizhzhia Oblast", 52887),
]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_DATELINE_CITIES = ["KYIV", "MOSCOW", "LONDON", "KRAMATORSK", "DNIPRO", "ZAPORIZHZHIA"]
_WORDS = ["two", "three", "four"]
_WOMEN = {"Iryna Vereshchuk", "Hanna Maliar", "Natalia Humeniuk", "Osnat Lubrani"}
_PLAIN_NAME = re.compile(r"^[A-Z][A-Za-z' -]+$")


def _pick(rnd: random.Random, seq: list):
    """``rnd.choice`` without its overhead (the generator makes millions of picks)."""
    return seq[int(rnd.random() * len(seq))]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _place_table() -> list[tuple[str, str, float]]:
    """Settlements of the front-line oblasts: (name, oblast, weight), sorted for determinism."""
    try:
        from .gazetteer import load_gazetteer

        g = load_gazetteer()
        g = g[(g["kind"] == "settlement") & g["oblast"].isin(_OBLASTS)]
        g = g[g["population"].fillna(0) >= 3000]
        rows = [
            (str(r.name), str(r.oblast), float(r.population))
            for r in g.itertuples()
            if _PLAIN_NAME.match(str(r.name))
        ]
    except Exception:  # gazetteer missing or unreadable: keep generating from a short list
        rows = [(n, o, float(p)) for n, o, p in _FALLBACK_PLACES]
    rows = sorted(set(rows))
    return [(n, o, math.sqrt(p)) for n, o, p in rows]


def _spellings(name: str) -> list[str]:
    out = [name] + _SPELLINGS.get(name, [])
    # simple romanization drift: "ii"/"ia"/"iu" endings as older systems wrote them
    for a, b in (("yi", "iy"), ("ia", "ya"), ("iu", "yu"), ("ya", "ia"), ("yu", "iu")):
        if a in name:
            out.append(name.replace(a, b))
    return list(dict.fromkeys(out))


class _Composer:
    """Builds one report at a time from the sentence templates below."""

    def __init__(self, seed: int):
        places = _place_table()
        self.spellings = [_spellings(n) for n, _, _ in places]
        self.cum_weights = list(itertools.accumulate(w for _, _, w in places))
        self.seed = seed

    def place(self, rnd: random.Random) -> str:
        spellings = rnd.choices(self.spellings, cum_weights=self.cum_weights)[0]
        return spellings[0] if rnd.random() < 0.6 else _pick(rnd, spellings)

    def speaker(self, rnd: random.Random) -> tuple[str, str, str, str]:
        """(first mention, short name, side, pronoun)."""
        if rnd.random() < 0.25:
            name, side = _pick(rnd, BODIES)
            return name, name, side, "It"
        name, role, side = _pick(rnd, SPEAKERS)
        first = _pick(rnd, [f"{name}, {role},", f"{role[0].upper()}{role[1:]} {name}"])
        return first, name.split()[-1], side, "She" if name in _WOMEN else "He"

    def outlet(self, rnd: random.Random, side: str) -> str:
        pool = OUTLETS.get(side, []) + OUTLETS["any"]
        return _pick(rnd, pool)

    def paragraph(self, rnd: random.Random) -> str:
        first, short, side, he = self.speaker(rnd)
        p, p2 = self.place(rnd), self.place(rnd)
        river = _pick(rnd, _pick(rnd, _RIVERS)[1])
        outlet = self.outlet(rnd, side)
        end = _pick(rnd, [f", {outlet} reported.", f", according to {outlet}.",
                          f", as per the {outlet} report.", ".", "."])  # fmt: skip
        pct = _pick(rnd, [20, 30, 40, 50, 60, 70, 75, 80, 90])
        actor = _pick(rnd, ["Russian", "Ukrainian"])
        n = 2 + int(rnd.random() * 59)
        kind = _pick(rnd, ["control", "control", "bridge", "evac", "evac", "strike", "other"])
        if kind == "control":
            s1 = _pick(
                rnd,
                [
                    f"{first} said that Russian forces had taken control of about {pct}% of {p}{end}",
                    f"{first} claimed that {p} had been fully liberated{end}",
                    f"{first} said that Ukrainian units had withdrawn from {p} to prepared "
                    f"positions{end}",
                    f"According to {first.rstrip(',')}, Ukrainian troops still hold {p}.",
                ],
            )
            s2 = _pick(
                rnd,
                [
                    f"{he} added that fighting continued on the outskirts of {p2}.",
                    f"{short} said the assault on {p2} had been repelled.",
                    "",
                ],
            )
        elif kind == "bridge":
            count = _pick(rnd, [1, 2, 3])
            what = "the last remaining bridge" if count == 1 else f"all {_WORDS[count - 2]} bridges"
            s1 = _pick(
                rnd,
                [
                    f"{first} said that {actor} forces had blown up {what} across the "
                    f"{river} near {p}{end}",
                    f"{first} said the bridge over the {river} at {p} was damaged by shelling "
                    f"but still standing{end}",
                ],
            )
            s2 = _pick(rnd, [f"{he} said supplies to {p2} now had to go by pontoon.", ""])
        elif kind == "evac":
            s1 = _pick(
                rnd,
                [
                    f"{first} said that evacuation of civilians from {p} was simply not "
                    f"possible because of the shelling{end}",
                    f"{first} called for a humanitarian corridor from {p} to {p2}{end}",
                    f"{first} said that buses had taken {n * 10} civilians out of {p} "
                    f"towards {p2}{end}",
                ],
            )
            s2 = _pick(
                rnd,
                [
                    f"{he} added that the injured were still being taken out of {p}.",
                    f"{short} said the corridor had been agreed with the UN.",
                    "",
                ],
            )
        elif kind == "strike":
            s1 = (
                f"{first} said that {n} civilians had been killed in shelling of {p} overnight{end}"
            )
            s2 = _pick(rnd, [f"{short} accused the other side of targeting homes in {p2}.", ""])
        else:
            s1 = _pick(
                rnd,
                [
                    f"{p} had about {n * 1000:,} inhabitants before the war.",
                    "The claims could not be independently verified.",
                    f"Heavy fighting was also reported near {p} and {p2}.",
                ],
            )
            s2 = ""
        return f"{s1} {s2}" if s2 else s1

    def report(self, i: int, day: dt.date) -> dict:
        rnd = random.Random(self.seed * 1_000_003 + i)
        style = rnd.random()
        head = f"{self.place(rnd)}: {_pick(rnd, ['fighting', 'evacuation', 'shelling'])} update"
        paras = [self.paragraph(rnd) for _ in range(4 + int(rnd.random() * 6))]
        lead = paras[0]
        if style < 0.4:
            text = f"date {day.isoformat()}\n\n{head}\n\n" + "\n\n".join(paras)
        elif style < 0.7:
            city = _pick(rnd, _DATELINE_CITIES)
            outlet = _pick(rnd, OUTLETS["any"])
            dateline = f"{city}, {_MONTHS[day.month - 1]} {day.day} ({outlet}) - "
            text = f"{head}\n\n{dateline}{lead}\n\n" + "\n\n".join(paras[1:])
        elif style < 0.85:
            n_day = (day - WAR_START).days + 1
            text = (f"{head}\n\nOn the {_ordinal(n_day)} day of the war: {lead}\n\n"
                    + "\n\n".join(paras[1:]))  # fmt: skip
        else:
            text = (f"{head}\n\nOn {_MONTHS[day.month - 1]} {day.day}, {day.year}: "
                    f"{lead}\n\n" + "\n\n".join(paras[1:]))  # fmt: skip
        return {"id": f"s{self.seed}-{i:09d}", "date": day.isoformat(), "text": text + "\n"}


def generate_corpus(
    out_dir: str | Path,
    size_mb: float,
    seed: int = 0,
    files_mb: float | None = None,
    *,
    start: dt.date | str = DATE_RANGE[0],
    end: dt.date | str = DATE_RANGE[1],
) -> pd.DataFrame:
    """Write a synthetic corpus of English war reports, deterministic by ``seed``.

    Reports are composed from sentence templates: real speakers and outlets, real
    settlements of the front-line oblasts from the gazetteer (weighted by population,
    in several spellings, some Cyrillic), dates given as a ``date`` header, a wire
    dateline, "the Nth day of the war" or "On June 14, 2022". Dates rise through the
    corpus from ``start`` to ``end``, so consecutive files cover consecutive days.

    Parameters
    ----------
    out_dir
        Folder to write into (created).
    size_mb
        Total size in MB (10**6 bytes) of report text to write; from under 1 to many
        thousands.
    seed
        Same seed, same size: byte-identical corpus.
    files_mb
        ``None``: one ``.txt`` file per report, in one folder per day
        (``2022-06-14/s0-000000001.txt``). A number: batched JSON Lines files of about
        that many MB (``corpus-00000.jsonl``), one ``{"id", "date", "text"}`` object per
        line; :func:`iter_corpus_reports` reads both layouts.
    start, end
        Date range of the reports.

    Returns
    -------
    pandas.DataFrame
        One row per written file: ``path``, ``n_reports``, ``bytes``, ``first_date``,
        ``last_date``.
    """
    if size_mb <= 0:
        raise InputError(out_dir, f"size_mb must be positive, got {size_mb}")
    if files_mb is not None and files_mb <= 0:
        raise InputError(out_dir, f"files_mb must be positive or None, got {files_mb}")
    start = dt.date.fromisoformat(str(start)) if not isinstance(start, dt.date) else start
    end = dt.date.fromisoformat(str(end)) if not isinstance(end, dt.date) else end
    n_days = (end - start).days + 1
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    target = int(size_mb * 1e6)
    composer = _Composer(seed)
    rows: list[dict] = []
    written = i = 0
    batch: list[str] = []
    batch_bytes = 0
    batch_dates: list[str] = []

    def flush() -> None:
        nonlocal batch, batch_bytes, batch_dates
        if not batch:
            return
        path = out / f"corpus-{len(rows):05d}.jsonl"
        path.write_text("".join(batch), encoding="utf-8")
        rows.append({"path": str(path), "n_reports": len(batch), "bytes": batch_bytes,
                     "first_date": batch_dates[0], "last_date": batch_dates[-1]})  # fmt: skip
        batch, batch_bytes, batch_dates = [], 0, []

    while written < target:
        day = start + dt.timedelta(days=min(n_days - 1, written * n_days // target))
        rep = composer.report(i, day)
        size = len(rep["text"].encode("utf-8"))
        if files_mb is None:
            folder = out / rep["date"]
            folder.mkdir(exist_ok=True)
            path = folder / f"{rep['id']}.txt"
            path.write_text(rep["text"], encoding="utf-8")
            rows.append({"path": str(path), "n_reports": 1, "bytes": size,
                         "first_date": rep["date"], "last_date": rep["date"]})  # fmt: skip
        else:
            batch.append(json.dumps(rep, ensure_ascii=False) + "\n")
            batch_bytes += size
            batch_dates.append(rep["date"])
            if batch_bytes >= files_mb * 1e6:
                flush()
        written += size
        i += 1
    flush()
    return pd.DataFrame(rows, columns=["path", "n_reports", "bytes", "first_date", "last_date"])


def corpus_files(paths_or_glob) -> list[Path]:
    """Expand a folder, a glob pattern, a file or a list of them to sorted report files.

    Folders are searched recursively for ``.txt``, ``.html``, ``.htm`` and ``.jsonl`` files.

    Raises
    ------
    InputError
        When nothing matches.
    """
    items = [paths_or_glob] if isinstance(paths_or_glob, str | Path) else list(paths_or_glob)
    files: list[Path] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            files += [f for f in p.rglob("*") if f.is_file()
                      and f.suffix.lower() in {".txt", ".html", ".htm", ".jsonl"}]  # fmt: skip
        elif p.exists():
            files.append(p)
        else:
            anchor = Path(p.anchor) if p.is_absolute() else Path(".")
            pattern = str(p.relative_to(anchor)) if p.is_absolute() else str(p)
            files += [f for f in anchor.glob(pattern) if f.is_file()]
    files = sorted(set(files))
    if not files:
        raise InputError(paths_or_glob, "no report files found (folder, glob or file list)")
    return files


def jsonl_reports(
    lines: Iterable[str], source: object, where: str = ""
) -> Iterator[tuple[str, str]]:
    """Yield ``(id, text)`` from JSON lines of ``{"id", "text"}`` objects, skipping blank lines.

    Raises :class:`~analyst_kit.errors.InputError` naming ``source`` (and ``where``, e.g. a
    byte range) and the line number of the first malformed line.
    """
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            yield str(obj["id"]), str(obj["text"])
        except (ValueError, KeyError, TypeError) as e:
            raise InputError(
                source, f"{where}line {n} is not a {{'id', 'text'}} JSON object"
            ) from e


def iter_corpus_reports(path: str | Path) -> Iterator[tuple[str, str]]:
    """Yield ``(report_name, text)`` for each report in one corpus file.

    A ``.jsonl`` file holds one ``{"id", "text"}`` object per line (the batched layout
    of :func:`generate_corpus`); any other file is one report named by its stem and
    read with :func:`analyst_kit.io.read_text`.
    """
    p = Path(path)
    if p.suffix.lower() == ".jsonl":
        with p.open(encoding="utf-8") as f:
            yield from jsonl_reports(f, p)
    else:
        from .io import read_text

        yield p.stem, read_text(p)
