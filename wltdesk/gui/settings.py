"""UI preferences kept in QSettings: window geometry, last store and event, language, colour
scheme, late grace, whether a circle's next speaker starts by themselves.

Only state of this laptop's user interface lives here; anything about the
event itself is in the store, where it syncs.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

RECENT_LIMIT = 8


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "WLT", "WLT Desk"
        )

    def _str(self, key: str, default: str = "") -> str:
        value = self.q.value(key, default)
        return str(value) if value is not None else default

    @property
    def geometry(self) -> QByteArray | None:
        value = self.q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.q.setValue("window/geometry", value)

    @property
    def language(self) -> str:
        """'en', 'bn', or '' to follow the system."""
        return self._str("ui/language")

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("ui/language", value)

    @property
    def colour_scheme(self) -> str:
        """'system' (follow the platform), 'light' or 'dark'."""
        value = self._str("ui/colour_scheme", "system")
        return value if value in ("system", "light", "dark") else "system"

    @colour_scheme.setter
    def colour_scheme(self, value: str) -> None:
        self.q.setValue("ui/colour_scheme", value)

    @property
    def late_grace_minutes(self) -> int | None:
        """Minutes after the start when a check-in counts as late; None: the event's."""
        value = self._str("checkin/late_grace_minutes")
        return int(value) if value.lstrip("-").isdigit() and int(value) >= 0 else None

    @late_grace_minutes.setter
    def late_grace_minutes(self, value: int | None) -> None:
        self.q.setValue("checkin/late_grace_minutes", -1 if value is None else value)

    @property
    def auto_start_speakers(self) -> bool:
        """In a circle, Next (→) starts the next speaker's time at once (the default)."""
        return self._str("circles/auto_start_next", "true").lower() not in ("false", "0")

    @auto_start_speakers.setter
    def auto_start_speakers(self, value: bool) -> None:
        self.q.setValue("circles/auto_start_next", "true" if value else "false")

    @property
    def last_store(self) -> str:
        return self._str("event/last_store")

    @property
    def chosen_store(self) -> str:
        """The store last chosen in the app (Open another store, Recent events): the
        next start without ``--db`` opens it; '' for the default store."""
        return self._str("store/chosen")

    def remember_store(self, store_url: str) -> None:
        self.q.setValue("store/chosen", store_url)

    @property
    def last_event(self) -> str:
        return self._str("event/last_event")

    def remember_event(self, store_url: str, event_id: str, name: str) -> None:
        """Note the event as last opened and at the top of the recent list."""
        self.q.setValue("event/last_store", store_url)
        self.q.setValue("event/last_event", event_id)
        recent = [r for r in self.recent() if (r[0], r[1]) != (store_url, event_id)]
        recent.insert(0, (store_url, event_id, name))
        self.q.setValue("event/recent", ["\t".join(r) for r in recent[:RECENT_LIMIT]])

    def recent(self) -> list[tuple[str, str, str]]:
        """Recently opened events as (store URL, event id, name), newest first."""
        raw = self.q.value("event/recent", []) or []
        if isinstance(raw, str):
            raw = [raw]
        entries = []
        for item in raw:
            parts = str(item).split("\t")
            if len(parts) == 3:
                entries.append((parts[0], parts[1], parts[2]))
        return entries

    def sync(self) -> None:
        self.q.sync()
