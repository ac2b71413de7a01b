# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_PeoplePane(object):
    def setupUi(self, PeoplePane):
        if not PeoplePane.objectName():
            PeoplePane.setObjectName(u"PeoplePane")
        PeoplePane.resize(1100, 640)
        self.paneLayout = QVBoxLayout(PeoplePane)
        self.paneLayout.setObjectName(u"paneLayout")
        self.toolRow = QHBoxLayout()
        self.toolRow.setObjectName(u"toolRow")
        self.filterEdit = QLineEdit(PeoplePane)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(260, 0))
        self.filterEdit.setMaximumSize(QSize(420, 16777215))
        self.filterEdit.setClearButtonEnabled(True)

        self.toolRow.addWidget(self.filterEdit)

        self.countLabel = QLabel(PeoplePane)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"0")
        self.countLabel.setMinimumSize(QSize(120, 0))

        self.toolRow.addWidget(self.countLabel)

        self.toolSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolRow.addItem(self.toolSpacer)

        self.addButton = QPushButton(PeoplePane)
        self.addButton.setObjectName(u"addButton")

        self.toolRow.addWidget(self.addButton)

        self.editButton = QPushButton(PeoplePane)
        self.editButton.setObjectName(u"editButton")

        self.toolRow.addWidget(self.editButton)

        self.deleteButton = QPushButton(PeoplePane)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolRow.addWidget(self.deleteButton)

        self.importButton = QPushButton(PeoplePane)
        self.importButton.setObjectName(u"importButton")

        self.toolRow.addWidget(self.importButton)


        self.paneLayout.addLayout(self.toolRow)

        self.tableView = QTableView(PeoplePane)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setHighlightSections(False)
        self.tableView.verticalHeader().setVisible(False)

        self.paneLayout.addWidget(self.tableView)

        self.hintLabel = QLabel(PeoplePane)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.paneLayout.addWidget(self.hintLabel)

        QWidget.setTabOrder(self.filterEdit, self.tableView)
        QWidget.setTabOrder(self.tableView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.importButton)

        self.retranslateUi(PeoplePane)

        QMetaObject.connectSlotsByName(PeoplePane)
    # setupUi

    def retranslateUi(self, PeoplePane):
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("PeoplePane", u"Filter people\u2026", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("PeoplePane", u"Filter people", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.filterEdit.setToolTip(QCoreApplication.translate("PeoplePane", u"Shows the people whose name, code, region or any other column contains the text (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("PeoplePane", u"&Add person\u2026", None))
        self.editButton.setText(QCoreApplication.translate("PeoplePane", u"Edi&t\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("PeoplePane", u"Edit the chosen person (Enter or double-click a row)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("PeoplePane", u"&Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("PeoplePane", u"Remove the chosen people from the roster (Delete); Ctrl+Z brings them back", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("PeoplePane", u"&Import roster\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("PeoplePane", u"Add and update people from a CSV or Excel file; people already on the roster are recognised, not added twice", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("PeoplePane", u"People on the roster", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("PeoplePane", u"Click a cell of the chosen row (or press F2) to change it in place; Enter opens the whole record.", None))
        pass
    # retranslateUi

