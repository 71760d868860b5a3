"""Tests for analyst_kit.analysis: assertions, contradictions, corroborations, evidence, figures."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analyst_kit import analysis as an
from analyst_kit.grades import load_grades


def _claim(cid, speaker, side, outlet, text, report="r1", **kw):
    return dict(
        claim_id=cid,
        report_id=report,
        speaker=speaker,
        speaker_role=kw.get("role"),
        side=side,
        outlet=outlet,
        claim_type=kw.get("claim_type", "other"),
        text=text,
        start=0,
        end=len(text),
    )


def _bridge(cid, connects, status, actor, count=1, river=None, report="r1"):
    return dict(
        report_id=report,
        claim_id=cid,
        name=None,
        river=river,
        connects=connects,
        status=status,
        count=count,
        actor_side=actor,
        claimed_by_side=None,
    )


def _tables(claims, bridges=(), evacuations=(), control=(), dates=None):
    dates = dates or {"r1": "2022-06-14"}
    return {
        "reports": pd.DataFrame(
            [
                dict(report_id=r, date=d, title=r, source=None, n_chars=1, sha256="0")
                for r, d in dates.items()
            ]
        ),
        "claims": pd.DataFrame(claims),
        "bridges": pd.DataFrame(list(bridges)),
        "evacuations": pd.DataFrame(list(evacuations)),
        "control": pd.DataFrame(list(control)),
    }


def seed_equivalent() -> dict:
    """Hand-built tables of the seed report's bridge and control statements."""
    claims = [
        _claim(
            "c1",
            "Mikhail Mizintsev",
            "RU",
            "TASS",
            "Ukrainian forces blew up the last remaining bridge to Lysychansk over the "
            "Seversky Donets river on instructions.",
            role="chief of Russia's National Defense Management Center",
        ),
        _claim(
            "c2",
            "Serhiy Haidai",
            "UA",
            "AP",
            "Russian troops have destroyed all three bridges that are used to move out of the city.",
            role="Governor of the Luhansk region",
        ),
        _claim(
            "c3",
            "Serhiy Haidai",
            "UA",
            "AP",
            "Russian armed forces have taken control of about 80% of Severodonetsk.",
        ),
    ]
    bridges = [
        _bridge("c1", "Lysychansk", "destroyed", "UA", 1, river="Seversky Donets"),
        _bridge("c2", "Severodonetsk", "destroyed", "RU", 3),
    ]
    control = [
        dict(
            report_id="r1",
            claim_id="c3",
            place="Severodonetsk",
            controller_side="RU",
            share=0.8,
            claimed_by_side="UA",
        )
    ]
    return _tables(claims, bridges, control=control)


# ----------------------------------------------------------------- normalisation


def test_normalise_claims_columns_subjects_and_stance():
    a = an.normalise_claims(seed_equivalent())
    for col in [
        "assertion_id",
        "claim_id",
        "report_id",
        "date",
        "subject",
        "subject_kind",
        "predicate",
        "value",
        "side",
        "speaker",
        "outlet",
    ]:
        assert col in a.columns
    assert a["assertion_id"].is_unique
    br = a[a["subject_kind"] == "bridge"]
    # "last remaining bridge to Lysychansk" and "all three bridges out of the city" are one group
    assert br["subject"].nunique() == 1
    assert br["subject"].iat[0] == "Sievierodonetsk–Lysychansk crossings"
    by = a[a["predicate"] == "destroyed_by"].set_index("claim_id")
    assert by.loc["c1", "value"] == "UA" and by.loc["c2", "value"] == "RU"
    assert (by["stance"] == "self_serving").all()
    assert (by["reliability"] == "D").all()
    ctl = a[a["predicate"] == "control_share"].iloc[0]
    assert ctl["subject"] == "Sievierodonetsk"  # alias canonicalised
    assert ctl["stance"] == "against_interest" and ctl["reliability"] == "B"
    assert a["date"].dt.strftime("%Y-%m-%d").unique().tolist() == ["2022-06-14"]


def test_normalise_claims_on_empty_tables():
    a = an.normalise_claims({"claims": pd.DataFrame()})
    assert a.empty and "subject" in a.columns
    assert an.contradictions({}).empty
    assert an.corroborations({}).empty
    assert an.assess_claims({}).empty
    assert [tr.name for tr in an.subject_timeline({}).data] == ["contradiction"]
    assert len(an.contradictions_table({}).data[0].cells.values[0]) == 0


