"""Time expressions: find them in a ``Doc`` and normalise them against the article's date.

The modules import spaCy and dateparser lazily, so ``import dipnlp`` stays cheap;
they are loaded when the ``dip_dates`` component is built.
"""
