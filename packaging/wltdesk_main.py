"""Entry script of both frozen executables, ``wltdesk`` and ``wltdesk-gui``.

PyInstaller builds the two executables from this one script (one analysis,
half the build time); each looks at the name it was started by to decide what it is.
``wltdesk-gui`` (windowed: no console window on Windows, the app inside the
macOS bundle) opens the desktop app, or runs a command when given one;
``wltdesk`` is the full command line. Same behaviour as the ``wltdesk`` and
``wltdesk-gui`` entry points of the wheel (``pyproject.toml``).
"""

import sys
from pathlib import Path


def _is_gui_executable() -> bool:
    # argv[0]: on Linux `wltdesk-gui` is a symbolic link to `wltdesk` (see wltdesk.spec).
    names = (Path(sys.argv[0]).stem, Path(sys.executable).stem)
    return any(name.lower().startswith("wltdesk-gui") for name in names)


if __name__ == "__main__":
    if _is_gui_executable():
        from wltdesk.cli import gui_main

        sys.exit(gui_main())
    from wltdesk.cli import main

    sys.exit(main())
