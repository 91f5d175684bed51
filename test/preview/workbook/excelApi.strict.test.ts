/**
 * The Excel stand-in is at least as strict as Excel, so a gateway that passes here does not fail in Excel.
 * Each test here failed on the earlier, looser stand-in.
 */
import { formulaOf, memoryExcelRun } from "../../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../../src/preview/workbook/memoryWorkbook";

function book1() {
  const book = new MemoryWorkbook();
  const sheet = book.addSheet("S");
  return { book, sheet, run: memoryExcelRun(book) };
}

describe("a string written to a cell becomes a formula as in Excel", () => {
  test('"=…" in a General cell is stored as a formula, not as the text', async () => {
    const { sheet, run } = book1();
    await run(async (context) => {
      context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 2).values = [
        ['=HYPERLINK("http://x","y")', "plain"],
      ];
      await context.sync();
    });
    expect(sheet.formulas.get("0,0")).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.get(0, 0)).not.toBe('=HYPERLINK("http://x","y")');
    expect(sheet.formulas.has("0,1")).toBe(false);
    expect(sheet.get(0, 1)).toBe("plain");
  });

  test('in a cell formatted as text ("@", set before the value) it stays text', async () => {
    const { sheet, run } = book1();
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 1);
      r.numberFormat = [["@"]];
      r.values = [["=1+1"]];
      await context.sync();
    });
    expect(sheet.formulas.size).toBe(0);
    expect(sheet.get(0, 0)).toBe("=1+1");
  });

  test('"+", "-" and "@" start a formula too (as typed); a plain signed number does not; a later value replaces a formula', () => {
    expect(formulaOf("+cmd|' /C calc'!A0", "General")).toBe("=+cmd|' /C calc'!A0");
    expect(formulaOf("-2+3", "#,##0.00")).toBe("=-2+3");
    expect(formulaOf("@SUM(1)", "General")).toBe("=SUM(1)");
    expect(formulaOf("-5", "General")).toBeNull();
    expect(formulaOf("-", "General")).toBeNull();
    expect(formulaOf("=1", "@")).toBeNull();
  });
});

describe("nothing is readable before load and sync, as in Excel", () => {
  test("a collection's items before sync", async () => {
    const { run } = book1();
    await expect(run(async (context) => context.workbook.worksheets.load("items/name").items.length)).rejects.toThrow(
      /items/,
    );
    await expect(run(async (context) => context.workbook.tables.load("items/name").items.length)).rejects.toThrow(
      /items/,
    );
    await expect(
      run(
        async (context) =>
          context.workbook.worksheets.getItem("S").getRange("A1").getTables(false).load("items/name").items.length,
      ),
    ).rejects.toThrow(/items/);
    await expect(
      run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        return sheets.items.length;
      }),
    ).resolves.toBe(1);
  });

  test("a custom property before load and sync", async () => {
    const { run } = book1();
    await expect(
      run(
        async (context) =>
          context.workbook.worksheets.getItem("S").customProperties.getItemOrNullObject("k").isNullObject,
      ),
    ).rejects.toThrow(/isNullObject/);
    await expect(
      run(async (context) => {
        const p = context.workbook.worksheets.getItem("S").customProperties.getItemOrNullObject("k");
        p.load("value");
        return p.isNullObject;
      }),
    ).rejects.toThrow(/isNullObject/);
  });

  test("a range property that was not asked for", async () => {
    const { sheet, run } = book1();
    sheet.set(0, 0, 1);
    await expect(
      run(async (context) => {
        const r = context.workbook.worksheets.getItem("S").getRange("A1:B2");
        r.load("values");
        await context.sync();
        return r.rowCount;
      }),
    ).rejects.toThrow(/rowCount/);
  });
});

describe("the used range is where the values are", () => {
  test("it starts at the first value, not at A1; an empty sheet has none", async () => {
    const { book, sheet, run } = book1();
    sheet.set(4, 2, "Customer");
    sheet.set(9, 5, 100);
    const area = await run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getUsedRange(true);
      r.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      return [r.rowIndex, r.columnIndex, r.rowCount, r.columnCount];
    });
    expect(area).toEqual([4, 2, 6, 4]);
    book.addSheet("Empty");
    const empty = await run(async (context) => {
      const r = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
      r.load("isNullObject");
      await context.sync();
      return r.isNullObject;
    });
    expect(empty).toBe(true);
  });
});

