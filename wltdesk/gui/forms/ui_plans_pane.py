# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plans_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_PlansPane(object):
    def setupUi(self, PlansPane):
        if not PlansPane.objectName():
            PlansPane.setObjectName(u"PlansPane")
        PlansPane.resize(1100, 640)
        self.paneLayout = QVBoxLayout(PlansPane)
        self.paneLayout.setObjectName(u"paneLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.summaryLabel = QLabel(PlansPane)
        self.summaryLabel.setObjectName(u"summaryLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.headerRow.addWidget(self.summaryLabel)

        self.newPlanButton = QPushButton(PlansPane)
        self.newPlanButton.setObjectName(u"newPlanButton")

        self.headerRow.addWidget(self.newPlanButton)

        self.deletePlanButton = QPushButton(PlansPane)
        self.deletePlanButton.setObjectName(u"deletePlanButton")

        self.headerRow.addWidget(self.deletePlanButton)


        self.paneLayout.addLayout(self.headerRow)

        self.tabs = QTabWidget(PlansPane)
        self.tabs.setObjectName(u"tabs")
        self.planTab = QWidget()
        self.planTab.setObjectName(u"planTab")
        self.planTabLayout = QHBoxLayout(self.planTab)
        self.planTabLayout.setObjectName(u"planTabLayout")
        self.splitter = QSplitter(self.planTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.planTree = QTreeWidget(self.splitter)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"plan")
        self.planTree.setHeaderItem(__qtreewidgetitem)
        self.planTree.setObjectName(u"planTree")
        self.planTree.setHeaderHidden(True)
        self.planTree.setMinimumSize(QSize(180, 0))
        self.splitter.addWidget(self.planTree)
        self.planEditor = QWidget(self.splitter)
        self.planEditor.setObjectName(u"planEditor")
        self.editorLayout = QVBoxLayout(self.planEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.planForm = QFormLayout()
        self.planForm.setObjectName(u"planForm")
        self.titleLabel = QLabel(self.planEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.planForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleEdit = QLineEdit(self.planEditor)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.titleRow.addWidget(self.titleEdit)

        self.regionLabel = QLabel(self.planEditor)
        self.regionLabel.setObjectName(u"regionLabel")

        self.titleRow.addWidget(self.regionLabel)

        self.regionEdit = QLineEdit(self.planEditor)
        self.regionEdit.setObjectName(u"regionEdit")
        self.regionEdit.setMaxLength(100)

        self.titleRow.addWidget(self.regionEdit)


        self.planForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.titleRow)

        self.goalLabel = QLabel(self.planEditor)
        self.goalLabel.setObjectName(u"goalLabel")

        self.planForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.goalLabel)

        self.goalEdit = QPlainTextEdit(self.planEditor)
        self.goalEdit.setObjectName(u"goalEdit")
        self.goalEdit.setMaximumSize(QSize(16777215, 64))
        self.goalEdit.setTabChangesFocus(True)

        self.planForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.goalEdit)


        self.editorLayout.addLayout(self.planForm)

        self.itemsView = QTableView(self.planEditor)
        self.itemsView.setObjectName(u"itemsView")
        self.itemsView.setAlternatingRowColors(True)
        self.itemsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsView.setWordWrap(False)

        self.editorLayout.addWidget(self.itemsView)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.addItemButton = QPushButton(self.planEditor)
        self.addItemButton.setObjectName(u"addItemButton")

        self.itemButtons.addWidget(self.addItemButton)

        self.moveUpButton = QPushButton(self.planEditor)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.itemButtons.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(self.planEditor)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.itemButtons.addWidget(self.moveDownButton)

        self.deleteItemButton = QPushButton(self.planEditor)
        self.deleteItemButton.setObjectName(u"deleteItemButton")

        self.itemButtons.addWidget(self.deleteItemButton)

        self.itemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(self.itemSpacer)


        self.editorLayout.addLayout(self.itemButtons)

        self.hintLabel = QLabel(self.planEditor)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setEnabled(False)

        self.editorLayout.addWidget(self.hintLabel)

        self.editorLayout.setStretch(1, 1)
        self.splitter.addWidget(self.planEditor)

        self.planTabLayout.addWidget(self.splitter)

        self.tabs.addTab(self.planTab, "")
        self.followTab = QWidget()
        self.followTab.setObjectName(u"followTab")
        self.followLayout = QVBoxLayout(self.followTab)
        self.followLayout.setObjectName(u"followLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.statusLabel = QLabel(self.followTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(self.followTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterRow.addWidget(self.statusCombo)

        self.ownerLabel = QLabel(self.followTab)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.filterRow.addWidget(self.ownerLabel)

        self.ownerCombo = QComboBox(self.followTab)
        self.ownerCombo.setObjectName(u"ownerCombo")
        self.ownerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ownerCombo.setMinimumContentsLength(14)

        self.filterRow.addWidget(self.ownerCombo)

        self.regionFilterLabel = QLabel(self.followTab)
        self.regionFilterLabel.setObjectName(u"regionFilterLabel")

        self.filterRow.addWidget(self.regionFilterLabel)

        self.regionCombo = QComboBox(self.followTab)
        self.regionCombo.setObjectName(u"regionCombo")
        self.regionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.regionCombo.setMinimumContentsLength(10)

        self.filterRow.addWidget(self.regionCombo)

        self.dueBeforeCheck = QCheckBox(self.followTab)
        self.dueBeforeCheck.setObjectName(u"dueBeforeCheck")

        self.filterRow.addWidget(self.dueBeforeCheck)

        self.dueBeforeEdit = QDateEdit(self.followTab)
        self.dueBeforeEdit.setObjectName(u"dueBeforeEdit")
        self.dueBeforeEdit.setCalendarPopup(True)
        self.dueBeforeEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.filterRow.addWidget(self.dueBeforeEdit)

        self.overdueCheck = QCheckBox(self.followTab)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterRow.addWidget(self.overdueCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.followLayout.addLayout(self.filterRow)

        self.followView = QTableView(self.followTab)
        self.followView.setObjectName(u"followView")
        self.followView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.followView.setAlternatingRowColors(True)
        self.followView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.followView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.followView.setWordWrap(False)

        self.followLayout.addWidget(self.followView)

        self.exportRow = QHBoxLayout()
        self.exportRow.setObjectName(u"exportRow")
        self.followSummary = QLabel(self.followTab)
        self.followSummary.setObjectName(u"followSummary")
        sizePolicy.setHeightForWidth(self.followSummary.sizePolicy().hasHeightForWidth())
        self.followSummary.setSizePolicy(sizePolicy)
        self.followSummary.setText(u"")
        self.followSummary.setWordWrap(True)

        self.exportRow.addWidget(self.followSummary)

        self.exportIcalButton = QPushButton(self.followTab)
        self.exportIcalButton.setObjectName(u"exportIcalButton")

        self.exportRow.addWidget(self.exportIcalButton)

        self.exportCsvButton = QPushButton(self.followTab)
        self.exportCsvButton.setObjectName(u"exportCsvButton")

        self.exportRow.addWidget(self.exportCsvButton)


        self.followLayout.addLayout(self.exportRow)

        self.tabs.addTab(self.followTab, "")

        self.paneLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.regionLabel.setBuddy(self.regionEdit)
        self.goalLabel.setBuddy(self.goalEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.regionFilterLabel.setBuddy(self.regionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlansPane)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PlansPane)
    # setupUi

    def retranslateUi(self, PlansPane):
        self.newPlanButton.setText(QCoreApplication.translate("PlansPane", u"&New plan\u2026", None))
#if QT_CONFIG(tooltip)
        self.newPlanButton.setToolTip(QCoreApplication.translate("PlansPane", u"Start a plan, blank or from a template (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.deletePlanButton.setText(QCoreApplication.translate("PlansPane", u"Delete plan", None))
#if QT_CONFIG(tooltip)
        self.deletePlanButton.setToolTip(QCoreApplication.translate("PlansPane", u"Delete the chosen plan with its items; Ctrl+Z brings it back", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.planTree.setAccessibleName(QCoreApplication.translate("PlansPane", u"Action plans by region", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("PlansPane", u"&Title:", None))
        self.regionLabel.setText(QCoreApplication.translate("PlansPane", u"&Region:", None))
        self.goalLabel.setText(QCoreApplication.translate("PlansPane", u"&Goal:", None))
        self.goalEdit.setPlaceholderText(QCoreApplication.translate("PlansPane", u"The goal or vision of the plan", None))
#if QT_CONFIG(accessibility)
        self.itemsView.setAccessibleName(QCoreApplication.translate("PlansPane", u"Action items of the plan", None))
#endif // QT_CONFIG(accessibility)
        self.addItemButton.setText(QCoreApplication.translate("PlansPane", u"&Add item", None))
#if QT_CONFIG(tooltip)
        self.addItemButton.setToolTip(QCoreApplication.translate("PlansPane", u"Start a new item at the end (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.moveUpButton.setText(QCoreApplication.translate("PlansPane", u"Move &up", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("PlansPane", u"Move the item up (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.moveDownButton.setText(QCoreApplication.translate("PlansPane", u"Move do&wn", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("PlansPane", u"Move the item down (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteItemButton.setText(QCoreApplication.translate("PlansPane", u"Delete item", None))
#if QT_CONFIG(tooltip)
        self.deleteItemButton.setToolTip(QCoreApplication.translate("PlansPane", u"Delete the item (Ctrl+Delete); Ctrl+Z brings it back", None))
#endif // QT_CONFIG(tooltip)
        self.hintLabel.setText(QCoreApplication.translate("PlansPane", u"Type to fill a cell \u00b7 Tab: next column \u00b7 Enter: next row, a new item after the last \u00b7 Ctrl+Z undoes", None))
        self.tabs.setTabText(self.tabs.indexOf(self.planTab), QCoreApplication.translate("PlansPane", u"&Plans", None))
        self.statusLabel.setText(QCoreApplication.translate("PlansPane", u"&Status:", None))
        self.ownerLabel.setText(QCoreApplication.translate("PlansPane", u"O&wner:", None))
        self.regionFilterLabel.setText(QCoreApplication.translate("PlansPane", u"Re&gion:", None))
        self.dueBeforeCheck.setText(QCoreApplication.translate("PlansPane", u"Due &before", None))
        self.overdueCheck.setText(QCoreApplication.translate("PlansPane", u"Only &overdue", None))
#if QT_CONFIG(accessibility)
        self.followView.setAccessibleName(QCoreApplication.translate("PlansPane", u"Action items to follow up, soonest due first", None))
#endif // QT_CONFIG(accessibility)
        self.exportIcalButton.setText(QCoreApplication.translate("PlansPane", u"Export &iCalendar\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportIcalButton.setToolTip(QCoreApplication.translate("PlansPane", u"Save the due dates of the items shown as a calendar file (.ics)", None))
#endif // QT_CONFIG(tooltip)
        self.exportCsvButton.setText(QCoreApplication.translate("PlansPane", u"Export &CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportCsvButton.setToolTip(QCoreApplication.translate("PlansPane", u"Save the items shown as a spreadsheet (.csv)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.followTab), QCoreApplication.translate("PlansPane", u"&Follow-up", None))
        pass
    # retranslateUi

