import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NotConsentedError, SignInRequiredError } from '../src/auth/AuthErrors';
import { type SignInAccounts, SignInGate } from '../src/host/SignInGate';
import { ThemedShell } from '../src/ui/ThemedShell';

function accounts(options: { silent: () => Promise<string>; interactive?: () => Promise<void> }) {
  const listeners = new Set<() => void>();
  const signIn = vi.fn(options.interactive ?? (async () => undefined));
  const value: SignInAccounts & { signIn: typeof signIn; requireAgain(): void } = {
    getAccessToken: vi.fn(options.silent),
    signIn,
    onSignInRequired: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    requireAgain: () => listeners.forEach((l) => l()),
  };
  return value;
}

function renderGate(a: SignInAccounts) {
  return render(
    <ThemedShell dark={false}>
      <SignInGate accounts={a} adminConsentUrl="/admin/consent">
        <p data-testid="the-pane">pane</p>
      </SignInGate>
    </ThemedShell>,
  );
}

describe('SignInGate', () => {
  it('SignInGate_SilentSucceeds_ShowsThePaneWithoutAButton', async () => {
    const a = accounts({ silent: async () => 'token' });
    renderGate(a);
    await screen.findByTestId('the-pane');
    expect(screen.queryByTestId('sign-in')).toBeNull();
    expect(a.signIn).not.toHaveBeenCalled();
  });

  it('SignInGate_SilentNeedsTheUser_ShowsSignInAndOpensNothingUntilTheClick', async () => {
    const a = accounts({ silent: () => Promise.reject(new SignInRequiredError()) });
    renderGate(a);
    const button = await screen.findByTestId('sign-in');
    expect(a.signIn).not.toHaveBeenCalled();
    expect(screen.queryByTestId('the-pane')).toBeNull();
    fireEvent.click(button);
    // Called inside the click handler itself, not after a render or a timer.
    expect(a.signIn).toHaveBeenCalledTimes(1);
    await screen.findByTestId('the-pane');
  });

  it('SignInGate_SignInWindowClosed_OffersTheButtonAgain', async () => {
    const a = accounts({ silent: () => Promise.reject(new SignInRequiredError()), interactive: () => Promise.reject(Object.assign(new Error('closed'), { name: 'SignInError' })) });
    renderGate(a);
    fireEvent.click(await screen.findByTestId('sign-in'));
    await waitFor(() => expect(screen.getByTestId('state-sign-in').textContent).toContain('did not finish'));
    expect(screen.getByTestId<HTMLButtonElement>('sign-in').disabled).toBe(false);
  });

  it('SignInGate_NotConsented_ExplainsInsteadOfOfferingSignIn', async () => {
    const a = accounts({ silent: () => Promise.reject(new NotConsentedError()) });
    renderGate(a);
    await screen.findByTestId('state-not-consented');
    expect(screen.queryByTestId('sign-in')).toBeNull();
  });

  it('SignInGate_TokenCannotBeRenewedLater_ReturnsToTheSignInButton', async () => {
    const a = accounts({ silent: async () => 'token' });
    renderGate(a);
    await screen.findByTestId('the-pane');
    a.requireAgain();
    await screen.findByTestId('sign-in');
    expect(screen.queryByTestId('the-pane')).toBeNull();
  });
});
