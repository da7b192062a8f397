"""The ``Doc._.dip_*`` attributes dipnlp writes. Plain data only (str, int,
lists, dicts), so that ``DocBin`` and ``nlp.pipe(n_process=2)`` carry them.

Registration is idempotent and happens when a dipnlp component is built, never
at import time.
"""
from __future__ import annotations

DOC_EXTENSIONS: dict[str, object] = {
    # set by the caller (see dipnlp.extraction.make_doc)
    "dip_id": None,  # article id
    "dip_seq": None,  # position of the article in a run, to pair results with inputs
    "dip_article_date": None,  # "YYYY-MM-DD", "YYYY-MM" or None
    "dip_header_end": 0,  # char offset where the date header's date token ends
    # written by dip_entity_rules: role titles {"start","end","head","before_name","qualifier"} (tokens)
    "dip_titles": None,
    # written by dip_entities: one dict per entity of the article (see entities/clusters.py)
    "dip_entities": None,
    # written by dip_entities: role-to-person links (token offsets)
    "dip_role_links": None,
    # written by dip_dates: one dict per time expression (see dates/component.py)
    "dip_dates": None,
    # written by dip_relations
    "dip_meetings": None,
    "dip_travels": None,
}

# doc.spans keys
ROLE_KEY = "dip_roles"
DATES_KEY = "dip_dates"
DISPLAY_KEY = "dip"  # every dipnlp span (PERSON, ORG, VENUE, ROLE, DATE) for displacy


def register_extensions() -> None:
    """Register the ``Doc._.dip_*`` attributes once; later calls do nothing."""
    from spacy.tokens import Doc

    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
