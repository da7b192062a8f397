"""Attendance joins the gathering it names: everyone at a summit is in one meeting.

News reports a summit or a ceremony over several sentences: "X hosted the
ceremony, attended by A and B", "C and D also attended the summit", "E is
also taking part", "F and G are among those expected". Each sentence names
only some of the people; the guidelines pair every attendee with every other.

Every meeting mention carries a ``_gathering`` note (made by
:func:`gathering_note`): the meeting noun it is anchored on ("the ceremony",
"a summit"), whether that noun refers back (definite: "the summit") or starts a
new event ("a summit", "the next summit"), its sentence, and whether the rule
that found it is an attendance rule (``"attendance": true`` in
``relations_patterns.jsonl``). :func:`join_gatherings` then walks the mentions
in text order and adds the people of each attendance mention, and of each
mention that names nobody, to the event it refers to:

- a definite noun refers to the latest event anchored on the same noun (one
  told with the verb "meet" is on "meeting": "X met Y ... Z was present at the
  meeting"), else
  to the latest event anchored on any meeting noun, else to the article's first
  event (its lead); a definite noun with a name or an "of" phrase in it ("the
  APEC meeting", "the inauguration of X") refers only to an earlier mention of
  the same noun; one whose compound is an event's noun, in a later sentence
  ("the funeral ceremony"), refers to that event and names it too, as does
  any noun that joins an event told without one just before ("sat on the
  dais ... the guests at the ceremony");
- an attendance without a noun ("is also taking part", "joined by X")
  refers to an event of its own sentence, else, when its sentence says "also",
  to an event with people of the sentence before, else to the latest gathering
  (summit, conference, ceremony... or an event already joined by attendance),
  else to the meeting of two people or more told in the two sentences
  before, else to the lead; a roll of three people or more ("Taking part are A, B
  and C") takes a gathering or the lead only when it was told in its
  paragraph or the one before, and is otherwise a gathering of its own, unless
  its attendee noun names the event ("Among the mourners will be A, B and C":
  the latest funeral, however far back); a roll of its own without a date
  takes the one date of the sentence before it in its paragraph;
- the members of a delegation named without its leader ("The US delegation
  included X", "On the Indonesian side were A, B and C", "The Tanzanian side
  was made up of: - A; - B", "The Russian delegation was headed by X") join the latest
  event of two people or more, told in the two sentences before: the meeting just reported;
- companions ("Kim was accompanied by A", "Moon's delegation included B")
  join the latest event of the person they came with that has their
  status, and are dropped when there is none, unless they were "joined by"
  (a meeting of its own); "joined by" at a gathering the sentence names ("At
  the opening plenary, X was joined by A and B") joins only that gathering;
- a mention that starts a new event, and any mention of two sides that is
  not an attendance, is an event of its own, except that a dated one dates
  an undated headline event of the very same people just before it, and that an
  undated one that repeats an attendance told just before in its sentence, on the
  same noun and of the same people, is dropped ("Taking part in the talks on the
  Chinese side were A and B" is no talks of A with B);
- a mention that names nobody only anchors later references ("for peace
  talks" ... "the talks") when it has no antecedent of its own; with one, it
  dates it if that event has no date ("after the meeting on Sunday"); when it calls
  an event off ("the Amman meeting had been called off"), the planned event
  named in the two sentences before it takes its status (cancelled, postponed).

An attendance joins only an event that occurred or is planned (not a cancelled
one) with a compatible date (any date, for who came for it: "arrived on Saturday
for the summit" may be its eve), and not one told in the past perfect as background
("flew in from Beijing, where he had held talks with Xi") while another event
with people is at hand, nor, when it is planned and names no meeting ("Our wish is
to bring X and Y together"), an event that occurred; the event keeps its own status ("are among those
expected" is said in the present of a planned summit), except that an anchor
that named nobody takes the status of the first people who join it (a
headline's "X at G7 summit: ... before spring", then "the summit was hosted by Y").
Events left with fewer than two people are dropped.

>>> lead = {"sides": [[0], [1]], "status": "occurred", "date": None, "evidence": [], "rule": "meet",
...         "_gathering": {"lemma": None, "refers": "new", "sent": 0, "attendance": False, "gathering": False}}
>>> joins = {"sides": [[2], [3]], "status": "occurred", "date": None, "evidence": [], "rule": "attend",
...          "_gathering": {"lemma": "ceremony", "refers": "same", "sent": 3, "attendance": True,
...                         "gathering": True}}
>>> [event] = join_gatherings([lead, joins])
>>> event["sides"]
[[0], [1], [2], [3]]
"""
from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from spacy.tokens import Token

