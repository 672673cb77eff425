// Kept apart from the action names (audit-actions.ts): the filter bar is in the page's first load, the names load with its table.

/** The groups of the audit page's action filter: each filters by its codes' common prefix. */
export const AUDIT_ACTION_GROUPS: readonly { prefix: string; label: string }[] = [
  { prefix: "auth.", label: "Sign-ins" },
  { prefix: "account.", label: "Own account" },
  { prefix: "user.", label: "Users" },
  { prefix: "settings.", label: "Security settings" },
  { prefix: "audit.", label: "Audit trail" },
  { prefix: "connection.", label: "Connections" },
  { prefix: "alert", label: "Alerts" },
  { prefix: "nettica.", label: "Nettica" },
  { prefix: "acreto.", label: "Acreto" },
  { prefix: "provision.", label: "6connect ProVision" },
  { prefix: "n2n.", label: "N2N DL" },
  { prefix: "megaport.", label: "Megaport" },
];
