"""Frames to meeting and travel records: sides, traveler, places, date, status, evidence."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from dipnlp.paragraphs import paragraph_starts
from dipnlp.relations.gatherings import gathering_note, join_gatherings, refers
from dipnlp.relations.attach import (PERIOD_START, arrival_venue, attach_venue, dateline_place, destination_places,
                                     first_place, is_city, place_referred, says_the_airport, says_there,
                                     sentences_back, venues_before, where_clause, where_clause_date,
                                     where_place)
from dipnlp.relations.lists import SUBJECT_DEPS, listed_below, named_after
from dipnlp.relations.mentions import CLAUSE_DEPS, SINGULAR_PRONOUNS, EntityIndex, acting_people, same_country
from dipnlp.relations.merge import merge_meetings, merge_travels, people as people_of
from dipnlp.relations.rulebook import Rules, Sentence
from dipnlp.relations.sides import (GROUP_NOUNS, Context, counterpart_owner, inherited_subject, slot_persons,
                                    split_nations, split_sides)
from dipnlp.relations.status import says_no_one
from dipnlp.relations.timing import (blog_entry_dates, date_followers, entry_day, event_dates, frame_timing,
                                     group_meeting_date, told_in_clause)
from dipnlp.relations.triggers import Frame, find_frames, lemmatize_whole
from dipnlp.relations.vehicles import vehicle_riders

#: How many people an attendance names to be a roll ("Taking part are A, B and C", "A, B and C attended"),
#: which needs no event told before it (see :func:`dipnlp.relations.gatherings.join_gatherings`).
ROLL = 3
#: Prepositions after which a meeting noun's event takes the governing verb's subject ("came for talks").
PURPOSE_PREPS = frozenset({"for", "to", "into", "in", "at", "after", "following", "during", "before", "from", "on",
                           "with"})


#: How many sentences back the latest trip still places an arrival without a destination.
TRIP_REACH = 4


def among_doers_of_another_thing(verb: Token, rules: Rules) -> bool:
    """Whether "X was among the Ys" counts X among those who did something other than meet or go ("among
    the first foreign leaders to telephone Y", "among those to congratulate him"): no attendance."""
    events = rules.words("attend_verb") | rules.words("meet_verb") | rules.words("visit_verb") | rules.going_verbs
    among = [g for g in among_groups(verb) if g.dep_ == "pobj"]
    clauses = [a for g in among for a in g.children if a.dep_ in ("acl", "relcl")] \
        + ([a for a in verb.children if a.dep_ == "advcl"] if among else [])  # the parse may hang it on the verb
    return any(a.pos_ == "VERB" and a.lemma_.lower() not in events
               and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children) for a in clauses)


def is_remote(frame: Frame, rules: Rules) -> bool:
    """Return True for a phone call, video link or press conference rather than a meeting; a noun as often
    used of a call ("conversation") also in a sentence with a word of contact at a distance ("He spoke by
    phone with Z, the third conversation between the two men")."""
    words = rules.words("not_meeting_modifier")
    if frame.trigger.lemma_.lower() in rules.words("remote_prone_noun") \
            and any(t.lower_ in rules.words("remote_word") for t in frame.trigger.sent):
        return True
    heads = [frame.trigger] + ([frame.light] if frame.light is not None else [])
    for head in heads:
        for child in head.children:
            if child.i == frame.trigger.i or child.dep_ in CLAUSE_DEPS or child.dep_ == "conj":
                continue  # "met after the summit was called off": another clause's words
            if (child.lemma_.lower() in words or child.lower_ in words) and not is_courtesy_call(child):
                return True  # "received a phone call from X"; "received a courtesy call from X" is a visit
            if child.dep_ == "prep" and child.lower_ in ("in", "during", "on") and any(
                    g.lemma_.lower() == "call" and g.pos_ == "NOUN" and not is_courtesy_call(g)
                    for g in child.children):
                return True  # "in a phone call, X discussed ... with Y"; not "in what both called a step"
    if frame.trigger.pos_ == "VERB":
        heads += [c for c in frame.trigger.children if c.dep_ == "dobj"]  # "discussed the talks by phone"
    return any(child.dep_ == "prep" and child.lower_ in ("by", "over", "via", "through")
               and any(w.lemma_.lower() in words for g in child.children for w in [g, *g.lefts])  # "by video link"
               for head in heads for child in head.children)


def is_courtesy_call(token: Token) -> bool:
    """Whether a "call" is a courtesy call: a visit, not a call at a distance."""
    return token.lemma_.lower() == "call" and any(m.lower_ == "courtesy" for m in token.children)


def doers(verb: Token, deps: tuple[str, ...] = SUBJECT_DEPS) -> list[Token]:
    """The subjects of ``verb`` (of the ``deps`` kinds), or of its auxiliary, on which the parse may hang
    them ("X had on Saturday night held talks with Y"), else those it inherits from the verb above it."""
    return [c for c in verb.children if c.dep_ in deps] \
        or [c for aux in verb.children if aux.dep_ in ("aux", "auxpass") for c in aux.children if c.dep_ in deps] \
        or inherited_subject(verb)


#: Verbs whose object is the one carried somewhere ("the tour took him to Berlin for talks with Y").
CARRY_VERBS = frozenset({"take", "bring"})


def governor_subjects(frame: Frame, light_verbs: frozenset = frozenset()) -> list[Token]:
    """Return the subjects a trigger inherits from the verb that governs it or its light verb."""
    trigger = frame.trigger
    if frame.light is not None:
        return inherited_subject(frame.light)
    if trigger.pos_ in ("VERB", "AUX", "ADJ"):
        return doers(trigger, ("nsubj",))  # "who had spent two hours in talks with Y"; an ADJ: "X is due in Y"
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    noun = trigger
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "hours of talks", "a round of negotiations"
    if noun.dep_ == "pobj" and noun.head.lower_ in PURPOSE_PREPS and noun.head.head.dep_ == "pobj" \
            and noun.head.head.head.dep_ == "prep":
        noun = noun.head.head  # "due to visit Seoul after the summit for talks with Y": the prep of a prep
    if noun.dep_ == "pobj" and noun.head.lower_ in PURPOSE_PREPS and noun.head.head.pos_ in ("VERB", "AUX"):
        verb = noun.head.head
        taken = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PRON", "PROPN")] \
            if verb.lemma_.lower() in CARRY_VERBS else []  # not "took part in the talks"
        return taken or doers(verb)  # "a tour that had taken him to Berlin for talks with Y": him
    passive = receivers(noun)
    if passive:
        return passive  # "X was given a welcome"
    if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") and (
            noun.head.lemma_.lower() in light_verbs or frame.tokens("side_b")):
        return doers(noun.head, ("nsubj",))  # "X used an encounter with Y", "he flew to Cairo and held talks with Y"
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and not any(c.dep_ == "det" for c in noun.children):
        return [noun.head]  # "Kerry and Lavrov, meeting in Geneva, ...": the people it stands beside
    possessive = left_possessive(trigger)
    return [possessive] if possessive is not None else []


def subject_after(verb: Token) -> bool:
    """Whether a verb's only subjects follow it and it has no object: the object of "then meets Y" that
    the parse took for an inverted subject."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return verb.pos_ == "VERB" and bool(subjects) and all(c.i > verb.i for c in subjects) \
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def clause_before_subjects(verb: Token) -> list[Token]:
    """The subjects of the clause the parse hung before ``verb`` ("X holds talks with A, then meets B":
    X), or of the verb it is joined to."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "conj", "advcl") and c.i < verb.i]
    if verb.dep_ == "conj":
        clauses.append(verb.head)
    return [s for clause in clauses for s in clause.children if s.dep_ == "nsubj"]


