"""Work in the thread pool when the window that asked for it is gone."""

from __future__ import annotations

from shiboken6 import Shiboken

from wltdesk.errors import UserError
from wltdesk.gui.jobs import Job


def test_a_job_whose_listeners_are_gone_ends_quietly(qapp, capfd):
    """The app quit while a read ran: the job finishes without a traceback, as the
    pool runs it, however it ends (a result, progress, a refusal)."""

    def refused(_progress, _cancelled):
        raise UserError("the store is closed")

    for work in (lambda progress, _cancelled: progress(1, 2) or 42, refused):
        job = Job(work)
        Shiboken.delete(job.signals)
        job.run()
    assert capfd.readouterr().err == ""