def test_source_key_ignores_outlet_and_titles():
    k1 = an.source_key("RU", "Colonel General Mikhail Mizintsev", "TASS")
    k2 = an.source_key("RU", "Mizintsev", "RIA Novosti")
    assert k1 == k2 == "RU|mizintsev"
    assert an.source_key("GB", "UK Defence Ministry") != an.source_key(
        "RU", "Russian Defence Ministry"
    )
    assert an.source_key(None, None, "AP") != an.source_key(None, None, "Reuters")


# ----------------------------------------------------------------- contradictions


def test_seed_equivalent_bridge_attribution_contradiction():
    c = an.contradictions(seed_equivalent())
    att = c[c["kind"] == "attribution"]
    assert len(att) == 1
    row = att.iloc[0]
    assert {row["side_a"], row["side_b"]} == {"RU", "UA"}
    assert {row["speaker_a"], row["speaker_b"]} == {"Mikhail Mizintsev", "Serhiy Haidai"}
    assert {row["outlet_a"], row["outlet_b"]} == {"TASS", "AP"}
    assert sorted(row["evidence"]) == ["c1", "c2"]
    assert not row["ambiguous"]
    assert "1 vs 3" in row["note"] or "3 vs 1" in row["note"]
    assert row["confidence"] == pytest.approx(0.4)  # two D sources, one each side
    assert row["confidence_label"] == "low"
    # both sides agree the bridges are down: that is a cross-side corroboration
    co = an.corroborations(seed_equivalent())
    st = co[co["predicate"] == "bridge_status"].iloc[0]
    assert st["cross_side"] and st["n_independent"] == 2 and st["evidence"] == ["c1", "c2"]


def _control_pair(share_a, share_b, ctrl_a="RU", ctrl_b="RU", d2="2022-06-15"):
    claims = [
        _claim("k1", "Igor Konashenkov", "RU", "TASS", "x"),
        _claim("k2", "Serhiy Haidai", "UA", "AP", "y", report="r2"),
    ]
    control = [
        dict(
            report_id="r1",
            claim_id="k1",
            place="Sievierodonetsk",
            controller_side=ctrl_a,
            share=share_a,
        ),
        dict(
            report_id="r2",
            claim_id="k2",
            place="Sievierodonetsk",
            controller_side=ctrl_b,
            share=share_b,
        ),
    ]
    return _tables(claims, control=control, dates={"r1": "2022-06-14", "r2": d2})


def test_share_agree_within_tolerance_and_disagree_beyond():
    agree = _control_pair(0.8, 0.7)
    assert an.contradictions(agree).empty
    co = an.corroborations(agree)
    assert len(co) == 2  # controlled_by RU and the share 70–80%
    share = co[co["predicate"] == "control_share"].iloc[0]
    assert share["value"] == "RU holds 70%–80%" and share["cross_side"]

    far = an.contradictions(_control_pair(0.9, 0.5))
    assert far["kind"].tolist() == ["share"]
    assert "40%" in far["note"].iat[0]
    # a tighter or looser tolerance changes the verdict
    assert len(an.contradictions(_control_pair(0.8, 0.7), share_tolerance=0.05)) == 1
    assert an.contradictions(_control_pair(0.9, 0.5), share_tolerance=0.5).empty


def test_share_of_the_other_party_is_converted():
    # RU says it holds 80%, UA says it still holds 20%: consistent
    assert (
        an.contradictions(_control_pair(0.8, 0.2, "RU", "UA"), share_tolerance=0.1)
        .query("kind == 'share'")
        .empty
    )


def test_control_whole_vs_whole_and_partial():
    c = an.contradictions(_control_pair(None, None, "RU", "UA"))
    assert c["kind"].tolist() == ["control"] and not c["ambiguous"].iat[0]
    minority = an.contradictions(_control_pair(0.3, None, "RU", "UA"))
    assert minority["ambiguous"].iat[0] and "30%" in minority["note"].iat[0]


def test_time_window():
    assert len(an.contradictions(_control_pair(0.9, 0.4, d2="2022-06-16"))) == 1
    assert an.contradictions(_control_pair(0.9, 0.4, d2="2022-06-20")).empty
    assert len(an.contradictions(_control_pair(0.9, 0.4, d2="2022-06-20"), window_days=7)) == 1


