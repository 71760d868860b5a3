"""Shared fixtures; the network is blocked for every test (only loopback is allowed)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV_REPORT = SHARED / "eval" / "dev" / "2022-06-14_severodonetsk_azot.txt"
OWN_REPORTS = ROOT / "tests" / "data" / "reports"


def pytest_collection_modifyitems(config, items):
    if shutil.which("chromium") is None:
        skip = pytest.mark.skip(reason="Debian chromium not installed (apt-get install chromium)")
        for item in items:
            if "browser" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(autouse=True)
def _no_network(request):
    """Block sockets except loopback, so nothing reaches the internet at run time."""
    from pytest_socket import socket_allow_hosts

    socket_allow_hosts(["127.0.0.1", "localhost", "::1"], allow_unix_socket=True)
    yield


@pytest.fixture
def dev_report_path() -> Path:
    """The seed report (needs ../shared; skipped without it)."""
    if not DEV_REPORT.exists():
        pytest.skip("../shared/eval/dev not available")
    return DEV_REPORT


@pytest.fixture
def artifacts() -> Path:
    """Folder for screenshots and exports made by tests (ignored by git)."""
    p = ROOT / "tests" / "artifacts"
    p.mkdir(parents=True, exist_ok=True)
    return p
