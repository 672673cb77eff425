import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * zodResolver(schema), with the schema, zod and @hookform/resolvers loaded the first time the form
 * is checked (its first submit) rather than with the page: the same rules and the same messages,
 * and a page that shows a form but is never submitted loads no zod.
 */
export function lazyZodResolver<TSchema extends z.ZodType<unknown, FieldValues>>(loadSchema: () => Promise<TSchema>): Resolver<z.input<TSchema>, unknown, z.output<TSchema>> {
  let resolver: Promise<Resolver<z.input<TSchema>, unknown, z.output<TSchema>>> | undefined;
  return async (values, context, options) => {
    resolver ??= Promise.all([import("@hookform/resolvers/zod"), loadSchema()]).then(([{ zodResolver }, schema]) => zodResolver(schema));
    return (await resolver)(values, context, options);
  };
}
