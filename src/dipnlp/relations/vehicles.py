"""Who a vehicle carries: the travellers of "His aircraft landed at X", "Air Force One, carrying X, touched down".

A trip is often told of the vehicle, not of its passenger: the aircraft, motorcade or train is the subject of
the verb of arriving. Its passengers are its possessor ("his special aircraft", "Kim's motorcade"), the people
it is said to carry ("carrying X and his wife", "with X aboard"), or the one holder of the role its adjective
names ("the papal plane": the pope).
"""
from __future__ import annotations

from spacy.tokens import Token

from dipnlp.relations.rulebook import Rules
from dipnlp.relations.sides import Context, slot_persons

#: Words after "with X" that put X inside a vehicle ("with the President aboard", "with X on board").
ABOARD = frozenset({"aboard", "board", "onboard"})


def is_vehicle(token: Token, rules: Rules) -> bool:
    """Whether a token heads a vehicle's name: a vehicle noun ("aircraft", "motorcade") or a named
    vehicle ("Air Force One")."""
    if token.lemma_.lower() in rules.words("vehicle_noun") and token.pos_ in ("NOUN", "PROPN"):
        return True
    first = token.i  # the compounds before the token, each on a later one of them ("Air" on "Force" on "One")
    while first > 0 and token.doc[first - 1].dep_ == "compound" and first <= token.doc[first - 1].head.i <= token.i:
        first -= 1
    return token.doc[first: token.i + 1].text.lower() in rules.words("vehicle_name")


def passenger_slots(vehicle: Token, rules: Rules) -> list[Token]:
    """The tokens that name a vehicle's passengers: its possessor, the objects of a verb of carrying
    ("carrying X"), the object of "with ... aboard"."""
    slots = [c for c in vehicle.children if c.dep_ == "poss"]
    carry = rules.words("carry_verb")
    slots += [o for acl in vehicle.children if acl.dep_ in ("acl", "relcl") and acl.lemma_.lower() in carry
              for o in acl.children if o.dep_ == "dobj"]
    slots += [o for prep in vehicle.children if prep.dep_ == "prep" and prep.lower_ == "with"
              and any(t.lower_ in ABOARD for t in prep.subtree) for o in prep.children if o.dep_ == "pobj"]
    return slots


def vehicle_riders(ctx: Context, vehicle: Token, sent_no: int, rules: Rules) -> list[int]:
    """The people a vehicle that travels carries (see the module); none if the token is no vehicle."""
    if not is_vehicle(vehicle, rules):
        return []
    found: list[int] = []
    for slot in passenger_slots(vehicle, rules):
        found += [p for p in slot_persons(ctx, slot, sent_no) if p not in found]
    if found:
        return found
    index = ctx.index
    people = [i for i, label in enumerate(index.labels) if label == "PERSON"]
    for adjective in (c for c in vehicle.children if c.dep_ == "amod"):
        kind = rules.role_adjectives.get(adjective.lower_)
        holder = index.most_named_before(index.of_kind(kind, people), vehicle) if kind else None
        if holder is not None:
            return [holder]
    return []
