import type { TAcretoEcosystem, TAcretoGroup, TAcretoThing, TAcretoUser } from "./records";

/** Payloads with their keys in the order the vendor's pages print them. */
export function ecosystemPayload(ecosystem: TAcretoEcosystem) {
  return {
    created: ecosystem.created,
    name: ecosystem.name,
    nsps: ecosystem.nsps.map((nsp) => ({ ...nsp })),
    owner: { ...ecosystem.owner },
    status: ecosystem.status,
    uuid: ecosystem.uuid,
  };
}

export function groupPayload(group: TAcretoGroup) {
  return { name: group.name, uuid: group.uuid };
}

export function thingPayload(thing: TAcretoThing) {
  return {
    assetValue: thing.assetValue,
    category: thing.category,
    expiry: thing.expiry ? { ...thing.expiry } : null,
    name: thing.name,
    profileGroup: thing.profileGroup,
    type: thing.type,
    uuid: thing.uuid,
  };
}

export function userPayload(user: TAcretoUser) {
  return {
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role,
    status: user.status,
    ...(user.withoutUsername ? {} : { username: user.username }),
    uuid: user.uuid,
  };
}

/** A commit that has run its time ends in its outcome; status is read through this everywhere. */
export function settleCommit(ecosystem: TAcretoEcosystem, now: number): TAcretoEcosystem {
  const { commit } = ecosystem;
  if (commit && now >= commit.startedAt + commit.durationMs) {
    ecosystem.status = commit.outcome;
    ecosystem.commit = undefined;
  }
  return ecosystem;
}
