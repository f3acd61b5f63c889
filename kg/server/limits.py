"""ASGI middleware enforcing the request body limit (413), even without Content-Length."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["BodyLimit"]


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes.

    A declared ``Content-Length`` over the limit is answered 413 before the
    app runs; a chunked body is counted as it arrives and reading past the
    limit raises a 413 ``HTTPException`` in the handler that reads it.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.limit
                except ValueError:
                    too_big = False
                if too_big:
                    response = PlainTextResponse(
                        f"request body larger than the limit of {self.limit} bytes\n",
                        413,
                        headers={"Connection": "close"},
                    )
                    await response(scope, receive, send)
                    return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise HTTPException(
                        413, f"request body larger than the limit of {self.limit} bytes"
                    )
            return message

        await self.app(scope, limited, send)
