import { OfficeMockObject } from 'office-addin-mock';
import { vi } from 'vitest';
import type { MailItemLike } from '../../src/mailbox/MailboxPort';

export interface Address {
  emailAddress: string;
  displayName: string;
  recipientType?: string;
}

export interface ItemSeed {
  itemType?: string;
  itemId?: string;
  conversationId?: string;
  from?: Address;
  to?: Address[];
  cc?: Address[];
}

/** The part of Office.context.mailbox the mock plays (its item is set by the test). */
export interface MockMailbox {
  userProfile: { emailAddress: string; displayName: string };
  item: MailItemLike | null;
  addHandlerAsync(eventType: string, handler: (args: unknown) => void, callback?: (result: unknown) => void): void;
  displayNewMessageForm: ReturnType<typeof vi.fn>;
}

/** The part of the Office global the mock plays; tests add what else they need (context.ui, AsyncResultStatus). */
export interface MockOffice {
  context: { mailbox: MockMailbox; requirements: { isSetSupported(name: string, version: string): boolean }; ui?: unknown };
  EventType: Record<string, string>;
  HostType: Record<string, string>;
  AsyncResultStatus?: Record<string, string>;
}

export interface OutlookMock {
  office: MockOffice;
  mailbox: MockMailbox;
  /** Raises ItemChanged as Outlook does when a pinned pane's selection changes. */
  selectItem(item: ItemSeed | null): void;
  displayNewMessageForm: ReturnType<typeof vi.fn>;
  displayReplyForm: ReturnType<typeof vi.fn>;
}

/** An Office global for Outlook read mode built with office-addin-mock (host "outlook"). */
export function installOutlookMock(options: { user?: Address; item?: ItemSeed | null; supportedSets?: Record<string, string> } = {}): OutlookMock {
  const user = options.user ?? { emailAddress: 'ava.patel@contoso.example', displayName: 'Ava Patel' };
  const sets = options.supportedSets ?? { Mailbox: '1.14' };
  const displayNewMessageForm = vi.fn();
  const displayReplyForm = vi.fn();
  let itemChanged: ((args: unknown) => void) | null = null;

  const toItem = (seed: ItemSeed | null) => (seed === null ? null : { itemType: 'message', cc: [], to: [], ...seed, displayReplyForm });
  const data = {
    host: 'outlook',
    context: {
      mailbox: {
        userProfile: { emailAddress: user.emailAddress, displayName: user.displayName },
        // office-addin-mock cannot seed null: the item is set after construction.
        item: {},
        addHandlerAsync(eventType: string, handler: (args: unknown) => void, callback?: (result: unknown) => void) {
          if (eventType === 'olkItemSelectedChanged') itemChanged = handler;
          callback?.({ status: 'succeeded' });
        },
        displayNewMessageForm,
      },
      requirements: {
        isSetSupported(name: string, version: string) {
          const have = sets[name];
          return have !== undefined && compareVersions(have, version) >= 0;
        },
      },
    },
    EventType: { ItemChanged: 'olkItemSelectedChanged', OfficeThemeChanged: 'officeThemeChanged' },
    HostType: { Outlook: 'Outlook' },
  };
  // office-addin-mock types its data loosely and its result not at all: the mock is what MockOffice says.
  const office = new OfficeMockObject(data) as unknown as MockOffice;

  (globalThis as { Office?: unknown }).Office = office;
  const mailbox = office.context.mailbox;
  mailbox.item = toItem(options.item === undefined ? null : options.item);
  return {
    office,
    mailbox,
    selectItem(seed) {
      mailbox.item = toItem(seed);
      itemChanged?.({ type: 'olkItemSelectedChanged' });
    },
    displayNewMessageForm,
    displayReplyForm,
  };
}

export function uninstallOfficeMock(): void {
  delete (globalThis as { Office?: unknown }).Office;
}

/** '1.14' vs '1.6' compared part by part (14 > 6), as requirement sets are. */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
