# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checkin_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListView, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CheckInPane(object):
    def setupUi(self, CheckInPane):
        if not CheckInPane.objectName():
            CheckInPane.setObjectName(u"CheckInPane")
        CheckInPane.resize(900, 640)
        self.paneLayout = QVBoxLayout(CheckInPane)
        self.paneLayout.setObjectName(u"paneLayout")
        self.sessionRow = QHBoxLayout()
        self.sessionRow.setObjectName(u"sessionRow")
        self.sessionLabel = QLabel(CheckInPane)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.sessionRow.addWidget(self.sessionLabel)

        self.sessionCombo = QComboBox(CheckInPane)
        self.sessionCombo.setObjectName(u"sessionCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sessionCombo.sizePolicy().hasHeightForWidth())
        self.sessionCombo.setSizePolicy(sizePolicy)
        self.sessionCombo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.sessionRow.addWidget(self.sessionCombo)

        self.countsLabel = QLabel(CheckInPane)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setText(u"0 / 0")
        self.countsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.sessionRow.addWidget(self.countsLabel)


        self.paneLayout.addLayout(self.sessionRow)

        self.searchEdit = QLineEdit(CheckInPane)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.paneLayout.addWidget(self.searchEdit)

        self.confirmFrame = QFrame(CheckInPane)
        self.confirmFrame.setObjectName(u"confirmFrame")
        self.confirmFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirmLayout = QVBoxLayout(self.confirmFrame)
        self.confirmLayout.setObjectName(u"confirmLayout")
        self.confirmLabel = QLabel(self.confirmFrame)
        self.confirmLabel.setObjectName(u"confirmLabel")
        self.confirmLabel.setText(u"")
        self.confirmLabel.setWordWrap(True)
        self.confirmLabel.setTextFormat(Qt.TextFormat.RichText)

        self.confirmLayout.addWidget(self.confirmLabel)


        self.paneLayout.addWidget(self.confirmFrame)

        self.resultsLabel = QLabel(CheckInPane)
        self.resultsLabel.setObjectName(u"resultsLabel")
        self.resultsLabel.setText(u"")

        self.paneLayout.addWidget(self.resultsLabel)

        self.resultsView = QListView(CheckInPane)
        self.resultsView.setObjectName(u"resultsView")
        self.resultsView.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.resultsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsView.setUniformItemSizes(True)

        self.paneLayout.addWidget(self.resultsView)

        self.walkInBox = QGroupBox(CheckInPane)
        self.walkInBox.setObjectName(u"walkInBox")
        self.walkInLayout = QHBoxLayout(self.walkInBox)
        self.walkInLayout.setObjectName(u"walkInLayout")
        self.walkInName = QLineEdit(self.walkInBox)
        self.walkInName.setObjectName(u"walkInName")

        self.walkInLayout.addWidget(self.walkInName)

        self.walkInLocalName = QLineEdit(self.walkInBox)
        self.walkInLocalName.setObjectName(u"walkInLocalName")

        self.walkInLayout.addWidget(self.walkInLocalName)

        self.walkInButton = QPushButton(self.walkInBox)
        self.walkInButton.setObjectName(u"walkInButton")

        self.walkInLayout.addWidget(self.walkInButton)


        self.paneLayout.addWidget(self.walkInBox)

#if QT_CONFIG(shortcut)
        self.sessionLabel.setBuddy(self.sessionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CheckInPane)

        QMetaObject.connectSlotsByName(CheckInPane)
    # setupUi

    def retranslateUi(self, CheckInPane):
        self.sessionLabel.setText(QCoreApplication.translate("CheckInPane", u"&Session:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CheckInPane", u"Type a name, username or scan a badge \u2014 Enter checks in", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("CheckInPane", u"Search people to check in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultsView.setAccessibleName(QCoreApplication.translate("CheckInPane", u"Matching people", None))
#endif // QT_CONFIG(accessibility)
        self.walkInBox.setTitle(QCoreApplication.translate("CheckInPane", u"Walk-in (not on the roster)", None))
        self.walkInName.setPlaceholderText(QCoreApplication.translate("CheckInPane", u"Name", None))
#if QT_CONFIG(accessibility)
        self.walkInName.setAccessibleName(QCoreApplication.translate("CheckInPane", u"Walk-in name", None))
#endif // QT_CONFIG(accessibility)
        self.walkInLocalName.setPlaceholderText(QCoreApplication.translate("CheckInPane", u"Name in local script (optional)", None))
#if QT_CONFIG(accessibility)
        self.walkInLocalName.setAccessibleName(QCoreApplication.translate("CheckInPane", u"Walk-in name in local script", None))
#endif // QT_CONFIG(accessibility)
        self.walkInButton.setText(QCoreApplication.translate("CheckInPane", u"Register && check in", None))
        pass
    # retranslateUi

