"""Which spans of a ``Doc`` are time expressions.

Start from the model's DATE and TIME entities, add what a Matcher finds that
the model misses (now, currently, recently, daily, every Monday, weekdays,
today, "1950 EST", ranges of years "from 2009 to 2010", "the next day", "later in the day"), merge pieces of one expression ("Friday" + "afternoon"),
then trim to TimeML extents: no approximators ("about", "just over"), no
trailing "earlier/later/from now", no leading bare number ("40, eight years").
Ages, bare small numbers and modal "may" are dropped.
"""
from __future__ import annotations

import re

from dipnlp.dates.lexicon import Lexicon, package_lexicon

TIME_LABELS = ("DATE", "TIME")
_ZONES = ["gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "pt", "bst", "cet", "cest", "kst", "jst"]
_APPROX_EXTRA = {"more", "than", "less", "fewer", "at", "least", "a", "mere", "only", "well"}
_TRAILING = {"earlier", "later", "before", "after", "afterwards", "afterward", ",", ".", ";", ":", "'s", "'",
             "’s", "’", "-", "--", "(", ")", '"'}
_LEADING = {",", ".", ";", ":", "-", "--", "(", ")", '"', "'", "’", "on", "in", "at", "by", "since", "until", "for",
            "during", "of", "from", "and", "or"}
_EXTEND_LEFT = {"this", "last", "next", "coming", "past", "previous", "early", "late", "mid", "every", "each"}
_AGE_WORDS = {"aged", "age", "ages", "old"}


def build_matcher(vocab, lexicon: Lexicon | None = None):
    """A spaCy ``Matcher`` for the time expressions the model tends to miss."""
    from spacy.matcher import Matcher

    lex = lexicon or package_lexicon()
    refs = [w for w in lex["ref"] if " " not in w and w not in ("earlier", "future", "soon", "shortly")]
    units = sorted({u + "s" for u in lex["unit"] if len(u) > 3})
    matcher = Matcher(vocab)
    matcher.add("REF", [[{"LOWER": {"IN": refs}, "POS": "ADV"}],
                        [{"LOWER": {"IN": ["at", "in"]}, "OP": "!"}, {"LOWER": "the"}, {"LOWER": {"IN": ["past", "future"]}, "POS": "NOUN"}],
                        [{"LOWER": "at"}, {"LOWER": "present"}], [{"LOWER": "these"}, {"LOWER": "days"}]])
    matcher.add("DAY", [[{"LOWER": {"IN": ["today", "yesterday", "tomorrow", "tonight"]}}],
                        [{"LOWER": {"IN": sorted(lex["weekday"])}, "IS_TITLE": True}]])
    matcher.add("SET", [[{"LOWER": {"IN": [w for w in lex["set"] if " " not in w]}, "POS": "ADV"}],
                        [{"LOWER": {"IN": ["every", "each"]}},
                         {"LOWER": {"IN": sorted(lex["weekday"]) + sorted(lex["partofday"]) + sorted(lex["unit"])}}]])
    matcher.add("DURATION", [[{"LOWER": {"IN": ["for", "in", "within", "over"]}}, {"LOWER": {"IN": units}}]])
    matcher.add("TIME", [[{"SHAPE": "dddd"}, {"LOWER": {"IN": _ZONES}}]])
    parts = ["day", "morning", "afternoon", "evening", "night"]
    matcher.add("STORY_DAY", [[{"LOWER": "the"}, {"LOWER": {"IN": ["next", "following", "previous", "preceding"]}},
                               {"LOWER": {"IN": parts}}],
                              [{"LOWER": "that"}, {"LOWER": {"IN": parts}}],
                              [{"LOWER": "the"}, {"LOWER": "same"}, {"LOWER": {"IN": parts}}],
                              [{"LOWER": {"IN": ["later", "earlier"]}}, {"LOWER": "in"}, {"LOWER": "the"},
                               {"LOWER": {"IN": parts}}]])
    day, month = {"TEXT": {"REGEX": r"^\d{1,2}(?:st|nd|rd|th)?$"}}, {"LOWER": {"IN": sorted(lex["month"])}}
    named_year = [{"LOWER": {"IN": ["last", "this", "next"]}}, {"LOWER": "year"}]
    # "December 28 and 29 last year", which the model cuts after "and"
    matcher.add("DAYS_AND", [[month, day, {"LOWER": "and"}, day, *named_year],
                             [day, {"LOWER": "and"}, day, month, *named_year]])
    year = {"TEXT": {"REGEX": r"^(?:1[5-9]|20|21)\d\d$"}}
    matcher.add("YEARS", [[{"LOWER": "from", "OP": "?"}, year, {"LOWER": {"IN": ["to", "through", "until", "till"]}}, year],
                          [{"LOWER": "between"}, year, {"LOWER": "and"}, year]])
    return matcher


def _bounds(doc, header_end: int, matcher) -> list[list[int]]:
    """Token bounds of candidate expressions: model entities plus matches, after the header."""
    found = [[ent.start, ent.end] for ent in doc.ents if ent.label_ in TIME_LABELS]
    for match_id, start, end in matcher(doc) if matcher is not None else ():
        if doc.vocab.strings[match_id] == "DURATION" or doc[start].lower_ in ("for", "in", "within", "over") and end - start == 2:
            start += 1
        if doc[start].lower_ not in ("at", "in") or doc[start + 1:end].text.lower() in ("present",):
            found.append([start, end])
        else:
            found.append([start + 1, end])
    found = [b for b in found if doc[b[0]].idx >= header_end]
    return _merge(sorted(found), doc)


def _merge(bounds: list[list[int]], doc) -> list[list[int]]:
    """Union overlapping bounds; join touching ones ("Friday" + "afternoon"), and a month and the year
    after its comma ("March" + "," + "2023")."""
    merged: list[list[int]] = []
    for start, end in bounds:
        if merged and (start < merged[-1][1] or start == merged[-1][1] and not doc[start - 1].is_punct
                       and not _span_then_day(doc, start)
                       or _month_comma_year(doc, merged[-1], start, end)):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def _span_then_day(doc, start: int) -> bool:
    """Whether a length of time ends just before a day or month begins ("held his hand for more than a
    minute | Wednesday"): two expressions, not one."""
    from dipnlp.dates.relative import unit_code

    lex = package_lexicon()
    first = doc[start].lower_
    return unit_code(doc[start - 1].lower_, lex["unit"]) is not None and (first in lex["weekday"] or first in lex["month"])


def _month_comma_year(doc, before: list[int], start: int, end: int) -> bool:
    """Whether ``before`` ends with a month name and ``doc[start:end]`` is the year just after a comma."""
    return start == before[1] + 1 and doc[before[1]].text == "," and end - start == 1 \
        and doc[before[1] - 1].lower_ in package_lexicon()["month"] and re.fullmatch(r"\d{4}", doc[start].text) is not None


def _trim(doc, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    approx = set(lex["approx"]) | _APPROX_EXTRA | {w for w, v in lex["modifier"].items() if v in ("APPROX", "MORE_THAN", "LESS_THAN", "")}
    while start < end and (doc[start].lower_ in _LEADING or doc[start].lower_ in approx and _quantity_follows(doc, start, end)):
        start += 1
    while end > start and doc[end - 1].lower_ in _TRAILING:
        end -= 1
    if end - start >= 3 and doc[end - 1].lower_ == "now" and doc[end - 2].lower_ == "from":
        end -= 2  # "eight years from now": two expressions, "eight years" and "now"
    for i in range(start, end - 1):  # "40, eight years": a bare number before a comma
        if doc[i + 1].text == "," and doc[i].like_num and i == start and not _is_day_of_month(doc, i):
            start = i + 2
            break
    if start > 0 and doc[start - 1].lower_ in _EXTEND_LEFT and start < end and not doc[start].like_num:
        start -= 1
    if end - start >= 2 and doc[start].lower_ == "the" and doc[end - 1].lower_ in ("century", "centuries"):
        start += 1
    return start, end


def _quantity_follows(doc, start: int, end: int) -> bool:
    nxt = doc[start + 1] if start + 1 < end else None
    return nxt is not None and (nxt.like_num or nxt.lower_ in ("a", "an", "half", "just", "over", "than", "least", "mere", "more", "less", "about"))


def _is_day_of_month(doc, i: int) -> bool:
    return i > 0 and doc[i - 1].lower_ in package_lexicon()["month"]


def keep(span, lex: Lexicon) -> bool:
    """False for what is not a time expression: ages, small bare numbers, modal "may", empty spans,
    a season naming a kind of thing ("summer residence")."""
    text = span.text.lower()
    if not text.strip() or not any(c.isalnum() for c in text):
        return False
    if re.search(r"\byears?[- ]old\b|-year-old|-month-old", text) or (span.start > 0 and span.doc[span.start - 1].lower_ in _AGE_WORDS):
        return False
    if any(t.lower_ in _AGE_WORDS for t in span):
        return False
    if all(t.like_num or t.is_punct for t in span):
        return re.fullmatch(r"(?:1\d|2[01])\d\d(?:\s*[-\u2013/]\s*(?:\d\d){1,2})?|'\d\d", text.strip()) is not None
    if len(span) == 1 and span[0].lower_ in lex["month"] and (span[0].tag_ == "MD" or not span[0].is_title):
        return False
    if len(span) == 1 and span[0].lower_ in lex["season"] and span[0].dep_ in ("compound", "amod") \
            and span[0].head.pos_ == "NOUN" and span[0].head.lower_ not in lex["unit"]:
        return False  # "his summer residence", "a winter offensive": a kind of thing, not a time
    return True


def find_spans(doc, header_end: int = 0, matcher=None, lexicon: Lexicon | None = None) -> list:
    """Return the time expression spans of ``doc`` in text order, none starting before ``header_end``.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A parsed doc with entities.
    header_end : int
        Character offset before which nothing is a time expression (the corpus header's date).
    matcher : spacy.matcher.Matcher, optional
        Built by :func:`build_matcher`; without it only the model's entities are used.
    """
    lex = lexicon or package_lexicon()
    spans = []
    for start, end in _bounds(doc, header_end, matcher):
        start, end = _trim(doc, start, end, lex)
        if start >= end or doc[start].idx < header_end:
            continue
        span = doc[start:end]
        if keep(span, lex):
            spans.append(span)
        if end + 2 <= len(doc) and doc[end].lower_ == "from" and doc[end + 1].lower_ == "now":
            spans.append(doc[end + 1:end + 2])
    spans.sort(key=lambda s: s.start)
    return [s for i, s in enumerate(spans) if i == 0 or s.start >= spans[i - 1].end]
