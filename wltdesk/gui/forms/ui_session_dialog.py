# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QSizePolicy, QSpacerItem, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.resize(520, 560)
        self.dialogLayout = QVBoxLayout(SessionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleLabel = QLabel(SessionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(SessionDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.dayLabel = QLabel(SessionDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(SessionDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.startLabel = QLabel(SessionDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startRow = QHBoxLayout()
        self.startRow.setObjectName(u"startRow")
        self.startEdit = QTimeEdit(SessionDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setDisplayFormat(u"HH:mm")

        self.startRow.addWidget(self.startEdit)

        self.startSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startRow.addItem(self.startSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.startRow)

        self.endLabel = QLabel(SessionDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endRow = QHBoxLayout()
        self.endRow.setObjectName(u"endRow")
        self.endEdit = QTimeEdit(SessionDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setDisplayFormat(u"HH:mm")

        self.endRow.addWidget(self.endEdit)

        self.durationLabel = QLabel(SessionDialog)
        self.durationLabel.setObjectName(u"durationLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.durationLabel.sizePolicy().hasHeightForWidth())
        self.durationLabel.setSizePolicy(sizePolicy)
        self.durationLabel.setText(u"")

        self.endRow.addWidget(self.durationLabel)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.endRow)

        self.kindLabel = QLabel(SessionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(SessionDialog)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setEditable(True)
        self.kindCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.roomLabel = QLabel(SessionDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomEdit = QLineEdit(SessionDialog)
        self.roomEdit.setObjectName(u"roomEdit")
        self.roomEdit.setMaxLength(100)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.roomEdit)

        self.facilitatorsLabel = QLabel(SessionDialog)
        self.facilitatorsLabel.setObjectName(u"facilitatorsLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.facilitatorsLabel)

        self.facilitatorsColumn = QVBoxLayout()
        self.facilitatorsColumn.setObjectName(u"facilitatorsColumn")
        self.facilitatorFilter = QLineEdit(SessionDialog)
        self.facilitatorFilter.setObjectName(u"facilitatorFilter")
        self.facilitatorFilter.setClearButtonEnabled(True)

        self.facilitatorsColumn.addWidget(self.facilitatorFilter)

        self.facilitatorList = QListWidget(SessionDialog)
        self.facilitatorList.setObjectName(u"facilitatorList")
        self.facilitatorList.setUniformItemSizes(True)

        self.facilitatorsColumn.addWidget(self.facilitatorList)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.facilitatorsColumn)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(SessionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.dayLabel.setBuddy(self.dayEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.roomLabel.setBuddy(self.roomEdit)
        self.facilitatorsLabel.setBuddy(self.facilitatorList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.dayEdit)
        QWidget.setTabOrder(self.dayEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.roomEdit)
        QWidget.setTabOrder(self.roomEdit, self.facilitatorFilter)
        QWidget.setTabOrder(self.facilitatorFilter, self.facilitatorList)

        self.retranslateUi(SessionDialog)

        QMetaObject.connectSlotsByName(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"Session", None))
        self.titleLabel.setText(QCoreApplication.translate("SessionDialog", u"&Title:", None))
        self.dayLabel.setText(QCoreApplication.translate("SessionDialog", u"&Day:", None))
        self.startLabel.setText(QCoreApplication.translate("SessionDialog", u"&Starts:", None))
        self.endLabel.setText(QCoreApplication.translate("SessionDialog", u"&Ends:", None))
        self.kindLabel.setText(QCoreApplication.translate("SessionDialog", u"&Kind:", None))
        self.roomLabel.setText(QCoreApplication.translate("SessionDialog", u"&Room:", None))
        self.facilitatorsLabel.setText(QCoreApplication.translate("SessionDialog", u"&Facilitators:", None))
        self.facilitatorFilter.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"Filter people\u2026", None))
#if QT_CONFIG(accessibility)
        self.facilitatorFilter.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Filter the people list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.facilitatorList.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Facilitators of the session", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

