"""The words the date rules read (months, units, modifiers, tense cues ...), as data.

The lexicon ships as ``dipnlp/data/dates_lexicon.jsonl``: one record
``{"text": "towards the end of", "kind": "modifier", "value": "END"}`` per line.
A :class:`Lexicon` groups the records by kind for the rules in
:mod:`dipnlp.dates.normalize`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from dipnlp.rules import Schema, read_package_table

TABLE = "dates_lexicon"
KINDS = ("month", "weekday", "season", "partofday", "unit", "number", "ordinal",
         "modifier", "approx", "ref", "set", "future_cue", "caption", "issue_verb")
SCHEMA = Schema(required={"text": str, "kind": str, "value": str}, optional={"comment": str})


class Lexicon:
    """Lexicon records grouped by kind: ``lexicon["month"]["march"] == "03"``.

    Parameters
    ----------
    records : iterable of dict
        Records with keys ``text``, ``kind`` and ``value``.
    """

    def __init__(self, records: Iterable[dict]) -> None:
        self.words: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
        for record in records:
            if record["kind"] not in self.words:
                raise ValueError(f"{TABLE}: unknown kind {record['kind']!r}; known: {KINDS}")
            self.words[record["kind"]][record["text"].lower()] = record["value"]
        self.patterns = {kind: _alternation(words) for kind, words in self.words.items()}

    def __getitem__(self, kind: str) -> dict[str, str]:
        return self.words[kind]

    def pattern(self, kind: str) -> str:
        """A regex alternation of the kind's phrases, longest first (no groups)."""
        return self.patterns[kind]

    def key(self) -> tuple:
        """A hashable summary, used to key caches."""
        return tuple((kind, tuple(sorted(words.items()))) for kind, words in self.words.items())


def _alternation(words: Iterable[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) for w in ordered) + ")" if ordered else "(?!)"


@lru_cache(maxsize=1)
def package_lexicon() -> Lexicon:
    """The lexicon shipped with dipnlp (read once)."""
    return Lexicon(read_package_table(TABLE, SCHEMA))