def test_ambiguous_vague_subject_is_flagged_not_forced():
    claims = [
        _claim("v1", "Igor Konashenkov", "RU", "TASS", "Ukrainian troops blew up a bridge."),
        _claim("v2", "Oleksandr Motuzianyk", "UA", "Ukrinform", "Russia destroyed bridges."),
    ]
    bridges = [
        _bridge("v1", None, "destroyed", "UA", river="Siverskyi Donets"),
        _bridge("v2", None, "destroyed", "RU", river="Siverskyi Donets"),
    ]
    c = an.contradictions(_tables(claims, bridges))
    assert len(c) == 1
    row = c.iloc[0]
    assert row["ambiguous"] and "vague" in row["note"]
    assert row["subject"] == "bridges on the Siverskyi Donets"
    assert row["confidence"] == pytest.approx(0.2)  # halved


def test_bridges_in_different_towns_are_not_compared():
    claims = [
        _claim("b1", "Igor Konashenkov", "RU", "TASS", "a"),
        _claim("b2", "Oleh Syniehubov", "UA", "AP", "b"),
    ]
    bridges = [_bridge("b1", "Kharkiv", "destroyed", "UA"), _bridge("b2", "Izium", "intact", None)]
    a = an.normalise_claims(_tables(claims, bridges))
    assert a["subject"].nunique() == 2
    assert an.contradictions(_tables(claims, bridges)).empty
    # ... but the same town's bridge is: intact vs destroyed is a status contradiction
    bridges = [
        _bridge("b1", "Izium–Kharkiv", "destroyed", "UA"),
        _bridge("b2", "Izium", "intact", None),
    ]
    c = an.contradictions(_tables(claims, bridges))
    assert c["kind"].tolist() == ["status"] and c["subject"].iat[0] == "bridges: Izium–Kharkiv"


def test_evacuation_statuses_qualifiers_and_polarity():
    claims = [
        _claim("e1", "Mikhail Mizintsev", "RU", "TASS", "evacuation towards Lysychansk impossible"),
        _claim("e2", "Serhiy Haidai", "UA", "AP", "mass evacuation of civilians not possible"),
        _claim("e3", "Serhiy Haidai", "UA", "AP", "injured can still be evacuated"),
        _claim("e4", "UN OCHA", "INTL", None, "a corridor for civilians opened"),
    ]
    ev = [
        dict(
            report_id="r1",
            claim_id="e1",
            origin="Azot",
            destination="Lysychansk",
            population="civilians",
            status="impossible",
        ),
        dict(
            report_id="r1",
            claim_id="e2",
            origin="Severodonetsk",
            destination=None,
            population="civilians",
            status="impossible",
        ),
        dict(
            report_id="r1",
            claim_id="e3",
            origin="Sievierodonetsk",
            destination=None,
            population="injured",
            status="limited",
        ),
        dict(
            report_id="r1",
            claim_id="e4",
            origin="Sievierodonetsk",
            destination=None,
            population="civilians",
            status="open",
        ),
    ]
    t = _tables(claims, evacuations=ev)
    a = an.normalise_claims(t)
    assert set(a["subject"]) == {"corridor: Sievierodonetsk"}  # Azot counts as its town
    c = an.contradictions(t)
    pairs = {frozenset((r.claim_id_a, r.claim_id_b)) for r in c.itertuples()}
    # injured vs civilians are different populations: never compared
    assert all("e3" not in p for p in pairs)
    assert pairs == {frozenset({"e1", "e4"}), frozenset({"e2", "e4"})}
    co = an.corroborations(t)
    assert co["evidence"].tolist() == [["e1", "e2"]] and co["cross_side"].iat[0]


def test_relayed_statement_is_not_independent():
    claims = [
        _claim("t1", "Mikhail Mizintsev", "RU", "TASS", "x"),
        _claim("t2", "Colonel General Mizintsev", "RU", "RIA Novosti", "x again"),
    ]
    bridges = [
        _bridge("t1", "Lysychansk", "destroyed", "UA"),
        _bridge("t2", "Lysychansk", "destroyed", "UA"),
    ]
    t = _tables(claims, bridges)
    assert an.corroborations(t).empty
    one = an.corroborations(t, min_sources=1)
    assert set(one["n_independent"]) == {1} and one["evidence"].iat[0] == ["t1", "t2"]
    # a second independent speaker of the same side does count
    claims.append(_claim("t3", "Igor Konashenkov", "RU", "RIA Novosti", "y"))
    bridges.append(_bridge("t3", "Sievierodonetsk", "destroyed", "UA"))
    co = an.corroborations(_tables(claims, bridges))
    att = co[co["predicate"] == "destroyed_by"].iloc[0]
    assert att["n_independent"] == 2 and not att["cross_side"]
    assert att["confidence"] == pytest.approx(0.64)


