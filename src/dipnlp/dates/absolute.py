"""Rules for calendar expressions: ranges, times of day, days and months, seasons,
quarters, years, decades and centuries. A month or day named without a year
takes it from the reference date and the tense.

Each rule is ``rule(text, ctx) -> Timex | None`` over the cleaned, lower-case text.
"""
from __future__ import annotations

import datetime as dt
import re

from dipnlp.dates.lexicon import Lexicon, package_lexicon
from dipnlp.dates.normalize import Ctx, Timex
from dipnlp.dates.values import bounds, by_tense, day_year, month_year, quarter_of, season_year

_ORD = r"(?:st|nd|rd|th)?"
#: A year after a date: written, or named from the reference ("May 3 and 4, 2019", "May 3 and 4 last year").
_YEAR_AFTER = r"(?:,?\s+\d{4}|\s+(?:last|this|next)\s+year)"
_ZONES = r"(?:gmt|utc|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ct|bst|cet|cest|jst|kst|ist|msk|local time|local)"
_AMPM = r"(a\.?\s?m\.?|p\.?\s?m\.?)"
_RANGE_SPLIT = re.compile(r"(?:from|between)\s+(.+?)\s+(?:to|until|till|through|and|-)\s+(.+)|"
                          r"(.+?)\s*(?:-|/|\bto\b|\bthrough\b|\buntil\b|\bthru\b)\s*(.+)")


def _days_and(text: str, ctx: Ctx) -> re.Match | None:
    """Two days in a row joined by "and" ("30 and 31 October", "October 30 and 31"): the days the event
    spans. Days apart ("on 3 and 7 March") are two events, no range."""
    month = ctx.lex.pattern("month")
    match = re.fullmatch(rf"(?:the\s+)?(\d{{1,2}}{_ORD})\s+and\s+(\d{{1,2}}{_ORD}\s+(?:of\s+)?(?:{month})\b.*)|"
                         rf"((?:{month})\.?\s+\d{{1,2}}{_ORD})\s+and\s+(\d{{1,2}}{_ORD}{_YEAR_AFTER}?)", text)
    if match is None:
        return None
    left, right = (g for g in match.groups() if g is not None)
    first, second = int(re.findall(r"\d+", left)[-1]), int(re.findall(r"\d+", right)[0])
    return match if second == first + 1 else None


def _year(text: str | None, ref: dt.date) -> int | None:
    """``"2013"`` -> 2013; ``"'58"`` -> 1958 (a two-digit year is in the century that keeps it near ``ref``)."""
    if not text:
        return None
    text = text.strip().lstrip("'")
    if re.fullmatch(r"\d{4}", text):
        return int(text) if 1000 <= int(text) <= 2199 else None
    if re.fullmatch(r"\d{2}", text):
        year = 2000 + int(text)
        return year if year <= ref.year + 10 else year - 100
    return None


def rule_range(text: str, ctx: Ctx) -> Timex | None:
    """January 19-22, 19-22 January 2019, from March to May, between 2009 and 2011, 1957-58 -> intervals."""
    iso = re.fullmatch(r"\d\d(\d\d)-(\d\d)(-\d\d)?", text)
    if iso and (iso.group(3) or iso.group(2) <= iso.group(1)):
        return None  # 2013-03 is a month, 1957-58 a range of years
    match = _RANGE_SPLIT.fullmatch(text) or _days_and(text, ctx)
    if not match:
        return None
    written = [g.strip() for g in match.groups() if g is not None]
    left, right = _complete(*written, ctx)
    low, high = ctx.resolve(left), ctx.resolve(right)
    if not low or not high or low.type not in ("DATE", "TIME") or high.type != low.type:
        return None
    if "REF" in low.value or "REF" in high.value or "/" in low.value + high.value:
        return None
    if low.type == "DATE":
        ends = _in_order(written, right, low, high, ctx)
        if ends is None:
            return None
        low, high = ends
    return Timex(f"{low.value}/{high.value}", low.type)


_RAW_RANGE = re.compile(r"(?:from|between)\s+(.+?)\s+(?:to|until|till|through|and|-|\u2013|\u2014)\s+(.+)|"
                        r"(.+?)\s*(?:-|\u2013|\u2014|/|\bto\b|\bthrough\b|\buntil\b|\bthru\b)\s*(.+)",
                        re.IGNORECASE)


