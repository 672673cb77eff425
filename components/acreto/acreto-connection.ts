/** An Acreto connection as the browser may see it: no password, no MFA seed, only whether one is stored. */
export type TAcretoConnectionOption = { id: string; name: string; username: string | null; mfaSeedStored: boolean };
