/** A sheet as it will print: A4 pages at true size, rows split over pages, page numbers in the header and footer. */
import { render, screen } from "@testing-library/react";
import { PrintPage } from "../../src/preview/PrintPage";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";

function sheetOf(rows: number) {
  const book = new MemoryWorkbook();
  const sheet = book.addSheet("Statement");
  book.load(
    sheet,
    Array.from({ length: rows }, (_, i) => [`INV${i + 1}`, 100 * (i + 1)]),
  );
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: "A4",
    zoom: { horizontalFitToPages: 1 },
    header: { left: "", center: "Acme & Co", right: "" },
    footer: { left: "", center: "Page &P of &N", right: "" },
  };
  return sheet;
}

test("a short sheet is one A4 page with its header and the page number in the footer", () => {
  render(<PrintPage sheet={sheetOf(3)} />);
  const pages = screen.getAllByTestId("print-page");
  expect(pages).toHaveLength(1);
  expect(pages[0].style.width).toBe(`${(210 * 96) / 25.4}px`);
  expect(pages[0].textContent).toContain("Acme & Co");
  expect(pages[0].textContent).toContain("Page 1 of 1");
  expect(pages[0].querySelectorAll("[data-print-cell]").length).toBeGreaterThanOrEqual(6);
});

test("a long sheet runs over pages, every row printed once, each page numbered", () => {
  render(<PrintPage sheet={sheetOf(120)} />);
  const pages = screen.getAllByTestId("print-page");
  expect(pages.length).toBeGreaterThan(1);
  expect(pages.at(-1)!.textContent).toContain(`Page ${pages.length} of ${pages.length}`);
  const printed = pages.flatMap((p) => [...p.querySelectorAll("tr")]).map((r) => r.firstElementChild?.textContent);
  expect(printed.filter((t) => t?.startsWith("INV"))).toHaveLength(120);
});
