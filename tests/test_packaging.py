"""What the packaging ships besides the frozen program, checked without building it.

The app icon in every size each platform asks for, the Linux desktop entry, the
version the build stamps on the bundle, and the one-line error a store URL gives
when its driver is not part of the install (the desktop app leaves out psycopg).
The bundle itself is tested in ``test_frozen.py``.
"""

from __future__ import annotations

import configparser
import importlib.util
import tomllib
from pathlib import Path

import pytest
from PIL import Image

import wltdesk
from wltdesk.errors import UserError
from wltdesk.store import open_store

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"


def _build_module():
    spec = importlib.util.spec_from_file_location("wltdesk_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_png_icons_are_square_with_a_transparent_corner(size):
    with Image.open(ICONS / f"wltdesk-{size}.png") as image:
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0  # rounded corner: see-through
        assert image.getpixel((size // 2, size // 2))[3] == 255


def test_windows_icon_holds_every_size_up_to_256():
    with Image.open(ICONS / "wltdesk.ico") as ico:
        assert {16, 24, 32, 48, 64, 128, 256} <= {w for w, _h in ico.info["sizes"]}


def test_macos_icon_holds_retina_sizes():
    with Image.open(ICONS / "wltdesk.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"]
        assert (16, 16, 1) in icns.info["sizes"] or (16, 16, 2) in icns.info["sizes"]


def test_desktop_entry_starts_the_windowed_app_with_the_icon():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "packaging" / "wltdesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    # install-linux.sh replaces exactly this line with the unpacked folder's full path.
    assert desktop["Exec"] == "wltdesk-gui"
    assert desktop["Icon"] == "wltdesk"
    assert desktop["Terminal"] == "false"
    assert desktop["Categories"].endswith(";")
    assert desktop["StartupWMClass"] == "wltdesk-gui"


def test_build_stamps_the_version_of_pyproject_which_the_install_reports():
    build = _build_module()
    with open(ROOT / "pyproject.toml", "rb") as f:
        declared = tomllib.load(f)["project"]["version"]
    assert build.project_version() == declared
    # wltdesk.spec refuses to build when these differ (stale editable install).
    assert wltdesk.__version__ == declared
    assert build.archive_name(declared).startswith(f"wltdesk-{declared}-linux-")


def test_store_url_whose_driver_is_missing_is_a_user_error():
    with pytest.raises(UserError) as caught:
        open_store("mysql+pymysql://organizer@127.0.0.1:9/events")
    assert str(caught.value) == (
        "cannot open store mysql+pymysql://organizer@127.0.0.1:9/events: "
        "its database driver (pymysql) is not installed"
    )


def test_macos_bundle_is_a_foreground_app():
    """COLLECT's last executable is the console one, so BUNDLE would mark the app
    LSBackgroundOnly (no Dock icon, no menu bar) unless Info.plist says otherwise."""
    import ast

    tree = ast.parse((ROOT / "packaging" / "wltdesk.spec").read_text(encoding="utf-8"))
    bundles = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "BUNDLE"
    ]
    assert len(bundles) == 1
    (plist,) = [k.value for k in bundles[0].keywords if k.arg == "info_plist"]
    values = {key.value: value for key, value in zip(plist.keys, plist.values, strict=True)}
    assert ast.literal_eval(values["LSBackgroundOnly"]) is False
    assert ast.unparse(values["CFBundleShortVersionString"]) == "VERSION"
