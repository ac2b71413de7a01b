# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_target_dialog.ui'
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

class Ui_ImportTargetDialog(object):
    def setupUi(self, ImportTargetDialog):
        if not ImportTargetDialog.objectName():
            ImportTargetDialog.setObjectName(u"ImportTargetDialog")
        ImportTargetDialog.resize(560, 200)
        self.dialogLayout = QVBoxLayout(ImportTargetDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ImportTargetDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.placeLabel = QLabel(ImportTargetDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeRow = QHBoxLayout()
        self.placeRow.setObjectName(u"placeRow")
        self.placeEdit = QLineEdit(ImportTargetDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.placeRow.addWidget(self.placeEdit)

        self.browseButton = QPushButton(ImportTargetDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.placeRow.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.placeRow)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ImportTargetDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.placeLabel.setBuddy(self.placeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportTargetDialog)

        QMetaObject.connectSlotsByName(ImportTargetDialog)
    # setupUi

    def retranslateUi(self, ImportTargetDialog):
        ImportTargetDialog.setWindowTitle(QCoreApplication.translate("ImportTargetDialog", u"Import from a folder or server", None))
        self.introLabel.setText(QCoreApplication.translate("ImportTargetDialog", u"Import every bundle in a folder (a USB stick, a shared folder), or every laptop's bundles from the WebDAV address the team syncs with. Nothing is written there: the laptops' files stay as they are.", None))
        self.placeLabel.setText(QCoreApplication.translate("ImportTargetDialog", u"&From:", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("ImportTargetDialog", u"A folder, or a WebDAV address (https://\u2026)", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("ImportTargetDialog", u"Folder or WebDAV address", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("ImportTargetDialog", u"&Browse\u2026", None))
    # retranslateUi

