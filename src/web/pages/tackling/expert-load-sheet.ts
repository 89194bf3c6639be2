import type { AssignedProblem } from '../../api/types';
import { joined, type Sheet } from '../../components/export-sheet';

/** One expert's load and what the latest global assignment gives them: seats, and problems they stand by for. */
export interface ExpertLoad {
  personId: string;
  name: string;
  load?: number | undefined;
  maxLoad?: number | undefined;
  /** Problems this run seats them on. */
  problems: string[];
  /** Problems they are an alternate for. */
  alternateFor: string[];
}

/** Every expert the assignment names (seated or alternate) once, with their load; most loaded first. */
export function expertLoadsOf(problems: readonly AssignedProblem[]): ExpertLoad[] {
  const byPerson = new Map<string, ExpertLoad>();
  const entry = (seat: AssignedProblem['assigned'][number]): ExpertLoad => {
    let found = byPerson.get(seat.personId);
    if (!found) {
      found = {
        personId: seat.personId,
        name: seat.name,
        load: seat.load,
        maxLoad: seat.maxLoad,
        problems: [],
        alternateFor: [],
      };
      byPerson.set(seat.personId, found);
    }
    found.load ??= seat.load;
    found.maxLoad ??= seat.maxLoad;
    return found;
  };
  for (const p of problems) {
    for (const seat of p.assigned) entry(seat).problems.push(p.title);
    for (const seat of p.alternates) entry(seat).alternateFor.push(p.title);
  }
  return [...byPerson.values()].sort(
    (a, b) =>
      (b.load ?? 0) - (a.load ?? 0) || b.problems.length - a.problems.length || a.name.localeCompare(b.name, 'zh'),
  );
}

/** 已满 when the load reaches the maximum, 可承接 below it, empty when the load is not known. */
export function loadState(e: Pick<ExpertLoad, 'load' | 'maxLoad'>): string {
  if (e.load === undefined || e.maxLoad === undefined) return '';
  return e.load >= e.maxLoad ? '已满' : '可承接';
}

/**
 * Experts' loads as a sheet (专家负荷): current load against the maximum, the problems the
 * latest global assignment seats them on and those they stand by for. `where` names the list
 * (an expert's name when it is theirs alone).
 */
export function expertLoadsSheet(loads: readonly ExpertLoad[], where: readonly string[] = []): Sheet<ExpertLoad> {
  return {
    what: '专家负荷',
    where,
    rows: loads,
    columns: [
      { header: '序号', width: 6, cell: (_, i) => i + 1 },
      { header: '专家', width: 16, cell: (e) => e.name },
      { header: '专家编号', width: 20, cell: (e) => e.personId },
      { header: '当前负荷', width: 10, cell: (e) => e.load },
      { header: '负荷上限', width: 10, cell: (e) => e.maxLoad },
      { header: '状态', width: 10, cell: (e) => loadState(e) },
      { header: '本次分配的难题数', width: 14, cell: (e) => e.problems.length },
      { header: '本次分配的难题', width: 48, cell: (e) => joined(e.problems) },
      { header: '备选的难题', width: 48, cell: (e) => joined(e.alternateFor) },
    ],
  };
}
