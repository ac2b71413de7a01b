"""Time limits on every wait for a WebDAV server, so that no server can hold a sync.

A socket timeout bounds one wait; a server that trickles its reply a byte at a
time stays inside it forever. So each request gets a :class:`Deadline`, and
every wait on its socket — connecting, each read of the status line, headers and
body, each block of an upload — is cut to the time the request has left
(:func:`timed_connection`). Plain :mod:`http.client` underneath; nothing of ours
but the clock.
"""

from __future__ import annotations

import functools
import http.client
import io
import socket
import time
from typing import Any, BinaryIO

#: Seconds any one wait on a WebDAV server's socket may take (connecting, one
#: read, one write) before the server counts as unreachable.
TIMEOUT = 15.0


class DeadlinePassed(TimeoutError):
    """A request's deadline passed between two waits on its socket."""


class Deadline:
    """The time one request has left; every wait on its socket is cut to it."""

    def __init__(self, seconds: float) -> None:
        self.start = time.monotonic()
        self.seconds = seconds
        self.end = self.start + seconds
        #: Whether the last wait was cut short by the deadline (its timeout is then the deadline's).
        self.cut = False

    def extend(self, seconds: float) -> None:
        """Allow the request ``seconds`` from its start, if that is more than it has."""
        if seconds > self.seconds:
            self.seconds = seconds
            self.end = self.start + seconds

    def wait(self) -> float:
        """The socket timeout for the next wait; raises once no time is left."""
        left = self.end - time.monotonic()
        if left <= 0:
            raise DeadlinePassed
        self.cut = left < TIMEOUT
        return min(TIMEOUT, left)

    def passed(self, exc: BaseException) -> bool:
        """Whether a timeout means the deadline, rather than one silent wait, ran out."""
        return isinstance(exc, TimeoutError) and (self.cut or time.monotonic() >= self.end)


class TimedReader(io.RawIOBase):
    """A socket's reading end whose every wait gets only the request's time left.

    http.client reads the status line and headers line by line, and a line
    can be trickled byte by byte, each byte inside the socket timeout; here
    each of those reads, not just each chunk of the body, is bounded.
    """

    def __init__(self, sock: socket.socket, deadline: Deadline) -> None:
        super().__init__()
        self._sock = sock
        self._raw = sock.makefile("rb", buffering=0)  # holds the socket open, as http.client does
        self._deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int | None:  # type: ignore[override]
        self._sock.settimeout(self._deadline.wait())
        return self._raw.readinto(buffer)

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


class TimedResponse(http.client.HTTPResponse):
    """An HTTP response read through :class:`TimedReader`."""

    def __init__(self, sock: socket.socket, *args: Any, deadline: Deadline, **kwargs: Any) -> None:
        super().__init__(sock, *args, **kwargs)
        self.fp.close()
        self.fp = io.BufferedReader(TimedReader(sock, deadline))


class TimedUpload:
    """A file sent as a request body; each block's sending gets only the time left."""

    def __init__(
        self, source: BinaryIO, connection: http.client.HTTPConnection, deadline: Deadline
    ) -> None:
        self.source = source
        self.connection = connection
        self.deadline = deadline

    def read(self, size: int = -1) -> bytes:
        if self.connection.sock is not None:
            self.connection.sock.settimeout(self.deadline.wait())
        return self.source.read(size)


def timed_connection(
    scheme: str, host: str, port: int | None, deadline: Deadline
) -> http.client.HTTPConnection:
    """A connection to ``host`` whose every wait, and whose replies' every read, is cut
    to ``deadline``."""
    kind = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
    connection = kind(host, port, timeout=deadline.wait())
    connection.response_class = functools.partial(  # type: ignore[assignment]
        TimedResponse, deadline=deadline
    )
    return connection
