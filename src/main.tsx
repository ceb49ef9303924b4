import './styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/AppProviders';
import { createI18n } from './app/i18n';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/routes';

const queryClient = createQueryClient();
const router = createBrowserRouter(createRoutes(queryClient));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders queryClient={queryClient} i18n={createI18n()}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
