"""Gunicorn settings for `web:` (Procfile) and `make run`, all overridable from the environment."""

from __future__ import annotations

import os

bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '5000')}"  # noqa: S104 - behind a proxy in production
# Threads, because live streams (web chat, console) hold a request open for up to ~25 s each.
worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("WEB_THREADS", "32"))
timeout = 60
graceful_timeout = int(os.environ.get("GRACEFUL_TIMEOUT", "10"))
keepalive = 5
# No access log: URLs can carry identifiers; CareLine logs its own decisions with ids only.
accesslog = None
# No runtime control socket: it defaults to one path under $HOME, which several instances would share.
control_socket_disable = True
# Trust X-Forwarded-* only from the proxies the operator lists (comma-separated IPs).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
