"""Small HTTP helpers shared by the routes: errors, bodies, auth, parameters."""

from __future__ import annotations

import codecs
import hmac
from urllib.parse import unquote_to_bytes

from starlette.exceptions import HTTPException
from starlette.requests import Request

from kg.server.settings import Settings

__all__ = [
    "HTTPException",
    "decode_utf8",
    "media_type",
    "parse_params",
    "read_body",
    "require_token",
    "require_updates",
]


def media_type(request: Request) -> tuple[str | None, dict[str, str]]:
    """The request's ``Content-Type`` as (lower-case type, parameters); ``None`` if absent."""
    header = request.headers.get("content-type")
    if not header or not header.strip():
        return None, {}
    parts = [p.strip() for p in header.split(";")]
    params: dict[str, str] = {}
    for p in parts[1:]:
        key, _, value = p.partition("=")
        params[key.strip().lower()] = value.strip().strip('"')
    return parts[0].lower(), params


def check_charset(params: dict[str, str]) -> None:
    """Refuse a declared charset other than UTF-8 (415)."""
    charset = params.get("charset")
    if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8", "us-ascii"):
        raise HTTPException(415, f"only UTF-8 request bodies are accepted, not {charset}")


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, or 413 past ``limit`` bytes (whatever Content-Length says).

    The body is cached on the request, so ``request.form()`` can parse it afterwards.
    """
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            too_big = int(declared) > limit
        except ValueError:
            raise HTTPException(400, "bad Content-Length") from None
        if too_big:
            raise HTTPException(413, f"request body larger than the limit of {limit} bytes")
    body = await request.body()
    if len(body) > limit:
        raise HTTPException(413, f"request body larger than the limit of {limit} bytes")
    return body


def decode_utf8(data: bytes, what: str = "request body") -> str:
    """Strict UTF-8 decoding; 400 on bad bytes."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HTTPException(400, f"{what} is not valid UTF-8 (at byte {exc.start})") from None


def unquote_form(field: str) -> bytes:
    """The bytes of one form field: ``+`` is a space, ``%XX`` a byte (as ``unquote_to_bytes``).

    A SPARQL query sent as a form is mostly escapes (``<``, ``>``, ``"``, ``:``,
    ``/`` …): ``unquote_to_bytes`` loops over them in Python (about 1 ms for a
    12 KB who-said query, in the one process that serves every request), so
    when every ``%`` starts a valid escape they are turned into ``\\xXX`` and
    decoded by the ``escape`` codec in C; anything else (``%ZZ``, a ``%`` at
    the end) is left to ``unquote_to_bytes``, which keeps it as it is.
    """
    data = field.replace("+", " ").encode("utf-8")
    if b"%" not in data:
        return data
    try:
        decoded, _ = codecs.escape_decode(data.replace(b"\\", b"\\\\").replace(b"%", b"\\x"))
    except ValueError:
        return unquote_to_bytes(data)
    return decoded if isinstance(decoded, bytes) else unquote_to_bytes(data)


def parse_params(raw: bytes | str) -> list[tuple[str, str]]:
    """``application/x-www-form-urlencoded`` pairs, decoded strictly as UTF-8 (400 otherwise)."""
    text = raw.decode("latin-1") if isinstance(raw, bytes) else raw
    pairs: list[tuple[str, str]] = []
    for part in text.split("&"):
        if not part:
            continue
        key, sep, value = part.partition("=")
        k = decode_utf8(unquote_form(key), "parameter name")
        v = decode_utf8(unquote_form(value), f"parameter {k!r}") if sep else ""
        pairs.append((k, v))
    return pairs


def require_token(request: Request, settings: Settings) -> None:
    """401 unless ``Authorization: Bearer <token>`` matches (constant-time compare)."""
    token = settings.token or ""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.strip().partition(" ")
    given = value.strip().encode("utf-8")
    if (
        not token
        or scheme.lower() != "bearer"
        or not hmac.compare_digest(given, token.encode("utf-8"))
    ):
        why = "missing bearer token" if not header else "wrong bearer token"
        raise HTTPException(
            401,
            f"{why}: send Authorization: Bearer <token> (the token is in the server file)",
            headers={"WWW-Authenticate": 'Bearer realm="statekg"'},
        )


def require_updates(request: Request, settings: Settings) -> None:
    """403 when updates are disabled, else the token rule of :func:`require_token`."""
    if not settings.updates:
        raise HTTPException(
            403, "updates are disabled on this server (start it with --updates and a token)"
        )
    require_token(request, settings)
