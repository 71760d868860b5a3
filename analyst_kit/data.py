"""Paths to the bundled data files in ``data/``."""

from __future__ import annotations

import os
from pathlib import Path

#: Folder holding the kit's bundled data (override with ``ANALYST_KIT_DATA``).
DATA_DIR = Path(os.environ.get("ANALYST_KIT_DATA", Path(__file__).resolve().parent.parent / "data"))


def data_path(*parts: str) -> Path:
    """Return the path of a bundled data file, e.g. ``data_path("ukraine_outline.geojson")``.

    Parameters
    ----------
    *parts
        Path components under ``data/``.

    Returns
    -------
    pathlib.Path
    """
    return DATA_DIR.joinpath(*parts)


def cache_dir() -> Path:
    """Return (and create) the folder where derived caches live (``ANALYST_KIT_CACHE`` or ``~/.cache``)."""
    base = os.environ.get("ANALYST_KIT_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "analyst-kit"
    )
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True)
    return path
