"""Generate a large statekg graph for benchmarks: synthetic articles in our exact shape.

Each generated article is a real :class:`~kg.models.Extraction` (entities
with mentions and roles, statements with speakers, cues and topics, reified
relations with dates and evidence), validated by the model and mapped to quads
by :func:`kg.rdf.mapping.extraction_quads` — the same code ``kg ingest`` uses —
so the graph has the shape, IRIs and literal forms of a real store.  Names
and Wikidata QIDs of states and people come from ``../shared/data`` (never
made up); states are drawn with a skewed distribution (a few states are in
most articles, as in real news).

Two processes generate N-Quads in parallel; the quads are bulk-loaded into
``OUT/kg-store`` (a statekg store, with its ontology graph), the who-said pages
are written from them (:func:`kg.rdf.who_said_pages.rebuild`), the store is compacted, and
``OUT/ox-store`` is a hard-linked copy of it for ``oxigraph serve``.

    python benchmarks/generate_graph.py --articles 100000 --out bench-data
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import random
import shutil
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pyoxigraph import RdfFormat, Store, serialize

from kg.models import Extraction, RelationType
from kg.rdf import who_said_pages
from kg.rdf.iris import IRIs
from kg.rdf.mapping import extraction_quads

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
DEFAULT_BASE = "http://127.0.0.1:7878/"

FOCUS = (  # English names looked up in states.tsv; most articles are about these
    "Syria",
    "Russia",
    "United States",
    "Iran",
    "Israel",
    "Turkey",
    "Egypt",
    "Saudi Arabia",
    "Qatar",
    "United Arab Emirates",
    "Ukraine",
    "China",
    "France",
    "United Kingdom",
    "Lebanon",
    "Iraq",
    "Jordan",
    "Algeria",
    "Morocco",
    "Germany",
)
SOURCES_EN = ("Example Wire", "Gulf Daily Test", "Levant Observer", "Global Desk")
SOURCES_AR = ("وكالة الاختبار", "صحيفة المثال", "شبكة الأخبار التجريبية")
VERBS_EN = {
    RelationType.SUPPORT: "support",
    RelationType.ACCUSE: "accuse",
    RelationType.CONSULT: "consult",
    RelationType.THREATEN: "threaten",
    RelationType.AID: "aid",
    RelationType.SANCTION: "sanction",
    RelationType.REJECT: "reject",
    RelationType.COOPERATE: "cooperate with",
    RelationType.REQUEST: "ask",
    RelationType.PROTEST: "protest against",
}
VERBS_AR = {
    RelationType.SUPPORT: "تدعم",
    RelationType.ACCUSE: "تتهم",
    RelationType.CONSULT: "تتشاور مع",
    RelationType.THREATEN: "تهدد",
    RelationType.AID: "تساعد",
    RelationType.SANCTION: "تعاقب",
    RelationType.REJECT: "ترفض",
    RelationType.COOPERATE: "تتعاون مع",
    RelationType.REQUEST: "تطالب",
    RelationType.PROTEST: "تحتج على",
}
TOPICS = ("ceasefire", "sanctions", "energy", "refugees", "trade", "security", None)
START = date(2023, 1, 1)
DAYS = 3 * 365


@dataclass(frozen=True)
class State:
    qid: str
    iso3: str
    en: str
    ar: str


@dataclass(frozen=True)
class Person:
    qid: str | None
    en: str
    ar: str
    state: State
    role_en: str
    role_ar: str


def load_gazetteer() -> tuple[list[State], list[Person]]:
    """States (skewed order: focus states first) and people, from ``../shared/data``."""
    with (SHARED / "states.tsv").open(encoding="utf-8") as f:
        states = [
            State(r["qid"], r["iso3"], r["name_en"], r["name_ar"] or r["name_en"])
            for r in csv.DictReader(f, delimiter="\t")
            if r["qid"] and r["name_en"]
        ]
    by_name = {s.en: s for s in states}
    focus = [by_name[n] for n in FOCUS if n in by_name]
    ordered = focus + [s for s in states if s not in focus]
    by_iso = {s.iso3: s for s in states}
    people = []
    with (SHARED / "people.tsv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            state = by_iso.get(r["state_iso3"])
            if state is None or not r["name_en"] or not r["name_ar"]:
                continue
            people.append(
                Person(
                    r["qid"] or None,
                    r["name_en"],
                    r["name_ar"],
                    state,
                    r["role_en"] or "official",
                    r["role_ar"] or "مسؤول",
                )
            )
    return ordered, people


class Generator:
    """Builds one synthetic article extraction at a time (deterministic for a seed)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.states, self.people = load_gazetteer()
        weights = [1.0 / (rank + 1) ** 1.1 for rank in range(len(self.states))]
        self.state_weights = weights
        self.people_by_state: dict[str, list[Person]] = {}
        for p in self.people:
            self.people_by_state.setdefault(p.state.qid, []).append(p)

    def _states(self, k: int) -> list[State]:
        chosen: list[State] = []
        while len(chosen) < k:
            s = self.rng.choices(self.states, self.state_weights)[0]
            if s not in chosen:
                chosen.append(s)
        return chosen

    def article(self, n: int) -> Extraction:
        rng = self.rng
        ar = rng.random() < 0.5
        day = START + timedelta(days=rng.randrange(DAYS))
        states = self._states(rng.choice((2, 2, 3, 3, 4)))
        speakers: list[Person] = []
        for s in states[:2]:
            cands = self.people_by_state.get(s.qid)
            if cands:
                speakers.append(rng.choice(cands))
        entities: dict[str, dict[str, Any]] = {}
        ids: dict[str, str] = {}

        def ent(key: str, data: dict[str, Any]) -> str:
            if key not in ids:
                ids[key] = f"e{len(ids) + 1}"
                entities[key] = {"id": ids[key], "mentions": [], **data}
            return ids[key]

        for s in states:
            ent(
                s.qid,
                {"type": "State", "label": s.en, "labels": {"en": s.en, "ar": s.ar}, "qid": s.qid},
            )
            entities[s.qid]["state"] = ids[s.qid]
        for p in speakers:
            sid = ids[p.state.qid]
            ent(
                p.en,
                {
                    "type": "Person",
                    "label": p.en,
                    "labels": {"en": p.en, "ar": p.ar},
                    "qid": p.qid,
                    "state": sid,
                    "roles": [
                        {
                            "label": p.role_ar if ar else p.role_en,
                            "lang": "ar" if ar else "en",
                            "of": sid,
                        }
                    ],
                },
            )
        text = ""
        quotes: list[dict[str, Any]] = []
        relations: list[dict[str, Any]] = []

        def add(sentence: str) -> int:
            nonlocal text
            start = len(text) + (1 if text else 0)
            text = f"{text} {sentence}" if text else sentence
            return start

        def mention(key: str, start: int, surface: str) -> None:
            entities[key]["mentions"].append(
                {"start": start, "end": start + len(surface), "text": surface}
            )

        for k in range(rng.choice((1, 2, 3, 3, 4))):
            a, b = rng.sample(states, 2)
            rtype = rng.choice(list(VERBS_EN))
            speaker = rng.choice(speakers) if speakers else None
            who = (speaker.ar if ar else speaker.en) if speaker else (a.ar if ar else a.en)
            a_name, b_name = (a.ar, b.ar) if ar else (a.en, b.en)
            if ar:
                claim = f"{a_name} {VERBS_AR[rtype]} {b_name} في ملف {k + 1}"
                sentence = f"وقال {who} إن {claim}."
                cue = "وقال"
            else:
                claim = f"{a_name} would {VERBS_EN[rtype]} {b_name} on issue {k + 1}"
                sentence = f"{who} said on {day:%A} that {claim}."
                cue = "said"
            s0 = add(sentence)
            c0 = s0 + sentence.index(claim)
            a0 = c0 + claim.index(a_name)
            mention(a.qid, a0, a_name)
            speaker_id = ids[speaker.en] if speaker else ids[a.qid]
            if speaker:
                mention(speaker.en, s0 + sentence.index(who), who)
            quotes.append(
                {
                    "id": f"q{k + 1}",
                    "speaker": speaker_id,
                    "cue": cue,
                    "about": [ids[b.qid]],
                    "text": claim,
                    "start": c0,
                    "end": c0 + len(claim),
                    "date": day.isoformat(),
                    "direct": False,
                    "confidence": 0.8,
                }
            )
            precision = rng.random()
            when = day.isoformat() if precision < 0.6 else day.strftime("%Y-%m")
            relations.append(
                {
                    "id": f"r{k + 1}",
                    "subject": ids[a.qid],
                    "type": rtype.value,
                    "object": ids[b.qid],
                    "date": when,
                    "evidence": sentence,
                    "evidence_start": s0,
                    "evidence_end": s0 + len(sentence),
                    "confidence": round(rng.uniform(0.4, 0.95), 2),
                    "modality": "asserted" if rng.random() < 0.8 else "intended",
                    "topic": rng.choice(TOPICS),
                    "predicate": VERBS_AR[rtype] if ar else VERBS_EN[rtype],
                }
            )
        source = rng.choice(SOURCES_AR if ar else SOURCES_EN)
        return Extraction.build(
            article={
                "id": f"bench-{n:07d}",
                "text": text,
                "lang": "ar" if ar else "en",
                "published": day.isoformat(),
                "source": source,
                "title": text.split(".")[0][:80],
                "url": f"https://news.example.org/{day:%Y/%m/%d}/bench-{n:07d}",
            },
            entities=list(entities.values()),
            quotes=quotes,
            relations=relations,
            extractor="bench.synthetic",
            extractor_version="1",
        )


