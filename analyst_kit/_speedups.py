"""Optional Cython builds of the parser's pure-Python modules, used only while they match the source."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

# The modules compiled by `scripts/build_speedups.py`: the parser's rule engine, where about 80% of
# the time is ordinary Python (the gazetteer's hot loops are already in C: pyahocorasick, re).
MODULES: tuple[str, ...] = (
    "parse",
    "_claim_types",
    "_parse_mentions",
    "_parse_agents",
    "_parse_bridges",
    "_parse_evacuations",
    "_parse_control",
    "_parse_speakers",
    "_attribution",
    "_regex",
    "_dates",
    "_sentences",
    "_translit",
)
MANIFEST = "manifest.json"
ENV_PURE = "ANALYST_KIT_PURE"


def source_digest(path: Path) -> str:
    """sha256 of a module's source file, what a build is keyed on."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_tag() -> str:
    """The interpreter a compiled module is for, e.g. ``cpython-311-x86_64-linux-gnu``."""
    return sys.implementation.cache_tag + "-" + sys.platform + "-" + os.uname().machine


def compiled_dir(package_dir: Path) -> Path | None:
    """The folder of compiled modules to import, or None to stay in pure Python.

    The build is used only when ``ANALYST_KIT_PURE`` is unset, its manifest is for this
    interpreter, and every compiled module's source still has the digest it was built from: a
    source edited after the build (a developer's checkout) falls back to the source, never to a
    stale extension.

    Parameters
    ----------
    package_dir
        The ``analyst_kit`` package folder.
    """
    if os.environ.get(ENV_PURE, "").strip() not in ("", "0"):
        return None
    folder = package_dir / "_compiled"
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("tag") != build_tag():
            return None
        digests = manifest["modules"]
        for name in MODULES:
            if digests.get(name) != source_digest(package_dir / f"{name}.py"):
                return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return folder


def active() -> bool:
    """True when the parser runs from its compiled build."""
    mod = sys.modules.get("analyst_kit.parse")
    if mod is None:
        import analyst_kit.parse as mod
    return not str(getattr(mod, "__file__", "")).endswith(".py")
