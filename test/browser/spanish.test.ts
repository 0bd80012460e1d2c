import type { Browser } from 'playwright-core';
import { DESKTOP, launchBrowser, newPage, screenshot } from '../support/browser.js';
import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

// A browser set to Spanish: the app speaks Spanish from the sign-in page on, through logging a meeting, asking
// who can reach a target and opening the network map, with <html lang="es">.

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

      // Who can reach her: from her page to the reach page, answered in Spanish.
      await page.goto(`${server.url}/people/${rosa}`);
      await page.getByRole('heading', { level: 1, name: 'Rosa Peña Quispe' }).waitFor();
      await page.getByRole('link', { name: '¿Quién puede llegar a ellos?' }).click();
      await page.getByRole('heading', { level: 1, name: '¿Quién puede llegar a ellos?' }).waitFor();
      const paths = page.getByRole('region', { name: 'Caminos cercanos' });
      await paths.waitFor({ timeout: 20000 });
      await expect(paths.innerText()).resolves.toMatch(
        /(El mejor camino|Los \d+ mejores caminos) desde [\d.]+ miembros? de partida|No hay ningún camino de hasta 6 pasos/,
      );
      await screenshot(page, 'spanish-reach');

      // The network map, from the menu: drawn, with its status and legend in Spanish.
      await page.getByText('Más', { exact: true }).click();
      await page.getByRole('link', { name: 'Mapa de la red' }).click();
      await page.locator('[data-painted="true"]').waitFor({ timeout: 20000 });
      await expect(page.getByTestId('map-status').textContent()).resolves.toMatch(/ al .*: se muestran [\d.]+ de [\d.]+ fichas y [\d.]+ de [\d.]+ vínculos/);
      await page.getByRole('region', { name: 'Leyenda' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      await screenshot(page, 'spanish-network-map');
    } finally {
      await context.close();
    }
  });
});
