"use client";

import { useIpamTags } from "./use-ipam-lists";

/** "ProVision's tags: customer · vpn · lab", under a tag field (nothing while they load or when there are none). */
export function useTagHint(connectionId: string, lead: string): string | undefined {
  const tags = useIpamTags(connectionId).data?.tags ?? [];
  return tags.length ? `${lead} ProVision's tags: ${tags.map((tag) => tag.value).join(" · ")}` : lead || undefined;
}
