"""A durable local spool: records that could not reach Redis wait in an fsync'd file and are replayed in order.

Several web processes share one spool file: appends hold an exclusive `flock` on it, and one drainer
at a time (a second lock file) replays from the head and then cuts what it replayed off the front,
in place, so an append that raced with the drain is never lost. A record replayed twice (a crash
between replay and cut) must be harmless: callers make replay idempotent (provider message ids).
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

log = logging.getLogger(__name__)

SUFFIX = ".jsonl"
FAILED_SUFFIX = ".failed"  # records that could not be replayed (not transient): kept for an operator
BATCH = 50  # records replayed per turn; appends wait for the file lock only while a batch is read or cut
MAX_BACKOFF = 2.0  # seconds between drain attempts while the backend is still down

Record = dict[str, Any]


def spool_dir(var_dir: Path) -> Path:
    """Where every spool of an install lives (one file per producer)."""
    return var_dir / "spool"


def counts(var_dir: Path) -> tuple[int, int]:
    """(records waiting, records set aside as failed) across all spools, for /healthz."""
    folder = spool_dir(var_dir)
    if not folder.is_dir():
        return 0, 0
    waiting = sum(_count_lines(p) for p in folder.glob(f"*{SUFFIX}"))
    failed = sum(_count_lines(p) for p in folder.glob(f"*{SUFFIX}{FAILED_SUFFIX}"))
    return waiting, failed


def _count_lines(path: Path) -> int:
    data = path.read_bytes()
    return data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)


@contextmanager
def _locked(path: Path, mode: int = fcntl.LOCK_EX) -> Iterator[BinaryIO]:
    """The file opened for append+read under an flock (created 0600: records hold patient data)."""
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(fd, "a+b") as fh:
        fcntl.flock(fh, mode)
        yield fh


class Spool:
    """One spool file with its replay function; `kick()` starts a background drainer when needed."""

    def __init__(
        self,
        path: Path,
        replay: Callable[[Record], None],
        *,
        transient: tuple[type[BaseException], ...],
    ) -> None:
        self.path = path
        self.replay = replay
        self.transient = transient
        self._thread: threading.Thread | None = None
        self._guard = threading.Lock()

    def append(self, record: Record) -> None:
        """Write one record durably (fsync'd before this returns)."""
        line = json.dumps(record, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"
        created = not self.path.exists()
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with _locked(self.path) as fh:
            if _torn_tail(fh):  # a writer crashed mid-line: end that line so ours stays readable
                line = b"\n" + line
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())
        if created:  # the new directory entry must survive a power cut too
            _fsync_dir(self.path.parent)

    def has_pending(self) -> bool:
        """True when records wait (a cheap stat, done on every webhook)."""
        try:
            return self.path.stat().st_size > 0
        except FileNotFoundError:
            return False

    def kick(self) -> None:
        """Start this process's drainer thread if records wait and it is not already running."""
        if not self.has_pending():
            return
        with self._guard:
            if self._thread is not None and self._thread.is_alive():
                return
            self._thread = threading.Thread(target=self._drain_until_empty, name="spool-drainer", daemon=True)
            self._thread.start()

    def _drain_until_empty(self) -> None:
        backoff = 0.2
        while self.has_pending():
            replayed, stalled = self.drain()
            if stalled:
                time.sleep(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
            elif replayed:
                backoff = 0.2
            else:  # another process holds the drain lock: it will finish the job
                return

    def drain(self) -> tuple[int, bool]:
        """Replay waiting records in order: (how many were replayed, whether a transient error stopped it)."""
        if not self.has_pending():
            return 0, False
        with _try_lock(self.path.with_name(self.path.name + ".drain")) as held:
            if not held:
                return 0, False
            total = 0
            while True:
                batch = self._head()
                if not batch:
                    return total, False
                done, stalled = self._replay(batch)
                self._cut(sum(len(raw) for raw in batch[:done]))
                total += done
                if stalled:
                    return total, True

    def _head(self) -> list[bytes]:
        """Up to BATCH raw lines from the front; a torn last line is returned too (it is garbage)."""
        with _locked(self.path) as fh:
            fh.seek(0)
            lines = []
            for raw in fh:
                lines.append(raw)
                if len(lines) >= BATCH:
                    break
            return lines

    def _replay(self, batch: list[bytes]) -> tuple[int, bool]:
        for done, raw in enumerate(batch):
            try:
                self.replay(json.loads(raw))
            except self.transient as exc:
                log.warning("spool replay paused spool=%s error=%s", self.path.name, type(exc).__name__)
                return done, True
            except Exception as exc:  # a record that can never be replayed must not block the rest
                log.error("spool record set aside spool=%s error=%s", self.path.name, type(exc).__name__)
                self._set_aside(raw)
        return len(batch), False

    def _set_aside(self, raw: bytes) -> None:
        with _locked(self.path.with_name(self.path.name + FAILED_SUFFIX)) as fh:
            fh.write(raw if raw.endswith(b"\n") else raw + b"\n")
            fh.flush()
            os.fsync(fh.fileno())

    def _cut(self, nbytes: int) -> None:
        """Drop the first `nbytes` (already replayed) in place; records appended meanwhile stay."""
        if nbytes <= 0:
            return
        with _locked(self.path) as fh:
            fh.seek(nbytes)
            rest = fh.read()
            # O_APPEND writes always land at the end, so rewrite through a second, plain descriptor.
            with self.path.open("r+b") as out:
                out.write(rest)
                out.truncate(len(rest))
                out.flush()
                os.fsync(out.fileno())


def _torn_tail(fh: BinaryIO) -> bool:
    size = fh.seek(0, os.SEEK_END)
    if size == 0:
        return False
    fh.seek(size - 1)
    return fh.read(1) != b"\n"


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def _try_lock(lock_path: Path) -> Iterator[bool]:
    """Take the drain lock without waiting: yields False when another drainer holds it."""
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)  # closing the descriptor releases the lock
