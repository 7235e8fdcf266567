from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.payment_method import PaymentMethod
from ..models.product_type import ProductType
from ..types import Unset

T = TypeVar("T", bound="SalesSettingsDto")


@_attrs_define
class SalesSettingsDto:
    allow_inline_date: bool
    bto_b_settlement_term: None | SettlementTermDto
    bto_b_settlement_term_id: int | None
    bto_c_settlement_term: None | SettlementTermDto
    bto_c_settlement_term_id: int | None
    credits_: CreditSettingsDto | None
    default_product_classification: ClassificationDto | None
    default_service_classification: ClassificationDto | None
    default_shipping_classification: ClassificationDto | None
    general_terms_file: None | SharedFileDto
    general_terms_file_id: int | None
    invoices: InvoiceSettingsDto | None
    main_activity: None | ProductType
    margin_rate: float
    payment_method: None | PaymentMethod
    quotes: None | QuoteSettingsDto
    use_tax_included: bool
    vat_reverse_charge: bool
    """ VAT reverse charge """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Only the fields that are set."""
        shown = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in _attrs_fields(type(self))
            if field.name != "additional_properties" and not isinstance(getattr(self, field.name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        allow_inline_date = self.allow_inline_date

        bto_b_settlement_term: dict[str, Any] | None
        if isinstance(self.bto_b_settlement_term, SettlementTermDto):
            bto_b_settlement_term = self.bto_b_settlement_term.to_dict()
        else:
            bto_b_settlement_term = self.bto_b_settlement_term

        bto_b_settlement_term_id: int | None
        bto_b_settlement_term_id = self.bto_b_settlement_term_id

        bto_c_settlement_term: dict[str, Any] | None
        if isinstance(self.bto_c_settlement_term, SettlementTermDto):
            bto_c_settlement_term = self.bto_c_settlement_term.to_dict()
        else:
            bto_c_settlement_term = self.bto_c_settlement_term

        bto_c_settlement_term_id: int | None
        bto_c_settlement_term_id = self.bto_c_settlement_term_id

        credits_: dict[str, Any] | None
        if isinstance(self.credits_, CreditSettingsDto):
            credits_ = self.credits_.to_dict()
        else:
            credits_ = self.credits_

        default_product_classification: dict[str, Any] | None
        if isinstance(self.default_product_classification, ClassificationDto):
            default_product_classification = self.default_product_classification.to_dict()
        else:
            default_product_classification = self.default_product_classification

        default_service_classification: dict[str, Any] | None
        if isinstance(self.default_service_classification, ClassificationDto):
            default_service_classification = self.default_service_classification.to_dict()
        else:
            default_service_classification = self.default_service_classification

        default_shipping_classification: dict[str, Any] | None
        if isinstance(self.default_shipping_classification, ClassificationDto):
            default_shipping_classification = self.default_shipping_classification.to_dict()
        else:
            default_shipping_classification = self.default_shipping_classification

        general_terms_file: dict[str, Any] | None
        if isinstance(self.general_terms_file, SharedFileDto):
            general_terms_file = self.general_terms_file.to_dict()
        else:
            general_terms_file = self.general_terms_file

        general_terms_file_id: int | None
        general_terms_file_id = self.general_terms_file_id

        invoices: dict[str, Any] | None
        if isinstance(self.invoices, InvoiceSettingsDto):
            invoices = self.invoices.to_dict()
        else:
            invoices = self.invoices

        main_activity: None | str
        if isinstance(self.main_activity, ProductType):
            main_activity = self.main_activity.value
        else:
            main_activity = self.main_activity

        margin_rate = self.margin_rate

        payment_method: None | str
        if isinstance(self.payment_method, PaymentMethod):
            payment_method = self.payment_method.value
        else:
            payment_method = self.payment_method

        quotes: dict[str, Any] | None
        if isinstance(self.quotes, QuoteSettingsDto):
            quotes = self.quotes.to_dict()
        else:
            quotes = self.quotes

        use_tax_included = self.use_tax_included

        vat_reverse_charge = self.vat_reverse_charge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowInlineDate": allow_inline_date,
                "btoBSettlementTerm": bto_b_settlement_term,
                "btoBSettlementTermId": bto_b_settlement_term_id,
                "btoCSettlementTerm": bto_c_settlement_term,
                "btoCSettlementTermId": bto_c_settlement_term_id,
                "credits": credits_,
                "defaultProductClassification": default_product_classification,
                "defaultServiceClassification": default_service_classification,
                "defaultShippingClassification": default_shipping_classification,
                "generalTermsFile": general_terms_file,
                "generalTermsFileId": general_terms_file_id,
                "invoices": invoices,
                "mainActivity": main_activity,
                "marginRate": margin_rate,
                "paymentMethod": payment_method,
                "quotes": quotes,
                "useTaxIncluded": use_tax_included,
                "vatReverseCharge": vat_reverse_charge,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"allowInlineDate", "marginRate", "useTaxIncluded", "vatReverseCharge"}:
            missing = [
                name
                for name in ("allowInlineDate", "marginRate", "useTaxIncluded", "vatReverseCharge")
                if name not in d
            ]
            raise MissingFieldError(cls.__name__, missing)
        allow_inline_date = d.pop("allowInlineDate")

        bto_b_settlement_term = d.pop("btoBSettlementTerm", None)
        if bto_b_settlement_term is not None:
            try:
                if not isinstance(bto_b_settlement_term, dict):
                    raise TypeError()
                bto_b_settlement_term_type_1 = SettlementTermDto.from_dict(bto_b_settlement_term)

                bto_b_settlement_term = bto_b_settlement_term_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        bto_b_settlement_term_id = d.pop("btoBSettlementTermId", None)

        bto_c_settlement_term = d.pop("btoCSettlementTerm", None)
        if bto_c_settlement_term is not None:
            try:
                if not isinstance(bto_c_settlement_term, dict):
                    raise TypeError()
                bto_c_settlement_term_type_1 = SettlementTermDto.from_dict(bto_c_settlement_term)

                bto_c_settlement_term = bto_c_settlement_term_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        bto_c_settlement_term_id = d.pop("btoCSettlementTermId", None)

        credits_ = d.pop("credits", None)
        if credits_ is not None:
            try:
                if not isinstance(credits_, dict):
                    raise TypeError()
                credits_type_1 = CreditSettingsDto.from_dict(credits_)

                credits_ = credits_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        default_product_classification = d.pop("defaultProductClassification", None)
        if default_product_classification is not None:
            try:
                if not isinstance(default_product_classification, dict):
                    raise TypeError()
                default_product_classification_type_1 = ClassificationDto.from_dict(default_product_classification)

                default_product_classification = default_product_classification_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        default_service_classification = d.pop("defaultServiceClassification", None)
        if default_service_classification is not None:
            try:
                if not isinstance(default_service_classification, dict):
                    raise TypeError()
                default_service_classification_type_1 = ClassificationDto.from_dict(default_service_classification)

                default_service_classification = default_service_classification_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        default_shipping_classification = d.pop("defaultShippingClassification", None)
        if default_shipping_classification is not None:
            try:
                if not isinstance(default_shipping_classification, dict):
                    raise TypeError()
                default_shipping_classification_type_1 = ClassificationDto.from_dict(default_shipping_classification)

                default_shipping_classification = default_shipping_classification_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        general_terms_file = d.pop("generalTermsFile", None)
        if general_terms_file is not None:
            try:
                if not isinstance(general_terms_file, dict):
                    raise TypeError()
                general_terms_file_type_1 = SharedFileDto.from_dict(general_terms_file)

                general_terms_file = general_terms_file_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        general_terms_file_id = d.pop("generalTermsFileId", None)

        invoices = d.pop("invoices", None)
        if invoices is not None:
            try:
                if not isinstance(invoices, dict):
                    raise TypeError()
                invoices_type_1 = InvoiceSettingsDto.from_dict(invoices)

                invoices = invoices_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        main_activity = d.pop("mainActivity", None)
        if main_activity is not None:
            try:
                if not isinstance(main_activity, str):
                    raise TypeError()
                main_activity_type_1 = (
                    ProductType._value2member_map_.get(main_activity) if isinstance(main_activity, str) else None
                ) or ProductType(main_activity)

                main_activity = main_activity_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        margin_rate = d.pop("marginRate")

        payment_method = d.pop("paymentMethod", None)
        if payment_method is not None:
            try:
                if not isinstance(payment_method, str):
                    raise TypeError()
                payment_method_type_1 = (
                    PaymentMethod._value2member_map_.get(payment_method) if isinstance(payment_method, str) else None
                ) or PaymentMethod(payment_method)

                payment_method = payment_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        quotes = d.pop("quotes", None)
        if quotes is not None:
            try:
                if not isinstance(quotes, dict):
                    raise TypeError()
                quotes_type_1 = QuoteSettingsDto.from_dict(quotes)

                quotes = quotes_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        use_tax_included = d.pop("useTaxIncluded")

        vat_reverse_charge = d.pop("vatReverseCharge")

        sales_settings_dto = cls(
            allow_inline_date,
            bto_b_settlement_term,
            bto_b_settlement_term_id,
            bto_c_settlement_term,
            bto_c_settlement_term_id,
            credits_,
            default_product_classification,
            default_service_classification,
            default_shipping_classification,
            general_terms_file,
            general_terms_file_id,
            invoices,
            main_activity,
            margin_rate,
            payment_method,
            quotes,
            use_tax_included,
            vat_reverse_charge,
        )

        if d:
            sales_settings_dto.additional_properties = d
        return sales_settings_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported here, after the class, not at the top: models refer to each other in cycles.
from ..models.classification_dto import ClassificationDto  # noqa: E402
from ..models.credit_settings_dto import CreditSettingsDto  # noqa: E402
from ..models.invoice_settings_dto import InvoiceSettingsDto  # noqa: E402
from ..models.quote_settings_dto import QuoteSettingsDto  # noqa: E402
from ..models.settlement_term_dto import SettlementTermDto  # noqa: E402
from ..models.shared_file_dto import SharedFileDto  # noqa: E402
