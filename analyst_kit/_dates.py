"""Report dates from headers, datelines, day-of-war counts and dates written in the text."""

from __future__ import annotations

import datetime as dt
import re

from ._regex import compile_fast

#: Day 1 of the full-scale invasion ("the 111th day of the war" is 2022-06-14).
WAR_DAY_ONE = dt.date(2022, 2, 24)
#: Year assumed when a report writes "June 14" and nothing gives the year.
DEFAULT_YEAR = 2022

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)


def _at_word_start(names: str) -> str:
    r"""``\b(?:names)`` for words that start with a word character, each first letter read
    before the ``\b`` test: the regex then opens with the set of first letters."""
    by_first: dict[str, list[str]] = {}
    for name in names.split("|"):
        by_first.setdefault(name[0], []).append(name[1:])
    return "|".join(rf"{c}(?<!\w{c})(?:{'|'.join(rest)})" for c, rest in by_first.items())


# _MONTH after a word boundary (_MONTH's names, tried in the same order)
_MONTH_AT_WORD = "(?P<month>" + _at_word_start(_MONTH[len("(?P<month>") : -len(r")\.?")]) + r")\.?"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

HEADER = compile_fast(
    r"\A[\s\ufeff]*(?:(?:date|Date|DATE)\s*:?\s+(?P<date>\d{4}-\d{2}-\d{2})\b"
    r"|(?:source|Source|SOURCE)\s*:?\s+(?P<source>\S+))[ \t]*"
)
# The scans of a whole text below open with a literal or a character set, which sre skips
# ahead to, instead of with ``\b``, which it tries at every position: ``\b`` before a word
# character is "no word character before it", checked right after that character instead
# ("20(?<!\w20)" is "\b20").
ISO = compile_fast(r"(?P<y>20(?<!\w20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
# A full month name with a full stop ends a sentence ("in March. 14 people ...": "Sept." and
# "Aug." are abbreviations), and a day followed by ":30" is a clock time ("in March.\n\n18:03 -
# ..." opens a live post): neither is a date
_NO_SENTENCE_END = (
    r"(?<!ary\.)(?<!rch\.)(?<!pril\.)(?<!May\.)(?<!une\.)(?<!uly\.)(?<!gust\.)(?<!ber\.)"
)
MONTH_DAY = compile_fast(
    rf"{_MONTH_AT_WORD}{_NO_SENTENCE_END}\s+(?P<day>[0-3]?\d){_ORD}\b(?![:.]\d){_YEAR}"
    r"(?!\s*(?:%|per\s?cent|km|kilomet|miles))"
)
# ("\b[0-3]?\d": a digit with no word character before it, and a second one if the first is
# 0-3)
DAY_MONTH = compile_fast(
    rf"(?P<day>\d(?<!\w\d)(?:(?<=[0-3])\d)?){_ORD}\s+(?:of\s+)?{_MONTH}\b{_YEAR}"
)
MONTH_ONLY = compile_fast(
    rf"\b(?:(?P<part>early|mid|late|end of|beginning of|start of|the end of)[\s-]+)?{_MONTH}"
    r"\s+(?P<year>(?:19|20)\d\d)\b"
)
PART_MONTH = compile_fast(rf"\b(?P<part>early|mid|late)[\s-]+{_MONTH}\b")
WAR_DAY = compile_fast(
    r"\b(?:(?P<n1>\d{1,4})(?:st|nd|rd|th)\s+day\b(?P<ctx>[^.\n]{0,60})"
    r"|day\s+(?P<n2>\d{1,4})\s+(?:of|in)\s+(?:the\s+|Russia['’]s\s+)?"
    r"(?:war|invasion|conflict|full-scale|russian|fighting|offensive)"
    # a heading "Day 111: ..." on one line (not "Earlier in the day" over a post's "09:30")
    # (its blanks may be no-break spaces, as web pages write "day\u00a026\u00a0-")
    r"|\bday[ \t\xa0]+(?P<n3>\d{1,4})[ \t\xa0]*[:\-–—](?!\d))",
    re.I,
)
_WAR_CTX = compile_fast(r"war|invasion|conflict|fighting|offensive|hostilities", re.I)
DATELINE = compile_fast(
    rf"^[ \t]*(?P<place>[A-Z][A-Za-z'’ ./-]{{1,40}}?),?\s+(?:[A-Z][a-z]+,?\s+)?"
    rf"{_MONTH}\s+(?P<day>[0-3]?\d){_YEAR}(?:\s*\((?P<outlet>[A-Za-z. -]{{2,30}})\)\s*[-–—]+\s*"
    # TASS style: "MOSCOW, September 10. /TASS/."
    r"|\.\s*/(?P<slash>[A-Za-z. -]{2,30})/\.?\s*"
    # no agency named: "KRAMATORSK, Ukraine, Oct. 1, 2022 — Russia said"
    r"|,?[ \t]*[–—][ \t]*)",
    re.M,
)
FILENAME_DATE = compile_fast(r"(?<!\d)(20\d\d)[-_.]?([01]\d)[-_.]?([0-3]\d)(?!\d)")


def _mk(year: int | None, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year or DEFAULT_YEAR, month, day)
    except ValueError:
        return None


def header(text: str) -> tuple[int, str | None, str | None]:
    """Read ``date YYYY-MM-DD`` / ``source URL`` header lines (or words) at the start.

    Returns
    -------
    end, date, source
        Offset where the body starts, the header date (ISO) and source, or None.
    """
    pos, date, source = 0, None, None
    while True:
        m = HEADER.match(text, pos)
        if not m:
            break
        if m.group("date") and date is None:
            date = m.group("date") if _valid_iso(m.group("date")) else None
        if m.group("source") and source is None:
            source = m.group("source")
        pos = m.end()
    return pos, date, source


def _valid_iso(s: str) -> bool:
    try:
        dt.date.fromisoformat(s)
    except ValueError:
        return False
    return True


def dateline_match(body: str, start: int = 0) -> re.Match | None:
    """The wire-dateline match in the first 800 characters after ``start``, if any."""
    return DATELINE.search(body, start, start + 800)


def dateline(body: str, m: re.Match | None | bool = False) -> tuple[str | None, str | None]:
    """Date and agency of a wire dateline such as ``KYIV, June 14 (Reuters) -``.

    The dateline may follow a headline: it is looked for at the start of the first lines.
    ``m`` is :func:`dateline_match` of ``body`` when the caller has it already.
    """
    if m is False:
        m = dateline_match(body)
    if not m:
        return None, None
    y = int(m.group("year")) if m.group("year") else year_hint(body)
    month, day = MONTHS[m.group("month").lower().rstrip(".")], int(m.group("day"))
    if y is None:
        y = _year_of_weekday(month, day, body[m.end() : m.end() + 400])
    d = _mk(y, month, day)
    outlet = m.group("outlet") or m.group("slash")
    return (d.isoformat() if d else None), outlet.strip() if outlet else None


_YEARS_INTO = compile_fast(
    r"\b(?:a|one|two|three|four|five|\d)\s+(?:full\s+)?years?\s+(?:into|after|since|of)\s+"
    r"(?:the\s+|Russia['’]s\s+)?(?:full-scale\s+|all-out\s+|Russian\s+)?(?:invasion|war)\b",
    re.I,
)
_COUNT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def year_hint(text: str) -> int | None:
    """The year a report implies when its dates omit it: "almost two years into the full-scale
    invasion" (counted from the invasion of 24 February 2022) → 2024."""
    m = _YEARS_INTO.search(text) if "year" in text or "Year" in text else None
    if not m:
        return None
    word = m.group(0).split()[0].lower()
    n = _COUNT_WORDS.get(word) or (int(word) if word.isdigit() else 0)
    return WAR_DAY_ONE.year + n if 0 < n < 10 else None


_LEAD_WEEKDAY = compile_fast(
    r"\b(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _year_of_weekday(month: int, day: int, lead: str) -> int | None:
    """The year in which a yearless dateline date falls on the weekday its lead sentence
    names ("Aug 28 (Reuters) - ..., Maliar said on Monday" → 2023); ``None`` (the default
    year) when the lead names none, or the default year fits."""
    m = _LEAD_WEEKDAY.search(lead.split(". ", 1)[0])  # the lead sentence only
    if not m:
        return None
    want = WEEKDAYS.index(m.group(1).lower())
    d = _mk(DEFAULT_YEAR, month, day)
    # a lead names the dateline's day or one of the two before (never a later one): then the
    # default year stands
    if d is None or (d.weekday() - want) % 7 in (0, 1, 2):
        return None
    for y in range(WAR_DAY_ONE.year, WAR_DAY_ONE.year + 5):
        d = _mk(y, month, day)
        if d is not None and d.weekday() == want:
            return y
    return None


# what every WAR_DAY match holds: "111th day" (any case), or "day 111" (in the lower-cased
# text): scans that skip ahead to a digit or to "day", where WAR_DAY tries every position
_WAR_DAY_ORDINAL = compile_fast(r"\d(?:st|nd|rd|th)\s+day", re.I)
_WAR_DAY_NUMBER = compile_fast(r"day\s+\d")


# a "..., day 14:" heading that counts the days of something else than the war ("Kursk
# incursion, day 14:", "Blackout, day 3 -")
_OTHER_COUNT = compile_fast(
    r"(?<!\w)(?:incursion|counter-?offensive|siege|operation|blackout|outage|blockade|"
    r"ceasefire|truce|evacuation|occupation|mutiny|strike|protest|talks|summit|trial)",
    re.I,
)


def war_day(text: str) -> dt.date | None:
    """The date given as a count of days since the invasion ("day 111 of the war")."""
    if _WAR_DAY_ORDINAL.search(text) is None and _WAR_DAY_NUMBER.search(text.lower()) is None:
        return None
    for m in WAR_DAY.finditer(text):
        n = m.group("n1") or m.group("n2") or m.group("n3")
        if (
            m.group("n1")
            and not _WAR_CTX.search(m.group("ctx") or "")
            and not _WAR_CTX.search(text[max(0, m.start() - 80) : m.start()])
        ):
            continue
        if m.group("n3") and _OTHER_COUNT.search(
            text, text.rfind("\n", 0, m.start()) + 1, m.start()
        ):
            continue
        n = int(n)
        if 1 <= n <= 3000:
            return WAR_DAY_ONE + dt.timedelta(days=n - 1)
    return None


# what every MONTH_ONLY match holds (its month after a word boundary, then the year): a scan
# that skips ahead to a month's capital
_MONTH_YEAR = compile_fast(_MONTH_AT_WORD + r"\s+(?:19|20)\d\d\b")


def _month_only(text: str):
    """``MONTH_ONLY.finditer(text)``, its slow scan skipped when no month and year follow."""
    return MONTH_ONLY.finditer(text) if _MONTH_YEAR.search(text) else iter(())


def date_mentions(text: str, year: int | None = None) -> list[tuple[int, dt.date, bool]]:
    """Every day-precise date written in the text ("June 14", "14 June 2022", ISO): where it
    starts, the date (``year`` for one written with none) and whether it wrote its year."""
    out = []
    for m in ISO.finditer(text):
        d = _mk(int(m["y"]), int(m["m"]), int(m["d"]))
        if d:
            out.append((m.start(), d, True))
    for rx in (MONTH_DAY, DAY_MONTH):
        for m in rx.finditer(text):
            mon = m.group("month")
            y = int(m.group("year")) if m.group("year") else year
            d = _mk(y, MONTHS[mon.lower().rstrip(".")], int(m.group("day")))
            if d:
                out.append((m.start(), d, m.group("year") is not None))
    return out


def explicit_dates(text: str, year: int | None = None) -> list[dt.date]:
    """Every day-precise date written in the text ("June 14", "14 June 2022", ISO)."""
    return [d for _, d, _ in date_mentions(text, year)]


# the words before a date that put it ahead of the report ("talks are planned for June 30",
# "the corridor will open on 5 May", "next round on", "must leave by 25 May"): a plan or a
# deadline, not an event the report tells of. Read on the date's clause up to the date.
_FUTURE_BEFORE = compile_fast(
    r"\b(?:will|shall|won['’]t|planned|plans?\s+to|scheduled|due\s+(?:on|for|to\s+be)|expected"
    r"|set\s+(?:for|to)|to\s+be\s+held|upcoming|deadline)\b"
    # ("next week", "next Tuesday"; not a place "next to the station" nor the narrated "the
    # next day")
    r"|\bnext\b(?!\s+(?:to|day|morning|afternoon|evening|night)\b)"
    r"|\b(?:by|before)\s+(?:(?:the\s+)?(?:end|middle)\s+of\s+)?$",
    re.I,
)
_CLAUSE_START = compile_fast(r".*(?:[.;!?]\s|\n)", re.S)


def _future_date(text: str, start: int) -> bool:
    """Is the date at ``start`` one a plan or deadline looks ahead to (:data:`_FUTURE_BEFORE`
    in its clause, up to 100 characters before it)?"""
    lo = max(0, start - 100)
    m = _CLAUSE_START.match(text, lo, start)
    return _FUTURE_BEFORE.search(text, m.end() if m else lo, start) is not None


def _opening_end(body: str) -> int:
    """Where the report's opening ends: its title lines and its first paragraph of prose (the
    first of 150 characters or more), up to the blank line after it."""
    pos = 0
    while True:
        i = body.find("\n\n", pos)
        if i < 0 or i - pos >= 150:
            return len(body) if i < 0 else i
        pos = i + 2


def _pick_date(body: str, mentions: list[tuple[int, dt.date, bool]]) -> dt.date | None:
    """The report's own date among the dates its body mentions: never one a plan or deadline
    looks ahead to; the first with its year written in the opening (a lead's "on 5 May 2024"),
    else the latest of the rest (the events the report tells of lead up to its day)."""
    told = [(i, d, full) for i, d, full in mentions if not _future_date(body, i)]
    if not told:
        return None
    cut = _opening_end(body)
    lead = [(i, d) for i, d, full in told if full and i < cut]
    if lead:
        return min(lead)[1]
    return max(d for _, d, _ in told)


def filename_date(path: str | None) -> dt.date | None:
    """The date an archive wrote into a report's file name (``2022-06-14_azot.txt``)."""
    if not path:
        return None
    name = str(path).replace("\\", "/").rsplit("/", 1)[-1]
    m = FILENAME_DATE.search(name)
    return _mk(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def report_date(
    text: str,
    body_start: int = 0,
    header_date: str | None = None,
    path: str | None = None,
    dateline_date: str | None | bool = False,
    dateline_has_year: bool = True,
) -> tuple[str | None, str | None]:
    """Best date of a report and its precision (``day``, ``week``, ``month``).

    Order: header, wire dateline, day-of-war count, an ISO date in the file name, a
    day-precise date in the text (:func:`_pick_date`: the first with its year in the opening,
    else the latest; never a planned one), "mid-June"-style weeks, "June 2022"-style months.
    ``dateline_date`` is the body's :func:`dateline` date when the caller has read it;
    ``dateline_has_year`` says whether that dateline wrote its year. A yearless dateline
    ("KYIV, Nov 5 (AFP) -") takes the year of a file name dated the same month and day.
    """
    if header_date:
        return header_date, "day"
    body = text[body_start:]
    if dateline_date is False:
        m = dateline_match(body)
        dateline_date, dateline_has_year = dateline(body, m)[0], bool(m and m.group("year"))
    fd = filename_date(path)
    if dateline_date:
        if fd and not dateline_has_year and dateline_date[5:] == fd.isoformat()[5:]:
            return fd.isoformat(), "day"
        return dateline_date, "day"
    wd = war_day(body)
    if wd:
        return wd.isoformat(), "day"
    if fd:
        return fd.isoformat(), "day"
    # the year of the report's yearless dates: one of the war's years ("September 1941" and
    # "March 2014" date history the report recalls, not its own "March 1")
    years = [
        y
        for m in _month_only(body)
        if m.group("year") and (y := int(m.group("year"))) >= WAR_DAY_ONE.year
    ]
    hint = year_hint(body)
    years = years or ([hint] if hint else [])
    mentions = [
        x for x in date_mentions(body, years[0] if years else None) if x[1] != WAR_DAY_ONE
    ] or date_mentions(body)
    picked = _pick_date(body, mentions) if mentions else None
    if picked is not None:
        return picked.isoformat(), "day"
    for m in PART_MONTH.finditer(body):
        if _future_date(body, m.start()):
            continue  # "talks are planned for mid-June"
        day = {"early": 5, "mid": 15, "late": 25}[m.group("part").lower()]
        d2 = _mk(years[0] if years else None, MONTHS[m.group("month").lower().rstrip(".")], day)
        if d2:
            return d2.isoformat(), "week"
    for m in _month_only(body):
        if _future_date(body, m.start()):
            continue  # "the plant will reopen in June 2024"
        d2 = _mk(int(m.group("year")), MONTHS[m.group("month").lower().rstrip(".")], 1)
        if d2:
            return d2.isoformat(), "month"
    return None, None
