import type { DemoAddress, DemoMessage, DemoUser } from '../api/demoContract';
import type { EmailAddressDetailsLike, MailItemLike, MailboxPort, NewMessageForm } from '../mailbox/MailboxPort';
import { normalizeAddress } from '../mailbox/addresses';

/** A form Outlook would open; the demo shows it in a dialog instead. Nothing is ever sent. */
export interface ComposeRequest {
  mode: 'reply' | 'new';
  to: string[];
  subject: string;
  htmlBody: string;
}

/**
 * Office.context.mailbox for a plain browser: the demo user's profile, the picked message as a
 * read-mode item (EmailAddressDetails with recipientType), ItemChanged when another message is
 * picked, and the compose forms routed to a dialog.
 */
export class DemoMailbox implements MailboxPort {
  readonly userProfile: { emailAddress: string; displayName: string };
  private current: MailItemLike | null = null;
  private readonly handlers = new Set<() => void>();
  private readonly tenantDomains: ReadonlySet<string>;
  private readonly compose: (request: ComposeRequest) => void;

  /** tenantDomains: the organisation's mail domains (internal addresses read as 'user'). */
  constructor(user: DemoUser, tenantDomains: Iterable<string>, compose: (request: ComposeRequest) => void) {
    this.userProfile = { emailAddress: user.mail || user.upn, displayName: user.displayName };
    this.tenantDomains = new Set([...tenantDomains].map(normalizeAddress));
    this.compose = compose;
  }

  get item(): MailItemLike | null {
    return this.current;
  }

  /** Selects a message (null: nothing selected) and raises ItemChanged, as Outlook does. */
  select(message: DemoMessage | null): void {
    this.current = message === null ? null : this.toItem(message);
    for (const handler of [...this.handlers]) handler();
  }

  onItemChanged(handler: () => void): () => void {
    this.handlers.add(handler);
    return () => {
      this.handlers.delete(handler);
    };
  }

  displayNewMessageForm(form: NewMessageForm): void {
    this.compose({ mode: 'new', to: [...form.toRecipients], subject: form.subject, htmlBody: form.htmlBody });
  }

  private toItem(message: DemoMessage): MailItemLike {
    const from = message.from ? this.toDetails(message.from) : null;
    const subject = message.subject ?? '';
    return {
      itemType: 'message',
      itemId: message.id,
      conversationId: message.conversationId,
      from,
      to: message.to.map((r) => this.toDetails(r)),
      cc: message.cc.map((r) => this.toDetails(r)),
      displayReplyForm: (formData) => {
        const htmlBody = typeof formData === 'string' ? formData : (formData.htmlBody ?? '');
        this.compose({
          mode: 'reply',
          to: from?.emailAddress ? [from.emailAddress] : [],
          subject: /^re:/i.test(subject) ? subject : `RE: ${subject}`,
          htmlBody,
        });
      },
    };
  }

  private toDetails(address: DemoAddress): EmailAddressDetailsLike {
    const email = address.address ?? '';
    const domain = normalizeAddress(email.split('@')[1]);
    const recipientType = address.recipientType ?? (domain.length === 0 ? 'other' : this.tenantDomains.has(domain) ? 'user' : 'externalUser');
    return { displayName: address.name ?? email, emailAddress: email, recipientType };
  }
}
