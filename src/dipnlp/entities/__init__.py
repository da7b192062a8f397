"""The entity stage: people, roles, organisations and venues.

Components (each a thin shell around plain functions in this package):

- ``dip_entity_rules`` (ruler.py): ROLE spans, organisation and venue patterns,
  the places gazetteer; cleans the model's entities and relabels places VENUE.
- ``dip_names`` (names.py): corrects PERSON entities by title context, shape
  and one sense per article.
- ``dip_entities`` (clusters.py): groups mentions into entities, links roles
  to people and writes ``Doc._.dip_entities``.
"""
