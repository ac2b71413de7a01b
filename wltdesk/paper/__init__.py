"""Paper round-trip: sign-in sheets read back from photos and scans into attendance.

Owns what a printed sheet is (:mod:`.sheet`: its QR code and where its marks and
boxes sit), reading images (:mod:`.images`), finding and straightening the page
(:mod:`.register`), deciding each tick box (:mod:`.boxes`), reading a whole file
(:mod:`.reading`) and recording what was read, or typed in from a sheet, as
check-ins from paper (:mod:`.record`).

May import the services (attendance, agenda, events, people), the store and
the language; never printing (which draws :mod:`.sheet`'s layout) nor Qt. The
vision uses NumPy and Pillow, and zxing-cpp for the QR code.
"""
