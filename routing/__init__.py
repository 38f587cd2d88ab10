"""Triage, the route decision, conversation states and the escalation queue."""
