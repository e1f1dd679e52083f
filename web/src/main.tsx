import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/600.css';
import '@fontsource/sarabun/700.css';
import '@mantine/core/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { sessionKey } from './features/auth/session.ts';
import { operatorSessionKey } from './features/operator/operator-session.ts';
import { ApiError, onUnauthorized } from './lib/api.ts';
import { I18nProvider } from './lib/i18n/index.tsx';
import { router } from './routes/router.tsx';
import { theme } from './theme.ts';
import { ToastProvider } from './ui/toast.tsx';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors will not fix themselves: retry only the network and 5xx.
      retry: (count, error) =>
        count < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
    },
  },
});

// A 401 means the session ended: forget it and go to the matching log-in page.
onUnauthorized((scope) => {
  const path = window.location.pathname;
  if (scope === 'operator') {
    queryClient.setQueryData(operatorSessionKey, null);
    if (path !== '/operator/login') void router.navigate('/operator/login');
  } else {
    queryClient.setQueryData(sessionKey, null);
    if (path !== '/login') void router.navigate(`/login?next=${encodeURIComponent(path)}`);
  }
});

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queryClient}>
          <ToastProvider>
            <RouterProvider router={router} />
          </ToastProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nProvider>
  </StrictMode>,
);
