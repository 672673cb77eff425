import type { TMegaportResourceView } from "./views";

// BGP passwords, AWS auth keys, Azure service keys, Google pairing keys: never shown, never sent.
const SECRET_FIELD = /pass(word|wd)|secret|token|key|md5|psk/i;
const MAX_DEPTH = 5;

const isScalar = (value: unknown): value is string | number | boolean => ["string", "number", "boolean"].includes(typeof value);

function flatten(value: unknown, path: string, fields: [string, string][], depth: number): void {
  if (value === null || value === undefined) {
    fields.push([path, ""]);
  } else if (isScalar(value)) {
    fields.push([path, String(value)]);
  } else if (depth >= MAX_DEPTH) {
    fields.push([path, "…"]);
  } else if (Array.isArray(value)) {
    if (value.every(isScalar)) fields.push([path, value.join(", ")]);
    else value.forEach((item, index) => flatten(item, `${path}[${index}]`, fields, depth + 1));
  } else if (typeof value === "object") {
    for (const [name, field] of Object.entries(value)) {
      if (!SECRET_FIELD.test(name)) flatten(field, path ? `${path}.${name}` : name, fields, depth + 1);
    }
  }
}

/**
 * A service's technical resources (interface, virtual_router, vll, csp_connection, virtual_machine…)
 * as field/value pairs, one view per resource (a list resource gives one per item). Their shapes vary
 * by service and cloud, so they are flattened rather than named; secret-looking fields are dropped.
 */
export function resourceViews(resources: Record<string, unknown>): TMegaportResourceView[] {
  const views: TMegaportResourceView[] = [];
  for (const [name, value] of Object.entries(resources)) {
    if (SECRET_FIELD.test(name)) continue;
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, index) => {
      const fields: [string, string][] = [];
      flatten(item, isScalar(item) ? "value" : "", fields, 0);
      if (fields.length > 0) views.push({ name: items.length > 1 ? `${name} ${index + 1}` : name, fields });
    });
  }
  return views;
}
