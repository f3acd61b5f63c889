"""Turning worker answers into HTTP responses (buffered when small, streamed when big)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from starlette.responses import Response, StreamingResponse

from kg.errors import QueryError
from kg.server.pool import ResultStream

__all__ = ["StreamAbortedError", "content_type", "stream_response"]


class StreamAbortedError(Exception):
    """A streamed answer failed after its 200 was sent: the connection must be cut.

    :class:`kg.server.app.StatekgApp` catches it and returns without the final
    chunk, so the server closes the connection and the client sees an
    incomplete transfer.
    """


_TEXTUAL = (
    "text/",
    "application/sparql-results+",
    "application/ld+json",
    "application/n-",
    "application/trig",
    "application/rdf+xml",
)


def content_type(media: str) -> str:
    """The Content-Type header for a media type we produce (UTF-8 for textual ones)."""
    if media.startswith(_TEXTUAL):
        return f"{media}; charset=utf-8"
    return media


def stream_response(
    stream: ResultStream,
    *,
    status: int = 200,
    head: bool = False,
    headers: dict[str, str] | None = None,
) -> Response:
    """A response for a worker's answer.

    A complete answer goes out with a Content-Length.  A bigger one is
    streamed; if its worker then fails or misses the deadline, the exception
    aborts the response before the final chunk, so the client sees a broken
    transfer, not a complete 200.
    """
    media = content_type(stream.media_type)
    extra = {"Vary": "Accept", **(headers or {})}
    if stream.complete:
        # for HEAD the server sends the headers (with the real Content-Length) only
        return Response(
            b"".join(stream.buffered), status_code=status, media_type=media, headers=extra
        )
    if head:
        return _closing_head(stream, status, media, extra)

    async def body() -> AsyncIterator[bytes]:
        try:
            async for chunk in stream:
                yield chunk
        except QueryError as exc:
            raise StreamAbortedError(str(exc)) from None

    return StreamingResponse(body(), status_code=status, media_type=media, headers=extra)


def _closing_head(
    stream: ResultStream, status: int, media: str, headers: dict[str, str]
) -> Response:
    """HEAD of a big answer: no body, and the worker is released."""
    from starlette.background import BackgroundTask

    return Response(
        b"",
        status_code=status,
        media_type=media,
        headers=headers,
        background=BackgroundTask(stream.aclose),
    )
