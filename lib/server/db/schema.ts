import { sql } from "drizzle-orm";
import { bigserial, boolean, check, cidr, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull().default(""),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ["admin", "operator", "viewer"] }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
    /** Bumped to end every session of the user at once (sign out everywhere, password or MFA change). */
    sessionVersion: integer("session_version").notNull().default(1),
    /** The active TOTP secret, AES-256-GCM ciphertext (see crypto.ts); null while MFA is off. */
    mfaSecret: text("mfa_secret"),
    /** A secret shown for enrolment but not yet confirmed with a code, ciphertext too. */
    mfaPendingSecret: text("mfa_pending_secret"),
    mfaEnabledAt: timestamp("mfa_enabled_at", { withTimezone: true }),
    /** The last accepted TOTP time step: a code is accepted once. */
    mfaLastStep: integer("mfa_last_step"),
  },
  (t) => [uniqueIndex("users_email_idx").on(t.email)],
);

/** One-time recovery codes for a user's MFA, stored as SHA-256 of the (high-entropy) code. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    hash: text("hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("recovery_codes_user_hash_idx").on(t.userId, t.hash)],
);

/** One signed-in browser: the session cookie carries its id, every request checks it here. */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    /** Must equal the user's session_version for the session to be valid. */
    version: integer("version").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedReason: text("revoked_reason"),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId)],
);

/** Failed sign-ins and wrong codes, one row per attempt per key ("account:<email>", "ip:<address>"). */
export const authFailures = pgTable(
  "auth_failures",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    key: text("key").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [index("auth_failures_key_at_idx").on(t.key, t.at), index("auth_failures_at_idx").on(t.at)],
);

/** Console-wide security settings: a single row (id 1). */
export const securitySettings = pgTable(
  "security_settings",
  {
    id: integer("id").primaryKey().default(1),
    requireMfa: boolean("require_mfa").notNull().default(false),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("security_settings_single_row", sql`${t.id} = 1`)],
);

export const connections = pgTable("connections", {
  id: uuid("id").primaryKey().defaultRandom(),
  vendor: text("vendor", { enum: ["nettica", "acreto", "provision", "n2n", "megaport"] }).notNull(),
  name: text("name").notNull(),
  baseUrl: text("base_url").notNull(),
  /** Non-secret fields (usernames, quotas, URLs). */
  settings: jsonb("settings").$type<Record<string, string>>().notNull().default({}),
  /** Secret fields, each AES-256-GCM ciphertext (see crypto.ts). */
  secrets: jsonb("secrets").$type<Record<string, string>>().notNull().default({}),
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id"),
    actorEmail: text("actor_email"),
    action: text("action").notNull(),
    target: text("target"),
    outcome: text("outcome", { enum: ["ok", "denied", "failed"] }).notNull(),
    ip: text("ip"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index("audit_events_at_idx").on(t.at),
    index("audit_events_action_idx").on(t.action),
    // A user's latest sign-in (the Users page's "Last sign-in") is one probe of this index.
    index("audit_events_actor_action_at_idx").on(t.actorId, t.action, t.at),
  ],
);

/** The Nettica monitor's last judgement of each watched VPN (one with an endpoint), per connection. */
export const monitorState = pgTable(
  "monitor_state",
  {
    /** monitorStateKey: a connection's uuid, or "env:nettica@<version>" for the one from the environment (so no foreign key). */
    connectionId: text("connection_id").notNull(),
    vpnId: text("vpn_id").notNull(),
    deviceId: text("device_id").notNull(),
    deviceName: text("device_name").notNull(),
    vpnName: text("vpn_name").notNull(),
    netName: text("net_name").notNull(),
    state: text("state", { enum: ["up", "down"] }).notNull(),
    /** When the monitor first saw the VPN in this state. */
    since: timestamp("since", { withTimezone: true }).notNull(),
    lastSeen: timestamp("last_seen", { withTimezone: true }),
    /** The time of the observation last applied; an older one arriving late is ignored. */
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.connectionId, t.vpnId] })],
);

