"""The admin report page: the figures of a day of traffic, for admins only."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from bot.clock import FakeClock
from bot.services import Services
from bot.staff import Role
from tests.console.web import PASSWORD, ConsoleUser
from tests.support.report_traffic import day_of_traffic


def test_the_admin_page_shows_the_same_figures(
    clocked: Flask, web: FlaskClient, svc: Services, clock: FakeClock
) -> None:
    day_of_traffic(web, svc, clock)
    svc.staff.add("ada", PASSWORD, Role.ADMIN)
    ada = ConsoleUser(clocked.test_client())
    ada.login("ada")
    page = ada.open("/console/admin/report?days=1").get_data(as_text=True)
    assert '<dd id="r-deflection"><strong>20.0%</strong>: 1 of 5 conversations' in page
    assert '<dd id="r-conversations">5 (webchat 5)</dd>' in page
    assert '<dd id="r-faq-answers">3</dd>' in page
    assert '<dd id="r-handoffs">4</dd>' in page
    assert '<dd id="r-first-reply">median 15m 00s, 90th percentile 20m 00s (2 replies)</dd>' in page
    assert '<dd id="r-first-reply-urgent">median 1m 00s, 90th percentile 1m 00s (1 reply)</dd>' in page
    assert '<dd id="r-sla">1 (urgent 0)</dd>' in page
    assert "<tr><td>cardiac</td><td>1</td></tr>" in page
    assert "<tr><td>low_confidence</td><td>2</td></tr>" in page
    new_patients = svc.brain.faq.get("new-patients")
    assert new_patients is not None
    assert f"<td><code>new-patients</code></td>\n              <td>{' · '.join(new_patients.questions)}" in page
    assert "gift cards" not in page  # no patient text
    assert "chest pain" not in page
    assert 'href="/console/admin/report"' in page  # in the admin navigation
    assert 'aria-current="page">Today</a>' in page


def test_the_page_is_for_admins_only(clocked: Flask, svc: Services) -> None:
    svc.staff.add("alice", PASSWORD, Role.AGENT)
    alice = ConsoleUser(clocked.test_client())
    alice.login("alice")
    assert alice.open("/console/admin/report").status_code == 403
    assert ConsoleUser(clocked.test_client()).open("/console/admin/report").status_code in (302, 303)
