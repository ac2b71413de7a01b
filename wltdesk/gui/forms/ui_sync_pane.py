# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_SyncPane(object):
    def setupUi(self, SyncPane):
        if not SyncPane.objectName():
            SyncPane.setObjectName(u"SyncPane")
        SyncPane.resize(1000, 640)
        self.paneLayout = QVBoxLayout(SyncPane)
        self.paneLayout.setObjectName(u"paneLayout")
        self.statusLabel = QLabel(SyncPane)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setTextFormat(Qt.TextFormat.RichText)
        self.statusLabel.setWordWrap(True)

        self.paneLayout.addWidget(self.statusLabel)

        self.tabs = QTabWidget(SyncPane)
        self.tabs.setObjectName(u"tabs")
        self.syncTab = QWidget()
        self.syncTab.setObjectName(u"syncTab")
        self.syncLayout = QVBoxLayout(self.syncTab)
        self.syncLayout.setObjectName(u"syncLayout")
        self.targetBox = QGroupBox(self.syncTab)
        self.targetBox.setObjectName(u"targetBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.targetBox.sizePolicy().hasHeightForWidth())
        self.targetBox.setSizePolicy(sizePolicy)
        self.targetLayout = QVBoxLayout(self.targetBox)
        self.targetLayout.setObjectName(u"targetLayout")
        self.targetRow = QHBoxLayout()
        self.targetRow.setObjectName(u"targetRow")
        self.targetEdit = QLineEdit(self.targetBox)
        self.targetEdit.setObjectName(u"targetEdit")

        self.targetRow.addWidget(self.targetEdit)

        self.chooseFolderButton = QPushButton(self.targetBox)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")

        self.targetRow.addWidget(self.chooseFolderButton)

        self.setTargetButton = QPushButton(self.targetBox)
        self.setTargetButton.setObjectName(u"setTargetButton")

        self.targetRow.addWidget(self.setTargetButton)


        self.targetLayout.addLayout(self.targetRow)

        self.targetsRow = QHBoxLayout()
        self.targetsRow.setObjectName(u"targetsRow")
        self.targetsList = QTreeWidget(self.targetBox)
        self.targetsList.setObjectName(u"targetsList")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.targetsList.sizePolicy().hasHeightForWidth())
        self.targetsList.setSizePolicy(sizePolicy1)
        self.targetsList.setRootIsDecorated(False)
        self.targetsList.setUniformRowHeights(True)
        self.targetsList.setMaximumSize(QSize(16777215, 110))

        self.targetsRow.addWidget(self.targetsList)

        self.targetButtons = QVBoxLayout()
        self.targetButtons.setObjectName(u"targetButtons")
        self.defaultTargetButton = QPushButton(self.targetBox)
        self.defaultTargetButton.setObjectName(u"defaultTargetButton")

        self.targetButtons.addWidget(self.defaultTargetButton)

        self.removeTargetButton = QPushButton(self.targetBox)
        self.removeTargetButton.setObjectName(u"removeTargetButton")

        self.targetButtons.addWidget(self.removeTargetButton)

        self.targetButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.targetButtons.addItem(self.targetButtonsSpacer)


        self.targetsRow.addLayout(self.targetButtons)


        self.targetLayout.addLayout(self.targetsRow)

        self.targetHint = QLabel(self.targetBox)
        self.targetHint.setObjectName(u"targetHint")
        self.targetHint.setText(u"")
        self.targetHint.setWordWrap(True)
        self.targetHint.setEnabled(False)

        self.targetLayout.addWidget(self.targetHint)


        self.syncLayout.addWidget(self.targetBox)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.syncButton = QPushButton(self.syncTab)
        self.syncButton.setObjectName(u"syncButton")

        self.actionsRow.addWidget(self.syncButton)

        self.autoCheck = QCheckBox(self.syncTab)
        self.autoCheck.setObjectName(u"autoCheck")

        self.actionsRow.addWidget(self.autoCheck)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)

        self.exportButton = QPushButton(self.syncTab)
        self.exportButton.setObjectName(u"exportButton")

        self.actionsRow.addWidget(self.exportButton)

        self.importButton = QPushButton(self.syncTab)
        self.importButton.setObjectName(u"importButton")

        self.actionsRow.addWidget(self.importButton)

        self.importFolderButton = QPushButton(self.syncTab)
        self.importFolderButton.setObjectName(u"importFolderButton")

        self.actionsRow.addWidget(self.importFolderButton)

        self.joinButton = QPushButton(self.syncTab)
        self.joinButton.setObjectName(u"joinButton")

        self.actionsRow.addWidget(self.joinButton)

        self.keyButton = QPushButton(self.syncTab)
        self.keyButton.setObjectName(u"keyButton")

        self.actionsRow.addWidget(self.keyButton)


        self.syncLayout.addLayout(self.actionsRow)

        self.progressBar = QProgressBar(self.syncTab)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)

        self.syncLayout.addWidget(self.progressBar)

        self.historyTitle = QLabel(self.syncTab)
        self.historyTitle.setObjectName(u"historyTitle")

        self.syncLayout.addWidget(self.historyTitle)

        self.historyTable = QTableWidget(self.syncTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setWordWrap(False)

        self.syncLayout.addWidget(self.historyTable)

        self.tabs.addTab(self.syncTab, "")
        self.conflictsTab = QWidget()
        self.conflictsTab.setObjectName(u"conflictsTab")
        self.conflictsLayout = QVBoxLayout(self.conflictsTab)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictsLabel = QLabel(self.conflictsTab)
        self.conflictsLabel.setObjectName(u"conflictsLabel")
        self.conflictsLabel.setText(u"")
        self.conflictsLabel.setWordWrap(True)

        self.conflictsLayout.addWidget(self.conflictsLabel)

        self.conflictsTree = QTreeWidget(self.conflictsTab)
        self.conflictsTree.setObjectName(u"conflictsTree")
        self.conflictsTree.setAlternatingRowColors(True)

        self.conflictsLayout.addWidget(self.conflictsTree)

        self.conflictButtons = QHBoxLayout()
        self.conflictButtons.setObjectName(u"conflictButtons")
        self.conflictSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conflictButtons.addItem(self.conflictSpacer)

        self.keepButton = QPushButton(self.conflictsTab)
        self.keepButton.setObjectName(u"keepButton")

        self.conflictButtons.addWidget(self.keepButton)

        self.pickButton = QPushButton(self.conflictsTab)
        self.pickButton.setObjectName(u"pickButton")

        self.conflictButtons.addWidget(self.pickButton)


        self.conflictsLayout.addLayout(self.conflictButtons)

        self.tabs.addTab(self.conflictsTab, "")

        self.paneLayout.addWidget(self.tabs)


        self.retranslateUi(SyncPane)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SyncPane)
    # setupUi

    def retranslateUi(self, SyncPane):
        self.targetBox.setTitle(QCoreApplication.translate("SyncPane", u"Shared target", None))
        self.targetEdit.setPlaceholderText(QCoreApplication.translate("SyncPane", u"A folder (USB stick, shared or cloud folder) or a WebDAV address (https://\u2026)", None))
