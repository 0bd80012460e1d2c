import { ApolloProvider } from '@apollo/client/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createClient } from '../apollo';
import { MeContext } from '../auth/MeContext';
import { I18nProvider } from '../i18n/I18nProvider';
import { fakeLink, STAFF } from '../test/render';
import type { Me } from '../types';
import { AppShell } from './AppShell';

/** A page whose heading appears only after its data has come, as real pages do. */
function SlowPage({ title }: { title: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setReady(true), 30);
    return () => clearTimeout(t);
  }, []);
  return ready ? <h1>{title}</h1> : <p>Loading…</p>;
}

function renderShell(me: Me, path = '/people') {
  const { link } = fakeLink({ MyReminders: () => ({ data: { myReminders: null } }) });
  return render(
    <I18nProvider initial="en">
      <ApolloProvider client={createClient(link)}>
        <MemoryRouter initialEntries={[path]}>
          <MeContext.Provider value={me}>
            <Routes>
              <Route element={<AppShell />}>
                <Route path="/people" element={<h1>People</h1>} />
                <Route path="/campaigns" element={<SlowPage title="Campaigns" />} />
                <Route path="*" element={<h1>Elsewhere</h1>} />
              </Route>
            </Routes>
          </MeContext.Provider>
        </MemoryRouter>
      </ApolloProvider>
    </I18nProvider>,
  );
}

describe('the app shell', () => {
  it('offers Export only to accounts with the export permission', async () => {
    const user = userEvent.setup();
    const { unmount } = renderShell({ ...STAFF, canExport: false });
    await user.click(screen.getByText('More'));
    expect(screen.getByRole('link', { name: 'Import' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Export' })).not.toBeInTheDocument();
    unmount();

    renderShell({ ...STAFF, canExport: true });
    await user.click(screen.getByText('More'));
    expect(screen.getByRole('link', { name: 'Export' })).toHaveAttribute('href', '/export');
  });

  it('moves focus to the new page heading after following a link, once the heading has rendered', async () => {
    const user = userEvent.setup();
    renderShell(STAFF);
    // The first page of a visit keeps the browser's own starting point.
    expect(screen.getByRole('heading', { level: 1, name: 'People' })).not.toHaveFocus();

    await user.click(screen.getByRole('link', { name: 'Campaigns' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Campaigns' });
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
