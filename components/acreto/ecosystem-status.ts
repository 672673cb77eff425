import type { TBadgeTone } from "@/components/ui/badge";

type TStatusLook = { label: string; tone: TBadgeTone; busy?: boolean };

const LOOKS: Record<string, TStatusLook> = {
  ok: { label: "OK", tone: "green" },
  pending_changes: { label: "Pending changes", tone: "amber" },
  commit_in_progress: { label: "Commit in progress", tone: "blue", busy: true },
  ecosystem_error: { label: "Ecosystem error", tone: "red" },
};

/** How a status reads and looks; an unknown one shows as Acreto spelled it. */
export const statusLook = (status: string): TStatusLook => LOOKS[status] ?? { label: status.replace(/_/g, " "), tone: "gray" };

/** The order a status sort uses: problems first. */
export const statusRank = (status: string) => ["ecosystem_error", "commit_in_progress", "pending_changes", "ok"].indexOf(status);
