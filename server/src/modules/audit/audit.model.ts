import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { DATE_PATTERN, trimOrNull } from '../../common/input.js';
import { PageArgs, PageInfo } from '../../common/pagination.js';
import { FieldChangeModel } from '../history/history.model.js';
import { AuditAction } from './audit.js';

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'Accounts created, changed, disabled or enabled; role, region and permission changes; sign-ins and failed sign-ins; exports; merges and their undoing; imports and roll-backs; bulk actions and their undoing.',
});

@ObjectType({ description: 'One entry of the audit log: who did what, when. Entries cannot be changed or deleted through the app.' })
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field({ description: 'ISO-8601 time.' }) at: string;
  @Field(() => AuditAction) action: AuditAction;
  @Field(() => ID, { nullable: true, description: 'The account that did it; null for a failed sign-in that matched no account.' }) actorId: string | null;
  @Field(() => String, { nullable: true }) actorName: string | null;
  @Field(() => String, { nullable: true, description: 'What it was done to: account, person, organization, import, export...' }) targetType: string | null;
  @Field(() => ID, { nullable: true }) targetId: string | null;
  @Field() summary: string;
  @Field(() => [FieldChangeModel]) changes: FieldChangeModel[];
  @Field(() => String, { nullable: true, description: 'The client’s address (sign-ins).' }) clientAddress: string | null;
}

@ObjectType()
export class AuditEntryConnection {
  @Field(() => [AuditEntry]) nodes: AuditEntry[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Who: entries done by this account, or done to it.' })
  @Transform(trimOrNull) @IsOptional() @IsString()
  accountId?: string | null;

  @Field(() => [AuditAction], { nullable: true, description: 'What: any of these actions (all when empty).' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsEnum(AuditAction, { each: true, message: 'Choose actions from the list.' })
  actions?: AuditAction[] | null;

  @Field(() => String, { nullable: true, description: 'When: from this day (YYYY-MM-DD, UTC), inclusive.' })
  @Transform(trimOrNull) @IsOptional() @Matches(DATE_PATTERN, { message: 'Enter the first day as YYYY-MM-DD, like 2024-03-15.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'When: to this day (YYYY-MM-DD, UTC), inclusive.' })
  @Transform(trimOrNull) @IsOptional() @Matches(DATE_PATTERN, { message: 'Enter the last day as YYYY-MM-DD, like 2024-03-15.' })
  to?: string | null;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => AuditLogFilter)
  filter?: AuditLogFilter | null;
}