def range_parts(text: str, value: str | None, lex: Lexicon | None = None) -> list[tuple[int, int, str]] | None:
    """The two written ends of a range and their values: ``(start, end, value)``, offsets into ``text``.

    TimeML marks a range as two expressions ("1957" and "58" in "1957-58");
    this gives them for a range the rules read as one interval ``value``.
    None when ``text`` is not two ends around a range word, each starting with
    a number or a month, weekday or season name, or ``value`` not two values.

    >>> range_parts("1957-58", "1957/1958")
    [(0, 4, '1957'), (5, 7, '1958')]
    """
    values = (value or "").split("/")
    match = _RAW_RANGE.fullmatch(text.strip())
    if len(values) != 2 or not match:
        return None
    lex = lex or package_lexicon()
    names = "|".join(lex.pattern(kind) for kind in ("month", "weekday", "season"))
    head = re.compile(rf"(?:'?\d|(?:{names})\b)", re.IGNORECASE)
    offset = len(text) - len(text.lstrip())
    groups = [i for i in range(1, 5) if match.group(i) is not None]
    parts = []
    for group, part_value in zip(groups, values):
        start, end = match.span(group)
        piece = match.group(group)
        start += len(piece) - len(piece.lstrip(" ,.;:("))
        end -= len(piece) - len(piece.rstrip(" ,;:)"))
        if start >= end or not head.match(text[offset + start:offset + end]):
            return None
        parts.append((offset + start, offset + end, part_value))
    return parts


def _has_year(text: str) -> bool:
    return bool(re.search(r"\b\d{4}\b|'\d{2}\b", text))


def _in_order(written: list[str], right: str, low: Timex, high: Timex, ctx: Ctx) -> tuple[Timex, Timex] | None:
    """The two ends of a range, the end not before the start; None if no reading gives that.

    Each end was resolved on its own. When they cross ("Dec. 28 - Jan. 3"), an
    end written without a year is resolved again from the other end (the end
    forward from the start, the start back from the end), and the tense picks
    between these readings as it picks a year for one day.
    """
    first, last = bounds(low.value), bounds(high.value)
    if first is None or last is None or first[0] <= last[0]:
        return low, high
    readings = []
    if not _has_year(written[1]):
        later = ctx.resolve(right, first[0], "future")
        if later and later.type == "DATE" and (bounds(later.value) or first)[0] >= first[0]:
            readings.append((low, later))
    if not _has_year(written[0]):
        earlier = ctx.resolve(written[0], last[0], "past")
        if earlier and earlier.type == "DATE" and (bounds(earlier.value) or last)[0] <= last[0]:
            readings.append((earlier, high))
    readings = [(a, b) for a, b in readings if bounds(a.value) and bounds(b.value)]
    if not readings:
        return None
    periods = [(bounds(a.value)[0], bounds(b.value)[1]) for a, b in readings]
    return readings[by_tense(periods, *ctx.period, ctx.tense)]


def _complete(left: str, right: str, ctx: Ctx) -> tuple[str, str]:
    """Carry the month and year over between the two ends of a range."""
    month = ctx.lex.pattern("month")
    if re.fullmatch(r"\d{4}", left) and re.fullmatch(r"'?\d{2}", right):
        return left, left[:2] + right.lstrip("'")
    first = re.fullmatch(rf"({month})\.?\s+\d{{1,2}}{_ORD}(,?\s+\d{{4}})?", left)
    if first and re.fullmatch(rf"\d{{1,2}}{_ORD}{_YEAR_AFTER}?", right):
        right = f"{first.group(1)} {right}"
    year = re.search(r"\b(\d{4}|(?:last|this|next)\s+year)$", right)
    if year and not re.search(r"\b(?:\d{4}|year)$", left) and not re.fullmatch(r"\d{1,2}", left):
        left = f"{left} {year.group(1)}"
    day_first = re.fullmatch(rf"\d{{1,2}}{_ORD}\s+(?:of\s+)?({month})\.?(?:\s+(\d{{4}}|(?:last|this|next)\s+year))?",
                             right)
    if day_first and re.fullmatch(rf"\d{{1,2}}{_ORD}", left):
        left = f"{left} {day_first.group(1)} {day_first.group(2) or ''}".strip()
    month_after = re.fullmatch(rf"({month})\.?\s+\d{{1,2}}{_ORD}(?:,?\s+(\d{{4}}))?", right)
    if month_after and re.fullmatch(rf"\d{{1,2}}{_ORD}", left):
        left = f"{month_after.group(1)} {left} {month_after.group(2) or ''}".strip()
    return left, right


