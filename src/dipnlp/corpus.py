"""Read articles: plain-text files with an optional date header, folders, JSON Lines.

A plain-text article may start with a header line ``" date 2019-01-18 <rest>"``
(leading space optional, ``YYYY-MM`` for month precision). The text is kept
exactly as read, header included, so that every offset dipnlp reports is an
offset into the file's own text; the header's date token is only marked so that
the date stage does not report it as an event date. Without a header (and without
a date from the caller), a full date near the top of the article is its date
(:func:`date_line`).

>>> art = parse_article(" date 2019-01 Reuters\\n\\nTalks began.", "a.txt")
>>> art.date, art.header_end
('2019-01', 13)
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from dipnlp.errors import Errors

MAX_BYTES = 5_000_000
HEADER_RE = re.compile(r"\A\s?date\s+(\d{4}-\d{2}(?:-\d{2})?)\b")
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_LEAD = r"(?:(?:published|updated|posted)(?:\s+on)?:?\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
#: How many non-blank lines from the top an article's own date line may stand at.
DATE_LINE_REACH = 10


@dataclass
class Article:
    """One article to extract from."""

    id: str
    text: str
    date: str | None = None
    source: str | None = None
    header_end: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class InputError:
    """Input that could not be read: where, and what is wrong with it."""

    source: str
    message: str

    def __str__(self) -> str:
        return self.message


def check_date(value: str | None) -> str | None:
    """Return ``value`` if it is ``YYYY-MM-DD`` or ``YYYY-MM`` and a real date, else raise ValueError."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"not a string: {value!r}")
    if re.fullmatch(r"\d{4}-\d{2}", value):
        dt.date.fromisoformat(value + "-01")
        return value
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        dt.date.fromisoformat(value)
        return value
    raise ValueError(f"not YYYY-MM-DD or YYYY-MM: {value!r}")


def parse_article(text: str, source: str, id: str | None = None, date: str | None = None) -> Article:
    """Build an :class:`Article` from a file's text, reading the date header if there is one.

    A date given by the caller wins over the header's.
    """
    art = Article(id=id or Path(source).stem, text=text, source=source)
    match = HEADER_RE.match(text)
    if match:
        art.header_end = match.end()
        try:
            art.date = check_date(match.group(1))
        except ValueError:
            art.warnings.append(Errors.E007.format(path=source, date=match.group(1)))
    if date is not None:
        art.date = check_date(date)
    elif not match:
        art.date = date_line(text)
    return art


def date_line(text: str) -> str | None:
    """The date of an article without a header, from a full date near its top: a line of its own
    ("19 August 2024" under the byline) or a dateline ("ABU DHABI, 15th January, 2023 (WAM) --"). A date
    without a year ("Accra, July 3, GNA -") gives none.

    >>> date_line("Talks in Minsk\\n19 December 2022, 18:40\\n\\nMINSK - The two leaders met.")
    '2022-12-19'
    """
    from dipnlp.dates.lexicon import package_lexicon

    months = package_lexicon()["month"]
    lines = [line.strip() for line in text.splitlines() if line.strip()][:DATE_LINE_REACH]
    date_lines, datelines = _date_line_patterns()
    for line in lines:
        found = next((m for m in [r.fullmatch(line) for r in date_lines] + [r.match(line) for r in datelines] if m),
                     None)
        if found is None:
            continue
        try:
            return dt.date(int(found["year"]), int(months[found["month"].lower()]), int(found["day"])).isoformat()
        except ValueError:
            continue  # "31 February 2023"
    return None


