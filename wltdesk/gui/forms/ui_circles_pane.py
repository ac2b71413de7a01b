# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'circles_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_CirclesPane(object):
    def setupUi(self, CirclesPane):
        if not CirclesPane.objectName():
            CirclesPane.setObjectName(u"CirclesPane")
        CirclesPane.resize(1100, 660)
        self.paneLayout = QHBoxLayout(CirclesPane)
        self.paneLayout.setObjectName(u"paneLayout")
        self.circlesColumn = QVBoxLayout()
        self.circlesColumn.setObjectName(u"circlesColumn")
        self.circlesHeading = QLabel(CirclesPane)
        self.circlesHeading.setObjectName(u"circlesHeading")

        self.circlesColumn.addWidget(self.circlesHeading)

        self.circlesList = QListWidget(CirclesPane)
        self.circlesList.setObjectName(u"circlesList")
        self.circlesList.setMinimumSize(QSize(200, 0))
        self.circlesList.setMaximumSize(QSize(280, 16777215))
        self.circlesList.setWordWrap(True)

        self.circlesColumn.addWidget(self.circlesList)

        self.circleButtons = QHBoxLayout()
        self.circleButtons.setObjectName(u"circleButtons")
        self.newButton = QPushButton(CirclesPane)
        self.newButton.setObjectName(u"newButton")

        self.circleButtons.addWidget(self.newButton)

        self.editButton = QPushButton(CirclesPane)
        self.editButton.setObjectName(u"editButton")

        self.circleButtons.addWidget(self.editButton)

        self.deleteButton = QPushButton(CirclesPane)
        self.deleteButton.setObjectName(u"deleteButton")

        self.circleButtons.addWidget(self.deleteButton)


        self.circlesColumn.addLayout(self.circleButtons)


        self.paneLayout.addLayout(self.circlesColumn)

        self.tabs = QTabWidget(CirclesPane)
        self.tabs.setObjectName(u"tabs")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.tabs.sizePolicy().hasHeightForWidth())
        self.tabs.setSizePolicy(sizePolicy)
        self.runTab = QWidget()
        self.runTab.setObjectName(u"runTab")
        self.runTab.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.runLayout = QVBoxLayout(self.runTab)
        self.runLayout.setObjectName(u"runLayout")
        self.promptLabel = QLabel(self.runTab)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setText(u"")
        self.promptLabel.setWordWrap(True)
        self.promptLabel.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.runLayout.addWidget(self.promptLabel)

        self.speakerRow = QHBoxLayout()
        self.speakerRow.setObjectName(u"speakerRow")
        self.speakerColumn = QVBoxLayout()
        self.speakerColumn.setObjectName(u"speakerColumn")
        self.nowHeading = QLabel(self.runTab)
        self.nowHeading.setObjectName(u"nowHeading")

        self.speakerColumn.addWidget(self.nowHeading)

        self.currentLabel = QLabel(self.runTab)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setText(u"")
        self.currentLabel.setWordWrap(True)

        self.speakerColumn.addWidget(self.currentLabel)

        self.nextLabel = QLabel(self.runTab)
        self.nextLabel.setObjectName(u"nextLabel")
        self.nextLabel.setText(u"")
        self.nextLabel.setWordWrap(True)

        self.speakerColumn.addWidget(self.nextLabel)


        self.speakerRow.addLayout(self.speakerColumn)

        self.countdownLabel = QLabel(self.runTab)
        self.countdownLabel.setObjectName(u"countdownLabel")
        self.countdownLabel.setText(u"0:00")
        self.countdownLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdownLabel.setMinimumSize(QSize(180, 0))

        self.speakerRow.addWidget(self.countdownLabel)


        self.runLayout.addLayout(self.speakerRow)

        self.runButtons = QHBoxLayout()
        self.runButtons.setObjectName(u"runButtons")
        self.startButton = QPushButton(self.runTab)
        self.startButton.setObjectName(u"startButton")
        self.startButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.runButtons.addWidget(self.startButton)

        self.nextButton = QPushButton(self.runTab)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.runButtons.addWidget(self.nextButton)

        self.passButton = QPushButton(self.runTab)
        self.passButton.setObjectName(u"passButton")
        self.passButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.runButtons.addWidget(self.passButton)

        self.backButton = QPushButton(self.runTab)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.runButtons.addWidget(self.backButton)

        self.noteButton = QPushButton(self.runTab)
        self.noteButton.setObjectName(u"noteButton")
        self.noteButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.runButtons.addWidget(self.noteButton)

        self.projectorButton = QPushButton(self.runTab)
        self.projectorButton.setObjectName(u"projectorButton")
        self.projectorButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.runButtons.addWidget(self.projectorButton)


        self.runLayout.addLayout(self.runButtons)

        self.orderList = QListWidget(self.runTab)
        self.orderList.setObjectName(u"orderList")
        self.orderList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.orderList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.runLayout.addWidget(self.orderList)

        self.keysLabel = QLabel(self.runTab)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setWordWrap(True)
        self.keysLabel.setEnabled(False)

        self.runLayout.addWidget(self.keysLabel)

        self.tabs.addTab(self.runTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesTable = QTableWidget(self.notesTab)
        self.notesTable.setObjectName(u"notesTable")
        self.notesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notesTable.setWordWrap(True)

        self.notesLayout.addWidget(self.notesTable)

        self.noteButtons = QHBoxLayout()
        self.noteButtons.setObjectName(u"noteButtons")
        self.addNoteButton = QPushButton(self.notesTab)
        self.addNoteButton.setObjectName(u"addNoteButton")

        self.noteButtons.addWidget(self.addNoteButton)

        self.editNoteButton = QPushButton(self.notesTab)
        self.editNoteButton.setObjectName(u"editNoteButton")

        self.noteButtons.addWidget(self.editNoteButton)

        self.deleteNoteButton = QPushButton(self.notesTab)
        self.deleteNoteButton.setObjectName(u"deleteNoteButton")

        self.noteButtons.addWidget(self.deleteNoteButton)

        self.noteSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noteButtons.addItem(self.noteSpacer)


        self.notesLayout.addLayout(self.noteButtons)

        self.tabs.addTab(self.notesTab, "")
        self.summaryTab = QWidget()
        self.summaryTab.setObjectName(u"summaryTab")
        self.summaryLayout = QVBoxLayout(self.summaryTab)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.audienceRow = QHBoxLayout()
        self.audienceRow.setObjectName(u"audienceRow")
        self.audienceLabel = QLabel(self.summaryTab)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.audienceRow.addWidget(self.audienceLabel)

        self.audienceCombo = QComboBox(self.summaryTab)
        self.audienceCombo.setObjectName(u"audienceCombo")

        self.audienceRow.addWidget(self.audienceCombo)

        self.audienceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.audienceRow.addItem(self.audienceSpacer)


        self.summaryLayout.addLayout(self.audienceRow)

        self.summaryBrowser = QTextBrowser(self.summaryTab)
        self.summaryBrowser.setObjectName(u"summaryBrowser")

        self.summaryLayout.addWidget(self.summaryBrowser)

        self.tabs.addTab(self.summaryTab, "")

        self.paneLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.audienceLabel.setBuddy(self.audienceCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CirclesPane)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CirclesPane)
    # setupUi

    def retranslateUi(self, CirclesPane):
        self.circlesHeading.setText(QCoreApplication.translate("CirclesPane", u"<b>Circles</b>", None))
