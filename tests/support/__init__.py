"""Test support code shipped with the suite: a real Redis, live app processes, chat helpers."""
