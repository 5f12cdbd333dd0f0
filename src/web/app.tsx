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
const DocumentsPage = lazy(() => import('./features/documents/documents-page'));
const CompliancePage = lazy(() => import('./features/compliance/compliance-page'));
const IncidentsPage = lazy(() => import('./features/incidents/incidents-page'));
const IncidentPage = lazy(() => import('./features/incidents/incident-page'));
const NewIncidentPage = lazy(() => import('./features/incidents/new-incident-page'));
const ImportIncidentsPage = lazy(() => import('./features/incidents/import-page'));
const PositionsPage = lazy(() => import('./features/positions/positions-page'));
const PressurePage = lazy(() => import('./features/pressure/pressure-page'));
const TimelinePage = lazy(() => import('./features/timeline/timeline-page'));
const TimelineImportPage = lazy(() => import('./features/timeline/import-page'));
const DeterminationsPage = lazy(() => import('./features/activation/determinations-page'));
const ActivationBoardPage = lazy(() => import('./features/activation/board-page'));
const ReliabilityPage = lazy(() => import('./features/activation/reliability-page'));
const SimulationPage = lazy(() => import('./features/activation/simulation-page'));
const SummitsPage = lazy(() => import('./features/summits/summits-page'));
const SummitPage = lazy(() => import('./features/summits/summit-page'));
const WriteMemoPage = lazy(() => import('./features/summits/write-memo-page'));
const MemoPage = lazy(() => import('./features/summits/memo-page'));
const TraceMemoPage = lazy(() => import('./features/summits/trace-page'));
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
      { path: 'documents', element: <DocumentsPage /> },
      { path: 'compliance', element: <CompliancePage /> },
      { path: 'incidents', element: <IncidentsPage /> },
      { path: 'incidents/new', element: <NewIncidentPage /> },
      { path: 'incidents/import', element: <ImportIncidentsPage /> },
      { path: 'incidents/:id', element: <IncidentPage /> },
      { path: 'positions', element: <PositionsPage /> },
      { path: 'pressure', element: <PressurePage /> },
      { path: 'timeline', element: <TimelinePage /> },
      { path: 'timeline/import', element: <TimelineImportPage /> },
      { path: 'determinations', element: <DeterminationsPage /> },
      { path: 'determinations/:id', element: <ActivationBoardPage /> },
      { path: 'reliability', element: <ReliabilityPage /> },
      { path: 'simulation', element: <SimulationPage /> },
      { path: 'summits', element: <SummitsPage /> },
      { path: 'summits/:id', element: <SummitPage /> },
      { path: 'summits/:id/memos/new', element: <WriteMemoPage /> },
      { path: 'memos/trace', element: <TraceMemoPage /> },
      { path: 'memos/:id', element: <MemoPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
