"""Contains all the data models used in inputs/outputs (each imported on first use)"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .accounting_settings_dto import AccountingSettingsDto
    from .address_fields import AddressFields
    from .address_fields_input import AddressFieldsInput
    from .bank_provider import BankProvider
    from .billing_options import BillingOptions
    from .billing_options_input import BillingOptionsInput
    from .classification import Classification
    from .classification_dto import ClassificationDto
    from .classification_dto_metadatas_type_0 import ClassificationDtoMetadatasType0
    from .classification_type import ClassificationType
    from .colleague import Colleague
    from .colleague_input import ColleagueInput
    from .colleague_input_metadatas_type_0 import ColleagueInputMetadatasType0
    from .colleague_metadatas_type_0 import ColleagueMetadatasType0
    from .commitment import Commitment
    from .commitment_input import CommitmentInput
    from .commitment_status import CommitmentStatus
    from .company_info import CompanyInfo
    from .company_info_input import CompanyInfoInput
    from .company_info_link_provider import CompanyInfoLinkProvider
    from .company_settings_dto import CompanySettingsDto
    from .condition_type import ConditionType
    from .contact import Contact
    from .contact_fields import ContactFields
    from .contact_fields_input import ContactFieldsInput
    from .contact_input import ContactInput
    from .contact_name_display import ContactNameDisplay
    from .create_product_image_body import CreateProductImageBody
    from .create_purchase_invoice_from_file_body import CreatePurchaseInvoiceFromFileBody
    from .credit import Credit
    from .credit_input import CreditInput
    from .credit_input_metadata_type_0 import CreditInputMetadataType0
    from .credit_metadata_type_0 import CreditMetadataType0
    from .credit_settings_dto import CreditSettingsDto
    from .customer import Customer
    from .customer_family import CustomerFamily
    from .customer_family_input import CustomerFamilyInput
    from .customer_input import CustomerInput
    from .customer_type import CustomerType
    from .delay_type import DelayType
    from .discount import Discount
    from .discount_input import DiscountInput
    from .discount_type import DiscountType
    from .email_attachment_dto import EmailAttachmentDto
    from .email_credit_settings_dto import EmailCreditSettingsDto
    from .email_homecare_service_settings_dto import EmailHomecareServiceSettingsDto
    from .email_invoice_settings_dto import EmailInvoiceSettingsDto
    from .email_quote_settings_dto import EmailQuoteSettingsDto
    from .email_reminder_settings_dto import EmailReminderSettingsDto
    from .email_style_settings_dto import EmailStyleSettingsDto
    from .emailing_settings_dto import EmailingSettingsDto
    from .error import Error
    from .expense_status import ExpenseStatus
    from .general_settings_dto import GeneralSettingsDto
    from .hello import Hello
    from .invoice import Invoice
    from .invoice_input import InvoiceInput
    from .invoice_input_metadata_type_0 import InvoiceInputMetadataType0
    from .invoice_metadata_type_0 import InvoiceMetadataType0
    from .invoice_settings_dto import InvoiceSettingsDto
    from .invoice_status_filter import InvoiceStatusFilter
    from .ip_link_provider import IPLinkProvider
    from .line_type import LineType
    from .map_link_provider import MapLinkProvider
    from .micro_business_declaration_types import MicroBusinessDeclarationTypes
    from .pay_invoice import PayInvoice
    from .pay_invoice_metadata_type_0 import PayInvoiceMetadataType0
    from .payment_method import PaymentMethod
    from .payment_status import PaymentStatus
    from .problem_details import ProblemDetails
    from .product import Product
    from .product_family import ProductFamily
    from .product_family_input import ProductFamilyInput
    from .product_input import ProductInput
    from .product_type import ProductType
    from .purchase_invoice import PurchaseInvoice
    from .quote import Quote
    from .quote_input import QuoteInput
    from .quote_input_metadata_type_0 import QuoteInputMetadataType0
    from .quote_metadata_type_0 import QuoteMetadataType0
    from .quote_settings_dto import QuoteSettingsDto
    from .quote_status import QuoteStatus
    from .receipt import Receipt
    from .receipt_input import ReceiptInput
    from .receipt_input_metadata_type_0 import ReceiptInputMetadataType0
    from .receipt_link import ReceiptLink
    from .receipt_link_input import ReceiptLinkInput
    from .receipt_link_type import ReceiptLinkType
    from .receipt_metadata_type_0 import ReceiptMetadataType0
    from .refund_credit import RefundCredit
    from .refund_credit_metadata_type_0 import RefundCreditMetadataType0
    from .sale_document_line import SaleDocumentLine
    from .sale_document_line_input import SaleDocumentLineInput
    from .sale_quote_query_filter import SaleQuoteQueryFilter
    from .sales_settings_dto import SalesSettingsDto
    from .settings import Settings
    from .settlement_term_condition_dto import SettlementTermConditionDto
    from .settlement_term_dto import SettlementTermDto
    from .shared_file_dto import SharedFileDto
    from .shared_file_dto_metadatas_type_0 import SharedFileDtoMetadatasType0
    from .socials import Socials
    from .supplier import Supplier
    from .supplier_input import SupplierInput
    from .third_contact import ThirdContact
    from .unit import Unit
    from .unit_input import UnitInput
    from .unit_type import UnitType
    from .user import User
    from .user_profile import UserProfile
    from .user_status import UserStatus
    from .vat import Vat
    from .vat_declaration_periodicity import VatDeclarationPeriodicity
    from .vat_dto import VatDto
    from .vat_input import VatInput
    from .vat_mode import VatMode
    from .vat_region import VatRegion
    from .vat_settings_dto import VatSettingsDto
    from .vat_summary import VatSummary
    from .vat_summary_input import VatSummaryInput
    from .webhook import Webhook
    from .webhook_input import WebhookInput
    from .webhook_type import WebhookType

__all__ = (
    "AccountingSettingsDto",
    "AddressFields",
    "AddressFieldsInput",
    "BankProvider",
    "BillingOptions",
    "BillingOptionsInput",
    "Classification",
    "ClassificationDto",
    "ClassificationDtoMetadatasType0",
    "ClassificationType",
    "Colleague",
    "ColleagueInput",
    "ColleagueInputMetadatasType0",
    "ColleagueMetadatasType0",
    "Commitment",
    "CommitmentInput",
    "CommitmentStatus",
    "CompanyInfo",
    "CompanyInfoInput",
    "CompanyInfoLinkProvider",
    "CompanySettingsDto",
    "ConditionType",
    "Contact",
    "ContactFields",
    "ContactFieldsInput",
    "ContactInput",
    "ContactNameDisplay",
    "CreateProductImageBody",
    "CreatePurchaseInvoiceFromFileBody",
    "Credit",
    "CreditInput",
    "CreditInputMetadataType0",
    "CreditMetadataType0",
    "CreditSettingsDto",
    "Customer",
    "CustomerFamily",
    "CustomerFamilyInput",
    "CustomerInput",
    "CustomerType",
    "DelayType",
    "Discount",
    "DiscountInput",
    "DiscountType",
    "EmailAttachmentDto",
    "EmailCreditSettingsDto",
    "EmailHomecareServiceSettingsDto",
    "EmailingSettingsDto",
    "EmailInvoiceSettingsDto",
    "EmailQuoteSettingsDto",
    "EmailReminderSettingsDto",
    "EmailStyleSettingsDto",
    "Error",
    "ExpenseStatus",
    "GeneralSettingsDto",
    "Hello",
    "Invoice",
    "InvoiceInput",
    "InvoiceInputMetadataType0",
    "InvoiceMetadataType0",
    "InvoiceSettingsDto",
    "InvoiceStatusFilter",
    "IPLinkProvider",
    "LineType",
    "MapLinkProvider",
    "MicroBusinessDeclarationTypes",
    "PayInvoice",
    "PayInvoiceMetadataType0",
    "PaymentMethod",
    "PaymentStatus",
    "ProblemDetails",
    "Product",
    "ProductFamily",
    "ProductFamilyInput",
    "ProductInput",
    "ProductType",
    "PurchaseInvoice",
    "Quote",
    "QuoteInput",
    "QuoteInputMetadataType0",
    "QuoteMetadataType0",
    "QuoteSettingsDto",
    "QuoteStatus",
    "Receipt",
    "ReceiptInput",
    "ReceiptInputMetadataType0",
    "ReceiptLink",
    "ReceiptLinkInput",
    "ReceiptLinkType",
    "ReceiptMetadataType0",
    "RefundCredit",
    "RefundCreditMetadataType0",
    "SaleDocumentLine",
    "SaleDocumentLineInput",
    "SaleQuoteQueryFilter",
    "SalesSettingsDto",
    "Settings",
    "SettlementTermConditionDto",
    "SettlementTermDto",
    "SharedFileDto",
    "SharedFileDtoMetadatasType0",
    "Socials",
    "Supplier",
    "SupplierInput",
    "ThirdContact",
    "Unit",
    "UnitInput",
    "UnitType",
    "User",
    "UserProfile",
    "UserStatus",
    "Vat",
    "VatDeclarationPeriodicity",
    "VatDto",
    "VatInput",
    "VatMode",
    "VatRegion",
    "VatSettingsDto",
    "VatSummary",
    "VatSummaryInput",
    "Webhook",
    "WebhookInput",
    "WebhookType",
)

_MODULES = {
    "AccountingSettingsDto": ".accounting_settings_dto",
    "AddressFields": ".address_fields",
    "AddressFieldsInput": ".address_fields_input",
    "BankProvider": ".bank_provider",
    "BillingOptions": ".billing_options",
    "BillingOptionsInput": ".billing_options_input",
    "Classification": ".classification",
    "ClassificationDto": ".classification_dto",
    "ClassificationDtoMetadatasType0": ".classification_dto_metadatas_type_0",
    "ClassificationType": ".classification_type",
    "Colleague": ".colleague",
    "ColleagueInput": ".colleague_input",
    "ColleagueInputMetadatasType0": ".colleague_input_metadatas_type_0",
    "ColleagueMetadatasType0": ".colleague_metadatas_type_0",
    "Commitment": ".commitment",
    "CommitmentInput": ".commitment_input",
    "CommitmentStatus": ".commitment_status",
    "CompanyInfo": ".company_info",
    "CompanyInfoInput": ".company_info_input",
    "CompanyInfoLinkProvider": ".company_info_link_provider",
    "CompanySettingsDto": ".company_settings_dto",
    "ConditionType": ".condition_type",
    "Contact": ".contact",
    "ContactFields": ".contact_fields",
    "ContactFieldsInput": ".contact_fields_input",
    "ContactInput": ".contact_input",
    "ContactNameDisplay": ".contact_name_display",
    "CreateProductImageBody": ".create_product_image_body",
    "CreatePurchaseInvoiceFromFileBody": ".create_purchase_invoice_from_file_body",
    "Credit": ".credit",
    "CreditInput": ".credit_input",
    "CreditInputMetadataType0": ".credit_input_metadata_type_0",
    "CreditMetadataType0": ".credit_metadata_type_0",
    "CreditSettingsDto": ".credit_settings_dto",
    "Customer": ".customer",
    "CustomerFamily": ".customer_family",
    "CustomerFamilyInput": ".customer_family_input",
    "CustomerInput": ".customer_input",
    "CustomerType": ".customer_type",
    "DelayType": ".delay_type",
    "Discount": ".discount",
    "DiscountInput": ".discount_input",
    "DiscountType": ".discount_type",
    "EmailAttachmentDto": ".email_attachment_dto",
    "EmailCreditSettingsDto": ".email_credit_settings_dto",
    "EmailHomecareServiceSettingsDto": ".email_homecare_service_settings_dto",
    "EmailInvoiceSettingsDto": ".email_invoice_settings_dto",
    "EmailQuoteSettingsDto": ".email_quote_settings_dto",
    "EmailReminderSettingsDto": ".email_reminder_settings_dto",
    "EmailStyleSettingsDto": ".email_style_settings_dto",
    "EmailingSettingsDto": ".emailing_settings_dto",
    "Error": ".error",
    "ExpenseStatus": ".expense_status",
    "GeneralSettingsDto": ".general_settings_dto",
    "Hello": ".hello",
    "Invoice": ".invoice",
    "InvoiceInput": ".invoice_input",
    "InvoiceInputMetadataType0": ".invoice_input_metadata_type_0",
    "InvoiceMetadataType0": ".invoice_metadata_type_0",
    "InvoiceSettingsDto": ".invoice_settings_dto",
    "InvoiceStatusFilter": ".invoice_status_filter",
    "IPLinkProvider": ".ip_link_provider",
    "LineType": ".line_type",
    "MapLinkProvider": ".map_link_provider",
    "MicroBusinessDeclarationTypes": ".micro_business_declaration_types",
    "PayInvoice": ".pay_invoice",
    "PayInvoiceMetadataType0": ".pay_invoice_metadata_type_0",
    "PaymentMethod": ".payment_method",
    "PaymentStatus": ".payment_status",
    "ProblemDetails": ".problem_details",
    "Product": ".product",
    "ProductFamily": ".product_family",
    "ProductFamilyInput": ".product_family_input",
    "ProductInput": ".product_input",
    "ProductType": ".product_type",
    "PurchaseInvoice": ".purchase_invoice",
    "Quote": ".quote",
    "QuoteInput": ".quote_input",
    "QuoteInputMetadataType0": ".quote_input_metadata_type_0",
    "QuoteMetadataType0": ".quote_metadata_type_0",
    "QuoteSettingsDto": ".quote_settings_dto",
    "QuoteStatus": ".quote_status",
    "Receipt": ".receipt",
    "ReceiptInput": ".receipt_input",
    "ReceiptInputMetadataType0": ".receipt_input_metadata_type_0",
    "ReceiptLink": ".receipt_link",
    "ReceiptLinkInput": ".receipt_link_input",
    "ReceiptLinkType": ".receipt_link_type",
    "ReceiptMetadataType0": ".receipt_metadata_type_0",
    "RefundCredit": ".refund_credit",
    "RefundCreditMetadataType0": ".refund_credit_metadata_type_0",
    "SaleDocumentLine": ".sale_document_line",
    "SaleDocumentLineInput": ".sale_document_line_input",
    "SaleQuoteQueryFilter": ".sale_quote_query_filter",
    "SalesSettingsDto": ".sales_settings_dto",
    "Settings": ".settings",
    "SettlementTermConditionDto": ".settlement_term_condition_dto",
    "SettlementTermDto": ".settlement_term_dto",
    "SharedFileDto": ".shared_file_dto",
    "SharedFileDtoMetadatasType0": ".shared_file_dto_metadatas_type_0",
    "Socials": ".socials",
    "Supplier": ".supplier",
    "SupplierInput": ".supplier_input",
    "ThirdContact": ".third_contact",
    "Unit": ".unit",
    "UnitInput": ".unit_input",
    "UnitType": ".unit_type",
    "User": ".user",
    "UserProfile": ".user_profile",
    "UserStatus": ".user_status",
    "Vat": ".vat",
    "VatDeclarationPeriodicity": ".vat_declaration_periodicity",
    "VatDto": ".vat_dto",
    "VatInput": ".vat_input",
    "VatMode": ".vat_mode",
    "VatRegion": ".vat_region",
    "VatSettingsDto": ".vat_settings_dto",
    "VatSummary": ".vat_summary",
    "VatSummaryInput": ".vat_summary_input",
    "Webhook": ".webhook",
    "WebhookInput": ".webhook_input",
    "WebhookType": ".webhook_type",
}
"""The module of each model, relative to this package."""

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # later lookups find it without calling __getattr__
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