def receivers(noun: Token) -> list[Token]:
    """Return the subject of a passive verb whose object is ``noun`` ("X was accorded a welcome")."""
    if noun.dep_ != "dobj" or not any(c.dep_ == "auxpass" for c in noun.head.children):
        return []
    return [c for c in noun.head.children if c.dep_ == "nsubjpass"]


def misplaced_guests(ctx: Context, verb: Token) -> list[int]:
    """The people a receiving verb without an object names inside its place or purpose phrases: the parse
    reads "received at Basman Palace US envoy X" or "received in Cairo Qatari minister Y" so."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    phrases = [prep for prep in verb.children if prep.dep_ == "prep" and prep.i > verb.i
               and prep.lower_ in ("at", "in", "for")]
    # not who a clause inside names ("..., who delivered a message from Z")
    return ctx.index.mentions_in([t for prep in phrases for t in prep.subtree if not _in_clause_below(t, prep)],
                                 ("PERSON",))


def _in_clause_below(token: Token, top: Token) -> bool:
    """Whether a clause of its own stands between a token and ``top`` above it."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
        token = token.head
    return False


def left_possessive(noun: Token) -> Token | None:
    """Return a possessive just before a noun whose parse lost it ("their June 12, 2018 summit")."""
    for token in reversed(noun.doc[max(noun.sent.start, noun.i - 7): noun.i]):
        if token.tag_ == "PRP$" or token.dep_ == "poss":
            return token
        if token.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "SCONJ", "CCONJ") or token.lower_ in ("the", "a"):
            return None
    return None


def _persons(ctx: Context, tokens: list[Token], number: int, exclude: list[int] = ()) -> list[int]:
    found: list[int] = []
    for token in tokens:
        for person in slot_persons(ctx, token, number, exclude):
            if person not in found:
                found.append(person)
    return found


def _base(frame: Frame, date: dict | None, status: str) -> dict:
    sent = frame.trigger.sent
    return {"date": date["value"] if date else None,  # a calendar value (see event_dates)
            "date_span": [date["start"], date["end"]] if date else None,
            "status": status, "rule": "+".join(frame.rules),
            "evidence": [{"start": sent.start_char, "end": sent.end_char}]}


def _recorded_date(record: dict) -> dict | None:
    """The date of a record built by :func:`_base`, in the form :func:`frame_timing` gives, else None."""
    span = record.get("date_span")
    return {"value": record["date"], "start": span[0], "end": span[1]} if span else None


