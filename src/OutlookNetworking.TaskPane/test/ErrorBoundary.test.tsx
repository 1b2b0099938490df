import { render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../src/ui/ErrorBoundary';

function ThrowsInEffect() {
  useEffect(() => {
    // As an old Outlook without addHandlerAsync does: mailbox.addHandlerAsync is not a function.
    (undefined as unknown as { addHandlerAsync(): void }).addHandlerAsync();
  }, []);
  return <p>pane</p>;
}

describe('ErrorBoundary', () => {
  it('ErrorBoundary_ChildThrowsInAnEffect_ShowsTheMessageNotABlankPane', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <ThrowsInEffect />
      </ErrorBoundary>,
    );
    const message = await screen.findByTestId('state-crashed');
    expect(message.textContent).toContain('OutlookNetworking stopped');
    expect(message.textContent).toContain('TypeError');
    expect(screen.getByTestId('reload')).toBeTruthy();
  });

  it('ErrorBoundary_NoError_RendersChildren', () => {
    render(
      <ErrorBoundary>
        <p data-testid="child">ok</p>
      </ErrorBoundary>,
    );
    expect(screen.getByTestId('child')).toBeTruthy();
    expect(screen.queryByTestId('state-crashed')).toBeNull();
  });
});
