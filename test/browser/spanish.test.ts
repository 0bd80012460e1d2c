import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newPage, screenshot } from '../support/browser.js';
import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

// A browser set to Spanish: the app speaks Spanish from the sign-in page on, through logging a meeting, asking
// who can reach a target and opening the network map, with <html lang="es">; what the server makes (a record's
// history, the duplicates page's reasons) comes in Spanish too; the duplicates page asks before a merge in one
// Spanish sentence.

const serverCatalogue = (name: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../server/src/i18n/${name}.json`), 'utf8')) as Record<string, string>;

/** The server's English history, bulk-action and duplicate-reason texts that differ in Spanish, as patterns (values match anything). */
function englishServerTexts(): RegExp[] {
  const [en, es] = [serverCatalogue('en'), serverCatalogue('es')];
  return (
    Object.keys(en)
      // Words the summaries put inside others (a field, a role, a status) are left out: alone, they could be a name.
      .filter(
        (id) =>
          /^(history|bulk|dedupe\.reason)\./.test(id) &&
          !/^history\.(field|kind|kindCapital|role|status|stance|level|affiliation|outside|campaignStatus)\./.test(id),
      )
      .filter((id) => en[id] !== es[id])
      .map((id) => new RegExp(`^${en[id].replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`))
  );
}

/** Texts on the page that read as one of the server's English messages. */
async function englishAmong(page: Page, selector: string): Promise<string[]> {
  const patterns = englishServerTexts();
  const texts = (await page.locator(selector).allInnerTexts()).flatMap((text) => text.split(', ')).map((text) => text.trim());
  return texts.filter((text) => patterns.some((p) => p.test(text)));
}

describe('Web app in Spanish, in a browser', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('signs in, logs a meeting, asks who can reach a target and opens the map, all in Spanish', async () => {
    const api = new GraphqlClient(server.url);
    await api.signIn(DEMO.leader, DEMO_PASSWORD);
    const { me } = await api.ok<{ me: { regions: Array<{ id: string }> } }>(`{ me { regions { id } } }`);
    const created = await api.ok<{ createPerson: { id: string } }>(
      `mutation($n: String!, $r: ID!) { createPerson(input: { name: $n, regionId: $r }) { id } }`,
      {
        n: 'Rosa Peña Quispe',
        r: me.regions[0].id,
      },
    );
    const rosa = created.createPerson.id;
    // Someone entered twice with the same email: the duplicates page pairs them.
    for (const name of ['Rosa Quispe', 'Rosa P. Quispe']) {
      await api.ok(`mutation($n: String!, $r: ID!) { createPerson(input: { name: $n, regionId: $r, emails: ["rosa.quispe@example.org"] }) { id } }`, {
        n: name,
        r: me.regions[0].id,
      });
    }

    const { context, page } = await newPage(browser, { ...DESKTOP, locale: 'es-ES' });
    try {
      await page.goto(server.url);
      await page.getByRole('heading', { level: 1, name: 'Iniciar sesión' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      await page.getByLabel('Correo electrónico').fill(DEMO.leader);
      await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Entrar' }).click();
      const nav = page.getByRole('navigation', { name: 'Principal' });
      await nav.waitFor();
      await expect(nav.getByRole('link', { name: 'Personas' }).count()).resolves.toBe(1);
      await expect(page.getByRole('button', { name: 'Salir' }).count()).resolves.toBe(1);

      // Log a meeting with Rosa.
      await nav.getByRole('link', { name: 'Registrar reunión' }).click();
      await page.getByRole('heading', { level: 1, name: 'Registrar reunión' }).waitFor();
      await expect(page.getByLabel('Uno a uno').isChecked()).resolves.toBe(true);
      await page.getByRole('searchbox', { name: '¿Con quién te reuniste?' }).fill('Rosa Peña');
      await page.getByRole('button', { name: /^Agregar a Rosa Peña Quispe/ }).click();
      await page.getByRole('button', { name: 'Quitar a Rosa Peña Quispe' }).waitFor();
      await page.getByRole('button', { name: 'Guardar reunión' }).click();
      const saved = page.getByTestId('log-saved');
      await saved.waitFor();
      await expect(saved.innerText()).resolves.toMatch(/^Guardado\. Uno a uno del .* con Rosa Peña Quispe/);
      await screenshot(page, 'spanish-log-meeting');

      // Her page's history, written by the server: in Spanish, the meeting's day written the Spanish way.
      await page.goto(`${server.url}/people/${rosa}`);
      await page.getByRole('heading', { level: 1, name: 'Rosa Peña Quispe' }).waitFor();
      const history = page.locator('.history-summary');
      await history.first().waitFor();
      const summaries = await history.allInnerTexts();
      expect(summaries).toEqual(expect.arrayContaining(['Registro creado', expect.stringMatching(/^Se registró: Uno a uno del \d{1,2} [a-z]{3,4}\.? \d{4}$/)]));
      expect(await englishAmong(page, '.history-summary')).toEqual([]);
      await screenshot(page, 'spanish-person-history');

      // Who can reach her: from her page to the reach page, answered in Spanish.
      await page.goto(`${server.url}/people/${rosa}`);
      await page.getByRole('heading', { level: 1, name: 'Rosa Peña Quispe' }).waitFor();
      await page.getByRole('link', { name: '¿Quién puede llegar a ellos?' }).click();
      await page.getByRole('heading', { level: 1, name: '¿Quién puede llegar a ellos?' }).waitFor();
      const paths = page.getByRole('region', { name: 'Caminos cercanos' });
      await paths.waitFor({ timeout: 60_000 });
      await expect(paths.innerText()).resolves.toMatch(
        /(El mejor camino|Los \d+ mejores caminos) desde [\d.]+ miembros? de partida|No hay ningún camino de hasta 6 pasos/,
      );
      await screenshot(page, 'spanish-reach');

      // The network map, from the menu: drawn, with its status and legend in Spanish.
      await page.getByText('Más', { exact: true }).click();
      await page.getByRole('link', { name: 'Mapa de la red' }).click();
      await page.locator('[data-painted="true"]').waitFor({ timeout: 60_000 });
      await expect(page.getByTestId('map-status').textContent()).resolves.toMatch(/ al .*: se muestran [\d.]+ de [\d.]+ fichas y [\d.]+ de [\d.]+ vínculos/);
      await page.getByRole('region', { name: 'Leyenda' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      await screenshot(page, 'spanish-network-map');

      // The duplicates page: why each pair may be one record, in Spanish.
      await page.goto(`${server.url}/duplicates`);
      const pair = page.getByTestId('duplicate-pair').filter({ hasText: 'Rosa P. Quispe' }).first();
      await pair.waitFor();
      await expect(pair.innerText()).resolves.toContain('Mismo correo');
      expect(await englishAmong(page, 'main strong')).toEqual([]);
      await screenshot(page, 'spanish-duplicates');

      // The two side by side, and the merge's question in one Spanish sentence naming both with their details.
      await pair.getByRole('button', { name: /^Comparar y fusionar / }).click();
      const compare = page.getByTestId('compare');
      await compare.waitFor();
      await compare.getByRole('button', { name: 'Fusionar estas dos…' }).click();
      await expect(page.getByRole('alertdialog').innerText()).resolves.toMatch(
        /^¿Conservar Rosa (P\. )?Quispe \(rosa\.quispe@example\.org, [^)]+\) y fusionar Rosa (P\. )?Quispe \(rosa\.quispe@example\.org, [^)]+\) con esa ficha\? Todo lo vinculado/,
      );
      await page.getByRole('button', { name: /^Conservar Rosa (P\. )?Quispe y fusionar$/ }).waitFor();
      await screenshot(page, 'spanish-duplicates-compare');
    } finally {
      await context.close();
    }
  });
});
