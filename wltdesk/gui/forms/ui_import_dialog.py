# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(980, 560)
        self.dialogLayout = QVBoxLayout(ImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setText(u"")
        self.fileLabel.setTextFormat(Qt.TextFormat.RichText)
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.fileLabel)

        self.detailsLabel = QLabel(ImportDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setText(u"")

        self.dialogLayout.addWidget(self.detailsLabel)

        self.hintLabel = QLabel(ImportDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.previewTable = QTableWidget(ImportDialog)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.previewTable.setWordWrap(False)
        self.previewTable.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.dialogLayout.addWidget(self.previewTable)

        self.warningLabel = QLabel(ImportDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setText(u"")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setStyleSheet(u"font-weight: bold;")

        self.dialogLayout.addWidget(self.warningLabel)

        self.matchesLabel = QLabel(ImportDialog)
        self.matchesLabel.setObjectName(u"matchesLabel")
        self.matchesLabel.setText(u"")
        self.matchesLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.matchesLabel)

        self.progressBar = QProgressBar(ImportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.dialogLayout.addWidget(self.progressBar)

        self.reportLabel = QLabel(ImportDialog)
        self.reportLabel.setObjectName(u"reportLabel")
        self.reportLabel.setText(u"")
        self.reportLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.reportLabel)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.rejectedButton = QPushButton(ImportDialog)
        self.rejectedButton.setObjectName(u"rejectedButton")

        self.buttonRow.addWidget(self.rejectedButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.cancelButton = QPushButton(ImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.closeButton = QPushButton(ImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)


        self.retranslateUi(ImportDialog)

        self.importButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import roster", None))
        self.hintLabel.setText(QCoreApplication.translate("ImportDialog", u"Choose where each column goes. The first row shows what was recognised from the headers; a column kept as an extra column is stored with the person under its header.", None))
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Columns of the file and their first rows", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import progress", None))
#endif // QT_CONFIG(accessibility)
        self.rejectedButton.setText(QCoreApplication.translate("ImportDialog", u"Show &rejected rows\u2026", None))
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"&Import", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportDialog", u"Cancel", None))
        self.closeButton.setText(QCoreApplication.translate("ImportDialog", u"&Close", None))
    # retranslateUi

