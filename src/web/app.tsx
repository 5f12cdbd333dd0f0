/**
 * The routes. Every page is its own chunk (React.lazy), so the first load carries only the frame,
 * the router and the page asked for.
 */
import { lazy } from 'react';
import { createBrowserRouter, isRouteErrorResponse, useRouteError } from 'react-router';
import { Layout, PageCrashed } from './components/layout';

const SignInPage = lazy(() => import('./features/auth/sign-in-page'));
const DashboardPage = lazy(() => import('./features/dashboard/dashboard-page'));
const RegisterPage = lazy(() => import('./features/register/register-page'));
const CommitmentPage = lazy(() => import('./features/commitment/commitment-page'));
const NewCommitmentPage = lazy(() => import('./features/edit/new-commitment-page'));
const EditCommitmentPage = lazy(() => import('./features/edit/edit-commitment-page'));
const ForceGenScenariosPage = lazy(() => import('./features/forcegen/scenarios-page'));
const ForceGenScenarioPage = lazy(() => import('./features/forcegen/scenario-page'));
const NotFound = lazy(() => import('./components/not-found'));

function RouteError() {
  const error = useRouteError();
  return (
    <Layout>
      {isRouteErrorResponse(error) && error.status === 404 ? <NotFound /> : <PageCrashed error={error} />}
    </Layout>
  );
}

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'commitments', element: <RegisterPage /> },
      { path: 'commitments/new', element: <NewCommitmentPage /> },
      { path: 'commitments/:id', element: <CommitmentPage /> },
      { path: 'commitments/:id/edit', element: <EditCommitmentPage /> },
      { path: 'forcegen', element: <ForceGenScenariosPage /> },
      { path: 'forcegen/:id', element: <ForceGenScenarioPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
