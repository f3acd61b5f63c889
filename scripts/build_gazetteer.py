#!/usr/bin/env python3
"""Build statekg's gazetteer data files from the shared, source-annotated TSVs.

Reads ``../shared/data/{states,organizations,agencies,people}.tsv`` (next to
the repository) and writes ``kg/gazetteer/data/{same names}.tsv`` plus
``PROVENANCE.md``.  Facts carry over unchanged (including ``qid`` and
``qid_source``); the build only trims cells, adds a ``source`` column
(``<file>:<line>`` in the shared file) and, for states, a ``code`` column
(ISO alpha-3, or the pseudo-code the shared notes give for non-ISO entities),
and sorts rows so that the output is byte-for-byte reproducible.

Hand-written extension files in the same directory (listed in
``PROVENANCE.md``) are not touched.

Usage::

    python scripts/build_gazetteer.py            # write the files
    python scripts/build_gazetteer.py --check    # exit 1 if they are out of date
"""

from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "kg" / "gazetteer" / "data"

FILES = ("states", "organizations", "agencies", "people")
QID_RE = re.compile(r"^Q[1-9]\d*$")
PSEUDO_CODE_RE = re.compile(r"non-ISO (?:pseudo-)?code ([A-Z]{3})")

HAND_FILES = {
    "roles.tsv": "role nouns and titles (ar/en) with role keys, departments and implied "
    "organisations; modifiers (former, interim, deputy...) and honorifics (Sheikh, الدكتور...)",
    "metonyms.tsv": "extra metonyms, and which organisation names are metonyms (the Kremlin, "
    "البيت الأبيض); seats of government in states.tsv are metonyms already",
    "departments.tsv": "which department of its state an organisation is (presidency, mfa...), "
    "so that 'Kremlin spokesman' and 'foreign ministry spokeswoman' find different people",
    "tenures.tsv": "extra tenures of people already in people.tsv (Trump's first term...), "
    "for time-aware role resolution",
    "corrections.tsv": "corrections applied at load time on top of the built files (the United "
    "Kingdom and Greece rows lack their names), spelling variants, broken plurals",
    "stoplist.tsv": "surface forms that must not be linked, or only in context "
    "(common words that equal short names, ambiguous surnames, nisbas such as المالي)",
    "cues.tsv": "words before a capital that make it a place (fled to, وصل إلى), function "
    "words that end an unknown name, English title words",
    "given_names.tsv": "common given names: an Arabic name after a title must start with one",
    "role_classes.tsv": 'which specific roles a generic title names again ("the diplomat" '
    'after a foreign minister or an ambassador, "the French leader" after the French '
    "president); no facts about people",
    "bodies.tsv": "institution nouns that next to a state name one of its bodies (الجيش "
    "الإسرائيلي, Sudan's defense council, Chinese coastguards) or the state itself (the "
    "Israeli government)",
    "actors.tsv": "non-state and sub-state actors the shared list lacks (armed groups such as "
    "Hamas or the Rapid Support Forces, movements, IGO organs such as the European Parliament, "
    "UN and AU missions such as MINUSMA and AMISOM, states' agencies such as the CIA and the "
    "FSB with their state), keyed by name; hand-written from general knowledge, no QIDs",
    "places.tsv": "seas, straits, regions and contested places (South China Sea, خليج عمان, "
    "Jerusalem with no state), so that they are places and not the states they contain",
}


def read_tsv(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Header and ``(line number, row)`` pairs of a shared TSV (cells trimmed)."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    header = lines[0].split("\t")
    rows: list[tuple[int, dict[str, str]]] = []
    for lineno, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = [c.strip() for c in line.split("\t")]
        cells += [""] * (len(header) - len(cells))
        rows.append((lineno, dict(zip(header, cells, strict=False))))
    return header, rows


def _sort_key(name: str, row: dict[str, str]) -> tuple[str, ...]:
    if name == "states":
        return (row["code"], row["name_en"], row["source"])
    if name == "people":
        return (row["state_iso3"], row["name_en"], row["start"], row["source"])
    return (row["name_en"], row["source"])


def _write_tsv(header: list[str], rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(h, "") for h in header])
    return buf.getvalue()


