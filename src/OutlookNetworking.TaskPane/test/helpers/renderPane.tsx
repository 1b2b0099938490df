import { render } from '@testing-library/react';
import { App } from '../../src/ui/App';
import { type PaneServices, PaneServicesProvider } from '../../src/ui/PaneContext';
import { ThemedShell } from '../../src/ui/ThemedShell';

export function renderPane(services: PaneServices, options: { dark?: boolean } = {}) {
  return render(
    <ThemedShell dark={options.dark ?? false}>
      <PaneServicesProvider value={services}>
        <App />
      </PaneServicesProvider>
    </ThemedShell>,
  );
}
