"""Every colour the desk draws, by role, in a light and a dark variant, and the live switch.

The app follows the platform's colour scheme (:meth:`QStyleHints.colorScheme`)
unless the Preferences say Light or Dark. Widgets take their ordinary colours
from the application's :class:`QPalette` (window, base, text, highlight,
placeholder); what a palette has no role for — the check-in card's states,
coloured words such as "overdue", the group cards, the projector's stage — is
named here, once, in :data:`LIGHT` and :data:`DARK`. No other module of the GUI
spells a colour (``tests/gui/test_palette.py`` scans the sources and the forms).

A scheme change reaches every widget two ways: the application palette changes
(Qt repaints, and item models read :func:`current` again as they paint), and
:attr:`Appearance.changed` fires, so a widget that styles itself with a style
sheet restyles (:func:`follow`). When the platform cannot switch on request
(Qt's ``setColorScheme`` is a wish a platform may ignore, and Linux without a
desktop theme ignores it), the app sets a palette of its own for the scheme
wanted, so Dark is dark everywhere.

Every text colour here meets WCAG AA (4.5:1) on the surface it is drawn on, in
both schemes; the tests check each pair with the WCAG formula.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

#: WCAG AA for normal text; derived colours aim a little above it.
AA_TEXT = 4.5

#: The preference's words (kept in QSettings) and the scheme each asks for.
CHOICES: dict[str, Qt.ColorScheme] = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}


@dataclass(frozen=True)
class Tone:
    """A coloured surface, the text drawn on it, and its border."""

    surface: str
    text: str
    accent: str


@dataclass(frozen=True)
class Colours:
    """One scheme's colours by role.

    The first fields are :class:`QPalette` roles, used when the app has to set
    the palette itself; the states (success, warning, danger, neutral) colour
    cards; the ``*_text`` roles colour words on the window or a list's base.
    """

    dark: bool
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    placeholder: str
    link: str
    link_visited: str
    tooltip_base: str
    tooltip_text: str
    light: str
    midlight: str
    mid: str
    shade: str
    shadow: str
    disabled_text: str
    success: Tone
    warning: Tone
    danger: Tone
    neutral: Tone
    success_text: str
    warning_text: str
    danger_text: str
    muted_text: str

    def tone(self, state: str) -> Tone:
        """The card colours of ``state``: success, warning, danger or neutral."""
        return {
            "success": self.success,
            "warning": self.warning,
            "danger": self.danger,
            "neutral": self.neutral,
        }[state]


LIGHT = Colours(
    dark=False,
    window="#EFEFEF",
    window_text="#1A1A1A",
    base="#FFFFFF",
    alternate_base="#F5F5F5",
    text="#1A1A1A",
    button="#E8E8E8",
    button_text="#1A1A1A",
    highlight="#2A6FB8",
    highlighted_text="#FFFFFF",
    placeholder="#6B6B6B",
    link="#0B57D0",
    link_visited="#6E3FA8",
    tooltip_base="#FFFFDC",
    tooltip_text="#1A1A1A",
    light="#FFFFFF",
    midlight="#F7F7F7",
    mid="#B8B8B8",
    shade="#9F9F9F",
    shadow="#767676",
    disabled_text="#8C8C8C",
    success=Tone(surface="#E3F4E8", text="#0D5A27", accent="#1B7F3B"),
    warning=Tone(surface="#FFF1DB", text="#6B3D00", accent="#A05A00"),
    danger=Tone(surface="#FDE7E9", text="#8C0016", accent="#B00020"),
    neutral=Tone(surface="#ECEEF0", text="#2E3338", accent="#5F6368"),
    success_text="#18733A",
    warning_text="#8A4B00",
    danger_text="#B00020",
    muted_text="#5F6368",
)

DARK = Colours(
    dark=True,
    window="#2B2B2B",
    window_text="#F2F2F2",
    base="#1E1E1E",
    alternate_base="#262626",
    text="#F2F2F2",
    button="#363636",
    button_text="#F2F2F2",
    highlight="#2F65A8",
    highlighted_text="#FFFFFF",
    placeholder="#A3A3A3",
    link="#8AB4F8",
    link_visited="#C58AF9",
    tooltip_base="#3A3A3A",
    tooltip_text="#F2F2F2",
    light="#4D4D4D",
    midlight="#404040",
    mid="#242424",
    shade="#1A1A1A",
    shadow="#0D0D0D",
    disabled_text="#7A7A7A",
    success=Tone(surface="#143D24", text="#B6F0C6", accent="#4CC27A"),
    warning=Tone(surface="#40300A", text="#FFD58F", accent="#E0A030"),
    danger=Tone(surface="#4A1519", text="#FFB8BD", accent="#F0606E"),
    neutral=Tone(surface="#34373B", text="#E6E6E6", accent="#9AA0A6"),
    success_text="#6FD08C",
    warning_text="#FFC457",
    danger_text="#FF8A8F",
    muted_text="#ADB1B5",
)

#: Each group colour's variant on a dark desk, keyed by its paper colour (GROUP_COLOURS):
#: the same hue, deep enough for the dark scheme's text (AA), and as far apart
#: from each other as the paper colours are (sky blue and blue, orange and
#: brown differ in depth as on paper).
DARK_GROUP_COLOURS: dict[str, str] = {
    "#E69F00": "#8A5A00",
    "#56B4E9": "#1F6A96",
    "#009E73": "#006B4F",
    "#F0E442": "#6B6500",
    "#0072B2": "#0A3D7A",
    "#D55E00": "#A03A00",
    "#CC79A7": "#8A3F6C",
    "#B8B8B8": "#5A5A5A",
    "#A6761D": "#5A3E12",
    "#7570B3": "#5B3F9E",
    "#66A61E": "#3F6A12",
    "#E7298A": "#A0155F",
}


@dataclass(frozen=True)
class Stage:
    """The projector's colours: a dark stage whatever the desk's scheme, because a
    projected dark room reads best light on dark, and the cards keep their paper colours."""

    background: str
    text: str
    warning: str
    danger: str


#: The ground a QR picture is read on: white, whatever the scheme, as a printed code is.
SCAN_GROUND = "#FFFFFF"

#: A read-back sheet's boxes, drawn over the photographed paper (light whatever the
#: scheme): ticked green, empty grey, unclear amber, the box in hand blue. (The typed
#: grid's words are on the table's base, so they take the scheme's roles instead.)
SHEET_MARKS = {
    "ticked": "#2E7D32",
    "empty": "#8A8F94",
    "unclear": "#E08A00",
    "current": "#1F5F8B",
}

STAGE = Stage(background="#101418", text="#F4F4F4", warning="#FFC14D", danger="#FF5A4F")


def group_card(colour: str, colours: Colours | None = None) -> Tone:
    """A group's card in ``colours`` (the current scheme's by default).

    Light: the group's own colour (as on paper and the projector) with black or
    white text. Dark: its dark variant with the scheme's text; a colour outside
    the set (from another version's bundle) is deepened until the text reads.
    """
    from wltdesk.groups import ink_for  # not at start-up: the groups service loads grouping

    scheme = colours or current()
    if not scheme.dark:
        return Tone(surface=colour, text=ink_for(colour), accent=colour)
    surface = DARK_GROUP_COLOURS.get(colour.upper()) or deepened(colour, scheme)
    return Tone(surface=surface, text=scheme.text, accent=surface)


def deepened(colour: str, colours: Colours) -> str:
    """``colour`` mixed into the scheme's base until its text meets AA on it."""
    from wltdesk.groups import contrast_ratio

    paint, ground = QColor(colour), QColor(colours.base)
    for step in range(20, -1, -1):
        share = step / 20
        mixed = QColor(
            round(paint.red() * share + ground.red() * (1 - share)),
            round(paint.green() * share + ground.green() * (1 - share)),
            round(paint.blue() * share + ground.blue() * (1 - share)),
        ).name()
        if contrast_ratio(mixed, colours.text) >= AA_TEXT + 0.3:
            return mixed.upper()
    return colours.base


def qpalette(colours: Colours) -> QPalette:
    """A whole application palette for ``colours``, for a platform that cannot switch."""
    roles = QPalette.ColorRole
    palette = QPalette()
    for role, value in (
        (roles.Window, colours.window),
        (roles.WindowText, colours.window_text),
        (roles.Base, colours.base),
        (roles.AlternateBase, colours.alternate_base),
        (roles.Text, colours.text),
        (roles.Button, colours.button),
        (roles.ButtonText, colours.button_text),
        (roles.BrightText, colours.highlighted_text),
        (roles.Highlight, colours.highlight),
        (roles.HighlightedText, colours.highlighted_text),
        (roles.Accent, colours.highlight),
        (roles.PlaceholderText, colours.placeholder),
        (roles.Link, colours.link),
        (roles.LinkVisited, colours.link_visited),
        (roles.ToolTipBase, colours.tooltip_base),
        (roles.ToolTipText, colours.tooltip_text),
        (roles.Light, colours.light),
        (roles.Midlight, colours.midlight),
        (roles.Mid, colours.mid),
        (roles.Dark, colours.shade),
        (roles.Shadow, colours.shadow),
    ):
        palette.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.HighlightedText):
        palette.setColor(disabled, role, QColor(colours.disabled_text))
    palette.setColor(disabled, roles.Highlight, QColor(colours.mid))
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether a palette draws light text on a dark window."""
    roles = QPalette.ColorRole
    return palette.color(roles.Window).lightness() < palette.color(roles.WindowText).lightness()


def platform_scheme() -> Qt.ColorScheme:
    """The scheme the platform reports (Unknown where it says nothing)."""
    return QGuiApplication.styleHints().colorScheme()


class Appearance(QObject):
    """The app's colour scheme: the preference, the platform's, and the switch between them.

    One per application (:func:`appearance`). :meth:`choose` takes the
    preference; the platform's own changes (``colorSchemeChanged``) are
    followed while the preference is "system".
    """

    #: The scheme changed: restyle (the palette has already changed).
    changed = Signal()

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._app = app
        self._choice = "system"
        self._own_palette = False
        self._applying = False
        app.styleHints().colorSchemeChanged.connect(self._platform_changed)

    @property
    def choice(self) -> str:
        """The preference: "system", "light" or "dark"."""
        return self._choice

    def choose(self, choice: str) -> None:
        """Follow the system, or keep to light or dark (an unknown word means system)."""
        self._choice = choice if choice in CHOICES else "system"
        self.apply()

    def scheme(self) -> Qt.ColorScheme:
        """The scheme in force: the preference, else the platform's, else the palette's."""
        wanted = CHOICES[self._choice]
        if wanted != Qt.ColorScheme.Unknown:
            return wanted
        reported = platform_scheme()
        if reported != Qt.ColorScheme.Unknown:
            return reported
        return Qt.ColorScheme.Dark if is_dark(self._app.palette()) else Qt.ColorScheme.Light

    def colours(self) -> Colours:
        return DARK if self.scheme() == Qt.ColorScheme.Dark else LIGHT

    def apply(self) -> None:
        """Ask the platform for the scheme, set our palette if it cannot, tell the widgets."""
        if self._applying:
            return  # the platform answers a request with colorSchemeChanged
        self._applying = True
        try:
            self._ask_platform()
            self._fit_palette()
        finally:
            self._applying = False
        self.changed.emit()

    def _ask_platform(self) -> None:
        hints = self._app.styleHints()
        wanted = CHOICES[self._choice]
        if wanted == Qt.ColorScheme.Unknown:
            unset = getattr(hints, "unsetColorScheme", None)  # Qt 6.8 and later
            if unset is not None:
                unset()
        else:
            request = getattr(hints, "setColorScheme", None)  # Qt 6.8 and later
            if request is not None:
                request(wanted)

    def _fit_palette(self) -> None:
        if self._own_palette:
            # back to the platform's palette: a palette with no role set resolves to it
            # (one of its own: Qt ignores a copy of the palette it already has)
            platform = QPalette(self._app.palette().color(QPalette.ColorRole.Window))
            platform.setResolveMask(0)
            self._app.setPalette(platform)
            self._own_palette = False
        wanted = self.colours()
        if is_dark(self._app.palette()) != wanted.dark:
            self._app.setPalette(qpalette(wanted))
            self._own_palette = True

    def _platform_changed(self, _scheme: Qt.ColorScheme) -> None:
        self.apply()


_appearance: Appearance | None = None


def appearance() -> Appearance:
    """The application's :class:`Appearance` (made with the first call)."""
    global _appearance
    app = QGuiApplication.instance()
    if _appearance is None or _appearance.parent() is not app:
        _appearance = Appearance(app)
    return _appearance