export type TAlertChannelKind = "email" | "webhook";
/** What a webhook receives: Patchbay's own JSON, a Slack incoming-webhook message, or a Teams card. */
export type TWebhookFormat = "generic" | "slack" | "teams";
export type TEmailTls = "none" | "starttls" | "tls";
export type TEmailChannelSettings = { host: string; port: number; tls: TEmailTls; user: string; from: string; to: string[] };
/** Only the host of a webhook URL is kept in clear: the whole URL is a credential (Slack). No format: generic (channels made before formats). */
export type TWebhookChannelSettings = { host: string; format?: TWebhookFormat };

export const alertChannels = pgTable("alert_channels", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  kind: text("kind", { enum: ["email", "webhook"] }).notNull(),
  enabled: boolean("enabled").notNull().default(true),
  settings: jsonb("settings").$type<TEmailChannelSettings | TWebhookChannelSettings>().notNull(),
  /** Email: password; webhook: url. Each AES-256-GCM ciphertext (see crypto.ts). */
  secrets: jsonb("secrets").$type<Record<string, string>>().notNull().default({}),
  lastDeliveryAt: timestamp("last_delivery_at", { withTimezone: true }),
  lastDeliveryOk: boolean("last_delivery_ok"),
  lastDeliveryError: text("last_delivery_error"),
  lastDeliveryTest: boolean("last_delivery_test"),
  /** When the other channels were told this one keeps failing; cleared when it delivers again. */
  failingNoticeAt: timestamp("failing_notice_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type TAlertDelivery = {
  channel: string;
  kind: TAlertChannelKind;
  /** pending: not sent yet (or retrying); skipped: the channel was removed or turned off meanwhile. */
  status: "pending" | "sent" | "failed" | "skipped";
  attempts: number;
  at: string | null;
  error: string | null;
  /** Set by "Send again": the retry period counts from then, not from the alert. */
  retryFrom?: string;
};

/**
 * One transition, and the outbox of its notifications (one delivery per channel): a Nettica VPN
 * going down or coming back (the monitor), or an attention item entering or leaving attention.
 */
export const alertEvents = pgTable(
  "alert_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** Unique across every database: receivers drop a second copy by it, and event ids repeat from one console to the next. */
    deliveryKey: uuid("delivery_key").notNull().defaultRandom(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    /** The direction, for every event: down = went down or entered attention; up = back up or cleared. */
    kind: text("kind", { enum: ["down", "up"] }).notNull(),
    vendor: text("vendor", { enum: ["nettica", "acreto", "provision", "n2n", "megaport"] }).notNull(),
    /** NETTICA_VPN_RULE (lib/alerts/alert-rules.ts), or the attention kind ("provision.aggregate_full", …). */
    rule: text("rule").notNull(),
    /** What it is about, stable across events: the attention item's id (vendor/connection/rule/subject). */
    itemId: text("item_id").notNull(),
    /** "lon-gw-01 is down", as the item was titled when it entered attention. */
    title: text("title").notNull(),
    detail: text("detail").notNull(),
    /** The console page of the item (with ?connection=); the messages prefix NEXTAUTH_URL. */
    href: text("href"),
    severity: text("severity", { enum: ["critical", "warning"] }).notNull(),
    connectionId: text("connection_id").notNull(),
    connectionName: text("connection_name").notNull(),
    /** The Nettica monitor's VPN events only. */
    deviceId: text("device_id"),
    deviceName: text("device_name"),
    vpnId: text("vpn_id"),
    vpnName: text("vpn_name"),
    netName: text("net_name"),
    lastSeen: timestamp("last_seen", { withTimezone: true }),
    message: text("message").notNull(),
    /** Its rule was muted (alertMutes) when it happened: kept for the history, sent to no channel. */
    muted: boolean("muted").notNull().default(false),
    /** Keyed by channel id. */
    deliveries: jsonb("deliveries").$type<Record<string, TAlertDelivery>>().notNull().default({}),
    /** pending until every channel got it or was given up on. */
    deliveryStatus: text("delivery_status", { enum: ["pending", "done"] }).notNull().default("pending"),
    /** A claimed event's lease end, or a failed one's next try. */
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    claimedBy: text("claimed_by"),
  },
  (t) => [
    index("alert_events_at_idx").on(t.at),
    index("alert_events_outbox_idx").on(t.nextAttemptAt).where(sql`${t.deliveryStatus} = 'pending'`),
    index("alert_events_item_idx").on(t.itemId),
  ],
);

/**
 * The last vendor records a connection's list could not read (schema drift), per operation:
 * what the Connections page shows. Overwritten by each new sighting; cleared by none (it dates itself).
 */
export const connectionDrift = pgTable(
  "connection_drift",
  {
    /** A connection's id: a uuid, or "env:<vendor>" (so no foreign key). */
    connectionId: text("connection_id").notNull(),
    operation: text("operation").notNull(),
    count: integer("count").notNull(),
    /** The first reason, in the admin's words: "product 3 (…): resources.vll — Invalid input". */
    reason: text("reason").notNull(),
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.connectionId, t.operation] })],
);

