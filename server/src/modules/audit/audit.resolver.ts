import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { AuditEntryConnection, AuditLogArgs } from './audit.model.js';
import { AuditService } from './audit.service.js';

/** Read only: no mutation changes or deletes an audit entry. */
@Resolver()
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Query(() => AuditEntryConnection, { description: 'Admins: the audit log, newest first, filtered by who, what and when.' })
  auditLog(@CurrentViewer() viewer: Viewer, @Args() args: AuditLogArgs): Promise<AuditEntryConnection> {
    return this.service.list(viewer, args);
  }
}
