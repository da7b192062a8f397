"""Rules for expressions relative to the article's date: references, sets, durations,
"ago", "last/this/next ...", today/yesterday/tomorrow, bare weekdays and "the weekend".

Each rule is ``rule(text, ctx) -> Timex | None`` over the cleaned, lower-case
text (see :func:`dipnlp.dates.normalize.clean`).
"""
from __future__ import annotations

import datetime as dt
import re

from dipnlp.dates.normalize import Ctx, Timex
from dipnlp.dates.values import (add_months, at_granularity, month_year, quarter_of, season_year,
                                 shift, week_value, weekday_near, weekday_on_or_after,
                                 weekday_on_or_before)

_TIME_UNITS = {"TH": "H", "TM": "M", "TS": "S"}
_SMALLER = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "TH"), "TH": (60, "TM"), "TM": (60, "TS")}
_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
            "the day after tomorrow": 2, "last night": -1}
_FORWARD = {"next", "coming", "the coming", "the next", "this coming", "the following", "following"}
_SPAN_WORDS = {"past", "last", "next", "coming", "previous", "following", "recent", "preceding"}
_BACKWARD = {"last", "past", "the past", "this past", "previous", "the previous", "the last"}


def number(text: str, ctx: Ctx) -> str | None:
    """``"three"`` -> ``"3"``, ``"twenty-five"`` -> ``"25"``, ``"several"`` -> ``"X"``, else None."""
    text = text.strip().replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return text
    words = ctx.lex["number"]
    if text in words:
        return words[text]
    parts = re.split(r"[\s-]+", text)
    if len(parts) == 2 and all(p in words and words[p] not in ("X",) for p in parts):
        return str(int(float(words[parts[0]])) + int(float(words[parts[1]])))
    return None


def unit(text: str, ctx: Ctx) -> str | None:
    """``"years"`` -> ``"Y"``, ``"hrs"`` -> ``"TH"``, else None."""
    return unit_code(text, ctx.lex["unit"])


def unit_code(text: str, units: dict[str, str]) -> str | None:
    """The code of a unit of time written singular or plural, from the lexicon's ``unit`` words, else None."""
    if text in units:
        return units[text]
    if text.endswith("s") and text[:-1] in units:
        return units[text[:-1]]
    return None


def duration_value(amount: str, code: str) -> str | None:
    """A TimeML duration: ``("3", "Y")`` -> ``"P3Y"``, ``("X", "TH")`` -> ``"PTXH"``, halves go down a unit."""
    if code == "WE":
        return None
    if code in ("10Y", "100Y"):
        if amount == "X":
            return "PXDE" if code == "10Y" else "PXCE"
        return f"P{_num(float(amount) * int(code[:-1]))}Y"
    if amount != "X" and float(amount) != int(float(amount)):
        if code in _SMALLER:
            factor, code = _SMALLER[code]
            amount = str(float(amount) * factor)
    if code == "2W":
        amount, code = ("X" if amount == "X" else str(float(amount) * 2)), "W"
    shown = "X" if amount == "X" else _num(float(amount))
    return f"PT{shown}{_TIME_UNITS[code]}" if code in _TIME_UNITS else f"P{shown}{code}"