def meeting_record(doc: Doc, frame: Frame, ctx: Context, sent: Sentence, rules: Rules) -> dict | None:
    """Return the meeting mention of a frame, or None.

    A mention normally names two sides. An attendance ("X attended the
    summit") may name one person, and a meeting noun may name nobody: both are
    kept for :func:`join_gatherings`, which adds them to the event they refer to.
    """
    if is_remote(frame, rules) or among_travellers(frame.light or frame.trigger, rules) \
            or among_doers_of_another_thing(frame.light or frame.trigger, rules):
        return None
    each = _persons(ctx, frame.tokens("each"), sent.number)
    if rules.marked(frame, "attendance"):
        each += [p for p in listed_below(ctx.index, frame.trigger.sent) if p not in each]  # "Taking part: - A; - B"
    if rules.marked(frame, "names_after"):
        verb = frame.light or frame.trigger
        each += [p for p in named_after(ctx.index, verb) if p not in each]
    side_b = _persons(ctx, frame.tokens("side_b"), sent.number)
    side_a = _persons(ctx, frame.tokens("side_a"), sent.number, side_b + each)
    if not side_a and not rules.marked(frame, "sender"):  # "X sent Y to the summit": X stays home
        # no side_a slot, or one that names nobody ("held the Annual Leaders' Meeting with Y"): the verb's subject
        side_a = _persons(ctx, governor_subjects(frame, rules.words("light_verb")), sent.number, side_b + each)
    for_gathering = trip_to_gathering(frame.trigger, rules)  # "arrived in Abuja for the summit"
    if not side_b and each and for_gathering:  # "arrived for the summit hosted by X"
        each += [p for p in _persons(ctx, doers(frame.trigger.head.head), sent.number, each) if p not in each]
    if not side_a and side_b and not each:
        side_a = counterpart_owner(ctx, frame.tokens("side_b"), side_b)  # "talks with his counterpart X"
    if side_a and not side_b and not each and passive_without_subject(frame.trigger):
        side_b = _persons(ctx, inherited_subject(frame.trigger), sent.number, side_a)  # "arrived and was greeted by X"
    if side_a and not side_b and not each:
        side_b = _persons(ctx, receivers(frame.trigger), sent.number, side_a)  # "X was given a welcome by Y"
    if side_a and not side_b and not each:
        side_b = [p for p in dangling_with(ctx, frame.trigger) if p not in side_a]
    if side_a and not side_b and not each and rules.marked(frame, "misplaced_object"):
        side_b = [p for p in misplaced_guests(ctx, frame.trigger) if p not in side_a]  # "received at X Palace Y"
    if len(side_a) == 1 and not side_b and not each and subject_after(frame.trigger):
        before = _persons(ctx, clause_before_subjects(frame.trigger), sent.number, side_a)
        if before:  # "X holds talks with A, then meets B": B parsed as the subject of "meets"
            side_a, side_b = before, side_a
    if not side_b and not each and frame.tokens("side_b") and frame.trigger.lemma_.lower() in rules.words("visit_verb"):
        return None  # "X and Y would visit Israel": a trip together, not a visit to each other
    if not side_b and not each and any(t.lower_ in SINGULAR_PRONOUNS for t in frame.tokens("side_b")):
        return None  # "X and Y received him", "him" unresolved: X and Y are one side, not a meeting
    if not side_a and not each and any(t.lower_ in SINGULAR_PRONOUNS for t in frame.tokens("side_a")):
        return None  # "he spent an hour with his cousins A and B", "he" unresolved: A and B are his company
    followed = ctx.last_meeting if not side_b and set(side_a) <= set(each) and follows_a_meeting(frame.trigger) \
        and sent.number - ctx.last_group_sent <= (2 if follows_this(frame.trigger) else 0) \
        else None  # "X held a meeting with Y, followed by delegation talks"; "This was followed by ..."
    if followed is not None:  # attendees named ("an expanded meeting attended by A and B") join them
        side_a, *rest = followed["sides"]
        side_b = [p for side in rest for p in side]
    if rules.marked(frame, "companion") and not side_a and frame.tokens("side_a"):
        return None  # "The heir was accompanied by A and B", the heir unresolved: A and B did not meet
    sides = split_sides(side_a, side_b, each)
    named = list(dict.fromkeys(side_a + side_b + each))
    if len(named) == 2 and any(t.lemma_.lower() == "couple"
                               for t in [*(t for slot in frame.slots.values() for t in slot),
                                         *governor_subjects(frame)]):
        return None  # "the couple attended a reception": husband and wife did not meet each other
    if rules.marked(frame, "attendance") and accompanies_a_trip(frame.trigger, rules):
        return None  # "X flew to Kyiv, accompanied by Y": company on a trip (see travel_records)
    attendance = rules.marked(frame, "attendance") and not joins_something_else(frame.trigger, ctx, rules) \
        or hosts_an_event(frame, side_b + each, rules.meeting_nouns) \
        or for_gathering
    hosts = side_a if rules.marked(frame, "companion") and side_a and each else None
    if hosts:
        sides = [list(side_a)] + [[p] for p in each if p not in side_a]
    elif len(named) >= 3 and is_multilateral(frame, rules.words("multilateral_modifier")):
        sides = [[p] for p in named]  # "hosted X and Y for a trilateral summit": three sides
    members = not each and not side_b and meets_members(frame, rules)
    group = not each and not side_b and meets_a_group(frame, rules) or members
    if not sides:
        if len(named) == 1 and not (attendance or group) and rules.only_marked(frame, "anchor") \
                and not any(t.lemma_.lower() in rules.meeting_nouns for t in frame.trigger.sent if t != frame.trigger):
            named = []  # "X was given a state funeral": the noun anchors who attends it, and X is whom it honours
            # (not "X opened the summit ..., in a gathering that ...": a second noun for the sentence's event)
        if not named:
            _date_anaphora(doc, frame, ctx, sent, rules)
        if named and not (attendance or group) or not named and frame.trigger.pos_ not in ("NOUN", "PROPN"):
            return None
        sides = [[p] for p in named]
    sides = split_nations(ctx.index, sides)
    chain, date, status, attached = frame_timing(doc, frame, sent, rules)
    if not named and date is not None and not told_in_clause(doc, date, attached):
        date = None  # a noun that names nobody is dated only by its own clause or the main one ("turning the
        # forum, initiated by X in 1992, into ..."), since it dates whatever event it is found to refer to
    if followed is not None and date is None:
        date = _recorded_date(followed)
    group_met = None
    if date is None and rules.marked(frame, "names_after"):
        group_met = date = group_meeting_date(frame.trigger, rules.words("meet_verb"))  # "The ministers met on
        # Wednesday. The ministers were A, B and C": that Wednesday
    trip = len(named) == 1 and for_gathering
    if trip and status != "occurred":
        return None  # "X will travel to Astana for the summit": which summit, the text has yet to tell
    venue = attach_venue(ctx.index, chain, rules.words("venue_prep"), rules.words("venue_like_org"),
                         sent.blocked - {t.i for t in chain})
    if venue is None:
        venue = purpose_of_trip(ctx.index, frame.trigger, rules)  # "will fly to Riyadh for talks with Y"
    if venue is None:
        venue = arrival_venue(ctx.index, chain, rules.words("venue_like_org"))  # "Upon arrival at X, ... welcomed"
    if venue is None and says_the_airport(chain, rules.words("airport_word")):
        venue = airport_named_before(ctx, frame.trigger, sent.number, rules)
    if venue is None and says_there(chain) and sent.number - ctx.last_place_sent <= 2:
        venue = ctx.last_place
    where = where_clause(chain)
    if where is not None:  # "flew to Beijing on Monday, where he met Xi": in Beijing, on Monday
        if venue is None:
            venue = where_place(ctx.index, where)
        if date is None:
            date = where_clause_date(where, sent.dates, sent.blocked)
    earlier = meeting_repeated(ctx, frame.trigger, sides, status, sent.number)
    if earlier is not None and date is None:
        date = _recorded_date(earlier)
    if earlier is not None and venue is None:
        venue = earlier.get("venue")
    if named and date is None and sent.entry_date is not None:
        told = told_just_before(ctx, sides, status, sent.number)  # "X met Y on Monday. The two leaders discussed
        date = _recorded_date(told) if told is not None else entry_day(date, status, sent, frame.trigger)  # ..."
    if venue is not None and status == "occurred":
        ctx.last_venue = venue
    record = {"sides": sides, **_base(frame, date, status), "venue": venue,
              "_gathering": gathering_note(frame.trigger, sent.number, attendance, rules.meeting_nouns,
                                           rules.words("gathering_noun"), hosts, rules.attendee_events)}
    record["_gathering"]["paragraph"] = ctx.paragraphs[sent.number]
    if group_met is not None:
        record["_gathering"]["refers"] = "new"  # the group's own meeting, not the summit they prepared
    record["_gathering"]["trip"] = trip  # "arrived on Saturday for the summit": maybe the eve of the summit
    record["_gathering"]["roll"] = attendance and len(named) >= ROLL and frame.trigger.lemma_.lower() != "join"
    # "Taking part are A, B and C"; not "The two leaders, joined by A and B, ...", who join the leaders' event
    if record["_gathering"]["roll"] and date is None and len(sent.dates_before) == 1:
        # "The Council opened its session in Chisinau on Monday. Taking part are A, B, C and D": the day of
        # the event the sentence before told, should the roll be a gathering of its own (see join_gatherings)
        record["_gathering"]["date_before"] = dict(sent.dates_before[0])
    record["_gathering"]["held"] = rules.marked(frame, "held")  # "the two delegations held talks"
    record["_gathering"]["seating"] = rules.marked(frame, "seating")  # "Seated with him were A, B and C"
    if rules.marked(frame, "ceremony"):
        record["_gathering"]["gathering"] = True  # "X took the oath before Y": a swearing-in, which guests attend
        if attendance:
            record["_gathering"]["refers"] = "new"  # "X took the oath": X's own, joined by those seated at it
    record["_gathering"]["sided"] = bool(side_a and side_b)  # "X met with A, B and C": two sides, however split
    record["_gathering"]["nations"] = _nations(ctx.index, frame.trigger, named, rules)
    if followed is not None and date is None:
        record["_follows"] = list(followed["evidence"])  # dated once the meeting it follows is merged
    elif date is None and after_the_meeting(chain, rules.meeting_nouns):
        before, told = ctx.meeting_before(sent.number)
        if before is not None and sent.number - told <= 2 and set(named) & people_of(before):
            record["_follows"] = list(before["evidence"])  # "Following the one-on-one meeting, X and Y
            # co-chaired the council": the next event of the same people, on the day of the meeting it follows
    if group:
        record["_gathering"]["gathering"] = True  # "received a delegation": its members, named next, join
        record["_gathering"]["members"] = members  # "is meeting the leaders of the parties. Among those attending
        # are A and B": named just after (see gatherings._within_reach)
    if attendance and not hosts and record["_gathering"]["noun"] is None and (
            is_group(frame.trigger, rules) and frame.trigger.dep_ in ("nsubj", "nsubjpass", "pobj")
            or frame.trigger.lemma_.lower() in rules.words("seat_verb")
            and _group_noun(frame.trigger, rules) is not None):
        # "The US delegation included X", "On the US side were X and Y", "X sat on the Greek side": the
        # meeting just reported
        record["_gathering"]["refers"] = "latest"
    if len(sides) >= 2 and not hosts and not (status == "negated" and says_no_one(chain)):
        # "Neither X nor Y will take part": no group; "X and Y did not hold talks. They last met in May": they are
        if ctx.last_meeting_sent != sent.number:
            ctx.previous_meeting, ctx.previous_meeting_sent = ctx.last_meeting, ctx.last_meeting_sent
        ctx.last_group = [p for side in sides for p in side]
        ctx.last_group_sent = ctx.last_meeting_sent = sent.number
        ctx.last_meeting = record
    return record


def purpose_of_trip(index: EntityIndex, trigger: Token, rules: Rules) -> int | None:
    """The destination of the trip a meeting is the purpose of: "fly to Riyadh for talks with Y", "travelled
    to Beijing to meet Xi" (the meeting's own clause names no place)."""
    verbs = rules.words("travel_verb")
    trip = trip_for(trigger, verbs) if trigger.pos_ == "NOUN" else None
    if trip is None and trigger.dep_ in ("advcl", "xcomp") and trigger.head.lemma_.lower() in verbs \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        trip = trigger.head
    if trip is None or trip.pos_ not in ("VERB", "AUX"):
        return None
    return next((place for target in to_objects(trip)
                 for place in destination_places(index, target, rules.words("venue_like_org"))), None)


