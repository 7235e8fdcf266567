"""Import files: reading CSV and JSONL files of records, mapped and validated before anything is sent.

``load_records("customers", "customers.csv")`` gives the file's records as wire-format dicts, or raises
``InvalidFileError`` naming every bad row, field and reason.
"""

from .entities import ENTITIES, KEY_FIELD, EntitySpec, FieldKind, entity_spec
from .errors import InvalidFileError, MappingError, RecordError, UnknownEntityError
from .load import LoadedRecords, load_records
from .mapping import ColumnResolver, parse_map_pairs, read_mapping_file
from .reader import FileFormat, sniff_format
from .record import Record

__all__ = [
    "ENTITIES",
    "KEY_FIELD",
    "ColumnResolver",
    "EntitySpec",
    "FieldKind",
    "FileFormat",
    "InvalidFileError",
    "LoadedRecords",
    "MappingError",
    "Record",
    "RecordError",
    "UnknownEntityError",
    "entity_spec",
    "load_records",
    "parse_map_pairs",
    "read_mapping_file",
    "sniff_format",
]