def test_assess_claims_refines_credibility():
    t = seed_equivalent()
    claims = t["claims"]
    t["claims"] = pd.concat(
        [claims, pd.DataFrame([_claim("c4", "UN OCHA", "INTL", None, "bridges destroyed")])]
    )
    t["bridges"] = pd.concat(
        [t["bridges"], pd.DataFrame([_bridge("c4", "Sievierodonetsk", "destroyed", None)])]
    )
    g = an.assess_claims(t).set_index("claim_id")
    # c1: corroborated on status by Haidai and OCHA, contradicted on attribution by Haidai
    assert g.loc["c1", "credibility"] == 3 and g.loc["c1", "grade"] == "D3"
    assert g.loc["c4", "n_corroborating"] == 2 and g.loc["c4", "grade"] == "B1"
    assert g.loc["c3", "grade"] == "B3"  # admission against interest, nothing to compare
    assert set(g.loc["c4", "evidence"]) == {"c1", "c2"}


def test_grade_override_flows_into_contradictions(tmp_path):
    csv = tmp_path / "g.csv"
    csv.write_text("rule_id,outlet,reliability,credibility\nap,^AP$,A,6\nrest,,E,6\n")
    c = an.contradictions(seed_equivalent(), grades=load_grades(csv))
    row = c[c["kind"] == "attribution"].iloc[0]
    grades = {row["outlet_a"]: row["grade_a"], row["outlet_b"]: row["grade_b"]}
    assert grades == {"AP": "A6", "TASS": "E6"}
    assert row["confidence"] == pytest.approx(0.2)


# ----------------------------------------------------------------- figures


def test_subject_timeline_and_escaping():
    t = seed_equivalent()
    t["claims"].loc[0, "text"] = "<script>alert(1)</script> blew up the bridge"
    fig = an.subject_timeline(t)
    names = [tr.name for tr in fig.data]
    assert names == ["RU", "UA", "contradiction"]
    ru = fig.data[0]
    assert ru.marker.color == "#D55E00"
    hover = " ".join(ru.hovertext)
    assert "&lt;script&gt;" in hover and "<script>" not in hover
    assert "Mizintsev" in hover and "TASS" in hover and "grade D6" in hover
    assert len([x for x in fig.data[-1].x if x is not None]) == 2  # one contradiction link
    assert "Sievierodonetsk–Lysychansk crossings" in fig.layout.yaxis.ticktext
    only = an.subject_timeline(t, subject="Sievierodonetsk")
    assert list(only.layout.yaxis.ticktext) == ["Sievierodonetsk"]
    json.loads(fig.to_json())
    with pytest.raises(ValueError):
        an.subject_timeline(t, by="nonsense")


def test_contradictions_table_and_widget():
    t = seed_equivalent()
    t["claims"].loc[1, "text"] = "<img src=x onerror=alert(1)> destroyed all three bridges"
    fig = an.contradictions_table(t)
    cells = fig.data[0].cells.values
    flat = " ".join(" ".join(map(str, col)) for col in cells)
    assert "Haidai" in flat and "Mizintsev" in flat and "c1<br>c2" in flat
    assert "<img" not in flat and "&lt;img" in flat
    box = an.timeline_widget(t)
    fw = box.figure
    box.subject.value = "Sievierodonetsk"
    assert list(fw.layout.yaxis.ticktext) == ["Sievierodonetsk"]
    assert sum(len(tr.x) for tr in fw.data[:-1]) == 2
    box.side.value = "RU"
    assert sum(len(tr.x) for tr in fw.data[:-1]) == 0
    box.subject.value = "all"
    assert sum(len(tr.x) for tr in fw.data[:-1]) == 2  # RU's two bridge assertions


# ----------------------------------------------------------------- parsed seed


def test_parsed_seed_report_bridge_contradiction(dev_report_path):
    parse = pytest.importorskip("analyst_kit.parse")
    tables = parse.read_reports([dev_report_path])
    if tables["bridges"].empty or tables["bridges"]["actor_side"].isna().all():
        pytest.skip("parser does not extract bridge attributions yet")
    c = an.contradictions(tables)
    att = c[c["kind"] == "attribution"]
    assert len(att) >= 1, c
    row = att.iloc[0]
    assert {row["side_a"], row["side_b"]} == {"RU", "UA"}
    speakers = f"{row['speaker_a']} {row['speaker_b']}"
    assert "Mizintsev" in speakers and "Haidai" in speakers
    assert {row["outlet_a"], row["outlet_b"]} == {"TASS", "AP"}
    assert len(row["evidence"]) >= 2


