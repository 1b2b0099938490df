import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../api/ApiClient';
import type { Me } from '../api/contract';
import type { DemoMessage, DemoUser } from '../api/demoContract';
import { App } from '../ui/App';
import { AdminConsentPath } from '../ui/adminConsentPath';
import { type PaneServices, PaneServicesProvider } from '../ui/PaneContext';
import { ThemedShell } from '../ui/ThemedShell';
import { DemoBar } from './DemoBar';
import { type ComposeRequest, DemoMailbox } from './DemoMailbox';
import { DemoTokenProvider } from './DemoTokenProvider';
import { readDemoParams, writeDemoParams } from './demoParams';
import { findOpeningMessage } from './openingMessage';

// The draft dialog (Dialog, Textarea) loads on the first "Write follow-up", not with the page.
const DraftDialog = lazy(() => import('./DraftDialog').then((m) => ({ default: m.DraftDialog })));

export { AdminConsentPath };

interface UserSession {
  upn: string;
  services: PaneServices;
  mailbox: DemoMailbox;
  messages: DemoMessage[];
  me: Me | undefined;
}

/** /taskpane/?demo: the same App against the demo mailbox shim, for any simulated user. */
export function DemoRoot({ api, prefersDark }: { api: ApiClient; prefersDark: boolean }) {
  const params = useMemo(() => readDemoParams(window.location.search), []);
  const [dark, setDark] = useState(params.theme === null ? prefersDark : params.theme === 'dark');
  const [users, setUsers] = useState<DemoUser[] | null>(null);
  const [upn, setUpn] = useState<string | null>(null);
  const [session, setSession] = useState<UserSession | null>(null);
  const [messageId, setMessageId] = useState<string | null>(null);
  const [compose, setCompose] = useState<{ request: ComposeRequest; serial: number } | null>(null);
  const [failed, setFailed] = useState<'unreachable' | 'noUsers' | null>(null);

  useEffect(() => {
    api.getDemoUsers().then(
      (list) => {
        if (list.length === 0) {
          setFailed('noUsers');
          return;
        }
        setUsers(list);
        const wanted = list.find((u) => u.upn.toLowerCase() === params.upn?.toLowerCase()) ?? list[0];
        setUpn(wanted?.upn ?? null);
      },
      () => setFailed('unreachable'),
    );
  }, [api, params.upn]);

  // A new user: new token, new mailbox; their messages and profile load in parallel.
  useEffect(() => {
    if (upn === null || users === null) return;
    const user = users.find((u) => u.upn === upn);
    if (!user) return;
    const domains = users.map((u) => (u.mail || u.upn).split('@')[1] ?? '').filter((d) => d.length > 0);
    const mailbox = new DemoMailbox(user, domains, (request) => setCompose((previous) => ({ request, serial: (previous?.serial ?? 0) + 1 })));
    const userApi = api.withTokens(new DemoTokenProvider(api, upn));
    let reference: number | null = null;
    const services: PaneServices = { api: userApi, mailbox, now: () => reference ?? Date.now(), adminConsentUrl: AdminConsentPath };
    let current = true;
    const mePromise = userApi.getMe().catch(() => undefined);
    const messagesPromise = api.getDemoMessages(upn).catch(() => [] as DemoMessage[]);
    // Without a message in the URL the pane opens on the newest message from (else to) someone the user has real
    // history with, as the user's own analysis says (GET /api/people), not on a stranger's or a noreply's.
    const openingPromise = messagesPromise.then((messages) =>
      messages.find((m) => m.id === params.message) ?? findOpeningMessage(userApi, messages, mailbox.userProfile.emailAddress),
    );
    void Promise.all([mePromise, messagesPromise, openingPromise]).then(([me, messages, first]) => {
      if (!current) return;
      // The demo's clock is the snapshot's: "3 weeks ago" counts from the last analysis, or
      // before any analysis from the newest message, never from the browser's clock.
      reference = demoReferenceTime(me?.lastAnalysedAt ?? null, messages);
      mailbox.select(first);
      setMessageId(first?.id ?? null);
      setSession({ upn, services, mailbox, messages, me });
    });
    return () => {
      current = false;
    };
  }, [api, upn, users, params.message]);

  useEffect(() => {
    writeDemoParams({ upn, message: messageId, theme: dark ? 'dark' : 'light' });
  }, [upn, messageId, dark]);

  // The session of the user picked, once their profile and messages are in (the previous user's until then is not shown).
  const ready = session !== null && session.upn === upn ? session : null;

  const pickMessage = (id: string | null) => {
    if (!ready) return;
    setMessageId(id);
    ready.mailbox.select(ready.messages.find((m) => m.id === id) ?? null);
  };

  return (
    <ThemedShell dark={dark}>
      {failed ? (
        <MessageBar intent="error" data-testid="demo-unavailable">
          <MessageBarBody>
            {failed === 'noUsers'
              ? 'The demo tenant has no users.'
              : 'The demo is not available: start the Web project in demo mode (dotnet run).'}
          </MessageBarBody>
        </MessageBar>
      ) : users === null || upn === null ? (
        <Text role="status" style={{ display: 'block', padding: 16 }}>
          Loading the demo tenant…
        </Text>
      ) : (
        <>
          <DemoBar
            users={users}
            upn={upn}
            onUser={setUpn}
            messages={ready ? ready.messages : null}
            messageId={messageId}
            onMessage={pickMessage}
            dark={dark}
            onToggleTheme={() => setDark((d) => !d)}
          />
          {ready ? (
            <PaneServicesProvider value={ready.services}>
              <App key={ready.upn} initialMe={ready.me} />
            </PaneServicesProvider>
          ) : (
            <Text role="status" style={{ display: 'block', padding: 16 }}>
              Opening the mailbox…
            </Text>
          )}
        </>
      )}
      {compose !== null ? (
        <Suspense fallback={null}>
          <DraftDialog key={compose.serial} request={compose.request} onClose={() => setCompose(null)} />
        </Suspense>
      ) : null}
    </ThemedShell>
  );
}

/** The demo's "now": the last analysis, else the newest message, else null (the browser's clock). */
export function demoReferenceTime(lastAnalysedAt: string | null, messages: readonly DemoMessage[]): number | null {
  const analysed = lastAnalysedAt ? Date.parse(lastAnalysedAt) : Number.NaN;
  if (!Number.isNaN(analysed)) return analysed;
  const newest = Math.max(...messages.map((m) => Date.parse(m.receivedDateTime)).filter((t) => !Number.isNaN(t)));
  return Number.isFinite(newest) ? newest : null;
}
