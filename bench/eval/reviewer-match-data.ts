import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleInput } from '../../src/ingest/bundle.schema';
import type { RatedPaper } from './kendall-loss';

/**
 * The reviewer-match development half (../shared/eval-data/reviewer-match, README there) as a
 * redchain bundle: each expert a Person known only by Work nodes (no skills, no bio), each
 * submission a published Problem, plus each expert's ratings of the papers in the submissions.
 */
export interface ReviewerMatch {
  bundle: BundleInput;
  /** Person id → rated submissions (only papers among the submissions count, as in the data set's metric). */
  ratings: Map<string, RatedPaper[]>;
}

export const personIdOf = (participant: string) => `expert-${participant}`;

interface Paper {
  id: string;
  content: { title?: string | null; abstract?: string | null; year?: number | null };
}

export function loadReviewerMatch(dir: string): ReviewerMatch {
  if (!existsSync(join(dir, 'evaluations.tsv'))) throw new Error(`no reviewer-match data at ${dir}`);
  const submissions = Object.values(
    JSON.parse(readFileSync(join(dir, 'submissions.json'), 'utf8')) as Record<string, Paper>,
  );
  const problems = submissions.map((paper) => ({
    id: paper.id,
    title: nameOf(paper),
    description: (paper.content.abstract ?? '').slice(0, 20_000),
  }));
  const people: NonNullable<BundleInput['people']> = [];
  const works = new Map<string, NonNullable<BundleInput['works']>[number]>();
  for (const file of readdirSync(join(dir, 'archives'))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const personId = personIdOf(file.replace(/\.jsonl$/u, ''));
    people.push({ id: personId, name: personId });
    for (const line of readFileSync(join(dir, 'archives', file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const paper = JSON.parse(line) as Paper;
      // a paper of two experts is one Work with both authors
      const known = works.get(paper.id);
      if (known) {
        known.authorIds = [...(known.authorIds ?? []), personId];
        continue;
      }
      works.set(paper.id, {
        id: paper.id,
        kind: 'paper',
        title: nameOf(paper),
        abstract: (paper.content.abstract ?? '').slice(0, 20_000),
        ...(typeof paper.content.year === 'number' ? { year: paper.content.year } : {}),
        authorIds: [personId],
      });
    }
  }
  const inSubmissions = new Set(problems.map((p) => p.id));
  const ratings = new Map<string, RatedPaper[]>();
  const [header, ...rows] = readFileSync(join(dir, 'evaluations.tsv'), 'utf8').split('\n');
  const columns = (header ?? '').split('\t');
  for (const row of rows) {
    if (row.trim() === '') continue;
    const cells = row.split('\t');
    const cell = (name: string) => (cells[columns.indexOf(name)] ?? '').trim();
    const rated: RatedPaper[] = [];
    for (let i = 1; i <= 10; i++) {
      const paperId = cell(`Paper${i}`);
      const expertise = Number(cell(`Expertise${i}`));
      if (paperId !== '' && inSubmissions.has(paperId) && cell(`Expertise${i}`) !== '')
        rated.push({ paperId, expertise });
    }
    ratings.set(personIdOf(cell('ParticipantID')), rated);
  }
  return {
    bundle: { format: 'redchain-bundle/1', people, works: [...works.values()], problems },
    ratings,
  };
}

function nameOf(paper: Paper): string {
  return (paper.content.title ?? '').trim().slice(0, 200) || paper.id;
}
