"""The About box names the exact build: a bug report from the field can say which."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from wltdesk.provenance import Provenance


def _about_text(window, monkeypatch, build: Provenance) -> str:
    shown: list[str] = []
    monkeypatch.setattr("wltdesk.gui.main_window.provenance", lambda: build)
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window.ui.actionAbout.trigger()
    assert len(shown) == 1
    return shown[0]


def test_about_shows_the_version_commit_and_build_date(window, monkeypatch):
    commit = "4a619099f9be353ff3ea3daf8553d4319fd336a7"
    built = Provenance("1.2.0", commit, "2026-05-10T00:22:46Z")
    text = _about_text(window, monkeypatch, built)
    assert text.startswith("WLT Desk 1.2.0\n")
    assert text.endswith("\n\nCommit 4a619099f9be, built 2026-05-10T00:22:46Z")

    checkout = _about_text(window, monkeypatch, Provenance("1.2.0", commit))
    assert checkout.endswith("\n\nDevelopment version, commit 4a619099f9be")
    assert _about_text(window, monkeypatch, Provenance("1.2.0")).endswith("\n\nDevelopment version")
