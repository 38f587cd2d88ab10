"""Admin pages: staff accounts, the FAQ's status and reload (reaching every web process), the audit log."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from flask import Flask

from bot import create_app, faqsync
from bot.clock import FakeClock
from bot.services import Services
from bot.settings import PACKAGED_FAQ
from bot.staff import Role
from tests.console.conftest import StaffFactory
from tests.console.web import ConsoleUser
from tests.support.chat import WebChatPatient


def test_an_admin_creates_an_account_that_can_log_in(staff: StaffFactory, console_app: Flask, svc: Services) -> None:
    ada = staff("ada", Role.ADMIN)
    form = {"username": "Nina", "display_name": "Nina N.", "role": "agent", "team": "nurses"}
    form["password"] = "first password 1"
    response = ada.form("/console/admin/staff", form)
    assert response.headers["Location"] == "/console/admin/staff?done=created&who=nina"
    page = ada.open(response.headers["Location"]).get_data(as_text=True)
    assert "Account created: nina." in page
    nina = svc.staff.get("nina")
    assert nina is not None
    assert (nina.display_name, nina.role, nina.team) == ("Nina N.", Role.AGENT, "nurses")
    assert ConsoleUser(console_app.test_client()).login("nina", "first password 1").status_code == 303


def test_account_mistakes_are_explained(staff: StaffFactory) -> None:
    ada = staff("ada", Role.ADMIN)
    short = ada.form("/console/admin/staff", {"username": "nina", "password": "short"})
    assert short.status_code == 422
    assert "password: at least 10 characters" in short.get_data(as_text=True)
    taken = ada.form("/console/admin/staff", {"username": "ada", "password": "long enough 12345"})
    assert "already taken" in taken.get_data(as_text=True)
    bad_role = ada.form("/console/admin/staff", {"username": "x1", "password": "long enough 12345", "role": "root"})
    assert "role: agent or admin" in bad_role.get_data(as_text=True)


def test_role_team_disable_enable_and_password(staff: StaffFactory, svc: Services, console_app: Flask) -> None:
    ada = staff("ada", Role.ADMIN)
    alice = staff("alice", team="front-desk")
    ada.form("/console/admin/staff/alice/update", {"role": "admin", "team": "billing"})
    member = svc.staff.get("alice")
    assert member is not None
    assert (member.role, member.team) == (Role.ADMIN, "billing")
    assert alice.open("/console/admin/faq").status_code == 200  # applies to her open session
    ada.form("/console/admin/staff/alice/disable")
    assert not alice.logged_in()
    ada.form("/console/admin/staff/alice/enable")
    reset = ada.form("/console/admin/staff/alice/password", {"password": "a new password here"})
    assert "New password set for alice" in ada.open(reset.headers["Location"]).get_data(as_text=True)
    assert ConsoleUser(console_app.test_client()).login("alice", "a new password here").status_code == 303


def test_an_admin_cannot_lock_themselves_out(staff: StaffFactory, svc: Services) -> None:
    ada = staff("ada", Role.ADMIN)
    assert "cannot disable your own account" in ada.form("/console/admin/staff/ada/disable").get_data(as_text=True)
    demote = ada.form("/console/admin/staff/ada/update", {"role": "agent", "team": ""})
    assert "cannot demote your own account" in demote.get_data(as_text=True)
    member = svc.staff.get("ada")
    assert member is not None
    assert (member.role, member.disabled) == (Role.ADMIN, False)
    assert ada.logged_in()


def test_the_staff_page_shows_live_sessions(staff: StaffFactory) -> None:
    ada = staff("ada", Role.ADMIN)
    staff("alice")
    page = ada.open("/console/admin/staff").get_data(as_text=True)
    row = page.split('data-username="alice"')[1].split("</tr>")[0]
    assert "<td>1</td>" in row


def test_admin_actions_are_audited(staff: StaffFactory, svc: Services) -> None:
    ada = staff("ada", Role.ADMIN)
    ada.form("/console/admin/staff", {"username": "nina", "password": "first password 1"})
    ada.form("/console/admin/staff/nina/disable")
    ada.form("/console/admin/staff/nina/password", {"password": "another password 2"})
    actions = [(e.staff, e.action, e.detail) for e in reversed(svc.audit.recent()) if e.action.startswith("staff_")]
    assert actions == [("ada", f"staff_{done}", "nina") for done in ("created", "disabled", "password")]


@pytest.fixture
def faq_file(tmp_path: Path) -> Path:
    """A copy of the packaged FAQ an admin can edit."""
    path = tmp_path / "faq.yaml"
    shutil.copy(PACKAGED_FAQ, path)
    return path


def test_faq_reload_reaches_every_web_process(
    env: dict[str, str], faq_file: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(faqsync, "CHECK_EVERY", 0.0)
    settings = {**env, "FAQ_PATH": str(faq_file)}
    first, second = create_app(settings, clock=clock), create_app(settings, clock=clock)  # two web processes
    svc: Services = first.extensions["careline"]
    svc.staff.add("ada", "a long enough password", Role.ADMIN)
    ada = ConsoleUser(first.test_client())
    ada.login("ada")
    faq_file.write_text(faq_file.read_text().replace("8am to 6pm", "7am to 7pm"))
    assert "8am to 6pm" in WebChatPatient(second.test_client()).say("what time do you open")[0]
    response = ada.form("/console/admin/faq/reload")
    assert response.headers["Location"] == "/console/admin/faq?reloaded=1"
    assert "7am to 7pm" in WebChatPatient(second.test_client()).say("what time do you open")[0]
    page = ada.open("/console/admin/faq?reloaded=1").get_data(as_text=True)
    assert "Reloaded" in page
    assert "by ada" in page


def test_a_broken_faq_is_refused_and_the_bot_keeps_the_old_one(faq_file: Path, env: dict[str, str]) -> None:
    app = create_app({**env, "FAQ_PATH": str(faq_file)})
    services: Services = app.extensions["careline"]
    services.staff.add("ada", "a long enough password", Role.ADMIN)
    ada = ConsoleUser(app.test_client())
    ada.login("ada")
    faq_file.write_text(faq_file.read_text().replace("  - id: parking", "  - id: Parking Lot!"))
    response = ada.form("/console/admin/faq/reload")
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "The last reload was refused" in page
    assert str(faq_file) in page
    assert "Parking Lot!" in page  # the message names the broken entry
    assert "garage" in WebChatPatient(app.test_client()).say("where do i park")[0]
    assert [e.detail for e in services.audit.recent(action="faq_reload")] == ["failed"]


def test_the_faq_page_lists_entries_and_the_file(staff: StaffFactory, svc: Services) -> None:
    page = staff("ada", Role.ADMIN).open("/console/admin/faq").get_data(as_text=True)
    assert f'<dd id="faq-entries">{len(svc.brain.faq.entries)}</dd>' in page
    assert str(svc.settings.faq_path) in page
    assert "<code>opening-hours</code>" in page


def test_the_audit_log_filters_by_staff_conversation_and_action(
    staff: StaffFactory, waiting: Callable[..., str]
) -> None:
    first, second = waiting(), waiting("talk to a person please")
    ada, alice = staff("ada", Role.ADMIN), staff("alice")
    alice.api("POST", f"/api/conversations/{first}/claim")
    alice.api("POST", f"/api/conversations/{second}/claim")
    ada.api("GET", f"/api/conversations/{first}")

    def rows(query: str) -> list[str]:
        page = ada.open(f"/console/admin/audit?{query}").get_data(as_text=True)
        body = page.split("<tbody>")[1].split("</tbody>")[0]
        return [" ".join(r.split()) for r in body.split("<tr>")[1:]]

    assert len(rows(f"conversation={first}")) == 2
    assert all("claim" in r for r in rows("action=claim"))
    assert len(rows("action=claim")) == 2
    assert all(">ada<" in r for r in rows("staff=ada"))
    assert len(rows("staff=alice&action=login")) == 1
    assert "Nothing matches" in rows("staff=nobody")[0]
