/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query AdminAccounts {\n    accounts {\n      id\n      email\n      displayName\n      role\n      allRegions\n      disabled\n      canExport\n      createdAt\n      regions {\n        id\n        name\n      }\n    }\n  }\n': typeof types.AdminAccountsDocument;
  '\n  mutation CreateAccount($input: CreateAccountInput!, $idempotencyKey: String) {\n    createAccount(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      email\n      displayName\n      role\n      allRegions\n      disabled\n      createdAt\n      regions {\n        id\n        name\n      }\n    }\n  }\n': typeof types.CreateAccountDocument;
  '\n  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      email\n      displayName\n      role\n      allRegions\n      disabled\n      canExport\n      createdAt\n      regions {\n        id\n        name\n      }\n    }\n  }\n': typeof types.UpdateAccountDocument;
  '\n  query AdminBackups {\n    backupStatus {\n      scheduled\n      offReason\n      scheduleHours\n      keepDaily\n      keepWeekly\n      nextAt\n      lastGood {\n        file\n        takenAt\n        bytes\n        records\n      }\n      lastFailure {\n        at\n        message\n      }\n      kept {\n        file\n        takenAt\n        bytes\n      }\n    }\n  }\n': typeof types.AdminBackupsDocument;
  '\n  query AffiliateMap($regionId: ID) {\n    affiliateMap(regionId: $regionId) {\n      groups {\n        organization {\n          id\n          name\n          zip\n          mou {\n            status\n          }\n        }\n        place {\n          zip\n          city\n          state\n          latitude\n          longitude\n        }\n        areaMiles\n        clusterId\n      }\n      clusters {\n        id\n        groups {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.AffiliateMapDocument;
  '\n  query Nearby($zip: String!, $miles: Float!, $organizationType: OrganizationType) {\n    nearby(zip: $zip, miles: $miles, organizationType: $organizationType) {\n      center {\n        zip\n        city\n        state\n        latitude\n        longitude\n      }\n      miles\n      truncated\n      organizations {\n        miles\n        organization {\n          id\n          name\n          zip\n        }\n      }\n      people {\n        miles\n        person {\n          id\n          name\n          zip\n        }\n      }\n    }\n  }\n': typeof types.NearbyDocument;
  '\n  fragment AffiliateGroupFields on Organization {\n    id\n    name\n    type\n    version\n    canEdit\n    zip\n    areaMiles\n    place {\n      zip\n      city\n      state\n      latitude\n      longitude\n    }\n    mou {\n      status\n      sentOn\n      signedOn\n      terminatedOn\n    }\n    pointOfContact {\n      id\n      name\n    }\n  }\n': typeof types.AffiliateGroupFieldsFragmentDoc;
  '\n  query AffiliateGroup($id: ID!) {\n    organization(id: $id) {\n      ...AffiliateGroupFields\n      endorsementAsks {\n        id\n        status\n        askedOn\n        decidedOn\n        nextStep\n        asker {\n          id\n          name\n        }\n        campaign {\n          id\n          name\n        }\n        candidate {\n          id\n          name\n          party\n        }\n      }\n    }\n  }\n': typeof types.AffiliateGroupDocument;
  '\n  mutation SetMou($input: MouInput!) {\n    setMou(input: $input) {\n      ...AffiliateGroupFields\n    }\n  }\n': typeof types.SetMouDocument;
  '\n  mutation SetGroupArea($input: GroupAreaInput!) {\n    setGroupArea(input: $input) {\n      ...AffiliateGroupFields\n    }\n  }\n': typeof types.SetGroupAreaDocument;
  '\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        at\n        action\n        actorId\n        actorName\n        summary\n        clientAddress\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n': typeof types.AuditLogDocument;
  '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n      displayName\n      role\n      allRegions\n      regions {\n        id\n        name\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      allRegions\n      canExport\n      locale\n      regions {\n        id\n        name\n      }\n      person {\n        id\n        name\n      }\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation SetMyPerson($personId: ID) {\n    setMyPerson(personId: $personId) {\n      id\n      person {\n        id\n        name\n      }\n    }\n  }\n': typeof types.SetMyPersonDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  fragment MobilizationGateFields on MobilizationGate {\n    open\n    conditions {\n      key\n      label\n      met\n      detail\n    }\n  }\n': typeof types.MobilizationGateFieldsFragmentDoc;
  '\n  fragment CampaignPartners on Campaign {\n    id\n    name\n    partners {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    roleBoard {\n      partnersWithoutConnector {\n        id\n        name\n      }\n    }\n  }\n': typeof types.CampaignPartnersFragmentDoc;
  '\n  query Campaigns($status: CampaignStatus, $regionId: ID) {\n    campaigns(status: $status, regionId: $regionId) {\n      id\n      name\n      status\n      region {\n        id\n        name\n      }\n      issue {\n        id\n        name\n      }\n      proposingTeam {\n        id\n        name\n      }\n      mobilizationGate {\n        ...MobilizationGateFields\n      }\n    }\n  }\n': typeof types.CampaignsDocument;
  '\n  fragment CampaignState on Campaign {\n    id\n    name\n    status\n    version\n    canEdit\n    createdAt\n    updatedAt\n    approvedAt\n    approvedByName\n    theoryOfChange\n    actionProposal\n    region {\n      id\n      name\n    }\n    issue {\n      id\n      name\n      scope\n      prioritized\n    }\n    targetPerson {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    targetOrganization {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    proposingTeam {\n      id\n      name\n      kind\n    }\n    approvingTeam {\n      id\n      name\n    }\n    mobilizationGate {\n      ...MobilizationGateFields\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n': typeof types.CampaignStateFragmentDoc;
  '\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignState\n      ...CampaignPartners\n      ...CampaignRoleBoard\n    }\n  }\n': typeof types.CampaignDocument;
  '\n  mutation SetCampaignStatus($id: ID!, $version: Int!, $status: CampaignStatus!) {\n    setCampaignStatus(id: $id, version: $version, status: $status) {\n      ...CampaignState\n    }\n  }\n': typeof types.SetCampaignStatusDocument;
  '\n  mutation ApproveCampaign($id: ID!, $version: Int!, $teamId: ID!) {\n    approveCampaign(id: $id, version: $version, teamId: $teamId) {\n      ...CampaignState\n    }\n  }\n': typeof types.ApproveCampaignDocument;
  '\n  mutation CreateCampaign($input: CampaignInput!, $idempotencyKey: String) {\n    createCampaign(input: $input, idempotencyKey: $idempotencyKey) {\n      ...CampaignState\n    }\n  }\n': typeof types.CreateCampaignDocument;
  '\n  mutation UpdateCampaign($id: ID!, $version: Int!, $input: CampaignInput!) {\n    updateCampaign(id: $id, version: $version, input: $input) {\n      ...CampaignState\n    }\n  }\n': typeof types.UpdateCampaignDocument;
  '\n  query CampaignForEdit($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignState\n    }\n  }\n': typeof types.CampaignForEditDocument;
  '\n  mutation AddCampaignPartner($campaignId: ID!, $organizationId: ID!) {\n    addCampaignPartner(campaignId: $campaignId, organizationId: $organizationId) {\n      campaign {\n        ...CampaignState\n        ...CampaignPartners\n        ...CampaignRoleBoard\n      }\n    }\n  }\n': typeof types.AddCampaignPartnerDocument;
  '\n  mutation RemoveCampaignPartner($campaignId: ID!, $organizationId: ID!) {\n    removeCampaignPartner(campaignId: $campaignId, organizationId: $organizationId) {\n      campaign {\n        ...CampaignState\n        ...CampaignPartners\n        ...CampaignRoleBoard\n      }\n    }\n  }\n': typeof types.RemoveCampaignPartnerDocument;
  '\n  query TeamOptions($regionId: ID, $kind: TeamKind) {\n    teams(regionId: $regionId, kind: $kind) {\n      id\n      name\n      kind\n      region {\n        id\n        name\n      }\n    }\n  }\n': typeof types.TeamOptionsDocument;
  '\n  query IssueOptions($regionId: ID) {\n    issues(regionId: $regionId) {\n      id\n      name\n      scope\n      prioritized\n      region {\n        id\n        name\n      }\n    }\n  }\n': typeof types.IssueOptionsDocument;
  '\n  fragment CustomFieldValues on CustomFieldValue {\n    key\n    label\n    type\n    value\n    values\n  }\n': typeof types.CustomFieldValuesFragmentDoc;
  '\n  fragment FieldDefinitionFields on FieldDefinition {\n    id\n    entity\n    key\n    label\n    type\n    choices\n    regionId\n    version\n  }\n': typeof types.FieldDefinitionFieldsFragmentDoc;
  '\n  query FieldDefinitions($entity: FieldEntity!, $regionId: ID) {\n    fieldDefinitions(entity: $entity, regionId: $regionId) {\n      ...FieldDefinitionFields\n    }\n  }\n': typeof types.FieldDefinitionsDocument;
  '\n  mutation DefineField($input: FieldDefinitionInput!) {\n    defineField(input: $input) {\n      ...FieldDefinitionFields\n    }\n  }\n': typeof types.DefineFieldDocument;
  '\n  mutation ChangeField($id: ID!, $version: Int!, $changes: FieldDefinitionChanges!) {\n    changeField(id: $id, version: $version, changes: $changes) {\n      ...FieldDefinitionFields\n    }\n  }\n': typeof types.ChangeFieldDocument;
  '\n  mutation RemoveField($id: ID!) {\n    removeField(id: $id)\n  }\n': typeof types.RemoveFieldDocument;
  '\n  query ComparePeople($a: ID!, $b: ID!) {\n    a: person(id: $a) { ...PersonSide }\n    b: person(id: $b) { ...PersonSide }\n  }\n  fragment PersonSide on Person {\n    id name version zip notes region { id name } emails phones contactHidden kinds tags\n    address { line city state } customFields { key label value values }\n    ties { person { id name } }\n    affiliations { kind organization { id name } }\n    history(limit: 5) { id at summary byName }\n  }\n': typeof types.ComparePeopleDocument;
  '\n  query CompareOrganizations($a: ID!, $b: ID!) {\n    a: organization(id: $a) { ...OrganizationSide }\n    b: organization(id: $b) { ...OrganizationSide }\n  }\n  fragment OrganizationSide on Organization {\n    id name version zip notes region { id name } type website issueAreas ledBy\n    address { line city state } customFields { key label value values }\n    affiliations { kind person { id name } }\n    history(limit: 5) { id at summary byName }\n  }\n': typeof types.CompareOrganizationsDocument;
  '\n  query Duplicates {\n    duplicatePeople(limit: 200) {\n      score\n      reasons\n      a { id name zip emails phones version }\n      b { id name zip emails phones version }\n    }\n    duplicateOrganizations(limit: 200) {\n      score\n      reasons\n      a { id name zip website version }\n      b { id name zip website version }\n    }\n  }\n': typeof types.DuplicatesDocument;
  '\n  query RecentMerges {\n    recentMerges(limit: 20) { id at entityType keptId mergedId keptName mergedName undoneAt }\n  }\n': typeof types.RecentMergesDocument;
  '\n  mutation MergePeople($keepId: ID!, $mergeId: ID!, $keepVersion: Int!, $mergeVersion: Int!, $values: [MergeValueChoice!]) {\n    mergePeople(keepId: $keepId, mergeId: $mergeId, keepVersion: $keepVersion, mergeVersion: $mergeVersion, values: $values) {\n      moved\n      combined\n      dropped\n      merge { id at entityType keptId mergedId keptName mergedName undoneAt }\n      person { id name version }\n    }\n  }\n': typeof types.MergePeopleDocument;
  '\n  mutation MergeOrganizations($keepId: ID!, $mergeId: ID!, $keepVersion: Int!, $mergeVersion: Int!, $values: [MergeValueChoice!]) {\n    mergeOrganizations(keepId: $keepId, mergeId: $mergeId, keepVersion: $keepVersion, mergeVersion: $mergeVersion, values: $values) {\n      moved\n      combined\n      dropped\n      merge { id at entityType keptId mergedId keptName mergedName undoneAt }\n      organization { id name version }\n    }\n  }\n': typeof types.MergeOrganizationsDocument;
  '\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      skipped\n      merge { id at entityType keptId mergedId keptName mergedName undoneAt }\n    }\n  }\n': typeof types.UndoMergeDocument;
  '\n  query Race($id: ID!) {\n    race(id: $id) {\n      ...RaceCardFields\n      version\n      candidates {\n        id\n        asks {\n          id\n          status\n          version\n          organization {\n            id\n            name\n          }\n        }\n      }\n      history(limit: 20) {\n        ...ChangeFields\n      }\n    }\n  }\n': typeof types.RaceDocument;
  '\n  fragment AskFields on EndorsementAsk {\n    id\n    status\n    version\n    nextStep\n    notes\n    askedOn\n    decidedOn\n    canEdit\n    organization {\n      id\n      name\n    }\n    asker {\n      id\n      name\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n': typeof types.AskFieldsFragmentDoc;
  '\n  query EndorsementBoard($campaignId: ID!) {\n    endorsementBoard(campaignId: $campaignId) {\n      campaign {\n        id\n        name\n      }\n      canRecordEndorsements\n      blockedReason\n      columns {\n        status\n        asks {\n          ...AskFields\n        }\n      }\n      partnersNotAsked {\n        id\n        name\n      }\n    }\n  }\n': typeof types.EndorsementBoardDocument;
  '\n  mutation MoveEndorsementAsk($input: MoveEndorsementAskInput!) {\n    moveEndorsementAsk(input: $input) {\n      ...AskFields\n    }\n  }\n': typeof types.MoveEndorsementAskDocument;
  '\n  mutation CreateEndorsementAsk($input: EndorsementAskInput!, $idempotencyKey: String) {\n    createEndorsementAsk(input: $input, idempotencyKey: $idempotencyKey) {\n      ...AskFields\n    }\n  }\n': typeof types.CreateEndorsementAskDocument;
  '\n  mutation DeleteEndorsementAsk($id: ID!) {\n    deleteEndorsementAsk(id: $id)\n  }\n': typeof types.DeleteEndorsementAskDocument;
  '\n  query MyPersonWithRegion {\n    me {\n      id\n      person {\n        id\n        name\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.MyPersonWithRegionDocument;
  '\n  fragment RaceCardFields on Race {\n    id\n    name\n    electionDate\n    zip\n    areaMiles\n    region {\n      id\n      name\n    }\n    candidates {\n      id\n      name\n      party\n    }\n    endorsements {\n      ...RaceEndorsementFields\n    }\n  }\n': typeof types.RaceCardFieldsFragmentDoc;
  '\n  fragment RaceEndorsementFields on RaceEndorsements {\n    groupsInArea\n    majority {\n      id\n      name\n      party\n    }\n    tallies {\n      candidate {\n        id\n        name\n        party\n      }\n      groupCount\n      groups {\n        id\n        name\n      }\n    }\n    counterEndorsements {\n      organization {\n        id\n        name\n      }\n      endorsed {\n        id\n        name\n        party\n      }\n      against {\n        id\n        name\n        party\n      }\n    }\n  }\n': typeof types.RaceEndorsementFieldsFragmentDoc;
  '\n  query Races($regionId: ID) {\n    races(regionId: $regionId) {\n      ...RaceCardFields\n    }\n  }\n': typeof types.RacesDocument;
  '\n  mutation CreateRace($input: RaceInput!, $idempotencyKey: String) {\n    createRace(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n    }\n  }\n': typeof types.CreateRaceDocument;
  '\n  mutation AddCandidate($input: CandidateInput!, $idempotencyKey: String) {\n    addCandidate(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      party\n    }\n  }\n': typeof types.AddCandidateDocument;
  '\n  mutation RecordCandidateEndorsement($input: EndorsementAskInput!) {\n    createEndorsementAsk(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.RecordCandidateEndorsementDocument;
  '\n  mutation MoveAskToEndorsed($input: MoveEndorsementAskInput!) {\n    moveEndorsementAsk(input: $input) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.MoveAskToEndorsedDocument;
  '\n  query AffiliateGroupsSearch($search: String!) {\n    organizations(first: 8, search: $search, type: AFFILIATE_GROUP) {\n      nodes {\n        id\n        name\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.AffiliateGroupsSearchDocument;
  '\n  fragment RsvpFields on Rsvp {\n    status\n    fromPublicPage\n    invitedByText\n    invitedBy {\n      id\n      name\n    }\n    person {\n      id\n      name\n    }\n  }\n': typeof types.RsvpFieldsFragmentDoc;
  '\n  fragment TurnoutAskFields on TurnoutAsk {\n    id\n    at\n    askedByName\n    person {\n      id\n      name\n    }\n  }\n': typeof types.TurnoutAskFieldsFragmentDoc;
  '\n  query Events($from: String, $regionId: ID, $campaignId: ID) {\n    events(from: $from, regionId: $regionId, campaignId: $campaignId) {\n      id\n      name\n      date\n      location\n      region {\n        id\n        name\n      }\n      campaign {\n        id\n        name\n        status\n      }\n    }\n  }\n': typeof types.EventsDocument;
  '\n  fragment EventTurnout on Event {\n    id\n    rsvps {\n      ...RsvpFields\n    }\n    attendance {\n      person {\n        id\n        name\n      }\n      broughtBy {\n        id\n        name\n      }\n    }\n    turnoutAsks {\n      ...TurnoutAskFields\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n': typeof types.EventTurnoutFragmentDoc;
  '\n  query Event($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      date\n      location\n      zip\n      notes\n      version\n      region {\n        id\n        name\n      }\n      campaign {\n        id\n        name\n        status\n        mobilizationGate {\n          ...MobilizationGateFields\n        }\n      }\n      rsvpPage {\n        on\n        token\n      }\n      ...EventTurnout\n    }\n  }\n': typeof types.EventDocument;
  '\n  mutation CreateEvent($input: EventInput!, $idempotencyKey: String) {\n    createEvent(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n': typeof types.CreateEventDocument;
  '\n  mutation UpdateEvent($id: ID!, $version: Int!, $input: EventInput!) {\n    updateEvent(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.UpdateEventDocument;
  '\n  mutation DeleteEvent($id: ID!) {\n    deleteEvent(id: $id)\n  }\n': typeof types.DeleteEventDocument;
  '\n  mutation RemoveRsvp($eventId: ID!, $personId: ID!) {\n    removeRsvp(eventId: $eventId, personId: $personId) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n': typeof types.RemoveRsvpDocument;
  '\n  mutation RemoveAttendance($eventId: ID!, $personId: ID!) {\n    removeAttendance(eventId: $eventId, personId: $personId) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n': typeof types.RemoveAttendanceDocument;
  '\n  mutation SetRsvp($input: RsvpInput!) {\n    setRsvp(input: $input) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n': typeof types.SetRsvpDocument;
  '\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n': typeof types.RecordAttendanceDocument;
  '\n  query AskLoad($personIds: [ID!]!) {\n    askLoad(personIds: $personIds) {\n      last30Days\n      last90Days\n      limit\n      atLimit\n      person {\n        id\n        name\n      }\n    }\n  }\n': typeof types.AskLoadDocument;
  '\n  mutation AskToAttend($eventId: ID!, $personIds: [ID!]!, $confirmOverLimit: Boolean!) {\n    askToAttend(eventId: $eventId, personIds: $personIds, confirmOverLimit: $confirmOverLimit) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n': typeof types.AskToAttendDocument;
  '\n  query CampaignOptions($regionId: ID) {\n    campaigns(regionId: $regionId) {\n      id\n      name\n      status\n    }\n  }\n': typeof types.CampaignOptionsDocument;
  '\n  query ExportPermission {\n    me {\n      id\n      canExport\n    }\n  }\n': typeof types.ExportPermissionDocument;
  '\n  query ExportLog {\n    exportLog(limit: 50) {\n      at\n      what\n      rows\n      byName\n      regions\n    }\n  }\n': typeof types.ExportLogDocument;
  '\n  mutation SetMyLocale($locale: String) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n': typeof types.SetMyLocaleDocument;
  '\n  query EmergingLeaders($regionId: ID, $teamId: ID, $windowDays: Int!, $limit: Int) {\n    emergingLeaders(regionId: $regionId, teamId: $teamId, windowDays: $windowDays, limit: $limit) {\n      source\n      computedAt\n      windowDays\n      from\n      to\n      previousFrom\n      previousTo\n      peopleScored\n      leaders {\n        rank\n        score\n        previousScore\n        rise\n        alreadyLeader\n        person {\n          id\n          name\n        }\n        parts {\n          signal\n          label\n          weight\n          count\n          previousCount\n          points\n        }\n        bridging {\n          measure\n          label\n          count\n          previousCount\n          growth\n        }\n      }\n    }\n  }\n': typeof types.EmergingLeadersDocument;
  '\n  query NetworkGaps($regionId: ID, $coldAfterDays: Int!) {\n    networkGaps(regionId: $regionId, coldAfterDays: $coldAfterDays) {\n      coldAfterDays\n      partnersWithOneTie {\n        organization {\n          id\n          name\n        }\n        person {\n          id\n          name\n        }\n        ties\n      }\n      partnersWithNoTie {\n        id\n        name\n      }\n      campaigns {\n        campaign {\n          id\n          name\n        }\n        gaps\n      }\n      coldTies {\n        person {\n          id\n          name\n        }\n        other {\n          id\n          name\n        }\n        strength\n        lastContact\n        daysSinceContact\n        importance\n        reasons\n      }\n      coldTieCount\n      clusters {\n        number\n        size\n        members {\n          id\n          name\n        }\n        bridges {\n          person {\n            id\n            name\n          }\n          betweenness\n          outsideTies\n          otherClusters\n        }\n      }\n      bridges {\n        person {\n          id\n          name\n        }\n        betweenness\n        outsideTies\n        otherClusters\n      }\n    }\n  }\n': typeof types.NetworkGapsDocument;
  '\n  fragment LeaderScoringFields on LeaderScoringStatus {\n    running\n    windowDays\n    phase\n    progress\n    startedAt\n    lastError\n    canRecompute\n    runs {\n      windowDays\n      finishedAt\n      durationMs\n      peopleScored\n    }\n  }\n': typeof types.LeaderScoringFieldsFragmentDoc;
  '\n  query LeaderScoring {\n    leaderScoring {\n      ...LeaderScoringFields\n    }\n  }\n': typeof types.LeaderScoringDocument;
  '\n  mutation RecomputeLeaderScores($windowDays: Int!) {\n    recomputeLeaderScores(windowDays: $windowDays) {\n      ...LeaderScoringFields\n    }\n  }\n': typeof types.RecomputeLeaderScoresDocument;
  '\n  fragment StepsAwayRecord on ReachNode {\n    id\n    kind\n    name\n    regionName\n    hidden\n  }\n': typeof types.StepsAwayRecordFragmentDoc;
  '\n  query StepsAway($recordId: ID!, $minStrength: Float!) {\n    stepsAway(recordId: $recordId, minStrength: $minStrength) {\n      minStrength\n      computedAt\n      upToDate\n      stepsAway {\n        record {\n          ...StepsAwayRecord\n        }\n        people\n        partners\n        cutOff {\n          ...StepsAwayRecord\n        }\n      }\n    }\n  }\n': typeof types.StepsAwayDocument;
  '\n  query StepsAwayRanking($regionId: ID, $minStrength: Float!, $limit: Int!) {\n    stepsAwayRanking(regionId: $regionId, minStrength: $minStrength, limit: $limit) {\n      minStrength\n      computedAt\n      upToDate\n      total\n      ranking {\n        record {\n          ...StepsAwayRecord\n        }\n        people\n        partners\n        cutOff {\n          ...StepsAwayRecord\n        }\n      }\n    }\n  }\n': typeof types.StepsAwayRankingDocument;
  '\n  fragment FollowUpFields on FollowUp {\n    id\n    text\n    dueDate\n    done\n    doneAt\n    overdue\n    assigneeName\n  }\n': typeof types.FollowUpFieldsFragmentDoc;
  '\n  fragment InteractionFields on Interaction {\n    id\n    kind\n    date\n    notes\n    loggedByName\n    host {\n      id\n      name\n    }\n    participants {\n      id\n      name\n    }\n    organizations {\n      id\n      name\n    }\n    followUps {\n      ...FollowUpFields\n    }\n  }\n': typeof types.InteractionFieldsFragmentDoc;
  '\n  mutation LogInteraction($input: LogInteractionInput!, $idempotencyKey: String) {\n    logInteraction(input: $input, idempotencyKey: $idempotencyKey) {\n      ...InteractionFields\n    }\n  }\n': typeof types.LogInteractionDocument;
  '\n  query MyPerson {\n    me {\n      id\n      person {\n        id\n        name\n      }\n    }\n  }\n': typeof types.MyPersonDocument;
  '\n  query PersonToLog($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n  }\n': typeof types.PersonToLogDocument;
  '\n  query Teammates {\n    teammates {\n      id\n      displayName\n      role\n    }\n  }\n': typeof types.TeammatesDocument;
  '\n  query PersonInteractions($id: ID!, $limit: Int!) {\n    person(id: $id) {\n      id\n      interactions(limit: $limit) {\n        ...InteractionFields\n        canEdit\n      }\n    }\n  }\n': typeof types.PersonInteractionsDocument;
  '\n  query PersonTieActivity($id: ID!) {\n    person(id: $id) {\n      id\n      ties {\n        strength\n        derivedStrength\n        lastContact\n        interactionCount\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.PersonTieActivityDocument;
  '\n  query MyFollowUps($includeDone: Boolean!) {\n    myFollowUps(includeDone: $includeDone) {\n      ...FollowUpFields\n      interaction {\n        id\n        kind\n        date\n        participants {\n          id\n          name\n        }\n        organizations {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.MyFollowUpsDocument;
  '\n  mutation SetFollowUpDone($id: ID!, $done: Boolean!) {\n    setFollowUpDone(id: $id, done: $done) {\n      ...FollowUpFields\n    }\n  }\n': typeof types.SetFollowUpDoneDocument;
  '\n  fragment MeetingFields on Interaction {\n    id\n    kind\n    date\n    notes\n    loggedByName\n    version\n    canEdit\n    host {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    participants {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    organizations {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    followUps {\n      ...FollowUpFields\n    }\n  }\n': typeof types.MeetingFieldsFragmentDoc;
  '\n  query Meeting($id: ID!) {\n    interaction(id: $id) {\n      ...MeetingFields\n    }\n  }\n': typeof types.MeetingDocument;
  '\n  mutation CorrectInteraction($input: CorrectInteractionInput!) {\n    correctInteraction(input: $input) {\n      ...MeetingFields\n    }\n  }\n': typeof types.CorrectInteractionDocument;
  '\n  mutation DeleteInteraction($id: ID!, $version: Int!) {\n    deleteInteraction(id: $id, version: $version)\n  }\n': typeof types.DeleteInteractionDocument;
  '\n  fragment DecisionOnIssue on AssemblyDecision {\n    outcome\n    notes\n    assembly {\n      id\n      name\n      date\n    }\n  }\n': typeof types.DecisionOnIssueFragmentDoc;
  '\n  query Issues($regionId: ID) {\n    issues(regionId: $regionId) {\n      id\n      name\n      scope\n      prioritized\n      description\n      region {\n        id\n        name\n      }\n      narrows {\n        id\n      }\n      specificIssues {\n        id\n        name\n        prioritized\n      }\n      decisions {\n        ...DecisionOnIssue\n      }\n    }\n  }\n': typeof types.IssuesDocument;
  '\n  fragment IssueFields on Issue {\n    id\n    name\n    scope\n    description\n    version\n    prioritized\n    region {\n      id\n      name\n    }\n    narrows {\n      id\n      name\n      prioritized\n    }\n  }\n': typeof types.IssueFieldsFragmentDoc;
  '\n  query Issue($id: ID!) {\n    issue(id: $id) {\n      ...IssueFields\n      specificIssues {\n        id\n        name\n        prioritized\n      }\n      decisions {\n        ...DecisionOnIssue\n      }\n      history(limit: 20) {\n        ...ChangeFields\n      }\n    }\n  }\n': typeof types.IssueDocument;
  '\n  query IssueForEdit($id: ID!) {\n    issue(id: $id) {\n      ...IssueFields\n    }\n  }\n': typeof types.IssueForEditDocument;
  '\n  mutation CreateIssue($input: IssueInput!, $idempotencyKey: String) {\n    createIssue(input: $input, idempotencyKey: $idempotencyKey) {\n      ...IssueFields\n    }\n  }\n': typeof types.CreateIssueDocument;
  '\n  mutation UpdateIssue($id: ID!, $version: Int!, $input: IssueInput!) {\n    updateIssue(id: $id, version: $version, input: $input) {\n      ...IssueFields\n    }\n  }\n': typeof types.UpdateIssueDocument;
  '\n  fragment AssemblyFields on IssueAssembly {\n    id\n    name\n    date\n    notes\n    region {\n      id\n      name\n    }\n    decisions {\n      outcome\n      notes\n      issue {\n        id\n        name\n        prioritized\n      }\n    }\n  }\n': typeof types.AssemblyFieldsFragmentDoc;
  '\n  query IssueAssemblies($regionId: ID) {\n    issueAssemblies(regionId: $regionId) {\n      ...AssemblyFields\n    }\n  }\n': typeof types.IssueAssembliesDocument;
  '\n  query IssueAssembly($id: ID!) {\n    issueAssembly(id: $id) {\n      ...AssemblyFields\n    }\n  }\n': typeof types.IssueAssemblyDocument;
  '\n  mutation CreateIssueAssembly($input: IssueAssemblyInput!, $idempotencyKey: String) {\n    createIssueAssembly(input: $input, idempotencyKey: $idempotencyKey) {\n      ...AssemblyFields\n    }\n  }\n': typeof types.CreateIssueAssemblyDocument;
  '\n  mutation RecordAssemblyDecision($input: AssemblyDecisionInput!) {\n    recordAssemblyDecision(input: $input) {\n      outcome\n      notes\n      assembly {\n        ...AssemblyFields\n      }\n      issue {\n        id\n        name\n        prioritized\n        decisions {\n          ...DecisionOnIssue\n        }\n        specificIssues {\n          id\n          name\n          prioritized\n        }\n      }\n    }\n  }\n': typeof types.RecordAssemblyDecisionDocument;
  '\n  fragment LeadershipStandings on Person {\n    id\n    leadership {\n      theme\n      label\n      level\n      levelName\n      assessedOn\n      assessedByName\n    }\n    assessments {\n      ...AssessmentFields\n    }\n  }\n': typeof types.LeadershipStandingsFragmentDoc;
  '\n  fragment PersonMentors on Person {\n    id\n    mentors {\n      since\n      person {\n        id\n        name\n      }\n    }\n    mentees {\n      since\n      person {\n        id\n        name\n      }\n    }\n  }\n': typeof types.PersonMentorsFragmentDoc;
  '\n  query PersonLeadership($id: ID!) {\n    person(id: $id) {\n      ...LeadershipStandings\n      ...PersonMentors\n    }\n  }\n': typeof types.PersonLeadershipDocument;
  '\n  query Competencies {\n    competencies {\n      theme\n      label\n      summary\n      levels {\n        level\n        name\n        description\n      }\n    }\n  }\n': typeof types.CompetenciesDocument;
  '\n  fragment AssessmentFields on LeadershipAssessment {\n    id\n    theme\n    level\n    levelName\n    assessedOn\n    assessedByName\n    notes\n  }\n': typeof types.AssessmentFieldsFragmentDoc;
  "\n  mutation AssessLeadership($input: AssessmentInput!) {\n    assessLeadership(input: $input) {\n      ...AssessmentFields\n      # The person's standings after it, so the cache updates the leadership card.\n      person {\n        ...LeadershipStandings\n      }\n    }\n  }\n": typeof types.AssessLeadershipDocument;
  '\n  mutation AddMentor($input: MentorInput!) {\n    addMentor(input: $input) {\n      ...PersonMentors\n      mentors {\n        person {\n          ...PersonMentors\n        }\n      }\n    }\n  }\n': typeof types.AddMentorDocument;
  '\n  mutation RemoveMentor($mentorId: ID!, $menteeId: ID!) {\n    removeMentor(mentorId: $mentorId, menteeId: $menteeId) {\n      ...PersonMentors\n    }\n  }\n': typeof types.RemoveMentorDocument;
  '\n  fragment ChangeFields on Change {\n    id\n    action\n    at\n    byName\n    summary\n    changes {\n      field\n      from\n      to\n    }\n  }\n': typeof types.ChangeFieldsFragmentDoc;
  '\n  fragment SavedListFields on SavedList {\n    id\n    name\n    filter\n    entity\n    sortBy\n    organizationsSortBy\n    descending\n    columns\n    sharedWithRegionId\n    mine\n  }\n': typeof types.SavedListFieldsFragmentDoc;
  '\n  query SavedLists($entity: ListEntity!) {\n    savedLists(entity: $entity) {\n      ...SavedListFields\n    }\n  }\n': typeof types.SavedListsDocument;
  '\n  mutation SaveList($input: SaveListInput!) {\n    saveList(input: $input) {\n      ...SavedListFields\n    }\n  }\n': typeof types.SaveListDocument;
  '\n  mutation SaveOrganizationList($input: SaveOrganizationListInput!) {\n    saveOrganizationList(input: $input) {\n      ...SavedListFields\n    }\n  }\n': typeof types.SaveOrganizationListDocument;
  '\n  fragment BulkResultFields on BulkResult {\n    id\n    summary\n    changed\n    unchanged\n    skipped\n    status\n    done\n    total\n    error\n  }\n': typeof types.BulkResultFieldsFragmentDoc;
  '\n  mutation UndoLastBulkAction {\n    undoLastBulkAction {\n      ...BulkResultFields\n    }\n  }\n': typeof types.UndoLastBulkActionDocument;
  '\n  query BulkAction($id: ID!) {\n    bulkAction(id: $id) {\n      ...BulkResultFields\n    }\n  }\n': typeof types.BulkActionDocument;
  '\n  query OrganizationsList($input: OrganizationsListArgsInput!, $withFacts: Boolean!) {\n    organizationsList(input: $input) {\n      totalCount\n      facts @include(if: $withFacts) {\n        organizationId\n        lastContact\n        members\n      }\n      nodes {\n        id\n        name\n        type\n        issueAreas\n        ledBy\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.OrganizationsListDocument;
  '\n  mutation BulkEndorsementPipeline($input: BulkEndorsementPipelineInput!) {\n    bulkEndorsementPipeline(input: $input) {\n      ...BulkResultFields\n    }\n  }\n': typeof types.BulkEndorsementPipelineDocument;
  '\n  query Organizations($first: Int!, $after: String, $search: String, $regionId: ID, $type: OrganizationType) {\n    organizations(first: $first, after: $after, search: $search, regionId: $regionId, type: $type) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        type\n        issueAreas\n        ledBy\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.OrganizationsDocument;
  '\n  fragment OrganizationFields on Organization {\n    id\n    name\n    type\n    issueAreas\n    ledBy\n    zip\n    region {\n      id\n      name\n    }\n    address {\n      line\n      city\n      state\n      zip\n    }\n    customFields {\n      ...CustomFieldValues\n    }\n    website\n    notes\n    version\n  }\n': typeof types.OrganizationFieldsFragmentDoc;
  '\n  fragment OrganizationAffiliations on Organization {\n    id\n    affiliations {\n      kind\n      title\n      since\n      person {\n        id\n        name\n      }\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n': typeof types.OrganizationAffiliationsFragmentDoc;
  '\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationFields\n      createdAt\n      updatedAt\n      canEdit\n      canDelete\n      ...OrganizationAffiliations\n    }\n  }\n': typeof types.OrganizationDocument;
  '\n  query OrganizationForEdit($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationFields\n    }\n  }\n': typeof types.OrganizationForEditDocument;
  '\n  mutation CreateOrganization($input: OrganizationInput!, $idempotencyKey: String) {\n    createOrganization(input: $input, idempotencyKey: $idempotencyKey) {\n      ...OrganizationFields\n    }\n  }\n': typeof types.CreateOrganizationDocument;
  '\n  mutation UpdateOrganization($id: ID!, $version: Int!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, version: $version, input: $input) {\n      ...OrganizationFields\n    }\n  }\n': typeof types.UpdateOrganizationDocument;
  '\n  mutation DeleteOrganization($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n': typeof types.DeleteOrganizationDocument;
  '\n  mutation BulkInviteToEvent($input: BulkInviteInput!) {\n    bulkInviteToEvent(input: $input) {\n      ...BulkResultFields\n    }\n  }\n': typeof types.BulkInviteToEventDocument;
  '\n  mutation BulkTurnoutAsk($input: BulkTurnoutAskInput!) {\n    bulkTurnoutAsk(input: $input) {\n      ...BulkResultFields\n    }\n  }\n': typeof types.BulkTurnoutAskDocument;
  '\n  mutation ExportPeopleList($target: BulkTargetInput!) {\n    exportPeopleList(target: $target) {\n      csv\n      rows\n    }\n  }\n': typeof types.ExportPeopleListDocument;
  '\n  query PeopleList($input: PeopleListArgsInput!, $withFacts: Boolean!) {\n    peopleList(input: $input) {\n      totalCount\n      facts @include(if: $withFacts) {\n        personId\n        lastContact\n        asks30Days\n        leadershipLevel\n      }\n      nodes {\n        id\n        name\n        emails\n        phones\n        contactHidden\n        zip\n        kinds\n        tags\n        createdAt\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.PeopleListDocument;
  '\n  mutation BulkPeople($input: BulkPeopleInput!) {\n    bulkPeople(input: $input) {\n      ...BulkResultFields\n    }\n  }\n': typeof types.BulkPeopleDocument;
  '\n  query CallSheet($target: BulkTargetInput!) {\n    callSheet(target: $target) {\n      person {\n        id\n        name\n        notes\n      }\n      phone\n      lastContact\n      asks30Days\n    }\n  }\n': typeof types.CallSheetDocument;
  '\n  query Regions {\n    regions {\n      id\n      name\n    }\n  }\n': typeof types.RegionsDocument;
  '\n  fragment PersonFields on Person {\n    id\n    name\n    emails\n    phones\n    contactHidden\n    zip\n    address {\n      line\n      city\n      state\n      zip\n    }\n    customFields {\n      ...CustomFieldValues\n    }\n    region {\n      id\n      name\n    }\n    kinds\n    tags\n    notes\n    version\n    createdAt\n    updatedAt\n    canEdit\n    canDelete\n  }\n': typeof types.PersonFieldsFragmentDoc;
  '\n  fragment PersonTies on Person {\n    id\n    ties {\n      strength\n      context\n      since\n      until\n      lastContact\n      interactionCount\n      person {\n        id\n        name\n      }\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n': typeof types.PersonTiesFragmentDoc;
  '\n  fragment PersonAffiliations on Person {\n    id\n    affiliations {\n      kind\n      title\n      since\n      until\n      organization {\n        id\n        name\n      }\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n': typeof types.PersonAffiliationsFragmentDoc;
  '\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n      ...PersonTies\n      ...PersonAffiliations\n      assignees {\n        id\n        displayName\n        email\n      }\n      history(limit: 20) {\n        ...ChangeFields\n      }\n    }\n  }\n': typeof types.PersonDocument;
  '\n  query PersonForEdit($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n    }\n  }\n': typeof types.PersonForEditDocument;
  '\n  mutation CreatePerson($input: PersonInput!, $idempotencyKey: String) {\n    createPerson(input: $input, idempotencyKey: $idempotencyKey) {\n      ...PersonFields\n    }\n  }\n': typeof types.CreatePersonDocument;
  '\n  mutation UpdatePerson($id: ID!, $version: Int!, $input: PersonInput!) {\n    updatePerson(id: $id, version: $version, input: $input) {\n      ...PersonFields\n    }\n  }\n': typeof types.UpdatePersonDocument;
  '\n  mutation DeletePerson($id: ID!) {\n    deletePerson(id: $id)\n  }\n': typeof types.DeletePersonDocument;
  '\n  mutation SetTie($input: TieInput!) {\n    setTie(input: $input) {\n      strength\n    }\n  }\n': typeof types.SetTieDocument;
  '\n  mutation RemoveTie($personId: ID!, $otherPersonId: ID!) {\n    removeTie(personId: $personId, otherPersonId: $otherPersonId) {\n      person {\n        ...PersonTies\n      }\n      otherPerson {\n        ...PersonTies\n      }\n    }\n  }\n': typeof types.RemoveTieDocument;
  '\n  mutation AddAffiliation($input: AffiliationInput!) {\n    addAffiliation(input: $input) {\n      kind\n    }\n  }\n': typeof types.AddAffiliationDocument;
  '\n  mutation RemoveAffiliation($personId: ID!, $organizationId: ID!, $kind: AffiliationKind!) {\n    removeAffiliation(personId: $personId, organizationId: $organizationId, kind: $kind) {\n      person {\n        ...PersonAffiliations\n      }\n      organization {\n        ...OrganizationAffiliations\n      }\n    }\n  }\n': typeof types.RemoveAffiliationDocument;
  '\n  query Connectors {\n    accounts(role: CONNECTOR) {\n      id\n      displayName\n      email\n      disabled\n    }\n  }\n': typeof types.ConnectorsDocument;
  '\n  fragment AssigneesResult on Person {\n    id\n    assignees {\n      id\n      displayName\n      email\n    }\n    contactHidden\n    emails\n    phones\n  }\n': typeof types.AssigneesResultFragmentDoc;
  '\n  mutation AssignPerson($personId: ID!, $accountId: ID!) {\n    assignPerson(personId: $personId, accountId: $accountId) {\n      ...AssigneesResult\n    }\n  }\n': typeof types.AssignPersonDocument;
  '\n  mutation UnassignPerson($personId: ID!, $accountId: ID!) {\n    unassignPerson(personId: $personId, accountId: $accountId) {\n      ...AssigneesResult\n    }\n  }\n': typeof types.UnassignPersonDocument;
  '\n  query PeopleSearch($search: String!) {\n    people(first: 8, search: $search) {\n      nodes {\n        id\n        name\n        zip\n        createdAt\n        region {\n          id\n          name\n        }\n        affiliations {\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.PeopleSearchDocument;
  '\n  query OrganizationsSearch($search: String!) {\n    organizations(first: 8, search: $search) {\n      nodes {\n        id\n        name\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.OrganizationsSearchDocument;
  '\n  fragment PowerMapNodeFields on ReachNode {\n    id\n    kind\n    name\n    regionName\n    hidden\n  }\n  fragment PowerMapFields on PowerMap {\n    campaign {\n      id\n      name\n    }\n    target {\n      ...PowerMapNodeFields\n    }\n    leftOff\n    canEdit\n    records {\n      record {\n        ...PowerMapNodeFields\n      }\n      stance\n      stanceSource\n      stanceWhy\n      influence\n      influenceSource\n      influenceWhy\n      placed\n      recordedInfluence\n      influenceNote\n      warmestPath {\n        score\n        hops\n        messenger {\n          ...PowerMapNodeFields\n        }\n        nodes {\n          ...PowerMapNodeFields\n        }\n        links {\n          kind\n          strength\n          lastContact\n          context\n          since\n        }\n      }\n      openAsk {\n        id\n        status\n        nextStep\n        askerName\n      }\n      assigned\n    }\n  }\n': typeof types.PowerMapNodeFieldsFragmentDoc;
  '\n  query PowerMap($campaignId: ID!) {\n    powerMap(campaignId: $campaignId) {\n      ...PowerMapFields\n    }\n  }\n': typeof types.PowerMapDocument;
  '\n  mutation PlaceOnPowerMap($campaignId: ID!, $recordId: ID!, $stance: Int, $influence: Int) {\n    placeOnPowerMap(campaignId: $campaignId, recordId: $recordId, stance: $stance, influence: $influence) {\n      ...PowerMapFields\n    }\n  }\n': typeof types.PlaceOnPowerMapDocument;
  '\n  mutation SetInfluence($input: InfluenceInput!) {\n    setInfluence(input: $input) {\n      fromId\n      personId\n      strength\n      note\n    }\n  }\n': typeof types.SetInfluenceDocument;
  '\n  mutation RemoveInfluence($fromId: ID!, $personId: ID!, $campaignId: ID!) {\n    removeInfluence(fromId: $fromId, personId: $personId, campaignId: $campaignId) {\n      powerMap {\n        ...PowerMapFields\n      }\n    }\n  }\n': typeof types.RemoveInfluenceDocument;
  '\n  fragment ConnectionChain on ReachPath {\n    score\n    hops\n    nodes {\n      id\n      kind\n      name\n      regionName\n      hidden\n    }\n    links {\n      kind\n      strength\n      lastContact\n    }\n  }\n': typeof types.ConnectionChainFragmentDoc;
  '\n  query Connection($fromId: ID!, $toId: ID!) {\n    connection(fromId: $fromId, toId: $toId) {\n      from {\n        id\n        name\n      }\n      to {\n        id\n        name\n      }\n      strongest {\n        ...ConnectionChain\n      }\n      shortest {\n        ...ConnectionChain\n      }\n    }\n  }\n': typeof types.ConnectionDocument;
  '\n  fragment ReachNodeFields on ReachNode {\n    id\n    kind\n    name\n    regionName\n    hidden\n  }\n': typeof types.ReachNodeFieldsFragmentDoc;
  '\n  query Reach($targetPersonId: ID, $targetOrganizationId: ID, $from: ReachFrom!, $teamId: ID, $regionId: ID, $limit: Int) {\n    reach(targetPersonId: $targetPersonId, targetOrganizationId: $targetOrganizationId, from: $from, teamId: $teamId, regionId: $regionId, limit: $limit) {\n      target {\n        ...ReachNodeFields\n      }\n      startingMembers\n      paths {\n        score\n        hops\n        messenger {\n          ...ReachNodeFields\n        }\n        nodes {\n          ...ReachNodeFields\n        }\n        links {\n          kind\n          strength\n          lastContact\n          context\n          since\n        }\n      }\n    }\n  }\n': typeof types.ReachDocument;
  '\n  mutation CreateRegion($input: CreateRegionInput!, $idempotencyKey: String) {\n    createRegion(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n    }\n  }\n': typeof types.CreateRegionDocument;
  '\n  fragment ReminderFields on MyReminders {\n    due\n    overdue\n    digestEmails\n    digestAvailable\n  }\n': typeof types.ReminderFieldsFragmentDoc;
  '\n  query MyReminders {\n    myReminders {\n      ...ReminderFields\n    }\n  }\n': typeof types.MyRemindersDocument;
  '\n  mutation SetDigestEmails($on: Boolean!) {\n    setDigestEmails(on: $on) {\n      ...ReminderFields\n    }\n  }\n': typeof types.SetDigestEmailsDocument;
  '\n  query PersonRoles($id: ID!) {\n    person(id: $id) {\n      id\n      roles {\n        id\n        role\n        active\n        startDate\n        endDate\n        targetId\n        targetType\n        targetName\n        forOrganization {\n          id\n          name\n        }\n      }\n      teams {\n        id\n        name\n        kind\n      }\n    }\n  }\n': typeof types.PersonRolesDocument;
  '\n  fragment CampaignRoleBoard on Campaign {\n    id\n    name\n    partners {\n      id\n      name\n    }\n    roleBoard {\n      slots {\n        role\n        hasBackup\n        holders {\n          ...RoleFields\n        }\n      }\n      gaps\n      partnersWithoutConnector {\n        id\n        name\n      }\n    }\n    roles {\n      ...RoleFields\n    }\n  }\n': typeof types.CampaignRoleBoardFragmentDoc;
  '\n  fragment RoleFields on RoleAssignment {\n    id\n    role\n    active\n    startDate\n    endDate\n    person {\n      id\n      name\n    }\n    forOrganization {\n      id\n      name\n    }\n  }\n': typeof types.RoleFieldsFragmentDoc;
  "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...RoleFields\n      # Held on a campaign or a team: its page's roles as they are now, so the cache updates the page.\n      campaign {\n        ...CampaignRoleBoard\n      }\n      team {\n        ...TeamRoles\n      }\n    }\n  }\n": typeof types.AssignRoleDocument;
  "\n  mutation EndRole($id: ID!, $endDate: String!) {\n    endRole(id: $id, endDate: $endDate) {\n      ...RoleFields\n      # Held on a campaign or a team: its page's roles as they are now, so the cache updates the page.\n      campaign {\n        ...CampaignRoleBoard\n      }\n      team {\n        ...TeamRoles\n      }\n    }\n  }\n": typeof types.EndRoleDocument;
  '\n  mutation RemoveRole($id: ID!) {\n    removeRole(id: $id) {\n      removedId\n      campaign {\n        ...CampaignRoleBoard\n      }\n      team {\n        ...TeamRoles\n      }\n    }\n  }\n': typeof types.RemoveRoleDocument;
  '\n  mutation SetEventRsvpPage($id: ID!, $on: Boolean!) {\n    setEventRsvpPage(id: $id, on: $on) {\n      id\n      rsvpPage {\n        on\n        token\n      }\n    }\n  }\n': typeof types.SetEventRsvpPageDocument;
  '\n  query Teams($kind: TeamKind, $regionId: ID) {\n    teams(kind: $kind, regionId: $regionId) {\n      id\n      name\n      kind\n      region {\n        id\n        name\n      }\n      members {\n        person {\n          id\n        }\n      }\n      roles {\n        id\n        role\n        active\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.TeamsDocument;
  '\n  fragment TeamFields on Team {\n    id\n    name\n    kind\n    notes\n    version\n    region {\n      id\n      name\n    }\n  }\n': typeof types.TeamFieldsFragmentDoc;
  '\n  fragment TeamMembers on Team {\n    id\n    members {\n      since\n      person {\n        id\n        name\n      }\n    }\n    progress(months: $months) {\n      month\n      houseMeetings\n      oneToOnes\n      researchActions\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n': typeof types.TeamMembersFragmentDoc;
  '\n  fragment TeamRoles on Team {\n    id\n    roles {\n      ...RoleFields\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n': typeof types.TeamRolesFragmentDoc;
  '\n  query Team($id: ID!, $months: Int!) {\n    team(id: $id) {\n      ...TeamFields\n      canEdit\n      canDelete\n      createdAt\n      ...TeamMembers\n      ...TeamRoles\n    }\n  }\n': typeof types.TeamDocument;
  '\n  query TeamForEdit($id: ID!) {\n    team(id: $id) {\n      ...TeamFields\n    }\n  }\n': typeof types.TeamForEditDocument;
  '\n  mutation CreateTeam($input: TeamInput!, $idempotencyKey: String) {\n    createTeam(input: $input, idempotencyKey: $idempotencyKey) {\n      ...TeamFields\n    }\n  }\n': typeof types.CreateTeamDocument;
  '\n  mutation UpdateTeam($id: ID!, $version: Int!, $input: TeamInput!) {\n    updateTeam(id: $id, version: $version, input: $input) {\n      ...TeamFields\n    }\n  }\n': typeof types.UpdateTeamDocument;
  '\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n': typeof types.DeleteTeamDocument;
  '\n  mutation AddTeamMember($teamId: ID!, $personId: ID!, $since: String, $months: Int!) {\n    addTeamMember(teamId: $teamId, personId: $personId, since: $since) {\n      team {\n        ...TeamMembers\n      }\n    }\n  }\n': typeof types.AddTeamMemberDocument;
  '\n  mutation RemoveTeamMember($teamId: ID!, $personId: ID!, $months: Int!) {\n    removeTeamMember(teamId: $teamId, personId: $personId) {\n      team {\n        ...TeamMembers\n      }\n    }\n  }\n': typeof types.RemoveTeamMemberDocument;
};
const documents: Documents = {
  '\n  query AdminAccounts {\n    accounts {\n      id\n      email\n      displayName\n      role\n      allRegions\n      disabled\n      canExport\n      createdAt\n      regions {\n        id\n        name\n      }\n    }\n  }\n':
    types.AdminAccountsDocument,
  '\n  mutation CreateAccount($input: CreateAccountInput!, $idempotencyKey: String) {\n    createAccount(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      email\n      displayName\n      role\n      allRegions\n      disabled\n      createdAt\n      regions {\n        id\n        name\n      }\n    }\n  }\n':
    types.CreateAccountDocument,
  '\n  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      email\n      displayName\n      role\n      allRegions\n      disabled\n      canExport\n      createdAt\n      regions {\n        id\n        name\n      }\n    }\n  }\n':
    types.UpdateAccountDocument,
  '\n  query AdminBackups {\n    backupStatus {\n      scheduled\n      offReason\n      scheduleHours\n      keepDaily\n      keepWeekly\n      nextAt\n      lastGood {\n        file\n        takenAt\n        bytes\n        records\n      }\n      lastFailure {\n        at\n        message\n      }\n      kept {\n        file\n        takenAt\n        bytes\n      }\n    }\n  }\n':
    types.AdminBackupsDocument,
  '\n  query AffiliateMap($regionId: ID) {\n    affiliateMap(regionId: $regionId) {\n      groups {\n        organization {\n          id\n          name\n          zip\n          mou {\n            status\n          }\n        }\n        place {\n          zip\n          city\n          state\n          latitude\n          longitude\n        }\n        areaMiles\n        clusterId\n      }\n      clusters {\n        id\n        groups {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.AffiliateMapDocument,
  '\n  query Nearby($zip: String!, $miles: Float!, $organizationType: OrganizationType) {\n    nearby(zip: $zip, miles: $miles, organizationType: $organizationType) {\n      center {\n        zip\n        city\n        state\n        latitude\n        longitude\n      }\n      miles\n      truncated\n      organizations {\n        miles\n        organization {\n          id\n          name\n          zip\n        }\n      }\n      people {\n        miles\n        person {\n          id\n          name\n          zip\n        }\n      }\n    }\n  }\n':
    types.NearbyDocument,
  '\n  fragment AffiliateGroupFields on Organization {\n    id\n    name\n    type\n    version\n    canEdit\n    zip\n    areaMiles\n    place {\n      zip\n      city\n      state\n      latitude\n      longitude\n    }\n    mou {\n      status\n      sentOn\n      signedOn\n      terminatedOn\n    }\n    pointOfContact {\n      id\n      name\n    }\n  }\n':
    types.AffiliateGroupFieldsFragmentDoc,
  '\n  query AffiliateGroup($id: ID!) {\n    organization(id: $id) {\n      ...AffiliateGroupFields\n      endorsementAsks {\n        id\n        status\n        askedOn\n        decidedOn\n        nextStep\n        asker {\n          id\n          name\n        }\n        campaign {\n          id\n          name\n        }\n        candidate {\n          id\n          name\n          party\n        }\n      }\n    }\n  }\n':
    types.AffiliateGroupDocument,
  '\n  mutation SetMou($input: MouInput!) {\n    setMou(input: $input) {\n      ...AffiliateGroupFields\n    }\n  }\n': types.SetMouDocument,
  '\n  mutation SetGroupArea($input: GroupAreaInput!) {\n    setGroupArea(input: $input) {\n      ...AffiliateGroupFields\n    }\n  }\n':
    types.SetGroupAreaDocument,
  '\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        at\n        action\n        actorId\n        actorName\n        summary\n        clientAddress\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n':
    types.AuditLogDocument,
  '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n      displayName\n      role\n      allRegions\n      regions {\n        id\n        name\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      allRegions\n      canExport\n      locale\n      regions {\n        id\n        name\n      }\n      person {\n        id\n        name\n      }\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation SetMyPerson($personId: ID) {\n    setMyPerson(personId: $personId) {\n      id\n      person {\n        id\n        name\n      }\n    }\n  }\n':
    types.SetMyPersonDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  fragment MobilizationGateFields on MobilizationGate {\n    open\n    conditions {\n      key\n      label\n      met\n      detail\n    }\n  }\n':
    types.MobilizationGateFieldsFragmentDoc,
  '\n  fragment CampaignPartners on Campaign {\n    id\n    name\n    partners {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    roleBoard {\n      partnersWithoutConnector {\n        id\n        name\n      }\n    }\n  }\n':
    types.CampaignPartnersFragmentDoc,
  '\n  query Campaigns($status: CampaignStatus, $regionId: ID) {\n    campaigns(status: $status, regionId: $regionId) {\n      id\n      name\n      status\n      region {\n        id\n        name\n      }\n      issue {\n        id\n        name\n      }\n      proposingTeam {\n        id\n        name\n      }\n      mobilizationGate {\n        ...MobilizationGateFields\n      }\n    }\n  }\n':
    types.CampaignsDocument,
  '\n  fragment CampaignState on Campaign {\n    id\n    name\n    status\n    version\n    canEdit\n    createdAt\n    updatedAt\n    approvedAt\n    approvedByName\n    theoryOfChange\n    actionProposal\n    region {\n      id\n      name\n    }\n    issue {\n      id\n      name\n      scope\n      prioritized\n    }\n    targetPerson {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    targetOrganization {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    proposingTeam {\n      id\n      name\n      kind\n    }\n    approvingTeam {\n      id\n      name\n    }\n    mobilizationGate {\n      ...MobilizationGateFields\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n':
    types.CampaignStateFragmentDoc,
  '\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignState\n      ...CampaignPartners\n      ...CampaignRoleBoard\n    }\n  }\n':
    types.CampaignDocument,
  '\n  mutation SetCampaignStatus($id: ID!, $version: Int!, $status: CampaignStatus!) {\n    setCampaignStatus(id: $id, version: $version, status: $status) {\n      ...CampaignState\n    }\n  }\n':
    types.SetCampaignStatusDocument,
  '\n  mutation ApproveCampaign($id: ID!, $version: Int!, $teamId: ID!) {\n    approveCampaign(id: $id, version: $version, teamId: $teamId) {\n      ...CampaignState\n    }\n  }\n':
    types.ApproveCampaignDocument,
  '\n  mutation CreateCampaign($input: CampaignInput!, $idempotencyKey: String) {\n    createCampaign(input: $input, idempotencyKey: $idempotencyKey) {\n      ...CampaignState\n    }\n  }\n':
    types.CreateCampaignDocument,
  '\n  mutation UpdateCampaign($id: ID!, $version: Int!, $input: CampaignInput!) {\n    updateCampaign(id: $id, version: $version, input: $input) {\n      ...CampaignState\n    }\n  }\n':
    types.UpdateCampaignDocument,
  '\n  query CampaignForEdit($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignState\n    }\n  }\n': types.CampaignForEditDocument,
  '\n  mutation AddCampaignPartner($campaignId: ID!, $organizationId: ID!) {\n    addCampaignPartner(campaignId: $campaignId, organizationId: $organizationId) {\n      campaign {\n        ...CampaignState\n        ...CampaignPartners\n        ...CampaignRoleBoard\n      }\n    }\n  }\n':
    types.AddCampaignPartnerDocument,
  '\n  mutation RemoveCampaignPartner($campaignId: ID!, $organizationId: ID!) {\n    removeCampaignPartner(campaignId: $campaignId, organizationId: $organizationId) {\n      campaign {\n        ...CampaignState\n        ...CampaignPartners\n        ...CampaignRoleBoard\n      }\n    }\n  }\n':
    types.RemoveCampaignPartnerDocument,
  '\n  query TeamOptions($regionId: ID, $kind: TeamKind) {\n    teams(regionId: $regionId, kind: $kind) {\n      id\n      name\n      kind\n      region {\n        id\n        name\n      }\n    }\n  }\n':
    types.TeamOptionsDocument,
  '\n  query IssueOptions($regionId: ID) {\n    issues(regionId: $regionId) {\n      id\n      name\n      scope\n      prioritized\n      region {\n        id\n        name\n      }\n    }\n  }\n':
    types.IssueOptionsDocument,
  '\n  fragment CustomFieldValues on CustomFieldValue {\n    key\n    label\n    type\n    value\n    values\n  }\n': types.CustomFieldValuesFragmentDoc,
  '\n  fragment FieldDefinitionFields on FieldDefinition {\n    id\n    entity\n    key\n    label\n    type\n    choices\n    regionId\n    version\n  }\n':
    types.FieldDefinitionFieldsFragmentDoc,
  '\n  query FieldDefinitions($entity: FieldEntity!, $regionId: ID) {\n    fieldDefinitions(entity: $entity, regionId: $regionId) {\n      ...FieldDefinitionFields\n    }\n  }\n':
    types.FieldDefinitionsDocument,
  '\n  mutation DefineField($input: FieldDefinitionInput!) {\n    defineField(input: $input) {\n      ...FieldDefinitionFields\n    }\n  }\n':
    types.DefineFieldDocument,
  '\n  mutation ChangeField($id: ID!, $version: Int!, $changes: FieldDefinitionChanges!) {\n    changeField(id: $id, version: $version, changes: $changes) {\n      ...FieldDefinitionFields\n    }\n  }\n':
    types.ChangeFieldDocument,
  '\n  mutation RemoveField($id: ID!) {\n    removeField(id: $id)\n  }\n': types.RemoveFieldDocument,
  '\n  query ComparePeople($a: ID!, $b: ID!) {\n    a: person(id: $a) { ...PersonSide }\n    b: person(id: $b) { ...PersonSide }\n  }\n  fragment PersonSide on Person {\n    id name version zip notes region { id name } emails phones contactHidden kinds tags\n    address { line city state } customFields { key label value values }\n    ties { person { id name } }\n    affiliations { kind organization { id name } }\n    history(limit: 5) { id at summary byName }\n  }\n':
    types.ComparePeopleDocument,
  '\n  query CompareOrganizations($a: ID!, $b: ID!) {\n    a: organization(id: $a) { ...OrganizationSide }\n    b: organization(id: $b) { ...OrganizationSide }\n  }\n  fragment OrganizationSide on Organization {\n    id name version zip notes region { id name } type website issueAreas ledBy\n    address { line city state } customFields { key label value values }\n    affiliations { kind person { id name } }\n    history(limit: 5) { id at summary byName }\n  }\n':
    types.CompareOrganizationsDocument,
  '\n  query Duplicates {\n    duplicatePeople(limit: 200) {\n      score\n      reasons\n      a { id name zip emails phones version }\n      b { id name zip emails phones version }\n    }\n    duplicateOrganizations(limit: 200) {\n      score\n      reasons\n      a { id name zip website version }\n      b { id name zip website version }\n    }\n  }\n':
    types.DuplicatesDocument,
  '\n  query RecentMerges {\n    recentMerges(limit: 20) { id at entityType keptId mergedId keptName mergedName undoneAt }\n  }\n': types.RecentMergesDocument,
  '\n  mutation MergePeople($keepId: ID!, $mergeId: ID!, $keepVersion: Int!, $mergeVersion: Int!, $values: [MergeValueChoice!]) {\n    mergePeople(keepId: $keepId, mergeId: $mergeId, keepVersion: $keepVersion, mergeVersion: $mergeVersion, values: $values) {\n      moved\n      combined\n      dropped\n      merge { id at entityType keptId mergedId keptName mergedName undoneAt }\n      person { id name version }\n    }\n  }\n':
    types.MergePeopleDocument,
  '\n  mutation MergeOrganizations($keepId: ID!, $mergeId: ID!, $keepVersion: Int!, $mergeVersion: Int!, $values: [MergeValueChoice!]) {\n    mergeOrganizations(keepId: $keepId, mergeId: $mergeId, keepVersion: $keepVersion, mergeVersion: $mergeVersion, values: $values) {\n      moved\n      combined\n      dropped\n      merge { id at entityType keptId mergedId keptName mergedName undoneAt }\n      organization { id name version }\n    }\n  }\n':
    types.MergeOrganizationsDocument,
  '\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      skipped\n      merge { id at entityType keptId mergedId keptName mergedName undoneAt }\n    }\n  }\n':
    types.UndoMergeDocument,
  '\n  query Race($id: ID!) {\n    race(id: $id) {\n      ...RaceCardFields\n      version\n      candidates {\n        id\n        asks {\n          id\n          status\n          version\n          organization {\n            id\n            name\n          }\n        }\n      }\n      history(limit: 20) {\n        ...ChangeFields\n      }\n    }\n  }\n':
    types.RaceDocument,
  '\n  fragment AskFields on EndorsementAsk {\n    id\n    status\n    version\n    nextStep\n    notes\n    askedOn\n    decidedOn\n    canEdit\n    organization {\n      id\n      name\n    }\n    asker {\n      id\n      name\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n':
    types.AskFieldsFragmentDoc,
  '\n  query EndorsementBoard($campaignId: ID!) {\n    endorsementBoard(campaignId: $campaignId) {\n      campaign {\n        id\n        name\n      }\n      canRecordEndorsements\n      blockedReason\n      columns {\n        status\n        asks {\n          ...AskFields\n        }\n      }\n      partnersNotAsked {\n        id\n        name\n      }\n    }\n  }\n':
    types.EndorsementBoardDocument,
  '\n  mutation MoveEndorsementAsk($input: MoveEndorsementAskInput!) {\n    moveEndorsementAsk(input: $input) {\n      ...AskFields\n    }\n  }\n':
    types.MoveEndorsementAskDocument,
  '\n  mutation CreateEndorsementAsk($input: EndorsementAskInput!, $idempotencyKey: String) {\n    createEndorsementAsk(input: $input, idempotencyKey: $idempotencyKey) {\n      ...AskFields\n    }\n  }\n':
    types.CreateEndorsementAskDocument,
  '\n  mutation DeleteEndorsementAsk($id: ID!) {\n    deleteEndorsementAsk(id: $id)\n  }\n': types.DeleteEndorsementAskDocument,
  '\n  query MyPersonWithRegion {\n    me {\n      id\n      person {\n        id\n        name\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.MyPersonWithRegionDocument,
  '\n  fragment RaceCardFields on Race {\n    id\n    name\n    electionDate\n    zip\n    areaMiles\n    region {\n      id\n      name\n    }\n    candidates {\n      id\n      name\n      party\n    }\n    endorsements {\n      ...RaceEndorsementFields\n    }\n  }\n':
    types.RaceCardFieldsFragmentDoc,
  '\n  fragment RaceEndorsementFields on RaceEndorsements {\n    groupsInArea\n    majority {\n      id\n      name\n      party\n    }\n    tallies {\n      candidate {\n        id\n        name\n        party\n      }\n      groupCount\n      groups {\n        id\n        name\n      }\n    }\n    counterEndorsements {\n      organization {\n        id\n        name\n      }\n      endorsed {\n        id\n        name\n        party\n      }\n      against {\n        id\n        name\n        party\n      }\n    }\n  }\n':
    types.RaceEndorsementFieldsFragmentDoc,
  '\n  query Races($regionId: ID) {\n    races(regionId: $regionId) {\n      ...RaceCardFields\n    }\n  }\n': types.RacesDocument,
  '\n  mutation CreateRace($input: RaceInput!, $idempotencyKey: String) {\n    createRace(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n    }\n  }\n':
    types.CreateRaceDocument,
  '\n  mutation AddCandidate($input: CandidateInput!, $idempotencyKey: String) {\n    addCandidate(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      party\n    }\n  }\n':
    types.AddCandidateDocument,
  '\n  mutation RecordCandidateEndorsement($input: EndorsementAskInput!) {\n    createEndorsementAsk(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.RecordCandidateEndorsementDocument,
  '\n  mutation MoveAskToEndorsed($input: MoveEndorsementAskInput!) {\n    moveEndorsementAsk(input: $input) {\n      id\n      status\n      version\n    }\n  }\n':
    types.MoveAskToEndorsedDocument,
  '\n  query AffiliateGroupsSearch($search: String!) {\n    organizations(first: 8, search: $search, type: AFFILIATE_GROUP) {\n      nodes {\n        id\n        name\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.AffiliateGroupsSearchDocument,
  '\n  fragment RsvpFields on Rsvp {\n    status\n    fromPublicPage\n    invitedByText\n    invitedBy {\n      id\n      name\n    }\n    person {\n      id\n      name\n    }\n  }\n':
    types.RsvpFieldsFragmentDoc,
  '\n  fragment TurnoutAskFields on TurnoutAsk {\n    id\n    at\n    askedByName\n    person {\n      id\n      name\n    }\n  }\n':
    types.TurnoutAskFieldsFragmentDoc,
  '\n  query Events($from: String, $regionId: ID, $campaignId: ID) {\n    events(from: $from, regionId: $regionId, campaignId: $campaignId) {\n      id\n      name\n      date\n      location\n      region {\n        id\n        name\n      }\n      campaign {\n        id\n        name\n        status\n      }\n    }\n  }\n':
    types.EventsDocument,
  '\n  fragment EventTurnout on Event {\n    id\n    rsvps {\n      ...RsvpFields\n    }\n    attendance {\n      person {\n        id\n        name\n      }\n      broughtBy {\n        id\n        name\n      }\n    }\n    turnoutAsks {\n      ...TurnoutAskFields\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n':
    types.EventTurnoutFragmentDoc,
  '\n  query Event($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      date\n      location\n      zip\n      notes\n      version\n      region {\n        id\n        name\n      }\n      campaign {\n        id\n        name\n        status\n        mobilizationGate {\n          ...MobilizationGateFields\n        }\n      }\n      rsvpPage {\n        on\n        token\n      }\n      ...EventTurnout\n    }\n  }\n':
    types.EventDocument,
  '\n  mutation CreateEvent($input: EventInput!, $idempotencyKey: String) {\n    createEvent(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n':
    types.CreateEventDocument,
  '\n  mutation UpdateEvent($id: ID!, $version: Int!, $input: EventInput!) {\n    updateEvent(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n':
    types.UpdateEventDocument,
  '\n  mutation DeleteEvent($id: ID!) {\n    deleteEvent(id: $id)\n  }\n': types.DeleteEventDocument,
  '\n  mutation RemoveRsvp($eventId: ID!, $personId: ID!) {\n    removeRsvp(eventId: $eventId, personId: $personId) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n':
    types.RemoveRsvpDocument,
  '\n  mutation RemoveAttendance($eventId: ID!, $personId: ID!) {\n    removeAttendance(eventId: $eventId, personId: $personId) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n':
    types.RemoveAttendanceDocument,
  '\n  mutation SetRsvp($input: RsvpInput!) {\n    setRsvp(input: $input) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n':
    types.SetRsvpDocument,
  '\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n':
    types.RecordAttendanceDocument,
  '\n  query AskLoad($personIds: [ID!]!) {\n    askLoad(personIds: $personIds) {\n      last30Days\n      last90Days\n      limit\n      atLimit\n      person {\n        id\n        name\n      }\n    }\n  }\n':
    types.AskLoadDocument,
  '\n  mutation AskToAttend($eventId: ID!, $personIds: [ID!]!, $confirmOverLimit: Boolean!) {\n    askToAttend(eventId: $eventId, personIds: $personIds, confirmOverLimit: $confirmOverLimit) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n':
    types.AskToAttendDocument,
  '\n  query CampaignOptions($regionId: ID) {\n    campaigns(regionId: $regionId) {\n      id\n      name\n      status\n    }\n  }\n':
    types.CampaignOptionsDocument,
  '\n  query ExportPermission {\n    me {\n      id\n      canExport\n    }\n  }\n': types.ExportPermissionDocument,
  '\n  query ExportLog {\n    exportLog(limit: 50) {\n      at\n      what\n      rows\n      byName\n      regions\n    }\n  }\n': types.ExportLogDocument,
  '\n  mutation SetMyLocale($locale: String) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n': types.SetMyLocaleDocument,
  '\n  query EmergingLeaders($regionId: ID, $teamId: ID, $windowDays: Int!, $limit: Int) {\n    emergingLeaders(regionId: $regionId, teamId: $teamId, windowDays: $windowDays, limit: $limit) {\n      source\n      computedAt\n      windowDays\n      from\n      to\n      previousFrom\n      previousTo\n      peopleScored\n      leaders {\n        rank\n        score\n        previousScore\n        rise\n        alreadyLeader\n        person {\n          id\n          name\n        }\n        parts {\n          signal\n          label\n          weight\n          count\n          previousCount\n          points\n        }\n        bridging {\n          measure\n          label\n          count\n          previousCount\n          growth\n        }\n      }\n    }\n  }\n':
    types.EmergingLeadersDocument,
  '\n  query NetworkGaps($regionId: ID, $coldAfterDays: Int!) {\n    networkGaps(regionId: $regionId, coldAfterDays: $coldAfterDays) {\n      coldAfterDays\n      partnersWithOneTie {\n        organization {\n          id\n          name\n        }\n        person {\n          id\n          name\n        }\n        ties\n      }\n      partnersWithNoTie {\n        id\n        name\n      }\n      campaigns {\n        campaign {\n          id\n          name\n        }\n        gaps\n      }\n      coldTies {\n        person {\n          id\n          name\n        }\n        other {\n          id\n          name\n        }\n        strength\n        lastContact\n        daysSinceContact\n        importance\n        reasons\n      }\n      coldTieCount\n      clusters {\n        number\n        size\n        members {\n          id\n          name\n        }\n        bridges {\n          person {\n            id\n            name\n          }\n          betweenness\n          outsideTies\n          otherClusters\n        }\n      }\n      bridges {\n        person {\n          id\n          name\n        }\n        betweenness\n        outsideTies\n        otherClusters\n      }\n    }\n  }\n':
    types.NetworkGapsDocument,
  '\n  fragment LeaderScoringFields on LeaderScoringStatus {\n    running\n    windowDays\n    phase\n    progress\n    startedAt\n    lastError\n    canRecompute\n    runs {\n      windowDays\n      finishedAt\n      durationMs\n      peopleScored\n    }\n  }\n':
    types.LeaderScoringFieldsFragmentDoc,
  '\n  query LeaderScoring {\n    leaderScoring {\n      ...LeaderScoringFields\n    }\n  }\n': types.LeaderScoringDocument,
  '\n  mutation RecomputeLeaderScores($windowDays: Int!) {\n    recomputeLeaderScores(windowDays: $windowDays) {\n      ...LeaderScoringFields\n    }\n  }\n':
    types.RecomputeLeaderScoresDocument,
  '\n  fragment StepsAwayRecord on ReachNode {\n    id\n    kind\n    name\n    regionName\n    hidden\n  }\n': types.StepsAwayRecordFragmentDoc,
  '\n  query StepsAway($recordId: ID!, $minStrength: Float!) {\n    stepsAway(recordId: $recordId, minStrength: $minStrength) {\n      minStrength\n      computedAt\n      upToDate\n      stepsAway {\n        record {\n          ...StepsAwayRecord\n        }\n        people\n        partners\n        cutOff {\n          ...StepsAwayRecord\n        }\n      }\n    }\n  }\n':
    types.StepsAwayDocument,
  '\n  query StepsAwayRanking($regionId: ID, $minStrength: Float!, $limit: Int!) {\n    stepsAwayRanking(regionId: $regionId, minStrength: $minStrength, limit: $limit) {\n      minStrength\n      computedAt\n      upToDate\n      total\n      ranking {\n        record {\n          ...StepsAwayRecord\n        }\n        people\n        partners\n        cutOff {\n          ...StepsAwayRecord\n        }\n      }\n    }\n  }\n':
    types.StepsAwayRankingDocument,
  '\n  fragment FollowUpFields on FollowUp {\n    id\n    text\n    dueDate\n    done\n    doneAt\n    overdue\n    assigneeName\n  }\n':
    types.FollowUpFieldsFragmentDoc,
  '\n  fragment InteractionFields on Interaction {\n    id\n    kind\n    date\n    notes\n    loggedByName\n    host {\n      id\n      name\n    }\n    participants {\n      id\n      name\n    }\n    organizations {\n      id\n      name\n    }\n    followUps {\n      ...FollowUpFields\n    }\n  }\n':
    types.InteractionFieldsFragmentDoc,
  '\n  mutation LogInteraction($input: LogInteractionInput!, $idempotencyKey: String) {\n    logInteraction(input: $input, idempotencyKey: $idempotencyKey) {\n      ...InteractionFields\n    }\n  }\n':
    types.LogInteractionDocument,
  '\n  query MyPerson {\n    me {\n      id\n      person {\n        id\n        name\n      }\n    }\n  }\n': types.MyPersonDocument,
  '\n  query PersonToLog($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n  }\n':
    types.PersonToLogDocument,
  '\n  query Teammates {\n    teammates {\n      id\n      displayName\n      role\n    }\n  }\n': types.TeammatesDocument,
  '\n  query PersonInteractions($id: ID!, $limit: Int!) {\n    person(id: $id) {\n      id\n      interactions(limit: $limit) {\n        ...InteractionFields\n        canEdit\n      }\n    }\n  }\n':
    types.PersonInteractionsDocument,
  '\n  query PersonTieActivity($id: ID!) {\n    person(id: $id) {\n      id\n      ties {\n        strength\n        derivedStrength\n        lastContact\n        interactionCount\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.PersonTieActivityDocument,
  '\n  query MyFollowUps($includeDone: Boolean!) {\n    myFollowUps(includeDone: $includeDone) {\n      ...FollowUpFields\n      interaction {\n        id\n        kind\n        date\n        participants {\n          id\n          name\n        }\n        organizations {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.MyFollowUpsDocument,
  '\n  mutation SetFollowUpDone($id: ID!, $done: Boolean!) {\n    setFollowUpDone(id: $id, done: $done) {\n      ...FollowUpFields\n    }\n  }\n':
    types.SetFollowUpDoneDocument,
  '\n  fragment MeetingFields on Interaction {\n    id\n    kind\n    date\n    notes\n    loggedByName\n    version\n    canEdit\n    host {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    participants {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    organizations {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    followUps {\n      ...FollowUpFields\n    }\n  }\n':
    types.MeetingFieldsFragmentDoc,
  '\n  query Meeting($id: ID!) {\n    interaction(id: $id) {\n      ...MeetingFields\n    }\n  }\n': types.MeetingDocument,
  '\n  mutation CorrectInteraction($input: CorrectInteractionInput!) {\n    correctInteraction(input: $input) {\n      ...MeetingFields\n    }\n  }\n':
    types.CorrectInteractionDocument,
  '\n  mutation DeleteInteraction($id: ID!, $version: Int!) {\n    deleteInteraction(id: $id, version: $version)\n  }\n': types.DeleteInteractionDocument,
  '\n  fragment DecisionOnIssue on AssemblyDecision {\n    outcome\n    notes\n    assembly {\n      id\n      name\n      date\n    }\n  }\n':
    types.DecisionOnIssueFragmentDoc,
  '\n  query Issues($regionId: ID) {\n    issues(regionId: $regionId) {\n      id\n      name\n      scope\n      prioritized\n      description\n      region {\n        id\n        name\n      }\n      narrows {\n        id\n      }\n      specificIssues {\n        id\n        name\n        prioritized\n      }\n      decisions {\n        ...DecisionOnIssue\n      }\n    }\n  }\n':
    types.IssuesDocument,
  '\n  fragment IssueFields on Issue {\n    id\n    name\n    scope\n    description\n    version\n    prioritized\n    region {\n      id\n      name\n    }\n    narrows {\n      id\n      name\n      prioritized\n    }\n  }\n':
    types.IssueFieldsFragmentDoc,
  '\n  query Issue($id: ID!) {\n    issue(id: $id) {\n      ...IssueFields\n      specificIssues {\n        id\n        name\n        prioritized\n      }\n      decisions {\n        ...DecisionOnIssue\n      }\n      history(limit: 20) {\n        ...ChangeFields\n      }\n    }\n  }\n':
    types.IssueDocument,
  '\n  query IssueForEdit($id: ID!) {\n    issue(id: $id) {\n      ...IssueFields\n    }\n  }\n': types.IssueForEditDocument,
  '\n  mutation CreateIssue($input: IssueInput!, $idempotencyKey: String) {\n    createIssue(input: $input, idempotencyKey: $idempotencyKey) {\n      ...IssueFields\n    }\n  }\n':
    types.CreateIssueDocument,
  '\n  mutation UpdateIssue($id: ID!, $version: Int!, $input: IssueInput!) {\n    updateIssue(id: $id, version: $version, input: $input) {\n      ...IssueFields\n    }\n  }\n':
    types.UpdateIssueDocument,
  '\n  fragment AssemblyFields on IssueAssembly {\n    id\n    name\n    date\n    notes\n    region {\n      id\n      name\n    }\n    decisions {\n      outcome\n      notes\n      issue {\n        id\n        name\n        prioritized\n      }\n    }\n  }\n':
    types.AssemblyFieldsFragmentDoc,
  '\n  query IssueAssemblies($regionId: ID) {\n    issueAssemblies(regionId: $regionId) {\n      ...AssemblyFields\n    }\n  }\n':
    types.IssueAssembliesDocument,
  '\n  query IssueAssembly($id: ID!) {\n    issueAssembly(id: $id) {\n      ...AssemblyFields\n    }\n  }\n': types.IssueAssemblyDocument,
  '\n  mutation CreateIssueAssembly($input: IssueAssemblyInput!, $idempotencyKey: String) {\n    createIssueAssembly(input: $input, idempotencyKey: $idempotencyKey) {\n      ...AssemblyFields\n    }\n  }\n':
    types.CreateIssueAssemblyDocument,
  '\n  mutation RecordAssemblyDecision($input: AssemblyDecisionInput!) {\n    recordAssemblyDecision(input: $input) {\n      outcome\n      notes\n      assembly {\n        ...AssemblyFields\n      }\n      issue {\n        id\n        name\n        prioritized\n        decisions {\n          ...DecisionOnIssue\n        }\n        specificIssues {\n          id\n          name\n          prioritized\n        }\n      }\n    }\n  }\n':
    types.RecordAssemblyDecisionDocument,
  '\n  fragment LeadershipStandings on Person {\n    id\n    leadership {\n      theme\n      label\n      level\n      levelName\n      assessedOn\n      assessedByName\n    }\n    assessments {\n      ...AssessmentFields\n    }\n  }\n':
    types.LeadershipStandingsFragmentDoc,
  '\n  fragment PersonMentors on Person {\n    id\n    mentors {\n      since\n      person {\n        id\n        name\n      }\n    }\n    mentees {\n      since\n      person {\n        id\n        name\n      }\n    }\n  }\n':
    types.PersonMentorsFragmentDoc,
  '\n  query PersonLeadership($id: ID!) {\n    person(id: $id) {\n      ...LeadershipStandings\n      ...PersonMentors\n    }\n  }\n':
    types.PersonLeadershipDocument,
  '\n  query Competencies {\n    competencies {\n      theme\n      label\n      summary\n      levels {\n        level\n        name\n        description\n      }\n    }\n  }\n':
    types.CompetenciesDocument,
  '\n  fragment AssessmentFields on LeadershipAssessment {\n    id\n    theme\n    level\n    levelName\n    assessedOn\n    assessedByName\n    notes\n  }\n':
    types.AssessmentFieldsFragmentDoc,
  "\n  mutation AssessLeadership($input: AssessmentInput!) {\n    assessLeadership(input: $input) {\n      ...AssessmentFields\n      # The person's standings after it, so the cache updates the leadership card.\n      person {\n        ...LeadershipStandings\n      }\n    }\n  }\n":
    types.AssessLeadershipDocument,
  '\n  mutation AddMentor($input: MentorInput!) {\n    addMentor(input: $input) {\n      ...PersonMentors\n      mentors {\n        person {\n          ...PersonMentors\n        }\n      }\n    }\n  }\n':
    types.AddMentorDocument,
  '\n  mutation RemoveMentor($mentorId: ID!, $menteeId: ID!) {\n    removeMentor(mentorId: $mentorId, menteeId: $menteeId) {\n      ...PersonMentors\n    }\n  }\n':
    types.RemoveMentorDocument,
  '\n  fragment ChangeFields on Change {\n    id\n    action\n    at\n    byName\n    summary\n    changes {\n      field\n      from\n      to\n    }\n  }\n':
    types.ChangeFieldsFragmentDoc,
  '\n  fragment SavedListFields on SavedList {\n    id\n    name\n    filter\n    entity\n    sortBy\n    organizationsSortBy\n    descending\n    columns\n    sharedWithRegionId\n    mine\n  }\n':
    types.SavedListFieldsFragmentDoc,
  '\n  query SavedLists($entity: ListEntity!) {\n    savedLists(entity: $entity) {\n      ...SavedListFields\n    }\n  }\n': types.SavedListsDocument,
  '\n  mutation SaveList($input: SaveListInput!) {\n    saveList(input: $input) {\n      ...SavedListFields\n    }\n  }\n': types.SaveListDocument,
  '\n  mutation SaveOrganizationList($input: SaveOrganizationListInput!) {\n    saveOrganizationList(input: $input) {\n      ...SavedListFields\n    }\n  }\n':
    types.SaveOrganizationListDocument,
  '\n  fragment BulkResultFields on BulkResult {\n    id\n    summary\n    changed\n    unchanged\n    skipped\n    status\n    done\n    total\n    error\n  }\n':
    types.BulkResultFieldsFragmentDoc,
  '\n  mutation UndoLastBulkAction {\n    undoLastBulkAction {\n      ...BulkResultFields\n    }\n  }\n': types.UndoLastBulkActionDocument,
  '\n  query BulkAction($id: ID!) {\n    bulkAction(id: $id) {\n      ...BulkResultFields\n    }\n  }\n': types.BulkActionDocument,
  '\n  query OrganizationsList($input: OrganizationsListArgsInput!, $withFacts: Boolean!) {\n    organizationsList(input: $input) {\n      totalCount\n      facts @include(if: $withFacts) {\n        organizationId\n        lastContact\n        members\n      }\n      nodes {\n        id\n        name\n        type\n        issueAreas\n        ledBy\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.OrganizationsListDocument,
  '\n  mutation BulkEndorsementPipeline($input: BulkEndorsementPipelineInput!) {\n    bulkEndorsementPipeline(input: $input) {\n      ...BulkResultFields\n    }\n  }\n':
    types.BulkEndorsementPipelineDocument,
  '\n  query Organizations($first: Int!, $after: String, $search: String, $regionId: ID, $type: OrganizationType) {\n    organizations(first: $first, after: $after, search: $search, regionId: $regionId, type: $type) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        type\n        issueAreas\n        ledBy\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.OrganizationsDocument,
  '\n  fragment OrganizationFields on Organization {\n    id\n    name\n    type\n    issueAreas\n    ledBy\n    zip\n    region {\n      id\n      name\n    }\n    address {\n      line\n      city\n      state\n      zip\n    }\n    customFields {\n      ...CustomFieldValues\n    }\n    website\n    notes\n    version\n  }\n':
    types.OrganizationFieldsFragmentDoc,
  '\n  fragment OrganizationAffiliations on Organization {\n    id\n    affiliations {\n      kind\n      title\n      since\n      person {\n        id\n        name\n      }\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n':
    types.OrganizationAffiliationsFragmentDoc,
  '\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationFields\n      createdAt\n      updatedAt\n      canEdit\n      canDelete\n      ...OrganizationAffiliations\n    }\n  }\n':
    types.OrganizationDocument,
  '\n  query OrganizationForEdit($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationFields\n    }\n  }\n': types.OrganizationForEditDocument,
  '\n  mutation CreateOrganization($input: OrganizationInput!, $idempotencyKey: String) {\n    createOrganization(input: $input, idempotencyKey: $idempotencyKey) {\n      ...OrganizationFields\n    }\n  }\n':
    types.CreateOrganizationDocument,
  '\n  mutation UpdateOrganization($id: ID!, $version: Int!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, version: $version, input: $input) {\n      ...OrganizationFields\n    }\n  }\n':
    types.UpdateOrganizationDocument,
  '\n  mutation DeleteOrganization($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n': types.DeleteOrganizationDocument,
  '\n  mutation BulkInviteToEvent($input: BulkInviteInput!) {\n    bulkInviteToEvent(input: $input) {\n      ...BulkResultFields\n    }\n  }\n':
    types.BulkInviteToEventDocument,
  '\n  mutation BulkTurnoutAsk($input: BulkTurnoutAskInput!) {\n    bulkTurnoutAsk(input: $input) {\n      ...BulkResultFields\n    }\n  }\n':
    types.BulkTurnoutAskDocument,
  '\n  mutation ExportPeopleList($target: BulkTargetInput!) {\n    exportPeopleList(target: $target) {\n      csv\n      rows\n    }\n  }\n':
    types.ExportPeopleListDocument,
  '\n  query PeopleList($input: PeopleListArgsInput!, $withFacts: Boolean!) {\n    peopleList(input: $input) {\n      totalCount\n      facts @include(if: $withFacts) {\n        personId\n        lastContact\n        asks30Days\n        leadershipLevel\n      }\n      nodes {\n        id\n        name\n        emails\n        phones\n        contactHidden\n        zip\n        kinds\n        tags\n        createdAt\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.PeopleListDocument,
  '\n  mutation BulkPeople($input: BulkPeopleInput!) {\n    bulkPeople(input: $input) {\n      ...BulkResultFields\n    }\n  }\n': types.BulkPeopleDocument,
  '\n  query CallSheet($target: BulkTargetInput!) {\n    callSheet(target: $target) {\n      person {\n        id\n        name\n        notes\n      }\n      phone\n      lastContact\n      asks30Days\n    }\n  }\n':
    types.CallSheetDocument,
  '\n  query Regions {\n    regions {\n      id\n      name\n    }\n  }\n': types.RegionsDocument,
  '\n  fragment PersonFields on Person {\n    id\n    name\n    emails\n    phones\n    contactHidden\n    zip\n    address {\n      line\n      city\n      state\n      zip\n    }\n    customFields {\n      ...CustomFieldValues\n    }\n    region {\n      id\n      name\n    }\n    kinds\n    tags\n    notes\n    version\n    createdAt\n    updatedAt\n    canEdit\n    canDelete\n  }\n':
    types.PersonFieldsFragmentDoc,
  '\n  fragment PersonTies on Person {\n    id\n    ties {\n      strength\n      context\n      since\n      until\n      lastContact\n      interactionCount\n      person {\n        id\n        name\n      }\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n':
    types.PersonTiesFragmentDoc,
  '\n  fragment PersonAffiliations on Person {\n    id\n    affiliations {\n      kind\n      title\n      since\n      until\n      organization {\n        id\n        name\n      }\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n':
    types.PersonAffiliationsFragmentDoc,
  '\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n      ...PersonTies\n      ...PersonAffiliations\n      assignees {\n        id\n        displayName\n        email\n      }\n      history(limit: 20) {\n        ...ChangeFields\n      }\n    }\n  }\n':
    types.PersonDocument,
  '\n  query PersonForEdit($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n    }\n  }\n': types.PersonForEditDocument,
  '\n  mutation CreatePerson($input: PersonInput!, $idempotencyKey: String) {\n    createPerson(input: $input, idempotencyKey: $idempotencyKey) {\n      ...PersonFields\n    }\n  }\n':
    types.CreatePersonDocument,
  '\n  mutation UpdatePerson($id: ID!, $version: Int!, $input: PersonInput!) {\n    updatePerson(id: $id, version: $version, input: $input) {\n      ...PersonFields\n    }\n  }\n':
    types.UpdatePersonDocument,
  '\n  mutation DeletePerson($id: ID!) {\n    deletePerson(id: $id)\n  }\n': types.DeletePersonDocument,
  '\n  mutation SetTie($input: TieInput!) {\n    setTie(input: $input) {\n      strength\n    }\n  }\n': types.SetTieDocument,
  '\n  mutation RemoveTie($personId: ID!, $otherPersonId: ID!) {\n    removeTie(personId: $personId, otherPersonId: $otherPersonId) {\n      person {\n        ...PersonTies\n      }\n      otherPerson {\n        ...PersonTies\n      }\n    }\n  }\n':
    types.RemoveTieDocument,
  '\n  mutation AddAffiliation($input: AffiliationInput!) {\n    addAffiliation(input: $input) {\n      kind\n    }\n  }\n': types.AddAffiliationDocument,
  '\n  mutation RemoveAffiliation($personId: ID!, $organizationId: ID!, $kind: AffiliationKind!) {\n    removeAffiliation(personId: $personId, organizationId: $organizationId, kind: $kind) {\n      person {\n        ...PersonAffiliations\n      }\n      organization {\n        ...OrganizationAffiliations\n      }\n    }\n  }\n':
    types.RemoveAffiliationDocument,
  '\n  query Connectors {\n    accounts(role: CONNECTOR) {\n      id\n      displayName\n      email\n      disabled\n    }\n  }\n': types.ConnectorsDocument,
  '\n  fragment AssigneesResult on Person {\n    id\n    assignees {\n      id\n      displayName\n      email\n    }\n    contactHidden\n    emails\n    phones\n  }\n':
    types.AssigneesResultFragmentDoc,
  '\n  mutation AssignPerson($personId: ID!, $accountId: ID!) {\n    assignPerson(personId: $personId, accountId: $accountId) {\n      ...AssigneesResult\n    }\n  }\n':
    types.AssignPersonDocument,
  '\n  mutation UnassignPerson($personId: ID!, $accountId: ID!) {\n    unassignPerson(personId: $personId, accountId: $accountId) {\n      ...AssigneesResult\n    }\n  }\n':
    types.UnassignPersonDocument,
  '\n  query PeopleSearch($search: String!) {\n    people(first: 8, search: $search) {\n      nodes {\n        id\n        name\n        zip\n        createdAt\n        region {\n          id\n          name\n        }\n        affiliations {\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.PeopleSearchDocument,
  '\n  query OrganizationsSearch($search: String!) {\n    organizations(first: 8, search: $search) {\n      nodes {\n        id\n        name\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.OrganizationsSearchDocument,
  '\n  fragment PowerMapNodeFields on ReachNode {\n    id\n    kind\n    name\n    regionName\n    hidden\n  }\n  fragment PowerMapFields on PowerMap {\n    campaign {\n      id\n      name\n    }\n    target {\n      ...PowerMapNodeFields\n    }\n    leftOff\n    canEdit\n    records {\n      record {\n        ...PowerMapNodeFields\n      }\n      stance\n      stanceSource\n      stanceWhy\n      influence\n      influenceSource\n      influenceWhy\n      placed\n      recordedInfluence\n      influenceNote\n      warmestPath {\n        score\n        hops\n        messenger {\n          ...PowerMapNodeFields\n        }\n        nodes {\n          ...PowerMapNodeFields\n        }\n        links {\n          kind\n          strength\n          lastContact\n          context\n          since\n        }\n      }\n      openAsk {\n        id\n        status\n        nextStep\n        askerName\n      }\n      assigned\n    }\n  }\n':
    types.PowerMapNodeFieldsFragmentDoc,
  '\n  query PowerMap($campaignId: ID!) {\n    powerMap(campaignId: $campaignId) {\n      ...PowerMapFields\n    }\n  }\n': types.PowerMapDocument,
  '\n  mutation PlaceOnPowerMap($campaignId: ID!, $recordId: ID!, $stance: Int, $influence: Int) {\n    placeOnPowerMap(campaignId: $campaignId, recordId: $recordId, stance: $stance, influence: $influence) {\n      ...PowerMapFields\n    }\n  }\n':
    types.PlaceOnPowerMapDocument,
  '\n  mutation SetInfluence($input: InfluenceInput!) {\n    setInfluence(input: $input) {\n      fromId\n      personId\n      strength\n      note\n    }\n  }\n':
    types.SetInfluenceDocument,
  '\n  mutation RemoveInfluence($fromId: ID!, $personId: ID!, $campaignId: ID!) {\n    removeInfluence(fromId: $fromId, personId: $personId, campaignId: $campaignId) {\n      powerMap {\n        ...PowerMapFields\n      }\n    }\n  }\n':
    types.RemoveInfluenceDocument,
  '\n  fragment ConnectionChain on ReachPath {\n    score\n    hops\n    nodes {\n      id\n      kind\n      name\n      regionName\n      hidden\n    }\n    links {\n      kind\n      strength\n      lastContact\n    }\n  }\n':
    types.ConnectionChainFragmentDoc,
  '\n  query Connection($fromId: ID!, $toId: ID!) {\n    connection(fromId: $fromId, toId: $toId) {\n      from {\n        id\n        name\n      }\n      to {\n        id\n        name\n      }\n      strongest {\n        ...ConnectionChain\n      }\n      shortest {\n        ...ConnectionChain\n      }\n    }\n  }\n':
    types.ConnectionDocument,
  '\n  fragment ReachNodeFields on ReachNode {\n    id\n    kind\n    name\n    regionName\n    hidden\n  }\n': types.ReachNodeFieldsFragmentDoc,
  '\n  query Reach($targetPersonId: ID, $targetOrganizationId: ID, $from: ReachFrom!, $teamId: ID, $regionId: ID, $limit: Int) {\n    reach(targetPersonId: $targetPersonId, targetOrganizationId: $targetOrganizationId, from: $from, teamId: $teamId, regionId: $regionId, limit: $limit) {\n      target {\n        ...ReachNodeFields\n      }\n      startingMembers\n      paths {\n        score\n        hops\n        messenger {\n          ...ReachNodeFields\n        }\n        nodes {\n          ...ReachNodeFields\n        }\n        links {\n          kind\n          strength\n          lastContact\n          context\n          since\n        }\n      }\n    }\n  }\n':
    types.ReachDocument,
  '\n  mutation CreateRegion($input: CreateRegionInput!, $idempotencyKey: String) {\n    createRegion(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n    }\n  }\n':
    types.CreateRegionDocument,
  '\n  fragment ReminderFields on MyReminders {\n    due\n    overdue\n    digestEmails\n    digestAvailable\n  }\n': types.ReminderFieldsFragmentDoc,
  '\n  query MyReminders {\n    myReminders {\n      ...ReminderFields\n    }\n  }\n': types.MyRemindersDocument,
  '\n  mutation SetDigestEmails($on: Boolean!) {\n    setDigestEmails(on: $on) {\n      ...ReminderFields\n    }\n  }\n': types.SetDigestEmailsDocument,
  '\n  query PersonRoles($id: ID!) {\n    person(id: $id) {\n      id\n      roles {\n        id\n        role\n        active\n        startDate\n        endDate\n        targetId\n        targetType\n        targetName\n        forOrganization {\n          id\n          name\n        }\n      }\n      teams {\n        id\n        name\n        kind\n      }\n    }\n  }\n':
    types.PersonRolesDocument,
  '\n  fragment CampaignRoleBoard on Campaign {\n    id\n    name\n    partners {\n      id\n      name\n    }\n    roleBoard {\n      slots {\n        role\n        hasBackup\n        holders {\n          ...RoleFields\n        }\n      }\n      gaps\n      partnersWithoutConnector {\n        id\n        name\n      }\n    }\n    roles {\n      ...RoleFields\n    }\n  }\n':
    types.CampaignRoleBoardFragmentDoc,
  '\n  fragment RoleFields on RoleAssignment {\n    id\n    role\n    active\n    startDate\n    endDate\n    person {\n      id\n      name\n    }\n    forOrganization {\n      id\n      name\n    }\n  }\n':
    types.RoleFieldsFragmentDoc,
  "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...RoleFields\n      # Held on a campaign or a team: its page's roles as they are now, so the cache updates the page.\n      campaign {\n        ...CampaignRoleBoard\n      }\n      team {\n        ...TeamRoles\n      }\n    }\n  }\n":
    types.AssignRoleDocument,
  "\n  mutation EndRole($id: ID!, $endDate: String!) {\n    endRole(id: $id, endDate: $endDate) {\n      ...RoleFields\n      # Held on a campaign or a team: its page's roles as they are now, so the cache updates the page.\n      campaign {\n        ...CampaignRoleBoard\n      }\n      team {\n        ...TeamRoles\n      }\n    }\n  }\n":
    types.EndRoleDocument,
  '\n  mutation RemoveRole($id: ID!) {\n    removeRole(id: $id) {\n      removedId\n      campaign {\n        ...CampaignRoleBoard\n      }\n      team {\n        ...TeamRoles\n      }\n    }\n  }\n':
    types.RemoveRoleDocument,
  '\n  mutation SetEventRsvpPage($id: ID!, $on: Boolean!) {\n    setEventRsvpPage(id: $id, on: $on) {\n      id\n      rsvpPage {\n        on\n        token\n      }\n    }\n  }\n':
    types.SetEventRsvpPageDocument,
  '\n  query Teams($kind: TeamKind, $regionId: ID) {\n    teams(kind: $kind, regionId: $regionId) {\n      id\n      name\n      kind\n      region {\n        id\n        name\n      }\n      members {\n        person {\n          id\n        }\n      }\n      roles {\n        id\n        role\n        active\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.TeamsDocument,
  '\n  fragment TeamFields on Team {\n    id\n    name\n    kind\n    notes\n    version\n    region {\n      id\n      name\n    }\n  }\n':
    types.TeamFieldsFragmentDoc,
  '\n  fragment TeamMembers on Team {\n    id\n    members {\n      since\n      person {\n        id\n        name\n      }\n    }\n    progress(months: $months) {\n      month\n      houseMeetings\n      oneToOnes\n      researchActions\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n':
    types.TeamMembersFragmentDoc,
  '\n  fragment TeamRoles on Team {\n    id\n    roles {\n      ...RoleFields\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n':
    types.TeamRolesFragmentDoc,
  '\n  query Team($id: ID!, $months: Int!) {\n    team(id: $id) {\n      ...TeamFields\n      canEdit\n      canDelete\n      createdAt\n      ...TeamMembers\n      ...TeamRoles\n    }\n  }\n':
    types.TeamDocument,
  '\n  query TeamForEdit($id: ID!) {\n    team(id: $id) {\n      ...TeamFields\n    }\n  }\n': types.TeamForEditDocument,
  '\n  mutation CreateTeam($input: TeamInput!, $idempotencyKey: String) {\n    createTeam(input: $input, idempotencyKey: $idempotencyKey) {\n      ...TeamFields\n    }\n  }\n':
    types.CreateTeamDocument,
  '\n  mutation UpdateTeam($id: ID!, $version: Int!, $input: TeamInput!) {\n    updateTeam(id: $id, version: $version, input: $input) {\n      ...TeamFields\n    }\n  }\n':
    types.UpdateTeamDocument,
  '\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n': types.DeleteTeamDocument,
  '\n  mutation AddTeamMember($teamId: ID!, $personId: ID!, $since: String, $months: Int!) {\n    addTeamMember(teamId: $teamId, personId: $personId, since: $since) {\n      team {\n        ...TeamMembers\n      }\n    }\n  }\n':
    types.AddTeamMemberDocument,
  '\n  mutation RemoveTeamMember($teamId: ID!, $personId: ID!, $months: Int!) {\n    removeTeamMember(teamId: $teamId, personId: $personId) {\n      team {\n        ...TeamMembers\n      }\n    }\n  }\n':
    types.RemoveTeamMemberDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminAccounts {\n    accounts {\n      id\n      email\n      displayName\n      role\n      allRegions\n      disabled\n      canExport\n      createdAt\n      regions {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminAccounts {\n    accounts {\n      id\n      email\n      displayName\n      role\n      allRegions\n      disabled\n      canExport\n      createdAt\n      regions {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateAccount($input: CreateAccountInput!, $idempotencyKey: String) {\n    createAccount(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      email\n      displayName\n      role\n      allRegions\n      disabled\n      createdAt\n      regions {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateAccount($input: CreateAccountInput!, $idempotencyKey: String) {\n    createAccount(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      email\n      displayName\n      role\n      allRegions\n      disabled\n      createdAt\n      regions {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      email\n      displayName\n      role\n      allRegions\n      disabled\n      canExport\n      createdAt\n      regions {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      email\n      displayName\n      role\n      allRegions\n      disabled\n      canExport\n      createdAt\n      regions {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminBackups {\n    backupStatus {\n      scheduled\n      offReason\n      scheduleHours\n      keepDaily\n      keepWeekly\n      nextAt\n      lastGood {\n        file\n        takenAt\n        bytes\n        records\n      }\n      lastFailure {\n        at\n        message\n      }\n      kept {\n        file\n        takenAt\n        bytes\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminBackups {\n    backupStatus {\n      scheduled\n      offReason\n      scheduleHours\n      keepDaily\n      keepWeekly\n      nextAt\n      lastGood {\n        file\n        takenAt\n        bytes\n        records\n      }\n      lastFailure {\n        at\n        message\n      }\n      kept {\n        file\n        takenAt\n        bytes\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AffiliateMap($regionId: ID) {\n    affiliateMap(regionId: $regionId) {\n      groups {\n        organization {\n          id\n          name\n          zip\n          mou {\n            status\n          }\n        }\n        place {\n          zip\n          city\n          state\n          latitude\n          longitude\n        }\n        areaMiles\n        clusterId\n      }\n      clusters {\n        id\n        groups {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AffiliateMap($regionId: ID) {\n    affiliateMap(regionId: $regionId) {\n      groups {\n        organization {\n          id\n          name\n          zip\n          mou {\n            status\n          }\n        }\n        place {\n          zip\n          city\n          state\n          latitude\n          longitude\n        }\n        areaMiles\n        clusterId\n      }\n      clusters {\n        id\n        groups {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Nearby($zip: String!, $miles: Float!, $organizationType: OrganizationType) {\n    nearby(zip: $zip, miles: $miles, organizationType: $organizationType) {\n      center {\n        zip\n        city\n        state\n        latitude\n        longitude\n      }\n      miles\n      truncated\n      organizations {\n        miles\n        organization {\n          id\n          name\n          zip\n        }\n      }\n      people {\n        miles\n        person {\n          id\n          name\n          zip\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Nearby($zip: String!, $miles: Float!, $organizationType: OrganizationType) {\n    nearby(zip: $zip, miles: $miles, organizationType: $organizationType) {\n      center {\n        zip\n        city\n        state\n        latitude\n        longitude\n      }\n      miles\n      truncated\n      organizations {\n        miles\n        organization {\n          id\n          name\n          zip\n        }\n      }\n      people {\n        miles\n        person {\n          id\n          name\n          zip\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AffiliateGroupFields on Organization {\n    id\n    name\n    type\n    version\n    canEdit\n    zip\n    areaMiles\n    place {\n      zip\n      city\n      state\n      latitude\n      longitude\n    }\n    mou {\n      status\n      sentOn\n      signedOn\n      terminatedOn\n    }\n    pointOfContact {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment AffiliateGroupFields on Organization {\n    id\n    name\n    type\n    version\n    canEdit\n    zip\n    areaMiles\n    place {\n      zip\n      city\n      state\n      latitude\n      longitude\n    }\n    mou {\n      status\n      sentOn\n      signedOn\n      terminatedOn\n    }\n    pointOfContact {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AffiliateGroup($id: ID!) {\n    organization(id: $id) {\n      ...AffiliateGroupFields\n      endorsementAsks {\n        id\n        status\n        askedOn\n        decidedOn\n        nextStep\n        asker {\n          id\n          name\n        }\n        campaign {\n          id\n          name\n        }\n        candidate {\n          id\n          name\n          party\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AffiliateGroup($id: ID!) {\n    organization(id: $id) {\n      ...AffiliateGroupFields\n      endorsementAsks {\n        id\n        status\n        askedOn\n        decidedOn\n        nextStep\n        asker {\n          id\n          name\n        }\n        campaign {\n          id\n          name\n        }\n        candidate {\n          id\n          name\n          party\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMou($input: MouInput!) {\n    setMou(input: $input) {\n      ...AffiliateGroupFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMou($input: MouInput!) {\n    setMou(input: $input) {\n      ...AffiliateGroupFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetGroupArea($input: GroupAreaInput!) {\n    setGroupArea(input: $input) {\n      ...AffiliateGroupFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetGroupArea($input: GroupAreaInput!) {\n    setGroupArea(input: $input) {\n      ...AffiliateGroupFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        at\n        action\n        actorId\n        actorName\n        summary\n        clientAddress\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        at\n        action\n        actorId\n        actorName\n        summary\n        clientAddress\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n      displayName\n      role\n      allRegions\n      regions {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n      displayName\n      role\n      allRegions\n      regions {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      allRegions\n      canExport\n      locale\n      regions {\n        id\n        name\n      }\n      person {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      allRegions\n      canExport\n      locale\n      regions {\n        id\n        name\n      }\n      person {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMyPerson($personId: ID) {\n    setMyPerson(personId: $personId) {\n      id\n      person {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMyPerson($personId: ID) {\n    setMyPerson(personId: $personId) {\n      id\n      person {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: '\n  mutation SignOut {\n    signOut\n  }\n'): (typeof documents)['\n  mutation SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MobilizationGateFields on MobilizationGate {\n    open\n    conditions {\n      key\n      label\n      met\n      detail\n    }\n  }\n',
): (typeof documents)['\n  fragment MobilizationGateFields on MobilizationGate {\n    open\n    conditions {\n      key\n      label\n      met\n      detail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CampaignPartners on Campaign {\n    id\n    name\n    partners {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    roleBoard {\n      partnersWithoutConnector {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment CampaignPartners on Campaign {\n    id\n    name\n    partners {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    roleBoard {\n      partnersWithoutConnector {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Campaigns($status: CampaignStatus, $regionId: ID) {\n    campaigns(status: $status, regionId: $regionId) {\n      id\n      name\n      status\n      region {\n        id\n        name\n      }\n      issue {\n        id\n        name\n      }\n      proposingTeam {\n        id\n        name\n      }\n      mobilizationGate {\n        ...MobilizationGateFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Campaigns($status: CampaignStatus, $regionId: ID) {\n    campaigns(status: $status, regionId: $regionId) {\n      id\n      name\n      status\n      region {\n        id\n        name\n      }\n      issue {\n        id\n        name\n      }\n      proposingTeam {\n        id\n        name\n      }\n      mobilizationGate {\n        ...MobilizationGateFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CampaignState on Campaign {\n    id\n    name\n    status\n    version\n    canEdit\n    createdAt\n    updatedAt\n    approvedAt\n    approvedByName\n    theoryOfChange\n    actionProposal\n    region {\n      id\n      name\n    }\n    issue {\n      id\n      name\n      scope\n      prioritized\n    }\n    targetPerson {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    targetOrganization {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    proposingTeam {\n      id\n      name\n      kind\n    }\n    approvingTeam {\n      id\n      name\n    }\n    mobilizationGate {\n      ...MobilizationGateFields\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n',
): (typeof documents)['\n  fragment CampaignState on Campaign {\n    id\n    name\n    status\n    version\n    canEdit\n    createdAt\n    updatedAt\n    approvedAt\n    approvedByName\n    theoryOfChange\n    actionProposal\n    region {\n      id\n      name\n    }\n    issue {\n      id\n      name\n      scope\n      prioritized\n    }\n    targetPerson {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    targetOrganization {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    proposingTeam {\n      id\n      name\n      kind\n    }\n    approvingTeam {\n      id\n      name\n    }\n    mobilizationGate {\n      ...MobilizationGateFields\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignState\n      ...CampaignPartners\n      ...CampaignRoleBoard\n    }\n  }\n',
): (typeof documents)['\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignState\n      ...CampaignPartners\n      ...CampaignRoleBoard\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetCampaignStatus($id: ID!, $version: Int!, $status: CampaignStatus!) {\n    setCampaignStatus(id: $id, version: $version, status: $status) {\n      ...CampaignState\n    }\n  }\n',
): (typeof documents)['\n  mutation SetCampaignStatus($id: ID!, $version: Int!, $status: CampaignStatus!) {\n    setCampaignStatus(id: $id, version: $version, status: $status) {\n      ...CampaignState\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveCampaign($id: ID!, $version: Int!, $teamId: ID!) {\n    approveCampaign(id: $id, version: $version, teamId: $teamId) {\n      ...CampaignState\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveCampaign($id: ID!, $version: Int!, $teamId: ID!) {\n    approveCampaign(id: $id, version: $version, teamId: $teamId) {\n      ...CampaignState\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCampaign($input: CampaignInput!, $idempotencyKey: String) {\n    createCampaign(input: $input, idempotencyKey: $idempotencyKey) {\n      ...CampaignState\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCampaign($input: CampaignInput!, $idempotencyKey: String) {\n    createCampaign(input: $input, idempotencyKey: $idempotencyKey) {\n      ...CampaignState\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCampaign($id: ID!, $version: Int!, $input: CampaignInput!) {\n    updateCampaign(id: $id, version: $version, input: $input) {\n      ...CampaignState\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCampaign($id: ID!, $version: Int!, $input: CampaignInput!) {\n    updateCampaign(id: $id, version: $version, input: $input) {\n      ...CampaignState\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CampaignForEdit($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignState\n    }\n  }\n',
): (typeof documents)['\n  query CampaignForEdit($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignState\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddCampaignPartner($campaignId: ID!, $organizationId: ID!) {\n    addCampaignPartner(campaignId: $campaignId, organizationId: $organizationId) {\n      campaign {\n        ...CampaignState\n        ...CampaignPartners\n        ...CampaignRoleBoard\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddCampaignPartner($campaignId: ID!, $organizationId: ID!) {\n    addCampaignPartner(campaignId: $campaignId, organizationId: $organizationId) {\n      campaign {\n        ...CampaignState\n        ...CampaignPartners\n        ...CampaignRoleBoard\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveCampaignPartner($campaignId: ID!, $organizationId: ID!) {\n    removeCampaignPartner(campaignId: $campaignId, organizationId: $organizationId) {\n      campaign {\n        ...CampaignState\n        ...CampaignPartners\n        ...CampaignRoleBoard\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveCampaignPartner($campaignId: ID!, $organizationId: ID!) {\n    removeCampaignPartner(campaignId: $campaignId, organizationId: $organizationId) {\n      campaign {\n        ...CampaignState\n        ...CampaignPartners\n        ...CampaignRoleBoard\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeamOptions($regionId: ID, $kind: TeamKind) {\n    teams(regionId: $regionId, kind: $kind) {\n      id\n      name\n      kind\n      region {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TeamOptions($regionId: ID, $kind: TeamKind) {\n    teams(regionId: $regionId, kind: $kind) {\n      id\n      name\n      kind\n      region {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IssueOptions($regionId: ID) {\n    issues(regionId: $regionId) {\n      id\n      name\n      scope\n      prioritized\n      region {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IssueOptions($regionId: ID) {\n    issues(regionId: $regionId) {\n      id\n      name\n      scope\n      prioritized\n      region {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CustomFieldValues on CustomFieldValue {\n    key\n    label\n    type\n    value\n    values\n  }\n',
): (typeof documents)['\n  fragment CustomFieldValues on CustomFieldValue {\n    key\n    label\n    type\n    value\n    values\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FieldDefinitionFields on FieldDefinition {\n    id\n    entity\n    key\n    label\n    type\n    choices\n    regionId\n    version\n  }\n',
): (typeof documents)['\n  fragment FieldDefinitionFields on FieldDefinition {\n    id\n    entity\n    key\n    label\n    type\n    choices\n    regionId\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FieldDefinitions($entity: FieldEntity!, $regionId: ID) {\n    fieldDefinitions(entity: $entity, regionId: $regionId) {\n      ...FieldDefinitionFields\n    }\n  }\n',
): (typeof documents)['\n  query FieldDefinitions($entity: FieldEntity!, $regionId: ID) {\n    fieldDefinitions(entity: $entity, regionId: $regionId) {\n      ...FieldDefinitionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DefineField($input: FieldDefinitionInput!) {\n    defineField(input: $input) {\n      ...FieldDefinitionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DefineField($input: FieldDefinitionInput!) {\n    defineField(input: $input) {\n      ...FieldDefinitionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeField($id: ID!, $version: Int!, $changes: FieldDefinitionChanges!) {\n    changeField(id: $id, version: $version, changes: $changes) {\n      ...FieldDefinitionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeField($id: ID!, $version: Int!, $changes: FieldDefinitionChanges!) {\n    changeField(id: $id, version: $version, changes: $changes) {\n      ...FieldDefinitionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveField($id: ID!) {\n    removeField(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RemoveField($id: ID!) {\n    removeField(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ComparePeople($a: ID!, $b: ID!) {\n    a: person(id: $a) { ...PersonSide }\n    b: person(id: $b) { ...PersonSide }\n  }\n  fragment PersonSide on Person {\n    id name version zip notes region { id name } emails phones contactHidden kinds tags\n    address { line city state } customFields { key label value values }\n    ties { person { id name } }\n    affiliations { kind organization { id name } }\n    history(limit: 5) { id at summary byName }\n  }\n',
): (typeof documents)['\n  query ComparePeople($a: ID!, $b: ID!) {\n    a: person(id: $a) { ...PersonSide }\n    b: person(id: $b) { ...PersonSide }\n  }\n  fragment PersonSide on Person {\n    id name version zip notes region { id name } emails phones contactHidden kinds tags\n    address { line city state } customFields { key label value values }\n    ties { person { id name } }\n    affiliations { kind organization { id name } }\n    history(limit: 5) { id at summary byName }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CompareOrganizations($a: ID!, $b: ID!) {\n    a: organization(id: $a) { ...OrganizationSide }\n    b: organization(id: $b) { ...OrganizationSide }\n  }\n  fragment OrganizationSide on Organization {\n    id name version zip notes region { id name } type website issueAreas ledBy\n    address { line city state } customFields { key label value values }\n    affiliations { kind person { id name } }\n    history(limit: 5) { id at summary byName }\n  }\n',
): (typeof documents)['\n  query CompareOrganizations($a: ID!, $b: ID!) {\n    a: organization(id: $a) { ...OrganizationSide }\n    b: organization(id: $b) { ...OrganizationSide }\n  }\n  fragment OrganizationSide on Organization {\n    id name version zip notes region { id name } type website issueAreas ledBy\n    address { line city state } customFields { key label value values }\n    affiliations { kind person { id name } }\n    history(limit: 5) { id at summary byName }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Duplicates {\n    duplicatePeople(limit: 200) {\n      score\n      reasons\n      a { id name zip emails phones version }\n      b { id name zip emails phones version }\n    }\n    duplicateOrganizations(limit: 200) {\n      score\n      reasons\n      a { id name zip website version }\n      b { id name zip website version }\n    }\n  }\n',
): (typeof documents)['\n  query Duplicates {\n    duplicatePeople(limit: 200) {\n      score\n      reasons\n      a { id name zip emails phones version }\n      b { id name zip emails phones version }\n    }\n    duplicateOrganizations(limit: 200) {\n      score\n      reasons\n      a { id name zip website version }\n      b { id name zip website version }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecentMerges {\n    recentMerges(limit: 20) { id at entityType keptId mergedId keptName mergedName undoneAt }\n  }\n',
): (typeof documents)['\n  query RecentMerges {\n    recentMerges(limit: 20) { id at entityType keptId mergedId keptName mergedName undoneAt }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MergePeople($keepId: ID!, $mergeId: ID!, $keepVersion: Int!, $mergeVersion: Int!, $values: [MergeValueChoice!]) {\n    mergePeople(keepId: $keepId, mergeId: $mergeId, keepVersion: $keepVersion, mergeVersion: $mergeVersion, values: $values) {\n      moved\n      combined\n      dropped\n      merge { id at entityType keptId mergedId keptName mergedName undoneAt }\n      person { id name version }\n    }\n  }\n',
): (typeof documents)['\n  mutation MergePeople($keepId: ID!, $mergeId: ID!, $keepVersion: Int!, $mergeVersion: Int!, $values: [MergeValueChoice!]) {\n    mergePeople(keepId: $keepId, mergeId: $mergeId, keepVersion: $keepVersion, mergeVersion: $mergeVersion, values: $values) {\n      moved\n      combined\n      dropped\n      merge { id at entityType keptId mergedId keptName mergedName undoneAt }\n      person { id name version }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MergeOrganizations($keepId: ID!, $mergeId: ID!, $keepVersion: Int!, $mergeVersion: Int!, $values: [MergeValueChoice!]) {\n    mergeOrganizations(keepId: $keepId, mergeId: $mergeId, keepVersion: $keepVersion, mergeVersion: $mergeVersion, values: $values) {\n      moved\n      combined\n      dropped\n      merge { id at entityType keptId mergedId keptName mergedName undoneAt }\n      organization { id name version }\n    }\n  }\n',
): (typeof documents)['\n  mutation MergeOrganizations($keepId: ID!, $mergeId: ID!, $keepVersion: Int!, $mergeVersion: Int!, $values: [MergeValueChoice!]) {\n    mergeOrganizations(keepId: $keepId, mergeId: $mergeId, keepVersion: $keepVersion, mergeVersion: $mergeVersion, values: $values) {\n      moved\n      combined\n      dropped\n      merge { id at entityType keptId mergedId keptName mergedName undoneAt }\n      organization { id name version }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      skipped\n      merge { id at entityType keptId mergedId keptName mergedName undoneAt }\n    }\n  }\n',
): (typeof documents)['\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      skipped\n      merge { id at entityType keptId mergedId keptName mergedName undoneAt }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Race($id: ID!) {\n    race(id: $id) {\n      ...RaceCardFields\n      version\n      candidates {\n        id\n        asks {\n          id\n          status\n          version\n          organization {\n            id\n            name\n          }\n        }\n      }\n      history(limit: 20) {\n        ...ChangeFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Race($id: ID!) {\n    race(id: $id) {\n      ...RaceCardFields\n      version\n      candidates {\n        id\n        asks {\n          id\n          status\n          version\n          organization {\n            id\n            name\n          }\n        }\n      }\n      history(limit: 20) {\n        ...ChangeFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AskFields on EndorsementAsk {\n    id\n    status\n    version\n    nextStep\n    notes\n    askedOn\n    decidedOn\n    canEdit\n    organization {\n      id\n      name\n    }\n    asker {\n      id\n      name\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n',
): (typeof documents)['\n  fragment AskFields on EndorsementAsk {\n    id\n    status\n    version\n    nextStep\n    notes\n    askedOn\n    decidedOn\n    canEdit\n    organization {\n      id\n      name\n    }\n    asker {\n      id\n      name\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EndorsementBoard($campaignId: ID!) {\n    endorsementBoard(campaignId: $campaignId) {\n      campaign {\n        id\n        name\n      }\n      canRecordEndorsements\n      blockedReason\n      columns {\n        status\n        asks {\n          ...AskFields\n        }\n      }\n      partnersNotAsked {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EndorsementBoard($campaignId: ID!) {\n    endorsementBoard(campaignId: $campaignId) {\n      campaign {\n        id\n        name\n      }\n      canRecordEndorsements\n      blockedReason\n      columns {\n        status\n        asks {\n          ...AskFields\n        }\n      }\n      partnersNotAsked {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveEndorsementAsk($input: MoveEndorsementAskInput!) {\n    moveEndorsementAsk(input: $input) {\n      ...AskFields\n    }\n  }\n',
): (typeof documents)['\n  mutation MoveEndorsementAsk($input: MoveEndorsementAskInput!) {\n    moveEndorsementAsk(input: $input) {\n      ...AskFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateEndorsementAsk($input: EndorsementAskInput!, $idempotencyKey: String) {\n    createEndorsementAsk(input: $input, idempotencyKey: $idempotencyKey) {\n      ...AskFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateEndorsementAsk($input: EndorsementAskInput!, $idempotencyKey: String) {\n    createEndorsementAsk(input: $input, idempotencyKey: $idempotencyKey) {\n      ...AskFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteEndorsementAsk($id: ID!) {\n    deleteEndorsementAsk(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteEndorsementAsk($id: ID!) {\n    deleteEndorsementAsk(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyPersonWithRegion {\n    me {\n      id\n      person {\n        id\n        name\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyPersonWithRegion {\n    me {\n      id\n      person {\n        id\n        name\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RaceCardFields on Race {\n    id\n    name\n    electionDate\n    zip\n    areaMiles\n    region {\n      id\n      name\n    }\n    candidates {\n      id\n      name\n      party\n    }\n    endorsements {\n      ...RaceEndorsementFields\n    }\n  }\n',
): (typeof documents)['\n  fragment RaceCardFields on Race {\n    id\n    name\n    electionDate\n    zip\n    areaMiles\n    region {\n      id\n      name\n    }\n    candidates {\n      id\n      name\n      party\n    }\n    endorsements {\n      ...RaceEndorsementFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RaceEndorsementFields on RaceEndorsements {\n    groupsInArea\n    majority {\n      id\n      name\n      party\n    }\n    tallies {\n      candidate {\n        id\n        name\n        party\n      }\n      groupCount\n      groups {\n        id\n        name\n      }\n    }\n    counterEndorsements {\n      organization {\n        id\n        name\n      }\n      endorsed {\n        id\n        name\n        party\n      }\n      against {\n        id\n        name\n        party\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment RaceEndorsementFields on RaceEndorsements {\n    groupsInArea\n    majority {\n      id\n      name\n      party\n    }\n    tallies {\n      candidate {\n        id\n        name\n        party\n      }\n      groupCount\n      groups {\n        id\n        name\n      }\n    }\n    counterEndorsements {\n      organization {\n        id\n        name\n      }\n      endorsed {\n        id\n        name\n        party\n      }\n      against {\n        id\n        name\n        party\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Races($regionId: ID) {\n    races(regionId: $regionId) {\n      ...RaceCardFields\n    }\n  }\n',
): (typeof documents)['\n  query Races($regionId: ID) {\n    races(regionId: $regionId) {\n      ...RaceCardFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateRace($input: RaceInput!, $idempotencyKey: String) {\n    createRace(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateRace($input: RaceInput!, $idempotencyKey: String) {\n    createRace(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddCandidate($input: CandidateInput!, $idempotencyKey: String) {\n    addCandidate(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      party\n    }\n  }\n',
): (typeof documents)['\n  mutation AddCandidate($input: CandidateInput!, $idempotencyKey: String) {\n    addCandidate(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      party\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordCandidateEndorsement($input: EndorsementAskInput!) {\n    createEndorsementAsk(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordCandidateEndorsement($input: EndorsementAskInput!) {\n    createEndorsementAsk(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveAskToEndorsed($input: MoveEndorsementAskInput!) {\n    moveEndorsementAsk(input: $input) {\n      id\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation MoveAskToEndorsed($input: MoveEndorsementAskInput!) {\n    moveEndorsementAsk(input: $input) {\n      id\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AffiliateGroupsSearch($search: String!) {\n    organizations(first: 8, search: $search, type: AFFILIATE_GROUP) {\n      nodes {\n        id\n        name\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AffiliateGroupsSearch($search: String!) {\n    organizations(first: 8, search: $search, type: AFFILIATE_GROUP) {\n      nodes {\n        id\n        name\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RsvpFields on Rsvp {\n    status\n    fromPublicPage\n    invitedByText\n    invitedBy {\n      id\n      name\n    }\n    person {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment RsvpFields on Rsvp {\n    status\n    fromPublicPage\n    invitedByText\n    invitedBy {\n      id\n      name\n    }\n    person {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TurnoutAskFields on TurnoutAsk {\n    id\n    at\n    askedByName\n    person {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment TurnoutAskFields on TurnoutAsk {\n    id\n    at\n    askedByName\n    person {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Events($from: String, $regionId: ID, $campaignId: ID) {\n    events(from: $from, regionId: $regionId, campaignId: $campaignId) {\n      id\n      name\n      date\n      location\n      region {\n        id\n        name\n      }\n      campaign {\n        id\n        name\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Events($from: String, $regionId: ID, $campaignId: ID) {\n    events(from: $from, regionId: $regionId, campaignId: $campaignId) {\n      id\n      name\n      date\n      location\n      region {\n        id\n        name\n      }\n      campaign {\n        id\n        name\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EventTurnout on Event {\n    id\n    rsvps {\n      ...RsvpFields\n    }\n    attendance {\n      person {\n        id\n        name\n      }\n      broughtBy {\n        id\n        name\n      }\n    }\n    turnoutAsks {\n      ...TurnoutAskFields\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n',
): (typeof documents)['\n  fragment EventTurnout on Event {\n    id\n    rsvps {\n      ...RsvpFields\n    }\n    attendance {\n      person {\n        id\n        name\n      }\n      broughtBy {\n        id\n        name\n      }\n    }\n    turnoutAsks {\n      ...TurnoutAskFields\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Event($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      date\n      location\n      zip\n      notes\n      version\n      region {\n        id\n        name\n      }\n      campaign {\n        id\n        name\n        status\n        mobilizationGate {\n          ...MobilizationGateFields\n        }\n      }\n      rsvpPage {\n        on\n        token\n      }\n      ...EventTurnout\n    }\n  }\n',
): (typeof documents)['\n  query Event($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      date\n      location\n      zip\n      notes\n      version\n      region {\n        id\n        name\n      }\n      campaign {\n        id\n        name\n        status\n        mobilizationGate {\n          ...MobilizationGateFields\n        }\n      }\n      rsvpPage {\n        on\n        token\n      }\n      ...EventTurnout\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateEvent($input: EventInput!, $idempotencyKey: String) {\n    createEvent(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateEvent($input: EventInput!, $idempotencyKey: String) {\n    createEvent(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateEvent($id: ID!, $version: Int!, $input: EventInput!) {\n    updateEvent(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateEvent($id: ID!, $version: Int!, $input: EventInput!) {\n    updateEvent(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteEvent($id: ID!) {\n    deleteEvent(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteEvent($id: ID!) {\n    deleteEvent(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveRsvp($eventId: ID!, $personId: ID!) {\n    removeRsvp(eventId: $eventId, personId: $personId) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveRsvp($eventId: ID!, $personId: ID!) {\n    removeRsvp(eventId: $eventId, personId: $personId) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveAttendance($eventId: ID!, $personId: ID!) {\n    removeAttendance(eventId: $eventId, personId: $personId) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveAttendance($eventId: ID!, $personId: ID!) {\n    removeAttendance(eventId: $eventId, personId: $personId) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetRsvp($input: RsvpInput!) {\n    setRsvp(input: $input) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetRsvp($input: RsvpInput!) {\n    setRsvp(input: $input) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AskLoad($personIds: [ID!]!) {\n    askLoad(personIds: $personIds) {\n      last30Days\n      last90Days\n      limit\n      atLimit\n      person {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AskLoad($personIds: [ID!]!) {\n    askLoad(personIds: $personIds) {\n      last30Days\n      last90Days\n      limit\n      atLimit\n      person {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AskToAttend($eventId: ID!, $personIds: [ID!]!, $confirmOverLimit: Boolean!) {\n    askToAttend(eventId: $eventId, personIds: $personIds, confirmOverLimit: $confirmOverLimit) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AskToAttend($eventId: ID!, $personIds: [ID!]!, $confirmOverLimit: Boolean!) {\n    askToAttend(eventId: $eventId, personIds: $personIds, confirmOverLimit: $confirmOverLimit) {\n      event {\n        ...EventTurnout\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CampaignOptions($regionId: ID) {\n    campaigns(regionId: $regionId) {\n      id\n      name\n      status\n    }\n  }\n',
): (typeof documents)['\n  query CampaignOptions($regionId: ID) {\n    campaigns(regionId: $regionId) {\n      id\n      name\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExportPermission {\n    me {\n      id\n      canExport\n    }\n  }\n',
): (typeof documents)['\n  query ExportPermission {\n    me {\n      id\n      canExport\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExportLog {\n    exportLog(limit: 50) {\n      at\n      what\n      rows\n      byName\n      regions\n    }\n  }\n',
): (typeof documents)['\n  query ExportLog {\n    exportLog(limit: 50) {\n      at\n      what\n      rows\n      byName\n      regions\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMyLocale($locale: String) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMyLocale($locale: String) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EmergingLeaders($regionId: ID, $teamId: ID, $windowDays: Int!, $limit: Int) {\n    emergingLeaders(regionId: $regionId, teamId: $teamId, windowDays: $windowDays, limit: $limit) {\n      source\n      computedAt\n      windowDays\n      from\n      to\n      previousFrom\n      previousTo\n      peopleScored\n      leaders {\n        rank\n        score\n        previousScore\n        rise\n        alreadyLeader\n        person {\n          id\n          name\n        }\n        parts {\n          signal\n          label\n          weight\n          count\n          previousCount\n          points\n        }\n        bridging {\n          measure\n          label\n          count\n          previousCount\n          growth\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EmergingLeaders($regionId: ID, $teamId: ID, $windowDays: Int!, $limit: Int) {\n    emergingLeaders(regionId: $regionId, teamId: $teamId, windowDays: $windowDays, limit: $limit) {\n      source\n      computedAt\n      windowDays\n      from\n      to\n      previousFrom\n      previousTo\n      peopleScored\n      leaders {\n        rank\n        score\n        previousScore\n        rise\n        alreadyLeader\n        person {\n          id\n          name\n        }\n        parts {\n          signal\n          label\n          weight\n          count\n          previousCount\n          points\n        }\n        bridging {\n          measure\n          label\n          count\n          previousCount\n          growth\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NetworkGaps($regionId: ID, $coldAfterDays: Int!) {\n    networkGaps(regionId: $regionId, coldAfterDays: $coldAfterDays) {\n      coldAfterDays\n      partnersWithOneTie {\n        organization {\n          id\n          name\n        }\n        person {\n          id\n          name\n        }\n        ties\n      }\n      partnersWithNoTie {\n        id\n        name\n      }\n      campaigns {\n        campaign {\n          id\n          name\n        }\n        gaps\n      }\n      coldTies {\n        person {\n          id\n          name\n        }\n        other {\n          id\n          name\n        }\n        strength\n        lastContact\n        daysSinceContact\n        importance\n        reasons\n      }\n      coldTieCount\n      clusters {\n        number\n        size\n        members {\n          id\n          name\n        }\n        bridges {\n          person {\n            id\n            name\n          }\n          betweenness\n          outsideTies\n          otherClusters\n        }\n      }\n      bridges {\n        person {\n          id\n          name\n        }\n        betweenness\n        outsideTies\n        otherClusters\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NetworkGaps($regionId: ID, $coldAfterDays: Int!) {\n    networkGaps(regionId: $regionId, coldAfterDays: $coldAfterDays) {\n      coldAfterDays\n      partnersWithOneTie {\n        organization {\n          id\n          name\n        }\n        person {\n          id\n          name\n        }\n        ties\n      }\n      partnersWithNoTie {\n        id\n        name\n      }\n      campaigns {\n        campaign {\n          id\n          name\n        }\n        gaps\n      }\n      coldTies {\n        person {\n          id\n          name\n        }\n        other {\n          id\n          name\n        }\n        strength\n        lastContact\n        daysSinceContact\n        importance\n        reasons\n      }\n      coldTieCount\n      clusters {\n        number\n        size\n        members {\n          id\n          name\n        }\n        bridges {\n          person {\n            id\n            name\n          }\n          betweenness\n          outsideTies\n          otherClusters\n        }\n      }\n      bridges {\n        person {\n          id\n          name\n        }\n        betweenness\n        outsideTies\n        otherClusters\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LeaderScoringFields on LeaderScoringStatus {\n    running\n    windowDays\n    phase\n    progress\n    startedAt\n    lastError\n    canRecompute\n    runs {\n      windowDays\n      finishedAt\n      durationMs\n      peopleScored\n    }\n  }\n',
): (typeof documents)['\n  fragment LeaderScoringFields on LeaderScoringStatus {\n    running\n    windowDays\n    phase\n    progress\n    startedAt\n    lastError\n    canRecompute\n    runs {\n      windowDays\n      finishedAt\n      durationMs\n      peopleScored\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LeaderScoring {\n    leaderScoring {\n      ...LeaderScoringFields\n    }\n  }\n',
): (typeof documents)['\n  query LeaderScoring {\n    leaderScoring {\n      ...LeaderScoringFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecomputeLeaderScores($windowDays: Int!) {\n    recomputeLeaderScores(windowDays: $windowDays) {\n      ...LeaderScoringFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecomputeLeaderScores($windowDays: Int!) {\n    recomputeLeaderScores(windowDays: $windowDays) {\n      ...LeaderScoringFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StepsAwayRecord on ReachNode {\n    id\n    kind\n    name\n    regionName\n    hidden\n  }\n',
): (typeof documents)['\n  fragment StepsAwayRecord on ReachNode {\n    id\n    kind\n    name\n    regionName\n    hidden\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StepsAway($recordId: ID!, $minStrength: Float!) {\n    stepsAway(recordId: $recordId, minStrength: $minStrength) {\n      minStrength\n      computedAt\n      upToDate\n      stepsAway {\n        record {\n          ...StepsAwayRecord\n        }\n        people\n        partners\n        cutOff {\n          ...StepsAwayRecord\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StepsAway($recordId: ID!, $minStrength: Float!) {\n    stepsAway(recordId: $recordId, minStrength: $minStrength) {\n      minStrength\n      computedAt\n      upToDate\n      stepsAway {\n        record {\n          ...StepsAwayRecord\n        }\n        people\n        partners\n        cutOff {\n          ...StepsAwayRecord\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StepsAwayRanking($regionId: ID, $minStrength: Float!, $limit: Int!) {\n    stepsAwayRanking(regionId: $regionId, minStrength: $minStrength, limit: $limit) {\n      minStrength\n      computedAt\n      upToDate\n      total\n      ranking {\n        record {\n          ...StepsAwayRecord\n        }\n        people\n        partners\n        cutOff {\n          ...StepsAwayRecord\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StepsAwayRanking($regionId: ID, $minStrength: Float!, $limit: Int!) {\n    stepsAwayRanking(regionId: $regionId, minStrength: $minStrength, limit: $limit) {\n      minStrength\n      computedAt\n      upToDate\n      total\n      ranking {\n        record {\n          ...StepsAwayRecord\n        }\n        people\n        partners\n        cutOff {\n          ...StepsAwayRecord\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FollowUpFields on FollowUp {\n    id\n    text\n    dueDate\n    done\n    doneAt\n    overdue\n    assigneeName\n  }\n',
): (typeof documents)['\n  fragment FollowUpFields on FollowUp {\n    id\n    text\n    dueDate\n    done\n    doneAt\n    overdue\n    assigneeName\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InteractionFields on Interaction {\n    id\n    kind\n    date\n    notes\n    loggedByName\n    host {\n      id\n      name\n    }\n    participants {\n      id\n      name\n    }\n    organizations {\n      id\n      name\n    }\n    followUps {\n      ...FollowUpFields\n    }\n  }\n',
): (typeof documents)['\n  fragment InteractionFields on Interaction {\n    id\n    kind\n    date\n    notes\n    loggedByName\n    host {\n      id\n      name\n    }\n    participants {\n      id\n      name\n    }\n    organizations {\n      id\n      name\n    }\n    followUps {\n      ...FollowUpFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LogInteraction($input: LogInteractionInput!, $idempotencyKey: String) {\n    logInteraction(input: $input, idempotencyKey: $idempotencyKey) {\n      ...InteractionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation LogInteraction($input: LogInteractionInput!, $idempotencyKey: String) {\n    logInteraction(input: $input, idempotencyKey: $idempotencyKey) {\n      ...InteractionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyPerson {\n    me {\n      id\n      person {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyPerson {\n    me {\n      id\n      person {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonToLog($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonToLog($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Teammates {\n    teammates {\n      id\n      displayName\n      role\n    }\n  }\n',
): (typeof documents)['\n  query Teammates {\n    teammates {\n      id\n      displayName\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonInteractions($id: ID!, $limit: Int!) {\n    person(id: $id) {\n      id\n      interactions(limit: $limit) {\n        ...InteractionFields\n        canEdit\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonInteractions($id: ID!, $limit: Int!) {\n    person(id: $id) {\n      id\n      interactions(limit: $limit) {\n        ...InteractionFields\n        canEdit\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonTieActivity($id: ID!) {\n    person(id: $id) {\n      id\n      ties {\n        strength\n        derivedStrength\n        lastContact\n        interactionCount\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonTieActivity($id: ID!) {\n    person(id: $id) {\n      id\n      ties {\n        strength\n        derivedStrength\n        lastContact\n        interactionCount\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyFollowUps($includeDone: Boolean!) {\n    myFollowUps(includeDone: $includeDone) {\n      ...FollowUpFields\n      interaction {\n        id\n        kind\n        date\n        participants {\n          id\n          name\n        }\n        organizations {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyFollowUps($includeDone: Boolean!) {\n    myFollowUps(includeDone: $includeDone) {\n      ...FollowUpFields\n      interaction {\n        id\n        kind\n        date\n        participants {\n          id\n          name\n        }\n        organizations {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetFollowUpDone($id: ID!, $done: Boolean!) {\n    setFollowUpDone(id: $id, done: $done) {\n      ...FollowUpFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetFollowUpDone($id: ID!, $done: Boolean!) {\n    setFollowUpDone(id: $id, done: $done) {\n      ...FollowUpFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MeetingFields on Interaction {\n    id\n    kind\n    date\n    notes\n    loggedByName\n    version\n    canEdit\n    host {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    participants {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    organizations {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    followUps {\n      ...FollowUpFields\n    }\n  }\n',
): (typeof documents)['\n  fragment MeetingFields on Interaction {\n    id\n    kind\n    date\n    notes\n    loggedByName\n    version\n    canEdit\n    host {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    participants {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    organizations {\n      id\n      name\n      zip\n      region {\n        id\n        name\n      }\n    }\n    followUps {\n      ...FollowUpFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Meeting($id: ID!) {\n    interaction(id: $id) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  query Meeting($id: ID!) {\n    interaction(id: $id) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CorrectInteraction($input: CorrectInteractionInput!) {\n    correctInteraction(input: $input) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CorrectInteraction($input: CorrectInteractionInput!) {\n    correctInteraction(input: $input) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteInteraction($id: ID!, $version: Int!) {\n    deleteInteraction(id: $id, version: $version)\n  }\n',
): (typeof documents)['\n  mutation DeleteInteraction($id: ID!, $version: Int!) {\n    deleteInteraction(id: $id, version: $version)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DecisionOnIssue on AssemblyDecision {\n    outcome\n    notes\n    assembly {\n      id\n      name\n      date\n    }\n  }\n',
): (typeof documents)['\n  fragment DecisionOnIssue on AssemblyDecision {\n    outcome\n    notes\n    assembly {\n      id\n      name\n      date\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Issues($regionId: ID) {\n    issues(regionId: $regionId) {\n      id\n      name\n      scope\n      prioritized\n      description\n      region {\n        id\n        name\n      }\n      narrows {\n        id\n      }\n      specificIssues {\n        id\n        name\n        prioritized\n      }\n      decisions {\n        ...DecisionOnIssue\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Issues($regionId: ID) {\n    issues(regionId: $regionId) {\n      id\n      name\n      scope\n      prioritized\n      description\n      region {\n        id\n        name\n      }\n      narrows {\n        id\n      }\n      specificIssues {\n        id\n        name\n        prioritized\n      }\n      decisions {\n        ...DecisionOnIssue\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IssueFields on Issue {\n    id\n    name\n    scope\n    description\n    version\n    prioritized\n    region {\n      id\n      name\n    }\n    narrows {\n      id\n      name\n      prioritized\n    }\n  }\n',
): (typeof documents)['\n  fragment IssueFields on Issue {\n    id\n    name\n    scope\n    description\n    version\n    prioritized\n    region {\n      id\n      name\n    }\n    narrows {\n      id\n      name\n      prioritized\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Issue($id: ID!) {\n    issue(id: $id) {\n      ...IssueFields\n      specificIssues {\n        id\n        name\n        prioritized\n      }\n      decisions {\n        ...DecisionOnIssue\n      }\n      history(limit: 20) {\n        ...ChangeFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Issue($id: ID!) {\n    issue(id: $id) {\n      ...IssueFields\n      specificIssues {\n        id\n        name\n        prioritized\n      }\n      decisions {\n        ...DecisionOnIssue\n      }\n      history(limit: 20) {\n        ...ChangeFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IssueForEdit($id: ID!) {\n    issue(id: $id) {\n      ...IssueFields\n    }\n  }\n',
): (typeof documents)['\n  query IssueForEdit($id: ID!) {\n    issue(id: $id) {\n      ...IssueFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateIssue($input: IssueInput!, $idempotencyKey: String) {\n    createIssue(input: $input, idempotencyKey: $idempotencyKey) {\n      ...IssueFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateIssue($input: IssueInput!, $idempotencyKey: String) {\n    createIssue(input: $input, idempotencyKey: $idempotencyKey) {\n      ...IssueFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateIssue($id: ID!, $version: Int!, $input: IssueInput!) {\n    updateIssue(id: $id, version: $version, input: $input) {\n      ...IssueFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateIssue($id: ID!, $version: Int!, $input: IssueInput!) {\n    updateIssue(id: $id, version: $version, input: $input) {\n      ...IssueFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AssemblyFields on IssueAssembly {\n    id\n    name\n    date\n    notes\n    region {\n      id\n      name\n    }\n    decisions {\n      outcome\n      notes\n      issue {\n        id\n        name\n        prioritized\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AssemblyFields on IssueAssembly {\n    id\n    name\n    date\n    notes\n    region {\n      id\n      name\n    }\n    decisions {\n      outcome\n      notes\n      issue {\n        id\n        name\n        prioritized\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IssueAssemblies($regionId: ID) {\n    issueAssemblies(regionId: $regionId) {\n      ...AssemblyFields\n    }\n  }\n',
): (typeof documents)['\n  query IssueAssemblies($regionId: ID) {\n    issueAssemblies(regionId: $regionId) {\n      ...AssemblyFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IssueAssembly($id: ID!) {\n    issueAssembly(id: $id) {\n      ...AssemblyFields\n    }\n  }\n',
): (typeof documents)['\n  query IssueAssembly($id: ID!) {\n    issueAssembly(id: $id) {\n      ...AssemblyFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateIssueAssembly($input: IssueAssemblyInput!, $idempotencyKey: String) {\n    createIssueAssembly(input: $input, idempotencyKey: $idempotencyKey) {\n      ...AssemblyFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateIssueAssembly($input: IssueAssemblyInput!, $idempotencyKey: String) {\n    createIssueAssembly(input: $input, idempotencyKey: $idempotencyKey) {\n      ...AssemblyFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordAssemblyDecision($input: AssemblyDecisionInput!) {\n    recordAssemblyDecision(input: $input) {\n      outcome\n      notes\n      assembly {\n        ...AssemblyFields\n      }\n      issue {\n        id\n        name\n        prioritized\n        decisions {\n          ...DecisionOnIssue\n        }\n        specificIssues {\n          id\n          name\n          prioritized\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordAssemblyDecision($input: AssemblyDecisionInput!) {\n    recordAssemblyDecision(input: $input) {\n      outcome\n      notes\n      assembly {\n        ...AssemblyFields\n      }\n      issue {\n        id\n        name\n        prioritized\n        decisions {\n          ...DecisionOnIssue\n        }\n        specificIssues {\n          id\n          name\n          prioritized\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LeadershipStandings on Person {\n    id\n    leadership {\n      theme\n      label\n      level\n      levelName\n      assessedOn\n      assessedByName\n    }\n    assessments {\n      ...AssessmentFields\n    }\n  }\n',
): (typeof documents)['\n  fragment LeadershipStandings on Person {\n    id\n    leadership {\n      theme\n      label\n      level\n      levelName\n      assessedOn\n      assessedByName\n    }\n    assessments {\n      ...AssessmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PersonMentors on Person {\n    id\n    mentors {\n      since\n      person {\n        id\n        name\n      }\n    }\n    mentees {\n      since\n      person {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PersonMentors on Person {\n    id\n    mentors {\n      since\n      person {\n        id\n        name\n      }\n    }\n    mentees {\n      since\n      person {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonLeadership($id: ID!) {\n    person(id: $id) {\n      ...LeadershipStandings\n      ...PersonMentors\n    }\n  }\n',
): (typeof documents)['\n  query PersonLeadership($id: ID!) {\n    person(id: $id) {\n      ...LeadershipStandings\n      ...PersonMentors\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Competencies {\n    competencies {\n      theme\n      label\n      summary\n      levels {\n        level\n        name\n        description\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Competencies {\n    competencies {\n      theme\n      label\n      summary\n      levels {\n        level\n        name\n        description\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AssessmentFields on LeadershipAssessment {\n    id\n    theme\n    level\n    levelName\n    assessedOn\n    assessedByName\n    notes\n  }\n',
): (typeof documents)['\n  fragment AssessmentFields on LeadershipAssessment {\n    id\n    theme\n    level\n    levelName\n    assessedOn\n    assessedByName\n    notes\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AssessLeadership($input: AssessmentInput!) {\n    assessLeadership(input: $input) {\n      ...AssessmentFields\n      # The person's standings after it, so the cache updates the leadership card.\n      person {\n        ...LeadershipStandings\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation AssessLeadership($input: AssessmentInput!) {\n    assessLeadership(input: $input) {\n      ...AssessmentFields\n      # The person's standings after it, so the cache updates the leadership card.\n      person {\n        ...LeadershipStandings\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddMentor($input: MentorInput!) {\n    addMentor(input: $input) {\n      ...PersonMentors\n      mentors {\n        person {\n          ...PersonMentors\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddMentor($input: MentorInput!) {\n    addMentor(input: $input) {\n      ...PersonMentors\n      mentors {\n        person {\n          ...PersonMentors\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveMentor($mentorId: ID!, $menteeId: ID!) {\n    removeMentor(mentorId: $mentorId, menteeId: $menteeId) {\n      ...PersonMentors\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveMentor($mentorId: ID!, $menteeId: ID!) {\n    removeMentor(mentorId: $mentorId, menteeId: $menteeId) {\n      ...PersonMentors\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ChangeFields on Change {\n    id\n    action\n    at\n    byName\n    summary\n    changes {\n      field\n      from\n      to\n    }\n  }\n',
): (typeof documents)['\n  fragment ChangeFields on Change {\n    id\n    action\n    at\n    byName\n    summary\n    changes {\n      field\n      from\n      to\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SavedListFields on SavedList {\n    id\n    name\n    filter\n    entity\n    sortBy\n    organizationsSortBy\n    descending\n    columns\n    sharedWithRegionId\n    mine\n  }\n',
): (typeof documents)['\n  fragment SavedListFields on SavedList {\n    id\n    name\n    filter\n    entity\n    sortBy\n    organizationsSortBy\n    descending\n    columns\n    sharedWithRegionId\n    mine\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SavedLists($entity: ListEntity!) {\n    savedLists(entity: $entity) {\n      ...SavedListFields\n    }\n  }\n',
): (typeof documents)['\n  query SavedLists($entity: ListEntity!) {\n    savedLists(entity: $entity) {\n      ...SavedListFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveList($input: SaveListInput!) {\n    saveList(input: $input) {\n      ...SavedListFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveList($input: SaveListInput!) {\n    saveList(input: $input) {\n      ...SavedListFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveOrganizationList($input: SaveOrganizationListInput!) {\n    saveOrganizationList(input: $input) {\n      ...SavedListFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveOrganizationList($input: SaveOrganizationListInput!) {\n    saveOrganizationList(input: $input) {\n      ...SavedListFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BulkResultFields on BulkResult {\n    id\n    summary\n    changed\n    unchanged\n    skipped\n    status\n    done\n    total\n    error\n  }\n',
): (typeof documents)['\n  fragment BulkResultFields on BulkResult {\n    id\n    summary\n    changed\n    unchanged\n    skipped\n    status\n    done\n    total\n    error\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UndoLastBulkAction {\n    undoLastBulkAction {\n      ...BulkResultFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UndoLastBulkAction {\n    undoLastBulkAction {\n      ...BulkResultFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BulkAction($id: ID!) {\n    bulkAction(id: $id) {\n      ...BulkResultFields\n    }\n  }\n',
): (typeof documents)['\n  query BulkAction($id: ID!) {\n    bulkAction(id: $id) {\n      ...BulkResultFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationsList($input: OrganizationsListArgsInput!, $withFacts: Boolean!) {\n    organizationsList(input: $input) {\n      totalCount\n      facts @include(if: $withFacts) {\n        organizationId\n        lastContact\n        members\n      }\n      nodes {\n        id\n        name\n        type\n        issueAreas\n        ledBy\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationsList($input: OrganizationsListArgsInput!, $withFacts: Boolean!) {\n    organizationsList(input: $input) {\n      totalCount\n      facts @include(if: $withFacts) {\n        organizationId\n        lastContact\n        members\n      }\n      nodes {\n        id\n        name\n        type\n        issueAreas\n        ledBy\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BulkEndorsementPipeline($input: BulkEndorsementPipelineInput!) {\n    bulkEndorsementPipeline(input: $input) {\n      ...BulkResultFields\n    }\n  }\n',
): (typeof documents)['\n  mutation BulkEndorsementPipeline($input: BulkEndorsementPipelineInput!) {\n    bulkEndorsementPipeline(input: $input) {\n      ...BulkResultFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Organizations($first: Int!, $after: String, $search: String, $regionId: ID, $type: OrganizationType) {\n    organizations(first: $first, after: $after, search: $search, regionId: $regionId, type: $type) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        type\n        issueAreas\n        ledBy\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Organizations($first: Int!, $after: String, $search: String, $regionId: ID, $type: OrganizationType) {\n    organizations(first: $first, after: $after, search: $search, regionId: $regionId, type: $type) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        type\n        issueAreas\n        ledBy\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrganizationFields on Organization {\n    id\n    name\n    type\n    issueAreas\n    ledBy\n    zip\n    region {\n      id\n      name\n    }\n    address {\n      line\n      city\n      state\n      zip\n    }\n    customFields {\n      ...CustomFieldValues\n    }\n    website\n    notes\n    version\n  }\n',
): (typeof documents)['\n  fragment OrganizationFields on Organization {\n    id\n    name\n    type\n    issueAreas\n    ledBy\n    zip\n    region {\n      id\n      name\n    }\n    address {\n      line\n      city\n      state\n      zip\n    }\n    customFields {\n      ...CustomFieldValues\n    }\n    website\n    notes\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrganizationAffiliations on Organization {\n    id\n    affiliations {\n      kind\n      title\n      since\n      person {\n        id\n        name\n      }\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n',
): (typeof documents)['\n  fragment OrganizationAffiliations on Organization {\n    id\n    affiliations {\n      kind\n      title\n      since\n      person {\n        id\n        name\n      }\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationFields\n      createdAt\n      updatedAt\n      canEdit\n      canDelete\n      ...OrganizationAffiliations\n    }\n  }\n',
): (typeof documents)['\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationFields\n      createdAt\n      updatedAt\n      canEdit\n      canDelete\n      ...OrganizationAffiliations\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationForEdit($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationFields\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationForEdit($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateOrganization($input: OrganizationInput!, $idempotencyKey: String) {\n    createOrganization(input: $input, idempotencyKey: $idempotencyKey) {\n      ...OrganizationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateOrganization($input: OrganizationInput!, $idempotencyKey: String) {\n    createOrganization(input: $input, idempotencyKey: $idempotencyKey) {\n      ...OrganizationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOrganization($id: ID!, $version: Int!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, version: $version, input: $input) {\n      ...OrganizationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOrganization($id: ID!, $version: Int!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, version: $version, input: $input) {\n      ...OrganizationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteOrganization($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteOrganization($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BulkInviteToEvent($input: BulkInviteInput!) {\n    bulkInviteToEvent(input: $input) {\n      ...BulkResultFields\n    }\n  }\n',
): (typeof documents)['\n  mutation BulkInviteToEvent($input: BulkInviteInput!) {\n    bulkInviteToEvent(input: $input) {\n      ...BulkResultFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BulkTurnoutAsk($input: BulkTurnoutAskInput!) {\n    bulkTurnoutAsk(input: $input) {\n      ...BulkResultFields\n    }\n  }\n',
): (typeof documents)['\n  mutation BulkTurnoutAsk($input: BulkTurnoutAskInput!) {\n    bulkTurnoutAsk(input: $input) {\n      ...BulkResultFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExportPeopleList($target: BulkTargetInput!) {\n    exportPeopleList(target: $target) {\n      csv\n      rows\n    }\n  }\n',
): (typeof documents)['\n  mutation ExportPeopleList($target: BulkTargetInput!) {\n    exportPeopleList(target: $target) {\n      csv\n      rows\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PeopleList($input: PeopleListArgsInput!, $withFacts: Boolean!) {\n    peopleList(input: $input) {\n      totalCount\n      facts @include(if: $withFacts) {\n        personId\n        lastContact\n        asks30Days\n        leadershipLevel\n      }\n      nodes {\n        id\n        name\n        emails\n        phones\n        contactHidden\n        zip\n        kinds\n        tags\n        createdAt\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PeopleList($input: PeopleListArgsInput!, $withFacts: Boolean!) {\n    peopleList(input: $input) {\n      totalCount\n      facts @include(if: $withFacts) {\n        personId\n        lastContact\n        asks30Days\n        leadershipLevel\n      }\n      nodes {\n        id\n        name\n        emails\n        phones\n        contactHidden\n        zip\n        kinds\n        tags\n        createdAt\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BulkPeople($input: BulkPeopleInput!) {\n    bulkPeople(input: $input) {\n      ...BulkResultFields\n    }\n  }\n',
): (typeof documents)['\n  mutation BulkPeople($input: BulkPeopleInput!) {\n    bulkPeople(input: $input) {\n      ...BulkResultFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CallSheet($target: BulkTargetInput!) {\n    callSheet(target: $target) {\n      person {\n        id\n        name\n        notes\n      }\n      phone\n      lastContact\n      asks30Days\n    }\n  }\n',
): (typeof documents)['\n  query CallSheet($target: BulkTargetInput!) {\n    callSheet(target: $target) {\n      person {\n        id\n        name\n        notes\n      }\n      phone\n      lastContact\n      asks30Days\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Regions {\n    regions {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query Regions {\n    regions {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PersonFields on Person {\n    id\n    name\n    emails\n    phones\n    contactHidden\n    zip\n    address {\n      line\n      city\n      state\n      zip\n    }\n    customFields {\n      ...CustomFieldValues\n    }\n    region {\n      id\n      name\n    }\n    kinds\n    tags\n    notes\n    version\n    createdAt\n    updatedAt\n    canEdit\n    canDelete\n  }\n',
): (typeof documents)['\n  fragment PersonFields on Person {\n    id\n    name\n    emails\n    phones\n    contactHidden\n    zip\n    address {\n      line\n      city\n      state\n      zip\n    }\n    customFields {\n      ...CustomFieldValues\n    }\n    region {\n      id\n      name\n    }\n    kinds\n    tags\n    notes\n    version\n    createdAt\n    updatedAt\n    canEdit\n    canDelete\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PersonTies on Person {\n    id\n    ties {\n      strength\n      context\n      since\n      until\n      lastContact\n      interactionCount\n      person {\n        id\n        name\n      }\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n',
): (typeof documents)['\n  fragment PersonTies on Person {\n    id\n    ties {\n      strength\n      context\n      since\n      until\n      lastContact\n      interactionCount\n      person {\n        id\n        name\n      }\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PersonAffiliations on Person {\n    id\n    affiliations {\n      kind\n      title\n      since\n      until\n      organization {\n        id\n        name\n      }\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n',
): (typeof documents)['\n  fragment PersonAffiliations on Person {\n    id\n    affiliations {\n      kind\n      title\n      since\n      until\n      organization {\n        id\n        name\n      }\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n      ...PersonTies\n      ...PersonAffiliations\n      assignees {\n        id\n        displayName\n        email\n      }\n      history(limit: 20) {\n        ...ChangeFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n      ...PersonTies\n      ...PersonAffiliations\n      assignees {\n        id\n        displayName\n        email\n      }\n      history(limit: 20) {\n        ...ChangeFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonForEdit($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n    }\n  }\n',
): (typeof documents)['\n  query PersonForEdit($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePerson($input: PersonInput!, $idempotencyKey: String) {\n    createPerson(input: $input, idempotencyKey: $idempotencyKey) {\n      ...PersonFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePerson($input: PersonInput!, $idempotencyKey: String) {\n    createPerson(input: $input, idempotencyKey: $idempotencyKey) {\n      ...PersonFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePerson($id: ID!, $version: Int!, $input: PersonInput!) {\n    updatePerson(id: $id, version: $version, input: $input) {\n      ...PersonFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePerson($id: ID!, $version: Int!, $input: PersonInput!) {\n    updatePerson(id: $id, version: $version, input: $input) {\n      ...PersonFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeletePerson($id: ID!) {\n    deletePerson(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeletePerson($id: ID!) {\n    deletePerson(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetTie($input: TieInput!) {\n    setTie(input: $input) {\n      strength\n    }\n  }\n',
): (typeof documents)['\n  mutation SetTie($input: TieInput!) {\n    setTie(input: $input) {\n      strength\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveTie($personId: ID!, $otherPersonId: ID!) {\n    removeTie(personId: $personId, otherPersonId: $otherPersonId) {\n      person {\n        ...PersonTies\n      }\n      otherPerson {\n        ...PersonTies\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveTie($personId: ID!, $otherPersonId: ID!) {\n    removeTie(personId: $personId, otherPersonId: $otherPersonId) {\n      person {\n        ...PersonTies\n      }\n      otherPerson {\n        ...PersonTies\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddAffiliation($input: AffiliationInput!) {\n    addAffiliation(input: $input) {\n      kind\n    }\n  }\n',
): (typeof documents)['\n  mutation AddAffiliation($input: AffiliationInput!) {\n    addAffiliation(input: $input) {\n      kind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveAffiliation($personId: ID!, $organizationId: ID!, $kind: AffiliationKind!) {\n    removeAffiliation(personId: $personId, organizationId: $organizationId, kind: $kind) {\n      person {\n        ...PersonAffiliations\n      }\n      organization {\n        ...OrganizationAffiliations\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveAffiliation($personId: ID!, $organizationId: ID!, $kind: AffiliationKind!) {\n    removeAffiliation(personId: $personId, organizationId: $organizationId, kind: $kind) {\n      person {\n        ...PersonAffiliations\n      }\n      organization {\n        ...OrganizationAffiliations\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Connectors {\n    accounts(role: CONNECTOR) {\n      id\n      displayName\n      email\n      disabled\n    }\n  }\n',
): (typeof documents)['\n  query Connectors {\n    accounts(role: CONNECTOR) {\n      id\n      displayName\n      email\n      disabled\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AssigneesResult on Person {\n    id\n    assignees {\n      id\n      displayName\n      email\n    }\n    contactHidden\n    emails\n    phones\n  }\n',
): (typeof documents)['\n  fragment AssigneesResult on Person {\n    id\n    assignees {\n      id\n      displayName\n      email\n    }\n    contactHidden\n    emails\n    phones\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignPerson($personId: ID!, $accountId: ID!) {\n    assignPerson(personId: $personId, accountId: $accountId) {\n      ...AssigneesResult\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignPerson($personId: ID!, $accountId: ID!) {\n    assignPerson(personId: $personId, accountId: $accountId) {\n      ...AssigneesResult\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnassignPerson($personId: ID!, $accountId: ID!) {\n    unassignPerson(personId: $personId, accountId: $accountId) {\n      ...AssigneesResult\n    }\n  }\n',
): (typeof documents)['\n  mutation UnassignPerson($personId: ID!, $accountId: ID!) {\n    unassignPerson(personId: $personId, accountId: $accountId) {\n      ...AssigneesResult\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PeopleSearch($search: String!) {\n    people(first: 8, search: $search) {\n      nodes {\n        id\n        name\n        zip\n        createdAt\n        region {\n          id\n          name\n        }\n        affiliations {\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PeopleSearch($search: String!) {\n    people(first: 8, search: $search) {\n      nodes {\n        id\n        name\n        zip\n        createdAt\n        region {\n          id\n          name\n        }\n        affiliations {\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationsSearch($search: String!) {\n    organizations(first: 8, search: $search) {\n      nodes {\n        id\n        name\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationsSearch($search: String!) {\n    organizations(first: 8, search: $search) {\n      nodes {\n        id\n        name\n        zip\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PowerMapNodeFields on ReachNode {\n    id\n    kind\n    name\n    regionName\n    hidden\n  }\n  fragment PowerMapFields on PowerMap {\n    campaign {\n      id\n      name\n    }\n    target {\n      ...PowerMapNodeFields\n    }\n    leftOff\n    canEdit\n    records {\n      record {\n        ...PowerMapNodeFields\n      }\n      stance\n      stanceSource\n      stanceWhy\n      influence\n      influenceSource\n      influenceWhy\n      placed\n      recordedInfluence\n      influenceNote\n      warmestPath {\n        score\n        hops\n        messenger {\n          ...PowerMapNodeFields\n        }\n        nodes {\n          ...PowerMapNodeFields\n        }\n        links {\n          kind\n          strength\n          lastContact\n          context\n          since\n        }\n      }\n      openAsk {\n        id\n        status\n        nextStep\n        askerName\n      }\n      assigned\n    }\n  }\n',
): (typeof documents)['\n  fragment PowerMapNodeFields on ReachNode {\n    id\n    kind\n    name\n    regionName\n    hidden\n  }\n  fragment PowerMapFields on PowerMap {\n    campaign {\n      id\n      name\n    }\n    target {\n      ...PowerMapNodeFields\n    }\n    leftOff\n    canEdit\n    records {\n      record {\n        ...PowerMapNodeFields\n      }\n      stance\n      stanceSource\n      stanceWhy\n      influence\n      influenceSource\n      influenceWhy\n      placed\n      recordedInfluence\n      influenceNote\n      warmestPath {\n        score\n        hops\n        messenger {\n          ...PowerMapNodeFields\n        }\n        nodes {\n          ...PowerMapNodeFields\n        }\n        links {\n          kind\n          strength\n          lastContact\n          context\n          since\n        }\n      }\n      openAsk {\n        id\n        status\n        nextStep\n        askerName\n      }\n      assigned\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PowerMap($campaignId: ID!) {\n    powerMap(campaignId: $campaignId) {\n      ...PowerMapFields\n    }\n  }\n',
): (typeof documents)['\n  query PowerMap($campaignId: ID!) {\n    powerMap(campaignId: $campaignId) {\n      ...PowerMapFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlaceOnPowerMap($campaignId: ID!, $recordId: ID!, $stance: Int, $influence: Int) {\n    placeOnPowerMap(campaignId: $campaignId, recordId: $recordId, stance: $stance, influence: $influence) {\n      ...PowerMapFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PlaceOnPowerMap($campaignId: ID!, $recordId: ID!, $stance: Int, $influence: Int) {\n    placeOnPowerMap(campaignId: $campaignId, recordId: $recordId, stance: $stance, influence: $influence) {\n      ...PowerMapFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetInfluence($input: InfluenceInput!) {\n    setInfluence(input: $input) {\n      fromId\n      personId\n      strength\n      note\n    }\n  }\n',
): (typeof documents)['\n  mutation SetInfluence($input: InfluenceInput!) {\n    setInfluence(input: $input) {\n      fromId\n      personId\n      strength\n      note\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveInfluence($fromId: ID!, $personId: ID!, $campaignId: ID!) {\n    removeInfluence(fromId: $fromId, personId: $personId, campaignId: $campaignId) {\n      powerMap {\n        ...PowerMapFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveInfluence($fromId: ID!, $personId: ID!, $campaignId: ID!) {\n    removeInfluence(fromId: $fromId, personId: $personId, campaignId: $campaignId) {\n      powerMap {\n        ...PowerMapFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ConnectionChain on ReachPath {\n    score\n    hops\n    nodes {\n      id\n      kind\n      name\n      regionName\n      hidden\n    }\n    links {\n      kind\n      strength\n      lastContact\n    }\n  }\n',
): (typeof documents)['\n  fragment ConnectionChain on ReachPath {\n    score\n    hops\n    nodes {\n      id\n      kind\n      name\n      regionName\n      hidden\n    }\n    links {\n      kind\n      strength\n      lastContact\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Connection($fromId: ID!, $toId: ID!) {\n    connection(fromId: $fromId, toId: $toId) {\n      from {\n        id\n        name\n      }\n      to {\n        id\n        name\n      }\n      strongest {\n        ...ConnectionChain\n      }\n      shortest {\n        ...ConnectionChain\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Connection($fromId: ID!, $toId: ID!) {\n    connection(fromId: $fromId, toId: $toId) {\n      from {\n        id\n        name\n      }\n      to {\n        id\n        name\n      }\n      strongest {\n        ...ConnectionChain\n      }\n      shortest {\n        ...ConnectionChain\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReachNodeFields on ReachNode {\n    id\n    kind\n    name\n    regionName\n    hidden\n  }\n',
): (typeof documents)['\n  fragment ReachNodeFields on ReachNode {\n    id\n    kind\n    name\n    regionName\n    hidden\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Reach($targetPersonId: ID, $targetOrganizationId: ID, $from: ReachFrom!, $teamId: ID, $regionId: ID, $limit: Int) {\n    reach(targetPersonId: $targetPersonId, targetOrganizationId: $targetOrganizationId, from: $from, teamId: $teamId, regionId: $regionId, limit: $limit) {\n      target {\n        ...ReachNodeFields\n      }\n      startingMembers\n      paths {\n        score\n        hops\n        messenger {\n          ...ReachNodeFields\n        }\n        nodes {\n          ...ReachNodeFields\n        }\n        links {\n          kind\n          strength\n          lastContact\n          context\n          since\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Reach($targetPersonId: ID, $targetOrganizationId: ID, $from: ReachFrom!, $teamId: ID, $regionId: ID, $limit: Int) {\n    reach(targetPersonId: $targetPersonId, targetOrganizationId: $targetOrganizationId, from: $from, teamId: $teamId, regionId: $regionId, limit: $limit) {\n      target {\n        ...ReachNodeFields\n      }\n      startingMembers\n      paths {\n        score\n        hops\n        messenger {\n          ...ReachNodeFields\n        }\n        nodes {\n          ...ReachNodeFields\n        }\n        links {\n          kind\n          strength\n          lastContact\n          context\n          since\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateRegion($input: CreateRegionInput!, $idempotencyKey: String) {\n    createRegion(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateRegion($input: CreateRegionInput!, $idempotencyKey: String) {\n    createRegion(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReminderFields on MyReminders {\n    due\n    overdue\n    digestEmails\n    digestAvailable\n  }\n',
): (typeof documents)['\n  fragment ReminderFields on MyReminders {\n    due\n    overdue\n    digestEmails\n    digestAvailable\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyReminders {\n    myReminders {\n      ...ReminderFields\n    }\n  }\n',
): (typeof documents)['\n  query MyReminders {\n    myReminders {\n      ...ReminderFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetDigestEmails($on: Boolean!) {\n    setDigestEmails(on: $on) {\n      ...ReminderFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetDigestEmails($on: Boolean!) {\n    setDigestEmails(on: $on) {\n      ...ReminderFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonRoles($id: ID!) {\n    person(id: $id) {\n      id\n      roles {\n        id\n        role\n        active\n        startDate\n        endDate\n        targetId\n        targetType\n        targetName\n        forOrganization {\n          id\n          name\n        }\n      }\n      teams {\n        id\n        name\n        kind\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonRoles($id: ID!) {\n    person(id: $id) {\n      id\n      roles {\n        id\n        role\n        active\n        startDate\n        endDate\n        targetId\n        targetType\n        targetName\n        forOrganization {\n          id\n          name\n        }\n      }\n      teams {\n        id\n        name\n        kind\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CampaignRoleBoard on Campaign {\n    id\n    name\n    partners {\n      id\n      name\n    }\n    roleBoard {\n      slots {\n        role\n        hasBackup\n        holders {\n          ...RoleFields\n        }\n      }\n      gaps\n      partnersWithoutConnector {\n        id\n        name\n      }\n    }\n    roles {\n      ...RoleFields\n    }\n  }\n',
): (typeof documents)['\n  fragment CampaignRoleBoard on Campaign {\n    id\n    name\n    partners {\n      id\n      name\n    }\n    roleBoard {\n      slots {\n        role\n        hasBackup\n        holders {\n          ...RoleFields\n        }\n      }\n      gaps\n      partnersWithoutConnector {\n        id\n        name\n      }\n    }\n    roles {\n      ...RoleFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RoleFields on RoleAssignment {\n    id\n    role\n    active\n    startDate\n    endDate\n    person {\n      id\n      name\n    }\n    forOrganization {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment RoleFields on RoleAssignment {\n    id\n    role\n    active\n    startDate\n    endDate\n    person {\n      id\n      name\n    }\n    forOrganization {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...RoleFields\n      # Held on a campaign or a team: its page's roles as they are now, so the cache updates the page.\n      campaign {\n        ...CampaignRoleBoard\n      }\n      team {\n        ...TeamRoles\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...RoleFields\n      # Held on a campaign or a team: its page's roles as they are now, so the cache updates the page.\n      campaign {\n        ...CampaignRoleBoard\n      }\n      team {\n        ...TeamRoles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation EndRole($id: ID!, $endDate: String!) {\n    endRole(id: $id, endDate: $endDate) {\n      ...RoleFields\n      # Held on a campaign or a team: its page's roles as they are now, so the cache updates the page.\n      campaign {\n        ...CampaignRoleBoard\n      }\n      team {\n        ...TeamRoles\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation EndRole($id: ID!, $endDate: String!) {\n    endRole(id: $id, endDate: $endDate) {\n      ...RoleFields\n      # Held on a campaign or a team: its page's roles as they are now, so the cache updates the page.\n      campaign {\n        ...CampaignRoleBoard\n      }\n      team {\n        ...TeamRoles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveRole($id: ID!) {\n    removeRole(id: $id) {\n      removedId\n      campaign {\n        ...CampaignRoleBoard\n      }\n      team {\n        ...TeamRoles\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveRole($id: ID!) {\n    removeRole(id: $id) {\n      removedId\n      campaign {\n        ...CampaignRoleBoard\n      }\n      team {\n        ...TeamRoles\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetEventRsvpPage($id: ID!, $on: Boolean!) {\n    setEventRsvpPage(id: $id, on: $on) {\n      id\n      rsvpPage {\n        on\n        token\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetEventRsvpPage($id: ID!, $on: Boolean!) {\n    setEventRsvpPage(id: $id, on: $on) {\n      id\n      rsvpPage {\n        on\n        token\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Teams($kind: TeamKind, $regionId: ID) {\n    teams(kind: $kind, regionId: $regionId) {\n      id\n      name\n      kind\n      region {\n        id\n        name\n      }\n      members {\n        person {\n          id\n        }\n      }\n      roles {\n        id\n        role\n        active\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Teams($kind: TeamKind, $regionId: ID) {\n    teams(kind: $kind, regionId: $regionId) {\n      id\n      name\n      kind\n      region {\n        id\n        name\n      }\n      members {\n        person {\n          id\n        }\n      }\n      roles {\n        id\n        role\n        active\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeamFields on Team {\n    id\n    name\n    kind\n    notes\n    version\n    region {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment TeamFields on Team {\n    id\n    name\n    kind\n    notes\n    version\n    region {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeamMembers on Team {\n    id\n    members {\n      since\n      person {\n        id\n        name\n      }\n    }\n    progress(months: $months) {\n      month\n      houseMeetings\n      oneToOnes\n      researchActions\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n',
): (typeof documents)['\n  fragment TeamMembers on Team {\n    id\n    members {\n      since\n      person {\n        id\n        name\n      }\n    }\n    progress(months: $months) {\n      month\n      houseMeetings\n      oneToOnes\n      researchActions\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeamRoles on Team {\n    id\n    roles {\n      ...RoleFields\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n',
): (typeof documents)['\n  fragment TeamRoles on Team {\n    id\n    roles {\n      ...RoleFields\n    }\n    history(limit: 20) {\n      ...ChangeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Team($id: ID!, $months: Int!) {\n    team(id: $id) {\n      ...TeamFields\n      canEdit\n      canDelete\n      createdAt\n      ...TeamMembers\n      ...TeamRoles\n    }\n  }\n',
): (typeof documents)['\n  query Team($id: ID!, $months: Int!) {\n    team(id: $id) {\n      ...TeamFields\n      canEdit\n      canDelete\n      createdAt\n      ...TeamMembers\n      ...TeamRoles\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeamForEdit($id: ID!) {\n    team(id: $id) {\n      ...TeamFields\n    }\n  }\n',
): (typeof documents)['\n  query TeamForEdit($id: ID!) {\n    team(id: $id) {\n      ...TeamFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTeam($input: TeamInput!, $idempotencyKey: String) {\n    createTeam(input: $input, idempotencyKey: $idempotencyKey) {\n      ...TeamFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateTeam($input: TeamInput!, $idempotencyKey: String) {\n    createTeam(input: $input, idempotencyKey: $idempotencyKey) {\n      ...TeamFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTeam($id: ID!, $version: Int!, $input: TeamInput!) {\n    updateTeam(id: $id, version: $version, input: $input) {\n      ...TeamFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateTeam($id: ID!, $version: Int!, $input: TeamInput!) {\n    updateTeam(id: $id, version: $version, input: $input) {\n      ...TeamFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddTeamMember($teamId: ID!, $personId: ID!, $since: String, $months: Int!) {\n    addTeamMember(teamId: $teamId, personId: $personId, since: $since) {\n      team {\n        ...TeamMembers\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddTeamMember($teamId: ID!, $personId: ID!, $since: String, $months: Int!) {\n    addTeamMember(teamId: $teamId, personId: $personId, since: $since) {\n      team {\n        ...TeamMembers\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveTeamMember($teamId: ID!, $personId: ID!, $months: Int!) {\n    removeTeamMember(teamId: $teamId, personId: $personId) {\n      team {\n        ...TeamMembers\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveTeamMember($teamId: ID!, $personId: ID!, $months: Int!) {\n    removeTeamMember(teamId: $teamId, personId: $personId) {\n      team {\n        ...TeamMembers\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
