# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 720)
        self.actionNewEvent = QAction(MainWindow)
        self.actionNewEvent.setObjectName(u"actionNewEvent")
        self.actionOpenEvent = QAction(MainWindow)
        self.actionOpenEvent.setObjectName(u"actionOpenEvent")
        self.actionEventDetails = QAction(MainWindow)
        self.actionEventDetails.setObjectName(u"actionEventDetails")
        self.actionDemoEvent = QAction(MainWindow)
        self.actionDemoEvent.setObjectName(u"actionDemoEvent")
        self.actionOpenStore = QAction(MainWindow)
        self.actionOpenStore.setObjectName(u"actionOpenStore")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionPreferences = QAction(MainWindow)
        self.actionPreferences.setObjectName(u"actionPreferences")
        self.actionShortcuts = QAction(MainWindow)
        self.actionShortcuts.setObjectName(u"actionShortcuts")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navRail = QListWidget(self.centralWidget)
        self.navRail.setObjectName(u"navRail")
        self.navRail.setMinimumSize(QSize(150, 0))
        self.navRail.setMaximumSize(QSize(200, 16777215))
        self.navRail.setFrameShape(QFrame.Shape.NoFrame)
        self.navRail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navRail.setUniformItemSizes(True)

        self.centralLayout.addWidget(self.navRail)

        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuEvent = QMenu(self.menuBar)
        self.menuEvent.setObjectName(u"menuEvent")
        self.menuRecent = QMenu(self.menuEvent)
        self.menuRecent.setObjectName(u"menuRecent")
        self.menuEdit = QMenu(self.menuBar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        self.menuGuides = QMenu(self.menuHelp)
        self.menuGuides.setObjectName(u"menuGuides")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuEvent.menuAction())
        self.menuBar.addAction(self.menuEdit.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuEvent.addAction(self.actionNewEvent)
        self.menuEvent.addAction(self.actionOpenEvent)
        self.menuEvent.addAction(self.actionEventDetails)
        self.menuEvent.addAction(self.menuRecent.menuAction())
        self.menuEvent.addAction(self.actionDemoEvent)
        self.menuEvent.addSeparator()
        self.menuEvent.addAction(self.actionOpenStore)
        self.menuEvent.addSeparator()
        self.menuEvent.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionPreferences)
        self.menuHelp.addAction(self.actionShortcuts)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.menuGuides.menuAction())
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"WLT Desk", None))
        self.actionNewEvent.setText(QCoreApplication.translate("MainWindow", u"&New event\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionNewEvent.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpenEvent.setText(QCoreApplication.translate("MainWindow", u"&Open event\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionOpenEvent.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionEventDetails.setText(QCoreApplication.translate("MainWindow", u"Event de&tails\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionEventDetails.setToolTip(QCoreApplication.translate("MainWindow", u"Name, venue and photo credits of the open event", None))
#endif // QT_CONFIG(tooltip)
        self.actionDemoEvent.setText(QCoreApplication.translate("MainWindow", u"Open the &demo event", None))
        self.actionOpenStore.setText(QCoreApplication.translate("MainWindow", u"Open another &store file\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionPreferences.setText(QCoreApplication.translate("MainWindow", u"&Preferences\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionPreferences.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+,", None))
#endif // QT_CONFIG(shortcut)
        self.actionShortcuts.setText(QCoreApplication.translate("MainWindow", u"&Keyboard shortcuts", None))
#if QT_CONFIG(tooltip)
        self.actionShortcuts.setToolTip(QCoreApplication.translate("MainWindow", u"Every key of the section shown, and those that work everywhere", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionShortcuts.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About WLT Desk", None))
#if QT_CONFIG(accessibility)
        self.navRail.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sections", None))
#endif // QT_CONFIG(accessibility)
        self.menuEvent.setTitle(QCoreApplication.translate("MainWindow", u"E&vent", None))
        self.menuRecent.setTitle(QCoreApplication.translate("MainWindow", u"&Recent events", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.menuGuides.setTitle(QCoreApplication.translate("MainWindow", u"&Guides", None))
    # retranslateUi

