"""Security headers: the console's Content-Security-Policy, and no caching of pages or API answers with patient data."""

from __future__ import annotations

from flask import Flask, Response, request

# No inline scripts or styles anywhere in the console; everything comes from /console/static.
CONSOLE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
HSTS = "max-age=31536000"


def init_app(app: Flask) -> None:
    """Add the headers to every response (a blueprint's own headers, e.g. the web chat's CSP, win)."""

    @app.after_request
    def security_headers(response: Response) -> Response:
        path = request.path
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if path.startswith("/console"):
            response.headers.setdefault("Content-Security-Policy", CONSOLE_CSP)
            response.headers.setdefault("X-Frame-Options", "DENY")
            response.headers.setdefault("Referrer-Policy", "same-origin")
            if request.is_secure:
                response.headers.setdefault("Strict-Transport-Security", HSTS)
        if (path.startswith("/console") and not path.startswith("/console/static/")) or path.startswith("/api/"):
            # Patient data must not stay in the browser's cache (shared front-desk computers, the back button).
            response.headers.setdefault("Cache-Control", "no-store")
        return response
