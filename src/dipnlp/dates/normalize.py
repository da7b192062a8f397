"""Normalise one time expression to a TimeML value, given the article's date and a tense.

The public function is :func:`normalize_date`; :func:`normalize` also gives the
type (DATE, TIME, DURATION, SET) and the modifier (START, MID, END, APPROX ...).
Rules are plain functions in :mod:`~dipnlp.dates.relative` and
:mod:`~dipnlp.dates.absolute`, tried in order; dateparser (one parser, built
once, ``RELATIVE_BASE`` always the reference date) is the last resort for
absolute dates in formats the rules do not know.

>>> normalize_date("on Friday", "2019-01-18")
'2019-01-18'
>>> normalize_date("late next month", "2019-01-22")
'2019-02'
>>> normalize("late next month", "2019-01-22").mod
'END'
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, NamedTuple

from dipnlp.dates.lexicon import Lexicon, package_lexicon

TENSES = ("past", "present", "future")
_PARSER = None
_NO_REF = (dt.date(2003, 6, 14), dt.date(2011, 2, 23))  # two unlike days: a value that differs depends on the date
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:T[A-Z]{2})?")
_LEADING = re.compile(r"^(?:(?:on|in|at|by|since|until|till|during|for|of|within|before|after|as of|throughout)\s+)+")


@dataclass(frozen=True)
class Timex:
    """A normalised time expression: TimeML ``value``, ``type`` and optional ``mod``.

    ``widened`` is True when ``value`` is the interval of the values the
    expression can take because the article's day is unknown ("on Friday"
    against a month-only date), not a range the text gives.
    """

    value: str | None
    type: str = "DATE"
    mod: str | None = None
    widened: bool = False


class Ctx(NamedTuple):
    """What a rule needs: the reference day, the tense, the lexicon and a resolver for parts.

    ``resolve(part, ref=None, tense=None)`` normalises a part against this
    context, or against another day and tense (without the period). ``period``
    is the first and last day the article's date may be: its month when the
    article is dated only to the month, else ``(ref, ref)``.
    """

    ref: dt.date
    tense: str
    lex: Lexicon
    resolve: Callable[..., "Timex | None"]
    period: tuple[dt.date, dt.date] | None = None


def parse_reference(reference: str | dt.date | None) -> tuple[dt.date | None, str]:
    """Return the reference day and its precision (``"day"``, ``"month"`` or ``"none"``).

    >>> parse_reference("2019-01")
    (datetime.date(2019, 1, 1), 'month')
    """
    if isinstance(reference, dt.datetime):
        return reference.date(), "day"
    if isinstance(reference, dt.date):
        return reference, "day"
    text = str(reference or "").strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}", text):
            return dt.date.fromisoformat(text + "-01"), "month"
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", text):
            return dt.date.fromisoformat(text[:10]), "day"
    except ValueError:
        pass
    return None, "none"


def clean(text: str) -> str:
    """Lower-case, straighten quotes, squeeze spaces, drop edge punctuation, possessives, prepositions."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"\s+", " ", text).strip(" .,;:!?()[]\"")
    text = re.sub(r"(?<=[a-z0-9])'s?$", "", text)
    return _LEADING.sub("", text).strip()


def strip_modifier(text: str, lex: Lexicon) -> tuple[str | None, str]:
    """Split a leading modifier off: ``"towards the end of february"`` -> ``("END", "february")``."""
    mod = None
    for _ in range(2):
        match = re.match(rf"({lex.pattern('modifier')})(?:\s+|-)(.+)$", text)
        if not match:
            break
        word, rest = match.groups()
        value = lex["modifier"][word]
        if word in lex["approx"] and not re.match(rf"(?:\d|{lex.pattern('number')}\b)", rest):
            break
        mod, text = (mod or value or None), rest
    return mod, text


def _rules():
    from dipnlp.dates import absolute, relative

    return relative.RULES + absolute.RULES


def resolve(text: str, ref: dt.date, tense: str, lex: Lexicon, depth: int = 0,
            period: tuple[dt.date, dt.date] | None = None) -> Timex | None:
    """Normalise ``text`` against the day ``ref`` with the rules, then dateparser; None if nothing fits.

    ``period``: the days the article's date may be (see :class:`Ctx`), for the
    rules that can use one (a day and month without a year).
    """
    cleaned = clean(text)
    if not cleaned or depth > 3:
        return None
    mod, core = strip_modifier(cleaned, lex)

    def part(piece: str, other_ref: dt.date | None = None, other_tense: str | None = None) -> Timex | None:
        if other_ref is None and other_tense is None:
            return resolve(piece, ref, tense, lex, depth + 1, period)
        return resolve(piece, other_ref or ref, other_tense or tense, lex, depth + 1)

    ctx = Ctx(ref, tense, lex, part, period or (ref, ref))
    for candidate, candidate_mod in ((core, mod), (cleaned, None)) if mod else ((core, None),):
        for rule in _rules():
            timex = rule(candidate, ctx)
            if timex is not None and timex.value is not None:
                return replace(timex, mod=timex.mod or candidate_mod)
        if mod and core in _POSITION_WORDS:
            return Timex(_POSITION_WORDS[core](ref), "DATE", mod)
    timex = dateparser_timex(core, ref, lex)
    return replace(timex, mod=mod) if timex else None


_POSITION_WORDS = {
    "year": lambda r: f"{r.year:04d}", "the year": lambda r: f"{r.year:04d}",
    "month": lambda r: f"{r:%Y-%m}", "the month": lambda r: f"{r:%Y-%m}",
    "the week": lambda r: f"{r.isocalendar()[0]}-W{r.isocalendar()[1]:02d}",
    "the day": lambda r: r.isoformat(), "the decade": lambda r: f"{r.year // 10}",
    "the century": lambda r: f"{r.year // 100}",
}