def _clock(hour: int, minute: int, ampm: str | None) -> str | None:
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _find_clock(text: str, ctx: Ctx) -> tuple[str, str] | None:
    """Find a clock time in ``text``; return (HH:MM, the text without it)."""
    patterns = (
        (rf"(\d{{1,2}})(?:[:.](\d{{2}}))?\s*{_AMPM}(?:\s+{_ZONES})?", True),
        (rf"(\d{{1,2}}):(\d{{2}})(?::\d{{2}})?(?:\s*(?:hours|hrs|h))?(?:\s+{_ZONES})?()", False),
        (rf"([01]\d|2[0-3])([0-5]\d)\s*(?:hours|hrs|h|{_ZONES})()", False),
        (rf"(\w+)\s+o'?clock(?:\s+{_ZONES})?()()", False),
    )
    for pattern, _ in patterns:
        match = re.search(rf"(?:\bat\s+)?\b{pattern}(?![\w:])", text)
        if not match:
            continue
        hour_text, minute, ampm = match.groups()[:3]
        hour = int(hour_text) if hour_text.isdigit() else int(float(ctx.lex["number"].get(hour_text, "99")))
        clock = _clock(hour, int(minute or 0), ampm)
        if clock:
            rest = (text[:match.start()] + " " + text[match.end():]).strip(" ,")
            return clock, re.sub(r"^(?:on|at)\s+|\s+(?:on|at)$", "", rest).strip(" ,")
    named = re.search(r"\b(?:at\s+)?(noon|midday|midnight)\b", text)
    if named:
        rest = (text[:named.start()] + " " + text[named.end():]).strip(" ,")
        return ctx.lex["partofday"][named.group(1)], re.sub(r"^(?:on|at)\s+|\s+(?:on|at)$", "", rest).strip(" ,")
    return None


def rule_time(text: str, ctx: Ctx) -> Timex | None:
    """8 p.m., 10:30 a.m. Friday, 15:00 GMT Saturday, 1950 EST, noon yesterday -> day + THH:MM."""
    found = _find_clock(text, ctx)
    if not found:
        return None
    clock, rest = found
    rest = re.sub(rf"^(?:this|in the)\s+({ctx.lex.pattern('partofday')})$", "", rest)
    if not rest or rest in ctx.lex["partofday"]:
        return Timex(f"{ctx.ref.isoformat()}T{clock}", "TIME")
    day = ctx.resolve(rest)
    if not day or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", (day.value or "")[:10]) or "/" in day.value:
        return None
    return Timex(f"{day.value[:10]}T{clock}", "TIME")


def rule_day(text: str, ctx: Ctx) -> Timex | None:
    """March 22, 22 March 2013, Friday, March 22nd, the 22nd of March, July 1 last year -> YYYY-MM-DD (year by
    tense if absent)."""
    month = ctx.lex.pattern("month")
    text = re.sub(rf"^{ctx.lex.pattern('weekday')}\.?,?\s+(?=(?:{month}|\d|the\s))", "", text)
    year_words = r"(?:,?\s+(?:of\s+)?('?\d{2}|\d{4}|(?:last|this|next|the\s+previous|the\s+following)\s+year))?"
    match = re.fullmatch(rf"({month})\.?\s+(\d{{1,2}}){_ORD}{year_words}", text)
    if match:
        name, day, year = match.groups()
    else:
        match = re.fullmatch(rf"(?:the\s+)?(\d{{1,2}}){_ORD}\s+(?:of\s+)?({month})\.?{year_words}", text)
        if not match:
            return None
        day, name, year = match.groups()
    month_number, day_number = int(ctx.lex["month"][name]), int(day)
    if year and not year[-1].isdigit():  # "July 1 last year": the year the words name
        outer = ctx.resolve(year)
        year = outer.value if outer and re.fullmatch(r"\d{4}", outer.value or "") else None
        if year is None:
            return None
    year_number = _year(year, ctx.ref) if year else day_year(ctx.period[0], month_number, day_number, ctx.tense, ctx.period[1])
    try:
        return Timex(dt.date(year_number, month_number, day_number).isoformat())
    except (TypeError, ValueError):
        return None


