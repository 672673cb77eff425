// Imported before zod, as Next.js runs it before any page code.
import "./instrumentation-client";
import { z } from "zod";
import { expect, test } from "vitest";

test("the browser's zod runs jitless although instrumentation-client imports no zod", () => {
  expect(z.config().jitless).toBe(true);
});
