# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'note_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_NoteDialog(object):
    def setupUi(self, NoteDialog):
        if not NoteDialog.objectName():
            NoteDialog.setObjectName(u"NoteDialog")
        NoteDialog.resize(520, 420)
        self.dialogLayout = QVBoxLayout(NoteDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.speakerLabel = QLabel(NoteDialog)
        self.speakerLabel.setObjectName(u"speakerLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.speakerLabel)

        self.speakerCombo = QComboBox(NoteDialog)
        self.speakerCombo.setObjectName(u"speakerCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.speakerCombo)

        self.anonymousCheck = QCheckBox(NoteDialog)
        self.anonymousCheck.setObjectName(u"anonymousCheck")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.anonymousCheck)

        self.textLabel = QLabel(NoteDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(NoteDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.themesLabel = QLabel(NoteDialog)
        self.themesLabel.setObjectName(u"themesLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.themesLabel)

        self.themesEdit = QLineEdit(NoteDialog)
        self.themesEdit.setObjectName(u"themesEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.themesEdit)

        self.visibilityLabel = QLabel(NoteDialog)
        self.visibilityLabel.setObjectName(u"visibilityLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.visibilityLabel)

        self.visibilityCombo = QComboBox(NoteDialog)
        self.visibilityCombo.setObjectName(u"visibilityCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.visibilityCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(NoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.speakerLabel.setBuddy(self.speakerCombo)
        self.textLabel.setBuddy(self.textEdit)
        self.themesLabel.setBuddy(self.themesEdit)
        self.visibilityLabel.setBuddy(self.visibilityCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.speakerCombo, self.anonymousCheck)
        QWidget.setTabOrder(self.anonymousCheck, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.themesEdit)
        QWidget.setTabOrder(self.themesEdit, self.visibilityCombo)

        self.retranslateUi(NoteDialog)

        QMetaObject.connectSlotsByName(NoteDialog)
    # setupUi

    def retranslateUi(self, NoteDialog):
        NoteDialog.setWindowTitle(QCoreApplication.translate("NoteDialog", u"Note", None))
        self.speakerLabel.setText(QCoreApplication.translate("NoteDialog", u"&About:", None))
        self.anonymousCheck.setText(QCoreApplication.translate("NoteDialog", u"An&onymous \u2014 the speaker is not stored anywhere", None))
        self.textLabel.setText(QCoreApplication.translate("NoteDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("NoteDialog", u"Text of the note", None))
#endif // QT_CONFIG(accessibility)
        self.themesLabel.setText(QCoreApplication.translate("NoteDialog", u"&Themes:", None))
        self.themesEdit.setPlaceholderText(QCoreApplication.translate("NoteDialog", u"e.g. confidence, partnerships (comma between themes)", None))
        self.visibilityLabel.setText(QCoreApplication.translate("NoteDialog", u"&Visible to:", None))
    # retranslateUi

