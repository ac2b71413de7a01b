# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'circle_projector.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CircleProjectorPage(object):
    def setupUi(self, CircleProjectorPage):
        if not CircleProjectorPage.objectName():
            CircleProjectorPage.setObjectName(u"CircleProjectorPage")
        CircleProjectorPage.resize(1280, 720)
        self.pageLayout = QVBoxLayout(CircleProjectorPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.promptLabel = QLabel(CircleProjectorPage)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setText(u"")
        self.promptLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.promptLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.promptLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.topSpacer)

        self.speakerLabel = QLabel(CircleProjectorPage)
        self.speakerLabel.setObjectName(u"speakerLabel")
        self.speakerLabel.setText(u"")
        self.speakerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.speakerLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.speakerLabel)

        self.timeLabel = QLabel(CircleProjectorPage)
        self.timeLabel.setObjectName(u"timeLabel")
        self.timeLabel.setText(u"")
        self.timeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.pageLayout.addWidget(self.timeLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

        self.nextLabel = QLabel(CircleProjectorPage)
        self.nextLabel.setObjectName(u"nextLabel")
        self.nextLabel.setText(u"")
        self.nextLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nextLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.nextLabel)


        self.retranslateUi(CircleProjectorPage)

        QMetaObject.connectSlotsByName(CircleProjectorPage)
    # setupUi

    def retranslateUi(self, CircleProjectorPage):
        pass
    # retranslateUi

