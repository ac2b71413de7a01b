"""Sync: how an event's changes leave a laptop, travel and come back.

Owns the bundle format (:mod:`.bundle` writes bundles, :mod:`.reading`,
:mod:`.unlocking` and :mod:`.changelines` check them, :mod:`.sealing` encrypts
them, :mod:`.eventkey` passes on the event key that locks and signs them),
what may leave a laptop and for whom
(:mod:`.sharing`), merging verified bundles (:mod:`.merge`), reviewing the
conflicts a merge leaves (:mod:`.conflicts`) and the changes it held back because
their stamps ran too far ahead of this laptop's clock (:mod:`.held`), whether that
clock looks wrong (:mod:`.clockwatch`), the shared places bundles go
(:mod:`.targets`: a folder or WebDAV; :mod:`.deadlines` bounds every wait on a
WebDAV server, :mod:`.keychain` keeps its password in the computer's keychain),
the push-and-pull of one sync (:mod:`.exchange`), an export by hand
(:mod:`.export`) and the public participant list (:mod:`.publish`).

May import the store and the services' plain data (events, attendance); never
``printing``, ``cli`` or ``gui``.
"""
