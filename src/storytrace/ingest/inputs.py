"""What the user typed, turned into things to read; and the guarded byte stream they are read from.

Input: the strings of a command line: file paths, directories, glob patterns, ``-`` for
standard input and http(s) URLs.
Output: :class:`InputItem` records in a deterministic order (inputs in the order given, the files
of a directory or glob sorted by path), or a :class:`~storytrace.model.Rejected` for an input that
names nothing.

:class:`Stream` wraps any binary file object. It never raises on damaged data: a truncated or
corrupt gzip stream or an I/O error ends the stream and is kept in :attr:`Stream.failure`, so
that what was read before it stays usable.

Stable API: :func:`expand_inputs`, :class:`InputItem`, :class:`Stream`.
"""

from __future__ import annotations

import glob
import gzip
import io
import logging
import os
import re
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Protocol

from storytrace.model import Rejected, Source, reject

logger = logging.getLogger(__name__)

#: File name endings passed over when walking a directory (assets of saved pages, archive
#: indexes, checksums). A file named explicitly, or matched by a glob, is always read.
SKIPPED_SUFFIXES: Final = frozenset(
    {
        ".css", ".js", ".mjs", ".map", ".woff", ".woff2", ".ttf", ".otf", ".eot", ".ico",
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".bmp", ".svg", ".mp3", ".mp4",
        ".webm", ".wav", ".pyc", ".cdx", ".cdxj", ".idx", ".md5", ".sha1", ".sha256",
    }
)  # fmt: skip

_URL: Final = re.compile(r"\Ahttps?://\S+\Z", re.IGNORECASE)
_CHUNK: Final = 65_536


class Readable(Protocol):
    """Anything with a binary ``read``."""

    def read(self, size: int = -1, /) -> bytes: ...


@dataclass(frozen=True, slots=True)
class InputItem:
    """One thing to read.

    Attributes:
        kind: ``"path"`` (a file, absolute and resolved), ``"stdin"`` or ``"url"``.
        value: the path, ``"-"`` or the URL.
    """

    kind: str
    value: str


def expand_inputs(inputs: Sequence[str]) -> Iterator[InputItem | Rejected]:
    """Turn command-line inputs into files, standard input and URLs, in a stable order.

    Directories are walked recursively in sorted order, skipping hidden files and directories,
    symbolic links to directories and :data:`SKIPPED_SUFFIXES`. Glob patterns (``**`` allowed)
    are expanded and sorted. A file reached twice is read once.

    Args:
        inputs: what the user typed.

    Returns:
        An iterator of :class:`InputItem`, and of ``Rejected("unreadable")`` for an input that
        names no file, a glob that matches nothing, or a directory that cannot be listed.
    """
    seen: set[str] = set()
    for typed in inputs:
        for item in _expand_one(typed):
            if isinstance(item, InputItem) and item.kind == "path":
                if item.value in seen:
                    continue
                seen.add(item.value)
            yield item


def _expand_one(typed: str) -> Iterator[InputItem | Rejected]:
    if typed == "-":
        yield InputItem("stdin", "-")
    elif _URL.match(typed):
        yield InputItem("url", typed)
    elif os.path.lexists(os.path.expanduser(typed)):
        yield from _expand_path(Path(os.path.expanduser(typed)), typed)
    elif any(char in typed for char in "*?["):
        yield from _expand_glob(typed)
    else:
        yield _missing(typed)


def _expand_glob(pattern: str) -> Iterator[InputItem | Rejected]:
    matches = sorted(glob.glob(os.path.expanduser(pattern), recursive=True))
    if not matches:
        yield _missing(pattern)
    for match in matches:
        yield from _expand_path(Path(match), match)


def _expand_path(path: Path, typed: str) -> Iterator[InputItem | Rejected]:
    if path.is_dir():
        yield from _walk(path)
    elif path.exists():
        yield InputItem("path", str(path.resolve()))
    else:
        yield _missing(typed)


