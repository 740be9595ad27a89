"""Statements from the dependency parse: what the pattern rules do not reach.

Why: the rules find quotes and frames they know the shape of; a reported clause without
"that" ("The minister said she would resign"), a sentence-final frame ("…, analysts
say") or a reporting verb with its object ("She urged countries to remain vigilant") are
plain syntax: the subject of a speech verb is the speaker, its clausal complement the
content. Where a language names a parser in ``lang/<language>/syntax.toml`` (English:
spaCy's ``en_core_web_sm``, which the package installs), the sentences that hold a speech
verb are parsed, and each statement found this way is added unless the rules already
have a statement there. Only sentences with a speech verb are parsed, each once, so the
cost stays small. The sentences are the statements stage's own units. ``find`` hands its
parses back (a ``Parse``); the statements stage keeps them on the article
(``Article.parses``), where ``cue_verb`` and ``cue_subject`` read them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from newsgraph.analyze import spacy_models
from newsgraph.analyze.statements import objects
from newsgraph.analyze.statements.rules import Rules, VerbForm
from newsgraph.article import Parse, Span, Speaker, Statement
from newsgraph.lang import load

_NOT_CONTENT = frozenset(["punct", "cc", "conj", "advmod", "npadvmod", "prep"])
_MAX_VOCAB = 200_000  # as in entities.english: reload before spaCy's vocabulary grows without end


@cache
def settings(language: str) -> dict[str, Any]:
    return load(language, "syntax")


@cache
def _nlp(model: str, on_demand: tuple[str, ...] = ()) -> Any:
    """A spaCy pipeline: an installed package by name, or ``models:<dir>`` for one shipped
    in ``newsgraph/models`` (the German parser, trained here). ``on_demand``: components
    loaded but not run by ``pipe`` (``_complete`` runs them where needed)."""
    if model.startswith("models:"):
        from importlib import resources

        model = str(resources.files("newsgraph.models").joinpath(model.removeprefix("models:")))
    return spacy_models.load(model, exclude=["ner", "lemmatizer"], disable=list(on_demand))


def _pipeline(conf: dict[str, Any]) -> Any:
    return _nlp(str(conf["model"]), tuple(conf.get("on_demand", [])))


def _complete(doc: Any, language: str) -> Any:
    """Run the language's ``on_demand`` components on ``doc`` (once; they set the same
    values again if run twice), so that it carries every annotation of the whole model."""
    conf = settings(language)
    if conf.get("on_demand") and not doc.user_data.get("complete"):
        nlp = _pipeline(conf)
        for name in conf["on_demand"]:
            doc = nlp.get_pipe(name)(doc)
        doc.user_data["complete"] = True
    return doc


def _has_space(doc: Any) -> bool:
    return bool(doc.to_array("IS_SPACE").any())  # one array, not a Python object a token


def pos(token: Any, language: str) -> str:
    """The token's coarse part of speech, as the whole model gives it."""
    _complete(token.doc, language)
    return str(token.pos_)


def find(
    text: str, sentences: list[tuple[int, int]], rules: Rules, known: list[Statement]
) -> tuple[list[Statement], Parse | None]:
    """Statements the parse finds in ``sentences`` (the statements stage's units) that no
    statement in ``known`` covers, and the parse it made (None when it parsed nothing).
    Each sentence is parsed once: where the language says so (``correct_speakers``), the
    same parse first corrects the speakers of ``known``."""
    conf = settings(rules.language)
    if not conf.get("model"):
        return [], None
    correct = bool(conf.get("correct_speakers"))
    cues = {s.cue.start for s in known if s.cue is not None}
    wanted = [
        (a, b)
        for a, b in sentences
        if _has_verb(text[a:b], rules) or (correct and any(a <= c < b for c in cues))
    ]

    if not wanted:
        return [], None
    nlp = _pipeline(conf)
    if len(nlp.vocab) > _MAX_VOCAB:
        _nlp.cache_clear()  # before parsing: this text's parses all come from one pipeline
        nlp = _pipeline(conf)
    with spacy_models.one_thread():
        docs = list(nlp.pipe((text[a:b] for a, b in wanted), batch_size=64))
    # whitespace tokens: the attribute ruler relabels them ("_SP", "dep"), and rules read those
    docs = [_complete(d, rules.language) if _has_space(d) else d for d in docs]
    if correct:
        _correct_speakers(text, wanted, docs, known, conf)
    out = objects.narrow(text, wanted, docs, known, rules, conf)
    cues |= {s.cue.start for s in out if s.cue is not None}
    taken = [(s.start, s.end) for s in known + out]
    for (offset, _), doc in zip(wanted, docs, strict=True):
        for found in _statements(doc, offset, text, rules, conf):
            if found.cue is not None and found.cue.start in cues:
                continue  # the rules read this frame already
            if not any(_overlap((found.start, found.end), t) > 0.3 for t in taken):
                out.append(found)
                taken.append((found.start, found.end))
    return out, Parse(wanted, docs)


