"""The durable spool: fsync'd appends from several processes, replayed in order, nothing lost or blocked."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path
from typing import Any

import pytest

from bot import spool
from bot.spool import Spool


class Down(Exception):
    """Stands for 'Redis is down'."""


def make(tmp_path: Path, seen: list[Any], fail_when: Any = None) -> Spool:
    def replay(record: dict[str, Any]) -> None:
        if fail_when and fail_when(record):
            raise Down
        if record.get("poison"):
            raise KeyError("bad record")
        seen.append(record["n"])

    return Spool(spool.spool_dir(tmp_path) / "test.jsonl", replay, transient=(Down,))


def test_records_replay_in_order_and_the_file_empties(tmp_path: Path) -> None:
    seen: list[int] = []
    s = make(tmp_path, seen)
    for n in range(120):  # more than one batch
        s.append({"n": n})
    assert spool.counts(tmp_path) == (120, 0)
    assert s.drain() == (120, False)
    assert seen == list(range(120))
    assert not s.has_pending()
    assert spool.counts(tmp_path) == (0, 0)


def test_a_transient_failure_stops_the_replay_and_keeps_the_rest(tmp_path: Path) -> None:
    seen: list[int] = []
    down = {"on": True}
    s = make(tmp_path, seen, fail_when=lambda r: down["on"] and r["n"] >= 3)
    for n in range(6):
        s.append({"n": n})
    assert s.drain() == (3, True)
    assert spool.counts(tmp_path) == (3, 0)
    down["on"] = False
    assert s.drain() == (3, False)
    assert seen == [0, 1, 2, 3, 4, 5]


def test_a_record_that_can_never_replay_is_set_aside_not_blocking(tmp_path: Path) -> None:
    seen: list[int] = []
    s = make(tmp_path, seen)
    s.append({"n": 1})
    s.append({"n": 2, "poison": True})
    s.append({"n": 3})
    s.drain()
    assert seen == [1, 3]
    assert spool.counts(tmp_path) == (0, 1)


def test_a_line_torn_by_a_crash_does_not_hide_later_records(tmp_path: Path) -> None:
    seen: list[int] = []
    s = make(tmp_path, seen)
    s.append({"n": 1})
    with s.path.open("ab") as fh:
        fh.write(b'{"n": 2, "te')  # the writer died here
    s.append({"n": 3})
    s.drain()
    assert seen == [1, 3]
    assert spool.counts(tmp_path) == (0, 1)


def test_the_file_is_private(tmp_path: Path) -> None:
    s = make(tmp_path, [])
    s.append({"n": 1})
    assert s.path.stat().st_mode & 0o777 == 0o600


def _append_many(path: str, worker: int, count: int) -> None:
    s = Spool(Path(path), lambda r: None, transient=(Down,))
    for n in range(count):
        s.append({"w": worker, "n": n})


def test_several_processes_append_at_once_and_nothing_is_lost_or_mixed(tmp_path: Path) -> None:
    path = spool.spool_dir(tmp_path) / "test.jsonl"
    ctx = multiprocessing.get_context("spawn")  # no fork: the test process may be running threads
    procs = [ctx.Process(target=_append_many, args=(str(path), w, 40)) for w in range(4)]
    for p in procs:
        p.start()
    seen: list[tuple[int, int]] = []
    s = Spool(path, lambda r: seen.append((r["w"], r["n"])), transient=(Down,))
    while any(p.is_alive() for p in procs):  # drain while they write: appends racing the cut survive
        s.drain()
        time.sleep(0.005)
    for p in procs:
        p.join()
    s.drain()
    assert sorted(seen) == [(w, n) for w in range(4) for n in range(40)]
    for w in range(4):  # each writer's records come back in the order it wrote them
        assert [n for ww, n in seen if ww == w] == list(range(40))


def test_only_one_drainer_at_a_time(tmp_path: Path) -> None:
    seen: list[int] = []
    inner: list[tuple[int, bool]] = []
    s = make(tmp_path, seen)

    def replay(record: dict[str, Any]) -> None:
        inner.append(s2.drain())  # a second drainer while the first is mid-replay
        seen.append(record["n"])

    s2 = Spool(s.path, replay, transient=(Down,))
    s.replay = replay
    s.append({"n": 1})
    s.drain()
    assert inner == [(0, False)]
    assert seen == [1]


@pytest.mark.parametrize("missing", [True, False])
def test_counts_of_an_install_without_spool(tmp_path: Path, missing: bool) -> None:
    if not missing:
        spool.spool_dir(tmp_path).mkdir(parents=True)
    assert spool.counts(tmp_path) == (0, 0)
