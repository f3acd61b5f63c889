"""Ingest through a running ``kg serve`` that holds the store.

Only one process can open a store read-write.  While ``kg serve`` runs it
writes ``<store>.server.json`` (URL, pid, bearer token; mode 0600) next to the
store folder.  ``kg ingest`` that finds the store locked calls
:func:`find_server` and :func:`ingest_via_server`: the articles are read
here (so file errors are reported as usual), sent in batches as NDJSON to the
server's ``POST /ingest``, and the server extracts and writes each article in
its single writer thread, one transaction per article.  The answer streams
one line per article, so progress is reported as it happens.

>>> find_server("/nonexistent/store") is None
True
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kg.errors import InputError, KGError, StoreError
from kg.ingest import IngestSummary
from kg.models import Article
from kg.store import IngestOutcome, IngestResult

__all__ = ["ServerInfo", "find_server", "ingest_via_server", "server_file"]

BATCH_ARTICLES = 50
"""Most articles sent in one request."""
BATCH_BYTES = 2 * 1024 * 1024
"""Most bytes sent in one request (the server's default limit is 10 MB)."""


def server_file(store: str | Path) -> Path:
    """``<store>.server.json`` next to the store folder."""
    store = Path(store)
    return store.parent / f"{store.name}.server.json"


@dataclass(frozen=True)
class ServerInfo:
    """How to reach the server that holds a store."""

    url: str
    token: str
    pid: int | None = None
    store: str | None = None

    @property
    def ingest_url(self) -> str:
        """The ``/ingest`` endpoint."""
        return self.url.rstrip("/") + "/ingest"


def _alive(pid: int | None) -> bool:
    if pid is None:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def find_server(store: str | Path) -> ServerInfo | None:
    """The server holding ``store``, from its server file; ``None`` if none runs."""
    path = server_file(store)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not data.get("url") or not data.get("token"):
        return None
    pid = data.get("pid")
    info = ServerInfo(
        str(data["url"]), str(data["token"]), int(pid) if pid else None, data.get("store")
    )
    return info if _alive(info.pid) else None


def _batches(items: Iterable[Article | InputError]) -> Iterator[list[Article | InputError]]:
    batch: list[Article | InputError] = []
    size = 0
    for item in items:
        length = len(item.text.encode("utf-8")) + 512 if isinstance(item, Article) else 0
        if batch and (len(batch) >= BATCH_ARTICLES or size + length > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += length
    if batch:
        yield batch


def _post(info: ServerInfo, articles: list[Article], timeout: float) -> Iterator[dict[str, Any]]:
    body = b"".join(a.model_dump_json().encode("utf-8") + b"\n" for a in articles)
    request = urllib.request.Request(
        info.ingest_url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/x-ndjson",
            "Authorization": f"Bearer {info.token}",
            "Accept": "application/x-ndjson",
        },
    )
    try:
        response = urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip()
        raise StoreError(
            f"the server at {info.url} refused the articles ({exc.code}): {detail}"
        ) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise StoreError(
            f"the store is held by a server at {info.url} that cannot be reached ({reason})"
        ) from None
    with response:
        for line in response:
            if line.strip():
                yield json.loads(line)


def ingest_via_server(
    paths: Iterable[str | Path],
    server: ServerInfo | str | Path,
    *,
    lang: str | None = None,
    source: str | None = None,
    published: date | None = None,
    url: str | None = None,
    title: str | None = None,
    on_article: Callable[[IngestResult | KGError], None] | None = None,
    timeout: float = 600.0,
) -> IngestSummary:
    """Read the articles under ``paths`` and have the server holding the store ingest them.

    ``server`` is a :class:`ServerInfo`, or a server file / store path to
    read it from.  Returns the same summary as :func:`kg.ingest.ingest_paths`.
    Raises :class:`~kg.errors.StoreError` when the server cannot be reached or
    refuses the token.
    """
    from kg.articles import read_articles

    info = server if isinstance(server, ServerInfo) else _info_from(Path(server))
    summary = IngestSummary()

    def report(outcome: IngestResult | KGError) -> None:
        if isinstance(outcome, IngestResult):
            summary.results.append(outcome)
        else:
            summary.errors.append(outcome)
        if on_article is not None:
            on_article(outcome)

    items = read_articles(
        paths, lang=lang, source=source, published=published, url=url, title=title
    )
    for batch in _batches(items):
        articles = [a for a in batch if isinstance(a, Article)]
        answers = iter(_post(info, articles, timeout)) if articles else iter(())
        for item in batch:
            if not isinstance(item, Article):
                report(item)
                continue
            record = next(answers, None)
            if record is None:
                raise StoreError(f"the server at {info.url} stopped answering mid-batch")
            if "result" in record:
                r = dict(record["result"])
                r["outcome"] = IngestOutcome(r["outcome"])
                report(IngestResult(**r))
            else:
                report(InputError(str(record.get("error", "failed")), path=item.path or item.id))
        for _ in answers:  # the closing {"done": true} line
            pass
    return summary


def _info_from(path: Path) -> ServerInfo:
    store = path
    if path.name.endswith(".server.json"):
        store = path.with_name(path.name[: -len(".server.json")])
    info = find_server(store)
    if info is None:
        raise StoreError(f"no running server holds {store}")
    return info
