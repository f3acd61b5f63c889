"""``kg align``: link entities without a QID to Wikidata items, from a Wikidata JSON dump."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli._common import StoreOption, echo_table, store_path, translate_errors
from kg.errors import KGError
from kg.store import KnowledgeGraph


@translate_errors
def align(
    wikidata_dump: Annotated[
        str | None,
        typer.Option(
            "--wikidata-dump",
            help="Wikidata JSON dump (.json, .json.gz, .json.bz2; - for stdin), streamed.",
        ),
    ] = None,
    threshold: Annotated[
        float, typer.Option(help="Score (0-1) a candidate needs to be applied without review.")
    ] = 0.9,
    review: Annotated[
        Path | None, typer.Option(help="Write the candidates below the threshold to this TSV.")
    ] = None,
    apply: Annotated[
        Path | None,
        typer.Option("--apply", help="Apply the rows marked in the accept column of a review TSV."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Only report: change nothing in the store.")
    ] = False,
    store: StoreOption = None,
) -> None:
    """Find Wikidata items for the entities that have no QID, and link the sure ones.

    Candidates share a label or alias (Arabic or English, normalised) with the entity; each is
    scored 0.5 name + 0.25 type (P31) + 0.25 context (the state it speaks for vs P27/P17).
    Links above --threshold are added as kg:qid, kg:wikidata and skos:exactMatch in every
    article graph of the entity (entity IRIs do not change); the rest go to --review for a
    person to mark, then: kg align --apply FILE.

    Example: kg align --wikidata-dump latest-all.json.gz --review review.tsv
    """
    from kg.wikidata.align import align as run
    from kg.wikidata.align import apply_review, write_review

    if (wikidata_dump is None) == (apply is None):
        raise KGError("give either --wikidata-dump FILE or --apply REVIEW.tsv")
    path = store_path(store)
    if not path.is_dir():
        raise KGError(f"no store at {path}")
    with KnowledgeGraph(path, read_only=dry_run) as kg:
        if apply is not None:
            if dry_run:
                from kg.wikidata.align import read_review

                typer.echo(f"{len(read_review(apply))} accepted row(s) in {apply} (not applied)")
                return
            links, graphs = apply_review(kg, apply)
            typer.echo(f"applied {links} link(s) from {apply} in {graphs} article graph(s)")
            return
        assert wikidata_dump is not None
        result = run(kg, wikidata_dump, threshold=threshold, apply=not dry_run)
    typer.echo(
        f"{result.entities} entities without a QID; {result.with_candidates} with candidates; "
        f"{len(result.applied)} link(s) {'to apply' if dry_run else 'applied'}"
        + ("" if dry_run else f" in {result.graphs_updated} article graph(s)")
    )
    if result.applied:
        echo_table(
            ["entity", "type", "qid", "wikidata label", "score"],
            [
                [c.entity.label, c.entity.type.value, c.item.id, c.item.label, f"{c.score:.3f}"]
                for c in result.applied
            ],
        )
    if result.review:
        if review is not None:
            n = write_review(result.review, review)
            typer.echo(f"{n} candidate(s) for review written to {review}")
        else:
            typer.echo(
                f"{len(result.review)} candidate(s) need review: give --review FILE to write them",
                err=True,
            )


def register(app: typer.Typer) -> None:
    """Add ``align`` to the app."""
    app.command("align")(align)
