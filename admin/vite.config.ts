import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const isNodeModule = (id: string) => /[\\/]node_modules[\\/]/.test(id);
const isReactAdmin = (id: string) => /[\\/]node_modules[\\/](react-admin|ra-[a-z-]+)[\\/]/.test(id);
// Russian loads only when chosen (src/i18n/i18nProvider.ts): keep it out of the eager chunks.
const isLazyTranslation = (id: string) => /[\\/]node_modules[\\/]ra-language-russian[\\/]/.test(id);
// The dashboard's charts load with the dashboard (src/dashboard/Dashboard.tsx): recharts and the
// libraries only it uses stay out of the eager vendor chunk.
const isChartLibrary = (id: string) =>
  /[\\/]node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|redux|redux-thunk|react-redux|reselect|immer|decimal\.js-light|es-toolkit|tiny-invariant)[\\/]/.test(id);

// The API serves this build under /admin/ (see SPEC §4); in development `vite` proxies the API.
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
  preview: {
    port: 4173,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Split the vendor code by library so no single chunk is enormous and the
        // libraries, which change rarely, stay cached across our releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 50 },
            { name: 'mui-icons', test: /[\\/]node_modules[\\/]@mui[\\/]icons-material[\\/]/, priority: 40 },
            { name: 'mui', test: /[\\/]node_modules[\\/](@mui|@emotion|@popperjs|react-transition-group|stylis)[\\/]/, priority: 30 },
            { name: 'vendor', test: (id) => isNodeModule(id) && !isReactAdmin(id) && !isLazyTranslation(id) && !isChartLibrary(id), priority: 20 },
            // Below vendor: a group also takes its modules' dependencies, and the ones recharts shares
            // with the eager code (eventemitter3, use-sync-external-store, …) must stay in vendor.
            { name: 'charts', test: isChartLibrary, priority: 15 },
            { name: 'react-admin', test: (id) => isReactAdmin(id) && !isLazyTranslation(id), priority: 10 },
          ],
        },
      },
    },
  },
});