def _write_part(args: tuple[int, int, int, str, str]) -> int:
    first, last, seed, base, out = args
    gen = Generator(seed)
    iris = IRIs(base)
    quads = 0

    def stream() -> Any:
        nonlocal quads
        for n in range(first, last):
            for q in extraction_quads(gen.article(n), iris):
                quads += 1
                yield q

    with open(out, "wb") as f:
        serialize(stream(), f, RdfFormat.N_QUADS)
    return quads


def generate(
    articles: int, out: Path, *, base: str = DEFAULT_BASE, seed: int = 1, processes: int = 2
) -> dict[str, float]:
    """Write ``out/kg-store`` and ``out/ox-store`` holding ``articles`` generated articles."""
    from kg.store import KnowledgeGraph

    out.mkdir(parents=True, exist_ok=True)
    for name in ("kg-store", "ox-store"):
        shutil.rmtree(out / name, ignore_errors=True)
    t0 = time.monotonic()
    step = -(-articles // processes)
    parts = [
        (i, min(i + step, articles), seed + i, base, str(out / f"part-{k}.nq"))
        for k, i in enumerate(range(0, articles, step))
    ]
    with multiprocessing.get_context("spawn").Pool(len(parts)) as pool:
        quads = sum(pool.map(_write_part, parts))
    t1 = time.monotonic()
    with KnowledgeGraph(
        out / "kg-store", base_iri=base
    ):  # creates the store and its ontology graph
        pass
    store = Store(str(out / "kg-store"))
    for _, _, _, _, path in parts:
        store.bulk_load(path=path, format=RdfFormat.N_QUADS)
        Path(path).unlink()
    t2 = time.monotonic()
    who_said_pages.rebuild(store)  # as opening a store for writing does
    t_pages = time.monotonic()
    store.optimize()
    store.backup(str(out / "ox-store"))
    total = len(store)
    del store
    t3 = time.monotonic()
    return {
        "articles": articles,
        "quads": quads,
        "store_quads": total,
        "generate_s": t1 - t0,
        "load_s": t2 - t1,
        "pages_s": t_pages - t2,
        "optimize_s": t3 - t_pages,
    }


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path("bench-data"))
    parser.add_argument("--base-iri", default=DEFAULT_BASE)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    info = generate(args.articles, args.out, base=args.base_iri, seed=args.seed)
    print(" ".join(f"{k}={v:.1f}" if isinstance(v, float) else f"{k}={v}" for k, v in info.items()))


if __name__ == "__main__":
    main()
