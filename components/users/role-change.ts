import type { TRole } from "@/lib/role-names";

const CAN: Record<TRole, string> = {
  viewer: "read every vendor's pages and alerts, and change nothing",
  operator: "make vendor changes (commits, assignments, enrolments) as well as read",
  admin: "manage users, connections and secrets, and read the audit trail",
};

/** What the admin is asked before changing a role: promotion to admin is said in the strongest words. */
export function roleChangeQuestion(user: { email: string; name: string; role: TRole }, role: TRole, isSelf: boolean): { title: string; text: string; confirmLabel: string } {
  const who = user.name || user.email;
  if (role === "admin") {
    return {
      title: `Make ${user.email} an admin?`,
      text: `${who} will be able to manage users, connections and secrets: add and remove users (you included), change roles, reset passwords, read and change every vendor connection, and export the audit trail. Only give this to someone you would give the vendor credentials to.`,
      confirmLabel: "Make admin",
    };
  }
  if (user.role === "admin") {
    return {
      title: isSelf ? `Give up your admin role?` : `Remove ${user.email}'s admin role?`,
      text: `${isSelf ? "You" : who} will no longer manage users, connections or secrets, and will only ${CAN[role]}.${isSelf ? " You lose this page as soon as you confirm." : " Their open sessions change at once."}`,
      confirmLabel: `Make ${role}`,
    };
  }
  return {
    title: `Make ${user.email} ${role === "operator" ? "an operator" : "a viewer"}?`,
    text: `${who} will ${CAN[role]}. Their open sessions change at once.`,
    confirmLabel: `Make ${role}`,
  };
}
