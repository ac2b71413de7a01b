"""Where this copy of WLT Desk comes from: its version, the commit it was built from, when.

Shown by ``wltdesk --version`` and the About box, so a bug report or a laptop in the field
names the exact build. A frozen build carries a stamp written at build time
(``packaging/wltdesk.spec`` puts :data:`STAMP_NAME` next to this module in the bundle); a
checkout reads the commit from ``.git`` directly. Neither starts a ``git`` process: every
command pays for ``--version``'s parser, so this stays a couple of small file reads.
Anything else (an installed wheel, a checkout without ``.git``) is a development copy
with no commit to show.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

from wltdesk import __version__
from wltdesk.language import _

#: The stamp a frozen build carries next to this module (JSON: commit, built, modified).
STAMP_NAME = "_build_info.json"
_HEX = re.compile(r"[0-9a-f]{40}([0-9a-f]{24})?")  # SHA-1 or SHA-256 object names


@dataclass(frozen=True)
class Provenance:
    """The version, and for a build or a checkout the commit; for a build also its date."""

    version: str
    commit: str | None = None  # the full object name
    built: str | None = None  # UTC, ISO 8601 ("2026-05-10T00:22:46Z"); frozen builds only
    modified: bool = False  # built from a tree with uncommitted changes

    @property
    def short_commit(self) -> str | None:
        if self.commit is None:
            return None
        return self.commit[:12] + ("+modified" if self.modified else "")

    @property
    def is_build(self) -> bool:
        """A stamped build (frozen app), rather than a checkout or an installed package."""
        return self.built is not None

    def describe(self) -> str:
        """One line: ``0.1.0 (commit 1a2b3c4d5e6f, built 2026-05-10T00:22:46Z)``, or
        ``0.1.0 (development, commit 1a2b3c4d5e6f)``, or ``0.1.0 (development)``."""
        if self.is_build and self.commit:
            return _("{version} (commit {commit}, built {built})").format(
                version=self.version, commit=self.short_commit, built=self.built
            )
        if self.is_build:
            return _("{version} (built {built})").format(version=self.version, built=self.built)
        if self.commit:
            return _("{version} (development, commit {commit})").format(
                version=self.version, commit=self.short_commit
            )
        return _("{version} (development)").format(version=self.version)


@functools.cache
def provenance() -> Provenance:
    """This copy's provenance: the build stamp if there is one, else the checkout's commit."""
    here = Path(__file__).resolve().parent
    stamp = read_stamp(here / STAMP_NAME)
    if stamp is not None:
        return stamp
    root = here.parent
    commit = checkout_commit(root) if (root / "pyproject.toml").is_file() else None
    return Provenance(__version__, commit)


def read_stamp(path: Path) -> Provenance | None:
    """The build stamp at ``path``, or None when there is none (or it is unreadable)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("built"), str):
        return None
    commit = data.get("commit")
    return Provenance(
        version=__version__,
        commit=commit if isinstance(commit, str) and _HEX.fullmatch(commit) else None,
        built=data["built"],
        modified=data.get("modified") is True,
    )


def checkout_commit(root: Path) -> str | None:
    """The commit checked out at ``root``, read from its ``.git`` (folder, or the file a
    worktree has), following HEAD to a loose or packed ref; None when it cannot tell."""
    try:
        gitdir = _git_dir(root)
        if gitdir is None:
            return None
        head = (gitdir / "HEAD").read_text(encoding="utf-8").strip()
        if not head.startswith("ref:"):
            return head if _HEX.fullmatch(head) else None  # detached HEAD
        ref = head.removeprefix("ref:").strip()
        common = gitdir
        if (gitdir / "commondir").is_file():  # a worktree: branches live in the main .git
            common = gitdir / (gitdir / "commondir").read_text(encoding="utf-8").strip()
        for folder in (gitdir, common):
            if (folder / ref).is_file():
                value = (folder / ref).read_text(encoding="utf-8").strip()
                return value if _HEX.fullmatch(value) else None
        packed = common / "packed-refs"
        if packed.is_file():
            for line in packed.read_text(encoding="utf-8").splitlines():
                value, _, name = line.partition(" ")  # "<commit> refs/heads/main"
                if name == ref and _HEX.fullmatch(value):
                    return value
    except (OSError, UnicodeDecodeError):
        return None
    return None


def _git_dir(root: Path) -> Path | None:
    dot_git = root / ".git"
    if dot_git.is_dir():
        return dot_git
    if dot_git.is_file():  # "gitdir: /path/to/main/.git/worktrees/name"
        text = dot_git.read_text(encoding="utf-8").strip()
        if text.startswith("gitdir:"):
            return root / text.removeprefix("gitdir:").strip()
    return None