def to_objects(token: Token) -> list[Token]:
    """The objects of a token's "to" phrases: Riyadh of "fly to Riyadh", Belfast of "Travelling with the
    President to Belfast"."""
    return [t for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "to"
            for t in prep.children if t.dep_ == "pobj"]


def meeting_repeated(ctx: Context, trigger: Token, sides: list[list[int]], status: str, sent_no: int) -> dict | None:
    """The latest meeting, when a definite meeting noun names it again: the same people, the same status,
    within reach ("X held talks with Y on Wednesday ... the two leaders spoke after the talks": that day)."""
    if trigger.pos_ != "NOUN" or refers(trigger) != "same" or not ctx.within_reach(sent_no):
        return None
    return _latest_meeting_of(ctx, sides, status)


def told_just_before(ctx: Context, sides: list[list[int]], status: str, sent_no: int) -> dict | None:
    """The latest meeting, when it was told in the two sentences before (``RECEPTION_REACH``) of the very same
    people and status: a live blog's entry that goes on about it ("X met Y on Monday evening. A spokesman said
    the two leaders discussed trade") tells it again, not a meeting of the blog's day."""
    if sent_no - ctx.last_meeting_sent > RECEPTION_REACH:
        return None
    return _latest_meeting_of(ctx, sides, status)


def _latest_meeting_of(ctx: Context, sides: list[list[int]], status: str) -> dict | None:
    """The latest meeting, when it is of the very same people (two or more) and status as ``sides``."""
    last = ctx.last_meeting
    people = {p for side in sides for p in side}
    if last is None or status != last.get("status") or len(people) < 2:
        return None
    return last if people == {p for side in last["sides"] for p in side} else None


def gapped_meetings(record: dict, frame: Frame, ctx: Context, sent: Sentence) -> list[dict]:
    """The meetings a verb's gapped objects stand for: "will meet A on Monday and B on Tuesday", B parsed
    as a conjunct of "Monday", is a meeting of the subject with B, dated by the date after B."""
    verb = frame.light or frame.trigger
    if verb.pos_ != "VERB":
        return []
    present = {p for side in record["sides"] for p in side}
    gapped = []  # (person, the token after which their date stands)
    for when in (w for prep in verb.children if prep.dep_ == "prep" for w in prep.children if w.dep_ == "pobj"):
        if any(d["token_start"] <= when.i < d["token_end"] for d in sent.dates):
            gapped += [(person, conj) for conj in when.children if conj.dep_ == "conj"
                       and (person := ctx.index.entity_of(conj)) is not None and person not in present]
    subjects = [p for p in _persons(ctx, frame.tokens("side_a") or governor_subjects(frame), sent.number)
                if p in present] if gapped else []
    if not subjects:
        return []
    found = []
    for person, conj in gapped:
        if person in present:
            continue
        date = next((d for d in sent.dates if d["token_start"] > conj.i), None)
        found.append({**record, **_base(frame, date, record["status"]), "sides": [subjects, [person]],
                      "_gathering": {**record["_gathering"]}})
        present.add(person)
    return found


#: Adverbs that make a meeting with several people several meetings ("will separately meet A, B and C").
ONE_BY_ONE = frozenset({"separately", "individually"})


def one_by_one(record: dict, frame: Frame, rules: Rules) -> list[dict]:
    """Split a two-sided meeting whose verb says "separately", or whose noun is "separate", or that goes
    on "and then with" another (a pattern marked ``one_by_one``), into one meeting per person of the larger
    side."""
    verbs = [t for t in (frame.trigger, frame.light) if t is not None]
    verbs += [p for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ == "with"]  # "and separately with"
    sides = record["sides"]
    separate = any(c.lower_ in ONE_BY_ONE for v in verbs for c in v.children if c.dep_ == "advmod") or any(
        c.lower_ == "separate" for c in frame.trigger.children if c.dep_ == "amod") \
        or rules.marked(frame, "one_by_one") \
        or separate_meetings_before(frame.trigger, rules.meeting_nouns)  # "held separate meetings with", "sat
    # first with A, then with B", "is holding separate bilateral meetings ... Yesterday he met A, B and C"
    if len(sides) > 2 and separate and len(sides[0]) == 1:  # the other side split by nation: "met A, B and C"
        sides = [sides[0], [p for side in sides[1:] for p in side]]
    if len(sides) != 2 or not separate:
        return [record]
    one, many = sorted(sides, key=len)
    if len(one) != 1 or len(many) < 2:
        return [record]
    return [{**record, "sides": [list(one), [person]], "evidence": list(record["evidence"]),
             "_gathering": dict(record["_gathering"])} for person in many]


def separate_meetings_before(trigger: Token, meeting_nouns: frozenset) -> bool:
    """Whether the sentence before a meeting verb tells of "separate" meetings ("Mr Xi is holding separate
    bilateral meetings with Caribbean leaders. Yesterday he met A, B and C": one meeting each)."""
    start = trigger.sent.start
    if start == 0 or trigger.pos_ != "VERB":
        return False
    return any(t.lower_ == "separate" and t.dep_ == "amod" and t.head.lemma_.lower() in meeting_nouns
               and t.head.tag_ in ("NNS", "NNPS")  # not "no plans to hold a separate meeting with Mr Cui"
               for t in trigger.doc[start - 1].sent)


def dangling_with(ctx: Context, noun: Token) -> list[int]:
    """The person named right after a meeting noun's "with" that the parse left without its object
    ("Putin's summit with North Korean leader Kim Jong Un took place ...": Kim read as the subject)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "with" and not any(c.dep_ == "pobj" for c in prep.children):
            for token in noun.doc[prep.i + 1: min(prep.i + 8, noun.sent.end)]:
                person = ctx.index.entity_of(token)
                if person is not None:
                    return [person]
                if token.pos_ in ("VERB", "AUX", "ADP") or token.is_punct:
                    break
    return []


def hosts_an_event(frame: Frame, others: list[int], meeting_nouns: frozenset) -> bool:
    """Whether the other side is an event, not people ("X hosted a summit on Sunday"): the host
    attends it, and the people named at it later join the host."""
    slot = frame.tokens("side_b")
    return bool(slot) and not others and all(t.lemma_.lower() in meeting_nouns for t in slot)


def follows_a_meeting(noun: Token) -> bool:
    """Whether a meeting noun names what followed the meeting of its clause ("held a one-on-one meeting
    with Y, followed by delegation-level talks and a working lunch"): the same people's next event."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.head.head.lemma_.lower() == "follow"


def after_the_meeting(chain: list[Token], meeting_nouns) -> bool:
    """Whether the clause of an event opens with the meeting it came after ("Following the one-on-one
    meeting, X and Y co-chaired ...", "After the talks, ..."): a definite meeting noun, told before."""
    return any(prep.dep_ == "prep" and prep.lower_ in ("after", "following")
               and any(noun.dep_ == "pobj" and noun.lemma_.lower() in meeting_nouns
                       and any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "that", "their")
                               for d in noun.children)
                       for noun in prep.children)
               for token in chain for prep in token.children if prep.i < token.i)


