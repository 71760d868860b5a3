"""Synthetic corpus generator: deterministic, sized, dated, with real places in many spellings."""

from __future__ import annotations

import json
import re

import pytest

from analyst_kit.corpus import SPEAKERS, corpus_files, generate_corpus, iter_corpus_reports
from analyst_kit.errors import InputError


def _texts(files) -> list[tuple[str, str]]:
    return [r for f in sorted(files) for r in iter_corpus_reports(f)]


def test_same_seed_same_bytes_other_seed_differs(tmp_path):
    a = generate_corpus(tmp_path / "a", 0.05, seed=1, files_mb=0.02)
    b = generate_corpus(tmp_path / "b", 0.05, seed=1, files_mb=0.02)
    c = generate_corpus(tmp_path / "c", 0.05, seed=2, files_mb=0.02)
    read = [sorted(p.read_bytes() for p in (tmp_path / d).glob("*.jsonl")) for d in "abc"]
    assert read[0] == read[1] and read[0] != read[2]
    assert list(a["n_reports"]) == list(b["n_reports"]) and len(c)


def test_size_and_batching(tmp_path):
    files = generate_corpus(tmp_path, 0.2, seed=0, files_mb=0.05)
    total = files["bytes"].sum()
    assert 0.2e6 <= total < 0.2e6 + 5000  # stops right after the target
    assert len(files) == 4 and (files["bytes"].iloc[:-1] >= 0.05e6).all()
    for path in files["path"]:
        for line in open(path, encoding="utf-8"):
            obj = json.loads(line)
            assert set(obj) == {"id", "date", "text"}


def test_one_file_per_report_in_day_folders(tmp_path):
    files = generate_corpus(tmp_path, 0.01, seed=0, start="2022-06-01", end="2022-06-05")
    assert (files["n_reports"] == 1).all()
    days = {p.parent.name for p in tmp_path.rglob("*.txt")}
    assert days <= {f"2022-06-0{d}" for d in range(1, 6)} and len(days) >= 3
    assert len(corpus_files(tmp_path)) == len(files)
    assert len(corpus_files(str(tmp_path / "2022-06-01" / "*.txt"))) >= 1


def test_dates_rise_and_are_written_in_several_ways(tmp_path):
    files = generate_corpus(tmp_path, 0.3, seed=0, files_mb=0.1)
    assert list(files["first_date"]) == sorted(files["first_date"])
    assert (
        files["first_date"].iloc[0] == "2022-02-24" and files["last_date"].iloc[-1] <= "2022-12-31"
    )
    texts = [t for _, t in _texts(files["path"])]
    assert any(t.startswith("date 2022-") for t in texts)
    assert any(
        re.search(r"^[A-Z]+, [A-Z][a-z]+ \d+ \((Reuters|AP|AFP)\) - ", t, re.M) for t in texts
    )
    assert any("day of the war" in t for t in texts)


def test_real_places_speakers_and_spellings(tmp_path):
    files = generate_corpus(tmp_path, 0.5, seed=0, files_mb=0.5)
    blob = "\n".join(t for _, t in _texts(files["path"]))
    assert sum(name in blob for name, _, _ in SPEAKERS) >= 10
    for name in ("Kharkiv", "Kramatorsk", "Bakhmut"):
        assert name in blob
    spellings = ["Sievierodonetsk", "Severodonetsk", "Сєвєродонецьк", "Lisichansk", "Lysychansk"]
    assert sum(s in blob for s in spellings) >= 3
    assert re.search(r"[А-Яа-яІіЇїЄє]{4,}", blob)  # some Cyrillic
    assert re.search(r"(TASS|RIA Novosti|Interfax) reported|according to (AP|Reuters|AFP)", blob)


def test_bad_arguments(tmp_path):
    with pytest.raises(InputError, match="size_mb"):
        generate_corpus(tmp_path, 0)
    with pytest.raises(InputError, match="no report files"):
        corpus_files(tmp_path / "none")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n')
    with pytest.raises(InputError, match="line 1"):
        list(iter_corpus_reports(bad))
