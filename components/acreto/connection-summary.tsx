import type { TAcretoConnectionOption } from "./acreto-connection";

/** "Acreto (simulated) · signs in as secops@… · MFA answered by Patchbay" */
export function ConnectionSummary({ connection }: { connection: TAcretoConnectionOption }) {
  return (
    <span data-testid="acreto-connection">
      {connection.name}
      {connection.username && ` · signs in as ${connection.username}`}
      {connection.mfaSeedStored ? " · one-time codes answered from the stored MFA seed" : ""}
    </span>
  );
}