from dipnlp.relations.mentions import same_country
from dipnlp.relations.merge import absorb, dates_compatible, people

#: Determiners and possessives that make a meeting noun refer back to one already reported.
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their"})
#: Modifiers that make even a definite meeting noun a new event ("the next summit").
NEW_EVENT = frozenset({"a", "an", "another", "next", "new", "second", "third", "first", "previous", "last",
                       "earlier", "later", "separate", "upcoming", "future", "bilateral", "subsequent"})
#: Nouns of one sitting of a standing series ("a round of talks"), which their own modifiers make new.
PART_NOUNS = frozenset({"round", "session", "edition", "sitting"})
SCORED = ("occurred", "planned")
#: How many sentences back "joined the talks" finds a meeting reported without a noun ("X met Y").
RECENT = 2
#: The sentences a headline may take at the top of an article (a header line, a title, a standfirst).
HEADLINE_SENTS = 2
#: Statuses that a later mention ("the Amman meeting had been called off") passes on to a planned event.
CALLED_OFF = ("cancelled", "postponed")


#: Prepositions that tie a group to the meeting it is at ("the delegation at the talks").
GROUP_AT = frozenset({"at", "to", "for", "in"})


def anchor_noun(trigger: Token, nouns: frozenset) -> Token | None:
    """Return the meeting noun a frame is about: the trigger itself, the meeting a group noun is at ("the
    delegation at the talks"), or a noun its verb governs."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        if trigger.lemma_.lower() in nouns:
            return trigger
        group = [trigger]
        if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.pos_ == "NOUN":
            group.append(trigger.head.head)  # "the members of the delegation at the talks"
        at = [g for noun in group for c in noun.children if c.dep_ == "prep" and c.lower_ in GROUP_AT
              for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in nouns]
        return at[0] if at else trigger
    heads = [trigger] + [c for c in trigger.children if c.dep_ == "acomp"]
    if trigger.dep_ == "acomp":
        heads.append(trigger.head)  # "was present at the meeting", "at" hung on "was"
    for child in (c for head in heads for c in head.children):
        if child.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and child.lemma_.lower() in nouns:
            return child
        if child.dep_ in ("prep", "dative"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.lemma_.lower() in nouns:
                    return grandchild
    return None


def attends_as(trigger: Token, attendee_events: Mapping[str, str]) -> str | None:
    """The meeting noun of the event an attendance names by its attendee noun ("the mourners included X",
    "among the mourners were X": the funeral), else None. ``attendee_events`` maps attendee nouns to their
    event's noun (see :attr:`Rules.attendee_events`)."""
    nouns = [trigger] + [g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return next((attendee_events[n.lemma_.lower()] for n in nouns if n.lemma_.lower() in attendee_events), None)


#: Meeting verbs and the noun a later mention names their event with ("X met with Y ... Z was present at
#: the meeting").
VERB_NOUNS = {"meet": "meeting"}


#: Subjects that stand for the event just reported ("It was attended by X").
EVENT_PRONOUNS = frozenset({"it", "this"})


def refers(noun: Token | None) -> str:
    """Return how a mention finds its event.

    "named" for a definite noun with a proper-noun modifier ("the APEC
    meeting") or "of" phrase ("the inauguration of President X"): only an
    earlier mention of the same noun, "same" for another
    definite noun ("the ceremony"), "new" for a new event ("a summit", "the
    next summit"), "nearby" without a noun ("is also taking part").
    :func:`gathering_note` makes a mention without a noun whose subject is
    "it" or "this" "previous" ("It was attended by X": the event of the
    sentence before).
    """
    if noun is None:
        return "nearby"
    words = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "amod", "nummod", "advmod")}
    words |= {c.lower_ for c in noun.children if c.dep_ == "compound"} & NEW_EVENT
    if words & NEW_EVENT or _new_part(noun) or _of_a_year(noun):
        return "new"
    if not (words & DEFINITE or any(c.dep_ == "poss" for c in noun.children)):
        return "new"
    named = any(c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN" for c in noun.children) \
        or any(c.dep_ == "prep" and c.lower_ == "of" and g.dep_ == "pobj" and g.pos_ == "PROPN"
               for c in noun.children for g in c.children)  # "the inauguration of President X"
    return "named" if named else "same"