def follows_this(noun: Token) -> bool:
    """Whether what "followed" is an event pronoun ("This was followed by an expanded meeting"): the
    meeting it follows may be told in the sentence before."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun
    return any(c.dep_ == "nsubjpass" and c.lower_ in ("this", "that", "it") for c in verb.children)


def trip_to_gathering(noun: Token, rules: Rules) -> bool:
    """Whether a gathering noun is what a trip is for ("arrived in Abuja for the summit", "flew to Riga for
    a summit of the JEF"): the traveller attends it, and joins the gathering it names."""
    return noun.lemma_.lower() in rules.words("gathering_noun") and trip_for(noun, rules.going_verbs) is not None


def trip_for(noun: Token, verbs: frozenset) -> Token | None:
    """The verb of going (one of ``verbs``) whose "for" phrase ``noun`` is: "flew to Riga for a summit"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in verbs:
        return noun.head.head
    return None


def _nations(index: EntityIndex, trigger: Token, named: list[int], rules: Rules) -> dict[int, list[str]]:
    """The countries of the people named, for the side they join: those of their roles, or for all of them
    the group's own ("On the Chinese side were A and B", "The US delegation included X")."""
    noun = _group_noun(trigger, rules)
    group = index.nationality(noun) if noun is not None else ""
    if group and all(index.nationality(t) in ("", group) for t in trigger.sent if is_group(t, rules)):
        # "Attending the talks on the Chinese side were A and B"; not "with X on the Hungarian side and Y on
        # the Russian side", whose parse may hang both phrases on X
        return {p: [group] for p in named}
    return {p: sorted(index.countries[p]) for p in named if index.countries[p]}


def _group_noun(trigger: Token, rules: Rules) -> Token | None:
    """The group a mention names, itself or after a preposition ("the US delegation included X",
    "X sat on the Greek side", "Attending the talks on the Chinese side were X")."""
    nouns = [trigger] + [g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return next((n for n in nouns if is_group(n, rules)), None)


def is_group(token: Token, rules: Rules) -> bool:
    """Whether a word names a group of people who came together ("the US delegation", "the Tanzanian side")."""
    return token.lemma_.lower() in rules.words("delegation_noun") | rules.words("company_noun")


def meets_a_group(frame: Frame, rules: Rules) -> bool:
    """Whether the other side is a delegation named without its people ("X received a delegation of ...")."""
    return any(t.lemma_.lower() in rules.words("delegation_noun") for t in frame.tokens("side_b"))


def meets_members(frame: Frame, rules: Rules) -> bool:
    """Whether the other side is the members of a group, in the plural, named without their names ("X is
    meeting the leaders of the parties")."""
    return any(t.tag_ == "NNS" and not t.ent_type_ and t.lemma_.lower() in rules.words("member_noun")
               for t in frame.tokens("side_b"))


def is_multilateral(frame: Frame, words: frozenset) -> bool:
    """Whether the meeting, or the event noun its verb governs, is called trilateral, three-way, ..."""
    nouns = [frame.trigger] + ([frame.light] if frame.light is not None else [])
    for head in list(nouns):
        nouns += [c for c in head.children if c.dep_ == "dobj"]
        nouns += [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for noun in nouns:
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "nmod") and \
                    "".join(t.text for t in child.subtree).lower() in words:
                return True
    return False


def passive_without_subject(verb: Token) -> bool:
    """Whether a passive verb takes its subject from the verb it is coordinated with."""
    children = list(verb.children)
    return (verb.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in children)
            and not any(c.dep_ in ("nsubjpass", "nsubj") for c in children))


def among_groups(verb: Token) -> list[Token]:
    """The words of a verb's "among" phrases ("X was among the leaders who ...": "leaders")."""
    return [group for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("among", "amongst")
            for group in prep.children]


def among_travellers(verb: Token, rules: Rules) -> bool:
    """Whether "X and Y were among the leaders who flew to Doha": a trip, not the attendance of an event."""
    return verb.lemma_.lower() == "be" and any(
        clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in rules.going_verbs
        for group in among_groups(verb) for clause in group.children)


def accompanies_a_trip(verb: Token, rules: Rules) -> bool:
    """Whether "accompanied by Y" tells the company of a trip ("X flew to Kyiv, accompanied by Y"), not of
    a meeting: Y travels with X (see :func:`accompanying`) and meets nobody there."""
    if verb.lemma_.lower() not in rules.words("accompany_verb") or verb.dep_ not in ("advcl", "acl"):
        return False
    head = verb.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head  # "flew to New York on a commercial flight, accompanied by Y"
    if verb.dep_ == "acl" and head.dep_ == "nsubj" and head.head.lemma_.lower() in rules.going_verbs:
        return True  # "X, accompanied by A and B, has arrived at Y"
    return head.lemma_.lower() in rules.going_verbs


def joins_something_else(verb: Token, ctx: Context, rules: Rules) -> bool:
    """Whether an attendance verb has an object that is neither an event nor a person ("joined the delegation")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in rules.words("attend_verb"):
        return False
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ in ("which", "that") and verb.dep_ == "relcl":
            noun = verb.head  # "talks, which X joined later"; "talks on the crisis, which X joined"
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.lemma_.lower() in rules.meeting_nouns:
                noun = noun.head.head
            return noun.lemma_.lower() not in rules.meeting_nouns
        if child.dep_ == "dobj" and child.lemma_.lower() not in rules.meeting_nouns:
            if child.tag_ in ("NNS", "NNPS") and child.lemma_.lower() in GROUP_NOUNS:
                return False  # "joined the leaders for the session": the people of the meeting
            return not ctx.index.mentions_in(_without_owners(child), ("PERSON",))
    return False


def _without_owners(noun: Token) -> list[Token]:
    """The tokens of a noun's phrase, leaving out its possessor and its "of" phrase: the people whose
    thing it is ("the late Magufuli's state funeral", "the funeral of X") are not the phrase."""
    owners = {t.i for c in noun.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
              for t in c.subtree}
    return [t for t in noun.subtree if t.i not in owners]


#: Nouns that name again the talks just reported ("the talks", "the negotiations"), whatever noun told them.
ANAPHORIC_TALKS = frozenset({"talk", "talks", "negotiation", "negotiations", "discussion", "discussions", "meeting"})


def _date_anaphora(doc: Doc, frame: Frame, ctx: Context, sent: Sentence, rules: Rules) -> None:
    """Date the last meeting from "the talks"/"the negotiations" with a date of their own clause (or of the
    main one) in the next two sentences."""
    last = ctx.last_meeting
    trigger = frame.trigger
    if last is None or last.get("date") or sent.number - ctx.last_group_sent not in (1, 2):
        return
    if trigger.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "this") for c in trigger.children) \
            or refers(trigger) == "new":
        return  # "the first meeting between the two since ..." is another event
    if trigger.lemma_.lower() not in ANAPHORIC_TALKS and trigger.lemma_.lower() != last["_gathering"]["lemma"]:
        return  # "recalled the warm reception he had been given in Canberra last April": an event of its own
    _, date, status, attached = frame_timing(doc, frame, sent, rules)
    if date is not None and status == last.get("status") and told_in_clause(doc, date, attached):
        dated = _base(frame, date, status)
        last["date"], last["date_span"] = dated["date"], dated["date_span"]
        last["evidence"].extend(dated["evidence"])


def travel_records(doc: Doc, frame: Frame, ctx: Context, sent: Sentence, rules: Rules) -> list[dict]:
    """Return one travel per traveler of a frame that names a destination."""
    like = rules.words("venue_like_org")
    origins = [p for p in (first_place(ctx.index, t, like) for t in frame.tokens("origin")) if p is not None]
    origin = origins[0] if origins else None
    targets = frame.tokens("destination")
    targets = targets + [t for t in further_destinations(frame.trigger, targets) if t not in targets]
    places = list(dict.fromkeys(p for t in targets for p in destination_places(ctx.index, t, like)))
    if not places:
        places = [p for p in (place_referred(ctx.index, t) for t in frame.tokens("destination")) if p is not None]
    told_where = bool(places)
    if not places and arrives_here(frame, origin, rules):
        where = where_clause([frame.trigger])  # "from Berlin, where he had landed the day before": Berlin
        here = where_place(ctx.index, where) if where is not None else None
        if here is None:
            # the dateline, else where the traveller was received ("arrived from New Delhi and was received at
            # Chaklala airport"), else where the latest trip went ("came to Kyiv ... met X at the Presidential
            # Office ... Y arrived from Poland": Kyiv), else the latest meeting's venue
            received = reception_place(ctx.index, frame.trigger, like, rules.words("reception_verb"))
            trip = ctx.last_place if sent.number - ctx.last_place_sent <= TRIP_REACH else None
            here = next((p for p in (ctx.dateline, received, trip, ctx.last_venue) if p is not None), None)
        places = [here] if here is not None else []
    places = list(dict.fromkeys(p for p in places if p != origin))
    trip_verbs = rules.words("trip_verb")
    named = frame.tokens("traveler")
    if named and {t.i for t in named} <= {t.i for t in frame.tokens("destination")}:
        named = []  # "a tour of Egypt": the "of" phrase is where, not who
    if named and all(t.pos_ == "PRON" for t in named) and frame.trigger.dep_ == "relcl" \
            and frame.trigger.head.lemma_.lower() in rules.words("travel_noun"):
        named = trip_maker(frame.trigger.head) or named  # "as part of a tour that will take him to Y": the touring
    sources = named or governor_subjects(frame, trip_verbs)
    main = _persons(ctx, sources, sent.number)
    if not main and told_where:  # "His special aircraft landed at X": who the aircraft carries
        main = list(dict.fromkeys(p for s in sources for p in vehicle_riders(ctx, s, sent.number, rules)))
    main += [p for p in _persons(ctx, accompanied(sources, rules.words("accompany_verb")), sent.number) if p not in main]
    carried = [c for c in frame.trigger.children if c.dep_ == "nsubjpass"] if not main else []
    # "The medics were flown to Sofia, accompanied by X": who went along goes, whoever was carried
    along = frame.tokens("with_traveler") + accompanying(sources if main else carried, rules.words("accompany_verb"),
                                                         rules.words("delegation_noun"))
    travelers = main + [p for p in _persons(ctx, along, sent.number) if p not in main]
    if not places or not travelers:
        return []
    if rules.only_marked(frame, "stay"):
        if all(t.pos_ == "PRON" for t in named) and frame.trigger.dep_ != "ROOT":
            return []  # "while they were in Trench Town, protesters ...": too far from whom it names
        travelers = [p for p in travelers if not in_own_country(ctx.index, p, places[0])]
        places = places[:1]  # "in Puerto Iguazú, in the region where Argentina, Brazil and Paraguay meet"
        if not travelers:
            return []
    if rules.marked(frame, "reception"):
        places = [p for p in places if is_airport(ctx.index.names[p], rules.words("airport_word"))]
        if not places or any(sent.number - ctx.trip_sent.get(p, -10) <= RECEPTION_REACH for p in travelers):
            return []  # "X arrived in Dakar and was greeted at the airport": one trip, to Dakar
    for person in travelers:
        ctx.trip_sent[person] = sent.number
    chain, date, status, _ = frame_timing(doc, frame, sent, rules)
    date = entry_day(date, status, sent, frame.trigger)  # a live blog's entry: the blog's day
    for person in travelers:
        ctx.trips.setdefault(person, []).extend((sent.number, place, status) for place in places)
    if not in_an_earlier_year(date, doc._.dip_article_date):  # "who flew into exile in Calabar in 2003"
        ctx.last_place, ctx.last_place_sent = places[0], sent.number
    if status == "occurred" and len(main) == 1 \
            and not any(c.dep_ == "mark" and c.lower_ == PERIOD_START for t in chain for c in t.children):
        # "X flew in. Y received his guest"; not "the first visit since Y travelled to London in 2006"
        ctx.last_traveler, ctx.last_traveler_sent = main[0], sent.number
    if len(main) >= 2:  # "X and Y arrived in Kyiv. The visitors then ...", "X accompanied Y to Z. The two men"
        ctx.last_group, ctx.last_group_sent = list(main), sent.number
    base = _base(frame, date, status)
    origin_of, places_of = {}, {}
    if says_respectively(frame.trigger):  # "A and B arrived from X and Y respectively": A from X, B from Y
        listed = [p for t in frame.tokens("origin") for p in destination_places(ctx.index, t, like)]
        origin_of = respective(travelers, listed)
        places_of = respective(travelers, places)
    return [{"traveler": person, "destination": place, "origin": origin_of.get(person, origin), **base,
             "evidence": list(base["evidence"])}
            for person in travelers for place in ([places_of[person]] if person in places_of else places)]


def in_an_earlier_year(date: dict | None, article_date: str | None) -> bool:
    """Whether a date lies in a year before the article's: a flashback, not where the story is now."""
    value = date["value"] if date else None
    if not value or not article_date or not value[:4].isdigit() or not article_date[:4].isdigit():
        return False
    return value[:4] < article_date[:4]


def further_destinations(trigger: Token, targets: list[Token]) -> list[Token]:
    """The places of the "to" phrases joined to a trip's own: "a tour that took him to X, ... and to Y",
    "will fly to X, and then on to Y"."""
    preps = [t.head for t in targets if t.dep_ == "pobj" and t.head.dep_ == "prep"]
    preps += [p for c in trigger.children if c.dep_ == "conj" and c.lower_ in ("on", "onward", "onwards")
              for p in c.children if p.dep_ == "prep" and p.lower_ == "to"]
    preps += [c for prep in list(preps) for c in prep.children if c.dep_ == "conj" and c.lower_ == "to"]
    return [t for prep in preps for t in prep.children if t.dep_ == "pobj" and t not in targets]


#: How many sentences after a trip the people said to accompany the traveller go along on it.
COMPANION_REACH = 2


def companion_trips(record: dict | None, frame: Frame, ctx: Context, sent: Sentence,
                    named: int | None = None) -> list[dict]:
    """The trips of the people a sentence of its own names as a traveller's company ("X arrived in Kathmandu
    on Saturday. ... Accompanying the president are A, B and C"): each goes where the traveller's trip of
    the last :data:`COMPANION_REACH` sentences went, with its status; the date is the other sentence's, so
    none, except in a live blog's entry, which is of the blog's day; a place the sentence names (``named``,
    see :func:`companion_destination`) is where they go."""
    if record is None:
        return []
    hosts = record.get("_gathering", {}).get("hosts") or []
    recent = [(n, place, status) for h in hosts for n, place, status in ctx.trips.get(h, [])
              if sent.number - n <= COMPANION_REACH]
    if named is not None:  # "Travelling with the President to Belfast were A and B": to Belfast, not to his
        recent = [(sent.number, named, record.get("status") or "occurred")]  # latest stop
    if not recent:
        return []
    entities = ctx.index.doc._.dip_entities or []
    # the city of the trip ("arrived in Kathmandu ... at Tribhuvan airport ... his visit to Nepal": Kathmandu)
    _, place, status = max(recent, key=lambda r: (is_city(entities[r[1]]), r[0]))
    company = [p for side in record["sides"] for p in side if p not in hosts and p != place
               and sent.number - ctx.trip_sent.get(p, -10) > COMPANION_REACH]
    entry_date = sent.entry_date if status == "occurred" else None  # a live blog's entry is of the blog's day
    base = {**_base(frame, entry_date, status), "rule": "+".join(frame.rules) + "+companion_trip"}
    return [{"traveler": p, "destination": place, "origin": None, **base, "evidence": list(base["evidence"])}
            for p in company]


def company_on_the_way(trigger: Token, rules: Rules) -> bool:
    """Whether a sentence names a traveller's company on the way, not at the talks: "Travelling with the
    President are A and B", "Accompanying Kim on the trip are A and B" (not "Accompanying him at the talks
    were A and B"), unless it names the talks too ("Travelling with the Chancellor were A and B, who made up
    the West German side at the talks")."""
    if any(t.lemma_.lower() in rules.meeting_nouns for t in trigger.sent):
        return False
    if trigger.lemma_.lower() in rules.words("travel_verb") or accompanies_a_trip(trigger, rules):
        return True  # "X, accompanied by A and B, has arrived at Y"
    return any(c.dep_ == "prep" and c.lower_ == "on" and o.dep_ == "pobj" and o.lemma_.lower() in
               rules.words("travel_noun") for c in trigger.children for o in c.children)


def companion_destination(index: EntityIndex, trigger: Token) -> int | None:
    """The place a sentence naming a traveller's company says they travel to ("Travelling with the
    President to Belfast were ..."), else None."""
    return next((p for p in (index.entity_of(t, ("VENUE",)) for t in to_objects(trigger)) if p is not None), None)


def says_respectively(trigger: Token) -> bool:
    """Whether "respectively" hangs on a travel verb or on one of its phrases."""
    return any(t.lower_ == "respectively" and trigger in (t.head, t.head.head) for t in trigger.sent)


def respective(travelers: list[int], places: list[int]) -> dict[int, int]:
    """Each traveller's own place, in the order named, when a clause that says "respectively" names as many
    places as travellers ("A, B and C arrived from X, Y and Z, respectively": A from X), else {}."""
    if len(travelers) < 2 or len(places) != len(travelers):
        return {}
    return dict(zip(travelers, places))


def in_own_country(index: EntityIndex, person: int, place: int) -> bool:
    """Whether the gazetteer puts ``place`` in a country that ``person``'s roles name ("Russian President
    Vladimir Putin was in St. Petersburg": at home, no trip)."""
    country = (index.doc._.dip_entities or [])[place].get("country")
    return bool(country) and any(same_country(index.country(country), own) for own in index.countries[person])


#: How many sentences back a trip of the traveller makes "X was received at the airport" part of it.
RECEPTION_REACH = 2


def airport_named_before(ctx: Context, trigger: Token, sent_no: int, rules: Rules) -> int | None:
    """The airport "the airport" of a meeting is: the one named last in its sentence or the
    ``RECEPTION_REACH`` sentences before ("the plane landed at X airport. At the airport he was welcomed by
    Y"), else the place of the trip told there ("arrived in Beijing and was greeted at the airport"); None
    when neither is in reach."""
    words = rules.words("airport_word")
    start = sentences_back(trigger, RECEPTION_REACH)
    named = next((p for p in venues_before(ctx.index, trigger.doc[start:trigger.sent.end])
                  if is_airport(ctx.index.names[p], words)), None)
    if named is not None:
        return named
    return ctx.last_place if sent_no - ctx.last_place_sent <= RECEPTION_REACH else None


def is_airport(name: str, words: frozenset) -> bool:
    """Whether a place's name says it is an airport ("Chaklala airport", "Palam Air Force Station")."""
    lower = f" {name.lower()} "
    return any(f" {word} " in lower for word in words)


def reception_place(index: EntityIndex, trigger: Token, like: frozenset, verbs: frozenset) -> int | None:
    """Where the traveler of an arrival verb was received, in a passive verb joined to it ("arrived
    yesterday from New Delhi and was received at Chaklala airport by Y": Chaklala airport), else None."""
    for verb in trigger.children:
        if verb.dep_ != "conj" or verb.lemma_.lower() not in verbs or verb.tag_ != "VBN" \
                or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        places = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "at"
                  for obj in prep.children if obj.dep_ == "pobj" for p in destination_places(index, obj, like)]
        if places:
            return places[0]
    return None


