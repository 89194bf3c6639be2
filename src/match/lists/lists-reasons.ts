import { RequestKinds } from '../../domain/enums';
import { ResourceKinds } from '../../domain/lists.schema';
import { reasonList, type Reasons } from '../reasons';
import type { ListsFacts } from './lists-fit';
import type { ListNeed, ListResource, ListsComponents } from './lists-inputs';

/** Why a resource is proposed for a need, one sentence per fact, in Chinese and in English. */
export function listsReasons(
  need: ListNeed,
  resource: ListResource,
  components: ListsComponents,
  facts: ListsFacts,
  names: { chain?: (id: string) => string; region?: (id: string) => string } = {},
): Reasons {
  const r = reasonList();
  const chain = names.chain ?? ((id: string) => id);
  const region = names.region ?? ((id: string) => id);
  const needZh = RequestKinds.zh[need.category];
  const needEn = RequestKinds.en[need.category];
  const resZh = ResourceKinds.zh[resource.kind];
  const resEn = ResourceKinds.en[resource.kind];
  if (components.kind >= 1) r.say(`${resZh}资源对口${needZh}诉求`, `a ${resEn} resource answers a ${needEn} need`);
  else if (components.kind > 0) r.say(`${resZh}资源可助${needZh}诉求`, `a ${resEn} resource helps a ${needEn} need`);
  if (facts.keywords.length > 0)
    r.say(`需求提到${facts.keywords.join('、')}`, `the need mentions ${facts.keywords.join(', ')}`);
  else if (components.text > 0.3) r.say('需求与资源说明用词相近', 'the need and the resource use similar words');
  if (facts.chains && facts.chains.length > 0) {
    const names = facts.chains.map(chain);
    r.say(`同属${names.join('、')}产业链`, `for the ${names.join(', ')} chain`);
  } else if (facts.chains === null) r.say('不限产业链', 'for any chain');
  else r.say('资源面向其他产业链', 'the resource is for other chains');
  if (facts.region) r.say(`服务${region(facts.region)}`, `serves ${region(facts.region)}`);
  r.say(`由${resource.department.name}提供`, `offered by ${resource.department.name}`);
  return r.list;
}
