/** A URL cut after each slash that ends a part ("https://", "host/", "api/", "v1"), so it wraps there and never inside a word. */
export function urlParts(url: string): string[] {
  return url.split(/(?<=\/)(?!\/)/).filter(Boolean);
}
