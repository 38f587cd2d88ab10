"""A staff member using the console through the Flask test client: log in, open pages, post forms and API calls."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from flask.testing import FlaskClient
from werkzeug.test import TestResponse

PASSWORD = "a long enough password"
CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]*)">')
FORM_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class ConsoleUser:
    """One browser: its cookies live in `client`; `csrf` is the token the last page carried."""

    client: FlaskClient
    csrf: str = ""

    def login(self, username: str, password: str = PASSWORD, **extra: str) -> TestResponse:
        """Fill in and submit the login form like a browser (the form's token comes from the page)."""
        page = self.client.get("/console/login")
        token = FORM_TOKEN.search(page.get_data(as_text=True))
        assert token, page.get_data(as_text=True)
        form = {"username": username, "password": password, "csrf_token": token.group(1), **extra}
        response = self.client.post("/console/login", data=form)
        if response.status_code == 303 and "/console/login" not in response.headers["Location"]:
            self.open("/console")
        return response

    def open(self, path: str) -> TestResponse:
        """GET a console page and keep its CSRF token."""
        response = self.client.get(path)
        if match := CSRF_META.search(response.get_data(as_text=True)):
            self.csrf = match.group(1)
        return response

    def api(self, method: str, path: str, body: dict[str, Any] | None = None, *, csrf: bool = True) -> TestResponse:
        """A JSON API call as the page's JavaScript makes it (session cookie, X-CSRFToken)."""
        headers = {"X-CSRFToken": self.csrf} if csrf else {}
        if method == "GET":
            return self.client.get(path, headers=headers)
        return self.client.open(path, method=method, json=body or {}, headers=headers)

    def background(self, path: str) -> TestResponse:
        """A request the page makes by itself (does not count as the user being active)."""
        return self.client.get(path, headers={"X-Console-Background": "1"})

    def form(self, path: str, data: dict[str, str] | None = None, *, csrf: bool = True) -> TestResponse:
        """POST an HTML form from a console page."""
        fields = {**(data or {}), **({"csrf_token": self.csrf} if csrf else {})}
        return self.client.post(path, data=fields)

    def cookie(self, name: str = "careline_session") -> str | None:
        """A cookie's value in this browser."""
        found = self.client.get_cookie(name)
        return found.value if found else None

    def logged_in(self) -> bool:
        """True when the console answers with a page rather than a redirect to the login page."""
        return self.client.get("/console", headers={"X-Console-Background": "1"}).status_code == 200
