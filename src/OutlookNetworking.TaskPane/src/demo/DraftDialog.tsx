import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, Textarea, Caption1 } from '@fluentui/react-components';
import { useState } from 'react';
import type { ComposeRequest } from './DemoMailbox';

/** The HTML draft back to editable text: paragraphs become blank lines, <br> a newline. */
export function htmlToText(html: string): string {
  const withBreaks = html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>\s*<p>/gi, '\n\n');
  const doc = new DOMParser().parseFromString(withBreaks, 'text/html');
  return (doc.body.textContent ?? '').trim();
}

interface Props {
  request: ComposeRequest;
  onClose: () => void;
}

/** What Outlook's reply or new-message form would open with. The demo sends nothing. */
export function DraftDialog({ request, onClose }: Props) {
  // Mounted per request (keyed by the caller), so the draft seeds the fields once.
  const [subject, setSubject] = useState(request.subject);
  const [body, setBody] = useState(() => htmlToText(request.htmlBody));

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby="draft-note" data-testid="draft-dialog">
        <DialogBody>
          <DialogTitle>{request.mode === 'reply' ? 'Reply (draft)' : 'New message (draft)'}</DialogTitle>
          <DialogContent style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            <Caption1 id="draft-note">In Outlook this opens Outlook's own form with this draft, for you to edit and send. Nothing is sent from here.</Caption1>
            <Field label="To">
              <Input value={request.to.join('; ')} readOnly data-testid="draft-to" />
            </Field>
            <Field label="Subject">
              <Input value={subject} onChange={(_, d) => setSubject(d.value)} data-testid="draft-subject" />
            </Field>
            <Field label="Message">
              <Textarea value={body} onChange={(_, d) => setBody(d.value)} rows={8} resize="vertical" data-testid="draft-body" />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose} data-testid="draft-close">
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
