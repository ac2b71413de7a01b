# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_pane.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_PrintPane(object):
    def setupUi(self, PrintPane):
        if not PrintPane.objectName():
            PrintPane.setObjectName(u"PrintPane")
        PrintPane.resize(1000, 640)
        self.paneLayout = QHBoxLayout(PrintPane)
        self.paneLayout.setObjectName(u"paneLayout")
        self.optionsColumn = QWidget(PrintPane)
        self.optionsColumn.setObjectName(u"optionsColumn")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.optionsColumn.sizePolicy().hasHeightForWidth())
        self.optionsColumn.setSizePolicy(sizePolicy)
        self.optionsColumn.setMinimumSize(QSize(300, 0))
        self.optionsColumn.setMaximumSize(QSize(380, 16777215))
        self.optionsLayout = QVBoxLayout(self.optionsColumn)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.optionsLayout.setContentsMargins(0, 0, 0, 0)
        self.optionsForm = QFormLayout()
        self.optionsForm.setObjectName(u"optionsForm")
        self.outputLabel = QLabel(self.optionsColumn)
        self.outputLabel.setObjectName(u"outputLabel")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outputLabel)

        self.outputCombo = QComboBox(self.optionsColumn)
        self.outputCombo.setObjectName(u"outputCombo")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outputCombo)

        self.paperLabel = QLabel(self.optionsColumn)
        self.paperLabel.setObjectName(u"paperLabel")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(self.optionsColumn)
        self.paperCombo.setObjectName(u"paperCombo")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.languageLabel = QLabel(self.optionsColumn)
        self.languageLabel.setObjectName(u"languageLabel")

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.optionsColumn)
        self.languageCombo.setObjectName(u"languageCombo")

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.sessionLabel = QLabel(self.optionsColumn)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.optionsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(self.optionsColumn)
        self.sessionCombo.setObjectName(u"sessionCombo")
        self.sessionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sessionCombo.setMinimumContentsLength(14)

        self.optionsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.walkInLabel = QLabel(self.optionsColumn)
        self.walkInLabel.setObjectName(u"walkInLabel")

        self.optionsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.walkInLabel)

        self.walkInSpin = QSpinBox(self.optionsColumn)
        self.walkInSpin.setObjectName(u"walkInSpin")
        self.walkInSpin.setMaximum(200)
        self.walkInSpin.setValue(8)

        self.optionsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.walkInSpin)

        self.whoLabel = QLabel(self.optionsColumn)
        self.whoLabel.setObjectName(u"whoLabel")

        self.optionsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.whoCombo = QComboBox(self.optionsColumn)
        self.whoCombo.setObjectName(u"whoCombo")

        self.optionsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.whoCombo)

        self.setLabel = QLabel(self.optionsColumn)
        self.setLabel.setObjectName(u"setLabel")

        self.optionsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.setLabel)

        self.setCombo = QComboBox(self.optionsColumn)
        self.setCombo.setObjectName(u"setCombo")
        self.setCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setCombo.setMinimumContentsLength(14)

        self.optionsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.setCombo)

        self.circleLabel = QLabel(self.optionsColumn)
        self.circleLabel.setObjectName(u"circleLabel")

        self.optionsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.circleLabel)

        self.circleCombo = QComboBox(self.optionsColumn)
        self.circleCombo.setObjectName(u"circleCombo")
        self.circleCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.circleCombo.setMinimumContentsLength(14)

        self.optionsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.circleCombo)

        self.audienceLabel = QLabel(self.optionsColumn)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.optionsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.audienceLabel)

        self.audienceCombo = QComboBox(self.optionsColumn)
        self.audienceCombo.setObjectName(u"audienceCombo")

        self.optionsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.audienceCombo)

        self.minSessionsLabel = QLabel(self.optionsColumn)
        self.minSessionsLabel.setObjectName(u"minSessionsLabel")

        self.optionsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.minSessionsLabel)

        self.minSessionsSpin = QSpinBox(self.optionsColumn)
        self.minSessionsSpin.setObjectName(u"minSessionsSpin")
        self.minSessionsSpin.setMinimum(1)
        self.minSessionsSpin.setMaximum(999)

        self.optionsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.minSessionsSpin)

        self.stockLabel = QLabel(self.optionsColumn)
        self.stockLabel.setObjectName(u"stockLabel")

        self.optionsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.stockLabel)

        self.stockCombo = QComboBox(self.optionsColumn)
        self.stockCombo.setObjectName(u"stockCombo")
        self.stockCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stockCombo.setMinimumContentsLength(14)

        self.optionsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.stockCombo)

        self.blankLabel = QLabel(self.optionsColumn)
        self.blankLabel.setObjectName(u"blankLabel")

        self.optionsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.blankLabel)

        self.blankSpin = QSpinBox(self.optionsColumn)
        self.blankSpin.setObjectName(u"blankSpin")
        self.blankSpin.setMaximum(500)

        self.optionsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.blankSpin)

        self.shortNameLabel = QLabel(self.optionsColumn)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.optionsForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(self.optionsColumn)
        self.shortNameEdit.setObjectName(u"shortNameEdit")
        self.shortNameEdit.setMaxLength(60)

        self.optionsForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)


        self.optionsLayout.addLayout(self.optionsForm)

        self.descriptionLabel = QLabel(self.optionsColumn)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setText(u"")
        self.descriptionLabel.setWordWrap(True)

        self.optionsLayout.addWidget(self.descriptionLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.previewButton = QPushButton(self.optionsColumn)
        self.previewButton.setObjectName(u"previewButton")

        self.buttonRow.addWidget(self.previewButton)

        self.saveButton = QPushButton(self.optionsColumn)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.printButton = QPushButton(self.optionsColumn)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)


        self.optionsLayout.addLayout(self.buttonRow)

        self.progressBar = QProgressBar(self.optionsColumn)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setTextVisible(False)

        self.optionsLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(self.optionsColumn)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.optionsLayout.addWidget(self.statusLabel)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.optionsLayout.addItem(self.optionsSpacer)


        self.paneLayout.addWidget(self.optionsColumn)

        self.previewLayout = QVBoxLayout()
        self.previewLayout.setObjectName(u"previewLayout")
        self.pagesLabel = QLabel(PrintPane)
        self.pagesLabel.setObjectName(u"pagesLabel")
        self.pagesLabel.setText(u"")

        self.previewLayout.addWidget(self.pagesLabel)

        self.previewArea = QScrollArea(PrintPane)
        self.previewArea.setObjectName(u"previewArea")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.previewArea.sizePolicy().hasHeightForWidth())
        self.previewArea.setSizePolicy(sizePolicy1)
        self.previewArea.setWidgetResizable(True)
        self.previewPages = QWidget()
        self.previewPages.setObjectName(u"previewPages")
        self.pagesLayout = QVBoxLayout(self.previewPages)
        self.pagesLayout.setSpacing(12)
        self.pagesLayout.setObjectName(u"pagesLayout")
        self.previewArea.setWidget(self.previewPages)

        self.previewLayout.addWidget(self.previewArea)


        self.paneLayout.addLayout(self.previewLayout)

