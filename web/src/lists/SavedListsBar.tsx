import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '../components/Alert';
import { graphql } from '../gql';
import type { OrganizationsFilterInput, OrganizationsSortBy, PeopleFilterInput, PeopleSortBy, SavedListFieldsFragment } from '../gql/graphql';
import { t } from '../i18n/intl';
import { errorMessage } from '../lib/errors';
import type { Region } from '../types';

export const SAVED_LIST_FIELDS = graphql(`
  fragment SavedListFields on SavedList {
    id
    name
    filter
    entity
    sortBy
    organizationsSortBy
    descending
    columns
    sharedWithRegionId
    mine
  }
`);

/** The saved lists of one kind the viewer may open: their own, and those shared with a region they work in. */
export const SAVED_LISTS = graphql(`
  query SavedLists($entity: ListEntity!) {
    savedLists(entity: $entity) {
      ...SavedListFields
    }
  }
`);

export const SAVE_LIST = graphql(`
  mutation SaveList($input: SaveListInput!) {
    saveList(input: $input) {
      ...SavedListFields
    }
  }
`);

export const SAVE_ORGANIZATION_LIST = graphql(`
  mutation SaveOrganizationList($input: SaveOrganizationListInput!) {
    saveOrganizationList(input: $input) {
      ...SavedListFields
    }
  }
`);

export type SavedListRow = SavedListFieldsFragment;

/** What a list shows now, as saving it keeps it. */
export type ListView = { descending: boolean; columns: string[] } & (
  | { entity: 'PEOPLE'; filter: PeopleFilterInput; sortBy: PeopleSortBy }
  | { entity: 'ORGANIZATIONS'; filter: OrganizationsFilterInput; sortBy: OrganizationsSortBy }
);

/**
 * Saved lists of people or organizations: open one (its filter goes into the URL, so it shows who matches now),
 * or save the list as it is shown, private or shared with a region.
 */
export function SavedListsBar({ view, regions, onOpen }: { view: ListView; regions: Region[]; onOpen: (l: SavedListRow) => void }) {
  const people = view.entity === 'PEOPLE';
  const lists = useQuery(SAVED_LISTS, { variables: { entity: view.entity }, fetchPolicy: 'cache-and-network' });
  const refetchQueries = ['SavedLists'];
  const [savePeople, savingPeople] = useMutation(SAVE_LIST, { refetchQueries });
  const [saveOrganizations, savingOrganizations] = useMutation(SAVE_ORGANIZATION_LIST, { refetchQueries });
  const saving = people ? savingPeople : savingOrganizations;
  const [name, setName] = useState('');
  const [shareWith, setShareWith] = useState('');
  const [saved, setSaved] = useState('');
  const all = lists.data?.savedLists ?? [];
  const id = people ? 'saved-list' : 'org-saved-list';
  const saveId = people ? 'save-list' : 'save-org-list';

  function save() {
    setSaved('');
    const common = { name, descending: view.descending, columns: view.columns, sharedWithRegionId: shareWith || null };
    const done =
      view.entity === 'PEOPLE'
        ? savePeople({ variables: { input: { ...common, filter: view.filter, sortBy: view.sortBy } } })
        : saveOrganizations({ variables: { input: { ...common, filter: view.filter, sortBy: view.sortBy } } });
    void done.then(
      () => {
        setSaved(t('people.saved', { name }));
        setName('');
      },
      () => undefined,
    );
  }

  return (
    <section className="saved-lists" aria-label={t('people.savedLists')}>
      <div className="field">
        <label htmlFor={id}>{t('people.savedLists')}</label>
        <select
          id={id}
          value=""
          onChange={(e) => {
            const l = all.find((x) => x.id === e.target.value);
            if (l) onOpen(l);
          }}
        >
          <option value="">{t('people.openASavedList')}</option>
          {all.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
              {l.sharedWithRegionId ? t('people.shared') : ''}
            </option>
          ))}
        </select>
      </div>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <div className="field">
          <label htmlFor={`${saveId}-name`}>{t('people.saveThisListAs')}</label>
          <input id={`${saveId}-name`} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${saveId}-share`}>{t('people.whoSeesIt')}</label>
          <select id={`${saveId}-share`} value={shareWith} onChange={(e) => setShareWith(e.target.value)}>
            <option value="">{t('people.onlyMe')}</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {t('people.everyoneIn', { name: r.name })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-secondary" disabled={saving.loading}>
          {t('people.saveList')}
        </button>
        {saving.error && <Alert>{errorMessage(saving.error)}</Alert>}
        {saved && <p role="status">{saved}</p>}
      </form>
    </section>
  );
}
