"""Trigger words and dependency patterns: rule data to a DependencyMatcher, matches to frames.

A pattern's ``RIGHT_ID`` names the slot each matched token fills (``trigger``,
``light``, ``side_a``, ``side_b``, ``each``, ``traveler``, ``with_traveler`` (who goes
along: "flew to Y with Z"), ``destination``, ``origin``). A meeting pattern marked ``"attendance": true`` finds people who
attend an event that may be named elsewhere in the article ("X also attended
the ceremony"); one marked ``"companion": true`` finds people (``each``) who
came with someone (``side_a``) to whatever event that person attends; see
:mod:`dipnlp.relations.gatherings`. A pattern marked ``"event_sense": true`` reads
its trigger as the event itself, never as a verb of planning or asking: its match is dropped
when the trigger governs a to-infinitive ("called on X to act" is no visit). One marked
``"sender": true`` names people sent to an event ("sent Y to the summit"): the
subject who sent them does not take part. One marked ``"names_after": true``
opens a list that the parse may break up ("Present at the meeting were X, Y
and Z"): every person named after its verb in the sentence attends, up to a name that starts a
clause of its own ("B said ..."). One marked ``"one_by_one": true``
names a second counterpart met apart ("sat down first with A and then with B"): one meeting each. One
marked ``"misplaced_object": true`` has a verb whose object the parse took into a place phrase
("received at Basman Palace Y"): without an object, the people of that phrase are the other side. A
travel pattern marked ``"reception": true`` reads "X was received at Y", Y an airport, as X's trip to Y,
unless a trip of X was told in that sentence or the two before. One marked ``"stay": true`` reads "X was/is/will
be in Y" as X's trip to Y, when no other rule backs the frame: only for a named subject or a pronoun in a main
clause, to the first place named, not in X's own country. All matches of one trigger word and kind
are gathered into one :class:`Frame`, which records the ids of the patterns that fired.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token

from dipnlp.dates.tense import is_infinitive
from dipnlp.errors import RulesError
from dipnlp.rules import Schema

TRIGGER_SCHEMA = Schema(required={"class": str, "words": list}, optional={"comment": str})
PATTERN_SCHEMA = Schema(required={"id": str, "kind": str, "pattern": list},
                        optional={"comment": str, "attendance": bool, "companion": bool,
                                  "event_sense": bool, "sender": bool, "names_after": bool,
                                  "one_by_one": bool, "misplaced_object": bool, "reception": bool,
                                  "stay": bool, "held": bool, "seating": bool, "anchor": bool,
                                  "ceremony": bool})
KINDS = ("meeting", "travel")
SLOTS = frozenset({"trigger", "light", "side_a", "side_b", "each", "traveler", "with_traveler", "destination", "origin"})
#: Names of pattern nodes that only link slots (their tokens are not kept).
LINK_NODES = frozenset({"prep", "prep2", "obj", "auxpass", "acl", "adv", "together", "down", "by", "vehicle", "off",
                        "travel", "nation", "verb"})


@dataclass
class Frame:
    """One trigger word with the slot tokens its patterns found."""

    trigger: Token
    kind: str
    rules: list[str] = field(default_factory=list)
    slots: dict[str, list[Token]] = field(default_factory=dict)

    @property
    def light(self) -> Token | None:
        """The verb governing a trigger noun ("held" in "held talks"), if a pattern found one."""
        tokens = self.slots.get("light")
        return tokens[0] if tokens else None

    def tokens(self, slot: str) -> list[Token]:
        """Return the tokens of ``slot`` (possibly empty)."""
        return self.slots.get(slot, [])


def word_classes(records: list[dict]) -> dict[str, set[str]]:
    """Return ``{class: set of words}`` from trigger-table records (a class may span several records)."""
    classes: dict[str, set[str]] = {}
    for record in records:
        classes.setdefault(record["class"], set()).update(str(w).lower() for w in record["words"])
    return classes


#: Word classes whose hyphenated words name the event itself ("a tête-à-tête", "a get-together") or a
#: part in it ("co-chaired", "co-hosts"). The tokenizer splits a word at its hyphens, so no lemma would
#: ever match them: they are kept whole.
WHOLE_WORD_CLASSES = ("meeting_noun", "hyphenated_verb")


def keep_whole(tokenizer, classes: dict[str, set[str]]) -> None:
    """Make ``tokenizer`` keep the hyphenated words of :data:`WHOLE_WORD_CLASSES` as one token, lower-case
    and capitalised ("Tête-à-tête" opens a sentence)."""
    from spacy.symbols import ORTH

    for name in WHOLE_WORD_CLASSES:
        for word in classes.get(name, ()):
            if "-" in word:
                for form in {word, word[:1].upper() + word[1:]}:
                    tokenizer.add_special_case(form, [{ORTH: form}])


def lemmatize_whole(doc: Doc, forms: frozenset) -> None:
    """Give the hyphenated verbs kept whole their lemma, the shortest of ``forms`` they start with
    ("co-chaired" -> "co-chair"): the lemmatizer does not know them."""
    bases = sorted(forms, key=len)
    for token in doc:
        if token.lower_ in forms:
            token.lemma_ = next(base for base in bases if token.lower_.startswith(base))


def _expand(value, classes: dict[str, set[str]], source: str):
    """Replace "@class" items of IN/NOT_IN lists by the class's words."""
    if isinstance(value, dict):
        return {k: _expand(v, classes, source) for k, v in value.items()}
    if isinstance(value, list):
        out = []
        for item in value:
            if isinstance(item, str) and item.startswith("@"):
                if item[1:] not in classes:
                    raise RulesError(f"{source}: unknown word class {item!r}")
                out.extend(sorted(classes[item[1:]]))
            else:
                out.append(_expand(item, classes, source))
        return out
    return value


