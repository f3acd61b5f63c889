"""Reading the gazetteer's TSV files (package data) and applying corrections.

Built files (``states.tsv``...) have a header line; hand-written files start
with ``#`` comment lines, then the header.  Cells are trimmed; missing
trailing cells are empty strings.
"""

from __future__ import annotations

from importlib import resources

__all__ = ["Row", "Tables", "load_tables", "read_tsv"]

Row = dict[str, str]

_BUILT = ("states", "organizations", "agencies", "people")
_HAND = (
    "roles",
    "bodies",
    "actors",
    "places",
    "stoplist",
    "cues",
    "given_names",
    "metonyms",
    "departments",
    "tenures",
    "name_order",
    "role_classes",
)


def read_tsv(text: str) -> list[Row]:
    """Rows of a TSV text, skipping blank lines and ``#`` comments."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return []
    header = [h.strip() for h in lines[0].split("\t")]
    rows: list[Row] = []
    for line in lines[1:]:
        cells = [c.strip() for c in line.split("\t")]
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=False)))
    return rows


class Tables:
    """All data files, as lists of rows keyed by file stem (``tables["states"]``)."""

    def __init__(self, files: dict[str, list[Row]]) -> None:
        self.files = files

    def __getitem__(self, name: str) -> list[Row]:
        return self.files.get(name, [])


def _apply_corrections(files: dict[str, list[Row]], corrections: list[Row]) -> None:
    for fix in corrections:
        rows = files.get(fix["file"], [])
        for row in rows:
            ident = row.get("code") if fix["file"] == "states" else row.get("name_en")
            if ident != fix["target"]:
                continue
            column, value = fix["column"], fix["value"]
            if column == "qid" or column.endswith("qid"):
                raise ValueError("corrections.tsv may not set QIDs")
            if fix["op"] == "set":
                row[column] = value
            elif fix["op"] == "append":
                row[column] = "|".join(v for v in (row.get(column, ""), value) if v)
            else:
                raise ValueError(f"corrections.tsv: unknown op {fix['op']!r}")


def load_tables() -> Tables:
    """Read every data file of ``kg/gazetteer/data`` and apply ``corrections.tsv``."""
    base = resources.files("kg.gazetteer") / "data"
    files: dict[str, list[Row]] = {}
    for name in (*_BUILT, *_HAND, "corrections"):
        path = base / f"{name}.tsv"
        files[name] = read_tsv(path.read_text(encoding="utf-8")) if path.is_file() else []
    _apply_corrections(files, files.pop("corrections"))
    return Tables(files)
