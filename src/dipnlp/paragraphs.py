"""``dip_paragraphs``: a sentence starts after a blank line and after the date header.

Runs before the parser, which keeps boundaries set beforehand. Without it the
small model joins a heading to the next paragraph ("Trump.\\n\\nKim ..." as one
noun phrase) and makes the header's "date" the subject of the first sentence.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dipnlp.extensions import register_extensions


def paragraph_starts(doc: Doc) -> list[int]:
    """Indices of tokens that follow a line break (blank line, or the end of the header line)."""
    header_end = doc._.dip_header_end or 0
    starts = []
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.text_with_ws or (prev.is_space and "\n" in prev.text):
            starts.append(i)
        elif header_end and prev.idx < header_end <= doc[i].idx:
            starts.append(i)
    return starts


@Language.component("dip_paragraphs", assigns=["token.is_sent_start"])
def dip_paragraphs(doc: Doc) -> Doc:
    register_extensions()
    for i in paragraph_starts(doc):
        doc[i].is_sent_start = True
    return doc
