import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../test/render';
import { DuplicatesPage } from './DuplicatesPage';

const person = (id: string, name: string) => ({ __typename: 'Person', id, name, zip: '60614', emails: ['maria@example.org'], phones: [] });

describe('duplicates page', () => {
  it('lists each likely pair with its reasons and links to both records', async () => {
    renderPage(<DuplicatesPage />, {
      handlers: {
        Duplicates: () => ({
          data: {
            duplicatePeople: [{ __typename: 'PersonDuplicate', score: 6, reasons: ['Same email', 'Same name in the same zip code'], a: person('p1', 'María García'), b: person('p2', 'Garcia, Maria') }],
            duplicateOrganizations: [],
          },
        }),
      },
    });
    expect(await screen.findByText('Same email, Same name in the same zip code')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'María García' })).toHaveAttribute('href', '/people/p1');
    expect(screen.getByRole('link', { name: 'Garcia, Maria' })).toHaveAttribute('href', '/people/p2');
    expect(screen.getByText('No likely duplicate organizations found.')).toBeInTheDocument();
  });
});
