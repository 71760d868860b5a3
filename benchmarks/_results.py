"""Merge one benchmark's numbers into benchmarks/results.json (each script owns one key)."""

from __future__ import annotations

import json
import os
import platform
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results.json"


def record(section: str, numbers: dict) -> dict:
    """Write ``numbers`` under ``section`` in results.json (atomically) and print them."""
    data = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    numbers = dict(numbers)
    numbers["measured_at"] = time.strftime("%Y-%m-%dT%H:%M:%S")
    numbers["machine"] = (
        f"{platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    data[section] = numbers
    fd, tmp = tempfile.mkstemp(dir=RESULTS.parent, suffix=".json")
    with os.fdopen(fd, "w") as f:
        json.dump(data, f, indent=2, sort_keys=True)
        f.write("\n")
    os.replace(tmp, RESULTS)
    print(json.dumps({section: numbers}, indent=2))
    return numbers
