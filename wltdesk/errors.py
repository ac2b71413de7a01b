"""The one exception type that carries a message meant for the user."""


class UserError(Exception):
    """Bad input or data, explained in one line that names the problem and where.

    The command line prints it to stderr and exits 1; the GUI shows it in a
    dialog. Whatever raised it has left the store unchanged.
    """
