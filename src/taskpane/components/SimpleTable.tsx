/** A Fluent UI table from column definitions: header cells, numeric columns right-aligned, optional sorting. */
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface Column<T> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
  /** Keep on one line (dates). Numeric columns always are. */
  nowrap?: boolean;
  /** Sort key; a column without one is not sortable. */
  sortValue?: (row: T) => number | string;
}

export interface SortState {
  key: string;
  descending: boolean;
}

export function SimpleTable<T>(props: {
  label: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T, index: number) => string;
  sort?: SortState;
  onSort?: (key: string) => void;
  sortLabel?: (header: string) => string;
  testId?: string;
}) {
  const { columns, rows, sort, onSort } = props;
  return (
    <div role="region" aria-label={props.label} tabIndex={0} style={{ overflowX: "auto", maxWidth: "100%" }}>
      <Table size="small" aria-label={props.label} data-testid={props.testId} style={{ tableLayout: "auto" }}>
        <TableHeader>
          <TableRow>
            {columns.map((c) => (
              <TableHeaderCell
                key={c.key}
                style={c.numeric ? { textAlign: "right", whiteSpace: "nowrap" } : undefined}
                aria-sort={sort?.key === c.key ? (sort.descending ? "descending" : "ascending") : undefined}
              >
                {c.sortValue && onSort ? (
                  <Button
                    appearance="transparent"
                    size="small"
                    onClick={() => onSort(c.key)}
                    aria-label={props.sortLabel?.(c.header) ?? c.header}
                    style={{ padding: 0, minWidth: 0, fontWeight: 600 }}
                  >
                    {c.header}
                    {sort?.key === c.key ? (sort.descending ? " ▼" : " ▲") : ""}
                  </Button>
                ) : (
                  c.header
                )}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, i) => (
            <TableRow key={props.rowKey(row, i)}>
              {columns.map((c) => (
                <TableCell
                  key={c.key}
                  style={
                    c.numeric
                      ? { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }
                      : c.nowrap
                        ? { whiteSpace: "nowrap" }
                        : undefined
                  }
                >
                  {c.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export function sortRows<T>(rows: T[], columns: Column<T>[], sort: SortState): T[] {
  const col = columns.find((c) => c.key === sort.key);
  if (!col?.sortValue) return rows;
  const value = col.sortValue;
  const dir = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    return (x < y ? -1 : x > y ? 1 : 0) * dir;
  });
}