def current() -> Colours:
    """The colours of the scheme in force."""
    return appearance().colours()


def follow(restyle: Callable[[], None]) -> None:
    """Call ``restyle`` now and after every scheme change.

    ``restyle`` is a method of a widget: the connection ends with the widget.
    """
    appearance().changed.connect(restyle)
    restyle()


def brush(role: str) -> QBrush:
    """A brush of a text role of the scheme in force ("danger_text", "success_text"...),
    for an item model's ForegroundRole (views repaint, and ask again, when it changes)."""
    return QBrush(QColor(getattr(current(), role)))


class Tint(QObject):
    """Keeps a widget's text in a role of the scheme in force ("danger_text"...), or in
    the ordinary text colour (``None``), across scheme changes. It lives as long as
    its widget."""

    def __init__(self, widget: QWidget, role: str | None = None) -> None:
        super().__init__(widget)
        self.widget = widget
        self.role = role
        follow(self.restyle)

    def set_role(self, role: str | None) -> None:
        if role != self.role:
            self.role = role
            self.restyle()

    def restyle(self) -> None:
        widget = self.widget
        # the widget's own colours go; the application's (the new scheme's) show through
        widget.setPalette(QPalette())
        if self.role is not None:
            tinted = widget.palette()
            colour = QColor(getattr(current(), self.role))
            for part in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
                tinted.setColor(part, colour)
            widget.setPalette(tinted)


def hint(label: QWidget) -> None:
    """A pane's hint (its keys, what a field takes) in readable grey.

    The forms grey hints out by disabling them, and the disabled grey of a
    style is made not to be read (Fusion's is 1.6:1 on its window); a hint is
    meant to be read, so it is enabled and drawn in the muted role (AA).
    """
    label.setEnabled(True)
    Tint(label, "muted_text")
