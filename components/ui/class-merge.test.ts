import fs from "node:fs";
import path from "node:path";
import { twMerge } from "tailwind-merge";
import { expect, test } from "vitest";
import { mergeClasses } from "./class-merge";

/** Every Tailwind class in the string literals of components/ and app/, without its variants (dark:, hover:…). */
function classesInUse(): string[] {
  const utilities = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") && entry.name !== "class-merge.ts") {
        for (const [, double, backtick, single] of fs.readFileSync(full, "utf8").matchAll(/"([^"\n]*)"|`([^`]*)`|'([^'\n]*)'/g)) {
          for (const word of (double ?? backtick ?? single ?? "").split(/[\s"'`{}$]+/)) {
            const utility = word.slice(word.lastIndexOf(":") + 1);
            // A word the default config does not take for a class conflicts with nothing (and this config's groups are a subset of its).
            if (utility && twMerge(`${utility} ${utility}`) === utility) utilities.add(utility);
          }
        }
      }
    }
  };
  walk(path.join(import.meta.dirname, "../../components"));
  walk(path.join(import.meta.dirname, "../../app"));
  return [...utilities].sort();
}

test("merges every pair of the console's classes as tailwind-merge's default config does", () => {
  const classes = classesInUse();
  expect(classes.length).toBeGreaterThan(300);
  const differences: string[] = [];
  for (const earlier of classes) {
    for (const later of classes) {
      const pair = `${earlier} ${later}`;
      if (mergeClasses(pair) !== twMerge(pair)) differences.push(`"${pair}": ${mergeClasses(pair)} ≠ ${twMerge(pair)}`);
    }
  }
  expect(differences.slice(0, 20)).toEqual([]);
});

test("keeps the later of two conflicting classes, whatever their variants", () => {
  expect(mergeClasses("h-9 w-full px-3 text-sm h-8 w-24")).toBe("px-3 text-sm h-8 w-24");
  expect(mergeClasses("p-4 border-zinc-200 bg-white dark:bg-zinc-900 p-3 bg-emerald-50 dark:bg-emerald-950/40")).toBe("border-zinc-200 p-3 bg-emerald-50 dark:bg-emerald-950/40");
  expect(mergeClasses("text-zinc-800 text-sm text-red-700")).toBe("text-sm text-red-700");
});
