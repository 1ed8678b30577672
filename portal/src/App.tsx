import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { BreachPage } from './public/BreachPage';
import { CompanyPage } from './public/CompanyPage';
import { HomePage } from './public/HomePage';
import { NotFoundPage } from './public/NotFoundPage';
import { StatsPage } from './public/StatsPage';
import { WallPage } from './public/WallPage';
import { Loading } from './public/Loading';

// The citizen area (sign-in, /me pages) is its own chunk: visitors of the public wall never load it.
const CitizenArea = lazy(() => import('./citizen/CitizenArea'));

const Lazy = ({ children }: { children: ReactNode }) => <Suspense fallback={<Loading />}>{children}</Suspense>;

export const App = () => (
  <BrowserRouter>
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="breaches" element={<WallPage />} />
        <Route path="breaches/:id" element={<BreachPage />} />
        <Route path="companies/:bin" element={<CompanyPage />} />
        <Route path="stats" element={<StatsPage />} />
        <Route
          path="me/*"
          element={
            <Lazy>
              <CitizenArea />
            </Lazy>
          }
        />
        <Route
          path="signin/callback"
          element={
            <Lazy>
              <CitizenArea />
            </Lazy>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  </BrowserRouter>
);
