"""The patterns that make statements out of sentences.

Why: each pattern is one way news reports speech, tried in order of how sure it is
(``finder``): a speech verb with its content after or before it (``verb_frames``,
``content``), a source phrase ("laut X", "X zufolge", "according to X", "wie X
mitteilte", ``sources``), a quote with no verb or after a colon (``quote_frames``), and
finally continuations (``continuation``): a bare quote or (German) a Konjunktiv sentence
right after a statement goes on with its speaker. Who speaks is read by ``subjects``,
``forefield``, ``about`` and ``known`` over the phrases of ``statements.phrases``.
"""