#if QT_CONFIG(shortcut)
        self.outputLabel.setBuddy(self.outputCombo)
        self.paperLabel.setBuddy(self.paperCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.walkInLabel.setBuddy(self.walkInSpin)
        self.whoLabel.setBuddy(self.whoCombo)
        self.setLabel.setBuddy(self.setCombo)
        self.circleLabel.setBuddy(self.circleCombo)
        self.audienceLabel.setBuddy(self.audienceCombo)
        self.minSessionsLabel.setBuddy(self.minSessionsSpin)
        self.stockLabel.setBuddy(self.stockCombo)
        self.blankLabel.setBuddy(self.blankSpin)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PrintPane)

        QMetaObject.connectSlotsByName(PrintPane)
    # setupUi

    def retranslateUi(self, PrintPane):
        self.outputLabel.setText(QCoreApplication.translate("PrintPane", u"&Output:", None))
#if QT_CONFIG(accessibility)
        self.outputCombo.setAccessibleName(QCoreApplication.translate("PrintPane", u"What to print", None))
#endif // QT_CONFIG(accessibility)
        self.paperLabel.setText(QCoreApplication.translate("PrintPane", u"&Paper:", None))
        self.languageLabel.setText(QCoreApplication.translate("PrintPane", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("PrintPane", u"Language of the printout", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("PrintPane", u"English, Bengali, or both on one page; the event's choice unless you change it here", None))
#endif // QT_CONFIG(tooltip)
        self.sessionLabel.setText(QCoreApplication.translate("PrintPane", u"&Session:", None))
        self.walkInLabel.setText(QCoreApplication.translate("PrintPane", u"&Walk-in rows:", None))
        self.whoLabel.setText(QCoreApplication.translate("PrintPane", u"&Badges for:", None))
        self.setLabel.setText(QCoreApplication.translate("PrintPane", u"Gro&up set:", None))
        self.circleLabel.setText(QCoreApplication.translate("PrintPane", u"&Circle:", None))
        self.audienceLabel.setText(QCoreApplication.translate("PrintPane", u"&Notes shown:", None))
        self.minSessionsLabel.setText(QCoreApplication.translate("PrintPane", u"&Minimum sessions:", None))
        self.stockLabel.setText(QCoreApplication.translate("PrintPane", u"S&tock:", None))
#if QT_CONFIG(accessibility)
        self.stockCombo.setAccessibleName(QCoreApplication.translate("PrintPane", u"What the badges are printed on", None))
#endif // QT_CONFIG(accessibility)
        self.blankLabel.setText(QCoreApplication.translate("PrintPane", u"Bl&ank badges:", None))
#if QT_CONFIG(tooltip)
        self.blankSpin.setToolTip(QCoreApplication.translate("PrintPane", u"Badges with no name, for walk-ins to write on", None))
#endif // QT_CONFIG(tooltip)
        self.shortNameLabel.setText(QCoreApplication.translate("PrintPane", u"Event on bad&ges:", None))
#if QT_CONFIG(accessibility)
        self.shortNameEdit.setAccessibleName(QCoreApplication.translate("PrintPane", u"The event's short name on badges", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.shortNameEdit.setToolTip(QCoreApplication.translate("PrintPane", u"What the badges' top band says; empty: the event's name, or its initials when it is too long", None))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(QCoreApplication.translate("PrintPane", u"Prev&iew", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("PrintPane", u"Build the PDF and show its pages here", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("PrintPane", u"Save P&DF\u2026", None))
        self.printButton.setText(QCoreApplication.translate("PrintPane", u"P&rint\u2026", None))
#if QT_CONFIG(accessibility)
        self.previewArea.setAccessibleName(QCoreApplication.translate("PrintPane", u"Preview of the pages", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