def build_matcher(vocab, patterns: list[dict], classes: dict[str, set[str]]) -> DependencyMatcher:
    """Compile pattern records into a DependencyMatcher keyed by pattern id."""
    matcher = DependencyMatcher(vocab, validate=True)
    for record in patterns:
        if record["id"] in matcher:
            raise RulesError(f"pattern {record['id']}: the id is used twice")
        if record["kind"] not in KINDS:
            raise RulesError(f"pattern {record['id']}: kind must be one of {KINDS}")
        pattern = _expand(copy.deepcopy(record["pattern"]), classes, f"pattern {record['id']}")
        for node in pattern:
            with_capitals(node.get("RIGHT_ATTRS", {}))
        ids = {node["RIGHT_ID"] for node in pattern}
        if "trigger" not in ids or ids - SLOTS - LINK_NODES:
            raise RulesError(f"pattern {record['id']}: node names must be slots {sorted(SLOTS)} or links "
                             f"{sorted(LINK_NODES)}, with a 'trigger'")
        matcher.add(record["id"], [pattern])
    return matcher


def with_capitals(attrs: dict) -> None:
    """Let a LEMMA list match its words capitalised too: the lemma of a proper noun keeps its case
    ("chaired the Arab-China Summit", "the Peace Conference")."""
    lemmas = attrs.get("LEMMA")
    if isinstance(lemmas, dict) and isinstance(lemmas.get("IN"), list):
        words = lemmas["IN"]
        lemmas["IN"] = words + [w.capitalize() for w in words if isinstance(w, str) and w.capitalize() not in words]


def find_frames(doc: Doc, matcher: DependencyMatcher, patterns: dict[str, dict]) -> list[Frame]:
    """Run the matcher and gather its matches into frames, in text order of the trigger."""
    frames: dict[tuple[str, int], Frame] = {}
    for match_id, token_ids in matcher(doc):
        rule = doc.vocab.strings[match_id]
        record = patterns[rule]
        names = [node["RIGHT_ID"] for node in record["pattern"]]
        slots = dict(zip(names, token_ids))
        trigger = doc[slots["trigger"]]
        if record.get("event_sense") and has_infinitive(trigger):
            continue  # "called on X to release the funds" asks; "called on X" visits
        frame = frames.setdefault((record["kind"], trigger.i), Frame(trigger, record["kind"]))
        if rule not in frame.rules:
            frame.rules.append(rule)
        for name, i in slots.items():
            if name in SLOTS and name != "trigger":
                bucket = frame.slots.setdefault(name, [])
                if all(t.i != i for t in bucket):
                    bucket.append(doc[i])
    return sorted(frames.values(), key=lambda f: (f.trigger.i, f.kind))


def has_infinitive(verb: Token) -> bool:
    """Whether ``verb`` governs a to-infinitive clause ("called on X to act")."""
    return any(child.dep_ in ("xcomp", "advcl", "ccomp") and child.tag_ == "VB" and is_infinitive(child)
               for child in verb.children)
