import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { RecordFormFrame, useEditRecord, useNewRecord, type RecordPlace } from '../components/RecordFormPage';
import { OrganizationForm, toOrganizationValues } from './OrganizationForm';
import { CREATE_ORGANIZATION, ORGANIZATION_FOR_EDIT, UPDATE_ORGANIZATION } from './queries';
import { t } from '../i18n/intl';

const ORGANIZATIONS_PLACE: RecordPlace = { list: '/organizations', listLabel: 'Organizations', noun: 'organization' };

export function OrganizationNewPage() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [createOrganization] = useMutation(CREATE_ORGANIZATION);
  const page = useNewRecord(ORGANIZATIONS_PLACE, t('organizations.addAnOrganization'));
  if (!page.ready) return page.placeholder;
  return (
    <RecordFormFrame place={ORGANIZATIONS_PLACE} title={t('organizations.addAnOrganization')}>
      <OrganizationForm
        initial={toOrganizationValues(null, page.regions)}
        regions={page.regions}
        submitLabel={t('organizations.saveOrganization')}
        onCancel={() => navigate('/organizations')}
        onSave={async (input, idempotencyKey) => {
          const { data } = await createOrganization({ variables: { input, idempotencyKey } });
          if (!data) return;
          client.cache.evict({ fieldName: 'organizations' });
          navigate(`/organizations/${data.createOrganization.id}`);
        }}
      />
    </RecordFormFrame>
  );
}

export function OrganizationEditPage() {
  const navigate = useNavigate();
  const [updateOrganization] = useMutation(UPDATE_ORGANIZATION);
  const page = useEditRecord(ORGANIZATION_FOR_EDIT, (d) => d.organization, ORGANIZATIONS_PLACE);
  if (!page.ready) return page.placeholder;
  const o = page.record;
  return (
    <RecordFormFrame place={ORGANIZATIONS_PLACE} record={o} title={t('campaigns.edit', { name: o.name })}>
      <OrganizationForm
        key={o.id}
        initial={toOrganizationValues(o, page.regions)}
        regions={page.regions}
        submitLabel={t('events.saveChanges')}
        onCancel={() => navigate(`/organizations/${o.id}`)}
        onSave={async (input) => {
          await updateOrganization({ variables: { id: o.id, version: page.version(), input } });
          navigate(`/organizations/${o.id}`);
        }}
        onReloadLatest={page.reloadLatest}
      />
    </RecordFormFrame>
  );
}
