"use client";

import { X } from "lucide-react";
import { useState } from "react";
import type { TIpamBlockSummary } from "@/lib/vendors/provision/schemas";
import { useIpamChange } from "./use-ipam-change";

/**
 * A block's tags, each with a remove button (ProVision's deleteTag). ProVision's update takes no
 * tags and no call adds a tag to a block that exists, so adding is left to ProVision itself.
 */
export function BlockTags({ connectionId, block }: { connectionId: string; block: TIpamBlockSummary }) {
  const [tags, setTags] = useState(block.tags);
  const untag = useIpamChange(connectionId);
  const remove = (tag: string) =>
    untag.mutate(
      { method: "POST", path: `blocks/${block.id}/remove-tag`, body: { tag }, done: `Removed tag ${tag} from ${block.cidr}`, failed: `remove tag ${tag} from ${block.cidr}` },
      { onSuccess: (result) => setTags(result?.block?.tags ?? tags.filter((t) => t !== tag)) },
    );
  return (
    <section aria-labelledby="edit-tags-heading" className="space-y-1.5">
      <h3 id="edit-tags-heading" className="text-sm font-medium text-zinc-700 dark:text-zinc-300">
        Tags
      </h3>
      {tags.length === 0 ? (
        <p className="text-sm text-zinc-500">No tags.</p>
      ) : (
        <ul className="flex flex-wrap gap-1.5">
          {tags.map((tag) => (
            <li key={tag} className="inline-flex items-center gap-1 rounded bg-zinc-100 py-0.5 pl-2 pr-1 text-xs font-medium text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
              {tag}
              <button
                type="button"
                onClick={() => remove(tag)}
                disabled={untag.isPending}
                aria-label={`Remove tag ${tag}`}
                className="rounded p-0.5 hover:bg-zinc-300 disabled:opacity-50 dark:hover:bg-zinc-700"
              >
                <X className="size-3" aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        ProVision gives a block its tags when it is added, and its API can take a tag off a block but has no call that adds one to a block that exists: add new tags in ProVision itself.
      </p>
      {untag.isError && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {untag.error.message}
        </p>
      )}
    </section>
  );
}
