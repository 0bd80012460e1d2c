import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { trimOrNull } from './input.js';

/** The street part of an address on a person or organization form; the zip code is its own field (maps use it). */
@InputType({ description: 'Street address: line, city and state (the zip code is the record’s zip field).' })
export class StreetAddressInput {
  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional() @IsString() @MaxLength(200, { message: 'A street address line can be at most 200 characters.' })
  line?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional() @IsString() @MaxLength(100, { message: 'A city can be at most 100 characters.' })
  city?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional() @IsString() @MaxLength(50, { message: 'A state can be at most 50 characters.' })
  state?: string | null;
}

@ObjectType({ description: 'A street address: line, city, state and zip code.' })
export class StreetAddress {
  @Field(() => String, { nullable: true }) line: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) state: string | null;
  @Field(() => String, { nullable: true }) zip: string | null;
}

/** The stored columns of an address. */
export interface StreetColumns {
  addressLine: string | null;
  city: string | null;
  state: string | null;
}

export const streetColumns = (a: StreetAddressInput | null | undefined): StreetColumns => ({
  addressLine: a?.line ?? null,
  city: a?.city ?? null,
  state: a?.state ?? null,
});

/** The address as shown, or null when none of it is filled in. */
export function streetAddress(r: Partial<StreetColumns> & { zip?: string | null }): StreetAddress | null {
  if (!r.addressLine && !r.city && !r.state) return null;
  return { line: r.addressLine ?? null, city: r.city ?? null, state: r.state ?? null, zip: r.zip ?? null };
}
