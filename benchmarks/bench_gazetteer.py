"""Gazetteer speed: cold build, cached load, and place matching over a >= 5 MB generated corpus."""

from __future__ import annotations

import gc
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _results import record

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analyst_kit import gazetteer as gz  # noqa: E402
from analyst_kit._translit import name_variants  # noqa: E402

TEMPLATES = [
    "{speaker} said that {side} forces had advanced towards {p1} and shelled {p2}.",
    "Fighting continued around {p1}, where {n} civilians were still sheltering, {outlet} reported.",
    "The governor of the {region} said the bridge over the {river} near {p1} was destroyed.",
    "According to {outlet}, an evacuation corridor from {p1} to {p2} was {status}.",
    "{capital} claimed that its troops controlled about {n}% of {p1}'s territory.",
    "Artillery struck an industrial area on the outskirts of {p1} on day {n} of the war.",
    "Residents of {p1} and {p2} reported power cuts after strikes on {region}.",
    "The {facility} in {p1} remained under fire, officials in {p2} said on Tuesday.",
    "Meanwhile, the situation in the {p1} direction was described as difficult but stable.",
    "Local authorities in {p1} asked people to leave for {p2} while the road was open.",
    "A statement from {capital} accused the other side of blowing up the crossing over the {river}.",
    "Russian and Ukrainian sources gave different accounts of the fighting near {p1}.",
]
FILLER = [
    "Nothing in the statement could be independently verified.",
    "Both sides have traded accusations for weeks, and neither allowed reporters near the area.",
    "Analysts cautioned that claims made during active fighting are often revised later.",
    "Officials gave no figures for casualties among soldiers or civilians on either side.",
    "The ministry did not say how many people had been moved.",
    "Humanitarian organisations called for safe passage for civilians.",
    "The update added that supply lines were under pressure.",
]
SPEAKERS = ["Serhiy Haidai", "Mikhail Mizintsev", "Igor Konashenkov", "Oleksiy Arestovych",
            "Pavlo Kyrylenko", "the UK Defence Ministry", "Colonel General Mizintsev"]  # fmt: skip
OUTLETS = ["TASS", "AP", "Reuters", "Ukrinform", "RIA Novosti", "the BBC"]
RIVERS = ["Siverskyi Donets", "Seversky Donets river", "Donets", "Dnipro river", "Inhulets"]
REGIONS = ["Luhansk region", "Donetsk oblast", "Lugansk region", "Kharkiv oblast",
           "Luhanshchyna", "Zaporizhzhia region", "Donbas", "Donbass"]  # fmt: skip
FACILITIES = ["Azot chemical plant", "Azovstal steelworks", "Azot plant", "Zaporizhzhia NPP"]
CAPITALS = ["Moscow", "Kyiv", "The Kremlin", "Kiev", "Minsk"]
STATUS = ["agreed", "refused", "open", "impossible"]


def build_corpus(min_bytes: int, seed: int = 7) -> list[str]:
    """Reports (~2-4 KB each) from templates, using place spellings from the gazetteer."""
    rng = random.Random(seed)
    gaz = gz.load_gazetteer()
    sett = gaz[(gaz["kind"] == "settlement") & (gaz["country"] == "UA")]
    big = sett.sort_values("population", ascending=False).head(400)
    spellings = []
    for name in big["name"]:
        spellings.extend(sorted(name_variants(name)))
        spellings.extend(sorted(v for v in name_variants(name) if not v.isascii())[:1])
    spellings += list(sett.sample(600, random_state=seed)["name"])
    reports, size = [], 0
    while size < min_bytes:
        sentences = []
        for _ in range(rng.randint(15, 30)):
            t = rng.choice(TEMPLATES) if rng.random() < 0.6 else rng.choice(FILLER)
            sentences.append(
                t.format(
                    speaker=rng.choice(SPEAKERS),
                    side=rng.choice(["Russian", "Ukrainian"]),
                    p1=rng.choice(spellings),
                    p2=rng.choice(spellings),
                    n=rng.randint(2, 120),
                    outlet=rng.choice(OUTLETS),
                    region=rng.choice(REGIONS),
                    river=rng.choice(RIVERS),
                    capital=rng.choice(CAPITALS),
                    facility=rng.choice(FACILITIES),
                    status=rng.choice(STATUS),
                )
            )
        text = " ".join(sentences)
        reports.append(text)
        size += len(text.encode("utf-8"))
    return reports


def cold_build_seconds() -> float:
    """Build the gazetteer in a fresh process with an empty cache folder."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, ANALYST_KIT_CACHE=tmp)
        code = (
            "import time; from analyst_kit import gazetteer as g; t=time.process_time(); "
            "g.load_gazetteer(); print(time.process_time()-t)"
        )
        cold = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True,
                              capture_output=True, text=True)  # fmt: skip
        warm = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True,
                              capture_output=True, text=True)  # fmt: skip
    return float(cold.stdout.strip()), float(warm.stdout.strip())


def main() -> None:
    cold, cached_fresh_process = cold_build_seconds()
    gz._state()  # make sure the cache file exists, then time a load from it
    gz._STATE = None
    gc.collect()
    t0 = time.process_time()
    gz._state()
    cached = time.process_time() - t0

    reports = build_corpus(5_500_000)
    corpus = "\n\n".join(reports)
    mb = len(corpus.encode("utf-8")) / 1e6
    gz._state()["fuzzy_cache"].clear()
    t0 = time.process_time()
    found = gz.find_places(corpus)
    whole = time.process_time() - t0

    gz._state()["fuzzy_cache"].clear()
    t0 = time.process_time()
    n_rows = 0
    for text in reports:
        n_rows += len(gz.find_places(text))
    per_report = time.process_time() - t0

    gz._state()["fuzzy_cache"].clear()
    t0 = time.process_time()
    for text in reports:
        gz.find_places(text, as_records=True)
    per_report_records = time.process_time() - t0

    t0 = time.process_time()
    found_exact = gz.find_places(corpus, fuzzy=False)
    exact = time.process_time() - t0

    gaz = gz.load_gazetteer()
    st = gz._state()
    record(
        "gazetteer",
        {
            "corpus_mb": round(mb, 2),
            "n_reports": len(reports),
            "places_in_gazetteer": len(gaz),
            "name_variants": len(st["keys"]),
            "cold_build_s": round(cold, 2),
            "cached_load_s_fresh_process": round(cached_fresh_process, 3),
            "cached_load_s": round(cached, 3),
            "whole_corpus_mb_per_s": round(mb / whole, 2),
            "per_report_mb_per_s": round(mb / per_report, 2),
            "per_report_ms": round(1000 * per_report / len(reports), 2),
            "per_report_records_mb_per_s": round(mb / per_report_records, 2),
            "load_average_1min": round(os.getloadavg()[0], 1),
            "timing": "CPU time of this process (time.process_time), the box is shared",
            "exact_only_mb_per_s": round(mb / exact, 2),
            "mentions_found": len(found),
            "mentions_exact_only": len(found_exact),
            "fuzzy_share": round(float((found["score"] < 1).mean()), 4),
        },
    )


if __name__ == "__main__":
    main()
