"""Calendar arithmetic and TimeML value strings, shared by the date rules."""
from __future__ import annotations

import calendar
import datetime as dt
import re

SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

#: TimeML values, for validation: dates, weeks, seasons, quarters, halves, times,
#: decades/centuries, durations, sets, references and intervals of two of them.
_DATE = (r"(?:\d{2,4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-(?:\d|WE))?|-(?:SP|SU|FA|WI)"
         r"|-Q[1-4]|-H[12])?(?:T(?:\d{2}(?::\d{2}){0,2}|MO|AF|EV|NI|DT))?")
_DURATION = r"P(?:(?:[\dX.]+[YMWD])+(?:T(?:[\dX.]+[HMS])+)?|T(?:[\dX.]+[HMS])+|[\dX]+DE|[\dX]+CE)"
_SET = r"(?:XXXX-WXX-\d|XXXX-XX-XXT(?:MO|AF|EV|NI)|XXXX-\d{2}|XXXX)"
_REF = r"(?:PRESENT_REF|PAST_REF|FUTURE_REF)"
_ONE = f"(?:{_DATE}|{_DURATION}|{_SET}|{_REF})"
VALUE_RE = re.compile(f"{_ONE}(?:/{_ONE})?")


def is_timeml(value: str) -> bool:
    """Return True when ``value`` is a TimeML/ISO value this package can write.

    >>> is_timeml("2019-W04"), is_timeml("P3Y"), is_timeml("2019-13")
    (True, True, True)
    """
    return bool(VALUE_RE.fullmatch(value))


def add_months(day: dt.date, months: int) -> dt.date:
    """Shift ``day`` by whole months, clamping the day of month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """Shift ``day`` by ``amount`` units (``Y``, ``M``, ``W``, ``D``, ``10Y``, ``100Y``, ``2W``)."""
    if unit.endswith("Y"):
        return add_months(day, 12 * amount * int(unit[:-1] or 1))
    if unit == "M":
        return add_months(day, amount)
    if unit.endswith("W"):
        return day + dt.timedelta(weeks=amount * int(unit[:-1] or 1))
    return day + dt.timedelta(days=amount)


def week_value(day: dt.date) -> str:
    """ISO week of ``day``: ``2019-W04``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def at_granularity(day: dt.date, unit: str) -> str:
    """The value of the ``unit``-sized period that holds ``day``."""
    if unit == "100Y":
        return f"{day.year // 100:02d}"
    if unit == "10Y":
        return f"{day.year // 10:03d}"
    if unit.endswith("Y"):
        return f"{day.year:04d}"
    if unit == "M":
        return f"{day:%Y-%m}"
    if unit.endswith("W"):
        return week_value(day)
    return day.isoformat()


def weekday_on_or_before(ref: dt.date, weekday: int) -> dt.date:
    """The latest ``weekday`` (1 = Monday) on or before ``ref``."""
    return ref - dt.timedelta(days=(ref.isoweekday() - weekday) % 7)


def weekday_on_or_after(ref: dt.date, weekday: int) -> dt.date:
    """The earliest ``weekday`` (1 = Monday) on or after ``ref``."""
    return ref + dt.timedelta(days=(weekday - ref.isoweekday()) % 7)


def weekday_near(ref: dt.date, weekday: int, tense: str, strict: bool = False) -> dt.date:
    """The ``weekday`` a sentence of this ``tense`` means: back in the past, forward in the present
    (a schedule: "travels to Hanoi on Sunday") and the future.

    ``strict`` (for "last"/"next") excludes ``ref`` itself.
    """
    if tense in ("future", "present"):  # "travels to Hanoi on Sunday": a schedule
        day = weekday_on_or_after(ref + dt.timedelta(days=strict), weekday)
    else:
        day = weekday_on_or_before(ref - dt.timedelta(days=strict), weekday)
    return day


def month_year(ref: dt.date, month: int, tense: str, strict: bool = False) -> int:
    """The year of a month named without one: the previous year in the past, the next in the future.

    Unless ``strict`` ("last June"), the month just after the reference in a
    past sentence, or just before it in a future one, stays in the reference's
    year: a misread tense is likelier than an event eleven months away.
    """
    gap = (month - ref.month) % 12
    if tense == "future":
        if strict:
            return ref.year + (month <= ref.month)
        return ref.year + (month < ref.month and gap != 11)
    if tense == "past" or strict:
        if strict:
            return ref.year - (month >= ref.month)
        return ref.year - (month > ref.month and gap != 1)
    return ref.year


