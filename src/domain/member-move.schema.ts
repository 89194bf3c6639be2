import { z } from 'zod';
import { IsoDate, NodeBase, Source, Text } from './common.schema';
import { labelled } from './labelled';

/**
 * 流出 / 返回 / 转接: a member leaving for work elsewhere while keeping their membership (外出流动),
 * coming back, or having the membership itself transferred (组织关系转接).
 */
export const MemberMoveKinds = labelled(
  ['outflow', 'return', 'transfer'],
  { outflow: '外出流动', return: '返回', transfer: '组织关系转接' },
  { outflow: 'outflow', return: 'return', transfer: 'transfer' },
  { 流出: 'outflow', 外出: 'outflow', 流入: 'outflow', 回流: 'return', 转接: 'transfer', 转移: 'transfer' },
);
export const MemberMoveKind = MemberMoveKinds.schema;
export type MemberMoveKind = z.infer<typeof MemberMoveKind>;

/**
 * 党员流动记录 (001's 动态管理数据库): one move of a member (MOVE_OF the person), from an
 * organisation or a place (MOVED_FROM) to another (MOVED_TO), on a date. The member's record keeps
 * every move; the latest says where they work and who co-manages them (MANAGED_BY).
 */
export const MemberMove = NodeBase.extend({
  date: IsoDate,
  kind: MemberMoveKind,
  note: Text.default(''),
});
export type MemberMove = z.infer<typeof MemberMove>;

/**
 * 双重管理: the organisation of the workplace co-managing a member whose membership organisation
 * (MEMBER_OF, 一方隶属) is elsewhere; since when.
 */
export const ManagedByProps = z.object({ since: IsoDate.optional(), source: Source.optional() }).strict();
export type ManagedByProps = z.infer<typeof ManagedByProps>;
