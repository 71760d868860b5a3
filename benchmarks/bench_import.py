"""How long `import analyst_kit` takes in a fresh interpreter (goal: < 0.5 s)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from _results import record

CODE = "import time; t=time.perf_counter(); import analyst_kit; print(time.perf_counter()-t)"


def main() -> None:
    runs = []
    for _ in range(7):
        out = subprocess.run(
            [sys.executable, "-c", CODE], capture_output=True, text=True, check=True
        )
        runs.append(float(out.stdout.strip()))
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    bare = time.perf_counter() - t0
    heavy = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, analyst_kit; print(sorted(m for m in ('plotly','geopandas','pandas','shapely') if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    record(
        "import",
        {
            "import_seconds_median": round(statistics.median(runs), 4),
            "import_seconds_max": round(max(runs), 4),
            "bare_interpreter_seconds": round(bare, 4),
            "heavy_modules_loaded_on_import": heavy,
            "goal_seconds": 0.5,
        },
    )


if __name__ == "__main__":
    main()
