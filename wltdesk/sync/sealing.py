"""Sealing a bundle's changes with a passphrase, and opening them again.

An encrypted bundle's changes member is the plaintext cut into AES-256-GCM
chunks under a key that scrypt derives from the passphrase; the manifest's
``encryption`` object names the parameters (see ``docs/export-format.md``).
Each chunk's nonce and associated data bind its number and whether it is the
last, so chunks cannot be reordered, dropped or the member cut short unnoticed.
Both directions stream a chunk at a time: a bundle of any size is sealed and
opened in constant memory.
"""

from __future__ import annotations

import base64
import io
import secrets
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

#: Encryption: scrypt (RFC 7914) parameters and the AES-GCM chunk size.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1
#: What a reader spends on a bundle's scrypt parameters at most, since a forged
#: manifest can ask for any: scrypt needs 128·n·r bytes and p times the work.
#: The writer's own (n=2^15, r=8, p=1) take 32 MiB; the cap allows 8 times that.
MAX_SCRYPT_MEMORY = 256 << 20
MAX_SCRYPT_P = 4
CHUNK_BYTES = 1 << 16
TAG_BYTES = 16


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> AESGCM:
    # Imported here: the GUI's first window (sync status) should not pay for it.
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=n, r=r, p=p)
    return AESGCM(kdf.derive(passphrase.encode("utf-8")))


def _aad(index: int, final: bool) -> bytes:
    # Binding the chunk number and the last-chunk flag stops reordering and truncation.
    return b"wltx" + index.to_bytes(8, "big") + (b"\x01" if final else b"\x00")


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + index.to_bytes(4, "big")


class EncryptingWriter(io.RawIOBase):
    """Writes plaintext as AES-GCM chunks: every chunk but the last holds exactly
    CHUNK_BYTES; the last (possibly empty) one is flagged final."""

    def __init__(self, out: IO[bytes], cipher: AESGCM, prefix: bytes) -> None:
        super().__init__()
        self.out, self.cipher, self.prefix = out, cipher, prefix
        self.buffer = bytearray()
        self.index = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.buffer += data
        while len(self.buffer) > CHUNK_BYTES:
            self._emit(bytes(self.buffer[:CHUNK_BYTES]), final=False)
            del self.buffer[:CHUNK_BYTES]
        return len(data)

    def _emit(self, plain: bytes, final: bool) -> None:
        nonce = _nonce(self.prefix, self.index)
        self.out.write(self.cipher.encrypt(nonce, plain, _aad(self.index, final)))
        self.index += 1

    def finish(self) -> None:
        if len(self.buffer) == CHUNK_BYTES:
            self._emit(bytes(self.buffer), final=False)
            self.buffer.clear()
        self._emit(bytes(self.buffer), final=True)
        self.buffer.clear()


class DecryptingReader(io.RawIOBase):
    """The plaintext of an encrypted member, chunk by chunk (constant memory)."""

    def __init__(
        self, source: IO[bytes], cipher: AESGCM, prefix: bytes, on_bad: Callable[[str], Exception]
    ) -> None:
        super().__init__()
        self.source, self.cipher, self.prefix, self.on_bad = source, cipher, prefix, on_bad
        self.pending = b""
        self.index = 0
        self.done = False

    def readable(self) -> bool:
        return True

    def _next_chunk(self) -> None:
        sealed = self.source.read(CHUNK_BYTES + TAG_BYTES)
        final = len(sealed) < CHUNK_BYTES + TAG_BYTES
        if final and len(sealed) < TAG_BYTES:
            raise self.on_bad("damaged (encrypted data cut short)")
        from cryptography.exceptions import InvalidTag

        try:
            self.pending = self.cipher.decrypt(
                _nonce(self.prefix, self.index), sealed, _aad(self.index, final)
            )
        except InvalidTag:
            raise self.on_bad("wrong passphrase") from None
        self.index += 1
        if final:
            if self.source.read(1):
                raise self.on_bad("damaged (data after the last encrypted chunk)")
            self.done = True

    def readinto(self, target: Any) -> int:  # type: ignore[override]
        while not self.pending and not self.done:
            self._next_chunk()
        size = min(len(target), len(self.pending))
        target[:size] = self.pending[:size]
        self.pending = self.pending[size:]
        return size


def encrypting(out: IO[bytes], passphrase: str) -> tuple[EncryptingWriter, dict[str, Any]]:
    """A writer that seals what it is given into ``out`` with a key from the
    passphrase (call its ``finish`` at the end), and the manifest's
    ``encryption`` object that says how."""
    salt, prefix = secrets.token_bytes(16), secrets.token_bytes(8)
    cipher = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    encryption = {
        "cipher": "AES-256-GCM",
        "kdf": "scrypt",
        "salt": base64.b64encode(salt).decode(),
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "nonce_prefix": base64.b64encode(prefix).decode(),
        "chunk_bytes": CHUNK_BYTES,
    }
    return EncryptingWriter(out, cipher, prefix), encryption


def decrypting(
    stored: IO[bytes],
    params: dict[str, Any],
    passphrase: str,
    refuse: Callable[[str], Exception],
) -> DecryptingReader:
    """The plaintext of a sealed member, as the manifest's ``encryption`` object says.

    The parameters come from the bundle, so they are checked before any work:
    a forged manifest must not make the reader spend unbounded memory or time
    on scrypt. ``refuse(reason)`` makes the error raised for a bad bundle.
    """
    try:
        salt = base64.b64decode(params["salt"], validate=True)
        prefix = base64.b64decode(params["nonce_prefix"], validate=True)
        n, r, p = int(params["n"]), int(params["r"]), int(params["p"])
        chunk = int(params["chunk_bytes"])
    except (KeyError, TypeError, ValueError) as exc:
        raise refuse("damaged manifest (encryption parameters)") from exc
    if (
        params.get("cipher") != "AES-256-GCM"
        or params.get("kdf") != "scrypt"
        or len(prefix) != 8
        or chunk != CHUNK_BYTES
        or n < 2
        or n & (n - 1)
        or r < 1
        or not 0 < p <= MAX_SCRYPT_P
        or 128 * n * r > MAX_SCRYPT_MEMORY
    ):
        raise refuse("unsupported encryption parameters")
    cipher = _derive(passphrase, salt, n, r, p)
    return DecryptingReader(stored, cipher, prefix, refuse)