/**
 * Long vendor jobs (an Acreto commit) as every instance sees them: when one started and ended,
 * and a short lease while one instance is sending it, so a second one is refused anywhere.
 */
export const vendorJobs = pgTable("vendor_jobs", {
  /** "<kind>/<connection id>/<subject…>", parts percent-encoded (jobKey). */
  key: text("key").primaryKey(),
  startedAt: timestamp("started_at", { withTimezone: true }),
  /** False when the job was first seen already running (started elsewhere): startedAt is then when it was seen. */
  sinceKnown: boolean("since_known").notNull().default(false),
  seenRunning: boolean("seen_running").notNull().default(false),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
  outcome: text("outcome"),
  /** Set while an instance sends the job to the vendor; another send is refused until it is cleared or expires. */
  sendingUntil: timestamp("sending_until", { withTimezone: true }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});

/**
 * An MFA enrolment shown but not yet confirmed (Acreto makes a new secret on every POST, so a
 * reload, a wrong code or another instance must reuse it). `enrolment` is AES-GCM ciphertext.
 */
export const pendingEnrolments = pgTable("pending_enrolments", {
  key: text("key").primaryKey(),
  enrolment: text("enrolment"),
  /** Set while an instance asks the vendor for the secret; others wait for it. */
  generatingUntil: timestamp("generating_until", { withTimezone: true }),
  generatedAt: timestamp("generated_at", { withTimezone: true }),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});

/**
 * Vendor logins shared by every instance (Acreto access tokens, N2N login tokens, Megaport sessions
 * and OAuth tokens), so one login — and one one-time code typed — serves them all until it expires.
 */
export const vendorTokens = pgTable(
  "vendor_tokens",
  {
    /** "<connection id>/<connection version>/<scope>". */
    key: text("key").primaryKey(),
    connectionId: text("connection_id").notNull(),
    version: integer("version").notNull(),
    /** AES-256-GCM ciphertext of {value, profile}, bound to the key. */
    token: text("token"),
    /** SHA-256 of the token value: a refused token is dropped by it, never by the value. */
    valueHash: text("value_hash"),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    renewAt: timestamp("renew_at", { withTimezone: true }),
    /** Set while one instance logs in; the others wait for its token. */
    refreshingUntil: timestamp("refreshing_until", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("vendor_tokens_connection_idx").on(t.connectionId)],
);

/** Calls admitted to a throttled vendor credential (N2N, Megaport), by every instance: a sliding log per window. */
export const throttleCalls = pgTable(
  "throttle_calls",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** credentialKeyOf(): a hash of vendor, base URL and credential, never the credential. */
    credentialKey: text("credential_key").notNull(),
    at: timestamp("at", { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index("throttle_calls_key_at_idx").on(t.credentialKey, t.at)],
);

/** Per throttled credential: a 429's hold for every instance, and today's count against the daily quota. */
export const throttleState = pgTable("throttle_state", {
  credentialKey: text("credential_key").primaryKey(),
  pausedUntil: timestamp("paused_until", { withTimezone: true, precision: 3 }),
  /** UTC day (YYYY-MM-DD) that callsToday counts. */
  day: text("day").notNull(),
  callsToday: integer("calls_today").notNull().default(0),
  /** Calls per window the vendor's 429s showed it allows, when that is fewer than the assumed quota. */
  learnedLimit: integer("learned_limit"),
});

/**
 * The short read cache shared by every instance: one vendor read serves every viewer on every
 * instance for its few seconds. The reply is AES-GCM ciphertext (vendor data may hold secrets).
 */
export const readCache = pgTable(
  "read_cache",
  {
    /** SHA-256 of the read's identity (connection, version, method, path, query, headers). */
    key: text("key").primaryKey(),
    connectionId: text("connection_id").notNull(),
    reply: text("reply"),
    expiresAt: timestamp("expires_at", { withTimezone: true, precision: 3 }),
    /** Set while one instance asks the vendor; the others wait for its answer. */
    loadingUntil: timestamp("loading_until", { withTimezone: true, precision: 3 }),
  },
  (t) => [index("read_cache_connection_idx").on(t.connectionId)],
);

/** The last TOTP time step a stored MFA seed answered with, per seed owner: a vendor accepts each code once, on any instance. */
export const totpSteps = pgTable("totp_steps", {
  owner: text("owner").primaryKey(),
  step: integer("step").notNull(),
});

/**
 * A change being sent, or one whose answer was lost (the vendor may have acted), per connection,
 * operation and subject: the same change is not sent twice at once, nor again after a lost answer
 * from any instance until the admin, having seen what the vendor shows now, confirms. `before` is
 * what the check read before sending (vendor ids or counts, never a secret).
 */
export const unsettledChanges = pgTable(
  "unsettled_changes",
  {
    /** SHA-256 of connection id, operation and subject. */
    key: text("key").primaryKey(),
    connectionId: text("connection_id").notNull(),
    operation: text("operation").notNull(),
    /** Set while an instance sends it (the vendor call's timeout, and some). */
    sendingUntil: timestamp("sending_until", { withTimezone: true, precision: 3 }),
    /** When its answer was lost; null while it is only being sent. */
    lostAt: timestamp("lost_at", { withTimezone: true, precision: 3 }),
    before: jsonb("before"),
    expiresAt: timestamp("expires_at", { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index("unsettled_changes_connection_idx").on(t.connectionId)],
);

/**
 * What needs attention (lib/server/attention), one row per item: when Patchbay first and last saw
 * it, so its "since" holds across refreshes, restarts and instances. An item that is gone is
 * marked cleared and starts afresh if it comes back; a row not seen for 7 days is removed. Alerts
 * keep their own state (attentionAlerts), written only by the scheduled pass.
 */
export const attentionState = pgTable(
  "attention_state",
  {
    /** The item's id: vendor/connection/rule/subject, each part percent-encoded. */
    id: text("id").primaryKey(),
    /** A connection's id: a uuid, or "env:<vendor>" (so no foreign key). */
    connectionId: text("connection_id").notNull(),
    /** "nettica.device_down", … (lib/attention/attention-kinds.ts). */
    kind: text("kind").notNull(),
    firstSeen: timestamp("first_seen", { withTimezone: true, precision: 3 }).notNull(),
    lastSeen: timestamp("last_seen", { withTimezone: true, precision: 3 }).notNull(),
    /** When a complete evaluation of its connection no longer found it; null while it stands. */
    clearedAt: timestamp("cleared_at", { withTimezone: true, precision: 3 }),
  },
  (t) => [index("attention_state_connection_idx").on(t.connectionId), index("attention_state_last_seen_idx").on(t.lastSeen)],
);

/**
 * The alerting pass's view of each connection (lib/server/attention/record-attention-transitions.ts):
 * the evaluation it last applied, so an older one arriving late is ignored, and whether a complete
 * one was ever applied — until then what needs attention is the baseline, recorded without alerts.
 */
export const attentionJudgements = pgTable("attention_judgements", {
  /** monitorStateKey: a connection's uuid, or "env:<vendor>@<version>" (instances may hold different accounts under one env id). */
  connectionKey: text("connection_key").primaryKey(),
  connectionId: text("connection_id").notNull(),
  judgedAt: timestamp("judged_at", { withTimezone: true, precision: 3 }).notNull(),
  baselineDone: boolean("baseline_done").notNull().default(false),
});

/**
 * The attention items the alerting pass holds as entered, per connection: entering inserts the row
 * and its alert event in one transaction, leaving deletes it with its own. What it was titled when
 * it entered is kept for the message that says it is clear again.
 */
export const attentionAlerts = pgTable(
  "attention_alerts",
  {
    connectionKey: text("connection_key").notNull(),
    itemId: text("item_id").notNull(),
    connectionId: text("connection_id").notNull(),
    vendor: text("vendor", { enum: ["nettica", "acreto", "provision", "n2n", "megaport"] }).notNull(),
    kind: text("kind").notNull(),
    severity: text("severity", { enum: ["critical", "warning"] }).notNull(),
    title: text("title").notNull(),
    detail: text("detail").notNull(),
    href: text("href").notNull(),
    enteredAt: timestamp("entered_at", { withTimezone: true, precision: 3 }).notNull(),
    /** False for the baseline: already so when alerting began, so neither it nor its clearing is sent. */
    announced: boolean("announced").notNull(),
  },
  (t) => [primaryKey({ columns: [t.connectionKey, t.itemId] }), index("attention_alerts_connection_idx").on(t.connectionId)],
);

/**
 * An operator's pause of one rule's alerts — an attention kind, or the Nettica monitor's VPN rule —
 * on one connection or on all, until it expires. What happens meanwhile is kept in the history as
 * muted and sent nowhere.
 */
export const alertMutes = pgTable(
  "alert_mutes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    rule: text("rule").notNull(),
    /** A connection's id (a uuid, or "env:<vendor>"); null: every connection. */
    connectionId: text("connection_id"),
    until: timestamp("until", { withTimezone: true, precision: 3 }).notNull(),
    reason: text("reason").notNull().default(""),
    createdBy: text("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index("alert_mutes_until_idx").on(t.until)],
);

/**
 * Acreto Things added, changed and removed through Patchbay since the ecosystem's last commit: what
 * the next commit will apply, as far as Patchbay made it (Acreto's API does not list pending
 * changes). Settled when a commit is sent, or when Acreto reports the ecosystem ok again.
 */
export const ecosystemChanges = pgTable(
  "ecosystem_changes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** A connection's id: a uuid, or "env:acreto" (so no foreign key). */
    connectionId: text("connection_id").notNull(),
    ecosystem: text("ecosystem").notNull(),
    /** The Thing's uuid. */
    thing: text("thing").notNull(),
    thingName: text("thing_name").notNull(),
    change: text("change", { enum: ["added", "changed", "removed"] }).notNull(),
    by: text("by").notNull(),
    at: timestamp("at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index("ecosystem_changes_ecosystem_idx").on(t.connectionId, t.ecosystem)],
);

/**
 * An admin's alert thresholds for one connection (lib/attention/threshold-fields.ts): only the
 * values that differ from the defaults, so a connection left alone follows them.
 */
export const attentionThresholds = pgTable("attention_thresholds", {
  /** A connection's id: a uuid, or "env:<vendor>" (so no foreign key). */
  connectionId: text("connection_id").primaryKey(),
  values: jsonb("values").$type<Record<string, number>>().notNull().default({}),
  updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull(),
  /** The admin's email. */
  updatedBy: text("updated_by").notNull(),
});

/**
 * The history of what needed attention: one row per item and episode, from when the scheduled pass
 * held it as entered (an attention item, or a VPN the Nettica monitor judged down) to when it left
 * (null while it stands). Written in the transaction that records the transition, muted or not,
 * baseline included; rows that ended before the retention period are purged.
 */
export const attentionEpisodes = pgTable(
  "attention_episodes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** monitorStateKey: where the pass keeps the connection's state. */
    connectionKey: text("connection_key").notNull(),
    connectionId: text("connection_id").notNull(),
    connectionName: text("connection_name").notNull(),
    vendor: text("vendor", { enum: ["nettica", "acreto", "provision", "n2n", "megaport"] }).notNull(),
    /** The attention kind, or NETTICA_VPN_RULE. */
    rule: text("rule").notNull(),
    itemId: text("item_id").notNull(),
    title: text("title").notNull(),
    severity: text("severity", { enum: ["critical", "warning"] }).notNull(),
    href: text("href"),
    startedAt: timestamp("started_at", { withTimezone: true, precision: 3 }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true, precision: 3 }),
    /** Its rule was muted when it began: no alert went out. */
    muted: boolean("muted").notNull().default(false),
  },
  (t) => [
    uniqueIndex("attention_episodes_open_idx").on(t.connectionKey, t.itemId).where(sql`${t.endedAt} is null`),
    index("attention_episodes_vendor_started_idx").on(t.vendor, t.startedAt),
    index("attention_episodes_ended_idx").on(t.endedAt),
  ],
);

/** A labelled value of a search entry ("endpoint", "198.51.100.10:51820"): shown as what a search matched. */
export type TSearchField = [label: string, value: string];

/**
 * The one search's index (lib/server/search): what each connection's lists hold, one row per item
 * an admin can open, kept in the database so every instance answers from the same rows. A
 * connection's rows are replaced together, in one transaction, when its lists are read again.
 * Only names, ids, addresses, CIDRs, DevEUIs and UIDs are kept: never a vendor secret.
 */
export const searchEntries = pgTable(
  "search_entries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** searchIndexKey: the connection's id and version ("<id>@<version>"), so an edited connection's old rows are never shown. */
    connectionKey: text("connection_key").notNull(),
    /** A connection's id: a uuid, or "env:<vendor>" (so no foreign key). */
    connectionId: text("connection_id").notNull(),
    vendor: text("vendor", { enum: ["nettica", "acreto", "provision", "n2n", "megaport"] }).notNull(),
    /** "nettica.device", "provision.block", … (lib/search/search-types.ts). */
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    detail: text("detail").notNull(),
    /** The item's console page, with ?connection=. */
    href: text("href").notNull(),
    /** The lowest role that may open the item: a search never returns it to a lower one. */
    role: text("role", { enum: ["viewer", "operator", "admin"] }).notNull().default("viewer"),
    /** Every field value, lower-cased, one per line: what the typed words are matched against. */
    terms: text("terms").notNull(),
    fields: jsonb("fields").$type<TSearchField[]>().notNull().default([]),
    /** A ProVision block's range: a typed address or CIDR finds every block that holds it (>>=). */
    network: cidr("network"),
  },
  (t) => [index("search_entries_connection_idx").on(t.connectionKey), index("search_entries_network_idx").using("gist", t.network.op("inet_ops"))],
);

/**
 * When each connection's search entries were last read from its lists, and which instance is
 * reading them now (a lease), so a stale index is refreshed once for every instance.
 */
export const searchIndexState = pgTable(
  "search_index_state",
  {
    connectionKey: text("connection_key").primaryKey(),
    connectionId: text("connection_id").notNull(),
    /** When the entries were last replaced by a complete read; null until the first one. */
    refreshedAt: timestamp("refreshed_at", { withTimezone: true, precision: 3 }),
    /** When a refresh last ended, read or failed: the next is due an interval after it. */
    checkedAt: timestamp("checked_at", { withTimezone: true, precision: 3 }),
    /** Set while an instance reads the lists; others leave the refresh to it until then. */
    refreshingUntil: timestamp("refreshing_until", { withTimezone: true, precision: 3 }),
    /** SHA-256 of the entries last written: an unchanged read only marks the time, and rewrites no row. */
    digest: text("digest"),
    entries: integer("entries").notNull().default(0),
    /** Why the last refresh failed, in the admin's words (no secret); null once one succeeds. */
    error: text("error"),
  },
  (t) => [index("search_index_state_connection_idx").on(t.connectionId)],
);

/**
 * N2N's whole device list, as the last scan read it (lib/server/n2n-fleet): the list page, the
 * attention view's silent devices and the search read these rows, so one scan per interval serves
 * all three. The signal (RSSI, SNR, battery) is the newest uplink Patchbay has read of the device.
 */
export const n2nFleetDevices = pgTable(
  "n2n_fleet_devices",
  {
    /** searchIndexKey: "<connection id>@<version>", so an edited connection's old rows are never shown. */
    connectionKey: text("connection_key").notNull(),
    connectionId: text("connection_id").notNull(),
    deviceId: text("device_id").notNull(),
    /** N2N's own order of the list. */
    position: integer("position").notNull(),
    name: text("name").notNull(),
    enterpriseId: text("enterprise_id").notNull(),
    groupIds: jsonb("group_ids").$type<string[]>().notNull().default([]),
    deviceType: text("device_type"),
    network: text("network", { enum: ["loraWan", "ingested"] }).notNull(),
    enrolment: jsonb("enrolment").$type<{ class: string | null; mode: string | null; appEui: string | null; nwAddress: string | null }>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }),
    lastOnline: timestamp("last_online", { withTimezone: true, precision: 3 }),
    /** Lower-cased id, name, enterprise, type and groups, one per line: what a search is matched against. */
    terms: text("terms").notNull(),
    /** The uplink the signal was read from; null until one is read. */
    signalAt: timestamp("signal_at", { withTimezone: true, precision: 3 }),
    rssi: doublePrecision("rssi"),
    snr: doublePrecision("snr"),
    battery: doublePrecision("battery"),
    batteryUnit: text("battery_unit"),
  },
  (t) => [primaryKey({ columns: [t.connectionKey, t.deviceId] }), index("n2n_fleet_devices_connection_idx").on(t.connectionId)],
);

/** When a connection's device list was last scanned (or failed), and who scans it now. */
export const n2nFleetScans = pgTable(
  "n2n_fleet_scans",
  {
    connectionKey: text("connection_key").primaryKey(),
    connectionId: text("connection_id").notNull(),
    /** The last complete scan; null until the first. */
    scannedAt: timestamp("scanned_at", { withTimezone: true, precision: 3 }),
    /** When a scan last ended, read or failed: the next is due an interval after it. */
    checkedAt: timestamp("checked_at", { withTimezone: true, precision: 3 }),
    /** Set while an instance scans; the others wait for it or read the rows that are there. */
    scanningUntil: timestamp("scanning_until", { withTimezone: true, precision: 3 }),
    devices: integer("devices").notNull().default(0),
    /** Records N2N sent that Patchbay could not read (the rest are kept). */
    unreadable: integer("unreadable").notNull().default(0),
    /** Why the last scan failed, in the admin's words (no secret); null once one succeeds. */
    error: text("error"),
    /** The failure as a VendorError carries it (upstream_throttled, 429, …), so every instance answers it alike. */
    errorCode: text("error_code"),
    errorStatus: integer("error_status"),
  },
  (t) => [index("n2n_fleet_scans_connection_idx").on(t.connectionId)],
);
