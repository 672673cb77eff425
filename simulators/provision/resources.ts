import { fail, intOrNull, type TEnvelope } from "./actions";
import type { TProvisionState, TResourceRecord } from "./records";

const ORDER_BY = ["id", "name", "slug", "type", "parent_id"] as const;

/** A resource as target=resource sends it: ids as strings, `attr` a list. */
function resourcePayload(resource: TResourceRecord): Record<string, unknown> {
  const idText = (id: number | null) => (id === null ? null : String(id));
  return {
    id: String(resource.id),
    name: resource.name,
    slug: resource.slug,
    type: resource.type,
    parent_id: idText(resource.parentId),
    category_id: idText(resource.categoryId),
    attr: [],
  };
}

/** target=resource: `get` with its filters (id, name, slug, type, parent_id, category_id), ordered by name unless told. */
export function runResourceAction(state: TProvisionState, params: URLSearchParams): TEnvelope {
  const action = params.get("action");
  if (action !== "get") return fail(`Unknown action: ${action ?? ""}`);
  const wanted = (name: string) => params.get(name) || null;
  const id = intOrNull(wanted("id"));
  const parentId = intOrNull(wanted("parent_id"));
  const categoryId = intOrNull(wanted("category_id"));
  const matches = [...state.resources.values()].filter(
    (r) =>
      (id === null || r.id === id) &&
      (!wanted("name") || r.name === wanted("name")) &&
      (!wanted("slug") || r.slug === wanted("slug")) &&
      (!wanted("type") || r.type === wanted("type")) &&
      (parentId === null || r.parentId === parentId) &&
      (categoryId === null || r.categoryId === categoryId),
  );
  const orderBy = ORDER_BY.find((key) => key === params.get("orderby")) ?? "name";
  const key = (r: TResourceRecord) => (orderBy === "parent_id" ? (r.parentId ?? -1) : r[orderBy]);
  matches.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  if (params.get("order")?.toUpperCase() === "DESC") matches.reverse();
  return { success: 1, message: "Search successful", data: matches.map(resourcePayload) };
}
