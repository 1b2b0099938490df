import type { MailItemLike, MailboxPort, NewMessageForm } from '../mailbox/MailboxPort';

/** Office.context.mailbox as a MailboxPort: one ItemChanged registration fanned out to subscribers. */
export function outlookMailbox(mailbox: Office.Mailbox): MailboxPort {
  const handlers = new Set<() => void>();
  let registered = false;

  return {
    get userProfile() {
      return { emailAddress: mailbox.userProfile.emailAddress, displayName: mailbox.userProfile.displayName };
    },
    get item(): MailItemLike | null {
      // Null in a pinned pane when no message (or several) is selected.
      return mailbox.item ?? null;
    },
    onItemChanged(handler: () => void): () => void {
      handlers.add(handler);
      if (!registered) {
        registered = true;
        mailbox.addHandlerAsync(Office.EventType.ItemChanged, () => {
          for (const h of [...handlers]) h();
        });
      }
      return () => {
        handlers.delete(handler);
      };
    },
    displayNewMessageForm(form: NewMessageForm): void {
      if (Office.context.requirements.isSetSupported('Mailbox', '1.6')) {
        mailbox.displayNewMessageForm({ toRecipients: form.toRecipients, subject: form.subject, htmlBody: form.htmlBody });
        return;
      }
      // Mailbox 1.5 clients (the manifest's floor) have no new-message form: hand over to mailto:.
      const query = new URLSearchParams({ subject: form.subject, body: form.plainBody }).toString().replace(/\+/g, '%20');
      window.open(`mailto:${form.toRecipients.map(encodeURIComponent).join(',')}?${query}`, '_blank', 'noopener');
    },
  };
}