def _of_a_year(noun: Token) -> bool:
    """Whether a year modifies the noun ("the 2022 retreat", "the 2019 summit"): the sitting of that year,
    not the one just reported."""
    return any(c.dep_ in ("nummod", "compound", "amod", "nmod") and c.ent_type_ == "DATE" and len(c.text) == 4
               and c.text.isdigit() for c in noun.children)


def _new_part(noun: Token) -> bool:
    """Whether the noun is the event of a round or session that a modifier makes new ("the next round of
    the talks", "the last round of the dialogue", "the Fourth Round of the Strategic Dialogue"): another
    sitting of a standing series, not the sitting just reported."""
    part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if part is None or part.lemma_.lower() not in PART_NOUNS:
        return False
    return any(c.lower_ in NEW_EVENT or c.ent_type_ == "ORDINAL" for c in part.children
               if c.dep_ in ("det", "amod", "nummod", "compound"))


#: Prepositions whose object is an event told aside, before or after the clause's own ("held talks after a
#: welcome ceremony").
ASIDE_PREPS = frozenset({"after", "before", "following"})


def gathering_note(trigger: Token, sent: int, attendance: bool, nouns: frozenset,
                   gathering_nouns: frozenset, hosts: list[int] | None = None,
                   attendee_events: Mapping[str, str] = MappingProxyType({})) -> dict:
    """Return the ``_gathering`` note of a meeting mention (``hosts``: whom companions came with;
    ``attendee_events``: see :func:`attends_as`)."""
    noun = anchor_noun(trigger, nouns)
    if noun is not None and noun.lemma_.lower() not in nouns:
        noun = None  # "the US delegation included X": not an event, so X joins the one nearby
    lemma = noun.lemma_.lower() if noun is not None else None
    verb_noun = VERB_NOUNS.get(trigger.lemma_.lower()) if noun is None and trigger.pos_ == "VERB" else None
    note = {"lemma": lemma, "refers": refers(noun), "sent": sent, "attendance": attendance,
            "gathering": lemma in gathering_nouns, "noun": noun.i if noun is not None else None,
            "verb_noun": verb_noun,  # "X met Y ... present at the meeting": that meeting
            "background": in_past_perfect(trigger),
            "also": any(t.lower_ == "also" for t in trigger.sent),  # "X was also present": with those just told
            # "the funeral ceremony": a ceremony that is the funeral, so also found as one
            "compounds": [c.lemma_.lower() for c in noun.children if c.dep_ == "compound"] if noun is not None else [],
            "aside": noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in ASIDE_PREPS,
            # "Among the mourners were A, B and C": the funeral, wherever it was told
            "attends_as": attends_as(trigger, attendee_events) if attendance and noun is None else None}
    if noun is None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in EVENT_PRONOUNS for c in trigger.children):
        note["refers"] = "previous"
    if note["refers"] == "new" and attendance and _circumstance_of_passive(noun, trigger):
        note["refers"] = "nearby"  # "X spent two hours with Y, in a meeting also attended by Z": X and Y's meeting
    if hosts and noun is not None and noun.lemma_.lower() in gathering_nouns and trigger.lemma_.lower() == "join":
        # "At the opening plenary, X was joined by A, B and C": that gathering, not X's latest meeting
        note.update(refers="named", hosts=list(hosts), attendance=True, own_event=True)
    elif hosts:
        # "X and Y were joined by Z" is a meeting of its own when X and Y have none to be joined at
        note.update(refers="with", hosts=list(hosts), attendance=True, own_event=trigger.lemma_.lower() == "join")
    return note


def _circumstance_of_passive(noun: Token, trigger: Token) -> bool:
    """Whether an indefinite meeting noun is a circumstance ("in a meeting") of a passive attendance verb:
    the parse's reading of "..., in a meeting attended by Z", which tells the event of the clause before."""
    return noun.dep_ == "pobj" and noun.head.head.i == trigger.i \
        and any(c.dep_ == "agent" for c in trigger.children)


