"""Rebuild every compact file in data/ from ../shared/geodata (run by `make data`).

Each topic has its own builder module `scripts/build_<topic>.py` with a
`main(shared: Path, out: Path) -> None`; this script runs them all in order.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["base", "gazetteer", "control", "bridges", "events"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    ap.add_argument("--out", type=Path, default=HERE.parent / "data")
    ap.add_argument("topics", nargs="*", help=f"subset of {ORDER}")
    a = ap.parse_args(argv)
    geodata = a.shared / "geodata"
    if not geodata.is_dir():
        print(f"{geodata} not found: pass --shared", file=sys.stderr)
        return 2
    for topic in a.topics or ORDER:
        path = HERE / f"build_{topic}.py"
        if not path.exists():
            continue
        spec = importlib.util.spec_from_file_location(f"build_{topic}", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        print(f"[build] {topic}")
        mod.main(a.shared, a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
