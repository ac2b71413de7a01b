"""A gentle chime when a speaker's time is up, without a multimedia library.

PySide6-Essentials has no QtMultimedia, and a facilitator's laptop may have
no extra packages, so the bundled WAV is handed to what each platform
already has: ``winsound`` on Windows, ``afplay`` on macOS, and the first of
``pw-play``, ``paplay`` or ``aplay`` on Linux. Playing never blocks the GUI
thread; where nothing can play it, :meth:`QApplication.beep` still gives a
signal.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from wltdesk.resources import resource

CHIME = resource("sounds", "chime.wav")
LINUX_PLAYERS = (("pw-play",), ("paplay",), ("aplay", "-q"))

Player = Callable[[Path], bool]


def _windows_player(path: Path) -> bool:
    import winsound  # type: ignore[import-not-found]  # Windows only

    winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
    return True


def _command_player(command: tuple[str, ...]) -> Player:
    running: list[subprocess.Popen[bytes]] = []

    def play(path: Path) -> bool:
        running[:] = [p for p in running if p.poll() is None]  # reap finished players
        try:
            process = subprocess.Popen(
                [*command, str(path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError:
            return False
        running.append(process)
        return True

    return play


def platform_player() -> Player | None:
    """How this machine can play a WAV file, or None if it cannot."""
    if sys.platform == "win32":
        return _windows_player
    if sys.platform == "darwin":
        found = shutil.which("afplay")
        return _command_player((found,)) if found else None
    for command in LINUX_PLAYERS:
        found = shutil.which(command[0])
        if found:
            return _command_player((found, *command[1:]))
    return None


class Chime:
    """Rings the time-up sound; ``muted`` silences it (a quiet room, a test)."""

    def __init__(self, player: Player | None = None, path: Path = CHIME) -> None:
        self.player = player if player is not None else platform_player()
        self.path = path
        self.muted = False

    def ring(self) -> None:
        if self.muted:
            return
        played = False
        if self.player is not None and self.path.is_file():
            try:
                played = self.player(self.path)
            except OSError:
                played = False
        if not played:
            QApplication.beep()
