# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_dialog.ui'
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
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(460, 250)
        self.dialogLayout = QVBoxLayout(PreferencesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.languageLabel = QLabel(PreferencesDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(PreferencesDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.graceLabel = QLabel(PreferencesDialog)
        self.graceLabel.setObjectName(u"graceLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.graceLabel)

        self.graceSpin = QSpinBox(PreferencesDialog)
        self.graceSpin.setObjectName(u"graceSpin")
        self.graceSpin.setMaximum(180)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.graceSpin)

        self.autoStartCheck = QCheckBox(PreferencesDialog)
        self.autoStartCheck.setObjectName(u"autoStartCheck")
        self.autoStartCheck.setChecked(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.autoStartCheck)

        self.schemeLabel = QLabel(PreferencesDialog)
        self.schemeLabel.setObjectName(u"schemeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.schemeLabel)

        self.schemeCombo = QComboBox(PreferencesDialog)
        self.schemeCombo.setObjectName(u"schemeCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.schemeCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.restartNote = QLabel(PreferencesDialog)
        self.restartNote.setObjectName(u"restartNote")
        self.restartNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.restartNote)

        self.buttonBox = QDialogButtonBox(PreferencesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.graceLabel.setBuddy(self.graceSpin)
        self.schemeLabel.setBuddy(self.schemeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreferencesDialog)

        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.languageLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Language:", None))
        self.graceLabel.setText(QCoreApplication.translate("PreferencesDialog", u"La&te after:", None))
        self.autoStartCheck.setText(QCoreApplication.translate("PreferencesDialog", u"&Circles: the next speaker's time starts on Next (\u2192)", None))
#if QT_CONFIG(tooltip)
        self.autoStartCheck.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Untick to start each speaker's time yourself with Space", None))
#endif // QT_CONFIG(tooltip)
        self.schemeLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Colour &scheme:", None))
#if QT_CONFIG(accessibility)
        self.schemeCombo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Colour scheme", None))
#endif // QT_CONFIG(accessibility)
        self.restartNote.setText(QCoreApplication.translate("PreferencesDialog", u"A new language applies the next time WLT Desk starts.", None))
    # retranslateUi

