/** Above the first row on the devices page (header, usage, filters, pager, the table's header) and a margin below: wide, and on a phone where they wrap. */
const CHROME_PX = { wide: 370, narrow: 640 };
/** One table row (a badge, one line: nothing in it wraps). */
const ROW_PX = 39;

/** As many rows as fit the window (10–200), so the first page needs no scrolling on a desktop. */
export function rowsThatFit(windowHeight: number, windowWidth: number): number {
  const chrome = windowWidth < 640 ? CHROME_PX.narrow : CHROME_PX.wide;
  return Math.min(200, Math.max(10, Math.floor((windowHeight - chrome) / ROW_PX)));
}
