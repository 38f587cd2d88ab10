"""Polling for what another process (a worker, a web process, a stand-in) will do soon: a timeout, never a timing."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_for(check: Callable[[], T], timeout: float = 30.0, interval: float = 0.1) -> T:
    """Call `check` until it returns something truthy and return that; fail the test after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not (found := check()):
        assert time.monotonic() < deadline, f"gave up waiting after {timeout} s"
        time.sleep(interval)
    return found