def _combine(low: Timex | None, high: Timex | None, month: tuple[dt.date, dt.date]) -> Timex | None:
    """The interval a value can span when the reference day is known only to the ``month``.

    An interval of days that runs over the month's edges is cut to the month: an article of a month
    reports what happened in it ("on Saturday" in a "2020-07" article is a Saturday of July 2020).

    >>> july = (dt.date(2020, 7, 1), dt.date(2020, 7, 31))
    >>> _combine(Timex("2020-06-27"), Timex("2020-07-25"), july).value
    '2020-07-01/2020-07-25'
    >>> _combine(Timex("2020-06-28"), Timex("2020-08-01"), july).value
    '2020-07'
    """
    if low is None or high is None:
        return low if high is None and low is not None and low.type == "DURATION" else None
    if low.value == high.value or low.type in ("DURATION", "SET"):
        return low
    start = low.value.split("/")[0]
    end = high.value.split("/")[-1]
    if _DAY.fullmatch(start) and _DAY.fullmatch(end):
        first, last = (day.isoformat() for day in month)
        part = start[10:]  # a part of the day ("Saturday morning": "TMO") stays on both ends
        if start[:10] <= last and end[:10] >= first:
            start, end = max(start, first + part), min(end, last + part)
            if (start, end) == (first + part, last + part):
                return replace(low, value=first[:7], widened=True)
    return replace(low, value=start if start == end else f"{start}/{end}", widened=True)


@lru_cache(maxsize=8192)
def _normalize(text: str, reference: str | None, tense: str, lex: Lexicon) -> Timex:
    ref, precision = parse_reference(reference)
    if precision == "day":
        timex = resolve(text, ref, tense, lex)
    elif precision == "month":
        last = ref.replace(day=calendar.monthrange(ref.year, ref.month)[1])
        month = (ref, last)
        timex = _combine(resolve(text, ref, tense, lex, period=month), resolve(text, last, tense, lex, period=month),
                         month)
    else:
        first, second = (resolve(text, day, tense, lex) for day in _NO_REF)
        timex = first if first and second and first.value == second.value else None
    return timex or Timex(None)


def normalize(text: str, reference: str | dt.date | None, tense: str = "past",
              lexicon: Lexicon | None = None) -> Timex:
    """Normalise one time expression.

    Parameters
    ----------
    text : str
        The expression as written, e.g. ``"towards the end of February"``.
    reference : str, datetime.date or None
        The article's date: ``"YYYY-MM-DD"``, ``"YYYY-MM"`` (month precision:
        an answer that depends on the unknown day becomes an interval) or None
        (only expressions that need no reference get a value).
    tense : {"past", "present", "future"}
        Tense of the governing verb: bare weekdays look back in the past and
        forward in the present and future ("travels to Hanoi on Sunday" is a
        schedule); bare months look back in the past and present.
    lexicon : Lexicon, optional
        The words the rules read; the package's own by default.

    Returns
    -------
    Timex
        ``value`` is None when the expression cannot be normalised.
    """
    if isinstance(reference, dt.date):
        reference = reference.isoformat()[:10]
    tense = tense if tense in TENSES else "past"
    return _normalize(str(text), reference, tense, lexicon or package_lexicon())


def normalize_date(text: str, reference: str | dt.date | None, tense: str = "past",
                   lexicon: Lexicon | None = None) -> str | None:
    """Return the TimeML value of one time expression, or None.

    >>> normalize_date("January 19-22", "2019-01-18")
    '2019-01-19/2019-01-22'
    >>> normalize_date("on Sunday", "2019-01-22")
    '2019-01-20'
    """
    return normalize(text, reference, tense, lexicon).value


def get_parser():
    """Return the one dateparser ``DateDataParser`` (built on first use, English only)."""
    global _PARSER
    if _PARSER is None:
        from dateparser.date import DateDataParser

        _PARSER = DateDataParser(languages=["en"], settings={
            "RELATIVE_BASE": dt.datetime(2000, 1, 1), "PREFER_DATES_FROM": "current_period",
            "RETURN_TIME_AS_PERIOD": True})
    return _PARSER


def dateparser_timex(text: str, ref: dt.date, lex: Lexicon) -> Timex | None:
    """Normalise an absolute date with dateparser (``RELATIVE_BASE`` = ``ref``); only text with a digit."""
    if not (re.search(r"\b\d{4}\b|\b\d{1,2}[/.-]\d{1,2}\b", text)
            or re.search(r"\d", text) and re.search(rf"\b{lex.pattern('month')}\b", text)):
        return None
    parser = get_parser()
    parser._settings.RELATIVE_BASE = dt.datetime(ref.year, ref.month, ref.day)
    try:
        data = parser.get_date_data(text)
    except Exception:  # dateparser raises on some odd strings
        return None
    date, period = data.date_obj, data.period
    if date is None or not 1000 <= date.year <= 2199:
        return None
    if abs(date.year - ref.year) > 1 and not re.search(rf"\b{date.year}\b|\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]'?\d\d\b", text):
        return None  # a year read from a day number ("30 and 31 October" as 2031) is not one the text names
    if period == "year":
        return Timex(f"{date:%Y}")
    if period == "month":
        return Timex(f"{date:%Y-%m}")
    if period == "time":
        return Timex(f"{date:%Y-%m-%dT%H:%M}", "TIME")
    return Timex(f"{date:%Y-%m-%d}")
