import * as z from 'zod';
import { Period, SourceRef, Text } from './common.js';

/**
 * How far a project has gone: only planned (envisagé, prévu), under way (en cours) or done
 * (réalisé). A planned project must never read as an achievement.
 */
export const ProjectStatus = z.enum(['planned', 'in-progress', 'done']);
/** How far a project has gone. */
export type ProjectStatus = z.infer<typeof ProjectStatus>;

/** A project carried by a working group, with how far it has gone according to a source. */
export const Project = z.strictObject({
  title: Text,
  status: ProjectStatus,
  /** When it reached that status, where a source says so. */
  since: Period.optional(),
  /** What the sources say of its progress, and where they disagree. */
  note: Text.optional(),
  source: SourceRef,
});
/** A project carried by a working group. */
export type Project = z.infer<typeof Project>;
