import type { DatedMeeting } from './dataset.js';

/**
 * A dataset's meetings by id. A dataset derived from another by `withMeetings` shares its map and
 * keeps only the meetings that changed since, so an edit does not copy every meeting's entry; the
 * changes are folded into a new map once they outgrow the square root of the meetings. It
 * iterates in the dataset's meeting order, as a map built from the sorted meetings does.
 */
export class MeetingsById implements ReadonlyMap<string, DatedMeeting> {
  readonly #root: ReadonlyMap<string, DatedMeeting>;
  /** A meeting changed since `#root`, or `undefined` once removed. */
  readonly #changes: ReadonlyMap<string, DatedMeeting | undefined>;
  readonly #sorted: readonly DatedMeeting[];

  private constructor(
    root: ReadonlyMap<string, DatedMeeting>,
    changes: ReadonlyMap<string, DatedMeeting | undefined>,
    sorted: readonly DatedMeeting[],
  ) {
    this.#root = root;
    this.#changes = changes;
    this.#sorted = sorted;
  }

  /**
   * Indexes meetings by id.
   *
   * @param sorted - The dataset's meetings, sorted, their ids unique.
   * @returns The index.
   */
  static of(sorted: readonly DatedMeeting[]): MeetingsById {
    const root = new Map<string, DatedMeeting>();
    for (const meeting of sorted) root.set(meeting.id, meeting);
    return new MeetingsById(root, new Map(), sorted);
  }

  /**
   * This index with some meetings changed; this one is left as it is.
   *
   * @param changes - Each changed id with its meeting now, or `undefined` once removed.
   * @param sorted - Every meeting now, sorted.
   * @returns The new index.
   */
  with(
    changes: ReadonlyMap<string, DatedMeeting | undefined>,
    sorted: readonly DatedMeeting[],
  ): MeetingsById {
    const merged = new Map(this.#changes);
    for (const [id, meeting] of changes) merged.set(id, meeting);
    if (merged.size > Math.max(64, Math.sqrt(sorted.length))) return MeetingsById.of(sorted);
    return new MeetingsById(this.#root, merged, sorted);
  }

  get(id: string): DatedMeeting | undefined {
    return this.#changes.has(id) ? this.#changes.get(id) : this.#root.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  get size(): number {
    return this.#sorted.length;
  }

  forEach(
    callback: (meeting: DatedMeeting, id: string, map: ReadonlyMap<string, DatedMeeting>) => void,
    thisArg?: unknown,
  ): void {
    for (const meeting of this.#sorted) callback.call(thisArg, meeting, meeting.id, this);
  }

  *entries(): MapIterator<[string, DatedMeeting]> {
    for (const meeting of this.#sorted) yield [meeting.id, meeting];
  }

  *keys(): MapIterator<string> {
    for (const meeting of this.#sorted) yield meeting.id;
  }

  *values(): MapIterator<DatedMeeting> {
    yield* this.#sorted;
  }

  [Symbol.iterator](): MapIterator<[string, DatedMeeting]> {
    return this.entries();
  }
}
