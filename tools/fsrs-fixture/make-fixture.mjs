// Runs the reference FSRS-6 implementation (ts-fsrs) on fixed review sequences and writes
// the results as JSON for tests/practice/tst_fsrsscheduler.cpp. Fuzz is off and the
// long-term scheduler is used (no minute-level learning steps), as in SecondRound.
//   npm ci && npm run fixture
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fsrs, createEmptyCard, generatorParameters, default_w, Rating, FSRSVersion, forgetting_curve } from 'ts-fsrs';

const here = dirname(fileURLToPath(import.meta.url));
const target = resolve(here, '../../tests/practice/fixtures/fsrs_reference.json');

const day = 24 * 60 * 60 * 1000;
const start = Date.UTC(2026, 0, 5, 9, 0, 0);

// Each sequence: desired retention and a list of [days after start (fractional allowed), rating].
const sequences = [
  { name: 'good every time it falls due', retention: 0.9, follow: 'due', ratings: [3, 3, 3, 3, 3, 3, 3, 3] },
  { name: 'easy every time it falls due', retention: 0.9, follow: 'due', ratings: [4, 4, 4, 4, 4, 4] },
  { name: 'hard every time it falls due', retention: 0.9, follow: 'due', ratings: [2, 2, 2, 2, 2, 2, 2] },
  { name: 'again first, then good', retention: 0.9, follow: 'due', ratings: [1, 3, 3, 3, 3, 3] },
  { name: 'mixed with lapses', retention: 0.9, follow: 'due', ratings: [3, 3, 1, 3, 4, 2, 1, 3, 3, 4] },
  { name: 'fixed days, reviewed late and early', retention: 0.9,
    steps: [[0, 3], [1, 3], [1.2, 3], [2, 2], [9, 3], [40, 1], [41, 3], [45, 4], [200, 3], [201, 1]] },
  { name: 'same day repeats', retention: 0.9,
    steps: [[0, 1], [0.01, 1], [0.02, 3], [0.5, 4], [3, 3], [3.1, 1]] },
  { name: 'low retention 0.80', retention: 0.8, follow: 'due', ratings: [3, 3, 2, 3, 1, 3, 4] },
  { name: 'high retention 0.97', retention: 0.97, follow: 'due', ratings: [3, 3, 2, 3, 1, 3, 4] },
  { name: 'retention 0.85 fixed days', retention: 0.85,
    steps: [[0, 4], [10, 3], [11, 1], [30, 2], [31, 3], [100, 3]] },
  { name: 'first rating hard', retention: 0.93, follow: 'due', ratings: [2, 3, 3, 1, 1, 3] },
];

const out = {
  generator: `ts-fsrs ${FSRSVersion}`,
  weights: Array.from(default_w),
  enable_fuzz: false,
  enable_short_term: false,
  maximum_interval: 36500,
  start: new Date(start).toISOString(),
  forgetting_curve: [],
  sequences: [],
};

for (const s of [0.1, 1, 2.3065, 10, 100]) {
  for (const t of [0, 1, 3, 30, 365]) {
    out.forgetting_curve.push({ stability: s, elapsed_days: t, retrievability: forgetting_curve(default_w, t, s) });
  }
}

for (const seq of sequences) {
  const f = fsrs(generatorParameters({ request_retention: seq.retention, enable_fuzz: false, enable_short_term: false }));
  let card = createEmptyCard(new Date(start));
  const reviews = [];
  const plan = seq.steps ?? seq.ratings.map((r) => [null, r]);
  for (const [offset, rating] of plan) {
    const at = offset === null ? (reviews.length === 0 ? new Date(start) : card.due) : new Date(start + offset * day);
    const { card: next } = f.next(card, at, rating);
    reviews.push({
      at: at.toISOString(),
      rating,
      stability: next.stability,
      difficulty: next.difficulty,
      scheduled_days: next.scheduled_days,
      due: next.due.toISOString(),
      lapses: next.lapses,
      reps: next.reps,
    });
    card = next;
  }
  out.sequences.push({ name: seq.name, retention: seq.retention, reviews });
}

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
console.log(`wrote ${out.sequences.length} sequences to ${target}`);
