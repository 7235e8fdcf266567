from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingSettingsDto")


@_attrs_define
class AccountingSettingsDto:
    account_number_length: int | Unset = UNSET
    customer_account_format: None | str | Unset = UNSET
    customer_collective_account: None | str | Unset = UNSET
    expenses_import_vat_reverse_account_number: None | str | Unset = UNSET
    expenses_journal_code: None | str | Unset = UNSET
    expenses_subcontracting_vat_reverse_account_number: None | str | Unset = UNSET
    fees_accounting_account_number: None | str | Unset = UNSET
    generate_customer_account: bool | Unset = UNSET
    generate_supplier_account: bool | Unset = UNSET
    misc_journal_code: None | str | Unset = UNSET
    sales_deposit_accounting_account_number: None | str | Unset = UNSET
    sales_journal_code: None | str | Unset = UNSET
    sales_shipping_account_number: None | str | Unset = UNSET
    sales_vat_collection_accounting_account_number: None | str | Unset = UNSET
    supplier_account_format: None | str | Unset = UNSET
    supplier_collective_account: None | str | Unset = UNSET
    uncertain_account_number_root: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_number_length = self.account_number_length

        customer_account_format: None | str | Unset
        if isinstance(self.customer_account_format, Unset):
            customer_account_format = UNSET
        else:
            customer_account_format = self.customer_account_format

        customer_collective_account: None | str | Unset
        if isinstance(self.customer_collective_account, Unset):
            customer_collective_account = UNSET
        else:
            customer_collective_account = self.customer_collective_account

        expenses_import_vat_reverse_account_number: None | str | Unset
        if isinstance(self.expenses_import_vat_reverse_account_number, Unset):
            expenses_import_vat_reverse_account_number = UNSET
        else:
            expenses_import_vat_reverse_account_number = self.expenses_import_vat_reverse_account_number

        expenses_journal_code: None | str | Unset
        if isinstance(self.expenses_journal_code, Unset):
            expenses_journal_code = UNSET
        else:
            expenses_journal_code = self.expenses_journal_code

        expenses_subcontracting_vat_reverse_account_number: None | str | Unset
        if isinstance(self.expenses_subcontracting_vat_reverse_account_number, Unset):
            expenses_subcontracting_vat_reverse_account_number = UNSET
        else:
            expenses_subcontracting_vat_reverse_account_number = self.expenses_subcontracting_vat_reverse_account_number

        fees_accounting_account_number: None | str | Unset
        if isinstance(self.fees_accounting_account_number, Unset):
            fees_accounting_account_number = UNSET
        else:
            fees_accounting_account_number = self.fees_accounting_account_number

        generate_customer_account = self.generate_customer_account

        generate_supplier_account = self.generate_supplier_account

        misc_journal_code: None | str | Unset
        if isinstance(self.misc_journal_code, Unset):
            misc_journal_code = UNSET
        else:
            misc_journal_code = self.misc_journal_code

        sales_deposit_accounting_account_number: None | str | Unset
        if isinstance(self.sales_deposit_accounting_account_number, Unset):
            sales_deposit_accounting_account_number = UNSET
        else:
            sales_deposit_accounting_account_number = self.sales_deposit_accounting_account_number

        sales_journal_code: None | str | Unset
        if isinstance(self.sales_journal_code, Unset):
            sales_journal_code = UNSET
        else:
            sales_journal_code = self.sales_journal_code

        sales_shipping_account_number: None | str | Unset
        if isinstance(self.sales_shipping_account_number, Unset):
            sales_shipping_account_number = UNSET
        else:
            sales_shipping_account_number = self.sales_shipping_account_number

        sales_vat_collection_accounting_account_number: None | str | Unset
        if isinstance(self.sales_vat_collection_accounting_account_number, Unset):
            sales_vat_collection_accounting_account_number = UNSET
        else:
            sales_vat_collection_accounting_account_number = self.sales_vat_collection_accounting_account_number

        supplier_account_format: None | str | Unset
        if isinstance(self.supplier_account_format, Unset):
            supplier_account_format = UNSET
        else:
            supplier_account_format = self.supplier_account_format

        supplier_collective_account: None | str | Unset
        if isinstance(self.supplier_collective_account, Unset):
            supplier_collective_account = UNSET
        else:
            supplier_collective_account = self.supplier_collective_account

        uncertain_account_number_root: None | str | Unset
        if isinstance(self.uncertain_account_number_root, Unset):
            uncertain_account_number_root = UNSET
        else:
            uncertain_account_number_root = self.uncertain_account_number_root

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_number_length is not UNSET:
            field_dict["accountNumberLength"] = account_number_length
        if customer_account_format is not UNSET:
            field_dict["customerAccountFormat"] = customer_account_format
        if customer_collective_account is not UNSET:
            field_dict["customerCollectiveAccount"] = customer_collective_account
        if expenses_import_vat_reverse_account_number is not UNSET:
            field_dict["expensesImportVatReverseAccountNumber"] = expenses_import_vat_reverse_account_number
        if expenses_journal_code is not UNSET:
            field_dict["expensesJournalCode"] = expenses_journal_code
        if expenses_subcontracting_vat_reverse_account_number is not UNSET:
            field_dict["expensesSubcontractingVatReverseAccountNumber"] = (
                expenses_subcontracting_vat_reverse_account_number
            )
        if fees_accounting_account_number is not UNSET:
            field_dict["feesAccountingAccountNumber"] = fees_accounting_account_number
        if generate_customer_account is not UNSET:
            field_dict["generateCustomerAccount"] = generate_customer_account
        if generate_supplier_account is not UNSET:
            field_dict["generateSupplierAccount"] = generate_supplier_account
        if misc_journal_code is not UNSET:
            field_dict["miscJournalCode"] = misc_journal_code
        if sales_deposit_accounting_account_number is not UNSET:
            field_dict["salesDepositAccountingAccountNumber"] = sales_deposit_accounting_account_number
        if sales_journal_code is not UNSET:
            field_dict["salesJournalCode"] = sales_journal_code
        if sales_shipping_account_number is not UNSET:
            field_dict["salesShippingAccountNumber"] = sales_shipping_account_number
        if sales_vat_collection_accounting_account_number is not UNSET:
            field_dict["salesVatCollectionAccountingAccountNumber"] = sales_vat_collection_accounting_account_number
        if supplier_account_format is not UNSET:
            field_dict["supplierAccountFormat"] = supplier_account_format
        if supplier_collective_account is not UNSET:
            field_dict["supplierCollectiveAccount"] = supplier_collective_account
        if uncertain_account_number_root is not UNSET:
            field_dict["uncertainAccountNumberRoot"] = uncertain_account_number_root

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_number_length = d.pop("accountNumberLength", UNSET)

        def _parse_customer_account_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_account_format = _parse_customer_account_format(d.pop("customerAccountFormat", UNSET))

        def _parse_customer_collective_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_collective_account = _parse_customer_collective_account(d.pop("customerCollectiveAccount", UNSET))

        def _parse_expenses_import_vat_reverse_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expenses_import_vat_reverse_account_number = _parse_expenses_import_vat_reverse_account_number(
            d.pop("expensesImportVatReverseAccountNumber", UNSET)
        )

        def _parse_expenses_journal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expenses_journal_code = _parse_expenses_journal_code(d.pop("expensesJournalCode", UNSET))

        def _parse_expenses_subcontracting_vat_reverse_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expenses_subcontracting_vat_reverse_account_number = _parse_expenses_subcontracting_vat_reverse_account_number(
            d.pop("expensesSubcontractingVatReverseAccountNumber", UNSET)
        )

        def _parse_fees_accounting_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fees_accounting_account_number = _parse_fees_accounting_account_number(
            d.pop("feesAccountingAccountNumber", UNSET)
        )

        generate_customer_account = d.pop("generateCustomerAccount", UNSET)

        generate_supplier_account = d.pop("generateSupplierAccount", UNSET)

        def _parse_misc_journal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        misc_journal_code = _parse_misc_journal_code(d.pop("miscJournalCode", UNSET))

        def _parse_sales_deposit_accounting_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sales_deposit_accounting_account_number = _parse_sales_deposit_accounting_account_number(
            d.pop("salesDepositAccountingAccountNumber", UNSET)
        )

        def _parse_sales_journal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sales_journal_code = _parse_sales_journal_code(d.pop("salesJournalCode", UNSET))

        def _parse_sales_shipping_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sales_shipping_account_number = _parse_sales_shipping_account_number(d.pop("salesShippingAccountNumber", UNSET))

        def _parse_sales_vat_collection_accounting_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sales_vat_collection_accounting_account_number = _parse_sales_vat_collection_accounting_account_number(
            d.pop("salesVatCollectionAccountingAccountNumber", UNSET)
        )

        def _parse_supplier_account_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_account_format = _parse_supplier_account_format(d.pop("supplierAccountFormat", UNSET))

        def _parse_supplier_collective_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_collective_account = _parse_supplier_collective_account(d.pop("supplierCollectiveAccount", UNSET))

        def _parse_uncertain_account_number_root(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uncertain_account_number_root = _parse_uncertain_account_number_root(d.pop("uncertainAccountNumberRoot", UNSET))

        accounting_settings_dto = cls(
            account_number_length=account_number_length,
            customer_account_format=customer_account_format,
            customer_collective_account=customer_collective_account,
            expenses_import_vat_reverse_account_number=expenses_import_vat_reverse_account_number,
            expenses_journal_code=expenses_journal_code,
            expenses_subcontracting_vat_reverse_account_number=expenses_subcontracting_vat_reverse_account_number,
            fees_accounting_account_number=fees_accounting_account_number,
            generate_customer_account=generate_customer_account,
            generate_supplier_account=generate_supplier_account,
            misc_journal_code=misc_journal_code,
            sales_deposit_accounting_account_number=sales_deposit_accounting_account_number,
            sales_journal_code=sales_journal_code,
            sales_shipping_account_number=sales_shipping_account_number,
            sales_vat_collection_accounting_account_number=sales_vat_collection_accounting_account_number,
            supplier_account_format=supplier_account_format,
            supplier_collective_account=supplier_collective_account,
            uncertain_account_number_root=uncertain_account_number_root,
        )

        accounting_settings_dto.additional_properties = d
        return accounting_settings_dto

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
