import Link from "next/link";

// Our own 404 instead of Next's built-in one, whose inline styles the CSP (rightly) refuses.
export default function NotFound() {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-sm font-semibold text-zinc-500">404</p>
      <h1 className="text-xl font-semibold">There is no such page</h1>
      <p className="text-sm text-zinc-500">The address may be mistyped, or what it showed was removed.</p>
      <Link href="/" className="text-sm text-sky-700 underline dark:text-sky-400">
        Back to the overview
      </Link>
    </main>
  );
}
