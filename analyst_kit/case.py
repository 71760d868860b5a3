"""Case files: save and load the whole working state atomically, ingest reports idempotently.

A case is a folder::

    my.case/
      manifest.json          # {"format": "analyst-kit-case", "version": 3, "current": "v000003", ...}
      v000003/<table>.parquet  # one (Geo)Parquet file per table

A save writes a complete new version folder, then replaces ``manifest.json`` with an atomic
rename, then removes older versions.  A process killed at any moment leaves either the old
manifest (pointing at the old, complete version) or the new one: never a half-written case.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import CaseFileError

__all__ = ["CASE_FORMAT", "save_case", "load_case", "case_meta", "ingest"]

CASE_FORMAT = "analyst-kit-case"
_MANIFEST = "manifest.json"
# Tables keyed by report: rows of a report are replaced as a whole when it is re-ingested.
_REPORT_TABLES = ("reports", "claims", "places", "bridges", "evacuations", "control")


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_table(df: pd.DataFrame, path: Path) -> None:
    """Write one table as (Geo)Parquet and fsync it; untypeable object columns become text."""
    import pyarrow as pa

    if "geometry" in df.columns and hasattr(df, "crs"):
        df.to_parquet(path)
    else:
        df = pd.DataFrame(df)
        try:
            df.to_parquet(path, index=False)
        except (TypeError, ValueError, pa.ArrowException):
            text = {c: "string" for c in df.columns if df[c].dtype == object}
            df.astype(text).to_parquet(path, index=False)
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _read_manifest(path: Path) -> dict:
    mpath = path / _MANIFEST
    try:
        manifest = json.loads(mpath.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise CaseFileError(path, "not a case folder (no manifest.json)") from e
    except (OSError, ValueError) as e:
        raise CaseFileError(mpath, f"manifest cannot be read ({e})") from e
    if manifest.get("format") != CASE_FORMAT:
        raise CaseFileError(mpath, f"not an analyst-kit case (format={manifest.get('format')!r})")
    return manifest


def save_case(
    path: str | os.PathLike, tables: dict[str, pd.DataFrame], *, meta: dict | None = None
) -> Path:
    """Save every table of the working state into a case folder, atomically.

    Parameters
    ----------
    path
        The case folder (created when missing).
    tables
        Table name -> DataFrame or GeoDataFrame (GeoDataFrames keep geometry and CRS).
    meta
        JSON-serialisable notes kept in the manifest (analyst, area, grades file...).

    Returns
    -------
    pathlib.Path
        The case folder.

    Raises
    ------
    CaseFileError
        When the folder is not writable or holds something that is not a case.
    """
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise CaseFileError(path, "exists and is not a case folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise CaseFileError(path, f"cannot create the case folder ({e.strerror or e})") from e
    old = None
    if (path / _MANIFEST).exists():
        old = _read_manifest(path)
    version = (old or {}).get("version", 0) + 1
    name = f"v{version:06d}"
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=path))
    except OSError as e:
        raise CaseFileError(path, f"is not writable ({e.strerror or e})") from e
    try:
        index = {}
        for tname, df in tables.items():
            if df is None:
                continue
            if not tname.isidentifier():
                raise CaseFileError(path, f"table name {tname!r} is not a plain identifier")
            _write_table(df, staging / f"{tname}.parquet")
            index[tname] = {"rows": int(len(df)), "geo": bool(hasattr(df, "crs"))}
        _fsync_dir(staging)
        final = path / name
        if final.exists():
            shutil.rmtree(final)
        os.replace(staging, final)
        manifest = {
            "format": CASE_FORMAT,
            "version": version,
            "current": name,
            "saved_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "tables": index,
            "meta": meta or (old or {}).get("meta", {}),
        }
        fd, tmp = tempfile.mkstemp(prefix=".manifest-", suffix=".json", dir=path)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(manifest, f, indent=2, ensure_ascii=False)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path / _MANIFEST)
        _fsync_dir(path)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    for child in path.iterdir():  # older versions and leftovers of killed saves
        if child.name not in (name, _MANIFEST) and (
            child.name.startswith("v") or child.name.startswith(".")
        ):
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)
    return path


def load_case(path: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """Load a case folder saved with :func:`save_case`.

    Parameters
    ----------
    path
        The case folder.

    Returns
    -------
    dict
        Table name -> DataFrame (GeoDataFrame for tables saved with geometry). The manifest
        (version, meta) is read with :func:`case_meta`.

    Raises
    ------
    CaseFileError
        Naming the folder or table that cannot be read.
    """
    path = Path(path)
    manifest = _read_manifest(path)
    folder = path / manifest["current"]
    out: dict[str, pd.DataFrame] = {}
    for tname, info in manifest.get("tables", {}).items():
        f = folder / f"{tname}.parquet"
        try:
            if info.get("geo"):
                import geopandas as gpd

                out[tname] = gpd.read_parquet(f)
            else:
                out[tname] = pd.read_parquet(f)
        except Exception as e:  # noqa: BLE001 - any reader error becomes a named case error
            raise CaseFileError(f, f"table {tname!r} cannot be read ({e})") from e
    return out


def case_meta(path: str | os.PathLike) -> dict[str, Any]:
    """Return the manifest of a case folder (version, saved_at, tables, meta)."""
    return _read_manifest(Path(path))


def ingest(
    path: str | os.PathLike, reports: Iterable[str | os.PathLike], **parse_kw: Any
) -> dict[str, Any]:
    """Parse report files into a case, idempotently, and save it atomically.

    Reports already in the case (same sha256) are not added twice; a file that cannot be
    read is listed in ``skipped`` and the others are still ingested. If the save fails or the
    process dies, the case on disk is the previous one.

    Parameters
    ----------
    path
        The case folder (created on first ingest).
    reports
        Report file paths.
    **parse_kw
        Passed to :func:`analyst_kit.parse.read_reports`.

    Returns
    -------
    dict
        ``added`` (report ids), ``already_present`` (report ids), ``skipped`` (DataFrame of
        path/problem), ``tables`` (the saved state).
    """
    from .parse import read_reports

    path = Path(path)
    tables = load_case(path) if (path / _MANIFEST).exists() else {}
    new = read_reports([Path(p) for p in reports], **parse_kw)
    known = set(tables["reports"]["sha256"]) if "reports" in tables else set()
    fresh = new["reports"][~new["reports"]["sha256"].isin(known)]
    fresh = fresh.drop_duplicates("sha256")
    present = new["reports"].loc[new["reports"]["sha256"].isin(known), "report_id"].tolist()
    ids = set(fresh["report_id"])
    for tname in _REPORT_TABLES:
        add = new.get(tname)
        if add is None:
            continue
        add = add[add["report_id"].isin(ids)] if "report_id" in add.columns else add
        if tname in tables and len(tables[tname]):
            tables[tname] = pd.concat([tables[tname], add], ignore_index=True)
        else:
            tables[tname] = add.reset_index(drop=True)
    skipped = new.get("skipped", pd.DataFrame(columns=["path", "problem"]))
    prev = tables.get("skipped")
    tables["skipped"] = (
        pd.concat([prev, skipped], ignore_index=True) if prev is not None and len(prev) else skipped
    )
    if not ids and (path / _MANIFEST).exists():
        return {"added": [], "already_present": present, "skipped": skipped, "tables": tables}
    save_case(path, tables)
    return {
        "added": sorted(ids),
        "already_present": present,
        "skipped": skipped,
        "tables": tables,
    }
