import { useQuery } from '@apollo/client/react';
import { t } from '../i18n/intl';
import { REGIONS } from '../people/queries';

interface Props {
  /** The select's id; its label points at it. */
  id: string;
  /** The chosen region's id, or '' for every region the viewer may see. */
  value: string;
  onChange: (regionId: string) => void;
  /** What choosing no region means on this page. */
  allLabel?: string;
  className?: string;
}

/** The region choice on list pages; shown only to viewers who see more than one region. */
export function RegionFilter({ id, value, onChange, allLabel = t('shell.allRegions'), className = 'field' }: Props) {
  const regions = useQuery(REGIONS).data?.regions ?? [];
  if (regions.length <= 1) return null;
  return (
    <div className={className}>
      <label htmlFor={id}>{t('campaigns.region')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel}</option>
        {regions.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
    </div>
  );
}
