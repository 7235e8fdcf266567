from enum import Enum


class WebhookType(str, Enum):
    """A value this client does not list is kept as it came instead of raising."""

    CONTACTCREATED = "ContactCreated"
    CONTACTDELETED = "ContactDeleted"
    CONTACTUPDATED = "ContactUpdated"
    CUSTOMERCREATED = "CustomerCreated"
    CUSTOMERDELETED = "CustomerDeleted"
    CUSTOMERUPDATED = "CustomerUpdated"
    INVOICECREATED = "InvoiceCreated"
    INVOICEDELETED = "InvoiceDeleted"
    INVOICEUPDATED = "InvoiceUpdated"
    PRODUCTCREATED = "ProductCreated"
    PRODUCTDELETED = "ProductDeleted"
    PRODUCTUPDATED = "ProductUpdated"
    QUOTECREATED = "QuoteCreated"
    QUOTEDELETED = "QuoteDeleted"
    QUOTEUPDATED = "QuoteUpdated"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WebhookType | None":
        # Forward compatibility: Altoviz adds enum values without notice, and a read must not fail.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
