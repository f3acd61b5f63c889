"""The main process's work per request (session 14): the same answers with fewer wake-ups
and less Python per request."""

from __future__ import annotations

import re
import socket

from hypothesis import given
from hypothesis import strategies as st

from kg.server import frames
from kg.server.pool import _NUMBER, QueryShapes
from kg.server.sparql_text import uses_service
from kg.server.worker import _ChunkWriter

# the number pattern before session 14 (a leading \b: the engine tried every position)
_OLD_NUMBER = re.compile(r"\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b")

TEXT = st.text(alphabet=st.sampled_from("0123456789.eE+-_xX? <>\"'(),:é٣\n"), max_size=60)


@given(TEXT)
def test_numbers_are_blanked_exactly_where_the_word_boundary_pattern_blanked_them(
    text: str,
) -> None:
    assert _NUMBER.sub("0", text) == _OLD_NUMBER.sub("0", text)


def test_numbers_inside_names_stay_and_numbers_of_every_form_are_blanked() -> None:
    blanked = _NUMBER.sub("0", "SELECT ?x1 ?y_2 { ?x1 ?p 2.5, 1e3, 7E-2, 42 } LIMIT 100 OFFSET 3")
    assert blanked == "SELECT ?x1 ?y_2 { ?x1 ?p 0, 0, 0, 0 } LIMIT 0 OFFSET 0"
    shape = QueryShapes.shape
    assert shape("SELECT * { ?s ?p ?o } LIMIT 10") == shape("SELECT * { ?s ?p ?o } LIMIT 999")


def test_service_in_any_ascii_case_is_found_and_other_texts_are_let_through() -> None:
    assert uses_service("SELECT * { SeRvIcE <http://x/sparql> { ?s ?p ?o } }")
    assert uses_service("select * {\n  service silent <http://x/sparql> { ?s ?p ?o }\n}")
    assert not uses_service('SELECT * { ?s <http://ex.org/Service> "Customer service" }')
    assert not uses_service("SELECT * { ?s ?p ?o } # SERVICE in a comment")
    assert not uses_service('SELECT ?n { ?s <http://ex.org/name> "الخدمة" }')
    assert not uses_service("ASK {}")


class _Recorder:
    """Stands in for the worker's socket: keeps what each ``sendall`` sent."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []

    def sendall(self, data: bytes) -> None:
        self.sent.append(bytes(data))


def _frames(data: bytes) -> list[tuple[bytes, bytes]]:
    out = []
    while data:
        kind, length = frames.unpack_header(data[: frames.HEADER_SIZE])
        start = frames.HEADER_SIZE
        out.append((kind, data[start : start + length]))
        data = data[start + length :]
    return out


def test_a_small_answer_is_sent_in_one_piece_with_its_header_and_end() -> None:
    """Header, data and end frame in one sendall: the server's event loop wakes once."""
    sock = _Recorder()
    head = frames.encode_json(frames.HEAD, {"kind": "solutions", "format": "text/csv"})
    writer = _ChunkWriter(sock, head)  # type: ignore[arg-type]
    for part in (b"s,o\r\n", b"http://ex.org/a,1\r\n", b"http://ex.org/b,2\r\n"):
        writer.write(part)
    writer.flush()  # pyoxigraph flushes at the end of a result: nothing is sent yet
    assert sock.sent == []
    writer.close()
    assert len(sock.sent) == 1
    assert [kind for kind, _ in _frames(sock.sent[0])] == [frames.HEAD, frames.DATA, frames.END]
    assert _frames(sock.sent[0])[1][1] == b"s,o\r\nhttp://ex.org/a,1\r\nhttp://ex.org/b,2\r\n"


def test_a_big_answer_is_streamed_in_chunks_and_arrives_whole_and_in_order() -> None:
    sock = _Recorder()
    writer = _ChunkWriter(sock, frames.encode_json(frames.HEAD, {"kind": "triples"}))  # type: ignore[arg-type]
    rows = [f"<http://ex.org/s{i}> <http://ex.org/p> {i} .\n".encode() for i in range(20_000)]
    for row in rows:
        writer.write(row)
    writer.close()
    assert len(sock.sent) > 3  # streamed: the server can answer before the end
    assert all(len(piece) <= frames.CHUNK + 1024 for piece in sock.sent)
    received = _frames(b"".join(sock.sent))
    assert received[0][0] == frames.HEAD and received[-1] == (frames.END, b"")
    assert {kind for kind, _ in received[1:-1]} == {frames.DATA}
    assert b"".join(payload for _, payload in received[1:-1]) == b"".join(rows)


def test_the_frames_of_one_send_are_read_back_one_by_one_from_a_real_socket() -> None:
    left, right = socket.socketpair()
    with left, right:
        writer = _ChunkWriter(left, frames.encode_json(frames.HEAD, {"kind": "boolean"}))
        writer.write(b'{"head":{},"boolean":true}')
        writer.close()
        assert frames.recv(right) == (frames.HEAD, b'{"kind": "boolean"}')
        assert frames.recv(right) == (frames.DATA, b'{"head":{},"boolean":true}')
        assert frames.recv(right) == (frames.END, b"")
