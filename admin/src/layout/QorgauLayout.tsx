import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { QorgauAppBar } from './QorgauAppBar';

export const QorgauLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={QorgauAppBar}>{children}</Layout>
);
