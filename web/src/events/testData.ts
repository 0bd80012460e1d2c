import { gate, region } from '../campaigns/testData';

/** An event as the Event query returns it, for a campaign with the given status. */
export function event(campaignStatus = 'MOBILIZING') {
  return {
    __typename: 'Event',
    id: 'e1',
    name: 'Budget hearing turnout',
    date: '2026-03-12',
    location: 'City Hall',
    zip: '60602',
    notes: null,
    version: 1,
    region,
    campaign: {
      __typename: 'Campaign',
      id: 'c1',
      name: 'Counselors, not cuts',
      status: campaignStatus,
      mobilizationGate: gate(campaignStatus === 'MOBILIZING' ? [] : ['RST_APPROVED']),
    },
    rsvps: [],
    rsvpPage: { __typename: 'RsvpPage', on: false, token: null },
    attendance: [],
    turnoutAsks: [],
    history: [],
  };
}

/** The event as an RSVP, attendance or turnout ask write answers with it (its EventTurnout fields). */
export function turnout(payload: string, lists: Partial<Record<'rsvps' | 'attendance' | 'turnoutAsks' | 'history', unknown[]>> = {}) {
  return { __typename: payload, event: { __typename: 'Event', id: 'e1', rsvps: [], attendance: [], turnoutAsks: [], history: [], ...lists } };
}
