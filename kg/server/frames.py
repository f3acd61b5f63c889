"""Length-prefixed frames between the server and its query workers.

A frame is one type byte, a 4-byte big-endian length and the payload.  The
server sends ``Q`` (a JSON task); a worker answers ``H`` (JSON header: result
kind and media type), then ``D`` chunks, then ``F``; or ``E`` (JSON
``{"status", "message"}``) at any point before ``F``.

This module is imported by the worker by file path, so it uses the standard
library only.
"""

from __future__ import annotations

import json
import socket
import struct
from typing import Any

TASK = b"Q"
HEAD = b"H"
DATA = b"D"
END = b"F"
ERROR = b"E"

CHUNK = 128 * 1024
"""Bytes a worker gathers before sending a data frame (a who-said answer of 100
rows, 60–100 KB of JSON, fits in one)."""

_HEADER = struct.Struct(">cI")


def encode(kind: bytes, payload: bytes) -> bytes:
    """One frame as bytes."""
    return _HEADER.pack(kind, len(payload)) + payload


def encode_json(kind: bytes, value: Any) -> bytes:
    """One frame of JSON as bytes."""
    return encode(kind, json.dumps(value, ensure_ascii=False).encode("utf-8"))


def send(sock: socket.socket, kind: bytes, payload: bytes) -> None:
    """Send one frame on a blocking socket."""
    sock.sendall(encode(kind, payload))


def send_json(sock: socket.socket, kind: bytes, value: Any) -> None:
    """Send a JSON frame."""
    sock.sendall(encode_json(kind, value))


def _recv_exact(sock: socket.socket, n: int) -> bytes | None:
    parts = bytearray()
    while len(parts) < n:
        chunk = sock.recv(n - len(parts))
        if not chunk:
            return None
        parts += chunk
    return bytes(parts)


def recv(sock: socket.socket) -> tuple[bytes, bytes] | None:
    """Receive one frame from a blocking socket (``None`` at end of stream)."""
    head = _recv_exact(sock, _HEADER.size)
    if head is None:
        return None
    kind, length = _HEADER.unpack(head)
    payload = _recv_exact(sock, length) if length else b""
    if payload is None:
        return None
    return kind, payload


HEADER_SIZE = _HEADER.size


def unpack_header(head: bytes) -> tuple[bytes, int]:
    """Type and payload length of a frame header."""
    kind, length = _HEADER.unpack(head)
    return kind, length
