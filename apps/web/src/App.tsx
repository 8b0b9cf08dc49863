import type { ReactElement } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from './components/RequireAuth';
import { Layout } from './components/Layout';
import { NETWORK_PAGES, NetworkRoutes } from './modules/network';
import { PLAN_PAGES, PlanRoutes } from './modules/plans';
import { lazyPage, type LazyPage, PageSuspense, preloadPage } from './routing/lazy-page';
import { DocumentTitle } from './components/DocumentTitle';

const AccountPage = lazyPage(() => import('./modules/account/pages/AccountPage'), 'AccountPage');
const AdminUsersPage = lazyPage(() => import('./modules/admin/pages/AdminUsersPage'), 'AdminUsersPage');
const DocumentPage = lazyPage(() => import('./modules/collab/pages/DocumentPage'), 'DocumentPage');
const MeetingPage = lazyPage(() => import('./modules/meetings/pages/MeetingPage'), 'MeetingPage');
const RsvpPage = lazyPage(() => import('./modules/meetings/pages/RsvpPage'), 'RsvpPage');
const RunModePage = lazyPage(() => import('./modules/meetings/pages/RunModePage'), 'RunModePage');
const ForgotPasswordPage = lazyPage(() => import('./modules/account/pages/ForgotPasswordPage'), 'ForgotPasswordPage');
const HomePage = lazyPage(() => import('./pages/HomePage'), 'HomePage');
const InvitationPage = lazyPage(() => import('./modules/account/pages/InvitationPage'), 'InvitationPage');
const LoginPage = lazyPage(() => import('./modules/account/pages/LoginPage'), 'LoginPage');
const NotificationsPage = lazyPage(() => import('./modules/notifications/pages/NotificationsPage'), 'NotificationsPage');
const UnsubscribePage = lazyPage(() => import('./modules/notifications/pages/UnsubscribePage'), 'UnsubscribePage');
const NotFoundPage = lazyPage(() => import('./pages/NotFoundPage'), 'NotFoundPage');
const ResetPasswordPage = lazyPage(() => import('./modules/account/pages/ResetPasswordPage'), 'ResetPasswordPage');

// Every route's page, as in the routes below, for fetching the landing page while the session is checked.
const PAGES: [string, LazyPage][] = [
  ['/sedute/:id/conduzione', RunModePage],
  ['/accesso', LoginPage],
  ['/password-dimenticata', ForgotPasswordPage],
  ['/reimposta-password/:token', ResetPasswordPage],
  ['/invito/:token', InvitationPage],
  ['/', HomePage],
  ['/account', AccountPage],
  ['/amministrazione/utenti', AdminUsersPage],
  ['/documenti/:id', DocumentPage],
  ['/sedute/:id', MeetingPage],
  ['/risposta/:token', RsvpPage],
  ['/notifiche', NotificationsPage],
  ['/disiscrizione/:token', UnsubscribePage],
  ...NETWORK_PAGES,
  ...PLAN_PAGES,
];

/** The route paths that show a page; `routing/landing-pages.json` names each one's module for the server. */
export const PAGE_PATHS = PAGES.map(([path]) => path);

/** Starts fetching the code of the page at `pathname`, if a route shows one. */
export const preloadLandingPage = (pathname: string) => preloadPage(PAGES, pathname);

export function App() {
  const guarded = (element: ReactElement, admin = false) => <RequireAuth admin={admin}>{element}</RequireAuth>;
  return (
    <>
      <DocumentTitle />
      <Routes>
        {/* The projector screen stands alone: no site header or navigation between the room and the meeting. */}
        <Route path="/sedute/:id/conduzione" element={<PageSuspense>{guarded(<RunModePage />)}</PageSuspense>} />
        <Route
          path="*"
          element={
            <Layout>
              <PageSuspense>
                <Routes>
                  <Route path="/accesso" element={<LoginPage />} />
                  <Route path="/password-dimenticata" element={<ForgotPasswordPage />} />
                  <Route path="/reimposta-password/:token" element={<ResetPasswordPage />} />
                  <Route path="/invito/:token" element={<InvitationPage />} />
                  <Route path="/" element={guarded(<HomePage />)} />
                  <Route path="/account" element={guarded(<AccountPage />)} />
                  <Route path="/amministrazione/utenti" element={guarded(<AdminUsersPage />, true)} />
                  <Route path="/documenti/:id" element={guarded(<DocumentPage />)} />
                  <Route path="/sedute/:id" element={guarded(<MeetingPage />)} />
                  <Route path="/risposta/:token" element={<RsvpPage />} />
                  <Route path="/notifiche" element={guarded(<NotificationsPage />)} />
                  <Route path="/disiscrizione/:token" element={<UnsubscribePage />} />
                  {NetworkRoutes(guarded)}
                  {PlanRoutes(guarded)}
                  <Route path="*" element={<NotFoundPage />} />
                </Routes>
              </PageSuspense>
            </Layout>
          }
        />
      </Routes>
    </>
  );
}
