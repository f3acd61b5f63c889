"""Government bodies and offices that speak for a state or a person.

The gazetteer knows states, leaders and a list of organisations, but news
attributes much of what it reports to ministries and offices named by a state
adjective or a person: "وزارة الخارجية وشؤون المغتربين الأردنية", "الخارجية
الجزائرية", "the Egyptian Foreign Ministry", "Sudan's defence ministry",
"مكتب الرئيس التركي رجب طيب أردوغان", "Netanyahu's office".  This module makes
an Organization of each (its state is the state named, or the person's state),
links later short references ("الخارجية", "الوزارة", "the ministry") to the
latest one, and replaces the linked mentions it covers.  The body words are
data: ``lexicons/bodies.tsv``.
"""

from __future__ import annotations

from functools import lru_cache

from kg.extractors.doc import Doc, Ment
from kg.extractors.lexicon import read_tsv
from kg.extractors.text import fold
from kg.models import EntityType

__all__ = ["find_bodies"]

_OFFICE_WORDS = frozenset({fold("مكتب"), fold("ديوان"), "office"})
_MINISTRY_AR = fold("وزارة")
_BACKREF_AR = frozenset({fold("الوزارة")})


@lru_cache(maxsize=2)
def _bodies(lang: str) -> dict[str, str]:
    fl = fold if lang == "ar" else str.lower
    return {fl(r["word"]): r["label_en"] for r in read_tsv("bodies.tsv") if r["lang"] == lang}


def _core(word: str) -> tuple[str, int]:
    """An Arabic word without a leading و/ف and ب/ل: ``(core, letters stripped)``."""
    n = 0
    if word == _MINISTRY_AR or word in _bodies("ar"):
        return word, 0
    if len(word) > 3 and word[0] in "وف":
        word, n = word[1:], 1
    if len(word) > 3 and word[0] in "بل" and word[1:].startswith(("ال", _MINISTRY_AR[0])):
        word, n = word[1:], n + 1
    return word, n


