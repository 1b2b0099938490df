import type { ApiClient } from '../api/ApiClient';
import type { Person } from '../api/contract';
import type { DemoMessage } from '../api/demoContract';
import { isSmtpAddress, normalizeAddress } from '../mailbox/addresses';

/** GET /api/people takes at most this many addresses; the demo asks once, about the newest messages' people. */
const MaxAddresses = 50;

/**
 * A real relationship in the user's own analysis: someone known (not a stranger), a person rather than a list, not muted,
 * and mail both ways (the user wrote to them and heard from them).
 */
export function hasHistory(person: Person): boolean {
  return person.known && !person.isDistributionList && !person.isMuted && person.sent > 0 && person.received > 0;
}

/**
 * The message the demo pane opens on, chosen from the analysis rather than by name: the newest message whose sender has
 * history with the user (hasHistory), else the newest with such a recipient, else the newest message (null when there
 * is none). `people` are the cards of the messages' addresses (GET /api/people).
 */
export function chooseOpeningMessage(messages: readonly DemoMessage[], people: readonly Person[], ownAddress: string): DemoMessage | null {
  const withHistory = new Set(people.filter(hasHistory).map((p) => normalizeAddress(p.address)));
  const own = normalizeAddress(ownAddress);
  const known = (address: string | null | undefined) => {
    const a = normalizeAddress(address);
    return a !== own && withHistory.has(a);
  };
  return (
    messages.find((m) => known(m.from?.address)) ??
    messages.find((m) => [...m.to, ...m.cc].some((r) => known(r.address))) ??
    messages[0] ??
    null
  );
}

/** The addresses to ask about: senders first, then recipients, newest messages first, without the user's own, at most 50. */
export function openingCandidates(messages: readonly DemoMessage[], ownAddress: string): string[] {
  const own = normalizeAddress(ownAddress);
  const addresses = new Set<string>();
  const add = (address: string | null | undefined) => {
    const a = normalizeAddress(address);
    if (a !== own && isSmtpAddress(a) && addresses.size < MaxAddresses) addresses.add(a);
  };
  for (const m of messages) add(m.from?.address);
  for (const m of messages) for (const r of [...m.to, ...m.cc]) add(r.address);
  return [...addresses];
}

/** Asks the user's analysis about the messages' people and picks the opening message; the newest message when the
 * API cannot answer (no analysis yet, offline). */
export async function findOpeningMessage(api: ApiClient, messages: readonly DemoMessage[], ownAddress: string): Promise<DemoMessage | null> {
  const addresses = openingCandidates(messages, ownAddress);
  if (addresses.length === 0) return messages[0] ?? null;
  const people = await api.getPeople(addresses).then((r) => r.people, () => [] as Person[]);
  return chooseOpeningMessage(messages, people, ownAddress);
}
