"""The compiled rule data of the relation stage, and the per-sentence facts its frames share."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from spacy.matcher import DependencyMatcher

from dipnlp.relations.triggers import Frame

#: Word classes of trigger verbs (see :func:`verbs_read_as_nouns`).
VERB_CLASSES = ("meet_verb", "host_verb", "visit_verb", "travel_verb", "arrive_verb")


@dataclass
class Rules:
    """Compiled rule data: the matcher, pattern records by id and word classes."""

    matcher: DependencyMatcher
    patterns: dict[str, dict]
    classes: dict[str, set[str]]
    country_names: dict[str, str] = field(default_factory=dict)  # see mentions.country_names
    _word_sets: dict[str, frozenset] = field(default_factory=dict, init=False, repr=False, compare=False)

    def words(self, name: str) -> frozenset:
        """Return the words of a class (empty if the class is missing); built once per class."""
        if name not in self._word_sets:
            self._word_sets[name] = frozenset(self.classes.get(name, ()))
        return self._word_sets[name]

    @cached_property
    def verb_triggers(self) -> frozenset:
        """The verbs of meeting and going, which the tagger sometimes reads as nouns ("Aliyev and Pashinyan
        travel to Moscow")."""
        return frozenset().union(*(self.words(name) for name in VERB_CLASSES))

    @cached_property
    def role_kinds(self) -> dict[str, frozenset]:
        """Role nouns and the words of the roles they stand for ("diplomat": foreign, envoy, ...)."""
        return {name[len("role_noun_"):]: frozenset(words) for name, words in self.classes.items()
                if name.startswith("role_noun_")}

    @cached_property
    def role_adjectives(self) -> dict[str, frozenset]:
        """Adjectives of a role and the words of the role they stand for ("papal": pope)."""
        return {name[len("role_adjective_"):]: frozenset(words) for name, words in self.classes.items()
                if name.startswith("role_adjective_")}

    @cached_property
    def attendee_events(self) -> dict[str, str]:
        """Attendee nouns and the noun of the event they attend ("mourner": funeral), from the classes
        ``attendee_of_<event>``."""
        return {word: name[len("attendee_of_"):] for name, words in self.classes.items()
                if name.startswith("attendee_of_") for word in words}

    @cached_property
    def meeting_nouns(self) -> frozenset:
        """The nouns that name a meeting or a gathering."""
        return self.words("meeting_noun") | self.words("gathering_noun")

    @cached_property
    def going_verbs(self) -> frozenset:
        """The verbs of going and arriving ("flew", "arrived")."""
        return self.words("travel_verb") | self.words("arrive_verb")

    @cached_property
    def event_nouns(self) -> frozenset:
        """The nouns of an event a meeting or trip can be for or part of: meetings, gatherings, trips."""
        return self.meeting_nouns | self.words("travel_noun")

    def marked(self, frame: Frame, key: str) -> bool:
        """Whether a rule that found the frame is marked ``key: true`` ("attendance", "companion")."""
        return any(self.patterns.get(rule, {}).get(key) for rule in frame.rules)

    def only_marked(self, frame: Frame, key: str) -> bool:
        """Whether every rule that found the frame is marked ``key: true`` (no stronger rule backs it)."""
        return all(self.patterns.get(rule, {}).get(key) for rule in frame.rules)


@dataclass
class Sentence:
    """Per-sentence facts shared by its frames."""

    number: int
    dates: list[dict]
    blocked: set[int]
    entry_date: dict | None = None  # a live blog's date, for a sentence of an entry stamped with a clock time
    dates_before: tuple = ()  # the dates of the sentence before, when it is in the same paragraph
