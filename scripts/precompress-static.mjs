// After `next build`: a brotli copy (quality 11) of every script and stylesheet under .next/static,
// which scripts/serve.mjs (npm start) sends to browsers that take it. Next.js itself only gzips.
import fs from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const root = path.join(process.cwd(), ".next", "static");
let files = 0;
let before = 0;
let after = 0;
for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.(js|css)$/.test(entry.name)) continue;
  const file = path.join(entry.parentPath, entry.name);
  const source = fs.readFileSync(file);
  if (source.length < 1024) continue;
  const compressed = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length } });
  fs.writeFileSync(`${file}.br`, compressed);
  files += 1;
  before += source.length;
  after += compressed.length;
}
console.log(`precompressed ${files} static files with brotli: ${(before / 1e6).toFixed(2)} MB → ${(after / 1e6).toFixed(2)} MB`);
