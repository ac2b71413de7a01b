"""Which build this is: the version, commit and build date `--version` and About show.

A frozen build reads the stamp the spec wrote (``tests/test_frozen.py`` checks the real
one); a checkout reads ``.git`` by hand, without a ``git`` process, so these tests lay
out the shapes ``.git`` takes: a folder with a loose or a packed branch, a detached
HEAD, and a worktree's ``.git`` file pointing into the main repository.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

import wltdesk
from wltdesk.provenance import Provenance, checkout_commit, provenance, read_stamp

ROOT = Path(__file__).resolve().parent.parent
COMMIT = "4a619099f9be353ff3ea3daf8553d4319fd336a7"
OTHER = "0123456789abcdef0123456789abcdef01234567"


def test_descriptions_of_a_build_a_checkout_and_neither():
    assert (
        Provenance("1.2.0", COMMIT, "2026-05-10T00:22:46Z").describe()
        == "1.2.0 (commit 4a619099f9be, built 2026-05-10T00:22:46Z)"
    )
    assert (
        Provenance("1.2.0", COMMIT, "2026-05-10T00:22:46Z", modified=True).describe()
        == "1.2.0 (commit 4a619099f9be+modified, built 2026-05-10T00:22:46Z)"
    )
    assert Provenance("1.2.0", None, "2026-05-10T00:22:46Z").describe() == (
        "1.2.0 (built 2026-05-10T00:22:46Z)"
    )
    assert Provenance("1.2.0", COMMIT).describe() == "1.2.0 (development, commit 4a619099f9be)"
    assert Provenance("1.2.0").describe() == "1.2.0 (development)"


def test_a_stamp_is_read_and_a_broken_one_ignored(tmp_path):
    stamp = tmp_path / "_build_info.json"
    stamp.write_text(
        json.dumps({"commit": COMMIT, "built": "2026-05-10T00:22:46Z", "modified": False})
    )
    assert read_stamp(stamp) == Provenance(wltdesk.__version__, COMMIT, "2026-05-10T00:22:46Z")
    stamp.write_text(json.dumps({"commit": "not a commit", "built": "2026-05-10T00:22:46Z"}))
    assert read_stamp(stamp) == Provenance(wltdesk.__version__, None, "2026-05-10T00:22:46Z")
    for broken in ("{", "[]", json.dumps({"commit": COMMIT})):
        stamp.write_text(broken)
        assert read_stamp(stamp) is None
    assert read_stamp(tmp_path / "missing.json") is None


def _repository(root: Path, head: str) -> Path:
    git = root / ".git"
    (git / "refs" / "heads").mkdir(parents=True)
    (git / "HEAD").write_text(head)
    return git


def test_a_branch_checked_out_as_a_loose_ref(tmp_path):
    git = _repository(tmp_path, "ref: refs/heads/main\n")
    (git / "refs" / "heads" / "main").write_text(COMMIT + "\n")
    assert checkout_commit(tmp_path) == COMMIT


def test_a_branch_only_in_packed_refs(tmp_path):
    git = _repository(tmp_path, "ref: refs/heads/release/1.0\n")
    (git / "packed-refs").write_text(
        "# pack-refs with: peeled fully-peeled sorted\n"
        f"{OTHER} refs/heads/main\n"
        f"{COMMIT} refs/heads/release/1.0\n"
        f"^{OTHER}\n"
    )
    assert checkout_commit(tmp_path) == COMMIT


def test_a_detached_head(tmp_path):
    _repository(tmp_path, COMMIT + "\n")
    assert checkout_commit(tmp_path) == COMMIT


def test_a_worktree_reads_its_branch_from_the_main_repository(tmp_path):
    main = _repository(tmp_path / "main", "ref: refs/heads/main\n")
    (main / "refs" / "heads" / "feature").write_text(COMMIT + "\n")
    private = main / "worktrees" / "wt"
    private.mkdir(parents=True)
    (private / "HEAD").write_text("ref: refs/heads/feature\n")
    (private / "commondir").write_text("../..\n")
    worktree = tmp_path / "wt"
    worktree.mkdir()
    (worktree / ".git").write_text(f"gitdir: {private}\n")
    assert checkout_commit(worktree) == COMMIT


def test_no_repository_or_an_unborn_branch_is_no_commit(tmp_path):
    assert checkout_commit(tmp_path) is None
    _repository(tmp_path, "ref: refs/heads/main\n")  # no commit yet
    assert checkout_commit(tmp_path) is None


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_this_checkout_reports_the_commit_git_names():
    head = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True
    )
    if head.returncode != 0:
        pytest.skip(f"not a git checkout: {head.stderr.strip()}")
    assert provenance() == Provenance(wltdesk.__version__, head.stdout.strip())
