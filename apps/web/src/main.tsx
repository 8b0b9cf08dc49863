import './zod-config';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import './styles/titillium-web.css';
import './styles/fonts.css';
import './styles/app.css';
import './i18n';
import { App, preloadLandingPage } from './App';
import { AuthProvider, seedSession } from './auth/AuthContext';
import { takeInitialSession } from './auth/initial-session';
import { createQueryClient } from './api/query-client';
import { readPageAnswers } from './api/page-answers';
import { preloadLandingData } from './routing/landing-data';
import { landingCodeSettled } from './routing/lazy-page';

// The pages' place stays empty until the landing page's code, fetched here beside the entry, has arrived.
const landingPage = preloadLandingPage(window.location.pathname);
readPageAnswers();
const queryClient = createQueryClient();
seedSession(queryClient, takeInitialSession());
preloadLandingData(queryClient, window.location.pathname);

void landingPage.then(landingCodeSettled);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AuthProvider>
          {/* Waits for the English texts when English was chosen before; Italian is there from the start. */}
          <Suspense fallback={null}>
            <App />
          </Suspense>
        </AuthProvider>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
