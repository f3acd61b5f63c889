"""``extract(article) -> Extraction``: linking, statements, relations and time, put together.

Steps: normalise the text (:mod:`kg.extractors.text`), link names to entities
(:func:`kg.gazetteer.linker.link`), tokenise and segment, find the article's
home state from its dateline and the state a stateless title speaks for
(:mod:`kg.extractors.home_states`), the state bodies, unnamed officials and bare
"the government" it names (:mod:`kg.extractors.bodies`), time expressions
(:mod:`kg.extractors.dates`), both trigger lexicons in one pass
(:func:`kg.extractors.lexicon.find_all`), statements (:mod:`kg.extractors.quotes`)
and relations (:mod:`kg.extractors.relations`), then map entity keys to local ids
(``e1``, ``e2`` ...) in order of first mention and every normalised span back
to the original text.  The result always validates: spans are re-checked
against the text and anything that would not resolve is dropped.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from datetime import date
from functools import lru_cache
from typing import Any

from kg.extractors.backoff import BackoffRel, backoff_enabled, backoff_relations
from kg.extractors.bodies import find_bodies
from kg.extractors.dates import find_times, parse_dateline
from kg.extractors.doc import Doc, Ment
from kg.extractors.home_states import assign_home_states
from kg.extractors.lexicon import find_all
from kg.extractors.quotes import Stmt, cue_matcher, find_statements
from kg.extractors.relations import Rel, calibrate, find_relations, relation_matcher
from kg.extractors.stance import StanceRel, stance_enabled, stance_relations
from kg.extractors.statement_filter import enabled as qmodel_enabled
from kg.extractors.statement_filter import filter_statements
from kg.extractors.text import NormText, fold, tokenize
from kg.gazetteer import Gazetteer
from kg.gazetteer.linker import Linking, entity_of, link
from kg.lang import detect_lang
from kg.models import Article, EntityType, Extraction

__all__ = ["EXTRACTOR_NAME", "EXTRACTOR_VERSION", "extract", "extract_with", "prepare"]

EXTRACTOR_NAME = "statekg.rules"
EXTRACTOR_VERSION = "0.22.0"


def _link(text: str, lang: str, published: date | None) -> Linking:
    return link(text, lang=lang, published=published)


_CLOCK = re.compile(r"\d:\d\d")
_NOT_HEADLINE_END = (".", "!", "?", "؟", ":", "-", "—", "–", ",", "،", '"', "”", "»")


def _title_end(article: Article, nt: NormText) -> int:
    """Normalised offset where the headline ends when the text starts with it. With no
    title field, a first line that reads as a headline (four to thirty words, no end
    punctuation, not a dateline such as "أنقرة (الأناضول)", "القاهرة - «الأهرام»:" or
    "09:15 JST, March 3, 2025", more text after it) is the headline (S7-H9)."""
    title = (article.title or "").strip()
    text = article.text
    stripped = text.lstrip()
    if not title:
        nl = stripped.find("\n")
        first = stripped[:nl].strip() if nl >= 0 else ""
        if (
            4 <= len(first.split()) <= 30
            and not first.endswith(_NOT_HEADLINE_END)
            and "(" not in first
            and _CLOCK.search(first) is None  # ("09:15 JST, March 3, 2025": a timestamp)
            and parse_dateline(first) is None
            and stripped[nl:].strip()
        ):
            return nt.to_norm(len(text) - len(stripped) + nl)
        return 0
    if not stripped.startswith(title[: max(10, len(title) // 2)]):
        return 0
    nl = text.find("\n", len(text) - len(stripped))
    end = len(text) if nl < 0 else nl
    return nt.to_norm(end)


def _doc(article: Article, linking: Linking, nt: NormText, lang: str, pub: date | None) -> Doc:
    doc = Doc(nt=nt, lang=lang, published=pub)
    doc.tokens = tokenize(nt.norm)
    starts = [t.start for t in doc.tokens]
    doc._tok_starts = starts
    ments: list[Ment] = []
    last_end = -1
    for lm in sorted(linking.mentions, key=lambda m: (m.start, m.end)):
        ent = linking.entities.get(lm.key)
        if ent is None or lm.start < last_end or not 0 <= lm.start < lm.end <= len(article.text):
            continue
        s = nt.to_norm(lm.start)
        e = nt.to_norm(lm.end)
        if e <= s:
            continue
        if lm.role:
            titled = _with_title(nt.norm, s, lm.role, ments[-1].end if ments else 0)
            if titled == s and ments:
                # a place inside the title ("السفير الروسي لدى الأمم المتحدة X", "المبعوث
                # ... إلى اليمن X") was linked on its own: the title's holder takes it back
                j = len(ments)
                while j > 0 and ments[j - 1].start >= s - len(lm.role) - 2:
                    j -= 1
                inner = _with_title(nt.norm, s, lm.role, ments[j - 1].end if j else 0)
                if inner < s:
                    del ments[j:]
                    titled = inner
            s = titled
        t0 = doc.tok_at(s)
        t1 = doc.tok_at(e - 1)
        if t0 < 0 or t1 < t0:
            continue
        ments.append(Ment(s, e, lm.key, lm.kind, ent.type, t0, t1, nt.norm[s:e]))
        last_end = lm.end
    doc.mentions = ments
    doc.entity_states = {k: v.state for k, v in linking.entities.items()}
    doc.entity_types = {k: v.type for k, v in linking.entities.items()}
    doc.title_end = _title_end(article, nt)
    doc.prepare()
    labels = {k: v.label for k, v in linking.entities.items()}
    home = assign_home_states(doc, ments, linking)
    doc.mentions = find_bodies(doc, ments, labels, home)
    _gazetteer_extras(doc, linking)
    doc.entity_types = {k: v.type for k, v in linking.entities.items()}
    doc.entity_states = {k: v.state for k, v in linking.entities.items()}
    for key, (etype, _label, state, _aliases) in doc.extra.items():
        doc.entity_types[key] = etype
        doc.entity_states[key] = state
    doc.times = find_times(nt.norm, lang, pub)
    doc.prepare()
    return doc


def _gazetteer_extras(doc: Doc, linking: Linking) -> None:
    """States the body finder added (``doc.extra``: "الحكومة المالية", a nisba the linker
    leaves alone) become linked entities, with the gazetteer's label and QID (S11-R2)."""
    g = Gazetteer.load()
    for key, (etype, _label, _state, _aliases) in list(doc.extra.items()):
        if etype != EntityType.STATE or key in linking.entities:
            continue
        entry = g.entries.get(key)
        if entry is not None:
            linking.entities[key] = entity_of(entry, [])


