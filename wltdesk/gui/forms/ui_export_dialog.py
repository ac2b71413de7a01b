# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(520, 320)
        self.dialogLayout = QVBoxLayout(ExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fileLabel = QLabel(ExportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ExportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.whatLabel = QLabel(ExportDialog)
        self.whatLabel.setObjectName(u"whatLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whatLabel)

        self.whatColumn = QVBoxLayout()
        self.whatColumn.setObjectName(u"whatColumn")
        self.fullRadio = QRadioButton(ExportDialog)
        self.fullRadio.setObjectName(u"fullRadio")
        self.fullRadio.setChecked(True)

        self.whatColumn.addWidget(self.fullRadio)

        self.sinceRadio = QRadioButton(ExportDialog)
        self.sinceRadio.setObjectName(u"sinceRadio")

        self.whatColumn.addWidget(self.sinceRadio)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.whatColumn)

        self.privacyLabel = QLabel(ExportDialog)
        self.privacyLabel.setObjectName(u"privacyLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.privacyLabel)

        self.privacyColumn = QVBoxLayout()
        self.privacyColumn.setObjectName(u"privacyColumn")
        self.redactCheck = QCheckBox(ExportDialog)
        self.redactCheck.setObjectName(u"redactCheck")

        self.privacyColumn.addWidget(self.redactCheck)

        self.privateCheck = QCheckBox(ExportDialog)
        self.privateCheck.setObjectName(u"privateCheck")

        self.privacyColumn.addWidget(self.privateCheck)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.privacyColumn)

        self.passphraseLabel = QLabel(ExportDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(ExportDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.repeatLabel = QLabel(ExportDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(ExportDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export to a file", None))
        self.fileLabel.setText(QCoreApplication.translate("ExportDialog", u"&File:", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"&Browse\u2026", None))
        self.whatLabel.setText(QCoreApplication.translate("ExportDialog", u"Contents:", None))
        self.fullRadio.setText(QCoreApplication.translate("ExportDialog", u"&Everything (an event package another laptop can join with)", None))
        self.sinceRadio.setText(QCoreApplication.translate("ExportDialog", u"Only what is new since the &last export to this folder", None))
        self.privacyLabel.setText(QCoreApplication.translate("ExportDialog", u"Privacy:", None))
        self.redactCheck.setText(QCoreApplication.translate("ExportDialog", u"&Redact: leave out contact details and non-public notes (for people outside the team)", None))
        self.privateCheck.setText(QCoreApplication.translate("ExportDialog", u"Include pri&vate circle notes", None))
        self.passphraseLabel.setText(QCoreApplication.translate("ExportDialog", u"&Passphrase:", None))
        self.passphraseEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"Optional: locks the file with this passphrase", None))
        self.repeatLabel.setText(QCoreApplication.translate("ExportDialog", u"Repe&at:", None))
    # retranslateUi

