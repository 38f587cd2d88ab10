"""Access control and CSRF on every console page and API route; who may act on whose conversation."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask

from bot.services import Services
from bot.staff import Role
from tests.console.conftest import StaffFactory
from tests.console.web import ConsoleUser

PAGES = ["/console", "/console/c/abc", "/console/admin/staff", "/console/admin/faq", "/console/admin/audit"]
ADMIN_PAGES = ["/console/admin/staff", "/console/admin/faq", "/console/admin/audit"]
ADMIN_FORMS = [
    "/console/admin/staff",
    "/console/admin/staff/alice/disable",
    "/console/admin/staff/alice/enable",
    "/console/admin/staff/alice/password",
    "/console/admin/staff/alice/update",
    "/console/admin/faq/reload",
]


def api_routes(app: Flask) -> list[tuple[str, str]]:
    """Every /api route with its methods, read from the app (a new route cannot slip past this test)."""
    found = []
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/"):
            path = rule.rule.replace("<conversation_id>", "abc")
            found += [(m, path) for m in sorted(rule.methods or ()) if m in ("GET", "POST")]
    return found


def test_every_page_needs_a_login(browser: ConsoleUser) -> None:
    for path in PAGES:
        response = browser.client.get(path)
        assert response.status_code == 303, path
        assert response.headers["Location"].startswith("/console/login"), path


def test_every_api_route_needs_credentials(console_app: Flask, browser: ConsoleUser) -> None:
    routes = api_routes(console_app)
    assert len(routes) >= 11
    for method, path in routes:
        assert browser.client.open(path, method=method, json={}).status_code == 401, (method, path)


def test_admin_pages_and_forms_are_for_admins_only(staff: StaffFactory) -> None:
    alice = staff("alice")
    for path in ADMIN_PAGES:
        assert alice.open(path).status_code == 403, path
    for path in ADMIN_FORMS:
        assert alice.form(path, {"password": "whatever whatever", "role": "admin"}).status_code == 403, path
    assert alice.open("/console/admin/staff").get_data(as_text=True).count("Only admins") == 1


def test_state_changes_need_the_csrf_token(staff: StaffFactory, waiting: Callable[[], str]) -> None:
    cid = waiting()
    alice = staff("alice")
    assert alice.api("POST", f"/api/conversations/{cid}/claim", csrf=False).status_code == 403
    alice.csrf = "forged" + alice.csrf
    assert alice.api("POST", f"/api/conversations/{cid}/claim").status_code == 403
    alice.open("/console")
    assert alice.api("POST", f"/api/conversations/{cid}/claim").status_code == 200
    assert alice.api("GET", f"/api/conversations/{cid}", csrf=False).status_code == 200  # reading needs none


def test_admin_forms_need_the_csrf_token(staff: StaffFactory, svc: Services) -> None:
    staff("alice", login=False)
    admin = staff("ada", Role.ADMIN)
    assert admin.form("/console/admin/staff/alice/disable", csrf=False).status_code == 403
    assert not svc.staff.get("alice").disabled  # type: ignore[union-attr]


def test_api_tokens_need_no_csrf_token(console_app: Flask, svc: Services, waiting: Callable[[], str]) -> None:
    cid = waiting()
    svc.staff.add("bot-integration", "a long enough password")
    token = svc.staff.new_token("bot-integration")
    response = console_app.test_client().post(
        f"/api/conversations/{cid}/claim", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 200  # no cookies, so no cross-site forgery to fear


def test_an_agent_cannot_act_on_a_colleagues_conversation(staff: StaffFactory, waiting: Callable[[], str]) -> None:
    cid = waiting()
    alice, bob = staff("alice"), staff("bob")
    assert alice.api("POST", f"/api/conversations/{cid}/claim").status_code == 200
    for action, body in [("claim", {}), ("reply", {"text": "hi"}), ("note", {"text": "x"}), ("resolve", {})]:
        response = bob.api("POST", f"/api/conversations/{cid}/{action}", body)
        assert (response.status_code, response.get_json()["assigned_to"]) == (409, "alice"), action
    assert bob.api("POST", f"/api/conversations/{cid}/transfer", {"to": "bob"}).status_code == 409
    assert bob.api("GET", f"/api/conversations/{cid}").status_code == 200  # reading is fine (and audited)


def test_an_admin_may_step_in(staff: StaffFactory, waiting: Callable[[], str], svc: Services) -> None:
    cid = waiting()
    alice, ada = staff("alice"), staff("ada", Role.ADMIN)
    alice.api("POST", f"/api/conversations/{cid}/claim")
    assert ada.api("POST", f"/api/conversations/{cid}/transfer", {"to": "ada"}).status_code == 200
    assert svc.store.get(cid).assignee == "ada"


def test_a_role_change_applies_to_open_sessions(staff: StaffFactory, svc: Services) -> None:
    ada = staff("ada", Role.ADMIN)
    assert ada.open("/console/admin/faq").status_code == 200
    svc.staff.update("ada", role=Role.AGENT)
    assert ada.open("/console/admin/faq").status_code == 403


@pytest.mark.parametrize("path", ["/console/c/..%2F..%2Fetc", "/console/c/%3Cscript%3E", "/console/c/nope"])
def test_unknown_conversations_are_a_plain_404(staff: StaffFactory, path: str) -> None:
    response = staff("alice").open(path)
    assert response.status_code == 404
    assert "<script>" not in response.get_data(as_text=True)


def test_every_view_and_action_is_audited_without_text(
    staff: StaffFactory, waiting: Callable[[], str], svc: Services
) -> None:
    cid = waiting()
    staff("bob", login=False)
    alice = staff("alice")
    alice.api("GET", f"/api/conversations/{cid}")
    alice.api("POST", f"/api/conversations/{cid}/claim")
    alice.api("POST", f"/api/conversations/{cid}/reply", {"text": "Secret reply text"})
    alice.api("POST", f"/api/conversations/{cid}/note", {"text": "Secret note text"})
    alice.api("POST", f"/api/conversations/{cid}/transfer", {"to": "bob"})
    actions = [(e.staff, e.action, e.conversation_id) for e in reversed(svc.audit.recent(conversation_id=cid))]
    assert actions == [("alice", a, cid) for a in ("view", "claim", "reply", "note", "transfer")]
    assert "Secret" not in str(svc.audit.recent())