def test_bridge_without_place_takes_the_speakers_previous_claim():
    """'all three bridges out of the city': the city is the one the speaker just named."""
    t = seed_equivalent()
    t["claims"]["start"] = [0, 300, 200]  # c3 (80% of Severodonetsk) precedes c2
    t["bridges"].loc[1, "connects"] = None
    t["places"] = pd.DataFrame(
        [
            dict(
                report_id="r1",
                claim_id="c3",
                mention="Severodonetsk",
                name="Sievierodonetsk",
                kind="settlement",
            )
        ]
    )
    a = an.normalise_claims(t).set_index(["claim_id", "predicate"])
    assert a.loc[("c2", "destroyed_by"), "subject"] == "Sievierodonetsk–Lysychansk crossings"
    assert "previous claim" in a.loc[("c2", "destroyed_by"), "subject_rule"]
    c = an.contradictions(t)
    att = c[c["kind"] == "attribution"].iloc[0]
    assert not att["ambiguous"] and "previous claim" in att["note"]
    # without that context the subject is unspecified and the pair is only flagged
    t.pop("places")
    c = an.contradictions(t)
    att = c[c["kind"] == "attribution"]
    assert len(att) == 1 and att["ambiguous"].all()
    assert "vague" in att["note"].iat[0] or "unspecified" in att["note"].iat[0]


# ----------------------------------------------------------------- bundled sample (parsed)


@pytest.fixture(scope="module")
def sample_tables():
    parse = pytest.importorskip("analyst_kit.parse")
    from analyst_kit.data import data_path

    paths = sorted(data_path("reports").glob("*.txt"))
    if len(paths) < 5:
        pytest.skip("bundled sample reports missing")
    return parse.read_reports(paths)


def test_sample_contradictions_and_corroborations_are_consistent(sample_tables):
    t = sample_tables
    assert t["reports"]["date"].nunique() >= 5  # several dates
    a = an.normalise_claims(t)
    ids = set(t["claims"]["claim_id"]) | set(a["claim_id"])  # + report:table@offset ids
    c = an.contradictions(t)
    co = an.corroborations(t)
    assert len(c) and len(co)
    for row in c.itertuples():
        assert {row.claim_id_a, row.claim_id_b} <= set(row.evidence) <= ids
        assert row.value_a != row.value_b
        assert abs((row.date_a - row.date_b).days) <= 3
        assert 0 <= row.confidence <= 1
    for row in co.itertuples():
        assert row.n_independent >= 2 and set(row.evidence) <= ids
        assert row.cross_side == (len(row.sides) >= 2)
    # the Sievierodonetsk-Lysychansk crossings are one subject across the June reports
    crossing = a[a["subject"] == "Sievierodonetsk–Lysychansk crossings"]
    assert crossing["claim_id"].nunique() >= 2
    g = an.assess_claims(t)
    assert g["grade"].str.fullmatch(r"[A-F][1-6]").all()


def test_seed_with_sample_finds_cross_report_attribution(sample_tables, dev_report_path):
    """RU (Mizintsev, TASS, June 14) vs UA (Haidai, June 13/14): across reports and dates."""
    parse = pytest.importorskip("analyst_kit.parse")
    seed = parse.read_reports([dev_report_path])
    t = {k: pd.concat([sample_tables[k], seed[k]], ignore_index=True) for k in seed}
    c = an.contradictions(t)
    att = c[(c["kind"] == "attribution") & ~c["ambiguous"]]
    pairs = {frozenset((r.speaker_a, r.speaker_b)) for r in att.itertuples()}
    assert frozenset({"Mikhail Mizintsev", "Serhiy Haidai"}) in pairs


def test_control_claims_against_the_map(dev_report_path):
    """The seed's '80% of Sievierodonetsk' claim is set beside the polygons of June 14."""
    parse = pytest.importorskip("analyst_kit.parse")
    pytest.importorskip("analyst_kit.control")
    tables = parse.read_reports([dev_report_path])
    checks = an.control_checks(tables)
    row = checks[(checks["place"] == "Sievierodonetsk") & (checks["share"] == 0.8)].iloc[0]
    assert str(row["date"])[:10] == "2022-06-14"
    assert 0 <= row["map_share"] <= 1
    assert (
        row["verdict"] in {"agree", "disagree", "contested", "unknown", "partly"} or row["verdict"]
    )
    assert row["speaker"] == "Serhiy Haidai" and row["grade"][0] == "B"
    assert row["evidence"] == [row["claim_id"]]
