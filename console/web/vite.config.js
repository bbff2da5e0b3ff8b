import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// Relative asset addresses: the console works under whatever context path WildFly gives it.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { sourcemap: true, chunkSizeWarningLimit: 1024 },
  test: { include: ['src/**/*.test.js'] }
})
