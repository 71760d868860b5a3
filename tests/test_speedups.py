"""The compiled parser is used only while it matches its sources, and parses exactly as they do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import analyst_kit
from analyst_kit import _speedups

ROOT = Path(__file__).resolve().parent.parent
PKG = Path(analyst_kit.__file__).resolve().parent


def _fake_build(tmp_path: Path) -> Path:
    """A package folder with the compiled modules' sources and a manifest matching them."""
    pkg = tmp_path / "pkg"
    (pkg / "_compiled").mkdir(parents=True)
    for m in _speedups.MODULES:
        (pkg / f"{m}.py").write_text(f"# {m}\n")
    digests = {m: _speedups.source_digest(pkg / f"{m}.py") for m in _speedups.MODULES}
    manifest = {"tag": _speedups.build_tag(), "modules": digests}
    (pkg / "_compiled" / _speedups.MANIFEST).write_text(json.dumps(manifest))
    return pkg


def test_a_matching_build_is_used(tmp_path, monkeypatch):
    monkeypatch.delenv(_speedups.ENV_PURE, raising=False)
    pkg = _fake_build(tmp_path)
    assert _speedups.compiled_dir(pkg) == pkg / "_compiled"


def test_an_edited_source_falls_back_to_python(tmp_path, monkeypatch):
    monkeypatch.delenv(_speedups.ENV_PURE, raising=False)
    pkg = _fake_build(tmp_path)
    (pkg / "parse.py").write_text("# parse, edited after the build\n")
    assert _speedups.compiled_dir(pkg) is None


def test_another_interpreter_or_a_broken_manifest_falls_back(tmp_path, monkeypatch):
    monkeypatch.delenv(_speedups.ENV_PURE, raising=False)
    pkg = _fake_build(tmp_path)
    path = pkg / "_compiled" / _speedups.MANIFEST
    manifest = json.loads(path.read_text())
    path.write_text(json.dumps({**manifest, "tag": "cpython-39-linux-x86_64"}))
    assert _speedups.compiled_dir(pkg) is None
    path.write_text("{not json")
    assert _speedups.compiled_dir(pkg) is None
    path.unlink()
    assert _speedups.compiled_dir(pkg) is None


def test_the_environment_can_ask_for_pure_python(tmp_path, monkeypatch):
    pkg = _fake_build(tmp_path)
    monkeypatch.setenv(_speedups.ENV_PURE, "1")
    assert _speedups.compiled_dir(pkg) is None
    monkeypatch.setenv(_speedups.ENV_PURE, "0")
    assert _speedups.compiled_dir(pkg) == pkg / "_compiled"


_DUMP = """
import json, sys
from pathlib import Path
from analyst_kit import _speedups, cli
from analyst_kit.parse import read_reports
out = {p: cli._records(read_reports([Path(p)])) for p in sys.argv[2:]}
out["compiled"] = _speedups.active()
Path(sys.argv[1]).write_text(json.dumps(out, sort_keys=True, default=str))
"""


def test_compiled_parser_gives_the_same_tables_as_its_source(tmp_path):
    """Every gold report parsed by the build and by the source gives byte-identical JSON (a C
    integer where Python has a big int, say, would lose rows silently)."""
    if not _speedups.active():
        pytest.skip("no compiled build matching the sources (make speedups)")
    texts = sorted(str(p) for p in (ROOT / "tests" / "data").glob("*/*.txt"))
    assert len(texts) > 300
    outs = []
    for pure in ("0", "1"):
        out = tmp_path / f"pure{pure}.json"
        env = {**os.environ, _speedups.ENV_PURE: pure}
        subprocess.run([sys.executable, "-c", _DUMP, str(out), *texts], env=env, check=True)
        outs.append(json.loads(out.read_text()))
    assert [o.pop("compiled") for o in outs] == [True, False]
    assert outs[0] == outs[1]


def test_the_build_script_knows_when_it_is_up_to_date(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_speedups
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert not build_speedups.up_to_date(tmp_path / "nothing")
    if _speedups.active():
        assert build_speedups.up_to_date(PKG / "_compiled")