def render(shared: Path) -> dict[str, str]:
    """The output files (name -> content) built from the shared directory."""
    out: dict[str, str] = {}
    summary: list[str] = []
    checks: list[str] = []
    digests: list[str] = []
    for name in FILES:
        path = shared / f"{name}.tsv"
        digests.append(f"| `{name}.tsv` | `{hashlib.sha256(path.read_bytes()).hexdigest()}` |")
        header, rows = read_tsv(path)
        header = list(header)
        if name == "states":
            header.insert(header.index("iso2"), "code")
        header.append("source")
        built: list[dict[str, str]] = []
        for lineno, row in rows:
            row = dict(row)
            row["source"] = f"{name}.tsv:{lineno}"
            if row.get("qid") and not QID_RE.match(row["qid"]):
                checks.append(f"- `{row['source']}`: qid {row['qid']!r} is not a QID; dropped")
                row["qid"] = ""
            if name == "states":
                code = row["iso3"]
                if not code:
                    m = PSEUDO_CODE_RE.search(row.get("notes", ""))
                    code = m.group(1) if m else ""
                row["code"] = code
                if not row["name_en"] or not row["name_ar"]:
                    checks.append(
                        f"- `{row['source']}` ({code}): name_en/name_ar empty "
                        "(corrections.tsv supplies them)"
                    )
                if row["iso2"] and not re.fullmatch(r"[A-Z]{2}", row["iso2"]):
                    checks.append(f"- `{row['source']}` ({code}): iso2 {row['iso2']!r} malformed")
            built.append(row)
        built.sort(key=functools.partial(_sort_key, name))
        out[f"{name}.tsv"] = _write_tsv(header, built)
        with_qid = sum(1 for r in built if r.get("qid"))
        summary.append(f"| `{name}.tsv` | {len(built)} | {with_qid} |")
    out["PROVENANCE.md"] = _provenance(summary, digests, checks)
    return out


def _provenance(summary: list[str], digests: list[str], checks: list[str]) -> str:
    hand = "\n".join(f"- `{k}`: {v}." for k, v in HAND_FILES.items())
    return f"""# Provenance of the gazetteer data

This file is generated by `scripts/build_gazetteer.py`; do not edit it by hand.

## Built files (from the shared data)

`states.tsv`, `organizations.tsv`, `agencies.tsv` and `people.tsv` are copies of
`../shared/data/<same name>` (see `../shared/data/SOURCES.md` for where each
fact there comes from). The build trims cells, sorts rows, and adds:

- `source`: the shared file and line the row came from, e.g. `states.tsv:185`
  is line 185 of `../shared/data/states.tsv` (line 1 is the header);
- `code` (states only): `iso3`, or for the non-ISO entities the pseudo-code
  written in the shared row's `notes` (CYN, ABK, OSE, SOL).

**QIDs come only from those shared files** (`qid`, `capital_qid`, with the
shared `qid_source` / `capital_qid_source` columns carried over). An empty
`qid` means none was verified; statekg never fills one in. Entities without a
QID get a key `<Type>:<normalised name>`.

| file | rows | with QID |
|---|---|---|
{chr(10).join(summary)}

Input files (sha256):

| shared file | sha256 |
|---|---|
{chr(10).join(digests)}

Checks made by the build:

{chr(10).join(checks) if checks else "- none"}

## Hand-written extension files (not from the shared data)

Each starts with a `#` comment saying it is hand-written (general knowledge,
statekg) and may be extended by an analyst; none of them carries a QID.

{hand}

Forms generated by rule at load time (`kg/gazetteer/forms.py`), not stored:
Arabic nisba inflections (masculine/feminine, sound plurals -يون/-يين, dual
-يان, feminine plural -يات, with and without ال) from `nisba_ar_m`/`nisba_ar_f`,
and English demonym plurals (Russian → Russians).
"""


def build(shared: Path = DEFAULT_SHARED, out: Path = DEFAULT_OUT) -> list[Path]:
    """Write the built files into ``out``; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in render(shared).items():
        path = out / name
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="shared data directory")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    if args.check:
        stale = [
            name
            for name, content in render(args.shared).items()
            if not (args.out / name).is_file()
            or (args.out / name).read_text(encoding="utf-8") != content
        ]
        for name in stale:
            print(f"out of date: {args.out / name}", file=sys.stderr)
        return 1 if stale else 0
    for path in build(args.shared, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
