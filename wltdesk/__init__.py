"""WLT Desk: the offline desk for facilitated trainings.

Everything in this package except :mod:`wltdesk.gui` is free of Qt, so every
feature works headless through the services and the ``wltdesk`` command line.
"""

#: The release, as in ``pyproject.toml`` (a test keeps them equal). Written here rather
#: than read from the installed metadata: ``importlib.metadata`` alone costs more start-up
#: time than ``wltdesk --version`` may take.
__version__ = "0.1.0"
