"""Whether a window can open here, and what to say when it cannot.

Qt answers a missing or unreachable display with several lines of plugin
diagnostics ("Reinstalling the application may fix this problem") and an
abort. A facilitator who typed ``wltdesk`` over SSH, or on a machine missing
one of Qt's X11 libraries, gets one line instead, naming the cause, and exit
code 1 like every other error of the command line.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

#: Platform plugins that need a display server.
DISPLAY_PLATFORMS = ("xcb", "wayland")


def display_problem(
    environ: Mapping[str, str] = os.environ, platform: str = sys.platform
) -> str | None:
    """Why no window can open here, in one line; None when one may.

    Only Linux and the BSDs need a display server named in the environment;
    a platform chosen explicitly (offscreen, vnc, eglfs…) brings its own.
    """
    if platform.startswith(("win", "darwin", "cygwin")):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith(DISPLAY_PLATFORMS):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); "
        "the command line works without one: wltdesk --help"
    )


class PlatformStart:
    """Around the creation of the QApplication: Qt's platform messages are held,
    and a fatal start becomes one line on stderr and exit code 1.

    Messages held are printed after a good start, so none is lost.
    """

    def __init__(self) -> None:
        self.held: list[str] = []

    def __enter__(self) -> PlatformStart:
        self._previous = qInstallMessageHandler(self._handle)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        qInstallMessageHandler(self._previous)
        for message in self.held:
            print(message, file=sys.stderr)

    def _handle(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if mode == QtMsgType.QtFatalMsg:
            print(f"wltdesk: {self.reason()}", file=sys.stderr)
            sys.stderr.flush()
            os._exit(1)  # Qt aborts after a fatal message; leave first, with our word
        category = context.category or ""
        self.held.append(f"{category}: {message}" if category != "default" else message)

    def reason(self, environ: Mapping[str, str] = os.environ) -> str:
        """The one line for a platform that did not start, from what Qt said before."""
        said = " ".join(self.held)
        display = environ.get("WAYLAND_DISPLAY") or environ.get("DISPLAY") or ""
        if "could not connect to display" in said or "Failed to create wl_display" in said:
            return (
                f"cannot open a window: the display {display} cannot be reached "
                "(is the desktop session running?); the command line works without one: "
                "wltdesk --help"
            )
        for line in self.held:
            if "is needed to load the Qt xcb platform plugin" in line:
                needed = line.split(",", 1)[-1].split(" is needed")[0].strip()
                return (
                    f"cannot open a window: Qt needs the system library {needed} "
                    "(README: Install lists every library for a bare Linux)"
                )
        return (
            "cannot open a window: no Qt platform plugin could start "
            "(README: Install lists the system libraries Qt needs)"
        )
