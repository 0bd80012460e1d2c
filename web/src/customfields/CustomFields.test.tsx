import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { personDetail } from '../test/fixtures';
import { REGIONS_RESULT, STAFF, gqlError, renderPage } from '../test/render';
import type { Me } from '../types';
import { PersonNewPage } from '../people/PersonFormPage';
import { PersonPage } from '../people/PersonPage';
import { FieldDefinitionsSection, keyFromLabel } from './FieldDefinitionsSection';

const def = (key: string, label: string, type: string, choices: string[] = [], regionId: string | null = null) => ({
  __typename: 'FieldDefinition', id: `f-${key}`, entity: 'PERSON', key, label, type, choices, regionId, version: 1,
});
const DEFINITIONS = [
  def('shirt_size', 'Shirt size', 'ONE_CHOICE', ['S', 'M', 'L']),
  def('languages', 'Languages', 'SEVERAL_CHOICES', ['English', 'Spanish']),
  def('kids', 'Children', 'NUMBER'),
  def('parish', 'Parish', 'TEXT', [], 'region-b'),
];

describe('custom fields on the person form', () => {
  it('shows the fields of the chosen region by type, sends the values with the address, and names a refused value beside its field', async () => {
    const asked: unknown[] = [];
    const { requests } = renderPage(<PersonNewPage />, {
      path: '/people/new',
      route: '/people/new',
      handlers: {
        Regions: () => REGIONS_RESULT,
        FieldDefinitions: (v) => {
          asked.push(v.regionId);
          return { data: { fieldDefinitions: DEFINITIONS.filter((d) => !d.regionId || d.regionId === v.regionId) } };
        },
        CreatePerson: () =>
          gqlError('Children must be a number, like 12 or 3.5 (not “two”).', 'BAD_USER_INPUT', {
            fields: [{ field: 'customFields.kids', message: 'Children must be a number, like 12 or 3.5 (not “two”).' }],
          }),
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Name/), 'Yolanda Reyes');
    await user.selectOptions(screen.getByLabelText(/^Region/), 'Gulf Coast');
    // Gulf Coast's own field shows once the region is chosen; the coalition-wide ones are there too.
    await user.type(await screen.findByLabelText('Parish'), 'St Anne');
    await user.selectOptions(screen.getByLabelText('Shirt size'), 'M');
    const languages = screen.getByRole('group', { name: 'Languages' });
    await user.click(within(languages).getByLabelText('Spanish'));
    await user.type(screen.getByLabelText('Children'), 'two');
    await user.type(screen.getByLabelText('Street address'), '12 Main St');
    await user.type(screen.getByLabelText('City'), 'Chicago');
    await user.type(screen.getByLabelText('State'), 'IL');
    await user.click(screen.getByRole('button', { name: 'Save person' }));

    const kids = screen.getByLabelText('Children');
    await waitFor(() => expect(kids).toHaveAttribute('aria-invalid', 'true'));
    expect(kids).toHaveAccessibleDescription('Children must be a number, like 12 or 3.5 (not “two”).');
    expect(asked).toContain('region-b');
    const input = requests.find((r) => r.operationName === 'CreatePerson')?.variables.input as Record<string, unknown>;
    expect(input.address).toEqual({ line: '12 Main St', city: 'Chicago', state: 'IL' });
    expect(input.customFields).toEqual(expect.arrayContaining([
      { key: 'parish', value: 'St Anne' },
      { key: 'shirt_size', value: 'M' },
      { key: 'languages', values: ['Spanish'] },
      { key: 'kids', value: 'two' },
    ]));
  });
});

describe('custom fields on the person page', () => {
  it('shows the street address with the contact details and each custom field with its label', async () => {
    renderPage(<PersonPage />, {
      path: '/people/p1',
      route: '/people/:id',
      handlers: {
        Person: () => ({
          data: {
            person: personDetail({
              address: { __typename: 'StreetAddress', line: '12 Main St', city: 'Chicago', state: 'IL', zip: '60623' },
              customFields: [
                { __typename: 'CustomFieldValue', key: 'shirt_size', label: 'Shirt size', type: 'ONE_CHOICE', value: 'M', values: [] },
                { __typename: 'CustomFieldValue', key: 'languages', label: 'Languages', type: 'SEVERAL_CHOICES', value: null, values: ['English', 'Spanish'] },
                { __typename: 'CustomFieldValue', key: 'kids', label: 'Children', type: 'NUMBER', value: null, values: [] },
              ],
            }),
          },
        }),
      },
    });
    expect(await screen.findByText('12 Main St')).toBeInTheDocument();
    expect(screen.getByText('Chicago, IL 60623')).toBeInTheDocument();
    const term = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling;
    expect(term('Shirt size')).toHaveTextContent('M');
    expect(term('Languages')).toHaveTextContent('English, Spanish');
    expect(term('Children')).toHaveTextContent('—');
  });
});

const ADMIN = { ...STAFF, id: 'acct-admin', role: 'ADMIN', displayName: 'Ada Admin' } as unknown as Me;

describe('admin: custom fields', () => {
  it('suggests the key from the label', () => {
    expect(keyFromLabel('Shirt size')).toBe('shirt_size');
    expect(keyFromLabel('Año de ingreso')).toBe('ano_de_ingreso');
    expect(keyFromLabel('2nd language')).toBe('field_2nd_language');
  });

  it('lists the fields, defines one with its choices for one region, and shows a refusal beside the field it names', async () => {
    let defineCalls = 0;
    const { requests } = renderPage(<FieldDefinitionsSection />, {
      me: ADMIN,
      handlers: {
        FieldDefinitions: (v) => ({ data: { fieldDefinitions: v.entity === 'PERSON' ? DEFINITIONS.slice(0, 1) : [] } }),
        DefineField: (v) => {
          defineCalls += 1;
          if (defineCalls === 1) return gqlError('Give at least one choice.', 'BAD_USER_INPUT', { fields: [{ field: 'choices', message: 'Give at least one choice.' }] });
          const input = v.input as Record<string, unknown>;
          return { data: { defineField: { ...def(String(input.key), String(input.label), String(input.type), input.choices as string[]), entity: input.entity, regionId: input.regionId } } };
        },
      },
    });
    const user = userEvent.setup();
    expect(await screen.findByText('Shirt size')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Add a custom field' });
    await user.selectOptions(within(form).getByLabelText('Where'), 'Gulf Coast');
    await user.type(within(form).getByLabelText(/^Label/), 'Union local');
    expect(within(form).getByLabelText(/^Key/)).toHaveValue('union_local');
    await user.selectOptions(within(form).getByLabelText('Type'), 'One choice');
    await user.click(within(form).getByRole('button', { name: 'Add field' }));
    const choices = within(form).getByLabelText('Choices');
    await waitFor(() => expect(choices).toHaveAttribute('aria-invalid', 'true'));
    expect(choices).toHaveAccessibleDescription(expect.stringContaining('Give at least one choice.'));

    await user.type(choices, 'Local 73{Enter}Local 1');
    await user.click(within(form).getByRole('button', { name: 'Add field' }));
    expect(await within(form).findByText('Added the field Union local.')).toBeInTheDocument();
    expect(requests.filter((r) => r.operationName === 'DefineField').at(-1)?.variables.input).toEqual({
      entity: 'PERSON', key: 'union_local', label: 'Union local', type: 'ONE_CHOICE', choices: ['Local 73', 'Local 1'], regionId: 'region-b',
    });
    // The new field joins the list from the answer, after the one there was, without reading the lists again.
    const people = screen.getAllByRole('list')[0];
    expect(within(people).getAllByRole('listitem').map((li) => li.querySelector('strong')?.textContent)).toEqual(['Shirt size', 'Union local']);
    expect(requests.filter((r) => r.operationName === 'FieldDefinitions')).toHaveLength(2);
  });

  it('removes a field: it leaves the list at once, without reading the lists again', async () => {
    const { requests } = renderPage(<FieldDefinitionsSection />, {
      me: ADMIN,
      handlers: {
        FieldDefinitions: (v) => ({ data: { fieldDefinitions: v.entity === 'PERSON' ? DEFINITIONS.slice(0, 1) : [] } }),
        RemoveField: (v) => ({ data: { removeField: v.id } }),
      },
    });
    const user = userEvent.setup();
    expect(await screen.findByText('Shirt size')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove Shirt size' }));
    await user.click(screen.getByRole('button', { name: 'Remove field' }));
    await waitFor(() => expect(screen.queryByText('Shirt size')).not.toBeInTheDocument());
    expect(requests.find((r) => r.operationName === 'RemoveField')?.variables).toEqual({ id: DEFINITIONS[0].id });
    expect(requests.filter((r) => r.operationName === 'FieldDefinitions')).toHaveLength(2);
  });
});
