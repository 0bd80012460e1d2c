import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { formatError } from './common/format-error.js';
import { QUERY_LIMITS, queryLimitRules } from './common/query-limits.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DemoModule } from './demo/demo.module.js';
import { GraphModule } from './graph/graph.module.js';
import { AccountsModule } from './modules/accounts/accounts.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { BackupModule } from './modules/backup/backup.module.js';
import { CampaignsModule } from './modules/campaigns/campaigns.module.js';
import { AffiliatesModule } from './modules/affiliates/affiliates.module.js';
import { LeadershipModule } from './modules/leadership/leadership.module.js';
import { DedupeModule } from './modules/dedupe/dedupe.module.js';
import { EndorsementsModule } from './modules/endorsements/endorsements.module.js';
import { EventsModule } from './modules/events/events.module.js';
import { ExportModule } from './modules/export/export.module.js';
import { ImportModule } from './modules/import/import.module.js';
import { GeoModule } from './modules/geo/geo.module.js';
import { HistoryModule } from './modules/history/history.module.js';
import { InsightsModule } from './modules/insights/insights.module.js';
import { InteractionsModule } from './modules/interactions/interactions.module.js';
import { IssuesModule } from './modules/issues/issues.module.js';
import { RolesModule } from './modules/roles/roles.module.js';
import { TeamsModule } from './modules/teams/teams.module.js';
import { OrganizationsModule } from './modules/organizations/organizations.module.js';
import { PeopleModule } from './modules/people/people.module.js';
import { RegionsModule } from './modules/regions/regions.module.js';
import { TiesModule } from './modules/ties/ties.module.js';
import { ReachIndexModule } from './modules/reach/reach-index.module.js';
import { ReachModule } from './modules/reach/reach.module.js';
import { PowerMapModule } from './modules/powermap/powermap.module.js';
import { MapsModule } from './modules/maps/maps.module.js';
import { IdempotencyModule } from './modules/idempotency/idempotency.module.js';
import { RemindersModule } from './modules/reminders/reminders.module.js';
import { RsvpPageModule } from './modules/rsvp-page/rsvp-page.module.js';
import { ListsModule } from './modules/lists/lists.module.js';
import { CustomFieldsModule } from './modules/custom-fields/custom-fields.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        GraphModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          // main.ts owns SIGINT/SIGTERM: it drains writes and closes the data; Apollo must not exit first.
          stopOnTerminationSignals: false,
          formatError,
          // Limits at the edge: a query over one is refused with 400 before any resolver runs (query-limits.ts;
          // the token limit is checked before Apollo too, by queryTokenLimit in bootstrap.ts).
          validationRules: queryLimitRules(),
          parseOptions: { maxTokens: QUERY_LIMITS.tokens },
          // A refused sign-in answers 429 with Retry-After (AppHttpError); Nest would otherwise reset it to 200.
          preserveHttpStatusForExecutionErrors: false,
          // Introspection is open to signed-in accounts only, or to none (IntrospectionPlugin, GRAPHQL_INTROSPECTION).
          introspection: true,
          // No "Did you mean …?" hints: they would show the schema, one guess at a time, to those who may not read it.
          hideSchemaDetailsFromClientErrors: true,
          plugins: [ApolloServerPluginCacheControlDisabled()],
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
        }),
        RegionsModule,
        AccountsModule,
        AuditModule,
        AuthModule,
        PeopleModule,
        OrganizationsModule,
        TiesModule,
        HistoryModule,
        TeamsModule,
        IssuesModule,
        CampaignsModule,
        RolesModule,
        InteractionsModule,
        EventsModule,
        GeoModule,
        EndorsementsModule,
        AffiliatesModule,
        LeadershipModule,
        ExportModule,
        ImportModule,
        DedupeModule,
        InsightsModule,
        ReachIndexModule,
        ReachModule,
        PowerMapModule,
        MapsModule,
        DemoModule,
        BackupModule,
        IdempotencyModule,
        RemindersModule,
        RsvpPageModule,
        ListsModule,
        CustomFieldsModule,
      ],
    };
  }
}
