"""From the canonical names in article records to graph node ids.

Records name people, venues and organisations by their canonical ``name``;
their ``entities`` give each name its corpus-wide ``id``. A name that no entity
carries (a venue the extractor did not list, say) gets an id made the same way:
``kind:slug``.

>>> index = NameIndex([{"entities": [
...     {"id": "person:mike-pompeo", "name": "Mike Pompeo", "label": "PERSON"}]}])
>>> index.person("mike pompeo"), index.venue("Hanoi")
('person:mike-pompeo', 'venue:hanoi')
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

_PREFIX = {"PERSON": "person", "ORG": "org", "VENUE": "venue"}


def fold(text: str) -> str:
    """Fold a name for comparison: case, accents, hyphens, apostrophes, spaces.

    Examples
    --------
    >>> fold("Kim Jong-un") == fold("KIM JONG UN")
    True
    >>> fold("Workers’ Party")
    'workers party'
    """
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’`.]", "", text)
    return " ".join(re.split(r"[\W_]+", text)).strip()


def slug(text: str) -> str:
    """Return the id slug of a name.

    Examples
    --------
    >>> slug("Ho Chi Minh City"), slug("Kim Yong-chol")
    ('ho-chi-minh-city', 'kim-yong-chol')
    """
    return fold(text).replace(" ", "-")


class NameIndex:
    """Node ids of the canonical names used in a list of records.

    Parameters
    ----------
    records : iterable of dict
        Article records; their ``entities`` give the ids.
    """

    def __init__(self, records: Iterable[dict[str, Any]]) -> None:
        self._ids: dict[tuple[str, str], str] = {}
        for record in records:
            for ent in record.get("entities") or []:
                kind = _PREFIX.get(ent.get("label", ""))
                if kind and ent.get("name"):
                    key = (kind, fold(ent["name"]))
                    self._ids.setdefault(key, ent.get("id") or f"{kind}:{slug(ent['name'])}")

    def lookup(self, kind: str, name: str | None) -> str | None:
        """Return the id of ``name`` as an entity of ``kind`` (person, org, venue)."""
        if not name:
            return None
        return self._ids.get((kind, fold(name))) or f"{kind}:{slug(name)}"

    def person(self, name: str | None) -> str | None:
        """Return the node id of a person's name."""
        return self.lookup("person", name)

    def venue(self, name: str | None) -> str | None:
        """Return the node id of a venue's name."""
        return self.lookup("venue", name)

    def org(self, name: str | None) -> str | None:
        """Return the node id of an organisation's name."""
        return self.lookup("org", name)
