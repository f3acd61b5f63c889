"""Mechanical checks of a gold file against ../shared/eval/GUIDELINES.md.

Usage: python examples/validate_gold.py GOLD.jsonl [--words MIN-MAX] [--data SHARED_DATA_DIR]

One validator for every gold set of ``examples/`` (``blind/``, ``blind2/``, ``blind3/``).
Checks, per article: required fields; `published` is an ISO date; every quote `text`
and relation `evidence` is an exact substring of `text`; every entity id referred to
(speaker, about, via, subject, object, state) resolves; entity, relation and modality
codes come from the guideline tables; dates are YYYY, YYYY-MM or YYYY-MM-DD; a State
is its own state; every non-null QID appears in the shared gazetteers with the same
English name; no relation links an actor to itself; no subject-type-object-date is
annotated twice from the same evidence (symmetric types unordered; dev annotates a
relation again where another passage reports it again); an `asserted` relation is not
dated after `published`; a quote's `via` is not its own speaker and `about` has no repeated id.
Warnings (not errors): a `negated` relation dated after `published` (a denied plan can
lie ahead), a cue that is not found in the text, an entity none of whose aliases occurs
in the text, an entity used by no quote or relation, a body outside the word range
(``--words``, 250-600 by default; the first blind set was written for 250-450). The
summary gives the counts per language. Exit status 1 when there is any error.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

ENTITY_TYPES = {"State", "Person", "Organization", "Place"}
RELATION_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
    "ASSAULT", "FLEE", "PRESENCE", "LEADS",
}  # fmt: skip
MODALITIES = {"asserted", "intended", "negated", "hypothetical"}
ARTICLE_FIELDS = ("id", "lang", "url", "source", "published", "title", "text",
                  "entities", "quotes", "relations")  # fmt: skip
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
WORDS = (250, 600)


def load_qids(data_dir: Path) -> dict[str, str]:
    """Map every QID found in the shared gazetteer TSVs to its English name."""
    qids: dict[str, str] = {}
    for tsv in sorted(data_dir.glob("*.tsv")):
        with tsv.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                qid = (row.get("qid") or "").strip()
                if qid:
                    qids[qid] = (row.get("name_en") or "").strip()
    return qids


def check_article(
    art: dict[str, Any], qids: dict[str, str], words_range: tuple[int, int] = WORDS
) -> tuple[list[str], list[str]]:
    """Return (errors, warnings) for one gold article."""
    errors: list[str] = []
    warnings: list[str] = []
    aid = art.get("id", "?")
    for field in ARTICLE_FIELDS:
        if field not in art:
            errors.append(f"{aid}: missing field {field}")
    text: str = art.get("text", "")
    if art.get("lang") not in {"ar", "en"}:
        errors.append(f"{aid}: bad lang {art.get('lang')!r}")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", art.get("published") or ""):
        errors.append(f"{aid}: published is not YYYY-MM-DD")
    words = len(text.split())
    if not words_range[0] <= words <= words_range[1]:
        warnings.append(f"{aid}: body has {words} words")

    ents = {e["id"]: e for e in art.get("entities", [])}
    if len(ents) != len(art.get("entities", [])):
        errors.append(f"{aid}: duplicate entity ids")
    used: set[str] = set()

    def ref(eid: object, where: str) -> None:
        if eid is None:
            return
        if eid not in ents:
            errors.append(f"{aid}: {where} refers to unknown entity {eid!r}")
        else:
            used.add(str(eid))

    for e in ents.values():
        if e.get("type") not in ENTITY_TYPES:
            errors.append(f"{aid}/{e['id']}: bad type {e.get('type')!r}")
        if e.get("state") is not None and e["state"] not in ents:
            errors.append(f"{aid}/{e['id']}: state {e['state']!r} unresolved")
        elif e.get("state") is not None and ents[e["state"]]["type"] != "State":
            errors.append(f"{aid}/{e['id']}: state {e['state']!r} is not a State")
        if e.get("type") == "State" and e.get("state") != e["id"]:
            errors.append(f"{aid}/{e['id']}: a State must be its own state")
        qid = e.get("qid")
        if qid is not None:
            if qid not in qids:
                errors.append(f"{aid}/{e['id']}: qid {qid} not in shared gazetteers")
            elif qids[qid] and qids[qid] != e.get("name_en"):
                warnings.append(f"{aid}/{e['id']}: qid {qid} is {qids[qid]!r} in gazetteer, "
                                f"name_en is {e.get('name_en')!r}")  # fmt: skip
        if not any(a and a in text for a in e.get("aliases", [])):
            warnings.append(f"{aid}/{e['id']}: no alias occurs in the text")
        for key in ("name_en", "name_ar", "aliases", "roles"):
            if key not in e:
                errors.append(f"{aid}/{e['id']}: missing {key}")

    for i, q in enumerate(art.get("quotes", [])):
        where = f"{aid}/quote{i}"
        ref(q.get("speaker"), where + ".speaker")
        ref(q.get("via"), where + ".via")
        for a in q.get("about", []):
            ref(a, where + ".about")
        if q.get("speaker") is None:
            errors.append(f"{where}: no speaker")
        if q.get("text", "") not in text or not q.get("text"):
            errors.append(f"{where}: text span not in article: {q.get('text')!r}")
        if q.get("cue") and q["cue"] not in text:
            warnings.append(f"{where}: cue {q['cue']!r} not in text")
        if not isinstance(q.get("direct"), bool):
            errors.append(f"{where}: direct must be a boolean")
        if q.get("via") is not None and q.get("via") == q.get("speaker"):
            errors.append(f"{where}: via is the speaker")
        if len(set(q.get("about", []))) != len(q.get("about", [])):
            errors.append(f"{where}: repeated id in about")

    seen_rel: dict[tuple[object, ...], int] = {}
    published = str(art.get("published") or "")
    for i, r in enumerate(art.get("relations", [])):
        where = f"{aid}/rel{i}"
        ends: tuple[object, ...] = (r.get("subject"), r.get("object"))
        if r.get("type") in SYMMETRIC:
            ends = tuple(sorted(str(x) for x in ends))
        rel_key = (*ends, r.get("type"), r.get("date"), r.get("evidence"))
        if rel_key in seen_rel:
            errors.append(
                f"{where}: same subject, type, object, date and evidence as rel{seen_rel[rel_key]}"
            )
        seen_rel.setdefault(rel_key, i)
        if r.get("subject") is not None and r.get("subject") == r.get("object"):
            errors.append(f"{where}: subject and object are the same entity")
        rdate = r.get("date")
        if (
            isinstance(rdate, str)
            and DATE_RE.match(rdate)
            and r.get("modality") in {"asserted", "negated"}
            and published
            and rdate > published[: len(rdate)]
        ):
            found = errors if r.get("modality") == "asserted" else warnings
            found.append(f"{where}: {r.get('modality')} relation dated {rdate}, after {published}")
        ref(r.get("subject"), where + ".subject")
        ref(r.get("object"), where + ".object")
        if r.get("subject") is None or r.get("object") is None:
            errors.append(f"{where}: subject and object are required")
        if r.get("type") not in RELATION_TYPES:
            errors.append(f"{where}: bad type {r.get('type')!r}")
        if r.get("modality") not in MODALITIES:
            errors.append(f"{where}: bad modality {r.get('modality')!r}")
        if r.get("date") is not None and not DATE_RE.match(r["date"]):
            errors.append(f"{where}: bad date {r['date']!r}")
        if not r.get("evidence") or r["evidence"] not in text:
            errors.append(f"{where}: evidence not in article: {r.get('evidence')!r}")

    for eid in ents:
        if eid not in used and not any(x.get("state") == eid for x in ents.values()):
            warnings.append(f"{aid}/{eid}: entity not used by any quote or relation")
    return errors, warnings


def main(argv: list[str]) -> int:
    """Validate a gold file; print a summary; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, help="gold JSONL file")
    parser.add_argument("--words", default=f"{WORDS[0]}-{WORDS[1]}", help="body length range")
    parser.add_argument(
        "--data",
        type=Path,
        default=Path(__file__).resolve().parents[2] / "shared" / "data",
        help="folder of the shared gazetteer TSVs (QIDs)",
    )
    args = parser.parse_args(argv[1:])
    low, _, high = args.words.partition("-")
    words_range = (int(low), int(high))
    gold: Path = args.gold
    qids = load_qids(args.data)
    n_err = n_warn = 0
    totals = {"articles": 0, "entities": 0, "quotes": 0, "relations": 0}
    by_lang: dict[str, dict[str, int]] = {}
    seen_ids: set[str] = set()
    for line_no, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        art = json.loads(line)
        if art.get("id") in seen_ids:
            print(f"ERROR line {line_no}: duplicate article id {art.get('id')}")
            n_err += 1
        seen_ids.add(art.get("id"))
        errors, warnings = check_article(art, qids, words_range)
        for msg in errors:
            print("ERROR", msg)
        for msg in warnings:
            print("warn ", msg)
        n_err += len(errors)
        n_warn += len(warnings)
        totals["articles"] += 1
        lang = by_lang.setdefault(str(art.get("lang")), dict.fromkeys(("articles", "words",
                                  "entities", "quotes", "relations"), 0))  # fmt: skip
        lang["articles"] += 1
        lang["words"] += len(art.get("text", "").split())
        for key in ("entities", "quotes", "relations"):
            totals[key] += len(art.get(key, []))
            lang[key] += len(art.get(key, []))
        print(f"{art.get('id')}: {art.get('lang')} {art.get('published')} "
              f"{len(art.get('text', '').split())} words, {len(art['entities'])} entities, "
              f"{len(art['quotes'])} quotes, {len(art['relations'])} relations")  # fmt: skip
    for code, c in sorted(by_lang.items()):
        print(f"{code}: {c}; per article {c['quotes'] / c['articles']:.1f} quotes, "
              f"{c['relations'] / c['articles']:.1f} relations")  # fmt: skip
    print(f"total: {totals}; {n_err} errors, {n_warn} warnings")
    return 1 if n_err else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