def _with_title(norm: str, start: int, role: str, floor: int) -> int:
    """Extend a mention start back over the title written right before the name
    ("الرئيس الروسي فلاديمير بوتين"), so that the subject NP starts at the title."""
    size, title = _title_key(role)
    if not size:
        return start
    j = start
    while j > floor and norm[j - 1] in " ،,\t":
        j -= 1
    k = j - size
    if k >= floor and norm[k:j].lower() == title:
        return k
    return start


@lru_cache(maxsize=4096)
def _title_key(role: str) -> tuple[int, str]:
    """A title as :func:`_with_title` compares it: the length of the folded, stripped
    title and its lower-cased form (one title recurs in many articles)."""
    title = fold(role).strip()
    return len(title), title.lower()


class _Ids:
    """Entity keys to local ids, in order of first use."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}

    def get(self, key: str) -> str:
        got = self.ids.get(key)
        if got is None:
            got = f"e{len(self.ids) + 1}"
            self.ids[key] = got
        return got


def extract(article: Article, *, backoff: bool | None = None) -> Extraction:
    """Entities, attributed statements and relations of one article.

    Never raises on odd input (any Unicode, no punctuation, megabytes of
    text); the result always satisfies :class:`kg.models.Extraction`'s checks.
    ``backoff``: add the learned back-off's relations where the coder coded nothing
    (:mod:`kg.extractors.backoff`); None: its default (``KG_BACKOFF``, else on).
    """
    return extract_with(article, calibrated=True, backoff=backoff)


def prepare(article: Article) -> tuple[Doc, Linking, list[Stmt], list[Rel]]:
    """The steps of :func:`extract` up to the rule coder: the prepared :class:`Doc`, the
    linking, the statements and the coder's relations (what the learned back-off and its
    training read)."""
    text = article.text
    lang = article.lang if article.lang in ("ar", "en") else detect_lang(text)
    if lang not in ("ar", "en"):
        lang = "en"
    pub = article.published or parse_dateline(text)
    nt = NormText.of(text)
    linking = _link(text, lang, pub)
    doc = _doc(article, linking, nt, lang, pub)
    cues, triggers = find_all(doc.tokens, cue_matcher(lang), relation_matcher(lang))
    doc.lexicon_hits = {"cues": cues, "relations": triggers}
    stmts = find_statements(doc)
    return doc, linking, stmts, find_relations(doc, stmts)


def extract_with(
    article: Article,
    *,
    calibrated: bool,
    backoff: bool | None = None,
    stance: bool | None = None,
) -> Extraction:
    """:func:`extract`, optionally with raw (uncalibrated) relation confidences, which
    is what :mod:`kg.extractors.calibrate` bins; ``backoff`` and ``stance`` switch the
    learnt back-off and stance model on or off (``None``: as their variables say)."""
    doc, linking, stmts, rels = prepare(article)
    if backoff_enabled() if backoff is None else backoff:
        rels = [*rels, *backoff_relations(doc, rels, stmts)]
    if qmodel_enabled():
        stmts = filter_statements(doc, stmts)  # the learnt statement filter (after relations)
    if stance_enabled() if stance is None else stance:  # the learnt stance model
        rels = [*rels, *stance_relations(doc, stmts, rels, linking)]
    out = _build(article, doc, linking, stmts, rels, calibrated=calibrated)
    if not _TABLES_FROZEN:
        _freeze_tables()
    return out


_TABLES_FROZEN = False


def _freeze_tables() -> None:
    """Once per process, after the first article has loaded the gazetteer and the
    lexicons: collect, then move every object alive (mostly those tables) to the
    collector's permanent generation.  They live as long as the process anyway, and
    each full collection walked them all again (tens of milliseconds, several
    articles' worth).  Reference counting still frees what is released.

    The youngest generation's threshold goes up to :data:`GC_YOUNG_THRESHOLD`
    allocations (CPython's default is 700): one article peaks at a few thousand live
    objects, all freed by reference counting when it is done, so at 700 the
    collector ran one to two needless passes per article."""
    global _TABLES_FROZEN
    _TABLES_FROZEN = True
    gc.collect()
    gc.freeze()
    young, *older = gc.get_threshold()
    if 0 < young < GC_YOUNG_THRESHOLD:
        gc.set_threshold(GC_YOUNG_THRESHOLD, *older)


GC_YOUNG_THRESHOLD = 10_000
"""Allocations between collections of the youngest generation once :func:`extract` has
run (process-wide; an application that sets its own higher threshold keeps it)."""


def _place_entity(state_key: str, surface: str) -> tuple[str, str, str | None, str | None]:
    """``(key, label, qid, state key)`` of the city a metonym names, read as a place
    ("fled to Moscow")."""
    try:
        from kg.gazetteer.linker import place_of

        ent = place_of(state_key)
    except Exception:  # the gazetteer is optional here: fall back to the surface
        ent = None
    if ent is not None:
        return ent.key, ent.label, ent.qid, state_key
    return "Place:" + surface, surface, None, state_key


def _build(
    article: Article,
    doc: Doc,
    linking: Linking,
    stmts: list[Stmt],
    rels: list[Rel],
    *,
    calibrated: bool = True,
) -> Extraction:
    text = article.text
    nt = doc.nt
    ids = _Ids()
    mentions_by_key: dict[str, list[dict[str, Any]]] = {}
    # places read from metonyms that are destinations ("fled to Moscow")
    places: dict[str, tuple[str, str | None, str | None]] = {}  # key -> label, qid, state
    place_at: dict[int, str] = {}  # original mention start -> place key
    for r in rels:
        m = r.object_mention
        if not r.object_is_place or m is None or doc.entity_types.get(m.key) == EntityType.PLACE:
            continue
        s, _, surface = nt.span(m.start, m.end)
        key, label, qid, state = _place_entity(m.key, surface)
        places[key] = (label, qid, state)
        place_at[s] = key
        r.object = key
    # extractor-made entities (offices) cover linked mentions
    extra_spans = sorted((*nt.span(s, e)[:2], k) for s, e, k in doc.extra_mentions)
    for xs, xe, key in extra_spans:
        ids.get(key)
        mentions_by_key.setdefault(key, []).append({"start": xs, "end": xe, "text": text[xs:xe]})
    x_starts = [xs for xs, _, _ in extra_spans]
    for lm in linking.mentions:
        if lm.key not in linking.entities or not (0 <= lm.start < lm.end <= len(text)):
            continue
        if extra_spans:
            k = bisect_right(x_starts, lm.start) - 1
            if any(xs <= lm.start < xe for xs, xe, _ in extra_spans[max(0, k - 3) : k + 1]):
                continue
        key = place_at.get(lm.start, lm.key)
        ids.get(key)
        mentions_by_key.setdefault(key, []).append(
            {"start": lm.start, "end": lm.end, "text": text[lm.start : lm.end]}
        )
    # actors of relations and statements named only inside another mention ("مكتب نتنياهو")
    for key in [k for r in rels for k in (r.subject, r.object)] + [s.speaker for s in stmts]:
        if key in linking.entities and key not in ids.ids:
            ids.get(key)
    # the states (and role organisations) of everything mentioned get ids too
    for key in list(ids.ids):
        ent = linking.entities.get(key)
        state = ent.state if ent is not None else None
        if key in places:
            state = places[key][2]
        elif key in doc.extra:
            state = doc.extra[key][2]
        if state and state in linking.entities:
            ids.get(state)
        if ent is not None:
            for role in ent.roles:
                if role.of and role.of in linking.entities:
                    ids.get(role.of)
    entities: list[dict[str, Any]] = []
    for key, eid in ids.ids.items():
        entity = _entity(key, eid, linking, doc, places, ids, mentions_by_key.get(key, []))
        if entity is not None:
            entities.append(entity)
    known = {e["id"] for e in entities}
    quotes = _statements(doc, stmts, ids, known)
    relations = _relations(doc, rels, ids, known, calibrated)
    data: dict[str, Any] = {
        "article": article,
        "entities": entities,
        "quotes": quotes,
        "relations": relations,
        "extractor": EXTRACTOR_NAME,
        "extractor_version": EXTRACTOR_VERSION,
    }
    return Extraction.build(**data)


def _entity(
    key: str,
    eid: str,
    linking: Linking,
    doc: Doc,
    places: dict[str, tuple[str, str | None, str | None]],
    ids: _Ids,
    mentions: list[dict[str, Any]],
) -> dict[str, Any] | None:
    ent = linking.entities.get(key)
    if ent is None and key in doc.extra:
        etype, label, state_key, aliases = doc.extra[key]
        return {
            "id": eid,
            "type": etype,
            "label": label,
            "aliases": list(dict.fromkeys(aliases)),
            "state": ids.ids.get(state_key) if state_key else None,
            "mentions": mentions,
        }
    if ent is None and key in places:
        label, qid, state_key = places[key]
        return {
            "id": eid,
            "type": EntityType.PLACE,
            "label": label,
            "qid": qid,
            "state": ids.ids.get(state_key) if state_key else None,
            "mentions": mentions,
        }
    if ent is None:
        return None
    roles = [
        {
            "label": r.label,
            "lang": r.lang or "und",
            "of": ids.ids.get(r.of) if r.of else None,
            "start": r.start,
            "end": r.end,
        }
        for r in ent.roles
        if r.label
    ]
    state = ids.ids.get(ent.state) if ent.state else None
    if ent.type == EntityType.STATE and state is None:
        state = eid
    return {
        "id": eid,
        "type": ent.type,
        "label": ent.label or key,
        "labels": {k: v for k, v in ent.labels.items() if v},
        "aliases": list(dict.fromkeys(filter(None, ent.aliases))),
        "qid": ent.qid,
        "state": state,
        "roles": roles,
        "mentions": mentions,
    }


def _statements(doc: Doc, stmts: list[Stmt], ids: _Ids, known: set[str]) -> list[dict[str, Any]]:
    nt = doc.nt
    out: list[dict[str, Any]] = []
    stmt_ids: dict[int, str] = {}
    for i, s in enumerate(stmts):
        speaker = ids.ids.get(s.speaker)
        if speaker is None or speaker not in known:
            continue
        start, end, content = nt.span(s.start, s.end)
        if not content.strip():
            continue
        cue = nt.span(s.cue_start, s.cue_end)[2]
        sid = f"q{len(out) + 1}"
        stmt_ids[i] = sid
        about = [ids.ids[k] for k in s.about if ids.ids.get(k) in known]
        via = ids.ids.get(s.via) if s.via else None
        out.append(
            {
                "id": sid,
                "speaker": speaker,
                "cue": cue,
                "text": content,
                "start": start,
                "end": end,
                "direct": s.direct,
                "about": list(dict.fromkeys(about)),
                "via": via if via in known and via != speaker else None,
                "date": s.date,
                "confidence": round(min(1.0, max(0.0, s.confidence)), 3),
            }
        )
    # nested statements point at the statement that carries them
    by_id = {q["id"]: q for q in out}
    for i, st in enumerate(stmts):
        qid = stmt_ids.get(i)
        outer = stmt_ids.get(st.reported_in) if st.reported_in is not None else None
        if qid is not None and outer is not None and outer != qid:
            by_id[qid]["reported_in"] = outer
    return out


def _relations(
    doc: Doc, rels: list[Rel], ids: _Ids, known: set[str], calibrated: bool
) -> list[dict[str, Any]]:
    nt = doc.nt
    out: list[dict[str, Any]] = []
    for r in rels:
        subject = ids.ids.get(r.subject)
        obj = ids.ids.get(r.object)
        if subject is None or obj is None or subject == obj:
            continue
        if subject not in known or obj not in known:
            continue
        es, ee, evidence = nt.span(r.ev_start, r.ev_end)
        if not evidence.strip():
            continue
        out.append(
            {
                "id": f"r{len(out) + 1}",
                "subject": subject,
                "type": r.type,
                "object": obj,
                "predicate": nt.span(r.trig_start, r.trig_end)[2],
                "date": r.date,
                "modality": r.modality,
                "topic": r.topic,
                "evidence": evidence,
                "evidence_start": es,
                "evidence_end": ee,
                "confidence": round(
                    calibrate(r.confidence, doc.lang)
                    if calibrated and not isinstance(r, (BackoffRel, StanceRel))
                    else min(1.0, max(0.0, r.confidence)),
                    3,
                ),
            }
        )
    return out
