// The browser demo's entry (demo.html, served by the Web host for /taskpane/?demo): no office.js, so the demo paints
// at once even where Microsoft's CDN cannot be reached. Outlook loads index.html (src/main.tsx) instead.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClient } from './api/ApiClient';
import { DemoRoot } from './demo/DemoRoot';
import { ErrorBoundary } from './ui/ErrorBoundary';

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from demo.html');
const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <DemoRoot api={new ApiClient(null)} prefersDark={prefersDark} />
    </ErrorBoundary>
  </StrictMode>,
);
