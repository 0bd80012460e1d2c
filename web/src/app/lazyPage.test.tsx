import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { lazyPage } from './lazyPage';

describe('pages loaded with their route', () => {
  it('shows the page once its code has arrived', async () => {
    let arrive: (m: { GreetingPage: () => ReactElement }) => void = () => undefined;
    const Page = lazyPage(() => new Promise<{ GreetingPage: () => ReactElement }>((r) => (arrive = r)), 'GreetingPage');
    render(<Page />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    arrive({ GreetingPage: () => <h1>Hello organizers</h1> });
    expect(await screen.findByRole('heading', { name: 'Hello organizers' })).toBeInTheDocument();
  });

  it('says to reload when the page could not be fetched (an open tab after an upgrade)', async () => {
    const Page = lazyPage(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')), 'GonePage');
    render(<Page />);
    expect(await screen.findByRole('alert')).toHaveTextContent('reload to get the new version');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
