/**
 * The largest data file read by default: a PTCE's file is about 100 kB, and a 50 MB one took 3.2 s
 * and 630 MB of memory to parse. `ptce validate --max-size` raises it.
 */
export const DEFAULT_MAX_DATA_BYTES = 1_000_000;
