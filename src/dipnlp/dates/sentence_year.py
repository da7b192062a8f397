"""The year a sentence has just stated: "In June 2023, X led a mission to Kyiv, where they met Y on
16 June" is 16 June 2023, not the 16 June before the article's date.

A day or month named without a year takes it from the article's date and the tense (see
:mod:`~dipnlp.dates.absolute`), unless an earlier expression of the same sentence gave a month with its
year as a circumstance of a clause that governs it ("In June 2023, X led ..."): the writer then tells
that year's story, and a bare "16 June" or "in December" after it is in it. A year told in a clause of
its own ("Suu Kyi, who was released in November 2010, met Thein Sein in August"; "the first talks since
fighting erupted in November 2020 opened on 25 October") or on a noun ("after the trip to Tokyo in October
2016 and the visit to Davao in January"; "Kim's June 2018 summit") dates only that clause or thing. The
sentence after one that told a month with its year keeps that year for the same month ("In July 2018,
Helsinki hosted the summit. On 16 July he had breakfast with X"), and only for it.
Only bare calendar names take it ("16 June", "Friday, 16 June", "in late December"); "last June",
"next month" and weekdays are told from the article's date.

>>> from dipnlp.dates.lexicon import package_lexicon
>>> lex = package_lexicon()
>>> stated_year("June 2023", "2023-06", lex), stated_year("16 June", "2024-06-16", lex)
(2023, None)
>>> bare_calendar_name("16 June", lex), bare_calendar_name("last June", lex), bare_calendar_name("Friday", lex)
(True, False, False)
>>> in_year("2024-06-16", 2023), in_year("2024-02-29", 2023)
('2023-06-16', None)
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from dipnlp.dates.lexicon import Lexicon

_ORD = r"(?:st|nd|rd|th)?"
_DAY_OR_MONTH = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def stated_year(text: str, value: str | None, lex: Lexicon) -> int | None:
    """The year an expression states with a month ("June 2023", "16 June 2023", "December 4, 2022")."""
    if not value or not _DAY_OR_MONTH.fullmatch(value[:10]):
        return None
    year = re.search(r"\b(\d{4})\b", text)
    month = re.search(rf"\b(?:{lex.pattern('month')})\b", text.lower())
    return int(year.group(1)) if year and month and value.startswith(year.group(1)) else None


def bare_calendar_name(text: str, lex: Lexicon) -> bool:
    """Whether an expression names a day of a month or a month and nothing else that places it in time."""
    month, weekday, modifier = lex.pattern("month"), lex.pattern("weekday"), r"(?:early|mid|late|the|end\s+of)"
    day_month = rf"(?:the\s+)?\d{{1,2}}{_ORD}\s+(?:of\s+)?(?:{month})\.?"
    month_day = rf"(?:{month})\.?\s+\d{{1,2}}{_ORD}"
    pattern = rf"(?:(?:{weekday}),?\s+)?(?:{modifier}[\s-]+)*(?:{day_month}|{month_day}|(?:{month})\.?)"
    return re.fullmatch(pattern, text.lower().strip()) is not None


def in_year(value: str, year: int) -> str | None:
    """``value`` (``YYYY-MM`` or ``YYYY-MM-DD``, perhaps with a time) moved to ``year``; None if no such day."""
    moved = f"{year:04d}{value[4:]}"
    if len(value) >= 10:
        try:
            dt.date.fromisoformat(moved[:10])
        except ValueError:
            return None
    return moved


def circumstance_of(token: Token) -> Token | None:
    """The verb whose time a date phrase headed by ``token`` tells ("In June 2023, X led": "led"), or
    None when the phrase is on a noun ("the trip to Tokyo in October 2016")."""
    head = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
    return head if head.pos_ in ("VERB", "AUX") and head.i != token.i else None


def governs(verb: Token, token: Token) -> bool:
    """Whether ``token`` is in the clause of ``verb`` or in a clause below it."""
    return verb.i == token.i or verb.is_ancestor(token)


class StatedYears:
    """The years an article's sentences state with a month, read in text order: :meth:`place` gives each
    date expression the year its sentence, or the one before, has stated for it."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.sentence: tuple[int, int] | None = None  # the (start, end) tokens of the current sentence
        self.here: tuple[int, str, Token] | None = None  # its stated year, month and the verb it is told on
        self.before: tuple[int, str] | None = None  # the year and month the sentence just before stated

    def place(self, span, value: str | None) -> str | None:
        """The value of the expression ``span`` (normalised to ``value``), in the year stated for it."""
        sentence = (span.sent.start, span.sent.end)
        if sentence != self.sentence:
            follows = self.sentence is not None and self.sentence[1] == sentence[0]
            self.before = self.here[:2] if follows and self.here else None
            self.sentence, self.here = sentence, None
        year = stated_year(span.text, value, self.lex)
        if year is not None:
            verb = circumstance_of(span.root)
            if verb is not None:
                self.here = (year, value[5:7], verb)
            return value
        if not value or not bare_calendar_name(span.text, self.lex):
            return value
        if self.here is not None:
            return in_year(value, self.here[0]) or value if governs(self.here[2], span.root) else value
        if self.before is not None and self.before[1] == value[5:7]:
            return in_year(value, self.before[0]) or value
        return value
