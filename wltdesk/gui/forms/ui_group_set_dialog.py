# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'group_set_dialog.ui'
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
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_GroupSetDialog(object):
    def setupUi(self, GroupSetDialog):
        if not GroupSetDialog.objectName():
            GroupSetDialog.setObjectName(u"GroupSetDialog")
        GroupSetDialog.resize(560, 680)
        self.dialogLayout = QVBoxLayout(GroupSetDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.sessionLabel = QLabel(GroupSetDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(GroupSetDialog)
        self.sessionCombo.setObjectName(u"sessionCombo")
        self.sessionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sessionCombo.setMinimumContentsLength(16)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.peopleLabel = QLabel(GroupSetDialog)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.peopleLabel)

        self.peopleCombo = QComboBox(GroupSetDialog)
        self.peopleCombo.setObjectName(u"peopleCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.peopleCombo)

        self.peopleList = QListWidget(GroupSetDialog)
        self.peopleList.setObjectName(u"peopleList")
        self.peopleList.setMaximumSize(QSize(16777215, 140))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.peopleList)

        self.nameLabel = QLabel(GroupSetDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(GroupSetDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.byCombo = QComboBox(GroupSetDialog)
        self.byCombo.setObjectName(u"byCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.byCombo)

        self.numberSpin = QSpinBox(GroupSetDialog)
        self.numberSpin.setObjectName(u"numberSpin")
        self.numberSpin.setMinimum(1)
        self.numberSpin.setMaximum(500)
        self.numberSpin.setValue(4)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.numberSpin)

        self.roundsLabel = QLabel(GroupSetDialog)
        self.roundsLabel.setObjectName(u"roundsLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.roundsLabel)

        self.roundsSpin = QSpinBox(GroupSetDialog)
        self.roundsSpin.setObjectName(u"roundsSpin")
        self.roundsSpin.setMinimum(1)
        self.roundsSpin.setMaximum(30)
        self.roundsSpin.setValue(1)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.roundsSpin)

        self.balanceLabel = QLabel(GroupSetDialog)
        self.balanceLabel.setObjectName(u"balanceLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.balanceLabel)

        self.balanceList = QListWidget(GroupSetDialog)
        self.balanceList.setObjectName(u"balanceList")
        self.balanceList.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.balanceList)

        self.apartLabel = QLabel(GroupSetDialog)
        self.apartLabel.setObjectName(u"apartLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.apartLabel)

        self.apartEdit = QPlainTextEdit(GroupSetDialog)
        self.apartEdit.setObjectName(u"apartEdit")
        self.apartEdit.setMaximumSize(QSize(16777215, 60))

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.apartEdit)

        self.togetherLabel = QLabel(GroupSetDialog)
        self.togetherLabel.setObjectName(u"togetherLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.togetherLabel)

        self.togetherEdit = QPlainTextEdit(GroupSetDialog)
        self.togetherEdit.setObjectName(u"togetherEdit")
        self.togetherEdit.setMaximumSize(QSize(16777215, 60))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.togetherEdit)

        self.pinLabel = QLabel(GroupSetDialog)
        self.pinLabel.setObjectName(u"pinLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QPlainTextEdit(GroupSetDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setMaximumSize(QSize(16777215, 60))

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.pinEdit)

        self.seedLabel = QLabel(GroupSetDialog)
        self.seedLabel.setObjectName(u"seedLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.seedLabel)

        self.seedSpin = QSpinBox(GroupSetDialog)
        self.seedSpin.setObjectName(u"seedSpin")
        self.seedSpin.setMaximum(99999)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.seedSpin)

        self.historyCheck = QCheckBox(GroupSetDialog)
        self.historyCheck.setObjectName(u"historyCheck")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.historyCheck)


        self.dialogLayout.addLayout(self.form)

        self.countLabel = QLabel(GroupSetDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.countLabel)

        self.buttonBox = QDialogButtonBox(GroupSetDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.peopleLabel.setBuddy(self.peopleCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roundsLabel.setBuddy(self.roundsSpin)
        self.balanceLabel.setBuddy(self.balanceList)
        self.apartLabel.setBuddy(self.apartEdit)
        self.togetherLabel.setBuddy(self.togetherEdit)
        self.pinLabel.setBuddy(self.pinEdit)
        self.seedLabel.setBuddy(self.seedSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GroupSetDialog)

        QMetaObject.connectSlotsByName(GroupSetDialog)
    # setupUi

    def retranslateUi(self, GroupSetDialog):
        GroupSetDialog.setWindowTitle(QCoreApplication.translate("GroupSetDialog", u"New groups", None))
        self.sessionLabel.setText(QCoreApplication.translate("GroupSetDialog", u"&Session:", None))
        self.peopleLabel.setText(QCoreApplication.translate("GroupSetDialog", u"&People:", None))
#if QT_CONFIG(accessibility)
        self.peopleCombo.setAccessibleName(QCoreApplication.translate("GroupSetDialog", u"Who is put into groups", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.peopleList.setAccessibleName(QCoreApplication.translate("GroupSetDialog", u"People to put into groups", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.peopleList.setToolTip(QCoreApplication.translate("GroupSetDialog", u"Tick the people to put into groups", None))
#endif // QT_CONFIG(tooltip)
        self.nameLabel.setText(QCoreApplication.translate("GroupSetDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("GroupSetDialog", u"Named after the session if empty", None))
        self.roundsLabel.setText(QCoreApplication.translate("GroupSetDialog", u"&Rounds:", None))
        self.balanceLabel.setText(QCoreApplication.translate("GroupSetDialog", u"&Balance:", None))
#if QT_CONFIG(accessibility)
        self.balanceList.setAccessibleName(QCoreApplication.translate("GroupSetDialog", u"Fields to spread across groups", None))
#endif // QT_CONFIG(accessibility)
        self.apartLabel.setText(QCoreApplication.translate("GroupSetDialog", u"Keep &apart:", None))
        self.apartEdit.setPlaceholderText(QCoreApplication.translate("GroupSetDialog", u"One line per set, names or badge codes separated by commas", None))
        self.togetherLabel.setText(QCoreApplication.translate("GroupSetDialog", u"Keep t&ogether:", None))
        self.togetherEdit.setPlaceholderText(QCoreApplication.translate("GroupSetDialog", u"One line per set, names or badge codes separated by commas", None))
        self.pinLabel.setText(QCoreApplication.translate("GroupSetDialog", u"P&in:", None))
        self.pinEdit.setPlaceholderText(QCoreApplication.translate("GroupSetDialog", u"One per group, e.g. the facilitators: first line group 1; or Name = 3", None))
        self.seedLabel.setText(QCoreApplication.translate("GroupSetDialog", u"S&eed:", None))
#if QT_CONFIG(tooltip)
        self.seedSpin.setToolTip(QCoreApplication.translate("GroupSetDialog", u"The same seed gives the same groups; another seed another plan", None))
#endif // QT_CONFIG(tooltip)
        self.historyCheck.setText(QCoreApplication.translate("GroupSetDialog", u"Avoid pairs who met in earlier group sets", None))
    # retranslateUi