def in_past_perfect(trigger: Token) -> bool:
    """Whether a mention is told in the past perfect, as background to the story ("flew in from Beijing,
    where he had held talks with Xi"), or in a "when" clause that dates such a verb ("X had visited Havana
    in July 1991, when Castro received him")."""
    verb = _clause_verb(trigger)
    if _past_perfect(verb):
        return True
    if verb.dep_ in ("relcl", "advcl") and verb.head.i < verb.i \
            and any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return _past_perfect(_clause_verb(verb.head))
    return False


def _clause_verb(token: Token) -> Token:
    """The verb of the clause ``token`` is in (a noun's governing verb), else the root of its sentence."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _past_perfect(verb: Token) -> bool:
    """Whether ``verb`` is a past participle with "had" ("had held")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _status_fits(event: dict, mention: dict) -> bool:
    if event.get("status") not in SCORED or mention.get("status") not in SCORED:
        return False
    note = mention["_gathering"]
    if mention.get("status") == "planned" and event.get("status") == "occurred" and note["refers"] == "nearby":
        return False  # "Our wish is to bring X and Y together" joins no talks that took place; "X will run the
        # day-to-day talks" names the talks it joins
    return dates_compatible(event.get("date"), mention.get("date")) or mention["_gathering"].get("trip", False)


def _antecedent(mention: dict, events: list[dict]) -> dict | None:
    note = mention["_gathering"]
    if note["refers"] == "new":
        return None
    candidates = [e for e in reversed(events) if _status_fits(e, mention)]
    candidates.sort(key=lambda e: not people(e))  # latest first, events with people before bare anchors
    current = [e for e in candidates if not e["_gathering"].get("background")]
    if note["attendance"] and any(people(e) for e in current):
        candidates = current  # "The talks were attended by X": not talks told as background ("had held")
    if note["refers"] == "with":
        hosts = set(note.get("hosts", ()))  # an event of the same status: who joined X did not join X's plans
        bare = _talks_just_told(mention, events)
        if bare is not None and bare in candidates:
            return bare
        return next((e for e in candidates if people(e) & hosts and e.get("status") == mention.get("status")), None)
    if note["refers"] == "latest":
        met = _told_last(note["sent"], candidates)
        if met is not None and note["sent"] - max(met["_gathering"]["sents"]) <= RECENT:
            return met  # "The US delegation included X": the meeting just reported, not an empty anchor
    same_noun = [e for e in candidates if _called(e, note["lemma"])
                 or note["refers"] == "same" and e["_gathering"]["lemma"] in note.get("compounds", ())
                 or e["_gathering"]["lemma"] is None and e["_gathering"].get("verb_noun") == note["lemma"]]
    if note["refers"] == "named":
        return same_noun[0] if same_noun else None
    if note["refers"] == "same":
        other = [e for e in candidates if e["_gathering"]["lemma"] is not None and e not in same_noun]
        recent = [e for e in candidates if people(e) and e["_gathering"]["lemma"] is None
                  and note["sent"] - max(e["_gathering"]["sents"]) <= RECENT]  # "X met Y ... joined the talks"
        ranked = same_noun + [e for e in other if people(e)] + recent + [e for e in other if not people(e)]
    else:
        before = [e for e in candidates if note["sent"] - 1 in e["_gathering"]["sents"]] \
            if note["refers"] == "previous" else []  # "It was attended by X": the event just reported
        met = _told_last(note["sent"], candidates) if note["attendance"] else None
        just_met = [met] if met is not None and note["sent"] - max(met["_gathering"]["sents"]) <= RECENT else []
        # with no gathering in reach, "a meeting at the palace between X and Y ... Also present were A, B and
        # C": the meeting just reported, not the lead
        # before an older gathering, an event with people told in the sentence just before, which "also" adds
        # to: "At the airport X was welcomed by A and B. The ambassador, C, was also present" (not the funeral
        # told earlier; but "Y skipped the summit, sending Z instead" after a meeting on its sidelines: the summit)
        just_told = [e for e in candidates if note["attendance"] and note["refers"] == "nearby" and note.get("also")
                     and people(e) and note["sent"] - 1 in e["_gathering"]["sents"]]
        ranked = ([e for e in candidates if note["sent"] in e["_gathering"]["sents"]] + before + just_told
                  + [e for e in candidates if e["_gathering"]["gathering"] and _within_reach(e, mention)] + just_met)
    if ranked:
        return ranked[0]
    return events[0] if events and _status_fits(events[0], mention) and _within_reach(events[0], mention) else None


