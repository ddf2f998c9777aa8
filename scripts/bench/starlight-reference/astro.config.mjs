import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

// The benchmark writes the generated pages into src/content/docs/ and the build into STARLIGHT_OUT_DIR.
// The sidebar is a single link: Starlight's default sidebar lists every page on every page, which at 8,000 pages
// makes each page hundreds of KB and the build several times slower; a real site would not ship it either.
export default defineConfig({
  outDir: process.env.STARLIGHT_OUT_DIR ?? './dist',
  telemetry: false,
  integrations: [
    starlight({
      title: 'infohub (Starlight reference)',
      defaultLocale: 'es',
      locales: {
        es: { label: 'Español', lang: 'es' },
        en: { label: 'English', lang: 'en' },
        fr: { label: 'Français', lang: 'fr' },
        ht: { label: 'Kreyòl ayisyen', lang: 'ht' },
      },
      sidebar: [{ label: 'Inicio', link: '/es/' }],
    }),
  ],
});
