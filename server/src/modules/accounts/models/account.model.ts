import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../../common/viewer.js';
import type { Locale } from '../../../i18n/locales.js';
import { Region } from '../../regions/region.model.js';

@ObjectType({ description: 'A user of the app. Never exposes the password hash.' })
export class Account {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => Role) role: Role;
  @Field(() => [Region], { description: 'Every region when allRegions.' }) regions: Region[];
  @Field() allRegions: boolean;
  @Field() disabled: boolean;
  @Field({ description: 'May download CSV exports (admins always may).' }) canExport: boolean;
  @Field() createdAt: string;
  @Field(() => String, { nullable: true, description: 'The language chosen for the app, emails and messages: "en" or "es"; null follows the browser.' })
  locale: Locale | null;
  personId: string | null;
}

@ObjectType({ description: 'Another user, as anyone who works with them may see them: name and role, no email.' })
export class Teammate {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => Role) role: Role;
}

/** An account as stored. */
export interface AccountRecord {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  regions: string[];
  allRegions: boolean;
  disabled: boolean;
  createdAt: string;
  personId?: string | null;
  canExport?: boolean | null;
  locale?: string | null;
}
