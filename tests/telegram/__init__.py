"""Tests of the Telegram channel, against a stand-in Bot API on 127.0.0.1."""
