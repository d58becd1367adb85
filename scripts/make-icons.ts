/** Renders public/icons/icon.svg to the PNG sizes the manifest names. Run after editing the SVG. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromePath, ROOT } from './lib/browsers';
import { STORE_ICON_SIZES } from './lib/package-check';

const svg = readFileSync(resolve(ROOT, 'public/icons/icon.svg'), 'utf8');
const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of STORE_ICON_SIZES) {
  await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: resolve(ROOT, `public/icons/icon-${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`Wrote public/icons/icon-{${STORE_ICON_SIZES.join(',')}}.png`);