def _talks_just_told(mention: dict, events: list[dict]) -> dict | None:
    """The talks the sentence before told in their own right without naming their people, whom the
    parties named next fill in turn: "the two delegations held talks on Wednesday. Joining X at the table
    were A and B. Y was flanked by C and D" (see :func:`_join`). None when that sentence told an event
    with people (the talks are theirs)."""
    told = [e for e in events if mention["_gathering"]["sent"] - 1 == max(e["_gathering"]["sents"])]
    talks = [e for e in told if e["_gathering"].get("parties") or not people(e) and e["_gathering"].get("held")]
    if len(talks) != 1 or talks[0].get("status") != mention.get("status") \
            or any(people(e) for e in told if e is not talks[0]):
        return None
    return talks[0]


def _seated_at(mention: dict, events: list[dict]) -> dict | None:
    """The gathering (summit, conference, ceremony...) told in the two sentences before (``RECENT``) at which
    a seating mention sits ("The summit opened on Saturday ... Seated with him at the conference table were
    A, B and C"); None when there is none (the seating is then of no event the rules know)."""
    note = mention["_gathering"]
    return next((e for e in reversed(events) if e["_gathering"]["gathering"] and _status_fits(e, mention)
                 and note["sent"] - max(e["_gathering"]["sents"]) <= RECENT), None)


def _within_reach(event: dict, mention: dict) -> bool:
    """Whether an event may take an attendance without a meeting noun. A roll ("Taking part are A, B, C
    and D", marked by :func:`dipnlp.relations.events.meeting_record`) is a gathering of its own unless
    the event was told in its paragraph or the one before: a wire's digest tells one event a paragraph.
    Members met as a group ("X is meeting the leaders of the parties") are those named in the two
    sentences after (``RECENT``)."""
    note = mention["_gathering"]
    if event["_gathering"].get("members") and note["sent"] - max(event["_gathering"]["sents"]) > RECENT:
        return False  # "X is meeting the leaders of the parties": those named just after, not later
    if note["refers"] != "nearby" or not note.get("roll"):
        return True
    return note.get("paragraph", 0) - max(event["_gathering"]["paragraphs"]) <= 1


def _event_attended_as(mention: dict, events: list[dict]) -> dict | None:
    """The latest event on the noun an attendance's attendee noun names ("Among the mourners will be A, B and
    C": the funeral told three paragraphs before, out of a roll's reach), of a fitting status unless it names
    nobody yet (it then takes theirs); else None."""
    lemma = mention["_gathering"]["attends_as"]
    return next((e for e in reversed(events)
                 if (_status_fits(e, mention) or not people(e) and e.get("status") in SCORED)
                 and _called(e, lemma)), None)


def _called(event: dict, lemma: str | None) -> bool:
    """Whether an event is anchored on the meeting noun ``lemma`` or was named by it since ("the funeral
    ceremony", "the guests at the ceremony")."""
    return event["_gathering"]["lemma"] == lemma or lemma in event["_gathering"].get("lemmas", ())


def _told_last(sent: int, candidates: list[dict]) -> dict | None:
    """An event of sentence ``sent``, else the event of two people or more told last (not the one that
    began last: "X met Y. ... The talks began at ten" tells X and Y's meeting again), and of its sentence
    the event told in its own right, not one told aside ("held talks after a welcome ceremony")."""
    same = [e for e in candidates if sent in e["_gathering"]["sents"]]
    if same:
        return same[0]
    met = [e for e in candidates if len(people(e)) >= 2]  # the talks, not "after a welcome ceremony"
    return max(met, key=lambda e: (max(e["_gathering"]["sents"]), not e["_gathering"].get("aside")), default=None)


def _same_noun(mention: dict, events: list[dict]) -> dict | None:
    """The attendance event anchored on the very noun of ``mention``, or joined by a mention anchored on
    it ("gathered for the summit" and "the summit"; "Taking part in the summit were A, B and C" and "the
    summit"), with its status."""
    noun = mention["_gathering"].get("noun")
    if noun is None:
        return None
    return next((e for e in reversed(events) if noun in e["_gathering"]["nouns"] and e["_gathering"]["attendance"]
                 and e.get("status") == mention.get("status") and _status_fits(e, mention)), None)


