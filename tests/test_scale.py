"""Dask corpus parsing: a 2-worker LocalCluster must give the in-memory parser's tables."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from analyst_kit.corpus import generate_corpus, iter_corpus_reports
from analyst_kit.errors import InputError
from analyst_kit.parse import read_reports
from analyst_kit.scale import TABLES, corpus_manifest, corpus_runs, parse_corpus, read_corpus

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "data" / "reports").glob("*.txt"))[:3]


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(
        processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None
    ) as cluster, Client(cluster) as c:  # fmt: skip
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Three batched .jsonl files, three real sample reports and one empty file."""
    root = tmp_path_factory.mktemp("corpus")
    # a short date range keeps the number of date partitions (and the test time) small
    generate_corpus(
        root / "feed", 0.03, seed=3, files_mb=0.01, start="2022-06-01", end="2022-06-08"
    )
    for f in SAMPLES:
        shutil.copy(f, root / f.name)
    (root / "empty.txt").write_text("")
    return root


def _in_memory(root: Path) -> dict[str, pd.DataFrame]:
    items: list[str] = []
    for f in sorted(root.rglob("*")):
        if f.suffix == ".jsonl":
            items += [text for _, text in iter_corpus_reports(f)]
        elif f.suffix == ".txt":
            items.append(str(f))
    return read_reports(items)


def _rows(df) -> pd.DataFrame:
    """Rows as plain Python values, in a canonical order, to compare row for row."""
    if hasattr(df, "compute"):
        df = df.compute()
    df = pd.DataFrame(df).drop(columns="geometry", errors="ignore")
    df = df.astype(object).where(df.notna(), None)
    df = df.sort_values(list(df.columns), key=lambda s: s.astype(str)).reset_index(drop=True)
    return df


@pytest.fixture(scope="module")
def parsed(client, corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("tables")
    tables = parse_corpus(corpus, out, client=client, progress=False, chunk_mb=0.004)
    return out, tables


def test_dask_tables_equal_in_memory_row_for_row(corpus, parsed):
    out, tables = parsed
    expected = _in_memory(corpus)
    assert len(expected["reports"]) > 15 and len(expected["places"]) > 100
    assert corpus_runs(out)["tasks"].iloc[0] >= 4  # really spread over both workers
    batch_dependent = _batch_dependent(corpus, expected)
    for name in sorted(TABLES, key=lambda n: n == "places"):  # places last
        got, want = _rows(tables[name]), _rows(expected[name])
        assert list(got.columns) == list(want.columns), name
        assert len(got) == len(want), name
        if name == "places" and batch_dependent:
            # row for row except where the parser itself resolves a name differently
            same = ["report_id", "claim_id", "mention", "start", "end", "kind"]
            pd.testing.assert_frame_equal(got[same], want[same], check_dtype=False)
        pd.testing.assert_frame_equal(got, want, check_dtype=False, obj=name)


def _batch_dependent(root: Path, together: dict[str, pd.DataFrame]) -> bool:
    """True when parsing reports one at a time gives other places than parsing them together."""
    alone = pd.concat(
        [read_reports([text])["places"] for f in sorted(root.rglob("*.jsonl"))
         for _, text in iter_corpus_reports(f)]
    )  # fmt: skip
    keep = together["places"]["report_id"].isin(alone["report_id"])
    return not _rows(together["places"][keep]).equals(_rows(alone))


def test_places_are_geoparquet_points(parsed):
    out, tables = parsed
    import geopandas as gpd

    places = tables["places"].compute()
    assert isinstance(places, gpd.GeoDataFrame) and places.crs.to_epsg() == 4326
    located = places.dropna(subset=["lat"])
    assert (located.geometry.x.round(6) == located["lon"].round(6)).all()
    part = next((out / "places").glob("date=*/part-*.parquet"))
    assert b"geo" in __import__("pyarrow.parquet").parquet.read_schema(part).metadata


def test_partitioned_by_report_date(parsed):
    out, tables = parsed
    reports = tables["reports"].compute()
    for part in (out / "claims").glob("date=*/part-*.parquet"):
        day = part.parent.name.split("=", 1)[1]
        ids = set(pd.read_parquet(part)["report_id"])
        assert set(reports.loc[reports["report_id"].isin(ids), "date"]) == {day}
    window = read_corpus(out, start="2022-06-02", end="2022-06-04")["claims"].compute()
    assert len(window) and window["date"].between("2022-06-02", "2022-06-04").all()
    claims = tables["claims"].compute()
    assert len(window) == claims["date"].between("2022-06-02", "2022-06-04").sum()


def test_same_aggregations_on_dask_and_pandas(corpus, parsed):
    _, tables = parsed
    expected = _in_memory(corpus)
    by_side = tables["claims"].groupby("side").size().compute().sort_index()
    want = expected["claims"].groupby("side").size().sort_index()
    assert by_side.to_dict() == want.to_dict()
    ctl = tables["control"]
    ru = ctl[ctl["controller_side"] == "RU"]["place"].value_counts().compute()
    want_ru = expected["control"].query("controller_side == 'RU'")["place"].value_counts()
    assert ru.sort_index().to_dict() == want_ru.sort_index().to_dict()


def test_rerun_is_idempotent_and_parses_only_new_reports(client, corpus, parsed, tmp_path):
    out, tables = parsed
    n_reports = len(tables["reports"])
    again = parse_corpus(corpus, out, client=client, progress=False)
    runs = corpus_runs(out)
    assert runs["reports_new"].iloc[-1] == 0
    assert runs["reports_skipped"].iloc[-1] == n_reports
    assert len(again["reports"]) == n_reports
    extra = tmp_path / "extra"
    generate_corpus(extra, 0.004, seed=99, files_mb=0.01, start="2022-06-09", end="2022-06-09")
    grown = parse_corpus([corpus, extra], out, client=client, progress=False)
    n_extra = sum(1 for f in extra.glob("*.jsonl") for _ in iter_corpus_reports(f))
    assert corpus_runs(out)["reports_new"].iloc[-1] == n_extra
    assert len(grown["reports"]) == n_reports + n_extra
    assert corpus_manifest(out)["sha256"].is_unique


def test_without_client_uses_local_scheduler(tmp_path):
    generate_corpus(
        tmp_path / "c", 0.004, seed=5, files_mb=0.002, start="2022-07-01", end="2022-07-02"
    )
    tables = parse_corpus(tmp_path / "c", tmp_path / "o", progress=False, scheduler="sync")
    assert len(tables["reports"]) == len(_in_memory(tmp_path / "c")["reports"])


def test_bad_arguments_name_the_input(tmp_path):
    with pytest.raises(InputError, match="no report files"):
        parse_corpus(tmp_path / "nothing-*.txt", tmp_path / "o", progress=False)
    with pytest.raises(InputError, match="partition_by"):
        parse_corpus(SAMPLES, tmp_path / "o", partition_by="week", progress=False)
    with pytest.raises(InputError, match="no parsed corpus"):
        read_corpus(tmp_path / "missing")
