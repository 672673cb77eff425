import { expect, test } from "vitest";
import { updatedAgo } from "./updated-ago";

const now = Date.UTC(2025, 4, 6, 12, 0, 0);
const ago = (ms: number) => updatedAgo(now - ms, now);

test("counts whole seconds for the first minute, so the header visibly ticks", () => {
  expect(ago(0)).toBe("0 s ago");
  expect(ago(12_999)).toBe("12 s ago");
  expect(ago(59_999)).toBe("59 s ago");
});

test("then minutes, hours and days", () => {
  expect(ago(60_000)).toBe("1 min ago");
  expect(ago(3_599_000)).toBe("59 min ago");
  expect(ago(2 * 3_600_000)).toBe("2 h ago");
  expect(ago(4 * 86_400_000)).toBe("4 d ago");
});

test("a data time slightly ahead of the browser's clock reads 0 s, never a negative age", () => {
  expect(ago(-3_000)).toBe("0 s ago");
});
