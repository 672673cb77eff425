import { z } from "zod";

// Runs before any page code. zod compiles object parsers with `new Function` unless told not to;
// the CSP refuses eval, and even zod's probe for it is reported as a violation.
z.config({ jitless: true });
