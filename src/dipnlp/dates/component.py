"""The ``dip_dates`` component: finds time expressions and normalises them against
the article's date (``doc._.dip_article_date``), never before ``doc._.dip_header_end``.

A thin shell: the work is in :mod:`~dipnlp.dates.find`, :mod:`~dipnlp.dates.tense`
and :mod:`~dipnlp.dates.normalize`, imported when the component is built.

Writes
------
``doc._.dip_dates``
    One plain dict per expression, in text order: ``start``, ``end`` (chars),
    ``text``, ``value`` (TimeML), ``type`` (DATE, TIME, DURATION, SET),
    ``token_start``, ``token_end``, ``tense``, and ``mod`` (START, MID, END,
    APPROX ...) when the text has one. "That evening", "the next day", "the
    day before" are told from the latest day named before them (no value
    without one). A range written with two ends ("1957-58",
    "from March 3 to 5") has one interval ``value`` and also ``parts``: each
    end as ``{"start", "end", "text", "value"}``, the two expressions TimeML marks.
    A bare "16 June" after "In June 2023" in the same sentence, or in the
    sentence just after it, is in 2023 (see :mod:`~dipnlp.dates.sentence_year`).
``doc.spans["dip_dates"]``
    The same expressions as spans labelled with their type.

An article without a date line is told from the first full date in its first
``DATELINE_CHARS`` characters, its dateline ("Mexico City, October 8, 2021"),
when it has one; ``doc._.dip_article_date`` stays as it was. Without either, a bare day or month takes
the year of the latest text the article says was issued on a day with its year ("(issued March 24, 2009)
... On April 1": 2009-04-01; the ``issue_verb`` words of the lexicon).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from dipnlp.extensions import DATES_KEY, register_extensions
from dipnlp.rules import RuleTables

#: How far into an article without a date line its dateline may give the reference date.
DATELINE_CHARS = 400
FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")


@Language.factory("dip_dates", default_config={"keep_unnormalized": False},
                  assigns=["doc._.dip_dates", "doc.spans"])
def make_dates(nlp: Language, name: str, keep_unnormalized: bool) -> "DateRecognizer":
    """Build the ``dip_dates`` component.

    Parameters
    ----------
    keep_unnormalized : bool
        Also report expressions the rules cannot give a value (``value`` None).
    """
    return DateRecognizer(nlp, name, keep_unnormalized=keep_unnormalized)


class DateRecognizer(RuleTables):
    """Write ``doc._.dip_dates`` (plain dicts) and ``doc.spans["dip_dates"]``; its lexicon is a rule table."""

    def __init__(self, nlp: Language, name: str = "dip_dates", *, keep_unnormalized: bool = False) -> None:
        from dipnlp.dates.lexicon import SCHEMA, TABLE

        register_extensions()
        self.SCHEMAS = {TABLE: SCHEMA}
        self.nlp = nlp
        self.name = name
        self.keep_unnormalized = keep_unnormalized
        self._init_tables()
        self.lexicon = None
        self.matcher = None

    def _compile(self) -> None:
        from dipnlp.dates.find import build_matcher
        from dipnlp.dates.lexicon import TABLE, Lexicon

        self.lexicon = Lexicon(self.tables[TABLE])
        self.matcher = build_matcher(self.nlp.vocab, self.lexicon)

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            return self._annotate(doc)
        except Exception as err:  # one bad document must not stop a batch
            error_handler(self.name, self, [doc], err)
            doc._.dip_dates = []
            doc.spans[DATES_KEY] = []
            return doc

    def get_error_handler(self):
        from spacy.util import raise_error

        return getattr(self, "_error_handler", raise_error)

    def set_error_handler(self, error_handler) -> None:
        self._error_handler = error_handler

    def _annotate(self, doc: Doc) -> Doc:
        from dipnlp.dates.absolute import range_parts
        from dipnlp.dates.find import find_spans
        from dipnlp.dates.normalize import normalize
        from dipnlp.dates.relative import anaphoric
        from dipnlp.dates.sentence_year import StatedYears, bare_calendar_name, stated_year
        from dipnlp.dates.tense import tense_of

        self._ensure_initialized()
        reference = doc._.dip_article_date
        header_end = doc._.dip_header_end or 0
        records, spans = [], []
        anchor = None  # the latest day named so far: what "that evening" or "the next day" is told from
        told_year = None  # in an article without a date, the year of the latest text it quotes the issue of
        in_names = {i for e in doc.ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        years = StatedYears(self.lexicon) if doc.has_annotation("DEP") else None
        for span in find_spans(doc, header_end, self.matcher, self.lexicon):
            if any(i in in_names for i in range(span.start, span.end)):
                continue  # "Kang Sun Nam" names no Sunday
            span = _with_side(span)
            tense = tense_of(span, self.lexicon)
            timex = normalize(span.text, reference, tense, self.lexicon)
            ahead = _value_ahead(span.text, timex.value, tense, reference, self.lexicon)
            if years is not None:
                timex = replace(timex, value=years.place(span, timex.value))
                ahead = years.place(span, ahead) if ahead else None  # a bare name only reads the stated year
            if reference is None and span.start_char < DATELINE_CHARS and FULL_DATE.match(timex.value or ""):
                reference = timex.value  # "Mexico City, October 8, 2021" atop an article without a date line
            if timex.value is None and anchor is not None:
                timex = anaphoric(span.text, anchor, self.lexicon) or timex
            if timex.value is None and reference is None and told_year is not None \
                    and bare_calendar_name(span.text, self.lexicon):
                timex = _in_told_year(span.text, told_year, self.lexicon) or timex  # "(issued March 24,
                # 2009) ... On the afternoon of April 1" in an undated readout: 2009-04-01
            stated = stated_year(span.text, timex.value, self.lexicon) if reference is None else None
            if stated and years is not None and _dates_a_text(span, self.lexicon):
                told_year = stated
            if timex.value and not timex.widened and re.match(r"\d{4}-\d{2}-\d{2}(?:T|$)", timex.value):
                anchor = dt.date.fromisoformat(timex.value[:10])
            if timex.value is None and not self.keep_unnormalized:
                continue
            record = {"start": span.start_char, "end": span.end_char, "text": span.text,
                      "value": timex.value, "type": timex.type, "token_start": span.start,
                      "token_end": span.end, "tense": tense}
            if timex.mod:
                record["mod"] = timex.mod
            if ahead and ahead != timex.value:
                record["ahead"] = ahead
            parts = range_parts(span.text, timex.value, self.lexicon) if timex.value and not timex.widened else None
            if parts:
                record["parts"] = [{"start": span.start_char + a, "end": span.start_char + b,
                                    "text": span.text[a:b], "value": value} for a, b, value in parts]
            records.append(record)
            spans.append(Span(doc, span.start, span.end, label=timex.type))
        doc._.dip_dates = records
        doc.spans[DATES_KEY] = spans
        return doc


def _dates_a_text(span, lexicon) -> bool:
    """Whether a date phrase is the day a text was issued ("Statement ... (issued March 24, 2009)"): the time
    of an ``issue_verb``, not of a noun ("the accord of June 12, 2018") nor of another event ("who was
    released in November 2010")."""
    from dipnlp.dates.sentence_year import circumstance_of

    verb = circumstance_of(span[0])
    return verb is not None and verb.dep_ != "relcl" and verb.lemma_.lower() in lexicon["issue_verb"]


def _in_told_year(text: str, year: int, lexicon):
    """The timex of a bare calendar name ("April 1") in ``year``, the year an undated article stated last;
    None if that day is not in it."""
    from dipnlp.dates.normalize import normalize
    from dipnlp.dates.sentence_year import in_year

    timex = normalize(text, f"{year:04d}-07-01", "present", lexicon)
    moved = in_year(timex.value, year) if timex.value else None
    return replace(timex, value=moved) if moved else None


def _value_ahead(text: str, value: str | None, tense: str, reference, lexicon) -> str | None:
    """The value a bare day or month read in a past or present clause takes when its event is still to come
    ("agreed last night to hold a second meeting on May 21": the coming May 21); None for any other
    expression. A year the sentence states ("In June 2023 ... on 16 June") is placed on it afterwards, as
    on the value."""
    from dipnlp.dates.normalize import normalize
    from dipnlp.dates.sentence_year import bare_calendar_name

    if tense == "future" or not value or not bare_calendar_name(text, lexicon):
        return None
    return normalize(text, reference, "future", lexicon).value


def _with_side(span):
    """"the day" + a "before"/"after" with no object of its own is one expression: "the day before"; not
    one that opens a clause ("on Thursday, the day after the round ends": that Thursday)."""
    doc = span.doc
    if span.end < len(doc) and span.text.lower() == "the day" and doc[span.end].lower_ in ("before", "after") \
            and doc[span.end].dep_ != "mark" and not any(c.dep_ == "pobj" for c in doc[span.end].children):
        return doc[span.start:span.end + 1]
    return span

