"""Small named exceptions raised inside CareLine; only the edges (routes, jobs, CLI) catch broadly."""

from __future__ import annotations


class CareLineError(Exception):
    """Base class for CareLine's own errors."""


class ConfigError(CareLineError):
    """A setting is missing or invalid; the message names the variable and how to fix it."""

    def __init__(self, variable: str, problem: str) -> None:
        super().__init__(f"{variable}: {problem}")
        self.variable = variable


class RulesError(CareLineError):
    """A rules file (triage, business hours) cannot be used; the message says where and why."""


class NotFound(CareLineError):
    """A conversation, message or staff member does not exist (or has expired)."""


class InvalidTransition(CareLineError):
    """A conversation cannot move from its current state to the requested one."""

    def __init__(self, current: str, target: str) -> None:
        super().__init__(f"cannot move a conversation from {current!r} to {target!r}")
        self.current = current
        self.target = target


class AlreadyClaimed(CareLineError):
    """Someone else holds the conversation."""

    def __init__(self, assignee: str) -> None:
        super().__init__(f"already assigned to {assignee}")
        self.assignee = assignee


class SendFailed(CareLineError):
    """A provider did not take an outbound message.

    `permanent`: retrying cannot help (bad number, blocked); `unreachable`: the patient cannot be
    reached on this channel any more (opted out, blocked the bot); `retry_after`: the provider asked
    us to wait this many seconds (rate limit).
    """

    def __init__(
        self,
        reason: str,
        *,
        permanent: bool = False,
        unreachable: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent or unreachable
        self.unreachable = unreachable
        self.retry_after = retry_after


class Deferred(CareLineError):
    """A channel cannot deliver a message now and keeps it to send later (e.g. WhatsApp's 24-hour window).

    The sender has already recorded the message as held (and how it will be released); the delivery
    job stops without retrying. `reason` is what staff see.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
