"""Tests for analyst_kit.grades: default table, rule order, CSV overrides, filters."""

from __future__ import annotations

import pandas as pd
import pytest

from analyst_kit.errors import InputError
from analyst_kit.grades import (
    CREDIBILITY,
    RELIABILITY,
    filter_grades,
    grade_claims,
    grade_opacity,
    load_grades,
)


def _claims() -> pd.DataFrame:
    return pd.DataFrame(
        [
            dict(
                claim_id="c1",
                speaker="Mikhail Mizintsev",
                side="RU",
                outlet="TASS",
                stance="self_serving",
            ),
            dict(
                claim_id="c2",
                speaker="Serhiy Haidai",
                side="UA",
                outlet="AP",
                stance="against_interest",
            ),
            dict(claim_id="c3", speaker="UK Defence Ministry", side="GB", outlet=None),
            dict(claim_id="c4", speaker=None, side=None, outlet="Reuters"),
            dict(claim_id="c5", speaker="UN OCHA", side="INTL", outlet=None),
            dict(claim_id="c6", speaker=None, side=None, outlet=None),
            dict(claim_id="c7", speaker="Serhiy Haidai", side="UA", outlet="AP", stance="neutral"),
        ]
    )


def test_default_table_is_documented_and_valid():
    rules = load_grades()
    assert len(rules) >= 8
    assert set(rules["reliability"]) <= set(RELIABILITY)
    assert set(rules["credibility"]) <= set(CREDIBILITY)
    assert (rules["rationale"].str.len() > 20).all(), "every default rule explains itself"
    assert rules["rule_id"].is_unique
    # the last rule catches everything: nothing known -> F (cannot be judged)
    last = rules.iloc[-1]
    assert last["reliability"] == "F"
    assert all(last[f] == "" for f in ("speaker", "side", "outlet", "stance"))


def test_default_grades_follow_the_documented_policy():
    g = grade_claims(_claims()).set_index("claim_id")
    assert g.loc["c1", "reliability"] == "D"  # party, self-serving
    assert g.loc["c2", "reliability"] == "B"  # party, admission against interest
    assert g.loc["c7", "reliability"] == "C"  # party, neutral
    assert g.loc["c3", "reliability"] == "C"  # third state
    assert g.loc["c4", "reliability"] == "B"  # wire service on its own
    assert g.loc["c5", "reliability"] == "B"  # international body
    assert g.loc["c6", "grade"] == "F6"
    assert g.loc["c1", "grade"] == "D6"
    assert g.loc["c1", "grade_rule"] == "party_self_serving"
    assert "propaganda" in g.loc["c1", "grade_rationale"]


def test_missing_columns_count_as_empty_and_input_is_not_modified():
    claims = pd.DataFrame({"claim_id": ["x"], "speaker": ["ICRC"]})
    g = grade_claims(claims)
    assert g["grade"].tolist() == ["B6"]
    assert "grade" not in claims.columns


def test_override_from_csv_replaces_defaults(tmp_path):
    csv = tmp_path / "my_grades.csv"
    csv.write_text(
        "rule_id,speaker,side,outlet,stance,reliability,credibility,rationale\n"
        "trust_haidai,Haidai,,,,A,2,Track record checked by our team\n"
        "everyone_else,,,,,E,5,Sceptical default\n",
        encoding="utf-8",
    )
    rules = load_grades(csv)
    g = grade_claims(_claims(), rules).set_index("claim_id")
    assert g.loc["c2", "grade"] == "A2"
    assert g.loc["c7", "grade"] == "A2"
    assert g.loc["c1", "grade"] == "E5"
    assert g.loc["c5", "grade"] == "E5"
    # a path works as well as a DataFrame
    assert grade_claims(_claims(), csv).set_index("claim_id").loc["c2", "grade"] == "A2"


def test_override_can_extend_defaults(tmp_path):
    csv = tmp_path / "extra.csv"
    csv.write_text("rule_id,outlet,reliability,credibility\ntass_down,TASS,E,6\n", encoding="utf-8")
    rules = load_grades(csv, extend=True)
    assert rules["rule_id"].iloc[0] == "tass_down"
    assert "party_self_serving" in set(rules["rule_id"])
    g = grade_claims(_claims(), rules).set_index("claim_id")
    assert g.loc["c1", "grade"] == "E6"  # user rule wins
    assert g.loc["c5", "grade"] == "B6"  # default still behind it


@pytest.mark.parametrize(
    "body, problem",
    [
        ("rule_id,reliability,credibility\nbad,G,2\n", "reliability"),
        ("rule_id,reliability,credibility\nbad,B,9\n", "credibility"),
        ("rule_id,speaker,reliability,credibility\nbad,(unclosed,B,2\n", "pattern"),
        ("rule_id,speaker\nbad,x\n", "lacks column"),
    ],
)
def test_bad_grade_tables_name_the_file_and_rule(tmp_path, body, problem):
    csv = tmp_path / "bad.csv"
    csv.write_text(body, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_grades(csv)
    assert "bad.csv" in str(err.value)
    assert problem in str(err.value)


def test_missing_grade_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="not found"):
        load_grades(tmp_path / "nope.csv")


def test_filter_grades():
    g = grade_claims(_claims())
    kept = filter_grades(g, min_reliability="C")
    assert set(kept["reliability"]) <= {"A", "B", "C"}
    assert "c1" not in set(kept["claim_id"]) and "c2" in set(kept["claim_id"])
    # priors are 6 except admissions against interest (3)
    assert filter_grades(g, "F", 5)["claim_id"].tolist() == ["c2"]
    with pytest.raises(ValueError):
        filter_grades(g, "Z")


def test_grade_opacity_orders_reliability():
    assert grade_opacity("A1") > grade_opacity("B2") > grade_opacity("D6") > grade_opacity("E6")
    assert grade_opacity(None) == grade_opacity("F6") == grade_opacity("??")
