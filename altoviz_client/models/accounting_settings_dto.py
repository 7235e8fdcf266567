from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..types import Unset

T = TypeVar("T", bound="AccountingSettingsDto")


@_attrs_define
class AccountingSettingsDto:
    account_number_length: int
    customer_account_format: None | str
    customer_collective_account: None | str
    expenses_import_vat_reverse_account_number: None | str
    expenses_journal_code: None | str
    expenses_subcontracting_vat_reverse_account_number: None | str
    fees_accounting_account_number: None | str
    generate_customer_account: bool
    generate_supplier_account: bool
    misc_journal_code: None | str
    sales_deposit_accounting_account_number: None | str
    sales_journal_code: None | str
    sales_shipping_account_number: None | str
    sales_vat_collection_accounting_account_number: None | str
    supplier_account_format: None | str
    supplier_collective_account: None | str
    uncertain_account_number_root: None | str
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
        account_number_length = self.account_number_length

        customer_account_format: None | str
        customer_account_format = self.customer_account_format

        customer_collective_account: None | str
        customer_collective_account = self.customer_collective_account

        expenses_import_vat_reverse_account_number: None | str
        expenses_import_vat_reverse_account_number = self.expenses_import_vat_reverse_account_number

        expenses_journal_code: None | str
        expenses_journal_code = self.expenses_journal_code

        expenses_subcontracting_vat_reverse_account_number: None | str
        expenses_subcontracting_vat_reverse_account_number = self.expenses_subcontracting_vat_reverse_account_number

        fees_accounting_account_number: None | str
        fees_accounting_account_number = self.fees_accounting_account_number

        generate_customer_account = self.generate_customer_account

        generate_supplier_account = self.generate_supplier_account

        misc_journal_code: None | str
        misc_journal_code = self.misc_journal_code

        sales_deposit_accounting_account_number: None | str
        sales_deposit_accounting_account_number = self.sales_deposit_accounting_account_number

        sales_journal_code: None | str
        sales_journal_code = self.sales_journal_code

        sales_shipping_account_number: None | str
        sales_shipping_account_number = self.sales_shipping_account_number

        sales_vat_collection_accounting_account_number: None | str
        sales_vat_collection_accounting_account_number = self.sales_vat_collection_accounting_account_number

        supplier_account_format: None | str
        supplier_account_format = self.supplier_account_format

        supplier_collective_account: None | str
        supplier_collective_account = self.supplier_collective_account

        uncertain_account_number_root: None | str
        uncertain_account_number_root = self.uncertain_account_number_root

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountNumberLength": account_number_length,
                "customerAccountFormat": customer_account_format,
                "customerCollectiveAccount": customer_collective_account,
                "expensesImportVatReverseAccountNumber": expenses_import_vat_reverse_account_number,
                "expensesJournalCode": expenses_journal_code,
                "expensesSubcontractingVatReverseAccountNumber": expenses_subcontracting_vat_reverse_account_number,
                "feesAccountingAccountNumber": fees_accounting_account_number,
                "generateCustomerAccount": generate_customer_account,
                "generateSupplierAccount": generate_supplier_account,
                "miscJournalCode": misc_journal_code,
                "salesDepositAccountingAccountNumber": sales_deposit_accounting_account_number,
                "salesJournalCode": sales_journal_code,
                "salesShippingAccountNumber": sales_shipping_account_number,
                "salesVatCollectionAccountingAccountNumber": sales_vat_collection_accounting_account_number,
                "supplierAccountFormat": supplier_account_format,
                "supplierCollectiveAccount": supplier_collective_account,
                "uncertainAccountNumberRoot": uncertain_account_number_root,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"accountNumberLength", "generateCustomerAccount", "generateSupplierAccount"}:
            missing = [
                name
                for name in ("accountNumberLength", "generateCustomerAccount", "generateSupplierAccount")
                if name not in d
            ]
            raise MissingFieldError(cls.__name__, missing)
        account_number_length = d.pop("accountNumberLength")

        customer_account_format = d.pop("customerAccountFormat", None)

        customer_collective_account = d.pop("customerCollectiveAccount", None)

        expenses_import_vat_reverse_account_number = d.pop("expensesImportVatReverseAccountNumber", None)

        expenses_journal_code = d.pop("expensesJournalCode", None)

        expenses_subcontracting_vat_reverse_account_number = d.pop(
            "expensesSubcontractingVatReverseAccountNumber", None
        )

        fees_accounting_account_number = d.pop("feesAccountingAccountNumber", None)

        generate_customer_account = d.pop("generateCustomerAccount")

        generate_supplier_account = d.pop("generateSupplierAccount")

        misc_journal_code = d.pop("miscJournalCode", None)

        sales_deposit_accounting_account_number = d.pop("salesDepositAccountingAccountNumber", None)

        sales_journal_code = d.pop("salesJournalCode", None)

        sales_shipping_account_number = d.pop("salesShippingAccountNumber", None)

        sales_vat_collection_accounting_account_number = d.pop("salesVatCollectionAccountingAccountNumber", None)

        supplier_account_format = d.pop("supplierAccountFormat", None)

        supplier_collective_account = d.pop("supplierCollectiveAccount", None)

        uncertain_account_number_root = d.pop("uncertainAccountNumberRoot", None)

        accounting_settings_dto = cls(
            account_number_length,
            customer_account_format,
            customer_collective_account,
            expenses_import_vat_reverse_account_number,
            expenses_journal_code,
            expenses_subcontracting_vat_reverse_account_number,
            fees_accounting_account_number,
            generate_customer_account,
            generate_supplier_account,
            misc_journal_code,
            sales_deposit_accounting_account_number,
            sales_journal_code,
            sales_shipping_account_number,
            sales_vat_collection_accounting_account_number,
            supplier_account_format,
            supplier_collective_account,
            uncertain_account_number_root,
        )

        if d:
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
