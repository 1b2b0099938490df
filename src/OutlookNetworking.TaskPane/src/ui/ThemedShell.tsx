import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** Fluent's web themes, light or dark, filling the pane. */
export function ThemedShell({ dark, children }: { dark: boolean; children: ReactNode }) {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }} data-theme={dark ? 'dark' : 'light'}>
      {children}
    </FluentProvider>
  );
}
