"""``POST /ingest``: articles sent by ``kg ingest`` while this server holds the store.

Body: NDJSON, one :class:`~kg.models.Article` per line (as
``Article.model_dump_json()``).  Always protected by the bearer token (also
when SPARQL updates are disabled): the token is in ``<store>.server.json``,
readable by the store's owner only.  Each article is extracted and written by
the writer thread as one transaction; the answer is NDJSON too, one line per
article in input order (``{"result": {...}}`` or ``{"error": "...", "path":
"..."}``), then ``{"done": true, "generation": N}`` once every write is visible
to queries.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import asdict

import pydantic
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from kg.errors import KGError
from kg.models import Article
from kg.server.context import ServerContext
from kg.server.web import HTTPException, read_body, require_token
from kg.store import IngestResult, KnowledgeGraph

__all__ = ["NDJSON", "ingest_handler"]

NDJSON = "application/x-ndjson"


def _job(article: Article) -> Callable[[KnowledgeGraph], IngestResult]:
    def job(kg: KnowledgeGraph) -> IngestResult:
        return kg.ingest(article)

    return job


def ingest_handler(ctx: ServerContext) -> Callable[[Request], Awaitable[Response]]:
    """The ``/ingest`` handler."""

    async def handler(request: Request) -> Response:
        require_token(request, ctx.settings)
        if ctx.writer is None:
            raise HTTPException(503, "this server has no writer")
        body = await read_body(request, ctx.settings.max_body)
        items: list[Article | str] = []
        for n, line in enumerate(body.splitlines(), 1):
            if not line.strip():
                continue
            try:
                items.append(Article.model_validate_json(line))
            except pydantic.ValidationError as exc:
                items.append(f"line {n}: not an article: {exc.errors()[0]['msg']}")
        writer = ctx.writer
        # queue every write at once: the writer runs them in order and shares checkpoints
        tasks = [
            asyncio.ensure_future(writer.write(_job(item))) if isinstance(item, Article) else None
            for item in items
        ]

        async def lines() -> AsyncIterator[bytes]:
            for item, task in zip(items, tasks, strict=True):
                record: dict[str, object]
                if task is None:
                    record = {"error": item}
                else:
                    assert isinstance(item, Article)
                    try:
                        record = {"result": asdict(await task)}
                    except KGError as exc:
                        record = {"error": str(exc), "path": item.path or item.id}
                    except Exception as exc:  # a bug in extraction must not stop the batch
                        record = {
                            "error": f"{type(exc).__name__}: {exc}",
                            "path": item.path or item.id,
                        }
                yield (json.dumps(record, ensure_ascii=False, default=str) + "\n").encode("utf-8")
            yield (
                json.dumps({"done": True, "generation": ctx.pool.checkpoint()[0]}) + "\n"
            ).encode()

        return StreamingResponse(lines(), media_type=NDJSON)

    return handler
