// Prints every vendor's BFF operation table as JSON (name, method, path, role, input as JSON Schema).
// Run with `tsx --conditions=react-server` (server-only modules); the specs call it through listOperations().
import { z } from "zod";
import { vendorOperations } from "../lib/server/operations/vendor-operations";
import { VENDORS } from "../lib/vendors/registry";

const operations = VENDORS.flatMap((vendor) =>
  vendorOperations(vendor).map(({ name, method, path, role, input }) => ({
    vendor,
    name,
    method,
    path,
    role,
    input: input ? z.toJSONSchema(input, { io: "input", unrepresentable: "any" }) : null,
  })),
);
process.stdout.write(JSON.stringify(operations));