def cue_subject(parse: Parse | None, statement: Statement, language: str) -> bool | None:
    """Whether the parse makes the speaker the subject of the cue verb (True), gives the
    verb another subject outside the words (False), or cannot tell (None: no cue, the
    sentence was not parsed, or the verb has no subject). Reads the ``parse`` that ``find``
    made of the statement's text, so it costs nothing more."""
    sp = statement.speaker
    found = (
        None
        if parse is None
        else _subject_of_cue(statement, parse.sentences, parse.docs, settings(language))
    )
    if sp is None or found is None:
        return None
    start, end, _ = found
    if start < sp.end and sp.start < end:
        return True
    return None if _inside_words(statement, start) else False


# A statement's parsed cue token with its sentence's offset in the text (``cue_verb``).
Cue = tuple[int, Any] | None


def cue_verb(parse: Parse | None, statement: Statement) -> Cue:
    """The parsed token of the statement's cue in ``parse`` (what ``find`` made of the
    statement's text), with its sentence's offset; None without a cue or a parse of its
    sentence."""
    if parse is None or statement.cue is None:
        return None
    return _cue_verb(statement.cue.start, parse.sentences, parse.docs)


def _subject_of_cue(
    statement: Statement, sentences: list[tuple[int, int]], docs: list[Any], conf: dict[str, Any]
) -> tuple[int, int, Any] | None:
    """Where the parse's subject of the statement's cue verb starts and ends in the text,
    and its head token; None without a cue, a parse of its sentence or a subject."""
    if statement.cue is None:
        return None
    found = _cue_verb(statement.cue.start, sentences, docs)
    if found is None:
        return None
    offset, verb = found
    subjects = set(conf["subject"])
    subject = next((c for c in verb.children if c.dep_ in subjects), None)
    if subject is None:
        return None
    doc = verb.doc
    a, b = _trim(doc, subject.left_edge.i, subject.right_edge.i)
    return offset + doc[a].idx, offset + doc[b].idx + len(doc[b].text), subject


def _inside_words(statement: Statement, at: int) -> bool:
    """Whether ``at`` lies in what the statement says."""
    parts = [(p.start, p.end) for p in statement.spans] or [(statement.start, statement.end)]
    return any(a <= at < b for a, b in parts)


def _has_verb(sentence: str, rules: Rules) -> bool:
    lemmas = _lemmas(rules)
    words = re.findall(r"[\w’']+", sentence.lower())
    return any(w in rules.verbs or w in lemmas for w in words)


def _lemmas(rules: Rules) -> dict[str, VerbForm]:
    """Speech verbs by their base form ("analysts say"), which the rules list as the lemma."""
    found = _LEMMAS.get(rules.language)
    if found is None:
        found = {f.lemma: f for f in rules.verbs.values() if not f.particle}
        _LEMMAS[rules.language] = found
    return found


_LEMMAS: dict[str, dict[str, VerbForm]] = {}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    common = min(a[1], b[1]) - max(a[0], b[0])
    return max(0, common) / max(1, min(a[1] - a[0], b[1] - b[0]))


