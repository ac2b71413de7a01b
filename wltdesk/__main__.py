"""``python -m wltdesk``: the same as the ``wltdesk`` command."""

import sys

from wltdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