def trip_maker(noun: Token) -> list[Token]:
    """The subject of the verb a trip noun hangs on, through prepositions ("X will hold talks as part of a
    tour": X; "X began a tour": X), else nothing."""
    token = noun
    while token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent"):
        token = token.head.head
        if token.pos_ in ("VERB", "AUX"):
            return doers(token)
    if token.dep_ == "dobj" and token.head.pos_ in ("VERB", "AUX"):
        return doers(token.head, ("nsubj",))
    return []


#: Verbs whose participle with "with" names a travelling companion ("X, travelling with Y, reached Z").
TRAVELLING_WITH = frozenset({"travel", "fly", "journey"})


def accompanying(travelers: list[Token], verbs: frozenset, groups: frozenset = frozenset()) -> list[Token]:
    """Return who goes along with the travelers: "X, accompanied by Y, landed", "X was accompanied by Y",
    "X flew to Z, accompanied by Y", "X was flown to Z on a plane, accompanied by Y", "X, travelling with Y,
    reached Z"; also the members of a delegation among them ("accompanied by Y and a delegation that
    included A and B")."""
    found = []
    for token in travelers:
        verbs_of = [c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in verbs]
        if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in verbs:
            verbs_of.append(token.head)
        if token.dep_ == "nsubj" or token.dep_ == "nsubjpass" and token.head.lemma_.lower() not in verbs:
            # "X flew to Kyiv, accompanied by Y", "X was flown to Z, accompanied by Y": hung on the verb
            verbs_of += [c for c in token.head.children if c.dep_ == "advcl" and c.tag_ == "VBN"
                         and c.lemma_.lower() in verbs]
            verbs_of += [c for prep in token.head.children if prep.dep_ == "prep" for noun in prep.children
                         if noun.dep_ == "pobj" for c in noun.children
                         if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs]  # "on a flight, accompanied by Y"
        for verb in verbs_of:
            for by in verb.children:
                if by.dep_ == "agent":
                    found.extend(c for c in by.children if c.dep_ == "pobj")
        found += [obj for verb in token.children if verb.dep_ == "acl" and verb.tag_ == "VBG"
                  and verb.lemma_.lower() in TRAVELLING_WITH for prep in verb.children
                  if prep.dep_ == "prep" and prep.lower_ == "with" for obj in prep.children if obj.dep_ == "pobj"]
    return found + [member for token in found for group in token.subtree if group.lemma_.lower() in groups
                    for clause in group.children if clause.dep_ in ("relcl", "acl")
                    and clause.lemma_.lower() in ("include", "comprise")
                    for member in clause.children if member.dep_ == "dobj"]