def _statements(
    doc: Any, offset: int, text: str, rules: Rules, conf: dict[str, Any]
) -> list[Statement]:
    subjects = set(conf["subject"])
    clauses = set(conf["clause"])
    objects = set(conf["object"])
    not_subjects = {w.lower() for w in conf.get("not_subjects", [])}
    not_speech = {w.lower() for w in conf.get("not_speech", [])}
    verb_tags = tuple(conf.get("verb_tags", [""]))  # "" when the model has no tagger
    verb_pos = set(conf.get("verb_pos", []))
    particles = set(conf.get("particle", []))
    if doc.text.rstrip(" \"'”’").endswith("?"):
        return []
    out = []
    for verb in doc:
        form = rules.verbs.get(verb.lower_) or _lemmas(rules).get(verb.lower_)
        if form is None or not verb.tag_.startswith(verb_tags):
            continue
        if verb_pos and verb.pos_ not in verb_pos:
            continue  # "die gemeldeten Zahlen": no verb
        if form.particle and not any(
            c.dep_ in particles and c.lower_ == form.particle for c in verb.children
        ):
            continue  # "teilte … mit" needs its "mit"
        if form.lemma in not_speech:
            continue  # "believe", "think": attitudes, not speech
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "did not say"
        subject = next((c for c in verb.children if c.dep_ in subjects), None)
        antecedent = _antecedent(verb, subject, conf)
        if subject is None or (subject.lower_ in not_subjects and antecedent is None):
            continue
        # after the verb ("said (that) …") or before it ("…, analysts say")
        clause = next((c for c in verb.children if c.dep_ in clauses), None)
        kind, content = "indirect", None
        if clause is not None:
            content = _span(clause, skip_marks=True)
        elif (
            verb.dep_ in set(conf["frame"])
            and verb.head.i < verb.i
            and subject.i > verb.head.i
            and min(subject.left_edge.i, verb.i) > 0
            and doc[min(subject.left_edge.i, verb.i) - 1].text == ","
            and not any(c.i > verb.i and c.dep_ in objects for c in verb.children)
        ):
            # "…, analysts say": the clause before the frame is what was said
            head = verb.head
            content = (head.left_edge.i, min(subject.left_edge.i, verb.i) - 1)
        elif form.reporting and any(c.dep_ in objects and c.i > verb.i for c in verb.children):
            # "She urged countries to remain vigilant": what she urged
            kind = "reported"
            right = [c for c in verb.children if c.i > verb.i and c.dep_ not in _NOT_CONTENT]
            if right:
                content = (right[0].left_edge.i, right[-1].right_edge.i)
        if content is None:
            continue
        a, b = _trim(doc, *content)
        if b - a < 2:
            continue
        start, end = offset + doc[a].idx, offset + doc[b].idx + len(doc[b].text)
        if '"' in text[start:end] or "“" in text[start:end]:
            kind = "mixed" if kind == "indirect" else kind
        s_a, s_b = antecedent or _trim(doc, subject.left_edge.i, subject.right_edge.i)
        s_start, s_end = offset + doc[s_a].idx, offset + doc[s_b].idx + len(doc[s_b].text)
        cue = Span(verb.text, offset + verb.idx, offset + verb.idx + len(verb.text))
        speaker = Speaker(text[s_start:s_end], s_start, s_end)
        statement = Statement("", "indirect", text[start:end], start, end, speaker, cue)
        statement.kind = kind  # type: ignore[assignment]
        out.append(statement)
    return out


def _antecedent(verb: Any, subject: Any, conf: dict[str, Any]) -> tuple[int, int] | None:
    """Where the speaker a relative pronoun stands for starts and ends ("Jo Brand, who
    said …", "a string of Tory MPs who said …"): the noun phrase the relative clause hangs
    from, up to the pronoun; None when the subject is no such pronoun."""
    if subject is None or subject.lower_ not in set(conf.get("relative_subjects", [])):
        return None
    if verb.dep_ != "relcl" or subject.i < verb.head.i:
        return None
    doc = verb.doc
    a, b = _trim(doc, verb.head.left_edge.i, subject.i - 1)
    return (a, b) if a <= verb.head.i <= b else None


def _span(token: Any, skip_marks: bool) -> tuple[int, int]:
    """The subtree of ``token``, without leading punctuation and (``skip_marks``) without
    its complementiser ("that", "dass"): the content, as the annotation guideline has it."""
    doc, first = token.doc, token.left_edge.i
    while first < token.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    if skip_marks and first < token.i and doc[first].dep_ == "mark" and doc[first].head == token:
        first += 1
    return first, token.right_edge.i


def _trim(doc: Any, a: int, b: int) -> tuple[int, int]:
    """No punctuation or quotation marks at either end."""
    while a < b and (doc[a].is_punct or doc[a].is_space):
        a += 1
    while b > a and (doc[b].is_punct or doc[b].is_space):
        b -= 1
    return a, b


def _cue_verb(
    cue: int, sentences: list[tuple[int, int]], docs: list[Any]
) -> tuple[int, Any] | None:
    """The parsed token at the cue's offset, with its sentence's offset in the text."""
    where = next((i for i, (a, b) in enumerate(sentences) if a <= cue < b), None)
    if where is None:
        return None
    offset = sentences[where][0]
    verb = next((t for t in docs[where] if offset + t.idx == cue), None)
    return None if verb is None else (offset, verb)


def _correct_speakers(
    text: str,
    sentences: list[tuple[int, int]],
    docs: list[Any],
    statements: list[Statement],
    conf: dict[str, Any],
) -> None:
    """Where the parse gives a statement's cue verb a subject other than the speaker the
    rules chose ("Die Technik sei niemals Selbstzweck, betont sie" is hers, not "Die
    Technik"'s), the subject is the speaker."""
    not_subjects = {w.lower() for w in conf.get("not_subjects", [])}
    for s in statements:
        sp = s.speaker
        found = _subject_of_cue(s, sentences, docs, conf)
        if sp is None or found is None:
            continue
        start, end, subject = found
        if subject.lower_ in not_subjects:
            span = _antecedent(subject.head, subject, conf)
            if span is None:
                continue
            # "a string of Tory MPs who said …": the phrase "who" stands for
            doc, offset = subject.doc, start - subject.idx
            start = offset + doc[span[0]].idx
            end = offset + doc[span[1]].idx + len(doc[span[1]].text)
        if start < sp.end and sp.start < end:
            continue  # the same speaker
        if _inside_words(s, start):
            continue  # inside what was said
        s.speaker = Speaker(text[start:end], start, end)
