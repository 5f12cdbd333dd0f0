/**
 * The frame of every page: skip link, header with navigation, main, footer. Moving to another
 * page moves focus to the start of the main content, as a full page load would.
 */
import { Component, type ErrorInfo, type ReactNode, Suspense, useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { Header } from './header';
import { Loading } from './page';

export function Layout({ children }: { children?: ReactNode }) {
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const path = location.pathname;
  const shown = useRef(path);
  useEffect(() => {
    if (shown.current === path) return;
    shown.current = path;
    main.current?.focus({ preventScroll: true });
  }, [path]);

  return (
    <>
      <a href="#main-content" className="skip-link">
        Skip to main content
      </a>
      <Header />
      <div className="container">
        <main id="main-content" className="main" ref={main} tabIndex={-1}>
          {children ? (
            <Suspense fallback={<Loading />}>{children}</Suspense>
          ) : (
            <RenderBoundary key={location.pathname}>
              <Suspense fallback={<Loading />}>
                <Outlet />
              </Suspense>
            </RenderBoundary>
          )}
        </main>
      </div>
      <footer className="site-footer">
        <div className="container">
          <p>
            Guarantor: the register of the written, multinational security guarantees for Ukraine negotiated
            by the coalition of the willing (Paris, 6 January 2026). Records marked <em>Illustrative</em> are
            invented for the demo and are not public facts.
          </p>
          <p>
            <a href="/docs">API documentation</a>
          </p>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}

/** Catches a page that fails to render (or whose code fails to load) and says so. */
class RenderBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }
  override render() {
    if (this.state.error) return <PageCrashed error={this.state.error} />;
    return this.props.children;
  }
}

export function PageCrashed({ error }: { error: unknown }) {
  const chunk =
    error instanceof Error && /dynamically imported module|Importing a module script/i.test(error.message);
  return (
    <div className="notice notice--error" role="alert">
      <h1 className="heading-l">Sorry, this page could not be shown</h1>
      <p>
        {chunk
          ? 'A newer version of Guarantor may have been installed since you opened it.'
          : 'Something went wrong in the browser while showing this page.'}{' '}
        Reload the page to try again.
      </p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </p>
      {error instanceof Error ? (
        <details>
          <summary>Technical details</summary>
          <pre className="pre">{error.message}</pre>
        </details>
      ) : null}
    </div>
  );
}
