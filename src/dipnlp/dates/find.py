"""Which spans of a ``Doc`` are time expressions."""
from __future__ import annotations

TIME_LABELS = ("DATE", "TIME")


def find_spans(doc, header_end: int = 0) -> list:
    """Return the time expression spans of ``doc`` in text order (never before ``header_end``)."""
    spans = []
    for ent in doc.ents:
        if ent.label_ not in TIME_LABELS or ent.start_char < header_end:
            continue
        spans.append(ent)
    return spans
