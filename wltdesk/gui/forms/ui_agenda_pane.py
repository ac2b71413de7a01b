# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agenda_pane.ui'
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
    QLabel, QPushButton, QSizePolicy, QTreeView,
    QVBoxLayout, QWidget)

class Ui_AgendaPane(object):
    def setupUi(self, AgendaPane):
        if not AgendaPane.objectName():
            AgendaPane.setObjectName(u"AgendaPane")
        AgendaPane.resize(1000, 640)
        self.paneLayout = QVBoxLayout(AgendaPane)
        self.paneLayout.setObjectName(u"paneLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.summaryLabel = QLabel(AgendaPane)
        self.summaryLabel.setObjectName(u"summaryLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)
        self.summaryLabel.setText(u"")
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setWordWrap(True)

        self.headerRow.addWidget(self.summaryLabel)

        self.addButton = QPushButton(AgendaPane)
        self.addButton.setObjectName(u"addButton")

        self.headerRow.addWidget(self.addButton)

        self.editButton = QPushButton(AgendaPane)
        self.editButton.setObjectName(u"editButton")

        self.headerRow.addWidget(self.editButton)

        self.deleteButton = QPushButton(AgendaPane)
        self.deleteButton.setObjectName(u"deleteButton")

        self.headerRow.addWidget(self.deleteButton)


        self.paneLayout.addLayout(self.headerRow)

        self.sessionsView = QTreeView(AgendaPane)
        self.sessionsView.setObjectName(u"sessionsView")
        self.sessionsView.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.sessionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessionsView.setAlternatingRowColors(True)
        self.sessionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessionsView.setAllColumnsShowFocus(True)

        self.paneLayout.addWidget(self.sessionsView)

        self.hintLabel = QLabel(AgendaPane)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setEnabled(False)

        self.paneLayout.addWidget(self.hintLabel)


        self.retranslateUi(AgendaPane)

        QMetaObject.connectSlotsByName(AgendaPane)
    # setupUi

    def retranslateUi(self, AgendaPane):
        self.addButton.setText(QCoreApplication.translate("AgendaPane", u"&Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("AgendaPane", u"Add a session (Insert or Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("AgendaPane", u"Ed&it\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("AgendaPane", u"Edit the chosen session (Enter or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("AgendaPane", u"&Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("AgendaPane", u"Delete the chosen session (Delete); Ctrl+Z brings it back", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sessionsView.setAccessibleName(QCoreApplication.translate("AgendaPane", u"Agenda: sessions by day", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("AgendaPane", u"Insert or Ctrl+N adds a session \u00b7 Enter edits \u00b7 Delete removes \u00b7 Ctrl+Z undoes", None))
        pass
    # retranslateUi

