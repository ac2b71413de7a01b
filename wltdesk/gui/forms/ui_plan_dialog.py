# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PlanDialog(object):
    def setupUi(self, PlanDialog):
        if not PlanDialog.objectName():
            PlanDialog.setObjectName(u"PlanDialog")
        PlanDialog.resize(520, 380)
        self.dialogLayout = QVBoxLayout(PlanDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.templateLabel = QLabel(PlanDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateCombo = QComboBox(PlanDialog)
        self.templateCombo.setObjectName(u"templateCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.templateCombo)

        self.languageLabel = QLabel(PlanDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(PlanDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.titleLabel = QLabel(PlanDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(PlanDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.groupLabel = QLabel(PlanDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(PlanDialog)
        self.groupCombo.setObjectName(u"groupCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.regionLabel = QLabel(PlanDialog)
        self.regionLabel.setObjectName(u"regionLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionCombo = QComboBox(PlanDialog)
        self.regionCombo.setObjectName(u"regionCombo")
        self.regionCombo.setEditable(True)
        self.regionCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.regionCombo)

        self.goalLabel = QLabel(PlanDialog)
        self.goalLabel.setObjectName(u"goalLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.goalLabel)

        self.goalEdit = QPlainTextEdit(PlanDialog)
        self.goalEdit.setObjectName(u"goalEdit")
        self.goalEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.goalEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(PlanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.groupLabel.setBuddy(self.groupCombo)
        self.regionLabel.setBuddy(self.regionCombo)
        self.goalLabel.setBuddy(self.goalEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanDialog)

        QMetaObject.connectSlotsByName(PlanDialog)
    # setupUi

    def retranslateUi(self, PlanDialog):
        PlanDialog.setWindowTitle(QCoreApplication.translate("PlanDialog", u"New action plan", None))
        self.templateLabel.setText(QCoreApplication.translate("PlanDialog", u"&Start from:", None))
        self.languageLabel.setText(QCoreApplication.translate("PlanDialog", u"&Language:", None))
        self.titleLabel.setText(QCoreApplication.translate("PlanDialog", u"&Title:", None))
        self.groupLabel.setText(QCoreApplication.translate("PlanDialog", u"Gr&oup:", None))
        self.regionLabel.setText(QCoreApplication.translate("PlanDialog", u"&Region:", None))
        self.goalLabel.setText(QCoreApplication.translate("PlanDialog", u"&Goal:", None))
    # retranslateUi

