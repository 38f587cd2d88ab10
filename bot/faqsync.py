"""FAQ reloads that reach every web process: validate the file, bump a version in Redis, each process follows."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from redis.exceptions import RedisError

from bot import keys, rtypes
from bot.clock import from_ms, to_ms
from bot.errors import RulesError
from bot.services import Services
from faq import FaqError
from routing.brain import Brain

log = logging.getLogger(__name__)

CHECK_EVERY = 3.0  # seconds between one process's looks at the wanted version (one HGET)


@dataclass(frozen=True)
class FaqStatus:
    """What the admin page shows: this process's FAQ, and the last reload anyone asked for."""

    path: Path
    entries: int
    warnings: tuple[str, ...]
    loaded_at: datetime
    version: int
    wanted_version: int
    requested_by: str | None
    requested_at: datetime | None
    error: str | None


class FaqSync:
    """Keeps this process's Brain on the FAQ version the last successful reload asked for."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.version = 0  # the version this process runs (0: the file as loaded at start-up)
        self.loaded_at = services.clock.now()
        self._next_check = 0.0
        self._lock = threading.Lock()

    def request_reload(self, staff: str) -> str | None:
        """Load and validate the file; when good, run it here and tell every process. Returns the error."""
        now = str(to_ms(self.services.clock.now()))
        redis = self.services.redis.data
        try:
            brain = self._load()
        except (FaqError, RulesError, OSError) as exc:
            redis.hset(keys.faq_reload(), mapping={"requested_by": staff, "requested_at": now, "error": str(exc)})
            return str(exc)
        version = int(redis.hincrby(keys.faq_reload(), "version", 1))
        redis.hset(keys.faq_reload(), mapping={"requested_by": staff, "requested_at": now, "error": ""})
        self._install(brain, version)
        return None

    def refresh(self) -> None:
        """Follow a reload asked for in another process (looks at Redis at most every CHECK_EVERY seconds)."""
        if time.monotonic() < self._next_check or not self._lock.acquire(blocking=False):
            return
        try:
            self._next_check = time.monotonic() + CHECK_EVERY
            wanted = int(self.services.redis.data.hget(keys.faq_reload(), "version") or 0)
            if wanted > self.version:
                self._install(self._load(), wanted)
        except RedisError:
            pass  # the request itself will report Redis; the FAQ stays as it is
        except (FaqError, RulesError, OSError) as exc:
            # The file changed again since it was validated: keep answering with the FAQ we have.
            log.error("faq reload failed, keeping version %s: %s", self.version, type(exc).__name__)
        finally:
            self._lock.release()

    def status(self) -> FaqStatus:
        """This process's FAQ and the last reload request."""
        raw = rtypes.text_hash(self.services.redis.data.hgetall(keys.faq_reload()))
        faq = self.services.brain.faq
        return FaqStatus(
            path=faq.path,
            entries=len(faq.entries),
            warnings=faq.warnings,
            loaded_at=self.loaded_at,
            version=self.version,
            wanted_version=int(raw.get("version") or 0),
            requested_by=raw.get("requested_by") or None,
            requested_at=from_ms(raw["requested_at"]) if raw.get("requested_at") else None,
            error=raw.get("error") or None,
        )

    def _load(self) -> Brain:
        return Brain.load(self.services.settings.faq_path)

    def _install(self, brain: Brain, version: int) -> None:
        # Plain attribute swaps: a request already running finishes with the brain it started with.
        self.services.brain = brain  # the pipeline reads it from services
        self.version = version
        self.loaded_at = self.services.clock.now()
        log.info("faq loaded version=%s entries=%s", version, len(brain.faq.entries))
