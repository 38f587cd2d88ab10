"""Security headers and templates: a CSP without inline scripts, no caching of patient data, nothing inline."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from bot.staff import Role
from handlers.console.headers import CONSOLE_CSP
from tests.console.conftest import StaffFactory

TEMPLATES = Path(__file__).resolve().parents[2] / "handlers" / "templates" / "console"


def test_console_pages_carry_the_csp_and_are_never_cached(staff: StaffFactory, waiting: Callable[..., str]) -> None:
    cid = waiting()
    ada = staff("ada", Role.ADMIN)
    for path in ["/console/login", "/console", f"/console/c/{cid}", "/console/admin/staff", "/console/admin/audit"]:
        response = ada.open(path)
        assert response.status_code == 200, path
        assert response.headers["Content-Security-Policy"] == CONSOLE_CSP, path
        assert response.headers["Cache-Control"] == "no-store", path
        assert response.headers["X-Frame-Options"] == "DENY", path
        assert response.headers["X-Content-Type-Options"] == "nosniff", path
    assert ada.api("GET", f"/api/conversations/{cid}").headers["Cache-Control"] == "no-store"
    with ada.client.get("/console/static/console.js") as static:
        assert "no-store" not in static.headers.get("Cache-Control", "")


def test_the_csp_allows_nothing_inline() -> None:
    assert "script-src 'self';" in CONSOLE_CSP
    assert "unsafe" not in CONSOLE_CSP
    assert "frame-ancestors 'none'" in CONSOLE_CSP


def test_templates_have_no_inline_script_style_or_handlers() -> None:
    for template in TEMPLATES.rglob("*.html"):
        html = template.read_text()
        for script in re.findall(r"<script([^>]*)>", html):
            assert "src=" in script or 'type="application/json"' in script, template
        assert not re.search(r"\sstyle=", html), template
        assert not re.search(r"\son[a-z]+=", html), template
        assert "|safe" not in html, template


def test_the_web_chat_keeps_its_own_policy(staff: StaffFactory) -> None:
    response = staff("alice").client.get("/chat")
    assert "frame-ancestors 'self'" in response.headers["Content-Security-Policy"]
