import { z } from 'zod';
import { Id } from '../../domain/common.schema';
import {
  DepartmentList,
  DepartmentView,
  listDepartments,
  readDepartment,
} from '../../use-cases/departments/departments';
import { EVERYONE, route } from '../routing/route';
import { useCaseContext } from './use-case-context';

const ById = z.object({ id: Id });

/** 职能部门: who takes dispatched requests (部门接单) and answers a whistle (吹哨报到). */
export const departmentRoutes = [
  route({
    method: 'get',
    path: '/departments',
    tag: 'departments',
    summary: 'List departments (职能部门) with their remit, staff and load',
    description:
      'By name, at most 500. A region-scoped key sees the departments of its region and those serving no region in particular. Load: open requests a department was called to and has not closed (销号).',
    allow: EVERYONE,
    response: DepartmentList,
    handle: async (input) => listDepartments(useCaseContext(input)),
  }),

  route({
    method: 'get',
    path: '/departments/:id',
    tag: 'departments',
    summary: 'Read a department, with its staff and load',
    allow: EVERYONE,
    params: ById,
    response: DepartmentView,
    handle: async (input) => readDepartment(useCaseContext(input), input.params.id),
  }),
];
