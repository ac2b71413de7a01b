# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'join_team_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_JoinTeamDialog(object):
    def setupUi(self, JoinTeamDialog):
        if not JoinTeamDialog.objectName():
            JoinTeamDialog.setObjectName(u"JoinTeamDialog")
        JoinTeamDialog.resize(620, 300)
        self.dialogLayout = QVBoxLayout(JoinTeamDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(JoinTeamDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fileLabel = QLabel(JoinTeamDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(JoinTeamDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(JoinTeamDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileRow.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.keyLabel = QLabel(JoinTeamDialog)
        self.keyLabel.setObjectName(u"keyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keyLabel)

        self.keyRow = QHBoxLayout()
        self.keyRow.setObjectName(u"keyRow")
        self.keyEdit = QLineEdit(JoinTeamDialog)
        self.keyEdit.setObjectName(u"keyEdit")

        self.keyRow.addWidget(self.keyEdit)

        self.pictureButton = QPushButton(JoinTeamDialog)
        self.pictureButton.setObjectName(u"pictureButton")
        self.pictureButton.setAutoDefault(False)

        self.keyRow.addWidget(self.pictureButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.keyRow)

        self.passphraseLabel = QLabel(JoinTeamDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(JoinTeamDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.progressBar = QProgressBar(JoinTeamDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setVisible(False)
        self.progressBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.progressBar)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(JoinTeamDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.keyLabel.setBuddy(self.keyEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.keyEdit)
        QWidget.setTabOrder(self.keyEdit, self.pictureButton)
        QWidget.setTabOrder(self.pictureButton, self.passphraseEdit)

        self.retranslateUi(JoinTeamDialog)

        QMetaObject.connectSlotsByName(JoinTeamDialog)
    # setupUi

    def retranslateUi(self, JoinTeamDialog):
        JoinTeamDialog.setWindowTitle(QCoreApplication.translate("JoinTeamDialog", u"Join your team's event", None))
        self.introLabel.setText(QCoreApplication.translate("JoinTeamDialog", u"The lead facilitator gives you two things: the event package (a .wltx file) and, separately, the event key as a QR code, or the passphrase of the package. Fill in the one you were given.", None))
        self.fileLabel.setText(QCoreApplication.translate("JoinTeamDialog", u"Event &package:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("JoinTeamDialog", u"Event package", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("JoinTeamDialog", u"&Browse\u2026", None))
        self.keyLabel.setText(QCoreApplication.translate("JoinTeamDialog", u"Event &key:", None))
        self.keyEdit.setPlaceholderText(QCoreApplication.translate("JoinTeamDialog", u"Scan the QR code here, or paste wltdesk-key:1:\u2026", None))
#if QT_CONFIG(accessibility)
        self.keyEdit.setAccessibleName(QCoreApplication.translate("JoinTeamDialog", u"Event key", None))
#endif // QT_CONFIG(accessibility)
        self.pictureButton.setText(QCoreApplication.translate("JoinTeamDialog", u"From a p&icture\u2026", None))
#if QT_CONFIG(tooltip)
        self.pictureButton.setToolTip(QCoreApplication.translate("JoinTeamDialog", u"Read the event key from a picture of its QR code (PNG, JPEG or SVG)", None))
#endif // QT_CONFIG(tooltip)
        self.passphraseLabel.setText(QCoreApplication.translate("JoinTeamDialog", u"P&assphrase:", None))
        self.passphraseEdit.setPlaceholderText(QCoreApplication.translate("JoinTeamDialog", u"Only for a package made with a passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("JoinTeamDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

