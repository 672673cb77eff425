// Runs before any page code. zod compiles object parsers with `new Function` unless told not to;
// the CSP refuses eval, and even zod's probe for it is reported as a violation. zod keeps its
// settings in this global (zod/v4/core's `globalConfig`), so setting it here costs the browser
// no zod: pages that never parse with zod do not load it.
((globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig ??= {}).jitless = true;
