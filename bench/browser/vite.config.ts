// Builds the browser benchmark's page on its own, so the app carries no benchmark code.
import { defineConfig } from 'vite';

export default defineConfig({
	root: 'bench/browser',
	logLevel: 'warn',
	build: { outDir: 'dist', emptyOutDir: true },
	worker: { format: 'es' }
});
