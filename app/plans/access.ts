// The pure part of the access rules (see access.server.ts for the guards that use it).

type Leader = { id: string; leadsTeamIds: string[]; organisationId: string };
type Member = { id: string; teamId: string | null; organisationId: string };

/** May `user` act as leidinggevende for `member`: a member of a team they lead, in their organisation, not themselves. */
export function leads(user: Leader, member: Member): boolean {
  return member.id !== user.id && member.teamId !== null && member.organisationId === user.organisationId && user.leadsTeamIds.includes(member.teamId);
}
