import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

export function AuthCard({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <Card className="w-full max-w-sm p-6">
        <p className="text-sm font-semibold tracking-tight text-sky-700 dark:text-sky-400">Patchbay</p>
        <h1 className="mt-1 text-xl font-semibold">{title}</h1>
        {description && <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">{description}</p>}
        <div className="mt-6">{children}</div>
      </Card>
    </main>
  );
}
