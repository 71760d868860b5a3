"""Helpers for real-browser tests: a throw-away JupyterLab server and a headless Debian chromium.

Usage (see tests/test_browser_lab.py)::

    with jupyter_lab(notebook_dir) as lab, chromium_page() as page:
        open_notebook(page, lab, "01_reports_to_map.ipynb")
        run_all(page)

The server listens on 127.0.0.1 on a free port with a random token, and keeps its runtime,
config, data and settings folders in a temporary directory so no user state leaks in or out.
The browser is /usr/bin/chromium driven by playwright (never ``playwright install``); every
request that is not to the local server is aborted, so the test proves the page works offline.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"]


@dataclass
class Lab:
    """A running JupyterLab server started by :func:`jupyter_lab`."""

    url: str
    token: str
    root: Path
    log: Path
    process: subprocess.Popen = field(repr=False)
    blocked: list[str] = field(default_factory=list)

    def page_url(self, path: str) -> str:
        sep = "&" if "?" in path else "?"
        return f"{self.url}{path}{sep}token={self.token}"

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_server(url: str, token: str, proc: subprocess.Popen, log: Path, timeout: float):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"jupyter lab exited with {proc.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}api/status?token={token}", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError as e:  # not listening yet
            last = e
        time.sleep(0.25)
    raise TimeoutError(f"jupyter lab not up after {timeout:.0f} s ({last}):\n{log.read_text()}")


@contextlib.contextmanager
def jupyter_lab(
    notebook_dir: Path, *, env: dict[str, str] | None = None, timeout: float = 60
) -> Iterator[Lab]:
    """Start JupyterLab on ``notebook_dir`` (127.0.0.1, free port, random token); stop it after.

    Parameters
    ----------
    notebook_dir
        Folder served as the Lab root (use a temporary copy: Lab writes checkpoints).
    env
        Extra environment variables for the server and its kernels (e.g. ``ANALYST_KIT_DATA``).
    timeout
        Seconds to wait for the server to answer.
    """
    state = Path(tempfile.mkdtemp(prefix="ak-lab-state-"))
    port = free_port()
    token = secrets.token_hex(16)
    run_env = dict(os.environ)
    run_env.update(
        {
            "JUPYTER_RUNTIME_DIR": str(state / "runtime"),
            "JUPYTER_CONFIG_DIR": str(state / "config"),
            "JUPYTERLAB_SETTINGS_DIR": str(state / "settings"),
            "JUPYTERLAB_WORKSPACES_DIR": str(state / "workspaces"),
            "IPYTHONDIR": str(state / "ipython"),
            "JUPYTER_PLATFORM_DIRS": "1",
            "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        }
    )
    run_env.update(env or {})
    # no "get notified about Jupyter news?" toast and no update check (both would go online)
    settings = state / "settings" / "@jupyterlab"
    (settings / "apputils-extension").mkdir(parents=True)
    (settings / "apputils-extension" / "notification.jupyterlab-settings").write_text(
        '{"fetchNews": "false", "checkForUpdates": false}'
    )
    # render every cell (no lazy windowing): off-screen widget views otherwise come up blank
    (settings / "notebook-extension").mkdir(parents=True)
    (settings / "notebook-extension" / "tracker.jupyterlab-settings").write_text(
        '{"windowingMode": "none"}'
    )
    cmd = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--ServerApp.open_browser=False",
        "--allow-root",
        "--ip=127.0.0.1",
        f"--port={port}",
        "--port-retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={notebook_dir}",
        "--LabApp.expose_app_in_browser=True",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabServerApp.extra_labextensions_path=[]",
    ]
    log = state / "lab.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            cmd,
            cwd=notebook_dir,
            env=run_env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: kernels die with it
        )
    lab = Lab(f"http://127.0.0.1:{port}/", token, Path(notebook_dir), log, proc)
    try:
        _wait_for_server(lab.url, token, proc, log, timeout)
        yield lab
    finally:
        _stop(proc)
        shutil.rmtree(state, ignore_errors=True)


def _stop(proc: subprocess.Popen) -> None:
    """Stop the server we started and its kernels (its own process group), politely first."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=5)


@contextlib.contextmanager
def chromium_page(viewport: tuple[int, int] = (1400, 1000), *, blocked: list[str] | None = None):
    """A headless Debian chromium page (playwright) that only reaches 127.0.0.1/localhost.

    Parameters
    ----------
    viewport
        Page size in CSS pixels. Keep it about 1000 px high: with a much taller page
        (1800 px) plotly FigureWidgets in Lab 4.6 stayed blank here.
    blocked
        A list that collects the URLs of aborted (non-local) requests.
    """
    from playwright.sync_api import sync_playwright

    blocked = blocked if blocked is not None else []

    def only_local(route):
        url = route.request.url
        host = url.split("://", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0]
        if url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost", "[::1]"):
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
            context.route("**/*", only_local)
            page = context.new_page()
            page.set_default_timeout(30_000)
            page.console_errors = []  # JS errors, for failure reports
            page.on(
                "console",
                lambda m: page.console_errors.append(m.text) if m.type == "error" else None,
            )
            page.on("pageerror", lambda e: page.console_errors.append(str(e)))
            yield page
        finally:
            browser.close()


def open_notebook(page, lab: Lab, name: str, *, timeout: float = 60) -> None:
    """Open ``name`` in Lab (``?reset``: no restored tabs) and wait until its kernel is idle."""
    page.goto(lab.page_url(f"lab/tree/{name}?reset"), wait_until="domcontentloaded")
    page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=timeout * 1000)
    wait_kernel_idle(page, timeout=timeout)


def wait_kernel_idle(page, *, timeout: float = 60) -> None:
    """Wait for the status bar to read ``… | Idle`` (Run All is dropped before that)."""
    page.wait_for_function(
        """() => {
            const bar = document.querySelector('#jp-main-statusbar');
            return bar && /\\|\\s*Idle/.test(bar.textContent || '');
        }""",
        timeout=timeout * 1000,
        polling=250,
    )


def run_all(page) -> None:
    """Run every cell of the current notebook (the ``notebook:run-all-cells`` command)."""
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")


def cell_errors(page) -> list[str]:
    """Texts of error outputs (tracebacks) shown in the notebook."""
    return page.evaluate(
        """() => Array.from(document.querySelectorAll(
            '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'))
            .map(e => e.textContent || '')
            .filter(t => /Traceback|Error:/.test(t))"""
    )
