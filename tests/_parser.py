"""The parser's modules, and a monkeypatch that reaches a name in every one that looks it up."""

from __future__ import annotations

import importlib

from analyst_kit._speedups import MODULES

#: Every module of the parser (``parse`` and its private rule modules), imported.
PARSER_MODULES = tuple(importlib.import_module(f"analyst_kit.{m}") for m in MODULES)


def patch_parser(monkeypatch, name: str, value) -> None:
    """Set ``name`` to ``value`` in every parser module that has it (a rule module's helper is
    imported by name into the modules that call it, so one setattr would miss the others)."""
    found = False
    for mod in PARSER_MODULES:
        if hasattr(mod, name):
            monkeypatch.setattr(mod, name, value)
            found = True
    assert found, name
