// Builds presentation.html next to the app: the whole app (script and styles inlined, lazy parts
// bundled in) in one HTML page with an empty data slot, which "Save as presentation file" fills
// with a graph and stories. It opens from disk (file://): nothing is fetched, so its policy
// allows no network at all and only the page's own script and styles, by hash.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { EMPTY_PRESENTATION_SLOT } from '../src/store/presentationFile';

export const PRESENTATION_PAGE = 'presentation.html';
/** The plugin's name (the bundle analysis builds without it). */
export const PRESENTATION_PAGE_PLUGIN = 'dramatis-presentation-page';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's Content-Security-Policy: its inline script and style by hash, data/blob images, nothing else. */
export function presentationPolicy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    'img-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Inlines the single script and stylesheet of a built index.html; `<\/script` inside them is escaped. */
export function inlinePage(html: string, script: string, style: string): string {
  const safeScript = script.replace(/<\/script/gi, '<\\/script');
  const safeStyle = style.replace(/<\/style/gi, '<\\/style');
  const withoutAssets = html
    .replace(/<script type="module"[^>]*src="[^"]+"[^>]*><\/script>\s*/, '')
    .replace(/<link rel="stylesheet"[^>]*href="[^"]+"[^>]*>\s*/, '')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, '');
  const head = `<meta http-equiv="Content-Security-Policy" content="${presentationPolicy(safeScript, safeStyle)}" />\n    <style>${safeStyle}</style>`;
  const body = `${EMPTY_PRESENTATION_SLOT}\n    <script type="module">${safeScript}</script>`;
  // Replacer functions: the script holds `$&`-like sequences a replacement string would expand.
  return withoutAssets.replace('<head>', () => `<head>\n    ${head}`).replace('</body>', () => `  ${body}\n  </body>`);
}

/** Stands in for the article reader in the presentation file: importing it rejects with this message. */
const LEFT_OUT_MODULE = '\0dramatis-left-out-of-presentation';
export const LEFT_OUT_MESSAGE = 'a presentation file cannot read articles: open the graph in Dramatis to add some';

/** Lazily loaded code the presentation file leaves out: the article reader and its language models (src/extract). */
export function leftOutOfPresentation(root: string, resolvedId: string): boolean {
  const relative = path.relative(root, resolvedId.split('?')[0]!).split(path.sep).join('/');
  return relative.startsWith('src/extract/') || relative === 'src/ui/articles/articleTextCode.ts';
}

/**
 * Leaves the article reader out of the one-page build: a presentation file cannot add articles
 * (its policy starts no worker), and the reader's language models are most of the app's weight.
 */
function withoutArticleReader(root: string): Plugin {
  return {
    name: 'dramatis-presentation-without-article-reader',
    enforce: 'pre',
    async resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string') return null;
      const resolved = await this.resolve(specifier, importer, { skipSelf: true });
      return resolved && leftOutOfPresentation(root, resolved.id) ? LEFT_OUT_MODULE : null;
    },
    load(id) {
      return id === LEFT_OUT_MODULE ? `throw new Error(${JSON.stringify(LEFT_OUT_MESSAGE)});` : null;
    },
  };
}

async function buildSingleBundle(root: string, outDir: string): Promise<void> {
  await build({
    root,
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [react(), withoutArticleReader(root)],
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      modulePreload: false,
      cssCodeSplit: false,
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
}

/** After the app's build: builds it once more as one bundle and writes presentation.html into its output. */
export function presentationPage(): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: PRESENTATION_PAGE_PLUGIN,
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const scratch = await mkdtemp(path.join(tmpdir(), 'dramatis-presentation-'));
      try {
        await buildSingleBundle(root, scratch);
        const assets = await readdir(path.join(scratch, 'assets'));
        const html = await readFile(path.join(scratch, 'index.html'), 'utf8');
        const scriptName = /<script type="module"[^>]*src="\.\/assets\/([^"]+)"/.exec(html)?.[1];
        const styleName = assets.find((a) => a.endsWith('.css'));
        if (!scriptName || !styleName) throw new Error(`presentation page: expected one script and one stylesheet, found ${assets.join(', ')}`);
        const script = await readFile(path.join(scratch, 'assets', scriptName), 'utf8');
        const style = await readFile(path.join(scratch, 'assets', styleName), 'utf8');
        await writeFile(path.join(outDir, PRESENTATION_PAGE), inlinePage(html, script, style));
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
    },
  };
}
