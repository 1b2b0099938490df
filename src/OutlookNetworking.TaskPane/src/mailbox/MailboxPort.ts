// The slice of Office.context.mailbox that the pane consumes. Outlook's real mailbox satisfies it
// (adapted in host/outlookHost.ts) and so does the demo shim (demo/DemoMailbox.ts): one code path.

/** Office.EmailAddressDetails as read mode returns it. */
export interface EmailAddressDetailsLike {
  displayName?: string | null;
  emailAddress?: string | null;
  /** 'user' | 'externalUser' | 'distributionList' | 'other' (Office.MailboxEnums.RecipientType). */
  recipientType?: string | null;
}

/** The read-mode message (or appointment) the pane shows. Properties are read defensively: compose mode differs. */
export interface MailItemLike {
  itemType?: string;
  itemId?: string | null;
  conversationId?: string | null;
  from?: unknown;
  to?: unknown;
  cc?: unknown;
  organizer?: unknown;
  requiredAttendees?: unknown;
  optionalAttendees?: unknown;
  displayReplyForm?: (formData: string | { htmlBody?: string }) => void;
}

export interface NewMessageForm {
  toRecipients: string[];
  subject: string;
  htmlBody: string;
  /** The same draft as plain text (for clients without an HTML form). */
  plainBody: string;
}

export interface MailboxPort {
  readonly userProfile: { emailAddress: string; displayName: string };
  /** The selected item; null when nothing is selected in a pinned pane. */
  readonly item: MailItemLike | null;
  /** Calls the handler on every ItemChanged (a pinned pane follows the selection); returns an unsubscribe. */
  onItemChanged(handler: () => void): () => void;
  displayNewMessageForm(form: NewMessageForm): void;
}
