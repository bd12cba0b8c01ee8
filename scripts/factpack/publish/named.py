"""The `<table>_named` views: every table with foreign keys, with the referenced rows' names
(actors' names, sources' titles, lookup labels) joined in. Generated from fields.yaml."""

from __future__ import annotations

from factpack.contract.schema import TABLE_ORDER, Table, load_tables, row_labels


def named_column(fk_field: str, label: str) -> str:
    """`actor_id` + `name` -> `actor_name`; `event_type` + `label` -> `event_type_label`."""
    return f"{fk_field.removesuffix('_id')}_{label}"


def named_views(contract: dict[str, Table] | None = None) -> dict[str, str]:
    """View name -> `CREATE OR REPLACE VIEW` statement, for every table with a labelled key."""
    contract = contract or load_tables()
    labels = row_labels()
    out = {}
    for name in TABLE_ORDER:
        t = contract[name]
        joins, cols = [], []
        for i, fk in enumerate(t.foreign_keys):
            ref, label = fk["table"], labels.get(fk["table"])
            if label is None or len(fk["fields"]) != 1:
                continue
            f, r = fk["fields"][0], fk["reference"][0]
            joins.append(f"LEFT JOIN {ref} j{i} ON j{i}.{r} = t.{f}")
            cols.append(f"j{i}.{label} AS {named_column(f, label)}")
        if joins:
            out[f"{name}_named"] = (
                f"CREATE OR REPLACE VIEW {name}_named AS\nSELECT t.* EXCLUDE (row_in_table),\n       "
                + ",\n       ".join(cols)
                + f"\nFROM (SELECT *, row_number() OVER () AS row_in_table FROM {name}) t\n"
                + "\n".join(joins)
                + "\nORDER BY t.row_in_table;"  # the table's own (story) order
            )
    return out
