"""The ``dip_relations`` component: a thin shell around :func:`extract_relations`.

Rule data (word classes and DependencyMatcher patterns) lives in
``dipnlp/data/relations_triggers.jsonl`` and ``relations_patterns.jsonl``; it
is loaded by ``initialize()``, extended with ``add_rules()`` or the user's
files, and saved with ``to_disk()``.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dipnlp.extensions import register_extensions
from dipnlp.entities.places import PLACES_SCHEMA, load_places
from dipnlp.relations.events import extract_relations
from dipnlp.relations.mentions import country_names
from dipnlp.relations.rulebook import Rules
from dipnlp.relations.triggers import PATTERN_SCHEMA, TRIGGER_SCHEMA, build_matcher, keep_whole, word_classes
from dipnlp.rules import RuleTables, Schema


@Language.factory("dip_relations", default_config={},
                  assigns=["doc._.dip_meetings", "doc._.dip_travels"],
                  requires=["doc._.dip_entities", "doc._.dip_dates"])
def make_relations(nlp: Language, name: str) -> "RelationExtractor":
    """Build the ``dip_relations`` component."""
    return RelationExtractor(nlp, name)


class RelationExtractor(RuleTables):
    """Write ``doc._.dip_meetings`` and ``doc._.dip_travels`` (plain dicts of entity indices)."""

    SCHEMAS = {"relations_triggers": TRIGGER_SCHEMA, "relations_patterns": PATTERN_SCHEMA,
               "places": PLACES_SCHEMA, "nationalities": Schema({"name": str, "country": str}, {})}

    def __init__(self, nlp: Language, name: str = "dip_relations") -> None:
        register_extensions()
        self.nlp = nlp
        self.name = name
        self.rules: Rules | None = None
        self._init_tables()

    def _compile(self) -> None:
        classes = word_classes(self.tables["relations_triggers"])
        keep_whole(self.nlp.tokenizer, classes)
        records = self.tables["relations_patterns"]
        matcher = build_matcher(self.nlp.vocab, records, classes)  # raises on an id used twice
        patterns = {r["id"]: r for r in records}
        names = country_names(load_places(self.tables["places"]), self.tables["nationalities"])
        self.rules = Rules(matcher, patterns, classes, names)

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_initialized()
        try:
            meetings, travels = extract_relations(doc, self.rules)
        except Exception as err:  # one odd document must not stop a batch
            self.get_error_handler()(self.name, self, [doc], err)
            meetings, travels = [], []
        doc._.dip_meetings = meetings
        doc._.dip_travels = travels
        return doc

    def get_error_handler(self):
        """Return spaCy's error handler for this component (raise by default)."""
        from spacy.util import raise_error

        return getattr(self, "_error_handler", raise_error)

    def set_error_handler(self, handler) -> None:
        """Set the function called when a document fails (as spaCy's pipes do)."""
        self._error_handler = handler
