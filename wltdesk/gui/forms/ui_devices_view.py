# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'devices_view.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_DevicesView(object):
    def setupUi(self, DevicesView):
        if not DevicesView.objectName():
            DevicesView.setObjectName(u"DevicesView")
        DevicesView.resize(800, 400)
        self.devicesLayout = QVBoxLayout(DevicesView)
        self.devicesLayout.setObjectName(u"devicesLayout")
        self.devicesLabel = QLabel(DevicesView)
        self.devicesLabel.setObjectName(u"devicesLabel")
        self.devicesLabel.setWordWrap(True)

        self.devicesLayout.addWidget(self.devicesLabel)

        self.devicesTree = QTreeWidget(DevicesView)
        self.devicesTree.setObjectName(u"devicesTree")
        self.devicesTree.setRootIsDecorated(False)
        self.devicesTree.setUniformRowHeights(True)
        self.devicesTree.setAlternatingRowColors(True)

        self.devicesLayout.addWidget(self.devicesTree)

        self.devicesButtons = QHBoxLayout()
        self.devicesButtons.setObjectName(u"devicesButtons")
        self.devicesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.devicesButtons.addItem(self.devicesSpacer)

        self.revokeButton = QPushButton(DevicesView)
        self.revokeButton.setObjectName(u"revokeButton")

        self.devicesButtons.addWidget(self.revokeButton)

        self.rekeyButton = QPushButton(DevicesView)
        self.rekeyButton.setObjectName(u"rekeyButton")

        self.devicesButtons.addWidget(self.rekeyButton)

        self.setKeyButton = QPushButton(DevicesView)
        self.setKeyButton.setObjectName(u"setKeyButton")

        self.devicesButtons.addWidget(self.setKeyButton)


        self.devicesLayout.addLayout(self.devicesButtons)


        self.retranslateUi(DevicesView)

        QMetaObject.connectSlotsByName(DevicesView)
    # setupUi

    def retranslateUi(self, DevicesView):
        self.devicesLabel.setText(QCoreApplication.translate("DevicesView", u"Each laptop signs what it sends with its own key. If a laptop is lost or stolen, revoke it: what it sends is refused from then on. Then make a new event key and give it to the team, so that whoever has the laptop cannot read what is sent from then on either.", None))
        ___qtreewidgetitem = self.devicesTree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("DevicesView", u"Last seen (UTC)", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("DevicesView", u"State", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("DevicesView", u"Key fingerprint", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("DevicesView", u"Id", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("DevicesView", u"Laptop", None))
#if QT_CONFIG(accessibility)
        self.devicesTree.setAccessibleName(QCoreApplication.translate("DevicesView", u"Laptops of the event", None))
#endif // QT_CONFIG(accessibility)
        self.revokeButton.setText(QCoreApplication.translate("DevicesView", u"Revo&ke\u2026", None))
#if QT_CONFIG(tooltip)
        self.revokeButton.setToolTip(QCoreApplication.translate("DevicesView", u"Refuse everything the chosen laptop sends from now on (a lost or stolen laptop)", None))
#endif // QT_CONFIG(tooltip)
        self.rekeyButton.setText(QCoreApplication.translate("DevicesView", u"&New event key\u2026", None))
#if QT_CONFIG(tooltip)
        self.rekeyButton.setToolTip(QCoreApplication.translate("DevicesView", u"Change the event key, so that a lost laptop cannot read what is sent from then on", None))
#endif // QT_CONFIG(tooltip)
        self.setKeyButton.setText(QCoreApplication.translate("DevicesView", u"En&ter a new key\u2026", None))
#if QT_CONFIG(tooltip)
        self.setKeyButton.setToolTip(QCoreApplication.translate("DevicesView", u"Enter or scan the new event key an organizer made", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

