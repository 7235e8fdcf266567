from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method import PaymentMethod
from ..models.product_type import ProductType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classification_dto import ClassificationDto
    from ..models.credit_settings_dto import CreditSettingsDto
    from ..models.invoice_settings_dto import InvoiceSettingsDto
    from ..models.quote_settings_dto import QuoteSettingsDto
    from ..models.settlement_term_dto import SettlementTermDto
    from ..models.shared_file_dto import SharedFileDto


T = TypeVar("T", bound="SalesSettingsDto")


@_attrs_define
class SalesSettingsDto:
    allow_inline_date: bool | Unset = UNSET
    bto_b_settlement_term: None | SettlementTermDto | Unset = UNSET
    bto_b_settlement_term_id: int | None | Unset = UNSET
    bto_c_settlement_term: None | SettlementTermDto | Unset = UNSET
    bto_c_settlement_term_id: int | None | Unset = UNSET
    credits_: CreditSettingsDto | None | Unset = UNSET
    default_product_classification: ClassificationDto | None | Unset = UNSET
    default_service_classification: ClassificationDto | None | Unset = UNSET
    default_shipping_classification: ClassificationDto | None | Unset = UNSET
    general_terms_file: None | SharedFileDto | Unset = UNSET
    general_terms_file_id: int | None | Unset = UNSET
    invoices: InvoiceSettingsDto | None | Unset = UNSET
    main_activity: None | ProductType | Unset = UNSET
    margin_rate: float | Unset = UNSET
    payment_method: None | PaymentMethod | Unset = UNSET
    quotes: None | QuoteSettingsDto | Unset = UNSET
    use_tax_included: bool | Unset = UNSET
    vat_reverse_charge: bool | Unset = UNSET
    """ VAT reverse charge """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.classification_dto import ClassificationDto  # noqa: PLC0415
        from ..models.credit_settings_dto import CreditSettingsDto  # noqa: PLC0415
        from ..models.invoice_settings_dto import InvoiceSettingsDto  # noqa: PLC0415
        from ..models.quote_settings_dto import QuoteSettingsDto  # noqa: PLC0415
        from ..models.settlement_term_dto import SettlementTermDto  # noqa: PLC0415
        from ..models.shared_file_dto import SharedFileDto  # noqa: PLC0415

        allow_inline_date = self.allow_inline_date

        bto_b_settlement_term: dict[str, Any] | None | Unset
        if isinstance(self.bto_b_settlement_term, Unset):
            bto_b_settlement_term = UNSET
        elif isinstance(self.bto_b_settlement_term, SettlementTermDto):
            bto_b_settlement_term = self.bto_b_settlement_term.to_dict()
        else:
            bto_b_settlement_term = self.bto_b_settlement_term

        bto_b_settlement_term_id: int | None | Unset
        if isinstance(self.bto_b_settlement_term_id, Unset):
            bto_b_settlement_term_id = UNSET
        else:
            bto_b_settlement_term_id = self.bto_b_settlement_term_id

        bto_c_settlement_term: dict[str, Any] | None | Unset
        if isinstance(self.bto_c_settlement_term, Unset):
            bto_c_settlement_term = UNSET
        elif isinstance(self.bto_c_settlement_term, SettlementTermDto):
            bto_c_settlement_term = self.bto_c_settlement_term.to_dict()
        else:
            bto_c_settlement_term = self.bto_c_settlement_term

        bto_c_settlement_term_id: int | None | Unset
        if isinstance(self.bto_c_settlement_term_id, Unset):
            bto_c_settlement_term_id = UNSET
        else:
            bto_c_settlement_term_id = self.bto_c_settlement_term_id

        credits_: dict[str, Any] | None | Unset
        if isinstance(self.credits_, Unset):
            credits_ = UNSET
        elif isinstance(self.credits_, CreditSettingsDto):
            credits_ = self.credits_.to_dict()
        else:
            credits_ = self.credits_

        default_product_classification: dict[str, Any] | None | Unset
        if isinstance(self.default_product_classification, Unset):
            default_product_classification = UNSET
        elif isinstance(self.default_product_classification, ClassificationDto):
            default_product_classification = self.default_product_classification.to_dict()
        else:
            default_product_classification = self.default_product_classification

        default_service_classification: dict[str, Any] | None | Unset
        if isinstance(self.default_service_classification, Unset):
            default_service_classification = UNSET
        elif isinstance(self.default_service_classification, ClassificationDto):
            default_service_classification = self.default_service_classification.to_dict()
        else:
            default_service_classification = self.default_service_classification

        default_shipping_classification: dict[str, Any] | None | Unset
        if isinstance(self.default_shipping_classification, Unset):
            default_shipping_classification = UNSET
        elif isinstance(self.default_shipping_classification, ClassificationDto):
            default_shipping_classification = self.default_shipping_classification.to_dict()
        else:
            default_shipping_classification = self.default_shipping_classification

        general_terms_file: dict[str, Any] | None | Unset
        if isinstance(self.general_terms_file, Unset):
            general_terms_file = UNSET
        elif isinstance(self.general_terms_file, SharedFileDto):
            general_terms_file = self.general_terms_file.to_dict()
        else:
            general_terms_file = self.general_terms_file

        general_terms_file_id: int | None | Unset
        if isinstance(self.general_terms_file_id, Unset):
            general_terms_file_id = UNSET
        else:
            general_terms_file_id = self.general_terms_file_id

        invoices: dict[str, Any] | None | Unset
        if isinstance(self.invoices, Unset):
            invoices = UNSET
        elif isinstance(self.invoices, InvoiceSettingsDto):
            invoices = self.invoices.to_dict()
        else:
            invoices = self.invoices

        main_activity: None | str | Unset
        if isinstance(self.main_activity, Unset):
            main_activity = UNSET
        elif isinstance(self.main_activity, ProductType):
            main_activity = self.main_activity.value
        else:
            main_activity = self.main_activity

        margin_rate = self.margin_rate

        payment_method: None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        elif isinstance(self.payment_method, PaymentMethod):
            payment_method = self.payment_method.value
        else:
            payment_method = self.payment_method

        quotes: dict[str, Any] | None | Unset
        if isinstance(self.quotes, Unset):
            quotes = UNSET
        elif isinstance(self.quotes, QuoteSettingsDto):
            quotes = self.quotes.to_dict()
        else:
            quotes = self.quotes

        use_tax_included = self.use_tax_included

        vat_reverse_charge = self.vat_reverse_charge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_inline_date is not UNSET:
            field_dict["allowInlineDate"] = allow_inline_date
        if bto_b_settlement_term is not UNSET:
            field_dict["btoBSettlementTerm"] = bto_b_settlement_term
        if bto_b_settlement_term_id is not UNSET:
            field_dict["btoBSettlementTermId"] = bto_b_settlement_term_id
        if bto_c_settlement_term is not UNSET:
            field_dict["btoCSettlementTerm"] = bto_c_settlement_term
        if bto_c_settlement_term_id is not UNSET:
            field_dict["btoCSettlementTermId"] = bto_c_settlement_term_id
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if default_product_classification is not UNSET:
            field_dict["defaultProductClassification"] = default_product_classification
        if default_service_classification is not UNSET:
            field_dict["defaultServiceClassification"] = default_service_classification
        if default_shipping_classification is not UNSET:
            field_dict["defaultShippingClassification"] = default_shipping_classification
        if general_terms_file is not UNSET:
            field_dict["generalTermsFile"] = general_terms_file
        if general_terms_file_id is not UNSET:
            field_dict["generalTermsFileId"] = general_terms_file_id
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if main_activity is not UNSET:
            field_dict["mainActivity"] = main_activity
        if margin_rate is not UNSET:
            field_dict["marginRate"] = margin_rate
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if quotes is not UNSET:
            field_dict["quotes"] = quotes
        if use_tax_included is not UNSET:
            field_dict["useTaxIncluded"] = use_tax_included
        if vat_reverse_charge is not UNSET:
            field_dict["vatReverseCharge"] = vat_reverse_charge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classification_dto import ClassificationDto  # noqa: PLC0415
        from ..models.credit_settings_dto import CreditSettingsDto  # noqa: PLC0415
        from ..models.invoice_settings_dto import InvoiceSettingsDto  # noqa: PLC0415
        from ..models.quote_settings_dto import QuoteSettingsDto  # noqa: PLC0415
        from ..models.settlement_term_dto import SettlementTermDto  # noqa: PLC0415
        from ..models.shared_file_dto import SharedFileDto  # noqa: PLC0415

        d = dict(src_dict)
        allow_inline_date = d.pop("allowInlineDate", UNSET)

        def _parse_bto_b_settlement_term(data: object) -> None | SettlementTermDto | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bto_b_settlement_term_type_1 = SettlementTermDto.from_dict(data)

                return bto_b_settlement_term_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SettlementTermDto | Unset, data)

        bto_b_settlement_term = _parse_bto_b_settlement_term(d.pop("btoBSettlementTerm", UNSET))

        def _parse_bto_b_settlement_term_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bto_b_settlement_term_id = _parse_bto_b_settlement_term_id(d.pop("btoBSettlementTermId", UNSET))

        def _parse_bto_c_settlement_term(data: object) -> None | SettlementTermDto | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bto_c_settlement_term_type_1 = SettlementTermDto.from_dict(data)

                return bto_c_settlement_term_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SettlementTermDto | Unset, data)

        bto_c_settlement_term = _parse_bto_c_settlement_term(d.pop("btoCSettlementTerm", UNSET))

        def _parse_bto_c_settlement_term_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bto_c_settlement_term_id = _parse_bto_c_settlement_term_id(d.pop("btoCSettlementTermId", UNSET))

        def _parse_credits_(data: object) -> CreditSettingsDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credits_type_1 = CreditSettingsDto.from_dict(data)

                return credits_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditSettingsDto | None | Unset, data)

        credits_ = _parse_credits_(d.pop("credits", UNSET))

        def _parse_default_product_classification(data: object) -> ClassificationDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_product_classification_type_1 = ClassificationDto.from_dict(data)

                return default_product_classification_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClassificationDto | None | Unset, data)

        default_product_classification = _parse_default_product_classification(
            d.pop("defaultProductClassification", UNSET)
        )

        def _parse_default_service_classification(data: object) -> ClassificationDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_service_classification_type_1 = ClassificationDto.from_dict(data)

                return default_service_classification_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClassificationDto | None | Unset, data)

        default_service_classification = _parse_default_service_classification(
            d.pop("defaultServiceClassification", UNSET)
        )

        def _parse_default_shipping_classification(data: object) -> ClassificationDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_shipping_classification_type_1 = ClassificationDto.from_dict(data)

                return default_shipping_classification_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClassificationDto | None | Unset, data)

        default_shipping_classification = _parse_default_shipping_classification(
            d.pop("defaultShippingClassification", UNSET)
        )

        def _parse_general_terms_file(data: object) -> None | SharedFileDto | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                general_terms_file_type_1 = SharedFileDto.from_dict(data)

                return general_terms_file_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SharedFileDto | Unset, data)

        general_terms_file = _parse_general_terms_file(d.pop("generalTermsFile", UNSET))

        def _parse_general_terms_file_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        general_terms_file_id = _parse_general_terms_file_id(d.pop("generalTermsFileId", UNSET))

        def _parse_invoices(data: object) -> InvoiceSettingsDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoices_type_1 = InvoiceSettingsDto.from_dict(data)

                return invoices_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceSettingsDto | None | Unset, data)

        invoices = _parse_invoices(d.pop("invoices", UNSET))

        def _parse_main_activity(data: object) -> None | ProductType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                main_activity_type_1 = ProductType(data)

                return main_activity_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductType | Unset, data)

        main_activity = _parse_main_activity(d.pop("mainActivity", UNSET))

        margin_rate = d.pop("marginRate", UNSET)

        def _parse_payment_method(data: object) -> None | PaymentMethod | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_method_type_1 = PaymentMethod(data)

                return payment_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethod | Unset, data)

        payment_method = _parse_payment_method(d.pop("paymentMethod", UNSET))

        def _parse_quotes(data: object) -> None | QuoteSettingsDto | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quotes_type_1 = QuoteSettingsDto.from_dict(data)

                return quotes_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuoteSettingsDto | Unset, data)

        quotes = _parse_quotes(d.pop("quotes", UNSET))

        use_tax_included = d.pop("useTaxIncluded", UNSET)

        vat_reverse_charge = d.pop("vatReverseCharge", UNSET)

        sales_settings_dto = cls(
            allow_inline_date=allow_inline_date,
            bto_b_settlement_term=bto_b_settlement_term,
            bto_b_settlement_term_id=bto_b_settlement_term_id,
            bto_c_settlement_term=bto_c_settlement_term,
            bto_c_settlement_term_id=bto_c_settlement_term_id,
            credits_=credits_,
            default_product_classification=default_product_classification,
            default_service_classification=default_service_classification,
            default_shipping_classification=default_shipping_classification,
            general_terms_file=general_terms_file,
            general_terms_file_id=general_terms_file_id,
            invoices=invoices,
            main_activity=main_activity,
            margin_rate=margin_rate,
            payment_method=payment_method,
            quotes=quotes,
            use_tax_included=use_tax_included,
            vat_reverse_charge=vat_reverse_charge,
        )

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
