"""WLT Desk: the offline desk for facilitated trainings.

Everything in this package except :mod:`wltdesk.gui` is free of Qt, so every
feature works headless through the services and the ``wltdesk`` command line.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("wltdesk")
except PackageNotFoundError:  # a checkout that was never installed
    __version__ = "0.0.0+checkout"
