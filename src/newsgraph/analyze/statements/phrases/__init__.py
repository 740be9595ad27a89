"""Speaker phrases: which tokens name who speaks, and what they say of them.

Why: the patterns find a frame ("sagte", "laut", "so"); these modules read the noun
phrase beside it (``noun_phrase``, ``after_verb``, ``apposition``) and describe it
as a ``Mention`` with name, role, kind, gender and number (``describe``).
"""
