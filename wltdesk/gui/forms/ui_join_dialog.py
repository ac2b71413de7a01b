# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'join_dialog.ui'
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
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_JoinDialog(object):
    def setupUi(self, JoinDialog):
        if not JoinDialog.objectName():
            JoinDialog.setObjectName(u"JoinDialog")
        JoinDialog.resize(560, 240)
        self.dialogLayout = QVBoxLayout(JoinDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(JoinDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fileLabel = QLabel(JoinDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(JoinDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(JoinDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.keyLabel = QLabel(JoinDialog)
        self.keyLabel.setObjectName(u"keyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keyLabel)

        self.keyEdit = QLineEdit(JoinDialog)
        self.keyEdit.setObjectName(u"keyEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keyEdit)

        self.keyStateLabel = QLabel(JoinDialog)
        self.keyStateLabel.setObjectName(u"keyStateLabel")
        self.keyStateLabel.setText(u"")
        self.keyStateLabel.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.keyStateLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(JoinDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.keyLabel.setBuddy(self.keyEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(JoinDialog)

        QMetaObject.connectSlotsByName(JoinDialog)
    # setupUi

    def retranslateUi(self, JoinDialog):
        JoinDialog.setWindowTitle(QCoreApplication.translate("JoinDialog", u"Join an event", None))
        self.introLabel.setText(QCoreApplication.translate("JoinDialog", u"Import the event package (a .wltx file with the whole event) the lead facilitator gave you, with the event key from their QR code: the key opens the package and proves that it comes from your team. A package protected with a passphrase carries the key inside; WLT Desk then asks for the passphrase.", None))
        self.fileLabel.setText(QCoreApplication.translate("JoinDialog", u"Event &package:", None))
        self.browseButton.setText(QCoreApplication.translate("JoinDialog", u"&Browse\u2026", None))
        self.keyLabel.setText(QCoreApplication.translate("JoinDialog", u"Event &key:", None))
        self.keyEdit.setPlaceholderText(QCoreApplication.translate("JoinDialog", u"Scan the QR code here, or paste wltdesk-key:1:\u2026", None))
#if QT_CONFIG(accessibility)
        self.keyEdit.setAccessibleName(QCoreApplication.translate("JoinDialog", u"Event key", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

