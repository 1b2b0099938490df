import { vi } from 'vitest';
import { ApiClient } from '../../src/api/ApiClient';
import type { Me, NetworkHealth, Person, Suggestion } from '../../src/api/contract';
import type { MailItemLike, MailboxPort, NewMessageForm } from '../../src/mailbox/MailboxPort';
import type { PaneServices } from '../../src/ui/PaneContext';

/** The snapshot's clock (tenant.json "now" of the contoso-stories fixture). */
export const snapshotNow = Date.parse('2025-06-30T18:00:00Z');

export class FakeMailbox implements MailboxPort {
  readonly userProfile = { emailAddress: 'ava.patel@contoso.example', displayName: 'Ava Patel' };
  item: MailItemLike | null;
  readonly forms: NewMessageForm[] = [];
  readonly replies: unknown[] = [];
  private readonly handlers = new Set<() => void>();

  constructor(item: MailItemLike | null) {
    this.item = item;
  }

  select(item: MailItemLike | null): void {
    this.item = item;
    for (const h of [...this.handlers]) h();
  }

  onItemChanged(handler: () => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  displayNewMessageForm(form: NewMessageForm): void {
    this.forms.push(form);
  }
}

const address = (emailAddress: string, displayName: string, recipientType = 'user') => ({ emailAddress, displayName, recipientType });

export function messageFromBen(): MailItemLike {
  return {
    itemType: 'message',
    itemId: 'AAMk000002',
    conversationId: 'conv-ben',
    from: address('ben.okafor@contoso.example', 'Ben Okafor'),
    to: [address('ava.patel@contoso.example', 'Ava Patel')],
    cc: [address('ava@contoso.example', 'Ava Patel'), address('eng-all@contoso.example', 'Engineering', 'distributionList')],
  };
}

export function messageFromLena(): MailItemLike {
  return {
    itemType: 'message',
    itemId: 'AAMk000009',
    conversationId: 'conv-lena',
    from: address('lena.fischer@fabrikam.example', 'Lena Fischer', 'externalUser'),
    to: [address('ava.patel@contoso.example', 'Ava Patel')],
    cc: [address('nia.brooks@contoso.example', 'Nia Brooks')],
  };
}

export const me: Me = {
  displayName: 'Ava Patel',
  mail: 'ava.patel@contoso.example',
  addresses: ['ava.patel@contoso.example', 'ava@contoso.example'],
  tenantId: '082b0f07-d204-5b20-a5ea-f52016e1d6be',
  timeZone: 'Pacific Standard Time',
  digest: { enabled: true, hour: 7 },
  optedOut: false,
  lastAnalysedAt: '2025-06-30T18:00:00Z',
};

export function suggestion(overrides: Partial<Suggestion> = {}): Suggestion {
  return {
    id: 's_ben_owed',
    kind: 'owedReply',
    contact: { address: 'ben.okafor@contoso.example', displayName: 'Ben Okafor' },
    score: 0.91,
    rank: 1,
    today: true,
    reason: 'Ben Okafor wrote to you 5 days ago and is still waiting for your reply.',
    evidence: { conversationId: 'conv-ben', messageId: 'AAMk000002', meetingId: null, anchorAt: '2025-06-25T16:00:00Z', lastContact: '2025-06-25T16:00:00Z', firstContact: '2024-07-01T09:00:00Z', usualGapDays: 7, daysSilent: 5, contactDays: 104, exchanges: 106, cadenceDays: null },
    webLink: 'https://outlook.office.com/mail/deeplink/read/AAMk000002',
    ...overrides,
  };
}

export function ben(overrides: Partial<Person> = {}): Person {
  return {
    address: 'ben.okafor@contoso.example',
    displayName: 'Ben Okafor',
    known: true,
    isInternal: true,
    isDistributionList: false,
    isMuted: false,
    strength: 0.82,
    strengthLabel: 'strong',
    firstContact: '2024-07-01T09:00:00Z',
    lastContact: '2025-06-25T16:00:00Z',
    contactDays: 104,
    sent: 52,
    received: 54,
    meetings: 0,
    medianGapDays: 7,
    monthlyContactDays: [8, 9, 8, 10, 8, 9, 8, 9, 8, 9, 8, 6],
    goal: null,
    suggestions: [suggestion()],
    ...overrides,
  };
}

export function unknownPerson(addressValue: string): Person {
  return {
    address: addressValue, displayName: null, known: false, isInternal: true, isDistributionList: false, isMuted: false,
    strength: null, strengthLabel: null, firstContact: null, lastContact: null, contactDays: 0, sent: 0, received: 0, meetings: 0,
    medianGapDays: null, monthlyContactDays: null, goal: null, suggestions: [],
  };
}

export const health: NetworkHealth = {
  asOf: '2025-06-30T18:00:00Z',
  activeTies: { value: 24, previous: 22, change: 2 },
  newTiesThisMonth: { value: 3, previous: 1, change: 2 },
  fadingTies: { value: 4, previous: 5, change: -1 },
  dormantTies: { value: 7, previous: 7, change: 0 },
  externalShare: { value: 0.31, previous: 0.28, change: 0.03 },
  reciprocity: { value: 0.74, previous: 0.7, change: 0.04 },
};

type Handler = (url: URL, init: RequestInit) => Response | Promise<Response>;

/** A fetch that routes "METHOD /path" to handlers and records every call. */
export function routedFetch(routes: Record<string, Handler>) {
  const calls: Array<{ method: string; path: string; url: URL; body: string | undefined }> = [];
  const fetch = vi.fn(async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, 'https://localhost:5001');
    const method = init.method ?? 'GET';
    const path = decodeURIComponent(url.pathname);
    calls.push({ method, path, url, body: init.body as string | undefined });
    const handler = routes[`${method} ${path}`];
    if (!handler) return new Response(JSON.stringify({ title: 'Not Found', status: 404 }), { status: 404, headers: { 'Content-Type': 'application/problem+json' } });
    return handler(url, init);
  });
  return { fetch, calls };
}

export const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
export const noContent = () => new Response(null, { status: 204 });

export function services(mailbox: MailboxPort, fetch: (input: string, init?: RequestInit) => Promise<Response>): PaneServices {
  return {
    api: new ApiClient({ getAccessToken: async () => 'test-token' }, fetch),
    mailbox,
    now: () => snapshotNow,
    adminConsentUrl: '/admin/consent',
  };
}
