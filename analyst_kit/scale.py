"""Parse corpora of millions of reports on Dask into date-partitioned (Geo)Parquet tables."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import time
import uuid
from collections.abc import Iterable
from pathlib import Path

import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd

from .corpus import corpus_files, iter_corpus_reports, jsonl_reports
from .errors import InputError

__all__ = ["parse_corpus", "read_corpus", "corpus_manifest", "corpus_runs", "TABLES"]

#: Tables written per corpus (the contract's tables plus ``skipped``).
TABLES = ("reports", "claims", "places", "bridges", "evacuations", "control", "skipped")
_PARTITIONS = {"date": 10, "month": 7, None: 0}
_MANIFEST = "_manifest"


def _sha256(text: str) -> str:
    # the same digest analyst_kit.parse puts in reports.sha256
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _pieces(f: Path, chunk_bytes: int) -> list[tuple[str, int, int]]:
    """Split a ``.jsonl`` file at line ends into ``(path, start, stop)`` byte ranges."""
    size = f.stat().st_size
    if f.suffix.lower() != ".jsonl" or size <= chunk_bytes:
        return [(str(f), 0, size)]
    out, start = [], 0
    with f.open("rb") as fh:
        while start < size:
            fh.seek(min(start + chunk_bytes, size))
            fh.readline()
            stop = min(fh.tell(), size)
            out.append((str(f), start, stop))
            start = stop
    return out


def _chunks(files: list[Path], chunk_bytes: int) -> list[list[tuple[str, int, int]]]:
    """Group files (or byte ranges of big ``.jsonl`` files) into tasks of ~``chunk_bytes``."""
    out: list[list[tuple[str, int, int]]] = []
    cur: list[tuple[str, int, int]] = []
    size = 0
    for f in files:
        for piece in _pieces(f, chunk_bytes):
            n = piece[2] - piece[1]
            if cur and size + n > chunk_bytes:
                out.append(cur)
                cur, size = [], 0
            cur.append(piece)
            size += n
    if cur:
        out.append(cur)
    return out


def _reports_in(piece: tuple[str, int, int]):
    """``(name, text)`` of the reports in one piece (a whole file or a ``.jsonl`` range)."""
    path, start, stop = piece
    if not path.endswith(".jsonl") or (start == 0 and stop >= Path(path).stat().st_size):
        yield from iter_corpus_reports(path)
        return
    with open(path, "rb") as fh:
        fh.seek(start)
        lines = fh.read(stop - start).decode("utf-8").splitlines()
    yield from jsonl_reports(lines, path, where=f"bytes {start}-{stop}, ")


def _partition_key(date: object, partition_by: str | None) -> str:
    if partition_by is None:
        return "all"
    if not isinstance(date, str) or len(date) < 10:
        return "unknown"
    return date[: _PARTITIONS[partition_by]]


def _normalise(df: pd.DataFrame) -> pd.DataFrame:
    """Give all-null object columns a string type, so every part file has one schema."""
    for c in df.columns:
        if df[c].dtype == object and df[c].isna().all():
            df[c] = df[c].astype("str")
    return df


def _geo_metadata() -> bytes:
    """GeoParquet 1.0 file metadata for a WKB point column in WGS84."""
    from pyproj import CRS

    meta = {
        "version": "1.0.0",
        "primary_column": "geometry",
        "columns": {
            "geometry": {
                "encoding": "WKB",
                "geometry_types": ["Point"],
                "crs": CRS.from_epsg(4326).to_json_dict(),
            }
        },
    }
    return json.dumps(meta).encode()


def _to_arrow(df: pd.DataFrame, table: str):
    """One Arrow table per chunk and table (``places`` gets a WKB point geometry column)."""
    import pyarrow as pa

    df = _normalise(df.reset_index(drop=True))
    at = pa.Table.from_pandas(df, preserve_index=False)
    if table == "places":
        import shapely

        ok = (df["lat"].notna() & df["lon"].notna()).to_numpy()
        pts = shapely.points(df["lon"].where(ok, 0.0), df["lat"].where(ok, 0.0))
        wkb = shapely.to_wkb(pts)
        wkb[~ok] = None
        at = at.append_column("geometry", pa.array(list(wkb), type=pa.binary()))
        meta = dict(at.schema.metadata or {})
        meta[b"geo"] = _geo_metadata()
        at = at.replace_schema_metadata(meta)
    return at


def _write_part(at, path: Path) -> None:
    """Write an Arrow table atomically (readers never see half-written parts)."""
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    pq.write_table(at, tmp)
    os.replace(tmp, path)


def _write_partitioned(df: pd.DataFrame, keys, root: Path, label: str, name: str, table: str):
    """Sort rows by partition key, convert once, write one slice per partition folder."""
    import numpy as np

    keys = np.asarray(keys, dtype=object)
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    at = _to_arrow(df.iloc[order], table)
    uniq, starts = np.unique(keys, return_index=True)
    stops = list(starts[1:]) + [len(keys)]
    for k, a, b in zip(uniq, starts, stops, strict=True):
        _write_part(at.slice(int(a), int(b - a)), root / f"{label}={k}" / name)


def _parse_chunk(
    pieces: list[tuple[str, int, int]], out_dir: str, partition_by: str | None, done: frozenset
) -> dict:
    """Parse one task's files, write each table's rows under their partition, return counts."""
    from .parse import read_reports

    t0 = time.perf_counter()
    items: list[str] = []
    shas: list[str] = []
    sources: list[str] = []
    skipped: list[dict] = []
    seen: set[str] = set()
    n_done = n_bytes = 0
    files = sorted({p[0] for p in pieces})
    for piece in pieces:
        f = piece[0]
        try:
            for _name, text in _reports_in(piece):
                sha = _sha256(text)
                if sha in done or sha in seen:
                    n_done += 1
                    continue
                seen.add(sha)
                n_bytes += len(text.encode("utf-8", "surrogatepass"))
                # a plain file goes in by path, exactly as read_reports([path]) would read it
                items.append(text if f.endswith(".jsonl") else f)
                shas.append(sha)
                sources.append(f)
        except InputError as e:
            skipped.append({"path": f, "problem": e.problem})
    stats = {"files": len(files), "reports_new": len(items), "reports_skipped": n_done,
             "bytes": n_bytes, "rows": {}}  # fmt: skip
    if not items and not skipped:
        stats["seconds"] = time.perf_counter() - t0
        return stats
    tables = read_reports(items) if items else {}
    ident = sorted(shas) + [f"{p}:{a}:{b}" for p, a, b in pieces]
    key = hashlib.sha1("\n".join(ident).encode()).hexdigest()[:16]
    out = Path(out_dir)
    bad = pd.DataFrame(skipped, columns=["path", "problem"])
    if "skipped" in tables:
        bad = pd.concat([bad, tables["skipped"]], ignore_index=True)
    if len(bad):
        _write_part(
            _to_arrow(bad.astype("str"), "skipped"), out / "skipped" / f"part-{key}.parquet"
        )
        stats["rows"]["skipped"] = len(bad)
    reports = tables.get("reports")
    if reports is None or not len(reports):
        stats["seconds"] = time.perf_counter() - t0
        return stats
    part_of = {
        r: _partition_key(d, partition_by)
        for r, d in zip(reports["report_id"], reports["date"], strict=True)
    }
    label = partition_by or "part"
    for table in TABLES[:-1]:
        df = tables[table]
        if not len(df):
            continue
        keys = df["report_id"].map(part_of).fillna("unknown")
        _write_partitioned(df, keys, out / table, label, f"part-{key}.parquet", table)
        stats["rows"][table] = len(df)
    # the manifest is written last: a report counts as done only once all its rows are on disk
    sha_of = dict(zip(reports["sha256"], reports["report_id"], strict=True))
    manifest = pd.DataFrame(
        {
            "sha256": shas,
            "report_id": [sha_of.get(s) for s in shas],
            "source": sources,
            "part": key,
        }
    )
    _write_part(_to_arrow(manifest, _MANIFEST), out / _MANIFEST / f"part-{key}.parquet")
    stats["seconds"] = time.perf_counter() - t0
    return stats


def corpus_manifest(out_dir: str | Path) -> pd.DataFrame:
    """The reports already written under ``out_dir``: ``sha256``, ``report_id``, ``source``,
    ``part`` (one row per report; empty when nothing was parsed yet)."""
    files = sorted((Path(out_dir) / _MANIFEST).glob("part-*.parquet"))
    if not files:
        return pd.DataFrame(columns=["sha256", "report_id", "source", "part"])
    return pd.concat([pd.read_parquet(f) for f in files], ignore_index=True)


def corpus_runs(out_dir: str | Path) -> pd.DataFrame:
    """One row per :func:`parse_corpus` run on ``out_dir``: when, how many reports were new or
    skipped, bytes parsed, seconds, workers."""
    log = Path(out_dir) / "_runs.jsonl"
    if not log.exists():
        return pd.DataFrame()
    return pd.DataFrame([json.loads(x) for x in log.read_text().splitlines() if x.strip()])


def _progress(obj, client, show: bool):
    """Compute ``obj`` (a dask collection) with a progress bar; return the result."""
    if client is not None:
        fut = client.compute(obj)
        if show:
            from distributed import progress

            progress(fut)
        return fut.result()
    if show:
        from dask.diagnostics import ProgressBar

        with ProgressBar(dt=1.0):
            return obj.compute()
    return obj.compute()


def parse_corpus(
    paths_or_glob: str | os.PathLike | Iterable[str | os.PathLike],
    out_dir: str | os.PathLike,
    *,
    client=None,
    partition_by: str | None = "date",
    chunk_mb: float | None = None,
    progress: bool = True,
    scheduler: str | None = None,
) -> dict[str, dd.DataFrame]:
    """Parse a corpus with Dask into partitioned (Geo)Parquet tables and return them lazily.

    Each Dask task parses about ``chunk_mb`` of reports with
    :func:`analyst_kit.parse.read_reports` and writes its rows as Parquet files under
    ``out_dir/<table>/date=YYYY-MM-DD/`` (``places`` as GeoParquet with a WGS84 point
    geometry). A report whose SHA-256 is already in ``out_dir/_manifest`` is skipped, so
    running again on a grown corpus parses only the new reports, and an interrupted run
    resumes where it stopped. Memory per worker is bounded by the chunk size, not by the
    corpus size.

    Parameters
    ----------
    paths_or_glob
        A folder (searched recursively for ``.txt``/``.html``/``.jsonl``), a glob pattern, a
        file, or a list of these. ``.jsonl`` files hold one ``{"id", "text"}`` report per
        line (see :func:`analyst_kit.corpus.generate_corpus`).
    out_dir
        Where the tables go (created). Reuse it to add to the same tables.
    client
        A ``distributed.Client`` (a ``LocalCluster`` or a remote scheduler:
        ``Client("tcp://scheduler:8786")``). Without one, Dask's default scheduler runs
        the tasks (a client set as default is used).
    partition_by
        ``"date"`` (one folder per report date, default), ``"month"`` or ``None``.
    chunk_mb
        Target MB of report text per task (big ``.jsonl`` files are split at line ends).
        Default: enough tasks for ~4 per worker, at most 8 MB each.
    progress
        Show a progress bar (``distributed.progress`` with a client, else Dask's).
    scheduler
        Passed to ``dask.config`` when there is no client (e.g. ``"processes"``).

    Returns
    -------
    dict of dask.dataframe.DataFrame
        ``reports``, ``claims``, ``places`` (a dask-geopandas GeoDataFrame), ``bridges``,
        ``evacuations``, ``control``, ``skipped``: the columns of
        :func:`analyst_kit.parse.read_reports`, read back with :func:`read_corpus`.

    Raises
    ------
    InputError
        No report files found, or an unknown ``partition_by``.
    """
    if partition_by not in _PARTITIONS:
        raise InputError(
            out_dir, f"partition_by must be 'date', 'month' or None, not {partition_by!r}"
        )
    files = corpus_files(paths_or_glob)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    done = frozenset(corpus_manifest(out)["sha256"])
    if chunk_mb is None:
        total = sum(f.stat().st_size for f in files)
        n_workers = len(client.scheduler_info().get("workers", {})) if client is not None else 0
        n_workers = n_workers or os.cpu_count() or 1
        # at least ~4 tasks per worker for balance, at most 8 MB each to bound memory
        chunk_bytes = int(min(8e6, max(20e3, total / (4 * n_workers))))
    else:
        chunk_bytes = int(chunk_mb * 1e6)
    chunks = _chunks(files, chunk_bytes)
    t0 = time.perf_counter()
    bag = db.from_sequence(chunks, npartitions=len(chunks))
    stats_bag = bag.map(
        _parse_chunk, out_dir=str(out), partition_by=partition_by, done=dask.delayed(done)
    )
    if client is None and scheduler is not None:
        with dask.config.set(scheduler=scheduler):
            stats = _progress(stats_bag, None, progress)
    else:
        stats = _progress(stats_bag, client, progress)
    run = {
        "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "files": len(files),
        "tasks": len(chunks),
        "reports_new": sum(s["reports_new"] for s in stats),
        "reports_skipped": sum(s["reports_skipped"] for s in stats),
        "bytes": sum(s["bytes"] for s in stats),
        "seconds": round(time.perf_counter() - t0, 3),
        "workers": len(client.scheduler_info().get("workers", {})) if client is not None else None,
        "partition_by": partition_by,
    }
    with (out / "_runs.jsonl").open("a") as f:
        f.write(json.dumps(run) + "\n")
    return read_corpus(out)


def _partition_dirs(root: Path, start: str | None, end: str | None) -> list[Path]:
    dirs = sorted(p for p in root.glob("*=*") if p.is_dir())
    keep = []
    for d in dirs:
        value = d.name.split("=", 1)[1]
        if value not in ("all", "unknown"):
            if start and value < start[: len(value)]:
                continue
            if end and value > end[: len(value)]:
                continue
        elif value == "unknown" and (start or end):
            continue
        keep.append(d)
    return keep


def _read_dir(path: str, geo: bool) -> pd.DataFrame:
    files = sorted(Path(path).glob("part-*.parquet"))
    if geo:
        import geopandas as gpd

        parts = [gpd.read_parquet(f) for f in files]
        return pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    parts = [pd.read_parquet(f) for f in files]
    return pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]


def _empty(table: str) -> pd.DataFrame:
    from .parse import TABLE_COLUMNS

    df = pd.DataFrame(columns=TABLE_COLUMNS[table])
    if table == "places":
        import geopandas as gpd

        return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries([], crs="EPSG:4326"))
    return df


def read_corpus(
    out_dir: str | os.PathLike, *, start: str | None = None, end: str | None = None
) -> dict[str, dd.DataFrame]:
    """Open the tables written by :func:`parse_corpus` as Dask DataFrames.

    One Dask partition per date folder (or month), in date order; ``start``/``end``
    (``YYYY-MM-DD``, inclusive) skip whole folders without reading them.

    Parameters
    ----------
    out_dir
        The folder given to :func:`parse_corpus`.
    start, end
        Optional date range.

    Returns
    -------
    dict of dask.dataframe.DataFrame
        As :func:`parse_corpus`; ``places`` is a dask-geopandas GeoDataFrame.
    """
    import dask_geopandas  # noqa: F401  (registers GeoDataFrame partitions with dask)

    out = Path(out_dir)
    if not out.is_dir():
        raise InputError(out, "no parsed corpus here (run parse_corpus first)")
    tables: dict[str, dd.DataFrame] = {}
    for table in TABLES:
        root = out / table
        geo = table == "places"
        if table == "skipped":
            dirs = [root] if root.is_dir() and any(root.glob("part-*.parquet")) else []
        else:
            dirs = _partition_dirs(root, start, end) if root.is_dir() else []
        if not dirs:
            tables[table] = dd.from_pandas(_empty(table), npartitions=1)
            continue
        meta = _read_dir(str(dirs[0]), geo).iloc[:0]
        tables[table] = dd.from_map(
            _read_dir, [str(d) for d in dirs], geo=geo, meta=meta, enforce_metadata=False
        )
    return tables
