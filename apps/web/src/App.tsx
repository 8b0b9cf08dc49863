import type { ReactElement } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from './components/RequireAuth';
import { Layout } from './components/Layout';
import { AccountPage } from './pages/AccountPage';
import { AdminUsersPage } from './pages/AdminUsersPage';
import { DocumentPage } from './pages/DocumentPage';
import { MeetingPage } from './pages/MeetingPage';
import { RsvpPage } from './pages/RsvpPage';
import { RunModePage } from './pages/RunModePage';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { HomePage } from './pages/HomePage';
import { InvitationPage } from './pages/InvitationPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { NetworkRoutes } from './pages/network/NetworkRoutes';

export function App() {
  const guarded = (element: ReactElement, admin = false) => <RequireAuth admin={admin}>{element}</RequireAuth>;
  return (
    <Routes>
      {/* The projector screen stands alone: no site header or navigation between the room and the meeting. */}
      <Route path="/sedute/:id/conduzione" element={guarded(<RunModePage />)} />
      <Route
        path="*"
        element={
          <Layout>
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
              {NetworkRoutes(guarded)}
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Layout>
        }
      />
    </Routes>
  );
}
