"""Compile the parser's pure-Python modules with Cython into analyst_kit/_compiled/ (optional).

Run: ``.venv/bin/python scripts/build_speedups.py`` (``make setup`` does). The sources stay the
truth: ``analyst_kit`` imports a build only while every module's source has the digest recorded
in the build's manifest (see ``analyst_kit/_speedups.py``), so an edit falls back to pure Python
until the next build. Without Cython or a C compiler the script says so and exits 0: the kit then
runs in pure Python at about the same speed (the build measured 0.9–1.3×; docs/parser-evaluation.md).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "analyst_kit"
sys.path.insert(0, str(PKG))  # the helper module alone, without importing the package

import _speedups  # noqa: E402


def _digests() -> dict[str, str]:
    return {m: _speedups.source_digest(PKG / f"{m}.py") for m in _speedups.MODULES}


def up_to_date(out: Path) -> bool:
    """True when ``out`` holds a build of the current sources for this interpreter."""
    try:
        manifest = json.loads((out / _speedups.MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return manifest.get("tag") == _speedups.build_tag() and manifest.get("modules") == _digests()


def build(out: Path, jobs: int) -> None:
    """Cythonize and compile every module of ``_speedups.MODULES`` into ``out``."""
    from Cython.Build import cythonize
    from setuptools import Distribution, Extension
    from setuptools.command.build_ext import build_ext

    digests = _digests()
    with tempfile.TemporaryDirectory(prefix="analyst-kit-cy-") as tmp:
        tmp = Path(tmp)
        # compile copies, so no generated .c file or extension lands beside the sources
        (tmp / "analyst_kit").mkdir()
        (tmp / "analyst_kit" / "__init__.py").write_text("")
        for m in _speedups.MODULES:
            shutil.copy2(PKG / f"{m}.py", tmp / "analyst_kit" / f"{m}.py")
        exts = [
            Extension(
                f"analyst_kit.{m}",
                [str(tmp / "analyst_kit" / f"{m}.py")],
                extra_compile_args=["-O1", "-g0"],
            )
            for m in _speedups.MODULES
        ]
        cwd = os.getcwd()
        os.chdir(tmp)
        try:
            ext_modules = cythonize(
                exts,
                nthreads=jobs,
                quiet=True,
                compiler_directives={
                    "language_level": 3,
                    # annotations are documentation here, never C types: a pandas StringDtype
                    # value where a hint says `str` must behave as in Python
                    "annotation_typing": False,
                    "binding": True,
                    # Python ints everywhere: the gate bitmasks are wider than 64 bits
                    "infer_types": False,
                },
            )
            dist = Distribution({"ext_modules": ext_modules})
            cmd = build_ext(dist)
            cmd.build_lib = str(tmp / "lib")
            cmd.build_temp = str(tmp / "tmp")
            cmd.parallel = jobs
            cmd.ensure_finalized()
            cmd.run()
        finally:
            os.chdir(cwd)
        staging = out.with_name(out.name + ".new")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        for so in (tmp / "lib" / "analyst_kit").iterdir():
            shutil.copy2(so, staging / so.name)
        manifest = {
            "tag": _speedups.build_tag(),
            "modules": digests,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
        }
        (staging / _speedups.MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n")
        shutil.rmtree(out, ignore_errors=True)
        staging.rename(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=PKG / "_compiled")
    ap.add_argument("--force", action="store_true", help="rebuild even when up to date")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args(argv)
    if not args.force and up_to_date(args.out):
        print(f"speedups: {args.out} is up to date")
        return 0
    try:
        import Cython  # noqa: F401
    except ImportError:
        print("speedups: Cython is not installed; the parser runs in pure Python")
        return 0
    t0 = time.perf_counter()
    try:
        build(args.out, args.jobs)
    except Exception as exc:  # a missing compiler is not fatal: the sources run as they are
        print(
            f"speedups: build failed ({type(exc).__name__}: {exc}); the parser runs in pure Python"
        )
        return 0
    print(f"speedups: built {len(_speedups.MODULES)} modules in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