def day_year(ref: dt.date, month: int, day: int, tense: str, last: dt.date | None = None) -> int | None:
    """The year of a day and month named without one, by tense (see :func:`by_tense`); None if no such date.

    ``last`` makes the reference the period ``ref`` .. ``last`` (an article dated
    only to the month): a day inside it takes its year whatever the tense.
    """
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return candidates[by_tense([(c, c) for c in candidates], ref, last or ref, tense)].year


def by_tense(periods: list[tuple[dt.date, dt.date]], ref: dt.date, last: dt.date, tense: str) -> int:
    """Index of the period a sentence of this ``tense`` means, seen from the reference ``ref`` .. ``last``.

    One that meets the reference wins. Else the past takes the nearest period
    before it and the future the nearest after it, except that one within two
    weeks on the other side beats one more than half a year away (a misread
    tense); the present takes the nearest.
    """
    last = max(last, ref)

    def gap(index: int) -> int:
        first, end = periods[index]
        return (first - last).days if first > last else (ref - end).days if end < ref else 0

    indices = range(len(periods))
    inside = [i for i in indices if gap(i) == 0]
    if inside:
        return inside[0]
    if tense == "present":
        return min(indices, key=gap)
    before = [i for i in indices if periods[i][1] < ref]
    after = [i for i in indices if periods[i][0] > last]
    preferred, other = (after, before) if tense == "future" else (before, after)
    best = min(preferred, key=gap) if preferred else None
    near = min(other, key=gap) if other else None
    if best is None or near is not None and gap(near) <= 14 < 180 < gap(best):
        return near
    return best


def bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of a year, month or day value; None for any other value.

    >>> bounds("2019-02")
    (datetime.date(2019, 2, 1), datetime.date(2019, 2, 28))
    """
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value or "")
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day:
            return dt.date(year, month, day), dt.date(year, month, day)
        if month:
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None


def season_year(ref: dt.date, season: str, tense: str, strict: bool = False) -> int:
    """The year of a season named without one (winter counts from its December)."""
    start = SEASON_MONTHS[season]
    current = _season_of(ref)
    if current == season and not strict:
        return ref.year - (ref.month < 3 and season == "WI")
    year = ref.year if ref.month >= 3 or season != "WI" else ref.year - 1
    started = (ref.year, ref.month) >= (year, start)
    if tense == "future" or (strict and tense == "future"):
        return year if not started else year + 1
    return year if started and current != season else year - 1


def _season_of(day: dt.date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(day.month, "FA")


def quarter_of(day: dt.date) -> int:
    """Quarter (1-4) of ``day``."""
    return (day.month - 1) // 3 + 1


def to_calendar(value: str | None) -> str | None:
    """A value as plain calendar dates, for event records: weeks, weekends, seasons, quarters,
    halves and decades become day or month intervals, a time its day; references, durations
    and sets give None.

    >>> to_calendar("2019-W04"), to_calendar("2019-01-17TEV"), to_calendar("2019-Q1")
    ('2019-01-21/2019-01-27', '2019-01-17', '2019-01/2019-03')
    """
    if not value:
        return None
    if "/" in value:
        low, high = (to_calendar(part) for part in value.split("/", 1))
        return f"{low.split('/')[0]}/{high.split('/')[-1]}" if low and high else None
    if re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value):
        return value
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T.*", value):
        return value[:10]
    week = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if week:
        monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        first, last = (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)) if week.group(3) else \
            (monday, monday + dt.timedelta(days=6))
        return f"{first}/{last}"
    period = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])", value)
    if period:
        year, code = int(period.group(1)), period.group(2)
        start = SEASON_MONTHS.get(code) or (3 * int(code[1]) - 2 if code[0] == "Q" else 6 * int(code[1]) - 5)
        months = 6 if code[0] == "H" else 3
        first = dt.date(year, start, 1)
        last = add_months(first, months - 1)
        return f"{first:%Y-%m}/{last:%Y-%m}"
    if re.fullmatch(r"\d{3}", value):
        return f"{value}0/{value}9"
    return None
