# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'certificate_details.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QWidget)

class Ui_CertificateDetails(object):
    def setupUi(self, CertificateDetails):
        if not CertificateDetails.objectName():
            CertificateDetails.setObjectName(u"CertificateDetails")
        CertificateDetails.resize(360, 260)
        self.detailsGrid = QGridLayout(CertificateDetails)
        self.detailsGrid.setObjectName(u"detailsGrid")
        self.signedLabel = QLabel(CertificateDetails)
        self.signedLabel.setObjectName(u"signedLabel")

        self.detailsGrid.addWidget(self.signedLabel, 0, 0, 1, 1)

        self.nameEdit1 = QLineEdit(CertificateDetails)
        self.nameEdit1.setObjectName(u"nameEdit1")
        self.nameEdit1.setMaxLength(80)

        self.detailsGrid.addWidget(self.nameEdit1, 0, 1, 1, 1)

        self.titleEdit1 = QLineEdit(CertificateDetails)
        self.titleEdit1.setObjectName(u"titleEdit1")
        self.titleEdit1.setMaxLength(100)

        self.detailsGrid.addWidget(self.titleEdit1, 1, 1, 1, 1)

        self.nameEdit2 = QLineEdit(CertificateDetails)
        self.nameEdit2.setObjectName(u"nameEdit2")
        self.nameEdit2.setMaxLength(80)

        self.detailsGrid.addWidget(self.nameEdit2, 2, 1, 1, 1)

        self.titleEdit2 = QLineEdit(CertificateDetails)
        self.titleEdit2.setObjectName(u"titleEdit2")
        self.titleEdit2.setMaxLength(100)

        self.detailsGrid.addWidget(self.titleEdit2, 3, 1, 1, 1)

        self.nameEdit3 = QLineEdit(CertificateDetails)
        self.nameEdit3.setObjectName(u"nameEdit3")
        self.nameEdit3.setMaxLength(80)

        self.detailsGrid.addWidget(self.nameEdit3, 4, 1, 1, 1)

        self.titleEdit3 = QLineEdit(CertificateDetails)
        self.titleEdit3.setObjectName(u"titleEdit3")
        self.titleEdit3.setMaxLength(100)

        self.detailsGrid.addWidget(self.titleEdit3, 5, 1, 1, 1)

        self.logosTitle = QLabel(CertificateDetails)
        self.logosTitle.setObjectName(u"logosTitle")

        self.detailsGrid.addWidget(self.logosTitle, 6, 0, 1, 1)

        self.logosLabel = QLabel(CertificateDetails)
        self.logosLabel.setObjectName(u"logosLabel")
        self.logosLabel.setText(u"")

        self.detailsGrid.addWidget(self.logosLabel, 6, 1, 1, 1)

        self.logosRow = QHBoxLayout()
        self.logosRow.setObjectName(u"logosRow")
        self.addLogoButton = QPushButton(CertificateDetails)
        self.addLogoButton.setObjectName(u"addLogoButton")

        self.logosRow.addWidget(self.addLogoButton)

        self.clearLogosButton = QPushButton(CertificateDetails)
        self.clearLogosButton.setObjectName(u"clearLogosButton")

        self.logosRow.addWidget(self.clearLogosButton)


        self.detailsGrid.addLayout(self.logosRow, 7, 1, 1, 1)

        self.issuedCheck = QCheckBox(CertificateDetails)
        self.issuedCheck.setObjectName(u"issuedCheck")

        self.detailsGrid.addWidget(self.issuedCheck, 8, 0, 1, 1)

        self.issuedEdit = QDateEdit(CertificateDetails)
        self.issuedEdit.setObjectName(u"issuedEdit")
        self.issuedEdit.setCalendarPopup(True)

        self.detailsGrid.addWidget(self.issuedEdit, 8, 1, 1, 1)

        self.codeLabel = QLabel(CertificateDetails)
        self.codeLabel.setObjectName(u"codeLabel")

        self.detailsGrid.addWidget(self.codeLabel, 9, 0, 1, 1)

        self.codeEdit = QLineEdit(CertificateDetails)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(12)

        self.detailsGrid.addWidget(self.codeEdit, 9, 1, 1, 1)

#if QT_CONFIG(shortcut)
        self.signedLabel.setBuddy(self.nameEdit1)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CertificateDetails)

        QMetaObject.connectSlotsByName(CertificateDetails)
    # setupUi

    def retranslateUi(self, CertificateDetails):
        CertificateDetails.setTitle(QCoreApplication.translate("CertificateDetails", u"On every certificate", None))
        self.signedLabel.setText(QCoreApplication.translate("CertificateDetails", u"Si&gned by:", None))
        self.nameEdit1.setPlaceholderText(QCoreApplication.translate("CertificateDetails", u"Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit1.setAccessibleName(QCoreApplication.translate("CertificateDetails", u"First signatory's name", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit1.setPlaceholderText(QCoreApplication.translate("CertificateDetails", u"Title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit1.setAccessibleName(QCoreApplication.translate("CertificateDetails", u"First signatory's title", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit2.setPlaceholderText(QCoreApplication.translate("CertificateDetails", u"Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit2.setAccessibleName(QCoreApplication.translate("CertificateDetails", u"Second signatory's name", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit2.setPlaceholderText(QCoreApplication.translate("CertificateDetails", u"Title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit2.setAccessibleName(QCoreApplication.translate("CertificateDetails", u"Second signatory's title", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit3.setPlaceholderText(QCoreApplication.translate("CertificateDetails", u"Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit3.setAccessibleName(QCoreApplication.translate("CertificateDetails", u"Third signatory's name", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit3.setPlaceholderText(QCoreApplication.translate("CertificateDetails", u"Title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit3.setAccessibleName(QCoreApplication.translate("CertificateDetails", u"Third signatory's title", None))
#endif // QT_CONFIG(accessibility)
        self.logosTitle.setText(QCoreApplication.translate("CertificateDetails", u"Logos:", None))
        self.addLogoButton.setText(QCoreApplication.translate("CertificateDetails", u"&Add logo\u2026", None))
#if QT_CONFIG(tooltip)
        self.addLogoButton.setToolTip(QCoreApplication.translate("CertificateDetails", u"A PNG or JPEG file; up to three logos", None))
#endif // QT_CONFIG(tooltip)
        self.clearLogosButton.setText(QCoreApplication.translate("CertificateDetails", u"Remove logos", None))
        self.issuedCheck.setText(QCoreApplication.translate("CertificateDetails", u"Da&ted:", None))
#if QT_CONFIG(tooltip)
        self.issuedCheck.setToolTip(QCoreApplication.translate("CertificateDetails", u"Unticked: the event's last day", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.issuedEdit.setAccessibleName(QCoreApplication.translate("CertificateDetails", u"Date of issue", None))
#endif // QT_CONFIG(accessibility)
        self.codeLabel.setText(QCoreApplication.translate("CertificateDetails", u"N&umbers start:", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("CertificateDetails", u"What certificate numbers start with", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

