// The audit trail's action codes in the admin's words. Universal (the audit page and its CSV export
// use it) and free of zod. audit-actions.test.ts fails for a code the sources write without a name here.

/** What was tried (shown for a failed or refused event) and what was done (for one that went through). */
type TActionName = readonly [attempt: string, done: string];

export const AUDIT_ACTIONS = {
  "auth.sign_in": ["Sign in", "Signed in"],
  "auth.sign_out": ["Sign out", "Signed out"],
  "account.password_change": ["Change own password", "Changed own password"],
  "account.mfa_setup_start": ["Start two-factor setup", "Started two-factor setup"],
  "account.mfa_enable": ["Turn on two-factor authentication", "Turned on two-factor authentication"],
  "account.mfa_disable": ["Turn off two-factor authentication", "Turned off two-factor authentication"],
  "account.recovery_codes_regenerate": ["Make new recovery codes", "Made new recovery codes"],
  "account.sessions_end": ["Sign out own sessions", "Signed out own sessions"],
  "user.create": ["Add user", "Added user"],
  // Before name and role were audited apart, one event for either (and an admin-set password).
  "user.update": ["Change user", "Changed user"],
  "user.rename": ["Rename user", "Renamed user"],
  "user.role": ["Change role", "Changed role"],
  "user.password_reset": ["Reset password", "Reset password"],
  "user.delete": ["Delete user", "Deleted user"],
  "user.unlock": ["Unlock user", "Unlocked user"],
  "user.mfa_reset": ["Reset two-factor authentication", "Reset two-factor authentication"],
  "user.sign_out_everywhere": ["Sign user out everywhere", "Signed user out everywhere"],
  "user.access_reset": ["Reset access from the server shell", "Reset access from the server shell"],
  "settings.security_update": ["Change security settings", "Changed security settings"],
  "audit.export": ["Export audit trail", "Exported audit trail"],
  "connection.create": ["Add connection", "Added connection"],
  "connection.update": ["Edit connection", "Edited connection"],
  "connection.delete": ["Delete connection", "Deleted connection"],
  "connection.test": ["Test connection", "Tested connection"],
  "connection.thresholds": ["Set alert thresholds", "Set alert thresholds"],
  "alert_channel.create": ["Add alert channel", "Added alert channel"],
  "alert_channel.update": ["Edit alert channel", "Edited alert channel"],
  "alert_channel.delete": ["Delete alert channel", "Deleted alert channel"],
  "alert_channel.test": ["Test alert channel", "Tested alert channel"],
  "alert.send_again": ["Send alert again", "Sent alert again"],
  "alert_mute.create": ["Mute alerts", "Muted alerts"],
  "alert_mute.delete": ["Unmute alerts", "Unmuted alerts"],
  "nettica.enableVpn": ["Enable Nettica VPN", "Enabled Nettica VPN"],
  "nettica.disableVpn": ["Disable Nettica VPN", "Disabled Nettica VPN"],
  "acreto.commitChanges": ["Commit Acreto changes", "Committed Acreto changes"],
  "acreto.createThing": ["Create Acreto Thing", "Created Acreto Thing"],
  "acreto.updateThing": ["Edit Acreto Thing", "Edited Acreto Thing"],
  "acreto.deleteThing": ["Delete Acreto Thing", "Deleted Acreto Thing"],
  "acreto.createUserToken": ["Issue Acreto user VPN token", "Issued Acreto user VPN token"],
  "acreto.createThingToken": ["Issue Acreto Thing VPN token", "Issued Acreto Thing VPN token"],
  "acreto.downloadVpnProfile": ["Download Acreto VPN profile", "Downloaded Acreto VPN profile"],
  "acreto.enrollOtp": ["Start Acreto one-time-code enrolment", "Started Acreto one-time-code enrolment"],
  "acreto.activateOtp": ["Activate Acreto one-time codes", "Activated Acreto one-time codes"],
  "provision.smartAssign": ["Smart-assign IP block", "Smart-assigned IP block"],
  "provision.directAssign": ["Assign IP block", "Assigned IP block"],
  "provision.unassign": ["Unassign IP block", "Unassigned IP block"],
  "provision.addAggregate": ["Add IP aggregate", "Added IP aggregate"],
  "provision.updateBlock": ["Edit IP block", "Edited IP block"],
  "provision.removeTag": ["Remove tag from IP block", "Removed tag from IP block"],
  "provision.deleteBlock": ["Delete IP block", "Deleted IP block"],
  "n2n.enrolDevice": ["Enrol N2N device", "Enrolled N2N device"],
  "n2n.unenrolDevice": ["Unenrol N2N device", "Unenrolled N2N device"],
} as const satisfies Record<string, TActionName>;

export type TAuditAction = keyof typeof AUDIT_ACTIONS;

const isKnown = (code: string): code is TAuditAction => Object.hasOwn(AUDIT_ACTIONS, code);

/** "vendor.createThing" or "area.some_thing" → "Vendor: create thing", for a code this console does not know (yet). */
function fallbackName(code: string): string {
  const [area, ...rest] = code.split(".");
  const words = rest
    .join(" ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase()
    .trim();
  const head = (area ?? "").replace(/[_-]+/g, " ");
  const label = head.charAt(0).toUpperCase() + head.slice(1);
  return words ? `${label}: ${words}` : label || code;
}

/** The action in words: what was done, or for a failed or refused event what was tried. */
export function actionName(code: string, outcome: "ok" | "denied" | "failed" = "ok"): string {
  if (!isKnown(code)) return fallbackName(code);
  const [attempt, done] = AUDIT_ACTIONS[code];
  return outcome === "ok" ? done : attempt;
}

export const hasActionName = isKnown;
