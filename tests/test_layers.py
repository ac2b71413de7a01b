"""The layer rules hold: the core never imports Qt, the GUI never imports SQLAlchemy.

The core must run headless (command line, servers, CI without a display) and
stay usable as a library; the GUI must go through services, never SQL. Both
rules are checked on the source (AST, so imports inside functions count) and
the first also by importing the whole core with Qt made unimportable.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import wltdesk

PACKAGE = Path(wltdesk.__file__).resolve().parent
GUI = PACKAGE / "gui"
QT_ROOTS = ("PySide6", "shiboken6")
#: The single allowed exception: the launcher imports the GUI lazily, in this function.
LAUNCHER = PACKAGE / "launcher.py"
LAUNCHER_FUNCTION = "run_gui"


@dataclass(frozen=True)
class Import:
    module: str  # absolute dotted name
    line: int
    function: str | None  # innermost enclosing function, None at module level


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(source: str, module: str, is_package: bool = False) -> list[Import]:
    """Every module a source imports, wherever the import statement sits.

    ``from a import b`` yields both ``a`` and ``a.b`` (``b`` may be a module);
    relative imports are made absolute; ``importlib.import_module("x")`` and
    ``__import__("x")`` with a literal name count too.
    """
    package = module if is_package else module.rpartition(".")[0]
    found: list[Import] = []

    def visit(node: ast.AST, function: str | None) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            function = node.name
        if isinstance(node, ast.Import):
            found.extend(Import(alias.name, node.lineno, function) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            found.append(Import(base, node.lineno, function))
            found.extend(
                Import(f"{base}.{alias.name}", node.lineno, function)
                for alias in node.names
                if alias.name != "*"
            )
        elif isinstance(node, ast.Call) and node.args:
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            first = node.args[0]
            if (
                name in ("import_module", "__import__")
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                found.append(Import(first.value, node.lineno, function))
        for child in ast.iter_child_nodes(node):
            visit(child, function)

    visit(ast.parse(source), None)
    return found


def _is_under(module: str, roots: tuple[str, ...]) -> bool:
    return any(module == root or module.startswith(root + ".") for root in roots)


def qt_violations(path: Path, source: str) -> list[str]:
    """Imports of Qt or of ``wltdesk.gui`` in a core module, but the launcher's one."""
    module = _module_name(path)
    problems = []
    for found in imports_of(source, module, path.name == "__init__.py"):
        if not _is_under(found.module, (*QT_ROOTS, "wltdesk.gui")):
            continue
        if (
            path == LAUNCHER
            and found.function == LAUNCHER_FUNCTION
            and _is_under(found.module, ("wltdesk.gui",))
        ):
            continue
        where = f"in {found.function}()" if found.function else "at module level"
        problems.append(
            f"{path.relative_to(PACKAGE.parent)}:{found.line} imports {found.module} {where}"
        )
    return problems


def core_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if GUI not in p.parents)


def gui_files() -> list[Path]:
    return sorted(GUI.rglob("*.py"))


# ----------------------------------------------------------------- the scanner itself
def test_the_scanner_sees_imports_everywhere_a_module_can_hide_them():
    source = textwrap.dedent(
        """
        import json
        def build():
            import PySide6.QtWidgets
        class Late:
            def method(self):
                from shiboken6 import isValid
        from wltdesk import gui
        from .gui.app import run
        import importlib
        importlib.import_module("PySide6.QtCore")
        """
    )
    fake = PACKAGE / "fake.py"
    problems = qt_violations(fake, source)
    assert [p.split(" imports ")[1] for p in problems] == [
        "PySide6.QtWidgets in build()",
        "shiboken6 in method()",
        "shiboken6.isValid in method()",
        "wltdesk.gui at module level",
        "wltdesk.gui.app at module level",
        "wltdesk.gui.app.run at module level",
        "PySide6.QtCore at module level",
    ]


def test_the_launcher_exception_covers_only_its_function():
    lazy = "def run_gui():\n    from wltdesk.gui.app import run\n"
    assert qt_violations(LAUNCHER, lazy) == []
    eager = "from wltdesk.gui.app import run\n"
    elsewhere = "def other():\n    from wltdesk.gui.app import run\n"
    qt_itself = "def run_gui():\n    import PySide6\n"
    for source in (eager, elsewhere, qt_itself):
        assert qt_violations(LAUNCHER, source), source
    assert qt_violations(PACKAGE / "cli" / "__init__.py", lazy)


# ----------------------------------------------------------------- the rules
def test_no_core_module_imports_qt_or_the_gui():
    files = core_files()
    assert PACKAGE / "store.py" in files and LAUNCHER in files
    problems = [p for path in files for p in qt_violations(path, path.read_text("utf-8"))]
    assert problems == [], "\n".join(problems)


def test_the_launcher_still_reaches_the_gui_lazily():
    """The allowed exception is real: if it moves, this rule must be revisited."""
    found = imports_of(LAUNCHER.read_text("utf-8"), "wltdesk.launcher")
    gui = [i for i in found if _is_under(i.module, ("wltdesk.gui",))]
    assert gui and all(i.function == LAUNCHER_FUNCTION for i in gui)


def test_the_gui_never_imports_sqlalchemy():
    files = gui_files()
    assert GUI / "__init__.py" in files
    problems = [
        f"{path.relative_to(PACKAGE.parent)}:{i.line} imports {i.module}"
        for path in files
        for i in imports_of(path.read_text("utf-8"), _module_name(path), path.name == "__init__.py")
        if _is_under(i.module, ("sqlalchemy", "alembic"))
    ]
    assert problems == [], "\n".join(problems)


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
