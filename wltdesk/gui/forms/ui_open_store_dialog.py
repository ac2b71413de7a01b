# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'open_store_dialog.ui'
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
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_OpenStoreDialog(object):
    def setupUi(self, OpenStoreDialog):
        if not OpenStoreDialog.objectName():
            OpenStoreDialog.setObjectName(u"OpenStoreDialog")
        OpenStoreDialog.resize(600, 260)
        self.dialogLayout = QVBoxLayout(OpenStoreDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(OpenStoreDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fileRadio = QRadioButton(OpenStoreDialog)
        self.fileRadio.setObjectName(u"fileRadio")
        self.fileRadio.setChecked(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.fileRadio)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(OpenStoreDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(OpenStoreDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileRow.addWidget(self.browseButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.SpanningRole, self.fileRow)

        self.serverRadio = QRadioButton(OpenStoreDialog)
        self.serverRadio.setObjectName(u"serverRadio")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.serverRadio)

        self.urlEdit = QLineEdit(OpenStoreDialog)
        self.urlEdit.setObjectName(u"urlEdit")
        self.urlEdit.setEnabled(False)
        self.urlEdit.setPlaceholderText(u"postgresql+psycopg://user@server/wlt")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.urlEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(OpenStoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Open)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.fileRadio, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.serverRadio)
        QWidget.setTabOrder(self.serverRadio, self.urlEdit)

        self.retranslateUi(OpenStoreDialog)

        QMetaObject.connectSlotsByName(OpenStoreDialog)
    # setupUi

    def retranslateUi(self, OpenStoreDialog):
        OpenStoreDialog.setWindowTitle(QCoreApplication.translate("OpenStoreDialog", u"Open another store", None))
        self.introLabel.setText(QCoreApplication.translate("OpenStoreDialog", u"A store holds events and everything recorded in them. WLT Desk opens this one again at the next start.", None))
        self.fileRadio.setText(QCoreApplication.translate("OpenStoreDialog", u"A store &file on this computer or a USB stick (.sqlite)", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("OpenStoreDialog", u"Store file", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("OpenStoreDialog", u"&Browse\u2026", None))
        self.serverRadio.setText(QCoreApplication.translate("OpenStoreDialog", u"The organizer's Postgre&SQL database", None))
#if QT_CONFIG(accessibility)
        self.urlEdit.setAccessibleName(QCoreApplication.translate("OpenStoreDialog", u"Database address", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