class _Builder:
    def __init__(self, doc: Doc, ments: list[Ment], labels: dict[str, str]) -> None:
        self.doc = doc
        self.ments = ments
        self.labels = labels  # entity key -> English label
        self.new: list[Ment] = []
        self.latest: dict[str, str] = {}  # body word -> key of the latest such body
        self.latest_any: str | None = None

    def add(self, start: int, end: int, key: str, etype: EntityType, state: str | None,
            label: str, aliases: list[str]) -> None:  # fmt: skip
        doc = self.doc
        t0, t1 = doc.tok_at(start), doc.tok_at(end - 1)
        if key not in doc.extra:
            doc.extra[key] = (etype, label, state, aliases)
        doc.extra_mentions.append((start, end, key))
        self.new.append(Ment(start, end, key, "name", etype, t0, t1, doc.nt.norm[start:end]))

    def state_adjective_after(self, t: int, limit: int) -> Ment | None:
        """The state adjective ending a body name ("... وشؤون المغتربين الأردنية")."""
        doc = self.doc
        for j in range(t, min(limit, len(doc.tokens))):
            gap = doc.text[doc.tokens[j - 1].end : doc.tokens[j].start] if j > 0 else ""
            if any(c in gap for c in ".,،:؛;\n()"):
                return None
            m = doc.mention_at_tok(j)
            if m is not None:
                if m.etype == EntityType.STATE and m.t0 == j and m.adjectival:
                    return m
                return None
        return None

    def arabic(self) -> None:
        doc = self.doc
        bodies = _bodies("ar")
        i = 0
        n = len(doc.tokens)
        while i < n:
            linked = doc.mention_at_tok(i)
            if linked is not None and linked.etype == EntityType.ORGANIZATION:
                # a ministry the gazetteer knows: later "الخارجية" refers to it
                for w in linked.text.split():
                    if w in bodies:
                        self.latest[w] = linked.key
                        self.latest_any = linked.key
                        if linked.key not in doc.extra:
                            doc.extra[linked.key] = (
                                EntityType.ORGANIZATION,
                                self.labels.get(linked.key, linked.text),
                                doc.entity_states.get(linked.key),
                                [],
                            )
                i = linked.t1 + 1
                continue
            core, cut = _core(doc.word(i))
            start = doc.tokens[i].start + cut
            body = None
            j = i
            if core == _MINISTRY_AR and i + 1 < n and _core(doc.word(i + 1))[0] in bodies:
                body, j = _core(doc.word(i + 1))[0], i + 1
            elif core in bodies:
                body = core
            if body is None:
                if core in _BACKREF_AR and self.latest_any and doc.mention_at_tok(i) is None:
                    self.backref(start, doc.tokens[i].end, self.latest_any)
                i += 1
                continue
            state = self.state_adjective_after(j + 1, j + (5 if j > i else 2))
            if state is not None:
                key = f"Body:{bodies[body]}:{state.key}"
                surface = doc.nt.span(start, state.end)[2]
                state_label = self.labels.get(state.key, "")
                aliases = [surface, f"{bodies[body]} of {state_label}"]
                if body == fold("الخارجية"):
                    aliases.append(f"{state_label} Foreign Ministry")
                self.add(start, state.end, key, EntityType.ORGANIZATION, state.key,
                         surface, aliases)  # fmt: skip
                self.latest[body] = key
                self.latest_any = key
                i = state.t1 + 1
                continue
            if core == body and body in self.latest and doc.mention_at_tok(i) is None:
                self.backref(start, doc.tokens[i].end, self.latest[body])  # "الخارجية"
            i = j + 1

    def english(self) -> None:
        doc = self.doc
        bodies = _bodies("en")
        for i in range(1, len(doc.tokens)):
            linked = doc.mention_at_tok(i)
            if (
                linked is not None
                and linked.etype == EntityType.ORGANIZATION
                and "ministry" in linked.text.lower()
                and linked.key not in doc.extra
            ):
                # a ministry the gazetteer knows: "the ministry" later refers to it
                doc.extra[linked.key] = (
                    EntityType.ORGANIZATION,
                    self.labels.get(linked.key, linked.text),
                    doc.entity_states.get(linked.key),
                    [],
                )
                self.latest_any = linked.key
            if linked is not None or doc.word(i) != "ministry":
                continue
            body = doc.word(i - 1)
            if body == "the" and self.latest_any:
                self.backref(doc.tokens[i - 1].start, doc.tokens[i].end, self.latest_any)
                continue  # "the ministry said"
            if body not in bodies:
                continue
            m = doc.mention_at_tok(i - 2) if i >= 2 else None
            end = doc.tokens[i].end
            if m is not None and m.etype == EntityType.STATE and m.t1 == i - 2:
                key = f"Body:{bodies[body]}:{m.key}"
                surface = doc.nt.span(m.start, end)[2]
                state_label = self.labels.get(m.key, "")
                aliases = [surface, f"{state_label} {bodies[body]}"]
                self.add(m.start, end, key, EntityType.ORGANIZATION, m.key, surface, aliases)
                self.latest[body] = key
                self.latest_any = key
            elif body in self.latest:
                self.backref(doc.tokens[i - 1].start, end, self.latest[body])

    def backref(self, start: int, end: int, key: str) -> None:
        etype, label, state, aliases = self.doc.extra[key]
        self.add(start, end, key, etype, state, label, aliases)

    def offices(self) -> None:
        """ "مكتب الرئيس التركي ..." / "Netanyahu's office"."""
        doc = self.doc
        norm = doc.nt.norm
        for m in self.ments:
            if m.etype != EntityType.PERSON:
                continue
            before, cut = _core(doc.word(m.t0 - 1)) if m.t0 > 0 else ("", 0)
            tail = norm[m.end : m.end + 10].lower()
            if before.lower() in _OFFICE_WORDS:
                start, end = doc.tokens[m.t0 - 1].start + cut, m.end
            elif tail.startswith(("'s office", "’s office")):
                start, end = m.start, m.end + len("'s office")
            else:
                continue
            key = "Office:" + m.key
            surface = doc.nt.span(start, end)[2]
            person = self.labels.get(m.key, "")
            aliases = [surface, f"{person}'s office", f"Office of {person}"]
            self.add(start, end, key, EntityType.ORGANIZATION, doc.entity_states.get(m.key),
                     surface, aliases)  # fmt: skip

    def merged(self) -> list[Ment]:
        """The linked mentions with the bodies in place of what they cover."""
        if not self.new:
            return self.ments
        spans = sorted(self.new, key=lambda m: m.start)
        out = [m for m in self.ments if not any(b.start <= m.start < b.end for b in spans)]
        out.extend(spans)
        out.sort(key=lambda m: (m.start, -m.end))
        cleaned: list[Ment] = []
        for m in out:
            if cleaned and m.start < cleaned[-1].end:
                continue
            cleaned.append(m)
        return cleaned


def find_bodies(doc: Doc, ments: list[Ment], labels: dict[str, str]) -> list[Ment]:
    """``ments`` with ministries and offices added (see the module doc).

    ``doc`` must be tokenised and its mention index built from ``ments``;
    the new entities go to ``doc.extra`` and their mentions to
    ``doc.extra_mentions``.
    """
    b = _Builder(doc, ments, labels)
    b.offices()
    if doc.lang == "ar":
        b.arabic()
    else:
        b.english()
    return b.merged()
