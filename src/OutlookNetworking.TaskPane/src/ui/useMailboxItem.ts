import { useEffect, useState } from 'react';
import type { MailItemLike, MailboxPort } from '../mailbox/MailboxPort';

/** The selected item, re-read on every ItemChanged (pinned pane); null when nothing is selected. */
export function useMailboxItem(mailbox: MailboxPort): { item: MailItemLike | null; version: number } {
  const [state, setState] = useState(() => ({ item: mailbox.item, version: 0 }));
  useEffect(() => {
    const unsubscribe = mailbox.onItemChanged(() => setState((previous) => ({ item: mailbox.item, version: previous.version + 1 })));
    // The item may have changed between the first render and the subscription.
    setState((previous) => (previous.item === mailbox.item ? previous : { item: mailbox.item, version: previous.version + 1 }));
    return unsubscribe;
  }, [mailbox]);
  return state;
}
