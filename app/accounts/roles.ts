// Roles and their Dutch names; browser-safe so navigation and forms can use them too.
export const roles = ["klantmanager", "leidinggevende", "redacteur", "beheerder"] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  klantmanager: "Klantmanager",
  leidinggevende: "Leidinggevende",
  redacteur: "Redacteur",
  beheerder: "Beheerder",
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
