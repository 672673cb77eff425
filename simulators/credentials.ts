/**
 * Fixed credentials the simulators accept, for the demo, the tests and the end-to-end specs.
 * They only ever open the local simulators.
 */
export const NETTICA_CREDENTIALS = {
  apiKey: "nettica-api-7fK2mQ9xLp4RtV8nWc3ZbH6yJd5Gs1Ae",
  /** A key of a suspended account: every call answers 403 {"error":"Account Suspended"}. */
  suspendedApiKey: "nettica-api-Qw3Er5Ty7Ui9Op1As2Df4Gh6Jk8Lz0Xc",
} as const;

export const ACRETO_CREDENTIALS = {
  admin: { username: "admin@patchbay.example", password: "acreto-admin-demo-pass" },
  /** TOTP is on for this account: login answers 424 until X-OTP carries a code of `totpSecret`. */
  mfaUser: {
    username: "secops@patchbay.example",
    password: "acreto-secops-demo-pass",
    totpSecret: "PATCHBAYACRETOMFA2345672345PATCH",
  },
} as const;

/** The test vector of VENDORS.md, so a hand-made signature can be checked against it. */
export const PROVISION_CREDENTIALS = {
  apiKey: "38-TMHQV8CV2XZYC2ZS",
  secretKey: "5f2b8c1e9d7a4b3c6e0f1a2d3c4b5a69",
} as const;

export const N2N_CREDENTIALS = {
  /** An admin key with a low TPS quota, so throttling shows quickly. */
  apiKey: "8a0892e3aedbe2f2ade4bd727d4725e0c639d021",
  tps: 2,
  tpd: 20_000,
  /** A read-only key: enrolment and key management answer 403. */
  readOnlyApiKey: "3c1f9b7e2d4a6c8e0f1b3d5a7c9e2f4b6d8a0c1e",
  email: "iot-ops@patchbay.example",
  password: "n2n-demo-pass",
} as const;

export const MEGAPORT_CREDENTIALS = {
  username: "netops@patchbay.example",
  password: "megaport-demo-pass",
  accessKey: "5h2k9v3q7m1t8r4w6y0z2x5c7b",
  secretKey: "mp-secret-4Zt9Qk2Lw7Xv1Nb8Rc5Hy3Jd6Fs0Gp2Mq9Tw4Ve7Ka1Uo3",
  /** A service agent: holds permissions under two companies. */
  serviceAgent: { username: "agent@partner.example", password: "megaport-agent-pass" },
  /** MFA is on for this account: /v2/login refuses it until oneTimePassword carries a code of `totpSecret`. */
  mfaUser: { username: "secops@patchbay.example", password: "megaport-secops-pass", totpSecret: "PATCHBAYMEGAPORTMFA234567PATCHBY" },
} as const;

export const SIMULATOR_CREDENTIALS = {
  nettica: NETTICA_CREDENTIALS,
  acreto: ACRETO_CREDENTIALS,
  provision: PROVISION_CREDENTIALS,
  n2n: N2N_CREDENTIALS,
  megaport: MEGAPORT_CREDENTIALS,
} as const;
export type TSimulatorCredentials = typeof SIMULATOR_CREDENTIALS;
