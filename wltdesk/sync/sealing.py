"""Sealing a bundle's members (AES-256-GCM streams) and deriving the keys that seal them.

A sealed member is the plaintext cut into AES-256-GCM chunks. Each chunk's
nonce and associated data bind its number and whether it is the last, so
chunks cannot be reordered, dropped or the member cut short unnoticed. Both
directions stream a chunk at a time: a bundle of any size is sealed and opened
in constant memory.

The keys: :func:`hkdf` derives one key per purpose (the changes, the manifest's
MAC, the event key carried in a join package) from a bundle's root secret and
its fresh salt; the root secret is the event key, or the output of scrypt
(:func:`passphrase_secret`) for a bundle locked with a passphrase. Format 1
used scrypt's output directly as the AES key (:func:`legacy_params`). See
``docs/export-format.md``.
"""

from __future__ import annotations

import base64
import io
import secrets
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

from wltdesk.language import _

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
NONCE_PREFIX_BYTES = 8


def hkdf(secret: bytes, salt: bytes, purpose: bytes) -> bytes:
    """A 32-byte key for one purpose, derived from a bundle's root secret and salt
    with HKDF-SHA-256 (RFC 5869): a fresh salt per bundle gives fresh keys, so
    no key (and no nonce) is ever used for two bundles."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=purpose).derive(secret)


def scrypt_params(params: dict[str, Any], refuse: Callable[[str], Exception]) -> tuple[int, ...]:
    """(n, r, p) from a manifest, refused when they would cost too much.

    The parameters come from the bundle, so they are checked before any work:
    a forged manifest must not make the reader spend unbounded memory or time
    on scrypt. ``refuse(reason)`` makes the error raised for a bad bundle.
    """
    try:
        n, r, p = int(params["n"]), int(params["r"]), int(params["p"])
    except (KeyError, TypeError, ValueError) as exc:
        raise refuse(_("damaged manifest (encryption parameters)")) from exc
    if (
        params.get("kdf") != "scrypt"
        or n < 2
        or n & (n - 1)
        or r < 1
        or not 0 < p <= MAX_SCRYPT_P
        or 128 * n * r > MAX_SCRYPT_MEMORY
    ):
        raise refuse(_("unsupported encryption parameters"))
    return n, r, p


def passphrase_secret(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    """scrypt (RFC 7914) of the passphrase: 32 bytes."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _cipher(key: bytes) -> AESGCM:
    # Imported here: the GUI's first window (sync status) should not pay for it.
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _aad(index: int, final: bool) -> bytes:
    # Binding the chunk number and the last-chunk flag stops reordering and truncation.
    return b"wltx" + index.to_bytes(8, "big") + (b"\x01" if final else b"\x00")


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + index.to_bytes(4, "big")


class EncryptingWriter(io.RawIOBase):
    """Writes plaintext as AES-GCM chunks: every chunk but the last holds exactly
    CHUNK_BYTES; the last (possibly empty) one is flagged final."""

    def __init__(self, out: IO[bytes], key: bytes, prefix: bytes) -> None:
        super().__init__()
        self.out, self.cipher, self.prefix = out, _cipher(key), prefix
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
        self,
        source: IO[bytes],
        key: bytes,
        prefix: bytes,
        on_bad: Callable[[str], Exception],
        wrong: str,
    ) -> None:
        super().__init__()
        self.source, self.cipher, self.prefix, self.on_bad = source, _cipher(key), prefix, on_bad
        self.wrong = wrong
        self.pending = b""
        self.index = 0
        self.done = False

    def readable(self) -> bool:
        return True

    def _next_chunk(self) -> None:
        sealed = self.source.read(CHUNK_BYTES + TAG_BYTES)
        final = len(sealed) < CHUNK_BYTES + TAG_BYTES
        if final and len(sealed) < TAG_BYTES:
            raise self.on_bad(_("damaged (encrypted data cut short)"))
        from cryptography.exceptions import InvalidTag

        try:
            self.pending = self.cipher.decrypt(
                _nonce(self.prefix, self.index), sealed, _aad(self.index, final)
            )
        except InvalidTag:
            raise self.on_bad(self.wrong) from None
        self.index += 1
        if final:
            if self.source.read(1):
                raise self.on_bad(_("damaged (data after the last encrypted chunk)"))
            self.done = True

    def readinto(self, target: Any) -> int:  # type: ignore[override]
        while not self.pending and not self.done:
            self._next_chunk()
        size = min(len(target), len(self.pending))
        target[:size] = self.pending[:size]
        self.pending = self.pending[size:]
        return size


def new_nonce_prefix() -> bytes:
    return secrets.token_bytes(NONCE_PREFIX_BYTES)


def encrypting(out: IO[bytes], key: bytes, prefix: bytes) -> EncryptingWriter:
    """A writer that seals what it is given into ``out`` (call its ``finish`` at the end)."""
    return EncryptingWriter(out, key, prefix)


def decrypting(
    stored: IO[bytes],
    key: bytes,
    prefix: bytes,
    refuse: Callable[[str], Exception],
    wrong: str = "wrong passphrase",
) -> DecryptingReader:
    """The plaintext of a sealed member; a chunk that does not open is refused with
    ``wrong`` (``refuse(reason)`` makes the error raised for a bad bundle)."""
    return DecryptingReader(stored, key, prefix, refuse, wrong)


def seal(plain: bytes, key: bytes, prefix: bytes) -> bytes:
    """A small member sealed whole, chunk by chunk as a stream would be."""
    out = io.BytesIO()
    writer = EncryptingWriter(out, key, prefix)
    writer.write(plain)
    writer.finish()
    return out.getvalue()


def unseal(
    sealed: bytes,
    key: bytes,
    prefix: bytes,
    refuse: Callable[[str], Exception],
    wrong: str = "wrong passphrase",
) -> bytes:
    """The plaintext of a small member sealed by :func:`seal`."""
    return DecryptingReader(io.BytesIO(sealed), key, prefix, refuse, wrong).read()


def legacy_params(
    params: dict[str, Any], refuse: Callable[[str], Exception]
) -> tuple[bytes, bytes, tuple[int, ...]]:
    """Salt, nonce prefix and scrypt parameters of a format-1 ``encryption`` object
    (passphrase only: its scrypt output is the AES key itself)."""
    try:
        salt = base64.b64decode(params["salt"], validate=True)
        prefix = base64.b64decode(params["nonce_prefix"], validate=True)
        chunk = int(params["chunk_bytes"])
    except (KeyError, TypeError, ValueError) as exc:
        raise refuse(_("damaged manifest (encryption parameters)")) from exc
    if params.get("cipher") != "AES-256-GCM" or len(prefix) != 8 or chunk != CHUNK_BYTES:
        raise refuse(_("unsupported encryption parameters"))
    return salt, prefix, scrypt_params(params, refuse)
