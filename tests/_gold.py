"""Score parser output against gold folders with ``../shared/eval/score.py``, in-process."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCORE = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score.py"


def score_module():
    """``../shared/eval/score.py`` as a module (the test is skipped where it is missing)."""
    if not SCORE.exists():
        pytest.skip("../shared/eval/score.py not available")
    spec = importlib.util.spec_from_file_location("score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["score"] = mod
    spec.loader.exec_module(mod)
    return mod


def score_golds(golds: list[Path]) -> dict:
    """F1 per table, date accuracy and overall (as score.py prints them) for ``*.gold.json``
    files, parsing each ``.txt`` beside them the way ``analyst-kit parse --json`` does."""
    from analyst_kit import cli
    from analyst_kit.parse import read_reports

    score = score_module()
    totals = {t: [0, 0, 0] for t in score.TABLES}
    date_ok = date_n = 0
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        pred = cli._records(read_reports([g.with_name(g.name[: -len(".gold.json")] + ".txt")]))
        if "date" in gold:
            date_n += 1
            dates = [r.get("date") for r in pred.get("reports", [])]
            date_ok += bool(dates) and str(dates[0])[:10] == gold["date"]
        for t in score.TABLES:
            p = pred.get(t, []) or []
            if t == "places":
                p = score.dedupe_places(p)
            tp, fp, fn, *_ = score.score_table(p, gold.get(t, []), t)
            totals[t] = [a + b for a, b in zip(totals[t], (tp, fp, fn), strict=True)]
    f1s = {t: score.f1(*v)[2] for t, v in totals.items()}
    date_acc = date_ok / date_n if date_n else 1.0
    return {"f1": f1s, "date": date_acc, "overall": (sum(f1s.values()) + date_acc) / (len(f1s) + 1)}
