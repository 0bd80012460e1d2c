/** Shared input clean-up: what a person types is trimmed; empty entries in lists are dropped. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const trimOrNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value ?? null;
  const t = value.trim();
  return t === '' ? null : t;
};

export const cleanList = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '' && v != null))]
    : value ?? [];

/** 7 to 15 digits (E.164's limit), with the usual separators. */
export const PHONE_PATTERN = /^(?=(?:\D*\d){7,15}\D*$)\+?[\d\s().-]+$/;

/** US ZIP or ZIP+4. */
export const ZIP_PATTERN = /^\d{5}(-\d{4})?$/;

/** A calendar date, YYYY-MM-DD. */
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const digitsOf = (s: string) => s.replace(/\D/g, '');
