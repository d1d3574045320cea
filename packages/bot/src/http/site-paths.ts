/** The paths of a PTCE's site, under its prefix (`''` or `/auton-hommes`). */
export const sitePaths = {
  home: (prefix: string) => `${prefix}/`,
  homeFiltered: (prefix: string, target: string) => `${prefix}/?instance=${encodeURIComponent(target)}`,
  meeting: (prefix: string, id: string) => `${prefix}/reunions/${encodeURIComponent(id)}`,
  meetingIcs: (prefix: string, id: string) => `${prefix}/reunions/${encodeURIComponent(id)}.ics`,
  body: (prefix: string, id: string) => `${prefix}/instances/${encodeURIComponent(id)}`,
  group: (prefix: string, id: string) => `${prefix}/groupes/${encodeURIComponent(id)}`,
  minutes: (prefix: string) => `${prefix}/comptes-rendus`,
  subscribe: (prefix: string) => `${prefix}/s-abonner`,
  widget: (prefix: string) => `${prefix}/widget`,
  style: (prefix: string) => `${prefix}/style.css`,
  feed: (prefix: string) => `${prefix}/calendar.ics`,
  targetFeed: (prefix: string, id: string) => `${prefix}/calendar/${encodeURIComponent(id)}.ics`,
} as const;
