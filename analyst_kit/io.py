"""Read report files safely: size limits, encodings, BOMs, binary and HTML input."""

from __future__ import annotations

import os
import re
from pathlib import Path

from .errors import InputError

__all__ = ["MAX_REPORT_BYTES", "read_text", "decode_bytes", "html_to_text"]

#: Default size limit for one report file; raise it per call (``max_bytes=``) or with
#: the ``ANALYST_KIT_MAX_REPORT_BYTES`` environment variable.
MAX_REPORT_BYTES = 25_000_000

_MAGIC = {
    b"%PDF": "a PDF document (convert it to text first, e.g. `pdftotext`)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX/PPTX; save it as text first)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
    b"SQLite format 3": "an SQLite database (a GeoPackage? read it with analyst_kit.case or geopandas)",
}
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Encodings an analyst's Cyrillic or Western files arrive in, tried when UTF-8 fails.
_LEGACY = ["cp1251", "koi8_u", "koi8_r", "mac_cyrillic", "iso8859_5", "cp1252", "latin_1"]
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)
_TAG = re.compile(r"<(p|div|br|span|script|a|html|body|h[1-6])\b[^>]*>", re.I)
_DROP_TAGS = ("script", "style", "noscript", "iframe", "object", "embed", "template", "svg", "head")


def _limit(max_bytes: int | None) -> int:
    if max_bytes is not None:
        return int(max_bytes)
    return int(os.environ.get("ANALYST_KIT_MAX_REPORT_BYTES", MAX_REPORT_BYTES))


def read_text(path: str | os.PathLike, *, max_bytes: int | None = None) -> str:
    """Read one report file as clean text.

    Detects BOMs and legacy Cyrillic encodings (cp1251, KOI8-U...), refuses binary
    files and files over the size limit, and turns HTML into plain text with
    scripts and styles dropped. Line endings become ``\\n``.

    Parameters
    ----------
    path
        The report file.
    max_bytes
        Refuse larger files (default :data:`MAX_REPORT_BYTES`, 25 MB).

    Returns
    -------
    str

    Raises
    ------
    InputError
        Naming the file and the problem (missing, empty, binary, too large, undecodable).
    """
    p = Path(path)
    if not p.exists():
        raise InputError(p, "file not found")
    if p.is_dir():
        raise InputError(p, "is a folder, not a report file")
    limit = _limit(max_bytes)
    size = p.stat().st_size
    if size > limit:
        raise InputError(
            p,
            f"file is {size / 1e6:.1f} MB, over the {limit / 1e6:.1f} MB limit for one report; "
            "split it, or raise the limit with max_bytes= (or ANALYST_KIT_MAX_REPORT_BYTES)",
        )
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(p, f"cannot be read ({e.strerror or e})") from e
    text, _ = decode_bytes(data, p)
    return text


def decode_bytes(data: bytes, source: object = "<bytes>") -> tuple[str, dict]:
    """Decode report bytes to clean text.

    Parameters
    ----------
    data
        Raw file content.
    source
        Name used in error messages.

    Returns
    -------
    text, info
        The text, and a dict with ``encoding`` and ``html`` (was the input HTML).
    """
    if not data.strip():
        raise InputError(source, "file is empty")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(source, f"binary file: looks like {what}, not a text report")
    text = encoding = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data[len(bom) :].decode(enc), enc
            except UnicodeDecodeError as e:
                raise InputError(
                    source, f"has a {enc} byte-order mark but is not valid {enc}"
                ) from e
            break
    if text is None:
        head = data[:8192]
        if b"\x00" in head:
            raise InputError(source, "binary file: contains NUL bytes, not a text report")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _decode_legacy(data, source)
    if "\x00" in text:
        text = text.replace("\x00", "")
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(20, len(text[:20000]) // 50):
        raise InputError(source, "binary file: mostly control characters, not a text report")
    is_html = bool(_HTML_START.match(data[:2048])) or len(_TAG.findall(text[:20000])) >= 5
    if is_html:
        text = html_to_text(text)
        if not text.strip():
            raise InputError(source, "HTML page has no readable text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, {"encoding": encoding, "html": is_html}


def _decode_legacy(data: bytes, source: object) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_LEGACY).best()
    if best is not None:
        return str(best), best.encoding
    raise InputError(source, "not UTF-8 and not a recognised Cyrillic/Western encoding")


def html_to_text(html: str) -> str:
    """Extract the readable text of an HTML page, dropping scripts, styles and frames.

    Parameters
    ----------
    html
        HTML source.

    Returns
    -------
    str
        Plain text, one block per line; no markup survives.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    body = soup.body or soup
    lines = [ln.strip() for ln in body.get_text("\n").splitlines()]
    text = "\n".join(ln for ln in lines if ln)
    text = re.sub(r"\n{3,}", "\n\n", text)
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return text
