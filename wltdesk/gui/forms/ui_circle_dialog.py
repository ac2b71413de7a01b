# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'circle_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from wltdesk.gui.duration import DurationSpinBox

class Ui_CircleDialog(object):
    def setupUi(self, CircleDialog):
        if not CircleDialog.objectName():
            CircleDialog.setObjectName(u"CircleDialog")
        CircleDialog.resize(940, 620)
        self.dialogLayout = QVBoxLayout(CircleDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleLabel = QLabel(CircleDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(CircleDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.sessionLabel = QLabel(CircleDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(CircleDialog)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.groupLabel = QLabel(CircleDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(CircleDialog)
        self.groupCombo.setObjectName(u"groupCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.timeLabel = QLabel(CircleDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeRow = QHBoxLayout()
        self.timeRow.setObjectName(u"timeRow")
        self.timeSpin = DurationSpinBox(CircleDialog)
        self.timeSpin.setObjectName(u"timeSpin")

        self.timeRow.addWidget(self.timeSpin)

        self.passCheck = QCheckBox(CircleDialog)
        self.passCheck.setObjectName(u"passCheck")
        self.passCheck.setChecked(True)

        self.timeRow.addWidget(self.passCheck)

        self.timeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeRow.addItem(self.timeSpacer)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.timeRow)

        self.orderLabel = QLabel(CircleDialog)
        self.orderLabel.setObjectName(u"orderLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.orderLabel)

        self.orderRow = QHBoxLayout()
        self.orderRow.setObjectName(u"orderRow")
        self.orderCombo = QComboBox(CircleDialog)
        self.orderCombo.setObjectName(u"orderCombo")

        self.orderRow.addWidget(self.orderCombo)

        self.shuffleButton = QPushButton(CircleDialog)
        self.shuffleButton.setObjectName(u"shuffleButton")

        self.orderRow.addWidget(self.shuffleButton)

        self.orderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.orderRow.addItem(self.orderSpacer)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.orderRow)


        self.dialogLayout.addLayout(self.formLayout)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.promptsBox = QGroupBox(CircleDialog)
        self.promptsBox.setObjectName(u"promptsBox")
        self.promptsLayout = QVBoxLayout(self.promptsBox)
        self.promptsLayout.setObjectName(u"promptsLayout")
        self.libraryList = QListWidget(self.promptsBox)
        self.libraryList.setObjectName(u"libraryList")
        self.libraryList.setWordWrap(True)

        self.promptsLayout.addWidget(self.libraryList)

        self.libraryRow = QHBoxLayout()
        self.libraryRow.setObjectName(u"libraryRow")
        self.languageLabel = QLabel(self.promptsBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.libraryRow.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(self.promptsBox)
        self.languageCombo.setObjectName(u"languageCombo")

        self.libraryRow.addWidget(self.languageCombo)

        self.usePromptButton = QPushButton(self.promptsBox)
        self.usePromptButton.setObjectName(u"usePromptButton")

        self.libraryRow.addWidget(self.usePromptButton)


        self.promptsLayout.addLayout(self.libraryRow)

        self.ownRow = QHBoxLayout()
        self.ownRow.setObjectName(u"ownRow")
        self.ownPromptEdit = QLineEdit(self.promptsBox)
        self.ownPromptEdit.setObjectName(u"ownPromptEdit")

        self.ownRow.addWidget(self.ownPromptEdit)

        self.addOwnButton = QPushButton(self.promptsBox)
        self.addOwnButton.setObjectName(u"addOwnButton")

        self.ownRow.addWidget(self.addOwnButton)


        self.promptsLayout.addLayout(self.ownRow)

        self.keepCheck = QCheckBox(self.promptsBox)
        self.keepCheck.setObjectName(u"keepCheck")
        self.keepCheck.setChecked(True)

        self.promptsLayout.addWidget(self.keepCheck)

        self.chosenHeading = QLabel(self.promptsBox)
        self.chosenHeading.setObjectName(u"chosenHeading")

        self.promptsLayout.addWidget(self.chosenHeading)

        self.chosenList = QListWidget(self.promptsBox)
        self.chosenList.setObjectName(u"chosenList")
        self.chosenList.setWordWrap(True)
        self.chosenList.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)

        self.promptsLayout.addWidget(self.chosenList)

        self.removePromptButton = QPushButton(self.promptsBox)
        self.removePromptButton.setObjectName(u"removePromptButton")

        self.promptsLayout.addWidget(self.removePromptButton)


        self.columns.addWidget(self.promptsBox)

        self.speakersBox = QGroupBox(CircleDialog)
        self.speakersBox.setObjectName(u"speakersBox")
        self.speakersLayout = QVBoxLayout(self.speakersBox)
        self.speakersLayout.setObjectName(u"speakersLayout")
        self.speakersList = QListWidget(self.speakersBox)
        self.speakersList.setObjectName(u"speakersList")
        self.speakersList.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)

        self.speakersLayout.addWidget(self.speakersList)

        self.moveRow = QHBoxLayout()
        self.moveRow.setObjectName(u"moveRow")
        self.upButton = QPushButton(self.speakersBox)
        self.upButton.setObjectName(u"upButton")

        self.moveRow.addWidget(self.upButton)

        self.downButton = QPushButton(self.speakersBox)
        self.downButton.setObjectName(u"downButton")

        self.moveRow.addWidget(self.downButton)


        self.speakersLayout.addLayout(self.moveRow)

        self.speakersHint = QLabel(self.speakersBox)
        self.speakersHint.setObjectName(u"speakersHint")
        self.speakersHint.setText(u"")
        self.speakersHint.setWordWrap(True)

        self.speakersLayout.addWidget(self.speakersHint)


        self.columns.addWidget(self.speakersBox)


        self.dialogLayout.addLayout(self.columns)

        self.buttonBox = QDialogButtonBox(CircleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.groupLabel.setBuddy(self.groupCombo)
        self.timeLabel.setBuddy(self.timeSpin)
        self.orderLabel.setBuddy(self.orderCombo)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.sessionCombo)
        QWidget.setTabOrder(self.sessionCombo, self.groupCombo)
        QWidget.setTabOrder(self.groupCombo, self.timeSpin)
        QWidget.setTabOrder(self.timeSpin, self.passCheck)
        QWidget.setTabOrder(self.passCheck, self.orderCombo)
        QWidget.setTabOrder(self.orderCombo, self.shuffleButton)
        QWidget.setTabOrder(self.shuffleButton, self.libraryList)
        QWidget.setTabOrder(self.libraryList, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.usePromptButton)
        QWidget.setTabOrder(self.usePromptButton, self.ownPromptEdit)
        QWidget.setTabOrder(self.ownPromptEdit, self.addOwnButton)
        QWidget.setTabOrder(self.addOwnButton, self.keepCheck)
        QWidget.setTabOrder(self.keepCheck, self.chosenList)
        QWidget.setTabOrder(self.chosenList, self.removePromptButton)
        QWidget.setTabOrder(self.removePromptButton, self.speakersList)
        QWidget.setTabOrder(self.speakersList, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)

        self.retranslateUi(CircleDialog)

        QMetaObject.connectSlotsByName(CircleDialog)
    # setupUi

    def retranslateUi(self, CircleDialog):
        CircleDialog.setWindowTitle(QCoreApplication.translate("CircleDialog", u"Circle", None))
        self.titleLabel.setText(QCoreApplication.translate("CircleDialog", u"&Title:", None))
        self.sessionLabel.setText(QCoreApplication.translate("CircleDialog", u"&Session:", None))
        self.groupLabel.setText(QCoreApplication.translate("CircleDialog", u"&Group:", None))
        self.timeLabel.setText(QCoreApplication.translate("CircleDialog", u"T&ime per speaker:", None))
#if QT_CONFIG(accessibility)
        self.timeSpin.setAccessibleName(QCoreApplication.translate("CircleDialog", u"Minutes and seconds per speaker", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.timeSpin.setToolTip(QCoreApplication.translate("CircleDialog", u"Type 3 for three minutes, 1:30 for a minute and a half", None))
#endif // QT_CONFIG(tooltip)
        self.passCheck.setText(QCoreApplication.translate("CircleDialog", u"Speakers may &pass", None))
        self.orderLabel.setText(QCoreApplication.translate("CircleDialog", u"Speaking &order:", None))
        self.shuffleButton.setText(QCoreApplication.translate("CircleDialog", u"S&huffle", None))
#if QT_CONFIG(tooltip)
        self.shuffleButton.setToolTip(QCoreApplication.translate("CircleDialog", u"Draw a new random order", None))
#endif // QT_CONFIG(tooltip)
        self.promptsBox.setTitle(QCoreApplication.translate("CircleDialog", u"Prompts", None))
#if QT_CONFIG(accessibility)
        self.libraryList.setAccessibleName(QCoreApplication.translate("CircleDialog", u"Prompt library", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.libraryList.setToolTip(QCoreApplication.translate("CircleDialog", u"Double-click or Enter adds the prompt to the circle", None))
#endif // QT_CONFIG(tooltip)
        self.languageLabel.setText(QCoreApplication.translate("CircleDialog", u"&Wording:", None))
        self.usePromptButton.setText(QCoreApplication.translate("CircleDialog", u"&Use prompt", None))
        self.ownPromptEdit.setPlaceholderText(QCoreApplication.translate("CircleDialog", u"Your own prompt\u2026", None))
#if QT_CONFIG(accessibility)
        self.ownPromptEdit.setAccessibleName(QCoreApplication.translate("CircleDialog", u"Your own prompt", None))
#endif // QT_CONFIG(accessibility)
        self.addOwnButton.setText(QCoreApplication.translate("CircleDialog", u"A&dd", None))
        self.keepCheck.setText(QCoreApplication.translate("CircleDialog", u"&Keep my own prompts in the event's library", None))
        self.chosenHeading.setText(QCoreApplication.translate("CircleDialog", u"In this circle:", None))
#if QT_CONFIG(accessibility)
        self.chosenList.setAccessibleName(QCoreApplication.translate("CircleDialog", u"Prompts of the circle", None))
#endif // QT_CONFIG(accessibility)
        self.removePromptButton.setText(QCoreApplication.translate("CircleDialog", u"&Remove prompt", None))
        self.speakersBox.setTitle(QCoreApplication.translate("CircleDialog", u"Speakers", None))
#if QT_CONFIG(accessibility)
        self.speakersList.setAccessibleName(QCoreApplication.translate("CircleDialog", u"Speakers in speaking order", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.speakersList.setToolTip(QCoreApplication.translate("CircleDialog", u"Tick who sits in the circle; drag, or Alt+Up/Down, to reorder by hand", None))
#endif // QT_CONFIG(tooltip)
        self.upButton.setText(QCoreApplication.translate("CircleDialog", u"Mo&ve up", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("CircleDialog", u"Alt+Up", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("CircleDialog", u"Move dow&n", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("CircleDialog", u"Alt+Down", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

