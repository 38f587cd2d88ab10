"""Staff accounts: hashed passwords (werkzeug's scrypt), roles, teams, revocable API tokens and sessions."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum
from typing import cast

from redis import Redis
from werkzeug.security import check_password_hash, generate_password_hash

from bot import keys, rtypes, sessions
from bot.clock import Clock, to_ms

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
TEAM = re.compile(r"^[a-z0-9][a-z0-9-]{0,31}$")
MIN_PASSWORD = 10
TOKEN_PREFIX = "clt_"  # noqa: S105 - a prefix, so leaked tokens are recognisable
# Checked against when the username is unknown, so both failures cost the same time.
_DUMMY_HASH = generate_password_hash(secrets.token_urlsafe(16))


class Role(StrEnum):
    """What a staff member may do: agents answer patients, admins also manage staff and the FAQ."""

    AGENT = "agent"
    ADMIN = "admin"


class StaffError(ValueError):
    """A staff account request is invalid (the message says why)."""


@dataclass(frozen=True)
class StaffMember:
    """A staff account as the rest of the app sees it (never the password hash)."""

    username: str
    display_name: str
    role: Role
    team: str | None
    disabled: bool

    @property
    def is_admin(self) -> bool:
        """True for admins."""
        return self.role is Role.ADMIN


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class StaffDirectory:
    """Reads and changes staff accounts in Redis."""

    def __init__(self, redis: Redis, clock: Clock) -> None:
        self.redis = redis
        self.clock = clock

    def add(
        self,
        username: str,
        password: str,
        role: Role = Role.AGENT,
        team: str | None = None,
        display_name: str | None = None,
    ) -> StaffMember:
        """Create an account; StaffError when the name is taken or the password too short."""
        if not USERNAME.match(username):
            raise StaffError("username: 2-32 lower-case letters, digits, '.', '_' or '-'")
        if team is not None and not TEAM.match(team):
            raise StaffError("team: 1-32 lower-case letters, digits or '-'")
        _check_password(password)
        fields = {
            "username": username,
            "display_name": display_name or username,
            "role": role.value,
            "team": team or "",
            "disabled": "0",
            "password": generate_password_hash(password),
            "created_at": str(to_ms(self.clock.now())),
        }
        if not self.redis.sadd(keys.staff_index(), username):
            raise StaffError(f"username {username!r} is already taken")
        self.redis.hset(keys.staff(username), mapping=rtypes.fields(fields))
        return _member(fields)

    def get(self, username: str) -> StaffMember | None:
        """The account, or None."""
        raw = rtypes.text_hash(self.redis.hgetall(keys.staff(username)))
        return _member(raw) if raw else None

    def all(self) -> list[StaffMember]:
        """Every account, by username."""
        names = sorted(cast(set[str], self.redis.smembers(keys.staff_index())))
        return [m for m in (self.get(n) for n in names) if m]

    def authenticate(self, username: str, password: str) -> StaffMember | None:
        """The account when the password is right and it is enabled; None otherwise (same cost either way)."""
        raw = rtypes.text_hash(self.redis.hgetall(keys.staff(username.strip().lower())))
        ok = check_password_hash(raw.get("password") or _DUMMY_HASH, password)
        if not raw or not ok or raw.get("disabled") == "1":
            return None
        return _member(raw)

    def set_password(self, username: str, password: str) -> None:
        """Replace a password; API tokens and console sessions end, as they may have leaked with it."""
        _check_password(password)
        self._require(username)
        self.redis.hset(keys.staff(username), "password", generate_password_hash(password))
        self.revoke_tokens(username)
        sessions.end_all(self.redis, username)

    def update(
        self,
        username: str,
        *,
        role: Role | None = None,
        team: str | None = None,
        disabled: bool | None = None,
    ) -> StaffMember:
        """Change role, team or the disabled flag; disabling also revokes tokens and ends console sessions."""
        self._require(username)
        changes: dict[str, str] = {}
        if role is not None:
            changes["role"] = role.value
        if team is not None:
            if team and not TEAM.match(team):
                raise StaffError("team: 1-32 lower-case letters, digits or '-'")
            changes["team"] = team
        if disabled is not None:
            changes["disabled"] = "1" if disabled else "0"
            if disabled:
                self.revoke_tokens(username)
                sessions.end_all(self.redis, username)
        if changes:
            self.redis.hset(keys.staff(username), mapping=rtypes.fields(changes))
        member = self.get(username)
        assert member is not None
        return member

    def new_token(self, username: str) -> str:
        """Issue an API token (shown once; only its hash is stored)."""
        self._require(username)
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        digest = _digest(token)
        with self.redis.pipeline() as pipe:
            pipe.set(keys.staff_token(digest), username)
            pipe.sadd(keys.staff_tokens(username), digest)
            pipe.execute()
        return token

    def for_token(self, token: str) -> StaffMember | None:
        """The enabled account holding this token, or None."""
        if not token.startswith(TOKEN_PREFIX):
            return None
        username = rtypes.text(self.redis.get(keys.staff_token(_digest(token))))
        member = self.get(username) if isinstance(username, str) else None
        return member if member and not member.disabled else None

    def revoke_tokens(self, username: str) -> int:
        """Revoke all of a member's API tokens; returns how many."""
        digests = list(cast(set[str], self.redis.smembers(keys.staff_tokens(username))))
        with self.redis.pipeline() as pipe:
            for digest in digests:
                pipe.delete(keys.staff_token(digest))
            pipe.delete(keys.staff_tokens(username))
            pipe.execute()
        return len(digests)

    def _require(self, username: str) -> None:
        if not self.redis.exists(keys.staff(username)):
            raise StaffError(f"no staff member {username!r}")


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise StaffError(f"password: at least {MIN_PASSWORD} characters")


def _member(raw: dict[str, str]) -> StaffMember:
    return StaffMember(
        username=raw["username"],
        display_name=raw.get("display_name") or raw["username"],
        role=Role(raw.get("role", "agent")),
        team=raw.get("team") or None,
        disabled=raw.get("disabled") == "1",
    )
