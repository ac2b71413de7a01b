"""The house rules hold: layers, no cycles, no Qt in the core, rooms one can read.

The layers and walls of DESIGN.md are contracts for ``import-linter`` in
``pyproject.toml`` (imports inside functions count); this test runs it, and shows
on a spoiled copy of the package that a broken wall is caught. The core must also
run headless (command line, servers, CI without a display): the whole core is
imported in a fresh interpreter with Qt made unimportable. And a newcomer reads a
module in one sitting: no module over 600 lines, no class over 300.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import wltdesk

PACKAGE = Path(wltdesk.__file__).resolve().parent
ROOT = PACKAGE.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
MAX_MODULE_LINES = 600
MAX_CLASS_LINES = 300


def lint_imports(pythonpath: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=pythonpath,
        env={"PYTHONPATH": str(pythonpath), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def core_files() -> list[Path]:
    gui = PACKAGE / "gui"
    return sorted(p for p in PACKAGE.rglob("*.py") if gui not in p.parents)


def source_files() -> list[Path]:
    """Every hand-written module: compiled forms and migration scripts aside."""
    generated = (PACKAGE / "gui" / "forms", PACKAGE / "store" / "migrations" / "versions")
    return sorted(p for p in PACKAGE.rglob("*.py") if not any(g in p.parents for g in generated))


# ----------------------------------------------------------------- import contracts
def test_the_import_contracts_hold():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("store/hlc.py", "def late():\n    import PySide6.QtCore\n", "Only wltdesk.gui imports Qt"),
        ("printing/preview.py", "import shiboken6\n", "Only wltdesk.gui imports Qt"),
        ("gui/sound.py", "def peek():\n    import sqlalchemy\n", "never imports SQLAlchemy"),
        ("grouping/designs.py", "from wltdesk.store import models\n", "Data flows one way"),
        ("store/hlc.py", "from wltdesk.store import changes\n", "No import cycles"),
    ],
)
def test_a_broken_wall_is_caught(tmp_path, module, line, contract):
    """The contracts can fail: each spoiled copy of the package breaks exactly its rule."""
    shutil.copytree(PACKAGE, tmp_path / "wltdesk", ignore=shutil.ignore_patterns("__pycache__"))
    spoiled = tmp_path / "wltdesk" / module
    spoiled.write_text(spoiled.read_text("utf-8") + "\n" + line, "utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    broken = [row for row in result.stdout.splitlines() if " BROKEN" in row]
    assert len(broken) == 1 and contract in broken[0], result.stdout


# ----------------------------------------------------------------- Qt-free core
BLOCKED_IMPORT = r"""
import importlib
import importlib.abc
import pkgutil
import sys

BLOCKED = ("PySide6", "shiboken6")


class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"Qt is blocked in core: {name}")
        return None


sys.meta_path.insert(0, BlockQt())

import wltdesk

SKIP = ("wltdesk.gui", "wltdesk.store.migrations")


def skipped(name):
    return any(name == s or name.startswith(s + ".") for s in SKIP)


imported = []


def walk(path, prefix):
    for info in pkgutil.iter_modules(path, prefix):
        if skipped(info.name):
            continue
        module = importlib.import_module(info.name)
        imported.append(info.name)
        if info.ispkg:
            walk(module.__path__, info.name + ".")


walk(wltdesk.__path__, "wltdesk.")
try:
    import PySide6  # noqa: F401
except ImportError:
    pass
else:
    raise SystemExit("the Qt blocker does not work")
leaked = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED or skipped(m))
if leaked:
    raise SystemExit(f"loaded while importing the core: {leaked}")
print("\n".join(imported))
"""


def test_the_whole_core_imports_with_qt_blocked():
    result = subprocess.run(
        [sys.executable, "-c", BLOCKED_IMPORT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr or result.stdout
    imported = set(result.stdout.split())
    expected = {_module_name(p) for p in core_files() if "migrations" not in p.parts}
    expected.discard("wltdesk")
    assert {"wltdesk.store.database", "wltdesk.cli", "wltdesk.launcher"} <= imported
    assert expected <= imported, f"not imported: {sorted(expected - imported)}"


# ----------------------------------------------------------------- rooms one can read
def test_every_module_reads_in_one_sitting():
    files = source_files()
    assert PACKAGE / "store" / "database.py" in files
    too_long = {
        str(p.relative_to(ROOT)): n
        for p in files
        if (n := len(p.read_text("utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert too_long == {}


def test_every_class_does_one_thing():
    too_long = {}
    for path in source_files():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_CLASS_LINES:
                    too_long[f"{path.relative_to(ROOT)}:{node.name}"] = lines
    assert too_long == {}
