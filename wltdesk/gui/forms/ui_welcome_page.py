# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCommandLinkButton, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        WelcomePage.resize(900, 600)
        self.pageLayout = QVBoxLayout(WelcomePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(WelcomePage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.centringLayout = QHBoxLayout(self.scrollContents)
        self.centringLayout.setObjectName(u"centringLayout")
        self.startSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centringLayout.addItem(self.startSpacer)

        self.column = QWidget(self.scrollContents)
        self.column.setObjectName(u"column")
        self.column.setMaximumSize(QSize(760, 16777215))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(4)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.column.sizePolicy().hasHeightForWidth())
        self.column.setSizePolicy(sizePolicy)
        self.columnLayout = QVBoxLayout(self.column)
        self.columnLayout.setObjectName(u"columnLayout")
        self.columnLayout.setContentsMargins(0, 0, 0, 0)
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.columnLayout.addItem(self.topSpacer)

        self.headingLabel = QLabel(self.column)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.columnLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(self.column)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.columnLayout.addWidget(self.introLabel)

        self.choicesLayout = QGridLayout()
        self.choicesLayout.setObjectName(u"choicesLayout")
        self.choicesLayout.setHorizontalSpacing(12)
        self.choicesLayout.setVerticalSpacing(8)
        self.createKeyLabel = QLabel(self.column)
        self.createKeyLabel.setObjectName(u"createKeyLabel")
        self.createKeyLabel.setText(u"1")
        self.createKeyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.choicesLayout.addWidget(self.createKeyLabel, 0, 0, 1, 1)

        self.createButton = QCommandLinkButton(self.column)
        self.createButton.setObjectName(u"createButton")
        self.createButton.setAutoDefault(True)
        self.createButton.setFlat(False)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.createButton.sizePolicy().hasHeightForWidth())
        self.createButton.setSizePolicy(sizePolicy1)

        self.choicesLayout.addWidget(self.createButton, 0, 1, 1, 1)

        self.demoKeyLabel = QLabel(self.column)
        self.demoKeyLabel.setObjectName(u"demoKeyLabel")
        self.demoKeyLabel.setText(u"2")
        self.demoKeyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.choicesLayout.addWidget(self.demoKeyLabel, 1, 0, 1, 1)

        self.demoButton = QCommandLinkButton(self.column)
        self.demoButton.setObjectName(u"demoButton")
        self.demoButton.setAutoDefault(True)
        self.demoButton.setFlat(False)
        sizePolicy1.setHeightForWidth(self.demoButton.sizePolicy().hasHeightForWidth())
        self.demoButton.setSizePolicy(sizePolicy1)

        self.choicesLayout.addWidget(self.demoButton, 1, 1, 1, 1)

        self.joinKeyLabel = QLabel(self.column)
        self.joinKeyLabel.setObjectName(u"joinKeyLabel")
        self.joinKeyLabel.setText(u"3")
        self.joinKeyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.choicesLayout.addWidget(self.joinKeyLabel, 2, 0, 1, 1)

        self.joinButton = QCommandLinkButton(self.column)
        self.joinButton.setObjectName(u"joinButton")
        self.joinButton.setAutoDefault(True)
        self.joinButton.setFlat(False)
        sizePolicy1.setHeightForWidth(self.joinButton.sizePolicy().hasHeightForWidth())
        self.joinButton.setSizePolicy(sizePolicy1)

        self.choicesLayout.addWidget(self.joinButton, 2, 1, 1, 1)

        self.storeKeyLabel = QLabel(self.column)
        self.storeKeyLabel.setObjectName(u"storeKeyLabel")
        self.storeKeyLabel.setText(u"4")
        self.storeKeyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.choicesLayout.addWidget(self.storeKeyLabel, 3, 0, 1, 1)

        self.storeButton = QCommandLinkButton(self.column)
        self.storeButton.setObjectName(u"storeButton")
        self.storeButton.setAutoDefault(True)
        self.storeButton.setFlat(False)
        sizePolicy1.setHeightForWidth(self.storeButton.sizePolicy().hasHeightForWidth())
        self.storeButton.setSizePolicy(sizePolicy1)

        self.choicesLayout.addWidget(self.storeButton, 3, 1, 1, 1)

        self.choicesLayout.setColumnStretch(1, 1)

        self.columnLayout.addLayout(self.choicesLayout)

        self.storeLabel = QLabel(self.column)
        self.storeLabel.setObjectName(u"storeLabel")
        self.storeLabel.setText(u"")
        self.storeLabel.setWordWrap(True)
        self.storeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.columnLayout.addWidget(self.storeLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.columnLayout.addItem(self.bottomSpacer)


        self.centringLayout.addWidget(self.column)

        self.endSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centringLayout.addItem(self.endSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)

        QWidget.setTabOrder(self.createButton, self.demoButton)
        QWidget.setTabOrder(self.demoButton, self.joinButton)
        QWidget.setTabOrder(self.joinButton, self.storeButton)

        self.retranslateUi(WelcomePage)

        QMetaObject.connectSlotsByName(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage):
        self.headingLabel.setText(QCoreApplication.translate("WelcomePage", u"Welcome to WLT Desk", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("WelcomePage", u"Welcome to WLT Desk", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("WelcomePage", u"There is no event in this store yet. How would you like to begin? Press 1, 2, 3 or 4, or choose with Tab and Enter.", None))
        self.createButton.setText(QCoreApplication.translate("WelcomePage", u"&Create an event", None))
        self.createButton.setDescription(QCoreApplication.translate("WelcomePage", u"Your own training: its name, days, venue and time zone. The agenda and people come next.", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomePage", u"Try the &demo event", None))
        self.demoButton.setDescription(QCoreApplication.translate("WelcomePage", u"A made-up two-day training with 44 people, to practise on before your own event.", None))
        self.joinButton.setText(QCoreApplication.translate("WelcomePage", u"&Join your team's event", None))
        self.joinButton.setDescription(QCoreApplication.translate("WelcomePage", u"Open the package your lead facilitator gave you, with the event key (QR code) or passphrase.", None))
        self.storeButton.setText(QCoreApplication.translate("WelcomePage", u"Open another &store", None))
        self.storeButton.setDescription(QCoreApplication.translate("WelcomePage", u"A store file on a USB stick or a backup, or the organizer's PostgreSQL database.", None))
        pass
    # retranslateUi

