/** What sits above and below the table on the devices page at most widths: header, usage, filters, pager. */
const CHROME_PX = 420;
/** One table row with a badge. */
const ROW_PX = 41;

/** As many rows as fit the window below the page's header and filters (10–200), so the first page needs no scrolling. */
export function rowsThatFit(windowHeight: number): number {
  return Math.min(200, Math.max(10, Math.floor((windowHeight - CHROME_PX) / ROW_PX)));
}
