import { formatSqlDate } from "../core/time-format";
import { formatAddress, lastAddress } from "./ip";
import { resourceName, type TBlockPermissions, type TBlockRecord, type TProvisionState } from "./records";
import { cidrOf, formatOf } from "./tree";

const EMPTY_DATE = "0000-00-00 00:00:00";
const flag = (value: boolean) => (value ? "1" : "0");
const idText = (id: number | null) => (id === null ? null : String(id));
const numberText = (value: number | null) => (value === null ? null : String(value));

/** ProVision's per-key flags, as strings; the documented examples carry no delete flag on older instances. */
const permissionsPayload = (p: TBlockPermissions) => ({
  permissionIPAMRead: flag(p.read),
  permissionIPAMUpdate: flag(p.update),
  permissionIPAMCreate: flag(p.create),
  permissionIPAMDelete: flag(p.delete),
  permissionSWIP: flag(p.update),
  permissionAdmin: "0",
});

/** A block as the API sends it: ids, masks and flags as strings, as the real one does. */
export function blockPayload(state: TProvisionState, block: TBlockRecord): Record<string, unknown> {
  const payload = wirePayload(state, block);
  // A drifted instance: this block's mask is not a number any client can read.
  if (state.settings.unreadableBlock === formatOf(block)) payload.mask = `/${block.mask}`;
  return payload;
}

function wirePayload(state: TProvisionState, block: TBlockRecord): Record<string, unknown> {
  const end = lastAddress(cidrOf(block));
  const first = formatAddress(block.family, block.address);
  const common = {
    id: String(block.id),
    mask: String(block.mask),
    child1: idText(block.child1),
    child2: idText(block.child2),
    parent: idText(block.parentId),
    is_assigned: flag(block.isAssigned),
    is_swipped: "0",
    is_aggregate: flag(block.isAggregate),
    custid: block.holding ? "holding" : block.resourceId === null ? null : `cust-${block.resourceId}`,
    description: block.description,
    notes: block.notes,
    rir: block.rir,
    generic_code: block.genericCode,
    region: block.region,
    vlan: numberText(block.vlan),
    arin_net_id: null,
    arin_cust_id: null,
  };
  if (state.settings.legacyBlockForm && block.family === "ipv4") {
    const [oct1, oct2, oct3, oct4] = first.split(".");
    return {
      oct1,
      oct2,
      oct3,
      oct4,
      ...common,
      last_updated_time: formatSqlDate(block.lastUpdated),
      arin_swip_time: EMPTY_DATE,
      assigned_time: block.assignedTime === null ? EMPTY_DATE : formatSqlDate(block.assignedTime),
    };
  }
  return {
    ...common,
    type: block.family,
    top_aggregate: String(block.topAggregateId),
    cidr: formatOf(block),
    formatted_ip: first,
    address: block.address.toString(),
    end_address: end.toString(),
    resource_id: numberText(block.resourceId),
    resource_name: resourceName(state, block.resourceId),
    lir_id: numberText(block.lirId),
    code: block.code,
    asn: numberText(block.asn),
    allowSubAssignments: flag(block.allowSubAssignments),
    permissions: permissionsPayload(block.permissions),
    range: `${first} - ${formatAddress(block.family, end)}`,
    tags: [...block.tags],
    last_updated_time: formatSqlDate(block.lastUpdated),
    assigned_time: block.assignedTime === null ? null : formatSqlDate(block.assignedTime),
    arin_swip_time: null,
  };
}