def _num(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def rule_reference(text: str, ctx: Ctx) -> Timex | None:
    """now, currently -> PRESENT_REF; recently, the past -> PAST_REF; the future -> FUTURE_REF."""
    value = ctx.lex["ref"].get(text)
    return Timex(value) if value else None


def rule_set(text: str, ctx: Ctx) -> Timex | None:
    """daily, every Monday, each morning, twice a year, on Mondays -> SET values."""
    if text in ctx.lex["set"]:
        return Timex(ctx.lex["set"][text], "SET")
    match = re.fullmatch(r"(?:every|each|per)\s+(?:other\s+|single\s+)?(.+)", text) or \
        re.fullmatch(r"(?:once|twice|\w+ times)\s+(?:a|an|per|every|each)\s+(.+)", text)
    plural = re.fullmatch(r"(\w+?)s", text)
    if plural and plural.group(1) in ctx.lex["weekday"]:
        return Timex(f"XXXX-WXX-{ctx.lex['weekday'][plural.group(1)]}", "SET")
    if not match:
        return None
    inner = match.group(1)
    if inner in ctx.lex["weekday"]:
        return Timex(f"XXXX-WXX-{ctx.lex['weekday'][inner]}", "SET")
    part = ctx.lex["partofday"].get(inner)
    if part:
        return Timex(f"XXXX-XX-XXT{part}", "SET")
    if inner in ctx.lex["month"]:
        return Timex(f"XXXX-{ctx.lex['month'][inner]}", "SET")
    code = unit(inner, ctx)
    if code:
        return Timex(duration_value("1", code), "SET")
    counted = re.fullmatch(r"(.+?)\s+(\w+)", inner)
    if counted and number(counted.group(1), ctx) and unit(counted.group(2), ctx):
        return Timex(duration_value(number(counted.group(1), ctx), unit(counted.group(2), ctx)), "SET")
    return None


def rule_ago(text: str, ctx: Ctx) -> Timex | None:
    """three years ago -> 2016 (from 2019); two weeks from now; several years ago -> PAST_REF."""
    match = re.fullmatch(r"(.+?)\s+(\w+)\s+(ago|back|from now|hence|before now)", text)
    if not match:
        return None
    amount, code = number(match.group(1), ctx), unit(match.group(2), ctx)
    if amount is None or code is None or code == "WE":
        return None
    sign = -1 if match.group(3) in ("ago", "back", "before now") else 1
    if amount == "X":
        return Timex("PAST_REF" if sign < 0 else "FUTURE_REF")
    if code in _TIME_UNITS:
        return Timex(ctx.ref.isoformat())
    whole = int(float(amount))
    if whole != float(amount):
        return None
    return Timex(at_granularity(shift(ctx.ref, sign * whole, code), code))


def rule_duration(text: str, ctx: Ctx) -> Timex | None:
    """three years, the past two years, a four-week, recent weeks, an hour and a half -> durations."""
    text = re.sub(r"\s+(?:earlier|later|before|after|afterwards?|on|since|before that|after that)$", "", text)
    half = re.search(r"\s+and\s+(?:a\s+)?half$", text)
    text = text[:half.start()] if half else text
    match = re.fullmatch(
        r"(?:(?:the|these|those|a|an|another|over the|in the|for the)\s+)?"
        r"(?:(past|last|next|coming|previous|following|first|final|last few|remaining|recent|preceding|"
        r"subsequent|ensuing|intervening|additional|full|whole|entire|further|more|extra)\s+)?"
        r"(?:(.+?)(?:\s+|-))?(\w+?)(?:s|-long|-old)?(?:\s+(?:long|running|straight|in a row))?",
        text)
    if not match:
        return None
    rel, amount_text, unit_text = match.groups()
    code = unit(unit_text, ctx)
    if code is None:
        return None
    amount = number(amount_text, ctx) if amount_text else None
    if amount_text and amount is None:
        return None
    has_article = bool(re.match(r"(?:the|these|those|over the|in the|for the)\s", text))
    if amount is None:
        plural = text.endswith("s") and unit_text + "s" in text
        if rel and not has_article and not plural:
            return None  # "last year", "next week": dates, see rule_relative
        if not rel and not plural and not text.startswith(("a ", "an ")):
            return None  # "year", "the day"
        if rel and rel not in _SPAN_WORDS or rel and code == "D" and not plural:
            return None  # "the final seconds", "the last day" (of the talks): a point, not a length
        amount = "X" if plural else "1"
    if half and amount != "X":
        amount = str(float(amount) + 0.5)
    value = duration_value(amount, code)
    return Timex(value, "DURATION") if value else None


def rule_deictic(text: str, ctx: Ctx) -> Timex | None:
    """today, yesterday morning, tomorrow night, tonight, last night, the day before yesterday."""
    match = re.fullmatch(rf"({'|'.join(_DEICTIC)})(?:\s+({ctx.lex.pattern('partofday')}))?", text) or \
        re.fullmatch(rf"({ctx.lex.pattern('partofday')})\s+(today|yesterday|tomorrow)", text)
    if not match:
        return None
    first, second = match.groups()
    if first in ctx.lex["partofday"]:
        first, second = second, first
    day = ctx.ref + dt.timedelta(days=_DEICTIC[first])
    part = ctx.lex["partofday"].get(second) if second else ("NI" if first in ("tonight", "last night") else None)
    return _with_part(day.isoformat(), part)


def _with_part(value: str, part: str | None) -> Timex:
    if not part:
        return Timex(value)
    return Timex(f"{value}T{part}", "TIME")


def rule_relative(text: str, ctx: Ctx) -> Timex | None:
    """this/last/next week, month, year, quarter, weekend, decade, century, June, summer, Friday, morning."""
    match = re.fullmatch(r"(this|that|the same|current|the current|this coming|this past|the coming|coming|"
                         r"next|the next|last|the last|past|the past|previous|the previous|following|the following)"
                         r"\s+(?:fiscal\s+|calendar\s+)?(.+)", text)
    if not match:
        return None
    word, what = match.groups()
    step = 1 if word in _FORWARD else -1 if word in _BACKWARD else 0
    if word in ("that", "the same") or (word.startswith("the ") and step and what in ctx.lex["unit"]):
        return None
    lex, ref = ctx.lex, ctx.ref
    if what in lex["weekday"]:
        tense = "future" if step > 0 else "past" if step < 0 else ctx.tense
        return Timex(weekday_near(ref, int(lex["weekday"][what]), tense, strict=bool(step)).isoformat())
    if what in lex["month"]:
        month = int(lex["month"][what])
        tense = "future" if step > 0 else "past" if step < 0 else "present"
        return Timex(f"{month_year(ref, month, tense, strict=bool(step)):04d}-{month:02d}")
    if what in lex["season"]:
        season = lex["season"][what]
        tense = "future" if step > 0 else "past" if step < 0 else ctx.tense
        return Timex(f"{season_year(ref, season, tense, strict=bool(step))}-{season}")
    if what in lex["partofday"]:
        day = ref + dt.timedelta(days=min(step, 0))
        return _with_part(day.isoformat(), lex["partofday"][what])
    return _relative_unit(what, step, ctx)


def _relative_unit(what: str, step: int, ctx: Ctx) -> Timex | None:
    ref = ctx.ref
    if what == "quarter":
        index = ref.year * 4 + quarter_of(ref) - 1 + step
        return Timex(f"{index // 4}-Q{index % 4 + 1}")
    if what in ("half", "half year"):
        index = ref.year * 2 + (ref.month > 6) + step
        return Timex(f"{index // 2}-H{index % 2 + 1}")
    code = unit(what, ctx)
    if code is None or what.endswith("s") and what[:-1] in ctx.lex["unit"]:
        return None
    if code == "WE":
        return Timex(week_value(ref + dt.timedelta(weeks=step)) + "-WE")
    if code in _TIME_UNITS or code == "D":
        return Timex(shift(ref, step, "D").isoformat()) if code == "D" else None
    return Timex(at_granularity(shift(ref, step, code) if step else ref, code))


def rule_weekday(text: str, ctx: Ctx) -> Timex | None:
    """Friday, Friday afternoon, Thursday night: the latest on or before the reference, or the next in the future."""
    match = re.fullmatch(rf"({ctx.lex.pattern('weekday')})\.?(?:\s+({ctx.lex.pattern('partofday')}))?", text)
    if not match:
        return None
    day = weekday_near(ctx.ref, int(ctx.lex["weekday"][match.group(1)]), ctx.tense)
    return _with_part(day.isoformat(), ctx.lex["partofday"].get(match.group(2) or ""))


def rule_weekend(text: str, ctx: Ctx) -> Timex | None:
    """the weekend ("met him at the weekend"): the last one in the past (before a Saturday's own),
    the coming one otherwise."""
    if text != "the weekend":
        return None
    saturday = int(ctx.lex["weekday"]["saturday"])
    if ctx.tense == "past":
        saturday_date = weekday_on_or_before(ctx.ref - dt.timedelta(days=1), saturday)
    else:
        saturday_date = weekday_on_or_after(ctx.ref, saturday)
    return Timex(week_value(saturday_date) + "-WE")


_ANAPHORIC = re.compile(r"(?:(?:earlier|later)\s+(?:in the|that|the same|that same)|that|the same|that same)\s+"
                        r"(day|morning|afternoon|evening|night)|"
                        r"the\s+(next|following|previous|preceding)\s+(day|morning|afternoon|evening|night)|"
                        r"the\s+day\s+(before|after)")


def anaphoric(text: str, anchor: dt.date, lex) -> Timex | None:
    """A day told from another day of the story: "that evening", "later in the day", "the next day",
    "the day before".

    ``anchor`` is that other day (the component takes the latest day named
    before the expression). None for any other text.

    >>> anaphoric("the next morning", dt.date(2019, 1, 14), None).value
    '2019-01-15TMO'
    """
    from dipnlp.dates.lexicon import package_lexicon
    from dipnlp.dates.normalize import clean

    match = _ANAPHORIC.fullmatch(clean(text))
    if not match:
        return None
    same, word, unit_word, side = match.groups()
    if side:
        step = -1 if side == "before" else 1
    else:
        step = 0 if same else 1 if word in ("next", "following") else -1
    part = (lex or package_lexicon())["partofday"].get(same or unit_word or "day")
    return _with_part((anchor + dt.timedelta(days=step)).isoformat(), part)


RULES = [rule_reference, rule_set, rule_ago, rule_deictic, rule_duration, rule_relative, rule_weekday,
         rule_weekend]

__all__ = ["RULES", "add_months", "number", "unit", "duration_value"]
