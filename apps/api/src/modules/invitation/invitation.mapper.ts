import type { Invitation } from '@cantiere/domain';
import type { InvitationEntity } from './invitation.entity';

export function invitationStatus(inv: InvitationEntity, now = new Date()): Invitation['status'] {
  if (inv.acceptedAt) return 'accepted';
  if (inv.revokedAt) return 'revoked';
  if (inv.expiresAt <= now) return 'expired';
  return 'pending';
}

export function toInvitation(inv: InvitationEntity): Invitation {
  return {
    id: inv.id,
    email: inv.email,
    name: inv.name,
    role: inv.role,
    status: invitationStatus(inv),
    expiresAt: inv.expiresAt.toISOString(),
    createdAt: inv.createdAt.toISOString(),
    invitedBy: inv.invitedBy?.name ?? null,
  };
}
