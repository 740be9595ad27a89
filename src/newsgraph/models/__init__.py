"""Shipped models (the German NER tagger and its gazetteer) and the code that trains them.

Files here are data read with ``importlib.resources``; ``train_de_ner`` rebuilds them
from ``../shared`` (``make model``).
"""
