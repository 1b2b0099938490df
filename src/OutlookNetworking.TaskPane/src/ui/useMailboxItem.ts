import { useMemo, useSyncExternalStore } from 'react';
import type { MailItemLike, MailboxPort } from '../mailbox/MailboxPort';

/** The selected item; a new object on every ItemChanged, even when Outlook hands over the same item object again. */
export interface MailboxSelection {
  item: MailItemLike | null;
  version: number;
}

/** The selected item, re-read on every ItemChanged (pinned pane); `item` null when nothing is selected. */
export function useMailboxItem(mailbox: MailboxPort): MailboxSelection {
  const store = useMemo(() => selectionStore(mailbox), [mailbox]);
  return useSyncExternalStore(store.subscribe, store.snapshot);
}

function selectionStore(mailbox: MailboxPort) {
  let current: MailboxSelection = { item: mailbox.item, version: 0 };
  return {
    subscribe: (onChange: () => void): (() => void) =>
      mailbox.onItemChanged(() => {
        current = { item: mailbox.item, version: current.version + 1 };
        onChange();
      }),
    // Also catches an item that changed before the subscription (between the first render and the effect).
    snapshot: (): MailboxSelection => {
      if (current.item !== mailbox.item) current = { item: mailbox.item, version: current.version + 1 };
      return current;
    },
  };
}
