"""Dask corpus parsing: MB/s with 1 and 2 workers, speed-up, peak memory per worker.

Run: ``cd benchmarks && ../.venv/bin/python bench_scale.py [--sizes 3,6] [--in-memory-mb 3]``

The issue asks for 1 GB; the parser runs at well under 1 MB/s per core, so the default
sizes are the largest that finish in a few minutes per run on this 2-core machine. Pass
``--sizes 1000`` on a bigger machine. Peak memory is each worker process's peak RSS;
measuring it at two sizes shows whether it grows with the corpus (it should not: each
task holds one chunk).
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _results import record  # noqa: E402

from analyst_kit.corpus import generate_corpus, iter_corpus_reports  # noqa: E402
from analyst_kit.scale import parse_corpus  # noqa: E402


def _warm() -> float:
    """Load the parser and gazetteer in a worker, so start-up is not timed."""
    from analyst_kit.parse import read_reports

    read_reports(["date 2022-06-14\n\nHaidai said Lysychansk was shelled.\n"])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_dask(corpus: Path, workers: int, chunk_mb: float) -> dict:
    from distributed import Client, LocalCluster

    out = Path(tempfile.mkdtemp(prefix="bench_scale_out_"))
    try:
        with (
            LocalCluster(
                processes=True, n_workers=workers, threads_per_worker=1, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            base = client.run(_warm)
            t0 = time.perf_counter()
            tables = parse_corpus(corpus, out, client=client, chunk_mb=chunk_mb, progress=False)
            seconds = time.perf_counter() - t0
            peaks = client.run(_peak_mb)
            n_reports = len(tables["reports"])
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return {
        "seconds": round(seconds, 2),
        "reports": n_reports,
        "peak_rss_mb_per_worker": [round(v, 1) for v in peaks.values()],
        "rss_after_warmup_mb_per_worker": [round(v, 1) for v in base.values()],
    }


def _in_memory(paths: list[str], q) -> None:
    from analyst_kit.parse import read_reports

    _warm()
    texts = [t for p in paths for _, t in iter_corpus_reports(p)]
    t0 = time.perf_counter()
    tables = read_reports(texts)
    q.put((time.perf_counter() - t0, len(tables["reports"]), _peak_mb()))


def run_in_memory(corpus: Path) -> dict:
    """read_reports over the whole corpus in one fresh process (peak RSS of that process)."""
    q = mp.get_context("spawn").Queue()
    paths = sorted(str(p) for p in corpus.glob("*.jsonl"))
    proc = mp.get_context("spawn").Process(target=_in_memory, args=(paths, q))
    proc.start()
    seconds, n, peak = q.get()
    proc.join()
    return {"seconds": round(seconds, 2), "reports": n, "peak_rss_mb": round(peak, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="3,6", help="corpus sizes in MB, comma-separated")
    ap.add_argument("--in-memory-mb", type=float, default=3.0)
    ap.add_argument("--chunk-mb", type=float, default=0.25)
    ap.add_argument(
        "--days", type=int, default=30, help="days the corpus covers (one date folder each)"
    )
    a = ap.parse_args()
    sizes = [float(s) for s in a.sizes.split(",")]
    load_before = os.getloadavg()
    tmp = Path(tempfile.mkdtemp(prefix="bench_scale_"))
    numbers: dict = {"sizes_mb": sizes, "chunk_mb": a.chunk_mb, "days": a.days, "runs": []}
    try:
        for size in sizes:
            corpus = tmp / f"c{size:g}"
            t0 = time.perf_counter()
            end = dt.date(2022, 6, 1) + dt.timedelta(days=a.days - 1)
            files = generate_corpus(corpus, size, seed=0, files_mb=1.0, start="2022-06-01", end=end)
            gen_s = time.perf_counter() - t0
            mb = files["bytes"].sum() / 1e6
            print(f"generated {mb:.1f} MB ({len(files)} files) in {gen_s:.1f} s", flush=True)
            for workers in (1, 2):
                r = run_dask(corpus, workers, a.chunk_mb)
                r.update(size_mb=round(mb, 2), workers=workers,
                         mb_per_s=round(mb / r["seconds"], 4))  # fmt: skip
                numbers["runs"].append(r)
                print(r, flush=True)
            if size == a.in_memory_mb:
                m = run_in_memory(corpus)
                m.update(size_mb=round(mb, 2), mb_per_s=round(mb / m["seconds"], 4))
                numbers["in_memory"] = m
                print("in-memory", m, flush=True)
            shutil.rmtree(corpus, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    runs = numbers["runs"]
    by = {(r["workers"], r["size_mb"]): r for r in runs}
    for w, mb in list(by):
        if w == 1 and (2, mb) in by:
            numbers[f"speedup_2_workers_{mb:g}mb"] = round(
                by[(1, mb)]["seconds"] / by[(2, mb)]["seconds"], 2
            )
    two = [r for r in runs if r["workers"] == 2]
    if len(two) >= 2:
        numbers["peak_rss_mb_per_worker_by_size"] = {
            f"{r['size_mb']:g}": max(r["peak_rss_mb_per_worker"]) for r in two
        }
    numbers["load_average_before_after"] = [round(load_before[0], 2), round(os.getloadavg()[0], 2)]
    numbers["note"] = (
        "Sizes are what finished in minutes on this shared 2-core machine (the parser runs at "
        "about 0.3-0.5 MB/s per core); 1 GB would take about 30 min with 2 workers and an hour "
        "more for the 1-worker comparison here. Load average "
        "from other processes is recorded: with other jobs on both cores the 2-worker "
        "speed-up cannot reach 2x. Each run writes about days x 6 tables small Parquet "
        "files (one per date folder), a fixed cost that a 1 GB corpus amortises."
    )
    record("scale", numbers)


if __name__ == "__main__":
    main()
