"""Running ``wltdesk`` in-process for the command-line tests: exit code, stdout, stderr."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from wltdesk.cli import main


@dataclass
class Result:
    code: int | str | None
    out: str
    err: str

    def json(self) -> Any:
        assert self.code == 0, self.err
        return json.loads(self.out)

    @property
    def error_line(self) -> str:
        """The one stderr line an error must produce (asserts exit 1 and exactly one line)."""
        lines = self.err.splitlines()
        assert self.code == 1 and len(lines) == 1, (self.code, self.err)
        assert lines[0].startswith("wltdesk: "), lines[0]
        assert "Traceback" not in self.err
        return lines[0]


def invoke(capsys: Any, argv: Sequence[Any]) -> Result:
    """Call ``wltdesk.cli.main`` as the shell would and capture what it printed."""
    capsys.readouterr()
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:  # argparse: --version, --help and usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return Result(code, out, err)
