import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Me } from '../../api/contract';

/**
 * A mailbox that is not the signed-in user's (a shared or delegate mailbox opened as its own mailbox). The pane shows
 * the signed-in user's own relationships only; on someone else's mail, "you owe a reply" would be about mail that is
 * not theirs, so it shows no cards here. The manifest does not declare SupportsSharedFolders, so Outlook does not
 * offer the add-in in shared folders at all (manifest/README.md).
 */
export function OtherMailboxNotice({ mailboxAddress, me }: { mailboxAddress: string; me: Me }) {
  return (
    <MessageBar intent="info" layout="multiline" data-testid="state-other-mailbox">
      <MessageBarBody>
        <MessageBarTitle>This is another mailbox</MessageBarTitle>
        This message is in {mailboxAddress}, not in your own mailbox ({me.mail}). OutlookNetworking shows your own
        relationships beside your own mail only. Your follow-ups are under Today.
      </MessageBarBody>
    </MessageBar>
  );
}