@lru_cache(maxsize=1)
def _date_line_patterns() -> tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...]]:
    """The patterns of a line that is a full date, maybe with a time ("19 December 2022, 18:40", "July 23,
    2002"), and of a dateline with a full date ("ABU DHABI, 15th January, 2023 (WAM) -- ...", also after a
    city and its country: "BRIDGETOWN, Barbados, Apr 8, 1982 (CANA) --"), with the
    month names of the dates lexicon (built on first use: ``import dipnlp`` reads no rule table)."""
    from dipnlp.dates.lexicon import package_lexicon

    month = rf"(?P<month>{package_lexicon().pattern('month')})\.?"
    full_dates = (rf"{_LEAD}{_DAY}\s+{month},?\s+(?P<year>\d{{4}})",  # "15th January, 2023"
                  rf"{_LEAD}{month}\s+{_DAY},?\s+(?P<year>\d{{4}})")  # "July 23, 2002"
    date_lines = tuple(re.compile(rf"{d}(?:,?\s+\d{{1,2}}[:.]\d{{2}}(?:\s*[a-z.]{{1,5}})?)?", re.IGNORECASE)
                       for d in full_dates)
    place = r"[A-Z][A-Za-z .'-]{1,40}(?:,\s+[A-Z][A-Za-z .'-]{1,30})?"  # "BRIDGETOWN, Barbados, Apr 8, 1982"
    datelines = tuple(re.compile(rf"{place},\s+{d}\s*(?:\([A-Za-z]+\)\s*)?(?:-|--|–|—)\s",
                                 re.IGNORECASE) for d in full_dates)
    return date_lines, datelines


def read_text_file(path: Path, max_bytes: int = MAX_BYTES, date: str | None = None) -> Article | InputError:
    """Read one plain-text article, or say what is wrong with it."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return InputError(source, Errors.E003.format(path=source, size=size, limit=max_bytes))
        raw = path.read_bytes()
    except OSError as err:
        return InputError(source, f"{source}: {err.strerror or err}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        return InputError(source, Errors.E002.format(path=source, reason=err.reason + f" at byte {err.start}"))
    if not text.strip():
        return InputError(source, Errors.E001.format(path=source))
    try:
        return parse_article(text, source, date=date)
    except ValueError as err:
        return InputError(source, Errors.E007.format(path=source, date=date) + f" ({err})")


def read_jsonl(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Article | InputError]:
    """Read ``{"id": ..., "text": ..., "date": ...}`` records, one per line."""
    source = str(path)
    try:
        handle = path.open("r", encoding="utf-8", newline="")
    except OSError as err:
        yield InputError(source, f"{source}: {err.strerror or err}")
        return
    with handle:
        try:
            yield from _jsonl_records(handle, path, max_bytes)
        except UnicodeDecodeError as err:
            yield InputError(source, Errors.E002.format(path=source, reason=err.reason))


def _jsonl_records(lines: Iterable[str], path: Path, max_bytes: int) -> Iterator[Article | InputError]:
    source = str(path)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("a JSON value that is not an object")
        except ValueError as err:
            yield InputError(where, Errors.E005.format(path=source, line=number, reason=err))
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            yield InputError(where, Errors.E006.format(path=source, line=number))
            continue
        if len(text.encode("utf-8")) > max_bytes:
            yield InputError(where, Errors.E003.format(path=where, size=len(text.encode()), limit=max_bytes))
            continue
        art_id = str(record.get("id") or f"{path.stem}-{number}")
        try:
            yield parse_article(text, where, id=art_id, date=record.get("date"))
        except ValueError as err:
            yield InputError(where, Errors.E007.format(path=where, date=record.get("date")) + f" ({err})")


def read_corpus(paths: str | Path | Iterable[str | Path], max_bytes: int = MAX_BYTES) -> Iterator[Article | InputError]:
    """Yield an :class:`Article` or an :class:`InputError` for everything the paths name.

    A folder gives its ``*.txt`` files, recursively, in sorted order; a ``.jsonl``
    file gives one article per line; any other file is read as one article.
    Errors are yielded in place, never raised, so that a run can go on.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for item in paths:
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                yield InputError(str(path), Errors.E008.format(path=path))
            for file in files:
                yield read_text_file(file, max_bytes)
        elif path.suffix.lower() == ".jsonl" and path.is_file():
            yield from read_jsonl(path, max_bytes)
        elif path.exists():
            yield read_text_file(path, max_bytes)
        else:
            yield InputError(str(path), Errors.E004.format(path=path))
