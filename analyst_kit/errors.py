"""The kit's exception types: every error names the file (or input) and what is wrong."""

from __future__ import annotations

__all__ = [
    "AnalystKitError",
    "InputError",
    "GeodataError",
    "GazetteerError",
    "RoutingError",
    "ExportError",
    "CaseFileError",
]


class AnalystKitError(Exception):
    """Base class of every error the kit raises on purpose."""


class InputError(AnalystKitError, ValueError):
    """A report or data file cannot be read: empty, binary, too large, undecodable...

    Parameters
    ----------
    source
        The file path (or a short label for in-memory text) the problem is about.
    problem
        What is wrong, in words an analyst can act on.
    """

    def __init__(self, source: object, problem: str):
        self.source = str(source)
        self.problem = problem
        super().__init__(f"{self.source}: {problem}")


class GeodataError(InputError):
    """A geodata file is broken: invalid JSON, missing CRS, bad geometry, unknown dates."""


class GazetteerError(AnalystKitError):
    """The bundled gazetteer is missing or cannot be built."""


class RoutingError(AnalystKitError):
    """A routing request cannot be answered (unknown origin, empty graph...)."""


class ExportError(AnalystKitError):
    """An export failed; the message says what to install or fix."""


class CaseFileError(InputError):
    """A case file cannot be read or written."""
