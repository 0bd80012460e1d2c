import { Query, Resolver } from '@nestjs/graphql';
import { forbidden } from '../../common/app-error.js';
import { CurrentViewer, Role, type Viewer } from '../../common/viewer.js';
import { BackupStatus } from './backup.model.js';
import { Backups } from './backups.js';

@Resolver(() => BackupStatus)
export class BackupResolver {
  constructor(private readonly backups: Backups) {}

  @Query(() => BackupStatus, { description: 'Admins: the last good backup, the last failure, the schedule and the backups kept.' })
  backupStatus(@CurrentViewer() viewer: Viewer): BackupStatus {
    if (viewer.role !== Role.ADMIN) throw forbidden('Only admins see backups.');
    return this.backups.status();
  }
}
