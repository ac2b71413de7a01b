# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_EventDialog(object):
    def setupUi(self, EventDialog):
        if not EventDialog.objectName():
            EventDialog.setObjectName(u"EventDialog")
        EventDialog.resize(480, 370)
        self.dialogLayout = QVBoxLayout(EventDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(EventDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(EventDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.startLabel = QLabel(EventDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QDateEdit(EventDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(EventDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QDateEdit(EventDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.venueLabel = QLabel(EventDialog)
        self.venueLabel.setObjectName(u"venueLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(EventDialog)
        self.venueEdit.setObjectName(u"venueEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.timezoneLabel = QLabel(EventDialog)
        self.timezoneLabel.setObjectName(u"timezoneLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.timezoneLabel)

        self.timezoneCombo = QComboBox(EventDialog)
        self.timezoneCombo.setObjectName(u"timezoneCombo")
        self.timezoneCombo.setEditable(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.timezoneCombo)

        self.creditsLabel = QLabel(EventDialog)
        self.creditsLabel.setObjectName(u"creditsLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.creditsLabel)

        self.creditsEdit = QPlainTextEdit(EventDialog)
        self.creditsEdit.setObjectName(u"creditsEdit")
        self.creditsEdit.setTabChangesFocus(True)
        self.creditsEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.creditsEdit)

        self.languageLabel = QLabel(EventDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(EventDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(EventDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.venueLabel.setBuddy(self.venueEdit)
        self.timezoneLabel.setBuddy(self.timezoneCombo)
        self.creditsLabel.setBuddy(self.creditsEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventDialog)

        QMetaObject.connectSlotsByName(EventDialog)
    # setupUi

    def retranslateUi(self, EventDialog):
        EventDialog.setWindowTitle(QCoreApplication.translate("EventDialog", u"New event", None))
        self.nameLabel.setText(QCoreApplication.translate("EventDialog", u"&Name:", None))
        self.startLabel.setText(QCoreApplication.translate("EventDialog", u"&First day:", None))
        self.endLabel.setText(QCoreApplication.translate("EventDialog", u"&Last day:", None))
        self.venueLabel.setText(QCoreApplication.translate("EventDialog", u"&Venue:", None))
        self.timezoneLabel.setText(QCoreApplication.translate("EventDialog", u"&Time zone:", None))
        self.creditsLabel.setText(QCoreApplication.translate("EventDialog", u"Photo &credits:", None))
        self.creditsEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"One per line: who took photos, and their licence (for the event report)", None))
#if QT_CONFIG(accessibility)
        self.creditsEdit.setAccessibleName(QCoreApplication.translate("EventDialog", u"Photo credits", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("EventDialog", u"&Printouts in:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("EventDialog", u"Language of the event's printouts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("EventDialog", u"The language of sign-in sheets, badges, certificates and the report; each print can still choose another", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

