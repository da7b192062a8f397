"""The ``dip_dates`` component: finds time expressions and normalises them."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dipnlp.extensions import DATES_KEY, register_extensions


@Language.factory("dip_dates", default_config={}, assigns=["doc._.dip_dates", f"doc.spans"])
def make_dates(nlp: Language, name: str) -> "DateRecognizer":
    """Build the ``dip_dates`` component."""
    return DateRecognizer(nlp, name)


class DateRecognizer:
    """Write ``doc._.dip_dates`` (plain dicts) and ``doc.spans["dip_dates"]``."""

    def __init__(self, nlp: Language, name: str = "dip_dates") -> None:
        register_extensions()
        self.nlp = nlp
        self.name = name

    def initialize(self, get_examples=None, *, nlp=None, extra_rules=None) -> None:
        """Nothing to learn; present so that ``dipnlp.load`` can call it."""

    def __call__(self, doc: Doc) -> Doc:
        from dipnlp.dates.find import find_spans
        from dipnlp.dates.normalize import normalize
        from dipnlp.dates.tense import tense_of

        reference = doc._.dip_article_date
        header_end = doc._.dip_header_end or 0
        records, spans = [], []
        for span in find_spans(doc, header_end):
            try:
                tense = tense_of(span)
                timex = normalize(span.text, reference, tense)
            except Exception:  # one odd expression must not stop the document
                continue
            record = {"start": span.start_char, "end": span.end_char, "text": span.text,
                      "value": timex.value, "type": timex.type, "token_start": span.start,
                      "token_end": span.end, "tense": tense}
            if timex.mod:
                record["mod"] = timex.mod
            records.append(record)
            spans.append(Span(doc, span.start, span.end, label=timex.type))
        doc._.dip_dates = records
        doc.spans[DATES_KEY] = spans
        return doc
