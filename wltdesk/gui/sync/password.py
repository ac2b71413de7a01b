"""The password of a WebDAV target, asked for when the target is set.

The password goes to the computer's keychain (:mod:`wltdesk.sync.keychain`),
never into WLT Desk's files. On a computer with no keychain the dialog says so
in one line and offers to use the password until WLT Desk closes; it is then
asked for again the next time. The dialog only gathers the password; the Target
box keeps it and sets the target.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from wltdesk.gui.forms.ui_webdav_password_dialog import Ui_WebDavPasswordDialog


class WebDavPasswordDialog(QDialog):
    """A password field (never shown as typed) and where the password will be kept."""

    def __init__(
        self,
        server: str,
        user: str,
        saved: bool,
        no_keychain: str | None,
        parent: QWidget | None = None,
    ) -> None:
        """``saved``: the keychain holds a password already (empty keeps it);
        ``no_keychain``: the core's line saying this computer has none, or None."""
        super().__init__(parent)
        self.ui = Ui_WebDavPasswordDialog()
        self.ui.setupUi(self)
        self.saved = saved
        self.session_only = no_keychain is not None
        self.ui.introLabel.setText(
            self.tr("WLT Desk signs in to {0} as {1}. Type the password {1} uses there.").format(
                server, user
            )
        )
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if no_keychain is not None:
            self.ui.keychainLabel.setText(
                no_keychain
                + " "
                + self.tr(
                    "It can be used until you close WLT Desk, and is asked for again the next time."
                )
            )
            ok.setText(self.tr("Use for this &session only"))
        else:
            self.ui.keychainLabel.setText(
                self.tr("It is kept in this computer's keychain, not in WLT Desk's files.")
            )
            ok.setText(self.tr("&Save password"))
        if saved:
            self.ui.passwordEdit.setPlaceholderText(
                self.tr("Saved in the keychain: leave empty to keep it")
            )
        self.ui.passwordEdit.textChanged.connect(self._typed)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._typed("")

    def _typed(self, text: str) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text) or self.saved)

    def accept(self) -> None:
        if self.password or self.saved:
            super().accept()

    @property
    def password(self) -> str:
        return self.ui.passwordEdit.text()
