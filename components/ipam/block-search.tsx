"use client";

import { useMutation } from "@tanstack/react-query";
import { Search } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { api } from "@/lib/api-client";
import type { TIpamSearchResult } from "@/lib/vendors/provision/schemas";
import { provisionApi } from "./ipam-keys";
import { statusLabel } from "./status-badge";

/** What the search found, in a sentence. */
export function searchSentence(result: TIpamSearchResult): string {
  const { query, aggregate, block, available } = result;
  if (!aggregate || !block) return `No aggregate holds ${query}.`;
  if (available) return `${query} is free: available block ${available.cidr} in aggregate ${aggregate.cidr}.`;
  if (block.id === aggregate.id) return `${query} is in aggregate ${aggregate.cidr}, across more than one block.`;
  const owner = block.resourceId !== null ? ` to ${block.resourceName ?? "resource"} (#${block.resourceId})` : "";
  return `${query} is in ${block.cidr} — ${statusLabel(block.status).toLowerCase()}${owner} — in aggregate ${aggregate.cidr}.`;
}

/** Finds the block that holds an address or a CIDR, then shows it in the tree. */
export function BlockSearch({ connectionId, onFound }: { connectionId: string; onFound: (result: TIpamSearchResult) => void }) {
  const [text, setText] = useState("");
  const [invalid, setInvalid] = useState<string | null>(null);
  const search = useMutation({
    mutationFn: (q: string) => api<TIpamSearchResult>(provisionApi(connectionId, `search?q=${encodeURIComponent(q)}`)),
    onSuccess: onFound,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The check is the BFF's own (zod); it loads with the first search, not with the page.
    const { ZAddressOrCidr } = await import("@/lib/ipam/cidr-schemas");
    const parsed = ZAddressOrCidr.safeParse(text);
    setInvalid(parsed.success ? null : (parsed.error.issues[0]?.message ?? "Not an address or block"));
    if (parsed.success) search.mutate(parsed.data);
  }

  return (
    <div className="space-y-2">
      <form role="search" onSubmit={submit} className="flex items-center gap-2" noValidate>
        <Input
          type="search"
          aria-label="Find an address or block"
          aria-invalid={invalid !== null}
          placeholder="Find an address or block: 10.0.3.7, 2001:db8::/48"
          value={text}
          onChange={(event) => setText(event.target.value)}
          className="w-80"
        />
        <Button type="submit" variant="secondary" disabled={search.isPending}>
          <Search className="size-4" aria-hidden /> Find
        </Button>
      </form>
      <div aria-live="polite" className="text-sm">
        {invalid && <p className="text-red-700 dark:text-red-400">{invalid}</p>}
        {!invalid && search.isError && <p className="text-red-700 dark:text-red-400">{search.error.message}</p>}
        {!invalid && search.data && (
          <p role="status" className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sky-900 dark:border-sky-900 dark:bg-sky-950/40 dark:text-sky-200">
            {searchSentence(search.data)}
          </p>
        )}
      </div>
    </div>
  );
}