#if QT_CONFIG(accessibility)
        self.targetEdit.setAccessibleName(QCoreApplication.translate("SyncPane", u"Sync target", None))
#endif // QT_CONFIG(accessibility)
        self.chooseFolderButton.setText(QCoreApplication.translate("SyncPane", u"&Folder\u2026", None))
        self.setTargetButton.setText(QCoreApplication.translate("SyncPane", u"&Use this target", None))
        ___qtreewidgetitem = self.targetsList.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("SyncPane", u"What went wrong", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("SyncPane", u"Not yet sent", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("SyncPane", u"Last synced", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SyncPane", u"Default", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SyncPane", u"Target", None))
#if QT_CONFIG(accessibility)
        self.targetsList.setAccessibleName(QCoreApplication.translate("SyncPane", u"Sync targets", None))
#endif // QT_CONFIG(accessibility)
        self.defaultTargetButton.setText(QCoreApplication.translate("SyncPane", u"Make &default", None))
#if QT_CONFIG(tooltip)
        self.defaultTargetButton.setToolTip(QCoreApplication.translate("SyncPane", u"Sync with the chosen target from now on", None))
#endif // QT_CONFIG(tooltip)
        self.removeTargetButton.setText(QCoreApplication.translate("SyncPane", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeTargetButton.setToolTip(QCoreApplication.translate("SyncPane", u"Forget the chosen target (nothing on it is deleted)", None))
#endif // QT_CONFIG(tooltip)
        self.syncButton.setText(QCoreApplication.translate("SyncPane", u"Sync &now", None))
#if QT_CONFIG(tooltip)
        self.syncButton.setToolTip(QCoreApplication.translate("SyncPane", u"Send this laptop's new work to the target and merge the others'", None))
#endif // QT_CONFIG(tooltip)
        self.autoCheck.setText(QCoreApplication.translate("SyncPane", u"Sync &automatically", None))
#if QT_CONFIG(tooltip)
        self.autoCheck.setToolTip(QCoreApplication.translate("SyncPane", u"Check the target every minute and sync when it can be reached", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("SyncPane", u"E&xport\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("SyncPane", u"Write the event's changes to a file (.wltx) for a USB stick or e-mail", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("SyncPane", u"&Import files\u2026", None))
        self.importFolderButton.setText(QCoreApplication.translate("SyncPane", u"Import f&older\u2026", None))
        self.joinButton.setText(QCoreApplication.translate("SyncPane", u"&Join an event\u2026", None))
#if QT_CONFIG(tooltip)
        self.joinButton.setToolTip(QCoreApplication.translate("SyncPane", u"Join an event with its package and the event key from the QR code (or a join package and its passphrase)", None))
#endif // QT_CONFIG(tooltip)
        self.keyButton.setText(QCoreApplication.translate("SyncPane", u"Event &key\u2026", None))
#if QT_CONFIG(tooltip)
        self.keyButton.setToolTip(QCoreApplication.translate("SyncPane", u"Show the event key as a QR code for co-facilitators", None))
#endif // QT_CONFIG(tooltip)
        self.historyTitle.setText(QCoreApplication.translate("SyncPane", u"History", None))
#if QT_CONFIG(accessibility)
        self.historyTable.setAccessibleName(QCoreApplication.translate("SyncPane", u"Sync history", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.syncTab), QCoreApplication.translate("SyncPane", u"&Sync", None))
        ___qtreewidgetitem1 = self.conflictsTree.headerItem()
        ___qtreewidgetitem1.setText(4, QCoreApplication.translate("SyncPane", u"Had seen", None))
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("SyncPane", u"When (venue time)", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("SyncPane", u"Written on", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("SyncPane", u"Value", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("SyncPane", u"Record and field", None))
#if QT_CONFIG(accessibility)
        self.conflictsTree.setAccessibleName(QCoreApplication.translate("SyncPane", u"Conflicts to review", None))
#endif // QT_CONFIG(accessibility)
        self.keepButton.setText(QCoreApplication.translate("SyncPane", u"&Keep the current value", None))
#if QT_CONFIG(tooltip)
        self.keepButton.setToolTip(QCoreApplication.translate("SyncPane", u"Mark the conflict reviewed, keeping the value in use; the review reaches the other laptops with the next sync", None))
#endif // QT_CONFIG(tooltip)
        self.pickButton.setText(QCoreApplication.translate("SyncPane", u"&Use the chosen value", None))
#if QT_CONFIG(tooltip)
        self.pickButton.setToolTip(QCoreApplication.translate("SyncPane", u"Make the chosen value current again; it reaches the other laptops with the next sync", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.conflictsTab), QCoreApplication.translate("SyncPane", u"&Conflicts", None))
        pass
    # retranslateUi

