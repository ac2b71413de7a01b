# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(520, 620)
        self.dialogLayout = QVBoxLayout(PersonDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.localNameLabel = QLabel(PersonDialog)
        self.localNameLabel.setObjectName(u"localNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.localNameLabel)

        self.localNameEdit = QLineEdit(PersonDialog)
        self.localNameEdit.setObjectName(u"localNameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.localNameEdit)

        self.roleLabel = QLabel(PersonDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(PersonDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.badgeLabel = QLabel(PersonDialog)
        self.badgeLabel.setObjectName(u"badgeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.badgeLabel)

        self.badgeEdit = QLineEdit(PersonDialog)
        self.badgeEdit.setObjectName(u"badgeEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.badgeEdit)

        self.regionLabel = QLabel(PersonDialog)
        self.regionLabel.setObjectName(u"regionLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionEdit = QLineEdit(PersonDialog)
        self.regionEdit.setObjectName(u"regionEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.regionEdit)

        self.affiliationLabel = QLabel(PersonDialog)
        self.affiliationLabel.setObjectName(u"affiliationLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.affiliationLabel)

        self.affiliationEdit = QLineEdit(PersonDialog)
        self.affiliationEdit.setObjectName(u"affiliationEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.affiliationEdit)

        self.wikiLabel = QLabel(PersonDialog)
        self.wikiLabel.setObjectName(u"wikiLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.wikiLabel)

        self.wikiEdit = QLineEdit(PersonDialog)
        self.wikiEdit.setObjectName(u"wikiEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.wikiEdit)

        self.emailLabel = QLabel(PersonDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(PersonDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(PersonDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(PersonDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.genderLabel = QLabel(PersonDialog)
        self.genderLabel.setObjectName(u"genderLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderEdit = QLineEdit(PersonDialog)
        self.genderEdit.setObjectName(u"genderEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.genderEdit)

        self.pronounsLabel = QLabel(PersonDialog)
        self.pronounsLabel.setObjectName(u"pronounsLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.pronounsLabel)

        self.pronounsEdit = QLineEdit(PersonDialog)
        self.pronounsEdit.setObjectName(u"pronounsEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.pronounsEdit)

        self.languagesLabel = QLabel(PersonDialog)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languagesEdit = QLineEdit(PersonDialog)
        self.languagesEdit.setObjectName(u"languagesEdit")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.languagesEdit)

        self.photoLabel = QLabel(PersonDialog)
        self.photoLabel.setObjectName(u"photoLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.photoLabel)

        self.photoCombo = QComboBox(PersonDialog)
        self.photoCombo.setObjectName(u"photoCombo")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.photoCombo)

        self.listLabel = QLabel(PersonDialog)
        self.listLabel.setObjectName(u"listLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.listLabel)

        self.listCombo = QComboBox(PersonDialog)
        self.listCombo.setObjectName(u"listCombo")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.listCombo)

        self.notesLabel = QLabel(PersonDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(PersonDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(PersonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.localNameLabel.setBuddy(self.localNameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.badgeLabel.setBuddy(self.badgeEdit)
        self.regionLabel.setBuddy(self.regionEdit)
        self.affiliationLabel.setBuddy(self.affiliationEdit)
        self.wikiLabel.setBuddy(self.wikiEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.genderLabel.setBuddy(self.genderEdit)
        self.pronounsLabel.setBuddy(self.pronounsEdit)
        self.languagesLabel.setBuddy(self.languagesEdit)
        self.photoLabel.setBuddy(self.photoCombo)
        self.listLabel.setBuddy(self.listCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.localNameEdit)
        QWidget.setTabOrder(self.localNameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.badgeEdit)
        QWidget.setTabOrder(self.badgeEdit, self.regionEdit)
        QWidget.setTabOrder(self.regionEdit, self.affiliationEdit)
        QWidget.setTabOrder(self.affiliationEdit, self.wikiEdit)
        QWidget.setTabOrder(self.wikiEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.genderEdit)
        QWidget.setTabOrder(self.genderEdit, self.pronounsEdit)
        QWidget.setTabOrder(self.pronounsEdit, self.languagesEdit)
        QWidget.setTabOrder(self.languagesEdit, self.photoCombo)
        QWidget.setTabOrder(self.photoCombo, self.listCombo)
        QWidget.setTabOrder(self.listCombo, self.notesEdit)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"As on the badge and the sign-in sheet (required)", None))
        self.localNameLabel.setText(QCoreApplication.translate("PersonDialog", u"Name in local &script:", None))
        self.roleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Role:", None))
        self.badgeLabel.setText(QCoreApplication.translate("PersonDialog", u"&Badge code:", None))
        self.badgeEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"A new code is made when left empty", None))
        self.regionLabel.setText(QCoreApplication.translate("PersonDialog", u"Re&gion:", None))
        self.affiliationLabel.setText(QCoreApplication.translate("PersonDialog", u"&Affiliation:", None))
        self.wikiLabel.setText(QCoreApplication.translate("PersonDialog", u"&Wiki username:", None))
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"E&mail:", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"&Phone:", None))
        self.genderLabel.setText(QCoreApplication.translate("PersonDialog", u"G&ender:", None))
        self.genderEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Optional, as the person describes it", None))
        self.pronounsLabel.setText(QCoreApplication.translate("PersonDialog", u"Pron&ouns:", None))
        self.languagesLabel.setText(QCoreApplication.translate("PersonDialog", u"Lang&uages:", None))
        self.photoLabel.setText(QCoreApplication.translate("PersonDialog", u"P&hoto consent:", None))
        self.listLabel.setText(QCoreApplication.translate("PersonDialog", u"On the published &list:", None))
        self.notesLabel.setText(QCoreApplication.translate("PersonDialog", u"No&tes:", None))
    # retranslateUi

