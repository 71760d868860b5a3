"""One long-lived kaleido browser for a batch of static exports (private to analyst_kit.export)."""

from __future__ import annotations

import asyncio
import atexit
import logging
import os
import shutil
import threading
from concurrent.futures import Future
from typing import Any

from .errors import ExportError

__all__ = ["find_browser", "start", "start_in_background", "stop", "is_running", "submit", "render"]

#: Seconds to wait for the browser to start, and for one figure to render.
START_TIMEOUT = 60.0
RENDER_TIMEOUT = 120.0
_INSTALL_HINT = (
    "install it with: apt-get install chromium (Debian/Ubuntu), or point BROWSER_PATH "
    "at a Chrome/Chromium executable"
)
_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")

_lock = threading.Lock()
_server: _Server | None = None
log = logging.getLogger(__name__)


def _quiet_dropped_message(record: logging.LogRecord) -> bool:
    """Turn choreographer's traceback for a browser message it drops into one debug line.

    Under load choreographer's pipe can read a message in two pieces; it logs the JSON error
    with a full traceback and carries on, and in a notebook that traceback lands in the
    cell's stderr as if the export had failed. The render itself goes on (or times out with
    an :class:`ExportError`), so the record is kept as a debug line of this module instead.
    """
    if str(record.msg).startswith("JSONError decoding message"):
        log.debug("kaleido's browser channel dropped a message it could not decode")
        return False
    return True


def _quiet_dropped_messages() -> None:
    """Put :func:`_quiet_dropped_message` on choreographer's pipe logger (idempotent).

    Done on the logger object choreographer made, after importing it: a ``getLogger`` call
    before that import would create a plain :class:`logging.Logger` under its name, without
    the ``debug2`` method of logistro's logger class that choreographer calls.
    """
    from choreographer.channels import pipe

    pipe._logger.addFilter(_quiet_dropped_message)


def find_browser() -> str:
    """Return the Chromium executable kaleido will drive.

    ``BROWSER_PATH`` wins when set; otherwise the first of ``chromium``, ``chromium-browser``,
    ``google-chrome`` found on ``PATH``.

    Raises
    ------
    ExportError
        When no browser is found, saying what to install.
    """
    env = os.environ.get("BROWSER_PATH")
    if env:
        if os.path.isfile(env) and os.access(env, os.X_OK):
            return env
        raise ExportError(f"BROWSER_PATH={env!r} is not an executable browser; {_INSTALL_HINT}")
    for name in _CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    raise ExportError(f"no Chromium found for static export (PNG/SVG/PDF); {_INSTALL_HINT}")


class _Server:
    """A kaleido browser living in its own thread and event loop; renders on request."""

    def __init__(self, browser: str, tabs: int):
        self.browser = browser
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(
            target=self.loop.run_forever, name="analyst-kit-kaleido", daemon=True
        )
        self.thread.start()
        self.tabs = tabs
        self.kaleido = None
        self._restart_lock: asyncio.Lock | None = None

        try:
            self.kaleido = self._call(self._open(), START_TIMEOUT)
        except Exception as e:
            self._stop_loop()
            raise ExportError(
                f"could not start the export browser {browser!r} ({type(e).__name__}: {e}); "
                f"{_INSTALL_HINT}"
            ) from e

    def _call(self, coro, timeout: float) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def alive(self) -> bool:
        return self.thread.is_alive() and self.kaleido is not None

    async def _open(self):
        import kaleido

        k = kaleido.Kaleido(n=self.tabs, mathjax=False, path=self.browser)
        await k.open()
        return k

    async def _render(self, fig: Any, opts: dict) -> bytes:
        k = self.kaleido
        try:
            return await k.calc_fig(fig, opts=opts)
        except Exception as e:
            if "is not defined" not in str(e):
                raise
        # kaleido ran its render script in a page that had not loaded it ("kaleido_scopes is
        # not defined", seen when the machine is busy): render once more on a fresh browser
        if self._restart_lock is None:
            self._restart_lock = asyncio.Lock()
        async with self._restart_lock:
            if self.kaleido is k:  # the first failed render restarts it, the others wait
                try:
                    await k.close()
                except Exception:  # noqa: BLE001 - closing a broken browser is best effort
                    pass
                self.kaleido = await self._open()
        return await self.kaleido.calc_fig(fig, opts=opts)

    def submit(self, fig: Any, opts: dict) -> Future:
        return asyncio.run_coroutine_threadsafe(self._render(fig, opts), self.loop)

    def close(self) -> None:
        if self.kaleido is not None:
            try:
                self._call(self.kaleido.close(), 20)
            except Exception:  # noqa: BLE001 - closing a dead browser is best effort
                pass
            self.kaleido = None
        self._stop_loop()

    def _stop_loop(self) -> None:
        if self.loop.is_running():
            self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


def start(tabs: int = 1) -> None:
    """Start the shared export browser (no-op when it is already running).

    Parameters
    ----------
    tabs
        Browser tabs rendering in parallel.

    Raises
    ------
    ExportError
        No Chromium, or it cannot start.
    """
    global _server
    with _lock:
        if _server is not None and _server.alive():
            return
        _quiet_dropped_messages()
        _server = _Server(find_browser(), tabs)
        # registered after the browser made its temp folders, so it runs before their
        # finalizers at exit (atexit is last-in, first-out): no half-deleted profile
        atexit.unregister(stop)
        atexit.register(stop)


def start_in_background(tabs: int = 1) -> threading.Thread:
    """Start the shared browser in a thread, so it boots while the caller draws figures.

    A failure here is silent: the first :func:`submit` starts it again and raises.
    """

    def run() -> None:
        try:
            start(tabs)
        except Exception:  # noqa: BLE001 - reported by the next start()
            pass

    thread = threading.Thread(target=run, name="analyst-kit-kaleido-start", daemon=True)
    thread.start()
    return thread


def stop() -> None:
    """Close the shared export browser (safe to call when it is not running)."""
    global _server
    with _lock:
        if _server is not None:
            _server.close()
            _server = None


def is_running() -> bool:
    """Whether the shared export browser is up."""
    return _server is not None and _server.alive()


def submit(fig: Any, fmt: str, *, scale: float = 2, width=None, height=None) -> Future:
    """Queue one render on the shared browser (started when needed); a future of the bytes."""
    start()
    opts: dict = {"format": fmt, "scale": scale}
    if width:
        opts["width"] = width
    if height:
        opts["height"] = height
    assert _server is not None
    return _server.submit(fig, opts)


def render(fig: Any, fmt: str = "png", *, scale: float = 2, width=None, height=None) -> bytes:
    """Render one figure to ``png``/``svg``/``pdf``/``jpeg``/``webp`` bytes on the shared browser."""
    try:
        return submit(fig, fmt, scale=scale, width=width, height=height).result(RENDER_TIMEOUT)
    except ExportError:
        raise
    except Exception as e:
        raise ExportError(f"kaleido could not render a {fmt} ({type(e).__name__}: {e})") from e