def accompanied(travelers: list[Token], verbs: frozenset) -> list[Token]:
    """Return whom the travelers accompany, who travels too: "X accompanied Y on a state visit to Z"."""
    return [c for token in travelers if token.dep_ == "nsubj" and token.head.lemma_.lower() in verbs
            for c in token.head.children if c.dep_ == "dobj"]


def arrives_here(frame: Frame, origin: int | None, rules: Rules) -> bool:
    """Whether a travel without destination is an arrival where the story is ("Putin arrived from Moscow").

    Arrival verbs qualify alone; other verbs of going need an origin or "in"
    ("flew in from Belgrade"); a verb with an object ("reached a deal") never.
    """
    trigger = frame.trigger
    if trigger.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("dobj", "attr") for c in trigger.children):
        return False
    lemma = trigger.lemma_.lower()
    if lemma not in rules.words("arrive_here_verb"):
        return False
    flew_in = any(c.dep_ == "prt" and c.lower_ == "in" for c in trigger.children)
    return lemma in rules.words("arrival_verb") or origin is not None or flew_in


def paragraph_numbers(doc: Doc) -> list[int]:
    """The paragraph number of each sentence of ``doc`` (paragraphs as ``dip_paragraphs`` starts them)."""
    starts = paragraph_starts(doc)
    return [bisect_right(starts, sent.start) for sent in doc.sents]