def _walk(directory: Path) -> Iterator[InputItem | Rejected]:
    try:
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        location = str(directory.resolve())
        detail = f"cannot list directory {location}: {error.strerror or error}"
        yield reject(Source(kind="file", location=location), "unreadable", detail)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if _is_dir(entry):
            yield from _walk(path)
        elif _is_file(entry) and path.suffix.lower() not in SKIPPED_SUFFIXES:
            yield InputItem("path", str(path.resolve()))
        else:
            logger.debug("skipping %s while walking %s", entry.name, directory)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def _missing(typed: str) -> Rejected:
    source = Source(kind="file", location=typed)
    return reject(source, "unreadable", f"no such file or directory: {typed}")


class Stream:
    """A binary stream that turns read errors into end-of-stream and remembers them.

    It buffers what :meth:`peek` looked at, so that sniffing works on pipes too, and counts the
    bytes handed out (:meth:`tell`), which archive readers use as record offsets.

    Attributes:
        failure: ``(reason, detail)`` of the error that ended the stream early, or None.
    """

    def __init__(self, raw: Readable, *, label: str = "stream") -> None:
        """Wrap ``raw``; ``label`` names it in failure details (``"gzip stream"``)."""
        # read1 returns what one underlying read gives: a gzip stream that ends early then
        # raises on a call of its own, instead of dropping the bytes it had already inflated.
        self._read = getattr(raw, "read1", raw.read)
        self._label = label
        self._buffer = bytearray()
        self._start = 0
        self._offset = 0
        self._eof = False
        self.failure: tuple[str, str] | None = None

    def peek(self, size: int) -> bytes:
        """Return up to ``size`` next bytes without consuming them."""
        self._fill(size)
        return bytes(self._buffer[self._start : self._start + size])

    def read(self, size: int = -1, /) -> bytes:
        """Read up to ``size`` bytes (all that is left when ``size`` is negative)."""
        if size < 0:
            while not self._eof:
                self._fill(self._available() + _CHUNK)
            size = self._available()
        self._fill(size)
        return self._take(min(size, self._available()))

    def readline(self, size: int = -1, /) -> bytes:
        """Read one line, with its newline, of at most ``size`` bytes when ``size`` >= 0."""
        scanned = 0
        while True:
            end = self._buffer.find(b"\n", self._start + scanned)
            if end >= 0:
                length = end - self._start + 1
                break
            scanned = self._available()
            if (0 <= size <= scanned) or self._eof:
                length = scanned
                break
            self._fill(scanned + _CHUNK)
        if size >= 0:
            length = min(length, size)
        return self._take(length)

    def tell(self) -> int:
        """Bytes handed out so far."""
        return self._offset

    def seek(self, offset: int, whence: int = 0, /) -> int:
        """Streams only go forward (this is here for readers that check for it)."""
        raise io.UnsupportedOperation("a storytrace input stream cannot seek")

    def take_failure(self) -> tuple[str, str] | None:
        """Return :attr:`failure` and clear it, so that it is reported once."""
        failure, self.failure = self.failure, None
        return failure

    def _available(self) -> int:
        return len(self._buffer) - self._start

    def _take(self, size: int) -> bytes:
        data = bytes(self._buffer[self._start : self._start + size])
        self._start += size
        self._offset += size
        if self._start > _CHUNK and self._start * 2 > len(self._buffer):
            del self._buffer[: self._start]
            self._start = 0
        return data

    def _fill(self, size: int) -> None:
        while self._available() < size and not self._eof:
            chunk = self._read_raw(max(size - self._available(), _CHUNK))
            if chunk:
                self._buffer += chunk
            else:
                self._eof = True

    def _read_raw(self, size: int) -> bytes:
        read_so_far = self._offset + self._available()
        try:
            data: bytes = self._read(size)
            return data
        except EOFError:
            detail = f"the {self._label} ends early, after {read_so_far:,} bytes"
            self.failure = ("truncated", detail)
        except (gzip.BadGzipFile, zlib.error) as error:
            detail = f"the {self._label} is damaged after {read_so_far:,} bytes: {error}"
            self.failure = ("corrupt", detail)
        except OSError as error:
            detail = f"reading failed after {read_so_far:,} bytes: {error.strerror or error}"
            self.failure = ("unreadable", detail)
        return b""
