import type { EmailAddressDetailsLike, MailItemLike } from './MailboxPort';
import { isSmtpAddress, normalizeAddress } from './addresses';

/** Where the participant appears on the item. */
export type ParticipantRole = 'from' | 'to' | 'cc' | 'organizer' | 'attendee';

export interface Participant {
  /** Lower-case SMTP address. */
  address: string;
  displayName: string;
  role: ParticipantRole;
  isDistributionList: boolean;
  isExternal: boolean;
}

export interface ParticipantList {
  /** People and distribution lists in display order: from, to, cc; each address once. */
  participants: Participant[];
  /** Entries dropped because they had no usable SMTP address (X500, empty). */
  unaddressable: number;
}

const DistributionList = 'distributionList';
const ExternalUser = 'externalUser';

/**
 * The people on a read item: from, to, cc (or organizer and attendees), minus the user and
 * their aliases, each address once (first role wins), distribution lists flagged as such.
 * selfAddresses: the user's primary address and aliases, any case.
 */
export function readParticipants(item: MailItemLike | null, selfAddresses: Iterable<string>): ParticipantList {
  const result: ParticipantList = { participants: [], unaddressable: 0 };
  if (item === null) return result;

  const self = new Set<string>();
  for (const address of selfAddresses) self.add(normalizeAddress(address));
  const seen = new Set<string>();

  const add = (value: unknown, role: ParticipantRole): void => {
    const details = asDetails(value);
    if (details === null) return;
    const address = normalizeAddress(details.emailAddress);
    if (!isSmtpAddress(address)) {
      result.unaddressable++;
      return;
    }
    if (self.has(address) || seen.has(address)) return;
    seen.add(address);
    const displayName = (details.displayName ?? '').trim();
    result.participants.push({
      address,
      displayName: displayName.length > 0 ? displayName : address,
      role,
      isDistributionList: details.recipientType === DistributionList,
      isExternal: details.recipientType === ExternalUser,
    });
  };

  const isAppointment = item.itemType === 'appointment';
  if (isAppointment) {
    add(item.organizer, 'organizer');
    for (const entry of asArray(item.requiredAttendees)) add(entry, 'attendee');
    for (const entry of asArray(item.optionalAttendees)) add(entry, 'attendee');
  } else {
    add(item.from, 'from');
    for (const entry of asArray(item.to)) add(entry, 'to');
    for (const entry of asArray(item.cc)) add(entry, 'cc');
  }
  return result;
}

// In compose mode to/cc are Recipients objects (with getAsync), not arrays: they read as empty.
function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asDetails(value: unknown): EmailAddressDetailsLike | null {
  if (typeof value !== 'object' || value === null || !('emailAddress' in value)) return null;
  return value as EmailAddressDetailsLike;
}
