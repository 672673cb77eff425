import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-sm font-semibold text-red-600">403</p>
      <h1 className="text-xl font-semibold">You do not have access to this page</h1>
      <p className="text-sm text-zinc-500">Your role does not include it. Ask an admin if you need it.</p>
      <Link href="/" className="text-sm text-sky-700 underline dark:text-sky-400">
        Back to the overview
      </Link>
    </main>
  );
}
