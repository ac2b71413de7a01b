"""The projector window and its countdown, reusable by any feature."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from wltdesk.groups import GroupView, MemberView, RoundView
from wltdesk.gui import projector
from wltdesk.gui.palette import STAGE
from wltdesk.gui.projector import Countdown, CountdownView, GroupsPage, ProjectorWindow


def test_countdown_runs_pauses_and_finishes(qtbot, monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(projector.time, "monotonic", lambda: now[0])
    countdown = Countdown(90)
    seen: list[int] = []
    countdown.changed.connect(seen.append)
    assert countdown.remaining() == 90 and not countdown.running
    countdown.start()
    now[0] += 30.2
    assert countdown.remaining() == 60
    countdown.pause()
    now[0] += 100
    assert countdown.remaining() == 60
    countdown.add(60)
    assert countdown.remaining() == 120
    countdown.add(-200)
    assert countdown.remaining() == 0
    countdown.reset()
    assert countdown.remaining() == 90 and seen[-1] == 90
    countdown.start()
    now[0] += 91
    with qtbot.waitSignal(countdown.finished, timeout=2000):
        pass
    assert not countdown.running and countdown.remaining() == 0


def test_clock_text():
    assert projector.clock_text(0) == "0:00"
    assert projector.clock_text(75) == "1:15"
    assert projector.clock_text(3725) == "1:02:05"


def test_countdown_view_turns_amber_then_red(qtbot):
    countdown = Countdown(120)
    view = CountdownView(countdown)
    qtbot.addWidget(view)
    assert view.text() == "2:00" and STAGE.text in view.styleSheet()
    countdown.set_seconds(45)
    assert view.text() == "0:45" and STAGE.warning in view.styleSheet()
    countdown.set_seconds(0)
    assert STAGE.danger in view.styleSheet()


def test_window_takes_any_content_scales_and_closes_on_escape(qtbot):
    window = ProjectorWindow()
    qtbot.addWidget(window)
    first = QLabel("hello")
    window.set_content(first)
    second = QLabel("world")
    window.set_content(second)
    assert window.content() is second
    window.show_on(None, full_screen=False)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.unit() == 30)
    assert window.font().pixelSize() == 30
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.font().pixelSize() == 45)
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert closed and not window.isVisible()


def test_show_on_a_screen_goes_full_screen(qtbot):
    window = ProjectorWindow()
    qtbot.addWidget(window)
    screen = projector.screens()[0]
    window.show_on(screen)
    assert window.isFullScreen() and window.screen() is screen


def round_of(groups: int, size: int) -> RoundView:
    return RoundView(
        1,
        False,
        [
            GroupView(
                f"g{g}",
                f"Group {g + 1}",
                "#0072B2" if g % 2 else "#F0E442",
                "Room 101" if g == 0 else None,
                [
                    MemberView(
                        f"p{g}-{i}",
                        f"Participant Number {g}-{i}",
                        "অংশগ্রহণকারী নাম্বার",
                        "Dhaka",
                        None,
                        False,
                    )
                    for i in range(size)
                ],
            )
            for g in range(groups)
        ],
    )


def projected(qtbot, title: str, round_view: RoundView, countdown: Countdown):
    """A groups page in a 1280×720 projector window, laid out; (window, page)."""
    window = ProjectorWindow()
    qtbot.addWidget(window)
    page = GroupsPage(title, round_view, countdown)
    window.set_content(page)
    window.show_on(None, full_screen=False)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: page.columns > 0 and page.cards[0].width() > 100)
    return window, page


def test_groups_page_fits_names_at_1280_by_720(qtbot):
    countdown = Countdown(600)
    window, page = projected(qtbot, "Round 1 — Breakouts", round_of(9, 5), countdown)
    card = page.cards[0]
    assert card.room.text() == "Room 101" and card.room.isVisible()
    assert card.names[0].text() == "Participant Number 0-0 · অংশগ্রহণকারী নাম্বার"
    name_px = card.names[0].font().pixelSize()
    assert name_px >= 16, "readable from the back of a room"
    for each in page.cards:
        for label in each.names:
            # every name fits its card: nothing cut off at the right edge
            assert label.fontMetrics().horizontalAdvance(label.text()) <= each.width()
    assert page.clock.text() == "10:00"
    # the white-on-blue and black-on-yellow inks
    assert "color: #FFFFFF" in page.cards[1].styleSheet()
    assert "color: #000000" in page.cards[0].styleSheet()
    # Space starts the breakout timer
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert countdown.running
    qtbot.keyClick(window, Qt.Key.Key_Plus)
    assert countdown.remaining() > 600


@pytest.mark.parametrize(
    ("groups", "size", "smallest"), [(9, 5, 16), (7, 6, 14), (6, 5, 16), (4, 4, 24)]
)
def test_every_group_stays_on_a_1280_by_720_screen(qtbot, groups, size, smallest):
    """Bengali lines are taller than the estimate: the type shrinks, the window never grows."""
    window, page = projected(qtbot, "Round 2 — Breakouts", round_of(groups, size), Countdown(900))
    qtbot.wait(50)
    assert (window.width(), window.height()) == (1280, 720)
    for card in page.cards:
        bottom = card.mapTo(window, card.rect().bottomLeft()).y()
        assert bottom <= 720, f"{card.title.text()} ends at {bottom}"
        last = card.names[-1]
        assert last.mapTo(card, last.rect().bottomLeft()).y() <= card.height()
        assert last.height() >= last.fontMetrics().height() - 2  # not squeezed
    assert page.cards[0].names[0].font().pixelSize() >= smallest


def test_two_hundred_people_are_paged_in_readable_type_at_1280_by_720(qtbot):
    """25 groups of 8 do not fit one 720-line screen in type the back row can
    read: the groups come a page at a time, every page readable, every group
    on exactly one page, the pages turning by themselves and with Page Down."""
    window, page = projected(qtbot, "Round 1", round_of(25, 8), Countdown(900))
    qtbot.wait(50)
    assert page.pages > 1
    assert page.heading.text() == f"Round 1 · page 1 of {page.pages}"
    seen: list[str] = []
    for number in range(page.pages):
        assert page.page == number
        assert all(not card.isHidden() for card in page.cards)
        for card in page.cards:
            seen.append(card.title.text())
            assert card.names[0].font().pixelSize() >= 18  # 0.6 of the 30 px unit
            bottom = card.mapTo(window, card.rect().bottomLeft()).y()
            assert bottom <= 720, f"{card.title.text()} ends at {bottom}"
            last = card.names[-1]
            assert last.mapTo(card, last.rect().bottomLeft()).y() <= card.height()
        hidden = [c for c in page.all_cards if c not in page.cards]
        assert all(c.isHidden() for c in hidden)
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert sorted(seen) == sorted(c.title.text() for c in page.all_cards)
    assert page.page == 0  # round and round
    # left alone, the page turns by itself
    page.turner.setInterval(30)
    qtbot.waitUntil(lambda: page.page == 1, timeout=2000)


def test_a_few_groups_stay_on_one_page_without_turning(qtbot):
    _window, page = projected(qtbot, "Round 1", round_of(6, 5), Countdown(900))
    assert page.pages == 1 and page.heading.text() == "Round 1"
    assert not page.turner.isActive()
    assert len(page.cards) == 6