def _host_alone(mention: dict, events: list[dict]) -> dict | None:
    """The gathering just reported with only its host ("X hosted a summit on Sunday"), which a mention
    of three people or more without a meeting noun of its own, in the next two sentences, fills
    ("Eighteen leaders sat around the table, among them A, B and C"); two people are a meeting of
    their own ("Lee met Noda in Kyoto"), and so is a mention of two sides ("X met A and B together"
    after "Y is attending her last summit"). A mention of three or more each on a side of their own
    also fills a gathering that people joined in the sentence just before ("Also present were X
    and Y. A, B, C and D sat together at one end of the room")."""
    note = mention["_gathering"]
    if note["refers"] != "nearby" or len(people(mention)) < 3 or not events:
        return None
    last = events[-1]
    gap = note["sent"] - max(last["_gathering"]["sents"])
    each = not note.get("sided") and all(len(side) == 1 for side in mention.get("sides", []))  # "A, B, C and D
    # sat together", not "X met with A, B and C", which the countries of A, B and C split into sides
    ready = last["_gathering"]["gathering"] and (len(people(last)) == 1 and not note.get("sided") or gap <= 1 and each)
    return last if ready and gap <= 2 and _status_fits(last, mention) else None


def _undated_twin(mention: dict, events: list[dict]) -> dict | None:
    """The undated event of a headline, of the very same people and status, which the first dated mention
    of them just after dates ("Jokowi, Lee hold farewell retreat" over "Jokowi hosted Lee at the palace on
    Monday"): the story's lead, told twice."""
    if not mention.get("date") or mention["_gathering"]["sent"] > HEADLINE_SENTS + RECENT:
        return None
    return next((e for e in events if not e.get("date") and people(e) == people(mention)
                 and e.get("status") == mention.get("status") and max(e["_gathering"]["sents"]) <= HEADLINE_SENTS),
                None)


def _call_off(mention: dict, events: list[dict]) -> bool:
    """Give a recent planned event the status of a mention that calls it off; True if one was found."""
    note = mention["_gathering"]
    if note["refers"] not in ("same", "named"):
        return False
    for event in reversed(events):
        recent = note["sent"] - max(event["_gathering"]["sents"]) <= 2
        if recent and people(event) and event.get("status") == "planned":
            event["status"] = mention["status"]
            event["evidence"].extend(e for e in mention.get("evidence", []) if e not in event["evidence"])
            return True
    return False


def _join(event: dict, mention: dict) -> None:
    """Add the people of ``mention`` to ``event``, one side each, with its evidence; companions go on
    the side of the person they came with ("X, accompanied by A and B, met Y": A and B are on X's
    side; "X was joined by A and B" at X's meeting with Y), except those who joined two or more ("X and
    Y were joined by Z": a party of its own)."""
    note = mention["_gathering"]
    hosts = set(note.get("hosts", ())) if note["refers"] == "with" else set()
    if note.get("own_event") and len(hosts) > 1:
        hosts = set()
    host_side = next((side for side in event["sides"] if hosts & set(side)), None)
    present = people(event)
    if hosts and not hosts & present:  # talks told without their people, then "Joining X were A and B": X's party
        host_side = []
        event["sides"].append(host_side)
        event["_gathering"]["parties"] = True
    if not present:
        event["status"] = mention["status"]  # a bare anchor ("Kallas at JEF summit: ...") takes its first people's
    nations = event["_gathering"].setdefault("nations", {})
    leads = event["_gathering"].get("leads") or [] if note["attendance"] else []
    two_parties = [side for side in event["sides"] if set(side) & set(leads)]
    for side in mention.get("sides", []):
        for person in side:
            if person in note.get("nations", {}):
                nations.setdefault(person, note["nations"][person])
            party = _party_of(person, two_parties, nations)
            if person in present and party is not None and [person] in event["sides"] and person not in leads:
                event["sides"].remove([person])  # seated by a later mention of the same sentence
                party.append(person)
            if person in present:
                continue
            if host_side is not None:
                host_side.append(person)
            elif party is not None:
                party.append(person)
            else:
                event["sides"].append([person])
            present = present | {person}
    absorb(event, mention, "venue")
    _told_again(event, mention["_gathering"])
    if mention["_gathering"]["attendance"] and mention["_gathering"]["refers"] != "with":
        event["_gathering"]["gathering"] = True