#: The most people a sentence may name for :func:`same_sentence_meetings` to pair them.
SAME_SENTENCE_MOST = 3


def same_sentence_meetings(doc: Doc, unmatched: dict, ctx: Context, rules: Rules) -> list[dict]:
    """Pair the people of a sentence whose meeting words found nobody.

    A sentence where every meeting frame named nobody, none is a call or
    negated, and which names two or three people, is a meeting of those
    people (the parse lost the relation: "X, in Lahore, and Y held talks").
    """
    found = []
    remote = rules.words("remote_word")
    for start, entries in unmatched.items():
        if any(entry is None for entry in entries):
            continue  # a frame of this sentence found its people
        entries = [(f, s) for f, s in entries if f.trigger.lemma_.lower() not in rules.words("visit_verb")
                   and not rules.marked(f, "companion") and not among_travellers(f.light or f.trigger, rules)
                   and not among_doers_of_another_thing(f.light or f.trigger, rules)
                   and not accompanies_a_trip(f.trigger, rules)]
        if not entries:
            continue  # "the first leader to visit Cuba": a place, or an invitation; "among those who flew"
        frame, sent = entries[0]
        if any(is_remote(f, rules) for f, _ in entries) or any(t.lemma_.lower() in remote for t in frame.trigger.sent):
            continue
        people = acting_people(ctx.index, semicolon_clause(frame.trigger), rules.words("speech_verb"))
        if any(set(people) <= set(_persons(ctx, f.tokens(other), sent.number))
               for f, _ in entries for slot, other in (("side_a", "side_b"), ("side_b", "side_a"))
               if any(t.lower_ in SINGULAR_PRONOUNS for t in f.tokens(slot))):
            continue  # "he spent an hour with A and B", "he" unresolved: A and B are whom he met, not a pair
        if not 2 <= len(people) <= SAME_SENTENCE_MOST:
            continue
        chain, date, status, _ = frame_timing(doc, frame, sent, rules)
        if status not in ("occurred", "planned"):
            continue
        date = entry_day(date, status, sent, frame.trigger)
        record = {"sides": [[p] for p in people], **_base(frame, date, status), "venue": None,
                  "_gathering": {"lemma": None, "refers": "new", "sent": sent.number, "attendance": False,
                                 "gathering": False, "noun": None}}
        record["rule"] = "same_sentence+" + record["rule"]
        found.append(record)
    return found


def semicolon_clause(token: Token) -> Span:
    """The part of a token's sentence between semicolons: a headline's "X wraps up talks; Y takes a
    letter to Z" tells two stories."""
    sent = token.sent
    marks = [t.i for t in sent if t.text == ";"]
    start = max((i + 1 for i in marks if i < token.i), default=sent.start)
    end = min((i for i in marks if i > token.i), default=sent.end)
    return token.doc[start:end]


def verbs_read_as_nouns(doc: Doc, verbs: frozenset) -> list[int]:
    """Retag as verbs the trigger verbs the tagger read as nouns though the parse gives them a subject
    ("- January 11: Aliyev and Pashinyan travel to Moscow"): a noun has no subject. Return their indices."""
    fixed = []
    for token in doc:
        if token.pos_ == "NOUN" and token.lemma_.lower() in verbs and any(c.dep_ == "nsubj" for c in token.children):
            token.pos_ = "VERB"
            token.tag_ = "VBZ" if token.tag_ == "NNS" else "VBP"
            fixed.append(token.i)
    return fixed


def extract_relations(doc: Doc, rules: Rules) -> tuple[list[dict], list[dict]]:
    """Return the merged meetings and travels of ``doc``."""
    verbs_read_as_nouns(doc, rules.verb_triggers)
    lemmatize_whole(doc, rules.words("hyphenated_verb"))
    frames = find_frames(doc, rules.matcher, rules.patterns)
    ctx = Context(EntityIndex(doc, rules.role_kinds,
                              gender_cues={"f": rules.words("gender_female"), "m": rules.words("gender_male")},
                              rank_modifiers=rules.words("rank_modifier"), country_names=rules.country_names))
    ctx.dateline = dateline_place(ctx.index, doc)
    triggers = {f.trigger.i for f in frames} | {f.light.i for f in frames if f.light is not None}
    numbers = {s.start: n for n, s in enumerate(doc.sents)}
    ctx.paragraphs = paragraph_numbers(doc)
    entry_dates = blog_entry_dates(doc, ctx.paragraphs)
    stamps = {i for d in entry_dates.values() for i in range(d["token_start"], d["token_end"])}
    # an entry's clock time dates the entry (see Sentence.entry_date), not the event its sentence tells first
    calendar_dates = [d for d in event_dates(doc._.dip_dates or []) if d.get("token_start") not in stamps]
    meetings, travels = [], []
    unmatched: dict[int, list[tuple[Frame, Sentence]]] = {}  # sentence start -> meeting frames that named nobody
    dates_of = [[d for d in calendar_dates if s.start <= d.get("token_start", -1) < s.end] for s in doc.sents]
    for frame in frames:
        span = frame.trigger.sent
        number = numbers[span.start]
        before = dates_of[number - 1] if number and ctx.paragraphs[number - 1] == ctx.paragraphs[number] else []
        sent = Sentence(number, list(dates_of[number]), triggers - {frame.trigger.i}, entry_dates.get(number),
                        tuple(before))
        if frame.kind == "meeting":
            record = meeting_record(doc, frame, ctx, sent, rules)
            company = rules.marked(frame, "companion")
            named = companion_destination(ctx.index, frame.trigger) if company else None
            travels.extend(companion_trips(record, frame, ctx, sent, named) if company else [])
            on_a_trip = named is not None or company and company_on_the_way(frame.trigger, rules)
            # "Travelling with the Pope to Malta are A and B": his company on the way, not at his meetings
            meetings.extend(one_by_one(record, frame, rules) if record and not on_a_trip else [])
            meetings.extend(gapped_meetings(record, frame, ctx, sent) if record and not on_a_trip else [])
            alone = record is None or record["_gathering"].get("members") and len(record["sides"]) < 2  # "met
            # with X and members of the council": X, whom the parse lost, is still met (same_sentence_meetings)
            unmatched.setdefault(span.start, []).append((frame, sent) if alone else None)
        else:
            travels.extend(travel_records(doc, frame, ctx, sent, rules))
    meetings.extend(same_sentence_meetings(doc, unmatched, ctx, rules))
    events = merge_meetings(join_gatherings(meetings))
    date_followers(events)
    for event in events:
        event.pop("_gathering", None)
    return events, merge_travels(travels)
