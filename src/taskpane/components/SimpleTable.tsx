/** A Fluent UI table from column definitions: header cells, numeric columns right-aligned, optional sorting. */
import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
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

export interface SimpleTableProps<T> {
  label: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T, index: number) => string;
  sort?: SortState;
  onSort?: (key: string) => void;
  sortLabel?: (header: string) => string;
  testId?: string;
}

const useStyles = makeStyles({
  region: { overflowX: "auto", maxWidth: "100%" },
  table: { tableLayout: "auto" },
  numericHeader: { textAlign: "right", whiteSpace: "nowrap" },
  sortButton: { padding: 0, minWidth: 0, fontWeight: tokens.fontWeightSemibold },
  numeric: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  nowrap: { whiteSpace: "nowrap" },
});

function HeaderCell<T>({ c, props }: { c: Column<T>; props: SimpleTableProps<T> }) {
  const st = useStyles();
  const { sort, onSort } = props;
  return (
    <TableHeaderCell
      className={c.numeric ? st.numericHeader : undefined}
      aria-sort={sort?.key === c.key ? (sort.descending ? "descending" : "ascending") : undefined}
    >
      {c.sortValue && onSort ? (
        <Button
          appearance="transparent"
          size="small"
          onClick={() => onSort(c.key)}
          aria-label={props.sortLabel?.(c.header) ?? c.header}
          className={st.sortButton}
        >
          {c.header}
          {sort?.key === c.key ? (sort.descending ? " ▼" : " ▲") : ""}
        </Button>
      ) : (
        c.header
      )}
    </TableHeaderCell>
  );
}

export function SimpleTable<T>(props: SimpleTableProps<T>) {
  const { columns, rows } = props;
  const st = useStyles();
  return (
    <div role="region" aria-label={props.label} tabIndex={0} className={st.region}>
      <Table size="small" aria-label={props.label} data-testid={props.testId} className={st.table}>
        <TableHeader>
          <TableRow>
            {columns.map((c) => (
              <HeaderCell key={c.key} c={c} props={props} />
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, i) => (
            <TableRow key={props.rowKey(row, i)}>
              {columns.map((c) => (
                <TableCell key={c.key} className={c.numeric ? st.numeric : c.nowrap ? st.nowrap : undefined}>
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
