# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'groups_pane.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_GroupsPane(object):
    def setupUi(self, GroupsPane):
        if not GroupsPane.objectName():
            GroupsPane.setObjectName(u"GroupsPane")
        GroupsPane.resize(1000, 640)
        self.paneLayout = QVBoxLayout(GroupsPane)
        self.paneLayout.setObjectName(u"paneLayout")
        self.setRow = QHBoxLayout()
        self.setRow.setObjectName(u"setRow")
        self.setLabel = QLabel(GroupsPane)
        self.setLabel.setObjectName(u"setLabel")

        self.setRow.addWidget(self.setLabel)

        self.setCombo = QComboBox(GroupsPane)
        self.setCombo.setObjectName(u"setCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.setCombo.sizePolicy().hasHeightForWidth())
        self.setCombo.setSizePolicy(sizePolicy)
        self.setCombo.setMinimumContentsLength(12)
        self.setCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.setRow.addWidget(self.setCombo)

        self.newButton = QPushButton(GroupsPane)
        self.newButton.setObjectName(u"newButton")

        self.setRow.addWidget(self.newButton)

        self.deleteButton = QPushButton(GroupsPane)
        self.deleteButton.setObjectName(u"deleteButton")

        self.setRow.addWidget(self.deleteButton)


        self.paneLayout.addLayout(self.setRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.lockRoundButton = QPushButton(GroupsPane)
        self.lockRoundButton.setObjectName(u"lockRoundButton")
        self.lockRoundButton.setText(u"")

        self.actionRow.addWidget(self.lockRoundButton)

        self.replanButton = QPushButton(GroupsPane)
        self.replanButton.setObjectName(u"replanButton")

        self.actionRow.addWidget(self.replanButton)

        self.addRoundButton = QPushButton(GroupsPane)
        self.addRoundButton.setObjectName(u"addRoundButton")

        self.actionRow.addWidget(self.addRoundButton)

        self.lockMemberButton = QPushButton(GroupsPane)
        self.lockMemberButton.setObjectName(u"lockMemberButton")

        self.actionRow.addWidget(self.lockMemberButton)

        self.actionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.minutesSpin = QSpinBox(GroupsPane)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMinimum(1)
        self.minutesSpin.setMaximum(180)
        self.minutesSpin.setValue(15)

        self.actionRow.addWidget(self.minutesSpin)

        self.screenCombo = QComboBox(GroupsPane)
        self.screenCombo.setObjectName(u"screenCombo")
        self.screenCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.screenCombo.setMinimumContentsLength(8)

        self.actionRow.addWidget(self.screenCombo)

        self.projectorButton = QPushButton(GroupsPane)
        self.projectorButton.setObjectName(u"projectorButton")

        self.actionRow.addWidget(self.projectorButton)


        self.paneLayout.addLayout(self.actionRow)

        self.roundsArea = QScrollArea(GroupsPane)
        self.roundsArea.setObjectName(u"roundsArea")
        self.roundsArea.setWidgetResizable(True)
        self.roundsHost = QWidget()
        self.roundsHost.setObjectName(u"roundsHost")
        self.roundsHost.setGeometry(QRect(0, 0, 980, 400))
        self.roundsArea.setWidget(self.roundsHost)

        self.paneLayout.addWidget(self.roundsArea)

        self.reportLabel = QLabel(GroupsPane)
        self.reportLabel.setObjectName(u"reportLabel")
        self.reportLabel.setText(u"")
        self.reportLabel.setWordWrap(True)
        self.reportLabel.setFrameShape(QFrame.Shape.StyledPanel)
        self.reportLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.paneLayout.addWidget(self.reportLabel)

        self.hintLabel = QLabel(GroupsPane)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setEnabled(False)
        self.hintLabel.setWordWrap(True)

        self.paneLayout.addWidget(self.hintLabel)

#if QT_CONFIG(shortcut)
        self.setLabel.setBuddy(self.setCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GroupsPane)

        QMetaObject.connectSlotsByName(GroupsPane)
    # setupUi

    def retranslateUi(self, GroupsPane):
        self.setLabel.setText(QCoreApplication.translate("GroupsPane", u"Group &set:", None))
#if QT_CONFIG(accessibility)
        self.setCombo.setAccessibleName(QCoreApplication.translate("GroupsPane", u"Group set", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("GroupsPane", u"&New groups\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("GroupsPane", u"Form groups from a session's checked-in people (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("GroupsPane", u"&Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("GroupsPane", u"Delete this group set; Ctrl+Z brings it back", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.lockRoundButton.setToolTip(QCoreApplication.translate("GroupsPane", u"Mark the round finished: re-plans keep it as it is", None))
#endif // QT_CONFIG(tooltip)
        self.replanButton.setText(QCoreApplication.translate("GroupsPane", u"&Re-plan open rounds", None))
#if QT_CONFIG(tooltip)
        self.replanButton.setToolTip(QCoreApplication.translate("GroupsPane", u"Plan the unlocked rounds again for the people checked in now; locked people stay", None))
#endif // QT_CONFIG(tooltip)
        self.addRoundButton.setText(QCoreApplication.translate("GroupsPane", u"Add a ro&und", None))
#if QT_CONFIG(tooltip)
        self.addRoundButton.setToolTip(QCoreApplication.translate("GroupsPane", u"Plan one more round that avoids every earlier meeting", None))
#endif // QT_CONFIG(tooltip)
        self.lockMemberButton.setText(QCoreApplication.translate("GroupsPane", u"&Lock person", None))
#if QT_CONFIG(tooltip)
        self.lockMemberButton.setToolTip(QCoreApplication.translate("GroupsPane", u"Keep the chosen person in their group when rounds are re-planned (L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.minutesSpin.setToolTip(QCoreApplication.translate("GroupsPane", u"Breakout time shown on the projector", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.minutesSpin.setAccessibleName(QCoreApplication.translate("GroupsPane", u"Breakout minutes", None))
#endif // QT_CONFIG(accessibility)
        self.minutesSpin.setSuffix(QCoreApplication.translate("GroupsPane", u" min", None))
#if QT_CONFIG(tooltip)
        self.screenCombo.setToolTip(QCoreApplication.translate("GroupsPane", u"The screen the projector view goes to", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.screenCombo.setAccessibleName(QCoreApplication.translate("GroupsPane", u"Projector screen", None))
#endif // QT_CONFIG(accessibility)
        self.projectorButton.setText(QCoreApplication.translate("GroupsPane", u"&Projector", None))
#if QT_CONFIG(tooltip)
        self.projectorButton.setToolTip(QCoreApplication.translate("GroupsPane", u"Show the current round full screen with a countdown (F5); Esc closes it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.roundsArea.setAccessibleName(QCoreApplication.translate("GroupsPane", u"Rounds of groups", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reportLabel.setAccessibleName(QCoreApplication.translate("GroupsPane", u"Quality report", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("GroupsPane", u"Drag people between groups of a round \u00b7 L locks a person \u00b7 Ctrl+Z undoes", None))
        pass
    # retranslateUi

