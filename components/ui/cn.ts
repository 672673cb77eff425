import { mergeClasses } from "./class-merge";

/** Joins class names, skipping falsy ones; a later Tailwind class wins over a conflicting earlier one. */
export function cn(...classes: (string | false | null | undefined)[]): string {
  return mergeClasses(classes.filter(Boolean).join(" "));
}
