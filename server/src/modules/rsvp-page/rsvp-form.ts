import { plainToInstance, Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf, validateSync } from 'class-validator';
import { PHONE_PATTERN, trim, trimOrNull, ZIP_PATTERN } from '../../common/input.js';

/** What a visitor sends from the public RSVP page. `website` is the honeypot: hidden from people, filled by bots. */
export class RsvpForm {
  @Transform(trim)
  @IsString({ message: 'Enter your name.' }) @IsNotEmpty({ message: 'Enter your name.' }) @MaxLength(200, { message: 'A name can be at most 200 characters.' })
  name: string;

  @Transform(trimOrNull)
  @ValidateIf((f: RsvpForm) => !f.phone || !!f.email)
  @IsNotEmpty({ message: 'Enter an email address or a phone number, so the organizers can reach you.' })
  @IsEmail({}, { message: 'Enter a valid email address, like name@example.org.' }) @MaxLength(254, { message: 'An email address can be at most 254 characters.' })
  email?: string | null;

  @Transform(trimOrNull)
  @IsOptional() @Matches(PHONE_PATTERN, { message: 'Enter a phone number with 7 to 15 digits, like (555) 123-4567.' })
  phone?: string | null;

  @Transform(trim)
  @IsString({ message: 'Enter your ZIP code.' }) @Matches(ZIP_PATTERN, { message: 'Enter a 5-digit ZIP code, like 60614.' })
  zip: string;

  @Transform(trimOrNull)
  @IsOptional() @IsString() @MaxLength(200, { message: '“Who invited you” can be at most 200 characters.' })
  invitedBy?: string | null;

  @IsOptional()
  website?: unknown;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** The form, cleaned, or the problems naming each field. Unknown fields are ignored. */
export function readRsvpForm(body: unknown): { form: RsvpForm; problems: FieldProblem[] } {
  const plain = body && typeof body === 'object' && !Array.isArray(body) ? body : {};
  const form = plainToInstance(RsvpForm, plain, { excludeExtraneousValues: false });
  const problems = validateSync(form, { forbidUnknownValues: false }).map((e) => {
    const c = e.constraints ?? {};
    // A missing value is named as missing, not also as too long or malformed.
    return { field: e.property, message: c.isNotEmpty ?? c.isString ?? Object.values(c)[0] ?? 'Check this field.' };
  });
  return { form, problems };
}
