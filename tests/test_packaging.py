"""What the packaging ships besides the frozen program, checked without building it.

The app icon in every size each platform asks for, the Linux desktop entry, the
version the build stamps on the bundle, the one-line error a store URL gives when its
driver is not part of the install (`pip install wltdesk` without the [postgres] extra),
the pieces of the .deb and the checksums, the Windows installer script, and the release
workflow (actionlint) and shell scripts (shellcheck). The bundle, the .deb and the
archive themselves are tested in ``test_frozen.py``.
"""

from __future__ import annotations

import configparser
import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PIL import Image

import wltdesk
from wltdesk.errors import UserError
from wltdesk.store import open_store

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(
        f"wltdesk_{name}", ROOT / "packaging" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _build_module():
    return _load("build")


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


# ----------------------------------------------------------------- checksums and the .deb
def test_checksums_are_in_sha256sum_format(tmp_path):
    build = _build_module()
    first, second = tmp_path / "b.tar.gz", tmp_path / "a_1.0_amd64.deb"
    first.write_bytes(b"archive")
    second.write_bytes(b"package" * 100_000)
    sums = build.write_checksums(tmp_path, [first, second])
    assert sums == tmp_path / "SHA256SUMS"
    assert sums.read_text("utf-8") == (
        f"{hashlib.sha256(second.read_bytes()).hexdigest()}  a_1.0_amd64.deb\n"
        f"{hashlib.sha256(b'archive').hexdigest()}  b.tar.gz\n"
    )


@pytest.mark.parametrize(
    ("file_name", "entry"),
    [
        ("libsqlite3.so.0", ("libsqlite3", "0")),
        ("libbz2.so.1.0", ("libbz2", "1.0")),
        ("libstdc++.so.6", ("libstdc++", "6")),
        ("libpyside6.abi3.so.6.12", ("libpyside6.abi3", "6.12")),
        ("libcrypto-3a0647ea.so.3", ("libcrypto-3a0647ea", "3")),
        ("libfoo-1.2.so", ("libfoo", "1.2")),
        ("_psycopg.cpython-311-x86_64-linux-gnu.so", None),  # a module, no soname version
        ("libqxcb.so", None),  # a plugin
    ],
)
def test_shlibs_names_of_shipped_libraries(file_name, entry):
    assert _load("debian").shlibs_entry(file_name) == entry


def test_deb_layout_and_control_file(tmp_path):
    """Where the package puts things (build_deb adds the app folder and DEBIAN/), and a
    control file dpkg accepts: one paragraph, continuation lines indented."""
    debian = _load("debian")
    stage = tmp_path / "stage"
    debian.lay_out(stage)
    (stage / "opt" / "wltdesk").mkdir(parents=True)
    (stage / "opt" / "wltdesk" / "wltdesk").write_bytes(b"\x7fELF")
    (stage / "opt" / "wltdesk" / "wltdesk").chmod(0o700)
    debian.normalise_modes(stage)
    assert os.readlink(stage / "usr/bin/wltdesk") == "/opt/wltdesk/wltdesk"
    assert os.readlink(stage / "usr/bin/wltdesk-gui") == "/opt/wltdesk/wltdesk-gui"
    assert (stage / "usr/share/applications/wltdesk.desktop").read_bytes() == (
        ROOT / "packaging" / "wltdesk.desktop"
    ).read_bytes()
    for size in (16, 48, 256, 512):
        assert (stage / f"usr/share/icons/hicolor/{size}x{size}/apps/wltdesk.png").is_file()
    assert (stage / "usr/share/icons/hicolor/scalable/apps/wltdesk.svg").is_file()
    assert "GPL-3.0-or-later" in (stage / "usr/share/doc/wltdesk/copyright").read_text("utf-8")
    assert (stage / "opt/wltdesk/wltdesk").stat().st_mode & 0o777 == 0o755
    assert (stage / "usr/share/doc/wltdesk/copyright").stat().st_mode & 0o777 == 0o644
    assert debian.md5sums(stage).splitlines()[0].endswith("  opt/wltdesk/wltdesk")

    control = debian.control_file("1.2.0", "amd64", "libc6 (>= 2.36), libegl1", 170_000)
    lines = control.splitlines()
    fields = dict(line.split(": ", 1) for line in lines if not line.startswith(" "))
    assert fields["Package"] == "wltdesk"
    assert fields["Version"] == "1.2.0"
    assert fields["Architecture"] == "amd64"
    assert fields["Depends"] == "libc6 (>= 2.36), libegl1"
    assert fields["Installed-Size"] == "170000"
    assert re.fullmatch(r".+ <[^@ ]+@[^@ ]+>", fields["Maintainer"])
    assert control.endswith("\n") and "\n\n" not in control
    assert all(
        line.startswith(" ")
        for line in lines[lines.index(f"Description: {fields['Description']}") + 1 :]
    )


# ----------------------------------------------------------------- the Windows installer
def test_windows_installer_is_per_user_and_takes_the_build_s_values():
    """No administrator rights (PrivilegesRequired=lowest, the user's Programs folder),
    a fixed AppId so upgrades replace the old version, and every value build.py passes
    with /D is one the script reads."""
    script = (ROOT / "packaging" / "wltdesk.iss").read_text("utf-8")
    setup = script.split("[Setup]", 1)[1].split("\n[", 1)[0]
    settings = dict(
        line.split("=", 1)
        for line in setup.splitlines()
        if "=" in line and not line.startswith(";")
    )
    assert settings["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in settings
    assert settings["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", settings["AppId"])
    assert settings["AppVersion"] == "{#AppVersion}"
    assert "HKLM" not in script and "{commonpf}" not in script and "{sys}" not in script
    build_source = (ROOT / "packaging" / "build.py").read_text("utf-8")
    for define in re.findall(r'f"/D(\w+)=', build_source):
        assert re.search(rf"#(ifndef|define) {define}\b", script), define
    assert "wltdesk-gui.exe" in script


# ----------------------------------------------------------------- workflows and scripts
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
SHELL_SCRIPTS = [ROOT / "dev.sh", ROOT / ".ci" / "run", *sorted((ROOT / "packaging").glob("*.sh"))]


def _tool(name: str) -> str:
    """The tool next to this Python (the venv's bin) or on PATH; skip, saying why, when
    it is missing or cannot run here."""
    found = shutil.which(name, path=os.pathsep.join([str(Path(sys.executable).parent),
                                                     os.environ.get("PATH", "")]))  # fmt: skip
    if found is None:
        pytest.skip(f"{name} is not installed (requirements-dev.txt / dev.sh install it)")
    try:
        probe = subprocess.run([found, "--version"], capture_output=True, text=True, timeout=60)
    except OSError as exc:
        pytest.skip(f"{found} cannot run here: {exc}")
    if probe.returncode != 0:
        pytest.skip(f"{found} cannot run here: {probe.stderr.strip()[:200]}")
    return found


def test_workflows_pass_actionlint():
    """Syntax, expressions, runner labels, action inputs (of the action versions used)
    and, when shellcheck is installed (dev.sh installs it), the `run:` scripts."""
    assert WORKFLOWS, "no workflow in .github/workflows"
    actionlint = _tool("actionlint")
    result = subprocess.run(
        [actionlint, "-no-color", *(str(p.relative_to(ROOT)) for p in WORKFLOWS)],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_release_workflow_builds_tests_and_publishes_on_each_system():
    import yaml

    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text("utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as True
    assert triggers["push"]["tags"] == ["v*"]
    assert workflow["permissions"] == {"contents": "read"}
    jobs = workflow["jobs"]
    assert jobs["linux"]["container"] == "debian:12"
    assert jobs["windows"]["runs-on"].startswith("windows-")
    assert {(m["runner"], m["arch"]) for m in jobs["macos"]["strategy"]["matrix"]["include"]} == {
        ("macos-15-intel", "x86_64"),
        ("macos-15", "arm64"),
    }
    for name in ("linux", "windows", "macos"):
        commands = " ".join(step.get("run", "") for step in jobs[name]["steps"])
        assert "tests/test_frozen.py" in commands or "dev.sh test -m frozen" in commands, name
    install = " ".join(step.get("run", "") for step in jobs["linux-install"]["steps"])
    assert "packaging/deb-smoke.sh" in install
    assert set(jobs["linux-install"]["strategy"]["matrix"]["image"]) >= {
        "debian:12",
        "ubuntu:24.04",
    }
    publish = jobs["publish"]
    assert publish["if"] == "startsWith(github.ref, 'refs/tags/')"
    assert set(publish["needs"]) == {"linux", "linux-install", "windows", "macos"}
    assert publish["permissions"] == {"contents": "write"}
    script = " ".join(step.get("run", "") for step in publish["steps"])
    assert "sha256sum --check" in script and "SHA256SUMS" in script


@pytest.mark.parametrize("script", SHELL_SCRIPTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_shell_scripts_pass_bash_n_and_shellcheck(script):
    assert os.access(script, os.X_OK), f"{script.name} is not executable"
    parsed = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    assert parsed.returncode == 0, parsed.stderr
    shellcheck = _tool("shellcheck")
    checked = subprocess.run([shellcheck, str(script)], capture_output=True, text=True, cwd=ROOT)
    assert checked.returncode == 0, checked.stdout + checked.stderr
