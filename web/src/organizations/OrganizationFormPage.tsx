import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useRef } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '../components/Alert';
import { QueryError } from '../components/QueryError';
import { useTitle } from '../lib/useTitle';
import { REGIONS } from '../people/queries';
import { OrganizationForm, toOrganizationValues } from './OrganizationForm';
import { CREATE_ORGANIZATION, ORGANIZATION_FOR_EDIT, UPDATE_ORGANIZATION } from './queries';

export function OrganizationNewPage() {
  useTitle('Add an organization');
  const navigate = useNavigate();
  const client = useApolloClient();
  const regions = useQuery(REGIONS);
  const [createOrganization] = useMutation(CREATE_ORGANIZATION);
  if (regions.loading && !regions.data) return <Loading />;
  if (!regions.data) return <QueryError error={regions.error} backTo="/organizations" />;
  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link to="/organizations">Organizations</Link>
      </p>
      <h1>Add an organization</h1>
      <OrganizationForm
        initial={toOrganizationValues(null, regions.data.regions)}
        regions={regions.data.regions}
        submitLabel="Save organization"
        onCancel={() => navigate('/organizations')}
        onSave={async (input) => {
          const { data } = await createOrganization({ variables: { input } });
          if (!data) return;
          client.cache.evict({ fieldName: 'organizations' });
          navigate(`/organizations/${data.createOrganization.id}`);
        }}
      />
    </div>
  );
}

export function OrganizationEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const regions = useQuery(REGIONS);
  const org = useQuery(ORGANIZATION_FOR_EDIT, { variables: { id }, fetchPolicy: 'network-only' });
  const [updateOrganization] = useMutation(UPDATE_ORGANIZATION);
  const version = useRef<number | null>(null);
  useTitle(org.data ? `Edit ${org.data.organization.name}` : 'Edit organization');

  if ((org.loading && !org.data) || (regions.loading && !regions.data)) return <Loading />;
  if (!org.data) return <QueryError error={org.error} backTo="/organizations" backLabel="Back to Organizations" />;
  if (!regions.data) return <QueryError error={regions.error} backTo={`/organizations/${id}`} />;
  const o = org.data.organization;
  if (version.current === null) version.current = o.version;
  const regionList = regions.data.regions.some((r) => r.id === o.region.id) ? regions.data.regions : [...regions.data.regions, o.region];

  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link to="/organizations">Organizations</Link> / <Link to={`/organizations/${o.id}`}>{o.name}</Link>
      </p>
      <h1>Edit {o.name}</h1>
      <OrganizationForm
        key={o.id}
        initial={toOrganizationValues(o, regionList)}
        regions={regionList}
        submitLabel="Save changes"
        onCancel={() => navigate(`/organizations/${o.id}`)}
        onSave={async (input) => {
          await updateOrganization({ variables: { id: o.id, version: version.current ?? o.version, input } });
          navigate(`/organizations/${o.id}`);
        }}
        onReloadLatest={async () => {
          const { data } = await org.refetch();
          if (!data) throw new Error('Could not load the latest version.');
          version.current = data.organization.version;
          return data.organization;
        }}
      />
    </div>
  );
}
