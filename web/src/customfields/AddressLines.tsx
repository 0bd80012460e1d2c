import type { StreetAddress } from './queries';

/** A street address as it is written on an envelope: the line, then city, state and zip. */
export function AddressLines({ address }: { address: StreetAddress }) {
  const place = [[address.city, address.state].filter(Boolean).join(', '), address.zip].filter(Boolean).join(' ');
  return (
    <address className="street-address">
      {address.line && <span>{address.line}</span>}
      {address.line && place && <br />}
      {place && <span>{place}</span>}
    </address>
  );
}
