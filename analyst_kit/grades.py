"""Source grading with the Admiralty (NATO) system: reliability A–F, credibility 1–6.

A grade such as ``"D6"`` combines the *reliability of the source* (letter) with the
*credibility of the information* (digit).  The kit ships a documented default rule
table, ``data/source_grades.csv``; every analyst can replace or extend it with a CSV
of their own (:func:`load_grades`).  Rules are tried in file order and the first rule
whose patterns all match a claim decides its grade.

Rule table columns
------------------
``rule_id``
    A short name, reported back in the ``grade_rule`` column of graded claims.
``speaker``, ``speaker_role``, ``side``, ``outlet``, ``claim_type``, ``stance``
    Case-insensitive regular expressions searched in the claim's value of that column
    (missing values count as the empty string, so ``^$`` means "not given").  An empty
    cell matches anything.  ``stance`` is ``self_serving`` (a party's claim of its own
    success or of the adversary's wrongdoing), ``against_interest`` (a party admitting
    something that hurts it), ``neutral`` or ``mixed``; it is set by
    :func:`analyst_kit.analysis.normalise_claims`.
``reliability``
    ``A`` completely reliable … ``E`` unreliable, ``F`` cannot be judged.
``credibility``
    The prior credibility ``1``–``6`` before cross-checking (``6`` = cannot be judged);
    :func:`analyst_kit.analysis.assess_claims` refines it from corroborations and
    contradictions.
``rationale``
    Why; shown to the analyst next to each grade.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd

from .data import data_path
from .errors import InputError

__all__ = [
    "RELIABILITY",
    "CREDIBILITY",
    "RULE_FIELDS",
    "load_grades",
    "grade_claims",
    "filter_grades",
    "RELIABILITY_OPACITY",
    "grade_opacity",
]

#: Admiralty source reliability codes and their meaning.
RELIABILITY: dict[str, str] = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
#: Admiralty information credibility codes and their meaning.
CREDIBILITY: dict[int, str] = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}
#: Claim columns a rule can match on.
RULE_FIELDS = ("speaker", "speaker_role", "side", "outlet", "claim_type", "stance")
_COLUMNS = ("rule_id", *RULE_FIELDS, "reliability", "credibility", "rationale")
DEFAULT_GRADES_FILE = "source_grades.csv"


def load_grades(path: str | os.PathLike | None = None, *, extend: bool = False) -> pd.DataFrame:
    """Read a grading rule table (the bundled default when ``path`` is None).

    Parameters
    ----------
    path
        A CSV with the columns described in the module docstring (``rule_id``,
        ``reliability`` and ``credibility`` are required; missing pattern columns
        match anything; ``rationale`` is optional but recommended).
    extend
        When True, the rules of ``path`` come first and the bundled defaults stay
        behind them as a fallback; when False (default) ``path`` replaces them.

    Returns
    -------
    pandas.DataFrame
        One row per rule, in matching order.

    Raises
    ------
    InputError
        The file is missing or a row has an unknown grade or a broken pattern (the
        message names the file and the rule).
    """
    source = Path(path) if path is not None else data_path(DEFAULT_GRADES_FILE)
    if not source.exists():
        raise InputError(source, "grading table not found")
    try:
        table = pd.read_csv(source, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
        raise InputError(source, f"not a readable CSV grading table ({exc})") from exc
    table = _validate(table, source)
    if extend and path is not None:
        table = pd.concat([table, load_grades(None)], ignore_index=True)
    return table


def _validate(table: pd.DataFrame, source: object) -> pd.DataFrame:
    table = table.rename(columns=lambda c: str(c).strip().lower())
    missing = {"reliability", "credibility"} - set(table.columns)
    if missing:
        raise InputError(source, f"grading table lacks column(s) {sorted(missing)}")
    for col in _COLUMNS:
        if col not in table.columns:
            table[col] = ""
    table = table.fillna("")
    if (table["rule_id"] == "").any():
        table.loc[table["rule_id"] == "", "rule_id"] = [
            f"rule_{i + 1}" for i in table.index[table["rule_id"] == ""]
        ]
    table["reliability"] = table["reliability"].str.strip().str.upper()
    for i, row in table.iterrows():
        where = f"rule {row['rule_id']!r} (row {i + 2})"
        if row["reliability"] not in RELIABILITY:
            raise InputError(
                source, f"{where}: reliability {row['reliability']!r} is not one of A–F"
            )
        try:
            cred = int(str(row["credibility"]).strip())
        except ValueError:
            cred = 0
        if cred not in CREDIBILITY:
            raise InputError(source, f"{where}: credibility {row['credibility']!r} is not 1–6")
        for field in RULE_FIELDS:
            try:
                re.compile(row[field])
            except re.error as exc:
                raise InputError(source, f"{where}: bad {field} pattern ({exc})") from exc
    table["credibility"] = table["credibility"].astype(str).str.strip().astype(int)
    return table[list(_COLUMNS)].reset_index(drop=True)


def _as_rules(grades: pd.DataFrame | str | os.PathLike | None) -> pd.DataFrame:
    if grades is None:
        return load_grades(None)
    if isinstance(grades, pd.DataFrame):
        return _validate(grades.copy(), "grades DataFrame")
    return load_grades(grades)


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return ""
    return str(value)


def grade_claims(
    claims: pd.DataFrame, grades: pd.DataFrame | str | os.PathLike | None = None
) -> pd.DataFrame:
    """Grade each claim with the first matching rule of a grading table.

    Parameters
    ----------
    claims
        A ``claims`` table (or assertions from
        :func:`analyst_kit.analysis.normalise_claims`); any of the rule columns may be
        missing (they count as empty).
    grades
        Rule table (DataFrame), a CSV path, or None for the bundled default.

    Returns
    -------
    pandas.DataFrame
        A copy of ``claims`` with ``reliability`` (A–F), ``credibility`` (1–6),
        ``grade`` (e.g. ``"B2"``), ``grade_rule`` and ``grade_rationale``.
    """
    rules = _as_rules(grades)
    compiled = [
        (
            {f: re.compile(r[f], re.I) for f in RULE_FIELDS if r[f] != ""},
            r["rule_id"],
            r["reliability"],
            int(r["credibility"]),
            r["rationale"],
        )
        for _, r in rules.iterrows()
    ]
    out = claims.copy()
    values = pd.DataFrame(
        {f: (out[f].map(_text) if f in out.columns else "") for f in RULE_FIELDS},
        index=out.index,
    )
    rel, cred, rule_ids, why = [], [], [], []
    for row in values.to_dict("records"):
        for pats, rid, r, c, text in compiled:
            if all(p.search(row[f]) for f, p in pats.items()):
                rel.append(r)
                cred.append(c)
                rule_ids.append(rid)
                why.append(text)
                break
        else:
            rel.append("F")
            cred.append(6)
            rule_ids.append("")
            why.append("no rule matched: reliability cannot be judged")
    out["reliability"] = pd.Series(rel, index=out.index, dtype=object)
    out["credibility"] = pd.Series(cred, index=out.index, dtype="int64")
    out["grade"] = [f"{r}{c}" for r, c in zip(rel, cred, strict=True)]
    out["grade_rule"] = pd.Series(rule_ids, index=out.index, dtype=object)
    out["grade_rationale"] = pd.Series(why, index=out.index, dtype=object)
    return out


def filter_grades(
    df: pd.DataFrame, min_reliability: str = "F", max_credibility: int = 6
) -> pd.DataFrame:
    """Keep graded rows at least as reliable and as credible as the given codes.

    ``F`` (cannot be judged) ranks below ``E`` here, so ``min_reliability="E"``
    drops ungraded sources.

    Parameters
    ----------
    df
        Output of :func:`grade_claims` (``reliability`` and ``credibility`` columns).
    min_reliability
        Worst reliability letter kept (``"C"`` keeps A, B and C).
    max_credibility
        Worst credibility digit kept (``3`` keeps 1, 2 and 3).

    Returns
    -------
    pandas.DataFrame
    """
    order = "ABCDEF"
    letter = str(min_reliability).upper()
    if letter not in RELIABILITY:
        raise ValueError(f"min_reliability must be one of A–F, got {min_reliability!r}")
    keep = df["reliability"].map(lambda r: order.find(str(r)) <= order.find(letter))
    keep &= df["credibility"].astype(int) <= int(max_credibility)
    return df.loc[keep]


#: Marker opacity per reliability letter, so maps and timelines show weak sources faintly.
RELIABILITY_OPACITY: dict[str, float] = {
    "A": 1.0,
    "B": 0.9,
    "C": 0.75,
    "D": 0.55,
    "E": 0.35,
    "F": 0.5,
}


def grade_opacity(grade: object) -> float:
    """Opacity for a grade (``"B2"``) or reliability letter, for map and chart styling.

    Unknown or missing grades get the ``F`` opacity.
    """
    letter = str(grade)[:1].upper() if grade is not None else "F"
    return RELIABILITY_OPACITY.get(letter, RELIABILITY_OPACITY["F"])
