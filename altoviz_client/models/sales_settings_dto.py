from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.payment_method import PaymentMethod
from ..models.product_type import ProductType
from ..types import Unset

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
        from ..models.classification_dto import ClassificationDto  # noqa: PLC0415
        from ..models.credit_settings_dto import CreditSettingsDto  # noqa: PLC0415
        from ..models.invoice_settings_dto import InvoiceSettingsDto  # noqa: PLC0415
        from ..models.quote_settings_dto import QuoteSettingsDto  # noqa: PLC0415
        from ..models.settlement_term_dto import SettlementTermDto  # noqa: PLC0415
        from ..models.shared_file_dto import SharedFileDto  # noqa: PLC0415

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
        from ..models.classification_dto import ClassificationDto  # noqa: PLC0415
        from ..models.credit_settings_dto import CreditSettingsDto  # noqa: PLC0415
        from ..models.invoice_settings_dto import InvoiceSettingsDto  # noqa: PLC0415
        from ..models.quote_settings_dto import QuoteSettingsDto  # noqa: PLC0415
        from ..models.settlement_term_dto import SettlementTermDto  # noqa: PLC0415
        from ..models.shared_file_dto import SharedFileDto  # noqa: PLC0415

        d = dict(src_dict)
        missing = [
            name
            for name in (
                "allowInlineDate",
                "marginRate",
                "useTaxIncluded",
                "vatReverseCharge",
            )
            if name not in d
        ]
        if missing:
            raise MissingFieldError(cls.__name__, missing)
        allow_inline_date = d.pop("allowInlineDate")

        def _parse_bto_b_settlement_term(data: object) -> None | SettlementTermDto:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bto_b_settlement_term_type_1 = SettlementTermDto.from_dict(data)

                return bto_b_settlement_term_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SettlementTermDto, data)

        bto_b_settlement_term = _parse_bto_b_settlement_term(d.pop("btoBSettlementTerm", None))

        def _parse_bto_b_settlement_term_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        bto_b_settlement_term_id = _parse_bto_b_settlement_term_id(d.pop("btoBSettlementTermId", None))

        def _parse_bto_c_settlement_term(data: object) -> None | SettlementTermDto:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bto_c_settlement_term_type_1 = SettlementTermDto.from_dict(data)

                return bto_c_settlement_term_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SettlementTermDto, data)

        bto_c_settlement_term = _parse_bto_c_settlement_term(d.pop("btoCSettlementTerm", None))

        def _parse_bto_c_settlement_term_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        bto_c_settlement_term_id = _parse_bto_c_settlement_term_id(d.pop("btoCSettlementTermId", None))

        def _parse_credits_(data: object) -> CreditSettingsDto | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credits_type_1 = CreditSettingsDto.from_dict(data)

                return credits_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditSettingsDto | None, data)

        credits_ = _parse_credits_(d.pop("credits", None))

        def _parse_default_product_classification(data: object) -> ClassificationDto | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_product_classification_type_1 = ClassificationDto.from_dict(data)

                return default_product_classification_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClassificationDto | None, data)

        default_product_classification = _parse_default_product_classification(
            d.pop("defaultProductClassification", None)
        )

        def _parse_default_service_classification(data: object) -> ClassificationDto | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_service_classification_type_1 = ClassificationDto.from_dict(data)

                return default_service_classification_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClassificationDto | None, data)

        default_service_classification = _parse_default_service_classification(
            d.pop("defaultServiceClassification", None)
        )

        def _parse_default_shipping_classification(data: object) -> ClassificationDto | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_shipping_classification_type_1 = ClassificationDto.from_dict(data)

                return default_shipping_classification_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClassificationDto | None, data)

        default_shipping_classification = _parse_default_shipping_classification(
            d.pop("defaultShippingClassification", None)
        )

        def _parse_general_terms_file(data: object) -> None | SharedFileDto:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                general_terms_file_type_1 = SharedFileDto.from_dict(data)

                return general_terms_file_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SharedFileDto, data)

        general_terms_file = _parse_general_terms_file(d.pop("generalTermsFile", None))

        def _parse_general_terms_file_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        general_terms_file_id = _parse_general_terms_file_id(d.pop("generalTermsFileId", None))

        def _parse_invoices(data: object) -> InvoiceSettingsDto | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoices_type_1 = InvoiceSettingsDto.from_dict(data)

                return invoices_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceSettingsDto | None, data)

        invoices = _parse_invoices(d.pop("invoices", None))

        def _parse_main_activity(data: object) -> None | ProductType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                main_activity_type_1 = ProductType(data)

                return main_activity_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductType, data)

        main_activity = _parse_main_activity(d.pop("mainActivity", None))

        margin_rate = d.pop("marginRate")

        def _parse_payment_method(data: object) -> None | PaymentMethod:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_method_type_1 = PaymentMethod(data)

                return payment_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethod, data)

        payment_method = _parse_payment_method(d.pop("paymentMethod", None))

        def _parse_quotes(data: object) -> None | QuoteSettingsDto:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quotes_type_1 = QuoteSettingsDto.from_dict(data)

                return quotes_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuoteSettingsDto, data)

        quotes = _parse_quotes(d.pop("quotes", None))

        use_tax_included = d.pop("useTaxIncluded")

        vat_reverse_charge = d.pop("vatReverseCharge")

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