def _party_of(person: int, parties: list[list[int]], nations: dict) -> list[int] | None:
    """The one side of two whose people share a country with ``person``: who attends talks between two
    countries sits with their own ("X received Y. Attending on the Chinese side were A and B")."""
    own = nations.get(person) or ()
    fits = [side for side in parties
            if any(same_country(a, b) for other in side for a in nations.get(other, ()) for b in own)]
    return fits[0] if len(fits) == 1 else None


def _told_again(event: dict, note: dict) -> None:
    """Record that the mention of ``note`` tells ``event`` again: its sentence, paragraph and noun (token, and
    lemma where the mention says the two are one: "the funeral ... The funeral ceremony began ... the guests at
    the ceremony" is one event, also called a ceremony; and where a mention names by its noun an event told
    without one in the two sentences before)."""
    told = event["_gathering"]
    if note.get("lemma") is not None and (
            told["lemma"] in note.get("compounds", ()) and note["sent"] not in told["sents"]
            # "the funeral ceremony", in a later sentence: not "the summit conference", one phrase
            or told["lemma"] is None and note["sent"] - max(told["sents"]) <= RECENT):
        # "A and B sat with X on the dais. Among the guests at the ceremony were C and D": the event told
        # just before without a noun is that ceremony, which "Saturday's ceremony" later names (and dates);
        # not the lead, which a far "the meeting" joins for want of another
        told.setdefault("lemmas", set()).add(note["lemma"])
    event["_gathering"]["sents"].add(note["sent"])
    event["_gathering"]["paragraphs"].add(note.get("paragraph", 0))
    if note.get("noun") is not None:
        event["_gathering"]["nouns"].add(note["noun"])


def join_gatherings(mentions: list[dict]) -> list[dict]:
    """Join attendance mentions and people-less mentions to the events they refer to (see module doc)."""
    events: list[dict] = []
    attended = set()  # (sentence, noun, people) of the attendance mentions so far
    for mention in mentions:
        note = mention["_gathering"]
        if not people(mention) and mention.get("status") in CALLED_OFF and _call_off(mention, events):
            continue
        told = (note["sent"], note["lemma"], people(mention))
        if note["attendance"] and note["lemma"] is not None:
            attended.add(told)
        elif told in attended and not mention.get("date") and "_follows" not in mention:
            continue  # "Taking part in the talks on the Chinese side were A and B": who attended, not A and B's talks
        joins = note["attendance"] or not people(mention)
        if note.get("seating"):
            target = _seated_at(mention, events)
            if target is not None:
                _join(target, mention)
            continue
        target = _antecedent(mention, events) if joins else _same_noun(mention, events) or _host_alone(
            mention, events) or _undated_twin(mention, events)
        if target is None and note.get("attends_as"):
            target = _event_attended_as(mention, events)
        if target is None and not mention.get("date") and note.get("date_before"):
            before = note["date_before"]  # a roll of its own, dated by the sentence before it
            mention = {**mention, "date": before["value"], "date_span": [before["start"], before["end"]]}
        if target is None and (note["refers"] != "with" or note.get("own_event")):
            events.append({**mention, "sides": [list(s) for s in mention.get("sides", [])],
                           "evidence": list(mention.get("evidence", [])),
                           "_gathering": {**note, "sents": {note["sent"]}, "nouns": {note.get("noun")} - {None},
                                          "nations": dict(note.get("nations", {})),
                                          "leads": [side[0] for side in mention.get("sides", [])
                                                    ] if len(mention.get("sides", [])) == 2 else [],
                                          "paragraphs": {note.get("paragraph", 0)}}})
        elif target is not None and people(mention):
            _join(target, mention)
        elif target is not None:
            _told_again(target, note)  # "The talks began at ten"
            if not target.get("date") and mention.get("date"):  # "The TPP meeting, co-chaired by A and B, ...
                # told reporters after the meeting on Sunday": the day of the meeting told without one
                target["date"], target["date_span"] = mention["date"], mention.get("date_span")
    return [e for e in events if len(people(e)) >= 2]