def rule_month(text: str, ctx: Ctx) -> Timex | None:
    """August, August 2012, August of last year, Aug. '12 -> YYYY-MM (year by tense if absent)."""
    match = re.fullmatch(rf"({ctx.lex.pattern('month')})\.?(?:,?\s+(?:of\s+)?(.+))?", text)
    if not match:
        return None
    month = int(ctx.lex["month"][match.group(1)])
    rest = match.group(2)
    if not rest:
        return Timex(f"{month_year(ctx.ref, month, ctx.tense):04d}-{month:02d}")
    year = _year(rest, ctx.ref)
    if year is None:
        outer = ctx.resolve(rest)
        year = int(outer.value) if outer and re.fullmatch(r"\d{4}", outer.value or "") else None
    return Timex(f"{year:04d}-{month:02d}") if year else None


def rule_season(text: str, ctx: Ctx) -> Timex | None:
    """summer, the summer of 2012, winter 2013 -> YYYY-SU (year by tense if absent)."""
    season_words = ctx.lex.pattern("season")
    match = re.fullmatch(rf"(?:the\s+)?({season_words})(?:\s+(?:of\s+)?(\d{{4}}))?", text) or \
        re.fullmatch(rf"()(\d{{4}})\s+({season_words})", text)
    if not match:
        return None
    name = match.group(1) or match.group(3)
    season = ctx.lex["season"][name]
    year = _year(match.group(2), ctx.ref) or season_year(ctx.ref, season, ctx.tense)
    return Timex(f"{year}-{season}")


def rule_quarter(text: str, ctx: Ctx) -> Timex | None:
    """the first quarter (of 2013), Q3 2012, the second half of the year -> YYYY-Qn, YYYY-Hn."""
    ordinal = ctx.lex.pattern("ordinal")
    match = re.fullmatch(rf"(?:the\s+)?({ordinal}|[1-4]{_ORD})[\s-]+(quarter|half)"
                         r"(?:\s+of\s+(?:the\s+)?(?:fiscal\s+)?(.+))?", text)
    if match:
        word, kind, rest = match.groups()
        index = int(ctx.lex["ordinal"].get(word) or re.sub(r"\D", "", word))
    else:
        match = re.fullmatch(r"(?:(\d{4})\s+)?(q|h)([1-4])(?:\s+(\d{4}))?", text)
        if not match:
            return None
        index, kind = int(match.group(3)), "quarter" if match.group(2) == "q" else "half"
        rest = match.group(1) or match.group(4)
    if index > (4 if kind == "quarter" else 2):
        return None
    letter = "Q" if kind == "quarter" else "H"
    year = _year(rest, ctx.ref) if rest else None
    if rest and year is None:
        outer = ctx.resolve(rest)
        year = int(outer.value) if outer and re.fullmatch(r"\d{4}", outer.value or "") else None
        if year is None and rest != "year":
            return None
    if year is None:
        current = quarter_of(ctx.ref) if letter == "Q" else (ctx.ref.month > 6) + 1
        year = ctx.ref.year - (ctx.tense == "past" and index > current) + (ctx.tense == "future" and index < current)
    return Timex(f"{year}-{letter}{index}")


def rule_year(text: str, ctx: Ctx) -> Timex | None:
    """2009, the year 2000, fiscal 2013, '58, the 1990s, the '90s, the 20th century -> 2009, 199, 19."""
    match = re.fullmatch(r"(?:the\s+)?(?:(?:calendar|fiscal|financial|model)\s+)?(?:year\s+|fy\s*)?('\d{2}|\d{4})", text)
    if match:
        year = _year(match.group(1), ctx.ref)
        return Timex(f"{year:04d}") if year else None
    match = re.fullmatch(r"(?:the\s+)?(?:(\d{2})(\d)0|'?(\d)0)'?s", text)
    if match:
        if match.group(3) is not None:
            digit = int(match.group(3))
            return Timex(f"20{digit}" if 2000 + 10 * digit <= ctx.ref.year else f"19{digit}")
        if match.group(2) == "0" and match.group(1) != "20":
            return Timex(match.group(1))
        return Timex(match.group(1) + match.group(2))
    match = re.fullmatch(rf"(?:the\s+)?({ctx.lex.pattern('ordinal')}|\d{{1,2}}{_ORD})[\s-]+century", text)
    if match:
        word = match.group(1)
        number = int(ctx.lex["ordinal"].get(word) or re.sub(r"\D", "", word))
        return Timex(f"{number - 1:02d}") if 1 <= number <= 22 else None
    return None


RULES = [rule_time, rule_range, rule_day, rule_month, rule_season, rule_quarter, rule_year]