describe("sheet and table names are checked as Excel checks them", () => {
  const addSheet = (name: string) => {
    const { run } = book1();
    return run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
  };
  test.each(["", "x".repeat(32), "a/b", "Q1:Q2", "[x]", "what?", "'quoted'", "History"])(
    "sheet %j is refused",
    async (name) => {
      await expect(addSheet(name)).rejects.toThrow(/not valid/);
    },
  );
  test.each(["应收账款分析", "AR Lens Report (2)", "x".repeat(31)])("sheet %j is accepted", async (name) => {
    await expect(addSheet(name)).resolves.toBeUndefined();
  });
  test.each(["A1", "R1C1", "r", "1st", "has space", "a-b", "XFD100"])("table %j is refused", async (name) => {
    const { run } = book1();
    const attempt = run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.tables.add(ws.getRange("A1:B2"), true).name = name;
      await context.sync();
    });
    await expect(attempt).rejects.toThrow(/not valid/);
  });
  test.each(["ARLens_KPI", "ARLens_Customers_2", "_t.1", "客户表"])("table %j is accepted", async (name) => {
    const { run } = book1();
    const attempt = run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.tables.add(ws.getRange("A1:B2"), true).name = name;
      await context.sync();
    });
    await expect(attempt).resolves.toBeUndefined();
  });
});

test("a value written over a formula replaces it", async () => {
  const { sheet, run } = book1();
  await run(async (context) => {
    const r = context.workbook.worksheets.getItem("S").getRange("A1");
    r.values = [["=1"]];
    r.values = [[5]];
    await context.sync();
  });
  expect(sheet.formulas.size).toBe(0);
  expect(sheet.get(0, 0)).toBe(5);
});

describe("sync semantics: a batch's cell writes and reads run at sync, in the order queued", () => {
  test("a write is not in the workbook before sync; a load queued before it sees the old value", async () => {
    const { sheet, run } = book1();
    sheet.set(0, 0, "old");
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      const before = ws.getRangeByIndexes(0, 0, 1, 1).load("values");
      ws.getRangeByIndexes(0, 0, 1, 1).values = [["new"]];
      const after = ws.getRangeByIndexes(0, 0, 1, 1).load("values");
      expect(sheet.get(0, 0)).toBe("old");
      await context.sync();
      expect(before.values).toEqual([["old"]]);
      expect(after.values).toEqual([["new"]]);
    });
  });

  test("what a batch queued and never synced is sent when the batch returns (as Excel.run does)", async () => {
    const { sheet, run } = book1();
    await run(async (context) => {
      context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 1).values = [["flushed"]];
    });
    expect(sheet.get(0, 0)).toBe("flushed");
  });

  test("two writers' syncs can be interleaved: the one that syncs last wins a cell", async () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("S");
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const a = memoryExcelRun(book, { beforeSync: () => held });
    const b = memoryExcelRun(book);
    const first = a(async (context) => {
      context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 1).values = [["A"]];
      await context.sync();
    });
    await b(async (context) => {
      context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 1).values = [["B"]];
      await context.sync();
    });
    expect(sheet.get(0, 0)).toBe("B");
    release();
    await first;
    expect(sheet.get(0, 0)).toBe("A");
  });
});

describe("inserting rows shifts what is below, as Excel does", () => {
  test("an entire row inserted moves values, formats, formulas and tables down", async () => {
    const { sheet, run } = book1();
    sheet.rows.push(["Header"], ["one"], ["two"]);
    sheet.setFormat(2, 0, "@");
    sheet.formulas.set("2,1", "=A3");
    sheet.tables.push({ name: "T", row: 0, column: 0, rows: 3, columns: 1 });
    await run(async (context) => {
      const inserted = context.workbook.worksheets
        .getItem("S")
        .getRangeByIndexes(1, 0, 1, 1)
        .getEntireRow()
        .insert("Down");
      inserted.load("rowIndex,rowCount");
      await context.sync();
      expect([inserted.rowIndex, inserted.rowCount]).toEqual([1, 1]);
    });
    expect(sheet.rows.map((r) => r[0] ?? "")).toEqual(["Header", "", "one", "two"]);
    expect(sheet.format(3, 0)).toBe("@");
    expect(sheet.formulas.get("3,1")).toBe("=A3");
    expect(sheet.tables[0]).toMatchObject({ row: 0, rows: 4 });
  });

  test("a partial range insert is refused by the stand-in (AR Lens inserts entire rows only)", async () => {
    const { run } = book1();
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("S").getRangeByIndexes(1, 0, 1, 2).insert("Down");
        await context.sync();
      }),
    ).rejects.toThrow(/entire rows/);
  });
});