#if QT_CONFIG(accessibility)
        self.circlesList.setAccessibleName(QCoreApplication.translate("CirclesPane", u"Reflection circles of the event", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("CirclesPane", u"&New\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("CirclesPane", u"Set up a circle for a session (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("CirclesPane", u"Ed&it\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("CirclesPane", u"Change the chosen circle: prompts, order, time", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("CirclesPane", u"&Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("CirclesPane", u"Delete the chosen circle; Ctrl+Z brings it back", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.runTab.setAccessibleName(QCoreApplication.translate("CirclesPane", u"Circle runner", None))
#endif // QT_CONFIG(accessibility)
        self.nowHeading.setText(QCoreApplication.translate("CirclesPane", u"Now speaking", None))
#if QT_CONFIG(accessibility)
        self.currentLabel.setAccessibleName(QCoreApplication.translate("CirclesPane", u"Current speaker", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nextLabel.setAccessibleName(QCoreApplication.translate("CirclesPane", u"Next speaker", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countdownLabel.setAccessibleName(QCoreApplication.translate("CirclesPane", u"Time left for the speaker", None))
#endif // QT_CONFIG(accessibility)
        self.startButton.setText(QCoreApplication.translate("CirclesPane", u"Start", None))
#if QT_CONFIG(tooltip)
        self.startButton.setToolTip(QCoreApplication.translate("CirclesPane", u"Start or pause the speaker's time (Space)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("CirclesPane", u"Next", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("CirclesPane", u"The speaker is done; the next one starts (Right arrow or Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.passButton.setText(QCoreApplication.translate("CirclesPane", u"Pass", None))
#if QT_CONFIG(tooltip)
        self.passButton.setToolTip(QCoreApplication.translate("CirclesPane", u"The speaker passes (P)", None))
#endif // QT_CONFIG(tooltip)
        self.backButton.setText(QCoreApplication.translate("CirclesPane", u"Back", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("CirclesPane", u"Back to the previous speaker (Left arrow or Backspace)", None))
#endif // QT_CONFIG(tooltip)
        self.noteButton.setText(QCoreApplication.translate("CirclesPane", u"Note\u2026", None))
#if QT_CONFIG(tooltip)
        self.noteButton.setToolTip(QCoreApplication.translate("CirclesPane", u"A note about what the speaker said (N)", None))
#endif // QT_CONFIG(tooltip)
        self.projectorButton.setText(QCoreApplication.translate("CirclesPane", u"Projector", None))
#if QT_CONFIG(tooltip)
        self.projectorButton.setToolTip(QCoreApplication.translate("CirclesPane", u"Show the prompt, speaker and time left on a second screen (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.orderList.setAccessibleName(QCoreApplication.translate("CirclesPane", u"Speaking order and what was recorded", None))
#endif // QT_CONFIG(accessibility)
        self.keysLabel.setText(QCoreApplication.translate("CirclesPane", u"Keys: Space start/pause \u00b7 \u2192 or Enter next \u00b7 P pass \u00b7 \u2190 or Backspace back \u00b7 N note \u00b7 F5 projector", None))
        self.tabs.setTabText(self.tabs.indexOf(self.runTab), QCoreApplication.translate("CirclesPane", u"&Run", None))
#if QT_CONFIG(accessibility)
        self.notesTable.setAccessibleName(QCoreApplication.translate("CirclesPane", u"Notes of the circle", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.notesTable.setToolTip(QCoreApplication.translate("CirclesPane", u"Insert adds a note \u00b7 Enter edits \u00b7 Delete removes \u00b7 Ctrl+Z undoes", None))
#endif // QT_CONFIG(tooltip)
        self.addNoteButton.setText(QCoreApplication.translate("CirclesPane", u"&Add note\u2026", None))
        self.editNoteButton.setText(QCoreApplication.translate("CirclesPane", u"Edi&t note\u2026", None))
        self.deleteNoteButton.setText(QCoreApplication.translate("CirclesPane", u"De&lete note", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("CirclesPane", u"N&otes", None))
        self.audienceLabel.setText(QCoreApplication.translate("CirclesPane", u"Summary &for:", None))
#if QT_CONFIG(accessibility)
        self.summaryBrowser.setAccessibleName(QCoreApplication.translate("CirclesPane", u"Circle summary", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.summaryTab), QCoreApplication.translate("CirclesPane", u"&Summary", None))
        pass
    # retranslateUi

