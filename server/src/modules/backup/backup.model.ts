import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A backup that was checked: opened read-only and its records counted.' })
export class CheckedBackup {
  @Field({ description: 'Where the file is on the server (restore it with `npm run restore -- FILE`).' }) file: string;
  @Field() takenAt: string;
  @Field(() => Float) bytes: number;
  @Field(() => Float, { description: 'Records (people, organizations, ties and the rest) counted in the backup.' }) records: number;
}

@ObjectType({ description: 'Why the last backup failed, and what to do.' })
export class BackupFailure {
  @Field() at: string;
  @Field() message: string;
}

@ObjectType({ description: 'A backup file in the data folder.' })
export class BackupFile {
  @Field() file: string;
  @Field() takenAt: string;
  @Field(() => Float) bytes: number;
}

@ObjectType({ description: 'Scheduled backups of the embedded database (admins only).' })
export class BackupStatus {
  @Field({ description: 'Whether backups are taken on a schedule.' }) scheduled: boolean;
  @Field(() => String, { nullable: true, description: 'Why there is no schedule (Neo4j, or BACKUP_SCHEDULE_HOURS is 0).' }) offReason: string | null;
  @Field(() => Float) scheduleHours: number;
  @Field(() => Int) keepDaily: number;
  @Field(() => Int) keepWeekly: number;
  @Field({ description: 'A backup is being taken now.' }) running: boolean;
  @Field(() => String, { nullable: true }) nextAt: string | null;
  @Field(() => CheckedBackup, { nullable: true, description: 'The newest backup that was checked good.' }) lastGood: CheckedBackup | null;
  @Field(() => BackupFailure, { nullable: true, description: 'The last attempt’s failure; cleared by the next good backup.' }) lastFailure: BackupFailure | null;
  @Field(() => [BackupFile], { description: 'Backups kept in DATA_DIR/backups, newest first.' }) kept: BackupFile[];
}
