# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'webdav_password_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_WebDavPasswordDialog(object):
    def setupUi(self, WebDavPasswordDialog):
        if not WebDavPasswordDialog.objectName():
            WebDavPasswordDialog.setObjectName(u"WebDavPasswordDialog")
        WebDavPasswordDialog.resize(480, 200)
        self.dialogLayout = QVBoxLayout(WebDavPasswordDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(WebDavPasswordDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.passwordLabel = QLabel(WebDavPasswordDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(WebDavPasswordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.keychainLabel = QLabel(WebDavPasswordDialog)
        self.keychainLabel.setObjectName(u"keychainLabel")
        self.keychainLabel.setText(u"")
        self.keychainLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.keychainLabel)

        self.buttonBox = QDialogButtonBox(WebDavPasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WebDavPasswordDialog)

        QMetaObject.connectSlotsByName(WebDavPasswordDialog)
    # setupUi

    def retranslateUi(self, WebDavPasswordDialog):
        WebDavPasswordDialog.setWindowTitle(QCoreApplication.translate("WebDavPasswordDialog", u"WebDAV password", None))
        self.passwordLabel.setText(QCoreApplication.translate("WebDavPasswordDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("WebDavPasswordDialog", u"WebDAV password", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

